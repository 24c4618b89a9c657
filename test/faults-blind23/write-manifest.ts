/**
 * Writes manifest.json from the table below and the measured lines in observed.txt (faults) and
 * observed-healthy.txt (healthy): `npx tsx test/faults-blind23/write-manifest.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { HEALTHY } from './author';

const DIR = __dirname;
type Row = [code: string, slug: string, fault: string, stage: string, catches: string[]];
const ROWS: Row[] = [
  ['invalid-spec', 'adamw-optimizer', 'optimizer "adamw" (a PyTorch habit) which the format does not have', 'static', ['invalid-spec']],
  ['invalid-spec', 'keras-loss-name', 'loss "categorical_crossentropy" (the Keras name) instead of "cce"', 'static', ['invalid-spec']],
  ['invalid-spec', 'units-as-string', 'units written as the string "64"', 'static', ['invalid-spec']],
  ['data-error', 'broken-export', 'CSV export with a blank monthly_charge and an "n/a" data_gb cell', 'static', ['data-error']],
  ['data-error', 'target-capitalised', 'target "Churn" but the header says "churn"', 'static', ['data-error']],
  ['data-error', 'inline-ragged-row', 'inline table whose second row has 2 features instead of 3', 'static', ['data-error', 'invalid-spec']],
  ['shape-mismatch', 'four-outputs-five-defects', 'softmax output of 4 units for the 5 defect classes (one class forgotten)', 'static', ['shape-mismatch']],
  ['shape-mismatch', 'iris-three-classes-one-unit', 'cce with a 1-unit softmax output on 3-class iris', 'static', ['shape-mismatch', 'loss-activation-mismatch']],
  ['shape-mismatch', 'alcohol-regression-two-outputs', 'regression of one target column with a 2-unit output', 'static', ['shape-mismatch']],
  ['loss-activation-mismatch', 'relu-output-bce', 'bce with a relu output unit instead of sigmoid (loss ends far above the prior)', 'static', ['loss-activation-mismatch']],
  ['loss-activation-mismatch', 'sigmoid-outputs-cce', 'cce on 5 independent sigmoid outputs instead of softmax: the loss collapses to ~0 while accuracy stays low', 'static', ['loss-activation-mismatch', 'saturated-activation']],
  ['loss-activation-mismatch', 'softmax-binary-bce', 'a 1-unit softmax (always 1) with bce: the loss never moves', 'static', ['loss-activation-mismatch', 'shape-mismatch']],
  ['init-symmetry', 'zeros-hidden-defects', 'both tanh hidden layers initialised to zeros: no gradient reaches them, loss at the prior', 'static', ['init-symmetry']],
  ['init-symmetry', 'constant-hidden-spirals', 'tanh hidden layers initialised to the constant 0.05: every unit identical, spirals stay unlearned', 'static', ['init-symmetry']],
  ['init-scale', 'wide-normal-std1-tanh', 'normal std 1.0 on 128-wide tanh layers: the second layer saturates and the net memorises (val rises)', 'static', ['init-scale', 'saturated-activation']],
  ['init-scale', 'tiny-uniform-deep-relu', 'uniform limit 0.001 on a 4-layer relu net: gradients ~1e-8, the loss stays at the prior', 'static', ['init-scale', 'vanishing-gradient', 'loss-plateau']],
  ['no-nonlinearity', 'forgot-activations-circles', 'hidden layers with no activation (default linear) on circles: stuck at chance', 'static', ['no-nonlinearity']],
  ['no-nonlinearity', 'linear-hidden-spirals', 'hidden layers explicitly linear on 3-class spirals', 'static', ['no-nonlinearity']],
  ['lr-out-of-range', 'adam-lr-two', 'adam with lr 2 (meant 0.002?): relu layer dies, loss near the prior', 'static', ['lr-out-of-range', 'lr-too-high', 'dead-relu']],
  ['lr-out-of-range', 'sgd-lr-1e-7', 'sgd with lr 1e-7: updates ~1e-7 of the weights, the loss does not move', 'static', ['lr-out-of-range', 'lr-too-low', 'loss-plateau']],
  ['lr-too-high', 'rmsprop-0.05-defects', 'rmsprop lr 0.05 on a 3-layer relu net: first epoch 3.4, a noisy curve and validation loss climbing to 4.3', 'training', ['lr-too-high', 'oscillating-loss']],
  ['lr-too-high', 'sgd-momentum-lr-0.8-churn', 'sgd lr 0.8 with momentum 0.9: second hidden layer dies and the loss sits at the prior', 'training', ['lr-too-high', 'dead-relu', 'loss-plateau']],
  ['lr-too-low', 'adam-1e-5-grades', 'adam lr 1e-5 for 40 epochs: loss barely moves from the start, above the prior', 'training', ['lr-too-low', 'loss-plateau']],
  ['lr-too-low', 'sgd-0.0005-churn', 'plain sgd lr 0.0005: after 60 epochs the loss is still above the prior', 'training', ['lr-too-low', 'loss-plateau']],
  ['dead-relu', 'negative-bias-defects', 'relu layers with bias -4 on standardised inputs: every unit of the second layer dead from the start', 'probe', ['dead-relu', 'loss-plateau']],
  ['dead-relu', 'raw-grades-sgd', 'unnormalised grades (density ~997) with sgd momentum: the first step blows up and all relu units die', 'probe', ['dead-relu', 'exploding-gradient', 'lr-too-high', 'loss-plateau']],
  ['dead-relu', 'raw-churn-sgd-lr-0.1', 'unnormalised churn features with sgd lr 0.1 momentum 0.9: first epoch 969, then 98% of the first layer dead, loss at the prior', 'probe', ['dead-relu', 'exploding-gradient', 'lr-too-high', 'loss-plateau']],
  ['vanishing-gradient', 'deep-sigmoid-sgd', 'five sigmoid hidden layers with plain sgd: first-layer gradients ~1e-3 and the loss stays at the prior', 'probe', ['vanishing-gradient', 'loss-plateau']],
  ['vanishing-gradient', 'deep-tanh-small-normal', 'four tanh layers initialised normal std 0.01: first-layer gradients ~1e-4, the loss stays at the prior', 'probe', ['vanishing-gradient', 'init-scale', 'loss-plateau']],
  ['exploding-gradient', 'raw-grades-deep-relu-normal', 'raw grades into 3 relu layers initialised normal std 0.5: gradient norms 1e4-1e5 in the first steps, then the layers die', 'probe', ['exploding-gradient', 'init-scale', 'dead-relu']],
  ['exploding-gradient', 'raw-grades-mse-sugar', 'regression of residual sugar from raw features (density ~997) with sgd momentum: gradients reach 1e19', 'probe', ['exploding-gradient', 'lr-too-high', 'nan-loss']],
  ['exploding-gradient', 'raw-density-regression-sgd', 'regression of the raw density (~997) with sgd momentum: loss 1e12 at step 2, gradients 1e10', 'probe', ['exploding-gradient', 'lr-too-high', 'nan-loss', 'dead-relu']],
  ['saturated-activation', 'raw-grades-tanh', 'tanh on unnormalised grades (density ~997): first layer fully saturated, loss at the prior', 'probe', ['saturated-activation', 'vanishing-gradient', 'loss-plateau']],
  ['saturated-activation', 'raw-churn-sigmoid', 'sigmoid hidden layers on raw churn features (tenure up to 72, charge up to 120): most of the first layer saturated', 'probe', ['saturated-activation']],
  ['loss-plateau', 'heavy-weight-decay-defects', 'weightDecay 0.5 (meant 5e-4?) pins the weights near zero: the loss sits at the prior for 60 epochs', 'training', ['loss-plateau']],
  ['loss-plateau', 'dropout-0.9-churn', 'dropout 0.9 after both hidden layers: training loss stays above the prior all run', 'training', ['loss-plateau']],
  ['oscillating-loss', 'momentum-0.99-moons', 'sgd momentum 0.99 at lr 0.1: the training loss swings 0.08 -> 0.33 -> 0.10 mid-run', 'training', ['oscillating-loss', 'lr-too-high']],
  ['oscillating-loss', 'adam-0.05-batch-8-grades', 'adam lr 0.05 with batch 8: training loss wanders 0.67-0.92 and validation loss swings 0.84-1.40', 'training', ['oscillating-loss', 'lr-too-high']],
  ['nan-loss', 'raw-churn-mse-regression', 'regression of monthly charge (~65) from raw features with sgd momentum: NaN at step 6', 'training', ['nan-loss', 'exploding-gradient', 'lr-too-high']],
  ['nan-loss', 'density-regression-leaky-relu', 'regression of raw density (~997) with leaky relu and sgd momentum: Infinity at step 4', 'training', ['nan-loss', 'exploding-gradient', 'lr-too-high']],
];

function measured(file: string, slugFile: string): string {
  const line = fs.readFileSync(path.join(DIR, file), 'utf8').split('\n').find((l) => l.trim().startsWith(slugFile + ':') || l.trim().startsWith(slugFile + '.nn.json'));
  if (!line) throw new Error(`${file}: no measured line for ${slugFile}`);
  return line.trim().replace(/ \| L0\{[\s\S]*$/, (m) => m.slice(0, 400));
}

const faults = ROWS.map(([code, slug, fault, stage, catches]) => {
  const name = `${code}.${slug}`;
  if (!fs.existsSync(path.join(DIR, 'faulty', `${name}.nn.json`))) throw new Error(`missing faulty/${name}.nn.json`);
  return { file: `faulty/${name}.nn.json`, code, fault: `${fault} (observe: ${measured('observed.txt', name)})`, stage, catches };
});
const healthy = Object.keys(HEALTHY).map((name) => ({ file: `healthy/${name}.nn.json`, covers: `observe: ${measured('observed-healthy.txt', name)}` }));
const about = 'Twenty-third fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt, observed-healthy.txt); --curve for the lr-too-high, oscillating and plateau ones (observed-curves.txt), test/faults/steps.ts for the nan-loss and exploding ones (observed-steps.txt); no diagnosis code involved. Theme: classification as practitioners do it, on three CSVs of this set (telecom churn.csv, string labels yes/no, ~26% churners, 6% labels flipped, so ~0.7-0.85 of the prior is a good fit; defects.csv, five imbalanced string classes, 7% relabelled; grades.csv, four integer quality grades from lab measurements in mixed units incl. density ~997, 8% relabelled, so ~0.35-0.55 of the prior is a good fit), validation splits, softmax and sigmoid outputs, plus every builtin and inline tables. Data written by data/generate.ts; specs by author.ts; this manifest by write-manifest.ts. See README.md for how it was written and what was read.';
fs.writeFileSync(path.join(DIR, 'manifest.json'), JSON.stringify({ about, faults, healthy }, null, 2) + '\n');
console.log(`${faults.length} faults, ${healthy.length} healthy`);
