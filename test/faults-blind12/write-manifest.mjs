// Writes manifest.json from the fault descriptions below and the measured lines in observed.txt
// (`node test/faults-blind12/write-manifest.mjs`). Healthy "covers" are described from the specs themselves.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
const here = path.dirname(fileURLToPath(import.meta.url));
const observed = new Map();
for (const line of fs.readFileSync(path.join(here, 'observed.txt'), 'utf8').split('\n')) {
  const m = line.trim().match(/^([\w.-]+?)(?:\.nn\.json)?[: ]/);
  if (m) observed.set(m[1], line.trim());
}
const FAULTS = {
  'invalid-spec.loss-keras-name': ['static', ['invalid-spec'], 'loss written with its Keras name "categorical_crossentropy"; the engine only knows mse, bce, cce'],
  'invalid-spec.activation-swish': ['static', ['invalid-spec'], 'activation "swish" does not exist in the engine'],
  'invalid-spec.dropout-percent': ['static', ['invalid-spec'], 'dropout rate written as a percentage (20) instead of a fraction (0.2)'],
  'data-error.csv-missing-file': ['static', ['data-error'], 'csv path names a file that does not exist (credit_v2.csv)'],
  'data-error.na-cells': ['static', ['data-error'], 'spreadsheet export with "n/a" in some income cells'],
  'data-error.target-column-case': ['static', ['data-error'], 'target column "Load_MWh" written with the wrong case; the header has load_mwh'],
  'shape-mismatch.iris-two-outputs': ['static', ['shape-mismatch'], 'iris has 3 classes but the softmax output has 2 units'],
  'shape-mismatch.two-targets-one-output': ['static', ['shape-mismatch'], 'two regression targets (load_mwh, cost_usd) but one output unit'],
  'shape-mismatch.blobs-four-classes-three-units': ['static', ['shape-mismatch'], 'blobs with classes 4 but a 3-unit softmax output'],
  'loss-activation-mismatch.cce-sigmoid-output': ['static', ['loss-activation-mismatch'], 'cce with a sigmoid output layer instead of softmax: the loss falls to ~0 while accuracy stays poor'],
  'loss-activation-mismatch.mse-softmax-regression': ['static', ['loss-activation-mismatch'], 'regression with a 1-unit softmax output, which is the constant 1: the loss never moves'],
  'loss-activation-mismatch.bce-tanh-output': ['static', ['loss-activation-mismatch'], 'bce on a tanh output (range -1..1, not a probability): huge first loss and a worse end than a sigmoid output'],
  'loss-activation-mismatch.bce-linear-output': ['static', ['loss-activation-mismatch'], 'bce on a linear output (no sigmoid): the loss sticks at ~11x the baseline, accuracy 0.5'],
  'init-symmetry.zeros-tanh': ['static', ['init-symmetry', 'init-scale'], 'all layers initialised to zeros with tanh: hidden units stay identical and at 0, gradients to the hidden layers are 0, the loss stays at the baseline'],
  'init-symmetry.constant-tanh-moons': ['static', ['init-symmetry'], 'every layer initialised to the constant 0.1: the 24 units of each layer stay identical, so the net acts like one unit per layer and stops far above what moons allows'],
  'init-scale.tanh-std-5-grade': ['static', ['init-scale', 'saturated-activation'], 'tanh layers initialised with normal std 5: most units saturated, tiny updates, a much worse loss than the same net with a default init'],
  'init-scale.deep-relu-tiny-std': ['static', ['init-scale', 'vanishing-gradient'], 'four 64-unit ReLU layers initialised with std 0.001: the signal and gradients vanish (first-layer gradient ~1e-10), the loss stays at the baseline'],
  'init-scale.uniform-limit-2-deep': ['static', ['init-scale', 'exploding-gradient', 'nan-loss'], 'three 64-unit ReLU layers initialised uniform ±2: activations blow up, NaN within the first epoch (steps.txt)'],
  'no-nonlinearity.circles-linear-stack': ['static', ['no-nonlinearity'], 'hidden layers all linear on circles: the model is a linear classifier, accuracy ~0.5'],
  'no-nonlinearity.spirals-default-activation': ['static', ['no-nonlinearity'], 'hidden layers with no activation given (defaults to linear) on spirals'],
  'lr-out-of-range.adam-lr-2': ['static', ['lr-out-of-range', 'lr-too-high'], 'adam with lr 2: first loss ~180x baseline, a layer dies and the loss ends at the baseline'],
  'lr-out-of-range.sgd-lr-1e-7': ['static', ['lr-out-of-range', 'lr-too-low'], 'sgd with lr 1e-7: nothing moves in 200 epochs'],
  'lr-out-of-range.rmsprop-lr-5': ['static', ['lr-out-of-range', 'lr-too-high'], 'rmsprop with lr 5: the loss is thousands of times the baseline'],
  'lr-too-high.sgd-momentum-iris': ['probe', ['lr-too-high', 'lr-out-of-range', 'exploding-gradient'], 'sgd lr 0.9 momentum 0.9 batch 8: the loss blows up in the first epoch, a layer dies, the loss ends above the baseline'],
  'lr-too-high.adam-0.1-grade': ['training', ['lr-too-high', 'dead-relu'], 'adam lr 0.1 batch 16 (subtle): trains, but the second layer is ~90% dead and the loss ends above its best'],
  'lr-too-high.rmsprop-energy': ['probe', ['lr-too-high', 'dead-relu'], 'rmsprop lr 0.1: the first epoch loss is thousands of times the baseline; most ReLU units die and the end loss is far worse than a sane rate'],
  'lr-too-high.sgd-momentum-blobs-batch4': ['training', ['lr-too-high', 'oscillating-loss', 'dead-relu'], 'sgd lr 0.3 momentum 0.95 batch 4 on 4 blobs: the hidden layer dies, the loss bounces above the baseline (observed-curves.txt)'],
  'lr-too-low.sgd-no-momentum-moons': ['training', ['lr-too-low', 'loss-plateau'], 'sgd lr 0.0005 without momentum: update ratios ~1e-5, the loss creeps and stops at 0.62 of the baseline'],
  'lr-too-low.adam-3e-5-grade': ['training', ['lr-too-low', 'loss-plateau'], 'adam lr 3e-5 for 80 epochs: the loss ends at 0.89 of the baseline'],
  'dead-relu.negative-bias': ['probe', ['dead-relu'], 'hidden ReLU layers with bias -3: the second layer is 100% dead from the start, the loss stays at the baseline'],
  'dead-relu.raw-features-adam': ['training', ['dead-relu', 'lr-too-high'], 'raw (unnormalised) features up to 500 with adam lr 0.05: the first steps kill ~65% of the ReLU units, the loss ends far above a normalised run'],
  'dead-relu.raw-credit-sgd': ['probe', ['dead-relu', 'lr-too-high'], 'raw credit features (income ~6e4) with sgd momentum: the first step kills the whole hidden layer, the loss stays at the baseline'],
  'vanishing-gradient.deep-sigmoid-sgd': ['training', ['vanishing-gradient'], 'five sigmoid hidden layers with plain sgd: first-layer gradient norms 4e-5..5e-4 against 6e-4..1.1 in the output layer, the loss stays at the baseline'],
  'vanishing-gradient.sigmoid-small-init': ['training', ['vanishing-gradient', 'init-scale'], 'three sigmoid layers initialised with std 0.01: first-layer gradient norms 3e-5..1.5e-4, no learning'],
  'exploding-gradient.raw-cost-target': ['probe', ['exploding-gradient', 'nan-loss', 'lr-too-high'], 'regression on the raw cost_usd target (thousands) with sgd momentum: gradient norms reach 1e28 within 6 steps, then NaN (steps.txt)'],
  'exploding-gradient.deep-relu-std-1': ['probe', ['exploding-gradient', 'init-scale', 'dead-relu'], 'four 64-unit ReLU layers initialised with std 1: the first epoch loss is ~2e27 and the output-layer gradient ~1e11; the hidden layers then die and the loss stays ~1e21'],
  'saturated-activation.tanh-raw-features': ['probe', ['saturated-activation'], 'tanh on raw credit features (income ~6e4): the first layer is 100% saturated with zero gradient, the loss stays at the baseline'],
  'saturated-activation.sigmoid-bias-6': ['probe', ['saturated-activation'], 'sigmoid hidden layer with bias 6: 100% saturated, the loss stays at the baseline on easy blobs'],
  'loss-plateau.spirals-three-units': ['training', ['loss-plateau'], 'two-arm spirals with one hidden layer of 3 tanh units: the loss flattens at 0.87 of the baseline'],
  'loss-plateau.circles-two-relu': ['training', ['loss-plateau'], 'circles with 2 ReLU hidden units: the loss flattens at 0.66 of the baseline, accuracy 0.77'],
  'oscillating-loss.rmsprop-sine-batch1': ['training', ['oscillating-loss', 'lr-too-high'], 'rmsprop lr 0.1 with batch 1: the epoch loss swings between ~0.35 and ~0.65 of a 0.51 baseline and never settles (observed-curves.txt)'],
  'oscillating-loss.credit-sgd-batch2': ['training', ['oscillating-loss', 'lr-too-high', 'dead-relu'], 'sgd lr 0.1 momentum 0.9 with batch 2: the loss zigzags 0.60..0.70 around the 0.65 baseline, 81% of units dead (observed-curves.txt)'],
  'nan-loss.cost-target-sgd': ['probe', ['nan-loss', 'exploding-gradient', 'lr-too-high'], 'regression on the raw cost_usd target with sgd lr 0.01: NaN at step 6 (steps.txt)'],
  'nan-loss.raw-features-sgd-momentum': ['probe', ['nan-loss', 'exploding-gradient', 'lr-too-high'], 'unnormalised features (area up to 500) with sgd lr 0.01 momentum 0.9: loss Infinity at step 4, then NaN (steps.txt)'],
};
const describe = (s) => {
  const d = s.data;
  const data = d.builtin ? `${d.builtin}${d.classes ? ` ${d.classes} classes` : ''}` : d.csv ? `${path.basename(d.csv)} -> ${[d.target].flat().join('+')}` : 'inline';
  const layers = s.layers.map((l) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation}${l.batchNorm ? ' bn' : ''}`)).join(', ');
  const o = s.optimizer;
  const extra = [o.momentum ? `momentum ${o.momentum}` : '', o.nesterov ? 'nesterov' : '', o.weightDecay ? `wd ${o.weightDecay}` : '', o.clipNorm ? `clip ${o.clipNorm}` : ''].filter(Boolean).join(' ');
  return `${data}, normalize ${d.normalize ?? 'none'}; ${layers}; ${s.loss}, ${o.type} ${o.lr}${extra ? ' ' + extra : ''}, batch ${s.training.batchSize}, ${s.training.epochs} epochs`;
};
const obs = (name) => { const o = observed.get(name); if (!o) throw new Error(`no observation for ${name}`); return o; };
const faultFiles = fs.readdirSync(path.join(here, 'faulty')).sort();
const faults = faultFiles.map((file) => {
  const name = file.replace(/\.nn\.json$/, '');
  const entry = FAULTS[name];
  if (!entry) throw new Error(`no description for ${name}`);
  return { file: `faulty/${file}`, code: name.split('.')[0], fault: `${entry[2]} (observe: ${obs(name)})`, stage: entry[0], catches: entry[1] };
});
const healthy = fs.readdirSync(path.join(here, 'healthy')).sort().map((file) => {
  const name = file.replace(/\.nn\.json$/, '');
  const spec = JSON.parse(fs.readFileSync(path.join(here, 'healthy', file), 'utf8'));
  return { file: `healthy/${file}`, covers: `${describe(spec)} (observe: ${obs(name)})` };
});
const about = 'Twelfth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt), with steps.ts for runs that diverge inside the first epoch (steps.txt) and --curve for the oscillating and lr-too-high ones (observed-curves.txt); no diagnosis code involved. Healthy specs train to a good loss (on credit.csv with ~7% flipped labels and grade.csv with ~10% random labels, to about what the noise allows) and should draw no warning. Data: data/credit.csv (+ credit-dirty.csv), data/energy.csv, data/grade.csv, written by data/generate.ts; specs written by author.mjs, this manifest by write-manifest.mjs. See README.md for how it was written and what was read.';
fs.writeFileSync(path.join(here, 'manifest.json'), JSON.stringify({ about, faults, healthy }, null, 2) + '\n');
console.log(`${faults.length} faults, ${healthy.length} healthy`);
