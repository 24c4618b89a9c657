#!/usr/bin/env python3
"""Files the candidates of test/faults-blind156 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'animal weight with optimizer "adamw" (the PyTorch habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'species classifier with activation "gelu"'),
  'invalid-spec.mae-loss-vet': f('invalid-spec', S, ['invalid-spec'], 'vet cost regression with loss "mae" for skewed dollars'),
  'invalid-spec.dropout-rate-1.5': f('invalid-spec', S, ['invalid-spec'], 'illness classifier with dropout rate 1.5'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'gate count regression with batchSize 0'),
  'data-error.na-girth-cm': f('data-error', S, ['data-error'], 'weight regression reading the copy with "NA" girth cells'),
  'data-error.enclosure-code-feature': f('data-error', S, ['data-error'], 'weight regression with the enclosure code text ("ENC-13") in features'),
  'data-error.weighed-at-feature': f('data-error', S, ['data-error'], 'weight regression with the weigh-in timestamp in features'),
  'data-error.tank-id-feature': f('data-error', S, ['data-error'], 'illness classifier with the tank id text in features'),
  'data-error.weight-lbs-target-missing': f('data-error', S, ['data-error'], 'weight regression with target "weight_lbs", not in the header'),
  'data-error.day-id-feature-tsv': f('data-error', S, ['data-error'], 'gate count (tab-separated) with the day id text in features'),
  'shape-mismatch.species-four-heads-no-amphibian': f('shape-mismatch', S, ['shape-mismatch'], 'species with a 4-unit softmax; the rare amphibian class makes 5'),
  'shape-mismatch.kg-and-g-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'weight in kg and g as two targets, one output'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four enclosure blobs with a 3-unit softmax'),
  'loss-activation-mismatch.species-sigmoid-head-cce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'species with a sigmoid head under cce: loss 1.6e-4 yet acc 0.25 (healthy 0.98-0.99)'),
  'loss-activation-mismatch.illness-linear-head-bce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'illness with a linear head under bce: 3.42x the prior'),
  'loss-activation-mismatch.gate-relu-head-standardized': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized gate count through a relu head: 0.50 (healthy 0.07-0.09)'),
  'loss-activation-mismatch.weight-sigmoid-head-mse': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized weight through a sigmoid head: 0.64 (healthy 0.23-0.32)'),
  'no-nonlinearity.circles-two-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 0.99'),
  'no-nonlinearity.xor-linear-nesterov-full-batch': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear hidden layer, Nesterov full batch 300 epochs: 1.00'),
  'no-nonlinearity.sine-four-linear-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through three linear layers: 0.38 (healthy 0.01-0.03)'),
  'no-nonlinearity.spirals-linear-dropout-momentum': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through linear layers with dropout: 0.93'),
  'lr-out-of-range.sgd-lr-40-weight': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'weight with SGD lr 40: NaN at epoch 1'),
  'lr-out-of-range.adam-1e-10-species': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'species with adam lr 1e-10: never moves'),
  'lr-out-of-range.rmsprop-lr-15-illness': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'illness with rmsprop lr 15: 41x the prior'),
  'lr-out-of-range.nesterov-negative-gate': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'gate count with Nesterov lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-rmsprop-species': f('init-symmetry', P, ['init-symmetry'], 'species with zero-initialised relu and softmax layers: 1.00'),
  'init-symmetry.zeros-sigmoid-adam-illness': f('init-symmetry', P, ['init-symmetry'], 'illness with zero-initialised sigmoid layers: 0.86 (healthy 0.67-0.68)'),
  'init-symmetry.zeros-elu-sgd-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with zero-initialised elu layer: 1.00'),
  'init-scale.normal-std-10-relu-weight': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'weight with std-10 relu layers: first 5.6e9, ends 4.8e7x'),
  'init-scale.uniform-20-tanh-species': f('init-scale', P, ['init-scale', 'saturated-activation'], 'species with uniform-20 tanh layer: first 95, ends 0.62 (healthy 0.02-0.06)'),
  'init-scale.normal-1e-5-six-relu-gate': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: flat at 1.00'),
  'init-scale.normal-std-4-elu-illness': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'illness with std-4 elu layers: ends 2346x'),
  'init-scale.uniform-1e-3-seven-tanh-xor': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'xor through seven tanh layers at uniform 1e-3: 1.00'),
  'dead-relu.bias-minus-8-two-layer-weight': f('dead-relu', P, ['dead-relu'], 'weight with relu layers at bias -8: 1.00'),
  'dead-relu.bias-minus-4-deep-sgd-species': f('dead-relu', P, ['dead-relu'], 'species through four relu layers at bias -4: 1.00'),
  'dead-relu.bias-minus-20-gate': f('dead-relu', P, ['dead-relu'], 'gate count through 128 relu units at bias -20: 1.00'),
  'oscillating-loss.momentum-0.99-lr-0.05-batch-256-relu-vet': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'vet cost, momentum 0.99 lr 0.05 at batch 256: min 0.36, relu layer 100% dead by epoch 101, ends 1.04 (refiled from oscillating-loss)'),
  'exploding-gradient.raw-visitor-count-target': f('exploding-gradient', P, ['exploding-gradient'], 'gate count in raw visitors as target: 4.33x the baseline 4.8e6'),
  'exploding-gradient.raw-vet-dollars-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'vet cost in raw dollars as target: 0.96x the baseline 1.7e7'),
  'exploding-gradient.raw-feed-grams-species-nesterov': f('exploding-gradient', P, ['exploding-gradient', 'nan-loss'], 'species on raw grams features: first 2e11, NaN at epoch 8'),
  'nan-loss.raw-grams-target-sgd-full-batch': f('exploding-gradient', P, ['exploding-gradient'], 'raw grams target, SGD full batch: first 1.6e8, ends 0.67x of 3.4e7, no NaN (refiled from nan-loss)'),
  'nan-loss.raw-vet-features-and-target-nesterov': f('exploding-gradient', P, ['exploding-gradient'], 'raw vet features and dollars: first 9.9e30, ends 1.00x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-momentum-weight': f('vanishing-gradient', P, ['vanishing-gradient'], 'weight through eight sigmoid layers: 1.01'),
  'vanishing-gradient.twelve-sigmoid-rmsprop-species': f('vanishing-gradient', P, ['vanishing-gradient'], 'species through twelve sigmoid layers: 1.00'),
  'vanishing-gradient.nine-sigmoid-he-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through nine sigmoid layers: 1.00'),
  'nan-loss.sgd-2-batch-1-gate': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'gate count, plain SGD lr 2 at batch 1: NaN at epoch 1'),
  'dead-relu.momentum-0.99-lr-0.2-weight': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'weight, momentum 0.99 lr 0.2: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.raw-weight-grams-momentum': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw grams target, momentum SGD: NaN at epoch 1 (refiled from exploding-gradient)'),
  'exploding-gradient.fifteen-relu-he-sgd-illness': f('nan-loss', T, ['nan-loss', 'exploding-gradient', 'init-scale'], 'fifteen relu layers at std 0.5: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.nesterov-0.95-lr-0.3-gate': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'gate count, Nesterov 0.95 lr 0.3: NaN at epoch 2 (refiled from lr-too-high)'),
  'lr-too-high.sgd-plain-1.5-batch-4-vet': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'vet cost, plain SGD 1.5 at batch 4: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.sgd-plain-0.95-full-batch-minmax-linear-weight': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear weight model, minmax, plain SGD 3.5 full batch: NaN at epoch 40 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-1.9-full-batch-linear-vet': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear vet model, plain SGD 1.9 full batch: NaN at epoch 51 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-raw-weight-grams-species': f('saturated-activation', P, ['saturated-activation'], 'species on raw grams through sigmoid: 0.34, acc 0.80 (healthy 0.02-0.06)'),
  'saturated-activation.tanh-raw-visitors-illness': f('saturated-activation', P, ['saturated-activation'], 'illness on raw visitor counts through tanh: 1.00'),
  'saturated-activation.tanh-bias-8-weight': f('saturated-activation', P, ['saturated-activation'], 'weight through tanh layers at bias 8: 1.00'),
  'saturated-activation.sigmoid-raw-day-of-year-gate': f('saturated-activation', P, ['saturated-activation'], 'gate count on raw day-of-year and temperatures through sigmoid: 1.03'),
  'saturated-activation.sigmoid-bias-minus-10-vet': f('saturated-activation', P, ['saturated-activation'], 'vet cost through sigmoid at bias -10: 1.00'),
  'lr-too-high.adam-0.3-batch-16-illness': f('lr-too-high', T, ['lr-too-high'], 'illness with adam 0.3: 1.01 (healthy 0.67-0.68)'),
  'lr-too-high.momentum-0.5-lr-2-blobs': f('lr-too-high', T, ['lr-too-high'], 'blobs with momentum 0.5 lr 2 at batch 8: min 0.80x, ends 1.06 (healthy 0.14-0.16)'),
  'lr-too-high.momentum-0.9-lr-0.8-batch-8-species': f('lr-too-high', T, ['lr-too-high'], 'species with momentum 0.9 lr 0.8 at batch 8: first 1.2e4, ends 1.12'),
  'lr-too-high.rmsprop-0.05-batch-2-weight': f('lr-too-high', T, ['lr-too-high'], 'weight with rmsprop 0.05 at batch 2: 0.48 (healthy 0.23-0.32)'),
  'nan-loss.momentum-0.995-lr-1-species': f('lr-too-high', T, ['lr-too-high'], 'species with momentum 0.995 lr 1: min 0.30x, ends 26x, no NaN (refiled from nan-loss)'),
  'nan-loss.rmsprop-3-batch-2-weight': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range'], 'weight with rmsprop 3 at batch 2: first 5.8e8, ends 3.55, no NaN (refiled from nan-loss)'),
  'oscillating-loss.sgd-plain-1.0-full-batch-linear-gate': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear gate model, plain SGD 1.0 full batch: grows to 1.9e37, no NaN (refiled from oscillating-loss)'),
  'lr-too-low.adam-1e-7-weight': f('lr-too-low', T, ['lr-too-low'], 'weight with adam 1e-7: 1.56 to 1.55'),
  'lr-too-low.sgd-plain-1e-5-full-batch-400-species': f('lr-too-low', T, ['lr-too-low'], 'species, plain SGD 1e-5 full batch 400 epochs: 1.00, never moves'),
  'lr-too-low.momentum-0.6-lr-1e-6-gate': f('lr-too-low', T, ['lr-too-low'], 'gate count, momentum 0.6 lr 1e-6: 2.10 to 1.93'),
  'lr-too-low.rmsprop-1e-7-illness-batch-64': f('lr-too-low', T, ['lr-too-low'], 'illness, rmsprop 1e-7: 2.50x, never moves'),
  'lr-too-low.nesterov-0.99-lr-1e-7-vet': f('lr-too-low', T, ['lr-too-low'], 'vet cost, Nesterov 0.99 lr 1e-7: 1.85 to 1.40'),
  'oscillating-loss.momentum-0.995-lr-0.02-full-batch-linear-weight': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear weight model, momentum 0.995 full batch 300 epochs: swings 0.32-0.38 over the run, never settles (plain SGD full batch settles at 0.315); BORDERLINE, slow swings'),
  'loss-plateau.keeper-number-only-species': f('loss-plateau', T, ['loss-plateau'], 'species from the keeper number only: 1.00'),
  'loss-plateau.tank-number-only-illness': f('loss-plateau', T, ['loss-plateau'], 'illness from the tank number only: 1.00'),
  'loss-plateau.weight-decay-5-sgd-weight': f('loss-plateau', T, ['loss-plateau'], 'weight with weightDecay 5: min 0.89, ends 1.00'),
  'loss-plateau.clipnorm-1e-7-sgd-gate': f('loss-plateau', T, ['loss-plateau'], 'gate count with clipNorm 1e-7: 2.10, never moves'),
  'loss-plateau.dropout-0.97-vet': f('loss-plateau', T, ['loss-plateau'], 'vet cost with dropout 0.97: ends 0.99'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.illness-two-sigmoid-heads': 'two sigmoid heads on one 0/1 target trained to 0.73 of the prior: unclear',
  'loss-activation-mismatch.penguin-tanh-head-bce': 'trained to 0.02',
  'init-symmetry.constant-0.3-tanh-momentum-gate': 'trained to 0.07',
  'init-symmetry.constant-0.05-tanh-spirals': 'ends 0.93, but the healthy spirals spec also ends 0.94: unclear',
  'dead-relu.adam-0.3-batch-4-vet': 'ends 0.92 after first 354: unclear which code',
  'vanishing-gradient.ten-tanh-std-0.03-gate': 'trained to 0.07',
  'oscillating-loss.adam-0.5-full-batch-linear-gate': 'settles at 0.07',
  'oscillating-loss.momentum-0.97-lr-0.3-full-batch-linear-gate': 'settles at 0.07',
  'oscillating-loss.momentum-0.98-lr-0.5-full-batch-logistic-illness': 'settles at 0.84, like the healthy logistic model',
  'oscillating-loss.nesterov-0.99-lr-0.1-full-batch-tanh-gate': 'settles at 0.07',
  'oscillating-loss.rmsprop-0.05-batch-500-linear-vet': 'ends 0.63, the linear floor: no oscillation',
  'ok.spirals-adam-tanh-deep': 'ends 0.94: not healthy',
  'ok.vet-sgd-plain-full-batch-linear-300': 'ends 0.62, the linear floor of a log-shaped target: not clearly healthy',
  'ok.vet-minmax-target-adam-dropout': 'ends 0.55 of the baseline: not clearly healthy',
  'ok.vet-momentum-0.7-leaky-batch-4': 'min 0.21, ends 0.42: swings',
  'ok.illness-logistic-nesterov-full-batch': 'ends 0.84 of the prior: not clearly healthy',
  'ok.illness-rmsprop-elu-clip': 'ends 0.83 of the prior: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 156 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: zoos and aquariums: weight.csv (900 weigh-ins: animal ids, timestamps, enclosure codes; length cm, girth cm, age, feed kg/day '
         '-> weight in kg and in g) and weight-na.csv ("NA" girths), species.csv (1,000 animals -> mammal/bird/reptile/fish/rare amphibian 39; '
         'weight in g, body and enclosure temperature, water depth, feed g; keeper number with no effect), illness.csv (1,100 tank logs -> '
         'rare illness flag 139/1,100; visitors in the thousands; tank number with no effect), vetcost.csv (800 cases, semicolon export with '
         'decimal commas -> skewed vet costs in dollars), visitors.csv (730 tab-separated days -> gate visitor counts), plus builtins iris, '
         'moons, circles, spirals, blobs (4), sine, xor and an inline penguin-dive table. Data by data/generate.ts; specs by author.ts; '
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
