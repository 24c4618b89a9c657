#!/usr/bin/env python3
"""Files the candidates of test/faults-blind119 by what the bare engine showed (observed.txt,
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
  'invalid-spec.mean-squared-error-loss': f('invalid-spec', S, ['invalid-spec'], 'loss "mean_squared_error" (Keras name)'),
  'invalid-spec.sgd-momentum-over-1': f('invalid-spec', S, ['invalid-spec'], 'momentum 1.5'),
  'invalid-spec.units-as-string': f('invalid-spec', S, ['invalid-spec'], 'units "5" as a string'),
  'invalid-spec.batchnorm-as-layer': f('invalid-spec', S, ['invalid-spec'], 'a Keras-style "batchnorm" layer'),
  'data-error.na-humidity': f('data-error', S, ['data-error'], '"NA" humidity_pct cells'),
  'data-error.truck-id-feature': f('data-error', S, ['data-error'], 'text truck_id as a feature'),
  'data-error.dock-timestamp-feature': f('data-error', S, ['data-error'], 'dock timestamp text as a feature'),
  'data-error.feature-typo-degree-sign': f('data-error', S, ['data-error'], 'feature "room_temp_\u00b0c" not in the header'),
  'shape-mismatch.products-four-heads': f('shape-mismatch', S, ['shape-mismatch'], '4-unit softmax for 5 product categories'),
  'shape-mismatch.spoilage-usd-and-k-one-output': f('shape-mismatch', S, ['shape-mismatch'], '1 output for 2 target columns'),
  'shape-mismatch.blobs3-two-softmax': f('shape-mismatch', S, ['shape-mismatch'], '2-unit softmax for 3 blobs'),
  'loss-activation-mismatch.sigmoid-head-raw-kw-target-sgd': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'sigmoid output on a raw kW target (9-34): 16.45x'),
  'loss-activation-mismatch.linear-heads-cce-products': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], '5 linear heads under cce (no softmax): loss 1e-7 while accuracy 0.53'),
  'loss-activation-mismatch.softmax-head-bce-circles': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], '1-unit softmax under bce: constant, 11.6x the prior'),
  'no-nonlinearity.moons-linear-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'linear hidden layers: 0.38 (relu 0.00)'),
  'no-nonlinearity.xor-linear-dropout-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'linear hidden layers with dropout: 1.00'),
  'no-nonlinearity.spirals2-linear-sgd': f('no-nonlinearity', S, ['no-nonlinearity'], 'explicit linear hidden layers: 0.91 (relu 0.02)'),
  'lr-out-of-range.adam-5-docks': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'adam lr 5: first loss 1.1e4, ends 1.01x'),
  'lr-out-of-range.momentum-1e-9-products': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'momentum sgd lr 1e-9: never moves'),
  'lr-out-of-range.rmsprop-50-excursion': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'rmsprop lr 50: ends 409x the prior'),
  'init-symmetry.zeros-tanh-momentum-docks': f('init-symmetry', P, ['init-symmetry'], 'zero-initialised tanh layer and head: flat at 1.00'),
  'init-symmetry.constant-0.2-relu-adam-products': f('init-symmetry', P, ['init-symmetry'], 'constant 0.2 relu layers: 0.40 (healthy 0.09-0.15)'),
  'init-symmetry.zeros-elu-rmsprop-spirals': f('init-symmetry', P, ['init-symmetry'], 'zero-initialised elu layers: flat at 1.00'),
  'init-symmetry.constant-1-sigmoid-sgd-excursion': f('init-symmetry', P, ['init-symmetry'], 'constant 1 sigmoid layer and head: 0.94 (healthy 0.30-0.37)'),
  'init-scale.normal-std-8-elu-docks': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'normal std 8 elu layers: first 8.5e4, ends 57x'),
  'init-scale.uniform-1e-4-six-tanh-rooms': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six tanh layers at uniform(-1e-4, 1e-4): flat at 1.01'),
  'init-scale.normal-std-20-relu-iris': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'normal std 20 relu + head: first 2177, ends 3.58x the prior'),
  'nan-loss.normal-std-50-eight-leaky-spoilage': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'eight leaky layers at normal std 50: 4e35, no NaN (refiled from nan-loss)'),
  'dead-relu.bias-minus-4-deep-spoilage': f('dead-relu', P, ['dead-relu'], 'relu bias -4 in two layers: 78% of the second dead, 0.97'),
  'dead-relu.minmax-negative-uniform-init-rooms': f('dead-relu', P, ['dead-relu', 'init-symmetry'], 'minmax (positive) inputs into constant -0.5 relu weights: all dead, 1.00'),
  'dead-relu.rmsprop-0.1-relu-products': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'rmsprop 0.1: 59% of the second relu layer dead, 0.21 (healthy 0.09-0.15)'),
  'lr-too-high.adam-0.05-batch-2-rooms': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'adam 0.05 batch 2: 94% of the relu layer dead, 0.10 (healthy 0.03-0.06) (refiled from lr-too-high)'),
  'exploding-gradient.raw-spoilage-usd-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'raw spoilage dollars as target: loss 6e6 first, 2.7e6 last (1.08x)'),
  'exploding-gradient.raw-cargo-value-feature-sgd': f('exploding-gradient', P, ['exploding-gradient'], 'raw cargo value USD feature: first 4.6e21, ends 3.6e11x'),
  'exploding-gradient.raw-door-seconds-leaky-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'raw door seconds / pallet counts into wide leaky layers: first 597, ends 12x'),
  'oscillating-loss.nesterov-0.95-lr-0.1-full-batch-docks': f('exploding-gradient', T, ['exploding-gradient', 'lr-too-high'], 'nesterov 0.95 full batch: settles at 0.054, then blows up in the last 10 epochs to 1.94, last 0.99 (refiled from oscillating-loss)'),
  'vanishing-gradient.eight-sigmoid-momentum-products': f('vanishing-gradient', P, ['vanishing-gradient'], 'deep sigmoid tower: 1.01 (healthy 0.09-0.15)'),
  'vanishing-gradient.nine-sigmoid-sgd-docks': f('vanishing-gradient', P, ['vanishing-gradient'], 'deep sigmoid tower: 1.01'),
  'vanishing-gradient.ten-sigmoid-adam-moons': f('vanishing-gradient', P, ['vanishing-gradient'], 'deep sigmoid tower: 0.53 (healthy 0.00-0.01)'),
  'nan-loss.raw-cargo-value-linear-sgd-batch-1': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'raw cargo value USD, linear layers, sgd 1e-3 batch 1: NaN at epoch 1'),
  'dead-relu.sgd-plain-1-relu-docks': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'plain sgd 1 batch 16: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.raw-compressor-watts-target-nesterov': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'raw compressor watts target under nesterov 1e-4: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.sgd-plain-0.8-batch-4-spoilage': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'plain sgd 0.8 batch 4: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.sgd-plain-0.9-full-batch-linear-rooms-unscaled-f': f('nan-loss', T, ['nan-loss', 'lr-too-high', 'exploding-gradient'], 'linear model on minmax C and F twins, plain sgd 0.9 full batch: grows every epoch, NaN at epoch 91 (refiled from oscillating-loss)'),
  'saturated-activation.raw-cargo-usd-tanh-spoilage': f('saturated-activation', P, ['saturated-activation'], 'raw cargo USD into tanh: all saturated, 1.12'),
  'saturated-activation.sigmoid-bias-10-rooms': f('saturated-activation', P, ['saturated-activation'], 'sigmoid bias 10: all saturated, 1.98'),
  'saturated-activation.raw-door-seconds-tanh': f('saturated-activation', P, ['saturated-activation'], 'raw door seconds into tanh: 92% saturated, 0.78 (healthy 0.30-0.37)'),
  'saturated-activation.tanh-normal-std-4-docks': f('saturated-activation', P, ['saturated-activation', 'init-scale'], 'tanh at normal std 4: 75% saturated, 0.27 (healthy 0.05-0.07)'),
  'lr-too-high.sgd-plain-0.5-batch-1-iris': f('lr-too-high', T, ['lr-too-high'], 'plain sgd 0.5 batch 1: swings 0.07-0.48, ends 0.35 (healthy 0.03-0.05)'),
  'lr-too-high.rmsprop-0.08-batch-16-products': f('lr-too-high', T, ['lr-too-high'], 'rmsprop 0.08: 0.20-0.27, ends 0.24 (healthy 0.09-0.15)'),
  'lr-too-high.adam-0.1-batch-4-docks': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'adam 0.1 batch 4: 0.12-0.19, ends 0.17, 97% relu dead (healthy 0.05-0.07)'),
  'lr-too-high.rmsprop-0.05-batch-8-rooms': f('lr-too-high', T, ['lr-too-high'], 'rmsprop 0.05 batch 8: stuck 0.13-0.14 (healthy 0.03-0.06)'),
  'nan-loss.adam-3-raw-features-rooms': f('lr-too-high', P, ['lr-too-high', 'lr-out-of-range'], 'adam 3 on raw features: first 1e8, ends 1.05, no NaN (refiled from nan-loss)'),
  'lr-too-low.sgd-plain-1e-4-products': f('lr-too-low', T, ['lr-too-low'], 'barely moves: 1.00'),
  'lr-too-low.adam-3e-6-docks': f('lr-too-low', T, ['lr-too-low'], 'barely moves: 6.84x'),
  'lr-too-low.nesterov-1e-5-spirals': f('lr-too-low', T, ['lr-too-low'], 'barely moves: 1.02'),
  'lr-too-low.rmsprop-1e-6-full-batch-rooms': f('lr-too-low', T, ['lr-too-low'], 'barely moves: 2.16x'),
  'oscillating-loss.rmsprop-0.02-batch-256-elu-spoilage': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'rmsprop 0.02 batch 256: swings 0.14-0.22 through the second half (16 rises over 10%), last 0.15'),
  'oscillating-loss.rmsprop-0.05-batch-100-relu-spoilage-k': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'rmsprop 0.05 batch 100: swings 0.13-0.20 (22 rises over 10%), 66% relu dead'),
  'oscillating-loss.rmsprop-0.05-batch-128-relu-docks': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'rmsprop 0.05 batch 128: swings 0.055-0.096 (25 rises over 10%), 84% relu dead'),
  'oscillating-loss.rmsprop-0.03-batch-200-elu-rooms': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'rmsprop 0.03 batch 200: swings 0.059-0.110 (21 rises over 10%)'),
  'oscillating-loss.momentum-0.95-lr-0.1-batch-64-spoilage': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'momentum 0.95 lr 0.1 batch 64: swings 0.13-0.25 (16 rises over 10%), ends 0.25'),
  'loss-plateau.weight-decay-2-rmsprop-docks': f('loss-plateau', T, ['loss-plateau'], 'weightDecay 2: reaches 0.37 then climbs back to 0.97'),
  'loss-plateau.dropout-0.85-products': f('loss-plateau', T, ['loss-plateau'], 'two dropout 0.85 layers: 0.64 (healthy 0.09-0.15)'),
  'loss-plateau.clipnorm-1e-5-sgd-rooms': f('loss-plateau', T, ['loss-plateau', 'lr-too-low'], 'clipNorm 1e-5: stuck at 3.75x'),
  'loss-plateau.weight-decay-1-nesterov-moons': f('loss-plateau', T, ['loss-plateau'], 'weightDecay 1: flat at 1.00'),
}

# Trimmed after observation to stay near 65 faulty and 40 healthy (surplus of a code): not filed anywhere.
TRIMMED = {
  'invalid-spec.zero-batch-size', 'data-error.target-typo-compressor-kwh', 'data-error.supplier-code-feature',
  'shape-mismatch.iris-one-sigmoid-cce', 'loss-activation-mismatch.relu-head-bce-excursion',
  'no-nonlinearity.circles-linear-bn-rmsprop', 'lr-out-of-range.adam-2e-8-spoilage',
  'dead-relu.bias-minus-3-momentum-circles', 'dead-relu.bias-minus-5-leaky-free-products',
  'nan-loss.momentum-0.99-lr-1-docks', 'nan-loss.sgd-plain-0.5-raw-watts-target', 'lr-too-high.nesterov-0.15-batch-16-spoilage',
  'saturated-activation.raw-fahrenheit-ambient-sigmoid-rooms', 'loss-plateau.one-hidden-unit-spirals',
  'ok.docks-relu-adam', 'ok.products-relu-adam', 'ok.moons-relu-adam', 'ok.docks-sigmoid-adam', 'ok.excursion-minmax-leaky-adam',
}

DROPPED = {
  'oscillating-loss.adam-0.05-batch-512-sigmoid-docks': 'settled, 0.05 (healthy)',
  'oscillating-loss.adam-0.08-full-batch-linear-softmax-products': 'settled smoothly, 0.13',
  'oscillating-loss.momentum-0.9-lr-0.5-full-batch-iris': 'settled, 0.03',
  'oscillating-loss.momentum-0.99-lr-0.02-batch-128-rooms': 'noisy early, settled at 0.05',
  'oscillating-loss.nesterov-0.9-lr-0.2-batch-256-excursion': 'settled, 0.29 (healthy range)',
  'oscillating-loss.nesterov-0.98-lr-0.05-batch-64-sine': 'swings 0.003-0.03 but all below 0.07 of the baseline: unclear',
  'oscillating-loss.adam-0.1-batch-256-tanh-products': '0.11-0.18, 7 rises: near healthy 0.09-0.15',
  'lr-too-high.momentum-0.3-products': 'ended 0.10, healthy',
  'lr-too-high.nesterov-0.3-batch-8-excursion': '0.50 vs healthy 0.30-0.37: mild',
  'lr-too-high.adam-0.15-batch-1-inline': 'trained to 0.00 but meant as a fault; not reused as healthy',
  'init-scale.uniform-6-sigmoid-products': '0.17 vs healthy 0.09-0.15',
  'init-symmetry.constant-0.05-elu-nesterov-spoilage': '0.25 vs healthy 0.14-0.16: mild',
  'saturated-activation.raw-pallet-kg-sigmoid-products': '0.13, healthy range despite 94% saturated',
  'vanishing-gradient.twelve-tanh-std-0.1-rmsprop-products': '0.20, gradients reach the first layer',
  'vanishing-gradient.fifteen-tanh-small-init-excursion': '0.45 vs healthy 0.30-0.37: mild',
  'ok.spoilage-linear-rmsprop': '0.35 of the baseline: weak (the target is log-shaped)',
  'ok.circles-relu-bn-adam': 'swings 0.03-0.17 to the end (batch-norm noise)',
  'ok.rooms-bn-leaky-adam-batch-64': 'jitters 0.067-0.096, above the other rooms specs',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 119 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets. Theme: cold-storage warehouses and refrigerated logistics: rooms.csv / rooms-na.csv (880 cold-room readings -> compressor kW; room temp in C and F, door-open seconds, pallet counts, humidity, room ids, timestamps; also compressor W), excursions.csv (1,100 reefer-truck logs -> temperature_excursion 130/1100), products.csv (950 pallets -> frozen_meat/dairy/produce/seafood/rare pharma 33), spoilage.csv (820 shipments -> spoilage USD, skewed; cargo value USD), docks.csv (semicolon, decimal commas -> dwell hours, skewed; truck ids, dock timestamps), builtins and an inline receiving log. See README.md.')

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
