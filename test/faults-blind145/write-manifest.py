#!/usr/bin/env python3
"""Files the candidates of test/faults-blind145 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'germination regression with optimizer "adamw" (the PyTorch/Keras default of many tutorials)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'variety classifier with activation "gelu"'),
  'invalid-spec.mae-loss-yield': f('invalid-spec', S, ['invalid-spec'], 'plot-yield regression with loss "mae" (L1Loss habit for yield outliers)'),
  'invalid-spec.dropout-rate-1.5': f('invalid-spec', S, ['invalid-spec'], 'off-type classifier with dropout rate 1.5'),
  'invalid-spec.zero-units-hidden': f('invalid-spec', S, ['invalid-spec'], 'days-to-flowering regression with a 0-unit hidden layer'),
  'data-error.na-seed-moisture': f('data-error', S, ['data-error'], 'germination regression reading the seed-bank export copy with "NA" seed_moisture_pct cells'),
  'data-error.accession-id-feature': f('data-error', S, ['data-error'], 'germination regression with the accession id text ("ACC-10000") in features'),
  'data-error.test-timestamp-feature': f('data-error', S, ['data-error'], 'germination regression with the viability-test timestamp text in features'),
  'data-error.seed-weight-g-typo': f('data-error', S, ['data-error'], 'germination regression with feature "seed_weight_g"; the header says seed_weight_mg / seed_weight_grains'),
  'data-error.plot-code-feature-variety': f('data-error', S, ['data-error'], 'variety classifier with the plot code text in features'),
  'data-error.yields-csv-typo-path': f('data-error', S, ['data-error'], 'plot-yield regression pointing at yields.csv, which does not exist'),
  'data-error.flowering-target-typo': f('data-error', S, ['data-error'], 'flowering regression with target "days_to_flower"; the header says days_to_flowering'),
  'shape-mismatch.variety-four-heads-no-landrace': f('shape-mismatch', S, ['shape-mismatch'], 'variety classifier with a 4-unit softmax; the rare landrace makes 5 classes'),
  'shape-mismatch.kg-and-bushels-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'yield in kg/ha and bu/acre as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four nursery blobs with a 3-unit softmax head'),
  'shape-mismatch.variety-one-sigmoid-cce': f('shape-mismatch', S, ['shape-mismatch', 'loss-activation-mismatch'], 'five varieties with one sigmoid output under cce'),
  'loss-activation-mismatch.tanh-head-bce-offtype': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'off-type flag with a tanh output under bce: 1.27x the prior (healthy 0.26-0.46)'),
  'loss-activation-mismatch.softmax-one-unit-bce-offtype': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'off-type flag with a one-unit softmax under bce: constant output, 41x the prior'),
  'loss-activation-mismatch.relu-head-standardized-flowering': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized days to flowering through a relu output: 0.46 (healthy 0.02-0.04)'),
  'loss-activation-mismatch.sigmoid-heads-cce-variety': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'five sigmoid outputs under cce: the loss falls to 1e-4 while accuracy stays 0.50 (healthy 1.00)'),
  'loss-activation-mismatch.sigmoid-head-standardized-germination': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized germination % through a sigmoid output: 0.85 (healthy 0.01-0.10)'),
  'no-nonlinearity.circles-two-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'seed-tray circles through two linear layers: 1.00'),
  'no-nonlinearity.xor-linear-bn-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through a linear batch-normalized layer: 1.00'),
  'no-nonlinearity.moons-linear-sgd-full-batch': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through a linear layer, plain SGD full batch: 0.39 (healthy 0.00-0.01)'),
  'no-nonlinearity.offtype-abs-deviation-linear': f('no-nonlinearity', S, ['no-nonlinearity'], 'off-type (driven by absolute deviations) through linear layers: 0.92 (healthy 0.26-0.46)'),
  'lr-out-of-range.nesterov-lr-25-flowering': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'flowering with Nesterov lr 25: NaN at epoch 1'),
  'lr-out-of-range.adam-1e-9-germination': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'germination with adam lr 1e-9: loss never moves from 2.73'),
  'lr-out-of-range.sgd-lr-100-offtype': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'off-type with plain SGD lr 100: sigmoids saturated, 10.8x the prior'),
  'init-symmetry.zeros-tanh-rmsprop-germination': f('init-symmetry', P, ['init-symmetry'], 'germination with all-zero tanh and output layers: 1.00, no gradient'),
  'init-symmetry.constant-0.3-sigmoid-variety': f('init-symmetry', P, ['init-symmetry'], 'variety with constant 0.3 sigmoid and softmax layers: 0.41 (healthy 0.00)'),
  'init-symmetry.zeros-elu-momentum-moons': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised elu and output layers: 1.00'),
  'init-symmetry.constant-0.1-tanh-full-batch-flowering': f('init-symmetry', P, ['init-symmetry'], 'flowering with constant 0.1 tanh layers, Nesterov full batch: 0.22 (healthy 0.02-0.04)'),
  'init-symmetry.constant-0.2-leaky-offtype': f('init-symmetry', P, ['init-symmetry'], 'off-type with constant 0.2 leaky and output layers: 0.89 (healthy 0.26-0.46)'),
  'init-scale.normal-std-10-sigmoid-yield': f('init-scale', P, ['init-scale', 'saturated-activation'], 'yield with std-10 sigmoid and output layers: first 1609, ends 453x'),
  'init-scale.uniform-6-elu-flowering': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'flowering with uniform limit 6 elu layers: first 1.8e6, ends 1.1e4x'),
  'init-scale.normal-1e-3-six-relu-variety': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'variety through six relu layers at std 1e-3: flat at 1.00'),
  'init-scale.normal-std-4-tanh-offtype': f('init-scale', P, ['init-scale', 'saturated-activation'], 'off-type with std-4 tanh layers: first 6.6, ends 1.15x'),
  'dead-relu.bias-minus-6-nesterov-flowering': f('dead-relu', P, ['dead-relu'], 'flowering through two relu layers at bias -6: dead, 1.00'),
  'dead-relu.bias-minus-2-four-layer-offtype': f('dead-relu', P, ['dead-relu'], 'off-type through four relu layers at bias -2: layer 4 all dead, 1.01'),
  'dead-relu.bias-minus-10-wide-germination': f('dead-relu', P, ['dead-relu'], 'germination with one 512-unit relu layer at bias -10: 98% dead, 0.27 (healthy 0.01-0.10)'),
  'lr-too-high.adam-0.4-batch-8-offtype': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'off-type with adam 0.4 at batch 8: 91% of relu units dead, 1.00 (refiled from lr-too-high)'),
  'exploding-gradient.raw-kg-ha-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'yield in raw kg/ha as target: 66x the baseline 4.5e5'),
  'exploding-gradient.raw-degree-days-momentum': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'flowering on raw degree days (~1,400): first loss 1.9e10, relu layer then all dead, 10.6x'),
  'exploding-gradient.raw-isolation-metres-sgd-offtype': f('exploding-gradient', P, ['exploding-gradient'], 'off-type on raw isolation metres (to 3,000): first 5.9, ends 1.44x'),
  'nan-loss.raw-flowering-days-sgd-full-batch': f('exploding-gradient', P, ['exploding-gradient', 'lr-too-high'], 'raw features and raw days target, plain SGD full batch: grows to 1e14x, no NaN in 30 epochs (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-sgd-variety': f('vanishing-gradient', P, ['vanishing-gradient'], 'variety through eight sigmoid layers: 1.00'),
  'vanishing-gradient.seven-sigmoid-nesterov-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through seven lecun sigmoid layers: 1.01'),
  'vanishing-gradient.twelve-sigmoid-adam-germination': f('vanishing-gradient', P, ['vanishing-gradient'], 'germination through twelve sigmoid layers: 1.00'),
  'vanishing-gradient.nine-sigmoid-rmsprop-offtype': f('vanishing-gradient', P, ['vanishing-gradient'], 'off-type through nine sigmoid layers: 1.00'),
  'nan-loss.sgd-2.5-batch-1-yield': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'yield with plain SGD lr 2.5 at batch 1: NaN at epoch 1'),
  'nan-loss.momentum-0.95-lr-1-deep-germination': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'germination, three relu layers, momentum 0.95 lr 1: NaN at epoch 1'),
  'nan-loss.constant-3-elu-flowering': f('nan-loss', T, ['nan-loss', 'init-scale', 'exploding-gradient'], 'flowering through four elu layers at constant 3: NaN at epoch 1'),
  'dead-relu.sgd-2-batch-4-yield': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'yield, two relu layers, plain SGD lr 2 at batch 4: NaN at epoch 1 (refiled from dead-relu)'),
  'lr-too-high.momentum-0.6-full-batch-yield': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'yield, tanh, momentum lr 0.6 full batch: min 0.42, NaN at epoch 42 (refiled from lr-too-high)'),
  'lr-too-high.sgd-0.3-batch-4-flowering': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'flowering, tanh, plain SGD lr 0.3 at batch 4: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.nesterov-0.2-batch-16-flowering': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'flowering, relu, Nesterov lr 0.2 at batch 16: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.sgd-plain-0.15-batch-1-germination': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'germination, tanh, plain SGD lr 0.15 at batch 1: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.nesterov-0.97-lr-1-batch-500-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine, tanh, Nesterov 0.97 lr 1 full batch: NaN at epoch 15 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-raw-degree-days-flowering': f('saturated-activation', P, ['saturated-activation'], 'flowering on raw degree days through sigmoid: 100% saturated, 0.99'),
  'saturated-activation.tanh-bias-5-variety': f('saturated-activation', P, ['saturated-activation'], 'variety through tanh layers with bias 5: 100% saturated, 1.02'),
  'saturated-activation.sigmoid-raw-isolation-offtype': f('saturated-activation', P, ['saturated-activation'], 'off-type on raw isolation metres through sigmoid: 84% saturated, 0.75 (healthy 0.26-0.46)'),
  'saturated-activation.tanh-raw-seed-mg-germination': f('saturated-activation', P, ['saturated-activation'], 'germination on raw seed mg and storage years through tanh: 98% saturated, 0.24 (healthy 0.01-0.10)'),
  'saturated-activation.sigmoid-raw-yield-features': f('saturated-activation', P, ['saturated-activation'], 'yield on raw kg N, mm rain, plants/m2 through sigmoid: 95% saturated, 0.32 (healthy 0.12-0.14)'),
  'lr-too-high.rmsprop-0.05-batch-2-offtype': f('lr-too-high', T, ['lr-too-high'], 'off-type with rmsprop 0.05 at batch 2: 0.96 (healthy 0.26-0.46)'),
  'lr-too-high.adam-0.05-batch-4-germination': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'germination with adam 0.05 at batch 4: jumps to 0.42, ends 0.07 with 84% dead (healthy 0.01-0.02)'),
  'oscillating-loss.momentum-0.98-lr-0.2-batch-64-linear-yield': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'linear yield model, momentum 0.98 lr 0.2 at batch 64: climbs from 2.2 to 151 and back, ends 2.57x (refiled from oscillating-loss)'),
  'oscillating-loss.grains-and-mg-sgd-0.6-full-batch-linear': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear germination model with seed weight in mg and grains, plain SGD 0.6 full batch: min 0.83, diverges to 1e44 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-0.95-batch-350-linear-flowering': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear flowering model, plain SGD 0.95 at batch 375: min 0.28, diverges to 4e11 (refiled from oscillating-loss)'),
  'lr-too-low.sgd-1e-5-full-batch-variety': f('lr-too-low', T, ['lr-too-low'], 'variety with plain SGD 1e-5 full batch: 1.26x, never moves'),
  'lr-too-low.adam-3e-7-flowering': f('lr-too-low', T, ['lr-too-low'], 'flowering with adam 3e-7: 1.46 to 1.46'),
  'lr-too-low.nesterov-1e-6-full-batch-yield': f('lr-too-low', T, ['lr-too-low'], 'yield with Nesterov 1e-6 full batch: 2.08 to 2.00'),
  'lr-too-low.rmsprop-1e-7-offtype': f('lr-too-low', T, ['lr-too-low'], 'off-type with rmsprop 1e-7: 4.15x the prior, never moves'),
  'lr-too-low.momentum-5e-6-batch-8-germination': f('lr-too-low', T, ['lr-too-low'], 'germination with momentum 5e-6 at batch 8: ends 0.40 (healthy 0.01-0.10)'),
  'oscillating-loss.momentum-0.97-lr-0.3-full-batch-linear-yield': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear yield model, momentum 0.97 lr 0.3 full batch: swings 0.41-3.06 early and still 0.30-0.33 at the end (healthy linear momentum 0.8 settles at 0.29)'),
  'oscillating-loss.sgd-0.8-batch-16-linear-flowering': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear flowering model, plain SGD 0.8 at batch 16: epoch losses jump between 1.1 and 2e4, ends 3.38'),
  'oscillating-loss.momentum-0.995-lr-0.02-full-batch-relu-germination': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'germination, relu, momentum 0.995 lr 0.02 full batch: swings 0.16-3.1, still 0.26-0.58 after 100 epochs, ends 0.17 (healthy 0.01)'),
  'oscillating-loss.momentum-0.98-lr-3-full-batch-logistic-offtype': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'logistic off-type model, momentum 0.98 lr 3 full batch: swings 0.35-0.68 for 150 epochs (adam settles that model at 0.32)'),
  'loss-plateau.tray-serial-only-offtype': f('loss-plateau', T, ['loss-plateau'], 'off-type from the tray serial only: 0.99'),
  'loss-plateau.plot-number-only-variety': f('loss-plateau', T, ['loss-plateau'], 'variety from the plot number only: 1.00'),
  'loss-plateau.latitude-sow-day-only-flowering': f('loss-plateau', T, ['loss-plateau'], 'days to flowering from latitude only: 1.02'),
  'loss-plateau.weight-decay-5-rmsprop-yield': f('loss-plateau', T, ['loss-plateau'], 'yield with rmsprop weightDecay 5: min 0.65, ends 1.00'),
  'loss-plateau.dropout-0.97-germination': f('loss-plateau', T, ['loss-plateau'], 'germination with dropout 0.97 after a 16-unit layer: 0.99'),
}
TRIMMED = set()
DROPPED = {
  'dead-relu.rmsprop-0.5-variety': 'trained to 0.00 (variety data nearly separable)',
  'lr-out-of-range.rmsprop-lr-3-variety': 'trained to 0.00 despite rmsprop lr 3',
  'exploding-gradient.raw-germination-percent-target-nesterov': 'ends 0.05 of the raw baseline: trained',
  'exploding-gradient.ten-relu-std-0.4-rmsprop-variety': 'trained to 0.00',
  'init-scale.uniform-1e-5-tanh-germination': 'ends 0.10 against healthy 0.01-0.10: too close',
  'vanishing-gradient.ten-tanh-std-0.1-flowering': 'trained to 0.03',
  'nan-loss.raw-yield-target-rmsprop-1': 'no NaN; ends 0.36 of the raw baseline: unclear',
  'no-nonlinearity.spirals-three-linear-nesterov': 'the nonlinear healthy spirals candidate also failed (0.94): no contrast',
  'lr-too-high.adam-0.1-batch-1-bolting-inline': 'trained to 0.00',
  'lr-too-high.adam-0.3-batch-16-variety': 'trained to 0.00',
  'lr-too-high.momentum-0.3-full-batch-tanh-yield': 'early swings, then 0.13 (healthy 0.12-0.14), ends 0.18: unclear',
  'lr-too-high.rmsprop-0.02-batch-8-yield': 'ends 0.17 against 0.12-0.14: too close',
  'lr-too-high.sgd-plain-3-full-batch-iris': 'bumps early, ends 0.04 like healthy iris: neither clearly faulty nor clearly healthy',
  'lr-too-high.sgd-0.6-batch-4-flowering': 'NaN at epoch 1, duplicate of the lr 0.3 one',
  'lr-too-high.nesterov-0.5-batch-8-germination': 'NaN at epoch 1, near duplicate of the other germination NaNs',
  'oscillating-loss.adam-0.3-full-batch-logistic-offtype': 'settles at 0.32',
  'oscillating-loss.adam-0.5-full-batch-linear-flowering': 'settles at the linear optimum 0.26',
  'oscillating-loss.momentum-0.95-lr-2-softmax-regression-variety': 'trains to 0.00',
  'oscillating-loss.nesterov-0.98-lr-0.2-full-batch-linear-flowering': 'settles at 0.26',
  'oscillating-loss.nesterov-0.99-lr-0.1-full-batch-linear-flowering': 'settles at 0.26',
  'oscillating-loss.nesterov-0.98-lr-0.5-full-batch-linear-germination': 'settles at 0.20',
  'oscillating-loss.rmsprop-0.05-full-batch-linear-yield': 'settles at 0.29',
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-germination': 'rings but decays to 0.06-0.08: unclear',
  'oscillating-loss.momentum-0.99-lr-0.3-full-batch-tanh-flowering': 'jitters 0.09-0.14 late, ends 0.06: unclear',
  'ok.spirals-adam-tanh-deep': 'ends 0.94: not healthy',
  'ok.flowering-linear-sgd-full-batch': 'linear optimum 0.26 of the baseline: not far enough below it',
  'ok.yield-momentum-0.8-full-batch-linear': 'linear optimum 0.29 of the baseline: not far enough below it',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 145 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: plant breeding and seed banks: germination.csv (800 viability tests: accession ids, test timestamps; skewed storage years, '
         'seed moisture, storage temperature, seed weight in mg and grains, vigor -> germination %) and germination-na.csv ("NA" moisture), '
         'variety.csv (900 plots -> 5 varieties incl. a rare landrace 40/900; plot number with no effect), offtype.csv (1,000 rogueing '
         'inspections -> rare off-type flag 110/1,000; isolation metres to 3,000; tray serial with no effect), yield.csv (700 trial plots, '
         'semicolon export with decimal commas -> yield in kg/ha and bu/acre), flowering.csv (750 tab-separated nursery rows -> days to '
         'flowering; degree days in the thousands; latitude with no effect), plus builtins iris, moons, circles, spirals, blobs (4), sine, '
         'xor and an inline bolting table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
