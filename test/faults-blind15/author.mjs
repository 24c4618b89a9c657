// Writes every spec of the set (faulty/ and healthy/) from the compact descriptions below.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
const d = (units, activation, extra = {}) => ({ type: 'dense', units, activation, ...extra });
const B = (builtin, extra = {}) => ({ builtin, ...extra });
const houses = (extra = {}) => ({ csv: '../data/houses.csv', target: 'price', ...extra });
const churn = (extra = {}) => ({ csv: '../data/churn.csv', target: 'churned', ...extra });
const wines = (extra = {}) => ({ csv: '../data/wines.csv', target: 'grape', ...extra });
const opt = (type, lr, extra = {}) => ({ type, lr, ...extra });
const tr = (epochs, batchSize, extra = {}) => ({ epochs, batchSize, ...extra });
const spec = (name, data, layers, loss, optimizer, training, seed = 15) => ({ name, seed, data, layers, loss, optimizer, training });
const xorInline = { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 1, 1, 0] } };

const faulty = {
  'invalid-spec.optimizer-adamw': spec('adamw', B('moons'), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adamw', 0.001), tr(60, 32)),
  'invalid-spec.loss-crossentropy': spec('ce', B('iris', { normalize: 'standard' }), [d(16, 'relu'), d(3, 'softmax')], 'categorical_crossentropy', opt('adam', 0.01), tr(100, 16)),
  'invalid-spec.dropout-percent': spec('drop', B('circles'), [d(32, 'relu'), { type: 'dropout', rate: 20 }, d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(80, 32)),
  'data-error.target-column-typo': spec('churn', churn({ target: 'churn' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(60, 32)),
  'data-error.na-cells': spec('churn-na', { csv: '../data/churn-na.csv', target: 'churned', normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(60, 32)),
  'data-error.missing-file': spec('houses', { csv: '../data/house.csv', target: 'price', normalize: 'standard' }, [d(32, 'relu'), d(1, 'linear')], 'mse', opt('adam', 0.01), tr(100, 32)),
  'shape-mismatch.iris-two-outputs': spec('iris2', B('iris', { normalize: 'standard' }), [d(16, 'relu'), d(2, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 16)),
  'shape-mismatch.sine-four-outputs': spec('sine4', B('sine', { samples: 300 }), [d(32, 'tanh'), d(4, 'linear')], 'mse', opt('adam', 0.01), tr(150, 32)),
  'shape-mismatch.wines-one-sigmoid': spec('wines1', wines({ normalize: 'standard' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(80, 32)),
  'loss-activation-mismatch.cce-sigmoid-outputs': spec('iris-sig', B('iris', { normalize: 'standard' }), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', opt('adam', 0.01), tr(100, 16)),
  'loss-activation-mismatch.bce-linear-output': spec('moons-lin', B('moons', { samples: 300 }), [d(16, 'relu'), d(16, 'relu'), d(1, 'linear')], 'bce', opt('adam', 0.01), tr(80, 32)),
  'loss-activation-mismatch.bce-tanh-output': spec('churn-tanh', churn({ normalize: 'standard' }), [d(16, 'relu'), d(1, 'tanh')], 'bce', opt('adam', 0.005), tr(60, 32)),
  'init-symmetry.zeros-hidden': spec('circ-zero', B('circles', { samples: 300 }), [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(100, 32)),
  'init-symmetry.constant-hidden': spec('moons-const', B('moons', { samples: 300 }), [d(24, 'relu', { init: 'constant', value: 0.1 }), d(24, 'relu', { init: 'constant', value: 0.1 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32)),
  'init-scale.tanh-std-3': spec('spir-big', B('spirals', { samples: 300 }), [d(32, 'tanh', { init: 'normal', std: 3 }), d(32, 'tanh', { init: 'normal', std: 3 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(150, 32)),
  'init-scale.deep-relu-tiny': spec('blobs-tiny', B('blobs', { classes: 4, samples: 400 }), [d(32, 'relu', { init: 'normal', std: 0.001 }), d(32, 'relu', { init: 'normal', std: 0.001 }), d(32, 'relu', { init: 'normal', std: 0.001 }), d(32, 'relu', { init: 'normal', std: 0.001 }), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(60, 32)),
  'no-nonlinearity.circles-linear-stack': spec('circ-lin', B('circles', { samples: 400 }), [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(100, 32)),
  'no-nonlinearity.xor-linear-hidden': spec('xor-lin', B('xor', { samples: 300 }), [d(8), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(150, 32)),
  'lr-out-of-range.adam-lr-2': spec('adam2', B('moons', { samples: 300 }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 2), tr(60, 32)),
  'lr-out-of-range.sgd-lr-1e-7': spec('sgd-tiny', B('blobs', { samples: 300 }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 1e-7), tr(100, 32)),
  'lr-too-high.sgd-moons-lr-4': spec('moons-sgd', B('moons', { samples: 300 }), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 4), tr(60, 16)),
  'lr-too-high.adam-spirals-0p3': spec('spir-adam', B('spirals', { samples: 400 }), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.3), tr(100, 32)),
  'lr-too-high.rmsprop-sine-0p2': spec('sine-rms', B('sine', { samples: 300 }), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('rmsprop', 0.2), tr(100, 32)),
  'lr-too-low.sgd-iris-1e-4': spec('iris-slow', B('iris', { normalize: 'standard' }), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.0001), tr(100, 16)),
  'lr-too-low.adam-houses-1e-5': spec('houses-slow', houses({ normalize: 'standard' }), [d(32, 'relu'), d(1)], 'mse', opt('adam', 0.00001), tr(100, 32)),
  'dead-relu.negative-bias': spec('moons-negbias', B('moons', { samples: 300 }), [d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(80, 32)),
  'dead-relu.raw-wines-sgd': spec('wines-raw-relu', wines(), [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.05), tr(60, 32)),
  'dead-relu.raw-churn-momentum': spec('churn-raw-relu', churn(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.01, { momentum: 0.9 }), tr(60, 32)),
  'vanishing-gradient.deep-sigmoid-sgd': spec('deep-sig', B('moons', { samples: 400 }), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(80, 32)),
  'vanishing-gradient.deep-tanh-small-normal': spec('deep-tanh', B('circles', { samples: 400 }), [d(32, 'tanh', { init: 'normal', std: 0.05 }), d(32, 'tanh', { init: 'normal', std: 0.05 }), d(32, 'tanh', { init: 'normal', std: 0.05 }), d(32, 'tanh', { init: 'normal', std: 0.05 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9 }), tr(80, 32)),
  'exploding-gradient.raw-price-target': spec('houses-explode', houses({ normalize: 'standard' }), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(60, 16)),
  'exploding-gradient.deep-relu-std0p4': spec('deep-relu-big', B('sine', { samples: 300 }), [d(64, 'relu', { init: 'normal', std: 0.4 }), d(64, 'relu', { init: 'normal', std: 0.4 }), d(64, 'relu', { init: 'normal', std: 0.4 }), d(64, 'relu', { init: 'normal', std: 0.4 }), d(1, 'linear', { init: 'normal', std: 0.4 })], 'mse', opt('sgd', 0.001, { momentum: 0.9 }), tr(60, 32)),
  'saturated-activation.tanh-raw-wines': spec('wines-raw', wines(), [d(32, 'tanh', { init: 'normal', std: 0.5 }), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(80, 32)),
  'saturated-activation.sigmoid-bias-6': spec('churn-bias', churn({ normalize: 'standard' }), [d(32, 'sigmoid', { bias: 6 }), d(32, 'sigmoid', { bias: 6 }), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05), tr(80, 32)),
  'loss-plateau.spirals-two-units': spec('spir-narrow', B('spirals', { samples: 400 }), [d(2, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(150, 32)),
  'loss-plateau.heavy-dropout': spec('circ-drop', B('circles', { samples: 300 }), [d(16, 'relu'), { type: 'dropout', rate: 0.95 }, d(1, 'sigmoid')], 'bce', opt('sgd', 0.01), tr(120, 32)),
  'oscillating-loss.sgd-momentum-0p99': spec('blobs-mom', B('blobs', { classes: 3, samples: 300 }), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('sgd', 0.2, { momentum: 0.99 }), tr(80, 32)),
  'oscillating-loss.batch1-adam-0p05': spec('sine-b1', B('sine', { samples: 200 }), [d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.05), tr(60, 1)),
  'nan-loss.raw-target-sgd': spec('houses-nan', houses(), [d(32, 'tanh'), d(1)], 'mse', opt('sgd', 0.05), tr(60, 32)),
  'nan-loss.circles-mse-sgd-1p5': spec('circ-rms', B('circles', { samples: 300 }), [d(64, 'relu'), d(64, 'relu'), d(1, 'linear')], 'mse', opt('sgd', 1.5), tr(60, 8)),
};

const healthy = {
  'xor-inline-tanh': spec('xor', xorInline, [d(4, 'tanh'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05), tr(400, 4)),
  'xor-builtin-relu': spec('xor', B('xor', { samples: 300 }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(120, 32)),
  'circles-elu-rmsprop': spec('circles', B('circles', { samples: 400 }), [d(16, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.005), tr(100, 32)),
  'circles-leaky-sgd-full-batch': spec('circles', B('circles', { samples: 300 }), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5, { momentum: 0.9 }), tr(300, 300)),
  'moons-dropout-adam': spec('moons', B('moons', { samples: 400, noise: 0.2 }), [d(64, 'relu'), { type: 'dropout', rate: 0.3 }, d(32, 'relu'), { type: 'dropout', rate: 0.2 }, d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(120, 32, { validationSplit: 0.2 })),
  'moons-sgd-nesterov': spec('moons', B('moons', { samples: 300 }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), tr(150, 16)),
  'spirals-deep-adam': spec('spirals', B('spirals', { samples: 400, noise: 0.05 }), [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(300, 32)),
  'spirals3-relu-adam-long': spec('spirals3', B('spirals', { classes: 3, samples: 450, noise: 0.05 }), [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(300, 32)),
  'moons-tanh-batchnorm': spec('moons', B('moons', { samples: 400 }), [d(32, 'tanh', { batchNorm: true }), d(32, 'tanh', { batchNorm: true }), d(1, 'sigmoid')], 'bce', opt('adam', 0.005), tr(100, 32)),
  'blobs4-sgd-small-batch': spec('blobs4', B('blobs', { classes: 4, samples: 400, noise: 0.3 }), [d(16, 'relu'), d(4, 'softmax')], 'cce', opt('sgd', 0.05), tr(60, 8)),
  'blobs2-logistic': spec('blobs', B('blobs', { samples: 200 }), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(50, 16)),
  'sine-tanh-adam': spec('sine', B('sine', { samples: 300, noise: 0.05 }), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', opt('adam', 0.01), tr(300, 32)),
  'sine-relu-rmsprop-wd': spec('sine', B('sine', { samples: 300 }), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', opt('rmsprop', 0.002, { weightDecay: 0.0001 }), tr(200, 32)),
  'sine-sigmoid-hidden': spec('sine', B('sine', { samples: 300 }), [d(32, 'sigmoid'), d(1)], 'mse', opt('adam', 0.02), tr(400, 16)),
  'iris-adam-standard': spec('iris', B('iris', { normalize: 'standard' }), [d(16, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(150, 16, { validationSplit: 0.2 })),
  'iris-minmax-sgd-momentum': spec('iris', B('iris', { normalize: 'minmax' }), [d(32, 'tanh'), d(3, 'softmax')], 'cce', opt('sgd', 0.1, { momentum: 0.9 }), tr(200, 16)),
  'iris-batch1-sgd': spec('iris', B('iris', { normalize: 'standard' }), [d(8, 'elu'), d(3, 'softmax')], 'cce', opt('sgd', 0.01), tr(60, 1)),
  'iris-five-layers-batchnorm': spec('iris', B('iris', { normalize: 'standard' }), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', opt('adam', 0.005), tr(120, 32)),
  'houses-adam-standard': spec('houses', houses({ normalize: 'standard' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', opt('adam', 0.01), tr(300, 32)),
  'houses-linear-regression': spec('houses', houses({ normalize: 'standard' }), [d(1)], 'mse', opt('adam', 0.5), tr(300, 32)),
  'houses-clipnorm-adam-minmax': spec('houses', houses({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', opt('adam', 0.05, { clipNorm: 1000 }), tr(300, 32)),
  'churn-adam-dropout': spec('churn', churn({ normalize: 'standard' }), [d(16, 'relu'), { type: 'dropout', rate: 0.2 }, d(1, 'sigmoid')], 'bce', opt('adam', 0.003), tr(60, 32)),
  'churn-logistic-sgd': spec('churn', churn({ normalize: 'standard' }), [d(1, 'sigmoid')], 'bce', opt('sgd', 0.1), tr(100, 16)),
  'churn-rmsprop-wd-long': spec('churn', churn({ normalize: 'minmax' }), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', opt('rmsprop', 0.001, { weightDecay: 0.001 }), tr(400, 64)),
  'churn-features-subset': spec('churn', churn({ normalize: 'standard', features: ['tenure_months', 'monthly_fee', 'support_tickets'] }), [d(8, 'leaky_relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.01), tr(80, 32)),
  'wines-adam-standard': spec('wines', wines({ normalize: 'standard' }), [d(32, 'relu'), d(3, 'softmax')], 'cce', opt('adam', 0.01), tr(100, 32)),
  'wines-sgd-batchnorm-raw': spec('wines', wines(), [d(32, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', opt('sgd', 0.05, { momentum: 0.9 }), tr(100, 32)),
  'wines-adam-small-lr-long': spec('wines', wines({ normalize: 'standard' }), [d(32, 'tanh'), d(16, 'tanh'), d(3, 'softmax')], 'cce', opt('adam', 0.0005), tr(400, 32)),
  'moons-adam-large-lr-clip': spec('moons', B('moons', { samples: 300 }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.05, { clipNorm: 5 }), tr(80, 32)),
  'circles-short-run-big-batch': spec('circles', B('circles', { samples: 500 }), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', opt('adam', 0.02), tr(40, 128)),
  'blobs3-elu-validation': spec('blobs3', B('blobs', { classes: 3, samples: 300 }), [d(16, 'elu'), d(16, 'elu'), d(3, 'softmax')], 'cce', opt('rmsprop', 0.003), tr(60, 32, { validationSplit: 0.25 })),
  'xor-sgd-sigmoid-hidden': spec('xor', B('xor', { samples: 400 }), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', opt('sgd', 0.5, { momentum: 0.9 }), tr(200, 32)),
  'line-inline-relu': spec('line', { inline: { x: Array.from({ length: 40 }, (_, i) => [i / 4]), y: Array.from({ length: 40 }, (_, i) => +(1.5 * (i / 4) - 2 + 0.3 * Math.sin(i * 7.3)).toFixed(3)) } }, [d(8, 'relu'), d(1)], 'mse', opt('adam', 0.01), tr(300, 8)),
};

for (const [slug, s] of Object.entries(faulty)) writeFileSync(join(here, 'faulty', `${slug}.nn.json`), JSON.stringify(s, null, 2) + '\n');
for (const [slug, s] of Object.entries(healthy)) writeFileSync(join(here, 'healthy', `${slug}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(Object.keys(faulty).length, 'faulty', Object.keys(healthy).length, 'healthy');
