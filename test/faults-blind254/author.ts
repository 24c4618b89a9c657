/**
 * Writes every candidate spec of fault set blind254 (barge operators and inland shipping) into candidates/.
 * Run: npx tsx test/faults-blind254/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
let seed = 254;
function put(file: string, spec: Obj): void {
  const name = file.replace(/\.nn\.json$/, '');
  const full = { name, seed: spec.seed ?? seed++, ...spec };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}
const d = (u: number, activation = 'linear', extra: Obj = {}): Obj => ({ type: 'dense', units: u, activation, ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });

const TF = ['distance_km', 'cargo_tonnes', 'river_stage_m', 'current_kmh', 'num_locks', 'lock_wait_h', 'upstream', 'crew_count'];
const HF = ['wave_height_m', 'wind_kt', 'draft_m', 'freeboard_m', 'load_factor', 'hull_age_years', 'cover_type'];
const LF = ['queue_vessels', 'hour_of_day', 'water_level_m', 'tow_length_m', 'commercial_share', 'chambers_open'];
const FF = ['engine_rpm', 'speed_kmh', 'upstream', 'draft_m', 'water_temp_c', 'barges_in_tow'];
const T = (extra: Obj = {}): Obj => ({ csv: '../data/transits.csv', target: 'transit_hours', features: TF, normalize: 'standard', normalizeTarget: 'standard', ...extra });
const H = (extra: Obj = {}): Obj => ({ csv: '../data/hull_incidents.csv', target: 'incident', features: HF, normalize: 'standard', ...extra });
const L = (extra: Obj = {}): Obj => ({ csv: '../data/lock_delays.csv', target: 'delay_class', features: LF, normalize: 'standard', ...extra });
const F = (extra: Obj = {}): Obj => ({ csv: '../data/fuel_burn.tsv', target: 'fuel_lph', features: FF, normalize: 'standard', normalizeTarget: 'standard', ...extra });

// ---------------- invalid-spec ----------------
put('invalid-spec.optimizer-adamw', { data: T(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adamw', 0.001), training: tr(80, 32) });
put('invalid-spec.loss-keras-name', { data: H(), layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: opt('adam', 0.003), training: tr(60, 32) });
put('invalid-spec.activation-swish', { data: L(), layers: [d(24, 'swish'), d(12, 'swish'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
put('invalid-spec.dropout-as-percent', { data: F(), layers: [d(32, 'relu'), drop(20), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(80, 16) });
put('invalid-spec.validation-split-whole', { data: T(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(80, 32, { validationSplit: 1 }) });

// ---------------- data-error ----------------
put('data-error.target-column-typo', { data: T({ target: 'transit_hrs' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('data-error.no-feature-list-text-ids', { data: { csv: '../data/transits.csv', target: 'transit_hours', normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('data-error.uncleaned-export-na', { data: T({ csv: '../data/transits-gaps.csv' }), layers: [d(16, 'relu'), d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('data-error.draft-with-unit-suffix', { data: { csv: '../data/draft_survey.csv', target: 'cargo_tonnes', features: ['draft_fore', 'draft_aft', 'length_m', 'beam_m'], normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 16) });
put('data-error.file-on-share-drive', { data: { csv: '../../../../../mnt/ops/fuel_burn_2024.csv', target: 'fuel_lph', features: FF, normalize: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
put('data-error.renamed-export-missing', { data: L({ csv: '../data/lock_delays_2024.csv' }), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(60, 32) });

// ---------------- shape-mismatch ----------------
put('shape-mismatch.three-delay-classes-assumed', { data: L(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
put('shape-mismatch.fuel-and-co2-one-unit', { data: F({ target: ['fuel_lph', 'co2_kgph'] }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('shape-mismatch.incident-two-sigmoids', { data: H(), layers: [d(12, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('shape-mismatch.five-units-four-classes', { data: L(), layers: [d(20, 'tanh'), d(5, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(80, 32) });

// ---------------- loss-activation-mismatch ----------------
put('loss-activation-mismatch.softmax-with-mse-delay', { data: L(), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(80, 32) });
put('loss-activation-mismatch.bce-linear-head', { data: H(), layers: [d(12, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('loss-activation-mismatch.cce-sigmoid-head', { data: L(), layers: [d(16, 'relu'), d(4, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
put('loss-activation-mismatch.relu-head-standardised-hours', { data: T(), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32) });
put('loss-activation-mismatch.sigmoid-head-raw-hours', { data: T({ normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(80, 32) });

// ---------------- init-symmetry ----------------
put('init-symmetry.zeros-hidden-transits', { data: T(), layers: [d(16, 'tanh', { init: 'zeros' }), d(8, 'tanh', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('init-symmetry.constant-hidden-incidents', { data: H(), layers: [d(16, 'sigmoid', { init: 'constant', value: 0.1 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(100, 32) });
put('init-symmetry.constant-all-lock-delay', { data: L(), layers: [d(24, 'tanh', { init: 'constant', value: 0.05 }), d(12, 'tanh', { init: 'constant', value: 0.05 }), d(4, 'softmax', { init: 'constant', value: 0.05 })], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(100, 32) });
put('init-symmetry.zeros-relu-fuel', { data: F(), layers: [d(32, 'relu', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 16) });

// ---------------- init-scale ----------------
put('init-scale.normal-std-8-transits', { data: T(), layers: [d(32, 'tanh', { init: 'normal', std: 8 }), d(16, 'tanh', { init: 'normal', std: 8 }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('init-scale.uniform-tiny-deep-lock', { data: L(), layers: [d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(32, 'relu', { init: 'uniform', limit: 1e-4 }), d(4, 'softmax', { init: 'uniform', limit: 1e-4 })], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
put('init-scale.normal-std-20-incidents', { data: H(), layers: [d(24, 'sigmoid', { init: 'normal', std: 20 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('init-scale.normal-std-5-relu-fuel', { data: F(), layers: [d(32, 'relu', { init: 'normal', std: 5 }), d(32, 'relu', { init: 'normal', std: 5 }), d(1, 'linear', { init: 'normal', std: 5 })], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(80, 32) });

// ---------------- no-nonlinearity ----------------
put('no-nonlinearity.linear-stack-lock-delay', { data: L(), layers: [d(32), d(32), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(120, 32) });
put('no-nonlinearity.linear-stack-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16), d(16), d(8), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
put('no-nonlinearity.linear-hidden-fuel-curve', { data: F(), layers: [d(24, 'linear', { init: 'he_normal' }), d(12, 'linear'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(120, 32) });
put('no-nonlinearity.linear-stack-circles', { data: { builtin: 'circles', samples: 300 }, layers: [d(12), d(12), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150, 32) });

// ---------------- lr-out-of-range ----------------
put('lr-out-of-range.lr-zero-placeholder', { data: T(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0), training: tr(80, 32) });
put('lr-out-of-range.negative-lr', { data: H(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', -0.01, { momentum: 0.9 }), training: tr(80, 32) });
put('lr-out-of-range.rmsprop-lr-50', { data: L(), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 50), training: tr(60, 32) });
put('lr-out-of-range.sgd-lr-zero-fuel', { data: F(), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0, { momentum: 0.9, nesterov: true }), training: tr(80, 16) });

// ---------------- dead-relu ----------------
put('dead-relu.negative-bias-transits', { data: T(), layers: [d(32, 'relu', { bias: -4 }), d(16, 'relu', { bias: -4 }), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(100, 32) });
put('dead-relu.sgd-hot-start-fuel', { data: F({ normalize: 'none' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
put('dead-relu.bias-minus-three-lock', { data: L(), layers: [d(24, 'relu', { bias: -3 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02), training: tr(100, 32) });
put('dead-relu.adam-lr-high-incidents', { data: H(), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.3), training: tr(80, 16) });

// ---------------- exploding-gradient ----------------
put('exploding-gradient.raw-tonnes-raw-hours-sgd', { data: T({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 32) });
put('exploding-gradient.deep-normal-std1-fuel', { data: F(), layers: [d(32, 'linear', { init: 'normal', std: 1 }), d(32, 'leaky_relu', { init: 'normal', std: 1 }), d(32, 'leaky_relu', { init: 'normal', std: 1 }), d(32, 'leaky_relu', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(40, 32) });
put('exploding-gradient.raw-rpm-raw-fuel-rmsprop', { data: F({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-4, { momentum: 0.9 }), training: tr(60, 16) });
put('exploding-gradient.raw-features-tonnes-target', { data: { csv: '../data/draft_survey.csv', target: 'cargo_tonnes', features: ['draft_aft', 'length_m', 'beam_m'], normalize: 'none' }, layers: [d(16, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 8) });

// ---------------- vanishing-gradient ----------------
put('vanishing-gradient.deep-sigmoid-incidents', { data: H(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
put('vanishing-gradient.deep-tanh-tiny-init-transits', { data: T(), layers: [d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(24, 'tanh', { init: 'normal', std: 0.02 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 32) });
put('vanishing-gradient.ten-sigmoid-lock', { data: L(), layers: [...Array.from({ length: 10 }, () => d(12, 'sigmoid')), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(100, 32) });
put('vanishing-gradient.deep-sigmoid-fuel-small-init', { data: F(), layers: [...Array.from({ length: 6 }, () => d(20, 'sigmoid', { init: 'normal', std: 0.05 })), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.0005), training: tr(80, 32) });

// ---------------- nan-loss ----------------
put('nan-loss.raw-fuel-sgd-lr-0.1', { data: F({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.1), training: tr(50, 32) });
put('nan-loss.raw-transit-momentum', { data: T({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(50, 16) });
put('nan-loss.co2-raw-linear-sgd', { data: F({ target: 'co2_kgph', normalizeTarget: 'none' }), layers: [d(8, 'linear'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.5), training: tr(50, 8) });
put('nan-loss.draft-raw-sgd-batch1', { data: { csv: '../data/draft_survey.csv', target: 'cargo_tonnes', features: ['draft_aft', 'length_m', 'beam_m'], normalize: 'none' }, layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(30, 1) });

// ---------------- lr-too-high ----------------
put('lr-too-high.adam-0.5-lock', { data: L(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.5), training: tr(80, 32) });
put('lr-too-high.sgd-3-incidents', { data: H(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 3, { momentum: 0.9 }), training: tr(80, 32) });
put('lr-too-high.rmsprop-0.2-transits', { data: T(), layers: [d(32, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.2), training: tr(80, 32) });
put('lr-too-high.sgd-1.5-fuel', { data: F(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 1.5), training: tr(80, 32) });
put('lr-too-high.adam-1-spirals', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 1), training: tr(100, 32) });

// ---------------- lr-too-low ----------------
put('lr-too-low.sgd-1e-5-transits', { data: T(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-5), training: tr(80, 32) });
put('lr-too-low.adam-1e-6-lock', { data: L(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 1e-6), training: tr(80, 32) });
put('lr-too-low.rmsprop-1e-6-fuel', { data: F(), layers: [d(32, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 1e-6), training: tr(100, 32) });
put('lr-too-low.sgd-nesterov-1e-5-incidents', { data: H(), layers: [d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-5, { momentum: 0.9, nesterov: true }), training: tr(100, 64) });

// ---------------- saturated-activation ----------------
put('saturated-activation.sigmoid-raw-tonnes', { data: T({ normalize: 'none' }), layers: [d(16, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('saturated-activation.tanh-raw-rpm', { data: F({ normalize: 'none' }), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('saturated-activation.sigmoid-big-bias-incidents', { data: H(), layers: [d(16, 'sigmoid', { bias: 8 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
put('saturated-activation.tanh-raw-tow-length', { data: L({ normalize: 'none' }), layers: [d(24, 'tanh', { init: 'normal', std: 0.5 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });

// ---------------- loss-plateau ----------------
put('loss-plateau.weight-decay-one-transits', { data: T(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003, { weightDecay: 1 }), training: tr(100, 32) });
put('loss-plateau.dropout-0.9-lock', { data: L(), layers: [d(16, 'relu'), drop(0.9), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02), training: tr(100, 32) });
put('loss-plateau.sigmoid-stack-sgd-fuel', { data: F(), layers: [d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.005), training: tr(120, 64) });
put('loss-plateau.weight-decay-incidents', { data: H(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, weightDecay: 0.5 }), training: tr(100, 32) });

// ---------------- oscillating-loss ----------------
put('oscillating-loss.adam-0.05-batch1-fuel', { data: F(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: tr(60, 1) });
put('oscillating-loss.sgd-momentum-0.99-transits', { data: T(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.1, { momentum: 0.99 }), training: tr(80, 32) });
put('oscillating-loss.rmsprop-0.05-batch2-lock', { data: L(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.05), training: tr(60, 2) });
put('oscillating-loss.sgd-full-batch-edge-incidents', { data: H(), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 8), training: tr(150, 480) });

// ---------------- healthy ----------------
put('ok.transits-adam-relu', { data: T(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32, { validationSplit: 0.2 }) });
put('ok.transits-sgd-momentum-tanh', { data: T(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(120, 32) });
put('ok.transits-nesterov-elu', { data: T({ normalize: 'minmax' }), layers: [d(24, 'elu'), d(12, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), training: tr(150, 16) });
put('ok.transits-rmsprop-batchnorm', { data: T(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(100, 32) });
put('ok.transits-linear-regression', { data: T(), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 420) });
put('ok.transits-raw-features-bn', { data: T({ normalize: 'none' }), layers: [d(32, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 32) });
put('ok.transits-plain-sgd-batch1', { data: T(), layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.005), training: tr(40, 1) });
put('ok.transits-adam-wd-clip-dropout', { data: T(), layers: [d(64, 'relu'), drop(0.2), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.002, { weightDecay: 1e-4, clipNorm: 1 }), training: tr(120, 64, { validationSplit: 0.15 }) });
put('ok.transits-deep-leaky', { data: T(), layers: [d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(120, 32) });
put('ok.incidents-adam-relu', { data: H(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 32, { validationSplit: 0.2 }) });
put('ok.incidents-logistic', { data: H(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5), training: tr(150, 480) });
put('ok.incidents-rmsprop-tanh', { data: H(), layers: [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(100, 32) });
put('ok.incidents-sgd-momentum-elu', { data: H({ normalize: 'minmax' }), layers: [d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.incidents-two-class-softmax', { data: H(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('ok.incidents-batchnorm-dropout', { data: H(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.3), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002, { weightDecay: 1e-4 }), training: tr(100, 64) });
put('ok.incidents-nesterov-full-batch', { data: H(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.9, nesterov: true }), training: tr(300, 480) });
put('ok.lock-adam-relu', { data: L(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(120, 32, { validationSplit: 0.2 }) });
put('ok.lock-rmsprop-tanh', { data: L(), layers: [d(32, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(100, 16) });
put('ok.lock-sgd-momentum-leaky', { data: L({ normalize: 'minmax' }), layers: [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.lock-softmax-regression', { data: L(), layers: [d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(150, 64) });
put('ok.lock-elu-batchnorm-clip', { data: L(), layers: [d(48, 'elu', { batchNorm: true }), d(24, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003, { clipNorm: 5 }), training: tr(100, 32) });
put('ok.lock-sgd-batch4-sigmoid', { data: L(), layers: [d(24, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 4) });
put('ok.fuel-adam-relu', { data: F(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32, { validationSplit: 0.2 }) });
put('ok.fuel-two-targets', { data: F({ target: ['fuel_lph', 'co2_kgph'] }), layers: [d(24, 'relu'), d(2)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32) });
put('ok.fuel-rmsprop-tanh-minmax-target', { data: F({ normalizeTarget: 'minmax' }), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(120, 32) });
put('ok.fuel-sgd-nesterov-elu', { data: F(), layers: [d(32, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), training: tr(120, 16) });
put('ok.fuel-sigmoid-hidden-adam', { data: F(), layers: [d(16, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(150, 16) });
put('ok.fuel-wide-dropout', { data: F(), layers: [d(128, 'relu'), drop(0.4), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(100, 32) });
put('ok.fuel-full-batch-rmsprop', { data: F(), layers: [d(24, 'relu'), d(12, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.005), training: tr(400, 360) });
put('ok.moons-adam-relu', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
put('ok.circles-tanh-sgd', { data: { builtin: 'circles', samples: 300 }, layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.2, { momentum: 0.9 }), training: tr(200, 32) });
put('ok.spirals-deep-elu', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(48, 'elu'), d(48, 'elu'), d(24, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(300, 32) });
put('ok.iris-rmsprop', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.01), training: tr(150, 16) });
put('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 200 }, layers: [d(24, 'tanh'), d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(300, 32) });
put('ok.blobs-sgd-plain', { data: { builtin: 'blobs', samples: 300, classes: 4 }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(100, 16) });
put('ok.xor-sigmoid-momentum', { data: { builtin: 'xor', samples: 200 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(200, 16) });
put('ok.inline-lock-tariff', { data: { inline: { x: [[1, 0], [2, 0], [3, 0], [4, 0], [1, 1], [2, 1], [3, 1], [4, 1], [5, 0], [5, 1], [6, 0], [6, 1]], y: [12, 19, 26, 33, 17, 24, 31, 38, 40, 45, 47, 52] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: tr(200, 12) });
put('ok.inline-tow-class', { data: { inline: { x: [[0.2, 1.1], [0.4, 0.9], [0.3, 1.3], [1.8, 0.2], [2.1, 0.4], [1.9, 0.1], [0.9, 2.2], [1.1, 2.0], [1.0, 2.4], [0.25, 1.0], [2.0, 0.3], [1.05, 2.1]], y: ['dry', 'dry', 'dry', 'tank', 'tank', 'tank', 'container', 'container', 'container', 'dry', 'tank', 'container'] } }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.03), training: tr(150, 4) });
put('ok.transits-huge-batch-adam-long', { data: T(), layers: [d(16, 'relu'), d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(500, 420) });
put('ok.incidents-rmsprop-batch1', { data: H(), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.0005), training: tr(30, 1) });
put('ok.transits-tanh-adam-batch8', { data: T(), layers: [d(20, 'tanh'), d(10, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 8) });
put('ok.fuel-leaky-rmsprop-batch8', { data: F(), layers: [d(16, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(100, 8) });
put('ok.moons-elu-rmsprop', { data: { builtin: 'moons', samples: 240, noise: 0.2 }, layers: [d(24, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(150, 16) });
