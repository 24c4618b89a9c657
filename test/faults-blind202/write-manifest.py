#!/usr/bin/env python3
"""Blind set 202: verdicts from observed.txt, files candidates/ into faulty/, healthy/, dropped/, writes manifest.json."""
import json, os, re, shutil
here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.-]+?)(\.nn\.json)?[: ]', line)
    if m: obs[m.group(1)] = line
S, P, T = 'static', 'probe', 'training'
# candidate -> (code, stage, catches, fault text)
F = {
 'invalid-spec.swish-activation': ('invalid-spec', S, [], 'activation "swish" copied from a Keras notebook; the format has no swish'),
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer "adamw" from PyTorch habit; only sgd, adam, rmsprop exist'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'loss written "binary_crossentropy" (Keras name) instead of "bce"'),
 'invalid-spec.dropout-as-percent': ('invalid-spec', S, [], 'dropout rate written as a percentage, 30, instead of 0.3'),
 'invalid-spec.validation-split-one': ('invalid-spec', S, [], 'validationSplit 1 (meant "hold out 1 in 10"), leaving nothing to train on'),
 'data-error.missing-season-file': ('data-error', S, [], 'points at next season\'s archers-2025.csv, which the club secretary has not exported yet'),
 'data-error.build-date-feature': ('data-error', S, [], 'the build log\'s build_date text column listed as a feature'),
 'data-error.target-typo': ('data-error', S, [], 'target "draw_weight_lb" where the column is draw_weight_lbs'),
 'data-error.moisture-gaps': ('data-error', S, [], 'the workshop\'s hand-typed bows-gaps.csv, with NA and empty moisture readings'),
 'data-error.shared-drive-path': ('data-error', S, [], 'CSV path climbs out of the workspace to the club\'s mounted share'),
 'shape-mismatch.three-divisions': ('shape-mismatch', S, [], 'softmax head of 3 units for 4 divisions (barebow forgotten, it is rare)'),
 'shape-mismatch.score-two-units': ('shape-mismatch', S, [], 'season score regression with a 2-unit output for 1 target column'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', S, [], 'two target columns (draw weight and limb thickness) but a 1-unit output'),
 'shape-mismatch.five-class-head': ('shape-mismatch', S, [], '5-unit softmax for the 4 divisions (a "traditional" class that was merged into longbow)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, [], 'cce on a 4-unit sigmoid head instead of softmax (trains here, but the outputs are not a distribution)'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'bce on a linear output for broke_in_tiller: no sigmoid'),
 'loss-activation-mismatch.softmax-mse-score': ('loss-activation-mismatch', S, [], 'a 1-unit softmax head on the season-score regression: it always outputs 1'),
 'loss-activation-mismatch.relu-head-raw-score': ('loss-activation-mismatch', S, [], 'tanh output head on the raw season score (60-715) under mse without normalizeTarget: the head cannot pass 1'),
 'loss-activation-mismatch.sigmoid-head-draw-weight': ('loss-activation-mismatch', S, [], 'sigmoid output on a standardised draw-weight target that is half negative'),
 'init-symmetry.zeros-relu-hidden': ('init-symmetry', S, ['dead-relu'], 'both 16-unit relu layers initialised to zeros'),
 'init-symmetry.zeros-sigmoid-gold': ('init-symmetry', S, [], '12-unit sigmoid layer initialised to zeros: every unit stays the same'),
 'init-symmetry.constant-elu-two-layers': ('init-symmetry', S, [], 'constant 0.05 and constant 0 inits on two elu layers of 20 and 10 units'),
 'init-scale.uniform-1e-5-deep': ('init-scale', S, ['vanishing-gradient'], 'uniform limit 1e-5 on every layer of a 3-deep tanh net: the signal vanishes'),
 'init-scale.normal-std-5-tanh': ('init-scale', S, ['saturated-activation'], 'normal std 5 on two 24-unit tanh layers: pinned at +/-1 from the start'),
 'init-scale.normal-std-1e-4-relu': ('init-scale', S, ['vanishing-gradient'], 'normal std 1e-4 on a 3-deep relu net: gradients to the first layers are ~1e-11'),
 'no-nonlinearity.linear-stack-gold': ('no-nonlinearity', S, [], 'three linear hidden layers for the gold-hit rate, which depends on |spine mismatch|'),
 'no-nonlinearity.linear-moons': ('no-nonlinearity', S, [], 'two linear hidden layers on moons'),
 'no-nonlinearity.linear-circles': ('no-nonlinearity', S, [], 'linear hidden layers (one with batch norm) on circles: stays at chance'),
 'lr-out-of-range.adam-lr-50': ('lr-out-of-range', S, ['lr-too-high'], 'adam lr 50 (meant 5e-3?)'),
 'lr-out-of-range.sgd-lr-1e-9': ('lr-out-of-range', S, ['lr-too-low'], 'sgd lr 1e-9: nothing moves'),
 'lr-out-of-range.rmsprop-lr-20': ('lr-out-of-range', S, ['lr-too-high'], 'rmsprop lr 20'),
 'lr-out-of-range.sgd-lr-300': ('lr-out-of-range', S, ['lr-too-high', 'nan-loss'], 'sgd lr 300 on iris'),
 'dead-relu.bias-minus-6': ('dead-relu', P, [], 'bias -6 on both relu layers (copied from a "sparse activations" tip)'),
 'dead-relu.bias-minus-4-gold': ('dead-relu', P, [], 'bias -4 on the 24-unit relu layer: three quarters of units never fire'),
 'dead-relu.negative-constant-bias-iris': ('dead-relu', P, [], 'bias -5 on a 16-unit relu layer on iris'),
 'exploding-gradient.raw-spine-sgd': ('exploding-gradient', P, ['nan-loss'], 'raw spine (250-1000) and grain weight with normalize none, sgd 1e-3'),
 'exploding-gradient.raw-score-target': ('exploding-gradient', P, [], 'raw season score (60-715) as mse target, no normalizeTarget, sgd momentum'),
 'nan-loss.raw-arrows-sgd-lr-0-1': ('exploding-gradient', P, ['nan-loss', 'lr-too-high'], 'raw arrow features, sgd 0.1: gradients reach 1e10, the relu layer dies (written as nan-loss, no NaN came)'),
 'nan-loss.raw-score-sgd-momentum': ('exploding-gradient', P, ['nan-loss', 'lr-too-high'], 'raw archer features and raw score, sgd momentum 0.95: gradient norms 1e21 (written as nan-loss, no NaN came)'),
 'vanishing-gradient.deep-sigmoid-sgd': ('vanishing-gradient', P, ['loss-plateau'], 'seven sigmoid hidden layers, plain sgd'),
 'vanishing-gradient.deep-tanh-tiny-init': ('vanishing-gradient', P, ['init-scale'], 'five tanh layers at normal std 0.02'),
 'vanishing-gradient.ten-sigmoid-layers-score': ('vanishing-gradient', P, ['loss-plateau'], 'ten 12-unit sigmoid layers for season score'),
 'vanishing-gradient.deep-sigmoid-gold-rmsprop': ('vanishing-gradient', P, ['loss-plateau'], 'eight sigmoid layers with rmsprop 1e-4'),
 'nan-loss.raw-draw-weight-batch-1': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw draw weight (lbs) target with batch 1 and sgd 0.05'),
 'dead-relu.sgd-lr-kill': ('nan-loss', P, ['lr-too-high'], 'sgd 0.8 batch 8 on a 2-layer relu net (written as dead-relu, NaN came first)'),
 'exploding-gradient.deep-he-std-big': ('nan-loss', P, ['exploding-gradient', 'init-scale'], 'normal std 1.5 on four 32-unit relu layers (written as exploding-gradient, NaN in epoch 1)'),
 'oscillating-loss.sgd-batch-1-lr-0-3': ('nan-loss', P, ['lr-too-high'], 'sgd 0.3 at batch 1 on season score (written as oscillating-loss, NaN in epoch 1)'),
 'lr-too-high.adam-lr-0-3': ('lr-too-high', P, [], 'adam 0.3: loss falls to 0.14 then jumps back to ~0.9'),
 'lr-too-high.sgd-lr-3': ('lr-too-high', P, ['nan-loss'], 'sgd 3 on the draw-weight net: diverges to NaN'),
 'oscillating-loss.momentum-0-99': ('lr-too-high', P, ['nan-loss', 'oscillating-loss'], 'sgd 0.05 with momentum 0.99 (written as oscillating-loss; swings grow until NaN)'),
 'oscillating-loss.full-batch-sgd-edge': ('lr-too-high', P, [], 'linear regression, full batch, sgd 0.98 (written as oscillating-loss at the edge; it diverges x4.6 per epoch)'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', P, [], 'plain sgd 1e-5 for divisions'),
 'lr-too-low.adam-1e-6': ('lr-too-low', P, [], 'adam 1e-6'),
 'lr-too-low.rmsprop-2e-6': ('lr-too-low', P, [], 'rmsprop 2e-6'),
 'lr-too-low.momentum-1e-5-full-batch': ('lr-too-low', P, [], 'sgd momentum 1e-5 at full batch on blobs: 150 updates that barely move'),
 'loss-plateau.clipnorm-1e-5': ('lr-too-low', P, ['loss-plateau'], 'clipNorm 1e-5 (meant 1e-5 weight decay?) throttles every step (written as loss-plateau; the loss barely moves)'),
 'saturated-activation.sigmoid-raw-spine': ('saturated-activation', P, [], 'sigmoid hidden layer on raw arrow features (spine 250-1000)'),
 'saturated-activation.tanh-raw-speed': ('saturated-activation', P, [], 'tanh layer on raw archer features (arrow speed ~200-300 fps)'),
 'saturated-activation.sigmoid-bias-8': ('saturated-activation', P, [], 'bias 8 on a sigmoid layer: all outputs pinned at 1'),
 'saturated-activation.tanh-raw-bow-geometry': ('saturated-activation', P, [], 'tanh layers on raw bow geometry (limb length ~66 in)'),
 'loss-plateau.weight-decay-2': ('loss-plateau', T, [], 'adam with weightDecay 2 (meant 2e-4): loss falls to 0.50 then climbs back and stalls near 0.9 of baseline'),
 'loss-plateau.one-unit-bottleneck-spirals': ('loss-plateau', T, [], 'a 1-unit tanh first layer feeding 32 relu on spirals: stalls at 0.53'),
 'loss-plateau.dropout-0-9': ('loss-plateau', T, [], 'dropout 0.95 after a 16-unit layer: stalls near 1.1 for a task others solve to 0'),
 'oscillating-loss.adam-0-05-batch-4': ('oscillating-loss', T, ['lr-too-high'], 'adam 0.05 at batch 4: loss swings 0.27-0.51 to the end'),
 'lr-too-high.rmsprop-lr-0-2': ('oscillating-loss', T, ['lr-too-high'], 'rmsprop 0.2 on gold: loss bounces 0.30-0.53 with spikes to 1.57 (written as lr-too-high)'),
}
H = ['ok.draw-weight-adam', 'ok.draw-weight-linear-regression', 'ok.draw-weight-minmax-rmsprop', 'ok.draw-weight-batch-1', 'ok.draw-weight-full-batch-adam',
     'ok.broke-sigmoid-hidden-sgd', 'ok.division-adam', 'ok.division-deep-elu', 'ok.division-momentum-dropout', 'ok.division-minmax-rmsprop', 'ok.division-export-semicolon',
     'ok.division-bn-full-batch', 'ok.score-adam', 'ok.score-export-rmsprop', 'ok.score-sgd-momentum-clip', 'ok.gold-adam', 'ok.gold-nesterov', 'ok.group-size-adam',
     'ok.group-size-deep-narrow', 'ok.group-size-rmsprop-wd', 'ok.group-size-batch-2-sgd', 'ok.iris-adam', 'ok.iris-sgd-plain', 'ok.moons-adam', 'ok.circles-tanh-rmsprop',
     'ok.spirals-deep-adam', 'ok.blobs-4-classes-momentum', 'ok.sine-tanh-adam', 'ok.xor-sigmoid-hidden', 'ok.inline-limb-set', 'ok.score-unusual-wide-shallow-lowlr-long',
     'ok.division-leaky-nesterov-small-batch', 'ok.moons-elu-sgd-momentum', 'ok.score-lecun-rmsprop-clip', 'ok.draw-weight-rmsprop-dropout-val', 'ok.score-batch-4-adam-wd',
     'ok.blobs-5-classes-sigmoid-hidden-rmsprop', 'ok.group-size-nesterov-clip']
D = {
 'invalid-spec.units-zero': 'kept the count within 65; invalid-spec already covered five times',
 'data-error.glue-batch-text': 'kept the count within 65; the text-feature case is covered by build-date-feature',
 'init-symmetry.constant-tanh': 'constant init on 24 tanh units still solved the easy division task (last/base 0.00): borderline',
 'init-scale.normal-std-8': 'first loss 646 but it recovered to last/base 0.00: did not show its fault',
 'no-nonlinearity.linear-group-size': 'linear stack reached last/base 0.25: a linear model is not far off here, borderline',
 'exploding-gradient.raw-speed-features': 'NaN in epoch 1 (nan-loss); nan-loss is already covered, kept the count within 65',
 'lr-too-high.nesterov-lr-1-5': 'nesterov 1.5 on moons ended at last/base 0.14 with small swings: borderline',
 'oscillating-loss.adam-0-03-batch-2': 'ended at last/base 0.07 with small swings: borderline',
 'oscillating-loss.rmsprop-0-05-batch-8': 'swings of ~0.02 of the baseline around 0.20: borderline',
 'oscillating-loss.sgd-0-15-batch-1-linear': 'diverged to NaN in 4 epochs (nan-loss, already covered)',
 'oscillating-loss.momentum-0-95-lr-0-2': 'settled to 1e-5: healthy in effect, not a fault',
 'ok.broke-bce-adam-weighted': 'last/base 0.60 on the rare-breakage task: not far enough below baseline',
 'ok.broke-logistic-sgd': 'last/base 0.71: not far enough below baseline',
 'ok.broke-tanh-rmsprop': 'val loss 0.44 above the 0.34 baseline: overfits',
 'ok.gold-tab-file-bn-dropout': 'last/base 0.62 where other gold specs reach 0.08',
 'ok.draw-weight-two-targets': 'last/base 0.47: the second target is barely predictable, borderline',
 'ok.draw-weight-nesterov-bn': 'min 0.063, last 0.129: bounces, borderline',
 'ok.score-minmax-target': 'second relu layer 63% dead: may be faulty',
 'ok.gold-rmsprop-minmax': 'last/base 0.48 where other gold specs reach 0.08',
}
cand = os.path.join(here, 'candidates')
names = sorted(f[:-8] for f in os.listdir(cand))
assert set(names) == set(F) | set(H) | set(D), (set(names) ^ (set(F) | set(H) | set(D)))
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(here, sub), exist_ok=True)
faults, healthy = [], []
for n, (code, stage, extra, text) in F.items():
    new = n if n.startswith(code + '.') else code + '.' + n.split('.', 1)[1]
    shutil.move(os.path.join(cand, n + '.nn.json'), os.path.join(here, 'faulty', new + '.nn.json'))
    faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[n]})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
for n in H:
    spec = json.load(open(os.path.join(cand, n + '.nn.json')))
    layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}" + (' bn' if l.get('batchNorm') else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
    src = spec['data'].get('csv') or spec['data'].get('builtin') or 'inline'
    o = spec['optimizer']; t = spec['training']
    covers = f"{src} target {spec['data'].get('target', '-')}, [{layers}], {spec['loss']}, {o['type']} {o['lr']}" + (f" momentum {o['momentum']}" if 'momentum' in o else '') + (' nesterov' if o.get('nesterov') else '') + (f" wd {o['weightDecay']}" if 'weightDecay' in o else '') + (f" clip {o['clipNorm']}" if 'clipNorm' in o else '') + f", batch {t['batchSize']}, {t['epochs']} epochs (observe: {obs[n]})"
    shutil.move(os.path.join(cand, n + '.nn.json'), os.path.join(here, 'healthy', n + '.nn.json'))
    healthy.append({'file': f'healthy/{n}.nn.json', 'covers': covers})
for n in D:
    shutil.move(os.path.join(cand, n + '.nn.json'), os.path.join(here, 'dropped', n + '.nn.json'))
json.dump({'dropped': [{'file': f'dropped/{n}.nn.json', 'reason': r} for n, r in D.items()]}, open(os.path.join(here, 'dropped', 'reasons.json'), 'w'), indent=1)
about = ('Set blind202 (issue #4), written blind and frozen before the product was run on it. Theme: archery clubs and bowyers. '
         'Data (data/generate.ts, seeds 202001-202003): bows.csv (420 bows from a bowyer\'s build log: id and date text columns, limb geometry with a skewed '
         'thickness, density collinear with thickness, a glue batch code of no effect, draw_weight_lbs regression and rare broke_in_tiller 0/1), bows-gaps.csv '
         '(NA and empty moisture readings), archers.csv (480 club members: 4 divisions with barebow rare, season_score 60-715, shoe size of no effect), '
         'archers-export.csv (the same with semicolons and decimal commas), arrows.csv (tab-separated fletching-bench lots with raw spine 250-1000, gold 0/1 and group_cm), '
         'plus builtins and one inline table. "stage" is the writer\'s expectation; "catches" its own code first. Each text ends with observe.ts --summary output.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
os.rmdir(cand)
from collections import Counter
print(len(faults), len(healthy), len(D), Counter(f['code'] for f in faults), Counter(f['stage'] for f in faults))
