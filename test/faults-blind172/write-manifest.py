#!/usr/bin/env python3
"""Files the candidates of test/faults-blind172 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'tensile regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'grade classifier with activation "gelu"'),
  'invalid-spec.mae-loss': f('invalid-spec', S, ['invalid-spec'], 'order value regression with loss "mae" (L1Loss habit for skewed cents)'),
  'invalid-spec.zero-units-hidden': f('invalid-spec', S, ['invalid-spec'], 'QC reject classifier with a 0-unit hidden layer'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'drum hours regression with batchSize 0'),
  'data-error.na-chrome-pct': f('data-error', S, ['data-error'], 'tensile regression reading the lab-sheet copy with "NA" chrome_pct cells'),
  'data-error.worker-id-feature': f('data-error', S, ['data-error'], 'tensile regression with the text worker id ("W013") in features'),
  'data-error.loaded-at-timestamp-feature': f('data-error', S, ['data-error'], 'tensile regression with the drum-loading timestamp text in features'),
  'data-error.run-id-feature-tab-file': f('data-error', S, ['data-error'], 'drum hours regression with the run id text in features (tab-separated file)'),
  'data-error.grain-typo-column': f('data-error', S, ['data-error'], 'grade classifier with feature "grain"; the header says grain_score'),
  'data-error.orders-comma-path': f('data-error', S, ['data-error'], 'order value regression pointing at orders_2024.csv, which does not exist'),
  'shape-mismatch.grade-four-heads-forgot-reject': f('shape-mismatch', S, ['shape-mismatch'], 'grade classifier with a 4-unit softmax; the rare reject grade makes 5'),
  'shape-mismatch.hours-and-minutes-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'drum hours and minutes as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four workshop blobs with a 3-unit softmax'),
  'shape-mismatch.iris-one-sigmoid-cce': f('shape-mismatch', S, ['shape-mismatch', 'loss-activation-mismatch'], 'iris with one sigmoid output under cce'),
  'loss-activation-mismatch.grade-relu-head-cce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'grade classifier with a relu output under cce: 0.45 of the prior but acc 0.25 (healthy 0.05-0.13, acc 0.93-0.98)'),
  'loss-activation-mismatch.sigmoid-head-standardized-tensile': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized tensile through a sigmoid output under mse: 0.57 (healthy 0.03-0.05)'),
  'loss-activation-mismatch.relu-head-standardized-drum': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized drum hours through a relu output under mse: 0.42 (healthy 0.00-0.04)'),
  'loss-activation-mismatch.bend-softmax-one-unit-bce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'inline bend table with a 1-unit softmax under bce: constant 6.04, 9.1x the prior'),
  'no-nonlinearity.circles-two-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 1.00'),
  'no-nonlinearity.xor-linear-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through a linear hidden layer: 1.00'),
  'no-nonlinearity.sine-linear-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through two linear layers: 0.40 (healthy 0.00-0.02)'),
  'no-nonlinearity.spirals-linear-bn-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through linear batch-normalized layers: 0.93'),
  'lr-out-of-range.rmsprop-lr-3-grade': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'grade with rmsprop lr 3: first 336, ends 1.75x'),
  'lr-out-of-range.nesterov-lr-25-tensile': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'tensile with Nesterov lr 25: NaN at epoch 1'),
  'lr-out-of-range.adam-1e-8-drum': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'drum hours with adam 1e-8: 3.70, never moves'),
  'lr-out-of-range.sgd-negative-reject': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'QC reject with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-adam-grade': f('init-symmetry', P, ['init-symmetry'], 'grade with zero-initialised relu and softmax layers: 1.00'),
  'init-symmetry.constant-0.5-tanh-sgd-sine': f('init-symmetry', P, ['init-symmetry'], 'sine with every tanh weight at constant 0.5: ends 0.48 (healthy 0.00-0.02)'),
  'init-symmetry.zeros-sigmoid-momentum-moons': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised sigmoid layers: 0.43 (healthy 0.01)'),
  'init-scale.normal-std-10-sigmoid-grade': f('init-scale', P, ['init-scale', 'saturated-activation'], 'grade with std-10 sigmoid and softmax layers: first 83, ends 2.47x'),
  'init-scale.uniform-5-tanh-three-drum': f('init-scale', P, ['init-scale', 'saturated-activation'], 'drum hours with uniform limit 5 tanh layers: first 403, ends 29x'),
  'init-scale.normal-1e-5-relu-six-iris': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'iris through six relu layers at std 1e-5: flat at 1.00'),
  'init-scale.normal-std-4-elu-reject': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'QC reject with std-4 elu layers: first 3913, ends 433x'),
  'dead-relu.bias-minus-8-two-layer-tensile': f('dead-relu', P, ['dead-relu'], 'tensile with two relu layers at bias -8: 98-100% dead, 1.00'),
  'dead-relu.bias-minus-4-deep-moons-sgd': f('dead-relu', P, ['dead-relu'], 'moons through four relu layers at bias -4: 97-100% dead, 1.00'),
  'dead-relu.blobs4-momentum-0.9-lr-1': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'four blobs, momentum lr 1 at batch 8: layer-2 relu 100% dead, ends 1.16x'),
  'dead-relu.iris-sgd-lr-2-batch-4': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'iris, plain SGD lr 2 at batch 4: first 7.3e6, layer-2 relu 100% dead, ends 1.16x'),
  'exploding-gradient.raw-cents-target-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'order value in raw cents as target: 1.83x the baseline 2.9e9'),
  'exploding-gradient.raw-load-kg-momentum-drum': f('exploding-gradient', P, ['exploding-gradient'], 'drum hours on raw load kg, momentum SGD 1e-4: first 4e16, ends 5.6e10x'),
  'exploding-gradient.raw-minutes-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'drum minutes as raw target: 5.73x the baseline'),
  'exploding-gradient.raw-glue-grams-sgd-reject': f('exploding-gradient', P, ['exploding-gradient'], 'QC reject on raw glue g/m2 and serial-free features, SGD 0.005: first 5.69, ends 0.62 (healthy 0.20-0.26)'),
  'nan-loss.raw-cents-sgd-full-batch': f('exploding-gradient', P, ['exploding-gradient'], 'raw features and raw cents target, full-batch SGD: 2.09x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-sgd-grade': f('vanishing-gradient', P, ['vanishing-gradient'], 'grade through eight sigmoid layers: 1.00'),
  'vanishing-gradient.six-sigmoid-momentum-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through six sigmoid layers: 1.00'),
  'vanishing-gradient.twelve-sigmoid-adam-iris': f('vanishing-gradient', P, ['vanishing-gradient'], 'iris through twelve sigmoid layers: 1.00'),
  'nan-loss.constant-3-elu-deep-drum': f('nan-loss', T, ['nan-loss', 'init-scale', 'exploding-gradient'], 'five elu layers at constant 3: NaN at epoch 1'),
  'nan-loss.nesterov-0.95-lr-1-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine with Nesterov 0.95 lr 1: NaN at epoch 1'),
  'lr-too-high.nesterov-0.95-lr-0.3-orders': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'order value with Nesterov 0.95 lr 0.3: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.sgd-plain-1.5-batch-8-tensile': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'tensile with plain SGD 1.5 at batch 8: NaN at epoch 1 (refiled from lr-too-high)'),
  'saturated-activation.sigmoid-bias-8-grade': f('saturated-activation', P, ['saturated-activation'], 'grade through sigmoid layers with bias 8: 1.01'),
  'saturated-activation.tanh-raw-load-kg-drum': f('saturated-activation', P, ['saturated-activation'], 'drum hours on raw load kg through tanh: 1.01'),
  'saturated-activation.sigmoid-raw-glue-reject': f('saturated-activation', P, ['saturated-activation'], 'QC reject on raw glue g/m2 through sigmoid: 0.50 (healthy 0.20-0.26)'),
  'lr-too-high.adam-0.1-batch-2-reject': f('lr-too-high', T, ['lr-too-high'], 'QC reject with adam 0.1 at batch 2: swings 0.07-0.15, ends 0.52 (healthy 0.20-0.26)'),
  'lr-too-high.momentum-0.9-lr-0.5-iris-batch-8': f('lr-too-high', T, ['lr-too-high'], 'iris with momentum lr 0.5 at batch 8: swings 0.09-2.08, ends 0.19 (healthy 0.03)'),
  'lr-too-high.rmsprop-0.2-batch-16-grade': f('lr-too-high', T, ['lr-too-high'], 'grade with rmsprop 0.2: 0.36 (healthy 0.05-0.13)'),
  'lr-too-high.rmsprop-0.05-batch-1-drum': f('lr-too-high', T, ['lr-too-high'], 'drum hours with rmsprop 0.05 at batch 1: 0.11 (healthy 0.00-0.04)'),
  'dead-relu.grade-adam-0.3-batch-16': f('lr-too-high', T, ['lr-too-high'], 'grade with adam 0.3 at batch 16: 0.45, swings 0.56-0.84 (refiled from dead-relu)'),
  'nan-loss.adam-5-batch-2-tensile': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range'], 'tensile with adam 5 at batch 2: first 8.4e4, ends 1.08, no NaN (refiled from nan-loss)'),
  'oscillating-loss.momentum-0.95-lr-0.5-batch-64-linear-hides': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear tensile model, momentum 0.95 lr 0.5: diverges steadily to 4.6e48 with no NaN (refiled from oscillating-loss)'),
  'lr-too-low.adam-2e-6-grade': f('lr-too-low', T, ['lr-too-low'], 'grade with adam 2e-6: 1.77 to 1.73'),
  'lr-too-low.sgd-plain-1e-5-tensile-batch-16': f('lr-too-low', T, ['lr-too-low'], 'tensile with plain SGD 1e-5: 1.36'),
  'lr-too-low.rmsprop-1e-6-orders': f('lr-too-low', T, ['lr-too-low'], 'order value with rmsprop 1e-6: 3.38 to 3.25'),
  'lr-too-low.momentum-0.9-1e-5-full-batch-iris': f('lr-too-low', T, ['lr-too-low'], 'iris full batch momentum 1e-5: 0.85 (healthy 0.03)'),
  'lr-too-low.raw-features-sgd-1e-9-drum': f('lr-too-low', T, ['lr-too-low', 'exploding-gradient'], 'linear drum model on raw features at SGD 1e-9: 333x, barely moves'),
  'oscillating-loss.momentum-0.99-lr-0.05-batch-32-grade': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'grade with momentum 0.99 lr 0.05: min 0.28, swings up to 20, ends 0.91'),
  'oscillating-loss.nesterov-0.99-lr-0.02-linear-drum': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear drum model, Nesterov 0.99 full batch: damped swings 0.03-0.94 over ~60 epochs, settles 0.03'),
  'oscillating-loss.sgd-plain-0.95-batch-200-linear-drum': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear drum model, plain SGD 0.95 at batch 200: swings 0.04-0.84, ends 0.05'),
  'oscillating-loss.rmsprop-0.05-batch-64-orders-elu': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'order value with rmsprop 0.05 at batch 64: swings 0.03-0.30 epoch to epoch, ends 0.03 (healthy 0.00)'),
  'loss-plateau.rack-number-only-grade': f('loss-plateau', T, ['loss-plateau'], 'grade from the rack number only: 1.00'),
  'loss-plateau.stamp-serial-only-reject': f('loss-plateau', T, ['loss-plateau'], 'QC reject from the stamp serial only: 1.00'),
  'loss-plateau.area-only-tensile': f('loss-plateau', T, ['loss-plateau'], 'tensile from hide area only: 1.00'),
  'loss-plateau.weight-decay-5-sgd-orders': f('loss-plateau', T, ['loss-plateau'], 'order value with SGD weightDecay 5: min 0.70, ends 1.00'),
}
TRIMMED = set()
DROPPED = {
  'oscillating-loss.adam-0.03-batch-4-sine-elu': 'small noisy wobble, ends 0.02: not a clear oscillation',
  'oscillating-loss.adam-0.05-batch-8-sine-tanh': 'ends 0.05 with small wobble: unclear',
  'oscillating-loss.rmsprop-0.03-batch-16-sine-relu': 'trains to 0.03',
  'oscillating-loss.sqft-and-m2-sgd-0.45-full-batch-linear': 'settles smoothly at 0.26: neither oscillating nor clearly healthy',
  'loss-plateau.dropout-0.95-drum': 'ends 0.75: a plateau or just noise, unclear',
  'exploding-gradient.ten-relu-std-0.5-iris': 'first 231 but trains to 0.00',
  'init-symmetry.constant-0.2-elu-rmsprop-iris': 'trains to 0.05 (the softmax layer breaks the symmetry)',
  'loss-activation-mismatch.reject-tanh-head-bce': 'ends 0.36 against healthy 0.20-0.26: too close',
  'vanishing-gradient.nine-tanh-std-0.03-drum': 'trains to 0.01',
  'nan-loss.raw-minutes-target-sgd-batch-1': 'no NaN, ends 0.24 of the baseline after 5 epochs: unclear',
  'saturated-activation.tanh-raw-cents-features-orders': 'features are small counts, not raw cents; ends 0.24: unclear',
  'ok.drum-raw-features-sgd-1e-7-linear': 'ends 14x the baseline: not healthy',
  'ok.tensile-raw-features-sgd-1e-4': 'ends 0.72: not healthy',
  'ok.spirals-rmsprop-tanh-deep': 'ends 0.93: not healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 172 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: tanneries and leather-goods workshops: hides.csv (900 tanning batches: batch ids, worker ids, load timestamps; area sqft and m2, '
         'thickness, drum hours, chrome %, float temperature, pH -> tensile N/mm2) and hides-na.csv ("NA" chrome cells), grade.csv (1,000 hides -> '
         'grade A/B/C/D/rare reject 41; rack number with no effect), reject.csv (1,200 finished goods -> rare reject flag 39/1,200; stamp serial '
         'with no effect), orders.csv (800 orders, semicolon export with decimal commas -> order value in cents), drum.csv (850 tab-separated drum '
         'runs -> hours and minutes), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline bend-test table. '
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
