#!/usr/bin/env python3
"""Verdicts of fault set blind227: files candidates into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, shutil
here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    key = line.split(':')[0].replace('.nn.json', '').split(' ')[0]
    obs[key] = line
# candidate -> (code, stage, catches, fault text[, new name])
F = {
 'invalid-spec.adamw-optimizer': ('static', [], 'optimizer "adamw" copied from PyTorch habit'),
 'invalid-spec.softplus-activation': ('static', [], 'activation "softplus", which the format does not offer'),
 'invalid-spec.keras-loss-name': ('static', [], 'loss written as Keras "categorical_crossentropy" instead of "cce"'),
 'invalid-spec.dropout-percent': ('static', [], 'dropout rate written as a percentage (30) instead of 0.3'),
 'data-error.last-year-file': ('static', [], 'spec still points at last year\'s hides_2023.csv, which is not in the folder'),
 'data-error.no-feature-list-lot-ids': ('static', [], 'no "features" list, so the lot id and received date text columns are read as features'),
 'data-error.target-renamed': ('static', [], 'target "shrinkage_temp" while the lab sheet column is shrink_temp_c'),
 'data-error.night-shift-gaps': ('static', [], 'the hand-typed night-shift copy of the hide sheet has NA, ? and empty cells'),
 'data-error.shared-drive-path': ('static', [], 'data path climbs out of the workspace to a mounted QA share'),
 'shape-mismatch.three-grades-head': ('static', [], '3-unit softmax head for 4 hide grades (A, B, C, reject): the rare reject grade forgotten'),
 'shape-mismatch.two-targets-one-unit': ('static', [], 'two target columns (shrink temperature and Cr2O3 uptake) but one output unit'),
 'shape-mismatch.five-grade-head': ('static', [], '5-unit softmax head for 4 hide grades'),
 'loss-activation-mismatch.bce-linear-head': ('static', [], 'bce on a linear output head for crack fail 0/1'),
 'loss-activation-mismatch.cce-sigmoid-head': ('static', [], 'cce on a 4-unit sigmoid head instead of softmax (loss tiny, accuracy 0.41)'),
 'loss-activation-mismatch.relu-head-standardised-target': ('static', [], 'relu output on a standardised shrink-temperature target, half of which is negative'),
 'loss-activation-mismatch.tanh-head-raw-shrink-temp': ('static', ['saturated-activation'], 'tanh output for raw shrink temperatures around 110 degC, which it can never reach'),
 'init-symmetry.zeros-hidden-relu': ('static', ['dead-relu'], 'zeros init on the 24-unit relu hidden layer'),
 'init-symmetry.constant-tanh-layers': ('static', [], 'constant 0.1 init on two 16-unit tanh layers: every unit stays identical'),
 'init-symmetry.zeros-everywhere-finish': ('static', [], 'zeros init on every layer of a sigmoid net'),
 'init-scale.std-eight-relu': ('static', ['exploding-gradient'], 'normal init std 8 on two 32-unit relu layers'),
 'init-scale.tiny-uniform-deep': ('static', ['vanishing-gradient'], 'uniform init limit 1e-5 on three relu layers'),
 'init-scale.std-twenty-tanh': ('static', ['saturated-activation'], 'normal init std 20 on a tanh layer'),
 'init-scale.huge-uniform-head': ('static', ['nan-loss'], 'uniform init limit 50 on the output layer'),
 'nan-loss.huge-init-cce': ('static', [], 'normal init std 1e6 on raw hide features (meant 1e-6)', 'init-scale.huge-init-cce'),
 'no-nonlinearity.linear-stack-circles': ('static', [], 'two linear hidden layers on circles'),
 'no-nonlinearity.linear-stack-chrome-quadratic': ('static', [], 'four linear layers for shrink temperature, which bends with drum temperature'),
 'no-nonlinearity.linear-hidden-moons': ('static', [], 'linear hidden layers on moons'),
 'no-nonlinearity.linear-spirals': ('static', [], 'linear hidden layers on 3-class spirals'),
 'lr-out-of-range.lr-zero': ('static', [], 'lr 0 left from a template'),
 'lr-out-of-range.negative-lr': ('static', [], 'negative lr -0.01'),
 'lr-out-of-range.adam-lr-fifty': ('static', ['lr-too-high'], 'adam lr 50 (meant 5e-3)'),
 'lr-out-of-range.sgd-lr-thousand': ('static', ['lr-too-high', 'nan-loss'], 'sgd lr 1000'),
 'dead-relu.bias-minus-six': ('probe', [], 'relu layers with initial bias -6 on standardised inputs: every unit dead from the start'),
 'dead-relu.sgd-hot-start-hides': ('training', ['lr-too-high'], 'plain sgd lr 1.5 kills most of the second relu layer'),
 'dead-relu.adam-too-hot-finish': ('probe', ['lr-too-high'], 'adam lr 0.3 kills the second relu layer'),
 'exploding-gradient.raw-effluent-sgd': ('probe', ['exploding-gradient'], 'raw COD features in thousands mg/L and raw target, relu layer all dead, tiny lr 1e-7', 'dead-relu.raw-effluent-sgd'),
 'exploding-gradient.raw-shrink-temp-deep': ('probe', ['dead-relu', 'nan-loss'], 'raw shrink temperature target with a 3-layer relu net and momentum sgd'),
 'exploding-gradient.raw-chrome-features-adam': ('probe', ['lr-too-high', 'dead-relu'], 'raw chrome batch features (float % ~150) and raw target into rmsprop lr 0.01'),
 'dead-relu.raw-cod-negative-bias': ('probe', ['dead-relu'], 'raw COD features in thousands with bias -3 relu layer: gradients up to 6e5', 'exploding-gradient.raw-cod-negative-bias'),
 'nan-loss.raw-cod-sgd': ('probe', ['nan-loss'], 'raw COD features and target under sgd lr 0.01: loss 1e25, gradients 1e11', 'exploding-gradient.raw-cod-sgd'),
 'vanishing-gradient.deep-sigmoid-stack': ('probe', [], 'eight sigmoid hidden layers under plain sgd'),
 'vanishing-gradient.deep-tanh-tiny-init': ('probe', ['init-scale'], 'ten tanh layers with init std 0.01'),
 'vanishing-gradient.sigmoid-tower-chrome': ('probe', [], 'ten sigmoid layers for a regression'),
 'vanishing-gradient.tiny-normal-relu-tower': ('probe', ['init-scale'], 'eight relu layers with init std 0.02'),
 'nan-loss.sgd-lr-ten-regression': ('probe', ['lr-too-high', 'lr-out-of-range'], 'sgd lr 10 on a standardised regression'),
 'exploding-gradient.deep-std-one-relu': ('static', ['init-scale', 'exploding-gradient'], 'eight 32-unit relu layers with normal std 1: activations overflow', 'nan-loss.deep-std-one-relu'),
 'lr-too-high.sgd-point8-effluent': ('probe', ['lr-too-high', 'exploding-gradient'], 'nesterov sgd lr 0.8 momentum 0.9 batch 16', 'nan-loss.sgd-point8-effluent'),
 'lr-too-high.adam-half-hides': ('probe', ['oscillating-loss'], 'adam lr 0.5 on tanh layers: loss bounces 0.8-1.7'),
 'lr-too-high.rmsprop-point3-chrome': ('probe', ['oscillating-loss'], 'rmsprop lr 0.3: loss 0.98 at epoch 7, then 5-10'),
 'oscillating-loss.full-batch-sgd-edge': ('probe', ['exploding-gradient'], 'full-batch sgd lr 0.98 on a linear model: loss grows every epoch', 'lr-too-high.full-batch-sgd-edge'),
 'oscillating-loss.momentum-099-chrome': ('training', ['oscillating-loss'], 'sgd lr 0.05 momentum 0.99: loss climbs from 0.44 to 1e5', 'lr-too-high.momentum-099-chrome'),
 'lr-too-low.sgd-1e-5-hides': ('probe', [], 'sgd lr 1e-5'),
 'lr-too-low.adam-1e-6-chrome': ('probe', [], 'adam lr 1e-6'),
 'lr-too-low.rmsprop-1e-6-finish': ('probe', [], 'rmsprop lr 1e-6'),
 'lr-too-low.nesterov-1e-5-effluent': ('probe', [], 'nesterov sgd lr 1e-5 batch 64: loss crawls 2.45 to 1.29'),
 'saturated-activation.raw-cod-sigmoid': ('probe', [], 'sigmoid hidden layer on raw COD features in thousands'),
 'saturated-activation.raw-chrome-tanh': ('probe', [], 'tanh hidden layer on raw chrome batch features'),
 'saturated-activation.bias-ten-sigmoid': ('static', [], 'sigmoid layer with initial bias 10'),
 'saturated-activation.raw-hides-tanh-std': ('probe', ['init-scale'], 'tanh layer std 1 on raw hide weights and areas'),
 'loss-plateau.only-brine-feature': ('training', [], 'features list left with only brine_pct, which has no effect on the grade'),
 'loss-plateau.heavy-weight-decay': ('training', [], 'weightDecay 5 (meant 5e-5): loss returns to the baseline'),
 'loss-plateau.shift-and-rpm-only': ('training', [], 'only shift and drum rpm kept as features, neither affects shrink temperature'),
 'oscillating-loss.rmsprop-hot-batch4': ('training', ['lr-too-high'], 'rmsprop lr 0.05 batch 4: loss swings 0.56-0.69 and never settles'),
 'lr-too-high.sgd-two-finish': ('training', ['lr-too-high'], 'sgd lr 4 momentum 0.9: loss bounces 0.6-3.1', 'oscillating-loss.sgd-two-finish'),
}
DROP = {
 'shape-mismatch.two-unit-fail-head': 'the engine trained a 2-unit bce head on one 0/1 column to 0.61 of baseline; unclear fault',
 'init-symmetry.constant-one-elu': 'trained to 0.05 of baseline, close to healthy; borderline',
 'oscillating-loss.batch-one-sgd-finish': 'noisy but settling slowly to 0.81 of baseline; borderline',
 'loss-plateau.dropout-ninety': 'loss keeps falling to the baseline; neither a clear plateau nor healthy',
 'invalid-spec.batchsize-zero': 'size limit (65 faults)',
 'loss-activation-mismatch.bce-tanh-head': 'size limit (65 faults)',
 'nan-loss.raw-chrome-momentum': 'no NaN; showed saturated tanh instead, dropped for size',
 'ok.finish-logistic-sgd': 'ended at 0.75 of baseline: not far below',
 'ok.finish-elu-dropout': 'ended at 0.68 of baseline: not far below',
 'ok.finish-minmax-leaky': 'ended at 0.65 of baseline: not far below',
 'ok.hides-batch-one-sgd': 'ended at 0.40 of baseline vs 0.10-0.17 for alternatives',
 'ok.hides-he-uniform-small-lr-long': 'ended at 0.33 of baseline after 500 epochs: may be slow',
}
cand = os.path.join(here, 'candidates')
for d in ('faulty', 'healthy', 'dropped'): os.makedirs(os.path.join(here, d), exist_ok=True)
faults, healthy = [], []
names = sorted(f[:-8] for f in os.listdir(cand) if f.endswith('.nn.json'))
for n in names:
    src = os.path.join(cand, n + '.nn.json')
    if n in DROP:
        shutil.move(src, os.path.join(here, 'dropped', n + '.nn.json')); continue
    if n.startswith('ok.'):
        spec = json.load(open(src))
        shutil.move(src, os.path.join(here, 'healthy', n + '.nn.json'))
        healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f"{n[3:]}: {json.dumps(spec['layers'])[:0]}{spec['loss']}, {spec['optimizer']['type']} lr {spec['optimizer']['lr']}, batch {spec['training']['batchSize']}, {len(spec['layers'])} layers (observe: {obs[n]})"}); continue
    v = F[n]
    stage, extra, text = v[0], v[1], v[2]
    new = v[3] if len(v) > 3 else n
    code = new.split('.')[0]
    shutil.move(src, os.path.join(here, 'faulty', new + '.nn.json'))
    catches = [code] + [c for c in extra if c != code]
    faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[n]})', 'stage': stage, 'catches': catches})
assert not os.listdir(cand), os.listdir(cand)
os.rmdir(cand)
about = ('Fault set blind227 (issue #4), written blind and frozen before the product was run on it. Theme: tanneries and leather workshops. '
         'Data (data/generate.ts, seed 227xxx): hides.csv (480 hides, grade A/B/C/reject with reject rare, lot id and date text columns, collinear weight/area, no-effect brine_pct), '
         'hides-gaps.csv (NA, ? and empty cells), chrome.csv (400 chrome tanning batches, shrink_temp_c and cr2o3_pct targets, no-effect shift), chrome-export.csv (same, semicolons and decimal commas), '
         'finish.csv (520 spray-finish rolls, crack_fail 0/1 ~9%), effluent.csv (tab-separated, 300 effluent samples, COD in thousands of mg/L); plus builtins and inline tables. '
         'Each fault and healthy text ends with its observe.ts --summary line (observed.txt); curves in observed-curves.txt.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=2)
print(len(faults), 'faults', len(healthy), 'healthy', len(DROP), 'dropped')
from collections import Counter
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
