#!/usr/bin/env python3
"""Files the candidates of test/faults-blind165 by what the bare engine showed (observed.txt,
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
    key = line.split(':')[0].split(' ')[0].replace('.nn.json', '')
    observed[key] = line

S, P, T = 'static', 'probe', 'training'

def f(code, stage, catches, text):
    return (code, stage, catches, text)

# candidate -> (code, stage, catches, fault text); the slug is the candidate's own.
FAULTS = {
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'glaze classifier with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.selu-activation': f('invalid-spec', S, ['invalid-spec'], 'firing-hours regression with activation "selu"'),
  'invalid-spec.sparse-cce-loss': f('invalid-spec', S, ['invalid-spec'], 'glaze classifier with the Keras loss name "sparse_categorical_crossentropy"'),
  'invalid-spec.dropout-rate-1': f('invalid-spec', S, ['invalid-spec'], 'cracked classifier with a dropout rate of 1'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'shrinkage regression with batchSize 0'),
  'data-error.na-glaze-mm': f('data-error', S, ['data-error'], 'firing regression reading the kiln-log copy with "NA" glaze_mm cells'),
  'data-error.kiln-id-feature': f('data-error', S, ['data-error'], 'firing regression with the text column kiln_id ("KILN-2") in features'),
  'data-error.test-date-feature': f('data-error', S, ['data-error'], 'shrinkage regression with the test_date text in features (tab-separated file)'),
  'data-error.clay-kg-typo': f('data-error', S, ['data-error'], 'cracked classifier with feature "clay_kg"; the header says clay_g'),
  'data-error.target-price-not-price-usd': f('data-error', S, ['data-error'], 'price regression with target "price"; the header says price_usd'),
  'data-error.sku-feature': f('data-error', S, ['data-error'], 'price regression with the sku text in features (semicolon file)'),
  'shape-mismatch.glaze-four-heads-no-crystalline': f('shape-mismatch', S, ['shape-mismatch'], 'glaze classifier with a 4-unit softmax; the rare crystalline class makes 5'),
  'shape-mismatch.shrink-and-kwh-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'shrinkage and kiln kWh as two targets, one output unit'),
  'shape-mismatch.blobs7-five-heads': f('shape-mismatch', S, ['shape-mismatch'], 'seven kiln clusters with a 5-unit softmax head'),
  'shape-mismatch.spirals-default-two-classes-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'spirals without "classes" (2 by default) under a 3-unit softmax'),
  'loss-activation-mismatch.relu-head-bce-cracked': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'cracked flag with a relu output under bce: 3.72x the prior (healthy 0.72-0.79)'),
  'loss-activation-mismatch.softmax-single-unit-bce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'inline crawl table with a 1-unit softmax under bce: constant output, 9.89x the prior'),
  'loss-activation-mismatch.sigmoid-head-standardized-firing': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized firing hours through a sigmoid output: 0.56 (healthy 0.02-0.03)'),
  'loss-activation-mismatch.relu-head-standardized-kwh': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized kiln kWh through a relu output: 0.53 (healthy 0.02)'),
  'no-nonlinearity.circles-four-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through three linear hidden layers: 1.00'),
  'no-nonlinearity.moons-linear-bn-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through linear batch-normalized layers: 0.48 (healthy 0.00-0.03)'),
  'no-nonlinearity.spirals-linear-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'three spirals through two linear layers: 0.98 (healthy 0.02)'),
  'no-nonlinearity.xor-linear-dropout-sgd': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through a linear layer with dropout: 0.99'),
  'lr-out-of-range.sgd-lr-40-iris': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'iris with plain SGD lr 40: NaN at epoch 2'),
  'lr-out-of-range.momentum-negative-kwh': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'kiln kWh with momentum lr -0.01: the parser refuses it'),
  'lr-out-of-range.rmsprop-lr-15-glaze': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'glaze classifier with rmsprop lr 15: ends 27x the prior'),
  'lr-out-of-range.adam-1e-9-firing': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'firing hours with adam lr 1e-9: loss never moves from 6.03'),
  'init-symmetry.zeros-deep-sigmoid-circles': f('init-symmetry', P, ['init-symmetry'], 'circles through zero-initialised sigmoid layers: 1.00'),
  'init-symmetry.constant-0.3-tanh-glaze': f('init-symmetry', P, ['init-symmetry'], 'glaze classifier with every weight 0.3: identical units, 0.42 (healthy 0.05-0.14)'),
  'init-symmetry.zeros-relu-momentum-spirals': f('init-symmetry', P, ['init-symmetry'], 'spirals through zero-initialised relu layers: 1.01'),
  'init-symmetry.constant-0.5-elu-moons': f('init-symmetry', P, ['init-symmetry'], 'moons with every weight 0.5 in elu layers: 0.53 (healthy 0.00-0.03)'),
  'init-scale.normal-1e-3-five-relu-glaze': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'glaze through five relu layers at std 1e-3: flat at 1.00'),
  'exploding-gradient.he-std-2-eight-relu-kwh': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'kiln kWh through eight relu layers at std 1.2: first 6e10, ends 3.3e7x (refiled from exploding-gradient)'),
  'dead-relu.bias-minus-8-wide-firing': f('dead-relu', P, ['dead-relu'], 'firing hours with one 128-unit relu layer at bias -8: 95% dead, 0.40 (healthy 0.02-0.03)'),
  'dead-relu.bias-minus-4-three-layer-glaze': f('dead-relu', P, ['dead-relu'], 'glaze through three relu layers at bias -4: all dead, 1.00'),
  'dead-relu.adam-0.1-batch-2-price': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'price with adam 0.1 at batch 2: layer-2 relu 100% dead, ends 1.05'),
  'dead-relu.rmsprop-0.1-batch-1-shrink-bias-neg': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'shrinkage with rmsprop 0.1 at batch 1 and bias -1: 75%/94% dead, 0.36 (healthy 0.02-0.09)'),
  'exploding-gradient.raw-shrink-um-adam-0.01': f('exploding-gradient', P, ['exploding-gradient'], 'shrinkage in raw micrometres as target: 0.99 of the baseline 2.8e6'),
  'exploding-gradient.raw-clay-grams-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'cracked on raw clay grams: first loss 2298, ends 1.00 (healthy 0.72-0.79)'),
  'exploding-gradient.raw-price-rmsprop-0.01-full': f('exploding-gradient', P, ['exploding-gradient'], 'raw dollar price target, rmsprop full batch: 1.86x the baseline'),
  'exploding-gradient.raw-peak-c-nesterov-glaze': f('exploding-gradient', P, ['exploding-gradient'], 'glaze on raw peak C and cooling rates: first loss 5107, ends 1.00'),
  'nan-loss.constant-3-relu-four-layers-price': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'four relu layers at constant 3: first 3.6e32, ends 1.9e6x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-std-0.1-cracked': f('vanishing-gradient', P, ['vanishing-gradient'], 'cracked through eight sigmoid layers at std 0.1: 1.00'),
  'vanishing-gradient.six-sigmoid-xavier-sgd-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through six xavier sigmoid layers under plain SGD: 1.01'),
  'vanishing-gradient.seven-tanh-std-0.02-glaze': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'glaze through seven tanh layers at std 0.02: 1.00'),
  'vanishing-gradient.five-sigmoid-momentum-firing': f('vanishing-gradient', P, ['vanishing-gradient'], 'firing hours through five sigmoid layers: 1.01'),
  'vanishing-gradient.eight-sigmoid-rmsprop-moons': f('vanishing-gradient', P, ['vanishing-gradient'], 'moons through eight xavier sigmoid layers: 0.99'),
  'saturated-activation.sigmoid-raw-clay-grams': f('saturated-activation', P, ['saturated-activation'], 'cracked on raw grams through sigmoid: 0.98 (healthy 0.72-0.79)'),
  'saturated-activation.sigmoid-raw-silica-glaze': f('saturated-activation', P, ['saturated-activation'], 'glaze on raw oxide percentages and C through sigmoid: 1.00'),
  'saturated-activation.tanh-raw-peak-kwh': f('saturated-activation', P, ['saturated-activation'], 'kiln kWh on raw peak C through tanh: 1.01'),
  'nan-loss.sgd-2-batch-1-firing': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'firing hours with plain SGD lr 2 at batch 1: NaN at epoch 1'),
  'nan-loss.raw-shrink-um-sgd-0.01': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw micrometre shrinkage target with SGD 0.01: NaN at epoch 1'),
  'nan-loss.raw-grams-target-nesterov': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw kiln load in grams as target with Nesterov 0.001: NaN at epoch 1'),
  'nan-loss.momentum-0.99-lr-1-kwh': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'kiln kWh with momentum 0.99 lr 1: NaN at epoch 1'),
  'init-scale.normal-std-4-elu-firing': f('nan-loss', T, ['nan-loss', 'init-scale'], 'elu layers at std 4: NaN at epoch 1 (refiled from init-scale)'),
  'lr-too-high.sgd-plain-3-batch-16-kwh': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'kiln kWh with plain SGD 3 at batch 16: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.rmsprop-0.1-batch-1-firing': f('lr-too-high', T, ['lr-too-high'], 'firing hours with rmsprop 0.1 at batch 1: 0.22 (healthy 0.02-0.03)'),
  'lr-too-high.adam-0.1-batch-4-glaze': f('lr-too-high', T, ['lr-too-high'], 'glaze with adam 0.1 at batch 4: min 0.53, ends 0.68 of the prior (healthy 0.05-0.14)'),
  'lr-too-high.nesterov-0.8-batch-8-cracked': f('lr-too-high', T, ['lr-too-high'], 'cracked with Nesterov lr 0.8 at batch 8: 4.86x the prior'),
  'lr-too-high.adam-0.05-batch-1-price-elu': f('lr-too-high', T, ['lr-too-high'], 'price with adam 0.05 at batch 1: min 0.89, ends 1.38 (healthy 0.03-0.09)'),
  'lr-too-high.rmsprop-0.08-batch-8-spirals': f('lr-too-high', T, ['lr-too-high'], 'three spirals with rmsprop 0.08 at batch 8: min 0.10, ends 0.60 (healthy 0.02)'),
  'lr-too-low.adam-1e-5-glaze': f('lr-too-low', T, ['lr-too-low'], 'glaze with adam 1e-5: 1.54x the prior, barely moves'),
  'lr-too-low.rmsprop-2e-6-firing': f('lr-too-low', T, ['lr-too-low'], 'firing hours with rmsprop 2e-6: 0.98 to 0.87'),
  'lr-too-low.sgd-plain-1e-4-deep-circles': f('lr-too-low', T, ['lr-too-low'], 'circles, four tanh layers, plain SGD 1e-4: 1.01, never moves'),
  'lr-too-low.nesterov-1e-5-price': f('lr-too-low', T, ['lr-too-low'], 'price with Nesterov 1e-5: 3.9 to 0.75 (healthy 0.03-0.09)'),
  'oscillating-loss.momentum-0.95-full-batch-linear-firing': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear firing model, momentum 0.95 lr 0.08 full batch: swings 0.18-2.66 for 50 epochs, ends 0.12 (the linear floor)'),
  'oscillating-loss.rmsprop-0.3-full-batch-linear-firing': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear firing model, rmsprop 0.3 full batch: reaches 0.12 then swings 0.22-0.46, ends 0.26'),
  'oscillating-loss.momentum-0.9-lr-0.4-full-batch-linear-shrink': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear shrinkage model, momentum 0.9 lr 0.4 full batch: swings 0.07-2.13 for 30 epochs, then settles at 0.02'),
  'loss-plateau.shelf-slot-only-glaze': f('loss-plateau', T, ['loss-plateau'], 'glaze type from the kiln shelf slot only: 1.00'),
  'loss-plateau.piece-serial-only-cracked': f('loss-plateau', T, ['loss-plateau'], 'cracked flag from the piece serial only: 1.00'),
  'loss-plateau.fired-epoch-only-cracked': f('loss-plateau', T, ['loss-plateau'], 'cracked flag from the firing timestamp only: 1.00'),
  'loss-plateau.weight-decay-2-momentum-firing': f('loss-plateau', T, ['loss-plateau'], 'firing hours with momentum SGD weightDecay 2: min 0.97, ends 1.00'),
  'loss-plateau.dropout-0.9-tanh-kwh': f('loss-plateau', T, ['loss-plateau'], 'kiln kWh through two dropout 0.9 layers: 0.99'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.cracked-two-sigmoid-bce': 'two sigmoid outputs under bce trained to 0.78 (as healthy)',
  'loss-activation-mismatch.tanh-head-bce-moons': 'tanh head under bce trained to 0.02',
  'init-scale.normal-std-8-sigmoid-cracked': 'ends 0.74 of the prior, same as healthy',
  'init-scale.uniform-1e-5-six-tanh-kwh': 'trained to 0.06',
  'dead-relu.constant-minus-0.5-init-cracked': 'no dead units; ends 0.91 against healthy 0.72-0.84: unclear',
  'saturated-activation.sigmoid-std-3-deep-glaze': 'trained to 0.13 (healthy 0.05-0.14)',
  'saturated-activation.tanh-bias-7-firing': 'ends 0.08 against 0.02-0.03: too close',
  'lr-too-low.raw-price-rmsprop-0.01-batch-64': 'crawls to 0.15 of the raw baseline: unclear',
  'oscillating-loss.adam-0.1-full-batch-tanh-kwh': 'settles at 0.02',
  'oscillating-loss.momentum-0.9-lr-0.1-full-batch-logistic-cracked': 'one slow swing, settles at 0.84 (healthy level)',
  'oscillating-loss.nesterov-0.95-lr-0.15-batch-500-kwh-tanh': 'one spike to 0.63 at epoch 30, otherwise settles at 0.02',
  'oscillating-loss.nesterov-0.99-batch-200-price-linear': 'noisy 0.25-0.35 around the linear floor: not clearly oscillating',
  'oscillating-loss.rmsprop-0.02-batch-400-linear-kwh': 'settles at 0.02',
  'oscillating-loss.rmsprop-0.05-full-batch-linear-shrink': 'settles at 0.02-0.03',
  'oscillating-loss.sgd-0.95-full-batch-kg-and-g-linear': 'settles at 0.12 (the linear floor)',
  'oscillating-loss.sgd-plain-0.24-full-batch-cone-peak': 'settles at 0.85 at epoch 2 (these features only reach that)',
  'oscillating-loss.sgd-plain-0.55-full-batch-cone-peak': 'settles at 0.85 at epoch 2 (these features only reach that)',
  'ok.cracked-logistic-sgd': 'ends 0.84 of the prior: not clearly healthy',
}
HEALTHY_RENAME = {'lr-too-low.raw-kwh-adam-0.01-crawl': 'kwh-raw-adam-0.01-relu'}

ABOUT = ('Fault set 165 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: pottery and ceramics studios: firing.csv (1,000 kiln firings: firing ids, load timestamps, kiln ids; load kg and the same in grams, '
         'peak C and cone number, glaze mm, shelves, ramp C/h -> firing hours) and firing-na.csv ("NA" glaze_mm), glaze.csv (1,000 test tiles -> '
         'celadon/tenmoku/shino/ash/rare crystalline 46; oxide percentages, peak C, cone, cooling rate, thickness; shelf slot with no effect), '
         'cracks.csv (1,200 pieces -> rare cracked-in-kiln flag 76/1,200; clay grams, wall mm, moisture, ramp, peak C, handles; piece serial and '
         'firing timestamp with no effect), price.csv (900 pieces, semicolon export with decimal commas -> skewed prices 24-3,092 dollars), '
         'shrinkage.csv (800 tab-separated clay-body tests -> shrinkage in micrometres 5,700-16,000 and kiln kWh 54-204), plus builtins iris, moons, '
         'circles, spirals (3), blobs (4, 7), sine, xor and an inline bisque/crawl table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
