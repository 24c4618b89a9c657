#!/usr/bin/env python3
"""Files the candidates of test/faults-blind166 by what the bare engine showed (observed.txt,
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

FAULTS = {
  'invalid-spec.nadam-optimizer': f('invalid-spec', S, ['invalid-spec'], 'vase-life regression with optimizer "nadam" (a Keras habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'variety classifier with activation "gelu" (a PyTorch habit)'),
  'invalid-spec.focal-loss-botrytis': f('invalid-spec', S, ['invalid-spec'], 'rare botrytis flag with loss "focal"'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'auction price regression with batchSize 0'),
  'invalid-spec.units-string': f('invalid-spec', S, ['invalid-spec'], 'cold-room energy with units "64" as a string'),
  'data-error.na-cold-room': f('data-error', S, ['data-error'], 'vase life from the logger export with "NA" cold_room_c cells'),
  'data-error.grower-id-feature': f('data-error', S, ['data-error'], 'vase life with the text grower_id ("GR-026") in features'),
  'data-error.auction-ts-feature': f('data-error', S, ['data-error'], 'vase life with the auction timestamp text in features'),
  'data-error.room-id-feature-tsv': f('data-error', S, ['data-error'], 'cold-room energy with room_id text in features (tab-separated file)'),
  'data-error.price-euro-column-typo': f('data-error', S, ['data-error'], 'auction price with target "price_eur"; the header says price_cents'),
  'data-error.lot-id-feature-variety': f('data-error', S, ['data-error'], 'variety classifier with lot_id text in features'),
  'shape-mismatch.variety-five-heads-no-protea': f('shape-mismatch', S, ['shape-mismatch'], 'variety with a 5-unit softmax; the rare protea class makes 6'),
  'shape-mismatch.price-and-lot-value-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'price and lot value as two targets, one output unit'),
  'shape-mismatch.botrytis-two-softmax-bce': f('shape-mismatch', S, ['shape-mismatch'], 'binary botrytis flag with a 2-unit sigmoid head under bce (PyTorch two-logit habit); the engine trains it to 0.72 of the prior'),
  'shape-mismatch.blobs5-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'five auction-hall blobs with a 3-unit softmax head'),
  'loss-activation-mismatch.botrytis-tanh-head-bce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'botrytis flag with a tanh output under bce: 4.52x the prior'),
  'loss-activation-mismatch.vase-relu-head-standardized': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized vase life through a relu output: ends 0.57 (healthy 0.10-0.16)'),
  'loss-activation-mismatch.cold-sigmoid-head-standardized': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized cold-room energy through a sigmoid output: ends 0.58 (healthy 0.01-0.03)'),
  'no-nonlinearity.circles-four-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through four linear layers: 0.99'),
  'no-nonlinearity.spirals3-linear-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'three spirals through two linear layers: 0.97 (healthy 0.09)'),
  'no-nonlinearity.moons-linear-dropout-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through a linear layer and dropout: 0.33 (healthy 0.02)'),
  'no-nonlinearity.sine-linear-deep-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through three linear layers: 0.38 (healthy 0.01-0.02)'),
  'lr-out-of-range.rmsprop-lr-12-variety': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'variety with rmsprop lr 12: first loss 2888, ends 0.12 (healthy 0.00-0.01)'),
  'lr-out-of-range.adam-3e-10-vase': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'vase life with adam 3e-10: loss never moves from 4.78'),
  'lr-out-of-range.nesterov-lr-50-botrytis': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'botrytis with Nesterov lr 50: 39x the prior, tanh fully saturated'),
  'lr-out-of-range.sgd-negative-price': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'auction price with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-momentum-cold': f('init-symmetry', P, ['init-symmetry'], 'cold-room energy with zero-initialised relu layers: 1.00, hidden layers never move'),
  'init-symmetry.zeros-sigmoid-rmsprop-variety': f('init-symmetry', P, ['init-symmetry'], 'variety with zero-initialised sigmoid layers: 0.55, acc 0.59 (healthy 0.00-0.01)'),
  'init-symmetry.constant-0.2-elu-sgd-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with constant-0.2 elu layers: 0.85, acc 0.66'),
  'init-scale.uniform-6-elu-price': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'auction price with uniform limit 6 elu layers: first 1.5e7, ends 1.1e5x'),
  'nan-loss.constant-1.5-eight-relu-cold': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'eight relu layers at constant 1.5: first 1.9e26, ends 9.8e20x, no NaN (refiled from nan-loss)'),
  'dead-relu.bias-minus-8-vase': f('dead-relu', P, ['dead-relu'], 'vase life with a relu layer at bias -8: 97% dead, 0.97'),
  'dead-relu.bias-minus-4-four-layer-variety': f('dead-relu', P, ['dead-relu'], 'variety through four relu layers at bias -4: dead, 1.00'),
  'dead-relu.bias-minus-6-moons-bn-off': f('dead-relu', P, ['dead-relu'], 'moons with a relu layer at bias -6: both layers 100% dead, 1.00'),
  'dead-relu.adam-0.1-batch-4-cold': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'cold-room energy with adam 0.1 at batch 4: min 0.02, layer 2 100% dead, ends 1.01'),
  'exploding-gradient.raw-lot-stems-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'botrytis on raw features (lot stems up to 20,000): first loss 42, ends 1.05x'),
  'nan-loss.raw-energy-momentum-full-batch': f('exploding-gradient', P, ['exploding-gradient', 'saturated-activation'], 'raw features and raw Wh target, momentum full batch: first 5.2e6, ends 1.02x, tanh saturated, no NaN (refiled from nan-loss)'),
  'lr-too-low.rmsprop-0.01-raw-lot-value': f('exploding-gradient', T, ['exploding-gradient', 'lr-too-low'], 'lot value in raw cents (tens of thousands) under rmsprop 0.01: gradients 7e5, ends 1.81x the baseline 9.8e7 (refiled from lr-too-low)'),
  'vanishing-gradient.eight-sigmoid-momentum-variety': f('vanishing-gradient', P, ['vanishing-gradient'], 'variety through eight sigmoid layers: 1.00, first-layer gradients 1e-5'),
  'vanishing-gradient.six-sigmoid-sgd-vase': f('vanishing-gradient', P, ['vanishing-gradient'], 'vase life through six sigmoid layers: 1.00'),
  'vanishing-gradient.five-sigmoid-xavier-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through five xavier sigmoid layers: 1.00'),
  'nan-loss.raw-lot-value-sgd': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw lot value target with SGD 0.01: NaN at epoch 1'),
  'nan-loss.nesterov-2-batch-1-vase': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'vase life with Nesterov lr 2 at batch 1: NaN at epoch 1'),
  'dead-relu.sgd-0.8-batch-2-price': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'price with plain SGD 0.8 at batch 2: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.raw-lot-value-nesterov': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw lot value target with Nesterov 1e-4: NaN at epoch 1 (refiled from exploding-gradient)'),
  'exploding-gradient.raw-features-price-sgd-batch-8': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw price features with SGD 0.01 at batch 8: NaN at epoch 1 (refiled from exploding-gradient)'),
  'exploding-gradient.six-elu-std-1-vase': f('nan-loss', T, ['nan-loss', 'exploding-gradient', 'init-scale'], 'six elu layers at std 1: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.momentum-0.95-lr-0.2-price': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'price with momentum 0.95 lr 0.2: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.sgd-plain-2-cold': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'cold-room energy with plain SGD 2 at batch 16: NaN at epoch 1 (refiled from lr-too-high)'),
  'saturated-activation.tanh-raw-lot-stems-botrytis': f('saturated-activation', P, ['saturated-activation'], 'botrytis on raw lot stems through tanh: 99% saturated, 0.98 (healthy 0.65-0.75)'),
  'saturated-activation.tanh-raw-door-openings-cold': f('saturated-activation', P, ['saturated-activation'], 'cold-room energy on raw features through tanh: 100% saturated, 0.88 (healthy 0.01-0.03)'),
  'lr-too-high.rmsprop-0.1-batch-1-vase': f('lr-too-high', T, ['lr-too-high'], 'vase life with rmsprop 0.1 at batch 1: 2.38 to 2.83 (healthy 0.15 at 0.001)'),
  'lr-too-high.adam-0.1-batch-2-variety': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'variety with adam 0.1 at batch 2: ends 0.68, layer 2 94% dead (healthy 0.00-0.01)'),
  'lr-too-high.rmsprop-0.05-batch-8-botrytis': f('lr-too-high', T, ['lr-too-high'], 'botrytis with rmsprop 0.05 at batch 8: 1.66x the prior'),
  'lr-too-low.adam-1e-5-raw-energy': f('lr-too-low', T, ['lr-too-low', 'exploding-gradient'], 'raw Wh target under adam 0.01: crawls to 0.20 of the baseline in 40 epochs (adam 0.1 reaches 0.02)'),
  'lr-too-low.sgd-plain-1e-5-variety': f('lr-too-low', T, ['lr-too-low'], 'variety with plain SGD 1e-5: 1.13x, never moves'),
  'lr-too-low.nesterov-1e-6-vase-batch-4': f('lr-too-low', T, ['lr-too-low'], 'vase life with Nesterov 1e-6 at batch 4: 3.95 to 1.80'),
  'lr-too-low.adam-2e-6-full-batch-moons': f('lr-too-low', T, ['lr-too-low'], 'moons full batch adam 2e-6: 1.28x, never moves'),
  'lr-too-low.rmsprop-1e-6-botrytis': f('lr-too-low', T, ['lr-too-low'], 'botrytis with rmsprop 1e-6: 4.00x the prior, 1.44 to 1.42'),
  'oscillating-loss.rmsprop-0.1-batch-64-tanh-sine': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'sine with rmsprop 0.1 at batch 64: min 0.03, swings up to 0.34 and 0.14 late in the run (healthy 0.003-0.008)'),
  'oscillating-loss.momentum-0.99-lr-0.05-batch-100-linear-price': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear price model, momentum 0.99 at batch 100: slow underdamped swings (2.03-2.17, 0.29-0.32), ends 0.23 (healthy 0.06-0.14)'),
  'loss-plateau.trolley-only-botrytis': f('loss-plateau', T, ['loss-plateau'], 'botrytis from the trolley number only: 1.00'),
  'loss-plateau.clock-only-variety': f('loss-plateau', T, ['loss-plateau'], 'variety from the auction clock number only: 1.00'),
  'loss-plateau.bunch-count-only-vase': f('loss-plateau', T, ['loss-plateau'], 'vase life from the bunch count only: 1.02'),
  'loss-plateau.weight-decay-5-rmsprop-cold': f('loss-plateau', T, ['loss-plateau'], 'cold-room energy with rmsprop weightDecay 5: min 0.48, ends 1.00'),
  'loss-plateau.dropout-0.95-adam-price': f('loss-plateau', T, ['loss-plateau'], 'auction price with dropout 0.95: ends 0.83 (healthy 0.06-0.14)'),
}
RENAME = {'lr-too-low.adam-1e-5-raw-energy': 'adam-0.01-raw-energy'}
TRIMMED = set()
DROPPED = {
  'init-scale.normal-1e-5-six-relu-variety': 'trained to 0.02',
  'init-scale.normal-std-2-relu-iris': 'first loss 5667 but trained to 0.00',
  'init-scale.normal-std-4-sigmoid-botrytis': 'ends 0.77 against healthy 0.65-0.75: too close',
  'init-symmetry.constant-0.5-tanh-adam-vase': 'trained to 0.13, in the healthy range',
  'exploding-gradient.raw-energy-wh-sgd': 'ends 0.04 of the raw baseline: unclear',
  'vanishing-gradient.seven-tanh-std-0.02-botrytis': 'ends 0.76: in the healthy range',
  'saturated-activation.sigmoid-raw-variety': 'trained to 0.03',
  'saturated-activation.sigmoid-bias-8-cold': 'trained to 0.04',
  'saturated-activation.five-tanh-std-1.5-price': 'trained to 0.06',
  'loss-activation-mismatch.shelf-linear-head-bce': 'ends 0.11, healthy-like',
  'loss-activation-mismatch.variety-softmax-mse': 'trained to acc 0.94: unclear',
  'lr-too-high.adam-0.05-batch-1-shelf': 'ends 0.18 against healthy 0.13: too close',
  'oscillating-loss.adam-0.08-full-batch-linear-cold': 'settles at 0.01',
  'oscillating-loss.adam-0.1-batch-full-softmax-variety': 'settles at 0.02',
  'oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-cold': 'settles at 0.01',
  'oscillating-loss.nesterov-0.97-lr-1-logistic-botrytis': 'settles at 0.74, the healthy level',
  'oscillating-loss.rmsprop-0.05-batch-256-linear-price': 'small swings 0.15-0.16 only',
  'oscillating-loss.rmsprop-0.1-batch-1-linear-cold': 'settles at 0.11',
  'oscillating-loss.adam-0.1-batch-16-linear-vase': 'swings 0.15-0.18 only, near healthy',
  'oscillating-loss.sgd-plain-1.2-cold-fahrenheit-and-celsius': 'diverges to NaN at epoch 36, no oscillation first',
  'oscillating-loss.sgd-plain-1.6-batch-50-linear-vase': 'diverges to NaN at epoch 6',
  'oscillating-loss.sgd-plain-1.9-full-batch-linear-vase': 'diverges to Infinity at epoch 76',
  'ok.botrytis-elu-minmax-clip-val': 'ends 0.76 of the prior: weakest healthy candidate',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 166 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: florists and flower auctions: vase.csv (1,000 lots: lot and grower ids, auction timestamps; stem cm, cold room C and F, '
         'hours out of cold, bunch count, harvest age, preservative -> vase life days) and vase-na.csv ("NA" cold-room cells), variety.csv '
         '(1,100 lots -> rose/tulip/chrysanthemum/gerbera/lily/rare protea 48; clock number with no effect), botrytis.csv (1,200 inspections '
         '-> rare botrytis flag 137; lot stems up to 20,000; trolley number with no effect), price.csv (900 lots, semicolon export with '
         'decimal commas -> skewed price per stem in cents and lot value in cents), coldroom.csv (800 tab-separated daily logs -> energy Wh), '
         'plus builtins iris, moons, circles, spirals (3), blobs (5), sine and an inline shelf-life table. Data by data/generate.ts; specs by '
         'author.ts; filing by write-manifest.py. See README.md.')

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
            code, stage, catches, text = FAULTS[name]; slug = RENAME.get(name, name.split('.', 1)[1])
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
