#!/usr/bin/env python3
"""Files the candidates of test/faults-blind46 by what the bare engine did (observed.txt,
observed-curves.txt, observed-steps.txt) and writes manifest.json.
Run from anywhere: python3 test/faults-blind46/write-manifest.py (needs candidates/, written by author.ts)."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

observed = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([a-z0-9.-]+?)(\.nn\.json)?[: ]', line)
    observed[m.group(1)] = line

S, P, T = 'static', 'probe', 'training'
# candidate -> (code, slug, stage, catches, fault text without the observe part)
FAULTS = {
  # ---- invalid-spec
  'f-invalid-spec--ttt-learning-rate-key': ('invalid-spec', 'ttt-learning-rate-key', S, ['invalid-spec'],
    'tic-tac-toe outcome classifier whose optimizer block says "learning_rate": 0.001 (Keras habit) instead of "lr"'),
  'f-invalid-spec--matches-kernel-initializer': ('invalid-spec', 'matches-kernel-initializer', S, ['invalid-spec'],
    'football home-win model with "kernel_initializer": "he_normal" on the hidden layer (Keras name) instead of "init"'),
  'f-invalid-spec--players-batch-size-snake': ('invalid-spec', 'players-batch-size-snake', S, ['invalid-spec'],
    'basketball points regression with "batch_size": 64 in the training block instead of "batchSize"'),
  'f-invalid-spec--chess-keras-loss-name': ('invalid-spec', 'chess-keras-loss-name', S, ['invalid-spec'],
    'chess result classifier with loss "categorical_crossentropy" (Keras name) instead of "cce"'),
  # ---- data-error
  'f-data-error--matches-scraped-na': ('data-error', 'matches-scraped-na', S, ['data-error'],
    'football results scraped from the web: matches-scraped.csv has "NA" and empty xG cells in about 10% of rows, used as features'),
  'f-data-error--players-minutes-mmss': ('data-error', 'players-minutes-mmss', S, ['data-error'],
    'box-score export players-boxscore.csv writes minutes played as "mm:ss" (e.g. 21:45), non-numeric, and minutes is a feature'),
  'f-data-error--chess-target-outcome': ('data-error', 'chess-target-outcome', S, ['data-error'],
    'chess spec names target "outcome" but the CSV column is "result"'),
  'f-data-error--c4-missing-file': ('data-error', 'c4-missing-file', S, ['data-error'],
    'connect-four spec points to ../data/connect-four.csv; the file is connect4.csv'),
  'f-data-error--laps-tyre-spelling': ('data-error', 'laps-tyre-spelling', S, ['data-error'],
    'racing lap-time spec lists feature "tyre_psi" (British spelling) but the column is "tire_psi"'),
  # ---- shape-mismatch
  'f-shape-mismatch--ttt-outcome-two-softmax': ('shape-mismatch', 'ttt-outcome-two-softmax', S, ['shape-mismatch'],
    'tic-tac-toe endgame outcome has 3 classes (x_win, o_win and the rare draw) but the softmax output has 2 units, written as if it were win/loss only'),
  'f-shape-mismatch--ttt-bestmove-eight': ('shape-mismatch', 'ttt-bestmove-eight', S, ['shape-mismatch'],
    'best-move classifier over the 9 tic-tac-toe cells (classes 0..8) with an 8-unit softmax (off by one)'),
  'f-shape-mismatch--matches-two-goal-targets-one-output': ('shape-mismatch', 'matches-two-goal-targets-one-output', S, ['shape-mismatch'],
    'regression on two targets (home_goals, away_goals) with a single linear output unit'),
  'f-shape-mismatch--blobs-five-roles-four-out': ('shape-mismatch', 'blobs-five-roles-four-out', S, ['shape-mismatch'],
    'builtin blobs with 5 classes (player roles) but a 4-unit softmax output'),
  # ---- loss-activation-mismatch
  'f-loss-activation-mismatch--laps-sigmoid-output': ('loss-activation-mismatch', 'laps-sigmoid-output', S, ['loss-activation-mismatch'],
    'lap time in seconds (85-97 s) regressed through a sigmoid output with mse: the output can never exceed 1'),
  'f-loss-activation-mismatch--ttt-softmax-mse': ('loss-activation-mismatch', 'ttt-softmax-mse', S, ['loss-activation-mismatch'],
    'one-hot tic-tac-toe outcome (x_win, o_win, draw columns) with a softmax output trained on mse instead of cce; on this easy exhaustive data it still fits, the mismatch is static'),
  'f-loss-activation-mismatch--bj-won-linear-bce': ('loss-activation-mismatch', 'bj-won-linear-bce', S, ['loss-activation-mismatch'],
    'blackjack hand won (0/1) with bce on a linear output (no sigmoid)'),
  'f-loss-activation-mismatch--chess-sigmoid-cce': ('loss-activation-mismatch', 'chess-sigmoid-cce', S, ['loss-activation-mismatch'],
    '3-class chess result with cce on a 3-unit sigmoid output instead of softmax: the loss goes to ~0 while accuracy stays near 0.56'),
  # ---- init-symmetry
  'f-init-symmetry--chess-zeros-hidden': ('init-symmetry', 'chess-zeros-hidden', S, ['init-symmetry'],
    'chess result MLP with "init": "zeros" on both ReLU hidden layers: every unit identical (and silent), the loss stays at the baseline'),
  'f-init-symmetry--c4-constant-tanh': ('init-symmetry', 'c4-constant-tanh', S, ['init-symmetry'],
    'connect-four can-win classifier with constant 0.05 init on both tanh hidden layers: all units stay identical, acc stays at the class prior'),
  'f-init-symmetry--life-zeros-sgd': ('init-symmetry', 'life-zeros-sgd', S, ['init-symmetry'],
    'Game of Life next-state rule learnt by a tanh layer and output both initialised to zeros: no gradient reaches the hidden layer'),
  # ---- init-scale
  'f-init-scale--c4-normal-std-1p5': ('init-scale', 'c4-normal-std-1p5', S, ['init-scale'],
    'connect-four classifier with normal std 1.5 on two 128-unit ReLU layers (He std would be 0.32 and 0.125); first-epoch loss 13x the baseline, adam recovers afterwards'),
  'f-init-scale--players-tiny-normal-deep-tanh': ('init-scale', 'players-tiny-normal-deep-tanh', S, ['init-scale', 'vanishing-gradient'],
    'basketball points regression through three tanh layers all initialised normal std 0.0005: the signal and gradients vanish, the loss stays at the baseline'),
  'f-init-scale--ttt-uniform-limit-2': ('init-scale', 'ttt-uniform-limit-2', S, ['init-scale', 'saturated-activation'],
    'tic-tac-toe x-wins classifier with uniform limit 2 on two 64-unit tanh layers (Glorot limits would be 0.29 and 0.22): the second layer is ~75% saturated throughout'),
  'f-init-scale--laps-normal-std-1-deep': ('init-scale', 'laps-normal-std-1-deep', S, ['init-scale'],
    'lap-time regression through three 64-unit ReLU layers initialised normal std 1 (He std 0.18-0.53): activations blow up and the loss is Infinity by step 4'),
  'f-init-scale--risk-sigmoid-uniform-limit-5': ('init-scale', 'risk-sigmoid-uniform-limit-5', S, ['init-scale', 'saturated-activation'],
    'Risk battle outcome through sigmoid layers initialised uniform limit 5: the second sigmoid layer is ~80% saturated'),
  # ---- no-nonlinearity
  'f-no-nonlinearity--ttt-activation-omitted': ('no-nonlinearity', 'ttt-activation-omitted', S, ['no-nonlinearity'],
    'tic-tac-toe x-wins classifier whose hidden layers omit "activation" (default linear): the model is logistic regression; the endgame data is nearly linear so it reaches acc 0.98, where the tanh version reaches 1.000'),
  'f-no-nonlinearity--life-linear-stack': ('no-nonlinearity', 'life-linear-stack', S, ['no-nonlinearity'],
    'Game of Life rule (a non-linear count rule) learnt by "linear" hidden layers: only 0.72 of the baseline, acc 0.80 against a 0.73 prior, where the ReLU version reaches ~0'),
  'f-no-nonlinearity--laps-linear-hidden': ('no-nonlinearity', 'laps-linear-hidden', S, ['no-nonlinearity'],
    'lap time (quadratic optimum in wing, tyre pressure, gearing, ride height) fitted by "linear" hidden layers: stays at half the baseline where the ReLU version reaches 0.003 of it'),
  # ---- lr-out-of-range
  'f-lr-out-of-range--chess-adam-lr-10': ('lr-out-of-range', 'chess-adam-lr-10', S, ['lr-out-of-range', 'lr-too-high'],
    'chess result classifier with adam lr 10'),
  'f-lr-out-of-range--ruin-sgd-lr-1e-8': ('lr-out-of-range', 'ruin-sgd-lr-1e-8', S, ['lr-out-of-range', 'lr-too-low'],
    "gambler's-ruin probability regression with sgd lr 1e-8: nothing moves"),
  'f-lr-out-of-range--players-rmsprop-lr-3': ('lr-out-of-range', 'players-rmsprop-lr-3', S, ['lr-out-of-range', 'lr-too-high'],
    'basketball points regression with rmsprop lr 3: first layer dies, loss above the baseline'),
  # ---- dead-relu
  'f-dead-relu--c4-negative-bias': ('dead-relu', 'c4-negative-bias', P, ['dead-relu'],
    'connect-four classifier with "bias": -3 on both ReLU layers (meant to make them sparse): the second layer is dead from the start, loss at the baseline'),
  'f-dead-relu--matches-raw-elo-sgd': ('dead-relu', 'matches-raw-elo-sgd', P, ['dead-relu', 'lr-too-high', 'exploding-gradient'],
    'football home-win model on raw Elo ratings (1450-2000, normalize none) with sgd 0.01: the first steps blow up and every ReLU in both layers dies, loss stuck at the baseline'),
  'f-dead-relu--laps-raw-target-adam-hot': ('dead-relu', 'laps-raw-target-adam-hot', P, ['dead-relu', 'lr-too-high'],
    'lap-time regression (target ~90 s, no output bias) with adam lr 0.1: the early huge errors kill ~70% of the second ReLU layer'),
  'f-dead-relu--laps-raw-sgd': ('dead-relu', 'laps-raw-sgd', P, ['dead-relu', 'exploding-gradient', 'lr-too-high'],
    'lap-time regression on raw setup values (fuel up to 110 kg) with sgd 0.01: loss 1e12 at step 2, then the whole ReLU layer is dead and the loss sits at the baseline (no NaN)'),
  'f-dead-relu--players-raw-momentum': ('dead-relu', 'players-raw-momentum', P, ['dead-relu', 'exploding-gradient', 'lr-too-high'],
    'basketball points on raw features (opponent rating ~110) with sgd 0.01 momentum 0.9: loss 5e10 at step 2, then both ReLU layers dead, loss at the baseline'),
  'f-dead-relu--tennis-raw-rank-momentum': ('dead-relu', 'tennis-raw-rank-momentum', P, ['dead-relu', 'exploding-gradient', 'lr-too-high'],
    'tennis games difference from raw ATP-style ranks (1-400) with sgd 0.01 momentum 0.9: loss 1e30 at step 3, then the ReLU layer is dead, loss at the baseline'),
  'f-dead-relu--players-adam-batch8': ('dead-relu', 'players-adam-batch8', T, ['dead-relu', 'lr-too-high'],
    'basketball points regression with adam lr 0.05 and batch 8: 94% of the second ReLU layer dies, loss worse than the adam 0.003 spec'),
  'f-dead-relu--risk-rmsprop-batch2': ('dead-relu', 'risk-rmsprop-batch2', T, ['dead-relu', 'lr-too-high'],
    'Risk conquest probability with rmsprop lr 0.02 and batch 2: 88% of the ReLU layer dies; loss 3x that of the healthy Risk specs'),
  'f-dead-relu--c4-winmoves-rmsprop-0p05': ('dead-relu', 'c4-winmoves-rmsprop-0p05', T, ['dead-relu', 'lr-too-high'],
    'connect-four winning-moves count with rmsprop lr 0.05: 96% of the second ReLU layer dies; loss half the baseline where the lr 0.002 spec reaches 0.09 of it'),
  'f-dead-relu--c4-threats-adam-0p05': ('dead-relu', 'c4-threats-adam-0p05', T, ['dead-relu', 'lr-too-high'],
    'connect-four threats-against count with adam lr 0.05: 97% of the second ReLU layer dies and the loss crawls'),
  'f-dead-relu--queue-momentum-batch8': ('dead-relu', 'queue-momentum-batch8', T, ['dead-relu', 'lr-too-high'],
    'queue mean-wait regression with sgd 0.05 momentum 0.9 batch 8: the whole ReLU layer dies, the loss ends above the baseline and jitters'),
  # ---- exploding-gradient
  'f-exploding-gradient--chess-raw-elo-rmsprop': ('exploding-gradient', 'chess-raw-elo-rmsprop', P, ['exploding-gradient'],
    'chess score regression on raw Elo ratings (1000-2800, normalize none): gradient norms 3e4-3e5 for the whole run, loss 1500x the baseline'),
  'f-exploding-gradient--laps-deep-raw-sgd': ('exploding-gradient', 'laps-deep-raw-sgd', P, ['exploding-gradient'],
    'four ReLU layers on raw lap-time setup values with a raw ~90 s target, sgd lr turned down to 1e-6 to stop NaN: gradient norms 250-9600 all run, loss stuck at 29x the baseline'),
  'f-exploding-gradient--ruin-steps-raw-adam': ('exploding-gradient', 'ruin-steps-raw-adam', P, ['exploding-gradient'],
    "random-walk length (hundreds of steps, target unnormalized) from raw parameters with adam: gradient norms 100s-8000 throughout, loss flattens at 0.2 of the baseline"),
  'f-exploding-gradient--players-raw-deep-adam': ('exploding-gradient', 'players-raw-deep-adam', P, ['exploding-gradient'],
    'basketball points through four 64-unit ReLU layers on raw features: first-step gradient norms 1e4-5e4, then 100s-2000 spiking all run, loss noisy at 0.5 of the baseline'),
  # ---- nan-loss
  'f-nan-loss--queue-sgd-hot': ('nan-loss', 'queue-sgd-hot', P, ['nan-loss', 'lr-too-high', 'exploding-gradient'],
    'queue mean-wait regression on raw parameters with sgd 0.2 momentum 0.9 batch 16: loss Infinity at step 9'),
  'f-nan-loss--bj-sgd-batch4': ('nan-loss', 'bj-sgd-batch4', P, ['nan-loss', 'lr-too-high'],
    'blackjack win-probability regression with sgd 0.3 and batch 4: NaN at step 10'),
  'f-nan-loss--matches-momentum-0p99': ('nan-loss', 'matches-momentum-0p99', P, ['nan-loss', 'lr-too-high'],
    'football goal-difference regression with sgd 0.05 momentum 0.99: NaN within the first epoch'),
  'f-nan-loss--players-momentum-batch8': ('nan-loss', 'players-momentum-batch8', P, ['nan-loss', 'lr-too-high'],
    'basketball points with sgd 0.01 momentum 0.95 batch 8: NaN within the first epoch'),
  'f-nan-loss--tennis-sgd-batch2': ('nan-loss', 'tennis-sgd-batch2', P, ['nan-loss', 'lr-too-high'],
    'tennis games difference with sgd 0.02 and batch 2: NaN within the first epoch'),
  # ---- lr-too-high
  'f-lr-too-high--ttt-adam-0p2': ('lr-too-high', 'ttt-adam-0p2', T, ['lr-too-high', 'dead-relu'],
    'tic-tac-toe outcome with adam lr 0.2: stalls at 0.75 of the baseline, then jumps above the baseline at epoch 88 as the second ReLU layer dies'),
  'f-lr-too-high--bj-momentum-lr-1': ('lr-too-high', 'bj-momentum-lr-1', P, ['lr-too-high', 'dead-relu', 'exploding-gradient'],
    'blackjack win-probability with sgd lr 1.0 momentum 0.9: first epoch loss 1e20, then it swings above the baseline for the rest of the run'),
  'f-lr-too-high--chess-adam-0p1': ('lr-too-high', 'chess-adam-0p1', T, ['lr-too-high', 'oscillating-loss'],
    'chess result with adam lr 0.1: the loss bounces between 0.31 and 0.49 (the lr 0.003 spec reaches 0.145) and 94% of the second ReLU layer dies'),
  'f-lr-too-high--risk-adam-0p3': ('lr-too-high', 'risk-adam-0p3', T, ['lr-too-high', 'dead-relu'],
    'Risk conquest probability with adam lr 0.3: reaches 0.0035 then spikes repeatedly and ends at 0.019 as ReLU units die'),
  'f-lr-too-high--life-rmsprop-0p05': ('lr-too-high', 'life-rmsprop-0p05', T, ['lr-too-high', 'oscillating-loss'],
    'Game of Life rule with rmsprop lr 0.05: the loss reaches ~1e-9 then spikes back to the baseline level (up to 1.06) every 10-30 epochs'),
  # ---- lr-too-low
  'f-lr-too-low--chess-sgd-1e-4': ('lr-too-low', 'chess-sgd-1e-4', P, ['lr-too-low'],
    'chess result with plain sgd lr 1e-4 for 60 epochs: update ratio ~1e-5, loss still above the baseline'),
  'f-lr-too-low--players-adam-1e-5': ('lr-too-low', 'players-adam-1e-5', P, ['lr-too-low'],
    'basketball points with adam lr 1e-5: loss still 2x the baseline after 80 epochs'),
  'f-lr-too-low--life-rmsprop-1e-5': ('lr-too-low', 'life-rmsprop-1e-5', P, ['lr-too-low'],
    'Game of Life rule with rmsprop lr 1e-5: loss above the baseline after 150 epochs'),
  'f-lr-too-low--ttt-clipnorm-tiny': ('lr-too-low', 'ttt-clipnorm-tiny', P, ['lr-too-low', 'loss-plateau'],
    'tic-tac-toe x-wins with sgd 0.1 but clipNorm 1e-4 (meant 1e4?): every step is clipped to a 1e-5 move, update ratio ~1e-6, loss stays above the baseline'),
  # ---- saturated-activation
  'f-saturated-activation--matches-raw-elo-sigmoid': ('saturated-activation', 'matches-raw-elo-sigmoid', P, ['saturated-activation'],
    'football home-win model with sigmoid hidden layers fed raw Elo ratings (1450-2000): the first layer is 100% saturated'),
  'f-saturated-activation--laps-raw-tanh': ('saturated-activation', 'laps-raw-tanh', P, ['saturated-activation'],
    'lap time from raw setup values (fuel kg, track temp) through tanh layers: first layer ~95% saturated, loss 0.28 of the baseline where the normalized ReLU spec reaches 0.003'),
  'f-saturated-activation--chess-raw-elo-tanh': ('saturated-activation', 'chess-raw-elo-tanh', P, ['saturated-activation'],
    'chess result through a tanh layer fed raw Elo ratings: 100% saturated, loss stays at the baseline'),
  'f-saturated-activation--ttt-value-adam-batch4': ('saturated-activation', 'ttt-value-adam-batch4', T, ['saturated-activation', 'lr-too-high'],
    'tic-tac-toe minimax value regression with adam lr 0.03 and batch 4: both tanh layers are driven to 86-99% saturation and the loss stays near the baseline'),
  # ---- vanishing-gradient
  'f-vanishing-gradient--life-deep-sigmoid-sgd': ('vanishing-gradient', 'life-deep-sigmoid-sgd', P, ['vanishing-gradient'],
    'Game of Life rule through six 16-unit sigmoid layers with plain sgd: first-layer gradient ~1e-5, 10^4 below the last; loss at the baseline'),
  'f-vanishing-gradient--c4-deep-sigmoid-momentum': ('vanishing-gradient', 'c4-deep-sigmoid-momentum', P, ['vanishing-gradient'],
    'connect-four classifier through seven sigmoid layers with sgd momentum: first-layer gradient ~1e-5, loss at the baseline'),
  'f-vanishing-gradient--ttt-deep-sigmoid-rmsprop': ('vanishing-gradient', 'ttt-moves-deep-sigmoid-sgd', P, ['vanishing-gradient'],
    'tic-tac-toe best move through eight sigmoid layers with plain sgd: first-layer gradient ~5e-6, loss at the baseline'),
  # ---- loss-plateau
  'f-loss-plateau--chess-weight-decay-0p5': ('loss-plateau', 'chess-weight-decay-0p5', T, ['loss-plateau'],
    'chess result with adam and weightDecay 0.5 (coupled L2, meant as a small AdamW-style decay): the weights are held near zero and the loss sits at the baseline'),
  'f-loss-plateau--c4-weight-decay-sgd': ('loss-plateau', 'c4-weight-decay-sgd', T, ['loss-plateau'],
    'connect-four classifier with sgd momentum and weightDecay 0.1: the loss sits at the baseline all run'),
  'f-loss-plateau--ttt-moves-wd-adam': ('loss-plateau', 'ttt-moves-wd-adam', T, ['loss-plateau'],
    'tic-tac-toe best move with adam and weightDecay 0.05: the loss dips to 1.89 then settles back at the baseline 2.06 (the same net without decay reaches 0.0008)'),
  # ---- oscillating-loss
  'f-lr-too-high--c4-rmsprop-0p05': ('oscillating-loss', 'c4-rmsprop-0p05', T, ['oscillating-loss', 'lr-too-high'],
    'connect-four can-win with rmsprop lr 0.05: the loss zig-zags between 0.012 and 0.083 for the last 50 epochs without settling'),
  'f-oscillating-loss--ttt-moves-adam-0p05': ('oscillating-loss', 'ttt-moves-adam-0p05', T, ['oscillating-loss', 'lr-too-high'],
    'tic-tac-toe best move with adam lr 0.05: after epoch 40 the loss swings between 0.15 and 0.54 (the lr 0.003 spec reaches 0.0008)'),
  'f-oscillating-loss--ttt-moves-rmsprop-0p02': ('oscillating-loss', 'ttt-moves-rmsprop-0p02', T, ['oscillating-loss', 'lr-too-high'],
    'tic-tac-toe best move with rmsprop lr 0.02: from epoch 30 the loss zig-zags between 0.11 and 0.29 with no further progress'),
}
# renamed candidates whose intended code differs from the filing: keep as is (the slug above is what is filed)

HEALTHY = {
  'h--bj-winprob-adam': 'blackjack.csv standard, win_prob (Monte Carlo, 60 deals) regression, [16 relu, 8 relu, 1], mse, adam 0.005, batch 32, 120 epochs',
  'h--bj-winprob-rmsprop-elu': 'blackjack.csv minmax, 3 features, win_prob, [24 elu, 12 elu, 1 sigmoid], mse, rmsprop 0.002, 150 epochs',
  'f-oscillating-loss--bj-sgd-0p1-batch4': 'blackjack.csv standard, win_prob, [16 relu, 1], mse, plain sgd 0.1, batch 4, 80 epochs (written as an oscillation candidate; the engine shows a smooth, healthy run)',
  'h--blobs-styles-sgd': 'builtin blobs, 4 classes (player styles), noise 0.2, [16 relu, 4 softmax], cce, sgd 0.1, 100 epochs',
  'h--c4-canwin-leaky-rmsprop-dropout': 'connect4.csv (4x5 boards, mover view), can_win, [64 leaky_relu, dropout 0.2, 32 leaky_relu, 1 sigmoid], bce, rmsprop 0.001, 120 epochs',
  'h--c4-winmoves-bn-rmsprop': 'connect4.csv winning_moves count, [64 relu+batchNorm, 32 relu+batchNorm, 1], mse, rmsprop 0.001, batch 64, 60 epochs',
  'h--c4-winmoves-mse': 'connect4.csv winning_moves count, [48 relu, 24 relu, 1], mse, adam 0.002, 100 epochs',
  'h--ca5-tiny-adam': 'ca5.csv: exhaustive 32-row 5-cell totalistic automaton rule, [16 tanh, 1 sigmoid], bce, adam 0.03, batch 8, 400 epochs',
  'h--chess-result-adam': 'chess.csv standard (material + raw Elo normalized), result 3 classes, [32 relu, 16 relu, 3 softmax], cce, adam 0.003, validationSplit 0.2, 80 epochs',
  'h--chess-result-bn-momentum': 'chess.csv minmax, result, [48 relu+bn, 24 relu+bn, 3 softmax], cce, sgd 0.05 momentum 0.9, batch 64, 60 epochs',
  'h--chess-result-dropout-short': 'chess.csv standard, result, [32 relu, dropout 0.3, 3 softmax], cce, adam 0.003, validationSplit 0.2, 30 epochs',
  'h--chess-result-elu-wd': 'chess.csv standard, result, [40 elu, dropout 0.1, 20 elu, 3 softmax], cce, adam 0.002 weightDecay 1e-4, batch 64, 100 epochs',
  'h--chess-score-rmsprop': 'chess.csv standard, score (1/0.5/0) regression, [32 tanh, 1 sigmoid], mse, rmsprop 0.002, 80 epochs',
  'h--iris-adam': 'builtin iris standard, [16 relu, 3 softmax], cce, adam 0.01, batch 16, 150 epochs',
  'h--laps-adam-bias': 'laptimes.csv standard, lap_s (~90 s), [64 relu, 32 relu, 1 linear bias 89.5], mse, adam 0.003, 300 epochs',
  'h--laps-momentum-clip': 'laptimes.csv standard, lap_s, [64 relu, 1 linear bias 89], mse, sgd 0.005 momentum 0.9 clipNorm 10, batch 16, 300 epochs',
  'h--life-counts-tanh': 'life.csv minmax, features center + neighbour count, [16 tanh, 1 sigmoid], bce, adam 0.02, batch 16, 300 epochs',
  'h--life-next-adam': 'life.csv: exhaustive 512 Game of Life neighbourhoods, 9 cells, [32 relu, 16 relu, 1 sigmoid], bce, adam 0.01, 300 epochs',
  'h--moons-dropout-adam': 'builtin moons 400, noise 0.15, [32 relu, dropout 0.2, 16 relu, 1 sigmoid], bce, adam 0.01, 200 epochs',
  'h--players-points-adam': 'players.csv standard, points regression, [32 relu, 16 relu, 1], mse, adam 0.003, validationSplit 0.2, 100 epochs',
  'h--players-points-bn-leaky': 'players.csv standard, points, [32 leaky_relu+batchNorm, 16 leaky_relu, 1], mse, adam 0.003, batch 64, 80 epochs',
  'h--players-points-elu-rmsprop-clip': 'players.csv standard, points, [32 elu, 1], mse, rmsprop 0.003 clipNorm 5, batch 64, 100 epochs',
  'h--players-points-sgd-wd': 'players.csv standard, points, [24 relu, 12 relu, 1], mse, sgd 0.01 momentum 0.9 weightDecay 1e-4, 100 epochs',
  'h--queue-wait-adam': 'queue.csv standard (M/M/c simulation), mean_wait_min, [32 relu, 16 relu, 1], mse, adam 0.003, 200 epochs',
  'h--risk-conquered-bce': 'risk.csv standard, conquered (one simulated battle, noisy 0/1), [16 relu, 1 sigmoid], bce, adam 0.01, 80 epochs',
  'h--risk-pconquer-elu': 'risk.csv standard, p_conquer (Monte Carlo, 40 battles), [24 elu, 12 elu, 1], mse, adam 0.003, 150 epochs',
  'h--risk-pconquer-tanh': 'risk.csv minmax, p_conquer, [32 tanh, 16 tanh, 1 sigmoid], mse, adam 0.005, 200 epochs',
  'h--ruin-preach-tanh': "ruin.csv minmax (gambler's ruin, 50 walks per row), p_reach, [32 tanh, 32 tanh, 1 sigmoid], mse, adam 0.003, 200 epochs",
  'h--sine-pendulum-adam': 'builtin sine 300, noise 0.05 (pendulum-like periodic signal), [32 tanh, 32 tanh, 1], mse, adam 0.01, 300 epochs',
  'h--spirals-3-adam': 'builtin spirals 3 classes, 600 samples, [64 relu, 64 relu, 3 softmax], cce, adam 0.01, 400 epochs',
  'h--ttt-bestmove-adam': 'ttt-moves.csv (all 2423 X-to-move positions, minimax best move 0..8), [96 relu, 64 relu, 9 softmax], cce, adam 0.003, batch 64, 150 epochs',
  'h--ttt-onehot-momentum': 'tictactoe.csv one-hot target [x_win, o_win, draw], [32 relu, 3 softmax], cce, sgd 0.05 momentum 0.9, batch 16, 150 epochs',
  'h--ttt-outcome-adam': 'tictactoe.csv (all 958 endgames; draws 16 rows), outcome string classes, [32 relu, 16 relu, 3 softmax], cce, adam 0.005, 150 epochs',
  'h--ttt-value-classes-momentum': 'ttt-moves.csv minimax value -1/0/1 as 3 classes, [64 relu, 32 relu, 3 softmax], cce, sgd 0.05 momentum 0.9, 120 epochs',
  'h--ttt-value-tanh': 'ttt-moves.csv minimax value as regression, [48 tanh, 24 tanh, 1], mse, adam 0.003, 150 epochs',
  'h--ttt-xwin-nesterov': 'tictactoe.csv x_win, [27 leaky_relu, 9 leaky_relu, 1 sigmoid], bce, sgd 0.03 nesterov momentum 0.9, validationSplit 0.15, 200 epochs',
  'h--ttt-xwin-tanh-rmsprop': 'tictactoe.csv x_win, [24 tanh, 1 sigmoid], bce, rmsprop 0.003, 120 epochs',
  'h--xor-pennies-momentum': 'builtin xor 300 (matching-pennies payoff), [16 tanh, 1 sigmoid], bce, sgd 0.1 momentum 0.9, batch 16, 200 epochs',
}

DROPPED = {
  'h--c4-canwin-adam': 'overfits: train loss 0.001 but validation loss 0.45, above the baseline 0.40; not clearly healthy, and overfitting is none of the 17 codes',
  'h--circles-rmsprop': 'trains to 6e-5 but its hidden tanh layer is 57-72% saturated; neither clearly healthy nor a fault',
  'h--laps-rmsprop-tanh': 'fits well (0.01 of the baseline) but the second tanh layer is 55-61% saturated; ambiguous',
  'h--queue-wait-rmsprop-minmax': 'fits (0.19 of the baseline) but the second tanh layer is ~80% saturated; ambiguous',
  'h--risk-pconquer-sgd': 'fits (0.02 of the baseline) but 56-75% of its second ReLU layer is dead; ambiguous',
  'h--matches-homewin-adam': 'football outcomes are noisy: best loss 0.89 of the baseline, not clearly trained well',
  'h--matches-goaldiff-mse': 'noisy goal difference: 0.78 of the baseline, not clearly trained well',
  'h--tennis-awin-adam': 'noisy match outcome: 0.84 of the baseline, not clearly trained well',
  'h--tennis-games-rmsprop': 'noisy games difference: 0.76 of the baseline, not clearly trained well',
  'f-loss-plateau--c4-one-unit-bottleneck': 'the 1-unit ReLU bottleneck still trains to 0.18 of the baseline (acc 0.975); no plateau',
  'f-loss-plateau--life-two-units': 'a 2-unit layer still reaches 0.33 of the baseline (acc 0.91); underfits but no clear plateau',
  'f-loss-plateau--risk-dropout-0p9': 'dropout 0.9 flattens at 0.45 of the baseline (healthy Risk specs reach 0.02); worse, but it did learn: neither clearly a plateau nor healthy',
  'f-loss-plateau--tennis-wd-rmsprop': 'weightDecay 1 pins it at the baseline, but the tennis labels allow only ~0.84 of the baseline anyway, so not "far from a good loss"',
  'f-lr-too-high--tennis-sgd-lr-2': 'sgd lr 2 stays noisy at 0.87-0.95 of the baseline, barely worse than the noisy-label ceiling; not clear',
  'f-nan-loss--ruin-steps-sgd': 'no NaN: it trains to 0.04 of the baseline, though the tanh layer is ~75% saturated; ambiguous',
  'f-oscillating-loss--bj-adam-0p05': '75% of both ReLU layers die but the loss (0.08 of the baseline) is close to the healthy runs; symptom without clear harm',
  'f-oscillating-loss--ca5-fullbatch-momentum': 'swings for ~20 epochs, then converges to 0.0004 of the baseline; neither',
  'f-oscillating-loss--life-fullbatch-momentum': 'swings early, then converges to 3e-5 of the baseline; neither',
  'f-oscillating-loss--ttt-outcome-rmsprop-0p05': 'spikes in the first 55 epochs, then settles at 1e-12; neither',
  'f-oscillating-loss--laps-rmsprop-0p02': 'small jitter while reaching 0.02 of the baseline; not clearly oscillating',
  'f-oscillating-loss--players-rmsprop-0p03': 'trains steadily to 0.41 of the baseline; 44-56% of a layer dead at times; ambiguous',
  'f-oscillating-loss--c4-momentum-0p2': 'swings mid-run, then settles at 0.006 of the baseline; neither',
  'f-oscillating-loss--c4-adam-0p03': 'converges to 4e-4 of the baseline though half its second ReLU layer is dead; ambiguous',
  'f-oscillating-loss--ttt-xwin-rmsprop-0p03': 'converges to 1e-9 with a ~50% saturated tanh layer; ambiguous',
  'f-oscillating-loss--chess-adam-0p05-batch16': 'bounces by a few % of the baseline around 0.3 while its ReLU layer partly dies; between lr-too-high and oscillating, not clear',
  'f-oscillating-loss--chess-rmsprop-0p05': 'bounces 0.30-0.40 (a few % of the baseline); too close to chess-adam-0p1, not clearly either code',
  'f-oscillating-loss--chess-rmsprop-0p02': 'flat at 0.21 of the baseline with small jitter; neither',
}

# rename map for the candidates filed under a code other than their name's prefix
RENAMED = {
  'f-nan-loss--laps-raw-sgd': 'f-dead-relu--laps-raw-sgd', 'f-nan-loss--players-raw-momentum': 'f-dead-relu--players-raw-momentum',
  'f-nan-loss--tennis-raw-rank-momentum': 'f-dead-relu--tennis-raw-rank-momentum',
  'f-oscillating-loss--players-adam-batch8': 'f-dead-relu--players-adam-batch8', 'f-oscillating-loss--risk-rmsprop-batch2': 'f-dead-relu--risk-rmsprop-batch2',
  'f-oscillating-loss--c4-winmoves-rmsprop-0p05': 'f-dead-relu--c4-winmoves-rmsprop-0p05', 'f-oscillating-loss--c4-threats-adam-0p05': 'f-dead-relu--c4-threats-adam-0p05',
  'f-oscillating-loss--queue-momentum-batch8': 'f-dead-relu--queue-momentum-batch8', 'f-dead-relu--queue-sgd-hot': 'f-nan-loss--queue-sgd-hot',
  'f-oscillating-loss--bj-sgd-batch4': 'f-nan-loss--bj-sgd-batch4', 'f-oscillating-loss--matches-momentum-0p99': 'f-nan-loss--matches-momentum-0p99',
  'f-oscillating-loss--players-momentum-batch8': 'f-nan-loss--players-momentum-batch8', 'f-oscillating-loss--tennis-sgd-batch2': 'f-nan-loss--tennis-sgd-batch2',
  'f-oscillating-loss--life-rmsprop-0p05': 'f-lr-too-high--life-rmsprop-0p05', 'f-loss-plateau--ttt-clipnorm-tiny': 'f-lr-too-low--ttt-clipnorm-tiny',
  'f-oscillating-loss--ttt-value-adam-batch4': 'f-saturated-activation--ttt-value-adam-batch4',
}
FAULTS = {({v: k for k, v in RENAMED.items()}).get(k, k): v for k, v in FAULTS.items()}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
claimed = set(FAULTS) | set(HEALTHY) | set(DROPPED)
assert set(cands) == claimed, (sorted(set(cands) - claimed), sorted(claimed - set(cands)))
assert not (set(FAULTS) & set(HEALTHY)) and not (set(FAULTS) & set(DROPPED)) and not (set(HEALTHY) & set(DROPPED))

for d in ('faulty', 'healthy', 'dropped'):
    shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    os.makedirs(os.path.join(HERE, d))

def copy(cand, dest, slug):
    spec = json.load(open(os.path.join(CAND, cand + '.nn.json')))
    spec['name'] = slug
    with open(os.path.join(HERE, dest), 'w') as f:
        f.write(json.dumps(spec, indent=2) + '\n')

faults, healthy = [], []
for cand in cands:
    obs = observed[cand]
    if cand in FAULTS:
        code, slug, stage, catches, text = FAULTS[cand]
        assert code in catches
        file = f'faulty/{code}.{slug}.nn.json'
        copy(cand, file, slug)
        faults.append({'file': file, 'code': code, 'fault': f'{text} (observe: {obs})', 'stage': stage, 'catches': catches})
    elif cand in HEALTHY:
        slug = re.sub(r'^(f-[a-z-]+--|h--)', '', cand)
        file = f'healthy/{slug}.nn.json'
        copy(cand, file, slug)
        healthy.append({'file': file, 'covers': f'{HEALTHY[cand]} (observe: {obs})'})
    else:
        copy(cand, f'dropped/{cand}.nn.json', re.sub(r'^(f-[a-z-]+--|h--)', '', cand))

faults.sort(key=lambda e: e['file'])
healthy.sort(key=lambda e: e['file'])
about = ('Forty-sixth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
  'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could '
  'first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" (and healthy "covers") '
  'ends with the line measured on the bare engine by test/faults/observe.ts --summary (observed.txt, keyed by candidate name); '
  'observed-curves.txt holds --curve runs for the curve-dependent verdicts, observed-steps.txt test/faults/steps.ts runs for the fast blow-ups; '
  'no diagnosis code involved. Theme: games, sports and simulations: exhaustive tic-tac-toe endgames (958 rows, draws rare) and minimax best '
  'moves (2423 positions), 4x5 connect-four boards, blackjack and Risk dice Monte Carlo estimates, chess material with raw Elo ratings, '
  'football results from Elo (noisy), basketball player points, racing lap times from car setup, Game of Life and a 32-row automaton rule, '
  "an M/M/c queue simulation, gambler's-ruin random walks, point-by-point tennis matches, plus builtin blobs/spirals/moons/xor/sine/iris. "
  'Data written by data/generate.ts (seeded), candidate specs by author.ts, filing and this manifest by write-manifest.py. See README.md.')
with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
    f.write(json.dumps({'about': about, 'faults': faults, 'healthy': healthy}, indent=2) + '\n')

from collections import Counter
c = Counter(e['code'] for e in faults)
print(len(faults), 'faulty;', len(healthy), 'healthy;', len(DROPPED), 'dropped')
for k, v in sorted(c.items()): print(f'  {k}: {v}')
