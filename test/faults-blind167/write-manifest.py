#!/usr/bin/env python3
"""Files the candidates of test/faults-blind167 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'critic-score regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'instrument-family classifier with activation "gelu"'),
  'invalid-spec.sparse-cce-loss': f('invalid-spec', S, ['invalid-spec'], 'instrument-family classifier with Keras loss "sparse_categorical_crossentropy"'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'exam-pass classifier with batchSize 0'),
  'invalid-spec.lstm-layer': f('invalid-spec', S, ['invalid-spec'], 'ticket-sales regression with an lstm layer'),
  'data-error.na-rehearsal-hours': f('data-error', S, ['data-error'], 'critic-score regression reading the spreadsheet copy with "NA" rehearsal hours'),
  'data-error.concert-ts-feature': f('data-error', S, ['data-error'], 'critic-score regression with the concert timestamp text in features'),
  'data-error.player-id-feature': f('data-error', S, ['data-error'], 'instrument-family classifier with the player_id text ("PLY-700") in features'),
  'data-error.practice-minutes-typo': f('data-error', S, ['data-error'], 'exam-pass classifier with feature "practice_minutes"; the header says practice_min_week'),
  'data-error.ticket-sold-target-typo': f('data-error', S, ['data-error'], 'ticket-sales regression with target "ticket_sold"; the header says tickets_sold'),
  'data-error.donations-tsv-path': f('data-error', S, ['data-error'], 'donation regression pointing at donations.tsv; the file is donations.csv (tab-separated)'),
  'shape-mismatch.instrument-four-heads-no-harp': f('shape-mismatch', S, ['shape-mismatch'], 'instrument families with a 4-unit softmax; the rare harp class makes 5'),
  'shape-mismatch.sold-and-share-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'tickets sold and share sold as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four orchestra-section blobs with a 3-unit softmax head'),
  'shape-mismatch.iris-one-softmax-unit': f('shape-mismatch', S, ['shape-mismatch'], 'iris with a 1-unit softmax head under cce'),
  'loss-activation-mismatch.tanh-head-bce-exam': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'exam pass with a tanh output under bce: first loss 6.1, ends 0.82 of the prior (healthy 0.53-0.60)'),
  'loss-activation-mismatch.sigmoid-heads-cce-instrument': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'instrument families with five sigmoid outputs under cce: the loss goes to 1.6e-4 by pushing every output to 1, accuracy 0.68 (healthy 1.00)'),
  'loss-activation-mismatch.relu-head-standardized-critic': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized critic score through a relu output under mse: ends 0.55 (healthy 0.05-0.13)'),
  'loss-activation-mismatch.softmax-one-unit-bce-cancelled': f('loss-activation-mismatch', S, ['loss-activation-mismatch', 'shape-mismatch'], 'cancelled flag with a 1-unit softmax output under bce: constant 1, loss 78x the prior, never moves'),
  'loss-activation-mismatch.sigmoid-head-standardized-donations': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized log donations through a sigmoid output under mse: ends 0.62 (healthy 0.18-0.24)'),
  'loss-activation-mismatch.linear-head-mse-recital': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'inline recital table with a linear output under bce: 2.03x the prior (healthy 0.03-0.15)'),
  'no-nonlinearity.circles-linear-adam-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 1.00 of the prior'),
  'no-nonlinearity.spirals-four-linear-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through four linear layers: 0.96'),
  'no-nonlinearity.xor-linear-rmsprop-full-batch': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear hidden layer, full batch: 1.00'),
  'no-nonlinearity.moons-linear-dropout-sgd': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through a linear layer with dropout: 0.38 (healthy 0.01-0.02)'),
  'lr-out-of-range.nesterov-lr-50-instrument': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'instrument families with Nesterov lr 50: NaN at epoch 1'),
  'lr-out-of-range.adam-1e-10-critic': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'critic score with adam lr 1e-10: loss never moves from 1.03'),
  'lr-out-of-range.rmsprop-negative-exam': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'exam pass with rmsprop lr -0.001: the parser refuses it'),
  'lr-out-of-range.sgd-lr-25-tickets': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'ticket sales with plain SGD lr 25: NaN at epoch 1'),
  'init-symmetry.zeros-sigmoid-sgd-instrument': f('init-symmetry', P, ['init-symmetry'], 'instrument families through zero-initialised sigmoid layers: 0.55 (healthy 0.00)'),
  'init-symmetry.constant-0.05-tanh-adam-moons': f('init-symmetry', P, ['init-symmetry'], 'moons through constant-0.05 tanh layers: 0.39 (healthy 0.01-0.02)'),
  'init-symmetry.zeros-elu-momentum-sine': f('init-symmetry', P, ['init-symmetry'], 'sine through a zero-initialised elu layer: flat at 1.00'),
  'init-symmetry.constant-0.2-tanh-nesterov-blobs4': f('init-symmetry', P, ['init-symmetry'], 'four blobs through a constant-0.2 tanh layer: 0.49 (healthy 0.11)'),
  'init-scale.normal-std-10-sigmoid-exam': f('init-scale', P, ['init-scale', 'saturated-activation'], 'exam pass with std-10 sigmoid layers: first loss 40.7, ends 6.9x the prior'),
  'init-scale.uniform-20-tanh-tickets': f('init-scale', P, ['init-scale', 'saturated-activation'], 'ticket sales with uniform limit 20 tanh layers: first loss 4379, ends 0.66 (healthy 0.02-0.04), 96-98% saturated'),
  'init-scale.normal-1e-5-four-relu-instrument': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'four relu layers at std 1e-5: flat at 1.00'),
  'init-scale.uniform-1e-3-tanh-rmsprop-circles': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'five tanh layers at uniform 1e-3 on circles: flat at 1.00'),
  'dead-relu.adam-0.5-batch-2-tickets': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'ticket sales with adam 0.5 at batch 2: first 2240, layer-2 relu 97% dead, ends 1.01'),
  'dead-relu.bias-minus-10-spirals-rmsprop': f('dead-relu', P, ['dead-relu'], 'spirals through relu layers at bias -10: all dead, 1.00'),
  'dead-relu.bias-minus-4-three-layer-sgd-critic': f('dead-relu', P, ['dead-relu'], 'critic score through three relu layers at bias -4: layers 2-3 all dead, 1.00'),
  'dead-relu.bias-minus-6-minmax-exam': f('dead-relu', P, ['dead-relu'], 'exam pass, minmax features, 128 relu units at bias -6: all dead, 1.00'),
  'dead-relu.raw-income-relu-nesterov-donations': f('dead-relu', T, ['dead-relu', 'exploding-gradient'], 'donations on raw income (k$) features: first loss 9e21, both relu layers 100% dead, ends 1.00'),
  'exploding-gradient.raw-donation-usd-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'donation in raw dollars as target: 2.56x the baseline 1.3e5'),
  'exploding-gradient.raw-practice-minutes-relu-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'exam pass on raw practice minutes (up to 2,400): first loss 24.2, ends 0.91 (healthy 0.53-0.60), 72% dead'),
  'exploding-gradient.raw-tickets-sold-target-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'tickets sold in raw counts as target: 1.99x the baseline 2.5e5'),
  'vanishing-gradient.six-sigmoid-lecun-sgd-critic': f('vanishing-gradient', P, ['vanishing-gradient'], 'critic score through six lecun sigmoid layers under SGD: 1.03, layer-1 gradient <= 1e-3'),
  'vanishing-gradient.seven-sigmoid-default-momentum-spirals': f('vanishing-gradient', P, ['vanishing-gradient'], 'spirals through seven default-init sigmoid layers: 1.00, layer-1 gradient <= 2e-5'),
  'vanishing-gradient.six-tanh-std-0.02-nesterov-critic': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'critic score through six tanh layers at std 0.02: 1.01, layer-1 gradient <= 8e-5'),
  'vanishing-gradient.nine-sigmoid-adam-tickets': f('vanishing-gradient', T, ['vanishing-gradient'], 'ticket sales through nine sigmoid layers under adam: stalls at 1.00 for 16 epochs, then ends 0.14 (healthy 0.02-0.04)'),
  'vanishing-gradient.eight-sigmoid-lecun-rmsprop-batch-4-donations': f('vanishing-gradient', T, ['vanishing-gradient'], 'donations through eight lecun sigmoid layers, rmsprop batch 4: stalls at 1.00 for 6 epochs, ends 0.43 (healthy 0.18-0.24)'),
  'vanishing-gradient.five-sigmoid-batch-2-rmsprop-tickets': f('vanishing-gradient', T, ['vanishing-gradient'], 'ticket sales through five sigmoid layers, rmsprop batch 2: stalls near 1.00 for 5 epochs, ends 0.26 (healthy 0.02-0.04)'),
  'nan-loss.raw-donation-usd-sgd-batch-1': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw dollar donation target, SGD at batch 1: NaN at epoch 1'),
  'nan-loss.momentum-0.95-lr-2-tickets': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'ticket sales with momentum 0.95 lr 2: NaN at epoch 1'),
  'nan-loss.raw-income-sgd-0.1-linear-donations': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'linear donation model on raw income features, SGD 0.1: NaN at epoch 1'),
  'nan-loss.constant-1.5-deep-leaky-critic': f('nan-loss', T, ['nan-loss', 'init-scale', 'exploding-gradient'], 'five leaky layers at constant 1.5: NaN at epoch 1'),
  'init-scale.normal-std-2-elu-donations': f('nan-loss', T, ['nan-loss', 'init-scale', 'exploding-gradient'], 'three elu layers at std 2: NaN at epoch 1 (refiled from init-scale)'),
  'exploding-gradient.raw-capacity-leaky-sgd-tickets': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw capacity/price features and leaky layer, SGD 1e-4: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.nesterov-0.8-batch-8-donations': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'donations with Nesterov lr 0.8 at batch 8: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.hours-and-minutes-sgd-0.95-full-batch': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'rehearsal hours and the same in minutes, linear, plain SGD 0.95 full batch: grows 8x per epoch, NaN at epoch 86 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-bias-8-two-layer-critic': f('saturated-activation', P, ['saturated-activation'], 'critic score through sigmoid layers with bias 8: 100% saturated, 1.12'),
  'saturated-activation.tanh-raw-capacity-tickets': f('saturated-activation', P, ['saturated-activation'], 'ticket sales on raw capacity/price through tanh: 100% saturated, 0.43 (healthy 0.02-0.04)'),
  'saturated-activation.tanh-raw-income-donations': f('saturated-activation', P, ['saturated-activation'], 'donations on raw income through tanh: layer 1 100% saturated, 1.01'),
  'saturated-activation.tanh-raw-practice-minutes-exam': f('saturated-activation', P, ['saturated-activation'], 'exam pass on raw practice minutes through tanh: 84-95% saturated, 0.71 (healthy 0.53-0.60)'),
  'lr-too-high.adam-0.1-batch-1-critic': f('lr-too-high', T, ['lr-too-high'], 'critic score with adam 0.1 at batch 1: swings 0.37-0.55, ends 0.50, 88% dead (healthy 0.05-0.09)'),
  'lr-too-high.adam-0.03-batch-4-deep-tanh-exam': f('lr-too-high', T, ['lr-too-high', 'saturated-activation'], 'exam pass, four tanh layers, adam 0.03 at batch 4: swings 0.51-0.64, layers 92-94% saturated (healthy 0.37-0.39 absolute)'),
  'oscillating-loss.adam-0.1-batch-2-tanh-donations': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'donations with adam 0.1 at batch 2: noisy 0.52-0.75, ends 0.66 (healthy 0.18-0.24) (refiled from oscillating-loss)'),
  'nan-loss.rmsprop-5-batch-4-sine': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range', 'dead-relu'], 'sine with rmsprop lr 5 at batch 4: first 3.3e6, ends 12.8x, relu layer all dead, no NaN (refiled from nan-loss)'),
  'lr-too-low.sgd-plain-1e-5-full-batch-critic': f('lr-too-low', T, ['lr-too-low'], 'critic score with plain SGD 1e-5 full batch: 2.006 -> 1.978 in 100 epochs'),
  'lr-too-low.adam-3e-6-deep-tanh-instrument': f('lr-too-low', T, ['lr-too-low'], 'instrument families with adam 3e-6: 1.92 -> 1.65, above the prior 1.42'),
  'lr-too-low.rmsprop-1e-6-batch-4-tickets': f('lr-too-low', T, ['lr-too-low'], 'ticket sales with rmsprop 1e-6 at batch 4: 1.82 -> 1.76'),
  'lr-too-low.nesterov-1e-5-blobs4': f('lr-too-low', T, ['lr-too-low'], 'four blobs with Nesterov 1e-5: 1.61 -> 1.44, above the prior 1.39'),
  'lr-too-low.momentum-2e-6-exam': f('lr-too-low', T, ['lr-too-low'], 'exam pass with momentum 2e-6: 0.6973 -> 0.6947'),
  'loss-plateau.locker-number-only-exam': f('loss-plateau', T, ['loss-plateau'], 'exam pass from the locker number alone: 1.00'),
  'loss-plateau.chair-number-only-instrument': f('loss-plateau', T, ['loss-plateau'], 'instrument family from the chair number alone: 1.00'),
  'loss-plateau.players-only-critic': f('loss-plateau', T, ['loss-plateau'], 'critic score from the player count alone (it has no effect): 1.01'),
  'loss-plateau.weight-decay-2-momentum-tickets': f('loss-plateau', T, ['loss-plateau'], 'ticket sales with weightDecay 2: 1.00, never moves'),
  'oscillating-loss.momentum-0.95-lr-0.5-batch-100-linear-critic': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear critic model, momentum 0.95 lr 0.5 at batch 100: swings 0.25 -> 3.1 -> 1.5 -> 10.9, ends 9.9'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-tanh-tickets': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'ticket sales, tanh net, momentum 0.99 full batch: swings 0.18-1.10 with a period of about 10 epochs to the end (0.11-0.23), healthy 0.02-0.04'),
  'oscillating-loss.nesterov-0.9-lr-0.15-batch-16-linear-tickets': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear ticket model, Nesterov lr 0.15 at batch 16: swings 0.21 -> 2410 -> 1.4 -> 2.8e5 -> 0.24 -> 28.6 -> 0.23'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.cancelled-two-sigmoid-bce': 'the engine accepts two sigmoid outputs on the binary cancelled flag and trains to 0.71 of the prior, like the healthy-looking ones',
  'init-symmetry.constant-0.3-tanh-rmsprop-critic': 'trained to 0.12 against healthy 0.05-0.13',
  'init-scale.normal-std-2-elu-donations-x': '',
  'exploding-gradient.eight-relu-std-0.5-adam-instrument': 'trained to 0.00 (first loss 42.7)',
  'exploding-gradient.raw-rehearsal-minutes-elu-adam-critic': 'NaN at epoch 1: a duplicate of the other raw-feature NaN specs',
  'vanishing-gradient.eight-sigmoid-xavier-adam-exam': 'ends 0.69 against healthy 0.53-0.60: too close',
  'saturated-activation.sigmoid-raw-tuning-hz-instrument': 'trained to 0.03 (acc 0.995) despite 100% saturation',
  'lr-too-high.rmsprop-0.1-batch-3-recital': 'swings 0.01-0.19 but ends 0.008: unclear',
  'lr-too-high.sgd-plain-3-tanh-iris': 'swings early (0.13-0.67), ends 0.02: unclear',
  'loss-plateau.dropout-0.95-critic': 'keeps creeping down (24 -> 0.77): not a plateau',
  'oscillating-loss.adam-0.03-batch-1-raw-critic': 'settles at 0.12 of the baseline',
  'oscillating-loss.adam-0.05-batch-2-linear-critic': 'settles at 0.16-0.19 (linear-model floor)',
  'oscillating-loss.adam-0.1-batch-4-sine': 'noisy early, trains to 0.01',
  'oscillating-loss.hours-and-minutes-sgd-0.9-batch-300': 'monotone divergence, NaN at epoch 31: duplicate of the full-batch one',
  'oscillating-loss.momentum-0.9-lr-0.05-batch-1-linear-donations': 'NaN at epoch 2: one more NaN',
  'oscillating-loss.momentum-0.95-lr-0.4-full-batch-tickets': 'swings for 40 epochs, then settles at 0.11',
  'oscillating-loss.momentum-0.98-lr-0.2-batch-500-logistic-exam': 'slow small ripple 0.42-0.48, settles at 0.42',
  'oscillating-loss.nesterov-0.97-lr-0.3-batch-300-linear-donations': 'settles at 0.24',
  'oscillating-loss.nesterov-0.99-lr-1-full-batch-logistic-exam': 'slow small ripple, settles at 0.42',
  'oscillating-loss.rmsprop-0.02-batch-1-tanh-critic': 'settles at 0.14',
  'oscillating-loss.rmsprop-0.05-batch-4-relu-tickets': 'settles at 0.07 (91% dead): unclear',
  'oscillating-loss.sgd-plain-0.25-batch-1-linear-critic': 'NaN at epoch 1: one more NaN',
  'oscillating-loss.sgd-plain-0.2-batch-8-linear-critic': 'settles at 0.15-0.18',
  'oscillating-loss.sgd-plain-0.18-batch-4-linear-critic': 'settles at 0.18-0.24',
  'oscillating-loss.adam-0.08-batch-3-relu-minmax-tickets': 'settles at 0.07-0.11: unclear',
  'oscillating-loss.momentum-0.97-lr-0.3-batch-64-tanh-donations': 'monotone divergence to NaN at epoch 47: one more NaN',
  'ok.cancelled-adam-relu-val': 'ends 0.60 of the prior but validation 0.217 above the prior 0.196: not healthy',
  'ok.cancelled-logistic-rmsprop': 'ends 0.74 of the prior on the rare flag: not clearly healthy',
  'ok.exam-logistic-sgd-full-batch': 'ends 0.60 of the prior: not clearly healthy (label-noise floor)',
  'ok.exam-minmax-nesterov-elu-decay': 'ends 0.63 of the prior: not clearly healthy (label-noise floor)',
}
del DROPPED['init-scale.normal-std-2-elu-donations-x']
HEALTHY_RENAME = {
  'vanishing-gradient.ten-tanh-std-0.08-rmsprop-instrument': 'instrument-ten-tanh-std-0.08-rmsprop',
  'lr-too-high.rmsprop-0.05-batch-2-instrument': 'instrument-rmsprop-0.05-batch-2-tanh',
  'oscillating-loss.rmsprop-0.03-full-batch-linear-donations': 'donations-linear-rmsprop-full-batch',
}

ABOUT = ('Fault set 167 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low, plateau and borderline candidates (observed-curves.txt). '
         'Theme: orchestras and music schools: rehearsal.csv (900 concerts: concert ids, timestamps; rehearsal hours and the same in minutes, '
         'players, sectionals, conductor years, hall temperature, new work -> critic score) and rehearsal-na.csv ("NA" rehearsal hours), '
         'practice.csv (1,000 students: skewed practice minutes per week, lessons, years, age, theory grade; locker number with no effect -> exam pass), '
         'instrument.csv (1,000 players: tuning in Hz and cents, case weight, breaths and bow changes per minute, reed/string cost in cents; chair number with no effect '
         '-> strings/woodwind/brass/percussion/rare harp 40), tickets.csv (1,000 concerts, semicolon export with decimal commas: capacity, price EUR, '
         'weekend, soloist fame, days advertised, rain mm -> tickets sold, and the rare cancelled flag 49/1,000), donations.csv (900 patrons, tab-separated: '
         'skewed donations in dollars, thousands and log), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline '
         'recital-readiness table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
