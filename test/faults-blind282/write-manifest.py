#!/usr/bin/env python3
"""Verdicts of blind282 (sushi restaurants): files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, re, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.-]+?)(?:\.nn\.json)?[: ]', line)
    if m: obs[m.group(1)] = line

# name -> (code, stage, catches, fault)   (name without .nn.json; code may differ from the prefix: a re-filing)
F = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', 'static', [], 'optimizer type "adamw" copied from a PyTorch training script; the format has adam only'),
 'invalid-spec.activation-gelu': ('invalid-spec', 'static', [], 'hidden activation "gelu" from a transformer tutorial; not an activation the format knows'),
 'invalid-spec.loss-keras-name': ('invalid-spec', 'static', [], 'loss written as Keras\' "categorical_crossentropy" instead of "cce" for the fish-lot grader'),
 'invalid-spec.dropout-rate-one': ('invalid-spec', 'static', [], 'dropout rate 1 on the covers forecaster (meant "keep 1"): drops every unit, out of range'),
 'data-error.missing-2024-export': ('data-error', 'static', [], 'spec points at covers_2024.csv, the next year\'s POS export that was never copied into the project'),
 'data-error.target-hyphen': ('data-error', 'static', [], 'target written "no-show" but the booking system\'s column is "no_show"'),
 'data-error.date-column-as-feature': ('data-error', 'static', [], 'no "features" list on the daily covers sheet, so the date and branch text columns are read as numeric features'),
 'data-error.na-markers': ('data-error', 'static', [], 'the covers copy with NA and empty cells (days the till export failed) used as is'),
 'shape-mismatch.three-grades-head': ('shape-mismatch', 'static', [], 'grader built for A/B/C with 3 softmax units, but the lots also carry the rare "reject" grade: 4 classes'),
 'shape-mismatch.shari-one-output': ('shape-mismatch', 'static', [], 'shari model predicts stickiness and firmness (2 target columns) from a 1-unit head'),
 'shape-mismatch.covers-two-outputs': ('shape-mismatch', 'static', [], 'covers forecaster copied from the two-target shari model keeps 2 output units for 1 target'),
 'shape-mismatch.grade-five-classes': ('shape-mismatch', 'static', [], '5 softmax units for the 4 fish grades (an old "premium" grade no longer used)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'fish grades with cce but 4 sigmoid outputs instead of softmax: the loss goes to ~0 while accuracy stays at chance'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'no-show bce model with a linear output (sigmoid forgotten)'),
 'loss-activation-mismatch.raw-covers-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'covers (8 to 300 a day, raw, not rescaled) predicted through a sigmoid output that cannot exceed 1'),
 'loss-activation-mismatch.cce-relu-head': ('loss-activation-mismatch', 'static', [], 'fish grades with cce and a relu output layer instead of softmax: loss near 0 while accuracy stays near chance'),
 'init-symmetry.zeros-hidden-covers': ('init-symmetry', 'static', ['dead-relu'], 'both hidden relu layers of the covers model initialised to zeros: no unit ever differs or moves'),
 'init-symmetry.zeros-everywhere-fish': ('init-symmetry', 'static', [], 'every layer of the fish grader initialised to zeros "to start neutral"'),
 'init-symmetry.zeros-relu-shari': ('init-symmetry', 'static', ['dead-relu'], 'shari relu layers initialised to zeros with momentum SGD: all units identical and dead at zero'),
 'init-scale.std-ten-tanh': ('init-scale', 'static', ['saturated-activation'], 'tanh layers of the fish grader initialised normal std 10 (meant 0.1): units pinned at +-1'),
 'init-scale.tiny-uniform-deep-relu': ('init-scale', 'static', ['vanishing-gradient', 'loss-plateau'], 'uniform limit 1e-4 on a 4-layer relu covers model: the signal vanishes, the loss stays at the baseline'),
 'init-scale.std-1e-3-sigmoid-shari': ('init-scale', 'static', ['vanishing-gradient', 'loss-plateau'], 'normal std 0.001 on a 3-sigmoid-layer shari model: first-layer gradients ~1e-8, the loss never leaves the baseline'),
 'no-nonlinearity.linear-stack-fish': ('no-nonlinearity', 'static', [], 'three hidden dense layers without activation before the grade softmax: a linear model in disguise'),
 'no-nonlinearity.linear-hidden-noshow': ('no-nonlinearity', 'static', [], 'two explicitly "linear" hidden layers in the no-show model'),
 'no-nonlinearity.linear-deep-shari': ('no-nonlinearity', 'static', [], 'three linear hidden layers of 32 in the shari model: depth adds nothing over a linear fit'),
 'no-nonlinearity.linear-bn-covers': ('no-nonlinearity', 'static', [], 'batch-normalised hidden layers left linear in the covers model: still one linear map'),
 'lr-out-of-range.adam-zero': ('lr-out-of-range', 'static', [], 'adam lr 0 left from a "freeze" experiment'),
 'lr-out-of-range.sgd-negative': ('lr-out-of-range', 'static', [], 'sgd lr -0.01 (sign typo)'),
 'lr-out-of-range.rmsprop-hundred': ('lr-out-of-range', 'static', ['lr-too-high'], 'rmsprop lr 100 (meant 1e-2 written as "100" in a percent column of the tuning sheet)'),
 'lr-out-of-range.adam-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'adam lr 1e-9 (exponent typo for 1e-3): the loss never moves'),
 'dead-relu.negative-bias-covers': ('dead-relu', 'training', [], 'relu layer of the covers model given bias -6 to "start sparse": 94% of units never fire'),
 'dead-relu.big-sgd-step-noshow': ('dead-relu', 'training', ['lr-too-high'], 'plain sgd lr 2.5 on the no-show relu net: after a spike the second layer is 100% dead and the loss returns to the baseline'),
 'dead-relu.negative-bias-deep-fish': ('dead-relu', 'training', [], 'bias -3 on both relu layers of the fish grader: a third and then two thirds of the units dead, loss stuck high'),
 'dead-relu.adam-half-fish': ('dead-relu', 'probe', ['lr-too-high'], 're-filed from lr-too-high: adam lr 0.5 on the fish grader kills the second relu layer (100% dead) and the loss sits at the baseline'),
 'exploding-gradient.raw-covers-target-sgd': ('exploding-gradient', 'probe', ['lr-too-high', 'dead-relu'], 'raw covers counts as the mse target with momentum sgd: first loss 5e20, gradient norm up to 9e9, then the net dies at the baseline'),
 'exploding-gradient.raw-covers-sgd-big': ('exploding-gradient', 'probe', ['lr-too-high', 'nan-loss', 'dead-relu'], 're-filed from nan-loss: raw features and raw covers with sgd 0.05: first loss 3.6e14, gradient up to 4e6, then every relu dead (no NaN)'),
 'exploding-gradient.std-five-relu-noshow': ('exploding-gradient', 'probe', ['init-scale'], 're-filed from init-scale: normal std 5 in every layer of the no-show relu net: first loss 1142, gradient norms up to 558, final loss 5.7x the baseline'),
 'vanishing-gradient.deep-sigmoid-fish': ('vanishing-gradient', 'probe', ['loss-plateau'], 'seven sigmoid hidden layers with plain sgd on the fish grader: first-layer gradient ~1e-5, loss stays at the baseline'),
 'vanishing-gradient.deep-sigmoid-noshow': ('vanishing-gradient', 'probe', ['loss-plateau'], 'six sigmoid hidden layers on the no-show model: gradients ~1e-5 at the first layer, loss at the baseline'),
 'vanishing-gradient.ten-sigmoid-shari': ('vanishing-gradient', 'probe', ['loss-plateau'], 'ten sigmoid layers of 10 for the shari model: first-layer gradient 1e-7, loss at the baseline'),
 'nan-loss.huge-init-tanh-shari': ('nan-loss', 'probe', ['init-scale'], 'linear layers with normal std 1e6 on raw shari scores: the first batch overflows to NaN'),
 'nan-loss.momentum-raw-target': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw covers target, sgd 0.1 momentum 0.95: NaN in the first epoch'),
 'nan-loss.raw-lead-days-sgd': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'tab export read without normalisation, linear layers and sgd 0.5 on batches of 8: NaN in the first epoch'),
 'nan-loss.deep-large-init-shari': ('nan-loss', 'probe', ['exploding-gradient', 'init-scale'], 're-filed from exploding-gradient: 4 relu layers with normal std 1 (fan-in 32): NaN in the first epoch'),
 'nan-loss.raw-eu-export-rmsprop': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 're-filed from exploding-gradient: the semicolon export with raw features and raw covers, nesterov sgd 0.005: NaN in the first epoch'),
 'nan-loss.nesterov-one-covers': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 're-filed from lr-too-high: nesterov sgd lr 1 on the covers model: loss 1e28 then NaN at epoch 2'),
 'lr-too-high.rmsprop-point3-shari': ('lr-too-high', 'probe', ['oscillating-loss'], 'rmsprop lr 0.3 on the shari model: loss bounces between 1.5 and 5, above the baseline'),
 'lr-too-high.adam-point2-covers': ('lr-too-high', 'probe', ['dead-relu', 'oscillating-loss'], 'adam lr 0.2: covers loss reaches 0.36 then spikes to 28 and bounces around 1.1, above the baseline'),
 'lr-too-high.full-batch-edge-covers': ('lr-too-high', 'probe', ['nan-loss'], 're-filed from oscillating-loss: full-batch sgd 0.9 on the covers tanh model diverges steadily to NaN at epoch 30'),
 'lr-too-high.full-batch-linear-covers': ('lr-too-high', 'probe', [], 're-filed from oscillating-loss: full-batch sgd 0.39 on a linear covers model (collinear tuna and salmon prices) grows steadily to 7e4x the baseline'),
 'lr-too-low.sgd-1e-5-fish': ('lr-too-low', 'probe', [], 'plain sgd 1e-5 on the fish grader: loss 1.604 to 1.578 in 100 epochs'),
 'lr-too-low.adam-1e-6-noshow': ('lr-too-low', 'probe', [], 'adam 1e-6: no-show loss 1.27 to 1.22, still over twice the baseline'),
 'lr-too-low.rmsprop-2e-6-shari': ('lr-too-low', 'probe', [], 'rmsprop 2e-6 on the shari model: loss 1.78 to 1.71, above the baseline'),
 'lr-too-low.clipnorm-tiny-covers': ('lr-too-low', 'probe', ['loss-plateau'], 're-filed from loss-plateau: clipNorm 1e-4 (meant 1e4) on sgd 0.01 makes every step tiny: covers loss 5.078 to 5.063 in 100 epochs'),
 'saturated-activation.raw-lead-hour-sigmoid': ('saturated-activation', 'probe', [], 'no-show features unnormalised (hour 17-22, lead days up to 60) into sigmoid units with std 1 init: 84-95% saturated'),
 'saturated-activation.raw-covers-tanh': ('saturated-activation', 'probe', [], 'raw covers features (seats 60-120, prices ~40) into tanh units: 99% saturated, loss stalls at 0.77 of the baseline'),
 'saturated-activation.raw-fish-tanh': ('saturated-activation', 'probe', ['init-scale'], 'raw fish-lot readings (hours up to 100+) into two tanh layers with std 1.5: 98% saturated'),
 'saturated-activation.bias-ten-sigmoid-shari': ('saturated-activation', 'probe', [], 'bias 10 on the shari sigmoid layer: every unit pinned at 1, loss above the baseline'),
 'loss-plateau.weight-decay-huge-fish': ('loss-plateau', 'training', [], 'adam weightDecay 2 (meant 2e-4): fish loss dips to 1.28 then is pulled back to the baseline and stays'),
 'loss-plateau.sgd-small-full-batch-noshow': ('loss-plateau', 'training', ['lr-too-low', 'vanishing-gradient'], 'two sigmoid layers, full batch, sgd 0.02: the no-show loss flattens at the prior, never below the baseline'),
 'loss-plateau.weight-decay-covers-rms': ('loss-plateau', 'training', [], 'rmsprop weightDecay 1 on the covers model: loss reaches 0.41 then creeps back and stalls at 0.47 (healthy models reach 0.03-0.16)'),
 'loss-plateau.sigmoid-stack-full-batch-fish': ('loss-plateau', 'training', ['vanishing-gradient', 'lr-too-low'], 'three sigmoid layers, full batch, sgd 0.05 on the fish grader: loss flattens at the baseline (prior)'),
 'oscillating-loss.sgd-five-noshow': ('oscillating-loss', 'training', ['lr-too-high'], 're-filed from lr-too-high: plain sgd lr 8 on the no-show tanh net: loss swings between 0.26 and 0.70 through the run and ends well above healthy models'),
 'oscillating-loss.adam-batch-one-noshow': ('oscillating-loss', 'training', ['lr-too-high'], 'adam 0.05 with batch size 1 on bookings: loss swings between 0.27 and 0.39 epoch to epoch without settling'),
}
ORIG = {  # re-filed: new name -> candidate name
 'dead-relu.adam-half-fish': 'lr-too-high.adam-half-fish',
 'exploding-gradient.raw-covers-sgd-big': 'nan-loss.raw-covers-sgd-big',
 'exploding-gradient.std-five-relu-noshow': 'init-scale.std-five-relu-noshow',
 'nan-loss.deep-large-init-shari': 'exploding-gradient.deep-large-init-shari',
 'nan-loss.raw-eu-export-rmsprop': 'exploding-gradient.raw-eu-export-rmsprop',
 'nan-loss.nesterov-one-covers': 'lr-too-high.nesterov-one-covers',
 'lr-too-high.full-batch-edge-covers': 'oscillating-loss.full-batch-edge-covers',
 'lr-too-high.full-batch-linear-covers': 'oscillating-loss.full-batch-linear-covers',
 'lr-too-low.clipnorm-tiny-covers': 'loss-plateau.clipnorm-tiny-covers',
 'oscillating-loss.sgd-five-noshow': 'lr-too-high.sgd-five-noshow',
}
SIZE = 'trimmed to keep the set within 55-65 faults: a correct fault, but its code was already well covered'
DROPPED = {
 'invalid-spec.batchsize-zero': SIZE, 'invalid-spec.units-key-typo': SIZE,
 'data-error.supplier-code-feature': SIZE, 'data-error.pos-share-outside': SIZE,
 'exploding-gradient.raw-features-deep': SIZE + ' (showed NaN at epoch 1, would be nan-loss)', 'exploding-gradient.raw-target-elu-batch64': SIZE + ' (showed NaN at epoch 1, would be nan-loss)',
 'exploding-gradient.raw-target-deep-relu': SIZE + ' (showed NaN at epoch 1, would be nan-loss)',
 'dead-relu.raw-features-adam-high': SIZE + ' (also ambiguous between dead-relu and lr-too-high)',
 'loss-activation-mismatch.mse-softmax-shari': SIZE + ' (softmax over two regression targets; trained to 0.70 of the baseline)',
 'lr-too-low.momentum-1e-5-covers': 'loss fell from 1.95 to 0.83 (still moving clearly): too close to a merely slow run',
 'shape-mismatch.noshow-two-sigmoids': 'the engine accepted 2 sigmoid outputs for the 0/1 no-show target under bce and trained it to 0.47 of the baseline: not a clear shape fault as observed',
 'init-symmetry.constant-tanh-noshow': 'constant 0.1 init, yet it trained to 0.41 of the baseline, as well as the healthy no-show models: borderline',
 'init-symmetry.constant-sigmoid-shari': 'constant 0.05 init, yet it reached 0.09 of the baseline, the same as a linear fit of this data: borderline',
 'init-symmetry.constant-elu-fish': 'constant 0.2 init, yet it reached 0.44 of the baseline (healthy 0.19-0.42): borderline',
 'init-scale.std-five-relu-noshow': None,
 'vanishing-gradient.deep-tanh-small-init-covers': 'five tanh layers with std 0.05 still trained to 0.26 of the baseline, like a linear fit: no vanishing shown',
 'exploding-gradient.raw-shari-target-momentum': 'trained to 0.04 of the baseline: healthy in practice',
 'exploding-gradient.raw-target-tanh-sgd': 'gradients in the hundreds on the raw covers target, but it ended at 0.08 of the baseline: borderline',
 'loss-plateau.dropout-heavy-shari': 'dropout 0.9 twice: loss falls noisily from 265 to ~1.8, somewhere between plateau and oscillation: borderline',
 'oscillating-loss.batch-one-sgd-shari': 'batch 1 sgd 0.08: loss wobbles only between 0.11 and 0.13 and settles near healthy: no clear oscillation',
 'oscillating-loss.momentum-99-noshow': 'momentum 0.99: one bump (0.19 to 0.32) mid-run, then settles at 0.20: not a clear oscillation',
 'oscillating-loss.rmsprop-big-fish': 'full-batch rmsprop 0.05: small swings while still descending to 0.38 of the baseline: borderline',
 'ok.fish-softmax-regression': 'healthy but a linear model: 0.56 of the baseline where the hidden-layer models reach 0.19-0.42',
 'ok.noshow-bn-elu': 'ended at 0.58 of the baseline where other no-show models reach 0.21-0.45: not clearly as good as the alternatives',
 'ok.noshow-logistic': 'logistic regression ended at 0.53 of the baseline, clearly worse than the alternatives (0.21-0.45)',
 'ok.covers-linear-regression': 'linear fit ended at 0.26 of the baseline where the covers networks reach 0.03-0.18',
}
del DROPPED['init-scale.std-five-relu-noshow']

def covers_text(name, spec):
    d = spec['data']
    src = d.get('csv', '').replace('../data/', '') or ('builtin ' + d['builtin'] if 'builtin' in d else 'inline table')
    norm = d.get('normalize', 'none')
    layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}" + (' bn' if l.get('batchNorm') else '') + (f" {l['init']}" if isinstance(l.get('init'), str) else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
    o = spec['optimizer']
    opt = o['type'] + (' nesterov' if o.get('nesterov') else '') + (f" momentum {o['momentum']}" if o.get('momentum') else '') + f" {o['lr']}" + (f" wd {o['weightDecay']}" if o.get('weightDecay') else '') + (f" clip {o['clipNorm']}" if o.get('clipNorm') else '')
    t = spec['training']
    return f"{src} normalize {norm}, [{layers}], {spec['loss']}, {opt}, batch {t['batchSize']}, {t['epochs']} epochs" + (f", validation {t['validationSplit']}" if t.get('validationSplit') else '') + f" (observe: {obs[name]})"

cand = os.path.join(HERE, 'candidates')
for sub in ('faulty', 'healthy', 'dropped'): os.makedirs(os.path.join(HERE, sub), exist_ok=True)
faults, healthy, used = [], [], set()
for new, (code, stage, extra, text) in F.items():
    old = ORIG.get(new, new); used.add(old)
    assert new.startswith(code + '.'), new
    shutil.move(os.path.join(cand, old + '.nn.json'), os.path.join(HERE, 'faulty', new + '.nn.json'))
    faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f"{text} (observe: {obs[old]})", 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
for name, why in DROPPED.items():
    used.add(name); shutil.move(os.path.join(cand, name + '.nn.json'), os.path.join(HERE, 'dropped', name + '.nn.json'))
for f in sorted(os.listdir(cand)):
    name = f[:-len('.nn.json')]
    if name in used: continue
    assert name.startswith('ok.'), name
    spec = json.load(open(os.path.join(cand, f)))
    shutil.move(os.path.join(cand, f), os.path.join(HERE, 'healthy', f))
    healthy.append({'file': f'healthy/{f}', 'covers': covers_text(name, spec)})
assert not os.listdir(cand), os.listdir(cand)
os.rmdir(cand)
about = ("Blind fault set 282 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. "
 "Theme: sushi restaurants. Data (data/generate.ts, seeds from 282): covers.csv (480 days x 2 branches: date and branch text, weekday, temperature, "
 "skewed rain, seats, promo, collinear tuna and salmon market prices, staff, moon phase with no effect -> covers, a raw count 8-300), its semicolon/decimal-comma "
 "export covers-eu.csv and a copy with NA/empty cells covers-gaps.csv; fish-lots.csv (420 deliveries: lot id and supplier text, skewed hours since catch, storage "
 "temperature, pH, gill and smell scores, fat % -> grade A/B/C/reject, reject rare, 6% relabelled); reservations.csv and its tab export (600 bookings -> no_show 0/1, "
 "about 21%); shari.csv (360 rice batches -> stickiness and firmness, two regression targets); plus builtins and one inline table. "
 "\"stage\" is the writer's expectation of the earliest stage that could catch the fault, \"catches\" the codes whose advice would genuinely fix it. Each fault and "
 "each healthy \"covers\" ends with its bare-engine result from test/faults/observe.ts --summary (observed.txt; --curve in observed-curves.txt). See README.md.")
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
open(os.path.join(HERE, 'manifest.json'), 'a').write('\n')
from collections import Counter
print(len(faults), len(healthy), len(DROPPED), Counter(f['code'] for f in faults), Counter(f['stage'] for f in faults))
