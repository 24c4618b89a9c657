/**
 * Writes every candidate spec of blind fault set 127 (coffee roasters and cafés) into candidates/:
 * `npx tsx test/faults-blind127/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
 * specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
const OUT = path.join(__dirname, 'candidates');
const specs: Record<string, Json> = {};

function d(units: number, activation?: string, extra: Json = {}): Json {
  return activation === undefined ? { type: 'dense', units, ...extra } : { type: 'dense', units, activation, ...extra };
}
const drop = (rate: number): Json => ({ type: 'dropout', rate });
function add(file: string, name: string, data: Json, layers: Json[], loss: string, optimizer: Json, training: Json, extra: Json = {}): void {
  if (specs[file]) throw new Error('duplicate ' + file);
  specs[file] = { name, seed: 127, data, layers, loss, optimizer, training, ...extra };
}

const RF = ['charge_temp_c', 'roast_min', 'moisture_pct', 'batch_kg', 'ambient_c', 'density_gl'];
const roast = (x: Json = {}): Json => ({ csv: '../data/roast.csv', target: 'roast_loss_pct', features: RF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const DF = ['drop_temp_c', 'ror_c_min', 'dev_time_pct', 'moisture_pct', 'airflow_pct', 'gas_kw'];
const defect = (x: Json = {}): Json => ({ csv: '../data/defect.csv', target: 'defect', features: DF, normalize: 'standard', ...x });
const OF = ['altitude_m', 'density_gl', 'moisture_pct', 'acidity_score', 'price_per_kg', 'screen_size'];
const origin = (x: Json = {}): Json => ({ csv: '../data/origin.csv', target: 'origin', features: OF, normalize: 'standard', ...x });
const SF = ['hour', 'weekday', 'temp_out_c', 'rain_mm', 'promo', 'staff', 'seats'];
const sales = (x: Json = {}): Json => ({ csv: '../data/sales.csv', target: 'cups_per_hour', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const QF = ['queue_len', 'baristas', 'milk_drinks', 'mobile_pct', 'items'];
const queue = (x: Json = {}): Json => ({ csv: '../data/queue.csv', target: 'wait_s', features: QF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.08 };
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.03 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'minmax' };
// A head roaster's cupping notebook: development time (s) and end temperature (°C) -> "sweet" cup (1) or not (0).
const INLINE_CUP = {
  inline: {
    x: [[60, 205], [75, 208], [90, 210], [105, 212], [120, 214], [135, 216], [150, 219], [165, 222], [70, 214], [85, 216], [100, 218], [115, 220],
      [130, 222], [145, 225], [55, 209], [80, 211], [95, 213], [110, 207], [125, 209], [140, 211], [160, 214], [175, 217], [65, 220], [150, 206]],
    y: [0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.gelu-activation', 'roast-loss', roast(), [d(32, 'gelu'), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.adamw-optimizer', 'origin', origin(), [d(32, 'relu'), d(5, 'softmax')], 'cce', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(50));
add('invalid-spec.keras-loss-name', 'origin', origin(), [d(32, 'relu'), d(5, 'softmax')], 'categorical_crossentropy', adam(0.003), tr(50));
add('invalid-spec.batch-size-zero', 'cups-per-hour', sales(), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60, 0));
add('invalid-spec.dropout-rate-1', 'roast-defect', defect(), [d(32, 'relu'), drop(1), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.units-as-string', 'queue-wait', queue(), [d('64' as unknown as number, 'relu'), d(1)], 'mse', adam(0.003), tr(40));

add('data-error.na-moisture', 'roast-loss-na', roast({ csv: '../data/roast-na.csv' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.store-id-feature', 'cups-per-hour', sales({ features: ['store_id', ...SF] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.till-ts-feature', 'queue-wait', queue({ features: ['till_ts', ...QF] }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.roaster-id-feature', 'roast-loss', roast({ features: ['roaster_id', ...RF] }), [d(16, 'relu'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.fahrenheit-column-typo', 'roast-loss', roast({ features: ['charge_temp_F', 'roast_min', 'moisture_pct', 'batch_kg', 'ambient_c', 'density_gl'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.target-wait-sec-typo', 'queue-wait', queue({ target: 'wait_sec' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.absolute-path-outside', 'roast-defect', defect({ csv: '/tmp/defect.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('shape-mismatch.origin-six-heads', 'origin', origin(), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.wait-seconds-and-minutes-one-output', 'queue-wait', queue({ target: ['wait_s', 'wait_min'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs4-three-heads', 'four-stores-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));
add('shape-mismatch.iris-two-output-bce', 'iris-demo', IRIS, [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.01), tr(80, 16));
add('shape-mismatch.cups-two-outputs', 'cups-per-hour', sales(), [d(32, 'relu'), d(2)], 'mse', rms(0.002), tr(60));

add('loss-activation-mismatch.sigmoid-heads-cce-origin', 'origin', origin(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.softmax-one-unit-bce-defect', 'roast-defect', defect(), [d(32, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-cups', 'cups-per-hour', sales(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-standardized-roast', 'roast-loss', roast(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));
add('loss-activation-mismatch.softmax-head-mse-regression', 'queue-wait', queue(), [d(32, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.tanh-head-bce-cupping', 'cupping-notes', INLINE_CUP, [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.01), tr(300, 8));

add('no-nonlinearity.circles-linear-adam-dropout', 'espresso-ring-circles', CIRCLES, [d(64), drop(0.1), d(64), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('no-nonlinearity.sine-linear-tower-rmsprop', 'daily-cycle-sine', SINE, [d(32, 'linear'), d(32, 'linear'), d(32, 'linear'), d(1)], 'mse', rms(0.003), tr(150, 16));
add('no-nonlinearity.xor-linear-nesterov-full', 'two-grinder-xor', XOR, [d(16), d(1, 'sigmoid')], 'bce', nest(0.1), tr(200, 300));
add('no-nonlinearity.spirals-linear-bn-adam', 'latte-art-spirals', SPIRALS, [d(64, 'linear', { batchNorm: true }), d(64, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.cupping-linear-sgd-batch-1', 'cupping-notes', INLINE_CUP, [d(8), d(8), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(200, 1));

add('lr-out-of-range.adam-lr-10-origin', 'origin', origin(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(10), tr(30));
add('lr-out-of-range.sgd-1e-8-sales', 'cups-per-hour', sales(), [d(32, 'relu'), d(1)], 'mse', sgd(1e-8), tr(40));
add('lr-out-of-range.rmsprop-lr-50-defect', 'roast-defect', defect(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(50), tr(20));
add('lr-out-of-range.negative-momentum-lr-roast', 'roast-loss', roast(), [d(32, 'relu'), d(1)], 'mse', mom(-0.01), tr(40));
add('lr-out-of-range.nesterov-lr-25-queue', 'queue-wait', queue(), [d(32, 'elu'), d(1)], 'mse', nest(25), tr(20));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-momentum-roast', 'roast-loss', roast(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.01), tr(60));
add('init-symmetry.constant-0.5-tanh-adam-origin', 'origin', origin(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', adam(0.003), tr(50));
add('init-symmetry.zeros-sigmoid-sgd-moons', 'bean-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', sgd(0.5), tr(100, 16));
add('init-symmetry.constant-0.2-elu-rmsprop-sales', 'cups-per-hour', sales(), [d(24, 'elu', init('constant', { value: 0.2 })), d(24, 'elu', init('constant', { value: 0.2 })), d(1, 'linear', init('constant', { value: 0.2 }))], 'mse', rms(0.002), tr(60));
add('init-symmetry.zeros-tanh-nesterov-spirals', 'latte-art-spirals', SPIRALS, [d(32, 'tanh', { init: 'zeros' }), d(32, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', nest(0.05), tr(100, 16));

add('init-scale.normal-std-10-sigmoid-defect', 'roast-defect', defect(), [d(64, 'sigmoid', init('normal', { std: 10 })), d(64, 'sigmoid', init('normal', { std: 10 })), d(1, 'sigmoid', init('normal', { std: 10 }))], 'bce', adam(0.001), tr(40));
add('init-scale.uniform-20-tanh-queue', 'queue-wait', queue(), [d(64, 'tanh', init('uniform', { limit: 20 })), d(1, 'linear', init('uniform', { limit: 20 }))], 'mse', nest(0.001), tr(60));
add('init-scale.normal-1e-5-relu-six-sales', 'cups-per-hour', sales(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', adam(0.001), tr(60));
add('init-scale.normal-std-4-relu-origin', 'origin', origin(), [...tower(4, 64, 'relu', init('normal', { std: 4 })), d(5, 'softmax', init('normal', { std: 4 }))], 'cce', rms(0.001), tr(40));
add('init-scale.uniform-1e-3-sigmoid-circles', 'espresso-ring-circles', CIRCLES, [...tower(5, 32, 'tanh', init('uniform', { limit: 0.001 })), d(1, 'sigmoid', init('uniform', { limit: 0.001 }))], 'bce', mom(0.05), tr(100));

add('dead-relu.bias-minus-6-adam-sales', 'cups-per-hour', sales(), [d(64, 'relu', { bias: -6 }), d(32, 'relu', { bias: -6 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-4-deep-spirals', 'latte-art-spirals', SPIRALS, [...tower(4, 32, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('dead-relu.adam-0.5-batch-16-origin', 'origin', origin(), [d(64, 'relu'), d(64, 'relu'), d(5, 'softmax')], 'cce', adam(0.5), tr(30, 16));
add('dead-relu.sgd-plain-0.8-batch-4-roast', 'roast-loss', roast(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.8), tr(10, 4));
add('dead-relu.bias-minus-20-wide-defect', 'roast-defect', defect(), [d(512, 'relu', { bias: -20 }), d(1, 'sigmoid')], 'bce', nest(0.01), tr(40));

add('exploding-gradient.raw-cups-target-adam', 'cups-raw-target', sales({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(10));
add('exploding-gradient.raw-fahrenheit-density-roast-momentum', 'roast-loss-raw', roast({ normalize: 'none', features: ['charge_temp_f', 'roast_min', 'moisture_pct', 'batch_kg', 'ambient_c', 'density_gl'] }), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.0001), tr(30));
add('exploding-gradient.raw-altitude-origin-sgd', 'origin-raw', origin({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.001), tr(30));
add('exploding-gradient.ten-relu-std-0.45-queue', 'queue-wait', queue(), [...tower(10, 32, 'relu', init('normal', { std: 0.45 })), d(1)], 'mse', adam(0.0005), tr(30));
add('exploding-gradient.raw-wait-seconds-rmsprop', 'queue-wait-raw-target', queue({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(40));

add('vanishing-gradient.eight-sigmoid-sgd-roast', 'roast-loss', roast(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60));
add('vanishing-gradient.six-sigmoid-lecun-defect', 'roast-defect', defect(), [...tower(6, 24, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('vanishing-gradient.ten-sigmoid-rmsprop-circles', 'espresso-ring-circles', CIRCLES, [...tower(10, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.0005), tr(100));
add('vanishing-gradient.nine-tanh-std-0.02-blobs', 'four-stores-blobs', BLOBS4, [...tower(9, 32, 'tanh', init('normal', { std: 0.02 })), d(4, 'softmax')], 'cce', nest(0.02), tr(60));
add('vanishing-gradient.seven-sigmoid-adam-origin', 'origin', origin(), [...tower(7, 32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.0003), tr(40));

add('nan-loss.raw-price-features-sgd-0.1', 'origin-raw', origin({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.1), tr(20));
add('nan-loss.momentum-0.95-lr-1-sales', 'cups-per-hour', sales(), [d(32, 'relu'), d(1)], 'mse', mom(1, 0.95), tr(20));
add('nan-loss.raw-wait-target-nesterov-0.01', 'queue-wait-raw-target', queue({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(20));
add('nan-loss.sgd-1.5-batch-2-roast-elu', 'roast-loss', roast(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', sgd(1.5), tr(5, 2));
add('nan-loss.raw-fahrenheit-target-sgd-full', 'roast-raw', roast({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.001), tr(20, 1000));

add('saturated-activation.sigmoid-raw-fahrenheit-roast', 'roast-raw-features', roast({ normalize: 'none', features: ['charge_temp_f', 'roast_min', 'moisture_pct', 'batch_kg', 'ambient_c', 'density_gl'] }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-altitude-origin', 'origin-raw', origin({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.sigmoid-bias-8-sales', 'cups-per-hour', sales(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.tanh-raw-drop-temp-defect', 'roast-defect-raw', defect({ normalize: 'none' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('saturated-activation.tanh-std-3-queue', 'queue-wait', queue(), [d(64, 'tanh', init('normal', { std: 3 })), d(1)], 'mse', sgd(0.01), tr(60));

add('lr-too-high.sgd-plain-1.2-batch-4-origin', 'origin', origin(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(1.2), tr(30, 4));
add('lr-too-high.rmsprop-0.05-batch-1-sales', 'cups-per-hour', sales(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(5, 1));
add('lr-too-high.nesterov-0.5-m0.95-queue', 'queue-wait', queue(), [d(32, 'elu'), d(1)], 'mse', nest(0.5, 0.95), tr(30, 32));
add('lr-too-high.adam-0.3-batch-16-roast', 'roast-loss', roast(), [d(64, 'relu'), d(1)], 'mse', adam(0.3), tr(30, 16));
add('lr-too-high.momentum-2-batch-8-defect', 'roast-defect', defect(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(2), tr(30, 8));
add('lr-too-high.rmsprop-0.2-batch-8-spirals', 'latte-art-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.2), tr(60, 8));

add('lr-too-low.adam-2e-6-origin', 'origin', origin(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.000002), tr(50));
add('lr-too-low.sgd-1e-4-full-batch-sales', 'cups-per-hour', sales(), [d(32, 'relu'), d(1)], 'mse', sgd(0.0001), tr(100, 1000));
add('lr-too-low.rmsprop-1e-6-roast', 'roast-loss', roast(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.nesterov-1e-5-spirals', 'latte-art-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.00001), tr(100));
add('lr-too-low.momentum-3e-5-queue-batch-8', 'queue-wait', queue(), [d(32, 'relu'), d(1)], 'mse', mom(0.00003), tr(40, 8));

add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-sales', 'cups-per-hour', sales(), [d(1)], 'mse', mom(0.05, 0.99), tr(150, 1000));
add('oscillating-loss.momentum-0.99-lr-0.02-full-batch-linear-roast', 'roast-loss', roast(), [d(1)], 'mse', mom(0.02, 0.99), tr(150, 1000));
add('oscillating-loss.nesterov-0.97-lr-0.4-batch-500-tanh-roast', 'roast-loss', roast(), [d(8, 'tanh'), d(1)], 'mse', nest(0.4, 0.97), tr(100, 500));
add('oscillating-loss.rmsprop-0.02-full-batch-linear-queue', 'queue-wait', queue(), [d(1)], 'mse', rms(0.02), tr(150, 900));
add('oscillating-loss.adam-0.5-full-batch-linear-roast', 'roast-loss', roast(), [d(1)], 'mse', adam(0.5), tr(150, 1000));
add('oscillating-loss.adam-0.3-full-batch-linear-sales-minmax', 'cups-per-hour', sales({ normalize: 'minmax' }), [d(1)], 'mse', adam(0.3), tr(150, 1000));
add('oscillating-loss.sgd-plain-1.05-full-batch-minmax-linear-queue', 'queue-wait', queue({ normalize: 'minmax' }), [d(1)], 'mse', sgd(1.05), tr(150, 900));
add('oscillating-loss.momentum-0.95-lr-0.3-batch-64-origin', 'origin', origin(), [d(16, 'relu'), d(5, 'softmax')], 'cce', mom(0.3, 0.95), tr(60, 64));
add('oscillating-loss.adam-0.1-batch-8-sine-tanh', 'daily-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.1), tr(60, 8));
add('oscillating-loss.momentum-0.98-lr-1-full-batch-logistic-defect', 'roast-defect', defect(), [d(1, 'sigmoid')], 'bce', mom(1, 0.98), tr(150, 1100));
add('oscillating-loss.nesterov-0.99-lr-0.1-full-batch-linear-queue', 'queue-wait', queue(), [d(1)], 'mse', nest(0.1, 0.99), tr(150, 900));

add('oscillating-loss.momentum-0.99-lr-0.03-batch-100-tanh-sales', 'cups-per-hour', sales(), [d(8, 'tanh'), d(1)], 'mse', mom(0.03, 0.99), tr(80, 100));
add('oscillating-loss.nesterov-0.995-lr-0.5-full-batch-logistic-defect', 'roast-defect', defect(), [d(1, 'sigmoid')], 'bce', nest(0.5, 0.995), tr(150, 1100));
add('oscillating-loss.adam-1-full-batch-linear-queue', 'queue-wait', queue(), [d(1)], 'mse', adam(1), tr(150, 900));
add('oscillating-loss.momentum-0.99-lr-0.1-full-batch-tanh-queue', 'queue-wait', queue(), [d(8, 'tanh'), d(1)], 'mse', mom(0.1, 0.99), tr(150, 900));
add('loss-plateau.cupping-table-only-origin', 'origin', origin({ features: ['cupping_table'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.airflow-only-defect', 'roast-defect', defect({ features: ['airflow_pct'], csv: '../data/defect.csv' }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.batch-kg-only-roast', 'roast-loss', roast({ features: ['batch_kg'] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.weight-decay-5-sgd-sales', 'cups-per-hour', sales(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 5 }), tr(60));
add('loss-plateau.dropout-0.95-queue', 'queue-wait', queue(), [d(32, 'relu'), drop(0.95), d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.clipnorm-1e-5-nesterov-roast', 'roast-loss', roast(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { clipNorm: 0.00001 }), tr(60));

// ---------------------------------------------------------------- healthy candidates
add('ok.roast-adam-relu', 'roast-loss', roast(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.roast-nesterov-tanh-decay', 'roast-loss', roast(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0001 }), tr(80));
add('ok.roast-fahrenheit-minmax-rmsprop-elu', 'roast-loss', roast({ normalize: 'minmax', features: ['charge_temp_f', 'roast_min', 'moisture_pct', 'batch_kg', 'ambient_c', 'density_gl'] }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(80));
add('ok.roast-linear-sgd-plain', 'roast-loss', roast(), [d(1)], 'mse', sgd(0.05), tr(60));
add('ok.roast-adam-bn-dropout-val', 'roast-loss', roast(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.roast-leaky-batch-1', 'roast-loss', roast(), [d(16, 'leaky_relu'), d(1)], 'mse', sgd(0.003), tr(8, 1));
add('ok.roast-minmax-target-sigmoid-head', 'roast-loss', roast({ normalizeTarget: 'minmax' }), [d(32, 'tanh'), d(1, 'sigmoid')], 'mse', adam(0.005), tr(100));
add('ok.defect-adam-relu', 'roast-defect', defect(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.defect-logistic-sgd-full-batch', 'roast-defect', defect(), [d(1, 'sigmoid')], 'bce', sgd(0.5), tr(300, 1100));
add('ok.defect-rmsprop-tanh-val', 'roast-defect', defect(), [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60, 64, { validationSplit: 0.15 }));
add('ok.defect-nesterov-elu-clip', 'roast-defect', defect(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9, { clipNorm: 1 }), tr(60));
add('ok.origin-adam-relu', 'origin', origin(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.origin-momentum-tanh-batch-16', 'origin', origin(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.05), tr(50, 16));
add('ok.origin-rmsprop-leaky-dropout', 'origin', origin(), [d(64, 'leaky_relu'), drop(0.2), d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', rms(0.001), tr(50));
add('ok.origin-minmax-sgd-plain-elu', 'origin', origin({ normalize: 'minmax' }), [d(32, 'elu'), d(5, 'softmax')], 'cce', sgd(0.2), tr(80, 16));
add('ok.origin-bn-nesterov-full-batch', 'origin', origin(), [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', nest(0.1), tr(150, 900));
add('ok.origin-adam-sigmoid-he-uniform', 'origin', origin(), [d(48, 'sigmoid', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.sales-adam-relu', 'cups-per-hour', sales(), [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(80));
add('ok.sales-rmsprop-elu-val', 'cups-per-hour', sales(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.001), tr(80, 32, { validationSplit: 0.2 }));
add('ok.sales-momentum-tanh-batch-8', 'cups-per-hour', sales(), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60, 8));
add('ok.sales-minmax-both-adam-leaky', 'cups-per-hour', sales({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(48, 'leaky_relu', { init: 'he_uniform' }), d(1)], 'mse', adam(0.003), tr(100));
add('ok.sales-nesterov-relu-bn-decay', 'cups-per-hour', sales(), [d(64, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0005 }), tr(60, 64));
add('ok.queue-adam-relu', 'queue-wait', queue(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.queue-minutes-rmsprop-tanh', 'queue-wait-minutes', queue({ target: 'wait_min' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(80));
add('ok.queue-nesterov-elu-batch-128', 'queue-wait', queue(), [d(64, 'elu'), d(32, 'elu'), d(1)], 'mse', nest(0.02), tr(100, 128));
add('ok.queue-sgd-plain-relu-batch-4', 'queue-wait', queue(), [d(32, 'relu', { init: 'he_uniform' }), d(1)], 'mse', sgd(0.005), tr(30, 4));
add('ok.queue-adam-dropout-clip-val', 'queue-wait', queue(), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003, { clipNorm: 5 }), tr(80, 32, { validationSplit: 0.2 }));
add('ok.moons-adam-tanh', 'bean-moons', MOONS, [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.moons-momentum-relu-batch-8', 'bean-moons', MOONS, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(100, 8));
add('ok.circles-rmsprop-elu', 'espresso-ring-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(150));
add('ok.circles-nesterov-leaky-bn', 'espresso-ring-circles', CIRCLES, [d(32, 'leaky_relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150));
add('ok.spirals-adam-relu-deep', 'latte-art-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.xor-sgd-plain-tanh-batch-1', 'two-grinder-xor', XOR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40, 1));
add('ok.blobs4-adam-relu', 'four-stores-blobs', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.01), tr(60));
add('ok.iris-rmsprop-tanh', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.005), tr(150, 16));
add('ok.iris-sgd-momentum-full-batch-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.1), tr(400, 150));
add('ok.sine-adam-tanh', 'daily-cycle-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 16));
add('ok.sine-rmsprop-elu', 'daily-cycle-sine', SINE, [d(64, 'elu'), d(1)], 'mse', rms(0.003), tr(300, 32));
add('ok.cupping-inline-adam-relu-batch-4', 'cupping-notes', INLINE_CUP, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300, 4));
add('ok.roast-sgd-plain-elu-batch-64', 'roast-loss', roast(), [d(32, 'elu'), d(1)], 'mse', sgd(0.05), tr(100, 64));
add('ok.defect-adam-leaky-batch-256', 'roast-defect', defect(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 256));
add('ok.sales-linear-adam-full-batch', 'cups-per-hour', sales(), [d(1)], 'mse', adam(0.05), tr(300, 1000));
add('ok.queue-lecun-tanh-momentum', 'queue-wait', queue(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.02, 0.8), tr(80, 64));
add('ok.moons-sigmoid-nesterov-batch-2', 'bean-moons', MOONS, [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(40, 2));
add('ok.circles-adam-sigmoid-full-batch', 'espresso-ring-circles', CIRCLES, [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(500, 300));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, file + '.nn.json'), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
