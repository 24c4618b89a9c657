// Writes this set's specs: `node test/faults-blind18/author.mjs`. F = faulty (code.slug), H = healthy.
import fs from 'fs';
const dir = new URL('.', import.meta.url).pathname;
const D = (u, a = 'linear', x = {}) => ({ type: 'dense', units: u, activation: a, ...x });
const csv = (file, target, x = {}) => ({ csv: `../data/${file}`, target, ...x });
const T = (epochs, batchSize = 32, x = {}) => ({ epochs, batchSize, shuffle: true, ...x });
const spec = (name, data, layers, loss, optimizer, training, seed = 18) => ({ name, seed, data, layers, loss, optimizer, training });
const labStd = csv('lab.csv', 'diabetic', { normalize: 'standard' });
const pixStd = csv('pixels.csv', 'glyph', { normalize: 'minmax' });
const enStd = csv('energy.csv', ['kwh', 'peak_kw'], { normalize: 'standard' });
const winStd = csv('window.csv', 'next', { normalize: 'standard' });
const F = {
  // static
  'invalid-spec.loss-keras-name': spec('lab', labStd, [D(16, 'relu'), D(1, 'sigmoid')], 'binary_crossentropy', { type: 'adam', lr: 0.01 }, T(60)),
  'invalid-spec.activation-gelu': spec('pixels', pixStd, [D(32, 'gelu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(60)),
  'invalid-spec.dropout-as-keep-prob': spec('energy', enStd, [D(32, 'relu'), { type: 'dropout', rate: 1.0 }, D(2)], 'mse', { type: 'adam', lr: 0.01 }, T(60)),
  'data-error.na-cell-from-r': spec('lab', csv('lab-na.csv', 'diabetic', { normalize: 'standard' }), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(60)),
  'data-error.target-typo': spec('lab', csv('lab.csv', 'diabetes', { normalize: 'standard' }), [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(60)),
  'data-error.wrong-folder': spec('energy', { csv: 'data/energy.csv', target: ['kwh', 'peak_kw'], normalize: 'standard' }, [D(32, 'relu'), D(2)], 'mse', { type: 'adam', lr: 0.01 }, T(60)),
  'shape-mismatch.one-output-two-targets': spec('energy', enStd, [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.01 }, T(80)),
  'shape-mismatch.ten-digit-classes': spec('pixels', pixStd, [D(32, 'relu'), D(10, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(60)),
  'shape-mismatch.one-output-per-lag': spec('window', winStd, [D(32, 'tanh'), D(8)], 'mse', { type: 'adam', lr: 0.005 }, T(60)),
  'loss-activation-mismatch.softmax-single-unit-bce': spec('lab', labStd, [D(16, 'relu'), D(1, 'softmax')], 'bce', { type: 'adam', lr: 0.01 }, T(60)),
  'loss-activation-mismatch.sigmoid-outputs-with-cce': spec('pixels', pixStd, [D(32, 'relu'), D(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.005 }, T(60)),
  'loss-activation-mismatch.sigmoid-output-on-raw-kwh': spec('energy', csv('energy.csv', 'kwh', { normalize: 'standard' }), [D(32, 'relu'), D(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.01 }, T(80)),
  'init-symmetry.zeros-hidden': spec('window', winStd, [D(16, 'tanh', { init: 'zeros' }), D(16, 'tanh', { init: 'zeros' }), D(1)], 'mse', { type: 'adam', lr: 0.005 }, T(80)),
  'init-symmetry.constant-hidden-relu-circles': spec('circles', { builtin: 'circles', samples: 400, noise: 0.1 }, [D(32, 'relu', { init: 'constant', value: 0.1 }), D(16, 'relu', { init: 'constant', value: 0.1 }), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(60)),
  'init-scale.normal-std-two-deep-tanh': spec('lab', labStd, [D(64, 'tanh', { init: 'normal', std: 2 }), D(64, 'tanh', { init: 'normal', std: 2 }), D(64, 'tanh', { init: 'normal', std: 2 }), D(64, 'tanh', { init: 'normal', std: 2 }), D(1, 'sigmoid', { init: 'normal', std: 2 })], 'bce', { type: 'sgd', lr: 0.05 }, T(60)),
  'init-scale.tiny-uniform-deep-relu': spec('energy', enStd, [D(64, 'relu', { init: 'uniform', limit: 0.001 }), D(64, 'relu', { init: 'uniform', limit: 0.001 }), D(64, 'relu', { init: 'uniform', limit: 0.001 }), D(2, 'linear', { init: 'uniform', limit: 0.001 })], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, T(60)),
  'no-nonlinearity.linear-stack-energy': spec('energy', enStd, [D(32), D(32), D(2)], 'mse', { type: 'adam', lr: 0.03 }, T(150, 32, { validationSplit: 0.2 })),
  'no-nonlinearity.linear-hidden-circles': spec('circles', { builtin: 'circles', samples: 400, noise: 0.08 }, [D(16, 'linear'), D(16, 'linear'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(100)),
  'lr-out-of-range.lr-100': spec('window', winStd, [D(32, 'tanh'), D(1)], 'mse', { type: 'sgd', lr: 100 }, T(60)),
  'lr-out-of-range.lr-1e-9-typo': spec('lab', labStd, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 1e-9 }, T(60)),
  // training time
  'lr-too-high.adam-1-glyphs': spec('pixels', pixStd, [D(64, 'relu'), D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 1 }, T(60)),
  'lr-too-high.rmsprop-0.1-window': spec('window', winStd, [D(32, 'tanh'), D(16, 'tanh'), D(1)], 'mse', { type: 'rmsprop', lr: 0.1 }, T(60)),
  'lr-too-low.sgd-1e-4-lab': spec('lab', labStd, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.0001 }, T(60)),
  'lr-too-low.adam-2e-5-energy': spec('energy', enStd, [D(32, 'relu'), D(16, 'relu'), D(2)], 'mse', { type: 'adam', lr: 0.00002 }, T(60)),
  'dead-relu.negative-bias-init': spec('lab', labStd, [D(32, 'relu', { bias: -3 }), D(32, 'relu', { bias: -3 }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, T(60)),
  'nan-loss.raw-kwh-two-hidden-sgd': spec('energy', csv('energy.csv', 'kwh', { normalize: 'standard' }), [D(64, 'relu'), D(64, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.002 }, T(60)),
  'vanishing-gradient.six-sigmoid-layers': spec('moons', { builtin: 'moons', samples: 300, noise: 0.15 }, [D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, T(80)),
  'vanishing-gradient.five-sigmoid-hidden-lab': spec('lab', labStd, [D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02, momentum: 0.5 }, T(60)),
  'exploding-gradient.raw-energy-targets-sgd': spec('energy', csv('energy.csv', ['kwh', 'peak_kw']), [D(32, 'relu'), D(32, 'relu'), D(2)], 'mse', { type: 'sgd', lr: 0.001, momentum: 0.9 }, T(60)),
  'exploding-gradient.deep-relu-normal-std-half': spec('window', winStd, [D(64, 'relu', { init: 'normal', std: 0.5 }), D(64, 'relu', { init: 'normal', std: 0.5 }), D(64, 'relu', { init: 'normal', std: 0.5 }), D(64, 'relu', { init: 'normal', std: 0.5 }), D(1, 'linear', { init: 'normal', std: 0.5 })], 'mse', { type: 'sgd', lr: 0.01 }, T(60)),
  'saturated-activation.raw-lab-units-tanh': spec('lab', csv('lab.csv', 'diabetic'), [D(32, 'tanh'), D(16, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, T(60)),
  'saturated-activation.raw-pixels-sigmoid': spec('pixels', csv('pixels.csv', 'glyph'), [D(32, 'sigmoid'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(60)),
  'loss-plateau.l2-too-strong': spec('lab', labStd, [D(32, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01, weightDecay: 0.5 }, T(80)),
  'loss-plateau.clipnorm-tiny-raw-target': spec('window', csv('window.csv', 'next', { normalize: 'standard' }), [D(32, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.01, clipNorm: 0.0001 }, T(80)),
  'oscillating-loss.iris-full-batch-sgd-lr4': spec('iris', { builtin: 'iris', normalize: 'standard' }, [D(16, 'tanh'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 4 }, T(150, 150)),
  'oscillating-loss.lab-sgd-nesterov-lr3': spec('lab', labStd, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 3, momentum: 0.9, nesterov: true }, T(60, 64)),
  'oscillating-loss.momentum-0.99-full-batch': spec('energy', enStd, [D(32, 'tanh'), D(2)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.99 }, T(150, 360)),
  'dead-relu.raw-kwh-target-first-step-blowup': spec('energy', csv('energy.csv', 'kwh'), [D(32, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.01 }, T(40)),
  'nan-loss.window-raw-lags-linear-momentum': spec('window', csv('window.csv', 'next'), [D(8, 'linear'), D(1)], 'mse', { type: 'sgd', lr: 0.001, momentum: 0.9 }, T(100, 16)),
  'nan-loss.raw-lab-units-mse-momentum': spec('lab', csv('lab.csv', 'diabetic'), [D(64, 'relu'), D(64, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, T(40)),
};
const H = {
  'lab-adam-16': spec('lab', labStd, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, T(60, 32, { validationSplit: 0.2 })),
  'lab-sgd-momentum-minmax': spec('lab', csv('lab.csv', 'diabetic', { normalize: 'minmax' }), [D(24, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(80, 16)),
  'lab-rmsprop-dropout-l2': spec('lab', labStd, [D(32, 'elu'), { type: 'dropout', rate: 0.2 }, D(16, 'elu'), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002, weightDecay: 0.0005 }, T(60, 64, { validationSplit: 0.25 })),
  'lab-logistic-full-batch': spec('lab', labStd, [D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5 }, T(200, 400)),
  'lab-batchnorm-3x': spec('lab', labStd, [D(32, 'relu', { batchNorm: true }), D(32, 'relu', { batchNorm: true }), D(16, 'relu', { batchNorm: true }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, T(40)),
  'pixels-adam-cce': spec('pixels', pixStd, [D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(40, 32, { validationSplit: 0.2 })),
  'pixels-standard-leaky-nesterov': spec('pixels', csv('pixels.csv', 'glyph', { normalize: 'standard' }), [D(48, 'leaky_relu'), D(24, 'leaky_relu'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.03, momentum: 0.9, nesterov: true }, T(50, 16)),
  'pixels-batch1-sgd-small': spec('pixels', pixStd, [D(16, 'tanh'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.01 }, T(25, 1)),
  'pixels-dropout-rmsprop': spec('pixels', pixStd, [D(64, 'relu'), { type: 'dropout', rate: 0.3 }, D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.001 }, T(60, 32, { validationSplit: 0.2 })),
  'energy-adam-2x32': spec('energy', enStd, [D(32, 'relu'), D(32, 'relu'), D(2)], 'mse', { type: 'adam', lr: 0.03 }, T(150, 32, { validationSplit: 0.2 })),
  'energy-elu-rmsprop-clip': spec('energy', enStd, [D(48, 'elu'), D(24, 'elu'), D(2)], 'mse', { type: 'rmsprop', lr: 0.003, clipNorm: 5 }, T(150)),
  'energy-peak-output-bias-at-mean': spec('energy', csv('energy.csv', 'peak_kw', { normalize: 'standard' }), [D(32, 'relu'), D(16, 'relu'), D(1, 'linear', { bias: 80 })], 'mse', { type: 'adam', lr: 0.05 }, T(200, 32)),
  'energy-bn-4-layers': spec('energy', enStd, [D(32, 'relu', { batchNorm: true }), D(32, 'relu', { batchNorm: true }), D(32, 'relu', { batchNorm: true }), D(16, 'relu'), D(2)], 'mse', { type: 'adam', lr: 0.005 }, T(100, 32)),
  'window-linear-ar': spec('window', winStd, [D(1)], 'mse', { type: 'sgd', lr: 0.05 }, T(100)),
  'window-tanh-adam': spec('window', winStd, [D(16, 'tanh'), D(1)], 'mse', { type: 'adam', lr: 0.003 }, T(100, 16, { validationSplit: 0.2 })),
  'window-deep5-relu-adam-small': spec('window', winStd, [D(32, 'relu'), D(32, 'relu'), D(32, 'relu'), D(32, 'relu'), D(1)], 'mse', { type: 'adam', lr: 0.0005 }, T(80)),
  'window-none-normalize-adam': spec('window', csv('window.csv', 'next'), [D(1)], 'mse', { type: 'adam', lr: 0.01 }, T(150, 16)),
  'xor-small-net-long': spec('xor', { builtin: 'xor', samples: 300, noise: 0.15 }, [D(8, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, T(300)),
  'circles-relu-sgd': spec('circles', { builtin: 'circles', samples: 500, noise: 0.1 }, [D(24, 'relu'), D(12, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, T(150)),
  'moons-leaky-rmsprop': spec('moons', { builtin: 'moons', samples: 400, noise: 0.25 }, [D(32, 'leaky_relu'), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, T(150, 32, { validationSplit: 0.2 })),
  'spirals-3class-deep': spec('spirals', { builtin: 'spirals', samples: 450, noise: 0.05, classes: 3 }, [D(64, 'relu'), D(64, 'relu'), D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, T(300)),
  'blobs-5class-softmax-only': spec('blobs', { builtin: 'blobs', samples: 500, noise: 0.3, classes: 5 }, [D(5, 'softmax')], 'cce', { type: 'sgd', lr: 0.5 }, T(200, 500)),
  'blobs-4class-elu-full-batch': spec('blobs', { builtin: 'blobs', samples: 300, classes: 4, noise: 0.5 }, [D(16, 'elu'), D(4, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, T(150, 300)),
  'sine-tanh-3x': spec('sine', { builtin: 'sine', samples: 400, noise: 0.05 }, [D(32, 'tanh'), D(32, 'tanh'), D(32, 'tanh'), D(1)], 'mse', { type: 'adam', lr: 0.005 }, T(200)),
  'sine-sigmoid-hidden-adam': spec('sine', { builtin: 'sine', samples: 300, noise: 0.1 }, [D(32, 'sigmoid'), D(1)], 'mse', { type: 'adam', lr: 0.02 }, T(300, 16)),
  'iris-standard-adam': spec('iris', { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, T(100, 16, { validationSplit: 0.2 })),
  'iris-minmax-sgd-lr1': spec('iris', { builtin: 'iris', normalize: 'minmax' }, [D(8, 'tanh'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 1.0 }, T(200, 150)),
  'inline-and-gate-tiny': spec('and', { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1], [0.1, 0.9], [0.9, 0.1], [0.95, 0.9], [0.05, 0.1]], y: [0, 0, 0, 1, 0, 0, 1, 0] } }, [D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1.0 }, T(400, 8)),
  'inline-regression-2-outputs': spec('inline', { inline: { x: [[1, 2], [2, 1], [3, 3], [4, 1], [0, 2], [2, 4], [5, 5], [1, 0], [3, 1], [4, 4]], y: [[3, -1], [3, 1], [6, 0], [5, 3], [2, -2], [6, -2], [10, 0], [1, 1], [4, 2], [8, 0]] }, normalize: 'standard' }, [D(8, 'relu'), D(2)], 'mse', { type: 'adam', lr: 0.02 }, T(400, 10)),
  'lab-wd-clip-long': spec('lab', labStd, [D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9, weightDecay: 0.001, clipNorm: 1 }, T(250, 50)),
  'moons-5-layers-he-uniform': spec('moons', { builtin: 'moons', samples: 300, noise: 0.1 }, [D(32, 'relu', { init: 'he_uniform' }), D(32, 'relu', { init: 'he_uniform' }), D(32, 'relu', { init: 'he_uniform' }), D(32, 'relu', { init: 'he_uniform' }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, T(100)),
  'window-batch1-sgd-small': spec('window', winStd, [D(32, 'relu'), D(16, 'relu'), D(1)], 'mse', { type: 'sgd', lr: 0.005 }, T(40, 1)),
  'xor-short-big-adam': spec('xor', { builtin: 'xor', samples: 200, noise: 0.05 }, [D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, T(30)),
};
for (const [k, s] of Object.entries(F)) fs.writeFileSync(`${dir}faulty/${k}.nn.json`, JSON.stringify(s, null, 2) + '\n');
for (const [k, s] of Object.entries(H)) fs.writeFileSync(`${dir}healthy/${k}.nn.json`, JSON.stringify(s, null, 2) + '\n');
console.log(Object.keys(F).length, 'faulty', Object.keys(H).length, 'healthy');
