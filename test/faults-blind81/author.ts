/**
 * Writes every candidate spec of test/faults-blind81 (waste management and recycling) into
 * candidates/: `npx tsx test/faults-blind81/author.ts`. The names carry the intended code (or `h.` for
 * intended healthy); the verdict and the filing are decided afterwards from what the bare engine did
 * (observed.txt), in write-manifest.py.
 */
import * as fs from 'fs';
import * as path from 'path';

type Json = Record<string, unknown>;
const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

const specs: Record<string, Json> = {};
function add(name: string, spec: Json): void {
  if (specs[name]) throw new Error(`duplicate ${name}`);
  specs[name] = { name: name.replace(/^[a-z-]+\./, ''), ...spec };
}

// Data blocks.
const ROUTE_X = ['weekday', 'stops', 'distance_km', 'fill_share', 'payload_kg'];
const SORT_X = ['belt_speed', 'nir_pet', 'nir_hdpe', 'contamination', 'throughput_tph'];
const GAS_X = ['methane_share', 'pressure_pa', 'temperature_c', 'o2_share'];
const COMPOST_X = ['day', 'moisture', 'cn_ratio', 'turns', 'volume_m3'];
const SURVEY_X = ['household_size', 'age', 'bin_distance_m', 'has_garden', 'leaflet', 'pickup_days'];
const csv = (file: string, target: string | string[], features: string[], normalize = 'standard', extra: Json = {}) =>
  ({ csv: `../data/${file}`, target, features, normalize, ...extra });
const routesDur = (n = 'standard', t = 'standard') => csv('routes.csv', 'duration_min', ROUTE_X, n, { normalizeTarget: t });
const routesRisk = (n = 'standard') => csv('routes.csv', 'overflow_risk', ROUTE_X, n);
const sortPurity = (n = 'standard', t = 'standard') => csv('sorting.csv', 'purity', SORT_X, n, { normalizeTarget: t });
const sortGrade = (n = 'standard') => csv('sorting.csv', 'grade', SORT_X, n);
const gasFire = (n = 'standard') => csv('gaswells.csv', 'fire_risk', GAS_X, n);
const compostTemp = (n = 'standard', t = 'standard') => csv('compost.csv', 'temp_c', COMPOST_X, n, { normalizeTarget: t });
const surveyQ = (n = 'standard') => csv('survey.csv', 'sorting_quality', SURVEY_X, n);

// Layer helpers.
const d = (units: number, activation = 'relu', extra: Json = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Json = {}) => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize = 32, extra: Json = {}) => ({ epochs, batchSize, ...extra });

// ---------------------------------------------------------------- faulty candidates
// invalid-spec
add('invalid-spec.routes-learning-rate-key', { seed: 3, data: routesDur(), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse',
  optimizer: { type: 'adam', learning_rate: 0.001 }, training: tr(150) });
add('invalid-spec.survey-keras-loss-name', { seed: 4, data: surveyQ(), layers: [d(24), d(3, 'softmax')], loss: 'categorical_crossentropy',
  optimizer: opt('adam', 0.005), training: tr(120) });
add('invalid-spec.gas-epoch-singular', { seed: 5, data: gasFire(), layers: [d(16), d(8), d(1, 'sigmoid')], loss: 'bce',
  optimizer: opt('rmsprop', 0.002), training: { epoch: 200, batchSize: 64 } });
add('invalid-spec.compost-optimizer-adamw', { seed: 6, data: compostTemp(), layers: [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse',
  optimizer: opt('adamw', 0.003, { weightDecay: 0.0001 }), training: tr(200) });

// data-error
add('data-error.routes-na-payload', { seed: 7, data: csv('routes-gaps.csv', 'duration_min', ROUTE_X, 'standard', { normalizeTarget: 'standard' }),
  layers: [d(32), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150) });
add('data-error.depot-three-rows', { seed: 8, data: csv('depot-tiny.csv', 'duration_min', ROUTE_X, 'standard', { normalizeTarget: 'standard' }), layers: [d(16), d(1, 'linear')], loss: 'mse',
  optimizer: opt('adam', 0.01), training: tr(100, 8) });
add('data-error.routes-target-typo', { seed: 9, data: csv('routes.csv', 'duration_mins', ROUTE_X, 'standard', { normalizeTarget: 'standard' }),
  layers: [d(32), d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(150) });
add('data-error.survey-distance-with-unit', { seed: 10, data: csv('survey-units.csv', 'sorting_quality', SURVEY_X), layers: [d(24), d(3, 'softmax')],
  loss: 'cce', optimizer: opt('adam', 0.005), training: tr(150) });
add('data-error.sorting-wrong-folder', { seed: 11, data: csv('../sorting.csv', 'purity', SORT_X, 'standard', { normalizeTarget: 'standard' }),
  layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(200) });

// shape-mismatch
add('shape-mismatch.routes-risk-three-outputs', { seed: 12, data: routesRisk(), layers: [d(32), d(16), d(3, 'softmax')], loss: 'cce',
  optimizer: opt('adam', 0.003), training: tr(150) });
add('shape-mismatch.survey-two-outputs', { seed: 13, data: surveyQ(), layers: [d(16), d(2, 'softmax')], loss: 'cce',
  optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150) });
add('shape-mismatch.compost-two-outputs', { seed: 14, data: compostTemp(), layers: [d(32, 'tanh'), d(2, 'linear')], loss: 'mse',
  optimizer: opt('adam', 0.005), training: tr(200) });
add('shape-mismatch.sorting-grade-one-output', { seed: 15, data: sortGrade(), layers: [d(16), d(1, 'softmax')], loss: 'cce',
  optimizer: opt('adam', 0.005), training: tr(150) });

// loss-activation-mismatch
add('loss-activation-mismatch.routes-risk-softmax-mse', { seed: 16, data: routesRisk(), layers: [d(32), d(16), d(4, 'softmax')], loss: 'mse',
  optimizer: opt('adam', 0.003), training: tr(150) });
add('loss-activation-mismatch.gas-linear-bce', { seed: 17, data: gasFire(), layers: [d(16), d(8), d(1, 'linear')], loss: 'bce',
  optimizer: opt('adam', 0.003), training: tr(150) });
add('loss-activation-mismatch.compost-sigmoid-raw-temp', { seed: 18, data: compostTemp('standard', 'none'), layers: [d(32), d(16), d(1, 'sigmoid')], loss: 'mse',
  optimizer: opt('adam', 0.003), training: tr(200) });
add('loss-activation-mismatch.survey-sigmoid-cce', { seed: 19, data: surveyQ(), layers: [d(24), d(3, 'sigmoid')], loss: 'cce',
  optimizer: opt('adam', 0.005), training: tr(150) });

// init-symmetry
add('init-symmetry.sorting-zeros-hidden', { seed: 20, data: sortPurity(), layers: [d(32, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1, 'linear')],
  loss: 'mse', optimizer: opt('adam', 0.003), training: tr(200) });
add('init-symmetry.routes-risk-constant', { seed: 21, data: routesRisk(), layers: [d(24, 'relu', { init: { name: 'constant', value: 0.1 } }), d(12, 'relu', { init: { name: 'constant', value: 0.1 } }), d(4, 'softmax')],
  loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150) });
add('init-symmetry.gas-zeros-hidden', { seed: 22, data: gasFire(), layers: [d(16, 'relu', { init: 'zeros' }), d(8, 'relu', { init: 'zeros' }), d(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('adam', 0.003), training: tr(150) });

// init-scale
add('init-scale.routes-std-three', { seed: 23, data: routesDur(), layers: [d(64, 'relu', { init: { name: 'normal', std: 3 } }), d(64, 'relu', { init: { name: 'normal', std: 3 } }), d(1, 'linear', { init: { name: 'normal', std: 3 } })],
  loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(150) });
add('init-scale.survey-uniform-two-tanh', { seed: 24, data: surveyQ(), layers: [d(32, 'tanh', { init: { name: 'uniform', limit: 2 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 2 } }), d(3, 'softmax')],
  loss: 'cce', optimizer: opt('sgd', 0.01), training: tr(150) });
add('init-scale.compost-tiny-std-deep', { seed: 25, data: compostTemp(), layers: [d(32, 'tanh', { init: { name: 'normal', std: 0.001 } }), d(32, 'tanh', { init: { name: 'normal', std: 0.001 } }), d(32, 'tanh', { init: { name: 'normal', std: 0.001 } }), d(1, 'linear')],
  loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(150) });

// no-nonlinearity
add('no-nonlinearity.compost-linear-stack', { seed: 26, data: compostTemp(), layers: [d(32, 'linear'), d(16, 'linear'), d(1, 'linear')], loss: 'mse',
  optimizer: opt('adam', 0.003), training: tr(200) });
add('no-nonlinearity.sorting-linear-hidden', { seed: 27, data: sortPurity(), layers: [d(24, 'linear'), d(12, 'linear'), d(1, 'linear')], loss: 'mse',
  optimizer: opt('rmsprop', 0.002), training: tr(200) });
add('no-nonlinearity.sorting-grade-no-activation', { seed: 28, data: sortGrade(), layers: [{ type: 'dense', units: 32 }, { type: 'dense', units: 16 }, d(3, 'softmax')], loss: 'cce',
  optimizer: opt('adam', 0.005), training: tr(200) });

// lr-out-of-range
add('lr-out-of-range.survey-adam-lr-five', { seed: 29, data: surveyQ(), layers: [d(24), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 5), training: tr(100) });
add('lr-out-of-range.compost-sgd-1e-8', { seed: 30, data: compostTemp(), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 1e-8, { momentum: 0.9 }), training: tr(200) });
add('lr-out-of-range.routes-rmsprop-lr-twenty', { seed: 31, data: routesRisk(), layers: [d(32), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 20), training: tr(100) });

// dead-relu
add('dead-relu.routes-negative-bias', { seed: 32, data: routesDur(), layers: [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1, 'linear')], loss: 'mse',
  optimizer: opt('adam', 0.001), training: tr(150) });
add('dead-relu.gas-raw-pressure-sgd', { seed: 33, data: gasFire('none'), layers: [d(32), d(16), d(1, 'sigmoid')], loss: 'bce',
  optimizer: opt('sgd', 0.01), training: tr(100) });
add('dead-relu.compost-sgd-high-lr', { seed: 34, data: compostTemp(), layers: [d(32), d(32), d(1, 'linear')], loss: 'mse',
  optimizer: opt('sgd', 0.3, { momentum: 0.9 }), training: tr(150, 16) });
add('dead-relu.survey-bias-minus-three', { seed: 35, data: surveyQ(), layers: [d(32, 'relu', { bias: -3 }), d(3, 'softmax')], loss: 'cce',
  optimizer: opt('sgd', 0.05), training: tr(150) });

// exploding-gradient
add('exploding-gradient.gas-raw-pressure-adam', { seed: 36, data: gasFire('none'), layers: [d(32), d(16), d(1, 'sigmoid')], loss: 'bce',
  optimizer: opt('adam', 0.001), training: tr(100) });
add('exploding-gradient.routes-raw-payload-clipped', { seed: 37, data: routesDur('none', 'none'), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse',
  optimizer: opt('sgd', 0.001, { clipNorm: 1 }), training: tr(100) });
add('exploding-gradient.compost-deep-std-one', { seed: 38, data: compostTemp(), layers: [1, 2, 3, 4, 5, 6].map(() => d(32, 'relu', { init: { name: 'normal', std: 1 } })).concat([d(1, 'linear')]),
  loss: 'mse', optimizer: opt('rmsprop', 0.0005), training: tr(100) });
add('exploding-gradient.compost-raw-units-clipped', { seed: 39, data: csv('compost.csv', 'temp_c', COMPOST_X, 'none', { normalizeTarget: 'none' }), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse',
  optimizer: opt('adam', 0.001, { clipNorm: 5 }), training: tr(150) });

// vanishing-gradient
add('vanishing-gradient.sorting-deep-sigmoid', { seed: 40, data: sortGrade(), layers: [1, 2, 3, 4, 5, 6, 7].map(() => d(16, 'sigmoid')).concat([d(3, 'softmax')]), loss: 'cce',
  optimizer: opt('sgd', 0.05), training: tr(150) });
add('vanishing-gradient.routes-deep-sigmoid-small-init', { seed: 41, data: routesRisk(), layers: [1, 2, 3, 4, 5, 6].map(() => d(24, 'sigmoid', { init: { name: 'normal', std: 0.05 } })).concat([d(4, 'softmax')]), loss: 'cce',
  optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150) });
add('vanishing-gradient.gas-deep-tanh-tiny', { seed: 42, data: gasFire(), layers: [1, 2, 3, 4, 5, 6, 7, 8].map(() => d(16, 'tanh', { init: { name: 'normal', std: 0.02 } })).concat([d(1, 'sigmoid')]), loss: 'bce',
  optimizer: opt('sgd', 0.05), training: tr(120) });

// nan-loss
add('nan-loss.routes-raw-minutes-sgd', { seed: 43, data: routesDur('none', 'none'), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse',
  optimizer: opt('sgd', 0.01), training: tr(100) });
add('nan-loss.compost-raw-volume-momentum', { seed: 44, data: compostTemp('none', 'none'), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse',
  optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100) });
add('nan-loss.gas-timestamp-feature', { seed: 45, data: csv('gaswells.csv', 'fire_risk', ['timestamp', ...GAS_X], 'none'), layers: [d(16), d(1, 'sigmoid')], loss: 'bce',
  optimizer: opt('sgd', 0.1), training: tr(100) });
add('nan-loss.routes-payload-target-momentum', { seed: 46, data: csv('routes.csv', 'payload_kg', ['stops', 'distance_km', 'fill_share', 'weekday'], 'none', { normalizeTarget: 'none' }), layers: [d(32), d(1, 'linear')], loss: 'mse',
  optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100) });

add('nan-loss.routes-payload-target-elu-sgd', { seed: 65, data: csv('routes.csv', 'payload_kg', ['stops', 'distance_km', 'fill_share', 'weekday'], 'standard', { normalizeTarget: 'none' }), layers: [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse',
  optimizer: opt('sgd', 0.01), training: tr(100) });
add('nan-loss.compost-raw-features-elu-momentum', { seed: 66, data: compostTemp('none', 'standard'), layers: [d(32, 'elu'), d(1, 'linear')], loss: 'mse',
  optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100) });
add('nan-loss.routes-raw-units-elu-momentum', { seed: 68, data: csv('routes.csv', 'duration_min', ROUTE_X, 'none', { normalizeTarget: 'none' }), layers: [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse',
  optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(100) });

// lr-too-high
add('lr-too-high.survey-adam-0.3', { seed: 47, data: surveyQ(), layers: [d(32), d(16), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.3), training: tr(100) });
add('lr-too-high.routes-risk-sgd-2', { seed: 48, data: routesRisk(), layers: [d(32), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 2), training: tr(100) });
add('lr-too-high.compost-rmsprop-0.1', { seed: 49, data: compostTemp(), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.1), training: tr(150) });
add('lr-too-high.sorting-momentum-0.5', { seed: 50, data: sortPurity(), layers: [d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.5, { momentum: 0.9 }), training: tr(150) });

// lr-too-low
add('lr-too-low.sorting-sgd-1e-4', { seed: 51, data: sortPurity(), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 1e-4), training: tr(100) });
add('lr-too-low.survey-adam-1e-6', { seed: 52, data: surveyQ(), layers: [d(32), d(16), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 1e-6), training: tr(150) });
add('lr-too-low.routes-rmsprop-2e-6', { seed: 53, data: routesDur(), layers: [d(48, 'elu'), d(24, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 2e-6), training: tr(120) });

// saturated-activation
add('saturated-activation.routes-tanh-raw-payload', { seed: 54, data: routesRisk('none'), layers: [d(32, 'tanh'), d(16, 'tanh'), d(4, 'softmax')], loss: 'cce',
  optimizer: opt('adam', 0.003), training: tr(150) });
add('saturated-activation.gas-sigmoid-raw-pressure', { seed: 55, data: gasFire('none'), layers: [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce',
  optimizer: opt('adam', 0.003), training: tr(100) });
add('saturated-activation.sorting-tanh-std-four', { seed: 56, data: sortGrade(), layers: [d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(3, 'softmax')], loss: 'cce',
  optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(150) });

// loss-plateau
add('loss-plateau.survey-weight-decay-half', { seed: 57, data: surveyQ(), layers: [d(32), d(16), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003, { weightDecay: 0.5 }), training: tr(150) });
add('loss-plateau.routes-id-columns-only', { seed: 58, data: csv('routes.csv', 'duration_min', ['depot_id', 'timestamp'], 'standard', { normalizeTarget: 'standard' }), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse',
  optimizer: opt('adam', 0.003), training: tr(150) });
add('loss-plateau.compost-dropout-heavy', { seed: 59, data: compostTemp(), layers: [d(16), drop(0.9), d(16), drop(0.9), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(200) });
add('loss-plateau.sorting-weight-decay-sgd', { seed: 60, data: sortPurity(), layers: [d(32, 'tanh'), d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9, weightDecay: 1 }), training: tr(150) });

// oscillating-loss
add('oscillating-loss.routes-momentum-099', { seed: 61, data: routesDur(), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.99 }), training: tr(150) });
add('oscillating-loss.survey-batch-four-sgd', { seed: 62, data: surveyQ(), layers: [d(32), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.5), training: tr(100, 4) });
add('oscillating-loss.compost-rmsprop-0.03-batch8', { seed: 63, data: compostTemp(), layers: [d(32, 'tanh'), d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.03), training: tr(150, 8) });
add('oscillating-loss.gas-adam-0.05-batch8', { seed: 64, data: gasFire(), layers: [d(32), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(100, 8) });

add('oscillating-loss.sorting-grade-momentum-095', { seed: 69, data: sortGrade(), layers: [d(32), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.3, { momentum: 0.95 }), training: tr(150, 16) });
add('oscillating-loss.routes-risk-rmsprop-0.05-batch8', { seed: 70, data: routesRisk(), layers: [d(32), d(16), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.05), training: tr(150, 8) });
add('oscillating-loss.compost-adam-0.08-batch4', { seed: 71, data: compostTemp(), layers: [d(32, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.08), training: tr(120, 4) });

// ---------------------------------------------------------------- healthy candidates
add('h.routes-duration-adam', { seed: 101, data: routesDur(), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150) });
add('h.routes-duration-sgd-momentum', { seed: 102, data: routesDur(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(150) });
add('h.routes-duration-rmsprop-minmax', { seed: 103, data: routesDur('minmax', 'minmax'), layers: [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(200) });
add('h.routes-duration-batchnorm-val', { seed: 104, data: routesDur(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32, { validationSplit: 0.2 }) });
add('h.routes-risk-adam', { seed: 105, data: routesRisk(), layers: [d(32), d(16), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(200) });
add('h.routes-risk-sgd-nesterov', { seed: 106, data: routesRisk(), layers: [d(32, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(200) });
add('h.routes-risk-dropout-wd', { seed: 107, data: routesRisk(), layers: [d(48), drop(0.2), d(24), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002, { weightDecay: 0.0005 }), training: tr(200, 32, { validationSplit: 0.2 }) });
add('h.routes-level-integer-rmsprop', { seed: 108, data: csv('routes.csv', 'overflow_level', ROUTE_X), layers: [d(32, 'leaky_relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(200) });
add('h.sorting-purity-adam', { seed: 109, data: sortPurity(), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(200) });
add('h.sorting-purity-tanh-sgd', { seed: 110, data: sortPurity(), layers: [d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(250) });
add('h.sorting-purity-clipnorm-elu', { seed: 111, data: sortPurity(), layers: [d(32, 'elu'), d(32, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.002, { clipNorm: 1 }), training: tr(200, 16) });
add('h.sorting-grade-adam', { seed: 112, data: sortGrade(), layers: [d(32), d(16), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(200) });
add('h.sorting-grade-rmsprop-bn', { seed: 113, data: sortGrade(), layers: [d(32, 'relu', { batchNorm: true }), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(200) });
add('h.gas-fire-adam', { seed: 114, data: gasFire(), layers: [d(16), d(8), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(200) });
add('h.gas-fire-sgd-momentum', { seed: 115, data: gasFire(), layers: [d(24, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(250) });
add('h.gas-fire-rmsprop-minmax', { seed: 116, data: gasFire('minmax'), layers: [d(32), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(250) });
add('h.gas-fire-dropout-val', { seed: 117, data: gasFire(), layers: [d(32), drop(0.1), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(200, 32, { validationSplit: 0.2 }) });
add('h.compost-temp-adam', { seed: 118, data: compostTemp(), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(250) });
add('h.compost-temp-tanh-rmsprop', { seed: 119, data: compostTemp(), layers: [d(32, 'tanh'), d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(250) });
add('h.compost-temp-sgd-elu', { seed: 120, data: compostTemp(), layers: [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(300, 16) });
add('h.compost-temp-he-uniform-wd', { seed: 121, data: compostTemp(), layers: [d(48, 'relu', { init: 'he_uniform' }), d(24, 'relu', { init: 'he_uniform' }), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.002, { weightDecay: 0.0001 }), training: tr(250) });
add('h.survey-quality-adam', { seed: 122, data: surveyQ(), layers: [d(24), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(150) });
add('h.survey-quality-sgd', { seed: 123, data: surveyQ(), layers: [d(32, 'tanh'), d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150) });
add('h.survey-quality-rmsprop-bn-dropout', { seed: 124, data: surveyQ(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.2), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(150, 32, { validationSplit: 0.15 }) });
add('h.builtin-iris-bins-adam', { seed: 125, data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 16) });
add('h.builtin-blobs-four-streams', { seed: 126, data: { builtin: 'blobs', classes: 4, samples: 400, noise: 0.2 }, layers: [d(16), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(100) });
add('h.builtin-moons-sorter', { seed: 127, data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(200) });
add('h.builtin-circles-bin-zone', { seed: 128, data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16), d(8), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(200) });
add('h.builtin-sine-fill-cycle', { seed: 129, data: { builtin: 'sine', samples: 300 }, layers: [d(32, 'tanh'), d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(300) });
add('h.builtin-spirals-three-lines', { seed: 130, data: { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 }, layers: [d(64), d(32), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(400) });
add('h.builtin-xor-two-flags', { seed: 131, data: { builtin: 'xor', samples: 300 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(200) });
add('h.inline-bale-weights', { seed: 132, data: { inline: {
  x: [[0.9, 0.1], [0.8, 0.2], [0.7, 0.4], [0.2, 0.9], [0.1, 0.8], [0.3, 0.7], [0.85, 0.15], [0.15, 0.85], [0.75, 0.3], [0.25, 0.75], [0.95, 0.05], [0.05, 0.95]],
  y: ['paper', 'paper', 'paper', 'plastic', 'plastic', 'plastic', 'paper', 'plastic', 'paper', 'plastic', 'paper', 'plastic'] } },
  layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(200, 4) });
add('h.routes-duration-deep-leaky', { seed: 133, data: routesDur(), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(200) });
add('h.compost-temp-xavier-normal-tanh', { seed: 134, data: compostTemp(), layers: [d(32, 'tanh', { init: 'xavier_normal' }), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(300, 16) });
add('h.sorting-grade-lecun-elu-sgd', { seed: 135, data: sortGrade(), layers: [d(32, 'elu', { init: 'lecun_normal' }), d(16, 'elu', { init: 'lecun_normal' }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(200) });
add('h.gas-fire-clipnorm-batch64', { seed: 136, data: gasFire(), layers: [d(32, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005, { clipNorm: 2 }), training: tr(200, 64) });
add('h.survey-quality-leaky-wd', { seed: 137, data: surveyQ(), layers: [d(48, 'leaky_relu'), d(24, 'leaky_relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002, { weightDecay: 0.001 }), training: tr(150, 16) });

for (const [name, spec] of Object.entries(specs)) fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify(spec, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates written to ${path.relative(process.cwd(), out)}`);
