#!/usr/bin/env python3
"""Files the candidates of test/faults-blind161 by what the bare engine showed (observed.txt,
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
  'invalid-spec.nadam-optimizer': f('invalid-spec', S, ['invalid-spec'], 'board-feet regression with optimizer "nadam" (a Keras habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'board-grade classifier with activation "gelu" (a PyTorch habit)'),
  'invalid-spec.mae-loss': f('invalid-spec', S, ['invalid-spec'], 'kiln-hours regression with loss "mae"'),
  'invalid-spec.batchsize-zero': f('invalid-spec', S, ['invalid-spec'], 'blade-failure classifier with batchSize 0'),
  'invalid-spec.dense-units-zero': f('invalid-spec', S, ['invalid-spec'], 'species classifier with a 0-unit hidden layer'),
  'invalid-spec.dropout-rate-1.5': f('invalid-spec', S, ['invalid-spec'], 'dispatch-days regression with dropout rate 1.5'),
  'data-error.na-moisture-logs': f('data-error', S, ['data-error'], 'board-feet regression reading the scanner copy with "NA" moisture cells'),
  'data-error.saw-id-feature': f('data-error', S, ['data-error'], 'board-feet regression with the text column saw_id ("SAW-03") in features'),
  'data-error.scan-ts-feature': f('data-error', S, ['data-error'], 'board-feet regression with the scan timestamp text in features'),
  'data-error.kiln-hours-typo': f('data-error', S, ['data-error'], 'kiln regression with target "kiln_hrs"; the header says kiln_hours'),
  'data-error.order-id-feature-tab': f('data-error', S, ['data-error'], 'dispatch-days regression with the order_id text in features (tab-separated file)'),
  'data-error.missing-species-xlsx': f('data-error', S, ['data-error'], 'species classifier pointing at species.xlsx, which does not exist'),
  'data-error.blade-shift-ts-feature': f('data-error', S, ['data-error'], 'blade-failure classifier with the shift timestamp text in features'),
  'shape-mismatch.grade-four-heads-no-reject': f('shape-mismatch', S, ['shape-mismatch'], 'board grade with a 4-unit softmax; the rare reject grade makes 5'),
  'shape-mismatch.species-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'five species with a 3-unit softmax head'),
  'shape-mismatch.board-feet-and-yield-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'board feet and moisture as two targets, one output unit'),
  'shape-mismatch.blobs4-two-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four yard blobs with a 2-unit softmax head'),
  'shape-mismatch.inline-doyle-three-outputs': f('shape-mismatch', S, ['shape-mismatch'], 'inline Doyle tally (one target) with 3 output units'),
  'loss-activation-mismatch.relu-head-bce-blade': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'blade failure with a relu output under bce: 2.21x the prior'),
  'loss-activation-mismatch.linear-head-bce-blade-rmsprop': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'blade failure with a linear output under bce: 1.33x the prior (healthy 0.65)'),
  'loss-activation-mismatch.sigmoid-head-standardized-kiln': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized kiln hours through a sigmoid output: 0.53 (healthy 0.01-0.02)'),
  'loss-activation-mismatch.relu-head-standardized-logs': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized board feet through a relu output: 0.23 (healthy 0.00-0.03)'),
  'loss-activation-mismatch.softmax-single-unit-cce-blade': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'blade failure with a 1-unit softmax output under bce: constant output, 51x the prior'),
  'no-nonlinearity.xor-two-linear-momentum': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through two linear layers: 0.99 of the prior'),
  'no-nonlinearity.circles-linear-adam-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles with a linear hidden layer at batch 4: 1.00'),
  'no-nonlinearity.spirals-three-linear-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through three linear layers: 0.96'),
  'no-nonlinearity.sine-linear-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through two linear layers: 0.39 (healthy 0.01)'),
  'lr-out-of-range.adam-lr-3-grade': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'board grade with adam lr 3: first loss 52, ends 1.12x'),
  'lr-out-of-range.nesterov-lr-40-kiln': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'kiln hours with Nesterov lr 40: NaN at epoch 1'),
  'lr-out-of-range.rmsprop-1e-10-species': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'species with rmsprop lr 1e-10: never moves from 1.09x'),
  'lr-out-of-range.sgd-negative-logs': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'board feet with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-momentum-kiln': f('init-symmetry', P, ['init-symmetry'], 'kiln hours with zero-initialised relu layers under momentum: 1.01, all dead'),
  'init-symmetry.constant-0.2-tanh-rmsprop-species': f('init-symmetry', P, ['init-symmetry'], 'species with constant-0.2 tanh and softmax layers: 0.37 (healthy 0.08-0.18)'),
  'init-symmetry.zeros-elu-sgd-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with zero-initialised elu layers: 1.00'),
  'init-scale.normal-std-4-tanh-kiln': f('init-scale', P, ['init-scale', 'saturated-activation'], 'kiln hours with std-4 tanh layers: first 678, ends 43x'),
  'init-scale.uniform-6-relu-logs': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'board feet with uniform-6 relu layers: first 3.6e6, ends 5e4x'),
  'init-scale.normal-1e-5-six-tanh-species': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six tanh layers at std 1e-5: flat at 1.00'),
  'init-scale.constant-3-leaky-grade': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'board grade with constant-3 / std-3 leaky layers: first 183, ends 1.99x'),
  'dead-relu.bias-minus-8-logs': f('dead-relu', P, ['dead-relu'], 'board feet with a 64-unit relu layer at bias -8: 100% dead, 1.00'),
  'dead-relu.bias-minus-4-three-relu-moons': f('dead-relu', P, ['dead-relu'], 'moons through three relu layers at bias -4 under momentum: dead, 1.00'),
  'dead-relu.rmsprop-0.1-batch-2-orders': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'dispatch days with rmsprop 0.1 at batch 2: layer-2 relu 97% dead, ends 0.45 (healthy 0.12-0.16)'),
  'dead-relu.adam-0.05-batch-4-blade': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'blade failure, three relu layers, adam 0.05 at batch 4: units die, ends 1.01 of the prior'),
  'oscillating-loss.relu-orders-momentum-0.95-lr-0.1-full': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'dispatch days, two relu layers, momentum 0.95 lr 0.1 full batch, 200 epochs: spikes to 64, layer 2 100% dead, ends 1.00 (refiled from oscillating-loss)'),
  'ok.logs-nesterov-0.95-relu3-lr-0.05-batch-2': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'board feet, three relu layers, Nesterov 0.95 lr 0.01 at batch 2: gradients die, ends 1.09 (refiled from healthy)'),
  'ok.species-momentum-0.95-relu3-batch-1': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'species, three relu layers, momentum 0.95 lr 0.01 at batch 1: layer 2 88% dead, ends 1.02 (refiled from healthy)'),
  'exploding-gradient.constant-1.5-relu-four-layers-logs': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'four relu layers at constant 1.5: first loss 7e10, ends 0.97'),
  'exploding-gradient.raw-kiln-features-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'kiln hours on raw features (density in kg/m3): first 2.3e4, ends 31x'),
  'exploding-gradient.raw-order-board-feet-nesterov': f('exploding-gradient', P, ['exploding-gradient'], 'dispatch days on raw order board feet (up to 4e5): first 3.5e14, ends 4e7x'),
  'exploding-gradient.raw-rpm-blade-sgd': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'blade failure on raw rpm and tooth temperature: first 251, relu layer dies, 1.03'),
  'nan-loss.raw-kiln-target-sgd-full': f('exploding-gradient', P, ['exploding-gradient'], 'raw kiln features and raw hours target, SGD full batch: grows to 6e8x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-momentum-blade': f('vanishing-gradient', P, ['vanishing-gradient'], 'blade failure through eight sigmoid layers: 1.00'),
  'vanishing-gradient.seven-sigmoid-xor': f('vanishing-gradient', P, ['vanishing-gradient'], 'xor through seven sigmoid layers: 1.01'),
  'saturated-activation.sigmoid-raw-kiln': f('saturated-activation', P, ['saturated-activation'], 'kiln hours on raw features through sigmoid: 96% saturated, 0.18 (healthy 0.01-0.02)'),
  'saturated-activation.tanh-raw-blade': f('saturated-activation', P, ['saturated-activation'], 'blade failure on raw rpm through tanh: 100% saturated, 1.00'),
  'saturated-activation.tanh-bias-8-logs': f('saturated-activation', P, ['saturated-activation'], 'board feet through tanh layers with bias 8: 1.11'),
  'saturated-activation.sigmoid-raw-species-density': f('saturated-activation', P, ['saturated-activation'], 'species on raw density through sigmoid: 0.75 (healthy 0.08-0.18)'),
  'nan-loss.sgd-2-batch-1-logs': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'board feet with plain SGD lr 2 at batch 1: NaN at epoch 1'),
  'nan-loss.momentum-0.99-lr-1-orders': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'dispatch days with momentum 0.99 lr 1: NaN at epoch 1'),
  'nan-loss.raw-board-feet-nesterov-batch-8': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw board-feet target, Nesterov 0.01 at batch 8: NaN at epoch 1'),
  'nan-loss.linear-raw-orders-momentum-0.95': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'linear model on raw order sizes and raw days, momentum 0.95: NaN at epoch 1'),
  'dead-relu.nesterov-0.95-lr-0.1-batch-1-kiln': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'kiln hours, Nesterov 0.95 lr 0.1 at batch 1: NaN at epoch 1 (refiled from dead-relu)'),
  'init-scale.normal-std-2-elu-orders': f('nan-loss', T, ['nan-loss', 'init-scale'], 'dispatch days with std-2 elu layers of 128: NaN at epoch 1 (refiled from init-scale)'),
  'oscillating-loss.minmax-sgd-plain-3-linear-orders': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear model, plain SGD 3, full batch on minmax features: grows geometrically, NaN at epoch 48 (refiled from oscillating-loss)'),
  'lr-too-high.momentum-0.9-lr-0.3-batch-4-doyle': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'inline Doyle tally, momentum 0.9 lr 0.3 at batch 4: NaN at epoch 10 (refiled from lr-too-high)'),
  'lr-too-high.sgd-plain-1.5-batch-8-orders': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'dispatch days with plain SGD 1.5 at batch 8: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.adam-0.1-batch-2-kiln': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'kiln hours with adam 0.1 at batch 2: min 0.09, ends 1.05, relu layer dies'),
  'lr-too-high.adam-0.2-batch-16-grade': f('lr-too-high', T, ['lr-too-high'], 'board grade with adam 0.2 at batch 16: swings 1.5-4.1, ends 1.03x'),
  'lr-too-high.nesterov-0.95-lr-0.5-batch-64-species': f('lr-too-high', T, ['lr-too-high'], 'species with Nesterov 0.95 lr 0.5: 0.57 then a spike to 46, stuck at 1.00x'),
  'lr-too-high.rmsprop-0.05-batch-1-logs': f('lr-too-high', T, ['lr-too-high'], 'board feet with rmsprop 0.05 at batch 1: min 0.53, rises to 0.70-0.80 (healthy 0.00-0.03)'),
  'oscillating-loss.plain-sgd-1.9-linear-kiln-full': f('lr-too-high', T, ['lr-too-high'], 'linear kiln model, plain SGD 0.95 full batch: min 0.82 at epoch 8, then grows steadily to 4.9e6x, no NaN (refiled from oscillating-loss)'),
  'lr-too-low.adam-2e-6-kiln': f('lr-too-low', T, ['lr-too-low'], 'kiln hours with adam 2e-6: 4.61 to 4.41'),
  'lr-too-low.momentum-0.9-1e-5-full-logs': f('lr-too-low', T, ['lr-too-low'], 'board feet, momentum 1e-5 full batch, 300 epochs: 2.21 to 1.13 (healthy 0.01)'),
  'lr-too-low.rmsprop-1e-6-batch-4-species': f('lr-too-low', T, ['lr-too-low'], 'species with rmsprop 1e-6 at batch 4: 1.09x to 1.07x'),
  'lr-too-low.sgd-plain-1e-5-grade': f('lr-too-low', T, ['lr-too-low'], 'board grade with plain SGD 1e-5: 1.56x to 1.51x'),
  'lr-too-low.nesterov-3e-6-moons': f('lr-too-low', T, ['lr-too-low'], 'moons with Nesterov 0.95 lr 3e-6: 1.23x to 1.10x'),
  'loss-plateau.grader-id-only-grade': f('loss-plateau', T, ['loss-plateau'], 'board grade from the grader id only: 1.00'),
  'loss-plateau.blade-serial-only': f('loss-plateau', T, ['loss-plateau'], 'blade failure from the blade serial only: 1.00'),
  'loss-plateau.weight-decay-5-rmsprop-kiln': f('loss-plateau', T, ['loss-plateau'], 'kiln hours with rmsprop weightDecay 5: min 0.70, ends 1.00'),
  'loss-plateau.clipnorm-1e-7-nesterov-logs': f('loss-plateau', T, ['loss-plateau'], 'board feet with clipNorm 1e-7: 4.62, never moves'),
  'loss-plateau.species-code-only-logs': f('loss-plateau', T, ['loss-plateau'], 'board feet from the species code only: 1.01'),
  'oscillating-loss.linear-kiln-momentum-0.99-lr-0.05-full': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear kiln model, momentum 0.99 lr 0.05 full batch: swings 0.14-1.78 with a period of ~10 epochs, still swinging at 150, ends 0.42 (same model at momentum 0.95: 0.09)'),
  'oscillating-loss.rmsprop-0.05-full-batch-tanh-species': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'species, rmsprop 0.05 full batch: recurring bursts 0.25 -> 0.43, ends 0.18 (healthy 0.08-0.18)'),
  'oscillating-loss.momentum-0.98-lr-0.5-logistic-blade': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'logistic blade model, momentum 0.98 lr 0.5 full batch: slow swing 0.22 -> 0.49 -> back, ends 0.78 of the prior'),
  'oscillating-loss.nesterov-0.99-lr-0.02-relu-kiln-batch-350': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'kiln, two relu layers, Nesterov 0.99 at batch 350: reaches 0.03 then bursts to 0.66 and 0.93, ends 0.014'),
}
TRIMMED = set()
DROPPED = {
  'oscillating-loss.linear-logs-nesterov-0.97-lr-0.3-batch-450': None,
  'oscillating-loss.adam-0.3-batch-256-logs-elu': None,
  'dead-relu.momentum-0.95-lr-0.1-full-grade-300': 'ends 0.27, within the healthy grade range 0.14-0.36',
  'exploding-gradient.raw-board-feet-target-adam': 'trained to 0.05 of the baseline in raw units: not clearly faulty',
  'exploding-gradient.raw-kiln-hours-target-momentum': 'trained to 0.02 of the baseline: not faulty',
  'init-symmetry.zeros-sigmoid-adam-grade': 'ends 0.43 against healthy 0.14-0.36: too close',
  'vanishing-gradient.nine-sigmoid-grade': 'ends 0.50 against healthy 0.14-0.36: too close',
  'vanishing-gradient.ten-tanh-std-0.02-kiln': 'trained to 0.06',
  'saturated-activation.sigmoid-std-6-grade': 'ends 0.33, within the healthy grade range',
  'loss-plateau.dropout-0.95-orders': 'ends 0.76 and still moving: not a clear plateau',
  'ok.blade-rmsprop-batch-8-relu': 'ends 0.72 of the prior: not clearly healthy',
  'ok.logistic-blade-momentum-0.97-full': 'ends 0.69 after a slow rise 0.22 -> 0.33: not clearly healthy',
  'ok.circles-adam-relu-bn': 'swings 0.03-0.22 to the end: not clearly healthy',
  'ok.moons-adam-sigmoid-hidden': 'ends 0.44: not clearly healthy',
  'ok.spirals-adam-tanh-deep': 'ends 0.96: failed to learn the spirals (no fault intended)',
  'ok.linear-orders-nesterov-0.9-batch-1': 'swings 0.29-0.86 at batch 1, ends 0.40: not clearly healthy',
  'ok.linear-kiln-momentum-0.98-lr-0.2-full-wild-start': 'swings 0.10-1.85 for over 100 of 400 epochs before settling at 0.09: neither clearly healthy nor clearly oscillating at the end',
}
HEALTHY_RENAME = {
  'oscillating-loss.linear-logs-nesterov-0.97-lr-0.3-batch-450': 'linear-logs-nesterov-0.97-lr-0.3-batch-450',
  'oscillating-loss.adam-0.3-batch-256-logs-elu': 'logs-adam-0.3-batch-256-elu',
}
for k in HEALTHY_RENAME:
    DROPPED.pop(k, None)

ABOUT = ('Fault set 161 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low, plateau and borderline candidates (observed-curves.txt). '
         'Theme: sawmills and timber yards: logs.csv (900 scanned logs: log ids, scan timestamps, saw ids; diameter cm and inches, length, '
         'taper, sweep, moisture, species code -> board feet) and logs-na.csv ("NA" moisture), kiln.csv (700 kiln charges, semicolon export '
         'with decimal commas -> kiln hours), grade.csv (1,000 boards -> FAS/select/common1/common2/rare reject 70; grader id with no effect), '
         'blade.csv (1,200 saw shifts -> rare blade failure 101/1,200; blade serial with no effect), species.csv (600 samples -> pine/spruce/'
         'fir/birch/rare oak), orders.csv (800 tab-separated orders, skewed sizes 50-400,000 board feet -> dispatch days), plus builtins '
         'iris, moons, circles, spirals, blobs (4), sine, xor and an inline Doyle-rule tally. Data by data/generate.ts; specs by author.ts; '
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
