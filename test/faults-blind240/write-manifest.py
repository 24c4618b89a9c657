#!/usr/bin/env python3
"""Verdicts of set blind240: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind240 after observed.txt exists: python3 write-manifest.py"""
import json, os, re, shutil

here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
obs = {}
for line in open('observed.txt'):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

S, P, T = 'static', 'probe', 'training'
# candidate -> (code, stage, catches (own code first), fault text)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer "adamw" copied from a PyTorch training script for the bout-outcome model'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'loss written with the Keras name "categorical_crossentropy" for the weapon classifier'),
 'invalid-spec.swish-activation': ('invalid-spec', S, [], 'activation "swish", which the format does not offer, on the member-spend model'),
 'invalid-spec.dropout-rate-one': ('invalid-spec', S, [], 'dropout rate 1.0 (meant 0.1), which would drop every unit'),
 'invalid-spec.validation-split-percent': ('invalid-spec', S, [], 'validationSplit 20 written as a percentage instead of 0.2'),
 'invalid-spec.zero-units': ('invalid-spec', S, [], 'hidden layer with 0 units left from a template'),
 'data-error.bout-file-typo': ('data-error', S, [], 'data path "bout.csv" for the club\'s bouts.csv'),
 'data-error.target-capitalised': ('data-error', S, [], 'target "Won" while the scorer\'s sheet header says "won"'),
 'data-error.timestamp-as-feature': ('data-error', S, [], 'the bout timestamp text column listed among the numeric features'),
 'data-error.scorer-gaps': ('data-error', S, [], 'the raw scorer log with NA and empty cells (bouts-gaps.csv) used as is'),
 'data-error.members-no-feature-list': ('data-error', S, [], 'no "features" list on the membership ledger, so the member_id text column is read as a feature'),
 'data-error.shared-drive-path': ('data-error', S, [], 'path to the club\'s shared drive outside the workspace'),
 'shape-mismatch.two-weapons-head': ('shape-mismatch', S, [], 'softmax head of 2 units for foil/epee/sabre (3 classes): sabre forgotten'),
 'shape-mismatch.four-unit-weapon-head': ('shape-mismatch', S, [], 'softmax head of 4 units for 3 weapons (counted "para" from another sheet)'),
 'shape-mismatch.spend-three-outputs': ('shape-mismatch', S, [], '3 linear outputs for the single annual_spend_eur target'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'bce on a linear output unit for won/lost (sigmoid left out)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, [], 'cce on 3 independent sigmoid outputs instead of softmax: the loss drops to near zero while accuracy stays 0.80'),
 'loss-activation-mismatch.tanh-head-raw-euros': ('loss-activation-mismatch', S, [], 'tanh output for annual spend in raw euros (hundreds to thousands) with no target normalisation: the head cannot reach the targets'),
 'loss-activation-mismatch.relu-head-bce': ('loss-activation-mismatch', S, [], 'relu output unit under bce for won/lost'),
 'init-symmetry.zeros-hidden-relu': ('init-symmetry', S, ['dead-relu'], 'hidden relu layer of 16 initialised to zeros: no unit ever moves'),
 'init-symmetry.constant-tanh-disc': ('init-symmetry', S, [], 'two tanh layers of 12 initialised to constant 0.1: every unit of a layer stays identical'),
 'init-symmetry.zeros-everywhere-spend': ('init-symmetry', S, [], 'every layer initialised to zeros on the member-spend model: the loss never leaves the baseline'),
 'init-scale.normal-std-8-tanh': ('init-scale', S, ['saturated-activation'], 'tanh layer initialised normal std 8 (meant 0.08): most units pinned at +-1'),
 'init-scale.uniform-tiny-deep': ('init-scale', S, ['vanishing-gradient'], 'uniform init limit 1e-4 in every layer of a 3-hidden-layer tanh net: the signal and the gradients vanish'),
 'init-scale.normal-std-20-relu': ('init-scale', S, ['exploding-gradient'], 'relu layers initialised normal std 20: the first loss is millions of times the baseline'),
 'no-nonlinearity.linear-stack-circles': ('no-nonlinearity', S, [], 'two linear hidden layers on circles: a linear model cannot separate rings'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', S, [], 'three linear hidden layers of 32 on moons: depth adds nothing over logistic regression'),
 'no-nonlinearity.linear-stack-xor': ('no-nonlinearity', S, [], 'linear hidden layers on xor: stuck at chance'),
 'no-nonlinearity.linear-hidden-spirals': ('no-nonlinearity', S, [], 'linear hidden layers (one with batch norm) on 3 spirals: stays near the prior'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', S, ['lr-too-high'], 'Adam with lr 5 (meant 5e-3)'),
 'lr-out-of-range.sgd-lr-80': ('lr-out-of-range', S, ['lr-too-high'], 'SGD lr 80 on the weapon classifier: the loss stays ten times the baseline'),
 'lr-out-of-range.rmsprop-lr-1e-9': ('lr-out-of-range', S, ['lr-too-low'], 'RMSprop lr 1e-9: the loss never moves'),
 'lr-out-of-range.adam-lr-1e-8': ('lr-out-of-range', S, ['lr-too-low'], 'Adam lr 1e-8 on moons: the loss never moves from its first value'),
 'dead-relu.bias-minus-6': ('dead-relu', P, [], 'relu layer with bias -6 (copied from a sigmoid gate): 94% of units dead all run'),
 'dead-relu.deep-negative-bias': ('dead-relu', P, [], 'two relu layers with bias -4 on the spend model: the second layer fully dead, loss at the baseline'),
 'dead-relu.sgd-kick-raw-rating': ('dead-relu', P, ['lr-too-high', 'exploding-gradient'], 'SGD lr 0.5 on unnormalised ratings (~1500): the first steps kill every relu unit, the loss stays at the baseline'),
 'exploding-gradient.raw-members-sgd': ('exploding-gradient', P, ['dead-relu'], 'unnormalised features and raw euro target under SGD: first loss 1e9, then the relu layer dies'),
 'exploding-gradient.raw-ratings-momentum': ('exploding-gradient', P, ['nan-loss', 'lr-too-high'], 'raw ratings (~1500) into a leaky-relu net with SGD momentum: gradients grow to 1e20 and the loss turns NaN at epoch 16'),
 'exploding-gradient.raw-euros-adam': ('exploding-gradient', P, [], 'spend target in raw euros without normalizeTarget: gradient norms in the hundreds of thousands, loss stays at half the baseline'),
 'vanishing-gradient.sigmoid-tower-8': ('vanishing-gradient', P, [], 'eight sigmoid hidden layers on the weapon classifier with plain SGD: the first layers get 1e-5 gradients'),
 'vanishing-gradient.sigmoid-tower-10-bouts': ('vanishing-gradient', P, [], 'ten sigmoid hidden layers for won/lost: first-layer gradients 1e-7, loss at the baseline'),
 'vanishing-gradient.sigmoid-tower-members': ('vanishing-gradient', P, [], 'seven sigmoid hidden layers on the spend model: loss at the baseline'),
 'nan-loss.rmsprop-deep-raw': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'three relu layers on raw member features and raw euro target with Nesterov SGD 0.02 batch 8 (the slug says rmsprop: the spec was switched to SGD before observing): NaN in the first epoch'),
 'lr-too-high.adam-0.3-disc': ('lr-too-high', P, ['oscillating-loss'], 'Adam lr 0.3 on the weapon classifier: reaches 0.25 then climbs back to 0.53 and bounces'),
 'lr-too-high.momentum-0.5-spend': ('lr-too-high', P, ['nan-loss'], 'SGD lr 0.5 momentum 0.9 on the standardised spend model: the loss diverges by orders of magnitude each epoch and is NaN at epoch 6'),
 'lr-too-high.adam-0.2-bouts-deep': ('lr-too-high', T, ['oscillating-loss'], 'Adam lr 0.2 on a two-layer relu net for won/lost: best 0.41 early, then spikes and settles at 0.62 with the second layer 97% dead'),
 'lr-too-high.sgd-5-iris': ('lr-too-high', T, ['oscillating-loss'], 'plain SGD lr 5 on iris: best 0.12, bounces and ends at 0.58'),
 'lr-too-low.sgd-1e-4-bouts': ('lr-too-low', T, [], 'plain SGD lr 1e-4 for 60 epochs on won/lost: the loss falls 0.64 to 0.61 in a straight line'),
 'lr-too-low.adam-1e-5-disc': ('lr-too-low', T, [], 'Adam lr 1e-5 on the weapon classifier: 2.43 to 2.32 in 60 epochs, still twice the baseline'),
 'lr-too-low.rmsprop-2e-5-spend': ('lr-too-low', T, [], 'RMSprop lr 2e-5 on the spend model: still 1.5 times the baseline after 60 epochs'),
 'lr-too-low.sgd-5e-4-fullbatch-iris': ('lr-too-low', T, [], 'full-batch SGD lr 5e-4 on iris: 150 steps in all, the loss stays near the prior'),
 'saturated-activation.sigmoid-raw-ratings': ('saturated-activation', P, [], 'sigmoid hidden layer on unnormalised ratings (~1500) and heights: all units pinned, loss 0.72 of baseline'),
 'saturated-activation.sigmoid-bias-9': ('saturated-activation', P, [], 'sigmoid hidden layer with bias 9: every unit pinned at 1, loss at the baseline'),
 'loss-plateau.weight-decay-0.5': ('loss-plateau', T, [], 'Adam with weightDecay 0.5 (meant 5e-4) on won/lost: the loss climbs back to the baseline and stays'),
 'loss-plateau.one-unit-bottleneck-spirals': ('loss-plateau', T, [], 'a single relu unit as the hidden layer for 3 spirals: stalls at 0.96 of the baseline'),
 'loss-plateau.dropout-0.9-disc': ('loss-plateau', T, [], 'dropout 0.9 after both hidden layers of the weapon classifier (meant 0.1): stalls at the baseline'),
 'oscillating-loss.adam-0.05-batch1': ('oscillating-loss', T, ['lr-too-high'], 'Adam lr 0.05 with batch size 1 on the spend model: the loss swings between 0.09 and 0.30 and ends at 0.16, four times what a calm run reaches'),
 'oscillating-loss.rmsprop-0.05-batch2': ('oscillating-loss', T, ['lr-too-high'], 'RMSprop lr 0.05 with batch 2 on the weapon classifier: swings between 0.36 and 0.62, drifting up'),
 'oscillating-loss.sgd-0.8-batch2-disc': ('oscillating-loss', P, ['lr-too-high'], 'SGD lr 0.8 momentum 0.9 with batch 2 on the weapon classifier: the loss jumps between 5 and 13, never below five times the baseline'),
}
# re-filed: candidate -> (new code, stage, catches, text)
R = {
 'exploding-gradient.deep-std-1.5': ('nan-loss', P, ['exploding-gradient', 'init-scale'], 'six relu layers initialised normal std 1.5: activations blow up and the loss is NaN in the first epoch'),
 'nan-loss.raw-euros-sgd-lr-0.1': ('exploding-gradient', P, ['dead-relu', 'lr-too-high'], 'raw member features and raw euro target, SGD lr 0.1: first loss 4e17, output gradient up to 1e8, then the relu layer dies (no NaN)'),
 'nan-loss.raw-ratings-regression': ('exploding-gradient', P, ['dead-relu'], 'predicting rating from raw opp_rating/height/reach with SGD momentum: first loss 5e45, gradients 4e22, then stuck at 221 times the baseline'),
 'nan-loss.raw-euros-momentum': ('dead-relu', P, ['exploding-gradient', 'lr-too-high'], 'minmax features but raw euro target under SGD momentum 0.9: the first steps blow up (loss 3e10) and both relu layers die; loss at the baseline'),
 'lr-too-high.sgd-1.5-spend-batch8': ('nan-loss', P, ['lr-too-high'], 'plain SGD lr 0.3 batch 8 on the spend model (the slug says 1.5: lowered before observing): NaN in the first epoch'),
 'ok.members-wide-shallow-lr-high-ok': ('nan-loss', P, ['lr-too-high'], '128-unit relu layer with SGD lr 0.05 momentum 0.5 on the spend model, meant to be healthy: NaN at epoch 3'),
 'oscillating-loss.nesterov-0.3-fullbatch': ('lr-too-high', T, ['oscillating-loss'], 'full-batch Nesterov SGD lr 0.3 momentum 0.95 on the spend model: reaches 0.10, then bursts and diverges to 1e24'),
 'oscillating-loss.momentum-0.99-batch4': ('lr-too-high', P, ['oscillating-loss', 'exploding-gradient'], 'SGD lr 0.1 momentum 0.99 batch 4 for won/lost: the loss climbs to 1e19, then bounces around 0.7-1.1 above the baseline'),
 'saturated-activation.sigmoid-raw-distance': None,
 'saturated-activation.tanh-bias-7-bouts': None,
}
F['saturated-activation.sigmoid-raw-distance'] = ('saturated-activation', P, [], 'sigmoid layer initialised normal std 1 on raw member features (distance up to 120 km): 89-98% of outputs pinned, loss ten times a healthy run')
F['saturated-activation.tanh-bias-7-bouts'] = ('saturated-activation', P, ['vanishing-gradient'], 'two tanh layers with bias 7: every unit pinned at +1, gradients 1e-9, loss at the baseline')
R = {k: v for k, v in R.items() if v}
D = {
 'shape-mismatch.won-two-sigmoids': 'two sigmoid outputs under bce for one won column loaded and trained to 0.42 of the baseline: not shown',
 'init-scale.normal-std-5-sigmoid': 'std 5 sigmoid layers on circles trained to 0.03 of the baseline: no fault shown',
 'dead-relu.bias-minus-3-disc': 'half the units dead but the loss reached 0.33 of the baseline, close to healthy runs: borderline',
 'vanishing-gradient.tanh-small-init-deep': 'trained to 0.40 of the baseline; gradients recovered: borderline',
 'lr-too-high.adam-0.5-circles': 'bounced mid-run but ended at 0.02 of the baseline: healthy-looking',
 'lr-too-high.rmsprop-0.2-bouts': 'noisy but ended at its best, 0.37 of the baseline: not shown',
 'lr-too-high.sgd-2-moons': 'trained to 0.04 of the baseline: not shown',
 'lr-too-high.rmsprop-0.1-spend': 'bounces between 0.10 and 0.25 (healthy runs reach 0.04): borderline between lr-too-high, oscillation and fine',
 'saturated-activation.tanh-raw-lunge': 'saturation 0.53 but loss 0.37 of the baseline, near healthy: borderline',
 'saturated-activation.tanh-raw-members': 'saturated 0.68 yet trained to 0.06 of the baseline: not shown',
 'loss-plateau.weight-decay-1-spend': 'flat at ~0.25 of the baseline (healthy 0.04): a plateau or just strong regularisation, borderline',
 'init-symmetry.constant-half-moons': 'constant init trained to acc 0.93 (like one unit on moons): fault real but effect borderline',
 'loss-activation-mismatch.softmax-mse-weapons': 'softmax with mse trained to acc 0.95: a fault by textbook but harmless here, borderline',
 'ok.members-sgd-momentum-bn': 'meant healthy; its loss bounced from 0.07 back to 0.14: borderline, neither healthy nor clearly faulty',
}
D.update({
 'invalid-spec.zero-units': 'trimmed to keep the set within 65 faults (invalid-spec had six)',
 'exploding-gradient.raw-euros-adam': 'gradient norms huge but the loss still reached 0.51 of the baseline under Adam: borderline between exploding and merely slow',
 'lr-too-high.momentum-0.5-spend': 'diverged to NaN at epoch 6: lr-too-high or nan-loss, ambiguous; trimmed',
 'no-nonlinearity.linear-stack-moons': 'the linear stack reached 0.35 of the baseline (moons is nearly linear): effect borderline',
})
for k in D:
    F.pop(k, None)
H = {}
for f in sorted(os.listdir('candidates')):
    n = f[:-len('.nn.json')]
    if n.startswith('ok.') and n not in R and n not in D:
        spec = json.load(open(os.path.join('candidates', f)))
        layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}{' bn' if l.get('batchNorm') else ''}" if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
        data = spec['data']
        src = os.path.basename(data['csv']) if 'csv' in data else (data.get('builtin') or 'inline table')
        o = spec['optimizer']
        extras = ''.join(f' {k} {o[k]}' for k in ('momentum', 'nesterov', 'clipNorm', 'weightDecay') if k in o)
        t = spec['training']
        H[n] = f"{src} normalize {data.get('normalize', 'none')}, [{layers}], {spec['loss']}, {o['type']} {o['lr']}{extras}, batch {t['batchSize']}, {t['epochs']} epochs{', val ' + str(t['validationSplit']) if t.get('validationSplit') else ''}"

allc = {f[:-len('.nn.json')] for f in os.listdir('candidates')}
covered = set(F) | set(R) | set(D) | set(H)
assert allc == covered, (allc - covered, covered - allc)
for n in allc:
    assert n in obs, n

for d in ('faulty', 'healthy', 'dropped'):
    shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
faults, healthy = [], []
def fault(name, newname, code, stage, catches, text):
    shutil.move(f'candidates/{name}.nn.json', f'faulty/{newname}.nn.json')
    faults.append({'file': f'faulty/{newname}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[name]})', 'stage': stage,
                   'catches': [code] + [c for c in catches if c != code]})
for n, (code, st, c, t) in sorted(F.items()):
    fault(n, n, code, st, c, t)
for n, (code, st, c, t) in sorted(R.items()):
    new = code + '.' + n.split('.', 1)[1]
    fault(n, new, code, st, c, t + f' (written as {n.split(".")[0]}, re-filed by what the engine showed)')
for n, cov in sorted(H.items()):
    shutil.move(f'candidates/{n}.nn.json', f'healthy/{n}.nn.json')
    healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{cov} (observe: {obs[n]})'})
for n in D:
    shutil.move(f'candidates/{n}.nn.json', f'dropped/{n}.nn.json')
faults.sort(key=lambda x: x['file'])
about = ('Two hundred and fortieth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), '
         '"catches" the codes whose advice would genuinely fix it. Each "fault" text (and each healthy "covers") ends with its bare-engine line from '
         'test/faults/observe.ts --summary (observed.txt); --curve for the lr-too-high, lr-too-low, plateau and oscillating candidates (observed-curves.txt). '
         'Theme: fencing clubs and sword-sport academies: bouts.csv (420 pool bouts, won 0/1 from rating gap, reach, experience and fatigue; '
         'bout_id and timestamp text columns; height and reach collinear; club_id with no effect; years_fencing skewed), members.csv (360 members, '
         'annual spend in euros, skewed lesson hours and distance, locker with no effect, member_id text), members-export.csv (the same with semicolons '
         'and decimal commas), disciplines.csv (330 bout statistics, weapon foil/epee/sabre as text with sabre rare and 6% relabelled), bouts-gaps.csv '
         '(NA and empty cells); plus builtins and one inline table. Data by data/generate.ts (seeds 240-242, 2400), specs by author.ts, this manifest by write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=2)
open('manifest.json', 'a').write('\n')
os.rmdir('candidates')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(D), 'dropped')
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
