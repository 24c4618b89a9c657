#!/usr/bin/env python3
"""Files the candidates of set blind253 by what the bare engine showed (observed.txt, observed-curves.txt),
moves them into faulty/, healthy/, dropped/ and writes manifest.json. Run from this folder."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(HERE, 'candidates')
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.-]+?)(?:\.nn\.json)?(?::| does not parse)', line)
    if m and not line.startswith('npm'):
        obs[m.group(1)] = line

# candidate -> (code, stage, catches, fault text); code differing from the name's prefix = re-filed
F = {
 'invalid-spec.relu-camelcase': ('invalid-spec', 'static', [], 'activation written "ReLu" on the hidden layer of the membership-renewal model'),
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch notebook for the attendance forecast'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss "categorical_crossentropy" (Keras name) for the exhibit-zone classifier'),
 'invalid-spec.dropout-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (30) in the sold-out model'),
 'invalid-spec.validation-split-one': ('invalid-spec', 'static', [], 'validationSplit 1 on the observatory-nights model: nothing left to train on'),
 'data-error.na-markers-in-temperature': ('data-error', 'static', [], 'box-office export with NA, empty and "-" markers in temp_c, rain_mm and presold'),
 'data-error.target-typo': ('data-error', 'static', [], 'target "attendence" misspelt; the column is "attendance"'),
 'data-error.session-id-as-feature': ('data-error', 'static', [], 'the text session_id column (S10000...) listed among the features'),
 'data-error.last-years-export-missing': ('data-error', 'static', [], 'spec points at members-2023.csv, an export that was never saved in the workspace'),
 'data-error.path-outside-workspace': ('data-error', 'static', [], 'CSV path into the box-office server folder outside the workspace'),
 'shape-mismatch.three-zones-not-four': ('shape-mismatch', 'static', [], '3 softmax units for 4 exhibit zones (the rare "observatory" zone forgotten)'),
 'shape-mismatch.attendance-three-outputs': ('shape-mismatch', 'static', [], 'attendance regression with a 3-unit output layer left from a multi-output draft'),
 'shape-mismatch.zones-single-unit': ('shape-mismatch', 'static', [], 'a single softmax unit for the 4-zone classifier'),
 'shape-mismatch.nights-two-targets-one-unit': ('shape-mismatch', 'static', [], 'two target columns (telescope_visitors, bookings) but one output unit'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce on a linear output unit (no sigmoid) for renewal'),
 'loss-activation-mismatch.mse-softmax-attendance': ('loss-activation-mismatch', 'static', [], 'softmax on a single regression output: always predicts 1'),
 'loss-activation-mismatch.relu-head-standardised-kwh': ('loss-activation-mismatch', 'static', [], 'relu output for a standardised kWh target that is negative for half the hours'),
 'loss-activation-mismatch.sigmoid-head-standardised-visitors': ('loss-activation-mismatch', 'static', [], 'sigmoid output for a standardised visitor count that spans about -2..2'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'hidden tanh layer of 16 units initialised to zeros'),
 'init-symmetry.constant-relu-layers': ('init-symmetry', 'static', [], 'two relu layers initialised to the constant 0.1: every unit the same, the net acts one unit wide (ends 5x above the healthy attendance specs)'),
 'init-symmetry.zeros-both-layers-sigmoid': ('init-symmetry', 'static', [], 'all three layers of the zone classifier initialised to zeros'),
 'init-scale.normal-std-ten': ('init-scale', 'static', ['exploding-gradient', 'saturated-activation'], 'normal init with std 10 in both hidden relu layers'),
 'init-scale.uniform-limit-thirty-tanh': ('init-scale', 'static', ['saturated-activation'], 'uniform init with limit 30 on a tanh layer: units pinned at +-1'),
 'init-scale.tiny-std-deep-tanh': ('init-scale', 'static', ['vanishing-gradient'], 'normal init std 1e-4 in a 3-layer tanh tower: signal and gradients vanish'),
 'init-scale.normal-std-five-energy': ('init-scale', 'static', ['nan-loss', 'exploding-gradient'], 'normal init std 5 on every layer of the energy model'),
 'exploding-gradient.deep-wide-init': ('init-scale', 'static', ['exploding-gradient'], 're-filed: normal init std 1.5 on four 32-unit relu layers; first loss 327'),
 'no-nonlinearity.linear-stack-zones': ('no-nonlinearity', 'static', [], 'two 32-unit hidden layers with no activation in the zone classifier'),
 'no-nonlinearity.linear-hidden-moons': ('no-nonlinearity', 'static', [], 'hidden layers left linear on the two-moons demo for the science show'),
 'no-nonlinearity.forgot-activation-circles': ('no-nonlinearity', 'static', [], 'he_normal init set but activation forgotten: circles stays at chance'),
 'no-nonlinearity.three-linear-members': ('no-nonlinearity', 'static', [], 'three linear hidden layers before the sigmoid renewal head'),
 'lr-out-of-range.adam-lr-five': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 5'),
 'lr-out-of-range.sgd-lr-hundred': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 100 on the attendance model'),
 'lr-out-of-range.rmsprop-lr-three': ('lr-out-of-range', 'static', ['lr-too-high'], 'rmsprop lr 3 on the zone classifier'),
 'lr-out-of-range.sgd-percent-typo': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 50 (meant 0.5%) with momentum 0.9'),
 'dead-relu.negative-bias-five': ('dead-relu', 'probe', [], 'relu layers with initial bias -5: all units dead from the start'),
 'dead-relu.bias-minus-three-deep': ('dead-relu', 'probe', [], 'three relu layers with bias -3 in the zone classifier'),
 'dead-relu.constant-negative-init': ('dead-relu', 'probe', [], 'small uniform weights and bias -2 on the relu layer of the nights model'),
 'exploding-gradient.raw-kwh-target': ('exploding-gradient', 'probe', ['dead-relu'], 'normalizeTarget "none" on raw kWh (~500): last-layer gradients over 1000, then the relu layer dies'),
 'exploding-gradient.raw-box-office-features': ('exploding-gradient', 'probe', ['dead-relu'], 'raw features (web_visits in the thousands) and raw attendance with sgd'),
 'nan-loss.raw-kwh-sgd': ('exploding-gradient', 'probe', ['dead-relu', 'nan-loss'], 're-filed: raw kWh features and target with sgd 0.01; first loss 1e15, gradients to 3.6e6, relu layer dead'),
 'vanishing-gradient.ten-sigmoid-layers': ('vanishing-gradient', 'probe', [], 'ten sigmoid hidden layers in the renewal model'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'probe', ['init-scale'], 'eight tanh layers with normal std 0.05 init'),
 'vanishing-gradient.sigmoid-tower-attendance': ('vanishing-gradient', 'probe', [], 'eight sigmoid layers with plain sgd for attendance'),
 'vanishing-gradient.deep-sigmoid-small-uniform': ('vanishing-gradient', 'probe', ['init-scale'], 'seven sigmoid layers with uniform 0.1 init on the nights model'),
 'nan-loss.raw-nights-full-batch': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw nights features and target, full batch sgd 0.05'),
 'nan-loss.raw-spend-rmsprop-linear': ('nan-loss', 'probe', ['exploding-gradient', 'init-scale'], 'raw energy data with std-2 init and nesterov momentum'),
 'nan-loss.raw-web-visits-momentum': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw box-office features and target with momentum sgd 0.01'),
 'dead-relu.sgd-spike-kills': ('nan-loss', 'probe', ['lr-too-high'], 're-filed: sgd 0.8 on standardised attendance; NaN in the first epoch'),
 'lr-too-high.nesterov-one-energy': ('nan-loss', 'probe', ['lr-too-high'], 're-filed: nesterov sgd 0.6 momentum 0.9 on the energy model; loss 6.6e22 then NaN'),
 'oscillating-loss.sgd-full-batch-edge': ('nan-loss', 'training', ['lr-too-high'], 're-filed: full-batch sgd 0.99 on a linear energy model; loss grows x7 per epoch to infinity at epoch 91'),
 'lr-too-high.sgd-two-members': ('lr-too-high', 'probe', ['oscillating-loss'], 'sgd 2.5 momentum 0.9 on the renewal model: loss rises above the baseline'),
 'lr-too-high.adam-half-attendance': ('lr-too-high', 'probe', ['dead-relu'], 'adam 0.5: first epoch loss 199, second layer dies, stuck at baseline'),
 'oscillating-loss.momentum-099': ('lr-too-high', 'probe', ['oscillating-loss'], 're-filed: sgd 0.05 with momentum 0.99 diverges steadily to 4e8'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', 'probe', [], 'sgd 1e-5 on the renewal model'),
 'lr-too-low.adam-1e-6-zones': ('lr-too-low', 'probe', [], 'adam 1e-6 on the zone classifier'),
 'lr-too-low.rmsprop-1e-6-attendance': ('lr-too-low', 'probe', [], 'rmsprop 1e-6 on attendance'),
 'lr-too-low.sgd-full-batch-1e-4': ('lr-too-low', 'probe', [], 'full-batch sgd 1e-4 for 100 epochs on energy'),
 'saturated-activation.sigmoid-raw-box-office': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on unnormalised box-office features'),
 'saturated-activation.tanh-raw-energy': ('saturated-activation', 'probe', [], 'tanh hidden layer on unnormalised energy features (sat 0.87; ends 4x above the healthy energy specs)'),
 'saturated-activation.sigmoid-bias-eight': ('saturated-activation', 'probe', [], 'sigmoid layer with initial bias 8: every unit at 1'),
 'loss-plateau.weight-decay-huge': ('loss-plateau', 'training', [], 'adam with weightDecay 1 (meant 1e-4): stalls at the baseline'),
 'loss-plateau.xor-tiny-init-sgd': ('loss-plateau', 'training', ['init-scale'], 'xor demo with std-0.01 sigmoid init and plain sgd: stuck at 0.693'),
 'loss-plateau.weight-decay-zones-sgd': ('loss-plateau', 'training', [], 'sgd momentum with weightDecay 2 on the zone classifier'),
 'lr-too-high.adam-point-two-nights': ('oscillating-loss', 'training', ['lr-too-high'], 're-filed: adam 0.2 batch 16 on nights swings between 0.10 and 0.76 and never settles'),
 'lr-too-high.rmsprop-point-three-zones': ('oscillating-loss', 'training', ['lr-too-high'], 're-filed: rmsprop 0.3 on zones swings between 0.19 and 0.68 to the end'),
}
D = {
 'data-error.timestamp-feature': 'a duplicate of session-id-as-feature (a text column as a feature); dropped to keep the set within 65 faults',
 'exploding-gradient.raw-nights-sgd': 'NaN at epoch 1 (would be re-filed nan-loss), a duplicate of nan-loss.raw-nights-full-batch; dropped to keep the set within 65 faults',
 'loss-activation-mismatch.cce-sigmoid-head': 'cce on sigmoid outputs reached a loss of 1.7e-4 with accuracy 0.69: the measured loss is meaningless, borderline',
 'shape-mismatch.two-sigmoid-units-bce': 'the engine trained 2 sigmoid units under bce to 0.64 of the baseline; not an unmistakable fault',
 'init-symmetry.constant-tanh-nights': 'trained to 0.08 of the baseline despite the constant init: looks healthy',
 'init-scale.uniform-limit-thirty-tanh-x': '',
 'saturated-activation.tanh-std-four': 'sat 0.73 but ended at 0.10 of the baseline, close to healthy (0.08): borderline',
 'loss-plateau.dropout-ninety': 'dropout 0.95 gave a first loss of 213 and an erratic run, not a plateau: unclear fault',
 'oscillating-loss.adam-batch-one': 'noisy but still falling (last/base 0.71): borderline',
 'oscillating-loss.rmsprop-batch-two': 'settled at about 0.11 of the baseline: no oscillation',
 'ok.members-logistic-sgd': 'last/base 0.73: not far enough below the baseline to be surely healthy',
 'ok.members-minmax-elu-clip': 'last/base 0.72: not far enough below the baseline to be surely healthy',
 'ok.members-batch-one-sgd': 'last/base 0.69 after 40 epochs: borderline',
 'ok.zones-softmax-regression': 'a linear softmax at 0.22 of the baseline while the hidden-layer specs reach 0.08: may count as underfitting',
}
D.pop('init-scale.uniform-limit-thirty-tanh-x')

def move(name, folder, newname=None):
    os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    dst = os.path.join(folder, (newname or name) + '.nn.json')
    shutil.move(os.path.join(C, name + '.nn.json'), os.path.join(HERE, dst))
    return dst

def describe(spec):
    dt = spec['data']
    src = dt.get('csv', '').split('/')[-1] or ('builtin ' + dt['builtin'] if 'builtin' in dt else 'inline table')
    layers = ', '.join(f"{l['units']} {l.get('activation','linear')}" + (' bn' if l.get('batchNorm') else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
    o = spec['optimizer']; t = spec['training']
    extra = ''.join(f", {k} {o[k]}" for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if k in o)
    vs = f", validationSplit {t['validationSplit']}" if 'validationSplit' in t else ''
    return f"{src} normalize {dt.get('normalize','none')}, [{layers}], {spec['loss']}, {o['type']} {o['lr']}{extra}, batch {t['batchSize']}, {t['epochs']} epochs{vs}"

faults, healthy = [], []
names = sorted(f[:-len('.nn.json')] for f in os.listdir(C))
for n in names:
    if n in D:
        move(n, 'dropped'); continue
    if n.startswith('ok.'):
        spec = json.load(open(os.path.join(C, n + '.nn.json')))
        healthy.append({'file': move(n, 'healthy'), 'covers': f"{describe(spec)} (observe: {obs[n]})"})
        continue
    code, stage, extra, text = F[n]
    new = n if n.startswith(code + '.') else code + '.' + n.split('.', 1)[1]
    faults.append({'file': move(n, 'faulty', new), 'code': code, 'fault': f"{text} (observe: {obs[n]})", 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
assert not os.listdir(C), os.listdir(C)
os.rmdir(C)
about = ('Blind fault set 253 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: planetariums and science centres: shows.csv (420 dome sessions, attendance regression and a rare sold_out class), shows-gaps.csv (the same with NA/empty/- markers), '
         'members.csv (480 members, renewal 0/1, skewed distance and spend, collinear visits/gate scans, a shoe_size feature with no effect), exhibits.csv (440 visitor groups, 4 zone classes, rare "observatory"), '
         'observatory-nights.csv (semicolon and decimal-comma export, telescope visitors), dome-energy.tsv (tab-separated hourly kWh in raw units), plus builtins and two inline tables. '
         '"stage" is the writer\'s expectation of the earliest stage that could catch a fault; "catches" the codes whose advice would genuinely fix it. Each fault and covers text ends with its observe.ts --summary line (observed.txt); --curve in observed-curves.txt.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=2)
from collections import Counter
print(len(faults), len(healthy), len(D)); print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
