#!/usr/bin/env python3
"""Files the candidates of test/faults-blind121 by what the bare engine showed (observed.txt,
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
  'invalid-spec.huber-loss': f('invalid-spec', S, ['invalid-spec'], 'station-rides regression with the Keras/PyTorch loss name "huber"'),
  'invalid-spec.swish-activation': f('invalid-spec', S, ['invalid-spec'], 'battery-drain regression with activation "swish"'),
  'invalid-spec.adagrad-optimizer': f('invalid-spec', S, ['invalid-spec'], 'rider-type classifier with optimizer "adagrad"'),
  'invalid-spec.conv1d-layer': f('invalid-spec', S, ['invalid-spec'], 'station-rides regression with a conv1d layer copied from a demand-forecast tutorial'),
  'invalid-spec.units-string': f('invalid-spec', S, ['invalid-spec'], 'vandal-flag classifier with units "16" as a string'),
  'invalid-spec.validation-split-20': f('invalid-spec', S, ['invalid-spec'], 'rebalancing-cost regression with validationSplit 20 (meant 20 %)'),
  'data-error.na-rain-mm': f('data-error', S, ['data-error'], 'station-rides regression reading a copy whose rain_mm is "NA" on 27 rows'),
  'data-error.station-id-feature': f('data-error', S, ['data-error'], 'station-rides regression with the text column station_id ("ST-012") in features'),
  'data-error.scooter-id-feature': f('data-error', S, ['data-error'], 'battery-drain regression (tab-separated) with the text column scooter_id in features'),
  'data-error.hour-start-feature': f('data-error', S, ['data-error'], 'station-rides regression with the hour_start timestamp text in features'),
  'data-error.cost-dollars-typo': f('data-error', S, ['data-error'], 'rebalancing regression with target "cost_dollars"; the header says cost_usd'),
  'data-error.missing-csv-file': f('data-error', S, ['data-error'], 'rider-type classifier pointing at riders-2024.csv, which does not exist'),
  'shape-mismatch.rider-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'rider-type with a 3-unit softmax head; the data has 4 rider types (rare tourist forgotten)'),
  'shape-mismatch.usd-and-cents-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'cost in dollars and cents as two targets, one output unit'),
  'shape-mismatch.iris-two-heads': f('shape-mismatch', S, ['shape-mismatch'], 'iris with a 2-unit softmax head'),
  'shape-mismatch.rides-two-outputs': f('shape-mismatch', S, ['shape-mismatch'], 'station-rides single target with a 2-unit output'),
  'loss-activation-mismatch.linear-head-brake-bce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'inline brake log with a linear output under bce: 11.6x the prior'),
  'loss-activation-mismatch.sigmoid-head-rides': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized rides through a sigmoid output under mse: ends 0.71 (healthy rides 0.14)'),
  'loss-activation-mismatch.tanh-head-battery-minmax': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'raw battery percent (0-60) through a tanh output: 3.13x the baseline'),
  'no-nonlinearity.moons-three-linear-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through three linear hidden layers: 0.36 (healthy 0.01-0.02)'),
  'no-nonlinearity.xor-linear-momentum': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through a linear hidden layer: 0.99 of the prior'),
  'no-nonlinearity.rides-linear-adam-batch-8': f('no-nonlinearity', S, ['no-nonlinearity'], 'rides (commute peaks by hour) through two linear layers: 0.55 (healthy 0.14)'),
  'no-nonlinearity.spirals-linear-bn-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through a linear batch-normalized layer: 0.98 of the prior'),
  'lr-out-of-range.adam-lr-5-rides': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'rides with adam lr 5: first loss 6.7e4, ends 1.22'),
  'lr-out-of-range.sgd-1e-9-rider': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'rider-type with plain SGD lr 1e-9: the loss never moves'),
  'lr-out-of-range.momentum-lr-50-battery': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'battery with momentum SGD lr 50: NaN at epoch 1'),
  'lr-out-of-range.rmsprop-zero-vandal': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'vandal flag with rmsprop lr 0: the parser refuses it'),
  'init-symmetry.zeros-tanh-adam-rider': f('init-symmetry', P, ['init-symmetry'], 'rider-type with zero-initialised tanh and softmax layers: 1.00 of the prior'),
  'init-symmetry.zeros-two-relu-momentum-cost': f('init-symmetry', P, ['init-symmetry'], 'rebalancing cost with zero-initialised relu layers: flat at 1.00'),
  'init-symmetry.constant-0.3-sigmoid-sgd-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with constant 0.3 sigmoid layers: 1.01 of the prior'),
  'init-scale.normal-std-20-relu-cost': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'cost with normal std 20 relu layers: first loss 5.5e10, ends 2.4e10x'),
  'init-scale.uniform-8-sigmoid-vandal': f('init-scale', P, ['init-scale', 'saturated-activation'], 'vandal flag with uniform limit 8 sigmoid layers: first loss 8.3, ends 1.27 of the prior'),
  'init-scale.normal-1e-4-five-tanh-rides': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'five tanh layers at std 1e-4: flat at 1.00'),
  'dead-relu.bias-minus-10-battery': f('dead-relu', P, ['dead-relu'], 'battery with a relu layer at bias -10: 95% dead, ends 0.51 (healthy 0.05-0.07)'),
  'dead-relu.bias-minus-5-three-layer-rider': f('dead-relu', P, ['dead-relu'], 'rider-type three relu layers at bias -5: layers 2-3 all dead, 1.00 of the prior'),
  'dead-relu.bias-minus-3-uniform-small-rides': f('dead-relu', P, ['dead-relu'], 'rides two relu layers at bias -3: 67-81% of layer 2 dead, ends 0.68 (healthy 0.14)'),
  'dead-relu.rmsprop-0.5-batch-8-cost': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'cost with rmsprop 0.5 at batch 8: layer 2 relu all dead, ends 1.13'),
  'nan-loss.adam-3-batch-2-battery': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'battery with adam 3 at batch 2: first loss 1.5e5, layer 2 all dead, flat at 1.01 (refiled from nan-loss)'),
  'exploding-gradient.eight-relu-std-1-cost': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'eight relu layers at std 1: first loss 1.9e8, ends 1.2e6x'),
  'exploding-gradient.raw-cents-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'cost in raw cents as target: loss 7e8, 10x the baseline'),
  'exploding-gradient.raw-undock-unix-rmsprop': f('exploding-gradient', P, ['exploding-gradient', 'data-error'], 'battery with the raw unix undock time as a feature, no normalization: first loss 4e17'),
  'vanishing-gradient.nine-sigmoid-adam-rider': f('vanishing-gradient', P, ['vanishing-gradient'], 'rider-type through nine sigmoid layers: ends 0.44 (healthy 0.02-0.05)'),
  'vanishing-gradient.seven-sigmoid-sgd-moons': f('vanishing-gradient', P, ['vanishing-gradient'], 'moons through seven sigmoid layers: 1.01 of the prior'),
  'vanishing-gradient.six-sigmoid-rmsprop-battery': f('vanishing-gradient', P, ['vanishing-gradient'], 'battery through six sigmoid layers: ends 0.40 (healthy 0.05-0.07)'),
  'vanishing-gradient.twelve-sigmoid-nesterov-vandal': f('vanishing-gradient', P, ['vanishing-gradient'], 'vandal flag through twelve sigmoid layers: 1.00 of the prior'),
  'nan-loss.momentum-0.99-lr-1-sine': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'sine with momentum 0.99 at lr 1: NaN at epoch 1'),
  'nan-loss.raw-unix-full-batch-momentum': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'raw unix undock time and raw battery target, full batch: NaN at epoch 2'),
  'nan-loss.sgd-0.5-raw-cost-target': f('nan-loss', P, ['nan-loss', 'exploding-gradient', 'lr-too-high'], 'raw dollar cost target with plain SGD 0.5: NaN at epoch 1'),
  'nan-loss.std-5-four-relu-rides': f('nan-loss', P, ['nan-loss', 'init-scale', 'exploding-gradient'], 'four relu layers at std 5: NaN at epoch 1'),
  'oscillating-loss.sgd-plain-1.95-full-batch-linear-cost': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear cost model, plain SGD 1.95 full batch: grows 8x per epoch, NaN at epoch 77 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-raw-rider-kg-battery': f('saturated-activation', P, ['saturated-activation'], 'battery on raw units through sigmoid layers: 96% saturated, ends 0.32 (healthy 0.05-0.07)'),
  'saturated-activation.sigmoid-raw-van-km-cost': f('saturated-activation', P, ['saturated-activation'], 'cost on raw bikes/km through a sigmoid layer: up to 79% saturated, ends 0.13 (healthy 0.03-0.04)'),
  'saturated-activation.tanh-bias-6-rider': f('saturated-activation', P, ['saturated-activation'], 'rider-type with a tanh layer at bias 6: 100% saturated, 1.01 of the prior'),
  'saturated-activation.tanh-raw-dist-dock-vandal': f('saturated-activation', P, ['saturated-activation'], 'vandal flag on raw metres and hours through tanh: 90% saturated, ends 0.66 (healthy 0.34-0.39)'),
  'saturated-activation.tanh-raw-docks-wind-rides': f('saturated-activation', P, ['saturated-activation'], 'rides on raw units through tanh: 92% saturated, ends 0.78 (healthy 0.14)'),
  'lr-too-high.adam-0.5-full-batch-cost': f('lr-too-high', T, ['lr-too-high'], 'cost with adam 0.5 full batch: loss jumps to 89 and swings, ends 0.17 (healthy 0.03-0.04)'),
  'lr-too-high.rmsprop-0.1-batch-4-battery': f('lr-too-high', T, ['lr-too-high'], 'battery with rmsprop 0.1 at batch 4: never below 0.98, ends 1.19'),
  'nan-loss.rmsprop-2-linear-cost-raw': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'raw cost linear model with rmsprop 2 at batch 16: stuck around 1.8x the baseline, no NaN (refiled from nan-loss)'),
  'lr-too-low.adam-1e-6-rides': f('lr-too-low', T, ['lr-too-low'], 'rides with adam 1e-6: 2.74 -> 2.69 in 40 epochs'),
  'lr-too-low.sgd-plain-1e-4-batch-64-rider': f('lr-too-low', T, ['lr-too-low'], 'rider-type with plain SGD 1e-4: ends 1.49x the prior'),
  'lr-too-low.nesterov-3e-6-cost': f('lr-too-low', T, ['lr-too-low'], 'cost with Nesterov 3e-6: 1.78 -> 1.28 in 60 epochs'),
  'lr-too-low.rmsprop-5e-7-vandal': f('lr-too-low', T, ['lr-too-low'], 'vandal flag with rmsprop 5e-7: 0.613 -> 0.611, 2x the prior'),
  'lr-too-low.momentum-1e-5-batch-8-battery': f('lr-too-low', T, ['lr-too-low'], 'battery with momentum 0.5 lr 1e-5: still falling steadily at 0.68 after 30 epochs (healthy 0.05)'),
  'oscillating-loss.momentum-0.98-lr-0.1-full-batch-linear-battery': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear battery model, momentum 0.98 lr 0.1 full batch: swings 0.07-4.8 for 150 epochs'),
  'oscillating-loss.rmsprop-0.2-full-batch-tanh-cost': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'cost with rmsprop 0.2 full batch: swings 0.14-1.24 throughout'),
  'oscillating-loss.momentum-0.95-lr-0.3-batch-400-linear-rides': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear rides model, momentum 0.95 lr 0.3 at batch 400: swings 0.56-3.8, ends 0.75'),
  'loss-plateau.frame-serial-only-vandal': f('loss-plateau', T, ['loss-plateau'], 'vandal flag from the frame serial alone: 1.00 of the prior'),
  'loss-plateau.humidity-only-rider': f('loss-plateau', T, ['loss-plateau'], 'rider-type from humidity alone: 1.00 of the prior'),
  'loss-plateau.trip-id-only-rider': f('loss-plateau', T, ['loss-plateau'], 'rider-type from the trip id alone: 1.00 of the prior'),
  'loss-plateau.adam-weight-decay-5-cost': f('loss-plateau', T, ['loss-plateau'], 'cost with adam weightDecay 5: min 0.46 then climbs back to 0.95'),
  'loss-plateau.dropout-0.9-two-layers-battery': f('loss-plateau', T, ['loss-plateau'], 'battery with dropout 0.9 after both hidden layers: ends 1.23'),
  'loss-plateau.clipnorm-1e-6-rmsprop-rides': f('loss-plateau', T, ['loss-plateau', 'lr-too-low'], 'rides with momentum SGD clipNorm 1e-6: 2.738 -> 2.737 (slug says rmsprop; the spec uses momentum SGD)'),
}
TRIMMED = set()
DROPPED = {
  'loss-activation-mismatch.relu-head-vandal-bce': 'ends 0.43 against healthy vandal 0.34-0.39: too close',
  'loss-activation-mismatch.softmax-rider-bce': 'four softmax outputs under bce trained to 0.02',
  'init-symmetry.constant-0.1-elu-rmsprop-battery': 'trained to 0.06 like healthy battery specs',
  'init-scale.constant-4-tanh-rider': 'std-4 tanh layers trained to 0.10 (healthy 0.02-0.05): unclear',
  'exploding-gradient.raw-dist-to-dock-momentum': 'first loss 48 then ends at the prior with 69% dead units: unclear which code',
  'exploding-gradient.raw-rides-target-nesterov': 'raw rides target ends 0.38 of the baseline: unclear',
  'vanishing-gradient.eight-tanh-std-0.05-cost': 'trained to 0.05',
  'lr-too-high.adam-0.08-batch-1-brake': 'noisy but ends 0.22 within the healthy brake range (0.10-0.18)',
  'lr-too-high.momentum-0.9-lr-0.3-blobs': 'ends 0.05: trains fine',
  'lr-too-high.nesterov-0.7-batch-16-vandal': 'ends 0.53 against healthy vandal 0.34-0.39: too close',
  'lr-too-high.sgd-plain-3-rider': 'ends 0.03: trains fine',
  'oscillating-loss.adam-0.3-full-batch-linear-battery': 'damped swings that settle at 0.06',
  'oscillating-loss.momentum-0.97-lr-2-full-batch-logistic-vandal': 'one slow wave 0.15-0.44, ends 0.21: unclear',
  'oscillating-loss.nesterov-0.99-lr-0.05-batch-128-rides': 'noisy plateau at 0.54-0.62, no clear swings',
  'oscillating-loss.sgd-plain-6-full-batch-softmax-iris': 'settles at 0.06',
  'ok.spirals-adam-tanh-deep': 'did not learn the spirals (0.98 of the prior)',
  'ok.rides-rmsprop-elu-val': 'ends 0.36: rides data noisy, not clearly healthy',
  'ok.rides-nesterov-tanh-batch-16': 'ends 0.34: not clearly healthy',
  'ok.rides-minmax-adam-bn': 'ends 0.45 of the baseline: not clearly healthy',
  'ok.rides-sgd-plain-leaky-batch-1': 'ends 0.47: not clearly healthy',
  'ok.rides-adam-bn-dropout-deep-val': 'ends 0.37, val 0.54: not clearly healthy',
  'ok.vandal-logistic-adam': 'ends 0.49 of the prior: rare flag, not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 121 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low, plateau and borderline healthy candidates (observed-curves.txt). '
         'Theme: bicycle-sharing and e-scooter fleets: rides.csv (1,000 station-hours: station ids, hour timestamps; hour, weekday, temp C, rain mm, '
         'wind km/h, docks, rare event flag -> skewed ride counts 0-152) and rides-na.csv ("NA" rain cells), battery.csv (900 tab-separated e-scooter '
         'trips: scooter ids, unix undock times; km, minutes, temp, climb m, rider kg, start battery % -> battery % used), vandal.csv (1,100 parked '
         'bikes -> rare vandalised flag 99/1,100; skewed idle hours; frame serial with no effect), riders.csv (950 trips -> rider type member/casual/'
         'corporate/rare tourist 70; humidity and trip id with no effect), rebalance.csv (800 van runs, semicolon export with decimal commas -> '
         'rebalancing cost in dollars and cents), plus builtins iris, moons, circles, spirals, blobs (3), sine, xor and an inline brake log. '
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
