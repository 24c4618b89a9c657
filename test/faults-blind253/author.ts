/**
 * Writes every candidate spec of set blind253 (planetariums and science centres) into candidates/:
 * `npx tsx test/faults-blind253/author.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
let seed = 253;
function put(file: string, spec: J): void {
  const full = { name: file, seed: seed++, ...spec };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}
const d = (units: number, activation = 'linear', extra: J = {}): J => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, ...extra });

const SHOW_F = ['dow', 'hour', 'capacity', 'presold', 'web_visits', 'school_groups', 'temp_c', 'rain_mm', 'moon_phase', 'holiday'];
const showsReg = (extra: J = {}): J => ({ csv: '../data/shows.csv', target: 'attendance', features: SHOW_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const showsCls = (extra: J = {}): J => ({ csv: '../data/shows.csv', target: 'sold_out', features: SHOW_F, normalize: 'standard', ...extra });
const MEM_F = ['age', 'distance_km', 'visits_last_year', 'gate_scans', 'spend_eur', 'kids', 'newsletter_opens', 'shoe_size'];
const members = (extra: J = {}): J => ({ csv: '../data/members.csv', target: 'renewed', features: MEM_F, normalize: 'standard', ...extra });
const EX_F = ['group_size', 'mean_age', 'minutes_in_centre', 'arrival_hour', 'app_taps', 'rain_mm'];
const exhibits = (extra: J = {}): J => ({ csv: '../data/exhibits.csv', target: 'zone', features: EX_F, normalize: 'standard', ...extra });
const NIGHT_F = ['cloud_cover_pct', 'seeing_arcsec', 'humidity_pct', 'moon_illum', 'temp_c', 'bookings'];
const nights = (extra: J = {}): J => ({ csv: '../data/observatory-nights.csv', target: 'telescope_visitors', features: NIGHT_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const EN_F = ['visitors_in_dome', 'outside_temp_c', 'projector_on_min', 'laser_on_min', 'hvac_setpoint_c'];
const energy = (extra: J = {}): J => ({ csv: '../data/dome-energy.tsv', target: 'kwh', features: EN_F, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const adam = (lr: number, extra: J = {}): J => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: J = {}): J => ({ type: 'sgd', lr, ...extra });
const rms = (lr: number, extra: J = {}): J => ({ type: 'rmsprop', lr, ...extra });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.relu-camelcase', { data: members(), layers: [d(16, 'ReLu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(60, 32) });
put('invalid-spec.adamw-optimizer', { data: showsReg(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: { type: 'adamw', lr: 0.001 }, training: tr(80, 32) });
put('invalid-spec.keras-loss-name', { data: exhibits(), layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'categorical_crossentropy', optimizer: adam(0.005), training: tr(80, 32) });
put('invalid-spec.dropout-percent', { data: showsCls(), layers: [d(24, 'relu'), drop(30), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('invalid-spec.validation-split-one', { data: nights(), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: rms(0.003), training: tr(80, 16, { validationSplit: 1 }) });
// data-error
put('data-error.na-markers-in-temperature', { data: showsReg({ csv: '../data/shows-gaps.csv' }), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.target-typo', { data: showsReg({ target: 'attendence' }), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.session-id-as-feature', { data: showsCls({ features: ['session_id', ...SHOW_F] }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.last-years-export-missing', { data: members({ csv: '../data/members-2023.csv' }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.path-outside-workspace', { data: nights({ csv: '../../../../../../srv/boxoffice/nights.csv' }), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.timestamp-feature', { data: energy({ features: ['timestamp', ...EN_F] }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
// shape-mismatch
put('shape-mismatch.three-zones-not-four', { data: exhibits(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(80, 32) });
put('shape-mismatch.two-sigmoid-units-bce', { data: members(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: tr(80, 32) });
put('shape-mismatch.attendance-three-outputs', { data: showsReg(), layers: [d(32, 'relu'), d(3)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('shape-mismatch.zones-single-unit', { data: exhibits(), layers: [d(16, 'tanh'), d(1, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(80, 32) });
put('shape-mismatch.nights-two-targets-one-unit', { data: nights({ target: ['telescope_visitors', 'bookings'], features: NIGHT_F.slice(0, 5) }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
// loss-activation-mismatch
put('loss-activation-mismatch.bce-linear-head', { data: members(), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: adam(0.005), training: tr(80, 32) });
put('loss-activation-mismatch.cce-sigmoid-head', { data: exhibits(), layers: [d(24, 'relu'), d(4, 'sigmoid')], loss: 'cce', optimizer: adam(0.005), training: tr(80, 32) });
put('loss-activation-mismatch.mse-softmax-attendance', { data: showsReg(), layers: [d(32, 'relu'), d(1, 'softmax')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('loss-activation-mismatch.relu-head-standardised-kwh', { data: energy(), layers: [d(32, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('loss-activation-mismatch.sigmoid-head-standardised-visitors', { data: nights(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: adam(0.005), training: tr(100, 32) });
// init-symmetry
put('init-symmetry.zeros-hidden', { data: members(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: tr(80, 32) });
put('init-symmetry.constant-relu-layers', { data: showsReg(), layers: [d(32, 'relu', { init: 'constant', value: 0.1 }), d(16, 'relu', { init: 'constant', value: 0.1 }), d(1)], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(80, 32) });
put('init-symmetry.zeros-both-layers-sigmoid', { data: exhibits(), layers: [d(12, 'sigmoid', { init: 'zeros' }), d(12, 'sigmoid', { init: 'zeros' }), d(4, 'softmax', { init: 'zeros' })], loss: 'cce', optimizer: rms(0.003), training: tr(80, 32) });
put('init-symmetry.constant-tanh-nights', { data: nights(), layers: [d(20, 'tanh', { init: 'constant', value: 0.3 }), d(1)], loss: 'mse', optimizer: adam(0.01), training: tr(80, 16) });
// init-scale
put('init-scale.normal-std-ten', { data: members(), layers: [d(32, 'relu', { init: 'normal', std: 10 }), d(16, 'relu', { init: 'normal', std: 10 }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.001), training: tr(80, 32) });
put('init-scale.uniform-limit-thirty-tanh', { data: showsCls(), layers: [d(24, 'tanh', { init: 'uniform', limit: 30 }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05), training: tr(80, 32) });
put('init-scale.tiny-std-deep-tanh', { data: exhibits(), layers: [d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(4, 'softmax', { init: 'normal', std: 1e-4 })], loss: 'cce', optimizer: sgd(0.05), training: tr(80, 32) });
put('init-scale.normal-std-five-energy', { data: energy(), layers: [d(32, 'relu', { init: 'normal', std: 5 }), d(32, 'relu', { init: 'normal', std: 5 }), d(1, 'linear', { init: 'normal', std: 5 })], loss: 'mse', optimizer: sgd(0.001), training: tr(80, 32) });
// no-nonlinearity
put('no-nonlinearity.linear-stack-zones', { data: exhibits(), layers: [d(32), d(32), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(100, 32) });
put('no-nonlinearity.linear-hidden-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('no-nonlinearity.forgot-activation-circles', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(24, 'linear', { init: 'he_normal' }), d(24, 'linear', { init: 'he_normal' }), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.003), training: tr(150, 32) });
put('no-nonlinearity.three-linear-members', { data: members(), layers: [d(32), d(16), d(8), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(80, 32) });
// lr-out-of-range
put('lr-out-of-range.adam-lr-five', { data: members(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(5), training: tr(60, 32) });
put('lr-out-of-range.sgd-lr-hundred', { data: showsReg(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: sgd(100), training: tr(60, 32) });
put('lr-out-of-range.rmsprop-lr-three', { data: exhibits(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: rms(3), training: tr(60, 32) });
put('lr-out-of-range.sgd-percent-typo', { data: nights(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(50, { momentum: 0.9 }), training: tr(60, 32) });
// dead-relu
put('dead-relu.negative-bias-five', { data: members(), layers: [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.001), training: tr(80, 32) });
put('dead-relu.sgd-spike-kills', { data: showsReg(), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.8), training: tr(80, 16) });
put('dead-relu.bias-minus-three-deep', { data: exhibits(), layers: [d(32, 'relu', { bias: -3 }), d(32, 'relu', { bias: -3 }), d(32, 'relu', { bias: -3 }), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.001), training: tr(80, 32) });
put('dead-relu.constant-negative-init', { data: nights(), layers: [d(24, 'relu', { init: 'uniform', limit: 0.05, bias: -2 }), d(1)], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(80, 32) });
// exploding-gradient
put('exploding-gradient.raw-kwh-target', { data: energy({ normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.001, { momentum: 0.9 }), training: tr(80, 32) });
put('exploding-gradient.raw-box-office-features', { data: showsReg({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: sgd(1e-4), training: tr(80, 32) });
put('exploding-gradient.deep-wide-init', { data: members(), layers: [d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.01), training: tr(60, 32) });
put('exploding-gradient.raw-nights-sgd', { data: nights({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(24, 'relu'), d(24, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.001, { momentum: 0.9 }), training: tr(80, 16) });
// vanishing-gradient
put('vanishing-gradient.ten-sigmoid-layers', { data: members(), layers: [...Array.from({ length: 10 }, () => d(16, 'sigmoid')), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05), training: tr(80, 32) });
put('vanishing-gradient.deep-tanh-small-init', { data: exhibits(), layers: [...Array.from({ length: 8 }, () => d(16, 'tanh', { init: 'normal', std: 0.05 })), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(80, 32) });
put('vanishing-gradient.sigmoid-tower-attendance', { data: showsReg(), layers: [...Array.from({ length: 8 }, () => d(24, 'sigmoid')), d(1)], loss: 'mse', optimizer: sgd(0.01), training: tr(80, 32) });
put('vanishing-gradient.deep-sigmoid-small-uniform', { data: nights(), layers: [...Array.from({ length: 7 }, () => d(20, 'sigmoid', { init: 'uniform', limit: 0.1 })), d(1)], loss: 'mse', optimizer: adam(0.0005), training: tr(60, 32) });
// nan-loss
put('nan-loss.raw-kwh-sgd', { data: energy({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.01), training: tr(60, 32) });
put('nan-loss.raw-web-visits-momentum', { data: showsReg({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(60, 32) });
put('nan-loss.raw-spend-rmsprop-linear', { data: energy({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32, 'relu', { init: 'normal', std: 2 }), d(32, 'relu', { init: 'normal', std: 2 }), d(1)], loss: 'mse', optimizer: sgd(0.005, { momentum: 0.9, nesterov: true }), training: tr(60, 16) });
put('nan-loss.raw-nights-full-batch', { data: nights({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32, 'elu'), d(1)], loss: 'mse', optimizer: sgd(0.05), training: tr(60, 360) });
// lr-too-high
put('lr-too-high.sgd-two-members', { data: members(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(2.5, { momentum: 0.9 }), training: tr(80, 32) });
put('lr-too-high.adam-half-attendance', { data: showsReg(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.5), training: tr(80, 32) });
put('lr-too-high.rmsprop-point-three-zones', { data: exhibits(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.3), training: tr(80, 32) });
put('lr-too-high.nesterov-one-energy', { data: energy(), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.6, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
put('lr-too-high.adam-point-two-nights', { data: nights(), layers: [d(32, 'elu'), d(32, 'elu'), d(1)], loss: 'mse', optimizer: adam(0.2), training: tr(80, 16) });
// lr-too-low
put('lr-too-low.sgd-1e-5', { data: members(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(1e-5), training: tr(80, 32) });
put('lr-too-low.adam-1e-6-zones', { data: exhibits(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(1e-6), training: tr(80, 32) });
put('lr-too-low.rmsprop-1e-6-attendance', { data: showsReg(), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: rms(1e-6), training: tr(80, 32) });
put('lr-too-low.sgd-full-batch-1e-4', { data: energy(), layers: [d(24, 'relu'), d(1)], loss: 'mse', optimizer: sgd(1e-4), training: tr(100, 400) });
// saturated-activation
put('saturated-activation.sigmoid-raw-box-office', { data: showsCls({ normalize: 'none' }), layers: [d(24, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('saturated-activation.tanh-raw-energy', { data: energy({ normalize: 'none' }), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('saturated-activation.sigmoid-bias-eight', { data: members(), layers: [d(24, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05), training: tr(80, 32) });
put('saturated-activation.tanh-std-four', { data: exhibits(), layers: [d(32, 'tanh', { init: 'normal', std: 4 }), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(80, 32) });
// loss-plateau
put('loss-plateau.weight-decay-huge', { data: members(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003, { weightDecay: 1 }), training: tr(80, 32) });
put('loss-plateau.xor-tiny-init-sgd', { data: { builtin: 'xor', samples: 200, noise: 0.1 }, layers: [d(8, 'sigmoid', { init: 'normal', std: 0.01 }), d(1, 'sigmoid', { init: 'normal', std: 0.01 })], loss: 'bce', optimizer: sgd(0.05), training: tr(150, 32) });
put('loss-plateau.dropout-ninety', { data: showsReg(), layers: [d(32, 'relu'), drop(0.95), d(32, 'relu'), drop(0.95), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('loss-plateau.weight-decay-zones-sgd', { data: exhibits(), layers: [d(32, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9, weightDecay: 2 }), training: tr(80, 32) });
// oscillating-loss
put('oscillating-loss.momentum-099', { data: nights(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.99 }), training: tr(100, 32) });
put('oscillating-loss.adam-batch-one', { data: members(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.05), training: tr(60, 1) });
put('oscillating-loss.rmsprop-batch-two', { data: showsReg(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: rms(0.03), training: tr(60, 2) });
put('oscillating-loss.sgd-full-batch-edge', { data: energy(), layers: [d(1)], loss: 'mse', optimizer: sgd(0.99), training: tr(100, 400) });

// ---------------- healthy ----------------
put('ok.attendance-adam-relu', { data: showsReg(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32, { validationSplit: 0.2 }) });
put('ok.attendance-sgd-momentum-tanh', { data: showsReg(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(120, 16) });
put('ok.attendance-minmax-elu-rmsprop', { data: showsReg({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(32, 'elu'), d(1)], loss: 'mse', optimizer: rms(0.002), training: tr(150, 32) });
put('ok.attendance-linear-regression', { data: showsReg(), layers: [d(1)], loss: 'mse', optimizer: sgd(0.05), training: tr(100, 420) });
put('ok.attendance-batchnorm-deep', { data: showsReg(), layers: [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.002), training: tr(80, 64) });
put('ok.soldout-adam-dropout', { data: showsCls(), layers: [d(32, 'relu'), drop(0.2), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(120, 32) });
put('ok.soldout-nesterov-leaky', { data: showsCls(), layers: [d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(120, 32) });
put('ok.members-adam-small', { data: members(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: tr(100, 32) });
put('ok.members-logistic-sgd', { data: members(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1), training: tr(150, 16) });
put('ok.members-rmsprop-tanh-wd', { data: members(), layers: [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.001, { weightDecay: 1e-4 }), training: tr(100, 32, { validationSplit: 0.2 }) });
put('ok.members-minmax-elu-clip', { data: members({ normalize: 'minmax' }), layers: [d(32, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01, { clipNorm: 1 }), training: tr(100, 64) });
put('ok.members-batch-one-sgd', { data: members(), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.005), training: tr(40, 1) });
put('ok.zones-adam-relu', { data: exhibits(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(100, 32) });
put('ok.zones-sgd-momentum-tanh-deep', { data: exhibits(), layers: [d(32, 'tanh'), d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.03, { momentum: 0.9 }), training: tr(100, 32) });
put('ok.zones-rmsprop-dropout-bn', { data: exhibits(), layers: [d(48, 'relu', { batchNorm: true }), drop(0.3), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.002), training: tr(100, 32, { validationSplit: 0.15 }) });
put('ok.zones-softmax-regression', { data: exhibits(), layers: [d(4, 'softmax')], loss: 'cce', optimizer: adam(0.02), training: tr(150, 440) });
put('ok.zones-sigmoid-hidden-adam', { data: exhibits({ normalize: 'minmax' }), layers: [d(24, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(150, 16) });
put('ok.nights-adam-elu', { data: nights(), layers: [d(32, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 16) });
put('ok.nights-sgd-relu', { data: nights(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.02), training: tr(150, 8) });
put('ok.nights-rmsprop-leaky-val', { data: nights(), layers: [d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(1)], loss: 'mse', optimizer: rms(0.001), training: tr(120, 32, { validationSplit: 0.25 }) });
put('ok.nights-deep-narrow-adam', { data: nights(), layers: [d(8, 'relu'), d(8, 'relu'), d(8, 'relu'), d(8, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.002), training: tr(200, 32) });
put('ok.energy-adam-relu', { data: energy(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.005), training: tr(100, 32) });
put('ok.energy-nesterov-tanh', { data: energy(), layers: [d(16, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9, nesterov: true }), training: tr(100, 16) });
put('ok.energy-linear-full-batch', { data: energy(), layers: [d(1)], loss: 'mse', optimizer: sgd(0.3), training: tr(150, 400) });
put('ok.energy-rmsprop-clip-wd', { data: energy({ normalize: 'minmax' }), layers: [d(32, 'elu'), d(1)], loss: 'mse', optimizer: rms(0.003, { clipNorm: 5, weightDecay: 1e-4 }), training: tr(120, 32) });
put('ok.energy-wide-batchnorm-sgd', { data: energy(), layers: [d(64, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.8 }), training: tr(80, 64) });
put('ok.moons-relu-adam', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(200, 32) });
put('ok.circles-tanh-sgd', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.3, { momentum: 0.9 }), training: tr(200, 32) });
put('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, layers: [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(300, 32) });
put('ok.iris-rmsprop', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.005), training: tr(150, 16) });
put('ok.blobs-softmax-sgd', { data: { builtin: 'blobs', samples: 300, classes: 4 }, layers: [d(8, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.1), training: tr(100, 32) });
put('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: adam(0.005), training: tr(300, 32) });
put('ok.xor-sigmoid-hidden', { data: { builtin: 'xor', samples: 200 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.02), training: tr(200, 16) });
put('ok.inline-ticket-price-regression', { data: { inline: { x: [[1, 0], [2, 0], [3, 1], [4, 1], [5, 0], [6, 1], [7, 0], [8, 1], [9, 0], [10, 1], [11, 1], [12, 0]], y: [3.1, 4.0, 6.2, 7.1, 7.9, 10.2, 10.1, 12.8, 13.0, 15.2, 16.1, 15.9] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.01), training: tr(300, 12) });
put('ok.inline-guide-labels', { data: { inline: { x: [[0.1, 0.9], [0.2, 0.8], [0.15, 0.7], [0.9, 0.1], [0.8, 0.2], [0.85, 0.3], [0.5, 0.95], [0.45, 0.85], [0.55, 0.9], [0.3, 0.75], [0.7, 0.25], [0.5, 0.8]], y: ['family', 'family', 'family', 'school', 'school', 'school', 'adult', 'adult', 'adult', 'family', 'school', 'adult'] } }, layers: [d(12, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.03), training: tr(300, 4) });
put('ok.soldout-rmsprop-wide-dropout', { data: showsCls(), layers: [d(64, 'relu'), drop(0.3), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.001), training: tr(100, 64, { validationSplit: 0.2 }) });
put('ok.nights-unnormalised-target-small-net', { data: nights({ normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.03), training: tr(200, 32) });
put('ok.members-leaky-nesterov-bn', { data: members(), layers: [d(32, 'leaky_relu', { batchNorm: true }), d(16, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.03, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
put('ok.attendance-features-subset-xavier', { data: showsReg({ features: ['presold', 'school_groups', 'rain_mm', 'temp_c', 'hour'] }), layers: [d(16, 'tanh', { init: 'xavier_normal' }), d(1, 'linear', { init: 'lecun_normal' })], loss: 'mse', optimizer: adam(0.005), training: tr(100, 32) });
put('ok.zones-he-uniform-batch-eight', { data: exhibits(), layers: [d(32, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(60, 8) });
put('ok.energy-long-small-lr-adam', { data: energy(), layers: [d(16, 'relu'), d(8, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.0005), training: tr(400, 32) });
put('ok.moons-elu-rmsprop-full-batch', { data: { builtin: 'moons', samples: 250, noise: 0.1 }, layers: [d(24, 'elu'), d(24, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.01), training: tr(300, 250) });
console.log(`wrote ${fs.readdirSync(out).length} candidates`);
