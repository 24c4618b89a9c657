// Writes every spec of this set. Run: node test/faults-blind14/author.mjs
import * as fs from 'fs';
import * as path from 'path';
const dir = path.dirname(new URL(import.meta.url).pathname);
const D = (units, activation, extra = {}) => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate) => ({ type: 'dropout', rate });
const T = (epochs, batchSize, validationSplit) => ({ epochs, batchSize, ...(validationSplit ? { validationSplit } : {}) });
const rent = (normalize = 'standard') => ({ csv: '../data/rent.csv', target: 'rent', normalize });
const patients = (normalize = 'standard') => ({ csv: '../data/patients.csv', target: 'outcome', normalize });
const machines = (normalize = 'standard') => ({ csv: '../data/machines.csv', target: 'status', normalize });
const spec = (name, seed, data, layers, loss, optimizer, training) => ({ name, seed, data, layers, loss, optimizer, training });
const xorInline = { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 1, 1, 0] } };

export const faulty = {
  // invalid-spec
  'invalid-spec.activation-gelu': spec('gelu', 3, { builtin: 'moons', samples: 300 }, [D(16, 'gelu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(100, 32)),
  'invalid-spec.batchsize-zero': spec('bs0', 4, { builtin: 'circles', samples: 300 }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(100, 0)),
  'invalid-spec.loss-crossentropy-name': spec('ce', 5, { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(3, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.01 }, T(100, 16)),
  // data-error
  'data-error.na-in-csv': spec('na', 6, { csv: '../data/patients-na.csv', target: 'outcome', normalize: 'standard' }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(80, 32, 0.2)),
  'data-error.target-column-typo': spec('typo', 7, { csv: '../data/rent.csv', target: 'rent_eur', normalize: 'standard' }, [D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.01 }, T(100, 32)),
  'data-error.inline-y-short': spec('ys', 8, { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.5]], y: [0, 1, 1, 0] } }, [D(4, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, T(300, 5)),
  // shape-mismatch
  'shape-mismatch.iris-two-outputs': spec('iris2', 9, { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(2, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(150, 16)),
  'shape-mismatch.blobs4-three-outputs': spec('b4', 10, { builtin: 'blobs', classes: 4, samples: 400 }, [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(100, 32)),
  'shape-mismatch.rent-two-outputs': spec('r2', 11, rent(), [D(32, 'relu'), D(2)], 'mse', { type: 'adam', lr: 0.01 }, T(150, 32)),
  // loss-activation-mismatch
  'loss-activation-mismatch.bce-relu-output': spec('bcerelu', 12, patients(), [D(16, 'relu'), D(1, 'relu')], 'bce', { type: 'adam', lr: 0.005 }, T(100, 32, 0.2)),
  'loss-activation-mismatch.cce-sigmoid-outputs': spec('ccesig', 13, machines(), [D(16, 'tanh'), D(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.01 }, T(120, 32)),
  'loss-activation-mismatch.mse-softmax-regression': spec('msesm', 14, { builtin: 'sine', samples: 300 }, [D(32, 'tanh'), D(1, 'softmax')], 'mse', { type: 'adam', lr: 0.01 }, T(200, 32)),
  // init-symmetry
  'init-symmetry.zeros-hidden': spec('zeros', 15, { builtin: 'moons', samples: 300 }, [D(16, 'tanh', { init: 'zeros' }), D(1, 'sigmoid', { init: 'zeros' })], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(150, 32)),
  'init-symmetry.constant-init-spirals': spec('constspir', 16, { builtin: 'spirals', samples: 600, classes: 3, noise: 0.05 }, [D(64, 'relu', { init: 'constant', value: 0.05 }), D(64, 'relu', { init: 'constant', value: 0.05 }), D(3, 'softmax', { init: 'constant', value: 0.05 })], 'cce', { type: 'adam', lr: 0.003 }, T(300, 32)),
  // init-scale
  'init-scale.normal-std3-deep-tanh': spec('std3', 17, { builtin: 'spirals', samples: 400, classes: 2 }, [0, 1, 2, 3].map(() => D(64, 'tanh', { init: 'normal', std: 3 })).concat([D(1, 'sigmoid')]), 'bce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(150, 32)),
  'init-scale.uniform-tiny-deep-relu': spec('tiny', 18, { builtin: 'circles', samples: 400 }, [D(32, 'relu', { init: 'uniform', limit: 0.001 }), D(32, 'relu', { init: 'uniform', limit: 0.001 }), D(32, 'relu', { init: 'uniform', limit: 0.001 }), D(32, 'relu', { init: 'uniform', limit: 0.001 }), D(1, 'sigmoid', { init: 'uniform', limit: 0.001 })], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(100, 32)),
  // no-nonlinearity
  'no-nonlinearity.circles-linear-stack': spec('linstack', 19, { builtin: 'circles', samples: 400 }, [D(32), D(32), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(150, 32)),
  'no-nonlinearity.sine-linear-hidden': spec('linsine', 20, { builtin: 'sine', samples: 300 }, [D(64, 'linear'), D(64, 'linear'), D(1)], 'mse', { type: 'adam', lr: 0.005 }, T(200, 32)),
  // lr-out-of-range
  'lr-out-of-range.adam-lr-5': spec('adam5', 21, { builtin: 'moons', samples: 300 }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 5 }, T(100, 32)),
  'lr-out-of-range.sgd-lr-1e-7': spec('sgd1e7', 22, machines(), [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 1e-7 }, T(100, 32)),
  // lr-too-high
  'lr-too-high.adam-0.1-spirals': spec('adam01spir', 23, { builtin: 'spirals', samples: 400, classes: 3 }, [D(64, 'relu'), D(64, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.1 }, T(150, 32)),
  'lr-too-high.adam-0.2-machines': spec('adam02', 24, machines(), [D(32, 'relu'), D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.2 }, T(100, 32)),
  'lr-too-high.sgd-momentum-0.99-sine': spec('mom99sine', 25, { builtin: 'sine', samples: 300 }, [D(32, 'tanh'), D(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.99 }, T(150, 32)),
  // lr-too-low
  'lr-too-low.sgd-1e-4-moons': spec('sgdlow', 26, { builtin: 'moons', samples: 300 }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.0001 }, T(150, 32)),
  'lr-too-low.adam-1e-5-machines': spec('adamlow', 27, machines(), [D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.00001 }, T(100, 32)),
  // dead-relu
  'dead-relu.negative-bias': spec('negbias', 28, patients(), [D(32, 'relu', { bias: -4 }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, T(100, 32)),
  'dead-relu.sgd-spike-rent-raw': spec('spike', 29, rent('minmax'), [D(32, 'relu'), D(32, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.01 }, T(100, 32)),
  // vanishing-gradient
  'vanishing-gradient.five-sigmoid-layers': spec('sig5', 30, { builtin: 'spirals', samples: 400, classes: 2 }, [D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(150, 32)),
  'vanishing-gradient.deep-tanh-small-normal': spec('tanhsmall', 31, { builtin: 'moons', samples: 300 }, [D(32, 'tanh', { init: 'normal', std: 0.05 }), D(32, 'tanh', { init: 'normal', std: 0.05 }), D(32, 'tanh', { init: 'normal', std: 0.05 }), D(32, 'tanh', { init: 'normal', std: 0.05 }), D(1, 'sigmoid', { init: 'normal', std: 0.05 })], 'bce', { type: 'sgd', lr: 0.05 }, T(100, 32)),
  // exploding-gradient
  'exploding-gradient.deep-relu-normal-0.5': spec('std05', 32, { builtin: 'sine', samples: 300 }, [0, 1, 2, 3].map(() => D(64, 'relu', { init: 'normal', std: 0.5 })).concat([D(1)]), 'mse', { type: 'sgd', lr: 0.0001 }, T(60, 32)),
  'exploding-gradient.deep-relu-normal-0.7-adam': spec('std07', 33, { builtin: 'sine', samples: 300 }, [0, 1, 2, 3].map(() => D(64, 'relu', { init: 'normal', std: 0.7 })).concat([D(1)]), 'mse', { type: 'adam', lr: 0.001 }, T(60, 32)),
  // saturated-activation
  'saturated-activation.sigmoid-raw-patients': spec('sigraw', 34, patients('none'), [D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(100, 32)),
  'saturated-activation.tanh-bias-4': spec('tanhbias', 35, { builtin: 'circles', samples: 400 }, [D(32, 'tanh', { bias: 4 }), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(120, 32)),
  // loss-plateau
  'loss-plateau.spirals-two-units': spec('narrow', 36, { builtin: 'spirals', samples: 400, classes: 3 }, [D(2, 'tanh'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(200, 32)),
  'loss-plateau.xor-single-relu-unit': spec('xor1', 37, { builtin: 'xor', samples: 300 }, [D(1, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(200, 32)),
  // oscillating-loss
  'oscillating-loss.rmsprop-0.05-sine': spec('rms05sine', 38, { builtin: 'sine', samples: 300 }, [D(32, 'tanh'), D(32, 'tanh'), D(1)], 'mse', { type: 'rmsprop', lr: 0.05 }, T(100, 16)),
  'oscillating-loss.adam-0.3-batch8': spec('adam03b8', 39, { builtin: 'moons', samples: 300, noise: 0.2 }, [D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.3 }, T(100, 8)),
  // nan-loss
  'nan-loss.rent-raw-sgd-momentum': spec('nanrent', 40, rent('none'), [D(32, 'relu'), D(32, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(50, 32)),
  'nan-loss.sgd-lr-5-sine': spec('sgd5', 41, { builtin: 'sine', samples: 300 }, [D(64, 'relu'), D(64, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 5 }, T(50, 16)),
  'nan-loss.deep-relu-normal-std1': spec('std1', 42, { builtin: 'sine', samples: 300 }, [0, 1, 2, 3].map(() => D(64, 'relu', { init: 'normal', std: 1 })).concat([D(1, 'linear', { init: 'normal', std: 1 })]), 'mse', { type: 'sgd', lr: 0.001, momentum: 0.9 }, T(100, 32)),
  'nan-loss.rent-target-sgd-0.2': spec('rent02', 43, rent(), [D(16, 'tanh'), D(1)], 'mse', { type: 'sgd', lr: 0.2 }, T(100, 32)),
};

const H = (name, seed, data, layers, loss, optimizer, training) => spec(name, seed, data, layers, loss, optimizer, training);
export const healthy = {
  'xor-inline-tanh-full': H('xi', 101, xorInline, [D(4, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, T(400, 4)),
  'xor-builtin-elu-rmsprop': H('xe', 102, { builtin: 'xor', samples: 300, noise: 0.15 }, [D(16, 'elu'), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, T(150, 32)),
  'circles-relu-adam': H('c', 103, { builtin: 'circles', samples: 400 }, [D(16, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(150, 32, 0.2)),
  'circles-leaky-sgd-momentum': H('cl', 104, { builtin: 'circles', samples: 400, noise: 0.08 }, [D(32, 'leaky_relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(150, 32)),
  'moons-tanh-sgd': H('m', 105, { builtin: 'moons', samples: 300 }, [D(16, 'tanh'), D(16, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(200, 32)),
  'moons-relu-dropout-adam': H('md', 106, { builtin: 'moons', samples: 500, noise: 0.2 }, [D(64, 'relu'), drop(0.2), D(32, 'relu'), drop(0.2), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(150, 32, 0.2)),
  'moons-batchnorm-nesterov': H('mb', 107, { builtin: 'moons', samples: 400 }, [D(32, 'relu', { batchNorm: true }), D(32, 'relu', { batchNorm: true }), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, T(100, 32)),
  'spirals3-deep-relu-adam': H('s3', 108, { builtin: 'spirals', samples: 600, classes: 3, noise: 0.05 }, [D(64, 'relu'), D(64, 'relu'), D(64, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(300, 32)),
  'spirals2-tanh-adam-long': H('s2', 109, { builtin: 'spirals', samples: 400, classes: 2, noise: 0.05 }, [D(48, 'tanh'), D(48, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(500, 32)),
  'blobs3-small-linear-softmax': H('b3', 110, { builtin: 'blobs', classes: 3, samples: 300 }, [D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, T(100, 32)),
  'blobs5-relu-rmsprop': H('b5', 111, { builtin: 'blobs', classes: 5, samples: 500 }, [D(32, 'relu'), D(5, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003 }, T(100, 64)),
  'sine-tanh-adam': H('si', 112, { builtin: 'sine', samples: 300 }, [D(32, 'tanh'), D(32, 'tanh'), D(1)], 'mse', { type: 'adam', lr: 0.01 }, T(300, 32)),
  'sine-elu-sgd-full-batch': H('sf', 113, { builtin: 'sine', samples: 200 }, [D(32, 'elu'), D(1)], 'mse', { type: 'adam', lr: 0.02 }, T(800, 200)),
  'sine-sigmoid-hidden': H('ss', 114, { builtin: 'sine', samples: 300, noise: 0.05 }, [D(32, 'sigmoid'), D(1)], 'mse', { type: 'adam', lr: 0.02 }, T(400, 32)),
  'iris-relu-adam-standard': H('ir', 115, { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(150, 16, 0.2)),
  'iris-minmax-tanh-sgd': H('im', 116, { builtin: 'iris', normalize: 'minmax' }, [D(16, 'tanh'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(200, 16)),
  'iris-raw-elu-adam-small-net': H('iraw', 117, { builtin: 'iris' }, [D(8, 'elu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(200, 16)),
  'iris-batch1-adam-small-rate': H('ib1', 118, { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.0005 }, T(60, 1)),
  'rent-relu-adam-standard': H('rr', 119, rent(), [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.01 }, T(200, 32, 0.2)),
  'rent-linear-regression-sgd': H('rl', 120, rent(), [D(1)], 'mse', { type: 'sgd', lr: 0.05 }, T(150, 32)),
  'rent-weight-decay-clipnorm': H('rw', 121, rent('minmax'), [D(64, 'relu'), D(64, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.01, weightDecay: 0.0001, clipNorm: 5 }, T(250, 32)),
  'patients-relu-adam': H('pr', 122, patients(), [D(16, 'relu'), drop(0.1), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(60, 32, 0.2)),
  'patients-logistic-sgd': H('pl', 123, patients(), [D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, T(150, 32)),
  'patients-minmax-rmsprop-large-rate': H('pm', 124, patients('minmax'), [D(16, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.02 }, T(100, 64)),
  'machines-tanh-adam': H('mt', 125, machines(), [D(32, 'tanh'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(150, 32, 0.2)),
  'machines-deep-leaky-batchnorm': H('ml', 126, machines(), [D(32, 'leaky_relu', { batchNorm: true }), D(32, 'leaky_relu', { batchNorm: true }), D(32, 'leaky_relu', { batchNorm: true }), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, T(100, 32)),
  'machines-full-batch-sgd-large-rate': H('mf', 127, machines(), [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.5, momentum: 0.9 }, T(300, 360)),
  'circles-five-layer-he-uniform': H('c5', 128, { builtin: 'circles', samples: 500, noise: 0.1 }, [D(32, 'relu', { init: 'he_uniform' }), D(32, 'relu', { init: 'he_uniform' }), D(32, 'relu', { init: 'he_uniform' }), D(32, 'relu', { init: 'he_uniform' }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, T(120, 32)),
  'moons-lecun-elu-short': H('me', 129, { builtin: 'moons', samples: 300 }, [D(32, 'elu', { init: 'lecun_normal' }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, T(40, 16)),
  'xor-sgd-nesterov-xavier': H('xn', 130, { builtin: 'xor', samples: 400 }, [D(16, 'tanh', { init: 'xavier_normal' }), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true }, T(200, 16)),
  'blobs2-adam-weight-decay': H('b2', 131, { builtin: 'blobs', classes: 2, samples: 300, noise: 0.3 }, [D(8, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01, weightDecay: 0.001 }, T(80, 32)),
  'inline-regression-small': H('ir2', 132, { inline: { x: [[0], [1], [2], [3], [4], [5], [6], [7], [8], [9]], y: [0.1, 1.9, 4.2, 5.8, 8.1, 10.2, 11.8, 14.1, 16.0, 18.2] }, normalize: 'standard' }, [D(1)], 'mse', { type: 'adam', lr: 0.1 }, T(300, 10)),
};

for (const [slug, s] of Object.entries(faulty)) fs.writeFileSync(path.join(dir, 'faulty', `${slug}.nn.json`), JSON.stringify(s, null, 2) + '\n');
for (const [slug, s] of Object.entries(healthy)) fs.writeFileSync(path.join(dir, 'healthy', `${slug}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(Object.keys(faulty).length, 'faulty', Object.keys(healthy).length, 'healthy');
