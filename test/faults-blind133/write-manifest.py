#!/usr/bin/env python3
"""Files the candidates of test/faults-blind133 by what the bare engine showed (observed.txt,
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
  'invalid-spec.optimizer-adamw': f('invalid-spec', S, ['invalid-spec'], 'stop-boardings regression with optimizer "adamw" (the PyTorch name)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'fare-type classifier with activation "gelu" (a transformer habit)'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'breakdown classifier with batchSize 0 (meant "full batch")'),
  'invalid-spec.units-zero-hidden': f('invalid-spec', S, ['invalid-spec'], 'fuel regression with a 0-unit hidden layer (a placeholder left in)'),
  'data-error.na-headway': f('data-error', S, ['data-error'], 'boardings regression reading the AVL export copy with "NA" headway_min cells'),
  'data-error.vehicle-id-feature-fuel': f('data-error', S, ['data-error'], 'fuel regression with the text column vehicle_id ("BUS-3117") in features (semicolon file)'),
  'data-error.target-typo-fare-class': f('data-error', S, ['data-error'], 'fare classifier with target "fare_class"; the header says fare_type'),
  'data-error.depot-feature-breakdown': f('data-error', S, ['data-error'], 'breakdown classifier with the depot text column ("DEPOT-N") in features'),
  'shape-mismatch.fare-four-heads-no-staff': f('shape-mismatch', S, ['shape-mismatch'], 'fare classifier with a 4-unit softmax; the rare staff fare makes 5 classes'),
  'shape-mismatch.delay-s-and-min-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'delay seconds and minutes as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four depot blobs with a 3-unit softmax head'),
  'loss-activation-mismatch.relu-head-standardized-fuel': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized fuel target through a relu output under mse: ends 0.52 (healthy 0.07-0.09)'),
  'loss-activation-mismatch.softmax-single-unit-mse-boardings': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'boardings regression through a 1-unit softmax (always 1): stuck at 2.00x the baseline'),
  'loss-activation-mismatch.sigmoid-head-standardized-delay': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized delay through a sigmoid output under mse: ends 0.60 (healthy 0.11-0.14)'),
  'no-nonlinearity.circles-two-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two 32-unit linear layers: 1.00 of the prior (healthy 0.00-0.01)'),
  'no-nonlinearity.spirals-four-linear-dropout': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through three linear layers with dropout: 0.93 (healthy 0.02)'),
  'no-nonlinearity.moons-linear-nesterov-full-batch': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through a linear hidden layer, full batch: 0.34 (healthy 0.00)'),
  'lr-out-of-range.adam-lr-20-breakdown': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'breakdown classifier with adam lr 20: first loss 85, ends 2.40x the prior'),
  'lr-out-of-range.rmsprop-1e-8-fare': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'fare classifier with rmsprop lr 1e-8: loss never moves from 2.12'),
  'lr-out-of-range.nesterov-lr-25-boardings': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'boardings with nesterov lr 25: NaN at epoch 1'),
  'lr-out-of-range.sgd-negative-fuel': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'fuel regression with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-rmsprop-delay': f('init-symmetry', P, ['init-symmetry'], 'delay regression with zero-initialised relu and output layers: flat at 1.00'),
  'init-symmetry.constant-0.3-tanh-adam-fare': f('init-symmetry', P, ['init-symmetry'], 'fare classifier with every weight 0.3 in two tanh layers: 0.43 (healthy 0.13-0.18)'),
  'init-symmetry.zeros-sigmoid-momentum-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with zero-initialised sigmoid layers: 1.01 of the prior'),
  'init-symmetry.constant-0.5-elu-spirals': f('init-symmetry', P, ['init-symmetry', 'init-scale'], 'spirals with every weight 0.5 in two 64-unit elu layers: first 69, ends 1.00'),
  'init-scale.normal-std-4-relu-fuel': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'fuel with std-4 relu layers: first loss 2.2e7, ends 3.5e5x the baseline'),
  'init-scale.normal-1e-5-six-relu-boardings': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: flat at 1.00'),
  'init-scale.uniform-1e-4-tanh-spirals': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'five tanh layers at uniform 1e-4 on spirals: gradients 1e-18, flat at 1.00'),
  'dead-relu.bias-minus-8-nesterov-fuel': f('dead-relu', P, ['dead-relu'], 'fuel with a 64-unit relu layer at bias -8: all dead, 1.01'),
  'dead-relu.bias-minus-4-three-layer-moons-sgd': f('dead-relu', P, ['dead-relu'], 'moons through three relu layers at bias -4: 97-100% dead, 1.00'),
  'dead-relu.adam-1-batch-16-delay': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'delay with adam lr 1: second relu layer 92% dead, ends 0.98 (healthy 0.11-0.14)'),
  'dead-relu.bias-minus-6-he-uniform-fare': f('dead-relu', P, ['dead-relu'], 'fare with 128 he_uniform relu units at bias -6: 57% dead, ends 0.99 of the prior'),
  'exploding-gradient.raw-boardings-features-sgd-momentum': f('exploding-gradient', P, ['exploding-gradient', 'data-error'], 'boardings with raw features (population in thousands), momentum SGD: first loss 6.6e27, ends 4.7e4x'),
  'exploding-gradient.raw-card-balance-fare-sgd': f('exploding-gradient', P, ['exploding-gradient', 'saturated-activation'], 'fare with raw card balance in cents: first loss 215, ends 0.70 (healthy 0.13-0.18)'),
  'exploding-gradient.raw-odometer-breakdown-adam': f('exploding-gradient', P, ['exploding-gradient', 'saturated-activation'], 'breakdown with raw odometer km: first loss 1.8e4, ends 1200x the prior'),
  'exploding-gradient.ten-relu-std-0.5-fare': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'fare through ten relu layers at std 0.5: first loss 159, ends 0.27 (healthy 0.13-0.18)'),
  'vanishing-gradient.eight-sigmoid-momentum-fuel': f('vanishing-gradient', P, ['vanishing-gradient'], 'fuel through eight sigmoid layers: first-layer gradient 1e-5, ends 1.01'),
  'vanishing-gradient.nine-sigmoid-sgd-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through nine sigmoid layers: first-layer gradient 1e-6, 1.00'),
  'vanishing-gradient.twelve-tanh-lecun-std-small-delay': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'delay through twelve tanh layers at std 0.03: first-layer gradient 1e-9, flat at 1.00'),
  'nan-loss.raw-odometer-nesterov-linear': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'fuel from raw odometer km through linear layers, nesterov: NaN at epoch 1'),
  'nan-loss.sgd-10-full-batch-elu-boardings': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'boardings with SGD lr 10 full batch: NaN at epoch 4'),
  'nan-loss.momentum-0.95-lr-1-sine-batch-8': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'sine with momentum 0.95 lr 1, batch 8: NaN at epoch 1'),
  'dead-relu.sgd-2-batch-1-boardings': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'meant as dead relu; boardings with SGD lr 2 batch 1 went NaN at epoch 1'),
  'oscillating-loss.sgd-plain-0.95-full-batch-linear-km-mph': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'meant as oscillation; linear fuel regression on km/h and mph together at SGD 0.95 full batch: swings then diverges, NaN at epoch 88'),
  'saturated-activation.sigmoid-bias-8-boardings': f('saturated-activation', P, ['saturated-activation'], 'boardings through sigmoid layers at bias 8: 100% saturated, 1.01'),
  'saturated-activation.sigmoid-raw-door-cycles-nesterov': f('saturated-activation', P, ['saturated-activation', 'data-error'], 'breakdown with raw features (door cycles, km since service) into sigmoid: saturated, 1.01 of the prior'),
  'saturated-activation.tanh-raw-balance-fare': f('saturated-activation', P, ['saturated-activation', 'exploding-gradient'], 'fare with raw card balance in cents into tanh: 98% saturated, 0.51 (healthy 0.13-0.18)'),
  'saturated-activation.tanh-raw-odometer-breakdown': f('saturated-activation', P, ['saturated-activation'], 'breakdown with raw odometer into tanh: 100% saturated, 1.00'),
  'lr-too-high.adam-0.5-fare': f('lr-too-high', T, ['lr-too-high'], 'fare with adam 0.5: swings 0.60-1.35, 78% dead, ends 0.44 (healthy 0.13-0.18)'),
  'lr-too-high.rmsprop-0.1-boardings': f('lr-too-high', T, ['lr-too-high'], 'boardings with rmsprop 0.1: jitters 0.37-0.59, ends 0.52 (healthy 0.07-0.12)'),
  'lr-too-high.adam-0.1-batch-8-delay': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'delay with adam 0.1 batch 8: 0.36 by epoch 17, jumps back to 1.04'),
  'nan-loss.rmsprop-5-fuel': f('lr-too-high', P, ['lr-too-high', 'exploding-gradient'], 'meant as nan-loss; fuel with rmsprop lr 5: first loss 2.9e10, ends 7.0x, no NaN'),
  'oscillating-loss.adam-0.08-batch-4-boardings': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss', 'dead-relu'], 'meant as oscillation; boardings with adam 0.08 batch 4: 97% dead, swings 0.20-0.38, ends 0.30 (healthy 0.07)'),
  'lr-too-low.sgd-1e-5-fuel': f('lr-too-low', T, ['lr-too-low'], 'fuel with SGD 1e-5: 1.88 to 1.54 in 60 epochs (healthy 0.07-0.09)'),
  'lr-too-low.rmsprop-1e-6-spirals': f('lr-too-low', T, ['lr-too-low'], 'spirals with rmsprop 1e-6: 0.98 of the prior after 100 epochs'),
  'lr-too-low.momentum-1e-5-full-batch-delay': f('lr-too-low', T, ['lr-too-low'], 'delay with momentum SGD 1e-5 full batch: 1.67 to 1.31'),
  'lr-too-low.nesterov-1e-4-full-batch-circles': f('lr-too-low', T, ['lr-too-low'], 'circles with nesterov 1e-4 full batch: 0.89 to 0.85, above the prior'),
  'loss-plateau.validator-serial-only-fare': f('loss-plateau', T, ['loss-plateau'], 'fare type from the validator serial only: 1.00 of the prior'),
  'loss-plateau.weight-decay-1-rmsprop-fuel': f('loss-plateau', T, ['loss-plateau'], 'fuel with rmsprop weightDecay 1: min 0.28, holds at 0.35 (healthy 0.07-0.09)'),
  'loss-plateau.dropout-0.95-boardings': f('loss-plateau', T, ['loss-plateau'], 'boardings with dropout 0.95: stalls at 0.81-0.88 (healthy 0.07)'),
  'loss-plateau.clipnorm-1e-7-nesterov-breakdown': f('loss-plateau', T, ['loss-plateau'], 'breakdown with clipNorm 1e-7: 1.95, never moves'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-fuel': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear fuel regression, momentum 0.99 full batch: 0.16 at epoch 5, 2.86 at 21, rings down 1.85, 1.10, 0.70, 0.57, 0.66, 0.46 (healthy linear 0.09)'),
  'oscillating-loss.momentum-0.99-lr-0.02-full-batch-linear-delay': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear delay regression, momentum 0.99 full batch: 1.15, 1.71, 1.41, 0.86, 0.66, 1.10, 0.38, 0.71, 0.49'),
  'oscillating-loss.rmsprop-0.05-full-batch-sine': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'sine with rmsprop 0.05 full batch: swings 0.03-0.08 late (healthy 0.004)'),
  'lr-too-high.adam-0.3-batch-8-iris': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'meant as lr-too-high; iris with adam 0.3 batch 8 swings 0.05, 0.11, 0.19, 0.06, 0.14, 0.41, 0.18, 0.31, 0.09 (healthy 0.04)'),
}
TRIMMED = set()
DROPPED = {
  'invalid-spec.mae-loss-delay': 'trimmed: an unknown loss name, like the pattern set\'s huber',
  'data-error.gps-obs-ts-feature': 'trimmed: a timestamp text feature, like the pattern set\'s call_ts',
  'data-error.route-id-feature-delay': 'trimmed: a third id text feature',
  'shape-mismatch.breakdown-two-sigmoid-heads': 'two sigmoid heads on a binary flag trained to 0.50 like the healthy ones: the engine accepts it',
  'loss-activation-mismatch.relu-output-cce-fare': 'loss 1e-7 with accuracy 0.28: unclear what the engine computed',
  'loss-activation-mismatch.tanh-head-bce-moons': 'trained to 0.01',
  'no-nonlinearity.xor-linear-rmsprop-batch-1': 'trimmed: xor with a linear hidden layer, like the pattern set',
  'init-scale.normal-std-10-elu-iris': 'trained to 0.00 after a first loss of 6,612',
  'init-scale.uniform-6-sigmoid-breakdown': 'ends 0.50 of the prior, like the healthy ones',
  'exploding-gradient.raw-fuel-target-rmsprop': 'first loss 1,354 but trained to 0.09 of the raw baseline, like the healthy ones',
  'vanishing-gradient.seven-sigmoid-rmsprop-fare': 'ends 0.59 with first-layer gradient up to 0.64: unclear',
  'nan-loss.raw-delay-seconds-sgd': 'trimmed: a raw-seconds target under SGD, like the pattern set',
  'saturated-activation.tanh-std-4-delay': 'ends 0.19 against healthy 0.11-0.14: too close',
  'lr-too-high.sgd-8-moons': 'trained to 0.00',
  'lr-too-high.nesterov-0.5-breakdown': 'ends 0.54 of the prior, like the healthy ones',
  'lr-too-high.rmsprop-0.05-fare': 'ends 0.17, inside the healthy range',
  'lr-too-high.momentum-0.5-batch-16-fuel': 'trimmed: NaN at epoch 1, one nan-loss too many',
  'lr-too-low.adam-1e-6-fare': 'trimmed: close to lr-out-of-range rmsprop-1e-8-fare',
  'loss-plateau.hour-and-weekday-only-delay': 'misnamed (rain only) and ends 0.91: trimmed',
  'oscillating-loss.sgd-1.5-batch-2-logistic-layover': 'settles at 0.04',
  'oscillating-loss.momentum-0.95-lr-0.8-blobs4': 'swings early, settles at 0.05',
  'oscillating-loss.minmax-sgd-3-full-batch-linear-boardings': 'diverges from epoch 2 with no oscillation; one nan-loss too many',
  'oscillating-loss.nesterov-0.98-lr-0.3-batch-950-delay': 'swings then NaN at epoch 41; one nan-loss too many',
  'oscillating-loss.sgd-plain-0.9-full-batch-linear-km-mph': 'NaN at epoch 95: duplicate of the 0.95 one',
  'oscillating-loss.nesterov-0.99-lr-0.1-full-batch-softmax-fare': 'smooth descent to 0.24',
  'oscillating-loss.rmsprop-0.02-batch-16-fuel': 'trains to 0.09 but with 63% dead units: neither clearly faulty nor clearly healthy',
  'ok.spirals-rmsprop-tanh-batch-8': 'ends 0.73: not healthy',
  'ok.breakdown-logistic-sgd-batch-16': 'ends 0.57 of the prior: the weakest breakdown fit, not clearly healthy',
  'ok.fare-nesterov-elu-bn-dropout': 'ends 0.28 with swings 0.39-0.49: not clearly healthy',
}
HEALTHY_RENAME = {'oscillating-loss.adam-0.1-batch-1000-relu-boardings': 'boardings-adam-0.1-full-batch-relu'}

ABOUT = ('Fault set 133 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: bus and coach operators: boardings.csv (1,000 stop observations: stop ids, route ids, timestamps; hour, peak, headway '
         'minutes, population within 500 m, school, shelter, distance from centre -> skewed boardings) and boardings-na.csv ("NA" headways), '
         'fuel.csv (900 trips, semicolon export with decimal commas: vehicle ids, dates, speed in km/h and mph, passengers, stops per km, '
         'gradient, air conditioning, vehicle age, huge odometer -> fuel litres per 100 km), fare.csv (1,000 validator taps -> adult/child/'
         'senior/student/rare staff 49; card balance in cents, validator serial with no effect), breakdown.csv (1,200 vehicle days -> rare '
         'breakdown flag 86/1,200; depot, GPS epoch, odometer, km since service, engine temperature, door cycles), delay.csv (950 '
         'tab-separated runs -> skewed delay seconds and minutes; speed in mph, rain, bus lane), plus builtins iris, moons, circles, spirals, '
         'blobs (4), sine, xor and an inline layover table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
