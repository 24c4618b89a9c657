#!/usr/bin/env python3
"""Files the candidates of test/faults-blind129 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'haemoglobin regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'ABO classifier with activation "gelu"'),
  'invalid-spec.sparse-cce-loss': f('invalid-spec', S, ['invalid-spec'], 'ABO classifier with the Keras loss name "sparse_categorical_crossentropy"'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'adverse-reaction classifier with batchSize 0'),
  'invalid-spec.units-string': f('invalid-spec', S, ['invalid-spec'], 'wait regression with units "32" as a string'),
  'invalid-spec.lstm-layer': f('invalid-spec', S, ['invalid-spec'], 'storage potassium regression with an lstm layer'),
  'data-error.na-weight-kg': f('data-error', S, ['data-error'], 'haemoglobin regression reading the copy with "NA" weight_kg cells'),
  'data-error.centre-id-feature': f('data-error', S, ['data-error'], 'haemoglobin regression with the text centre_id ("BC-03") in features'),
  'data-error.appointment-ts-feature': f('data-error', S, ['data-error'], 'haemoglobin regression with the appointment timestamp text in features'),
  'data-error.haemoglobin-spelling': f('data-error', S, ['data-error'], 'adverse classifier with feature "hemoglobin"; the header says hb_g_dl'),
  'data-error.unit-no-feature-storage': f('data-error', S, ['data-error'], 'storage regression with the unit number text in features (semicolon file)'),
  'data-error.target-wait-minutes-typo': f('data-error', S, ['data-error'], 'wait regression with target "wait_mins"; the header says wait_min'),
  'data-error.missing-file-path': f('data-error', S, ['data-error'], 'ABO classifier pointing at blood_groups.csv, which does not exist'),
  'shape-mismatch.groups-three-heads-no-ab': f('shape-mismatch', S, ['shape-mismatch'], 'ABO classifier with a 3-unit softmax; the rare AB group makes 4'),
  'shape-mismatch.groups-eight-heads-rh': f('shape-mismatch', S, ['shape-mismatch'], 'ABO classifier with 8 heads (ABO x Rh) but only 4 classes in the data'),
  'shape-mismatch.wait-min-and-hours-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'wait minutes and hours as two targets, one output unit'),
  'shape-mismatch.iris-four-heads': f('shape-mismatch', S, ['shape-mismatch'], 'iris with a 4-unit softmax head'),
  'loss-activation-mismatch.groups-sigmoid-head-cce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'ABO classifier with a sigmoid head under cce: loss 2e-4 but accuracy 0.79 (healthy 0.998-1.00)'),
  'loss-activation-mismatch.adverse-tanh-head-bce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'adverse reaction with a tanh output under bce: 3.50x the prior'),
  'loss-activation-mismatch.hb-relu-head-standardized': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized haemoglobin through a relu output: 0.55 (healthy 0.09-0.15)'),
  'loss-activation-mismatch.wait-softmax-single-output-mse': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'wait regression through a 1-unit softmax: constant 1, 2.00x'),
  'loss-activation-mismatch.moons-linear-head-bce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'moons with a linear output under bce: 11.6x, never moves'),
  'loss-activation-mismatch.storage-sigmoid-head-standardized': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized potassium through a sigmoid output: 0.57 (healthy 0.01-0.04)'),
  'no-nonlinearity.circles-four-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through three linear layers: 1.00'),
  'no-nonlinearity.xor-linear-bn-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through linear (one batch-normalized) layers: 1.00'),
  'no-nonlinearity.moons-linear-nesterov-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons with one linear hidden layer: 0.44 (healthy 0.02-0.05)'),
  'no-nonlinearity.sine-linear-stack-mse': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through two linear layers: 0.41 (healthy 0.01)'),
  'no-nonlinearity.spirals-linear-dropout-sgd': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through linear layers with dropout: 0.94'),
  'lr-out-of-range.rmsprop-lr-12-adverse': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'adverse reaction with rmsprop lr 12: first 359, ends 3.70x'),
  'lr-out-of-range.nesterov-lr-40-groups': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'ABO classifier with Nesterov lr 40: 10x the prior, tanh saturated'),
  'lr-out-of-range.adam-3e-10-storage': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'storage with adam lr 3e-10: 2.24, never moves'),
  'lr-out-of-range.sgd-negative-hb': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'haemoglobin with SGD lr -0.01: the parser refuses it'),
  'nan-loss.adam-lr-1e3-storage': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'storage with adam lr 1000: first 1e14, ends 2.8e9x, no NaN (refiled from nan-loss)'),
  'init-symmetry.constant-0.3-tanh-groups': f('init-symmetry', P, ['init-symmetry'], 'ABO classifier with constant-0.3 tanh and softmax layers: 0.28 (healthy 0.00-0.04)'),
  'init-symmetry.zeros-sigmoid-momentum-moons': f('init-symmetry', P, ['init-symmetry'], 'moons through zero-initialised sigmoid layers: 0.46 (healthy 0.02-0.05)'),
  'init-symmetry.zeros-elu-storage': f('init-symmetry', P, ['init-symmetry'], 'storage through zero-initialised elu layers: 1.00'),
  'init-symmetry.constant-0.05-relu-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with constant-0.05 relu layer: 0.82'),
  'init-symmetry.zeros-tanh-wait-batch-8': f('init-symmetry', P, ['init-symmetry'], 'wait through zero-initialised tanh layers: 1.00'),
  'init-scale.normal-std-10-sigmoid-adverse': f('init-scale', P, ['init-scale', 'saturated-activation'], 'adverse reaction with std-10 sigmoid layers: 13x the prior, 83% saturated'),
  'init-scale.normal-1e-5-six-relu-groups': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: flat at 1.00'),
  'init-scale.normal-std-4-tanh-wait': f('init-scale', P, ['init-scale', 'saturated-activation'], 'wait with std-4 tanh layers: first 1254, ends 129x'),
  'init-scale.uniform-1e-5-four-tanh-spirals': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'four tanh layers at uniform 1e-5 on spirals: 0.95 (healthy 0.03)'),
  'dead-relu.bias-minus-8-adam-hb': f('dead-relu', P, ['dead-relu'], 'haemoglobin with a relu layer at bias -8: 88% dead, 0.98'),
  'dead-relu.bias-minus-4-three-layer-groups': f('dead-relu', P, ['dead-relu'], 'ABO through three relu layers at bias -4: dead, 1.00'),
  'dead-relu.bias-minus-6-bn-off-blobs': f('dead-relu', P, ['dead-relu'], 'four blobs through a relu layer at bias -6: all dead, 1.00'),
  'dead-relu.bias-minus-10-sgd-adverse': f('dead-relu', P, ['dead-relu'], 'adverse reaction through a relu layer at bias -10: all dead, 1.00'),
  'dead-relu.adam-0.4-batch-16-wait': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'wait with adam 0.4 at batch 16: layer-2 relu 88% dead, ends 0.30 (healthy 0.05-0.08)'),
  'nan-loss.raw-potassium-target-sgd-batch-1': f('dead-relu', T, ['dead-relu', 'exploding-gradient'], 'raw features and raw potassium target, SGD batch 1: first 1.8e26, relu 100% dead, ends 1.01 (refiled from nan-loss)'),
  'exploding-gradient.constant-1.5-relu-deep-hb': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'five relu layers at constant 1.5: first 5e17, ends 4e16x'),
  'exploding-gradient.raw-days-since-last-hb-sgd': f('exploding-gradient', P, ['exploding-gradient'], 'haemoglobin on raw days/weights/counts: first 3.2e6, ends 3.03x'),
  'exploding-gradient.raw-titre-groups-adam': f('exploding-gradient', P, ['exploding-gradient'], 'ABO on raw titres up to 2048: gradient up to 559, min 0.015, ends 0.99'),
  'exploding-gradient.raw-volume-ml-adverse-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'adverse reaction on raw volume ml: first 9.2, ends 3.75x'),
  'vanishing-gradient.eight-sigmoid-momentum-storage': f('vanishing-gradient', P, ['vanishing-gradient'], 'storage through eight sigmoid layers: 1.01'),
  'vanishing-gradient.twelve-tanh-std-0.02-wait': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'wait through twelve tanh layers at std 0.02: gradients 1e-13, 1.00'),
  'vanishing-gradient.nine-sigmoid-sgd-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through nine sigmoid layers: 1.00'),
  'vanishing-gradient.seven-sigmoid-rmsprop-groups': f('vanishing-gradient', P, ['vanishing-gradient'], 'ABO through seven sigmoid layers: 0.45 (healthy 0.00-0.04)'),
  'nan-loss.nesterov-lr-5-hb-batch-2': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'haemoglobin with Nesterov lr 5 at batch 2: NaN at epoch 1'),
  'nan-loss.normal-std-2-ten-relu-wait': f('nan-loss', T, ['nan-loss', 'init-scale', 'exploding-gradient'], 'ten relu layers at std 2: NaN at epoch 1'),
  'nan-loss.raw-wait-target-momentum-full': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw features and raw wait minutes, momentum full batch: NaN at epoch 7'),
  'lr-too-high.momentum-lr-0.5-batch-16-storage': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'storage with momentum lr 0.5 at batch 16: NaN at epoch 1 (refiled from lr-too-high)'),
  'init-scale.uniform-6-elu-storage': f('nan-loss', T, ['nan-loss', 'init-scale'], 'elu layers at uniform limit 6: NaN at epoch 1 (refiled from init-scale)'),
  'oscillating-loss.sgd-plain-1.9-full-batch-linear-storage': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear storage model, plain SGD 1.9 full batch: grows every epoch, NaN at epoch 77 (refiled from oscillating-loss)'),
  'oscillating-loss.weight-kg-and-lb-sgd-0.9-full-batch': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear haemoglobin on weight in kg and lb (min-max), plain SGD 0.9 full batch: NaN at epoch 127 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-bias-8-adverse': f('saturated-activation', P, ['saturated-activation'], 'adverse reaction through sigmoid layers at bias 8: 100% saturated, 1.01'),
  'saturated-activation.tanh-normal-std-3-storage': f('saturated-activation', P, ['saturated-activation', 'init-scale'], 'storage through a std-3 tanh layer: 60% saturated, 0.12 (healthy 0.01-0.04)'),
  'saturated-activation.tanh-raw-volume-adverse': f('saturated-activation', P, ['saturated-activation'], 'adverse reaction on raw volume ml through tanh: 100% saturated, 1.01'),
  'lr-too-high.adam-0.1-batch-8-wait': f('lr-too-high', T, ['lr-too-high'], 'wait with adam 0.1 at batch 8: min 0.13, swings to 0.37, ends 0.20 (healthy 0.05-0.08)'),
  'lr-too-high.adam-0.3-batch-4-circles': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'circles with adam 0.3 at batch 4: min 0.0016, ends 0.27, 91% dead'),
  'lr-too-high.nesterov-lr-0.4-batch-1-iris': f('lr-too-high', T, ['lr-too-high', 'saturated-activation'], 'iris with Nesterov lr 0.4 at batch 1: 5.3x the prior, tanh saturated'),
  'lr-too-high.rmsprop-0.05-batch-2-hb': f('lr-too-high', T, ['lr-too-high'], 'haemoglobin with rmsprop 0.05 at batch 2: 0.32 (healthy 0.09-0.15)'),
  'lr-too-high.rmsprop-0.2-adverse-batch-32': f('lr-too-high', T, ['lr-too-high', 'saturated-activation'], 'adverse reaction with rmsprop 0.2: 0.93 of the prior (healthy-style runs 0.72-0.81)'),
  'lr-too-low.adam-3e-6-groups': f('lr-too-low', T, ['lr-too-low'], 'ABO with adam 3e-6: 2.06x the prior'),
  'lr-too-low.sgd-plain-1e-5-full-batch-hb': f('lr-too-low', T, ['lr-too-low'], 'haemoglobin full batch plain SGD 1e-5: 0.443 to 0.438 over 200 epochs (healthy 0.09-0.15)'),
  'lr-too-low.rmsprop-1e-6-storage': f('lr-too-low', T, ['lr-too-low'], 'storage with rmsprop 1e-6: 2.39 to 2.29'),
  'lr-too-low.nesterov-1e-5-spirals': f('lr-too-low', T, ['lr-too-low'], 'spirals with Nesterov 1e-5: 1.01, never moves'),
  'lr-too-low.momentum-5e-6-batch-4-wait': f('lr-too-low', T, ['lr-too-low'], 'wait with momentum 5e-6 at batch 4: ends 0.69 (healthy 0.05-0.08)'),
  'oscillating-loss.rmsprop-0.5-batch-64-linear-hb': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear haemoglobin model, rmsprop 0.5 at batch 64: swings 0.49-0.79 to the end (healthy 0.11-0.12)'),
  'oscillating-loss.rmsprop-0.4-batch-32-linear-wait': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear wait model, rmsprop 0.4: swings 0.38-0.53 to the end (healthy 0.05-0.08)'),
  'oscillating-loss.rmsprop-0.3-batch-128-linear-storage': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear storage model, rmsprop 0.3 at batch 128: swings 0.12-0.29 to the end (healthy 0.01-0.04)'),
  'oscillating-loss.momentum-0.9-lr-0.8-batch-200-linear-storage': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear storage model, momentum lr 0.8 at batch 200: reaches 0.09, then swings 0.10-0.22, ends 0.17'),
  'loss-plateau.technician-only-groups': f('loss-plateau', T, ['loss-plateau'], 'ABO group from technician number and lab temperature only: 0.99'),
  'loss-plateau.card-serial-only-adverse': f('loss-plateau', T, ['loss-plateau'], 'adverse reaction from the donor card serial only: 1.00'),
  'loss-plateau.hour-and-beds-only-wait': f('loss-plateau', T, ['loss-plateau'], 'wait from hour and beds only: 1.03'),
  'loss-plateau.bag-volume-only-storage': f('loss-plateau', T, ['loss-plateau'], 'potassium from bag volume only: 1.01'),
  'loss-plateau.weight-decay-5-rmsprop-hb': f('loss-plateau', T, ['loss-plateau'], 'haemoglobin with rmsprop weightDecay 5: min 0.29, then stuck at 1.00'),
}
TRIMMED = set()
DROPPED = {
  'oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-hb': 'swings early, settles at 0.12 (healthy)',
  'oscillating-loss.momentum-0.9-lr-1.2-full-batch-linear-wait': 'swings early, settles at 0.15',
  'oscillating-loss.nesterov-0.97-lr-0.2-batch-300-linear-wait': 'settles at 0.16',
  'oscillating-loss.rmsprop-0.05-batch-500-tanh-storage': 'small swings 0.02-0.06 near a good fit: unclear',
  'oscillating-loss.momentum-0.99-lr-0.05-batch-128-softmax-groups': 'trains to 0.00',
  'oscillating-loss.adam-0.3-full-batch-logistic-adverse': 'settles at 0.80 of the prior (like healthy adverse runs)',
  'oscillating-loss.rmsprop-0.3-batch-16-tanh-adverse': 'flat near the prior (0.33-0.36), no clear swing',
  'oscillating-loss.adam-0.5-batch-64-linear-hb': 'one spike to 0.30, otherwise 0.14-0.17: too close to healthy',
  'oscillating-loss.sgd-plain-1.5-full-batch-linear-hb': 'diverges to NaN at epoch 69: duplicate of the kept SGD divergences',
  'oscillating-loss.sgd-plain-2.1-full-batch-linear-hb': 'diverges to NaN at epoch 53: duplicate of the kept SGD divergences',
  'dead-relu.nesterov-lr-0.8-batch-4-storage': 'NaN at epoch 1: duplicate of the kept momentum NaN on storage',
  'exploding-gradient.raw-potassium-target-sgd-momentum': 'trained to 0.01 of the raw baseline',
  'exploding-gradient.raw-wait-minutes-target-elu': 'trained to 0.07 of the raw baseline',
  'saturated-activation.sigmoid-raw-weight-lb-hb': 'ends 0.14 against healthy 0.09-0.15: too close',
  'saturated-activation.tanh-raw-titre-groups': 'trained to 0.01',
  'lr-too-high.sgd-plain-lr-2-batch-8-groups': 'trained to 0.01',
  'loss-plateau.dropout-0.95-groups': 'slowly falls to 0.69: underfit rather than a plateau, unclear',
  'shape-mismatch.adverse-two-outputs-bce': 'the engine trains it (0.76): unclear what it did with two outputs',
  'ok.adverse-adam-relu': 'ends 0.72 of the prior: the rare flag is noisy, not clearly healthy',
  'ok.adverse-logistic-nesterov': 'ends 0.81: not clearly healthy',
  'ok.adverse-minmax-sgd-elu-decay': 'ends 0.81: not clearly healthy',
  'ok.adverse-rmsprop-tanh-clip-batch-64': 'ends 0.77: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 129 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: blood banks and donation centres: donors.csv (1,000 visits: donor ids, appointment timestamps, centre ids; sex, age, weight kg '
         'and lb, days since last donation, lifetime donations, iron -> haemoglobin g/dL) and donors-na.csv ("NA" weights), groups.csv '
         '(1,000 samples: agglutination grades and skewed titres -> ABO group O/A/B/rare AB 40; technician number with no effect), '
         'adverse.csv (1,200 donations -> rare adverse reaction 125/1,200; donor card serial with no effect), storage.csv (900 red-cell units, '
         'semicolon export with decimal commas: storage days and temperature -> supernatant potassium), wait.csv (900 tab-separated sessions '
         '-> skewed wait minutes and hours), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline deferral table. '
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
