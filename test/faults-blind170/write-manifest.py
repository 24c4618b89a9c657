#!/usr/bin/env python3
"""Files the candidates of test/faults-blind170 by what the bare engine showed (observed.txt,
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
  'invalid-spec.nadam-optimizer': f('invalid-spec', S, ['invalid-spec'], 'turnaround regression with optimizer "nadam" (a Keras habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'garment classifier with activation "gelu" (a PyTorch habit)'),
  'invalid-spec.mae-loss-order-value': f('invalid-spec', S, ['invalid-spec'], 'order-value regression with loss "mae" for skewed dollars'),
  'invalid-spec.units-zero-hidden': f('invalid-spec', S, ['invalid-spec'], 'remake classifier with a 0-unit hidden layer'),
  'invalid-spec.batch-size-string': f('invalid-spec', S, ['invalid-spec'], 'bench-minutes regression with batchSize "32" as a string'),
  'data-error.na-waist-cm': f('data-error', S, ['data-error'], 'turnaround regression reading the tablet-app copy with "NA" waist_cm cells'),
  'data-error.tailor-id-feature': f('data-error', S, ['data-error'], 'turnaround regression with the text tailor_id ("TLR-07") in features'),
  'data-error.order-ts-feature': f('data-error', S, ['data-error'], 'turnaround regression with the order timestamp text in features'),
  'data-error.hem-inches-typo': f('data-error', S, ['data-error'], 'bench-minutes regression with feature "hem_in"; the tab-separated header says hem_cm'),
  'data-error.garment-id-feature': f('data-error', S, ['data-error'], 'garment classifier with the garment_id text in features'),
  'data-error.order-ref-as-target-typo': f('data-error', S, ['data-error'], 'order-value regression with target "order_value"; the semicolon header says order_usd'),
  'shape-mismatch.garment-four-heads-no-coat': f('shape-mismatch', S, ['shape-mismatch'], 'garment classifier with a 4-unit softmax; the rare coat class makes 5'),
  'shape-mismatch.minutes-and-hours-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'bench minutes and hours as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four fabric-bolt blobs with a 3-unit softmax head'),
  'loss-activation-mismatch.linear-head-bce-remake': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'remake flag with a linear output under bce: 1.14x the prior (healthy 0.40-0.50)'),
  'loss-activation-mismatch.relu-head-standardized-turnaround': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized turnaround through a relu output: ends 0.56 (healthy 0.03-0.05)'),
  'loss-activation-mismatch.softmax-one-unit-rack': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'inline rack table with a 1-unit softmax under bce: stuck at 10.7x the prior'),
  'loss-activation-mismatch.sigmoid-head-standardized-order': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized order value through a sigmoid output: ends 0.56 (healthy 0.01)'),
  'no-nonlinearity.circles-four-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through four linear layers: 1.00'),
  'no-nonlinearity.rack-inline-linear-rmsprop-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'inline rack table through two linear layers: 1.00 (healthy tanh 0.04)'),
  'no-nonlinearity.moons-linear-dropout-momentum': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through a linear layer with dropout: 0.44 (healthy 0.00-0.02)'),
  'no-nonlinearity.sine-linear-deep-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through two linear layers: 0.39 (healthy 0.01-0.02)'),
  'lr-out-of-range.rmsprop-lr-3-remake': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'remake with rmsprop lr 3: saturated, ends 7.16x the prior'),
  'lr-out-of-range.adam-1e-8-garment': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'garment with adam lr 1e-8: 1.23, never moves'),
  'lr-out-of-range.nesterov-lr-25-turnaround': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'turnaround with Nesterov lr 25: NaN at epoch 1'),
  'lr-out-of-range.sgd-negative-order': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'order value with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-sigmoid-rmsprop-garment': f('init-symmetry', P, ['init-symmetry'], 'garment with zero-initialised sigmoid and softmax layers: 0.42, acc 0.755 (healthy 0.00-0.01)'),
  'init-symmetry.zeros-relu-adam-circles': f('init-symmetry', P, ['init-symmetry', 'dead-relu'], 'circles with zero-initialised relu layers: no gradient, 1.00'),
  'init-symmetry.zeros-tanh-sgd-spirals': f('init-symmetry', P, ['init-symmetry'], 'spirals with a zero-initialised tanh layer: 1.00'),
  'init-scale.normal-1e-5-four-relu-garment': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'garment through four relu layers at std 1e-5: gradients 1e-18, 1.00'),
  'init-scale.uniform-6-elu-order': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'order value through elu layers at uniform limit 6: first 5.2e6, ends 5.1e4x'),
  'dead-relu.bias-minus-8-adam-turnaround': f('dead-relu', P, ['dead-relu'], 'turnaround with one relu layer at bias -8: all dead, 1.00'),
  'dead-relu.bias-minus-4-three-layer-garment': f('dead-relu', P, ['dead-relu'], 'garment through three relu layers at bias -4: dead, 1.00'),
  'dead-relu.bias-minus-6-momentum-moons': f('dead-relu', P, ['dead-relu'], 'moons through two relu layers at bias -6: all dead, 1.00'),
  'dead-relu.adam-0.5-batch-16-hem': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'bench minutes with adam 0.5 at batch 16: layer-2 relu 97% dead, ends 1.00'),
  'lr-too-high.adam-0.1-batch-2-turnaround': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'turnaround with adam 0.1 at batch 2: layer-2 relu 100% dead, 1.03 (refiled from lr-too-high)'),
  'exploding-gradient.raw-order-dollars-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'order value in raw dollars as target: 4.26x the baseline 5.3e4'),
  'exploding-gradient.raw-chest-mm-remake-momentum': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'remake on raw chest millimetres: first loss 266, relu layer dies, ends 1.16x'),
  'loss-plateau.adam-0.003-batch-1-raw-order-dollars': f('exploding-gradient', P, ['exploding-gradient'], 'order value in raw dollars at batch 1: 5.02x the baseline (refiled from loss-plateau)'),
  'nan-loss.raw-features-raw-target-sgd-batch-8': f('exploding-gradient', P, ['exploding-gradient'], 'raw features and raw minutes target, SGD batch 8: first 1.1e4, ends 0.88, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-sgd-garment': f('vanishing-gradient', P, ['vanishing-gradient'], 'garment through eight sigmoid layers under SGD: 1.00'),
  'vanishing-gradient.six-sigmoid-lecun-momentum-remake': f('vanishing-gradient', P, ['vanishing-gradient'], 'remake through six lecun sigmoid layers: 1.00'),
  'vanishing-gradient.ten-tanh-std-0.02-adam-hem': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'bench minutes through ten tanh layers at std 0.02: gradients 1e-11, 1.00'),
  'vanishing-gradient.seven-sigmoid-xavier-rmsprop-xor': f('vanishing-gradient', P, ['vanishing-gradient'], 'xor through seven xavier sigmoid layers under rmsprop: 1.00'),
  'vanishing-gradient.five-sigmoid-nesterov-batch-64-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through five sigmoid layers under Nesterov: 1.00'),
  'vanishing-gradient.ten-sigmoid-adam-lecun-garment': f('vanishing-gradient', P, ['vanishing-gradient'], 'garment through ten lecun sigmoid layers under adam: early-layer gradients 1e-8, 0.70 (healthy five-layer 0.00)'),
  'vanishing-gradient.eight-sigmoid-rmsprop-xavier-normal-order': f('vanishing-gradient', P, ['vanishing-gradient'], 'order value through eight sigmoid layers under rmsprop: 1.00 (healthy six-layer 0.04)'),
  'nan-loss.sgd-1.5-batch-1-turnaround': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'turnaround with plain SGD 1.5 at batch 1: NaN at epoch 1'),
  'nan-loss.raw-cents-target-momentum': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'order value in raw cents as target: NaN at epoch 1'),
  'nan-loss.nesterov-0.99-lr-1-garment': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'garment with Nesterov 0.99 lr 1: NaN at epoch 1'),
  'nan-loss.constant-1-elu-deep-hem': f('nan-loss', T, ['nan-loss', 'init-scale', 'exploding-gradient'], 'five elu layers at constant 1: NaN at epoch 1'),
  'dead-relu.sgd-2-batch-4-order': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'order value with SGD 2 at batch 4: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.ten-relu-std-0.5-turnaround': f('nan-loss', T, ['nan-loss', 'exploding-gradient', 'init-scale'], 'ten relu layers at std 0.5: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.sgd-plain-3-batch-32-order': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'order value with plain SGD 0.3 at batch 32: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.chest-cm-and-in-linear-sgd-batch-200': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear turnaround on chest cm and inches (collinear), SGD 0.45: grows every epoch, NaN at epoch 22 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-1.9-full-batch-linear-hem': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear bench model, full-batch SGD 1.9: grows every epoch, NaN at epoch 79 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-bias-8-turnaround': f('saturated-activation', P, ['saturated-activation'], 'turnaround through sigmoid layers with bias 8: 100% saturated, 1.07'),
  'saturated-activation.tanh-raw-chest-mm-remake': f('saturated-activation', P, ['saturated-activation'], 'remake on raw chest millimetres through tanh: 100% saturated, 1.00'),
  'saturated-activation.tanh-raw-hem-cm-bench': f('saturated-activation', P, ['saturated-activation'], 'bench minutes on raw hem cm through tanh: 95% saturated, 1.07'),
  'saturated-activation.sigmoid-raw-gsm-garment': f('saturated-activation', P, ['saturated-activation'], 'garment on raw fabric gsm through sigmoid: 95% saturated, ends 0.07 (healthy 0.00-0.01)'),
  'saturated-activation.tanh-std-3-order': f('saturated-activation', P, ['saturated-activation', 'init-scale'], 'order value through tanh at std 3: 70% saturated, ends 0.10 (healthy 0.01)'),
  'lr-too-high.rmsprop-0.05-batch-1-remake': f('lr-too-high', T, ['lr-too-high'], 'remake with rmsprop 0.05 at batch 1: 0.95 of the prior (healthy 0.40-0.50)'),
  'lr-too-high.momentum-0.8-batch-8-garment': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'garment with momentum lr 0.8 at batch 8: first 3.8e4, relu 91% dead, ends 1.10'),
  'lr-too-high.nesterov-2-batch-16-spirals': f('lr-too-high', T, ['lr-too-high', 'saturated-activation'], 'spirals with Nesterov lr 2: saturated, 26x the prior'),
  'lr-too-high.adam-0.05-batch-3-raw-turnaround': f('lr-too-high', T, ['lr-too-high'], 'raw-day turnaround with adam 0.05 at batch 3: swings 0.36-0.54 of base 4.43 (healthy about 0.04 of base)'),
  'lr-too-low.adam-2e-6-garment': f('lr-too-low', T, ['lr-too-low'], 'garment with adam 2e-6: 1.86 to 1.78, above the prior'),
  'lr-too-low.sgd-1e-5-batch-64-turnaround': f('lr-too-low', T, ['lr-too-low'], 'turnaround with SGD 1e-5: 1.28 to 1.18'),
  'lr-too-low.rmsprop-1e-6-order': f('lr-too-low', T, ['lr-too-low'], 'order value with rmsprop 1e-6: 5.11 to 4.98'),
  'lr-too-low.nesterov-5e-6-remake': f('lr-too-low', T, ['lr-too-low'], 'remake with Nesterov 5e-6: 3.55x the prior, barely moves'),
  'lr-too-low.momentum-3e-6-full-batch-iris': f('lr-too-low', T, ['lr-too-low'], 'iris full batch with momentum 3e-6: 0.96 to 0.95 (healthy 0.04-0.06)'),
  'oscillating-loss.sgd-plain-5-batch-1-logistic-rack': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'logistic rack-fit model, plain SGD 5 at batch 1: swings 2.4-6.1 (3.5-9x the prior) for 150 epochs'),
  'oscillating-loss.adam-0.1-batch-1-iris': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'iris with adam 0.1 at batch 1: swings 0.05-0.22 with a spike to 1.46 at epoch 33, never settles'),
  'loss-plateau.hanger-tag-only-remake': f('loss-plateau', T, ['loss-plateau'], 'remake from the hanger tag number only: 1.00'),
  'loss-plateau.rack-no-only-garment': f('loss-plateau', T, ['loss-plateau'], 'garment type from the rack number only: 1.00'),
  'loss-plateau.ticket-no-only-turnaround': f('loss-plateau', T, ['loss-plateau'], 'turnaround from the ticket number only: 1.00'),
  'loss-plateau.weight-decay-1-rmsprop-hem': f('loss-plateau', T, ['loss-plateau'], 'bench minutes with rmsprop weightDecay 1: min 0.22, flat near 0.28 (healthy 0.03)'),
  'loss-plateau.clipnorm-1e-7-adam-order': f('loss-plateau', T, ['loss-plateau', 'lr-too-low'], 'order value with clipNorm 1e-7: 1.34, never moves'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.remake-two-sigmoid-heads': 'two sigmoid heads on the binary remake flag trained to 0.47 of the prior, like the healthy ones: the engine accepts it',
  'loss-activation-mismatch.garment-softmax-mse': 'softmax under mse trained to 0.01',
  'init-symmetry.constant-0.3-tanh-momentum-turnaround': 'trained to 0.06',
  'init-scale.normal-std-4-sigmoid-remake': 'ends 0.47 against healthy 0.40-0.50',
  'init-scale.constant-1.5-leaky-hem': 'first loss 9590 but ends 0.10 against healthy 0.03: unclear',
  'exploding-gradient.raw-bench-minutes-sgd-batch-64': 'ends 0.04 of the baseline: trained',
  'exploding-gradient.raw-gsm-garment-adam': 'first 86.7, ends 0.12 acc 0.971: unclear',
  'vanishing-gradient.nine-tanh-default-sgd-turnaround': 'nine tanh layers under SGD trained to 0.05 (healthy 0.03-0.05): not filed as healthy to stay on the safe side',
  'lr-too-high.rmsprop-0.1-batch-1-raw-bench': 'ends 0.085 of base, still falling: unclear',
  'lr-too-high.rmsprop-0.1-batch-4-hem': 'ends 0.07 against 0.03, still falling: unclear',
  'oscillating-loss.adam-0.05-batch-2-linear-order': 'noisy 0.058-0.088, small swings near the floor',
  'oscillating-loss.momentum-0.95-lr-0.2-batch-100-linear-hem': 'settles near 0.04',
  'oscillating-loss.nesterov-0.99-lr-0.05-batch-250-tanh-garment': 'trains to 0.00',
  'oscillating-loss.rmsprop-0.02-batch-4-linear-turnaround': 'settles at 0.047',
  'oscillating-loss.rmsprop-0.05-full-batch-tanh-remake': 'small wiggles, settles at 0.34 of the prior',
  'ok.spirals-adam-tanh-deep': 'ends 0.83: not healthy',
  'ok.circles-momentum-relu-bn': 'swings 0.03-0.20: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 170 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates and two borderline healthy ones (observed-curves.txt). '
         'Theme: tailors and alteration shops: turnaround.csv (1,000 alteration orders: order ids, timestamps, tailor ids, ticket numbers; '
         'chest and waist in cm and inches, fabric metres, fittings, rush, queue -> turnaround days) and turnaround-na.csv ("NA" waist cells), '
         'garment.csv (1,000 garments -> suit/trousers/dress/shirt/rare coat 57; fabric gsm in hundreds; rack number with no effect), '
         'remake.csv (1,100 alterations -> rare remake flag 57/1,100; chest in millimetres; hanger tag with no effect), '
         'order-value.csv (850 bespoke orders, semicolon export with decimal commas -> order value in dollars and in cents), '
         'hem-time.csv (900 tab-separated jobs -> bench minutes and hours), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor '
         'and an inline rack-fit table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
