// Writes every spec of this set (node test/faults-blind11/author.mjs). Each entry: [file, spec, note].
import fs from 'fs';
import path from 'path';
const dir = path.dirname(new URL(import.meta.url).pathname);
const D = (units, activation, extra = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate) => ({ type: 'dropout', rate });
const spec = (name, data, layers, loss, optimizer, training, seed = 11) => ({ name, seed, data, layers, loss, optimizer, training });
const T = (epochs, batchSize = 32, more = {}) => ({ epochs, batchSize, shuffle: true, ...more });
const churn = { csv: '../data/churn.csv', target: 'churned', normalize: 'standard' };
const housing = { csv: '../data/housing.csv', target: 'price_k', normalize: 'standard' };
const quality = { csv: '../data/quality.csv', target: 'grade', normalize: 'standard' };

export const faulty = {
  // static: invalid spec
  'invalid-spec.optimizer-adamw': spec('churn', churn, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adamw', lr: 0.001 }, T(60)),
  'invalid-spec.dropout-rate-above-one': spec('moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [D(32, 'relu'), drop(1.5), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(80)),
  'invalid-spec.loss-crossentropy': spec('iris', { builtin: 'iris', normalize: 'standard' }, [D(10, 'tanh'), D(3, 'softmax')], 'crossentropy', { type: 'adam', lr: 0.01 }, T(100, 16)),
  // data errors
  'data-error.target-column-typo': spec('churn', { ...churn, target: 'churn' }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(60)),
  'data-error.na-cell-in-csv': spec('churn', { ...churn, csv: '../data/churn-broken.csv' }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(60)),
  'data-error.inline-ragged-rows': spec('and', { inline: { x: [[0, 0], [0, 1], [1], [1, 1]], y: [0, 0, 0, 1] } }, [D(4, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, T(200, 4)),
  // shape mismatch
  'shape-mismatch.iris-two-outputs': spec('iris', { builtin: 'iris', normalize: 'standard' }, [D(12, 'relu'), D(2, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(100, 16)),
  'shape-mismatch.quality-four-outputs': spec('quality', quality, [D(16, 'relu'), D(8, 'relu'), D(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(80)),
  'shape-mismatch.sine-two-outputs': spec('sine', { builtin: 'sine', samples: 200 }, [D(24, 'tanh'), D(2, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(150)),
  // loss/activation mismatch
  'loss-activation-mismatch.cce-sigmoid-output': spec('blobs', { builtin: 'blobs', classes: 4, samples: 400 }, [D(16, 'relu'), D(4, 'sigmoid')], 'cce', { type: 'adam', lr: 0.01 }, T(60)),
  'loss-activation-mismatch.bce-relu-output': spec('moons', { builtin: 'moons', samples: 300, noise: 0.2 }, [D(16, 'relu'), D(16, 'relu'), D(1, 'relu')], 'bce', { type: 'adam', lr: 0.01 }, T(100)),
  'loss-activation-mismatch.mse-sigmoid-on-raw-price': spec('housing', housing, [D(16, 'relu'), D(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.01 }, T(100)),
  // init symmetry
  'init-symmetry.zeros-tanh-hidden': spec('circles', { builtin: 'circles', samples: 300, noise: 0.08 }, [D(16, 'tanh', { init: 'zeros' }), D(1, 'sigmoid', { init: 'zeros' })], 'bce', { type: 'adam', lr: 0.01 }, T(150)),
  'init-symmetry.constant-relu-stack': spec('circles', { builtin: 'circles', samples: 300, noise: 0.08 }, [D(24, 'relu', { init: { name: 'constant', value: 0.05 } }), D(12, 'relu', { init: { name: 'constant', value: 0.05 } }), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(80)),
  // init scale
  'init-scale.normal-std-3-tanh': spec('spirals', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 2 }, [D(32, 'tanh', { init: { name: 'normal', std: 3 } }), D(32, 'tanh', { init: { name: 'normal', std: 3 } }), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(150)),
  'init-scale.tiny-normal-deep-relu': spec('moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [D(32, 'relu', { init: { name: 'normal', std: 0.001 } }), D(32, 'relu', { init: { name: 'normal', std: 0.001 } }), D(32, 'relu', { init: { name: 'normal', std: 0.001 } }), D(32, 'relu', { init: { name: 'normal', std: 0.001 } }), D(1, 'sigmoid', { init: { name: 'normal', std: 0.001 } })], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100)),
  'init-scale.normal-std-1-deep-relu-housing': spec('housing', housing, [D(64, 'relu', { init: { name: 'normal', std: 1 } }), D(64, 'relu', { init: { name: 'normal', std: 1 } }), D(64, 'relu', { init: { name: 'normal', std: 1 } }), D(1, 'linear', { init: { name: 'normal', std: 1 } })], 'mse', { type: 'adam', lr: 0.001 }, T(100)),
  // no nonlinearity
  'no-nonlinearity.linear-stack-circles': spec('circles', { builtin: 'circles', samples: 300, noise: 0.1 }, [D(32, 'linear'), D(16, 'linear'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(120)),
  'no-nonlinearity.forgot-activation-spirals': spec('spirals', { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, [D(64, 'linear', { init: 'he_normal' }), D(64, 'linear', { init: 'he_normal' }), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(150)),
  // lr out of range
  'lr-out-of-range.adam-lr-5': spec('iris', { builtin: 'iris', normalize: 'standard' }, [D(10, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 5 }, T(100, 16)),
  'lr-out-of-range.sgd-lr-1e-7': spec('xor', { builtin: 'xor', samples: 200 }, [D(8, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-7, momentum: 0.9 }, T(200)),
  // lr too high (within range)
  'lr-too-high.adam-0.2-moons': spec('moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [D(32, 'relu'), D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.2 }, T(100)),
  'lr-too-high.sgd-momentum-housing': spec('housing', housing, [D(32, 'relu'), D(16, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.3, momentum: 0.9 }, T(100)),
  'lr-too-high.rmsprop-0.1-quality': spec('quality', quality, [D(32, 'relu'), D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.1 }, T(80)),
  // lr too low
  'lr-too-low.sgd-1e-4-circles': spec('circles', { builtin: 'circles', samples: 300, noise: 0.08 }, [D(16, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.0001 }, T(150)),
  'lr-too-low.adam-1e-5-churn': spec('churn', churn, [D(32, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.00001 }, T(80)),
  // dead relu
  'dead-relu.negative-bias-init': spec('blobs', { builtin: 'blobs', classes: 3, samples: 300 }, [D(32, 'relu', { bias: -3 }), D(16, 'relu', { bias: -3 }), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(80)),
  'nan-loss.sgd-raw-price-target-minmax': spec('housing', { ...housing, normalize: 'minmax' }, [D(64, 'relu'), D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05 }, T(80, 16)),
  'dead-relu.minmax-features-negative-bias': spec('churn', { ...churn, normalize: 'minmax' }, [D(32, 'relu', { bias: -1 }), D(16, 'relu', { bias: -1 }), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(80)),
  // vanishing gradient
  'vanishing-gradient.deep-sigmoid-sgd': spec('moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(100)),
  'vanishing-gradient.deep-tanh-small-init': spec('circles', { builtin: 'circles', samples: 300, noise: 0.08 }, Array.from({ length: 6 }, () => D(24, 'tanh', { init: { name: 'normal', std: 0.05 } })).concat([D(1, 'sigmoid')]), 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(100)),
  // exploding gradient
  'exploding-gradient.unnormalized-housing-adam': spec('housing', { ...housing, normalize: 'none' }, [D(32, 'relu'), D(16, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(60)),
  'exploding-gradient.deep-relu-std-1': spec('sine', { builtin: 'sine', samples: 200 }, Array.from({ length: 5 }, () => D(32, 'relu', { init: { name: 'normal', std: 1 } })).concat([D(1, 'linear', { init: { name: 'normal', std: 1 } })]), 'mse', { type: 'sgd', lr: 0.01 }, T(100)),
  // saturated activation
  'saturated-activation.tanh-raw-churn': spec('churn', { ...churn, normalize: 'none' }, [D(32, 'tanh'), D(16, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, T(80)),
  'saturated-activation.sigmoid-big-bias': spec('iris', { builtin: 'iris', normalize: 'standard' }, [D(16, 'sigmoid', { bias: 6 }), D(16, 'sigmoid', { bias: 6 }), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, T(100, 16)),
  // loss plateau
  'loss-plateau.relu-dead-output-regression': spec('sine', { builtin: 'sine', samples: 200, noise: 0.05 }, [D(32, 'tanh'), D(1, 'relu', { bias: -2 })], 'mse', { type: 'adam', lr: 0.01 }, T(150)),
  'loss-plateau.sigmoid-sgd-xor-small': spec('xor', { builtin: 'xor', samples: 200, noise: 0.05 }, [D(4, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(150)),
  // oscillating loss
  'oscillating-loss.sgd-batch1-lr-0.6-blobs': spec('blobs', { builtin: 'blobs', classes: 3, samples: 200, noise: 0.3 }, [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.6 }, T(60, 1)),
  'oscillating-loss.sgd-momentum-lr-0.9-iris': spec('iris', { builtin: 'iris', normalize: 'standard' }, [D(16, 'tanh'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.9, momentum: 0.9 }, T(100, 16)),
  // nan loss
  'dead-relu.raw-price-sgd-momentum': spec('housing', { ...housing, normalize: 'none' }, [D(16, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(50)),
  'nan-loss.sgd-0.5-wide-init-sine': spec('sine', { builtin: 'sine', samples: 200 }, [D(64, 'relu', { init: { name: 'normal', std: 2 } }), D(64, 'relu', { init: { name: 'normal', std: 2 } }), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.5 }, T(80)),
};

const builtin = (name, more = {}) => ({ builtin: name, ...more });
export const healthy = {
  'xor-tanh-adam': spec('xor', builtin('xor', { samples: 200 }), [D(8, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, T(200)),
  'xor-relu-sgd-momentum': spec('xor', builtin('xor', { samples: 300, noise: 0.1 }), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(150)),
  'circles-elu-rmsprop': spec('circles', builtin('circles', { samples: 400, noise: 0.08 }), [D(16, 'elu'), D(8, 'elu'), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, T(100)),
  'circles-leaky-adam-batch-full': spec('circles', builtin('circles', { samples: 200, noise: 0.05 }), [D(32, 'leaky_relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.03 }, T(400, 200)),
  'moons-relu-dropout': spec('moons', builtin('moons', { samples: 400, noise: 0.2 }), [D(64, 'relu'), drop(0.2), D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(100, 32, { validationSplit: 0.2 })),
  'moons-tanh-sgd-plain': spec('moons', builtin('moons', { samples: 300, noise: 0.1 }), [D(16, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.2 }, T(300, 16)),
  'spirals-deep-relu-adam': spec('spirals', builtin('spirals', { samples: 400, noise: 0.05, classes: 2 }), [D(64, 'relu'), D(64, 'relu'), D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(300)),
  'moons-relu-batchnorm-adam': spec('moons', builtin('moons', { samples: 400, noise: 0.15 }), [D(32, 'relu', { batchNorm: true }), D(16, 'relu', { batchNorm: true }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(100, 64)),
  'spirals-three-class-tanh-adam': spec('spirals', builtin('spirals', { samples: 300, noise: 0.05, classes: 3 }), [D(64, 'tanh'), D(64, 'tanh'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(300)),
  'blobs-five-elu-batch8': spec('blobs', builtin('blobs', { samples: 500, classes: 5 }), [D(24, 'elu'), D(5, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(40, 8)),
  'blobs-linear-softmax-sgd': spec('blobs', builtin('blobs', { samples: 300, classes: 3 }), [D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, T(60)),
  'iris-relu-adam-standard': spec('iris', builtin('iris', { normalize: 'standard' }), [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(150, 16)),
  'iris-sigmoid-rmsprop-minmax': spec('iris', builtin('iris', { normalize: 'minmax' }), [D(12, 'sigmoid'), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.01 }, T(200, 16)),
  'iris-batch1-sgd-small-lr': spec('iris', builtin('iris', { normalize: 'standard' }), [D(10, 'tanh'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.005 }, T(60, 1)),
  'iris-five-layers-weight-decay': spec('iris', builtin('iris', { normalize: 'standard' }), [D(32, 'relu'), D(32, 'relu'), D(16, 'relu'), D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003, weightDecay: 0.0005 }, T(120, 16)),
  'sine-tanh-adam': spec('sine', builtin('sine', { samples: 300, noise: 0.05 }), [D(32, 'tanh'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(300)),
  'sine-relu-deep-clipnorm': spec('sine', builtin('sine', { samples: 300, noise: 0.1 }), [D(64, 'relu'), D(64, 'relu'), D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.003, clipNorm: 1 }, T(200)),
  'sine-elu-sgd-nesterov': spec('sine', builtin('sine', { samples: 200, noise: 0.05, normalize: 'standard' }), [D(32, 'elu'), D(16, 'elu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, T(300, 16)),
  'housing-relu-adam-standard': spec('housing', housing, [D(32, 'relu'), D(16, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, T(150)),
  'housing-linear-regression-sgd': spec('housing', housing, [D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05 }, T(100)),
  'housing-minmax-rmsprop-val': spec('housing', { ...housing, normalize: 'minmax' }, [D(32, 'elu'), D(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.003 }, T(200, 16, { validationSplit: 0.2 })),
  'churn-logistic-adam': spec('churn', churn, [D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, T(100)),
  'churn-relu-dropout-weight-decay': spec('churn', churn, [D(32, 'relu'), drop(0.3), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002, weightDecay: 0.001 }, T(80, 32, { validationSplit: 0.2 })),
  'churn-tanh-sgd-full-batch': spec('churn', churn, [D(8, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5, momentum: 0.9 }, T(300, 400)),
  'quality-relu-adam': spec('quality', quality, [D(32, 'relu'), D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(100)),
  'quality-leaky-sgd-momentum': spec('quality', quality, [D(32, 'leaky_relu'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9 }, T(60, 16)),
  'quality-sigmoid-short-run': spec('quality', quality, [D(16, 'sigmoid'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, T(25)),
  'inline-and-gate': spec('and', { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 0, 0, 1] } }, [D(4, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, T(300, 4)),
  'inline-string-labels': spec('fruit', { inline: { x: [[150, 7], [170, 7.5], [140, 6.8], [130, 6], [120, 5.9], [115, 5.5], [300, 9], [320, 9.5], [280, 8.8], [160, 7.2], [125, 5.7], [310, 9.2]], y: ['apple', 'apple', 'apple', 'lemon', 'lemon', 'lemon', 'melon', 'melon', 'melon', 'apple', 'lemon', 'melon'] }, normalize: 'standard' }, [D(8, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.03 }, T(200, 4)),
  'inline-linear-trend': spec('trend', { inline: { x: [[0], [1], [2], [3], [4], [5], [6], [7], [8], [9]], y: [0.1, 1.1, 1.9, 3.2, 3.9, 5.1, 6.0, 7.1, 7.8, 9.0] }, normalize: 'minmax' }, [D(1, 'linear')], 'mse', { type: 'adam', lr: 0.1 }, T(300, 10)),
  'moons-adam-large-but-fine-lr': spec('moons', builtin('moons', { samples: 300, noise: 0.15 }), [D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, T(80)),
  'circles-adam-small-but-fine-lr-long': spec('circles', builtin('circles', { samples: 300, noise: 0.08 }), [D(32, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.0005 }, T(600)),
  'blobs-two-class-tanh-rmsprop-bce': spec('blobs', builtin('blobs', { samples: 300, classes: 2, noise: 0.5 }), [D(8, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, T(60)),
};

if (process.argv[1]?.endsWith("author.mjs")) for (const [kind, set] of [['faulty', faulty], ['healthy', healthy]])
  for (const [name, s] of Object.entries(set)) fs.writeFileSync(path.join(dir, kind, `${name}.nn.json`), JSON.stringify(s, null, 2) + '\n');
if (process.argv[1]?.endsWith("author.mjs")) console.log(Object.keys(faulty).length, 'faulty', Object.keys(healthy).length, 'healthy');
