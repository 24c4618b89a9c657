#!/usr/bin/env python3
"""Verdicts of fault set blind274: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind274 after observed.txt exists: python3 write-manifest.py"""
import json, os, re, shutil

here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m: obs[m.group(1)] = line

# candidate -> (code, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch script; the engine has no adamw'),
 'invalid-spec.leakyrelu-no-underscore': ('invalid-spec', 'static', [], 'activation written "leakyrelu" without the underscore on both hidden layers'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss "binary_crossentropy" (Keras name) instead of "bce"'),
 'invalid-spec.dropout-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (30) instead of 0.3'),
 'invalid-spec.validation-split-whole': ('invalid-spec', 'static', [], 'validationSplit 1: every gate-sales night held out, nothing left to train on'),
 'invalid-spec.batchsize-zero': ('invalid-spec', 'static', [], 'batchSize 0 left from a template meaning "full batch"'),
 'data-error.next-season-file': ('data-error', 'static', [], 'spec points at rides_2024.csv, next season\'s export that does not exist yet'),
 'data-error.target-capitalised': ('data-error', 'static', [], 'target "Qualified" capitalised; the header says "qualified"'),
 'data-error.na-scale-readings': ('data-error', 'static', [], 'arena office copy with NA for missing animal scale readings and blank ground-moisture cells'),
 'data-error.date-as-feature': ('data-error', 'static', [], 'rodeo_date text column listed as a feature'),
 'data-error.no-feature-list-ids': ('data-error', 'static', [], 'no "features" list on barrels.csv, so the run_id and division text columns become features'),
 'data-error.shared-drive-path': ('data-error', 'static', [], 'gate sales read from the office share through ../../.. outside the workspace'),
 'shape-mismatch.two-divisions': ('shape-mismatch', 'static', [], 'barrel divisions (open, youth, futurity) with a 2-unit softmax head: futurity forgotten'),
 'shape-mismatch.score-three-heads': ('shape-mismatch', 'static', [], 'ride score regression with a 3-unit head (one per judge, but only the total is in the file)'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'attendance and revenue both as targets but a 1-unit output'),
 'shape-mismatch.iris-four-units': ('shape-mismatch', 'static', [], 'iris warm-up spec with 4 softmax units for 3 species'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'division classifier with cce over a 3-unit sigmoid head: the loss falls to ~0 while accuracy stays at the prior'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'qualified-ride classifier with bce on a linear output'),
 'loss-activation-mismatch.softmax-mse-single': ('loss-activation-mismatch', 'static', [], 'barrel time regression with a 1-unit softmax head (always 1), under mse'),
 'loss-activation-mismatch.relu-head-standardised-time': ('loss-activation-mismatch', 'static', [], 'relu output on a standardised barrel time: it cannot go below 0, half the targets are negative (linear heads reach 0.09 of baseline)'),
 'loss-activation-mismatch.tanh-head-raw-attendance': ('loss-activation-mismatch', 'static', [], 'tanh head on raw attendance (300-4500): it cannot exceed 1'),
 'loss-activation-mismatch.sigmoid-head-raw-score': ('loss-activation-mismatch', 'static', [], 'sigmoid head on the raw judges\' score (0 or 60-94) under mse'),
 'init-symmetry.constant-point1': ('init-symmetry', 'static', [], 'both 16-unit relu layers initialised to constant 0.1: the first layer stays one unit repeated, moons stuck at 0.43 of baseline'),
 'init-symmetry.zeros-both-layers': ('init-symmetry', 'static', [], 'both elu hidden layers initialised to zeros on the division classifier: no learning'),
 'init-symmetry.zeros-everywhere-barrels': ('init-symmetry', 'static', [], 'zeros init on the 32-unit tanh layer and the output: no gradient reaches the hidden layer'),
 'init-scale.tiny-std-deep': ('init-scale', 'static', ['vanishing-gradient'], 'normal std 1e-4 on a 4-layer tanh net: signal and gradients vanish, circles at chance'),
 'init-scale.uniform-limit-50': ('init-scale', 'static', ['exploding-gradient'], 'uniform limit 50 on relu layers (typo for 0.05): first loss 3e4, ends 254x baseline'),
 'exploding-gradient.deep-std1-relu': ('init-scale', 'static', ['nan-loss', 'exploding-gradient'], 'normal std 1 on six 32-unit relu layers (4x He): activations blow up, NaN in the first epoch (written as exploding-gradient, re-filed as its cause)'),
 'no-nonlinearity.linear-stack-circles': ('no-nonlinearity', 'static', [], 'two 32-unit linear hidden layers on circles'),
 'no-nonlinearity.linear-stack-xor': ('no-nonlinearity', 'static', [], 'linear hidden layers on xor'),
 'no-nonlinearity.default-activation-spirals': ('no-nonlinearity', 'static', [], 'hidden layers without "activation" (default linear) on 3-class spirals'),
 'lr-out-of-range.adam-three': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 3 (meant 3e-3)'),
 'lr-out-of-range.sgd-eighty': ('lr-out-of-range', 'static', ['lr-too-high'], 'sgd lr 80 on the vet checks'),
 'lr-out-of-range.rmsprop-1e-8': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-8: nothing moves'),
 'dead-relu.negative-bias': ('dead-relu', 'probe', [], 'bias -6 on both relu layers over standardised vet data: all units dead from the start'),
 'dead-relu.bias-minus-three-deep': ('dead-relu', 'probe', [], 'bias -3 on three relu layers: layers 2-3 dead, loss stays at baseline'),
 'lr-too-high.adam-half': ('dead-relu', 'probe', ['lr-too-high'], 'adam lr 0.5 on the ride classifier: the second relu layer dies in the first epochs and the loss sits at baseline (written as lr-too-high, re-filed)'),
 'exploding-gradient.raw-revenue-sgd': ('exploding-gradient', 'probe', [], 'raw gate revenue (~50k EUR) as target and raw features with sgd: gradient norms 6e4-1e5, loss 7.5x baseline'),
 'exploding-gradient.raw-revenue-standard-features': ('exploding-gradient', 'probe', [], 'features standardised but revenue target left raw: gradient norms up to 2.8e5, adam cannot move the output to ~50k'),
 'nan-loss.raw-animal-weight-score': ('exploding-gradient', 'probe', ['dead-relu'], 'raw features (animal weight ~700 kg) and raw score with nesterov sgd on batch 4: first loss 1.9e25, gradients to 4e7, then every elu unit saturates dead (written as nan-loss, re-filed)'),
 'vanishing-gradient.eight-sigmoid': ('vanishing-gradient', 'probe', [], 'eight sigmoid hidden layers on the vet checks: first-layer gradients 1e-5'),
 'vanishing-gradient.ten-tanh-small': ('vanishing-gradient', 'probe', ['init-scale'], 'ten tanh layers with std 0.05 init: first-layer gradients 1e-7'),
 'vanishing-gradient.sigmoid-deep-barrels': ('vanishing-gradient', 'probe', [], 'seven sigmoid layers on the division classifier: gradients shrink 10x per layer'),
 'nan-loss.raw-attendance-sgd': ('nan-loss', 'probe', ['exploding-gradient'], 'raw attendance target and raw features (ads in EUR) with momentum sgd 0.05'),
 'nan-loss.raw-revenue-adam-big': ('nan-loss', 'probe', ['exploding-gradient'], 'raw revenue target and raw features with sgd 0.01 on batch 8'),
 'nan-loss.rmsprop-raw-revenue-linear': ('nan-loss', 'probe', ['exploding-gradient'], 'raw revenue on a linear net with sgd 1e-3'),
 'exploding-gradient.raw-ads-momentum': ('nan-loss', 'probe', ['exploding-gradient'], 'raw features (ads spend in EUR) with momentum sgd: NaN in the first epoch (written as exploding-gradient, re-filed)'),
 'oscillating-loss.momentum-99-batch1': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd 0.05 with momentum 0.99 on batch 1: the loss grows 1e4 -> 1e34 and is NaN at epoch 7 (written as oscillating-loss, re-filed)'),
 'lr-too-high.momentum-point5': ('nan-loss', 'probe', ['lr-too-high'], 'sgd 0.5 with momentum 0.9 on barrel times: NaN in the first epoch (written as lr-too-high, re-filed)'),
 'lr-too-high.rmsprop-point3': ('lr-too-high', 'probe', ['oscillating-loss'], 'rmsprop lr 0.3 on the division classifier: the loss jumps between 0.11 and 0.6'),
 'oscillating-loss.nesterov-batch8-high': ('lr-too-high', 'probe', ['oscillating-loss'], 'nesterov sgd 0.8 momentum 0.9 on batch 8: the loss rises from 0.72 to 1.0-1.6 and stays there (written as oscillating-loss, re-filed)'),
 'oscillating-loss.sgd-full-batch-edge': ('lr-too-high', 'probe', ['exploding-gradient'], 'full-batch sgd 0.9 on a linear attendance model: after 4 epochs the loss grows geometrically to 7.6e15 (written as oscillating-loss, re-filed)'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', 'probe', [], 'sgd 1e-5 on the ride classifier: 0.7253 -> 0.7208 in 60 epochs'),
 'lr-too-low.adam-1e-6': ('lr-too-low', 'probe', [], 'adam 1e-6 on barrel times: 5.27 -> 5.22'),
 'lr-too-low.rmsprop-5e-7': ('lr-too-low', 'probe', [], 'rmsprop 5e-7 on the vet checks'),
 'lr-too-low.momentum-1e-5-full-batch': ('lr-too-low', 'probe', [], 'full-batch sgd 1e-5 with momentum: 300 rows, 100 steps, loss 2.46 -> 2.41'),
 'loss-plateau.clip-tiny-sgd': ('lr-too-low', 'probe', ['loss-plateau'], 'clipNorm 1e-4 (meant 1e4?) shrinks every step: update ratio 1e-7, the loss barely moves (written as loss-plateau, re-filed)'),
 'saturated-activation.sigmoid-raw-weights': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on raw features (animal weight 520-1100 kg): saturated 1.00, stuck at baseline'),
 'saturated-activation.tanh-raw-ads': ('saturated-activation', 'probe', [], 'tanh hidden layer on raw gate features (ads 200-5000 EUR): saturated 1.00'),
 'saturated-activation.tanh-raw-barrels': ('saturated-activation', 'probe', [], 'tanh hidden layer on raw barrel features (horse weight ~480 kg): saturated 1.00, gradients 3e-6'),
 'loss-plateau.weight-decay-one': ('loss-plateau', 'training', [], 'adam with weightDecay 1 (meant 1e-4): stalls at the baseline'),
 'loss-plateau.sgd-decay-half-moons': ('loss-plateau', 'training', [], 'momentum sgd with weightDecay 0.5 on moons: sits at chance'),
 'loss-plateau.dropout-heavy-narrow': ('loss-plateau', 'training', [], '4 relu units followed by dropout 0.9: the loss falls to the baseline and stalls there (healthy nets reach 0.09)'),
 'oscillating-loss.adam-05-batch2': ('oscillating-loss', 'training', ['lr-too-high'], 'adam 0.05 on batch 2 for barrel times: swings between 0.26 and 0.36 without settling (healthy 0.09)'),
 'lr-too-high.sgd-two-vet': ('oscillating-loss', 'training', ['lr-too-high'], 'sgd lr 4 on the vet checks: the loss bounces 0.27-0.39 epoch to epoch and never settles (written as lr-too-high, re-filed)'),
}
D = {
 'shape-mismatch.bce-two-units': 'bce with 2 sigmoid units on one 0/1 column trained to 0.75 of baseline, like the healthy vet specs: unclear what the engine does with it',
 'init-symmetry.zeros-hidden': 'zeros on the hidden layer only: the random output weights break the symmetry, trained to 0.79 (healthy vet 0.59-0.69)',
 'init-symmetry.constant-all-layers': 'constant 0.05 everywhere still trained to 0.80 of baseline: too close to healthy vet specs',
 'init-scale.normal-std-10': 'std 10 saturated the tanh layer (0.93) but trained to 0.57, inside the range of healthy ride classifiers',
 'dead-relu.raw-weights-big-step': 'first diverged to 1e49, then every unit died: mixed exploding/dead, no single code',
 'saturated-activation.sigmoid-std3': 'saturation 0.44-0.65 and loss 0.83 of baseline: borderline against healthy vet specs',
 'oscillating-loss.rmsprop-03-batch4': 'noisy but steadily falling to 0.45 of baseline: not clearly oscillating',
 'oscillating-loss.adam-02-batch1-vet': 'fell steadily to 0.27 of baseline, better than the healthy vet specs: healthy, not oscillating',
 'ok.rides-score-nesterov-dropout': 'meant healthy: NaN in the first epoch (nesterov sgd 0.05 on a minmax target); not understood, dropped',
 'ok.vet-fit-rmsprop-tanh': 'ended at 0.83 of baseline: not far enough below it',
 'ok.vet-fit-wide-dropout': 'ended at 0.82 of baseline: not far enough below it',
 'ok.vet-fit-sgd-batch4': 'ended at 0.75 of baseline: borderline',
 'ok.rides-score-tanh-batchnorm': 'ended at 0.57 of baseline while other score regressions reach 0.12-0.39',
 'ok.rides-qualified-batch1-sgd': 'ended at 0.58 in 25 epochs while other ride classifiers reach 0.18-0.35',
}

def covers(name, s):
    d = s['data']
    src = d.get('builtin') or (os.path.basename(d['csv']) if 'csv' in d else 'inline table')
    tgt = d.get('target')
    parts = [f"{src}" + (f" target {tgt}" if tgt else '') + f", normalize {d.get('normalize', 'none')}" + (f", normalizeTarget {d['normalizeTarget']}" if d.get('normalizeTarget') else '')]
    layers = []
    for l in s['layers']:
        if l['type'] == 'dropout': layers.append(f"dropout {l['rate']}")
        else:
            t = f"{l['units']} {l.get('activation', 'linear')}"
            if l.get('batchNorm'): t += ' bn'
            if isinstance(l.get('init'), str): t += f" {l['init']}"
            layers.append(t)
    parts.append('[' + ', '.join(layers) + ']')
    o = s['optimizer']
    ot = f"{o['type']} {o['lr']}" + (f" momentum {o['momentum']}" if o.get('momentum') else '') + (' nesterov' if o.get('nesterov') else '') + (f" weightDecay {o['weightDecay']}" if o.get('weightDecay') else '') + (f" clipNorm {o['clipNorm']}" if o.get('clipNorm') else '')
    t = s['training']
    parts += [s['loss'], ot, f"batch {t['batchSize']}, {t['epochs']} epochs" + (f", validationSplit {t['validationSplit']}" if t.get('validationSplit') else '')]
    return ', '.join(parts)

cand = os.path.join(here, 'candidates')
for sub in ('faulty', 'healthy', 'dropped'): os.makedirs(os.path.join(here, sub), exist_ok=True)
faults, healthy, dropped = [], [], []
for fn in sorted(os.listdir(cand)):
    name = fn[:-len('.nn.json')]
    line = obs[name]
    if name in D:
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'dropped', fn)); dropped.append(name); continue
    if name in F:
        code, stage, extra, text = F[name]
        new = code + name[name.index('.'):] if not name.startswith(code + '.') else name
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'faulty', new + '.nn.json'))
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
        continue
    assert name.startswith('ok.'), name
    s = json.load(open(os.path.join(cand, fn)))
    shutil.move(os.path.join(cand, fn), os.path.join(here, 'healthy', fn))
    healthy.append({'file': f'healthy/{fn}', 'covers': f'{covers(name, s)} (observe: {line})'})
assert not os.listdir(cand); os.rmdir(cand)
about = ('Blind fault set 274 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: rodeos and western-riding arenas. "code" is the fault\'s own code (decided from what the bare engine showed: re-filed where it showed another), '
         '"stage" the writer\'s expectation of where it could first be caught, "catches" the codes whose advice would genuinely fix it. Each fault text and healthy '
         '"covers" ends with its test/faults/observe.ts --summary line (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Data (data/generate.ts, seeds from 274): rides.csv (480 rough-stock rides, 9 numeric features incl. skewed animal weight, collinear years/season average, a no-effect chute number, ride_id/date text; qualified 0/1 ~22%, score 0 or 60-94), '
         'rides-gaps.csv (NA and blank cells), barrels.csv (420 barrel runs, time_s regression, division open/youth/futurity text with futurity rare), '
         'gate_sales.csv (300 rodeo nights, semicolons and decimal commas, attendance and revenue_eur in raw units), vet_checks.csv (360 vet checks, tab-separated, fit 0/1 ~86%), plus builtins and two inline tables. '
         'Specs by author.ts, this manifest by write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=1)
json.dump({'dropped': D}, open(os.path.join(here, 'dropped', 'reasons.json'), 'w'), indent=1)
from collections import Counter
print(len(faults), len(healthy), len(dropped)); print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
