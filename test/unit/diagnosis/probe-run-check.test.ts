/**
 * The probe's whole-run checks of two static rules of thumb on the rate (`probe-run-check.ts`): a rule
 * gives way when the whole run as written ends 10% below the rule's advised rate, no higher than the
 * written rate moved three times the way the rule points, and 10% below the constant answer; it stays
 * when either rate does better or the written rate has not learnt, and no check is made past the
 * budget or without the trials.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkSpec } from '../../../src/diagnosis/check';
import { probeChecked } from '../../../src/diagnosis/probe';
import { RUN_CHECK_BUDGET, RUN_CHECK_MAX_STEPS } from '../../../src/diagnosis/probe-run-check';
import { weightCount } from '../../../src/diagnosis/probe-plan';
import type { Diagnostic, DiagnosticCode } from '../../../src/spec/types';
import { checkFile, REPO_ROOT, shownInEditor as shownFor } from '../helpers';

const rateShown = (code: DiagnosticCode) => (shown: readonly Diagnostic[]) => shown.some((d) => d.code === code && d.path === '/optimizer/lr');
const noisyShown = rateShown('lr-too-high');
const rangeShown = rateShown('lr-out-of-range');

/** blind165: RMSprop 0.01 at batch 1 on iris trains well; 0.001 ends the run 2.5 times higher. */
const HEALTHY_IRIS = 'test/faults-blind165/healthy/iris-rmsprop-batch-1.nn.json';

/** blind118: RMSprop 0.05 at batch 1 on iris, a fault: it beats 0.001 over the run, but a third of it ends 40% lower. */
const FAULT_THIRD_WINS = 'test/faults-blind118/faulty/lr-too-high.rmsprop-0.05-batch-1-iris.nn.json';

/** blind170: RMSprop 0.05 at batch 1, a fault whose run the usual 0.001 ends lower. */
const FAULT_USUAL_WINS = 'test/faults-blind170/faulty/lr-too-high.rmsprop-0.05-batch-1-remake.nn.json';

/** blind40: RMSprop at batch 1 on a net whose three runs would cost more than the check's budget. */
const FAULT_COSTLY = 'test/faults-blind40/faulty/oscillating-loss.batch-one-rmsprop.nn.json';

/** blind176: plain SGD 1e-6 on raw cable metres trains well; the range's 0.01 diverges. */
const HEALTHY_RAW_METRES = 'test/faults-blind176/healthy/wiring-raw-metres-sgd-1e-6.nn.json';

/** blind178: SGD 1e-9 on raw features, a fault: too low even for them, it ends far above the constant answer. */
const FAULT_RAW_TOO_LOW = 'test/faults-blind178/faulty/lr-too-low.raw-features-sgd-1e-9-press.nn.json';

/** blind137: SGD 5e-6 with momentum at batch 8 on standardized data, a fault: 0.01 ends the run far lower. */
const FAULT_MOMENTUM_TOO_LOW = 'test/faults-blind137/faulty/lr-too-low.momentum-5e-6-escape-batch-8.nn.json';

describe('probe: the whole-run check of the static noisy-steps rule', () => {
  it('withdraws the rule when the written rate wins the whole run against the usual rate and a third of itself', () => {
    assert.ok(noisyShown(checkFile(HEALTHY_IRIS).diagnostics), 'the static check alone warns');
    const { result, shown } = shownFor(HEALTHY_IRIS);
    const check = result.noisyCheck;
    assert.ok(check && !check.kept, JSON.stringify(check));
    assert.equal(check.advisedLr, 0.001);
    assert.ok(check.written <= 0.9 * check.advised && check.written <= check.pointed, JSON.stringify(check));
    assert.deepEqual(result.cleared, ['/optimizer/lr']);
    assert.ok(!noisyShown(shown));
  });

  it('keeps the warning when a third of the written rate ends the run lower, and then advises that third, not the usual rate', () => {
    const { result, shown } = shownFor(FAULT_THIRD_WINS);
    const check = result.noisyCheck;
    assert.ok(check?.kept, JSON.stringify(check));
    assert.ok(check.written < check.advised && check.pointed < 0.9 * check.written, JSON.stringify(check));
    assert.equal(check.pointedLr, 0.017, 'a third of 0.05, as a quick fix writes it');
    const warnings = shown.filter((d) => d.code === 'lr-too-high' && d.path === '/optimizer/lr');
    assert.equal(warnings.length, 1, 'the probe\'s warning replaces the static one');
    assert.ok(result.diagnostics.includes(warnings[0]), 'the one shown is the probe\'s');
    const preferred = warnings[0].suggestions?.find((fix) => fix.preferred);
    assert.equal(preferred?.value, 0.017);
    assert.match(warnings[0].message, /lr 0\.017 ends at 0\.102, against 0\.17 as written and 0\.287 at the usual 0\.001/);
  });

  it('keeps the rule, with its usual rate, when the usual rate ends the run lower', () => {
    const { result, shown } = shownFor(FAULT_USUAL_WINS);
    const check = result.noisyCheck;
    assert.ok(check?.kept && check.advised < check.written, JSON.stringify(check));
    assert.ok(noisyShown(shown));
    assert.ok(!result.diagnostics.some((d) => d.code === 'lr-too-high'), 'the static warning stands as it was');
    assert.equal(shown.find((d) => d.code === 'lr-too-high')?.suggestions?.find((fix) => fix.preferred)?.value, 0.001);
  });

  it('makes no check past its budget in multiply-adds or steps, nor without the trials (no context)', () => {
    const { spec, dataset } = checkFile(FAULT_COSTLY);
    assert.ok(spec && dataset);
    const rowEpochs = dataset.samples * spec.training.epochs;
    assert.ok(9 * weightCount(spec, dataset.inputs) * rowEpochs > RUN_CHECK_BUDGET, `${rowEpochs} row-epochs`);
    const costly = shownFor(FAULT_COSTLY);
    assert.equal(costly.result.noisyCheck, undefined);
    assert.ok(noisyShown(costly.shown));
    // The iris run at 201 epochs: 30,150 steps at batch 1, far under the budget's multiply-adds.
    const absolute = path.join(REPO_ROOT, HEALTHY_IRIS);
    const longer = JSON.parse(fs.readFileSync(absolute, 'utf8'));
    longer.training.epochs = Math.floor(RUN_CHECK_MAX_STEPS / 150) + 1;
    const context = { specDir: path.dirname(absolute), workspaceRoot: REPO_ROOT };
    const long = probeChecked(checkSpec(JSON.stringify(longer), context), { finder: false, context });
    assert.ok(long && !long.skipped, 'probed');
    assert.equal(long.noisyCheck, undefined);
    const untried = shownFor(HEALTHY_IRIS, false);
    assert.equal(untried.result.noisyCheck, undefined);
    assert.ok(noisyShown(untried.shown));
  });
});

describe("probe: the whole-run check of SGD's lr-out-of-range below the range", () => {
  it('withdraws the rule when the written rate learns and the usual rate diverges (raw input features)', () => {
    assert.ok(rangeShown(checkFile(HEALTHY_RAW_METRES).diagnostics), 'the static check alone warns');
    const { result, shown } = shownFor(HEALTHY_RAW_METRES);
    const check = result.lowRateCheck;
    assert.ok(check && !check.kept, JSON.stringify(check));
    assert.ok(Number.isNaN(check.advised), 'the usual 0.01 breaks');
    assert.equal(check.pointedLr, 3e-6);
    assert.deepEqual(result.cleared, ['/optimizer/lr']);
    assert.ok(!rangeShown(shown));
  });

  it('keeps the rule when the written rate has not learnt, or the usual rate ends the run lower', () => {
    const raw = shownFor(FAULT_RAW_TOO_LOW);
    assert.ok(raw.result.lowRateCheck?.kept, JSON.stringify(raw.result.lowRateCheck));
    assert.ok(rangeShown(raw.shown));
    const momentum = shownFor(FAULT_MOMENTUM_TOO_LOW);
    const check = momentum.result.lowRateCheck;
    assert.ok(check?.kept && check.advised < check.written, JSON.stringify(check));
    assert.ok(rangeShown(momentum.shown));
  });
});
