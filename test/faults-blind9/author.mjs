// Writes every spec of this set: `node test/faults-blind9/author.mjs`. Faults in faulty/, healthy ones in healthy/.
import fs from 'fs';
import path from 'path';
const dir = path.dirname(new URL(import.meta.url).pathname);
const D = (units, activation, extra = {}) => ({ type: 'dense', units, activation, ...extra });
const spec = (name, data, layers, loss, optimizer, training, seed = 9) => ({ name, seed, data, layers, loss, optimizer, training });
const T = (epochs, batchSize = 32, extra = {}) => ({ epochs, batchSize, ...extra });
const house = (normalize = 'standard', target = 'price') => ({ csv: 'data/housing.csv', target, normalize });
const CH = (normalize = 'standard', extra = {}) => ({ csv: 'data/churn.csv', target: 'churned', features: ['tenure_months', 'monthly_charge', 'support_calls', 'contract_years'], normalize, ...extra });
const SEN = (normalize = 'standard') => ({ csv: 'data/sensors.csv', target: 'state', normalize });
const fix = (o) => JSON.stringify(o, null, 2).replace(/"data\/(\w|-)+\.csv"/g, (m) => m.replace('data/', '../data/'));

const faulty = {
  'invalid-spec.gelu-activation': spec('gelu', { builtin: 'moons', samples: 300 }, [D(32, 'gelu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(100)),
  'invalid-spec.keras-loss-name': spec('keras loss', SEN(), [D(16, 'relu'), D(3, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.005 }, T(80)),
  'invalid-spec.dropout-as-keep-prob': spec('keep prob', { builtin: 'circles', samples: 300 }, [D(32, 'relu'), { type: 'dropout', rate: 1.0 }, D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(100)),
  'data-error.csv-path-wrong-name': spec('wrong file', { csv: 'data/housing_prices.csv', target: 'price', normalize: 'standard' }, [D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(150)),
  'data-error.target-column-capitalised': spec('target typo', { csv: 'data/churn.csv', target: 'Churned', normalize: 'standard' }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(100)),
  'data-error.na-cells-in-export': spec('NA cells', { csv: 'data/housing-na.csv', target: 'price', normalize: 'standard' }, [D(32, 'relu'), D(16, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(150)),
  'shape-mismatch.two-outputs-three-classes': spec('3 classes 2 outputs', SEN(), [D(16, 'relu'), D(2, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(100)),
  'shape-mismatch.blobs-five-classes-four-units': spec('blobs 5', { builtin: 'blobs', classes: 5, samples: 400 }, [D(16, 'tanh'), D(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(80)),
  'loss-activation-mismatch.cce-with-sigmoid-outputs': spec('cce sigmoid', { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.01 }, T(150, 16)),
  'loss-activation-mismatch.sigmoid-output-price-regression': spec('sigmoid price', house(), [D(32, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.003 }, T(150)),
  'init-symmetry.zeros-hidden-layer': spec('zeros init', { builtin: 'circles', samples: 300, noise: 0.05 }, [D(16, 'tanh', { init: 'zeros' }), D(1, 'sigmoid', { init: 'zeros' })], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(150)),
  'init-symmetry.constant-init-everywhere': spec('constant init', { builtin: 'spirals', classes: 3, samples: 300 }, [D(32, 'relu', { init: { name: 'constant', value: 0.1 } }), D(32, 'relu', { init: { name: 'constant', value: 0.1 } }), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(300)),
  'init-scale.std-three-deep-tanh': spec('big init tanh', { builtin: 'moons', samples: 300 }, [D(64, 'tanh', { init: { name: 'normal', std: 3 } }), D(64, 'tanh', { init: { name: 'normal', std: 3 } }), D(64, 'tanh', { init: { name: 'normal', std: 3 } }), D(1, 'sigmoid', { init: { name: 'normal', std: 3 } })], 'bce', { type: 'sgd', lr: 0.01 }, T(150)),
  'init-scale.tiny-uniform-deep-relu': spec('tiny init relu', { builtin: 'spirals', classes: 3, samples: 300 }, [D(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), D(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), D(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), D(3, 'softmax', { init: { name: 'uniform', limit: 0.001 } })], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(200)),
  'no-nonlinearity.linear-stack-circles': spec('linear circles', { builtin: 'circles', samples: 300 }, [D(32, 'linear'), D(32, 'linear'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(200)),
  'no-nonlinearity.forgot-activation-spirals': spec('no act spirals', { builtin: 'spirals', classes: 3, samples: 300 }, [{ type: 'dense', units: 64 }, { type: 'dense', units: 64 }, D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(200)),
  'lr-out-of-range.adam-lr-five': spec('adam lr 5', { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 5 }, T(100, 16)),
  'lr-out-of-range.sgd-lr-1e-7': spec('sgd 1e-7', SEN(), [D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 1e-7, momentum: 0.9 }, T(100)),
  'lr-too-high.rmsprop-0.5-moons': spec('rmsprop hot', { builtin: 'moons', samples: 300, noise: 0.15 }, [D(32, 'relu'), D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.5 }, T(100)),
  'lr-too-high.sgd-0.12-momentum-housing': spec('sgd hot housing', house(), [D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.12, momentum: 0.9 }, T(100)),
  'lr-too-low.sgd-1e-4-circles': spec('sgd cold circles', { builtin: 'circles', samples: 300 }, [D(16, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.0001 }, T(150)),
  'lr-too-low.adam-2e-6-churn': spec('adam cold churn', CH(), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.000002 }, T(100)),
  'dead-relu.negative-bias-init': spec('neg bias relu', { builtin: 'moons', samples: 300 }, [D(32, 'relu', { bias: -2 }), D(32, 'relu', { bias: -2 }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(150)),
  'dead-relu.big-sgd-step-kills-units': spec('relu killed', house(), [D(32, 'relu'), D(16, 'relu'), D(8, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(100)),
  'vanishing-gradient.deep-sigmoid-stack': spec('deep sigmoid', { builtin: 'circles', samples: 300 }, [D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(150)),
  'vanishing-gradient.six-tanh-normal-0.05': spec('deep tanh small', SEN(), [D(32, 'tanh', { init: { name: 'normal', std: 0.05 } }), D(32, 'tanh', { init: { name: 'normal', std: 0.05 } }), D(32, 'tanh', { init: { name: 'normal', std: 0.05 } }), D(32, 'tanh', { init: { name: 'normal', std: 0.05 } }), D(32, 'tanh', { init: { name: 'normal', std: 0.05 } }), D(32, 'tanh', { init: { name: 'normal', std: 0.05 } }), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.01 }, T(100)),
  'exploding-gradient.raw-sqft-features': spec('raw sqft', house('none'), [D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, T(100)),
  'exploding-gradient.deep-relu-std-half': spec('deep relu std1', { builtin: 'sine', samples: 300 }, [D(64, 'relu', { init: { name: 'normal', std: 0.5 } }), D(64, 'relu', { init: { name: 'normal', std: 0.5 } }), D(64, 'relu', { init: { name: 'normal', std: 0.5 } }), D(64, 'relu', { init: { name: 'normal', std: 0.5 } }), D(1, 'linear', { init: { name: 'normal', std: 0.5 } })], 'mse', { type: 'sgd', lr: 0.01 }, T(100)),
  'saturated-activation.tanh-on-raw-churn': spec('tanh raw churn', CH('none'), [D(16, 'tanh'), D(8, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(100)),
  'saturated-activation.sigmoid-bias-eight': spec('sigmoid bias', { builtin: 'xor', samples: 300 }, [D(16, 'sigmoid', { bias: 8 }), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, T(150)),
  'loss-plateau.id-column-as-feature': spec('id feature', { csv: 'data/churn.csv', target: 'churned', features: ['customer_id'], normalize: 'standard' }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(100)),
  'loss-plateau.one-unit-bottleneck-spirals': spec('bottleneck', { builtin: 'spirals', classes: 3, samples: 300 }, [D(1, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(200)),
  'oscillating-loss.momentum-0.99-iris': spec('momentum .99', { builtin: 'iris', normalize: 'standard' }, [D(16, 'tanh'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.99 }, T(150, 16)),
  'oscillating-loss.batch-four-sgd-momentum-moons': spec('batch4 moons', { builtin: 'moons', samples: 300, noise: 0.2 }, [D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5, momentum: 0.9 }, T(80, 4)),
  'nan-loss.housing-raw-sgd': spec('raw housing nan', house('none'), [D(64, 'relu'), D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100)),
  'nan-loss.sentinel-max-double-inline': spec('sentinel', { inline: { x: [[0.2, 1.1], [0.5, 0.9], [1.7e308, 1.0], [0.8, 0.3], [0.1, 0.2], [0.9, 1.3], [0.4, 0.6], [0.7, 0.8], [0.3, 1.2], [0.6, 0.4], [1.7e308, 0.7], [0.95, 0.15]], y: [1, 1, 0, 0, 0, 1, 0, 1, 1, 0, 1, 0] } }, [D(8, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(100, 4)),
};

const healthy = {
  'xor-relu-adam': spec('xor', { builtin: 'xor', samples: 300 }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(150)),
  'circles-tanh-sgd-momentum': spec('circles', { builtin: 'circles', samples: 300 }, [D(16, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(150)),
  'moons-elu-rmsprop': spec('moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [D(32, 'elu'), D(16, 'elu'), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, T(100)),
  'spirals-three-relu-deep': spec('spirals', { builtin: 'spirals', classes: 3, samples: 300 }, [D(64, 'relu'), D(64, 'relu'), D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(300)),
  'blobs-four-softmax-sgd': spec('blobs', { builtin: 'blobs', classes: 4, samples: 400 }, [D(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, T(60)),
  'sine-tanh-adam': spec('sine', { builtin: 'sine', samples: 300 }, [D(32, 'tanh'), D(32, 'tanh'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, T(300)),
  'iris-standard-relu-adam': spec('iris', { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(150, 16)),
  'iris-minmax-sigmoid-sgd-large': spec('iris sgd', { builtin: 'iris', normalize: 'minmax' }, [D(16, 'sigmoid'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.5 }, T(300, 16)),
  'housing-standard-relu-adam': spec('housing', house(), [D(32, 'relu'), D(16, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, T(150)),
  'churn-leaky-batchnorm-adam': spec('churn', CH(), [D(32, 'leaky_relu', { batchNorm: true }), D(16, 'leaky_relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(80)),
  'sensors-tanh-dropout-rmsprop': spec('sensors', SEN(), [D(32, 'tanh'), { type: 'dropout', rate: 0.2 }, D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, T(100)),
  'inline-or-gate-full-batch': spec('or gate', { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 1, 1, 1] } }, [D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1 }, T(500, 4)),
  'inline-linear-regression': spec('linear fit', { inline: { x: [[0], [1], [2], [3], [4], [5], [6], [7], [8], [9]], y: [1.1, 2.9, 5.2, 6.8, 9.1, 11, 13.2, 14.9, 17.1, 18.8] }, normalize: 'standard' }, [D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05 }, T(200, 10)),
  'xor-batch-one-sgd': spec('xor b1', { builtin: 'xor', samples: 200 }, [D(8, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(60, 1)),
  'moons-full-batch-adam': spec('moons full', { builtin: 'moons', samples: 300 }, [D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.03 }, T(300, 300)),
  'circles-five-deep-batchnorm': spec('circles deep', { builtin: 'circles', samples: 400 }, [D(32, 'relu', { batchNorm: true }), D(32, 'relu', { batchNorm: true }), D(32, 'relu', { batchNorm: true }), D(16, 'relu', { batchNorm: true }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(100)),
  'spirals-five-elu-dropout': spec('spirals 5', { builtin: 'spirals', classes: 5, samples: 500, noise: 0.05 }, [D(64, 'elu'), { type: 'dropout', rate: 0.1 }, D(64, 'elu'), D(5, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(300)),
  'blobs-three-lecun-nesterov-wd': spec('blobs 3', { builtin: 'blobs', classes: 3, samples: 300 }, [D(16, 'elu', { init: 'lecun_normal' }), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true, weightDecay: 0.0001 }, T(80)),
  'sine-small-lr-long-run': spec('sine slow', { builtin: 'sine', samples: 300 }, [D(32, 'tanh'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.001 }, T(1000)),
  'iris-clipnorm-sgd-momentum': spec('iris clip', { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(8, 'relu'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, clipNorm: 1 }, T(150, 16)),
  'housing-minmax-rmsprop': spec('housing minmax', house('minmax'), [D(32, 'elu'), D(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.003 }, T(200)),
  'churn-string-labels-cce': spec('churn cce', CH(), [D(16, 'relu'), D(2, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(80)),
  'sensors-relu-batchnorm-validation': spec('sensors val', SEN(), [D(32, 'relu', { batchNorm: true }), { type: 'dropout', rate: 0.3 }, D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(100, 32, { validationSplit: 0.2 })),
  'moons-leaky-he-uniform-short': spec('moons short', { builtin: 'moons', samples: 300 }, [D(32, 'leaky_relu', { init: 'he_uniform' }), D(32, 'leaky_relu', { init: 'he_uniform' }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, T(25)),
  'xor-tanh-xavier-rmsprop': spec('xor tanh', { builtin: 'xor', samples: 300 }, [D(16, 'tanh', { init: 'xavier_normal' }), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.01 }, T(150)),
  'inline-string-labels-pets': spec('pets', { inline: { x: [[4.1, 30], [3.8, 28], [25, 60], [30, 65], [4.5, 33], [22, 55], [3.2, 25], [28, 70], [5, 35], [35, 72], [4.0, 29], [27, 58]], y: ['cat', 'cat', 'dog', 'dog', 'cat', 'dog', 'cat', 'dog', 'cat', 'dog', 'cat', 'dog'] }, normalize: 'standard' }, [D(8, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, T(100, 4)),
  'circles-sigmoid-hidden-adam': spec('circles sigmoid', { builtin: 'circles', samples: 300 }, [D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, T(200)),
  'blobs-two-logistic-regression': spec('logistic', { builtin: 'blobs', samples: 300 }, [D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, T(50)),
  'sine-elu-three-sgd-momentum': spec('sine elu', { builtin: 'sine', samples: 300 }, [D(32, 'elu'), D(32, 'elu'), D(32, 'elu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.002, momentum: 0.9 }, T(300)),
  'housing-weight-decay-clip-adam': spec('housing wd', house(), [D(64, 'relu'), D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.002, weightDecay: 0.0005, clipNorm: 5 }, T(150, 16)),
  'spirals-two-deep-tanh': spec('spirals tanh', { builtin: 'spirals', samples: 300 }, [D(32, 'tanh'), D(32, 'tanh'), D(32, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(300)),
  'churn-subset-minmax-sgd-batch64': spec('churn sgd', CH('minmax'), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.2, momentum: 0.9 }, T(150, 64)),
  'sensors-five-layer-elu-adam-wd': spec('sensors deep', SEN(), [D(32, 'elu'), D(32, 'elu'), D(32, 'elu'), D(16, 'elu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.002, weightDecay: 0.0001 }, T(100)),
};

for (const [sub, set] of [['faulty', faulty], ['healthy', healthy]]) {
  fs.mkdirSync(path.join(dir, sub), { recursive: true });
  for (const [name, s] of Object.entries(set)) fs.writeFileSync(path.join(dir, sub, `${name}.nn.json`), fix(s) + '\n');
}
console.log(Object.keys(faulty).length, 'faulty', Object.keys(healthy).length, 'healthy');
