// Writes this set's specs: `node test/faults-blind8/author.mjs` (from the repo root or anywhere).
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

const here = path.dirname(fileURLToPath(import.meta.url));
const d = (units, activation, extra = {}) => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate) => ({ type: 'dropout', rate });
const spec = (name, data, layers, loss, optimizer, training, seed) =>
  ({ name, ...(seed === undefined ? {} : { seed }), data, layers, loss, optimizer, training });
const csv = (file, target, extra = {}) => ({ csv: `../data/${file}`, target, ...extra });
const out = (dir, name, value) =>
  fs.writeFileSync(path.join(here, dir, `${name}.nn.json`), typeof value === 'string' ? value : JSON.stringify(value, null, 2) + '\n');

const faulty = {
  // --- static ---
  'invalid-spec.adamw-optimizer': spec('adamw', { builtin: 'moons', samples: 300 }, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, { epochs: 100, batchSize: 32 }),
  'invalid-spec.keras-loss-name': spec('iris', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'categorical_crossentropy', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 16 }),
  'invalid-spec.dropout-as-percent': spec('grain', { ...csv('grain.csv', 'variety'), normalize: 'standard' }, [d(32, 'relu'), drop(20), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 80, batchSize: 32 }),
  'data-error.target-case': spec('credit', { ...csv('credit.csv', 'Default'), normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 80, batchSize: 32 }),
  'data-error.spreadsheet-na': spec('credit', { ...csv('credit-na.csv', 'default'), normalize: 'standard' }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 80, batchSize: 32 }),
  'data-error.weekday-text-column': spec('energy', { ...csv('energy-weekday.csv', 'kwh'), normalize: 'standard' }, [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }),
  'shape-mismatch.iris-two-outputs': spec('iris', { builtin: 'iris', normalize: 'standard' }, [d(16, 'tanh'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 16 }),
  'shape-mismatch.blobs-classes-changed': spec('blobs', { builtin: 'blobs', classes: 5, samples: 400 }, [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 60, batchSize: 32 }),
  'shape-mismatch.grain-one-output-mse': spec('grain', { ...csv('grain.csv', ['area', 'length']), normalize: 'standard', features: ['width', 'asymmetry', 'compactness'] }, [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 32 }),
  'loss-activation-mismatch.cce-sigmoid-outputs': spec('grain', { ...csv('grain.csv', 'variety'), normalize: 'standard' }, [d(24, 'relu'), d(3, 'sigmoid')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 80, batchSize: 32 }),
  'loss-activation-mismatch.bce-single-softmax': spec('circles', { builtin: 'circles', samples: 400 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'softmax')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 32 }),
  'loss-activation-mismatch.bce-linear-logits': spec('credit', { ...csv('credit.csv', 'default'), normalize: 'standard' }, [d(16, 'relu'), d(1)], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 80, batchSize: 32 }),
  'init-symmetry.zeros-hidden': spec('moons', { builtin: 'moons', samples: 300 }, [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 32 }),
  'init-symmetry.constant-tanh': spec('circles', { builtin: 'circles', samples: 300 }, [d(24, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(1, 'sigmoid', { init: { name: 'constant', value: 0.1 } })], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 150, batchSize: 32 }),
  'init-scale.normal-std-one-wide-tanh': spec('spirals', { builtin: 'spirals', samples: 400 }, [d(128, 'tanh', { init: { name: 'normal', std: 1 } }), d(128, 'tanh', { init: { name: 'normal', std: 1 } }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, { epochs: 100, batchSize: 32 }),
  'init-scale.tiny-normal-deep-relu': spec('grain', { ...csv('grain.csv', 'variety'), normalize: 'standard' }, [d(64, 'relu', { init: { name: 'normal', std: 0.001 } }), d(64, 'relu', { init: { name: 'normal', std: 0.001 } }), d(64, 'relu', { init: { name: 'normal', std: 0.001 } }), d(64, 'relu', { init: { name: 'normal', std: 0.001 } }), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 80, batchSize: 32 }),
  'no-nonlinearity.forgot-activations': spec('circles', { builtin: 'circles', samples: 400 }, [d(32), d(32), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 32 }),
  'no-nonlinearity.linear-spirals': spec('spirals', { builtin: 'spirals', classes: 3, samples: 450 }, [d(64, 'linear'), d(64, 'linear'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 100, batchSize: 32 }),
  'lr-out-of-range.adam-lr-three': spec('moons', { builtin: 'moons', samples: 300 }, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 3 }, { epochs: 100, batchSize: 32 }),
  'lr-out-of-range.sgd-lr-fifty': spec('iris', { builtin: 'iris', normalize: 'standard' }, [d(16, 'tanh'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 50 }, { epochs: 100, batchSize: 16 }),
  'lr-out-of-range.rmsprop-1e-8': spec('energy', { ...csv('energy.csv', 'kwh'), normalize: 'standard' }, [d(32, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 1e-8 }, { epochs: 100, batchSize: 32 }),
  // --- training ---
  'lr-too-high.rmsprop-point-one-deep': spec('spirals', { builtin: 'spirals', samples: 400 }, [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.1 }, { epochs: 100, batchSize: 32 }),
  'lr-too-high.adam-point-one-grain': spec('grain', { ...csv('grain.csv', 'variety'), normalize: 'standard' }, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.1 }, { epochs: 80, batchSize: 32 }),
  'lr-too-low.sgd-1e-4-moons': spec('moons', { builtin: 'moons', samples: 300 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.0001 }, { epochs: 100, batchSize: 32 }),
  'lr-too-low.adam-1e-5-credit': spec('credit', { ...csv('credit.csv', 'default'), normalize: 'standard' }, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.00001 }, { epochs: 100, batchSize: 32 }),
  'lr-too-low.rmsprop-iris-small': spec('iris', { builtin: 'iris', normalize: 'minmax' }, [d(16, 'elu'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.00002 }, { epochs: 150, batchSize: 16 }),
  'dead-relu.negative-bias-init': spec('moons', { builtin: 'moons', samples: 300 }, [d(32, 'relu', { bias: -3 }), d(32, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005 }, { epochs: 100, batchSize: 32 }),
  'dead-relu.raw-income-sgd': spec('credit', csv('credit.csv', 'default'), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, { epochs: 80, batchSize: 32 }),
  'vanishing-gradient.deep-sigmoid-sgd': spec('spirals', { builtin: 'spirals', samples: 400 }, [d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, { epochs: 100, batchSize: 32 }),
  'vanishing-gradient.sigmoid-small-init': spec('grain', { ...csv('grain.csv', 'variety'), normalize: 'standard' }, [d(64, 'sigmoid', { init: 'lecun_normal' }), d(64, 'sigmoid', { init: 'lecun_normal' }), d(64, 'sigmoid', { init: 'lecun_normal' }), d(64, 'sigmoid', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.01, momentum: 0.5 }, { epochs: 80, batchSize: 32 }),
  'exploding-gradient.raw-kwh-target-sgd': spec('energy', { ...csv('energy.csv', 'kwh'), normalize: 'standard' }, [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 100, batchSize: 32 }),
  'exploding-gradient.deep-relu-normal-std-03': spec('sine', { builtin: 'sine', samples: 300 }, [d(128, 'relu', { init: { name: 'normal', std: 0.3 } }), d(128, 'relu', { init: { name: 'normal', std: 0.3 } }), d(128, 'relu', { init: { name: 'normal', std: 0.3 } }), d(128, 'relu', { init: { name: 'normal', std: 0.3 } }), d(1)], 'mse', { type: 'sgd', lr: 0.001, momentum: 0.9 }, { epochs: 60, batchSize: 32 }),
  'saturated-activation.raw-credit-sigmoid': spec('credit', csv('credit.csv', 'default'), [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 80, batchSize: 32 }),
  'saturated-activation.tanh-large-uniform': spec('moons', { builtin: 'moons', samples: 300, noise: 0.2 }, [d(64, 'tanh', { init: { name: 'uniform', limit: 3 } }), d(64, 'tanh', { init: { name: 'uniform', limit: 3 } }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, { epochs: 100, batchSize: 32 }),
  'loss-plateau.weight-decay-typo': spec('circles', { builtin: 'circles', samples: 400 }, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.005, weightDecay: 0.5 }, { epochs: 100, batchSize: 32 }),
  'loss-plateau.one-unit-bottleneck': spec('spirals', { builtin: 'spirals', classes: 3, samples: 450 }, [d(64, 'tanh'), d(1, 'tanh'), d(64, 'tanh'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005 }, { epochs: 150, batchSize: 32 }),
  'oscillating-loss.momentum-099': spec('iris', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.05, momentum: 0.99 }, { epochs: 150, batchSize: 16 }),
  'lr-too-high.full-batch-sgd-sine': spec('sine', { builtin: 'sine', samples: 300 }, [d(32, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.7 }, { epochs: 200, batchSize: 300 }),
  'oscillating-loss.adam-batch-two': spec('moons', { builtin: 'moons', samples: 300, noise: 0.2 }, [d(64, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, { epochs: 100, batchSize: 2 }),
  'nan-loss.sensor-glitch-inline': null,
  'nan-loss.sgd-half-momentum-deep-relu': spec('blobs', { builtin: 'blobs', classes: 3, samples: 300 }, [d(128, 'relu'), d(128, 'relu'), d(128, 'relu'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.5, momentum: 0.9 }, { epochs: 50, batchSize: 32 }),
};

// A sensor reading logged as 3.4e38 (float max) in an otherwise ordinary inline table.
{
  const x = [], y = [];
  let s = 7;
  const r = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  for (let i = 0; i < 80; i++) {
    const a = 20 + 10 * r(), b = 0.5 + r();
    x.push([Number(a.toFixed(2)), Number(b.toFixed(3))]);
    y.push(Number((0.3 * a + 4 * b + (r() - 0.5)).toFixed(3)));
  }
  x[41][0] = 3.4e38;
  faulty['nan-loss.sensor-glitch-inline'] = spec('sensor', { inline: { x, y } }, [d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 100, batchSize: 16 });
}

for (const [name, value] of Object.entries(faulty)) out('faulty', name, value);
// A trailing comma left after deleting the last layer's option: not valid JSON.
out('faulty', 'invalid-spec.trailing-comma', `{
  "name": "xor",
  "data": { "builtin": "xor", "samples": 300 },
  "layers": [
    { "type": "dense", "units": 16, "activation": "tanh" },
    { "type": "dense", "units": 1, "activation": "sigmoid", },
  ],
  "loss": "bce",
  "optimizer": { "type": "adam", "lr": 0.01 },
  "training": { "epochs": 150, "batchSize": 32 }
}
`);

const B = (name, extra = {}) => ({ builtin: name, ...extra });
const healthy = {
  'xor-tanh-adam': spec('xor', B('xor', { samples: 300 }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 32 }),
  'xor-relu-sgd-momentum-noshuffle': spec('xor', B('xor', { samples: 200, noise: 0.05 }), [d(16, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 150, batchSize: 16, shuffle: false }),
  'circles-relu-sgd-momentum': spec('circles', B('circles', { samples: 400 }), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 120, batchSize: 32 }),
  'circles-adam-large-lr': spec('circles', B('circles', { samples: 400, noise: 0.15 }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.05 }, { epochs: 80, batchSize: 64 }),
  'circles-deep-tanh-xavier-normal': spec('circles', B('circles', { samples: 400 }), [d(24, 'tanh', { init: 'xavier_normal' }), d(24, 'tanh', { init: 'xavier_normal' }), d(24, 'tanh', { init: 'xavier_normal' }), d(24, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 100, batchSize: 32 }),
  'moons-leaky-rmsprop': spec('moons', B('moons', { samples: 400, noise: 0.2 }), [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003 }, { epochs: 100, batchSize: 32, validationSplit: 0.2 }),
  'moons-batch-one-sgd': spec('moons', B('moons', { samples: 200 }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, { epochs: 40, batchSize: 1 }),
  'moons-sigmoid-hidden-adam': spec('moons', B('moons', { samples: 300 }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, { epochs: 150, batchSize: 32 }),
  'moons-small-lr-long-run': spec('moons', B('moons', { samples: 300, noise: 0.15 }), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.0005 }, { epochs: 400, batchSize: 32 }),
  'spirals-three-elu-adam': spec('spirals', B('spirals', { classes: 3, samples: 450, noise: 0.05 }), [d(64, 'elu'), d(64, 'elu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }),
  'moons-five-deep-batchnorm': spec('moons', B('moons', { samples: 400, noise: 0.15 }), [d(48, 'relu', { batchNorm: true }), d(48, 'relu', { batchNorm: true }), d(48, 'relu', { batchNorm: true }), d(48, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.002 }, { epochs: 150, batchSize: 32 }),
  'blobs-four-softmax-only': spec('blobs', B('blobs', { classes: 4, samples: 400 }), [d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, { epochs: 60, batchSize: 32 }),
  'blobs-three-leaky-nesterov-val': spec('blobs', B('blobs', { classes: 3, samples: 300, noise: 0.3 }), [d(32, 'leaky_relu'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, { epochs: 80, batchSize: 32, validationSplit: 0.2 }),
  'sine-tanh-adam': spec('sine', B('sine', { samples: 300 }), [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }),
  'sine-elu-rmsprop': spec('sine', B('sine', { samples: 300, noise: 0.05 }), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.002 }, { epochs: 200, batchSize: 16 }),
  'iris-relu-full-batch': spec('iris', B('iris', { normalize: 'standard' }), [d(16, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, { epochs: 200, batchSize: 150 }),
  'iris-minmax-nesterov': spec('iris', B('iris', { normalize: 'minmax' }), [d(16, 'tanh'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1, momentum: 0.9, nesterov: true }, { epochs: 150, batchSize: 16 }),
  'iris-elu-dropout-decay': spec('iris', B('iris', { normalize: 'standard' }), [d(32, 'elu'), drop(0.2), d(16, 'elu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005, weightDecay: 0.0005 }, { epochs: 150, batchSize: 16, validationSplit: 0.2 }),
  'credit-relu-dropout': spec('credit', { ...csv('credit.csv', 'default'), normalize: 'standard' }, [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 60, batchSize: 32 }),
  'credit-batchnorm-sgd': spec('credit', { ...csv('credit.csv', 'default'), normalize: 'standard' }, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 50, batchSize: 64 }),
  'credit-logistic-regression': spec('credit', { ...csv('credit.csv', 'default'), normalize: 'standard' }, [d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, { epochs: 60, batchSize: 32 }),
  'credit-tanh-rmsprop-clip': spec('credit', { ...csv('credit.csv', 'default'), normalize: 'minmax' }, [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.003, clipNorm: 1 }, { epochs: 60, batchSize: 32, validationSplit: 0.25 }),
  'energy-relu-adam-output-bias': spec('energy', { ...csv('energy.csv', 'kwh'), normalize: 'standard' }, [d(32, 'relu'), d(32, 'relu'), d(1, undefined, { bias: 400 })], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 32 }),
  'energy-elu-full-batch-long': spec('energy', { ...csv('energy.csv', 'kwh'), normalize: 'standard' }, [d(64, 'elu'), d(1, undefined, { bias: 400 })], 'mse', { type: 'adam', lr: 0.05 }, { epochs: 600, batchSize: 500 }),
  'energy-minmax-rmsprop': spec('energy', { ...csv('energy.csv', 'kwh'), normalize: 'minmax' }, [d(32, 'relu'), d(1, undefined, { bias: 400 })], 'mse', { type: 'rmsprop', lr: 0.03 }, { epochs: 300, batchSize: 32 }),
  'grain-tanh-adam-decay': spec('grain', { ...csv('grain.csv', 'variety'), normalize: 'standard' }, [d(32, 'tanh'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.005, weightDecay: 0.0001 }, { epochs: 60, batchSize: 32 }),
  'grain-elu-rmsprop-clip': spec('grain', { ...csv('grain.csv', 'variety'), normalize: 'standard' }, [d(32, 'elu'), d(32, 'elu'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.002, clipNorm: 1 }, { epochs: 60, batchSize: 32 }),
  'grain-minmax-sigmoid-hidden': spec('grain', { ...csv('grain.csv', 'variety'), normalize: 'minmax' }, [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.02 }, { epochs: 100, batchSize: 32 }),
  'grain-softmax-regression-sgd': spec('grain', { ...csv('grain.csv', 'variety'), normalize: 'standard' }, [d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.1 }, { epochs: 80, batchSize: 32 }),
  'credit-wide-dropout-half': spec('credit', { ...csv('credit.csv', 'default'), normalize: 'standard' }, [d(64, 'relu'), drop(0.5), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.003 }, { epochs: 60, batchSize: 32 }),
};

// Inline: a straight line with noise, fitted by one linear unit.
{
  const x = [], y = [];
  let s = 11;
  const r = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  for (let i = 0; i < 40; i++) {
    const v = Number((r() * 4 - 2).toFixed(3));
    x.push([v]);
    y.push(Number((1.5 * v - 0.7 + 0.2 * (r() - 0.5)).toFixed(3)));
  }
  healthy['inline-line-linear-sgd'] = spec('line', { inline: { x, y } }, [d(1)], 'mse', { type: 'sgd', lr: 0.05 }, { epochs: 100, batchSize: 8 });
  // Inline string labels: fruit by weight (kg) and diameter (cm), two overlapping kinds.
  const fx = [], fy = [];
  for (let i = 0; i < 60; i++) {
    const apple = i % 2 === 0;
    fx.push([Number(((apple ? 0.18 : 0.13) + 0.03 * (r() - 0.5)).toFixed(3)), Number(((apple ? 8 : 6.5) + 1.4 * (r() - 0.5)).toFixed(2))]);
    fy.push(apple ? 'apple' : 'lemon');
  }
  healthy['inline-fruit-string-labels'] = spec('fruit', { inline: { x: fx, y: fy }, normalize: 'standard' }, [d(8, 'relu'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 150, batchSize: 12 });
}
for (const [name, value] of Object.entries(healthy)) out('healthy', name, value);
