#!/usr/bin/env python3
"""Files the candidates of test/faults-blind125 by what the bare engine showed (observed.txt,
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
  'invalid-spec.nadam-optimizer': f('invalid-spec', S, ['invalid-spec'], 'washes-per-hour regression with optimizer "nadam" (a Keras habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'vending product classifier with activation "gelu" (a PyTorch/transformer habit)'),
  'invalid-spec.mae-loss': f('invalid-spec', S, ['invalid-spec'], 'refill-cost regression with loss "mae" (L1Loss for skewed dollars)'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'jammed-flag classifier with batchSize 0'),
  'invalid-spec.dropout-rate-1': f('invalid-spec', S, ['invalid-spec'], 'takings regression with a dropout rate of 1'),
  'invalid-spec.units-string': f('invalid-spec', S, ['invalid-spec'], 'washes regression with units written as the string "16"'),
  'data-error.na-temp-c': f('data-error', S, ['data-error'], 'washes regression reading the log copy with "NA" temperatures'),
  'data-error.machine-id-feature': f('data-error', S, ['data-error'], 'product classifier with the text machine_id ("VM-0037") in features'),
  'data-error.sale-ts-feature': f('data-error', S, ['data-error'], 'product classifier with the sale timestamp text in features'),
  'data-error.refill-cost-typo': f('data-error', S, ['data-error'], 'refill regression with target "refill_cost"; the header says refill_cost_usd'),
  'data-error.takings-comma-path': f('data-error', S, ['data-error'], 'takings regression pointing at takings.tsv, which does not exist (the file is takings.csv, tab-separated)'),
  'data-error.site-id-feature-wash': f('data-error', S, ['data-error'], 'washes regression with the text site_id ("WASH-01") in features'),
  'shape-mismatch.vend-four-heads-no-fresh': f('shape-mismatch', S, ['shape-mismatch'], 'product classifier with a 4-unit softmax; the rare fresh class makes 5'),
  'shape-mismatch.washes-and-water-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'washes and water litres as two targets, one output unit'),
  'shape-mismatch.iris-one-sigmoid-cce': f('shape-mismatch', S, ['shape-mismatch', 'loss-activation-mismatch'], 'iris with a single sigmoid output under cce'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four machine blobs with a 3-unit softmax head'),
  'loss-activation-mismatch.tanh-head-bce-jam': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'jammed flag with a tanh output under bce: 3.75x the prior (healthy candidates 0.67-0.77)'),
  'loss-activation-mismatch.relu-head-standardized-takings': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized takings through a relu output under mse: ends 0.27 (healthy 0.03-0.08)'),
  'loss-activation-mismatch.sigmoid-head-raw-washes': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'raw washes per hour (0-28) through a sigmoid output under mse: 3.48x the baseline'),
  'no-nonlinearity.circles-two-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 1.00 (healthy 0.01)'),
  'no-nonlinearity.xor-linear-nesterov-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear hidden layer: 1.01 (healthy 0.05-0.06)'),
  'no-nonlinearity.sine-linear-dropout-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through linear layers with dropout: 0.40 (healthy 0.01-0.02)'),
  'no-nonlinearity.spirals-linear-bn-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through batch-normalized linear layers: 0.97 (healthy 0.00)'),
  'lr-out-of-range.adam-lr-3-vend': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'product classifier with adam lr 3: first loss 24, ends 0.35 (healthy 0.09-0.11)'),
  'lr-out-of-range.nesterov-lr-1e-8-wash': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'washes with Nesterov lr 1e-8: stays at 1.77x'),
  'lr-out-of-range.rmsprop-lr-25-refill': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'dead-relu'], 'refill cost with rmsprop lr 25: ends 4.5e4x'),
  'lr-out-of-range.sgd-negative-takings': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'takings with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-momentum-wash': f('init-symmetry', P, ['init-symmetry'], 'washes through zero-initialised relu layers: 1.01'),
  'init-symmetry.zeros-tanh-rmsprop-moons': f('init-symmetry', P, ['init-symmetry'], 'moons through zero-initialised tanh and sigmoid layers: 1.00'),
  'init-symmetry.constant-0.3-sigmoid-vend': f('init-symmetry', P, ['init-symmetry'], 'product classifier with every weight constant 0.3: ends 0.35, acc 0.79 (healthy 0.09-0.11, acc 0.92-0.95)'),
  'init-symmetry.constant-0.5-elu-takings': f('init-symmetry', P, ['init-symmetry'], 'takings through constant-0.5 elu layers: first 5.7, ends 0.16 (healthy 0.03-0.08); borderline'),
  'init-scale.uniform-1e-5-four-relu-refill': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'refill cost through four relu layers at uniform 1e-5: flat at 1.00'),
  'init-scale.normal-std-10-elu-takings': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'takings through std-10 elu layers: first 8.1e8, ends 2.4e7x'),
  'init-scale.normal-1e-6-six-tanh-circles': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'circles through six tanh layers at std 1e-6: flat at 1.00'),
  'nan-loss.constant-3-deep-elu': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'washes through six elu layers at constant 3: stuck at 1.9e24x, no NaN (refiled from nan-loss)'),
  'dead-relu.bias-minus-8-wide-vend': f('dead-relu', P, ['dead-relu'], 'product classifier with one 128-unit relu layer at bias -8: 100% dead, 1.00'),
  'dead-relu.bias-minus-4-three-layer-wash': f('dead-relu', P, ['dead-relu'], 'washes through three relu layers at bias -4: dead, 1.00'),
  'dead-relu.bias-minus-2-minmax-jam': f('dead-relu', P, ['dead-relu'], 'min-max jammed flag through relu layers at bias -2: 97-100% dead, 1.07'),
  'dead-relu.adam-1-batch-16-refill': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'refill cost with adam lr 1 at batch 16: first 2429, layer-2 relu 88% dead, ends 0.23 (healthy 0.01)'),
  'exploding-gradient.raw-takings-cents-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'takings in raw cents as target: gradients up to 4e5, ends 0.25 of the baseline 2.7e6'),
  'exploding-gradient.raw-features-water-l-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'washes on raw water litres with momentum SGD: first 6.5e14, ends 2.9e7x'),
  'exploding-gradient.raw-coins-idle-jam-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'jammed flag on raw coins and idle minutes: first 20.3, ends 1.85x'),
  'nan-loss.rmsprop-raw-refill-features-lr-0.5': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'raw takings-cents feature and raw dollar target, momentum SGD 0.001: first 8.7e28, layer 1 dead, ends 1.26x, no NaN (refiled from nan-loss; the slug says rmsprop, the spec uses momentum SGD)'),
  'nan-loss.sgd-plain-0.01-raw-takings-cents': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'raw features and raw cents target, plain SGD 0.01: first 1.2e20, layer 1 dead, ends 1.00x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.nine-sigmoid-momentum-vend': f('vanishing-gradient', P, ['vanishing-gradient'], 'product classifier through nine sigmoid layers: 1.00'),
  'vanishing-gradient.eight-sigmoid-rmsprop-xor': f('vanishing-gradient', P, ['vanishing-gradient'], 'xor through eight sigmoid layers: 1.00'),
  'vanishing-gradient.seven-sigmoid-sgd-plain-wash': f('vanishing-gradient', P, ['vanishing-gradient'], 'washes through seven sigmoid layers: 1.01'),
  'saturated-activation.sigmoid-bias-8-jam': f('saturated-activation', P, ['saturated-activation'], 'jammed flag through sigmoid layers at bias 8: 100% saturated, 1.01'),
  'saturated-activation.tanh-raw-idle-minutes-takings': f('saturated-activation', P, ['saturated-activation'], 'takings on raw footfall and idle minutes through tanh: 100% saturated, 0.50 (healthy 0.03-0.08)'),
  'saturated-activation.tanh-raw-takings-cents-refill': f('saturated-activation', P, ['saturated-activation'], 'refill cost on raw takings cents through tanh: 100% saturated, 1.00'),
  'nan-loss.nesterov-lr-2-batch-1-wash': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'washes with Nesterov lr 2 at batch 1: NaN at epoch 1'),
  'lr-too-high.sgd-plain-0.8-batch-2-refill': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'refill cost with plain SGD 0.8 at batch 2: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.sgd-plain-0.3-batch-1-wash': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'washes with plain SGD 0.3 at batch 1: NaN at epoch 1 (refiled from lr-too-high)'),
  'dead-relu.sgd-plain-1.5-batch-4-takings': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'takings with plain SGD 1.5 at batch 4: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.he-uniform-eight-relu-lr-0.1-sgd': f('nan-loss', T, ['nan-loss', 'exploding-gradient', 'init-scale'], 'takings through eight relu layers at normal std 0.4, SGD 0.05: NaN at epoch 1 (refiled from exploding-gradient; the slug is stale)'),
  'oscillating-loss.sgd-plain-1.9-full-batch-linear-wash': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear washes model, plain SGD 1.9 full batch: grows every epoch, NaN at epoch 64 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-2-batch-850-elu-refill': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'refill cost, plain SGD 0.9 full batch: NaN at epoch 6 (refiled from oscillating-loss; the slug says 2)'),
  'lr-too-high.nesterov-0.4-spirals-batch-8': f('lr-too-high', T, ['lr-too-high'], 'spirals with Nesterov lr 0.4 at batch 8: 0.70-0.75, ends 1.04 (healthy 0.00)'),
  'lr-too-high.rmsprop-0.3-batch-16-takings': f('lr-too-high', T, ['lr-too-high'], 'takings with rmsprop 0.3 at batch 16: first 422, min 0.72, ends 1.06'),
  'lr-too-high.adam-0.05-batch-1-refill': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'refill cost with adam 0.05 at batch 1: swings 0.07-1.20, ends 0.12 (healthy 0.01), layer 1 75% dead'),
  'lr-too-high.momentum-0.5-batch-8-tanh-vend': f('lr-too-high', T, ['lr-too-high'], 'product classifier with momentum SGD 0.5 at batch 8: tanh 96% saturated, 2.5-8.4, ends 1.82x'),
  'lr-too-low.adam-3e-6-vend': f('lr-too-low', T, ['lr-too-low'], 'product classifier with adam 3e-6: 1.86 -> 1.73 (healthy 0.14-0.16)'),
  'lr-too-low.sgd-plain-1e-5-full-batch-wash': f('lr-too-low', T, ['lr-too-low'], 'washes with plain SGD 1e-5 full batch: 1.78 -> 1.76'),
  'lr-too-low.rmsprop-1e-6-takings': f('lr-too-low', T, ['lr-too-low'], 'takings with rmsprop 1e-6: 8.37 -> 8.18'),
  'lr-too-low.nesterov-5e-6-moons': f('lr-too-low', T, ['lr-too-low'], 'moons with Nesterov 5e-6: 0.72 -> 0.67'),
  'lr-too-low.momentum-2e-6-refill-batch-8': f('lr-too-low', T, ['lr-too-low'], 'refill cost with momentum SGD 2e-6 at batch 8: 1.33 -> 0.36, still falling (healthy 0.01)'),
  'loss-plateau.coin-mech-serial-only-jam': f('loss-plateau', T, ['loss-plateau'], 'jammed flag from the coin-mech serial alone: 0.99 of the prior'),
  'loss-plateau.slot-serial-only-vend': f('loss-plateau', T, ['loss-plateau'], 'product from the slot serial and hour alone: 1.00'),
  'loss-plateau.weight-decay-5-momentum-wash': f('loss-plateau', T, ['loss-plateau'], 'washes with weightDecay 5: 1.00'),
  'loss-plateau.clipnorm-1e-5-adam-takings': f('loss-plateau', T, ['loss-plateau', 'lr-too-low'], 'takings with clipNorm 1e-5 (plain SGD 0.05; the slug says adam): 8.37 -> 8.36'),
  'loss-plateau.dropout-0.95-refill': f('loss-plateau', T, ['loss-plateau'], 'refill cost with dropout 0.95 after the hidden layer: 0.65-0.80 (healthy 0.01)'),
  'oscillating-loss.momentum-0.99-lr-3-full-batch-logistic-jam': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'logistic jammed flag, momentum 0.99 lr 3 full batch: swings 0.15-0.64, ends 2.01x'),
  'oscillating-loss.momentum-0.995-lr-0.1-full-batch-linear-refill': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear refill model, momentum 0.995 full batch: swings 0.01-0.92, ends 0.42 (healthy 0.01)'),
  'oscillating-loss.momentum-0.995-lr-0.2-full-batch-linear-wash': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear washes model, momentum 0.995 lr 0.2 full batch: swings 0.24-3.1, ends 1.09'),
  'oscillating-loss.nesterov-0.97-lr-0.15-batch-500-tanh-takings': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'takings, Nesterov 0.97 lr 0.15 at batch 500: 0.06 then spikes to 7.2 and 18.9, ends 0.39'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.jam-two-softmax-bce': 'the engine trained the 2-unit softmax under bce to 0.71 of the prior, like the jam healthy candidates',
  'loss-activation-mismatch.softmax-head-mse-vend': 'trained to acc 0.94 (healthy 0.92-0.95): no visible harm',
  'loss-activation-mismatch.linear-head-bce-coinbox': 'trained to 1e-7 (bce from a linear output apparently taken as logits): no harm',
  'init-scale.normal-std-4-sigmoid-jam': 'ends 0.75 of the prior, like the jam healthy candidates',
  'init-scale.constant-1-leaky-vend': 'ends 0.15 (healthy 0.09-0.11): too close',
  'exploding-gradient.raw-refill-usd-nesterov': 'trained to 0.01 of the raw baseline: fine',
  'vanishing-gradient.ten-tanh-std-0.03-takings': 'trained to 0.06: fine',
  'saturated-activation.sigmoid-raw-pack-g-vend': 'ends 0.11 (healthy 0.09-0.11): fine despite saturation',
  'lr-too-high.adam-0.1-iris-batch-4': 'ends 0.06, like a healthy iris spec',
  'lr-too-high.adam-0.3-batch-128-wash': 'first epoch 527 but ends 0.065 (healthy 0.04-0.06)',
  'lr-too-high.momentum-0.5-batch-64-jam': 'ends 0.76 of the prior, like the jam healthy candidates',
  'lr-too-high.rmsprop-0.05-batch-32-vend': 'ends 0.09, healthy range',
  'lr-too-high.nesterov-0.95-lr-0.2-moons-batch-4': 'ends 0.02 with small swings: not clearly faulty',
  'oscillating-loss.adam-0.03-full-batch-relu-refill-decay': 'settled to 0.01',
  'oscillating-loss.adam-0.08-full-batch-logistic-jam': 'settled to 0.78 of the prior',
  'oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-refill': 'early swings, settled to 0.016',
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-softmax-vend': 'settled to 0.15',
  'oscillating-loss.momentum-0.99-lr-0.1-batch-450-tanh-takings': 'early swings, settled to 0.07',
  'oscillating-loss.momentum-0.99-lr-1-batch-600-softmax-vend': 'small swings 0.11-0.22: not clear',
  'oscillating-loss.nesterov-0.99-lr-0.4-full-batch-linear-wash': 'settled to 0.058',
  'oscillating-loss.rmsprop-0.05-batch-256-linear-wash': 'settled to 0.065',
  'oscillating-loss.sgd-plain-0.45-full-batch-minmax-water-gal': 'settled to 0.04',
  'ok.jam-adam-relu': 'rare flag (40/1,100): ends 0.68 of the prior, acc 0.965 against 0.964: not clearly healthy',
  'ok.jam-adam-leaky-val-batch-256': 'ends 0.67 of the prior, acc 0.968: not clearly healthy',
  'ok.jam-logistic-rmsprop': 'ends 0.77 of the prior: not clearly healthy',
  'ok.jam-momentum-tanh-clip': 'ends 0.74 of the prior: not clearly healthy',
  'ok.circles-nesterov-relu-bn': 'min 0.03 but ends 0.12 (0.17 of the prior): swings',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 125 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: car washes and vending machines: wash.csv (1,000 hourly car-wash rows: site ids, timestamps; hour, daytime, temperature, rain, '
         'weekend, price, promo, water litres and gallons -> washes per hour) and wash-na.csv ("NA" temperatures), vend.csv (1,200 sales: '
         'machine ids, sale timestamps; price cents, temperature, slot row, pack grams, stock -> drink/snack/candy/coffee/rare fresh 48; slot serial '
         'with no effect), jam.csv (1,100 machine-days -> rare jammed flag 40/1,100; coins, cards, skewed idle minutes; coin-mech serial with no '
         'effect), refill.csv (850 refill runs, semicolon export with decimal commas -> refill cost in dollars; takings in cents), takings.csv '
         '(900 tab-separated machine-days -> takings in cents), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline '
         'coin-box table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
