#!/usr/bin/env python3
"""Files the candidates of test/faults-blind183 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'repair-minutes regression with optimizer "adamw" (the PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'saddle-type classifier with activation "gelu"'),
  'invalid-spec.keras-loss-name': f('invalid-spec', S, ['invalid-spec'], 'saddle-type classifier with the Keras loss name "categorical_crossentropy"'),
  'invalid-spec.dropout-rate-1.5': f('invalid-spec', S, ['invalid-spec'], 'returned-fitting classifier with a dropout rate of 1.5'),
  'invalid-spec.batchnorm-as-layer': f('invalid-spec', S, ['invalid-spec'], 'girth regression with batch normalization written as its own Keras-style layer {"type": "batchnorm"}'),
  'data-error.na-leather-mm': f('data-error', S, ['data-error'], 'repair regression reading the workshop-log copy with "NA" leather_mm cells'),
  'data-error.horse-id-feature': f('data-error', S, ['data-error'], 'repair regression with the text column horse_id ("H-100") in features'),
  'data-error.target-typo-girth-length': f('data-error', S, ['data-error'], 'girth regression with target "girth_length"; the header says girth_cm'),
  'data-error.ordered-at-feature-tabs': f('data-error', S, ['data-error'], 'order-value regression with the ordered_at timestamp text in features (tab-separated file)'),
  'data-error.wrong-folder-fitting': f('data-error', S, ['data-error'], 'returned-fitting classifier pointing at data/fitting.csv relative to the spec folder (the file is in ../data)'),
  'shape-mismatch.saddles-five-heads-no-side-saddle': f('shape-mismatch', S, ['shape-mismatch'], 'saddle-type classifier with a 5-unit softmax; the rare side-saddle class makes 6'),
  'shape-mismatch.girth-cm-and-inches-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'girth in cm and in inches as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four blobs with a 3-unit softmax head'),
  'shape-mismatch.spirals3-two-sigmoid-heads-bce': f('shape-mismatch', S, ['shape-mismatch', 'loss-activation-mismatch'], 'three-arm spirals with two sigmoid heads under bce'),
  'loss-activation-mismatch.tanh-head-bce-fitting': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'returned fitting with a tanh output under bce: 2.73x the prior'),
  'loss-activation-mismatch.softmax-one-unit-bce-moons': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'moons with a one-unit softmax output (always 1) under bce: stuck at 11.6x the prior'),
  'loss-activation-mismatch.relu-head-standardized-girth': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized girth through a relu output under mse: ends 0.52 (healthy 0.00-0.01)'),
  'loss-activation-mismatch.sigmoid-head-standardized-orders': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized order value through a sigmoid output under mse: ends 0.52 (healthy 0.02-0.03)'),
  'loss-activation-mismatch.sigmoid-heads-cce-saddles': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'saddle types with six sigmoid heads under cce: the loss falls to 1e-7 while accuracy is 0.40 (healthy 0.90-0.93)'),
  'no-nonlinearity.xor-two-linear-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through two linear hidden layers: 1.00 of the prior'),
  'no-nonlinearity.circles-linear-dropout-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through a linear layer with dropout: 1.00'),
  'no-nonlinearity.spirals3-linear-adam-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'three-arm spirals through two linear layers: 0.97'),
  'no-nonlinearity.moons-linear-sgd-batch-1': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons with a linear hidden layer at batch 1: 0.37, acc 0.87 (healthy 0.00-0.05)'),
  'lr-out-of-range.sgd-lr-40-girth': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'girth regression with plain SGD lr 40: NaN at epoch 1'),
  'lr-out-of-range.adam-lr-10-iris': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'iris with adam lr 10: ends 17.7x the prior'),
  'lr-out-of-range.nesterov-1e-8-saddles': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'saddle types with Nesterov lr 1e-8: loss never moves from 2.38'),
  'lr-out-of-range.rmsprop-lr-4-repairs': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'repair minutes with rmsprop lr 4: first 3.3e6, ends 4372x'),
  'init-symmetry.zeros-relu-adam-repairs': f('init-symmetry', P, ['init-symmetry', 'dead-relu'], 'repair regression with every layer zero-initialised (relu): flat at 1.00'),
  'init-symmetry.constant-0.5-tanh-saddles': f('init-symmetry', P, ['init-symmetry'], 'saddle types with constant-0.5 tanh and softmax layers: 0.44, acc 0.70 (healthy 0.11-0.18, acc 0.90-0.93)'),
  'init-symmetry.zeros-sigmoid-momentum-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with zero-initialised sigmoid layers: 1.00'),
  'init-symmetry.constant-0.3-elu-spirals': f('init-symmetry', P, ['init-symmetry'], 'spirals with constant-0.3 elu layers: 0.95 (healthy 0.02)'),
  'init-scale.normal-std-8-sigmoid-saddles': f('init-scale', P, ['init-scale', 'saturated-activation'], 'saddle types with std-8 sigmoid and softmax layers: first 71, ends 2.23x'),
  'init-scale.normal-1e-5-relu-six-layer-fitting': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5 on returned fitting: 0.99 of the prior (healthy 0.34-0.51)'),
  'init-scale.normal-std-4-tanh-wide-orders': f('init-scale', P, ['init-scale', 'saturated-activation'], 'order value through two 128-unit tanh layers at std 4: first 1014, ends 5.10x'),
  'dead-relu.bias-minus-4-three-layer-saddles': f('dead-relu', P, ['dead-relu'], 'saddle types through three relu layers at bias -4: layers 2-3 all dead, 1.00'),
  'dead-relu.bias-minus-20-wide-girth': f('dead-relu', P, ['dead-relu'], 'girth through one 128-unit relu layer at bias -20: all dead, 1.01'),
  'dead-relu.bias-minus-2-bn-off-moons-deep': f('dead-relu', P, ['dead-relu'], 'moons through four relu layers at bias -2: layers 2-4 all dead, 1.00'),
  'exploding-gradient.raw-fitting-value-sgd': f('exploding-gradient', P, ['exploding-gradient'], 'returned fitting on raw features (order value in euros, girth cm): first loss 4189, ends 1.13x, relu 88% dead'),
  'exploding-gradient.raw-repair-minutes-target-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'repair minutes as a raw target: gradients up to 8352, ends 1.26x the baseline 4965'),
  'exploding-gradient.ten-elu-std-0.7-repairs': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'ten elu layers at std 0.7: first 3.9e8, gradients up to 6.9e8, ends 3.8e5x'),
  'vanishing-gradient.eight-sigmoid-sgd-saddles': f('vanishing-gradient', P, ['vanishing-gradient'], 'saddle types through eight sigmoid layers, plain SGD: first-layer gradients 1e-5, 1.01 of the prior'),
  'vanishing-gradient.nine-sigmoid-momentum-moons': f('vanishing-gradient', P, ['vanishing-gradient'], 'moons through nine sigmoid layers: first-layer gradients 1e-6, 1.00'),
  'vanishing-gradient.seven-sigmoid-narrow-rmsprop-girth': f('vanishing-gradient', P, ['vanishing-gradient'], 'girth through seven 6-unit sigmoid layers: first-layer gradients below 0.008, 0.98 (healthy 0.00-0.01)'),
  'nan-loss.sgd-6-batch-1-girth': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'girth with plain SGD lr 6 at batch 1: NaN at epoch 1'),
  'nan-loss.raw-cents-target-sgd': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'order value in raw cents as target with SGD 0.01: NaN at epoch 1'),
  'nan-loss.momentum-0.99-lr-2-repairs': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'repair minutes with momentum 0.99 lr 2: NaN at epoch 1'),
  'nan-loss.nesterov-lr-5-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine with Nesterov lr 5 at batch 8: NaN at epoch 1'),
  'nan-loss.sgd-raw-features-raw-target-full-batch': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw stitch counts and raw minutes, full-batch SGD 0.001: NaN at epoch 4'),
  'dead-relu.nesterov-0.8-batch-4-orders': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'order value with Nesterov lr 0.8 at batch 4: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.raw-girth-features-momentum': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'girth on raw features (kg, cm) with momentum SGD 0.001: NaN at epoch 1 (refiled from exploding-gradient)'),
  'init-scale.uniform-limit-3-elu-four-layer-girth': f('nan-loss', T, ['nan-loss', 'init-scale', 'exploding-gradient'], 'four elu layers at uniform limit 3: NaN at epoch 1 (refiled from init-scale)'),
  'oscillating-loss.cm-and-inches-sgd-0.9-full-batch-linear': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear girth model on heart girth in cm and inches, plain SGD 0.45 full batch: grows every epoch, NaN at epoch 105 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-raw-order-value-fitting': f('saturated-activation', P, ['saturated-activation'], 'returned fitting on raw features (euros, cm) through sigmoid: 100% saturated, 1.00'),
  'saturated-activation.tanh-bias-minus-7-girth': f('saturated-activation', P, ['saturated-activation'], 'girth through tanh layers at bias -7: all saturated, 1.05'),
  'saturated-activation.tanh-raw-stitch-count-repairs': f('saturated-activation', P, ['saturated-activation'], 'repair minutes on raw stitch counts and panel cm2 through tanh: 98% saturated, 0.87 (healthy 0.01-0.02)'),
  'saturated-activation.sigmoid-raw-saddle-features': f('saturated-activation', P, ['saturated-activation'], 'saddle types on raw features (euros) through sigmoid: 97% saturated, 0.55, acc 0.62 (healthy 0.11-0.18)'),
  'lr-too-high.adam-0.1-batch-2-repairs': f('lr-too-high', T, ['lr-too-high'], 'repair minutes with adam 0.1 at batch 2: min 0.14, ends 0.24 (healthy 0.01-0.02), relu 89% dead'),
  'lr-too-high.adam-0.3-batch-16-saddles': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'saddle types with adam 0.3 at batch 16: ends 0.48 (healthy 0.11-0.18), layer-2 relu 97% dead'),
  'lr-too-high.momentum-0.95-lr-0.4-iris': f('lr-too-high', T, ['lr-too-high'], 'iris with momentum 0.95 lr 0.4 at batch 8: min 0.52, swings up to 12, ends 1.71x'),
  'lr-too-high.rmsprop-0.05-batch-1-fitting': f('lr-too-high', T, ['lr-too-high'], 'returned fitting with rmsprop 0.05 at batch 1: 1.62x the prior'),
  'oscillating-loss.momentum-0.98-lr-1-full-batch-minmax-linear-girth': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear girth model on minmax features, momentum 0.98 lr 1 full batch: grows every epoch to 7e41, no NaN (refiled from oscillating-loss)'),
  'lr-too-low.adam-1e-5-full-batch-saddles': f('lr-too-low', T, ['lr-too-low'], 'saddle types with adam 1e-5 full batch: 2.38 to 2.37'),
  'lr-too-low.sgd-plain-1e-4-moons': f('lr-too-low', T, ['lr-too-low'], 'moons with plain SGD 1e-4: 0.93 to 0.88'),
  'lr-too-low.rmsprop-1e-6-orders': f('lr-too-low', T, ['lr-too-low'], 'order value with rmsprop 1e-6: 2.82 to 2.70'),
  'lr-too-low.nesterov-1e-5-girth-batch-8': f('lr-too-low', T, ['lr-too-low'], 'girth with Nesterov 1e-5 at batch 8: still falling at 0.085 after 30 epochs (healthy 0.004)'),
  'lr-too-low.momentum-3e-6-fitting': f('lr-too-low', T, ['lr-too-low'], 'returned fitting with momentum 3e-6: 0.72 to 0.71, 1.97x the prior'),
  'loss-plateau.rivet-lot-only-fitting': f('loss-plateau', T, ['loss-plateau'], 'returned fitting from the rivet lot number only: 1.00'),
  'loss-plateau.bench-number-only-saddles': f('loss-plateau', T, ['loss-plateau'], 'saddle type from the bench number only: 1.00'),
  'loss-plateau.weight-decay-2-rmsprop-girth': f('loss-plateau', T, ['loss-plateau'], 'girth with rmsprop weightDecay 2: reaches 0.038, then decay pulls it back up to 0.88'),
  'loss-plateau.clipnorm-1e-7-sgd-orders': f('loss-plateau', T, ['loss-plateau'], 'order value with clipNorm 1e-7: 3.10, never moves'),
  'loss-plateau.dropout-0.97-repairs': f('loss-plateau', T, ['loss-plateau'], 'repair minutes with dropout 0.97: flattens at 0.83 (healthy 0.01-0.04)'),
  'oscillating-loss.momentum-0.97-lr-0.3-full-batch-linear-girth': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear girth model, momentum 0.97 lr 0.3 full batch: swings 0.1-5.4 for 100 epochs, ends 0.017 (linear floor 0.004)'),
  'oscillating-loss.momentum-0.98-lr-0.4-full-batch-linear-repairs': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear repair model, momentum 0.98 lr 0.4 full batch: swings 0.1-3.5 all run, ends 0.098 (same model at plain SGD 0.02)'),
  'oscillating-loss.momentum-0.98-lr-0.35-full-batch-linear-orders': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear order-value model, momentum 0.98 lr 0.35 full batch: swings 0.16-2.45, ends 0.27 (same model settles at 0.149)'),
  'oscillating-loss.momentum-0.98-lr-0.1-full-batch-tanh-repairs': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'tanh repair model, momentum 0.98 lr 0.1 full batch: swings 0.10-0.41 with a 3-5 epoch period, ends 0.045 (healthy 0.01-0.02)'),
}
TRIMMED = {
  'invalid-spec.batch-size-zero', 'data-error.received-ts-feature', 'dead-relu.sgd-plain-3-he-uniform-repairs',
  'exploding-gradient.raw-value-cents-target-nesterov', 'lr-too-high.sgd-plain-0.6-batch-8-girth',
  'oscillating-loss.sgd-plain-0.95-full-batch-linear-orders-minmax', 'oscillating-loss.sgd-plain-1.1-batch-400-linear-repairs',
  'oscillating-loss.momentum-0.98-lr-0.2-full-batch-elu-girth', 'nan-loss.sgd-raw-features-raw-target-full-batch',
  'exploding-gradient.raw-girth-features-momentum', 'data-error.ordered-at-feature-tabs', 'invalid-spec.dropout-rate-1.5',
}
DROPPED = {
  'vanishing-gradient.ten-tanh-std-0.02-fitting': 'ends 0.80 of the prior against healthy 0.34-0.51, first-layer gradients up to 5: not vanishing, unclear',
  'saturated-activation.sigmoid-bias-9-orders': 'trained to 0.03 despite 82% saturated units',
  'lr-too-high.nesterov-0.6-circles': 'trained to 0.0002 after one early bump: not a fault, not clean enough for healthy',
  'oscillating-loss.adam-0.08-full-batch-tanh-girth': 'small early bumps, then trains to 0.003',
  'oscillating-loss.adam-0.3-full-batch-linear-orders': 'damped swings in the first 30 epochs, then settles at 0.149 (the linear floor)',
  'oscillating-loss.nesterov-0.98-lr-0.3-full-batch-linear-orders': 'settles at the linear floor 0.149 by epoch 10',
  'oscillating-loss.momentum-0.95-lr-3-logistic-seam': 'trains to 1e-4',
  'oscillating-loss.momentum-0.97-lr-0.15-batch-100-linear-girth': 'settles at 0.01-0.03, small noise',
  'oscillating-loss.momentum-0.99-lr-0.5-softmax-regression-saddles': 'slow wave of 0.28-0.32 only',
  'oscillating-loss.nesterov-0.99-lr-0.1-batch-300-repairs': 'settles at 0.020 by epoch 11',
  'oscillating-loss.nesterov-0.97-lr-0.5-batch-450-linear-repairs': 'settles at 0.021 with small noise',
  'oscillating-loss.rmsprop-0.05-batch-550-logistic-fitting': 'logistic model cannot fit the fit-gap rule: flat 0.99 of the prior, small noise, no oscillation',
  'ok.circles-nesterov-relu-bn': 'swings 0.09-0.27 through the run, ends 0.07: not clearly healthy',
  'ok.fitting-nesterov-elu-clip': 'ends 0.57 of the prior: the weakest fitting run, not clearly healthy',
  'ok.spirals3-rmsprop-tanh': 'sits at 1.06 for 40 epochs before learning, ends 0.25: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 183 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates and a few borderline healthy ones (observed-curves.txt). '
         'Theme: saddlers and leatherworkers\' tack rooms: repairs.csv (900 repair jobs: job ids, received timestamps, horse ids; stitch count, '
         'leather mm, panel cm2, reflock and tree-repair flags, saddler years -> repair minutes) and repairs-na.csv ("NA" leather thickness), '
         'saddles.csv (1,000 orders -> dressage/jumping/general/western/endurance/rare side-saddle 34; tree width cm, seat inches, flap cm, weight kg, '
         'horn, pommels, skewed order value; bench number with no effect), fitting.csv (1,100 fittings -> rare "returned fitting" flag 128/1,100 from the '
         'tree-to-withers gap; rivet lot with no effect), girths.csv (800 horses, semicolon export with decimal commas -> girth length in cm and inches), '
         'orders.csv (850 tab-separated orders -> skewed order value in euros and cents), plus builtins iris, moons, circles, spirals (2 and 3 arms), '
         'blobs (4), sine, xor and an inline seam pull-test table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')
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
