/**
 * Writes every candidate spec of fault set blind204 (vintage car restorers) into candidates/:
 * `npx tsx test/faults-blind204/author.ts`. Faults are `<code>.<slug>.nn.json`, healthy specs `ok.<slug>.nn.json`.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Json = Record<string, unknown>;
let seed = 204;
function put(file: string, spec: Json): void {
  const full = { name: file.replace(/\./g, '-'), seed: seed++, ...spec };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}

const FR = ['model_year', 'rust_pct', 'panels_replaced', 'paint_layers', 'chrome_pieces', 'parts_cost_usd', 'odometer_miles'];
const FR2 = ['rust_pct', 'panels_replaced', 'chrome_pieces', 'parts_cost_usd', 'parts_cost_gbp', 'model_year', 'bay'];
const FE = ['cyl1_psi', 'cyl2_psi', 'cyl3_psi', 'cyl4_psi', 'oil_psi', 'leakdown_pct', 'blowby_cfm', 'miles_since_rebuild'];
const FA = ['baujahr', 'zustand_note', 'originalitaet_pct', 'laufleistung_km', 'hubraum_ccm', 'karosserie'];

const rest = (target: string, extra: Json = {}) => ({ csv: '../data/restorations.csv', target, features: FR, normalize: 'standard', ...extra });
const hours = (extra: Json = {}) => rest('labour_hours', { normalizeTarget: 'standard', ...extra });
const eng = (extra: Json = {}) => ({ csv: '../data/engines.tsv', target: 'rebuild_needed', features: FE, normalize: 'standard', ...extra });
const appr = (extra: Json = {}) => ({ csv: '../data/appraisals_eu.csv', target: 'wert_keur', features: FA, normalize: 'standard', normalizeTarget: 'standard', ...extra });

const d = (units: number, activation: string, more: Json = {}) => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const adam = (lr: number, more: Json = {}) => ({ type: 'adam', lr, ...more });
const sgd = (lr: number, more: Json = {}) => ({ type: 'sgd', lr, ...more });
const rms = (lr: number, more: Json = {}) => ({ type: 'rmsprop', lr, ...more });
const tr = (epochs: number, batchSize: number, more: Json = {}) => ({ epochs, batchSize, ...more });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.optimizer-adamw', { data: hours(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: { type: 'adamw', lr: 0.001 }, training: tr(100, 32) });
put('invalid-spec.activation-gelu', { data: rest('concours_ready'), layers: [d(12, 'gelu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('invalid-spec.loss-mae', { data: appr(), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mae', optimizer: adam(0.003), training: tr(100, 16) });
put('invalid-spec.dropout-rate-one', { data: eng(), layers: [d(16, 'relu'), drop(1.0), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(60, 32) });
put('invalid-spec.validation-split-percent', { data: rest('grade'), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(80, 32, { validationSplit: 20 }) });
// data-error
put('data-error.job-id-as-feature', { data: rest('labour_hours', { features: ['job_id', ...FR], normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('data-error.target-misspelt', { data: rest('labor_hours', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('data-error.gaps-export', { data: { ...rest('concours_ready'), csv: '../data/restorations-gaps.csv' }, layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.002), training: tr(80, 32) });
put('data-error.missing-file-xlsx-name', { data: { csv: '../data/restorations_2023.csv', target: 'labour_hours', normalize: 'standard' }, layers: [d(8, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('data-error.path-outside-workspace', { data: { csv: '../../../../../../home/shop/Desktop/engines.tsv', target: 'rebuild_needed', normalize: 'standard' }, layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(50, 32) });
put('data-error.intake-date-feature', { data: eng({ csv: '../data/restorations.csv', target: 'concours_ready', features: ['intake_date', 'rust_pct', 'paint_layers'] }), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(50, 32) });
// shape-mismatch
put('shape-mismatch.grade-three-units', { data: rest('grade'), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(80, 32) });
put('shape-mismatch.hours-two-outputs', { data: hours(), layers: [d(16, 'relu'), d(2, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('shape-mismatch.rebuild-bce-two-units', { data: eng(), layers: [d(12, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(60, 32) });
put('shape-mismatch.iris-two-softmax', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'tanh'), d(2, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(100, 16) });
// loss-activation-mismatch
put('loss-activation-mismatch.grade-softmax-mse', { data: rest('grade'), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'mse', optimizer: adam(0.005), training: tr(80, 32) });
put('loss-activation-mismatch.rebuild-bce-linear', { data: eng(), layers: [d(12, 'relu'), d(1, 'linear')], loss: 'bce', optimizer: adam(0.003), training: tr(60, 32) });
put('loss-activation-mismatch.grade-cce-sigmoid', { data: rest('grade'), layers: [d(16, 'elu'), d(4, 'sigmoid')], loss: 'cce', optimizer: rms(0.003), training: tr(80, 32) });
put('loss-activation-mismatch.hours-relu-head-standardised', { data: hours(), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('loss-activation-mismatch.value-sigmoid-head', { data: appr(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 16) });
// init-symmetry
put('init-symmetry.hours-zeros-hidden', { data: hours(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(100, 32) });
put('init-symmetry.rebuild-constant', { data: eng(), layers: [d(12, 'sigmoid', { init: 'constant', value: 0.1 }), d(1, 'sigmoid', { init: 'constant', value: 0.1 })], loss: 'bce', optimizer: adam(0.01), training: tr(80, 32) });
put('init-symmetry.grade-zeros-both', { data: rest('grade'), layers: [d(24, 'tanh', { init: 'zeros' }), d(12, 'tanh', { init: 'zeros' }), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.003), training: tr(80, 32) });
put('init-symmetry.value-constant-half', { data: appr(), layers: [d(16, 'elu', { init: 'constant', value: 0.5 }), d(8, 'elu', { init: 'constant', value: 0.5 }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(120, 16) });
// init-scale
put('init-scale.hours-std-eight', { data: hours(), layers: [d(32, 'tanh', { init: 'normal', std: 8 }), d(32, 'tanh', { init: 'normal', std: 8 }), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: tr(100, 32) });
put('init-scale.rebuild-uniform-tiny-deep', { data: eng(), layers: [d(16, 'relu', { init: 'uniform', limit: 1e-4 }), d(16, 'relu', { init: 'uniform', limit: 1e-4 }), d(16, 'relu', { init: 'uniform', limit: 1e-4 }), d(1, 'sigmoid', { init: 'uniform', limit: 1e-4 })], loss: 'bce', optimizer: sgd(0.05), training: tr(60, 32) });
put('init-scale.grade-std-five-relu', { data: rest('grade'), layers: [d(32, 'relu', { init: 'normal', std: 5 }), d(32, 'relu', { init: 'normal', std: 5 }), d(4, 'softmax', { init: 'normal', std: 5 })], loss: 'cce', optimizer: sgd(0.01), training: tr(80, 32) });
put('init-scale.value-uniform-limit-20', { data: appr(), layers: [d(24, 'sigmoid', { init: 'uniform', limit: 20 }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.001), training: tr(100, 16) });
// no-nonlinearity
put('no-nonlinearity.moons-linear-stack', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('no-nonlinearity.circles-default-activation', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [{ type: 'dense', units: 32 }, { type: 'dense', units: 16 }, d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.005), training: tr(150, 32) });
put('no-nonlinearity.engines-linear-hidden', { data: eng(), layers: [d(32, 'linear'), d(16, 'linear'), d(8, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('no-nonlinearity.grade-linear-deep', { data: rest('grade'), layers: [d(24, 'linear', { batchNorm: true }), d(24, 'linear'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(80, 32) });
// lr-out-of-range
put('lr-out-of-range.hours-lr-zero', { data: hours(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0), training: tr(100, 32) });
put('lr-out-of-range.rebuild-negative-lr', { data: eng(), layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(-0.01), training: tr(60, 32) });
put('lr-out-of-range.grade-adam-lr-30', { data: rest('grade'), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(30), training: tr(80, 32) });
put('lr-out-of-range.value-rmsprop-lr-1e-9', { data: appr(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: rms(1e-9), training: tr(100, 16) });
put('lr-out-of-range.rebuild-sgd-lr-500', { data: eng(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(500), training: tr(60, 32) });
// dead-relu
put('dead-relu.hours-negative-bias', { data: hours(), layers: [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1, 'linear')], loss: 'mse', optimizer: adam(0.001), training: tr(100, 32) });
put('dead-relu.rebuild-raw-miles-sgd', { data: eng({ normalize: 'none' }), layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.01), training: tr(60, 32) });
put('dead-relu.grade-adam-lr-too-big', { data: rest('grade'), layers: [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.3), training: tr(80, 16) });
put('dead-relu.value-bias-minus-four', { data: appr(), layers: [d(24, 'relu', { bias: -4 }), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(100, 16) });
// exploding-gradient
put('exploding-gradient.hours-raw-everything', { data: rest('labour_hours', { normalize: 'none' }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1e-6), training: tr(60, 32) });
put('exploding-gradient.value-raw-km', { data: appr({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'linear'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1e-8, { momentum: 0.9 }), training: tr(60, 16) });
put('exploding-gradient.grade-deep-std-large', { data: rest('grade'), layers: [d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(60, 32) });
put('exploding-gradient.hours-raw-target-deep', { data: hours({ normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: tr(60, 32) });
// vanishing-gradient
put('vanishing-gradient.grade-deep-sigmoid', { data: rest('grade'), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05), training: tr(80, 32) });
put('vanishing-gradient.rebuild-tiny-normal-tanh', { data: eng(), layers: [d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.02), training: tr(60, 32) });
put('vanishing-gradient.hours-sigmoid-ten', { data: hours(), layers: [...Array.from({ length: 10 }, () => d(12, 'sigmoid')), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.5 }), training: tr(80, 32) });
put('vanishing-gradient.value-deep-sigmoid-rms', { data: appr(), layers: [...Array.from({ length: 8 }, () => d(10, 'sigmoid', { init: 'normal', std: 0.05 })), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.02), training: tr(80, 16) });
// nan-loss
put('nan-loss.hours-raw-target-sgd', { data: rest('labour_hours', { normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05), training: tr(60, 32) });
put('nan-loss.value-raw-adam-huge', { data: appr({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'linear'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.001), training: tr(60, 16) });
put('nan-loss.rebuild-std-1e6', { data: eng(), layers: [d(16, 'relu', { init: 'normal', std: 1e6 }), d(16, 'relu', { init: 'normal', std: 1e6 }), d(1, 'linear', { init: 'normal', std: 1e6 })], loss: 'mse', optimizer: sgd(0.01), training: tr(40, 32) });
put('nan-loss.hours-rmsprop-lr-5-raw', { data: rest('labour_hours', { normalize: 'none' }), layers: [d(16, 'linear'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(40, 32) });
// lr-too-high
put('lr-too-high.hours-sgd-lr-1', { data: hours(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1.0), training: tr(100, 32) });
put('lr-too-high.grade-rmsprop-lr-0.5', { data: rest('grade'), layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.5), training: tr(80, 32) });
put('lr-too-high.rebuild-adam-lr-1', { data: eng(), layers: [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(1.0), training: tr(60, 32) });
put('lr-too-high.value-sgd-momentum-lr-0.3', { data: appr(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.3, { momentum: 0.9 }), training: tr(100, 16) });
put('lr-too-high.concours-nesterov-lr-2', { data: rest('concours_ready'), layers: [d(12, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(2, { momentum: 0.9, nesterov: true }), training: tr(60, 16) });
// lr-too-low
put('lr-too-low.hours-sgd-1e-5', { data: hours(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1e-5), training: tr(60, 32) });
put('lr-too-low.grade-adam-1e-6', { data: rest('grade'), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(1e-6), training: tr(80, 32) });
put('lr-too-low.rebuild-rmsprop-1e-6', { data: eng(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(1e-6), training: tr(60, 32) });
put('lr-too-low.value-sgd-full-batch-1e-4', { data: appr(), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1e-4), training: tr(100, 280) });
// saturated-activation
put('saturated-activation.hours-raw-sigmoid', { data: rest('labour_hours', { normalize: 'none', normalizeTarget: 'standard' }), layers: [d(16, 'sigmoid'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('saturated-activation.rebuild-raw-tanh', { data: eng({ normalize: 'none' }), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(60, 32) });
put('saturated-activation.grade-big-bias-tanh', { data: rest('grade'), layers: [d(16, 'tanh', { bias: 8 }), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05), training: tr(80, 32) });
put('saturated-activation.value-raw-sigmoid-rms', { data: appr({ normalize: 'none' }), layers: [d(24, 'sigmoid'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.001), training: tr(100, 16) });
// loss-plateau
put('loss-plateau.grade-sgd-deep-sigmoid-small', { data: rest('grade'), layers: [d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: tr(100, 64) });
put('loss-plateau.circles-one-unit-bottleneck', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(1, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('loss-plateau.rebuild-heavy-weight-decay', { data: eng(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01, { weightDecay: 2 }), training: tr(80, 32) });
put('loss-plateau.hours-only-noise-features', { data: hours({ features: ['odometer_miles', 'bay'] }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('loss-plateau.xor-tiny-clip', { data: { builtin: 'xor', samples: 200 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { clipNorm: 1e-4 }), training: tr(150, 32) });
// oscillating-loss
put('oscillating-loss.hours-sgd-batch-one-momentum', { data: hours(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(60, 1) });
put('oscillating-loss.rebuild-full-batch-sgd-high', { data: eng(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(8, { momentum: 0.9 }), training: tr(100, 330) });
put('oscillating-loss.value-rmsprop-batch-two', { data: appr(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.05), training: tr(80, 2) });
put('oscillating-loss.grade-adam-0.05-batch-4', { data: rest('grade'), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.08), training: tr(80, 4) });
put('oscillating-loss.hours-full-batch-momentum', { data: hours(), layers: [d(8, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.9, { momentum: 0.95 }), training: tr(150, 420) });

// ---------------- healthy ----------------
put('ok.hours-adam-relu', { data: hours(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(120, 32) });
put('ok.hours-sgd-momentum-tanh', { data: hours(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(100, 16) });
put('ok.hours-nesterov-elu-minmax', { data: hours({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(32, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });
put('ok.hours-rmsprop-dropout', { data: hours(), layers: [d(48, 'relu'), drop(0.1), d(24, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.002), training: tr(120, 32, { validationSplit: 0.2 }) });
put('ok.hours-collinear-costs-leaky', { data: hours({ features: FR2 }), layers: [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.002, { weightDecay: 1e-4 }), training: tr(120, 32) });
put('ok.hours-batchnorm-sgd', { data: hours(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(100, 32) });
put('ok.hours-linear-regression', { data: hours(), layers: [d(1, 'linear')], loss: 'mse', optimizer: sgd(0.05), training: tr(100, 32) });
put('ok.hours-batch-one-adam-small', { data: hours(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.0005), training: tr(30, 1) });
put('ok.hours-full-batch-adam', { data: hours(), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.02), training: tr(300, 420) });
put('ok.concours-adam-relu', { data: rest('concours_ready'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: tr(80, 32) });
put('ok.concours-sgd-tanh-val', { data: rest('concours_ready'), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.8 }), training: tr(100, 16, { validationSplit: 0.25 }) });
put('ok.concours-logistic-rmsprop', { data: rest('concours_ready'), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.01), training: tr(80, 32) });
put('ok.concours-cce-two-class', { data: rest('concours_ready'), layers: [d(16, 'elu'), d(2, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
put('ok.grade-adam-relu', { data: rest('grade'), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
put('ok.grade-sgd-nesterov-tanh', { data: rest('grade'), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(100, 32) });
put('ok.grade-rmsprop-dropout-bn', { data: rest('grade'), layers: [d(32, 'relu', { batchNorm: true }), drop(0.2), d(4, 'softmax')], loss: 'cce', optimizer: rms(0.002), training: tr(100, 32, { validationSplit: 0.2 }) });
put('ok.grade-minmax-elu-clip', { data: rest('grade', { normalize: 'minmax' }), layers: [d(32, 'elu'), d(16, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.005, { clipNorm: 1 }), training: tr(120, 16) });
put('ok.grade-batch-eight-sgd', { data: rest('grade'), layers: [d(16, 'leaky_relu'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.03), training: tr(100, 8) });
put('ok.rebuild-adam-relu', { data: eng(), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('ok.rebuild-sgd-plain-sigmoid', { data: eng(), layers: [d(8, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.5), training: tr(100, 16) });
put('ok.rebuild-rmsprop-tanh-val', { data: eng(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.003), training: tr(80, 32, { validationSplit: 0.2 }) });
put('ok.rebuild-deep-narrow-elu', { data: eng(), layers: [d(8, 'elu'), d(8, 'elu'), d(8, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.002), training: tr(100, 32) });
put('ok.rebuild-full-batch-rmsprop', { data: eng(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.01), training: tr(200, 330) });
put('ok.rebuild-minmax-weight-decay', { data: eng({ normalize: 'minmax' }), layers: [d(24, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005, { weightDecay: 5e-4 }), training: tr(100, 32) });
put('ok.value-adam-elu', { data: appr(), layers: [d(24, 'elu'), d(12, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(150, 16) });
put('ok.value-sgd-momentum-relu', { data: appr(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(150, 16) });
put('ok.value-rmsprop-tanh', { data: appr(), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.002), training: tr(120, 16) });
put('ok.value-batchnorm-dropout', { data: appr(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.1), d(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32, { validationSplit: 0.15 }) });
put('ok.value-clip-sgd-nesterov', { data: appr(), layers: [d(24, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.03, { momentum: 0.9, nesterov: true, clipNorm: 5 }), training: tr(120, 8) });
put('ok.iris-adam', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(150, 16) });
put('ok.moons-sgd-momentum-tanh', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.circles-adam-relu', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, layers: [d(48, 'relu'), d(48, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(300, 32) });
put('ok.sine-tanh-rmsprop', { data: { builtin: 'sine', samples: 200, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: rms(0.003), training: tr(200, 16) });
put('ok.blobs-four-sgd', { data: { builtin: 'blobs', samples: 300, classes: 4 }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05), training: tr(100, 32) });
put('ok.xor-sigmoid-sgd', { data: { builtin: 'xor', samples: 200, noise: 0.05 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.3, { momentum: 0.9 }), training: tr(200, 16) });
put('ok.inline-paint-booth', { data: { inline: { x: [[18, 40], [20, 45], [22, 50], [24, 55], [26, 60], [28, 65], [30, 70], [19, 60], [23, 65], [27, 40], [21, 55], [25, 45], [29, 50], [17, 70], [31, 42], [24, 48]], y: [2.1, 2.3, 2.6, 3.0, 3.5, 4.1, 4.8, 2.9, 3.6, 3.2, 2.9, 2.8, 3.6, 3.4, 4.0, 2.9] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(8, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: adam(0.01), training: tr(300, 16) });
put('ok.inline-trim-grade', { data: { inline: { x: [[1, 0.2], [1.2, 0.1], [0.9, 0.3], [3, 2.8], [3.2, 3.1], [2.9, 3.0], [5, 0.2], [5.2, 0.4], [4.9, 0.1], [1.1, 0.25], [3.1, 2.9], [5.1, 0.3]], y: ['original', 'original', 'original', 'reproduction', 'reproduction', 'reproduction', 'nos', 'nos', 'nos', 'original', 'reproduction', 'nos'] }, normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.02), training: tr(200, 4) });
put('ok.hours-wide-shallow-sgd', { data: hours(), layers: [d(128, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: tr(150, 64) });
put('ok.concours-deep-bn-nesterov', { data: rest('concours_ready'), layers: [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.01, { momentum: 0.9, nesterov: true }), training: tr(60, 64) });
put('ok.value-lecun-selu-like-elu', { data: appr(), layers: [d(32, 'elu', { init: 'lecun_normal' }), d(32, 'elu', { init: 'lecun_normal' }), d(1, 'linear')], loss: 'mse', optimizer: rms(0.001), training: tr(120, 32) });
put('ok.rebuild-he-uniform-batch-one', { data: eng(), layers: [d(16, 'relu', { init: 'he_uniform' }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.005), training: tr(40, 1) });
put('ok.grade-xavier-normal-tanh-adam', { data: rest('grade'), layers: [d(32, 'tanh', { init: 'xavier_normal' }), d(32, 'tanh', { init: 'xavier_normal' }), d(4, 'softmax')], loss: 'cce', optimizer: adam(0.001), training: tr(150, 16) });

// ---------------- second pass: more exploding-gradient candidates ----------------
put('exploding-gradient.value-deep-linear-std-one', { data: appr(), layers: [d(32, 'linear', { init: 'normal', std: 1 }), d(32, 'linear', { init: 'normal', std: 1 }), d(32, 'linear', { init: 'normal', std: 1 }), d(32, 'linear', { init: 'normal', std: 1 }), d(1, 'linear', { init: 'normal', std: 1 })], loss: 'mse', optimizer: sgd(1e-7), training: tr(40, 16) });
put('exploding-gradient.rebuild-raw-miles-mse', { data: eng({ normalize: 'none' }), layers: [d(8, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(1e-9), training: tr(40, 32) });
put('exploding-gradient.hours-raw-features-leaky-deep', { data: hours({ normalize: 'none' }), layers: [d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: sgd(1e-9), training: tr(40, 32) });
