#!/usr/bin/env python3
"""Files the candidates of test/faults-blind146 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'fare regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'vehicle-class classifier with activation "gelu"'),
  'invalid-spec.mae-loss-tips': f('invalid-spec', S, ['invalid-spec'], 'tip regression with loss "mae" (L1 for skewed tips)'),
  'invalid-spec.embedding-driver-id': f('invalid-spec', S, ['invalid-spec'], 'cancel classifier opening with an embedding layer for driver ids'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'pickup-wait regression with batchSize 0'),
  'data-error.na-trip-km': f('data-error', S, ['data-error'], 'fare regression reading the export copy with "NA" trip_km cells'),
  'data-error.driver-id-feature': f('data-error', S, ['data-error'], 'fare regression with the text column driver_id ("DRV-1217") in features'),
  'data-error.request-ts-feature': f('data-error', S, ['data-error'], 'fare regression with the request timestamp text in features'),
  'data-error.trip-kms-typo': f('data-error', S, ['data-error'], 'cancel classifier with feature "trip_kms"; the header says trip_km'),
  'data-error.tip-amount-target-typo': f('data-error', S, ['data-error'], 'tip regression with target "tip_amount"; the header says tip_usd'),
  'data-error.capitalised-path': f('data-error', S, ['data-error'], 'vehicle classifier pointing at Vehicle.csv; the file is vehicle.csv'),
  'shape-mismatch.vehicle-four-heads-no-wav': f('shape-mismatch', S, ['shape-mismatch'], 'vehicle classifier with a 4-unit softmax; the rare wav class makes 5'),
  'shape-mismatch.fare-usd-and-cents-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'fare and trip minutes as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four zone blobs with a 3-unit softmax head'),
  'shape-mismatch.cancel-cce-one-unit': f('shape-mismatch', S, ['shape-mismatch', 'loss-activation-mismatch'], 'binary cancel flag under cce with a 1-unit softmax head'),
  'loss-activation-mismatch.relu-head-standardized-fare': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized fare through a relu output: ends 0.28 (healthy 0.01-0.03)'),
  'loss-activation-mismatch.softmax-single-unit-bce-cancel': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'cancel flag with a 1-unit softmax output under bce: constant output, 73x the prior'),
  'loss-activation-mismatch.softmax-single-unit-mse-wait': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'pickup wait regression with a 1-unit softmax output: constant 1, 2.00x'),
  'loss-activation-mismatch.sigmoid-head-standardized-tips': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized tips through a sigmoid output: 0.58 (healthy 0.10-0.11)'),
  'no-nonlinearity.circles-three-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through three linear layers: 1.00'),
  'no-nonlinearity.spirals-linear-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through a linear hidden layer: 0.96'),
  'no-nonlinearity.xor-linear-nesterov-full-batch': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through two linear layers, Nesterov full batch: 0.98'),
  'no-nonlinearity.moons-linear-dropout-sgd': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through a linear layer with dropout: 0.34 (healthy 0.00-0.02)'),
  'no-nonlinearity.sine-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through two linear layers: 0.36 (healthy 0.01-0.03)'),
  'lr-out-of-range.sgd-lr-40-fare': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'fare with plain SGD lr 40: NaN at epoch 1'),
  'lr-out-of-range.adam-1e-8-vehicle': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'vehicle classifier with adam lr 1e-8: never moves'),
  'lr-out-of-range.rmsprop-lr-3-cancel': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'cancel flag with rmsprop lr 3: 14x the prior'),
  'lr-out-of-range.negative-lr-wait': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'pickup wait with momentum SGD lr -0.01: the parser refuses it'),
  'init-symmetry.constant-0.3-tanh-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with every weight constant 0.3 in tanh layers: 1.00'),
  'init-symmetry.zeros-sigmoid-rmsprop-spirals': f('init-symmetry', P, ['init-symmetry'], 'spirals with zero-initialised sigmoid layers: 0.90'),
  'init-symmetry.constant-1-elu-vehicle-nesterov': f('init-symmetry', P, ['init-symmetry'], 'vehicle classifier with constant 0.1 elu and softmax layers: 0.47 (healthy 0.14-0.20)'),
  'init-symmetry.zeros-relu-adam-fare': f('init-symmetry', P, ['init-symmetry', 'dead-relu'], 'fare with zero-initialised relu layers: 1.00'),
  'init-scale.normal-std-4-relu-wait': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'pickup wait with std-4 relu layers: first 2.7e9, ends 2e7x'),
  'init-scale.normal-1e-5-six-relu-moons': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5 on moons: 1.00'),
  'init-scale.uniform-6-sigmoid-cancel': f('init-scale', P, ['init-scale', 'saturated-activation'], 'cancel flag through sigmoid layers at uniform limit 6: 1.08'),
  'dead-relu.bias-minus-8-wait': f('dead-relu', P, ['dead-relu'], 'pickup wait with a relu layer at bias -8: 88% dead, 0.90'),
  'dead-relu.bias-minus-4-three-layer-vehicle-momentum': f('dead-relu', P, ['dead-relu'], 'vehicle classifier through three relu layers at bias -4: 1.00'),
  'dead-relu.he-uniform-bias-minus-20-tips': f('dead-relu', P, ['dead-relu'], 'tips with a 128-unit relu layer at bias -20: 1.00'),
  'dead-relu.adam-0.1-batch-4-fare': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'fare with adam 0.1 at batch 4: layer-3 relu 100% dead, min 0.11, ends 1.02'),
  'exploding-gradient.raw-fare-cents-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'fare in raw cents as target: 3.07x the baseline 2.2e6'),
  'exploding-gradient.raw-request-epoch-cancel': f('exploding-gradient', P, ['exploding-gradient'], 'cancel flag on raw features including the request epoch (1.7e9): first 4e8, ends 1.2e6x'),
  'exploding-gradient.raw-wait-seconds-target-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'pickup wait in raw seconds as target: 3.11x the baseline'),
  'exploding-gradient.ten-relu-std-0.5-adam-fare': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'fare through ten relu layers at std 0.5: first 8561, ends 22.7x'),
  'vanishing-gradient.eight-sigmoid-nesterov-full-batch-fare': f('vanishing-gradient', P, ['vanishing-gradient'], 'fare through eight sigmoid layers, Nesterov full batch: 1.00'),
  'vanishing-gradient.six-sigmoid-lecun-spirals': f('vanishing-gradient', P, ['vanishing-gradient'], 'spirals through six sigmoid layers: 1.00'),
  'vanishing-gradient.twelve-sigmoid-rmsprop-vehicle': f('vanishing-gradient', P, ['vanishing-gradient'], 'vehicle classifier through twelve sigmoid layers (plain SGD): 1.00'),
  'nan-loss.momentum-lr-2-batch-16-fare': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'fare with momentum SGD lr 2: NaN at epoch 1'),
  'nan-loss.raw-fare-cents-target-sgd': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw fare cents target with SGD 0.01: NaN at epoch 1'),
  'nan-loss.constant-3-six-elu-tips': f('nan-loss', T, ['nan-loss', 'init-scale'], 'six elu layers at constant 3: NaN at epoch 1'),
  'nan-loss.sgd-plain-5-full-batch-linear-wait': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear pickup-wait model, plain SGD lr 5 full batch: diverges, NaN at epoch 40'),
  'init-scale.normal-std-2-elu-tips': f('nan-loss', T, ['nan-loss', 'init-scale'], 'tips through elu layers at std 2: NaN at epoch 1 (refiled from init-scale)'),
  'lr-too-high.sgd-plain-2-full-batch-tanh-fare': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'fare tanh net, plain SGD lr 2 full batch: grows from epoch 2, NaN at epoch 17 (refiled from lr-too-high)'),
  'oscillating-loss.km-miles-sgd-0.62-full-batch-linear-fare': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'collinear km and miles, plain SGD 0.62 full batch: grows 6.9x per epoch, NaN at epoch 91 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-bias-8-tips': f('saturated-activation', P, ['saturated-activation'], 'tips through sigmoid layers with bias 8: 1.07'),
  'saturated-activation.sigmoid-raw-wait-seconds-cancel': f('saturated-activation', P, ['saturated-activation'], 'cancel flag on raw wait seconds through sigmoid: 1.00 (healthy 0.71-0.78)'),
  'saturated-activation.tanh-normal-std-3-fare': f('saturated-activation', P, ['saturated-activation', 'init-scale'], 'fare through tanh at std 3: 0.10 (healthy 0.01)'),
  'lr-too-high.adam-0.3-batch-16-vehicle': f('lr-too-high', T, ['lr-too-high'], 'vehicle classifier with adam 0.3: min 0.32, ends 0.46 (healthy 0.14-0.20)'),
  'lr-too-high.sgd-plain-10-full-batch-iris': f('lr-too-high', T, ['lr-too-high'], 'iris with plain SGD lr 10 full batch: climbs to 1e12, then a two-step cycle 0.34/0.35 (healthy 0.03-0.04)'),
  'nan-loss.rmsprop-5-batch-1-cancel': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range'], 'cancel flag with rmsprop 5 at batch 1: first 75.7, ends 9x, no NaN (refiled from nan-loss)'),
  'lr-too-low.sgd-plain-1e-5-full-batch-fare': f('lr-too-low', T, ['lr-too-low'], 'fare with plain SGD 1e-5 full batch: 2.40 to 2.36'),
  'lr-too-low.nesterov-1e-6-full-batch-vehicle': f('lr-too-low', T, ['lr-too-low'], 'vehicle classifier, Nesterov 1e-6 full batch: 1.68, never moves'),
  'lr-too-low.adam-2e-6-cancel': f('lr-too-low', T, ['lr-too-low'], 'cancel flag with adam 2e-6: 0.80 to 0.77, 3.7x the prior'),
  'lr-too-low.rmsprop-1e-6-wait': f('lr-too-low', T, ['lr-too-low'], 'pickup wait with rmsprop 1e-6: 3.63 to 3.55'),
  'lr-too-low.momentum-5e-6-batch-8-tips': f('lr-too-low', T, ['lr-too-low'], 'tips with momentum 5e-6: still falling at 0.55 after 30 epochs (healthy 0.10-0.11)'),
  'oscillating-loss.momentum-0.95-lr-0.5-full-batch-linear-wait': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear pickup-wait model, momentum 0.95 lr 0.5 full batch: three-epoch swings 0.32-1.62 damping slowly, ends 0.31 (healthy 0.11-0.19)'),
  'oscillating-loss.sgd-plain-0.5-batch-64-linear-wait': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear pickup-wait model, plain SGD 0.5 at batch 64: spikes to 1.09, 1.35, 1.64 among 0.36-0.5, ends 0.38'),
  'loss-plateau.app-build-only-vehicle': f('loss-plateau', T, ['loss-plateau'], 'vehicle class from the app build number only: 1.00'),
  'loss-plateau.request-epoch-only-cancel': f('loss-plateau', T, ['loss-plateau'], 'cancel flag from the request epoch only: 1.00'),
  'loss-plateau.hour-only-wait': f('loss-plateau', T, ['loss-plateau'], 'pickup wait from the hour only: 1.02'),
  'loss-plateau.weight-decay-5-rmsprop-fare': f('loss-plateau', T, ['loss-plateau'], 'fare with rmsprop weightDecay 5: min 0.49, climbs back to 1.00'),
}
TRIMMED = {'lr-too-high.nesterov-0.5-wait', 'dead-relu.sgd-plain-1-batch-1-wait', 'exploding-gradient.raw-features-momentum-wait'}
DROPPED = {
  'init-scale.uniform-3-tanh-vehicle': 'trained to 0.05',
  'loss-activation-mismatch.tanh-head-bce-moons': 'trained to 0.02',
  'loss-plateau.dropout-0.95-tips': 'noisy 0.64-0.87, still falling: unclear',
  'lr-too-high.adam-0.05-batch-2-cancel': 'ends 0.88 against healthy 0.71-0.78: too close',
  'lr-too-high.rmsprop-0.05-batch-1-tips': 'ends 0.21 against 0.10-0.11 after 5 epochs: unclear',
  'saturated-activation.sigmoid-raw-wait-features': 'trained to 0.15',
  'saturated-activation.tanh-raw-quote-vehicle': 'ends 0.21 against 0.14-0.20: too close',
  'vanishing-gradient.ten-tanh-std-0.03-cancel': 'ends 0.81 against healthy 0.71-0.78: too close',
  'oscillating-loss.adam-0.03-batch-450-elu-wait': 'settles at 0.15',
  'oscillating-loss.adam-0.08-full-batch-linear-tips': 'one slow bump 0.26-0.30, settles at 0.25',
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-tanh-vehicle': 'slow swings 0.29-0.41 but ends 0.20, within healthy: unclear',
  'oscillating-loss.nesterov-0.95-lr-3-logistic-accept': 'trains smoothly to 0.00',
  'oscillating-loss.nesterov-0.97-lr-0.3-full-batch-linear-fare': 'settles at 0.03 with ripples of 0.005',
  'oscillating-loss.rmsprop-0.02-full-batch-logistic-cancel': 'slow monotone descent, 0.84 after 150 epochs: not an oscillation',
  'ok.cancel-adam-relu': 'rare-flag noise floor, 0.71 of the prior: not clearly healthy',
  'ok.cancel-logistic-sgd-plain-full-batch': '0.78 of the prior: not clearly healthy',
  'ok.cancel-momentum-sigmoid-xavier-uniform': '0.78 of the prior: not clearly healthy',
  'ok.cancel-nesterov-tanh-full-batch': '0.72 of the prior: not clearly healthy',
  'ok.cancel-rmsprop-elu-clip': '0.78 of the prior: not clearly healthy',
  'ok.spirals-adam-tanh-deep': 'ends 0.78: not healthy',
  'ok.fare-sgd-plain-relu-deep-full-batch': 'alternating swings 0.11-0.67 mid-run before settling at 0.01: not clearly healthy',
}
HEALTHY_RENAME = {'lr-too-high.momentum-0.9-lr-1-full-batch-moons': 'moons-momentum-lr-1-full-batch-relu'}

ABOUT = ('Fault set 146 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates and full-batch healthy ones (observed-curves.txt). '
         'Theme: taxi and ride-hail dispatch: fares.csv (1,000 trips: trip ids, request timestamps, driver ids; hour, trip km and miles, '
         'minutes, surge, passengers, airport -> fare in dollars and in cents) and fares-na.csv ("NA" trip_km), vehicle.csv (1,000 bookings -> '
         'economy/comfort/xl/premium/rare wav 42; app build with no effect), cancel.csv (1,200 offers -> rare cancelled-by-driver 64/1,200; '
         'request epoch with no effect), tips.csv (900 trips, semicolon export with decimal commas -> skewed tips), wait.csv (900 tab-separated '
         'requests -> pickup wait in seconds and minutes), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline '
         'driver-accept table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
