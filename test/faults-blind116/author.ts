/**
 * Writes every candidate spec of blind fault set 116 (fisheries and fish farms) into candidates/:
 * `npx tsx test/faults-blind116/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: 116, data, layers, loss, optimizer, training, ...extra };
}
const LAND = ['trip_hours', 'engine_kw', 'net_length_m', 'sea_temp_c', 'fishing_depth_m', 'fuel_l'];
const land = (x: Json = {}): Json => ({ csv: '../data/landings.csv', target: 'catch_kg', features: LAND, normalize: 'standard', normalizeTarget: 'standard', ...x });
const PEN = ['water_temp_c', 'do_mg_l', 'salinity_psu', 'stocking_kg_m3', 'feed_kg_day', 'feed_cost_usd'];
const pen = (x: Json = {}): Json => ({ csv: '../data/pens.csv', target: 'growth_g_day', features: PEN, normalize: 'standard', normalizeTarget: 'standard', ...x });
const BLOOM = ['water_temp_c', 'do_mg_l', 'salinity_psu', 'chlorophyll_ug_l', 'nitrate_umol', 'wind_m_s', 'turbidity_ntu'];
const bloom = (x: Json = {}): Json => ({ csv: '../data/blooms.csv', target: 'algal_bloom', features: BLOOM, normalize: 'standard', ...x });
const FISH = ['length_cm', 'weight_g', 'girth_cm', 'depth_m', 'bottom_temp_c', 'eye_ratio'];
const fish = (x: Json = {}): Json => ({ csv: '../data/species.csv', target: 'species', features: FISH, normalize: 'standard', ...x });
const AUC = ['hours_since_catch', 'avg_size_kg', 'quality_grade', 'lots_same_day', 'ice_temp_c'];
const auc = (x: Json = {}): Json => ({ csv: '../data/auction.csv', target: 'price_nok_kg', features: AUC, normalize: 'standard', normalizeTarget: 'standard', ...x });
const adam = (lr: number, x: Json = {}): Json => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: Json = {}): Json => ({ type: 'sgd', lr, ...x });
const mom = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...x });
const nest = (lr: number, momentum = 0.9, x: Json = {}): Json => ({ type: 'sgd', lr, momentum, nesterov: true, ...x });
const rms = (lr: number, x: Json = {}): Json => ({ type: 'rmsprop', lr, ...x });
const tr = (epochs: number, batchSize = 32, x: Json = {}): Json => ({ epochs, batchSize, ...x });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });
const tower = (n: number, units: number, act: string, x: Json = {}): Json[] => Array.from({ length: n }, () => d(units, act, x));
const MOONS = { builtin: 'moons', samples: 300, noise: 0.1 };
const CIRCLES = { builtin: 'circles', samples: 400, noise: 0.05 };
const SPIRALS3 = { builtin: 'spirals', samples: 450, classes: 3, noise: 0.02 };
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 300, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 240, noise: 0.08 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A hatchery technician's egg-batch log: water temp C and egg diameter mm -> batch hatched well (0/1).
const INLINE_EGGS = {
  inline: {
    x: [[6.1, 5.2], [7.8, 6.0], [8.4, 5.8], [5.2, 4.6], [9.9, 6.3], [4.8, 5.0], [7.2, 5.9], [6.6, 4.7], [8.9, 6.1], [5.7, 5.5], [10.5, 5.4], [7.5, 4.5], [8.1, 6.4], [5.0, 6.2], [6.9, 5.6], [9.4, 4.8], [7.0, 6.2], [4.5, 5.7], [8.6, 5.5], [6.3, 6.0]],
    y: [0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 1],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.keras-loss-name', 'bloom-alarm', bloom(), [d(16, 'relu'), d(1, 'sigmoid')], 'binary_crossentropy', adam(0.003), tr(40));
add('invalid-spec.adamw-optimizer', 'pen-growth', pen(), [d(32, 'relu'), d(1)], 'mse', { type: 'adamw', lr: 0.001, weightDecay: 0.01 }, tr(60));
add('invalid-spec.leakyrelu-camel-case', 'species', fish(), [d(32, 'LeakyReLU'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('invalid-spec.lstm-layer', 'landings', land(), [{ type: 'lstm', units: 16 }, d(1)], 'mse', adam(0.003), tr(40));
add('invalid-spec.dropout-rate-percent', 'pen-growth', pen(), [d(32, 'relu'), drop(30), d(1)], 'mse', rms(0.002), tr(60));

add('data-error.na-sea-temp', 'landings-na', land({ csv: '../data/landings-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.vessel-id-feature', 'landings', land({ features: ['vessel_id', ...LAND] }), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(60));
add('data-error.landed-at-timestamp-feature', 'landings', land({ features: ['landed_at', ...LAND] }), [d(32, 'elu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.target-typo-catch-kgs', 'landings', land({ target: 'catch_kgs' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.missing-2024-export', 'auction-price', auc({ csv: '../data/auction_2024.csv' }), [d(16, 'relu'), d(1)], 'mse', rms(0.002), tr(60));

add('shape-mismatch.species-six-heads', 'species', fish(), [d(32, 'relu'), d(6, 'softmax')], 'cce', adam(0.003), tr(50));
add('shape-mismatch.bloom-two-sigmoid-bce', 'bloom-alarm', bloom(), [d(16, 'tanh'), d(2, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('shape-mismatch.kg-and-t-three-outputs', 'catch-two-units', land({ target: ['catch_kg', 'catch_t'] }), [d(32, 'relu'), d(3)], 'mse', adam(0.003), tr(60));
add('shape-mismatch.spirals3-four-heads', 'current-spirals', SPIRALS3, [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.01), tr(150));

add('loss-activation-mismatch.sigmoid-head-standardized-growth', 'pen-growth', pen(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.tanh-head-bce-bloom', 'bloom-alarm', bloom(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-heads-cce-species', 'species', fish(), [d(32, 'tanh'), d(5, 'relu')], 'cce', nest(0.02), tr(50));
add('loss-activation-mismatch.softmax-head-mse-price', 'auction-price', auc(), [d(16, 'relu'), d(1, 'softmax')], 'mse', adam(0.003), tr(60));

add('no-nonlinearity.circles-linear-adam', 'net-pen-circles', CIRCLES, [d(32), d(32), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.spirals3-linear-rmsprop', 'current-spirals', SPIRALS3, [d(64), d(64), d(3, 'softmax')], 'cce', rms(0.003), tr(150));
add('no-nonlinearity.xor-linear-batchnorm-adam', 'sonar-xor', XOR, [d(16, 'linear', { batchNorm: true }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150, 16));
add('no-nonlinearity.sine-linear-wide-rmsprop', 'tide-sine', SINE, [d(64), d(64), d(1)], 'mse', rms(0.003), tr(150, 16));

add('lr-out-of-range.adam-10-species', 'species', fish(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(10), tr(50));
add('lr-out-of-range.sgd-1e-8-pens', 'pen-growth', pen(), [d(32, 'tanh'), d(1)], 'mse', sgd(1e-8), tr(60));
add('lr-out-of-range.nesterov-100-auction', 'auction-price', auc(), [d(16, 'elu'), d(1)], 'mse', nest(100), tr(60));
add('lr-out-of-range.rmsprop-1e-7-bloom', 'bloom-alarm', bloom(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(1e-7), tr(40));

// ---------------------------------------------------------------- init faults
add('init-symmetry.zeros-relu-rmsprop-species', 'species', fish(), [d(32, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', rms(0.003), tr(50));
add('init-symmetry.constant-0.5-tanh-sgd-pens', 'pen-growth', pen(), [d(32, 'tanh', init('constant', { value: 0.5 })), d(32, 'tanh', init('constant', { value: 0.5 })), d(1, 'linear', init('constant', { value: 0.5 }))], 'mse', sgd(0.02), tr(80));
add('init-symmetry.zeros-sigmoid-adam-moons', 'ray-moons', MOONS, [d(16, 'sigmoid', { init: 'zeros' }), d(16, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', adam(0.01), tr(120));
add('init-symmetry.constant-0.1-leaky-nesterov-landings', 'landings', land(), [d(32, 'leaky_relu', init('constant', { value: 0.1 })), d(16, 'leaky_relu', init('constant', { value: 0.1 })), d(1, 'linear', init('constant', { value: 0.1 }))], 'mse', nest(0.01), tr(60));

add('init-scale.normal-std-10-relu-landings', 'landings', land(), [d(32, 'relu', init('normal', { std: 10 })), d(32, 'relu', init('normal', { std: 10 })), d(1)], 'mse', adam(0.001), tr(60));
add('init-scale.uniform-5-tanh-species', 'species', fish(), [d(32, 'tanh', init('uniform', { limit: 5 })), d(32, 'tanh', init('uniform', { limit: 5 })), d(5, 'softmax')], 'cce', mom(0.01), tr(50));
add('init-scale.normal-1e-3-five-relu-pens', 'pen-growth', pen(), [...tower(5, 32, 'relu', init('normal', { std: 0.001 })), d(1)], 'mse', sgd(0.01), tr(60));
add('init-scale.normal-std-3-sigmoid-circles', 'net-pen-circles', CIRCLES, [d(32, 'sigmoid', init('normal', { std: 3 })), d(32, 'sigmoid', init('normal', { std: 3 })), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150));

// ---------------------------------------------------------------- probe/training faults
add('dead-relu.bias-minus-6-wide-moons', 'ray-moons', MOONS, [d(64, 'relu', { bias: -6 }), d(1, 'sigmoid')], 'bce', adam(0.01), tr(120));
add('dead-relu.minmax-inputs-negative-constant-weights', 'pen-growth', pen({ normalize: 'minmax' }), [d(32, 'relu', init('constant', { value: -0.3 })), d(1)], 'mse', rms(0.002), tr(60));
add('dead-relu.nesterov-0.3-batch-4-pens', 'pen-growth', pen(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', nest(0.3), tr(40, 4));
add('dead-relu.adam-0.3-relu-bloom', 'bloom-alarm', bloom(), [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.3), tr(40, 16));

add('exploding-gradient.raw-catch-kg-target-adam', 'landings', land({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('exploding-gradient.raw-fuel-litres-sgd', 'landings', land({ normalize: 'none', features: ['trip_hours', 'fuel_l'] }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.001), tr(60));
add('exploding-gradient.raw-fish-count-target-rmsprop', 'fish-count', land({ target: 'fish_count', normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.003), tr(60));
add('exploding-gradient.raw-feed-kg-momentum', 'pen-growth', pen({ normalize: 'none', features: ['water_temp_c', 'do_mg_l', 'feed_kg_day'] }), [d(16, 'relu'), d(1)], 'mse', mom(1e-5), tr(60));

add('vanishing-gradient.ten-sigmoid-adam-species', 'species', fish(), [...tower(10, 24, 'sigmoid'), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('vanishing-gradient.seven-sigmoid-nesterov-bloom', 'bloom-alarm', bloom(), [...tower(7, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(40));
add('vanishing-gradient.twelve-sigmoid-rmsprop-pens', 'pen-growth', pen(), [...tower(12, 16, 'sigmoid'), d(1)], 'mse', rms(0.001), tr(60));
add('vanishing-gradient.nine-sigmoid-sgd-circles', 'net-pen-circles', CIRCLES, [...tower(9, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', sgd(0.1), tr(150));

add('nan-loss.sgd-plain-5-pens', 'pen-growth', pen(), [d(32, 'relu'), d(1)], 'mse', sgd(5), tr(60));
add('nan-loss.raw-fuel-momentum-0.01', 'landings', land({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', mom(0.01), tr(60));
add('nan-loss.rmsprop-3-species', 'species', fish(), [d(32, 'relu'), d(5, 'softmax')], 'cce', rms(3), tr(50));
add('nan-loss.uniform-10-deep-relu-auction', 'auction-price', auc(), [...tower(6, 32, 'relu', init('uniform', { limit: 10 })), d(1)], 'mse', adam(0.001), tr(60));
add('nan-loss.raw-count-target-sgd-0.05', 'fish-count', land({ target: 'fish_count', normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.05), tr(60));

add('saturated-activation.raw-fuel-engine-tanh', 'landings', land({ normalize: 'none' }), [d(32, 'tanh'), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.raw-feed-sigmoid-hidden', 'pen-growth', pen({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.tanh-bias-8-species', 'species', fish(), [d(32, 'tanh', { bias: 8 }), d(5, 'softmax')], 'cce', adam(0.003), tr(50));
add('saturated-activation.raw-depth-tanh-bloom', 'bloom-alarm', bloom({ normalize: 'none' }), [d(16, 'tanh', init('normal', { std: 1 })), d(1, 'sigmoid')], 'bce', mom(0.01), tr(40));

add('lr-too-high.momentum-0.5-batch-16-species', 'species', fish(), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.5), tr(50, 16));
add('lr-too-high.adam-0.1-batch-8-pens', 'pen-growth', pen(), [d(32, 'tanh'), d(1)], 'mse', adam(0.1), tr(60, 8));
add('lr-too-high.rmsprop-0.05-batch-4-auction', 'auction-price', auc(), [d(32, 'elu'), d(1)], 'mse', rms(0.05), tr(40, 4));
add('lr-too-high.sgd-plain-1.5-batch-1-eggs', 'egg-hatch', INLINE_EGGS, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', sgd(1.5), tr(100, 1));
add('lr-too-high.nesterov-0.4-landings', 'landings', land(), [d(32, 'relu'), d(1)], 'mse', nest(0.4), tr(60, 32));

add('lr-too-low.adam-1e-5-species', 'species', fish(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(1e-5), tr(60));
add('lr-too-low.sgd-1e-4-full-batch-pens', 'pen-growth', pen(), [d(32, 'tanh'), d(1)], 'mse', sgd(1e-4), tr(100, 840));
add('lr-too-low.rmsprop-1e-6-iris', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', rms(1e-6), tr(100, 16));
add('lr-too-low.momentum-1e-5-circles', 'net-pen-circles', CIRCLES, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(1e-5), tr(150));

add('oscillating-loss.sgd-plain-1.9-full-batch-linear-auction', 'auction-price', auc(), [d(1)], 'mse', sgd(1.9), tr(150, 780));
add('oscillating-loss.momentum-0.95-lr-0.2-full-batch-pens', 'pen-growth', pen(), [d(16, 'tanh'), d(1)], 'mse', mom(0.2, 0.95), tr(150, 840));
add('oscillating-loss.nesterov-0.99-lr-0.05-sine', 'tide-sine', SINE, [d(32, 'tanh'), d(1)], 'mse', nest(0.05, 0.99), tr(150, 300));
add('oscillating-loss.adam-0.05-full-batch-blobs', 'stock-blobs', BLOBS4, [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.05, { }), tr(150, 400));
add('oscillating-loss.rmsprop-0.03-full-batch-landings', 'landings', land(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(150, 900));

add('oscillating-loss.sgd-plain-1.1-full-batch-linear-auction', 'auction-price', auc(), [d(1)], 'mse', sgd(1.1), tr(150, 780));
add('oscillating-loss.sgd-plain-1.3-full-batch-linear-auction', 'auction-price', auc(), [d(1)], 'mse', sgd(1.3), tr(150, 780));
add('oscillating-loss.rmsprop-0.1-full-batch-tanh-pens', 'pen-growth', pen(), [d(16, 'tanh'), d(1)], 'mse', rms(0.1), tr(150, 840));
add('oscillating-loss.adam-0.3-full-batch-linear-landings', 'landings', land(), [d(1)], 'mse', adam(0.3), tr(150, 900));
add('loss-plateau.weight-decay-1-adam-pens', 'pen-growth', pen(), [d(32, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 1 }), tr(60));
add('loss-plateau.dropout-0.9-bloom', 'bloom-alarm', bloom(), [d(16, 'relu'), drop(0.9), d(16, 'relu'), drop(0.9), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('loss-plateau.two-tanh-std-0.01-xor-sgd', 'sonar-xor', XOR, [d(2, 'tanh', init('normal', { std: 0.01 })), d(1, 'sigmoid', init('normal', { std: 0.01 }))], 'bce', sgd(0.05), tr(200, 16));
add('loss-plateau.clipnorm-1e-4-species', 'species', fish(), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.05, 0.9, { clipNorm: 0.0001 }), tr(60));
add('loss-plateau.weight-decay-0.5-sgd-circles', 'net-pen-circles', CIRCLES, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.05, 0.9, { weightDecay: 0.5 }), tr(150));

// ---------------------------------------------------------------- healthy
add('ok.landings-relu-adam', 'landings', land(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('ok.landings-elu-rmsprop-val', 'landings', land(), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(80, 32, { validationSplit: 0.2 }));
add('ok.landings-minmax-tanh-nesterov', 'landings', land({ normalize: 'minmax' }), [d(32, 'tanh'), d(1)], 'mse', nest(0.02), tr(100, 16));
add('ok.landings-catch-t-bn-adam', 'catch-tonnes', land({ target: 'catch_t' }), [d(32, 'relu', { batchNorm: true }), d(1)], 'mse', adam(0.003), tr(60, 64));
add('ok.landings-leaky-sgd-batch-8', 'landings', land(), [d(24, 'leaky_relu'), d(1)], 'mse', sgd(0.01), tr(60, 8));
add('ok.landings-full-batch-adam', 'landings', land(), [d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(300, 900));
add('ok.pens-relu-adam-dropout', 'pen-growth', pen(), [d(64, 'relu'), drop(0.1), d(1)], 'mse', adam(0.003), tr(80));
add('ok.pens-tanh-momentum', 'pen-growth', pen(), [d(32, 'tanh'), d(1)], 'mse', mom(0.01), tr(80, 16));
add('ok.pens-elu-weight-decay-adam', 'pen-growth', pen(), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', adam(0.002, { weightDecay: 1e-4 }), tr(80));
add('ok.pens-minmax-sigmoid-rmsprop', 'pen-growth', pen({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'sigmoid'), d(1)], 'mse', rms(0.003), tr(120));
add('ok.pens-clipnorm-nesterov-batch-1', 'pen-growth', pen(), [d(16, 'relu'), d(1)], 'mse', nest(0.003, 0.9, { clipNorm: 1 }), tr(20, 1));
add('ok.pens-lecun-tanh-val', 'pen-growth', pen(), [d(32, 'tanh', { init: 'lecun_normal' }), d(1)], 'mse', adam(0.003), tr(80, 32, { validationSplit: 0.15 }));
add('ok.bloom-relu-adam', 'bloom-alarm', bloom(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('ok.bloom-logistic-sgd', 'bloom-alarm', bloom(), [d(1, 'sigmoid')], 'bce', sgd(0.1), tr(80, 16));
add('ok.bloom-tanh-rmsprop-batch-64', 'bloom-alarm', bloom(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(80, 64));
add('ok.bloom-elu-nesterov-dropout', 'bloom-alarm', bloom(), [d(32, 'elu'), drop(0.2), d(1, 'sigmoid')], 'bce', nest(0.02), tr(80));
add('ok.species-relu-adam', 'species', fish(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(60));
add('ok.species-tanh-momentum-batch-16', 'species', fish(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', mom(0.05), tr(60, 16));
add('ok.species-elu-bn-rmsprop', 'species', fish(), [d(32, 'elu', { batchNorm: true }), d(16, 'elu'), d(5, 'softmax')], 'cce', rms(0.002), tr(60));
add('ok.species-minmax-leaky-nesterov-val', 'species', fish({ normalize: 'minmax' }), [d(32, 'leaky_relu', { init: 'he_uniform' }), d(5, 'softmax')], 'cce', nest(0.05), tr(80, 32, { validationSplit: 0.2 }));
add('ok.species-sigmoid-adam-dropout', 'species', fish(), [d(32, 'sigmoid'), drop(0.1), d(5, 'softmax')], 'cce', adam(0.01), tr(80));
add('ok.species-full-batch-adam', 'species', fish(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.02), tr(300, 930));
add('ok.auction-relu-adam', 'auction-price', auc(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.auction-linear-sgd', 'auction-price', auc(), [d(1)], 'mse', sgd(0.05), tr(60, 16));
add('ok.auction-tanh-rmsprop-xavier-normal', 'auction-price', auc(), [d(16, 'tanh', { init: 'xavier_normal' }), d(1)], 'mse', rms(0.002), tr(80));
add('ok.auction-elu-momentum-weight-decay', 'auction-price', auc(), [d(32, 'elu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 1e-4 }), tr(60));
add('ok.moons-relu-adam', 'ray-moons', MOONS, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.moons-tanh-nesterov-batch-8', 'ray-moons', MOONS, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', nest(0.05), tr(150, 8));
add('ok.circles-elu-rmsprop', 'net-pen-circles', CIRCLES, [d(16, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150));
add('ok.circles-relu-adam-val', 'net-pen-circles', CIRCLES, [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200, 32, { validationSplit: 0.2 }));
add('ok.spirals3-relu-adam', 'current-spirals', SPIRALS3, [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(300));
add('ok.blobs4-linear-softmax-sgd', 'stock-blobs', BLOBS4, [d(4, 'softmax')], 'cce', sgd(0.1), tr(100, 16));
add('ok.sine-tanh-adam', 'tide-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.01), tr(300));
add('ok.sine-elu-momentum-batch-1', 'tide-sine', SINE, [d(32, 'elu'), d(1)], 'mse', mom(0.005), tr(60, 1));
add('ok.xor-tanh-adam', 'sonar-xor', XOR, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 16));
add('ok.xor-relu-bn-rmsprop', 'sonar-xor', XOR, [d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(150, 16));
add('ok.iris-relu-adam', 'iris-demo', IRIS, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 16));
add('ok.iris-tanh-sgd-full-batch', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', sgd(0.3), tr(400, 150));
add('ok.eggs-inline-tanh-adam', 'egg-hatch', INLINE_EGGS, [d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(400, 20));
add('ok.eggs-inline-relu-rmsprop-batch-4', 'egg-hatch', INLINE_EGGS, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.01), tr(300, 4));
add('ok.landings-catch-kg-log-free-raw-target-standard', 'landings', land({ normalize: 'minmax' }), [d(48, 'relu', { init: 'he_normal' }), drop(0.05), d(1)], 'mse', adam(0.002, { clipNorm: 5 }), tr(80));
add('ok.pens-deep-relu-adam', 'pen-growth', pen(), [...tower(4, 32, 'relu'), d(1)], 'mse', adam(0.002), tr(80));
add('ok.bloom-deep-tanh-adam-clip', 'bloom-alarm', bloom(), [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.003, { clipNorm: 1 }), tr(60));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
