/** Writes every candidate spec of set blind208 into candidates/ (run from the set's folder: `npx tsx author.ts`). */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
type J = Record<string, unknown>;
let seed = 208;
function w(file: string, s: J): void {
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify({ name: file.replace(/^[^.]*\./, ''), seed: seed++, ...s }, null, 2) + '\n');
}
const D = '../data/dives.csv', G = '../data/dives-gaps.csv', C = '../data/courses.csv', B = '../data/boat-fuel.csv', T = '../data/tank-fills.csv';
const DF = ['max_depth_m', 'bottom_time_min', 'water_temp_c', 'diver_age', 'logged_dives', 'surface_interval_h', 'ascent_rate_m_min', 'boat_no'];
const DF2 = ['max_depth_m', 'max_depth_ft', 'bottom_time_min', 'water_temp_c', 'logged_dives', 'surface_interval_h', 'ascent_rate_m_min'];
const CF = ['age', 'swim_200m_min', 'pool_sessions', 'theory_score', 'bmi', 'anxiety_score', 'prior_snorkel'];
const BF = ['distance_nm', 'passengers', 'wave_height_m', 'wind_kn', 'engine_hours'];
const TF = ['start_bar', 'ambient_c', 'fill_time_min', 'tank_litres', 'end_bar_warm'];
const alarm = (norm = 'standard', feats = DF, extra: J = {}) => ({ csv: D, target: 'deco_alarm', features: feats, normalize: norm, ...extra });
const air = (norm = 'standard', nt?: string, feats = DF) => ({ csv: D, target: 'air_used_bar', features: feats, normalize: norm, ...(nt ? { normalizeTarget: nt } : {}) });
const course = (norm = 'standard') => ({ csv: C, target: 'outcome', features: CF, normalize: norm });
const fuel = (norm = 'standard', nt?: string) => ({ csv: B, target: 'fuel_l', features: BF, normalize: norm, ...(nt ? { normalizeTarget: nt } : {}) });
const tank = (norm = 'standard', nt?: string) => ({ csv: T, target: 'settled_bar', features: TF, normalize: norm, ...(nt ? { normalizeTarget: nt } : {}) });
const d = (units: number, activation = 'relu', more: J = {}) => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: J = {}) => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: J = {}) => ({ epochs, batchSize, ...more });
const binHead = d(1, 'sigmoid');
const clsHead = d(3, 'softmax');
const regHead = d(1, 'linear');

// ---------------- faults ----------------
// invalid-spec
w('invalid-spec.swish-activation', { data: alarm(), layers: [d(16, 'swish'), d(8), binHead], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
w('invalid-spec.adamw-optimizer', { data: course(), layers: [d(16), clsHead], loss: 'cce', optimizer: opt('adamw', 0.001, { weightDecay: 0.01 }), training: tr(100, 32) });
w('invalid-spec.keras-loss-name', { data: alarm(), layers: [d(12, 'tanh'), binHead], loss: 'binary_crossentropy', optimizer: opt('rmsprop', 0.002), training: tr(80, 16) });
w('invalid-spec.glorot-init', { data: air('standard', 'standard'), layers: [d(16, 'tanh', { init: 'glorot_uniform' }), regHead], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
w('invalid-spec.dropout-as-percent', { data: course(), layers: [d(32), drop(30), d(16), clsHead], loss: 'cce', optimizer: opt('adam', 0.002), training: tr(100, 32) });
w('invalid-spec.batch-zero', { data: fuel('standard', 'standard'), layers: [d(8), regHead], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 0) });
// data-error
w('data-error.logbook-file-renamed', { data: { csv: '../data/dive-log-2023.csv', target: 'deco_alarm', normalize: 'standard' }, layers: [d(16), binHead], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
w('data-error.dive-id-as-feature', { data: alarm('standard', ['dive_id', ...DF]), layers: [d(16), binHead], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
w('data-error.target-typo', { data: { csv: D, target: 'deco_alarms', features: DF, normalize: 'standard' }, layers: [d(16), binHead], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
w('data-error.logbook-gaps', { data: { csv: G, target: 'air_used_bar', features: DF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16), d(8), regHead], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
w('data-error.shared-drive-path', { data: { csv: '../../../../../../shop-share/dives.csv', target: 'deco_alarm', normalize: 'standard' }, layers: [d(8), binHead], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
w('data-error.boat-date-included', { data: { csv: B, target: 'fuel_l', normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(12), regHead], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 16) });
// shape-mismatch
w('shape-mismatch.two-outcomes-head', { data: course(), layers: [d(16), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
w('shape-mismatch.four-cert-levels', { data: course(), layers: [d(24, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(100, 32) });
w('shape-mismatch.air-three-outputs', { data: air('standard', 'standard'), layers: [d(16), d(3, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
w('shape-mismatch.alarm-two-sigmoids', { data: alarm(), layers: [d(16), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
// loss-activation-mismatch
w('loss-activation-mismatch.bce-linear-head', { data: alarm(), layers: [d(16), d(8), d(1, 'linear')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
w('loss-activation-mismatch.cce-sigmoid-head', { data: course(), layers: [d(16, 'tanh'), d(3, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
w('loss-activation-mismatch.mse-sigmoid-raw-air', { data: air('standard'), layers: [d(16), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
w('loss-activation-mismatch.softmax-single-bce', { data: alarm(), layers: [d(16), d(1, 'softmax')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
w('loss-activation-mismatch.tanh-head-raw-fuel', { data: fuel('standard'), layers: [d(12), d(1, 'tanh')], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(100, 16) });
// init-symmetry
w('init-symmetry.zeros-hidden', { data: alarm(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
w('init-symmetry.constant-relu', { data: course(), layers: [d(24, 'relu', { init: 'constant', value: 0.1 }), d(12, 'relu', { init: 'constant', value: 0.1 }), clsHead], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
w('init-symmetry.zeros-two-layers', { data: air('standard', 'standard'), layers: [d(16, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), regHead], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(100, 32) });
// init-scale
w('init-scale.normal-std-8', { data: alarm(), layers: [d(32, 'relu', { init: 'normal', std: 8 }), d(16, 'relu', { init: 'normal', std: 8 }), binHead], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(80, 32) });
w('init-scale.uniform-tiny-deep', { data: course(), layers: [d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(3, 'softmax', { init: 'uniform', limit: 1e-5 })], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
w('init-scale.tanh-std-5', { data: tank('standard', 'standard'), layers: [d(24, 'tanh', { init: 'normal', std: 5 }), d(12, 'tanh', { init: 'normal', std: 5 }), regHead], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(120, 32) });
// no-nonlinearity
w('no-nonlinearity.linear-stack-courses', { data: course(), layers: [d(32, 'linear'), d(16, 'linear'), clsHead], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
w('no-nonlinearity.default-activation-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [{ type: 'dense', units: 16 }, { type: 'dense', units: 16 }, binHead], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
w('no-nonlinearity.linear-hidden-circles', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(24, 'linear'), d(12, 'linear'), binHead], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(150, 32) });
// lr-out-of-range
w('lr-out-of-range.zero-rate', { data: alarm(), layers: [d(16), binHead], loss: 'bce', optimizer: opt('adam', 0), training: tr(80, 32) });
w('lr-out-of-range.negative-rate', { data: course(), layers: [d(16), clsHead], loss: 'cce', optimizer: opt('sgd', -0.01, { momentum: 0.9 }), training: tr(80, 32) });
w('lr-out-of-range.adam-lr-30', { data: air('standard', 'standard'), layers: [d(16), regHead], loss: 'mse', optimizer: opt('adam', 30), training: tr(80, 32) });
w('lr-out-of-range.sgd-lr-500', { data: tank('standard', 'standard'), layers: [d(16, 'tanh'), regHead], loss: 'mse', optimizer: opt('sgd', 500), training: tr(80, 32) });
// dead-relu
w('dead-relu.negative-bias-5', { data: alarm(), layers: [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), binHead], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(80, 32) });
w('dead-relu.sgd-kick-raw-logged', { data: air('none', 'standard'), layers: [d(32), d(16), regHead], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(80, 16) });
w('dead-relu.bias-minus-3-courses', { data: course(), layers: [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), clsHead], loss: 'cce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 32) });
w('dead-relu.adam-high-rate-fuel', { data: fuel('standard', 'standard'), layers: [d(16), d(16), d(16), regHead], loss: 'mse', optimizer: opt('adam', 0.3), training: tr(100, 8) });
// exploding-gradient
w('exploding-gradient.raw-air-sgd-deep', { data: air('none'), layers: [d(32), d(32), d(16), regHead], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 32) });
w('exploding-gradient.raw-tank-momentum', { data: tank('none'), layers: [d(16, 'tanh'), d(16, 'tanh'), regHead], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(80, 16) });
w('exploding-gradient.raw-fuel-rmsprop', { data: fuel('none'), layers: [d(32, 'elu', { init: 'normal', std: 1 }), d(32, 'elu', { init: 'normal', std: 1 }), d(32, 'elu', { init: 'normal', std: 1 }), regHead], loss: 'mse', optimizer: opt('rmsprop', 0.01), training: tr(80, 16) });
// vanishing-gradient
w('vanishing-gradient.sigmoid-seven-deep', { data: alarm(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), binHead], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
w('vanishing-gradient.tanh-small-normal-deep', { data: course(), layers: [d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), clsHead], loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(100, 32) });
w('vanishing-gradient.sigmoid-deep-moons', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), binHead], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(100, 16) });
// nan-loss
w('nan-loss.raw-air-sgd-hot', { data: air('none'), layers: [d(16), regHead], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(60, 32) });
w('nan-loss.raw-fuel-momentum', { data: fuel('none'), layers: [d(24), d(12), regHead], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.95 }), training: tr(60, 8) });
w('nan-loss.tank-huge-rate', { data: tank('minmax'), layers: [d(16, 'linear'), regHead], loss: 'mse', optimizer: opt('sgd', 0.5), training: tr(60, 32) });
// lr-too-high
w('lr-too-high.adam-0.5-courses', { data: course(), layers: [d(32), d(16), clsHead], loss: 'cce', optimizer: opt('adam', 0.5), training: tr(80, 32) });
w('lr-too-high.sgd-3-alarm', { data: alarm(), layers: [d(16, 'tanh'), binHead], loss: 'bce', optimizer: opt('sgd', 3), training: tr(80, 32) });
w('lr-too-high.rmsprop-0.2-air', { data: air('standard', 'standard'), layers: [d(32), d(16), regHead], loss: 'mse', optimizer: opt('rmsprop', 0.2), training: tr(80, 32) });
w('lr-too-high.nesterov-0.8-tank', { data: tank('standard', 'standard'), layers: [d(16, 'tanh'), regHead], loss: 'mse', optimizer: opt('sgd', 0.8, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
// lr-too-low
w('lr-too-low.sgd-1e-5-alarm', { data: alarm(), layers: [d(16), d(8), binHead], loss: 'bce', optimizer: opt('sgd', 1e-5), training: tr(80, 32) });
w('lr-too-low.adam-1e-6-courses', { data: course(), layers: [d(32), clsHead], loss: 'cce', optimizer: opt('adam', 1e-6), training: tr(100, 32) });
w('lr-too-low.rmsprop-1e-6-fuel', { data: fuel('standard', 'standard'), layers: [d(16, 'tanh'), regHead], loss: 'mse', optimizer: opt('rmsprop', 1e-6), training: tr(100, 16) });
w('lr-too-low.momentum-1e-6-tank', { data: tank('standard', 'standard'), layers: [d(24), d(12), regHead], loss: 'mse', optimizer: opt('sgd', 1e-6, { momentum: 0.9 }), training: tr(100, 32) });
// saturated-activation
w('saturated-activation.sigmoid-raw-logbook', { data: alarm('none'), layers: [d(16, 'sigmoid'), d(8, 'sigmoid'), binHead], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
w('saturated-activation.tanh-raw-tank', { data: tank('none', 'standard'), layers: [d(16, 'tanh'), d(8, 'tanh'), regHead], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
w('saturated-activation.sigmoid-bias-8', { data: course(), layers: [d(24, 'sigmoid', { bias: 8 }), d(12, 'sigmoid', { bias: 8 }), clsHead], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
// loss-plateau
w('loss-plateau.weight-decay-2', { data: alarm(), layers: [d(32), d(16), binHead], loss: 'bce', optimizer: opt('adam', 0.003, { weightDecay: 2 }), training: tr(100, 32) });
w('loss-plateau.one-unit-bottleneck-spirals', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, layers: [d(1, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
w('loss-plateau.heavy-dropout-decay-air', { data: air('standard', 'standard'), layers: [d(16, 'tanh'), drop(0.5), regHead], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9, weightDecay: 1 }), training: tr(100, 32) });
// oscillating-loss
w('oscillating-loss.momentum-batch1-alarm', { data: alarm(), layers: [d(16), binHead], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.95 }), training: tr(40, 1) });
w('oscillating-loss.adam-0.05-batch4-courses', { data: course(), layers: [d(32), d(16), clsHead], loss: 'cce', optimizer: opt('adam', 0.05), training: tr(60, 4) });
w('oscillating-loss.rmsprop-batch2-tank', { data: tank('standard', 'standard'), layers: [d(24), regHead], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: tr(60, 2) });
w('oscillating-loss.sgd-fullbatch-edge-fuel', { data: fuel('standard', 'standard'), layers: [d(8, 'linear'), regHead], loss: 'mse', optimizer: opt('sgd', 0.45), training: tr(150, 260) });

// ---------------- healthy ----------------
w('ok.alarm-adam-relu', { data: alarm(), layers: [d(32), d(16), binHead], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32, { validationSplit: 0.2 }) });
w('ok.alarm-rmsprop-tanh', { data: alarm('minmax'), layers: [d(16, 'tanh'), binHead], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(100, 16) });
w('ok.alarm-nesterov-elu-bn', { data: alarm(), layers: [d(24, 'elu', { batchNorm: true }), d(12, 'elu'), binHead], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
w('ok.alarm-collinear-ft-leaky', { data: alarm('standard', DF2), layers: [d(20, 'leaky_relu'), drop(0.2), d(10, 'leaky_relu'), binHead], loss: 'bce', optimizer: opt('adam', 0.002, { weightDecay: 1e-4 }), training: tr(100, 32) });
w('ok.alarm-sgd-batch1', { data: alarm(), layers: [d(8, 'tanh'), binHead], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(30, 1) });
w('ok.alarm-fullbatch-adam', { data: alarm(), layers: [d(16), binHead], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(300, 480) });
w('ok.alarm-logistic-only', { data: alarm(), layers: [binHead], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(80, 32) });
w('ok.air-adam-normtarget', { data: air('standard', 'standard'), layers: [d(32), d(16), regHead], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32, { validationSplit: 0.15 }) });
w('ok.air-minmax-both-rmsprop', { data: air('minmax', 'minmax'), layers: [d(24, 'elu'), d(12, 'elu'), regHead], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(120, 16) });
w('ok.air-sgd-momentum-tanh', { data: air('standard', 'standard'), layers: [d(24, 'tanh'), regHead], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(120, 32) });
w('ok.air-deep-clipnorm', { data: air('standard', 'standard'), layers: [d(32), d(32), d(16), d(16), regHead], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, clipNorm: 1 }), training: tr(100, 32) });
w('ok.air-raw-target-adam-clip', { data: air('standard'), layers: [d(32), d(16), regHead], loss: 'mse', optimizer: opt('adam', 0.05, { clipNorm: 5 }), training: tr(200, 32) });
w('ok.air-bn-dropout-leaky', { data: air('standard', 'standard'), layers: [d(48, 'leaky_relu', { batchNorm: true }), drop(0.1), d(16, 'leaky_relu'), regHead], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 64) });
w('ok.courses-adam-relu', { data: course(), layers: [d(32), d(16), clsHead], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(120, 32) });
w('ok.courses-rmsprop-tanh-val', { data: course(), layers: [d(24, 'tanh'), clsHead], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(120, 16, { validationSplit: 0.2 }) });
w('ok.courses-sgd-momentum-elu', { data: course(), layers: [d(32, 'elu'), d(16, 'elu'), clsHead], loss: 'cce', optimizer: opt('sgd', 0.03, { momentum: 0.9 }), training: tr(120, 32) });
w('ok.courses-minmax-sigmoid', { data: course('minmax'), layers: [d(16, 'sigmoid'), clsHead], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
w('ok.courses-wide-dropout-wd', { data: course(), layers: [d(64), drop(0.3), d(32), drop(0.3), clsHead], loss: 'cce', optimizer: opt('adam', 0.002, { weightDecay: 5e-4 }), training: tr(120, 32) });
w('ok.fuel-adam-semicolon', { data: fuel('standard', 'standard'), layers: [d(16), regHead], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 16) });
w('ok.fuel-linear-regression', { data: fuel('standard', 'standard'), layers: [regHead], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 16) });
w('ok.fuel-rmsprop-elu-bn', { data: fuel('minmax', 'standard'), layers: [d(24, 'elu', { batchNorm: true }), d(12, 'elu'), regHead], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(150, 32) });
w('ok.fuel-nesterov-batch8', { data: fuel('standard', 'minmax'), layers: [d(12, 'tanh'), regHead], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.8, nesterov: true }), training: tr(150, 8) });
w('ok.tank-adam-tabs', { data: tank('standard', 'standard'), layers: [d(24), d(12), regHead], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });
w('ok.tank-sgd-plain-tanh', { data: tank('standard', 'standard'), layers: [d(16, 'tanh'), regHead], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(200, 16) });
w('ok.tank-lecun-deep-rms', { data: tank('minmax', 'minmax'), layers: [d(16, 'tanh', { init: 'lecun_normal' }), d(16, 'tanh', { init: 'lecun_normal' }), d(16, 'tanh', { init: 'lecun_normal' }), regHead], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(150, 32) });
w('ok.moons-adam-relu', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16), d(16), binHead], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
w('ok.circles-tanh-sgd', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.2, { momentum: 0.9 }), training: tr(200, 32) });
w('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, layers: [d(64), d(64), d(32), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(300, 32) });
w('ok.xor-inline-style-builtin', { data: { builtin: 'xor', samples: 200, noise: 0.1 }, layers: [d(8, 'tanh'), binHead], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(200, 16) });
w('ok.iris-rmsprop', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16), clsHead], loss: 'cce', optimizer: opt('rmsprop', 0.005), training: tr(150, 16) });
w('ok.iris-sgd-sigmoid-he', { data: { builtin: 'iris', normalize: 'minmax' }, layers: [d(10, 'sigmoid', { init: 'xavier_normal' }), clsHead], loss: 'cce', optimizer: opt('sgd', 0.3, { momentum: 0.5 }), training: tr(200, 8) });
w('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(16, 'tanh'), regHead], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(300, 32) });
w('ok.blobs-five-shops', { data: { builtin: 'blobs', samples: 400, noise: 0.3, classes: 5 }, layers: [d(16, 'elu'), d(5, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
w('ok.inline-nitrox-mod', { data: { inline: { x: [[21], [22], [25], [28], [30], [32], [34], [36], [38], [40], [24], [27], [31], [33], [35], [29], [23], [26], [37], [39]], y: [56.7, 53.6, 46, 40, 36.7, 33.8, 31.2, 28.9, 26.8, 25, 48.3, 41.9, 35.2, 32.4, 30, 38.3, 55, 43.8, 27.8, 25.9] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(8, 'tanh'), regHead], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(400, 20) });
w('ok.inline-buddy-check', { data: { inline: { x: [[1, 0, 1], [0, 0, 1], [1, 1, 1], [0, 1, 0], [1, 1, 0], [0, 0, 0], [1, 0, 0], [0, 1, 1], [1, 1, 1], [0, 0, 1], [1, 0, 1], [0, 1, 0]], y: ['go', 'no-go', 'go', 'no-go', 'go', 'no-go', 'no-go', 'no-go', 'go', 'no-go', 'go', 'no-go'] } }, layers: [d(4, 'relu'), binHead], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(200, 12) });
w('ok.alarm-xavier-uniform-sigmoid-hidden', { data: alarm(), layers: [d(12, 'sigmoid', { init: 'xavier_uniform' }), binHead], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
w('ok.courses-he-uniform-batch64', { data: course(), layers: [d(48, 'relu', { init: 'he_uniform' }), clsHead], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(150, 64) });
w('ok.air-nobn-sgd-small-batch', { data: air('standard', 'standard'), layers: [d(16), regHead], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(60, 4) });
w('ok.moons-rmsprop-leaky-dropout', { data: { builtin: 'moons', samples: 400, noise: 0.2 }, layers: [d(32, 'leaky_relu'), drop(0.2), d(16, 'leaky_relu'), binHead], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(150, 32, { validationSplit: 0.25 }) });
w('ok.tank-bias-init-elu', { data: tank('standard', 'standard'), layers: [d(20, 'elu', { bias: 0.1 }), d(10, 'elu'), regHead], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, weightDecay: 1e-4 }), training: tr(150, 32) });
w('ok.alarm-noshuffle-rms', { data: alarm(), layers: [d(24), d(12), binHead], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(100, 32, { shuffle: false }) });
w('ok.circles-deep-elu-adam', { data: { builtin: 'circles', samples: 400, noise: 0.1 }, layers: [d(16, 'elu'), d(16, 'elu'), d(16, 'elu'), binHead], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(150, 32) });
// second pass (added after the first observation to reach the counts)
w('oscillating-loss.momentum-batch2-courses', { data: course(), layers: [d(32), clsHead], loss: 'cce', optimizer: opt('sgd', 0.2, { momentum: 0.9 }), training: tr(40, 2) });
w('ok.courses-adam-tanh-two', { data: course(), layers: [d(24, 'tanh'), d(12, 'tanh'), clsHead], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(120, 32) });
w('ok.fuel-adam-elu-val', { data: fuel('standard', 'standard'), layers: [d(24, 'elu'), d(12, 'elu'), regHead], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 16, { validationSplit: 0.2 }) });
w('ok.tank-rmsprop-leaky', { data: tank('standard', 'standard'), layers: [d(32, 'leaky_relu'), regHead], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(150, 32) });
