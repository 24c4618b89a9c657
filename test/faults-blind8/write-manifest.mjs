// Writes manifest.json: `node test/faults-blind8/write-manifest.mjs`. Figures quoted in each entry
// come from observed.txt (test/faults/observe.ts --summary) or from steps.ts where said.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));
const F = (slug, code, stage, catches, fault) => ({ file: `faulty/${code}.${slug}.nn.json`, code, fault, stage, catches: [code, ...catches] });

const faults = [
  F('adamw-optimizer', 'invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch habit; the engine has sgd, adam, rmsprop (observe: does not parse, unknown optimizer "adamw")'),
  F('keras-loss-name', 'invalid-spec', 'static', [], 'loss written with the Keras name "categorical_crossentropy" instead of "cce" (observe: does not parse, unknown loss)'),
  F('dropout-as-percent', 'invalid-spec', 'static', [], 'dropout rate written as a percentage, 20 instead of 0.2 (observe: does not parse, rate must be in [0, 1), got 20)'),
  F('trailing-comma', 'invalid-spec', 'static', [], 'trailing commas left after deleting the last layer option, not valid JSON (observe: does not parse, two JSON syntax errors)'),
  F('target-case', 'data-error', 'static', [], 'CSV target written "Default" but the header says "default" (observe: data does not load, column "Default" not in the header)'),
  F('spreadsheet-na', 'data-error', 'static', [], 'CSV exported from a spreadsheet with an empty income cell (line 39) and "NA" in debt_ratio (line 213) (observe: data does not load, features must be numbers)'),
  F('weekday-text-column', 'data-error', 'static', [], 'CSV has a text weekday column (Mon..Sun) used as a feature (observe: data does not load, feature "weekday" is "Mon")'),
  F('iris-two-outputs', 'shape-mismatch', 'static', [], 'iris has 3 classes but the softmax output has 2 units, copied from a binary model (observe: engine refuses, 2 units vs 3 classes)'),
  F('blobs-classes-changed', 'shape-mismatch', 'static', [], 'blobs data changed to 5 classes, output layer left at 4 units (observe: engine refuses, 4 units vs 5 classes)'),
  F('grain-one-output-mse', 'shape-mismatch', 'static', [], 'regression on two target columns (area, length) with a 1-unit output (observe: engine refuses, 1 unit vs 2 target columns)'),
  F('cce-sigmoid-outputs', 'loss-activation-mismatch', 'static', [], 'cce over 3 sigmoid outputs instead of softmax: the loss is driven down by pushing every output to 1 (observe: loss 1.31e-4 while accuracy is 0.484, output sat 1.00)'),
  F('bce-single-softmax', 'loss-activation-mismatch', 'static', [], 'bce on a 1-unit softmax output, which is always 1 (observe: loss stuck at 8.059 = 11.6x baseline from epoch 1, every gradient 0, acc 0.500)'),
  F('bce-linear-logits', 'loss-activation-mismatch', 'static', [], 'bce with a linear output (the from_logits habit) on credit: outputs are not probabilities (observe: loss ends at 0.946 = 1.68x baseline 0.562, output-layer gradient up to 1051)'),
  F('zeros-hidden', 'init-symmetry', 'static', ['dead-relu'], 'both relu hidden layers initialised to zeros on moons (observe: loss stays at baseline 0.6931, acc 0.500, hidden gradients 0, dead 1.00)'),
  F('constant-tanh', 'init-symmetry', 'static', [], 'every layer initialised to constant 0.1 on circles, so the 24 tanh units stay identical (observe: loss 0.696 = 1.00x baseline after 150 epochs, acc 0.400)'),
  F('normal-std-one-wide-tanh', 'init-scale', 'static', ['saturated-activation'], 'normal init with std 1 on two 128-unit tanh layers (xavier would be ~0.09) on spirals (observe: second tanh layer saturated up to 0.55, loss ends at 0.32x baseline)'),
  F('tiny-normal-deep-relu', 'init-scale', 'static', ['vanishing-gradient'], 'normal init std 0.001 on four 64-unit relu layers on grain (observe: loss 1.105 = 1.01x baseline after 80 epochs, acc 0.333, first-layer gradient <= 5.7e-8)'),
  F('forgot-activations', 'no-nonlinearity', 'static', [], 'hidden layers written without "activation" (default linear) on circles (observe: loss 0.6906 = 1.00x baseline, acc 0.550)'),
  F('linear-spirals', 'no-nonlinearity', 'static', [], 'hidden layers explicitly linear on 3-class spirals (observe: loss 1.060 = 0.96x baseline, acc 0.311)'),
  F('adam-lr-three', 'lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 3 (meant 3e-3) on moons (observe: first epoch loss 1332, ends at 0.46x baseline with first layer dead 0.63)'),
  F('sgd-lr-fifty', 'lr-out-of-range', 'static', ['lr-too-high'], 'sgd lr 50 (meant 0.5) on iris (observe: loss ends at 41.7 = 37.9x baseline, tanh layer saturated 0.99)'),
  F('rmsprop-1e-8', 'lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-8 on energy (observe: loss 1.25e5 = 13.8x baseline unchanged over 100 epochs, update ratio <= 5e-8)'),
  F('rmsprop-point-one-deep', 'lr-too-high', 'probe', ['oscillating-loss', 'dead-relu'], 'rmsprop lr 0.1 on a 3x64 relu net on spirals (observe: first epoch loss 23.2 = 33x baseline, hidden layers dead up to 0.80, loss then jumps between 0.25 and 0.47, first-step update ratios 0.35-0.86)'),
  F('adam-point-one-grain', 'lr-too-high', 'training', ['oscillating-loss'], 'adam lr 0.1 on grain (observe --curve: loss bounces between 0.32 and 0.70 for 80 epochs, never settles; second layer dead 0.89)'),
  F('full-batch-sgd-sine', 'lr-too-high', 'training', ['nan-loss', 'exploding-gradient', 'lr-out-of-range'], 'full-batch sgd lr 0.7 on sine: the loss grows every epoch (observe --curve: 5.55, 68, 371, 2.6e5 ... then NaN at epoch 20)'),
  F('sgd-1e-4-moons', 'lr-too-low', 'training', ['loss-plateau'], 'plain sgd lr 1e-4 on moons (observe: loss 0.784 to 0.700 over 100 epochs, 1.01x baseline, acc 0.480, update ratio <= 9e-5)'),
  F('adam-1e-5-credit', 'lr-too-low', 'training', ['loss-plateau'], 'adam lr 1e-5 on credit (observe: loss 0.739 to 0.662, still 1.18x baseline after 100 epochs, update ratio <= 2.6e-5)'),
  F('rmsprop-iris-small', 'lr-too-low', 'training', ['loss-plateau'], 'rmsprop lr 2e-5 on iris (observe: loss 1.286 to 1.168 = 1.06x baseline after 150 epochs, acc 0.213)'),
  F('negative-bias-init', 'dead-relu', 'probe', [], 'relu layers with "bias": -3 on moons (observe: dead 0.94 and 1.00 from the start, loss at baseline 0.6931, acc 0.500)'),
  F('raw-income-sgd', 'dead-relu', 'probe', ['exploding-gradient'], 'relu net on raw credit features (income ~52000, no normalize) with sgd (observe: first epoch loss 2.65e9, both relu layers dead 1.00, loss at baseline after)'),
  F('deep-sigmoid-sgd', 'vanishing-gradient', 'probe', [], 'five sigmoid hidden layers with sgd on spirals (observe: first-layer gradient <= 2.3e-4 vs output 1.09, loss 1.00x baseline, acc 0.470)'),
  F('sigmoid-small-init', 'vanishing-gradient', 'probe', [], 'four 64-unit sigmoid layers with sgd lr 0.01 on grain (observe: first-layer gradient 0.003-0.011 vs output 1.5-3.5, loss 1.095 = 1.00x baseline after 80 epochs)'),
  F('raw-kwh-target-sgd', 'exploding-gradient', 'probe', ['lr-too-high'], 'sgd lr 0.01 momentum 0.9 on energy with the raw kWh target (~400): (observe: first epoch loss 2.6e36, output gradient up to 4.1e17, then second relu layer dead 1.00 and loss at baseline)'),
  F('deep-relu-normal-std-03', 'exploding-gradient', 'probe', ['init-scale', 'nan-loss'], 'normal std 0.3 on four 128-unit relu layers (he would be 0.125) on sine (steps.ts: gradient norms 100-340 at step 1, 1e6 at step 6, 1e20 at step 7, NaN at step 8)'),
  F('raw-credit-sigmoid', 'saturated-activation', 'probe', [], 'sigmoid hidden layer on raw credit features (income ~52000, no normalize) (observe: hidden sat 1.00 throughout, its gradient 0, loss 1.00x baseline)'),
  F('tanh-large-uniform', 'saturated-activation', 'probe', ['init-scale'], 'uniform init limit 3 on two 64-unit tanh layers on moons (observe: second layer saturated 0.81, update ratio <= 6e-5, loss ends at 0.24x baseline)'),
  F('weight-decay-typo', 'loss-plateau', 'training', [], 'adam weightDecay 0.5 (meant 5e-4) on circles (observe: loss 0.6932 = 1.00x baseline after 100 epochs, acc 0.500)'),
  F('one-unit-bottleneck', 'loss-plateau', 'training', [], '1-unit tanh layer between two 64-unit layers on 3-class spirals (observe: loss 1.015 = 0.92x baseline after 150 epochs, acc 0.444)'),
  F('momentum-099', 'oscillating-loss', 'training', ['lr-too-high'], 'sgd momentum 0.99 lr 0.05 on iris (observe --curve: loss swings between 0.05 and 0.61 from epoch 2 to 80, e.g. 0.61 0.47 0.10 0.43 0.34 0.06 0.36, before settling near 0.05)'),
  F('adam-batch-two', 'oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.05 with batch size 2 on moons (curve: loss jumps between 0.06 and 0.30, e.g. 0.067 0.305 0.086 0.139, last epoch 0.200 after 0.056; output sat 1.00)'),
  F('sensor-glitch-inline', 'nan-loss', 'probe', ['data-error'], 'inline sensor table with one reading logged as 3.4e38 (float max), no normalize (observe: NaN in epoch 1)'),
  F('sgd-half-momentum-deep-relu', 'nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd lr 0.5 momentum 0.9 on a 3x128 relu net on blobs (observe: NaN in epoch 1)'),
];

const H = (name, covers) => ({ file: `healthy/${name}.nn.json`, covers });
// A healthy entry's "covers": what the spec exercises, read from the spec, then its measured result from observed.txt.
const observed = fs.readFileSync(path.join(here, 'observed.txt'), 'utf8').split('\n');
function describe(name) {
  const s = JSON.parse(fs.readFileSync(path.join(here, 'healthy', `${name}.nn.json`), 'utf8'));
  const data = s.data.builtin ?? (s.data.csv ? path.basename(s.data.csv) : 'inline');
  const extras = [s.data.classes && `${s.data.classes} classes`, s.data.noise !== undefined && `noise ${s.data.noise}`, s.data.normalize && `normalize ${s.data.normalize}`].filter(Boolean);
  const layers = s.layers.map((l) => l.type === 'dropout' ? `dropout ${l.rate}` : `${l.activation ?? 'linear'} ${l.units}${l.batchNorm ? '+bn' : ''}${l.init ? ` ${typeof l.init === 'string' ? l.init : l.init.name}` : ''}${l.bias ? ` bias ${l.bias}` : ''}`);
  const o = s.optimizer;
  const opt = [o.type, o.lr, o.momentum && `momentum ${o.momentum}`, o.nesterov && 'nesterov', o.weightDecay && `weightDecay ${o.weightDecay}`, o.clipNorm && `clipNorm ${o.clipNorm}`].filter(Boolean).join(' ');
  const t = s.training;
  const run = [`batch ${t.batchSize}`, `${t.epochs} epochs`, t.validationSplit && `validationSplit ${t.validationSplit}`, t.shuffle === false && 'no shuffle'].filter(Boolean).join(', ');
  const line = observed.find((l) => l.startsWith(`${name}:`));
  if (!line) throw new Error(`${name}: no line in observed.txt`);
  const m = line.match(/base (\S+) .* last (\S+) \(last\/base (\S+)\)( val \S+)?( acc \S+)?/);
  return `${data}${extras.length ? ` (${extras.join(', ')})` : ''}, ${layers.join(', ')}, ${s.loss}, ${opt}, ${run} (observe: loss ${m[2]}, ${m[3]}x baseline ${m[1]}${m[4] ?? ''}${m[5] ?? ''})`;
}
const healthy = fs.readdirSync(path.join(here, 'healthy')).filter((f) => f.endsWith('.nn.json')).sort().map((f) => f.replace('.nn.json', '')).map((n) => H(n, describe(n)));
const about = "Eighth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as test/faults/manifest.json: 'code' is the fault's own code, 'stage' the writer's expectation of where it could first be caught (static, probe, training), 'catches' the codes whose advice would genuinely fix it, decided from the fault. Each 'fault' text (and each healthy 'covers') carries the symptom or result measured on the bare engine by test/faults/observe.ts --summary or --curve, or steps.ts where said (no diagnosis code involved; summaries in observed.txt). Healthy specs train to a good loss (on the noisy CSVs credit, energy and grain, to about what the data allows) and should draw no warning. Data: data/credit.csv (+ credit-na.csv), data/energy.csv (+ energy-weekday.csv), data/grain.csv, written by data/generate.ts; specs written by author.mjs, this manifest by write-manifest.mjs. See README.md for how it was written and what was read.";
fs.writeFileSync(path.join(here, 'manifest.json'), JSON.stringify({ about, faults, healthy }, null, 1) + '\n');
console.log(`${faults.length} faults, ${healthy.length} healthy`);
