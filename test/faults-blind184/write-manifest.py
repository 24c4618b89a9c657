#!/usr/bin/env python3
"""Files the candidates of test/faults-blind184 by what the bare engine showed (observed.txt,
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
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'sea-state classifier with activation "gelu" (a transformer-tutorial habit)'),
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'lamp-hours regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.mae-loss': f('invalid-spec', S, ['invalid-spec'], 'SAR duration regression with loss "mae" for skewed minutes'),
  'invalid-spec.lstm-layer': f('invalid-spec', S, ['invalid-spec'], 'fog horn regression with an lstm layer'),
  'invalid-spec.dropout-rate-1.5': f('invalid-spec', S, ['invalid-spec'], 'rescue-launch classifier with dropout rate 1.5'),
  'invalid-spec.zero-units': f('invalid-spec', S, ['invalid-spec'], 'tide sine with a 0-unit hidden layer'),
  'data-error.na-visibility-lamp': f('data-error', S, ['data-error'], 'lamp regression reading the log copy with "NA" visibility_km cells'),
  'data-error.log-ts-feature': f('data-error', S, ['data-error'], 'lamp regression with the log timestamp text in features'),
  'data-error.buoy-id-feature': f('data-error', S, ['data-error'], 'sea-state classifier with the text buoy_id ("BUOY-562804") in features'),
  'data-error.wrong-target-column': f('data-error', S, ['data-error'], 'rescue-launch classifier with target "launched"; the header says rescue_launch'),
  'data-error.missing-file-path': f('data-error', S, ['data-error'], 'fog horn regression pointing at foghorn_2024.csv, which does not exist'),
  'data-error.sar-id-feature-semicolon': f('data-error', S, ['data-error'], 'SAR duration regression with the sar_id text in features (semicolon file)'),
  'shape-mismatch.sea-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'sea-state classifier with a 3-unit softmax; the data has 5 states incl. the rare "high"'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four station blobs with a 3-unit softmax head'),
  'shape-mismatch.minutes-and-seconds-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'duration in minutes and seconds as two targets, one output unit'),
  'loss-activation-mismatch.softmax-one-unit-cce-launch': f('shape-mismatch', S, ['shape-mismatch', 'loss-activation-mismatch'], 'rescue launch flag with a 1-unit softmax under cce: the engine refuses it, 1 unit for 2 classes (refiled from loss-activation-mismatch)'),
  'loss-activation-mismatch.relu-head-standardized-lamp': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized lamp hours through a relu output: ends 0.46 (healthy 0.01-0.06)'),
  'loss-activation-mismatch.sigmoid-head-mse-fog': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized fog horn minutes through a sigmoid output: ends 0.53 (healthy 0.04-0.05)'),
  'loss-activation-mismatch.softmax-regression-sine': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'sine regression through a 1-unit softmax output: constant 1, 3.01x the baseline'),
  'loss-activation-mismatch.tanh-head-bce-lantern': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'inline lantern table with a tanh output under bce: 14.4x the prior'),
  'no-nonlinearity.circles-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 0.99'),
  'no-nonlinearity.sine-two-linear-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through two linear layers: 0.40 (healthy 0.00)'),
  'no-nonlinearity.xor-linear-dropout-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through linear layers with dropout: 1.00'),
  'no-nonlinearity.spirals-linear-bn-momentum-batch-1': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through a linear batch-normalized layer at batch 4: 0.98'),
  'lr-out-of-range.rmsprop-lr-15-sea': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'sea-state with rmsprop lr 15: first 5923, ends 9.3x, layer 1 all dead'),
  'lr-out-of-range.nesterov-1e-10-lamp': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'lamp hours with Nesterov lr 1e-10: stuck at 6.02'),
  'lr-out-of-range.adam-lr-40-fog': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'fog horn with adam lr 40: first 8.6e4, ends 7.55'),
  'lr-out-of-range.sgd-negative-lr-launch': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'rescue launch with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-rmsprop-fog': f('init-symmetry', P, ['init-symmetry', 'dead-relu'], 'fog horn with zero-initialised relu and output: 1.00, relu 100% dead'),
  'init-symmetry.constant-0.3-tanh-sea': f('init-symmetry', P, ['init-symmetry'], 'sea-state with every layer at constant 0.3: 0.35, acc 0.875 (healthy 0.02-0.12)'),
  'init-symmetry.zeros-sigmoid-moons-momentum': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised sigmoid layers: 0.33, acc 0.885 (healthy 0.00-0.03)'),
  'init-symmetry.constant-0.5-elu-spirals': f('init-symmetry', P, ['init-symmetry'], 'spirals with every layer at constant 0.5: first 18.8, ends 0.92'),
  'init-scale.normal-std-10-relu-lamp': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'lamp hours with std-10 relu layers: first 1.4e10, ends 3.9e8x'),
  'init-scale.normal-1e-5-six-relu-fog': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: flat at 1.00'),
  'dead-relu.bias-minus-8-lamp': f('dead-relu', P, ['dead-relu'], 'lamp hours with one relu layer at bias -8: 91% dead, 1.00'),
  'dead-relu.bias-minus-4-four-layer-blobs': f('dead-relu', P, ['dead-relu'], 'blobs through four relu layers at bias -4: all dead, 1.00'),
  'dead-relu.bias-minus-2-he-uniform-moons': f('dead-relu', P, ['dead-relu'], 'moons through three he_uniform relu layers at bias -2.5: dead, 1.00'),
  'exploding-gradient.raw-seconds-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'SAR duration in raw seconds as target: 6.7x the baseline 1.1e6'),
  'exploding-gradient.raw-pressure-hpa-sea-sgd': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'sea-state on raw pressure hPa: first 134, ends 1.12, layer 1 97% dead'),
  'exploding-gradient.raw-watts-lamp-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'lamp hours on raw lamp watts, raw target: first 169, ends 0.95 (gradients up to 2.6e4)'),
  'exploding-gradient.deep-constant-1.5-elu-launch': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'five elu layers at constant 1.5: first 3.7e6, ends 9e4x'),
  'nan-loss.constant-3-relu-six-sar': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'six relu layers at constant 3: first 2e56, no NaN (refiled from nan-loss)'),
  'nan-loss.raw-seconds-sgd-full-batch': f('exploding-gradient', P, ['exploding-gradient'], 'raw features and raw seconds target, SGD full batch: 7.0x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.nine-sigmoid-sea': f('vanishing-gradient', P, ['vanishing-gradient'], 'sea-state through nine sigmoid layers: 1.00'),
  'vanishing-gradient.twelve-tanh-std-0.02-lamp': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'lamp through twelve tanh layers at std 0.02: 1.00'),
  'vanishing-gradient.eight-sigmoid-rmsprop-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through eight sigmoid layers: 1.00'),
  'vanishing-gradient.six-sigmoid-lecun-launch': f('vanishing-gradient', P, ['vanishing-gradient'], 'rescue launch through six lecun sigmoid layers: 1.00'),
  'nan-loss.momentum-lr-2-batch-1-lamp': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'lamp hours with momentum lr 2 at batch 1: NaN at epoch 1'),
  'nan-loss.sgd-0.05-raw-minutes-target-fog': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw fog horn minutes target with SGD 0.05 at batch 8: NaN at epoch 1'),
  'dead-relu.sgd-plain-2-batch-4-sar': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'SAR duration with plain SGD 0.6 at batch 4: NaN at epoch 1 (refiled from dead-relu)'),
  'lr-too-high.nesterov-0.8-fog': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'fog horn with Nesterov lr 0.8: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.momentum-0.95-lr-0.5-full-batch-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine with momentum 0.95 lr 0.5 full batch: grows from epoch 2, NaN at epoch 27 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-1.0-full-batch-linear-fog': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear fog horn model, plain SGD 0.95 full batch: grows x10 per epoch, NaN at epoch 77 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-bias-8-lamp': f('saturated-activation', P, ['saturated-activation'], 'lamp through sigmoid layers at bias 8: 100% saturated, ends 1.20'),
  'saturated-activation.tanh-raw-pressure-sea': f('saturated-activation', P, ['saturated-activation'], 'sea-state on raw pressure hPa through tanh: 100% saturated, 1.00'),
  'lr-too-high.adam-0.3-batch-4-sar': f('lr-too-high', T, ['lr-too-high'], 'SAR duration with adam 0.3 at batch 4: min 0.28, ends 1.54 (healthy 0.09-0.10)'),
  'lr-too-high.momentum-0.99-lr-0.3-circles': f('lr-too-high', T, ['lr-too-high'], 'circles with momentum 0.99 lr 0.3: min 0.017, ends 0.75, relu 94% dead'),
  'lr-too-high.rmsprop-0.5-iris': f('lr-too-high', T, ['lr-too-high'], 'iris with rmsprop 0.5 at batch 8: min 0.028, ends 0.48 (healthy 0.04-0.06)'),
  'lr-too-high.sgd-plain-1.5-sea': f('lr-too-high', T, ['lr-too-high'], 'sea-state with plain SGD 1.5 at batch 8: min 0.51, ends 0.72 of 1.38 (healthy 0.02-0.12 of the prior)'),
  'oscillating-loss.sgd-2-batch-1-logistic-launch': f('lr-too-high', T, ['lr-too-high'], 'logistic rescue launch, plain SGD 2 at batch 1: noisy 1.03-1.32, 4.6x the prior (refiled from oscillating-loss)'),
  'lr-too-low.adam-1e-7-sea': f('lr-too-low', T, ['lr-too-low'], 'sea-state with adam 1e-7: 2.236 to 2.234'),
  'lr-too-low.sgd-plain-1e-5-fog': f('lr-too-low', T, ['lr-too-low'], 'fog horn with plain SGD 1e-5: 1.74 to 1.52'),
  'lr-too-low.rmsprop-1e-6-circles': f('lr-too-low', T, ['lr-too-low'], 'circles with rmsprop 1e-6: 0.747 to 0.745'),
  'lr-too-low.nesterov-1e-5-full-batch-lamp': f('lr-too-low', T, ['lr-too-low'], 'lamp full batch Nesterov 1e-5: 6.02 to 4.25'),
  'lr-too-low.momentum-3e-6-iris-batch-4': f('lr-too-low', T, ['lr-too-low'], 'iris with momentum 3e-6 at batch 4: 1.13 to 1.01'),
  'oscillating-loss.momentum-0.97-full-batch-linear-lamp': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear lamp model, momentum 0.97 lr 0.15 full batch: swings 0.31-3.58 every ~9 epochs, damping over 100 epochs, ends 0.02'),
  'oscillating-loss.momentum-0.98-full-batch-linear-sar': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear SAR model, momentum 0.98 lr 0.2 full batch: swings 0.17-5.0 then 0.5-1.3 over the run, ends 0.30 (healthy 0.09-0.10)'),
  'oscillating-loss.momentum-0.99-batch-300-linear-lamp': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear lamp model, momentum 0.99 lr 0.05 at batch 300: swings 0.11-3.6 over the run, ends 0.05 (healthy 0.01)'),
  'loss-plateau.pager-serial-only-launch': f('loss-plateau', T, ['loss-plateau'], 'rescue launch from the pager serial only: 1.00'),
  'loss-plateau.buoy-serial-only-sea': f('loss-plateau', T, ['loss-plateau'], 'sea state from the buoy serial only: 1.00'),
  'loss-plateau.keeper-years-only-lamp': f('loss-plateau', T, ['loss-plateau'], 'lamp hours from keeper years and lamp watts only: 1.00'),
  'loss-plateau.tide-only-launch': f('loss-plateau', T, ['loss-plateau'], 'rescue launch from the tide only: 1.00'),
  'loss-plateau.weight-decay-5-nesterov-fog': f('loss-plateau', T, ['loss-plateau'], 'fog horn with Nesterov weightDecay 5: min 0.99, ends 1.00'),
}
TRIMMED = set()
DROPPED = {
  'dead-relu.adam-0.5-bn-relu-fog': 'layer 2 83% dead but trained to 0.07 (healthy 0.04-0.05): too close',
  'exploding-gradient.raw-foghorn-minutes-momentum-clip-none': 'trained to 0.04 of the raw baseline',
  'init-scale.uniform-4-tanh-launch': 'trained to 0.40, better than the healthy launch specs',
  'init-scale.uniform-6-sigmoid-sea': 'ends 0.16 against healthy 0.02-0.12: too close',
  'saturated-activation.sigmoid-raw-visibility-fog': 'trained to 0.06',
  'saturated-activation.tanh-raw-vessels-launch': 'ends 0.74 against healthy 0.49-0.59: too close',
  'shape-mismatch.launch-two-softmax-bce': 'two sigmoid units under bce were accepted and trained to 0.52 like the healthy ones',
  'lr-too-high.rmsprop-0.05-batch-8-lamp': 'relu 97% dead but trained to 0.03: unclear',
  'loss-plateau.dropout-0.95-sar': 'first 514, ends 4.27: not a plateau, unclear which code',
  'oscillating-loss.adam-0.05-batch-2-lantern': 'trains to 0.01',
  'oscillating-loss.nesterov-0.99-batch-64-tanh-sar': 'settles at 0.08',
  'oscillating-loss.rmsprop-0.02-batch-16-sea': 'trains to 0.04',
  'oscillating-loss.nesterov-0.97-full-batch-linear-fog': 'settles at 0.34 (linear model capacity) after a short early swing',
  'oscillating-loss.wave-ft-and-m-sgd-full-batch-linear': 'raw features: falls slowly from 1026 to 40; no oscillation, unclear code',
  'ok.sea-rmsprop-leaky-bn-decay': 'ends 0.33 with min 0.36-0.46 swings: not clearly healthy',
  'ok.spirals-rmsprop-tanh-batch-16': 'ends 0.92: did not learn the spirals',
  'ok.lantern-inline-rmsprop-relu-batch-5': 'ends 0.22, acc 0.90: not clearly healthy',
  'ok.sine-rmsprop-elu-full-batch': 'ends 0.15 against 0.00 for the sine: not clearly healthy',
  'ok.circles-nesterov-leaky-bn': 'min 0.017 but ends 0.14: swings',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 184 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating and a few lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: lighthouse keepers and coastguard stations: lamp.csv (900 keeper logs: log ids, timestamps, station ids "LH-03"; night length, '
         'visibility km, fog horn minutes, cloud okta, lamp watts 250-1000, keeper years with no effect -> lamp hours) and lamp-na.csv ("NA" '
         'visibility), seastate.csv (1,000 buoy readings -> calm/slight/moderate/rough/rare high 26; wave m and ft, wind kn, swell period, '
         'pressure hPa; buoy serial with no effect), launch.csv (1,200 watch reports -> rare rescue launch 78/1,200; pager serial and tide with '
         'no effect), incident.csv (800 SAR incidents, semicolon export with decimal commas -> skewed durations in minutes and seconds), '
         'foghorn.csv (700 tab-separated watches -> fog horn minutes), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an '
         'inline storm-lantern table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
