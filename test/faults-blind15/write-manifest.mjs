// Writes manifest.json from the fault descriptions below and the measured lines in observed.txt.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
const observed = readFileSync(join(here, 'observed.txt'), 'utf8').split('\n').filter(Boolean);
const evidence = (slug) => {
  const line = observed.find((l) => l.startsWith(`${slug}:`) || l.trim().startsWith(`${slug}.nn.json`));
  if (!line) throw new Error(`no observed line for ${slug}`);
  return line.trim();
};
// slug: [stage, extra catches, what the fault is]
const F = {
  'invalid-spec.optimizer-adamw': ['static', [], 'optimizer "adamw", which the engine does not offer (copied from a PyTorch habit)'],
  'invalid-spec.loss-crossentropy': ['static', [], 'loss "categorical_crossentropy" (the Keras name) instead of "cce"'],
  'invalid-spec.dropout-percent': ['static', [], 'dropout rate written as a percentage (20) instead of a fraction (0.2)'],
  'data-error.target-column-typo': ['static', [], 'target column "churn" while the CSV header says "churned"'],
  'data-error.na-cells': ['static', [], 'CSV exported from a spreadsheet with missing fees written as "NA" in 11 rows'],
  'data-error.missing-file': ['static', [], 'CSV path "../data/house.csv" (typo; the file is houses.csv)'],
  'shape-mismatch.iris-two-outputs': ['static', [], 'iris has 3 classes but the softmax output has 2 units'],
  'shape-mismatch.sine-four-outputs': ['static', [], 'sine regression has 1 target column but the output layer has 4 units'],
  'shape-mismatch.wines-one-sigmoid': ['static', ['loss-activation-mismatch'], 'three grape classes fed to a single sigmoid unit with bce (a binary set-up reused on a 3-class file)'],
  'loss-activation-mismatch.cce-sigmoid-outputs': ['static', [], 'cce with 3 independent sigmoid outputs instead of softmax: the loss is driven to ~0 by pushing every output to 1 while accuracy stays at chance'],
  'loss-activation-mismatch.bce-linear-output': ['static', [], 'bce on a linear (unbounded) output unit instead of sigmoid: loss stuck far above the baseline, accuracy at chance'],
  'loss-activation-mismatch.bce-tanh-output': ['static', [], 'bce on a tanh output (range -1..1, not a probability): trains worse than the same net with sigmoid'],
  'init-symmetry.zeros-hidden': ['static', [], 'hidden tanh layer initialised to zeros: every unit identical and the network never leaves the baseline'],
  'init-symmetry.constant-hidden': ['static', [], 'both hidden relu layers initialised to the constant 0.1: all units stay identical, so the net acts as 1 unit wide and underfits moons'],
  'init-scale.tanh-std-3': ['static', ['saturated-activation'], 'tanh layers initialised with normal std 3: the second layer starts 77% saturated with update ratios ~5e-5, training crawls (still 0.40 of the baseline after 150 epochs)'],
  'init-scale.deep-relu-tiny': ['static', ['vanishing-gradient'], 'four relu layers initialised with normal std 0.001: the signal vanishes, first-layer gradients ~1e-8, loss stays at the baseline'],
  'no-nonlinearity.circles-linear-stack': ['static', [], 'two hidden layers with linear activation on circles: the model is a linear classifier and stays at the baseline'],
  'no-nonlinearity.xor-linear-hidden': ['static', [], 'hidden layer with the activation left out (defaults to linear) on xor: stays at the baseline'],
  'lr-out-of-range.adam-lr-2': ['static', ['lr-too-high'], 'adam with lr 2 (a typo for 0.002?): first-epoch loss 6.6, 81% of the hidden relus end dead'],
  'lr-out-of-range.sgd-lr-1e-7': ['static', ['lr-too-low'], 'sgd with lr 1e-7: update ratios below 1e-7, the loss does not move in 100 epochs'],
  'lr-too-high.sgd-moons-lr-4': ['probe', ['dead-relu'], 'sgd lr 4 on a two-layer relu net: the loss never gets below the baseline and the second hidden layer dies'],
  'lr-too-high.adam-spirals-0p3': ['training', ['dead-relu'], 'adam lr 0.3: the loss reaches 0.49 by epoch 6 then drifts back up to 0.63 as 94-97% of the relus die (see observed-curves.txt)'],
  'lr-too-high.rmsprop-sine-0p2': ['training', ['oscillating-loss'], 'rmsprop lr 0.2 on sine regression: the loss stays 3-25x above the baseline and jumps around (see observed-curves.txt)'],
  'lr-too-low.sgd-iris-1e-4': ['training', ['loss-plateau'], 'plain sgd lr 1e-4 on iris: 100 epochs leave the loss at 1.82x the baseline'],
  'lr-too-low.adam-houses-1e-5': ['training', ['loss-plateau'], 'adam lr 1e-5 on a raw-price regression: the loss barely moves from 7.3e4 (6x the baseline) in 100 epochs'],
  'dead-relu.negative-bias': ['probe', [], 'relu layers with bias -4 (meant to be "sparse"): every hidden unit is dead from the start, zero gradient, loss at the baseline'],
  'dead-relu.raw-wines-sgd': ['training', ['lr-too-high'], 'unnormalised wine features (magnesium ~100) into relu layers with sgd 0.05: the first updates kill every relu, loss stuck at the baseline'],
  'dead-relu.raw-churn-momentum': ['training', ['lr-too-high'], 'unnormalised churn features with sgd 0.01 momentum 0.9: 59% / 94% of the relus die and the loss ends above the baseline'],
  'vanishing-gradient.deep-sigmoid-sgd': ['probe', [], 'five sigmoid hidden layers with plain sgd: first-layer gradient ~1000x smaller than the output layer\'s, loss stays at the baseline'],
  'vanishing-gradient.deep-tanh-small-normal': ['probe', ['init-scale'], 'four tanh layers initialised with normal std 0.05: gradients ~5e-3 at the first step, loss flat at the baseline for ~50 epochs, only 0.85 of it after 80'],
  'exploding-gradient.raw-price-target': ['training', ['lr-too-high'], 'regression on the raw price (hundreds of kEUR) with sgd momentum 0.9: gradient norm up to 1.5e13, first-epoch loss 7.5e28, then the relus die and the loss sits at the baseline'],
  'exploding-gradient.deep-relu-std0p4': ['probe', ['init-scale', 'nan-loss'], 'four 64-unit relu layers initialised with normal std 0.4 (too large for fan-in 64): first-step gradient norms 735-970, loss 254, NaN within the first epoch'],
  'saturated-activation.tanh-raw-wines': ['probe', [], 'unnormalised wine features into a tanh layer: 85-93% of the units saturated, ends at 0.59 of the baseline where the standardised version reaches 0.21'],
  'saturated-activation.sigmoid-bias-6': ['probe', ['vanishing-gradient'], 'sigmoid hidden layers with bias 6: 100% saturated, first-layer gradient ~1e-5, loss stays at the baseline'],
  'loss-plateau.spirals-two-units': ['training', [], 'a 2-unit tanh hidden layer on spirals: the loss plateaus at 0.95 of the baseline, accuracy 0.55'],
  'loss-plateau.heavy-dropout': ['training', [], 'dropout 0.95 after a 16-unit layer with sgd 0.01: the loss hovers around 0.98 of the baseline, accuracy 0.52'],
  'oscillating-loss.sgd-momentum-0p99': ['training', ['lr-too-high'], 'sgd lr 0.2 with momentum 0.99: the epoch loss swings between ~0 and 2.3 (see observed-curves.txt)'],
  'oscillating-loss.batch1-adam-0p05': ['training', ['lr-too-high'], 'adam lr 0.05 with batch size 1: the loss swings between 0.03 and 1.8 and ends 10x its minimum (see observed-curves.txt)'],
  'nan-loss.raw-target-sgd': ['training', ['exploding-gradient', 'lr-too-high'], 'raw price target and unnormalised features with sgd 0.05: loss 1.8e9 then NaN at epoch 6'],
  'nan-loss.circles-mse-sgd-1p5': ['training', ['lr-too-high', 'exploding-gradient'], 'sgd lr 1.5 with batch 8 on a 64x64 relu net: NaN in the first epoch'],
};
const faulty = readdirSync(join(here, 'faulty')).sort().map((f) => {
  const slug = f.replace(/\.nn\.json$/, ''), entry = F[slug];
  if (!entry) throw new Error(`no description for ${slug}`);
  const [stage, extra, what] = entry, code = slug.split('.')[0];
  return { file: `faulty/${f}`, code, fault: `${what} (observe: ${evidence(slug)})`, stage, catches: [code, ...extra] };
});
for (const slug of Object.keys(F)) if (!readdirSync(join(here, 'faulty')).includes(`${slug}.nn.json`)) throw new Error(`missing spec ${slug}`);
const describe = (s) => {
  const data = s.data.builtin ?? (s.data.csv ? s.data.csv.replace('../data/', '') : 'inline');
  const layers = s.layers.map((l) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation ?? 'linear'}${l.batchNorm ? '+bn' : ''}`)).join(', ');
  const o = s.optimizer, extras = ['momentum', 'nesterov', 'weightDecay', 'clipNorm'].filter((k) => o[k]).map((k) => `${k} ${o[k]}`).join(' ');
  return `${data}${s.data.normalize ? ` (${s.data.normalize})` : ''}; ${layers}; ${s.loss}, ${o.type} ${o.lr}${extras ? ' ' + extras : ''}, batch ${s.training.batchSize}, ${s.training.epochs} epochs${s.training.validationSplit ? `, validation ${s.training.validationSplit}` : ''}`;
};
const healthy = readdirSync(join(here, 'healthy')).sort().map((f) => {
  const s = JSON.parse(readFileSync(join(here, 'healthy', f), 'utf8'));
  return { file: `healthy/${f}`, covers: `${describe(s)} (observe: ${evidence(f.replace(/\.nn\.json$/, ''))})` };
});
const about = readFileSync(join(here, 'about.txt'), 'utf8').trim();
writeFileSync(join(here, 'manifest.json'), JSON.stringify({ about, faults: faulty, healthy }, null, 2) + '\n');
console.log(faulty.length, 'faults', healthy.length, 'healthy');
