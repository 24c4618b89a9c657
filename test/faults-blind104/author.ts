/**
 * Writes every candidate spec of blind fault set 104 (laundries and dry cleaners) into candidates/:
 * `npx tsx test/faults-blind104/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 104, data, layers, loss, optimizer, training, ...extra };
}

const LAU = ['weekday', 'hour', 'washers_installed', 'outdoor_temp_c', 'rain_mm', 'machines_working', 'promo'];
const loads = (x: Json = {}): Json => ({ csv: '../data/laundromat.csv', target: 'loads_per_hour', features: LAU, normalize: 'standard', normalizeTarget: 'standard', ...x });
const WAS = ['days_since_service', 'drum_temp_c', 'detergent_ml', 'load_g', 'water_hardness_ppm', 'cycle_min', 'soil_level'];
const washes = (x: Json = {}): Json => ({ csv: '../data/washes.csv', target: 'stain_not_removed', features: WAS, normalize: 'standard', ...x });
const GAR = ['weight_g', 'thickness_mm', 'stretch_pct', 'sheen', 'care_label_temp_c', 'pieces'];
const fabric = (x: Json = {}): Json => ({ csv: '../data/garments.csv', target: 'fabric', features: GAR, normalize: 'standard', ...x });
const ORD = ['items', 'total_weight_g', 'express', 'distance_km', 'past_orders', 'business_account'];
const orders = (x: Json = {}): Json => ({ csv: '../data/orders.csv', target: 'order_total', features: ORD, normalize: 'standard', normalizeTarget: 'standard', ...x });
const tips = (x: Json = {}): Json => orders({ target: 'tip', features: [...ORD, 'order_total'], ...x });
const CYC = ['load_kg', 'cycle_min', 'solvent_temp_c', 'filter_hours', 'delicate'];
const solvent = (x: Json = {}): Json => ({ csv: '../data/cycles.csv', target: 'solvent_l', features: CYC, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 400, noise: 0.15 };
const CIRCLES = { builtin: 'circles', samples: 400, noise: 0.08 };
const SPIRALS3 = { builtin: 'spirals', samples: 450, noise: 0.05, classes: 3 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.15 };
const SINE = { builtin: 'sine', samples: 400, noise: 0.08 };
const XOR = { builtin: 'xor', samples: 400, noise: 0.12 };
const INLINE_PRESS = {
  inline: {
    x: [[150, 8], [160, 10], [170, 12], [180, 14], [190, 16], [155, 12], [165, 8], [175, 16], [185, 10], [150, 16], [190, 8], [170, 10], [160, 14], [180, 12]],
    y: [42, 37, 33, 29, 26, 37, 39, 30, 33, 35, 31, 35, 34, 30],
  },
  normalize: 'standard',
  normalizeTarget: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.gelu-activation', 'loads-per-hour', loads(), [d(32, 'gelu'), d(16, 'gelu'), d(1)], 'mse', adam(0.003), tr(80));
add('invalid-spec.adamw-optimizer', 'fabric-type', fabric(), [d(32, 'relu'), d(5, 'softmax')], 'cce', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(80));
add('invalid-spec.glorot-init-name', 'stain-complaint', washes(), [d(24, 'tanh', { init: 'glorot_uniform' }), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('invalid-spec.sparse-cce-loss-name', 'fabric-type', fabric(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', rms(0.002), tr(80));
add('invalid-spec.validation-split-one', 'order-total', orders(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80, 32, { validationSplit: 1 }));

add('data-error.na-outdoor-temp', 'loads-per-hour-sensor', loads({ csv: '../data/laundromat-na.csv' }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(80));
add('data-error.excel-thousands-grams', 'order-total-excel', orders({ csv: '../data/orders-excel.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.service-date-feature', 'stain-complaint', washes({ features: ['last_service', ...WAS] }), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('data-error.target-typo', 'stain-complaint', washes({ target: 'stain_not_remvoed' }), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60));
add('data-error.machine-id-feature', 'solvent-per-cycle', solvent({ features: ['machine', ...CYC] }), [d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(80));
add('data-error.xlsx-path', 'fabric-type', fabric({ csv: '../data/garments.xlsx' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(80));

add('shape-mismatch.garments-four-heads', 'fabric-type', fabric(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));
add('shape-mismatch.total-and-tip-one-output', 'order-total-and-tip', orders({ target: ['order_total', 'tip'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.stain-bce-two-sigmoids', 'stain-complaint', washes(), [d(24, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('shape-mismatch.blobs-four-head-three', 'route-zones', BLOBS4, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));

add('loss-activation-mismatch.linear-logits-cce-garments', 'fabric-type', fabric(), [d(32, 'relu'), d(5)], 'cce', adam(0.003), tr(80));
add('loss-activation-mismatch.tanh-head-bce-washes', 'stain-complaint', washes(), [d(24, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-standardized-loads', 'loads-per-hour', loads(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.softmax-two-bce-washes', 'stain-complaint', washes(), [d(24, 'elu'), d(1, 'softmax')], 'bce', rms(0.002), tr(60));

add('no-nonlinearity.hour-peaks-linear-hidden', 'loads-per-hour', loads(), [d(64, 'linear'), d(32, 'linear'), d(1)], 'mse', adam(0.003), tr(100));
add('no-nonlinearity.xor-batchnorm-linear', 'two-dryer-parity', XOR, [d(32, 'linear', { batchNorm: true }), d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.spirals-three-linear', 'spin-cycle-spirals', SPIRALS3, [d(64), d(64), d(3, 'softmax')], 'cce', rms(0.003), tr(150));
add('no-nonlinearity.circles-momentum-linear', 'drum-circles', CIRCLES, [d(32), d(16), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));

add('lr-out-of-range.adam-1e-8', 'fabric-type', fabric(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(1e-8), tr(60));
add('lr-out-of-range.rmsprop-1.5', 'stain-complaint', washes(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', rms(1.5), tr(60));
add('lr-out-of-range.sgd-plain-20', 'solvent-per-cycle', solvent(), [d(16, 'tanh'), d(1)], 'mse', sgd(20), tr(60));
add('lr-out-of-range.adam-0.5-orders', 'order-total', orders(), [d(32, 'relu'), d(1)], 'mse', adam(0.5), tr(60));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-adam-loads', 'loads-per-hour', loads(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', adam(0.003), tr(80));
add('init-symmetry.constant-0.05-tanh-garments', 'fabric-type', fabric(), [d(32, 'tanh', init('constant', { value: 0.05 })), d(5, 'softmax', init('constant', { value: 0.05 }))], 'cce', nest(0.02), tr(80));
add('init-symmetry.zeros-sigmoid-rmsprop-washes', 'stain-complaint', washes(), [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', rms(0.003), tr(60));
add('init-symmetry.constant-1-leaky-orders', 'order-total', orders(), [d(24, 'leaky_relu', init('constant', { value: 1 })), d(1, 'linear', init('constant', { value: 1 }))], 'mse', sgd(0.001), tr(60));
add('init-symmetry.constant-0.3-elu-moons', 'folding-table-moons', MOONS, [d(16, 'elu', init('constant', { value: 0.3 })), d(16, 'elu', init('constant', { value: 0.3 })), d(1, 'sigmoid', init('constant', { value: 0.3 }))], 'bce', adam(0.01), tr(120));

add('init-scale.uniform-limit-3-elu-garments', 'fabric-type', fabric(), [d(128, 'elu', init('uniform', { limit: 3 })), d(64, 'elu', init('uniform', { limit: 3 })), d(5, 'softmax', init('uniform', { limit: 3 }))], 'cce', adam(0.001), tr(60));
add('init-scale.normal-std-1.5-wide-relu-solvent', 'solvent-per-cycle', solvent(), [d(256, 'relu', init('normal', { std: 1.5 })), d(256, 'relu', init('normal', { std: 1.5 })), d(1, 'linear', init('normal', { std: 1.5 }))], 'mse', mom(0.001), tr(40));
add('init-scale.uniform-1e-3-deep-relu-washes', 'stain-complaint', washes(), [...tower(6, 32, 'relu', init('uniform', { limit: 0.001 })), d(1, 'sigmoid', init('uniform', { limit: 0.001 }))], 'bce', adam(0.001), tr(60));
add('init-scale.normal-std-2-leaky-loads', 'loads-per-hour', loads(), [d(128, 'leaky_relu', init('normal', { std: 2 })), d(64, 'leaky_relu', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', rms(0.0005), tr(60));
add('init-scale.normal-std-1e-3-tanh-orders', 'order-total', orders(), [...tower(5, 48, 'tanh', init('normal', { std: 0.001 })), d(1, 'linear', init('normal', { std: 0.001 }))], 'mse', nest(0.01), tr(60));

add('dead-relu.minmax-bias-minus-2-loads', 'loads-per-hour', loads({ normalize: 'minmax' }), [d(32, 'relu', { bias: -2 }), d(16, 'relu', { bias: -2 }), d(1)], 'mse', nest(0.01), tr(80));
add('dead-relu.sgd-plain-0.3-batch-2-orders', 'order-total', orders(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(0.3), tr(20, 2));
add('dead-relu.rmsprop-0.03-six-deep-garments', 'fabric-type', fabric(), [...tower(6, 24, 'relu'), d(5, 'softmax')], 'cce', rms(0.03), tr(60, 16));
add('dead-relu.raw-load-grams-adam', 'stain-complaint-raw', washes({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(60));
add('dead-relu.bias-minus-1.5-narrow-solvent', 'solvent-per-cycle', solvent(), [d(4, 'relu', { bias: -1.5 }), d(4, 'relu', { bias: -1.5 }), d(1)], 'mse', adam(0.003), tr(80));

add('exploding-gradient.raw-weight-grams-momentum', 'order-total-raw', orders({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.0005), tr(40));
add('exploding-gradient.hour-ts-feature', 'loads-per-hour-ts', loads({ features: ['hour_ts', ...LAU], normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(40));
add('exploding-gradient.ten-relu-uniform-0.4', 'solvent-per-cycle', solvent(), [...tower(10, 48, 'relu', init('uniform', { limit: 0.4 })), d(1)], 'mse', sgd(0.0005), tr(40));
add('exploding-gradient.raw-total-target-adam', 'order-total-raw-target', orders({ normalizeTarget: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('exploding-gradient.raw-washes-leaky-sgd', 'stain-complaint-raw', washes({ normalize: 'none' }), [d(24, 'leaky_relu'), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(40));

add('vanishing-gradient.nine-sigmoid-momentum-orders', 'order-total', orders(), [...tower(9, 24, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.seven-sigmoid-narrow-garments', 'fabric-type', fabric(), [...tower(7, 8, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.001), tr(60));
add('vanishing-gradient.tanh-normal-0.1-circles', 'drum-circles', CIRCLES, [...tower(10, 16, 'tanh', init('normal', { std: 0.1 })), d(1, 'sigmoid')], 'bce', adam(0.001), tr(100));
add('vanishing-gradient.sigmoid-lecun-deep-loads', 'loads-per-hour', loads(), [...tower(8, 32, 'sigmoid', { init: 'lecun_normal' }), d(1)], 'mse', sgd(0.05), tr(60, 16));

add('nan-loss.raw-total-target-sgd-batch-8', 'order-total-raw-target', orders({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.05), tr(20, 8));
add('nan-loss.nesterov-0.8-loads', 'loads-per-hour', loads(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', nest(0.8), tr(40));
add('nan-loss.raw-washes-relu-sgd', 'stain-complaint-raw', washes({ normalize: 'none' }), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(30));
add('nan-loss.momentum-0.99-lr-0.3-garments', 'fabric-type', fabric(), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.3, 0.99), tr(40, 16));
add('nan-loss.raw-tips-elu-momentum', 'tip-raw', tips({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', mom(0.001), tr(20));

add('saturated-activation.sigmoid-raw-washes', 'stain-complaint-raw', washes({ normalize: 'none' }), [d(24, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60));
add('saturated-activation.tanh-bias-minus-5-solvent', 'solvent-per-cycle', solvent(), [d(32, 'tanh', { bias: -5 }), d(1)], 'mse', adam(0.003), tr(80));
add('saturated-activation.tanh-raw-garment-grams', 'fabric-type-raw', fabric({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.01), tr(60));
add('saturated-activation.sigmoid-normal-std-3-orders', 'order-total', orders(), [d(48, 'sigmoid', init('normal', { std: 3 })), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.tanh-raw-loads-batch-16', 'loads-per-hour-raw', loads({ normalize: 'none' }), [d(24, 'tanh'), d(24, 'tanh'), d(1)], 'mse', sgd(0.01), tr(60, 16));

add('lr-too-high.adam-0.05-batch-2-solvent', 'solvent-per-cycle', solvent(), [d(32, 'relu'), d(1)], 'mse', adam(0.05), tr(20, 2));
add('lr-too-high.rmsprop-0.02-batch-4-loads', 'loads-per-hour', loads(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.02), tr(40, 4));
add('lr-too-high.nesterov-0.5-washes', 'stain-complaint', washes(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.5), tr(60, 16));
add('lr-too-high.sgd-plain-2-batch-4-garments', 'fabric-type', fabric(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(2), tr(40, 4));
add('lr-too-high.adam-0.12-tips', 'tip', tips(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.12), tr(60, 16));
add('lr-too-high.momentum-0.2-leaky-orders', 'order-total', orders(), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.2), tr(60, 8));
add('lr-too-high.rmsprop-0.08-garments-clip', 'fabric-type', fabric(), [d(48, 'tanh'), d(5, 'softmax')], 'cce', rms(0.08, { clipNorm: 1 }), tr(60));

add('lr-too-low.adam-1e-5-orders', 'order-total', orders(), [d(32, 'relu'), d(1)], 'mse', adam(0.00001), tr(30));
add('lr-too-low.momentum-1e-4-garments', 'fabric-type', fabric(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.0001), tr(60));
add('lr-too-low.rmsprop-3e-6-loads', 'loads-per-hour', loads(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.000003), tr(60));
add('lr-too-low.sgd-plain-0.002-batch-256-solvent', 'solvent-per-cycle', solvent(), [d(16, 'elu'), d(1)], 'mse', sgd(0.002), tr(80, 256));
add('lr-too-low.nesterov-1e-4-washes', 'stain-complaint', washes(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.0001), tr(60));

add('oscillating-loss.sgd-plain-1.2-full-batch-solvent', 'solvent-per-cycle', solvent(), [d(1)], 'mse', sgd(1.2), tr(80, 520));
add('oscillating-loss.rmsprop-0.03-full-batch-washes', 'stain-complaint', washes(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.03), tr(100, 1000));
add('oscillating-loss.adam-0.08-full-batch-garments', 'fabric-type', fabric(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.08), tr(100, 700));
add('oscillating-loss.momentum-0.97-full-batch-orders', 'order-total', orders(), [d(32, 'tanh'), d(1)], 'mse', mom(0.1, 0.97), tr(100, 760));
add('oscillating-loss.sgd-plain-0.9-batch-128-loads', 'loads-per-hour', loads(), [d(32, 'relu'), d(1)], 'mse', sgd(0.9), tr(80, 128));

add('loss-plateau.pieces-only-garments', 'fabric-type', fabric({ features: ['pieces'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('loss-plateau.placed-ts-only-orders', 'order-total', orders({ features: ['placed_ts'] }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('loss-plateau.one-unit-sigmoid-bottleneck-garments', 'fabric-type', fabric(), [d(1, 'sigmoid'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(80));
add('loss-plateau.weight-decay-0.3-momentum-loads', 'loads-per-hour', loads(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 0.3 }), tr(60));
add('loss-plateau.double-dropout-0.8-washes', 'stain-complaint', washes(), [d(16, 'relu'), drop(0.8), d(16, 'relu'), drop(0.8), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.loads-adam-relu', 'loads-per-hour', loads(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.loads-rmsprop-elu-val', 'loads-per-hour', loads(), [d(48, 'elu'), d(1)], 'mse', rms(0.002), tr(100, 32, { validationSplit: 0.2 }));
add('ok.loads-nesterov-tanh-batch-16', 'loads-per-hour', loads(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', nest(0.01), tr(100, 16));
add('ok.loads-minmax-leaky-bn', 'loads-per-hour', loads({ normalize: 'minmax' }), [d(32, 'leaky_relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(100, 64));
add('ok.loads-sgd-plain-batch-4', 'loads-per-hour', loads(), [d(24, 'relu'), d(1)], 'mse', sgd(0.005), tr(40, 4));
add('ok.loads-adam-full-batch', 'loads-per-hour', loads(), [d(32, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 840));
add('ok.washes-adam-relu', 'stain-complaint', washes(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80));
add('ok.washes-rmsprop-tanh-dropout', 'stain-complaint', washes(), [d(32, 'tanh'), drop(0.2), d(1, 'sigmoid')], 'bce', rms(0.002), tr(80));
add('ok.washes-nesterov-elu-batch-8', 'stain-complaint', washes(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.01), tr(60, 8));
add('ok.washes-cce-two-classes', 'stain-complaint', washes(), [d(24, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));
add('ok.washes-logistic-sgd', 'stain-complaint', washes(), [d(1, 'sigmoid')], 'bce', sgd(0.2), tr(100));
add('ok.washes-minmax-sigmoid-hidden', 'stain-complaint', washes({ normalize: 'minmax' }), [d(24, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.washes-adam-decay-val', 'stain-complaint', washes(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.002, { weightDecay: 0.0005 }), tr(80, 64, { validationSplit: 0.2 }));
add('ok.garments-adam-relu', 'fabric-type', fabric(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(80));
add('ok.garments-momentum-tanh-batch-16', 'fabric-type', fabric(), [d(24, 'tanh'), d(5, 'softmax')], 'cce', mom(0.02), tr(80, 16));
add('ok.garments-rmsprop-leaky-dropout', 'fabric-type', fabric(), [d(48, 'leaky_relu'), drop(0.15), d(5, 'softmax')], 'cce', rms(0.002), tr(80));
add('ok.garments-sgd-plain-sigmoid', 'fabric-type', fabric(), [d(24, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.3), tr(120, 16));
add('ok.garments-batch-one-adam', 'fabric-type', fabric(), [d(16, 'elu'), d(5, 'softmax')], 'cce', adam(0.0005), tr(8, 1));
add('ok.garments-minmax-he-uniform-clip', 'fabric-type', fabric({ normalize: 'minmax' }), [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', adam(0.005, { clipNorm: 5 }), tr(100));
add('ok.garments-bn-nesterov', 'fabric-type', fabric(), [d(32, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', nest(0.02), tr(80, 32));
add('ok.orders-adam-elu', 'order-total', orders(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.orders-linear-model', 'order-total', orders(), [d(1)], 'mse', nest(0.01), tr(100));
add('ok.orders-rmsprop-relu-batch-64', 'order-total', orders(), [d(32, 'relu'), d(1)], 'mse', rms(0.001), tr(150, 64));
add('ok.orders-xavier-tanh-momentum-clip', 'order-total', orders(), [d(32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', mom(0.02, 0.9, { clipNorm: 2 }), tr(100));
add('ok.orders-minmax-target', 'order-total', orders({ normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', adam(0.005), tr(150));
add('ok.tips-adam-dropout-val', 'tip', tips(), [d(48, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.tips-lecun-elu-rmsprop', 'tip', tips(), [d(32, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', rms(0.001), tr(100));
add('ok.solvent-adam-relu', 'solvent-per-cycle', solvent(), [d(16, 'relu'), d(1)], 'mse', adam(0.005), tr(100));
add('ok.solvent-sgd-plain-tanh', 'solvent-per-cycle', solvent(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.05), tr(100, 16));
add('ok.solvent-xavier-uniform-sigmoid-adam', 'solvent-per-cycle', solvent(), [d(24, 'sigmoid', { init: 'xavier_uniform' }), d(1)], 'mse', adam(0.01), tr(150));
add('ok.solvent-rmsprop-full-batch', 'solvent-per-cycle', solvent(), [d(32, 'relu'), d(1)], 'mse', rms(0.005), tr(300, 520));
add('ok.iris-fabric-swatch-demo', 'swatch-iris-demo', { builtin: 'iris' }, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.01), tr(150, 8));
add('ok.moons-folding-table', 'folding-table-moons', MOONS, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-drum', 'drum-circles', CIRCLES, [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(200));
add('ok.blobs-route-zones', 'route-zones', BLOBS4, [d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.01), tr(60));
add('ok.sine-weekly-demand', 'weekly-demand-cycle', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(200));
add('ok.xor-two-dryer-parity', 'two-dryer-parity', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.1), tr(200));
add('ok.spirals-spin-cycle', 'spin-cycle-spirals', SPIRALS3, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300));
add('ok.inline-press-steam', 'press-steam-pilot', INLINE_PRESS, [d(8, 'tanh'), d(1)], 'mse', adam(0.01), tr(300, 14));
add('ok.loads-momentum-relu-decay', 'loads-per-hour', loads(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 0.0001 }), tr(100));

// ---------------------------------------------------------------- second round (after the first observation)
add('dead-relu.he-uniform-bias-minus-3-garments', 'fabric-type', fabric(), [d(32, 'relu', { init: 'he_uniform', bias: -3 }), d(16, 'relu', { init: 'he_uniform', bias: -3 }), d(5, 'softmax')], 'cce', adam(0.003), tr(80));
add('dead-relu.adam-0.08-batch-8-deep-loads', 'loads-per-hour', loads(), [...tower(4, 32, 'relu'), d(1)], 'mse', adam(0.08), tr(40, 8));
add('lr-too-high.adam-0.03-batch-1-tanh-solvent', 'solvent-per-cycle', solvent(), [d(16, 'tanh'), d(1)], 'mse', adam(0.03), tr(10, 1));
add('lr-too-high.rmsprop-0.05-batch-16-tanh-orders', 'order-total', orders(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(60, 16));
add('lr-too-high.nesterov-0.3-batch-8-elu-loads', 'loads-per-hour', loads(), [d(32, 'elu'), d(1)], 'mse', nest(0.3), tr(40, 8));
add('lr-too-high.adam-0.1-batch-4-leaky-washes', 'stain-complaint', washes(), [d(24, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.1), tr(40, 4));
add('lr-too-high.sgd-plain-0.8-batch-16-sigmoid-garments', 'fabric-type', fabric(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.8), tr(60, 16));
add('oscillating-loss.momentum-0.95-full-batch-solvent', 'solvent-per-cycle', solvent(), [d(16, 'tanh'), d(1)], 'mse', mom(0.3, 0.95), tr(100, 520));
add('oscillating-loss.adam-0.3-full-batch-linear-orders', 'order-total', orders(), [d(1)], 'mse', adam(0.3), tr(100, 760));
add('oscillating-loss.rmsprop-0.05-full-batch-tanh-loads', 'loads-per-hour', loads(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(100, 840));
add('oscillating-loss.nesterov-0.99-full-batch-garments', 'fabric-type', fabric(), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.1, 0.99), tr(100, 700));
add('oscillating-loss.sgd-plain-0.95-full-batch-linear-loads', 'loads-per-hour', loads(), [d(1)], 'mse', sgd(0.95), tr(100, 840));
add('loss-plateau.weight-decay-1-momentum-loads', 'loads-per-hour', loads(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 1 }), tr(60));
add('saturated-activation.sigmoid-raw-filter-hours-solvent', 'solvent-per-cycle-raw', solvent({ normalize: 'none' }), [d(24, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.loads-elu-adam-batch-128', 'loads-per-hour', loads(), [d(64, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.005), tr(150, 128));
add('ok.washes-leaky-rmsprop-batch-16', 'stain-complaint', washes(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(80, 16));
add('ok.orders-sgd-plain-sigmoid-batch-8', 'order-total', orders(), [d(16, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(80, 8));
add('ok.tips-adam-relu-deep', 'tip', tips(), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.002), tr(120));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
