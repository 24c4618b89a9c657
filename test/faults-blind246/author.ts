/**
 * Writes every candidate spec of set blind246 into candidates/: `npx tsx test/faults-blind246/author.ts`.
 * Theme: trampoline parks and gymnastics clubs.
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });

type Obj = Record<string, unknown>;
let seedCounter = 0;
function spec(file: string, body: Obj): void {
  const full = { name: file.replace(/\.nn\.json$/, ''), seed: 246 + (seedCounter++ % 7), ...body };
  fs.writeFileSync(path.join(out, file + '.nn.json'), JSON.stringify(full, null, 2) + '\n');
}
const d = (units: number, activation?: string, extra: Obj = {}): Obj => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
const drop = (rate: number): Obj => ({ type: 'dropout', rate });
const J = ['age', 'weight_kg', 'session_min', 'jumps_per_min', 'zone', 'staff_ratio', 'hall_temp_c', 'repeat_visits'];
const A = ['weekday', 'school_holiday', 'temp_c', 'rain_mm', 'promo_spend_eur', 'ticket_price_eur'];
const G = ['age', 'height_cm', 'train_hours_wk', 'vault', 'beam', 'floor', 'bars', 'split_cm', 'shoe_size'];
const F = ['takeoff_ms', 'bed_height_m', 'rotation_deg', 'arm_swing'];
const jumps = (normalize = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/jumps.csv', target: 'incident', features: J, normalize, ...extra });
const att = (normalize = 'standard', normalizeTarget = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/attendance.csv', target: 'visitors', features: A, normalize, normalizeTarget, ...extra });
const gym = (normalize = 'standard', extra: Obj = {}): Obj => ({ csv: '../data/gymnasts.csv', target: 'squad', features: G, normalize, ...extra });
const flips = (normalize = 'standard', normalizeTarget = 'standard'): Obj => ({ csv: '../data/flips.csv', target: 'landing_score', features: F, normalize, normalizeTarget });
const opt = (type: string, lr: number, extra: Obj = {}): Obj => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: Obj = {}): Obj => ({ epochs, batchSize, ...extra });

// ---------------- faults ----------------
// invalid-spec
spec('invalid-spec.optimizer-adamw', { data: jumps(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adamw', 0.001), training: tr(60, 32) });
spec('invalid-spec.loss-crossentropy', { data: gym(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'categorical_crossentropy', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('invalid-spec.activation-swish', { data: att(), layers: [d(32, 'swish'), d(16, 'swish'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('invalid-spec.dropout-rate-one', { data: jumps(), layers: [d(32, 'relu'), drop(1.0), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(60, 32) });
spec('invalid-spec.validation-split-half-percent', { data: flips(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(120, 16, { validationSplit: 20 }) });
spec('invalid-spec.units-zero', { data: gym(), layers: [d(16, 'relu'), d(0, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('invalid-spec.init-glorot', { data: jumps(), layers: [d(16, 'tanh', { init: 'glorot_uniform' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 32) });
// data-error
spec('data-error.missing-file-xlsx-name', { data: { csv: '../data/jumps_2024.csv', target: 'incident', features: J, normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(60, 32) });
spec('data-error.target-typo', { data: { csv: '../data/attendance.csv', target: 'visitor', features: A, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('data-error.checkin-time-feature', { data: { csv: '../data/jumps.csv', target: 'incident', features: ['checkin_time', ...J], normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(60, 32) });
spec('data-error.gaps-na', { data: { csv: '../data/jumps-gaps.csv', target: 'incident', features: J, normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(60, 32) });
spec('data-error.path-outside-workspace', { data: { csv: '../../../../../tmp/attendance.csv', target: 'visitors', features: A, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('data-error.german-feature-names-on-english-file', { data: { csv: '../data/attendance.csv', target: 'visitors', features: ['wochentag', 'ferien', 'temp_c', 'regen_mm'], normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
// shape-mismatch
spec('shape-mismatch.three-squads-not-four', { data: gym(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.incident-two-sigmoids', { data: jumps(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('shape-mismatch.visitors-two-outputs', { data: att(), layers: [d(16, 'relu'), d(2)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.iris-softmax-one', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'tanh'), d(1, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(80, 16) });
// loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse-squads', { data: att(), layers: [d(16, 'relu'), d(1, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.bce-linear-head', { data: jumps(), layers: [d(16, 'relu'), d(1)], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('loss-activation-mismatch.cce-sigmoid-head', { data: gym(), layers: [d(24, 'relu'), d(4, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.relu-head-raw-visitors', { data: att('standard', 'standard'), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-activation-mismatch.tanh-head-landing-raw', { data: flips('standard', 'none'), layers: [d(16, 'relu'), d(1, 'tanh')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32) });
// init-symmetry
spec('init-symmetry.zeros-hidden-jumps', { data: jumps(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(60, 32) });
spec('init-symmetry.constant-gymnasts', { data: gym(), layers: [d(24, 'relu', { init: 'constant', value: 0.1 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('init-symmetry.zeros-two-layers-attendance', { data: att(), layers: [d(16, 'tanh', { init: 'zeros' }), d(16, 'tanh', { init: 'zeros' }), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(100, 32) });
spec('init-symmetry.constant-half-flips', { data: flips(), layers: [d(12, 'sigmoid', { init: 'constant', value: 0.5 }), d(1, 'linear', { init: 'constant', value: 0.5 })], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(150, 16) });
// init-scale
spec('init-scale.normal-std-5-jumps', { data: jumps(), layers: [d(32, 'tanh', { init: 'normal', std: 5 }), d(16, 'tanh', { init: 'normal', std: 5 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(60, 32) });
spec('init-scale.uniform-tiny-deep', { data: gym(), layers: [d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(32, 'relu', { init: 'uniform', limit: 1e-5 }), d(4, 'softmax', { init: 'uniform', limit: 1e-5 })], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('init-scale.normal-std-20-relu', { data: att(), layers: [d(32, 'relu', { init: 'normal', std: 20 }), d(32, 'relu', { init: 'normal', std: 20 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(80, 32) });
spec('init-scale.normal-std-1e-4-sigmoid', { data: flips(), layers: [d(24, 'sigmoid', { init: 'normal', std: 1e-4 }), d(24, 'sigmoid', { init: 'normal', std: 1e-4 }), d(1, 'linear', { init: 'normal', std: 1e-4 })], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
// no-nonlinearity
spec('no-nonlinearity.linear-stack-flips', { data: flips(), layers: [d(32, 'linear'), d(32, 'linear'), d(16, 'linear'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });
spec('no-nonlinearity.forgot-activation-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16), d(16), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('no-nonlinearity.linear-hidden-circles', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(24, 'linear'), d(12, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(150, 16) });
// lr-out-of-range
spec('lr-out-of-range.negative-lr', { data: jumps(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', -0.001), training: tr(60, 32) });
spec('lr-out-of-range.lr-50-sgd', { data: gym(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 50), training: tr(60, 32) });
spec('lr-out-of-range.lr-zero-rmsprop', { data: att(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0), training: tr(60, 32) });
spec('lr-out-of-range.adam-lr-10', { data: flips(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 10), training: tr(60, 32) });
// dead-relu
spec('dead-relu.bias-minus-5', { data: jumps(), layers: [d(32, 'relu', { bias: -5 }), d(16, 'relu', { bias: -5 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(60, 32) });
spec('dead-relu.sgd-high-lr-raw-promo', { data: att('none', 'standard'), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
spec('dead-relu.negative-bias-gymnasts', { data: gym(), layers: [d(32, 'relu', { bias: -3 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(80, 32) });
spec('dead-relu.adam-lr-0.5-flips', { data: flips(), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.5), training: tr(80, 16) });
// exploding-gradient
spec('exploding-gradient.raw-visitors-raw-promo', { data: att('none', 'none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(60, 32) });
spec('exploding-gradient.deep-normal-std-1', { data: jumps(), layers: [d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(32, 'relu', { init: 'normal', std: 1.5 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(40, 32) });
spec('exploding-gradient.raw-revenue-target', { data: { csv: '../data/attendance.csv', target: 'revenue_eur', features: A, normalize: 'standard' }, layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(60, 16) });
spec('exploding-gradient.raw-features-rmsprop-deep', { data: att('none', 'none'), layers: [d(64, 'linear'), d(64, 'relu'), d(64, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.0005), training: tr(40, 8) });
// vanishing-gradient
spec('vanishing-gradient.deep-sigmoid-gymnasts', { data: gym(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01), training: tr(80, 32) });
spec('vanishing-gradient.deep-sigmoid-jumps', { data: jumps(), layers: [d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(12, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.5 }), training: tr(60, 32) });
spec('vanishing-gradient.tiny-init-tanh-stack', { data: flips(), layers: [d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(16, 'tanh', { init: 'normal', std: 0.01 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
// nan-loss
spec('nan-loss.sgd-lr-5-raw-visitors', { data: att('none', 'none'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(40, 32) });
spec('nan-loss.rmsprop-raw-revenue', { data: { csv: '../data/attendance.csv', target: 'revenue_eur', features: A, normalize: 'none' }, layers: [d(32, 'linear'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(40, 16) });
spec('nan-loss.linear-huge-init-batch1', { data: flips('none', 'none'), layers: [d(16, 'linear', { init: 'normal', std: 3 }), d(1, 'linear', { init: 'normal', std: 3 })], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(30, 1) });
// lr-too-high
spec('lr-too-high.sgd-lr-2-jumps', { data: jumps(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 3), training: tr(60, 16) });
spec('lr-too-high.adam-lr-0.3-gymnasts', { data: gym(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.3), training: tr(80, 32) });
spec('lr-too-high.rmsprop-lr-0.2-attendance', { data: att(), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.2), training: tr(80, 32) });
spec('lr-too-high.nesterov-lr-1-flips', { data: flips(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.8, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
// lr-too-low
spec('lr-too-low.sgd-1e-5-jumps', { data: jumps(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-5), training: tr(60, 32) });
spec('lr-too-low.adam-1e-6-gymnasts', { data: gym(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 1e-6), training: tr(80, 32) });
spec('lr-too-low.rmsprop-1e-6-attendance', { data: att(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 1e-6), training: tr(100, 64) });
spec('lr-too-low.momentum-1e-5-flips', { data: flips(), layers: [d(24, 'tanh'), d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-5, { momentum: 0.9 }), training: tr(100, 64) });
// saturated-activation
spec('saturated-activation.sigmoid-raw-promo', { data: att('none', 'standard'), layers: [d(32, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('saturated-activation.tanh-raw-jumps', { data: jumps('none'), layers: [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 32) });
spec('saturated-activation.tanh-bias-8', { data: gym(), layers: [d(24, 'tanh', { bias: 8 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
spec('saturated-activation.sigmoid-raw-heights', { data: gym('none'), layers: [d(32, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });
// loss-plateau
spec('loss-plateau.shoe-size-only', { data: { csv: '../data/gymnasts.csv', target: 'squad', features: ['shoe_size'], normalize: 'standard' }, layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-plateau.heavy-weight-decay', { data: jumps(), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003, { weightDecay: 5 }), training: tr(80, 32) });
spec('loss-plateau.bottleneck-one-unit-spirals', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.1 }, layers: [d(1, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(200, 32) });
spec('loss-plateau.dropout-0.9', { data: att(), layers: [d(32, 'relu'), drop(0.95), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32) });
// oscillating-loss
spec('oscillating-loss.sgd-batch1-high', { data: flips(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.3), training: tr(80, 1) });
spec('oscillating-loss.momentum-0.99-full-batch', { data: att(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.3, { momentum: 0.99 }), training: tr(150, 420) });
spec('oscillating-loss.rmsprop-0.05-batch4', { data: jumps(), layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.05), training: tr(80, 4) });
spec('oscillating-loss.adam-0.1-batch2-iris', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.1), training: tr(100, 2) });

// ---------------- healthy ----------------
spec('ok.jumps-adam-relu', { data: jumps(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32, { validationSplit: 0.2 }) });
spec('ok.jumps-sgd-momentum-tanh', { data: jumps(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 32) });
spec('ok.jumps-logistic-minmax', { data: jumps('minmax'), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.03), training: tr(150, 64) });
spec('ok.jumps-rmsprop-dropout', { data: jumps(), layers: [d(48, 'relu'), drop(0.2), d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(80, 16) });
spec('ok.jumps-batchnorm-elu', { data: jumps('none'), layers: [d(32, 'elu', { batchNorm: true }), d(16, 'elu', { batchNorm: true }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('ok.jumps-nesterov-full-batch', { data: jumps(), layers: [d(24, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), training: tr(300, 460) });
spec('ok.jumps-batch1-sgd', { data: jumps(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.005), training: tr(30, 1) });
spec('ok.jumps-adam-weight-decay-clip', { data: jumps(), layers: [d(32, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005, { weightDecay: 1e-4, clipNorm: 1 }), training: tr(80, 32) });
spec('ok.attendance-adam-relu', { data: att(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32) });
spec('ok.attendance-linear-regression', { data: att(), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
spec('ok.attendance-rmsprop-tanh', { data: att('minmax', 'standard'), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(150, 16) });
spec('ok.attendance-minmax-target-sigmoid', { data: att('standard', 'minmax'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(200, 32) });
spec('ok.attendance-eu-export', { data: { csv: '../data/attendance-eu.csv', target: 'besucher', features: ['wochentag', 'ferien', 'temp_c', 'regen_mm', 'werbung_eur', 'ticketpreis_eur'], normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(24, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(150, 32, { validationSplit: 0.15 }) });
spec('ok.attendance-deep-leaky-clip', { data: att(), layers: [d(32, 'leaky_relu'), d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(8, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, clipNorm: 5 }), training: tr(150, 32) });
spec('ok.attendance-batchnorm-sgd', { data: att(), layers: [d(32, 'relu', { batchNorm: true }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(120, 64) });
spec('ok.attendance-full-batch-adam', { data: att(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(400, 420) });
spec('ok.gymnasts-adam-relu', { data: gym(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.gymnasts-tab-export', { data: { csv: '../data/gymnasts-export.tsv.csv', target: 'squad', features: G, normalize: 'standard' }, layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(100, 32) });
spec('ok.gymnasts-softmax-regression', { data: gym(), layers: [d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(150, 16) });
spec('ok.gymnasts-deep-elu-dropout', { data: gym(), layers: [d(48, 'elu'), drop(0.3), d(32, 'elu'), drop(0.2), d(16, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002), training: tr(120, 32) });
spec('ok.gymnasts-nesterov-batchnorm', { data: gym('none'), layers: [d(32, 'relu', { batchNorm: true }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(100, 32) });
spec('ok.gymnasts-sigmoid-hidden-minmax', { data: gym('minmax'), layers: [d(24, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(200, 32) });
spec('ok.gymnasts-batch8-lecun', { data: gym(), layers: [d(16, 'tanh', { init: 'lecun_normal' }), d(16, 'tanh', { init: 'lecun_normal' }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02, { momentum: 0.8 }), training: tr(80, 8) });
spec('ok.flips-adam-tanh', { data: flips(), layers: [d(32, 'tanh'), d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(200, 32) });
spec('ok.flips-elu-rmsprop', { data: flips(), layers: [d(32, 'elu'), d(32, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: tr(200, 16) });
spec('ok.flips-relu-he-uniform-wd', { data: flips('minmax', 'standard'), layers: [d(48, 'relu', { init: 'he_uniform' }), d(24, 'relu', { init: 'he_uniform' }), d(1)], loss: 'mse', optimizer: opt('adam', 0.003, { weightDecay: 1e-4 }), training: tr(250, 32) });
spec('ok.flips-small-normal-init', { data: flips(), layers: [d(32, 'tanh', { init: 'normal', std: 0.3 }), d(1, 'linear', { init: 'normal', std: 0.1 })], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(250, 32) });
spec('ok.moons-relu-adam', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('ok.circles-tanh-sgd', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.9 }), training: tr(200, 32) });
spec('ok.spirals-deep-adam', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, layers: [d(64, 'relu'), d(64, 'relu'), d(32, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.blobs-four-classes-sgd', { data: { builtin: 'blobs', samples: 400, classes: 4, noise: 0.3 }, layers: [d(8, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 16) });
spec('ok.sine-tanh-rmsprop', { data: { builtin: 'sine', samples: 300, noise: 0.05 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(300, 32) });
spec('ok.xor-sigmoid-hidden', { data: { builtin: 'xor', samples: 200, noise: 0.1 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(200, 16) });
spec('ok.iris-full-batch-adam', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(200, 150) });
spec('ok.iris-single-unit-hidden-bn', { data: { builtin: 'iris', normalize: 'none' }, layers: [d(12, 'leaky_relu', { batchNorm: true }), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.005), training: tr(150, 16) });
spec('ok.inline-coach-scores', { data: { inline: { x: [[1, 2], [2, 1], [3, 4], [4, 3], [5, 6], [6, 5], [7, 8], [8, 7], [2, 2], [6, 6], [1, 7], [7, 1]], y: [3.1, 3.0, 7.2, 6.9, 11.1, 10.8, 15.2, 14.9, 4.1, 12.0, 8.1, 7.9] }, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(8, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.02), training: tr(300, 4) });
spec('ok.inline-level-pass', { data: { inline: { x: [[9.1, 8.2], [9.5, 9.0], [8.0, 7.1], [10.2, 9.8], [7.5, 7.0], [10.8, 10.1], [8.4, 8.9], [9.9, 9.4], [7.2, 8.0], [11.0, 10.5], [8.8, 7.6], [10.1, 10.6]], y: [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1] }, normalize: 'standard' }, layers: [d(4, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.2), training: tr(300, 12) });
spec('ok.jumps-wide-shallow-adam-lowlr', { data: jumps(), layers: [d(128, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.0005), training: tr(150, 32) });
spec('ok.attendance-raw-features-bn-input', { data: att('none', 'standard'), layers: [d(32, 'elu', { batchNorm: true }), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 32) });
spec('ok.gymnasts-xavier-normal-rmsprop-batch64', { data: gym(), layers: [d(64, 'tanh', { init: 'xavier_normal' }), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(120, 64) });
spec('ok.flips-leaky-sgd-clip', { data: flips(), layers: [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9, clipNorm: 2 }), training: tr(200, 16) });
spec('ok.moons-sigmoid-hidden-nesterov', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5, { momentum: 0.9, nesterov: true }), training: tr(300, 32) });

// ---------------- second pass (after the first observation: more lr-too-high and healthy candidates) ----------------
spec('lr-too-high.sgd-lr-1.5-gymnasts-tanh', { data: gym(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 4), training: tr(80, 16) });
spec('lr-too-high.rmsprop-0.1-flips-relu', { data: flips(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.1), training: tr(100, 32) });
spec('lr-too-high.adam-0.2-attendance-elu', { data: att(), layers: [d(32, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.2), training: tr(100, 16) });
spec('ok.gymnasts-leaky-adam-batch16', { data: gym(), layers: [d(32, 'leaky_relu'), d(16, 'leaky_relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002), training: tr(100, 16) });
spec('ok.gymnasts-minmax-sgd-momentum', { data: gym('minmax'), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 32) });
spec('ok.gymnasts-full-batch-rmsprop', { data: gym(), layers: [d(32, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.005), training: tr(300, 390) });
spec('ok.attendance-tanh-sgd-nesterov', { data: att(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, nesterov: true }), training: tr(200, 32) });
spec('ok.attendance-elu-rmsprop-val', { data: att(), layers: [d(32, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(200, 32, { validationSplit: 0.2 }) });
spec('ok.flips-tanh-batch1-sgd', { data: flips(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.005), training: tr(60, 1) });
spec('ok.flips-deep-relu-adam-dropout', { data: flips(), layers: [d(64, 'relu'), drop(0.1), d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(200, 32) });
spec('ok.flips-sigmoid-hidden-adam', { data: flips(), layers: [d(32, 'sigmoid'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(300, 32) });
spec('ok.moons-elu-rmsprop-batch8', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(16, 'elu'), d(8, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(150, 8) });
spec('ok.circles-relu-adam-wd', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01, { weightDecay: 1e-4 }), training: tr(200, 32) });
spec('ok.blobs-three-tanh-adam', { data: { builtin: 'blobs', samples: 300, classes: 3, noise: 0.2 }, layers: [d(8, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 32) });
spec('ok.iris-sgd-momentum-tanh', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(12, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(200, 16) });
