/**
 * Writes the blind21 specs: `npx tsx test/faults-blind21/author.ts`. Each entry is a spec as a student or
 * engineer would write it when adapting a tutorial to their own CSV; faults are the mistakes they make.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
const d = (units: number, activation: string, extra: Json = {}) => ({ type: 'dense', units, activation, ...extra });
const csv = (file: string, target: string, extra: Json = {}) => ({ csv: `../data/${file}`, target, ...extra });
const VIB = (extra: Json = { normalize: 'standard' }) => csv('vibration.csv', 'fault', extra);
const EN = (extra: Json = { normalize: 'standard' }) => csv('energy.csv', 'kwh', extra);
const ACT = (extra: Json = { normalize: 'standard' }) => csv('activity.csv', 'activity', extra);
const LAG = (extra: Json = { normalize: 'standard' }) => csv('lags.csv', 'next_mv', extra);
const EX = (extra: Json = { normalize: 'standard' }) => csv('exam.csv', 'passed', extra);
const spec = (data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, more: Json = {}) => ({ seed: 21, data, layers, loss, optimizer, training, ...more });
const adam = (lr: number, extra: Json = {}) => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}) => ({ type: 'sgd', lr, ...extra });
const rms = (lr: number, extra: Json = {}) => ({ type: 'rmsprop', lr, ...extra });
const t = (epochs: number, batchSize: number, extra: Json = {}) => ({ epochs, batchSize, ...extra });

const faulty: Record<string, unknown> = {
  // static
  'invalid-spec.loss-keras-name': spec(ACT(), [d(16, 'relu'), d(3, 'softmax')], 'categorical_crossentropy', adam(0.01), t(80, 32)),
  'invalid-spec.learning-rate-key': { seed: 21, data: EX(), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', learning_rate: 0.01 }, training: t(100, 16) },
  'invalid-spec.activation-capitalised': spec(VIB(), [d(16, 'ReLU'), d(1, 'sigmoid')], 'bce', adam(0.01), t(60, 32)),
  'data-error.na-in-export': spec(csv('vibration-export.csv', 'fault', { normalize: 'standard' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), t(60, 32)),
  'data-error.target-column-typo': spec(csv('energy.csv', 'kWh', { normalize: 'standard' }), [d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.01), t(100, 32)),
  'data-error.feature-not-in-file': spec(csv('activity.csv', 'activity', { features: ['acc_mean', 'acc_std', 'gyro_std', 'step_freq'], normalize: 'standard' }), [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), t(80, 32)),
  'shape-mismatch.two-outputs-three-activities': spec(ACT(), [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.01), t(80, 32)),
  'shape-mismatch.regression-head-from-classifier': spec(EN(), [d(32, 'relu'), d(16, 'relu'), d(4, 'linear')], 'mse', adam(0.01), t(100, 32)),
  'loss-activation-mismatch.cce-with-sigmoid-head': spec(ACT(), [d(16, 'relu'), d(3, 'sigmoid')], 'cce', adam(0.01), t(80, 32)),
  'loss-activation-mismatch.bce-with-relu-head': spec(VIB(), [d(16, 'relu'), d(1, 'relu')], 'bce', adam(0.01), t(60, 32)),
  'loss-activation-mismatch.kwh-through-sigmoid': spec(EN(), [d(16, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.01), t(100, 32)),
  'init-symmetry.zeros-hidden-tanh': spec(EX(), [d(8, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.01), t(150, 16)),
  'init-symmetry.constant-relu-energy': spec(EN(), [d(32, 'relu', { init: { name: 'constant', value: 0.1 } }), d(16, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1, 'linear', { init: { name: 'constant', value: 0.1 } })], 'mse', adam(0.01), t(100, 32)),
  'init-scale.normal-std-one-tanh': spec(VIB(), [d(64, 'tanh', { init: { name: 'normal', std: 1.0 } }), d(64, 'tanh', { init: { name: 'normal', std: 1.0 } }), d(1, 'sigmoid')], 'bce', adam(0.001), t(60, 32)),
  'init-scale.tiny-normal-deep-relu': spec(ACT(), [d(32, 'relu', { init: { name: 'normal', std: 0.001 } }), d(32, 'relu', { init: { name: 'normal', std: 0.001 } }), d(32, 'relu', { init: { name: 'normal', std: 0.001 } }), d(3, 'softmax', { init: { name: 'normal', std: 0.001 } })], 'cce', sgd(0.05, { momentum: 0.9 }), t(60, 32)),
  'init-scale.uniform-limit-two-relu': spec(LAG(), [d(64, 'relu', { init: { name: 'uniform', limit: 2 } }), d(64, 'relu', { init: { name: 'uniform', limit: 2 } }), d(1, 'linear', { init: { name: 'uniform', limit: 2 } })], 'mse', sgd(0.001), t(60, 32)),
  'no-nonlinearity.linear-stack-u-shaped-fault': spec(VIB(), [d(32, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), t(100, 32)),
  'no-nonlinearity.activation-forgotten-circles': spec({ builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), t(150, 32)),
  'lr-out-of-range.adam-lr-five': spec(EX(), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(5), t(100, 16)),
  'lr-out-of-range.sgd-lr-1e-7': spec(EN(), [d(16, 'relu'), d(1, 'linear')], 'mse', sgd(1e-7), t(100, 32)),
  // training
  'nan-loss.energy-sgd-half-copied': spec(EN(), [d(32, 'relu'), d(1, 'linear')], 'mse', sgd(0.5), t(100, 32)),
  'lr-too-high.adam-point-three-activity': spec(ACT(), [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.3), t(60, 32)),
  'lr-too-high.sgd-two-activity': spec(ACT(), [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', sgd(2), t(60, 32)),
  'lr-too-low.sgd-tiny-exam': spec(EX(), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.0005), t(60, 16)),
  'lr-too-low.adam-1e-5-activity': spec(ACT(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(1e-5), t(60, 32)),
  'dead-relu.negative-bias-init': spec(EN(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1, 'linear')], 'mse', adam(0.005), t(100, 32)),
  'dead-relu.raw-units-big-adam': spec(EN({}), [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', adam(0.1), t(100, 32)),
  'vanishing-gradient.five-sigmoid-layers-sgd': spec(VIB(), [d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05), t(80, 32)),
  'vanishing-gradient.deep-tanh-small-normal': spec(ACT(), [d(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(3, 'softmax')], 'cce', sgd(0.01), t(60, 32)),
  'exploding-gradient.raw-area-sgd': spec(EN({}), [d(16, 'relu'), d(1, 'linear')], 'mse', sgd(0.001), t(100, 32)),
  'exploding-gradient.millivolt-lags-deep': spec(LAG({}), [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', sgd(0.0005, { momentum: 0.9 }), t(60, 32)),
  'saturated-activation.tanh-on-raw-hz': spec(VIB({}), [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), t(60, 32)),
  'saturated-activation.sigmoid-hidden-raw-gyro': spec(ACT({}), [d(32, 'sigmoid'), d(3, 'softmax')], 'cce', adam(0.01), t(60, 32)),
  'loss-plateau.weight-decay-half': spec(EX(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.005, { weightDecay: 0.5 }), t(150, 16)),
  'loss-activation-mismatch.softmax-single-unit-bce': spec(VIB(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.01), t(60, 32)),
  'loss-plateau.wrong-feature-picked': spec(VIB({ features: ['peak_hz'], normalize: 'standard' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), t(80, 32, { validationSplit: 0.2 })),
  'oscillating-loss.momentum-099-batch-8': spec(LAG(), [d(32, 'tanh'), d(1, 'linear')], 'mse', sgd(0.001, { momentum: 0.99 }), t(80, 8)),
  'oscillating-loss.batch-one-adam-05': spec(EX(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.05), t(60, 1)),
  'nan-loss.millivolt-targets-sgd-momentum': spec(LAG({ normalize: 'standard' }), [d(32, 'relu'), d(1, 'linear')], 'mse', sgd(0.05, { momentum: 0.9 }), t(60, 32)),
};

const healthy: Record<string, unknown> = {
  'vibration-relu-adam-val': spec(VIB(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), t(80, 32, { validationSplit: 0.2 })),
  'vibration-tanh-sgd-momentum': spec(VIB(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.05, { momentum: 0.9 }), t(100, 32)),
  'vibration-minmax-elu-rmsprop': spec(VIB({ normalize: 'minmax' }), [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.003), t(120, 32)),
  'vibration-dropout-batchnorm': spec(VIB(), [d(64, 'relu', { batchNorm: true }), { type: 'dropout', rate: 0.3 }, d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.003), t(80, 32, { validationSplit: 0.2 })),
  'vibration-three-features': spec(VIB({ features: ['rms_g', 'kurtosis', 'temp_c'], normalize: 'standard' }), [d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.02), t(80, 64)),
  'energy-relu-adam': spec(EN(), [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', adam(0.01), t(150, 32)),
  'energy-full-batch-adam-large-lr': spec(EN(), [d(32, 'relu'), d(1, 'linear')], 'mse', adam(0.05), t(300, 300)),
  'energy-sgd-small-fine-lr-long': spec(EN(), [d(16, 'elu'), d(1, 'linear')], 'mse', sgd(0.005, { momentum: 0.9 }), t(400, 16)),
  'energy-weight-decay-clip': spec(EN(), [d(64, 'relu'), d(32, 'relu'), d(1, 'linear')], 'mse', adam(0.005, { weightDecay: 0.0005, clipNorm: 5 }), t(150, 32, { validationSplit: 0.2 })),
  'energy-linear-regression': spec(EN(), [d(1, 'linear')], 'mse', sgd(0.02), t(200, 32)),
  'activity-relu-adam': spec(ACT(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), t(60, 32)),
  'activity-minmax-tanh-rmsprop': spec(ACT({ normalize: 'minmax' }), [d(32, 'tanh'), d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.005), t(80, 32)),
  'activity-deep-batchnorm-sgd': spec(ACT(), [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(3, 'softmax')], 'cce', sgd(0.05, { momentum: 0.9 }), t(60, 32, { validationSplit: 0.2 })),
  'activity-nesterov-he-uniform': spec(ACT(), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(3, 'softmax')], 'cce', sgd(0.03, { momentum: 0.9, nesterov: true }), t(80, 16)),
  'activity-batch-one-sgd-small': spec(ACT(), [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.005), t(30, 1)),
  'lags-tanh-adam': spec(LAG(), [d(32, 'tanh'), d(1, 'linear')], 'mse', adam(0.01), t(150, 32)),
  'lags-relu-deep-rmsprop': spec(LAG(), [d(64, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], 'mse', rms(0.001), t(120, 32, { validationSplit: 0.2 })),
  'lags-linear-ar-model': spec(LAG(), [d(1, 'linear')], 'mse', adam(0.05), t(300, 64)),
  'lags-elu-dropout-lecun': spec(LAG(), [d(64, 'elu', { init: 'lecun_normal' }), { type: 'dropout', rate: 0.1 }, d(1, 'linear')], 'mse', adam(0.003), t(150, 32)),
  'exam-small-logistic': spec(EX(), [d(1, 'sigmoid')], 'bce', sgd(0.1), t(300, 90)),
  'exam-small-mlp-adam': spec(EX(), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), t(150, 16)),
  'exam-dropout-weight-decay': spec(EX({ normalize: 'minmax' }), [d(16, 'elu'), { type: 'dropout', rate: 0.2 }, d(1, 'sigmoid')], 'bce', rms(0.005, { weightDecay: 0.001 }), t(200, 8)),
  'xor-inline-own-truth-table': spec({ inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1], [0.1, 0.05], [0.95, 0.1], [0.05, 0.9], [0.9, 0.95]], y: [0, 1, 1, 0, 0, 1, 1, 0] } }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.05), t(500, 8)),
  'inline-thermistor-calibration': spec({ inline: { x: [[1.2], [1.6], [2.0], [2.4], [2.8], [3.2], [3.6], [4.0], [4.4], [4.8], [1.4], [2.2], [3.0], [3.8], [4.6]], y: [[81], [66], [54], [44], [36], [29], [23], [18], [14], [10], [73], [49], [32], [20], [12]] }, normalize: 'standard' }, [d(16, 'tanh'), d(1, 'linear')], 'mse', adam(0.02), t(800, 15)),
  'inline-label-strings-sensor': spec({ inline: { x: [[0.1, 20], [0.2, 22], [0.15, 19], [0.9, 60], [1.1, 64], [0.95, 58], [0.5, 40], [0.55, 42], [0.45, 38], [0.12, 21], [1.0, 61], [0.52, 41]], y: ['idle', 'idle', 'idle', 'fault', 'fault', 'fault', 'load', 'load', 'load', 'idle', 'fault', 'load'] }, normalize: 'standard' }, [d(8, 'relu'), d(3, 'softmax')], 'cce', adam(0.03), t(300, 4)),
  'builtin-xor-relu': spec({ builtin: 'xor', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), t(150, 32)),
  'builtin-circles-tanh': spec({ builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), t(200, 32)),
  'builtin-moons-elu-sgd': spec({ builtin: 'moons', samples: 400, noise: 0.2 }, [d(32, 'elu'), d(1, 'sigmoid')], 'bce', sgd(0.1, { momentum: 0.9 }), t(150, 32)),
  'builtin-spirals-three-deep': spec({ builtin: 'spirals', samples: 450, noise: 0.05, classes: 3 }, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), t(300, 32)),
  'builtin-blobs-four-classes': spec({ builtin: 'blobs', samples: 300, noise: 0.5, classes: 4 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', sgd(0.05), t(80, 16)),
  'builtin-sine-tanh-rmsprop': spec({ builtin: 'sine', samples: 300, noise: 0.1 }, [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], 'mse', rms(0.003), t(300, 32)),
  'builtin-iris-standard-adam': spec({ builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), t(150, 16, { validationSplit: 0.2 })),
  'builtin-iris-minmax-sigmoid-hidden': spec({ builtin: 'iris', normalize: 'minmax' }, [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', adam(0.03), t(200, 150)),
};

for (const [dir, set] of [['faulty', faulty], ['healthy', healthy]] as const) {
  for (const [name, body] of Object.entries(set)) {
    const file = dir === 'faulty' ? `${name}.nn.json` : `${name}.nn.json`;
    fs.writeFileSync(path.join(__dirname, dir, file), JSON.stringify({ name, ...(body as Json) }, null, 2) + '\n');
  }
}
console.log(`${Object.keys(faulty).length} faulty, ${Object.keys(healthy).length} healthy`);
