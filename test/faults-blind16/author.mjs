// Writes the specs of the sixteenth blind set: `node test/faults-blind16/author.mjs`.
// Each entry: [folder, file stem, spec, description]; descriptions go to descriptions.json for write-manifest.mjs.
import * as fs from 'fs';
import * as path from 'path';
const here = path.dirname(new URL(import.meta.url).pathname);
const d = (units, activation, extra = {}) => ({ type: 'dense', units, activation, ...extra });
const tr = (epochs, batchSize, extra = {}) => ({ epochs, batchSize, ...extra });
const out = [];
const add = (folder, stem, spec, text, extra = {}) => out.push({ folder, stem, spec, text, ...extra });
const F = (code, slug, spec, text, stage, catches) => add('faulty', `${code}.${slug}`, spec, text, { code, stage, catches: [code, ...catches] });
const H = (slug, spec, text) => add('healthy', slug, spec, text);
const housing = { csv: '../data/housing.csv', target: 'price_k', normalize: 'standard' };
const churn = { csv: '../data/churn.csv', target: 'churned', normalize: 'standard' };
const sensors = { csv: '../data/sensors.csv', target: 'state', normalize: 'standard' };
const orInline = { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1], [0.1, 0.9], [0.9, 0.1], [0.95, 0.9], [0.05, 0.1]], y: [0, 1, 1, 1, 1, 1, 1, 0] } };

// ---- static: invalid-spec
F('invalid-spec', 'optimizer-adamw', { seed: 3, data: churn, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, training: tr(60, 32) },
  'optimizer "adamw" (PyTorch name) which the engine does not offer', 'static', []);
F('invalid-spec', 'units-string', { data: { builtin: 'moons', samples: 300 }, layers: [d('16', 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(80, 32) },
  'units written as the string "16" (copied from a YAML config)', 'static', []);
F('invalid-spec', 'validation-percent', { data: housing, layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32, { validationSplit: 20 }) },
  'validationSplit 20 meant as 20 percent (must be a fraction in [0, 1))', 'static', []);
// ---- static: data-error
F('data-error', 'na-cell', { data: { csv: '../data/housing-dirty.csv', target: 'price_k', normalize: 'standard' }, layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(100, 32) },
  'CSV exported with an "NA" cell and a thousands-separated number "1 450" left in', 'static', []);
F('data-error', 'target-typo', { data: { csv: '../data/churn.csv', target: 'churn', normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(60, 32) },
  'target "churn" while the CSV column is "churned"', 'static', []);
F('data-error', 'ragged-inline', { data: { inline: { x: [[5.1, 3.5], [4.9, 3.0, 1.4], [6.2, 2.9], [5.9, 3.0], [6.7, 3.1], [5.0, 3.6]], y: [0, 0, 1, 1, 1, 0] } }, layers: [d(4, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(100, 6) },
  'inline x with one row of 3 values among rows of 2 (a pasted row kept an extra column)', 'static', []);
// ---- static: shape-mismatch
F('shape-mismatch', 'four-states-three-units', { seed: 2, data: sensors, layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) },
  'sensors.csv has four machine states but the softmax output has 3 units (a class added to the data later)', 'static', []);
F('shape-mismatch', 'two-targets-one-output', { data: { csv: '../data/housing.csv', target: ['price_k', 'age'], normalize: 'standard' }, layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(100, 32) },
  'target widened to [price_k, age] (a second quantity to predict) but the output layer kept 1 unit', 'static', []);
F('shape-mismatch', 'sine-two-outputs', { data: { builtin: 'sine', samples: 300 }, layers: [d(32, 'tanh'), d(2, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(150, 32) },
  'sine regression (one target) with a 2-unit output layer', 'static', []);
// ---- static: loss-activation-mismatch
F('loss-activation-mismatch', 'softmax-bce-binary', { data: churn, layers: [d(16, 'relu'), d(1, 'softmax')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(60, 32) },
  'a 1-unit softmax output with bce: softmax of one unit is always 1, nothing is learnt', 'static', ['shape-mismatch']);
F('loss-activation-mismatch', 'sigmoid-cce-multiclass', { seed: 4, data: sensors, layers: [d(24, 'relu'), d(4, 'sigmoid')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(80, 32) },
  'four-state classification with cce but sigmoid outputs instead of softmax', 'static', []);
F('loss-activation-mismatch', 'sigmoid-output-mse-signed-target', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1, 'sigmoid')], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(150, 32) },
  'sine regression (targets in [-1, 1]) with mse but a sigmoid output kept from a classifier template: negative targets are unreachable', 'static', []);
// ---- init-symmetry
F('init-symmetry', 'zeros-hidden', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(150, 32) },
  'hidden tanh layer initialised with zeros: every unit stays identical', 'probe', []);
F('init-symmetry', 'constant-all-layers', { data: sensors, layers: [d(20, 'relu', { init: { name: 'constant', value: 0.1 } }), d(20, 'relu', { init: { name: 'constant', value: 0.1 } }), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(80, 32) },
  'both hidden relu layers initialised to the constant 0.1 ("small positive to avoid dead units")', 'probe', []);
// ---- init-scale
F('init-scale', 'normal-std-3-tanh', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, layers: [d(32, 'tanh', { init: { name: 'normal', std: 3 } }), d(32, 'tanh', { init: { name: 'normal', std: 3 } }), d(3, 'softmax', { init: { name: 'normal', std: 3 } })], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(150, 32) },
  'every layer initialised normal std 3 (meant as "unit-ish variance"): pre-activations in the tens, layers saturate', 'probe', ['saturated-activation']);
F('init-scale', 'tiny-uniform-deep', { data: housing, layers: [d(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), d(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), d(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), d(1, 'linear', { init: { name: 'uniform', limit: 0.001 } })], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: tr(100, 32) },
  'four layers initialised uniform ±0.001: the signal and gradients shrink ~100x per layer, SGD barely moves', 'probe', ['vanishing-gradient', 'loss-plateau']);
// ---- no-nonlinearity
F('no-nonlinearity', 'linear-stack-circles', { data: { builtin: 'circles', samples: 400, noise: 0.05 }, layers: [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(150, 32) },
  'hidden layers left without activation (default linear) on circles: the whole net is a linear classifier', 'static', ['loss-plateau']);
F('no-nonlinearity', 'activation-forgot-xor-inline', { data: { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1], [0.1, 0.05], [0.05, 0.95], [0.9, 0.1], [0.95, 0.9], [0.2, 0.1], [0.1, 0.8], [0.85, 0.2], [0.8, 0.9]], y: [0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0] } }, layers: [d(8), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.05 }, training: tr(300, 12) },
  'hand-written XOR table with a hidden layer whose activation was never set (linear)', 'static', ['loss-plateau']);
// ---- lr-out-of-range
F('lr-out-of-range', 'sgd-lr-5', { data: churn, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 5 }, training: tr(60, 32) },
  'SGD with lr 5 (a "step size 5e-1" misread as 5)', 'static', ['lr-too-high', 'nan-loss', 'oscillating-loss', 'exploding-gradient']);
F('lr-out-of-range', 'adam-lr-1e-7', { data: { builtin: 'moons', samples: 300 }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 1e-7 }, training: tr(100, 32) },
  'Adam with lr 1e-7 (meant 1e-3; an extra exponent digit)', 'static', ['lr-too-low', 'loss-plateau']);
// ---- lr-too-high
F('lr-too-high', 'adam-0.2-churn', { data: churn, layers: [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.2 }, training: tr(100, 16) },
  'Adam lr 0.2 on a 64-64 relu net (rate copied from a logistic-regression notebook): the loss jumps back up', 'training', ['oscillating-loss']);
F('lr-too-high', 'rmsprop-0.05-spirals', { data: { builtin: 'spirals', samples: 300, classes: 2, noise: 0.05 }, layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.05 }, training: tr(150, 16) },
  'RMSprop lr 0.05 on spirals: far too large for rmsprop, the loss keeps bouncing back up', 'training', ['oscillating-loss', 'dead-relu']);
// ---- lr-too-low
F('lr-too-low', 'sgd-1e-4-sensors', { data: sensors, layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.0001 }, training: tr(80, 32) },
  'plain SGD at lr 1e-4 (a rate meant for fine-tuning): after 80 epochs the loss has barely left the prior', 'training', ['loss-plateau']);
F('lr-too-low', 'adam-2e-5-moons', { data: { builtin: 'moons', samples: 400, noise: 0.15 }, layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.00002 }, training: tr(100, 32) },
  'Adam at 2e-5 on moons (copied from a transformer fine-tuning recipe)', 'training', ['loss-plateau', 'lr-out-of-range']);
// ---- dead-relu
F('dead-relu', 'negative-bias', { data: churn, layers: [d(32, 'relu', { bias: -3 }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) },
  'hidden relu biases initialised to -3 (to "sparsify" activations) on standardized inputs: most units never fire', 'probe', ['loss-plateau']);
F('dead-relu', 'sgd-big-lr-raw-inputs', { data: { csv: '../data/housing.csv', target: 'price_k' }, layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001 }, training: tr(100, 32) },
  'raw (unnormalized) sqft in the thousands with SGD: the first updates push the relu units negative and they die', 'training', ['lr-too-high', 'exploding-gradient', 'loss-plateau', 'nan-loss']);
// ---- vanishing-gradient
F('vanishing-gradient', 'deep-sigmoid', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(120, 32) },
  'five sigmoid hidden layers trained by plain SGD: the first layers get almost no gradient', 'probe', ['loss-plateau', 'saturated-activation']);
F('vanishing-gradient', 'deep-tanh-small-normal', { data: sensors, layers: [d(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(4, 'softmax', { init: { name: 'normal', std: 0.02 } })], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(60, 32) },
  'four tanh layers with "BERT-style" normal(0.02) init: the backward signal shrinks layer by layer', 'probe', ['init-scale', 'loss-plateau']);
// ---- exploding-gradient
F('exploding-gradient', 'deep-relu-big-init', { data: housing, layers: [d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(1, 'linear', { init: { name: 'normal', std: 1 } })], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001 }, training: tr(60, 32) },
  'deep relu net with normal std 1 (not scaled by fan-in) on 64-wide layers: activations and gradients grow ~5x per layer', 'probe', ['init-scale', 'nan-loss']);
F('exploding-gradient', 'raw-target-sgd-momentum', { data: { csv: '../data/housing.csv', target: 'price_k', normalize: 'minmax' }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: tr(80, 32) },
  'features min-max scaled but the price target left in thousands: mse gradients in the hundreds, SGD momentum blows up', 'training', ['nan-loss', 'lr-too-high']);
// ---- saturated-activation
F('saturated-activation', 'raw-inputs-tanh', { data: { csv: '../data/churn.csv', target: 'churned' }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(80, 32) },
  'churn data fed raw (tenure up to 72, charges up to 120) into a tanh layer: normalization forgotten', 'probe', ['data-error']);
F('saturated-activation', 'sigmoid-bias-6', { data: { builtin: 'blobs', samples: 300, classes: 3 }, layers: [d(16, 'sigmoid', { bias: 6 }), d(16, 'sigmoid', { bias: 6 }), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(100, 32) },
  'sigmoid hidden layers with bias 6 ("keep them active"): outputs pinned near 1', 'probe', ['vanishing-gradient', 'loss-plateau']);
// ---- loss-plateau
F('loss-plateau', 'heavy-weight-decay', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01, weightDecay: 0.5 }, training: tr(150, 32) },
  'weight decay 0.5 (meant 5e-4): the penalty pins the weights near zero and the loss stalls near the prior', 'training', []);
F('loss-plateau', 'dropout-0.9-small-net', { data: { builtin: 'xor', samples: 300 }, layers: [d(8, 'relu'), { type: 'dropout', rate: 0.9 }, d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(150, 32) },
  'dropout 0.9 after an 8-unit layer (keep-probability semantics confused with drop rate)', 'training', []);
// ---- oscillating-loss
F('oscillating-loss', 'batch1-sgd-momentum', { data: { builtin: 'moons', samples: 200, noise: 0.2 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.5, momentum: 0.9 }, training: tr(60, 1) },
  'batch size 1 with SGD lr 0.5 and momentum 0.9: every epoch lands somewhere else', 'training', ['lr-too-high']);
F('oscillating-loss', 'full-batch-momentum-0.99', { data: { csv: '../data/sensors.csv', target: 'state', normalize: 'standard' }, layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.3, momentum: 0.99 }, training: tr(150, 360) },
  'full-batch SGD with momentum 0.99 and lr 0.3: the loss swings up and down', 'training', ['lr-too-high']);
// ---- nan-loss
F('nan-loss', 'sgd-raw-linear-regression', { data: { csv: '../data/housing.csv', target: 'price_k' }, layers: [d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(50, 32) },
  'linear regression on raw sqft (thousands) with plain SGD at 0.01: the weights diverge to Infinity/NaN', 'training', ['exploding-gradient', 'lr-too-high', 'saturated-activation']);
F('nan-loss', 'sgd-momentum-0.5-sine', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(64, 'relu'), d(64, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.5, momentum: 0.9 }, training: tr(100, 16) },
  'sine regression with SGD lr 0.5 + momentum 0.9 on a 64-64 relu net: the loss overflows', 'training', ['lr-too-high', 'exploding-gradient']);

// ================= healthy
H('housing-adam-2x32', { data: housing, layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(200, 32, { validationSplit: 0.2 }) }, 'housing.csv raw price target, standardized features; relu 32-32, mse, adam 0.01, val 0.2');
H('housing-minmax-elu-rmsprop', { data: { ...housing, normalize: 'minmax' }, layers: [d(24, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.02 }, training: tr(250, 16) }, 'housing.csv minmax; elu 24; rmsprop 0.02, batch 16');
H('housing-sgd-clip', { data: housing, layers: [d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.003, momentum: 0.9, clipNorm: 50 }, training: tr(200, 32) }, 'housing.csv; tanh 32; sgd momentum with clipNorm 50');
H('churn-logistic', { data: churn, layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.05 }, training: tr(100, 64) }, 'churn.csv (8% flipped labels); plain logistic regression, depth 1, adam 0.05');
H('churn-dropout-wd', { data: churn, layers: [d(32, 'relu'), { type: 'dropout', rate: 0.3 }, d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003, weightDecay: 0.0005 }, training: tr(100, 32, { validationSplit: 0.25 }) }, 'churn.csv; relu 32 dropout 0.3 relu 16; adam 0.003 wd 5e-4; val 0.25');
H('churn-sgd-nesterov', { data: churn, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, training: tr(100, 32) }, 'churn.csv; tanh 16; sgd nesterov 0.05');
H('churn-batchnorm-full-batch', { data: { ...churn, normalize: 'none' }, layers: [d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.02 }, training: tr(200, 400) }, 'churn.csv raw features handled by batchNorm; full batch 400, adam 0.02');
H('sensors-softmax', { data: sensors, layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(100, 32) }, 'sensors.csv string labels, 4 classes, 5% random labels; relu 32 softmax');
H('sensors-leaky-deep', { data: sensors, layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.001 }, training: tr(80, 16, { validationSplit: 0.2 }) }, 'sensors.csv; leaky_relu 32-32-16; rmsprop 0.001; val 0.2');
H('sensors-batch1-small-lr', { data: sensors, layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.005 }, training: tr(30, 1) }, 'sensors.csv; batch size 1, sgd 0.005 (small but fine for per-sample steps)');
H('iris-tanh-sgd', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: tr(150, 16) }, 'iris standardized; tanh 8; sgd 0.1 momentum 0.9');
H('iris-raw-adam', { data: { builtin: 'iris' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(200, 150) }, 'iris raw cm features (no normalization, small range); full batch adam');
H('iris-five-deep-bn', { data: { builtin: 'iris', normalize: 'minmax' }, layers: [d(16, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(100, 16) }, 'iris minmax; depth 5 with batchNorm on every hidden layer');
H('moons-elu-adam', { data: { builtin: 'moons', samples: 500, noise: 0.2 }, layers: [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(150, 32) }, 'moons 500 noise 0.2; elu 32-16; adam 0.005');
H('moons-adam-large-lr', { data: { builtin: 'moons', samples: 300 }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.05 }, training: tr(80, 64) }, 'moons; adam 0.05 (large but fine for a small net)');
H('circles-tanh-long', { data: { builtin: 'circles', samples: 400, noise: 0.1 }, layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.2, momentum: 0.9 }, training: tr(400, 32) }, 'circles; tanh 12; sgd 0.2 momentum, long run of 400 epochs');
H('circles-sigmoid-hidden', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.03 }, training: tr(200, 32) }, 'circles; sigmoid hidden layer (classic MLP), adam 0.03');
H('spirals3-deep', { data: { builtin: 'spirals', samples: 450, classes: 3, noise: 0.05 }, layers: [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(200, 32) }, 'spirals 3 classes; relu 64-64-32; adam 0.005');
H('spirals2-tanh-rmsprop', { data: { builtin: 'spirals', samples: 300, noise: 0.05 }, layers: [d(48, 'tanh'), d(48, 'tanh'), d(48, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(250, 16) }, 'spirals 2 classes; tanh 48-48-48; rmsprop 0.003, batch 16');
H('blobs5-softmax-only', { data: { builtin: 'blobs', samples: 500, classes: 5 }, layers: [d(5, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.5 }, training: tr(60, 50) }, 'blobs 5 classes; softmax regression (depth 1), sgd 0.5');
H('blobs3-short-batch8', { data: { builtin: 'blobs', samples: 300, classes: 3 }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(50, 8) }, 'blobs 3 classes; short run 50 epochs batch 8');
H('xor-classic', { data: { builtin: 'xor', samples: 400, noise: 0.1 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.02 }, training: tr(150, 32) }, 'xor 400; tanh 8; adam 0.02');
H('xor-leaky-dropout', { data: { builtin: 'xor', samples: 400, noise: 0.05 }, layers: [d(32, 'leaky_relu'), { type: 'dropout', rate: 0.2 }, d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(150, 32) }, 'xor; leaky_relu 32 + dropout 0.2');
H('sine-tanh-mse', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(200, 32) }, 'sine regression; tanh 32-32; adam 0.005');
H('sine-relu-sgd-small-lr', { data: { builtin: 'sine', samples: 200, noise: 0.1 }, layers: [d(64, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'sgd', lr: 0.005, momentum: 0.9 }, training: tr(300, 8) }, 'sine; relu 64; sgd 0.005 momentum (small but fine), batch 8, 300 epochs');
H('inline-or-table', { data: orInline, layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.1 }, training: tr(300, 8) }, 'inline 8-row OR-like table, full batch logistic regression');
H('inline-regression-quadratic', { data: { inline: { x: [[-2], [-1.5], [-1], [-0.5], [0], [0.5], [1], [1.5], [2], [-1.8], [-0.3], [0.7], [1.2], [-1.2], [0.2], [1.8]], y: [4.1, 2.2, 1.05, 0.2, 0.02, 0.27, 0.96, 2.3, 3.9, 3.3, 0.1, 0.5, 1.42, 1.5, 0.05, 3.2] }, normalize: 'standard' }, layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.02 }, training: tr(400, 16) }, 'inline 16 points of y≈x² with noise; tanh 16, full batch, 400 epochs');
H('inline-strings-lecun', { data: { inline: { x: [[1.0, 2.1], [1.2, 1.9], [0.8, 2.2], [3.1, 0.9], [2.9, 1.1], [3.2, 1.0], [2.0, 3.1], [2.1, 2.9], [1.9, 3.2], [1.1, 2.0], [3.0, 1.2], [2.2, 3.0]], y: ['cat', 'cat', 'cat', 'dog', 'dog', 'dog', 'fox', 'fox', 'fox', 'cat', 'dog', 'fox'] }, normalize: 'standard' }, layers: [d(8, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.03 }, training: tr(150, 4) }, 'inline string labels (3 classes), lecun_normal init, batch 4');
H('moons-he-uniform-noshuffle', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(24, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid', { init: 'xavier_normal' })], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(120, 32, { shuffle: false }) }, 'moons; he_uniform/xavier_normal init; shuffle false');
H('housing-deep-elu-bn-clip', { data: housing, layers: [d(32, 'elu', { batchNorm: true }), d(32, 'elu', { batchNorm: true }), d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.005, clipNorm: 100, weightDecay: 0.0001 }, training: tr(150, 64) }, 'housing.csv; elu 32-32-16 with batchNorm, adam clipNorm 100, wd 1e-4');
H('circles-rmsprop-tiny-lr-long', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.0005 }, training: tr(300, 16) }, 'circles; rmsprop 5e-4 (small but fine) over 300 epochs');
H('blobs2-bce-sgd-large', { data: { builtin: 'blobs', samples: 200, classes: 2, noise: 0.2 }, layers: [d(4, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 1.0 }, training: tr(40, 20) }, 'blobs 2 classes; sgd lr 1.0 (large but fine for an easy separable problem)');

for (const e of out) {
  fs.writeFileSync(path.join(here, e.folder, `${e.stem}.nn.json`), JSON.stringify({ name: e.stem, ...e.spec }, null, 2) + '\n');
}
fs.writeFileSync(path.join(here, 'descriptions.json'), JSON.stringify(out.map(({ spec, ...rest }) => rest), null, 1) + '\n');
console.log(out.filter((e) => e.folder === 'faulty').length, 'faulty', out.filter((e) => e.folder === 'healthy').length, 'healthy');
