#!/usr/bin/env python3
"""Files the candidates of test/faults-blind128 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'lane-volume regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'read-mode classifier with activation "gelu"'),
  'invalid-spec.mae-loss-revenue': f('invalid-spec', S, ['invalid-spec'], 'revenue regression with loss "mae" (L1Loss habit for skewed dollars)'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'tunnel CO regression with batchSize 0'),
  'invalid-spec.dropout-rate-1.5': f('invalid-spec', S, ['invalid-spec'], 'tag-fraud classifier with dropout rate 1.5'),
  'data-error.na-speed-kmh': f('data-error', S, ['data-error'], 'lane volume reading the loop-detector copy with "NA" speed_kmh cells'),
  'data-error.plaza-id-feature': f('data-error', S, ['data-error'], 'lane volume with the text plaza_id ("PLZ-02") in features'),
  'data-error.gantry-ts-feature': f('data-error', S, ['data-error'], 'lane volume with the ISO gantry timestamp in features'),
  'data-error.target-vehicle-count-typo': f('data-error', S, ['data-error'], 'lane volume with target "vehicle_count"; the header says vehicles'),
  'data-error.revenue-day-feature': f('data-error', S, ['data-error'], 'revenue regression with the date column day in features (semicolon file)'),
  'data-error.tunnel-path-outside-workspace': f('data-error', S, ['data-error'], 'tunnel CO reading an absolute SCADA export path /tmp/scada/tunnel.csv'),
  'shape-mismatch.readmode-two-heads-no-manual': f('shape-mismatch', S, ['shape-mismatch'], 'tag/plate classifier with 2 softmax units; the rare manual class makes 3'),
  'shape-mismatch.co-and-speed-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'CO ppm and speed mph as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four plaza blobs with a 3-unit softmax head'),
  'shape-mismatch.spirals3-two-heads-sgd': f('shape-mismatch', S, ['shape-mismatch'], 'three-class spirals with a 2-unit softmax head'),
  'loss-activation-mismatch.relu-head-standardized-co': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized CO through a relu output (bias -1) under mse: stuck at 1.00 (healthy 0.10-0.14)'),
  'loss-activation-mismatch.softmax-one-unit-bce-fraud': f('loss-activation-mismatch', S, ['loss-activation-mismatch', 'shape-mismatch'], 'tag fraud through a 1-unit softmax under bce: constant output, 80x the prior'),
  'loss-activation-mismatch.sigmoid-head-standardized-lanes': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized lane volume through a sigmoid output under mse: 0.47 (healthy 0.02-0.05)'),
  'no-nonlinearity.circles-linear-adam-deep': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through three linear layers: 1.00 (healthy 0.00)'),
  'no-nonlinearity.xor-linear-nesterov-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with an explicit linear hidden layer: 1.00'),
  'no-nonlinearity.spirals3-linear-bn-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'three-class spirals through linear batch-normalized layers: 0.98'),
  'no-nonlinearity.sine-linear-sgd': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through two linear layers: 0.42 (healthy 0.01)'),
  'lr-out-of-range.nesterov-lr-40-lanes': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'lane volume with Nesterov lr 40: NaN at epoch 1'),
  'lr-out-of-range.adam-1e-8-readmode': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'read mode with adam 1e-8: 1.75 of the prior, never moves'),
  'lr-out-of-range.rmsprop-lr-12-fraud': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'tag fraud with rmsprop lr 12: first 484, ends 109x the prior'),
  'lr-out-of-range.sgd-negative-co': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'tunnel CO with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.constant-0.2-elu-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with every layer at constant 0.2 (elu): 1.00 of the prior'),
  'init-symmetry.zeros-tanh-moons-sgd': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised tanh and sigmoid layers: 1.00'),
  'init-scale.normal-std-10-sigmoid-readmode': f('init-scale', P, ['init-scale', 'saturated-activation'], 'read mode with std-10 sigmoid layer: first 61, ends 1.14x (healthy 0.00)'),
  'init-scale.uniform-20-tanh-lanes': f('init-scale', P, ['init-scale', 'saturated-activation'], 'lane volume with uniform limit 20 tanh layers: first 4178, ends 816x'),
  'init-scale.normal-1e-5-four-relu-co': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'four relu layers at std 1e-5: flat at 1.00'),
  'init-scale.normal-std-4-elu-revenue': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'revenue with std-4 elu layers: first 1.2e7, ends 2.1e5x'),
  'dead-relu.bias-minus-8-wide-lanes': f('dead-relu', P, ['dead-relu'], 'lane volume with one 256-unit relu layer at bias -8: 87% dead, 0.14 (healthy 0.02)'),
  'dead-relu.bias-minus-2-three-layer-moons': f('dead-relu', P, ['dead-relu'], 'moons through three relu layers at bias -2: 84% dead, 1.00'),
  'dead-relu.bias-minus-20-fraud': f('dead-relu', P, ['dead-relu'], 'tag fraud with a relu layer at bias -20: all dead, 1.02'),
  'exploding-gradient.raw-revenue-dollars-adam': f('exploding-gradient', P, ['exploding-gradient'], 'revenue in raw dollars as target: 3.00x the baseline 1.6e9'),
  'exploding-gradient.raw-vehicles-unnormalized-nesterov': f('exploding-gradient', P, ['exploding-gradient'], 'raw features and raw vehicle counts, Nesterov 1e-6: 1.08x'),
  'exploding-gradient.raw-fan-rpm-features-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'tunnel CO on raw fan rpm / vehicles per hour: first 7.4e5, ends 396x'),
  'exploding-gradient.ten-relu-std-0.8-lanes': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'ten relu layers at std 0.8: first 8.5e8, ends 1.2e6x'),
  'nan-loss.rmsprop-3-raw-features-lanes': f('exploding-gradient', P, ['exploding-gradient', 'lr-too-high'], 'raw features, rmsprop 3: first 2.1e12, ends 3.24x, layer 1 all dead, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.nine-sigmoid-lanes': f('vanishing-gradient', P, ['vanishing-gradient'], 'lane volume through nine sigmoid layers: 1.02'),
  'vanishing-gradient.twelve-sigmoid-spirals': f('vanishing-gradient', P, ['vanishing-gradient'], 'spirals through twelve sigmoid layers: 1.01'),
  'vanishing-gradient.seven-sigmoid-rmsprop-fraud': f('vanishing-gradient', P, ['vanishing-gradient'], 'tag fraud through seven sigmoid layers: 1.00 (healthy 0.69-0.75)'),
  'saturated-activation.sigmoid-raw-tunnel-features': f('saturated-activation', P, ['saturated-activation'], 'CO on raw vehicles/h and fan rpm through sigmoid: 99% saturated, 0.33 (healthy 0.10-0.14)'),
  'saturated-activation.tanh-bias-8-lanes': f('saturated-activation', P, ['saturated-activation'], 'lane volume through tanh layers at bias 8: 1.03'),
  'saturated-activation.tanh-raw-car-counts-revenue': f('saturated-activation', P, ['saturated-activation'], 'revenue on raw car counts through tanh: 1.01 (healthy 0.01)'),
  'nan-loss.sgd-lr-5-batch-1-lanes': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'lane volume with plain SGD 5 at batch 1: NaN at epoch 1'),
  'nan-loss.raw-revenue-target-sgd': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw dollar revenue target with SGD 0.1: NaN at epoch 1'),
  'nan-loss.momentum-lr-2-raw-co': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'raw CO ppm target with momentum lr 2: NaN at epoch 1'),
  'lr-too-high.sgd-plain-2-lanes': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'lane volume with plain SGD 2: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.sgd-plain-0.7-batch-128-linear-revenue': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear revenue, plain SGD 0.7 at batch 128: NaN at epoch 50 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-0.95-minmax-full-batch-linear-co': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear minmax CO, plain SGD 4 full batch: Infinity, NaN at epoch 34 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-1.2-full-batch-linear-km-mph': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear lane volume with km/h and mph, SGD 1.2 full batch: NaN at epoch 49 (refiled from oscillating-loss)'),
  'oscillating-loss.momentum-0.9-lr-0.5-batch-64-linear-co': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear CO, momentum lr 0.5 at batch 64: NaN at epoch 89 (refiled from oscillating-loss)'),
  'lr-too-high.momentum-0.95-lr-0.5-iris-batch-8': f('lr-too-high', T, ['lr-too-high'], 'iris with momentum 0.95 lr 0.5 at batch 8: min 0.28 at epoch 1, ends 0.46 (healthy 0.04)'),
  'lr-too-high.rmsprop-0.05-batch-2-co': f('lr-too-high', T, ['lr-too-high'], 'tunnel CO with rmsprop 0.05 at batch 2: 0.34 (healthy 0.10-0.14)'),
  'dead-relu.adam-0.4-batch-4-readmode': f('lr-too-high', T, ['lr-too-high'], 'read mode with adam 0.4 at batch 4: 0.34 of the prior (healthy 0.00), no dead units (refiled from dead-relu)'),
  'oscillating-loss.momentum-0.95-lr-0.3-batch-128-linear-lanes': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear lane volume, momentum 0.95 lr 0.3 at batch 128: grows to 3.5e16, no NaN (refiled from oscillating-loss)'),
  'lr-too-low.sgd-1e-5-lanes': f('lr-too-low', T, ['lr-too-low'], 'lane volume with plain SGD 1e-5: 3.90 to 2.70 of the baseline'),
  'lr-too-low.adam-1e-7-readmode': f('lr-too-low', T, ['lr-too-low', 'lr-out-of-range'], 'read mode with adam 1e-7: 1.75, never moves'),
  'lr-too-low.rmsprop-1e-6-fraud': f('lr-too-low', T, ['lr-too-low'], 'tag fraud with rmsprop 1e-6: 5.57x the prior'),
  'lr-too-low.nesterov-1e-6-full-batch-co': f('lr-too-low', T, ['lr-too-low'], 'tunnel CO full batch Nesterov 1e-6: 3.51 to 3.43'),
  'lr-too-low.momentum-3e-6-spirals': f('lr-too-low', T, ['lr-too-low'], 'spirals with momentum 3e-6: 1.00, never moves'),
  'oscillating-loss.momentum-0.97-lr-0.08-full-batch-linear-co': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear CO, momentum 0.97 full batch: swings 0.18-1.27 over 20 epochs, damping, ends 0.14'),
  'oscillating-loss.momentum-0.9-lr-0.4-batch-256-linear-co': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear CO, momentum 0.9 lr 0.4 at batch 256: wanders 0.15-0.35 throughout, ends 0.17'),
  'oscillating-loss.momentum-0.98-lr-0.05-full-batch-linear-lanes': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear lane volume, momentum 0.98 full batch: swings 0.17-1.50, ends 0.10 (healthy 0.02)'),
  'loss-plateau.gantry-serial-only-readmode': f('loss-plateau', T, ['loss-plateau'], 'read mode from the gantry serial only: 1.00'),
  'loss-plateau.temp-only-co': f('loss-plateau', T, ['loss-plateau'], 'tunnel CO from temperature only: 1.00'),
  'loss-plateau.distinct-plazas-only-fraud': f('loss-plateau', T, ['loss-plateau'], 'tag fraud from the distinct plaza count only: 0.99'),
  'loss-plateau.weight-decay-2-momentum-lanes': f('loss-plateau', T, ['loss-plateau'], 'lane volume with weightDecay 2: min 0.57, ends 0.61 (healthy 0.02)'),
  'loss-plateau.clipnorm-1e-7-nesterov-revenue': f('loss-plateau', T, ['loss-plateau'], 'revenue with clipNorm 1e-7: 2.11, never moves'),
}
TRIMMED = set()
DROPPED = {
  'init-symmetry.constant-0.3-tanh-co': 'trained to 0.14, inside the healthy CO range 0.10-0.14',
  'init-symmetry.zeros-sigmoid-readmode': 'trained to 0.06, acc 0.99: unclear',
  'loss-activation-mismatch.tanh-head-bce-bridge': 'trained to 0.04',
  'lr-too-high.adam-0.1-batch-1-bridge': 'trained to 0.01',
  'lr-too-high.adam-0.3-batch-16-readmode': 'trained to 0.00',
  'lr-too-high.nesterov-0.8-fraud': 'ends 0.91 against healthy 0.69-0.75: too close',
  'saturated-activation.sigmoid-raw-fraud-features': 'ends 0.84 against healthy 0.69-0.75: too close',
  'vanishing-gradient.eight-tanh-std-0.1-readmode': 'trained to 0.00',
  'oscillating-loss.momentum-0.95-lr-0.6-full-batch-logistic-fraud': 'one slow wave, settles at 0.78',
  'oscillating-loss.nesterov-0.97-lr-0.1-full-batch-linear-revenue': 'settles at 0.06',
  'oscillating-loss.nesterov-0.99-lr-0.03-batch-500-linear-revenue': 'settles at 0.06',
  'oscillating-loss.rmsprop-0.02-full-batch-tanh-lanes': 'small swings 0.03-0.09 at a well-trained level: unclear',
  'ok.fraud-logistic-momentum': 'ends 0.80 of the prior: not clearly healthy',
  'ok.fraud-nesterov-elu-val': 'ends 0.81 of the prior: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 128 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: toll roads, bridges and tunnels: lanes.csv (1,200 lane-hours: plaza ids, ISO gantry timestamps; hour, weekday, lane, express, peak, '
         'rain mm, speed km/h and mph -> vehicles) and lanes-na.csv ("NA" speeds), readmode.csv (1,100 transactions -> tag/plate/rare manual 61; '
         'gantry serial with no effect), fraud.csv (1,200 tag accounts -> rare tag fraud 57/1,200; account number text), revenue.csv (900 plaza-days, '
         'semicolon export with decimal commas -> revenue in dollars and cents), tunnel.csv (1,000 tab-separated sensor rows -> CO ppm; skewed queue '
         'metres, fan rpm, speed mph), plus builtins iris, moons, circles, spirals (3), blobs (4), sine, xor and an inline bridge axle/tonnes '
         'permit table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
