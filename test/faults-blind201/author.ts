/** Blind set 201: writes every candidate spec into candidates/. Run: npx tsx test/faults-blind201/author.ts */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
let seed = 201;
function spec(file: string, s: Record<string, unknown>): void {
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify({ name: file.split('.').pop(), seed: seed++, ...s }, null, 2) + '\n');
}
const CF = ['fabric_m', 'pieces', 'fittings', 'trim_items', 'actor_height_cm', 'period_score', 'budget_gbp', 'storage_shelf'];
const PF = ['seats', 'price_gbp', 'days_since_opening', 'weekend', 'review_stars', 'cast_size', 'rain_mm', 'matinee'];
const WF = ['weight_kg', 'age_years', 'hires_count', 'wash_temp_c', 'sequins_pct', 'days_out'];
const LF = ['power_w', 'dimmer_pct', 'hours_on', 'ambient_c', 'gel_density'];
const hours = (n = 'standard', extra: Record<string, unknown> = { normalizeTarget: 'standard' }) => ({ csv: '../data/costumes.csv', target: 'build_hours', features: CF, normalize: n, ...extra });
const rush = (n = 'standard') => ({ csv: '../data/costumes.csv', target: 'rush', features: CF, normalize: n });
const demand = (n = 'standard') => ({ csv: '../data/performances.csv', target: 'demand', features: PF, normalize: n });
const attend = (n = 'standard', t = 'standard') => ({ csv: '../data/performances.csv', target: 'attendance_pct', features: PF, normalize: n, normalizeTarget: t });
const damage = (n = 'standard') => ({ csv: '../data/wardrobe-eu.csv', target: 'damaged', features: WF, normalize: n });
const lamp = (n = 'standard', t = 'standard') => ({ csv: '../data/lighting.tsv', target: 'lamp_temp_c', features: LF, normalize: n, normalizeTarget: t });
const d = (units: number, activation = 'linear', more: Record<string, unknown> = {}) => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: Record<string, unknown> = {}) => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: Record<string, unknown> = {}) => ({ epochs, batchSize, ...more });
const sig1 = d(1, 'sigmoid');
const sm3 = d(3, 'softmax');

// ---------- invalid-spec ----------
spec('invalid-spec.optimizer-adamw', { data: rush(), layers: [d(16, 'relu'), sig1], loss: 'bce', optimizer: opt('adamw', 0.001), training: tr(60, 32) });
spec('invalid-spec.activation-swish', { data: demand(), layers: [d(24, 'swish'), sm3], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('invalid-spec.loss-crossentropy', { data: demand(), layers: [d(16, 'relu'), sm3], loss: 'categorical_crossentropy', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('invalid-spec.dropout-rate-one', { data: damage(), layers: [d(16, 'relu'), drop(1.0), sig1], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('invalid-spec.validation-split-percent', { data: hours(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32, { validationSplit: 20 }) });
spec('invalid-spec.init-glorot', { data: rush(), layers: [d(12, 'tanh', { init: 'glorot_uniform' }), sig1], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
// ---------- data-error ----------
spec('data-error.missing-file', { data: { csv: '../data/costumes-2024.csv', target: 'build_hours', normalize: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.text-feature-show', { data: { csv: '../data/costumes.csv', target: 'build_hours', features: ['show', 'fabric_m', 'pieces'], normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.target-typo', { data: { csv: '../data/performances.csv', target: 'attendence_pct', features: PF, normalize: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.na-markers', { data: { csv: '../data/costumes-gaps.csv', target: 'build_hours', features: CF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.path-outside', { data: { csv: '../../../../../shared/wardrobe/costumes.csv', target: 'build_hours', normalize: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.date-column-feature', { data: { csv: '../data/performances.csv', target: 'demand', features: ['date', ...PF], normalize: 'standard' }, layers: [d(16, 'relu'), sm3], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
// ---------- shape-mismatch ----------
spec('shape-mismatch.demand-two-units', { data: demand(), layers: [d(16, 'relu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('shape-mismatch.rush-two-sigmoid', { data: rush(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('shape-mismatch.hours-three-outputs', { data: hours(), layers: [d(16, 'relu'), d(3)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('shape-mismatch.demand-five-softmax', { data: demand(), layers: [d(32, 'tanh'), d(5, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(60, 16) });
// ---------- loss-activation-mismatch ----------
spec('loss-activation-mismatch.softmax-mse', { data: demand(), layers: [d(16, 'relu'), sm3], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('loss-activation-mismatch.bce-linear-head', { data: damage(), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('loss-activation-mismatch.cce-sigmoid-head', { data: demand(), layers: [d(16, 'relu'), d(3, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('loss-activation-mismatch.relu-head-raw-target', { data: attend('standard', 'standard'), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.tanh-head-hours', { data: hours('standard', {}), layers: [d(16, 'relu'), d(1, 'tanh')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
// ---------- init-symmetry ----------
spec('init-symmetry.zeros-hidden', { data: rush(), layers: [d(16, 'tanh', { init: 'zeros' }), sig1], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('init-symmetry.constant-relu', { data: hours(), layers: [d(24, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(80, 32) });
spec('init-symmetry.zeros-two-layers', { data: demand(), layers: [d(16, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), sm3], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('init-symmetry.constant-sigmoid', { data: damage(), layers: [d(12, 'sigmoid', { init: { name: 'constant', value: 0.05 } }), sig1], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(80, 16) });
// ---------- init-scale ----------
spec('init-scale.normal-std-5', { data: rush(), layers: [d(32, 'tanh', { init: { name: 'normal', std: 5 } }), sig1], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('init-scale.uniform-limit-1e-5', { data: demand(), layers: [d(16, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(16, 'relu', { init: { name: 'uniform', limit: 1e-5 } }), d(3, 'softmax', { init: { name: 'uniform', limit: 1e-5 } })], loss: 'cce', optimizer: opt('sgd', 0.01), training: tr(60, 32) });
spec('init-scale.normal-std-20-relu', { data: hours(), layers: [d(24, 'relu', { init: { name: 'normal', std: 20 } }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.005), training: tr(60, 32) });
spec('init-scale.normal-std-3-sigmoid', { data: damage(), layers: [d(32, 'sigmoid', { init: { name: 'normal', std: 3 } }), d(16, 'sigmoid', { init: { name: 'normal', std: 3 } }), sig1], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
// ---------- no-nonlinearity ----------
spec('no-nonlinearity.linear-stack-demand', { data: demand(), layers: [d(32), d(16), sm3], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('no-nonlinearity.linear-stack-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16), d(16), d(8), sig1], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('no-nonlinearity.linear-hidden-lamp', { data: lamp(), layers: [d(16, 'linear', { init: 'he_normal' }), d(16), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });
spec('no-nonlinearity.circles-linear-hidden', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(24), d(24), sig1], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 16) });
// ---------- lr-out-of-range ----------
spec('lr-out-of-range.adam-lr-5', { data: rush(), layers: [d(16, 'relu'), sig1], loss: 'bce', optimizer: opt('adam', 5), training: tr(60, 32) });
spec('lr-out-of-range.sgd-lr-50', { data: hours(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 50), training: tr(60, 32) });
spec('lr-out-of-range.rmsprop-lr-1e-8', { data: demand(), layers: [d(16, 'relu'), sm3], loss: 'cce', optimizer: opt('rmsprop', 1e-8), training: tr(60, 32) });
spec('lr-out-of-range.sgd-lr-1e-7', { data: damage(), layers: [d(16, 'relu'), sig1], loss: 'bce', optimizer: opt('sgd', 1e-7, { momentum: 0.9 }), training: tr(60, 32) });
// ---------- dead-relu ----------
spec('dead-relu.negative-bias', { data: rush(), layers: [d(32, 'relu', { bias: -6 }), sig1], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(80, 32) });
spec('dead-relu.high-lr-sgd-raw', { data: hours('none', { normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(60, 16) });
spec('dead-relu.bias-minus-3-deep', { data: demand(), layers: [d(24, 'relu', { bias: -3 }), d(24, 'relu', { bias: -3 }), sm3], loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(80, 32) });
spec('dead-relu.adam-lr-0.5', { data: damage(), layers: [d(32, 'relu'), d(32, 'relu'), sig1], loss: 'bce', optimizer: opt('adam', 0.5), training: tr(60, 32) });
// ---------- exploding-gradient ----------
spec('exploding-gradient.raw-lamp-target', { data: lamp('none', 'none'), layers: [d(16, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(40, 32) });
spec('exploding-gradient.raw-budget-features', { data: hours('none', { normalizeTarget: 'none' }), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.0005, { momentum: 0.9 }), training: tr(40, 32) });
spec('exploding-gradient.deep-std-1', { data: demand(), layers: [d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), sm3], loss: 'cce', optimizer: opt('sgd', 0.01), training: tr(40, 32) });
spec('exploding-gradient.raw-seats-attendance', { data: attend('none', 'none'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.01), training: tr(40, 32) });
// ---------- vanishing-gradient ----------
spec('vanishing-gradient.deep-sigmoid', { data: rush(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), sig1], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(60, 32) });
spec('vanishing-gradient.deep-tanh-small-init', { data: demand(), layers: [d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), d(16, 'tanh', { init: { name: 'normal', std: 0.01 } }), sm3], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.5 }), training: tr(60, 32) });
spec('vanishing-gradient.eight-sigmoid-damage', { data: damage(), layers: [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), sig1], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(60, 16) });
// ---------- nan-loss ----------
spec('nan-loss.sgd-raw-lamp-lr', { data: lamp('none', 'none'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(40, 32) });
spec('nan-loss.adam-huge-init', { data: { csv: '../data/costumes.csv', target: 'build_hours', features: CF, normalize: 'none' }, layers: [d(64, 'relu', { init: { name: 'normal', std: 50 } }), d(64, 'relu', { init: { name: 'normal', std: 50 } }), d(1, 'linear', { init: { name: 'normal', std: 50 } })], loss: 'mse', optimizer: opt('sgd', 0.1), training: tr(30, 32) });
spec('nan-loss.momentum-raw-budget', { data: hours('none', { normalizeTarget: 'none' }), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.95 }), training: tr(40, 8) });
// ---------- lr-too-high ----------
spec('lr-too-high.adam-0.3-demand', { data: demand(), layers: [d(32, 'relu'), d(16, 'relu'), sm3], loss: 'cce', optimizer: opt('adam', 0.3), training: tr(80, 32) });
spec('lr-too-high.sgd-2-hours', { data: hours(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 2), training: tr(80, 32) });
spec('lr-too-high.rmsprop-0.2-damage', { data: damage(), layers: [d(24, 'elu'), sig1], loss: 'bce', optimizer: opt('rmsprop', 0.2), training: tr(80, 32) });
spec('lr-too-high.nesterov-1-rush', { data: rush(), layers: [d(16, 'relu'), sig1], loss: 'bce', optimizer: opt('sgd', 1, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
// ---------- lr-too-low ----------
spec('lr-too-low.sgd-1e-4-hours', { data: hours(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-4), training: tr(50, 32) });
spec('lr-too-low.adam-1e-5-demand', { data: demand(), layers: [d(32, 'relu'), sm3], loss: 'cce', optimizer: opt('adam', 1e-5), training: tr(40, 64) });
spec('lr-too-low.rmsprop-5e-6-damage', { data: damage(), layers: [d(16, 'tanh'), sig1], loss: 'bce', optimizer: opt('rmsprop', 5e-6), training: tr(60, 32) });
spec('lr-too-low.sgd-full-batch-rush', { data: rush(), layers: [d(16, 'relu'), sig1], loss: 'bce', optimizer: opt('sgd', 0.001), training: tr(60, 400) });
// ---------- saturated-activation ----------
spec('saturated-activation.raw-budget-tanh', { data: rush('none'), layers: [d(16, 'tanh'), sig1], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('saturated-activation.raw-lamp-sigmoid', { data: lamp('none', 'standard'), layers: [d(16, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('saturated-activation.bias-8-sigmoid', { data: demand(), layers: [d(24, 'sigmoid', { bias: 8 }), sm3], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
spec('saturated-activation.raw-seats-tanh', { data: attend('none', 'standard'), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });
// ---------- loss-plateau ----------
spec('loss-plateau.heavy-weight-decay', { data: demand(), layers: [d(32, 'relu'), sm3], loss: 'cce', optimizer: opt('adam', 0.003, { weightDecay: 1.0 }), training: tr(80, 32) });
spec('loss-plateau.dropout-0.9', { data: rush(), layers: [d(8, 'relu'), drop(0.9), d(8, 'relu'), drop(0.9), sig1], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-plateau.clipnorm-tiny', { data: hours(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { clipNorm: 1e-4 }), training: tr(80, 32) });
spec('loss-plateau.spirals-tiny-net', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, layers: [d(2, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
// ---------- oscillating-loss ----------
spec('oscillating-loss.sgd-batch-1', { data: hours(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.2), training: tr(60, 1) });
spec('oscillating-loss.momentum-0.99', { data: damage(), layers: [d(16, 'tanh'), sig1], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.99 }), training: tr(80, 32) });
spec('oscillating-loss.full-batch-sgd-edge', { data: lamp(), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.95), training: tr(80, 300, { shuffle: false }) });
spec('oscillating-loss.rmsprop-0.05-batch-4', { data: attend(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: tr(60, 4) });

// ================= healthy =================
spec('ok.hours-adam-relu', { data: hours(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.hours-sgd-momentum-tanh', { data: hours('minmax'), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(120, 16) });
spec('ok.hours-rmsprop-elu-val', { data: hours(), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.hours-linear-regression', { data: hours(), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 64) });
spec('ok.hours-batchnorm-deep', { data: hours(), layers: [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(80, 32) });
spec('ok.hours-nesterov-leaky', { data: hours(), layers: [d(32, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), training: tr(100, 16) });
spec('ok.hours-batch-1-sgd', { data: hours(), layers: [d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.003), training: tr(30, 1) });
spec('ok.hours-full-batch-adam', { data: hours(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(300, 400) });
spec('ok.rush-adam-dropout', { data: rush(), layers: [d(32, 'relu'), drop(0.2), d(16, 'relu'), sig1], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(80, 32, { validationSplit: 0.2 }) });
spec('ok.rush-logistic-sgd', { data: rush(), layers: [sig1], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(100, 32) });
spec('ok.rush-rmsprop-tanh-wd', { data: rush('minmax'), layers: [d(16, 'tanh'), sig1], loss: 'bce', optimizer: opt('rmsprop', 0.003, { weightDecay: 1e-4 }), training: tr(80, 16) });
spec('ok.demand-adam-relu', { data: demand(), layers: [d(32, 'relu'), d(16, 'relu'), sm3], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.demand-sgd-momentum-elu', { data: demand(), layers: [d(24, 'elu'), sm3], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
spec('ok.demand-rmsprop-batchnorm', { data: demand(), layers: [d(32, 'relu', { batchNorm: true }), drop(0.1), sm3], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(80, 32, { validationSplit: 0.15 }) });
spec('ok.demand-softmax-regression', { data: demand(), layers: [sm3], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(150, 64) });
spec('ok.demand-clipnorm-nesterov', { data: demand('minmax'), layers: [d(32, 'tanh'), d(16, 'tanh'), sm3], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true, clipNorm: 5 }), training: tr(100, 16) });
spec('ok.attend-adam-tanh', { data: attend(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('ok.attend-sgd-relu-deep', { data: attend(), layers: [d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 32) });
spec('ok.attend-minmax-sigmoid-head', { data: attend('standard', 'minmax'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
spec('ok.damage-adam-leaky', { data: damage(), layers: [d(16, 'leaky_relu'), sig1], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(80, 32) });
spec('ok.damage-sgd-logistic', { data: damage(), layers: [sig1], loss: 'bce', optimizer: opt('sgd', 0.2), training: tr(100, 16) });
spec('ok.damage-rmsprop-deep-elu', { data: damage(), layers: [d(16, 'elu'), d(16, 'elu'), d(8, 'elu'), sig1], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(80, 16, { validationSplit: 0.2 }) });
spec('ok.damage-minmax-tanh-batch-8', { data: damage('minmax'), layers: [d(12, 'tanh'), sig1], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(80, 8) });
spec('ok.lamp-adam-relu', { data: lamp(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('ok.lamp-sgd-linear', { data: lamp(), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.1), training: tr(80, 32) });
spec('ok.lamp-rmsprop-tanh-clip', { data: lamp('minmax'), layers: [d(16, 'tanh'), d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003, { clipNorm: 1 }), training: tr(100, 16) });
spec('ok.lamp-nesterov-elu-wd', { data: lamp(), layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, nesterov: true, weightDecay: 1e-4 }), training: tr(100, 32) });
spec('ok.iris-adam', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), sm3], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 16) });
spec('ok.iris-sgd-tanh', { data: { builtin: 'iris', normalize: 'minmax' }, layers: [d(8, 'tanh'), sm3], loss: 'cce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150, 8) });
spec('ok.moons-relu-adam', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), sig1], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('ok.circles-tanh-rmsprop', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16, 'tanh'), sig1], loss: 'bce', optimizer: opt('rmsprop', 0.01), training: tr(200, 32) });
spec('ok.xor-sigmoid-sgd', { data: { builtin: 'xor', samples: 200, noise: 0.1 }, layers: [d(8, 'tanh'), sig1], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.9 }), training: tr(200, 16) });
spec('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, noise: 0.05, classes: 3 }, layers: [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), sm3], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 200, noise: 0.05 }, layers: [d(32, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(300, 32) });
spec('ok.blobs-four-sgd', { data: { builtin: 'blobs', samples: 300, classes: 4 }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 16) });
spec('ok.inline-fitting-room', { data: { inline: { x: [[1, 0.2], [2, 0.4], [3, 0.1], [4, 0.9], [5, 0.5], [6, 0.3], [7, 0.8], [8, 0.6], [9, 0.2], [10, 0.7], [11, 0.4], [12, 0.9]], y: [3.1, 5.2, 6.8, 9.9, 11.1, 13.0, 15.9, 17.2, 19.0, 21.8, 23.1, 25.9] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: tr(200, 12) });
spec('ok.inline-wig-labels', { data: { inline: { x: [[0.1, 30], [0.2, 32], [0.15, 28], [0.8, 60], [0.9, 65], [0.85, 58], [0.5, 45], [0.45, 44], [0.55, 47], [0.12, 31], [0.88, 62], [0.5, 46]], y: ['human', 'human', 'human', 'synthetic', 'synthetic', 'synthetic', 'blend', 'blend', 'blend', 'human', 'synthetic', 'blend'] }, normalize: 'standard' }, layers: [d(8, 'tanh'), sm3], loss: 'cce', optimizer: opt('adam', 0.03), training: tr(200, 4) });
spec('ok.hours-two-wide-sigmoid', { data: hours(), layers: [d(64, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
spec('ok.eu-damage-batchnorm-sgd', { data: damage(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), sig1], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 32) });
spec('ok.rush-uniform-init-lecun', { data: rush(), layers: [d(24, 'elu', { init: 'lecun_normal' }), d(12, 'tanh', { init: 'xavier_normal' }), sig1], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(80, 64) });
spec('ok.attend-bce-free-sgd-batch-2', { data: attend(), layers: [d(12, 'relu', { init: 'he_uniform' }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.005), training: tr(40, 2) });
spec('ok.demand-long-small-lr', { data: demand(), layers: [d(16, 'relu'), sm3], loss: 'cce', optimizer: opt('adam', 0.0005), training: tr(400, 32) });
