/**
 * Writes every candidate spec of test/faults-blind57 (agriculture and food production) into
 * candidates/: `npx tsx test/faults-blind57/author.ts`. The names carry the intent ("<code>.<slug>" for
 * a planned fault, "healthy.<slug>" for a planned healthy spec); write-manifest.py files each one by
 * what the bare engine showed (observed.txt), not by this intent.
 */
import * as fs from 'fs';
import * as path from 'path';
import { normal, rng } from '../faults/data-random';

type Json = Record<string, unknown>;
const OUT = path.join(__dirname, 'candidates');

const specs: [string, Json][] = [];
function add(file: string, spec: Json): void {
  specs.push([file, { name: file.split('.').slice(-1)[0], ...spec }]);
}

// Data blocks of this set's CSVs (paths relative to the spec's folder).
const PLOT_FEATURES = ['sow_day', 'rainfall_mm', 'gdd', 'soil_ph', 'nitrogen_kg_ha', 'irrigated'];
const plots = (extra: Json = {}): Json => ({ csv: '../data/plots.csv', target: 'yield_t_ha', features: PLOT_FEATURES, normalize: 'standard', ...extra });
const SOIL_FEATURES = ['vwc_pct', 'tension_kpa', 'soil_temp_c', 'ec_ds_m', 'clay_pct'];
const soil = (extra: Json = {}): Json => ({ csv: '../data/soil.csv', target: 'status', features: SOIL_FEATURES, normalize: 'standard', ...extra });
const LEAF_FEATURES = ['green_idx', 'yellow_idx', 'spot_count', 'lesion_mm', 'rel_humidity'];
const disease = (extra: Json = {}): Json => ({ csv: '../data/disease.csv', target: 'diseased', features: LEAF_FEATURES, normalize: 'standard', ...extra });
const COW_FEATURES = ['parity', 'days_in_milk', 'feed_kg', 'scc_k'];
const dairy = (target: string, extra: Json = {}): Json => ({ csv: '../data/dairy.csv', target, features: COW_FEATURES, normalize: 'standard', ...extra });
const GRAIN_FEATURES = ['moisture_pct', 'protein_pct', 'test_weight_kg_hl', 'falling_number_s'];
const grain = (extra: Json = {}): Json => ({ csv: '../data/grain.csv', target: 'grade', features: GRAIN_FEATURES, normalize: 'standard', ...extra });
const OVEN_FEATURES = ['oven_temp_c', 'belt_speed_m_min', 'humidity_pct', 'proof_min'];
const oven = (target: string, extra: Json = {}): Json => ({ csv: '../data/oven.csv', target, features: OVEN_FEATURES, normalize: 'standard', ...extra });

const dense = (units: number, activation: string, extra: Json = {}): Json => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): Json => ({ type: 'dropout', rate });
const adam = (lr: number, extra: Json = {}): Json => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: Json = {}): Json => ({ type: 'sgd', lr, ...extra });
const rms = (lr: number, extra: Json = {}): Json => ({ type: 'rmsprop', lr, ...extra });
const train = (epochs: number, batchSize = 32, extra: Json = {}): Json => ({ epochs, batchSize, ...extra });

/** A greenhouse tomato table typed inline: air temperature (°C) and CO2 (ppm) → kg/m² per week. */
function greenhouse(): Json {
  const next = rng(5707);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < 80; i++) {
    const t = Math.round((16 + 14 * next()) * 10) / 10;
    const co2 = Math.round(400 + 600 * next());
    x.push([t, co2]);
    y.push(Math.round((1.2 - 0.012 * (t - 23) ** 2 + 0.0006 * (co2 - 400) + normal(next, 0, 0.05)) * 100) / 100);
  }
  return { inline: { x, y }, normalize: 'standard' };
}

// ---------------------------------------------------------------- healthy candidates
add('healthy.plots-yield-adam', { seed: 3, data: plots(), layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: train(150) });
add('healthy.plots-kg-per-plot-normtarget', { data: { csv: '../data/plots.csv', target: 'yield_kg_plot', features: [...PLOT_FEATURES, 'plot_area_m2'], normalize: 'standard', normalizeTarget: 'standard' }, layers: [dense(24, 'relu'), dense(12, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: train(200) });
add('healthy.plots-tanh-momentum', { seed: 7, data: plots({ normalize: 'minmax' }), layers: [dense(16, 'tanh'), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9 }), training: train(200, 16) });
add('healthy.plots-elu-rmsprop-dropout', { data: plots(), layers: [dense(32, 'elu'), drop(0.1), dense(16, 'elu'), dense(1, 'linear')], loss: 'mse', optimizer: rms(0.002), training: train(150, 32, { validationSplit: 0.2 }) });
add('healthy.plots-batchnorm-sgd', { seed: 11, data: plots(), layers: [dense(16, 'relu', { batchNorm: true }), dense(8, 'relu', { batchNorm: true }), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9 }), training: train(120, 32) });
add('healthy.plots-fullbatch-adam', { data: plots(), layers: [dense(20, 'tanh'), dense(10, 'tanh'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.02), training: train(400, 400) });
add('healthy.plots-plain-sgd-small-batch', { seed: 5, data: plots(), layers: [dense(12, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: train(150, 8) });
add('healthy.soil-status-adam', { data: soil(), layers: [dense(16, 'relu'), dense(8, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(100) });
add('healthy.soil-onehot-rmsprop', { seed: 4, data: { csv: '../data/soil-onehot.csv', target: ['dry', 'fine', 'waterlogged'], features: SOIL_FEATURES, normalize: 'standard' }, layers: [dense(24, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: rms(0.003), training: train(120) });
add('healthy.soil-tanh-nesterov', { seed: 9, data: soil(), layers: [dense(16, 'tanh'), dense(16, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: train(150, 32, { validationSplit: 0.2 }) });
add('healthy.soil-minmax-leaky', { data: soil({ normalize: 'minmax' }), layers: [dense(32, 'leaky_relu'), dense(16, 'leaky_relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.005, { weightDecay: 0.0001 }), training: train(200, 16) });
add('healthy.disease-flag-adam', { data: disease(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: train(150) });
add('healthy.disease-leaky-dropout', { seed: 2, data: disease(), layers: [dense(32, 'leaky_relu'), drop(0.2), dense(16, 'leaky_relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003, { weightDecay: 0.0001 }), training: train(150, 64) });
add('healthy.disease-rmsprop-tanh', { seed: 6, data: disease(), layers: [dense(12, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.003), training: train(150) });
add('healthy.dairy-milk-normtarget', { data: dairy('milk_l_day', { normalizeTarget: 'standard' }), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: train(150) });
add('healthy.dairy-milk-raw-litres-elu', { seed: 8, data: dairy('milk_l_day'), layers: [dense(24, 'elu'), dense(12, 'elu'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.01), training: train(200) });
add('healthy.dairy-mastitis-bce', { data: dairy('mastitis'), layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: train(120) });
add('healthy.dairy-mastitis-momentum', { seed: 12, data: dairy('mastitis'), layers: [dense(12, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05, { momentum: 0.9 }), training: train(150, 32, { validationSplit: 0.2 }) });
add('healthy.grain-grade-adam', { data: grain(), layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(120) });
add('healthy.grain-grade-sgd-momentum', { seed: 3, data: grain(), layers: [dense(24, 'relu'), dense(12, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: train(150, 16) });
add('healthy.grain-grade-batchnorm-clip', { data: grain(), layers: [dense(32, 'relu', { batchNorm: true }), drop(0.1), dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: adam(0.005, { clipNorm: 1 }), training: train(120) });
add('healthy.oven-defect-bce', { data: oven('defect'), layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: train(150) });
add('healthy.oven-defect-rmsprop-elu', { seed: 5, data: oven('defect'), layers: [dense(24, 'elu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.003), training: train(150, 16) });
add('healthy.oven-shelf-life-normtarget', { data: oven('shelf_life_days', { normalizeTarget: 'standard' }), layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: train(150) });
add('healthy.oven-shelf-life-tanh-clip', { seed: 10, data: oven('shelf_life_days', { normalize: 'minmax' }), layers: [dense(16, 'tanh'), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9, clipNorm: 1 }), training: train(200) });
add('healthy.iris-cultivar-adam', { data: { builtin: 'iris', normalize: 'standard' }, layers: [dense(12, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(150, 16) });
add('healthy.iris-cultivar-rmsprop-tanh', { seed: 4, data: { builtin: 'iris', normalize: 'minmax' }, layers: [dense(8, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: rms(0.005), training: train(200, 16) });
add('healthy.pivot-circles', { data: { builtin: 'circles', samples: 400, noise: 0.08 }, layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: train(200) });
add('healthy.cultivar-blobs', { seed: 6, data: { builtin: 'blobs', classes: 4, samples: 400 }, layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: train(80) });
add('healthy.seasonal-soil-temp-sine', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [dense(24, 'tanh'), dense(24, 'tanh'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.01), training: train(300) });
add('healthy.greenhouse-inline', { data: greenhouse(), layers: [dense(16, 'tanh'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.01), training: train(300, 16) });
add('healthy.field-zones-moons', { seed: 13, data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.005), training: train(150) });
add('healthy.plots-weightdecay-clip', { seed: 14, data: plots(), layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.003, { weightDecay: 0.0005, clipNorm: 5 }), training: train(150, 64) });
add('healthy.dairy-milk-rmsprop-he-uniform', { seed: 15, data: dairy('milk_l_day', { normalizeTarget: 'minmax' }), layers: [dense(16, 'relu', { init: 'he_uniform' }), dense(1, 'linear')], loss: 'mse', optimizer: rms(0.005), training: train(150) });
add('healthy.grain-lecun-elu', { seed: 16, data: grain({ normalize: 'minmax' }), layers: [dense(16, 'elu', { init: 'lecun_normal' }), dense(16, 'elu', { init: 'lecun_normal' }), dense(4, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: train(150) });
add('healthy.soil-id-column-left-out-val', { seed: 17, data: soil(), layers: [dense(12, 'elu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.02), training: train(80, 32, { validationSplit: 0.25 }) });

// ---------------------------------------------------------------- faulty candidates
// invalid-spec
add('invalid-spec.optimiser-british-spelling', { data: plots(), layers: [dense(16, 'relu'), dense(1, 'linear')], loss: 'mse', optimiser: adam(0.005), training: train(100) });
add('invalid-spec.glorot-init-keras-name', { data: soil(), layers: [dense(16, 'tanh', { init: 'glorot_uniform' }), dense(3, 'softmax', { init: 'glorot_uniform' })], loss: 'cce', optimizer: adam(0.01), training: train(100) });
add('invalid-spec.batch-size-snake-case', { data: dairy('milk_l_day', { normalizeTarget: 'standard' }), layers: [dense(16, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: { epochs: 100, batch_size: 16 } });
add('invalid-spec.categorical-crossentropy-name', { data: grain(), layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'categorical_crossentropy', optimizer: adam(0.01), training: train(100) });
add('invalid-spec.epochs-as-string', { data: oven('defect'), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: { epochs: '150', batchSize: 32 } });
// data-error
add('data-error.target-typo-yield', { data: plots({ target: 'yield_tha' }), layers: [dense(16, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: train(100) });
add('data-error.nitrogen-na-cells', { data: plots({ csv: '../data/plots-gaps.csv' }), layers: [dense(16, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: train(100) });
add('data-error.moisture-percent-signs', { data: grain({ csv: '../data/grain-lab.csv' }), layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(100) });
add('data-error.first-week-three-cows', { data: dairy('milk_l_day', { csv: '../data/dairy-week1.csv', normalizeTarget: 'standard' }), layers: [dense(8, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.01), training: train(100, 8) });
add('data-error.path-from-workspace-root', { data: oven('defect', { csv: 'data/oven.csv' }), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: train(100) });
add('data-error.feature-column-renamed', { data: dairy('mastitis', { features: ['parity', 'dim', 'feed_kg', 'scc_k'] }), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: train(100) });
// shape-mismatch
add('shape-mismatch.three-grade-outputs', { data: grain(), layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(100) });
add('shape-mismatch.soil-two-way-softmax', { data: soil(), layers: [dense(16, 'relu'), dense(2, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(100) });
add('shape-mismatch.two-yield-targets-one-unit', { data: plots({ target: ['yield_t_ha', 'yield_kg_plot'], normalizeTarget: 'standard' }), layers: [dense(16, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: train(100) });
add('shape-mismatch.disease-two-sigmoid-units', { data: disease(), layers: [dense(16, 'relu'), dense(2, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: train(100) });
// loss-activation-mismatch
add('loss-activation-mismatch.soil-onehot-softmax-mse', { data: { csv: '../data/soil-onehot.csv', target: ['dry', 'fine', 'waterlogged'], features: SOIL_FEATURES, normalize: 'standard' }, layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'mse', optimizer: adam(0.01), training: train(100) });
add('loss-activation-mismatch.disease-linear-bce', { data: disease(), layers: [dense(16, 'relu'), dense(1, 'linear')], loss: 'bce', optimizer: adam(0.005), training: train(100) });
add('loss-activation-mismatch.milk-litres-sigmoid-out', { data: dairy('milk_l_day'), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'mse', optimizer: adam(0.005), training: train(100) });
add('loss-activation-mismatch.defect-single-softmax', { data: oven('defect'), layers: [dense(16, 'relu'), dense(1, 'softmax')], loss: 'bce', optimizer: adam(0.005), training: train(100) });
// init-symmetry
add('init-symmetry.plots-zero-init', { data: plots(), layers: [dense(16, 'relu', { init: 'zeros' }), dense(8, 'relu', { init: 'zeros' }), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: train(100) });
add('init-symmetry.soil-constant-tanh', { data: soil(), layers: [dense(16, 'tanh', { init: { name: 'constant', value: 0.1 } }), dense(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: train(100) });
add('init-symmetry.mastitis-constant-sigmoid', { data: dairy('mastitis'), layers: [dense(12, 'sigmoid', { init: { name: 'constant', value: 0.5 } }), dense(6, 'sigmoid', { init: { name: 'constant', value: 0.5 } }), dense(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.003), training: train(100) });
// init-scale
add('init-scale.shelf-life-std-three', { data: oven('shelf_life_days', { normalizeTarget: 'standard' }), layers: [dense(32, 'relu', { init: { name: 'normal', std: 3 } }), dense(32, 'relu', { init: { name: 'normal', std: 3 } }), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: train(100) });
add('init-scale.grain-tiny-std-deep-tanh', { data: grain(), layers: [dense(16, 'tanh', { init: { name: 'normal', std: 0.001 } }), dense(16, 'tanh', { init: { name: 'normal', std: 0.001 } }), dense(16, 'tanh', { init: { name: 'normal', std: 0.001 } }), dense(4, 'softmax', { init: { name: 'normal', std: 0.001 } })], loss: 'cce', optimizer: sgd(0.05), training: train(100) });
add('init-scale.plots-uniform-limit-two', { data: plots(), layers: [dense(24, 'relu', { init: { name: 'uniform', limit: 2 } }), dense(24, 'relu', { init: { name: 'uniform', limit: 2 } }), dense(1, 'linear', { init: { name: 'uniform', limit: 2 } })], loss: 'mse', optimizer: sgd(0.01), training: train(100) });
// no-nonlinearity
add('no-nonlinearity.pivot-circles-linear', { data: { builtin: 'circles', samples: 400, noise: 0.08 }, layers: [dense(16, 'linear'), dense(8, 'linear'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: train(150) });
add('no-nonlinearity.oven-defect-linear-stack', { data: oven('defect'), layers: [dense(16, 'linear'), dense(16, 'linear'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: train(150) });
add('no-nonlinearity.lactation-curve-linear', { data: dairy('milk_l_day', { features: ['days_in_milk'], normalizeTarget: 'standard' }), layers: [dense(32, 'linear'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: train(150) });
// lr-out-of-range
add('lr-out-of-range.grain-adam-five', { data: grain(), layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: adam(5), training: train(100) });
add('lr-out-of-range.plots-rmsprop-ten', { data: plots(), layers: [dense(16, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: rms(10), training: train(100) });
add('lr-out-of-range.soil-sgd-1e-7', { data: soil(), layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: sgd(1e-7, { momentum: 0.9 }), training: train(100) });
// dead-relu
add('dead-relu.plots-negative-bias', { data: plots(), layers: [dense(16, 'relu', { bias: -3 }), dense(8, 'relu', { bias: -3 }), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.001), training: train(100) });
add('dead-relu.dairy-raw-features-sgd', { data: dairy('milk_l_day', { normalize: 'none' }), layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.001), training: train(100) });
add('dead-relu.soil-adam-high-lr', { data: soil(), layers: [dense(16, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.5), training: train(100) });
add('dead-relu.grain-narrow-deep-bias', { data: grain(), layers: [dense(4, 'relu', { bias: -1 }), dense(4, 'relu', { bias: -1 }), dense(4, 'relu', { bias: -1 }), dense(4, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: train(100) });
// exploding-gradient
add('exploding-gradient.plots-raw-agronomy-units', { data: plots({ normalize: 'none' }), layers: [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.0001), training: train(100) });
add('exploding-gradient.oven-deep-std-one', { data: oven('shelf_life_days', { normalizeTarget: 'standard' }), layers: [dense(32, 'relu', { init: { name: 'normal', std: 1 } }), dense(32, 'relu', { init: { name: 'normal', std: 1 } }), dense(32, 'relu', { init: { name: 'normal', std: 1 } }), dense(32, 'relu', { init: { name: 'normal', std: 1 } }), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.001), training: train(100) });
add('exploding-gradient.kg-per-plot-raw-target', { data: { csv: '../data/plots.csv', target: 'yield_kg_plot', features: [...PLOT_FEATURES, 'plot_area_m2'], normalize: 'standard' }, layers: [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.001, { momentum: 0.9 }), training: train(100) });
// nan-loss
add('nan-loss.oven-epoch-timestamp-feature', { data: oven('defect', { features: ['batch_ts', ...OVEN_FEATURES], normalize: 'none' }), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.01), training: train(100) });
add('nan-loss.plots-kg-momentum-raw', { data: { csv: '../data/plots.csv', target: 'yield_kg_plot', features: [...PLOT_FEATURES, 'plot_area_m2'], normalize: 'none' }, layers: [dense(16, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: train(100) });
add('nan-loss.dairy-scc-raw-sgd', { data: dairy('milk_l_day', { normalize: 'none' }), layers: [dense(16, 'tanh'), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.05), training: train(100) });
// vanishing-gradient
add('vanishing-gradient.grain-deep-sigmoid', { data: grain(), layers: [dense(8, 'sigmoid'), dense(8, 'sigmoid'), dense(8, 'sigmoid'), dense(8, 'sigmoid'), dense(8, 'sigmoid'), dense(8, 'sigmoid'), dense(8, 'sigmoid'), dense(4, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: train(100) });
add('vanishing-gradient.disease-deep-sigmoid', { data: disease(), layers: [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05), training: train(100) });
add('vanishing-gradient.soil-small-normal-sigmoid', { data: soil(), layers: [dense(12, 'sigmoid', { init: { name: 'normal', std: 0.1 } }), dense(12, 'sigmoid', { init: { name: 'normal', std: 0.1 } }), dense(12, 'sigmoid', { init: { name: 'normal', std: 0.1 } }), dense(12, 'sigmoid', { init: { name: 'normal', std: 0.1 } }), dense(12, 'sigmoid', { init: { name: 'normal', std: 0.1 } }), dense(3, 'softmax')], loss: 'cce', optimizer: sgd(0.1, { momentum: 0.9 }), training: train(100) });
// lr-too-high
add('lr-too-high.plots-adam-point-three', { data: plots(), layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.3), training: train(100) });
add('lr-too-high.grain-sgd-two', { data: grain(), layers: [dense(16, 'tanh'), dense(4, 'softmax')], loss: 'cce', optimizer: sgd(2), training: train(100) });
add('lr-too-high.dairy-rmsprop-point-one', { data: dairy('milk_l_day', { normalizeTarget: 'standard' }), layers: [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: rms(0.1), training: train(100) });
// lr-too-low
add('lr-too-low.plots-sgd-1e-5', { data: plots(), layers: [dense(16, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.00001), training: train(100) });
add('lr-too-low.soil-adam-1e-5', { data: soil(), layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.00001), training: train(100) });
add('lr-too-low.disease-rmsprop-2e-5', { data: disease(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.00002), training: train(80) });
add('lr-too-low.oven-shelf-sgd-tiny', { data: oven('shelf_life_days', { normalizeTarget: 'standard' }), layers: [dense(16, 'tanh'), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.00003, { momentum: 0.5 }), training: train(100, 64) });
// saturated-activation
add('saturated-activation.plots-tanh-raw-units', { data: plots({ normalize: 'none' }), layers: [dense(16, 'tanh'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: train(100) });
add('saturated-activation.oven-sigmoid-raw', { data: oven('defect', { normalize: 'none' }), layers: [dense(16, 'sigmoid'), dense(8, 'sigmoid'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: train(100) });
add('saturated-activation.dairy-tanh-big-init', { data: dairy('mastitis'), layers: [dense(16, 'tanh', { init: { name: 'normal', std: 4 } }), dense(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.01), training: train(100) });
// loss-plateau
add('loss-plateau.disease-heavy-weight-decay', { data: disease(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005, { weightDecay: 0.5 }), training: train(100) });
add('loss-plateau.plots-dropout-point-nine', { data: plots(), layers: [dense(16, 'relu'), drop(0.9), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: train(100) });
add('loss-plateau.soil-one-unit-bottleneck', { data: soil(), layers: [dense(1, 'relu', { bias: -2 }), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: train(100) });
// oscillating-loss
add('oscillating-loss.grain-momentum-099', { data: grain(), layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: sgd(0.1, { momentum: 0.99 }), training: train(100, 8) });
add('oscillating-loss.plots-sgd-batch-four', { data: plots(), layers: [dense(16, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.08), training: train(100, 4) });
add('oscillating-loss.dairy-adam-batch-eight', { data: dairy('milk_l_day', { normalizeTarget: 'standard' }), layers: [dense(32, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.05), training: train(100, 8) });

// second round (after the first observe pass): NaN, oscillation, plateau and symmetry candidates
add('nan-loss.shelf-life-timestamp-elu', { data: oven('shelf_life_days', { features: ['batch_ts', ...OVEN_FEATURES], normalize: 'none' }), layers: [dense(16, 'elu'), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: train(100) });
add('nan-loss.kg-per-plot-leaky-momentum', { data: { csv: '../data/plots.csv', target: 'yield_kg_plot', features: [...PLOT_FEATURES, 'plot_area_m2'], normalize: 'standard' }, layers: [dense(16, 'leaky_relu'), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9 }), training: train(100) });
add('nan-loss.dairy-raw-herd-export-leaky', { data: dairy('milk_l_day', { normalize: 'none' }), layers: [dense(16, 'leaky_relu'), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.001), training: train(100) });
add('nan-loss.greenhouse-raw-ppm-elu', { data: { ...greenhouse(), normalize: 'none' }, layers: [dense(16, 'elu'), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: train(200, 16) });
add('oscillating-loss.dairy-sgd-point-three-batch-eight', { data: dairy('milk_l_day', { normalizeTarget: 'standard' }), layers: [dense(32, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: sgd(0.3), training: train(100, 8) });
add('oscillating-loss.soil-sgd-one-momentum', { data: soil(), layers: [dense(16, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: sgd(1, { momentum: 0.9 }), training: train(100, 16) });
add('oscillating-loss.shelf-life-rmsprop-batch-eight', { data: oven('shelf_life_days', { normalizeTarget: 'standard' }), layers: [dense(24, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: rms(0.05), training: train(100, 8) });
add('oscillating-loss.iris-sgd-momentum-batch-eight', { data: { builtin: 'iris', normalize: 'standard' }, layers: [dense(8, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: sgd(0.5, { momentum: 0.9 }), training: train(100, 8) });
add('loss-plateau.soil-wrong-sensor-columns', { data: soil({ features: ['soil_temp_c', 'ec_ds_m'] }), layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: train(100) });
add('loss-plateau.shelf-life-weight-decay', { data: oven('shelf_life_days', { normalizeTarget: 'standard' }), layers: [dense(16, 'relu'), dense(1, 'linear')], loss: 'mse', optimizer: adam(0.005, { weightDecay: 0.5 }), training: train(100) });
add('init-symmetry.shelf-life-constant-all', { data: oven('shelf_life_days', { normalizeTarget: 'standard' }), layers: [dense(16, 'elu', { init: { name: 'constant', value: 0.05 } }), dense(8, 'elu', { init: { name: 'constant', value: 0.05 } }), dense(1, 'linear', { init: { name: 'constant', value: 0.05 } })], loss: 'mse', optimizer: adam(0.005), training: train(100) });

// third round: one more of each thin code
add('oscillating-loss.field-zones-rmsprop-batch-eight', { seed: 13, data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.05), training: train(100, 8) });
add('oscillating-loss.grain-adam-point-two-batch-eight', { data: grain(), layers: [dense(16, 'tanh'), dense(4, 'softmax')], loss: 'cce', optimizer: adam(0.2), training: train(100, 8) });
add('oscillating-loss.disease-sgd-momentum-batch-eight', { data: disease(), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.5, { momentum: 0.9 }), training: train(100, 8) });
add('loss-plateau.mastitis-id-columns-only', { data: dairy('mastitis', { features: ['cow_id', 'feed_kg'] }), layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: train(100) });
add('init-symmetry.grain-zeros-relu', { data: grain(), layers: [dense(16, 'relu', { init: 'zeros' }), dense(16, 'relu', { init: 'zeros' }), dense(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: train(100) });

// fourth round: two more oscillation candidates
add('oscillating-loss.oven-defect-adam-batch-eight', { data: oven('defect'), layers: [dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.15), training: train(100, 8) });
add('oscillating-loss.cultivar-blobs-sgd-batch-four', { seed: 6, data: { builtin: 'blobs', classes: 4, samples: 400, noise: 0.3 }, layers: [dense(16, 'tanh'), dense(4, 'softmax')], loss: 'cce', optimizer: sgd(1.5, { momentum: 0.9 }), training: train(100, 4) });

function main(): void {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  for (const [file, spec] of specs) fs.writeFileSync(path.join(OUT, `${file}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
  console.log(`${specs.length} candidates written to ${path.relative(process.cwd(), OUT)}`);
}

main();
