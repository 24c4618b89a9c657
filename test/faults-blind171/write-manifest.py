#!/usr/bin/env python3
"""Files the candidates of test/faults-blind171 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'crop-weight regression with optimizer "adamw" (PyTorch habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'strain classifier with activation "gelu"'),
  'invalid-spec.keras-loss-name': f('invalid-spec', S, ['invalid-spec'], 'strain classifier with loss "categorical_crossentropy" (the Keras name)'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'pinning-days regression with batchSize 0'),
  'invalid-spec.batchnorm-as-layer': f('invalid-spec', S, ['invalid-spec'], 'contamination classifier with a separate {"type": "batchnorm"} layer (Keras BatchNormalization habit)'),
  'data-error.na-humidity': f('data-error', S, ['data-error'], 'crop regression reading the copy with "NA" humidity_pct cells'),
  'data-error.room-id-feature': f('data-error', S, ['data-error'], 'crop regression with the text column room_id ("RM-03") in features'),
  'data-error.harvest-ts-feature': f('data-error', S, ['data-error'], 'crop regression with the harvest timestamp text in features'),
  'data-error.co2-column-typo': f('data-error', S, ['data-error'], 'strain classifier with feature "co2"; the header says co2_ppm'),
  'data-error.target-crop-kg-missing': f('data-error', S, ['data-error'], 'crop regression with target "crop_kg"; the file has crop_g'),
  'data-error.bag-id-feature': f('data-error', S, ['data-error'], 'contamination classifier with the bag_id text in features'),
  'shape-mismatch.strain-four-heads-no-enoki': f('shape-mismatch', S, ['shape-mismatch'], 'strain classifier with a 4-unit softmax; the rare enoki class makes 5'),
  'shape-mismatch.crop-and-flush-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'crop_g and spawn_rate_pct as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four room blobs with a 3-unit softmax head'),
  'loss-activation-mismatch.tanh-head-bce-contamination': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'contamination flag with a tanh output under bce: 1.29x the prior (healthy 0.58-0.63)'),
  'loss-activation-mismatch.sigmoid-heads-cce-strain': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'strain classifier with 5 sigmoid heads under cce: the loss drops to ~0 while accuracy stays 0.42 (healthy 0.99)'),
  'loss-activation-mismatch.relu-head-standardized-crop': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized crop grams through a relu output under mse: 0.49 (healthy 0.03)'),
  'loss-activation-mismatch.softmax-single-unit-bce-moons': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'moons with a 1-unit softmax output under bce: 11.6x the prior'),
  'loss-activation-mismatch.sigmoid-head-standardized-climate': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized CO2 through a sigmoid output under mse: 0.58 (healthy 0.03)'),
  'no-nonlinearity.circles-two-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear hidden layers: stays at the prior'),
  'no-nonlinearity.xor-linear-hidden-momentum': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with an explicit linear hidden layer: stays at the prior'),
  'no-nonlinearity.spirals-linear-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through two 64-unit linear layers: 0.88 of the prior'),
  'no-nonlinearity.sine-linear-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through two linear layers: 0.41 of the baseline (healthy 0.01)'),
  'no-nonlinearity.crop-linear-stack-sgd': f('no-nonlinearity', S, ['no-nonlinearity'], 'crop grams (multiplicative flush effect) through a linear stack: 0.13 (healthy 0.03)'),
  'lr-out-of-range.adam-lr-5': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'strain classifier with Adam at lr 5'),
  'lr-out-of-range.sgd-lr-1e-8': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'pinning regression with SGD at lr 1e-8'),
  'lr-out-of-range.rmsprop-lr-20': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'contamination classifier with RMSprop at lr 20'),
  'lr-out-of-range.momentum-lr-zero': f('lr-out-of-range', S, ['lr-out-of-range'], 'crop regression with SGD momentum and lr 0'),
  'dead-relu.strain-sgd-lr-3': f('dead-relu', P, ['dead-relu', 'lr-too-high'], 'strain relu net with plain SGD at 3: second layer 100% dead'),
  'dead-relu.crop-adam-0.5-batch-8': f('dead-relu', P, ['dead-relu', 'lr-too-high'], 'crop relu net with Adam 0.5 at batch 8: second layer 100% dead'),
  'dead-relu.contamination-bias-minus-8': f('dead-relu', P, ['dead-relu'], 'contamination relu layer with bias -8: 100% dead from the start'),
  'dead-relu.blobs4-momentum-0.99-lr-0.3': f('dead-relu', P, ['dead-relu', 'lr-too-high'], 'four-blob relu net with momentum 0.99 at 0.3: layers 81% and 100% dead'),
  'dead-relu.pinning-three-relu-bias-minus-2': f('dead-relu', P, ['dead-relu'], 'three relu layers with bias -2 on pinning: up to 59%/88% dead, ends 0.59 (healthy 0.08)'),
  'nan-loss.adam-3-raw-crop-batch-4': f('dead-relu', P, ['dead-relu', 'lr-too-high', 'exploding-gradient'], 'raw crop grams (features and target) under Adam 3 at batch 4: the relu layer dies 100%, no NaN'),
  'exploding-gradient.raw-crop-grams-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'crop target left in raw grams (normalizeTarget none) under momentum SGD: gradients to 1.9e6, tanh layer saturated'),
  'exploding-gradient.raw-substrate-kg-features-nesterov': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'climate with raw features (substrate kg in thousands) under Nesterov 0.01: output gradients to 6e11, relu layer dies'),
  'nan-loss.raw-co2-sgd-lr-0.1': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu', 'lr-too-high'], 'raw CO2 ppm features and target under plain SGD 0.1: gradients to 1.8e12, relu layer dies, no NaN'),
  'exploding-gradient.eight-relu-std-1': f('nan-loss', P, ['nan-loss', 'init-scale', 'exploding-gradient'], 'eight relu layers with normal std 1: NaN at epoch 1'),
  'exploding-gradient.raw-co2-target-sgd': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'CO2 target in raw ppm under plain SGD 0.001: NaN at epoch 2'),
  'nan-loss.leaky-std-4-deep-climate': f('nan-loss', P, ['nan-loss', 'init-scale'], 'six leaky_relu layers with normal std 4: NaN at epoch 1'),
  'nan-loss.momentum-0.99-lr-1-pinning': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'pinning tanh net with momentum 0.99 at lr 1: NaN at epoch 1'),
  'lr-too-high.sgd-plain-1.5-pinning': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'pinning tanh net with plain SGD 1.5 at batch 16: NaN at epoch 1'),
  'oscillating-loss.sgd-plain-1.9-batch-400-linear-pinning': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear pinning model with plain SGD 1.9 at batch 400: grows from epoch 1, NaN at epoch 40'),
  'oscillating-loss.celsius-and-fahrenheit-sgd-0.95-full-batch': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear crop model with temp_c and temp_f both in features under plain SGD 0.95 full batch: grows geometrically, NaN at epoch 86'),
  'vanishing-gradient.ten-sigmoid-sgd-strain': f('vanishing-gradient', P, ['vanishing-gradient'], 'ten sigmoid layers under plain SGD on strains: stays at the prior'),
  'vanishing-gradient.twelve-sigmoid-adam-moons': f('vanishing-gradient', P, ['vanishing-gradient'], 'twelve sigmoid layers under Adam on moons: stays at the prior'),
  'vanishing-gradient.seven-sigmoid-momentum-iris': f('vanishing-gradient', P, ['vanishing-gradient'], 'seven sigmoid layers under momentum on iris: stays at the prior'),
  'vanishing-gradient.eight-tanh-uniform-0.05-crop': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'eight tanh layers initialised uniform 0.05 on crop: stays at the baseline'),
  'vanishing-gradient.nine-sigmoid-normal-0.1-pinning': f('vanishing-gradient', P, ['vanishing-gradient'], 'nine sigmoid layers (normal 0.1) under RMSprop on pinning: 0.34 (healthy 0.08)'),
  'saturated-activation.sigmoid-bias-8-strain': f('saturated-activation', P, ['saturated-activation'], 'strain sigmoid layer with bias 8: 100% saturated, stays at the prior'),
  'saturated-activation.sigmoid-raw-co2-climate': f('saturated-activation', P, ['saturated-activation'], 'climate with raw features through sigmoid: 100% saturated, ends 0.56 (healthy 0.03)'),
  'saturated-activation.sigmoid-raw-strain-features': f('saturated-activation', P, ['saturated-activation'], 'strain with raw mm/ppm features through sigmoid: 100% saturated, stays at the prior'),
  'saturated-activation.tanh-raw-hepa-contamination': f('saturated-activation', P, ['saturated-activation'], 'contamination with raw hepa hours through tanh: 100% saturated, 0.97 of the prior'),
  'exploding-gradient.raw-hepa-hours-elu-sgd': f('saturated-activation', P, ['saturated-activation', 'exploding-gradient'], 'contamination with raw features, elu hidden under SGD 0.05: the output sigmoid saturates (100%), loss 40.8x the prior'),
  'init-symmetry.zeros-relu-adam-strain': f('init-symmetry', S, ['init-symmetry'], 'strain net with zeros init on two relu layers: stays at the prior'),
  'init-symmetry.zeros-sigmoid-rmsprop-circles': f('init-symmetry', S, ['init-symmetry'], 'circles sigmoid net with zeros init everywhere: stays at the prior'),
  'init-symmetry.zeros-tanh-nesterov-iris': f('init-symmetry', S, ['init-symmetry'], 'iris tanh net with zeros init everywhere: stays at the prior'),
  'init-symmetry.constant-1-elu-sgd-pinning': f('init-symmetry', S, ['init-symmetry'], 'pinning elu net with constant 1 init: all units identical, 0.95 (healthy 0.08)'),
  'init-scale.normal-std-2.5-five-relu-climate': f('init-scale', S, ['init-scale'], 'five relu layers with normal std 2.5 on climate: loss 1.1e7 x the baseline'),
  'init-scale.uniform-10-tanh-crop': f('init-scale', S, ['init-scale'], 'crop tanh net with uniform limit 10: 138x the baseline'),
  'init-scale.normal-1e-3-six-relu-contamination': f('init-scale', S, ['init-scale', 'vanishing-gradient'], 'six relu layers with normal std 0.001 on contamination: gradients 1e-13, stays at the prior'),
  'lr-too-high.adam-0.05-batch-1-sine': f('lr-too-high', P, ['lr-too-high'], 'two tanh layers under Adam 0.05 at batch 1 on sine: swings 0.29-0.64 of base 0.52 (healthy 0.01)'),
  'lr-too-high.adam-0.3-strain-batch-16': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'strain relu net under Adam 0.3 at batch 16: swings 0.08-1.43, ends 0.13 (healthy 0.01-0.03)'),
  'lr-too-high.momentum-0.95-lr-0.5-iris': f('lr-too-high', P, ['lr-too-high'], 'iris relu net under momentum 0.95 at 0.5: swings to 3.5, ends 0.62 (healthy 0.03)'),
  'lr-too-high.rmsprop-0.05-climate-elu': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'climate elu net under RMSprop 0.05 at batch 16: swings 0.09-0.19, ends 0.12 (healthy 0.03)'),
  'nan-loss.rmsprop-lr-2-batch-1-sine': f('lr-too-high', P, ['lr-too-high'], 'sine relu net under RMSprop 2 at batch 1: 3.85x the baseline, no NaN'),
  'lr-too-low.sgd-1e-5-strain': f('lr-too-low', T, ['lr-too-low'], 'strain relu net under plain SGD 1e-5: 1.77 -> 1.70 in 50 epochs'),
  'lr-too-low.adam-3e-6-pinning': f('lr-too-low', T, ['lr-too-low'], 'pinning elu net under Adam 3e-6: 1.18 -> 1.05'),
  'lr-too-low.rmsprop-1e-6-sine': f('lr-too-low', T, ['lr-too-low'], 'sine tanh net under RMSprop 1e-6: 1.07 -> 1.01, above the baseline'),
  'lr-too-low.momentum-1e-6-iris': f('lr-too-low', T, ['lr-too-low'], 'iris relu net under momentum 1e-6: 1.60 -> 1.56'),
  'lr-too-low.nesterov-5e-6-full-batch-climate': f('lr-too-low', T, ['lr-too-low'], 'climate relu net under Nesterov 5e-6 full batch: 2.30 -> 2.09'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-pinning': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear pinning model, momentum 0.99 at 0.05 full batch: swings 0.34-2.3 all run, ends 0.55 (linear floor 0.27)'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-climate': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear climate model, momentum 0.99 at 0.05 full batch: swings 0.07-1.58, ends 0.35 (linear healthy 0.05)'),
  'oscillating-loss.rmsprop-0.05-full-batch-tanh-pinning': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'pinning tanh net, RMSprop 0.05 full batch: swings 0.11-0.27 to the end, ends 0.15 (healthy 0.08-0.09)'),
  'oscillating-loss.rmsprop-0.02-batch-100-elu-sine': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'two elu layers on sine, RMSprop 0.02 at batch 100: keeps spiking (0.007 to 0.37 late), ends 0.022 (healthy 0.003-0.006)'),
  'loss-plateau.shelf-serial-only-contamination': f('loss-plateau', T, ['loss-plateau'], 'contamination from the shelf serial alone: stays at the prior'),
  'loss-plateau.tray-no-only-strain': f('loss-plateau', T, ['loss-plateau'], 'strain from the tray number alone: stays at the prior'),
  'loss-plateau.weight-decay-5-momentum-pinning': f('loss-plateau', T, ['loss-plateau'], 'pinning relu net with weightDecay 5: stays at the baseline'),
  'loss-plateau.workers-only-climate': f('loss-plateau', T, ['loss-plateau'], 'next-hour CO2 from the worker count alone: 0.99 of the baseline'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.contamination-two-sigmoid-bce': 'two sigmoid heads under bce on one flag trained (0.65 of the prior, like healthy): unclear',
  'dead-relu.iris-bias-minus-4-momentum': 'recovered: 75% dead but trained to 0.04',
  'init-symmetry.constant-0.3-tanh-momentum-crop': 'trained to 0.05 (healthy 0.03)',
  'init-scale.normal-std-4-sigmoid-strain': 'trained to 0.08 (healthy 0.01-0.03): too close',
  'init-scale.uniform-1e-5-tanh-deep-sine': 'trained to 0.02',
  'saturated-activation.tanh-std-3-pinning': 'ends 0.15 against healthy 0.08: too close',
  'lr-too-high.nesterov-0.99-lr-0.2-contamination': 'ends 0.61 of the prior, inside the healthy range 0.58-0.70',
  'lr-too-high.rmsprop-0.05-batch-2-crop': 'ends 0.09 against healthy 0.03-0.05: too close',
  'loss-plateau.dropout-0.95-crop': 'falls from 880 and swings (1.2-10): not a plateau, unclear',
  'oscillating-loss.adam-0.03-batch-400-relu-sine': 'early swings, then trains to 0.02',
  'oscillating-loss.adam-0.05-full-batch-linear-climate': 'settles at 0.05',
  'oscillating-loss.momentum-0.95-lr-0.1-batch-256-linear-climate': 'settles at 0.05 with small jitter',
  'oscillating-loss.momentum-0.97-lr-0.1-batch-200-linear-pinning': 'settles at the linear floor 0.27',
  'oscillating-loss.momentum-0.98-lr-0.1-batch-400-linear-crop': 'settles at 0.13 (linear floor)',
  'oscillating-loss.nesterov-0.95-lr-0.3-full-batch-linear-crop': 'settles at 0.13 (linear floor)',
  'oscillating-loss.nesterov-0.98-lr-0.5-full-batch-logistic-pins': 'trains to 0.00',
  'oscillating-loss.nesterov-0.99-lr-0.03-full-batch-tanh-climate': 'early swings, settles at 0.11',
  'ok.contamination-logistic-momentum': 'ends 0.69 of the prior: the rare flag is noisy; not clearly healthy',
  'ok.contamination-minmax-sgd-elu': 'ends 0.70 of the prior: not clearly healthy',
  'ok.pinning-linear-momentum-0.95': 'linear floor 0.28 (|temp - 18| term): not clearly healthy',
  'ok.pinning-raw-features-sgd-small-rate': 'ends 0.49: not clearly healthy',
  'ok.spirals-adam-tanh-deep': 'ends 0.41, acc 0.88: not clearly healthy',
  'ok.sine-rmsprop-relu-0.01': 'min 0.004 but ends 0.048 after a late swing: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 171 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of '
         'where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. Each '
         '"fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: mushroom farms and growing rooms: harvest.csv (1,000 flushes: spawn lot and room ids, harvest timestamps; substrate kg, '
         'humidity %, CO2 ppm, temperature in C and F, flush number, spawn rate -> skewed crop grams) and harvest-na.csv ("NA" humidity), '
         'strain.csv (1,000 trays -> oyster/shiitake/lions_mane/king_oyster/rare enoki 43; tray number with no effect), '
         'contamination.csv (1,200 bags -> rare contamination flag 57/1,200; shelf serial with no effect), pinning.csv (800 casings, '
         'semicolon export with decimal commas -> days to pinning), climate.csv (900 tab-separated room readings -> next-hour CO2 ppm), '
         'plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline casing/humidity pinning table. '
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
