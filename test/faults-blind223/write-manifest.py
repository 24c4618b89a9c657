#!/usr/bin/env python3
"""Verdicts of fault set blind223: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind223 after observed.txt exists: python3 write-manifest.py"""
import json, os, shutil

obs = {}
for line in open('observed.txt'):
    line = line.strip()
    if not line:
        continue
    key = line.split(':')[0].split(' ')[0].replace('.nn.json', '')
    obs[key] = line

# candidate -> (code, stage, catches, fault words); code differing from the prefix = re-filed
F = {
 'invalid-spec.activation-relu-titlecase': ('invalid-spec', 'static', [], 'activation written "Relu" (title case from a PyTorch habit)'),
 'invalid-spec.optimizer-adamw': ('invalid-spec', 'static', [], 'optimizer "adamw", which this engine does not have'),
 'invalid-spec.loss-keras-name': ('invalid-spec', 'static', [], 'loss written as Keras\'s "categorical_crossentropy" instead of "cce"'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percent (20) instead of a fraction'),
 'invalid-spec.batchsize-zero': ('invalid-spec', 'static', [], 'batchSize 0 left from a template'),
 'invalid-spec.trailing-comma-layers': ('invalid-spec', 'static', [], 'hand-edited spec with a trailing comma after the last layer'),
 'data-error.next-season-file': ('data-error', 'static', [], 'points at next season\'s sap_runs_2025.csv, which does not exist yet'),
 'data-error.target-grade-label': ('data-error', 'static', [], 'target "grade_label" but the column is "grade"'),
 'data-error.block-id-feature': ('data-error', 'static', [], 'sugarbush block id text column ("B1") listed as a feature'),
 'data-error.tablet-gaps-na': ('data-error', 'static', [], 'field-tablet export with NA and empty cells where the vacuum and tap sensors dropped out'),
 'data-error.path-outside-workspace': ('data-error', 'static', [], 'CSV path into a shared drive outside the workspace'),
 'data-error.date-column-feature': ('data-error', 'static', [], 'the date text column listed as a feature'),
 'shape-mismatch.three-grades-not-four': ('shape-mismatch', 'static', [], 'softmax with 3 units for the 4 syrup grades (VeryDark forgotten)'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'two regression targets (sap litres and brix) with a 1-unit output'),
 'shape-mismatch.grade-five-units': ('shape-mismatch', 'static', [], 'softmax with 5 units for 4 grades (the old 5-grade Quebec scale)'),
 'loss-activation-mismatch.softmax-mse-grade': ('loss-activation-mismatch', 'static', [], 'softmax grade head trained with mse instead of cce'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'buddy-flavour classifier with bce on a linear output (sigmoid forgotten)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce with a 4-unit sigmoid head instead of softmax (loss tiny but accuracy poor)'),
 'loss-activation-mismatch.relu-head-standard-target': ('loss-activation-mismatch', 'static', [], 'relu output on a standardized sap-volume target whose negative half it cannot reach'),
 'loss-activation-mismatch.bce-tanh-head': ('loss-activation-mismatch', 'static', [], 'good-run classifier with bce on a tanh output'),
 'init-symmetry.zeros-both-layers-buddy': ('init-symmetry', 'static', [], 'every layer, output included, initialised to zeros'),
 'init-symmetry.constant-half-moons': ('init-symmetry', 'static', [], 'hidden layer of 10 tanh units all initialised to the constant 0.5'),
 'init-symmetry.constant-hidden-volume': ('init-symmetry', 'static', [], 'hidden relu layer of 12 units initialised to the constant 0.1'),
 'init-scale.normal-std10-grade': ('init-scale', 'static', ['saturated-activation'], 'tanh layer with init normal std 10 (meant 0.1)'),
 'init-scale.uniform-tiny-deep-volume': ('init-scale', 'static', ['vanishing-gradient'], 'deep relu stack with uniform limit 1e-5 everywhere: signal and gradients vanish'),
 'init-scale.normal-std5-relu-buddy': ('init-scale', 'static', ['exploding-gradient'], 'two relu layers with init normal std 5: huge logits, loss far above baseline'),
 'init-scale.normal-std8-sigmoid-run': ('init-scale', 'static', ['saturated-activation'], 'sigmoid layer with init normal std 8 (units pinned)'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', 'static', [], 'two linear hidden layers on moons'),
 'no-nonlinearity.linear-stack-circles': ('no-nonlinearity', 'static', [], 'three linear hidden layers on circles'),
 'no-nonlinearity.linear-hidden-grade': ('no-nonlinearity', 'static', [], 'two linear hidden layers for syrup grades (depth adds nothing; trains only because grades are nearly linear in transmittance)'),
 'no-nonlinearity.linear-hidden-xor': ('no-nonlinearity', 'static', [], 'activation omitted on the hidden layer of an xor net (defaults to linear)'),
 'lr-out-of-range.lr-zero-adam': ('lr-out-of-range', 'static', [], 'adam lr 0'),
 'lr-out-of-range.lr-negative-sgd': ('lr-out-of-range', 'static', [], 'sgd lr -0.01 (sign typo)'),
 'lr-out-of-range.lr-zero-rmsprop': ('lr-out-of-range', 'static', [], 'rmsprop lr 0'),
 'lr-out-of-range.lr-negative-adam': ('lr-out-of-range', 'static', [], 'adam lr -0.003'),
 'dead-relu.negative-bias-volume': ('dead-relu', 'probe', [], 'relu layer with bias -6 on standardized inputs: every unit dead'),
 'dead-relu.negative-bias-deep-grade': ('dead-relu', 'probe', [], 'second relu layer with bias -4: most units dead'),
 'dead-relu.sgd-big-step-raw-taps': ('dead-relu', 'probe', ['lr-too-high', 'exploding-gradient'], 'raw tap counts (thousands) into relu with sgd 0.1: first step kills every unit'),
 'dead-relu.bias-minus3-buddy': ('dead-relu', 'probe', [], 'relu layers with bias -3 and a small rmsprop rate: second layer entirely dead'),
 'exploding-gradient.raw-litres-adam-linear': ('exploding-gradient', 'probe', [], 'sap litres target in raw units (variance 7e6) without normalizeTarget: gradients in the 1e5 range'),
 'nan-loss.raw-everything-sgd': ('exploding-gradient', 'probe', ['nan-loss', 'dead-relu'], 'raw features and raw litres target with sgd 0.01: first-epoch loss 1e26, gradients up to 1e12 (no NaN)'),
 'nan-loss.raw-target-sgd-momentum': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high', 'dead-relu'], 'raw litres target with sgd momentum 0.05: loss 1e21 first epoch, gradients 1e10, then units die'),
 'exploding-gradient.deep-wide-init-volume': ('nan-loss', 'probe', ['exploding-gradient', 'init-scale'], 'four relu layers of 64 with init normal std 1: NaN in the first epoch'),
 'exploding-gradient.raw-features-deep-relu': ('nan-loss', 'probe', ['exploding-gradient'], 'raw features into a deep relu stack with sgd momentum: NaN in the first epoch'),
 'exploding-gradient.raw-litres-target-sgd': ('nan-loss', 'probe', ['exploding-gradient'], 'raw litres target with plain sgd 0.001: NaN in the first epoch'),
 'nan-loss.raw-features-lr1-linear': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'raw features with sgd lr 1: NaN in the first epoch'),
 'nan-loss.adam-lr-huge-raw': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw features and raw litres target with sgd Nesterov lr 0.1 (slug says adam: the writer switched the optimizer): NaN in the first epoch'),
 'lr-too-high.sgd-lr-point5-volume-linear': ('nan-loss', 'probe', ['lr-too-high'], 'sgd momentum lr 0.5 batch 8: loss 2.6e34 then NaN in epoch 2'),
 'oscillating-loss.momentum-099-volume': ('nan-loss', 'training', ['lr-too-high', 'oscillating-loss'], 'sgd momentum 0.99 lr 0.05: the loss swings for 17 epochs then goes NaN'),
 'lr-too-high.adam-lr-half-grade': ('lr-too-high', 'probe', [], 'adam lr 0.5 on the grade net: loss stuck bouncing around the baseline'),
 'lr-too-high.sgd-lr3-buddy': ('lr-too-high', 'probe', ['oscillating-loss'], 'sgd momentum lr 3: loss rises from 0.77 and bounces up to 6.4'),
 'lr-too-high.rmsprop-lr-point3-volume': ('lr-too-high', 'probe', [], 'rmsprop lr 0.3: first epoch 4444 then stuck at the baseline'),
 'lr-too-high.adam-lr1-run': ('lr-too-high', 'probe', ['oscillating-loss'], 'adam lr 1: falls to 0.40 then jumps back to 2.0 and stays at the baseline'),
 'oscillating-loss.batch1-sgd-grade': ('lr-too-high', 'probe', ['oscillating-loss'], 'sgd lr 0.3 with batch 1: bounces then settles above the baseline'),
 'lr-too-low.sgd-1e-5-grade': ('lr-too-low', 'probe', [], 'plain sgd lr 1e-5'),
 'lr-too-low.adam-1e-7-volume': ('lr-too-low', 'probe', [], 'adam lr 1e-7 (meant 1e-3)'),
 'lr-too-low.rmsprop-1e-7-buddy': ('lr-too-low', 'probe', [], 'rmsprop lr 1e-7'),
 'lr-too-low.sgd-momentum-1e-6-moons': ('lr-too-low', 'probe', [], 'sgd momentum lr 1e-6 on moons'),
 'saturated-activation.sigmoid-raw-taps': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on raw tap counts and snow depth (normalize none)'),
 'saturated-activation.tanh-raw-batches': ('saturated-activation', 'probe', [], 'tanh hidden layer on raw batch readings (draw temperature ~219 F, boil minutes)'),
 'saturated-activation.tanh-bias-ten': ('saturated-activation', 'probe', ['init-scale'], 'tanh layer with bias 10: every unit pinned at +1'),
 'saturated-activation.sigmoid-raw-buddy-rms': ('saturated-activation', 'probe', [], 'sigmoid layers on raw growing degree days and tank hours'),
 'loss-plateau.raw-draw-temp-adam': ('saturated-activation', 'probe', ['loss-plateau'], 'tanh layer on raw sap-run features (taps in thousands): first layer saturated, loss stalls near the baseline'),
 'loss-plateau.sigmoid-xor-slow-sgd': ('loss-plateau', 'training', ['lr-too-low'], 'xor with 4 sigmoid units and plain sgd 0.05: stuck at the baseline for 200 epochs'),
 'loss-plateau.spirals-narrow-sgd': ('loss-plateau', 'training', ['lr-too-low'], '3-class spirals with 6 sigmoid units and sgd 0.05: stuck at the baseline'),
 'loss-plateau.grade-full-batch-sgd-sigmoid': ('loss-plateau', 'training', ['lr-too-low'], 'two sigmoid layers, full batch sgd 0.02 (one step per epoch): stuck at the baseline for 200 epochs'),
 'vanishing-gradient.deep-sigmoid-grade': ('vanishing-gradient', 'probe', [], 'seven sigmoid hidden layers with plain sgd: first-layer gradients 1e-5, loss at the baseline'),
 'vanishing-gradient.deep-sigmoid-buddy': ('vanishing-gradient', 'probe', [], 'six sigmoid hidden layers with sgd momentum 0.5: first-layer gradients 1e-5, loss at the baseline'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'probe', ['init-scale'], 'five tanh layers with init normal std 0.05: first-layer gradients a thousand times smaller than the last, loss at the baseline'),
 'vanishing-gradient.deep-sigmoid-moons': ('vanishing-gradient', 'probe', [], 'eight sigmoid hidden layers on moons with sgd: first-layer gradients 1e-7, loss at the baseline'),
 'oscillating-loss.adam-lr-point1-run': ('oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.1 batch 8: the loss swings between 0.04 and 0.18 to the end'),
 'oscillating-loss.sgd-momentum-batch8-run': ('oscillating-loss', 'probe', ['lr-too-high'], 'sgd momentum lr 0.8 batch 8: loss swings between 0.64 and 2.8 and never settles'),
}
DROP = {
 'shape-mismatch.buddy-two-sigmoid': 'the engine accepted 2 sigmoid units for one 0/1 target and trained to 0.59 of baseline: not clearly a failure',
 'init-symmetry.zeros-hidden-grade': 'only the hidden layer was zero; the random output layer broke the symmetry and it trained to 0.11 of baseline',
 'oscillating-loss.rmsprop-full-batch-buddy': 'small bumps on a mostly falling curve (0.48 of baseline): not a clear oscillation',
 'oscillating-loss.rmsprop-batch4-volume': 'jitter of a few percent on a falling curve: not a clear oscillation',
 'ok.run-batchnorm-sgd-sigmoid-head': 'meant healthy, but stalled at the baseline (1.00): unclear cause, neither healthy nor a clean fault',
 'ok.volume-three-features-linear': 'linear model ends at 0.62 of baseline, far above the nets (0.02-0.1)',
 'ok.volume-minmax-target': 'ends at 0.19 of baseline, worse than the standardized versions: borderline',
 'ok.volume-batch1-sgd': 'batch 1 for 30 epochs ends at 0.32 of baseline: borderline slow',
 'ok.volume-rmsprop-leaky': 'ends at 0.20 of baseline, twice the alternatives: borderline',
 'ok.moons-leaky-batch2': 'ends at 0.21 with acc 0.925 on moons where others reach ~0: borderline',
}

TRIM = ['lr-too-high.sgd-lr-point5-volume-linear', 'oscillating-loss.momentum-099-volume', 'exploding-gradient.raw-features-deep-relu', 'invalid-spec.trailing-comma-layers', 'invalid-spec.loss-keras-name', 'data-error.date-column-feature', 'loss-plateau.raw-draw-temp-adam']
for k in TRIM:
    code = F.pop(k)[0]
    DROP[k] = f'a valid {code} fault, trimmed only to keep the set within 55-65 faults'
COVERS = {}
for f in sorted(os.listdir('candidates')):
    k = f.replace('.nn.json', '')
    if k.startswith('ok.') and k not in DROP:
        s = json.load(open(os.path.join('candidates', f)))
        data = s['data']
        src = data.get('csv', data.get('builtin', 'inline'))
        layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}" + (' bn' if l.get('batchNorm') else '') + (f" init {l['init']}" if 'init' in l else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in s['layers'])
        o = s['optimizer']
        extras = ''.join(f" {x} {o[x]}" for x in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if x in o)
        t = s['training']
        COVERS[k] = f"{src} normalize {data.get('normalize', 'none')}{' target ' + data['normalizeTarget'] if 'normalizeTarget' in data else ''}, [{layers}], {s['loss']}, {o['type']} {o['lr']}{extras}, batch {t['batchSize']}, {t['epochs']} epochs{', val ' + str(t['validationSplit']) if t.get('validationSplit') else ''}"

for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy = [], []
for f in sorted(os.listdir('candidates')):
    k = f.replace('.nn.json', '')
    o = obs[k].replace(f'{k}.nn.json', f).strip() if k in obs else '?'
    if k in DROP:
        shutil.move(f'candidates/{f}', f'dropped/{f}')
    elif k.startswith('ok.'):
        shutil.move(f'candidates/{f}', f'healthy/{f}')
        healthy.append({'file': f'healthy/{f}', 'covers': f"{COVERS[k]} (observe: {o})"})
    else:
        code, stage, extra, words = F[k]
        name = f if f.startswith(code + '.') else code + '.' + f.split('.', 1)[1]
        shutil.move(f'candidates/{f}', f'faulty/{name}')
        faults.append({'file': f'faulty/{name}', 'code': code, 'fault': f"{words} (observe: {o})", 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
missing = [k for k in F if k not in DROP and not os.path.exists(f'faulty/{F[k][0]}.' + k.split('.', 1)[1] + '.nn.json')]
assert not missing, missing
os.rmdir('candidates')
about = ('Fault set blind223 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: maple syrup producers and sugar shacks: sap_runs.csv (480 block-days, sap litres per day and a good-run flag, taps in thousands, '
         'a moon_phase column with no effect, date and block id text columns), sap_runs_gaps.csv (the same with NA/empty cells), syrup_batches.csv '
         '(420 evaporator batches, 4 grades with a rare VeryDark, lot id text), syrup_batches_fr.csv (semicolons and decimal commas), buddy_lots.csv '
         '(360 late-season lots, rare buddy off-flavour, collinear degree-days and bud swell), plus builtins and one inline table. "stage" is the '
         "writer's expectation; \"catches\" the codes whose advice would fix it. Each fault text and healthy covers ends with its bare-engine "
         'observe.ts --summary line (observed.txt; curves in observed-curves.txt). See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1, ensure_ascii=False)
print(len(faults), 'faults', len(healthy), 'healthy', len(os.listdir('dropped')), 'dropped')
from collections import Counter
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
