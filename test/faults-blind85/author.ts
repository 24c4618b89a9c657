/**
 * Writes every candidate spec of the eighty-fifth blind fault set into candidates/:
 * `npx tsx test/faults-blind85/author.ts`. Intended faults are named `<code>.<slug>`, intended healthy
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
  specs[file] = { name, seed: extra.seed ?? 85, data, layers, loss, optimizer, training, ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'seed')) };
}

const HAUL_FEATURES = ['engine_kw', 'vessel_length_m', 'tow_minutes', 'depth_m', 'water_temp_c'];
const catchKg = (extra: Json = {}): Json => ({ csv: '../data/hauls.csv', target: 'catch_kg', features: HAUL_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const species = (extra: Json = {}): Json => ({ csv: '../data/hauls.csv', target: 'main_species', features: HAUL_FEATURES, normalize: 'standard', ...extra });
const PEN_FEATURES = ['month', 'stocking_density_kg_m3', 'water_temp_c', 'dissolved_oxygen_mg_l', 'salinity_psu', 'mean_weight_g', 'feed_kg_per_day'];
const fcr = (extra: Json = {}): Json => ({ csv: '../data/pens.csv', target: 'fcr', features: PEN_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const outbreak = (extra: Json = {}): Json => ({ csv: '../data/pens.csv', target: 'disease_outbreak', features: PEN_FEATURES, normalize: 'standard', ...extra });
const FISH_FEATURES = ['length_mm', 'girth_mm', 'age_years', 'sex', 'fat_pct'];
const weight = (extra: Json = {}): Json => ({ csv: '../data/fish.csv', target: 'weight_g', features: FISH_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const GRADE_FEATURES = ['length_mm', 'girth_mm', 'weight_g', 'age_years', 'fat_pct'];
const grade = (extra: Json = {}): Json => ({ csv: '../data/fish.csv', target: 'grade', features: GRADE_FEATURES, normalize: 'standard', ...extra });
const MARKET_FEATURES = ['landed_tonnes', 'days_since_catch', 'freshness_score', 'whitefish', 'fuel_usd_per_l', 'buyers_present'];
const price = (extra: Json = {}): Json => ({ csv: '../data/market.csv', target: 'price_per_tonne', features: MARKET_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const SURVEY_FEATURES = ['latitude', 'longitude', 'depth_m', 'bottom_temp_c', 'chlorophyll_mg_m3', 'trawl_minutes'];
const count = (extra: Json = {}): Json => ({ csv: '../data/survey.csv', target: 'fish_count', features: SURVEY_FEATURES, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const cod = (extra: Json = {}): Json => ({ csv: '../data/survey.csv', target: 'cod_present', features: SURVEY_FEATURES, normalize: 'standard', ...extra });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const mom = (lr: number, momentum = 0.9, extra: Json = {}): Json => ({ type: 'sgd', lr, momentum, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });
const init = (name: string, p: Json = {}): Json => ({ init: { name, ...p } });

// ---------------------------------------------------------------- static faults
add('invalid-spec.activation-swish', 'haul-catch', catchKg(), [d(32, 'swish'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('invalid-spec.loss-mean-squared-error', 'pen-fcr', fcr(), [d(24, 'relu'), d(1)], 'mean_squared_error', adam(0.003), tr(80));
add('invalid-spec.batch-size-zero', 'auction-price', price(), [d(24, 'relu'), d(1)], 'mse', adam(0.003), tr(80, 0));
add('invalid-spec.optimizer-nadam', 'haul-species', species(), [d(32, 'relu'), d(4, 'softmax')], 'cce', { type: 'nadam', lr: 0.002 }, tr(80));
add('invalid-spec.units-string', 'fish-grade', grade(), [d(24, 'relu'), d('3' as unknown as number, 'softmax')], 'cce', adam(0.005), tr(80));
add('invalid-spec.layer-type-capitalised', 'cod-presence', cod(), [{ type: 'Dense', units: 16, activation: 'relu' }, d(1, 'sigmoid')], 'bce', adam(0.003), tr(80));

add('data-error.csv-filename-haul', 'haul-catch', catchKg({ csv: '../data/haul.csv' }), [d(32, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.na-water-temp', 'haul-catch-export', catchKg({ csv: '../data/hauls-export-na.csv' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', rms(0.002), tr(80));
add('data-error.target-fcr-typo', 'pen-fcr', fcr({ target: 'feed_conversion' }), [d(24, 'tanh'), d(1)], 'mse', adam(0.003), tr(80));
add('data-error.feature-oxygen-column-name', 'pen-outbreak', outbreak({ features: ['month', 'stocking_density_kg_m3', 'water_temp_c', 'dissolved_oxygen', 'salinity_psu', 'mean_weight_g', 'feed_kg_per_day'] }), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('data-error.pen-id-text-feature', 'pen-fcr', fcr({ features: ['pen_id', ...PEN_FEATURES] }), [d(24, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

add('shape-mismatch.species-head-three', 'haul-species', species(), [d(32, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.grade-head-two', 'fish-grade', grade(), [d(24, 'relu'), d(12, 'relu'), d(2, 'softmax')], 'cce', adam(0.005), tr(80));
add('shape-mismatch.price-head-two-units', 'auction-price', price(), [d(24, 'relu'), d(2)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.fcr-head-three', 'pen-fcr', fcr(), [d(24, 'relu'), d(12, 'relu'), d(3)], 'mse', adam(0.003), tr(80));
add('shape-mismatch.cod-softmax-two', 'cod-presence', cod(), [d(16, 'tanh'), d(2, 'softmax')], 'bce', rms(0.003), tr(80));

add('loss-activation-mismatch.relu-head-bce-outbreak', 'pen-outbreak', outbreak(), [d(16, 'relu'), d(1, 'relu')], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.sigmoid-head-fcr', 'pen-fcr', fcr(), [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], 'mse', adam(0.003), tr(80));
add('loss-activation-mismatch.grade-linear-head-cce', 'fish-grade', grade(), [d(24, 'relu'), d(3, 'linear')], 'cce', adam(0.005), tr(80));
add('loss-activation-mismatch.tanh-head-bce-cod', 'cod-presence', cod(), [d(16, 'relu'), d(8, 'relu'), d(1, 'tanh')], 'bce', adam(0.003), tr(60));
add('loss-activation-mismatch.softmax-one-unit-cod', 'cod-presence', cod(), [d(16, 'relu'), d(1, 'softmax')], 'bce', adam(0.003), tr(60));

add('init-symmetry.zeros-catch', 'haul-catch', catchKg(), [d(24, 'relu', { init: 'zeros' }), d(12, 'relu', { init: 'zeros' }), d(1)], 'mse', adam(0.003), tr(80));
add('init-symmetry.constant-tanh-species', 'haul-species', species(), [d(24, 'tanh', init('constant', { value: 0.05 })), d(4, 'softmax')], 'cce', adam(0.005), tr(80));
add('init-symmetry.constant-relu-price', 'auction-price', price(), [d(16, 'relu', init('constant', { value: 0.1 })), d(16, 'relu', init('constant', { value: 0.1 })), d(1)], 'mse', mom(0.01), tr(100));
add('init-symmetry.zeros-sigmoid-weight', 'fish-weight', weight(), [d(16, 'sigmoid', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], 'mse', sgd(0.05), tr(80));

add('init-scale.normal-std-three-catch', 'haul-catch', catchKg(), [d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(32, 'relu', init('normal', { std: 3 })), d(1)], 'mse', adam(0.001), tr(80));
add('init-scale.uniform-tiny-tanh-fcr', 'pen-fcr', fcr(), [d(32, 'tanh', init('uniform', { limit: 0.0003 })), d(32, 'tanh', init('uniform', { limit: 0.0003 })), d(32, 'tanh', init('uniform', { limit: 0.0003 })), d(1)], 'mse', mom(0.01), tr(80));
add('init-scale.normal-std-four-grade', 'fish-grade', grade(), [d(64, 'relu', init('normal', { std: 4 })), d(64, 'relu', init('normal', { std: 4 })), d(3, 'softmax')], 'cce', rms(0.001), tr(80));

add('no-nonlinearity.activation-omitted-weight', 'fish-weight', weight(), [d(32), d(16), d(1)], 'mse', adam(0.003), tr(100));
add('no-nonlinearity.linear-hidden-species', 'haul-species', species(), [d(32, 'linear'), d(16, 'linear'), d(4, 'softmax')], 'cce', adam(0.005), tr(100));
add('no-nonlinearity.circles-pen-ring-linear', 'pen-ring', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));
add('no-nonlinearity.xor-tide-linear', 'tide-xor', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(8), d(1, 'sigmoid')], 'bce', adam(0.01), tr(150));

add('lr-out-of-range.adam-ten', 'auction-price', price(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(10), tr(80));
add('lr-out-of-range.sgd-lr-hundred', 'pen-outbreak', outbreak(), [d(16, 'relu'), d(1, 'sigmoid')], 'bce', mom(100), tr(60));
add('lr-out-of-range.rmsprop-three', 'haul-species', species(), [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(3), tr(80));

// ---------------------------------------------------------------- probe / training faults
add('dead-relu.negative-bias-fcr', 'pen-fcr', fcr(), [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], 'mse', adam(0.001), tr(80));
add('dead-relu.raw-feed-sgd', 'pen-outbreak-raw', outbreak({ normalize: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', sgd(0.05), tr(60));
add('dead-relu.bias-minus-three-catch', 'haul-catch', catchKg(), [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), d(1)], 'mse', rms(0.001), tr(80));
add('dead-relu.rmsprop-high-price', 'auction-price', price(), [d(32, 'relu'), d(32, 'relu'), d(1)], 'mse', rms(0.3), tr(80));
add('dead-relu.bias-minus-five-count', 'station-count', count(), [d(32, 'relu', { bias: -5 }), d(1)], 'mse', sgd(0.01), tr(80));

add('exploding-gradient.raw-hauls-raw-catch', 'haul-catch-raw', catchKg({ normalize: 'none', normalizeTarget: 'none' }), [d(16, 'relu'), d(8, 'relu'), d(1)], 'mse', adam(0.001), tr(60));
add('exploding-gradient.raw-price-target', 'auction-price-raw', price({ normalizeTarget: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.001), tr(60));
add('exploding-gradient.deep-relu-normal-wide', 'pen-fcr', fcr(), [d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(48, 'relu', init('normal', { std: 0.6 })), d(1)], 'mse', adam(0.0005), tr(60));
add('exploding-gradient.raw-weight-grams-target', 'fish-weight-raw', weight({ normalizeTarget: 'none' }), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.001), tr(60));

add('vanishing-gradient.six-sigmoid-fcr', 'pen-fcr', fcr(), [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1)], 'mse', sgd(0.01), tr(80));
add('vanishing-gradient.deep-sigmoid-cod', 'cod-presence', cod(), [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], 'bce', mom(0.01), tr(60));
add('vanishing-gradient.sigmoid-tower-species', 'haul-species', species(), [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(4, 'softmax')], 'cce', sgd(0.02), tr(80));
add('vanishing-gradient.seven-sigmoid-price', 'auction-price', price(), [d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(20, 'sigmoid'), d(1)], 'mse', mom(0.005), tr(60));

add('nan-loss.sgd-raw-catch', 'haul-catch-raw-target', catchKg({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.05), tr(60));
add('nan-loss.sgd-batch-one-fcr', 'pen-fcr', fcr(), [d(16, 'relu'), d(1)], 'mse', sgd(0.3), tr(40, 1));
add('nan-loss.momentum-0.99-price', 'auction-price', price(), [d(24, 'relu'), d(1)], 'mse', mom(0.1, 0.99), tr(80, 16));
add('nan-loss.sgd-raw-count-target', 'station-count-raw', count({ normalizeTarget: 'none' }), [d(16, 'relu'), d(1)], 'mse', sgd(0.02), tr(60));

add('lr-too-high.adam-0.1-species', 'haul-species', species(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.1), tr(80, 16));
add('lr-too-high.momentum-0.5-grade', 'fish-grade', grade(), [d(32, 'relu'), d(3, 'softmax')], 'cce', mom(0.5, 0.9), tr(80, 16));
add('lr-too-high.nesterov-0.8-species', 'haul-species', species(), [d(32, 'tanh'), d(4, 'softmax')], 'cce', mom(0.8, 0.9, { nesterov: true }), tr(80, 16));
add('lr-too-high.sgd-0.3-weight', 'fish-weight', weight(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', sgd(0.3), tr(80, 16));
add('lr-too-high.rmsprop-0.1-cod', 'cod-presence', cod(), [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', rms(0.1), tr(80, 16));
add('lr-too-high.adam-0.2-outbreak', 'pen-outbreak', outbreak(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.2), tr(80, 16));

add('lr-too-low.sgd-1e-5-catch', 'haul-catch', catchKg(), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', sgd(0.00001), tr(60));
add('lr-too-low.adam-1e-6-species', 'haul-species', species(), [d(24, 'relu'), d(4, 'softmax')], 'cce', adam(0.000001), tr(60));
add('lr-too-low.rmsprop-1e-6-fcr', 'pen-fcr', fcr(), [d(24, 'tanh'), d(1)], 'mse', rms(0.000001), tr(60));
add('lr-too-low.momentum-1e-6-grade', 'fish-grade', grade(), [d(24, 'elu'), d(3, 'softmax')], 'cce', mom(0.000001, 0.9), tr(60));

add('saturated-activation.sigmoid-raw-feed', 'pen-outbreak-raw', outbreak({ normalize: 'none' }), [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-engine-kw', 'haul-species-raw', species({ normalize: 'none' }), [d(24, 'tanh'), d(4, 'softmax')], 'cce', rms(0.002), tr(80));
add('saturated-activation.tanh-raw-length-grade', 'fish-grade-raw', grade({ normalize: 'none' }), [d(16, 'tanh'), d(3, 'softmax')], 'cce', adam(0.003), tr(60));
add('saturated-activation.tanh-raw-depth-count', 'station-count-raw-features', count({ normalize: 'none' }), [d(16, 'tanh'), d(1)], 'mse', rms(0.002), tr(60));
add('saturated-activation.sigmoid-raw-weight-fcr', 'pen-fcr-raw', fcr({ normalize: 'none' }), [d(16, 'sigmoid'), d(1)], 'mse', adam(0.003), tr(80));

add('loss-plateau.id-and-timestamp-only', 'haul-species', species({ features: ['haul_id', 'landing_ts'] }), [d(24, 'relu'), d(12, 'relu'), d(4, 'softmax')], 'cce', adam(0.003), tr(80));
add('loss-plateau.spirals-one-unit-bottleneck', 'eddy-spirals', { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, [d(1, 'tanh'), d(3, 'softmax')], 'cce', adam(0.01), tr(150));
add('loss-plateau.weight-decay-one-grade', 'fish-grade', grade(), [d(32, 'relu'), d(3, 'softmax')], 'cce', sgd(0.05, { weightDecay: 1 }), tr(80));
add('loss-plateau.trip-and-mesh-only', 'haul-catch', catchKg({ features: ['trip_id', 'mesh_mm'] }), [d(24, 'relu'), d(12, 'relu'), d(1)], 'mse', adam(0.003), tr(80));
add('loss-plateau.station-year-only', 'station-count', count({ features: ['survey_year'] }), [d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(80));

add('oscillating-loss.rmsprop-full-batch-catch', 'haul-catch', catchKg(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 600));
add('oscillating-loss.rmsprop-full-batch-fcr', 'pen-fcr', fcr(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(100, 720));
add('oscillating-loss.rmsprop-full-batch-price', 'auction-price', price(), [d(32, 'relu'), d(1)], 'mse', rms(0.03), tr(100, 450));
add('oscillating-loss.rmsprop-full-batch-weight', 'fish-weight', weight(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 560));
add('oscillating-loss.rmsprop-full-batch-count', 'station-count', count(), [d(32, 'relu'), d(1)], 'mse', rms(0.05), tr(100, 500));
add('lr-too-high.sgd-0.5-price', 'auction-price', price(), [d(32, 'relu'), d(1)], 'mse', sgd(0.5), tr(80, 16));
add('lr-too-high.adam-0.05-grade-batch-8', 'fish-grade', grade(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.05), tr(80, 8));

// ---------------------------------------------------------------- healthy candidates
add('ok.catch-adam-relu', 'haul-catch', catchKg(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.catch-rmsprop-elu-minmax', 'haul-catch', catchKg({ normalize: 'minmax', normalizeTarget: 'minmax' }), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.catch-batchnorm-leaky-val', 'haul-catch', catchKg(), [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1)], 'mse', adam(0.003), tr(100, 32, { validationSplit: 0.2 }));
add('ok.catch-clipnorm-sgd', 'haul-catch', catchKg(), [d(32, 'relu'), d(1)], 'mse', sgd(0.05, { clipNorm: 1 }), tr(150, 16));
add('ok.species-adam-relu', 'haul-species', species(), [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], 'cce', adam(0.005), tr(120));
add('ok.species-rmsprop-tanh-dropout', 'haul-species', species(), [d(48, 'tanh'), drop(0.1), d(4, 'softmax')], 'cce', rms(0.003), tr(150));
add('ok.species-nesterov-elu', 'haul-species', species(), [d(32, 'elu'), d(4, 'softmax')], 'cce', mom(0.02, 0.9, { nesterov: true }), tr(150));
add('ok.fcr-adam-relu', 'pen-fcr', fcr(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.fcr-momentum-tanh', 'pen-fcr', fcr(), [d(24, 'tanh'), d(1)], 'mse', mom(0.02, 0.9), tr(120));
add('ok.fcr-sgd-batch-one', 'pen-fcr', fcr(), [d(16, 'tanh'), d(1)], 'mse', sgd(0.002), tr(30, 1));
add('ok.fcr-weight-decay-batchnorm', 'pen-fcr', fcr(), [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], 'mse', adam(0.003, { weightDecay: 0.0001 }), tr(100, 32, { validationSplit: 0.15 }));
add('ok.outbreak-adam-relu', 'pen-outbreak', outbreak(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.outbreak-rmsprop-tanh', 'pen-outbreak', outbreak(), [d(16, 'tanh'), d(1, 'sigmoid')], 'bce', rms(0.003), tr(100));
add('ok.outbreak-momentum-leaky-clip', 'pen-outbreak', outbreak(), [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9, { clipNorm: 5 }), tr(120));
add('ok.weight-adam-relu', 'fish-weight', weight(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.weight-rmsprop-elu', 'fish-weight', weight(), [d(24, 'elu'), d(1)], 'mse', rms(0.003), tr(150));
add('ok.weight-he-uniform-sgd', 'fish-weight', weight(), [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1, 'linear', { init: 'xavier_normal' })], 'mse', sgd(0.03), tr(150, 16));
add('ok.grade-adam-relu', 'fish-grade', grade(), [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.005), tr(150));
add('ok.grade-momentum-elu', 'fish-grade', grade(), [d(32, 'elu'), d(3, 'softmax')], 'cce', mom(0.03, 0.9), tr(150));
add('ok.grade-rmsprop-dropout', 'fish-grade', grade(), [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(3, 'softmax')], 'cce', rms(0.002), tr(120, 16));
add('ok.price-adam-relu', 'auction-price', price(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(100));
add('ok.price-rmsprop-tanh', 'auction-price', price(), [d(24, 'tanh'), d(1)], 'mse', rms(0.003), tr(120));
add('ok.price-nesterov-elu-val', 'auction-price', price(), [d(24, 'elu'), d(12, 'elu'), d(1)], 'mse', mom(0.01, 0.9, { nesterov: true }), tr(150, 32, { validationSplit: 0.2 }));
add('ok.price-adam-batch-8-decay', 'auction-price', price(), [d(24, 'relu'), d(1)], 'mse', adam(0.002, { weightDecay: 0.0005 }), tr(100, 8));
add('ok.count-adam-relu', 'station-count', count(), [d(32, 'relu'), d(16, 'relu'), d(1)], 'mse', adam(0.003), tr(120));
add('ok.count-rmsprop-leaky-minmax', 'station-count', count({ normalize: 'minmax' }), [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], 'mse', rms(0.002), tr(120));
add('ok.cod-adam-relu', 'cod-presence', cod(), [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.003), tr(100));
add('ok.cod-momentum-tanh-lecun', 'cod-presence', cod(), [d(16, 'tanh', { init: 'lecun_normal' }), d(1, 'sigmoid')], 'bce', mom(0.02, 0.9), tr(120));
add('ok.cod-dropout-val', 'cod-presence', cod(), [d(32, 'relu'), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.002), tr(120, 64, { validationSplit: 0.2 }));
add('ok.cod-full-batch-adam', 'cod-presence', cod(), [d(32, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200, 500));
add('ok.iris-adam', 'species-demo', { builtin: 'iris', normalize: 'standard' }, [d(16, 'relu'), d(3, 'softmax')], 'cce', adam(0.01), tr(150, 16));
add('ok.iris-lecun-tanh-momentum', 'species-demo', { builtin: 'iris', normalize: 'standard' }, [d(12, 'tanh', { init: 'lecun_normal' }), d(3, 'softmax')], 'cce', mom(0.05, 0.9), tr(150, 16));
add('ok.moons-shoal-boundary', 'shoal-boundary', { builtin: 'moons', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.circles-pen-ring', 'pen-ring', { builtin: 'circles', samples: 300, noise: 0.08 }, [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], 'bce', adam(0.01), tr(200));
add('ok.blobs-fishing-grounds', 'fishing-grounds', { builtin: 'blobs', samples: 300, classes: 4 }, [d(16, 'relu'), d(4, 'softmax')], 'cce', rms(0.005), tr(100));
add('ok.sine-tide-cycle', 'tide-cycle', { builtin: 'sine', samples: 300, noise: 0.05 }, [d(32, 'tanh'), d(16, 'tanh'), d(1)], 'mse', adam(0.005), tr(300));
add('ok.xor-tide-split', 'tide-xor', { builtin: 'xor', samples: 300, noise: 0.1 }, [d(16, 'relu'), d(1, 'sigmoid')], 'bce', adam(0.02), tr(200));
add('ok.inline-hatchery-pilot', 'hatchery-pilot', { inline: { x: [[8, 1], [10, 1], [12, 1], [14, 1], [16, 1], [8, 2], [10, 2], [12, 2], [14, 2], [16, 2], [9, 3], [15, 3]], y: [21, 27, 33, 38, 42, 17, 23, 28, 33, 36, 16, 29] }, normalize: 'standard', normalizeTarget: 'standard' }, [d(8, 'tanh'), d(1)], 'mse', adam(0.02), tr(300, 4));
add('ok.species-full-batch-adam', 'haul-species', species(), [d(32, 'relu'), d(4, 'softmax')], 'cce', adam(0.02), tr(200, 600));
add('ok.weight-minmax-sigmoid-momentum', 'fish-weight', weight({ normalize: 'minmax' }), [d(24, 'sigmoid'), d(1)], 'mse', mom(0.05, 0.9), tr(150, 16));
add('ok.count-nesterov-tanh-val', 'station-count', count(), [d(24, 'tanh'), d(12, 'tanh'), d(1)], 'mse', mom(0.01, 0.9, { nesterov: true }), tr(150, 32, { validationSplit: 0.2 }));
add('ok.outbreak-adam-batch-128', 'pen-outbreak', outbreak(), [d(32, 'elu'), d(1, 'sigmoid')], 'bce', adam(0.005), tr(150, 128));

// Trimmed after the first observation to keep the set near the 55-65 faulty specs aimed for (each behaved as
// intended; see README.md): not written.
const TRIMMED = new Set([
  'invalid-spec.batch-size-zero', 'invalid-spec.layer-type-capitalised', 'data-error.feature-oxygen-column-name',
  'dead-relu.bias-minus-three-catch', 'nan-loss.sgd-raw-count-target', 'saturated-activation.sigmoid-raw-weight-fcr',
  'loss-plateau.trip-and-mesh-only', 'oscillating-loss.rmsprop-full-batch-price', 'init-symmetry.constant-relu-price',
  'vanishing-gradient.seven-sigmoid-price',
]);
for (const name of TRIMMED) delete specs[name];

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
for (const [file, spec] of Object.entries(specs)) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
