#!/usr/bin/env python3
"""Files the candidates of test/faults-blind154 by what the bare engine showed (observed.txt,
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
  'invalid-spec.nadam-optimizer': f('invalid-spec', S, ['invalid-spec'], 'trips-per-day regression with optimizer "nadam" (a Keras habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'fault-type classifier with activation "gelu" (a PyTorch/transformer habit)'),
  'invalid-spec.mae-loss-repair': f('invalid-spec', S, ['invalid-spec'], 'skewed repair-cost regression with loss "mae"'),
  'invalid-spec.zero-units-motor': f('invalid-spec', S, ['invalid-spec'], 'motor-temperature regression with a 0-unit dense layer'),
  'data-error.na-occupants': f('data-error', S, ['data-error'], 'trips regression on the badge-reader copy with "NA" occupant counts'),
  'data-error.shift-start-feature-motor': f('data-error', S, ['data-error'], 'motor regression with the shift_start timestamp text in features'),
  'data-error.motor-temp-typo': f('data-error', S, ['data-error'], 'fault classifier with feature "motor_temp"; the header says motor_c'),
  'data-error.missing-parquet': f('data-error', S, ['data-error'], 'entrapment classifier pointing at entrapment.parquet, which does not exist'),
  'shape-mismatch.fault-four-heads-no-rope': f('shape-mismatch', S, ['shape-mismatch'], 'fault classifier with a 4-unit softmax; the rare rope class makes 5'),
  'shape-mismatch.motor-c-and-f-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'motor temperature in C and F as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four car-zone blobs with a 3-unit softmax head'),
  'loss-activation-mismatch.entrapment-tanh-head-bce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'rare entrapment flag with a tanh output under bce: 1.25x the prior (healthy 0.46)'),
  'loss-activation-mismatch.fault-sigmoid-heads-cce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'five sigmoid heads under cce: the loss collapses to 1e-7 while accuracy is 0.23 (healthy 0.98)'),
  'loss-activation-mismatch.relu-head-standardized-motor': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized motor temperature through a relu output: stuck at 0.50 (healthy 0.03)'),
  'loss-activation-mismatch.softmax-head-regression-repair': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'repair cost through a 1-unit softmax output: constant 1, loss 2.00x, never moves'),
  'no-nonlinearity.circles-linear-nesterov-full-batch': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers, Nesterov full batch 300 epochs: 1.00'),
  'no-nonlinearity.moons-linear-dropout-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through linear layers with dropout: 0.41 (healthy 0.00)'),
  'no-nonlinearity.sine-linear-stack-momentum': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through a stack of activation-less layers: 0.40 (healthy 0.01)'),
  'lr-out-of-range.nesterov-lr-30-motor': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'motor regression with Nesterov lr 30: NaN at epoch 1'),
  'lr-out-of-range.rmsprop-lr-10-fault': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'fault classifier with rmsprop lr 10: 12.5x the prior'),
  'lr-out-of-range.adam-3e-9-repair': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'repair regression with adam lr 3e-9: 1.89, never moves'),
  'lr-out-of-range.sgd-negative-trips': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'trips regression with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-momentum-full-batch-trips': f('init-symmetry', P, ['init-symmetry'], 'zero-initialised relu layers, momentum full batch 300 epochs: 1.00, all units identical and dead'),
  'init-symmetry.zeros-sigmoid-rmsprop-circles': f('init-symmetry', P, ['init-symmetry'], 'zero-initialised sigmoid layers on circles: 0.82 (healthy 0.00-0.01)'),
  'init-symmetry.zeros-elu-adam-spirals': f('init-symmetry', P, ['init-symmetry'], 'zero-initialised elu layers on spirals: 1.00'),
  'init-scale.normal-std-8-sigmoid-motor': f('init-scale', P, ['init-scale', 'saturated-activation'], 'motor regression with std-8 sigmoid layers: first 2470, ends 175x'),
  'init-scale.normal-1e-5-six-relu-fault': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: flat at 1.00'),
  'init-scale.normal-std-4-relu-trips': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'three relu layers at std 4: first 9e9, ends 4.3e7x'),
  'init-scale.uniform-1e-5-tanh-xor': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'five tanh layers at uniform 1e-5 on xor: flat at 1.00'),
  'dead-relu.bias-minus-4-deep-adam-trips': f('dead-relu', P, ['dead-relu'], 'four relu layers at bias -4: deeper layers 100% dead, 1.00'),
  'dead-relu.bias-minus-6-moons-rmsprop': f('dead-relu', P, ['dead-relu'], 'two relu layers at bias -6 on moons: all dead, 1.00'),
  'dead-relu.bias-minus-8-nesterov-full-batch-motor': f('dead-relu', P, ['dead-relu'], '64 relu units at bias -8, Nesterov full batch 300 epochs: 98% dead, 0.95'),
  'dead-relu.adam-0.5-batch-16-fault': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'fault classifier with adam 0.5: layer-2 relu 95% dead, ends 0.97 (healthy 0.01-0.05)'),
  'exploding-gradient.raw-trips-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'trips per day as a raw target: 2.73x the baseline 2.7e6'),
  'exploding-gradient.raw-door-cycles-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'fault classifier on raw door cycles: first loss 199, ends 1.00, 84% dead'),
  'exploding-gradient.raw-trips-month-entrapment-sgd': f('exploding-gradient', P, ['exploding-gradient'], 'entrapment on raw monthly trips (up to 90,000): first 1553, ends 67x'),
  'nan-loss.momentum-full-batch-raw-motor-f': f('exploding-gradient', P, ['exploding-gradient', 'nan-loss'], 'raw Fahrenheit features and target, momentum full batch: grows to 9.5e8x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-sgd-trips': f('vanishing-gradient', P, ['vanishing-gradient'], 'eight sigmoid layers, plain SGD: 1.02, first-layer gradient 1e-5'),
  'vanishing-gradient.twelve-tanh-std-0.03-repair': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'twelve tanh layers at std 0.03: 1.00, first-layer gradient 1e-8'),
  'vanishing-gradient.nine-sigmoid-momentum-full-batch-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'nine sigmoid layers on circles, momentum full batch 400 epochs: 1.00'),
  'vanishing-gradient.ten-sigmoid-nesterov-fault': f('vanishing-gradient', P, ['vanishing-gradient'], 'ten sigmoid layers, Nesterov: 1.00'),
  'nan-loss.sgd-plain-5-batch-1-trips': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'trips with plain SGD 5 at batch 1: NaN at epoch 1'),
  'nan-loss.constant-3-tanh-linear-raw-lb': f('nan-loss', P, ['nan-loss', 'init-scale', 'exploding-gradient'], 'raw lb/F features into constant-3 linear layers: NaN at epoch 1'),
  'nan-loss.nesterov-1.5-full-batch-deep-trips': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'two relu layers, Nesterov 1.5 full batch: NaN at epoch 4'),
  'init-scale.uniform-6-elu-repair': f('nan-loss', P, ['nan-loss', 'init-scale'], 'elu layers at uniform limit 6: NaN at epoch 1 (refiled from init-scale)'),
  'lr-too-high.momentum-0.99-lr-0.3-full-batch-motor': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'momentum 0.99 lr 0.3 full batch: swings 0.10-1.9 for 40 epochs, then grows to NaN at epoch 82 (refiled from lr-too-high)'),
  'lr-too-high.sgd-plain-0.9-full-batch-trips-deep': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'two tanh layers, plain SGD 0.9 full batch: NaN at epoch 19 (refiled from lr-too-high)'),
  'saturated-activation.sigmoid-bias-10-fault': f('saturated-activation', P, ['saturated-activation'], 'two sigmoid layers at bias 10: 100% saturated, 1.01'),
  'saturated-activation.sigmoid-raw-motor-features': f('saturated-activation', P, ['saturated-activation'], 'raw door cycles and kg into sigmoid units: 97% saturated, 0.89 (healthy 0.03)'),
  'saturated-activation.tanh-raw-occupants-nesterov-full-batch': f('saturated-activation', P, ['saturated-activation'], 'raw occupants into tanh units, Nesterov full batch 300 epochs: 100% saturated, 1.00'),
  'saturated-activation.tanh-raw-trips-month-entrapment': f('saturated-activation', P, ['saturated-activation'], 'raw monthly trips into tanh units: 100% saturated, 1.00'),
  'lr-too-high.adam-0.1-batch-8-motor': f('lr-too-high', T, ['lr-too-high'], 'motor with adam 0.1 at batch 8: swings 0.06-0.51, ends 0.13 (healthy 0.03)'),
  'lr-too-high.rmsprop-0.1-batch-16-trips': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'trips with rmsprop 0.1 at batch 16: first 8.1, ends 0.13 (healthy 0.01), 94% dead'),
  'lr-too-high.nesterov-0.3-batch-4-fault': f('lr-too-high', T, ['lr-too-high', 'saturated-activation'], 'fault classifier, Nesterov 0.3 at batch 4: 0.67-1.22, ends 0.52 (healthy 0.04), tanh 94% saturated'),
  'lr-too-high.momentum-0.5-batch-8-iris': f('lr-too-high', T, ['lr-too-high'], 'iris with momentum lr 0.5 at batch 8: swings 0.12-0.83, ends 0.44, acc 0.65'),
  'oscillating-loss.sgd-plain-0.5-kg-and-lb-full-batch': f('lr-too-high', T, ['lr-too-high', 'data-error'], 'linear motor model with kg and lb both in, plain SGD 0.5 full batch: 0.11 at epoch 3, then grows steadily to 118x (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-1.05-full-batch-linear-repair': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear repair model, plain SGD 1.05 full batch: grows every epoch to 1.9e50, no NaN (refiled from oscillating-loss)'),
  'lr-too-low.sgd-plain-1e-5-full-batch-motor-long': f('lr-too-low', T, ['lr-too-low'], 'motor with plain SGD 1e-5 full batch, 400 epochs: 3.33 to 2.90'),
  'lr-too-low.nesterov-1e-6-fault': f('lr-too-low', T, ['lr-too-low'], 'fault classifier with Nesterov 1e-6: 2.63 to 2.51'),
  'lr-too-low.adam-2e-6-entrapment': f('lr-too-low', T, ['lr-too-low'], 'entrapment with adam 2e-6: 3.55x the prior, barely moves'),
  'lr-too-low.momentum-1e-5-full-batch-repair-long': f('lr-too-low', T, ['lr-too-low'], 'repair with momentum 1e-5 full batch, 500 epochs: 1.61 to 1.22 (healthy 0.03)'),
  'lr-too-low.rmsprop-1e-6-spirals': f('lr-too-low', T, ['lr-too-low'], 'spirals with rmsprop 1e-6: 0.76 to 0.74'),
  'oscillating-loss.momentum-0.995-lr-0.05-full-batch-tanh-motor': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'tanh motor model, momentum 0.995 full batch 400 epochs: swings 0.11-1.26 early and 0.14-0.27 at the end, ends 0.12 (healthy 0.03)'),
  'ok.motor-momentum-0.99-full-batch-wild-start': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'tanh motor model, momentum 0.99 full batch 400 epochs: swings 0.12-1.17 for 100 epochs, still 0.08-0.14 at the end, ends 0.05 (refiled from healthy)'),
  'oscillating-loss.momentum-0.99-lr-0.02-full-batch-linear-repair': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear repair model, momentum 0.99 full batch 400 epochs: a slow wave 0.22-1.31, still 0.25-0.33 at epoch 230, ends 0.22 (the linear floor 0.21)'),
  'loss-plateau.technician-only-fault': f('loss-plateau', T, ['loss-plateau'], 'fault type from the technician number only: 1.00'),
  'loss-plateau.rated-load-and-trips-only-entrapment': f('loss-plateau', T, ['loss-plateau'], 'entrapment from rated load and monthly trips only (no effect): 1.00'),
  'loss-plateau.weight-decay-5-rmsprop-motor': f('loss-plateau', T, ['loss-plateau'], 'motor with rmsprop weightDecay 5: min 0.35, ends 1.00'),
  'loss-plateau.clipnorm-1e-7-sgd-trips': f('loss-plateau', T, ['loss-plateau'], 'trips with clipNorm 1e-7: 1.66, never moves'),
  'loss-plateau.floors-only-repair-full-batch': f('loss-plateau', T, ['loss-plateau'], 'repair cost from the floor count only, momentum full batch 300 epochs: 0.99'),
}
TRIMMED = set()
DROPPED = {
  'data-error.building-id-feature': 'building_id text in features: a real fault (a second text-column one), trimmed to keep the count near the aim',
  'invalid-spec.dropout-rate-1.5': 'refused by the parser (rate 1.5): a real fault, trimmed to keep the count near the aim',
  'lr-too-high.rmsprop-0.05-batch-2-repair': 'ends 0.39 after 10 epochs (healthy 0.02-0.05): a real fault, trimmed to keep the count near the aim',
  'lr-too-high.adam-0.3-batch-4-entrapment': 'ends 0.85 of the prior (healthy 0.46), 53% dead: a real fault, trimmed to keep the count near the aim',
  'data-error.repair-target-costs': 'a second misspelt-column data-error (motor-temp-typo); trimmed to keep the count near the aim',
  'shape-mismatch.entrapment-two-softmax-bce': 'the engine accepted a 2-unit softmax under bce on the binary flag and trained it to 0.46 like the healthy ones',
  'loss-activation-mismatch.rope-linear-head-bce': 'trained to 0.01 on the inline table',
  'no-nonlinearity.spirals-linear-rmsprop-batch-8': 'a second linear-stack spirals/circles fault; trimmed',
  'init-symmetry.constant-0.5-tanh-nesterov-fault': 'ends 0.47, acc 0.69: broken but the weakest symmetry case; trimmed',
  'dead-relu.sgd-plain-2-batch-4-repair': 'NaN at epoch 1 (a nan-loss); one of many, trimmed',
  'exploding-gradient.raw-cost-dollars-nesterov': 'NaN at epoch 1 (a nan-loss); one of many, trimmed',
  'exploding-gradient.ten-relu-std-0.7-motor': 'NaN at epoch 1 (a nan-loss); one of many, trimmed',
  'lr-too-high.nesterov-0.5-batch-1-sine': 'NaN at epoch 1 (a nan-loss); one of many, trimmed',
  'lr-too-high.sgd-plain-3-full-batch-sigmoid-repair': 'NaN at epoch 20 (a nan-loss); one of many, trimmed',
  'lr-too-high.sgd-plain-1.2-batch-8-fault': 'trained to 0.01',
  'nan-loss.raw-repair-target-rmsprop-big': 'no NaN; ends 0.10 of the raw-dollar baseline: unclear',
  'saturated-activation.tanh-std-3-repair': 'ends 0.26 with tanh 92% saturated; overlaps init-scale, trimmed',
  'oscillating-loss.sgd-plain-0.52-kg-and-lb-full-batch': 'grows to 8.7e21 with no oscillation: a duplicate of the 0.5 one (filed lr-too-high)',
  'oscillating-loss.sgd-plain-0.45-kg-and-lb-linear': 'settles at 0.14 (the linear floor with those features)',
  'oscillating-loss.nesterov-0.97-lr-0.15-full-batch-linear-trips': 'a damped ring that settles at 0.11 by epoch 50 (the linear floor)',
  'oscillating-loss.momentum-3-full-batch-logistic-entrapment': 'swings 0.20-0.49 for 30 epochs, then settles at 0.51 like the healthy logistic model',
  'oscillating-loss.rmsprop-0.05-full-batch-linear-repair': 'settles at 0.22 (the linear floor) with tiny ripples',
  'oscillating-loss.momentum-0.99-lr-0.05-batch-500-tanh-trips': 'swings decay to a few per cent and it ends 0.02: neither clearly oscillating nor clearly healthy',
  'oscillating-loss.rmsprop-0.02-full-batch-tanh-motor': 'jitters 0.036-0.068 and ends 0.036 (healthy 0.03): unclear',
  'oscillating-loss.nesterov-0.99-lr-0.2-full-batch-softmax-fault': 'reaches 0.08 then drifts up to 0.13 and back to 0.10 (healthy 0.04-0.06): no oscillation, unclear',
  'oscillating-loss.sgd-plain-0.8-full-batch-linear-motor': 'trained smoothly to 0.03',
  'oscillating-loss.sgd-plain-0.9-full-batch-linear-motor': 'trained smoothly to 0.03',
  'oscillating-loss.adam-0.03-full-batch-relu-trips': 'trained to 0.01',
  'ok.motor-minmax-sgd-plain-relu-batch-1': 'ends 0.17 of the baseline after 5 epochs: not clearly healthy',
  'ok.repair-minmax-target-adam-dropout': 'ends 0.14 of the min-max baseline: not clearly healthy',
  'ok.repair-nesterov-leaky-batch-4': 'min 0.10, ends 0.15: not clearly healthy',
  'ok.trips-nesterov-0.98-full-batch-linear-wild-start': 'a linear model that settles at 0.11 (the office-share x weekday interaction): not clearly healthy',
  'ok.trips-sgd-plain-full-batch-sigmoid-long': 'ends 0.47 with sigmoid 100% saturated: not healthy, not a clean fault either',
  'ok.entrapment-adam-relu-val': 'train 0.38 of the prior but validation 0.70: overfits, not clearly healthy',
  'ok.entrapment-logistic-nesterov-full-batch-long': 'ends 0.51 of the prior: the weakest entrapment run; trimmed',
  'ok.fault-adam-relu': 'healthy (0.01) but redundant; trimmed to keep the healthy count near the aim',
  'ok.circles-adam-relu': 'healthy (0.00) but redundant; trimmed',
  'ok.iris-adam-tanh': 'healthy (0.04) but redundant; trimmed',
  'ok.moons-rmsprop-elu': 'healthy (0.11) but redundant; trimmed',
}
HEALTHY_RENAME = {
  'oscillating-loss.momentum-0.95-lr-0.2-full-batch-linear-motor': 'motor-linear-momentum-0.95-full-batch-wild-start',
  'oscillating-loss.nesterov-0.98-lr-0.3-linear-motor-batch-450': 'motor-linear-nesterov-0.98-batch-450',
}

ABOUT = ('Fault set 154 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low, plateau and full-batch healthy candidates (observed-curves.txt). '
         'Theme: elevators and building maintenance: trips.csv (1,000 daily building logs: log ids, timestamps, building ids "BLD-07"; floors, '
         'occupants, office share, weekday, cars, outdoor C -> trips per day) and trips-na.csv ("NA" occupants), motor.csv (900 car shifts: car ids, '
         'timestamps; load kg and lb, door cycles, runtime, ambient C and F, vented -> motor temperature C and F), fault.csv (1,000 callouts -> '
         'door/leveling/drive/controller/rare rope 47; technician number with no effect), entrapment.csv (1,100 car-months -> rare entrapment flag '
         '112/1,100; panel serial text), repair.csv (850 work orders, semicolon export with decimal commas -> skewed repair cost in dollars), plus '
         'builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline rope-replacement table. Data by data/generate.ts; specs by '
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
