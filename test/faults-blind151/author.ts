/**
 * Writes every candidate spec of blind fault set 151 (bakeries and flour mills) into candidates/:
 * `npx tsx test/faults-blind151/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 151, data, layers, loss, optimizer, training, ...extra };
}

const LF = ['hydration_pct', 'oven_c', 'proof_min', 'flour_protein_pct', 'sugar_pct', 'dough_g'];
const loaf = (x: Json = {}): Json => ({ csv: '../data/loaves.csv', target: 'loaf_type', features: LF, normalize: 'standard', ...x });
const BF = ['oven_f', 'bake_min', 'sugar_pct', 'shelf', 'humidity_pct', 'tray_load'];
const burnt = (x: Json = {}): Json => ({ csv: '../data/burnt.csv', target: 'burnt', features: BF, normalize: 'standard', ...x });
const OF = ['shops', 'distance_km', 'price_eur_kg', 'weekend', 'contract_years'];
const ord = (x: Json = {}): Json => ({ csv: '../data/orders.csv', target: 'order_kg', features: OF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const RF = ['hydration_pct', 'proof_min', 'yeast_g', 'room_c', 'flour_protein_pct'];
const rise = (x: Json = {}): Json => ({ csv: '../data/rise.csv', target: 'volume_ml', features: RF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const MF = ['wheat_protein_pct', 'moisture_pct', 'roller_gap_mm', 'mill_rpm', 'sieve_um'];
const mill = (x: Json = {}): Json => ({ csv: '../data/mill.csv', target: 'extraction_pct', features: MF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 300, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 300, classes: 3, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A baker's notebook: dough temperature (°C) and hours of bulk ferment -> over-proofed (1) or not (0).
const INLINE_PROOF = {
  inline: {
    x: [[22, 3], [22, 5], [24, 3], [24, 6], [26, 2], [26, 4], [27, 5], [28, 2], [28, 4], [20, 6], [21, 8], [23, 7], [25, 5], [25, 3], [27, 3], [29, 3], [19, 4], [30, 2], [23, 4], [26, 6], [20, 3], [29, 1], [24, 8], [21, 5]],
    y: [0, 0, 0, 1, 0, 1, 1, 0, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 0, 1, 0, 0, 1, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.gelu-activation', 'loaf-type', loaf(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('invalid-spec.mae-loss-orders', 'order-kg', ord(), [d(32, 'relu'), d(1)], 'mae', adam(0.003), tr(60));
add('invalid-spec.adamw-optimizer', 'volume', rise(), [d(32, 'elu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.zero-units', 'burnt', burnt(), [d(0, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.dropout-rate-1.5', 'extraction', mill(), [d(32, 'relu'), drop(1.5), d(1)], 'mse', adam(0.003), tr(50));
add('invalid-spec.negative-batch-size', 'loaf-type', loaf(), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(0.003), tr(40, -32));
add('data-error.na-hydration', 'loaf-type', loaf({ csv: '../data/loaves-na.csv' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('data-error.oven-id-feature', 'loaf-type', loaf({ features: [...LF, 'oven_id'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('data-error.baked-at-feature', 'loaf-type', loaf({ features: ['baked_at', ...LF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('data-error.mill-id-feature', 'extraction', mill({ features: [...MF, 'mill_id'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.target-typo-volume', 'volume', rise({ target: 'volume_cc' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.missing-parquet', 'order-kg', ord({ csv: '../data/orders.parquet' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('shape-mismatch.four-heads-stollen', 'loaf-type', loaf(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.mill-two-targets-one-output', 'mill', mill({ target: ['extraction_pct', 'flour_protein_pct'] }), [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(40));
add('shape-mismatch.burnt-two-softmax-bce', 'burnt', burnt(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('shape-mismatch.iris-five-heads', 'iris', IRIS, [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('loss-activation-mismatch.softmax-one-unit-bce-burnt', 'burnt', burnt(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-head-cce-loaves', 'loaf-type', loaf(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-mill', 'extraction', mill(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.tanh-head-bce-proof', 'over-proof', INLINE_PROOF, [d(8, 'tanh'), d(1, 'tanh')], 'bce', adam(0.01), tr(300, 24));
add('no-nonlinearity.circles-linear-adam', 'circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.rise-linear-deep-nesterov', 'volume', rise(), [d(32), d(32), d(32), d(1)], 'mse', nest(0.01), tr(150, 64));
add('no-nonlinearity.spirals-linear-rmsprop', 'spirals', SPIRALS, [d(64, 'linear'), d(3, 'softmax')], 'cce', rms(0.003), tr(100, 16));
add('no-nonlinearity.xor-linear-full-batch-momentum', 'xor', XOR, [d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.1), tr(300, 300));
add('lr-out-of-range.adam-lr-12-burnt', 'burnt', burnt(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(12), tr(40));
add('lr-out-of-range.nesterov-1e-8-mill', 'extraction', mill(), [d(32, 'tanh'), d(1)], 'mse', nest(1e-8), tr(60));
add('lr-out-of-range.sgd-lr-50-rise', 'volume', rise(), [d(16, 'relu'), d(1)], 'mse', sgd(50), tr(40, 16));
add('lr-out-of-range.rmsprop-negative-loaves', 'loaf-type', loaf(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(-0.001), tr(40));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.zeros-relu-mill', 'extraction', mill(), [d(32, 'relu', init('zeros')), d(1, 'linear', init('zeros'))], 'mse', adam(0.003), tr(60));
add('init-symmetry.constant-0.3-tanh-loaves', 'loaf-type', loaf(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(5, 'softmax', init('constant', { value: 0.3 }))], 'cce', mom(0.05), tr(60));
add('init-symmetry.zeros-sigmoid-moons-full-batch', 'moons', MOONS, [d(16, 'sigmoid', init('zeros')), d(16, 'sigmoid', init('zeros')), d(1, 'sigmoid', init('zeros'))], 'bce', sgd(0.5), tr(300, 300));
add('init-symmetry.constant-0.5-elu-rise', 'volume', rise(), [d(24, 'elu', init('constant', { value: 0.5 })), d(24, 'elu', init('constant', { value: 0.5 })), d(1, 'linear', init('constant', { value: 0.5 }))], 'mse', rms(0.001), tr(60));
add('init-scale.normal-std-10-relu-orders', 'order-kg', ord(), [d(32, 'relu', init('normal', { std: 10 })), d(32, 'relu', init('normal', { std: 10 })), d(1, 'linear', init('normal', { std: 10 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-6-sigmoid-burnt', 'burnt', burnt(), [d(32, 'sigmoid', init('uniform', { limit: 6 })), d(1, 'sigmoid', init('uniform', { limit: 6 }))], 'bce', sgd(0.05), tr(60));
add('init-scale.normal-1e-5-six-relu-loaves', 'loaf-type', loaf(), [...tower(6, 32, 'relu', init('normal', { std: 1e-5 })), d(5, 'softmax')], 'cce', mom(0.01), tr(40));
add('init-scale.uniform-4-tanh-iris-nesterov', 'iris', IRIS, [d(32, 'tanh', init('uniform', { limit: 4 })), d(32, 'tanh', init('uniform', { limit: 4 })), d(3, 'softmax', init('uniform', { limit: 4 }))], 'cce', nest(0.01), tr(100, 8));
add('init-scale.normal-std-3-elu-rise-full-batch', 'volume', rise(), [d(32, 'elu', init('normal', { std: 3 })), d(32, 'elu', init('normal', { std: 3 })), d(1, 'linear', init('normal', { std: 3 }))], 'mse', mom(0.001, 0.9), tr(300, 700));
add('dead-relu.bias-minus-8-loaves', 'loaf-type', loaf(), [d(64, 'relu', { bias: -8 }), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('dead-relu.bias-minus-4-deep-sine', 'sine', SINE, [...tower(4, 16, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.01), tr(200, 16));
add('dead-relu.bias-minus-6-full-batch-nesterov-mill', 'extraction', mill(), [d(32, 'relu', { bias: -6 }), d(32, 'relu', { bias: -6 }), d(1)], 'mse', nest(0.05), tr(300, 900));
add('dead-relu.sgd-2-batch-4-orders', 'order-kg', ord(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(2), tr(40, 4));
add('dead-relu.adam-0.5-batch-16-rise', 'volume', rise(), [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.5), tr(60, 16));
add('exploding-gradient.raw-order-kg-target-adam', 'order-kg', ord({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(60));
add('exploding-gradient.raw-volume-ml-rmsprop', 'volume', rise({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.01), tr(60));
add('exploding-gradient.raw-features-mill-momentum', 'extraction', mill({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.001), tr(60));
add('exploding-gradient.raw-dough-grams-loaves-sgd', 'loaf-type', loaf({ normalize: 'none' }), [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', sgd(0.01), tr(40));
add('exploding-gradient.ten-relu-he-uniform-std-burnt', 'burnt', burnt(), [...tower(10, 64, 'relu', init('normal', { std: 0.5 })), d(1, 'sigmoid')], 'bce', sgd(0.001), tr(30));
add('vanishing-gradient.nine-sigmoid-loaves', 'loaf-type', loaf(), [...tower(9, 32, 'sigmoid'), d(5, 'softmax')], 'cce', sgd(0.05), tr(40));
add('vanishing-gradient.eight-tanh-small-std-mill', 'extraction', mill(), [...tower(8, 32, 'tanh', init('normal', { std: 0.03 })), d(1)], 'mse', mom(0.01), tr(60));
add('vanishing-gradient.twelve-sigmoid-circles-adam', 'circles', CIRCLES, [...tower(12, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.001), tr(80));
add('vanishing-gradient.seven-sigmoid-rise-full-batch-nesterov', 'volume', rise(), [...tower(7, 32, 'sigmoid', init('xavier_normal')), d(1)], 'mse', nest(0.05), tr(400, 700));
add('saturated-activation.sigmoid-raw-oven-f-burnt', 'burnt', burnt({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('saturated-activation.tanh-bias-8-rise', 'volume', rise(), [d(32, 'tanh', { bias: 8 }), d(32, 'tanh', { bias: 8 }), d(1)], 'mse', rms(0.001), tr(60));
add('saturated-activation.tanh-raw-proof-minutes-loaves', 'loaf-type', loaf({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.01), tr(40));
add('saturated-activation.sigmoid-raw-mill-rpm-full-batch', 'extraction', mill({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', sgd(0.1), tr(300, 900));

// ---------------------------------------------------------------- training faults
add('nan-loss.sgd-5-batch-1-rise', 'volume', rise(), [d(32, 'relu'), d(1)], 'mse', sgd(5), tr(20, 1));
add('nan-loss.raw-order-target-sgd', 'order-kg', ord({ normalizeTarget: 'none', normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(30));
add('nan-loss.momentum-0.99-lr-1-mill-full-batch', 'extraction', mill(), [d(32, 'tanh'), d(1)], 'mse', mom(1, 0.99), tr(300, 900));
add('nan-loss.nesterov-lr-3-batch-2-orders', 'order-kg', ord(), [d(32, 'elu'), d(1)], 'mse', nest(3), tr(20, 2));
add('lr-too-high.adam-0.3-batch-8-mill', 'extraction', mill(), [d(32, 'tanh'), d(1)], 'mse', adam(0.3), tr(60, 8));
add('lr-too-high.rmsprop-0.1-loaves', 'loaf-type', loaf(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.1), tr(40));
add('lr-too-high.sgd-1.5-sine', 'sine', SINE, [d(32, 'tanh'), d(1)], 'mse', sgd(1.5), tr(200, 16));
add('lr-too-high.momentum-0.5-batch-4-burnt', 'burnt', burnt(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.5), tr(40, 4));
add('lr-too-high.nesterov-1.2-full-batch-rise', 'volume', rise(), [d(32, 'tanh'), d(1)], 'mse', nest(1.2, 0.9), tr(300, 700));
add('lr-too-low.sgd-1e-5-loaves', 'loaf-type', loaf(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(1e-5), tr(60));
add('lr-too-low.adam-1e-6-orders', 'order-kg', ord(), [d(32, 'relu'), d(1)], 'mse', adam(1e-6), tr(80));
add('lr-too-low.momentum-1e-5-full-batch-mill-500', 'extraction', mill(), [d(32, 'tanh'), d(1)], 'mse', mom(1e-5, 0.9), tr(500, 900));
add('lr-too-low.rmsprop-1e-6-moons', 'moons', MOONS, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(1e-6), tr(100, 16));
add('lr-too-low.nesterov-5e-5-full-batch-burnt-400', 'burnt', burnt(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(5e-5, 0.9), tr(400, 1200));
add('loss-plateau.spirals-tiny-sigmoid-sgd', 'spirals', SPIRALS, [d(2, 'sigmoid'), d(3, 'softmax')], 'cce', sgd(0.1), tr(200, 32));
add('loss-plateau.circles-one-relu-unit', 'circles', CIRCLES, [d(1, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('loss-plateau.burnt-weight-decay-0.5', 'burnt', burnt(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003, { weightDecay: 0.5 }), tr(60));
add('loss-plateau.rise-dropout-0.9-full-batch-sgd', 'volume', rise(), [d(64, 'relu'), drop(0.9), d(1)], 'mse', sgd(0.05), tr(300, 700));
add('loss-plateau.xor-two-tanh-momentum', 'xor', XOR, [d(1, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(200, 32));
add('oscillating-loss.momentum-0.97-full-batch-mill', 'extraction', mill(), [d(1)], 'mse', mom(0.9, 0.97), tr(300, 900));
add('oscillating-loss.sgd-1.9-full-batch-linear-rise', 'volume', rise(), [d(1)], 'mse', sgd(1.9), tr(300, 700));
add('oscillating-loss.nesterov-0.5-0.98-full-batch-loaves', 'loaf-type', loaf(), [d(5, 'softmax')], 'cce', nest(0.5, 0.98), tr(300, 1000));
add('oscillating-loss.adam-0.05-batch-full-orders', 'order-kg', ord(), [d(1)], 'mse', adam(0.5), tr(300, 800));
add('oscillating-loss.rmsprop-0.05-full-batch-rise', 'volume', rise(), [d(8, 'tanh'), d(1)], 'mse', rms(0.05), tr(200, 700));
add('oscillating-loss.sgd-0.4-batch-8-unnormalized-target-mill', 'extraction', mill({ normalizeTarget: 'minmax' }), [d(1)], 'mse', mom(0.3, 0.95), tr(150, 900));
add('oscillating-loss.momentum-0.99-iris-full', 'iris', IRIS, [d(3, 'softmax')], 'cce', mom(2, 0.99), tr(300, 150));
add('oscillating-loss.sgd-2.05-full-batch-mill', 'extraction', mill(), [d(1)], 'mse', sgd(2.05), tr(300, 900));

// ---------------------------------------------------------------- healthy
add('ok.loaves-adam-relu', 'loaf-type', loaf(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('ok.loaves-rmsprop-elu-dropout', 'loaf-type', loaf(), [d(64, 'elu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(40, 64));
add('ok.loaves-full-batch-momentum-tanh-400', 'loaf-type', loaf(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.3), tr(400, 1000));
add('ok.loaves-nesterov-bn-leaky-val', 'loaf-type', loaf(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(5, 'softmax')], 'cce', nest(0.02), tr(50, 32, { validationSplit: 0.2 }));
add('ok.loaves-minmax-sgd-batch-1', 'loaf-type', loaf({ normalize: 'minmax' }), [d(16, 'relu'), d(5, 'softmax')], 'cce', sgd(0.02), tr(15, 1));
add('ok.burnt-adam-relu', 'burnt', burnt(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.burnt-logistic-full-batch-sgd-500', 'burnt', burnt(), [d(1, 'sigmoid')], 'bce', sgd(0.5), tr(500, 1200));
add('ok.burnt-tanh-nesterov-weight-decay', 'burnt', burnt(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.02, 0.9, { weightDecay: 1e-4 }), tr(60, 64));
add('ok.burnt-rmsprop-clip-val', 'burnt', burnt(), [d(32, 'relu'), drop(0.1), d(1, 'sigmoid')], 'bce', rms(0.001, { clipNorm: 1 }), tr(60, 32, { validationSplit: 0.25 }));
add('ok.orders-adam-elu', 'order-kg', ord(), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.orders-full-batch-nesterov-relu-600', 'order-kg', ord(), [d(32, 'relu'), d(1)], 'mse', nest(0.05), tr(600, 800));
add('ok.orders-minmax-rmsprop', 'order-kg', ord({ normalizeTarget: 'minmax' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.001), tr(80, 16));
add('ok.orders-log-like-momentum-batch-64', 'order-kg', ord(), [d(48, 'tanh'), d(1)], 'mse', mom(0.01), tr(100, 64));
add('ok.rise-adam-tanh', 'volume', rise(), [d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(100));
add('ok.rise-full-batch-sgd-plain-deep-800', 'volume', rise(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', sgd(0.2), tr(800, 700));
add('ok.rise-full-batch-momentum-wild-start', 'volume', rise(), [d(32, 'tanh'), d(1)], 'mse', mom(0.4, 0.9), tr(400, 700));
add('ok.rise-bn-adam-dropout-val', 'volume', rise(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.rise-rmsprop-sigmoid-batch-8', 'volume', rise(), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.003), tr(60, 8));
add('ok.rise-litres-target-raw-elu', 'volume', rise({ target: 'volume_l', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.mill-adam-relu', 'extraction', mill(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.mill-linear-full-batch-sgd-300', 'extraction', mill(), [d(1)], 'mse', sgd(0.3), tr(300, 900));
add('ok.mill-full-batch-nesterov-two-layer-500', 'extraction', mill(), [d(16, 'elu'), d(16, 'elu'), d(1)], 'mse', nest(0.02, 0.95), tr(500, 900));
add('ok.mill-two-targets-momentum', 'mill', mill({ target: ['extraction_pct', 'flour_protein_pct'] }), [d(32, 'tanh'), d(2)], 'mse', mom(0.02), tr(80));
add('ok.mill-minmax-rmsprop-leaky', 'extraction', mill({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(80));
add('ok.mill-batch-1-sgd-linear', 'extraction', mill(), [d(1)], 'mse', sgd(0.005), tr(10, 1));
add('ok.mill-full-batch-momentum-0.99-long', 'extraction', mill(), [d(1)], 'mse', mom(0.05, 0.99), tr(600, 900));
add('ok.iris-adam-relu', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-full-batch-nesterov-tanh-300', 'iris', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', nest(0.1), tr(300, 150));
add('ok.moons-rmsprop-relu', 'moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.moons-full-batch-sgd-plain-tanh-1000', 'moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.8), tr(1000, 300));
add('ok.circles-adam-elu', 'circles', CIRCLES, [d(16, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-full-batch-momentum-relu-wild', 'circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.5, 0.9), tr(400, 300));
add('ok.spirals-adam-deep-relu', 'spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(300, 32));
add('ok.blobs4-sgd-sigmoid', 'blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100, 16));
add('ok.sine-adam-tanh', 'sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300, 16));
add('ok.xor-nesterov-relu', 'xor', XOR, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 16));
add('ok.proof-inline-adam-tanh', 'over-proof', INLINE_PROOF, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(400, 24));
add('ok.proof-inline-logistic-batch-4', 'over-proof', INLINE_PROOF, [d(1, 'sigmoid')], 'bce', sgd(0.2), tr(200, 4));
add('ok.loaves-full-batch-sgd-plain-relu-wild', 'loaf-type', loaf(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(2), tr(300, 1000));
add('ok.burnt-full-batch-momentum-relu-bn-300', 'burnt', burnt(), [d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.1, 0.9), tr(300, 1200));
add('ok.orders-lecun-selu-like-elu-nesterov', 'order-kg', ord(), [d(32, 'elu', init('lecun_normal')), d(1)], 'mse', nest(0.01), tr(100, 32));

// ---------------------------------------------------------------- second round (after the first observation)
add('oscillating-loss.momentum-0.999-full-batch-linear-mill', 'extraction', mill(), [d(1)], 'mse', mom(0.05, 0.999), tr(300, 900));
add('oscillating-loss.nesterov-0.998-full-batch-linear-orders', 'order-kg', ord(), [d(1)], 'mse', nest(0.1, 0.998), tr(300, 800));
add('oscillating-loss.sgd-0.15-batch-1-linear-mill', 'extraction', mill(), [d(1)], 'mse', sgd(0.15), tr(40, 1));
add('oscillating-loss.momentum-0.995-full-batch-logistic-burnt', 'burnt', burnt(), [d(1, 'sigmoid')], 'bce', mom(1, 0.995), tr(400, 1200));
add('oscillating-loss.sgd-0.3-batch-2-tanh-rise', 'volume', rise(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.3), tr(40, 2));
add('oscillating-loss.rmsprop-0.3-full-batch-linear-mill', 'extraction', mill(), [d(1)], 'mse', rms(0.3), tr(300, 900));
add('oscillating-loss.momentum-0.999-full-batch-blobs', 'blobs', BLOBS4, [d(4, 'softmax')], 'cce', mom(0.5, 0.999), tr(400, 400));
add('lr-too-high.adam-0.1-batch-1-mill', 'extraction', mill(), [d(16, 'relu'), d(1)], 'mse', adam(0.1), tr(20, 1));
add('lr-too-high.rmsprop-0.05-batch-4-orders', 'order-kg', ord(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(40, 4));
add('lr-too-high.momentum-0.8-full-batch-tanh-rise-300', 'volume', rise(), [d(32, 'tanh'), d(1)], 'mse', mom(0.8, 0.9), tr(300, 700));
add('lr-too-high.sgd-0.8-batch-1-iris', 'iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.8), tr(60, 1));
add('init-symmetry.zeros-tanh-burnt-nesterov', 'burnt', burnt(), [d(16, 'tanh', init('zeros')), d(16, 'tanh', init('zeros')), d(1, 'sigmoid', init('zeros'))], 'bce', nest(0.05), tr(60));
add('shape-mismatch.blobs4-three-heads', 'blobs', BLOBS4, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(60));
add('vanishing-gradient.six-sigmoid-orders-rmsprop', 'order-kg', ord(), [...tower(6, 24, 'sigmoid', init('normal', { std: 0.1 })), d(1)], 'mse', rms(0.0005), tr(60));
add('ok.rise-full-batch-momentum-0.2-tanh', 'volume', rise(), [d(32, 'tanh'), d(1)], 'mse', mom(0.2, 0.9), tr(400, 700));
add('ok.burnt-full-batch-nesterov-logistic-wild', 'burnt', burnt(), [d(1, 'sigmoid')], 'bce', nest(2, 0.9), tr(300, 1200));
add('ok.orders-full-batch-sgd-plain-linear-400', 'order-kg', ord(), [d(1)], 'mse', sgd(0.4), tr(400, 800));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
