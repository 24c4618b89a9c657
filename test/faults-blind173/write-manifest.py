#!/usr/bin/env python3
"""Files the candidates of test/faults-blind173 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'bench-minutes regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'repair-type classifier with activation "gelu"'),
  'invalid-spec.keras-loss-name': f('invalid-spec', S, ['invalid-spec'], 'warranty classifier with the Keras loss name "binary_crossentropy"'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'clock-hours regression with batchSize 0'),
  'invalid-spec.dropout-rate-1': f('invalid-spec', S, ['invalid-spec'], 'gold quote regression with a dropout rate of 1'),
  'data-error.na-amplitude': f('data-error', S, ['data-error'], 'bench-minutes regression on the copy with "NA" amplitude cells (timegrapher not run)'),
  'data-error.bench-id-feature': f('data-error', S, ['data-error'], 'bench-minutes regression with the text column bench_id ("BENCH-03") in features'),
  'data-error.received-ts-feature': f('data-error', S, ['data-error'], 'bench-minutes regression with the received timestamp text in features'),
  'data-error.target-typo-quote-euro': f('data-error', S, ['data-error'], 'gold quote regression with target "quote_euro"; the header says quote_eur'),
  'data-error.clock-file-wrong-case': f('data-error', S, ['data-error'], 'clock regression pointing at Clock.csv; the file is clock.csv (case-sensitive file system)'),
  'data-error.intake-id-feature': f('data-error', S, ['data-error'], 'repair-type classifier with the intake_id text in features'),
  'shape-mismatch.repair-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'repair-type classifier with a 3-unit softmax; the data has 5 repair types'),
  'shape-mismatch.iris-four-heads': f('shape-mismatch', S, ['shape-mismatch'], 'iris with a 4-unit softmax head'),
  'shape-mismatch.quote-and-price-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'quote and gold price as two targets, one output unit'),
  'shape-mismatch.clock-hours-two-outputs': f('shape-mismatch', S, ['shape-mismatch'], 'one clock-hours target, two output units'),
  'loss-activation-mismatch.tanh-head-bce-warranty': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'warranty return with a tanh output under bce: 2.54x the prior'),
  'loss-activation-mismatch.sigmoid-heads-cce-repair': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'repair type with five sigmoid outputs under cce: the loss falls to 0.0002 while accuracy stays 0.63 (healthy 0.96-0.98)'),
  'loss-activation-mismatch.relu-head-standardized-clock': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized clock hours through a relu output: ends 0.50 (healthy 0.07)'),
  'loss-activation-mismatch.softmax-one-unit-mse-service': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'bench minutes through a one-unit softmax output under mse: constant 2.00'),
  'no-nonlinearity.circles-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 1.00'),
  'no-nonlinearity.moons-no-activation-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through three dense layers with no activation: 0.37 (healthy 0.00)'),
  'no-nonlinearity.xor-linear-bn-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through a linear batch-normalized layer: 1.00'),
  'no-nonlinearity.spirals-linear-momentum-dropout': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through linear layers with dropout: 0.91'),
  'lr-out-of-range.sgd-lr-50-clock': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'clock hours with SGD lr 50: NaN at epoch 1'),
  'lr-out-of-range.adam-1e-10-repair': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'repair type with adam lr 1e-10: never moves from 2.09'),
  'lr-out-of-range.rmsprop-lr-20-gold': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'gold quote with rmsprop lr 20: first 2.1e9, ends 1.0e5x'),
  'init-symmetry.zeros-relu-momentum-repair': f('init-symmetry', P, ['init-symmetry'], 'repair type with zero-initialised relu and softmax layers: 1.00 of the prior'),
  'init-symmetry.zeros-sigmoid-rmsprop-moons': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised sigmoid layers: ends 0.42 (healthy 0.00)'),
  'init-scale.normal-std-10-sigmoid-iris': f('init-scale', P, ['init-scale', 'saturated-activation'], 'iris with std-10 sigmoid layers: first 23, ends 1.06x'),
  'init-scale.uniform-20-tanh-clock': f('init-scale', P, ['init-scale', 'saturated-activation'], 'clock hours with uniform limit 20 tanh layers: first 8165, ends 1200x'),
  'init-scale.normal-1e-5-six-relu-warranty': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: flat at 1.00 of the prior'),
  'init-scale.normal-std-4-elu-gold': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'gold quote with std-4 elu layers: first 1.8e7, ends 3.6e5x'),
  'dead-relu.bias-minus-4-iris-sgd': f('dead-relu', P, ['dead-relu'], 'iris with one relu layer at bias -4: 81% dead, ends 0.24 (healthy 0.03-0.04)'),
  'dead-relu.bias-minus-8-rmsprop-service': f('dead-relu', P, ['dead-relu'], 'bench minutes with a relu layer at bias -8: all dead, 1.00'),
  'dead-relu.momentum-lr-2-batch-4-blobs': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'four blobs with momentum SGD lr 2 at batch 4: relu 100% dead, 1.91x'),
  'dead-relu.momentum-0.99-lr-0.1-clock': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'clock hours with momentum 0.99 lr 0.1: layer-2 relu 100% dead, ends 2.45'),
  'dead-relu.adam-0.5-repair-relu': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'repair type with adam 0.5: layer-2 relu 97% dead, ends 1.04'),
  'dead-relu.sgd-lr-1-five-class-repair': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'repair type with plain SGD 1.5 at batch 8: layer-2 relu 100% dead, ends 1.03'),
  'exploding-gradient.raw-quote-euros-adam': f('exploding-gradient', P, ['exploding-gradient'], 'gold quote in raw euros as target: 1.76x the baseline'),
  'exploding-gradient.raw-days-features-sgd': f('exploding-gradient', P, ['exploding-gradient'], 'bench minutes on raw days/bph features with SGD: 4e17x'),
  'exploding-gradient.eight-relu-std-1.2-service': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'eight relu layers at std 1.2: first 3.5e10, ends 5.9e7x'),
  'exploding-gradient.raw-quote-usd-warranty-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'warranty on raw quote dollars with momentum SGD: first 41.5, ends 1.02x the prior'),
  'exploding-gradient.raw-clock-hours-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'clock hours raw as target: 7.2x the baseline'),
  'nan-loss.constant-3-relu-deep-warranty': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'five relu layers at constant 3: first 8.6e6, ends 1.16x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-momentum-repair': f('vanishing-gradient', P, ['vanishing-gradient'], 'repair type through eight sigmoid layers: 1.00'),
  'vanishing-gradient.ten-sigmoid-batch-1-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through ten sigmoid layers at batch 1: 1.01'),
  'vanishing-gradient.nine-sigmoid-rmsprop-iris': f('vanishing-gradient', P, ['vanishing-gradient'], 'iris through nine sigmoid layers: 1.00'),
  'nan-loss.raw-clock-target-sgd-batch-1': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw clock hours target with SGD 0.05 at batch 1: NaN at epoch 1'),
  'nan-loss.raw-quote-nesterov': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw gold features and euro target with Nesterov 0.95: NaN at epoch 1'),
  'nan-loss.momentum-0.99-lr-1-service': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'bench minutes with momentum 0.99 lr 1: NaN at epoch 1'),
  'lr-too-high.sgd-0.5-batch-1-clock': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'clock hours with plain SGD 0.5 at batch 1: NaN at epoch 1 (refiled from lr-too-high)'),
  'ok.clock-raw-features-sgd-small-lr': f('nan-loss', T, ['nan-loss', 'exploding-gradient', 'lr-too-high'], 'linear clock model on raw age/bushings features with SGD 1e-4: NaN at epoch 4 (refiled from intended healthy)'),
  'saturated-activation.sigmoid-bias-10-repair': f('saturated-activation', P, ['saturated-activation'], 'repair type through sigmoid layers at bias 10: 1.02'),
  'saturated-activation.sigmoid-raw-pendulum-clock': f('saturated-activation', P, ['saturated-activation'], 'clock on raw pendulum mm through sigmoid: 0.49 (healthy 0.07)'),
  'saturated-activation.tanh-raw-days-service': f('saturated-activation', P, ['saturated-activation'], 'bench minutes on raw days/bph through tanh: 0.92 (healthy 0.09-0.13)'),
  'saturated-activation.tanh-raw-quote-usd-warranty': f('saturated-activation', P, ['saturated-activation'], 'warranty on raw quote dollars through tanh: 1.01 of the prior'),
  'lr-too-high.sgd-lr-5-batch-8-iris': f('lr-too-high', T, ['lr-too-high'], 'iris with plain SGD 5 at batch 8: first 56.7, ends 0.50 (healthy 0.03-0.04)'),
  'lr-too-high.adam-0.3-batch-16-repair': f('lr-too-high', T, ['lr-too-high'], 'repair type with adam 0.3: swings 0.55-0.94, ends 0.59 (healthy 0.04-0.07)'),
  'lr-too-high.rmsprop-0.5-warranty': f('lr-too-high', T, ['lr-too-high'], 'warranty with rmsprop 0.5: 4.38x the prior'),
  'lr-too-high.rmsprop-0.05-batch-4-sine': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'sine with rmsprop 0.05 at batch 4: swings 0.09-0.29, ends 0.32 (healthy 0.01-0.03)'),
  'lr-too-high.adam-0.05-batch-2-gold': f('lr-too-high', T, ['lr-too-high'], 'gold quote with adam 0.05 at batch 2: 0.20-0.46, ends 0.22 (healthy 0.02)'),
  'lr-too-low.adam-1e-5-full-batch-iris': f('lr-too-low', T, ['lr-too-low'], 'iris full batch with adam 1e-5: 1.33 to 1.32'),
  'lr-too-low.momentum-1e-6-repair': f('lr-too-low', T, ['lr-too-low'], 'repair type with momentum 1e-6: 2.09 to 2.04'),
  'lr-too-low.rmsprop-1e-6-clock': f('lr-too-low', T, ['lr-too-low'], 'clock hours with rmsprop 1e-6: 4.80 to 4.67'),
  'lr-too-low.nesterov-1e-5-sine': f('lr-too-low', T, ['lr-too-low'], 'sine with Nesterov 1e-5: ends 0.33 (healthy 0.01-0.03)'),
  'lr-too-low.sgd-5e-6-full-batch-warranty': f('lr-too-low', T, ['lr-too-low'], 'warranty full batch with SGD 5e-6: 2.48x the prior, never moves'),
  'oscillating-loss.rmsprop-0.05-full-batch-sine': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'sine tanh net with rmsprop 0.05 full batch: swings 0.02-0.84 in the second half, ends 0.05'),
  'oscillating-loss.momentum-0.97-full-batch-linear-service': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear bench-minutes model, momentum 0.97 full batch: 13 rises, 0.13-0.23 in the second half, ends 0.13'),
  'ok.clock-momentum-0.98-linear-full-batch': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear clock model, momentum 0.98 lr 0.01 full batch: 17 rises, 0.067-0.163 in the second half, ends 0.073 (refiled from intended healthy)'),
  'loss-plateau.caseback-serial-only-warranty': f('loss-plateau', T, ['loss-plateau'], 'warranty return from the caseback serial only: 1.00'),
  'loss-plateau.clerk-only-repair': f('loss-plateau', T, ['loss-plateau'], 'repair type from the intake clerk number only: 1.00'),
  'loss-plateau.weight-kg-only-clock': f('loss-plateau', T, ['loss-plateau'], 'clock hours from the clock weight only: 1.00'),
  'loss-plateau.weight-decay-5-sgd-service': f('loss-plateau', T, ['loss-plateau'], 'bench minutes with weightDecay 5: ends 1.00'),
  'loss-plateau.clipnorm-1e-7-nesterov-gold': f('loss-plateau', T, ['loss-plateau'], 'gold quote with clipNorm 1e-7: 2.32, never moves'),
}
TRIMMED = set()
DROPPED = {
  'init-symmetry.constant-0.2-elu-nesterov-iris': 'trained to 0.05 (healthy 0.03-0.04)',
  'init-symmetry.constant-0.5-tanh-adam-service': 'trained to 0.14 against healthy 0.09-0.13',
  'vanishing-gradient.six-tanh-std-0.02-service': 'trained to 0.14',
  'nan-loss.raw-days-rmsprop-lr-1': 'no NaN; first 1e11 then sits at the baseline: unclear which code',
  'lr-too-high.nesterov-0.99-lr-0.5-circles': 'trained to 0.00',
  'oscillating-loss.adam-0.03-batch-8-sine': 'settles at 0.02 (two small spikes)',
  'oscillating-loss.adam-0.05-full-batch-linear-gold': 'settles at 0.08',
  'oscillating-loss.momentum-0.95-lr-1.5-full-batch-moons': 'trains to 0.00',
  'oscillating-loss.momentum-0.98-lr-0.2-full-batch-logistic-warranty': 'settles at 0.85 of the prior, no rises',
  'oscillating-loss.nesterov-0.99-full-batch-linear-clock': 'small rises only (0.066-0.073), settles',
  'oscillating-loss.rmsprop-0.01-batch-16-clock': 'settles at 0.06',
  'oscillating-loss.sgd-plain-0.9-full-batch-linear-service': 'diverges monotonically to overflow (NaN at epoch 130): no oscillation',
  'ok.warranty-adam-relu': 'ends 0.72 of the prior, acc 0.933 against 0.926: not clearly healthy (rare noisy flag)',
  'ok.warranty-logistic-sgd': 'ends 0.81 of the prior: not clearly healthy',
  'ok.warranty-nesterov-relu-bn-full-batch': 'ends 0.76 of the prior: not clearly healthy',
  'ok.warranty-rmsprop-tanh-decay': 'ends 0.75 of the prior: not clearly healthy',
  'ok.sine-rmsprop-0.01': 'swings 0.008-0.034 in the second half: not clearly free of swings',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 173 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low, plateau and sine/clock healthy candidates (observed-curves.txt). '
         'Theme: watch, clock and jewellery repairers: service.csv (900 movement services: ticket ids, received timestamps, bench ids; beat rate bph, '
         'amplitude degrees, days since service, rate deviation, jewels, complication -> bench minutes) and service-na.csv ("NA" amplitudes), '
         'repair.csv (1,000 intakes -> battery/strap/crystal/overhaul/rare water_damage 35; intake clerk with no effect), warranty.csv (1,200 '
         'services -> rare warranty return 89/1,200; caseback serial with no effect), gold.csv (800 jewellery jobs, semicolon export with decimal '
         'commas -> skewed quote in euros from gold grams, carat, stones), clock.csv (700 tab-separated clock restorations -> hours; pendulum mm, '
         'weight kg), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline timegrapher table. Data by data/generate.ts; '
         'specs by author.ts; filing by write-manifest.py. See README.md.')

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
