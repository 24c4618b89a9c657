#!/usr/bin/env python3
"""Verdicts of fault set blind193 (rope makers and net lofts): files candidates/ into faulty/, healthy/
and dropped/ and writes manifest.json. Run from this folder after observed.txt exists."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?(?::| does not parse)', line)
    if m:
        obs[m.group(1)] = line

S, P, T = 'static', 'probe', 'training'
# candidate name -> (code, stage, catches beyond its own code, fault text)
FAULTS = {
  'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer "adamw" copied from a PyTorch training script; the engine has sgd, adam and rmsprop'),
  'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'loss written as Keras\'s "categorical_crossentropy" instead of "cce" for the fibre classifier'),
  'invalid-spec.glorot-init': ('invalid-spec', S, [], 'init "glorot_uniform" (Keras name) instead of "xavier_uniform" on the rope-strength model'),
  'invalid-spec.dropout-percent': ('invalid-spec', S, [], 'dropout rate written as a percentage (30) instead of a fraction (0.3)'),
  'invalid-spec.batch-zero': ('invalid-spec', S, [], 'batchSize 0 left from a template meaning "full batch"'),
  'data-error.rope-file-singular': ('data-error', S, [], 'data path "rope.csv" where the walk\'s log is "ropes.csv"'),
  'data-error.lot-id-as-feature': ('data-error', S, [], 'the text lot id column (R193000...) listed among the numeric features'),
  'data-error.target-break-strength': ('data-error', S, [], 'target "break_strength" where the test log\'s column is "break_kn"'),
  'data-error.gaps-file-na': ('data-error', S, [], 'trained on ropes-gaps.csv, the copy with NA, blank and "-" markers for readings not taken'),
  'data-error.loft-share-path': ('data-error', S, [], 'data path climbs out of the workspace to the loft\'s network share'),
  'shape-mismatch.three-fibres-head': ('shape-mismatch', S, [], 'softmax head of 3 units for 4 fibre classes (polyamide, the rare fourth, forgotten)'),
  'shape-mismatch.rope-two-outputs': ('shape-mismatch', S, [], 'regression head of 2 units for the single break_kn target'),
  'shape-mismatch.five-fibres-head': ('shape-mismatch', S, [], 'softmax head of 5 units for 4 fibre classes (jute counted though the loft no longer buys it)'),
  'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'bce on a linear output unit for the net-panel fail flag'),
  'loss-activation-mismatch.softmax-regression': ('loss-activation-mismatch', S, [], 'softmax on the single-unit regression head (always outputs 1)'),
  'loss-activation-mismatch.sigmoid-head-std-target': ('loss-activation-mismatch', S, [], 'sigmoid head under mse on a standardised target that is negative for half the ropes'),
  'loss-activation-mismatch.bce-softmax-one': ('loss-activation-mismatch', S, [], 'softmax on a single bce output unit (constant 1)'),
  'init-symmetry.zeros-hidden': ('init-symmetry', S, [], 'hidden tanh layer of 16 units initialised to zeros'),
  'init-symmetry.constant-rope': ('init-symmetry', S, [], 'two relu layers initialised to the constant 0.1: every unit identical'),
  'init-symmetry.zeros-fibres-two': ('init-symmetry', S, [], 'two sigmoid layers of 12 units initialised to zeros'),
  'init-symmetry.constant-moons': ('init-symmetry', S, [], 'tanh layer of 10 units initialised to the constant 0.05'),
  'init-scale.std-five': ('init-scale', S, ['saturated-activation'], 'normal init std 5 on tanh layers of fan-in 7 and 32: pinned units'),
  'init-scale.tiny-uniform-deep': ('init-scale', S, ['vanishing-gradient'], 'uniform init limit 1e-5 on three relu layers: the signal is gone'),
  'init-scale.std-twenty-relu': ('init-scale', S, ['nan-loss', 'exploding-gradient'], 'normal init std 20 on a relu layer'),
  'init-scale.tiny-normal-tanh': ('init-scale', S, ['vanishing-gradient'], 'normal init std 1e-6 on every layer of a three-hidden-layer tanh net'),
  'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', S, [], 'two linear hidden layers on moons: a linear classifier'),
  'no-nonlinearity.linear-circles': ('no-nonlinearity', S, [], 'three linear hidden layers on circles: cannot separate rings'),
  'no-nonlinearity.linear-ropes': ('no-nonlinearity', S, [], 'two linear hidden layers for the rope strength (quadratic in diameter)'),
  'lr-out-of-range.zero-rate': ('lr-out-of-range', S, [], 'adam lr 0 (placeholder never filled)'),
  'lr-out-of-range.negative-rate': ('lr-out-of-range', S, [], 'sgd lr -0.01 (sign typo)'),
  'lr-out-of-range.adam-fifty': ('lr-out-of-range', S, ['lr-too-high'], 'adam lr 50 (meant 5e-3)'),
  'lr-out-of-range.rmsprop-ten': ('lr-out-of-range', S, ['lr-too-high'], 'rmsprop lr 10'),
  'dead-relu.bias-minus-six': ('dead-relu', P, [], 'relu layers with bias -6 on standardised features: every unit off'),
  'dead-relu.rope-negative-bias': ('dead-relu', P, [], 'relu layer with bias -4: most units never fire'),
  'dead-relu.sgd-big-step-fibres': ('dead-relu', P, ['lr-too-high'], 'plain sgd lr 3 at batch 8 kills the relu units in the first steps'),
  'dead-relu.bias-minus-three-moons': ('dead-relu', P, [], 'relu layers with bias -3 on standardised moons'),
  'nan-loss.raw-rope-adam-one': ('dead-relu', P, ['exploding-gradient'], 'raw rope features and raw kN target under sgd 0.05: the first steps blow up and leave the relu layer dead'),
  'exploding-gradient.raw-rope-log': ('exploding-gradient', P, ['nan-loss'], 'rope log trained raw (no normalize, no normalizeTarget): kN target in the hundreds'),
  'exploding-gradient.raw-target-only': ('exploding-gradient', P, ['nan-loss'], 'features standardised but target left in kN under sgd 0.01'),
  'exploding-gradient.raw-nets-linear': ('exploding-gradient', P, ['nan-loss'], 'raw net features (twine tex in thousands) into a linear layer, sgd 0.05 momentum 0.9'),
  'vanishing-gradient.eight-sigmoid': ('vanishing-gradient', P, [], 'eight sigmoid hidden layers under plain sgd'),
  'vanishing-gradient.ten-sigmoid-fibres': ('vanishing-gradient', P, [], 'ten sigmoid hidden layers for the fibre classes'),
  'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', P, ['init-scale'], 'seven tanh layers with normal init std 0.05'),
  'vanishing-gradient.sigmoid-circles-deep': ('vanishing-gradient', P, [], 'nine sigmoid hidden layers on circles'),
  'nan-loss.sgd-five-raw-target': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw kN target with sgd 0.5 momentum 0.9'),
  'oscillating-loss.sgd-full-batch-rope': ('nan-loss', P, ['lr-too-high'], 'full-batch sgd lr 0.9 on the rope model: swings then overflows'),
  'oscillating-loss.momentum-batch-one': ('nan-loss', P, ['lr-too-high'], 'sgd 0.2 momentum 0.95 at batch 1 on net panels'),
  'oscillating-loss.nesterov-rope-batch-eight': ('nan-loss', P, ['lr-too-high'], 'nesterov sgd 0.15 momentum 0.9 at batch 8 on the rope model'),
  'lr-too-high.adam-half-fibres': ('lr-too-high', P, ['dead-relu'], 'adam lr 0.5 on the fibre classifier'),
  'lr-too-high.rmsprop-rope': ('lr-too-high', P, [], 'rmsprop lr 0.3 on the rope model'),
  'lr-too-high.momentum-rope': ('lr-too-high', P, ['dead-relu'], 'sgd lr 0.3 with momentum 0.95 on the rope model'),
  'lr-too-high.adam-one-moons': ('lr-too-high', P, ['saturated-activation'], 'adam lr 1 on moons with tanh layers'),
  'lr-too-high.sgd-two-nets': ('oscillating-loss', T, ['lr-too-high'], 'plain sgd lr 4 on net panels: the loss bounces epoch to epoch'),
  'oscillating-loss.rmsprop-nesterov-moons': ('oscillating-loss', T, ['lr-too-high'], 'rmsprop lr 0.1 at batch 8 on moons: loss jumps 0.06-0.14 and never settles'),
  'lr-too-low.sgd-tiny-nets': ('lr-too-low', P, [], 'plain sgd lr 1e-5'),
  'lr-too-low.adam-tiny-fibres': ('lr-too-low', P, [], 'adam lr 1e-6 (meant 1e-3)'),
  'lr-too-low.rmsprop-tiny-rope': ('lr-too-low', P, [], 'rmsprop lr 1e-6'),
  'lr-too-low.momentum-tiny-full-batch': ('lr-too-low', P, [], 'full-batch sgd lr 1e-4 momentum 0.9: 100 updates in all, still falling steadily'),
  'saturated-activation.sigmoid-raw-nets': ('saturated-activation', P, [], 'sigmoid layers on raw net features (twine tex ~900, days in water ~140)'),
  'saturated-activation.tanh-raw-rope': ('saturated-activation', P, [], 'tanh layers on raw rope features (lay length, twist per metre)'),
  'saturated-activation.sigmoid-bias-eight': ('saturated-activation', P, [], 'sigmoid layers with bias 8: all outputs near 1'),
  'saturated-activation.tanh-big-init': ('saturated-activation', P, ['init-scale'], 'tanh layers with normal init std 3'),
  'loss-plateau.xor-sigmoid-sgd': ('loss-plateau', T, [], 'xor with two sigmoid hidden units under plain sgd 0.05: stuck at chance'),
  'loss-plateau.spirals-one-unit': ('loss-plateau', T, [], 'three spirals with a 3-unit tanh layer: stalls near the baseline'),
  'loss-plateau.xor-two-relu-adam': ('loss-plateau', T, [], 'xor with two relu units: stalls at half the baseline once a unit is stuck'),
}
DROPPED = {
  'invalid-spec.swish-activation': 'a good invalid-spec, dropped only to keep the set within 65 faults',
  'data-error.export-header-space': 'a good data-error, dropped only to keep the set within 65 faults',
  'nan-loss.raw-tex-sgd': 'never went NaN: raw-scale blow-up then dead relu layer at baseline; ambiguous between dead-relu, exploding and nan, dropped',
  'loss-activation-mismatch.cce-sigmoid-head': 'the engine gives a loss of 1.4e-4 with accuracy 0.73: how the fault presents is unclear, borderline',
  'loss-plateau.fibres-sigmoid-slow': 'loss falls slowly but steadily (1.68 to 1.24): between lr-too-low and plateau, borderline',
  'shape-mismatch.two-unit-bce': 'the engine trained it (last/base 0.66); the mismatch did not show, borderline',
  'exploding-gradient.deep-wide-init': 'gradients peaked at 117 and the net trained to 0.01 of the baseline: no fault showed',
  'no-nonlinearity.linear-fibres': 'the fibre classes are linearly separable: it trained as well as the relu model (0.06)',
  'loss-plateau.circles-two-relu': 'still falling steadily at the end (0.69 to 0.61): not a plateau',
  'loss-plateau.spirals-four-tanh': 'still slowly falling at the end and accelerating: borderline',
  'loss-plateau.circles-three-sigmoid': 'trained well (last/base 0.08): no fault',
  'oscillating-loss.adam-batch-four-fibres': 'two isolated spikes, otherwise low and settled (last/base 0.05): borderline',
  'oscillating-loss.rmsprop-fibres-batch-two': 'trained well (last/base 0.03), no sustained swinging',
  'ok.nets-logistic': 'last/base 0.75: not far enough below the baseline to count as healthy beyond doubt',
  'ok.iris-batchnorm-tanh': 'loss rose from 0.10 to 0.20 late and gradients reached 19: may be faulty',
  'ok.moons-sigmoid-sgd-batch-full': 'update ratio up to 0.87 at lr 2 and far behind the tanh/adam moons model: may be faulty',
  'ok.nets-batchnorm-sgd': 'loss rose from 0.31 to 0.33 late; dropped to keep the healthy set within 40',
}
COVERS = {
  'ok.rope-adam-two-relu': 'ropes.csv standard + target standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32',
  'ok.rope-rmsprop-elu': 'ropes.csv, [24 elu, 1], mse, rmsprop 0.002, batch 16',
  'ok.rope-sgd-momentum-tanh': 'ropes.csv, [16 tanh, 8 tanh, 1], mse, sgd 0.02 momentum 0.9',
  'ok.rope-nesterov-leaky': 'ropes.csv, [32 leaky_relu, 1], mse, sgd 0.01 nesterov',
  'ok.rope-minmax-batchnorm': 'ropes.csv minmax features, batchNorm relu layer, adam 0.005',
  'ok.rope-full-batch-adam': 'ropes.csv full batch (400), adam 0.02, 300 epochs',
  'ok.rope-batch-one-sgd': 'ropes.csv batch 1, plain sgd 0.002, tanh, 30 epochs',
  'ok.rope-dropout-wd-val': 'ropes.csv, dropout 0.1, weight decay 1e-4, validationSplit 0.2, adam',
  'ok.rope-minmax-target': 'ropes.csv, normalizeTarget minmax, relu, adam 0.005',
  'ok.rope-clipnorm-sgd': 'ropes.csv, sgd 0.05 momentum 0.9 with clipNorm 1',
  'ok.rope-deep-narrow-elu': 'ropes.csv, four elu layers of 12, adam 0.002',
  'ok.rope-linear-model': 'ropes.csv, 4 features, a single linear unit (linear regression), plain sgd 0.05',
  'ok.rope-rmsprop-clip-wd': 'ropes.csv, elu, rmsprop 0.001 with clipNorm 5 and weight decay, batch 64',
  'ok.nets-adam-relu': 'nets.csv (noisy labels, 19% fail), [16 relu, 1 sigmoid], bce, adam',
  'ok.nets-rmsprop-tanh': 'nets.csv, [16 tanh, 8 tanh, 1 sigmoid], bce, rmsprop 0.001',
  'ok.nets-sgd-momentum': 'nets.csv, [24 relu, 1 sigmoid], sgd 0.05 momentum 0.9',
  'ok.nets-export-semicolon': 'nets-export.csv (semicolons, decimal commas), elu, adam',
  'ok.nets-dropout-val': 'nets.csv, dropout 0.2, validationSplit 0.25, adam',
  'ok.nets-minmax-leaky': 'nets.csv minmax, leaky_relu, adam 0.01',
  'ok.nets-two-softmax-cce': 'nets.csv fail flag as 2 classes, softmax head, cce',
  'ok.nets-long-low-rate': 'nets.csv, adam 0.0005 for 400 epochs',
  'ok.fibres-adam-relu': 'fibres.csv 4 string classes (one rare), [16 relu, 4 softmax], cce, adam',
  'ok.fibres-sgd-tanh': 'fibres.csv, tanh, plain sgd 0.1, batch 16',
  'ok.fibres-rmsprop-deep': 'fibres.csv, three relu layers, rmsprop 0.001',
  'ok.fibres-minmax-elu': 'fibres.csv minmax, elu, adam 0.01',
  'ok.fibres-softmax-regression-only': 'fibres.csv, softmax regression (no hidden layer), adam 0.02',
  'ok.fibres-batch-one-nesterov': 'fibres.csv, batch 1, nesterov sgd 0.005, 30 epochs',
  'ok.fibres-wd-dropout': 'fibres.csv, dropout 0.2, weight decay 5e-4, validationSplit 0.2',
  'ok.fibres-sigmoid-hidden': 'fibres.csv, a sigmoid hidden layer, adam 0.01',
  'ok.fibres-lecun-elu-wide': 'fibres.csv, 64 elu lecun_normal, sgd 0.02 momentum 0.8',
  'ok.moons-tanh-adam': 'builtin moons, two tanh layers, adam',
  'ok.circles-relu-rmsprop': 'builtin circles, relu, rmsprop 0.005',
  'ok.spirals-deep-adam': 'builtin spirals 3 classes, [32 relu, 32 relu, 3 softmax], adam, 300 epochs',
  'ok.iris-sgd-momentum': 'builtin iris standard, sgd momentum, cce',
  'ok.sine-tanh-adam': 'builtin sine regression, tanh, adam',
  'ok.xor-tanh-sgd': 'builtin xor, 8 tanh, sgd 0.3 momentum 0.9',
  'ok.blobs-four-sigmoid-out': 'builtin blobs 4 classes standard, elu, rmsprop',
  'ok.inline-splice-load': 'inline table of rope diameter/strands vs safe load, target standardised, tanh, adam',
  'ok.inline-knot-kind': 'inline table with string labels (knot kinds), relu, adam, batch 4',
  'ok.circles-leaky-nesterov': 'builtin circles, leaky_relu, nesterov sgd 0.05, batch 16',
}

cand = os.path.join(HERE, 'candidates')
names = sorted(f[:-len('.nn.json')] for f in os.listdir(cand) if f.endswith('.nn.json'))
assert set(names) == set(FAULTS) | set(DROPPED) | set(COVERS), set(names) ^ (set(FAULTS) | set(DROPPED) | set(COVERS))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, d), exist_ok=True)
faults, healthy = [], []
for name in names:
    src = os.path.join(cand, name + '.nn.json')
    line = obs[name]
    if name in FAULTS:
        code, stage, extra, text = FAULTS[name]
        new = code + name[name.index('.'):]
        shutil.move(src, os.path.join(HERE, 'faulty', new + '.nn.json'))
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + extra})
    elif name in COVERS:
        shutil.move(src, os.path.join(HERE, 'healthy', name + '.nn.json'))
        healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{COVERS[name]} (observe: {line})'})
    else:
        shutil.move(src, os.path.join(HERE, 'dropped', name + '.nn.json'))
os.rmdir(cand)
about = ('Fault set blind193 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: rope makers and net lofts: ropes.csv (400 break tests of finished ropes: diameter, strands, nylon share, lay length collinear with '
         'diameter, tar, twist, skewed walk hours, a shelf number with no effect, text lot id and date; break_kn in kN), nets.csv (360 net-panel '
         'inspections, 7 features, fail 0/1 ~19% with 5% flipped), nets-export.csv (the same with semicolons and decimal commas), fibres.csv '
         '(320 fibre lots, 6 features, 4 string classes, polyamide rare), ropes-gaps.csv (NA, blank and "-" markers), plus builtins and two inline tables. '
         '"stage" is the writer\'s expectation of the earliest stage that could catch it; "catches" the codes whose advice would genuinely fix it. '
         'Each fault text and healthy covers ends with its bare-engine observe.ts --summary line (observed.txt); --curve in observed-curves.txt. '
         'Data by data/generate.ts, specs by author.ts, this manifest by write-manifest.py; see README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1)
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(DROPPED), 'dropped')
print(sorted(Counter(f['code'] for f in faults).items()))
print(sorted(Counter(f['stage'] for f in faults).items()))
