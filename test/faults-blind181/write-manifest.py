#!/usr/bin/env python3
"""Files the candidates of test/faults-blind181 by what the bare engine showed (observed.txt,
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
  'invalid-spec.nadam-optimizer': f('invalid-spec', S, ['invalid-spec'], 'tuning-minutes regression with optimizer "nadam" (a Keras habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'piano-make classifier with activation "gelu" (a PyTorch habit)'),
  'invalid-spec.sparse-categorical-loss': f('invalid-spec', S, ['invalid-spec'], 'piano-make classifier with loss "sparse_categorical_crossentropy"'),
  'invalid-spec.dropout-rate-1': f('invalid-spec', S, ['invalid-spec'], 'cracked-soundboard classifier with a dropout rate of 1'),
  'invalid-spec.units-zero': f('invalid-spec', S, ['invalid-spec'], 'pipe-note regression with a 0-unit hidden layer'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'restoration-quote regression with batchSize 0'),
  'data-error.na-humidity': f('data-error', S, ['data-error'], 'tuning regression reading the copy with "NA" humidity cells'),
  'data-error.client-id-feature': f('data-error', S, ['data-error'], 'tuning regression with the text client_id ("CL-0108") in features'),
  'data-error.visit-ts-feature': f('data-error', S, ['data-error'], 'tuning regression with the visit timestamp text in features'),
  'data-error.pipe-tag-feature': f('data-error', S, ['data-error'], 'pipe regression with the pipe_tag text in features (tab-separated file)'),
  'data-error.tension-column-typo': f('data-error', S, ['data-error'], 'piano-make classifier with feature "string_tension"; the header says string_tension_n'),
  'data-error.target-typo-quote': f('data-error', S, ['data-error'], 'quote regression with target "quote_euro"; the header says quote_eur'),
  'data-error.absolute-path-outside': f('data-error', S, ['data-error'], 'soundboard classifier pointing at /tmp/soundboard.csv, outside the workspace'),
  'shape-mismatch.make-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'piano make with a 3-unit softmax; the data has 5 makes (rare bluthner included)'),
  'shape-mismatch.spirals3-two-heads': f('shape-mismatch', S, ['shape-mismatch'], 'three-arm spirals with a 2-unit softmax head'),
  'shape-mismatch.note-and-hz-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'midi note and frequency as two targets, one output unit'),
  'loss-activation-mismatch.tanh-head-bce-soundboard': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'cracked soundboard with a tanh output under bce: 3.63x the prior'),
  'loss-activation-mismatch.relu-head-standardized-tuning': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized tuning minutes through a relu output: ends 0.45 (healthy 0.11-0.16)'),
  'loss-activation-mismatch.sigmoid-head-cce-make': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'piano make with a 5-unit sigmoid output under cce: loss 0.001 but accuracy 0.66 (healthy 0.91)'),
  'loss-activation-mismatch.softmax-single-unit-fork': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'inline fork table with a one-unit softmax under bce: stuck at 9.58x the prior'),
  'loss-activation-mismatch.sigmoid-head-standardized-pipes': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized midi note through a sigmoid output: ends 0.55 (healthy 0.00-0.03)'),
  'no-nonlinearity.circles-linear-adam-deep': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through three linear layers: 1.00'),
  'no-nonlinearity.spirals3-linear-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'three-arm spirals through two linear layers: 0.96'),
  'no-nonlinearity.xor-linear-nesterov-bn': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through a linear batch-normalized layer: 1.00'),
  'no-nonlinearity.sine-linear-sgd-batch-1': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through two linear layers: 0.38 (healthy 0.00-0.07)'),
  'lr-out-of-range.rmsprop-lr-20-quote': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'quote with rmsprop lr 20: first 5.4e8, ends 98.7x'),
  'lr-out-of-range.nesterov-1e-8-make': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'piano make with Nesterov lr 1e-8: never moves from 1.65'),
  'lr-out-of-range.adam-lr-10-pipes': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'pipe note with adam lr 10: first 3.3e6, ends 365x'),
  'lr-out-of-range.sgd-negative-tuning': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'tuning with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-adam-make': f('init-symmetry', P, ['init-symmetry'], 'piano make with zero-initialised relu and softmax layers: 1.00 of the prior'),
  'init-symmetry.constant-0.2-elu-momentum-spirals': f('init-symmetry', P, ['init-symmetry'], 'spirals with constant-0.2 elu layers: 0.98'),
  'init-scale.normal-std-10-sigmoid-make': f('init-scale', P, ['init-scale', 'saturated-activation'], 'piano make with std-10 sigmoid layer: first 47, ends 2.29x'),
  'init-scale.normal-1e-5-relu-deep-blobs': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5 on blobs: flat at 1.00'),
  'init-scale.constant-3-tanh-soundboard': f('init-scale', P, ['init-scale', 'saturated-activation'], 'cracked soundboard with std-4 tanh layers: first 13, ends 11x (slug says constant-3; the spec uses normal std 4)'),
  'init-scale.uniform-1e-3-leaky-deep-quote': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six leaky layers at uniform 1e-3 on quotes: flat at 1.00'),
  'dead-relu.bias-minus-8-pipes': f('dead-relu', P, ['dead-relu'], 'pipe note with one relu layer at bias -8: 98% dead, ends 1.21'),
  'dead-relu.bias-minus-4-deep-sgd-moons': f('dead-relu', P, ['dead-relu'], 'moons through four relu layers at bias -4: dead, 1.00'),
  'dead-relu.bias-minus-6-bn-off-make': f('dead-relu', P, ['dead-relu'], 'piano make through relu layers at bias -6: dead, 1.00'),
  'dead-relu.adam-0.1-batch-2-tuning': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'tuning with adam 0.1 at batch 2: layer-2 relu 100% dead, ends 1.03'),
  'dead-relu.sgd-2-batch-16-quote': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'quote with plain SGD 2 (clipNorm 50) at batch 16: layer-2 relu 100% dead, ends 2776x'),
  'exploding-gradient.raw-tension-newtons-make': f('exploding-gradient', P, ['exploding-gradient'], 'piano make on raw tension newtons and mm: first 959, ends 1.81x'),
  'exploding-gradient.raw-frequency-hz-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'pipe frequency in raw Hz as target: 1.65x the baseline 2.7e5'),
  'exploding-gradient.raw-total-tension-soundboard-adam': f('exploding-gradient', P, ['exploding-gradient'], 'cracked soundboard on raw total tension: first 6.8e4, ends 190x'),
  'nan-loss.raw-features-sgd-tuning': f('exploding-gradient', P, ['exploding-gradient'], 'tuning on raw features and raw minutes with SGD 0.01: first 7.4e14, ends 1.6e6x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.twelve-sigmoid-momentum-tuning': f('vanishing-gradient', P, ['vanishing-gradient'], 'tuning through twelve sigmoid layers: 1.01'),
  'vanishing-gradient.eight-sigmoid-rmsprop-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through eight sigmoid layers: 1.00'),
  'vanishing-gradient.eleven-sigmoid-he-sgd-make': f('vanishing-gradient', P, ['vanishing-gradient'], 'piano make through eleven sigmoid layers: 1.00'),
  'nan-loss.sgd-0.5-raw-quote-target': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw euro quote target with SGD 0.5: NaN at epoch 1'),
  'nan-loss.momentum-0.95-lr-1-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine with momentum 0.95 lr 1 at batch 8: NaN at epoch 1'),
  'nan-loss.exp-scale-elu-constant-1-quote': f('nan-loss', T, ['nan-loss', 'init-scale'], 'five elu layers at constant 1: NaN at epoch 1'),
  'exploding-gradient.raw-quote-euros-nesterov': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw euro quote target, Nesterov 1e-4: NaN at epoch 1 (refiled from exploding-gradient)'),
  'init-scale.uniform-4-elu-tuning': f('nan-loss', T, ['nan-loss', 'init-scale'], 'three elu layers at uniform limit 4: NaN at epoch 1 (refiled from init-scale)'),
  'lr-too-high.nesterov-0.8-batch-8-tuning': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'tuning with Nesterov lr 0.8 at batch 8: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.cents-and-semitones-sgd-0.8-batch-480': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear tuning model on cents and semitones, SGD 0.8: NaN at epoch 60 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-1.9-full-batch-linear-quote': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear quote model, plain SGD 1.9 full batch: NaN at epoch 81 (refiled from oscillating-loss)'),
  'saturated-activation.tanh-raw-tension-make': f('saturated-activation', P, ['saturated-activation'], 'piano make on raw newtons through tanh: 0.66 (healthy 0.15-0.22)'),
  'saturated-activation.sigmoid-raw-pipe-length': f('saturated-activation', P, ['saturated-activation'], 'pipe note on raw lengths in mm through sigmoid: ends 1.06'),
  'saturated-activation.tanh-raw-epoch-soundboard': f('saturated-activation', P, ['saturated-activation'], 'cracked soundboard on raw epoch seconds through tanh: 1.00'),
  'saturated-activation.tanh-bias-minus-7-quote': f('saturated-activation', P, ['saturated-activation'], 'quote through tanh with bias -7: ends 1.17'),
  'lr-too-high.rmsprop-0.5-batch-32-make': f('lr-too-high', T, ['lr-too-high'], 'piano make with rmsprop 0.5: 0.44 (healthy 0.15-0.22)'),
  'lr-too-high.sgd-plain-8-blobs': f('lr-too-high', T, ['lr-too-high'], 'blobs with plain SGD 8: min 1.03x, ends 1.48 (healthy 0.08)'),
  'lr-too-high.adam-0.3-batch-4-soundboard': f('lr-too-high', T, ['lr-too-high'], 'cracked soundboard with adam 0.3 at batch 4: ends 2.48x'),
  'lr-too-high.momentum-0.2-batch-1-fork': f('lr-too-high', T, ['lr-too-high'], 'inline fork table, momentum lr 0.2 at batch 1: min 0.57x, ends 0.83 (healthy 0.04-0.06)'),
  'lr-too-high.adam-0.05-batch-1-quote': f('lr-too-high', T, ['lr-too-high'], 'quote with adam 0.05 at batch 1: 0.16 (healthy 0.02-0.03)'),
  'lr-too-high.rmsprop-0.2-batch-16-pipes': f('lr-too-high', T, ['lr-too-high'], 'pipe note with rmsprop 0.2 at batch 16: first 8.8, ends 0.35 (healthy 0.00-0.03)'),
  'nan-loss.rmsprop-5-batch-1-pipes': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range'], 'pipe note with rmsprop 5 at batch 1: 7282x, no NaN (refiled from nan-loss)'),
  'lr-too-low.adam-3e-7-make': f('lr-too-low', T, ['lr-too-low'], 'piano make with adam 3e-7: 2.28 to 2.27'),
  'lr-too-low.sgd-plain-1e-5-pipes': f('lr-too-low', T, ['lr-too-low'], 'pipe note with plain SGD 1e-5: 0.60 (healthy 0.00-0.03)'),
  'lr-too-low.momentum-2e-6-batch-16-soundboard': f('lr-too-low', T, ['lr-too-low'], 'cracked soundboard with momentum 2e-6: 6.3x the prior'),
  'lr-too-low.rmsprop-1e-6-tuning': f('lr-too-low', T, ['lr-too-low'], 'tuning with rmsprop 1e-6: 0.90 to 0.86'),
  'lr-too-low.nesterov-1e-5-full-batch-circles': f('lr-too-low', T, ['lr-too-low'], 'circles full batch Nesterov 1e-5: 1.03, never moves'),
  'oscillating-loss.momentum-0.99-lr-0.5-full-batch-logistic-soundboard': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'logistic soundboard model, momentum 0.99 full batch: min 0.13, ends 0.25 (see observed-curves.txt)'),
  'oscillating-loss.rmsprop-0.05-batch-960-tanh-tuning': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'tanh tuning model, rmsprop 0.05 full batch: min 0.17, ends 0.31 (see observed-curves.txt)'),
  'loss-plateau.badge-only-soundboard': f('loss-plateau', T, ['loss-plateau'], 'cracked soundboard from the tuner badge only: 0.99'),
  'loss-plateau.serial-only-make': f('loss-plateau', T, ['loss-plateau'], 'piano make from the serial number only: 1.00'),
  'loss-plateau.weight-decay-5-rmsprop-pipes': f('loss-plateau', T, ['loss-plateau'], 'pipe note with rmsprop weightDecay 5: min 0.40, ends 1.00'),
  'loss-plateau.clipnorm-1e-7-adam-quote': f('loss-plateau', T, ['loss-plateau'], 'quote with SGD clipNorm 1e-7: 2.02, never moves'),
  'loss-plateau.dropout-0.95-tuning': f('loss-plateau', T, ['loss-plateau'], 'tuning with dropout 0.95: ends 0.81 (healthy 0.11-0.16)'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.soundboard-two-sigmoid-bce': 'the engine accepted two sigmoid units on one flag and trained to 0.77 like the healthy ones',
  'init-symmetry.constant-0.5-tanh-rmsprop-pipes': 'trained to 0.04',
  'init-symmetry.zeros-sigmoid-sgd-moons': 'ends 0.31 acc 0.92 against healthy 0.00-0.19: unclear',
  'exploding-gradient.ten-leaky-std-0.5-soundboard': 'first 17.8 but ends 0.34, better than the healthy soundboard specs',
  'vanishing-gradient.nine-tanh-std-0.02-pipes': 'trained to 0.01',
  'saturated-activation.sigmoid-bias-8-tuning': 'ends 0.18 against healthy 0.11-0.16: too close',
  'oscillating-loss.adam-0.3-full-batch-softmax-make': 'settles at 0.15',
  'oscillating-loss.momentum-0.95-lr-0.05-batch-200-relu-pipes': 'settles at 0.00',
  'oscillating-loss.rmsprop-0.02-batch-64-elu-quote': 'settles at 0.03',
  'oscillating-loss.nesterov-0.95-lr-0.3-full-batch-linear-pipes': 'loss rises from the first epoch to NaN at epoch 143, no oscillation; a divergence late in a run, unclear filing',
  'ok.soundboard-adam-relu': 'ends 0.74 of the prior (rare class): not far below the baseline',
  'ok.soundboard-logistic-nesterov': 'ends 0.79 of the prior: not far below the baseline',
  'ok.soundboard-minmax-adam-elu-clip': 'ends 0.79 of the prior: not far below the baseline',
  'ok.soundboard-rmsprop-tanh-val': 'ends 0.70 of the prior: not far below the baseline',
  'ok.tuning-minmax-sgd-leaky-batch-1': 'ends 0.36 of the baseline: not clearly healthy',
  'ok.circles-momentum-elu-bn': 'min 0.04 but ends 0.12: swings, not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 181 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: piano tuners and organ builders: tuning.csv (960 tuner visits: visit ids, timestamps, client ids; humidity %, months since last tuning, pitch deviation in cents and semitones, grand flag, unisons, room temperature -> tuning minutes) and tuning-na.csv ("NA" humidity), '
         'make.csv (1,000 intakes -> steinway/yamaha/kawai/bechstein/rare bluthner 41; string tension N, scale length mm, key weight g, age, hammer felt mm; serial number with no effect), '
         'soundboard.csv (1,200 inspections -> rare cracked soundboard 38/1,200; total tension N in the hundred-thousands; tuner badge with no effect), '
         'quote.csv (820 quotes, semicolon export with decimal commas -> skewed restoration quote in euros), pipes.csv (900 tab-separated organ pipes: length mm and ft, diameter, cut-up, wind pressure, stopped -> midi note and skewed frequency Hz), '
         'plus builtins iris, moons, circles, spirals (3), blobs (4), sine, xor and an inline tuning-fork table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
