/**
 * Writes every candidate spec of blind fault set 105 (greenhouses and plant nurseries) into candidates/:
 * `npx tsx test/faults-blind105/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 105, data, layers, loss, optimizer, training, ...extra };
}
const tower = (n: number, units: number, act: string, extra: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, extra));
const init = (name: string, p: Json = {}): Json => ({ init: name, ...p });

const CLI = ['air_temp_c', 'soil_temp_c', 'rh_pct', 'co2_ppm', 'lux', 'dli_mol', 'irrigation_l'];
const growth = (x: Json = {}): Json => ({ csv: '../data/climate.csv', target: 'stem_growth_mm', features: CLI, normalize: 'standard', normalizeTarget: 'standard', ...x });
const TRA = ['cells', 'soil_temp_c', 'moisture_pct', 'seed_lot_age_days', 'depth_mm', 'heat_mat'];
const germ = (x: Json = {}): Json => ({ csv: '../data/trays.csv', target: 'days_to_germination', features: TRA, normalize: 'standard', normalizeTarget: 'standard', ...x });
const BLI = ['hours_rh_over_90', 'leaf_wet_hours', 'mean_temp_c', 'vent_opening_pct', 'days_since_spray', 'plants_per_m2'];
const blight = (x: Json = {}): Json => ({ csv: '../data/blight.csv', target: 'blight_outbreak', features: BLI, normalize: 'standard', ...x });
const SEE = ['leaf_length_mm', 'leaf_width_mm', 'stem_diam_mm', 'height_cm', 'seed_weight_mg', 'days_to_germination'];
const family = (x: Json = {}): Json => ({ csv: '../data/seedlings.csv', target: 'family', features: SEE, normalize: 'standard', ...x });
const FAM1H = ['is_solanaceae', 'is_brassicaceae', 'is_cucurbitaceae', 'is_lamiaceae', 'is_asteraceae'];
const WHO = ['trays', 'pot_cm', 'distance_km', 'repeat_customer', 'garden_centre', 'lead_days'];
const orders = (x: Json = {}): Json => ({ csv: '../data/wholesale.csv', target: 'order_eur', features: WHO, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });

const MOONS = { builtin: 'moons', samples: 300, noise: 0.2 };
const CIRCLES = { builtin: 'circles', samples: 500, noise: 0.05 };
const SPIRALS2 = { builtin: 'spirals', samples: 400, noise: 0.05 };
const BLOBS3 = { builtin: 'blobs', samples: 300, classes: 3, noise: 0.2 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.1 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A grower's pilot: misting minutes from leaf temperature and vapour pressure deficit (kPa).
const INLINE_MIST = {
  inline: {
    x: [[24, 0.6], [26, 0.9], [28, 1.2], [30, 1.5], [32, 1.9], [25, 1.4], [27, 0.5], [29, 1.8], [31, 0.8], [23, 1.1], [33, 1.3], [28, 0.7], [26, 1.6], [30, 1.0], [24, 1.7], [32, 0.6]],
    y: [2, 4, 6, 9, 13, 6, 3, 11, 7, 4, 11, 4, 7, 7, 6, 8],
  },
  normalize: 'standard',
  normalizeTarget: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.swish-activation', 'stem-growth', growth(), [d(32, 'swish'), d(1)], 'mse', adam(0.003), tr(80));
add('invalid-spec.adagrad-optimizer', 'germination-days', germ(), [d(32, 'relu'), d(1)], 'mse', { type: 'adagrad', lr: 0.01 }, tr(80));
add('invalid-spec.keras-bce-loss-name', 'blight-flag', blight(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), tr(60));
add('invalid-spec.kaiming-init-name', 'plant-family', family(), [d(32, 'relu', { init: 'kaiming_normal' }), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('invalid-spec.batchnorm-as-layer', 'order-value', orders(), [d(32, 'relu'), { type: 'batchnorm' }, d(1)], 'mse', adam(0.003), tr(60));

add('data-error.na-humidity-logger', 'stem-growth-logger', growth({ csv: '../data/climate-na.csv' }), [d(32, 'tanh'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.compartment-id-feature', 'stem-growth', growth({ features: ['compartment', ...CLI] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.target-capitalised', 'blight-flag', blight({ target: 'Blight_Outbreak' }), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60));
add('data-error.onehot-double-marked', 'plant-family-onehot', { csv: '../data/seedlings-onehot.csv', target: FAM1H, features: SEE, normalize: 'standard' }, [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('data-error.path-missing-dotdot', 'germination-days', germ({ csv: 'data/trays.csv' }), [d(24, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.sowing-date-feature', 'germination-days', germ({ features: ['sowing_date', ...TRA] }), [d(24, 'elu'), d(1)], 'mse', mom(0.01), tr(60));

add('shape-mismatch.iris-two-unit-head', 'seed-lot-iris', IRIS, [d(16, 'relu'), d(2, 'softmax')], 'cce', adam(0.01), tr(80, 16));
add('shape-mismatch.germination-three-outputs', 'germination-days', germ(), [d(24, 'relu'), d(3)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.family-six-heads', 'plant-family', family(), [d(32, 'tanh'), d(6, 'softmax')], 'cce', rms(0.002), tr(60));
add('shape-mismatch.onehot-family-one-sigmoid', 'plant-family-onehot', { csv: '../data/seedlings.csv', target: 'family', features: SEE, normalize: 'standard' }, [d(32, 'relu'), d(1, 'sigmoid')], 'cce', adam(0.003), tr(60));

add('loss-activation-mismatch.relu-head-standardized-growth', 'stem-growth', growth(), [d(32, 'tanh'), d(16, 'tanh'), d(1, 'relu')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.sigmoid-heads-cce-family', 'plant-family', family(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(60));
add('loss-activation-mismatch.linear-head-bce-blight', 'blight-flag', blight(), [d(16, 'relu'), d(1)], 'bce', rms(0.002), tr(60));
add('loss-activation-mismatch.tanh-head-standardized-orders', 'order-value', orders(), [d(32, 'relu'), d(1, 'tanh')], 'mse', nest(0.01), tr(60));
add('loss-activation-mismatch.softmax-regression-germination', 'germination-days', germ(), [d(24, 'elu'), d(1, 'softmax')], 'mse', adam(0.003), tr(60));

add('no-nonlinearity.moons-momentum-linear', 'bench-moons', MOONS, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(150));
add('no-nonlinearity.growth-optimum-linear-rmsprop', 'stem-growth', growth(), [d(48), d(24), d(1)], 'mse', rms(0.002), tr(100));
add('no-nonlinearity.circles-linear-dropout', 'pot-rings', CIRCLES, [d(32, 'linear'), drop(0.2), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.sine-linear-elu-head', 'daylength-sine', SINE, [d(32), d(32), d(1)], 'mse', adam(0.01), tr(200));

add('lr-out-of-range.nesterov-10', 'germination-days', germ(), [d(24, 'tanh'), d(1)], 'mse', nest(10), tr(40));
add('lr-out-of-range.rmsprop-1e-9', 'plant-family', family(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(1e-9), tr(60));
add('lr-out-of-range.adam-3', 'blight-flag', blight(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(3), tr(40));
add('lr-out-of-range.sgd-zero', 'order-value', orders(), [d(32, 'relu'), d(1)], 'mse', sgd(0), tr(40));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.constant-0.1-relu-rmsprop-growth', 'stem-growth', growth(), [d(32, 'relu', init('constant', { value: 0.1 })), d(16, 'relu', init('constant', { value: 0.1 })), d(1, 'linear', init('constant', { value: 0.1 }))], 'mse', rms(0.002), tr(80));
add('init-symmetry.zeros-tanh-nesterov-germination', 'germination-days', germ(), [d(32, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', nest(0.02), tr(80));
add('init-symmetry.constant-0.5-sigmoid-family', 'plant-family', family(), [d(24, 'sigmoid', init('constant', { value: 0.5 })), d(5, 'softmax', init('constant', { value: 0.5 }))], 'cce', adam(0.005), tr(80));
add('init-symmetry.zeros-elu-bn-spirals', 'tendril-spirals', SPIRALS2, [d(32, 'elu', { init: 'zeros', batchNorm: true }), d(32, 'elu', { init: 'zeros', batchNorm: true }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.01), tr(150));

add('init-scale.normal-std-4-tanh-orders', 'order-value', orders(), [d(64, 'tanh', init('normal', { std: 4 })), d(64, 'tanh', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-limit-2-deep-relu-germination', 'germination-days', germ(), [...tower(5, 64, 'relu', init('uniform', { limit: 2 })), d(1, 'linear', init('uniform', { limit: 2 }))], 'mse', mom(0.001), tr(40));
add('init-scale.normal-1e-4-deep-relu-family', 'plant-family', family(), [...tower(6, 32, 'relu', init('normal', { std: 0.0001 })), d(5, 'softmax', init('normal', { std: 0.0001 }))], 'cce', sgd(0.05), tr(60));
add('init-scale.uniform-limit-5-elu-growth', 'stem-growth', growth(), [d(128, 'elu', init('uniform', { limit: 5 })), d(1, 'linear', init('uniform', { limit: 5 }))], 'mse', sgd(0.001), tr(60, 16));

add('dead-relu.bias-minus-3-growth', 'stem-growth', growth(), [d(32, 'relu', { bias: -3 }), d(16, 'relu', { bias: -3 }), d(1)], 'mse', adam(0.003), tr(80));
add('dead-relu.raw-lux-adam-0.05', 'stem-growth-raw', growth({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.05), tr(40));
add('dead-relu.momentum-0.3-batch-4-family', 'plant-family', family(), [d(32, 'relu'), d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.3), tr(30, 4));
add('dead-relu.minmax-bias-minus-1-germination', 'germination-days', germ({ normalize: 'minmax' }), [d(24, 'relu', { bias: -1.2 }), d(1)], 'mse', rms(0.002), tr(80));
add('dead-relu.he-uniform-bias-minus-2-blight', 'blight-flag', blight(), [d(16, 'relu', { init: 'he_uniform', bias: -2.5 }), d(16, 'relu', { init: 'he_uniform', bias: -2.5 }), d(1, 'sigmoid')], 'bce', nest(0.01), tr(60));

add('exploding-gradient.raw-euro-target-momentum', 'order-value-raw-target', orders({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(1e-5), tr(40));
add('exploding-gradient.logged-ts-feature', 'stem-growth-ts', growth({ features: ['logged_ts', ...CLI], normalize: 'none' }), [d(24, 'leaky_relu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.raw-seed-age-sgd', 'germination-raw', germ({ normalize: 'none', normalizeTarget: 'none' }), [d(24, 'relu'), d(1)], 'mse', sgd(1e-6), tr(40));
add('exploding-gradient.twelve-relu-uniform-0.5', 'stem-growth', growth(), [...tower(12, 32, 'relu', init('uniform', { limit: 0.5 })), d(1)], 'mse', sgd(0.0001), tr(30));

add('vanishing-gradient.ten-sigmoid-adam-germination', 'germination-days', germ(), [...tower(10, 32, 'sigmoid'), d(1)], 'mse', adam(0.0005), tr(60));
add('vanishing-gradient.eight-sigmoid-rmsprop-family', 'plant-family', family(), [...tower(8, 24, 'sigmoid'), d(5, 'softmax')], 'cce', rms(0.0005), tr(60));
add('vanishing-gradient.sigmoid-moons-sgd', 'bench-moons', MOONS, [...tower(7, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150));
add('vanishing-gradient.tanh-xavier-12-orders', 'order-value', orders(), [...tower(12, 16, 'tanh', init('normal', { std: 0.05 })), d(1)], 'mse', mom(0.005), tr(60));

add('nan-loss.raw-euro-target-adam-batch-4', 'order-value-raw', orders({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', sgd(0.01), tr(20, 4));
add('nan-loss.raw-lux-sgd-0.01', 'stem-growth-raw', growth({ normalize: 'none', normalizeTarget: 'none' }), [d(24, 'tanh'), d(1)], 'mse', sgd(0.01), tr(30));
add('nan-loss.momentum-batch-1-germination', 'germination-days', germ(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', mom(0.4), tr(20, 1));
add('nan-loss.leaky-raw-ts-blight', 'blight-flag-raw', blight({ normalize: 'none' }), [d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], 'bce', mom(0.05), tr(30));

add('saturated-activation.tanh-raw-lux', 'stem-growth-raw-lux', growth({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-bias-6-family', 'plant-family', family(), [d(32, 'sigmoid', { bias: 6 }), d(5, 'softmax')], 'cce', nest(0.01), tr(60));
add('saturated-activation.sigmoid-raw-seed-age', 'germination-raw-features', germ({ normalize: 'none' }), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(1)], 'mse', rms(0.001), tr(60));
add('saturated-activation.tanh-normal-std-5-blight', 'blight-flag', blight(), [d(32, 'tanh', init('normal', { std: 5 })), d(1, 'sigmoid')], 'bce', adam(0.002), tr(60));

add('lr-too-high.adam-0.05-batch-1-growth', 'stem-growth', growth(), [d(32, 'relu'), d(1)], 'mse', adam(0.05), tr(15, 1));
add('lr-too-high.sgd-plain-1.5-batch-8-family', 'plant-family', family(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(1.5), tr(40, 8));
add('lr-too-high.rmsprop-0.05-batch-8-germination', 'germination-days', germ(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', rms(0.05), tr(40, 8));
add('lr-too-high.nesterov-0.4-batch-16-orders', 'order-value', orders(), [d(32, 'leaky_relu'), d(1)], 'mse', nest(0.4), tr(40, 16));
add('lr-too-high.momentum-0.8-moons-batch-4', 'bench-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.8), tr(60, 4));
add('lr-too-high.adam-0.1-iris-batch-2', 'seed-lot-iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.1), tr(40, 2));

add('lr-too-low.sgd-plain-1e-4-family', 'plant-family', family(), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.0001), tr(60));
add('lr-too-low.adam-2e-6-growth', 'stem-growth', growth(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.000002), tr(60));
add('lr-too-low.rmsprop-1e-6-orders', 'order-value', orders(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.nesterov-5e-5-germination', 'germination-days', germ(), [d(24, 'tanh'), d(1)], 'mse', nest(0.00005), tr(60));
add('lr-too-low.sgd-0.001-full-batch-iris', 'seed-lot-iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', sgd(0.001), tr(150, 150));

add('oscillating-loss.adam-0.06-full-batch-growth', 'stem-growth', growth(), [d(32, 'relu'), d(1)], 'mse', adam(0.06), tr(100, 900));
add('oscillating-loss.sgd-plain-1.9-full-batch-linear-germination', 'germination-days', germ(), [d(1)], 'mse', sgd(1.9), tr(80, 640));
add('oscillating-loss.momentum-0.99-full-batch-orders', 'order-value', orders(), [d(32, 'tanh'), d(1)], 'mse', mom(0.05, 0.99), tr(120, 700));
add('oscillating-loss.rmsprop-0.02-full-batch-family', 'plant-family', family(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(0.02), tr(100, 760));
add('oscillating-loss.nesterov-0.95-batch-256-growth', 'stem-growth', growth(), [d(32, 'tanh'), d(1)], 'mse', nest(0.3, 0.95), tr(80, 256));
add('oscillating-loss.sgd-plain-1.0-full-batch-mist', 'misting-minutes', INLINE_MIST, [d(8, 'tanh'), d(1)], 'mse', sgd(1.0), tr(200, 16));

add('loss-plateau.cells-only-germination', 'germination-days', germ({ features: ['cells'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('loss-plateau.weight-decay-0.5-adam-growth', 'stem-growth', growth(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.5 }), tr(60));
add('loss-plateau.input-dropout-0.9-family', 'plant-family', family(), [drop(0.9), d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('loss-plateau.bench-density-only-blight', 'blight-flag', blight({ features: ['plants_per_m2'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('loss-plateau.clipnorm-1e-4-sgd-orders', 'order-value', orders(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { clipNorm: 0.0001 }), tr(60));

// ---------------------------------------------------------------- healthy
add('ok.growth-adam-relu', 'stem-growth', growth(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.growth-rmsprop-elu-val', 'stem-growth', growth(), [d(48, 'elu'), d(1)], 'mse', rms(0.002), tr(100, 32, { validationSplit: 0.2 }));
add('ok.growth-nesterov-tanh-batch-16', 'stem-growth', growth(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', nest(0.01), tr(100, 16));
add('ok.growth-minmax-leaky-bn', 'stem-growth', growth({ normalize: 'minmax' }), [d(32, 'leaky_relu', { batchNorm: true }), d(1)], 'mse', adam(0.005), tr(100, 64));
add('ok.growth-sgd-plain-batch-2', 'stem-growth', growth(), [d(24, 'tanh'), d(1)], 'mse', sgd(0.003), tr(30, 2));
add('ok.growth-adam-full-batch-wd', 'stem-growth', growth(), [d(32, 'relu'), d(1)], 'mse', adam(0.01, { weightDecay: 0.0001 }), tr(300, 900));
add('ok.germination-adam-relu', 'germination-days', germ(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.germination-momentum-elu', 'germination-days', germ(), [d(32, 'elu'), d(1)], 'mse', mom(0.01), tr(100));
add('ok.germination-rmsprop-dropout', 'germination-days', germ(), [d(64, 'relu'), drop(0.1), d(1)], 'mse', rms(0.001), tr(100));
add('ok.germination-minmax-sigmoid', 'germination-days', germ({ normalize: 'minmax' }), [d(32, 'sigmoid'), d(1)], 'mse', adam(0.01), tr(150));
add('ok.germination-clip-nesterov-batch-8', 'germination-days', germ(), [d(32, 'tanh'), d(1)], 'mse', nest(0.01, 0.9, { clipNorm: 1 }), tr(60, 8));
add('ok.blight-adam-relu', 'blight-flag', blight(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(80));
add('ok.blight-rmsprop-tanh', 'blight-flag', blight(), [d(24, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(80));
add('ok.blight-momentum-elu-val', 'blight-flag', blight(), [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], 'bce', mom(0.02), tr(100, 32, { validationSplit: 0.25 }));
add('ok.blight-logistic-sgd', 'blight-flag', blight(), [d(1, 'sigmoid')], 'bce', sgd(0.3), tr(100, 64));
add('ok.blight-adam-bn-batch-128', 'blight-flag', blight(), [d(32, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100, 128));
add('ok.family-adam-relu', 'plant-family', family(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(80));
add('ok.family-rmsprop-tanh-dropout', 'plant-family', family(), [d(48, 'tanh'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(80));
add('ok.family-nesterov-elu', 'plant-family', family(), [d(32, 'elu'), d(16, 'elu'), d(5, 'softmax')], 'cce', nest(0.03), tr(80));
add('ok.family-onehot-adam', 'plant-family-onehot', { csv: '../data/seedlings.csv', target: 'family', features: SEE, normalize: 'minmax' }, [d(32, 'leaky_relu'), d(5, 'softmax')], 'cce', adam(0.01), tr(100));
add('ok.family-sgd-plain-batch-1', 'plant-family', family(), [d(24, 'relu'), d(5, 'softmax')], 'cce', sgd(0.01), tr(15, 1));
add('ok.family-adam-wd-val', 'plant-family', family(), [d(32, 'relu', { init: 'he_uniform' }), d(5, 'softmax', { init: 'xavier_normal' })], 'cce', adam(0.003, { weightDecay: 0.0005 }), tr(100, 32, { validationSplit: 0.2 }));
add('ok.orders-adam-relu', 'order-value', orders(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.orders-rmsprop-leaky', 'order-value', orders(), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.001), tr(100));
add('ok.orders-momentum-tanh-batch-64', 'order-value', orders(), [d(32, 'tanh'), d(1)], 'mse', mom(0.02), tr(100, 64));
add('ok.orders-linear-adam', 'order-value', orders(), [d(1)], 'mse', adam(0.01), tr(100));
add('ok.orders-lecun-elu-nesterov', 'order-value', orders(), [d(32, 'elu', { init: 'lecun_normal' }), d(1)], 'mse', nest(0.005), tr(100, 16));
add('ok.iris-adam', 'seed-lot-iris', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-momentum-tanh', 'seed-lot-iris', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05), tr(150, 16));
add('ok.moons-adam-relu', 'bench-moons', MOONS, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.moons-rmsprop-elu-bn', 'bench-moons', MOONS, [d(32, 'elu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-nesterov-tanh', 'pot-rings', CIRCLES, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.1), tr(200));
add('ok.spirals-adam-deep', 'tendril-spirals', SPIRALS2, [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs-sgd-plain', 'bench-zones', BLOBS3, [d(8, 'relu'), d(3, 'softmax')], 'cce', sgd(0.1), tr(100));
add('ok.sine-tanh-adam', 'daylength-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(300));
add('ok.xor-sigmoid-hidden-adam', 'valve-parity', XOR, [d(16, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.03), tr(200));
add('ok.mist-inline-adam', 'misting-minutes', INLINE_MIST, [d(8, 'tanh'), d(1)], 'mse', adam(0.01), tr(300, 4));
add('ok.mist-inline-rmsprop-full-batch', 'misting-minutes', INLINE_MIST, [d(8, 'elu'), d(1)], 'mse', rms(0.005), tr(400, 16));
add('ok.growth-adam-batch-1', 'stem-growth', growth(), [d(16, 'relu'), d(1)], 'mse', adam(0.0005), tr(10, 1));
add('ok.germination-sgd-full-batch-linear', 'germination-days', germ(), [d(1)], 'mse', sgd(0.3), tr(100, 640));
add('ok.blight-nesterov-leaky-dropout', 'blight-flag', blight(), [d(32, 'leaky_relu'), drop(0.3), d(1, 'sigmoid')], 'bce', nest(0.02), tr(100, 16));
add('ok.orders-adam-bn-val', 'order-value', orders(), [d(48, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));

// ---------------------------------------------------------------- second round (after the first observation: the oscillating candidates went NaN or trained smoothly)
add('oscillating-loss.momentum-0.95-full-batch-germination', 'germination-days', germ(), [d(32, 'tanh'), d(1)], 'mse', mom(0.15, 0.95), tr(120, 640));
add('oscillating-loss.sgd-plain-1.5-full-batch-linear-germination', 'germination-days', germ(), [d(1)], 'mse', sgd(1.5), tr(80, 640));
add('oscillating-loss.nesterov-0.95-batch-256-growth-0.1', 'stem-growth', growth(), [d(32, 'tanh'), d(1)], 'mse', nest(0.1, 0.95), tr(80, 256));
add('oscillating-loss.sgd-plain-0.5-full-batch-mist', 'misting-minutes', INLINE_MIST, [d(8, 'tanh'), d(1)], 'mse', sgd(0.5), tr(200, 16));
add('oscillating-loss.momentum-0.9-lr-0.5-full-batch-iris', 'seed-lot-iris', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.5), tr(150, 150));
add('oscillating-loss.adam-0.1-full-batch-blight', 'blight-flag', blight(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.1), tr(120, 1100));
add('oscillating-loss.momentum-0.98-full-batch-family', 'plant-family', family(), [d(32, 'elu'), d(5, 'softmax')], 'cce', mom(0.1, 0.98), tr(120, 760));
add('exploding-gradient.raw-irrigation-momentum-leaky', 'stem-growth-raw', growth({ normalize: 'none' }), [d(24, 'leaky_relu'), d(1)], 'mse', mom(1e-9), tr(40));
add('exploding-gradient.raw-order-features-elu-sgd', 'order-value-raw-features', orders({ normalize: 'none' }), [d(32, 'elu'), d(1)], 'mse', sgd(0.0005), tr(40));
add('init-scale.normal-std-2-deep-relu-orders', 'order-value', orders(), [...tower(4, 64, 'relu', init('normal', { std: 2 })), d(1, 'linear', init('normal', { std: 2 }))], 'mse', adam(0.001), tr(60));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
