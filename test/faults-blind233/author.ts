/**
 * Writes every candidate spec of blind233 into candidates/: npx tsx test/faults-blind233/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
type J = Record<string, unknown>;
let n = 0;
function spec(file: string, s: J): void {
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify({ name: file.split('.').slice(1).join('-'), seed: 233 + (n++ % 7), ...s }, null, 2) + '\n');
}
const BOG = ['bed_area_ha', 'vine_age_yr', 'sand_depth_cm', 'frost_nights', 'flood_days', 'rainfall_mm', 'gdd', 'soil_ph', 'bee_hives'];
const SAUCE = ['brix', 'ph', 'sugar_kg', 'pectin_g', 'cook_temp_c', 'cook_min', 'batch_kg', 'berry_pct'];
const BOUNCE = ['diameter_mm', 'bounce_cm', 'color_index', 'firmness_n', 'weight_g'];
const yieldData = (x: J = {}) => ({ csv: '../data/bogs.csv', target: 'yield_bbl_acre', features: BOG, normalize: 'standard', normalizeTarget: 'standard', ...x });
const rotData = (x: J = {}) => ({ csv: '../data/bogs.csv', target: 'fruit_rot', features: BOG, normalize: 'standard', ...x });
const gradeData = (x: J = {}) => ({ csv: '../data/sauce.csv', target: 'grade', features: SAUCE, normalize: 'standard', ...x });
const viscData = (x: J = {}) => ({ csv: '../data/sauce.csv', target: 'viscosity_cp', features: SAUCE, normalize: 'standard', normalizeTarget: 'standard', ...x });
const bounceData = (x: J = {}) => ({ csv: '../data/bounce.csv', target: 'good', features: BOUNCE, normalize: 'standard', ...x });
const d = (units: number, activation: string, x: J = {}) => ({ type: 'dense', units, activation, ...x });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, x: J = {}) => ({ type, lr, ...x });
const tr = (epochs: number, batchSize: number, x: J = {}) => ({ epochs, batchSize, ...x });

// ---------------- invalid-spec ----------------
spec('invalid-spec.optimizer-adamw', { data: yieldData(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adamw', 0.001), training: tr(100, 32) });
spec('invalid-spec.activation-swish', { data: rotData(), layers: [d(12, 'swish'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('invalid-spec.loss-crossentropy', { data: gradeData(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'categorical_crossentropy', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('invalid-spec.dropout-rate-one', { data: gradeData(), layers: [d(24, 'relu'), drop(1.0), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('invalid-spec.validation-split-percent', { data: bounceData(), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 16, { validationSplit: 20 }) });
spec('invalid-spec.units-zero', { data: yieldData(), layers: [d(0, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });
spec('invalid-spec.batch-size-zero', { data: viscData(), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(80, 0) });
spec('invalid-spec.init-glorot', { data: rotData(), layers: [d(16, 'tanh', { init: 'glorot_uniform' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(80, 32) });

// ---------------- data-error ----------------
spec('data-error.missing-2024-export', { data: yieldData({ csv: '../data/bogs-2024.csv' }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(100, 32) });
spec('data-error.target-typo', { data: yieldData({ target: 'yield_bbl_per_acre' }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(100, 32) });
spec('data-error.bed-id-as-feature', { data: rotData({ features: ['bed_id', ...BOG] }), layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(100, 32) });
spec('data-error.gaps-file', { data: yieldData({ csv: '../data/bogs-gaps.csv' }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(100, 32) });
spec('data-error.outside-workspace', { data: gradeData({ csv: '../../../../../../srv/plant/sauce.csv' }), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002), training: tr(80, 32) });
spec('data-error.line-as-feature', { data: viscData({ features: ['line', ...SAUCE] }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(80, 32) });

// ---------------- shape-mismatch ----------------
spec('shape-mismatch.grade-two-units', { data: gradeData(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.rot-two-sigmoid', { data: rotData(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.yield-three-outputs', { data: yieldData(), layers: [d(16, 'tanh'), d(3, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(80, 32) });
spec('shape-mismatch.iris-four', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(10, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 16) });

// ---------------- loss-activation-mismatch ----------------
spec('loss-activation-mismatch.softmax-mse-grade', { data: gradeData(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-activation-mismatch.bce-linear-rot', { data: rotData(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-activation-mismatch.cce-sigmoid-grade', { data: gradeData(), layers: [d(16, 'tanh'), d(3, 'sigmoid')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(100, 32) });
spec('loss-activation-mismatch.relu-head-yield', { data: yieldData(), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-activation-mismatch.sigmoid-head-viscosity', { data: viscData(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });

// ---------------- init-symmetry ----------------
spec('init-symmetry.zeros-hidden-yield', { data: yieldData(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('init-symmetry.constant-grade', { data: gradeData(), layers: [d(20, 'relu', { init: 'constant', value: 0.1 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('init-symmetry.zeros-both-bounce', { data: bounceData(), layers: [d(8, 'sigmoid', { init: 'zeros' }), d(8, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(80, 16) });
spec('init-symmetry.constant-rot', { data: rotData(), layers: [d(12, 'tanh', { init: 'constant', value: 0.05 }), d(1, 'sigmoid', { init: 'constant', value: 0.05 })], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(80, 32) });

// ---------------- init-scale ----------------
spec('init-scale.normal-std-5-viscosity', { data: viscData(), layers: [d(32, 'tanh', { init: 'normal', std: 5 }), d(16, 'tanh', { init: 'normal', std: 5 }), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(100, 32) });
spec('init-scale.uniform-tiny-deep', { data: rotData(), layers: [d(16, 'relu', { init: 'uniform', limit: 1e-4 }), d(16, 'relu', { init: 'uniform', limit: 1e-4 }), d(16, 'relu', { init: 'uniform', limit: 1e-4 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(80, 32) });
spec('init-scale.normal-std-3-grade', { data: gradeData(), layers: [d(24, 'sigmoid', { init: 'normal', std: 3 }), d(3, 'softmax', { init: 'normal', std: 3 })], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
spec('init-scale.normal-1e-4-yield', { data: yieldData(), layers: [d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(16, 'tanh', { init: 'normal', std: 1e-4 }), d(1, 'linear', { init: 'normal', std: 1e-4 })], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(80, 32) });

// ---------------- no-nonlinearity ----------------
spec('no-nonlinearity.linear-stack-grade', { data: gradeData(), layers: [d(32, 'linear'), d(16, 'linear'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('no-nonlinearity.forgot-activation-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('no-nonlinearity.linear-yield', { data: yieldData(), layers: [d(24, 'linear'), d(24, 'linear'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 32) });
spec('no-nonlinearity.circles-linear', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(12, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(150, 32) });

// ---------------- lr-out-of-range ----------------
spec('lr-out-of-range.adam-lr-2', { data: rotData(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 2), training: tr(80, 32) });
spec('lr-out-of-range.sgd-lr-5', { data: yieldData(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 5), training: tr(80, 32) });
spec('lr-out-of-range.rmsprop-1e-8', { data: gradeData(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 1e-8), training: tr(80, 32) });
spec('lr-out-of-range.sgd-1e-7', { data: bounceData(), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-7, { momentum: 0.9 }), training: tr(60, 16) });

// ---------------- dead-relu ----------------
spec('dead-relu.negative-bias-yield', { data: yieldData(), layers: [d(32, 'relu', { bias: -6 }), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
spec('dead-relu.high-lr-sgd-rot', { data: rotData(), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.9, { momentum: 0.9 }), training: tr(80, 16) });
spec('dead-relu.bias-minus-grade', { data: gradeData(), layers: [d(24, 'relu', { bias: -5 }), d(24, 'relu', { bias: -5 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.001), training: tr(100, 32) });
spec('dead-relu.raw-viscosity-adam', { data: viscData({ normalize: 'none' }), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.3), training: tr(80, 32) });

// ---------------- exploding-gradient ----------------
spec('exploding-gradient.raw-viscosity-sgd', { data: viscData({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(60, 32) });
spec('exploding-gradient.raw-yield-deep', { data: yieldData({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.0005, { momentum: 0.9 }), training: tr(60, 32) });
spec('exploding-gradient.big-init-deep-relu', { data: rotData(), layers: [d(32, 'relu', { init: 'normal', std: 2 }), d(32, 'relu', { init: 'normal', std: 2 }), d(32, 'relu', { init: 'normal', std: 2 }), d(32, 'relu', { init: 'normal', std: 2 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(60, 32) });
spec('exploding-gradient.raw-features-gdd', { data: yieldData({ normalize: 'none' }), layers: [d(24, 'relu'), d(24, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(60, 32) });

// ---------------- vanishing-gradient ----------------
spec('vanishing-gradient.deep-sigmoid-rot', { data: rotData(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
spec('vanishing-gradient.deep-sigmoid-grade', { data: gradeData(), layers: [d(20, 'sigmoid', { init: 'normal', std: 0.05 }), d(20, 'sigmoid', { init: 'normal', std: 0.05 }), d(20, 'sigmoid', { init: 'normal', std: 0.05 }), d(20, 'sigmoid', { init: 'normal', std: 0.05 }), d(20, 'sigmoid', { init: 'normal', std: 0.05 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.5 }), training: tr(100, 32) });
spec('vanishing-gradient.deep-tanh-small-init', { data: bounceData(), layers: [d(12, 'tanh', { init: 'normal', std: 0.02 }), d(12, 'tanh', { init: 'normal', std: 0.02 }), d(12, 'tanh', { init: 'normal', std: 0.02 }), d(12, 'tanh', { init: 'normal', std: 0.02 }), d(12, 'tanh', { init: 'normal', std: 0.02 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(80, 16) });
spec('vanishing-gradient.deep-sigmoid-yield', { data: yieldData(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(80, 32) });

// ---------------- nan-loss ----------------
spec('nan-loss.raw-viscosity-adam-huge', { data: viscData({ normalize: 'none', normalizeTarget: 'none' }), layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(50, 32) });
spec('nan-loss.sgd-lr-3-yield', { data: yieldData({ normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.5, { momentum: 0.9 }), training: tr(50, 16) });
spec('nan-loss.raw-pectin-sgd', { data: viscData({ normalize: 'none' }), layers: [d(32, 'elu'), d(32, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.1), training: tr(50, 8) });
spec('nan-loss.deep-relu-high-lr', { data: yieldData({ normalizeTarget: 'none' }), layers: [d(64, 'relu'), d(64, 'relu'), d(64, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.2, { momentum: 0.95 }), training: tr(50, 32) });

// ---------------- lr-too-high ----------------
spec('lr-too-high.adam-0.08-grade', { data: gradeData(), layers: [d(32, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.08), training: tr(100, 16) });
spec('lr-too-high.sgd-1.5-bounce', { data: bounceData(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1.5, { momentum: 0.9 }), training: tr(80, 8) });
spec('lr-too-high.rmsprop-0.05-yield', { data: yieldData(), layers: [d(32, 'tanh'), d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: tr(100, 8) });
spec('lr-too-high.nesterov-0.8-rot', { data: rotData(), layers: [d(24, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.8, { momentum: 0.95, nesterov: true }), training: tr(80, 4) });
spec('lr-too-high.adam-0.1-viscosity', { data: viscData(), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.1), training: tr(100, 4) });

// ---------------- lr-too-low ----------------
spec('lr-too-low.sgd-1e-4-yield', { data: yieldData(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 1e-4), training: tr(60, 64) });
spec('lr-too-low.adam-1e-5-grade', { data: gradeData(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 1e-5), training: tr(60, 64) });
spec('lr-too-low.rmsprop-2e-5-rot', { data: rotData(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 2e-5), training: tr(50, 400) });
spec('lr-too-low.sgd-full-batch-bounce', { data: bounceData(), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.0005), training: tr(80, 300) });

// ---------------- saturated-activation ----------------
spec('saturated-activation.raw-gdd-tanh', { data: yieldData({ normalize: 'none' }), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('saturated-activation.raw-pectin-sigmoid', { data: gradeData({ normalize: 'none' }), layers: [d(24, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('saturated-activation.big-bias-tanh', { data: rotData(), layers: [d(16, 'tanh', { bias: 6 }), d(16, 'tanh', { bias: 6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.02), training: tr(80, 32) });
spec('saturated-activation.raw-rain-sigmoid', { data: rotData({ normalize: 'none' }), layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });

// ---------------- loss-plateau ----------------
spec('loss-plateau.one-unit-bottleneck-grade', { data: gradeData(), layers: [d(1, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-plateau.weight-decay-heavy-yield', { data: yieldData(), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003, { weightDecay: 0.5 }), training: tr(100, 32) });
spec('loss-plateau.dropout-0.9-bounce', { data: bounceData(), layers: [d(8, 'relu'), drop(0.95), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-plateau.one-unit-viscosity', { data: viscData(), layers: [d(1, 'sigmoid'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(100, 32) });
spec('loss-plateau.weight-decay-rot-sgd', { data: rotData(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, weightDecay: 0.3 }), training: tr(100, 32) });

// ---------------- oscillating-loss ----------------
spec('oscillating-loss.sgd-batch1-momentum', { data: bounceData(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.9 }), training: tr(60, 1) });
spec('oscillating-loss.rmsprop-batch2-grade', { data: gradeData(), layers: [d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.02), training: tr(60, 2) });
spec('oscillating-loss.adam-0.05-batch4-yield', { data: yieldData(), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.05), training: tr(60, 4) });
spec('oscillating-loss.sgd-full-batch-overshoot', { data: yieldData(), layers: [d(8, 'linear'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.35), training: tr(60, 400) });

// ================= healthy =================
spec('ok.yield-relu-adam', { data: yieldData(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32, { validationSplit: 0.2 }) });
spec('ok.yield-tanh-sgd-momentum', { data: yieldData(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(150, 32) });
spec('ok.yield-elu-rmsprop-minmax', { data: yieldData({ normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(24, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(150, 16) });
spec('ok.yield-linear-regression', { data: yieldData(), layers: [d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
spec('ok.yield-batchnorm-nesterov', { data: yieldData(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), training: tr(120, 32) });
spec('ok.yield-leaky-dropout-wd', { data: yieldData(), layers: [d(48, 'leaky_relu'), drop(0.2), d(24, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.002, { weightDecay: 1e-4 }), training: tr(150, 32, { validationSplit: 0.15 }) });
spec('ok.yield-batch1-sgd', { data: yieldData(), layers: [d(12, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.002), training: tr(40, 1) });
spec('ok.yield-full-batch-adam', { data: yieldData(), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(400, 400) });
spec('ok.rot-relu-adam-val', { data: rotData(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(120, 32, { validationSplit: 0.2 }) });
spec('ok.rot-logistic-sgd', { data: rotData(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(100, 32) });
spec('ok.rot-tanh-rmsprop', { data: rotData(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: tr(100, 16) });
spec('ok.rot-clipnorm-sgd', { data: rotData(), layers: [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, clipNorm: 1 }), training: tr(100, 32) });
spec('ok.grade-relu-adam', { data: gradeData(), layers: [d(32, 'relu'), d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(120, 32, { validationSplit: 0.2 }) });
spec('ok.grade-tanh-sgd', { data: gradeData(), layers: [d(24, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 32) });
spec('ok.grade-eu-export', { data: gradeData({ csv: '../data/sauce-eu.csv' }), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(120, 32) });
spec('ok.grade-batchnorm-rmsprop', { data: gradeData(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.1), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(120, 32) });
spec('ok.grade-sigmoid-hidden-adam', { data: gradeData(), layers: [d(16, 'sigmoid'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(200, 16) });
spec('ok.grade-deep-elu-nesterov', { data: gradeData({ normalize: 'minmax' }), layers: [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), training: tr(150, 16) });
spec('ok.grade-batch1-adam', { data: gradeData(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.0005), training: tr(40, 1) });
spec('ok.viscosity-relu-adam', { data: viscData(), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });
spec('ok.viscosity-eu-leaky-rmsprop', { data: viscData({ csv: '../data/sauce-eu.csv' }), layers: [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(150, 16) });
spec('ok.viscosity-linear-adam', { data: viscData(), layers: [d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(150, 32) });
spec('ok.viscosity-tanh-sgd-wd', { data: viscData(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.03, { momentum: 0.8, weightDecay: 1e-4 }), training: tr(150, 32, { validationSplit: 0.2 }) });
spec('ok.viscosity-subset-features', { data: viscData({ features: ['brix', 'ph', 'pectin_g', 'cook_min'] }), layers: [d(12, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
spec('ok.bounce-tanh-adam', { data: bounceData(), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(100, 16) });
spec('ok.bounce-relu-sgd-momentum', { data: bounceData(), layers: [d(16, 'relu'), d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 16) });
spec('ok.bounce-logistic-full-batch', { data: bounceData(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5), training: tr(300, 300) });
spec('ok.bounce-minmax-rmsprop', { data: bounceData({ normalize: 'minmax' }), layers: [d(12, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(100, 32) });
spec('ok.moons-relu-adam', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('ok.circles-tanh-sgd', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.9 }), training: tr(200, 32) });
spec('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 400, noise: 0.05, classes: 3 }, layers: [d(48, 'relu'), d(48, 'relu'), d(48, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.blobs-4-logreg', { data: { builtin: 'blobs', samples: 300, classes: 4 }, layers: [d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(100, 32) });
spec('ok.iris-elu-rmsprop', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(10, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.005), training: tr(150, 16) });
spec('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.xor-sigmoid-mse', { data: { builtin: 'xor', samples: 200 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(200, 16) });
spec('ok.inline-bog-frost', { data: { inline: { x: [[0, 2200], [2, 2100], [4, 2300], [6, 2000], [8, 2250], [10, 1900], [1, 2400], [3, 2150], [5, 1950], [7, 2350], [9, 2050], [12, 2200]], y: [260, 235, 240, 185, 200, 145, 280, 240, 190, 220, 170, 160] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(6, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(300, 12) });
spec('ok.inline-berry-colour', { data: { inline: { x: [[10, 20], [12, 25], [15, 60], [14, 55], [11, 30], [16, 70], [13, 65], [9, 15], [17, 75], [12, 40], [15, 45], [10, 62]], y: ['pale', 'pale', 'red', 'red', 'pale', 'red', 'red', 'pale', 'red', 'pale', 'red', 'red'] }, normalize: 'standard' }, layers: [d(4, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.2, { momentum: 0.9 }), training: tr(200, 4) });
spec('ok.yield-deep-narrow-adam-clip', { data: yieldData(), layers: [d(12, 'relu'), d(12, 'relu'), d(12, 'relu'), d(12, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.002, { clipNorm: 5 }), training: tr(200, 32) });
spec('ok.rot-wide-dropout-adam', { data: rotData(), layers: [d(128, 'relu'), drop(0.5), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(100, 64) });
spec('ok.viscosity-batch2-sgd', { data: viscData(), layers: [d(16, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.005, { momentum: 0.5 }), training: tr(40, 2) });
spec('ok.grade-raw-batchnorm', { data: gradeData({ normalize: 'none' }), layers: [d(24, 'relu', { batchNorm: true }), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(150, 32) });
spec('ok.bounce-sigmoid-hidden-nesterov', { data: bounceData(), layers: [d(12, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.2, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });

// second pass: more healthy shapes (added after the first observation, before any decision)
spec('ok.grade-leaky-adam-wd-val', { data: gradeData(), layers: [d(24, 'leaky_relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003, { weightDecay: 1e-3 }), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.grade-rmsprop-relu', { data: gradeData(), layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(100, 16) });
spec('ok.yield-rmsprop-tanh-deep', { data: yieldData(), layers: [d(24, 'tanh'), d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(150, 32) });
spec('ok.viscosity-nesterov-batchnorm', { data: viscData(), layers: [d(32, 'relu', { batchNorm: true }), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), training: tr(100, 32) });
spec('ok.viscosity-deep-elu-clip', { data: viscData(), layers: [d(32, 'elu'), d(16, 'elu'), d(8, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.002, { clipNorm: 1 }), training: tr(150, 32) });
spec('ok.moons-tanh-rmsprop', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.01), training: tr(200, 32) });
spec('ok.circles-elu-nesterov', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), training: tr(200, 32) });
spec('ok.blobs-3-relu-sgd-batch8', { data: { builtin: 'blobs', samples: 240, classes: 3 }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(60, 8) });
spec('ok.iris-tanh-full-batch', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.3, { momentum: 0.9 }), training: tr(300, 150) });
spec('ok.sine-elu-sgd-momentum', { data: { builtin: 'sine', samples: 300 }, layers: [d(24, 'elu'), d(24, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(300, 16) });
console.log(`${n} candidates written`);
