#!/usr/bin/env python3
"""Verdicts for fault set blind260: files each candidate into faulty/, healthy/ or dropped/ and writes manifest.json.
Run from test/faults-blind260 after observed.txt exists."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m: obs[m.group(1)] = line

# candidate -> (code, stage, catches, fault text); a code differing from the file's prefix is a re-filing.
F = {
 'invalid-spec.boiler-adamw': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch boiler-exam notebook; the engine has adam with weightDecay'),
 'invalid-spec.firing-keras-loss-name': ('invalid-spec', 'static', [], 'loss written with the Keras name "categorical_crossentropy" instead of "cce" on the firing-turns duty classifier'),
 'invalid-spec.ridership-dropout-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (20) instead of a fraction (0.2) in the ridership regressor'),
 'invalid-spec.register-glorot-init': ('invalid-spec', 'static', [], 'init "glorot_uniform" (the Keras name) instead of "xavier_uniform" on the loco-register classifier'),
 'data-error.boiler-file-typo': ('data-error', 'static', [], 'csv path "../data/boiler.csv" misses the s of boilers.csv'),
 'data-error.boiler-exam-date-feature': ('data-error', 'static', [], 'the exam_date text column (ISO dates) listed among the numeric features of the boiler-exam model'),
 'data-error.boiler-gaps-export': ('data-error', 'static', [], 'trains on boilers-gaps.csv, the export whose unrecorded readings are NA, empty or "?"'),
 'data-error.ridership-shared-drive-path': ('data-error', 'static', [], 'csv path climbs out of the workspace to the society\'s shared drive (/srv/society/ridership.csv)'),
 'shape-mismatch.firing-forgot-banker': ('shape-mismatch', 'static', [], 'firing-turns duty has 4 classes (light, medium, heavy and the rare banker) but the softmax head has 3 units'),
 'shape-mismatch.register-three-classes': ('shape-mismatch', 'static', [], 'loco-register arrangement has 4 classes (the rare garratt included) but the softmax head has 3 units'),
 'shape-mismatch.ridership-two-outputs': ('shape-mismatch', 'static', [], 'passenger-count regression (one target column) with a 2-unit output layer'),
 'shape-mismatch.ridership-pax-and-revenue-one-unit': ('shape-mismatch', 'static', [], 'two target columns (passengers and revenue_gbp) predicted by a 1-unit output layer'),
 'loss-activation-mismatch.firing-sigmoid-cce': ('loss-activation-mismatch', 'static', [], 'cce on a 4-unit sigmoid head instead of softmax: the loss runs towards zero while accuracy stays at 0.55'),
 'loss-activation-mismatch.boiler-linear-bce': ('loss-activation-mismatch', 'static', [], 'bce on a linear 1-unit head (sigmoid forgotten) for boiler-exam failure: the loss ends at twice the baseline'),
 'loss-activation-mismatch.ridership-relu-head': ('loss-activation-mismatch', 'static', [], 'relu output on a standardised passenger target, half of whose values are negative and unreachable'),
 'loss-activation-mismatch.volunteers-tanh-bce': ('loss-activation-mismatch', 'static', [], 'bce on a tanh output for member renewal (outputs in -1..1 are not probabilities)'),
 'init-symmetry.boiler-zeros-hidden': ('init-symmetry', 'static', ['dead-relu'], 'zeros init on a 16-unit relu layer: every unit identical and silent, the loss stays at the baseline'),
 'init-symmetry.register-constant-second': ('init-symmetry', 'static', [], 'constant 0.2 init on the second hidden layer (10 units) and the head: those units stay identical, the loss ends far above the healthy register models'),
 'init-symmetry.volunteers-all-zeros': ('init-symmetry', 'static', [], 'zeros init on both tanh hidden layers and the head of the renewal model: no gradient reaches the hidden layers, loss at the baseline'),
 'init-scale.boiler-std8-tanh': ('init-scale', 'static', ['saturated-activation'], 'normal init with std 8 on a 32-unit tanh layer over standardised inputs: ~90% of the units saturated'),
 'init-scale.ridership-uniform20': ('init-scale', 'static', ['exploding-gradient', 'dead-relu'], 'uniform init with limit 20 on two relu layers: first loss 1e13 and a dead second layer'),
 'init-scale.firing-tiny-deep': ('init-scale', 'static', ['vanishing-gradient'], 'normal init std 1e-4 on a 3-hidden-layer tanh net: first-layer gradients ~1e-10, the loss never leaves the baseline'),
 'exploding-gradient.boiler-deep-wide-init': ('init-scale', 'static', ['exploding-gradient'], 'normal init std 0.6 on five 64-unit relu layers (he would be ~0.18): first loss 379 and gradient norms to 58 before it recovers'),
 'no-nonlinearity.moons-linear-stack': ('no-nonlinearity', 'static', [], 'three hidden layers all "linear" on moons: a logistic regression in disguise'),
 'no-nonlinearity.circles-default-activations': ('no-nonlinearity', 'static', [], 'hidden layers without an activation (default linear) on circles: the loss stays at the baseline'),
 'no-nonlinearity.firing-linear-hidden': ('no-nonlinearity', 'static', [], 'two explicitly linear hidden layers in the firing-turns duty classifier'),
 'no-nonlinearity.volunteers-forgot-activation': ('no-nonlinearity', 'static', [], 'activations left out of both hidden layers of the renewal model (default linear)'),
 'lr-out-of-range.boiler-adam-3': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam with lr 3 (meant 3e-3): relu layer 81% dead, loss back at the baseline'),
 'lr-out-of-range.ridership-sgd-25': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd with lr 25 on the ridership regressor: NaN in the first epoch'),
 'lr-out-of-range.firing-rmsprop-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop with lr 1e-9: the loss does not move'),
 'lr-out-of-range.register-sgd-1e-8': ('lr-out-of-range', 'static', ['lr-too-low'], 'sgd momentum with lr 1e-8: the loss does not move'),
 'dead-relu.boiler-negative-bias': ('dead-relu', 'probe', ['init-scale'], 'relu layer with initial bias -6 over standardised inputs: 96% of the units never fire'),
 'dead-relu.firing-sparsity-bias': ('dead-relu', 'probe', [], 'small uniform init with bias -0.5 "for sparsity": every relu unit is dead from the start, loss at the baseline'),
 'dead-relu.volunteers-second-layer-bias': ('dead-relu', 'probe', [], 'second relu layer given bias -4: 69-75% of its units dead'),
 'lr-too-high.volunteers-adam-03': ('dead-relu', 'probe', ['lr-too-high'], 'adam lr 0.3 on a two-relu-layer renewal model: the second relu layer dies entirely and the loss sits at the baseline'),
 'exploding-gradient.register-raw-features': ('exploding-gradient', 'probe', ['dead-relu', 'lr-too-high'], 'register features left raw (tractive effort ~30000 lbf) into relu layers with sgd momentum: first loss ~1e13, then dead layers at the baseline'),
 'exploding-gradient.ridership-raw-target-sgd': ('exploding-gradient', 'probe', ['dead-relu'], 'passenger counts left raw (normalizeTarget none) under sgd: first loss 7.6e6, output gradients to 1650, the second layer dies at the baseline'),
 'exploding-gradient.ridership-revenue-raw': ('exploding-gradient', 'probe', ['dead-relu'], 'raw features and raw revenue in pounds (~£15000) under sgd momentum: output gradient norm stays at 2.6e4-4.2e4 and the loss ends 4x the baseline'),
 'nan-loss.boiler-raw-miles-relu': ('exploding-gradient', 'probe', ['dead-relu'], 'boiler features raw (miles since overhaul ~10000) into relu layers with sgd momentum 0.9: first loss 1.5e16, then every relu unit dead at the baseline'),
 'vanishing-gradient.boiler-eight-sigmoids': ('vanishing-gradient', 'probe', ['loss-plateau'], 'eight 16-unit sigmoid layers under plain sgd: first-layer gradient ~1e-5, loss stuck at the baseline'),
 'vanishing-gradient.register-seven-sigmoids': ('vanishing-gradient', 'probe', ['loss-plateau'], 'seven sigmoid layers under sgd momentum: first-layer gradient ~3e-5, loss stuck at the baseline'),
 'vanishing-gradient.volunteers-ten-tanh-small-init': ('vanishing-gradient', 'probe', ['init-scale', 'loss-plateau'], 'ten tanh layers with the default normal init (std 0.05): first-layer gradient ~1e-7, loss at the baseline'),
 'nan-loss.ridership-raw-linear': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'linear regression on raw ridership features and raw passenger counts with sgd 0.01: NaN in the first epoch'),
 'nan-loss.sine-sgd-3': ('nan-loss', 'probe', ['lr-too-high'], 'sgd momentum with lr 3 on sine: NaN in the first epoch'),
 'ok.sine-elu-nesterov': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'nesterov sgd lr 0.02 on the unnormalised sine input, meant healthy: the loss goes 17 -> 1e4 -> 1e46 -> NaN in seven steps'),
 'oscillating-loss.ridership-full-batch-sgd': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'full-batch sgd lr 0.9 on the standardised ridership data (collinear revenue-driving features): the loss grows tenfold per epoch and is NaN at epoch 36'),
 'lr-too-high.boiler-sgd-3': ('lr-too-high', 'probe', ['oscillating-loss'], 'plain sgd lr 3 on the boiler-exam tanh model: the loss bounces between 0.13 and 0.68 throughout'),
 'lr-too-high.firing-adam-1': ('lr-too-high', 'probe', ['oscillating-loss', 'dead-relu'], 'adam lr 1 on the firing-turns model: first loss 18.5, the loss swings 1.2-7.7 and ends 5.6x the baseline'),
 'oscillating-loss.circles-momentum-batch8': ('lr-too-high', 'probe', ['oscillating-loss', 'saturated-activation'], 'sgd lr 1.5 momentum 0.9 on circles: the loss rises to 3-21 (baseline 0.69) and never comes down, tanh saturated'),
 'oscillating-loss.register-momentum-batch4': ('lr-too-high', 'probe', ['exploding-gradient', 'dead-relu', 'oscillating-loss'], 'sgd lr 0.5 momentum 0.9 at batch 4 on the register: the loss climbs to 1.9e12, then 81% of the relu units are dead and it bounces near 0.95'),
 'lr-too-low.boiler-sgd-1e-4': ('lr-too-low', 'probe', [], 'plain sgd lr 1e-4 for 60 epochs on the boiler-exam model: 0.605 -> 0.591, above the baseline'),
 'lr-too-low.ridership-adam-1e-5': ('lr-too-low', 'probe', [], 'adam lr 1e-5 on the ridership regressor: 5.15 -> 4.03 in 80 epochs, 4x the baseline'),
 'lr-too-low.firing-rmsprop-1e-6': ('lr-too-low', 'probe', [], 'rmsprop lr 1e-6: 1.607 -> 1.590 in 80 epochs'),
 'lr-too-low.iris-full-batch-sgd': ('lr-too-low', 'probe', [], 'full-batch plain sgd lr 5e-4 on iris: 1.41 -> 1.26 in 200 epochs, above the baseline'),
 'saturated-activation.boiler-raw-tanh': ('saturated-activation', 'probe', [], 'raw boiler features (miles ~10000, psi ~200) into a tanh layer: every unit saturated, loss near the baseline'),
 'saturated-activation.register-raw-sigmoid': ('saturated-activation', 'probe', [], 'raw register features (tractive effort ~30000 lbf) into a sigmoid layer: all saturated, zero gradient, loss at the baseline'),
 'saturated-activation.ridership-raw-sigmoid': ('saturated-activation', 'probe', [], 'raw ridership features into a sigmoid layer: 84-96% saturated, loss 0.13 of baseline where the healthy models reach 0.02-0.05'),
 'saturated-activation.volunteers-raw-tanh': ('saturated-activation', 'probe', [], 'raw volunteer features (distance to 400 km, hours to 160) into tanh: 96-100% of the first layer saturated, loss 0.89 of baseline'),
 'loss-plateau.xor-sigmoid-full-batch': ('loss-plateau', 'training', [], 'xor with a 4-unit sigmoid layer, full-batch sgd 0.1: the loss sits at 0.69 for 300 epochs although xor is solvable (ok.xor-tanh-full-batch reaches 0.01)'),
 'loss-plateau.firing-weight-decay-1': ('loss-plateau', 'training', [], 'adam with weightDecay 1 (meant 1e-4): the loss dips to 1.00 then drifts back to the baseline and stays'),
 'loss-plateau.moons-deep-sigmoid-full-batch': ('loss-plateau', 'training', ['vanishing-gradient'], 'three sigmoid layers, full-batch sgd 0.05 on moons: the loss creeps 0.701 -> 0.685 over 300 epochs'),
 'loss-plateau.boiler-sgd-weight-decay': ('loss-plateau', 'training', [], 'sgd momentum with weightDecay 0.5: the loss sits at the baseline 0.507 from epoch 3 on'),
 'oscillating-loss.moons-adam-batch4': ('oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.2 at batch 4 on noisy moons: the loss swings between 0.14 and 0.33 for 100 epochs'),
 'oscillating-loss.moons-adam-batch2': ('oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.1 at batch 2 on noisy moons: the loss swings between 0.02 and 0.15 and does not settle'),
 'oscillating-loss.firing-rmsprop-batch4': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop lr 0.05 at batch 4 on firing turns: the loss swings between 0.37 and 0.59 and does not settle (healthy models reach 0.13)'),
}
TRIM = 'trimmed to keep the set within 55-65 faults; it showed its fault'
D = {
 'invalid-spec.volunteer-swish': TRIM, 'data-error.boiler-target-plural': TRIM, 'data-error.volunteers-all-columns': TRIM,
 'shape-mismatch.iris-two-softmax': TRIM, 'nan-loss.ridership-raw-everything': TRIM + ' (would be re-filed exploding-gradient: first loss 3e38, no NaN)',
 'dead-relu.ridership-sgd-kill': TRIM + ' (would be re-filed nan-loss: NaN in epoch 1)', 'lr-too-high.ridership-momentum-03': TRIM + ' (would be re-filed nan-loss)',
 'nan-loss.firing-sgd-5': TRIM + ' (would be re-filed lr-too-high: no NaN, first loss 6.5e7)', 'vanishing-gradient.moons-six-sigmoids': TRIM,
 'loss-activation-mismatch.register-softmax-mse': 'softmax head with mse trained to 0.0018, accuracy 1.000: the mismatch does not hurt here',
 'loss-activation-mismatch.ridership-sigmoid-standardised': TRIM,
 'init-scale.register-std30': 'std 30 saturates 93% of the sigmoid units yet the loss reaches 0.13 of baseline: borderline',
 'init-symmetry.ridership-constant-tanh': 'constant tanh init still trains to 0.05 of baseline (as well as a linear model): the symmetry does not show',
 'dead-relu.moons-adam-blowout': '59-78% dead units but the loss reaches 8e-5: trains well despite them',
 'nan-loss.ridership-nesterov-raw-target': 'no NaN; ends 0.21 of baseline with saturated tanh: ambiguous',
 'lr-too-high.register-rmsprop-01': 'spiky but the loss reaches 1e-7; spikes of 0.1 on a 1.23 baseline: borderline',
 'loss-plateau.ridership-dropout-09': 'descends noisily to 0.5 of baseline: not a clear plateau',
 'oscillating-loss.boiler-momentum-full-batch': 'bounces early then descends smoothly to 0.14 of baseline: not oscillating',
 'oscillating-loss.volunteers-rmsprop-batch8': 'noisy but steadily descending: borderline',
 'ok.boiler-logistic': 'ends at 0.95 of baseline: underfits, not clearly healthy',
 'ok.boiler-nesterov-batch1': 'ends at 0.80 of baseline in 30 epochs: borderline',
 'ok.boiler-rmsprop-elu': 'ends at 0.78 of baseline: borderline',
 'ok.boiler-batchnorm-dropout': 'ends at 0.66 of baseline while others reach 0.06-0.4: borderline',
 'ok.boiler-adam-relu': 'validation loss 0.79 above the 0.51 baseline: overfits, may be faulty',
 'ok.volunteers-adam-relu': 'ends 0.74 of baseline, validation at the baseline: borderline',
 'ok.volunteers-sigmoid-hidden-sgd': 'ends 0.79 of baseline: borderline', 'ok.volunteers-logistic-adam': 'ends 0.87 of baseline: borderline',
 'ok.volunteers-elu-nesterov-batch4': 'ends 0.77 of baseline: borderline', 'ok.volunteers-two-class-softmax': 'ends 0.82 of baseline: borderline',
 'ok.volunteers-deep-clip-adam': 'ends 0.56 of baseline: the renewal data is noisy, not clearly far below',
 'ok.blobs-five-rmsprop': 'ends 0.41 of baseline with accuracy 0.72: borderline',
 'ok.firing-elu-batchnorm-sgd': 'ends 0.38 of baseline where other firing models reach 0.11-0.3: borderline',
 'ok.spirals-deep-adam': 'ends 0.32 of baseline, accuracy 0.84 after 300 epochs: borderline',
}
H = {
 'ok.boiler-sgd-momentum-tanh': 'boilers.csv standard, [12 tanh, 1 sigmoid], bce, sgd momentum 0.9 lr 0.05, batch 32, 150 epochs',
 'ok.boiler-wide-sgd-batch-full': 'boilers.csv standard, [64 relu, 1 sigmoid], bce, sgd momentum 0.9 lr 0.3, full batch 420, 300 epochs',
 'ok.boiler-long-adam-small-lr': 'boilers.csv standard, [32 relu, 16 relu, 1 sigmoid], bce, adam 0.001, batch 32, 400 epochs',
 'ok.ridership-adam-relu': 'ridership.csv standard + normalizeTarget standard, [32 relu, 16 relu, 1], mse, adam 0.003, validationSplit 0.2',
 'ok.ridership-linear-regression': 'ridership.csv, [1 linear], mse, plain sgd 0.05, full batch 480',
 'ok.ridership-minmax-sigmoid-head': 'ridership.csv normalizeTarget minmax, [24 tanh, 1 sigmoid], mse, adam 0.005 (sigmoid head suits a 0..1 target)',
 'ok.ridership-raw-target-clipped-adam': 'ridership.csv raw passenger counts (normalizeTarget none), [32 relu, 1 linear bias 900], mse, adam 0.05 clipNorm 5',
 'ok.ridership-rmsprop-elu-deep': 'ridership.csv, [32 elu, 32 elu, 16 elu, 1], mse, rmsprop 0.001',
 'ok.ridership-revenue-nesterov': 'ridership.csv target revenue_gbp, [24 relu, 1], mse, sgd nesterov 0.01, batch 16',
 'ok.ridership-pax-and-revenue': 'ridership.csv two targets (passengers, revenue_gbp), [32 relu, 2], mse, adam 0.003',
 'ok.ridership-batchnorm-sgd': 'ridership.csv, [32 relu bn, 16 relu bn, 1], mse, sgd momentum 0.02',
 'ok.ridership-tanh-wd-batch2': 'ridership.csv, [16 tanh, 1], mse, plain sgd 0.005 weightDecay 1e-4, batch 2, 40 epochs',
 'ok.ridership-leaky-adam-wd': 'ridership.csv, [48 leaky_relu, 24 leaky_relu, 1], mse, adam 0.002 weightDecay 1e-4, batch 64',
 'ok.ridership-rmsprop-batch1': 'ridership.csv, [12 relu, 1], mse, rmsprop 0.0005, batch 1, 25 epochs',
 'ok.firing-adam-relu': 'firing-turns.csv (semicolons, decimal commas) standard, [32 relu, 16 relu, 4 softmax], cce, adam 0.003, validationSplit 0.2',
 'ok.firing-softmax-regression': 'firing-turns.csv, [4 softmax], cce, plain sgd 0.2, batch 64',
 'ok.firing-minmax-tanh-rmsprop': 'firing-turns.csv minmax, [24 tanh, 4 softmax], cce, rmsprop 0.003, batch 16',
 'ok.firing-deep-leaky-momentum': 'firing-turns.csv, [32, 32, 16, 16 leaky_relu, 4 softmax], cce, sgd momentum 0.02',
 'ok.firing-dropout-weight-decay': 'firing-turns.csv, [48 relu, dropout 0.3, 4 softmax], cce, adam 0.003 weightDecay 1e-3',
 'ok.firing-uniform-init-adam': 'firing-turns.csv, [32 relu he_uniform, 4 softmax uniform 0.1], cce, adam 0.005',
 'ok.firing-full-batch-adam': 'firing-turns.csv, [32 tanh, 4 softmax], cce, adam 0.02, full batch 390, 300 epochs',
 'ok.register-adam-relu': 'loco-register.csv standard, [24 relu, 12 relu, 4 softmax], cce, adam 0.003, validationSplit 0.2',
 'ok.register-tanh-sgd': 'loco-register.csv, [16 tanh, 4 softmax], cce, plain sgd 0.1, batch 16',
 'ok.register-minmax-rmsprop-batchnorm': 'loco-register.csv minmax, [32 relu bn, 4 softmax], cce, rmsprop 0.003',
 'ok.register-xavier-sigmoid-adam': 'loco-register.csv, [16 sigmoid xavier_normal, 4 softmax], cce, adam 0.01',
 'ok.register-lecun-elu-clip': 'loco-register.csv, [32 elu lecun, 16 elu lecun, 4 softmax], cce, sgd momentum 0.05 clipNorm 1',
 'ok.register-nesterov-batch8': 'loco-register.csv, [20 relu, 4 softmax], cce, sgd nesterov 0.02, batch 8',
 'ok.register-deep-tanh-rmsprop': 'loco-register.csv, [16 tanh x3, 4 softmax], cce, rmsprop 0.002',
 'ok.iris-adam': 'iris standard, [8 relu, 3 softmax], cce, adam 0.01, batch 16',
 'ok.iris-sigmoid-sgd-minmax': 'iris minmax, [10 sigmoid, 3 softmax], cce, sgd momentum 0.9 lr 0.5',
 'ok.moons-relu-adam': 'moons 400, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.moons-elu-rmsprop': 'moons 300, [16 elu, 8 elu, 1 sigmoid], bce, rmsprop 0.005, batch 16',
 'ok.circles-tanh-momentum': 'circles 400, [12 tanh, 1 sigmoid], bce, sgd momentum 0.1',
 'ok.circles-relu-dropout-adam': 'circles 400, [32 relu, dropout 0.1, 16 relu, 1 sigmoid], bce, adam 0.005',
 'ok.sine-tanh-adam': 'sine 300, [24 tanh, 24 tanh, 1], mse, adam 0.005, 300 epochs',
 'ok.xor-tanh-full-batch': 'xor 200, [8 tanh, 1 sigmoid], bce, adam 0.03, full batch, 300 epochs',
 'ok.inline-carriage-occupancy': 'inline 12-row table (carriage number, first-class flag -> occupancy), standard + normalizeTarget standard, [6 tanh, 1], mse, adam 0.01, full batch',
}

cand = os.path.join(HERE, 'candidates')
names = sorted(f[:-len('.nn.json')] for f in os.listdir(cand) if f.endswith('.nn.json'))
seen = set(F) | set(D) | set(H)
missing = [n for n in names if n not in seen]; extra = [n for n in seen if n not in names]
assert not missing and not extra, (missing, extra)
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, d), exist_ok=True)
faults, healthy, dropped = [], [], []
refiled = []
for n in names:
    src = os.path.join(cand, n + '.nn.json')
    if n in F:
        code, stage, more, text = F[n]
        slug = n.split('.', 1)[1]
        new = f'{code}.{slug}'
        if not n.startswith(code + '.'): refiled.append((n, new))
        shutil.move(src, os.path.join(HERE, 'faulty', new + '.nn.json'))
        o = obs[n].replace(n + '.nn.json', new + '.nn.json').replace(n + ':', new + ':', 1)
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {o})', 'stage': stage, 'catches': [code] + [c for c in more if c != code]})
    elif n in H:
        shutil.move(src, os.path.join(HERE, 'healthy', n + '.nn.json'))
        healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{H[n]} (observe: {obs[n]})'})
    else:
        shutil.move(src, os.path.join(HERE, 'dropped', n + '.nn.json'))
        dropped.append((n, D[n]))
shutil.rmtree(cand)
about = ('Fault set blind260 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
 'Theme: heritage steam railways and locomotive preservation societies. Data (data/generate.ts, seeds 260001-260005): boilers.csv (420 boiler examinations, '
 'loco_id and exam_date text columns, skewed firebox age, miles collinear with steam days, tender_gallons with no effect, fails_exam 0/1 ~20%), boilers-gaps.csv (the same with NA, empty and ? markers), '
 'ridership.csv (480 operating days, rare gala days, Santa specials, raw passenger counts and revenue in pounds), firing-turns.csv (390 firing logs, semicolons and decimal commas, duty light/medium/heavy and a rare banker class, coal and water collinear, rail temperature with no effect), '
 'volunteers.csv (360 members, tab-separated, skewed hours and distance, renewed yes/no) and loco-register.csv (330 preserved locomotives, arrangement tank/mixed_tender/express and a rare garratt), plus builtins and one inline table. '
 '"code" is the fault as observed, "stage" the writer\'s expectation of the earliest stage that could catch it, "catches" the codes whose advice would genuinely fix it. '
 'Each fault and covers text ends with its bare-engine line from test/faults/observe.ts --summary (observed.txt); curves in observed-curves.txt. No diagnosis code was involved.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=2, ensure_ascii=False)
from collections import Counter
print('faults', len(faults), dict(Counter(f['code'] for f in faults)))
print('stages', dict(Counter(f['stage'] for f in faults)))
print('healthy', len(healthy), 'dropped', len(dropped))
print('refiled', refiled)
