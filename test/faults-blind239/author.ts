/**
 * Writes every candidate spec of fault set blind239 into candidates/ (run once:
 * npx tsx test/faults-blind239/author.ts). Theme: bonsai nurseries and tree-care workshops.
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

type J = Record<string, unknown>;
let seedCounter = 239;
function put(file: string, spec: J): void {
  const full: J = { name: file.replace(/\.nn\.json$/, '').replace(/^[^.]+\./, ''), seed: spec.seed ?? seedCounter++, ...spec };
  fs.writeFileSync(path.join(OUT, file + '.nn.json'), JSON.stringify(full, null, 2) + '\n');
}

const TF = ['age_years', 'trunk_mm', 'height_cm', 'pot_l', 'water_per_week', 'akadama_pct', 'sun_hours', 'shelf_no'];
const CF = ['branches_pruned', 'wire_m', 'trunk_mm', 'crew', 'distance_km', 'repot'];
const SF = ['ph', 'ec_ms_cm', 'moisture_pct', 'root_temp_c', 'days_since_feed'];
const surv = (normalize = 'standard', extra: J = {}) => ({ csv: '../data/trees.csv', target: 'survived_winter', features: TF, normalize, ...extra });
const grade = (normalize = 'standard', extra: J = {}) => ({ csv: '../data/trees.csv', target: 'grade', features: TF, normalize, ...extra });
const price = (normalize = 'standard', nt = 'standard', extra: J = {}) => ({ csv: '../data/trees.csv', target: 'price_eur', features: TF, normalize, normalizeTarget: nt, ...extra });
const jobs = (normalize = 'standard', nt = 'standard', extra: J = {}) => ({ csv: '../data/care-jobs.tsv', target: 'job_minutes', features: CF, normalize, normalizeTarget: nt, ...extra });
const soil = (normalize = 'standard', extra: J = {}) => ({ csv: '../data/soil-clinic.csv', target: 'leaf_status', features: SF, normalize, ...extra });
const d = (units: number, activation = 'linear', extra: J = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const adam = (lr: number, extra: J = {}) => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: J = {}) => ({ type: 'sgd', lr, ...extra });
const rms = (lr: number, extra: J = {}) => ({ type: 'rmsprop', lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}) => ({ epochs, batchSize, ...extra });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.adamw-optimizer', { data: surv(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adamw', lr: 0.001 }, training: tr(80, 32) });
put('invalid-spec.keras-loss-name', { data: grade(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'categorical_crossentropy', optimizer: adam(0.003), training: tr(80, 32) });
put('invalid-spec.swish-activation', { data: soil(), layers: [d(12, 'swish'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(80, 16) });
put('invalid-spec.dropout-percent', { data: price(), layers: [d(32, 'relu'), drop(30), d(1)], loss: 'mse', optimizer: adam(0.002), training: tr(100, 32) });
put('invalid-spec.validation-split-percent', { data: jobs(), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: rms(0.002), training: tr(100, 32, { validationSplit: 20 }) });
put('invalid-spec.batchsize-zero-full-batch', { data: soil(), layers: [d(10, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(150, 0) });
// data-error
put('data-error.next-year-file', { data: { ...surv(), csv: '../data/trees-2024.csv' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.date-as-feature', { data: { ...price(), features: [...TF, 'potted_on'] }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('data-error.target-renamed', { data: { ...price(), target: 'price' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('data-error.gaps-copy', { data: { ...surv(), csv: '../data/trees-gaps.csv' }, layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.outside-workspace', { data: { ...jobs(), csv: '../../../../../../srv/nursery/care-jobs.tsv' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(80, 32) });
put('data-error.tree-id-feature', { data: { ...grade(), features: ['tree_id', ...TF] }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(80, 32) });
// shape-mismatch
put('shape-mismatch.grade-two-units', { data: grade(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
put('shape-mismatch.soil-binary-head', { data: soil(), layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
put('shape-mismatch.price-three-outputs', { data: price(), layers: [d(16, 'relu'), d(3)], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('shape-mismatch.survival-two-sigmoids', { data: surv(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('shape-mismatch.jobs-two-outputs', { data: jobs(), layers: [d(24, 'tanh'), d(2)], loss: 'mse', optimizer: rms(0.003), training: tr(100, 32) });
// loss-activation-mismatch
put('loss-activation-mismatch.softmax-mse-grade', { data: grade(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('loss-activation-mismatch.bce-linear-head', { data: surv(), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: adam(0.003), training: tr(80, 32) });
put('loss-activation-mismatch.cce-sigmoid-head', { data: soil(), layers: [d(16, 'relu'), d(3, 'sigmoid')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
put('loss-activation-mismatch.sigmoid-head-standard-price', { data: price(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32) });
put('loss-activation-mismatch.relu-head-standard-minutes', { data: jobs(), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32) });
// init-symmetry
put('init-symmetry.zeros-hidden', { data: grade(), layers: [d(16, 'tanh', { init: 'zeros' }), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(120, 32) });
put('init-symmetry.constant-hidden', { data: soil(), layers: [d(12, 'sigmoid', { init: 'constant', value: 0.1 }), d(3, 'softmax', { init: 'constant', value: 0.1 })], loss: 'cce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(120, 16) });
put('init-symmetry.zeros-everywhere-jobs', { data: jobs(), layers: [d(20, 'tanh', { init: 'zeros' }), d(20, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], loss: 'mse', optimizer: rms(0.003), training: tr(120, 32) });
put('init-symmetry.constant-relu-price', { data: price(), layers: [d(24, 'relu', { init: 'constant', value: 0.05 }), d(1)], loss: 'mse', optimizer: adam(0.005), training: tr(120, 32) });
// init-scale
put('init-scale.normal-std-5', { data: surv(), layers: [d(32, 'tanh', { init: 'normal', std: 5 }), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(100, 32) });
put('init-scale.uniform-tiny-deep', { data: grade(), layers: [d(16, 'relu', { init: 'uniform', limit: 1e-4 }), d(16, 'relu', { init: 'uniform', limit: 1e-4 }), d(16, 'relu', { init: 'uniform', limit: 1e-4 }), d(3, 'softmax', { init: 'uniform', limit: 1e-4 })], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(100, 32) });
put('init-scale.normal-std-20-relu', { data: jobs(), layers: [d(32, 'relu', { init: 'normal', std: 20 }), d(1, 'linear', { init: 'normal', std: 20 })], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('init-scale.normal-std-1e-3-sigmoid', { data: soil(), layers: [d(16, 'sigmoid', { init: 'normal', std: 1e-3 }), d(16, 'sigmoid', { init: 'normal', std: 1e-3 }), d(3, 'softmax', { init: 'normal', std: 1e-3 })], loss: 'cce', optimizer: sgd(0.05), training: tr(150, 32) });
// no-nonlinearity
put('no-nonlinearity.linear-stack-soil', { data: soil(), layers: [d(32), d(32), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(150, 32) });
put('no-nonlinearity.linear-stack-grade', { data: grade(), layers: [d(24, 'linear'), d(12, 'linear'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.003), training: tr(150, 32) });
put('no-nonlinearity.linear-stack-jobs', { data: jobs(), layers: [d(32), d(16), d(1)], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9 }), training: tr(150, 32) });
// lr-out-of-range
put('lr-out-of-range.zero-rate', { data: surv(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0), training: tr(80, 32) });
put('lr-out-of-range.negative-rate', { data: price(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: sgd(-0.01, { momentum: 0.9 }), training: tr(80, 32) });
put('lr-out-of-range.adam-lr-30', { data: soil(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(30), training: tr(80, 32) });
put('lr-out-of-range.rmsprop-lr-500', { data: jobs(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: rms(500), training: tr(80, 32) });
// dead-relu
put('dead-relu.negative-bias-deep', { data: grade(), layers: [d(32, 'relu', { bias: -4 }), d(32, 'relu', { bias: -4 }), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.001), training: tr(100, 32) });
put('dead-relu.sgd-big-step-raw', { data: price('none', 'standard'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.05), training: tr(100, 16) });
put('dead-relu.bias-minus-3-jobs', { data: jobs(), layers: [d(24, 'relu', { bias: -3 }), d(1)], loss: 'mse', optimizer: sgd(0.01), training: tr(120, 32) });
put('dead-relu.adam-hot-survival', { data: surv(), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.3), training: tr(80, 16) });
// exploding-gradient
put('exploding-gradient.raw-minutes-deep-sgd', { data: jobs('none', 'none'), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.001, { momentum: 0.9 }), training: tr(60, 32) });
put('exploding-gradient.raw-price-features', { data: price('none', 'none'), layers: [d(64, 'relu'), d(64, 'relu'), d(1)], loss: 'mse', optimizer: sgd(1e-4), training: tr(60, 32) });
put('exploding-gradient.wide-he-deep-momentum', { data: jobs('standard', 'none'), layers: [d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(1)], loss: 'mse', optimizer: sgd(0.001, { momentum: 0.9 }), training: tr(60, 32) });
// vanishing-gradient
put('vanishing-gradient.deep-sigmoid-stack', { data: soil(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: tr(100, 32) });
put('vanishing-gradient.tanh-small-init-deep', { data: grade(), layers: [d(24, 'tanh', { init: 'normal', std: 0.01 }), d(24, 'tanh', { init: 'normal', std: 0.01 }), d(24, 'tanh', { init: 'normal', std: 0.01 }), d(24, 'tanh', { init: 'normal', std: 0.01 }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.02, { momentum: 0.5 }), training: tr(100, 32) });
put('vanishing-gradient.sigmoid-ten-layers-survival', { data: surv(), layers: [...Array.from({ length: 10 }, () => d(12, 'sigmoid')), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05), training: tr(80, 32) });
// nan-loss
put('nan-loss.raw-price-sgd', { data: price('none', 'none'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.01), training: tr(50, 32) });
put('nan-loss.raw-minutes-sgd-momentum', { data: jobs('none', 'none'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(50, 16) });
put('nan-loss.linear-raw-jobs-lr-1', { data: jobs('none', 'standard'), layers: [d(1)], loss: 'mse', optimizer: sgd(0.5), training: tr(40, 300) });
put('nan-loss.deep-elu-raw-price', { data: price('none', 'none'), layers: [d(32, 'elu'), d(32, 'elu'), d(1)], loss: 'mse', optimizer: sgd(0.005, { momentum: 0.9, nesterov: true }), training: tr(40, 8) });
// lr-too-high
put('lr-too-high.adam-half', { data: grade(), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.5), training: tr(100, 32) });
put('lr-too-high.sgd-3-soil', { data: soil(), layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(3), training: tr(100, 32) });
put('lr-too-high.rmsprop-0.2-jobs', { data: jobs(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: rms(0.2), training: tr(100, 32) });
put('lr-too-high.nesterov-1-price', { data: price(), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: sgd(1, { momentum: 0.9, nesterov: true }), training: tr(100, 32) });
put('lr-too-high.adam-1-survival', { data: surv(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(1), training: tr(100, 32) });
// lr-too-low
put('lr-too-low.sgd-1e-5', { data: grade(), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(1e-5), training: tr(100, 32) });
put('lr-too-low.adam-1e-6', { data: jobs(), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: adam(1e-6), training: tr(100, 32) });
put('lr-too-low.rmsprop-1e-6', { data: price(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: rms(1e-6), training: tr(100, 32) });
put('lr-too-low.momentum-1e-5-soil', { data: soil(), layers: [d(16, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(1e-5, { momentum: 0.9 }), training: tr(100, 64) });
// saturated-activation
put('saturated-activation.sigmoid-raw-features', { data: grade('none'), layers: [d(24, 'sigmoid', { init: 'normal', std: 1 }), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
put('saturated-activation.tanh-raw-jobs', { data: jobs('none', 'standard'), layers: [d(32, 'tanh', { init: 'normal', std: 1 }), d(1)], loss: 'mse', optimizer: rms(0.001), training: tr(100, 32) });
put('saturated-activation.tanh-big-bias', { data: surv(), layers: [d(16, 'tanh', { bias: 6 }), d(16, 'tanh', { bias: 6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.02), training: tr(100, 32) });
put('saturated-activation.sigmoid-raw-soil', { data: soil('none'), layers: [d(16, 'sigmoid', { init: 'normal', std: 0.8 }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(100, 32) });
// loss-plateau
put('loss-plateau.huge-weight-decay', { data: jobs(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003, { weightDecay: 2 }), training: tr(150, 32) });
put('loss-plateau.one-unit-bottleneck-grade', { data: grade(), layers: [d(1, 'relu', { bias: -2 }), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(150, 32) });
put('loss-plateau.dropout-0.95', { data: soil(), layers: [d(16, 'relu'), drop(0.95), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(150, 32) });
put('loss-plateau.sigmoid-deep-sgd-small', { data: price(), layers: [d(8, 'sigmoid'), d(8, 'sigmoid'), d(8, 'sigmoid'), d(1)], loss: 'mse', optimizer: sgd(0.002), training: tr(200, 64) });
// oscillating-loss
put('oscillating-loss.momentum-0.99', { data: price(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.99 }), training: tr(150, 420) });
put('oscillating-loss.batch-1-adam', { data: jobs(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.05), training: tr(60, 1) });
put('oscillating-loss.rmsprop-full-batch', { data: grade(), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.05), training: tr(150, 420) });
put('oscillating-loss.sgd-full-batch-edge', { data: jobs(), layers: [d(8, 'linear'), d(1)], loss: 'mse', optimizer: sgd(0.5), training: tr(150, 300) });

// ---------------- healthy ----------------
put('ok.survival-adam-relu', { data: surv(), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(120, 32, { validationSplit: 0.2 }) });
put('ok.survival-sgd-momentum-tanh', { data: surv('minmax'), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.survival-rmsprop-elu-dropout', { data: surv(), layers: [d(32, 'elu'), drop(0.2), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.002), training: tr(120, 16) });
put('ok.survival-nesterov-batchnorm', { data: surv(), layers: [d(16, 'relu', { batchNorm: true }), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(100, 32) });
put('ok.survival-logistic-full-batch', { data: surv(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.5), training: tr(300, 420) });
put('ok.survival-export-semicolon', { data: { ...surv(), csv: '../data/trees-export.csv' }, layers: [d(16, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: tr(100, 32) });
put('ok.grade-adam-relu', { data: grade(), layers: [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(120, 32) });
put('ok.grade-sgd-plain-tanh', { data: grade(), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.1), training: tr(200, 16) });
put('ok.grade-rmsprop-wd', { data: grade('minmax'), layers: [d(32, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.003, { weightDecay: 1e-4 }), training: tr(150, 32) });
put('ok.grade-batch-1-sgd', { data: grade(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.005), training: tr(30, 1) });
put('ok.grade-deep-batchnorm-adam', { data: grade(), layers: [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.002), training: tr(80, 64) });
put('ok.grade-export-leaky-clip', { data: { ...grade(), csv: '../data/trees-export.csv' }, layers: [d(24, 'leaky_relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.01, { clipNorm: 1 }), training: tr(100, 32) });
put('ok.price-adam-relu', { data: price(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32) });
put('ok.price-sgd-momentum-tanh', { data: price(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(200, 32) });
put('ok.price-minmax-target-sigmoid-head', { data: price('standard', 'minmax'), layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: adam(0.005), training: tr(200, 32) });
put('ok.price-rmsprop-elu-val', { data: price(), layers: [d(32, 'elu'), d(1)], loss: 'mse', optimizer: rms(0.002), training: tr(150, 32, { validationSplit: 0.15 }) });
put('ok.price-linear-regression-full', { data: price(), layers: [d(1)], loss: 'mse', optimizer: sgd(0.1), training: tr(200, 420) });
put('ok.price-wide-dropout-adam', { data: price(), layers: [d(128, 'relu'), drop(0.3), d(1)], loss: 'mse', optimizer: adam(0.001), training: tr(150, 64) });
put('ok.price-raw-target-big-lr-adam', { data: price('standard', 'none'), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.05), training: tr(300, 32) });
put('ok.jobs-adam-relu', { data: jobs(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32) });
put('ok.jobs-nesterov-elu', { data: jobs(), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9, nesterov: true }), training: tr(150, 16) });
put('ok.jobs-rmsprop-tanh-minmax', { data: jobs('minmax'), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: rms(0.003), training: tr(200, 32) });
put('ok.jobs-batch-4-sgd-clip', { data: jobs(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: sgd(0.01, { clipNorm: 5 }), training: tr(60, 4) });
put('ok.jobs-deep-leaky', { data: jobs(), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1)], loss: 'mse', optimizer: adam(0.001), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.jobs-batchnorm-sgd-plain', { data: jobs(), layers: [d(32, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: sgd(0.05), training: tr(150, 32) });
put('ok.soil-adam-relu', { data: soil(), layers: [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(150, 32) });
put('ok.soil-sgd-momentum-tanh', { data: soil(), layers: [d(16, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(200, 32) });
put('ok.soil-rmsprop-elu-dropout', { data: soil('minmax'), layers: [d(48, 'elu'), drop(0.25), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.003), training: tr(200, 32) });
put('ok.soil-xavier-sigmoid-hidden', { data: soil(), layers: [d(24, 'sigmoid', { init: 'xavier_normal' }), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(200, 32) });
put('ok.soil-full-batch-adam', { data: soil(), layers: [d(32, 'relu', { init: 'he_uniform' }), d(3, 'softmax')], loss: 'cce', optimizer: adam(0.02), training: tr(300, 360) });
put('ok.soil-lecun-selu-like-elu', { data: soil(), layers: [d(24, 'elu', { init: 'lecun_normal' }), d(24, 'elu', { init: 'lecun_normal' }), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.03, { momentum: 0.9, nesterov: true, weightDecay: 1e-4 }), training: tr(150, 32) });
put('ok.moons-adam-relu', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('ok.circles-tanh-sgd', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.3, { momentum: 0.9 }), training: tr(200, 32) });
put('ok.iris-rmsprop', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.005), training: tr(150, 16) });
put('ok.blobs-four-classes-sgd', { data: { builtin: 'blobs', classes: 4, samples: 300 }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05), training: tr(100, 32) });
put('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: adam(0.005), training: tr(300, 32) });
put('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, classes: 2, noise: 0.05 }, layers: [d(48, 'relu'), d(48, 'relu'), d(48, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.005), training: tr(400, 32) });
put('ok.xor-inline-watering-rule', { data: { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1], [0.1, 0.05], [0.9, 0.1], [0.05, 0.95], [0.95, 0.9]], y: [0, 1, 1, 0, 0, 1, 1, 0] } }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.05), training: tr(400, 8) });
put('ok.inline-wire-gauge', { data: { inline: { x: [[5], [8], [12], [18], [25], [35], [50], [70], [90], [120]], y: [1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(8, 'tanh'), d(1)], loss: 'mse', optimizer: adam(0.02), training: tr(400, 10) });
put('ok.survival-batch-2-rmsprop', { data: surv(), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.001), training: tr(40, 2) });
put('ok.price-huber-like-clip-nesterov', { data: price(), layers: [d(32, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.95, nesterov: true, clipNorm: 2 }), training: tr(200, 32) });
put('ok.grade-sigmoid-hidden-sgd', { data: grade(), layers: [d(16, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.5, { momentum: 0.5 }), training: tr(200, 32) });

// ---------------- second pass (after the first observation): more exploding and healthy candidates ----------------
put('exploding-gradient.raw-jobs-adam-deep', { data: jobs('none', 'none'), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: adam(0.001), training: tr(100, 32) });
put('exploding-gradient.raw-price-clipped-sgd', { data: price('none', 'none'), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: sgd(1e-5, { clipNorm: 1 }), training: tr(100, 32) });
put('exploding-gradient.raw-trunk-rmsprop', { data: jobs('none', 'none'), layers: [d(48, 'elu'), d(48, 'elu'), d(1)], loss: 'mse', optimizer: rms(0.001), training: tr(100, 16) });
put('ok.jobs-he-uniform-rmsprop-batch-8', { data: jobs(), layers: [d(24, 'relu', { init: 'he_uniform' }), d(12, 'relu', { init: 'he_uniform' }), d(1)], loss: 'mse', optimizer: rms(0.002), training: tr(100, 8) });
put('ok.price-tanh-adam-val', { data: price('minmax'), layers: [d(24, 'tanh'), d(12, 'tanh'), d(1)], loss: 'mse', optimizer: adam(0.005), training: tr(200, 32, { validationSplit: 0.2 }) });
put('ok.price-leaky-nesterov-full-batch', { data: price(), layers: [d(32, 'leaky_relu'), d(1)], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(400, 420) });
put('ok.soil-batchnorm-rmsprop', { data: soil(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: rms(0.003), training: tr(120, 32) });
put('ok.soil-batch-1-sgd', { data: soil(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: tr(40, 1) });
put('ok.grade-elu-nesterov-val', { data: grade(), layers: [d(32, 'elu'), d(16, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.jobs-tanh-sgd-plain', { data: jobs(), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: sgd(0.05), training: tr(200, 16) });
put('ok.moons-elu-rmsprop-dropout', { data: { builtin: 'moons', samples: 400, noise: 0.2 }, layers: [d(32, 'elu'), drop(0.2), d(32, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.003), training: tr(150, 32) });
put('ok.iris-sgd-sigmoid-hidden', { data: { builtin: 'iris', normalize: 'minmax' }, layers: [d(12, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: sgd(0.5, { momentum: 0.9 }), training: tr(200, 16) });
