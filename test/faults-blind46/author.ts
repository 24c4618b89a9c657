/**
 * Writes every candidate spec of test/faults-blind46 (theme: games, sports and simulations) into
 * candidates/: `npx tsx test/faults-blind46/author.ts`. Verdicts are decided afterwards from the bare
 * engine (observe.ts) and filed by write-manifest.py. Candidate names carry the intended fault as a
 * prefix (`f-<code>--`) or `h--` for the ones meant to be healthy; the filing follows what the engine did.
 */
import * as fs from 'fs';
import * as path from 'path';

const OUT = path.join(__dirname, 'candidates');
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });

type J = Record<string, unknown>;
let count = 0;
function spec(name: string, body: J): void {
  const s = { name: name.replace(/^(f-[a-z-]+--|h--)/, ''), ...body };
  fs.writeFileSync(path.join(OUT, `${name}.nn.json`), JSON.stringify(s, null, 2) + '\n');
  count++;
}
const dense = (units: number, activation?: string, extra: J = {}): J =>
  activation ? { type: 'dense', units, activation, ...extra } : { type: 'dense', units, ...extra };
const drop = (rate: number): J => ({ type: 'dropout', rate });
const csv = (file: string, target: string | string[], features?: string[], normalize = 'standard'): J =>
  features ? { csv: `../data/${file}`, target, features, normalize } : { csv: `../data/${file}`, target, normalize };
const opt = (type: string, lr: number, extra: J = {}): J => ({ type, lr, ...extra });
const train = (epochs: number, batchSize: number, extra: J = {}): J => ({ epochs, batchSize, ...extra });

const CELLS = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'];
const C4: string[] = [];
for (let r = 0; r < 4; r++) for (let c = 0; c < 5; c++) C4.push(`r${r}c${c}`);
const CHESS = ['wp', 'wn', 'wb', 'wr', 'wq', 'bp', 'bn', 'bb', 'br', 'bq', 'to_move', 'elo_white', 'elo_black'];
const MATCH = ['elo_home', 'elo_away', 'elo_diff', 'home_adv', 'rest_home', 'rest_away', 'xg_home_avg', 'xg_away_avg'];
const PLAYER = ['minutes', 'past_avg', 'usage', 'age', 'home', 'opp_def_rating'];
const LAP = ['wing_deg', 'tire_psi', 'final_drive', 'fuel_kg', 'ride_height_mm', 'compound', 'track_temp'];
const LIFE = ['nw', 'n', 'ne', 'w', 'center', 'e', 'sw', 's', 'se'];
const BJ = ['player_total', 'dealer_up', 'usable_ace', 'n_cards'];

// ======================= meant to be healthy =======================
spec('h--ttt-outcome-adam', { seed: 3, data: csv('tictactoe.csv', 'outcome', CELLS, 'none'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: train(150, 32) });
spec('h--ttt-xwin-tanh-rmsprop', { seed: 5, data: csv('tictactoe.csv', 'x_win', CELLS, 'none'),
  layers: [dense(24, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003), training: train(120, 32) });
spec('h--ttt-onehot-momentum', { seed: 7, data: csv('tictactoe.csv', ['x_win', 'o_win', 'draw'], CELLS, 'none'),
  layers: [dense(32, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(150, 16) });
spec('h--ttt-xwin-nesterov', { seed: 11, data: csv('tictactoe.csv', 'x_win', CELLS, 'none'),
  layers: [dense(27, 'leaky_relu'), dense(9, 'leaky_relu'), dense(1, 'sigmoid')], loss: 'bce',
  optimizer: opt('sgd', 0.03, { momentum: 0.9, nesterov: true }), training: train(200, 32, { validationSplit: 0.15 }) });
spec('h--ttt-bestmove-adam', { seed: 2, data: csv('ttt-moves.csv', 'best_move', CELLS, 'none'),
  layers: [dense(96, 'relu'), dense(64, 'relu'), dense(9, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(150, 64) });
spec('h--ttt-value-tanh', { seed: 4, data: csv('ttt-moves.csv', 'value', CELLS, 'none'),
  layers: [dense(48, 'tanh'), dense(24, 'tanh'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(150, 32) });
spec('h--c4-canwin-adam', { seed: 1, data: csv('connect4.csv', 'can_win', C4, 'none'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002),
  training: train(100, 64, { validationSplit: 0.2 }) });
spec('h--c4-winmoves-mse', { seed: 9, data: csv('connect4.csv', 'winning_moves', C4, 'none'),
  layers: [dense(48, 'relu'), dense(24, 'relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.002), training: train(100, 32) });
spec('h--c4-canwin-leaky-rmsprop-dropout', { seed: 13, data: csv('connect4.csv', 'can_win', C4, 'none'),
  layers: [dense(64, 'leaky_relu'), drop(0.2), dense(32, 'leaky_relu'), dense(1, 'sigmoid')], loss: 'bce',
  optimizer: opt('rmsprop', 0.001), training: train(120, 32) });
spec('h--bj-winprob-adam', { seed: 1, data: csv('blackjack.csv', 'win_prob', BJ),
  layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.005), training: train(120, 32) });
spec('h--bj-winprob-rmsprop-elu', { seed: 6, data: csv('blackjack.csv', 'win_prob', ['player_total', 'dealer_up', 'usable_ace'], 'minmax'),
  layers: [dense(24, 'elu'), dense(12, 'elu'), dense(1, 'sigmoid')], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: train(150, 32) });
spec('h--risk-pconquer-tanh', { seed: 2, data: csv('risk.csv', 'p_conquer', ['attackers', 'defenders'], 'minmax'),
  layers: [dense(32, 'tanh'), dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.005), training: train(200, 32) });
spec('h--risk-conquered-bce', { seed: 3, data: csv('risk.csv', 'conquered', ['attackers', 'defenders', 'army_diff']),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(80, 32) });
spec('h--risk-pconquer-sgd', { seed: 8, data: csv('risk.csv', 'p_conquer', ['attackers', 'defenders', 'army_diff']),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(150, 32) });
spec('h--chess-result-adam', { seed: 1, data: csv('chess.csv', 'result', CHESS),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(80, 32, { validationSplit: 0.2 }) });
spec('h--chess-score-rmsprop', { seed: 4, data: csv('chess.csv', 'score', CHESS),
  layers: [dense(32, 'tanh'), dense(1, 'sigmoid')], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: train(80, 32) });
spec('h--chess-result-bn-momentum', { seed: 12, data: csv('chess.csv', 'result', CHESS, 'minmax'),
  layers: [dense(48, 'relu', { batchNorm: true }), dense(24, 'relu', { batchNorm: true }), dense(3, 'softmax')], loss: 'cce',
  optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(60, 64) });
spec('h--chess-result-elu-wd', { seed: 21, data: csv('chess.csv', 'result', CHESS),
  layers: [dense(40, 'elu'), drop(0.1), dense(20, 'elu'), dense(3, 'softmax')], loss: 'cce',
  optimizer: opt('adam', 0.002, { weightDecay: 1e-4 }), training: train(100, 64) });
spec('h--matches-homewin-adam', { seed: 1, data: csv('matches.csv', 'home_win', MATCH),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: train(60, 64) });
spec('h--matches-goaldiff-mse', { seed: 2, data: csv('matches.csv', 'goal_diff', MATCH),
  layers: [dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(60, 64) });
spec('h--players-points-adam', { seed: 1, data: csv('players.csv', 'points', PLAYER),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(100, 32, { validationSplit: 0.2 }) });
spec('h--players-points-sgd-wd', { seed: 3, data: csv('players.csv', 'points', PLAYER),
  layers: [dense(24, 'relu'), dense(12, 'relu'), dense(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9, weightDecay: 1e-4 }), training: train(100, 32) });
spec('h--players-points-elu-rmsprop-clip', { seed: 5, data: csv('players.csv', 'points', PLAYER),
  layers: [dense(32, 'elu'), dense(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003, { clipNorm: 5 }), training: train(100, 64) });
spec('h--laps-adam-bias', { seed: 1, data: csv('laptimes.csv', 'lap_s', LAP),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1, 'linear', { bias: 89.5 })], loss: 'mse', optimizer: opt('adam', 0.003), training: train(300, 32) });
spec('h--laps-rmsprop-tanh', { seed: 6, data: csv('laptimes.csv', 'lap_s', LAP),
  layers: [dense(48, 'tanh'), dense(24, 'tanh'), dense(1, 'linear', { bias: 90 })], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: train(300, 32) });
spec('h--laps-momentum-clip', { seed: 14, data: csv('laptimes.csv', 'lap_s', LAP),
  layers: [dense(64, 'relu'), dense(1, 'linear', { bias: 89 })], loss: 'mse',
  optimizer: opt('sgd', 0.005, { momentum: 0.9, clipNorm: 10 }), training: train(300, 16) });
spec('h--life-next-adam', { seed: 1, data: csv('life.csv', 'next', LIFE, 'none'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(300, 32) });
spec('h--life-counts-tanh', { seed: 2, data: csv('life.csv', 'next', ['center', 'neighbours'], 'minmax'),
  layers: [dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.02), training: train(300, 16) });
spec('h--ca5-tiny-adam', { seed: 3, data: csv('ca5.csv', 'next', undefined, 'none'),
  layers: [dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.03), training: train(400, 8) });
spec('h--queue-wait-adam', { seed: 1, data: csv('queue.csv', 'mean_wait_min', ['arrival_rate', 'service_rate', 'servers', 'utilisation']),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(200, 32) });
spec('h--ruin-preach-tanh', { seed: 2, data: csv('ruin.csv', 'p_reach', ['start', 'goal', 'p_step'], 'minmax'),
  layers: [dense(32, 'tanh'), dense(32, 'tanh'), dense(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.003), training: train(200, 32) });
spec('h--blobs-styles-sgd', { seed: 4, data: { builtin: 'blobs', classes: 4, samples: 400, noise: 0.2 },
  layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.1), training: train(100, 32) });
spec('h--spirals-3-adam', { seed: 5, data: { builtin: 'spirals', classes: 3, samples: 600, noise: 0.05 },
  layers: [dense(64, 'relu'), dense(64, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(400, 32) });
spec('h--moons-dropout-adam', { seed: 6, data: { builtin: 'moons', samples: 400, noise: 0.15 },
  layers: [dense(32, 'relu'), drop(0.2), dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(200, 32) });
spec('h--circles-rmsprop', { seed: 7, data: { builtin: 'circles', samples: 400, noise: 0.08 },
  layers: [dense(16, 'tanh'), dense(8, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.005), training: train(200, 32) });
spec('h--xor-pennies-momentum', { seed: 8, data: { builtin: 'xor', samples: 300, noise: 0.1 },
  layers: [dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: train(200, 16) });
spec('h--sine-pendulum-adam', { seed: 9, data: { builtin: 'sine', samples: 300, noise: 0.05 },
  layers: [dense(32, 'tanh'), dense(32, 'tanh'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.01), training: train(300, 32) });
spec('h--iris-adam', { seed: 10, data: { builtin: 'iris', normalize: 'standard' },
  layers: [dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(150, 16) });

// ======================= meant to be faulty =======================
// ---- invalid-spec
spec('f-invalid-spec--ttt-learning-rate-key', { seed: 1, data: csv('tictactoe.csv', 'outcome', CELLS, 'none'),
  layers: [dense(32, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', learning_rate: 0.001 }, training: train(100, 32) });
spec('f-invalid-spec--matches-kernel-initializer', { seed: 1, data: csv('matches.csv', 'home_win', MATCH),
  layers: [{ type: 'dense', units: 16, activation: 'relu', kernel_initializer: 'he_normal' }, dense(1, 'sigmoid')], loss: 'bce',
  optimizer: opt('adam', 0.003), training: train(60, 64) });
spec('f-invalid-spec--players-batch-size-snake', { seed: 1, data: csv('players.csv', 'points', PLAYER),
  layers: [dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: { epochs: 100, batch_size: 64 } });
spec('f-invalid-spec--chess-keras-loss-name', { seed: 1, data: csv('chess.csv', 'result', CHESS),
  layers: [dense(32, 'relu'), dense(3, 'softmax')], loss: 'categorical_crossentropy', optimizer: opt('adam', 0.003), training: train(80, 32) });
// ---- data-error
spec('f-data-error--matches-scraped-na', { seed: 1, data: csv('matches-scraped.csv', 'home_win', MATCH),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: train(60, 32) });
spec('f-data-error--players-minutes-mmss', { seed: 1, data: csv('players-boxscore.csv', 'points', PLAYER),
  layers: [dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(100, 32) });
spec('f-data-error--chess-target-outcome', { seed: 1, data: csv('chess.csv', 'outcome', CHESS),
  layers: [dense(32, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(80, 32) });
spec('f-data-error--c4-missing-file', { seed: 1, data: csv('connect-four.csv', 'can_win', C4, 'none'),
  layers: [dense(64, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: train(100, 64) });
spec('f-data-error--laps-tyre-spelling', { seed: 1, data: csv('laptimes.csv', 'lap_s', ['wing_deg', 'tyre_psi', 'final_drive', 'fuel_kg', 'ride_height_mm', 'compound', 'track_temp']),
  layers: [dense(32, 'relu'), dense(1, 'linear', { bias: 89 })], loss: 'mse', optimizer: opt('adam', 0.003), training: train(200, 32) });
// ---- shape-mismatch
spec('f-shape-mismatch--ttt-outcome-two-softmax', { seed: 1, data: csv('tictactoe.csv', 'outcome', CELLS, 'none'),
  layers: [dense(32, 'relu'), dense(2, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.005), training: train(150, 32) });
spec('f-shape-mismatch--ttt-bestmove-eight', { seed: 1, data: csv('ttt-moves.csv', 'best_move', CELLS, 'none'),
  layers: [dense(64, 'relu'), dense(8, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(100, 64) });
spec('f-shape-mismatch--matches-two-goal-targets-one-output', { seed: 1, data: csv('matches.csv', ['home_goals', 'away_goals'], MATCH),
  layers: [dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(60, 32) });
spec('f-shape-mismatch--blobs-five-roles-four-out', { seed: 1, data: { builtin: 'blobs', classes: 5, samples: 500 },
  layers: [dense(16, 'relu'), dense(4, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.01), training: train(100, 32) });
// ---- loss-activation-mismatch
spec('f-loss-activation-mismatch--laps-sigmoid-output', { seed: 1, data: csv('laptimes.csv', 'lap_s', LAP),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.003), training: train(200, 32) });
spec('f-loss-activation-mismatch--ttt-softmax-mse', { seed: 1, data: csv('tictactoe.csv', ['x_win', 'o_win', 'draw'], CELLS, 'none'),
  layers: [dense(32, 'relu'), dense(3, 'softmax')], loss: 'mse', optimizer: opt('adam', 0.005), training: train(150, 32) });
spec('f-loss-activation-mismatch--bj-won-linear-bce', { seed: 1, data: csv('blackjack.csv', 'won', BJ),
  layers: [dense(16, 'relu'), dense(1, 'linear')], loss: 'bce', optimizer: opt('adam', 0.003), training: train(80, 32) });
spec('f-loss-activation-mismatch--chess-sigmoid-cce', { seed: 1, data: csv('chess.csv', 'result', CHESS),
  layers: [dense(32, 'relu'), dense(3, 'sigmoid')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(80, 32) });
// ---- init-symmetry
spec('f-init-symmetry--chess-zeros-hidden', { seed: 1, data: csv('chess.csv', 'result', CHESS),
  layers: [dense(32, 'relu', { init: 'zeros' }), dense(16, 'relu', { init: 'zeros' }), dense(3, 'softmax')], loss: 'cce',
  optimizer: opt('adam', 0.003), training: train(80, 32) });
spec('f-init-symmetry--c4-constant-tanh', { seed: 1, data: csv('connect4.csv', 'can_win', C4, 'none'),
  layers: [dense(64, 'tanh', { init: { name: 'constant', value: 0.05 } }), dense(32, 'tanh', { init: { name: 'constant', value: 0.05 } }), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('adam', 0.002), training: train(100, 64) });
spec('f-init-symmetry--life-zeros-sgd', { seed: 1, data: csv('life.csv', 'next', LIFE, 'none'),
  layers: [dense(32, 'tanh', { init: 'zeros' }), dense(1, 'sigmoid', { init: 'zeros' })], loss: 'bce',
  optimizer: opt('sgd', 0.1, { momentum: 0.9 }), training: train(300, 32) });
// ---- init-scale
spec('f-init-scale--c4-normal-std-1p5', { seed: 1, data: csv('connect4.csv', 'can_win', C4, 'none'),
  layers: [dense(128, 'relu', { init: { name: 'normal', std: 1.5 } }), dense(128, 'relu', { init: { name: 'normal', std: 1.5 } }), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('adam', 0.002), training: train(100, 64) });
spec('f-init-scale--players-tiny-normal-deep-tanh', { seed: 1, data: csv('players.csv', 'points', PLAYER),
  layers: [dense(32, 'tanh', { init: { name: 'normal', std: 0.0005 } }), dense(32, 'tanh', { init: { name: 'normal', std: 0.0005 } }),
    dense(32, 'tanh', { init: { name: 'normal', std: 0.0005 } }), dense(1, 'linear', { init: { name: 'normal', std: 0.0005 } })],
  loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: train(100, 32) });
spec('f-init-scale--ttt-uniform-limit-2', { seed: 1, data: csv('tictactoe.csv', 'x_win', CELLS, 'none'),
  layers: [dense(64, 'tanh', { init: { name: 'uniform', limit: 2 } }), dense(64, 'tanh', { init: { name: 'uniform', limit: 2 } }), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('sgd', 0.05), training: train(150, 32) });
// ---- no-nonlinearity
spec('f-no-nonlinearity--ttt-activation-omitted', { seed: 1, data: csv('tictactoe.csv', 'x_win', CELLS, 'none'),
  layers: [dense(32), dense(16), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.005), training: train(150, 32) });
spec('f-no-nonlinearity--life-linear-stack', { seed: 1, data: csv('life.csv', 'next', LIFE, 'none'),
  layers: [dense(32, 'linear'), dense(16, 'linear'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(300, 32) });
spec('f-no-nonlinearity--laps-linear-hidden', { seed: 1, data: csv('laptimes.csv', 'lap_s', LAP),
  layers: [dense(64, 'linear'), dense(32, 'linear'), dense(1, 'linear', { bias: 89.5 })], loss: 'mse', optimizer: opt('adam', 0.003), training: train(300, 32) });
// ---- lr-out-of-range
spec('f-lr-out-of-range--chess-adam-lr-10', { seed: 1, data: csv('chess.csv', 'result', CHESS),
  layers: [dense(32, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 10), training: train(80, 32) });
spec('f-lr-out-of-range--ruin-sgd-lr-1e-8', { seed: 1, data: csv('ruin.csv', 'p_reach', ['start', 'goal', 'p_step'], 'minmax'),
  layers: [dense(32, 'tanh'), dense(1, 'sigmoid')], loss: 'mse', optimizer: opt('sgd', 1e-8), training: train(200, 32) });
spec('f-lr-out-of-range--players-rmsprop-lr-3', { seed: 1, data: csv('players.csv', 'points', PLAYER),
  layers: [dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: opt('rmsprop', 3), training: train(100, 32) });
// ---- dead-relu
spec('f-dead-relu--matches-raw-elo-sgd', { seed: 1, data: csv('matches.csv', 'home_win', MATCH, 'none'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.01), training: train(60, 32) });
spec('f-dead-relu--laps-raw-target-adam-hot', { seed: 1, data: csv('laptimes.csv', 'lap_s', LAP),
  layers: [dense(32, 'relu'), dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.1), training: train(200, 32) });
spec('f-dead-relu--c4-negative-bias', { seed: 1, data: csv('connect4.csv', 'can_win', C4, 'none'),
  layers: [dense(64, 'relu', { bias: -3 }), dense(32, 'relu', { bias: -3 }), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: train(100, 64) });
spec('f-dead-relu--queue-sgd-hot', { seed: 1, data: csv('queue.csv', 'mean_wait_min', ['arrival_rate', 'service_rate', 'servers', 'utilisation'], 'none'),
  layers: [dense(32, 'relu'), dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: opt('sgd', 0.2, { momentum: 0.9 }), training: train(150, 16) });
// ---- exploding-gradient
spec('f-exploding-gradient--ruin-steps-raw-adam', { seed: 1, data: csv('ruin.csv', 'mean_steps', ['start', 'goal', 'p_step'], 'none'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(100, 32) });
spec('f-exploding-gradient--chess-raw-elo-rmsprop', { seed: 1, data: csv('chess.csv', 'score', CHESS, 'none'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: train(60, 32) });
spec('f-exploding-gradient--laps-deep-raw-sgd', { seed: 1, data: csv('laptimes.csv', 'lap_s', LAP, 'none'),
  layers: [dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: opt('sgd', 1e-6), training: train(100, 32) });
// ---- nan-loss
spec('f-nan-loss--laps-raw-sgd', { seed: 1, data: csv('laptimes.csv', 'lap_s', LAP, 'none'),
  layers: [dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: train(200, 32) });
spec('f-nan-loss--players-raw-momentum', { seed: 1, data: csv('players.csv', 'points', PLAYER, 'none'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: train(100, 32) });
spec('f-nan-loss--ruin-steps-sgd', { seed: 1, data: csv('ruin.csv', 'mean_steps', ['start', 'goal', 'p_step']),
  layers: [dense(32, 'tanh'), dense(1)], loss: 'mse', optimizer: opt('sgd', 0.01), training: train(100, 32) });
// ---- lr-too-high
spec('f-lr-too-high--ttt-adam-0p2', { seed: 1, data: csv('tictactoe.csv', 'outcome', CELLS, 'none'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.2), training: train(150, 32) });
spec('f-lr-too-high--bj-momentum-lr-1', { seed: 1, data: csv('blackjack.csv', 'win_prob', BJ),
  layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1)], loss: 'mse', optimizer: opt('sgd', 1.0, { momentum: 0.9 }), training: train(120, 32) });
spec('f-lr-too-high--c4-rmsprop-0p05', { seed: 1, data: csv('connect4.csv', 'can_win', C4, 'none'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.05), training: train(100, 64) });
spec('f-lr-too-high--chess-adam-0p1', { seed: 1, data: csv('chess.csv', 'result', CHESS),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.1), training: train(80, 32) });
// ---- lr-too-low
spec('f-lr-too-low--chess-sgd-1e-4', { seed: 1, data: csv('chess.csv', 'result', CHESS),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 1e-4), training: train(60, 32) });
spec('f-lr-too-low--players-adam-1e-5', { seed: 1, data: csv('players.csv', 'points', PLAYER),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 1e-5), training: train(80, 32) });
spec('f-lr-too-low--life-rmsprop-1e-5', { seed: 1, data: csv('life.csv', 'next', LIFE, 'none'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 1e-5), training: train(150, 32) });
// ---- saturated-activation
spec('f-saturated-activation--matches-raw-elo-sigmoid', { seed: 1, data: csv('matches.csv', 'home_win', MATCH, 'none'),
  layers: [dense(32, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: train(60, 32) });
spec('f-saturated-activation--laps-raw-tanh', { seed: 1, data: csv('laptimes.csv', 'lap_s', LAP, 'none'),
  layers: [dense(32, 'tanh'), dense(16, 'tanh'), dense(1, 'linear', { bias: 89.5 })], loss: 'mse', optimizer: opt('adam', 0.003), training: train(200, 32) });
spec('f-saturated-activation--chess-raw-elo-tanh', { seed: 1, data: csv('chess.csv', 'result', CHESS, 'none'),
  layers: [dense(32, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.001), training: train(80, 32) });
// ---- vanishing-gradient
spec('f-vanishing-gradient--life-deep-sigmoid-sgd', { seed: 1, data: csv('life.csv', 'next', LIFE, 'none'),
  layers: [dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('sgd', 0.1), training: train(200, 32) });
spec('f-vanishing-gradient--c4-deep-sigmoid-momentum', { seed: 1, data: csv('connect4.csv', 'can_win', C4, 'none'),
  layers: [dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(100, 32) });
spec('f-vanishing-gradient--ttt-deep-sigmoid-rmsprop', { seed: 1, data: csv('ttt-moves.csv', 'best_move', CELLS, 'none'),
  layers: [dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(32, 'sigmoid'), dense(9, 'softmax')],
  loss: 'cce', optimizer: opt('sgd', 0.05), training: train(100, 32) });
// ---- loss-plateau
spec('f-loss-plateau--chess-weight-decay-0p5', { seed: 1, data: csv('chess.csv', 'result', CHESS),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003, { weightDecay: 0.5 }), training: train(80, 32) });
spec('f-loss-plateau--c4-one-unit-bottleneck', { seed: 1, data: csv('connect4.csv', 'can_win', C4, 'none'),
  layers: [dense(64, 'relu'), dense(1, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.002), training: train(100, 64) });
spec('f-loss-plateau--risk-dropout-0p9', { seed: 1, data: csv('risk.csv', 'p_conquer', ['attackers', 'defenders']),
  layers: [dense(16, 'relu'), drop(0.9), dense(1, 'sigmoid')], loss: 'mse', optimizer: opt('adam', 0.003), training: train(150, 32) });
spec('f-loss-plateau--ttt-clipnorm-tiny', { seed: 1, data: csv('tictactoe.csv', 'x_win', CELLS, 'none'),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.1, { clipNorm: 1e-4 }), training: train(150, 32) });
// ---- oscillating-loss
spec('f-oscillating-loss--bj-sgd-batch4', { seed: 1, data: csv('blackjack.csv', 'win_prob', BJ),
  layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: opt('sgd', 0.3), training: train(80, 4) });
spec('f-oscillating-loss--players-adam-batch8', { seed: 1, data: csv('players.csv', 'points', PLAYER),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: train(100, 8) });
spec('f-oscillating-loss--matches-momentum-0p99', { seed: 1, data: csv('matches.csv', 'goal_diff', MATCH),
  layers: [dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.99 }), training: train(80, 32) });
spec('f-oscillating-loss--risk-rmsprop-batch2', { seed: 1, data: csv('risk.csv', 'p_conquer', ['attackers', 'defenders', 'army_diff']),
  layers: [dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: opt('rmsprop', 0.02), training: train(100, 2) });

// ======================= second round (added after the first observe pass) =======================
const TENNIS = ['serve_won_a', 'serve_won_b', 'rank_a', 'rank_b', 'surface'];
spec('h--tennis-awin-adam', { seed: 1, data: csv('tennis.csv', 'a_won', TENNIS),
  layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.003), training: train(80, 32, { validationSplit: 0.2 }) });
spec('h--tennis-games-rmsprop', { seed: 2, data: csv('tennis.csv', 'games_diff', TENNIS),
  layers: [dense(32, 'tanh'), dense(1)], loss: 'mse', optimizer: opt('rmsprop', 0.003), training: train(100, 32) });
spec('h--chess-result-dropout-short', { seed: 3, data: csv('chess.csv', 'result', CHESS),
  layers: [dense(32, 'relu'), drop(0.3), dense(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003), training: train(30, 32, { validationSplit: 0.2 }) });
spec('h--c4-winmoves-bn-rmsprop', { seed: 4, data: csv('connect4.csv', 'winning_moves', C4, 'none'),
  layers: [dense(64, 'relu', { batchNorm: true }), dense(32, 'relu', { batchNorm: true }), dense(1)], loss: 'mse', optimizer: opt('rmsprop', 0.001), training: train(60, 64) });
spec('h--players-points-bn-leaky', { seed: 5, data: csv('players.csv', 'points', PLAYER),
  layers: [dense(32, 'leaky_relu', { batchNorm: true }), dense(16, 'leaky_relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(80, 64) });
spec('h--risk-pconquer-elu', { seed: 6, data: csv('risk.csv', 'p_conquer', ['attackers', 'defenders']),
  layers: [dense(24, 'elu'), dense(12, 'elu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.003), training: train(150, 32) });
spec('h--queue-wait-rmsprop-minmax', { seed: 7, data: csv('queue.csv', 'mean_wait_min', ['arrival_rate', 'service_rate', 'servers', 'utilisation'], 'minmax'),
  layers: [dense(32, 'tanh'), dense(16, 'tanh'), dense(1)], loss: 'mse', optimizer: opt('rmsprop', 0.002), training: train(200, 32) });
spec('h--ttt-value-classes-momentum', { seed: 8, data: csv('ttt-moves.csv', 'value', CELLS, 'none'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(120, 32) });
spec('f-init-scale--laps-normal-std-1-deep', { seed: 1, data: csv('laptimes.csv', 'lap_s', LAP),
  layers: [dense(64, 'relu', { init: { name: 'normal', std: 1 } }), dense(64, 'relu', { init: { name: 'normal', std: 1 } }), dense(64, 'relu', { init: { name: 'normal', std: 1 } }), dense(1, 'linear', { bias: 89.5 })],
  loss: 'mse', optimizer: opt('sgd', 0.001, { momentum: 0.9 }), training: train(200, 32) });
spec('f-init-scale--risk-sigmoid-uniform-limit-5', { seed: 1, data: csv('risk.csv', 'conquered', ['attackers', 'defenders', 'army_diff']),
  layers: [dense(32, 'sigmoid', { init: { name: 'uniform', limit: 5 } }), dense(16, 'sigmoid', { init: { name: 'uniform', limit: 5 } }), dense(1, 'sigmoid')],
  loss: 'bce', optimizer: opt('sgd', 0.05), training: train(100, 32) });
spec('f-loss-plateau--c4-weight-decay-sgd', { seed: 1, data: csv('connect4.csv', 'can_win', C4, 'none'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.05, { momentum: 0.9, weightDecay: 0.1 }), training: train(100, 32) });
spec('f-loss-plateau--life-two-units', { seed: 1, data: csv('life.csv', 'next', LIFE, 'none'),
  layers: [dense(2, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.01), training: train(300, 32) });
spec('f-loss-plateau--ttt-moves-wd-adam', { seed: 1, data: csv('ttt-moves.csv', 'best_move', CELLS, 'none'),
  layers: [dense(64, 'relu'), dense(64, 'relu'), dense(9, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.003, { weightDecay: 0.05 }), training: train(100, 64) });
spec('f-loss-plateau--tennis-wd-rmsprop', { seed: 1, data: csv('tennis.csv', 'a_won', TENNIS),
  layers: [dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.003, { weightDecay: 1 }), training: train(80, 32) });
spec('f-oscillating-loss--bj-sgd-0p1-batch4', { seed: 1, data: csv('blackjack.csv', 'win_prob', BJ),
  layers: [dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: opt('sgd', 0.1), training: train(80, 4) });
spec('f-oscillating-loss--ttt-value-adam-batch4', { seed: 1, data: csv('ttt-moves.csv', 'value', CELLS, 'none'),
  layers: [dense(48, 'tanh'), dense(24, 'tanh'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.03), training: train(60, 4) });
spec('f-oscillating-loss--players-momentum-batch8', { seed: 1, data: csv('players.csv', 'points', PLAYER),
  layers: [dense(24, 'relu'), dense(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.95 }), training: train(80, 8) });
spec('f-oscillating-loss--tennis-sgd-batch2', { seed: 1, data: csv('tennis.csv', 'games_diff', TENNIS),
  layers: [dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: opt('sgd', 0.02), training: train(80, 2) });
spec('f-oscillating-loss--chess-rmsprop-0p02', { seed: 1, data: csv('chess.csv', 'score', CHESS),
  layers: [dense(32, 'tanh'), dense(1)], loss: 'mse', optimizer: opt('rmsprop', 0.02), training: train(80, 16) });
spec('f-exploding-gradient--players-raw-deep-adam', { seed: 1, data: csv('players.csv', 'points', PLAYER, 'none'),
  layers: [dense(64, 'relu'), dense(64, 'relu'), dense(64, 'relu'), dense(64, 'relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.001), training: train(60, 32) });
spec('f-lr-too-high--tennis-sgd-lr-2', { seed: 1, data: csv('tennis.csv', 'a_won', TENNIS),
  layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 2), training: train(80, 32) });
spec('f-lr-too-high--risk-adam-0p3', { seed: 1, data: csv('risk.csv', 'p_conquer', ['attackers', 'defenders']),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.3), training: train(150, 32) });
spec('f-nan-loss--tennis-raw-rank-momentum', { seed: 1, data: csv('tennis.csv', 'games_diff', TENNIS, 'none'),
  layers: [dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: opt('sgd', 0.01, { momentum: 0.9 }), training: train(80, 32) });

// ======================= third round: more oscillation candidates =======================
spec('f-oscillating-loss--ca5-fullbatch-momentum', { seed: 1, data: csv('ca5.csv', 'next', undefined, 'none'),
  layers: [dense(16, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 2, { momentum: 0.9 }), training: train(300, 32) });
spec('f-oscillating-loss--life-fullbatch-momentum', { seed: 1, data: csv('life.csv', 'next', LIFE, 'none'),
  layers: [dense(32, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 1, { momentum: 0.95 }), training: train(300, 512) });
spec('f-oscillating-loss--bj-adam-0p05', { seed: 1, data: csv('blackjack.csv', 'win_prob', BJ),
  layers: [dense(16, 'relu'), dense(8, 'relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: train(120, 16) });
spec('f-oscillating-loss--c4-winmoves-rmsprop-0p05', { seed: 1, data: csv('connect4.csv', 'winning_moves', C4, 'none'),
  layers: [dense(48, 'relu'), dense(24, 'relu'), dense(1)], loss: 'mse', optimizer: opt('rmsprop', 0.05), training: train(100, 32) });
spec('f-oscillating-loss--ttt-xwin-rmsprop-0p03', { seed: 1, data: csv('tictactoe.csv', 'x_win', CELLS, 'none'),
  layers: [dense(24, 'tanh'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.03), training: train(120, 32) });
spec('f-oscillating-loss--chess-adam-0p05-batch16', { seed: 1, data: csv('chess.csv', 'result', CHESS),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.05), training: train(80, 16) });
spec('f-oscillating-loss--queue-momentum-batch8', { seed: 1, data: csv('queue.csv', 'mean_wait_min', ['arrival_rate', 'service_rate', 'servers', 'utilisation']),
  layers: [dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: opt('sgd', 0.05, { momentum: 0.9 }), training: train(150, 8) });

// ======================= fourth round: more oscillation candidates =======================
spec('f-oscillating-loss--ttt-outcome-rmsprop-0p05', { seed: 2, data: csv('tictactoe.csv', 'outcome', CELLS, 'none'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.05), training: train(150, 32) });
spec('f-oscillating-loss--players-rmsprop-0p03', { seed: 2, data: csv('players.csv', 'points', PLAYER),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1)], loss: 'mse', optimizer: opt('rmsprop', 0.03), training: train(100, 32) });
spec('f-oscillating-loss--life-rmsprop-0p05', { seed: 2, data: csv('life.csv', 'next', LIFE, 'none'),
  layers: [dense(32, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('rmsprop', 0.05), training: train(300, 32) });
spec('f-oscillating-loss--ttt-moves-adam-0p05', { seed: 2, data: csv('ttt-moves.csv', 'best_move', CELLS, 'none'),
  layers: [dense(96, 'relu'), dense(64, 'relu'), dense(9, 'softmax')], loss: 'cce', optimizer: opt('adam', 0.05), training: train(150, 64) });
spec('f-oscillating-loss--laps-rmsprop-0p02', { seed: 2, data: csv('laptimes.csv', 'lap_s', LAP),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1, 'linear', { bias: 89.5 })], loss: 'mse', optimizer: opt('rmsprop', 0.02), training: train(300, 32) });
spec('f-oscillating-loss--c4-momentum-0p2', { seed: 2, data: csv('connect4.csv', 'can_win', C4, 'none'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('sgd', 0.2, { momentum: 0.9 }), training: train(100, 32) });
spec('f-oscillating-loss--c4-adam-0p03', { seed: 2, data: csv('connect4.csv', 'can_win', C4, 'none'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: opt('adam', 0.03), training: train(100, 64) });

// ======================= fifth round: last oscillation candidates =======================
spec('f-oscillating-loss--ttt-moves-rmsprop-0p02', { seed: 3, data: csv('ttt-moves.csv', 'best_move', CELLS, 'none'),
  layers: [dense(64, 'relu'), dense(64, 'relu'), dense(9, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.02), training: train(120, 32) });
spec('f-oscillating-loss--chess-rmsprop-0p05', { seed: 3, data: csv('chess.csv', 'result', CHESS),
  layers: [dense(48, 'relu'), dense(24, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: opt('rmsprop', 0.05), training: train(80, 32) });
spec('f-oscillating-loss--c4-threats-adam-0p05', { seed: 3, data: csv('connect4.csv', 'threats_against', C4, 'none'),
  layers: [dense(64, 'relu'), dense(32, 'relu'), dense(1)], loss: 'mse', optimizer: opt('adam', 0.05), training: train(100, 32) });

console.log(`wrote ${count} candidates to ${path.relative(process.cwd(), OUT)}`);
