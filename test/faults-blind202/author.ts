/**
 * Blind set 202 (archery clubs and bowyers): writes every candidate spec into candidates/.
 * Run: npx tsx test/faults-blind202/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type J = Record<string, unknown>;
let seed = 2020;
function put(file: string, spec: J): void {
  const s = { name: file, seed: (seed = (seed * 31 + 7) % 9973), ...spec };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(s, null, 2) + '\n');
}
const BOWF = ['limb_length_in', 'limb_thickness_mm', 'core_lams', 'wood_density', 'moisture_pct', 'string_strands'];
const ARCF = ['age', 'draw_length_in', 'draw_weight_lbs', 'arrow_speed_fps', 'practice_hours_wk', 'years_shooting', 'sight_marks', 'shoe_size'];
const ARRF = ['spine', 'grain_weight', 'foc_pct', 'shaft_len_in', 'fletch_len_in', 'straightness_thou', 'bench_temp_c'];
const bows = (target: string, extra: J = {}) => ({ csv: '../data/bows.csv', target, features: BOWF, normalize: 'standard', ...extra });
const arch = (target: string, extra: J = {}) => ({ csv: '../data/archers.csv', target, features: ARCF, normalize: 'standard', ...extra });
const arr = (target: string, extra: J = {}) => ({ csv: '../data/arrows.csv', target, features: ARRF, normalize: 'standard', ...extra });
const d = (units: number, activation = 'linear', extra: J = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, extra: J = {}) => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: J = {}) => ({ epochs, batchSize, ...extra });

// ---------------- faults ----------------
// invalid-spec
put('invalid-spec.swish-activation', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(16, 'swish'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 32) });
put('invalid-spec.adamw-optimizer', { data: arch('division'), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adamw', 0.003), training: tr(80, 32) });
put('invalid-spec.keras-loss-name', { data: arr('gold'), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: opt('rmsprop', 0.003), training: tr(80, 32) });
put('invalid-spec.dropout-as-percent', { data: arch('division'), layers: [d(32, 'relu'), drop(30), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('invalid-spec.validation-split-one', { data: bows('broke_in_tiller'), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(80, 32, { validationSplit: 1 }) });
put('invalid-spec.units-zero', { data: arr('group_cm', { normalizeTarget: 'standard' }), layers: [d(0, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(80, 16) });
// data-error
put('data-error.missing-season-file', { data: { csv: '../data/archers-2025.csv', target: 'division', normalize: 'standard' }, layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
put('data-error.build-date-feature', { data: bows('draw_weight_lbs', { features: ['build_date', ...BOWF], normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('data-error.target-typo', { data: bows('draw_weight_lb', { normalizeTarget: 'standard' }), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('data-error.moisture-gaps', { data: { csv: '../data/bows-gaps.csv', target: 'draw_weight_lbs', features: BOWF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('data-error.glue-batch-text', { data: bows('broke_in_tiller', { features: [...BOWF, 'glue_batch'] }), layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(80, 32) });
put('data-error.shared-drive-path', { data: { csv: '../../../../../../mnt/club-share/archers.csv', target: 'division', normalize: 'standard' }, layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
// shape-mismatch
put('shape-mismatch.three-divisions', { data: arch('division'), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('shape-mismatch.score-two-units', { data: arch('season_score', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(2)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('shape-mismatch.two-targets-one-unit', { data: bows(['draw_weight_lbs', 'limb_thickness_mm'] as unknown as string, { features: ['limb_length_in', 'core_lams', 'wood_density', 'moisture_pct'], normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('shape-mismatch.five-class-head', { data: arch('division'), layers: [d(16, 'tanh'), d(5, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(80, 32) });
// loss-activation-mismatch
put('loss-activation-mismatch.cce-sigmoid-head', { data: arch('division'), layers: [d(16, 'relu'), d(4, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('loss-activation-mismatch.bce-linear-head', { data: bows('broke_in_tiller'), layers: [d(12, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
put('loss-activation-mismatch.softmax-mse-score', { data: arch('season_score', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('loss-activation-mismatch.relu-head-raw-score', { data: arch('season_score'), layers: [d(16, 'relu'), d(1, 'tanh')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('loss-activation-mismatch.sigmoid-head-draw-weight', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
// init-symmetry
put('init-symmetry.zeros-relu-hidden', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(16, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('init-symmetry.constant-tanh', { data: arch('division'), layers: [d(24, 'tanh', { init: { name: 'constant', value: 0.1 } }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
put('init-symmetry.zeros-sigmoid-gold', { data: arr('gold'), layers: [d(12, 'sigmoid', { init: 'zeros' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(100, 16) });
put('init-symmetry.constant-elu-two-layers', { data: arch('season_score', { normalizeTarget: 'standard' }), layers: [d(20, 'elu', { init: 'constant', value: 0.05 } as J), d(10, 'elu', { init: 'constant' }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
// init-scale
put('init-scale.normal-std-8', { data: arch('division'), layers: [d(32, 'relu', { init: { name: 'normal', std: 8 } }), d(32, 'relu', { init: { name: 'normal', std: 8 } }), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('init-scale.uniform-1e-5-deep', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'tanh', { init: { name: 'uniform', limit: 1e-5 } }), d(1, 'linear', { init: { name: 'uniform', limit: 1e-5 } })], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
put('init-scale.normal-std-5-tanh', { data: arr('gold'), layers: [d(24, 'tanh', { init: { name: 'normal', std: 5 } }), d(24, 'tanh', { init: { name: 'normal', std: 5 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
put('init-scale.normal-std-1e-4-relu', { data: arch('season_score', { normalizeTarget: 'standard' }), layers: [d(16, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(16, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(16, 'relu', { init: { name: 'normal', std: 1e-4 } }), d(1, 'linear', { init: { name: 'normal', std: 1e-4 } })], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(80, 32) });
// no-nonlinearity
put('no-nonlinearity.linear-stack-gold', { data: arr('gold'), layers: [d(32), d(32), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(150, 32) });
put('no-nonlinearity.linear-moons', { data: { builtin: 'moons', samples: 400, noise: 0.1 }, layers: [d(16), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
put('no-nonlinearity.linear-circles', { data: { builtin: 'circles', samples: 400, noise: 0.05 }, layers: [d(24, 'linear', { batchNorm: true }), d(24), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(150, 32) });
put('no-nonlinearity.linear-group-size', { data: arr('group_cm', { normalizeTarget: 'standard' }), layers: [d(32), d(16), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(150, 32) });
// lr-out-of-range
put('lr-out-of-range.adam-lr-50', { data: arch('division'), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 50), training: tr(60, 32) });
put('lr-out-of-range.sgd-lr-1e-9', { data: bows('broke_in_tiller'), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-9), training: tr(60, 32) });
put('lr-out-of-range.rmsprop-lr-20', { data: arr('group_cm', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 20), training: tr(60, 32) });
put('lr-out-of-range.sgd-lr-300', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 300), training: tr(60, 16) });
// dead-relu
put('dead-relu.bias-minus-6', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(16, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(100, 32) });
put('dead-relu.sgd-lr-kill', { data: arch('season_score', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.8), training: tr(80, 8) });
put('dead-relu.bias-minus-4-gold', { data: arr('gold'), layers: [d(24, 'relu', { bias: -4 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 32) });
put('dead-relu.negative-constant-bias-iris', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu', { bias: -5 }), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(100, 16) });
// exploding-gradient
put('exploding-gradient.raw-spine-sgd', { data: arr('group_cm', { normalize: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(50, 32) });
put('exploding-gradient.raw-score-target', { data: arch('season_score'), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(50, 32) });
put('exploding-gradient.deep-he-std-big', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(32, 'relu', { init: { name: 'normal', std: 1.5 } }), d(32, 'relu', { init: { name: 'normal', std: 1.5 } }), d(32, 'relu', { init: { name: 'normal', std: 1.5 } }), d(32, 'relu', { init: { name: 'normal', std: 1.5 } }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(50, 32) });
put('exploding-gradient.raw-speed-features', { data: arch('draw_weight_lbs', { features: ['arrow_speed_fps', 'draw_length_in', 'age'], normalize: 'none' }), layers: [d(24, 'leaky_relu'), d(24, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.0005, { momentum: 0.9 }), training: tr(50, 16) });
// vanishing-gradient
put('vanishing-gradient.deep-sigmoid-sgd', { data: bows('broke_in_tiller'), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
put('vanishing-gradient.deep-tanh-tiny-init', { data: arch('division'), layers: [d(16, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.02 } }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
put('vanishing-gradient.ten-sigmoid-layers-score', { data: arch('season_score', { normalizeTarget: 'standard' }), layers: [...Array.from({ length: 10 }, () => d(12, 'sigmoid')), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.5 }), training: tr(100, 32) });
put('vanishing-gradient.deep-sigmoid-gold-rmsprop', { data: arr('gold'), layers: [...Array.from({ length: 8 }, () => d(10, 'sigmoid', { init: 'xavier_normal' })), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.0001), training: tr(100, 32) });
// nan-loss
put('nan-loss.raw-arrows-sgd-lr-0-1', { data: arr('group_cm', { normalize: 'none' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.1), training: tr(60, 32) });
put('nan-loss.raw-score-sgd-momentum', { data: arch('season_score', { normalize: 'none' }), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.95 }), training: tr(60, 16) });
put('nan-loss.raw-draw-weight-batch-1', { data: bows('draw_weight_lbs', { normalize: 'none' }), layers: [d(16, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(40, 1) });
// lr-too-high
put('lr-too-high.adam-lr-0-3', { data: arch('division'), layers: [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.3), training: tr(80, 32) });
put('lr-too-high.sgd-lr-3', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 3), training: tr(80, 32) });
put('lr-too-high.rmsprop-lr-0-2', { data: arr('gold'), layers: [d(24, 'relu'), d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.2), training: tr(80, 32) });
put('lr-too-high.nesterov-lr-1-5', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1.5, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
// lr-too-low
put('lr-too-low.sgd-1e-5', { data: arch('division'), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1e-5), training: tr(100, 32) });
put('lr-too-low.adam-1e-6', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 1e-6), training: tr(100, 32) });
put('lr-too-low.rmsprop-2e-6', { data: arr('gold'), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 2e-6), training: tr(100, 32) });
put('lr-too-low.momentum-1e-5-full-batch', { data: { builtin: 'blobs', classes: 3, samples: 300 }, layers: [d(16, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1e-5, { momentum: 0.9 }), training: tr(150, 300) });
// saturated-activation
put('saturated-activation.sigmoid-raw-spine', { data: arr('gold', { normalize: 'none' }), layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('saturated-activation.tanh-raw-speed', { data: arch('division', { normalize: 'none' }), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
put('saturated-activation.sigmoid-bias-8', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(16, 'sigmoid', { bias: 8 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
put('saturated-activation.tanh-raw-bow-geometry', { data: bows('broke_in_tiller', { normalize: 'none' }), layers: [d(16, 'tanh', { init: 'xavier_normal' }), d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 32) });
// loss-plateau
put('loss-plateau.weight-decay-2', { data: arch('season_score', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003, { weightDecay: 2 }), training: tr(100, 32) });
put('loss-plateau.one-unit-bottleneck-spirals', { data: { builtin: 'spirals', samples: 400, classes: 2 }, layers: [d(1, 'tanh'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(200, 32) });
put('loss-plateau.dropout-0-9', { data: arch('division'), layers: [d(16, 'relu'), drop(0.95), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
put('loss-plateau.clipnorm-1e-5', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { clipNorm: 1e-5 }), training: tr(100, 32) });
// oscillating-loss
put('oscillating-loss.momentum-0-99', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.99 }), training: tr(100, 32) });
put('oscillating-loss.sgd-batch-1-lr-0-3', { data: arch('season_score', { normalizeTarget: 'standard' }), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.3), training: tr(60, 1) });
put('oscillating-loss.adam-0-05-batch-4', { data: arr('gold'), layers: [d(32, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(80, 4) });
put('oscillating-loss.full-batch-sgd-edge', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.98), training: tr(100, 420) });

// ---------------- healthy ----------------
put('ok.draw-weight-adam', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.draw-weight-linear-regression', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
put('ok.draw-weight-minmax-rmsprop', { data: bows('draw_weight_lbs', { normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(200, 16) });
put('ok.draw-weight-nesterov-bn', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), training: tr(120, 32) });
put('ok.draw-weight-batch-1', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(12, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.003), training: tr(40, 1) });
put('ok.draw-weight-full-batch-adam', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(16, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(300, 420) });
put('ok.broke-bce-adam-weighted', { data: bows('broke_in_tiller'), layers: [d(16, 'relu'), drop(0.1), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003, { weightDecay: 1e-4 }), training: tr(150, 32) });
put('ok.broke-logistic-sgd', { data: bows('broke_in_tiller'), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(150, 16) });
put('ok.broke-tanh-rmsprop', { data: bows('broke_in_tiller'), layers: [d(12, 'tanh'), d(6, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: tr(150, 32, { validationSplit: 0.15 }) });
put('ok.division-adam', { data: arch('division'), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(120, 32) });
put('ok.division-deep-elu', { data: arch('division'), layers: [d(24, 'elu'), d(24, 'elu'), d(16, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.001), training: tr(120, 16, { validationSplit: 0.2 }) });
put('ok.division-momentum-dropout', { data: arch('division'), layers: [d(48, 'relu'), drop(0.3), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(150, 32) });
put('ok.division-minmax-rmsprop', { data: arch('division', { normalize: 'minmax' }), layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.005), training: tr(150, 32) });
put('ok.division-export-semicolon', { data: { csv: '../data/archers-export.csv', target: 'division', features: ARCF, normalize: 'standard' }, layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(120, 32) });
put('ok.division-bn-full-batch', { data: arch('division'), layers: [d(32, 'relu', { batchNorm: true }), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(200, 480) });
put('ok.score-adam', { data: arch('season_score', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.score-export-rmsprop', { data: { csv: '../data/archers-export.csv', target: 'season_score', features: ARCF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(150, 32) });
put('ok.score-sgd-momentum-clip', { data: arch('season_score', { normalizeTarget: 'standard' }), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, clipNorm: 5 }), training: tr(150, 32) });
put('ok.score-minmax-target', { data: arch('season_score', { normalize: 'minmax', normalizeTarget: 'minmax' }), layers: [d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 64) });
put('ok.gold-adam', { data: arr('gold'), layers: [d(24, 'relu'), d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(150, 32) });
put('ok.gold-nesterov', { data: arr('gold'), layers: [d(32, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(150, 32) });
put('ok.group-size-adam', { data: arr('group_cm', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(200, 32) });
put('ok.group-size-deep-narrow', { data: arr('group_cm', { normalizeTarget: 'standard' }), layers: [d(12, 'elu'), d(12, 'elu'), d(12, 'elu'), d(8, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(250, 16) });
put('ok.group-size-rmsprop-wd', { data: arr('group_cm', { normalizeTarget: 'standard' }), layers: [d(48, 'relu'), drop(0.1), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001, { weightDecay: 1e-4 }), training: tr(200, 32) });
put('ok.group-size-batch-2-sgd', { data: arr('group_cm', { normalizeTarget: 'standard' }), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.005), training: tr(80, 2) });
put('ok.iris-adam', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 16) });
put('ok.iris-sgd-plain', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(200, 8) });
put('ok.moons-adam', { data: { builtin: 'moons', samples: 400, noise: 0.15 }, layers: [d(24, 'relu'), d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
put('ok.circles-tanh-rmsprop', { data: { builtin: 'circles', samples: 400, noise: 0.05 }, layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(200, 32) });
put('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 400, classes: 2, noise: 0.05 }, layers: [d(48, 'relu'), d(48, 'relu'), d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(400, 32) });
put('ok.blobs-4-classes-momentum', { data: { builtin: 'blobs', classes: 4, samples: 400 }, layers: [d(12, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.8 }), training: tr(100, 32) });
put('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(300, 32) });
put('ok.xor-sigmoid-hidden', { data: { builtin: 'xor', samples: 300, noise: 0.1 }, layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(300, 32) });
put('ok.inline-limb-set', { data: { inline: { x: [[60, 12], [62, 13], [64, 14], [66, 15], [68, 16], [70, 17], [61, 15], [63, 16], [65, 12], [67, 13], [69, 14], [71, 12]], y: [38, 41, 44, 47, 50, 53, 46, 49, 36, 39, 42, 35] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: tr(300, 12) });
put('ok.broke-sigmoid-hidden-sgd', { data: bows('broke_in_tiller'), layers: [d(8, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5, { momentum: 0.5 }), training: tr(200, 32) });
put('ok.score-unusual-wide-shallow-lowlr-long', { data: arch('season_score', { normalizeTarget: 'standard' }), layers: [d(128, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.0003), training: tr(400, 64) });
put('ok.draw-weight-two-targets', { data: bows(['draw_weight_lbs', 'limb_thickness_mm'] as unknown as string, { features: ['limb_length_in', 'core_lams', 'wood_density', 'moisture_pct'], normalizeTarget: 'standard' }), layers: [d(24, 'relu'), d(2)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });
put('ok.gold-tab-file-bn-dropout', { data: arr('gold'), layers: [d(32, 'relu', { batchNorm: true }), drop(0.2), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.division-leaky-nesterov-small-batch', { data: arch('division'), layers: [d(24, 'leaky_relu'), d(12, 'leaky_relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), training: tr(80, 8) });
put('ok.moons-elu-sgd-momentum', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(16, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(200, 16) });
put('ok.score-lecun-rmsprop-clip', { data: arch('season_score', { normalizeTarget: 'standard' }), layers: [d(24, 'tanh', { init: 'lecun_normal' }), d(12, 'tanh', { init: 'lecun_normal' }), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001, { clipNorm: 1 }), training: tr(150, 32) });

// ---------------- second pass (added after the first observation; same rules) ----------------
put('oscillating-loss.adam-0-03-batch-2', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.03), training: tr(60, 2) });
put('oscillating-loss.rmsprop-0-05-batch-8', { data: arch('season_score', { normalizeTarget: 'standard' }), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: tr(80, 8) });
put('oscillating-loss.sgd-0-15-batch-1-linear', { data: arr('group_cm', { normalizeTarget: 'standard' }), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.15), training: tr(60, 1) });
put('oscillating-loss.momentum-0-95-lr-0-2', { data: arch('division'), layers: [d(32, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.2, { momentum: 0.95 }), training: tr(80, 16) });
put('ok.draw-weight-rmsprop-dropout-val', { data: bows('draw_weight_lbs', { normalizeTarget: 'standard' }), layers: [d(32, 'elu'), drop(0.1), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(150, 32, { validationSplit: 0.2 }) });
put('ok.gold-rmsprop-minmax', { data: arr('gold', { normalize: 'minmax' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(200, 32) });
put('ok.score-batch-4-adam-wd', { data: arch('season_score', { normalizeTarget: 'standard' }), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001, { weightDecay: 1e-3 }), training: tr(80, 4) });
put('ok.blobs-5-classes-sigmoid-hidden-rmsprop', { data: { builtin: 'blobs', classes: 5, samples: 500 }, layers: [d(16, 'sigmoid'), d(5, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.01), training: tr(120, 50) });
put('ok.group-size-nesterov-clip', { data: arr('group_cm', { normalizeTarget: 'standard' }), layers: [d(24, 'relu'), d(12, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, nesterov: true, clipNorm: 2 }), training: tr(200, 16) });
