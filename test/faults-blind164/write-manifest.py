#!/usr/bin/env python3
"""Files the candidates of test/faults-blind164 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'yield regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'test-bin classifier with activation "gelu"'),
  'invalid-spec.sparse-cce-loss': f('invalid-spec', S, ['invalid-spec'], 'wafer-map classifier with Keras loss name "sparse_categorical_crossentropy"'),
  'invalid-spec.dropout-rate-1.5': f('invalid-spec', S, ['invalid-spec'], 'scrapped-lot classifier with dropout rate 1.5'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'cycle-time regression with batchSize 0'),
  'data-error.na-chamber-c': f('data-error', S, ['data-error'], 'yield regression reading the FDC export copy with "NA" chamber_c cells'),
  'data-error.tool-id-feature': f('data-error', S, ['data-error'], 'yield regression with the etch tool id "ETCH-08" as a feature'),
  'data-error.die-id-feature-bin': f('data-error', S, ['data-error'], 'test-bin classifier with the die id as a feature'),
  'data-error.chamber-temp-typo': f('data-error', S, ['data-error'], 'yield regression naming a column "chamber_temp_c" that the file calls chamber_c'),
  'data-error.target-scrap-flag-typo': f('data-error', S, ['data-error'], 'scrapped-lot target "scrap_flag" not in the file'),
  'data-error.wafermap-tsv-wrong-name': f('data-error', S, ['data-error'], 'wafer-map spec pointing at wafermap.tsv; the file is wafermap.csv'),
  'shape-mismatch.wafermap-eight-heads-nine-patterns': f('shape-mismatch', S, ['shape-mismatch'], 'nine wafer-map patterns, eight softmax heads'),
  'shape-mismatch.cycle-two-outputs': f('shape-mismatch', S, ['shape-mismatch'], 'one cycle-time target, two linear outputs'),
  'shape-mismatch.bin-yield-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'five test bins, three softmax heads'),
  'shape-mismatch.blobs4-two-heads-sigmoid-cce': f('shape-mismatch', S, ['shape-mismatch'], 'four blobs classes, two softmax heads'),
  'loss-activation-mismatch.tanh-head-bce-scrap': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'scrapped-lot bce on a tanh head: 2.21 of the prior'),
  'loss-activation-mismatch.relu-head-standardized-yield': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized yield through a relu head (cannot go negative): 0.77 against healthy 0.04-0.07'),
  'loss-activation-mismatch.sigmoid-heads-cce-bin': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'five sigmoid heads under cce: loss near 0 but accuracy 0.70 against healthy 0.97-0.99'),
  'loss-activation-mismatch.softmax-one-unit-bce-litho': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'one-unit softmax under bce on the litho table: constant output, 10.7x the prior'),
  'no-nonlinearity.yield-quadratic-linear-deep': f('no-nonlinearity', S, ['no-nonlinearity'], 'yield (quadratic in line width) with three linear hidden layers: 1.00'),
  'no-nonlinearity.circles-linear-bn-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles with linear batch-norm layers: 1.00'),
  'no-nonlinearity.xor-linear-nesterov-batch-1': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear hidden layer at batch 1: 1.00'),
  'no-nonlinearity.spirals-linear-adam-dropout': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals with linear layers and dropout: 0.96'),
  'lr-out-of-range.adam-lr-10-wafermap': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'wafer map with adam lr 10: ends 65x the prior'),
  'lr-out-of-range.sgd-1e-8-cycle': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'cycle time with plain SGD 1e-8: 5.37, never moves'),
  'lr-out-of-range.rmsprop-lr-25-scrap': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'scrapped lot with rmsprop lr 25: 63x the prior'),
  'lr-out-of-range.nesterov-negative-bin': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'test bin with Nesterov lr -0.01 (refused by the parser)'),
  'init-symmetry.constant-0.3-sigmoid-bin': f('init-symmetry', P, ['init-symmetry'], 'test bin, every layer constant 0.3: 0.57 against healthy 0.02-0.08'),
  'init-symmetry.zeros-elu-rmsprop-wafermap': f('init-symmetry', P, ['init-symmetry'], 'wafer map, zeros elu and head: 1.00'),
  'init-symmetry.constant-0.5-tanh-momentum-yield': f('init-symmetry', P, ['init-symmetry'], 'yield, constant 0.5 tanh: 1.02'),
  'init-symmetry.zeros-sigmoid-deep-moons': f('init-symmetry', P, ['init-symmetry'], 'moons, three zero-initialized sigmoid layers: 1.01'),
  'init-scale.normal-std-10-sigmoid-scrap': f('init-scale', P, ['init-scale', 'saturated-activation'], 'scrapped lot with normal std 10 sigmoid layers: 6.75x the prior'),
  'init-scale.uniform-4-tanh-deep-cycle': f('init-scale', P, ['init-scale', 'saturated-activation'], 'cycle time, four tanh layers uniform limit 4: first 233, ends 4.17'),
  'init-scale.normal-1e-3-relu-six-bin': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'test bin, six relu layers normal std 1e-3: 1.00'),
  'dead-relu.bias-minus-4-four-layer-wafermap': f('dead-relu', P, ['dead-relu'], 'wafer map, four relu layers with bias -4: 56-66% dead, 0.95'),
  'dead-relu.adam-0.1-batch-4-deep-yield': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'yield, three relu layers, adam 0.1 at batch 4: layer 3 100% dead, 1.03'),
  'dead-relu.bias-minus-10-scrap': f('dead-relu', P, ['dead-relu'], 'scrapped lot, 128 relu with bias -10: 88% dead, 0.98'),
  'dead-relu.sgd-0.3-raw-good-die': f('dead-relu', T, ['dead-relu', 'exploding-gradient'], 'raw good-die target with SGD 3e-4: layer 2 100% dead, 47.8x the variance'),
  'exploding-gradient.raw-rf-watts-features-elu': f('exploding-gradient', P, ['exploding-gradient'], 'yield on raw features (rf watts ~1500) with SGD: first 3.9e23, ends 3.5e11'),
  'exploding-gradient.raw-bin-features-five-relu-adam': f('exploding-gradient', P, ['exploding-gradient'], 'test bin on raw features (idd up to 2e5 uA), five relu layers: first 446, gradients to 2.4e3, ends 0.49 against healthy 0.02-0.08'),
  'exploding-gradient.eight-leaky-std-0.5-rmsprop-yield': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'yield, eight leaky layers normal std 0.5: first 252, gradients to 600, ends 1.37'),
  'exploding-gradient.raw-cycle-target-tanh-nesterov-1e-6': f('exploding-gradient', P, ['exploding-gradient', 'saturated-activation'], 'raw cycle minutes target through tanh: gradients to 6e4, hidden layer 100% saturated, 2.88x the variance'),
  'vanishing-gradient.eight-sigmoid-sgd-bin': f('vanishing-gradient', P, ['vanishing-gradient'], 'test bin, eight sigmoid layers, plain SGD: first-layer gradient 1e-5, 1.01'),
  'vanishing-gradient.six-tanh-std-0.02-momentum-yield': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'yield, six tanh layers std 0.02: first-layer gradient 1e-6, 1.00'),
  'vanishing-gradient.seven-sigmoid-rmsprop-wafermap': f('vanishing-gradient', P, ['vanishing-gradient'], 'wafer map, seven sigmoid layers: 1.00'),
  'vanishing-gradient.five-sigmoid-nesterov-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles, five sigmoid layers: 1.00'),
  'nan-loss.sgd-2-raw-cycle-target': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw cycle minutes target with SGD 0.01: NaN at epoch 1'),
  'nan-loss.nesterov-0.99-lr-2-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine with Nesterov 0.99 lr 2: NaN at epoch 1'),
  'nan-loss.momentum-0.5-raw-wip-cycle': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw features and raw cycle target: NaN at epoch 1'),
  'exploding-gradient.raw-idd-features-sgd-bin': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'test bin on raw idd features with SGD: NaN at epoch 10 (refiled from exploding-gradient)'),
  'exploding-gradient.six-relu-std-1-cycle': f('nan-loss', T, ['nan-loss', 'exploding-gradient', 'init-scale'], 'cycle time, six relu layers std 1: NaN at epoch 1 (refiled from exploding-gradient)'),
  'init-scale.normal-std-2-elu-yield': f('nan-loss', T, ['nan-loss', 'init-scale'], 'yield, three elu layers std 2: NaN at epoch 1 (refiled from init-scale)'),
  'oscillating-loss.celsius-and-kelvin-sgd-0.95-full-batch': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear yield on chamber C and K together, SGD 0.95 full batch: grows every epoch, NaN at epoch 86 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-1.9-batch-300-linear-cycle': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear cycle model, SGD 1.9 at batch 300: NaN at epoch 27 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-raw-fab-wip-cycle': f('saturated-activation', P, ['saturated-activation'], 'cycle time on raw features (fab WIP in thousands) through sigmoid: 0.42 against healthy 0.01-0.05'),
  'saturated-activation.tanh-bias-8-bin': f('saturated-activation', P, ['saturated-activation'], 'test bin, tanh layers with bias 8: 1.01'),
  'saturated-activation.sigmoid-raw-kelvin-yield': f('saturated-activation', P, ['saturated-activation'], 'yield on raw features (kelvin, watts) through sigmoid: 1.00'),
  'lr-too-high.rmsprop-0.1-batch-1-yield': f('lr-too-high', T, ['lr-too-high'], 'yield with rmsprop 0.1 at batch 1: 2.93'),
  'lr-too-high.adam-0.1-batch-16-wafermap': f('lr-too-high', T, ['lr-too-high'], 'wafer map with adam 0.1 at batch 16: min 0.08, ends 0.91'),
  'lr-too-high.nesterov-lr-3-bin': f('lr-too-high', T, ['lr-too-high'], 'test bin with Nesterov lr 3: ends 1.35x the prior'),
  'lr-too-high.adam-0.05-batch-1-cycle': f('lr-too-high', T, ['lr-too-high'], 'cycle time with adam 0.05 at batch 1: 0.58 then 1.64'),
  'nan-loss.rmsprop-1-batch-2-yield': f('lr-too-high', T, ['lr-too-high'], 'yield with rmsprop 1 at batch 2: first 1.5e5, ends 1.46, no NaN (refiled from nan-loss)'),
  'lr-too-low.sgd-plain-1e-5-wafermap': f('lr-too-low', T, ['lr-too-low'], 'wafer map with plain SGD 1e-5: 3.08 to 3.03'),
  'lr-too-low.adam-1e-5-full-batch-scrap': f('lr-too-low', T, ['lr-too-low'], 'scrapped lot with adam 1e-5 full batch: 0.88, 3.55x the prior'),
  'lr-too-low.nesterov-3e-6-bin': f('lr-too-low', T, ['lr-too-low'], 'test bin with Nesterov 3e-6: 1.94 to 1.88'),
  'lr-too-low.raw-good-die-rmsprop-0.01-batch-64': f('lr-too-low', T, ['lr-too-low'], 'raw good-die target (about 1,000) with rmsprop 0.01: crawls, 88.8x the variance after 60 epochs'),
  'lr-too-low.raw-cycle-rmsprop-0.03-full-batch': f('lr-too-low', T, ['lr-too-low'], 'raw cycle minutes (300-16,000) with rmsprop 0.03 full batch: 4.6e7 to 2.8e7, 2.62x the variance'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-yield': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear yield model, momentum 0.99 full batch: swings 1.0-3.1 with a 10-epoch period, still 1.2-1.5 at the end'),
  'oscillating-loss.momentum-0.995-lr-0.05-full-batch-linear-cycle': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear cycle model, momentum 0.995 full batch: swings 0.06-1.2, ends 0.39 (same model 0.04 under rmsprop)'),
  'oscillating-loss.momentum-0.99-lr-0.1-batch-450-linear-die': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear good-die model (standardized), momentum 0.99 at batch 450: zig-zags 1.0-2.2 epoch to epoch'),
  'loss-plateau.tester-slot-only-bin': f('loss-plateau', T, ['loss-plateau'], 'test bin from the tester slot only: 1.00'),
  'loss-plateau.foup-serial-only-scrap': f('loss-plateau', T, ['loss-plateau'], 'scrapped lot from the FOUP serial only: 1.00'),
  'loss-plateau.move-epoch-only-scrap': f('loss-plateau', T, ['loss-plateau'], 'scrapped lot from the move timestamp only: 1.00'),
  'loss-plateau.weight-decay-1-momentum-yield': f('loss-plateau', T, ['loss-plateau'], 'yield with weightDecay 1: 1.00'),
  'loss-plateau.clipnorm-1e-7-sgd-cycle': f('loss-plateau', T, ['loss-plateau'], 'cycle time with clipNorm 1e-7: 0.89, never moves'),
}
TRIMMED = set()
DROPPED = {
  'loss-activation-mismatch.wafermap-softmax-mse': 'softmax under mse trained to acc 0.993',
  'exploding-gradient.raw-good-die-momentum': 'ends 0.35 of the variance: unclear',
  'saturated-activation.sigmoid-std-4-init-wafermap': 'trained to 0.03',
  'saturated-activation.tanh-raw-defect-total-wafermap': 'ends 0.10 against healthy 0.00-0.03: too close',
  'lr-too-high.momentum-0.95-lr-0.5-scrap': 'ends 0.87 of the prior, near the healthy scrap runs 0.58-0.74: unclear',
  'lr-too-high.rmsprop-0.05-batch-2-iris': 'ends 0.08: trained',
  'lr-too-high.sgd-plain-1.5-batch-4-circles': 'trained to 0.00',
  'lr-too-low.raw-cycle-adam-0.01-crawl': 'reached 0.03 of the variance: not a clear crawl',
  'oscillating-loss.adam-0.08-full-batch-tanh-yield': 'settles at 0.05 with small late wiggles',
  'oscillating-loss.nesterov-0.98-lr-0.3-full-batch-linear-cycle': 'settles at 0.04',
  'oscillating-loss.rmsprop-0.05-full-batch-linear-cycle': 'settles at 0.04',
  'oscillating-loss.momentum-0.95-lr-1-full-batch-softmax-bin': 'settles at 0.06',
  'oscillating-loss.momentum-0.97-lr-0.5-batch-550-logistic-scrap': 'one slow swing 0.18-0.38, then settles at 0.18',
  'oscillating-loss.nesterov-0.99-lr-0.1-batch-500-linear-die': 'settles near 0.99 (the features do not explain it) with small noise',
  'oscillating-loss.nesterov-0.995-lr-0.03-full-batch-linear-yield-no-cd': 'settles at 0.99',
  'oscillating-loss.momentum-0.99-lr-0.2-full-batch-logistic-bin': 'uninformative features, ends 1.05: no clear swing',
  'ok.yield-minmax-sgd-plain-batch-1': 'ends 0.95 of the minmax baseline: not healthy',
  'ok.good-die-raw-rmsprop-0.05-batch-8': 'ends 0.29 of the variance: not clearly healthy',
  'ok.yield-raw-target-adam-0.05': 'ends 0.22 (min 0.17): not clearly healthy',
  'ok.scrap-adam-relu': 'ends 0.67 of the prior (rare noisy flag): not clearly healthy',
  'ok.scrap-rmsprop-tanh-decay': 'ends 0.72 of the prior: not clearly healthy',
  'ok.scrap-logistic-nesterov': 'ends 0.74 of the prior: not clearly healthy',
  'ok.scrap-adam-0.01-batch-1100-elu': 'ends 0.69 of the prior: not clearly healthy',
  'ok.scrap-rmsprop-0.1-full-batch-tanh': 'ends 0.58 of the prior: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 164 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: semiconductor fabs and chip test floors: yield.csv (1,000 etch lots: lot ids, timestamps, tool ids; line width nm, chamber C and K, '
         'etch seconds, pressure, RF watts -> yield percent and good die per wafer) and yield-na.csv ("NA" chamber temperatures), '
         'bin.csv (1,200 dies -> bins pass/speed/leakage/open/rare short 54; skewed idd; tester slot with no effect), '
         'scrap.csv (1,100 lots -> rare scrapped flag 74/1,100; skewed defect counts; FOUP serial with no effect), '
         'cycle.csv (900 lots, semicolon export with decimal commas -> cycle minutes 331-15,716), wafermap.csv (1,000 tab-separated '
         'inspection summaries -> 9 defect patterns, rare near_full 23 and scratch 38), plus builtins iris, moons, circles, spirals, '
         'blobs (4), sine, xor and an inline litho dose/focus table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
