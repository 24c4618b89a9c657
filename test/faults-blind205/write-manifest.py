#!/usr/bin/env python3
"""Verdicts of fault set blind205: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind205: python3 write-manifest.py"""
import json, os, re, shutil

obs = {}
for line in open('observed.txt'):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m: obs[m.group(1)] = line

# candidate -> (code, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch script; only sgd, adam, rmsprop exist'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written as the Keras name "binary_crossentropy" instead of "bce"'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (30) instead of a fraction'),
 'invalid-spec.glorot-init': ('invalid-spec', 'static', [], 'init "glorot_uniform" (Keras name) instead of "xavier_uniform"'),
 'data-error.missing-2024-export': ('data-error', 'static', [], 'spec points at next year\'s export pens-2024.csv, which was never saved'),
 'data-error.target-with-space': ('data-error', 'static', [], 'target written "restoration hours" with a space; the column is restoration_hours'),
 'data-error.serial-as-feature': ('data-error', 'static', [], 'the typewriter serial number (text, e.g. "OL 985013") listed as a feature'),
 'data-error.intake-gaps': ('data-error', 'static', [], 'the intake-form copy with NA, empty and "?" readings used as is'),
 'data-error.path-outside-workspace': ('data-error', 'static', [], 'absolute-ish path climbing out of the workspace to the shop server share'),
 'shape-mismatch.three-repair-types': ('shape-mismatch', 'static', [], '3 softmax units for 4 repair types (the rare "crack" forgotten)'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'two regression targets (minutes and quote) but one output unit'),
 'shape-mismatch.verdict-two-classes': ('shape-mismatch', 'static', [], 'verdict has 3 classes (restore, parts, sell-as-is) but the head has 2 units'),
 'loss-activation-mismatch.softmax-mse': ('loss-activation-mismatch', 'static', [], 'softmax head trained with mse on repair types'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce with a linear output unit instead of sigmoid'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce with a 3-unit sigmoid head instead of softmax: loss goes to ~0 while accuracy stays at 0.50'),
 'loss-activation-mismatch.tanh-head-raw-hours': ('loss-activation-mismatch', 'static', [], 'tanh output on raw restoration hours (1-40): the head cannot exceed 1'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'hidden tanh layer of 16 units and output initialised to zeros: nothing learns'),
 'init-symmetry.constant-hidden': ('init-symmetry', 'static', [], 'two relu layers of 12 units with constant 0.1 init: all units identical, the net is one unit wide'),
 'init-symmetry.zeros-both-layers': ('init-symmetry', 'static', [], 'sigmoid layer of 20 units and softmax head both initialised to zeros'),
 'init-symmetry.constant-tanh-verdict': ('init-symmetry', 'static', [], 'tanh layer of 10 units with constant 0.3 init: the units stay copies of each other'),
 'init-scale.normal-std-8-relu': ('init-scale', 'static', ['exploding-gradient'], 'normal init std 8 on two relu layers of 32: outputs and gradients thousands of times too big'),
 'init-scale.tiny-uniform-deep': ('init-scale', 'static', ['vanishing-gradient'], 'uniform init limit 1e-5 on a 3-layer tanh stack: signals and gradients vanish'),
 'init-scale.std-30-tanh': ('init-scale', 'static', ['saturated-activation'], 'normal init std 30 on a tanh layer: every unit pinned at +-1'),
 'init-scale.std-1e-4-sigmoid-stack': ('init-scale', 'static', ['vanishing-gradient'], 'normal init std 1e-4 on a 3-layer sigmoid stack: nothing reaches the first layers'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', 'static', [], 'two linear hidden layers on moons: depth adds nothing to a logistic regression'),
 'no-nonlinearity.omitted-activation': ('no-nonlinearity', 'static', [], 'activation omitted on both hidden layers (defaults to linear)'),
 'no-nonlinearity.batchnorm-linear-circles': ('no-nonlinearity', 'static', [], 'linear hidden layers with batch norm on circles: still a linear model, stays at chance'),
 'no-nonlinearity.linear-deep-regression': ('no-nonlinearity', 'static', [], 'three linear hidden layers fitting a sine: only a straight line comes out'),
 'lr-out-of-range.adam-lr-50': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 50 (meant 0.005, typed in the wrong field)'),
 'lr-out-of-range.sgd-lr-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'sgd lr 1e-9: nothing moves'),
 'lr-out-of-range.rmsprop-lr-20': ('lr-out-of-range', 'static', ['lr-too-high'], 'rmsprop lr 20'),
 'lr-out-of-range.sgd-lr-300': ('lr-out-of-range', 'static', ['lr-too-high'], 'sgd lr 300 on a small tanh net'),
 'dead-relu.bias-minus-6': ('dead-relu', 'probe', ['init-scale'], 'relu layers with initial bias -6 on standardised inputs: every unit dead from the start'),
 'dead-relu.negative-bias-classifier': ('dead-relu', 'probe', [], 'relu layers with bias -4 on the verdict classifier: units never fire'),
 'dead-relu.adam-lr-high-relu': ('dead-relu', 'probe', ['lr-too-high'], 'adam lr 0.5 on a relu net for moons: most relu units die in the first epochs'),
 'oscillating-loss.adam-0.05-batch-1': ('dead-relu', 'training', ['lr-too-high'], 'adam lr 0.05 with batch size 1 on the returns model: meant to swing, but 94% of the relu layer died and the loss stays near the baseline'),
 'exploding-gradient.raw-year-raw-hours-sgd': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'raw years (1905-1988), carriage mm and ribbon months fed unnormalised to sgd+momentum: gradients in the millions'),
 'exploding-gradient.raw-quote-rmsprop': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'raw pen features and raw quote in euros with sgd+momentum (slug says rmsprop: the author first planned rmsprop): gradients to 1e24'),
 'dead-relu.sgd-kick-raw-ribbon': ('exploding-gradient', 'probe', ['dead-relu', 'nan-loss', 'lr-too-high'], 'raw typewriter features with plain sgd: the first step blows up (loss 5.8e19), which also kills every relu unit'),
 'nan-loss.sgd-raw-quote': ('exploding-gradient', 'probe', ['dead-relu', 'nan-loss', 'lr-too-high'], 'raw pen features, raw quote, sgd 0.05: first loss 4.8e15, then all relu units dead and the loss stuck at baseline; no NaN'),
 'vanishing-gradient.eight-sigmoid-layers': ('vanishing-gradient', 'probe', [], 'eight sigmoid hidden layers with plain sgd'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'probe', ['init-scale'], 'seven tanh layers with normal std 0.05 init'),
 'vanishing-gradient.sigmoid-stack-spirals': ('vanishing-gradient', 'probe', [], 'ten sigmoid layers on spirals with rmsprop 5e-4'),
 'vanishing-gradient.deep-sigmoid-regression': ('vanishing-gradient', 'probe', [], 'nine sigmoid layers for restoration hours'),
 'nan-loss.exp-big-init': ('nan-loss', 'probe', ['init-scale', 'exploding-gradient'], 'elu layers with std 5 on raw typewriter features: loss NaN in the first epoch'),
 'nan-loss.momentum-raw-minutes': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'raw repair minutes as target, sgd 0.1 momentum 0.95, batch 8'),
 'exploding-gradient.raw-minutes-target': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw repair minutes (10-320) as the target with sgd 0.01: NaN in the first epoch'),
 'lr-too-high.sgd-2-typewriters': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd lr 2 on restoration hours: loss 6.9e23 then NaN'),
 'oscillating-loss.momentum-0.99-batch-4': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd lr 0.05 with momentum 0.99 and batch 4: NaN in the first epoch'),
 'lr-too-high.adam-0.3-pens': ('lr-too-high', 'probe', ['oscillating-loss', 'dead-relu'], 'adam lr 0.3 on repair types: loss bounces and rises back above the baseline'),
 'lr-too-high.nesterov-1.5-iris': ('lr-too-high', 'probe', ['oscillating-loss', 'exploding-gradient'], 'nesterov sgd lr 1.5 on iris: loss spikes to 930 and bounces'),
 'oscillating-loss.full-batch-sgd-edge': ('lr-too-high', 'probe', ['exploding-gradient'], 'full-batch sgd lr 0.5 on a linear model: meant to bounce at the edge, but the loss rises steadily from 2.1 to 67'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', 'probe', [], 'plain sgd lr 1e-5'),
 'lr-too-low.adam-1e-6': ('lr-too-low', 'probe', [], 'adam lr 1e-6'),
 'lr-too-low.rmsprop-2e-6-moons': ('lr-too-low', 'probe', [], 'rmsprop lr 2e-6 on moons'),
 'lr-too-low.momentum-1e-5-full-batch': ('lr-too-low', 'probe', [], 'sgd momentum lr 1e-5 with full batch: 200 steps of almost nothing'),
 'saturated-activation.sigmoid-raw-year': ('saturated-activation', 'probe', ['vanishing-gradient'], 'sigmoid hidden layer on unnormalised years and millimetres'),
 'saturated-activation.tanh-bias-6': ('saturated-activation', 'probe', ['vanishing-gradient'], 'tanh layers with initial bias 6: all pinned at +1'),
 'saturated-activation.tanh-raw-carriage': ('saturated-activation', 'probe', [], 'tanh layer on raw carriage mm and years'),
 'saturated-activation.sigmoid-std-4': ('saturated-activation', 'probe', ['init-scale'], 'sigmoid layer with normal std 4 init'),
 'loss-plateau.xor-two-sigmoid-sgd': ('loss-plateau', 'training', ['lr-too-low'], 'xor with 2 sigmoid units and tiny init under plain sgd: stuck at chance'),
 'loss-plateau.one-unit-spirals': ('loss-plateau', 'training', [], 'one relu unit bottleneck for 3-class spirals'),
 'loss-plateau.circles-tanh-tiny-init': ('loss-plateau', 'training', ['init-scale', 'vanishing-gradient'], 'circles with tanh layers at std 0.001 and plain sgd: stuck at chance'),
 'oscillating-loss.rmsprop-0.05-batch-2': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop lr 0.05 with batch 2 on sine: the loss swings up and down every epoch, 15x above what the same net reaches'),
 'lr-too-high.rmsprop-0.2': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop lr 0.2 on worth-restoring: loss swings between 0.38 and 0.63 (base 0.59) to the end'),
}
D = {
 'shape-mismatch.two-sigmoid-units': 'the engine trained it (2 sigmoid units on one 0/1 target, last/base 0.66): not sure it is a shape fault as the engine reads it',
 'exploding-gradient.deep-relu-std-1': 'first loss 230 and gradients up to 94, but it trained to 2e-4: borderline',
 'loss-plateau.drawer-only': 'the drawer number has no effect, so baseline is the best reachable: not a fault',
 'invalid-spec.negative-validation': 'kept the set within 65 faults (invalid-spec had 5)',
 'loss-activation-mismatch.relu-head-standard-target': 'relu head trained to 0.43 of baseline anyway: borderline',
 'nan-loss.sgd-lr-3-raw-year': 'kept the set within 65 faults (nan-loss had 6)',
 'ok.pens-quote-minmax-target': 'last/base 0.62 while the minutes model reaches 0.07: not clearly healthy',
 'ok.pens-returned-adam': 'last/base 0.73 while the sgd alternative reaches 0.53',
 'ok.tw-worth-logistic': 'last/base 0.74 while small nets reach 0.60',
 'ok.tw-tab-worth-rmsprop': 'last/base 0.70 while other worth models reach 0.60',
 'ok.moons-sigmoid-hidden-adam': 'last/base 0.36 on moons where relu nets reach 0.01',
}

def covers(name):
    s = json.load(open(f'candidates/{name}.nn.json'))
    d = s['data']
    src = d.get('csv', '').replace('../data/', '') or (f"builtin {d['builtin']}" if 'builtin' in d else 'inline table')
    norm = d.get('normalize', 'none') + (f", target {d['normalizeTarget']}" if d.get('normalizeTarget') else '')
    layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}{' bn' if l.get('batchNorm') else ''}" if l['type'] == 'dense' else f"dropout {l['rate']}" for l in s['layers'])
    o = s['optimizer']; t = s['training']
    opt = o['type'] + (' nesterov' if o.get('nesterov') else '') + (f" momentum {o['momentum']}" if o.get('momentum') else '') + f" {o['lr']}"
    extra = ''.join(f", {k} {o[k]}" for k in ('weightDecay', 'clipNorm') if o.get(k))
    val = f", validation {t['validationSplit']}" if t.get('validationSplit') else ''
    return f"{src} ({norm}), [{layers}], {s['loss']}, {opt}{extra}, batch {t['batchSize']}, {t['epochs']} epochs{val} (observe: {obs[name]})"

for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(sub, exist_ok=True)
faults, healthy = [], []
for f in sorted(os.listdir('candidates')):
    name = f[:-len('.nn.json')]
    if name in D:
        shutil.move(f'candidates/{f}', f'dropped/{f}')
    elif name in F:
        code, stage, extra, text = F[name]
        slug = name.split('.', 1)[1]
        new = f'{code}.{slug}.nn.json'
        shutil.move(f'candidates/{f}', f'faulty/{new}')
        faults.append({'file': f'faulty/{new}', 'code': code, 'fault': f'{text} (observe: {obs[name]})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif name.startswith('ok.'):
        c = covers(name)
        shutil.move(f'candidates/{f}', f'healthy/{f}')
        healthy.append({'file': f'healthy/{f}', 'covers': c})
    else:
        raise SystemExit(f'no verdict for {name}')
about = ('Two-hundred-and-fifth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
 '"code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught, "catches" the codes whose advice would genuinely fix it. '
 'Each fault and healthy entry carries its bare-engine result from test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
 'Theme: fountain-pen and typewriter repairers: pens.csv (420 repair tickets, ticket id/date/brand text, skewed pen age, collinear barrel and cap length, drawer number with no effect, 4 repair types with a rare "crack" class, returned 0/1, repair minutes and quote in euros), '
 'pens-eu.csv (semicolon, decimal-comma export), typewriters.csv (380 restorations, serial and make text, raw years, skewed stuck-key counts and ribbon ages, carriage mm collinear with weight, restoration hours, worth_restoring 0/1, 3-class verdict), '
 'typewriters-tab.csv (tab export) and typewriters-gaps.csv (NA, empty, "?" markers), plus builtins and one inline table. Data by data/generate.ts, specs by author.ts, this manifest by write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1)
os.rmdir('candidates')
from collections import Counter
print(len(faults), len(healthy), len(os.listdir('dropped')))
print(Counter(x['code'] for x in faults)); print(Counter(x['stage'] for x in faults))
