#!/usr/bin/env python3
"""Files the candidates of test/faults-blind123 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'optimizer "adamw" (PyTorch name)'),
  'invalid-spec.selu-activation': f('invalid-spec', S, ['invalid-spec'], 'activation "selu" with lecun_normal (Keras habit)'),
  'invalid-spec.dropout-rate-1.2': f('invalid-spec', S, ['invalid-spec'], 'dropout rate 1.2'),
  'init-symmetry.uniform-limit-0-elu-moons': f('invalid-spec', S, ['invalid-spec', 'init-symmetry'], 'uniform init with limit 0 (all-zero weights): refused by the parser (refiled from init-symmetry)'),
  'data-error.na-fan-rpm': f('data-error', S, ['data-error'], '"NA" fan_rpm cells'),
  'data-error.logged-at-feature': f('data-error', S, ['data-error'], 'log timestamp text as a feature'),
  'data-error.missing-csv-path': f('data-error', S, ['data-error'], 'csv path "../data/job.csv" does not exist (jobs.csv)'),
  'data-error.target-case-typo-power-kW': f('data-error', S, ['data-error'], 'target "power_kW" not in the header (power_kw)'),
  'shape-mismatch.workloads-six-heads': f('shape-mismatch', S, ['shape-mismatch'], '6-unit softmax for 5 workload types'),
  'shape-mismatch.spirals3-two-heads': f('shape-mismatch', S, ['shape-mismatch'], '2-unit softmax for 3 spiral classes'),
  'shape-mismatch.kw-and-fan-targets-one-output': f('shape-mismatch', S, ['shape-mismatch'], '1 output for 2 target columns (power_kw, fan_rpm)'),
  'loss-activation-mismatch.softmax-one-unit-bce-shutdowns': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], '1-unit softmax under bce: always 1, loss 15.0 (59.7x the prior)'),
  'loss-activation-mismatch.sigmoid-head-standardized-power': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'sigmoid output on a standardized target: 0.56 (healthy racks 0.01-0.08)'),
  'loss-activation-mismatch.tanh-head-bce-alarm': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'tanh output under bce: 1.06 of the prior (healthy 0.05-0.12)'),
  'loss-activation-mismatch.linear-heads-cce-workloads': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], '5 linear heads under cce: 0.37, accuracy 0.50 (healthy 0.00-0.03)'),
  'no-nonlinearity.circles-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'linear hidden layers on circles: 1.00'),
  'no-nonlinearity.spirals3-linear-momentum': f('no-nonlinearity', S, ['no-nonlinearity'], 'linear hidden layers on 3 spirals: 0.95 (healthy 0.05)'),
  'no-nonlinearity.sine-linear-rmsprop-batch-8': f('no-nonlinearity', S, ['no-nonlinearity'], 'linear hidden layers on sine: 0.44 (healthy 0.01)'),
  'lr-out-of-range.nesterov-30-racks': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'nesterov lr 30: NaN at epoch 1'),
  'lr-out-of-range.adam-1e-10-workloads': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'adam lr 1e-10: never moves, 1.83x'),
  'lr-out-of-range.negative-sgd-jobs': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'sgd lr -0.01: refused by the parser'),
  'init-symmetry.zeros-sigmoid-adam-workloads': f('init-symmetry', P, ['init-symmetry'], 'zero-initialised sigmoid layer and head: 0.47 (healthy 0.00-0.03)'),
  'init-symmetry.constant-0.3-leaky-spirals3': f('init-symmetry', P, ['init-symmetry'], 'constant 0.3 leaky relu layer and head: 0.92'),
  'init-symmetry.constant-0.5-relu-adam-workloads': f('init-symmetry', P, ['init-symmetry'], 'constant 0.5 relu layers and head: 0.46'),
  'init-symmetry.zeros-tanh-nesterov-energy': f('init-symmetry', P, ['init-symmetry'], 'zero-initialised tanh layer and head: flat at 1.00'),
  'init-scale.normal-std-3-relu-four-layers-energy': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'four relu layers at std 3: first loss 3.6e8, ends 1.3e6x'),
  'init-scale.uniform-1e-5-relu-deep-workloads': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at uniform 1e-5: gradients 1e-24, flat at 1.00'),
  'init-scale.normal-std-0.001-elu-five-layers-jobs': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'five elu layers at std 0.001: flat at 1.00'),
  'init-scale.normal-std-8-tanh-circles': f('init-scale', P, ['init-scale', 'saturated-activation'], 'tanh layers at std 8: 95% saturated, 0.39 (healthy 0.00)'),
  'dead-relu.bias-minus-10-racks-momentum': f('dead-relu', P, ['dead-relu'], 'relu bias -10: 100% dead, flat at 1.00'),
  'dead-relu.bias-minus-2-relu-tower-sine': f('dead-relu', P, ['dead-relu'], 'three relu layers at bias -2: last one 100% dead, flat at 1.00'),
  'dead-relu.bias-minus-4-two-layers-shutdowns': f('dead-relu', P, ['dead-relu'], 'relu bias -4: 44% and most of the second layer dead, 0.98 of the prior (healthy 0.15-0.32)'),
  'dead-relu.small-std-bias-minus-1-workloads': f('dead-relu', P, ['dead-relu'], 'relu std 0.01 bias -1: 100% dead, flat at 1.00'),
  'lr-too-high.adam-0.08-batch-8-racks': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'adam 0.08 batch 8 killed the second relu layer (100% dead): 1.01 (refiled from lr-too-high)'),
  'exploding-gradient.raw-cost-target-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'raw dollar energy-cost target: gradients 1e4-7e4, 12.5x the raw baseline'),
  'exploding-gradient.raw-input-bytes-feature-adam': f('exploding-gradient', P, ['exploding-gradient'], 'raw input_bytes (~1e10) as a feature: loss 2.8e21x'),
  'nan-loss.momentum-0.99-lr-0.5-racks': f('exploding-gradient', P, ['exploding-gradient', 'lr-too-high'], 'momentum 0.99 lr 0.5: first loss 8e34, ends 3e29x, no NaN (refiled from nan-loss)'),
  'oscillating-loss.sgd-plain-1.8-full-batch-linear-racks': f('exploding-gradient', T, ['exploding-gradient', 'lr-too-high', 'nan-loss'], 'linear model, plain sgd 1.8 full batch: grows from 3.4 to 1.8e39 and overflows at epoch 48 (refiled from oscillating-loss)'),
  'vanishing-gradient.eight-sigmoid-sgd-shutdowns': f('vanishing-gradient', P, ['vanishing-gradient'], 'eight sigmoid layers: first-layer gradients 1e-6, 1.00 of the prior'),
  'vanishing-gradient.fifteen-tanh-small-circles': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'fifteen tanh layers at uniform 0.1: gradients 1e-11, 1.00'),
  'vanishing-gradient.ten-sigmoid-xavier-rmsprop-workloads': f('vanishing-gradient', P, ['vanishing-gradient'], 'ten sigmoid layers: first-layer gradients from 4e-7, 0.62 (healthy 0.00-0.03)'),
  'nan-loss.sgd-plain-2-batch-1-jobs': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'plain sgd 2 at batch 1: NaN at epoch 1'),
  'exploding-gradient.raw-watts-target-nesterov': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'raw power_w target (watts), nesterov 5e-4: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.nesterov-0.3-batch-64-energy': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'nesterov 0.3 batch 64: 3e17 then NaN at epoch 2 (refiled from lr-too-high)'),
  'ok.sine-elu-momentum': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'two elu layers, momentum 0.02 batch 16 on sine: NaN at epoch 1 (meant healthy; refiled)'),
  'saturated-activation.raw-fan-rpm-tanh-racks': f('saturated-activation', P, ['saturated-activation'], 'raw fan rpm and other raw units into tanh: 100% saturated, 1.00'),
  'saturated-activation.raw-fahrenheit-sigmoid-shutdowns': f('saturated-activation', P, ['saturated-activation'], 'raw degrees F and rpm into sigmoid: 100% saturated, 1.00 of the prior'),
  'saturated-activation.sigmoid-bias-minus-7-energy': f('saturated-activation', P, ['saturated-activation'], 'sigmoid bias -7: 100% saturated, 1.00'),
  'saturated-activation.tanh-std-6-jobs': f('saturated-activation', P, ['saturated-activation', 'init-scale'], 'tanh at std 6: 77-87% saturated, 0.46 (healthy jobs 0.08-0.21)'),
  'lr-too-high.adam-0.3-batch-4-iris': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'adam 0.3 batch 4: min 0.048 then swings 0.07-0.22, ends 0.11 (healthy iris 0.03-0.06)'),
  'lr-too-high.rmsprop-0.05-batch-16-jobs': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'rmsprop 0.05 batch 16: swings 0.27-0.44, ends 0.33 (healthy jobs 0.08-0.21)'),
  'lr-too-high.adam-0.05-batch-1-elu-racks': f('lr-too-high', T, ['lr-too-high'], 'adam 0.05 at batch 1: min 0.09 then 0.11-1.23, ends 0.48 (healthy racks 0.01-0.08)'),
  'lr-too-high.sgd-plain-3-batch-1-logistic-shutdowns': f('lr-too-high', T, ['lr-too-high'], 'logistic model, plain sgd 3 at batch 1: 1.70x the prior, output 100% saturated (healthy 0.15-0.32)'),
  'lr-too-low.adam-1e-5-batch-64-racks': f('lr-too-low', T, ['lr-too-low'], 'barely moves: 0.98'),
  'lr-too-low.rmsprop-1e-6-circles': f('lr-too-low', T, ['lr-too-low'], 'barely moves: 1.09'),
  'lr-too-low.sgd-1e-4-full-batch-workloads': f('lr-too-low', T, ['lr-too-low'], 'full-batch sgd 1e-4: barely moves, 1.82x'),
  'oscillating-loss.adam-0.03-batch-2-jobs': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'adam 0.03 batch 2: swings 0.28-0.50 in the second half, ends 0.32 (healthy jobs 0.08-0.21)'),
  'oscillating-loss.adam-0.1-batch-8-sine': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'adam 0.1 batch 8: swings 0.004-0.08 in the second half, ends 0.008 (healthy sine 0.0036)'),
  'oscillating-loss.rmsprop-0.03-full-batch-tanh-energy': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'rmsprop 0.03 full batch: swings 0.036-0.13 in the second half, ends 0.066'),
  'oscillating-loss.rmsprop-0.05-batch-32-tanh-energy': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'rmsprop 0.05 batch 32: swings 0.049-0.10 in the second half, ends 0.081 (healthy energy 0.03-0.06)'),
  'oscillating-loss.adam-0.05-batch-2-energy': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'adam 0.05 batch 2: swings 0.068-0.12 in the second half, ends 0.078'),
  'loss-plateau.clipnorm-1e-6-nesterov-energy': f('loss-plateau', T, ['loss-plateau', 'lr-too-low'], 'clipNorm 1e-6: stuck at 1.54'),
  'loss-plateau.input-dropout-0.9-racks': f('loss-plateau', T, ['loss-plateau'], 'dropout 0.9 on the inputs: stuck near 0.87-1.02 (healthy racks 0.01-0.08)'),
  'loss-plateau.two-unit-relu-bottleneck-spirals3': f('loss-plateau', T, ['loss-plateau'], 'a 2-unit relu bottleneck: stuck at 0.60 (healthy 0.05)'),
  'loss-plateau.weight-decay-0.5-adam-workloads': f('loss-plateau', T, ['loss-plateau'], 'weightDecay 0.5: reaches 0.57 then settles at 0.92 (healthy 0.00-0.03)'),
}

# Trimmed after observation to stay near 65 faulty (surplus of a code): not filed anywhere.
TRIMMED = {
  'invalid-spec.batch-size-zero': 'surplus invalid-spec',
  'invalid-spec.binary-crossentropy-loss-name': 'surplus invalid-spec',
  'data-error.day-date-feature-energy': 'surplus data-error',
  'data-error.rack-id-feature': 'surplus data-error',
  'lr-out-of-range.rmsprop-100-shutdowns': 'surplus lr-out-of-range',
  'no-nonlinearity.xor-linear-dropout-nesterov': 'surplus no-nonlinearity',
  'lr-too-low.momentum-2e-5-energy': 'surplus lr-too-low (0.24, still falling)',
  'loss-plateau.sigmoid-std-0.001-xor-sgd': 'surplus loss-plateau, close to an earlier set\'s shape',
  'nan-loss.raw-energy-everything-sgd-0.01': 'surplus exploding-gradient (first 1.3e23, then all relu dead, 1.13x)',
  'lr-too-high.sgd-plain-1.2-batch-16-tanh-sine': 'NaN at epoch 1: surplus nan-loss',
  'lr-too-high.nesterov-0.2-batch-8-tanh-jobs': 'NaN at epoch 1: surplus nan-loss',
  'oscillating-loss.sgd-plain-0.5-batch-1-tanh-energy': 'NaN at epoch 1: surplus nan-loss',
  'oscillating-loss.momentum-0.9-lr-0.05-batch-4-racks': 'surplus, the most modest oscillation (0.027-0.053, healthy racks 0.01-0.08)',
  'oscillating-loss.adam-0.1-batch-4-relu-sine': 'min 0.0065 then 97% dead relu, 0.17-0.28: mixed symptom, surplus',
}

DROPPED = {
  'init-symmetry.constant-0.1-tanh-momentum-racks': 'trained to 0.022, near healthy racks 0.01-0.08',
  'init-symmetry.constant-0.2-sigmoid-rmsprop-jobs': '0.36, too near the healthy jobs range 0.08-0.21 to call',
  'exploding-gradient.ten-relu-he-batch-1-racks': 'trained: 0.02 of the raw-kW baseline',
  'nan-loss.uniform-20-elu-workloads': 'trained to 0.00 after a 367 first loss',
  'vanishing-gradient.nine-tanh-std-0.1-racks': 'trained: 0.02',
  'loss-activation-mismatch.relu-head-raw-cost-target': 'mixed: raw dollar target with a saturated tanh layer, ends 0.21 of the raw baseline',
  'shape-mismatch.shutdown-bce-two-sigmoids': 'the engine accepted 2 sigmoid outputs on the 0/1 flag and trained to 0.29 of the prior (like the healthy specs)',
  'lr-too-high.momentum-0.5-lr-0.8-workloads': 'trained to 0.00',
  'lr-too-high.rmsprop-0.02-batch-2-workloads': 'ends 0.01, inside the healthy workloads range',
  'oscillating-loss.adam-0.05-full-batch-relu-racks': 'settled, 0.008',
  'oscillating-loss.nesterov-0.95-lr-0.2-batch-128-workloads': 'settled, 0.00',
  'oscillating-loss.momentum-0.9-lr-0.5-batch-64-xor': 'noisy but falling, ends 0.022 (better than healthy xor)',
  'oscillating-loss.sgd-plain-0.9-batch-4-relu-circles': 'settled, 0.00',
  'oscillating-loss.momentum-0.97-lr-0.05-full-batch-iris': 'settled, 0.036',
  'oscillating-loss.momentum-0.99-lr-0.1-batch-256-shutdowns': 'settled, 0.09 of the prior',
  'oscillating-loss.nesterov-0.9-lr-1-full-batch-logistic-alarm': 'settled, 0.09',
  'oscillating-loss.momentum-0.95-lr-0.3-batch-32-moons': 'settled, 0.00',
  'oscillating-loss.adam-0.08-batch-16-jobs-minmax': 'swings 0.15-0.25 but ends 0.205, inside the healthy jobs range',
  'oscillating-loss.rmsprop-0.1-batch-64-elu-workloads': 'spikes from 1e-9 to 0.31 several times but ends 6e-9: unclear',
  'ok.xor-relu-adam-dropout': 'swings 0.025-0.07 late',
  'ok.workloads-bn-relu-rmsprop-dropout': 'rose from 0.014 to 0.056 at the end',
  'ok.jobs-lecun-tanh-momentum': 'spikes to 0.57 and 0.34 late',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 123 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets. Theme: data centres and server rooms: racks.csv / racks-na.csv (1,000 five-minute rack readings -> power kW; rack ids, log timestamps, inlet C and F, cpu %, servers, fan rpm, network Gbit/s and Mbit/s, power also in W), shutdowns.csv (1,200 server-hours -> rare thermal_shutdown 83/1200; inlet F, fan rpm, dust, uptime days), workloads.csv (1,035 jobs -> 5 workload types, rare ml-training 35), energy.csv (tab separated, 730 days -> energy cost USD), jobs.csv (900 batch jobs -> skewed duration minutes; input bytes ~1e10), builtins and an inline operator notebook. See README.md.')

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
