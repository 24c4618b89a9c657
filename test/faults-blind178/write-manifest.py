#!/usr/bin/env python3
"""Files the candidates of test/faults-blind178 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'glue regression with optimizer "adamw" (the PyTorch habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'binding-style classifier with activation "gelu"'),
  'invalid-spec.mae-loss': f('invalid-spec', S, ['invalid-spec'], 'frame price regression with loss "mae"'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'press warp regression with batchSize 0'),
  'invalid-spec.units-string': f('invalid-spec', S, ['invalid-spec'], 'returned-order classifier with units written as the string "1"'),
  'data-error.na-humidity': f('data-error', S, ['data-error'], 'glue regression reading the job-sheet copy with "NA" humidity cells'),
  'data-error.customer-id-feature': f('data-error', S, ['data-error'], 'binding classifier with the customer id "CUST-1259" as a feature'),
  'data-error.job-ts-feature': f('data-error', S, ['data-error'], 'glue regression with the job timestamp as a feature'),
  'data-error.price-typo-target': f('data-error', S, ['data-error'], 'frame regression with target "price" (the column is price_usd)'),
  'data-error.returns-xlsx': f('data-error', S, ['data-error'], 'returned-order classifier pointed at returns.xlsx, which does not exist'),
  'shape-mismatch.binding-four-heads-no-coptic': f('shape-mismatch', S, ['shape-mismatch'], 'binding style with 4 softmax heads for 5 styles (the rare coptic forgotten)'),
  'shape-mismatch.warp-and-press-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'two target columns (warp, press minutes) into one output'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], '4-class blobs with 3 softmax heads'),
  'loss-activation-mismatch.relu-head-bce-returns': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'returned flag with a relu output under bce: 2.86x the prior'),
  'loss-activation-mismatch.sigmoid-head-standardized-glue': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized glue minutes through a sigmoid head: 0.59 (healthy 0.05)'),
  'loss-activation-mismatch.softmax-single-unit-cce-brace': f('loss-activation-mismatch', S, ['loss-activation-mismatch', 'shape-mismatch'], 'inline brace table: one softmax unit under cce (the engine refuses it: 1 unit for 2 classes)'),
  'loss-activation-mismatch.relu-head-standardized-press': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized warp through a relu head: 1.00, head dead'),
  'no-nonlinearity.circles-linear-adam-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles with linear hidden layers: 1.00'),
  'no-nonlinearity.xor-linear-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with linear hidden layers: 0.99'),
  'no-nonlinearity.sine-linear-rmsprop-deep': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through three linear layers: 0.38 (healthy 0.02)'),
  'no-nonlinearity.spirals-linear-dropout-cce': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals with linear layers and dropout: 0.90'),
  'lr-out-of-range.rmsprop-lr-15-glue': f('lr-out-of-range', S, ['lr-out-of-range'], 'rmsprop lr 15: 1e4x the baseline'),
  'lr-out-of-range.adam-lr-1e-8-binding': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'adam lr 1e-8: 1.49, never moves'),
  'lr-out-of-range.nesterov-lr-40-press': f('lr-out-of-range', S, ['lr-out-of-range', 'nan-loss'], 'Nesterov lr 40: NaN at epoch 1'),
  'lr-out-of-range.sgd-negative-returns': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'SGD lr -0.01 (refused by the parser)'),
  'init-symmetry.zeros-relu-adam-glue': f('init-symmetry', P, ['init-symmetry'], 'all-zero relu layers: 1.00, all units dead'),
  'init-symmetry.constant-0.5-tanh-momentum-binding': f('init-symmetry', P, ['init-symmetry'], 'constant 0.5 tanh: 0.29, acc 0.82 (healthy 0.06-0.10)'),
  'init-symmetry.zeros-sigmoid-rmsprop-moons': f('init-symmetry', P, ['init-symmetry'], 'zero sigmoid layers on moons: 0.38, acc 0.87 (healthy 0.00)'),
  'init-symmetry.constant-0.2-elu-sgd-spirals': f('init-symmetry', P, ['init-symmetry'], 'constant 0.2 elu on spirals: 0.91 (healthy 0.01)'),
  'init-scale.normal-std-10-sigmoid-binding': f('init-scale', P, ['init-scale', 'saturated-activation'], 'sigmoid at std 10: first 51, ends 1.86, 80% saturated'),
  'init-scale.normal-1e-5-relu-six-iris': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: 1.00, gradients ~1e-23'),
  'init-scale.normal-std-2-elu-frame': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'three elu layers at std 2: first 1.2e8, ends 3e4x'),
  'dead-relu.bias-minus-8-adam-glue': f('dead-relu', P, ['dead-relu'], 'relu bias -8: 100% dead, 1.00'),
  'dead-relu.bias-minus-4-four-layer-moons': f('dead-relu', P, ['dead-relu'], 'four relu layers bias -4: 94-100% dead, 1.00'),
  'dead-relu.adam-0.3-batch-16-binding': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'adam 0.3: layer 2 88% dead, min 0.58 ends 0.78 (healthy 0.06-0.10)'),
  'exploding-gradient.normal-std-1.5-relu-eight-glue': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'eight relu layers at std 1.5: first 1.1e13, ends 4e10x'),
  'exploding-gradient.raw-copies-binding-adam': f('exploding-gradient', P, ['exploding-gradient'], 'binding on raw copies/pages: first 36, ends 0.43, acc 0.91 (healthy 0.06-0.10)'),
  'exploding-gradient.raw-glass-area-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'frame price on raw glass area cm2, momentum: first 2e28, ends 1.8e4x'),
  'exploding-gradient.raw-price-target-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'price in raw dollars as target: 1.40x the baseline 2768'),
  'nan-loss.constant-3-relu-six-press': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'six relu layers at constant 3: 5e28, no NaN (refiled from nan-loss)'),
  'nan-loss.raw-target-sgd-frame': f('exploding-gradient', P, ['exploding-gradient'], 'raw features and raw price target, SGD 0.001: 1.2e16, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.nine-sigmoid-binding': f('vanishing-gradient', P, ['vanishing-gradient'], 'nine sigmoid layers: 1.00, first-layer gradient ~1e-6'),
  'vanishing-gradient.ten-sigmoid-momentum-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'ten sigmoid layers on circles: 1.01'),
  'nan-loss.sgd-2-batch-1-glue': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'SGD lr 2 at batch 1: NaN at epoch 1'),
  'nan-loss.nesterov-0.99-lr-1-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'Nesterov 0.99 lr 1: NaN at epoch 2'),
  'dead-relu.momentum-0.99-lr-0.2-frame': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'momentum 0.99 lr 0.2: NaN at epoch 1 (refiled from dead-relu)'),
  'dead-relu.sgd-1.5-batch-4-press': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'SGD 1.5 at batch 4: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.raw-sheet-area-nesterov-press': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw sheet area cm2, Nesterov 1e-4: NaN at epoch 1 (refiled from exploding-gradient)'),
  'ok.frame-raw-two-features-sgd-1e-6': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'raw glass area and moulding cm, linear, SGD 1e-6: NaN at epoch 1 (refiled from healthy)'),
  'ok.frame-raw-two-features-sgd-1e-7': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'raw glass area and moulding cm, linear, SGD 1e-7: first 6e12, NaN at epoch 31 (refiled from healthy)'),
  'ok.frame-raw-glass-sgd-5e-8-momentum': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'raw glass area only, momentum 0.9 lr 5e-8: NaN at epoch 73 (refiled from healthy)'),
  'ok.sine-nesterov-0.9-elu': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine, two elu layers, Nesterov 0.02: NaN at epoch 1 (refiled from healthy)'),
  'saturated-activation.tanh-bias-8-binding': f('saturated-activation', P, ['saturated-activation'], 'tanh with bias 8: 100% saturated, 1.02'),
  'saturated-activation.sigmoid-raw-glass-area': f('saturated-activation', P, ['saturated-activation'], 'raw glass area into sigmoid: 99% saturated, 0.51 (healthy 0.05)'),
  'saturated-activation.sigmoid-raw-pages-glue': f('saturated-activation', P, ['saturated-activation'], 'raw page counts into sigmoid: 84% saturated, 0.14 (healthy 0.05)'),
  'ok.returns-raw-value-sgd-small': f('saturated-activation', P, ['saturated-activation', 'exploding-gradient'], 'logistic on raw order values with SGD 1e-6: head 100% saturated, 333x the prior (refiled from healthy)'),
  'lr-too-high.rmsprop-0.05-batch-2-sine': f('lr-too-high', T, ['lr-too-high'], 'rmsprop 0.05 at batch 2: hovers 0.17-0.32, ends 0.32 of baseline (healthy 0.02)'),
  'lr-too-high.sgd-plain-3-iris-batch-8': f('lr-too-high', T, ['lr-too-high'], 'plain SGD 3 at batch 8: swings to 1.81 early, ends 0.28 (healthy 0.04-0.05)'),
  'lr-too-high.momentum-0.95-lr-0.3-binding': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'momentum 0.95 lr 0.3: swings 0.52-1.83 all run, ends 0.92 (healthy 0.06-0.10) (refiled from lr-too-high)'),
  'oscillating-loss.momentum-0.95-lr-0.08-full-batch-linear-glue': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear full batch, momentum 0.95 lr 0.08: swings 0.08-1.79 for ~50 epochs, damping, ends 0.05 (healthy value)'),
  'oscillating-loss.momentum-0.99-lr-0.01-batch-16-tanh-frame': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'tanh net, momentum 0.99 batch 16: swings 0.38-3.70, ends 1.21'),
  'lr-too-low.sgd-plain-1e-5-binding': f('lr-too-low', T, ['lr-too-low'], 'plain SGD 1e-5: 2.22 to 2.16'),
  'lr-too-low.rmsprop-1e-6-glue': f('lr-too-low', T, ['lr-too-low'], 'rmsprop 1e-6: 4.74 to 4.60'),
  'lr-too-low.momentum-0.9-1e-6-frame': f('lr-too-low', T, ['lr-too-low'], 'momentum 1e-6: ends 2.67x the baseline'),
  'lr-too-low.adam-2e-6-full-batch-circles': f('lr-too-low', T, ['lr-too-low'], 'adam 2e-6 full batch: 0.97, acc 0.50'),
  'lr-too-low.raw-features-sgd-1e-9-press': f('lr-too-low', T, ['lr-too-low', 'lr-out-of-range'], 'linear on raw features with SGD 1e-9: first 2.6e6, ends 24.9x'),
  'loss-plateau.bench-only-binding': f('loss-plateau', T, ['loss-plateau'], 'binding style from the bench number only: 1.00'),
  'loss-plateau.clerk-only-returns': f('loss-plateau', T, ['loss-plateau'], 'returned flag from the clerk number only: 1.00'),
  'loss-plateau.weight-decay-5-rmsprop-glue': f('loss-plateau', T, ['loss-plateau'], 'rmsprop weightDecay 5: min 0.66, ends 1.00'),
  'loss-plateau.clipnorm-1e-7-adam-press': f('loss-plateau', T, ['loss-plateau'], 'SGD with clipNorm 1e-7: 1.01, never moves'),
}
TRIMMED = set()
DROPPED = {'shape-mismatch.returned-two-sigmoid-heads': 'engine accepted two sigmoid heads and trained to 0.73 like healthy-ish returns specs: unclear',
 'init-scale.uniform-4-tanh-three-glue': 'ends 0.12 against 0.05: too close',
 'vanishing-gradient.eight-tanh-std-0.02-glue': 'trained to 0.06',
 'vanishing-gradient.seven-sigmoid-rmsprop-press': 'trained to 0.10 against 0.07',
 'saturated-activation.tanh-raw-order-value-returns': 'ends 0.88 against returns specs 0.70-0.80: too close',
 'lr-too-high.adam-0.04-batch-2-returns': 'ends 0.83 against 0.70-0.80: unclear',
 'lr-too-high.adam-0.05-batch-1-press': 'ends 0.11 against 0.07: too close (97% dead units)',
 'loss-plateau.dropout-0.95-frame': 'ends 0.75 with swings (min 0.47): not a plateau',
 'oscillating-loss.adam-0.03-batch-4-relu-press': 'settles at 0.08',
 'oscillating-loss.adam-0.05-batch-2-tanh-sine': 'swings 0.01-0.12 but ends 0.03 near healthy 0.01-0.02: unclear',
 'oscillating-loss.nesterov-0.99-lr-0.03-batch-64-linear-glue': 'settles at 0.05',
 'oscillating-loss.rmsprop-0.01-batch-2-iris': 'trains to 0.06',
 'oscillating-loss.rmsprop-0.03-batch-1-linear-press': 'settles at 0.17-0.19 (healthy linear 0.14-0.15)',
 'oscillating-loss.sgd-plain-0.75-full-batch-linear-press': 'settles at 0.14',
 'oscillating-loss.sgd-plain-0.95-full-batch-linear-frame': 'diverges monotonically to NaN, no oscillation',
 'ok.press-raw-area-sgd-2e-7': 'raw sheet area alone: ends 1.01 of the baseline (the area carries little signal): not healthy, not a clear fault',
 'ok.returns-adam-relu': 'rare returned flag: ends 0.70 of the prior: not clearly healthy',
 'ok.returns-logistic-nesterov': 'ends 0.80 of the prior: not clearly healthy',
 'ok.returns-rmsprop-tanh-val': 'ends 0.77 of the prior: not clearly healthy'}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 178 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: bookbinders and picture framers: glue.csv (900 bindery jobs: job ids, timestamps, customer ids; pages, board mm, humidity, '
         'temperature, PVA flag -> glue set minutes) and glue-na.csv ("NA" humidity), binding.csv (1,000 orders -> perfect/case/saddle/spiral/'
         'rare coptic 47; skewed copies; bench number with no effect), frame.csv (800 framing orders: glass area cm2, moulding cm -> price in '
         'dollars), returns.csv (1,100 orders, semicolon export with decimal commas -> rare returned flag 73/1,100; clerk number with no effect), '
         'press.csv (700 tab-separated board press runs, sheet area cm2 -> warp mm), plus builtins iris, moons, circles, spirals, blobs (4), sine, '
         'xor and an inline brace-board table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
