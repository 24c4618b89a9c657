// Writes every spec of this set: `node test/faults-blind7/author.mjs`. Faults in faulty/, healthy in healthy/.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
const here = path.dirname(fileURLToPath(import.meta.url));
const put = (dir, name, spec) => fs.writeFileSync(path.join(here, dir, name + '.nn.json'), typeof spec === 'string' ? spec : JSON.stringify(spec, null, 2) + '\n');
const dense = (units, activation, extra = {}) => ({ type: 'dense', units, activation, ...extra });
const csv = (file, target, normalize = 'standard', extra = {}) => ({ csv: `../data/${file}`, target, normalize, ...extra });
const spec = (name, data, layers, loss, optimizer, training, seed = 7) => ({ name, seed, data, layers, loss, optimizer, training });
const tr = (epochs, batchSize = 32, validationSplit = 0.2) => ({ epochs, batchSize, shuffle: true, validationSplit });
const F = (file, s) => put('faulty', file, s);
const H = (file, s) => put('healthy', file, s);

// ---------- faulty: static ----------
F('invalid-spec.gelu-activation', spec('churn-gelu', csv('churn.csv', 'churn'), [dense(16, 'gelu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(60)));
F('invalid-spec.adamw-optimizer', spec('sensors-adamw', csv('sensors.csv', 'state'), [dense(32, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(80)));
F('invalid-spec.units-as-string', `{
  "name": "moons-units-string",
  "seed": 3,
  "data": { "builtin": "moons", "samples": 300, "noise": 0.2 },
  "layers": [
    { "type": "dense", "units": "16", "activation": "relu" },
    { "type": "dense", "units": 1, "activation": "sigmoid" }
  ],
  "loss": "bce",
  "optimizer": { "type": "adam", "lr": 0.01 },
  "training": { "epochs": 100, "batchSize": 32 }
}
`);
F('data-error.target-column-capitalised', spec('churn-target-case', csv('churn.csv', 'Churn'), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(60)));
F('data-error.csv-path-wrong-folder', spec('housing-path', { csv: 'data/housing.csv', target: 'price_k', normalize: 'standard' }, [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.003 }, tr(100)));
F('data-error.na-cells-in-export', spec('churn-na', csv('churn-bad.csv', 'churn'), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(60)));
F('shape-mismatch.two-outputs-three-states', spec('sensors-2out', csv('sensors.csv', 'state'), [dense(24, 'relu'), dense(2, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, tr(80)));
F('shape-mismatch.iris-four-outputs', spec('iris-4out', { builtin: 'iris', normalize: 'standard' }, [dense(16, 'tanh'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, tr(150, 16)));
F('shape-mismatch.regression-three-heads', spec('sine-3out', { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(32, 'tanh'), dense(32, 'tanh'), dense(3, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, tr(200)));
F('loss-activation-mismatch.cce-with-sigmoid-outputs', spec('iris-cce-sigmoid', { builtin: 'iris', normalize: 'standard' }, [dense(16, 'relu'), dense(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.01 }, tr(150, 16)));
F('loss-activation-mismatch.bce-relu-output', spec('churn-bce-relu', csv('churn.csv', 'churn'), [dense(16, 'relu'), dense(1, 'relu')], 'bce', { type: 'adam', lr: 0.003 }, tr(60)));
F('loss-activation-mismatch.single-softmax-unit', spec('moons-softmax1', { builtin: 'moons', samples: 400, noise: 0.15 }, [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'softmax')], 'bce', { type: 'adam', lr: 0.01 }, tr(100)));
F('init-symmetry.zeros-hidden-layers', spec('circles-zeros', { builtin: 'circles', samples: 400, noise: 0.08 }, [dense(16, 'tanh', { init: 'zeros' }), dense(16, 'tanh', { init: 'zeros' }), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(150)));
F('init-symmetry.constant-init-every-layer', spec('circles-constant', { builtin: 'circles', samples: 400, noise: 0.08 }, [dense(32, 'relu', { init: { name: 'constant', value: 0.1 } }), dense(32, 'relu', { init: { name: 'constant', value: 0.1 } }), dense(1, 'sigmoid', { init: { name: 'constant', value: 0.1 } })], 'bce', { type: 'adam', lr: 0.01 }, tr(150)));
F('init-scale.normal-std-3-tanh', spec('moons-bigstd', { builtin: 'moons', samples: 400, noise: 0.15 }, [dense(64, 'tanh', { init: { name: 'normal', std: 3 } }), dense(64, 'tanh', { init: { name: 'normal', std: 3 } }), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, tr(100)));
F('init-scale.tiny-normal-deep-relu', spec('spirals-tiny', { builtin: 'spirals', samples: 400, noise: 0.1 }, [dense(32, 'relu', { init: { name: 'normal', std: 0.001 } }), dense(32, 'relu', { init: { name: 'normal', std: 0.001 } }), dense(32, 'relu', { init: { name: 'normal', std: 0.001 } }), dense(32, 'relu', { init: { name: 'normal', std: 0.001 } }), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(150)));
F('no-nonlinearity.linear-stack-circles', spec('circles-linear', { builtin: 'circles', samples: 400, noise: 0.05 }, [dense(32, 'linear'), dense(32, 'linear'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(150)));
F('no-nonlinearity.activation-left-out-sine', spec('sine-no-act', { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(64), dense(64), dense(1)], 'mse', { type: 'adam', lr: 0.005 }, tr(200)));
F('lr-out-of-range.adam-lr-5', spec('blobs-adam5', { builtin: 'blobs', classes: 4, samples: 400 }, [dense(16, 'relu'), dense(4, 'softmax')], 'cce', { type: 'adam', lr: 5 }, tr(60)));
F('lr-out-of-range.sgd-lr-1e-8', spec('churn-sgd-tiny', csv('churn.csv', 'churn'), [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 1e-8, momentum: 0.9 }, tr(80)));

// ---------- faulty: training-time ----------
F('lr-too-high.sgd-0.8-momentum-moons', spec('moons-sgd08', { builtin: 'moons', samples: 400, noise: 0.15 }, [dense(32, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.8, momentum: 0.9 }, tr(100)));
F('lr-too-high.adam-0.2-sensors', spec('sensors-adam02', csv('sensors.csv', 'state'), [dense(32, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.2 }, tr(100)));
F('lr-too-low.sgd-1e-4-spirals', spec('spirals-slow', { builtin: 'spirals', samples: 400, noise: 0.1 }, [dense(32, 'tanh'), dense(32, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.0001 }, tr(150)));
F('lr-too-low.adam-2e-5-sensors', spec('sensors-slow', csv('sensors.csv', 'state'), [dense(32, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.00002 }, tr(100)));
F('dead-relu.negative-bias-init', spec('churn-neg-bias', csv('churn.csv', 'churn'), [dense(32, 'relu', { bias: -4 }), dense(16, 'relu', { bias: -4 }), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(80)));
F('dead-relu.adam-0.1-deep-relu', spec('sensors-adam01', csv('sensors.csv', 'state'), [dense(64, 'relu'), dense(64, 'relu'), dense(64, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.1 }, tr(80)));
F('vanishing-gradient.deep-sigmoid-sgd', spec('moons-deep-sigmoid', { builtin: 'moons', samples: 400, noise: 0.15 }, [dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, tr(100)));
F('vanishing-gradient.deep-tanh-small-uniform', spec('xor-deep-tanh', { builtin: 'xor', samples: 400, noise: 0.1 }, [dense(24, 'tanh', { init: { name: 'uniform', limit: 0.05 } }), dense(24, 'tanh', { init: { name: 'uniform', limit: 0.05 } }), dense(24, 'tanh', { init: { name: 'uniform', limit: 0.05 } }), dense(24, 'tanh', { init: { name: 'uniform', limit: 0.05 } }), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, tr(100)));
F('exploding-gradient.raw-housing-features', spec('housing-raw', csv('housing.csv', 'price_k', 'none'), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.0001 }, tr(80)));
F('exploding-gradient.normal-std-1-relu', spec('sine-std1', { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(64, 'relu', { init: { name: 'normal', std: 1 } }), dense(64, 'relu', { init: { name: 'normal', std: 1 } }), dense(64, 'relu', { init: { name: 'normal', std: 1 } }), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.001 }, tr(100)));
F('saturated-activation.tanh-unscaled-sensors', spec('sensors-tanh-raw', csv('sensors.csv', 'state', 'none'), [dense(32, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, tr(100)));
F('saturated-activation.sigmoid-unscaled-churn', spec('churn-sigmoid-raw', csv('churn.csv', 'churn', 'none'), [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(100)));
F('loss-plateau.one-hidden-unit-spirals', spec('spirals-1unit', { builtin: 'spirals', samples: 400, noise: 0.1 }, [dense(1, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(150)));
F('loss-plateau.heavy-weight-decay', spec('circles-wd', { builtin: 'circles', samples: 400, noise: 0.08 }, [dense(32, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01, weightDecay: 0.5 }, tr(150)));
F('oscillating-loss.rmsprop-0.05-large-batch', spec('sensors-rms', csv('sensors.csv', 'state'), [dense(32, 'relu'), dense(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.05 }, tr(100, 360)));
F('oscillating-loss.full-batch-momentum-sine', spec('sine-momentum', { builtin: 'sine', samples: 200, noise: 0.05 }, [dense(32, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.15, momentum: 0.9 }, tr(100, 200, 0)));
F('nan-loss.unscaled-price-target', spec('housing-price-nan', csv('housing.csv', 'price_k'), [dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(100)));
F('nan-loss.tanh-momentum-full-batch', spec('sine-tanh-nan', { builtin: 'sine', samples: 200, noise: 0.05 }, [dense(32, 'tanh'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.3, momentum: 0.9 }, tr(150, 200, 0)));
F('nan-loss.sgd-0.8-momentum-deep-relu', spec('sine-sgd-2', { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.8, momentum: 0.9 }, tr(100)));

// ---------- healthy ----------
H('xor-tanh-adam', spec('xor-tanh', { builtin: 'xor', samples: 300, noise: 0.1 }, [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, tr(150)));
H('circles-relu-sgd-momentum', spec('circles-relu', { builtin: 'circles', samples: 400, noise: 0.08 }, [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, tr(150)));
H('moons-elu-rmsprop', spec('moons-elu', { builtin: 'moons', samples: 400, noise: 0.2 }, [dense(24, 'elu'), dense(24, 'elu'), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, tr(120)));
H('spirals-deep-leaky-adam', spec('spirals-leaky', { builtin: 'spirals', samples: 400, noise: 0.05 }, [dense(48, 'leaky_relu'), dense(48, 'leaky_relu'), dense(48, 'leaky_relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, tr(300)));
H('blobs-5-classes-softmax', spec('blobs5', { builtin: 'blobs', classes: 5, samples: 500, noise: 0.3 }, [dense(16, 'relu'), dense(5, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, tr(80)));
H('sine-tanh-regression', spec('sine-tanh', { builtin: 'sine', samples: 300, noise: 0.05 }, [dense(32, 'tanh'), dense(32, 'tanh'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.005 }, tr(300)));
H('iris-standard-sgd-nesterov', spec('iris-nesterov', { builtin: 'iris', normalize: 'standard' }, [dense(16, 'relu'), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9, nesterov: true }, tr(150, 16)));
H('iris-minmax-sigmoid-hidden', spec('iris-sigmoid', { builtin: 'iris', normalize: 'minmax' }, [dense(16, 'sigmoid'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, tr(200, 8)));
H('churn-relu-dropout-adam', spec('churn-dropout', csv('churn.csv', 'churn'), [dense(32, 'relu'), { type: 'dropout', rate: 0.2 }, dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, tr(60)));
H('churn-logistic-regression', spec('churn-logreg', csv('churn.csv', 'churn'), [dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, tr(60)));
H('churn-batchnorm-rmsprop', spec('churn-bn', csv('churn.csv', 'churn', 'minmax'), [dense(32, 'relu', { batchNorm: true }), dense(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, tr(50, 64)));
H('housing-relu-adam-standard', spec('housing-adam', csv('housing.csv', 'price_k'), [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, tr(200)));
H('housing-linear-regression-sgd', spec('housing-linreg', csv('housing.csv', 'price_k'), [dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, tr(100)));
H('housing-feature-subset-elu', spec('housing-subset', csv('housing.csv', 'price_k', 'standard', { features: ['sqft', 'age', 'dist_km'] }), [dense(24, 'elu'), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.005, weightDecay: 0.0001 }, tr(200)));
H('sensors-tanh-adam', spec('sensors-tanh', csv('sensors.csv', 'state'), [dense(24, 'tanh'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, tr(100)));
H('sensors-batchnorm-sgd-full-batch', spec('sensors-bn-full', csv('sensors.csv', 'state', 'none'), [dense(32, 'relu', { batchNorm: true }), dense(16, 'relu', { batchNorm: true }), dense(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, tr(400, 450, 0)));
H('sensors-clipnorm-leaky', spec('sensors-clip', csv('sensors.csv', 'state', 'minmax'), [dense(32, 'leaky_relu'), dense(32, 'leaky_relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003, clipNorm: 1 }, tr(120)));
H('inline-and-gate-logistic', spec('and-gate', { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1], [0.1, 0.05], [0.95, 0.9], [0.05, 0.9], [0.9, 0.1]], y: [0, 0, 0, 1, 0, 1, 0, 0] } }, [dense(4, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, tr(300, 8, 0)));
H('inline-string-labels-three-classes', spec('fruit-inline', { inline: { x: [[150, 7.1], [170, 7.5], [160, 7.2], [120, 6.0], [110, 5.8], [130, 6.2], [300, 9.5], [280, 9.0], [320, 9.9], [155, 7.3], [115, 6.1], [295, 9.4]], y: ['apple', 'apple', 'apple', 'lemon', 'lemon', 'lemon', 'melon', 'melon', 'melon', 'apple', 'lemon', 'melon'] }, normalize: 'standard' }, [dense(8, 'relu'), dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, tr(200, 4, 0)));
H('inline-regression-batch-1', spec('inline-line', { inline: { x: [[0], [1], [2], [3], [4], [5], [6], [7], [8], [9]], y: [1.1, 2.9, 5.2, 6.8, 9.1, 11.0, 13.2, 14.8, 17.1, 19.0] }, normalize: 'standard' }, [dense(1, 'linear')], 'mse', { type: 'sgd', lr: 0.01 }, tr(100, 1, 0)));
H('moons-large-but-fine-adam', spec('moons-adam-05', { builtin: 'moons', samples: 400, noise: 0.1 }, [dense(16, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, tr(100)));
H('circles-small-but-fine-adam-long', spec('circles-slow-fine', { builtin: 'circles', samples: 300, noise: 0.05 }, [dense(32, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.0005 }, tr(500)));
H('xor-five-layers-he-uniform', spec('xor-deep', { builtin: 'xor', samples: 400, noise: 0.1 }, [dense(32, 'relu', { init: 'he_uniform' }), dense(32, 'relu', { init: 'he_uniform' }), dense(32, 'relu', { init: 'he_uniform' }), dense(32, 'relu', { init: 'he_uniform' }), dense(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, tr(100)));
H('sine-lecun-elu-short', spec('sine-elu', { builtin: 'sine', samples: 200, noise: 0.1 }, [dense(64, 'elu', { init: 'lecun_normal' }), dense(1, 'linear')], 'mse', { type: 'adam', lr: 0.01 }, tr(150, 16)));
H('blobs-3-xavier-normal-rmsprop', spec('blobs3', { builtin: 'blobs', classes: 3, samples: 300 }, [dense(8, 'tanh', { init: 'xavier_normal' }), dense(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.01 }, tr(40)));
H('spirals-three-classes-dropout', spec('spirals3', { builtin: 'spirals', classes: 3, samples: 450, noise: 0.05 }, [dense(64, 'relu'), dense(64, 'relu'), { type: 'dropout', rate: 0.1 }, dense(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, tr(300)));
H('churn-sgd-plain-small-batch', spec('churn-sgd8', csv('churn.csv', 'churn'), [dense(16, 'tanh'), dense(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02 }, tr(40, 8)));
H('housing-rmsprop-clip-weightdecay', spec('housing-rms', csv('housing.csv', 'price_k', 'minmax'), [dense(64, 'relu'), dense(32, 'relu'), dense(1, 'linear')], 'mse', { type: 'rmsprop', lr: 0.002, weightDecay: 0.0005, clipNorm: 5 }, tr(150)));
