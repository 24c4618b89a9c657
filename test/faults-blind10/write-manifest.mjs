// Writes manifest.json from the table below and the bare-engine evidence in observed.txt (node test/faults-blind10/write-manifest.mjs).
import fs from 'fs';
import path from 'path';
const here = path.dirname(new URL(import.meta.url).pathname);
const observed = fs.readFileSync(path.join(here, 'observed.txt'), 'utf8').split('\n');
/** The observe --summary line for a spec, shortened to the loss figures (or the reason it does not train). */
function evidence(slug) {
  const line = observed.find((l) => l.startsWith(`${slug}:`) || l.trim().startsWith(`${slug}.nn.json`));
  if (!line) throw new Error(`no observation for ${slug}`);
  const t = line.trim();
  if (!t.startsWith(`${slug}:`)) return t.slice(`${slug}.nn.json`.length).replace(/^:?\s*/, '');
  return t.slice(slug.length + 2).split(' | ')[0] + (t.includes(' | ') ? ` | ${t.split(' | ')[1].slice(0, 160)}` : '');
}
// [slug, fault description, stage, extra catches]
const F = [
  ['invalid-spec.activation-gelu', 'activation "gelu" is not one the engine has', 'static', []],
  ['invalid-spec.units-zero', 'hidden layer with units 0', 'static', []],
  ['invalid-spec.loss-name-crossentropy', 'loss written as the Keras name "categorical_crossentropy" instead of "cce"', 'static', []],
  ['data-error.target-column-capitalised', 'target "Default" but the CSV column is "default"', 'static', []],
  ['data-error.non-numeric-cell', 'loans-broken.csv has "n/a" in debt_ratio on line 59', 'static', []],
  ['data-error.inline-ragged-row', 'inline x row 3 has one value where the others have two', 'static', ['invalid-spec']],
  ['data-error.csv-missing-file', 'CSV path names energy_2024.csv, which does not exist (the file is energy.csv)', 'static', []],
  ['shape-mismatch.iris-two-outputs', 'iris has 3 classes but the softmax output has 2 units', 'static', []],
  ['shape-mismatch.grades-one-output-cce', 'grades has 3 classes but the output is one softmax unit with cce', 'static', ['loss-activation-mismatch']],
  ['shape-mismatch.blobs5-four-outputs', 'blobs with classes 5 but the softmax output has 4 units', 'static', []],
  ['loss-activation-mismatch.cce-sigmoid-out', 'cce on a 3-unit sigmoid output: the loss falls to ~0 by pushing every sigmoid to 1 while accuracy stays at 0.71', 'static', []],
  ['loss-activation-mismatch.bce-relu-out', 'bce on a relu output (a probability from an unbounded, clipped unit); loss ends above the prior baseline', 'static', []],
  ['loss-activation-mismatch.bce-tanh-out', 'bce on a tanh output (range -1..1, not a probability); loss rises, output saturates, acc 0.5', 'static', ['saturated-activation']],
  ['init-symmetry.zeros-hidden-tanh', 'hidden tanh layer initialised to zeros: every unit stays identical, so circles is fit by one effective unit (healthy circles specs reach 0.01-0.06 of baseline)', 'static', []],
  ['init-symmetry.constant-hidden-two-layers', 'two relu layers initialised to the constant 0.05: units stay identical, loss stops at 0.83 of baseline (healthy energy specs reach 0.04-0.10)', 'static', []],
  ['init-scale.normal-std2-tanh-deep', 'three 64-unit tanh layers with normal std 2 (xavier would be ~0.18): hidden layers 81-89% saturated throughout; it still fits moons', 'static', ['saturated-activation']],
  ['init-scale.uniform-tiny-relu-deep', 'three relu layers with uniform limit 0.001: signal and gradient vanish, first-layer gradient <= 2.7e-7, loss stays at baseline', 'static', ['vanishing-gradient', 'loss-plateau', 'dead-relu']],
  ['no-nonlinearity.linear-stack-circles', 'two linear hidden layers on circles: the net is a linear classifier, loss stays at baseline', 'static', ['loss-plateau']],
  ['no-nonlinearity.xor-linear-hidden', 'linear hidden layer on xor: cannot separate it, loss stays at baseline', 'static', ['loss-plateau']],
  ['lr-out-of-range.adam-lr-3', 'adam with lr 3 (typical 1e-4..1e-2): first loss 22, ends at 0.37 / acc 0.79 where the same net at 0.01 fits iris', 'static', ['lr-too-high']],
  ['lr-out-of-range.sgd-lr-1e-7', 'sgd lr 1e-7: update ratio <= 4e-8, loss does not move in 100 epochs', 'static', ['lr-too-low', 'loss-plateau']],
  ['lr-out-of-range.rmsprop-lr-negative', 'rmsprop lr -0.001 (negative learning rate)', 'static', ['invalid-spec']],
  ['lr-too-high.sgd-iris-lr-8', 'plain sgd lr 8 on iris: first loss 2.7e7, gradients to 5e10, ends at 0.58 of baseline / acc 0.69', 'probe', ['exploding-gradient', 'oscillating-loss', 'lr-out-of-range']],
  ['lr-too-high.adam-moons-lr-0.5', 'adam lr 0.5: loss spikes (0.08 -> 1.91 at epoch 80), ends at 0.32 after 0.08, 75% of relu units dead', 'training', ['oscillating-loss', 'dead-relu', 'lr-out-of-range']],
  ['lr-too-high.rmsprop-energy-lr-0.1', 'rmsprop lr 0.1 on energy (subtle): noisy descent ending at 48.6 (min 39) with the second tanh layer 96% saturated, where healthy energy specs reach 9-26', 'training', ['oscillating-loss', 'saturated-activation']],
  ['lr-too-low.adam-1e-5-loans', 'adam lr 1e-5 for 60 epochs: loss stays above the baseline (0.70 vs 0.68)', 'training', ['loss-plateau', 'lr-out-of-range']],
  ['lr-too-low.sgd-0.0005-spirals', 'plain sgd lr 0.0005 on spirals: loss 0.70 -> 0.67 in 150 epochs, update ratio <= 1e-4', 'training', ['loss-plateau']],
  ['dead-relu.negative-bias-init', 'relu layers with bias -3: 91% / 100% of units dead from the start, loss stuck at baseline', 'probe', ['loss-plateau']],
  ['dead-relu.raw-energy-features-sgd', 'unnormalised energy features (hour, occupancy, humidity up to 100) into relu with sgd 0.001: first loss 4.4e6, then every first-layer unit dead, loss stuck at 1.40x baseline', 'probe', ['exploding-gradient', 'lr-too-high', 'loss-plateau']],
  ['vanishing-gradient.deep-sigmoid-sgd', 'six 16-unit sigmoid layers with sgd 0.1: first-layer gradient <= 3.6e-5, loss at baseline', 'probe', ['loss-plateau']],
  ['vanishing-gradient.deep-tanh-normal-0.02', 'five tanh layers initialised normal std 0.02: first-layer gradient <= 2.8e-4, loss stays at baseline', 'probe', ['init-scale', 'loss-plateau']],
  ['exploding-gradient.deep-relu-std-0.5', 'four 64-unit relu layers with normal std 0.5 (he would be ~0.18) and sgd momentum: gradient norms 356 -> 6.6e5 -> 1e25, NaN at step 4 (steps.ts)', 'probe', ['init-scale', 'nan-loss', 'lr-too-high']],
  ['exploding-gradient.energy-sgd-momentum-0.99', 'sgd lr 0.05 momentum 0.99 on an unscaled kWh target: gradients grow to 8e13, loss to 7.8e19', 'training', ['lr-too-high', 'nan-loss', 'saturated-activation']],
  ['saturated-activation.raw-income-sigmoid', 'raw income (~52000) into sigmoid units: layer 100% saturated, zero gradient, loss at baseline', 'probe', ['vanishing-gradient', 'loss-plateau']],
  ['saturated-activation.tanh-bias-4', 'tanh layer with bias 4: 100% saturated, gradient <= 0.003, loss at baseline', 'probe', ['vanishing-gradient', 'loss-plateau', 'init-scale']],
  ['loss-plateau.weight-decay-0.5', 'adam with weightDecay 0.5: loss dips then climbs back to 0.94 of baseline (healthy grades reach 0.08-0.26)', 'training', []],
  ['loss-plateau.dropout-0.9-narrow', 'dropout 0.9 after 8-unit layers: loss stays at 0.97 of baseline', 'training', []],
  ['loss-plateau.clipnorm-tiny', 'clipNorm 0.0005: updates capped (ratio <= 4e-5), loss 0.72 -> 0.67 in 150 epochs', 'training', ['lr-too-low']],
  ['oscillating-loss.raw-energy-linear-sgd', 'linear regression on unnormalised energy with sgd 2e-4: loss swings between ~310 and ~1590 to the end, above baseline', 'training', ['lr-too-high']],
  ['oscillating-loss.tanh-sgd-momentum-0.99', 'sgd momentum 0.99 (lr 0.003): loss swings mid-run (151 -> 281 -> 136), tanh layer 99% saturated', 'training', ['lr-too-high', 'saturated-activation']],
  ['oscillating-loss.adam-0.05-batch4', 'adam lr 0.05 with batch 4 (subtle): loss keeps jumping by up to 0.1 (0.28-0.51) and 91% of second-layer units die', 'training', ['lr-too-high', 'dead-relu']],
  ['nan-loss.raw-energy-linear-sgd-0.01', 'linear regression on unnormalised energy with sgd 0.01: loss 1.2e38 then Infinity/NaN in epoch 2', 'probe', ['lr-too-high', 'exploding-gradient']],
  ['nan-loss.sine-sgd-lr-3-momentum', 'sgd lr 3 momentum 0.9 on sine regression: loss 5.6e32 then NaN in epoch 2', 'probe', ['lr-too-high', 'exploding-gradient', 'lr-out-of-range']],
];
const files = fs.readdirSync(path.join(here, 'faulty')).map((f) => f.replace(/\.nn\.json$/, '')).sort();
if (files.join() !== F.map((f) => f[0]).sort().join()) throw new Error('manifest table and faulty/ differ');
const healthy = fs.readdirSync(path.join(here, 'healthy')).map((f) => f.replace(/\.nn\.json$/, '')).sort();
const about = "Tenth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets: 'code' is the fault's own code, 'stage' the writer's expectation of where it could first be caught (static, probe, training), 'catches' the codes whose advice would genuinely fix it, decided from the fault. Each 'fault' text (and each healthy 'covers') carries the result measured on the bare engine by test/faults/observe.ts --summary (or --curve / steps.ts where said; no diagnosis code involved; all in observed.txt). Healthy specs train to a good loss (on the noisy CSVs loans and grades, to about what the label noise allows) and should draw no warning. Data: data/loans.csv (+ loans-broken.csv), data/energy.csv, data/grades.csv, written by data/generate.ts; specs written by author.mjs, this manifest by write-manifest.mjs. See README.md for how it was written and what was read.";
const manifest = {
  about,
  faults: F.map(([slug, text, stage, extra]) => {
    const code = slug.split('.')[0];
    return { file: `faulty/${slug}.nn.json`, code, fault: `${text} (observe: ${evidence(slug)})`, stage, catches: [code, ...extra] };
  }),
  healthy: healthy.map((slug) => {
    const s = JSON.parse(fs.readFileSync(path.join(here, 'healthy', `${slug}.nn.json`), 'utf8'));
    const data = s.data.builtin ? `${s.data.builtin}${s.data.classes ? ` (${s.data.classes} classes)` : ''}` : s.data.csv ? s.data.csv.replace('../data/', '') : 'inline';
    const layers = s.layers.map((l) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation}${l.batchNorm ? '+bn' : ''}`)).join(', ');
    const o = s.optimizer;
    const opt = `${o.type} ${o.lr}${o.momentum ? ` m${o.momentum}` : ''}${o.nesterov ? ' nesterov' : ''}${o.weightDecay ? ` wd ${o.weightDecay}` : ''}${o.clipNorm ? ` clip ${o.clipNorm}` : ''}`;
    const norm = s.data.normalize ? `, ${s.data.normalize}` : '';
    return { file: `healthy/${slug}.nn.json`, covers: `${data}${norm}; ${layers}; ${s.loss}, ${opt}, batch ${s.training.batchSize}, ${s.training.epochs} epochs (observe: ${evidence(slug).split(' | ')[0]})` };
  }),
};
fs.writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(manifest.faults.length, 'faults', manifest.healthy.length, 'healthy');
