#!/usr/bin/env python3
"""Files the candidates of test/faults-blind190 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'longevity regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'family classifier with activation "gelu"'),
  'invalid-spec.mae-loss-price': f('invalid-spec', S, ['invalid-spec'], 'bottle price regression with loss "mae"'),
  'invalid-spec.dropout-rate-1.5': f('invalid-spec', S, ['invalid-spec'], 'skin reaction classifier with dropout rate 1.5'),
  'invalid-spec.units-zero-hidden': f('invalid-spec', S, ['invalid-spec'], 'panel score regression with a 0-unit hidden layer'),
  'invalid-spec.sparse-cce-keras-name': f('invalid-spec', S, ['invalid-spec'], 'family classifier with the Keras loss name sparse_categorical_crossentropy'),
  'data-error.na-evap-rate': f('data-error', S, ['data-error'], 'longevity regression reading the copy with "NA" evap_rate cells'),
  'data-error.formula-id-feature': f('data-error', S, ['data-error'], 'longevity regression with the text formula_id ("FRM-3100") in features'),
  'data-error.logged-at-feature': f('data-error', S, ['data-error'], 'longevity regression with the logged_at timestamp text in features'),
  'data-error.oil-percent-typo': f('data-error', S, ['data-error'], 'skin reaction classifier with feature "oil_percent"; the header says oil_pct'),
  'data-error.panelist-id-feature': f('data-error', S, ['data-error'], 'skin reaction classifier with the panelist_id text in features'),
  'data-error.target-column-misnamed': f('data-error', S, ['data-error'], 'panel regression with target "score"; the header says panel_score'),
  'data-error.price-file-wrong-case': f('data-error', S, ['data-error'], 'price regression pointing at Prices.csv, which does not exist (price.csv)'),
  'shape-mismatch.panel-score-and-pct-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'panel score and panel percent as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four accord blobs with a 3-unit softmax'),
  'shape-mismatch.sine-two-outputs': f('shape-mismatch', S, ['shape-mismatch'], 'sine regression with two output units'),
  'shape-mismatch.family-four-heads': f('shape-mismatch', S, ['shape-mismatch'], 'family classifier with a 4-unit softmax; the rare fougere class makes 5'),
  'loss-activation-mismatch.one-unit-softmax-bce-reaction': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'skin reaction with a 1-unit softmax under bce: constant output, 102x the prior'),
  'loss-activation-mismatch.tanh-head-bce-moons': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'moons with a tanh output under bce: first 7.9, ends 0.09 of the prior (healthy 0.00-0.02)'),
  'loss-activation-mismatch.sigmoid-head-raw-panel-score': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'raw 0-10 panel score through a sigmoid output: 38x the baseline'),
  'loss-activation-mismatch.relu-head-standardized-longevity': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized longevity through a relu output: 0.55 (healthy 0.09-0.12)'),
  'loss-activation-mismatch.sigmoid-heads-cce-family': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'family with five sigmoid outputs under cce: loss near 0 but accuracy 0.45 (healthy 0.99+)'),
  'no-nonlinearity.circles-three-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through linear layers: 1.00'),
  'no-nonlinearity.xor-linear-bn-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through linear batch-normalized layers: 1.00'),
  'no-nonlinearity.moons-linear-dropout-momentum': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through linear layers with dropout: 0.33, acc 0.90 (healthy 0.00-0.02)'),
  'no-nonlinearity.spirals-linear-nesterov-full': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through three linear layers, full batch: 0.96'),
  'lr-out-of-range.adam-lr-10-family': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'family with adam lr 10: first 390, ends 0.28 (healthy 0.00-0.02)'),
  'lr-out-of-range.rmsprop-1e-10-longevity': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'longevity with rmsprop 1e-10: never moves from 5.44'),
  'lr-out-of-range.nesterov-lr-40-panel': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'panel with Nesterov lr 40: NaN at epoch 1'),
  'lr-out-of-range.sgd-plain-lr-25-price': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'price with plain SGD lr 25: NaN at epoch 1'),
  'init-symmetry.zeros-tanh-rmsprop-family': f('init-symmetry', P, ['init-symmetry'], 'family with zero-initialised tanh and softmax layers: 1.00'),
  'init-symmetry.constant-0.5-sigmoid-momentum-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with constant-0.5 sigmoid layers: 1.00'),
  'init-symmetry.zeros-elu-adam-spirals': f('init-symmetry', P, ['init-symmetry'], 'spirals with zero-initialised elu layers: 1.00'),
  'init-symmetry.zeros-sigmoid-sgd-xor': f('init-symmetry', P, ['init-symmetry'], 'xor with zero-initialised sigmoid layers: 1.02'),
  'init-scale.normal-std-10-sigmoid-family': f('init-scale', P, ['init-scale', 'saturated-activation'], 'family with std-10 sigmoid layers: first 63, ends 6.98x'),
  'init-scale.uniform-6-elu-longevity': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'longevity with uniform limit 6 elu layers: first 5.9e9, ends 1.2e7x'),
  'init-scale.normal-1e-5-six-relu-panel': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: flat at 1.00'),
  'init-scale.uniform-1e-3-seven-tanh-reaction': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'seven tanh layers at uniform 1e-3: flat at 1.00 of the prior'),
  'dead-relu.bias-minus-8-two-layer-price': f('dead-relu', P, ['dead-relu'], 'price with two relu layers at bias -8: all dead, 1.00'),
  'dead-relu.bias-minus-4-deep-nesterov-spirals': f('dead-relu', P, ['dead-relu'], 'spirals through four relu layers at bias -4: all dead, 1.00'),
  'dead-relu.bias-minus-6-wide-family': f('dead-relu', P, ['dead-relu'], 'family with one 200-unit relu layer at bias -6: 93% dead, 0.53 (healthy 0.00-0.02)'),
  'dead-relu.adam-0.4-batch-16-panel': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'panel with adam 0.4 at batch 16: first 218, layer-2 relu 92% dead, ends 0.19 (healthy 0.11-0.14)'),
  'nan-loss.nesterov-lr-3-relu-family': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'family with Nesterov lr 3: first 1.8e30, layer-2 relu 100% dead, ends 1.09 (refiled from nan-loss)'),
  'nan-loss.rmsprop-raw-batch-ml-target-lr-1': f('dead-relu', T, ['dead-relu', 'lr-too-high', 'exploding-gradient'], 'raw features and target with rmsprop 1: first 1.3e9, relu layer 100% dead, ends 1.13x (refiled from nan-loss)'),
  'exploding-gradient.raw-price-euros-target': f('exploding-gradient', P, ['exploding-gradient'], 'bottle price in raw euros as target: first 2.4e5, gradients to 1.9e4, ends 0.17 of the baseline (healthy 0.03-0.08 standardized)'),
  'exploding-gradient.raw-coumarin-ppm-family': f('exploding-gradient', P, ['exploding-gradient', 'saturated-activation'], 'family on raw coumarin ppm and euros: first 2318, ends 2.78x'),
  'exploding-gradient.raw-linalool-ppm-reaction': f('exploding-gradient', P, ['exploding-gradient', 'saturated-activation', 'dead-relu'], 'skin reaction on raw ppm features: first 76, elu layer all negative, ends 1.00'),
  'exploding-gradient.raw-panel-pct-target-elu': f('exploding-gradient', P, ['exploding-gradient'], 'panel percent as raw target: 33x the baseline'),
  'vanishing-gradient.eight-sigmoid-sgd-longevity': f('vanishing-gradient', P, ['vanishing-gradient'], 'longevity through eight sigmoid layers: 1.01'),
  'vanishing-gradient.nine-sigmoid-rmsprop-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through nine sigmoid layers: 1.00'),
  'vanishing-gradient.seven-sigmoid-momentum-reaction': f('vanishing-gradient', P, ['vanishing-gradient'], 'skin reaction through seven sigmoid layers: 1.00'),
  'vanishing-gradient.ten-sigmoid-nesterov-panel': f('vanishing-gradient', P, ['vanishing-gradient'], 'panel through ten sigmoid layers: 1.01'),
  'nan-loss.sgd-5-batch-1-panel': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'panel with plain SGD lr 5 at batch 1: NaN at epoch 1'),
  'nan-loss.raw-price-target-sgd-0.05': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw euro price target with SGD 0.05: NaN at epoch 1'),
  'nan-loss.constant-3-elu-deep-longevity': f('nan-loss', T, ['nan-loss', 'init-scale', 'exploding-gradient'], 'five elu layers at constant 3: NaN at epoch 1'),
  'nan-loss.momentum-lr-1-batch-2-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine with momentum lr 1 at batch 2: NaN at epoch 1'),
  'dead-relu.sgd-plain-lr-1-batch-4-longevity': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'longevity with plain SGD lr 1 at batch 4: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.raw-batch-ml-longevity': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'longevity on raw batch ml features: NaN at epoch 1 (refiled from exploding-gradient)'),
  'exploding-gradient.ten-relu-std-0.45-panel': f('nan-loss', T, ['nan-loss', 'exploding-gradient', 'init-scale'], 'ten relu layers at std 0.45: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.momentum-0.95-lr-0.4-price': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'price with momentum 0.95 lr 0.4: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.sgd-plain-2-batch-8-panel': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'panel with plain SGD 2 at batch 8: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.sgd-plain-1.0-full-batch-linear-longevity': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear longevity, plain SGD 1.0 full batch: grows until NaN at epoch 85 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-raw-ppm-reaction': f('saturated-activation', P, ['saturated-activation'], 'skin reaction on raw ppm through sigmoid: all saturated, 1.00'),
  'saturated-activation.tanh-raw-coumarin-family': f('saturated-activation', P, ['saturated-activation'], 'family on raw coumarin ppm through tanh: 98% saturated, 0.12 (healthy 0.00-0.02)'),
  'saturated-activation.tanh-raw-batch-ml-longevity': f('saturated-activation', P, ['saturated-activation'], 'longevity on raw batch ml through tanh: all saturated, 1.04'),
  'saturated-activation.sigmoid-raw-bottle-ml-price': f('saturated-activation', P, ['saturated-activation'], 'price on raw bottle ml through sigmoid: all saturated, 1.09'),
  'saturated-activation.tanh-bias-minus-7-bn-off-reaction': f('saturated-activation', P, ['saturated-activation'], 'skin reaction through tanh layers at bias -7: all saturated, 1.01'),
  'lr-too-high.adam-0.3-batch-16-family': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'family with adam 0.3 at batch 16: spikes to 4.33, swings, ends 0.04 (healthy 0.00-0.02)'),
  'lr-too-high.rmsprop-0.5-blobs4-batch-32': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'blobs with rmsprop 0.5: swings 0.30-1.58, ends 0.22 (healthy 0.10)'),
  'lr-too-high.nesterov-0.5-batch-4-iris': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'iris with Nesterov 0.5 at batch 4: up to 2.7e9, ends 1.7e6x, no NaN'),
  'lr-too-high.adam-0.15-batch-1-reaction': f('lr-too-high', T, ['lr-too-high'], 'skin reaction with adam 0.15 at batch 1: 1.04 of the prior (healthy 0.60-0.72)'),
  'lr-too-high.rmsprop-0.05-batch-2-longevity': f('lr-too-high', T, ['lr-too-high'], 'longevity with rmsprop 0.05 at batch 2: stuck 0.35-0.43 (healthy 0.09-0.12)'),
  'oscillating-loss.sgd-plain-0.6-full-batch-linear-longevity': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear longevity with correlated oil/ethanol, SGD 0.6 full batch: min 0.42, grows to 1.7e29, no NaN (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-0.8-oil-and-ethanol-linear': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear longevity on oil and ethanol %, SGD 0.8 full batch: grows to 3.8e73, no NaN (refiled from oscillating-loss)'),
  'lr-too-low.sgd-plain-1e-5-family': f('lr-too-low', T, ['lr-too-low'], 'family with plain SGD 1e-5: 3.44 to 3.30'),
  'lr-too-low.rmsprop-1e-6-price': f('lr-too-low', T, ['lr-too-low'], 'price with rmsprop 1e-6: 4.48 to 4.37'),
  'lr-too-low.adam-3e-6-panel-batch-64': f('lr-too-low', T, ['lr-too-low'], 'panel with adam 3e-6: 0.97 to 0.90'),
  'lr-too-low.momentum-1e-6-circles': f('lr-too-low', T, ['lr-too-low'], 'circles with momentum 1e-6: 1.03, never moves'),
  'lr-too-low.nesterov-1e-5-longevity-full': f('lr-too-low', T, ['lr-too-low'], 'longevity full batch Nesterov 1e-5: 4.09 to 3.09'),
  'oscillating-loss.sgd-plain-0.5-batch-100-linear-longevity': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear longevity, plain SGD 0.5 at batch 100: swings 0.12-0.55 all run (same model at 0.3: steady 0.12)'),
  'oscillating-loss.sgd-plain-40-full-batch-logistic-reaction': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'logistic skin reaction, SGD 40 full batch: swings 0.13-0.39 all run, ends 1.27x (same model at rmsprop: 0.72)'),
  'oscillating-loss.momentum-0.99-lr-0.05-batch-200-linear-longevity': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear longevity, momentum 0.99 at batch 200: alternates 0.21-0.63 for 50+ epochs, ends 0.13'),
  'oscillating-loss.momentum-0.9-lr-0.15-batch-50-linear-price': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear price, momentum lr 0.15 at batch 50: swings 0.25-0.85 all run, ends 0.37'),
  'loss-plateau.locker-no-only-reaction': f('loss-plateau', T, ['loss-plateau'], 'skin reaction from the locker number only: 1.00'),
  'loss-plateau.bench-no-only-family': f('loss-plateau', T, ['loss-plateau'], 'family from the lab bench number only: 1.00'),
  'loss-plateau.hour-and-room-only-panel': f('loss-plateau', T, ['loss-plateau'], 'panel score from hour and room temperature only: 1.00'),
  'loss-plateau.weight-decay-5-rmsprop-longevity': f('loss-plateau', T, ['loss-plateau'], 'longevity with rmsprop weightDecay 5: min 0.36, climbs back to 1.00'),
  'loss-plateau.clipnorm-1e-7-sgd-price': f('loss-plateau', T, ['loss-plateau', 'lr-too-low'], 'price with clipNorm 1e-7: 2.11, never moves'),
  'loss-plateau.dropout-0.97-panel': f('loss-plateau', T, ['loss-plateau'], 'panel with dropout 0.97: first 65, ends 0.89 (healthy 0.11-0.14)'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.reaction-two-sigmoid-heads': 'the engine accepted two sigmoid heads for the binary target and trained to 0.65 of the prior like the healthy specs',
  'loss-activation-mismatch.softmax-head-mse-iris': 'softmax head under mse trained to acc 0.97',
  'init-symmetry.constant-0.2-tanh-nesterov-iris': 'trained to 0.06 against healthy 0.03: too close',
  'init-scale.normal-std-4-tanh-moons': 'trained to 0.00',
  'vanishing-gradient.twelve-tanh-std-0.03-family': 'ends 0.42 with gradients up to 3.9 in the first layer: not clearly vanishing',
  'saturated-activation.sigmoid-bias-9-panel': 'ends 0.19 against 0.11-0.14: too close',
  'oscillating-loss.adam-0.3-full-batch-linear-panel': 'settles at 0.16',
  'oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-panel': 'settles at 0.16',
  'oscillating-loss.nesterov-0.97-lr-0.2-batch-400-linear-price': 'settles at 0.20',
  'oscillating-loss.rmsprop-0.05-batch-250-tanh-family': 'trains to 0.00',
  'oscillating-loss.rmsprop-0.5-batch-250-tanh-family': 'periodic spikes to 0.99 from 1e-4 but ends 0.00: unclear',
  'oscillating-loss.sgd-plain-8-full-batch-logistic-reaction': 'settles at 0.71',
  'oscillating-loss.sgd-plain-20-batch-600-logistic-reaction': 'settles at 0.72',
  'ok.price-sgd-plain-sigmoid-full-batch': 'spikes to 189 in the first epochs, ends 0.20: not healthy',
  'ok.circles-momentum-relu-bn': 'swings 0.04-0.22 late in the run: not clearly healthy',
  'ok.panel-sgd-plain-elu-batch-2': 'ends 0.15 against 0.11-0.14: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 190 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: perfumers and fragrance houses: longevity.csv (1,000 formulas: formula ids, timestamps; oil %, maceration days, base notes %, '
         'evaporation rate, ethanol %, skewed batch ml -> longevity hours) and longevity-na.csv ("NA" evaporation rates), family.csv (1,000 accords -> '
         'floral/woody/citrus/oriental/rare fougere 55; coumarin ppm, skewed bottle euros; lab bench number with no effect), reaction.csv (1,200 patch '
         'tests -> rare skin reaction 42/1,200; skewed linalool and limonene ppm; locker number with no effect), price.csv (800 SKUs, semicolon '
         'export with decimal commas -> skewed bottle price in euros), panel.csv (900 tab-separated evaluations -> panel score 0-10 and percent), '
         'plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline blotter sillage table. Data by data/generate.ts; specs by '
         'author.ts; filing by write-manifest.py. See README.md.')

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
