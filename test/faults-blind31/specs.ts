/**
 * Every spec of the thirty-first blind set, written by hand as compact objects. Faulty specs are
 * named `<code>.<slug>`; their descriptions live in write-manifest.ts.
 */
import * as fs from 'fs';
import * as path from 'path';

type Obj = Record<string, unknown>;
const DIR = __dirname;
const put = (folder: string, name: string, spec: Obj | string) =>
  fs.writeFileSync(path.join(DIR, folder, `${name}.nn.json`), typeof spec === 'string' ? spec : JSON.stringify({ name, seed: 7, ...spec }, null, 2) + '\n');
const d = (units: number, activation?: string, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });
const csv = (file: string, target: string, normalize = 'standard', extra: Obj = {}): Obj => ({ csv: `../data/${file}`, target, normalize, ...extra });

const pend = csv('pendulum.csv', 'period_s');
const dragD = csv('drag.csv', 'force_n');
const therm = csv('thermistor.csv', 'resistance_kohm');
const rc = csv('rc_filter.csv', 'gain_db');
const motor = csv('motor.csv', 'overheat');
const proj = csv('projectile.csv', 'range_m');
/** Hooke-ish spring table (extension mm -> force N), written inline as from a lab notebook. */
const spring = { inline: { x: [[0], [5], [10], [15], [20], [25], [30], [35], [40], [45], [50], [55], [60], [65], [70], [75], [80]], y: [0.02, 1.1, 2.05, 2.98, 4.1, 5.02, 6.1, 6.95, 8.05, 8.9, 9.6, 10.1, 10.4, 10.55, 10.6, 10.62, 10.6] }, normalize: 'minmax' };
/** Newton cooling: minutes -> temperature (°C), inline. */
const cooling = { inline: { x: [[0], [2], [4], [6], [8], [10], [12], [15], [18], [21], [25], [30], [35], [40], [50], [60]], y: [92, 84.1, 77.3, 71.2, 65.8, 61.1, 56.8, 51.5, 47.0, 43.3, 39.2, 35.1, 32.0, 29.6, 26.4, 24.6] }, normalize: 'standard' };

function faulty(): void {
  const F = 'faulty';
  // static
  put(F, 'invalid-spec.lr-as-string', { data: pend, layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: '1e-3' }, training: tr(300, 16) });
  put(F, 'invalid-spec.layer-type-linear', { data: spring, layers: [d(8, 'elu'), { type: 'linear', units: 1 }], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(500, 17) });
  put(F, 'invalid-spec.trailing-comma', `{\n  "name": "rc-fit",\n  "data": { "csv": "../data/rc_filter.csv", "target": "gain_db", "normalize": "standard" },\n  "layers": [\n    { "type": "dense", "units": 24, "activation": "tanh" },\n    { "type": "dense", "units": 1 },\n  ],\n  "loss": "mse",\n  "optimizer": { "type": "adam", "lr": 0.005 },\n  "training": { "epochs": 400, "batchSize": 32 }\n}\n`);
  put(F, 'data-error.target-column-typo', { data: csv('pendulum.csv', 'period'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(300, 16) });
  put(F, 'data-error.logged-gaps', { data: csv('projectile-logged.csv', 'range_m'), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(400, 32) });
  put(F, 'data-error.inline-ragged-row', { data: { inline: { x: [[0.5, 20], [0.8, 22], [1.1, 19], [1.4], [1.7, 25], [2.0, 21]], y: [1.42, 1.8, 2.1, 2.38, 2.62, 2.84] }, normalize: 'minmax' }, layers: [d(8, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(600, 6) });
  put(F, 'shape-mismatch.cce-two-units-iris', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(200, 16) });
  put(F, 'shape-mismatch.two-targets-one-output', { data: csv('drag.csv', ['force_n', 'drag_coeff'] as unknown as string, 'standard', { features: ['speed_ms', 'area_m2', 'air_density'] }), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(300, 32) });
  put(F, 'shape-mismatch.bce-two-sigmoid-units', { data: motor, layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(200, 32) });
  put(F, 'loss-activation-mismatch.bce-tanh-output', { data: { builtin: 'circles', samples: 400, noise: 0.08 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'tanh')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(200, 32) });
  put(F, 'loss-activation-mismatch.cce-sigmoid-output', { data: { builtin: 'blobs', classes: 4, samples: 400 }, layers: [d(16, 'elu'), d(4, 'sigmoid')], loss: 'cce', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(150, 32) });
  put(F, 'loss-activation-mismatch.mse-softmax-regression', { data: therm, layers: [d(16, 'tanh'), d(1, 'softmax')], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(400, 16) });
  put(F, 'init-symmetry.zeros-tanh-hidden', { data: rc, layers: [d(24, 'tanh', { init: 'zeros' }), d(24, 'tanh', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(300, 32) });
  put(F, 'init-symmetry.constant-tanh-sine', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh', { init: { name: 'constant', value: 0.2 } }), d(1, undefined, { init: { name: 'constant', value: 0.2 } })], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(400, 32) });
  put(F, 'init-scale.normal-std-4-tanh', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(300, 32) });
  put(F, 'init-scale.tiny-uniform-deep-relu', { data: dragD, layers: [d(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), d(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), d(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), d(32, 'relu', { init: { name: 'uniform', limit: 0.001 } }), d(1, undefined, { init: { name: 'uniform', limit: 0.001 } })], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01, momentum: 0.9 }, training: tr(200, 32) });
  put(F, 'no-nonlinearity.hidden-default-linear', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32), d(32), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(500, 32) });
  put(F, 'no-nonlinearity.linear-stack-rc', { data: rc, layers: [d(16, 'linear'), d(16, 'linear'), d(8, 'linear'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(400, 32) });
  put(F, 'lr-out-of-range.adam-lr-3', { data: therm, layers: [d(16, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 3 }, training: tr(300, 16) });
  put(F, 'lr-out-of-range.sgd-lr-1e-7', { data: pend, layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 1e-7, momentum: 0.9 }, training: tr(500, 16) });
  // training-time
  put(F, 'lr-too-high.sgd-momentum-drag', { data: dragD, layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.08, momentum: 0.9 }, training: tr(200, 32) });
  put(F, 'lr-too-high.adam-0.5-moons', { data: { builtin: 'moons', samples: 500, noise: 0.2 }, layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.5 }, training: tr(150, 32) });
  put(F, 'lr-too-high.rmsprop-0.1-rc', { data: rc, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.1 }, training: tr(300, 32) });
  put(F, 'lr-too-low.sgd-1e-4-pendulum', { data: pend, layers: [d(16, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.0001 }, training: tr(300, 32) });
  put(F, 'lr-too-low.adam-3e-6-motor', { data: motor, layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 3e-6 }, training: tr(200, 32) });
  put(F, 'dead-relu.negative-bias-init', { data: proj, layers: [d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(300, 32) });
  put(F, 'nan-loss.raw-drag-two-relu-sgd', { data: csv('drag.csv', 'force_n', 'none'), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001 }, training: tr(200, 16) });
  put(F, 'vanishing-gradient.deep-sigmoid-sgd', { data: { builtin: 'circles', samples: 400, noise: 0.1 }, layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(300, 32) });
  const small = { init: { name: 'normal', std: 0.05 } };
  put(F, 'vanishing-gradient.deep-sigmoid-small-init-motor', { data: motor, layers: [d(16, 'sigmoid', small), d(16, 'sigmoid', small), d(16, 'sigmoid', small), d(16, 'sigmoid', small), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(300, 32) });
  put(F, 'exploding-gradient.raw-target-deep-relu', { data: csv('drag.csv', 'force_n', 'none'), layers: [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.0005, momentum: 0.9 }, training: tr(100, 32) });
  put(F, 'exploding-gradient.large-init-deep-linear-out', { data: proj, layers: [d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(64, 'relu', { init: { name: 'normal', std: 1 } }), d(1, undefined, { init: { name: 'normal', std: 1 } })], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001 }, training: tr(100, 32) });
  put(F, 'saturated-activation.tanh-raw-celsius', { data: csv('thermistor.csv', 'resistance_kohm', 'none'), layers: [d(16, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.001, momentum: 0.9 }, training: tr(400, 16) });
  put(F, 'saturated-activation.sigmoid-raw-motor', { data: csv('motor.csv', 'overheat', 'none'), layers: [d(32, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(200, 32) });
  put(F, 'loss-plateau.xor-two-relu-units', { data: { builtin: 'xor', samples: 400, noise: 0.05 }, layers: [d(2, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(300, 32) });
  put(F, 'loss-plateau.spirals-three-tanh-units', { data: { builtin: 'spirals', samples: 400, noise: 0.1 }, layers: [d(3, 'tanh'), d(2, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(400, 32) });
  put(F, 'oscillating-loss.batch1-sgd-cooling', { data: cooling, layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(400, 1) });
  put(F, 'oscillating-loss.momentum-0.99', { data: pend, layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.99 }, training: tr(300, 240) });
  put(F, 'dead-relu.raw-target-first-step', { data: csv('drag.csv', 'force_n', 'none'), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.01 }, training: tr(100, 32) });
  put(F, 'nan-loss.raw-thermistor-elu-momentum', { data: csv('thermistor.csv', 'resistance_kohm', 'none'), layers: [d(32, 'elu'), d(32, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(200, 8) });
}

function healthy(): void {
  const H = 'healthy';
  put(H, 'pendulum-tanh-adam-long', { data: pend, layers: [d(16, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003 }, training: tr(800, 32) });
  put(H, 'pendulum-elu-sgd-momentum', { data: csv('pendulum.csv', 'period_s', 'minmax'), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(400, 16) });
  put(H, 'drag-relu-adam-wd', { data: dragD, layers: [d(48, 'relu'), d(24, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.003, weightDecay: 0.0001 }, training: tr(400, 32, { validationSplit: 0.2 }) });
  put(H, 'drag-deep-leaky-rmsprop', { data: dragD, layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.001 }, training: tr(300, 32) });
  put(H, 'thermistor-elu-sgd-nesterov-minmax', { data: csv('thermistor.csv', 'resistance_kohm', 'minmax'), layers: [d(16, 'elu'), d(8, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.002, momentum: 0.9, nesterov: true }, training: tr(1000, 16) });
  put(H, 'thermistor-elu-adam-full-batch', { data: therm, layers: [d(32, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(1500, 160) });
  put(H, 'rc-filter-tanh-adam', { data: rc, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(300, 32) });
  put(H, 'rc-filter-relu-batchnorm-clip', { data: rc, layers: [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.02, momentum: 0.9, clipNorm: 5 }, training: tr(200, 32) });
  put(H, 'rc-filter-sigmoid-adam', { data: rc, layers: [d(32, 'sigmoid'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(600, 32) });
  put(H, 'motor-relu-adam-dropout-wd', { data: motor, layers: [d(16, 'relu'), { type: 'dropout', rate: 0.3 }, d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.003, weightDecay: 0.001 }, training: tr(80, 32, { validationSplit: 0.2 }) });
  put(H, 'motor-logistic-sgd', { data: motor, layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.1 }, training: tr(300, 16) });
  put(H, 'motor-tanh-rmsprop-minmax', { data: csv('motor.csv', 'overheat', 'minmax'), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.003 }, training: tr(300, 32) });
  put(H, 'projectile-relu-adam-long', { data: proj, layers: [d(64, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.002 }, training: tr(500, 32) });
  put(H, 'projectile-elu-adam-large-lr', { data: proj, layers: [d(32, 'elu'), d(32, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.03 }, training: tr(300, 64) });
  put(H, 'spring-inline-tanh-batch1', { data: spring, layers: [d(8, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.02 }, training: tr(600, 1) });
  put(H, 'cooling-inline-elu-adam', { data: cooling, layers: [d(8, 'elu'), d(8, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(1000, 16) });
  put(H, 'sine-tanh-adam-long', { data: { builtin: 'sine', samples: 400, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: tr(500, 32) });
  put(H, 'sine-relu-sgd-small-data', { data: { builtin: 'sine', samples: 60, noise: 0.1 }, layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'sgd', lr: 0.02, momentum: 0.9 }, training: tr(1000, 10) });
  put(H, 'sine-elu-rmsprop-small-lr', { data: { builtin: 'sine', samples: 300, noise: 0.15 }, layers: [d(32, 'elu'), d(32, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.0005 }, training: tr(1200, 32) });
  put(H, 'moons-relu-adam-1000', { data: { builtin: 'moons', samples: 1000, noise: 0.2 }, layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.005 }, training: tr(100, 64) });
  put(H, 'moons-tanh-sgd-small', { data: { builtin: 'moons', samples: 120, noise: 0.1 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: tr(400, 12) });
  put(H, 'circles-elu-adam-wd', { data: { builtin: 'circles', samples: 600, noise: 0.1 }, layers: [d(24, 'elu'), d(24, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.005, weightDecay: 0.0005 }, training: tr(200, 32) });
  put(H, 'xor-tanh-rmsprop', { data: { builtin: 'xor', samples: 300, noise: 0.1 }, layers: [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'rmsprop', lr: 0.005 }, training: tr(200, 32) });
  put(H, 'spirals-relu-adam-deep', { data: { builtin: 'spirals', samples: 600, noise: 0.05, classes: 3 }, layers: [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.003 }, training: tr(400, 32) });
  put(H, 'blobs-5-softmax-sgd', { data: { builtin: 'blobs', classes: 5, samples: 500, noise: 0.1 }, layers: [d(16, 'relu'), d(5, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.05 }, training: tr(100, 50) });
  put(H, 'iris-tanh-adam-batchnorm', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'tanh', { batchNorm: true }), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: tr(200, 16, { validationSplit: 0.2 }) });
  put(H, 'iris-relu-sgd-full-batch', { data: { builtin: 'iris', normalize: 'minmax' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: { type: 'sgd', lr: 0.1, momentum: 0.9 }, training: tr(500, 150) });
  put(H, 'pendulum-tanh-adam-clip-dropout', { data: pend, layers: [d(64, 'tanh'), { type: 'dropout', rate: 0.1 }, d(32, 'tanh'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.002, clipNorm: 1 }, training: tr(300, 32) });
  put(H, 'pendulum-leaky-adam-short', { data: pend, layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], loss: 'mse', optimizer: { type: 'adam', lr: 0.01 }, training: tr(60, 16) });
  put(H, 'thermistor-5-layer-elu-rmsprop', { data: therm, layers: [d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: { type: 'rmsprop', lr: 0.001 }, training: tr(400, 16) });
  put(H, 'circles-sigmoid-hidden-adam', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.02 }, training: tr(500, 32) });
  put(H, 'motor-batchnorm-sgd-raw', { data: csv('motor.csv', 'overheat', 'none'), layers: [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'sgd', lr: 0.05, momentum: 0.9 }, training: tr(200, 32) });
}

faulty();
healthy();
