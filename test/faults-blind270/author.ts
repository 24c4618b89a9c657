/**
 * Writes every candidate spec of fault set blind270 (canoe and kayak rental outfitters) into
 * candidates/: `npx tsx test/faults-blind270/author.ts`. Faults are `<code>.<slug>.nn.json`,
 * healthy specs `ok.<slug>.nn.json`. Data paths are relative to the spec (../data/...).
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

type Obj = Record<string, unknown>;
let seed = 270;
function put(name: string, spec: Obj): void {
  const full = { name: name.replace(/\./g, '-'), seed: (seed = (seed * 31 + 7) % 9973), ...spec };
  fs.writeFileSync(path.join(OUT, `${name}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}

const TRIPF = ['group_size', 'trip_hours', 'water_temp_c', 'wind_kmh', 'river_flow_cms', 'experience_level', 'boat_age_years', 'paddle_length_cm'];
const DAILYF = ['air_temp_c', 'air_temp_f', 'rain_mm', 'wind_kmh', 'water_level_m', 'weekend', 'school_holiday'];
const RETF = ['hull_scratch_mm', 'dent_count', 'keel_wear_pct', 'days_since_service', 'km_paddled'];
const capsize = (normalize = 'standard', extra: Obj = {}) => ({ csv: '../data/trips.csv', target: 'capsized', features: TRIPF, normalize, ...extra });
const revenue = (normalize = 'standard', normalizeTarget = 'standard', extra: Obj = {}) => ({ csv: '../data/trips.csv', target: 'revenue_eur', features: TRIPF, normalize, normalizeTarget, ...extra });
const daily = (normalize = 'standard', normalizeTarget = 'standard', extra: Obj = {}) => ({ csv: '../data/daily.csv', target: 'boats_rented', features: DAILYF, normalize, normalizeTarget, ...extra });
const grade = (normalize = 'standard', extra: Obj = {}) => ({ csv: '../data/returns.csv', target: 'grade', features: RETF, normalize, ...extra });
const d = (units: number, activation = 'linear', extra: Obj = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Obj = {}) => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}) => ({ epochs, batchSize, ...extra });

// ======================= faults =======================
// invalid-spec
put('invalid-spec.adamw-optimizer', { data: capsize(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adamw', 0.001, { weightDecay: 0.01 }), training: tr(80, 32) });
put('invalid-spec.swish-activation', { data: daily(), layers: [d(24, 'swish'), d(12, 'swish'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 16) });
put('invalid-spec.keras-loss-name', { data: capsize(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: opt('rmsprop', 0.002), training: tr(60, 32) });
put('invalid-spec.validation-split-percent', { data: grade(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 16, { validationSplit: 20 }) });
put('invalid-spec.batch-size-zero', { data: revenue(), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 0) });
// data-error
put('data-error.target-typo-capsize', { data: { ...capsize(), target: 'capsize' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('data-error.front-desk-gaps', { data: { ...capsize(), csv: '../data/trips-gaps.csv' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('data-error.start-time-feature', { data: revenue('standard', 'standard', { features: ['start_time', ...TRIPF] }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('data-error.next-season-file', { data: { ...daily(), csv: '../data/daily-2024.csv' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('data-error.path-outside-workspace', { data: { ...grade(), csv: '../../../../../../outfitter/returns.csv' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('data-error.boat-id-feature', { data: grade('standard', { features: ['boat_id', ...RETF] }), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
// shape-mismatch
put('shape-mismatch.grade-two-units', { data: grade(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 16) });
put('shape-mismatch.boats-and-staff-one-unit', { data: daily('standard', 'standard', { target: ['boats_rented', 'staff_hours'] }), layers: [d(24, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 16) });
put('shape-mismatch.capsized-two-sigmoids', { data: capsize(), layers: [d(12, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('shape-mismatch.grade-four-classes', { data: grade('minmax'), layers: [d(20, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(100, 32) });
// loss-activation-mismatch
put('loss-activation-mismatch.grade-sigmoid-cce', { data: grade(), layers: [d(16, 'relu'), d(3, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(100, 16) });
put('loss-activation-mismatch.capsized-linear-bce', { data: capsize(), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('loss-activation-mismatch.boats-sigmoid-mse', { data: daily('standard', 'none'), layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 16) });
put('loss-activation-mismatch.revenue-relu-head-standardised', { data: revenue(), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 16) });
put('loss-activation-mismatch.capsized-softmax-mse', { data: capsize(), layers: [d(12, 'tanh'), d(1, 'softmax')], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
// init-symmetry
put('init-symmetry.zeros-hidden-capsize', { data: capsize(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('init-symmetry.constant-daily', { data: daily(), layers: [d(24, 'relu', { init: 'constant', value: 0.1 }), d(12, 'relu', { init: 'constant', value: 0.1 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(120, 16) });
put('init-symmetry.zeros-everywhere-grade', { data: grade(), layers: [d(16, 'sigmoid', { init: 'zeros' }), d(3, 'softmax', { init: 'zeros' })], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(100, 16) });
put('init-symmetry.constant-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'tanh', { init: 'constant', value: 0.3 }), d(16, 'tanh', { init: 'constant', value: 0.3 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
// init-scale
put('init-scale.normal-std-8-revenue', { data: revenue(), layers: [d(32, 'relu', { init: 'normal', std: 8 }), d(16, 'relu', { init: 'normal', std: 8 }), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(100, 32) });
put('init-scale.uniform-limit-20-tanh', { data: capsize(), layers: [d(24, 'tanh', { init: 'uniform', limit: 20 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
put('init-scale.tiny-std-deep-grade', { data: grade(), layers: [d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(3, 'softmax', { init: 'normal', std: 1e-4 })], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 16) });
put('init-scale.normal-std-3-daily', { data: daily(), layers: [d(32, 'elu', { init: 'normal', std: 3 }), d(32, 'elu', { init: 'normal', std: 3 }), d(1, 'linear', { init: 'normal', std: 3 })], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(100, 32) });
// no-nonlinearity
put('no-nonlinearity.linear-stack-circles', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
put('no-nonlinearity.linear-stack-xor', { data: { builtin: 'xor', samples: 300 }, layers: [d(8), d(8), d(8), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 16) });
put('no-nonlinearity.linear-spirals', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(32, 'linear'), d(32, 'linear'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(150, 32) });
put('no-nonlinearity.linear-daily-demand', { data: daily(), layers: [d(32), d(16), d(8), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 16) });
// lr-out-of-range
put('lr-out-of-range.adam-lr-5', { data: capsize(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 5), training: tr(100, 32) });
put('lr-out-of-range.sgd-lr-80', { data: daily(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 80), training: tr(100, 32) });
put('lr-out-of-range.rmsprop-1e-9', { data: grade(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 1e-9), training: tr(100, 32) });
put('lr-out-of-range.nesterov-lr-25', { data: revenue(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 25, { momentum: 0.9, nesterov: true }), training: tr(60, 16) });
// dead-relu
put('dead-relu.negative-bias-capsize', { data: capsize(), layers: [d(24, 'relu', { bias: -6 }), d(12, 'relu', { bias: -6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(100, 32) });
put('dead-relu.bias-minus-ten-daily', { data: daily(), layers: [d(32, 'relu', { bias: -10 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 16) });
put('dead-relu.sgd-big-step-raw-flow', { data: revenue('none', 'standard'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(80, 16) });
put('dead-relu.grade-negative-bias', { data: grade(), layers: [d(16, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(100, 16) });
// exploding-gradient
put('exploding-gradient.raw-revenue-deep', { data: revenue('none', 'none'), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(60, 32) });
put('exploding-gradient.std-1-deep-relu', { data: daily(), layers: [d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 32) });
put('exploding-gradient.raw-boats-target-clip-off', { data: daily('none', 'none'), layers: [d(24, 'relu'), d(24, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-4, { momentum: 0.9 }), training: tr(60, 16) });
put('exploding-gradient.raw-flow-staff', { data: { csv: '../data/daily.csv', target: 'staff_hours', features: DAILYF, normalize: 'none' }, layers: [d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.01), training: tr(60, 32) });
// vanishing-gradient
put('vanishing-gradient.deep-sigmoid-capsize', { data: capsize(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
put('vanishing-gradient.deep-tanh-small-init-grade', { data: grade(), layers: Array.from({ length: 8 }, () => d(12, 'tanh', { init: 'normal', std: 0.05 })).concat([d(3, 'softmax')]), loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(100, 32) });
put('vanishing-gradient.sigmoid-tower-moons', { data: { builtin: 'moons', samples: 240 }, layers: Array.from({ length: 10 }, () => d(10, 'sigmoid', { init: 'xavier_normal' })).concat([d(1, 'sigmoid')]), loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(120, 16) });
// nan-loss
put('nan-loss.raw-revenue-sgd', { data: revenue('none', 'none'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(50, 16) });
put('nan-loss.raw-daily-big-rate', { data: daily('none', 'none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(50, 8) });
put('nan-loss.huge-init-elu', { data: revenue('none', 'none'), layers: [d(32, 'elu', { init: 'normal', std: 50 }), d(32, 'elu', { init: 'normal', std: 50 }), d(1, 'linear', { init: 'normal', std: 50 })], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(50, 32) });
// lr-too-high
put('lr-too-high.adam-0.3-capsize', { data: capsize(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.3), training: tr(100, 32) });
put('lr-too-high.sgd-3-grade', { data: grade(), layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 3), training: tr(100, 16) });
put('lr-too-high.rmsprop-0.1-daily', { data: daily(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.1), training: tr(100, 16) });
put('lr-too-high.momentum-0.99-revenue', { data: revenue(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.3, { momentum: 0.99 }), training: tr(100, 32) });
// lr-too-low
put('lr-too-low.sgd-1e-5-capsize', { data: capsize(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-5), training: tr(60, 32) });
put('lr-too-low.adam-1e-6-daily', { data: daily(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 1e-6), training: tr(80, 32) });
put('lr-too-low.rmsprop-3e-6-grade', { data: grade(), layers: [d(24, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 3e-6), training: tr(80, 16) });
put('lr-too-low.momentum-1e-5-revenue', { data: revenue(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-5, { momentum: 0.9 }), training: tr(60, 32) });
// saturated-activation
put('saturated-activation.raw-features-sigmoid', { data: capsize('none'), layers: [d(16, 'sigmoid', { init: 'normal', std: 1 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('saturated-activation.tanh-big-bias', { data: daily(), layers: [d(24, 'tanh', { bias: 6 }), d(12, 'tanh', { bias: 6 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 16) });
put('saturated-activation.raw-days-km-tanh', { data: grade('none'), layers: [d(20, 'tanh', { init: 'xavier_normal' }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 16) });
// loss-plateau
put('loss-plateau.weight-decay-half', { data: daily(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003, { weightDecay: 2 }), training: tr(100, 16) });
put('loss-plateau.dropout-0.9-grade', { data: grade(), layers: [d(16, 'relu'), drop(0.95), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(120, 16) });
put('loss-plateau.sgd-sigmoid-raw-daily', { data: daily('none'), layers: [d(16, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.002), training: tr(120, 32) });
put('loss-plateau.clipnorm-tiny-circles', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01, { clipNorm: 1e-4 }), training: tr(150, 32) });
// oscillating-loss
put('oscillating-loss.momentum-batch-1-daily', { data: daily(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.95 }), training: tr(60, 1) });
put('oscillating-loss.adam-batch-2-capsize', { data: capsize(), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(80, 2) });
put('oscillating-loss.rmsprop-batch-4-grade', { data: grade(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.03), training: tr(80, 4) });
put('oscillating-loss.fullbatch-sgd-revenue', { data: revenue(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.9), training: tr(120, 460) });

// ======================= healthy =======================
put('ok.capsize-adam-relu', { data: capsize(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(150, 32) });
put('ok.capsize-momentum-tanh-minmax', { data: capsize('minmax'), layers: [d(12, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.capsize-logistic-only', { data: capsize(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.2), training: tr(150, 460) });
put('ok.capsize-rmsprop-dropout-val', { data: capsize(), layers: [d(32, 'relu'), drop(0.2), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(120, 16, { validationSplit: 0.2 }) });
put('ok.capsize-elu-batchnorm', { data: capsize(), layers: [d(16, 'elu', { batchNorm: true }), d(8, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(100, 64) });
put('ok.capsize-batch-1-sgd', { data: capsize(), layers: [d(8, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.003), training: tr(40, 1) });
put('ok.revenue-adam-relu', { data: revenue(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });
put('ok.revenue-rmsprop-elu-minmax', { data: revenue('minmax', 'minmax'), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(150, 16) });
put('ok.revenue-nesterov-tanh', { data: revenue(), layers: [d(24, 'tanh'), d(12, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });
put('ok.revenue-clipnorm-wd', { data: revenue(), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.002, { weightDecay: 1e-4, clipNorm: 5 }), training: tr(150, 32, { validationSplit: 0.15 }) });
put('ok.daily-adam-relu', { data: daily(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 16) });
put('ok.daily-eu-export-leaky', { data: { ...daily(), csv: '../data/daily-eu.csv' }, layers: [d(24, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(150, 16) });
put('ok.daily-two-targets', { data: daily('standard', 'standard', { target: ['boats_rented', 'staff_hours'] }), layers: [d(32, 'relu'), d(16, 'relu'), d(2)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 16) });
put('ok.daily-linear-regression', { data: daily(), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 380) });
put('ok.daily-rmsprop-elu-deep', { data: daily('minmax'), layers: [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(8, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(150, 32) });
put('ok.daily-full-batch-adam', { data: daily(), layers: [d(48, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(400, 380) });
put('ok.daily-batchnorm-dropout', { data: daily(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.1), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.staff-hours-sigmoid-hidden', { data: { csv: '../data/daily.csv', target: 'staff_hours', features: DAILYF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.3, { momentum: 0.5 }), training: tr(200, 32) });
put('ok.grade-adam-relu', { data: grade(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(150, 16) });
put('ok.grade-momentum-batchnorm', { data: grade(), layers: [d(16, 'relu', { batchNorm: true }), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 8) });
put('ok.grade-tanh-rmsprop-minmax', { data: grade('minmax'), layers: [d(20, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.005), training: tr(200, 32) });
put('ok.grade-softmax-regression', { data: grade(), layers: [d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.5), training: tr(200, 340) });
put('ok.grade-leaky-wd-val', { data: grade(), layers: [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002, { weightDecay: 1e-3 }), training: tr(150, 32, { validationSplit: 0.25 }) });
put('ok.iris-adam', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 16) });
put('ok.iris-sgd-sigmoid', { data: { builtin: 'iris', normalize: 'minmax' }, layers: [d(8, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.5, { momentum: 0.9 }), training: tr(200, 16) });
put('ok.moons-tanh-nesterov', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(200, 16) });
put('ok.circles-relu-adam', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(200, 32) });
put('ok.xor-elu-rmsprop', { data: { builtin: 'xor', samples: 300 }, layers: [d(8, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.01), training: tr(200, 16) });
put('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(300, 32) });
put('ok.blobs-four-classes', { data: { builtin: 'blobs', samples: 400, classes: 4 }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
put('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(300, 16) });
put('ok.sine-elu-batch-4', { data: { builtin: 'sine', samples: 200 }, layers: [d(24, 'elu'), d(24, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(150, 4) });
put('ok.inline-paddle-fit', { data: { inline: { x: [[150, 60], [160, 70], [170, 75], [175, 80], [180, 85], [185, 95], [190, 90], [165, 55], [172, 68], [195, 100], [158, 52], [182, 78]], y: [210, 215, 220, 225, 230, 235, 240, 215, 220, 240, 210, 230] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(4, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(300, 12) });
put('ok.inline-rescue-call', { data: { inline: { x: [[5, 0], [10, 1], [35, 0], [40, 2], [8, 3], [30, 1], [45, 0], [12, 2], [38, 3], [6, 1], [42, 1], [28, 0], [15, 3], [33, 2]], y: ['no', 'no', 'yes', 'yes', 'no', 'yes', 'yes', 'no', 'no', 'no', 'yes', 'yes', 'no', 'no'] }, normalize: 'standard' }, layers: [d(6, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(300, 7) });
put('ok.capsize-wide-rmsprop-clip', { data: capsize(), layers: [d(64, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.0005, { clipNorm: 1 }), training: tr(150, 32) });
put('ok.revenue-batch-460-sgd', { data: revenue(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(400, 460) });
put('ok.grade-elu-nesterov-batch-2', { data: grade(), layers: [d(12, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.005, { momentum: 0.9, nesterov: true }), training: tr(60, 2) });
put('ok.daily-tanh-sgd-small-batch', { data: daily(), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(150, 4) });
put('ok.revenue-leaky-deep-narrow', { data: revenue(), layers: [d(12, 'leaky_relu'), d(12, 'leaky_relu'), d(12, 'leaky_relu'), d(8, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(200, 32) });
put('ok.moons-sigmoid-hidden-fullbatch', { data: { builtin: 'moons', samples: 200 }, layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(400, 200) });
put('ok.capsize-lecun-elu-adam', { data: capsize(), layers: [d(20, 'elu', { init: 'lecun_normal' }), d(10, 'elu', { init: 'lecun_normal' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(200, 16) });
put('ok.daily-he-uniform-wd', { data: daily(), layers: [d(40, 'relu', { init: 'he_uniform' }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.8, weightDecay: 1e-4 }), training: tr(200, 32) });
// ---- second pass (added after the first observation, before any decision was final) ----
put('exploding-gradient.raw-revenue-target-adam', { data: revenue('standard', 'none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(100, 32) });
put('exploding-gradient.raw-boats-target-clipped', { data: daily('standard', 'none'), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001, { clipNorm: 1 }), training: tr(100, 32) });
put('exploding-gradient.raw-staff-elu-rmsprop', { data: { csv: '../data/daily.csv', target: 'staff_hours', features: DAILYF, normalize: 'none' }, layers: [d(32, 'elu'), d(32, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(100, 32) });
put('oscillating-loss.adam-batch-1-grade', { data: grade(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.03), training: tr(60, 1) });
put('oscillating-loss.sgd-0.5-batch-2-iris', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.5), training: tr(100, 2) });
put('oscillating-loss.rmsprop-0.05-batch-8-capsize', { data: capsize(), layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.05), training: tr(80, 8) });
put('ok.capsize-relu-two-layers-long', { data: capsize(), layers: [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(200, 16) });
put('ok.grade-rmsprop-elu-two-layers', { data: grade(), layers: [d(32, 'elu'), d(16, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(150, 32) });
put('ok.daily-eu-adam-tanh-batch-64', { data: { ...daily(), csv: '../data/daily-eu.csv' }, layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(200, 64) });
put('ok.circles-leaky-momentum', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(12, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(200, 16) });
put('ok.staff-hours-minmax-rmsprop', { data: { csv: '../data/daily.csv', target: 'staff_hours', features: DAILYF, normalize: 'minmax', normalizeTarget: 'minmax' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(100, 8) });
put('ok.spirals-two-class-tanh', { data: { builtin: 'spirals', samples: 300 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(300, 16) });
put('ok.iris-elu-dropout-val', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'elu'), drop(0.1), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(150, 8, { validationSplit: 0.2 }) });
put('oscillating-loss.momentum-0.2-batch-8-grade', { data: grade(), layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.2, { momentum: 0.9 }), training: tr(80, 8) });
put('oscillating-loss.rmsprop-0.05-batch-2-daily', { data: daily(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: tr(60, 2) });
put('oscillating-loss.adam-0.1-batch-4-moons', { data: { builtin: 'moons', samples: 200, noise: 0.2 }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.1), training: tr(80, 4) });
console.log(`wrote ${fs.readdirSync(OUT).length} candidates`);
