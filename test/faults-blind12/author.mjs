// Writes every spec of this set: `node test/faults-blind12/author.mjs`. Faults in faulty/, healthy in healthy/.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
const here = path.dirname(fileURLToPath(import.meta.url));
const D = (units, activation, extra = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate) => ({ type: 'dropout', rate });
const spec = (name, data, layers, loss, optimizer, training, seed = 7) => ({ name, seed, data, layers, loss, optimizer, training });
const out = (dir, file, s) => fs.writeFileSync(path.join(here, dir, file + '.nn.json'), JSON.stringify(s, null, 2) + '\n');
const F = (code, slug, s) => out('faulty', `${code}.${slug}`, s);
const H = (slug, s) => out('healthy', slug, s);
const credit = { csv: '../data/credit.csv', target: 'default', normalize: 'standard' };
const energy = { csv: '../data/energy.csv', target: 'load_mwh', features: ['temp_c', 'humidity', 'occupancy', 'area_m2'], normalize: 'standard' };
const grade = { csv: '../data/grade.csv', target: 'grade', normalize: 'standard' };
const tr = (epochs, batchSize = 32, extra = {}) => ({ epochs, batchSize, ...extra });

// ---- static: invalid-spec
F('invalid-spec', 'loss-keras-name', spec('iris-keras-loss', { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(3, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.01 }, tr(100, 16)));
F('invalid-spec', 'activation-swish', spec('moons-swish', { builtin: 'moons', samples: 300, noise: 0.2 }, [D(16, 'swish'), D(16, 'swish'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(100)));
F('invalid-spec', 'dropout-percent', spec('credit-dropout-20', credit, [D(32, 'relu'), drop(20), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, tr(80)));
// ---- static: data-error
F('data-error', 'csv-missing-file', spec('credit-v2', { ...credit, csv: '../data/credit_v2.csv' }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(60)));
F('data-error', 'na-cells', spec('credit-export', { ...credit, csv: '../data/credit-dirty.csv' }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(60)));
F('data-error', 'target-column-case', spec('energy-load', { ...energy, target: 'Load_MWh' }, [D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, tr(150)));
// ---- static: shape-mismatch
F('shape-mismatch', 'iris-two-outputs', spec('iris-2-out', { builtin: 'iris', normalize: 'standard' }, [D(10, 'tanh'), D(2, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, tr(120, 16)));
F('shape-mismatch', 'two-targets-one-output', spec('energy-both', { ...energy, target: ['load_mwh', 'cost_usd'] }, [D(32, 'relu'), D(16, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, tr(150)));
F('shape-mismatch', 'blobs-four-classes-three-units', spec('blobs-4', { builtin: 'blobs', classes: 4, samples: 400 }, [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, tr(80)));
// ---- static: loss-activation-mismatch
F('loss-activation-mismatch', 'cce-sigmoid-output', spec('grade-sigmoid', grade, [D(24, 'relu'), D(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.005 }, tr(120)));
F('loss-activation-mismatch', 'bce-tanh-output', spec('credit-tanh-out', credit, [D(16, 'relu'), D(1, 'tanh')], 'bce', { type: 'adam', lr: 0.01 }, tr(80)));
F('loss-activation-mismatch', 'mse-softmax-regression', spec('sine-softmax', { builtin: 'sine', samples: 300 }, [D(32, 'tanh'), D(1, 'softmax')], 'mse', { type: 'adam', lr: 0.01 }, tr(200)));
// ---- static: init-symmetry
F('init-symmetry', 'zeros-tanh', spec('moons-zeros', { builtin: 'moons', samples: 300, noise: 0.15 }, [D(16, 'tanh', { init: 'zeros' }), D(16, 'tanh', { init: 'zeros' }), D(1, 'sigmoid', { init: 'zeros' })], 'bce', { type: 'adam', lr: 0.01 }, tr(150)));
F('init-symmetry', 'constant-tanh-moons', spec('moons-const', { builtin: 'moons', samples: 400, noise: 0.1 }, [D(24, 'tanh', { init: { name: 'constant', value: 0.1 } }), D(24, 'tanh', { init: { name: 'constant', value: 0.1 } }), D(1, 'sigmoid', { init: { name: 'constant', value: 0.1 } })], 'bce', { type: 'adam', lr: 0.01 }, tr(150)));
// ---- static: init-scale
F('init-scale', 'tanh-std-5-grade', spec('grade-big-init', grade, [D(64, 'tanh', { init: { name: 'normal', std: 5 } }), D(64, 'tanh', { init: { name: 'normal', std: 5 } }), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.01 }, tr(80)));
F('init-scale', 'deep-relu-tiny-std', spec('credit-tiny-init', credit, [D(64, 'relu', { init: { name: 'normal', std: 0.001 } }), D(64, 'relu', { init: { name: 'normal', std: 0.001 } }), D(64, 'relu', { init: { name: 'normal', std: 0.001 } }), D(64, 'relu', { init: { name: 'normal', std: 0.001 } }), D(1, 'sigmoid', { init: { name: 'normal', std: 0.001 } })], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(60)));
F('init-scale', 'uniform-limit-2-deep', spec('energy-uniform-2', energy, [D(64, 'relu', { init: { name: 'uniform', limit: 2 } }), D(64, 'relu', { init: { name: 'uniform', limit: 2 } }), D(64, 'relu', { init: { name: 'uniform', limit: 2 } }), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.001 }, tr(100)));
// ---- static: no-nonlinearity
F('no-nonlinearity', 'circles-linear-stack', spec('circles-linear', { builtin: 'circles', samples: 400, noise: 0.05 }, [D(32, 'linear'), D(32, 'linear'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(150)));
F('no-nonlinearity', 'spirals-default-activation', spec('spirals-default', { builtin: 'spirals', classes: 3, samples: 450 }, [{ type: 'dense', units: 64 }, { type: 'dense', units: 64 }, D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, tr(200)));
// ---- static: lr-out-of-range
F('lr-out-of-range', 'adam-lr-2', spec('credit-adam-2', credit, [D(32, 'relu'), D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 2 }, tr(60)));
F('lr-out-of-range', 'sgd-lr-1e-7', spec('xor-sgd-tiny', { builtin: 'xor', samples: 300 }, [D(8, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-7, momentum: 0.9 }, tr(200)));
F('lr-out-of-range', 'rmsprop-lr-5', spec('sine-rmsprop-5', { builtin: 'sine', samples: 300 }, [D(32, 'tanh'), D(32, 'tanh'), D(1, 'linear')], 'mse', { type: 'rmsprop', lr: 5 }, tr(100)));
// ---- training: lr-too-high
F('lr-too-high', 'sgd-momentum-iris', spec('iris-sgd-hot', { builtin: 'iris', normalize: 'standard' }, [D(32, 'relu'), D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.9, momentum: 0.9 }, tr(100, 8)));
F('lr-too-high', 'adam-0.1-grade', spec('grade-adam-hot', grade, [D(64, 'relu'), D(64, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.1 }, tr(80, 16)));
F('lr-too-high', 'rmsprop-energy', spec('energy-rmsprop-hot', energy, [D(64, 'relu'), D(64, 'relu'), D(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.1 }, tr(150)));
// ---- training: lr-too-low
F('lr-too-low', 'sgd-no-momentum-moons', spec('moons-sgd-cold', { builtin: 'moons', samples: 300, noise: 0.15 }, [D(16, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.0005 }, tr(100)));
F('lr-too-low', 'adam-3e-5-grade', spec('grade-adam-cold', grade, [D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.00003 }, tr(80)));
// ---- training: dead-relu
F('dead-relu', 'negative-bias', spec('credit-neg-bias', credit, [D(32, 'relu', { bias: -3 }), D(32, 'relu', { bias: -3 }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, tr(80)));
F('dead-relu', 'raw-features-adam', spec('energy-raw-relu', { ...energy, normalize: 'none' }, [D(32, 'relu'), D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.05 }, tr(100)));
F('nan-loss', 'raw-features-sgd-momentum', spec('energy-raw-sgd', { ...energy, normalize: 'none' }, [D(32, 'relu'), D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, tr(100)));
// ---- training: vanishing-gradient
F('vanishing-gradient', 'deep-sigmoid-sgd', spec('circles-deep-sigmoid', { builtin: 'circles', samples: 400, noise: 0.08 }, [D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(32, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, tr(100)));
F('vanishing-gradient', 'sigmoid-small-init', spec('moons-sigmoid-small', { builtin: 'moons', samples: 300, noise: 0.15 }, [D(64, 'sigmoid', { init: { name: 'normal', std: 0.01 } }), D(64, 'sigmoid', { init: { name: 'normal', std: 0.01 } }), D(64, 'sigmoid', { init: { name: 'normal', std: 0.01 } }), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.5 }, tr(100)));
// ---- training: exploding-gradient
F('exploding-gradient', 'raw-cost-target', spec('energy-cost', { ...energy, target: 'cost_usd' }, [D(32, 'relu'), D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.001, momentum: 0.9 }, tr(100)));
F('exploding-gradient', 'deep-relu-std-1', spec('sine-deep-std1', { builtin: 'sine', samples: 300 }, [D(64, 'relu', { init: { name: 'normal', std: 1 } }), D(64, 'relu', { init: { name: 'normal', std: 1 } }), D(64, 'relu', { init: { name: 'normal', std: 1 } }), D(64, 'relu', { init: { name: 'normal', std: 1 } }), D(1, 'linear', { init: { name: 'normal', std: 1 } })], 'mse', { type: 'sgd', lr: 0.001 }, tr(100)));
// ---- training: saturated-activation
F('saturated-activation', 'tanh-raw-features', spec('credit-raw-tanh', { ...credit, normalize: 'none' }, [D(32, 'tanh'), D(16, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, tr(80)));
F('saturated-activation', 'sigmoid-bias-6', spec('blobs-sigmoid-bias', { builtin: 'blobs', classes: 3, samples: 300 }, [D(32, 'sigmoid', { bias: 6 }), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(80)));
// ---- training: loss-plateau
F('loss-plateau', 'spirals-three-units', spec('spirals-tiny', { builtin: 'spirals', classes: 2, samples: 400 }, [D(3, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(200)));
F('loss-plateau', 'circles-two-relu', spec('circles-narrow', { builtin: 'circles', samples: 400, noise: 0.05 }, [D(2, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(150)));
// ---- training: oscillating-loss
F('lr-too-high', 'sgd-momentum-blobs-batch4', spec('blobs-swing', { builtin: 'blobs', classes: 4, samples: 400, noise: 0.3 }, [D(32, 'relu'), D(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.3, momentum: 0.95 }, tr(80, 4)));
F('oscillating-loss', 'rmsprop-sine-batch1', spec('sine-rmsprop-swing', { builtin: 'sine', samples: 200, noise: 0.05 }, [D(32, 'tanh'), D(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.1 }, tr(100, 1)));
F('oscillating-loss', 'credit-sgd-batch2', spec('credit-online', credit, [D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, tr(60, 2)));
// ---- training: nan-loss
F('nan-loss', 'cost-target-sgd', spec('energy-cost-sgd', { ...energy, target: 'cost_usd' }, [D(16, 'relu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, tr(50)));
F('loss-activation-mismatch', 'bce-linear-output', spec('moons-linear-out', { builtin: 'moons', samples: 300, noise: 0.15 }, [D(16, 'relu'), D(1, 'linear')], 'bce', { type: 'adam', lr: 0.01 }, tr(100)));
F('dead-relu', 'raw-credit-sgd', spec('credit-raw-sgd', { ...credit, normalize: 'none' }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, tr(50)));

// ---- healthy
H('xor-tanh-sgd-momentum', spec('xor', { builtin: 'xor', samples: 300, noise: 0.1 }, [D(8, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, tr(200, 16)));
H('xor-relu-adam-full-batch', spec('xor-full', { builtin: 'xor', samples: 200 }, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, tr(400, 200)));
H('circles-relu-adam', spec('circles', { builtin: 'circles', samples: 400, noise: 0.08 }, [D(16, 'relu'), D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(150, 32, { validationSplit: 0.2 })));
H('circles-elu-rmsprop', spec('circles-elu', { builtin: 'circles', samples: 300, noise: 0.1 }, [D(24, 'elu'), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, tr(150)));
H('moons-leaky-adam-dropout', spec('moons', { builtin: 'moons', samples: 500, noise: 0.2 }, [D(64, 'leaky_relu'), drop(0.2), D(64, 'leaky_relu'), drop(0.2), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(150, 64, { validationSplit: 0.2 })));
H('moons-sigmoid-hidden-adam', spec('moons-sig', { builtin: 'moons', samples: 300, noise: 0.1 }, [D(16, 'sigmoid'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.03 }, tr(200)));
H('spirals-deep-relu-adam', spec('spirals', { builtin: 'spirals', classes: 3, samples: 450 }, [D(64, 'relu'), D(64, 'relu'), D(64, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, tr(300)));
H('spirals-tanh-batchnorm', spec('spirals-bn', { builtin: 'spirals', classes: 2, samples: 400 }, [D(48, 'tanh', { batchNorm: true }), D(48, 'tanh', { batchNorm: true }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(250)));
H('blobs-softmax-sgd', spec('blobs', { builtin: 'blobs', classes: 4, samples: 400 }, [D(16, 'relu'), D(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(60)));
H('blobs-logistic-only', spec('blobs-linear', { builtin: 'blobs', classes: 3, samples: 300 }, [D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.05 }, tr(80)));
H('sine-tanh-adam', spec('sine', { builtin: 'sine', samples: 300, noise: 0.05 }, [D(32, 'tanh'), D(32, 'tanh'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, tr(300)));
H('sine-relu-small-lr-long', spec('sine-slow', { builtin: 'sine', samples: 300 }, [D(64, 'relu'), D(64, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.001 }, tr(600)));
H('iris-relu-adam', spec('iris', { builtin: 'iris', normalize: 'standard' }, [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, tr(150, 16, { validationSplit: 0.2 })));
H('iris-minmax-nesterov-batch1', spec('iris-online', { builtin: 'iris', normalize: 'minmax' }, [D(10, 'tanh'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, tr(40, 1)));
H('iris-weight-decay-five-layers', spec('iris-deep', { builtin: 'iris', normalize: 'standard' }, [D(32, 'relu'), D(32, 'relu'), D(32, 'relu'), D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.002, weightDecay: 0.0005 }, tr(150, 16)));
H('inline-and-gate', spec('and-gate', { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 0, 0, 1] } }, [D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.5 }, tr(500, 4)));
H('inline-labels-strings', spec('fruit', { inline: { x: [[150, 7.1], [170, 7.5], [140, 6.9], [130, 6.0], [120, 5.8], [115, 6.2], [300, 9.8], [280, 9.5], [320, 10.1], [160, 7.0], [125, 5.9], [310, 9.9]], y: ['apple', 'apple', 'apple', 'lemon', 'lemon', 'lemon', 'melon', 'melon', 'melon', 'apple', 'lemon', 'melon'] }, normalize: 'standard' }, [D(8, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, tr(300, 4)));
H('inline-regression-line', spec('line', { inline: { x: [[0], [1], [2], [3], [4], [5], [6], [7], [8], [9]], y: [1.1, 2.9, 5.2, 7.0, 8.8, 11.1, 13.0, 15.2, 16.9, 19.1] }, normalize: 'minmax' }, [D(1, 'linear')], 'mse', { type: 'adam', lr: 0.1 }, tr(400, 10)));
H('credit-relu-adam', spec('credit', credit, [D(16, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(50, 32, { validationSplit: 0.2 })));
H('credit-minmax-rmsprop-dropout', spec('credit-rms', { ...credit, normalize: 'minmax' }, [D(64, 'relu'), drop(0.3), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.002 }, tr(120, 16)));
H('credit-logistic-sgd-full-batch', spec('credit-logit', credit, [D(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.3 }, tr(300, 400)));
H('credit-batchnorm-clip', spec('credit-bn', credit, [D(32, 'relu', { batchNorm: true }), D(32, 'relu', { batchNorm: true }), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01, clipNorm: 1 }, tr(60, 64)));
H('energy-relu-adam', spec('energy', energy, [D(64, 'relu'), D(32, 'relu'), D(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, tr(200, 32, { validationSplit: 0.15 })));
H('energy-elu-sgd', spec('energy-elu', energy, [D(32, 'elu'), D(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, tr(200, 16)));
H('energy-linear-regression', spec('energy-ols', energy, [D(1, 'linear')], 'mse', { type: 'adam', lr: 0.05 }, tr(150, 300)));
H('grade-relu-adam', spec('grade', grade, [D(16, 'relu'), D(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, tr(50, 32, { validationSplit: 0.2 })));
H('grade-tanh-rmsprop-weight-decay', spec('grade-tanh', grade, [D(24, 'tanh'), D(24, 'tanh'), D(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.003, weightDecay: 0.001 }, tr(100, 16)));
H('grade-large-fine-sgd', spec('grade-sgd', grade, [D(32, 'relu'), D(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.2 }, tr(80, 32)));
H('moons-short-run-adam', spec('moons-quick', { builtin: 'moons', samples: 600, noise: 0.1 }, [D(32, 'relu'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, tr(15, 16)));
H('circles-he-uniform-sgd-batch8', spec('circles-sgd', { builtin: 'circles', samples: 300, noise: 0.05 }, [D(32, 'relu', { init: 'he_uniform' }), D(1, 'sigmoid', { init: 'xavier_normal' })], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(150, 8)));
H('xor-lecun-elu-rmsprop', spec('xor-elu', { builtin: 'xor', samples: 400, noise: 0.15 }, [D(16, 'elu', { init: 'lecun_normal' }), D(16, 'elu', { init: 'lecun_normal' }), D(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, tr(150, 32)));
H('blobs-binary-no-shuffle', spec('blobs-two', { builtin: 'blobs', classes: 2, samples: 300 }, [D(8, 'tanh'), D(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(50, 32, { shuffle: false })));
