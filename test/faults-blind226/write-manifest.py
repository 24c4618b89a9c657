#!/usr/bin/env python3
"""Files the candidates of set blind226 by what the bare engine showed (observed.txt, observed-curves.txt):
moves them into faulty/, healthy/ and dropped/, and writes manifest.json. Run from this folder:
`python3 write-manifest.py`."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

obs = {}
for line in open('observed.txt'):
    line = line.strip()
    m = re.match(r'^([^\s:]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

# candidate -> (code, stage, catches, fault text). A code different from the candidate's prefix is a re-filing.
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer type "adamw" copied from a PyTorch fleece-grading notebook; the format knows sgd, adam, rmsprop'),
 'invalid-spec.softplus-activation': ('invalid-spec', 'static', [], 'hidden activation "softplus" on the fleece-weight regressor, an activation the format does not have'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', 'static', [], 'dropout rate written 50 (percent) instead of 0.5 on the lameness model'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written "categorical_crossentropy" (Keras name) for the fibre-grade classifier instead of "cce"'),
 'invalid-spec.glorot-init': ('invalid-spec', 'static', [], 'init "glorot_uniform" (Keras name) on the cria birth-weight model instead of "xavier_uniform"'),
 'data-error.missing-2024-file': ('data-error', 'static', [], 'spec points at herd_2024.csv, a file the farm never exported (the file is herd.csv)'),
 'data-error.id-column-included': ('data-error', 'static', [], 'no "features" list, so the text columns animal_id, shear_date and species of the shearing sheet are read as features'),
 'data-error.target-typo': ('data-error', 'static', [], 'target "fleece_weight_kg" where the sheet\'s column is fleece_kg'),
 'data-error.na-markers': ('data-error', 'static', [], 'the barn clipboard transcription (herd-gaps.csv) with NA, - and empty readings in weight, micron and staple used as is'),
 'data-error.path-outside-workspace': ('data-error', 'static', [], 'CSV path climbs out of the workspace to a co-op network share'),
 'shape-mismatch.three-grades': ('shape-mismatch', 'static', [], 'fibre grade has four classes (royal, superfine, fine, coarse) but the softmax has 3 units: the rare royal grade was forgotten'),
 'shape-mismatch.fleece-four-units': ('shape-mismatch', 'static', [], 'fleece_kg regression with a 4-unit output layer left over from the grade classifier'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'two regression targets (birth weight and gestation days) but one output unit'),
 'loss-activation-mismatch.softmax-mse': ('loss-activation-mismatch', 'static', [], 'fibre-grade softmax trained with mse instead of cce'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'lameness bce model with a linear output (no sigmoid)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'fibre-grade cce model with 4 sigmoid outputs instead of softmax'),
 'loss-activation-mismatch.sigmoid-head-kg': ('loss-activation-mismatch', 'static', [], 'fleece weight in raw kg (0.4 to 8) predicted through a sigmoid output that cannot exceed 1'),
 'loss-activation-mismatch.relu-head-standardised': ('loss-activation-mismatch', 'static', [], 'standardised cria birth weight (half the targets negative) predicted through a relu output'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', ['dead-relu'], 'hidden relu layer of 16 units initialised to zeros on the lameness model'),
 'init-symmetry.constant-tanh': ('init-symmetry', 'static', [], 'two tanh layers of 12 units initialised to the constant 0.1, so every unit of a layer stays identical'),
 'init-symmetry.zeros-everywhere': ('init-symmetry', 'static', [], 'all layers of the birth-weight model initialised to zeros (24 sigmoid units stay identical)'),
 'init-scale.normal-std-5-tanh': ('init-scale', 'static', ['saturated-activation'], 'tanh layer of 32 units initialised normal with std 5 on standardised features'),
 'init-scale.tiny-std-deep-relu': ('init-scale', 'static', ['vanishing-gradient', 'loss-plateau'], 'three relu layers of 32 initialised normal std 1e-4: the signal and gradients vanish'),
 'init-scale.uniform-limit-10': ('init-scale', 'static', ['saturated-activation'], 'uniform init with limit 10 on the relu layer and the sigmoid output of the lameness model'),
 'init-scale.normal-std-3-elu': ('init-scale', 'static', [], 'two elu layers of 32 initialised normal with std 3 on the cria survival model'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', 'static', [], 'two hidden layers of 32 with no activation (linear default) on moons'),
 'no-nonlinearity.linear-circles': ('no-nonlinearity', 'static', [], 'three hidden layers explicitly linear on circles'),
 'no-nonlinearity.linear-spirals': ('no-nonlinearity', 'static', [], 'two linear hidden layers on three spirals'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam with lr 5 on the grade classifier'),
 'lr-out-of-range.sgd-lr-zero': ('lr-out-of-range', 'static', [], 'sgd lr left at 0 while editing the fleece model'),
 'lr-out-of-range.rmsprop-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-9 on the cria survival model'),
 'lr-out-of-range.sgd-negative': ('lr-out-of-range', 'static', [], 'sgd lr -0.01 on the lameness model'),
 'lr-out-of-range.sgd-lr-50': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 50 on the birth-weight model'),
 'dead-relu.negative-bias': ('dead-relu', 'probe', ['loss-plateau'], 'both relu layers of the fleece model start with bias -6, so almost every unit outputs zero'),
 'dead-relu.sgd-hot-start': ('dead-relu', 'probe', ['lr-too-high', 'exploding-gradient'], 'plain sgd lr 1.5 with batch 8 on two relu layers of 64: the first steps blow up and kill the second layer'),
 'dead-relu.deep-bias-minus3': ('dead-relu', 'probe', ['loss-plateau'], 'three relu layers with bias -3 on the grade classifier'),
 'lr-too-high.adam-0.3': ('dead-relu', 'probe', ['lr-too-high'], 'adam lr 0.3 on two relu layers of 32 (written as lr-too-high; the engine showed the second layer dying and the loss stuck at baseline)'),
 'exploding-gradient.raw-price-sgd': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'sale price in raw dollars (150 to 6000) and raw features (weight in kg, staple in mm) with sgd, no normalisation at all'),
 'exploding-gradient.raw-price-momentum': ('exploding-gradient', 'probe', ['dead-relu', 'lr-too-high'], 'sale price in raw dollars as mse target with no normalizeTarget, momentum sgd'),
 'exploding-gradient.raw-gestation-features': ('exploding-gradient', 'probe', ['dead-relu', 'lr-too-high'], 'raw cria features (gestation about 345 days, dam weight in kg) with normalize none and momentum sgd'),
 'nan-loss.price-raw-sgd-big': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high', 'dead-relu'], 'raw sale price and raw features with plain sgd lr 0.1 (written as nan-loss; the engine showed a first loss of 1e21 and gradients to 7e9, then a dead layer, without NaN)'),
 'vanishing-gradient.deep-sigmoid': ('vanishing-gradient', 'probe', ['loss-plateau'], 'eight sigmoid hidden layers of 16 with plain sgd on the lameness model'),
 'vanishing-gradient.tanh-tiny-std': ('vanishing-gradient', 'probe', ['init-scale', 'loss-plateau'], 'six tanh layers initialised normal std 0.01 on the grade classifier'),
 'vanishing-gradient.ten-sigmoid-narrow': ('vanishing-gradient', 'probe', ['loss-plateau'], 'ten sigmoid layers of 8 on the cria survival model'),
 'nan-loss.cria-raw-lr-1': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw cria features (normalize none) with sgd lr 0.05 on an elu layer'),
 'nan-loss.momentum-raw-features': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw herd features (normalize none) with momentum sgd lr 0.5 on the fleece model'),
 'exploding-gradient.deep-std1': ('nan-loss', 'probe', ['exploding-gradient', 'init-scale'], 'six relu layers of 32 initialised normal std 1 (written as exploding-gradient; the loss was NaN within the first epoch)'),
 'lr-too-high.nesterov-0.8': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'nesterov sgd lr 0.8 momentum 0.9 on the standardised fleece model (written as lr-too-high; NaN within the first epoch)'),
 'lr-too-high.sgd-2': ('lr-too-high', 'probe', ['oscillating-loss'], 'plain sgd lr 8 on the lameness tanh model: the loss bounces between 0.36 and 2.0 for the whole run'),
 'lr-too-high.rmsprop-0.2': ('lr-too-high', 'probe', ['oscillating-loss'], 'rmsprop lr 0.2 on the birth-weight model: the loss bounces between 0.6 and 3.7 and never settles'),
 'oscillating-loss.momentum-0.99-fullbatch': ('lr-too-high', 'probe', ['nan-loss', 'exploding-gradient', 'oscillating-loss'], 'sgd lr 0.3 momentum 0.99 full batch (written as oscillating-loss; after a few swings the loss diverges to 1e42 and NaN at epoch 46)'),
 'oscillating-loss.sgd-0.95-linear': ('lr-too-high', 'probe', ['nan-loss', 'exploding-gradient'], 'plain sgd lr 0.9 full batch on a linear fleece model (written as oscillating-loss; the loss grows about 30x per epoch to infinity)'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', 'probe', [], 'plain sgd lr 1e-5 on the lameness model'),
 'lr-too-low.adam-1e-6': ('lr-too-low', 'probe', [], 'adam lr 1e-6 on the grade classifier'),
 'lr-too-low.rmsprop-1e-6': ('lr-too-low', 'probe', [], 'rmsprop lr 1e-6 on the birth-weight model'),
 'loss-plateau.clipnorm-tiny': ('lr-too-low', 'probe', ['loss-plateau'], 'clipNorm 1e-5 on sgd (a gradient clip copied with the wrong exponent): every step is clipped to almost nothing (written as loss-plateau; the loss barely moves, update ratio 1e-8)'),
 'saturated-activation.sigmoid-raw-kg': ('saturated-activation', 'probe', [], 'sigmoid hidden layer init normal std 1 on raw features (weight in kg, staple in mm), normalize none'),
 'saturated-activation.tanh-big-init': ('saturated-activation', 'probe', ['init-scale'], 'two tanh layers initialised normal std 2.5 on the grade classifier'),
 'saturated-activation.sigmoid-bias-8': ('saturated-activation', 'probe', ['loss-plateau'], 'sigmoid hidden layer with initial bias 8, pinned at 1'),
 'saturated-activation.tanh-raw-gestation': ('saturated-activation', 'probe', [], 'tanh layer on raw cria features (gestation 345 days, dam weight in kg), normalize none'),
 'loss-plateau.heavy-weight-decay': ('loss-plateau', 'training', [], 'adam with weightDecay 2 (meant 2e-4) on the lameness model: the loss settles back to the baseline'),
 'loss-plateau.dropout-0.9': ('loss-plateau', 'training', [], 'dropout 0.9 after each 8-unit layer of the grade classifier'),
 'loss-plateau.sgd-wd-cria': ('loss-plateau', 'training', [], 'momentum sgd with weightDecay 5 on the birth-weight model: the loss hovers at the baseline'),
 'oscillating-loss.rmsprop-fullbatch': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop lr 0.05 with full-batch steps on the birth-weight model: the loss drops then swings in recurring bursts (0.20 to 0.63) and still bounces at the end'),
 'oscillating-loss.rmsprop-0.05-price': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop lr 0.05 full batch on the standardised sale price: recurring bursts (0.21 to 1.04) and a bouncing end'),
}
DROP = {
 'shape-mismatch.bce-two-units': 'the engine accepted 2 sigmoid outputs for a one-column bce target and trained well (last/base 0.39); not a clear fault',
 'no-nonlinearity.linear-hidden-grade': 'the fibre grade is almost linear in micron, so the linear stack reached last/base 0.26 against 0.21 for relu: too close to call',
 'dead-relu.raw-weights-bias': '94% of units dead but the rest learnt the target to last/base 0.32: borderline',
 'lr-too-low.fullbatch-momentum': 'the loss fell steadily from 4.19 to 0.96 in 60 epochs: a slow run, not clearly a rate that barely moves',
 'oscillating-loss.batch1-sgd': 'noisy but mostly settling (0.35 to 0.54), last/base 0.61: borderline',
 'oscillating-loss.momentum-0.95-fullbatch': 'zigzags every epoch but the swings shrink and it reaches last/base 0.17: borderline',
 'oscillating-loss.adam-fullbatch-0.05': 'trained smoothly to last/base 0.18: no oscillation',
 'oscillating-loss.rmsprop-0.02-fullbatch-grade': 'trained smoothly to last/base 0.23: no oscillation',
 'oscillating-loss.rmsprop-0.05-fleece-fullbatch': 'small 4-epoch swings (about 10%) while still improving to last/base 0.11: borderline',
 'oscillating-loss.adam-0.1-cria-fullbatch': 'trained smoothly to last/base 0.11: no oscillation',
 'ok.cria-survival-adam': 'trained (last/base 0.48) but far behind the tanh and rmsprop versions (0.14, 0.30): a healthy spec that may not be training as well as it could',
 'ok.cria-survival-xavier-sigmoid': 'last/base 0.61 with the loss rising from its minimum: not clearly healthy',
}

def describe(spec):
    d = spec['data']
    if 'csv' in d:
        src = f"{os.path.basename(d['csv'])} target {d['target']}" + (f" ({len(d['features'])} features)" if 'features' in d else '')
    elif 'builtin' in d:
        src = f"builtin {d['builtin']}"
    else:
        src = 'inline table'
    src += f", normalize {d.get('normalize', 'none')}" + (f", normalizeTarget {d['normalizeTarget']}" if 'normalizeTarget' in d else '')
    parts = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            parts.append(f"dropout {l['rate']}")
        else:
            s = f"{l['units']} {l.get('activation', 'linear')}"
            init = l.get('init')
            if init: s += f" {init if isinstance(init, str) else init['name']}"
            if l.get('batchNorm'): s += ' bn'
            parts.append(s)
    o = spec['optimizer']; t = spec['training']
    opt = f"{o['type']} {o['lr']}" + (f" momentum {o['momentum']}" if o.get('momentum') else '') + (' nesterov' if o.get('nesterov') else '') + \
        (f" weightDecay {o['weightDecay']}" if o.get('weightDecay') else '') + (f" clipNorm {o['clipNorm']}" if o.get('clipNorm') else '')
    val = f", validationSplit {t['validationSplit']}" if t.get('validationSplit') else ''
    return f"{src}, [{', '.join(parts)}], {spec['loss']}, {opt}, batch {t['batchSize']}, {t['epochs']} epochs{val}"

for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(sub, exist_ok=True)
faults, healthy = [], []
names = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates') if f.endswith('.nn.json'))
for name in names:
    src = os.path.join('candidates', name + '.nn.json')
    line = obs[name]
    if name in DROP:
        shutil.move(src, os.path.join('dropped', name + '.nn.json'))
    elif name in F:
        code, stage, extra, text = F[name]
        new = code + name[name.index('.'):] if not name.startswith(code + '.') else name
        dest = f'faulty/{new}.nn.json'
        shutil.move(src, dest)
        faults.append({'file': dest, 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + extra})
    elif name.startswith('ok.'):
        spec = json.load(open(src))
        dest = f'healthy/{name}.nn.json'
        shutil.move(src, dest)
        healthy.append({'file': dest, 'covers': f'{describe(spec)} (observe: {line})'})
    else:
        raise SystemExit(f'no verdict for {name}')
shutil.rmtree('candidates')

about = ('Fault set blind226 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it '
         '(static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" and "covers" text ends with the line '
         'measured on the bare engine by test/faults/observe.ts --summary (observed.txt); --curve for the lr-too-high, lr-too-low, plateau and '
         'oscillating candidates (observed-curves.txt); no diagnosis code involved. Theme: alpaca and llama farms: herd.csv (420 animals at the spring '
         'shearing: id, date and species text columns, age, weight, fibre micron, staple length, feed collinear with weight, pasture area with no effect, '
         'vet visits; targets fleece_kg, fibre grade in 4 string classes with a rare "royal", lameness 0/1, sale price in raw dollars), herd-export.csv '
         '(semicolons and decimal commas), herd-tabs.csv (tab-separated vet copy), herd-gaps.csv (NA, - and empty readings), cria.csv (300 births: '
         'birth weight and 30-day survival), plus builtins and two inline tables. Data by data/generate.ts, specs by author.ts, this manifest by write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=2)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(os.listdir('dropped')), 'dropped')
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
