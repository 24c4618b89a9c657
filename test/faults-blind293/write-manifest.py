#!/usr/bin/env python3
"""Verdicts of fault set blind293 (trout farms): files candidates into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, re, shutil
here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^(\S+?)(?:\.nn\.json)?[: ]', line)
    if m: obs[m.group(1)] = line

S, P, T = 'static', 'probe', 'training'
# name: (code, stage, catches, fault text)
F = {
 'invalid-spec.relu-capital': ('invalid-spec', S, [], 'activation written "ReLU" (PyTorch class-name habit) in the growth model'),
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer "adamw" copied from a PyTorch notebook; not an optimizer of this format'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'loss written as Keras "categorical_crossentropy" for the grading model'),
 'invalid-spec.dropout-one': ('invalid-spec', S, [], 'dropout rate 1 (meant "keep 1"?) on the hatchery model'),
 'invalid-spec.trailing-comma': ('invalid-spec', S, [], 'hand-edited spec with a trailing comma after the features list'),
 'data-error.missing-file': ('data-error', S, [], "points at next year's growth_2024.csv, which is not exported yet"),
 'data-error.target-typo': ('data-error', S, [], 'target "weight_gain" without the "_g" unit suffix of the real column'),
 'data-error.gaps-na': ('data-error', S, [], 'growth export with NA and empty readings (probe failures) used as is'),
 'data-error.feed-log-kg-text': ('data-error', S, [], 'hand-typed feed log where some feed amounts carry "kg"'),
 'data-error.outside-workspace': ('data-error', S, [], 'health data read from a server path outside the workspace'),
 'shape-mismatch.three-grades': ('shape-mismatch', S, [], 'grading model with 3 softmax units while grade.csv has 4 grades (trophy forgotten)'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', S, [], 'two targets (gain and harvest weight) but one output unit'),
 'shape-mismatch.iris-five': ('shape-mismatch', S, [], 'iris sanity check with 5 softmax outputs for 3 classes'),
 'loss-activation-mismatch.softmax-mse': ('loss-activation-mismatch', S, [], 'softmax grade head trained with mse instead of cce'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'outbreak model with bce on a linear output (sigmoid forgotten); loss ends above the baseline'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, [], 'grading model with cce on a sigmoid head instead of softmax; loss near 0 while accuracy is 0.75'),
 'loss-activation-mismatch.relu-head-standard-target': ('loss-activation-mismatch', P, [], 'relu output on a standardised gain target, half of which is negative; stalls at 0.46 where healthy nets reach 0.01'),
 'loss-activation-mismatch.sigmoid-head-grams': ('loss-activation-mismatch', S, [], 'sigmoid output for weight gain in raw grams (1..100); head pinned at 1, loss 4x the baseline'),
 'init-symmetry.zeros-hidden': ('init-symmetry', S, [], 'tanh hidden layer of 16 initialised to zeros; the run sits at the baseline'),
 'init-symmetry.constant-hidden': ('init-symmetry', S, [], 'two tanh layers of 12 with constant 0.1 init: every unit identical, ends at 0.21 of baseline where healthy nets reach 0.01'),
 'init-symmetry.zeros-relu-grade': ('init-symmetry', S, ['dead-relu'], 'relu layer of 20 initialised to zeros: all outputs 0, no gradient, stuck at baseline'),
 'init-scale.normal-std-20': ('init-scale', S, ['saturated-activation'], 'tanh layer initialised normal std 20: saturated at once, ends worse than healthy outbreak models'),
 'init-scale.uniform-tiny-deep': ('init-scale', S, ['vanishing-gradient'], 'four layers with uniform limit 1e-5: signal and gradients vanish, loss stays at the baseline'),
 'init-scale.normal-std-8-relu': ('init-scale', S, ['exploding-gradient'], 'relu layers initialised normal std 8: first loss 510, ends 6x the baseline'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', S, [], 'moons sanity check with two linear hidden layers: a linear boundary only'),
 'no-nonlinearity.linear-growth': ('no-nonlinearity', S, [], 'growth model with 32 and 16 linear units: ends at 0.26 of baseline where relu nets reach 0.01'),
 'no-nonlinearity.linear-circles': ('no-nonlinearity', S, [], 'circles check with linear hidden layers: stuck near the baseline'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', S, ['lr-too-high'], 'adam with lr 5 (typed for a percent?)'),
 'lr-out-of-range.sgd-lr-80': ('lr-out-of-range', S, ['lr-too-high'], 'plain SGD with lr 80'),
 'lr-out-of-range.rmsprop-1e-9': ('lr-out-of-range', S, ['lr-too-low'], 'rmsprop with lr 1e-9: nothing moves'),
 'lr-out-of-range.sgd-1e-8': ('lr-out-of-range', S, ['lr-too-low'], 'momentum SGD with lr 1e-8 on the hatchery data'),
 'dead-relu.bias-minus-6': ('dead-relu', P, [], 'relu layer with bias -6 (copied from a sparse-activation recipe): 96% of units dead'),
 'dead-relu.bias-minus-4-grade': ('dead-relu', P, [], 'two relu layers with bias -4: all units dead, stuck at the baseline'),
 'dead-relu.hatch-bias-minus-5-deep': ('dead-relu', P, [], 'first relu layer with bias -5: 81% dead, ends at 0.63 of baseline where healthy hatchery nets reach 0.36'),
 'nan-loss.sgd-raw-harvest': ('dead-relu', P, ['exploding-gradient', 'lr-too-high'], 'raw features and raw harvest grams with SGD 0.05: the first steps blow up (first loss 2.8e30) and kill every relu unit; stuck at baseline with dead 1.00'),
 'exploding-gradient.raw-features-raw-grams': ('exploding-gradient', P, ['saturated-activation'], 'raw features (fish count in thousands) and raw harvest grams: output gradient up to 2300, tanh layer pinned'),
 'exploding-gradient.raw-fish-count': ('exploding-gradient', P, ['nan-loss'], 'raw fish counts and raw grams into relu, SGD momentum: gradient norm 1e8, loss 1e15'),
 'exploding-gradient.raw-harvest-target-sgd': ('exploding-gradient', P, [], 'harvest weight in raw grams as target: gradient norms 1000-12000'),
 'exploding-gradient.raw-gain-rmsprop-clip-none': ('exploding-gradient', P, [], 'raw features and raw grams with rmsprop, no clipping: gradient norms up to 9e7'),
 'vanishing-gradient.deep-sigmoid': ('vanishing-gradient', P, [], 'six sigmoid layers with normal std 0.05: first-layer gradient 1e-7, stuck at baseline'),
 'vanishing-gradient.deep-tanh-tiny-init': ('vanishing-gradient', P, ['init-scale'], 'five tanh layers with std 0.01: first-layer gradient 1e-5, stuck at baseline'),
 'vanishing-gradient.sigmoid-eight-grade': ('vanishing-gradient', P, [], 'eight sigmoid layers of 12 on the grading data: first-layer gradient 1e-5, stuck at baseline'),
 'vanishing-gradient.sigmoid-uniform-small-hatch': ('vanishing-gradient', P, ['init-scale'], 'five sigmoid layers with uniform limit 0.02: first-layer gradient 1e-9'),
 'nan-loss.momentum-lr-3': ('nan-loss', P, ['lr-too-high'], 'SGD momentum 0.9 at lr 3: NaN at epoch 2'),
 'nan-loss.raw-count-linear': ('nan-loss', P, ['exploding-gradient'], 'linear regression on raw fish counts with SGD 0.01: NaN in the first epoch'),
 'nan-loss.std-huge-deep': ('nan-loss', S, ['init-scale'], 'normal std 1e6 in four layers (meant 1e-6): NaN at once'),
 'exploding-gradient.deep-std1-linearish': ('nan-loss', P, ['exploding-gradient', 'init-scale'], 'four leaky_relu layers of 32 with normal std 1: activations explode, NaN in the first epoch'),
 'lr-too-high.sgd-momentum-lr-0.6': ('nan-loss', P, ['lr-too-high'], 'SGD momentum 0.9 at lr 0.6: loss grows 1e5 per epoch, NaN at epoch 9'),
 'lr-too-high.adam-0.3-growth': ('lr-too-high', P, [], 'adam lr 0.3 on the growth model: first loss 37, dips to 0.47 then back at the baseline with a dead layer'),
 'lr-too-high.rmsprop-0.2-grade': ('lr-too-high', P, ['oscillating-loss', 'dead-relu'], 'rmsprop lr 0.2: first loss 3, bounces 0.34-0.86, 88% of relu units dead'),
 'oscillating-loss.momentum-0.99': ('lr-too-high', P, ['oscillating-loss'], 'SGD lr 0.3 with momentum 0.99: loss swings from 0.6 to 152, then settles at the baseline'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', P, [], 'plain SGD lr 1e-5: 2.79 to 2.54 in 80 epochs, baseline 1'),
 'lr-too-low.adam-1e-6-grade': ('lr-too-low', P, [], 'adam lr 1e-6: loss 1.435 to 1.429 in 80 epochs'),
 'lr-too-low.rmsprop-2e-6-health': ('lr-too-low', P, [], 'rmsprop lr 2e-6: loss 0.838 to 0.829'),
 'lr-too-low.sgd-full-batch-hatch': ('lr-too-low', P, [], 'full-batch SGD lr 5e-4 (one step per epoch): still 49x the baseline after 100 epochs'),
 'saturated-activation.sigmoid-raw-features': ('saturated-activation', P, [], 'sigmoid layer on raw health readings with std 1 init: 78-94% saturated'),
 'saturated-activation.tanh-raw-growth': ('saturated-activation', P, [], 'tanh layer on raw growth features (counts in thousands): 100% saturated, loss at the baseline'),
 'saturated-activation.tanh-std-4': ('saturated-activation', P, ['init-scale'], 'tanh layer with normal std 4: 67-74% saturated, ends at 0.46 of baseline'),
 'saturated-activation.sigmoid-bias-8': ('saturated-activation', P, [], 'sigmoid layer with bias 8: all outputs pinned at 1, ends 1.8x the baseline'),
 'loss-plateau.weight-decay-huge': ('loss-plateau', T, [], 'weight decay 5 (meant 5e-4?) with adam: dips to 0.60 then drifts back to the baseline and stays'),
 'loss-plateau.clipnorm-tiny-sgd': ('loss-plateau', T, ['lr-too-low'], 'clipNorm 1e-4 (meant 1?) on SGD: loss 0.859 to 0.855, 1.7x the baseline'),
 'loss-plateau.weight-decay-health': ('loss-plateau', T, [], 'weight decay 2 with SGD momentum: flat at the baseline from epoch 3'),
 'oscillating-loss.rmsprop-0.05-batch4': ('oscillating-loss', T, ['lr-too-high'], 'rmsprop 0.05 on batches of 4: swings 0.31-0.49 for 50 epochs without settling'),
 'oscillating-loss.rmsprop-0.03-batch1-grade': ('oscillating-loss', T, ['lr-too-high'], 'rmsprop 0.03 on batches of 1: swings 0.53-0.85 and drifts up'),
 'oscillating-loss.adam-0.05-batch2': ('oscillating-loss', T, ['lr-too-high', 'dead-relu'], 'adam 0.05 on batches of 2: swings 0.10-0.27 epoch to epoch, 94% of relu units dead'),
}
DROP = {
 'invalid-spec.glorot-init': 'set over its size cap; invalid-spec already 5',
 'invalid-spec.momentum-one': 'set over its size cap; invalid-spec already 5',
 'invalid-spec.validation-half-percent': 'set over its size cap; invalid-spec already 5',
 'data-error.pen-id-feature': 'set over its size cap; data-error already 5',
 'data-error.no-features-text-cols': 'set over its size cap; data-error already 5',
 'shape-mismatch.bce-two-units': 'the engine trained it (two sigmoid outputs on a 0/1 target, last/base 0.61): not a clear mismatch',
 'init-symmetry.constant-sigmoid-hatch': 'weak symptom (last/base 0.92) and set over its size cap',
 'init-scale.constant-fine-but-std-huge': 'set over its size cap (misleading slug; std 15 elu, 53x baseline)',
 'no-nonlinearity.linear-grade-deep': 'a linear softmax reaches 0.32 of baseline on grades; the linear stack 0.38: too close',
 'dead-relu.adam-lr-high-health': 'dead at most 34%, trained to 0.54 of baseline: not dead',
 'dead-relu.bias-minus-3-health': 'only 29% dead, 0.82 of baseline: borderline',
 'dead-relu.sgd-raw-flow': 'showed NaN in the first epoch (nan-loss); set over its size cap',
 'exploding-gradient.harvest-raw-rmsprop-deep': 'showed NaN in the first epoch (nan-loss); set over its size cap',
 'oscillating-loss.sgd-batch1-lr-0.3': 'showed NaN in the first epoch (nan-loss); set over its size cap',
 'lr-too-high.nesterov-1.5-hatch': 'showed NaN in the first epoch (nan-loss); set over its size cap',
 'lr-too-high.adam-0.5': 'bounced 0.25-0.60 but ended at 0.63 of baseline near the healthy outbreak models: borderline',
 'oscillating-loss.sgd-batch1-lr-0.05': 'small batch-1 noise around 0.61 of baseline: neither clearly oscillating nor healthy',
 'loss-plateau.bottleneck-one-relu': 'showed a dead single relu unit (dead-relu) at the baseline; set over its size cap',
 'loss-plateau.dropout-0.95': 'kept falling (21 to 0.03) with dropout noise: not a plateau',
 'loss-plateau.tanh-one-unit-grade': 'still falling slowly at 0.56 of baseline; a capacity limit, not clearly a plateau',
 'ok.hatch-sgd-relu-target-standard': 'ended at 0.42 after a min of 0.30: may bounce',
 'ok.hatch-adam-tanh': 'ended at 0.48 of baseline where alternatives reach 0.36: may be judged slow',
 'ok.health-logistic': 'ended at 0.66 of baseline where hidden-layer models reach 0.43-0.58',
 'ok.grade-batchnorm-dropout': 'train loss ended at 0.46 after a min of 0.35 (dropout noise): borderline',
 'ok.health-rmsprop-dropout': 'validation loss 0.59 above the baseline 0.49: overfits',
}
COVERS = {}
cand = os.path.join(here, 'candidates')
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(here, sub), exist_ok=True)
faults, healthy, dropped = [], [], []
for fn in sorted(os.listdir(cand)):
    name = fn[:-len('.nn.json')]
    spec = json.load(open(os.path.join(cand, fn))) if not name.endswith('trailing-comma') else None
    line = obs[name].replace('.nn.json', '')
    if name in DROP:
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'dropped', fn))
        dropped.append((fn, DROP[name]))
    elif name in F:
        code, stage, extra, text = F[name]
        new = fn if fn.startswith(code + '.') else code + '.' + fn.split('.', 1)[1]
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'faulty', new))
        faults.append({'file': 'faulty/' + new, 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif name.startswith('ok.'):
        d = spec['data']; src = d.get('csv', '').replace('../data/', '') or (d.get('builtin') or 'inline')
        layers = ', '.join(f"{l['units']} {l.get('activation','linear')}{' bn' if l.get('batchNorm') else ''}" if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
        o = spec['optimizer']; t = spec['training']
        opt = o['type'] + (' nesterov' if o.get('nesterov') else ' momentum %s' % o['momentum'] if o.get('momentum') else '') + f" {o['lr']}" + (f" wd {o['weightDecay']}" if o.get('weightDecay') else '') + (f" clip {o['clipNorm']}" if o.get('clipNorm') else '')
        cov = f"{src} normalize {d.get('normalize','none')}{' target ' + d['normalizeTarget'] if d.get('normalizeTarget') else ''}, [{layers}], {spec['loss']}, {opt}, batch {t.get('batchSize',32)}, {t['epochs']} epochs{', val ' + str(t['validationSplit']) if t.get('validationSplit') else ''} (observe: {line})"
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'healthy', fn))
        healthy.append({'file': 'healthy/' + fn, 'covers': cov})
    else:
        raise SystemExit('no verdict for ' + name)
os.rmdir(cand)
about = ('Fault set blind293 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
 'Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught, "catches" the codes whose advice would genuinely fix it. '
 'Each "fault" and "covers" ends with its line from test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
 'Theme: trout farms. Data from data/generate.ts (seeds 293001-293005): growth.csv (360 raceway records, 4-week weight gain and harvest weight in grams, skewed stocking density, feed collinear with fish count, oxygen with temperature, pen depth with no effect, pen id and date text columns), '
 'growth-gaps.csv (the same with NA and empty readings), health.csv and health-tabs.csv (420 weekly health checks, outbreak 0/1 at ~19%, skewed ammonia and mortality, tab-separated copy), '
 'grade.csv (340 grading-table fish, four string grades), hatchery.csv (300 egg batches, semicolons and decimal commas, eyed-egg rate), feed-log.csv (hand-typed feeding log with "kg" in some amounts), plus builtins and two inline tables. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=2, ensure_ascii=False)
open(os.path.join(here, 'dropped.txt'), 'w').write(''.join(f'{f}: {r}\n' for f, r in dropped))
from collections import Counter
print(len(faults), len(healthy), len(dropped)); print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
