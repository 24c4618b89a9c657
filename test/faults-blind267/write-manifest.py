#!/usr/bin/env python3
"""Verdicts of fault set blind267, decided from observed.txt and observed-curves.txt (bare engine only).
Moves candidates/ into faulty/, healthy/ and dropped/ and writes manifest.json. Run once from this folder."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
obs = {}
for line in open('observed.txt'):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

# candidate -> (code, stage, catches, fault text); a new code re-files it (renamed).
F = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', 'static', [], 'optimizer written "adamw" (PyTorch habit) on the yield regression'),
 'invalid-spec.activation-swish': ('invalid-spec', 'static', [], 'hidden activation "swish", which the format does not have, on the sauce-batch QA classifier'),
 'invalid-spec.loss-keras-name': ('invalid-spec', 'static', [], 'loss written "categorical_crossentropy" (Keras name) on the pod grader'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', 'static', [], 'dropout rate written 20 meaning 20 percent'),
 'data-error.missing-file': ('data-error', 'static', [], 'csv path names harvest_2024.csv, a file that was never exported (the file is harvest.csv)'),
 'data-error.target-typo': ('data-error', 'static', [], 'target "yield" but the harvest sheet column is "yield_kg"'),
 'data-error.date-as-feature': ('data-error', 'static', [], 'the week_start date text column added to the sales features'),
 'data-error.na-markers': ('data-error', 'static', [], 'the copy of the harvest sheet with NA, n/a and empty readings used as is'),
 'data-error.outside-workspace': ('data-error', 'static', [], 'csv path climbs out of the workspace to a shared farm drive'),
 'shape-mismatch.four-varieties-head': ('shape-mismatch', 'static', [], 'pod grader output has 4 units but the sheet has 5 varieties (ghost, the rare one, forgotten)'),
 'shape-mismatch.three-unit-grader': ('shape-mismatch', 'static', [], 'grader on the semicolon export with a 3-unit softmax for 5 varieties'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'two target columns (yield_kg, pods_count) and a single output unit'),
 'loss-activation-mismatch.sigmoid-head-cce': ('loss-activation-mismatch', 'static', [], 'cce with a 5-unit sigmoid head instead of softmax: the loss falls to ~0 by pushing every output to 1 while accuracy stays at 0.70'),
 'loss-activation-mismatch.linear-head-bce': ('loss-activation-mismatch', 'static', [], 'bce with a linear output unit (sigmoid forgotten) on the QA pass/fail'),
 'loss-activation-mismatch.softmax-yield': ('loss-activation-mismatch', 'static', [], 'mse regression of yield with a 1-unit softmax output, always 1'),
 'loss-activation-mismatch.relu-head-standardised': ('loss-activation-mismatch', 'static', [], 'relu output on a standardised sales target, half of which is negative and unreachable'),
 'loss-activation-mismatch.tanh-head-bce': ('loss-activation-mismatch', 'static', [], 'bce with a tanh output unit, whose range is not a probability'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', 'static', ['dead-relu'], 'both relu hidden layers initialised to zeros: no gradient reaches them, QA model stuck at the prior'),
 'init-symmetry.constant-relu-grader': ('init-symmetry', 'static', [], 'grader hidden layer of 24 relu units all initialised to 0.5: every unit identical, the layer acts as one'),
 'init-symmetry.zeros-sigmoid-sales': ('init-symmetry', 'static', [], 'sales model with a 20-unit sigmoid layer and its output initialised to zeros: identical units'),
 'init-scale.normal-std10-relu': ('init-scale', 'static', ['nan-loss', 'exploding-gradient'], 'relu layers initialised normal std 10: first loss 3e15, NaN at epoch 2'),
 'init-scale.uniform-tiny-deep-tanh': ('init-scale', 'static', ['vanishing-gradient'], 'deep tanh grader initialised uniform limit 1e-5: first-layer gradients ~1e-14, stuck at the prior'),
 'init-scale.normal-std4-sigmoid': ('init-scale', 'static', ['saturated-activation'], '64 sigmoid units initialised normal std 4: most saturated from the start'),
 'init-scale.normal-std50-sales': ('init-scale', 'static', ['exploding-gradient'], 'elu layer initialised normal std 50: loss stays ~60x the baseline'),
 'no-nonlinearity.circles-linear-stack': ('no-nonlinearity', 'static', [], 'two linear hidden layers on circles: a linear model, stuck at the prior'),
 'no-nonlinearity.harvest-linear-hidden': ('no-nonlinearity', 'static', [], 'activation left out of both hidden layers of the yield model (default linear): cannot fit the temperature and pH optima'),
 'no-nonlinearity.xor-valve-linear': ('no-nonlinearity', 'static', [], 'linear hidden layers on xor (valve-open either/or logic)'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 5 on the grader'),
 'lr-out-of-range.sgd-lr-80': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 80 (meant 0.8? 8e-3?): NaN in the first epoch'),
 'lr-out-of-range.rmsprop-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-9: the loss does not move'),
 'dead-relu.adam-lr-high-relu': ('dead-relu', 'probe', ['lr-too-high'], 'adam lr 0.3 kills the second relu layer of the sales model (dead 1.00), loss stuck at the baseline'),
 'lr-too-high.adam-0.3-harvest': ('dead-relu', 'probe', ['lr-too-high'], 'adam lr 0.3 on the yield model: first epoch loss 9.6, then the second relu layer is all dead and the loss sits at the baseline'),
 'dead-relu.bias-minus3-two-layers': ('dead-relu', 'probe', [], 'relu biases initialised to -3: the second layer dead for every batch'),
 'dead-relu.bias-minus6-grader': ('dead-relu', 'probe', [], 'relu bias -6 on standardised pod measurements: every unit dead'),
 'exploding-gradient.raw-bottles-target': ('exploding-gradient', 'probe', [], 'sales target left in raw bottles (normalizeTarget missing): gradients up to 1e5'),
 'exploding-gradient.raw-followers-features': ('exploding-gradient', 'probe', [], 'raw sales features (followers in thousands, ad spend skewed) unnormalised: gradients up to 6e7, loss 150x the baseline'),
 'exploding-gradient.deep-relu-no-norm': ('exploding-gradient', 'probe', [], 'six relu layers on raw harvest features: gradients grow layer to layer up to ~9000'),
 'nan-loss.raw-everything-momentum': ('exploding-gradient', 'probe', ['nan-loss', 'dead-relu'], 'raw features and raw bottle counts with momentum sgd: first loss 1e30, gradients 5e14, then every relu dead (no NaN)'),
 'vanishing-gradient.deep-sigmoid-harvest': ('vanishing-gradient', 'probe', [], 'eight sigmoid layers on the yield model with plain sgd'),
 'vanishing-gradient.deep-sigmoid-qa': ('vanishing-gradient', 'probe', [], 'seven sigmoid layers on the QA classifier'),
 'vanishing-gradient.deep-sigmoid-circles': ('vanishing-gradient', 'probe', [], 'nine narrow sigmoid layers on circles'),
 'vanishing-gradient.deep-sigmoid-grader': ('vanishing-gradient', 'probe', [], 'ten sigmoid layers on the pod grader'),
 'nan-loss.raw-bottles-sgd': ('nan-loss', 'probe', ['exploding-gradient'], 'raw bottle counts as target with sgd 0.05: NaN in the first epoch'),
 'nan-loss.raw-harvest-deep-sgd': ('nan-loss', 'probe', ['exploding-gradient'], 'raw harvest features into three wide relu layers with sgd 0.1: NaN in the first epoch'),
 'oscillating-loss.sgd-batch4-sales': ('nan-loss', 'probe', ['lr-too-high'], 'sgd 0.3 on batches of 4 sales weeks: NaN in the first epoch'),
 'lr-too-high.nesterov-0.5-sales': ('nan-loss', 'probe', ['lr-too-high'], 'nesterov sgd lr 0.5 momentum 0.9: loss 1e15, 1e39, then NaN at epoch 3'),
 'lr-too-high.sgd-3-grader': ('lr-too-high', 'probe', ['oscillating-loss'], 'sgd lr 3 on the grader: the loss bounces between 0.15 and 0.7 (curve)'),
 'lr-too-high.rmsprop-0.2-qa': ('lr-too-high', 'training', ['oscillating-loss'], 'rmsprop lr 0.2: QA loss bounces 0.04-0.19 and jumps back to 0.31 at the end (curve)'),
 'lr-too-high.rmsprop-0.1-harvest': ('lr-too-high', 'probe', ['oscillating-loss'], 'rmsprop lr 0.1 on the yield model: the loss bounces 0.3-0.6 around the baseline and never learns (curve)'),
 'lr-too-high.momentum-0.4-qa': ('lr-too-high', 'probe', ['oscillating-loss'], 'sgd lr 0.4 momentum 0.95: QA loss swings 0.22-0.82, often above the baseline (curve)'),
 'lr-too-low.sgd-1e-4-harvest': ('lr-too-low', 'training', [], 'sgd lr 1e-4 for 60 epochs: the loss still far above the baseline (curve)'),
 'lr-too-low.adam-1e-5-grader': ('lr-too-low', 'training', [], 'adam lr 1e-5 for 50 epochs: the loss creeps 2.66 to 2.47, above the prior'),
 'lr-too-low.rmsprop-2e-6-qa': ('lr-too-low', 'training', [], 'rmsprop lr 2e-6: the QA loss moves 0.815 to 0.807'),
 'lr-too-low.momentum-5e-5-sales': ('lr-too-low', 'training', [], 'sgd lr 5e-5: the sales loss still 1.5x the baseline after 100 epochs'),
 'saturated-activation.sigmoid-raw-harvest': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on raw harvest features (fertiliser grams, days): 82-95% saturated'),
 'saturated-activation.tanh-bias-6': ('saturated-activation', 'probe', [], 'tanh biases initialised 6: every unit pinned at 1, QA stuck at the prior'),
 'saturated-activation.sigmoid-raw-pods': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on raw pod measurements: 100% saturated'),
 'saturated-activation.tanh-raw-sales': ('saturated-activation', 'probe', [], 'tanh layer on raw sales features (followers ~5000): saturated, loss at the baseline'),
 'loss-plateau.weight-decay-0.5': ('loss-plateau', 'training', [], 'adam with weightDecay 0.5 (meant 5e-4): yield loss stalls at 0.21 (0.66 of baseline; a healthy net reaches 0.01)'),
 'loss-plateau.weight-decay-1-grader': ('loss-plateau', 'training', [], 'weightDecay 1 on the grader: stuck at the prior'),
 'loss-plateau.dropout-0.9-qa': ('loss-plateau', 'training', [], 'dropout 0.9 after both hidden layers (meant keep 0.9): QA loss stalls at the prior'),
 'loss-plateau.rmsprop-wd-sales': ('loss-plateau', 'training', [], 'rmsprop with weightDecay 2: loss falls to 0.39 then is pulled back and flat at the baseline'),
 'oscillating-loss.adam-batch1-harvest': ('oscillating-loss', 'training', ['lr-too-high', 'dead-relu'], 'adam 0.05 on single-plant batches: loss swings 0.17-0.31 without settling (most relu units dead by the end)'),
 'oscillating-loss.momentum-0.99-grader': ('oscillating-loss', 'training', ['lr-too-high'], 'sgd momentum 0.99 lr 0.1: grader loss swings between 0.7 and 3.4 (curve)'),
}
DROP = {
 'invalid-spec.validation-split-percent': 'kept the set within 65 faults; same percent-habit bug as dropout-rate-percent',
 'shape-mismatch.two-sigmoid-qa': 'the engine trained it (0.49 of baseline) without complaint: unclear it is a mismatch as the engine sees it',
 'init-symmetry.constant-tanh-layer': 'constant init, but reached 0.05 of baseline: too close to healthy',
 'dead-relu.bias-minus4': 'only 72% dead and reached 0.14 of baseline: borderline',
 'no-nonlinearity.pods-linear-deep': 'linear layers, but the pods are nearly linearly separable (0.15 of baseline): borderline',
 'exploding-gradient.raw-bottles-clipped-sgd': 'mixed symptoms (saturated tanh and big gradients) and near duplicate of raw-bottles-target',
 'lr-out-of-range.sgd-momentum-1e-8': 'kept the set within 65 faults; duplicate of rmsprop-1e-9',
 'oscillating-loss.rmsprop-batch2-qa': 'noisy but descending to 0.31 of baseline, better than the healthy QA nets: not an oscillation fault',
 'ok.qa-tanh-rmsprop-val': 'validation loss 0.565 above the baseline 0.414: overfits',
 'ok.qa-logistic-fullbatch': 'ends at 0.61 of baseline, clearly worse than the other QA nets (0.26-0.46): borderline',
}
HC = {}
for name in os.listdir('candidates'):
    stem = name[:-len('.nn.json')]
    if stem.startswith('ok.') and stem not in DROP:
        HC[stem] = True

for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)

def covers(stem):
    s = json.load(open(f'candidates/{stem}.nn.json'))
    data = s['data']
    src = data.get('csv', '').replace('../data/', '') or (f"builtin {data['builtin']}" if 'builtin' in data else 'inline table')
    norm = data.get('normalize', 'none') + (f"/target {data['normalizeTarget']}" if data.get('normalizeTarget') else '')
    layers = ', '.join(f"{l['units']} {l.get('activation','linear')}" + (' bn' if l.get('batchNorm') else '') + (f" {l['init']}" if 'init' in l else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in s['layers'])
    o = s['optimizer']
    opt = o['type'] + (' nesterov' if o.get('nesterov') else '') + (f" momentum {o['momentum']}" if o.get('momentum') else '') + f" {o['lr']}" + (f" wd {o['weightDecay']}" if o.get('weightDecay') else '') + (f" clip {o['clipNorm']}" if o.get('clipNorm') else '')
    t = s['training']
    val = f", val {t['validationSplit']}" if t.get('validationSplit') else ''
    return f"{src} {norm}, [{layers}], {s['loss']}, {opt}, batch {t['batchSize']}, {t['epochs']} epochs{val} (observe: {obs[stem]})"

faults, healthy = [], []
names = sorted(n[:-len('.nn.json')] for n in os.listdir('candidates'))
for stem in names:
    src = f'candidates/{stem}.nn.json'
    if stem in F:
        code, stage, extra, text = F[stem]
        new = code + stem[stem.index('.'):]
        dest = f'faulty/{new}.nn.json'
        faults.append({'file': dest, 'code': code, 'fault': f'{text} (observe: {obs[stem]})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
        c = covers(stem)  # noqa: keeps the parse check
        shutil.move(src, dest)
    elif stem in HC:
        healthy.append({'file': f'healthy/{stem}.nn.json', 'covers': covers(stem)})
        shutil.move(src, f'healthy/{stem}.nn.json')
    elif stem in DROP:
        shutil.move(src, f'dropped/{stem}.nn.json')
    else:
        raise SystemExit(f'no verdict for {stem}')
missing = [k for k in list(F) + list(DROP) if not os.path.exists(f'dropped/{k}.nn.json') and k not in F]
assert not missing, missing
faults.sort(key=lambda f: f['file'])
about = ('Fault set blind267 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: chilli farms and hot-sauce makers. Data from data/generate.ts (seed 267): harvest.csv (360 plants, yield_kg from days, temperature, irrigation, '
         'soil pH, skewed fertiliser grams, shade, a collinear canopy, a no-effect plot_no, id and date text columns), harvest-gaps.csv (the same with NA, n/a and empty cells), '
         'batches.csv (420 hot-sauce batches, QA pass/fail with 15% fails, batch_id and line text), pods.csv (400 pods, 5 string varieties with a rare ghost, 5% mislabelled) '
         'with a semicolon/decimal-comma export pods-eu.csv and a tab export pods-tab.csv, sales.csv (300 weeks of bottles sold in raw units, a date text column), '
         'plus builtins and two inline tables. "code" is the fault\'s own code, "stage" the writer\'s guess of the earliest stage that could catch it, "catches" the codes whose advice would fix it. '
         'Each fault and healthy entry ends with its bare-engine line from test/faults/observe.ts --summary (observed.txt); curves in observed-curves.txt. Specs by author.ts, verdicts by write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1, ensure_ascii=False)
open('manifest.json', 'a').write('\n')
shutil.rmtree('candidates')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(os.listdir('dropped')), 'dropped')
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
