// Writes every spec of this set (node test/faults-blind10/author.mjs). Faulty specs in faulty/, healthy in healthy/.
import fs from 'fs';
import path from 'path';
const here = path.dirname(new URL(import.meta.url).pathname);
const d = (units, activation, extra = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate) => ({ type: 'dropout', rate });
const b = (builtin, extra = {}) => ({ builtin, ...extra });
const csv = (file, target, extra = {}) => ({ csv: `../data/${file}`, target, ...extra });
const spec = (name, data, layers, loss, optimizer, training, extra = {}) => ({ name, seed: extra.seed ?? 7, data, layers, loss, optimizer, training, ...(extra.top ?? {}) });
const T = (epochs, batchSize, extra = {}) => ({ epochs, batchSize, ...extra });
const LOANS_STD = csv('loans.csv', 'default', { normalize: 'standard' });
const ENERGY_STD = csv('energy.csv', 'kwh', { normalize: 'standard' });
const GRADES = csv('grades.csv', 'grade');

const faulty = {
  // static: invalid spec
  'invalid-spec.activation-gelu': spec('gelu', b('moons'), [d(16, 'gelu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(80, 32)),
  'invalid-spec.units-zero': spec('units0', b('circles'), [d(0, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(80, 32)),
  'invalid-spec.loss-name-crossentropy': spec('xent', b('iris', { normalize: 'standard' }), [d(16, 'relu'), d(3, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.01 }, T(100, 16)),
  // static: data error
  'data-error.target-column-capitalised': spec('loans', csv('loans.csv', 'Default', { normalize: 'standard' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(60, 32)),
  'data-error.non-numeric-cell': spec('loans', csv('loans-broken.csv', 'default', { normalize: 'standard' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(60, 32)),
  'data-error.inline-ragged-row': spec('tiny', { inline: { x: [[0, 0], [0, 1], [1, 0], [1], [0.5, 0.5], [0.2, 0.9]], y: [0, 1, 1, 0, 1, 1] } }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, T(200, 6)),
  'data-error.csv-missing-file': spec('energy', csv('energy_2024.csv', 'kwh', { normalize: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(100, 32)),
  // static: shape mismatch
  'shape-mismatch.iris-two-outputs': spec('iris', b('iris', { normalize: 'standard' }), [d(16, 'relu'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(100, 16)),
  'shape-mismatch.grades-one-output-cce': spec('grades', GRADES, [d(24, 'relu'), d(1, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(80, 32)),
  'shape-mismatch.blobs5-four-outputs': spec('blobs', b('blobs', { classes: 5, samples: 400 }), [d(16, 'tanh'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(60, 32)),
  // static: loss-activation mismatch
  'loss-activation-mismatch.cce-sigmoid-out': spec('grades', GRADES, [d(24, 'relu'), d(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.005 }, T(80, 32)),
  'loss-activation-mismatch.bce-relu-out': spec('loans', LOANS_STD, [d(16, 'tanh'), d(1, 'relu')], 'bce', { type: 'adam', lr: 0.005 }, T(80, 32)),
  'loss-activation-mismatch.bce-tanh-out': spec('moons', b('moons', { noise: 0.2 }), [d(16, 'relu'), d(1, 'tanh')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(80, 32)),
  // static: init symmetry
  'init-symmetry.zeros-hidden-tanh': spec('circles', b('circles', { samples: 300 }), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(150, 32)),
  'init-symmetry.constant-hidden-two-layers': spec('energy', ENERGY_STD, [d(32, 'relu', { init: { name: 'constant', value: 0.05 } }), d(16, 'relu', { init: { name: 'constant', value: 0.05 } }), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(120, 32)),
  // static: init scale
  'init-scale.normal-std2-tanh-deep': spec('moons', b('moons', { noise: 0.15 }), [d(64, 'tanh', { init: { name: 'normal', std: 2 } }), d(64, 'tanh', { init: { name: 'normal', std: 2 } }), d(64, 'tanh', { init: { name: 'normal', std: 2 } }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(100, 32)),
  'init-scale.uniform-tiny-relu-deep': spec('spirals', b('spirals', { samples: 400 }), [d(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), d(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), d(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), d(2, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100, 32)),
  // static: no nonlinearity
  'no-nonlinearity.linear-stack-circles': spec('circles', b('circles', { samples: 300 }), [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(150, 32)),
  'no-nonlinearity.xor-linear-hidden': spec('xor', b('xor'), [d(8, 'linear', { init: 'he_normal' }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, T(200, 32)),
  // static: lr out of range
  'lr-out-of-range.adam-lr-3': spec('iris', b('iris', { normalize: 'standard' }), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 3 }, T(100, 16)),
  'lr-out-of-range.sgd-lr-1e-7': spec('moons', b('moons'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-7, momentum: 0.9 }, T(100, 32)),
  'lr-out-of-range.rmsprop-lr-negative': spec('energy', ENERGY_STD, [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: -0.001 }, T(100, 32)),
  // training: lr too high
  'lr-too-high.rmsprop-energy-lr-0.1': spec('energy', ENERGY_STD, [d(32, 'tanh'), d(16, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.1 }, T(100, 32)),
  // training: lr too low
  'lr-too-low.adam-1e-5-loans': spec('loans', LOANS_STD, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 1e-5 }, T(60, 32)),
  'lr-too-low.sgd-0.0005-spirals': spec('spirals', b('spirals', { samples: 300 }), [d(32, 'tanh'), d(32, 'tanh'), d(2, 'softmax')], 'cce', { type: 'sgd', lr: 0.0005 }, T(150, 32)),
  // training: dead relu
  'dead-relu.negative-bias-init': spec('moons', b('moons', { noise: 0.15 }), [d(32, 'relu', { bias: -3 }), d(32, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(100, 32)),
  // training: vanishing gradient
  'vanishing-gradient.deep-sigmoid-sgd': spec('circles', b('circles', { samples: 300 }), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, T(100, 32)),
  // training: exploding gradient
  'dead-relu.raw-energy-features-sgd': spec('energy', csv('energy.csv', 'kwh'), [d(32, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.001 }, T(100, 32)),
  'exploding-gradient.deep-relu-std-0.5': spec('sine', b('sine', { samples: 300 }), [d(64, 'relu', { init: { name: 'normal', std: 0.5 } }), d(64, 'relu', { init: { name: 'normal', std: 0.5 } }), d(64, 'relu', { init: { name: 'normal', std: 0.5 } }), d(64, 'relu', { init: { name: 'normal', std: 0.5 } }), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(100, 32)),
  // training: saturated activation
  'saturated-activation.raw-income-sigmoid': spec('loans', csv('loans.csv', 'default'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(80, 32)),
  'saturated-activation.tanh-bias-4': spec('moons', b('moons', { noise: 0.15 }), [d(32, 'tanh', { bias: 4 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(100, 32)),
  // training: loss plateau
  'loss-plateau.weight-decay-0.5': spec('grades', csv('grades.csv', 'grade', { normalize: 'standard' }), [d(32, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01, weightDecay: 0.5 }, T(100, 32)),
  'loss-plateau.dropout-0.9-narrow': spec('circles', b('circles', { samples: 300 }), [d(8, 'relu'), drop(0.9), d(8, 'relu'), drop(0.9), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(150, 32)),
  'loss-plateau.clipnorm-tiny': spec('spirals', b('spirals', { samples: 300 }), [d(32, 'relu'), d(32, 'relu'), d(2, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, clipNorm: 0.0005 }, T(150, 32)),
  // training: oscillating loss
  'exploding-gradient.energy-sgd-momentum-0.99': spec('energy', ENERGY_STD, [d(32, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.99 }, T(100, 32)),
  'oscillating-loss.adam-0.05-batch4': spec('loans', LOANS_STD, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, T(80, 4)),
  // training: nan loss
  'lr-too-high.sgd-iris-lr-8': spec('iris', b('iris', { normalize: 'standard' }), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 8 }, T(100, 16)),
  'lr-too-high.adam-moons-lr-0.5': spec('moons', b('moons', { noise: 0.2, samples: 300 }), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.5 }, T(100, 32)),
  'vanishing-gradient.deep-tanh-normal-0.02': spec('grades', csv('grades.csv', 'grade', { normalize: 'standard' }), [...Array(5)].map(() => d(32, 'tanh', { init: { name: 'normal', std: 0.02 } })).concat([d(3, 'softmax')]), 'cce', { type: 'sgd', lr: 0.05 }, T(80, 32)),
  'nan-loss.raw-energy-linear-sgd-0.01': spec('energy', csv('energy.csv', 'kwh'), [d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, T(100, 32)),
  'nan-loss.sine-sgd-lr-3-momentum': spec('sine', b('sine', { samples: 300 }), [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 3, momentum: 0.9 }, T(100, 32)),
  'oscillating-loss.raw-energy-linear-sgd': spec('energy', csv('energy.csv', 'kwh'), [d(1, 'linear')], 'mse', { type: 'sgd', lr: 2e-4 }, T(100, 32)),
  'oscillating-loss.tanh-sgd-momentum-0.99': spec('energy', ENERGY_STD, [d(32, 'tanh'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.003, momentum: 0.99 }, T(100, 32)),
};

const healthy = {
  'xor-tanh-adam': spec('xor', b('xor'), [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, T(200, 32)),
  'xor-relu-sgd-momentum': spec('xor', b('xor', { noise: 0.15 }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(150, 32)),
  'circles-elu-rmsprop': spec('circles', b('circles', { samples: 300 }), [d(16, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, T(120, 32)),
  'circles-leaky-adam-dropout': spec('circles', b('circles', { samples: 400, noise: 0.12 }), [d(32, 'leaky_relu'), drop(0.2), d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(120, 32, { validationSplit: 0.2 })),
  'moons-relu-adam-batchnorm': spec('moons', b('moons', { noise: 0.2, samples: 400 }), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(80, 32)),
  'moons-tanh-sgd-nesterov': spec('moons', b('moons'), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true }, T(100, 32)),
  'moons-sgd-full-batch': spec('moons', b('moons', { samples: 200 }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5, momentum: 0.9 }, T(300, 200)),
  'spirals-deep-relu-adam': spec('spirals', b('spirals', { samples: 400 }), [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(200, 32)),
  'blobs-three-softmax-sgd': spec('blobs', b('blobs', { classes: 3, samples: 300 }), [d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, T(60, 16)),
  'blobs-five-elu-adam-batch8': spec('blobs', b('blobs', { classes: 5, samples: 500, noise: 0.3 }), [d(16, 'elu'), d(5, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(60, 8)),
  'sine-tanh-adam-regression': spec('sine', b('sine', { samples: 300 }), [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(200, 32)),
  'sine-relu-sgd-clipnorm': spec('sine', b('sine', { samples: 300, noise: 0.05 }), [d(64, 'relu'), d(64, 'relu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9, clipNorm: 1 }, T(200, 32)),
  'sine-deep-five-leaky-adam': spec('sine', b('sine', { samples: 400 }), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.002 }, T(150, 32)),
  'iris-relu-adam-standard': spec('iris', b('iris', { normalize: 'standard' }), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(100, 16, { validationSplit: 0.2 })),
  'iris-minmax-sigmoid-sgd': spec('iris', b('iris', { normalize: 'minmax' }), [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.5, momentum: 0.9 }, T(150, 16)),
  'iris-batch1-sgd-small-lr': spec('iris', b('iris', { normalize: 'standard' }), [d(8, 'tanh'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.005 }, T(60, 1)),
  'iris-rmsprop-weight-decay': spec('iris', b('iris', { normalize: 'standard' }), [d(32, 'elu'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.005, weightDecay: 0.0005 }, T(80, 16)),
  'loans-relu-adam-dropout': spec('loans', LOANS_STD, [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(80, 32, { validationSplit: 0.2 })),
  'loans-logistic-sgd': spec('loans', LOANS_STD, [d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, T(60, 32)),
  'loans-minmax-tanh-rmsprop': spec('loans', csv('loans.csv', 'default', { normalize: 'minmax' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, T(100, 32)),
  'loans-features-subset-batchnorm': spec('loans', csv('loans.csv', 'default', { normalize: 'standard', features: ['income', 'debt_ratio', 'years_employed'] }), [d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(60, 64)),
  'energy-relu-adam': spec('energy', ENERGY_STD, [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(150, 32)),
  'energy-elu-sgd-small-fine-lr': spec('energy', ENERGY_STD, [d(32, 'elu'), d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.0005, momentum: 0.9 }, T(300, 16)),
  'energy-tanh-rmsprop-clip': spec('energy', ENERGY_STD, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.01, clipNorm: 5 }, T(300, 32)),
  'grades-relu-adam-large-fine-lr': spec('grades', csv('grades.csv', 'grade', { normalize: 'standard' }), [d(32, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.03 }, T(40, 64)),
  'grades-raw-leaky-sgd': spec('grades', GRADES, [d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(80, 32)),
  'grades-full-batch-adam-wd': spec('grades', GRADES, [d(32, 'tanh'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02, weightDecay: 0.001 }, T(300, 360)),
  'inline-or-gate-sigmoid': spec('or', { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1], [0.1, 0.05], [0.9, 0.1], [0.05, 0.95], [0.95, 0.9]], y: [0, 1, 1, 1, 0, 1, 1, 1] } }, [d(4, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, T(200, 8)),
  'inline-labels-strings-softmax': spec('fruit', { inline: { x: [[150, 7], [170, 7.5], [140, 6.8], [130, 6], [120, 5.5], [300, 9], [320, 9.5], [280, 8.8], [110, 5.2], [310, 9.1], [160, 7.2], [125, 5.8]], y: ['apple', 'apple', 'apple', 'lemon', 'lemon', 'melon', 'melon', 'melon', 'lemon', 'melon', 'apple', 'lemon'] }, normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, T(150, 4)),
  'inline-linear-regression-mse': spec('line', { inline: { x: [[0], [1], [2], [3], [4], [5], [6], [7], [8], [9]], y: [1.1, 2.9, 5.2, 7.1, 8.8, 11.2, 13.1, 14.8, 17.2, 19.0] }, normalize: 'standard' }, [d(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05 }, T(200, 10)),
  'circles-short-run-adam': spec('circles', b('circles', { samples: 200, noise: 0.05 }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, T(25, 16)),
  'moons-long-run-rmsprop-dropout-bn': spec('moons', b('moons', { noise: 0.25, samples: 500 }), [d(48, 'relu', { batchNorm: true }), drop(0.3), d(24, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, T(400, 64, { validationSplit: 0.2 })),
};

for (const [slug, s] of Object.entries(faulty)) fs.writeFileSync(path.join(here, 'faulty', `${slug}.nn.json`), JSON.stringify(s, null, 2) + '\n');
for (const [slug, s] of Object.entries(healthy)) fs.writeFileSync(path.join(here, 'healthy', `${slug}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(Object.keys(faulty).length, 'faulty', Object.keys(healthy).length, 'healthy');
