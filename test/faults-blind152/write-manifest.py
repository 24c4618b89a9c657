#!/usr/bin/env python3
"""Files the candidates of test/faults-blind152 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'stay-minutes regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'vehicle-size classifier with activation "gelu"'),
  'invalid-spec.mae-loss-occupancy': f('invalid-spec', S, ['invalid-spec'], 'occupancy regression with loss "mae" (Keras habit)'),
  'invalid-spec.embedding-gate-layer': f('invalid-spec', S, ['invalid-spec'], 'stay regression with an embedding layer for the gate'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'payment-failure classifier with batchSize 0'),
  'data-error.na-rate-stays': f('data-error', S, ['data-error'], 'stay regression reading the gate export copy with "NA" hourly rates'),
  'data-error.gate-id-feature': f('data-error', S, ['data-error'], 'stay regression with the text gate_id ("G-06") in features'),
  'data-error.entry-ts-feature': f('data-error', S, ['data-error'], 'stay regression with the entry timestamp text in features'),
  'data-error.occupancy-percent-typo': f('data-error', S, ['data-error'], 'occupancy regression with target "occupancy_percent"; the header says occupancy_pct'),
  'data-error.missing-revenue-xlsx': f('data-error', S, ['data-error'], 'revenue regression pointing at revenue.xlsx, which does not exist'),
  'data-error.garage-id-feature-revenue': f('data-error', S, ['data-error'], 'revenue regression with the text garage_id in features (tab-separated file)'),
  'shape-mismatch.vehicle-four-heads-no-motorcycle': f('shape-mismatch', S, ['shape-mismatch'], 'vehicle classifier with a 4-unit softmax; the rare motorcycle class makes 5'),
  'shape-mismatch.stay-min-and-hours-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'stay minutes and hours as two targets, one output unit'),
  'shape-mismatch.spirals3-two-heads': f('shape-mismatch', S, ['shape-mismatch'], 'three-class spirals with a 2-unit softmax head'),
  'loss-activation-mismatch.tanh-head-bce-payfail': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'payment failure with a tanh output under bce: 3.92x the prior (healthy 0.59-0.68)'),
  'loss-activation-mismatch.relu-head-standardized-occupancy': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized occupancy through a relu output: 0.42 (healthy 0.03-0.04)'),
  'loss-activation-mismatch.sigmoid-heads-cce-vehicle': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'vehicle classes through 5 sigmoid outputs under cce: loss 1e-7 yet acc 0.79 (healthy 0.99+)'),
  'loss-activation-mismatch.softmax-one-unit-bce-validation': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'inline validation table with a 1-unit softmax under bce: 9.89x, never moves'),
  'loss-activation-mismatch.sigmoid-head-standardized-revenue': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized revenue through a sigmoid output: 0.58 (healthy 0.02-0.05)'),
  'no-nonlinearity.circles-three-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through linear layers: 1.00'),
  'no-nonlinearity.xor-linear-bn-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through a linear batch-normalized layer: 1.00'),
  'no-nonlinearity.moons-linear-nesterov-full-batch': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through two linear layers, Nesterov full batch 300 epochs: 0.40 (healthy 0.01)'),
  'lr-out-of-range.adam-lr-3-occupancy': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'occupancy with adam lr 3: first 6714, ends 1.00'),
  'lr-out-of-range.nesterov-1e-8-vehicle': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'vehicle with Nesterov lr 1e-8: never moves, 1.16'),
  'lr-out-of-range.rmsprop-lr-40-payfail': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'payment failure with rmsprop lr 40: 13.1x'),
  'lr-out-of-range.sgd-lr-25-full-batch-stays': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'stays with plain SGD lr 25 full batch: NaN at epoch 12'),
  'init-symmetry.zeros-tanh-circles-momentum': f('init-symmetry', P, ['init-symmetry'], 'circles with zero-initialised tanh and output layers: 1.00'),
  'init-symmetry.constant-0.05-tanh-xor-full-batch': f('init-symmetry', P, ['init-symmetry'], 'xor with constant-0.05 tanh layers, Nesterov full batch 400 epochs: 1.00'),
  'init-symmetry.constant-0.2-elu-moons-adam': f('init-symmetry', P, ['init-symmetry'], 'moons with constant-0.2 elu layers: 0.42 (healthy 0.01)'),
  'init-symmetry.zeros-relu-bias-0.1-vehicle': f('init-symmetry', P, ['init-symmetry'], 'vehicle with zero weights and bias 0.1 relu layer: 0.37 (healthy 0.01-0.04)'),
  'init-scale.uniform-6-elu-occupancy': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'occupancy with uniform limit 6 elu layers: first 1.4e4, ends 17x'),
  'init-scale.normal-1e-3-six-tanh-vehicle': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six tanh layers at std 1e-3: flat at 1.00'),
  'init-scale.constant-1.5-relu-stays': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'stays with constant-1.5 and std-2 relu layers: first 6494, ends 0.72 (healthy 0.03-0.11)'),
  'dead-relu.bias-minus-10-stays': f('dead-relu', P, ['dead-relu'], 'stays with one 64-unit relu layer at bias -10: 100% dead, 1.00'),
  'dead-relu.bias-minus-2-six-relu-blobs4': f('dead-relu', P, ['dead-relu'], 'four blobs through six relu layers at bias -2: layer 2 all dead, 1.00'),
  'dead-relu.momentum-0.4-batch-4-revenue': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'revenue with momentum SGD lr 0.4 at batch 4: first 3.8e26, layer-2 relu 100% dead, ends 2.36'),
  'dead-relu.rmsprop-0.5-full-batch-occupancy': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'occupancy with rmsprop 0.5 full batch: layer-2 relu 100% dead, min 0.55, ends 1.12'),
  'exploding-gradient.raw-cents-latency-payfail-sgd': f('exploding-gradient', P, ['exploding-gradient'], 'payment failure on raw cents and milliseconds: first loss 28.2, ends 1.19x'),
  'exploding-gradient.raw-weight-kg-vehicle-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'vehicle on raw cm and kg: first 268, ends 9.0x'),
  'nan-loss.ten-relu-std-0.8-revenue': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'ten relu layers at std 0.8: first 6.6e7, ends 2e5x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.nine-sigmoid-sgd-vehicle': f('vanishing-gradient', P, ['vanishing-gradient'], 'vehicle through nine sigmoid layers: 1.00'),
  'vanishing-gradient.twelve-sigmoid-adam-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through twelve sigmoid layers: 1.00'),
  'vanishing-gradient.ten-sigmoid-momentum-payfail': f('vanishing-gradient', P, ['vanishing-gradient'], 'payment failure through ten sigmoid layers: 1.00'),
  'saturated-activation.sigmoid-raw-walk-cents-stays': f('saturated-activation', P, ['saturated-activation'], 'stays on raw metres and cents through sigmoid: 98% saturated, 0.99'),
  'saturated-activation.tanh-bias-8-vehicle': f('saturated-activation', P, ['saturated-activation'], 'vehicle through tanh layers at bias 8: all saturated, 1.00'),
  'saturated-activation.sigmoid-raw-latency-payfail': f('saturated-activation', P, ['saturated-activation'], 'payment failure on raw latency and cents through sigmoid: all saturated, 0.98'),
  'saturated-activation.tanh-raw-entries-occupancy': f('saturated-activation', P, ['saturated-activation'], 'occupancy on raw entries per hour through tanh: all saturated, 0.50 (healthy 0.03-0.04)'),
  'nan-loss.sgd-2-batch-1-occupancy': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'occupancy with plain SGD lr 2 at batch 1: NaN at epoch 1'),
  'nan-loss.raw-revenue-target-sgd-full-batch': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw dollar revenue target, plain SGD full batch: NaN at epoch 4'),
  'nan-loss.nesterov-1-raw-stay-minutes': f('nan-loss', T, ['nan-loss', 'lr-too-high', 'exploding-gradient'], 'raw stay minutes target with Nesterov 0.5: NaN at epoch 1'),
  'nan-loss.momentum-0.99-lr-1-payfail': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'payment failure with momentum 0.99 lr 1: NaN at epoch 5'),
  'exploding-gradient.raw-revenue-dollars-momentum': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw dollar revenue target with momentum SGD: NaN at epoch 1 (refiled from exploding-gradient)'),
  'exploding-gradient.raw-walk-metres-stays-nesterov': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'stays on raw walk metres with Nesterov: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.momentum-0.95-lr-0.3-full-batch-revenue': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'revenue, momentum 0.95 lr 0.3 full batch: swings 0.05-0.95, then NaN at epoch 101 (refiled from lr-too-high)'),
  'ok.stays-wild-start-momentum-full-batch': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'stays, momentum 0.9 lr 0.3 full batch tanh: swings 0.25-1.8, NaN at epoch 74 (refiled from healthy)'),
  'ok.sine-nesterov-full-batch-long': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine, Nesterov lr 0.1 full batch: min 0.15, NaN at epoch 46 (refiled from healthy)'),
  'oscillating-loss.sgd-plain-0.48-full-batch-linear-stays-cents-dup': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear stays model with rate in dollars and cents, plain SGD 0.48 full batch: grows from epoch 1, NaN at 171 (refiled from oscillating-loss)'),
  'lr-too-high.sgd-plain-1.5-batch-4-vehicle': f('lr-too-high', T, ['lr-too-high'], 'vehicle with plain SGD 1.5 at batch 4: min 0.01, ends 0.43 (healthy 0.01-0.04)'),
  'lr-too-high.rmsprop-0.05-batch-2-occupancy': f('lr-too-high', T, ['lr-too-high'], 'occupancy with rmsprop 0.05 at batch 2: 0.19 (healthy 0.03-0.04)'),
  'lr-too-high.adam-0.3-batch-16-stays': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'stays with adam 0.3: min 0.13, ends 0.35, 97% dead'),
  'oscillating-loss.sgd-plain-0.6-full-batch-linear-occupancy-minmax': f('lr-too-high', T, ['lr-too-high'], 'linear occupancy on minmax features, plain SGD 0.6 full batch: min 0.54 then grows to 5e54, no NaN (refiled from oscillating-loss)'),
  'lr-too-low.sgd-plain-1e-4-full-batch-stays-long': f('lr-too-low', T, ['lr-too-low'], 'stays with plain SGD 1e-4 full batch, 400 epochs: 5.0 to 2.04'),
  'lr-too-low.adam-3e-6-vehicle': f('lr-too-low', T, ['lr-too-low'], 'vehicle with adam 3e-6: 1.84 to 1.74'),
  'lr-too-low.nesterov-1e-5-full-batch-occupancy': f('lr-too-low', T, ['lr-too-low'], 'occupancy with Nesterov 1e-5 full batch, 500 epochs: 1.46 to 0.95'),
  'lr-too-low.rmsprop-1e-6-payfail': f('lr-too-low', T, ['lr-too-low'], 'payment failure with rmsprop 1e-6: 0.65 to 0.64, 3.4x the prior'),
  'lr-too-low.momentum-2e-5-batch-64-moons': f('lr-too-low', T, ['lr-too-low'], 'moons with momentum 2e-5: 0.74 (healthy 0.01)'),
  'oscillating-loss.momentum-0.995-lr-0.05-full-batch-linear-occupancy': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear occupancy, momentum 0.995 full batch 300 epochs: swings 0.16-1.37 all run, lands 0.08 at the last epoch (healthy 0.04)'),
  'oscillating-loss.momentum-0.995-lr-0.5-full-batch-logistic-payfail': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'logistic payment failure, momentum 0.995 full batch: swings 0.16-0.61 all run, ends 1.83x'),
  'loss-plateau.bay-id-only-vehicle': f('loss-plateau', T, ['loss-plateau'], 'vehicle size from the bay id only: 0.99'),
  'loss-plateau.terminal-serial-only-payfail': f('loss-plateau', T, ['loss-plateau'], 'payment failure from the terminal serial only: 1.00'),
  'loss-plateau.level-only-occupancy': f('loss-plateau', T, ['loss-plateau'], 'occupancy from the garage level only: 1.00'),
  'loss-plateau.weight-decay-2-sgd-stays': f('loss-plateau', T, ['loss-plateau'], 'stays with SGD weightDecay 2: 1.00'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.payfail-two-sigmoid-heads': 'the engine accepted two sigmoid heads for one 0/1 column and trained to 0.61: unclear',
  'no-nonlinearity.spirals3-linear-softmax': 'the healthy three-class spirals also failed (0.97): no contrast',
  'init-symmetry.zeros-sigmoid-spirals3-rmsprop': 'the healthy three-class spirals also failed (0.97): no contrast',
  'ok.spirals3-adam-deep-tanh': 'ends 0.97: spirals3 at noise 0.02 did not train',
  'init-scale.normal-std-10-sigmoid-payfail': 'ends 0.70 of the prior, inside the healthy payment-failure range 0.59-0.68',
  'exploding-gradient.raw-occupancy-pct-target-adam': 'ends 0.10 of the baseline: not clearly broken',
  'vanishing-gradient.eight-tanh-std-0.1-occupancy': 'trained to 0.04',
  'lr-too-high.nesterov-0.5-batch-8-payfail': 'ends 0.79 against healthy 0.59-0.68: too close',
  'lr-too-high.adam-0.1-batch-1-iris': 'ends 0.06 against 0.04: too close',
  'lr-too-high.sgd-plain-3-full-batch-sine': 'NaN at epoch 14: a second sine full-batch NaN, kept one',
  'loss-plateau.dropout-0.95-revenue': 'ends 0.83 with a wild first epoch: unclear',
  'oscillating-loss.adam-0.05-batch-256-relu-occupancy': 'trains to 0.04 with small wobble',
  'oscillating-loss.momentum-0.99-lr-0.02-full-batch-relu-stays': 'swings early then settles at 0.08: neither clearly healthy nor oscillating',
  'oscillating-loss.nesterov-0.95-lr-0.3-full-batch-linear-revenue': 'settles at 0.16 (a linear revenue model\'s limit is unknown)',
  'oscillating-loss.rmsprop-0.02-full-batch-relu-vehicle': 'trains to 0.01 (healthy; not needed)',
  'oscillating-loss.nesterov-0.995-lr-0.02-full-batch-tanh-revenue': 'trains to 0.03 (healthy; not needed)',
  'oscillating-loss.sgd-plain-0.44-full-batch-linear-stays-cents-dup': 'diverges from epoch 1 (NaN at 235): duplicate of the 0.48 one',
  'oscillating-loss.sgd-plain-0.46-full-batch-linear-stays-cents-dup': 'diverges from epoch 1 (NaN at 197): duplicate of the 0.48 one',
  'oscillating-loss.sgd-plain-0.5-full-batch-linear-stays-cents-dup': 'diverges from epoch 1 (NaN at 152): duplicate of the 0.48 one',
  'oscillating-loss.sgd-plain-0.7-full-batch-linear-occupancy-minmax': 'diverges (NaN at 190): duplicate of the 0.6 one',
  'oscillating-loss.sgd-plain-1.2-full-batch-tanh-sine': 'NaN at epoch 17: another sine full-batch NaN',
  'oscillating-loss.sgd-plain-1.9-batch-64-logistic-payfail': 'settles at 0.70 of the prior, inside the healthy range',
  'ok.payfail-rmsprop-tanh-val': 'ends 0.71 of the prior: not clearly healthy',
  'ok.circles-bn-adam': 'min 0.04 but ends 0.16: not clearly healthy',
}
HEALTHY_RENAME = {
  'oscillating-loss.momentum-0.97-lr-0.05-full-batch-tanh-occupancy': 'occupancy-momentum-0.97-tanh-full-batch-long',
  'oscillating-loss.momentum-0.9-lr-0.25-full-batch-tanh-stays': 'stays-momentum-0.25-tanh-full-batch-wild-start',
}

ABOUT = ('Fault set 152 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low, plateau and a few full-batch candidates (observed-curves.txt). '
         'Theme: parking garages and car parks: stays.csv (1,000 tickets: ticket ids, entry timestamps, gate ids "G-06"; hour, weekday, event day, '
         'walk metres, hourly rate in dollars and in cents, permit -> stay minutes and hours) and stays-na.csv ("NA" rates), occupancy.csv '
         '(900 hourly snapshots, semicolon export with decimal commas: entries and exits per hour, temperature, event -> occupancy percent; '
         'level with no effect), vehicle.csv (1,000 barrier readings: length cm, weight kg, height cm, axles, wheels -> compact/sedan/suv/van/rare '
         'motorcycle 39; bay id with no effect), payfail.csv (1,200 exit transactions -> rare payment failure 56/1,200; terminal serial with no '
         'effect), revenue.csv (720 tab-separated garage-months -> skewed monthly revenue in dollars and thousands), plus builtins iris, moons, '
         'circles, spirals (3), blobs (4), sine, xor and an inline ticket-validation table. Data by data/generate.ts; specs by author.ts; '
         'filing by write-manifest.py. See README.md.')

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
