#!/usr/bin/env python3
"""Files the candidates of test/faults-blind137 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'escape-minutes regression with optimizer "adamw" (the PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'room-theme classifier with activation "gelu"'),
  'invalid-spec.mae-loss-tokens': f('invalid-spec', S, ['invalid-spec'], 'token-spend regression with loss "mae" (L1 for skewed dollars)'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'lane-score regression with batchSize 0'),
  'invalid-spec.embedding-layer-venue': f('invalid-spec', S, ['invalid-spec'], 'escape-minutes regression starting with an embedding layer for venues'),
  'data-error.na-lead-days': f('data-error', S, ['data-error'], 'escape regression reading the booking-system copy with "NA" lead_days cells'),
  'data-error.venue-id-feature': f('data-error', S, ['data-error'], 'escape regression with the text column venue_id ("VEN-05") in features'),
  'data-error.booking-ts-feature-theme': f('data-error', S, ['data-error'], 'room-theme classifier with the booking_id text in features'),
  'data-error.target-typo-escape-minutes': f('data-error', S, ['data-error'], 'escape regression with target "escape_minutes"; the header says escape_min'),
  'data-error.lane-id-feature-semicolon': f('data-error', S, ['data-error'], 'lane-score regression (semicolon file) with the lane_id text in features'),
  'data-error.path-without-dotdot-tokens': f('data-error', S, ['data-error'], 'token-spend regression with csv "data/tokens.csv" relative to the wrong folder'),
  'shape-mismatch.theme-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'room-theme classifier with a 3-unit softmax; there are 5 themes (rare kids rooms)'),
  'shape-mismatch.spend-usd-and-cents-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'spend in dollars and cents as two targets, one output unit'),
  'shape-mismatch.blobs4-two-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four venue blobs with a 2-unit softmax head'),
  'shape-mismatch.escape-two-outputs-one-target': f('shape-mismatch', S, ['shape-mismatch'], 'escape minutes (one target) with a 2-unit linear output'),
  'loss-activation-mismatch.refund-one-softmax-bce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'refund flag with a 1-unit softmax output under bce: constant output, 57x the prior'),
  'loss-activation-mismatch.relu-head-standardized-escape': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized escape minutes through a relu output: ends 0.51 (healthy 0.03-0.07)'),
  'loss-activation-mismatch.sigmoid-head-standardized-lanes': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized lane scores through a sigmoid output under mse: 0.58 (healthy 0.07-0.11)'),
  'loss-activation-mismatch.sigmoid-heads-cce-theme': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'room theme with a 5-unit sigmoid output under cce: loss reads 0.002 yet accuracy is 0.69 (healthy 0.82-0.86)'),
  'no-nonlinearity.circles-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 0.99 (healthy 0.00-0.06)'),
  'no-nonlinearity.xor-linear-nesterov-batch-1': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear hidden layer at batch 1: 1.01'),
  'no-nonlinearity.spirals-linear-dropout-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through linear layers with dropout: 0.95 (healthy 0.02)'),
  'no-nonlinearity.sine-linear-bn-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through linear batch-normalized layers: 0.38 (healthy 0.01)'),
  'lr-out-of-range.adam-lr-10-lanes': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'lane score with adam lr 10: first loss 2.3e6, ends 1.90'),
  'lr-out-of-range.nesterov-1e-10-theme': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'room theme with Nesterov lr 1e-10: loss never moves from 2.10'),
  'lr-out-of-range.rmsprop-lr-40-refund': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'refund flag with rmsprop lr 40: 129x the prior'),
  'lr-out-of-range.negative-sgd-tokens': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'token spend with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-adam-escape': f('init-symmetry', P, ['init-symmetry'], 'escape minutes with zero-initialised relu layers: flat at 1.00'),
  'init-symmetry.constant-0.3-tanh-theme': f('init-symmetry', P, ['init-symmetry'], 'room theme with constant-0.3 tanh and softmax layers: 0.56, acc 0.67 (healthy 0.25-0.33)'),
  'init-symmetry.zeros-sigmoid-sgd-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with zero-initialised sigmoid layers: 1.02'),
  'init-symmetry.zeros-elu-nesterov-tokens': f('init-symmetry', P, ['init-symmetry'], 'token spend with zero-initialised elu layers: 1.01'),
  'init-symmetry.constant-0.1-tanh-xor': f('init-symmetry', P, ['init-symmetry'], 'xor with constant-0.1 tanh layers: 1.00'),
  'init-scale.normal-std-10-sigmoid-theme': f('init-scale', P, ['init-scale', 'saturated-activation'], 'room theme with std-10 sigmoid and softmax layers: first 53, ends 3.31x'),
  'init-scale.normal-std-4-tanh-blobs': f('init-scale', P, ['init-scale', 'saturated-activation'], 'four blobs through std-4 tanh layers: first 32, ends 1.35x (healthy 0.21)'),
  'init-scale.uniform-1e-3-sigmoid-deep-escape': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'escape minutes through five sigmoid layers at uniform 1e-3: flat near 1.00 at first, ends 0.21 (healthy 0.03-0.07)'),
  'dead-relu.bias-minus-4-adam-escape': f('dead-relu', P, ['dead-relu'], 'escape minutes with relu layers at bias -4: dead, 1.00'),
  'dead-relu.bias-minus-2-six-layer-tokens': f('dead-relu', P, ['dead-relu'], 'token spend through six relu layers at bias -2: dead, 1.00'),
  'dead-relu.he-uniform-bias-minus-10-refund': f('dead-relu', P, ['dead-relu'], 'refund flag with a 128-unit relu layer at bias -10: dead, 1.00 of the prior'),
  'dead-relu.adam-0.05-batch-2-lanes': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'lane score with adam 0.05 at batch 2: layer-2 relu 95% dead, min 0.16, ends 1.28'),
  'exploding-gradient.raw-cents-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'token spend in raw cents as target: 4.85x the baseline 1.5e6'),
  'exploding-gradient.raw-price-lead-theme-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'room theme on raw price dollars and lead days: first 23, ends 0.87, acc 0.47'),
  'exploding-gradient.raw-score-target-rmsprop-elu': f('exploding-gradient', P, ['exploding-gradient'], 'lane score in raw points as target: 14.8x the baseline'),
  'exploding-gradient.ten-leaky-std-0.5-escape': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'ten leaky layers at std 0.5: first 2.6e4, ends 31x'),
  'exploding-gradient.raw-queue-spend-refund-nesterov': f('exploding-gradient', P, ['exploding-gradient'], 'refund flag on raw queue minutes and spend dollars: 1.18x the prior'),
  'nan-loss.constant-1-relu-four-layers-tokens': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'four relu layers at constant 1: first 3.0e12, ends 1.01, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-nesterov-theme': f('vanishing-gradient', P, ['vanishing-gradient'], 'room theme through eight sigmoid layers: 1.00'),
  'vanishing-gradient.ten-sigmoid-rmsprop-tokens': f('vanishing-gradient', P, ['vanishing-gradient'], 'token spend through ten sigmoid layers: 0.62 (healthy 0.04-0.05)'),
  'vanishing-gradient.twelve-tanh-std-0.03-circles': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'circles through twelve tanh layers at std 0.03: 1.00'),
  'vanishing-gradient.seven-sigmoid-batch-1-lanes': f('vanishing-gradient', P, ['vanishing-gradient'], 'lane score through seven sigmoid layers at batch 1: 1.05'),
  'vanishing-gradient.nine-sigmoid-he-normal-xor': f('vanishing-gradient', P, ['vanishing-gradient'], 'xor through nine sigmoid layers: 1.00'),
  'nan-loss.sgd-plain-8-full-batch-lanes': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'lane score with plain SGD lr 8 full batch: NaN at epoch 5'),
  'dead-relu.sgd-plain-3-batch-4-theme': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'room theme with plain SGD lr 3 at batch 4: NaN at epoch 1 (refiled from dead-relu)'),
  'init-scale.uniform-20-elu-lanes': f('nan-loss', T, ['nan-loss', 'init-scale'], 'lane score with uniform limit 20 elu layers: NaN at epoch 1 (refiled from init-scale)'),
  'lr-too-high.nesterov-0.5-batch-8-escape': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'escape minutes with Nesterov lr 0.5 at batch 8: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.sgd-plain-2-batch-4-lanes': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'lane score with plain SGD lr 2 at batch 4: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.sgd-plain-0.6-batch-4-linear-lanes': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear lane model, plain SGD 0.6 at batch 4: NaN at epoch 2 (refiled from oscillating-loss)'),
  'ok.sine-nesterov-tanh-batch-300': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine with Nesterov 0.1 full batch: min 0.10, NaN at epoch 50 (meant healthy; refiled)'),
  'loss-plateau.dropout-0.95-tokens': f('nan-loss', T, ['nan-loss'], 'token spend with dropout 0.95 before the output, plain SGD 0.01: first 22.8, NaN at epoch 8 (refiled from loss-plateau)'),
  'saturated-activation.tanh-bias-minus-5-theme': f('saturated-activation', P, ['saturated-activation'], 'room theme through tanh layers with bias -5: 1.02'),
  'saturated-activation.sigmoid-raw-play-minutes-tokens': f('saturated-activation', P, ['saturated-activation'], 'token spend on raw play minutes and hours through sigmoid: min 0.59, ends 1.01'),
  'saturated-activation.tanh-raw-bowler-avg': f('saturated-activation', P, ['saturated-activation'], 'lane score on raw bowler averages (60-240) through tanh: 84% saturated, 0.18 (healthy 0.07-0.11)'),
  'lr-too-high.adam-0.3-batch-16-theme': f('lr-too-high', T, ['lr-too-high'], 'room theme with adam 0.3 at batch 16: min 0.90, ends 1.18 (healthy 0.37-0.49)'),
  'lr-too-high.momentum-0.95-lr-0.3-blobs': f('lr-too-high', T, ['lr-too-high'], 'four blobs with momentum 0.95 lr 0.3: min 0.69, ends 1.04x (healthy 0.21)'),
  'lr-too-high.rmsprop-0.05-batch-1-tokens': f('lr-too-high', T, ['lr-too-high'], 'token spend with rmsprop 0.05 at batch 1: 0.49 (healthy 0.04-0.05)'),
  'nan-loss.rmsprop-5-batch-16-escape': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range'], 'escape minutes with rmsprop 5 at batch 16: first 3.4e6, ends 6.8x, no NaN (refiled from nan-loss)'),
  'nan-loss.adam-4-batch-1-sine': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range'], 'sine with adam 4 at batch 1: first 835, ends 41x, no NaN (refiled from nan-loss)'),
  'oscillating-loss.sgd-plain-0.95-full-batch-linear-escape': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear escape model, plain SGD 0.95 full batch: grows from 3.4 to 7.4e12 over 150 epochs, no NaN (refiled from oscillating-loss)'),
  'lr-too-low.adam-3e-6-theme': f('lr-too-low', T, ['lr-too-low'], 'room theme with adam 3e-6: 2.10 to 2.02'),
  'lr-too-low.sgd-plain-1e-5-batch-64-lanes': f('lr-too-low', T, ['lr-too-low'], 'lane score with plain SGD 1e-5: 2.90 to 2.16'),
  'lr-too-low.rmsprop-1e-6-tokens': f('lr-too-low', T, ['lr-too-low'], 'token spend with rmsprop 1e-6: 2.14 to 2.08'),
  'lr-too-low.nesterov-1e-6-circles': f('lr-too-low', T, ['lr-too-low'], 'circles with Nesterov 1e-6: 1.01, never moves'),
  'lr-too-low.momentum-5e-6-escape-batch-8': f('lr-too-low', T, ['lr-too-low'], 'escape minutes with momentum 5e-6 at batch 8: 0.36 (healthy 0.03-0.07)'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-lanes': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear lane model, momentum 0.99 full batch: min 0.14, ends 1.30 (see observed-curves.txt)'),
  'oscillating-loss.momentum-0.995-lr-0.02-full-batch-linear-escape': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear escape model, momentum 0.995 full batch: min 0.06, ends 0.63 (see observed-curves.txt)'),
  'loss-plateau.locker-only-theme': f('loss-plateau', T, ['loss-plateau'], 'room theme from the locker number only: 1.00'),
  'loss-plateau.ticket-serial-only-refund': f('loss-plateau', T, ['loss-plateau'], 'refund flag from the ticket serial only: 1.01'),
  'loss-plateau.visit-epoch-only-refund': f('loss-plateau', T, ['loss-plateau'], 'refund flag from the visit timestamp only: 1.01'),
  'loss-plateau.weight-decay-5-rmsprop-lanes': f('loss-plateau', T, ['loss-plateau'], 'lane score with rmsprop weightDecay 5: min 0.56, ends 1.00'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.refund-two-sigmoid-bce': 'two sigmoid outputs for one bce target: the engine trained it to 0.80, like the logistic model',
  'loss-activation-mismatch.tanh-head-bce-moons': 'tanh output under bce trained to 0.06, acc 0.99',
  'init-scale.normal-1e-5-six-relu-refund': 'ends 0.84 of the prior, the same as the refund models meant healthy: unclear',
  'nan-loss.raw-cents-target-momentum': 'no NaN; ends 0.31 of the raw-cents baseline: unclear which code',
  'saturated-activation.sigmoid-raw-spend-refund': 'ends 0.84 of the prior, as the refund models meant healthy: unclear',
  'saturated-activation.sigmoid-bias-8-escape': 'trained to 0.04',
  'lr-too-high.adam-0.1-batch-2-refund': 'ends 1.02 of the prior against 0.78-0.85 at sane rates: too close',
  'oscillating-loss.adam-0.08-batch-8-linear-escape': 'settles at 0.05',
  'oscillating-loss.adam-0.2-full-batch-tanh-sine': 'settles at 0.01',
  'oscillating-loss.momentum-0.97-lr-1-logistic-pizza': 'settles at 0.00',
  'oscillating-loss.nesterov-0.98-lr-0.2-batch-500-linear-tokens': 'settles at 0.04',
  'oscillating-loss.rmsprop-0.05-full-batch-linear-tokens': 'settles at 0.04',
  'ok.refund-adam-relu': 'refund flag ends 0.78 of the prior: not clearly healthy (rare noisy flag)',
  'ok.refund-logistic-nesterov': 'ends 0.85 of the prior: not clearly healthy',
  'ok.refund-minmax-adam-elu-decay': 'ends 0.83 of the prior: not clearly healthy',
  'ok.refund-rmsprop-tanh-batch-64': 'ends 0.78 of the prior: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 137 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: leisure venues (escape rooms, bowling alleys, arcades): escape.csv (1,000 escape-room bookings: booking ids, booking timestamps, '
         'venue ids "VEN-05"; group size, skewed lead days, difficulty, hints, start hour, first visit -> escape minutes) and escape-na.csv '
         '("NA" lead days), theme.csv (1,000 bookings -> room theme horror/heist/pirate/space/rare kids 46; mean age, price dollars, group, '
         'fog machine, lead days; locker number with no effect), refund.csv (1,200 arcade visits -> rare refund flag 88/1,200; skewed queue '
         'minutes, broken machines, spend dollars, member, prior visits; ticket serial and visit timestamp with no effect), lanes.csv (900 '
         'bowling games, semicolon export with decimal commas -> score), tokens.csv (950 tab-separated arcade card rows -> token spend in '
         'dollars and in cents), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline pizza-deal table. '
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
