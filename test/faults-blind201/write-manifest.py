#!/usr/bin/env python3
"""Blind set 201: verdicts from observed.txt / observed-curves.txt; files candidates and writes manifest.json."""
import json, os, re, shutil
here = os.path.dirname(os.path.abspath(__file__))
cand = os.path.join(here, 'candidates')
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    if line.startswith('npm warn') or not line.strip(): continue
    s = line.strip()
    m = re.match(r'([^:\s]+?)(?:\.nn\.json)?[: ]', s)
    obs[m.group(1)] = s
S, P, T = 'static', 'probe', 'training'
# name: (code, stage, extra catches, text)   code differing from the file's prefix = re-filed
F = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', S, [], 'optimizer "adamw" copied from a PyTorch costume-hours notebook; not an optimizer of the format'),
 'invalid-spec.activation-swish': ('invalid-spec', S, [], 'hidden activation "swish" on the box-office demand classifier; not supported'),
 'invalid-spec.loss-crossentropy': ('invalid-spec', S, [], 'loss written as Keras "categorical_crossentropy" instead of "cce"'),
 'invalid-spec.dropout-rate-one': ('invalid-spec', S, [], 'dropout rate 1.0 on the wardrobe damage model: would drop every unit'),
 'invalid-spec.validation-split-percent': ('invalid-spec', S, [], 'validationSplit written as 20 (percent) instead of 0.2'),
 'data-error.missing-file': ('data-error', S, [], 'points at costumes-2024.csv, which the costume department never exported'),
 'data-error.text-feature-show': ('data-error', S, [], 'show code column "S9" used as a numeric feature'),
 'data-error.target-typo': ('data-error', S, [], 'target "attendence_pct" misspelt; the column is attendance_pct'),
 'data-error.na-markers': ('data-error', S, [], 'costumes-gaps.csv copy has NA and empty fabric_m cells'),
 'data-error.path-outside': ('data-error', S, [], 'data path climbs out of the workspace to a shared wardrobe drive'),
 'shape-mismatch.demand-two-units': ('shape-mismatch', S, [], 'demand has 3 classes (sellout/steady/thin) but the softmax head has 2 units'),
 'shape-mismatch.hours-three-outputs': ('shape-mismatch', S, [], 'build_hours is one target column but the output layer has 3 units'),
 'shape-mismatch.demand-five-softmax': ('shape-mismatch', S, [], 'demand classifier copied from a 5-tier pricing model: 5 softmax units for 3 classes'),
 'loss-activation-mismatch.softmax-mse': ('loss-activation-mismatch', S, [], 'softmax head trained with mse on the 3 demand classes'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'bce on a linear output for returned-damaged; loss ends above baseline'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, [], 'cce on 3 sigmoid units instead of softmax; loss collapses meaninglessly while accuracy stays below the majority class'),
 'loss-activation-mismatch.relu-head-raw-target': ('loss-activation-mismatch', P, [], 'relu output for a standardised attendance target that is negative for half the nights'),
 'loss-activation-mismatch.tanh-head-hours': ('loss-activation-mismatch', S, [], 'tanh output for raw build hours (2 to 60): the head cannot exceed 1'),
 'init-symmetry.zeros-hidden': ('init-symmetry', S, [], 'zeros init on a 16-unit tanh layer for rush jobs: all units stay identical'),
 'init-symmetry.constant-relu': ('init-symmetry', S, [], 'constant 0.1 init on 24 relu units: they stay copies of one unit (fit no better than linear regression)'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', S, ['dead-relu'], 'zeros init on two relu layers: every unit dead and identical'),
 'init-symmetry.constant-sigmoid': ('init-symmetry', S, [], 'constant 0.05 init on 12 sigmoid units of the damage model'),
 'init-scale.normal-std-5': ('init-scale', S, ['saturated-activation'], 'normal init std 5 on a tanh layer: most units pinned'),
 'init-scale.uniform-limit-1e-5': ('init-scale', S, ['vanishing-gradient'], 'uniform limit 1e-5 in every layer of a 4-layer relu net: nothing flows'),
 'init-scale.normal-std-20-relu': ('init-scale', S, ['nan-loss', 'exploding-gradient'], 'normal init std 20 on the build-hours relu layer: NaN at once'),
 'init-scale.normal-std-3-sigmoid': ('init-scale', S, ['saturated-activation'], 'normal init std 3 on two sigmoid layers: saturated from the start'),
 'no-nonlinearity.linear-stack-demand': ('no-nonlinearity', S, [], 'two linear hidden layers before softmax; depth adds nothing (0.36 vs 0.07 with relu)'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', S, [], 'three linear hidden layers on moons; stays a linear boundary'),
 'no-nonlinearity.linear-hidden-lamp': ('no-nonlinearity', S, [], 'lamp temperature with two linear hidden layers (he_normal init suggests relu was meant)'),
 'no-nonlinearity.circles-linear-hidden': ('no-nonlinearity', S, [], 'linear hidden layers on circles: stuck at chance'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', S, ['lr-too-high'], 'adam lr 5'),
 'lr-out-of-range.sgd-lr-50': ('lr-out-of-range', S, ['lr-too-high', 'nan-loss'], 'sgd lr 50 (meant 0.05)'),
 'lr-out-of-range.rmsprop-lr-1e-8': ('lr-out-of-range', S, ['lr-too-low'], 'rmsprop lr 1e-8'),
 'lr-out-of-range.sgd-lr-1e-7': ('lr-out-of-range', S, ['lr-too-low'], 'sgd lr 1e-7 with momentum'),
 'dead-relu.negative-bias': ('dead-relu', P, [], 'relu bias -6 on standardised costume features: 81% of units never fire'),
 'dead-relu.bias-minus-3-deep': ('dead-relu', P, [], 'bias -3 on two relu layers: second layer 83-96% dead, loss stays at baseline'),
 'dead-relu.adam-lr-0.5': ('dead-relu', P, ['lr-too-high'], 'adam 0.5 kills 88% of the second relu layer; loss at baseline'),
 'exploding-gradient.raw-lamp-target': ('exploding-gradient', P, ['nan-loss', 'lr-too-high'], 'raw watts features and raw lamp temperature target with sgd: gradients ~5e20'),
 'exploding-gradient.raw-budget-features': ('exploding-gradient', P, ['lr-too-high'], 'raw budget_gbp (hundreds) as a feature and raw hours target: gradients ~2.5e6'),
 'exploding-gradient.raw-seats-attendance': ('exploding-gradient', P, [], 'raw seats (120-900) and raw attendance percent with rmsprop: gradients ~9e4, loss ends above baseline'),
 'nan-loss.sgd-raw-lamp-lr': ('exploding-gradient', P, ['nan-loss', 'lr-too-high'], 're-filed from nan-loss: raw lamp data with sgd 0.01 gives gradients ~3e8 and a loss 3e5 times the baseline but no NaN'),
 'vanishing-gradient.deep-sigmoid': ('vanishing-gradient', P, [], 'six sigmoid layers with plain sgd for rush jobs: first-layer gradient ~1e-4'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', P, ['init-scale'], 'four tanh layers at std 0.01: first-layer gradient ~3e-5'),
 'vanishing-gradient.eight-sigmoid-damage': ('vanishing-gradient', P, [], 'eight sigmoid layers: first-layer gradient ~1e-6'),
 'nan-loss.adam-huge-init': ('nan-loss', P, ['init-scale', 'exploding-gradient'], 'raw costume features and std-50 init with sgd 0.1: NaN in epoch 1'),
 'dead-relu.high-lr-sgd-raw': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 're-filed from dead-relu: raw budget features and raw hours with sgd 0.01 give NaN in epoch 1, before units could die'),
 'oscillating-loss.sgd-batch-1': ('nan-loss', P, ['lr-too-high'], 're-filed from oscillating-loss: sgd 0.2 at batch 1 diverges to NaN in epoch 1'),
 'lr-too-high.sgd-2-hours': ('nan-loss', P, ['lr-too-high'], 're-filed from lr-too-high: sgd 2 reaches 1.9e24 then NaN in epoch 2'),
 'lr-too-high.adam-0.3-demand': ('lr-too-high', P, ['dead-relu'], 'adam 0.3: loss falls to 0.48 then climbs back to the baseline, 94% of layer 2 dead'),
 'oscillating-loss.full-batch-sgd-edge': ('lr-too-high', P, ['exploding-gradient'], 're-filed from oscillating-loss: full-batch sgd 0.95 on a linear lamp model diverges steadily to 1e16'),
 'nan-loss.momentum-raw-budget': ('lr-too-high', P, ['exploding-gradient', 'saturated-activation'], 're-filed from nan-loss: sgd 0.05 momentum 0.95 batch 8 on raw features; no NaN, loss rises from 127 to 297 (4.8x baseline)'),
 'lr-too-low.sgd-1e-4-hours': ('lr-too-low', T, [], 'sgd 1e-4 for 50 epochs: loss 2.18 -> 1.37, above baseline'),
 'lr-too-low.adam-1e-5-demand': ('lr-too-low', P, [], 'adam 1e-5: loss 1.21 -> 1.18 in 40 epochs'),
 'lr-too-low.rmsprop-5e-6-damage': ('lr-too-low', P, [], 'rmsprop 5e-6: loss barely moves'),
 'lr-too-low.sgd-full-batch-rush': ('lr-too-low', P, [], 'sgd 0.001 full batch (400): 60 steps in all, loss 0.79 -> 0.78'),
 'saturated-activation.raw-budget-tanh': ('saturated-activation', P, [], 'no normalisation: raw budget_gbp into tanh, 99% saturated'),
 'saturated-activation.raw-lamp-sigmoid': ('saturated-activation', P, [], 'raw watts into sigmoid layer: 100% saturated, loss at baseline'),
 'saturated-activation.bias-8-sigmoid': ('saturated-activation', P, [], 'sigmoid bias 8: every unit pinned at 1'),
 'saturated-activation.raw-seats-tanh': ('saturated-activation', P, [], 'raw seats and price into tanh: 99% saturated'),
 'loss-plateau.heavy-weight-decay': ('loss-plateau', T, [], 'weightDecay 1.0 on adam: loss returns to and stays at the baseline'),
 'loss-plateau.dropout-0.9': ('loss-plateau', T, [], 'dropout 0.9 twice in a narrow net: stays at baseline'),
 'loss-plateau.clipnorm-tiny': ('loss-plateau', T, ['lr-too-low'], 'clipNorm 1e-4 (meant 1.0): steps tiny, loss stalls at 0.88 of baseline'),
 'loss-plateau.spirals-tiny-net': ('loss-plateau', T, [], '2 tanh units for 3-arm spirals: stalls at 0.96 of baseline'),
 'oscillating-loss.momentum-0.99': ('oscillating-loss', T, ['lr-too-high'], 'sgd 0.3 momentum 0.99: loss swings 0.59 -> 1.29 -> 0.90 -> 1.20 -> 0.79'),
 'lr-too-high.rmsprop-0.2-damage': ('oscillating-loss', T, ['lr-too-high'], 're-filed from lr-too-high: rmsprop 0.2 bounces 0.55 -> 0.71 -> 0.56 -> 0.77 -> 0.61 without settling'),
}
D = {
 'shape-mismatch.rush-two-sigmoid': 'engine accepted two sigmoid units for a 0/1 target and trained to 0.80 of baseline: not clearly faulty as observed',
 'exploding-gradient.deep-std-1': 'std-1 deep relu start is rough (first loss 63) but gradients stay <20 and it trains to 0.19: not exploding',
 'oscillating-loss.rmsprop-0.05-batch-4': 'settles at ~0.20 with a small wobble (88% dead): borderline, neither clearly oscillating nor healthy',
 'lr-too-high.nesterov-1-rush': 'loss slowly falls 0.80 -> 0.58: not clearly too high',
 'data-error.date-column-feature': 'dropped for size (duplicate of text-feature-show)',
 'invalid-spec.init-glorot': 'dropped for size (sixth invalid-spec)',
 'ok.rush-logistic-sgd': 'ends at 0.88 of baseline (noisy rush target): may read as a plateau',
 'ok.rush-rmsprop-tanh-wd': 'ends at 0.88 of baseline: borderline',
 'ok.rush-adam-dropout': 'train 0.68 but val 0.83 of baseline: borderline',
}
COVERS = lambda n: obs[n].split(':', 1)[0]
for d in ('faulty', 'healthy', 'dropped'): os.makedirs(os.path.join(here, d), exist_ok=True)
faults, healthy, dropped = [], [], {}
for f in sorted(os.listdir(cand)):
    n = f[:-len('.nn.json')]
    spec = json.load(open(os.path.join(cand, f)))
    if n in D:
        shutil.move(os.path.join(cand, f), os.path.join(here, 'dropped', f)); dropped[n] = D[n]; continue
    if n.startswith('ok.'):
        layers = ', '.join(f"{l['units']} {l.get('activation','linear')}" + (' bn' if l.get('batchNorm') else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
        data = spec['data']; src = data.get('csv') or data.get('builtin') or 'inline'
        o = spec['optimizer']; t = spec['training']
        extra = ''.join(f' {k} {o[k]}' for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if k in o)
        cov = f"{src} normalize {data.get('normalize','none')}, [{layers}], {spec['loss']}, {o['type']} {o['lr']}{extra}, batch {t['batchSize']}, {t['epochs']} epochs, val {t.get('validationSplit',0)} (observe: {obs[n]})"
        shutil.move(os.path.join(cand, f), os.path.join(here, 'healthy', f)); healthy.append({'file': f'healthy/{f}', 'covers': cov}); continue
    code, stage, extra, text = F[n]
    newf = f if f.startswith(code + '.') else code + '.' + f.split('.', 1)[1]
    shutil.move(os.path.join(cand, f), os.path.join(here, 'faulty', newf))
    faults.append({'file': f'faulty/{newf}', 'code': code, 'fault': f'{text} (observe: {obs[n]})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
assert not os.listdir(cand), os.listdir(cand)
os.rmdir(cand)
about = ('Fault set blind201 (issue #4), written blind and frozen before the product was run on it. Theme: theatre companies and costume departments: '
 'costumes.csv (400 build jobs, build_hours regression and rush 0/1, skewed fabric metres, collinear pieces/fittings, budget in pounds, a no-effect storage_shelf, text job_id/show), '
 'costumes-gaps.csv (NA/empty markers), performances.csv (480 nights, date and venue text, attendance_pct and a 3-class demand label with rare sellout), '
 'wardrobe-eu.csv (semicolons and decimal commas, returned-damaged 0/1), lighting.tsv (tab-separated, raw lamp temperature), plus builtins and two inline tables. '
 '"stage" is the writer\'s expectation; "catches" the codes whose advice would fix it. Every fault/covers text ends with its bare-engine observe.ts --summary line. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=2)
json.dump(dropped, open(os.path.join(here, 'dropped', 'reasons.json'), 'w'), indent=2)
from collections import Counter
print(len(faults), len(healthy), len(dropped)); print(Counter(x['code'] for x in faults)); print(Counter(x['stage'] for x in faults))
