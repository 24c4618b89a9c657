/**
 * Writes every candidate spec of fault set blind279 (water polo clubs) into candidates/.
 * Run: npx tsx test/faults-blind279/author.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const out = path.join(__dirname, 'candidates');
fs.mkdirSync(out, { recursive: true });
let seed = 279;
function spec(file: string, body: Record<string, unknown>): void {
  const full = { name: file, seed: seed++, ...body };
  fs.writeFileSync(path.join(out, `${file}.nn.json`), JSON.stringify(full, null, 2) + '\n');
}
const P = '../data/players.csv', PG = '../data/players-gaps.csv', B = '../data/pool-bookings.csv', M = '../data/matches.csv';
const PF = ['age', 'height_cm', 'arm_span_cm', 'weekly_hours', 'swim_100m_s', 'years_playing', 'jersey_no', 'shots_per_game', 'monthly_fee_eur'];
const BF = ['lanes_booked', 'water_temp_c', 'ticket_price_eur', 'home_game', 'league_rank'];
const MF = ['shots', 'shots_on_target', 'exclusions_won', 'exclusions_conceded', 'power_play_pct', 'sprints_won', 'saves', 'attendance'];
type O = Record<string, unknown>;
const d = (units: number, activation = 'linear', extra: O = {}) => ({ type: 'dense', units, activation, ...extra });
const drop = (rate: number) => ({ type: 'dropout', rate });
const goals = (normalize = 'standard', extra: O = {}) => ({ csv: P, target: 'goals_season', features: PF, normalize, normalizeTarget: 'standard', ...extra });
const pos = (normalize = 'standard', extra: O = {}) => ({ csv: P, target: 'position', features: PF, normalize, ...extra });
const renew = (normalize = 'standard', extra: O = {}) => ({ csv: P, target: 'renewed', features: PF, normalize, ...extra });
const crowd = (normalize = 'standard', nt = 'standard') => ({ csv: B, target: 'spectators', features: BF, normalize, normalizeTarget: nt });
const bar = (normalize = 'standard', nt = 'standard') => ({ csv: B, target: 'bar_revenue_eur', features: [...BF, 'spectators'], normalize, normalizeTarget: nt });
const win = (normalize = 'standard') => ({ csv: M, target: 'won', features: MF, normalize });
const opt = (type: string, lr: number, extra: O = {}) => ({ type, lr, ...extra });
const tr = (epochs: number, batchSize: number, extra: O = {}) => ({ epochs, batchSize, shuffle: true, ...extra });

// ---------- invalid-spec
spec('invalid-spec.relu-camelcase', { data: renew(), layers: [d(16, 'ReLU'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('invalid-spec.adamw-optimizer', { data: pos(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adamw', 0.001, { weightDecay: 0.01 }), training: tr(80, 32) });
spec('invalid-spec.keras-loss-name', { data: win(), layers: [d(12, 'tanh'), d(1, 'sigmoid')], loss: 'binary_crossentropy', optimizer: opt('rmsprop', 0.002), training: tr(60, 16) });
spec('invalid-spec.dropout-percent', { data: goals(), layers: [d(32, 'relu'), drop(30), d(1)], loss: 'mse', optimizer: opt('adam', 0.002), training: tr(100, 32) });
spec('invalid-spec.validation-split-whole', { data: crowd(), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(80, 16, { validationSplit: 1 }) });
spec('invalid-spec.glorot-init-name', { data: win(), layers: [d(10, 'tanh', { init: 'glorot_uniform' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(60, 32) });

// ---------- data-error
spec('data-error.next-season-file', { data: { csv: '../data/players-2025.csv', target: 'renewed', features: PF, normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.member-id-as-feature', { data: { csv: P, target: 'renewed', features: ['member_id', ...PF], normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.target-goals-typo', { data: { csv: P, target: 'goals', features: PF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.merged-sheet-na', { data: { csv: PG, target: 'renewed', features: PF, normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.shared-drive-path', { data: { csv: '../../../../../srv/club-share/players.csv', target: 'renewed', features: PF, normalize: 'standard' }, layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('data-error.session-date-feature', { data: { csv: B, target: 'spectators', features: ['session_date', ...BF], normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });

// ---------- shape-mismatch
spec('shape-mismatch.three-positions', { data: pos(), layers: [d(24, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('shape-mismatch.renewal-two-outputs', { data: renew(), layers: [d(16, 'relu'), d(2, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('shape-mismatch.goals-four-heads', { data: goals(), layers: [d(16, 'relu'), d(4)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('shape-mismatch.crowd-and-bar-one-unit', { data: { csv: B, target: ['spectators', 'bar_revenue_eur'], features: BF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(60, 32) });

// ---------- loss-activation-mismatch
spec('loss-activation-mismatch.softmax-mse-positions', { data: pos(), layers: [d(24, 'relu'), d(4, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('loss-activation-mismatch.bce-linear-head', { data: win(), layers: [d(12, 'relu'), d(1, 'linear')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(60, 32) });
spec('loss-activation-mismatch.cce-sigmoid-head', { data: pos(), layers: [d(24, 'tanh'), d(4, 'sigmoid')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(80, 32) });
spec('loss-activation-mismatch.relu-head-standardised-goals', { data: goals(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'relu')], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('loss-activation-mismatch.tanh-head-raw-crowd', { data: crowd('standard', 'none'), layers: [d(16, 'relu'), d(1, 'tanh')], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 32) });

// ---------- init-symmetry
spec('init-symmetry.zeros-hidden', { data: renew(), layers: [d(16, 'tanh', { init: 'zeros' }), d(1, 'sigmoid', { init: 'zeros' })], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('init-symmetry.constant-point-one', { data: goals(), layers: [d(24, 'relu', { init: { name: 'constant', value: 0.1 } }), d(12, 'relu', { init: { name: 'constant', value: 0.1 } }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(100, 32) });
spec('init-symmetry.zeros-both-layers-positions', { data: pos(), layers: [d(32, 'relu', { init: 'zeros' }), d(16, 'relu', { init: 'zeros' }), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(80, 32) });
spec('init-symmetry.constant-half-matches', { data: win(), layers: [d(10, 'sigmoid', { init: { name: 'constant', value: 0.5 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: tr(80, 16) });

// ---------- init-scale
spec('init-scale.normal-std-eight', { data: renew(), layers: [d(64, 'relu', { init: { name: 'normal', std: 8 } }), d(32, 'relu', { init: { name: 'normal', std: 8 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(60, 32) });
spec('init-scale.uniform-tiny-deep', { data: goals(), layers: [d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(32, 'tanh', { init: { name: 'uniform', limit: 1e-4 } }), d(1, 'linear', { init: { name: 'uniform', limit: 1e-4 } })], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(80, 32) });
spec('init-scale.tanh-std-five', { data: win(), layers: [d(48, 'tanh', { init: { name: 'normal', std: 5 } }), d(24, 'tanh', { init: { name: 'normal', std: 5 } }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.02, { momentum: 0.9 }), training: tr(80, 32) });
spec('init-scale.normal-std-thirty-crowd', { data: crowd(), layers: [d(32, 'relu', { init: { name: 'normal', std: 30 } }), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(80, 32) });

// ---------- no-nonlinearity
spec('no-nonlinearity.linear-stack-matches', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(16), d(16), d(8), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: tr(150, 32) });
spec('no-nonlinearity.forgot-activation-positions', { data: pos(), layers: [d(32), d(16), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('no-nonlinearity.linear-circles-drill', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(32, 'linear'), d(32, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 32) });
spec('no-nonlinearity.linear-xor-sprint', { data: { builtin: 'xor', samples: 240 }, layers: [d(8, 'linear', { batchNorm: true }), d(8, 'linear'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: tr(150, 16) });

// ---------- lr-out-of-range
spec('lr-out-of-range.zero-rate', { data: renew(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0), training: tr(60, 32) });
spec('lr-out-of-range.negative-rate', { data: goals(), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', -0.01, { momentum: 0.9 }), training: tr(60, 32) });
spec('lr-out-of-range.adam-rate-thirty', { data: win(), layers: [d(12, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 30), training: tr(60, 32) });
spec('lr-out-of-range.sgd-rate-five-hundred', { data: crowd(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 500), training: tr(60, 32) });

// ---------- dead-relu
spec('dead-relu.bias-minus-six', { data: renew(), layers: [d(32, 'relu', { bias: -6 }), d(16, 'relu', { bias: -6 }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(80, 32) });
spec('dead-relu.sgd-high-rate-crowd', { data: crowd(), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.8), training: tr(80, 16) });
spec('dead-relu.negative-bias-goals', { data: goals(), layers: [d(24, 'relu', { bias: -4 }), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.0005), training: tr(80, 32) });
spec('dead-relu.raw-attendance-adam-hot', { data: win('none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.1), training: tr(80, 32) });

// ---------- exploding-gradient
spec('exploding-gradient.raw-bar-revenue', { data: bar('none', 'none'), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-6, { momentum: 0.9 }), training: tr(60, 32) });
spec('exploding-gradient.deep-relu-std-one', { data: goals(), layers: [d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(32, 'relu', { init: { name: 'normal', std: 1 } }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001), training: tr(40, 32) });
spec('exploding-gradient.raw-spectators-target', { data: crowd('standard', 'none'), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: tr(60, 16) });
spec('exploding-gradient.raw-features-height', { data: goals('none'), layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.0005, { momentum: 0.9 }), training: tr(60, 32) });

// ---------- vanishing-gradient
spec('vanishing-gradient.eight-sigmoid-layers', { data: renew(), layers: [...Array.from({ length: 8 }, () => d(16, 'sigmoid')), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(80, 32) });
spec('vanishing-gradient.deep-tanh-small-init', { data: win(), layers: [...Array.from({ length: 6 }, () => d(24, 'tanh', { init: { name: 'normal', std: 0.02 } })), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(80, 32) });
spec('vanishing-gradient.sigmoid-tower-goals', { data: goals(), layers: [...Array.from({ length: 7 }, () => d(20, 'sigmoid')), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.0001), training: tr(80, 32) });
spec('vanishing-gradient.ten-sigmoid-positions', { data: pos(), layers: [...Array.from({ length: 10 }, () => d(12, 'sigmoid')), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.5 }), training: tr(80, 32) });

// ---------- nan-loss
spec('nan-loss.raw-bar-sgd', { data: bar('none', 'none'), layers: [d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(40, 32) });
spec('nan-loss.raw-attendance-regression', { data: { csv: M, target: 'attendance', features: MF.slice(0, 7), normalize: 'none' }, layers: [d(32, 'relu'), d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(40, 16) });
spec('nan-loss.elu-sgd-rate-three', { data: goals('none', { normalizeTarget: 'none' }), layers: [d(32, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 3), training: tr(40, 32) });
spec('nan-loss.raw-spectators-rmsprop', { data: crowd('none', 'none'), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.95 }), training: tr(40, 8) });

// ---------- lr-too-high
spec('lr-too-high.adam-half', { data: renew(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.5), training: tr(80, 32) });
spec('lr-too-high.sgd-rate-two-matches', { data: win(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 2, { momentum: 0.9 }), training: tr(80, 32) });
spec('lr-too-high.rmsprop-point-three-goals', { data: goals(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.3), training: tr(80, 32) });
spec('lr-too-high.nesterov-one-positions', { data: pos(), layers: [d(32, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1.5, { momentum: 0.9, nesterov: true }), training: tr(80, 32) });
spec('lr-too-high.adam-rate-one-crowd', { data: crowd(), layers: [d(32, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 1), training: tr(80, 32) });

// ---------- lr-too-low
spec('lr-too-low.sgd-1e-5', { data: renew(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1e-5), training: tr(60, 32) });
spec('lr-too-low.adam-1e-6-goals', { data: goals(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 1e-6), training: tr(80, 32) });
spec('lr-too-low.rmsprop-1e-6-positions', { data: pos(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 1e-6), training: tr(80, 32) });
spec('lr-too-low.momentum-1e-6-crowd-fullbatch', { data: crowd(), layers: [d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 1e-6, { momentum: 0.9 }), training: tr(100, 300) });

// ---------- saturated-activation
spec('saturated-activation.sigmoid-raw-matches', { data: win('none'), layers: [d(24, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05), training: tr(80, 32) });
spec('saturated-activation.tanh-raw-players', { data: renew('none'), layers: [d(32, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(80, 32) });
spec('saturated-activation.tanh-std-four-crowd', { data: crowd(), layers: [d(32, 'tanh', { init: { name: 'normal', std: 4 } }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: tr(80, 32) });
spec('saturated-activation.sigmoid-bias-ten', { data: goals(), layers: [d(24, 'sigmoid', { bias: 10 }), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: tr(80, 32) });

// ---------- loss-plateau
spec('loss-plateau.sigmoid-deep-sgd-positions', { data: pos(), layers: [d(16, 'sigmoid'), d(16, 'sigmoid'), d(16, 'sigmoid'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
spec('loss-plateau.heavy-weight-decay', { data: goals(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.01, { weightDecay: 5 }), training: tr(100, 32) });
spec('loss-plateau.dropout-nine-tenths', { data: win(), layers: [d(16, 'relu'), drop(0.9), d(16, 'relu'), drop(0.9), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: tr(100, 32) });
spec('loss-plateau.clipnorm-tiny', { data: crowd(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { clipNorm: 1e-4 }), training: tr(100, 32) });
spec('loss-plateau.tanh-spirals-narrow', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.1 }, layers: [d(4, 'tanh'), d(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.02), training: tr(150, 32) });

// ---------- oscillating-loss
spec('oscillating-loss.momentum-99-batch-1', { data: win(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.99 }), training: tr(60, 1) });
spec('oscillating-loss.adam-hot-batch-2', { data: goals(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: tr(60, 2) });
spec('oscillating-loss.rmsprop-batch-4', { data: crowd(), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: tr(60, 4) });
spec('oscillating-loss.sgd-point-five-batch-1', { data: renew(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5), training: tr(60, 1) });

// ================= healthy
spec('ok.renewal-adam-relu', { data: renew(), layers: [d(32, 'relu'), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(80, 32, { validationSplit: 0.2 }) });
spec('ok.renewal-sgd-tanh-minmax', { data: renew('minmax'), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: tr(150, 16) });
spec('ok.renewal-rmsprop-dropout', { data: renew(), layers: [d(64, 'relu'), drop(0.3), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.001), training: tr(100, 32) });
spec('ok.renewal-logistic-fullbatch', { data: renew(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.5), training: tr(300, 400) });
spec('ok.goals-adam-elu', { data: goals(), layers: [d(32, 'elu'), d(16, 'elu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32) });
spec('ok.goals-linear-regression', { data: goals(), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.05), training: tr(100, 32) });
spec('ok.goals-nesterov-batchnorm', { data: goals(), layers: [d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), training: tr(100, 32, { validationSplit: 0.15 }) });
spec('ok.goals-leaky-minmax-target', { data: { csv: P, target: 'goals_season', features: PF, normalize: 'minmax', normalizeTarget: 'minmax' }, layers: [d(24, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(150, 16) });
spec('ok.goals-rmsprop-weightdecay', { data: goals(), layers: [d(48, 'relu'), d(24, 'relu'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001, { weightDecay: 1e-4 }), training: tr(100, 32) });
spec('ok.goals-batch-one-sgd', { data: goals(), layers: [d(16, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.005), training: tr(30, 1) });
spec('ok.positions-adam', { data: pos(), layers: [d(32, 'relu'), d(16, 'relu'), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.positions-sgd-momentum-tanh', { data: pos(), layers: [d(24, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(150, 32) });
spec('ok.positions-rmsprop-elu-dropout', { data: pos('minmax'), layers: [d(48, 'elu'), drop(0.2), d(4, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.002), training: tr(120, 16) });
spec('ok.positions-softmax-regression', { data: pos(), layers: [d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(150, 64) });
spec('ok.crowd-adam-relu', { data: crowd(), layers: [d(32, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(100, 32) });
spec('ok.crowd-linear-fullbatch', { data: crowd(), layers: [d(1)], loss: 'mse', optimizer: opt('sgd', 0.1), training: tr(300, 300) });
spec('ok.crowd-nesterov-elu', { data: crowd('minmax'), layers: [d(24, 'elu'), d(12, 'elu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.02, { momentum: 0.9, nesterov: true }), training: tr(120, 16) });
spec('ok.crowd-clipnorm-rmsprop', { data: crowd(), layers: [d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003, { clipNorm: 1 }), training: tr(100, 32) });
spec('ok.bar-revenue-adam', { data: bar(), layers: [d(32, 'relu'), d(16, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.bar-revenue-leaky-sgd', { data: bar('minmax'), layers: [d(16, 'leaky_relu'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.8 }), training: tr(150, 32) });
spec('ok.crowd-and-bar-two-heads', { data: { csv: B, target: ['spectators', 'bar_revenue_eur'], features: BF, normalize: 'standard', normalizeTarget: 'standard' }, layers: [d(32, 'relu'), d(2)], loss: 'mse', optimizer: opt('adam', 0.003), training: tr(120, 32) });
spec('ok.matches-adam-tanh', { data: win(), layers: [d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: tr(100, 32, { validationSplit: 0.2 }) });
spec('ok.matches-logistic-sgd', { data: win(), layers: [d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1), training: tr(150, 32) });
spec('ok.matches-deep-relu-batchnorm', { data: win(), layers: [d(32, 'relu', { batchNorm: true }), d(32, 'relu', { batchNorm: true }), d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.001), training: tr(60, 32) });
spec('ok.matches-rmsprop-minmax', { data: win('minmax'), layers: [d(24, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003, { weightDecay: 1e-4 }), training: tr(100, 16) });
spec('ok.matches-batch-one-adam', { data: win(), layers: [d(8, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.0005), training: tr(30, 1) });
spec('ok.matches-sigmoid-hidden-sgd', { data: win(), layers: [d(12, 'sigmoid'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.3, { momentum: 0.9 }), training: tr(150, 32) });
spec('ok.moons-relu-drill', { data: { builtin: 'moons', samples: 300, noise: 0.15 }, layers: [d(24, 'relu'), d(24, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: tr(150, 32) });
spec('ok.circles-tanh-nesterov', { data: { builtin: 'circles', samples: 300, noise: 0.05 }, layers: [d(16, 'tanh'), d(16, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9, nesterov: true }), training: tr(200, 32) });
spec('ok.xor-elu-small', { data: { builtin: 'xor', samples: 240 }, layers: [d(8, 'elu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: tr(200, 16) });
spec('ok.spirals-wide-adam', { data: { builtin: 'spirals', samples: 300, classes: 3, noise: 0.1 }, layers: [d(64, 'relu'), d(64, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: tr(300, 32) });
spec('ok.blobs-four-clubs', { data: { builtin: 'blobs', samples: 300, classes: 4 }, layers: [d(8, 'tanh'), d(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05), training: tr(100, 16) });
spec('ok.iris-rmsprop', { data: { builtin: 'iris', normalize: 'standard' }, layers: [d(16, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.005), training: tr(150, 16) });
spec('ok.sine-tanh-adam', { data: { builtin: 'sine', samples: 300 }, layers: [d(32, 'tanh'), d(32, 'tanh'), d(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: tr(300, 32) });
spec('ok.inline-lane-allocation', { data: { inline: { x: [[2, 0], [3, 0], [4, 1], [5, 1], [6, 0], [7, 1], [8, 1], [2, 1], [3, 1], [8, 0], [5, 0], [6, 1]], y: [0, 0, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1] }, normalize: 'standard' }, layers: [d(4, 'tanh'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.05), training: tr(300, 12) });
spec('ok.inline-shift-names', { data: { inline: { x: [[6, 1], [7, 1], [18, 0], [19, 0], [20, 1], [8, 0], [12, 1], [13, 0], [21, 1], [7, 0], [12, 0], [19, 1]], y: ['morning', 'morning', 'evening', 'evening', 'evening', 'morning', 'midday', 'midday', 'evening', 'morning', 'midday', 'evening'] }, normalize: 'minmax' }, layers: [d(8, 'relu'), d(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.03), training: tr(300, 4) });
spec('ok.goals-deep-narrow-adam-long', { data: goals(), layers: [d(12, 'relu'), d(12, 'relu'), d(8, 'relu'), d(8, 'relu'), d(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: tr(200, 32) });
spec('ok.renewal-lecun-selu-like', { data: renew(), layers: [d(24, 'elu', { init: 'lecun_normal' }), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: tr(100, 64) });
spec('ok.positions-xavier-normal-fullbatch', { data: pos(), layers: [d(32, 'tanh', { init: 'xavier_normal' }), d(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.02), training: tr(300, 400) });
spec('ok.crowd-he-uniform-batch-8', { data: crowd(), layers: [d(16, 'relu', { init: 'he_uniform' }), d(16, 'relu', { init: 'he_uniform' }), d(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: tr(80, 8) });
spec('ok.goals-uniform-small-init', { data: goals(), layers: [d(16, 'tanh', { init: { name: 'uniform', limit: 0.3 } }), d(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: tr(100, 32) });
spec('ok.matches-no-shuffle-adam', { data: win(), layers: [d(16, 'relu'), d(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: { epochs: 80, batchSize: 32, shuffle: false } });
spec('ok.bar-revenue-clip-sgd', { data: bar(), layers: [d(24, 'tanh'), d(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { clipNorm: 5 }), training: tr(150, 16) });
