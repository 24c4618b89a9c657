#!/usr/bin/env python3
"""Files the candidates of test/faults-blind160 by what the bare engine showed (observed.txt,
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
  'invalid-spec.nadam-optimizer': f('invalid-spec', S, ['invalid-spec'], 'snap-score regression with optimizer "nadam" (a Keras habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'product classifier with activation "gelu" (a PyTorch habit)'),
  'invalid-spec.sparse-cce-loss': f('invalid-spec', S, ['invalid-spec'], 'product classifier with loss "sparse_categorical_crossentropy"'),
  'invalid-spec.zero-units-layer': f('invalid-spec', S, ['invalid-spec'], 'coating regression with a 0-unit hidden layer'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'bloom classifier with batchSize 0'),
  'data-error.na-cool-c': f('data-error', S, ['data-error'], 'snap regression reading the copy with "NA" cool_c probe dropouts'),
  'data-error.line-id-feature': f('data-error', S, ['data-error'], 'snap regression with the text line_id ("LINE-1") in features'),
  'data-error.logged-at-feature-enrobe': f('data-error', S, ['data-error'], 'coating regression with the logged_at timestamp in features (tab-separated file)'),
  'data-error.pallet-tag-feature': f('data-error', S, ['data-error'], 'bloom classifier with the pallet tag text in features'),
  'data-error.cocoa-percent-typo': f('data-error', S, ['data-error'], 'product classifier with feature "cocoa_percent"; the header says cocoa_pct'),
  'data-error.target-units-typo-sales': f('data-error', S, ['data-error'], 'sales regression with target "units"; the header says units_sold (semicolon file)'),
  'shape-mismatch.product-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'five product types through a 3-unit softmax head'),
  'shape-mismatch.coating-two-targets-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'coating and viscosity targets through one output unit'),
  'shape-mismatch.blobs4-two-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four blobs through a 2-unit softmax head'),
  'loss-activation-mismatch.softmax-single-head-bce-bloom': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'bloom flag through a 1-unit softmax head under bce: stuck at 64x the prior'),
  'loss-activation-mismatch.sigmoid-head-standardized-snap': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized snap score through a sigmoid head: 0.74 (healthy 0.02-0.08)'),
  'loss-activation-mismatch.relu-head-standardized-sales': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized sales through a relu head: 0.37 (healthy 0.02-0.05)'),
  'loss-activation-mismatch.linear-heads-cce-sigmoid-product': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'five sigmoid heads under cce: loss reads 1e-7 while accuracy is 0.69 (healthy 0.95)'),
  'no-nonlinearity.circles-two-linear-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 1.00'),
  'no-nonlinearity.xor-linear-rmsprop-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through a linear layer: 1.00'),
  'no-nonlinearity.sine-linear-adam-deep': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through three linear layers: 0.45 (healthy 0.02)'),
  'no-nonlinearity.moons-linear-dropout-sgd': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through a linear layer with dropout: 0.42, acc 0.86 (healthy 0.00)'),
  'lr-out-of-range.nesterov-lr-40-temper': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'snap regression with Nesterov lr 40: NaN at epoch 1'),
  'lr-out-of-range.adam-lr-3-bloom': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'bloom with adam lr 3: 11.6x the prior'),
  'lr-out-of-range.rmsprop-1e-10-enrobe': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'coating with rmsprop 1e-10: 8.06, never moves'),
  'init-symmetry.zeros-relu-momentum-temper': f('init-symmetry', P, ['init-symmetry'], 'snap through two zero-initialised relu layers: all dead, 1.01'),
  'init-symmetry.constant-0.3-tanh-rmsprop-product': f('init-symmetry', P, ['init-symmetry'], 'product through constant-0.3 tanh units: 0.28 (healthy 0.07-0.10)'),
  'init-symmetry.zeros-sigmoid-adam-moons': f('init-symmetry', P, ['init-symmetry'], 'moons through zero-initialised sigmoid layers: 0.43 (healthy 0.00)'),
  'init-symmetry.constant-0.5-elu-sgd-sine': f('init-symmetry', P, ['init-symmetry'], 'sine through constant-0.5 elu units: 0.43 (healthy 0.02)'),
  'init-scale.uniform-10-elu-temper': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'snap through elu layers at uniform limit 10: first 1e8, ends 5e6x'),
  'init-scale.normal-1e-5-six-relu-enrobe': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'coating through six relu layers at std 1e-5: 1.03'),
  'init-scale.uniform-1e-4-tanh-spirals': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'spirals through five tanh layers at uniform 1e-4: 1.00'),
  'dead-relu.bias-minus-8-nesterov-full-batch-temper': f('dead-relu', P, ['dead-relu'], 'snap, relu layers at bias -8, Nesterov 0.05 full batch 300 epochs: dead, 1.00'),
  'dead-relu.bias-minus-4-three-relu-product': f('dead-relu', P, ['dead-relu'], 'product through three relu layers at bias -4, momentum 0.95 batch 256: dead, 1.00'),
  'dead-relu.bias-minus-6-single-circles': f('dead-relu', P, ['dead-relu'], 'circles through one 128-unit relu layer at bias -6: all dead, 1.00'),
  'dead-relu.adam-0.1-batch-2-enrobe': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'coating with adam 0.1 at batch 2: layer-2 relu 100% dead, ends 1.04'),
  'exploding-gradient.raw-batch-grams-snap-nesterov': f('exploding-gradient', P, ['exploding-gradient'], 'raw batch grams and raw snap target: first 3e31, ends 9e22x'),
  'exploding-gradient.raw-days-stored-bloom-adam': f('exploding-gradient', P, ['exploding-gradient'], 'bloom on raw days stored: first loss 47, ends 0.95 (healthy 0.71-0.79, weak)'),
  'exploding-gradient.raw-units-target-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'sales in raw units as target: 1.59x the baseline'),
  'exploding-gradient.ten-relu-std-0.5-sales': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'ten relu layers at std 0.5: first 2e5, ends 320x'),
  'vanishing-gradient.eight-sigmoid-momentum-temper': f('vanishing-gradient', P, ['vanishing-gradient'], 'snap through eight sigmoid layers: 1.01'),
  'vanishing-gradient.twelve-sigmoid-adam-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through twelve sigmoid layers: 1.00'),
  'vanishing-gradient.seven-sigmoid-lecun-nesterov-bloom': f('vanishing-gradient', P, ['vanishing-gradient'], 'bloom through seven sigmoid layers: 1.02'),
  'nan-loss.raw-units-target-sgd-plain': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw sales units target with SGD 0.01: NaN at epoch 1'),
  'nan-loss.nesterov-0.95-lr-1-batch-1-temper': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'snap with Nesterov lr 1 at batch 1: NaN at epoch 1'),
  'nan-loss.raw-grams-linear-momentum-full': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'linear model on raw grams and Fahrenheit, momentum full batch: NaN at epoch 6'),
  'dead-relu.momentum-0.95-lr-0.1-batch-4-sales': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sales, two relu layers, momentum 0.95 lr 0.1 batch 4: NaN at epoch 1 (refiled from dead-relu)'),
  'dead-relu.nesterov-0.95-lr-0.1-batch-16-three-relu-temper': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'snap, three relu layers, Nesterov 0.95 lr 0.1 batch 16: NaN at epoch 1 (refiled from dead-relu)'),
  'lr-too-high.sgd-plain-2-batch-8-sales': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sales with plain SGD 2 at batch 8: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.momentum-0.95-lr-0.1-full-batch-relu-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine, two relu layers, momentum 0.95 lr 0.1 full batch: NaN at epoch 8 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-1.9-full-batch-linear-enrobe': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear coating model, plain SGD 1.9 full batch: grows every epoch, NaN at epoch 62 (refiled from oscillating-loss)'),
  'ok.sine-nesterov-0.95-three-relu-batch-16-300': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine, three relu layers, Nesterov 0.95 lr 0.01 batch 16: NaN at epoch 1 (meant healthy)'),
  'exploding-gradient.raw-viscosity-feature-momentum': f('saturated-activation', P, ['saturated-activation', 'exploding-gradient'], 'coating on raw viscosity mPa.s through tanh: 100% saturated, 1.00 (refiled from exploding-gradient)'),
  'saturated-activation.tanh-raw-fahrenheit-temper': f('saturated-activation', P, ['saturated-activation'], 'snap on raw Fahrenheit through tanh: 96% saturated, 0.69 (healthy 0.02-0.08)'),
  'saturated-activation.tanh-bias-8-sales': f('saturated-activation', P, ['saturated-activation'], 'sales through tanh layers at bias 8: 1.04'),
  'saturated-activation.sigmoid-raw-viscosity-enrobe': f('saturated-activation', P, ['saturated-activation'], 'coating on raw viscosity through sigmoid: 1.00'),
  'lr-too-high.adam-0.3-batch-4-temper': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'snap with adam 0.3 at batch 4: relu 100% dead, min 0.80, ends 1.11'),
  'lr-too-high.rmsprop-0.2-batch-1-product': f('lr-too-high', T, ['lr-too-high'], 'product with rmsprop 0.2 at batch 1: 1.84x the prior'),
  'nan-loss.rmsprop-5-batch-2-enrobe': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range'], 'coating with rmsprop 5 at batch 2: 3390x, no NaN (refiled from nan-loss)'),
  'lr-too-low.sgd-plain-1e-5-sales': f('lr-too-low', T, ['lr-too-low'], 'sales with plain SGD 1e-5: 4.47 to 2.81'),
  'lr-too-low.adam-2e-6-product': f('lr-too-low', T, ['lr-too-low'], 'product with adam 2e-6: 2.99 to 2.91'),
  'lr-too-low.nesterov-1e-5-full-batch-relu-temper': f('lr-too-low', T, ['lr-too-low'], 'snap, two relu layers, Nesterov 1e-5 full batch 300 epochs: 0.85 (same net at 0.05: 0.03)'),
  'lr-too-low.rmsprop-1e-6-batch-4-bloom': f('lr-too-low', T, ['lr-too-low'], 'bloom with rmsprop 1e-6 at batch 4: 3.3x the prior'),
  'lr-too-low.momentum-0.99-1e-7-linear-enrobe': f('lr-too-low', T, ['lr-too-low'], 'linear coating model, momentum 0.99 lr 1e-7: 6.2 to 5.9'),
  'loss-plateau.mould-no-only-product': f('loss-plateau', T, ['loss-plateau'], 'product type from the mould number only: 1.00'),
  'loss-plateau.pallet-serial-only-bloom': f('loss-plateau', T, ['loss-plateau'], 'bloom from the pallet serial only: 1.00'),
  'loss-plateau.weight-decay-5-nesterov-enrobe': f('loss-plateau', T, ['loss-plateau'], 'coating with Nesterov weightDecay 5: 1.01'),
  'loss-plateau.clipnorm-1e-7-adam-sales': f('loss-plateau', T, ['loss-plateau'], 'sales with plain SGD (the slug says adam; it is SGD) and clipNorm 1e-7: 3.54, never moves'),
  'loss-plateau.dropout-0.98-temper': f('loss-plateau', T, ['loss-plateau'], 'snap with dropout 0.98: 0.90'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-temper': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear snap model, momentum 0.99 full batch 300 epochs: swings 0.8-3.3 with a ~10-epoch period all run, ends 0.76'),
  'oscillating-loss.rmsprop-0.05-full-batch-relu-temper': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'snap, relu, rmsprop 0.05 full batch: repeated spikes 0.14->1.09, 0.10->0.79, 0.09->0.50, damping; min 0.07, ends 0.10'),
  'oscillating-loss.adam-0.03-batch-2-relu-sales': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'sales, two relu layers, adam 0.03 at batch 2: jumps 0.36->0.71, 0.29->0.51, layer 2 88% dead, ends 0.51 (healthy 0.02-0.05)'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.bloom-two-sigmoid-heads': 'the engine accepted two sigmoid heads for a 0/1 target and trained to 0.74 (as healthy bloom specs): unclear',
  'loss-activation-mismatch.tanh-head-bce-seed': 'trained to 0.01',
  'init-scale.normal-std-4-sigmoid-product': 'trained to 0.11',
  'vanishing-gradient.nine-tanh-std-0.03-product': 'ends 0.25 against 0.07-0.10: unclear',
  'saturated-activation.sigmoid-raw-nut-paste-product': 'trained to 0.10',
  'lr-too-high.momentum-0.9-lr-0.4-batch-16-iris': 'trained to 0.06',
  'lr-too-high.nesterov-0.5-batch-32-bloom': 'ends 0.72, like the healthy bloom candidates',
  'oscillating-loss.adam-0.05-batch-8-linear-sales': 'a linear model of skewed sales: flat near 0.38 with small jitter, no clear oscillation',
  'oscillating-loss.momentum-0.97-lr-0.3-batch-64-logistic-bloom': 'settles near 0.20 with small jitter',
  'oscillating-loss.rmsprop-0.02-batch-4-tanh-temper': 'settles at 0.07-0.08',
  'ok.spirals-adam-tanh-deep': 'ends 0.69: not healthy',
  'ok.temper-linear-momentum-0.95-batch-128': 'ends 0.81: a linear model cannot fit the quadratic tempering term',
  'ok.bloom-adam-relu': 'ends 0.71 of the prior: the rare flag is too noisy to call clearly healthy',
  'ok.bloom-logistic-momentum-0.9-full-batch': 'ends 0.78 of the prior: not clearly healthy',
  'ok.bloom-rmsprop-batch-8-elu-clip': 'ends 0.79 of the prior: not clearly healthy',
  'ok.sales-rmsprop-elu-batch-8': 'ends 0.28: not clearly healthy',
  'ok.temper-minmax-sgd-plain-sigmoid': 'ends 0.40 with the sigmoid layer 98% saturated: not healthy',
}
HEALTHY_RENAME = {'oscillating-loss.nesterov-0.95-lr-0.4-batch-500-linear-enrobe': 'enrobe-linear-nesterov-0.95-lr-0.4-batch-500'}

ABOUT = ('Fault set 160 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: chocolate and confectionery makers: temper.csv (1,000 tempering batches: batch ids, timestamps, line ids; cocoa %, melt/cool/work '
         'temperatures in C and F, conveyor m/min, batch kg and grams, humidity -> snap score) and temper-na.csv ("NA" cool_c), product.csv '
         '(1,000 SKUs -> dark/milk/white/praline/rare ruby 39; mould number with no effect), bloom.csv (1,200 pallets -> rare bloom defect 76/1,200; '
         'pallet serial with no effect), sales.csv (900 rows, semicolon export with decimal commas -> skewed seasonal weekly units), enrobe.csv '
         '(900 tab-separated enrober runs -> coating grams per piece; viscosity in mPa.s), plus builtins iris, moons, circles, spirals, blobs (4), '
         'sine, xor and an inline seed-temper table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
