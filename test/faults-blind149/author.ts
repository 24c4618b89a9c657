/**
 * Writes every candidate spec of blind fault set 149 (fisheries and fish farms) into candidates/:
 * `npx tsx test/faults-blind149/author.ts`. Intended faults are named `<code>.<slug>`, intended
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
  specs[file] = { name, seed: 149, data, layers, loss, optimizer, training, ...extra };
}

const CF = ['water_temp_c', 'salinity_psu', 'mesh_mm', 'hours_fished', 'engine_kw', 'depth_m'];
const cat = (x: Json = {}): Json => ({ csv: '../data/catch.csv', target: 'catch_kg', features: CF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const SF = ['length_cm', 'weight_g', 'depth_m', 'water_temp_c', 'girth_ratio'];
const spc = (x: Json = {}): Json => ({ csv: '../data/species.csv', target: 'species', features: SF, normalize: 'standard', ...x });
const OF = ['density_kg_m3', 'water_temp_c', 'oxygen_mg_l', 'lice_per_fish', 'biomass_kg'];
const out = (x: Json = {}): Json => ({ csv: '../data/outbreak.csv', target: 'disease_outbreak', features: OF, normalize: 'standard', ...x });
const PF = ['lot_kg', 'days_on_ice', 'grade', 'month', 'landed_t_day'];
const prc = (x: Json = {}): Json => ({ csv: '../data/price.csv', target: 'price_eur', features: PF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const GF = ['feed_pct', 'water_temp_c', 'density_kg_m3', 'mean_weight_g', 'fish_count'];
const grw = (x: Json = {}): Json => ({ csv: '../data/growth.csv', target: 'growth_g_wk', features: GF, normalize: 'standard', normalizeTarget: 'standard', ...x });
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
const BLOBS4 = { builtin: 'blobs', samples: 400, classes: 4, noise: 0.25 };
const SINE = { builtin: 'sine', samples: 250, noise: 0.05 };
const XOR = { builtin: 'xor', samples: 300, noise: 0.05 };
const IRIS = { builtin: 'iris', normalize: 'standard' };
// A hatchery notebook: water temperature (C) and days since stocking -> fry survived the week (1) or not (0).
const INLINE_FRY = {
  inline: {
    x: [[8, 3], [9, 5], [10, 7], [11, 9], [12, 11], [13, 13], [14, 15], [15, 17], [16, 19], [17, 21], [18, 23], [19, 25],
      [8, 20], [9, 18], [10, 16], [11, 14], [12, 12], [13, 10], [14, 8], [15, 6], [16, 4], [17, 2], [18, 1], [19, 3],
      [10, 22], [12, 24], [14, 2], [16, 12], [18, 14], [20, 6]],
    y: [0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0],
  },
  normalize: 'standard',
};

// ---------------------------------------------------------------- static faults
add('invalid-spec.nadam-optimizer', 'catch-kg', cat(), [d(32, 'relu'), d(1)], 'mse', { type: 'nadam', lr: 0.002 }, tr(60));
add('invalid-spec.gelu-activation', 'species', spc(), [d(32, 'gelu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('invalid-spec.focal-loss-outbreak', 'outbreak', out(), [d(16, 'relu'), d(1, 'sigmoid')], 'focal', adam(0.003), tr(40));
add('invalid-spec.zero-units-price', 'price-eur', prc(), [d(0, 'relu'), d(1)], 'mse', rms(0.002), tr(40));
add('invalid-spec.batch-size-zero-growth', 'growth', grw(), [d(16, 'tanh'), d(1)], 'mse', mom(0.01), tr(40, 0));
add('invalid-spec.dropout-rate-1.5', 'species', spc(), [d(32, 'relu'), drop(1.5), d(5, 'softmax')], 'cce', adam(0.003), tr(40));

add('data-error.na-water-temp', 'catch-kg-na', cat({ csv: '../data/catch-na.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('data-error.vessel-id-feature', 'catch-kg', cat({ features: ['vessel_id', ...CF] }), [d(32, 'elu'), d(1)], 'mse', rms(0.002), tr(60));
add('data-error.landed-ts-feature', 'catch-kg', cat({ features: [...CF, 'landed_ts'] }), [d(16, 'tanh'), d(1)], 'mse', nest(0.01), tr(60));
add('data-error.pen-id-feature-growth', 'growth', grw({ features: ['pen_id', ...GF] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('data-error.temp-column-typo', 'outbreak', out({ features: ['density_kg_m3', 'temp_c', 'oxygen_mg_l', 'lice_per_fish', 'biomass_kg'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('data-error.price-target-typo', 'price-eur', prc({ target: 'price_eur_kg' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));

add('shape-mismatch.species-four-heads-no-halibut', 'species', spc(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(40));
add('shape-mismatch.catch-kg-and-t-one-output', 'catch', cat({ target: ['catch_kg', 'catch_t'] }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('shape-mismatch.blobs4-three-heads', 'fishing-ground-blobs', BLOBS4, [d(16, 'tanh'), d(3, 'softmax')], 'cce', mom(0.05), tr(50));
add('shape-mismatch.growth-two-outputs', 'growth', grw(), [d(16, 'relu'), d(2)], 'mse', rms(0.002), tr(40));

add('loss-activation-mismatch.species-sigmoid-heads-cce', 'species', spc(), [d(32, 'relu'), d(5, 'sigmoid')], 'cce', adam(0.003), tr(40));
add('loss-activation-mismatch.tanh-head-bce-outbreak', 'outbreak', out(), [d(16, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(40));
add('loss-activation-mismatch.relu-head-standardized-price', 'price-eur', prc(), [d(32, 'elu'), d(1, 'relu')], 'mse', adam(0.003), tr(60));
add('loss-activation-mismatch.softmax-single-unit-fry', 'fry-survival', INLINE_FRY, [d(8, 'tanh'), d(1, 'softmax')], 'bce', adam(0.01), tr(200, 6));
add('loss-activation-mismatch.sigmoid-head-standardized-growth', 'growth', grw(), [d(32, 'relu'), d(1, 'sigmoid')], 'mse', nest(0.01), tr(60));

add('no-nonlinearity.circles-two-linear-adam', 'pen-ring-circles', CIRCLES, [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(100));
add('no-nonlinearity.xor-linear-rmsprop-batch-4', 'two-current-xor', XOR, [d(8), d(1, 'sigmoid')], 'bce', rms(0.003), tr(60, 4));
add('no-nonlinearity.sine-linear-momentum', 'tide-sine', SINE, [d(64), d(64), d(1)], 'mse', mom(0.01), tr(100, 16));
add('no-nonlinearity.moons-linear-dropout-nesterov', 'fishing-ground-moons', MOONS, [d(32), drop(0.2), d(16), d(1, 'sigmoid')], 'bce', nest(0.02), tr(100));

add('lr-out-of-range.sgd-lr-50-catch', 'catch-kg', cat(), [d(32, 'relu'), d(1)], 'mse', sgd(50), tr(20));
add('lr-out-of-range.adam-1e-8-species', 'species', spc(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.00000001), tr(40));
add('lr-out-of-range.rmsprop-negative-growth', 'growth', grw(), [d(16, 'tanh'), d(1)], 'mse', rms(-0.001), tr(40));
add('lr-out-of-range.nesterov-lr-20-outbreak', 'outbreak', out(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(20), tr(20));

// ---------------------------------------------------------------- probe / training faults
add('init-symmetry.zeros-relu-sgd-species', 'species', spc(), [d(32, 'relu', { init: 'zeros' }), d(5, 'softmax', { init: 'zeros' })], 'cce', sgd(0.1), tr(40, 16));
add('init-symmetry.constant-0.3-tanh-adam-moons', 'fishing-ground-moons', MOONS, [d(16, 'tanh', init('constant', { value: 0.3 })), d(16, 'tanh', init('constant', { value: 0.3 })), d(1, 'sigmoid', init('constant', { value: 0.3 }))], 'bce', adam(0.01), tr(100));
add('init-symmetry.zeros-sigmoid-rmsprop-growth', 'growth', grw(), [d(32, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', rms(0.002), tr(60));
add('init-symmetry.zeros-elu-momentum-full-batch-circles', 'pen-ring-circles', CIRCLES, [d(16, 'elu', { init: 'zeros' }), d(16, 'elu', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], 'bce', mom(0.1), tr(150, 300));
add('init-symmetry.constant-0.05-tanh-nesterov-spirals', 'current-spirals', SPIRALS, [d(32, 'tanh', init('constant', { value: 0.05 })), d(32, 'tanh', init('constant', { value: 0.05 })), d(1, 'sigmoid', init('constant', { value: 0.05 }))], 'bce', nest(0.05), tr(120, 16));

add('init-scale.normal-std-4-sigmoid-catch', 'catch-kg', cat(), [d(64, 'sigmoid', init('normal', { std: 4 })), d(64, 'sigmoid', init('normal', { std: 4 })), d(1, 'linear', init('normal', { std: 4 }))], 'mse', adam(0.001), tr(40));
add('init-scale.uniform-6-elu-species', 'species', spc(), [d(64, 'elu', init('uniform', { limit: 6 })), d(64, 'elu', init('uniform', { limit: 6 })), d(5, 'softmax', init('uniform', { limit: 6 }))], 'cce', rms(0.001), tr(40));
add('init-scale.normal-1e-5-six-relu-price', 'price-eur', prc(), [...tower(6, 32, 'relu', init('normal', { std: 0.00001 })), d(1, 'linear', init('normal', { std: 0.00001 }))], 'mse', adam(0.001), tr(40));
add('init-scale.normal-std-2-relu-outbreak-nesterov', 'outbreak', out(), [...tower(3, 64, 'relu', init('normal', { std: 2 })), d(1, 'sigmoid', init('normal', { std: 2 }))], 'bce', nest(0.001), tr(40));
add('init-scale.uniform-1e-5-tanh-iris', 'iris-demo', IRIS, [...tower(5, 16, 'tanh', init('uniform', { limit: 0.00001 })), d(3, 'softmax', init('uniform', { limit: 0.00001 }))], 'cce', sgd(0.05), tr(80, 8));

add('dead-relu.bias-minus-8-adam-catch', 'catch-kg', cat(), [d(64, 'relu', { bias: -8 }), d(1)], 'mse', adam(0.003), tr(60));
add('dead-relu.bias-minus-4-deep-growth', 'growth', grw(), [...tower(4, 32, 'relu', { bias: -4 }), d(1)], 'mse', nest(0.01), tr(60));
add('dead-relu.adam-0.1-batch-16-price', 'price-eur', prc(), [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1)], 'mse', adam(0.1), tr(30, 16));
add('dead-relu.bias-minus-6-bn-off-species-sgd', 'species', spc(), [d(64, 'relu', { bias: -6 }), d(32, 'relu', { bias: -6 }), d(5, 'softmax')], 'cce', sgd(0.05), tr(40));
add('dead-relu.momentum-lr-1-full-batch-spirals', 'current-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', mom(1, 0.9), tr(100, 300));

add('exploding-gradient.raw-catch-kg-target-adam', 'catch-kg-raw-target', cat({ normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(40));
add('exploding-gradient.raw-biomass-kg-outbreak-momentum', 'outbreak-raw', out({ normalize: 'none' }), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.001), tr(30));
add('exploding-gradient.raw-price-eur-target-rmsprop', 'price-eur-raw-target', prc({ normalizeTarget: 'none' }), [d(32, 'elu'), d(1)], 'mse', rms(0.001), tr(40));
add('exploding-gradient.ten-leaky-std-0.5-growth', 'growth', grw(), [...tower(10, 32, 'leaky_relu', init('normal', { std: 0.5 })), d(1)], 'mse', adam(0.0001), tr(30));
add('exploding-gradient.raw-weight-grams-species-sgd', 'species-raw', spc({ normalize: 'none' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', sgd(0.0001), tr(30));
add('exploding-gradient.raw-fish-count-growth-adam', 'growth-raw', grw({ normalize: 'none' }), [d(32, 'relu'), d(1)], 'mse', adam(0.001), tr(40));

add('vanishing-gradient.eight-sigmoid-sgd-catch', 'catch-kg', cat(), [...tower(8, 32, 'sigmoid'), d(1)], 'mse', sgd(0.05), tr(60));
add('vanishing-gradient.ten-tanh-std-0.03-species', 'species', spc(), [...tower(10, 32, 'tanh', init('normal', { std: 0.03 })), d(5, 'softmax')], 'cce', adam(0.001), tr(40));
add('vanishing-gradient.nine-sigmoid-momentum-circles', 'pen-ring-circles', CIRCLES, [...tower(9, 16, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(100, 16));
add('vanishing-gradient.seven-sigmoid-rmsprop-price', 'price-eur', prc(), [...tower(7, 24, 'sigmoid', { init: 'lecun_normal' }), d(1)], 'mse', rms(0.0003), tr(40));

add('nan-loss.sgd-lr-2-batch-1-growth', 'growth', grw(), [d(16, 'relu'), d(1)], 'mse', sgd(2), tr(5, 1));
add('nan-loss.raw-catch-kg-sgd-full-batch', 'catch-kg-raw-target', cat({ normalizeTarget: 'none' }), [d(16, 'tanh'), d(1)], 'mse', sgd(0.05, {}), tr(20, 1000));
add('nan-loss.rmsprop-3-batch-2-species', 'species', spc(), [d(64, 'relu'), d(64, 'relu'), d(5, 'softmax')], 'cce', rms(3), tr(10, 2));
add('nan-loss.raw-price-nesterov-0.01', 'price-eur-raw', prc({ normalize: 'none', normalizeTarget: 'none' }), [d(32, 'relu'), d(1)], 'mse', nest(0.01), tr(20));
add('nan-loss.constant-1.5-elu-deep-catch', 'catch-kg', cat(), [...tower(5, 64, 'elu', init('constant', { value: 1.5 })), d(1, 'linear', init('constant', { value: 1.5 }))], 'mse', mom(0.01), tr(20));

add('saturated-activation.sigmoid-raw-biomass-outbreak', 'outbreak-raw', out({ normalize: 'none' }), [d(32, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('saturated-activation.tanh-raw-weight-grams-species', 'species-raw', spc({ normalize: 'none' }), [d(32, 'tanh'), d(5, 'softmax')], 'cce', rms(0.002), tr(40));
add('saturated-activation.tanh-bias-5-growth', 'growth', grw(), [d(32, 'tanh', { bias: 5 }), d(32, 'tanh', { bias: 5 }), d(1)], 'mse', adam(0.003), tr(60));
add('saturated-activation.sigmoid-raw-engine-kw-catch', 'catch-kg-raw-features', cat({ normalize: 'none' }), [d(32, 'sigmoid'), d(1)], 'mse', mom(0.01), tr(60));
add('saturated-activation.sigmoid-bias-minus-7-price', 'price-eur', prc(), [d(32, 'sigmoid', { bias: -7 }), d(32, 'sigmoid', { bias: -7 }), d(1)], 'mse', nest(0.01), tr(60));

add('lr-too-high.adam-0.3-batch-16-species', 'species', spc(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.3), tr(30, 16));
add('lr-too-high.sgd-plain-1.5-batch-8-catch', 'catch-kg', cat(), [d(32, 'tanh'), d(1)], 'mse', sgd(1.5), tr(20, 8));
add('lr-too-high.rmsprop-0.05-batch-1-growth', 'growth', grw(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(5, 1));
add('lr-too-high.nesterov-0.8-batch-4-outbreak', 'outbreak', out(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.8), tr(20, 4));
add('lr-too-high.momentum-0.99-lr-0.2-price', 'price-eur', prc(), [d(32, 'tanh'), d(1)], 'mse', mom(0.2, 0.99), tr(30, 32));
add('lr-too-high.adam-0.2-full-batch-blobs', 'fishing-ground-blobs', BLOBS4, [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.2), tr(60, 400));

add('lr-too-low.sgd-plain-1e-5-full-batch-catch', 'catch-kg', cat(), [d(32, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60, 1000));
add('lr-too-low.adam-3e-7-outbreak', 'outbreak', out(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.0000003), tr(40));
add('lr-too-low.nesterov-1e-6-species', 'species', spc(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', nest(0.000001), tr(40));
add('lr-too-low.rmsprop-1e-6-growth', 'growth', grw(), [d(32, 'elu'), d(1)], 'mse', rms(0.000001), tr(40));
add('lr-too-low.momentum-1e-5-full-batch-sine', 'tide-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', mom(0.00001), tr(200, 250));

add('oscillating-loss.sgd-plain-1.9-full-batch-linear-catch', 'catch-kg', cat(), [d(1)], 'mse', sgd(0.95), tr(150, 1000));
add('oscillating-loss.momentum-0.97-lr-0.3-full-batch-linear-growth', 'growth', grw(), [d(1)], 'mse', mom(0.3, 0.97), tr(150, 900));
add('oscillating-loss.nesterov-0.98-lr-0.5-full-batch-linear-price', 'price-eur', prc(), [d(1)], 'mse', nest(0.5, 0.98), tr(150, 800));
add('oscillating-loss.catch-kg-and-t-features-sgd-full-batch', 'catch-kg', cat({ target: 'catch_kg', features: ['hours_fished', 'engine_kw', 'mesh_mm', 'catch_t'] }), [d(1)], 'mse', sgd(0.6), tr(150, 1000));
add('oscillating-loss.adam-0.1-batch-400-logistic-outbreak', 'outbreak', out(), [d(1, 'sigmoid')], 'bce', adam(0.1), tr(150, 600));
add('oscillating-loss.momentum-0.95-lr-3-logistic-fry', 'fry-survival', INLINE_FRY, [d(1, 'sigmoid')], 'bce', mom(3, 0.95), tr(200, 30));
add('oscillating-loss.rmsprop-0.05-full-batch-tanh-growth', 'growth', grw(), [d(8, 'tanh'), d(1)], 'mse', rms(0.05), tr(150, 900));
add('oscillating-loss.sgd-plain-1-batch-500-linear-growth', 'growth', grw(), [d(1)], 'mse', sgd(1.0), tr(150, 450));

add('loss-plateau.observer-no-only-species', 'species', spc({ features: ['observer_no'] }), [d(16, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('loss-plateau.feed-lot-only-outbreak', 'outbreak', out({ features: ['feed_lot'] }), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(40));
add('loss-plateau.fish-count-only-growth', 'growth', grw({ features: ['fish_count'] }), [d(16, 'elu'), d(1)], 'mse', mom(0.01), tr(60));
add('loss-plateau.weight-decay-5-sgd-catch', 'catch-kg', cat(), [d(32, 'relu'), d(1)], 'mse', mom(0.01, 0.9, { weightDecay: 5 }), tr(60));
add('loss-plateau.clipnorm-1e-7-adam-price', 'price-eur', prc(), [d(32, 'relu'), d(1)], 'mse', nest(0.01, 0.9, { clipNorm: 0.0000001 }), tr(60));

add('oscillating-loss.momentum-0.95-lr-0.5-full-batch-linear-catch', 'catch-kg', cat(), [d(1)], 'mse', mom(0.5, 0.95), tr(150, 1000));
add('oscillating-loss.momentum-0.98-lr-0.2-full-batch-tanh-catch', 'catch-kg', cat(), [d(8, 'tanh'), d(1)], 'mse', mom(0.2, 0.98), tr(150, 1000));
add('oscillating-loss.nesterov-0.97-lr-0.8-full-batch-softmax-species', 'species', spc(), [d(5, 'softmax')], 'cce', nest(0.8, 0.97), tr(150, 1000));
add('oscillating-loss.momentum-0.99-lr-0.05-full-batch-elu-growth', 'growth', grw(), [d(16, 'elu'), d(1)], 'mse', mom(0.05, 0.99), tr(150, 900));
add('oscillating-loss.adam-0.05-full-batch-linear-price', 'price-eur', prc(), [d(1)], 'mse', adam(0.05), tr(150, 800));
add('oscillating-loss.rmsprop-0.1-full-batch-linear-catch', 'catch-kg', cat(), [d(1)], 'mse', rms(0.1), tr(150, 1000));
add('oscillating-loss.momentum-0.98-lr-0.5-full-batch-linear-growth', 'growth', grw(), [d(1)], 'mse', mom(0.5, 0.98), tr(200, 900));
add('oscillating-loss.rmsprop-0.02-batch-450-relu-price', 'price-eur', prc(), [d(16, 'relu'), d(1)], 'mse', rms(0.02), tr(150, 400));

// ---------------------------------------------------------------- healthy
add('ok.catch-adam-relu', 'catch-kg', cat(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.catch-sgd-plain-full-batch-tanh', 'catch-kg', cat(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.3), tr(300, 1000));
add('ok.catch-momentum-full-batch-relu', 'catch-kg', cat(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', mom(0.05), tr(300, 1000));
add('ok.catch-nesterov-elu-val', 'catch-kg', cat(), [d(32, 'elu'), d(1)], 'mse', nest(0.01), tr(60, 32, { validationSplit: 0.2 }));
add('ok.catch-tonnes-rmsprop-leaky', 'catch-tonnes', cat({ target: 'catch_t', normalizeTarget: 'none' }), [d(32, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(60));
add('ok.catch-adam-bn-dropout-minmax', 'catch-kg', cat({ normalize: 'minmax' }), [d(64, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.species-adam-relu', 'species', spc(), [d(32, 'relu'), d(5, 'softmax')], 'cce', adam(0.003), tr(40));
add('ok.species-sgd-plain-full-batch-tanh', 'species', spc(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', sgd(0.5), tr(300, 1000));
add('ok.species-nesterov-full-batch-deep-elu', 'species', spc(), [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(5, 'softmax')], 'cce', nest(0.1), tr(200, 1000));
add('ok.species-rmsprop-leaky-dropout', 'species', spc(), [d(64, 'leaky_relu'), drop(0.2), d(5, 'softmax')], 'cce', rms(0.002), tr(40));
add('ok.species-minmax-momentum-batch-64', 'species', spc({ normalize: 'minmax' }), [d(32, 'relu'), d(5, 'softmax')], 'cce', mom(0.05), tr(60, 64));
add('ok.species-adam-weight-decay-val', 'species', spc(), [d(32, 'tanh'), d(5, 'softmax')], 'cce', adam(0.005, { weightDecay: 0.0001 }), tr(40, 32, { validationSplit: 0.2 }));
add('ok.outbreak-adam-relu', 'outbreak', out(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(40));
add('ok.outbreak-logistic-sgd-full-batch', 'outbreak', out(), [d(1, 'sigmoid')], 'bce', sgd(0.5), tr(400, 1200));
add('ok.outbreak-rmsprop-tanh-batch-64', 'outbreak', out(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.002), tr(60, 64));
add('ok.outbreak-nesterov-elu', 'outbreak', out(), [d(16, 'elu'), d(1, 'sigmoid')], 'bce', nest(0.02), tr(60));
add('ok.price-adam-relu', 'price-eur', prc(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.price-nesterov-full-batch-tanh-deep', 'price-eur', prc(), [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', nest(0.05), tr(400, 800));
add('ok.price-rmsprop-elu-clipnorm', 'price-eur', prc(), [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', rms(0.001, { clipNorm: 1 }), tr(60));
add('ok.price-minmax-target-adam-batch-128', 'price-eur', prc({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(32, 'relu'), d(1)], 'mse', adam(0.005), tr(100, 128));
add('ok.price-momentum-bn-leaky', 'price-eur', prc(), [d(32, 'leaky_relu', { batchNorm: true }), d(1)], 'mse', mom(0.01), tr(60));
add('ok.growth-adam-relu', 'growth', grw(), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(60));
add('ok.growth-sgd-plain-full-batch-relu', 'growth', grw(), [d(32, 'relu'), d(1)], 'mse', sgd(0.1), tr(400, 900));
add('ok.growth-momentum-full-batch-elu', 'growth', grw(), [d(32, 'elu'), d(1)], 'mse', mom(0.02, 0.9), tr(300, 900));
add('ok.growth-rmsprop-tanh-batch-8', 'growth', grw(), [d(32, 'tanh'), d(1)], 'mse', rms(0.001), tr(30, 8));
add('ok.growth-nesterov-dropout-val', 'growth', grw(), [d(64, 'relu'), drop(0.1), d(1)], 'mse', nest(0.01), tr(60, 32, { validationSplit: 0.15 }));
add('ok.growth-kg-pen-standard-target-adam', 'growth-kg-pen', grw({ target: 'growth_kg_pen' }), [d(32, 'elu'), d(16, 'elu'), d(1)], 'mse', adam(0.002), tr(60));
add('ok.iris-adam-tanh', 'iris-demo', IRIS, [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(100, 16));
add('ok.iris-sgd-plain-batch-1', 'iris-demo', IRIS, [d(8, 'relu'), d(3, 'softmax')], 'cce', sgd(0.01), tr(40, 1));
add('ok.moons-adam-relu', 'fishing-ground-moons', MOONS, [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('ok.moons-momentum-full-batch-tanh', 'fishing-ground-moons', MOONS, [d(32, 'tanh'), d(1, 'sigmoid')], 'bce', mom(0.3), tr(500, 300));
add('ok.circles-nesterov-full-batch-relu', 'pen-ring-circles', CIRCLES, [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.2), tr(400, 300));
add('ok.circles-rmsprop-elu-bn', 'pen-ring-circles', CIRCLES, [d(16, 'elu', { batchNorm: true }), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('ok.spirals-adam-deep-relu', 'current-spirals', SPIRALS, [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(300));
add('ok.blobs4-sgd-plain-full-batch', 'fishing-ground-blobs', BLOBS4, [d(16, 'tanh'), d(4, 'softmax')], 'cce', sgd(0.5), tr(300, 400));
add('ok.blobs4-adam-sigmoid', 'fishing-ground-blobs', BLOBS4, [d(16, 'sigmoid'), d(4, 'softmax')], 'cce', adam(0.01), tr(60));
add('ok.sine-adam-tanh', 'tide-sine', SINE, [d(32, 'tanh'), d(32, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.sine-momentum-elu-batch-16', 'tide-sine', SINE, [d(32, 'elu'), d(32, 'elu'), d(1)], 'mse', mom(0.02), tr(300, 16));
add('ok.xor-rmsprop-tanh', 'two-current-xor', XOR, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.005), tr(100));
add('ok.xor-nesterov-full-batch-relu', 'two-current-xor', XOR, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', nest(0.1), tr(400, 300));
add('ok.fry-inline-adam-tanh', 'fry-survival', INLINE_FRY, [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(300, 10));
add('ok.fry-inline-momentum-full-batch-relu', 'fry-survival', INLINE_FRY, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(0.1), tr(600, 30));
add('ok.catch-sgd-plain-batch-2-linear', 'catch-kg', cat(), [d(1)], 'mse', sgd(0.005), tr(10, 2));
add('ok.outbreak-adam-leaky-val-weight-decay', 'outbreak', out(), [d(32, 'leaky_relu'), d(1, 'sigmoid')], 'bce', adam(0.002, { weightDecay: 0.0005 }), tr(40, 32, { validationSplit: 0.2 }));

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(Object.keys(specs).length, 'candidates');
