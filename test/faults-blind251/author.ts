/**
 * Writes every candidate spec of fault set blind251 into candidates/: `npx tsx test/faults-blind251/author.ts`.
 * Theme: roller-skating rinks and roller-derby leagues.
 */
import * as fs from 'fs';
import * as path from 'path';

const dir = path.join(__dirname, 'candidates');
fs.mkdirSync(dir, { recursive: true });
type J = Record<string, unknown>;
let seed = 2510;
function put(name: string, spec: J): void {
  const full = { name: name.replace(/\./g, '-'), seed: seed++, ...spec };
  fs.writeFileSync(path.join(dir, `${name}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}
const SF = ['start_hour', 'weekday', 'temp_c', 'temp_f', 'school_holiday', 'ticket_price', 'promo_spend', 'dj_night', 'floor_age_years'];
const BF = ['ranking_diff', 'jam_points_avg', 'penalty_minutes', 'roster_size', 'travel_km', 'avg_skater_weight_kg', 'practice_hours_week'];
const KF = ['sprint_40m_s', 'lateral_agility', 'weight_kg', 'height_cm', 'years_skating', 'hits_per_jam', 'lead_jam_pct'];
const WF = ['durometer_a', 'km_skated', 'skater_weight_kg', 'floor_type', 'indoor'];
const sessions = (o: J = {}) => ({ csv: '../data/sessions.csv', target: 'attendance', features: SF, normalize: 'standard', normalizeTarget: 'standard', ...o });
const bouts = (o: J = {}) => ({ csv: '../data/bouts.csv', target: 'home_win', features: BF, normalize: 'standard', ...o });
const skaters = (o: J = {}) => ({ csv: '../data/skaters.csv', target: 'position', features: KF, normalize: 'standard', ...o });
const wheels = (o: J = {}) => ({ csv: '../data/wheels.csv', target: 'wear_mm', features: WF, normalize: 'standard', normalizeTarget: 'standard', ...o });
const d = (units: number, activation = 'relu', o: J = {}) => ({ type: 'dense', units, activation, ...o });
const drop = (rate: number) => ({ type: 'dropout', rate });
const tr = (epochs: number, batchSize: number, o: J = {}) => ({ epochs, batchSize, ...o });
const adam = (lr: number, o: J = {}) => ({ type: 'adam', lr, ...o });
const sgd = (lr: number, o: J = {}) => ({ type: 'sgd', lr, ...o });
const rms = (lr: number, o: J = {}) => ({ type: 'rmsprop', lr, ...o });

// ---------- invalid-spec
put('invalid-spec.optimizer-adamw', { data: sessions(), layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adamw', lr: 0.001 }, training: tr(80, 32) });
put('invalid-spec.activation-gelu', { data: bouts(), layers: [d(12, 'gelu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(60, 16) });
put('invalid-spec.loss-keras-name', { data: skaters(), layers: [d(16), d(3, 'softmax')], loss: 'categorical_crossentropy', optimizer: adam(0.005), training: tr(60, 32) });
put('invalid-spec.dropout-percent', { data: bouts(), layers: [d(24), drop(30), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.002), training: tr(60, 32) });
put('invalid-spec.validation-split-whole', { data: wheels(), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.002), training: tr(60, 16, { validationSplit: 1.0 }) });
// ---------- data-error
put('data-error.file-name-typo', { data: sessions({ csv: '../data/session.csv' }), layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.target-misspelt', { data: sessions({ target: 'attendence' }), layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.gaps-export', { data: sessions({ csv: '../data/sessions-gaps.csv' }), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.skater-id-as-feature', { data: skaters({ features: ['skater_id', ...KF] }), layers: [d(16), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(60, 32) });
put('data-error.bout-date-feature', { data: bouts({ features: ['bout_date', ...BF] }), layers: [d(12), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(60, 32) });
put('data-error.outside-workspace', { data: wheels({ csv: '../../../../../shared/proshop/wheels.csv' }), layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(60, 16) });
// ---------- shape-mismatch
put('shape-mismatch.two-positions', { data: skaters(), layers: [d(16), d(2, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(60, 32) });
put('shape-mismatch.four-positions', { data: skaters(), layers: [d(20, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.003), training: tr(60, 32) });
put('shape-mismatch.two-targets-one-unit', { data: sessions({ target: ['attendance', 'rentals'] }), layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(60, 32) });
put('shape-mismatch.win-two-sigmoids', { data: bouts(), layers: [d(12), d(2, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(60, 32) });
// ---------- loss-activation-mismatch
put('loss-activation-mismatch.softmax-mse', { data: skaters(), layers: [d(16), d(3, 'softmax')], loss: 'mse', optimizer: adam(0.005), training: tr(60, 32) });
put('loss-activation-mismatch.bce-linear-head', { data: bouts(), layers: [d(12), d(1, 'linear')], loss: 'bce', optimizer: adam(0.003), training: tr(60, 32) });
put('loss-activation-mismatch.cce-sigmoid-head', { data: skaters(), layers: [d(16, 'tanh'), d(3, 'sigmoid')], loss: 'cce', optimizer: adam(0.005), training: tr(60, 32) });
put('loss-activation-mismatch.tanh-head-raw-attendance', { data: sessions({ normalizeTarget: 'none' }), layers: [d(16), d(1, 'tanh')], loss: 'mse', optimizer: adam(0.003), training: tr(60, 32) });
put('loss-activation-mismatch.relu-head-standard-target', { data: wheels(), layers: [d(16, 'elu'), d(1, 'relu')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 16) });
// ---------- init-symmetry
put('init-symmetry.zeros-hidden', { data: bouts(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('init-symmetry.constant-hidden', { data: skaters(), layers: [d(24, 'relu', { init: 'constant', value: 0.1 }), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(80, 32) });
put('init-symmetry.zeros-two-layers', { data: sessions(), layers: [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(80, 32) });
put('init-symmetry.constant-tanh-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(12, 'tanh', { init: 'constant', value: 0.3 }), d(12, 'tanh', { init: 'constant', value: 0.3 }), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.005), training: tr(100, 32) });
// ---------- init-scale
put('init-scale.normal-std-20', { data: sessions(), layers: [d(32, 'relu', { init: 'normal', std: 20 }), d(16, 'relu', { init: 'normal', std: 20 }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(60, 32) });
put('init-scale.uniform-tiny-deep', { data: bouts(), layers: [d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(16, 'tanh', { init: 'uniform', limit: 1e-5 }), d(1, 'sigmoid', { init: 'uniform', limit: 1e-5 })], loss: 'bce', optimizer: sgd(0.05), training: tr(80, 32) });
put('init-scale.normal-std-5-tanh', { data: skaters(), layers: [d(32, 'tanh', { init: 'normal', std: 5 }), d(3, 'softmax', { init: 'normal', std: 5 })], loss: 'cce', optimizer: sgd(0.02), training: tr(60, 16) });
put('init-scale.normal-tiny-relu-deep', { data: wheels(), layers: [d(16, 'relu', { init: 'normal', std: 1e-4 }), d(16, 'relu', { init: 'normal', std: 1e-4 }), d(16, 'relu', { init: 'normal', std: 1e-4 }), d(1, 'linear', { init: 'normal', std: 1e-4 })], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(80, 32) });
// ---------- no-nonlinearity
put('no-nonlinearity.linear-stack-positions', { data: skaters(), layers: [d(32, 'linear'), d(16, 'linear'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(80, 32) });
put('no-nonlinearity.linear-hidden-moons', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('no-nonlinearity.default-activation-circles', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [{ type: 'dense', units: 24 }, { type: 'dense', units: 24 }, d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.005), training: tr(150, 32) });
put('no-nonlinearity.linear-xor', { data: { builtin: 'xor', samples: 240 }, layers: [d(8, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(150, 16) });
// ---------- lr-out-of-range
put('lr-out-of-range.zero', { data: bouts(), layers: [d(12), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0), training: tr(60, 32) });
put('lr-out-of-range.negative', { data: wheels(), layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: sgd(-0.01, { momentum: 0.9 }), training: tr(60, 32) });
put('lr-out-of-range.adam-forty', { data: skaters(), layers: [d(16), d(3, 'softmax')], loss: 'cce', optimizer: adam(40), training: tr(60, 32) });
put('lr-out-of-range.sgd-1e-9', { data: sessions(), layers: [d(16), d(1, 'linear')], loss: 'mse', optimizer: sgd(1e-9), training: tr(60, 32) });
// ---------- dead-relu
put('dead-relu.negative-bias', { data: sessions(), layers: [d(32, 'relu', { bias: -6 }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('dead-relu.negative-bias-deep', { data: bouts(), layers: [d(16, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(80, 32) });
put('dead-relu.sgd-kick-raw', { data: wheels({ normalize: 'none' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05), training: tr(60, 16) });
put('dead-relu.adam-hot-relu', { data: skaters(), layers: [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.8), training: tr(60, 16) });
// ---------- exploding-gradient
put('exploding-gradient.raw-promo-sgd', { data: sessions({ normalize: 'none' }), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: tr(60, 32) });
put('exploding-gradient.raw-attendance-target', { data: sessions({ normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(60, 32) });
put('exploding-gradient.raw-km-wheels', { data: wheels({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.005, { momentum: 0.9 }), training: tr(60, 16) });
put('exploding-gradient.deep-wide-init', { data: bouts(), layers: [d(32, 'relu', { init: 'normal', std: 0.6 }), d(32, 'relu', { init: 'normal', std: 0.6 }), d(32, 'relu', { init: 'normal', std: 0.6 }), d(32, 'relu', { init: 'normal', std: 0.6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.01), training: tr(40, 32) });
// ---------- vanishing-gradient
put('vanishing-gradient.deep-sigmoid-sgd', { data: bouts(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.01), training: tr(60, 32) });
put('vanishing-gradient.deep-sigmoid-skaters', { data: skaters(), layers: [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.02, { momentum: 0.5 }), training: tr(60, 32) });
put('vanishing-gradient.tanh-small-init-deep', { data: wheels(), layers: [d(16, 'tanh', { init: 'normal', std: 0.05 }), d(16, 'tanh', { init: 'normal', std: 0.05 }), d(16, 'tanh', { init: 'normal', std: 0.05 }), d(16, 'tanh', { init: 'normal', std: 0.05 }), d(16, 'tanh', { init: 'normal', std: 0.05 }), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: tr(60, 32) });
put('vanishing-gradient.sigmoid-tower-moons', { data: { builtin: 'moons', samples: 300 }, layers: [d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05), training: tr(80, 32) });
// ---------- nan-loss
put('nan-loss.raw-everything-sgd', { data: sessions({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.1), training: tr(40, 32) });
put('nan-loss.raw-travel-sgd-momentum', { data: bouts({ normalize: 'none' }), layers: [d(16, 'linear'), d(1, 'sigmoid')], loss: 'mse', optimizer: sgd(0.5, { momentum: 0.9 }), training: tr(40, 32) });
put('nan-loss.wheels-raw-lr1', { data: wheels({ normalize: 'none' }), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1.0), training: tr(40, 16) });
put('nan-loss.huge-bias-rmsprop', { data: sessions({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(64, 'elu', { init: 'normal', std: 3 }), d(64, 'elu', { init: 'normal', std: 3 }), d(1, 'linear', { init: 'normal', std: 3 })], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.95 }), training: tr(40, 8) });
// ---------- lr-too-high
put('lr-too-high.adam-half', { data: sessions(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.5), training: tr(80, 32) });
put('lr-too-high.sgd-three-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(3, { momentum: 0.9 }), training: tr(100, 16) });
put('lr-too-high.rmsprop-point-three', { data: skaters(), layers: [d(32, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.3), training: tr(80, 32) });
put('lr-too-high.nesterov-wheels', { data: wheels(), layers: [d(24, 'tanh'), d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.6, { momentum: 0.9, nesterov: true }), training: tr(80, 16) });
put('lr-too-high.adam-one-bouts', { data: bouts(), layers: [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(1.0), training: tr(80, 32) });
// ---------- lr-too-low
put('lr-too-low.sgd-1e-5', { data: sessions(), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1e-5), training: tr(80, 32) });
put('lr-too-low.adam-1e-6', { data: skaters(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(1e-6), training: tr(100, 32) });
put('lr-too-low.rmsprop-3e-7', { data: bouts(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(3e-7), training: tr(100, 16) });
put('lr-too-low.momentum-1e-5-full-batch', { data: wheels(), layers: [d(16, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1e-5, { momentum: 0.9 }), training: tr(150, 300) });
// ---------- saturated-activation
put('saturated-activation.raw-travel-sigmoid', { data: bouts({ normalize: 'none' }), layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('saturated-activation.raw-promo-tanh', { data: sessions({ normalize: 'none' }), layers: [d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('saturated-activation.bias-eight-sigmoid', { data: skaters(), layers: [d(24, 'sigmoid', { bias: 8 }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05), training: tr(80, 32) });
put('saturated-activation.raw-km-tanh', { data: wheels({ normalize: 'none' }), layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.001), training: tr(80, 16) });
// ---------- loss-plateau
put('loss-plateau.one-unit-spirals', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(2, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(150, 32) });
put('loss-plateau.minmax-sigmoid-sgd', { data: skaters({ normalize: 'minmax' }), layers: [d(8, 'sigmoid'), d(8, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: tr(150, 64) });
put('loss-plateau.floor-age-only', { data: sessions({ features: ['floor_age_years', 'weekday'] }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('loss-plateau.circles-two-relu', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(2, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('loss-plateau.heavy-weight-decay', { data: bouts(), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003, { weightDecay: 5 }), training: tr(80, 32) });
// ---------- oscillating-loss
put('oscillating-loss.momentum-batch1', { data: wheels(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.95 }), training: tr(60, 1) });
put('oscillating-loss.adam-batch2', { data: sessions(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.05), training: tr(60, 2) });
put('oscillating-loss.rmsprop-batch4', { data: bouts(), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.05), training: tr(60, 4) });
put('oscillating-loss.sgd-full-batch-edge', { data: wheels(), layers: [d(8, 'linear'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.9), training: tr(80, 300) });

// ---------- healthy
put('ok.sessions-adam-relu', { data: sessions(), layers: [d(32), d(16), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('ok.sessions-sgd-momentum-tanh', { data: sessions(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(120, 16) });
put('ok.sessions-nesterov-elu', { data: sessions({ normalize: 'minmax' }), layers: [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9, nesterov: true }), training: tr(150, 16) });
put('ok.sessions-rmsprop-bn', { data: sessions(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'linear')], loss: 'mse', optimizer: rms(0.002), training: tr(80, 32, { validationSplit: 0.2 }) });
put('ok.sessions-minmax-target', { data: sessions({ normalizeTarget: 'minmax' }), layers: [d(24, 'leaky_relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: adam(0.005), training: tr(150, 32) });
put('ok.sessions-full-batch-adam', { data: sessions(), layers: [d(48, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.01), training: tr(300, 420) });
put('ok.sessions-dropout-wd', { data: sessions(), layers: [d(64), drop(0.2), d(32), drop(0.1), d(1, 'linear')], loss: 'mse', optimizer: adam(0.002, { weightDecay: 1e-4 }), training: tr(100, 32, { validationSplit: 0.15 }) });
put('ok.sessions-two-targets', { data: sessions({ target: ['attendance', 'rentals'] }), layers: [d(32), d(2, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('ok.sessions-batch1-sgd', { data: sessions(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.003), training: tr(30, 1) });
put('ok.sessions-clipnorm-sgd', { data: sessions(), layers: [d(32), d(32), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9, clipNorm: 1 }), training: tr(100, 32) });
put('ok.bouts-adam-relu', { data: bouts(), layers: [d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(60, 32) });
put('ok.bouts-logistic-sgd', { data: bouts(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1), training: tr(100, 32) });
put('ok.bouts-rmsprop-tanh-val', { data: bouts(), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.001), training: tr(60, 16, { validationSplit: 0.2 }) });
put('ok.bouts-minmax-nesterov', { data: bouts({ normalize: 'minmax' }), layers: [d(24, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(100, 32) });
put('ok.bouts-two-class-softmax', { data: bouts(), layers: [d(16, 'elu'), d(2, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(60, 32) });
put('ok.bouts-deep-bn-dropout', { data: bouts(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.3), d(32, 'relu', { batchNorm: true }), drop(0.3), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.001), training: tr(60, 32) });
put('ok.bouts-full-batch-lbfgs-like', { data: bouts(), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.03), training: tr(200, 380) });
put('ok.skaters-adam-relu', { data: skaters(), layers: [d(32), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(60, 32) });
put('ok.skaters-eu-export', { data: skaters({ csv: '../data/skaters-eu.csv' }), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(60, 32) });
put('ok.skaters-sgd-momentum-elu', { data: skaters(), layers: [d(32, 'elu'), d(16, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(80, 16) });
put('ok.skaters-rmsprop-minmax', { data: skaters({ normalize: 'minmax' }), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.003), training: tr(80, 32, { validationSplit: 0.2 }) });
put('ok.skaters-batch1-adam', { data: skaters(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.0005), training: tr(20, 1) });
put('ok.skaters-softmax-regression', { data: skaters(), layers: [d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.2), training: tr(100, 64) });
put('ok.skaters-deep-narrow-leaky', { data: skaters(), layers: [d(12, 'leaky_relu'), d(12, 'leaky_relu'), d(12, 'leaky_relu'), d(12, 'leaky_relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.002, { clipNorm: 5 }), training: tr(80, 32) });
put('ok.wheels-adam-elu', { data: wheels(), layers: [d(32, 'elu'), d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(150, 16) });
put('ok.wheels-sgd-tanh', { data: wheels(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(200, 32) });
put('ok.wheels-rmsprop-relu-wd', { data: wheels(), layers: [d(64), d(32), d(1, 'linear')], loss: 'mse', optimizer: rms(0.001, { weightDecay: 1e-4 }), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.wheels-minmax-both', { data: wheels({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: tr(200, 16) });
put('ok.wheels-uniform-init', { data: wheels(), layers: [d(32, 'tanh', { init: 'uniform', limit: 0.3 }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: tr(200, 32) });
put('ok.moons-tanh-adam', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('ok.circles-relu-sgd', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(64), d(64), d(32), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(300, 32) });
put('ok.iris-rmsprop', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.005), training: tr(100, 16) });
put('ok.xor-sigmoid-hidden', { data: { builtin: 'xor', samples: 240 }, layers: [d(8, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.03), training: tr(200, 16) });
put('ok.sine-tanh-nesterov', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(300, 16) });
put('ok.blobs-four-classes-sgd', { data: { builtin: 'blobs', samples: 400, classes: 4 }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05), training: tr(60, 8) });
put('ok.inline-rink-temp-adam', { data: { inline: { x: [[10], [12], [14], [16], [18], [20], [22], [24], [26], [28], [30], [8], [6], [4], [2], [0]], y: [0.2, 0.28, 0.35, 0.4, 0.5, 0.58, 0.64, 0.72, 0.79, 0.85, 0.92, 0.13, 0.08, 0.05, 0.02, 0.0] }, normalize: 'standard' }, layers: [d(8, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.02), training: tr(300, 16) });
put('ok.inline-penalty-box', { data: { inline: { x: [[0, 1], [1, 0], [2, 3], [3, 1], [5, 6], [6, 5], [7, 8], [8, 6], [1, 1], [2, 0], [6, 7], [7, 6]], y: ['clean', 'clean', 'clean', 'clean', 'fouled-out', 'fouled-out', 'fouled-out', 'fouled-out', 'clean', 'clean', 'fouled-out', 'fouled-out'] }, normalize: 'minmax' }, layers: [d(4, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.05), training: tr(200, 4) });
put('ok.wheels-lecun-selu-ish', { data: wheels(), layers: [d(32, 'elu', { init: 'lecun_normal' }), d(32, 'elu', { init: 'lecun_normal' }), d(32, 'elu', { init: 'lecun_normal' }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.001), training: tr(150, 64) });
put('ok.bouts-xavier-normal-sgd-batch8', { data: bouts(), layers: [d(16, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.02), training: tr(80, 8) });

// ---------- second pass (after the first observation): more exploding, lr-too-high and oscillating candidates
put('exploding-gradient.raw-promo-adam', { data: sessions({ normalize: 'none' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.001), training: tr(60, 32) });
put('exploding-gradient.raw-wheels-rmsprop', { data: wheels({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.001), training: tr(60, 32) });
put('exploding-gradient.deep-relu-raw-bouts', { data: bouts({ normalize: 'none' }), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.0005), training: tr(60, 32) });
put('lr-too-high.rmsprop-half-sessions', { data: sessions(), layers: [d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.5), training: tr(80, 32) });
put('lr-too-high.sgd-momentum-skaters', { data: skaters(), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(1.5, { momentum: 0.9 }), training: tr(80, 32) });
put('oscillating-loss.sgd-batch1-bouts', { data: bouts(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.5), training: tr(60, 1) });
put('oscillating-loss.adam-batch1-wheels', { data: wheels(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.05), training: tr(60, 1) });
put('oscillating-loss.momentum-full-batch-sessions', { data: sessions(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.3, { momentum: 0.95 }), training: tr(100, 420) });
