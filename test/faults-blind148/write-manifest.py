#!/usr/bin/env python3
"""Files the candidates of test/faults-blind148 by what the bare engine showed (observed.txt,
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
  'invalid-spec.nadam-optimizer': f('invalid-spec', S, ['invalid-spec'], 'skier-count regression with optimizer "nadam" (a Keras habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'run-difficulty classifier with activation "gelu" (a PyTorch habit)'),
  'invalid-spec.mae-loss-revenue': f('invalid-spec', S, ['invalid-spec'], 'skewed revenue regression with loss "mae"'),
  'invalid-spec.dropout-rate-1': f('invalid-spec', S, ['invalid-spec'], 'lift-stop classifier with a dropout rate of 1'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'queue regression with batchSize 0'),
  'invalid-spec.units-string': f('invalid-spec', S, ['invalid-spec'], 'queue regression whose output layer has units "1" as a string'),
  'data-error.na-snow-depth': f('data-error', S, ['data-error'], 'skier-count regression reading the copy with "NA" snow depths'),
  'data-error.lift-id-feature': f('data-error', S, ['data-error'], 'queue regression with the lift id text ("LIFT-07") in features (semicolon export)'),
  'data-error.scan-ts-feature': f('data-error', S, ['data-error'], 'queue regression with the gate scan timestamp in features'),
  'data-error.trail-code-feature': f('data-error', S, ['data-error'], 'difficulty classifier with the trail code text ("T193") in features'),
  'data-error.wind-kph-typo': f('data-error', S, ['data-error'], 'lift-stop classifier with feature "wind_kph"; the header has wind_ms and gust_kmh'),
  'data-error.revenue-xlsx-missing': f('data-error', S, ['data-error'], 'revenue regression pointing at revenue.xlsx, which does not exist'),
  'data-error.resort-code-feature': f('data-error', S, ['data-error'], 'skier-count regression with the resort code text ("RES-1") in features'),
  'shape-mismatch.difficulty-four-heads': f('shape-mismatch', S, ['shape-mismatch'], 'difficulty classifier with a 4-unit softmax; the rare double_black class makes 5'),
  'shape-mismatch.revenue-usd-and-k-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'revenue in dollars and in thousands as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four snowpark blobs with a 3-unit softmax head'),
  'loss-activation-mismatch.softmax-one-unit-cce-stop': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'lift stop with a one-unit softmax output under bce: constant output, 34.9x the prior'),
  'loss-activation-mismatch.relu-head-bce-stop': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'lift stop with a relu output under bce: 0.91 of the prior (healthy 0.52-0.64)'),
  'loss-activation-mismatch.sigmoid-head-standardized-queue': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized queue minutes through a sigmoid output under mse: 0.55 (healthy 0.05-0.06)'),
  'loss-activation-mismatch.relu-head-standardized-skiers': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized skier count through a relu output (no negatives): 0.21 (healthy 0.03-0.04 nonlinear)'),
  'loss-activation-mismatch.sigmoid-heads-cce-iris': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'iris with three sigmoid outputs under cce: loss falls to 0.00 but accuracy stays 0.33'),
  'no-nonlinearity.circles-two-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear hidden layers: 0.99 of the prior'),
  'no-nonlinearity.xor-linear-nesterov-full-batch': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with an explicit linear hidden layer, Nesterov full batch: 1.00'),
  'no-nonlinearity.moons-linear-elu-less-rms-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through two linear layers: 0.41 (healthy 0.00-0.01)'),
  'no-nonlinearity.spirals-linear-dropout-momentum': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through linear layers with dropout: 0.96'),
  'lr-out-of-range.nesterov-lr-25-queue': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'queue regression with Nesterov lr 25: NaN at epoch 1'),
  'lr-out-of-range.adam-3e-9-runs': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'difficulty classifier with adam lr 3e-9: 1.30 of the prior, never moves'),
  'lr-out-of-range.rmsprop-lr-12-stop': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'lift stop with rmsprop lr 12: first 858, ends 69x the prior'),
  'lr-out-of-range.sgd-negative-skiers': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'skier count with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-deep-rmsprop-queue': f('init-symmetry', P, ['init-symmetry'], 'queue regression with zero-initialised relu layers and output: 1.00'),
  'init-symmetry.constant-0.5-tanh-sgd-runs': f('init-symmetry', P, ['init-symmetry'], 'difficulty classifier with every weight 0.5 (identical tanh units): 0.36 (healthy 0.10-0.16)'),
  'init-symmetry.zeros-sigmoid-adam-moons': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised sigmoid layers: 0.44, a linear boundary (healthy 0.00-0.01)'),
  'init-scale.normal-std-4-sigmoid-skiers': f('init-scale', P, ['init-scale', 'saturated-activation'], 'skier count through std-4 sigmoid layers: first 150, ends 15.3x, layers saturated'),
  'init-scale.uniform-6-elu-queue': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'queue through uniform limit-6 elu layers: first 4.6e9, ends 5.2e6x'),
  'init-scale.normal-1e-5-relu-runs': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'difficulty through six relu layers at std 1e-5: gradients ~1e-27, flat 1.00'),
  'init-scale.normal-std-2-relu-stop': f('init-scale', P, ['init-scale', 'exploding-gradient', 'dead-relu'], 'lift stop through std-2 relu layers: first 1.8e34, then every relu dead, ends 1.01'),
  'dead-relu.bias-minus-8-adam-queue': f('dead-relu', P, ['dead-relu'], 'queue through one 64-unit relu layer at bias -8: 97% dead, 1.00'),
  'dead-relu.bias-minus-4-three-layer-runs': f('dead-relu', P, ['dead-relu'], 'difficulty through three relu layers at bias -4: layer 2 all dead, 1.00'),
  'dead-relu.bias-minus-6-xor': f('dead-relu', P, ['dead-relu'], 'xor through a relu layer at bias -6: all dead, 1.00'),
  'dead-relu.adam-0.3-batch-4-revenue': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'revenue with adam 0.3 at batch 4: layer-2 relu 100% dead, ends 1.05'),
  'exploding-gradient.raw-skier-count-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'skier count in raw heads as target: 2.12x the baseline 8.3e6'),
  'exploding-gradient.raw-arrivals-features-sgd': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'queue on raw arrivals per hour and capacity: first 1.2e15, ends 1.0e9x, relu layer dead'),
  'exploding-gradient.raw-revenue-dollars-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'revenue in raw dollars as target: 2.84x the baseline 1.6e10'),
  'exploding-gradient.raw-trail-length-runs-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'difficulty on raw trail length and vertical metres: first 1205, ends 18x'),
  'exploding-gradient.ten-leaky-std-0.8-skiers': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'skier count through ten leaky layers at std 0.8: first 1.3e9, ends 9e6x'),
  'nan-loss.raw-skiers-features-nesterov': f('exploding-gradient', P, ['exploding-gradient'], 'raw features and raw skier target, Nesterov: first 1.1e31, ends 1.00x, no NaN (refiled from nan-loss)'),
  'nan-loss.sgd-0.05-full-batch-raw-target-revenue': f('exploding-gradient', P, ['exploding-gradient', 'saturated-activation'], 'raw dollar revenue target, plain SGD full batch: loss 4.5e10, tanh layer saturated, ends 0.34x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-sgd-queue': f('vanishing-gradient', P, ['vanishing-gradient'], 'queue through eight sigmoid layers: first-layer gradient ~1e-5, 1.01'),
  'vanishing-gradient.twelve-tanh-xavier-normal-runs': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'difficulty through twelve tanh layers at std 0.08: 1.00'),
  'vanishing-gradient.nine-sigmoid-rmsprop-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through nine sigmoid layers: 1.00'),
  'vanishing-gradient.seven-sigmoid-nesterov-full-batch-stop': f('vanishing-gradient', P, ['vanishing-gradient'], 'lift stop through seven sigmoid layers, Nesterov full batch: 1.00'),
  'nan-loss.constant-1.5-deep-tanh-free-linear-revenue': f('nan-loss', T, ['nan-loss', 'init-scale', 'exploding-gradient'], 'revenue through five linear layers at constant 1.5: NaN at epoch 1'),
  'nan-loss.momentum-0.95-lr-2-batch-8-queue': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'queue with momentum 0.95 lr 2 at batch 8: NaN at epoch 1'),
  'dead-relu.sgd-plain-2-batch-1-skiers': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'skier count with plain SGD lr 2 at batch 1: NaN at epoch 1 (refiled from dead-relu)'),
  'lr-too-high.nesterov-0.5-batch-4-skiers': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'skier count with Nesterov lr 0.5 at batch 4: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.sgd-plain-0.9-full-batch-deep-revenue': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'revenue, two relu layers, plain SGD 0.9 full batch: 1.7 -> 180 -> 1e8 -> NaN at epoch 5 (refiled from lr-too-high)'),
  'ok.revenue-nesterov-full-batch-deep-elu': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'revenue, two elu layers, Nesterov 0.05 full batch: swings 0.59-84, NaN at epoch 29 (refiled from healthy)'),
  'oscillating-loss.momentum-0.99-lr-0.2-batch-275-elu-skiers': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'skier count, momentum 0.99 lr 0.2 at batch 275: swings 0.67-3.3, NaN at epoch 15 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-bias-minus-9-skiers': f('saturated-activation', P, ['saturated-activation'], 'skier count through sigmoid layers at bias -9: saturated 100%, 1.00'),
  'saturated-activation.sigmoid-raw-arrivals-queue': f('saturated-activation', P, ['saturated-activation'], 'queue on raw arrivals/capacity through sigmoid: saturated 100%, 0.12 (healthy 0.05-0.06)'),
  'saturated-activation.tanh-raw-length-runs': f('saturated-activation', P, ['saturated-activation'], 'difficulty on raw trail metres through tanh: saturated 100%, 0.45 (healthy 0.10-0.16)'),
  'saturated-activation.tanh-raw-revenue-features': f('saturated-activation', P, ['saturated-activation'], 'revenue on raw skier counts and dollars through tanh: saturated 100%, 1.06'),
  'lr-too-high.adam-0.15-batch-16-stop': f('lr-too-high', T, ['lr-too-high'], 'lift stop with adam 0.15 at batch 16: min 0.81x, ends 1.22x the prior (healthy 0.52-0.64)'),
  'lr-too-high.sgd-plain-3-batch-16-runs': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'difficulty with plain SGD 3 at batch 16: 84% dead, ends 1.01 (healthy 0.10-0.16)'),
  'lr-too-high.momentum-1-batch-32-blobs4': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'four blobs with momentum lr 1: swings 0.24-1.19, ends 0.60 (healthy 0.08)'),
  'nan-loss.rmsprop-5-batch-2-sine': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range', 'dead-relu'], 'sine with rmsprop 5 at batch 2: first 3.1e6, relu dead, ends 14x, no NaN (refiled from nan-loss)'),
  'lr-too-low.sgd-plain-2e-6-full-batch-skiers': f('lr-too-low', T, ['lr-too-low'], 'skier count, plain SGD 2e-6 full batch: 1.79 to 1.78'),
  'lr-too-low.adam-3e-7-runs': f('lr-too-low', T, ['lr-too-low', 'lr-out-of-range'], 'difficulty with adam 3e-7: 1.43 to 1.42 of the prior'),
  'lr-too-low.nesterov-1e-6-batch-64-queue': f('lr-too-low', T, ['lr-too-low'], 'queue with Nesterov 1e-6: 1.20 to 1.11'),
  'lr-too-low.rmsprop-1e-6-stop': f('lr-too-low', T, ['lr-too-low'], 'lift stop with rmsprop 1e-6: 2.20x to 2.17x the prior'),
  'lr-too-low.momentum-5e-6-full-batch-circles': f('lr-too-low', T, ['lr-too-low'], 'circles, momentum 5e-6 full batch: 0.96, never moves'),
  'lr-too-high.momentum-0.99-lr-0.3-full-batch-queue': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'queue, one tanh layer, momentum 0.99 lr 0.3 full batch: swings 0.33-2.7 all run long, ends 0.40 (healthy 0.05) (refiled from lr-too-high)'),
  'oscillating-loss.momentum-0.99-lr-0.1-full-batch-linear-skiers': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear skier model, momentum 0.99 full batch: swings 0.27-1.53, still 0.45-0.73 late, ends 0.49 (plain SGD reaches 0.26)'),
  'oscillating-loss.momentum-0.98-lr-1-full-batch-logistic-stop': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'logistic lift stop, momentum 0.98 lr 1 full batch: slow swings 0.28-0.52 of the prior, ends 0.70x (plain SGD 0.64x)'),
  'loss-plateau.tower-serial-only-stop': f('loss-plateau', T, ['loss-plateau'], 'lift stop from the tower serial only: 1.00'),
  'loss-plateau.trail-no-only-runs': f('loss-plateau', T, ['loss-plateau'], 'difficulty from the trail number only: 1.00'),
  'loss-plateau.gate-no-only-queue': f('loss-plateau', T, ['loss-plateau'], 'queue from the gate number only: 1.00'),
  'loss-plateau.weight-decay-5-rmsprop-skiers': f('loss-plateau', T, ['loss-plateau'], 'skier count with rmsprop weightDecay 5: min 0.77, ends 1.00'),
  'loss-plateau.clipnorm-1e-7-sgd-revenue': f('loss-plateau', T, ['loss-plateau'], 'revenue with clipNorm 1e-7: 1.46, never moves'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.lift-stop-two-sigmoid-heads': 'the engine trained it (0.63 of the prior) instead of refusing it: unclear',
  'loss-activation-mismatch.tanh-head-bce-hold': 'ends 0.25 against healthy 0.10-0.16 on the small inline table: too close',
  'init-symmetry.constant-0.2-elu-nesterov-stop': 'ends 0.65 against healthy 0.52-0.64: too close',
  'init-scale.uniform-1e-3-tanh-spirals': 'ends 0.96, but the healthy spirals spec also failed (0.83): no reference',
  'saturated-activation.sigmoid-raw-load-pct-stop': 'ends 0.67 against healthy 0.52-0.64: too close',
  'lr-too-high.rmsprop-0.05-batch-2-queue': 'ends 0.11 against healthy 0.05-0.06: too close',
  'oscillating-loss.sgd-plain-cm-and-inches-full-batch-linear': 'diverges monotonically (3.3 to 1.7e24) with no oscillation, no NaN in 150 epochs: unclear code',
  'oscillating-loss.sgd-plain-cm-and-inches-0.45-full-batch-linear': 'settles smoothly at 0.27 (the linear ceiling): not a fault, and not clearly healthy',
  'oscillating-loss.momentum-0.95-lr-0.15-full-batch-linear-queue': 'rings 0.16-1.36 early, then settles at 0.13 (the linear optimum)',
  'oscillating-loss.nesterov-0.97-lr-0.2-full-batch-linear-revenue': 'rings early, settles at 0.07',
  'oscillating-loss.nesterov-0.99-lr-0.15-full-batch-linear-revenue': 'rings early, settles at 0.07',
  'oscillating-loss.nesterov-0.95-lr-0.6-full-batch-tanh-revenue': 'grows steadily to NaN at epoch 33; a duplicate of the full-batch nan-loss shapes',
  'oscillating-loss.adam-0.3-full-batch-linear-skiers': 'rings early, settles at 0.26',
  'oscillating-loss.adam-0.08-full-batch-relu-queue': 'settles at 0.05 (healthy)',
  'oscillating-loss.adam-0.5-batch-64-linear-queue': 'jitters 0.15-0.25 against the linear optimum 0.13: unclear',
  'oscillating-loss.rmsprop-0.02-batch-100-linear-queue': 'settles at 0.13',
  'oscillating-loss.rmsprop-0.05-full-batch-tanh-queue': 'bumpy 0.07-0.18, ends 0.075 against healthy 0.05: unclear',
  'oscillating-loss.sgd-plain-wind-both-units-batch-550-queue': 'settles at 0.15',
  'oscillating-loss.momentum-0.9-lr-8-logistic-full-batch-stop': 'swings early, settles at 0.256 (plain SGD level)',
  'oscillating-loss.momentum-0.99-lr-0.5-full-batch-moons': 'bumps early, trains to 0.00',
  'oscillating-loss.momentum-0.99-lr-0.05-batch-8-linear-queue': 'diverges to NaN at epoch 38; one more nan-loss of a shape already held',
  'ok.spirals-adam-tanh-deep': 'ends 0.83: not healthy',
  'ok.skiers-minmax-sgd-plain-batch-1': 'ends 0.33 of the minmax baseline after 6 epochs: not clearly healthy',
  'ok.queue-momentum-full-batch-linear': 'rings 0.14-0.69 in the first 20 epochs before settling: not clearly healthy',
  'ok.queue-sgd-plain-full-batch-relu': 'rises 1.3 -> 6.2 in epochs 2-7 before training to 0.06: a big early swing, not clearly healthy',
  'ok.circles-nesterov-relu-bn-batch-16': 'ends 0.31 with min 0.15: not clearly healthy',
}
HEALTHY_RENAME = {'oscillating-loss.nesterov-0.99-lr-0.3-full-batch-tanh-runs': 'runs-nesterov-0.99-full-batch-tanh'}

ABOUT = ('Fault set 148 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low, plateau and full-batch healthy candidates (observed-curves.txt). '
         'Theme: ski resorts and lift operations: skiers.csv (900 resort days: day ids, dates, resort codes; snow depth in cm and inches, '
         'new snow, temperature, wind km/h and m/s, weekend, holiday, ticket price -> skewed skier count) and skiers-na.csv ("NA" snow depths), '
         'queue.csv (1,100 lift/quarter-hour rows, semicolon export with decimal commas: lift ids, scan timestamps, gate number with no effect; '
         'arrivals, capacity, chairs running, wind m/s and km/h -> queue minutes), runs.csv (1,000 trails -> green/blue/red/black/rare '
         'double_black 49; slope, length and vertical metres, grooming, width, moguls; trail number with no effect), liftstop.csv '
         '(1,200 hourly readings -> rare lift stop 164/1,200; wind, gusts m/s and km/h, icing, temperature, load; tower serial with no effect), '
         'revenue.csv (800 tab-separated ticket office days -> skewed revenue in dollars and thousands), plus builtins iris, moons, circles, '
         'spirals, blobs (4), sine, xor and an inline lift-hold table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
