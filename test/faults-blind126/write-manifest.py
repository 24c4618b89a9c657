#!/usr/bin/env python3
"""Files the candidates of test/faults-blind126 by what the bare engine showed (observed.txt,
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
def F(code, stage, catches=None, text=''):
    return f(code, stage, catches or [code], text)
FAULTS = {
  'invalid-spec.adamw-optimizer': F('invalid-spec', 'static', text='optimizer "adamw" (a PyTorch habit)'),
  'invalid-spec.sparse-categorical-loss': F('invalid-spec', 'static', text='Keras loss name "sparse_categorical_crossentropy"'),
  'invalid-spec.gelu-activation': F('invalid-spec', 'static', text='activation "gelu", not supported'),
  'invalid-spec.dropout-rate-1': F('invalid-spec', 'static', text='dropout rate 1 drops every unit'),
  'invalid-spec.batch-size-zero': F('invalid-spec', 'static', text='batchSize 0'),
  'invalid-spec.units-zero-hidden': F('invalid-spec', 'static', text='hidden layer with 0 units'),
  'data-error.na-axial-length': F('data-error', 'static', text='"NA" axial lengths in lens-na.csv'),
  'data-error.exam-timestamp-feature': F('data-error', 'static', text='exam timestamp text as a feature'),
  'data-error.target-sphere-typo': F('data-error', 'static', text='target "sphere" does not exist (column is sphere_d)'),
  'data-error.store-id-feature-waiting': F('data-error', 'static', text='store id "OPT-06" as a feature'),
  'data-error.customer-id-feature': F('data-error', 'static', text='customer id "CU-52000" as a feature'),
  'data-error.date-feature-frames': F('data-error', 'static', text='date text as a feature'),
  'shape-mismatch.product-three-heads-spectacles-only': F('shape-mismatch', 'static', text='3 softmax heads for 5 product lines'),
  'shape-mismatch.waiting-and-frames-three-outputs': F('shape-mismatch', 'static', text='3 outputs for 2 target columns'),
  'shape-mismatch.blobs4-two-heads': F('shape-mismatch', 'static', text='2 softmax heads for 4 blobs'),
  'loss-activation-mismatch.single-softmax-head-bce': F('loss-activation-mismatch', 'static', text='a 1-unit softmax head under bce is constant 1: loss 75x the prior'),
  'loss-activation-mismatch.relu-head-negative-dioptres': F('loss-activation-mismatch', 'static', text='relu head on raw dioptres, mostly negative: ends 0.59 of the baseline (healthy 0.02)'),
  'loss-activation-mismatch.sigmoid-heads-cce-product': F('loss-activation-mismatch', 'static', text='5 sigmoid heads under cce: loss near 0 but acc 0.655 (healthy 0.96-0.98)'),
  'loss-activation-mismatch.sigmoid-head-standardized-invoice': F('loss-activation-mismatch', 'static', text='sigmoid head on a standardized target: ends 0.54 (healthy 0.01-0.04)'),
  'no-nonlinearity.circles-linear-adam-dropout': F('no-nonlinearity', 'static', text='linear layers on circles: 1.00 of baseline'),
  'no-nonlinearity.xor-linear-bn-rmsprop': F('no-nonlinearity', 'static', text='linear batch-normed layers on xor: 1.00'),
  'no-nonlinearity.spirals-default-activation-nesterov': F('no-nonlinearity', 'static', text='three dense layers with the default (linear) activation on spirals: 0.96'),
  'no-nonlinearity.sine-linear-batch-1': F('no-nonlinearity', 'static', text='linear layers on sine: 0.40 (healthy 0.01)'),
  'lr-out-of-range.adam-lr-10-product': F('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'], 'adam lr 10: first 543, ends 0.23 (healthy 0.05)'),
  'lr-out-of-range.rmsprop-lr-30-lens': F('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'], 'rmsprop lr 30: 3.9e4x baseline'),
  'lr-out-of-range.nesterov-1e-9-invoice': F('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-low'], 'nesterov lr 1e-9: 4.65, never moves'),
  'lr-out-of-range.negative-lr-waiting': F('lr-out-of-range', 'static', text='lr -0.01, refused by the parser'),
  'init-symmetry.constant-0.05-elu-nesterov-spirals': F('init-symmetry', 'probe', text='constant 0.05 init on all elu layers, spirals: 0.96 (healthy 0.02)'),
  'init-symmetry.zeros-tanh-iris-rmsprop': F('init-symmetry', 'probe', text='zeros init tanh on iris: 1.00, hidden gradients 0'),
  'init-symmetry.constant-1-sigmoid-moons': F('init-symmetry', 'probe', text='constant 1 init sigmoid on moons: 0.43 (healthy 0.00-0.02)'),
  'init-scale.uniform-4-tanh-lens': F('init-scale', 'probe', ['init-scale', 'saturated-activation'], 'uniform limit 4 tanh: first 342, ends 18.8x baseline'),
  'init-scale.normal-1e-5-six-relu-product': F('init-scale', 'probe', ['init-scale', 'vanishing-gradient'], 'normal std 1e-5, six relu layers: 0.40 (healthy 0.05)'),
  'init-scale.uniform-1e-3-sigmoid-returned': F('init-scale', 'probe', ['init-scale', 'vanishing-gradient'], 'uniform 1e-3 five sigmoid layers: 1.00, first-layer gradient 1e-13'),
  'init-scale.normal-std-1.5-relu-circles': F('init-scale', 'probe', ['init-scale', 'exploding-gradient', 'dead-relu'], 'normal std 1.5 four relu layers: first loss 1e30, 98% dead, 1.00'),
  'init-scale.normal-std-2-elu-invoice': F('nan-loss', 'probe', ['nan-loss', 'init-scale'], 'normal std 2 three elu layers: NaN at epoch 1 (refiled from init-scale)'),
  'dead-relu.bias-minus-20-iris': F('dead-relu', 'probe', text='relu bias -20: 100% dead, 1.00'),
  'dead-relu.bias-minus-4-adam-lens': F('dead-relu', 'probe', text='relu bias -4: zero gradients, 1.00'),
  'dead-relu.six-layer-bias-minus-1.5-product': F('dead-relu', 'probe', text='six relu layers bias -1.5: zero gradients, 1.00'),
  'dead-relu.he-uniform-adam-0.5-frames': F('lr-too-high', 'training', ['lr-too-high'], 'adam 0.5: first 1910, ends 0.87 (healthy 0.06) (refiled from dead-relu)'),
  'dead-relu.sgd-1-batch-4-waiting': F('nan-loss', 'training', ['nan-loss', 'lr-too-high'], 'sgd 1 at batch 4: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.raw-invoice-cents-target-rmsprop': F('exploding-gradient', 'static', ['exploding-gradient'], 'raw cents target: gradients 5.7e4-4.9e5, ends 5.2x the baseline'),
  'exploding-gradient.raw-price-cents-returned-momentum': F('exploding-gradient', 'probe', ['exploding-gradient', 'dead-relu'], 'raw price cents feature: first 1.2e6, relu 100% dead, ends 1.16'),
  'exploding-gradient.raw-waiting-features-and-target-sgd': F('exploding-gradient', 'probe', ['exploding-gradient', 'dead-relu'], 'raw features and target: first 2.7e6, 100% dead, ends 1.03'),
  'exploding-gradient.ten-relu-std-0.7-lens': F('exploding-gradient', 'probe', ['exploding-gradient', 'init-scale'], 'ten relu std 0.7: gradients to 1.7e8, ends 1.6e5x'),
  'exploding-gradient.raw-invoice-cents-feature-product': F('nan-loss', 'probe', ['nan-loss', 'exploding-gradient'], 'raw invoice cents feature: NaN at epoch 1 (refiled from exploding-gradient)'),
  'nan-loss.raw-footfall-frames-nesterov-full': F('exploding-gradient', 'training', ['exploding-gradient'], 'raw footfall features and target, nesterov full batch: ends 1.1e9x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-sgd-product': F('vanishing-gradient', 'probe', text='eight sigmoid layers: 1.00'),
  'vanishing-gradient.ten-tanh-std-0.02-lens': F('vanishing-gradient', 'probe', ['vanishing-gradient', 'init-scale'], 'ten tanh std 0.02: first gradient 7e-10, 1.00'),
  'vanishing-gradient.seven-sigmoid-lecun-circles': F('vanishing-gradient', 'probe', text='seven sigmoid lecun: 1.00'),
  'vanishing-gradient.twelve-sigmoid-adam-waiting': F('vanishing-gradient', 'probe', text='twelve sigmoid adam: 1.00'),
  'nan-loss.momentum-lr-2-batch-4-lens': F('nan-loss', 'probe', ['nan-loss', 'lr-too-high'], 'momentum lr 2 batch 4: NaN at epoch 1'),
  'nan-loss.raw-invoice-target-sgd-relu': F('nan-loss', 'probe', ['nan-loss', 'exploding-gradient'], 'raw cents target sgd 0.05: NaN at epoch 1'),
  'nan-loss.sgd-lr-8-sine': F('nan-loss', 'probe', ['nan-loss', 'lr-too-high'], 'sgd 8 on sine: NaN at epoch 1'),
  'nan-loss.rmsprop-lr-5-batch-1-waiting': F('lr-too-high', 'training', ['lr-too-high', 'lr-out-of-range'], 'rmsprop 5 at batch 1: ends 1e4x, 97% dead, no NaN (refiled from nan-loss)'),
  'lr-too-high.momentum-0.4-batch-2-frames': F('nan-loss', 'probe', ['nan-loss', 'lr-too-high'], 'momentum lr 0.4 batch 2: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.sgd-plain-1.5-lens': F('nan-loss', 'probe', ['nan-loss', 'lr-too-high'], 'sgd 1.5: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.sgd-1.0-batch-450-linear-frames': F('nan-loss', 'training', ['nan-loss', 'lr-too-high'], 'linear model sgd 1.0 batch 450: grows from epoch 2, NaN at epoch 103 (refiled from oscillating-loss)'),
  'saturated-activation.tanh-raw-keratometry-lens': F('saturated-activation', 'probe', text='tanh on raw dioptre/mm features: 0.59 (healthy 0.02)'),
  'saturated-activation.sigmoid-bias-8-waiting': F('saturated-activation', 'probe', text='sigmoid bias 8: ends 0.12 (healthy 0.04-0.06)'),
  'saturated-activation.sigmoid-raw-invoice-cents-product': F('saturated-activation', 'probe', text='sigmoid on raw invoice cents: 1.01'),
  'saturated-activation.tanh-raw-battery-returned': F('saturated-activation', 'probe', text='tanh on raw price cents / battery hours: 1.01'),
  'lr-too-high.adam-0.3-batch-64-waiting': F('lr-too-high', 'training', ['lr-too-high', 'oscillating-loss'], 'adam 0.3: min 0.07, swings to 0.82, ends 0.44'),
  'lr-too-high.sgd-0.8-batch-1-iris': F('lr-too-high', 'training', text='sgd 0.8 at batch 1: swings 0.90-2.39, ends 1.28x baseline (healthy 0.03-0.04)'),
  'oscillating-loss.sgd-0.95-full-batch-linear-lens': F('lr-too-high', 'training', ['lr-too-high'], 'linear sgd 0.95 full batch: down to 0.80 at epoch 15, then grows to 2e9 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-0.98-full-batch-linear-waiting': F('lr-too-high', 'training', ['lr-too-high', 'exploding-gradient'], 'linear sgd 0.98 full batch: grows every epoch to 3.7e52 (refiled from oscillating-loss)'),
  'lr-too-low.adam-1e-7-product': F('lr-too-low', 'training', text='adam 1e-7: 2.30, never moves'),
  'lr-too-low.momentum-1e-6-lens': F('lr-too-low', 'training', text='momentum 1e-6: 2.57x baseline'),
  'lr-too-low.rmsprop-1e-6-waiting': F('lr-too-low', 'training', text='rmsprop 1e-6: 1.23x'),
  'lr-too-low.nesterov-1e-5-spirals': F('lr-too-low', 'training', text='nesterov 1e-5: 0.99'),
  'lr-too-low.sgd-1e-5-full-batch-invoice': F('lr-too-low', 'training', ['lr-too-low', 'lr-out-of-range'], 'sgd 1e-5 full batch: 3.59x'),
  'oscillating-loss.momentum-0.9-lr-1.5-full-batch-linear-lens': F('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'linear model momentum lr 1.5 full batch: swings 0.9-16 for 40 epochs, settles at 0.016'),
  'oscillating-loss.momentum-0.95-lr-0.25-full-batch-tanh-sine': F('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'momentum 0.95 lr 0.25 full batch: swings 0.03-0.15 for 50+ epochs, ends 0.010'),
  'oscillating-loss.momentum-0.9-lr-0.15-full-batch-tanh-sine': F('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'momentum 0.9 lr 0.15 full batch: zigzags every epoch for 40 epochs, ends 0.011'),
  'loss-plateau.till-number-only-product': F('loss-plateau', 'training', text='till number only: 1.00'),
  'loss-plateau.device-serial-only-returned': F('loss-plateau', 'training', text='device serial only: 1.00'),
  'loss-plateau.weekday-only-waiting': F('loss-plateau', 'training', text='weekday only: 1.00'),
  'loss-plateau.weight-decay-5-rmsprop-lens': F('loss-plateau', 'training', text='weightDecay 5: min 0.49, ends 1.00'),
}
TRIMMED = set()
DROPPED = {
  'init-symmetry.constant-0.3-tanh-product': 'ends 0.17 against healthy 0.05: unclear',
  'init-symmetry.zeros-sigmoid-waiting': 'trained to 0.07',
  'loss-activation-mismatch.tanh-head-bce-inline': 'trained to 0.03',
  'shape-mismatch.returned-two-sigmoid-heads': 'engine broadcast it and trained to 0.76 like the healthy returned specs',
  'saturated-activation.tanh-normal-std-3-frames': 'ends 0.13 against 0.06: too close',
  'lr-too-high.nesterov-0.5-batch-8-circles': 'trained to 0.00',
  'lr-too-high.rmsprop-0.05-batch-16-product': 'trained to 0.06',
  'loss-plateau.dropout-0.97-invoice': 'min 0.72, ends 0.88 with large gradients: unclear',
  'oscillating-loss.adam-0.05-full-batch-relu-invoice': 'settles at 0.016',
  'oscillating-loss.adam-0.1-batch-500-linear-lens': 'settles at 0.016',
  'oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-frames': 'settles at 0.068',
  'oscillating-loss.nesterov-0.99-lr-0.05-batch-100-softmax-product': 'settles at 0.05 of baseline',
  'oscillating-loss.rmsprop-0.02-batch-256-logistic-returned': 'ends 0.82 like the healthy returned specs',
  'oscillating-loss.sgd-0.75-full-batch-linear-frames': 'descends smoothly to 0.068',
  'ok.returned-adam-relu': 'ends 0.74 of the prior: not clearly healthy (rare noisy flag)',
  'ok.returned-logistic-sgd-plain': 'ends 0.82: not clearly healthy',
  'ok.returned-rmsprop-tanh-decay': 'ends 0.82: not clearly healthy',
  'ok.returned-nesterov-elu-val': 'ends 0.81: not clearly healthy',
  'ok.product-raw-bn-first-layer-adam': 'ends 0.33, acc 0.80: not healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 126 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: opticians and hearing-aid shops: lens.csv (1,000 eye exams: exam ids, timestamps, store ids; age, axial length mm, keratometry D, '
         'screen and outdoor hours, myopic parents -> sphere in dioptres) and lens-na.csv ("NA" axial lengths), product.csv (1,000 customers -> '
         'single vision/varifocal/contacts/hearing aid/rare cochlear referral 42; hearing loss dB, invoice cents; till number with no effect), '
         'returned.csv (1,100 hearing-aid fittings -> rare returned device 57/1,100; price cents, battery hours; device serial with no effect), '
         'invoice.csv (850 invoices, semicolon export with decimal commas -> invoice cents), waiting.csv (900 tab-separated store-days -> frames '
         'sold and skewed waiting days), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline audiogram table. '
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
