// Writes manifest.json from the fault descriptions below and the bare-engine results in observed.txt
// (npx tsx test/faults/observe.ts <specs> --summary). Run: node test/faults-blind14/write-manifest.mjs
import * as fs from 'fs';
import * as path from 'path';
const dir = path.dirname(new URL(import.meta.url).pathname);
const observed = fs.readFileSync(path.join(dir, 'observed.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const evidence = (slug) => {
  const line = observed.find((l) => l.startsWith(`${slug}:`) || l.startsWith(`${slug}.nn.json`));
  if (!line) throw new Error(`no observation for ${slug}`);
  return line;
};
// slug: [stage, catches (own code first), what the fault is]
const faults = {
  'invalid-spec.activation-gelu': ['static', [], 'activation "gelu", which the engine does not offer (copied from a transformer tutorial)'],
  'invalid-spec.batchsize-zero': ['static', [], 'batchSize 0 (meant as "full batch")'],
  'invalid-spec.loss-crossentropy-name': ['static', [], 'loss written with the Keras name "categorical_crossentropy" instead of "cce"'],
  'data-error.na-in-csv': ['static', [], 'CSV with two missing glucose readings written as NA'],
  'data-error.target-column-typo': ['static', [], 'target column "rent_eur" does not exist (the header says "rent")'],
  'data-error.inline-y-short': ['static', ['invalid-spec'], 'inline data with 5 rows of x but only 4 targets'],
  'shape-mismatch.iris-two-outputs': ['static', [], 'iris has 3 classes but the softmax output has 2 units'],
  'shape-mismatch.blobs4-three-outputs': ['static', [], 'blobs with 4 classes but a 3-unit softmax output'],
  'shape-mismatch.rent-two-outputs': ['static', [], 'one regression target (rent) but 2 output units'],
  'loss-activation-mismatch.bce-relu-output': ['static', [], 'bce on a relu output unit (outputs are not probabilities; log of 0 and >1 values)'],
  'loss-activation-mismatch.cce-sigmoid-outputs': ['static', [], 'cce on 3 independent sigmoid outputs instead of softmax (the loss can reach ~0 while accuracy stays 0.75)'],
  'loss-activation-mismatch.mse-softmax-regression': ['static', [], 'sine regression with a 1-unit softmax output: the output is always 1, nothing can train'],
  'init-symmetry.zeros-hidden': ['static', [], 'hidden tanh layer and output initialised to zeros: the hidden gradient is exactly 0 and never moves'],
  'init-symmetry.constant-init-spirals': ['static', [], 'every layer initialised to the constant 0.05: all hidden units stay identical, the net acts as one unit wide'],
  'init-scale.normal-std3-deep-tanh': ['static', ['saturated-activation'], 'four 64-unit tanh layers with normal std 3 weights (about 24x the Xavier scale): layers 2-4 are ~92% saturated'],
  'init-scale.uniform-tiny-deep-relu': ['static', ['vanishing-gradient'], 'four relu layers with uniform limit 0.001: the signal and gradients shrink to ~0, loss stays at chance'],
  'no-nonlinearity.circles-linear-stack': ['static', [], 'two 32-unit hidden layers with no activation (linear) on circles: a linear classifier, stuck at chance'],
  'no-nonlinearity.sine-linear-hidden': ['static', [], 'two 64-unit linear hidden layers for a sine regression: only a straight line can be fitted'],
  'lr-out-of-range.adam-lr-5': ['static', ['lr-too-high'], 'adam with lr 5 (about 500x its usual range)'],
  'lr-out-of-range.sgd-lr-1e-7': ['static', ['lr-too-low'], 'sgd with lr 1e-7: updates ~1e-8 of the weights, nothing is learned in 100 epochs'],
  'lr-too-high.adam-0.1-spirals': ['training', ['dead-relu'], 'adam lr 0.1 on a 64-64 relu net: most relu units die and the loss settles far above what lr 0.003 reaches (healthy spirals3 here: 0.08 of baseline)'],
  'lr-too-high.adam-0.2-machines': ['training', ['dead-relu'], 'adam lr 0.2: loss wanders between 0.42 and 0.92 after epoch 2 instead of settling (healthy machines specs here: ~0.40), most relu units die'],
  'lr-too-high.sgd-momentum-0.99-sine': ['training', ['exploding-gradient', 'oscillating-loss'], 'sgd lr 0.05 with momentum 0.99 (effective step 5): loss reaches 0.06 then swings and diverges to 5e9 without NaN'],
  'lr-too-low.sgd-1e-4-moons': ['training', [], 'plain sgd with lr 1e-4: in 150 epochs the loss only falls from 0.99 to 0.90, still above the prior (0.69)'],
  'lr-too-low.adam-1e-5-machines': ['training', [], 'adam lr 1e-5: loss creeps from 1.52 to 1.35, still above the prior after 100 epochs'],
  'dead-relu.negative-bias': ['probe', [], 'relu layer initialised with bias -4 on standardised inputs: 84% of units never fire'],
  'dead-relu.sgd-spike-rent-raw': ['probe', ['lr-too-high', 'exploding-gradient'], 'unscaled rent target (~1500) with sgd lr 0.01: the first updates blow up (loss 8.8e14) and kill every relu unit; the net then predicts the mean'],
  'vanishing-gradient.five-sigmoid-layers': ['probe', [], 'five 32-unit sigmoid hidden layers with plain sgd: first-layer gradient ~1e-5..3e-4, loss stays at chance'],
  'vanishing-gradient.deep-tanh-small-normal': ['probe', ['init-scale'], 'four tanh layers with normal std 0.05 weights: gradients fade towards the input, loss stays at chance'],
  'exploding-gradient.deep-relu-normal-0.5': ['probe', ['init-scale'], 'four 64-unit relu layers with normal std 0.5 (about 3x He): first loss ~900 on a 0.49 baseline, gradient norms up to ~19'],
  'exploding-gradient.deep-relu-normal-0.7-adam': ['probe', ['init-scale'], 'four relu layers with normal std 0.7 trained by adam: first loss ~756, gradient norms up to ~1e4'],
  'saturated-activation.sigmoid-raw-patients': ['probe', [], 'sigmoid hidden layer fed raw features (glucose ~75-185, age ~22-77): 96% saturated, loss stalls'],
  'saturated-activation.tanh-bias-4': ['probe', [], 'tanh layer initialised with bias 4: every unit saturated, gradient ~1e-3, loss at chance'],
  'loss-plateau.spirals-two-units': ['training', [], 'a 2-unit tanh hidden layer for 3 interleaved spirals: the loss flattens at 0.94 of the prior'],
  'loss-plateau.xor-single-relu-unit': ['training', [], 'a single relu hidden unit for xor: the loss flattens at 0.85 of the prior'],
  'oscillating-loss.rmsprop-0.05-sine': ['training', ['lr-too-high'], 'rmsprop lr 0.05, batch 16, on sine: loss swings 0.19-0.73 epoch to epoch (see observed-curves.txt)'],
  'oscillating-loss.adam-0.3-batch8': ['training', ['lr-too-high'], 'adam lr 0.3 with batch 8: loss swings 0.08-0.54 with repeated spikes (see observed-curves.txt)'],
  'nan-loss.rent-raw-sgd-momentum': ['probe', ['lr-too-high'], 'unscaled rent features and target with sgd lr 0.01 momentum 0.9: NaN in the first epoch'],
  'nan-loss.sgd-lr-5-sine': ['probe', ['lr-too-high', 'lr-out-of-range'], 'sgd lr 5 on a relu net: NaN in the first epoch'],
  'nan-loss.deep-relu-normal-std1': ['probe', ['init-scale', 'exploding-gradient'], 'four relu layers with normal std 1 weights: activations explode, NaN in the first epoch'],
  'nan-loss.rent-target-sgd-0.2': ['training', ['lr-too-high', 'exploding-gradient'], 'standardised features but raw rent target (~1500) with sgd lr 0.2: loss 2.5e16 then NaN at epoch 3'],
};
const covers = fs.readdirSync(path.join(dir, 'healthy')).sort().map((file) => {
  const slug = file.replace('.nn.json', '');
  const s = JSON.parse(fs.readFileSync(path.join(dir, 'healthy', file), 'utf8'));
  const d = s.data.builtin ?? (s.data.csv ? path.basename(s.data.csv) : 'inline');
  const layers = s.layers.map((l) => (l.type === 'dropout' ? `dropout ${l.rate}` : `${l.units} ${l.activation ?? 'linear'}${l.batchNorm ? '+bn' : ''}${l.init ? ` ${l.init}` : ''}`)).join(', ');
  const o = s.optimizer;
  const opt = `${o.type} ${o.lr}${o.momentum ? ` m${o.momentum}` : ''}${o.nesterov ? ' nesterov' : ''}${o.weightDecay ? ` wd ${o.weightDecay}` : ''}${o.clipNorm ? ` clip ${o.clipNorm}` : ''}`;
  const t = s.training;
  return { file: `healthy/${file}`, covers: `${d}${s.data.normalize ? ` (${s.data.normalize})` : ''}; ${layers}; ${s.loss}, ${opt}, batch ${t.batchSize}, ${t.epochs} epochs${t.validationSplit ? `, val ${t.validationSplit}` : ''} (observe: ${evidence(slug)})` };
});
const faultEntries = Object.entries(faults).map(([slug, [stage, extra, text]]) => {
  const code = slug.split('.')[0];
  if (!fs.existsSync(path.join(dir, 'faulty', `${slug}.nn.json`))) throw new Error(`no spec for ${slug}`);
  return { file: `faulty/${slug}.nn.json`, code, fault: `${text} (observe: ${evidence(slug)})`, stage, catches: [code, ...extra] };
});
const about = 'Fourteenth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt); --curve for the oscillating and lr-too-high ones (observed-curves.txt); no diagnosis code involved. Healthy specs train to a good loss and should draw no warning; patients.csv is deliberately noisy (logistic outcome with ~10% flipped labels), so its best reachable loss is ~0.8 of the prior (plain logistic regression reaches 0.83), machines.csv has ~6% random labels and noisy class boundaries (~0.38 of the prior), rent.csv has noise sd 120 EUR on a raw target. Data: data/rent.csv, data/patients.csv (+ patients-na.csv), data/machines.csv, written by data/generate.mjs; specs written by author.mjs, this manifest by write-manifest.mjs. See README.md for how it was written and what was read.';
fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ about, faults: faultEntries, healthy: covers }, null, 2) + '\n');
console.log(faultEntries.length, 'faults', covers.length, 'healthy');
const counts = {}; for (const f of faultEntries) counts[f.code] = (counts[f.code] ?? 0) + 1; console.log(counts);
