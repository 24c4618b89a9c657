#!/usr/bin/env python3
"""Files the candidates of test/faults-blind118 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'scada-power regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'icing-alarm classifier with activation "gelu"'),
  'invalid-spec.sparse-cce-loss': f('invalid-spec', S, ['invalid-spec'], 'curtailment classifier with the Keras loss name sparse_categorical_crossentropy'),
  'invalid-spec.lstm-layer': f('invalid-spec', S, ['invalid-spec'], 'bearing-temperature regression with an lstm layer copied from a SCADA time-series tutorial'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'downtime regression with batchSize 0'),
  'data-error.na-nacelle-temp': f('data-error', S, ['data-error'], 'scada-power regression reading a copy whose nacelle_temp_c is "NA" on 25 rows'),
  'data-error.turbine-id-feature': f('data-error', S, ['data-error'], 'downtime regression with the text column turbine_id ("WTG-01") in features (tab-separated file)'),
  'data-error.scada-ts-feature': f('data-error', S, ['data-error'], 'scada-power regression with the SCADA timestamp text column in features'),
  'data-error.bearing-dot-column-name': f('data-error', S, ['data-error'], 'bearing regression with target "bearing_temp"; the header says bearing_temp_c'),
  'data-error.park-feature-curtailment': f('data-error', S, ['data-error'], 'curtailment classifier with the text column park ("PARK-1") in features'),
  'shape-mismatch.curtailment-four-heads': f('shape-mismatch', S, ['shape-mismatch'], 'curtailment classifier with a 4-unit softmax head; the log has 5 reasons (rare bat forgotten)'),
  'shape-mismatch.kw-and-mw-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'power in kW and MW as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four met-mast blobs with a 3-unit softmax head'),
  'loss-activation-mismatch.relu-head-standardized-bearing': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized bearing temperature through a relu output: ends 0.51 (healthy 0.04-0.10)'),
  'loss-activation-mismatch.sigmoid-head-standardized-power': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized power through a sigmoid output under mse: ends 0.46 (healthy 0.00-0.05)'),
  'loss-activation-mismatch.tanh-head-bce-icing': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'icing alarm with a tanh output under bce: 4.45x the prior, no gradient'),
  'loss-activation-mismatch.softmax-single-gust': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'inline gust log with a 1-unit softmax under bce: 11.6x the prior'),
  'no-nonlinearity.circles-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear hidden layers: 0.99 of the prior'),
  'no-nonlinearity.moons-linear-sgd-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons with a linear hidden layer: 0.38 (healthy 0.02)'),
  'no-nonlinearity.sine-linear-bn-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through a linear batch-normalized layer: 0.45 (healthy 0.01)'),
  'lr-out-of-range.sgd-lr-20-bearing': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'bearing regression with SGD lr 20: NaN at epoch 1'),
  'lr-out-of-range.adam-1e-8-curtailment': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'curtailment with adam lr 1e-8: the loss never moves'),
  'lr-out-of-range.rmsprop-3-icing': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'icing alarm with rmsprop lr 3: 14.6x the prior'),
  'lr-out-of-range.nesterov-negative-downtime': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'downtime with Nesterov lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-rmsprop-curtailment': f('init-symmetry', P, ['init-symmetry'], 'curtailment with zero-initialised relu layer: 1.00 of the prior'),
  'init-symmetry.constant-0.5-tanh-adam-power': f('init-symmetry', P, ['init-symmetry'], 'power with constant 0.5 tanh weights: first loss 188, ends 0.34 (healthy 0.00-0.05)'),
  'init-symmetry.zeros-sigmoid-sgd-moons': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised sigmoid layers: ends 0.38 like a linear model (healthy 0.02)'),
  'init-symmetry.constant-0.2-leaky-nesterov-bearing': f('init-symmetry', P, ['init-symmetry'], 'bearing with constant 0.2 leaky layers: 1.00, units die'),
  'init-scale.normal-std-10-elu-downtime': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'downtime with normal std 10 elu layers: first loss 2.3e9, ends 3e8x'),
  'init-scale.normal-1e-3-seven-relu-bearing': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'seven relu layers at std 1e-3: flat at 1.00'),
  'init-scale.normal-std-6-sigmoid-icing': f('init-scale', P, ['init-scale', 'saturated-activation'], 'icing with std-6 sigmoid layers: 1.03 of the prior, 85% saturated'),
  'init-scale.uniform-1e-3-six-leaky-power': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six leaky layers at uniform 1e-3: flat at 1.00'),
  'dead-relu.bias-minus-8-deep-downtime': f('dead-relu', P, ['dead-relu'], 'downtime four relu layers with bias -8: flat at 1.01'),
  'dead-relu.bias-minus-6-icing-sgd': f('dead-relu', P, ['dead-relu'], 'icing two relu layers with bias -6: 1.00 of the prior'),
  'dead-relu.adam-0.1-batch-4-power': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'power with adam 0.1 at batch 4: 97% of layer-2 relu units dead, ends 1.03'),
  'exploding-gradient.raw-grid-demand-adam': f('exploding-gradient', P, ['exploding-gradient'], 'curtailment on raw grid demand MW: first loss 377, grads 1.6e3, ends 0.76'),
  'exploding-gradient.raw-hours-since-service-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'downtime on raw hours since service: first loss 7.8e8, ends 7.9x'),
  'exploding-gradient.raw-kw-target-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'power in raw kW as target: 1.7x the baseline, grads 7e4'),
  'exploding-gradient.ten-leaky-std-0.8-bearing': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'ten leaky layers at std 0.8: first loss 6.5e7'),
  'nan-loss.raw-downtime-hours-adam-full': f('exploding-gradient', P, ['exploding-gradient'], 'raw features and raw hours target, plain SGD full batch: 4.8e12x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.seven-sigmoid-nesterov-curtailment': f('vanishing-gradient', P, ['vanishing-gradient'], 'curtailment through seven sigmoid layers: 1.00'),
  'vanishing-gradient.eight-sigmoid-momentum-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through eight sigmoid layers: 1.00'),
  'vanishing-gradient.six-sigmoid-adam-icing': f('vanishing-gradient', P, ['vanishing-gradient'], 'icing through six sigmoid layers: 1.00'),
  'vanishing-gradient.eleven-sigmoid-sgd-downtime': f('vanishing-gradient', P, ['vanishing-gradient'], 'downtime through eleven sigmoid layers: 1.12'),
  'nan-loss.constant-3-relu-power': f('nan-loss', P, ['nan-loss', 'init-scale'], 'constant/std 3 relu weights: NaN at epoch 1'),
  'nan-loss.nesterov-0.99-lr-0.2-sine': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'Nesterov 0.2 momentum 0.99: NaN at epoch 1'),
  'nan-loss.sgd-plain-2-batch-1-bearing': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'plain SGD 2 at batch 1: NaN at epoch 1'),
  'dead-relu.sgd-plain-1-batch-2-bearing': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'plain SGD 1 at batch 2: NaN at epoch 1 (refiled from dead-relu)'),
  'lr-too-high.sgd-plain-0.8-batch-8-bearing': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'plain SGD 0.8 at batch 8: NaN at epoch 1 (refiled from lr-too-high)'),
  'loss-plateau.dropout-0.95-power': f('nan-loss', P, ['nan-loss'], 'dropout 0.95 (meant keep 0.95): NaN at epoch 1 (refiled from loss-plateau)'),
  'oscillating-loss.sgd-plain-1.9-full-batch-linear-bearing': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear model, plain SGD 1.9 full batch: grows, NaN at epoch 78 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-bias-8-bearing': f('saturated-activation', P, ['saturated-activation'], 'sigmoid layer with bias 8: 100% saturated, 1.02'),
  'saturated-activation.sigmoid-raw-grid-mw-curtailment': f('saturated-activation', P, ['saturated-activation'], 'sigmoid layer on raw grid MW: 96% saturated, ends 0.30 (healthy 0.06-0.13)'),
  'saturated-activation.tanh-raw-service-hours-downtime': f('saturated-activation', P, ['saturated-activation'], 'tanh layer on raw hours since service: 100% saturated, 1.07'),
  'lr-too-high.adam-0.3-batch-4-icing': f('lr-too-high', T, ['lr-too-high'], 'icing with adam 0.3 at batch 4: 1.95x the prior'),
  'lr-too-high.momentum-0.9-lr-0.5-blobs4': f('lr-too-high', T, ['lr-too-high'], 'blobs with SGD 0.5 momentum 0.9 at batch 8: 1.01 (healthy 0.20)'),
  'lr-too-high.rmsprop-0.05-batch-1-iris': f('lr-too-high', T, ['lr-too-high'], 'iris with rmsprop 0.05 at batch 1: ends 0.16 (healthy 0.05-0.06)'),
  'lr-too-high.rmsprop-0.3-batch-16-curtailment': f('lr-too-high', T, ['lr-too-high'], 'curtailment with rmsprop 0.3: ends 0.30 (healthy 0.06-0.13)'),
  'lr-too-low.rmsprop-1e-7-curtailment': f('lr-too-low', T, ['lr-too-low', 'lr-out-of-range'], 'rmsprop 1e-7: 1.17 of the prior throughout'),
  'lr-too-low.sgd-plain-1e-5-batch-8-power': f('lr-too-low', T, ['lr-too-low'], 'plain SGD 1e-5: 1.04 -> 0.65 (healthy 0.00-0.05)'),
  'lr-too-low.adam-2e-6-icing': f('lr-too-low', T, ['lr-too-low'], 'adam 2e-6: 1.80 of the prior'),
  'lr-too-low.nesterov-1e-5-bearing': f('lr-too-low', T, ['lr-too-low'], 'Nesterov 1e-5: ends 0.25 (healthy 0.04)'),
  'lr-too-low.momentum-1e-4-full-batch-spirals': f('lr-too-low', T, ['lr-too-low'], 'momentum 1e-4 full batch: 1.00 after 200 epochs'),
  'oscillating-loss.momentum-0.99-lr-0.05-linear-bearing': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear bearing model, SGD 0.05 momentum 0.99, half batches: min 0.14, ends 0.40'),
  'loss-plateau.mast-serial-only-icing': f('loss-plateau', T, ['loss-plateau'], 'icing from the met-mast serial alone (no effect): 1.00'),
  'loss-plateau.grid-freq-only-curtailment': f('loss-plateau', T, ['loss-plateau'], 'curtailment from grid frequency alone (no effect): 1.00'),
  'loss-plateau.hub-height-only-downtime': f('loss-plateau', T, ['loss-plateau'], 'downtime from hub height alone (no effect): 1.00'),
  'loss-plateau.rmsprop-weight-decay-2-bearing': f('loss-plateau', T, ['loss-plateau'], 'rmsprop weightDecay 2 (meant 2e-4): 0.57 then back to 1.00'),
  'loss-plateau.clipnorm-1e-7-adam-curtailment': f('loss-plateau', T, ['loss-plateau'], 'SGD with clipNorm 1e-7: flat at 1.26'),
}
TRIMMED = set()
DROPPED = {
  'dead-relu.bias-minus-4-wide-curtailment': 'ends 0.11, inside the healthy curtailment range',
  'exploding-gradient.raw-bearing-c-target-sgd': 'first loss 938 but ends 0.05 of the baseline: recovers',
  'init-scale.uniform-5-tanh-curtailment': 'ends 0.12, inside the healthy range',
  'loss-activation-mismatch.softmax-heads-mse-curtailment': 'softmax under mse trained to acc 0.954',
  'lr-too-high.adam-0.15-batch-64-downtime': 'ends 0.17 against a healthy downtime 0.14-0.20: too close',
  'nan-loss.raw-kw-target-momentum': 'raw kW target: no NaN, ends 0.10 of the baseline; unclear',
  'nan-loss.rmsprop-5e-1-wide-relu-downtime': 'first loss 2.7e7 then 1.10, a dead layer: unclear which code',
  'no-nonlinearity.power-curve-linear-rmsprop': 'linear model ends 0.08, near healthy 0.00-0.05',
  'oscillating-loss.adam-0.05-full-batch-linear-power': 'settles: no lasting oscillation',
  'oscillating-loss.momentum-0.95-lr-1-batch-200-logistic-icing': 'ends 0.58 like healthy icing specs',
  'oscillating-loss.nesterov-0.97-lr-0.4-full-batch-linear-downtime': 'settles at 0.39',
  'oscillating-loss.rmsprop-0.05-full-batch-elu-power': 'ends 0.02: trains fine',
  'saturated-activation.tanh-raw-humidity-icing': 'ends 0.64 against healthy icing 0.51-0.58: too close',
  'saturated-activation.tanh-raw-rpm-pitch-power': 'trained to 0.01',
  'shape-mismatch.icing-two-softmax-bce': 'two sigmoid outputs under bce accepted and trained to 0.56',
  'vanishing-gradient.ten-tanh-std-0.02-power': 'trained to 0.01',
  'ok.icing-logistic-nesterov': 'ends 0.58 of the prior: rare alarm, not clearly healthy',
  'ok.icing-minmax-adam-elu-clip': 'ends 0.58 of the prior: not clearly healthy',
  'ok.downtime-momentum-relu-decay': 'min 0.17 but ends 0.47: swings',
  'ok.downtime-rmsprop-tanh-dropout': 'ends 0.33: not clearly healthy',
  'ok.moons-rmsprop-elu-dropout': 'ends 0.30, acc 0.91: not clearly healthy',
  'ok.blobs4-sgd-plain-elu': 'ends 0.20, acc 0.88 (overlapping blobs): unclear',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 118 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: wind farms and turbines: scada.csv (1,000 10-minute SCADA rows: turbine ids and timestamps; wind m/s and knots, rotor rpm, '
         'blade pitch deg, yaw error, nacelle temp, air density -> power kW 0-3,600 and MW) and scada-na.csv ("NA" nacelle temps), icing.csv '
         '(1,100 winter rows -> rare icing alarm 77/1,100; mast serial with no effect), curtailment.csv (950 rows -> reason none/grid/noise/'
         'shadow/rare bat 56; grid frequency with no effect), downtime.csv (900 tab-separated work orders -> skewed downtime hours), '
         'bearing.csv (800 hourly rows, semicolon export with decimal commas -> bearing temp C), plus builtins iris, moons, circles, spirals, '
         'blobs (4), sine, xor and an inline gust log. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
