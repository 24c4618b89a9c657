#!/usr/bin/env python3
"""Files the candidates of test/faults-blind136 by what the bare engine showed (observed.txt,
observed-curves.txt) and writes manifest.json. Run from the set's folder after author.ts and
observe.ts: `python3 write-manifest.py`."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

observed = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    if not line:
        continue
    key = line.split(':')[0].split(' ')[0].replace('.nn.json', '').replace('candidates/', '')
    observed[key] = line.replace('candidates/', '')[:400]

S, P, T = 'static', 'probe', 'training'
def f(code, stage, catches, text):
    return (code, stage, catches, text)

FAULTS = {
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'overrun regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'flavour classifier with activation "gelu"'),
  'invalid-spec.sparse-categorical-loss': f('invalid-spec', S, ['invalid-spec'], 'flavour classifier with the Keras loss name sparse_categorical_crossentropy'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'sales regression with batchSize 0'),
  'invalid-spec.units-as-string': f('invalid-spec', S, ['invalid-spec'], 'cones regression with units "1" as a string'),
  'invalid-spec.normalize-zscore': f('invalid-spec', S, ['invalid-spec'], 'defect classifier with normalize "zscore"'),
  'init-symmetry.uniform-limit-0-tanh-sgd-iris': f('invalid-spec', S, ['invalid-spec', 'init-symmetry'], 'iris with uniform init limit 0 (meant as all-equal weights): the parser refuses it (refiled from init-symmetry)'),
  'data-error.na-butterfat': f('data-error', S, ['data-error'], 'overrun regression on the copy with "NA" butterfat cells'),
  'data-error.line-id-feature': f('data-error', S, ['data-error'], 'overrun regression with the text column line_id ("L4") in features'),
  'data-error.shift-ts-feature': f('data-error', S, ['data-error'], 'overrun regression with the shift timestamp text in features'),
  'data-error.kiosk-id-feature-tab': f('data-error', S, ['data-error'], 'cones regression (tab-separated file) with kiosk_id text in features'),
  'data-error.sales-target-typo': f('data-error', S, ['data-error'], 'sales regression with target "sales_dollars"; the header says sales_usd'),
  'data-error.parlour-id-feature': f('data-error', S, ['data-error'], 'sales regression (semicolon file) with parlour_id text in features'),
  'data-error.csv-outside-workspace': f('data-error', S, ['data-error'], 'defect classifier pointing at a CSV outside the workspace'),
  'shape-mismatch.flavour-four-heads-no-pistachio': f('shape-mismatch', S, ['shape-mismatch'], 'flavour classifier with 4 softmax units; rare pistachio makes 5'),
  'shape-mismatch.usd-and-cents-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'sales in dollars and cents as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four blobs with a 3-unit softmax'),
  'shape-mismatch.sine-two-outputs': f('shape-mismatch', S, ['shape-mismatch'], 'sine regression with 2 output units for 1 target'),
  'loss-activation-mismatch.tanh-head-bce-defect': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'defect flag with a tanh output under bce: 1.88x the prior (healthy 0.67-0.71)'),
  'loss-activation-mismatch.relu-head-standardized-overrun': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized overrun through a relu output: 0.54 (healthy 0.04-0.06)'),
  'loss-activation-mismatch.softmax-single-unit-soldout': f('loss-activation-mismatch', S, ['loss-activation-mismatch', 'shape-mismatch'], 'inline sold-out table with a 1-unit softmax under bce: constant 11.6x the prior'),
  'loss-activation-mismatch.sigmoid-head-standardized-cones': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized cones through a sigmoid output: 0.49 (healthy 0.04-0.08)'),
  'no-nonlinearity.circles-two-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 1.00 (healthy 0.00)'),
  'no-nonlinearity.spirals-linear-dropout-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through linear layers with dropout: 0.95'),
  'no-nonlinearity.xor-linear-batch-1-sgd': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear hidden layer at batch 1: 1.00'),
  'no-nonlinearity.moons-four-linear-nesterov-full': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through four linear layers, full batch: 0.43 (healthy 0.00-0.12)'),
  'lr-out-of-range.adam-lr-3-flavour': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'flavour with adam lr 3: first 25, ends 0.47 (healthy 0.00-0.01)'),
  'lr-out-of-range.nesterov-1e-8-overrun': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'overrun with nesterov lr 1e-8: stuck at 1.70'),
  'lr-out-of-range.rmsprop-lr-25-cones': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'cones with rmsprop lr 25: first 1.2e9, ends 158x'),
  'lr-out-of-range.sgd-negative-sales': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'sales with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-rmsprop-overrun': f('init-symmetry', P, ['init-symmetry'], 'overrun with zero-initialised relu layers: 1.00, all dead'),
  'init-symmetry.zeros-tanh-momentum-moons': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised tanh layers: 1.00'),
  'init-symmetry.constant-0.5-sigmoid-adam-flavour': f('init-symmetry', P, ['init-symmetry'], 'flavour with constant-0.5 sigmoid and softmax layers: 0.38 (healthy 0.00-0.01)'),
  'init-symmetry.constant-0.2-elu-nesterov-cones': f('init-symmetry', P, ['init-symmetry'], 'cones with constant-0.2 elu layer (all units equal): 0.12 (healthy 0.04-0.08)'),
  'init-scale.normal-std-10-sigmoid-flavour': f('init-scale', P, ['init-scale', 'saturated-activation'], 'flavour with std-10 sigmoid layer: first 36, ends 0.53, 89% saturated'),
  'init-scale.uniform-4-elu-cones': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'cones with uniform-4 elu layers: first 1.9e8, ends 1.3e6x'),
  'init-scale.normal-1e-5-four-relu-sales': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'sales with std 1e-5 relu layers: flat 1.00'),
  'init-scale.constant-negligible-tanh-defect': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'defect with five tanh layers at uniform 0.001: flat 1.00, gradients ~1e-12'),
  'nan-loss.constant-1.5-relu-sales': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'sales with constant-1.5 relu layers: first 3.9e19, ends 1.00, no NaN (refiled from nan-loss)'),
  'dead-relu.bias-minus-8-two-layer-overrun': f('dead-relu', P, ['dead-relu'], 'overrun with two relu layers at bias -8: all dead, 1.00'),
  'dead-relu.bias-minus-4-flavour-nesterov': f('dead-relu', P, ['dead-relu'], 'flavour with relu layers at bias -4: layer 2 all dead, 1.00'),
  'dead-relu.bias-minus-6-deep-xor': f('dead-relu', P, ['dead-relu'], 'xor through four relu layers at bias -6: all dead, 1.00'),
  'dead-relu.adam-0.5-batch-4-cones': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'cones with adam 0.5 at batch 4: layer-2 relu 100% dead, ends 1.05'),
  'exploding-gradient.fifteen-relu-std-0.5-cones': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'cones through fifteen relu layers at std 0.5: first 1.5e8, ends 4.7e5x'),
  'exploding-gradient.raw-nut-mg-features-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'flavour on raw nut mg/kg and colour values: first 49, ends 0.55 (healthy 0.00-0.01)'),
  'exploding-gradient.raw-sales-cents-target': f('exploding-gradient', P, ['exploding-gradient'], 'sales in raw cents as target: 2.49x the baseline 1.8e9'),
  'exploding-gradient.raw-storage-seconds-defect': f('exploding-gradient', P, ['exploding-gradient'], 'defect on raw storage seconds: first 1495, ends 2324x'),
  'oscillating-loss.momentum-0.9-lr-0.9-minmax-linear-overrun': f('exploding-gradient', T, ['exploding-gradient', 'lr-too-high'], 'linear overrun model, momentum 0.9 lr 0.9 full batch: grows to 1.7e62 with no NaN (refiled from oscillating-loss)'),
  'vanishing-gradient.eight-sigmoid-nesterov-overrun': f('vanishing-gradient', P, ['vanishing-gradient'], 'overrun through eight sigmoid layers: 1.01, first-layer gradient ~1e-5'),
  'vanishing-gradient.seven-sigmoid-lecun-cones-batch-8': f('vanishing-gradient', P, ['vanishing-gradient'], 'cones through seven lecun sigmoid layers: 1.02'),
  'vanishing-gradient.twelve-sigmoid-sgd-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through twelve sigmoid layers: 1.00, first-layer gradient ~1e-9'),
  'nan-loss.raw-cents-target-sgd': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'sales in raw cents under SGD: NaN at epoch 1'),
  'nan-loss.nesterov-lr-2-deep-relu-cones': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'cones with nesterov lr 2: NaN at epoch 1'),
  'nan-loss.raw-storage-seconds-sgd-regression': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'overrun from raw storage seconds: NaN at epoch 1'),
  'init-scale.normal-std-4-relu-overrun-sgd': f('nan-loss', P, ['nan-loss', 'init-scale'], 'overrun with std-4 relu layers: NaN at epoch 1 (refiled from init-scale)'),
  'dead-relu.sgd-plain-2-batch-2-sales': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'sales with plain SGD 2 at batch 2: NaN at epoch 1 (refiled from dead-relu)'),
  'lr-too-high.momentum-0.5-batch-16-sales': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'sales with momentum lr 0.5: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.sgd-plain-0.9-batch-4-cones': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'cones with plain SGD 0.9 at batch 4: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.sgd-plain-1.6-batch-256-linear-sales': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear sales model, SGD 1.6 at batch 256: grows, NaN at epoch 18 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-0.95-minmax-feature-linear-cones': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear cones model on minmax features, SGD 0.95 full batch: NaN at epoch 80 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-bias-8-defect': f('saturated-activation', P, ['saturated-activation'], 'defect with sigmoid layers at bias 8: 100% saturated, 1.00'),
  'saturated-activation.sigmoid-raw-rpm-overrun': f('saturated-activation', P, ['saturated-activation'], 'overrun on raw rpm/temperatures through sigmoid: 97% saturated, 0.30 (healthy 0.04-0.06)'),
  'saturated-activation.tanh-normal-std-3-sales': f('saturated-activation', P, ['saturated-activation', 'init-scale'], 'sales with std-3 tanh layer: 70-80% saturated, 0.16 (healthy 0.03-0.05)'),
  'saturated-activation.tanh-raw-colour-flavour': f('saturated-activation', P, ['saturated-activation'], 'flavour on raw colour and nut values through tanh: 95% saturated, 0.06 (healthy 0.00-0.01)'),
  'saturated-activation.tanh-raw-fahrenheit-cones': f('saturated-activation', P, ['saturated-activation'], 'cones on raw Fahrenheit and humidity through tanh: 100% saturated, 1.08'),
  'lr-too-high.adam-0.1-batch-1-iris': f('lr-too-high', T, ['lr-too-high'], 'iris with adam 0.1 at batch 1: swings 0.13-0.99, ends 0.35 (healthy 0.05-0.06)'),
  'lr-too-high.nesterov-0.8-batch-8-defect': f('lr-too-high', T, ['lr-too-high'], 'defect with nesterov 0.8 at batch 8: ends 3.44x the prior'),
  'lr-too-high.rmsprop-0.05-batch-2-overrun': f('lr-too-high', T, ['lr-too-high'], 'overrun with rmsprop 0.05 at batch 2: stalls 0.18-0.19 (healthy 0.04-0.06)'),
  'nan-loss.rmsprop-2-tanh-batch-1-overrun': f('lr-too-high', T, ['lr-too-high', 'saturated-activation'], 'overrun with rmsprop 2 at batch 1: 1022x, tanh 100% saturated, no NaN (refiled from nan-loss)'),
  'lr-too-high.adam-0.15-batch-16-flavour': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'flavour with adam 0.15 at batch 16: swings 0.01 -> 0.57 -> 3.19 -> 0.25 (refiled from lr-too-high)'),
  'oscillating-loss.momentum-0.99-lr-0.02-batch-200-tanh-overrun': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'overrun with momentum 0.99 at batch 200: swings 0.32-0.91 early, still 0.07-0.09 late (healthy 0.04-0.06)'),
  'lr-too-low.adam-2e-6-flavour': f('lr-too-low', T, ['lr-too-low'], 'flavour with adam 2e-6: 2.30 -> 2.22'),
  'lr-too-low.sgd-plain-1e-5-overrun': f('lr-too-low', T, ['lr-too-low'], 'overrun with SGD 1e-5: 1.70 -> 1.46'),
  'lr-too-low.rmsprop-1e-6-cones-batch-16': f('lr-too-low', T, ['lr-too-low'], 'cones with rmsprop 1e-6: 3.33 -> 3.20'),
  'lr-too-low.momentum-5e-6-full-batch-circles': f('lr-too-low', T, ['lr-too-low'], 'circles with momentum 5e-6 full batch: 0.731 -> 0.729'),
  'lr-too-low.nesterov-1e-5-sales': f('lr-too-low', T, ['lr-too-low'], 'sales with nesterov 1e-5: still falling at 0.40 (healthy 0.03-0.05)'),
  'loss-plateau.tub-serial-only-flavour': f('loss-plateau', T, ['loss-plateau'], 'flavour from the tub serial only: 1.00'),
  'loss-plateau.pallet-serial-only-defect': f('loss-plateau', T, ['loss-plateau'], 'defect from the pallet serial only: 1.00'),
  'loss-plateau.mix-temp-only-overrun': f('loss-plateau', T, ['loss-plateau'], 'overrun from mix temperature only (no effect): 1.00'),
  'loss-plateau.weight-decay-5-nesterov-cones': f('loss-plateau', T, ['loss-plateau'], 'cones with weightDecay 5: 1.00'),
  'loss-plateau.clipnorm-1e-7-adam-sales': f('loss-plateau', T, ['loss-plateau'], 'sales with clipNorm 1e-7 (SGD despite the slug): frozen at 1.97'),
}
DROPPED = {
  'shape-mismatch.defect-two-softmax-bce': 'two sigmoid outputs on one flag train to 0.70 like the healthy ones: not clearly a fault',
  'loss-activation-mismatch.flavour-softmax-mse': 'softmax under mse trains to acc 0.97: not clearly a fault',
  'exploding-gradient.raw-overrun-target-nesterov': 'raw overrun target trains to 0.05 of the baseline',
  'vanishing-gradient.ten-tanh-std-0.02-flavour': 'gradients do not vanish (up to 15); ends 0.15',
  'lr-too-high.rmsprop-0.2-spirals-batch-32': 'recovers to 0.05',
  'loss-plateau.dropout-0.95-flavour': 'ends 0.71: dropout, no code fits',
  'oscillating-loss.adam-0.05-batch-400-elu-sine': 'settles at 0.06',
  'oscillating-loss.adam-0.3-full-batch-logistic-defect': 'settles at 0.71 like the healthy defect specs',
  'oscillating-loss.momentum-0.95-lr-1.5-softmax-regression-flavour': 'trains to 0.00',
  'oscillating-loss.nesterov-0.95-lr-0.3-full-batch-linear-overrun': 'settles at 0.05',
  'oscillating-loss.rmsprop-0.05-batch-128-relu-cones': 'small swings 0.05-0.065 only, ends 0.05',
  'oscillating-loss.sgd-plain-0.9-minmax-feature-linear-cones': 'diverges (NaN at 85): duplicate of the 0.95 one',
  'oscillating-loss.sgd-plain-1.35-batch-256-linear-sales': 'diverges (NaN at 21): duplicate of the 1.6 one',
}
TRIMMED = set()
HEALTHY_RENAME = {}

ABOUT = ('Fault set 136 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low, plateau and defect healthy candidates (observed-curves.txt). '
         'Theme: ice-cream and frozen-dessert makers: freezer.csv (1,000 continuous-freezer batches: batch ids, shift timestamps, line ids; mix and '
         'freezer temperature, dasher rpm, air flow, butterfat -> overrun %) and freezer-na.csv ("NA" butterfat), flavour.csv (1,000 tubs -> '
         'vanilla/chocolate/strawberry/mint/rare pistachio 54; sugar, cocoa, colour, nut mg/kg, butterfat; tub serial with no effect), defect.csv '
         '(1,200 pallets -> rare ice-crystal defect 127/1,200; storage in days and seconds; pallet serial with no effect), sales.csv (900 parlour '
         'days, semicolon export with decimal commas -> skewed takings in dollars and cents), cones.csv (800 tab-separated kiosk hours -> cones sold; '
         'Fahrenheit, humidity, queue), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline waffle-cone sold-out table. '
         'Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

def covers(spec):
    d = spec['data']
    if 'csv' in d:
        src = f"{os.path.basename(d['csv'])} -> {d['target']}"
    elif 'builtin' in d:
        src = f"builtin {d['builtin']}"
    else:
        src = 'inline table'
    norm = d.get('normalize', 'none') + (f"/target {d['normalizeTarget']}" if d.get('normalizeTarget') else '')
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
        else:
            s = f"{l['units']} {l.get('activation', 'linear')}"
            if l.get('batchNorm'):
                s += ' bn'
            if isinstance(l.get('init'), str):
                s += f" {l['init']}"
            layers.append(s)
    o = spec['optimizer']
    opt = o['type'] + (f" momentum {o['momentum']}" if o.get('momentum') else '') + (' nesterov' if o.get('nesterov') else '') + f" {o['lr']}"
    for k in ('weightDecay', 'clipNorm'):
        if o.get(k):
            opt += f" {k} {o[k]}"
    t = spec['training']
    tr = f"batch {t.get('batchSize', 32)}, {t.get('epochs', 100)} epochs" + (f", validationSplit {t['validationSplit']}" if t.get('validationSplit') else '')
    return f"{src}, {norm}, [{', '.join(layers)}], {spec['loss']}, {opt}, {tr}"


def main():
    names = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy = [], []
    seen = set()
    for name in names:
        src = os.path.join(CAND, name + '.nn.json')
        obs = observed[name]
        if name in TRIMMED:
            continue
        if name in FAULTS:
            code, stage, catches, text = FAULTS[name]; slug = name.split('.', 1)[1]
            file = f'faulty/{code}.{slug}.nn.json'
            faults.append({'file': file, 'code': code, 'fault': f'{text} (observe: {obs})', 'stage': stage, 'catches': catches})
        elif name in DROPPED:
            file = f'dropped/{name}.nn.json'
        elif name.startswith('ok.') or name in HEALTHY_RENAME:
            slug = HEALTHY_RENAME.get(name, name[3:])
            file = f'healthy/{slug}.nn.json'
            spec = json.load(open(src))
            healthy.append({'file': file, 'covers': f'{covers(spec)} (observe: {obs})'})
        else:
            raise SystemExit(f'no verdict for {name}')
        assert file not in seen, file
        seen.add(file)
        shutil.copy(src, os.path.join(HERE, file))
    faults.sort(key=lambda e: e['file'])
    healthy.sort(key=lambda e: e['file'])
    manifest = {'about': ABOUT, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    counts, stages = {}, {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
        stages[e['stage']] = stages.get(e['stage'], 0) + 1
    print(len(faults), 'faulty', len(healthy), 'healthy', len(os.listdir(os.path.join(HERE, 'dropped'))), 'dropped')
    print(json.dumps(dict(sorted(counts.items()))), json.dumps(stages))


main()
