#!/usr/bin/env python3
"""Files the candidates of test/faults-blind143 by what the bare engine showed (observed.txt,
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

FAULTS = {}
def F(name, code, stage, catches, text):
    FAULTS[name] = f(code, stage, catches, text)

for n, t in [('adamw-optimizer', 'optimizer "adamw" (PyTorch name)'), ('gelu-activation', 'activation "gelu"'), ('mae-loss', 'loss "mae"'),
             ('dropout-rate-1.5', 'dropout rate 1.5'), ('zero-units-hidden', 'hidden layer of 0 units'), ('batchsize-zero', 'batchSize 0')]:
    F('invalid-spec.' + n, 'invalid-spec', S, ['invalid-spec'], t)
for n, t in [('na-moisture', '"NA" moisture cells'), ('shift-name-feature', 'text shift name as a feature'), ('shift-timestamp-feature', 'shift timestamp as a feature'),
             ('lot-id-feature', 'lot id as a feature'), ('wrong-folder-path', 'csv path missing ../data/'), ('target-column-typo', 'target column typo'),
             ('shift-id-feature-downtime', 'shift id as a feature')]:
    F('data-error.' + n, 'data-error', S, ['data-error'], t)
for n in ['recipe-four-heads-no-renal', 'density-and-fat-one-output', 'blobs4-three-heads', 'dryer-two-outputs-one-target']:
    F('shape-mismatch.' + n, 'shape-mismatch', S, ['shape-mismatch'], 'output units do not match the targets; the engine refuses it')
F('loss-activation-mismatch.hold-softmax-one-unit-bce', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'one-unit softmax under bce: always 1, loss 50x the prior')
F('loss-activation-mismatch.relu-head-standardized-dryer', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'relu head on a standardized target: 0.47 (healthy dryer 0.01-0.06)')
F('loss-activation-mismatch.sigmoid-head-standardized-density', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'sigmoid head on a standardized target: 0.58 (healthy density 0.04-0.05)')
F('loss-activation-mismatch.sigmoid-heads-cce-recipe', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'five sigmoid heads under cce: loss collapses to 1e-7 while accuracy is 0.41')
for n, t in [('circles-two-linear-adam-bn', 'circles 0.99'), ('xor-linear-nesterov-full-batch', 'xor full batch 1.00'), ('moons-linear-rmsprop-batch-4', 'moons 0.40 (healthy 0.00)'),
             ('sine-linear-regression', 'sine 0.44 (healthy 0.01-0.02)'), ('spirals-linear-momentum', 'spirals 0.94')]:
    F('no-nonlinearity.' + n, 'no-nonlinearity', S, ['no-nonlinearity'], 'linear layers only: ' + t)
F('lr-out-of-range.adam-lr-10-recipe', 'lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'adam lr 10: first 326, ends 0.12 (healthy recipe 0.00-0.04)')
F('lr-out-of-range.nesterov-lr-1e-8-dryer', 'lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'Nesterov lr 1e-8: 0.445 never moves')
F('lr-out-of-range.rmsprop-lr-25-hold', 'lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'rmsprop lr 25: first 1233, ends 7.9x the prior')
F('lr-out-of-range.sgd-negative-density', 'lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'sgd lr -0.01: refused by the parser')
F('init-symmetry.zeros-elu-rmsprop-moons', 'init-symmetry', P, ['init-symmetry'], 'all-zero init, elu: 1.00')
F('init-symmetry.zeros-tanh-sgd-batch-8-sine', 'init-symmetry', P, ['init-symmetry'], 'all-zero init, tanh: 1.01')
F('init-symmetry.constant-0.05-leaky-full-batch-circles', 'init-symmetry', P, ['init-symmetry'], 'constant 0.05 init, leaky full batch: 0.85 (healthy circles 0.00)')
F('init-symmetry.constant-0.3-tanh-adam-recipe', 'init-symmetry', P, ['init-symmetry'], 'constant 0.3 init: 0.31 (healthy recipe 0.00-0.04)')
F('init-scale.normal-std-10-sigmoid-hold', 'init-scale', P, ['init-scale', 'saturated-activation'], 'normal std 10 sigmoid: 11x the prior')
F('init-scale.normal-std-4-relu-downtime', 'init-scale', P, ['init-scale', 'exploding-gradient'], 'normal std 4 relu: first 6e9, ends 1e8')
F('init-scale.normal-1e-5-six-relu-recipe', 'init-scale', P, ['init-scale', 'vanishing-gradient'], 'normal std 1e-5, six relu: 1.00')
F('init-scale.uniform-1e-3-tanh-deep-dryer', 'init-scale', P, ['init-scale', 'vanishing-gradient'], 'uniform 1e-3, six tanh: 1.01')
F('init-scale.uniform-20-tanh-density', 'init-scale', P, ['init-scale', 'saturated-activation'], 'uniform 20 tanh: first 2380, ends 0.24 (healthy 0.04-0.05)')
F('dead-relu.bias-minus-6-nesterov-dryer', 'dead-relu', P, ['dead-relu'], 'relu bias -6: 1.01')
F('dead-relu.adam-0.5-batch-16-density', 'dead-relu', T, ['dead-relu', 'lr-too-high'], 'adam 0.5: first 2094, stuck at 1.00')
F('dead-relu.sgd-plain-2-batch-4-hold', 'dead-relu', T, ['dead-relu', 'lr-too-high'], 'plain SGD 2 at batch 4: stuck at 1.03 of the prior')
F('dead-relu.bias-minus-4-deep-spirals', 'dead-relu', P, ['dead-relu'], 'four relu layers bias -4: 1.00')
F('dead-relu.raw-negative-humidity-shift-minus-bias', 'dead-relu', P, ['dead-relu'], 'raw features, relu bias -100: 1.27')
F('exploding-gradient.raw-omega3-features-sgd', 'exploding-gradient', P, ['exploding-gradient'], 'raw mg/kg features: first 2.4e4, ends 1.07')
F('exploding-gradient.raw-downtime-target-adam', 'exploding-gradient', T, ['exploding-gradient'], 'raw downtime minutes target: first 768, ends 0.25 of the baseline (0.05 with the target standardized)')
F('exploding-gradient.raw-density-target-momentum', 'nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw g/L target with momentum: NaN at epoch 2 (refiled from exploding-gradient)')
F('exploding-gradient.raw-lbh-features-nesterov', 'nan-loss', P, ['nan-loss', 'exploding-gradient'], 'raw lb/h features: NaN at epoch 1 (refiled from exploding-gradient)')
F('exploding-gradient.ten-relu-std-0.5-dryer', 'nan-loss', P, ['nan-loss', 'exploding-gradient', 'init-scale'], 'ten relu std 0.5: NaN at epoch 1 (refiled from exploding-gradient)')
for n, t in [('eight-sigmoid-sgd-dryer', '1.01'), ('ten-sigmoid-nesterov-hold', '1.00'), ('twelve-tanh-std-0.02-circles', '1.00'), ('seven-sigmoid-rmsprop-recipe', '0.90, acc 0.51')]:
    F('vanishing-gradient.' + n, 'vanishing-gradient', P, ['vanishing-gradient'], 'deep saturating tower: ' + t)
for n in ['sgd-plain-0.5-raw-density-full-batch', 'raw-downtime-target-sgd-batch-1', 'momentum-0.999-lr-2-dryer', 'constant-3-tanh-raw-hold', 'nesterov-5-sine-batch-2']:
    F('nan-loss.' + n, 'nan-loss', P, ['nan-loss'], 'loss goes NaN/Infinity')
F('lr-too-high.nesterov-0.3-batch-4-downtime', 'nan-loss', P, ['nan-loss', 'lr-too-high'], 'Nesterov 0.3 at batch 4: NaN at epoch 1 (refiled from lr-too-high)')
F('lr-too-high.sgd-plain-1.5-batch-8-density', 'nan-loss', P, ['nan-loss', 'lr-too-high'], 'plain SGD 1.5 at batch 8: NaN at epoch 1 (refiled from lr-too-high)')
F('oscillating-loss.sgd-plain-0.9-batch-2-linear-dryer', 'nan-loss', P, ['nan-loss', 'lr-too-high'], 'plain SGD 0.9 at batch 2: NaN at epoch 1 (refiled from oscillating-loss)')
F('saturated-activation.tanh-raw-omega3-recipe', 'saturated-activation', P, ['saturated-activation'], 'tanh on raw mg/kg: 0.64, acc 0.56 (healthy 0.00-0.04)')
F('saturated-activation.sigmoid-raw-swab-cfu-hold', 'saturated-activation', P, ['saturated-activation'], 'sigmoid on raw CFU counts: 0.89 of the prior (healthy 0.59-0.66)')
F('saturated-activation.tanh-bias-8-dryer', 'saturated-activation', P, ['saturated-activation'], 'tanh bias 8: 0.54 (healthy 0.01-0.06)')
F('saturated-activation.sigmoid-raw-rpm-density', 'saturated-activation', P, ['saturated-activation'], 'sigmoid on raw rpm and kg/h: 1.07')
F('saturated-activation.tanh-std-3-downtime', 'saturated-activation', P, ['saturated-activation', 'init-scale'], 'tanh normal std 3: 0.39 (healthy 0.05-0.07)')
F('lr-too-high.adam-0.3-batch-16-recipe', 'lr-too-high', T, ['lr-too-high'], 'adam 0.3: min 0.057, ends 0.49')
F('lr-too-high.adam-0.1-batch-2-iris', 'lr-too-high', T, ['lr-too-high'], 'adam 0.1 at batch 2: min 0.09, ends 0.23 (healthy 0.04)')
for n, t in [('sgd-plain-1e-5-full-batch-density', '1.13 to 1.10'), ('adam-1e-7-recipe', '2.21 never moves'), ('nesterov-3e-6-hold', '2.6x the prior'),
             ('rmsprop-2e-7-batch-16-downtime', '2.31 to 2.29'), ('momentum-1e-6-full-batch-dryer', '0.445 to 0.440 (healthy 0.03)')]:
    F('lr-too-low.' + n, 'lr-too-low', T, ['lr-too-low'], t)
F('oscillating-loss.momentum-0.99-lr-3-full-batch-logistic-hold', 'oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'logistic, momentum 0.99 full batch: 0.23 at epoch 3, swings 0.29-0.84 over the run, ends 0.25')
F('oscillating-loss.momentum-0.995-lr-0.05-full-batch-linear-dryer', 'oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear, momentum 0.995 full batch: 0.076 at epoch 5, back to 1.74 at 21, ringing down to 0.49-0.53')
for n, t in [('pallet-tag-only-hold', 'pallet tag only: 1.00'), ('line-number-only-recipe', 'line number only: 1.00'), ('hours-run-only-downtime', 'hours run only: 1.00'),
             ('weight-decay-5-rmsprop-density', 'weightDecay 5: min 0.41, ends 1.00'), ('clipnorm-1e-7-nesterov-dryer', 'clipNorm 1e-7: 0.93 never moves')]:
    F('loss-plateau.' + n, 'loss-plateau', T, ['loss-plateau'], t)

TRIMMED = set()
DROPPED = {
  'shape-mismatch.hold-two-sigmoid-heads': 'engine accepted two sigmoid heads on one bce column and trained to 0.67 of the prior: unclear',
  'loss-activation-mismatch.tanh-head-bce-crunch': 'trained to 0.01',
  'init-symmetry.zeros-sigmoid-momentum-dryer': 'trained to 0.02',
  'lr-too-high.momentum-1-full-batch-moons': 'trained to 0.00',
  'lr-too-high.rmsprop-0.05-batch-1-dryer': 'ends 0.08 against 0.01-0.06: too close',
  'oscillating-loss.adam-0.03-full-batch-tanh-downtime': 'settles at 0.06',
  'oscillating-loss.celsius-fahrenheit-sgd-plain-full-batch-linear': 'settles at 0.07',
  'oscillating-loss.momentum-0.97-lr-0.15-full-batch-linear-dryer': 'settles at 0.04',
  'oscillating-loss.nesterov-0.95-lr-1.2-full-batch-softmax-recipe': 'settles at 0.02',
  'oscillating-loss.nesterov-0.98-lr-0.4-full-batch-linear-density': 'settles at 0.05',
  'oscillating-loss.rmsprop-0.01-batch-400-linear-dryer': 'settles at 0.04',
  'oscillating-loss.sgd-plain-0.45-full-batch-linear-dryer-lbh': 'settles at 0.03',
  'oscillating-loss.momentum-0.99-lr-1-full-batch-logistic-crunch': 'settles at 0.04',
  'oscillating-loss.nesterov-0.99-lr-2-full-batch-logistic-hold-minmax': 'one early swing, then settles at 0.73 of the prior: unclear',
  'ok.spirals-rmsprop-tanh-deep': 'ends 0.95: not healthy',
  'ok.hold-logistic-sgd-plain-full-batch': 'ends 0.71 of the prior: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 143 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating and lr-too-high candidates (observed-curves.txt). '
         'Theme: pet-food manufacturing: extruder.csv (1,000 kibble batches: batch ids, shift timestamps, shift names; barrel temperature in C and F, '
         'moisture, screw rpm, throughput kg/h and lb/h, fat -> density g/L) and extruder-na.csv ("NA" moisture), recipe.csv (1,100 lots, NIR '
         'protein/fat/ash/starch, omega-3 and phosphorus in mg/kg -> chicken/salmon/lamb/grain_free/rare renal 39; line number with no effect), '
         'hold.csv (1,200 wet-food retort batches -> rare salmonella hold 103/1,200; pallet tag with no effect), downtime.csv (900 shifts, semicolon '
         'export with decimal commas -> skewed downtime minutes), dryer.csv (800 tab-separated dryer runs -> final moisture %), plus builtins '
         'iris, moons, circles, spirals, blobs (4), sine, xor and an inline crunch-test table. Data by data/generate.ts; specs by author.ts; '
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
