#!/usr/bin/env python3
"""Verdicts of fault set blind191 from observed.txt: moves candidates into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, re, shutil
here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    m = re.match(r'\s*([^: ]+?)(?:\.nn\.json)?[: ]', line)
    if m: obs[m.group(1)] = line.strip()
S, P, T = 'static', 'probe', 'training'
# name -> (code, stage, catches, fault text); code may differ from the name's (re-filed)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer "adamw" copied from a PyTorch recipe'),
 'invalid-spec.swish-activation': ('invalid-spec', S, [], 'activation "swish", which the engine does not have'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'loss written with the Keras name "binary_crossentropy"'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', S, [], 'dropout rate written as a percent (20) instead of 0.2'),
 'invalid-spec.validation-split-one': ('invalid-spec', S, [], 'validationSplit 1.0 holds out every graded lot'),
 'data-error.hive-file-singular': ('data-error', S, [], 'path hive.csv instead of hives.csv'),
 'data-error.target-survival': ('data-error', S, [], 'target "survival" while the column is "survived"'),
 'data-error.gaps-file-na': ('data-error', S, [], 'the field export with NA, n/a and empty readings used as is'),
 'data-error.hive-id-feature': ('data-error', S, [], 'text hive id (H-1000) listed as a feature'),
 'data-error.path-outside-workspace': ('data-error', S, [], 'absolute-ish path to the honey-house server share, outside the workspace'),
 'shape-mismatch.three-floral-units': ('shape-mismatch', S, [], '3 softmax units for 4 floral sources (manuka forgotten)'),
 'shape-mismatch.five-floral-units': ('shape-mismatch', S, [], '5 softmax units for 4 floral sources'),
 'shape-mismatch.two-outputs-honey': ('shape-mismatch', S, [], '2 linear outputs for the single honey_kg target'),
 'loss-activation-mismatch.softmax-mse-floral': ('loss-activation-mismatch', S, [], 'softmax head trained with mse on the floral classes'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'bce on a linear output for winter survival'),
 'loss-activation-mismatch.relu-head-std-target': ('loss-activation-mismatch', S, [], 'relu head on a standardised honey_kg target (half the targets negative)'),
 'loss-activation-mismatch.tanh-head-raw-kg': ('loss-activation-mismatch', S, [], 'tanh head (range -1..1) on raw honey_kg (3-400 kg)'),
 'init-symmetry.zeros-hidden-relu': ('init-symmetry', S, [], 'zeros init on a 16-unit tanh layer and the head'),
 'init-symmetry.constant-tanh-grading': ('init-symmetry', S, [], 'constant 0.1 init on a 20-unit tanh layer: every unit the same'),
 'init-symmetry.zeros-two-layers-extraction': ('init-symmetry', S, [], 'zeros init on two elu layers and the head'),
 'init-symmetry.constant-sigmoid-hidden': ('init-symmetry', S, [], 'constant 0.3 init on a 12-unit sigmoid layer'),
 'init-scale.normal-std-8': ('init-scale', S, ['saturated-activation'], 'normal init std 8 on tanh layers (saturates them)'),
 'init-scale.uniform-tiny-deep': ('init-scale', S, ['vanishing-gradient'], 'uniform init limit 1e-4 on four tanh layers: signal dies'),
 'init-scale.normal-std-20-relu': ('init-scale', S, ['nan-loss', 'exploding-gradient'], 'normal init std 20 on relu layers'),
 'init-scale.normal-std-1e-5-sigmoid': ('init-scale', S, ['vanishing-gradient'], 'normal init std 1e-5 on three sigmoid layers'),
 'no-nonlinearity.linear-stack-grading': ('no-nonlinearity', S, [], 'three linear hidden layers before the softmax'),
 'no-nonlinearity.linear-stack-circles': ('no-nonlinearity', S, [], 'linear hidden layers on circles (needs a curved boundary)'),
 'no-nonlinearity.linear-hidden-hives': ('no-nonlinearity', S, [], 'two linear hidden layers (activation omitted, default linear)'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', S, [], 'three linear hidden layers on moons'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', S, ['lr-too-high'], 'adam lr 5'),
 'lr-out-of-range.sgd-lr-80': ('lr-out-of-range', S, ['lr-too-high'], 'sgd lr 80'),
 'lr-out-of-range.rmsprop-lr-1e-9': ('lr-out-of-range', S, ['lr-too-low'], 'rmsprop lr 1e-9'),
 'lr-out-of-range.adam-lr-1e-8': ('lr-out-of-range', S, ['lr-too-low'], 'adam lr 1e-8'),
 'dead-relu.bias-minus-6': ('dead-relu', P, [], 'relu layers with bias -6: almost all units dead from the start'),
 'dead-relu.grading-bias-minus-4-deep': ('dead-relu', P, [], 'three relu layers with bias -4'),
 'dead-relu.adam-lr-0.3-relu': ('dead-relu', P, ['lr-too-high'], 'adam lr 0.3 kills the second relu layer'),
 'dead-relu.raw-extraction-sgd-high': ('nan-loss', P, ['exploding-gradient'], 'raw extraction features (rpm ~300) with sgd 0.05: loss is NaN in the first epoch'),
 'exploding-gradient.raw-features-rmsprop': ('exploding-gradient', P, [], 'raw features and raw kg target: gradient norms up to 1e5'),
 'exploding-gradient.raw-viscosity-linear-head': ('exploding-gradient', P, [], 'raw features and target through three leaky_relu layers: gradient norms up to 3e4'),
 'exploding-gradient.raw-kg-sgd-momentum': ('nan-loss', P, ['exploding-gradient'], 'raw features and raw kg target with sgd momentum: NaN in the first epoch'),
 'nan-loss.raw-kg-sgd-lr-0.1': ('exploding-gradient', P, ['nan-loss', 'lr-too-high'], 'raw kg target with sgd 0.1: first epoch loss 3.8e18, no NaN'),
 'nan-loss.hives-raw-sgd-5': ('exploding-gradient', P, ['lr-too-high'], 'raw hive features (altitude ~400) with sgd 0.5: first epoch loss 1e24, no NaN'),
 'nan-loss.raw-kg-adam-big': ('nan-loss', P, ['init-scale', 'exploding-gradient'], 'raw kg target, normal std 3 init, sgd momentum: NaN at once'),
 'nan-loss.tab-export-raw-sgd': ('nan-loss', P, ['exploding-gradient'], 'tab export read raw with Nesterov sgd 0.02: NaN at once'),
 'vanishing-gradient.sigmoid-8-deep': ('vanishing-gradient', P, [], 'eight sigmoid layers with plain sgd'),
 'vanishing-gradient.sigmoid-10-deep-grading': ('vanishing-gradient', P, [], 'ten sigmoid layers on the grading lots'),
 'vanishing-gradient.tanh-small-init-deep': ('vanishing-gradient', P, ['init-scale'], 'seven tanh layers with normal std 0.02'),
 'vanishing-gradient.sigmoid-6-rmsprop': ('vanishing-gradient', P, [], 'seven sigmoid layers, rmsprop 1e-4'),
 'lr-too-high.adam-0.5-hives': ('lr-too-high', P, [], 'adam lr 0.5'),
 'lr-too-high.nesterov-1.5-hives': ('lr-too-high', P, [], 'Nesterov sgd lr 1.5: loss rises from 0.53 to 1.46'),
 'lr-too-high.rmsprop-0.2-extraction': ('lr-too-high', P, [], 'rmsprop lr 0.2'),
 'oscillating-loss.sgd-momentum-0.99-batch-1': ('lr-too-high', P, ['oscillating-loss'], 'sgd momentum 0.99 with batch 1: loss far above baseline and rising'),
 'lr-too-low.sgd-1e-5-hives': ('lr-too-low', T, [], 'sgd lr 1e-5'),
 'lr-too-low.adam-2e-6-grading': ('lr-too-low', T, [], 'adam lr 2e-6'),
 'lr-too-low.rmsprop-5e-7-extraction': ('lr-too-low', T, [], 'rmsprop lr 5e-7'),
 'lr-too-low.momentum-1e-5-moons': ('lr-too-low', T, [], 'sgd momentum lr 1e-5'),
 'saturated-activation.raw-grading-sigmoid': ('saturated-activation', P, [], 'raw grading features (viscosity ~150) into sigmoid units'),
 'saturated-activation.tanh-bias-8': ('saturated-activation', P, [], 'tanh layers with bias 8'),
 'saturated-activation.raw-hives-tanh': ('saturated-activation', P, [], 'raw hive features (altitude, weight in lb) into tanh units'),
 'loss-plateau.xor-sigmoid-plain-sgd': ('loss-plateau', T, ['lr-too-low'], 'xor, 4 sigmoid units, plain sgd 0.01: stuck at chance'),
 'loss-plateau.circles-tanh-tiny-lr': ('loss-plateau', T, ['lr-too-low'], 'circles, sigmoid layers, full-batch sgd 0.02: stuck at chance'),
 'loss-plateau.spirals-sgd-slow': ('loss-plateau', T, ['lr-too-low'], 'spirals, sigmoid layer, full-batch sgd 0.01: stuck at chance'),
 'loss-plateau.grading-minmax-sigmoid-full-batch': ('loss-plateau', T, ['lr-too-low'], 'grading, sigmoid layers, full-batch sgd 0.05: stuck at the prior'),
 'oscillating-loss.adam-0.05-batch-4': ('oscillating-loss', T, ['lr-too-high'], 'adam 0.05 with batch 4: loss swings 0.17-0.47 to the end'),
 'oscillating-loss.rmsprop-0.05-extraction-batch-8': ('oscillating-loss', T, ['lr-too-high'], 'rmsprop 0.05 batch 8: loss jitters 0.023-0.031 for 70 epochs, 5x above what the same data reaches'),
}
DROP = {
 'invalid-spec.units-zero': 'kept the set at 65 faults; invalid-spec already has five',
 'data-error.date-feature': 'kept the set at 65 faults; data-error already has five',
 'shape-mismatch.two-sigmoid-survival': 'the engine trained it (last/base 0.63): not an unmistakable fault',
 'loss-activation-mismatch.cce-sigmoid-head': 'loss near 0 with acc 0.64: unclear what a user sees; trimmed',
 'exploding-gradient.deep-normal-std-1': 'gradients stayed below 10 and it trained to 0.86 of base: neither clearly exploding nor healthy',
 'lr-too-high.sgd-3-grading': 'trained well (last/base 0.04): not a fault',
 'lr-too-high.adam-0.1-iris': 'min 0.037 last 0.11: borderline',
 'saturated-activation.raw-extraction-sigmoid': 'saturated first layer yet trained to 0.03 of base: borderline',
 'oscillating-loss.sgd-0.9-sine-full-batch': 'went NaN at epoch 18; nan-loss already has four',
 'ok.hives-logistic-plain-sgd': 'ended at 0.71 of base: borderline healthy',
 'ok.hives-batch-1-sgd': 'ended at 0.66 of base in 40 epochs: borderline healthy',
}
cand = os.path.join(here, 'candidates')
for d in ('faulty', 'healthy', 'dropped'): os.makedirs(os.path.join(here, d), exist_ok=True)
faults, healthy = [], []
for fn in sorted(os.listdir(cand)):
    name = fn[:-len('.nn.json')]
    line = obs[name]
    if name in DROP:
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'dropped', fn)); continue
    if name.startswith('ok.'):
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'healthy', fn))
        spec = json.load(open(os.path.join(here, 'healthy', fn)))
        src = spec['data'].get('csv') or spec['data'].get('builtin') or 'inline'
        layers = ', '.join(f"{l['units']} {l['activation']}" if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
        o = spec['optimizer']
        healthy.append({'file': f'healthy/{fn}', 'covers': f"{os.path.basename(src)} {spec['data'].get('normalize', 'none')}, [{layers}], {spec['loss']}, {o['type']} {o['lr']}, batch {spec['training']['batchSize']}, {spec['training']['epochs']} epochs (observe: {line})"})
        continue
    code, stage, extra, text = F[name]
    new = fn if fn.startswith(code + '.') else code + '.' + fn.split('.', 1)[1]
    shutil.move(os.path.join(cand, fn), os.path.join(here, 'faulty', new))
    faults.append({'file': f'faulty/{new}', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
os.rmdir(cand)
about = ('Fault set blind191 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: beekeepers and honey houses: hives.csv (420 autumn inspections, survived the winter 0/1, skewed varroa counts, weight in kg and a collinear lb column, a no-effect lid colour, id and date text), '
         'hives-gaps.csv (the same with NA, n/a and empty cells), extraction.csv and extraction-tab.csv (360 extraction batches, honey_kg in raw kg), grading.csv and grading-eu.csv (390 lab-graded lots, 4 floral sources with manuka rare, semicolon and decimal-comma export), plus builtins and two inline tables. '
         '"stage" is the writer\'s expectation; "catches" the codes whose advice would fix it. Every fault text and healthy covers ends with its bare-engine observe.ts --summary line (observed.txt); --curve in observed-curves.txt.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(os.listdir(os.path.join(here, 'dropped'))), 'dropped')
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
