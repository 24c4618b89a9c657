/**
 * Writes this set's specs: `npx tsx test/faults-blind40/author.ts`. Each spec is written as a
 * practitioner would; the fault (if any) is the one named in its file name.
 */
import * as fs from 'fs';
import * as path from 'path';

type Obj = Record<string, unknown>;
const dense = (units: number, activation?: string, extra: Obj = {}) => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const csv = (file: string, target: string | string[], normalize = 'standard', extra: Obj = {}) => ({ csv: `../data/${file}`, target, normalize, ...extra });
const SENS = () => csv('sensors.csv', 'state');
const LAND = () => csv('landcover.csv', ['is_water', 'is_forest', 'is_urban', 'is_crop']);
const FRAUD = () => csv('fraud.csv', 'is_fraud');
const GRADES = () => csv('grades.csv', 'grade');
const train = (epochs: number, batchSize: number, validationSplit = 0.2, extra: Obj = {}) => ({ epochs, batchSize, shuffle: true, validationSplit, ...extra });

const faulty: Record<string, Obj> = {
  'invalid-spec.keras-loss-name': { data: SENS(), layers: [dense(64, 'relu'), dense(32, 'relu'), dense(5, 'softmax')], loss: 'categorical_crossentropy', optimizer: { type: 'adam', lr: 0.001 }, training: train(60, 32) },
  'invalid-spec.validation-percent': { data: LAND(), layers: [dense(32, 'relu'), drop(0.2), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: train(80, 32, 20) },
  'invalid-spec.optimizer-string': { data: GRADES(), layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: 'adam', training: train(100, 16) },
  'data-error.target-case': { data: csv('fraud.csv', 'Is_Fraud'), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.001 }, training: train(50, 64) },
  'data-error.na-reading': { data: csv('sensors-na.csv', 'state'), layers: [dense(64, 'relu', { batchNorm: true }), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: train(60, 32) },
  'data-error.row-not-one-hot': { data: csv('landcover-twohot.csv', ['is_water', 'is_forest', 'is_urban', 'is_crop']), layers: [dense(32, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.001 }, training: train(80, 32) },
  'shape-mismatch.forgot-a-class': { data: SENS(), layers: [dense(64, 'relu'), drop(0.3), dense(32, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: train(60, 32) },
  'shape-mismatch.onehot-five-outputs': { data: LAND(), layers: [dense(32, 'relu', { batchNorm: true }), drop(0.2), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: train(80, 32) },
  'loss-activation-mismatch.sigmoid-cce': { data: GRADES(), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'sigmoid')], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: train(120, 16) },
  'loss-activation-mismatch.softmax-bce-single': { data: FRAUD(), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'softmax')], loss: 'bce', optimizer: { type: 'adam', lr: 0.001 }, training: train(60, 64) },
  'init-symmetry.zeros-hidden': { data: SENS(), layers: [dense(64, 'tanh', { init: { name: 'zeros' } }), dense(32, 'tanh', { init: { name: 'zeros' } }), dense(5, 'softmax', { init: { name: 'zeros' } })], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: train(80, 32) },
  'init-symmetry.constant-relu': { data: GRADES(), layers: [dense(32, 'relu', { init: { name: 'constant', value: 0.05 } }), dense(16, 'relu', { init: { name: 'constant', value: 0.05 } }), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: train(120, 16) },
  'init-scale.normal-std-one-tanh': { data: LAND(), layers: [dense(128, 'tanh', { init: { name: 'normal', std: 1 } }), dense(128, 'tanh', { init: { name: 'normal', std: 1 } }), dense(4, 'softmax', { init: { name: 'normal', std: 1 } })], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: train(60, 32) },
  'init-scale.tiny-normal-deep-relu': { data: SENS(), layers: [dense(64, 'relu', { init: { name: 'normal', std: 0.001 } }), dense(64, 'relu', { init: { name: 'normal', std: 0.001 } }), dense(64, 'relu', { init: { name: 'normal', std: 0.001 } }), dense(5, 'softmax', { init: { name: 'normal', std: 0.001 } })], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: train(60, 32) },
  'no-nonlinearity.hidden-default-linear': { data: { builtin: 'spirals', classes: 3, samples: 450, noise: 0.1 }, layers: [dense(64), dense(64), dense(32), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: train(200, 32) },
  'no-nonlinearity.linear-circles-bce': { data: { builtin: 'circles', samples: 400, noise: 0.08 }, layers: [dense(32, 'linear'), dense(16, 'linear'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.001 }, training: train(150, 16) },
  'lr-out-of-range.adam-lr-one': { data: LAND(), layers: [dense(64, 'relu'), dense(32, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 1 }, training: train(60, 32) },
  'lr-out-of-range.sgd-1e-7': { data: GRADES(), layers: [dense(32, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 1e-7, momentum: 0.9 }, training: train(100, 16) },
  'lr-too-high.rmsprop-0.05': { data: SENS(), layers: [dense(128, 'relu'), dense(64, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.05 }, training: train(60, 32) },
  'lr-too-high.sgd-momentum-0.5': { data: GRADES(), layers: [dense(64, 'relu'), dense(32, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.5, momentum: 0.9 }, training: train(100, 16) },
  'lr-too-high.adam-0.1-fraud': { data: FRAUD(), layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.1 }, training: train(60, 64) },
  'lr-too-low.sgd-plain-1e-4': { data: SENS(), layers: [dense(64, 'relu'), dense(32, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.0001 }, training: train(60, 32) },
  'lr-too-low.adam-1e-5': { data: LAND(), layers: [dense(32, 'relu'), drop(0.2), dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.00001 }, training: train(80, 32) },
  'dead-relu.negative-bias': { data: GRADES(), layers: [dense(64, 'relu', { bias: -3 }), dense(32, 'relu', { bias: -3 }), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: train(100, 16) },
  'dead-relu.raw-scales-sgd': { data: csv('sensors.csv', 'state', 'none'), layers: [dense(64, 'relu'), dense(32, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: train(60, 32) },
  'vanishing-gradient.deep-sigmoid': { data: SENS(), layers: [dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01 }, training: train(80, 32) },
  'vanishing-gradient.deep-tanh-small-init': { data: LAND(), layers: [dense(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.02 } }), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01 }, training: train(60, 32) },
  'nan-loss.raw-hours-mse': { data: csv('sensors.csv', 'current_a', 'none', { features: ['temp_c', 'pressure_hpa', 'rpm', 'hours_run'] }), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001 }, training: train(40, 32) },
  'exploding-gradient.deep-relu-std-one': { data: SENS(), layers: [dense(128, 'relu', { init: { name: 'normal', std: 1 } }), dense(128, 'relu', { init: { name: 'normal', std: 1 } }), dense(128, 'relu', { init: { name: 'normal', std: 1 } }), dense(5, 'softmax', { init: { name: 'normal', std: 1 } })], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01 }, training: train(40, 32) },
  'saturated-activation.tanh-raw-scales': { data: csv('fraud.csv', 'is_fraud', 'none'), layers: [dense(32, 'tanh'), dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.001 }, training: train(60, 64) },
  'saturated-activation.sigmoid-raw-sensors': { data: csv('sensors.csv', 'state', 'none'), layers: [dense(64, 'sigmoid'), dense(32, 'sigmoid'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: train(100, 16) },
  'loss-plateau.bottleneck-two-relu': { data: SENS(), layers: [dense(64, 'relu'), dense(1, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: train(120, 32) },
  'loss-plateau.heavy-dropout-small-net': { data: LAND(), layers: [dense(8, 'relu'), drop(0.8), dense(8, 'relu'), drop(0.8), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: train(150, 32) },
  'oscillating-loss.momentum-0.99': { data: GRADES(), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.99 }, training: train(120, 32) },
  'oscillating-loss.batch-one-rmsprop': { data: LAND(), layers: [dense(64, 'relu'), dense(32, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.01 }, training: train(40, 1) },
  'dead-relu.raw-fraud-sgd-momentum': { data: csv('fraud.csv', 'is_fraud', 'none'), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: train(50, 64) },
  'exploding-gradient.regress-hours-raw': { data: csv('sensors.csv', 'hours_run', 'none', { features: ['temp_c', 'pressure_hpa', 'rpm', 'noise_db'] }), layers: [dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: train(40, 32) },
  'nan-loss.regress-rpm-unscaled-target': { data: csv('sensors.csv', 'rpm', 'standard', { features: ['temp_c', 'pressure_hpa', 'vibration_g', 'load_frac', 'noise_db', 'current_a'] }), layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: train(40, 32) },
};

const healthy: Record<string, Obj> = {
  'sensors-adam-bn-dropout': { data: SENS(), layers: [dense(64, 'relu', { batchNorm: true }), drop(0.3), dense(32, 'relu', { batchNorm: true }), drop(0.2), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: train(80, 32) },
  'sensors-sgd-nesterov': { data: SENS(), layers: [dense(64, 'relu'), dense(32, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9, nesterov: true }, training: train(40, 32) },
  'sensors-minmax-rmsprop': { data: csv('sensors.csv', 'state', 'minmax'), layers: [dense(48, 'tanh'), dense(24, 'tanh'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.001 }, training: train(120, 32) },
  'sensors-elu-weight-decay': { data: SENS(), layers: [dense(128, 'elu'), dense(64, 'elu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.0005, weightDecay: 0.0001 }, training: train(60, 64) },
  'sensors-leaky-deep': { data: SENS(), layers: [dense(64, 'leaky_relu'), dense(64, 'leaky_relu'), dense(32, 'leaky_relu'), dense(16, 'leaky_relu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: train(60, 32) },
  'sensors-full-batch-adam': { data: SENS(), layers: [dense(32, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: train(300, 520, 0) },
  'sensors-subset-features': { data: csv('sensors.csv', 'state', 'standard', { features: ['temp_c', 'pressure_hpa', 'vibration_g', 'rpm', 'noise_db'] }), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.002 }, training: train(100, 32) },
  'landcover-adam-onehot': { data: LAND(), layers: [dense(64, 'relu'), drop(0.2), dense(32, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: train(100, 32) },
  'landcover-sgd-batch8': { data: LAND(), layers: [dense(32, 'tanh'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: train(100, 8) },
  'landcover-bn-rmsprop-clip': { data: LAND(), layers: [dense(96, 'relu', { batchNorm: true }), dense(48, 'relu', { batchNorm: true }), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.001, clipNorm: 1 }, training: train(60, 32) },
  'landcover-batch-one-sgd': { data: LAND(), layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.005 }, training: train(30, 1) },
  'fraud-adam-bce': { data: FRAUD(), layers: [dense(32, 'relu'), drop(0.2), dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.001 }, training: train(100, 64) },
  'fraud-rmsprop-bn': { data: FRAUD(), layers: [dense(64, 'relu', { batchNorm: true }), dense(32, 'relu', { batchNorm: true }), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.0005 }, training: train(60, 32) },
  'fraud-sgd-long': { data: FRAUD(), layers: [dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: train(400, 128) },
  'fraud-minmax-adam-decay': { data: csv('fraud.csv', 'is_fraud', 'minmax'), layers: [dense(32, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01, weightDecay: 0.0001 }, training: train(150, 64) },
  'grades-adam-strings': { data: GRADES(), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: train(40, 16) },
  'grades-sgd-small-fine': { data: GRADES(), layers: [dense(16, 'tanh'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.003, momentum: 0.9 }, training: train(120, 8) },
  'grades-rmsprop-dropout': { data: GRADES(), layers: [dense(64, 'elu'), drop(0.3), dense(32, 'elu'), drop(0.3), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.001 }, training: train(40, 32) },
  'grades-sigmoid-hidden': { data: GRADES(), layers: [dense(24, 'sigmoid'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: train(150, 32) },
  'iris-adam': { data: { builtin: 'iris', normalize: 'standard' }, layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: train(150, 16) },
  'iris-sgd-tanh-full': { data: { builtin: 'iris', normalize: 'minmax' }, layers: [dense(8, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: train(400, 150, 0) },
  'blobs-6-classes-rmsprop': { data: { builtin: 'blobs', classes: 6, samples: 600, noise: 0.15 }, layers: [dense(32, 'relu'), dense(6, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.003 }, training: train(60, 32) },
  'spirals-4-deep-adam': { data: { builtin: 'spirals', classes: 4, samples: 600, noise: 0.05 }, layers: [dense(64, 'relu'), dense(64, 'relu'), dense(32, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: train(300, 32) },
  'moons-bce-elu': { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [dense(16, 'elu'), dense(16, 'elu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: train(150, 32) },
  'circles-cce-two-class': { data: { builtin: 'circles', samples: 400, noise: 0.05 }, layers: [dense(32, 'relu'), dense(2, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.005 }, training: train(200, 32) },
  'xor-tanh-sgd': { data: { builtin: 'xor', samples: 300, noise: 0.1 }, layers: [dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: train(200, 16) },
  'sine-mse-tanh': { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [dense(32, 'tanh'), dense(32, 'tanh'), dense(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: train(300, 32) },
  'inline-3class-intlabels': { data: { inline: { x: [[0.1, 2.0], [0.2, 1.8], [0.15, 2.2], [1.1, 0.1], [1.0, 0.3], [0.9, 0.2], [2.1, 1.0], [1.9, 1.2], [2.0, 0.9], [0.05, 1.9], [1.05, 0.2], [2.05, 1.1]], y: [0, 0, 0, 1, 1, 1, 2, 2, 2, 0, 1, 2] } }, layers: [dense(8, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.02 }, training: train(200, 4, 0) },
  'inline-onehot-rare': { data: { inline: { x: [[1, 0.2], [0.9, 0.1], [1.1, 0.3], [0.2, 1.0], [0.1, 0.9], [0.3, 1.1], [0.5, 0.5], [0.6, 0.4], [0.4, 0.6], [0.95, 0.25], [0.15, 0.95], [0.55, 0.45]], y: [[1, 0, 0], [1, 0, 0], [1, 0, 0], [0, 1, 0], [0, 1, 0], [0, 1, 0], [0, 0, 1], [0, 0, 1], [0, 0, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1]] }, normalize: 'standard' }, layers: [dense(12, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.01 }, training: train(150, 12, 0) },
  'sensors-big-lr-clip': { data: SENS(), layers: [dense(64, 'relu'), dense(5, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.2, momentum: 0.5, clipNorm: 5 }, training: train(60, 64) },
  'fraud-short-adam-large-batch': { data: FRAUD(), layers: [dense(32, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: train(40, 128) },
  'landcover-five-layers': { data: LAND(), layers: [dense(64, 'relu', { batchNorm: true }), dense(64, 'relu', { batchNorm: true }), dense(32, 'relu', { batchNorm: true }), dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.001 }, training: train(60, 32) },
  'blobs-10-classes-adam': { data: { builtin: 'blobs', classes: 10, samples: 800, noise: 0.1 }, layers: [dense(64, 'relu'), drop(0.1), dense(10, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: train(80, 32) },
};

function write(folder: string, name: string, body: Obj, seed: number): void {
  const spec = { name, seed, ...body };
  fs.writeFileSync(path.join(__dirname, folder, `${name}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
}
let seed = 4000;
for (const [name, body] of Object.entries(faulty)) write('faulty', name, body, seed++);
for (const [name, body] of Object.entries(healthy)) write('healthy', name, body, seed++);
console.log(`${Object.keys(faulty).length} faulty, ${Object.keys(healthy).length} healthy`);
