/**
 * Writes every candidate spec of blind fault set 119 (cold-storage warehouses and refrigerated logistics)
 * into candidates/: `npx tsx test/faults-blind119/author.ts`. Intended faults are named `<code>.<slug>`,
 * intended healthy specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
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
  specs[file] = { name, seed: 119, data, layers, loss, optimizer, training, ...extra };
}
const ROOM = ['room_temp_c', 'ambient_c', 'door_open_s', 'pallet_count', 'humidity_pct', 'defrost_min'];
const room = (x: Json = {}): Json => ({ csv: '../data/rooms.csv', target: 'compressor_kw', features: ROOM, normalize: 'standard', normalizeTarget: 'standard', ...x });
const EXC = ['supply_air_c', 'return_air_c', 'door_open_s', 'outside_c', 'fuel_pct', 'hours_on_road'];
const exc = (x: Json = {}): Json => ({ csv: '../data/excursions.csv', target: 'temperature_excursion', features: EXC, normalize: 'standard', ...x });
const PROD = ['set_temp_c', 'humidity_pct', 'pallet_kg', 'shelf_life_days', 'value_usd_kg'];
const prod = (x: Json = {}): Json => ({ csv: '../data/products.csv', target: 'category', features: PROD, normalize: 'standard', ...x });
const SPOIL = ['excursion_min', 'peak_temp_c', 'pallets', 'cargo_value_usd', 'transit_h'];
const spoil = (x: Json = {}): Json => ({ csv: '../data/spoilage.csv', target: 'spoilage_usd', features: SPOIL, normalize: 'standard', normalizeTarget: 'standard', ...x });
const DOCK = ['pallets', 'free_doors', 'queue_trucks', 'late_h', 'trailer_temp_c'];
const dock = (x: Json = {}): Json => ({ csv: '../data/docks.csv', target: 'dwell_h', features: DOCK, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 260, noise: 0.12 };
const CIRCLES = { builtin: 'circles', samples: 360, noise: 0.06 };
const SPIRALS2 = { builtin: 'spirals', samples: 400, classes: 2, noise: 0.03 };
const BLOBS3 = { builtin: 'blobs', samples: 360, classes: 3, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 260, noise: 0.04 };
const XOR = { builtin: 'xor', samples: 200, noise: 0.1 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A night-shift supervisor's notes: door-open minutes and load temp C of trailers -> product rejected at receiving (0/1).
const INLINE_RECV = {
  inline: {
    x: [[2, 3.1], [14, 6.5], [5, 2.2], [22, 8.9], [1, 1.4], [9, 4.8], [18, 7.2], [3, 5.9], [12, 2.9], [25, 9.5], [4, 3.3], [16, 5.1], [7, 7.7], [0, 2.0], [20, 4.0], [6, 6.3], [11, 8.1], [2, 4.4], [15, 3.0], [8, 1.9]],
    y: [0, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 1, 0, 0, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates first
add('oscillating-loss.nesterov-0.95-lr-0.1-full-batch-docks', 'dock-dwell', dock(), [d(16, 'tanh'), d(1)], 'mse', nest(0.1, 0.95), tr(150, 760));
add('oscillating-loss.momentum-0.99-lr-0.02-batch-128-rooms', 'compressor-kw', room(), [d(24, 'relu'), d(1)], 'mse', mom(0.02, 0.99), tr(120, 128));
add('oscillating-loss.adam-0.08-full-batch-linear-softmax-products', 'product-category', prod(), [d(5, 'softmax')], 'cce', adam(0.08), tr(200, 950));
add('oscillating-loss.rmsprop-0.02-batch-256-elu-spoilage', 'spoilage-usd', spoil(), [d(32, 'elu'), d(1)], 'mse', rms(0.02), tr(150, 256));
add('oscillating-loss.sgd-plain-0.9-full-batch-linear-rooms-unscaled-f', 'compressor-kw', room({ normalize: 'minmax', features: ['room_temp_c', 'room_temp_f', 'ambient_c', 'door_open_s', 'pallet_count'] }), [d(1)], 'mse', sgd(0.9), tr(150, 880));
add('oscillating-loss.momentum-0.9-lr-0.5-full-batch-iris', 'iris-demo', IRIS, [d(12, 'tanh'), d(3, 'softmax')], 'cce', mom(0.5, 0.9), tr(200, 150));
add('oscillating-loss.adam-0.05-batch-512-sigmoid-docks', 'dock-dwell', dock(), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.05), tr(200, 512));
add('oscillating-loss.nesterov-0.98-lr-0.05-batch-64-sine', 'door-cycle-sine', SINE, [d(24, 'tanh'), d(1)], 'mse', nest(0.05, 0.98), tr(150, 64));

// ---------------------------------------------------------------- static faults
add('invalid-spec.mean-squared-error-loss', 'compressor-kw', room(), [d(32, 'relu'), d(1)], 'mean_squared_error', adam(0.002), tr(60));
add('invalid-spec.sgd-momentum-over-1', 'dock-dwell', dock(), [d(16, 'tanh'), d(1)], 'mse', mom(0.01, 1.5), tr(60));
add('invalid-spec.units-as-string', 'product-category', prod(), [d(32, 'relu'), { type: 'dense', units: '5', activation: 'softmax' }], 'cce', adam(0.003), tr(50));
add('invalid-spec.batchnorm-as-layer', 'excursion-alarm', exc(), [d(16, 'relu'), { type: 'batchnorm' }, d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.zero-batch-size', 'spoilage-usd', spoil(), [d(16, 'relu'), d(1)], 'mse', rms(0.002), tr(60, 0));

add('data-error.na-humidity', 'compressor-kw-na', room({ csv: '../data/rooms-na.csv' }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.truck-id-feature', 'excursion-alarm', exc({ features: ['truck_id', ...EXC] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.dock-timestamp-feature', 'dock-dwell', dock({ features: ['dock_at', ...DOCK] }), [d(16, 'tanh'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.target-typo-compressor-kwh', 'compressor-kw', room({ target: 'compressor_kwh' }), [d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(60));
add('data-error.feature-typo-degree-sign', 'compressor-kw', room({ features: ['room_temp_°c', 'ambient_c', 'door_open_s', 'pallet_count'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(60));
add('data-error.supplier-code-feature', 'product-category', prod({ features: ['supplier', ...PROD] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));

add('shape-mismatch.products-four-heads', 'product-category', prod(), [d(32, 'relu'), d(4, 'softmax')], 'cce', rms(0.002), tr(50));
add('shape-mismatch.spoilage-usd-and-k-one-output', 'spoilage-two-units', spoil({ target: ['spoilage_usd', 'spoilage_k_usd'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.blobs3-two-softmax', 'zone-blobs', BLOBS3, [d(16, 'tanh'), d(2, 'softmax')], 'cce', adam(0.01), tr(100));
add('shape-mismatch.iris-one-sigmoid-cce', 'iris-demo', IRIS, [d(16, 'relu'), d(1, 'sigmoid')], 'cce', adam(0.01), tr(100, 16));

add('loss-activation-mismatch.relu-head-bce-excursion', 'excursion-alarm', exc(), [d(16, 'tanh'), d(1, 'relu')], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.sigmoid-head-raw-kw-target-sgd', 'compressor-kw', room({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', sgd(0.01), tr(60));
add('loss-activation-mismatch.linear-heads-cce-products', 'product-category', prod(), [d(32, 'relu'), d(5)], 'cce', mom(0.01), tr(50));
add('loss-activation-mismatch.softmax-head-bce-circles', 'zone-circles', CIRCLES, [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.01), tr(100));

add('no-nonlinearity.moons-linear-nesterov', 'pallet-moons', MOONS, [d(32), d(16), d(1, 'sigmoid')], 'bce', nest(0.02), tr(150));
add('no-nonlinearity.xor-linear-dropout-adam', 'defrost-xor', XOR, [d(16), drop(0.1), d(16), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('no-nonlinearity.spirals2-linear-sgd', 'aisle-spirals', SPIRALS2, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(150));
add('no-nonlinearity.circles-linear-bn-rmsprop', 'zone-circles', CIRCLES, [d(32, 'linear', { batchNorm: true }), d(32, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(150));

add('lr-out-of-range.adam-5-docks', 'dock-dwell', dock(), [d(16, 'relu'), d(1)], 'mse', adam(5), tr(60));
add('lr-out-of-range.momentum-1e-9-products', 'product-category', prod(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(1e-9), tr(50));
add('lr-out-of-range.rmsprop-50-excursion', 'excursion-alarm', exc(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(50), tr(40));
add('lr-out-of-range.adam-2e-8-spoilage', 'spoilage-usd', spoil(), [d(32, 'relu'), d(1)], 'mse', adam(2e-8), tr(60));

// ---------------------------------------------------------------- init faults
add('init-symmetry.zeros-tanh-momentum-docks', 'dock-dwell', dock(), [d(32, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.01), tr(60));
add('init-symmetry.constant-0.2-relu-adam-products', 'product-category', prod(), [d(32, 'relu', init('constant', { value: 0.2 })), d(32, 'relu', init('constant', { value: 0.2 })), d(5, 'softmax', init('constant', { value: 0.2 }))], 'cce', adam(0.003), tr(50));
add('init-symmetry.zeros-elu-rmsprop-spirals', 'aisle-spirals', SPIRALS2, [d(32, 'elu', { init: 'zeros' }), d(32, 'elu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', rms(0.005), tr(150));
add('init-symmetry.constant-1-sigmoid-sgd-excursion', 'excursion-alarm', exc(), [d(16, 'sigmoid', init('constant', { value: 1 })), d(1, 'sigmoid', init('constant', { value: 1 }))], 'bce', sgd(0.05), tr(40));

add('init-scale.normal-std-8-elu-docks', 'dock-dwell', dock(), [d(32, 'elu', init('normal', { std: 8 })), d(32, 'elu', init('normal', { std: 8 })), d(1)], 'mse', rms(0.001), tr(60));
add('init-scale.uniform-1e-4-six-tanh-rooms', 'compressor-kw', room(), [...tower(6, 32, 'tanh', init('uniform', { limit: 1e-4 })), d(1)], 'mse', mom(0.01), tr(60));
add('init-scale.normal-std-20-relu-iris', 'iris-demo', IRIS, [d(32, 'relu', init('normal', { std: 20 })), d(3, 'softmax', init('normal', { std: 20 }))], 'cce', sgd(0.01), tr(100, 16));
add('init-scale.uniform-6-sigmoid-products', 'product-category', prod(), [d(32, 'sigmoid', init('uniform', { limit: 6 })), d(32, 'sigmoid', init('uniform', { limit: 6 })), d(5, 'softmax')], 'cce', nest(0.01), tr(50));

// ---------------------------------------------------------------- probe/training faults
add('dead-relu.bias-minus-4-deep-spoilage', 'spoilage-usd', spoil(), [d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(1)], 'mse', rms(0.002), tr(60));
add('dead-relu.bias-minus-3-momentum-circles', 'zone-circles', CIRCLES, [d(32, 'relu', { bias: -3 }), d(1, 'sigmoid')], 'bce', mom(0.02), tr(150));
add('dead-relu.sgd-plain-1-relu-docks', 'dock-dwell', dock(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(1), tr(40, 16));
add('dead-relu.rmsprop-0.1-relu-products', 'product-category', prod(), [d(64, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.1), tr(50, 32));
add('dead-relu.minmax-negative-uniform-init-rooms', 'compressor-kw', room({ normalize: 'minmax' }), [d(32, 'relu', init('constant', { value: -0.5 })), d(1)], 'mse', adam(0.001), tr(60));

add('exploding-gradient.raw-spoilage-usd-target-adam', 'spoilage-usd', spoil({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(60));
add('exploding-gradient.raw-compressor-watts-target-nesterov', 'compressor-w', room({ target: 'compressor_w', normalizeTarget: 'none' }), [d(16, 'elu'), d(1)], 'mse', nest(1e-4), tr(60));
add('exploding-gradient.raw-cargo-value-feature-sgd', 'spoilage-usd', spoil({ normalize: 'none', features: ['excursion_min', 'cargo_value_usd'] }), [d(16, 'relu'), d(1)], 'mse', sgd(1e-6), tr(60));
add('exploding-gradient.raw-door-seconds-leaky-rmsprop', 'compressor-kw', room({ normalize: 'none' }), [d(64, 'leaky_relu'), d(64, 'leaky_relu'), d(1)], 'mse', rms(0.001), tr(60));

add('vanishing-gradient.eight-sigmoid-momentum-products', 'product-category', prod(), [...tower(8, 32, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.05), tr(50));
add('vanishing-gradient.ten-sigmoid-adam-moons', 'pallet-moons', MOONS, [...tower(10, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(150));
add('vanishing-gradient.nine-sigmoid-sgd-docks', 'dock-dwell', dock(), [...tower(9, 24, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60));
add('vanishing-gradient.fifteen-tanh-small-init-excursion', 'excursion-alarm', exc(), [...tower(15, 16, 'tanh', init('normal', { std: 0.05 })), d(1, 'sigmoid')], 'bce', rms(0.001), tr(40));

add('nan-loss.adam-3-raw-features-rooms', 'compressor-kw', room({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(3), tr(60));
add('nan-loss.sgd-plain-0.5-raw-watts-target', 'compressor-w', room({ target: 'compressor_w', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.5), tr(60));
add('nan-loss.momentum-0.99-lr-1-docks', 'dock-dwell', dock(), [d(32, 'tanh'), d(1)], 'mse', mom(1, 0.99), tr(60, 8));
add('nan-loss.raw-cargo-value-linear-sgd-batch-1', 'spoilage-usd', spoil({ normalize: 'none' }), [d(16, 'linear'), d(1)], 'mse', sgd(0.001), tr(20, 1));
add('nan-loss.normal-std-50-eight-leaky-spoilage', 'spoilage-usd', spoil(), [...tower(8, 32, 'leaky_relu', init('normal', { std: 50 })), d(1)], 'mse', adam(0.001), tr(60));

add('saturated-activation.raw-door-seconds-tanh', 'excursion-alarm', exc({ normalize: 'none' }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.raw-pallet-kg-sigmoid-products', 'product-category', prod({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.raw-cargo-usd-tanh-spoilage', 'spoilage-usd', spoil({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.sigmoid-bias-10-rooms', 'compressor-kw', room(), [d(32, 'sigmoid', { bias: 10 }), d(1)], 'mse', sgd(0.05), tr(60));

add('lr-too-high.adam-0.05-batch-2-rooms', 'compressor-kw', room(), [d(32, 'relu'), d(1)], 'mse', adam(0.05), tr(30, 2));
add('lr-too-high.rmsprop-0.08-batch-16-products', 'product-category', prod(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.08), tr(50, 16));
add('lr-too-high.sgd-plain-0.8-batch-4-spoilage', 'spoilage-usd', spoil(), [d(16, 'elu'), d(1)], 'mse', sgd(0.8), tr(40, 4));
add('lr-too-high.nesterov-0.3-batch-8-excursion', 'excursion-alarm', exc(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.3), tr(40, 8));
add('lr-too-high.adam-0.15-batch-1-inline', 'receiving-reject', INLINE_RECV, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.15), tr(100, 1));

add('lr-too-low.sgd-plain-1e-4-products', 'product-category', prod(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(1e-4), tr(60));
add('lr-too-low.adam-3e-6-docks', 'dock-dwell', dock(), [d(32, 'elu'), d(1)], 'mse', adam(3e-6), tr(60));
add('lr-too-low.nesterov-1e-5-spirals', 'aisle-spirals', SPIRALS2, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(1e-5), tr(150));
add('lr-too-low.rmsprop-1e-6-full-batch-rooms', 'compressor-kw', room(), [d(32, 'tanh'), d(1)], 'mse', rms(1e-6), tr(100, 880));

add('loss-plateau.weight-decay-2-rmsprop-docks', 'dock-dwell', dock(), [d(32, 'relu'), d(1)], 'mse', rms(0.002, { weightDecay: 2 }), tr(60));
add('loss-plateau.dropout-0.85-products', 'product-category', prod(), [d(32, 'relu'), drop(0.85), d(32, 'relu'), drop(0.85), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('loss-plateau.clipnorm-1e-5-sgd-rooms', 'compressor-kw', room(), [d(32, 'relu'), d(1)], 'mse', sgd(0.1, { clipNorm: 1e-5 }), tr(60));
add('loss-plateau.one-hidden-unit-spirals', 'aisle-spirals', SPIRALS2, [d(1, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('loss-plateau.weight-decay-1-nesterov-moons', 'pallet-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9, { weightDecay: 1 }), tr(150));

// ---------------------------------------------------------------- healthy
add('ok.rooms-relu-adam', 'compressor-kw', room(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.rooms-fahrenheit-elu-rmsprop-val', 'compressor-kw', room({ features: ['room_temp_f', 'ambient_c', 'door_open_s', 'pallet_count', 'humidity_pct', 'defrost_min'] }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.rooms-minmax-tanh-nesterov-batch-16', 'compressor-kw', room({ normalize: 'minmax' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.02), tr(100, 16));
add('ok.rooms-bn-leaky-adam-batch-64', 'compressor-kw', room(), [d(32, 'leaky_relu', { batchNorm: true }), d(1)], 'mse', adam(0.003), tr(60, 64));
add('ok.rooms-linear-sgd', 'compressor-kw', room(), [d(1)], 'mse', sgd(0.03), tr(60, 16));
add('ok.rooms-full-batch-rmsprop', 'compressor-kw', room(), [d(32, 'tanh'), d(1)], 'mse', rms(0.005), tr(300, 880));
add('ok.excursion-relu-adam', 'excursion-alarm', exc(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.excursion-tanh-momentum-val', 'excursion-alarm', exc(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.02), tr(80, 32, { validationSplit: 0.2 }));
add('ok.excursion-elu-rmsprop-dropout', 'excursion-alarm', exc(), [d(32, 'elu'), drop(0.2), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60));
add('ok.products-relu-adam', 'product-category', prod(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.products-tanh-nesterov-batch-8', 'product-category', prod(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.02), tr(40, 8));
add('ok.products-elu-bn-rmsprop', 'product-category', prod(), [d(32, 'elu', { batchNorm: true }), d(16, 'elu'), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.products-minmax-sigmoid-adam', 'product-category', prod({ normalize: 'minmax' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.01), tr(100));
add('ok.products-weight-decay-momentum', 'product-category', prod(), [d(32, 'relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', mom(0.05, 0.9, { weightDecay: 1e-4 }), tr(60));
add('ok.products-softmax-only-sgd', 'product-category', prod(), [d(5, 'softmax')], 'cce', sgd(0.2), tr(80, 16));
add('ok.products-full-batch-adam', 'product-category', prod(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.02), tr(300, 950));
add('ok.spoilage-relu-adam', 'spoilage-usd', spoil(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.spoilage-k-usd-tanh-rmsprop', 'spoilage-k-usd', spoil({ target: 'spoilage_k_usd' }), [d(32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', rms(0.002), tr(80));
add('ok.spoilage-elu-nesterov-clip', 'spoilage-usd', spoil(), [d(32, 'elu'), d(1)], 'mse', nest(0.01, 0.9, { clipNorm: 1 }), tr(80));
add('ok.spoilage-deep-relu-adam-dropout', 'spoilage-usd', spoil(), [d(64, 'relu'), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(80));
add('ok.docks-relu-adam', 'dock-dwell', dock(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.docks-tanh-momentum-batch-8', 'dock-dwell', dock(), [d(16, 'tanh'), d(1)], 'mse', mom(0.005), tr(60, 8));
add('ok.docks-leaky-rmsprop-val', 'dock-dwell', dock(), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(80, 32, { validationSplit: 0.15 }));
add('ok.docks-lecun-elu-adam-batch-1', 'dock-dwell', dock(), [d(16, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.0005), tr(15, 1));
add('ok.docks-sigmoid-adam', 'dock-dwell', dock(), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.01), tr(100));
add('ok.moons-relu-adam', 'pallet-moons', MOONS, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.moons-elu-momentum-batch-4', 'pallet-moons', MOONS, [d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.02), tr(100, 4));
add('ok.circles-tanh-rmsprop', 'zone-circles', CIRCLES, [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-relu-bn-adam', 'zone-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.spirals2-relu-adam', 'aisle-spirals', SPIRALS2, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(300));
add('ok.blobs3-leaky-nesterov', 'zone-blobs', BLOBS3, [d(16, 'leaky_relu'), d(3, 'softmax')], 'cce', nest(0.05), tr(100));
add('ok.sine-tanh-rmsprop', 'door-cycle-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(300));
add('ok.sine-elu-adam-full-batch', 'door-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.01), tr(500, 260));
add('ok.xor-tanh-adam', 'defrost-xor', XOR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 16));
add('ok.iris-elu-adam', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 16));
add('ok.iris-relu-sgd-batch-1', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.01), tr(60, 1));
add('ok.inline-tanh-adam', 'receiving-reject', INLINE_RECV, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 20));
add('ok.inline-relu-rmsprop-batch-5', 'receiving-reject', INLINE_RECV, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(200, 5));
add('ok.rooms-deep-elu-adam-clip', 'compressor-kw', room(), [...tower(4, 32, 'elu'), d(1)], 'mse', adam(0.002, { clipNorm: 1 }), tr(80));
add('ok.excursion-minmax-leaky-adam', 'excursion-alarm', exc({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(60));
add('ok.spoilage-linear-rmsprop', 'spoilage-usd', spoil(), [d(1)], 'mse', rms(0.01), tr(80));
add('ok.docks-full-batch-nesterov', 'dock-dwell', dock(), [d(16, 'tanh'), d(1)], 'mse', nest(0.05), tr(400, 760));

// ---------------------------------------------------------------- second round (after the first observation)
add('oscillating-loss.rmsprop-0.05-batch-128-relu-docks', 'dock-dwell', dock(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(150, 128));
add('oscillating-loss.rmsprop-0.03-batch-200-elu-rooms', 'compressor-kw', room(), [d(32, 'elu'), d(1)], 'mse', rms(0.03), tr(150, 200));
add('oscillating-loss.adam-0.1-batch-256-tanh-products', 'product-category', prod(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.1), tr(150, 256));
add('oscillating-loss.momentum-0.95-lr-0.1-batch-64-spoilage', 'spoilage-usd', spoil(), [d(32, 'tanh'), d(1)], 'mse', mom(0.1, 0.95), tr(150, 64));
add('oscillating-loss.rmsprop-0.05-batch-100-relu-spoilage-k', 'spoilage-k-usd', spoil({ target: 'spoilage_k_usd' }), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(150, 100));
add('oscillating-loss.nesterov-0.9-lr-0.2-batch-256-excursion', 'excursion-alarm', exc(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.2, 0.9), tr(150, 256));
add('lr-too-high.adam-0.1-batch-4-docks', 'dock-dwell', dock(), [d(32, 'relu'), d(1)], 'mse', adam(0.1), tr(40, 4));
add('lr-too-high.rmsprop-0.05-batch-8-rooms', 'compressor-kw', room(), [d(32, 'tanh'), d(1)], 'mse', rms(0.05), tr(40, 8));
add('lr-too-high.momentum-0.3-products', 'product-category', prod(), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.3), tr(50));
add('lr-too-high.sgd-plain-0.5-batch-1-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.5), tr(60, 1));
add('lr-too-high.nesterov-0.15-batch-16-spoilage', 'spoilage-usd', spoil(), [d(32, 'elu'), d(1)], 'mse', nest(0.15), tr(40, 16));
add('saturated-activation.raw-fahrenheit-ambient-sigmoid-rooms', 'compressor-kw', room({ normalize: 'none', features: ['room_temp_f', 'ambient_c', 'door_open_s', 'pallet_count', 'humidity_pct'] }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-normal-std-4-docks', 'dock-dwell', dock(), [d(32, 'tanh', init('normal', { std: 4 })), d(1)], 'mse', sgd(0.01), tr(60));
add('vanishing-gradient.twelve-tanh-std-0.1-rmsprop-products', 'product-category', prod(), [...tower(12, 16, 'tanh', init('normal', { std: 0.1 })), d(5, 'softmax')], 'cce', rms(0.001), tr(50));
add('dead-relu.bias-minus-5-leaky-free-products', 'product-category', prod(), [d(32, 'relu', { bias: -5 }), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('init-symmetry.constant-0.05-elu-nesterov-spoilage', 'spoilage-usd', spoil(), [d(32, 'elu', init('constant', { value: 0.05 })), d(16, 'elu', init('constant', { value: 0.05 })), d(1, 'linear', init('constant', { value: 0.05 }))], 'mse', nest(0.01), tr(60));
add('ok.products-leaky-adam-val', 'product-category', prod(), [d(32, 'leaky_relu'), drop(0.1), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 32, { validationSplit: 0.2 }));
add('ok.spoilage-sigmoid-adam-batch-16', 'spoilage-usd', spoil(), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.005), tr(80, 16));
add('ok.circles-leaky-nesterov-weight-decay', 'zone-circles', CIRCLES, [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9, { weightDecay: 1e-4 }), tr(150));
add('ok.rooms-kw-minmax-target-adam', 'compressor-kw', room({ normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
