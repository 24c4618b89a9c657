/**
 * Writes every candidate spec of blind fault set 153 (vineyards and wineries) into candidates/:
 * `npx tsx test/faults-blind153/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 153, data, layers, loss, optimizer, training, ...extra };
}

const HF = ['harvest_doy', 'brix', 'ta_gl', 'ph', 'vine_age_y', 'rain_mm', 'vines_per_ha'];
const hv = (x: Json = {}): Json => ({ csv: '../data/harvest.csv', target: 'yield_kg', features: HF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const VF = ['brix', 'ta_gl', 'ph', 'berry_g', 'anthocyanin_mgl', 'cluster_g'];
const vr = (x: Json = {}): Json => ({ csv: '../data/variety.csv', target: 'variety', features: VF, normalize: 'standard', ...x });
const CF = ['supplier', 'tca_ngl', 'humidity_pct', 'cellar_c', 'bottle_age_y', 'cork_moisture_pct'];
const ck = (x: Json = {}): Json => ({ csv: '../data/cork.csv', target: 'cork_taint', features: CF, normalize: 'standard', ...x });
const PF = ['critic_score', 'age_y', 'cases_made', 'oak_months', 'alcohol_pct', 'estate'];
const pr = (x: Json = {}): Json => ({ csv: '../data/price.csv', target: 'price_eur', features: PF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const FF = ['ferment_c', 'start_brix', 'yan_mgl', 'yeast_ghl', 'volume_l'];
const fm = (x: Json = {}): Json => ({ csv: '../data/ferment.csv', target: 'ferment_days', features: FF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
// A cellar master's notebook: must Brix and days on skins -> the wine went into the reserve (1) or not (0).
const INLINE_RESERVE = {
  inline: {
    x: [[21.5, 5], [22, 8], [23, 12], [24, 15], [25, 20], [21, 18], [22.5, 3], [23.5, 9], [24.5, 14], [25.5, 25], [20.5, 6], [26, 22], [22, 20], [23, 4], [24, 10], [25, 7], [21, 10], [26.5, 16], [23.8, 18], [20, 2]],
    y: [0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0],
  },
  normalize: 'standard',
};
const FULL_H = 960, FULL_V = 1000, FULL_C = 1200, FULL_P = 880, FULL_F = 720;

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'harvest-yield', hv(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'grape-variety', vr(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.mae-loss-price', 'bottle-price', pr(), [d(32, 'relu'), d(1)], 'mae', rms(0.002), tr(60));
add('invalid-spec.units-zero-ferment', 'ferment-days', fm(), [d(0, 'relu'), d(1)], 'mse', mom(0.01), tr(40));
add('invalid-spec.epochs-string-cork', 'cork-taint', ck(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), { epochs: '100', batchSize: 32 });

add('data-error.na-ph-harvest', 'harvest-yield-na', hv({ csv: '../data/harvest-na.csv' }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.block-id-feature', 'harvest-yield', hv({ features: ['block_id', ...HF] }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.barrel-code-feature-cork', 'cork-taint', ck({ features: ['barrel_code', ...CF] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('data-error.tank-text-feature-ferment', 'ferment-days', fm({ features: ['tank', ...FF] }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.02), tr(60));
add('data-error.price-column-typo', 'bottle-price', pr({ target: 'price_usd' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.sample-ts-feature', 'harvest-yield', hv({ features: ['sample_ts', 'brix', 'ta_gl', 'rain_mm'] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(40));

add('shape-mismatch.variety-four-heads-no-petit-verdot', 'grape-variety', vr(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.days-and-hours-one-output', 'ferment-days', fm({ target: ['ferment_days', 'ferment_h'] }), [d(16, 'relu'), d(1)], 'mse', rms(0.002), tr(40));
add('shape-mismatch.iris-four-heads', 'iris-demo', IRIS, [d(16, 'elu'), d(4, 'softmax')], 'cce', nest(0.02), tr(60, 16));
add('shape-mismatch.cork-two-sigmoid-heads-bce', 'cork-taint', ck(), [d(16, 'relu'), d(2, 'sigmoid')], 'bce', adam(0.003), tr(40));

add('loss-activation-mismatch.variety-sigmoid-cce', 'grape-variety', vr(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(50));
add('loss-activation-mismatch.cork-tanh-head-bce', 'cork-taint', ck(), [d(16, 'relu'), d(1, 'tanh')], 'bce', rms(0.002), tr(40));
add('loss-activation-mismatch.relu-head-standardized-price', 'bottle-price', pr(), [d(32, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.softmax-one-unit-mse-ferment', 'ferment-days', fm(), [d(16, 'relu'), d(1, 'softmax')], 'mse', mom(0.01), tr(40));
add('loss-activation-mismatch.sigmoid-head-standardized-yield-full-batch', 'harvest-yield', hv(), [d(16, 'elu'), d(1, 'sigmoid')], 'mse', mom(0.1, 0.9), tr(300, FULL_H));

add('no-nonlinearity.circles-linear-nesterov-full-batch', 'row-circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', nest(0.1), tr(400, 300));
add('no-nonlinearity.xor-linear-rmsprop', 'two-block-xor', XOR, [d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(80));
add('no-nonlinearity.spirals-linear-dropout-adam', 'trellis-spirals', SPIRALS, [d(64), drop(0.1), d(64), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100, 16));
add('no-nonlinearity.moons-linear-sgd-batch-4', 'slope-moons', MOONS, [d(24, 'linear'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60, 4));

add('lr-out-of-range.sgd-lr-50-full-batch-ferment', 'ferment-days', fm(), [d(16, 'relu'), d(1)], 'mse', sgd(50), tr(50, FULL_F));
add('lr-out-of-range.adam-1e-10-variety', 'grape-variety', vr(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(1e-10), tr(50));
add('lr-out-of-range.rmsprop-lr-3-cork', 'cork-taint', ck(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(3), tr(30));
add('lr-out-of-range.nesterov-lr-20-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', nest(20), tr(30, 16));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-momentum-full-batch-harvest', 'harvest-yield', hv(), [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', mom(0.05), tr(300, FULL_H));
add('init-symmetry.constant-0.3-tanh-variety', 'grape-variety', vr(), [d(32, 'tanh', init('constant', { value: 0.3 })), d(5, 'softmax', init('constant', { value: 0.3 }))], 'cce', rms(0.002), tr(50));
add('init-symmetry.zeros-sigmoid-spirals-adam', 'trellis-spirals', SPIRALS, [d(32, 'sigmoid', { init: 'zeros' }), d(32, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.01), tr(100));
add('init-symmetry.constant-0.5-elu-moons-nesterov', 'slope-moons', MOONS, [d(16, 'elu', init('constant', { value: 0.5 })), d(16, 'elu', init('constant', { value: 0.5 })), d(1, 'sigmoid', init('constant', { value: 0.5 }))], 'bce', nest(0.05), tr(100, 16));

add('init-scale.normal-std-4-sigmoid-variety', 'grape-variety', vr(), [d(64, 'sigmoid', init('normal', { std: 4 })), d(64, 'sigmoid', init('normal', { std: 4 })), d(5, 'softmax', init('normal', { std: 4 }))], 'cce', adam(0.001), tr(40));
add('init-scale.uniform-6-elu-ferment', 'ferment-days', fm(), [d(64, 'elu', init('uniform', { limit: 6 })), d(64, 'elu', init('uniform', { limit: 6 })), d(1, 'linear', init('uniform', { limit: 6 }))], 'mse', mom(0.001), tr(40));
add('init-scale.normal-1e-5-six-relu-price', 'bottle-price', pr(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', adam(0.001), tr(60));
add('init-scale.normal-std-2-relu-cork-full-batch', 'cork-taint', ck(), [...tower(3, 64, 'relu', init('normal', { std: 2 })), d(1, 'sigmoid', init('normal', { std: 2 }))], 'bce', nest(0.001), tr(100, FULL_C));
add('init-scale.uniform-1e-4-tanh-xor', 'two-block-xor', XOR, [...tower(5, 24, 'tanh', init('uniform', { limit: 0.0001 })), d(1, 'sigmoid', init('uniform', { limit: 0.0001 }))], 'bce', sgd(0.1), tr(100, 16));

add('dead-relu.bias-minus-8-harvest-nesterov', 'harvest-yield', hv(), [d(64, 'relu', { bias: -8 }), d(32, 'relu', { bias: -8 }), d(1)], 'mse', nest(0.01), tr(60));
add('dead-relu.sgd-lr-1.5-batch-2-price', 'bottle-price', pr(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', sgd(1.5), tr(5, 2));
add('dead-relu.bias-minus-4-four-layer-moons-rmsprop', 'slope-moons', MOONS, [...tower(4, 16, 'relu', { bias: -4 }), d(1, 'sigmoid')], 'bce', rms(0.003), tr(80));
add('dead-relu.adam-0.5-batch-4-variety', 'grape-variety', vr(), [d(64, 'relu'), d(64, 'relu'), d(5, 'softmax')], 'cce', adam(0.5), tr(10, 4));
add('dead-relu.bias-minus-6-full-batch-momentum-ferment', 'ferment-days', fm(), [d(48, 'relu', { bias: -6 }), d(1)], 'mse', mom(0.1), tr(300, FULL_F));

add('exploding-gradient.raw-yield-kg-target-adam', 'harvest-yield-raw-target', hv({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));
add('exploding-gradient.raw-cases-made-price-momentum', 'bottle-price-raw-features', pr({ normalize: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.0001), tr(30));
add('exploding-gradient.raw-anthocyanin-variety-sgd', 'grape-variety-raw', vr({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.01), tr(30));
add('exploding-gradient.ten-elu-std-0.8-ferment', 'ferment-days', fm(), [...tower(10, 32, 'elu', init('normal', { std: 0.8 })), d(1)], 'mse', rms(0.0001), tr(30));
add('exploding-gradient.raw-hours-target-full-batch-nesterov', 'ferment-hours-raw', fm({ target: 'ferment_h', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(0.00001), tr(100, FULL_F));

add('vanishing-gradient.eight-sigmoid-momentum-full-batch-cork', 'cork-taint', ck(), [...tower(8, 32, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(300, FULL_C));
add('vanishing-gradient.nine-tanh-std-0.03-price', 'bottle-price', pr(), [...tower(9, 32, 'tanh', init('normal', { std: 0.03 })), d(1)], 'mse', adam(0.001), tr(60));
add('vanishing-gradient.ten-sigmoid-circles-sgd', 'row-circles', CIRCLES, [...tower(10, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(100, 16));
add('vanishing-gradient.seven-sigmoid-lecun-variety', 'grape-variety', vr(), [...tower(7, 32, 'sigmoid', { init: 'lecun_normal' }), d(5, 'softmax')], 'cce', nest(0.01), tr(50));

add('nan-loss.raw-yield-target-sgd-full-batch', 'harvest-yield-raw-target', hv({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.01), tr(50, FULL_H));
add('nan-loss.momentum-0.95-lr-2-ferment', 'ferment-days', fm(), [d(32, 'tanh'), d(1)], 'mse', mom(2, 0.95), tr(20));
add('nan-loss.raw-cases-nesterov-batch-1', 'bottle-price-raw', pr({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', nest(0.001), tr(3, 1));
add('nan-loss.constant-1.5-linear-deep-harvest', 'harvest-yield', hv(), [...tower(5, 48, 'linear', init('constant', { value: 1.5 })), d(1)], 'mse', sgd(0.01), tr(20));
add('nan-loss.rmsprop-1-sine-batch-2', 'day-length-sine', SINE, [d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', rms(1), tr(10, 2));

add('saturated-activation.sigmoid-raw-anthocyanin-variety', 'grape-variety-raw', vr({ normalize: 'none' }), [d(32, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.tanh-raw-vines-per-ha-harvest', 'harvest-yield-raw-features', hv({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.tanh-bias-5-cork-momentum', 'cork-taint', ck(), [d(32, 'tanh', { bias: 5 }), d(32, 'tanh', { bias: 5 }), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));
add('saturated-activation.sigmoid-raw-volume-ferment-full-batch', 'ferment-days-raw-features', fm({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', nest(0.05), tr(300, FULL_F));
add('saturated-activation.tanh-normal-std-3-price', 'bottle-price', pr(), [d(64, 'tanh', init('normal', { std: 3 })), d(1)], 'mse', adam(0.002), tr(60));

add('lr-too-high.sgd-plain-lr-1.2-full-batch-harvest', 'harvest-yield', hv(), [d(32, 'tanh'), d(1)], 'mse', sgd(1.2), tr(300, FULL_H));
add('lr-too-high.adam-0.3-batch-16-cork', 'cork-taint', ck(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.3), tr(30, 16));
add('lr-too-high.rmsprop-0.05-batch-8-price', 'bottle-price', pr(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(30, 8));
add('lr-too-high.nesterov-0.5-batch-4-variety', 'grape-variety', vr(), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.5), tr(20, 4));
add('lr-too-high.momentum-0.99-lr-0.3-full-batch-ferment', 'ferment-days', fm(), [d(16, 'tanh'), d(1)], 'mse', mom(0.3, 0.99), tr(300, FULL_F));
add('lr-too-high.sgd-0.8-batch-1-iris', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.8), tr(15, 1));

add('lr-too-low.sgd-plain-1e-5-full-batch-price-long', 'bottle-price', pr(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(400, FULL_P));
add('lr-too-low.momentum-3e-6-full-batch-variety', 'grape-variety', vr(), [d(32, 'elu'), d(5, 'softmax')], 'cce', mom(0.000003), tr(300, FULL_V));
add('lr-too-low.adam-2e-6-ferment', 'ferment-days', fm(), [d(32, 'tanh'), d(1)], 'mse', adam(0.000002), tr(60));
add('lr-too-low.rmsprop-1e-6-cork-batch-64', 'cork-taint', ck(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.000001), tr(40, 64));
add('lr-too-low.nesterov-1e-5-spirals', 'trellis-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.00001), tr(100, 16));

add('oscillating-loss.sgd-plain-lr-0.9-full-batch-linear-harvest', 'harvest-yield', hv({ features: ['brix', 'sugar_gl', 'ta_gl', 'rain_mm', 'vines_per_ha'] }), [d(1)], 'mse', sgd(0.9), tr(300, FULL_H));
add('oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-price', 'bottle-price', pr(), [d(1)], 'mse', mom(0.3, 0.95), tr(300, FULL_P));
add('oscillating-loss.nesterov-0.98-lr-0.2-full-batch-ferment', 'ferment-days', fm(), [d(8, 'tanh'), d(1)], 'mse', nest(0.2, 0.98), tr(300, FULL_F));
add('oscillating-loss.rmsprop-0.02-full-batch-cork', 'cork-taint', ck(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.02), tr(200, FULL_C));
add('oscillating-loss.adam-0.05-batch-64-variety', 'grape-variety', vr(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.05), tr(80, 64));
add('oscillating-loss.momentum-0.9-lr-3-logistic-reserve', 'reserve-wines', INLINE_RESERVE, [d(1, 'sigmoid')], 'bce', mom(3, 0.9), tr(200, 20));
add('oscillating-loss.sgd-plain-lr-1-brix-and-sugar-full-batch', 'harvest-yield', hv({ features: ['brix', 'sugar_gl'], normalize: 'minmax' }), [d(1)], 'mse', sgd(1.9), tr(300, FULL_H));
add('oscillating-loss.momentum-0.97-lr-0.5-sine-full-batch', 'day-length-sine', SINE, [d(16, 'tanh'), d(1)], 'mse', mom(0.5, 0.97), tr(300, 250));

add('oscillating-loss.momentum-0.995-lr-0.02-full-batch-linear-ferment', 'ferment-days', fm(), [d(1)], 'mse', mom(0.02, 0.995), tr(300, FULL_F));
add('oscillating-loss.nesterov-0.995-lr-0.03-full-batch-linear-price', 'bottle-price', pr(), [d(1)], 'mse', nest(0.03, 0.995), tr(300, FULL_P));
add('oscillating-loss.momentum-0.99-lr-0.01-full-batch-tanh-harvest', 'harvest-yield', hv(), [d(8, 'tanh'), d(1)], 'mse', mom(0.01, 0.99), tr(400, FULL_H));
add('oscillating-loss.sgd-plain-lr-0.2-batch-1-linear-ferment', 'ferment-days', fm(), [d(1)], 'mse', sgd(0.2), tr(20, 1));
add('oscillating-loss.adam-0.1-batch-1-linear-price', 'bottle-price', pr(), [d(1)], 'mse', adam(0.1), tr(10, 1));
add('oscillating-loss.momentum-0.995-lr-0.1-full-batch-logistic-cork', 'cork-taint', ck(), [d(1, 'sigmoid')], 'bce', mom(0.1, 0.995), tr(300, FULL_C));
add('oscillating-loss.momentum-0.995-lr-0.05-full-batch-iris', 'iris-demo', IRIS, [d(3, 'softmax')], 'cce', mom(0.05, 0.995), tr(300, 150));
add('oscillating-loss.rmsprop-0.05-batch-2-linear-harvest', 'harvest-yield', hv(), [d(1)], 'mse', rms(0.05), tr(15, 2));
add('loss-plateau.press-no-only-variety', 'grape-variety', vr({ features: ['press_no'] }), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('loss-plateau.barrel-no-only-cork', 'cork-taint', ck({ features: ['barrel_no'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.weight-decay-2-nesterov-full-batch-price', 'bottle-price', pr(), [d(32, 'relu'), d(1)], 'mse', nest(0.05, 0.9, { weightDecay: 2 }), tr(300, FULL_P));
add('loss-plateau.clipnorm-1e-7-adam-harvest', 'harvest-yield', hv(), [d(32, 'elu'), d(1)], 'mse', adam(0.003, { clipNorm: 1e-7 }), tr(60));
add('loss-plateau.dropout-0.95-ferment', 'ferment-days', fm(), [d(32, 'relu'), drop(0.95), d(1)], 'mse', mom(0.01), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.harvest-adam-relu', 'harvest-yield', hv(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.harvest-sgd-plain-full-batch-long', 'harvest-yield', hv(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.1), tr(500, FULL_H));
add('ok.harvest-nesterov-full-batch-elu', 'harvest-yield', hv(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', nest(0.05), tr(300, FULL_H));
add('ok.harvest-rmsprop-bn-val', 'harvest-yield', hv(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', rms(0.002), tr(60, 32, { validationSplit: 0.2 }));
add('ok.harvest-minmax-momentum-batch-8', 'harvest-yield', hv({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(1)], 'mse', mom(0.02), tr(60, 8));
add('ok.variety-adam-relu-dropout', 'grape-variety', vr(), [d(64, 'relu'), drop(0.2), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('ok.variety-momentum-full-batch-tanh-long', 'grape-variety', vr(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.3), tr(400, FULL_V));
add('ok.variety-sgd-plain-batch-1', 'grape-variety', vr(), [d(16, 'elu'), d(5, 'softmax')], 'cce', sgd(0.01), tr(10, 1));
add('ok.variety-rmsprop-bn-weight-decay', 'grape-variety', vr(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(5, 'softmax')], 'cce', rms(0.002, { weightDecay: 0.0001 }), tr(40));
add('ok.variety-nesterov-full-batch-relu', 'grape-variety', vr(), [d(32, 'relu'), d(5, 'softmax')], 'cce', nest(0.5), tr(300, FULL_V));
add('ok.cork-adam-tanh', 'cork-taint', ck(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('ok.cork-nesterov-full-batch-long', 'cork-taint', ck(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.5), tr(400, FULL_C));
add('ok.cork-rmsprop-val-dropout', 'cork-taint', ck(), [d(32, 'elu'), drop(0.1), d(1, 'sigmoid')], 'bce', rms(0.001), tr(40, 32, { validationSplit: 0.2 }));
add('ok.cork-sgd-plain-full-batch-logistic', 'cork-taint', ck(), [d(1, 'sigmoid')], 'bce', sgd(1), tr(400, FULL_C));
add('ok.price-adam-elu', 'bottle-price', pr(), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.price-momentum-full-batch-tanh', 'bottle-price', pr(), [d(32, 'tanh'), d(1)], 'mse', mom(0.1), tr(300, FULL_P));
add('ok.price-sgd-plain-full-batch-linear', 'bottle-price', pr(), [d(1)], 'mse', sgd(0.3), tr(300, FULL_P));
add('ok.price-rmsprop-leaky-clipnorm', 'bottle-price', pr(), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.001, { clipNorm: 1 }), tr(60, 16));
add('ok.price-nesterov-batch-4', 'bottle-price', pr(), [d(16, 'relu'), d(1)], 'mse', nest(0.005), tr(30, 4));
add('ok.ferment-adam-relu-bn', 'ferment-days', fm(), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.003), tr(60));
add('ok.ferment-sgd-plain-full-batch-linear-long', 'ferment-days', fm(), [d(1)], 'mse', sgd(0.5), tr(400, FULL_F));
add('ok.ferment-nesterov-0.95-full-batch', 'ferment-days', fm(), [d(16, 'elu'), d(1)], 'mse', nest(0.05, 0.95), tr(300, FULL_F));
add('ok.ferment-momentum-sigmoid-batch-16', 'ferment-days', fm(), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.05), tr(60, 16));
add('ok.ferment-rmsprop-minmax', 'ferment-days', fm({ normalize: 'minmax' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.003), tr(60));
add('ok.moons-adam-relu', 'slope-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(100));
add('ok.moons-momentum-full-batch-tanh-long', 'slope-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.5), tr(600, 300));
add('ok.circles-rmsprop-elu', 'row-circles', CIRCLES, [d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('ok.circles-nesterov-full-batch-relu', 'row-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.3), tr(500, 300));
add('ok.spirals-adam-tanh-deep', 'trellis-spirals', SPIRALS, [d(64, 'tanh'), d(64, 'tanh'), d(32, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(200, 16));
add('ok.xor-sgd-plain-batch-8', 'two-block-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(0.3), tr(100, 8));
add('ok.xor-sgd-plain-full-batch-starts-wild', 'two-block-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(4), tr(400, 300));
add('ok.blobs4-nesterov-leaky', 'vineyard-blobs', BLOBS4, [d(16, 'leaky_relu'), d(4, 'softmax')], 'cce', nest(0.05), tr(60, 16));
add('ok.iris-adam-elu', 'iris-demo', IRIS, [d(16, 'elu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-momentum-full-batch', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', mom(0.1), tr(400, 150));
add('ok.sine-adam-tanh', 'day-length-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(200, 16));
add('ok.sine-rmsprop-relu-val', 'day-length-sine', SINE, [d(64, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.003), tr(200, 16, { validationSplit: 0.2 }));
add('ok.reserve-inline-adam', 'reserve-wines', INLINE_RESERVE, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 4));
add('ok.reserve-inline-sgd-full-batch', 'reserve-wines', INLINE_RESERVE, [d(1, 'sigmoid')], 'bce', sgd(0.5), tr(500, 20));
add('ok.harvest-momentum-full-batch-starts-wild', 'harvest-yield', hv(), [d(1)], 'mse', mom(0.2, 0.9), tr(300, FULL_H));
add('ok.cork-momentum-batch-128-deep', 'cork-taint', ck(), [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(60, 128));
add('ok.price-adam-sigmoid-no-shuffle', 'bottle-price', pr(), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.005), tr(80, 32, { shuffle: false }));
add('ok.variety-adam-leaky-deep-val', 'grape-variety', vr(), [d(64, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(5, 'softmax')], 'cce', adam(0.002), tr(40, 32, { validationSplit: 0.15 }));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) {
  fs.writeFileSync(path.join(OUT, file + '.nn.json'), JSON.stringify(spec, null, 2) + '\n');
}
console.log(Object.keys(specs).length, 'candidates');
