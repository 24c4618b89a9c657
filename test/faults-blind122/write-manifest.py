#!/usr/bin/env python3
"""Files the candidates of test/faults-blind122 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adagrad-optimizer': f('invalid-spec', S, ['invalid-spec'], 'response-minutes regression with optimizer "adagrad" (an old Keras tutorial)'),
  'invalid-spec.swish-activation': f('invalid-spec', S, ['invalid-spec'], 'incident-type classifier with activation "swish"'),
  'invalid-spec.huber-loss': f('invalid-spec', S, ['invalid-spec'], 'damage regression with loss "huber" (PyTorch HuberLoss habit for skewed dollars)'),
  'invalid-spec.validation-split-1.2': f('invalid-spec', S, ['invalid-spec'], 'second-alarm classifier with validationSplit 1.2'),
  'invalid-spec.conv1d-layer': f('invalid-spec', S, ['invalid-spec'], 'call-duration regression with a conv1d layer'),
  'data-error.na-distance-km': f('data-error', S, ['data-error'], 'response regression reading the CAD export copy with "NA" distance_km cells'),
  'data-error.station-id-feature': f('data-error', S, ['data-error'], 'response regression with the text column station_id ("STN-01") in features'),
  'data-error.call-ts-feature': f('data-error', S, ['data-error'], 'response regression with the call timestamp text in features'),
  'data-error.water-litres-typo': f('data-error', S, ['data-error'], 'incident classifier with feature "water_litres"; the header says water_l'),
  'data-error.call-id-feature-duration': f('data-error', S, ['data-error'], 'call-duration regression with the call_id text in features (tab-separated file)'),
  'data-error.missing-xlsx-file': f('data-error', S, ['data-error'], 'damage regression pointing at damage.xlsx, which does not exist'),
  'shape-mismatch.incident-four-heads-no-hazmat': f('shape-mismatch', S, ['shape-mismatch'], 'incident classifier with a 4-unit softmax; the rare hazmat class makes 5'),
  'shape-mismatch.response-and-turnout-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'response and turnout minutes as two targets, one output unit'),
  'shape-mismatch.iris-two-heads': f('shape-mismatch', S, ['shape-mismatch'], 'iris with a 2-unit softmax head'),
  'shape-mismatch.blobs3-six-heads': f('shape-mismatch', S, ['shape-mismatch'], 'three station blobs with a 6-unit softmax head'),
  'loss-activation-mismatch.linear-head-bce-alarm': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'second alarm with a linear output under bce: 3.11x the prior'),
  'loss-activation-mismatch.relu-head-bce-hose': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'inline hose table with a relu output under bce: 1.19x the prior (healthy 0.14)'),
  'loss-activation-mismatch.sigmoid-head-standardized-damage': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized damage through a sigmoid output under mse: ends 0.56 (healthy 0.04)'),
  'no-nonlinearity.moons-three-linear-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through three linear layers: 0.40 (healthy 0.00-0.01)'),
  'no-nonlinearity.xor-linear-adam-batch-8': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear hidden layer: 1.00 of the prior'),
  'no-nonlinearity.spirals-linear-sgd': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through two linear layers: 0.96'),
  'no-nonlinearity.circles-linear-bn-momentum': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through linear batch-normalized layers: 1.00'),
  'lr-out-of-range.adam-lr-5-incident': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'incident classifier with adam lr 5: first loss 156, ends 0.39 (healthy 0.00-0.03)'),
  'lr-out-of-range.sgd-1e-9-response': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'response with SGD lr 1e-9: loss never moves from 2.21'),
  'lr-out-of-range.momentum-lr-80-alarm': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'second alarm with momentum SGD lr 80: NaN at epoch 1'),
  'lr-out-of-range.rmsprop-zero-duration': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'call duration with rmsprop lr 0: the parser refuses it'),
  'init-symmetry.zeros-tanh-adam-incident': f('init-symmetry', P, ['init-symmetry'], 'incident classifier with zero-initialised tanh and softmax layers: 1.00 of the prior'),
  'init-symmetry.zeros-leaky-nesterov-xor': f('init-symmetry', P, ['init-symmetry'], 'xor with zero-initialised leaky layers: 1.00'),
  'init-scale.normal-std-5-tanh-response': f('init-scale', P, ['init-scale', 'saturated-activation'], 'response with std-5 tanh layers: first loss 1886, ends 143x'),
  'init-scale.uniform-8-relu-incident': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'incident with uniform limit 8 relu layers: first 5470, ends 92x'),
  'init-scale.normal-1e-4-five-tanh-duration': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'five tanh layers at std 1e-4: flat at 1.00'),
  'init-scale.normal-std-3-leaky-alarm': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'second alarm with std-3 leaky layers: first 2370, ends 1.83x'),
  'init-scale.uniform-1e-4-elu-moons': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six elu layers at uniform 1e-4 on moons: flat at 1.00'),
  'dead-relu.bias-minus-12-single-incident': f('dead-relu', P, ['dead-relu'], 'incident with one 256-unit relu layer at bias -12: 98% dead, 1.00'),
  'dead-relu.bias-minus-3-five-layer-circles': f('dead-relu', P, ['dead-relu'], 'circles through five relu layers at bias -3: all dead, 1.00'),
  'dead-relu.bias-minus-5-rmsprop-response': f('dead-relu', P, ['dead-relu'], 'response with two relu layers at bias -5: dead, 1.00'),
  'dead-relu.rmsprop-0.3-batch-8-damage': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'damage with rmsprop 0.3 at batch 8: layer-2 relu 100% dead, ends 1.06'),
  'nan-loss.momentum-0.99-lr-0.5-incident': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'incident with momentum 0.99 lr 0.5: layer-2 relu 100% dead, ends 1.15 (refiled from nan-loss)'),
  'exploding-gradient.raw-damage-dollars-adam': f('exploding-gradient', P, ['exploding-gradient'], 'damage in raw dollars as target: 1.90x the baseline 9.4e8'),
  'exploding-gradient.raw-water-litres-nesterov': f('exploding-gradient', P, ['exploding-gradient'], 'incident on raw water litres: first loss 5.5e4, ends 0.72, acc 0.57 (healthy 0.99)'),
  'exploding-gradient.raw-duration-seconds-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'call duration in raw seconds as target: 1.40x the baseline'),
  'exploding-gradient.raw-floor-area-alarm-sgd': f('exploding-gradient', P, ['exploding-gradient'], 'second alarm on raw floor area m2: first loss 11.1, ends 1.19x'),
  'nan-loss.constant-2-relu-deep-duration': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'four relu layers at constant 2: first 3.4e16, ends 1.9e4x, no NaN (refiled from nan-loss)'),
  'nan-loss.raw-queue-seconds-nesterov-full': f('exploding-gradient', P, ['exploding-gradient'], 'raw features and raw seconds target, Nesterov full batch: 7.6x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-tanh-std-0.05-incident': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'incident through eight tanh layers at std 0.05: 1.00'),
  'vanishing-gradient.seven-sigmoid-xavier-normal-moons': f('vanishing-gradient', P, ['vanishing-gradient'], 'moons through seven sigmoid layers: 1.01'),
  'vanishing-gradient.ten-sigmoid-adam-alarm': f('vanishing-gradient', P, ['vanishing-gradient'], 'second alarm through ten sigmoid layers: 1.00'),
  'nan-loss.sgd-3-batch-1-response': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'response with plain SGD lr 3 at batch 1: NaN at epoch 1'),
  'nan-loss.raw-damage-target-sgd': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw dollar damage target with SGD 0.01: NaN at epoch 1'),
  'dead-relu.momentum-0.5-batch-1-duration': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'call duration with momentum lr 0.5 at batch 1: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.twelve-relu-std-0.6-response': f('nan-loss', T, ['nan-loss', 'exploding-gradient', 'init-scale'], 'twelve relu layers at std 0.6: NaN at epoch 1 (refiled from exploding-gradient)'),
  'saturated-activation.sigmoid-raw-damage-features': f('saturated-activation', P, ['saturated-activation'], 'damage on raw dollars-per-m2 and litres through sigmoid: ends 1.00'),
  'saturated-activation.tanh-bias-6-response': f('saturated-activation', P, ['saturated-activation'], 'response through tanh layers with bias 6: 1.05'),
  'saturated-activation.tanh-raw-floor-area-alarm': f('saturated-activation', P, ['saturated-activation'], 'second alarm on raw floor area through tanh: 0.96 (healthy 0.52-0.65)'),
  'saturated-activation.sigmoid-raw-water-incident': f('saturated-activation', P, ['saturated-activation'], 'incident on raw water litres through sigmoid: 0.44, acc 0.74 (healthy 0.00-0.03)'),
  'lr-too-high.adam-0.5-batch-8-response': f('lr-too-high', T, ['lr-too-high'], 'response with adam 0.5 at batch 8: min 0.11, ends 2.17'),
  'lr-too-high.nesterov-lr-1-batch-16-incident': f('lr-too-high', T, ['lr-too-high'], 'incident with Nesterov lr 1: ends 0.82 (healthy 0.00-0.03)'),
  'lr-too-high.rmsprop-0.1-batch-4-alarm': f('lr-too-high', T, ['lr-too-high'], 'second alarm with rmsprop 0.1 at batch 4: 1.11 (healthy 0.52-0.65)'),
  'lr-too-high.momentum-0.3-batch-2-iris': f('lr-too-high', T, ['lr-too-high'], 'iris with momentum lr 0.3 at batch 2: min 0.51, ends 0.73 (healthy 0.03-0.04)'),
  'lr-too-high.adam-0.08-batch-1-duration': f('lr-too-high', T, ['lr-too-high'], 'call duration with adam 0.08 at batch 1: 0.79 against 0.44-0.51 at sane rates'),
  'nan-loss.adam-2-sine-batch-4': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range'], 'sine with adam 2 at batch 4: first 8.3e5, ends 0.83, no NaN (refiled from nan-loss)'),
  'lr-too-low.sgd-plain-1e-6-incident': f('lr-too-low', T, ['lr-too-low'], 'incident with plain SGD 1e-6: 1.10, never moves'),
  'lr-too-low.adam-1e-6-response': f('lr-too-low', T, ['lr-too-low'], 'response with adam 1e-6: 2.21 to 2.12'),
  'lr-too-low.momentum-1e-5-damage': f('lr-too-low', T, ['lr-too-low'], 'damage with momentum 1e-5: ends 0.55 (healthy 0.04)'),
  'lr-too-low.nesterov-2e-6-full-batch-moons': f('lr-too-low', T, ['lr-too-low'], 'moons full batch Nesterov 2e-6: 1.73x, never moves'),
  'lr-too-low.rmsprop-5e-7-duration-batch-8': f('lr-too-low', T, ['lr-too-low', 'lr-out-of-range'], 'call duration with rmsprop 5e-7: 2.88 to 2.84'),
  'oscillating-loss.momentum-0.98-lr-0.1-full-batch-linear-response': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear response model, momentum 0.98 full batch: swings 0.09-1.43 over the run, ends 0.23 (same model at plain SGD 0.08)'),
  'oscillating-loss.sgd-plain-0.9-batch-500-linear-duration': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear duration model, plain SGD 0.9 at batch 450: min 0.54, swings up to 3.3, ends 2.71'),
  'loss-plateau.hydrant-serial-only-alarm': f('loss-plateau', T, ['loss-plateau'], 'second alarm from the hydrant serial only: 1.00'),
  'loss-plateau.dispatch-desk-only-incident': f('loss-plateau', T, ['loss-plateau'], 'incident type from the dispatch desk number only: 1.00'),
  'loss-plateau.hour-only-duration': f('loss-plateau', T, ['loss-plateau'], 'call duration from the hour only: 1.00'),
  'loss-plateau.weight-decay-3-adam-response': f('loss-plateau', T, ['loss-plateau'], 'response with adam weightDecay 3: min 0.81, ends 1.00'),
  'loss-plateau.clipnorm-1e-6-momentum-damage': f('loss-plateau', T, ['loss-plateau'], 'damage with clipNorm 1e-6: 1.76, never moves'),
}
TRIMMED = set()
DROPPED = {
  'init-symmetry.constant-0.1-relu-rmsprop-damage': 'trained to 0.10 against healthy 0.04: too close',
  'init-symmetry.ones-elu-sgd-alarm': 'ends 0.81 of the prior against healthy 0.52-0.65: unclear',
  'loss-activation-mismatch.incident-softmax-bce': 'softmax heads under bce trained to 0.00',
  'loss-activation-mismatch.tanh-head-standardized-duration': 'ends 0.55 against 0.44-0.51: too close',
  'vanishing-gradient.nine-sigmoid-rmsprop-response': 'trained to 0.11',
  'saturated-activation.sigmoid-raw-queue-duration': 'ends 0.65 against 0.44-0.51: too close',
  'lr-too-high.sgd-plain-4-moons': 'trained to 0.00',
  'oscillating-loss.adam-0.05-full-batch-sine': 'settles at 0.01',
  'oscillating-loss.adam-0.1-full-batch-linear-duration': 'settles at 0.50',
  'oscillating-loss.km-and-miles-sgd-1.1-full-batch-linear': 'diverges to NaN at epoch 72 with no clear oscillation first',
  'oscillating-loss.momentum-0.97-lr-2-logistic-hose': 'settles at 0.30',
  'oscillating-loss.nesterov-0.99-lr-0.05-batch-425-damage': 'settles at 0.05',
  'oscillating-loss.rmsprop-0.03-full-batch-tanh-incident': 'trains to 0.00',
  'ok.damage-sgd-plain-sigmoid-full-batch': 'ends 0.79: not healthy',
  'ok.duration-adam-bn-dropout-deep-val': 'duration noise floor ~0.45 of the baseline: not clearly healthy',
  'ok.duration-adam-tanh': 'ends 0.45: not clearly healthy (noise floor)',
  'ok.duration-minutes-rmsprop-relu': 'ends 0.45: not clearly healthy (noise floor)',
  'ok.duration-nesterov-relu-decay': 'ends 0.44: not clearly healthy (noise floor)',
  'ok.duration-sgd-plain-elu-batch-2': 'ends 0.51: not clearly healthy',
  'ok.hose-inline-logistic-sgd-batch-1': 'ends 0.33 on the noisy inline table: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 122 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: fire brigades and emergency response: response.csv (1,000 dispatches: incident ids, call timestamps, station ids; hour, '
         'distance km and miles, traffic index, crew size, turnout, night -> response minutes) and response-na.csv ("NA" distances), '
         'incident.csv (1,000 calls -> structure/vehicle/wildland/medical/rare hazmat 48; water litres, floors, crew, skewed on-scene minutes; '
         'dispatch desk with no effect), alarm.csv (1,100 structure fires -> rare second alarm 90/1,100; hydrant serial with no effect), '
         'damage.csv (850 claims, semicolon export with decimal commas -> damage in dollars), duration.csv (900 tab-separated calls -> '
         'skewed call durations in seconds and minutes), plus builtins iris, moons, circles, spirals, blobs (3), sine, xor and an inline '
         'hose-pressure table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
