/** Writes every candidate spec of blind287 into candidates/: `npx tsx test/faults-blind287/author.ts`. */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
type J = Record<string, unknown>;
const specs: Record<string, J> = {};
let seed = 287;
function add(name: string, s: J) { specs[name] = { name: name.replace(/\.nn$/, ''), seed: seed++, ...s }; }

const PF = ['games', 'minutes', 'goals', 'assists', 'shots', 'ground_balls', 'caused_turnovers', 'faceoff_wins', 'saves', 'height_cm', 'weight_kg', 'age', 'jersey'];
const MF = ['age', 'tenure_months', 'annual_fee_usd', 'sessions_attended', 'distance_km', 'kids_on_roster', 'sibling_discount', 'volunteer_hours'];
const GF = ['opponent_rank', 'attendance', 'ticket_price', 'temp_c', 'rain_mm', 'rivalry', 'weekend', 'program_pages'];
const players = (normalize = 'standard', extra: J = {}) => ({ csv: '../data/players.csv', target: 'position', features: PF, normalize, ...extra });
const members = (normalize = 'standard', extra: J = {}) => ({ csv: '../data/members.csv', target: 'renewed', features: MF, normalize, ...extra });
const gate = (normalize = 'standard', normalizeTarget = 'standard', extra: J = {}) => ({ csv: '../data/gate.csv', target: 'concessions_usd', features: GF, normalize, normalizeTarget, ...extra });
const d = (units: number, activation: string, more: J = {}) => ({ type: 'dense', units, activation, ...more });
const drop = (rate: number) => ({ type: 'dropout', rate });
const opt = (type: string, lr: number, more: J = {}) => ({ type, lr, ...more });
const tr = (epochs: number, batchSize: number, more: J = {}) => ({ epochs, batchSize, ...more });

// ---------------- faults ----------------
// invalid-spec
add('invalid-spec.adamw-optimizer', { data: members(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adamw', 0.001), training: tr(60, 32) });
add('invalid-spec.keras-loss-name', { data: players(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'categorical_crossentropy', optimizer: opt('adam', 0.003), training: tr(80, 32) });
add('invalid-spec.glorot-init', { data: gate(), layers: [d(16, 'tanh', { init: 'glorot_uniform' }), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 16) });
add('invalid-spec.dropout-percent', { data: members(), layers: [d(32, 'relu'), drop(30), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: tr(60, 32) });
add('invalid-spec.validation-split-whole', { data: players(), layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32, { validationSplit: 1 }) });
add('invalid-spec.batchsize-zero', { data: gate(), layers: [d(12, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 0) });
// data-error
add('data-error.next-season-file', { data: { csv: '../data/players-2025.csv', target: 'position', features: PF, normalize: 'standard' }, layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
add('data-error.target-renewal-typo', { data: { csv: '../data/members.csv', target: 'renewal', features: MF, normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
add('data-error.member-id-feature', { data: { csv: '../data/members.csv', target: 'renewed', features: ['member_id', ...MF], normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
add('data-error.signup-gaps', { data: { csv: '../data/members-gaps.csv', target: 'renewed', features: MF, normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
add('data-error.treasurer-share-path', { data: { csv: '../../../../../srv/club-share/gate.csv', target: 'concessions_usd', features: GF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 16) });
add('data-error.sold-out-attendance', { data: { csv: '../data/gate-soldout.csv', target: 'concessions_usd', features: GF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 16) });
add('data-error.game-date-feature', { data: { csv: '../data/gate.csv', target: 'concessions_usd', features: ['game_date', ...GF], normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 16) });
// shape-mismatch
add('shape-mismatch.three-positions', { data: players(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
add('shape-mismatch.two-unit-renewal-bce', { data: members(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
add('shape-mismatch.gate-two-outputs', { data: gate(), layers: [d(16, 'relu'), d(2, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 16) });
add('shape-mismatch.iris-two-classes', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'tanh'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(100, 16) });
add('shape-mismatch.goalie-flag-five', { data: { builtin: 'blobs', classes: 5, samples: 300 }, layers: [d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(60, 32) });
// loss-activation-mismatch
add('loss-activation-mismatch.softmax-mse-positions', { data: players(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
add('loss-activation-mismatch.bce-linear-renewal', { data: members(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
add('loss-activation-mismatch.cce-sigmoid-positions', { data: players(), layers: [d(24, 'tanh'), d(4, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
add('loss-activation-mismatch.sigmoid-head-revenue', { data: gate('standard', 'none'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 16) });
add('loss-activation-mismatch.relu-head-standardized', { data: gate('standard', 'standard'), layers: [d(16, 'tanh'), d(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 16) });
// init-symmetry
add('init-symmetry.zeros-hidden-renewal', { data: members(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
add('init-symmetry.constant-positions', { data: players(), layers: [d(24, 'tanh', { init: 'constant', value: 0.1 }), d(12, 'tanh', { init: 'constant', value: 0.1 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
add('init-symmetry.zeros-everywhere-gate', { data: gate(), layers: [d(12, 'relu', { init: 'zeros' }), d(8, 'relu', { init: 'zeros' }), d(1, 'linear', { init: 'zeros' })], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(100, 16) });
add('init-symmetry.constant-sigmoid-members', { data: members(), layers: [d(20, 'sigmoid', { init: 'constant', value: 0.05 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(80, 16) });
// init-scale
add('init-scale.normal-std-8-relu', { data: members(), layers: [d(32, 'relu', { init: 'normal', std: 8 }), d(16, 'relu', { init: 'normal', std: 8 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(60, 32) });
add('init-scale.uniform-tiny-deep-tanh', { data: players(), layers: [d(32, 'tanh', { init: 'uniform', limit: 1e-4 }), d(32, 'tanh', { init: 'uniform', limit: 1e-4 }), d(32, 'tanh', { init: 'uniform', limit: 1e-4 }), d(4, 'softmax', { init: 'uniform', limit: 1e-4 })], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
add('init-scale.normal-std-30-gate', { data: gate(), layers: [d(24, 'tanh', { init: 'normal', std: 30 }), d(1, 'linear', { init: 'normal', std: 30 })], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 16) });
add('init-scale.uniform-limit-5-elu', { data: players(), layers: [d(32, 'elu', { init: 'uniform', limit: 5 }), d(16, 'elu', { init: 'uniform', limit: 5 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(60, 32) });
// no-nonlinearity
add('no-nonlinearity.linear-stack-moons', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
add('no-nonlinearity.linear-stack-circles', { data: { builtin: 'circles', samples: 300, noise: 0.08 }, layers: [d(16, 'linear', { init: 'he_normal' }), d(16, 'linear'), d(16, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(150, 16) });
add('no-nonlinearity.linear-positions', { data: players(), layers: [d(32, 'linear'), d(16, 'linear'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
add('no-nonlinearity.linear-xor-pairs', { data: { builtin: 'xor', samples: 300 }, layers: [d(24, 'linear'), d(24, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(200, 32) });
// lr-out-of-range
add('lr-out-of-range.adam-zero', { data: members(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0), training: tr(60, 32) });
add('lr-out-of-range.sgd-negative', { data: players(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', -0.01, { momentum: 0.9 }), training: tr(80, 32) });
add('lr-out-of-range.adam-lr-30', { data: gate(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 30), training: tr(100, 16) });
add('lr-out-of-range.rmsprop-lr-100', { data: members(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 100), training: tr(60, 32) });
// dead-relu
add('dead-relu.negative-bias-renewal', { data: members(), layers: [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(60, 32) });
add('dead-relu.sgd-kick-positions', { data: players(), layers: [d(32, 'relu'), d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 3), training: tr(60, 32) });
add('dead-relu.bias-minus-4-gate', { data: gate(), layers: [d(24, 'relu', { bias: -4 }), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.0005), training: tr(100, 32) });
add('dead-relu.raw-fee-big-step', { data: members('none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(60, 16) });
// exploding-gradient
add('exploding-gradient.raw-gate-sgd', { data: gate('none', 'none'), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 1e-7), training: tr(100, 16) });
add('exploding-gradient.raw-revenue-target', { data: gate('standard', 'none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 16) });
add('exploding-gradient.deep-wide-std1', { data: players(), layers: [d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(64, 'relu', { init: 'normal', std: 1 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.001), training: tr(40, 32) });
add('exploding-gradient.raw-minutes-players', { data: players('none'), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(60, 32) });
// vanishing-gradient
add('vanishing-gradient.deep-sigmoid-moons', { data: { builtin: 'moons', samples: 300, noise: 0.1 }, layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(150, 32) });
add('vanishing-gradient.deep-sigmoid-renewal', { data: members(), layers: [d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(24, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.02, { momentum: 0.5 }), training: tr(80, 32) });
add('vanishing-gradient.deep-tanh-small-init', { data: players(), layers: [d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(32, 'tanh', { init: 'normal', std: 0.02 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01), training: tr(60, 32) });
add('vanishing-gradient.sigmoid-tower-circles', { data: { builtin: 'circles', samples: 300 }, layers: [d(12, 'sigmoid', { init: 'normal', std: 0.1 }), d(12, 'sigmoid', { init: 'normal', std: 0.1 }), d(12, 'sigmoid', { init: 'normal', std: 0.1 }), d(12, 'sigmoid', { init: 'normal', std: 0.1 }), d(12, 'sigmoid', { init: 'normal', std: 0.1 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(150, 32) });
// nan-loss
add('nan-loss.raw-revenue-sgd', { data: gate('none', 'none'), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(100, 16) });
add('nan-loss.momentum-raw-revenue', { data: gate('none', 'none'), layers: [d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.5, { momentum: 0.9 }), training: tr(100, 8) });
add('nan-loss.momentum-raw-minutes', { data: players('none'), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.5, { momentum: 0.95 }), training: tr(60, 16) });
add('nan-loss.sgd-lr-10-gate', { data: gate(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 10), training: tr(100, 16) });
// lr-too-high
add('lr-too-high.sgd-lr-4-renewal', { data: members(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 4), training: tr(60, 32) });
add('lr-too-high.adam-lr-0.5-positions', { data: players(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.5), training: tr(60, 32) });
add('lr-too-high.rmsprop-0.2-gate', { data: gate(), layers: [d(24, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.2), training: tr(100, 16) });
add('lr-too-high.nesterov-lr-2-members', { data: members(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 2, { momentum: 0.9, nesterov: true }), training: tr(60, 16) });
add('lr-too-high.sgd-1.5-gate', { data: gate(), layers: [d(16, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 1.5), training: tr(100, 32) });
// lr-too-low
add('lr-too-low.sgd-1e-5-renewal', { data: members(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-5), training: tr(60, 32) });
add('lr-too-low.adam-1e-6-positions', { data: players(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 1e-6), training: tr(80, 32) });
add('lr-too-low.rmsprop-1e-6-gate', { data: gate(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 1e-6), training: tr(100, 16) });
add('lr-too-low.nesterov-1e-5-moons', { data: { builtin: 'moons', samples: 300 }, layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-5, { momentum: 0.9, nesterov: true }), training: tr(100, 32) });
add('lr-too-low.full-batch-sgd-1e-4-iris', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1e-4), training: tr(100, 150) });
// saturated-activation
add('saturated-activation.sigmoid-raw-fees', { data: members('none'), layers: [d(16, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(60, 32) });
add('saturated-activation.tanh-raw-attendance', { data: gate('none', 'standard'), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(100, 16) });
add('saturated-activation.sigmoid-std-4-init', { data: players(), layers: [d(32, 'sigmoid', { init: 'normal', std: 4 }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 32) });
add('saturated-activation.tanh-raw-minutes', { data: players('none'), layers: [d(32, 'tanh'), d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: tr(60, 32) });
// loss-plateau
add('loss-plateau.heavy-dropout-renewal', { data: members(), layers: [d(8, 'relu'), drop(0.9), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(80, 32) });
add('loss-plateau.tanh-saddle-xor', { data: { builtin: 'xor', samples: 300 }, layers: [d(8, 'tanh', { init: 'uniform', limit: 0.001 }), d(1, 'sigmoid', { init: 'uniform', limit: 0.001 })], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(200, 300) });
add('loss-plateau.weight-decay-crush', { data: players(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003, { weightDecay: 5 }), training: tr(80, 32) });
add('loss-plateau.one-unit-spirals', { data: { builtin: 'spirals', samples: 300, classes: 3 }, layers: [d(1, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
add('loss-plateau.clipnorm-tiny-gate', { data: gate(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.01, { clipNorm: 1e-4 }), training: tr(100, 16) });
// oscillating-loss
add('oscillating-loss.momentum-099-full-batch', { data: members(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5, { momentum: 0.99 }), training: tr(120, 520) });
add('oscillating-loss.adam-batch-1-gate', { data: gate(), layers: [d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.05), training: tr(60, 1) });
add('oscillating-loss.rmsprop-0.05-batch-4', { data: players(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.05), training: tr(60, 4) });
add('oscillating-loss.sgd-full-batch-gate-0.9', { data: gate(), layers: [d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.95), training: tr(80, 360) });

// ---------------- healthy ----------------
add('ok.positions-relu-adam', { data: players(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32, { validationSplit: 0.2 }) });
add('ok.positions-tanh-sgd-momentum', { data: players(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 16) });
add('ok.positions-minmax-rmsprop', { data: players('minmax'), layers: [d(32, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.003), training: tr(80, 32) });
add('ok.positions-tabs-leaky', { data: { csv: '../data/roster-tabs.csv', target: 'position', features: PF, normalize: 'standard' }, layers: [d(24, 'leaky_relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(60, 64) });
add('ok.positions-batchnorm-nesterov', { data: players(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu', { batchNorm: true }), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9, nesterov: true }), training: tr(60, 32) });
add('ok.positions-dropout-wd', { data: players(), layers: [d(64, 'relu'), drop(0.3), d(32, 'relu'), drop(0.2), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.002, { weightDecay: 1e-4 }), training: tr(100, 32, { validationSplit: 0.15 }) });
add('ok.positions-batch-1-sgd', { data: players(), layers: [d(16, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.005), training: tr(30, 1) });
add('ok.positions-full-batch-adam', { data: players(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(300, 420) });
add('ok.positions-stats-subset', { data: { csv: '../data/players.csv', target: 'position', features: ['goals', 'ground_balls', 'caused_turnovers', 'faceoff_wins', 'saves', 'height_cm'], normalize: 'standard' }, layers: [d(12, 'elu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(80, 16) });
add('ok.positions-deep-clipped', { data: players(), layers: [d(32, 'relu'), d(32, 'relu'), d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.03, { momentum: 0.9, clipNorm: 5 }), training: tr(60, 32) });
add('ok.renewal-relu-adam', { data: members(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32, { validationSplit: 0.2 }) });
add('ok.renewal-logistic-sgd', { data: members(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(100, 32) });
add('ok.renewal-tanh-rmsprop', { data: members(), layers: [d(24, 'tanh'), d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.002), training: tr(60, 16) });
add('ok.renewal-minmax-momentum', { data: members('minmax'), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(100, 32) });
add('ok.renewal-two-column-softmax', { data: members(), layers: [d(16, 'elu'), d(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: tr(60, 32) });
add('ok.renewal-batchnorm-dropout', { data: members(), layers: [d(48, 'relu', { batchNorm: true }), drop(0.4), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 64) });
add('ok.renewal-sigmoid-hidden-nesterov', { data: members(), layers: [d(12, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
add('ok.renewal-batch-2-adam', { data: members(), layers: [d(8, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.0005), training: tr(30, 2) });
add('ok.renewal-core-features', { data: { csv: '../data/members.csv', target: 'renewed', features: ['sessions_attended', 'tenure_months', 'distance_km', 'annual_fee_usd'], normalize: 'standard' }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(60, 32) });
add('ok.renewal-wd-clip-deep', { data: members(), layers: [d(32, 'elu'), d(32, 'elu'), d(16, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001, { weightDecay: 1e-3, clipNorm: 1 }), training: tr(60, 32) });
add('ok.gate-relu-adam', { data: gate(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 16, { validationSplit: 0.2 }) });
add('ok.gate-linear-regression-sgd', { data: gate(), layers: [d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
add('ok.gate-tanh-rmsprop', { data: gate(), layers: [d(24, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: tr(100, 16) });
add('ok.gate-eu-export-elu', { data: { csv: '../data/gate-eu.csv', target: 'concessions_usd', features: GF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(24, 'elu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
add('ok.gate-minmax-target-momentum', { data: gate('minmax', 'minmax'), layers: [d(32, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 16) });
add('ok.gate-batchnorm-nesterov', { data: gate(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), training: tr(100, 32) });
add('ok.gate-full-batch-rmsprop', { data: gate(), layers: [d(16, 'leaky_relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('rmsprop', 0.01), training: tr(300, 360) });
add('ok.gate-sigmoid-hidden-adam', { data: gate(), layers: [d(16, 'sigmoid'), d(8, 'sigmoid'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(150, 32) });
add('ok.gate-attendance-only', { data: { csv: '../data/gate.csv', target: 'concessions_usd', features: ['attendance', 'weekend'], normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(8, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 32) });
add('ok.gate-dropout-wd-deep', { data: gate(), layers: [d(48, 'relu'), drop(0.1), d(24, 'relu'), d(12, 'relu'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.002, { weightDecay: 1e-4 }), training: tr(120, 16) });
add('ok.moons-relu-adam', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
add('ok.circles-tanh-sgd', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.9 }), training: tr(200, 32) });
add('ok.spirals-elu-adam', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.05 }, layers: [d(64, 'elu'), d(32, 'elu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(300, 32) });
add('ok.iris-rmsprop', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.01), training: tr(100, 16) });
add('ok.xor-tanh-full-batch', { data: { builtin: 'xor', samples: 200 }, layers: [d(8, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.03), training: tr(300, 200) });
add('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1, 'linear')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(300, 32) });
add('ok.blobs-4-softmax-only', { data: { builtin: 'blobs', classes: 4, samples: 300 }, layers: [d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: tr(100, 32) });
add('ok.inline-stick-flex', { data: { inline: { x: [[0.1], [0.3], [0.5], [0.7], [0.9], [1.1], [1.3], [1.5], [1.7], [1.9], [2.1], [2.3]], y: [0.35, 0.9, 1.45, 2.1, 2.6, 3.2, 3.7, 4.3, 4.8, 5.45, 5.9, 6.5] } }, layers: [d(1, 'linear')], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(300, 4) });
add('ok.inline-goalie-flag', { data: { inline: { x: [[140, 2], [8, 20], [160, 1], [0, 31], [122, 4], [3, 18], [150, 0], [1, 25], [133, 3], [0, 12], [171, 2], [5, 22]], y: ['goalie', 'field', 'goalie', 'field', 'goalie', 'field', 'goalie', 'field', 'goalie', 'field', 'goalie', 'field'] }, normalize: 'standard' }, layers: [d(4, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(100, 12) });
add('ok.moons-rmsprop-batch-1', { data: { builtin: 'moons', samples: 200, noise: 0.1 }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(40, 1) });
add('ok.circles-deep-leaky-clip', { data: { builtin: 'circles', samples: 400, noise: 0.08 }, layers: [d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(16, 'leaky_relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9, clipNorm: 2 }), training: tr(200, 32) });
add('ok.positions-xavier-normal-wide', { data: players(), layers: [d(128, 'tanh', { init: 'xavier_normal' }), d(4, 'softmax', { init: 'lecun_normal' })], loss: 'cce', optimizer: opt('adam', 0.001), training: tr(60, 32) });
add('ok.renewal-he-uniform-bias', { data: members(), layers: [d(16, 'relu', { init: 'he_uniform', bias: 0.1 }), d(1, 'sigmoid', { bias: 0.7 })], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.8 }), training: tr(80, 64) });

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
for (const [name, s] of Object.entries(specs)) fs.writeFileSync(path.join(out, `${name}.nn.json`), JSON.stringify(s, null, 2) + '\n');
console.log(`${Object.keys(specs).length} candidates`);
