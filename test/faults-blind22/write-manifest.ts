/**
 * Writes manifest.json from the fault list below and the bare-engine observations in observed.txt and
 * observed-healthy.txt (test/faults/observe.ts --summary): `npx tsx test/faults-blind22/write-manifest.ts`.
 * Each entry: [file stem, stage, catches, what the fault is]; the measured line is appended.
 */
import * as fs from 'fs';
import * as path from 'path';
import { HEALTHY } from './author';

type F = [string, 'static' | 'probe' | 'training', string[], string];
const FAULTS: F[] = [
  ['invalid-spec.gelu-activation', 'static', [], 'activation "gelu" (a PyTorch/Keras habit) which the format does not have'],
  ['invalid-spec.keras-loss-name', 'static', [], 'loss written with the Keras name "categorical_crossentropy" instead of "cce"'],
  ['invalid-spec.batch-size-zero', 'static', [], 'batchSize 0 (meant "full batch")'],
  ['data-error.target-case', 'static', [], 'target column "Energy_MWh" does not match the header\'s "energy_mwh" (case)'],
  ['data-error.na-cells', 'static', [], 'a CSV export with "NA" cells for missing humidity readings (lines 38 and 89)'],
  ['data-error.semicolon-export', 'static', [], 'a CSV exported with ";" separators (European locale), so the header is one column'],
  ['data-error.ragged-inline', 'static', ['invalid-spec'], 'inline table with a missing value in one row and an extra one in another'],
  ['shape-mismatch.iris-two-outputs', 'static', [], 'iris (3 classes) with a 2-unit softmax output, copied from a binary net'],
  ['shape-mismatch.regression-two-outputs', 'static', [], 'single-target energy regression with a 2-unit linear output'],
  ['shape-mismatch.blobs4-three-units', 'static', [], 'blobs with classes 4 but a 3-unit softmax output left over from a 3-class run'],
  ['loss-activation-mismatch.cce-sigmoid-outputs', 'static', [], 'cce over three sigmoid outputs (should be softmax): the loss goes to ~0 while accuracy stays 0.72'],
  ['loss-activation-mismatch.bce-tanh-output', 'static', [], 'bce on a tanh output unit (range -1..1, not a probability)'],
  ['loss-activation-mismatch.mse-relu-regression-neg', 'static', [], 'relu output unit for a sine target that is negative half the time: the negative half can never be fitted'],
  ['init-symmetry.zeros-deep', 'static', [], 'every hidden layer of a 3-hidden-layer tanh net initialised to zeros: hidden units never differ'],
  ['init-symmetry.constant-hidden', 'static', [], 'hidden relu layers initialised to the constant 0.1: all units of a layer stay identical, the net acts as one unit per layer'],
  ['init-scale.std-three-deep-tanh', 'static', ['saturated-activation'], 'normal(std 3) weights on 128-wide tanh layers (std 1 would already be ~11x Xavier): hidden layers saturate'],
  ['init-scale.tiny-normal-five-relu', 'static', ['vanishing-gradient', 'loss-plateau'], 'normal(std 0.001) on a 5-layer relu regressor: signal and gradients vanish through the depth'],
  ['no-nonlinearity.linear-stack-circles', 'static', [], 'three hidden layers all "linear" on circles: the stack is one linear model'],
  ['no-nonlinearity.default-activation-moons', 'static', [], 'hidden layers written without "activation" (default linear) while adding batchNorm and dropout'],
  ['lr-out-of-range.adam-lr-one', 'static', ['lr-too-high', 'dead-relu'], 'adam with lr 1 (clipNorm 5 does not save it)'],
  ['lr-out-of-range.sgd-1e-6', 'static', ['lr-too-low', 'loss-plateau'], 'sgd lr 1e-6 (a typo for 1e-2)'],
  ['lr-too-high.sgd-momentum-regression', 'probe', ['exploding-gradient', 'dead-relu', 'lr-out-of-range'], 'sgd lr 0.3 with momentum 0.9 on a relu regressor: blows up, kills layer 2, ends at the mean'],
  ['lr-too-high.rmsprop-deep-spirals', 'training', ['oscillating-loss', 'dead-relu'], 'rmsprop lr 0.05 on a 3x64 relu net: the loss never settles, units die'],
  ['lr-too-low.sgd-iris-long', 'training', ['loss-plateau', 'lr-out-of-range'], 'plain sgd lr 2e-4 for 200 epochs on iris'],
  ['lr-too-low.adam-1e-5-sensor', 'training', ['loss-plateau', 'lr-out-of-range'], 'adam lr 1e-5 (thought of as "safe") with batchNorm and weight decay'],
  ['dead-relu.negative-bias', 'training', [], 'relu layers with bias -2 ("sparser activations"): most of layer 2 stays dead'],
  ['dead-relu.raw-area-sgd', 'training', ['exploding-gradient', 'lr-too-high'], 'energy features left in raw units (area up to 3000 m²) with sgd momentum: huge first updates kill relu units and the fit stalls far above the mean'],
  ['vanishing-gradient.five-sigmoid-sgd', 'training', ['loss-plateau', 'saturated-activation'], 'five sigmoid hidden layers trained with sgd: gradients at the first layer are ~1e-4 and the loss sits at ln 2'],
  ['vanishing-gradient.deep-tanh-small-init', 'training', ['init-scale', 'loss-plateau'], 'four tanh layers initialised normal(std 0.02) with plain sgd: the signal dies through the depth, the loss stays at the prior'],
  ['exploding-gradient.raw-kwh-target', 'training', ['nan-loss', 'lr-too-high'], 'regression target left in kWh (~1600) with sgd momentum: gradients grow 1e3 -> 1e18 in 3 steps'],
  ['exploding-gradient.deep-wide-init', 'training', ['init-scale', 'nan-loss', 'lr-too-high'], 'four 128-wide relu layers initialised normal(std 0.5) (~4x He for the 128-wide layers): gradient norms 30-200 in the first steps, NaN by epoch 5'],
  ['saturated-activation.tanh-raw-telemetry', 'training', [], 'tanh hidden layer fed raw telemetry (rpm ~2400, hours up to 3000): the first layer is fully saturated and the fit stalls'],
  ['saturated-activation.sigmoid-bias-four', 'training', ['loss-plateau'], 'sigmoid hidden layers with bias 4 (copied from an output-bias trick): units start saturated'],
  ['loss-plateau.heavy-weight-decay', 'training', [], 'weightDecay 0.5 (meant 5e-4): the weights are pulled to zero and the loss returns to the prior'],
  ['loss-plateau.xor-sgd-sigmoid-stuck', 'training', ['vanishing-gradient', 'lr-too-low', 'saturated-activation'], 'xor with two tiny sigmoid layers and plain sgd lr 0.05: stuck at ln 2 for 200 epochs'],
  ['oscillating-loss.momentum-099', 'training', ['lr-too-high'], 'sgd lr 0.1 with momentum 0.99 and batch 16: the loss swings and climbs from 0.25 to over 10'],
  ['oscillating-loss.adam-batch4-high', 'training', ['lr-too-high', 'dead-relu'], 'adam lr 0.05 with batch 4: the loss jumps between ~0.42 and ~0.54 without settling'],
  ['nan-loss.raw-features-sgd', 'training', ['exploding-gradient', 'lr-too-high'], 'raw-unit features (area in m²) with sgd lr 0.01 momentum 0.9: NaN at step 4'],
  ['nan-loss.kwh-target-elu-sgd', 'training', ['exploding-gradient', 'lr-too-high'], 'raw features and a kWh target with elu layers and sgd momentum 0.95: Infinity at step 3'],
];

const here = __dirname;
const lines = (file: string) => fs.readFileSync(path.join(here, file), 'utf8').split('\n');
const observed = [...lines('observed.txt'), ...lines('observed-healthy.txt')];
const measured = (stem: string) => {
  const line = observed.find((l) => l.startsWith(`${stem}:`) || l.trim().startsWith(`${stem}.nn.json`));
  if (!line) throw new Error(`no observation for ${stem}`);
  return line.trim().replace(/\s+\|\s+/, ' | ');
};

const manifest = {
  about: 'Twenty-second fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt, observed-healthy.txt); --curve for the lr-too-high, oscillating and plateau ones (observed-curves.txt), test/faults/steps.ts for the nan-loss and exploding ones (observed-steps.txt); no diagnosis code involved. Theme: deeper nets, longer runs and combined settings (momentum, nesterov, weight decay, clipNorm, batchNorm, dropout, normalize modes) on three CSVs of this set (bearing telemetry sensor.csv with 8% flipped labels, so ~0.55-0.65 of the prior is a good fit; building energy energy.csv in kWh and MWh with ~8% noise; three leaf species species.csv with string labels and 10% relabelled, so ~0.27-0.36 of the prior is a good fit) and every builtin at non-default settings, plus inline tables. Data written by data/generate.ts; specs by author.ts; this manifest by write-manifest.ts. See README.md for how it was written and what was read.',
  faults: FAULTS.map(([stem, stage, extra, what]) => ({
    file: `faulty/${stem}.nn.json`,
    code: stem.split('.')[0],
    fault: `${what} (observe: ${measured(stem)})`,
    stage,
    catches: [stem.split('.')[0], ...extra],
  })),
  healthy: HEALTHY.map(([stem, s]) => ({ file: `healthy/${stem}.nn.json`, covers: `${describe(s)} (observe: ${measured(stem)})` })),
};

function describe(s: Record<string, unknown>): string {
  const layers = (s.layers as Record<string, unknown>[]).map((l) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation}${l.batchNorm ? '+bn' : ''}`)).join(', ');
  const data = s.data as Record<string, unknown>;
  const source = data.csv ?? (data.builtin ? `builtin ${data.builtin}` : 'inline');
  return `${source} ${data.normalize ?? 'none'}; ${layers}; ${s.loss}; ${JSON.stringify(s.optimizer)}; ${JSON.stringify(s.training)}`;
}

fs.writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`${manifest.faults.length} faults, ${manifest.healthy.length} healthy`);
