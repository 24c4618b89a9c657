/**
 * Writes this set's specs (faulty/ and healthy/): `npx tsx test/faults-blind41/author.ts`.
 * Theme: forecasting with lagged windows, calendar sin/cos, raw-unit targets, differences and ratios.
 */
import * as fs from 'fs';
import * as path from 'path';

type Obj = Record<string, unknown>;
const SALES = ['dow_sin', 'dow_cos', 'doy_sin', 'doy_cos', 'promo', 'lag1', 'lag7', 'lag14', 'roll7'];
const TEMPS = ['hour_sin', 'hour_cos', 'lag1', 'lag2', 'lag3', 'lag24', 'humidity'];
const SENSOR = ['rpm', 'bearing_temp', 'load_pct', 'vib_lag1', 'vib_lag2', 'vib_lag3', 'vib_roll3'];
const LOAD = ['hour_sin', 'hour_cos', 'week_sin', 'week_cos', 'temp_c', 'lag1', 'lag24', 'lag168'];

const csv = (file: string, target: string | string[], features: string[] | undefined, normalize = 'standard'): Obj =>
  ({ csv: `../data/${file}`, target, ...(features ? { features } : {}), normalize });
const d = (units: number, activation?: string, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });

function spec(folder: string, name: string, seed: number, data: Obj, layers: Obj[], loss: string, optimizer: Obj, training: Obj): void {
  const body = { name, seed, data, layers, loss, optimizer, training };
  fs.writeFileSync(path.join(__dirname, folder, `${name}.nn.json`), JSON.stringify(body, null, 2) + '\n');
}
const F = (name: string, ...rest: [number, Obj, Obj[], string, Obj, Obj]) => spec('faulty', name, ...rest);
const H = (name: string, ...rest: [number, Obj, Obj[], string, Obj, Obj]) => spec('healthy', name, ...rest);

// ---- faulty: static ----
F('invalid-spec.lstm-layer', 3, csv('temps.csv', 'temp_next', TEMPS), [{ type: 'lstm', units: 32 }, d(16, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 100, batchSize: 32, validationSplit: 0.2 });
F('invalid-spec.mae-loss', 5, csv('load.csv', 'ratio24', LOAD), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mae', { type: 'adam', lr: 0.001 }, { epochs: 200, batchSize: 64, validationSplit: 0.2 });
F('invalid-spec.rmsprop-camelcase', 7, csv('sensor.csv', 'vib_next', SENSOR), [d(24, 'elu'), d(1)], 'mse', { type: 'RMSprop', lr: 0.001 }, { epochs: 150, batchSize: 32 });
F('invalid-spec.validation-percent', 9, csv('sales.csv', 'ratio7', SALES), [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 200, batchSize: 32, validationSplit: 20 });
F('data-error.date-column-as-feature', 11, csv('sales.csv', 'ratio7', undefined), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 200, batchSize: 32, validationSplit: 0.2 });
F('data-error.logger-na-gaps', 13, csv('sensor-export.csv', 'vib_next', SENSOR), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 150, batchSize: 32, validationSplit: 0.2 });
F('data-error.target-typo', 15, csv('load.csv', 'load_nxt', LOAD), [d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 100, batchSize: 64 });
F('shape-mismatch.three-states-two-units', 17, csv('sensor.csv', 'state', SENSOR), [d(32, 'relu'), d(16, 'relu'), d(2, 'softmax')], 'cce', { type: 'adam', lr: 0.001 }, { epochs: 200, batchSize: 32, validationSplit: 0.2 });
F('shape-mismatch.two-horizons-one-output', 19, csv('temps.csv', ['temp_next', 'delta'], TEMPS), [d(32, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200, batchSize: 32 });
F('shape-mismatch.four-states-counted', 21, csv('sensor.csv', 'state', SENSOR), [d(16, 'relu'), d(4, 'softmax')], 'cce', { type: 'adam', lr: 0.001 }, { epochs: 150, batchSize: 32 });
F('loss-activation-mismatch.sigmoid-on-celsius', 23, csv('temps.csv', 'temp_next', TEMPS), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 200, batchSize: 32, validationSplit: 0.2 });
F('loss-activation-mismatch.softmax-single-unit-bce', 25, csv('temps.csv', 'rises', TEMPS), [d(16, 'tanh'), d(1, 'softmax')], 'bce', { type: 'adam', lr: 0.001 }, { epochs: 150, batchSize: 32 });
F('loss-activation-mismatch.relu-output-on-diffs', 27, csv('sales.csv', 'sales_diff7', SALES), [d(32, 'relu'), d(16, 'relu'), d(1, 'relu')], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 300, batchSize: 32, validationSplit: 0.2 });
F('init-symmetry.zeros-tanh-hidden', 29, csv('load.csv', 'ratio24', LOAD), [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1, undefined, { init: 'zeros' })], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 200, batchSize: 64 });
F('init-symmetry.constant-relu', 31, csv('load.csv', 'peak', ['hour_sin', 'hour_cos', 'week_sin', 'week_cos', 'temp_c']), [d(24, 'relu', { init: 'constant', value: 0.1 }), d(12, 'relu', { init: 'constant', value: 0.1 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 200, batchSize: 32 });
F('init-scale.std-one-relu-64', 33, csv('temps.csv', 'delta', TEMPS), [d(64, 'relu', { init: 'normal', std: 1.0 }), d(64, 'relu', { init: 'normal', std: 1.0 }), d(64, 'relu', { init: 'normal', std: 1.0 }), d(1, undefined, { init: 'normal', std: 1.0 })], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 200, batchSize: 32 });
F('init-scale.tiny-uniform-deep-sigmoid', 35, csv('sensor.csv', 'vib_next', SENSOR), [d(32, 'sigmoid', { init: 'uniform', limit: 0.001 }), d(32, 'sigmoid', { init: 'uniform', limit: 0.001 }), d(32, 'sigmoid', { init: 'uniform', limit: 0.001 }), d(1, undefined, { init: 'uniform', limit: 0.001 })], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 300, batchSize: 32 });
F('init-scale.std-five-relu', 37, csv('load.csv', 'ratio24', LOAD), [d(48, 'relu', { init: 'normal', std: 5 }), d(24, 'relu', { init: 'normal', std: 5 }), d(1)], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 200, batchSize: 64 });
F('no-nonlinearity.activations-omitted', 39, csv('load.csv', 'peak', ['hour_sin', 'hour_cos', 'week_sin', 'week_cos', 'temp_c']), [d(32), d(16), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001 }, { epochs: 200, batchSize: 32, validationSplit: 0.2 });
F('no-nonlinearity.linear-stack-daily-cycle', 41, csv('load.csv', 'load_next', ['hour_sin', 'hour_cos', 'week_sin', 'week_cos', 'temp_c'], 'standard'), [d(64, 'linear'), d(32, 'linear'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 200, batchSize: 64 });
F('lr-out-of-range.adam-lr-one', 43, csv('temps.csv', 'delta', TEMPS), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 1 }, { epochs: 100, batchSize: 32 });
F('lr-out-of-range.sgd-1e-6', 45, csv('sales.csv', 'up', SALES), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.000001 }, { epochs: 300, batchSize: 32 });
F('lr-out-of-range.rmsprop-half', 47, csv('sensor.csv', 'state', SENSOR), [d(32, 'relu'), d(3, 'softmax')], 'cce', { type: 'rmsprop', lr: 0.5 }, { epochs: 100, batchSize: 32 });
// ---- faulty: training-time ----
F('lr-too-high.rmsprop-0.05', 49, csv('temps.csv', 'temp_next', TEMPS), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', { type: 'rmsprop', lr: 0.05 }, { epochs: 200, batchSize: 32, validationSplit: 0.2 });
F('lr-too-high.sgd-momentum-0.3', 51, csv('load.csv', 'ratio24', LOAD), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', { type: 'sgd', lr: 0.3, momentum: 0.9 }, { epochs: 200, batchSize: 64 });
F('lr-too-high.adam-0.1-classifier', 53, csv('sensor.csv', 'state', SENSOR), [d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.1 }, { epochs: 150, batchSize: 32 });
F('lr-too-low.sgd-plain-1e-4', 55, csv('temps.csv', 'rises', TEMPS), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.0001 }, { epochs: 300, batchSize: 64 });
F('lr-too-low.adam-1e-5-raw-target', 57, csv('temps.csv', 'temp_next', TEMPS), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.00001 }, { epochs: 300, batchSize: 32, validationSplit: 0.2 });
F('lr-too-low.adam-default-megawatts', 59, csv('load.csv', 'load_next', LOAD), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 300, batchSize: 64, validationSplit: 0.2 });
F('dead-relu.negative-bias-init', 61, csv('sales.csv', 'ratio7', SALES), [d(32, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 200, batchSize: 32 });
F('dead-relu.raw-megawatt-inputs', 63, csv('load.csv', 'peak', LOAD, 'none'), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 100, batchSize: 32 });
F('vanishing-gradient.five-sigmoid-layers', 65, csv('temps.csv', 'rises', TEMPS), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, { epochs: 200, batchSize: 32 });
F('vanishing-gradient.tanh-small-normal', 67, csv('sensor.csv', 'alarm', SENSOR), [d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(32, 'tanh', { init: 'normal', std: 0.01 }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.01 }, { epochs: 200, batchSize: 32 });
F('exploding-gradient.raw-sales-sgd', 69, csv('sales.csv', 'sales', SALES, 'none'), [d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.0001 }, { epochs: 100, batchSize: 32 });
F('exploding-gradient.megawatt-target-momentum', 71, csv('load.csv', 'load_next', LOAD), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', { type: 'sgd', lr: 0.00001, momentum: 0.9 }, { epochs: 100, batchSize: 64 });
F('saturated-activation.tanh-raw-rpm', 73, csv('sensor.csv', 'vib_next', SENSOR, 'none'), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 200, batchSize: 32 });
F('saturated-activation.sigmoid-raw-lags', 75, csv('temps.csv', 'rises', ['hour_sin', 'hour_cos', 'lag1', 'lag2', 'lag3', 'lag24', 'humidity'], 'none'), [d(32, 'sigmoid', { init: 'normal', std: 0.5 }), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, { epochs: 200, batchSize: 32 });
F('loss-plateau.sigmoid-stack-sgd', 77, csv('sales.csv', 'up', SALES), [d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05 }, { epochs: 300, batchSize: 64 });
F('lr-too-low.sgd-minmax-ratio-slow', 79, csv('load.csv', 'ratio24', LOAD, 'minmax'), [d(16, 'sigmoid'), d(1)], 'mse', { type: 'sgd', lr: 0.01 }, { epochs: 300, batchSize: 64 });
F('loss-plateau.sigmoid-stack-rises', 78, csv('temps.csv', 'rises', TEMPS), [d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1 }, { epochs: 300, batchSize: 64 });
F('oscillating-loss.momentum-0.99', 81, csv('temps.csv', 'delta', TEMPS), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.02, momentum: 0.99 }, { epochs: 200, batchSize: 64 });
F('oscillating-loss.rmsprop-full-batch', 83, csv('sensor.csv', 'vib_next', SENSOR), [d(32, 'tanh'), d(1)], 'mse', { type: 'rmsprop', lr: 0.03 }, { epochs: 300, batchSize: 536 });
F('nan-loss.raw-sales-sgd-momentum', 85, csv('sales.csv', 'sales', SALES, 'none'), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 100, batchSize: 32 });
F('nan-loss.megawatt-sgd-unscaled', 87, csv('load.csv', 'load_next', LOAD, 'none'), [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.001 }, { epochs: 100, batchSize: 64 });

// ---- healthy ----
H('temps-next-hour-adam', 101, csv('temps.csv', 'temp_next', TEMPS), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.003 }, { epochs: 200, batchSize: 32, validationSplit: 0.2 });
H('temps-delta-rmsprop', 102, csv('temps.csv', 'delta', TEMPS), [d(32, 'tanh'), d(1)], 'mse', { type: 'rmsprop', lr: 0.001 }, { epochs: 150, batchSize: 32, validationSplit: 0.2 });
H('temps-rises-elu-sgd-momentum', 103, csv('temps.csv', 'rises', TEMPS), [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 120, batchSize: 32, validationSplit: 0.2 });
H('temps-next-minmax-leaky', 104, csv('temps.csv', 'temp_next', TEMPS, 'minmax'), [d(48, 'leaky_relu'), d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 300, batchSize: 64 });
H('sales-ratio-adam-dropout', 105, csv('sales.csv', 'ratio7', SALES), [d(64, 'relu'), drop(0.2), d(32, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 300, batchSize: 32, validationSplit: 0.2 });
H('sales-up-tanh-rmsprop', 106, csv('sales.csv', 'up', SALES), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.001 }, { epochs: 200, batchSize: 16, validationSplit: 0.2 });
H('sales-diff-adam-large-rate', 107, csv('sales.csv', 'sales_diff7', SALES), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.05 }, { epochs: 400, batchSize: 32 });
H('sales-raw-batchnorm-adam', 108, csv('sales.csv', 'sales', SALES), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1, undefined, { bias: 3000 })], 'mse', { type: 'adam', lr: 0.05 }, { epochs: 400, batchSize: 32 });
H('sensor-vib-elu-adam-weight-decay', 109, csv('sensor.csv', 'vib_next', SENSOR), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', { type: 'adam', lr: 0.003, weightDecay: 0.0001 }, { epochs: 200, batchSize: 32, validationSplit: 0.2 });
H('sensor-state-relu-cce', 110, csv('sensor.csv', 'state', SENSOR), [d(16, 'relu'), drop(0.2), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 80, batchSize: 32, validationSplit: 0.2 });
H('sensor-alarm-sgd-nesterov', 111, csv('sensor.csv', 'alarm', SENSOR), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.02, momentum: 0.9, nesterov: true }, { epochs: 150, batchSize: 32 });
H('sensor-state-batch-one-small-rate', 112, csv('sensor.csv', 'state', SENSOR), [d(24, 'relu'), d(3, 'softmax')], 'cce', { type: 'sgd', lr: 0.002 }, { epochs: 40, batchSize: 1 });
H('sensor-vib-sigmoid-hidden-clip', 113, csv('sensor.csv', 'vib_next', SENSOR), [d(24, 'sigmoid'), d(1)], 'mse', { type: 'adam', lr: 0.01, clipNorm: 1 }, { epochs: 300, batchSize: 32 });
H('load-ratio-adam-three-layers', 114, csv('load.csv', 'ratio24', LOAD), [d(64, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', { type: 'adam', lr: 0.001 }, { epochs: 150, batchSize: 64 });
H('load-peak-batchnorm-sgd', 115, csv('load.csv', 'peak', LOAD), [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.05, momentum: 0.9 }, { epochs: 100, batchSize: 64, validationSplit: 0.2 });
H('load-peak-full-batch-rmsprop', 116, csv('load.csv', 'peak', LOAD), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.01 }, { epochs: 400, batchSize: 839 });
H('load-ratio-minmax-elu-long', 117, csv('load.csv', 'ratio24', LOAD, 'minmax'), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', { type: 'adam', lr: 0.0005 }, { epochs: 800, batchSize: 128 });
H('load-mw-target-large-bias-adam', 118, csv('load.csv', 'load_next', LOAD), [d(32, 'relu'), d(1, undefined, { bias: 30000 })], 'mse', { type: 'adam', lr: 0.5 }, { epochs: 300, batchSize: 64, validationSplit: 0.2 });
H('temps-delta-sgd-small-but-fine', 119, csv('temps.csv', 'delta', TEMPS), [d(16, 'relu'), d(1)], 'mse', { type: 'sgd', lr: 0.003, momentum: 0.9 }, { epochs: 300, batchSize: 16 });
H('sales-up-leaky-adam-weight-decay', 120, csv('sales.csv', 'up', SALES), [d(32, 'leaky_relu'), drop(0.3), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.001, weightDecay: 0.001 }, { epochs: 200, batchSize: 32, validationSplit: 0.2 });
H('builtin-sine-tanh-adam', 121, { builtin: 'sine', samples: 400, noise: 0.05 }, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 400, batchSize: 32 });
H('builtin-moons-relu-rmsprop', 122, { builtin: 'moons', samples: 300, noise: 0.15 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'rmsprop', lr: 0.005 }, { epochs: 200, batchSize: 32 });
H('builtin-circles-elu-sgd', 123, { builtin: 'circles', samples: 400, noise: 0.05 }, [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', { type: 'sgd', lr: 0.1, momentum: 0.9 }, { epochs: 300, batchSize: 32 });
H('builtin-xor-tanh-full-batch', 124, { builtin: 'xor', samples: 200, noise: 0.1 }, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.03 }, { epochs: 500, batchSize: 200 });
H('builtin-spirals-deep-adam', 125, { builtin: 'spirals', samples: 600, classes: 3, noise: 0.05 }, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.003 }, { epochs: 500, batchSize: 32 });
H('builtin-blobs-four-classes-sgd', 126, { builtin: 'blobs', samples: 400, classes: 4, noise: 0.2 }, [d(8, 'relu'), d(4, 'softmax')], 'cce', { type: 'sgd', lr: 0.05 }, { epochs: 100, batchSize: 16 });
H('builtin-iris-standard-sigmoid', 127, { builtin: 'iris', normalize: 'standard' }, [d(16, 'sigmoid'), d(3, 'softmax')], 'cce', { type: 'adam', lr: 0.01 }, { epochs: 300, batchSize: 16, validationSplit: 0.2 });
H('builtin-sine-five-layers-elu', 128, { builtin: 'sine', samples: 300, noise: 0.1 }, [d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(1)], 'mse', { type: 'adam', lr: 0.002 }, { epochs: 300, batchSize: 32 });

/** A short inline weekly series as lag windows (lag1, lag2, dow sin, dow cos) → next value, written by hand. */
function inlineSeries(): Obj {
  const x: number[][] = [], y: number[] = [];
  const v = (t: number) => Number((5 + 3 * Math.sin((2 * Math.PI * t) / 7) + 0.1 * ((t * 7919) % 11 - 5) / 5).toFixed(2));
  for (let t = 2; t < 58; t++) x.push([v(t - 1), v(t - 2), Number(Math.sin((2 * Math.PI * t) / 7).toFixed(3)), Number(Math.cos((2 * Math.PI * t) / 7).toFixed(3))]), y.push(v(t));
  return { inline: { x, y }, normalize: 'standard' };
}
function inlineUpDown(): Obj {
  const x: number[][] = [], y: number[] = [];
  for (let t = 0; t < 48; t++) {
    const h = t % 24;
    x.push([Number(Math.sin((2 * Math.PI * h) / 24).toFixed(3)), Number(Math.cos((2 * Math.PI * h) / 24).toFixed(3))]);
    y.push(h >= 3 && h < 15 ? 1 : 0);
  }
  return { inline: { x, y } };
}
H('inline-weekly-lags-adam', 129, inlineSeries(), [d(16, 'tanh'), d(1)], 'mse', { type: 'adam', lr: 0.01 }, { epochs: 400, batchSize: 8 });
H('inline-daylight-updown', 130, inlineUpDown(), [d(8, 'relu'), d(1, 'sigmoid')], 'bce', { type: 'adam', lr: 0.02 }, { epochs: 300, batchSize: 48 });
H('temps-next-short-run-rmsprop', 131, csv('temps.csv', 'temp_next', TEMPS), [d(16, 'relu'), d(1, undefined, { bias: 14 })], 'mse', { type: 'rmsprop', lr: 0.003 }, { epochs: 30, batchSize: 16 });
H('sales-ratio-sgd-tanh-two-layers', 132, csv('sales.csv', 'ratio7', SALES), [d(32, 'tanh'), d(16, 'tanh'), d(1, undefined, { bias: 1 })], 'mse', { type: 'sgd', lr: 0.01, momentum: 0.9 }, { epochs: 200, batchSize: 32, validationSplit: 0.2 });
