#!/usr/bin/env python3
"""Files the candidates of test/faults-blind132 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'price regression with optimizer "adamw" (the PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'service-type classifier with activation "gelu"'),
  'invalid-spec.mae-loss-tips': f('invalid-spec', S, ['invalid-spec'], 'tips regression with loss "mae" (L1Loss habit for skewed tips)'),
  'invalid-spec.batchnorm-layer-type': f('invalid-spec', S, ['invalid-spec'], 'no-show classifier with a Keras-style {"type": "batchnorm"} layer'),
  'invalid-spec.dropout-rate-1.5': f('invalid-spec', S, ['invalid-spec'], 'stock regression with dropout rate 1.5'),
  'data-error.na-dye-ml': f('data-error', S, ['data-error'], 'price regression reading the booking export copy with "NA" dye_ml cells'),
  'data-error.stylist-id-feature': f('data-error', S, ['data-error'], 'price regression with the text column stylist_id ("STY-13") in features'),
  'data-error.booked-ts-feature-minutes': f('data-error', S, ['data-error'], 'appointment-minutes regression with the booking timestamp text in features'),
  'data-error.tip-target-typo': f('data-error', S, ['data-error'], 'tips regression with target "tips_usd"; the header says tip_usd (semicolon file)'),
  'data-error.sku-text-feature-stock': f('data-error', S, ['data-error'], 'stock regression with the sku text in features (tab-separated file)'),
  'data-error.missing-june-export': f('data-error', S, ['data-error'], 'no-show classifier pointing at noshow-june.csv, which does not exist'),
  'shape-mismatch.service-five-heads-no-bridal': f('shape-mismatch', S, ['shape-mismatch'], 'service classifier with a 5-unit softmax; the rare bridal class makes 6'),
  'shape-mismatch.price-and-minutes-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'price and appointment minutes as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four salon blobs with a 3-unit softmax head'),
  'loss-activation-mismatch.single-softmax-bce-noshow': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'no-show with a 1-unit softmax output under bce (always 1): 92x the prior'),
  'loss-activation-mismatch.relu-head-standardized-tips': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized tips through a relu output under mse: 0.29 (healthy 0.04-0.06)'),
  'loss-activation-mismatch.softmax-head-mse-price': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized price through a 1-unit softmax under mse: stuck at 2.00'),
  'no-nonlinearity.circles-two-linear-rmsprop-batch-16': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 1.00 (healthy 0.00)'),
  'no-nonlinearity.xor-linear-dropout-momentum': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear hidden layer and dropout: 1.00'),
  'no-nonlinearity.spirals-four-linear-adam-val': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through four linear layers: 0.96'),
  'no-nonlinearity.sine-linear-stack-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through two linear layers: 0.38 (healthy 0.01-0.09)'),
  'lr-out-of-range.adam-lr-10-service': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'service classifier with adam lr 10: first loss 438, ends 0.57 (healthy 0.01-0.04)'),
  'lr-out-of-range.nesterov-1e-10-price': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'price with Nesterov lr 1e-10: never moves from 3.20'),
  'lr-out-of-range.rmsprop-lr-50-noshow': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'no-show with rmsprop lr 50: 198x the prior'),
  'lr-out-of-range.sgd-negative-tips': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'tips with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.constant-0.3-tanh-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with every layer at constant 0.3: 1.00 of the prior'),
  'init-symmetry.zeros-sigmoid-rmsprop-xor': f('init-symmetry', P, ['init-symmetry'], 'xor with zero-initialised sigmoid layers: 0.93, acc 0.58 (healthy 0.01)'),
  'init-symmetry.zeros-elu-service': f('init-symmetry', P, ['init-symmetry'], 'service classifier with zero-initialised elu and softmax layers: 1.00'),
  'init-symmetry.constant-0.2-relu-spirals': f('init-symmetry', P, ['init-symmetry'], 'spirals with every layer at constant 0.2: 1.00'),
  'init-scale.normal-std-10-sigmoid-noshow': f('init-scale', P, ['init-scale', 'saturated-activation'], 'no-show with std-10 sigmoid layers: first 17.9, ends 5.1x'),
  'init-scale.uniform-20-tanh-tips': f('init-scale', P, ['init-scale', 'saturated-activation'], 'tips with uniform limit 20: first 6487, ends 535x'),
  'init-scale.normal-1e-5-six-relu-price': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: flat at 1.01'),
  'init-scale.normal-std-4-elu-stock': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'stock with std-4 elu layers: first 1.9e7, ends 2.3e5x'),
  'dead-relu.bias-minus-8-service': f('dead-relu', P, ['dead-relu'], 'service with one 128-unit relu layer at bias -8: 95% dead, 0.66 (healthy 0.01-0.04)'),
  'dead-relu.bias-minus-2-three-layer-xor': f('dead-relu', P, ['dead-relu'], 'xor through three relu layers at bias -2: no gradient, 1.00'),
  'dead-relu.bias-minus-4-bn-free-minutes': f('dead-relu', P, ['dead-relu'], 'minutes with a relu layer at bias -4: 95% dead, ends 0.15 (healthy 0.07-0.09)'),
  'nan-loss.raw-features-sgd-plain-stock': f('dead-relu', T, ['dead-relu', 'exploding-gradient'], 'stock on raw features with plain SGD 0.01: first 1e34, then relu 100% dead at 1.00 (refiled from nan-loss)'),
  'exploding-gradient.raw-ml-used-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'product ml used in raw units as target: 0.50 of the baseline 4.3e5 (healthy 0.23 standardized)'),
  'exploding-gradient.raw-client-days-rmsprop-noshow': f('exploding-gradient', P, ['exploding-gradient'], 'no-show on raw client_since_days: first 27.7, ends 15x the prior'),
  'exploding-gradient.constant-1.5-relu-deep-tips': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'five relu layers at constant 1.5: first 1.4e19, ends 2.7e13x'),
  'nan-loss.momentum-0.95-raw-ml-target': f('exploding-gradient', P, ['exploding-gradient'], 'raw ml target with momentum 0.95: tanh 100% saturated, 1.09x, no NaN (refiled from nan-loss)'),
  'nan-loss.sixteen-elu-std-0.8-minutes': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'sixteen elu layers at std 0.8: first 5e13, ends 9e10x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-momentum-service': f('vanishing-gradient', P, ['vanishing-gradient'], 'service through eight sigmoid layers: 1.00'),
  'vanishing-gradient.six-sigmoid-rmsprop-xor': f('vanishing-gradient', P, ['vanishing-gradient'], 'xor through six sigmoid layers: 1.00'),
  'vanishing-gradient.nine-sigmoid-nesterov-minutes': f('vanishing-gradient', P, ['vanishing-gradient'], 'minutes through nine sigmoid layers: 1.01'),
  'nan-loss.sgd-0.5-batch-1-raw-price': f('nan-loss', T, ['nan-loss', 'lr-too-high', 'exploding-gradient'], 'raw dollar price target with plain SGD 0.5 at batch 1: NaN at epoch 1'),
  'dead-relu.nesterov-lr-2-batch-16-price': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'price with Nesterov lr 2 at batch 16: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.raw-bill-features-lecun-tips': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'tips on raw bill features: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.nesterov-0.5-batch-4-price': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'price with Nesterov 0.5 at batch 4: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.nesterov-0.95-lr-0.5-batch-128-linear-tips': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear tips model, Nesterov 0.95 lr 0.5: grows from epoch 1, NaN at epoch 19 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-1.9-full-batch-linear-minutes': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear minutes model, plain SGD 1.9 full batch: grows 15x per epoch, Infinity at epoch 66 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-bias-10-tips': f('saturated-activation', P, ['saturated-activation'], 'tips through sigmoid units at bias 10: 100% saturated, 0.56 (healthy 0.04-0.06)'),
  'saturated-activation.tanh-bias-minus-7-bn-free-stock': f('saturated-activation', P, ['saturated-activation'], 'stock through tanh units at bias -7: saturated, 1.07'),
  'saturated-activation.tanh-raw-minutes-price': f('saturated-activation', P, ['saturated-activation'], 'price on raw features through tanh: 94% saturated, 0.14 (healthy 0.04)'),
  'lr-too-high.adam-0.3-batch-16-service': f('lr-too-high', T, ['lr-too-high'], 'service with adam 0.3 at batch 16: min 0.13, ends 0.22 (healthy 0.01-0.04)'),
  'lr-too-high.rmsprop-0.05-batch-1-tips': f('lr-too-high', T, ['lr-too-high'], 'tips with rmsprop 0.05 at batch 1: min 0.32, ends 0.37 (healthy 0.04-0.06)'),
  'dead-relu.adam-0.5-batch-4-stock': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'stock with adam 0.5 at batch 4: first 75.7, ends 1.11 (healthy 0.20-0.23) (refiled from dead-relu)'),
  'nan-loss.rmsprop-3-batch-2-tips': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range'], 'tips with rmsprop 3 at batch 2: first 1.2e9, ends 3.72, no NaN (refiled from nan-loss)'),
  'lr-too-low.adam-5e-6-service': f('lr-too-low', T, ['lr-too-low'], 'service with adam 5e-6: 2.41 to 2.23, 1.37x the prior'),
  'lr-too-low.momentum-2e-5-price': f('lr-too-low', T, ['lr-too-low'], 'price with momentum 2e-5: 3.34 to 0.12, still falling (healthy 0.04)'),
  'lr-too-low.rmsprop-1e-6-tips-batch-16': f('lr-too-low', T, ['lr-too-low'], 'tips with rmsprop 1e-6: 5.54 to 5.20'),
  'lr-too-low.nesterov-3e-6-xor': f('lr-too-low', T, ['lr-too-low'], 'xor with Nesterov 3e-6: 1.00, never moves'),
  'lr-too-low.sgd-plain-1e-5-full-batch-circles': f('lr-too-low', T, ['lr-too-low'], 'circles full batch plain SGD 1e-5: 1.18x, never moves'),
  'oscillating-loss.momentum-0.97-full-batch-linear-price': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear price model, momentum 0.97 lr 0.3 full batch: swings 0.3-3.6 for 40 epochs, still 0.04-0.13 at the end (same model at plain SGD 0.1: 0.04)'),
  'oscillating-loss.momentum-0.95-minmax-raw-linear-price': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear price model on minmax features, momentum 0.95 lr 0.9 full batch: swings 0.3-6.1 for 60 epochs, then 0.040-0.053'),
  'oscillating-loss.momentum-0.98-logistic-full-batch-noshow': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'logistic no-show, momentum 0.98 lr 3 full batch: slow swings 0.15-0.53, ends at the prior'),
  'oscillating-loss.momentum-0.99-lr-0.15-batch-450-linear-price': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear price model, momentum 0.99 at batch 450: swings 0.4-2.0, still 0.08-0.23 at the end'),
  'oscillating-loss.momentum-0.99-lr-2-logistic-batch-550-noshow': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'logistic no-show, momentum 0.99 lr 2 at batch 550: swings 0.23-0.55, ends 0.15-0.23'),
  'oscillating-loss.momentum-0.97-lr-0.5-minmax-linear-tips': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear tips model on minmax features, momentum 0.97 full batch: slow swings 0.44-1.97 damping to 0.08-0.16'),
  'loss-plateau.loyalty-card-only-noshow': f('loss-plateau', T, ['loss-plateau'], 'no-show from the loyalty card number only: 0.99'),
  'loss-plateau.chair-number-only-service': f('loss-plateau', T, ['loss-plateau'], 'service type from the chair number only: 1.00'),
  'loss-plateau.occupancy-only-price': f('loss-plateau', T, ['loss-plateau'], 'price from chair occupancy only: 1.02'),
  'loss-plateau.weight-decay-5-nesterov-tips': f('loss-plateau', T, ['loss-plateau'], 'tips with weightDecay 5: 1.00'),
  'loss-plateau.dropout-0.95-minutes': f('loss-plateau', T, ['loss-plateau'], 'minutes with dropout 0.95: stuck near 0.8 (healthy 0.07-0.09)'),
}
TRIMMED = set()
DROPPED = {
  'exploding-gradient.raw-price-target-momentum': 'trained to 0.04 of the raw-dollar baseline',
  'loss-activation-mismatch.sigmoid-heads-cce-service': 'sigmoid heads under cce trained to 0.00',
  'loss-activation-mismatch.tanh-head-bce-moons': 'ends 0.07 against healthy moons 0.00-0.16',
  'loss-plateau.clipnorm-1e-7-rmsprop-stock': 'rmsprop undoes the clipping: trained to 0.24 like healthy stock',
  'lr-too-high.adam-0.1-batch-2-minutes': 'ends 0.11 against healthy 0.07-0.09: too close',
  'lr-too-high.momentum-0.99-lr-0.05-noshow': 'ends 0.79 of the prior like the no-show ceiling: unclear',
  'lr-too-high.sgd-plain-3-batch-8-circles': 'trained to 0.00',
  'saturated-activation.sigmoid-raw-client-days-noshow': 'ends 0.93 against 0.68-0.81: too close',
  'saturated-activation.tanh-raw-price-service': 'trained to 0.04',
  'shape-mismatch.noshow-two-sigmoid-heads': 'the engine accepts two bce heads and trains them (0.74)',
  'vanishing-gradient.ten-tanh-std-0.1-circles': 'trained to 0.00',
  'oscillating-loss.adam-0.08-full-batch-tanh-minutes': 'a few early swings, then settles at 0.07',
  'oscillating-loss.nesterov-0.99-full-batch-linear-tips': 'settles at 0.07 by epoch 15',
  'oscillating-loss.rmsprop-0.02-batch-256-linear-stock': 'settles at 0.35 with tiny noise',
  'oscillating-loss.nesterov-0.98-lr-0.4-full-batch-linear-minutes': 'settles at 0.08 by epoch 6',
  'oscillating-loss.adam-0.5-full-batch-linear-tips': 'swings for 20 epochs, then settles at 0.07',
  'ok.circles-nesterov-relu-bn': 'min 0.03 but ends 0.13: not clearly healthy',
  'ok.noshow-adam-relu': 'ends 0.71 of the prior: the rare no-show flag has a low ceiling, not clearly healthy',
  'ok.noshow-logistic-rmsprop': 'ends 0.81 of the prior: not clearly healthy',
  'ok.noshow-momentum-tanh-clip': 'ends 0.68 of the prior: not clearly healthy',
  'ok.noshow-nesterov-elu-batch-64-decay': 'ends 0.74 of the prior: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 132 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: hair, beauty and tattoo salons: appointments.csv (900 bookings: appointment ids, booking timestamps, stylist ids; hair length cm, '
         'dye ml, stylist years, chair occupancy %, weekend, appointment minutes -> price in dollars) and appointments-na.csv ("NA" dye_ml), '
         'service.csv (1,000 tickets -> cut/color/perm/tattoo/nails/rare bridal 45; service minutes, dye ml, ink ml, products, price; chair number with no effect), '
         'noshow.csv (1,100 bookings -> rare no-show 44/1,100; lead days, prior no-shows, deposit, reminder, raw client_since_days; loyalty card number with no effect), '
         'tips.csv (800 till rows, semicolon export with decimal commas -> skewed tips in dollars), stock.csv (700 tab-separated weekly rows: sku text, '
         'bookings, promo, shelf, unit price -> skewed units sold and product ml used), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline '
         'tattoo touch-up table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
