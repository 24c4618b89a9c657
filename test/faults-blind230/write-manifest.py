#!/usr/bin/env python3
"""Verdicts of fault set blind230: files candidates into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    if not line:
        continue
    name = line.split(':')[0].split(' ')[0].replace('.nn.json', '')
    obs[name] = line

S, P, T = 'static', 'probe', 'training'
# candidate name -> (code it is filed under, stage, catches, fault text)
FAULTS = {
    'invalid-spec.optimizer-adamw': ('invalid-spec', S, [], 'optimizer type "adamw" copied from a PyTorch script; the engine has sgd, adam, rmsprop'),
    'invalid-spec.loss-keras-name': ('invalid-spec', S, [], 'loss written as the Keras name "binary_crossentropy" instead of "bce"'),
    'invalid-spec.init-glorot': ('invalid-spec', S, [], 'init "glorot_uniform" (Keras name) instead of "xavier_uniform"'),
    'invalid-spec.trailing-comma': ('invalid-spec', S, [], 'a doubled comma left after the loss while editing the lockout spec by hand: the JSON does not parse'),
    'data-error.filename-typo': ('data-error', S, [], 'data path "../data/flight.csv" (the school\'s file is flights.csv)'),
    'data-error.target-renamed': ('data-error', S, [], 'target "incident_flag", the column name in last season\'s export; this file calls it "incident"'),
    'data-error.gaps-export': ('data-error', S, [], 'trains on flights-gaps.csv, the hand-kept log copy with NA, empty and n/a readings'),
    'data-error.absolute-home-path': ('data-error', S, [], 'absolute path to the office PC\'s export folder (/home/school/exports/wings.csv), outside the workspace'),
    'shape-mismatch.wings-three-units': ('shape-mismatch', S, [], 'wing EN class (A, B, C, D) with a 3-unit softmax head: the rare D class forgotten'),
    'shape-mismatch.outcome-two-units': ('shape-mismatch', S, [], 'flight outcome has 3 classes (clean, hard_landing, collapse) but the softmax head has 2 units'),
    'shape-mismatch.two-targets-one-unit': ('shape-mismatch', S, [], 'two regression targets (airtime_min, gust_kmh) and a single output unit'),
    'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'incident model with bce and a linear output (sigmoid forgotten)'),
    'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, [], 'wing class model with cce and a 4-unit sigmoid head instead of softmax (loss near 0, accuracy 0.27)'),
    'loss-activation-mismatch.tanh-head-raw-minutes': ('loss-activation-mismatch', S, [], 'airtime in raw minutes (2-200) predicted through a tanh output that cannot exceed 1'),
    'loss-activation-mismatch.softmax-mse-lockout': ('loss-activation-mismatch', S, [], 'tow lockout 0/1 with a 1-unit softmax output under mse: the output is always 1'),
    'init-symmetry.zeros-hidden': ('init-symmetry', S, [], 'incident model with every weight initialised to zeros (tanh hidden and sigmoid output)'),
    'init-symmetry.constant-hidden': ('init-symmetry', S, [], 'flyable-hours model with all weights constant 0.1: the 24 relu units stay identical (ends at the linear-model loss)'),
    'init-symmetry.constant-tanh-outcome': ('init-symmetry', S, [], 'outcome model with constant 0.2 init in the 32-unit tanh layer and the head'),
    'init-symmetry.zeros-wings-momentum': ('init-symmetry', S, [], 'wing class model with zeros init on hidden and output layers: nothing learns'),
    'init-scale.normal-std-8': ('init-scale', S, ['saturated-activation'], 'normal init std 8 on two tanh layers (a typo for 0.08): the tanh units saturate'),
    'init-scale.uniform-tiny-deep': ('init-scale', S, ['vanishing-gradient'], 'uniform init limit 1e-4 on a 3-layer tanh net: the signal and gradients vanish'),
    'init-scale.normal-std-30-relu': ('init-scale', S, ['exploding-gradient', 'nan-loss'], 'normal init std 30 on two relu layers: the first step explodes to NaN'),
    'no-nonlinearity.linear-stack-outcome': ('no-nonlinearity', S, [], 'outcome model with two linear hidden layers (32, 16) before softmax'),
    'no-nonlinearity.linear-stack-sites': ('no-nonlinearity', S, [], 'flyable-hours model whose two hidden layers are linear: ends at the linear-regression loss'),
    'no-nonlinearity.linear-moons': ('no-nonlinearity', S, [], 'moons with three linear hidden layers: only a straight boundary'),
    'lr-out-of-range.zero-rate': ('lr-out-of-range', S, [], 'adam lr 0 (left at 0 while sweeping rates)'),
    'lr-out-of-range.negative-rate': ('lr-out-of-range', S, [], 'sgd lr -0.01 (sign typo)'),
    'lr-out-of-range.rmsprop-rate-50': ('lr-out-of-range', S, ['lr-too-high'], 'rmsprop lr 50 (meant 5e-3)'),
    'dead-relu.bias-minus-4': ('dead-relu', P, [], 'relu layers with bias -4 (meant as a sparsity trick) on standardised features: the second layer is dead from the start'),
    'dead-relu.bias-minus-6-wings': ('dead-relu', P, [], 'relu layer with bias -6 on the wing data: every unit dead'),
    'dead-relu.raw-alt-negative-bias': ('dead-relu', P, [], 'minmax features in [0,1] and relu bias -3: both relu layers dead'),
    'exploding-gradient.raw-tows-deep-relu': ('exploding-gradient', P, [], 'release altitude in raw metres from raw tow features through 4 relu layers: layer gradients up to 1e5'),
    'exploding-gradient.airtime-raw-rmsprop': ('exploding-gradient', P, [], 'airtime in raw minutes from raw features (launch altitude in metres): gradients 1e3-1e5, the loss stays near baseline'),
    'exploding-gradient.revenue-raw-target-adam': ('exploding-gradient', P, [], 'weekly revenue in raw euros as target (no normalizeTarget): gradients 1e4-1e7, loss 5x baseline'),
    'exploding-gradient.release-raw-target-tanh': ('exploding-gradient', P, [], 'release altitude in raw metres as target of a tanh net: output-layer gradients in the thousands, loss 40x baseline'),
    'nan-loss.raw-revenue-linear-sgd': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'linear regression of raw revenue on raw features with sgd 0.01: NaN in the first epoch'),
    'nan-loss.raw-sites-linear-sgd': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'linear model of flyable hours on raw site features (cloudbase in metres), sgd 0.01: NaN in the first epoch'),
    'nan-loss.raw-airtime-linear-momentum': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'linear model of airtime on raw features with momentum sgd: NaN in the first epoch'),
    'nan-loss.huge-lr-deep-elu': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'elu net on raw site features with sgd 0.5: NaN in the first epoch'),
    'vanishing-gradient.deep-sigmoid-sgd': ('vanishing-gradient', P, [], 'nine sigmoid layers, plain sgd: first-layer gradients around 1e-6, stuck at baseline'),
    'vanishing-gradient.deep-sigmoid-wings': ('vanishing-gradient', P, [], 'seven sigmoid layers on the wing data: first-layer gradients 1e-5, stuck at baseline'),
    'vanishing-gradient.tanh-small-init-deep': ('vanishing-gradient', P, ['init-scale'], 'six tanh layers with normal std 0.02 init: first-layer gradients 1e-5, stuck at baseline'),
    'vanishing-gradient.deep-sigmoid-lockout': ('vanishing-gradient', P, [], 'ten sigmoid layers on the tow lockout data: first-layer gradients 1e-7, ends above baseline'),
    'lr-too-high.adam-rate-0.5': ('lr-too-high', P, ['oscillating-loss'], 'adam lr 0.5 on the wing data: loss bounces between 0.22 and 1.95, relu layer 71% dead'),
    'lr-too-high.adam-rate-1-outcome': ('lr-too-high', P, ['oscillating-loss'], 'adam lr 1 on the outcome data: loss jumps to 5.3 mid-run, ends at 0.80 of baseline where healthy specs reach 0.02'),
    'lr-too-high.rmsprop-rate-0.2': ('lr-too-high', P, ['oscillating-loss'], 'rmsprop lr 0.2 on site data: loss bounces 0.7-1.3, 91% of relu units dead'),
    'oscillating-loss.sgd-fullbatch-edge': ('lr-too-high', P, ['nan-loss'], 'full-batch sgd 0.95 on a linear flyable-hours model: meant to sit at the edge of stability, the loss grows about 8x per epoch to infinity (re-filed from oscillating-loss)'),
    'lr-too-low.sgd-1e-5': ('lr-too-low', P, [], 'plain sgd 1e-5 on the incident data: the loss falls 0.7056 to 0.6940 in 80 epochs'),
    'lr-too-low.adam-1e-6': ('lr-too-low', P, [], 'adam 1e-6 on the site data: 10.05 to 9.59 in 100 epochs (baseline 2.33)'),
    'lr-too-low.rmsprop-1e-6-wings': ('lr-too-low', P, [], 'rmsprop 1e-6 on the wing data: 1.335 to 1.311 in 100 epochs'),
    'lr-too-low.fullbatch-sgd-1e-4': ('lr-too-low', P, [], 'full-batch sgd 1e-4 on the outcome data: 1.560 to 1.512 in 150 epochs'),
    'saturated-activation.sigmoid-raw-features': ('saturated-activation', P, [], 'sigmoid hidden layer fed raw features (launch altitude in metres, normalize none): 100% saturated'),
    'saturated-activation.sigmoid-raw-wings': ('saturated-activation', P, [], 'sigmoid hidden layers on raw wing features (cells 35-80): first layer 99% saturated'),
    'saturated-activation.tanh-bias-6': ('saturated-activation', P, ['init-scale'], 'tanh layer with bias 6: 100% saturated, stuck at baseline'),
    'saturated-activation.tanh-raw-courses': ('saturated-activation', P, [], 'tanh hidden layer on raw course features (van_km in the hundreds): 100% saturated, stuck at baseline'),
    'loss-plateau.weight-decay-1': ('loss-plateau', T, [], 'adam with weightDecay 1 (meant 1e-4): the incident loss stalls at baseline'),
    'loss-plateau.wd-sgd-spirals': ('loss-plateau', T, [], 'momentum sgd with weightDecay 0.3 on 3 spirals: stalls at baseline'),
    'loss-plateau.wd-rmsprop-incident': ('loss-plateau', T, [], 'rmsprop with weightDecay 0.5: incident loss flat at baseline after 10 epochs'),
    'loss-plateau.wd-adam-outcome': ('loss-plateau', T, [], 'adam with weightDecay 2 on the outcome data: flattens at baseline'),
    'oscillating-loss.momentum-0.95-batch-8-wings': ('oscillating-loss', T, ['lr-too-high'], 'sgd 0.5 with momentum 0.95, batch 8, on the wing data: loss swings between 1.8 and 12'),
    'oscillating-loss.adam-0.05-batch-2-sites': ('oscillating-loss', T, ['lr-too-high'], 'adam 0.05 with batch 2 on the site data: loss swings 0.70-0.99 and never settles (healthy specs reach 0.27)'),
    'oscillating-loss.rmsprop-batch-4': ('oscillating-loss', T, ['lr-too-high'], 'rmsprop 0.05 with batch 4 on the wing data: loss swings between 0.05 and 0.29 epoch to epoch'),
}
DROPPED = {
    'invalid-spec.activation-swish': 'surplus invalid-spec (kept 4 of 6)',
    'invalid-spec.dropout-percent': 'surplus invalid-spec (kept 4 of 6)',
    'data-error.date-as-feature': 'surplus data-error (kept 4 of 6)',
    'data-error.flight-id-feature': 'surplus data-error (kept 4 of 6)',
    'shape-mismatch.incident-two-sigmoid': 'the engine accepted 2 sigmoid outputs for a 0/1 target and trained as well as the healthy specs (0.56)',
    'loss-activation-mismatch.relu-head-bce': 'surplus (kept 4 loss-activation-mismatch)',
    'init-symmetry.constant-tows': 'ended at 0.98 of baseline, within the range of healthy specs on this noisy target: not distinguishable',
    'init-symmetry.zeros-two-layers': 'the random softmax head broke the symmetry: trained to 0.14 of baseline',
    'init-symmetry.zeros-relu-lockout': 'surplus; shows dead relus (1.00) as much as symmetry',
    'init-scale.normal-std-5-wings': 'partly trained (0.32 of baseline): borderline, and surplus',
    'no-nonlinearity.default-activation-wings': 'trained as well as the healthy wing specs (0.07): the data are almost linearly separable',
    'lr-out-of-range.adam-rate-200': 'surplus lr-out-of-range (kept 3)',
    'dead-relu.big-sgd-step': 'NaN in the first epoch (nan-loss, not dead-relu); surplus for nan-loss',
    'exploding-gradient.raw-altitude-deep': 'NaN in the first epoch (nan-loss); surplus for nan-loss',
    'exploding-gradient.revenue-norm-features-raw-target': 'NaN in the first epoch (nan-loss); surplus for nan-loss',
    'exploding-gradient.raw-revenue-sgd': 'mixes exploding gradients with a fully dead first layer; surplus',
    'nan-loss.raw-revenue-sgd-big': 'no NaN: loss 5e14 with gradients 1e11 and a dead first layer (exploding); surplus',
    'nan-loss.raw-altitude-momentum': 'no NaN: tanh layer 100% saturated (saturated-activation); surplus',
    'nan-loss.raw-release-rmsprop-relu': 'NaN in the first epoch, but the slug misnames the optimizer (it is Nesterov sgd); surplus',
    'nan-loss.raw-release-tanh-sgd': 'no NaN: tanh layer 100% saturated (saturated-activation); surplus',
    'lr-too-high.nesterov-rate-1': 'NaN at epoch 2 (nan-loss rather than lr-too-high); surplus',
    'lr-too-high.sgd-rate-3': 'the loss fell steadily with noise to 0.45 of baseline: not clearly too high',
    'lr-too-low.momentum-1e-6-tows': 'surplus lr-too-low (kept 4)',
    'loss-plateau.bottleneck-one-relu': 'kept learning to 0.15 of baseline: no plateau',
    'loss-plateau.dropout-0.95': 'erratic (442 down to 3, swinging): neither a clean plateau nor anything else',
    'loss-plateau.wd-adam-sites': 'reaches 0.78 of baseline then creeps back up: borderline',
    'oscillating-loss.momentum-0.99': 'diverged to NaN at epoch 6 (nan-loss/lr-too-high); surplus',
    'oscillating-loss.batch-1-sgd': 'NaN in the first epoch (nan-loss); surplus',
    'oscillating-loss.adam-fullbatch-0.1': 'smooth descent to 0.04 of baseline: no oscillation, arguably healthy but written as a fault',
    'ok.climb-adam-relu': 'climb after release is mostly noise: 0.80 of baseline is not far below it',
    'ok.climb-lecun-tanh-adam': 'ends at 0.97 of baseline (noisy target): borderline',
    'ok.climb-sgd-plain': 'ends at 0.88 of baseline (noisy target): borderline',
    'ok.tows-climb-rmsprop-elu': 'ends at 0.88 of baseline (noisy target): borderline',
    'ok.sites-linear-regression': 'a single linear unit ends at 0.59 where nonlinear models reach 0.12: could be read as a plateau',
    'ok.lockout-rmsprop-sigmoid': 'ends at 0.76 of baseline on the rare lockout class: borderline',
}
HEALTHY_COVERS = {
    'ok.incident-adam-relu': 'flights.csv standard, [16 relu, 1 sigmoid], bce, adam 0.003, batch 32',
    'ok.incident-tanh-nesterov': 'flights.csv standard, [12 tanh, 8 tanh, 1 sigmoid], bce, sgd Nesterov 0.05 momentum 0.9, validationSplit 0.2',
    'ok.incident-rmsprop-dropout': 'flights.csv minmax, [32 relu, dropout 0.2, 16 relu, 1 sigmoid], bce, rmsprop 0.002, batch 64',
    'ok.incident-elu-batchnorm': 'flights.csv standard, [24 elu batchNorm, 1 sigmoid], bce, adam 0.003',
    'ok.incident-sgd-batch-8-leaky': 'flights.csv standard, [16 leaky_relu he_uniform, 1 sigmoid], bce, plain sgd 0.02, batch 8',
    'ok.incident-minmax-adam-batch-128': 'flights.csv minmax, [48 relu, 24 relu, 1 sigmoid], bce, adam 0.002, batch 128, 150 epochs',
    'ok.outcome-adam-two-layer': 'flights.csv outcome (3 string classes, collapse rare), [32 relu, 16 relu, 3 softmax], cce, adam 0.003',
    'ok.outcome-leaky-sgd-momentum': 'flights.csv outcome, [24 leaky_relu, 3 softmax], cce, sgd momentum 0.9 lr 0.05, batch 16',
    'ok.outcome-fullbatch-adam': 'flights.csv outcome, [32 tanh, 3 softmax], cce, adam 0.02 full batch (520), 300 epochs',
    'ok.outcome-wide-dropout-wd': 'flights.csv outcome, [64 relu, dropout 0.3, 32 relu, dropout 0.2, 3 softmax], cce, adam 0.002 weightDecay 1e-4, validationSplit 0.1',
    'ok.wings-adam-relu': 'wings.csv (4 string classes, D rare), [24 relu, 4 softmax], cce, adam 0.005, batch 16',
    'ok.wings-sigmoid-sgd': 'wings.csv, [16 sigmoid, 4 softmax], cce, plain sgd 0.3, batch 16',
    'ok.wings-deep-elu-rmsprop': 'wings.csv minmax, [32 elu, 32 elu, 16 elu, 4 softmax], cce, rmsprop 0.001, validationSplit 0.15',
    'ok.wings-batch-1-sgd': 'wings.csv, [12 tanh, 4 softmax], cce, plain sgd 0.01, batch 1, 40 epochs',
    'ok.wings-wd-clip': 'wings.csv, [32 relu he_uniform, dropout 0.1, 4 softmax], cce, adam 0.003 weightDecay 5e-4 clipNorm 1',
    'ok.wings-xavier-normal-sigmoid-adam': 'wings.csv, [32 sigmoid xavier_normal, 16 sigmoid, 4 softmax], cce, adam 0.005, 200 epochs',
    'ok.sites-adam-relu': 'sites.csv (semicolons, decimal commas), [32 relu, 16 relu, 1 linear], mse, adam 0.003',
    'ok.sites-rmsprop-tanh': 'sites.csv, [24 tanh, 1 linear], mse, rmsprop 0.003, batch 16',
    'ok.sites-sgd-momentum-minmax': 'sites.csv minmax, [32 relu, 1 linear], mse, sgd momentum 0.9 lr 0.02',
    'ok.sites-batchnorm-leaky': 'sites.csv, [32 leaky_relu batchNorm, 16 leaky_relu, 1 linear], mse, adam 0.002, batch 64, validationSplit 0.2',
    'ok.sites-deep-narrow-rmsprop': 'sites.csv, [8 elu x4, 1 linear], mse, rmsprop 0.002, batch 16',
    'ok.semicolon-fullbatch-rmsprop': 'sites.csv, [16 relu, 1 linear], mse, rmsprop 0.01 full batch (400), 400 epochs',
    'ok.airtime-normtarget-adam': 'flights.csv airtime_min with normalizeTarget standard, [32 relu, 1 linear], mse, adam 0.003',
    'ok.airtime-normtarget-minmax-elu': 'flights.csv minmax features and minmax target, [24 elu, 12 elu, 1 linear], mse, adam 0.003',
    'ok.airtime-nesterov-normtarget': 'flights.csv airtime standard target, [16 tanh, 1 linear], mse, sgd Nesterov 0.02 momentum 0.9, batch 16',
    'ok.release-normtarget-nesterov': 'tows.csv (tab-separated) release_alt_m with normalizeTarget standard, [16 tanh, 1 linear], mse, sgd Nesterov 0.03',
    'ok.lockout-adam': 'tows.csv lockout (6% positives), [16 relu, 1 sigmoid], bce, adam 0.003, 150 epochs',
    'ok.revenue-normtarget-adam': 'courses.csv revenue_eur with normalizeTarget standard, [32 relu, 16 relu, 1 linear], mse, adam 0.003',
    'ok.revenue-normtarget-sgd': 'courses.csv revenue standard target, [16 tanh, 1 linear], mse, sgd momentum 0.8 lr 0.03, batch 16',
    'ok.revenue-clip-rmsprop': 'courses.csv minmax features, standard target, [24 relu, 1 linear], mse, rmsprop 0.003 clipNorm 5',
    'ok.moons-adam': 'builtin moons 300 noise 0.15, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
    'ok.circles-tanh-sgd': 'builtin circles, [16 tanh, 1 sigmoid], bce, sgd momentum 0.9 lr 0.3, 200 epochs',
    'ok.spirals-deep-adam': 'builtin spirals 3 classes, [64 relu, 64 relu, 32 relu, 3 softmax], cce, adam 0.005, 300 epochs',
    'ok.iris-rmsprop': 'builtin iris standard, [8 elu, 3 softmax], cce, rmsprop 0.005',
    'ok.blobs-four-sgd': 'builtin blobs 4 classes, [8 relu, 4 softmax], cce, plain sgd 0.1',
    'ok.sine-tanh-adam': 'builtin sine, [32 tanh, 32 tanh, 1 linear], mse, adam 0.005, 300 epochs',
    'ok.xor-sigmoid-fullbatch': 'builtin xor, [8 tanh, 1 sigmoid], bce, adam 0.03 full batch (200), 300 epochs',
    'ok.inline-harness-sizes': 'inline table (pilot mass -> wing size), standard features and target, [1 linear], mse, plain sgd 0.1, batch 6',
    'ok.inline-wing-classes': 'inline table with string classes A/B/C, [8 tanh, 3 softmax], cce, adam 0.02, batch 4',
}

cand = os.path.join(HERE, 'candidates')
names = sorted(f[:-len('.nn.json')] for f in os.listdir(cand) if f.endswith('.nn.json'))
assert set(names) == set(FAULTS) | set(DROPPED) | set(HEALTHY_COVERS), set(names) ^ (set(FAULTS) | set(DROPPED) | set(HEALTHY_COVERS))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, d), exist_ok=True)
faults, healthy = [], []
for n in names:
    src = os.path.join(cand, n + '.nn.json')
    if n in FAULTS:
        code, stage, extra, text = FAULTS[n]
        fname = n if n.startswith(code + '.') else code + '.' + n.split('.', 1)[1]
        shutil.move(src, os.path.join(HERE, 'faulty', fname + '.nn.json'))
        faults.append({'file': f'faulty/{fname}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[n]})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif n in HEALTHY_COVERS:
        shutil.move(src, os.path.join(HERE, 'healthy', n + '.nn.json'))
        healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{HEALTHY_COVERS[n]} (observe: {obs[n]})'})
    else:
        shutil.move(src, os.path.join(HERE, 'dropped', n + '.nn.json'))
os.rmdir(cand)
about = ('Fault set blind230 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
         'Theme: paragliding and hang-gliding schools. Data (data/generate.ts, seeds 230001-230005): flights.csv (520 training flights: flight id and date text columns, '
         'skewed student hours, wind and collinear gust, thermal index, launch altitude in metres, takeoff mass and collinear wing area, canopy age with no effect; targets incident 0/1 (12%), '
         'airtime_min, outcome clean/hard_landing/collapse), flights-gaps.csv (NA, empty, n/a markers), wings.csv (380 wings, EN class A-D with D rare), '
         'sites.csv (semicolons and decimal commas; flyable hours), tows.csv (tab-separated hang-gliding tow log; release altitude, climb, rare lockout), courses.csv (weekly revenue in euros), '
         'plus builtins and two inline tables. "stage" is the writer\'s expectation of the earliest stage that could catch it; "catches" the codes whose advice would fix it. '
         'Each fault text and healthy covers ends with its observe.ts --summary line (observed.txt); curves in observed-curves.txt. Verdicts and filing by write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
print(len(faults), 'faults', len(healthy), 'healthy', len(names) - len(faults) - len(healthy), 'dropped')
from collections import Counter
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
