import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { withProbeFindings } from '../../src/diagnosis/check';
import type { DiagnosticCode } from '../../src/spec/types';
import { ALL_CORPUS_SETS, checkCorpusSpec, corpusContext, corpusDir, corpusPath, CORPUS_DIR, CorpusSet, loadManifest, STAGES } from '../faults/corpus';
import { loadProbe } from '../faults/evaluate';

/** Every diagnostic code; typed as a Record so the compiler flags a code added to or removed from the union. */
const CODES: Record<DiagnosticCode, true> = {
  'invalid-spec': true,
  'data-error': true,
  'shape-mismatch': true,
  'loss-activation-mismatch': true,
  'init-symmetry': true,
  'init-scale': true,
  'no-nonlinearity': true,
  'lr-out-of-range': true,
  'dead-relu': true,
  'exploding-gradient': true,
  'vanishing-gradient': true,
  'nan-loss': true,
  'lr-too-high': true,
  'lr-too-low': true,
  'saturated-activation': true,
  'loss-plateau': true,
  'oscillating-loss': true,
};
const ALL_CODES = Object.keys(CODES) as DiagnosticCode[];

const manifest = loadManifest();
const specsIn = (folder: string) => fs.readdirSync(path.join(CORPUS_DIR, folder)).filter((f) => f.endsWith('.nn.json')).map((f) => `${folder}/${f}`);

describe('fault corpus: the manifest', () => {
  it('lists every spec of faulty/ and healthy/ once, and nothing else', () => {
    const listed = [...manifest.faults, ...manifest.healthy].map((e) => e.file);
    assert.equal(new Set(listed).size, listed.length, 'a file is listed twice');
    assert.deepEqual([...listed].sort(), [...specsIn('faulty'), ...specsIn('healthy')].sort());
    for (const file of listed) assert.ok(fs.existsSync(corpusPath(file)), file);
  });

  it('describes each fault with a known code, a stage and the codes that catch it', () => {
    for (const f of manifest.faults) {
      assert.ok(ALL_CODES.includes(f.code), `${f.file}: unknown code ${f.code}`);
      assert.ok(STAGES.includes(f.stage), `${f.file}: unknown stage ${f.stage}`);
      assert.ok(f.catches.includes(f.code), `${f.file}: its own code must catch it`);
      for (const code of f.catches) assert.ok(ALL_CODES.includes(code), `${f.file}: unknown code ${code} in catches`);
      assert.ok(f.fault.length > 10, `${f.file}: describe the bug`);
      assert.ok(path.basename(f.file).startsWith(`${f.code}.`), `${f.file}: name it after its code`);
    }
  });

  it('covers every code with at least 2 faults, 40 faults in all, and at least 15 healthy specs', () => {
    const missing = ALL_CODES.filter((code) => manifest.faults.filter((f) => f.code === code).length < 2);
    assert.deepEqual(missing, [], 'codes with fewer than 2 faults');
    assert.ok(manifest.faults.length >= 40, `${manifest.faults.length} faults`);
    assert.ok(manifest.healthy.length >= 15, `${manifest.healthy.length} healthy specs`);
  });
});

describe('fault corpus: the static check', () => {
  for (const h of manifest.healthy) {
    it(`${h.file} draws no diagnostic`, () => {
      assert.deepEqual(checkCorpusSpec(h.file).diagnostics, []);
    });
  }

  for (const f of manifest.faults.filter((f) => f.stage === 'static')) {
    it(`${f.file} is caught: ${f.code}`, function () {
      const codes = checkCorpusSpec(f.file).diagnostics.map((d) => d.code);
      if (f.pendingDetector && !codes.includes(f.code)) this.skip();
      assert.ok(codes.includes(f.code), `expected ${f.code}, got [${codes.join(', ')}]`);
    });
  }

  // A fault the static check already catches belongs to the static stage: keeps the edit-time vs
  // training split of the benchmark honest. These specs must also be trainable, or training never sees them.
  for (const f of manifest.faults.filter((f) => f.stage !== 'static')) {
    it(`${f.file} passes the static check (it is meant for the ${f.stage})`, () => {
      const result = checkCorpusSpec(f.file);
      // A static code the fault also accepts (init-scale on an init that explodes through depth) is no leak.
      const unexpected = result.diagnostics.filter((d) => d.code === f.code || !f.catches.includes(d.code));
      assert.deepEqual(unexpected.map((d) => `${d.code}@${d.path}`), []);
      assert.ok(result.spec && result.dataset);
    });
  }
});

describe('fault corpus: the edit-time probe on healthy specs', () => {
  const { probe, missing } = loadProbe();
  for (const h of manifest.healthy) {
    it(`${h.file} draws nothing from the probe`, function () {
      if (!probe) {
        assert.ok(missing);
        this.skip();
      }
      const result = probe(checkCorpusSpec(h.file), { context: corpusContext(h.file) });
      assert.ok(result, 'the probe ran');
      assert.deepEqual(result.diagnostics.map((d) => `${d.code}@${d.path}: ${d.message}`), []);
    });
  }
});

/**
 * The other sets were written blind by someone who had not seen the rules; their "stage" is the
 * author's expectation, so only what the product promises for every set is asserted here: a sound
 * manifest, and healthy specs silent at edit time (static check and probe). Their recall is measured
 * by `bench/faults.ts --set <name>`, not asserted: a test must not be tuned to a blind set. Once a set
 * is a development set, its faults expected at the static check stay caught there (a regression guard,
 * cheap: the static check of all 2,226 takes about 1.5 s).
 * A set still waiting for its first blind measurement is in `MEASUREMENT_SETS`, not `ALL_CORPUS_SETS`,
 * so it is left out until that measurement has been taken.
 */

/**
 * Healthy specs with an open, reported edit-time false alarm (issue #4), by name. Their test asserts
 * that they are still warned (since session 36; they were pending tests before, which could not fail),
 * so a rule change that makes one silent fails it until it is removed from here. Never a way to hide
 * one: each entry says what fires.
 */
const OPEN_EDIT_TIME_FALSE_ALARMS = new Map<string, string>([
  [
    'blind21:healthy/energy-sgd-small-fine-lr-long.nn.json',
    'probe lr-too-high, disputed: SGD 0.005 with momentum 0.9 at batch 16 on raw kWh targets; each step changes the weights by 16.4% of their norm (median; bound 10%) and the first epoch ends at 238 against the constant answer\'s 46, and over 400 epochs the suggested 5.2e-4 ends at 3.77 against 4.34 as written (13% lower: the advice wins the full run); the rate check agrees: over 600 steps a third of the rate ends at 3.88 against 4.36',
  ],
  [
    'blind41:healthy/load-mw-target-large-bias-adam.nn.json',
    'static lr-out-of-range: Adam 0.5 with a 32-unit relu layer on a grid load in MW (root mean square 30,200; output bias preset to 30,000); the range is scaled by the targets only for a network that is its output layer alone, and a scale for hidden networks that admitted 0.5 here would also admit blind29 oscillating-loss.rent-rmsprop-fullbatch (RMSprop 0.2, targets of root mean square 998), whose only catch this warning is; over 300 epochs the suggested 0.001 ends at 7.7e6 against 3.6e5 as written',
  ],
  [
    'blind46:healthy/players-points-sgd-wd.nn.json',
    'probe lr-too-high, disputed (drawn on its blind measurement): SGD 0.01 with momentum 0.9 on basketball points (mse, standardized features); each step changes the weights by 14.8% of their norm (median over 40 steps; bound 10%); over 100 epochs the suggested 0.0059 ends at 10.75 against 12.79 as written (16% lower: the advice wins the full run; `npx tsx bench/variant-runs.ts blind46 healthy/players-points-sgd-wd.nn.json \'{"optimizer":{"lr":0.0059}}\'`)',
  ],
  [
    'blind53:healthy/reviews-stars-sgd-batch2.nn.json',
    'probe lr-too-high, disputed (drawn on its blind measurement): SGD 0.05 at batch 2 on review stars (mse, standardized features); each step changes the weights by 14.2% of their norm (median over 40 steps; bound 10%); over 60 epochs the suggested 0.01 ends at 0.2235 against 0.2603 as written (14% lower: the advice wins the full run; `npx tsx bench/variant-runs.ts blind53 healthy/reviews-stars-sgd-batch2.nn.json \'{"optimizer":{"lr":0.01}}\'`)',
  ],
  [
    'blind68:healthy/listings-price-sgd-batch-8.nn.json',
    'probe lr-too-high (drawn on its blind measurement), disputed: plain SGD 0.25 at batch 8 on a standardized listing price, 32 tanh units; each step changes the weights by 20.5% of their norm (median over 40 steps; bound 10%); the rate check keeps it (a third of the rate ends 600 steps at 0.0426 against 0.0768); over the 100 epochs the suggested 0.012 ends at 0.02494 and a third of the rate at 0.02430 against 0.03248 as written (23% and 25% lower: the advice wins the run)',
  ],
  [
    'blind71:healthy/reading-level-sgd-tanh.nn.json',
    'probe lr-too-high (drawn on its blind measurement), disputed: SGD 0.05 with momentum 0.9 on a standardized reading level, 16 tanh units; each step changes the weights by 12% of their norm (median over 40 steps; bound 10%); over the 120 epochs the suggested 0.0023 ends at 0.01562 and a third of the rate at 0.01593 against 0.01799 as written (13% and 11% lower: the advice wins the run)',
  ],
  [
    'blind77:healthy/voyage-fuel-sgd-batch2.nn.json',
    'probe lr-too-high (drawn on its blind measurement), disputed: plain SGD 0.1 at batch 2 on fuel per nautical mile; each step changes the weights by 15.8% of their norm (median over 40 steps; bound 10%); over the 100 epochs the suggested 0.038 ends at 0.009813 and a third of the rate at 0.009654 against 0.01573 as written (38% and 39% lower: the advice wins the run)',
  ],
  [
    'blind53:healthy/sentiment3-rmsprop-full-batch.nn.json',
    'static lr-too-high, confirmed by the probe (drawn on its blind measurement): RMSprop 0.1 on the full batch of 390 rows for 100 epochs (11% of the weights per step, bound 10%); over the run the suggested 0.033 (a third of the rate, which beat the finder\'s 7.6e-4 over the run\'s 100 steps on the probe\'s sample) ends at 0.2565 against 0.2819 as written (9% lower: not the 10% that would dispute it); the static rule for RMSprop at 0.08 and above is the edit-time catch of blind54\'s three full-batch RMSprop 0.1 oscillations, and no 40-step trial separates them',
  ],
  [
    'blind88:healthy/kits-he-uniform-sgd.nn.json',
    'probe lr-too-high (drawn on its blind measurement): plain SGD 0.05 at batch 16 on a standardized kit count, three layers; the trial\'s sample loss falls 3.73 → 0.141 by step 15, jumps to 133 at step 20 and is back at 0.133 by step 40; the rate check ties (600 steps: 0.0189 as written, 0.0183 at a third), so it is kept; over the 150 epochs a third of the rate ends at 0.00406 and the finder\'s 0.0028 at 0.0151 against 0.00289 as written (the advice loses the run)',
  ],
  [
    'blind101:healthy/proof-nesterov-0.1-tanh-batch-16.nn.json',
    'probe lr-too-high from the update ratio, disputed (drawn on its blind measurement): Nesterov SGD 0.1 with momentum 0.9, 16.3% of the weights per step; the suggested 0.0049 ends the 60 epochs at 0.0242 against 0.0290 as written (16% lower: the advice wins the full run)',
  ],
  [
    'blind101:healthy/oven-rmsprop-0.01-batch-1.nn.json',
    'static lr-too-high for an adaptive rate at batch 1 (raised as oscillating-loss before session 35), disputed (drawn on its blind measurement): RMSprop 0.01 at batch 1; lr 0.001 ends the 20 epochs at 0.0583 against 0.0717 as written (19% lower), batch 32 at 0.0594',
  ],
  [
    'blind130:healthy/sine-rmsprop-relu.nn.json',
    'probe lr-too-high for a rebound on its sample (0.222 at step 10, 1.19 by step 15), disputed (drawn on its blind measurement): RMSprop 0.002, two 64-unit ReLU layers on sine; its training warnings\' fix, a tenth of the rate, ends the 200 epochs at 0.0096 against 0.0184 as written (48% lower), though the probe\'s own suggestion, 9.8e-5, ends at 0.0397',
  ],
  [
    'blind142:healthy/circles-nesterov-0.99-full-batch-relu.nn.json',
    'static oscillating-loss for a momentum of 0.98 or more, undisputed (drawn on its blind measurement): Nesterov SGD 0.01 with momentum 0.99 on the full batch, two ReLU layers on circles; momentum 0.9 ends the 400 epochs at 0.0396 against 0.000217 as written, the class of blind98 and blind103 (README, Left)',
  ],
  [
    'blind144:healthy/quotes-momentum-0.95-full-batch-linear.nn.json',
    'probe lr-too-high from the update ratio (14.1% of the weights per step), undisputed (drawn on its blind measurement): a linear model under SGD 0.02 with momentum 0.95 on the full batch; a tenth of the rate ends the 200 epochs level with the rate as written (0.06638 against 0.06640), though it stands at 0.34 against 0.37 a quarter of the way in',
  ],
  [
    'blind146:healthy/tips-nesterov-relu-full-batch-deep.nn.json',
    'probe lr-too-high for ReLU units its 40 steps left dead (25 of 32 in layers[1]), undisputed (drawn on its blind measurement): Nesterov SGD 0.05 with momentum 0.9 on the full batch; a tenth of the rate ends the 400 epochs at 0.1177 against 0.1029 as written',
  ],
  [
    'blind150:healthy/jobs-sgd-plain-full-batch-tanh.nn.json',
    'probe lr-too-high from the update ratio (10% of the weights per step), undisputed (drawn on its blind measurement): plain SGD 0.3 on the full batch, 400 epochs; a third of the rate, its advice, ends the run at 0.03835 against 0.02785 as written',
  ],
  [
    'blind150:healthy/sine-momentum-elu-batch-8.nn.json',
    'probe lr-too-high, the sample\'s loss 4.53 to 22.7 in 20 steps, undisputed (drawn on its blind measurement): SGD 0.01 with momentum 0.9 at batch 8 on sine; the finder\'s 3e-4, its advice, ends the run at 0.01341 against 0.003306 as written',
  ],
  [
    'blind151:healthy/burnt-full-batch-nesterov-logistic-wild.nn.json',
    'static lr-out-of-range, undisputed (drawn on its blind measurement): Nesterov SGD 2 with momentum 0.9 on the full batch, a logistic model; its 0.01 ends the run at 0.1938 against 0.1740 as written. The rate check that lets the rule give way, made under momentum too since session 34, finds the rates level (0.116 each over 600 steps), so the rule stands (src/diagnosis/probe-thumb-check.ts)',
  ],
  [
    'blind153:healthy/price-momentum-full-batch-linear-starts-wild.nn.json',
    'probe lr-too-high from the update ratio (49.6% of the weights per step), undisputed (drawn on its blind measurement): a linear model under SGD 0.3 with momentum 0.95 on the full batch; a third of the rate ends the run level (0.3130 against 0.3130)',
  ],
  [
    'blind155:healthy/wash-nesterov-full-batch-relu-deep.nn.json',
    'probe lr-too-high for ReLU units its 40 steps left dead, undisputed (drawn on its blind measurement): Nesterov SGD 0.05 with momentum 0.9 on the full batch; the finder\'s 2.1e-4 ends the run at 0.07671 against 0.02353 as written (training\'s lr-too-high, confirmed by clipNorm at the run\'s end too, is disputed)',
  ],
  [
    'blind157:healthy/throughput-linear-momentum-0.98-full-batch.nn.json',
    'static oscillating-loss for a momentum of 0.98 or more, undisputed (drawn on its blind measurement): a linear model under SGD 0.02 with momentum 0.98 on the full batch, with the probe\'s lr-too-high from the update ratio; momentum 0.9 ends 5.8% lower (0.08084 against 0.08578), a third of the rate level',
  ],
  [
    'blind157:healthy/throughput-linear-adam-0.3-full-batch.nn.json',
    'probe lr-too-high with the range, undisputed (drawn on its blind measurement): a linear model under Adam 0.3 on the full batch; 0.1 ends the run level (0.08084)',
  ],
  [
    'blind157:healthy/throughput-linear-momentum-0.95-lr-0.3-wild-start-full-batch.nn.json',
    'probe lr-too-high from the update ratio (65.3%), undisputed (drawn on its blind measurement): a linear model under SGD 0.3 with momentum 0.95 on the full batch; the finder\'s 0.0011 ends the run level (0.08088 against 0.08094)',
  ],
  [
    'blind158:healthy/sales-nesterov-full-batch-deep.nn.json',
    'probe lr-too-high for ReLU units its 40 steps left dead, undisputed (drawn on its blind measurement): Nesterov SGD 0.05 with momentum 0.9 on the full batch; the finder\'s 1.7e-4 ends the run at 0.4926 against 0.1164 as written (training\'s lr-too-high, confirmed by clipNorm at the run\'s end too, is disputed)',
  ],
  [
    'blind159:healthy/bags-linear-momentum-0.98-full-batch-wild-start.nn.json',
    'static oscillating-loss for a momentum of 0.98 or more and the probe\'s lr-too-high from the update ratio (45.5%), drawn on its blind measurement: a linear model under SGD 0.2 with momentum 0.98 on the full batch; the momentum rule\'s 0.9 ends 11.9% lower (0.02442 against 0.02773, disputed), the probe\'s 0.067 level (0.02749: undisputed)',
  ],
  [
    'blind159:healthy/delay-momentum-two-relu-batch-32-decay.nn.json',
    'probe lr-too-high for a rebound (0.865 to 3.46 by step 25), disputed (drawn on its blind measurement): SGD 0.03 with momentum 0.9 at batch 32, two ReLU layers; the finder\'s 6.3e-4 ends 21.4% lower (0.03783 against 0.04816)',
  ],
  [
    'blind159:healthy/sine-momentum-two-relu-batch-16-long.nn.json',
    'probe lr-too-high for ReLU units its 40 steps left dead (56 of 64), undisputed (drawn on its blind measurement): SGD 0.01 with momentum 0.9 at batch 16 on sine; its 0.0034 ends 1.1% lower (0.02534 against 0.02563)',
  ],
  [
    'blind159:healthy/turnaround-linear-momentum-0.99-full-batch.nn.json',
    'static oscillating-loss for a momentum of 0.98 or more and the probe\'s lr-too-high from the update ratio (12.7%), drawn on its blind measurement: a linear model under SGD 0.02 with momentum 0.99 on the full batch; 0.9 ends 17.0% lower (0.1185 against 0.1428, disputed), the probe\'s 4.3e-4 higher (0.1509: undisputed)',
  ],
  [
    'blind160:healthy/enrobe-linear-momentum-0.99-full-batch-300.nn.json',
    'static oscillating-loss for a momentum of 0.98 or more and the probe\'s lr-too-high from the update ratio (21.5%), drawn on its blind measurement: a linear model under SGD 0.02 with momentum 0.99 on the full batch; 0.9 ends 37.7% lower (0.06668 against 0.1070, disputed), the finder\'s 5.6e-5 at 0.2445 (undisputed)',
  ],
  [
    'blind160:healthy/enrobe-linear-nesterov-0.95-lr-0.4-batch-500.nn.json',
    'static lr-too-high for a rate its momentum makes large (0.4 at 0.95, as plain SGD at 8), undisputed (drawn on its blind measurement): a linear model at batch 500; a tenth of the rate ends 2.5% lower (0.06673 against 0.06846)',
  ],
  [
    'blind161:healthy/linear-doyle-momentum-0.9-batch-4.nn.json',
    'probe lr-too-high from the update ratio (10.3%), undisputed (drawn on its blind measurement): a linear model under SGD 0.02 with momentum 0.9 at batch 4 on 24 rows; its 0.0059 ends 5.7% lower (0.08368 against 0.08875)',
  ],
  [
    'blind161:healthy/linear-kiln-momentum-0.95-full.nn.json',
    'probe lr-too-high from the update ratio (16%), undisputed (drawn on its blind measurement): a linear model under SGD 0.05 with momentum 0.95 on the full batch; its 0.0013 ends level (0.09395 against 0.09398)',
  ],
  [
    'blind161:healthy/linear-logs-momentum-0.99-batch-64.nn.json',
    'static oscillating-loss for a momentum of 0.98 or more and the probe\'s lr-too-high for a rebound, undisputed (drawn on its blind measurement): a linear model under SGD 0.005 with momentum 0.99 at batch 64; 0.9 ends 9.6% lower, the probe\'s 3e-4 10.4% lower (0.1107 against 0.1235)',
  ],
  [
    'blind161:healthy/linear-logs-nesterov-0.97-lr-0.3-batch-450.nn.json',
    'static lr-too-high for a rate its momentum makes large (0.3 at 0.97, as plain SGD at 10), undisputed (drawn on its blind measurement): a linear model at batch 450; a tenth of the rate ends 5.0% lower (0.1107 against 0.1165)',
  ],
  [
    'blind161:healthy/logs-adam-0.3-batch-256-elu.nn.json',
    'static lr-out-of-range on Adam 0.3, undisputed (drawn on its blind measurement): one 16-unit elu layer at batch 256; its 0.001 ends ten times higher (0.1455 against 0.01426). The rate check that lets the rule give way is made for SGD only: the written rate won it on 24 faults under other optimizers (src/diagnosis/probe-thumb-check.ts)',
  ],
  [
    'blind161:healthy/orders-momentum-0.9-relu3-full-500.nn.json',
    'probe lr-too-high for ReLU units its 40 steps left dead (26 of 32 in layers[2]), undisputed (drawn on its blind measurement): SGD 0.05 with momentum 0.9 on the full batch, three ReLU layers, 500 epochs; the finder\'s 3.6e-4 ends 45% higher (0.1733 against 0.1195)',
  ],
  [
    'blind163:healthy/tread-rmsprop-0.03-batch-full-elu.nn.json',
    'probe lr-too-high, undisputed (drawn on its blind measurement): RMSprop 0.03 on the full batch through elu layers; its 0.01 ends 3.5% lower (0.07371 against 0.07642), while training\'s lr-too-high, whose clipNorm 1 ends 11.3% lower, is disputed',
  ],
  [
    'blind164:healthy/cycle-raw-target-adam-0.1-batch-1.nn.json',
    'static lr-too-high for Adam at ten times its usual rate or more at a batch of one or two (rules-noisy-steps.ts), undisputed (drawn on its blind measurement): Adam 0.1 at batch 1 on cycle minutes in raw units (up to about 16,000); its 0.001 ends 141 times higher (2.331e7 against 1.658e5). Neither the rate check (a third of the rate over the run\'s steps on the sample) nor a longer look separates this rule\'s healthy specs from its faults (session 36)',
  ],
  [
    'blind164:healthy/cycle-raw-target-rmsprop-0.1-batch-4.nn.json',
    'static lr-too-high for RMSprop\'s first steps at 0.1 (rules-rate.ts), undisputed (drawn on its blind measurement): batch 4 on raw cycle minutes; its 0.01 ends 5.8% lower (1.422e5 against 1.510e5)',
  ],
  [
    'blind164:healthy/wafermap-rmsprop-0.02-batch-1.nn.json',
    'static lr-too-high for RMSprop at twenty times its usual rate at batch 1 (rules-noisy-steps.ts), undisputed (drawn on its blind measurement): five epochs of RMSprop 0.02; its 0.001 ends 127% higher (0.2377 against 0.1047)',
  ],
  [
    'blind165:healthy/glaze-rmsprop-0.1-full-batch-relu.nn.json',
    'static lr-too-high for RMSprop\'s first steps at 0.1 (rules-rate.ts), disputed (drawn on its blind measurement): on the full batch through ReLU layers; its 0.01 ends 20.6% lower (0.1292 against 0.1627)',
  ],
  [
    'blind167:healthy/exam-five-sigmoid-lecun-adam.nn.json',
    'probe vanishing-gradient under Adam at 3.16e-4 of the output layer\'s gradient, inside the adaptive bound (4e-4; blind167\'s five-sigmoid RMSprop fault sits at 2.93e-4), drawn on its blind measurement: five lecun sigmoid layers, Adam 0.003. Disputed since the probe proves the fix that helped most: leaky units end the run 56.5% lower (0.1725 against 0.3961); batch norm, proven at the measurement, 2.5% higher',
  ],
  [
    'blind168:healthy/cure-rmsprop-batch-2-raw-target.nn.json',
    'static lr-too-high for RMSprop at a batch of two on a raw target (rules-noisy-steps.ts), drawn on its blind measurement (its 0.001 ends 13.2% higher, 2.403 against 2.122). Disputed since session 38: the probe\'s whole-run check proves a third of the rate and the warning advises it, which ends the run 22.8% lower (1.638)',
  ],
  [
    'blind169:healthy/callout-deep-sigmoid-sgd-plain.nn.json',
    'probe vanishing-gradient under plain SGD at 0.00753 of the output layer\'s gradient (bound 0.01), undisputed (drawn on its blind measurement): three sigmoid layers; batch norm, the fix its trial proved, ends the run 85.1% higher (0.1905 against 0.1029), leaky units 12.6% lower',
  ],
  [
    'blind170:healthy/order-six-sigmoid-rmsprop-xavier.nn.json',
    'probe vanishing-gradient under RMSprop at 2.50e-4 of the output layer\'s gradient, inside the adaptive bound (4e-4), drawn on its blind measurement: six xavier sigmoid layers. Disputed since the probe proves the fix that helped most: leaky units end the run 83.7% lower (0.007317 against 0.04489); batch norm, proven at the measurement, 31.5% higher',
  ],
  [
    'blind174:healthy/uvalue-momentum-0.95-linear.nn.json',
    'probe lr-too-high (updates 13.4% of the weights\' norm, bound 10%), undisputed (drawn on its blind measurement): a linear model under SGD 0.01 with momentum 0.95 at batch 32; the suggested 6.3e-4 ends the run 3.7% lower (0.04326 against 0.04494)',
  ],
  [
    'blind175:healthy/gait-rmsprop-batch-2-leaky.nn.json',
    'static lr-too-high for RMSprop at ten times its usual rate at batch 2 (rules-noisy-steps.ts), drawn on its blind measurement (its 0.001 ends the run 32% higher, 0.03178 against 0.02408). Disputed since session 38: the probe\'s whole-run check proves 0.0033 and the warning advises it, which ends the run 24.0% lower (0.0183)',
  ],
  [
    'blind175:healthy/weight-ten-tanh-std-0.02-adam.nn.json',
    'static init-scale with the probe\'s and training\'s vanishing-gradient, undisputed on its preferred fix (drawn on its blind measurement): ten tanh layers at std 0.02 under Adam; xavier_uniform on the first layer ends the run 4.0% lower (0.03168 against 0.03300), on all ten 10.4% lower (borderline)',
  ],
  [
    'blind176:healthy/jobs-adam-relu-batch-2-few-dead.nn.json',
    'static lr-too-high for Adam at ten times its usual rate at batch 2 (rules-noisy-steps.ts), drawn on its blind measurement (its 0.001 ends the run 2.3 times higher, 0.05408 against 0.02325). Disputed since session 38: the probe\'s whole-run check proves 0.0033 and the warning advises it, which ends the run 27.3% lower (0.01691)',
  ],
  [
    'blind177:healthy/roof-rmsprop-0.05-batch-1-relu.nn.json',
    'static lr-too-high for RMSprop at fifty times its usual rate at batch 1 (rules-noisy-steps.ts), undisputed (drawn on its blind measurement): its 0.001 ends the run far higher (2.219e-6 against 2.602e-14); the whole-run check is over its budget (121e6 multiply-adds)',
  ],
  [
    'blind178:healthy/glue-sigmoid-deep-nesterov.nn.json',
    'probe vanishing-gradient on four sigmoid layers under Nesterov momentum, undisputed (drawn on its blind measurement): batch norm, the fix its trial tried, ends the run 2.6 times higher (0.1349 against 0.05153)',
  ],
  [
    'blind187:healthy/orders-nesterov-leaky-batch-4.nn.json',
    'probe lr-too-high, undisputed (drawn on its blind measurement): a 32-unit leaky ReLU regression under SGD 0.005 with Nesterov momentum 0.9 at batch 4; its suggested 5.2e-4 ends the run higher (0.03153 against 0.02377)',
  ],
  [
    'blind188:healthy/head-momentum-sigmoid-decay.nn.json',
    'probe lr-too-high, undisputed (drawn on its blind measurement): a 32-unit sigmoid regression under SGD 0.05 with momentum 0.9 and weight decay 1e-4 at batch 32; its suggested 0.0028 ends the run 1.7% lower (0.1824 against 0.1856)',
  ],
  [
    'blind195:healthy/ok.produce-sgd-linear.nn.json',
    'probe lr-too-high from the update ratio, disputed (drawn on its blind measurement): a linear model under SGD 0.05 with momentum 0.9 at batch 16; each step changes the weights by 10.6% of their norm (bound 10%), and the rate check keeps it (600 steps on the sample: 0.0400 at a third of the rate against 0.0904 as written); over the 100 epochs the suggested 0.0049 ends at 0.03809 against 0.05150 as written (26% lower: the advice wins the run)',
  ],
  [
    'blind195:healthy/ok.yield-sgd-momentum-elu.nn.json',
    'probe lr-too-high from the update ratio, undisputed (drawn on its blind measurement): a 24-unit elu net under SGD 0.02 with momentum 0.9 at batch 16; each step changes the weights by 10.9% of their norm (bound 10%), and the rate check keeps it (600 steps on the sample: 0.0722 at a third of the rate against 0.0883 as written); over the 150 epochs the suggested 0.0028 ends 7.0% lower (0.06501 against 0.06992)',
  ],
  [
    'blind199:healthy/ok.auction-clip-nesterov.nn.json',
    'probe lr-too-high from the update ratio, undisputed (drawn on its blind measurement): a 32-unit elu regression under SGD 0.02 with Nesterov momentum 0.9 and clipNorm 5 at batch 8; each step changes the weights by 11% of their norm (bound 10%); over the 120 epochs the suggested 0.0019 ends 5.7% lower (0.05024 against 0.05327)',
  ],
  [
    'blind204:healthy/ok.value-clip-sgd-nesterov.nn.json',
    'probe lr-too-high from the update ratio, disputed (drawn on its blind measurement): a 24-unit leaky ReLU regression under SGD 0.03 with Nesterov momentum 0.9 and clipNorm 5 at batch 8; each step changes the weights by 17.9% of their norm (bound 10%); over the 120 epochs the suggested 0.0049 ends at 0.08575 against 0.1125 as written (24% lower: the advice wins the run)',
  ],
  [
    'blind256:healthy/ok.appraised-usd-elu-momentum.nn.json',
    'probe lr-too-high from the update ratio, disputed (drawn on its blind measurement): a 24-unit elu regression under SGD 0.02 with momentum 0.9 and clipNorm 5 at batch 16; each step changes the weights by 11.8% of their norm (median over 40 steps; bound 10%), and the rate check keeps it (0.05237 at a third of the rate against 0.06228 as written); over the 150 epochs the suggested 0.0059 ends at 0.03361 against 0.03780 as written (11% lower: the advice wins the run; `npx tsx bench/variant-runs.ts blind256 healthy/ok.appraised-usd-elu-momentum.nn.json \'{"optimizer":{"lr":0.0059}}\'`)',
  ],
  [
    'blind264:healthy/ok.complaints-leaky-nesterov-wd.nn.json',
    'probe lr-too-high for a rise on its sample, undisputed (drawn on its blind measurement): a 32-unit leaky ReLU regression under SGD 0.02 with Nesterov momentum 0.9 and weight decay 1e-4 at batch 16; the loss went 3.56 → 8.6 in 25 steps, and the rate check keeps it (over 600 steps on the sample the written rate breaks, a third of it reaches 0.1063), while the full run jumps to 3.10 at epoch 3 and recovers to 0.1078; over the 150 epochs the suggested 6.3e-4 ends 4.0% higher (0.1447 against 0.1391, `npx tsx bench/variant-runs.ts blind264 healthy/ok.complaints-leaky-nesterov-wd.nn.json \'{"optimizer":{"lr":0.00063}}\'`)',
  ],
  [
    'blind267:healthy/ok.sales-linear-momentum.nn.json',
    'probe lr-too-high from the update ratio, disputed (drawn on its blind measurement): a linear model under SGD 0.05 with momentum 0.9 at batch 32; each step changes the weights by 14.3% of their norm (median over 40 steps; bound 10%), and the rate check keeps it (600 steps on the sample: 0.1283 at a third of the rate against 0.1318 as written); over the 150 epochs the suggested 0.0085 ends at 0.1283 against 0.1481 as written (13% lower: the advice wins the run; `npx tsx bench/variant-runs.ts blind267 healthy/ok.sales-linear-momentum.nn.json \'{"optimizer":{"lr":0.0085}}\'`)',
  ],
  [
    'blind272:healthy/ok.turnstiles-minmax-elu-sgd.nn.json',
    'probe lr-too-high from the update ratio, undisputed (drawn on its blind measurement): a 32-unit elu regression on min-max scaled turnstile entries under SGD 0.1 with momentum 0.9 at batch 32; each step changes the weights by 15.4% of their norm (bound 10%), and the rate check keeps it (600 steps on the sample: 0.02528 at a third of the rate against 0.02821 as written); over the 300 epochs the suggested 0.0019 ends 42% higher (0.02283 against 0.01604)',
  ],
  [
    'blind274:healthy/ok.moons-unusual-sigmoid-sgd-high.nn.json',
    'static lr-out-of-range on plain SGD 2, undisputed (drawn on its blind measurement): a 16-unit sigmoid classifier on moons at batch 32; the rate check that withdraws the rule when the written rate wins by 10% finds it only 3.5% ahead (600 steps on the sample: 0.2722 as written against 0.2821 at a third), so the warning stays; over the 200 epochs its 0.01 ends 52 times higher (0.4518 against 0.008753)',
  ],
  [
    'blind275:healthy/ok.energy-raw-features-rmsprop-small-lr.nn.json',
    'probe exploding-gradient on the output layer, disputed (drawn on its blind measurement): a 32-unit relu regression on four raw features (wind in km/h, root mean square 17.2) under RMSprop 0.001 at batch 16; the output layer\'s gradient norm at initialization is 1010 against the bound of 400; over the 300 epochs its preferred "normalize": "standard" ends at 0.02699 against 0.1042 as written (74% lower: the advice wins the run)',
  ],
  [
    'blind278:healthy/ok.cactus-clipnorm-sgd-momentum.nn.json',
    'probe lr-too-high from the update ratio, disputed (drawn on its blind measurement): a 24-unit leaky ReLU regression under SGD 0.05 with momentum 0.9 and clipNorm 5 at batch 16; each step changes the weights by 15.7% of their norm (bound 10%), and the rate check keeps it (600 steps on the sample: 0.1666 at a third of the rate against 0.1857 as written); over the 150 epochs the suggested 0.004 ends at 0.1597 against 0.2031 as written (21% lower: the advice wins the run)',
  ],
  [
    'blind289:healthy/ok.circles-tanh-sgd.nn.json',
    'probe lr-too-high from the update ratio, undisputed (drawn on its blind measurement): a 12-unit tanh classifier on circles under SGD 0.3 with momentum 0.9 at batch 32; each step changes the weights by 10.5% of their norm (median over 40 steps; bound 10%), and the rate check keeps it (600 steps on the sample: 0.0290 at a third of the rate against 0.0498 as written); over the 200 epochs the suggested 0.079 ends 3.17 times higher (0.01070 against 0.003380)',
  ],
  [
    'blind291:healthy/ok.xor-sigmoid-hidden-sgd.nn.json',
    'static lr-too-high from the momentum rule, undisputed (drawn on its blind measurement): an 8-unit sigmoid classifier on xor under SGD 1 with momentum 0.9 at batch 32, which the rule reads as plain SGD at 10 (bound 8); no probe check withdraws that rule; over the 300 epochs its lr 0.1 ends 3.56 times higher (0.03594 against 0.01009)',
  ],
  [
    'blind292:healthy/ok.yield-sgd-clip-high-lr.nn.json',
    'probe lr-too-high from the update ratio, disputed (drawn on its blind measurement): a 32-unit relu regression on standardised tofu batches under SGD 0.1 with momentum 0.9 and clipNorm 1; each step changes the weights by 15.2% of their norm (bound 10%), and the rate check keeps it (600 steps on the sample: 0.0237 at a third of the rate against 0.0364 as written); over the run the suggested 0.0085 ends 53.5% lower (0.02268 against 0.04875: the advice wins the run)',
  ],
]);
const OTHER_SETS = ALL_CORPUS_SETS.filter((set) => set !== 'dev');

/**
 * Faults their writers expected at the static check that it does not catch, each with why. Every other
 * such fault of the development sets must stay caught there: a product change that makes one load or
 * pass (session 27's semicolon exports did, unnoticed until session 28) must show up here, and be
 * reported, not found by chance.
 */
const NOT_CAUGHT_STATICALLY = new Map<string, string>([
  ...['blind4:faulty/data-error.semicolon-excel-export.nn.json', 'blind5:faulty/data-error.german-excel-semicolons.nn.json', 'blind22:faulty/data-error.semicolon-export.nn.json', 'blind36:faulty/data-error.semicolon-csv.nn.json', 'blind43:faulty/data-error.excel-semicolon-export.nn.json', 'blind54:faulty/data-error.decimal-comma-export.nn.json'].map(
    (key): [string, string] => [key, 'a semicolon export with decimal commas, read as meant since session 27: no longer a fault'],
  ),
  ...['blind31:faulty/shape-mismatch.bce-two-sigmoid-units.nn.json', 'blind37:faulty/shape-mismatch.pima-two-sigmoid-outputs.nn.json', 'blind67:faulty/shape-mismatch.bot-two-sigmoids.nn.json', 'blind166:faulty/shape-mismatch.botrytis-two-softmax-bce.nn.json', 'blind213:faulty/shape-mismatch.two-sigmoid-binary.nn.json', 'blind218:faulty/shape-mismatch.outcome-two-sigmoid.nn.json', 'blind297:faulty/shape-mismatch.spoiled-bce-two-units.nn.json'].map(
    (key): [string, string] => [key, 'bce with two sigmoid units on a 0/1 column, read as one-hot targets and trained as well as one unit (disputed as a fault, README Misses)'],
  ),
  ...['blind111:faulty/exploding-gradient.raw-fee-cents-elu-sgd-batch-4.nn.json', 'blind111:faulty/saturated-activation.sigmoid-raw-fee-visits.nn.json', 'blind111:faulty/saturated-activation.tanh-raw-heart-rate-class.nn.json', 'blind111:faulty/saturated-activation.tanh-raw-kg-lb-injury.nn.json'].map(
    (key): [string, string] => [key, 'raw, unnormalized input features, which the static check does not judge: the probe catches it'],
  ),
  ['blind111:faulty/exploding-gradient.raw-kg-lb-elu-sgd-injury.nn.json', 'raw input features (a lift in both kg and lb) under plain SGD: training raises lr-too-high, which its catches do not count (README Misses)'],
  ['blind105:faulty/exploding-gradient.logged-ts-feature.nn.json', 'a raw logger timestamp (1.7e9) among unnormalized features, caught by the probe (exploding-gradient at /layers/1) rather than the static check'],
  ['blind126:faulty/exploding-gradient.raw-invoice-cents-target-rmsprop.nn.json', 'a raw target in cents under RMSprop: the probe\'s lr-too-low names the raw target, which its catches do not count (README Misses)'],
]);

describe('fault sets: faults expected at the static check are caught there', () => {
  for (const set of ALL_CORPUS_SETS) {
    it(`${set}: every fault whose stage is static, bar those listed with a reason`, () => {
      const missed = loadManifest(set)
        .faults.filter((f) => f.stage === 'static' && !NOT_CAUGHT_STATICALLY.has(`${set}:${f.file}`))
        .filter((f) => !checkCorpusSpec(f.file, set).diagnostics.some((d) => f.catches.includes(d.code)))
        .map((f) => f.file);
      assert.deepEqual(missed, []);
    });
  }
  it('lists only faults the static check still misses', () => {
    for (const key of NOT_CAUGHT_STATICALLY.keys()) {
      const [set, file] = key.split(':') as [CorpusSet, string];
      const fault = loadManifest(set).faults.find((f) => f.file === file);
      assert.ok(fault, `${key} is not a fault`);
      assert.ok(!checkCorpusSpec(file, set).diagnostics.some((d) => fault.catches.includes(d.code)), `${key} is caught now: remove it from the list`);
    }
  });
});

/**
 * Codes a frozen set has a single fault of, each with why: a frozen set cannot be topped up. The
 * writers' other oscillation candidates settled or diverged on the engine and were dropped or re-filed
 * (their READMEs; blind208's four others diverged or swung too little). Every code still has
 * hundreds of faults over the sets.
 */
const THIN_CODES = new Map<CorpusSet, DiagnosticCode[]>([
  ['blind116', ['oscillating-loss']],
  ['blind118', ['oscillating-loss']],
  ['blind156', ['oscillating-loss']],
  ['blind157', ['oscillating-loss']],
  ['blind208', ['oscillating-loss']],
]);

for (const set of OTHER_SETS) describeBlindSet(set);

function describeBlindSet(set: CorpusSet): void {
  const other = loadManifest(set);
  const specsOf = (folder: string) => fs.readdirSync(path.join(corpusDir(set), folder)).filter((f) => f.endsWith('.nn.json')).map((f) => `${folder}/${f}`);
  describe(`fault set ${set}: the manifest`, () => {
    it('lists every spec of faulty/ and healthy/ once, with a known code, a stage and its catches', () => {
      const listed = [...other.faults, ...other.healthy].map((e) => e.file);
      assert.equal(new Set(listed).size, listed.length, 'a file is listed twice');
      assert.deepEqual([...listed].sort(), [...specsOf('faulty'), ...specsOf('healthy')].sort());
      for (const f of other.faults) {
        assert.ok(ALL_CODES.includes(f.code) && STAGES.includes(f.stage), `${f.file}: code ${f.code}, stage ${f.stage}`);
        assert.ok(f.catches.includes(f.code) && f.catches.every((c) => ALL_CODES.includes(c)), `${f.file}: catches`);
      }
    });

    it('covers every code with at least 2 faults and has at least 15 healthy specs', () => {
      const thin = ALL_CODES.filter((code) => other.faults.filter((f) => f.code === code).length < 2);
      assert.deepEqual(thin, THIN_CODES.get(set) ?? []);
      assert.ok(other.healthy.length >= 15, `${other.healthy.length} healthy specs`);
    });
  });

  describe(`fault set ${set}: healthy specs are silent at edit time`, () => {
    const { probe } = loadProbe();
    for (const h of other.healthy) {
      const open = OPEN_EDIT_TIME_FALSE_ALARMS.get(`${set}:${h.file}`);
      if (open !== undefined) {
        // Still warned: a change that silences it must take it off the list, where this test would miss it.
        it(`${h.file}: still warned at edit time (open false alarm: ${open})`, function () {
          const checked = checkCorpusSpec(h.file, set);
          if (!probe) this.skip();
          const probed = probe(checked, { context: corpusContext(h.file, set) });
          const shown = withProbeFindings(checked.diagnostics, probed?.diagnostics ?? [], probed?.cleared);
          assert.notDeepEqual(shown, [], 'silent now: take it off OPEN_EDIT_TIME_FALSE_ALARMS');
        });
        continue;
      }
      it(`${h.file}: no diagnostic from the static check or the probe`, function () {
        const checked = checkCorpusSpec(h.file, set);
        if (!probe) {
          assert.deepEqual(checked.diagnostics.map((d) => `${d.code}@${d.path}`), []);
          this.skip();
        }
        // As the editor shows them: a static rule of thumb the probe's measurement cleared is left out.
        const probed = probe(checked, { context: corpusContext(h.file, set) });
        const shown = withProbeFindings(checked.diagnostics, probed?.diagnostics ?? [], probed?.cleared);
        assert.deepEqual(shown.map((d) => `${d.code}@${d.path}: ${d.message}`), []);
      });
    }
  });
}
