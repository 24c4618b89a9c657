/**
 * Writes every candidate spec of set blind269 into candidates/: `<code>.<slug>.nn.json` for faults,
 * `ok.<slug>.nn.json` for healthy ones. Run: npx tsx test/faults-blind269/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
let seed = 2690;
function spec(file: string, s: J): void {
  const full = { name: file, seed: s.seed ?? seed++, ...s };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}
const D = (x: string) => `../data/${x}`;
const JOBF = ['length_m', 'height_m', 'face_area_m2', 'slope_deg', 'access_score', 'crew_size', 'stone_reuse_pct', 'distance_km'];
const HEDF = ['stem_diam_mm', 'stems_per_m', 'hawthorn_pct', 'blackthorn_pct', 'laid_month', 'rainfall_mm', 'deer_pressure', 'rabbit_guard', 'pleacher_cut_pct'];
const WALLF = ['age_years', 'lean_deg', 'bulge_mm', 'through_stones_per_m', 'frost_days', 'root_dist_m', 'sheep_rubbing', 'coping_missing_pct'];
const STONEF = ['height_m', 'base_width_m', 'top_width_m', 'hearting_pct', 'stone_density_t_m3'];
const TALLYF = ['wind_mph', 'temp_c', 'stem_diam_mm', 'layers', 'daylight_h'];
const jobs = (x: J = {}) => ({ csv: D('jobs.csv'), target: 'hours', features: JOBF, normalize: 'standard', normalizeTarget: 'standard', ...x });
const hedges = (x: J = {}) => ({ csv: D('hedges.csv'), target: 'outcome', features: HEDF, normalize: 'standard', ...x });
const walls = (x: J = {}) => ({ csv: D('walls-survey.csv'), target: 'collapsed', features: WALLF, normalize: 'standard', ...x });
const stone = (x: J = {}) => ({ csv: D('stone-tonnage.csv'), target: 'tonnes_per_m', features: STONEF, normalize: 'standard', ...x });
const tally = (x: J = {}) => ({ csv: D('gang-tally.tsv'), target: 'metres_laid', features: TALLYF, normalize: 'minmax', normalizeTarget: 'standard', ...x });
const d = (units: number, activation = 'linear', x: J = {}) => ({ type: 'dense', units, activation, ...x });
const drop = (rate: number) => ({ type: 'dropout', rate });
const tr = (epochs: number, batchSize: number, x: J = {}) => ({ epochs, batchSize, ...x });
const adam = (lr: number, x: J = {}) => ({ type: 'adam', lr, ...x });
const sgd = (lr: number, x: J = {}) => ({ type: 'sgd', lr, ...x });
const rms = (lr: number, x: J = {}) => ({ type: 'rmsprop', lr, ...x });

// ---------- invalid-spec ----------
spec('invalid-spec.adamw-optimizer', { data: walls(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adamw', lr: 0.001 }, training: tr(80, 32) });
spec('invalid-spec.swish-activation', { data: hedges(), layers: [d(24, 'swish'), d(12, 'swish'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
spec('invalid-spec.keras-loss-name', { data: walls(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: adam(0.003), training: tr(80, 32) });
spec('invalid-spec.dropout-as-percent', { data: jobs(), layers: [d(32, 'relu'), drop(20), d(1)], loss: 'mse', optimizer: adam(0.002), training: tr(100, 32) });
spec('invalid-spec.momentum-one', { data: stone(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.01, { momentum: 1.0 }), training: tr(100, 16) });

// ---------- data-error ----------
spec('data-error.missing-2024-file', { data: { ...jobs(), csv: D('jobs-2024.csv') }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
spec('data-error.job-id-as-feature', { data: { csv: D('jobs.csv'), target: 'hours', normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
spec('data-error.target-capitalised', { data: walls({ target: 'Collapsed' }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
spec('data-error.survey-na-markers', { data: walls({ csv: D('walls-survey-gaps.csv') }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
spec('data-error.path-outside-workspace', { data: { csv: '../../../../../home/waller/Documents/jobs.csv', target: 'hours', normalize: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
spec('data-error.invoice-thousands', { data: { csv: D('invoices.csv'), target: 'amount_gbp', features: ['metres', 'days'], normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(8, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.01), training: tr(100, 16) });

// ---------- shape-mismatch ----------
spec('shape-mismatch.two-units-three-outcomes', { data: hedges(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
spec('shape-mismatch.bce-two-units', { data: walls(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
spec('shape-mismatch.hours-three-outputs', { data: jobs(), layers: [d(16, 'relu'), d(3)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
spec('shape-mismatch.iris-four-units', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(10, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(100, 16) });

// ---------- loss-activation-mismatch ----------
spec('loss-activation-mismatch.bce-linear-head', { data: walls(), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.cce-sigmoid-head', { data: hedges(), layers: [d(16, 'relu'), d(3, 'sigmoid')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.mse-softmax-single', { data: stone(), layers: [d(16, 'tanh'), d(1, 'softmax')], loss: 'mse', optimizer: adam(0.003), training: tr(80, 16) });
spec('loss-activation-mismatch.relu-head-standardised-hours', { data: jobs(), layers: [d(16, 'relu'), d(1, 'relu')], loss: 'mse', optimizer: adam(0.003), training: tr(120, 32) });
spec('loss-activation-mismatch.tanh-head-raw-tonnes', { data: stone({ normalizeTarget: 'none' }), layers: [d(12, 'relu'), d(1, 'tanh')], loss: 'mse', optimizer: adam(0.003), training: tr(120, 16) });

// ---------- init-symmetry ----------
spec('init-symmetry.zeros-hidden', { data: walls(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
spec('init-symmetry.constant-hidden', { data: hedges(), layers: [d(20, 'relu', { init: 'constant', value: 0.1 }), d(10, 'relu', { init: 'constant', value: 0.1 }), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
spec('init-symmetry.zeros-both', { data: jobs(), layers: [d(24, 'tanh', { init: 'zeros' }), d(12, 'tanh', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(100, 32) });
spec('init-symmetry.constant-sigmoid-tally', { data: tally(), layers: [d(12, 'sigmoid', { init: 'constant', value: 0.5 }), d(1)], loss: 'mse', optimizer: rms(0.003), training: tr(100, 16) });

// ---------- init-scale ----------
spec('init-scale.normal-std-20', { data: walls(), layers: [d(32, 'relu', { init: 'normal', std: 20 }), d(16, 'relu', { init: 'normal', std: 20 }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.001), training: tr(80, 32) });
spec('init-scale.uniform-limit-30', { data: hedges(), layers: [d(24, 'tanh', { init: 'uniform', limit: 30 }), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
spec('init-scale.normal-tiny-deep', { data: jobs(), layers: [d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(1, 'linear', { init: 'normal', std: 1e-4 })], loss: 'mse', optimizer: sgd(0.01), training: tr(100, 32) });
spec('init-scale.normal-std-5-tonnage', { data: stone(), layers: [d(32, 'elu', { init: 'normal', std: 5 }), d(1, 'linear', { init: 'normal', std: 5 })], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(100, 16) });

// ---------- no-nonlinearity ----------
spec('no-nonlinearity.linear-stack-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
spec('no-nonlinearity.linear-stack-circles', { data: { builtin: 'circles', samples: 300 }, layers: [d(32), d(16), d(8), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: tr(150, 32) });
spec('no-nonlinearity.linear-hours', { data: jobs(), layers: [d(32, 'linear'), d(32, 'linear'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32) });
spec('no-nonlinearity.linear-spirals-cce', { data: { builtin: 'spirals', classes: 3, samples: 300 }, layers: [d(32, 'linear', { init: 'he_normal' }), d(32, 'linear'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.003), training: tr(150, 32) });

// ---------- lr-out-of-range ----------
spec('lr-out-of-range.zero-rate', { data: walls(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0), training: tr(80, 32) });
spec('lr-out-of-range.negative-rate', { data: stone(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(-0.01), training: tr(80, 16) });
spec('lr-out-of-range.rate-as-percent', { data: hedges(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(30), training: tr(80, 32) });
spec('lr-out-of-range.sgd-rate-500', { data: tally(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: sgd(500), training: tr(80, 16) });

// ---------- dead-relu ----------
spec('dead-relu.negative-bias', { data: walls(), layers: [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.001), training: tr(80, 32) });
spec('dead-relu.raw-features-hot-sgd', { data: jobs({ normalize: 'none' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.05), training: tr(80, 32) });
spec('dead-relu.bias-minus-3-hedges', { data: hedges(), layers: [d(24, 'relu', { bias: -4 }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: tr(100, 16) });
spec('dead-relu.adam-hot-deep', { data: tally(), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.3), training: tr(80, 8) });

// ---------- exploding-gradient ----------
spec('exploding-gradient.raw-hours-target', { data: jobs({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.001), training: tr(60, 32) });
spec('exploding-gradient.deep-large-init', { data: hedges(), layers: [d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(32, 'relu', { init: 'normal', std: 1 }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: tr(60, 32) });
spec('exploding-gradient.raw-rainfall-linear', { data: tally({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(8, 'linear'), d(8, 'elu'), d(1)], loss: 'mse', optimizer: sgd(0.005, { momentum: 0.9 }), training: tr(60, 16) });
spec('exploding-gradient.raw-survey-deep', { data: walls({ normalize: 'none' }), layers: [d(32, 'relu', { init: 'he_uniform' }), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(60, 32) });

// ---------- vanishing-gradient ----------
spec('vanishing-gradient.deep-sigmoid', { data: walls(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.01), training: tr(100, 32) });
spec('vanishing-gradient.deep-tanh-small-init', { data: hedges(), layers: [d(20, 'tanh', { init: 'normal', std: 0.02 }), d(20, 'tanh', { init: 'normal', std: 0.02 }), d(20, 'tanh', { init: 'normal', std: 0.02 }), d(20, 'tanh', { init: 'normal', std: 0.02 }), d(20, 'tanh', { init: 'normal', std: 0.02 }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(100, 32) });
spec('vanishing-gradient.sigmoid-ten-layers-tonnage', { data: stone(), layers: [...Array.from({ length: 10 }, () => d(12, 'sigmoid')), d(1)], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.5 }), training: tr(100, 16) });
spec('vanishing-gradient.sigmoid-deep-tally-rms', { data: tally(), layers: [...Array.from({ length: 8 }, () => d(10, 'sigmoid', { init: 'normal', std: 0.1 })), d(1)], loss: 'mse', optimizer: sgd(0.03), training: tr(100, 16) });

// ---------- nan-loss ----------
spec('nan-loss.raw-hours-sgd', { data: jobs({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.01), training: tr(60, 32) });
spec('nan-loss.adam-huge-rate-raw', { data: tally({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'linear'), d(1)], loss: 'mse', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(60, 8) });
spec('nan-loss.tonnage-raw-rate-1', { data: stone({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: sgd(1.0, { momentum: 0.9 }), training: tr(60, 4) });
spec('nan-loss.rms-linear-raw-survey', { data: jobs({ normalize: 'none' }), layers: [d(32), d(32), d(1)], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(60, 16) });

// ---------- lr-too-high ----------
spec('lr-too-high.sgd-rate-3-walls', { data: walls(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(3), training: tr(100, 32) });
spec('lr-too-high.adam-half', { data: hedges(), layers: [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.5), training: tr(100, 32) });
spec('lr-too-high.rmsprop-0p3', { data: jobs(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: rms(0.3), training: tr(100, 32) });
spec('lr-too-high.momentum-rate-0p8', { data: stone(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.8, { momentum: 0.9 }), training: tr(100, 16) });
spec('lr-too-high.nesterov-rate-2-tally', { data: tally(), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: sgd(1.5, { momentum: 0.9, nesterov: true, clipNorm: 5 }), training: tr(100, 16) });

// ---------- lr-too-low ----------
spec('lr-too-low.sgd-1e-5', { data: walls(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(1e-5), training: tr(100, 32) });
spec('lr-too-low.adam-1e-6', { data: hedges(), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(1e-6), training: tr(100, 32) });
spec('lr-too-low.rmsprop-1e-6', { data: jobs(), layers: [d(24, 'tanh'), d(12, 'tanh'), d(1)], loss: 'mse', optimizer: rms(1e-6), training: tr(100, 32) });
spec('lr-too-low.momentum-1e-6-tally', { data: tally(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: sgd(1e-6, { momentum: 0.9 }), training: tr(120, 16) });

// ---------- saturated-activation ----------
spec('saturated-activation.raw-survey-sigmoid', { data: walls({ normalize: 'none' }), layers: [d(16, 'sigmoid', { init: 'xavier_normal' }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.001), training: tr(100, 32) });
spec('saturated-activation.raw-hedge-tanh', { data: hedges({ normalize: 'none' }), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.001), training: tr(100, 32) });
spec('saturated-activation.tanh-bias-8', { data: stone(), layers: [d(16, 'tanh', { bias: 8 }), d(16, 'tanh', { bias: 8 }), d(1)], loss: 'mse', optimizer: sgd(0.01), training: tr(100, 16) });
spec('saturated-activation.raw-jobs-sigmoid', { data: jobs({ normalize: 'none' }), layers: [d(24, 'sigmoid'), d(1)], loss: 'mse', optimizer: rms(0.001), training: tr(100, 32) });

// ---------- loss-plateau ----------
spec('loss-plateau.weight-decay-3', { data: walls(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01, { weightDecay: 3 }), training: tr(120, 32) });
spec('loss-plateau.dropout-0p95', { data: hedges(), layers: [d(16, 'relu'), drop(0.95), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(120, 32) });
spec('loss-plateau.clipnorm-tiny', { data: jobs(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.01, { clipNorm: 1e-5 }), training: tr(120, 32) });
spec('loss-plateau.wd-sgd-tonnage', { data: stone(), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9, weightDecay: 10 }), training: tr(150, 16) });

// ---------- oscillating-loss ----------
spec('oscillating-loss.momentum-0p99-batch-4', { data: walls(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.99 }), training: tr(100, 4) });
spec('oscillating-loss.adam-batch-1', { data: stone(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.05), training: tr(60, 1) });
spec('oscillating-loss.rmsprop-batch-2', { data: tally(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: rms(0.05), training: tr(80, 2) });
spec('oscillating-loss.nesterov-full-batch', { data: jobs(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.9, { momentum: 0.95, nesterov: true }), training: tr(200, 420) });

// ================= healthy =================
spec('ok.walls-adam-relu', { data: walls(), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.walls-sgd-tanh', { data: walls(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1), training: tr(150, 16) });
spec('ok.walls-nesterov-bn', { data: walls({ normalize: 'minmax' }), layers: [d(24, 'relu', { batchNorm: true }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(100, 64) });
spec('ok.walls-rmsprop-dropout', { data: walls(), layers: [d(32, 'elu'), drop(0.2), d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.002, { weightDecay: 1e-4 }), training: tr(100, 32) });
spec('ok.walls-full-batch-adam', { data: walls(), layers: [d(8, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.02), training: tr(300, 440) });
spec('ok.walls-logistic-only', { data: walls(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.02), training: tr(150, 32) });
spec('ok.hedges-adam-relu', { data: hedges(), layers: [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.002), training: tr(100, 32, { validationSplit: 0.15 }) });
spec('ok.hedges-sgd-momentum-tanh', { data: hedges(), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(100, 32) });
spec('ok.hedges-rmsprop-elu-bn', { data: hedges(), layers: [d(32, 'elu', { batchNorm: true }), d(16, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.001), training: tr(80, 16) });
spec('ok.hedges-minmax-leaky', { data: hedges({ normalize: 'minmax' }), layers: [d(20, 'leaky_relu'), drop(0.1), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005, { clipNorm: 1 }), training: tr(150, 24) });
spec('ok.hedges-softmax-regression', { data: hedges(), layers: [d(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(150, 48) });
spec('ok.hedges-deep-narrow', { data: hedges(), layers: [d(12, 'relu'), d(12, 'relu'), d(12, 'relu'), d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.002), training: tr(120, 32) });
spec('ok.jobs-adam-relu', { data: jobs(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32) });
spec('ok.jobs-sgd-tanh', { data: jobs(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.05), training: tr(200, 16) });
spec('ok.jobs-minmax-rmsprop', { data: jobs({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: rms(0.003), training: tr(200, 32, { validationSplit: 0.2 }) });
spec('ok.jobs-batch-1-sgd', { data: jobs(), layers: [d(12, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.005), training: tr(40, 1) });
spec('ok.jobs-nesterov-clip', { data: jobs(), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1)], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9, nesterov: true, clipNorm: 2 }), training: tr(150, 32) });
spec('ok.jobs-linear-regression', { data: jobs(), layers: [d(1)], loss: 'mse', optimizer: sgd(0.05), training: tr(100, 32) });
spec('ok.stone-adam-tanh', { data: stone(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: adam(0.005), training: tr(150, 16) });
spec('ok.stone-raw-target-sgd', { data: stone({ normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.8 }), training: tr(150, 16) });
spec('ok.stone-rmsprop-deep', { data: stone(), layers: [d(24, 'elu'), d(24, 'elu'), d(12, 'elu'), d(1)], loss: 'mse', optimizer: rms(0.001), training: tr(120, 32) });
spec('ok.stone-full-batch-adam', { data: stone(), layers: [d(16, 'sigmoid'), d(1)], loss: 'mse', optimizer: adam(0.03), training: tr(400, 300) });
spec('ok.stone-weight-decay-bn', { data: stone({ normalize: 'minmax' }), layers: [d(32, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: adam(0.005, { weightDecay: 1e-3 }), training: tr(150, 32) });
spec('ok.tally-adam-relu', { data: tally(), layers: [d(16, 'relu'), d(8, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.005), training: tr(150, 16) });
spec('ok.tally-sgd-linear', { data: tally({ normalize: 'standard' }), layers: [d(1)], loss: 'mse', optimizer: sgd(0.05), training: tr(100, 8) });
spec('ok.tally-rmsprop-tanh-val', { data: tally(), layers: [d(20, 'tanh'), d(1)], loss: 'mse', optimizer: rms(0.003), training: tr(150, 32, { validationSplit: 0.25 }) });
spec('ok.tally-momentum-elu', { data: tally(), layers: [d(24, 'elu'), d(12, 'elu'), d(1)], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(150, 16) });
spec('ok.moons-relu', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
spec('ok.circles-tanh-sgd', { data: { builtin: 'circles', samples: 300 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.3, { momentum: 0.9 }), training: tr(200, 32) });
spec('ok.xor-small', { data: { builtin: 'xor', samples: 200 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.02), training: tr(200, 16) });
spec('ok.spirals-deep', { data: { builtin: 'spirals', classes: 3, samples: 300, noise: 0.05 }, layers: [d(48, 'relu'), d(48, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(300, 32) });
spec('ok.blobs-four-rmsprop', { data: { builtin: 'blobs', classes: 4, samples: 400 }, layers: [d(12, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.005), training: tr(60, 32) });
spec('ok.iris-sgd-nesterov', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(10, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(150, 16) });
spec('ok.sine-tanh', { data: { builtin: 'sine', samples: 300 }, layers: [d(24, 'tanh'), d(24, 'tanh'), d(1)], loss: 'mse', optimizer: adam(0.005), training: tr(300, 32) });
spec('ok.inline-crew-hours', { data: { inline: { x: [[10, 1], [20, 1], [30, 2], [40, 2], [50, 3], [60, 3], [15, 1], [25, 2], [35, 2], [45, 3], [55, 3], [65, 4], [70, 4], [80, 4]], y: [12, 22, 25, 33, 36, 43, 17, 21, 29, 32, 39, 44, 48, 54] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(4, 'tanh'), d(1)], loss: 'mse', optimizer: adam(0.02), training: tr(300, 14) });
spec('ok.inline-hedge-species', { data: { inline: { x: [[30, 4], [35, 5], [28, 3], [60, 2], [65, 1], [58, 2], [40, 6], [45, 7], [38, 6], [70, 1], [32, 5], [62, 2]], y: ['hawthorn', 'hawthorn', 'hawthorn', 'hazel', 'hazel', 'hazel', 'blackthorn', 'blackthorn', 'blackthorn', 'hazel', 'hawthorn', 'hazel'] }, normalize: 'standard' }, layers: [d(6, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.02), training: tr(200, 4) });
spec('ok.walls-sgd-batch-1', { data: walls(), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.01), training: tr(30, 1) });
spec('ok.hedges-wide-sigmoid', { data: hedges(), layers: [d(64, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(120, 32) });
spec('ok.jobs-deep-bn-dropout', { data: jobs(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.1), d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.002), training: tr(120, 64) });
spec('ok.walls-xavier-lecun', { data: walls(), layers: [d(16, 'tanh', { init: 'lecun_normal' }), d(16, 'tanh', { init: 'xavier_normal' }), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.001), training: tr(100, 16) });
spec('ok.stone-he-uniform-batch-5', { data: stone(), layers: [d(20, 'leaky_relu', { init: 'he_uniform' }), d(1)], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.5 }), training: tr(100, 5) });
spec('ok.tally-adam-long-small-lr', { data: tally(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.0005), training: tr(600, 32) });
spec('ok.hedges-blackthorn-selected', { data: hedges({ features: ['stems_per_m', 'hawthorn_pct', 'laid_month', 'deer_pressure', 'rabbit_guard', 'pleacher_cut_pct'] }), layers: [d(16, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.1), training: tr(150, 32) });
spec('ok.circles-bn-rmsprop', { data: { builtin: 'circles', samples: 400, noise: 0.08 }, layers: [d(16, 'relu', { batchNorm: true }), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.005), training: tr(100, 32) });
