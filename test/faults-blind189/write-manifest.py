#!/usr/bin/env python3
"""Files the candidates of test/faults-blind189 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'hire-total regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'route classifier with activation "gelu"'),
  'invalid-spec.sparse-categorical-loss': f('invalid-spec', S, ['invalid-spec'], 'route classifier with Keras loss name "sparse_categorical_crossentropy"'),
  'invalid-spec.dropout-rate-1.5': f('invalid-spec', S, ['invalid-spec'], 'grounding classifier with dropout rate 1.5'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'fuel regression with batchSize 0'),
  'data-error.na-fuel-litres': f('data-error', S, ['data-error'], 'hire regression reading the office copy with "NA" fuel_l cells'),
  'data-error.booking-id-feature': f('data-error', S, ['data-error'], 'hire regression with the text booking_id ("BK-30500") in features'),
  'data-error.booked-at-feature': f('data-error', S, ['data-error'], 'hire regression with the booked_at timestamp text in features'),
  'data-error.lock-id-feature-level': f('data-error', S, ['data-error'], 'pound-level regression with lock_id ("LK-01") in features (semicolon file)'),
  'data-error.target-typo-hire-total': f('data-error', S, ['data-error'], 'hire regression with target "hire_total"; the header says hire_total_gbp'),
  'data-error.missing-bookings-2024-file': f('data-error', S, ['data-error'], 'hire regression pointing at bookings-2024.csv, which does not exist'),
  'shape-mismatch.route-four-heads-no-summit': f('shape-mismatch', S, ['shape-mismatch'], 'route classifier with a 4-unit softmax; the rare summit route makes 5'),
  'shape-mismatch.fuel-litres-and-gallons-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'fuel litres and gallons as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four mooring blobs with a 3-unit softmax head'),
  'loss-activation-mismatch.softmax-one-unit-bce-grounding': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'grounding flag with a 1-unit softmax output under bce (always 1): 40.9x the prior'),
  'loss-activation-mismatch.relu-head-standardized-hire': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized hire total through a relu output (no negatives): 0.30 (healthy 0.01-0.05)'),
  'loss-activation-mismatch.sigmoid-heads-cce-route': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'route classifier with 5 sigmoid outputs under cce: loss goes to 0 by pushing every output to 1, acc 0.55 (healthy 0.99)'),
  'loss-activation-mismatch.sigmoid-head-standardized-level': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized pound level through a sigmoid output: 0.59 (healthy 0.01)'),
  'no-nonlinearity.circles-two-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 0.99'),
  'no-nonlinearity.xor-linear-nesterov-full-batch': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear hidden layer, full batch: 1.00'),
  'no-nonlinearity.spirals-linear-bn-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through linear batch-normalized layers: 0.97'),
  'no-nonlinearity.sine-four-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through three linear hidden layers: 0.48 (healthy 0.00-0.03)'),
  'lr-out-of-range.adam-lr-10-route': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'route classifier with adam lr 10: first loss 332, ends 0.34 (healthy 0.01-0.03)'),
  'lr-out-of-range.sgd-1e-8-fuel': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'fuel with plain SGD lr 1e-8: 2.98, never moves'),
  'lr-out-of-range.rmsprop-lr-25-grounding': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'grounding with rmsprop lr 25: 59x the prior, tanh saturated'),
  'lr-out-of-range.nesterov-negative-level': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'pound level with Nesterov lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-adam-hire': f('init-symmetry', P, ['init-symmetry'], 'hire total with all-zero relu and output layers: 1.00, never moves'),
  'init-symmetry.constant-0.2-tanh-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with constant-0.2 tanh layers (all units identical): 0.99'),
  'init-symmetry.zeros-sigmoid-rmsprop-route': f('init-symmetry', P, ['init-symmetry'], 'route with zero-initialised sigmoid and softmax layers: 0.32 (healthy 0.01-0.03)'),
  'init-symmetry.constant-0.1-elu-moons-nesterov': f('init-symmetry', P, ['init-symmetry'], 'moons with constant-0.1 elu layers: 0.39 (healthy 0.00-0.01)'),
  'init-scale.constant-1.5-leaky-grounding': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'grounding with three leaky layers at normal std 2.5 (the slug says constant 1.5; the spec is std 2.5): first 2582, ends 156x'),
  'init-scale.normal-1e-5-six-relu-fuel': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'fuel through six relu layers at std 1e-5: 1.00, never moves'),
  'init-scale.uniform-10-tanh-level': f('init-scale', P, ['init-scale', 'saturated-activation'], 'pound level with uniform limit 10 tanh and output: first 1707, ends 250x'),
  'dead-relu.bias-minus-8-adam-route': f('dead-relu', P, ['dead-relu'], 'route with one 128-unit relu layer at bias -8: all dead, 1.00'),
  'dead-relu.bias-minus-4-three-relu-grounding': f('dead-relu', P, ['dead-relu'], 'grounding through three relu layers at bias -4: layers 2-3 dead, 1.00'),
  'dead-relu.bias-minus-6-he-uniform-fuel': f('dead-relu', P, ['dead-relu'], 'fuel with a relu layer at bias -6: 81% dead, 0.37 (healthy 0.01-0.05)'),
  'dead-relu.bias-minus-2-four-relu-spirals': f('dead-relu', P, ['dead-relu'], 'spirals through four relu layers at bias -2: dead, 1.00'),
  'nan-loss.raw-fuel-target-momentum': f('dead-relu', T, ['dead-relu', 'exploding-gradient'], 'raw features and raw litres target with momentum 0.01: first 9.8e13, relu layer 100% dead, ends 1.00 of the baseline, no NaN (refiled from nan-loss)'),
  'exploding-gradient.raw-backpump-m3-relu-sgd': f('exploding-gradient', P, ['exploding-gradient'], 'pound level on raw cm and backpump m3 features: first 1.5e12, ends 1.6e6x'),
  'exploding-gradient.raw-level-cm-target-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'pound level in raw cm as target: 34x the baseline 314'),
  'exploding-gradient.ten-relu-std-0.5-adam-fuel': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'fuel through ten relu layers at std 0.5: first 8042, ends 22x'),
  'nan-loss.constant-1-relu-deep-raw-level': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'four relu layers at constant 1 on raw level features: first 2.2e18, ends 1.5e17x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-momentum-route': f('vanishing-gradient', P, ['vanishing-gradient'], 'route through eight sigmoid layers: 1.00'),
  'vanishing-gradient.eight-sigmoid-sgd-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through eight sigmoid layers: 1.00'),
  'vanishing-gradient.nine-sigmoid-rmsprop-grounding': f('vanishing-gradient', P, ['vanishing-gradient'], 'grounding through nine lecun sigmoid layers: 1.00'),
  'nan-loss.sgd-5-full-batch-relu-hire': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'hire with plain SGD lr 5 full batch: loss goes to Infinity/NaN'),
  'nan-loss.nesterov-2-batch-4-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine with Nesterov lr 2 at batch 4: NaN'),
  'exploding-gradient.raw-hire-pounds-nesterov': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw pound hire totals as target with Nesterov 1e-4: NaN at once (refiled from exploding-gradient)'),
  'oscillating-loss.sgd-plain-0.9-batch-64-hire-miles': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear hire model on raw features with plain SGD 0.09: 3e16 at epoch 1, NaN at epoch 5 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-2.1-full-batch-linear-fuel': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear fuel model, plain SGD 0.95 full batch: grows 6x per epoch to Infinity at epoch 98 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-raw-level-cm': f('saturated-activation', P, ['saturated-activation'], 'pound level on raw cm/m3 features through sigmoid: 99% saturated, 0.73 (healthy 0.01)'),
  'saturated-activation.tanh-bias-minus-7-route': f('saturated-activation', P, ['saturated-activation'], 'route through tanh layers at bias -7: 100% saturated, 1.01'),
  'saturated-activation.tanh-raw-hire-features': f('saturated-activation', P, ['saturated-activation'], 'hire on raw features through tanh: 82% saturated, 0.16 (healthy 0.01-0.05)'),
  'lr-too-high.sgd-plain-3-batch-8-route': f('lr-too-high', T, ['lr-too-high'], 'route with plain SGD lr 3 at batch 8: first 388, ends 1.03'),
  'lr-too-high.rmsprop-0.05-batch-1-fuel': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'fuel with rmsprop 0.05 at batch 1: 91% dead, 0.07 (healthy 0.01-0.02)'),
  'lr-too-high.adam-0.3-batch-16-level': f('lr-too-high', T, ['lr-too-high'], 'pound level with adam 0.3 at batch 16: min 0.14, swings to 3.0, ends 0.22 (healthy 0.01)'),
  'lr-too-high.nesterov-0.6-batch-4-iris': f('lr-too-high', T, ['lr-too-high'], 'iris with Nesterov 0.6 at batch 4: 1.8 rising to 3.1'),
  'lr-too-high.momentum-1.5-batch-16-circles': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'circles with momentum lr 1.5: 97% dead, 0.89'),
  'oscillating-loss.sgd-plain-1.6-full-batch-linear-level': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear level model, plain SGD 1.0 full batch: min 1.03 at epoch 4, then grows 1.4x per epoch to 3.6e17, no NaN (refiled from oscillating-loss)'),
  'nan-loss.rmsprop-5-batch-2-level': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range', 'exploding-gradient'], 'pound level with rmsprop 3 at batch 2: first 2.5e5, ends 2447x, no NaN (refiled from nan-loss)'),
  'lr-too-low.adam-3e-7-route': f('lr-too-low', T, ['lr-too-low'], 'route with adam 3e-7: 2.36 to 2.34'),
  'lr-too-low.sgd-plain-1e-5-full-batch-grounding': f('lr-too-low', T, ['lr-too-low'], 'grounding full batch with plain SGD 1e-5: 0.690, never moves (1.97x the prior)'),
  'lr-too-low.rmsprop-1e-6-hire': f('lr-too-low', T, ['lr-too-low'], 'hire with rmsprop 1e-6: 2.43 to 2.30'),
  'lr-too-low.nesterov-5e-6-sine': f('lr-too-low', T, ['lr-too-low'], 'sine with Nesterov 5e-6: 0.18 to 0.17 (healthy 0.00-0.03)'),
  'lr-too-low.momentum-2e-6-iris': f('lr-too-low', T, ['lr-too-low'], 'iris with momentum 2e-6: 1.19 to 1.16'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-grounding': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'logistic grounding model, momentum 0.99 lr 2 full batch (the slug says lr 0.05; the spec is lr 2): swings 0.23-0.86 over the run, ends 0.24'),
  'oscillating-loss.momentum-0.95-batch-250-linear-hire': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear hire model, momentum 0.95 lr 0.15 at batch 250: min 0.048, swings 0.056-0.18 through the second half, ends 0.086'),
  'loss-plateau.hull-serial-only-grounding': f('loss-plateau', T, ['loss-plateau'], 'grounding from the hull serial only: 1.00'),
  'loss-plateau.keeper-badge-only-route': f('loss-plateau', T, ['loss-plateau'], 'route from the lock keeper badge number only: 1.00'),
  'loss-plateau.weekday-only-fuel': f('loss-plateau', T, ['loss-plateau'], 'fuel from the weekday only: 1.00'),
  'loss-plateau.weight-decay-5-rmsprop-level': f('loss-plateau', T, ['loss-plateau'], 'pound level with rmsprop weightDecay 5: min 0.46, ends 1.00'),
  'loss-plateau.clipnorm-1e-7-sgd-hire': f('loss-plateau', T, ['loss-plateau'], 'hire with clipNorm 1e-7: 1.89, never moves'),
}
TRIMMED = set()
DROPPED = {
  'dead-relu.adam-0.1-batch-4-level': 'layer 2 94% dead but trains to 0.04',
  'exploding-gradient.raw-hull-features-grounding-momentum': 'ends 0.70 of the prior against healthy 0.56-0.63: too close',
  'init-scale.normal-std-4-sigmoid-route': 'trained to 0.03',
  'loss-activation-mismatch.tanh-head-bce-lock-inline': 'trained to 0.00, acc 1.00',
  'lr-too-high.adam-0.15-batch-2-grounding': 'ends 0.74 against healthy 0.56-0.63: too close',
  'saturated-activation.sigmoid-bias-9-fuel': 'ends 0.04 against 0.01-0.02: too close',
  'saturated-activation.sigmoid-raw-grounding': 'ends 0.74 against 0.56-0.63: too close',
  'shape-mismatch.grounding-two-sigmoid-heads': 'the engine accepts two sigmoid heads on the binary flag and trains to 0.61 like the healthy ones',
  'vanishing-gradient.ten-tanh-std-0.03-level': 'trained to 0.01',
  'oscillating-loss.adam-0.3-full-batch-tanh-level': 'settles at 0.008',
  'oscillating-loss.adam-0.5-full-batch-logistic-grounding': 'settles at 0.22',
  'oscillating-loss.momentum-0.98-lr-1-batch-400-logistic-grounding-tanh': 'settles at 0.21',
  'oscillating-loss.momentum-0.99-lr-0.5-batch-16-lock-inline': 'settles at 2e-6',
  'oscillating-loss.momentum-0.99-lr-1-full-batch-softmax-route': 'damped ringing, settles at 0.07',
  'oscillating-loss.nesterov-0.95-lr-0.2-batch-200-route': 'settles at 0.02',
  'oscillating-loss.nesterov-0.97-full-batch-linear-fuel-litres-gallons': 'damped ringing, settles at 0.027',
  'oscillating-loss.nesterov-0.99-lr-0.3-full-batch-linear-level': 'settles at 0.0075',
  'oscillating-loss.rmsprop-0.05-batch-300-linear-fuel': 'jitters 0.013-0.026: too small to call',
  'oscillating-loss.rmsprop-0.2-full-batch-linear-hire': 'min 0.14 then slowly up to 0.25 with no swings: unclear',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 189 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: canal boat hire and lock keepers: hire.csv (1,000 bookings: booking ids, timestamps, boat ids; boat length ft, berths, nights, '
         'locks planned, cruising hours, fuel litres, peak season -> skewed hire totals in pounds) and hire-na.csv ("NA" fuel), route.csv '
         '(1,000 trips -> four rings and a rare summit crossing 37; locks, miles, tunnels, aqueducts, hours; keeper badge with no effect), '
         'grounding.csv (1,200 passages -> rare grounding flag 134; water level cm, draft cm, length, speed, dry days; hull serial with no effect), '
         'level.csv (800 lock keeper log rows, semicolon export with decimal commas -> next-morning level cm), fuel.csv (900 tab-separated '
         'pump-outs -> fuel litres and gallons; weekday with no effect), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an '
         'inline short-lock table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
