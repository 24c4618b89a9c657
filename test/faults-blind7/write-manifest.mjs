import * as fs from 'fs';
const f = (slug, stage, catches, fault) => { const code = slug.split('.')[0]; return { file: `faulty/${slug}.nn.json`, code, fault, stage, catches: [code, ...catches] }; };
const faults = [
  f('invalid-spec.gelu-activation', 'static', [], 'activation "gelu" copied from a transformer tutorial; the engine has no gelu (observe: does not parse, unknown activation "gelu")'),
  f('invalid-spec.adamw-optimizer', 'static', [], 'optimizer type "adamw" as in PyTorch (observe: does not parse, unknown optimizer "adamw")'),
  f('invalid-spec.units-as-string', 'static', [], 'units written as the string "16" (observe: does not parse, units must be a positive integer, got "16")'),
  f('data-error.target-column-capitalised', 'static', [], 'target "Churn" while the CSV header says "churn" (observe: data does not load, column "Churn" is not in the header)'),
  f('data-error.csv-path-wrong-folder', 'static', [], 'csv path "data/housing.csv" written relative to the set folder, but paths are relative to the spec, which sits in faulty/ (observe: data does not load, file not found)'),
  f('data-error.na-cells-in-export', 'static', [], 'spreadsheet export with a blank cell (line 59) and an "NA" (line 125) in feature columns (observe: data does not load, both lines reported)'),
  f('shape-mismatch.two-outputs-three-states', 'static', [], '3-class sensors data with a 2-unit softmax output (observe: engine refuses it, 2 units but 3 classes)'),
  f('shape-mismatch.iris-four-outputs', 'static', [], 'iris with 4 output units, one per feature instead of per class (observe: engine refuses it, 4 units but 3 classes)'),
  f('shape-mismatch.regression-three-heads', 'static', [], 'sine regression (1 target) with a 3-unit linear output (observe: engine refuses it, 3 units but 1 target column)'),
  f('loss-activation-mismatch.cce-with-sigmoid-outputs', 'static', [], 'cce over 3 independent sigmoid outputs on iris (observe: loss falls to 3.4e-5 while accuracy is only 0.700: the loss is meaningless; output sat max 0.92)'),
  f('loss-activation-mismatch.bce-relu-output', 'static', [], 'bce on a relu output unit for binary churn (observe: first loss 2.80 vs base 0.637, last 0.494 train but val 0.691 > base, output grad up to 15.3)'),
  f('loss-activation-mismatch.single-softmax-unit', 'static', ['shape-mismatch'], 'one softmax output unit with bce on moons: softmax of one unit is always 1 (observe: loss stuck at 8.059 = 11.6x base for all 100 epochs, acc 0.500, all gradients 0)'),
  f('init-symmetry.zeros-hidden-layers', 'static', ['init-scale'], 'both tanh hidden layers initialised with zeros on circles (observe: loss 0.6933 = 1.00x base after 150 epochs, first layer gradient 0.0000 throughout, acc 0.487)'),
  f('init-symmetry.constant-init-every-layer', 'static', ['init-scale'], 'every layer (relu, relu, sigmoid) initialised to the constant 0.1 on circles (observe: loss 1.00x base after 150 epochs, acc 0.487, both hidden layers end 1.00 dead)'),
  f('init-scale.normal-std-3-tanh', 'static', ['saturated-activation'], 'normal init with std 3 on two 64-unit tanh layers (moons) (observe: second tanh layer 0.87-0.89 saturated, update ratio <=6.6e-5 there; still reaches 0.05x base by epoch 100 - subtle)'),
  f('init-scale.tiny-normal-deep-relu', 'static', ['vanishing-gradient'], 'normal std 0.001 on four 32-unit relu layers (spirals) (observe: loss 1.00x base after 150 epochs, first layer gradient <=2.6e-9, deepest hidden layer 1.00 dead)'),
  f('no-nonlinearity.linear-stack-circles', 'static', [], 'two 32-unit linear hidden layers before a sigmoid on circles (observe: loss 0.6903 = 1.00x base after 150 epochs, acc 0.541)'),
  f('no-nonlinearity.activation-left-out-sine', 'static', [], 'activation left out of every layer (defaults to linear) for sine regression (observe: loss stops at 0.199 = 0.41x base, the best straight line; a tanh net reaches 0.01x)'),
  f('lr-out-of-range.adam-lr-5', 'static', ['lr-too-high'], 'adam lr 5 (meant 5e-3) on 4 blobs (observe: first loss 44.4 = 32x base, first layer up to 0.81 dead; easy data still ends 0.08x base)'),
  f('lr-out-of-range.sgd-lr-1e-8', 'static', ['lr-too-low'], 'sgd lr 1e-8 (typo for 1e-3) on churn (observe: loss 0.9889 unchanged for 80 epochs = 1.55x base, update ratio <=4.3e-8)'),
  f('lr-too-high.sgd-0.8-momentum-moons', 'training', ['oscillating-loss', 'dead-relu'], 'sgd lr 0.8 with momentum 0.9 on moons (observe: loss falls to 0.046 by epoch 12, then rises to 6.39 at epoch 21 and stays ~0.70 = 1.02x base; second layer 1.00 dead)'),
  f('lr-too-high.adam-0.2-sensors', 'training', ['dead-relu', 'oscillating-loss'], 'adam lr 0.2 on two relu layers, sensors (observe: min loss 0.240 but last 0.504 = 0.46x base, val 0.604; second layer 0.94 dead)'),
  f('lr-too-low.sgd-1e-4-spirals', 'training', ['loss-plateau'], 'plain sgd lr 1e-4 on spirals, tanh 32-32 (observe: loss 0.675 -> 0.672 in 150 epochs = 0.97x base, update ratio <=1.3e-5)'),
  f('lr-too-low.adam-2e-5-sensors', 'training', ['loss-plateau'], 'adam lr 2e-5 on sensors (observe: after 100 epochs loss 0.814 = 0.74x base and falling a steady ~0.003 per epoch (--curve), acc 0.578; the healthy sensors nets reach 0.13-0.15x)'),
  f('dead-relu.negative-bias-init', 'probe', [], 'relu layers with bias -4 (copied "sparsity" trick) on standardised churn (observe: layer 0 0.75 dead, layer 1 1.00 dead from epoch 1, their gradients 0.0000, loss 1.01x base)'),
  f('dead-relu.adam-0.1-deep-relu', 'training', ['lr-too-high'], 'three 64-unit relu layers with adam lr 0.1 on sensors (observe: dead fraction 0.39 / 0.81 / 0.94 by layer; loss still 0.18x base, val 0.353 - subtle)'),
  f('vanishing-gradient.deep-sigmoid-sgd', 'probe', [], 'five 32-unit sigmoid hidden layers with sgd 0.05 on moons (observe: loss 1.00x base after 100 epochs; first layer gradient 2.7e-4..7.2e-4 vs last hidden 0.25, no saturation)'),
  f('vanishing-gradient.deep-tanh-small-uniform', 'probe', ['init-scale'], 'four tanh layers with uniform limit 0.05 init on xor (observe: loss 1.00x base after 100 epochs; first layer gradient <=8.6e-4 vs 0.25 near the output)'),
  f('exploding-gradient.normal-std-1-relu', 'probe', ['init-scale'], 'normal std 1 init ("standard normal") on three 64-unit relu layers, adam 1e-3, sine (observe: first loss 534 = 1084x base, layer gradients up to 878 / 890 / 795 / 4036; adam recovers to 0.02x base - subtle)'),
  f('exploding-gradient.raw-housing-features', 'probe', ['lr-too-high'], 'unnormalised housing features (sqft ~1800) and raw prices, relu 32-16, sgd 1e-4 (observe: first loss 1.07e30, output gradient 1.2e12..1.5e12 every epoch, hidden layers 1.00 dead, last loss 3.6e23)'),
  f('saturated-activation.tanh-unscaled-sensors', 'probe', [], 'tanh hidden layer fed raw sensor readings (pressure ~300, temp ~55), normalize none (observe: hidden layer 0.97-0.99 saturated, gradient up to 88.9, loss 0.50x base vs 0.13x for the healthy standardised tanh spec)'),
  f('saturated-activation.sigmoid-unscaled-churn', 'probe', [], 'sigmoid hidden layers on raw churn (tenure to 72, charge to 120), normalize none (observe: first hidden layer 1.00 saturated all run, loss 0.88x base vs 0.74-0.79x for the healthy churn specs)'),
  f('loss-plateau.one-hidden-unit-spirals', 'training', [], 'a single relu hidden unit for spirals (observe --curve: loss creeps from 0.699 to 0.590 by epoch 70 and 0.575 at 150 = 0.83x base, acc 0.656; the data needs far more units)'),
  f('loss-plateau.heavy-weight-decay', 'training', [], 'weightDecay 0.5 (meant 5e-4) with adam on circles (observe: loss back to 0.6933 = 1.00x base after 150 epochs, acc 0.487)'),
  f('oscillating-loss.rmsprop-0.05-large-batch', 'training', ['lr-too-high'], 'rmsprop lr 0.05 with batch 360 on sensors (observe --curve: loss rises for 3-6 epochs every ~10 (0.1849 -> 0.2235 -> 0.1750 -> 0.2039 -> 0.1642 -> 0.2036 ...), ends 0.09x base, val 0.489 vs train 0.0995)'),
  f('oscillating-loss.full-batch-momentum-sine', 'training', ['lr-too-high'], 'sgd lr 0.15, momentum 0.9, full batch on sine (observe --curve: 4.16 0.45 2.91 0.41 4.96 0.25 1.58 ... loss jumps up and down every epoch for ~30 epochs, then settles to 0.02x base)'),
  f('nan-loss.unscaled-price-target', 'probe', ['lr-too-high', 'exploding-gradient'], 'standardised features but raw price target (~300) with sgd 0.05 momentum 0.9: normalize does not scale targets (observe: NaN at epoch 1)'),
  f('nan-loss.sgd-0.8-momentum-deep-relu', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd lr 0.8 momentum 0.9 on a 3-layer relu sine regressor (observe: NaN at epoch 1)'),
  f('nan-loss.tanh-momentum-full-batch', 'training', ['lr-too-high', 'exploding-gradient'], 'sgd lr 0.3 momentum 0.9 full batch, tanh 32, sine (observe --summary: first loss 3.23, NaN at epoch 28, tanh layer reaches 1.00 saturated; --curve: the loss grows 10-100x per epoch, 1e43 just before the NaN)'),
];
const obs = Object.fromEntries(fs.readFileSync('observed.txt', 'utf8').split('\n').filter((l) => /^[a-z0-9-]+: base/.test(l)).map((l) => [l.split(':')[0], l]));
const h = (slug, covers) => {
  const line = obs[slug]; if (!line) throw new Error('no observation for ' + slug);
  const m = line.match(/last (\S+) \(last\/base (\S+)\)( val \S+)?( acc \S+)?/);
  return { file: `healthy/${slug}.nn.json`, covers: `${covers} (observe: loss ${m[1]}, ${m[2]}x baseline${m[3] ?? ''}${m[4] ?? ''})` };
};
const healthy = [
  h('xor-tanh-adam', 'xor, tanh 16, sigmoid, adam 0.01, bce, batch 32, 150 epochs'),
  h('circles-relu-sgd-momentum', 'circles, relu 32-16, sgd 0.05 momentum 0.9, bce, 150 epochs'),
  h('moons-elu-rmsprop', 'moons noise 0.2, elu 24-24, rmsprop 0.003, bce, 120 epochs'),
  h('spirals-deep-leaky-adam', 'spirals, three leaky_relu 48 layers, adam 0.005, bce, 300 epochs (long run)'),
  h('blobs-5-classes-softmax', 'blobs 5 classes noise 0.3 (overlapping), relu 16, softmax, cce, adam 0.01, 80 epochs'),
  h('sine-tanh-regression', 'sine, tanh 32-32, linear, mse, adam 0.005, 300 epochs'),
  h('iris-standard-sgd-nesterov', 'iris standardised, relu 16, softmax, sgd 0.05 nesterov momentum, batch 16'),
  h('iris-minmax-sigmoid-hidden', 'iris minmax, sigmoid 16 hidden, softmax, adam 0.02, batch 8, 200 epochs'),
  h('churn-relu-dropout-adam', 'own CSV churn (7% flipped labels) standardised, relu 32, dropout 0.2, relu 16, adam 0.002; about the best loss the noisy data allows'),
  h('churn-logistic-regression', 'churn, depth 1 logistic regression, sgd 0.1 (the data floor for the churn specs)'),
  h('churn-batchnorm-rmsprop', 'churn minmax, relu 32 with batchNorm, rmsprop 0.001, batch 64, 50 epochs (short)'),
  h('churn-sgd-plain-small-batch', 'churn, tanh 16, plain sgd 0.02, batch 8, 40 epochs'),
  h('housing-relu-adam-standard', 'own CSV housing regression (noise std 25k, raw price target), relu 32-16, adam 0.01, mse, 200 epochs; near the noise floor'),
  h('housing-linear-regression-sgd', 'housing, depth 1 linear regression, sgd 0.01, 100 epochs'),
  h('housing-feature-subset-elu', 'housing with a "features" subset of 3 columns, elu 24, adam 0.005 with weightDecay 1e-4'),
  h('housing-rmsprop-clip-weightdecay', 'housing minmax, relu 64-32, rmsprop 0.002, weightDecay 5e-4, clipNorm 5'),
  h('sensors-tanh-adam', 'own CSV sensors (3 classes, 5% flipped labels), tanh 24, softmax, cce, adam 0.005'),
  h('sensors-batchnorm-sgd-full-batch', 'sensors unnormalised with batchNorm on both relu layers, sgd 0.1 momentum 0.9, full batch 450, 400 epochs (slower than the minibatch specs, still improving)'),
  h('sensors-clipnorm-leaky', 'sensors minmax, leaky_relu 32-32, adam 0.003 clipNorm 1'),
  h('inline-and-gate-logistic', 'inline 8-row AND gate, tanh 4, sigmoid, adam 0.05, batch 8 = full, no validation'),
  h('inline-string-labels-three-classes', 'inline string labels (apple/lemon/melon), standardised, relu 8, softmax, cce, batch 4'),
  h('inline-regression-batch-1', 'inline 10-point noisy line, linear regression, sgd 0.01, batch 1'),
  h('moons-large-but-fine-adam', 'moons, relu 16, adam 0.05 (large but fine)'),
  h('circles-small-but-fine-adam-long', 'circles, relu 32-32, adam 5e-4 (small but fine), 500 epochs'),
  h('xor-five-layers-he-uniform', 'xor, depth 5 (four relu 32 layers, he_uniform), adam 0.003'),
  h('sine-lecun-elu-short', 'sine noise 0.1, elu 64 lecun_normal, adam 0.01, batch 16'),
  h('blobs-3-xavier-normal-rmsprop', 'blobs 3 classes, tanh 8 xavier_normal, rmsprop 0.01, 40 epochs (short)'),
  h('spirals-three-classes-dropout', 'spirals 3 classes, relu 64-64, dropout 0.1, softmax, adam 0.005, 300 epochs'),
];
const about = 'Seventh fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as test/faults/manifest.json: \'code\' is the fault\'s own code, \'stage\' the writer\'s expectation of where it could first be caught (static, probe, training), \'catches\' the codes whose advice would genuinely fix it, decided from the fault. Each \'fault\' text (and each healthy \'covers\') carries the symptom or result measured on the bare engine by test/faults/observe.ts --summary or --curve (no diagnosis code involved; output in observed.txt). Healthy specs train to a good loss (on the noisy CSVs churn, housing and sensors, to about the best loss the data allows) and should draw no warning. Data: data/churn.csv (+ churn-bad.csv), data/housing.csv, data/sensors.csv, written by data/generate.ts; specs written by author.mjs, this manifest by write-manifest.mjs. See README.md for how it was written and what was read.';
fs.writeFileSync('manifest.json', JSON.stringify({ about, faults, healthy }, null, 2) + '\n');
console.log(faults.length, healthy.length);
for (const x of faults) if (!fs.existsSync(x.file)) console.log('missing', x.file);
