#!/usr/bin/env python3
"""Files the candidates of test/faults-blind177 by what the bare engine showed (observed.txt,
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
  'invalid-spec.nadam-optimizer': f('invalid-spec', S, ['invalid-spec'], 'quote regression with optimizer "nadam" (Keras habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'roof-type classifier with activation "gelu"'),
  'invalid-spec.mae-loss': f('invalid-spec', S, ['invalid-spec'], 'erect-hours regression with loss "mae"'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'fall-incident classifier with batchSize 0'),
  'invalid-spec.units-string': f('invalid-spec', S, ['invalid-spec'], 'tiles-slipped regression with units "32" as a string'),
  'data-error.na-pitch': f('data-error', S, ['data-error'], 'quote regression on the export copy with "NA" pitch cells'),
  'data-error.crew-id-feature': f('data-error', S, ['data-error'], 'quote regression with the crew id text ("CR-05") in features'),
  'data-error.inspected-ts-feature': f('data-error', S, ['data-error'], 'fall-incident classifier with the inspection timestamp text in features'),
  'data-error.gust-header-typo': f('data-error', S, ['data-error'], 'tiles-slipped regression with feature "gust_mps"; the header says gust_ms'),
  'data-error.hire-ref-feature-semicolon': f('data-error', S, ['data-error'], 'erect hours with the hire reference text in features (semicolon file)'),
  'data-error.target-column-missing': f('data-error', S, ['data-error'], 'roof-type classifier with target "rooftype"; the header says roof_type'),
  'shape-mismatch.roof-four-heads-no-thatch': f('shape-mismatch', S, ['shape-mismatch'], 'roof type with a 4-unit softmax; the rare thatch class makes 5'),
  'shape-mismatch.quote-and-tiles-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'quote and tile count as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four yard blobs with a 3-unit softmax'),
  'loss-activation-mismatch.tanh-head-bce-incident': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'fall incident with a tanh output under bce: 3.93x the prior (healthy 0.28-0.32)'),
  'loss-activation-mismatch.softmax-one-unit-bce-standdown': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'inline stand-down table with a 1-unit softmax under bce: stuck at 9.89x (healthy 0.00-0.05)'),
  'loss-activation-mismatch.relu-head-standardized-quote': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized quote through a relu output: 0.32 (healthy 0.02-0.03)'),
  'loss-activation-mismatch.sigmoid-head-standardized-gust': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized tiles slipped through a sigmoid output: 0.54 (healthy 0.01)'),
  'loss-activation-mismatch.sigmoid-head-cce-roof': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'roof type with 5 sigmoid outputs under cce: loss reaches 1e-7 but accuracy 0.69 (healthy 1.00)'),
  'no-nonlinearity.circles-two-linear-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 1.00'),
  'no-nonlinearity.xor-linear-rmsprop-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear hidden layer: 1.00'),
  'no-nonlinearity.spirals-linear-dropout-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through linear layers with dropout: 0.98'),
  'no-nonlinearity.moons-linear-bn-sgd': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through a linear batch-normalized layer: 0.43, acc 0.85 (healthy 0.00)'),
  'lr-out-of-range.sgd-lr-50-gust': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'tiles slipped with SGD lr 50: NaN at epoch 1'),
  'lr-out-of-range.rmsprop-1e-9-roof': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'roof type with rmsprop 1e-9: never moves from 1.23x'),
  'lr-out-of-range.adam-lr-negative-scaffold': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'erect hours with adam lr -0.001: the parser refuses it'),
  'lr-out-of-range.nesterov-lr-20-incident': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'fall incident with Nesterov lr 20: NaN at epoch 3'),
  'init-symmetry.zeros-relu-adam-roof': f('init-symmetry', P, ['init-symmetry'], 'roof type with zero-initialised relu layers: 1.00'),
  'init-symmetry.constant-0.3-tanh-sgd-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with constant-0.3 tanh layers: 1.00'),
  'init-symmetry.constant-0.05-elu-nesterov-spirals': f('init-symmetry', P, ['init-symmetry'], 'spirals with constant-0.05 elu layers: 0.98'),
  'init-symmetry.zeros-sigmoid-rmsprop-gust': f('init-symmetry', P, ['init-symmetry'], 'tiles slipped with zero-initialised sigmoid layers: 0.14 (healthy 0.01)'),
  'init-scale.normal-std-4-relu-quote': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'quote with std-4 relu layers: first 7.9e6, ends 8.1e4x'),
  'init-scale.normal-std-2-elu-sine': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'sine with std-2 elu layers: first 3.9e6, ends 42x'),
  'init-scale.normal-1e-5-six-relu-scaffold': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: flat at 1.00'),
  'init-scale.uniform-1e-3-four-tanh-incident': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'four tanh layers at uniform 1e-3: flat at the prior'),
  'dead-relu.bias-minus-8-two-layer-quote': f('dead-relu', P, ['dead-relu'], 'quote with relu layers at bias -8: dead, 1.00'),
  'dead-relu.bias-minus-4-leaky-free-moons': f('dead-relu', P, ['dead-relu'], 'moons through four relu layers at bias -4: all dead, 1.00'),
  'dead-relu.adam-0.05-batch-2-gust': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'tiles slipped with adam 0.05 at batch 2: 91% and 97% of units dead, ends 0.05 (healthy 0.01)'),
  'dead-relu.sgd-momentum-0.95-lr-0.3-scaffold': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'erect hours with momentum 0.95 lr 0.3: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.raw-quote-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'quote in raw GBP as target: 5.78x the baseline 2.9e7'),
  'exploding-gradient.raw-tiles-sgd-momentum': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'quote on raw tile counts with momentum SGD: first 5.6e12, relu layer dead, ends 111x'),
  'exploding-gradient.raw-tube-kg-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'erect hours on raw tube kg, raw target: first 1.0e7, ends 1.14x'),
  'exploding-gradient.constant-1.5-relu-deep-gust': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'five relu layers at constant 1.5: first 1.3e18, ends 6.8e12x'),
  'exploding-gradient.raw-permit-incident-sgd': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'fall incident on the raw 7-digit permit number: first 1.45e9, relu dead, ends 2.28x'),
  'nan-loss.raw-tiles-target-sgd-plain': f('exploding-gradient', P, ['exploding-gradient'], 'raw quote features and target with SGD 0.01: first 1.2e26, ends 5.4e6x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-sgd-quote': f('vanishing-gradient', P, ['vanishing-gradient'], 'quote through eight sigmoid layers: 1.02'),
  'vanishing-gradient.nine-tanh-std-0.03-roof': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'roof type through nine tanh layers at std 0.03: 1.00'),
  'vanishing-gradient.twelve-sigmoid-rmsprop-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through twelve sigmoid layers: 1.00'),
  'vanishing-gradient.seven-sigmoid-nesterov-incident': f('vanishing-gradient', P, ['vanishing-gradient'], 'fall incident through seven sigmoid layers: 1.00'),
  'nan-loss.sgd-momentum-0.99-lr-1-quote': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'quote with momentum 0.99 lr 1 at batch 8: NaN at epoch 1'),
  'nan-loss.constant-3-relu-ten-scaffold': f('nan-loss', T, ['nan-loss', 'init-scale', 'exploding-gradient'], 'ten relu layers at constant 3: NaN at epoch 1'),
  'ok.scaffold-raw-tube-sgd-1e-6': f('nan-loss', T, ['nan-loss', 'exploding-gradient', 'lr-too-high'], 'linear erect hours on raw tube kg (thousands) at SGD 5e-7: NaN at epoch 1 (meant healthy; the rate is too big for kg squared)'),
  'oscillating-loss.sgd-plain-0.95-batch-800-linear-scaffold': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear erect hours, plain SGD 0.95 full batch: grows every epoch, NaN at epoch 62 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-bias-8-incident': f('saturated-activation', P, ['saturated-activation'], 'fall incident through sigmoid layers at bias 8: all saturated, 1.01'),
  'saturated-activation.sigmoid-raw-tiles-quote': f('saturated-activation', P, ['saturated-activation'], 'quote on raw tile counts through sigmoid: 100% saturated, 0.44 (healthy 0.02)'),
  'saturated-activation.tanh-raw-age-roof': f('saturated-activation', P, ['saturated-activation'], 'roof type on raw features through tanh: 98% saturated, 0.27, acc 0.85 (healthy 0.00)'),
  'saturated-activation.tanh-raw-tube-scaffold': f('saturated-activation', P, ['saturated-activation'], 'erect hours on raw tube kg through tanh: 100% saturated, 1.03'),
  'lr-too-high.rmsprop-0.05-batch-2-sine': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'sine with rmsprop 0.05 at batch 2: swings 0.15-0.30, ends 0.63 (healthy 0.01-0.03)'),
  'lr-too-high.rmsprop-0.04-batch-4-scaffold': f('lr-too-high', T, ['lr-too-high'], 'erect hours with rmsprop 0.04 at batch 4: swings 0.14-0.32, ends 0.19 (healthy 0.01)'),
  'lr-too-high.adam-0.03-batch-1-quote': f('lr-too-high', T, ['lr-too-high'], 'quote with adam 0.03 at batch 1: 91% relu dead, swings 0.047-0.097, ends 0.06 (healthy 0.02-0.03)'),
  'nan-loss.rmsprop-5-batch-1-gust': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range', 'exploding-gradient'], 'tiles slipped with rmsprop 5 at batch 1: first 9.6e5, ends 6806x, no NaN (refiled from nan-loss)'),
  'lr-too-low.adam-2e-6-gust': f('lr-too-low', T, ['lr-too-low'], 'tiles slipped with adam 2e-6: 4.69 to 4.52'),
  'lr-too-low.sgd-plain-1e-5-scaffold': f('lr-too-low', T, ['lr-too-low'], 'erect hours with plain SGD 1e-5: ends 0.46 (healthy 0.01)'),
  'lr-too-low.rmsprop-1e-6-roof': f('lr-too-low', T, ['lr-too-low'], 'roof type with rmsprop 1e-6: ends 1.23x'),
  'lr-too-low.nesterov-3e-6-batch-64-circles': f('lr-too-low', T, ['lr-too-low'], 'circles with Nesterov 3e-6: 1.18x, never moves'),
  'lr-too-low.raw-area-sgd-1e-9-quote': f('lr-too-low', T, ['lr-too-low', 'lr-out-of-range'], 'linear quote on raw roof area, raw target, SGD 1e-9: 5.33x (same model at 1e-5: 0.12)'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-quote': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear quote model, momentum 0.99 full batch: swings 0.08-2.2 over the run, ends 0.34 (momentum 0.9 at 0.01: 0.03)'),
  'oscillating-loss.momentum-0.99-lr-0.03-full-batch-linear-scaffold': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear erect-hours model, momentum 0.99 full batch: min 0.03, swings up to 2.4, ends 0.18 (Nesterov 0.99 at 0.002: 0.01)'),
  'oscillating-loss.momentum-0.98-lr-0.1-full-batch-linear-gust': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear tiles-slipped model, momentum 0.98 full batch: min 0.26 (the linear floor), back up to 0.89, ends 0.34'),
  'loss-plateau.van-no-only-roof': f('loss-plateau', T, ['loss-plateau'], 'roof type from the van number only: 1.00'),
  'loss-plateau.permit-only-incident': f('loss-plateau', T, ['loss-plateau'], 'fall incident from permit number and crew size only: 1.00'),
  'loss-plateau.hour-only-gust': f('loss-plateau', T, ['loss-plateau'], 'tiles slipped from the hour only: 1.07'),
  'loss-plateau.weight-decay-5-sgd-quote': f('loss-plateau', T, ['loss-plateau'], 'quote with momentum SGD weightDecay 5: 1.01'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.incident-two-softmax-bce': 'two sigmoid outputs under bce on one flag: the engine trained it to 0.30 like the healthy ones',
  'init-scale.uniform-6-sigmoid-roof': 'trained to 0.00 despite saturation',
  'dead-relu.bias-minus-2-wide-adam-iris': '98% dead at bias -6 but ends 0.09, acc 0.97 against 0.03: unclear',
  'exploding-gradient.raw-tiles-target-nesterov': 'raw tile-count target ends 0.05 of the baseline: not clearly faulty',
  'lr-too-high.adam-0.05-batch-2-iris': 'ends 0.07, acc 0.97 against 0.03: unclear',
  'lr-too-high.nesterov-0.95-lr-0.2-incident': 'ends 0.39 against healthy 0.28-0.32: too close',
  'oscillating-loss.adam-0.02-batch-4-tanh-sine': 'settles at 0.01-0.02',
  'oscillating-loss.adam-0.05-batch-2-linear-scaffold': 'small swings 0.02-0.05 near the healthy range',
  'oscillating-loss.momentum-0.95-lr-0.5-logistic-incident': 'settles at 0.34 like the healthy logistic',
  'oscillating-loss.nesterov-0.97-lr-0.3-full-batch-linear-gust': 'settles at the linear floor 0.25',
  'oscillating-loss.rmsprop-0.02-batch-1-linear-quote': 'settles at 0.04',
  'oscillating-loss.rmsprop-0.03-full-batch-linear-gust': 'settles at the linear floor 0.25',
  'oscillating-loss.nesterov-0.99-lr-0.04-full-batch-linear-roof-tiles': 'settles at 0.36',
  'loss-plateau.dropout-0.95-scaffold': 'dropout 0.95: ends 0.65, not a plateau and no code fits cleanly',
  'ok.circles-sgd-relu-bn': 'min 0.09, ends 0.28: swings, not clearly healthy',
}
HEALTHY_RENAME = {'dead-relu.rmsprop-0.05-batch-1-roof': 'roof-rmsprop-0.05-batch-1-relu', 'lr-too-high.sgd-plain-2-batch-8-roof': 'roof-sgd-plain-2-batch-8-relu'}

ABOUT = ('Fault set 177 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates and a few healthy ones (observed-curves.txt). '
         'Theme: roofers and scaffolders: quote.csv (900 roofing quotes: job ids, timestamps, crew ids; roof area m2, pitch, tile count in thousands, '
         'storeys, travel km -> skewed quote GBP) and quote-na.csv ("NA" pitch cells), rooftype.csv (1,000 surveys -> gable/hip/flat/mansard/rare thatch 39; '
         'van number with no effect), incident.csv (1,200 scaffold jobs -> rare fall incident 53/1,200; permit number with no effect), '
         'scaffold.csv (800 hires, semicolon export with decimal commas -> erect hours; tube kg in thousands), gust.csv (700 tab-separated site logs -> tiles slipped), '
         'plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline stand-down table. '
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
