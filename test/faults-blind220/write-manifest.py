#!/usr/bin/env python3
"""Verdicts of fault set blind220: moves candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind220: python3 write-manifest.py"""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    name = line.split(':')[0].split(' ')[0].replace('.nn.json', '')
    obs[name] = line

# candidate name -> (code, stage, catches, fault text); code differs from the name's prefix when re-filed
F = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch notebook; the format has adam, sgd and rmsprop only'),
 'invalid-spec.activation-swish': ('invalid-spec', 'static', [], 'activation "swish" on both hidden layers of the grading model; not an activation the format knows'),
 'invalid-spec.loss-keras-name': ('invalid-spec', 'static', [], 'loss written as Keras\'s "binary_crossentropy" instead of "bce" for the summer-mortality model'),
 'invalid-spec.dropout-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (20) instead of a fraction (0.2)'),
 'data-error.target-typo': ('data-error', 'static', [], 'target "yield_kg_m" is a typo of the longline export\'s column "yield_kg_per_m"'),
 'data-error.logger-gaps': ('data-error', 'static', [], 'trained on longlines-gaps.csv, the export after the temperature logger went offline: NA, empty and -999 cells in the features'),
 'data-error.site-name-feature': ('data-error', 'static', [], 'the text column "site" (North Bay, Inlet, Sand Flat) listed among the numeric features of the mortality model'),
 'data-error.missing-file': ('data-error', 'static', [], 'points at hatchery-2024.csv, a file that was never exported into the data folder'),
 'data-error.path-outside': ('data-error', 'static', [], 'CSV path climbs out of the workspace to a shared farm drive'),
 'shape-mismatch.grades-three-units': ('shape-mismatch', 'static', [], 'grading head has 3 softmax units but the grades are 4 (Petite, Regular, Select and the rare Jumbo)'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'two target columns (yield per metre and harvest per line) but one output unit'),
 'shape-mismatch.iris-two-units': ('shape-mismatch', 'static', [], 'iris sanity check with a 2-unit softmax head for 3 species'),
 'shape-mismatch.hatchery-four-outputs': ('shape-mismatch', 'static', [], 'larval survival regression with 4 linear outputs for a single target column'),
 'loss-activation-mismatch.softmax-mse': ('loss-activation-mismatch', 'static', [], 'oyster grades with a softmax head trained on mse instead of cce'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'depuration pass/fail with bce on a linear output (no sigmoid)'),
 'loss-activation-mismatch.tanh-head-kg': ('loss-activation-mismatch', 'static', [], 'tanh output (range -1..1) for mussel yield in kg per metre (1..30) with the target not normalized'),
 'loss-activation-mismatch.sigmoid-head-percent': ('loss-activation-mismatch', 'static', [], 'sigmoid output (0..1) for larval survival in percent (1..99) with the target not normalized'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'both tanh hidden layers of the yield model initialised to zeros'),
 'init-symmetry.zeros-sigmoid-mortality': ('init-symmetry', 'static', [], 'hidden sigmoid layer of 10 units initialised to zeros: every unit stays identical'),
 'init-symmetry.constant-all-layers': ('init-symmetry', 'static', [], 'every layer of the depuration model initialised to the constant 0.05'),
 'init-scale.normal-std-8': ('init-scale', 'static', ['nan-loss', 'exploding-gradient'], 'normal init with std 8 on two relu layers of the yield model'),
 'init-scale.uniform-tiny-deep': ('init-scale', 'static', ['vanishing-gradient', 'loss-plateau'], 'uniform init limit 1e-4 on a three-layer tanh stack: the signal never gets through'),
 'init-scale.tanh-std-5': ('init-scale', 'static', ['saturated-activation'], 'normal init with std 5 on a 32-unit tanh layer of the grading model'),
 'init-scale.normal-std-3-deep-relu': ('init-scale', 'static', ['exploding-gradient'], 'normal init std 3 on three 24-unit relu layers of the depuration model'),
 'no-nonlinearity.moons-linear-stack': ('no-nonlinearity', 'static', [], 'two linear hidden layers on moons: the stack is one linear boundary'),
 'no-nonlinearity.hatchery-linear-hidden': ('no-nonlinearity', 'static', [], 'larval survival (curved in temperature and salinity) with linear hidden layers'),
 'no-nonlinearity.activation-omitted': ('no-nonlinearity', 'static', [], 'activation left out on both hidden layers of the grading model, so they default to linear'),
 'no-nonlinearity.circles-linear': ('no-nonlinearity', 'static', [], 'circles with linear hidden layers: no linear boundary separates them'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam with lr 5 on the mortality model'),
 'lr-out-of-range.sgd-lr-80': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd with lr 80 (a mistyped 0.08)'),
 'lr-out-of-range.rmsprop-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop with lr 1e-9: the weights cannot move'),
 'lr-out-of-range.adam-lr-30': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam with lr 30 on the depuration model'),
 'dead-relu.bias-minus-six': ('dead-relu', 'probe', [], 'relu layer with initial bias -6 on standardized longline features: nearly every unit is off for every line'),
 'dead-relu.deep-negative-bias': ('dead-relu', 'probe', [], 'two relu layers with bias -4 in the grading model: the second layer is entirely dead'),
 'dead-relu.bias-minus-five-hatchery': ('dead-relu', 'probe', [], 'relu layer with bias -5 copied from a sparse-activation tutorial into the hatchery model'),
 'exploding-gradient.raw-harvest-kg': ('exploding-gradient', 'probe', ['nan-loss'], 'harvest per line in raw kg (thousands) as the mse target, not normalized, with sgd'),
 'exploding-gradient.raw-algae-counts': ('exploding-gradient', 'probe', [], 'hatchery features not normalized: algae counts of ~60,000 cells/ml feed the relu layer, sgd momentum'),
 'exploding-gradient.deep-std-1': ('exploding-gradient', 'probe', ['init-scale', 'nan-loss'], 'four 32-unit relu layers with normal init std 1: activations and gradients grow layer by layer'),
 'nan-loss.raw-ecoli-counts': ('exploding-gradient', 'probe', ['nan-loss'], 'regressing raw E. coli counts (MPN/100 g, hundreds to thousands) from unnormalized features with sgd'),
 'nan-loss.harvest-kg-batch1': ('nan-loss', 'probe', ['exploding-gradient'], 'harvest kg per line (thousands) with raw features and batch size 1 under sgd'),
 'nan-loss.raw-hatchery-momentum': ('nan-loss', 'probe', ['exploding-gradient'], 'raw hatchery features and survival percent, sgd momentum 0.95'),
 'lr-too-high.nesterov-0p5-hatchery': ('nan-loss', 'probe', ['lr-too-high'], 'nesterov sgd at lr 0.5 with batch 16 on the hatchery model'),
 'oscillating-loss.momentum-0p99-batch-4': ('nan-loss', 'probe', ['lr-too-high'], 'sgd momentum 0.99 at lr 0.05 with batch 4'),
 'vanishing-gradient.eight-sigmoids': ('vanishing-gradient', 'probe', [], 'eight sigmoid hidden layers in the mortality model, plain sgd'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'probe', ['init-scale'], 'seven tanh layers with normal init std 0.05'),
 'vanishing-gradient.ten-sigmoid-grades': ('vanishing-gradient', 'probe', [], 'ten sigmoid layers in the grading model'),
 'vanishing-gradient.sigmoid-tower-depuration': ('vanishing-gradient', 'probe', [], 'nine sigmoid layers in the depuration model, rmsprop 1e-4'),
 'lr-too-high.adam-0p3': ('lr-too-high', 'probe', ['oscillating-loss'], 'adam at lr 0.3 on the yield model: loss bounces back to the baseline'),
 'lr-too-high.sgd-1p5-mortality': ('lr-too-high', 'probe', [], 'sgd lr 1.5 with momentum 0.9 on the mortality model: loss rises above the baseline'),
 'lr-too-high.adam-0p5-depuration': ('lr-too-high', 'probe', ['oscillating-loss'], 'adam lr 0.5 on the depuration model: loss falls to 0.57 then climbs back above the baseline'),
 'lr-too-high.rmsprop-0p2': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop at lr 0.2 on grades: the loss swings between 0.47 and 0.71 and never settles'),
 'oscillating-loss.adam-0p05-batch-2': ('oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.05 with batch 2 on the yield model: loss swings 0.20-0.44 epoch to epoch'),
 'lr-too-low.sgd-1e-4-lines': ('lr-too-low', 'probe', [], 'plain sgd at 1e-4 with batch 64 for 100 epochs on the yield model'),
 'lr-too-low.adam-2e-6-grades': ('lr-too-low', 'probe', [], 'adam at 2e-6 on grades'),
 'lr-too-low.rmsprop-5e-6-mortality': ('lr-too-low', 'probe', [], 'rmsprop at 5e-6 on mortality'),
 'lr-too-low.momentum-tiny-depuration': ('lr-too-low', 'probe', [], 'sgd momentum at 2e-5 on depuration'),
 'saturated-activation.sigmoid-raw-features': ('saturated-activation', 'probe', [], 'sigmoid layer with std-1 init on unnormalized mortality features (vibrio counts in the thousands)'),
 'saturated-activation.tanh-bias-8': ('saturated-activation', 'probe', [], 'tanh layer with initial bias 8: every unit pinned at +1'),
 'saturated-activation.tanh-raw-hatchery': ('saturated-activation', 'probe', [], 'tanh layer on unnormalized hatchery features (algae counts ~60,000)'),
 'saturated-activation.sigmoid-std-4-grades': ('saturated-activation', 'probe', ['init-scale'], 'sigmoid layer with normal init std 4 on grades'),
 'loss-plateau.xor-sigmoid-sgd': ('loss-plateau', 'training', [], 'xor with 4 sigmoid units, tiny init and plain sgd: stuck at the baseline'),
 'loss-plateau.spirals-one-tanh-unit': ('loss-plateau', 'training', ['init-scale', 'vanishing-gradient'], 'three spirals with init std 0.001 and plain sgd 0.01: loss flat at ln 3'),
 'loss-plateau.circles-small-init-sgd': ('loss-plateau', 'training', ['init-scale', 'vanishing-gradient'], 'circles with two tanh layers at init std 0.001: flat at ln 2'),
 'loss-plateau.grades-sigmoid-weight-decay': ('loss-plateau', 'training', [], 'weight decay 0.5 (meant 5e-4) on grades: the loss stalls at the baseline'),
}
DROP = {
 'invalid-spec.init-glorot': 'over the invalid-spec quota (same kind as the other typos)',
 'invalid-spec.validation-split-one': 'over the invalid-spec quota',
 'data-error.timestamp-feature': 'over the data-error quota (same mechanism as site-name-feature)',
 'shape-mismatch.mortality-two-sigmoids': 'engine accepted 2 sigmoid outputs for a binary bce target and trained to 0.65 of baseline: not a clear fault',
 'loss-activation-mismatch.cce-sigmoid-head': 'loss value meaningless (4.7e-4 at acc 0.775); borderline what it shows',
 'loss-activation-mismatch.relu-head-standard-target': 'trained to 0.58 of baseline: borderline',
 'init-symmetry.constant-relu': 'constant init trained to 0.27 of baseline (healthy 0.19-0.24): borderline',
 'dead-relu.raw-counts-negative-bias': 'dead fraction only 0.25-0.44; the loss blew up instead: unclear code',
 'dead-relu.sgd-big-step-kills': 'showed NaN at epoch 1 (nan-loss), over the nan-loss quota',
 'exploding-gradient.raw-percent-target-rmsprop': 'over the exploding-gradient quota',
 'nan-loss.sgd-raw-vibrio': 'no NaN (exploding instead), mse on a binary target muddles it; over quota',
 'oscillating-loss.sgd-batch1-lines': 'showed NaN at epoch 1, not oscillation; over the nan-loss quota',
 'oscillating-loss.rmsprop-0p03-fullbatch': 'small wiggles but kept falling to 0.59 of baseline: not oscillation',
 'lr-too-low.sgd-fullbatch-hatchery': 'reached 0.65 of baseline: borderline between too low and fine',
 'ok.mortality-logistic': 'healthy candidate at 0.70 of baseline vs 0.50 for the best: may count as underfit',
 'ok.mortality-minmax-fullbatch': 'healthy candidate at 0.69 of baseline vs 0.50 for the best: may count as underfit',
 'ok.depuration-batch1-momentum': 'healthy candidate at 0.65 of baseline vs 0.53 for the best: borderline',
}

def covers(name):
    s = json.load(open(os.path.join(HERE, 'candidates', name + '.nn.json')))
    d = s['data']
    src = d.get('csv', d.get('builtin', 'inline')).replace('../data/', '')
    layers = ', '.join(f"{l['units']} {l.get('activation','linear')}" + (' bn' if l.get('batchNorm') else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in s['layers'])
    o = s['optimizer']
    extra = ''.join(f", {k} {o[k]}" for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if k in o)
    t = s['training']
    return (f"{src} normalize {d.get('normalize','none')}" + (f" target {d['normalizeTarget']}" if 'normalizeTarget' in d else '') +
            f", [{layers}], {s['loss']}, {o['type']} {o['lr']}{extra}, batch {t['batchSize']}, {t['epochs']} epochs" +
            (f", validation {t['validationSplit']}" if t.get('validationSplit') else ''))

for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, d), exist_ok=True)
faults, healthy, dropped = [], [], []
names = sorted(f[:-8] for f in os.listdir(os.path.join(HERE, 'candidates')) if f.endswith('.nn.json'))
for n in names:
    src = os.path.join(HERE, 'candidates', n + '.nn.json')
    if n in DROP:
        shutil.move(src, os.path.join(HERE, 'dropped', n + '.nn.json')); dropped.append(n); continue
    if n in F:
        code, stage, extra, text = F[n]
        new = code + n[n.index('.'):]
        shutil.move(src, os.path.join(HERE, 'faulty', new + '.nn.json'))
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f"{text} (observe: {obs[n]})", 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
        continue
    assert n.startswith('ok.'), n
    cov = covers(n)
    shutil.move(src, os.path.join(HERE, 'healthy', n + '.nn.json'))
    healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f"{cov} (observe: {obs[n]})"})
os.rmdir(os.path.join(HERE, 'candidates'))
about = ('Two hundred and twentieth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
         'Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt); no diagnosis code involved. '
         'Theme: oyster and mussel farms: longlines.csv (480 mussel dropper lines, yield kg/m, skewed chlorophyll, tide range collinear with depth, a no-effect buoy tag digit, line id and seeding-date text columns, raw harvest kg per line), '
         'longlines-gaps.csv (the same with NA, empty and -999 cells), oyster-grades.csv (520 oysters, 4 text grades with a rare Jumbo, collinear length/width), summer-mortality.csv (600 bags, died 0/1 at 27%, raw skewed vibrio counts), '
         'hatchery-export.csv (360 larval tanks, semicolons and decimal commas, survival %), depuration-tab.csv (400 tab-separated depuration batches, pass/fail text), plus builtins and two inline tables. '
         'Data by data/generate.ts (seed 220xxx), specs by author.ts, this manifest by write-manifest.py. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=2)
from collections import Counter
print(len(faults), len(healthy), len(dropped)); print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
