/**
 * Writes every candidate spec of fault set blind273 (kimchi and sauerkraut makers) into candidates/.
 * Run: npx tsx test/faults-blind273/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
let seed = 273;
function put(file: string, spec: J): void {
  const full = { name: file, seed: seed++, ...spec };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}
const D = (units: number, activation = 'relu', extra: J = {}): J => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number): J => ({ type: 'dropout', rate });
const tr = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, ...extra });

// data sources
const BF = ['salt_pct', 'cabbage_kg', 'room_temp_c', 'brine_temp_c', 'days', 'gochugaru_g', 'sugar_brix', 'crock_no'];
const ph = (normalize = 'standard', extra: J = {}): J => ({ csv: '../data/batches.csv', target: 'final_ph', features: BF, normalize, ...extra });
const spoil = (normalize = 'standard'): J => ({ csv: '../data/batches.csv', target: 'spoiled', features: BF, normalize });
const style = (normalize = 'standard'): J => ({ csv: '../data/batches.csv', target: 'style', features: BF, normalize });
const EF = ['salt_pct', 'cabbage_kg', 'room_temp_c', 'brine_temp_c', 'days', 'sugar_brix'];
const eu = (target = 'final_ph', normalize = 'minmax'): J => ({ csv: '../data/batches-eu.csv', target, features: EF, normalize });
const SF = ['avg_temp_c', 'price_krw', 'promo', 'kimjang_season', 'instagram_posts'];
const shop = (normalize = 'standard', normalizeTarget = 'standard', target = 'jars_sold'): J => ({ csv: '../data/shop-weeks.csv', target, features: SF, normalize, normalizeTarget });
const LF = ['refract_brix', 'conductivity_ms', 'lactic_pct', 'co2_ppm', 'turbidity_ntu'];
const lab = (normalize = 'standard'): J => ({ csv: '../data/brine-lab.csv', target: 'stage', features: LF, normalize });
const adam = (lr: number, extra: J = {}): J => ({ type: 'adam', lr, ...extra });
const sgd = (lr: number, extra: J = {}): J => ({ type: 'sgd', lr, ...extra });
const rms = (lr: number, extra: J = {}): J => ({ type: 'rmsprop', lr, ...extra });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.adamw-optimizer', { data: ph(), layers: [D(16), D(1, 'linear')], loss: 'mse', optimizer: { type: 'adamw', lr: 0.001 }, training: tr(100, 32) });
put('invalid-spec.gelu-activation', { data: spoil(), layers: [D(16, 'gelu'), D(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(100, 32) });
put('invalid-spec.keras-loss-name', { data: style(), layers: [D(24), D(4, 'softmax')], loss: 'categorical_crossentropy', optimizer: adam(0.003), training: tr(100, 32) });
put('invalid-spec.dropout-percent', { data: lab(), layers: [D(32), drop(30), D(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
put('invalid-spec.glorot-init', { data: ph(), layers: [D(16, 'tanh', { init: 'glorot_uniform' }), D(1, 'linear')], loss: 'mse', optimizer: rms(0.001), training: tr(100, 32) });
put('invalid-spec.zero-units', { data: shop(), layers: [D(0), D(1, 'linear')], loss: 'mse', optimizer: adam(0.01), training: tr(100, 16) });

// data-error
put('data-error.next-season-file', { data: { csv: '../data/batches-2024.csv', target: 'final_ph', normalize: 'standard' }, layers: [D(16), D(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('data-error.ph-column-typo', { data: { csv: '../data/batches.csv', target: 'pH', features: BF, normalize: 'standard' }, layers: [D(16), D(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('data-error.style-as-feature', { data: { csv: '../data/batches.csv', target: 'spoiled', features: [...BF, 'style'], normalize: 'standard' }, layers: [D(16), D(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(100, 32) });
put('data-error.paper-log-gaps', { data: { csv: '../data/batches-gaps.csv', target: 'final_ph', normalize: 'standard' }, layers: [D(16), D(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('data-error.shared-drive-path', { data: { csv: '../../../../../mnt/shared/fermentation/batches.csv', target: 'final_ph', normalize: 'standard' }, layers: [D(16), D(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('data-error.timestamp-feature', { data: { csv: '../data/batches.csv', target: 'final_ph', features: ['started', 'salt_pct', 'days', 'room_temp_c'], normalize: 'standard' }, layers: [D(16), D(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });

// shape-mismatch
put('shape-mismatch.three-styles-not-four', { data: style(), layers: [D(24), D(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
put('shape-mismatch.two-stage-outputs', { data: lab(), layers: [D(16, 'tanh'), D(2, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(100, 32) });
put('shape-mismatch.ph-two-outputs', { data: ph(), layers: [D(16), D(2, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('shape-mismatch.ph-and-spoil-one-unit', { data: { csv: '../data/batches.csv', target: ['final_ph', 'days'], features: ['salt_pct', 'room_temp_c', 'sugar_brix'], normalize: 'standard' }, layers: [D(12), D(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(100, 32) });
put('shape-mismatch.spoil-two-sigmoids', { data: spoil(), layers: [D(16), D(2, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(100, 32) });

// loss-activation-mismatch
put('loss-activation-mismatch.spoil-linear-bce', { data: spoil(), layers: [D(16), D(1, 'linear')], loss: 'bce', optimizer: adam(0.003), training: tr(100, 32) });
put('loss-activation-mismatch.style-sigmoid-cce', { data: style(), layers: [D(24), D(4, 'sigmoid')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });
put('loss-activation-mismatch.ph-sigmoid-head', { data: ph('standard'), layers: [D(16), D(1, 'sigmoid')], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32) });
put('loss-activation-mismatch.jars-tanh-head', { data: shop('standard', 'none'), layers: [D(16), D(1, 'tanh')], loss: 'mse', optimizer: adam(0.01), training: tr(150, 16) });
put('loss-activation-mismatch.stage-softmax-mse', { data: { inline: { x: [[0.3, 8.1], [1.1, 7.2], [0.9, 6.5], [0.4, 8.4], [1.2, 7.0], [0.8, 6.3], [0.35, 8.0], [1.0, 7.3], [0.95, 6.6]], y: [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1]] }, normalize: 'standard' }, layers: [D(8, 'tanh'), D(3, 'softmax')], loss: 'mse', optimizer: adam(0.01), training: tr(200, 9) });
put('loss-activation-mismatch.spoil-softmax-one-unit', { data: spoil(), layers: [D(16), D(1, 'softmax')], loss: 'bce', optimizer: adam(0.003), training: tr(100, 32) });

// init-symmetry
put('init-symmetry.zeros-hidden', { data: ph(), layers: [D(16, 'tanh', { init: 'zeros' }), D(1, 'linear', { init: 'zeros' })], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32) });
put('init-symmetry.constant-point-one', { data: lab(), layers: [D(12, 'sigmoid', { init: 'constant', value: 0.1 }), D(3, 'softmax')], loss: 'cce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(150, 32) });
put('init-symmetry.zeros-two-layers', { data: style(), layers: [D(24, 'relu', { init: 'zeros' }), D(12, 'relu', { init: 'zeros' }), D(4, 'softmax')], loss: 'cce', optimizer: rms(0.001), training: tr(120, 32) });
put('init-symmetry.constant-tanh-shop', { data: shop(), layers: [D(10, 'tanh', { init: 'constant', value: 0.3 }), D(1, 'linear', { init: 'constant', value: 0.3 })], loss: 'mse', optimizer: sgd(0.05), training: tr(200, 26) });

// init-scale
put('init-scale.normal-std-ten', { data: spoil(), layers: [D(32, 'relu', { init: 'normal', std: 10 }), D(16, 'relu', { init: 'normal', std: 10 }), D(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.001), training: tr(100, 32) });
put('init-scale.tanh-std-fifty', { data: ph(), layers: [D(24, 'tanh', { init: 'normal', std: 50 }), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: tr(150, 32) });
put('init-scale.tiny-uniform-deep', { data: lab(), layers: [D(32, 'tanh', { init: 'uniform', limit: 1e-5 }), D(32, 'tanh', { init: 'uniform', limit: 1e-5 }), D(32, 'tanh', { init: 'uniform', limit: 1e-5 }), D(3, 'softmax', { init: 'uniform', limit: 1e-5 })], loss: 'cce', optimizer: sgd(0.05), training: tr(100, 32) });
put('init-scale.huge-uniform-shop', { data: shop(), layers: [D(16, 'relu', { init: 'uniform', limit: 25 }), D(8, 'relu', { init: 'uniform', limit: 25 }), D(1, 'linear')], loss: 'mse', optimizer: adam(0.001), training: tr(150, 16) });
put('init-scale.tiny-normal-sigmoid', { data: spoil(), layers: [D(16, 'sigmoid', { init: 'normal', std: 1e-6 }), D(16, 'sigmoid', { init: 'normal', std: 1e-6 }), D(1, 'sigmoid', { init: 'normal', std: 1e-6 })], loss: 'bce', optimizer: sgd(0.1), training: tr(100, 32) });

// no-nonlinearity
put('no-nonlinearity.linear-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [D(16, 'linear'), D(16, 'linear'), D(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('no-nonlinearity.linear-circles', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [D(32, 'linear'), D(16, 'linear'), D(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(150, 32) });
put('no-nonlinearity.linear-style-stack', { data: style(), layers: [D(32), D(32, 'linear'), D(16, 'linear'), D(4, 'softmax')].map((l, i) => (i === 0 ? { ...l, activation: 'linear' } : l)), loss: 'cce', optimizer: rms(0.002), training: tr(120, 32) });
put('no-nonlinearity.linear-xor', { data: { builtin: 'xor', samples: 200, noise: 0.1 }, layers: [D(8, 'linear'), D(8, 'linear'), D(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(200, 20) });
put('no-nonlinearity.linear-sine', { data: { builtin: 'sine', samples: 200, noise: 0.05 }, layers: [D(32, 'linear'), D(32, 'linear'), D(1, 'linear')], loss: 'mse', optimizer: adam(0.01), training: tr(200, 32) });

// lr-out-of-range
put('lr-out-of-range.zero-rate', { data: ph(), layers: [D(16), D(1, 'linear')], loss: 'mse', optimizer: adam(0), training: tr(100, 32) });
put('lr-out-of-range.negative-rate', { data: spoil(), layers: [D(16), D(1, 'sigmoid')], loss: 'bce', optimizer: sgd(-0.01), training: tr(100, 32) });
put('lr-out-of-range.adam-rate-fifty', { data: lab(), layers: [D(16), D(3, 'softmax')], loss: 'cce', optimizer: adam(50), training: tr(100, 32) });
put('lr-out-of-range.sgd-rate-300', { data: shop(), layers: [D(16), D(1, 'linear')], loss: 'mse', optimizer: sgd(300), training: tr(100, 16) });
put('lr-out-of-range.rmsprop-1e-9', { data: style(), layers: [D(24), D(4, 'softmax')], loss: 'cce', optimizer: rms(1e-9), training: tr(100, 32) });

// dead-relu
put('dead-relu.negative-bias', { data: ph(), layers: [D(32, 'relu', { bias: -6 }), D(16, 'relu', { bias: -6 }), D(1, 'linear')], loss: 'mse', optimizer: adam(0.001), training: tr(100, 32) });
put('dead-relu.raw-krw-sgd', { data: shop('none', 'standard'), layers: [D(32, 'relu'), D(16, 'relu'), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: tr(100, 16) });
put('dead-relu.high-rate-deep', { data: spoil(), layers: [D(32), D(32), D(32), D(1, 'sigmoid')], loss: 'bce', optimizer: sgd(1.5), training: tr(100, 8) });
put('dead-relu.bias-minus-three-lab', { data: lab(), layers: [D(24, 'relu', { bias: -3 }), D(24, 'relu', { bias: -3 }), D(3, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(100, 32) });

// exploding-gradient
put('exploding-gradient.raw-jars-target', { data: shop('standard', 'none'), layers: [D(16), D(8), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: tr(100, 16) });
put('exploding-gradient.raw-revenue-target', { data: shop('standard', 'none', 'revenue_krw'), layers: [D(16), D(1, 'linear')], loss: 'mse', optimizer: adam(0.01), training: tr(100, 32) });
put('exploding-gradient.deep-std-one', { data: ph(), layers: [D(64, 'relu', { init: 'normal', std: 1 }), D(64, 'relu', { init: 'normal', std: 1 }), D(64, 'relu', { init: 'normal', std: 1 }), D(64, 'relu', { init: 'normal', std: 1 }), D(1, 'linear', { init: 'normal', std: 1 })], loss: 'mse', optimizer: sgd(0.001), training: tr(60, 32) });
put('exploding-gradient.raw-cabbage-kg', { data: { csv: '../data/batches.csv', target: 'gochugaru_g', features: ['cabbage_kg', 'salt_pct', 'days'], normalize: 'none' }, layers: [D(16), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.001, { momentum: 0.9 }), training: tr(100, 32) });

// vanishing-gradient
put('vanishing-gradient.sigmoid-eight-deep', { data: spoil(), layers: [...Array(8)].map(() => D(16, 'sigmoid')).concat([D(1, 'sigmoid')]), loss: 'bce', optimizer: sgd(0.05), training: tr(100, 32) });
put('vanishing-gradient.tanh-small-init-deep', { data: lab(), layers: [...Array(6)].map(() => D(24, 'tanh', { init: 'normal', std: 0.02 })).concat([D(3, 'softmax')]), loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(100, 32) });
put('vanishing-gradient.sigmoid-ten-ph', { data: ph(), layers: [...Array(10)].map(() => D(12, 'sigmoid')).concat([D(1, 'linear')]), loss: 'mse', optimizer: sgd(0.02), training: tr(100, 16) });
put('vanishing-gradient.sigmoid-deep-moons', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [...Array(7)].map(() => D(10, 'sigmoid', { init: 'normal', std: 0.1 })).concat([D(1, 'sigmoid')]), loss: 'bce', optimizer: sgd(0.1), training: tr(150, 32) });

// nan-loss
put('nan-loss.raw-revenue-sgd', { data: shop('none', 'none', 'revenue_krw'), layers: [D(16), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.01), training: tr(50, 16) });
put('nan-loss.raw-price-sgd-high', { data: shop('none', 'none'), layers: [D(8), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.1), training: tr(50, 8) });
put('nan-loss.huge-init-bce', { data: spoil('none'), layers: [D(16, 'linear', { init: 'normal', std: 1e8 }), D(1, 'sigmoid', { init: 'normal', std: 1e8 })], loss: 'bce', optimizer: sgd(0.1), training: tr(30, 32) });
put('nan-loss.eu-raw-momentum', { data: eu('final_ph', 'none'), layers: [D(32), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.95 }), training: tr(50, 4) });

// lr-too-high
put('lr-too-high.adam-half', { data: ph(), layers: [D(32), D(16), D(1, 'linear')], loss: 'mse', optimizer: adam(0.5), training: tr(100, 32) });
put('lr-too-high.sgd-two', { data: lab(), layers: [D(24, 'tanh'), D(3, 'softmax')], loss: 'cce', optimizer: sgd(2.0), training: tr(100, 16) });
put('lr-too-high.rmsprop-point-three', { data: spoil(), layers: [D(32), D(16), D(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.3), training: tr(100, 32) });
put('lr-too-high.momentum-point-five', { data: shop(), layers: [D(16), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.5, { momentum: 0.9 }), training: tr(100, 16) });
put('lr-too-high.eu-adam-one', { data: eu(), layers: [D(16, 'elu'), D(1, 'linear')], loss: 'mse', optimizer: adam(1.0), training: tr(100, 32) });

// lr-too-low
put('lr-too-low.sgd-1e-5', { data: ph(), layers: [D(32), D(1, 'linear')], loss: 'mse', optimizer: sgd(1e-5), training: tr(100, 32) });
put('lr-too-low.adam-1e-6', { data: style(), layers: [D(32), D(4, 'softmax')], loss: 'cce', optimizer: adam(1e-6), training: tr(100, 32) });
put('lr-too-low.rmsprop-2e-6', { data: lab(), layers: [D(24, 'tanh'), D(3, 'softmax')], loss: 'cce', optimizer: rms(2e-6), training: tr(100, 32) });
put('lr-too-low.nesterov-1e-5', { data: shop(), layers: [D(16), D(8), D(1, 'linear')], loss: 'mse', optimizer: sgd(1e-5, { momentum: 0.9, nesterov: true }), training: tr(100, 52) });
put('lr-too-low.full-batch-sgd', { data: spoil(), layers: [D(16, 'tanh'), D(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.001), training: tr(150, 480) });

// saturated-activation
put('saturated-activation.sigmoid-raw-kg', { data: spoil('none'), layers: [D(16, 'sigmoid'), D(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.001), training: tr(100, 32) });
put('saturated-activation.tanh-std-three', { data: lab(), layers: [D(32, 'tanh', { init: 'normal', std: 3 }), D(32, 'tanh', { init: 'normal', std: 3 }), D(3, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: tr(100, 32) });
put('saturated-activation.tanh-raw-price', { data: shop('none', 'standard'), layers: [D(16, 'tanh'), D(1, 'linear')], loss: 'mse', optimizer: rms(0.001), training: tr(100, 16) });
put('saturated-activation.sigmoid-raw-lab', { data: lab('none'), layers: [D(24, 'sigmoid'), D(3, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(100, 32) });

// loss-plateau
put('loss-plateau.heavy-weight-decay', { data: ph(), layers: [D(32), D(1, 'linear')], loss: 'mse', optimizer: adam(0.003, { weightDecay: 0.5 }), training: tr(150, 32) });
put('loss-plateau.one-unit-bottleneck', { data: style(), layers: [D(32), D(1, 'relu'), D(4, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(150, 32) });
put('loss-plateau.dropout-ninety', { data: lab(), layers: [D(16), drop(0.9), D(16), drop(0.9), D(3, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: tr(150, 32) });
put('loss-plateau.spirals-tiny-sgd', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, layers: [D(32, 'tanh'), D(32, 'tanh'), D(3, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: tr(200, 32) });
put('loss-plateau.clipnorm-tiny', { data: shop(), layers: [D(32), D(16), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.01, { clipNorm: 1e-4 }), training: tr(150, 16) });

// oscillating-loss
put('oscillating-loss.batch-one-sgd', { data: ph(), layers: [D(16), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.08), training: tr(60, 1) });
put('oscillating-loss.momentum-099-full', { data: shop(), layers: [D(16, 'tanh'), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.1, { momentum: 0.99 }), training: tr(200, 260) });
put('oscillating-loss.adam-batch-four', { data: lab(), layers: [D(32), D(3, 'softmax')], loss: 'cce', optimizer: adam(0.05), training: tr(80, 4) });
put('oscillating-loss.rmsprop-full-batch', { data: eu(), layers: [D(16), D(1, 'linear')], loss: 'mse', optimizer: rms(0.05), training: tr(200, 480) });

// ---------------- healthy ----------------
put('ok.ph-adam-relu', { data: ph(), layers: [D(32), D(16), D(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32) });
put('ok.ph-sgd-momentum-tanh', { data: ph(), layers: [D(24, 'tanh'), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(200, 32) });
put('ok.ph-nesterov-elu-val', { data: ph('minmax'), layers: [D(32, 'elu'), D(16, 'elu'), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(200, 16, { validationSplit: 0.2 }) });
put('ok.ph-rmsprop-batchnorm', { data: ph(), layers: [D(32, 'relu', { batchNorm: true }), D(16, 'relu', { batchNorm: true }), D(1, 'linear')], loss: 'mse', optimizer: rms(0.001), training: tr(120, 32) });
put('ok.ph-plain-sgd-full-batch', { data: ph(), layers: [D(16, 'tanh'), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.1), training: tr(600, 480) });
put('ok.ph-batch-one-adam-small', { data: ph(), layers: [D(16), D(1, 'linear')], loss: 'mse', optimizer: adam(0.0005), training: tr(25, 1) });
put('ok.ph-leaky-deep', { data: ph(), layers: [D(32, 'leaky_relu'), D(32, 'leaky_relu'), D(16, 'leaky_relu'), D(8, 'leaky_relu'), D(1, 'linear')], loss: 'mse', optimizer: adam(0.001), training: tr(150, 64) });
put('ok.ph-dropout-weight-decay', { data: ph(), layers: [D(64), drop(0.2), D(32), D(1, 'linear')], loss: 'mse', optimizer: adam(0.002, { weightDecay: 1e-4 }), training: tr(150, 32, { validationSplit: 0.15 }) });
put('ok.ph-raw-units-normtarget', { data: ph('standard', { normalizeTarget: 'standard' }), layers: [D(24), D(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(150, 32) });
put('ok.ph-relu-head', { data: ph(), layers: [D(24), D(12), D(1, 'relu', { bias: 3.8 })], loss: 'mse', optimizer: adam(0.002), training: tr(150, 32) });
put('ok.spoil-adam', { data: spoil(), layers: [D(16), D(8), D(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.003), training: tr(120, 32) });
put('ok.spoil-sgd-momentum-tanh', { data: spoil(), layers: [D(16, 'tanh'), D(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.spoil-rmsprop-clip', { data: spoil(), layers: [D(32), D(16), D(1, 'sigmoid')], loss: 'bce', optimizer: rms(0.001, { clipNorm: 1 }), training: tr(100, 64) });
put('ok.spoil-sigmoid-hidden', { data: spoil('minmax'), layers: [D(12, 'sigmoid'), D(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(200, 48) });
put('ok.style-adam', { data: style(), layers: [D(32), D(16), D(4, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(120, 32) });
put('ok.style-nesterov-elu', { data: style(), layers: [D(32, 'elu'), D(4, 'softmax')], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9, nesterov: true }), training: tr(120, 16) });
put('ok.style-batchnorm-dropout', { data: style(), layers: [D(48, 'relu', { batchNorm: true }), drop(0.3), D(24), D(4, 'softmax')], loss: 'cce', optimizer: adam(0.002), training: tr(120, 32, { validationSplit: 0.2 }) });
put('ok.style-minmax-rmsprop', { data: style('minmax'), layers: [D(24, 'tanh'), D(24, 'tanh'), D(4, 'softmax')], loss: 'cce', optimizer: rms(0.003), training: tr(150, 32) });
put('ok.lab-adam-relu', { data: lab(), layers: [D(24), D(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(100, 32) });
put('ok.lab-plain-sgd-tanh', { data: lab(), layers: [D(16, 'tanh'), D(3, 'softmax')], loss: 'cce', optimizer: sgd(0.1), training: tr(200, 16) });
put('ok.lab-lecun-elu-full', { data: lab(), layers: [D(32, 'elu', { init: 'lecun_normal' }), D(16, 'elu', { init: 'lecun_normal' }), D(3, 'softmax')], loss: 'cce', optimizer: adam(0.01), training: tr(200, 360) });
put('ok.lab-xavier-normal-rms', { data: lab('minmax'), layers: [D(20, 'tanh', { init: 'xavier_normal' }), D(3, 'softmax')], loss: 'cce', optimizer: rms(0.005), training: tr(150, 24) });
put('ok.shop-adam', { data: shop(), layers: [D(32), D(16), D(1, 'linear')], loss: 'mse', optimizer: adam(0.003), training: tr(200, 16) });
put('ok.shop-sgd-momentum', { data: shop(), layers: [D(16, 'tanh'), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.02, { momentum: 0.9 }), training: tr(250, 13) });
put('ok.shop-minmax-target', { data: shop('minmax', 'minmax'), layers: [D(24, 'leaky_relu'), D(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: tr(250, 26) });
put('ok.shop-rmsprop-he-uniform', { data: shop(), layers: [D(32, 'relu', { init: 'he_uniform' }), D(1, 'linear')], loss: 'mse', optimizer: rms(0.002), training: tr(200, 32, { validationSplit: 0.1 }) });
put('ok.shop-linear-regression', { data: shop(), layers: [D(1, 'linear')], loss: 'mse', optimizer: sgd(0.05), training: tr(200, 260) });
put('ok.eu-ph-adam', { data: eu(), layers: [D(24), D(12), D(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: tr(200, 32) });
put('ok.eu-spoil-nesterov', { data: eu('spoiled', 'standard'), layers: [D(16, 'tanh'), D(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.03, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });
put('ok.moons-tanh-adam', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [D(16, 'tanh'), D(16, 'tanh'), D(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(200, 32) });
put('ok.circles-relu-sgd', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [D(32), D(16), D(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.1, { momentum: 0.9 }), training: tr(200, 32) });
put('ok.spirals-adam-deep', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, layers: [D(64), D(64), D(32), D(3, 'softmax')], loss: 'cce', optimizer: adam(0.005), training: tr(300, 32) });
put('ok.blobs-four-rms', { data: { builtin: 'blobs', samples: 300, classes: 4 }, layers: [D(16), D(4, 'softmax')], loss: 'cce', optimizer: rms(0.005), training: tr(100, 32) });
put('ok.iris-sgd-batch-one', { data: { builtin: 'iris', normalize: 'standard' }, layers: [D(12, 'tanh'), D(3, 'softmax')], loss: 'cce', optimizer: sgd(0.01), training: tr(60, 1) });
put('ok.iris-wide-single-relu', { data: { builtin: 'iris', normalize: 'standard' }, layers: [D(128), D(3, 'softmax')], loss: 'cce', optimizer: adam(0.002), training: tr(150, 150) });
put('ok.sine-tanh-deep', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [D(32, 'tanh'), D(32, 'tanh'), D(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: tr(300, 32) });
put('ok.xor-sigmoid-small', { data: { builtin: 'xor', samples: 200, noise: 0.1 }, layers: [D(8, 'tanh'), D(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.02), training: tr(300, 20) });
put('ok.inline-salt-rule', { data: { inline: { x: [[1.5, 24], [1.8, 20], [2.0, 18], [2.2, 15], [2.5, 12], [2.8, 10], [3.0, 9], [3.2, 8], [1.6, 26], [2.4, 14], [2.9, 11], [2.1, 17]], y: [0, 0, 0, 1, 1, 1, 1, 1, 0, 1, 1, 0] }, normalize: 'standard' }, layers: [D(6, 'tanh'), D(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.03), training: tr(300, 12) });
put('ok.ph-sigmoid-hidden-deep', { data: ph(), layers: [D(24, 'sigmoid'), D(12, 'sigmoid'), D(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: tr(250, 32) });
put('ok.lab-constant-bias-relu', { data: lab(), layers: [D(32, 'relu', { bias: 0.1 }), D(16, 'relu', { bias: 0.1 }), D(3, 'softmax')], loss: 'cce', optimizer: sgd(0.03, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.spoil-full-batch-adam', { data: spoil(), layers: [D(32), D(1, 'sigmoid')], loss: 'bce', optimizer: adam(0.01), training: tr(400, 480) });
put('ok.style-normal-init', { data: style(), layers: [D(32, 'relu', { init: 'normal', std: 0.2 }), D(4, 'softmax')], loss: 'cce', optimizer: adam(0.003), training: tr(150, 32) });
put('ok.shop-clipnorm-nesterov', { data: shop(), layers: [D(24), D(12), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.01, { momentum: 0.9, nesterov: true, clipNorm: 5 }), training: tr(200, 8) });
put('ok.ph-uniform-init-rms', { data: ph(), layers: [D(32, 'tanh', { init: 'uniform', limit: 0.3 }), D(1, 'linear')], loss: 'mse', optimizer: rms(0.002), training: tr(150, 32) });
put('ok.eu-gochugaru-free-ph', { data: { csv: '../data/batches-eu.csv', target: 'final_ph', features: ['salt_pct', 'room_temp_c', 'days', 'sugar_brix'], normalize: 'standard' }, layers: [D(16, 'elu'), D(1, 'linear')], loss: 'mse', optimizer: adam(0.005), training: tr(150, 24) });

// ---------------- second pass (appended, so the seeds above are unchanged) ----------------
put('init-symmetry.zeros-relu-lab', { data: lab(), layers: [D(24, 'tanh', { init: 'zeros' }), D(24, 'tanh', { init: 'zeros' }), D(3, 'softmax', { init: 'zeros' })], loss: 'cce', optimizer: sgd(0.05, { momentum: 0.9 }), training: tr(120, 32) });
put('init-symmetry.constant-deep-style', { data: style(), layers: [D(32, 'tanh', { init: 'constant', value: 0.05 }), D(32, 'tanh', { init: 'constant', value: 0.05 }), D(4, 'softmax', { init: 'constant', value: 0.05 })], loss: 'cce', optimizer: adam(0.003), training: tr(120, 32) });
put('init-symmetry.zeros-sigmoid-spoil', { data: spoil(), layers: [D(16, 'sigmoid', { init: 'zeros' }), D(8, 'sigmoid', { init: 'zeros' }), D(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: rms(0.001), training: tr(100, 32) });
put('oscillating-loss.momentum-batch-two', { data: spoil(), layers: [D(16), D(1, 'sigmoid')], loss: 'bce', optimizer: sgd(0.3, { momentum: 0.9 }), training: tr(60, 2) });
put('oscillating-loss.adam-full-batch-spirals', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, layers: [D(32, 'tanh'), D(3, 'softmax')], loss: 'cce', optimizer: adam(0.2), training: tr(200, 300) });
put('lr-too-high.sgd-one-ph', { data: ph('standard', { normalizeTarget: 'standard' }), layers: [D(32, 'tanh'), D(1, 'linear')], loss: 'mse', optimizer: sgd(0.8), training: tr(100, 16) });
