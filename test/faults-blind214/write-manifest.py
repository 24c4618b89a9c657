#!/usr/bin/env python3
"""Verdicts of blind set 214: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, re, shutil
here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^(\S+?)(?:\.nn\.json)?[: ]', line)
    if m: obs[m.group(1)] = line

# candidate -> (code, stage, catches, fault text); code may differ from the name's (re-filed)
F = {
 'vanishing-gradient.eight-sigmoid-layers': ('vanishing-gradient', 'probe', [], 'eight sigmoid hidden layers, plain SGD: first-layer gradient ~1e-5, stuck at the baseline'),
 'vanishing-gradient.deep-sigmoid-small-init': ('vanishing-gradient', 'probe', ['init-scale'], 'five sigmoid layers with std 0.01 init: first-layer gradient ~1e-8'),
 'vanishing-gradient.tanh-tiny-init-tall': ('vanishing-gradient', 'probe', ['init-scale'], 'six tanh layers with std 0.02 init: first-layer gradient ~1e-7'),
 'vanishing-gradient.sigmoid-stack-labor': ('vanishing-gradient', 'probe', ['init-scale'], 'six sigmoid layers with uniform 0.02 init on labor hours: first-layer gradient ~1e-9'),
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch training script; not an optimizer here'),
 'invalid-spec.relu-capitalised': ('invalid-spec', 'static', [], 'activation "ReLU" written with the class-name capitals'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss "binary_crossentropy" (the Keras name) instead of "bce"'),
 'invalid-spec.dropout-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (30) instead of 0.3'),
 'invalid-spec.glorot-init': ('invalid-spec', 'static', [], 'init "glorot_uniform" (the Keras name) instead of "xavier_uniform"'),
 'data-error.last-year-file': ('data-error', 'static', [], 'spec points at tickets-2022.csv, last season\'s export that was never copied into the project'),
 'data-error.brand-text-feature': ('data-error', 'static', [], 'mower brand (text: "John Deere", "Husqvarna") listed as a numeric feature'),
 'data-error.british-labour-column': ('data-error', 'static', [], 'target "labour_hours" spelt the British way; the column is labor_hours'),
 'data-error.gaps-export': ('data-error', 'static', [], 'counter-PC export with NA, empty and "?" cells where the tech skipped a field'),
 'data-error.counter-pc-share': ('data-error', 'static', [], 'CSV path climbs out of the workspace to the shop\'s network share'),
 'shape-mismatch.four-repair-types': ('shape-mismatch', 'static', [], 'softmax head of 4 units for 5 repair types (hydrostatic added this season)'),
 'shape-mismatch.iris-two-outputs': ('shape-mismatch', 'static', [], 'iris demo with a 2-unit softmax head for 3 species'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'two regression targets (fuel flow, vacuum) but a 1-unit output'),
 'shape-mismatch.spirals-three-arms-two-units': ('shape-mismatch', 'static', [], 'three-arm spirals with a 2-unit softmax head'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'idle-ok flag under bce with a linear output (no sigmoid)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce over 5 repair types with a sigmoid head instead of softmax'),
 'loss-activation-mismatch.tanh-head-labor': ('loss-activation-mismatch', 'static', [], 'tanh output for labor hours (0.5-8 h, raw): it cannot pass 1'),
 'loss-activation-mismatch.relu-head-carb-bce': ('loss-activation-mismatch', 'static', [], 'carb-rebuild flag under bce with a relu output unit'),
 'init-symmetry.zeros-hidden-labor': ('init-symmetry', 'static', [], 'hidden tanh layer of 16 and the output initialised to zeros'),
 'init-symmetry.constant-hidden-repair': ('init-symmetry', 'static', [], 'two relu layers of 24 initialised to the constant 0.1'),
 'init-symmetry.zeros-sigmoid-dyno': ('init-symmetry', 'static', [], 'every layer of a sigmoid net initialised to zeros'),
 'init-symmetry.constant-moons': ('init-symmetry', 'static', [], 'tanh layer of 16 initialised to the constant 0.05: all units the same'),
 'init-scale.normal-std-8': ('init-scale', 'static', ['saturated-activation'], 'normal init with std 8 in two relu layers of 32'),
 'init-scale.uniform-limit-25': ('init-scale', 'static', ['saturated-activation'], 'uniform init with limit 25 on a tanh layer'),
 'init-scale.tiny-std-deep': ('init-scale', 'static', ['vanishing-gradient'], 'normal init with std 1e-5 in every layer of a 3-hidden-layer tanh net'),
 'init-scale.normal-std-3-sigmoid': ('init-scale', 'static', ['saturated-activation'], 'normal init with std 3 on a sigmoid hidden layer'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', 'static', [], 'two linear hidden layers on moons'),
 'no-nonlinearity.default-activation-circles': ('no-nonlinearity', 'static', [], 'hidden layers left without an activation (default linear) on circles'),
 'no-nonlinearity.linear-hidden-repair': ('no-nonlinearity', 'static', [], 'repair-type net with linear hidden layers of 32 and 16'),
 'no-nonlinearity.linear-xor': ('no-nonlinearity', 'static', [], 'linear hidden layer on xor'),
 'lr-out-of-range.zero-rate': ('lr-out-of-range', 'static', [], 'lr 0 left from a template'),
 'lr-out-of-range.negative-rate': ('lr-out-of-range', 'static', [], 'lr -0.01 (sign typo)'),
 'lr-out-of-range.rmsprop-lr-percent': ('lr-out-of-range', 'static', ['lr-too-high'], 'RMSprop lr 10 (meant 10e-4)'),
 'lr-out-of-range.adam-lr-30': ('lr-too-high', 'probe', ['lr-out-of-range'], 'Adam lr 30 on the idle-ok flag: the loss starts in the thousands and never gets below the baseline'),
 'dead-relu.negative-bias-init': ('dead-relu', 'probe', [], 'relu layer with bias -6 "to keep activations sparse"'),
 'dead-relu.deep-bias-minus-three': ('dead-relu', 'probe', [], 'two relu layers with bias -3'),
 'dead-relu.dyno-bias-minus-five': ('dead-relu', 'probe', [], 'relu layer with bias -5 on the dyno log'),
 'dead-relu.sgd-spike-raw-hours': ('nan-loss', 'probe', ['exploding-gradient'], 'raw (unnormalised) engine hours and fuel age into a relu net with SGD 0.001, batch 16: NaN in the first epoch'),
 'exploding-gradient.raw-invoice-dollars': ('exploding-gradient', 'probe', [], 'invoice total in raw dollars, raw features, SGD 1e-6: gradient norms up to 1.5e5'),
 'exploding-gradient.invoice-adam-raw-target': ('exploding-gradient', 'probe', [], 'invoice total in raw dollars (no normalizeTarget): gradient norms in the thousands to 3.9e4'),
 'exploding-gradient.deep-large-init': ('nan-loss', 'probe', ['exploding-gradient', 'init-scale'], 'four hidden layers with normal std 1.5: the loss is NaN in the first epoch'),
 'exploding-gradient.raw-rpm-dyno-flow': ('nan-loss', 'probe', ['exploding-gradient'], 'raw rpm (900-3600) and head temperature into an elu net with momentum SGD: NaN in the first epoch'),
 'nan-loss.raw-hours-momentum': ('nan-loss', 'probe', ['exploding-gradient'], 'raw ticket features, SGD 0.05 momentum 0.9'),
 'nan-loss.eu-export-raw-sgd': ('exploding-gradient', 'probe', ['nan-loss'], 'dealer export, raw features, SGD 0.02 batch 8: the first loss is 1e24 and the gradient norm 7e5; the units all die and it sits at 1e10'),
 'nan-loss.raw-invoice-sgd': ('exploding-gradient', 'probe', ['nan-loss'], 'raw invoice features and dollars, SGD 0.01: the first loss is 6e20, output gradient up to 3e9, all relu units die'),
 'lr-too-high.adam-half-repair': ('lr-too-high', 'probe', ['dead-relu'], 'Adam lr 0.5 on the repair-type net: the loss stays near the baseline and the second layer dies'),
 'lr-too-high.nesterov-rate-2-moons': ('lr-too-high', 'probe', ['dead-relu'], 'Nesterov SGD lr 2 on moons: reaches 0.36 then rises back to chance'),
 'lr-too-high.rmsprop-0p3-labor': ('oscillating-loss', 'training', ['lr-too-high'], 'RMSprop lr 0.3 on labor hours: the loss swings between 0.8 and 4.6 every epoch'),
 'lr-too-low.sgd-1e-5-labor': ('lr-too-low', 'probe', [], 'SGD 1e-5 on labor hours'),
 'lr-too-low.adam-1e-6-repair': ('lr-too-low', 'probe', [], 'Adam 1e-6 on repair type'),
 'lr-too-low.rmsprop-1e-6-dyno': ('lr-too-low', 'probe', [], 'RMSprop 1e-6 on the idle-ok flag'),
 'lr-too-low.momentum-1e-6-circles': ('lr-too-low', 'probe', [], 'momentum SGD 1e-6 on circles'),
 'saturated-activation.raw-hours-sigmoid': ('saturated-activation', 'probe', [], 'raw engine hours (20-3000) into a sigmoid layer'),
 'saturated-activation.raw-rpm-tanh': ('saturated-activation', 'probe', [], 'raw rpm into a tanh layer'),
 'saturated-activation.big-init-tanh-labor': ('saturated-activation', 'probe', ['init-scale'], 'tanh layer with normal std 4 init'),
 'saturated-activation.raw-invoice-sigmoid': ('saturated-activation', 'probe', [], 'raw invoice dollars and hours into a sigmoid layer'),
 'loss-plateau.clipnorm-tiny-sgd': ('loss-plateau', 'training', ['lr-too-low'], 'clipNorm 1e-4 (meant 1.0) chokes every step'),
 'loss-plateau.heavy-dropout-repair': ('loss-plateau', 'training', [], 'dropout 0.9 after a 16-unit layer plus weight decay 0.3'),
 'loss-plateau.one-unit-spirals': ('loss-plateau', 'training', ['dead-relu'], 'a single relu hidden unit for spirals'),
 'oscillating-loss.momentum-099-carb': ('oscillating-loss', 'training', ['lr-too-high'], 'SGD lr 0.5 with momentum 0.99: the loss swings from 0.54 to 275'),
 'oscillating-loss.batch-one-sgd-labor': ('nan-loss', 'probe', ['lr-too-high'], 'SGD 0.15 with batch 1 on raw-scale labor hours: NaN in the first epoch'),
}
D = {
 'invalid-spec.momentum-one': 'surplus: the set was over 65 faults, and invalid-spec had 6',
 'data-error.intake-date-feature': 'surplus: the set was over 65 faults, and data-error had 6',
 'nan-loss.rmsprop-raw-dyno': 'surplus nan-loss (7 after re-filings); its name says rmsprop but the spec uses SGD',
 'loss-activation-mismatch.softmax-mse-repair': 'softmax with mse trained to 0.03 of baseline: a mismatch by text only, too borderline to keep',
 'shape-mismatch.carb-flag-two-sigmoids': 'the engine accepted 2 sigmoid outputs for one 0/1 target and trained to 0.77 of baseline: not a clear fault as observed',
 'loss-plateau.weight-decay-one': 'weight decay 1.0 still reached 0.33 of baseline: not far enough above a good run to call a plateau',
 'lr-too-high.sgd-rate-4-carb': 'SGD lr 4 kept falling to 0.80 of baseline: noisy but not clearly too high',
 'oscillating-loss.adam-0p1-full-batch-iris': 'Adam 0.3 full batch settled to 0.01 of baseline: healthy as observed',
 'oscillating-loss.invoice-momentum-095-full-batch': 'swings only in the first 30 epochs, then settles to 0.02: borderline',
 'oscillating-loss.labor-sgd-0p3-batch-8': 'noisy between 0.18 and 0.30 but trains: borderline',
 'oscillating-loss.rmsprop-batch-two-dyno': 'small batch noise, ends at 0.26 of baseline: borderline',
 'oscillating-loss.dyno-adam-0p05-batch-4': 'noisy but trending down: borderline',
 'ok.carb-leaky-wd-clip': 'ends at 0.76 of baseline, too close to a plateau to be a safe healthy spec',
 'ok.carb-logistic-only': 'ends at 0.84 of baseline: may be judged a plateau',
 'ok.carb-rmsprop-batch-8': 'ends at 0.74 of baseline: too close to call',
 'ok.dyno-idle-rmsprop-wd': 'ends at 0.86 of baseline: not clearly healthy',
}
H = {
 'ok.labor-adam-relu': 'tickets.csv labor hours, [16 relu, 8 relu, 1], mse, adam 0.003, batch 32',
 'ok.labor-sgd-momentum-tanh': 'labor hours, [24 tanh, 1], mse, SGD 0.02 momentum 0.9',
 'ok.labor-nesterov-elu-valsplit': 'labor hours, [16 elu, 16 elu, 1], Nesterov 0.01, batch 16, validation 0.2',
 'ok.labor-rmsprop-minmax': 'labor hours minmax, [32 relu, 1], RMSprop 0.003, 200 epochs',
 'ok.labor-batchnorm-deep': 'labor hours, batch norm on two relu layers, adam 0.003',
 'ok.labor-plain-sgd-full-batch': 'labor hours, [12 tanh, 1], plain SGD 0.1, full batch 420, 400 epochs',
 'ok.labor-target-normalised': 'labor hours with normalizeTarget, leaky_relu, adam with weight decay 1e-4',
 'ok.labor-wide-shallow-sgd-batch-4': 'labor hours, [64 relu, 1], SGD 0.005 batch 4',
 'ok.carb-adam-dropout': 'carb_rebuild bce, relu + dropout 0.2, adam, validation 0.15',
 'ok.carb-sgd-momentum-sigmoid-hidden': 'carb_rebuild, sigmoid hidden layer, SGD 0.3 momentum 0.9',
 'ok.repair-type-adam': 'repair_type 5 string classes, [32 relu, 16 relu, 5 softmax], cce, adam',
 'ok.repair-type-nesterov-tanh': 'repair_type, [32 tanh, 5 softmax], Nesterov 0.05 batch 16',
 'ok.repair-type-rmsprop-bn-dropout': 'repair_type, batch norm + dropout, he_uniform, RMSprop, validation 0.2',
 'ok.repair-type-elu-clip': 'repair_type minmax, two elu layers, adam with clipNorm 1',
 'ok.repair-type-deep-narrow-nesterov': 'repair_type, 4 elu layers 16-12-12-8, Nesterov 0.03',
 'ok.invoice-target-normalised': 'invoices.csv (tabs) dollars with normalizeTarget, [32 relu, 16 relu, 1], adam',
 'ok.invoice-linear-regression': 'invoices, a single linear unit, SGD 0.05',
 'ok.invoice-rmsprop-minmax-tanh': 'invoices minmax features and target, tanh, RMSprop batch 16',
 'ok.invoice-nesterov-batch-full': 'invoices, elu, Nesterov 0.05, full batch 360, 400 epochs',
 'ok.invoice-eu-style-no-shuffle': 'invoices, relu, RMSprop, shuffle off',
 'ok.dyno-idle-adam': 'dyno.csv idle_ok bce, two relu layers, adam',
 'ok.dyno-idle-tanh-sgd': 'dyno idle_ok, tanh, SGD 0.1 momentum 0.8, batch 16',
 'ok.dyno-flow-leaky': 'dyno fuel flow with normalizeTarget, leaky_relu, adam',
 'ok.dyno-flow-sigmoid-hidden-minmax': 'dyno fuel flow, minmax features, sigmoid hidden layer, adam 0.01',
 'ok.eu-labor-adam': 'tickets-eu.csv (semicolons, decimal commas) labor hours, relu, adam batch 16',
 'ok.eu-carb-sgd': 'tickets-eu.csv carb_rebuild, tanh, SGD 0.2 momentum 0.9',
 'ok.moons-relu-adam': 'builtin moons, two relu layers, adam',
 'ok.circles-tanh-rmsprop': 'builtin circles, tanh, RMSprop 0.01',
 'ok.spirals-deep-adam': 'builtin spirals, three relu layers of 48, adam, 300 epochs',
 'ok.iris-sgd-batch-1': 'iris, tanh, plain SGD 0.01 batch 1',
 'ok.iris-adam-full-batch': 'iris, relu, adam 0.02 full batch 150',
 'ok.blobs-four-classes': 'builtin blobs 4 classes, relu, momentum SGD',
 'ok.sine-tanh-adam': 'builtin sine regression, two tanh layers, adam',
 'ok.xor-sigmoid-hidden': 'xor with a sigmoid hidden layer, adam 0.03',
 'ok.xor-lecun-elu': 'xor, elu with lecun_normal, xavier_normal head, RMSprop',
 'ok.inline-belt-wear': 'inline table (deck belt hours vs wear mm), normalizeTarget, tanh, adam, full batch',
 'ok.inline-spark-plug-class': 'inline table with string labels ok/replace, softmax 2, momentum SGD batch 4',
 'ok.moons-sgd-plain-tanh': 'moons, tanh, plain SGD 0.5, 300 epochs',
}
cand = os.path.join(here, 'candidates')
names = sorted(f[:-len('.nn.json')] for f in os.listdir(cand))
assert set(names) == set(F) | set(D) | set(H), set(names) ^ (set(F) | set(D) | set(H))
for d in ('faulty', 'healthy', 'dropped'): os.makedirs(os.path.join(here, d), exist_ok=True)
faults, healthy = [], []
for n in names:
    src = os.path.join(cand, n + '.nn.json')
    if n in F:
        code, stage, extra, text = F[n]
        new = code + '.' + n.split('.', 1)[1]
        shutil.move(src, os.path.join(here, 'faulty', new + '.nn.json'))
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[n]})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif n in H:
        shutil.move(src, os.path.join(here, 'healthy', n + '.nn.json'))
        healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{H[n]} (observe: {obs[n]})'})
    else:
        shutil.move(src, os.path.join(here, 'dropped', n + '.nn.json'))
os.rmdir(cand)
about = ('Blind fault set 214 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: riding-mower and small-engine repair shops. Data: tickets.csv (420 repair tickets: id and timestamp text, brand text, hp and deck width collinear, '
         'skewed engine hours and fuel age, a no-effect blade_sharpenings column, labor_hours regression, carb_rebuild 0/1, repair_type 5 string classes with a rare hydrostatic), '
         'tickets-gaps.csv (NA/empty/? markers), tickets-eu.csv (semicolons, decimal commas), invoices.csv (tab-separated, raw dollars), dyno.csv (raw rpm/temperatures, idle_ok and fuel flow), '
         'builtins and two inline tables. Each fault and healthy text ends with its observe.ts --summary line; curves in observed-curves.txt. Dropped candidates are listed in README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy, 'dropped': [{'file': f'dropped/{k}.nn.json', 'reason': v} for k, v in sorted(D.items())]} if False else {'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=2, ensure_ascii=False)
from collections import Counter
print(len(faults), len(healthy), len(D)); print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
