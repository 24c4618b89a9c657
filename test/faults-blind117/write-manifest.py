#!/usr/bin/env python3
"""Files the candidates of test/faults-blind117 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adagrad-optimizer': f('invalid-spec', S, ['invalid-spec'], 'motor-current regression with optimizer "adagrad" (a Keras/PyTorch optimizer the engine lacks)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'lobby-wait regression with activation "gelu" copied from a transformer tutorial'),
  'invalid-spec.dropout-rate-1': f('invalid-spec', S, ['invalid-spec'], 'fault-type classifier with dropout rate 1 (meant keep probability 1)'),
  'invalid-spec.lstm-layer': f('invalid-spec', S, ['invalid-spec'], 'entrapment classifier with an lstm layer copied from a time-series tutorial'),
  'data-error.na-load-kg': f('data-error', S, ['data-error'], 'motor-current regression reading a trip export whose load_kg is "NA" on 22 rows (load cell offline)'),
  'data-error.wait-target-misnamed': f('data-error', S, ['data-error'], 'lobby-wait regression with target "wait_s"; the header has lobby_wait_s'),
  'data-error.missing-alarm-export': f('data-error', S, ['data-error'], 'entrapment classifier pointing at alarms_2024.csv, a file that is not there (the export is alarms.csv)'),
  'data-error.ticket-id-feature': f('data-error', S, ['data-error'], 'fault-type classifier with the text column ticket_id ("SC-90000") in features'),
  'shape-mismatch.fault-six-heads': f('shape-mismatch', S, ['shape-mismatch'], 'fault-type classifier with a 6-unit softmax head (an extra "no fault" class that the log does not have); 5 classes'),
  'shape-mismatch.cost-three-outputs': f('shape-mismatch', S, ['shape-mismatch'], 'maintenance-cost regression with 3 linear outputs for one target (meant three cost lines)'),
  'shape-mismatch.iris-two-heads': f('shape-mismatch', S, ['shape-mismatch'], 'iris demo with a 2-unit softmax head; iris has 3 species'),
  'shape-mismatch.cost-and-callbacks-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'maintenance cost and callbacks as two targets, one output unit'),
  'loss-activation-mismatch.sigmoid-head-standardized-wait': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized lobby wait (half negative) through a sigmoid output under mse: ends 0.59 of the baseline (healthy 0.10-0.14)'),
  'loss-activation-mismatch.tanh-head-bce-entrapment': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'entrapment alarm with a 1-unit tanh head under bce: stuck at 4x the prior'),
  'loss-activation-mismatch.relu-heads-cce-faults': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'fault-type with 5 relu heads under cce: the loss reads 1e-7 while accuracy stays 0.73 (healthy 1.00)'),
  'loss-activation-mismatch.softmax-head-mse-current': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'motor-current regression with a 1-unit softmax output (always 1): flat at 2.00 of the baseline'),
  'no-nonlinearity.circles-linear-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles with two linear hidden layers: 1.00 of the prior, accuracy 0.59'),
  'no-nonlinearity.moons-linear-dropout-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons with two linear hidden layers and dropout: 0.38 of the prior (healthy 0.00)'),
  'no-nonlinearity.sine-linear-rmsprop-batch-16': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine with two linear hidden layers: 0.41 of the baseline (healthy 0.01-0.02)'),
  'no-nonlinearity.spirals3-linear-batchnorm-sgd': f('no-nonlinearity', S, ['no-nonlinearity'], 'three spirals with linear batch-normalized hidden layers: 1.01 of the prior'),
  'lr-out-of-range.adam-30-current': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'motor-current with adam lr 30 (meant 3e-3): first loss 1.6e8, ends 312x the baseline'),
  'lr-out-of-range.nesterov-1e-8-faults': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'fault-type with Nesterov SGD lr 1e-8: the loss never moves (1.67 of the prior)'),
  'lr-out-of-range.sgd-negative-wait': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'lobby-wait with SGD lr -0.01 (a sign slip): the parser refuses it'),
  'lr-out-of-range.momentum-25-cost': f('lr-out-of-range', S, ['lr-out-of-range', 'nan-loss', 'lr-too-high'], 'maintenance-cost with momentum SGD lr 25 (meant 0.025): NaN at epoch 1'),
  'init-symmetry.zeros-relu-adam-faults': f('init-symmetry', P, ['init-symmetry'], 'fault-type with every relu layer zero-initialised: flat at 1.00 of the prior'),
  'init-symmetry.constant-0.5-tanh-sgd-current': f('init-symmetry', P, ['init-symmetry'], 'motor-current with constant 0.5 tanh weights: one effective unit, ends 0.25 (healthy 0.03-0.05)'),
  'init-symmetry.zeros-sigmoid-rmsprop-spirals': f('init-symmetry', P, ['init-symmetry'], 'three spirals with zero-initialised sigmoid layers: 0.95 of the prior, accuracy 0.37'),
  'init-symmetry.zeros-leaky-nesterov-moons': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised leaky relu layers: 1.00 of the prior, accuracy 0.50'),
  'init-scale.normal-std-6-elu-rmsprop-wait': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'lobby-wait with normal std 6 elu layers: first loss 1.9e8, ends 1e7x the baseline'),
  'init-scale.normal-1e-3-four-relu-cost': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'four relu layers at std 1e-3: flat at 1.01 of the baseline'),
  'init-scale.normal-1e-5-five-leaky-current': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'five leaky relu layers at std 1e-5: flat at 1.00'),
  'dead-relu.bias-minus-4-three-layer-momentum-current': f('dead-relu', P, ['dead-relu'], 'motor-current, three relu layers with bias -4: flat at 1.00'),
  'dead-relu.bias-minus-2.5-he-uniform-rmsprop-wait': f('dead-relu', P, ['dead-relu'], 'lobby-wait, two he_uniform relu layers with bias -2.5: flat at 1.00'),
  'dead-relu.bias-minus-8-batch-1-faults': f('dead-relu', P, ['dead-relu'], 'fault-type relu layer with bias -8, batch 1: 1.00 of the prior'),
  'dead-relu.adam-0.06-batch-4-entrapment': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'entrapment with adam 0.06 at batch 4: 78-84% of the second relu layer dead, ends 1.09 of the prior (healthy 0.75-0.82)'),
  'exploding-gradient.raw-door-cycles-sgd': f('exploding-gradient', P, ['exploding-gradient'], 'motor-current on raw door_cycles (~1e6) with SGD 1e-7: loss 9e14x the baseline'),
  'nan-loss.raw-door-cycles-nesterov': f('exploding-gradient', P, ['exploding-gradient'], 'motor-current on raw door_cycles with Nesterov 1e-3: loss 1e29, no NaN (refiled from nan-loss)'),
  'exploding-gradient.eight-relu-std-0.4-sgd-wait': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'eight relu layers at std 0.4: first loss 82x the baseline, ends 0.64 (healthy 0.10-0.14)'),
  'exploding-gradient.raw-daily-cycles-elu-entrapment': f('exploding-gradient', P, ['exploding-gradient', 'saturated-activation'], 'entrapment on raw daily door cycles (~2,400) with SGD 1e-3: first loss 400x the prior, ends 1.22'),
  'vanishing-gradient.seven-sigmoid-momentum-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through seven sigmoid layers: 1.00 of the prior'),
  'vanishing-gradient.eight-sigmoid-adam-wait': f('vanishing-gradient', P, ['vanishing-gradient'], 'lobby-wait through eight sigmoid layers: flat 20 epochs (first-layer gradient 1e-5), ends 0.22 (healthy 0.10-0.14)'),
  'vanishing-gradient.ten-sigmoid-rmsprop-faults': f('vanishing-gradient', P, ['vanishing-gradient'], 'fault-type through ten sigmoid layers: 0.62 of the prior, accuracy 0.53 (healthy 1.00)'),
  'vanishing-gradient.fourteen-tanh-std-0.03-cost': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'maintenance-cost through fourteen tanh layers at std 0.03: 1.00'),
  'nan-loss.sgd-momentum-2-cost': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'maintenance-cost with momentum SGD 2: NaN at epoch 1'),
  'nan-loss.raw-passengers-sgd-momentum': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'lobby-wait on raw passengers per hour (up to thousands) with momentum 1e-3: NaN at epoch 1'),
  'init-symmetry.constant-0.2-elu-momentum-wait': f('nan-loss', P, ['nan-loss', 'init-symmetry', 'init-scale'], 'lobby-wait with constant 0.2 elu weights in 32-wide layers: NaN at epoch 1 (refiled from init-symmetry)'),
  'exploding-gradient.ten-relu-std-0.7-faults': f('nan-loss', P, ['nan-loss', 'exploding-gradient', 'init-scale'], 'ten relu layers at std 0.7: NaN at epoch 1 (refiled from exploding-gradient)'),
  'oscillating-loss.sgd-plain-1.1-full-batch-linear-current': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear motor-current model with plain SGD 1.1 on full batches: grows x6 each epoch, NaN at epoch 97 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-bias-9-faults': f('saturated-activation', P, ['saturated-activation'], 'fault-type sigmoid layer with bias 9: 1.01 of the prior'),
  'saturated-activation.sigmoid-raw-cycles-entrapment': f('saturated-activation', P, ['saturated-activation'], 'sigmoid layers on raw daily door cycles and amps: 1.00 of the prior'),
  'saturated-activation.tanh-raw-motor-starts-cost': f('saturated-activation', P, ['saturated-activation'], 'tanh layer on raw motor starts per year (~200,000): 1.10 of the baseline'),
  'saturated-activation.tanh-raw-passengers-wait': f('saturated-activation', P, ['saturated-activation'], 'tanh layer on raw passengers per hour: 97% saturated, ends 0.29 (healthy 0.10-0.14)'),
  'lr-too-high.adam-0.3-full-batch-circles': f('lr-too-high', P, ['lr-too-high', 'dead-relu'], 'circles with adam 0.3 on full batches: jumps to 6.8 at epoch 2, then stuck at 1.00 of the prior, accuracy 0.50'),
  'nan-loss.adam-1-batch-8-current': f('lr-too-high', P, ['lr-too-high', 'lr-out-of-range'], 'motor-current with adam 1 at batch 8: first loss 2.6e4, then stuck at 1.00, no NaN (refiled from nan-loss)'),
  'nan-loss.rmsprop-4-batch-1-wait': f('lr-too-high', P, ['lr-too-high', 'lr-out-of-range'], 'lobby-wait with rmsprop 4 at batch 1: 2.7e6 at epoch 1, ends 1.7e4x, no NaN (refiled from nan-loss)'),
  'oscillating-loss.sgd-plain-0.8-full-batch-linear-wait': f('lr-too-high', P, ['lr-too-high'], 'linear lobby-wait model with plain SGD 0.8 on full batches: grows x3.7 each epoch to 4e55, no NaN (refiled from oscillating-loss)'),
  'lr-too-low.adam-1e-5-faults': f('lr-too-low', T, ['lr-too-low'], 'fault-type with adam 1e-5: 2.26 to 1.80 in 60 epochs, 1.21 of the prior (healthy 0.00)'),
  'lr-too-low.sgd-plain-1e-3-batch-128-current': f('lr-too-low', T, ['lr-too-low'], 'motor-current with plain SGD 1e-3 at batch 128: still falling at 0.26 after 60 epochs (healthy 0.03-0.05)'),
  'lr-too-low.rmsprop-3e-6-wait': f('lr-too-low', T, ['lr-too-low'], 'lobby-wait with rmsprop 3e-6: 2.27 to 2.06 in 60 epochs'),
  'lr-too-low.sgd-5e-4-full-batch-moons': f('lr-too-low', T, ['lr-too-low'], 'moons with plain SGD 5e-4 on full batches: 0.775 to 0.764 in 300 epochs'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-current': f('oscillating-loss', T, ['oscillating-loss'], 'linear motor-current model, momentum 0.99 lr 0.05 full batch: swings 0.26-0.68 the whole run'),
  'oscillating-loss.rmsprop-0.05-full-batch-tanh-current': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'tanh motor-current model, rmsprop 0.05 full batch: repeated spikes 0.10 to 0.27, ends 0.09 (healthy 0.03-0.05)'),
  'oscillating-loss.momentum-0.99-lr-0.03-batch-390-linear-cost': f('oscillating-loss', T, ['oscillating-loss'], 'linear maintenance-cost model, momentum 0.99 lr 0.03 half batches: swings 0.13-1.05 with a 6-epoch period, still 0.14-0.31 at epoch 80'),
  'loss-plateau.repair-cost-only-faults': f('loss-plateau', T, ['loss-plateau'], 'fault type from repair cost alone (no signal): 1.00 of the prior'),
  'loss-plateau.pit-temp-handrail-only-wait': f('loss-plateau', T, ['loss-plateau'], 'lobby wait from pit temperature and handrail speed only: 1.00 of the baseline'),
  'loss-plateau.clipnorm-1e-5-sgd-cost': f('loss-plateau', T, ['loss-plateau'], 'plain SGD with clipNorm 1e-5 (meant 1e5): flat at 4.75'),
  'loss-plateau.weight-decay-1-adam-current': f('loss-plateau', T, ['loss-plateau'], 'adam with weightDecay 1 (meant 1e-4): falls to 0.30, climbs back and sits at 0.45 (healthy 0.03-0.05)'),
  'loss-plateau.dropout-0.95-wait': f('loss-plateau', T, ['loss-plateau'], 'dropout 0.95 (meant keep 0.95): noisy plateau 0.63-0.80, ends 0.65 (healthy 0.10-0.14)'),
}

# Trimmed after observation to stay near 65 faulty (surplus of a code): not filed anywhere.
TRIMMED = {
  'invalid-spec.mae-loss', 'data-error.elevator-id-feature', 'lr-out-of-range.rmsprop-1e-10-entrapment',
  'dead-relu.sgd-plain-0.6-wide-cost', 'exploding-gradient.raw-motor-starts-nesterov', 'lr-too-high.momentum-0.3-batch-64-cost',
  'lr-too-high.sgd-plain-0.7-batch-16-current', 'exploding-gradient.raw-load-lb-momentum', 'lr-too-high.nesterov-0.3-batch-8-tanh-wait',
  'saturated-activation.sigmoid-raw-door-cycles-current', 'loss-plateau.current-and-cycles-only-entrapment',
  'lr-too-low.nesterov-1e-5-entrapment', 'oscillating-loss.sgd-plain-0.9-full-batch-linear-wait', 'vanishing-gradient.six-sigmoid-sgd-batch-4-current',
  'exploding-gradient.raw-motor-starts-sgd-1e-10', 'loss-plateau.dropout-0.95-wait', 'shape-mismatch.iris-two-heads',
  'vanishing-gradient.fourteen-tanh-std-0.03-cost',
}

DROPPED = {
  'shape-mismatch.current-and-temp-one-output': 'authoring slip: machine_room_c is both feature and target, so the parser refuses it for that reason, not the shape',
  'shape-mismatch.entrapment-two-sigmoids': 'two sigmoid outputs under bce for one 0/1 target: the engine trained it to 0.76 of the prior, like healthy',
  'loss-activation-mismatch.linear-head-bce-door': 'linear output under bce: the engine trained it to accuracy 1.00',
  'init-scale.uniform-3-tanh-nesterov-entrapment': 'uniform(-3, 3) tanh layers: ends 0.23 of the prior, better than the healthy entrapment specs',
  'init-scale.uniform-5-sigmoid-adam-faults': 'uniform(-5, 5) sigmoid layers: trained to accuracy 1.00',
  'exploding-gradient.raw-cost-target-momentum': 'raw dollar target: first loss 10x the baseline, then settles at 0.15: unclear which code',
  'exploding-gradient.raw-wait-target-sgd-batch-8': 'raw wait seconds as target: trains to 0.13 of the baseline',
  'nan-loss.raw-cost-target-sgd-0.01': 'raw dollar target with SGD 0.01: no NaN, ends 0.50: unclear which code',
  'lr-too-high.adam-0.1-batch-4-faults': 'one bump at epoch 3, then trains to accuracy 0.99',
  'lr-too-high.adam-0.03-batch-1-faults': 'trains to accuracy 1.00',
  'lr-too-high.nesterov-0.6-batch-32-entrapment': 'ends 0.89 of the prior against healthy 0.75-0.82 (dropped): too mild',
  'lr-too-high.rmsprop-0.03-batch-8-wait': 'noisy 0.14-0.18 against healthy 0.10-0.14: too close',
  'lr-too-high.rmsprop-0.02-batch-4-cost': 'ends 0.136 against healthy 0.09-0.12: too close',
  'lr-too-high.sgd-plain-0.3-batch-16-tanh-current': 'noisy, ends 0.056 against healthy 0.03-0.05: too close',
  'lr-too-low.momentum-5e-5-cost': 'slow but steady, ends 0.16 against healthy 0.09-0.12: too close',
  'oscillating-loss.adam-0.5-full-batch-linear-cost': 'swings for 20 epochs, then settles at the healthy 0.109',
  'oscillating-loss.momentum-0.9-lr-0.1-full-batch-linear-current': 'swings for 30 epochs, then settles at 0.227',
  'oscillating-loss.momentum-0.9-lr-0.4-full-batch-linear-wait': 'large swings for 20 epochs that damp out by epoch 40: no lasting oscillation',
  'oscillating-loss.nesterov-0.95-lr-0.15-batch-390-linear-cost': 'one bump at epoch 2, then flat at 0.108',
  'oscillating-loss.nesterov-0.99-lr-0.1-full-batch-linear-wait': 'damped swings, settled at 0.20 by epoch 25',
  'oscillating-loss.momentum-0.98-lr-0.3-full-batch-softmax-faults': 'trains smoothly to 0.002',
  'ok.entrapment-relu-adam': 'ends 0.75 of the prior: the rare alarm is noisy, not clearly healthy',
  'ok.entrapment-logistic-adam': 'ends 0.82 of the prior: not clearly healthy',
  'ok.entrapment-tanh-rmsprop-batch-16': 'ends 0.77 of the prior: not clearly healthy',
  'ok.spirals3-tanh-rmsprop-val': 'ends 0.63 of the prior, accuracy 0.74: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 117 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the lr-too-high, lr-too-low, plateau, oscillating and borderline ones (observed-curves.txt). '
         'Theme: elevators and escalators in tall buildings: trips.csv (900 elevator trips: elevator ids and call timestamps left out; floors '
         'travelled, going up, load kg (skewed; load_lb is the same in pounds), intermediate stops, door cycles (~1e6), machine room C -> motor '
         'current A, 20-118) and trips-na.csv ("NA" load_kg), alarms.csv (1,100 daily car readings: vibration mm/s (skewed), door reopens, '
         'levelling error mm, power dips, motor current A, daily door cycles -> a rare entrapment alarm, 58 of 1,100), faults.csv (950 service '
         'tickets: ticket and elevator ids left out; door time, brake temp, position error, rope stretch, vibration, current ripple, repair cost '
         'USD (skewed, no signal) -> fault type door_operator 339 / brake 196 / encoder 185 / rope_wear 177 / rare controller_board 53), '
         'maintenance.csv (780 units, semicolon export with decimal commas: age, floors served, motor starts per year (~2e5), callbacks, rated '
         'speed, hydraulic -> yearly maintenance cost USD, 7,497-35,681), escalators.csv (840 hourly rows: escalator ids and timestamps left out; '
         'hour, rush index, passengers per hour (skewed, up to thousands), cars in service, handrail speed diff, step chain elongation, pit temp '
         '-> lobby wait s, skewed 4.7-65), plus builtins iris, moons, circles, spirals (3), blobs (4), sine, xor and an inline door-test sheet. '
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
