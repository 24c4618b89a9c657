#!/usr/bin/env python3
"""Files the candidates of test/faults-blind158 by what the bare engine showed (observed.txt,
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
  'data-error.gate-id-feature-queue': f('data-error', S, ['data-error'], 'gate id feature queue: data does not load (../data/queue.csv: line 2, feature "gate_id" is "GATE-5"; features must be numbers / ../data/queue.c'),
  'data-error.missing-ods-file': f('data-error', S, ['data-error'], 'missing ods file: data does not load (cannot use the CSV: data file "../data/bar.ods" not found (looked for /work/main/test/faults-blind15'),
  'data-error.na-price-usd': f('data-error', S, ['data-error'], 'na price usd: data does not load (../data/sales-na.csv: line 9, feature "price_usd" is "NA"; features must be numbers / ../data/sales-'),
  'data-error.snapshot-ts-feature': f('data-error', S, ['data-error'], 'snapshot ts feature: data does not load (../data/sales.csv: line 2, feature "snapshot_ts" is "2025-01-01 03:55:47"; features must be numbers '),
  'data-error.ticket-price-typo': f('data-error', S, ['data-error'], 'ticket price typo: data does not load (column "ticket_price" is not in the header of ../data/sales.csv (line 1); its columns are show_id, s'),
  'data-error.venue-id-feature': f('data-error', S, ['data-error'], 'venue id feature: data does not load (../data/sales.csv: line 2, feature "venue_id" is "VEN-012"; features must be numbers / ../data/sales'),
  'dead-relu.bias-minus-4-three-layer-cancel': f('dead-relu', P, ['dead-relu'], 'bias minus 4 three layer cancel: first 0.6718, min 0.2636, ends 0.97x the baseline acc 0.927'),
  'dead-relu.bias-minus-6-full-batch-sgd-sine': f('dead-relu', P, ['dead-relu'], 'bias minus 6 full batch sgd sine: first 0.4349, min 0.3171, ends 0.70x the baseline'),
  'dead-relu.bias-minus-8-wide-genre': f('dead-relu', P, ['dead-relu'], 'bias minus 8 wide genre: first 1.5751, min 1.4750, ends 0.99x the baseline acc 0.327'),
  'dead-relu.momentum-0.9-lr-2-batch-16-sales': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'momentum 0.9 lr 2 batch 16 sales: first NaN, min Infinity, ends NaNx the baseline NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.constant-1.5-deep-relu-bar': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'constant 1.5 deep relu bar: first 5.11e+13, min 1.0513, ends 1.05x the baseline'),
  'exploding-gradient.raw-features-merch-usd-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'raw features merch usd momentum: first 6.11e+6, min 1.4855, ends 1.00x the baseline acc 0.318'),
  'exploding-gradient.raw-guarantee-usd-nesterov': f('exploding-gradient', P, ['exploding-gradient'], 'raw guarantee usd nesterov: first 7.65e+4, min 0.2706, ends 1.00x the baseline acc 0.923'),
  'exploding-gradient.raw-tickets-sold-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'raw tickets sold target adam: first 1.47e+6, min 3.40e+5, ends 0.34x the baseline'),
  'exploding-gradient.raw-wait-seconds-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'raw wait seconds rmsprop: first 2.88e+5, min 3.83e+4, ends 0.30x the baseline'),
  'init-scale.normal-std-4-tanh-queue': f('init-scale', P, ['init-scale', 'saturated-activation'], 'normal std 4 tanh queue: first 605.6510, min 17.6234, ends 17.62x the baseline'),
  'init-scale.normal-std-8-sigmoid-cancel': f('init-scale', P, ['init-scale', 'saturated-activation'], 'normal std 8 sigmoid cancel: first 2.7198, min 1.0883, ends 4.02x the baseline acc 0.889'),
  'init-scale.uniform-5-relu-bar': f('nan-loss', P, ['nan-loss', 'init-scale'], 'uniform 5 relu bar: first NaN, min Infinity, ends NaNx the baseline NaN at epoch 1 (refiled from init-scale)'),
  'init-symmetry.constant-0.3-sigmoid-genre': f('init-symmetry', P, ['init-symmetry'], 'constant 0.3 sigmoid genre: first 1.4927, min 0.8882, ends 0.60x the baseline acc 0.607'),
  'init-symmetry.zeros-elu-momentum-0.7-moons': f('init-symmetry', P, ['init-symmetry'], 'zeros elu momentum 0.7 moons: first 0.6939, min 0.6933, ends 1.00x the baseline acc 0.500'),
  'init-symmetry.zeros-relu-full-batch-sgd-sales': f('init-symmetry', P, ['init-symmetry'], 'zeros relu full batch sgd sales: first 1.0000, min 1.0000, ends 1.00x the baseline'),
  'init-symmetry.zeros-tanh-adam-iris': f('init-symmetry', P, ['init-symmetry'], 'zeros tanh adam iris: first 1.1026, min 1.0988, ends 1.00x the baseline acc 0.287'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'batch size zero: training.batchSize must be a positive integer, got 0: it is the number of samples per update): not trainable'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'gelu activation: layers[0].activation: unknown activation "gelu" (did you mean "relu"?); expected one of linear, relu, leaky_relu, elu, s'),
  'invalid-spec.mae-loss': f('invalid-spec', S, ['invalid-spec'], 'mae loss: loss: unknown loss "mae" (did you mean "mse"?); expected one of mse, bce, cce): not trainable'),
  'invalid-spec.nadam-optimizer': f('invalid-spec', S, ['invalid-spec'], 'nadam optimizer: optimizer.type: unknown optimizer "nadam" (did you mean "adam"?); expected one of sgd, adam, rmsprop): not trainable'),
  'invalid-spec.units-zero-hidden': f('invalid-spec', S, ['invalid-spec'], 'units zero hidden: layers[0].units must be a positive integer, got 0: it is the number of neurons in the layer): not trainable'),
  'loss-activation-mismatch.linear-head-cce-genre': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'linear head cce genre: first 0.4058, min 1.42e-4, ends 0.00x the baseline acc 0.538'),
  'loss-activation-mismatch.relu-head-standardized-sales': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'relu head standardized sales: first 0.8344, min 0.4438, ends 0.44x the baseline'),
  'loss-activation-mismatch.sigmoid-head-standardized-bar': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'sigmoid head standardized bar: first 1.2430, min 0.5969, ends 0.60x the baseline'),
  'loss-activation-mismatch.softmax-one-unit-bce-second-date': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'softmax one unit bce second date: first 8.0590, min 8.0590, ends 11.63x the baseline acc 0.500'),
  'loss-activation-mismatch.tanh-head-bce-cancel': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'tanh head bce cancel: first 0.9417, min 0.8738, ends 3.23x the baseline acc 0.930'),
  'loss-plateau.booking-ref-only-cancel': f('loss-plateau', T, ['loss-plateau'], 'booking ref only cancel: first 0.3967, min 0.2716, ends 1.01x the baseline acc 0.923'),
  'loss-plateau.box-office-window-only-genre': f('loss-plateau', T, ['loss-plateau'], 'box office window only genre: first 1.8049, min 1.4859, ends 1.00x the baseline acc 0.323'),
  'loss-plateau.clipnorm-1e-7-sgd-bar': f('loss-plateau', T, ['loss-plateau'], 'clipnorm 1e 7 sgd bar: first 2.6767, min 2.6767, ends 2.68x the baseline'),
  'loss-plateau.gate-no-only-queue': f('loss-plateau', T, ['loss-plateau'], 'gate no only queue: first 1.0057, min 0.9947, ends 1.00x the baseline'),
  'loss-plateau.weight-decay-5-rmsprop-sales': f('loss-plateau', T, ['loss-plateau'], 'weight decay 5 rmsprop sales: first 1.3055, min 0.6994, ends 1.00x the baseline'),
  'lr-out-of-range.adam-lr-12-genre': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'adam lr 12 genre: first 1007.0092, min 1.7260, ends 1.38x the baseline acc 0.246'),
  'lr-out-of-range.nesterov-3e-9-bar': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'nesterov 3e 9 bar: first 2.6767, min 2.6744, ends 2.67x the baseline'),
  'lr-out-of-range.rmsprop-lr-40-cancel': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'rmsprop lr 40 cancel: first 64.2920, min 26.4764, ends 122.65x the baseline acc 0.868'),
  'lr-out-of-range.sgd-negative-queue': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'sgd negative queue: optimizer.lr must be a number greater than 0, got -0.01: the learning rate scales every update step): not trainable'),
  'lr-too-high.adam-0.1-batch-4-queue': f('lr-too-high', T, ['lr-too-high'], 'adam 0.1 batch 4 queue: first 0.6596, min 0.2106, ends 0.30x the baseline'),
  'lr-too-high.adam-0.3-batch-16-bar': f('lr-too-high', T, ['lr-too-high'], 'adam 0.3 batch 16 bar: first 14.9567, min 0.0599, ends 0.82x the baseline'),
  'lr-too-high.momentum-0.9-lr-0.5-batch-32-genre': f('lr-too-high', T, ['lr-too-high'], 'momentum 0.9 lr 0.5 batch 32 genre: first 0.7842, min 0.7101, ends 0.62x the baseline acc 0.793'),
  'lr-too-high.nesterov-0.95-lr-0.3-batch-8-iris': f('lr-too-high', T, ['lr-too-high'], 'nesterov 0.95 lr 0.3 batch 8 iris: first 0.3585, min 0.0602, ends 0.44x the baseline acc 0.560'),
  'lr-too-high.plain-sgd-1.5-full-batch-sales-deep': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'plain sgd 1.5 full batch sales deep: first 1.9359, min 1.9359, ends NaNx the baseline NaN at epoch 5 (refiled from lr-too-high)'),
  'lr-too-high.rmsprop-0.05-batch-2-cancel': f('lr-too-high', T, ['lr-too-high'], 'rmsprop 0.05 batch 2 cancel: first 0.3074, min 0.3068, ends 1.49x the baseline acc 0.902'),
  'lr-too-low.adam-3e-7-sales': f('lr-too-low', T, ['lr-too-low'], 'adam 3e 7 sales: first 1.6998, min 1.6838, ends 1.68x the baseline'),
  'lr-too-low.momentum-0.5-1e-5-cancel': f('lr-too-low', T, ['lr-too-low'], 'momentum 0.5 1e 5 cancel: first 0.8019, min 0.7783, ends 2.88x the baseline acc 0.486'),
  'lr-too-low.nesterov-0.9-1e-5-full-batch-circles': f('lr-too-low', T, ['lr-too-low'], 'nesterov 0.9 1e 5 full batch circles: first 0.8281, min 0.8114, ends 1.17x the baseline acc 0.437'),
  'lr-too-low.plain-sgd-1e-5-full-batch-genre': f('lr-too-low', T, ['lr-too-low'], 'plain sgd 1e 5 full batch genre: first 1.9812, min 1.9692, ends 1.33x the baseline acc 0.372'),
  'lr-too-low.rmsprop-1e-6-batch-8-bar': f('lr-too-low', T, ['lr-too-low'], 'rmsprop 1e 6 batch 8 bar: first 2.8536, min 2.6826, ends 2.68x the baseline'),
  'nan-loss.nesterov-0.99-lr-1-full-batch-queue': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'nesterov 0.99 lr 1 full batch queue: first 2.2997, min 2.2997, ends Infinityx the baseline NaN at epoch 5'),
  'nan-loss.plain-sgd-2.5-batch-1-sales': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'plain sgd 2.5 batch 1 sales: first NaN, min Infinity, ends NaNx the baseline NaN at epoch 1'),
  'nan-loss.raw-bar-dollars-sgd': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw bar dollars sgd: first NaN, min Infinity, ends NaNx the baseline NaN at epoch 1'),
  'nan-loss.raw-wait-seconds-momentum-0.95-batch-8': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw wait seconds momentum 0.95 batch 8: first NaN, min Infinity, ends NaNx the baseline NaN at epoch 1'),
  'no-nonlinearity.circles-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles linear adam: first 0.7214, min 0.6891, ends 1.00x the baseline acc 0.560'),
  'no-nonlinearity.moons-linear-nesterov-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons linear nesterov batch 4: first 0.3827, min 0.1701, ends 0.25x the baseline acc 0.927'),
  'no-nonlinearity.spirals-linear-bn-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals linear bn rmsprop: first 0.7295, min 0.6620, ends 0.97x the baseline acc 0.490'),
  'no-nonlinearity.xor-linear-momentum-full-batch': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor linear momentum full batch: first 0.6958, min 0.6912, ends 1.00x the baseline acc 0.510'),
  'ok.queue-momentum-0.7-full-batch-long': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high', 'dead-relu'], 'queue momentum 0.7 full batch long: first 10.5943, min 0.3017, ends 0.99x the baseline (refiled from healthy)'),
  'ok.sales-momentum-0.995-full-batch-long': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'sales momentum 0.995 full batch long: first 4.7123, min 0.5086, ends 0.80x the baseline (refiled from healthy)'),
  'ok.sales-plain-sgd-full-batch-wild-start': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sales plain sgd full batch wild start: first 4.7123, min 4.7123, ends Infinityx the baseline NaN at epoch 78 (refiled from healthy)'),
  'ok.sine-momentum-full-batch-wild-start': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine momentum full batch wild start: first 0.3225, min 0.3225, ends NaNx the baseline NaN at epoch 22 (refiled from healthy)'),
  'oscillating-loss.momentum-0.99-0.05-batch-128-tanh-queue': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'momentum 0.99 0.05 batch 128 tanh queue: first 0.6992, min 0.6365, ends 59.49x the baseline (refiled from oscillating-loss)'),
  'oscillating-loss.momentum-0.995-0.02-full-batch-linear-bar': f('oscillating-loss', T, ['oscillating-loss'], 'momentum 0.995 0.02 full batch linear bar: first 2.6962, min 0.1207, ends 0.35x the baseline'),
  'oscillating-loss.plain-sgd-1.0-batch-300-linear-queue': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'plain sgd 1.0 batch 300 linear queue: first 4.2322, min 3.5393, ends 2.6432285595004196e+43x the baseline (refiled from oscillating-loss)'),
  'oscillating-loss.plain-sgd-1.9-full-batch-linear-sales': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'plain sgd 1.9 full batch linear sales: first 4.7123, min 4.7123, ends Infinityx the baseline NaN at epoch 66 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-bias-10-genre': f('saturated-activation', P, ['saturated-activation'], 'sigmoid bias 10 genre: first 1.6612, min 1.4946, ends 1.01x the baseline acc 0.308'),
  'saturated-activation.sigmoid-raw-followers-sales': f('saturated-activation', P, ['saturated-activation'], 'sigmoid raw followers sales: first 0.9957, min 0.6444, ends 0.84x the baseline'),
  'saturated-activation.tanh-raw-attendance-bar': f('saturated-activation', P, ['saturated-activation'], 'tanh raw attendance bar: first 1.2293, min 0.4751, ends 0.58x the baseline'),
  'saturated-activation.tanh-raw-rain-guarantee-cancel': f('saturated-activation', P, ['saturated-activation'], 'tanh raw rain guarantee cancel: first 0.6856, min 0.2706, ends 1.01x the baseline acc 0.923'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'blobs4 three heads: engine refuses it: the output layer has 3 units but the data has 4 classes; use 4 output units'),
  'shape-mismatch.genre-four-heads-no-classical': f('shape-mismatch', S, ['shape-mismatch'], 'genre four heads no classical: engine refuses it: the output layer has 4 units but the data has 5 classes; use 5 output units'),
  'shape-mismatch.iris-four-heads': f('shape-mismatch', S, ['shape-mismatch'], 'iris four heads: engine refuses it: the output layer has 4 units but the data has 3 classes; use 3 output units'),
  'shape-mismatch.pct-and-sold-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'pct and sold one output: engine refuses it: the output layer has 1 units but the data has 2 target columns; make them equal'),
  'vanishing-gradient.nine-sigmoid-momentum-0.5-genre': f('vanishing-gradient', P, ['vanishing-gradient'], 'nine sigmoid momentum 0.5 genre: first 1.5768, min 1.4865, ends 1.00x the baseline acc 0.318'),
  'vanishing-gradient.seven-sigmoid-full-batch-sgd-sales': f('vanishing-gradient', P, ['vanishing-gradient'], 'seven sigmoid full batch sgd sales: first 1.0037, min 1.0000, ends 1.00x the baseline'),
  'vanishing-gradient.ten-sigmoid-rmsprop-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'ten sigmoid rmsprop circles: first 0.6983, min 0.6934, ends 1.00x the baseline acc 0.487'),
}
TRIMMED = set()
DROPPED = {
  'oscillating-loss.adam-0.05-batch-500-elu-bar': 'settles at 0.03 of the baseline',
  'oscillating-loss.momentum-0.95-0.1-full-batch-linear-sine': 'settles at the linear floor 0.38',
  'oscillating-loss.nesterov-0.97-0.3-full-batch-logistic-cancel': 'settles at 0.78 (the logistic floor)',
  'oscillating-loss.nesterov-0.99-0.03-full-batch-linear-sales': 'settles at the linear floor 0.49',
  'oscillating-loss.rmsprop-0.05-full-batch-relu-sales': 'ends 0.17 against healthy 0.11-0.14, swings small after epoch 10: unclear',
  'init-scale.normal-1e-5-six-relu-genre': 'ends 0.38 against healthy 0.25-0.29: too close',
  'vanishing-gradient.eight-tanh-std-0.02-cancel': 'ends 0.85 against the cancel noise floor 0.70-0.78: too close',
  'ok.cancel-adam-relu': 'ends 0.73 of the baseline (rare-flag noise floor): not clearly healthy',
  'ok.cancel-momentum-0.95-batch-128': 'ends 0.70: not clearly healthy (noise floor)',
  'ok.cancel-plain-sgd-full-batch-logistic-long': 'ends 0.78: not clearly healthy (noise floor)',
  'ok.cancel-rmsprop-elu-clip': 'ends 0.75: not clearly healthy (noise floor)',
  'ok.sales-minmax-adam-batch-1': 'ends 0.59 after 10 epochs: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 158 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low, plateau and full-batch healthy candidates (observed-curves.txt). '
         'Theme: concert venues and ticketing: sales.csv (1,000 show snapshots: show ids, snapshot timestamps, venue and artist ids; days before '
         'the show, capacity, price in dollars and in cents, skewed artist followers, weekend, promo spend -> capacity percent and tickets sold) '
         'and sales-na.csv ("NA" prices), genre.csv (1,000 events -> rock/pop/hiphop/jazz/rare classical 60; box-office window with no effect), '
         'cancel.csv (1,200 bookings -> rare cancelled flag 92/1,200; booking reference with no effect), bar.csv (900 nights, semicolon export '
         'with decimal commas -> skewed bar revenue in dollars), queue.csv (900 tab-separated door-log rows -> entry wait in seconds and minutes; '
         'gate number with no effect), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline second-date table. '
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
