#!/usr/bin/env python3
"""Files the candidates of test/faults-blind124 by what the bare engine showed (observed.txt,
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
  'invalid-spec.swish-activation': f('invalid-spec', S, ['invalid-spec'], 'activation "swish"'),
  'invalid-spec.conv1d-layer-type': f('invalid-spec', S, ['invalid-spec'], 'a "conv1d" layer'),
  'invalid-spec.binary-crossentropy-loss-name': f('invalid-spec', S, ['invalid-spec'], 'loss "binary_crossentropy" (Keras name)'),
  'invalid-spec.dropout-rate-1.2': f('invalid-spec', S, ['invalid-spec'], 'dropout rate 1.2'),
  'invalid-spec.orthogonal-init': f('invalid-spec', S, ['invalid-spec'], 'init "orthogonal"'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'batchSize 0'),
  'data-error.na-green-speed': f('data-error', S, ['data-error'], '"NA" green_speed_ft cells'),
  'data-error.course-id-feature': f('data-error', S, ['data-error'], 'text course_id as a feature'),
  'data-error.booked-at-feature': f('data-error', S, ['data-error'], 'booking timestamp text as a feature'),
  'data-error.target-typo-round-mins': f('data-error', S, ['data-error'], 'target "round_mins" not in the header (round_minutes)'),
  'data-error.missing-file-pool-visits-dash': f('data-error', S, ['data-error'], 'csv path "pool-visits.csv" (file is pool_visits.csv)'),
  'data-error.tier-text-as-feature': f('data-error', S, ['data-error'], 'membership tier names as a feature'),
  'shape-mismatch.members-four-heads': f('shape-mismatch', S, ['shape-mismatch'], '4-unit softmax for 5 tiers'),
  'shape-mismatch.three-outputs-one-target-chlorine': f('shape-mismatch', S, ['shape-mismatch'], '3 outputs for 1 target column'),
  'shape-mismatch.spirals3-two-softmax': f('shape-mismatch', S, ['shape-mismatch'], '2-unit softmax for 3 spiral classes'),
  'loss-activation-mismatch.softmax-one-unit-bce-closures': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'a 1-unit softmax under bce (always 1): 110x the prior'),
  'loss-activation-mismatch.sigmoid-head-standardized-rounds': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'sigmoid output on a standardized target: 0.62 (healthy 0.07-0.14)'),
  'loss-activation-mismatch.relu-heads-cce-members': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], '5 relu heads under cce: loss 1e-4 while accuracy 0.47'),
  'loss-activation-mismatch.tanh-head-bce-lanes': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'tanh output under bce: 12.8x the prior'),
  'no-nonlinearity.circles-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'linear stack on circles: 0.99 (healthy 0.00)'),
  'no-nonlinearity.spirals3-linear-momentum': f('no-nonlinearity', S, ['no-nonlinearity'], 'linear stack on 3 spirals: 0.95 (healthy 0.01)'),
  'no-nonlinearity.pool-hour-peaks-linear-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'linear stack on the hour peaks: 0.46 (healthy 0.06-0.18)'),
  'no-nonlinearity.xor-linear-bn-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'linear stack with batchNorm on xor: 0.98'),
  'lr-out-of-range.adam-10-golf': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'adam lr 10: first 3.9e6, ends 1.36x'),
  'lr-out-of-range.rmsprop-1e-8-members': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'rmsprop lr 1e-8: does not move, 1.32x'),
  'lr-out-of-range.nesterov-negative-pool': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'nesterov lr -0.01 (refused by the parser)'),
  'lr-out-of-range.sgd-40-chlorine': f('lr-out-of-range', S, ['lr-out-of-range', 'nan-loss', 'lr-too-high'], 'sgd lr 40: NaN at epoch 1'),
  'init-symmetry.zeros-elu-adam-golf': f('init-symmetry', P, ['init-symmetry'], 'zero-initialised elu layers and head: flat at 1.00'),
  'init-symmetry.zeros-tanh-sgd-round-times': f('init-symmetry', P, ['init-symmetry'], 'zero-initialised tanh + head: flat at 1.00'),
  'init-symmetry.constant-0.1-tanh-moons': f('init-symmetry', P, ['init-symmetry'], 'constant 0.1 tanh layers: 0.42 (healthy 0.01-0.05)'),
  'init-scale.normal-std-3-elu-pool': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'elu layers at normal std 3: first 5.9e6, ends 19600x'),
  'init-scale.normal-1e-5-five-relu-golf': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'five relu layers at std 1e-5: flat at 1.00'),
  'init-scale.constant-like-normal-std-8-tanh-closures': f('init-scale', P, ['init-scale', 'saturated-activation'], 'tanh and head at std 8: 64.9x the prior'),
  'dead-relu.bias-minus-6-golf': f('dead-relu', P, ['dead-relu'], 'relu bias -6: 75%/94% dead, 0.99'),
  'dead-relu.bias-minus-4-wide-members': f('dead-relu', P, ['dead-relu'], 'relu bias -4: 48% dead, 0.52 (healthy 0.06-0.17)'),
  'dead-relu.bias-minus-10-he-uniform-pool': f('dead-relu', P, ['dead-relu'], 'relu bias -10: 100% dead, flat at 1.00'),
  'dead-relu.adam-0.5-batch-8-relu-chlorine': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'adam 0.5 batch 8: second relu layer 100% dead, 1.10x (healthy 0.04)'),
  'exploding-gradient.raw-cents-features-sgd': f('exploding-gradient', P, ['exploding-gradient'], 'raw green_fee_cents among raw features under sgd 1e-5: first 1.7e16, ends 1.7e8x'),
  'exploding-gradient.raw-round-minutes-target-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'raw round minutes as target: first 3.5e4, 0.21 of the raw baseline'),
  'exploding-gradient.ten-relu-normal-0.5-pool': f('nan-loss', P, ['nan-loss', 'exploding-gradient', 'init-scale'], 'ten relu layers at std 0.5: NaN at epoch 1 (refiled from exploding-gradient)'),
  'exploding-gradient.raw-cape-features-nesterov': f('saturated-activation', P, ['saturated-activation'], 'raw CAPE J/kg into tanh: 100% saturated, 0.93 (healthy 0.69-0.71) (refiled from exploding-gradient)'),
  'oscillating-loss.momentum-0.95-lr-0.1-batch-16-tanh-pool': f('exploding-gradient', T, ['exploding-gradient', 'lr-too-high', 'nan-loss'], 'momentum 0.95 lr 0.1: grows 2.7 -> 5e37, NaN at epoch 12 (refiled from oscillating-loss)'),
  'vanishing-gradient.nine-sigmoid-sgd-golf': f('vanishing-gradient', P, ['vanishing-gradient'], 'nine sigmoid layers: flat at 1.02'),
  'vanishing-gradient.eight-sigmoid-rmsprop-members': f('vanishing-gradient', P, ['vanishing-gradient'], 'eight sigmoid layers: 0.65 (healthy 0.06-0.17)'),
  'vanishing-gradient.fourteen-tanh-small-uniform-circles': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'fourteen tanh layers at uniform 0.05: flat at 1.00'),
  'vanishing-gradient.seven-sigmoid-nesterov-closures': f('vanishing-gradient', P, ['vanishing-gradient'], 'seven sigmoid layers: 1.01 of the prior'),
  'nan-loss.sgd-plain-2-batch-4-golf': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'plain sgd 2 batch 4: NaN at epoch 1'),
  'nan-loss.raw-fee-cents-momentum-0.01': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'raw features (cents) and raw target, momentum 0.01: NaN at epoch 1'),
  'nan-loss.raw-round-minutes-sgd-0.3': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'raw minutes target, sgd 0.3: 5e33 then NaN at epoch 2'),
  'nan-loss.nesterov-0.9-lr-1.5-pool': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'nesterov lr 1.5: NaN at epoch 1'),
  'nan-loss.rmsprop-3-raw-chlorine': f('lr-too-high', P, ['lr-too-high', 'lr-out-of-range'], 'rmsprop 3 on raw data: first 2.4e14, ends 1.70x, no NaN (refiled from nan-loss)'),
  'lr-too-high.nesterov-0.4-batch-32-tanh-chlorine': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'nesterov 0.4: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.sgd-plain-0.05-batch-1-relu-rounds': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'plain sgd 0.05 at batch 1: NaN at epoch 1 (refiled from oscillating-loss)'),
  'oscillating-loss.momentum-0.99-lr-0.05-batch-128-golf': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'momentum 0.99 lr 0.05: NaN at epoch 7 (refiled from oscillating-loss)'),
  'saturated-activation.raw-cape-tanh-hidden': f('saturated-activation', P, ['saturated-activation'], 'raw CAPE J/kg into tanh: 97% saturated, 0.89 (healthy 0.69-0.71)'),
  'saturated-activation.raw-spend-usd-sigmoid-members': f('saturated-activation', P, ['saturated-activation'], 'raw spend dollars into sigmoid: 100% saturated, 1.01'),
  'saturated-activation.sigmoid-bias-10-pool': f('saturated-activation', P, ['saturated-activation'], 'sigmoid bias 10: 100% saturated, 1.05'),
  'lr-too-high.adam-0.04-batch-2-round-times': f('lr-too-high', T, ['lr-too-high'], 'adam 0.04 at batch 2: stuck 0.26-0.30 (healthy 0.19-0.22)'),
  'oscillating-loss.adam-0.1-batch-32-leaky-golf': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss', 'dead-relu'], 'adam 0.1: first 7.9, wobbles 0.066-0.11, ends 0.10 (healthy 0.07-0.08 for this shape), 89% dead second layer (refiled from oscillating-loss)'),
  'lr-too-low.adam-1e-6-members': f('lr-too-low', T, ['lr-too-low'], 'barely moves: 1.30x'),
  'lr-too-low.sgd-plain-1e-4-batch-128-golf': f('lr-too-low', T, ['lr-too-low'], 'still falling slowly: 0.40 (healthy 0.07-0.14)'),
  'lr-too-low.rmsprop-2e-6-pool': f('lr-too-low', T, ['lr-too-low'], 'barely moves: 1.74x'),
  'lr-too-low.momentum-5e-6-spirals3': f('lr-too-low', T, ['lr-too-low'], 'barely moves: 1.02'),
  'oscillating-loss.nesterov-0.97-lr-0.2-batch-16-iris': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'nesterov 0.97 lr 0.2: swings 0.04-0.34 early and 0.04-0.16 throughout, ends 0.064'),
  'lr-too-high.sgd-plain-0.8-batch-16-members': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'plain sgd 0.8 batch 16: spikes 0.20 -> 0.67 and 0.14 -> 1.20, swings 0.08-0.12 late (refiled from lr-too-high)'),
  'oscillating-loss.adam-0.05-batch-8-members': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'adam 0.05 batch 8: swings 0.10-0.25 to the end, ends 0.12 (healthy 0.06-0.08)'),
  'loss-plateau.clipnorm-1e-4-sgd-golf': f('loss-plateau', T, ['loss-plateau', 'lr-too-low'], 'clipNorm 1e-4: stuck at 3.97'),
  'loss-plateau.dropout-0.9-pool': f('loss-plateau', T, ['loss-plateau'], 'two dropout 0.9 layers: stuck at 1.02'),
  'loss-plateau.one-unit-relu-bottleneck-spirals3': f('loss-plateau', T, ['loss-plateau', 'dead-relu'], 'a 1-unit relu bottleneck: stuck at 1.00 of the prior'),
  'loss-plateau.weight-decay-1-adam-members': f('loss-plateau', T, ['loss-plateau'], 'weightDecay 1: stuck at 1.00 of the prior'),
}

TRIMMED = {
  'nan-loss.nesterov-0.9-lr-1.5-pool': 'NaN at epoch 1: surplus nan-loss',
  'oscillating-loss.sgd-plain-0.05-batch-1-relu-rounds': 'NaN at epoch 1: surplus nan-loss',
  'lr-too-high.nesterov-0.4-batch-32-tanh-chlorine': 'NaN at epoch 1: surplus nan-loss',
  'invalid-spec.batch-size-zero': 'surplus invalid-spec',
  'data-error.tier-text-as-feature': 'surplus data-error',
}

DROPPED = {
  'oscillating-loss.adam-0.03-batch-4-tanh-pool': 'settled, 0.34 (pool healthy 0.06-0.18): unclear which code',
  'oscillating-loss.adam-0.08-full-batch-relu-sine': 'one spike to 133 then settled, 0.05',
  'oscillating-loss.nesterov-0.3-batch-64-linear-chlorine': 'settled at the linear fit, 0.05',
  'oscillating-loss.rmsprop-0.03-batch-32-sigmoid-members': 'trained, 0.06',
  'oscillating-loss.rmsprop-0.1-full-batch-moons': 'trained, 0.01',
  'oscillating-loss.sgd-plain-1.2-batch-50-blobs4': 'small wiggles only, 0.10 like the healthy blobs',
  'lr-too-high.rmsprop-0.02-batch-4-golf': 'ends 0.12, inside golf healthy 0.07-0.14',
  'lr-too-high.momentum-0.9-lr-0.5-circles': 'trained to 0.00',
  'shape-mismatch.closures-two-sigmoid-bce': 'the engine accepted 2 sigmoid outputs for a 0/1 flag and trained to 0.72 like the healthy specs',
  'init-symmetry.constant-0.3-sigmoid-members': '0.21, near members healthy 0.06-0.17',
  'init-scale.uniform-6-sigmoid-members': '0.17, inside members healthy range',
  'saturated-activation.tanh-std-3-wide-round-times': '74% saturated but 0.23, near round-times healthy 0.19-0.22',
  'ok.closures-logistic-sgd': '0.76 of the prior, accuracy equal to the prior: weak',
  'ok.pool-dropout-relu-nesterov': '0.24 of the baseline: weakest pool spec',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 124 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets. Theme: golf courses and swimming pools: golf_days.csv / golf_days-na.csv (900 course-days -> rounds; day and course ids, opening timestamps, green speed ft, green fee in cents), pool_visits.csv (960 pool sessions -> visitors; booking refs, pool ids, booking timestamps, water temp, chlorine ppm, entry fee USD), round_times.csv (840 tee times -> skewed round minutes), closures.csv (1,000 course-hours -> rare closed-for-lightning flag 32/1000; CAPE J/kg, pressure hPa), members.csv (945 members -> 5 tiers, rare founder 35), chlorine.csv (semicolon, decimal commas -> chlorine kg per day, nearly linear), builtins and an inline lifeguard clipboard. See README.md.')

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
