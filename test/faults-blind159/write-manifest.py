#!/usr/bin/env python3
"""Files the candidates of test/faults-blind159 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'checked-bags regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'aircraft-type classifier with activation "gelu"'),
  'invalid-spec.mae-loss-delay': f('invalid-spec', S, ['invalid-spec'], 'delay regression with loss "mae" (L1 loss habit for skewed delays)'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'turnaround regression with batchSize 0'),
  'invalid-spec.units-zero-hidden': f('invalid-spec', S, ['invalid-spec'], 'mishandled-bag classifier with a 0-unit hidden layer'),
  'invalid-spec.dropout-rate-1': f('invalid-spec', S, ['invalid-spec'], 'fuel regression with dropout rate 1'),
  'data-error.na-pax': f('data-error', S, ['data-error'], 'checked-bags regression on the DCS export copy with "NA" pax cells'),
  'data-error.gate-feature': f('data-error', S, ['data-error'], 'checked-bags regression with the text gate id ("G19") in features'),
  'data-error.sched-ts-feature': f('data-error', S, ['data-error'], 'checked-bags regression with the scheduled timestamp text in features'),
  'data-error.aircraft-type-target-typo': f('data-error', S, ['data-error'], 'aircraft classifier with target "aircraft_typ"; the header says aircraft_type'),
  'data-error.delay-wrong-separator-column': f('data-error', S, ['data-error'], 'delay regression with feature "de_icing"; the header says deicing'),
  'data-error.turnaround-path-outside': f('data-error', S, ['data-error'], 'turnaround regression pointing at a CSV outside the workspace'),
  'data-error.uplift-id-feature-fuel': f('data-error', S, ['data-error'], 'fuel regression with the uplift_id text in features (tab-separated file)'),
  'shape-mismatch.aircraft-four-heads-no-freighter': f('shape-mismatch', S, ['shape-mismatch'], 'aircraft classifier with a 4-unit softmax; the rare B747F makes 5 classes'),
  'shape-mismatch.turnaround-min-and-h-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'turnaround minutes and hours as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four stand blobs with a 3-unit softmax head'),
  'loss-activation-mismatch.aircraft-sigmoid-heads-cce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'aircraft type with 5 sigmoid heads under cce: loss 0.00 but accuracy 0.51 against 0.89 healthy'),
  'loss-activation-mismatch.mishandled-softmax-one-unit-bce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'mishandled flag with a one-unit softmax under bce: constant output, 42x the prior'),
  'loss-activation-mismatch.relu-head-standardized-delay': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized delay through a relu output: 0.24 (healthy 0.03-0.05)'),
  'loss-activation-mismatch.sigmoid-head-standardized-bags': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized bag counts through a sigmoid output: 0.47 (healthy 0.00-0.03)'),
  'loss-activation-mismatch.tanh-head-bce-belt': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'belt-jam table with a tanh output under bce: 13.8x the prior'),
  'no-nonlinearity.circles-two-linear-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers, Nesterov 0.95 full batch: 1.00'),
  'no-nonlinearity.xor-linear-rmsprop-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through linear layers, rmsprop batch 4: 0.99'),
  'no-nonlinearity.spirals-linear-bn-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through batch-normed linear layers: 0.90'),
  'no-nonlinearity.sine-linear-deep-momentum': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through three linear layers: 0.40 (healthy 0.02-0.05)'),
  'lr-out-of-range.sgd-lr-50-bags': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'bags with SGD lr 50: NaN at epoch 1'),
  'lr-out-of-range.adam-lr-3-aircraft': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'aircraft with adam lr 3: first 30.6, ends 0.36 (healthy 0.15-0.21)'),
  'lr-out-of-range.nesterov-1e-8-turnaround': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'turnaround with Nesterov lr 1e-8: 4.33, never moves'),
  'lr-out-of-range.rmsprop-1e-9-mishandled': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'mishandled with rmsprop lr 1e-9: 2.12x the prior, never moves'),
  'init-symmetry.zeros-relu-two-layer-bags': f('init-symmetry', P, ['init-symmetry', 'dead-relu'], 'bags with zero-initialized relu layers: 1.01, all units dead'),
  'init-symmetry.constant-0.5-tanh-aircraft': f('init-symmetry', P, ['init-symmetry'], 'aircraft with constant 0.5 init: 0.31 against healthy 0.15-0.21 (the tanh units stay identical)'),
  'init-scale.normal-std-6-sigmoid-mishandled': f('init-scale', P, ['init-scale', 'saturated-activation'], 'mishandled with normal std 6 sigmoid layers: 2.47x the prior, 71% saturated'),
  'init-scale.normal-1e-3-relu-deep-circles': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'circles through five relu layers at std 1e-3: 1.00, gradients 1e-11'),
  'init-scale.uniform-5-elu-fuel': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'fuel with uniform limit 5 init: first 1.6e4, ends 43.8'),
  'init-scale.normal-std-4-relu-turnaround': f('nan-loss', P, ['nan-loss', 'init-scale'], 'turnaround with normal std 4 relu layers: NaN at epoch 1 (refiled from init-scale)'),
  'dead-relu.adam-0.05-batch-1-turnaround': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'turnaround with adam 0.05 at batch 1: 75%/94% dead, ends 0.27 (healthy 0.05-0.12)'),
  'dead-relu.bias-minus-4-two-relu-momentum-full-batch-bags': f('dead-relu', P, ['dead-relu'], 'bags with bias -4 relu layers, momentum 0.9 full batch 300 epochs: 1.00, never moves'),
  'dead-relu.bias-minus-8-aircraft-rmsprop-batch-2': f('dead-relu', P, ['dead-relu'], 'aircraft with bias -8 relu layer, rmsprop batch 2: 88% dead, 0.73 (healthy 0.15-0.21)'),
  'nan-loss.adam-5-batch-2-fuel': f('dead-relu', T, ['dead-relu', 'lr-too-high', 'lr-out-of-range'], 'fuel with adam 5 at batch 2: first 2e8, layer 2 100% dead, ends 1.00, no NaN (refiled from nan-loss)'),
  'dead-relu.momentum-0.9-lr-0.1-raw-uplift-features': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'fuel on raw features, momentum lr 0.1 with clipNorm 1: first 2e6, gradients to 6.7e6, ends 1.00 (refiled from dead-relu)'),
  'dead-relu.nesterov-0.95-lr-0.1-batch-8-delay': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'delay with three relu layers, Nesterov 0.95 lr 0.1 at batch 8: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.raw-fuel-litres-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'fuel in raw litres: gradients to 1e6, 1.70x the baseline'),
  'exploding-gradient.raw-turnaround-minutes-adam-batch-4': f('exploding-gradient', P, ['exploding-gradient'], 'turnaround with raw features and raw minutes: gradients to 1.8e7, 5.39x'),
  'nan-loss.rmsprop-2-batch-1-delay': f('exploding-gradient', T, ['exploding-gradient', 'lr-too-high', 'lr-out-of-range'], 'delay with rmsprop 2 at batch 1: first 7.3e4, ends 1271x, no NaN (refiled from nan-loss)'),
  'exploding-gradient.he-uniform-ten-relu-sgd-turnaround': f('nan-loss', P, ['nan-loss', 'exploding-gradient', 'init-scale'], 'ten relu layers at std 0.4: NaN at epoch 1 (refiled from exploding-gradient)'),
  'exploding-gradient.raw-bags-target-momentum': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'bags on raw counts with momentum: NaN at epoch 1 (refiled from exploding-gradient)'),
  'exploding-gradient.raw-features-tanh-nesterov-delay': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'delay with normalize none (but the target standardized), Nesterov 0.05: NaN at epoch 1 (refiled)'),
  'vanishing-gradient.ten-sigmoid-nesterov-bags': f('vanishing-gradient', P, ['vanishing-gradient'], 'bags through ten sigmoid layers: 1.01, first-layer gradients 1e-6'),
  'vanishing-gradient.eight-sigmoid-momentum-moons': f('vanishing-gradient', P, ['vanishing-gradient'], 'moons through eight sigmoid layers: 1.00'),
  'vanishing-gradient.twelve-tanh-lecun-sgd-delay': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'delay through twelve tanh layers at std 0.05: 1.00, gradients 1e-8'),
  'vanishing-gradient.seven-sigmoid-rmsprop-aircraft': f('vanishing-gradient', P, ['vanishing-gradient'], 'aircraft through seven sigmoid layers, plain SGD: 1.00'),
  'nan-loss.raw-uplift-target-sgd': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'fuel on raw litres with SGD 0.01: NaN at epoch 1'),
  'nan-loss.momentum-0.99-lr-1-full-batch-bags': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'bags, momentum 0.99 lr 1 full batch: NaN at epoch 5'),
  'nan-loss.raw-features-linear-sgd-turnaround': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'linear turnaround on raw features (fuel litres): NaN at epoch 1'),
  'lr-too-high.sgd-plain-3-batch-8-delay': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'delay with plain SGD 3 at batch 8: NaN at epoch 1 (refiled from lr-too-high)'),
  'ok.fuel-nesterov-three-relu-batch-512-long': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'fuel, three relu layers, Nesterov 0.95 lr 0.05 at batch 512: first 108.6, NaN at epoch 7 (meant healthy)'),
  'ok.turnaround-momentum-three-relu-lr-0.1-batch-64': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'turnaround, three relu layers, momentum 0.9 lr 0.1 at batch 64: NaN at epoch 1 (meant healthy)'),
  'oscillating-loss.momentum-0.98-lr-0.3-full-batch-relu-bags': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'bags relu, momentum 0.98 lr 0.3 full batch: grows to Infinity, NaN at epoch 7 (refiled)'),
  'oscillating-loss.seats-and-pax-sgd-0.7-full-batch-linear': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear bags on seats and pax (collinear), SGD 0.7 full batch: grows x6 per epoch, NaN at epoch 96 (refiled)'),
  'saturated-activation.sigmoid-raw-fuel-aircraft': f('saturated-activation', P, ['saturated-activation'], 'aircraft on raw features (fuel litres) through sigmoid: 100% saturated, 1.01'),
  'saturated-activation.sigmoid-raw-turnaround-features': f('saturated-activation', P, ['saturated-activation'], 'turnaround on raw features through sigmoid layers: 100% saturated, 1.00'),
  'saturated-activation.tanh-bias-8-bags': f('saturated-activation', P, ['saturated-activation'], 'bags with tanh bias 8: 91% saturated, 0.21 (healthy 0.00-0.03)'),
  'lr-too-high.adam-0.1-batch-1-turnaround': f('lr-too-high', T, ['lr-too-high'], 'turnaround with adam 0.1 at batch 1: 1.41-4.60, ends 2.33'),
  'lr-too-high.adam-0.3-batch-4-mishandled': f('lr-too-high', T, ['lr-too-high'], 'mishandled with adam 0.3 at batch 4: 3.39x the prior'),
  'lr-too-high.momentum-0.9-lr-0.3-iris-batch-4': f('lr-too-high', T, ['lr-too-high'], 'iris with momentum lr 0.3 at batch 4: ends 1.16x (healthy 0.01-0.05)'),
  'lr-too-high.nesterov-0.95-lr-0.5-batch-16-aircraft': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'aircraft with Nesterov 0.95 lr 0.5: 1.04x, gradients dead'),
  'oscillating-loss.sgd-plain-1.9-full-batch-linear-delay': f('lr-too-high', T, ['lr-too-high'], 'linear delay, plain SGD 0.95 full batch: grows steadily to 5.8e12, no NaN (refiled from oscillating-loss; slug says 1.9 but lr is 0.95)'),
  'lr-too-low.nesterov-1e-5-two-relu-full-batch-turnaround': f('lr-too-low', T, ['lr-too-low'], 'turnaround, two relu layers, Nesterov 1e-5 full batch 300 epochs: 1.18 to 0.76'),
  'lr-too-low.adam-3e-7-aircraft': f('lr-too-low', T, ['lr-too-low'], 'aircraft with adam 3e-7: 2.07 to 2.06'),
  'lr-too-low.sgd-plain-1e-5-mishandled': f('lr-too-low', T, ['lr-too-low'], 'mishandled with plain SGD 1e-5: 4.12x the prior'),
  'lr-too-low.rmsprop-1e-6-batch-4-delay': f('lr-too-low', T, ['lr-too-low'], 'delay with rmsprop 1e-6 at batch 4: 0.97 to 0.92'),
  'lr-too-low.momentum-0.95-1e-6-linear-bags': f('lr-too-low', T, ['lr-too-low'], 'linear bags with momentum 0.95 lr 1e-6: 2.02 to 1.65 (healthy 0.03)'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-bags': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear bags, momentum 0.99 full batch: swings 0.13-1.56 for the whole run, ends 0.12 (same model healthy at momentum 0.95: 0.03)'),
  'oscillating-loss.momentum-0.95-lr-0.6-full-batch-linear-turnaround': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear turnaround, momentum 0.95 lr 0.6 full batch: swings 0.24-1.52 in the first 50 epochs, ends 0.12'),
  'oscillating-loss.momentum-0.97-lr-0.2-batch-500-linear-delay': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear delay, momentum 0.97 lr 0.2 at batch 500: swings 0.15-3.60 over 50+ epochs, ends 0.04'),
  'loss-plateau.tag-serial-only-mishandled': f('loss-plateau', T, ['loss-plateau'], 'mishandled from the bag tag serial only: 1.00'),
  'loss-plateau.stand-number-only-aircraft': f('loss-plateau', T, ['loss-plateau'], 'aircraft type from the stand number only: 1.00'),
  'loss-plateau.slot-hour-only-delay': f('loss-plateau', T, ['loss-plateau'], 'delay from the slot hour only: 1.00'),
  'loss-plateau.weight-decay-5-momentum-bags': f('loss-plateau', T, ['loss-plateau'], 'bags with momentum weightDecay 5: 1.01'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.mishandled-two-sigmoid-bce': 'two sigmoid heads under bce on one 0/1 column trained to 0.70 of the prior: the engine accepted it',
  'init-symmetry.zeros-sigmoid-moons-batch-1': 'ends 0.37 on moons at batch 1: unclear',
  'init-symmetry.constant-0.2-elu-delay': 'trained to 0.04',
  'init-scale.uniform-1e-5-tanh-six-layers-bags': 'trained to 0.01',
  'saturated-activation.tanh-raw-connect-mishandled': 'ends 0.75 of the prior, inside the healthy range',
  'lr-too-high.rmsprop-0.05-batch-2-bags': 'trained to 0.04',
  'loss-plateau.dropout-0.95-turnaround': 'first 819, ends 2.82: not a plateau, unclear code',
  'oscillating-loss.adam-0.3-full-batch-logistic-mishandled': 'settles at 0.75 of the prior',
  'oscillating-loss.nesterov-0.95-lr-0.3-batch-450-linear-fuel': 'small wobble 0.17-0.20 only',
  'oscillating-loss.rmsprop-0.05-batch-256-tanh-turnaround': 'wobble 0.10-0.23, trends down: unclear',
  'ok.turnaround-nesterov-three-relu-full-batch-long': 'gradients to 5e17 then stuck at 1.00: a fault of unclear code (exploding then dead)',
  'ok.spirals-adam-tanh-deep': 'ends 0.90: not healthy',
  'ok.mishandled-adam-tanh-batch-1': 'ends 0.75 of the prior: not clearly healthy',
  'ok.mishandled-logistic-momentum-0.9-batch-128': 'ends 0.75 of the prior: not clearly healthy',
  'ok.mishandled-minmax-rmsprop-elu-clip-batch-8': 'ends 0.76 of the prior: not clearly healthy',
  'ok.moons-rmsprop-elu-batch-2': 'ends 0.29: not clearly healthy',
  'ok.circles-adam-relu-bn': 'min 0.01, ends 0.12: swings',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 159 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: airports and baggage handling: bags.csv (1,000 departures: flight ids, scheduled timestamps, gate ids; hour, seats, pax, load factor, '
         'long haul, leisure share -> checked bags) and bags-na.csv ("NA" pax), turnaround.csv (900 turns: seats, bags, belt speed m/s, skewed fuel '
         'uplift litres, ramp crew, remote stand -> turnaround minutes and hours), aircraft.csv (1,000 movements -> A320/B737/E190/A350/rare B747F 38; '
         'stand number with no effect), mishandled.csv (1,200 transfer bags -> rare mishandled flag 129/1,200; tag serial with no effect), '
         'delay.csv (850 flights, semicolon export with decimal commas -> delay minutes), fuel.csv (900 tab-separated uplifts -> skewed litres and m3), '
         'plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline belt-jam table. Data by data/generate.ts; specs by author.ts; '
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
