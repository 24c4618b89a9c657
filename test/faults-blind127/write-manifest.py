#!/usr/bin/env python3
"""Files the candidates of test/faults-blind127 by what the bare engine showed (observed.txt,
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
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'roast loss with a gelu layer (a PyTorch habit): the parser refuses it'),
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'origin classifier with optimizer "adamw": the parser refuses it'),
  'invalid-spec.keras-loss-name': f('invalid-spec', S, ['invalid-spec'], 'origin classifier with the Keras loss name "categorical_crossentropy": refused'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'cups per hour with batchSize 0: refused'),
  'data-error.na-moisture': f('data-error', S, ['data-error'], 'roast loss from a copy with "NA" moisture cells: does not load'),
  'data-error.store-id-feature': f('data-error', S, ['data-error'], 'cups per hour with the store id "ST-16" as a feature: does not load'),
  'data-error.fahrenheit-column-typo': f('data-error', S, ['data-error'], 'roast loss naming "charge_temp_F" for the header\'s charge_temp_f: does not load'),
  'data-error.target-wait-sec-typo': f('data-error', S, ['data-error'], 'queue wait with target "wait_sec" for the header\'s wait_s: does not load'),
  'shape-mismatch.origin-six-heads': f('shape-mismatch', S, ['shape-mismatch'], 'five origins with six softmax heads: engine refuses'),
  'shape-mismatch.wait-seconds-and-minutes-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'two target columns (wait seconds and minutes) into one output: engine refuses'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four blobs with three softmax heads: engine refuses'),
  'loss-activation-mismatch.sigmoid-heads-cce-origin': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'origin with five sigmoid heads under cce: loss falls to 0.00 while accuracy is 0.28 (healthy 0.98)'),
  'loss-activation-mismatch.softmax-one-unit-bce-defect': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'defect flag through a one-unit softmax under bce: constant output, 53x the prior'),
  'loss-activation-mismatch.relu-head-standardized-cups': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized cups target through a relu output: 0.63 (healthy 0.06-0.14)'),
  'loss-activation-mismatch.sigmoid-head-standardized-roast': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized roast loss through a sigmoid output: 0.59 (healthy 0.02-0.06)'),
  'loss-activation-mismatch.softmax-head-mse-regression': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'queue wait regression through a one-unit softmax: stuck at 2.00x'),
  'no-nonlinearity.circles-linear-adam-dropout': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through linear layers with dropout: 0.97'),
  'no-nonlinearity.sine-linear-tower-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through three linear layers: 0.37 (healthy 0.00)'),
  'no-nonlinearity.xor-linear-nesterov-full': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through a linear layer: 1.00'),
  'no-nonlinearity.spirals-linear-bn-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through linear batch-normalized layers: 0.92'),
  'no-nonlinearity.cupping-linear-sgd-batch-1': f('no-nonlinearity', S, ['no-nonlinearity'], 'inline cupping table (sweet band in the middle) through linear layers: 0.95 (healthy 0.00)'),
  'lr-out-of-range.adam-lr-10-origin': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'origin with adam lr 10: first 850, ends 8.8x'),
  'lr-out-of-range.sgd-1e-8-sales': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'cups with SGD lr 1e-8: never moves from 2.62'),
  'lr-out-of-range.rmsprop-lr-50-defect': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'defect with rmsprop lr 50: 142x the prior'),
  'lr-out-of-range.negative-momentum-lr-roast': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'roast with momentum SGD lr -0.01: the parser refuses it'),
  'lr-out-of-range.nesterov-lr-25-queue': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'queue wait with Nesterov lr 25: NaN at epoch 1'),
  'init-symmetry.zeros-relu-momentum-roast': f('init-symmetry', P, ['init-symmetry'], 'roast with zero-initialised relu layers: 1.00'),
  'init-symmetry.zeros-tanh-nesterov-spirals': f('init-symmetry', P, ['init-symmetry'], 'spirals with zero-initialised tanh layers: 1.00'),
  'init-symmetry.constant-0.5-tanh-adam-origin': f('init-symmetry', P, ['init-symmetry'], 'origin with constant-0.5 tanh layer (one effective unit): 0.30, acc 0.86 (healthy 0.03, 0.98)'),
  'init-symmetry.zeros-sigmoid-sgd-moons': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised sigmoid layer: 0.30, acc 0.88 (healthy 0.00)'),
  'init-symmetry.constant-0.2-elu-rmsprop-sales': f('init-symmetry', P, ['init-symmetry'], 'cups with constant-0.2 elu layers: first 31.9, ends 0.46, a linear model\'s level (healthy 0.06-0.14)'),
  'init-scale.normal-std-10-sigmoid-defect': f('init-scale', P, ['init-scale', 'saturated-activation'], 'defect with std-10 sigmoid layers: 7.6x the prior'),
  'init-scale.uniform-20-tanh-queue': f('init-scale', P, ['init-scale', 'saturated-activation'], 'queue with uniform limit 20 tanh: first 2557, ends 17x'),
  'init-scale.normal-1e-5-relu-six-sales': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: flat at 1.00'),
  'init-scale.normal-std-4-relu-origin': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'origin with std-4 relu layers: first 1.3e6, ends 3299x'),
  'init-scale.uniform-1e-3-sigmoid-circles': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'five tanh layers at uniform 1e-3 on circles (slug says sigmoid; the layers are tanh): 1.00'),
  'dead-relu.bias-minus-6-adam-sales': f('dead-relu', P, ['dead-relu'], 'cups with relu layers at bias -6: 1.00'),
  'dead-relu.bias-minus-4-deep-spirals': f('dead-relu', P, ['dead-relu'], 'spirals through four relu layers at bias -4: 1.00'),
  'dead-relu.bias-minus-20-wide-defect': f('dead-relu', P, ['dead-relu'], 'defect with one 512-unit relu layer at bias -20: 1.00'),
  'dead-relu.adam-0.5-batch-16-origin': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'origin with adam 0.5 at batch 16: layer-2 relu 98% dead, ends 1.04, acc 0.29'),
  'exploding-gradient.raw-cups-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'cups per hour in raw counts as target: 9.2x the baseline 334'),
  'exploding-gradient.raw-altitude-origin-sgd': f('exploding-gradient', P, ['exploding-gradient'], 'origin on raw altitude metres: first 209, ends 0.91, acc 0.52'),
  'exploding-gradient.raw-wait-seconds-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'queue wait in raw seconds as target: 1.96x the baseline'),
  'exploding-gradient.ten-relu-std-0.45-queue': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'ten relu layers at std 0.45: first 1105, ends 3.6x'),
  'nan-loss.raw-fahrenheit-target-sgd-full': f('exploding-gradient', P, ['exploding-gradient'], 'raw features and raw roast-loss target, SGD full batch: ends 1.8e11x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-sgd-roast': f('vanishing-gradient', P, ['vanishing-gradient'], 'roast through eight sigmoid layers: 1.02'),
  'vanishing-gradient.six-sigmoid-lecun-defect': f('vanishing-gradient', P, ['vanishing-gradient'], 'defect through six sigmoid layers: 1.00'),
  'vanishing-gradient.ten-sigmoid-rmsprop-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through ten sigmoid layers: 1.00'),
  'vanishing-gradient.nine-tanh-std-0.02-blobs': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'blobs through nine tanh layers at std 0.02: 1.00'),
  'vanishing-gradient.seven-sigmoid-adam-origin': f('vanishing-gradient', P, ['vanishing-gradient'], 'origin through seven sigmoid layers: 0.76, acc 0.59 (healthy 0.98)'),
  'nan-loss.momentum-0.95-lr-1-sales': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'cups with momentum 0.95 lr 1: NaN at epoch 1'),
  'nan-loss.raw-wait-target-nesterov-0.01': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw wait-seconds target with Nesterov 0.01: NaN at epoch 1'),
  'nan-loss.sgd-1.5-batch-2-roast-elu': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'roast with plain SGD 1.5 at batch 2: NaN at epoch 1'),
  'dead-relu.sgd-plain-0.8-batch-4-roast': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'roast with plain SGD 0.8 at batch 4: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.raw-fahrenheit-density-roast-momentum': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw °F and density features with momentum 1e-4: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.nesterov-0.5-m0.95-queue': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'queue with Nesterov 0.5 momentum 0.95: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.nesterov-0.97-lr-0.4-batch-500-tanh-roast': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'roast with Nesterov 0.97 lr 0.4 at batch 500: min 0.19 at epoch 2, then grows to NaN at epoch 32 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-bias-8-sales': f('saturated-activation', P, ['saturated-activation'], 'cups through sigmoid layers with bias 8: 0.57 (healthy 0.06-0.14)'),
  'saturated-activation.sigmoid-raw-fahrenheit-roast': f('saturated-activation', P, ['saturated-activation'], 'roast on raw °F and density through sigmoid: 1.00'),
  'saturated-activation.tanh-raw-altitude-origin': f('saturated-activation', P, ['saturated-activation'], 'origin on raw altitude through tanh: 0.57, acc 0.71 (healthy 0.03, 0.98)'),
  'saturated-activation.tanh-raw-drop-temp-defect': f('saturated-activation', P, ['saturated-activation'], 'defect on raw drop temperature through tanh: 1.00'),
  'saturated-activation.tanh-std-3-queue': f('saturated-activation', P, ['saturated-activation', 'init-scale'], 'queue through a std-3 tanh layer: 0.24 (healthy 0.02-0.04)'),
  'nan-loss.raw-price-features-sgd-0.1': f('saturated-activation', P, ['saturated-activation'], 'origin on raw features through tanh with SGD 0.1: 1.03, acc 0.29, no NaN (refiled from nan-loss)'),
  'lr-too-high.sgd-plain-1.2-batch-4-origin': f('lr-too-high', T, ['lr-too-high'], 'origin with plain SGD 1.2 at batch 4: min 0.36, ends 0.77 (healthy 0.03)'),
  'lr-too-high.rmsprop-0.05-batch-1-sales': f('lr-too-high', T, ['lr-too-high'], 'cups with rmsprop 0.05 at batch 1: 1.10'),
  'lr-too-high.momentum-2-batch-8-defect': f('lr-too-high', T, ['lr-too-high'], 'defect with momentum SGD lr 2 at batch 8: 7.1x the prior'),
  'lr-too-high.rmsprop-0.2-batch-8-spirals': f('lr-too-high', T, ['lr-too-high'], 'spirals with rmsprop 0.2 at batch 8: min 0.40, ends 0.72 (healthy 0.00)'),
  'lr-too-low.adam-2e-6-origin': f('lr-too-low', T, ['lr-too-low'], 'origin with adam 2e-6: 1.39, barely moves'),
  'lr-too-low.sgd-1e-4-full-batch-sales': f('lr-too-low', T, ['lr-too-low'], 'cups with SGD 1e-4 full batch: 2.62 to 2.38'),
  'lr-too-low.rmsprop-1e-6-roast': f('lr-too-low', T, ['lr-too-low'], 'roast with rmsprop 1e-6: 4.55 to 4.41'),
  'lr-too-low.nesterov-1e-5-spirals': f('lr-too-low', T, ['lr-too-low'], 'spirals with Nesterov 1e-5: 0.98'),
  'lr-too-low.momentum-3e-5-queue-batch-8': f('lr-too-low', T, ['lr-too-low'], 'queue with momentum 3e-5 at batch 8: still falling at 0.16 after 40 epochs (healthy 0.02-0.04)'),
  'oscillating-loss.momentum-0.99-lr-0.02-full-batch-linear-roast': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear roast model, momentum 0.99 full batch: swings 0.05-3.17 with a ~16-epoch period, ends 0.31'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-sales': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear cups model, momentum 0.99 full batch: swings 0.47-1.67, ends 0.65'),
  'oscillating-loss.momentum-0.99-lr-0.1-full-batch-tanh-queue': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'small tanh queue model, momentum 0.99 full batch: swings 0.34-0.91 epoch to epoch, ends 0.17 (healthy 0.02)'),
  'oscillating-loss.momentum-0.95-lr-0.3-batch-64-origin': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'origin with momentum 0.95 lr 0.3 at batch 64: falls to 0.03, then swings up to 0.51 and ends 0.11'),
  'loss-plateau.cupping-table-only-origin': f('loss-plateau', T, ['loss-plateau'], 'origin from the cupping table number only: 0.99'),
  'loss-plateau.airflow-only-defect': f('loss-plateau', T, ['loss-plateau'], 'defect flag from airflow % only (a weak input): 0.98'),
  'loss-plateau.batch-kg-only-roast': f('loss-plateau', T, ['loss-plateau'], 'roast loss from batch size kg only: 1.00'),
  'loss-plateau.weight-decay-5-sgd-sales': f('loss-plateau', T, ['loss-plateau'], 'cups with momentum SGD weightDecay 5: 1.00'),
  'loss-plateau.clipnorm-1e-5-nesterov-roast': f('loss-plateau', T, ['loss-plateau'], 'roast with clipNorm 1e-5: 3.49, never moves'),
}
TRIMMED = {'invalid-spec.dropout-rate-1', 'invalid-spec.units-as-string', 'data-error.roaster-id-feature', 'data-error.absolute-path-outside',
           'data-error.till-ts-feature', 'shape-mismatch.iris-two-output-bce', 'shape-mismatch.cups-two-outputs'}
DROPPED = {
  'loss-activation-mismatch.tanh-head-bce-cupping': 'tanh output under bce trained to 0.01, acc 1.00',
  'lr-too-high.adam-0.3-batch-16-roast': 'min 0.03, ends 0.06 against healthy 0.02-0.03: too close',
  'loss-plateau.dropout-0.95-queue': 'noisy 1.3-1.7, unclear whether plateau or instability',
  'oscillating-loss.adam-0.1-batch-8-sine-tanh': 'noisy but trains to 0.007',
  'oscillating-loss.adam-0.3-full-batch-linear-sales-minmax': 'settles at 0.44',
  'oscillating-loss.adam-0.5-full-batch-linear-roast': 'damped swings, settles at 0.03',
  'oscillating-loss.adam-1-full-batch-linear-queue': 'damped swings, settles at 0.21',
  'oscillating-loss.momentum-0.98-lr-1-full-batch-logistic-defect': 'slow monotone rise from 0.19 to 0.38, no oscillation',
  'oscillating-loss.nesterov-0.995-lr-0.5-full-batch-logistic-defect': 'slow monotone rise from 0.18 to 0.35, no oscillation',
  'oscillating-loss.momentum-0.99-lr-0.03-batch-100-tanh-sales': 'noisy early, then drifts down to 0.31: unclear',
  'oscillating-loss.nesterov-0.99-lr-0.1-full-batch-linear-queue': 'damped, settles at 0.21',
  'oscillating-loss.rmsprop-0.02-full-batch-linear-queue': 'smooth descent to 0.21',
  'oscillating-loss.sgd-plain-1.05-full-batch-minmax-linear-queue': 'plain divergence from epoch 1 (NaN at 83), no oscillation; a duplicate of the nan-loss shapes',
  'ok.sales-linear-adam-full-batch': 'linear model floor 0.44: not clearly healthy',
  'ok.sales-rmsprop-elu-val': 'ends 0.25: not clearly healthy',
  'ok.sales-nesterov-relu-bn-decay': 'min 0.19, ends 0.22: not clearly healthy',
  'ok.circles-nesterov-leaky-bn': 'reaches 0.03 but ends 0.18: swings',
  'ok.sine-rmsprop-elu': 'reaches 0.01 but ends 0.11: swings',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 127 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low, plateau and borderline healthy candidates (observed-curves.txt). '
         'Theme: coffee roasters and cafés: roast.csv (1,000 roast batches: batch ids, roast timestamps, roaster ids; charge temperature in °C and °F, '
         'roast minutes, bean moisture %, batch kg, ambient °C, bean density g/l -> roast weight loss %) and roast-na.csv ("NA" moisture), '
         'defect.csv (1,100 batches -> rare roast defect 88/1,100; drop temperature, rate of rise, development %, moisture, airflow, gas kW; '
         'roaster serial), origin.csv (900 green lots -> ethiopia/colombia/brazil/sumatra/rare yemen 35; altitude m, density, moisture, acidity, '
         'price per kg, screen size; cupping table with no effect), sales.csv (1,000 store-hours, semicolon export with decimal commas, store ids '
         'and till timestamps -> cups sold per hour; grinder kWh), queue.csv (900 tab-separated orders -> skewed queue wait in seconds and minutes), '
         'plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline cupping table. Data by data/generate.ts; specs by author.ts; '
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
