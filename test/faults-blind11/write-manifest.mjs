// Writes manifest.json from author.mjs's specs, the table below and the measurements in observed.txt
// (node test/faults-blind11/write-manifest.mjs). Each fault text ends with its observed line.
import fs from 'fs';
import path from 'path';
import { faulty, healthy } from './author.mjs';
const dir = path.dirname(new URL(import.meta.url).pathname);
const observed = fs.readFileSync(path.join(dir, 'observed.txt'), 'utf8').split('\n').filter(Boolean);
const steps = fs.readFileSync(path.join(dir, 'steps.txt'), 'utf8');
const seen = (name) => {
  const line = observed.find((l) => l.startsWith(`${name}:`) || l.includes(`${name}.nn.json`));
  if (!line) throw new Error(`no observation for ${name}`);
  return line.replace(/^\s+/, '').replace(/ \| .*/, '');
};
const firstSteps = (name) => {
  const block = steps.split('== ').find((b) => b.includes(`${name}.nn.json`));
  return block ? '; steps.ts: ' + block.split('\n').slice(1, 4).map((l) => l.trim().replace(/ (\S+\/\S+ ?)+$/, (m) => ' grad ' + m.trim().split(' ').map((x) => x.split('/')[0]).join(','))).join('; ') : '';
};

// [stage, catches, what the fault is]
const F = {
  'invalid-spec.optimizer-adamw': ['static', [], 'optimizer "adamw" does not exist in the engine (only sgd, adam, rmsprop)'],
  'invalid-spec.dropout-rate-above-one': ['static', [], 'dropout rate 1.5 (a percentage-style typo), outside [0, 1)'],
  'invalid-spec.loss-crossentropy': ['static', [], 'loss written "crossentropy" instead of "cce"'],
  'data-error.target-column-typo': ['static', [], 'target "churn" but the CSV column is "churned"'],
  'data-error.na-cell-in-csv': ['static', [], 'churn-broken.csv has "n/a" in monthly_fee at line 59'],
  'data-error.inline-ragged-rows': ['static', [], 'inline x row 2 has one feature, the others two'],
  'shape-mismatch.iris-two-outputs': ['static', [], 'iris has 3 classes but the softmax output has 2 units'],
  'shape-mismatch.quality-four-outputs': ['static', [], 'quality.csv has 3 grades but the softmax output has 4 units'],
  'shape-mismatch.sine-two-outputs': ['static', [], 'sine has one target but the linear output has 2 units'],
  'loss-activation-mismatch.cce-sigmoid-output': ['static', [], 'cce with a 4-unit sigmoid output instead of softmax: the loss falls to nearly 0 while accuracy stays at chance'],
  'loss-activation-mismatch.bce-relu-output': ['static', [], 'bce on a relu output unit instead of sigmoid: the loss is unstable and rises after its best'],
  'loss-activation-mismatch.mse-sigmoid-on-raw-price': ['static', [], 'mse regression of prices (~100-700) through a sigmoid output that cannot exceed 1: the loss never leaves 7x the baseline'],
  'init-symmetry.zeros-tanh-hidden': ['static', [], 'every weight initialised to zero: hidden tanh units stay identical (gradient exactly 0) and nothing is learnt'],
  'init-symmetry.constant-relu-stack': ['static', [], 'constant 0.05 init for both relu layers: all units of a layer stay identical, so the net acts one unit wide and cannot fit circles'],
  'init-scale.normal-std-3-tanh': ['static', ['saturated-activation'], 'normal init with std 3 on tanh layers: the second hidden layer and the output are saturated most of the run (subtle: sgd+momentum still fits the data)'],
  'init-scale.tiny-normal-deep-relu': ['static', ['vanishing-gradient'], 'normal init std 0.001 through four relu layers: the signal and gradients vanish, first-layer gradient ~1e-10, loss stays at the baseline'],
  'init-scale.normal-std-1-deep-relu-housing': ['static', ['exploding-gradient'], 'normal init std 1 on 64-wide relu layers: gradient norms in the thousands to 2.5e5 and a first loss 5.6x the baseline (subtle: adam still gets to a good loss)'],
  'no-nonlinearity.linear-stack-circles': ['static', [], 'hidden layers left linear on circles: the net is a linear classifier and stays at the baseline'],
  'no-nonlinearity.forgot-activation-spirals': ['static', [], 'hidden layers with he_normal but no activation on 3-class spirals: linear model, stays near the baseline'],
  'lr-out-of-range.adam-lr-5': ['static', ['lr-too-high'], 'adam lr 5: first epoch loss ~45x the baseline, ends far above its best'],
  'lr-out-of-range.sgd-lr-1e-7': ['static', ['lr-too-low'], 'sgd lr 1e-7: updates ~1e-7 of the weights, the loss does not move in 200 epochs'],
  'lr-too-high.adam-0.2-moons': ['training', [], 'adam lr 0.2 on a small relu net: reaches a very low loss, then the loss climbs back 25x above its best and units die'],
  'lr-too-high.sgd-momentum-housing': ['probe', ['exploding-gradient', 'dead-relu'], 'sgd lr 0.3 with momentum 0.9 on a relu regression: the first epoch loss is 3e12, then the second layer dies and the loss sits at the baseline'],
  'lr-too-high.rmsprop-0.1-quality': ['probe', ['oscillating-loss'], 'rmsprop lr 0.1: update-to-weight ratio up to 0.3, loss ends 3.4x above its best'],
  'lr-too-low.sgd-1e-4-circles': ['probe', ['loss-plateau'], 'plain sgd lr 1e-4: update ratio ~1e-5, loss barely below the baseline after 150 epochs'],
  'lr-too-low.adam-1e-5-churn': ['probe', [], 'adam lr 1e-5: update ratio ~1e-5, loss still above the baseline after 80 epochs'],
  'dead-relu.negative-bias-init': ['probe', [], 'relu layers initialised with bias -3: 81% and 100% of the units dead from the start, loss at the baseline'],
  'dead-relu.minmax-features-negative-bias': ['probe', [], 'bias -1 on relu layers fed minmax features in [0, 1]: 47% and 94% of the units dead, loss stays near the baseline'],
  'dead-relu.raw-price-sgd-momentum': ['probe', ['lr-too-high', 'exploding-gradient'], 'sgd+momentum on unscaled price targets: the first steps blow up (first epoch loss 5.6e20), then every first-layer relu is dead and the loss sits at the baseline'],
  'vanishing-gradient.deep-sigmoid-sgd': ['probe', [], 'six sigmoid hidden layers with plain sgd: first-layer gradient ~5e-5, loss stays at the baseline'],
  'vanishing-gradient.deep-tanh-small-init': ['probe', ['init-scale'], 'six tanh layers with normal std 0.05: first-layer gradient ~1e-6..2e-4, loss stays at the baseline'],
  'exploding-gradient.unnormalized-housing-adam': ['probe', [], 'raw features (sqft in the thousands) into relu layers: gradient norms 2e3..6e6 (subtle: adam keeps it finite and reaches 0.08 of the baseline)'],
  'exploding-gradient.deep-relu-std-1': ['probe', ['init-scale', 'nan-loss', 'lr-too-high'], 'five relu layers with normal std 1: gradient norms ~2e6 at step 1, NaN by step 3'],
  'saturated-activation.tanh-raw-churn': ['probe', [], 'unnormalised features (tenure up to 72, fee up to 140) into tanh: 79-93% of the first layer saturated (subtle: the loss still falls to 0.64 of the baseline)'],
  'saturated-activation.sigmoid-big-bias': ['probe', ['vanishing-gradient'], 'sigmoid layers initialised with bias 6: 99% and 94% saturated, gradients ~1e-5, loss stays at the baseline'],
  'loss-plateau.relu-dead-output-regression': ['training', ['dead-relu', 'loss-activation-mismatch'], 'regression through a relu output unit with bias -2: the output is 0 for every sample and the loss never moves'],
  'loss-plateau.sigmoid-sgd-xor-small': ['training', ['lr-too-low'], 'four sigmoid units with plain sgd lr 0.05 on xor: the loss stays at 0.99 of the baseline for 150 epochs'],
  'oscillating-loss.sgd-batch1-lr-0.6-blobs': ['training', ['lr-too-high'], 'sgd lr 0.6 with batch size 1: the epoch loss jumps between 0.15 and 1.7 (curve in observed-curves.txt)'],
  'oscillating-loss.sgd-momentum-lr-0.9-iris': ['training', ['lr-too-high'], 'sgd lr 0.9 with momentum 0.9: the epoch loss swings between 0.09 and 6.6 (curve in observed-curves.txt)'],
  'nan-loss.sgd-raw-price-target-minmax': ['probe', ['lr-too-high', 'exploding-gradient'], 'minmax features but unscaled price targets, sgd lr 0.05: loss 6e4 -> 1e9 -> 6e15 -> NaN by step 5'],
  'nan-loss.sgd-0.5-wide-init-sine': ['probe', ['lr-too-high', 'exploding-gradient', 'init-scale'], 'sgd lr 0.5 with normal std 2 init: loss 630 -> 1.6e15 -> NaN by step 4'],
};
const faults = Object.keys(faulty).map((name) => {
  const row = F[name];
  if (!row) throw new Error(`no table row for ${name}`);
  const code = name.split('.')[0];
  return { file: `faulty/${name}.nn.json`, code, fault: `${row[2]} (observe: ${seen(name)}${firstSteps(name)})`, stage: row[0], catches: [code, ...row[1]] };
});
for (const name of Object.keys(F)) if (!faulty[name]) throw new Error(`table row without spec: ${name}`);
const describe = (s) => {
  const d = s.data, src = d.builtin ? `${d.builtin}${d.classes ? ` (${d.classes} classes)` : ''}` : d.csv ? path.basename(d.csv) : 'inline data';
  const layers = s.layers.map((l) => l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation}${l.batchNorm ? '+bn' : ''}`).join(', ');
  const o = s.optimizer, extras = [o.momentum ? `momentum ${o.momentum}` : '', o.nesterov ? 'nesterov' : '', o.weightDecay ? `wd ${o.weightDecay}` : '', o.clipNorm ? `clip ${o.clipNorm}` : ''].filter(Boolean).join(' ');
  return `${src}${d.normalize ? ` normalize ${d.normalize}` : ''}; ${layers}; ${s.loss}, ${o.type} ${o.lr}${extras ? ' ' + extras : ''}, batch ${s.training.batchSize}, ${s.training.epochs} epochs`;
};
const healthyEntries = Object.entries(healthy).map(([name, s]) => ({ file: `healthy/${name}.nn.json`, covers: `${describe(s)} (observe: ${seen(name)})` }));
const about = 'Eleventh fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt), with steps.ts for runs that diverge inside the first epoch (steps.txt) and --curve for the oscillating ones (observed-curves.txt); no diagnosis code involved. Healthy specs train to a good loss (on churn.csv, with ~8% flipped labels, to about what the noise allows) and should draw no warning. Data: data/housing.csv, data/churn.csv (+ churn-broken.csv), data/quality.csv, written by data/generate.ts; specs written by author.mjs, this manifest by write-manifest.mjs. See README.md for how it was written and what was read.';
fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ about, faults, healthy: healthyEntries }, null, 1) + '\n');
console.log(faults.length, 'faults', healthyEntries.length, 'healthy');
