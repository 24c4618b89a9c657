#!/usr/bin/env python3
"""Files the candidates of test/faults-blind175 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'horse-weight regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'discipline classifier with activation "gelu"'),
  'invalid-spec.mae-loss-livery': f('invalid-spec', S, ['invalid-spec'], 'livery-bill regression with loss "mae" (L1Loss habit for skewed bills)'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'lameness classifier with batchSize 0'),
  'invalid-spec.dropout-rate-1.5': f('invalid-spec', S, ['invalid-spec'], 'gait classifier with dropout rate 1.5'),
  'data-error.na-girth-weight': f('data-error', S, ['data-error'], 'weight regression reading the weigh-day copy with "NA" girth cells'),
  'data-error.horse-id-feature': f('data-error', S, ['data-error'], 'weight regression with the text column horse_id ("HRS-1357") in features'),
  'data-error.booked-at-feature-lesson': f('data-error', S, ['data-error'], 'discipline classifier with the booking timestamp text in features'),
  'data-error.livery-xlsx-missing': f('data-error', S, ['data-error'], 'livery regression pointing at livery.xlsx, which does not exist'),
  'data-error.target-typo-weight': f('data-error', S, ['data-error'], 'weight regression with target "weight"; the header says weight_kg'),
  'shape-mismatch.lesson-four-heads-no-vaulting': f('shape-mismatch', S, ['shape-mismatch'], 'discipline classifier with a 4-unit softmax; the rare vaulting class makes 5'),
  'shape-mismatch.gait-three-heads-no-gallop': f('shape-mismatch', S, ['shape-mismatch'], 'gait classifier with a 3-unit softmax; walk/trot/canter/gallop are 4'),
  'shape-mismatch.weight-and-feed-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'weight and feed as two targets, one output unit'),
  'shape-mismatch.blobs4-two-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four paddock blobs with a 2-unit softmax head'),
  'loss-activation-mismatch.relu-head-bce-lameness': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'lameness flag with a relu output under bce: 3.52x the prior'),
  'loss-activation-mismatch.sigmoid-head-standardized-weight': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized weight through a sigmoid output under mse: ends 0.57 (healthy 0.02-0.03)'),
  'loss-activation-mismatch.relu-head-standardized-livery': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized livery bill through a relu output under mse: ends 0.26 (healthy 0.01-0.02)'),
  'no-nonlinearity.circles-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 1.00 of the prior'),
  'no-nonlinearity.xor-linear-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear hidden layer: 1.00'),
  'no-nonlinearity.spirals-linear-rmsprop-bn': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through linear batch-normalized layers: 0.95'),
  'lr-out-of-range.adam-lr-3-lesson': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'discipline classifier with adam lr 3: first loss 29.5, ends 0.12 (healthy 0.01-0.03)'),
  'lr-out-of-range.sgd-1e-8-weight': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'weight regression with SGD lr 1e-8: loss never moves from 1.57'),
  'lr-out-of-range.rmsprop-lr-25-gait': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'gait classifier with rmsprop lr 25: ends 17x the prior, tanh layer saturated'),
  'init-symmetry.zeros-sigmoid-rmsprop-lesson': f('init-symmetry', P, ['init-symmetry'], 'discipline classifier with zero-initialised sigmoid and softmax layers: 0.28 (healthy 0.01-0.03)'),
  'init-symmetry.constant-0.2-tanh-momentum-moons': f('init-symmetry', P, ['init-symmetry'], 'moons with constant-0.2 tanh layers: 0.43 (healthy 0.00-0.03)'),
  'init-symmetry.zeros-tanh-adam-xor': f('init-symmetry', P, ['init-symmetry'], 'xor with zero-initialised tanh layers: 1.00'),
  'init-symmetry.constant-0.1-elu-gait': f('init-symmetry', P, ['init-symmetry'], 'gait with constant-0.1 elu and softmax layers: 0.12 (healthy 0.01-0.04)'),
  'init-scale.normal-std-4-sigmoid-weight': f('init-scale', P, ['init-scale', 'saturated-activation'], 'weight with std-4 sigmoid layers: first 123, ends 15x'),
  'init-scale.normal-1e-5-six-relu-livery': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5 on livery: flat at 1.00'),
  'init-scale.normal-std-2-leaky-lameness': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'lameness with std-2 leaky layers: first 205, ends 20x'),
  'dead-relu.bias-minus-8-gait': f('dead-relu', P, ['dead-relu'], 'gait with one 128-unit relu layer at bias -8: 95% dead, 0.48 (healthy 0.01-0.04)'),
  'dead-relu.bias-minus-2-four-layer-circles': f('dead-relu', P, ['dead-relu'], 'circles through four relu layers at bias -2: dead, 1.00'),
  'dead-relu.momentum-0.99-lr-0.3-lesson': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'discipline with momentum 0.99 lr 0.3: layer-2 relu 100% dead, ends 1.17'),
  'exploding-gradient.constant-0.5-deep-relu-weight': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'five relu layers at constant 0.5: first 1.06e9, ends 0.58'),
  'exploding-gradient.raw-arena-m2-momentum-lesson': f('exploding-gradient', P, ['exploding-gradient'], 'discipline on raw arena m2 under momentum: first 2167, 78% dead, ends 0.66'),
  'exploding-gradient.raw-livery-bill-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'livery bill in raw euros as target: 2.89x the baseline 2.05e5'),
  'nan-loss.raw-everything-momentum-livery': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'raw features and raw euro target under momentum: first 2.8e9, relu layer 100% dead, 1.01, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-lesson': f('vanishing-gradient', P, ['vanishing-gradient'], 'discipline through eight sigmoid layers: 1.00'),
  'vanishing-gradient.seven-sigmoid-sgd-lameness': f('vanishing-gradient', P, ['vanishing-gradient'], 'lameness through seven sigmoid layers: 1.00'),
  'saturated-activation.sigmoid-raw-arena-lesson': f('saturated-activation', P, ['saturated-activation'], 'discipline on raw arena m2 through sigmoid: 100% saturated, 0.19 (healthy 0.01-0.03)'),
  'saturated-activation.tanh-bias-5-livery': f('saturated-activation', P, ['saturated-activation'], 'livery through tanh layers at bias 5: 0.20 (healthy 0.01-0.02)'),
  'saturated-activation.tanh-raw-weight-kg-lameness': f('saturated-activation', P, ['saturated-activation'], 'lameness on raw weight kg through tanh: 100% saturated, 1.00'),
  'saturated-activation.sigmoid-raw-girth-weight': f('saturated-activation', P, ['saturated-activation'], 'weight on raw cm features through sigmoid: 100% saturated, 1.01'),
  'nan-loss.sgd-2-batch-1-weight': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'weight with plain SGD lr 2 at batch 1: NaN at epoch 1'),
  'nan-loss.relu-std-1-deep-gait': f('nan-loss', T, ['nan-loss', 'exploding-gradient', 'init-scale'], 'ten relu layers at std 1: NaN at epoch 1'),
  'nan-loss.raw-weight-linear-sgd-0.01': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'linear model on raw cm features and raw kg target, SGD 0.01: NaN at epoch 1'),
  'exploding-gradient.raw-weight-target-sgd': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw kg target under momentum 0.001: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.sgd-plain-0.9-batch-4-livery': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'livery with plain SGD 0.9 at batch 4: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.sgd-plain-0.3-batch-2-tanh-weight': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'weight with plain SGD 0.3 at batch 2: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.momentum-0.95-lr-0.05-batch-4-tanh-weight': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'weight with momentum 0.95 lr 0.05 at batch 4: 8.4e5 then NaN at epoch 4 (refiled from oscillating-loss)'),
  'oscillating-loss.raw-girth-sgd-full-batch-linear': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear model on raw cm features, SGD 3.1e-5 full batch: grows x7 per epoch, NaN at epoch 84 (refiled from oscillating-loss)'),
  'lr-too-high.nesterov-0.99-lr-0.1-gait': f('lr-too-high', T, ['lr-too-high'], 'gait with Nesterov 0.99 lr 0.1: min 0.25, ends 0.95 (healthy 0.01-0.04)'),
  'lr-too-high.rmsprop-0.05-batch-2-weight': f('lr-too-high', T, ['lr-too-high'], 'weight with rmsprop 0.05 at batch 2: 0.21 (healthy 0.02-0.03)'),
  'lr-too-low.sgd-plain-1e-5-weight': f('lr-too-low', T, ['lr-too-low'], 'weight with plain SGD 1e-5: 1.57 to 1.02'),
  'lr-too-low.adam-1e-6-gait': f('lr-too-low', T, ['lr-too-low'], 'gait with adam 1e-6: 1.47x, never moves'),
  'lr-too-low.momentum-1e-6-lesson': f('lr-too-low', T, ['lr-too-low'], 'discipline with momentum 1e-6: 1.13x, never moves'),
  'lr-too-low.rmsprop-2e-7-moons-batch-8': f('lr-too-low', T, ['lr-too-low', 'lr-out-of-range'], 'moons with rmsprop 2e-7: 0.93, never moves'),
  'lr-too-low.raw-girth-sgd-1e-9-weight': f('lr-too-low', T, ['lr-too-low', 'lr-out-of-range'], 'linear model on raw cm features with SGD 1e-9: 6392x the baseline, hardly moves'),
  'oscillating-loss.momentum-0.99-full-batch-linear-weight': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear weight model, momentum 0.99 full batch: swings 0.06-0.96 over the run, ends 0.16 (healthy linear 0.03)'),
  'oscillating-loss.momentum-0.99-full-batch-linear-livery': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear livery model, momentum 0.99 full batch: swings 0.11-1.37 with a ~10-epoch period, ends 0.33 (healthy linear 0.08-0.09)'),
  'loss-plateau.instructor-only-lesson': f('loss-plateau', T, ['loss-plateau'], 'discipline from the instructor number only: 1.00'),
  'loss-plateau.stall-only-lameness': f('loss-plateau', T, ['loss-plateau'], 'lameness from the stall number only: 1.00'),
  'loss-plateau.sensor-batch-only-gait': f('loss-plateau', T, ['loss-plateau'], 'gait from the sensor batch only: 1.02'),
  'loss-plateau.weight-decay-5-adam-weight': f('loss-plateau', T, ['loss-plateau'], 'weight with adam weightDecay 5: min 0.24, ends 1.00'),
  'loss-plateau.clipnorm-1e-7-momentum-livery': f('loss-plateau', T, ['loss-plateau'], 'livery with clipNorm 1e-7: 1.07, never moves'),
}
TRIMMED = set()
DROPPED = {
  'init-scale.uniform-6-tanh-lesson': 'trained to 0.04 against healthy 0.01-0.03',
  'dead-relu.adam-0.05-batch-2-relu-weight': '88% dead but ends 0.06 against healthy 0.02-0.03: unclear',
  'loss-activation-mismatch.tanh-head-bce-moons': 'trained to 0.01',
  'lr-too-high.adam-0.05-batch-1-lameness': 'ends 0.94 against healthy lameness 0.77-0.84 (themselves dropped): unclear',
  'lr-too-high.adam-0.3-batch-16-lesson': 'trained to 0.05 (min 0.04)',
  'oscillating-loss.adam-0.03-batch-4-livery-relu': 'noisy 0.012-0.09, 91% dead, ends 0.05: unclear',
  'oscillating-loss.adam-0.05-batch-2-sine-tanh': 'noisy but settles at 0.01',
  'oscillating-loss.nesterov-0.97-lr-0.3-full-batch-linear-livery': 'settles at 0.08 (the linear floor)',
  'oscillating-loss.rmsprop-0.02-batch-1-linear-weight': 'settles at 0.04',
  'oscillating-loss.sgd-plain-collinear-speed-full-batch-gait': 'early swings, then trains smoothly to 0.03',
  'oscillating-loss.nesterov-0.98-lr-0.03-full-batch-linear-weight': 'early ringing damps out, ends 0.04: neither clearly faulty nor clearly healthy',
  'ok.weight-raw-girth-sgd-1e-5': 'raw uncentred cm features at SGD 1e-5: slow and noisy, 40 to 1.11 of the baseline: not healthy, cause unclear (too low a rate for the bias, too high for the features)',
  'ok.livery-raw-hay-sgd-1e-4': 'ends 0.80: not healthy',
  'ok.gait-nesterov-0.95-bn': 'ends 0.11 (min 0.10) against 0.01-0.04: not clearly healthy',
  'ok.blobs4-sgd-plain-batch-8': 'ends 0.16 on overlapping blobs: floor unknown, not clearly healthy',
  'ok.lameness-adam-relu': 'ends 0.77 of the prior (the rare flag is noisy by construction): not clearly healthy',
  'ok.lameness-logistic-momentum': 'ends 0.84 of the prior: not clearly healthy',
  'ok.lameness-rmsprop-batch-4-tanh': 'ends 0.80 of the prior: not clearly healthy',
}
HEALTHY_RENAME = {
  'dead-relu.sgd-1.5-small-relu-moons': 'moons-relu-sgd-1.5-batch-8',
  'lr-too-high.rmsprop-0.04-batch-4-iris': 'iris-rmsprop-0.04-batch-4-relu',
  'vanishing-gradient.ten-tanh-std-0.02-weight': 'weight-ten-tanh-std-0.02-adam',
  'oscillating-loss.momentum-0.98-lr-0.5-full-batch-softmax-gait': 'gait-softmax-momentum-0.98-full-batch',
}

ABOUT = ('Fault set 175 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: equestrian stables and riding schools: weight.csv (900 weigh-tape rows: horse ids, timestamps; height, girth, length cm, age, '
         'feed kg/day, work min/week -> weight kg) and weight-na.csv ("NA" girth cells), lesson.csv (1,000 lessons: lesson, rider ids, '
         'booking timestamps; jump cm, lesson minutes, arena m2 in thousands, riders, level -> dressage/jumping/eventing/hacking/rare vaulting 41; '
         'instructor number with no effect), lameness.csv (1,100 vet-book rows -> rare lameness 104/1,100; farrier interval days, workload, age, '
         'weight kg, hard surface, hoof angle; stall number with no effect), livery.csv (800 accounts, semicolon export with decimal commas -> '
         'skewed monthly bill in euros), gait.csv (900 tab-separated sensor windows -> walk/trot/canter/gallop; speed in m/s and km/h; sensor '
         'batch with no effect), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline fence-height table. '
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
