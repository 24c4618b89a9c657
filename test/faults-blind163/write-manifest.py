#!/usr/bin/env python3
"""Files the candidates of test/faults-blind163 by what the bare engine showed (observed.txt,
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
  'invalid-spec.nadam-optimizer': f('invalid-spec', S, ['invalid-spec'], 'tread-depth regression with optimizer "nadam" (a Keras habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'tyre-size classifier with activation "gelu" (a PyTorch habit)'),
  'invalid-spec.mae-loss-invoice': f('invalid-spec', S, ['invalid-spec'], 'invoice regression with loss "mae" for skewed dollars'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'casing-failure classifier with batchSize 0'),
  'invalid-spec.units-string': f('invalid-spec', S, ['invalid-spec'], 'cure-minutes regression with units "64" as a string'),
  'data-error.na-pressure-psi': f('data-error', S, ['data-error'], 'tread regression reading the shop export copy with "NA" pressure_psi cells'),
  'data-error.shop-id-feature': f('data-error', S, ['data-error'], 'tread regression with the text column shop_id ("SHOP-03") in features'),
  'data-error.fitment-id-feature': f('data-error', S, ['data-error'], 'tyre-size classifier with the fitment_id text in features'),
  'data-error.press-feature-cure': f('data-error', S, ['data-error'], 'cure regression with the press name ("PRS-1") in features (tab-separated file)'),
  'data-error.crack-length-typo': f('data-error', S, ['data-error'], 'casing classifier with feature "crack_length_mm"; the header says crack_len_mm'),
  'data-error.invoice-comma-csv-name': f('data-error', S, ['data-error'], 'invoice regression pointing at invoices.csv, which does not exist'),
  'shape-mismatch.sizes-six-heads-no-lt': f('shape-mismatch', S, ['shape-mismatch'], 'tyre-size classifier with a 6-unit softmax; the rare LT315 class makes 7'),
  'shape-mismatch.mm-and-32nds-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'tread in mm and in 32nds as two targets, one output unit'),
  'shape-mismatch.blobs6-four-heads': f('shape-mismatch', S, ['shape-mismatch'], 'six shop blobs with a 4-unit softmax head'),
  'loss-activation-mismatch.softmax-single-unit-cce-casing': f('shape-mismatch', S, ['shape-mismatch', 'loss-activation-mismatch'], 'binary casing flag with a 1-unit softmax under cce; the engine refuses 1 unit for 2 classes (refiled from loss-activation-mismatch)'),
  'loss-activation-mismatch.relu-head-standardized-cure': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized cure minutes through a relu output: ends 0.51 (healthy 0.04)'),
  'loss-activation-mismatch.sigmoid-head-standardized-tread': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized tread depth through a sigmoid output: ends 0.65 (healthy 0.04-0.08)'),
  'loss-activation-mismatch.tanh-head-bce-check': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'inline roadworthy table with a tanh output under bce: 13.8x the prior (healthy 0.07)'),
  'loss-activation-mismatch.sizes-sigmoid-heads-cce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'tyre sizes with seven sigmoid heads under cce: loss reads 0.00 but accuracy 0.155 (healthy 0.99)'),
  'no-nonlinearity.circles-four-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through four linear layers: 1.00'),
  'no-nonlinearity.spirals-linear-rmsprop-batch-1': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through a linear layer at batch 1: 0.94 (healthy 0.02)'),
  'no-nonlinearity.xor-linear-dropout-momentum': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through linear layers with dropout: 1.00'),
  'no-nonlinearity.moons-linear-bn-nesterov': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through a linear batch-normalized layer: 0.37 (healthy 0.00-0.03)'),
  'lr-out-of-range.rmsprop-lr-20-sizes': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'tyre sizes with rmsprop lr 20: first 6995, ends 9.3x'),
  'lr-out-of-range.adam-3e-9-cure': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'cure minutes with adam lr 3e-9: never moves from 0.99'),
  'lr-out-of-range.nesterov-lr-15-casing': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'casing flag with Nesterov lr 15: NaN at epoch 2'),
  'lr-out-of-range.sgd-negative-tread': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'tread with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-sigmoid-rmsprop-sizes': f('init-symmetry', P, ['init-symmetry'], 'tyre sizes with zero-initialised sigmoid and softmax layers: 0.38, acc 0.80 (healthy 0.01-0.04, acc 0.98-0.99)'),
  'init-symmetry.constant-0.5-tanh-two-layer-cure': f('init-symmetry', P, ['init-symmetry', 'init-scale'], 'cure minutes with constant-0.5 tanh layers: first 199, ends 0.58 (healthy 0.04)'),
  'init-symmetry.zeros-elu-deep-moons': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised elu layers: 1.00'),
  'init-symmetry.constant-0.2-tanh-spirals': f('init-symmetry', P, ['init-symmetry'], 'spirals with constant-0.2 tanh layers: 0.95 (healthy 0.02)'),
  'init-scale.normal-std-4-sigmoid-casing': f('init-scale', P, ['init-scale', 'saturated-activation'], 'casing flag with std-4 sigmoid layers: saturated, ends 1.76x'),
  'init-scale.uniform-6-elu-tread': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'tread with uniform limit 6 elu layers: first 3.2e6, ends 1.2e4x'),
  'init-scale.normal-1e-5-six-relu-sizes': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: gradients 1e-27, flat at 1.00'),
  'init-scale.normal-std-2-leaky-deep-invoice': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'invoice with four std-2 leaky layers: first 2e9, ends 2.6e6x'),
  'dead-relu.bias-minus-8-tread': f('dead-relu', P, ['dead-relu'], 'tread with a 64-unit relu layer at bias -8: 98% dead, 0.71 (healthy 0.04-0.08)'),
  'dead-relu.bias-minus-4-deep-sizes-bn-free': f('dead-relu', P, ['dead-relu'], 'tyre sizes through four relu layers at bias -4: dead, 1.00'),
  'dead-relu.bias-minus-6-xor-momentum': f('dead-relu', P, ['dead-relu'], 'xor through two relu layers at bias -6: all dead, 1.00'),
  'dead-relu.adam-0.5-batch-16-cure': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'cure minutes with adam 0.5 at batch 16: layer-2 relu 83% dead, ends 0.17 (healthy 0.04)'),
  'exploding-gradient.raw-km-tread-sgd': f('exploding-gradient', P, ['exploding-gradient'], 'tread on raw km since fit: first 4e28, ends 2.8e22x'),
  'exploding-gradient.raw-invoice-cents-target-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'invoice total in raw cents as target: 2.39x the baseline 4.4e9'),
  'exploding-gradient.raw-casing-age-nesterov': f('exploding-gradient', P, ['exploding-gradient'], 'casing flag on raw age days and kPa: first 264, 97% dead, ends 1.09x'),
  'exploding-gradient.raw-vehicle-kg-sizes-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'tyre sizes on raw vehicle kg: first 635, all relu dead, ends 1.01'),
  'exploding-gradient.eight-leaky-he-std-1-cure': f('nan-loss', T, ['nan-loss', 'exploding-gradient', 'init-scale'], 'eight leaky layers at std 1: NaN at epoch 1 (refiled from exploding-gradient)'),
  'vanishing-gradient.six-sigmoid-sgd-tread': f('vanishing-gradient', P, ['vanishing-gradient'], 'tread through six sigmoid layers, plain SGD: 1.01'),
  'vanishing-gradient.eight-sigmoid-adam-cure': f('vanishing-gradient', P, ['vanishing-gradient'], 'cure through eight sigmoid layers: first-layer gradient 1e-5, ends 0.28 (healthy 0.04)'),
  'vanishing-gradient.seven-tanh-std-0.02-circles': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'circles through seven tanh layers at std 0.02: 0.80 (healthy 0.00)'),
  'vanishing-gradient.five-sigmoid-lecun-casing': f('vanishing-gradient', P, ['vanishing-gradient'], 'casing flag through five sigmoid layers: 1.00'),
  'nan-loss.raw-invoice-target-momentum': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw dollar invoice target with momentum 0.01: NaN at epoch 1'),
  'nan-loss.sgd-2-batch-1-tread': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'tread with plain SGD lr 2 at batch 1: NaN at epoch 1'),
  'nan-loss.constant-3-six-elu-casing': f('nan-loss', T, ['nan-loss', 'init-scale'], 'six elu layers at constant 3: NaN at epoch 1'),
  'lr-too-high.sgd-plain-1.5-cure': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'cure with plain SGD 1.5: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.kg-and-section-sgd-1.8-full-batch-linear-invoice': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear invoice model, plain SGD 0.95 full batch: grows geometrically from epoch 2, NaN at epoch 89 (refiled from oscillating-loss)'),
  'nan-loss.raw-cure-features-target-sgd-full': f('saturated-activation', P, ['saturated-activation', 'exploding-gradient'], 'raw cure features and raw minutes target through tanh: layer 100% saturated, ends 1.00, no NaN (refiled from nan-loss)'),
  'saturated-activation.tanh-raw-km-tread': f('saturated-activation', P, ['saturated-activation'], 'tread on raw km through tanh: 100% saturated, 1.00'),
  'saturated-activation.sigmoid-raw-kg-sizes': f('saturated-activation', P, ['saturated-activation'], 'tyre sizes on raw kg through sigmoid: 99% saturated, 0.76 (healthy 0.01-0.04)'),
  'saturated-activation.sigmoid-bias-8-casing': f('saturated-activation', P, ['saturated-activation'], 'casing flag through sigmoid layers with bias 8: 100% saturated, 1.01'),
  'saturated-activation.tanh-raw-cure-width': f('saturated-activation', P, ['saturated-activation'], 'cure on raw casing width and temperature through tanh: 1.01'),
  'lr-too-high.rmsprop-0.1-batch-1-tread': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'tread with rmsprop 0.1 at batch 1: 94% dead, ends 0.25 (healthy 0.04-0.08)'),
  'lr-too-high.adam-0.06-batch-1-invoice': f('lr-too-high', T, ['lr-too-high'], 'invoice with adam 0.06 at batch 1: 1.04 (healthy 0.01-0.06)'),
  'lr-too-high.nesterov-0.5-batch-4-iris': f('lr-too-high', T, ['lr-too-high'], 'iris with Nesterov 0.5 at batch 4: up to 6.9e4, ends 3.73x'),
  'lr-too-high.rmsprop-0.05-batch-2-casing': f('lr-too-high', T, ['lr-too-high'], 'casing flag with rmsprop 0.05 at batch 2: 1.24x the prior (healthy 0.67)'),
  'oscillating-loss.sgd-plain-1.9-full-batch-linear-tread-psi-kpa': f('lr-too-high', T, ['lr-too-high'], 'linear tread model on psi and kPa (collinear), plain SGD 0.5 full batch: min 0.08 at epoch 2, then rises every epoch to 1.17 (refiled from oscillating-loss)'),
  'lr-too-low.adam-1e-5-raw-cure-target': f('lr-too-low', T, ['lr-too-low'], 'raw cure minutes target with adam 1e-5: 51x the baseline, 4.84e4 to 4.82e4'),
  'lr-too-low.rmsprop-1e-6-sizes': f('lr-too-low', T, ['lr-too-low'], 'tyre sizes with rmsprop 1e-6: 1.85 to 1.83'),
  'lr-too-low.sgd-plain-1e-5-tread': f('lr-too-low', T, ['lr-too-low'], 'tread with plain SGD 1e-5: 3.81 to 1.55, still falling'),
  'lr-too-low.nesterov-3e-6-batch-8-casing': f('lr-too-low', T, ['lr-too-low'], 'casing flag with Nesterov 3e-6: 0.79 to 0.73, 1.94x the prior'),
  'lr-too-low.adam-1e-4-raw-invoice-full-batch': f('lr-too-low', T, ['lr-too-low'], 'raw dollar invoice target, adam 1e-4 full batch: 2.40x, never moves'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-tread': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear tread model, momentum 0.99 full batch: swings 0.14-2.74 with a 10-epoch period, damping slowly, ends 0.33 (healthy 0.04)'),
  'lr-too-high.adam-0.1-batch-8-sizes': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'tyre sizes with adam 0.1 at batch 8: loss jumps between 0.05 and 0.90 all run, ends 0.13 (healthy 0.01) (refiled from lr-too-high)'),
  'loss-plateau.barcode-only-casing': f('loss-plateau', T, ['loss-plateau'], 'casing flag from the barcode only: 1.00'),
  'loss-plateau.bay-only-sizes': f('loss-plateau', T, ['loss-plateau'], 'tyre size from the fitting bay only: 1.00'),
  'loss-plateau.operator-only-cure': f('loss-plateau', T, ['loss-plateau'], 'cure minutes from the press operator only: 1.01'),
  'loss-plateau.dropout-0.95-tread': f('loss-plateau', T, ['loss-plateau'], 'tread with dropout 0.95: stalls near 0.72-0.78 (healthy 0.04-0.08)'),
  'loss-plateau.weight-decay-5-rmsprop-invoice': f('loss-plateau', T, ['loss-plateau'], 'invoice with rmsprop weightDecay 5: min 0.13 at epoch 4, then climbs to 1.00 and stays'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.casing-two-softmax-bce': 'two sigmoid heads under bce on a binary flag trained like the healthy ones (0.78)',
  'oscillating-loss.adam-0.3-batch-256-logistic-casing': 'settles at 0.30-0.31',
  'oscillating-loss.momentum-0.9-lr-0.35-full-batch-linear-invoice': 'swings for 20 epochs then settles at 0.08',
  'oscillating-loss.momentum-0.95-lr-0.5-logistic-check': 'damped ripple, settles at 0.11',
  'oscillating-loss.nesterov-0.95-lr-0.3-batch-500-linear-cure': 'settles at 0.04',
  'oscillating-loss.rmsprop-0.08-full-batch-linear-cure': 'small bumps 0.039-0.053 only',
  'ok.casing-adam-relu': 'ends 0.75 of the prior: not clearly healthy (rare noisy flag)',
  'ok.casing-adam-elu-decay-val': 'ends 0.78 of the prior: not clearly healthy',
  'ok.casing-logistic-rmsprop-0.01': 'ends 0.80 of the prior: not clearly healthy',
  'ok.casing-rmsprop-0.01-batch-8-tanh-dropout': 'ends 0.81 of the prior: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 163 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: tyre shops and retreading plants: tread.csv (1,000 inspections: inspection ids, timestamps, shop ids; km since fit, '
         'pressure psi and kPa, load index, misaligned -> tread mm, also in 32nds) and tread-na.csv ("NA" pressures), sizes.csv (1,200 '
         'fitments -> seven tyre sizes, rare LT315 45/1,200; fitting bay with no effect), casing.csv (1,100 retread casings: age days, '
         'retreads, cure minutes and temperature, kPa, crack length -> rare casing failure 137/1,100; barcode with no effect), invoice.csv '
         '(900 invoices, semicolon export with decimal commas -> skewed totals in dollars, also in cents), cure.csv (800 tab-separated '
         'press cycles -> cure minutes 133-320; operator with no effect), plus builtins iris, moons, circles, spirals, blobs (4 and 6), '
         'sine, xor and an inline roadworthy-check table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
