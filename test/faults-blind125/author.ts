/**
 * Writes every candidate spec of blind fault set 125 (car washes and vending machines) into
 * candidates/: `npx tsx test/faults-blind125/author.ts`. Intended faults are named `<code>.<slug>`,
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
  specs[file] = { name, seed: 125, data, layers, loss, optimizer, training, ...extra };
}

const WF = ['hour', 'daytime', 'temp_c', 'rain_mm', 'weekend', 'price_usd', 'promo'];
const wash = (x: Json = {}): Json => ({ csv: '../data/wash.csv', target: 'washes', features: WF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const VF = ['hour', 'price_cents', 'temp_c', 'slot_row', 'pack_g', 'stock_pct'];
const vend = (x: Json = {}): Json => ({ csv: '../data/vend.csv', target: 'product', features: VF, normalize: 'standard', ...x });
const JF = ['coins', 'cards', 'idle_min', 'temp_c', 'days_since_service', 'humidity_pct'];
const jam = (x: Json = {}): Json => ({ csv: '../data/jam.csv', target: 'jammed', features: JF, normalize: 'standard', ...x });
const RF = ['items_refilled', 'route_km', 'stock_pct', 'machine_age_y'];
const refill = (x: Json = {}): Json => ({ csv: '../data/refill.csv', target: 'refill_cost_usd', features: RF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const TF = ['footfall', 'hours_open', 'avg_price_cents', 'idle_min', 'indoor'];
const tak = (x: Json = {}): Json => ({ csv: '../data/takings.csv', target: 'takings_cents', features: TF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const SPIRALS = { builtin: 'spirals', samples: 300, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// An operator's notebook: coin-box fill (%) and days since emptied -> box full alarm (1) or not (0).
const INLINE_COINBOX = {
  inline: {
    x: [[20, 1], [35, 2], [50, 3], [65, 4], [80, 5], [90, 6], [15, 2], [40, 4], [55, 5], [70, 6], [85, 7], [95, 8], [25, 3], [45, 2], [60, 7], [75, 3], [88, 4], [30, 6], [52, 1], [78, 8], [10, 1], [68, 2], [92, 3], [38, 7]],
    y: [0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- oscillation candidates first
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-wash', 'washes-linear', wash(), [d(1)], 'mse', sgd(1.9), tr(80, 1000));
add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-refill', 'refill-linear', refill(), [d(1)], 'mse', mom(0.3, 0.95), tr(100, 850));
add('oscillating-loss.nesterov-0.97-lr-0.15-batch-500-tanh-takings', 'takings', tak(), [d(16, 'tanh'), d(1)], 'mse', nest(0.15, 0.97), tr(100, 500));
add('oscillating-loss.adam-0.08-full-batch-logistic-jam', 'jam-logistic', jam(), [d(1, 'sigmoid')], 'bce', adam(0.08, { clipNorm: 5 }), tr(150, 1100));
add('oscillating-loss.rmsprop-0.05-batch-256-linear-wash', 'washes-linear', wash(), [d(1)], 'mse', rms(0.05), tr(80, 256));
add('oscillating-loss.sgd-plain-0.45-full-batch-minmax-water-gal', 'washes-water', wash({ features: ['water_l', 'water_gal', 'temp_c'], normalize: 'minmax' }), [d(1)], 'mse', sgd(0.45), tr(120, 1000));
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-softmax-vend', 'vend-softmax', vend(), [d(5, 'softmax')], 'cce', mom(0.05, 0.99), tr(150, 1200));
add('oscillating-loss.sgd-plain-2-batch-850-elu-refill', 'refill', refill(), [d(8, 'elu'), d(1)], 'mse', sgd(0.9), tr(100, 850));

add('oscillating-loss.momentum-0.995-lr-0.1-full-batch-linear-refill', 'refill-linear', refill(), [d(1)], 'mse', mom(0.1, 0.995), tr(150, 850));
add('oscillating-loss.nesterov-0.99-lr-0.4-full-batch-linear-wash', 'washes-linear', wash(), [d(1)], 'mse', nest(0.4, 0.99), tr(120, 1000));
add('oscillating-loss.momentum-0.99-lr-0.1-batch-450-tanh-takings', 'takings', tak(), [d(16, 'tanh'), d(1)], 'mse', mom(0.1, 0.99), tr(100, 450));
add('oscillating-loss.momentum-0.99-lr-3-full-batch-logistic-jam', 'jam-logistic', jam(), [d(1, 'sigmoid')], 'bce', mom(3, 0.99), tr(150, 1100));
add('oscillating-loss.adam-0.03-full-batch-relu-refill-decay', 'refill', refill(), [d(32, 'relu'), d(1)], 'mse', adam(0.03, { weightDecay: 1e-3 }), tr(150, 850));

add('oscillating-loss.momentum-0.995-lr-0.2-full-batch-linear-wash', 'washes-linear', wash(), [d(1)], 'mse', mom(0.2, 0.995), tr(150, 1000));
add('oscillating-loss.momentum-0.99-lr-1-batch-600-softmax-vend', 'vend-softmax', vend(), [d(5, 'softmax')], 'cce', mom(1, 0.99), tr(100, 600));

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'washes', wash(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'vend-product', vend(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss', 'refill-cost', refill(), [d(16, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.batch-size-zero', 'jam-flag', jam(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40, 0));
add('invalid-spec.dropout-rate-1', 'takings', tak(), [d(32, 'relu'), drop(1), d(1)], 'mse', adam(0.003), tr(60));
add('invalid-spec.units-string', 'washes', wash(), [d('16' as unknown as number, 'elu'), d(1)], 'mse', nest(0.01), tr(60));

add('data-error.na-temp-c', 'washes-na', wash({ csv: '../data/wash-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.machine-id-feature', 'vend-product', vend({ features: ['machine_id', ...VF] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('data-error.sale-ts-feature', 'vend-product', vend({ features: ['sale_ts', ...VF] }), [d(16, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('data-error.refill-cost-typo', 'refill-cost', refill({ target: 'refill_cost' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.takings-comma-path', 'takings', tak({ csv: '../data/takings.tsv' }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.site-id-feature-wash', 'washes', wash({ features: ['site_id', ...WF] }), [d(16, 'leaky_relu'), d(1)], 'mse', mom(0.01), tr(60));

add('shape-mismatch.vend-four-heads-no-fresh', 'vend-product', vend(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.washes-and-water-one-output', 'washes', wash({ target: ['washes', 'water_l'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.iris-one-sigmoid-cce', 'iris-demo', IRIS, [d(16, 'relu'), d(1, 'sigmoid')], 'cce', adam(0.01), tr(80, 16));
add('shape-mismatch.blobs4-three-heads', 'machine-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', rms(0.005), tr(60));
add('shape-mismatch.jam-two-softmax-bce', 'jam-flag', jam(), [d(16, 'relu'), d(2, 'softmax')], 'bce', adam(0.003), tr(40));

add('loss-activation-mismatch.softmax-head-mse-vend', 'vend-product', vend(), [d(32, 'relu'), d(5, 'softmax')], 'mse', adam(0.003), tr(50));
add('loss-activation-mismatch.tanh-head-bce-jam', 'jam-flag', jam(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-takings', 'takings', tak(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-raw-washes', 'washes', wash({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.linear-head-bce-coinbox', 'coinbox', INLINE_COINBOX, [d(8, 'elu'), d(1)], 'bce', sgd(0.05), tr(200, 4));

add('no-nonlinearity.circles-two-linear-adam', 'kiosk-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('no-nonlinearity.xor-linear-nesterov-batch-4', 'xor-coin', XOR, [d(16), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60, 4));
add('no-nonlinearity.sine-linear-dropout-rmsprop', 'sine-demand', SINE, [d(64), drop(0.1), d(64), d(1)], 'mse', rms(0.003), tr(100));
add('no-nonlinearity.spirals-linear-bn-adam', 'spirals', SPIRALS, [d(64, 'linear', { batchNorm: true }), d(64, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));

add('lr-out-of-range.adam-lr-3-vend', 'vend-product', vend(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(3), tr(50));
add('lr-out-of-range.nesterov-lr-1e-8-wash', 'washes', wash(), [d(32, 'tanh'), d(1)], 'mse', nest(1e-8), tr(60));
add('lr-out-of-range.rmsprop-lr-25-refill', 'refill-cost', refill(), [d(16, 'elu'), d(1)], 'mse', rms(25), tr(60));
add('lr-out-of-range.sgd-negative-takings', 'takings', tak(), [d(16, 'relu'), d(1)], 'mse', sgd(-0.01), tr(60));

// ---------------------------------------------------------------- probe faults
add('init-symmetry.constant-0.3-sigmoid-vend', 'vend-product', vend(), [d(32, 'sigmoid', { init: 'constant', value: 0.3 }), d(5, 'softmax', { init: 'constant', value: 0.3 })], 'cce', adam(0.003), tr(50));
add('init-symmetry.zeros-relu-momentum-wash', 'washes', wash(), [d(32, 'relu', { init: 'zeros' }), d(32, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.01), tr(60));
add('init-symmetry.zeros-tanh-rmsprop-moons', 'moons', MOONS, [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', rms(0.003), tr(100));
add('init-symmetry.constant-0.5-elu-takings', 'takings', tak(), [d(24, 'elu', init('constant', { value: 0.5 })), d(24, 'elu', init('constant', { value: 0.5 })), d(1)], 'mse', adam(0.003), tr(60));

add('init-scale.normal-std-4-sigmoid-jam', 'jam-flag', jam(), [d(64, 'sigmoid', init('normal', { std: 4 })), d(64, 'sigmoid', init('normal', { std: 4 })), d(1, 'sigmoid', init('normal', { std: 4 }))], 'bce', adam(0.003), tr(40));
add('init-scale.uniform-1e-5-four-relu-refill', 'refill-cost', refill(), [...tower(4, 32, 'relu', init('uniform', { limit: 1e-5 })), d(1, 'linear', init('uniform', { limit: 1e-5 }))], 'mse', mom(0.01), tr(60));
add('init-scale.normal-std-10-elu-takings', 'takings', tak(), [d(64, 'elu', { init: 'normal', std: 10 }), d(64, 'elu', { init: 'normal', std: 10 }), d(1, 'linear', { init: 'normal', std: 10 })], 'mse', rms(0.001), tr(60));
add('init-scale.constant-1-leaky-vend', 'vend-product', vend(), [d(64, 'leaky_relu', init('constant', { value: 1 })), d(64, 'leaky_relu', init('uniform', { limit: 6 })), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('init-scale.normal-1e-6-six-tanh-circles', 'circles', CIRCLES, [...tower(6, 32, 'tanh', init('normal', { std: 1e-6 })), d(1, 'sigmoid')], 'bce', nest(0.01), tr(100));

add('dead-relu.bias-minus-8-wide-vend', 'vend-product', vend(), [d(128, 'relu', { bias: -8 }), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('dead-relu.bias-minus-4-three-layer-wash', 'washes', wash(), [...tower(3, 32, 'relu', { bias: -4 }), d(1)], 'mse', nest(0.005), tr(60));
add('dead-relu.adam-1-batch-16-refill', 'refill-cost', refill(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', adam(1), tr(60, 16));
add('dead-relu.bias-minus-2-minmax-jam', 'jam-flag', jam({ normalize: 'minmax' }), [d(32, 'relu', { bias: -2 }), d(16, 'relu', { bias: -2 }), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('dead-relu.sgd-plain-1.5-batch-4-takings', 'takings', tak(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(1.5), tr(40, 4));

add('exploding-gradient.raw-takings-cents-target-adam', 'takings', tak({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('exploding-gradient.raw-features-water-l-momentum', 'washes', wash({ features: ['water_l', 'temp_c', 'price_usd'], normalize: 'none' }), [d(16, 'relu'), d(1)], 'mse', mom(1e-4), tr(60));
add('exploding-gradient.raw-coins-idle-jam-rmsprop', 'jam-flag', jam({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(40));
add('exploding-gradient.raw-refill-usd-nesterov', 'refill-cost', refill({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', nest(0.001), tr(60));
add('exploding-gradient.he-uniform-eight-relu-lr-0.1-sgd', 'takings', tak(), [...tower(8, 64, 'relu', init('normal', { std: 0.4 })), d(1)], 'mse', sgd(0.05), tr(40));

add('vanishing-gradient.nine-sigmoid-momentum-vend', 'vend-product', vend(), [...tower(9, 32, 'sigmoid'), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('vanishing-gradient.eight-sigmoid-rmsprop-xor', 'xor-coin', XOR, [...tower(8, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', rms(0.001), tr(80));
add('vanishing-gradient.ten-tanh-std-0.03-takings', 'takings', tak(), [...tower(10, 32, 'tanh', init('normal', { std: 0.03 })), d(1)], 'mse', adam(0.001), tr(60));
add('vanishing-gradient.seven-sigmoid-sgd-plain-wash', 'washes', wash(), [...tower(7, 32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60));

add('saturated-activation.tanh-raw-idle-minutes-takings', 'takings', tak({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-raw-pack-g-vend', 'vend-product', vend({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('saturated-activation.sigmoid-bias-8-jam', 'jam-flag', jam(), [d(32, 'sigmoid', { bias: 8 }), d(32, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('saturated-activation.tanh-raw-takings-cents-refill', 'refill-cost', refill({ features: ['takings_cents', 'items_refilled', 'route_km'], normalize: 'none' }), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', nest(0.005), tr(60));

// ---------------------------------------------------------------- training faults
add('nan-loss.sgd-plain-0.01-raw-takings-cents', 'takings', tak({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(40));
add('nan-loss.nesterov-lr-2-batch-1-wash', 'washes', wash(), [d(32, 'relu'), d(1)], 'mse', nest(2), tr(30, 1));
add('nan-loss.rmsprop-raw-refill-features-lr-0.5', 'refill-cost', refill({ features: ['takings_cents', ...RF], normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.001, 0.9), tr(40));
add('nan-loss.constant-3-deep-elu', 'washes', wash(), [...tower(6, 64, 'elu', init('constant', { value: 3 })), d(1)], 'mse', adam(0.001), tr(30));

add('lr-too-high.sgd-plain-0.8-batch-2-refill', 'refill-cost', refill(), [d(32, 'tanh'), d(1)], 'mse', sgd(0.8), tr(40, 2));
add('lr-too-high.rmsprop-0.05-batch-32-vend', 'vend-product', vend(), [d(64, 'relu'), d(5, 'softmax')], 'cce', rms(0.05), tr(50));
add('lr-too-high.momentum-0.5-batch-64-jam', 'jam-flag', jam(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.5), tr(40, 64));
add('lr-too-high.adam-0.3-batch-128-wash', 'washes', wash(), [d(64, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], 'mse', adam(0.3), tr(60, 128));
add('lr-too-high.nesterov-0.4-spirals-batch-8', 'spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.4), tr(60, 8));
add('lr-too-high.adam-0.1-iris-batch-4', 'iris-demo', IRIS, [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.1), tr(60, 4));

add('lr-too-high.rmsprop-0.3-batch-16-takings', 'takings', tak(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.3), tr(40, 16));
add('lr-too-high.sgd-plain-0.3-batch-1-wash', 'washes', wash(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.3), tr(20, 1));
add('lr-too-high.adam-0.05-batch-1-refill', 'refill-cost', refill(), [d(32, 'elu'), d(1)], 'mse', adam(0.05), tr(20, 1));
add('lr-too-high.momentum-0.5-batch-8-tanh-vend', 'vend-product', vend(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.5), tr(40, 8));
add('lr-too-high.nesterov-0.95-lr-0.2-moons-batch-4', 'moons', MOONS, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.2, 0.95), tr(60, 4));
add('lr-too-low.adam-3e-6-vend', 'vend-product', vend(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(3e-6), tr(50));
add('lr-too-low.sgd-plain-1e-5-full-batch-wash', 'washes', wash(), [d(32, 'tanh'), d(1)], 'mse', sgd(1e-5), tr(80, 1000));
add('lr-too-low.rmsprop-1e-6-takings', 'takings', tak(), [d(32, 'elu'), d(1)], 'mse', rms(1e-6), tr(60));
add('lr-too-low.nesterov-5e-6-moons', 'moons', MOONS, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(5e-6), tr(100, 16));
add('lr-too-low.momentum-2e-6-refill-batch-8', 'refill-cost', refill(), [d(32, 'leaky_relu'), d(1)], 'mse', mom(2e-6), tr(40, 8));

add('loss-plateau.coin-mech-serial-only-jam', 'jam-flag', jam({ features: ['coin_mech_serial'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.slot-serial-only-vend', 'vend-product', vend({ features: ['slot_serial', 'hour'] }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(50));
add('loss-plateau.weight-decay-5-momentum-wash', 'washes', wash(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-5-adam-takings', 'takings', tak(), [d(32, 'elu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1e-5 }), tr(60));
add('loss-plateau.dropout-0.95-refill', 'refill-cost', refill(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', adam(0.003), tr(60));

// ---------------------------------------------------------------- healthy candidates
add('ok.wash-adam-relu', 'washes', wash(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.wash-rmsprop-tanh-val', 'washes', wash(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.wash-nesterov-elu-batch-8', 'washes', wash(), [d(32, 'elu'), d(1)], 'mse', nest(0.005), tr(40, 8));
add('ok.wash-sgd-plain-leaky-batch-1', 'washes', wash({ normalize: 'minmax' }), [d(16, 'leaky_relu', { init: 'he_uniform' }), d(1)], 'mse', sgd(0.005), tr(20, 1));
add('ok.wash-adam-bn-dropout-full-batch', 'washes', wash(), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(1)], 'mse', adam(0.01), tr(300, 1000));
add('ok.vend-adam-relu', 'vend-product', vend(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.vend-momentum-tanh-xavier-normal', 'vend-product', vend(), [d(32, 'tanh', { init: 'xavier_normal' }), d(5, 'softmax')], 'cce', mom(0.02), tr(50));
add('ok.vend-rmsprop-elu-dropout', 'vend-product', vend(), [d(64, 'elu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.001), tr(50));
add('ok.vend-softmax-regression-sgd-plain-batch-16', 'vend-product', vend(), [d(5, 'softmax')], 'cce', sgd(0.1), tr(60, 16));
add('ok.vend-minmax-nesterov-sigmoid-decay', 'vend-product', vend({ normalize: 'minmax' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', nest(0.05, 0.9, { weightDecay: 1e-4 }), tr(80));
add('ok.jam-adam-relu', 'jam-flag', jam(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.jam-logistic-rmsprop', 'jam-flag', jam(), [d(1, 'sigmoid')], 'bce', rms(0.005), tr(60));
add('ok.jam-momentum-tanh-clip', 'jam-flag', jam(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9, { clipNorm: 1 }), tr(60, 64));
add('ok.refill-adam-relu', 'refill-cost', refill(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.refill-linear-sgd-full-batch', 'refill-cost', refill(), [d(1)], 'mse', sgd(0.1), tr(100, 850));
add('ok.refill-rmsprop-leaky-batch-128', 'refill-cost', refill(), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.003), tr(80, 128));
add('ok.refill-nesterov-tanh-lecun', 'refill-cost', refill(), [d(16, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', nest(0.01), tr(60));
add('ok.refill-minmax-target-adam-elu', 'refill-cost', refill({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.takings-adam-relu', 'takings', tak(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.takings-adam-deep-elu-bn', 'takings', tak(), [d(64, 'elu', { batchNorm: true }), d(32, 'elu', { batchNorm: true }), d(1)], 'mse', adam(0.002), tr(60, 64));
add('ok.takings-momentum-sigmoid', 'takings', tak(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05), tr(80));
add('ok.takings-rmsprop-tanh-batch-2', 'takings', tak(), [d(16, 'tanh'), d(1)], 'mse', rms(0.0005), tr(20, 2));
add('ok.takings-nesterov-leaky-he-normal-val', 'takings', tak(), [d(32, 'leaky_relu', { init: 'he_normal' }), d(1)], 'mse', nest(0.01), tr(60, 32, { validationSplit: 0.15 }));
add('ok.coinbox-inline-adam-tanh', 'coinbox', INLINE_COINBOX, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 8));
add('ok.coinbox-inline-logistic-momentum-batch-1', 'coinbox', INLINE_COINBOX, [d(1, 'sigmoid')], 'bce', mom(0.05), tr(200, 1));
add('ok.iris-adam-relu', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-plain-tanh-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.5), tr(300, 150));
add('ok.moons-rmsprop-relu', 'moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.moons-momentum-elu-batch-4', 'moons', MOONS, [d(16, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.02), tr(60, 4));
add('ok.circles-adam-tanh', 'circles', CIRCLES, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.circles-nesterov-relu-bn', 'circles', CIRCLES, [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100));
add('ok.spirals-adam-relu-deep', 'spirals', SPIRALS, [...tower(3, 64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-rmsprop-sigmoid', 'machine-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', rms(0.005), tr(60));
add('ok.blobs4-sgd-plain-leaky-xavier-uniform', 'machine-blobs', BLOBS4, [d(16, 'leaky_relu', { init: 'xavier_uniform' }), d(4, 'softmax')], 'cce', sgd(0.1), tr(60));
add('ok.sine-adam-tanh', 'sine-demand', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(300, 250));
add('ok.sine-rmsprop-elu-batch-16', 'sine-demand', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.003), tr(200, 16));
add('ok.xor-adam-relu-dropout', 'xor-coin', XOR, [d(32, 'relu'), drop(0.1), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('ok.xor-nesterov-tanh-xavier-normal', 'xor-coin', XOR, [d(16, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], 'bce', nest(0.05), tr(100));
add('ok.wash-water-gallons-adam-sigmoid', 'washes-water', wash({ features: ['water_gal', 'temp_c', 'weekend'] }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.005), tr(60));
add('ok.jam-adam-leaky-val-batch-256', 'jam-flag', jam(), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100, 256, { validationSplit: 0.2 }));
add('ok.wash-momentum-relu-he-uniform-batch-64', 'washes', wash(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu'), d(1)], 'mse', mom(0.01), tr(80, 64));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
