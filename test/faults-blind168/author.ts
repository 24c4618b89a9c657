/**
 * Writes every candidate spec of blind fault set 168 (candle and soap makers) into candidates/:
 * `npx tsx test/faults-blind168/author.ts`. Intended faults are named `<code>.<slug>`, intended
 * healthy specs `ok.<slug>`; write-manifest.py files them by what the bare engine showed.
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
  specs[file] = { name, seed: 168, data, layers, loss, optimizer, training, ...extra };
}

const SF = ['oil_g', 'water_lye_ratio', 'superfat_pct', 'fragrance_pct', 'olive_pct', 'room_c'];
const soap = (x: Json = {}): Json => ({ csv: '../data/soap.csv', target: 'cure_days', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const CF = ['wax_g', 'fragrance_pct', 'flash_point_c', 'dye_drops', 'pour_c'];
const scent = (x: Json = {}): Json => ({ csv: '../data/scent.csv', target: 'scent_family', features: CF, normalize: 'standard', ...x });
const FF = ['pour_f', 'room_c', 'cool_c_per_min', 'soy_wax', 'fragrance_pct', 'humidity_pct'];
const frost = (x: Json = {}): Json => ({ csv: '../data/frost.csv', target: 'frosting', features: FF, normalize: 'standard', ...x });
const OF = ['items', 'avg_weight_oz', 'gift_wrap', 'ship_km', 'repeat_customer', 'discount_pct'];
const orders = (x: Json = {}): Json => ({ csv: '../data/orders.csv', target: 'total_cents', features: OF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const BF = ['wax_g', 'wick_mm', 'vessel_cm', 'fragrance_pct', 'coconut_blend'];
const burn = (x: Json = {}): Json => ({ csv: '../data/burn.csv', target: 'burn_h', features: BF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 400, noise: 0.05 };
const SPIRALS = { builtin: 'spirals', samples: 400, noise: 0.03 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 400, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A soaper's notebook: lye concentration % and stick-blend minutes -> reached trace within the hour (1) or not (0).
const INLINE_TRACE = {
  inline: {
    x: [[25, 1], [28, 2], [30, 3], [33, 4], [35, 5], [38, 6], [25, 6], [28, 5], [30, 1], [33, 2], [35, 1], [38, 2], [26, 3], [29, 4], [31, 6], [34, 5], [36, 3], [39, 4], [27, 2], [32, 3], [37, 5], [40, 1], [24, 4], [40, 6]],
    y: [0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.adamw-optimizer', 'cure-days', soap(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001 }, tr(60));
add('invalid-spec.gelu-activation', 'scent-family', scent(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.sparse-cce-loss', 'scent-family', scent(), [d(32, 'relu'), d(5, 'softmax')], 'sparse_categorical_crossentropy', rms(0.002), tr(50));
add('invalid-spec.dropout-rate-1.5', 'frosting', frost(), [d(16, 'tanh'), drop(1.5), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('invalid-spec.batch-size-zero', 'burn-hours', burn(), [d(16, 'elu'), d(1)], 'mse', nest(0.01), tr(40, 0));

add('data-error.na-lye-grams', 'cure-days-na', soap({ csv: '../data/soap-na.csv', features: ['oil_g', 'lye_g', 'water_g', 'superfat_pct', 'olive_pct', 'room_c'] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.mould-id-feature', 'cure-days', soap({ features: ['mould_id', ...SF] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.made-at-feature', 'cure-days', soap({ features: ['made_at', ...SF] }), [d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.fragrance-percent-typo', 'scent-family', scent({ features: ['wax_g', 'fragrance_percent', 'flash_point_c', 'dye_drops', 'pour_c'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.burn-tsv-missing', 'burn-hours', burn({ csv: '../data/burn.tsv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.lot-id-feature-frost', 'frosting', frost({ features: ['lot_id', ...FF] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40));

add('shape-mismatch.scent-four-heads-no-smoky', 'scent-family', scent(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.burn-hours-and-minutes-one-output', 'burn-hours', burn({ target: ['burn_h', 'burn_min'] }), [d(32, 'relu'), d(1)], 'mse', rms(0.002), tr(60));
add('shape-mismatch.blobs4-three-heads', 'wick-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05), tr(60));
add('shape-mismatch.frost-two-sigmoid-heads-bce', 'frosting', frost(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('loss-activation-mismatch.single-softmax-unit-bce-frost', 'frosting', frost(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.sigmoid-heads-cce-scent', 'scent-family', scent(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.relu-head-standardized-cure', 'cure-days', soap(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.tanh-head-bce-trace', 'trace-notebook', INLINE_TRACE, [d(8, 'tanh'), d(1, 'tanh')], 'bce', adam(0.01), tr(200, 8));
add('loss-activation-mismatch.sigmoid-head-standardized-burn', 'burn-hours', burn(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));

add('no-nonlinearity.circles-five-linear-adam', 'wax-ring-circles', CIRCLES, [...tower(5, 32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('no-nonlinearity.xor-linear-rmsprop-batch-4', 'two-wick-xor', XOR, [d(16), d(16), d(1, 'sigmoid')], 'bce', rms(0.003), tr(60, 4));
add('no-nonlinearity.spirals-linear-dropout-nesterov', 'swirl-spirals', SPIRALS, [d(64), drop(0.1), d(64), d(1, 'sigmoid')], 'bce', nest(0.02), tr(120));
add('no-nonlinearity.sine-linear-bn-sgd', 'melt-cycle-sine', SINE, [d(32, 'linear', { batchNorm: true }), d(32, 'linear', { batchNorm: true }), d(1)], 'mse', sgd(0.05), tr(150, 16));
add('no-nonlinearity.moons-linear-momentum-batch-300', 'marble-moons', MOONS, [d(24), d(1, 'sigmoid')], 'bce', mom(0.1), tr(200, 300));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.zeros-sigmoid-rmsprop-cure', 'cure-days', soap(), [d(32, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(60));
add('init-symmetry.constant-0.3-tanh-adam-scent', 'scent-family', scent(), [d(32, 'tanh', { init: 'constant', value: 0.3 }), d(16, 'tanh', { init: 'constant', value: 0.3 }), d(5, 'softmax', { init: 'constant', value: 0.3 })], 'cce', adam(0.003), tr(50));
add('init-symmetry.zeros-relu-momentum-frost', 'frosting', frost(), [d(24, 'relu', { init: 'zeros' }), d(24, 'relu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', mom(0.05), tr(40));
add('init-symmetry.constant-0.05-elu-sgd-moons', 'marble-moons', MOONS, [d(32, 'elu', { init: 'constant', value: 0.05 }), d(1, 'sigmoid', { init: 'constant', value: 0.05 })], 'bce', sgd(0.1), tr(150, 16));
add('init-symmetry.constant-0.1-tanh-iris-batch-4', 'iris-demo', IRIS, [d(16, 'tanh', { init: 'constant', value: 0.1 }), d(3, 'softmax', { init: 'constant', value: 0.1 })], 'cce', rms(0.005), tr(80, 4));

add('init-scale.normal-std-4-sigmoid-scent', 'scent-family', scent(), [d(64, 'sigmoid', { init: 'normal', std: 4 }), d(64, 'sigmoid', { init: 'normal', std: 4 }), d(5, 'softmax', { init: 'normal', std: 4 })], 'cce', adam(0.003), tr(50));
add('init-scale.uniform-10-tanh-burn', 'burn-hours', burn(), [d(32, 'tanh', { init: 'uniform', limit: 10 }), d(1, 'linear', { init: 'uniform', limit: 10 })], 'mse', rms(0.002), tr(60));
add('init-scale.normal-1e-5-six-relu-cure', 'cure-days', soap(), [...tower(6, 32, 'relu', { init: 'normal', std: 0.00001 }), d(1, 'linear', { init: 'normal', std: 0.00001 })], 'mse', nest(0.01), tr(60));
add('init-scale.uniform-1e-3-four-tanh-frost', 'frosting', frost(), [...tower(4, 32, 'tanh', { init: 'uniform', limit: 0.001 }), d(1, 'sigmoid', { init: 'uniform', limit: 0.001 })], 'bce', sgd(0.05), tr(40));
add('init-scale.normal-std-2-deep-leaky-orders', 'order-cents', orders(), [...tower(4, 64, 'leaky_relu', { init: 'normal', std: 2 }), d(1, 'linear', { init: 'normal', std: 2 })], 'mse', adam(0.001), tr(60));

add('dead-relu.bias-minus-6-burn', 'burn-hours', burn(), [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-2-five-layer-moons', 'marble-moons', MOONS, [...tower(5, 16, 'relu', { bias: -2 }), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('dead-relu.rmsprop-0.5-batch-4-frost', 'frosting', frost(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.5), tr(20, 4));
add('dead-relu.momentum-lr-0.3-orders', 'order-cents', orders(), [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.3), tr(40, 16));
add('dead-relu.bias-minus-10-scent-single', 'scent-family', scent(), [d(32, 'relu', { bias: -10 }), d(5, 'softmax')], 'cce', nest(0.02), tr(50));

add('exploding-gradient.raw-cents-target-adam', 'order-cents', orders({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('exploding-gradient.raw-burn-minutes-nesterov-clip-none', 'burn-minutes', burn({ target: 'burn_min', normalizeTarget: 'none' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.001), tr(40));
add('exploding-gradient.raw-ship-km-features-sgd', 'frosting', frost({ normalize: 'none', features: ['pour_f', 'room_c', 'cool_c_per_min', 'soy_wax', 'humidity_pct'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.01), tr(30));
add('exploding-gradient.raw-oil-grams-rmsprop-cure', 'cure-days', soap({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.01), tr(40));
add('exploding-gradient.std-1.5-eight-linear-relu-burn', 'burn-hours', burn(), [...tower(8, 32, 'relu', { init: 'normal', std: 1.5 }), d(1)], 'mse', adam(0.001), tr(40));

add('vanishing-gradient.eight-sigmoid-sgd-frost', 'frosting', frost(), [...tower(8, 32, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(40));
add('vanishing-gradient.six-sigmoid-lecun-adam-circles', 'wax-ring-circles', CIRCLES, [...tower(6, 16, 'sigmoid', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', adam(0.001), tr(100));
add('vanishing-gradient.ten-tanh-std-0.1-rmsprop-scent', 'scent-family', scent(), [...tower(10, 32, 'tanh', { init: 'normal', std: 0.1 }), d(5, 'softmax')], 'cce', rms(0.001), tr(50));
add('vanishing-gradient.seven-sigmoid-xavier-nesterov-cure', 'cure-days', soap(), [...tower(7, 24, 'sigmoid', { init: 'xavier_normal' }), d(1)], 'mse', nest(0.005), tr(60));
add('vanishing-gradient.five-sigmoid-sgd-plain-xor', 'two-wick-xor', XOR, [...tower(5, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150, 16));
add('vanishing-gradient.nine-sigmoid-rmsprop-batch-4-burn', 'burn-hours', burn(), [...tower(9, 16, 'sigmoid'), d(1)], 'mse', rms(0.0005), tr(20, 4));

// ---------------------------------------------------------------- training faults
add('nan-loss.sgd-2-raw-cents', 'order-cents', orders({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(2), tr(20));
add('nan-loss.momentum-0.99-lr-1-cure', 'cure-days', soap(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', mom(1, 0.99), tr(40));
add('nan-loss.raw-burn-hours-sgd-batch-1', 'burn-hours', burn({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(5, 1));
add('nan-loss.rmsprop-3-linear-orders', 'order-cents', orders({ normalize: 'none' }), [d(32), d(1)], 'mse', rms(3), tr(30));

add('saturated-activation.tanh-raw-flash-point-scent', 'scent-family', scent({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.sigmoid-raw-wax-grams-burn', 'burn-hours', burn({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.tanh-bias-7-frost', 'frosting', frost(), [d(32, 'tanh', { bias: 7 }), d(16, 'tanh', { bias: 7 }), d(1, 'sigmoid')], 'bce', mom(0.02), tr(40));
add('saturated-activation.sigmoid-raw-ship-km-orders', 'order-cents', orders({ normalize: 'none' }), [d(32, 'sigmoid'), d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-pour-f-cure', 'cure-days', soap({ normalize: 'none', features: ['oil_oz', 'water_lye_ratio', 'superfat_pct', 'olive_pct', 'room_f'] }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60));

add('lr-too-high.rmsprop-0.05-batch-2-cure', 'cure-days', soap(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(15, 2));
add('lr-too-high.adam-0.1-batch-1-burn', 'burn-hours', burn(), [d(32, 'tanh'), d(1)], 'mse', adam(0.1), tr(10, 1));
add('lr-too-high.nesterov-0.8-batch-8-scent', 'scent-family', scent(), [d(32, 'elu'), d(5, 'softmax')], 'cce', nest(0.8), tr(40, 8));
add('lr-too-high.adam-0.03-batch-1-frost', 'frosting', frost(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.03), tr(10, 1));
add('lr-too-high.sgd-plain-3-batch-4-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(3), tr(60, 4));
add('lr-too-high.rmsprop-0.1-batch-3-raw-cure-target', 'cure-days', soap({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.1), tr(15, 3));
add('lr-too-high.adam-0.06-batch-2-four-tanh-orders', 'order-cents', orders(), [...tower(4, 32, 'tanh'), d(1)], 'mse', adam(0.06), tr(15, 2));

add('lr-too-low.adam-1e-5-burn', 'burn-hours', burn(), [d(32, 'relu'), d(1)], 'mse', adam(0.00001), tr(40));
add('lr-too-low.sgd-plain-1e-4-scent', 'scent-family', scent(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.0001), tr(50));
add('lr-too-low.rmsprop-1e-6-batch-4-cure', 'cure-days', soap(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(15, 4));
add('lr-too-low.nesterov-1e-5-xor', 'two-wick-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.00001), tr(100, 16));
add('lr-too-low.momentum-3e-5-full-batch-orders', 'order-cents', orders(), [d(32, 'relu'), d(1)], 'mse', mom(0.00003), tr(150, 850));

add('oscillating-loss.momentum-0.97-lr-0.3-full-batch-linear-cure', 'cure-days', soap(), [d(1)], 'mse', mom(0.3, 0.97), tr(150, 900));
add('oscillating-loss.nesterov-0.99-lr-0.2-full-batch-linear-burn', 'burn-hours', burn(), [d(1)], 'mse', nest(0.2, 0.99), tr(150, 800));
add('oscillating-loss.sgd-plain-0.95-full-batch-oz-and-grams-linear', 'cure-days', soap({ features: ['oil_g', 'oil_oz', 'water_lye_ratio', 'superfat_pct', 'olive_pct', 'room_c', 'room_f'] }), [d(1)], 'mse', sgd(0.3), tr(150, 900));
add('oscillating-loss.adam-0.1-batch-4-raw-cure-target', 'cure-days', soap({ normalizeTarget: 'none' }), [d(8, 'relu'), d(1)], 'mse', adam(0.1), tr(30, 4));
add('oscillating-loss.rmsprop-0.05-batch-2-linear-burn', 'burn-hours', burn(), [d(1)], 'mse', rms(0.05), tr(20, 2));
add('oscillating-loss.momentum-0.98-lr-2-full-batch-logistic-frost', 'frosting', frost(), [d(1, 'sigmoid')], 'bce', mom(2, 0.98), tr(150, 1100));
add('oscillating-loss.adam-0.08-batch-3-linear-orders', 'order-cents', orders(), [d(1)], 'mse', adam(0.08), tr(20, 3));
add('oscillating-loss.momentum-0.95-lr-0.5-batch-400-linear-cure', 'cure-days', soap(), [d(1)], 'mse', mom(0.5, 0.95), tr(100, 400));

add('loss-plateau.lot-serial-only-frost', 'frosting', frost({ features: ['lot_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.mould-number-only-scent', 'scent-family', scent({ features: ['mould_no'] }), [d(16, 'elu'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('loss-plateau.fragrance-only-cure', 'cure-days', soap({ features: ['fragrance_pct'] }), [d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('loss-plateau.weight-decay-2-rmsprop-burn', 'burn-hours', burn(), [d(32, 'relu'), d(1)], 'mse', rms(0.003, { weightDecay: 2 }), tr(60));
add('loss-plateau.clipnorm-1e-7-sgd-orders', 'order-cents', orders(), [d(32, 'elu'), d(1)], 'mse', sgd(0.05, { clipNorm: 0.0000001 }), tr(60));
add('lr-out-of-range.adam-30-cure', 'cure-days', soap(), [d(32, 'relu'), d(1)], 'mse', adam(30), tr(40));
add('lr-out-of-range.zero-rate-rmsprop-scent', 'scent-family', scent(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0), tr(40));
add('lr-out-of-range.sgd-1e-9-frost', 'frosting', frost(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.000000001), tr(40));
add('lr-out-of-range.nesterov-80-burn', 'burn-hours', burn(), [d(16, 'tanh'), d(1)], 'mse', nest(80), tr(30));

// ---------------------------------------------------------------- healthy
add('ok.cure-adam-relu', 'cure-days', soap(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.cure-rmsprop-elu-val', 'cure-days', soap(), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(60, 32, { validationSplit: 0.2 }));
add('ok.cure-oz-and-f-nesterov-tanh-batch-16', 'cure-days', soap({ features: ['oil_oz', 'water_lye_ratio', 'superfat_pct', 'fragrance_pct', 'olive_pct', 'room_f'] }), [d(32, 'tanh'), d(1)], 'mse', nest(0.01), tr(60, 16));
add('ok.cure-adam-batch-1-0.003', 'cure-days', soap(), [d(16, 'tanh'), d(1)], 'mse', adam(0.003), tr(8, 1));
add('ok.cure-rmsprop-batch-2-raw-target', 'cure-days', soap({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', rms(0.01), tr(20, 2));
add('ok.cure-four-tanh-xavier-adam', 'cure-days', soap(), [...tower(4, 32, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', adam(0.002), tr(60));
add('ok.cure-linear-sgd-full-batch', 'cure-days', soap(), [d(1)], 'mse', sgd(0.1), tr(200, 900));
add('ok.cure-minmax-momentum-sigmoid-decay', 'cure-days', soap({ normalize: 'minmax' }), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9, { weightDecay: 0.0001 }), tr(100));
add('ok.scent-adam-relu', 'scent-family', scent(), [d(32, 'relu'), d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.scent-rmsprop-tanh-dropout', 'scent-family', scent(), [d(64, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('ok.scent-three-sigmoid-lecun-rmsprop', 'scent-family', scent(), [...tower(3, 32, 'sigmoid', { init: 'lecun_normal' }), d(5, 'softmax')], 'cce', rms(0.003), tr(60));
add('ok.scent-minmax-adam-bn-batch-64', 'scent-family', scent({ normalize: 'minmax' }), [d(48, 'relu', { batchNorm: true }), d(5, 'softmax')], 'cce', adam(0.005), tr(60, 64));
add('ok.scent-sgd-plain-leaky-he-uniform', 'scent-family', scent(), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', sgd(0.1), tr(60, 16));
add('ok.scent-softmax-regression-adam-batch-4', 'scent-family', scent(), [d(5, 'softmax')], 'cce', adam(0.01), tr(20, 4));
add('ok.frost-adam-relu', 'frosting', frost(), [d(24, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.frost-logistic-rmsprop-val', 'frosting', frost(), [d(1, 'sigmoid')], 'bce', rms(0.01), tr(60, 32, { validationSplit: 0.2 }));
add('ok.frost-nesterov-tanh-batch-64-clip', 'frosting', frost(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05, 0.9, { clipNorm: 1 }), tr(80, 64));
add('ok.frost-rmsprop-batch-3-elu', 'frosting', frost(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(15, 3));
add('ok.frost-three-tanh-sgd-momentum', 'frosting', frost(), [...tower(3, 16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.02), tr(60));
add('ok.orders-adam-elu', 'order-cents', orders(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.orders-rmsprop-relu-batch-256', 'order-cents', orders(), [d(64, 'relu'), d(1)], 'mse', rms(0.003), tr(150, 256));
add('ok.orders-momentum-tanh-lecun', 'order-cents', orders(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', mom(0.01), tr(80));
add('ok.orders-minmax-target-adam-dropout', 'order-cents', orders({ normalizeTarget: 'minmax' }), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.orders-adam-batch-2-0.005-tanh', 'order-cents', orders(), [d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(10, 2));
add('ok.burn-adam-relu-bn', 'burn-hours', burn(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(60, 64));
add('ok.burn-minutes-rmsprop-elu', 'burn-minutes', burn({ target: 'burn_min' }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('ok.burn-five-tanh-lecun-rmsprop', 'burn-hours', burn(), [...tower(5, 24, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', rms(0.001), tr(60));
add('ok.burn-four-sigmoid-xavier-adam', 'burn-hours', burn(), [...tower(4, 32, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.burn-sgd-plain-leaky-batch-8', 'burn-hours', burn(), [d(32, 'leaky_relu'), d(1)], 'mse', sgd(0.02), tr(40, 8));
add('ok.burn-adam-batch-4-raw-target-0.01', 'burn-hours', burn({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.01), tr(30, 4));
add('ok.burn-nesterov-relu-decay', 'burn-hours', burn(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { weightDecay: 0.0005 }), tr(60));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-rmsprop-tanh-batch-1', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.003), tr(30, 1));
add('ok.moons-adam-relu', 'marble-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(120));
add('ok.moons-three-tanh-sgd-nesterov-batch-8', 'marble-moons', MOONS, [...tower(3, 16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100, 8));
add('ok.circles-adam-elu', 'wax-ring-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-momentum-relu-bn', 'wax-ring-circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('ok.spirals-adam-tanh-deep', 'swirl-spirals', SPIRALS, [...tower(3, 64, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-sigmoid', 'wick-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.5), tr(100));
add('ok.sine-rmsprop-elu', 'melt-cycle-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(200, 16));
add('ok.sine-adam-tanh-batch-2', 'melt-cycle-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(60, 2));
add('ok.xor-adam-tanh', 'two-wick-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('ok.xor-rmsprop-leaky-xavier-normal', 'two-wick-xor', XOR, [d(16, 'leaky_relu', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.trace-inline-adam-tanh', 'trace-notebook', INLINE_TRACE, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(400, 24));
add('ok.scent-sigmoid-momentum-xavier-uniform', 'scent-family', scent(), [d(32, 'sigmoid', { init: 'xavier_uniform' }), d(5, 'softmax')], 'cce', mom(0.05), tr(80));
add('ok.cure-adam-0.01-batch-4-dropout-clip', 'cure-days', soap(), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.01, { clipNorm: 5 }), tr(20, 4));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
