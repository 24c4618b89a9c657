#!/usr/bin/env python3
"""Files the candidates of test/faults-blind141 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'furnace energy regression with optimizer "adamw" (PyTorch habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'glass colour classifier with activation "gelu"'),
  'invalid-spec.keras-loss-name': f('invalid-spec', S, ['invalid-spec'], 'stone-inclusion classifier with the Keras loss name "binary_crossentropy"'),
  'invalid-spec.dropout-rate-1.5': f('invalid-spec', S, ['invalid-spec'], 'gob weight regression with dropout rate 1.5'),
  'invalid-spec.zero-units': f('invalid-spec', S, ['invalid-spec'], 'downtime regression with a 0-unit dense layer'),
  'data-error.na-furnace-c': f('data-error', S, ['data-error'], 'furnace energy reading the historian copy with "NA" furnace_c cells'),
  'data-error.mould-id-feature': f('data-error', S, ['data-error'], 'furnace energy with the text mould_id ("M-17") in features'),
  'data-error.shift-ts-feature': f('data-error', S, ['data-error'], 'furnace energy with the shift timestamp text in features'),
  'data-error.cullet-percent-typo': f('data-error', S, ['data-error'], 'colour classifier with feature "cullet_percent"; the header says cullet_pct'),
  'data-error.feeder-text-feature-gob': f('data-error', S, ['data-error'], 'gob weight (semicolon file) with the feeder text "FD-1" in features'),
  'data-error.target-kwh-misnamed': f('data-error', S, ['data-error'], 'furnace energy with target "energy_kwh"; the header says energy_kwh_t'),
  'data-error.missing-2023-export': f('data-error', S, ['data-error'], 'downtime regression pointing at downtime_2023.csv, which does not exist'),
  'shape-mismatch.colour-three-heads-no-cobalt': f('shape-mismatch', S, ['shape-mismatch'], 'colour classifier with a 3-unit softmax; the rare cobalt class makes 4'),
  'shape-mismatch.energy-and-crown-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'energy and crown temperature as two targets, one output unit'),
  'shape-mismatch.blobs4-two-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four mould blobs with a 2-unit softmax head'),
  'loss-activation-mismatch.single-softmax-bce-stone': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'stone flag with a 1-unit softmax output under bce (always 1): 50.7x the prior, never moves'),
  'loss-activation-mismatch.relu-head-standardized-gob': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized gob weight through a relu output: ends 0.41 (healthy gob 0.00-0.01)'),
  'loss-activation-mismatch.sigmoid-head-standardized-energy': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized furnace energy through a sigmoid output: ends 0.57 (healthy 0.01-0.03)'),
  'no-nonlinearity.spirals-linear-adam-full-batch': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through two linear layers, adam full batch: 0.96'),
  'no-nonlinearity.xor-linear-bn-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through a linear batch-normalized layer: 0.99'),
  'no-nonlinearity.circles-linear-dropout-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through linear layers with dropout: 1.00'),
  'no-nonlinearity.moons-linear-momentum-full-batch': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through two linear layers, momentum full batch: 0.33, acc 0.91 (healthy 0.00-0.10)'),
  'lr-out-of-range.nesterov-lr-40-gob': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'gob weight with Nesterov lr 40: NaN at epoch 1'),
  'lr-out-of-range.adam-1e-9-stone': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'stone flag with adam lr 1e-9: 2.28x the prior, never moves'),
  'lr-out-of-range.negative-momentum-downtime': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'downtime with momentum SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-adam-gob': f('init-symmetry', P, ['init-symmetry'], 'gob weight with all-zero relu layers: 1.00, hidden units dead and identical'),
  'init-symmetry.constant-0.3-tanh-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with constant-0.3 tanh layer: every unit identical, 1.00'),
  'init-symmetry.zeros-sigmoid-moons-rmsprop': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised sigmoid layers: acts as one unit, 0.35 (healthy 0.00-0.10)'),
  'init-symmetry.constant-0.1-elu-colour': f('init-symmetry', P, ['init-symmetry'], 'colour with constant-0.1 elu and softmax layers: 0.08, acc 0.96 (healthy 0.00)'),
  'init-scale.normal-std-10-sigmoid-stone': f('init-scale', P, ['init-scale', 'saturated-activation'], 'stone flag with std-10 sigmoid layers: first 3.49, ends 3.84x the prior'),
  'init-scale.uniform-1e-5-six-relu-furnace': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at uniform 1e-5: flat at 1.00'),
  'nan-loss.constant-1-relu-deep-gob': f('init-scale', P, ['init-scale', 'exploding-gradient', 'dead-relu'], 'five relu layers at constant 1: first loss 1.5e17, then dead at 1.00 (refiled from nan-loss, no NaN)'),
  'dead-relu.adam-0.6-batch-4-furnace': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'furnace energy with adam 0.6 at batch 4: layer-2 relu 100% dead, ends 1.04'),
  'dead-relu.bias-minus-4-three-layer-downtime': f('dead-relu', P, ['dead-relu'], 'downtime through three relu layers at bias -4: dead, 1.02'),
  'dead-relu.bias-minus-7-he-uniform-spirals': f('dead-relu', P, ['dead-relu'], 'spirals with one relu layer at bias -7: 100% dead, 1.00'),
  'nan-loss.raw-gob-grams-rmsprop-batch-2': f('dead-relu', T, ['dead-relu', 'exploding-gradient'], 'raw feeder settings and raw gob grams, SGD 0.001 at batch 2: first 6.5e13, relu layer 100% dead, ends 2.32x (refiled from nan-loss)'),
  'exploding-gradient.raw-downtime-seconds-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'downtime in raw seconds as target: gradients to 7,900, ends 0.40 of the baseline (standardized specs 0.06-0.13)'),
  'exploding-gradient.raw-fahrenheit-energy-adam': f('exploding-gradient', P, ['exploding-gradient'], 'raw furnace °F, ounces, bpm and raw kWh target: first 2.6e6, gradients to 1.5e7, ends 0.88x'),
  'exploding-gradient.raw-iron-ppm-sgd-colour': f('exploding-gradient', P, ['exploding-gradient'], 'colour on raw iron/chromium ppm: first 237, gradients to 2,567, ends 0.93 (healthy 0.00)'),
  'vanishing-gradient.eight-sigmoid-momentum-colour': f('vanishing-gradient', P, ['vanishing-gradient'], 'colour through eight sigmoid layers: first-layer gradient 1e-5, 1.00'),
  'vanishing-gradient.six-sigmoid-std-0.1-spirals': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'spirals through six sigmoid layers at std 0.1: first-layer gradient 5e-6, 1.00'),
  'vanishing-gradient.nine-sigmoid-adam-gob': f('vanishing-gradient', P, ['vanishing-gradient'], 'gob weight through nine sigmoid layers: ends 0.15 (healthy 0.00-0.01)'),
  'saturated-activation.sigmoid-bias-minus-9-gob': f('saturated-activation', P, ['saturated-activation'], 'gob weight through sigmoid layers at bias -9: 100% saturated, 1.00'),
  'saturated-activation.sigmoid-raw-fahrenheit-furnace': f('saturated-activation', P, ['saturated-activation'], 'furnace energy on raw °F and bpm through sigmoid: 100% saturated, 1.00'),
  'saturated-activation.tanh-raw-chemistry-colour': f('saturated-activation', P, ['saturated-activation'], 'colour on raw ppm through tanh: 100% saturated, 1.01'),
  'saturated-activation.tanh-raw-refractory-stone': f('saturated-activation', P, ['saturated-activation'], 'stone flag on raw refractory days and °C through tanh: saturated, 0.98 (healthy 0.56-0.67)'),
  'saturated-activation.tanh-std-2-downtime': f('saturated-activation', P, ['saturated-activation', 'init-scale'], 'downtime through std-2 tanh layers: layer 2 84% saturated, 0.31 (healthy 0.06-0.13)'),
  'nan-loss.nesterov-0.6-batch-1-downtime': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'downtime with Nesterov lr 0.6 at batch 1: NaN at epoch 1'),
  'nan-loss.raw-energy-target-sgd-full-batch': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw kWh target, plain SGD 0.05 full batch: NaN at epoch 5'),
  'dead-relu.sgd-0.9-batch-1-gob': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'gob weight with plain SGD 0.9 at batch 1: NaN at epoch 1 (refiled from dead-relu)'),
  'lr-too-high.momentum-0.95-lr-0.3-downtime': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'downtime with momentum 0.95 lr 0.3: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.nesterov-0.5-batch-8-gob': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'gob weight with Nesterov lr 0.5 at batch 8: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.sgd-plain-1-batch-4-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine with plain SGD lr 1 at batch 4: NaN at epoch 1 (refiled from lr-too-high)'),
  'ok.downtime-nesterov-elu-full-batch': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'downtime through two elu layers, Nesterov 0.05 full batch: min 0.68, NaN at epoch 31 (refiled from healthy)'),
  'lr-too-high.rmsprop-0.05-batch-2-stone': f('lr-too-high', T, ['lr-too-high'], 'stone flag with rmsprop 0.05 at batch 2: rises 0.34 to 0.45, 1.54x the prior (healthy 0.56-0.67)'),
  'lr-too-high.adam-0.3-batch-16-iris': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'iris with adam 0.3: swings 0.04-0.76, ends 0.14 (healthy 0.03-0.04)'),
  'nan-loss.momentum-lr-3-full-batch-linear-furnace': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear furnace model, momentum lr 3 full batch: grows to 6e50 without NaN (refiled from nan-loss)'),
  'oscillating-loss.sgd-plain-0.49-full-batch-linear-c-and-f': f('lr-too-high', T, ['lr-too-high'], 'linear furnace model on °C and °F, gob g and oz, plain SGD 0.49 full batch: min 0.041 at epoch 12, then grows every epoch to 5.19 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-0.55-batch-480-linear-c-and-f': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'same linear model, plain SGD 0.55 at batch 480: min 0.09, diverges to 4.9e57 (refiled from oscillating-loss)'),
  'lr-too-low.sgd-plain-1e-5-full-batch-furnace': f('lr-too-low', T, ['lr-too-low'], 'furnace energy, plain SGD 1e-5 full batch: 1.76 to 1.73, never moves'),
  'lr-too-low.momentum-1e-6-stone': f('lr-too-low', T, ['lr-too-low'], 'stone flag with momentum 1e-6: 2.40x the prior'),
  'lr-too-low.adam-3e-7-colour': f('lr-too-low', T, ['lr-too-low'], 'colour with adam 3e-7: 2.12 to 2.11'),
  'lr-too-low.rmsprop-1e-6-sine-batch-8': f('lr-too-low', T, ['lr-too-low'], 'sine with rmsprop 1e-6: 1.36x the baseline'),
  'lr-too-low.nesterov-1e-5-full-batch-circles-deep': f('lr-too-low', T, ['lr-too-low'], 'circles, two relu layers, Nesterov 1e-5 full batch: 0.95, acc 0.50'),
  'oscillating-loss.sgd-plain-0.45-batch-16-linear-c-and-f': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear furnace model on duplicated °C/°F and g/oz columns, plain SGD 0.45 at batch 16: swings 0.05-83, ends 0.13 (healthy 0.01-0.03)'),
  'oscillating-loss.momentum-0.9-lr-0.1-batch-8-linear-gob': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear gob model, momentum 0.9 lr 0.1 at batch 8: swings 0.09-1.39, ends 0.12 (healthy 0.00-0.01)'),
  'oscillating-loss.nesterov-0.97-lr-0.15-full-batch-tanh-downtime': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'downtime with 8 tanh units, Nesterov 0.97 lr 0.15 full batch: falls to 0.03, spikes to 502, then swings 0.84-16, ends 0.77'),
  'loss-plateau.mould-serial-only-stone': f('loss-plateau', T, ['loss-plateau'], 'stone flag from the mould serial only: 1.00'),
  'loss-plateau.shift-only-colour': f('loss-plateau', T, ['loss-plateau'], 'colour from the shift number only: 1.00'),
  'loss-plateau.hour-only-downtime': f('loss-plateau', T, ['loss-plateau'], 'downtime from the hour only: 1.01'),
  'loss-plateau.inspect-epoch-only-stone': f('loss-plateau', T, ['loss-plateau'], 'stone flag from the inspection epoch only: 1.00'),
  'loss-plateau.rmsprop-weight-decay-2-gob': f('loss-plateau', T, ['loss-plateau'], 'gob weight with rmsprop weightDecay 2: min 0.22, decays back to 0.95'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.stone-two-sigmoid-heads': 'two sigmoid heads on one 0/1 target trained (0.62, in the healthy range)',
  'loss-activation-mismatch.softmax-head-mse-colour-index': 'trained to 0.00',
  'loss-activation-mismatch.tanh-head-bce-lehr': 'trained to 0.05 (healthy 0.03)',
  'lr-out-of-range.rmsprop-lr-8-colour': 'trained to 0.00 on the separable colour data',
  'init-scale.uniform-3-tanh-downtime': 'ends 0.19 against healthy 0.06-0.13: too close',
  'init-scale.normal-std-4-elu-colour': 'trained to 0.00',
  'exploding-gradient.raw-gob-grams-nesterov': 'trained to 0.01 of the baseline',
  'exploding-gradient.ten-relu-std-0.5-colour': 'trained to 0.00',
  'vanishing-gradient.ten-tanh-std-0.02-stone': 'ends 0.70 against healthy 0.56-0.67: too close',
  'lr-too-high.sgd-plain-2-full-batch-colour': 'trained to 0.00',
  'oscillating-loss.adam-0.08-batch-64-sine': 'settles at 0.006-0.01 with small wiggles',
  'oscillating-loss.momentum-0.9-lr-0.09-full-batch-linear-c-and-f': 'settles at 0.018',
  'oscillating-loss.momentum-0.95-lr-0.2-full-batch-linear-gob': 'settles at 0.04',
  'oscillating-loss.momentum-0.99-lr-0.05-batch-100-logistic-stone': 'one slow swing 0.25-0.37 early, then settles at 0.196',
  'oscillating-loss.nesterov-0.95-lr-0.3-full-batch-elu-colour': 'trained to 0.00',
  'oscillating-loss.rmsprop-0.02-full-batch-linear-furnace': 'settles at 0.018',
  'oscillating-loss.sgd-plain-0.9-full-batch-linear-gob': 'settles at 0.044',
  'ok.spirals-adam-tanh-deep': 'ends 0.96: not healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 141 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: glassworks and bottle plants: furnace.csv (960 furnace/forming log rows: batch ids, shift timestamps, mould ids; furnace '
         'temperature in °C and °F, cullet %, pull t/day, crown °C, gob weight in g and oz, line speed bottles/min -> energy kWh/t) and '
         'furnace-na.csv ("NA" furnace_c), colour.csv (900 lots -> flint/amber/green/rare cobalt 46; iron, chromium, cobalt ppm, sulphur, '
         'cullet; shift with no effect), stone.csv (1,200 inspections -> rare stone-inclusion flag 102/1,200; mould serial and inspection '
         'epoch with no effect), gob.csv (800 feeder settings, semicolon export with decimal commas -> gob weight g), downtime.csv (880 '
         'tab-separated line stops -> skewed downtime in seconds and minutes), plus builtins iris, moons, circles, spirals, blobs (4), '
         'sine, xor and an inline lehr thermal-shock table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. '
         'See README.md.')

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
