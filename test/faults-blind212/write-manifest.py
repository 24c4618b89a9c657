#!/usr/bin/env python3
"""Verdicts of fault set blind212: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind212: python3 write-manifest.py"""
import json, os, shutil

here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    s = line.strip()
    key = s.split(':')[0].replace('.nn.json', '').split(' ')[0]
    obs[key] = s

# candidate -> (final code, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from PyTorch; not an optimizer the format knows'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written as the Keras name "binary_crossentropy" instead of "bce"'),
 'invalid-spec.glorot-init': ('invalid-spec', 'static', [], 'init "glorot_uniform" (Keras name) instead of "xavier_uniform"'),
 'invalid-spec.dropout-rate-one': ('invalid-spec', 'static', [], 'dropout rate 1.0 typed as "drop everything on the rough-surf days"; out of [0, 1)'),
 'invalid-spec.validation-split-percent': ('invalid-spec', 'static', [], 'validationSplit written as a percentage (20) rather than a fraction'),
 'data-error.typo-in-path': ('data-error', 'static', [], 'CSV path "shift.csv" misspelt (the export is shifts.csv)'),
 'data-error.target-rescued': ('data-error', 'static', [], 'target column "rescued" does not exist (the column is "rescue")'),
 'data-error.tower-code-as-feature': ('data-error', 'static', [], 'tower code text column ("T-09") added to the features'),
 'data-error.radio-log-gaps': ('data-error', 'static', [], 'the gaps copy of the shift log with NA, empty and n/a readings used as is'),
 'data-error.shared-drive-path': ('data-error', 'static', [], 'path climbs out of the workspace to a shared drive'),
 'data-error.all-columns-incl-id': ('data-error', 'static', [], 'no "features" list, so the recruit id text column ("R300") is read as a feature'),
 'shape-mismatch.three-incident-types': ('shape-mismatch', 'static', [], 'softmax head of 3 units for 4 incident types (marine_sting, the rare one, forgotten)'),
 'shape-mismatch.hours-two-outputs': ('shape-mismatch', 'static', [], 'regression of patrol hours with a 2-unit output for a single target column'),
 'shape-mismatch.incident-single-unit': ('shape-mismatch', 'static', [], 'one softmax unit for 4 incident classes'),
 'loss-activation-mismatch.softmax-mse': ('loss-activation-mismatch', 'static', [], 'softmax head trained with mse on incident types (should be cce)'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce on a linear output unit for the rescue flag (sigmoid missing)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce on 4 sigmoid outputs instead of softmax'),
 'loss-activation-mismatch.relu-head-std-target': ('loss-activation-mismatch', 'static', [], 'relu output on a standardised swim-time target: cannot reach the negative half, stalls at 0.56 of baseline where healthy specs reach 0.07-0.10'),
 'loss-activation-mismatch.sigmoid-head-std-hours': ('loss-activation-mismatch', 'static', [], 'sigmoid output on standardised patrol hours (range beyond 0..1); 0.57 of baseline vs 0.04 healthy'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'hidden tanh layer of 16 initialised to zeros: all units identical; stalls at 0.83 of baseline'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', 'static', [], 'two tanh hidden layers initialised to zeros: no gradient reaches the first; loss stays at baseline'),
 'init-symmetry.constant-moons': ('init-symmetry', 'static', [], 'sigmoid hidden layer of 12 initialised to constant 0.5: behaves as one unit, moons stuck at 0.43 of baseline'),
 'init-scale.normal-std-8': ('init-scale', 'static', ['saturated-activation'], 'tanh layers initialised normal std 8: 90-98% of units saturated, stalls at 0.75 of baseline'),
 'init-scale.uniform-limit-20': ('init-scale', 'static', ['nan-loss', 'exploding-gradient'], 'uniform limit 20 on every layer: loss NaN in the first epoch'),
 'init-scale.normal-std-1e-4-deep': ('init-scale', 'static', ['vanishing-gradient'], 'three relu layers of std 1e-4: first-layer gradients ~1e-10, loss stays at baseline'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', 'static', [], 'two linear hidden layers on moons: only a straight boundary (0.40 of baseline, acc 0.87)'),
 'no-nonlinearity.linear-stack-circles': ('no-nonlinearity', 'static', [], 'three linear hidden layers on circles: stays at baseline'),
 'no-nonlinearity.linear-spirals': ('no-nonlinearity', 'static', [], 'linear hidden layers on 3 spirals: 0.96 of baseline'),
 'lr-out-of-range.adam-lr-50': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 50 (meant 0.005? decimal slip)'),
 'lr-out-of-range.sgd-lr-200': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 200: NaN in epoch 1'),
 'lr-out-of-range.rmsprop-lr-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-9: nothing moves'),
 'lr-out-of-range.sgd-lr-1e-8': ('lr-out-of-range', 'static', ['lr-too-low'], 'sgd lr 1e-8 with momentum: nothing moves'),
 'dead-relu.negative-bias': ('dead-relu', 'probe', [], 'relu layers with bias -6 ("only fire on rough days"): second layer all dead, loss at baseline'),
 'dead-relu.bias-minus-3-incidents': ('dead-relu', 'probe', [], 'relu layers with bias -3: second layer 100% dead, loss at baseline'),
 'dead-relu.sgd-kick-raw-visitors': ('dead-relu', 'probe', ['exploding-gradient'], 'raw visitor counts (thousands) into relu with sgd 0.05: first step kills every unit'),
 'dead-relu.rmsprop-hot-start': ('dead-relu', 'probe', ['lr-too-high'], 'rmsprop 0.3 on swim times: second relu layer dies, ends above baseline'),
 'lr-too-high.adam-0.5-shifts': ('dead-relu', 'probe', ['lr-too-high'], 'adam 0.5 on the shift log: the second relu layer dies at once and the loss sits at baseline'),
 'exploding-gradient.deep-std1-raw': ('exploding-gradient', 'probe', ['init-scale'], 'raw features (visitors in thousands, car park spaces) into a 4-layer relu net with std 1 init: gradients 1e7-1e9'),
 'exploding-gradient.raw-features-adam': ('exploding-gradient', 'probe', [], 'normalize forgotten: raw visitor counts into a 3-layer relu net; gradients up to 7e5, loss 28x baseline'),
 'exploding-gradient.raw-swim-features-rmsprop': ('exploding-gradient', 'probe', [], 'normalize forgotten: raw 2 km run seconds etc.; gradients up to 5e4, loss 93x baseline'),
 'nan-loss.sgd-raw-hours': ('exploding-gradient', 'probe', ['dead-relu', 'nan-loss'], 'raw features and raw patrol hours with sgd 0.05: first loss 4.5e23, gradients 5.7e10, then every relu dead'),
 'vanishing-gradient.eight-sigmoid-layers': ('vanishing-gradient', 'probe', [], 'eight sigmoid hidden layers with sgd: first-layer gradients ~1e-6, loss at baseline'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'probe', ['init-scale'], 'six tanh layers with std 0.02: first-layer gradients ~1e-5, loss at baseline'),
 'vanishing-gradient.sigmoid-tower-moons': ('vanishing-gradient', 'probe', [], 'ten sigmoid layers on moons: first-layer gradients ~1e-11, loss at baseline'),
 'nan-loss.raw-visitors-swim-lr1': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'raw features and raw swim seconds with sgd lr 1: NaN in epoch 1'),
 'nan-loss.momentum-raw-coverage': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw features, sgd 0.1 momentum 0.95, batch 8: NaN in epoch 1'),
 'exploding-gradient.raw-hours-raw-visitors': ('nan-loss', 'probe', ['exploding-gradient'], 'raw features and raw patrol hours (no normalisation at all), sgd 0.001: NaN in epoch 1'),
 'exploding-gradient.raw-swim-seconds': ('nan-loss', 'probe', ['exploding-gradient'], 'swim seconds left raw (normalizeTarget missing), 3 relu layers, sgd momentum: NaN in epoch 1'),
 'lr-too-high.nesterov-2-coverage': ('nan-loss', 'probe', ['lr-too-high'], 'sgd 0.5 Nesterov on patrol hours: NaN in epoch 1'),
 'lr-too-high.adam-1-swim': ('lr-too-high', 'probe', ['oscillating-loss'], 'adam lr 1: the loss reaches 0.29 then climbs and swings up to 16x baseline'),
 'lr-too-high.rmsprop-0.2-incidents': ('lr-too-high', 'training', ['oscillating-loss'], 'rmsprop 0.2, batch 16: loss bounces 0.03-0.6 epoch to epoch, never settles (healthy 0.02)'),
 'lr-too-high.sgd-0.8-momentum-shifts': ('lr-too-high', 'probe', ['oscillating-loss'], 'sgd 0.8 momentum 0.9: loss rises from 0.70 to 0.7-1.5 above baseline'),
 'lr-too-low.sgd-1e-4-shifts': ('lr-too-low', 'probe', [], 'plain sgd 1e-4 for 80 epochs: 0.757 -> 0.740, above baseline'),
 'lr-too-low.adam-1e-6-incidents': ('lr-too-low', 'probe', [], 'adam 1e-6: 2.19 -> 2.17 in 80 epochs'),
 'lr-too-low.rmsprop-1e-6-swim': ('lr-too-low', 'probe', [], 'rmsprop 1e-6: 0.556 -> 0.541 (healthy 0.07-0.10)'),
 'lr-too-low.sgd-5e-5-fullbatch-coverage': ('lr-too-low', 'probe', [], 'sgd 5e-5 full batch: 6.55 -> 2.78 of baseline in 150 epochs'),
 'saturated-activation.sigmoid-raw-visitors': ('saturated-activation', 'probe', [], 'sigmoid hidden on raw visitor counts: 100% saturated, loss at baseline'),
 'saturated-activation.tanh-raw-coverage': ('saturated-activation', 'probe', [], 'tanh on raw visitors and car park spaces: first layer 99% saturated, 0.49 of baseline (healthy 0.04)'),
 'saturated-activation.tanh-std-4': ('saturated-activation', 'probe', ['init-scale'], 'tanh with normal std 4: 75-89% saturated, 0.20 of baseline (healthy 0.01)'),
 'saturated-activation.sigmoid-raw-swim': ('saturated-activation', 'probe', [], 'sigmoid hidden on raw run seconds: 100% saturated, above baseline'),
 'loss-plateau.weight-decay-2': ('loss-plateau', 'training', [], 'weightDecay 2 (meant 2e-4): loss pinned at baseline'),
 'loss-plateau.dropout-0.95': ('loss-plateau', 'training', [], 'two dropout layers at 0.95 on 16 units: loss stays at baseline'),
 'loss-plateau.clipnorm-1e-5': ('loss-plateau', 'training', ['lr-too-low'], 'clipNorm 1e-5 (meant 1): steps too small, loss flat at 0.55 of baseline (healthy 0.07)'),
 'oscillating-loss.adam-0.1-batch-1': ('oscillating-loss', 'training', ['lr-too-high'], 'adam 0.1 with batch 1: loss swings 0.19-0.86 (healthy 0.04)'),
 'oscillating-loss.rmsprop-0.05-batch-2': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop 0.05 with batch 2: loss swings 0.07-0.29 (healthy 0.02)'),
}
DROP = {
 'shape-mismatch.two-sigmoid-heads': 'engine accepted 2 sigmoid outputs for one 0/1 target and trained to 0.75 of baseline; unclear whether a fault',
 'init-symmetry.constant-hidden': 'constant 0.1 relu init still trained to 0.02 of baseline; did not show symmetry',
 'init-scale.normal-std-10-sigmoid': 'trained to 0.10 of baseline despite std 10; did not show',
 'no-nonlinearity.linear-incidents': 'incidents are nearly linearly separable: trained to 0.09; static fault but shows nothing',
 'nan-loss.sgd-raw-hours': None,
 'lr-too-high.sgd-3-iris': 'trained to 0.01 of baseline; did not show',
 'lr-too-high.rmsprop-0.1-coverage': 'borderline: 0.16 of baseline, mild bounce, relus mostly dead; unclear code',
 'loss-plateau.decay-1-coverage': 'loss fell to 0.73 then rose to 1.10 with a dead layer: unclear which code',
 'oscillating-loss.momentum-0.99-batch-4': 'diverged to NaN at epoch 34 (not an oscillation); nan-loss already well covered',
 'oscillating-loss.fullbatch-sgd-1.5': 'diverged to NaN at epoch 30 (not an oscillation); nan-loss already well covered',
 'ok.shifts-logistic-fullbatch': 'ends at 0.84 of baseline: not far enough below it',
 'ok.shifts-batch1-sgd': 'ends at 0.79 of baseline in 30 epochs: borderline',
 'ok.shifts-minmax-nesterov': 'ends at 0.79 of baseline: borderline',
 'ok.moons-batch1-rmsprop': 'moons at 0.27 of baseline where others reach 0.00: borderline',
 'ok.spirals-tanh-rmsprop': 'ends at 0.54 of baseline, acc 0.84: borderline',
}
DROP = {k: v for k, v in DROP.items() if v}
COVERS = {}
cand = os.path.join(here, 'candidates')
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(here, sub), exist_ok=True)
faults, healthy, dropped = [], [], []
for fn in sorted(os.listdir(cand)):
    key = fn[:-len('.nn.json')]
    o = obs.get(key) or obs.get(fn, '')
    if key in DROP:
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'dropped', fn)); dropped.append((fn, DROP[key])); continue
    if key.startswith('ok.'):
        spec = json.load(open(os.path.join(cand, fn)))
        layers = ', '.join(f"{l['units']} {l.get('activation','linear')}{' bn' if l.get('batchNorm') else ''}" if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
        data = spec['data']; src = data.get('csv') or data.get('builtin') or 'inline'
        op = spec['optimizer']
        text = f"{os.path.basename(src)} normalize {data.get('normalize','none')}, [{layers}], {spec['loss']}, {op['type']} {op['lr']}{' momentum '+str(op['momentum']) if op.get('momentum') else ''}{' nesterov' if op.get('nesterov') else ''}, batch {spec['training']['batchSize']}, {spec['training']['epochs']} epochs (observe: {o.split(' | ')[0]})"
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'healthy', fn))
        healthy.append({'file': f'healthy/{fn}', 'covers': text}); continue
    code, stage, extra, text = F[key]
    newfn = fn if fn.startswith(code + '.') else code + '.' + fn.split('.', 1)[1]
    shutil.move(os.path.join(cand, fn), os.path.join(here, 'faulty', newfn))
    faults.append({'file': f'faulty/{newfn}', 'code': code, 'fault': f"{text} (observe: {o.split(' | ')[0] if ' | ' in o else o})", 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
about = ('Fault set blind212 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: beach lifeguard services. Data by data/generate.ts (seed 212): shifts.csv (480 tower shifts, 9 numeric features incl. skewed visitor counts, '
         'collinear air temperature/UV, a no-effect tower_number, id/date/tower text columns; rescue 0/1 ~20%, 5% flipped), shifts-eu.csv (same, semicolons and decimal commas), '
         'shifts-gaps.csv (NA/empty/n/a markers), incidents.csv (420 incidents, 7 features, 4 text classes, marine_sting rare), coverage-tabs.csv (360 beach-days, tab-separated, patrol hours 16-600 h), '
         'swim-tests.csv (300 recruits, 400 m swim time in seconds), plus builtins and one inline table. "stage" is the writer\'s expectation; "catches" the codes whose advice would fix it. '
         'Each fault/covers text ends with its test/faults/observe.ts --summary line (observed.txt; curves in observed-curves.txt).')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=2, ensure_ascii=False)
with open(os.path.join(here, 'dropped.txt'), 'w') as fh:
    for fn, why in dropped: fh.write(f'{fn}: {why}\n')
os.rmdir(cand)
from collections import Counter
print(len(faults), len(healthy), len(dropped)); print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
