#!/usr/bin/env python3
"""Files the candidates of test/faults-blind144 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'quote regression with optimizer "adamw" (the PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'material classifier with activation "gelu"'),
  'invalid-spec.mae-loss': f('invalid-spec', S, ['invalid-spec'], 'days-to-install regression with loss "mae" (L1 for a skewed target)'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'fitting-hours regression with batchSize 0'),
  'invalid-spec.embedding-layer-store': f('invalid-spec', S, ['invalid-spec'], 'return flag with a Keras-style embedding layer for the store'),
  'data-error.na-room-m2': f('data-error', S, ['data-error'], 'quote regression reading the POS export copy with "NA" room_m2 cells'),
  'data-error.store-id-feature': f('data-error', S, ['data-error'], 'quote regression with the text column store_id ("ST-01") in features'),
  'data-error.quote-ts-feature': f('data-error', S, ['data-error'], 'quote regression with the quote timestamp text in features'),
  'data-error.sqft-typo': f('data-error', S, ['data-error'], 'quote regression with feature "room_sqft"; the header says room_ft2'),
  'data-error.job-id-feature-install': f('data-error', S, ['data-error'], 'days-to-install regression with the job_id text in features (tab-separated file)'),
  'data-error.target-install-days-typo': f('data-error', S, ['data-error'], 'target "install_days"; the header says days_to_install'),
  'data-error.sku-text-feature-material': f('data-error', S, ['data-error'], 'material classifier with the SKU text in features'),
  'shape-mismatch.material-four-heads-no-cork': f('shape-mismatch', S, ['shape-mismatch'], 'material classifier with a 4-unit softmax; the rare cork class makes 5'),
  'shape-mismatch.days-and-hours-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'days and hours to install as two targets, one output unit'),
  'shape-mismatch.iris-four-heads': f('shape-mismatch', S, ['shape-mismatch'], 'iris with a 4-unit softmax head'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four showroom blobs with a 3-unit softmax head'),
  'loss-activation-mismatch.single-softmax-bce-returns': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'return flag with a 1-unit softmax output under bce: constant, 40.9x the prior'),
  'loss-activation-mismatch.relu-head-standardized-fitting': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized fitting hours through a relu output: 0.29 (healthy 0.02)'),
  'loss-activation-mismatch.sigmoid-head-standardized-quotes': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized quote totals through a sigmoid output: 0.56 (healthy 0.00-0.07)'),
  'loss-activation-mismatch.linear-head-bce-moons': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'moons with a linear output under bce: ends 11.6x the prior'),
  'no-nonlinearity.circles-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 1.00 (healthy 0.00-0.09)'),
  'no-nonlinearity.xor-linear-momentum-batch-1': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear hidden layer at batch 1: 1.03'),
  'no-nonlinearity.moons-linear-nesterov-full-batch': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through linear layers, Nesterov full batch: 0.30, acc 0.90 (healthy 0.00-0.02)'),
  'no-nonlinearity.spirals-linear-bn-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through batch-normalized linear layers: 0.97'),
  'lr-out-of-range.adam-lr-10-material': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'material classifier with adam lr 10: first 308, ends 0.52 (healthy 0.02-0.03)'),
  'lr-out-of-range.sgd-1e-8-full-batch-fitting': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'fitting hours, SGD lr 1e-8 full batch: never moves from 1.52'),
  'lr-out-of-range.nesterov-lr-40-returns': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'return flag with Nesterov lr 40: NaN at epoch 1'),
  'lr-out-of-range.rmsprop-lr-25-install': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'days to install with rmsprop lr 25: first 1.4e9, ends 158x, relu all dead'),
  'init-symmetry.zeros-tanh-nesterov-full-batch-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with all-zero tanh layers, Nesterov full batch: 1.00, gradients exactly 0'),
  'init-symmetry.zeros-sigmoid-material': f('init-symmetry', P, ['init-symmetry'], 'material classifier with zero-initialised sigmoid and softmax layers: 0.24, acc 0.89 (healthy 0.02)'),
  'init-symmetry.ones-relu-install-sgd': f('init-symmetry', P, ['init-symmetry', 'init-scale'], 'days to install with constant-1 relu layers: first 70.8, ends 0.59 (healthy 0.04-0.05)'),
  'init-symmetry.constant-0.3-tanh-fitting': f('init-symmetry', P, ['init-symmetry'], 'fitting hours with constant-0.3 tanh layers (one effective unit): 0.10 (healthy 0.02)'),
  'init-scale.normal-std-8-sigmoid-returns': f('init-scale', P, ['init-scale', 'saturated-activation'], 'return flag with std-8 sigmoid layers: first 8.7, ends 2.04x'),
  'init-scale.uniform-6-tanh-install': f('init-scale', P, ['init-scale', 'saturated-activation'], 'days to install with uniform-6 tanh layers: first 237, ends 26x'),
  'init-scale.normal-1e-5-six-relu-fitting': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: flat at 1.01'),
  'init-scale.normal-std-4-elu-material': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'material with std-4 elu layers: first 362, ends 0.73 (healthy 0.02)'),
  'dead-relu.bias-minus-6-quotes': f('dead-relu', P, ['dead-relu'], 'quotes with a 64-unit relu layer at bias -6: 92% dead, 0.15 (healthy 0.00-0.01)'),
  'dead-relu.bias-minus-4-three-layer-material': f('dead-relu', P, ['dead-relu'], 'material through three relu layers at bias -4: layer 2 all dead, 1.00'),
  'dead-relu.bias-minus-10-bn-free-moons': f('dead-relu', P, ['dead-relu'], 'moons with a 128-unit relu layer at bias -10: all dead, 1.00'),
  'dead-relu.adam-0.1-batch-4-fitting': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'fitting hours with adam 0.1 at batch 4: relu 94% and 97% dead, min 0.12, ends 0.20 (healthy 0.02)'),
  'exploding-gradient.raw-hours-to-install-adam': f('exploding-gradient', P, ['exploding-gradient'], 'hours to install in raw hours as target: gradients up to 8.1e3, ends 0.23x (standardized healthy 0.04-0.05)'),
  'exploding-gradient.raw-ft2-features-nesterov': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'raw ft2 and raw dollar target, Nesterov: first 2.2e14, relu then all dead, 1.00'),
  'exploding-gradient.constant-1.5-five-relu-fitting': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'five relu layers at constant 1.5: first 8e13, ends 1536x'),
  'exploding-gradient.raw-order-usd-returns-sgd': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'return flag on raw order dollars: first 34, relu all dead, ends 1.01'),
  'nan-loss.raw-quote-usd-sgd-0.05': f('exploding-gradient', P, ['exploding-gradient', 'saturated-activation'], 'raw dollar quote target with SGD 0.05: first 4.7e6, gradients 2e4, tanh saturated, ends 0.20x, no NaN (refiled from nan-loss)'),
  'nan-loss.rmsprop-3-raw-ft2-relu': f('exploding-gradient', P, ['exploding-gradient', 'lr-too-high', 'dead-relu'], 'raw ft2 and dollar target with rmsprop 3: first 5.9e14, relu dead, ends 1.04x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.nine-sigmoid-material-adam': f('vanishing-gradient', P, ['vanishing-gradient'], 'material through nine sigmoid layers: first-layer gradients 6e-7 early, ends 0.61 (healthy 0.02)'),
  'vanishing-gradient.twelve-sigmoid-momentum-returns': f('vanishing-gradient', P, ['vanishing-gradient'], 'return flag through twelve sigmoid layers: gradients 1e-8, 1.00'),
  'vanishing-gradient.seven-sigmoid-rmsprop-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through seven sigmoid layers: 1.00'),
  'saturated-activation.sigmoid-raw-order-usd-returns': f('saturated-activation', P, ['saturated-activation'], 'return flag on raw order dollars through sigmoid: 100% saturated, 1.00'),
  'saturated-activation.tanh-bias-5-fitting': f('saturated-activation', P, ['saturated-activation'], 'fitting hours through tanh layers at bias 5: 100% saturated, 1.06'),
  'saturated-activation.sigmoid-raw-ft2-quotes': f('saturated-activation', P, ['saturated-activation'], 'quotes on raw ft2 through sigmoid: 54-78% saturated, 0.34 (healthy 0.00-0.07)'),
  'saturated-activation.tanh-raw-price-material': f('saturated-activation', P, ['saturated-activation'], 'material on raw prices and mm through tanh: 97% saturated, 0.50 (healthy 0.02)'),
  'nan-loss.sgd-lr-5-batch-1-quotes': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'quotes with plain SGD lr 5 at batch 1: NaN at epoch 1'),
  'nan-loss.momentum-lr-2-install': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'days to install with momentum lr 2 at batch 8: NaN at epoch 1'),
  'nan-loss.raw-hours-target-nesterov-full-batch': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw hours target, Nesterov 0.01 full batch: NaN at epoch 6'),
  'dead-relu.momentum-lr-0.8-batch-16-install': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'days to install with momentum lr 0.8 at batch 16: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.raw-quote-usd-momentum': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw dollar quote target with momentum 0.001: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.sgd-plain-1.5-full-batch-relu-quotes': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'quotes with plain SGD 1.5 full batch: NaN at epoch 5 (refiled from lr-too-high)'),
  'oscillating-loss.nesterov-0.98-lr-0.5-full-batch-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine with Nesterov 0.98 lr 0.5 full batch: 5e8 at epoch 2, NaN at epoch 21 (refiled from oscillating-loss)'),
  'ok.sine-nesterov-0.9-full-batch-tanh': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine with Nesterov 0.9 lr 0.1 full batch: reaches 0.013, then NaN at epoch 138 (refiled from healthy)'),
  'lr-too-high.adam-0.3-batch-4-fitting-tanh': f('lr-too-high', T, ['lr-too-high'], 'fitting hours with adam 0.3 at batch 4: min 0.89, ends 2.92, tanh saturated'),
  'lr-too-high.momentum-0.99-lr-0.3-batch-8-returns': f('lr-too-high', T, ['lr-too-high'], 'return flag with momentum 0.99 lr 0.3 at batch 8: ends 11.9x'),
  'lr-too-high.nesterov-0.8-batch-2-iris': f('lr-too-high', T, ['lr-too-high'], 'iris with Nesterov lr 0.8 at batch 2: first 2e6, ends 0.67 (healthy 0.04)'),
  'lr-too-high.adam-0.05-batch-1-install-elu': f('lr-too-high', T, ['lr-too-high'], 'days to install with adam 0.05 at batch 1: min 1.19, ends 16.7'),
  'lr-too-low.adam-3e-6-material': f('lr-too-low', T, ['lr-too-low'], 'material with adam 3e-6: 3.32 to 3.15 (2.16x the prior)'),
  'lr-too-low.sgd-plain-1e-4-full-batch-fitting': f('lr-too-low', T, ['lr-too-low'], 'fitting hours, plain SGD 1e-4 full batch: 1.22 to 1.08'),
  'lr-too-low.momentum-1e-6-quotes': f('lr-too-low', T, ['lr-too-low'], 'quotes with momentum 1e-6: 4.10 to 2.85'),
  'lr-too-low.rmsprop-1e-6-circles': f('lr-too-low', T, ['lr-too-low'], 'circles with rmsprop 1e-6: 0.79 to 0.77'),
  'lr-too-low.nesterov-1e-5-full-batch-install': f('lr-too-low', T, ['lr-too-low'], 'days to install, Nesterov 1e-5 full batch: 3.18 to 2.60'),
  'oscillating-loss.momentum-0.99-full-batch-linear-quotes': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear quote model, momentum 0.99 lr 0.05 full batch: swings 0.27-3.71 for the whole run, ends 0.68 (same model at 0.95 ends 0.07)'),
  'oscillating-loss.momentum-0.99-lr-0.1-full-batch-linear-fitting': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear fitting model, momentum 0.99 lr 0.1 full batch: swings 0.16-2.61 for the whole run, ends 0.67 (plain SGD reaches 0.09)'),
  'loss-plateau.receipt-serial-only-returns': f('loss-plateau', T, ['loss-plateau'], 'return flag from the receipt serial only: 1.00'),
  'loss-plateau.order-clerk-only-material': f('loss-plateau', T, ['loss-plateau'], 'material from the order clerk number only: 1.00'),
  'loss-plateau.weight-decay-5-rmsprop-fitting': f('loss-plateau', T, ['loss-plateau'], 'fitting hours with rmsprop weightDecay 5: min 0.68, ends 1.00'),
  'loss-plateau.clipnorm-1e-7-momentum-install': f('loss-plateau', T, ['loss-plateau'], 'days to install with clipNorm 1e-7: 3.88, never moves'),
  'loss-plateau.underlay-only-quotes': f('loss-plateau', T, ['loss-plateau'], 'quote total from the underlay flag only: 1.01'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.returns-two-sigmoid-heads-bce': 'two sigmoid outputs under bce trained like the healthy ones (0.33)',
  'loss-activation-mismatch.tanh-head-bce-fitter-inline': 'tanh head under bce trained to 0.00 on the inline table',
  'init-symmetry.constant-0.5-elu-two-layer-quotes': 'trained to 0.05 against healthy 0.00-0.07',
  'init-scale.uniform-1e-4-five-tanh-quotes': 'trained to 0.06',
  'vanishing-gradient.ten-tanh-normal-0.1-install': 'trained to 0.01',
  'lr-too-high.rmsprop-0.2-batch-16-material': 'ends 0.04 against healthy 0.02: too close',
  'loss-plateau.dropout-0.95-tanh-moons': 'ends 0.50 with acc 0.82: learns, not a plateau',
  'oscillating-loss.adam-0.3-full-batch-linear-fitting': 'settles at 0.09',
  'oscillating-loss.momentum-0.99-lr-0.03-batch-250-linear-material-grade': 'swings early, settles at 0.09',
  'oscillating-loss.momentum-0.99-lr-0.2-full-batch-tanh-moons': 'trains to 0.00',
  'oscillating-loss.momentum-0.995-lr-0.02-tanh-returns': 'small wobble 0.14-0.18: unclear',
  'oscillating-loss.nesterov-0.99-full-batch-linear-fitting': 'settles at 0.09',
  'oscillating-loss.nesterov-0.995-lr-0.05-full-batch-linear-quotes': 'settles at 0.07',
  'oscillating-loss.rmsprop-0.05-full-batch-linear-install': 'settles at 0.28 (the linear floor)',
  'oscillating-loss.rmsprop-0.1-full-batch-linear-fitting': 'settles at 0.11',
  'oscillating-loss.sgd-plain-0.3-batch-64-linear-fitting': 'settles at 0.09-0.10',
  'oscillating-loss.sgd-plain-m2-and-ft2-batch-500-linear': 'settles at 0.07',
  'ok.install-sgd-plain-full-batch-linear': 'ends 0.28: a linear model cannot fit the skewed days (not clearly healthy)',
  'ok.spirals-adam-deep-tanh': 'ends 0.71: not healthy',
  'ok.install-hours-minmax-target-adam': 'ends 0.22 of the minmax baseline: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 144 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low, plateau and full-batch healthy candidates (observed-curves.txt). '
         'Theme: flooring and carpet retailers: quotes.csv (1,000 showroom quotes: quote ids, timestamps, store ids; room m2 and ft2, rooms, '
         'material grade, stair treads, underlay -> quote total in dollars and cents) and quotes-na.csv ("NA" room areas), material.csv '
         '(1,000 SKUs -> carpet/vinyl/laminate/hardwood/rare cork 36; pile mm, thickness, price per m2, warranty, waterproof; order clerk with '
         'no effect), returns.csv (1,200 orders -> rare return flag 134; receipt serial with no effect), install.csv (900 tab-separated jobs '
         '-> skewed days to install, and hours), fitting.csv (850 jobs, semicolon export with decimal commas -> fitting hours), plus builtins '
         'iris, moons, circles, spirals, blobs (4), sine, xor and an inline fitter table. Data by data/generate.ts; specs by author.ts; '
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
