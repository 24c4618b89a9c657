#!/usr/bin/env python3
"""Files the candidates of test/faults-blind186 by what the bare engine showed (observed.txt,
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
  'invalid-spec.nadam-optimizer': f('invalid-spec', S, ['invalid-spec'], 'ice-temperature regression with optimizer "nadam" (a Keras habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'stone-travel regression with activation "gelu" (a PyTorch habit)'),
  'invalid-spec.sparse-cce-loss': f('invalid-spec', S, ['invalid-spec'], 'session-kind classifier with loss "sparse_categorical_crossentropy"'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'ice-crack classifier with batchSize 0'),
  'invalid-spec.units-string': f('invalid-spec', S, ['invalid-spec'], 'booking-total regression with units "1" as a string'),
  'data-error.na-humidity': f('data-error', S, ['data-error'], 'ice temperature from the sensor copy with "NA" humidity cells'),
  'data-error.rink-id-feature': f('data-error', S, ['data-error'], 'ice temperature with the text rink_id ("RINK-03") in features'),
  'data-error.booking-ts-feature': f('data-error', S, ['data-error'], 'session kind with the start timestamp text in features'),
  'data-error.zamboni-serial-text': f('data-error', S, ['data-error'], 'ice crack with the text zamboni_serial ("Z-3190") in features'),
  'data-error.travel-metres-typo': f('data-error', S, ['data-error'], 'stone travel with target "travel_metres"; the header says travel_m'),
  'data-error.ledger-id-feature': f('data-error', S, ['data-error'], 'booking total with the ledger_id text in features (tab-separated file)'),
  'shape-mismatch.session-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'session kind with a 3-unit softmax; five kinds incl. the rare private party'),
  'shape-mismatch.travel-m-and-ft-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'travel in metres and feet as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four rink-zone blobs with a 3-unit softmax'),
  'loss-activation-mismatch.softmax-one-unit-bce-crack': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'ice crack with a 1-unit softmax output under bce: constant output, 51.9x the prior'),
  'loss-activation-mismatch.relu-head-standardized-ice': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized (negative) ice temperature through a relu output: ends 0.59 (healthy 0.08-0.11)'),
  'loss-activation-mismatch.sigmoid-head-mse-session-cce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'session kind with a 5-unit sigmoid output under cce: loss collapses to 1e-7 while accuracy is 0.81 (healthy 0.99+)'),
  'loss-activation-mismatch.sigmoid-head-raw-travel': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'raw travel metres (11-45) through a sigmoid output under mse: 21x the baseline, output saturated'),
  'no-nonlinearity.circles-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear hidden layers: 1.00 of the prior'),
  'no-nonlinearity.xor-linear-deep-rmsprop-full': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through three linear layers, full batch: 1.00'),
  'no-nonlinearity.sine-linear-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through a linear hidden layer: 0.42 (healthy 0.03-0.05)'),
  'no-nonlinearity.moons-linear-dropout-sgd': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through a linear layer with dropout: 0.39 (healthy 0.04-0.07)'),
  'lr-out-of-range.rmsprop-lr-30-session': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'session kind with rmsprop lr 30: first 1.1e4, ends 2.46x the prior'),
  'lr-out-of-range.adam-1e-8-ice': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'ice temperature with adam lr 1e-8: stuck at 3.77'),
  'lr-out-of-range.nesterov-lr-50-stone': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'stone travel with nesterov lr 50: NaN at epoch 1'),
  'lr-out-of-range.sgd-negative-booking': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'booking total with sgd lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-adam-stone': f('init-symmetry', P, ['init-symmetry'], 'stone travel with zero-initialised relu layers: all dead, 1.00'),
  'init-symmetry.zeros-elu-rmsprop-moons': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised elu layers: 1.00'),
  'init-symmetry.constant-0.3-tanh-momentum-session': f('init-symmetry', P, ['init-symmetry'], 'session kind with every weight 0.3: identical units, ends 0.18 (healthy 0.00-0.03)'),
  'init-scale.normal-std-10-elu-stone': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'stone travel with std-10 elu layers: first 8e9, ends 3.7e8x'),
  'init-scale.normal-1e-5-six-relu-ice': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: flat at 1.00'),
  'init-scale.uniform-1e-5-tanh-spirals': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'five tanh layers at uniform 1e-5 on spirals: gradients 1e-23, 1.00'),
  'init-scale.normal-std-4-relu-crack': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'ice crack with std-4 relu layers: first 9700, ends 3500x'),
  'dead-relu.bias-minus-8-adam-stone': f('dead-relu', P, ['dead-relu'], 'stone travel with one 64-unit relu layer at bias -8: 98% dead, 0.72 (healthy 0.01)'),
  'dead-relu.bias-minus-4-three-layer-session': f('dead-relu', P, ['dead-relu'], 'session kind through three relu layers at bias -4: dead, 1.00'),
  'dead-relu.bias-minus-6-xor': f('dead-relu', P, ['dead-relu'], 'xor with a relu layer at bias -6: all dead, 1.00'),
  'dead-relu.adam-0.3-batch-16-ice': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'ice temperature with adam 0.3 at batch 16: layer-2 relu 83% dead, ends 0.14 (healthy 0.08-0.10)'),
  'nan-loss.rmsprop-2-batch-2-ice': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'ice temperature with rmsprop 2 at batch 2: layer-2 relu 100% dead, ends 2.37x, no NaN (refiled from nan-loss)'),
  'exploding-gradient.raw-booking-cents-target': f('exploding-gradient', P, ['exploding-gradient'], 'booking total in raw cents as target: 2.73x the baseline 4e9'),
  'exploding-gradient.raw-attendance-features-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'ice temperature on raw features (attendance up to 2,500): first loss 3.2e6, ends 4.1x'),
  'exploding-gradient.raw-travel-metres-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'stone travel in raw metres as target: 2.42x the baseline'),
  'exploding-gradient.raw-compressor-kw-crack-nesterov': f('exploding-gradient', P, ['exploding-gradient', 'saturated-activation'], 'ice crack on raw features (compressor kW, attendance): first loss 14.8, ends 0.94 (healthy 0.74)'),
  'vanishing-gradient.nine-sigmoid-sgd-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through nine sigmoid layers: first-layer gradient 1e-7, 1.00'),
  'vanishing-gradient.ten-sigmoid-momentum-crack': f('vanishing-gradient', P, ['vanishing-gradient'], 'ice crack through ten sigmoid layers: gradients 1e-8, 1.00'),
  'nan-loss.sgd-5-full-batch-raw-booking': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw-dollar booking target, sgd 0.05 full batch: NaN at epoch 5'),
  'nan-loss.momentum-0.95-lr-1-stone': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'stone travel with momentum 0.95 lr 1: NaN at epoch 1'),
  'nan-loss.constant-1.5-linear-deep-booking': f('nan-loss', P, ['nan-loss', 'init-scale'], 'seven linear layers at constant 1.5: NaN at epoch 1'),
  'nan-loss.raw-cents-nesterov': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'raw features and raw-cents target, nesterov: NaN at epoch 1'),
  'dead-relu.sgd-2-batch-4-booking': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'booking total, two relu layers, sgd 0.2 at batch 4: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.ten-leaky-std-0.5-stone': f('nan-loss', P, ['nan-loss', 'init-scale', 'exploding-gradient'], 'ten leaky layers at std 0.5: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.sgd-plain-1.5-batch-4-ice': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'ice temperature, tanh, plain sgd 0.5 at batch 4 (the slug says 1.5; the spec has 0.5): NaN at epoch 1 (refiled from lr-too-high)'),
  'saturated-activation.tanh-raw-kw-crack': f('saturated-activation', P, ['saturated-activation'], 'ice crack on raw features through tanh: 99% saturated, 0.95 (healthy 0.74)'),
  'saturated-activation.sigmoid-bias-8-ice': f('saturated-activation', P, ['saturated-activation'], 'ice temperature through sigmoid layers at bias 8: 87% saturated, 0.63 (healthy 0.08-0.11)'),
  'saturated-activation.tanh-raw-pebble-stone': f('saturated-activation', P, ['saturated-activation'], 'stone travel on raw features through tanh: 100% saturated, 1.19'),
  'lr-too-high.momentum-lr-0.8-batch-8-session': f('lr-too-high', T, ['lr-too-high'], 'session kind, momentum sgd 0.8 at batch 8: first 46, stuck 0.55-0.65 (healthy 0.01)'),
  'lr-too-high.nesterov-0.5-batch-1-iris': f('lr-too-high', T, ['lr-too-high'], 'iris, nesterov 0.5 at batch 1: 12.5-23.8, ends 15x the prior'),
  'lr-too-high.rmsprop-0.05-batch-2-stone': f('lr-too-high', T, ['lr-too-high'], 'stone travel, rmsprop 0.05 at batch 2: stuck 0.14-0.16 (healthy 0.01)'),
  'oscillating-loss.sgd-plain-1.05-full-batch-linear-stone': f('lr-too-high', T, ['lr-too-high'], 'linear stone model, plain sgd 1.05 full batch: loss rises every epoch to 2e30, no NaN (refiled from oscillating-loss)'),
  'lr-too-low.adam-3e-7-session': f('lr-too-low', T, ['lr-too-low'], 'session kind with adam 3e-7: 2.504 -> 2.494 in 40 epochs'),
  'lr-too-low.sgd-1e-6-batch-4-stone': f('lr-too-low', T, ['lr-too-low'], 'stone travel with sgd 1e-6 at batch 4: 1.077 -> 1.034'),
  'lr-too-low.rmsprop-1e-7-crack': f('lr-too-low', T, ['lr-too-low'], 'ice crack with rmsprop 1e-7: 0.763 -> 0.762, 2.7x the prior'),
  'lr-too-low.momentum-1e-6-full-batch-ice': f('lr-too-low', T, ['lr-too-low'], 'ice temperature with momentum sgd 1e-6 full batch: 3.06 -> 2.94 in 200 epochs'),
  'oscillating-loss.momentum-0.99-lr-0.5-full-batch-linear-ice': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear ice model, momentum 0.99 lr 0.5 full batch: period-3 swings 0.10-2.23 for all 150 epochs'),
  'oscillating-loss.momentum-0.95-lr-0.2-full-batch-linear-ice': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear ice model, momentum 0.95 lr 0.2 full batch: swings 0.10-1.88, slowly damped, ends 0.10'),
  'oscillating-loss.rmsprop-0.3-full-batch-linear-ice': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear ice model, rmsprop 0.3 full batch: reaches 0.096 then swings 0.10-0.51, ends 0.23'),
  'oscillating-loss.rmsprop-0.1-batch-400-tanh-booking': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'booking total, tanh, rmsprop 0.1 at batch 400: swings 0.03-0.29 throughout (healthy 0.01)'),
  'loss-plateau.zamboni-serial-only-crack': f('loss-plateau', T, ['loss-plateau'], 'ice crack from the numeric zamboni serial alone: 1.00 of the prior'),
  'loss-plateau.locker-bank-only-session': f('loss-plateau', T, ['loss-plateau'], 'session kind from the locker bank alone: 1.00'),
  'loss-plateau.stone-kg-in-turn-only': f('loss-plateau', T, ['loss-plateau'], 'stone travel from stone weight and turn alone: 1.00'),
  'loss-plateau.weight-decay-5-nesterov-ice': f('loss-plateau', T, ['loss-plateau'], 'ice temperature with weightDecay 5: flat at 1.00'),
  'loss-plateau.clipnorm-1e-7-adam-booking': f('loss-plateau', T, ['loss-plateau'], 'booking total with clipNorm 1e-7 (sgd despite the slug): flat at 3.52 for 60 epochs'),
}

TRIMMED = set()
DROPPED = {
  'init-scale.uniform-5-sigmoid-session': 'trained to 0.02 of the prior',
  'init-symmetry.zeros-sigmoid-sgd-crack': 'ends 0.82, inside the healthy crack range (0.74-0.83)',
  'init-symmetry.constant-0.05-tanh-ice': 'trained to 0.10, healthy',
  'loss-activation-mismatch.tanh-head-bce-pebble': 'trained to 0.02, acc 1.00',
  'shape-mismatch.crack-two-softmax-bce': 'the engine accepted two sigmoid outputs under bce and trained to 0.79',
  'saturated-activation.sigmoid-raw-attendance-session': 'trained to 0.01',
  'saturated-activation.tanh-raw-party-booking': 'ends 0.08 against healthy 0.00-0.04: unclear',
  'vanishing-gradient.eight-sigmoid-adam-stone': 'adam trained it to 0.01',
  'vanishing-gradient.seven-tanh-normal-0.02-session': 'trained to 0.05',
  'lr-too-high.adam-0.1-batch-4-sine': 'ends 0.04, healthy range',
  'lr-too-high.adam-0.2-batch-16-crack': 'ends 0.88 with one spike; healthy crack specs are themselves weak (0.74-0.83): unclear',
  'lr-too-low.nesterov-5e-6-spirals': 'the healthy spirals spec did not train either (0.92): unclear',
  'oscillating-loss.adam-0.15-full-batch-sine': 'damped swings, ends 0.02',
  'oscillating-loss.adam-0.3-full-batch-linear-booking': 'damped, settles at 0.134',
  'oscillating-loss.adam-1-full-batch-linear-stone': 'damped swings, settles at 0.015',
  'oscillating-loss.momentum-0.99-lr-0.05-batch-300-stone-tanh': 'small zigzag, ends 0.02',
  'oscillating-loss.nesterov-0.97-lr-0.3-batch-250-booking': 'noisy 0.14-0.23 around the linear floor 0.134: unclear',
  'oscillating-loss.rmsprop-0.05-full-batch-linear-ice': 'tiny wobble at 0.096-0.102',
  'oscillating-loss.sgd-plain-0.97-full-batch-linear-stone': 'diverges monotonically (a twin of the refiled 1.05 one)',
  'oscillating-loss.sgd-plain-3-logistic-pebble': 'damped, ends 0.03',
  'ok.spirals-adam-tanh-deep': 'ends 0.92 of the prior: not healthy',
  'ok.crack-adam-relu': 'ends 0.74 of the prior (rare flag, noisy by construction): not clearly healthy',
  'ok.crack-logistic-rmsprop': 'ends 0.82: not clearly healthy',
  'ok.crack-minmax-adam-elu-clip': 'ends 0.83: not clearly healthy',
  'ok.crack-nesterov-tanh-batch-64': 'ends 0.74: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 186 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: ice rinks and curling clubs: icetemp.csv (1,000 sensor readings: reading ids, timestamps, rink ids; air temp, humidity, '
         'attendance, minutes since resurfacing, brine temp -> ice temperature C) and icetemp-na.csv ("NA" humidity), stone.csv (900 '
         'deliveries, semicolon export with decimal commas: release speed m/s, sweep count, ice temp, pebble age, stone kg, in-turn -> '
         'travel metres and feet), session.csv (1,000 bookings -> public/hockey/curling/figure/rare private party 47; booking ids, '
         'timestamps; locker bank with no effect), crack.csv (1,200 inspections -> rare ice crack 99/1,200; text zamboni serial) and '
         'crack-serial.csv (numeric serial, no effect), booking.csv (800 tab-separated ledger rows -> skewed totals in dollars and cents), '
         'plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline pebble table. Data by data/generate.ts; specs by '
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
