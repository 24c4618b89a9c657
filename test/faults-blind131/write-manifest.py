#!/usr/bin/env python3
"""Files the candidates of test/faults-blind131 by what the bare engine showed (observed.txt,
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

FAULTS = {
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'hammer regression with optimizer "adamw" (the PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'category classifier with activation "gelu"'),
  'invalid-spec.mae-loss-days': f('invalid-spec', S, ['invalid-spec'], 'days-to-sell regression with loss "mae"'),
  'invalid-spec.dense-units-zero': f('invalid-spec', S, ['invalid-spec'], 'bid-count regression with a 0-unit dense layer'),
  'invalid-spec.batchsize-string': f('invalid-spec', S, ['invalid-spec'], 'counterfeit classifier with batchSize "full"'),
  'data-error.na-reserve-usd': f('data-error', S, ['data-error'], 'hammer regression reading the copy with "NA" reserve_usd cells'),
  'data-error.seller-id-feature': f('data-error', S, ['data-error'], 'hammer regression with the text seller_id ("SLR-0007") in features'),
  'data-error.listing-ts-feature': f('data-error', S, ['data-error'], 'hammer regression with the listing timestamp text in features'),
  'data-error.lot-id-feature-category': f('data-error', S, ['data-error'], 'category classifier with the lot_id text in features'),
  'data-error.target-typo-days-to-sale': f('data-error', S, ['data-error'], 'days regression with target "days_to_sale"; the header says days_to_sell'),
  'data-error.bids-path-wrong-folder': f('data-error', S, ['data-error'], 'bid-count regression with csv "data/bids.csv" relative to the wrong folder'),
  'shape-mismatch.category-four-heads-no-coins': f('shape-mismatch', S, ['shape-mismatch'], 'category classifier with a 4-unit softmax; the rare coins class makes 5'),
  'shape-mismatch.hammer-and-reserve-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'hammer and reserve price as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four blobs with a 3-unit softmax head'),
  'loss-activation-mismatch.counterfeit-softmax-1-bce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'counterfeit flag with a 1-unit softmax under bce: constant output, 41x the prior'),
  'loss-activation-mismatch.category-sigmoid-heads-cce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'category with five sigmoid heads under cce: loss ~0 but acc 0.52 (healthy 0.97-0.98)'),
  'loss-activation-mismatch.relu-head-standardized-hammer': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized hammer price through a relu output: 0.22 (healthy 0.01-0.03)'),
  'loss-activation-mismatch.sigmoid-head-standardized-bids': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized bid counts through a sigmoid output: 0.59 (healthy 0.08-0.16)'),
  'loss-activation-mismatch.tanh-head-bce-stall': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'inline stall table with a tanh output under bce: 1.06 of the prior (healthy 0.01-0.07)'),
  'no-nonlinearity.circles-two-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 1.00'),
  'no-nonlinearity.xor-linear-rmsprop-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear hidden layer: 1.00'),
  'no-nonlinearity.sine-linear-nesterov-mse': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through two linear layers: 0.40 (healthy 0.01-0.04)'),
  'no-nonlinearity.moons-linear-dropout-sgd': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through linear layers with dropout: 0.34 (healthy 0.00-0.01)'),
  'lr-out-of-range.adam-lr-3-hammer': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'hammer with adam lr 3: first 9248, ends 1.01'),
  'lr-out-of-range.rmsprop-1e-8-category': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'category with rmsprop 1e-8: 0.98, never moves'),
  'lr-out-of-range.nesterov-lr-40-counterfeit': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'counterfeit with Nesterov lr 40: NaN at epoch 1'),
  'lr-out-of-range.sgd-negative-bids': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'bid counts with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-momentum-category': f('init-symmetry', P, ['init-symmetry'], 'category with zero-initialised relu and softmax layers: 1.00'),
  'init-symmetry.constant-0.2-elu-sgd-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with constant-0.2 elu layers: 0.90 (healthy 0.00)'),
  'init-symmetry.zeros-sigmoid-rmsprop-moons': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised sigmoid layers: 0.38, acc 0.89 (healthy 0.00-0.01)'),
  'init-symmetry.constant-0.5-tanh-adam-bids': f('init-symmetry', P, ['init-symmetry', 'init-scale'], 'bid counts with constant-0.5 tanh layer: first 77.7, ends 0.32 (healthy 0.08-0.16)'),
  'init-scale.normal-std-4-sigmoid-hammer': f('init-scale', P, ['init-scale', 'saturated-activation'], 'hammer with std-4 sigmoid layers: first 394, ends 15x'),
  'init-scale.uniform-6-elu-days': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'days with uniform limit 6 elu layers: first 4e6, ends 2.6e4x'),
  'init-scale.normal-1e-5-six-relu-category': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: 0.41 (healthy 0.03-0.06)'),
  'init-scale.uniform-1e-3-tanh-deep-spirals': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'five tanh layers at uniform 1e-3 on spirals: 1.00'),
  'init-scale.normal-std-2-relu-counterfeit': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'counterfeit with std-2 relu layers: first 470, ends 49x'),
  'dead-relu.adam-0.5-batch-4-hammer': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'hammer with adam 0.5 at batch 4: layer-2 relu 100% dead, ends 1.05'),
  'dead-relu.bias-minus-4-three-layer-counterfeit': f('dead-relu', P, ['dead-relu'], 'counterfeit through three relu layers at bias -4: 66-72% dead, 1.00'),
  'dead-relu.bias-minus-6-wide-blobs': f('dead-relu', P, ['dead-relu'], 'blobs with a 128-unit relu layer at bias -6: all dead, 1.00'),
  'dead-relu.bias-minus-8-adam-days': f('dead-relu', P, ['dead-relu'], 'days with a relu layer at bias -8: 84% dead, 0.40 (healthy 0.08-0.13)'),
  'exploding-gradient.raw-bid-count-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'raw features and raw bid-count target: first 1536, ends 0.58 of the baseline (standardized 0.08)'),
  'exploding-gradient.raw-estimate-usd-category-adam': f('exploding-gradient', P, ['exploding-gradient'], 'category on raw estimate dollars: first 873, ends 0.70 (healthy 0.03)'),
  'exploding-gradient.raw-feedback-count-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'counterfeit on raw feedback counts: first 105, ends 1.03'),
  'exploding-gradient.raw-hammer-dollars-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'hammer price in raw dollars as target: 1.21x the baseline 3.3e6'),
  'exploding-gradient.ten-elu-std-0.8-days': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'ten elu layers at std 0.8: first 1e9, ends 2.9e5x'),
  'nan-loss.raw-features-momentum-0.99-days': f('exploding-gradient', P, ['exploding-gradient'], 'raw features and raw days target, momentum 0.99: first 5e13, ends 1e10x, no NaN (refiled from nan-loss)'),
  'nan-loss.raw-hammer-dollars-nesterov': f('exploding-gradient', P, ['exploding-gradient'], 'raw hammer dollars target, Nesterov: 0.63 of the 3.3e6 baseline, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-momentum-hammer': f('vanishing-gradient', P, ['vanishing-gradient'], 'hammer through eight sigmoid layers: 1.01'),
  'vanishing-gradient.nine-sigmoid-sgd-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through nine sigmoid layers: 1.01'),
  'vanishing-gradient.seven-sigmoid-lecun-category': f('vanishing-gradient', P, ['vanishing-gradient'], 'category through seven sigmoid layers: 0.59 (healthy 0.03-0.06)'),
  'nan-loss.constant-3-leaky-deep-hammer': f('nan-loss', T, ['nan-loss', 'init-scale', 'exploding-gradient'], 'five leaky layers at constant 3: NaN at epoch 1'),
  'nan-loss.sgd-plain-8-bids-batch-8': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'bid counts with plain SGD 8 at batch 8: NaN at epoch 1'),
  'dead-relu.nesterov-lr-2-bids': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'bid counts with Nesterov lr 2: NaN at epoch 1 (refiled from dead-relu)'),
  'lr-too-high.nesterov-0.4-batch-2-days': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'days with Nesterov 0.4 at batch 2: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.sgd-plain-1.2-full-batch-minmax-linear-bids': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear bid model, plain SGD 1.2 full batch on minmax features: grows from the first epoch, NaN at epoch 79 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-raw-ask-days': f('saturated-activation', P, ['saturated-activation'], 'days on raw ask euros through sigmoid: 0.94 (healthy 0.08-0.13)'),
  'saturated-activation.tanh-raw-hammer-features-bn-off': f('saturated-activation', P, ['saturated-activation'], 'hammer on raw dollars and kg through tanh: 1.04 (healthy 0.01-0.07)'),
  'saturated-activation.tanh-raw-seller-days-counterfeit': f('saturated-activation', P, ['saturated-activation'], 'counterfeit on raw seller days and feedback counts through tanh: 0.93 (healthy candidates 0.67-0.74)'),
  'lr-too-high.adam-0.1-batch-1-bids': f('lr-too-high', T, ['lr-too-high'], 'bid counts with adam 0.1 at batch 1: min 0.82, ends 1.32 (healthy 0.08-0.16)'),
  'lr-too-high.momentum-0.5-batch-4-iris': f('lr-too-high', T, ['lr-too-high'], 'iris with momentum lr 0.5 at batch 4: ends 1.46 of the prior (healthy 0.02-0.04)'),
  'lr-too-high.sgd-plain-2-batch-1-counterfeit': f('lr-too-high', T, ['lr-too-high'], 'counterfeit with plain SGD 2 at batch 1: 7.7x the prior'),
  'nan-loss.rmsprop-5-batch-2-days': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range'], 'days with rmsprop 5 at batch 2: first 4.6e5, ends 7.4x, no NaN (refiled from nan-loss)'),
  'oscillating-loss.momentum-0.95-lr-0.1-batch-50-linear-bids': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear bid model, momentum 0.95 lr 0.1 at batch 50: swings 1.9-3.8 then grows to 1.7e12, no NaN (refiled from oscillating-loss)'),
  'lr-too-low.adam-3e-7-category': f('lr-too-low', T, ['lr-too-low'], 'category with adam 3e-7: 2.12 to 2.11'),
  'lr-too-low.sgd-plain-1e-5-hammer-batch-64': f('lr-too-low', T, ['lr-too-low'], 'hammer with plain SGD 1e-5: 0.94 to 0.91'),
  'lr-too-low.nesterov-1e-6-counterfeit': f('lr-too-low', T, ['lr-too-low'], 'counterfeit with Nesterov 1e-6: 0.69 to 0.68 (1.97x the prior)'),
  'lr-too-low.rmsprop-1e-6-days': f('lr-too-low', T, ['lr-too-low'], 'days with rmsprop 1e-6: 1.02 to 0.99'),
  'lr-too-low.momentum-5e-6-full-batch-spirals': f('lr-too-low', T, ['lr-too-low'], 'spirals full batch momentum 5e-6: 0.678 to 0.678'),
  'loss-plateau.auction-room-only-category': f('loss-plateau', T, ['loss-plateau'], 'category from the auction room number only: 1.00'),
  'loss-plateau.listing-seq-only-counterfeit': f('loss-plateau', T, ['loss-plateau'], 'counterfeit from the listing sequence number only: 1.00'),
  'loss-plateau.end-epoch-only-bids': f('loss-plateau', T, ['loss-plateau'], 'bid counts from the end timestamp only: 1.02'),
  'loss-plateau.weight-decay-5-rmsprop-hammer': f('loss-plateau', T, ['loss-plateau'], 'hammer with rmsprop weightDecay 5: min 0.88, ends 1.00'),
  'loss-plateau.clipnorm-1e-7-adam-days': f('loss-plateau', T, ['loss-plateau'], 'days with clipNorm 1e-7 (Nesterov): 1.49, never moves'),
  'loss-plateau.dropout-0.95-category': f('loss-plateau', T, ['loss-plateau'], 'category with dropout 0.95: 0.74 (healthy 0.03-0.06)'),
  'oscillating-loss.adam-0.08-batch-64-linear-hammer': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear hammer model, adam 0.08 at batch 64: swings 0.07-0.36, ends 0.087 against min 0.068 (BORDERLINE)'),
  'oscillating-loss.rmsprop-0.05-batch-300-linear-hammer': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear hammer model, rmsprop 0.05 at batch 300: swings 0.076-0.10 late, ends 0.086 (BORDERLINE, weak)'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.counterfeit-two-softmax-bce': 'two sigmoid heads under bce trained to 0.70 like the healthy counterfeit specs: unclear',
  'vanishing-gradient.twelve-tanh-std-0.03-counterfeit': '0.77 against 0.67-0.74: too close',
  'saturated-activation.sigmoid-raw-estimate-category': '0.11 against 0.03-0.06: unclear',
  'saturated-activation.tanh-bias-minus-7-bids': 'trained to 0.12, in the healthy range',
  'lr-too-high.adam-0.2-batch-16-category': 'ends 0.07 against 0.03-0.06: too close',
  'lr-too-high.rmsprop-0.05-batch-8-hammer': 'ends 0.08 against 0.01-0.07: too close',
  'oscillating-loss.adam-0.3-full-batch-logistic-counterfeit': 'settles at 0.73',
  'oscillating-loss.kg-and-lb-momentum-0.95-full-batch-linear': 'settles at 0.07',
  'oscillating-loss.momentum-0.9-lr-0.6-full-batch-linear-days': 'settles at 0.30',
  'oscillating-loss.momentum-0.99-lr-0.05-tanh-days-batch-450': 'settles at 0.09',
  'oscillating-loss.nesterov-0.97-lr-0.2-full-batch-linear-bids': 'settles at 0.35',
  'oscillating-loss.sgd-plain-0.95-full-batch-linear-days': 'settles at 0.32',
  'oscillating-loss.rmsprop-0.1-batch-100-linear-days': 'hovers 0.31-0.34, no clear swing',
  'oscillating-loss.sgd-plain-1.1-full-batch-minmax-linear-bids': 'diverges to NaN like the 1.2 one: a duplicate',
  'ok.hammer-lb-nesterov-tanh-batch-16': 'min 0.28, ends 0.70: not healthy',
  'ok.hammer-minmax-sgd-leaky-batch-1': 'ends 0.36: not clearly healthy',
  'ok.days-minmax-target-adam-dropout': 'ends 0.21: not clearly healthy',
  'ok.counterfeit-adam-relu': '0.67 of the prior: rare flag noisy, not clearly healthy',
  'ok.counterfeit-logistic-nesterov': '0.74 of the prior: not clearly healthy',
  'ok.counterfeit-minmax-adam-elu-clip': '0.73 of the prior: not clearly healthy',
  'ok.counterfeit-rmsprop-tanh-decay': '0.72 of the prior: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = 'Fault set 131 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary (observed.txt); --curve for the oscillating candidates (observed-curves.txt). Theme: auction houses and second-hand marketplaces: hammer.csv (1,000 lots: lot ids, listing timestamps, seller ids; estimate and reserve dollars and cents, bid count, lot age years, weight kg and lb, condition -> hammer price in dollars) and hammer-na.csv ("NA" reserve prices), category.csv (1,000 lots -> furniture/jewelry/art/electronics/rare coins 39; auction room with no effect), counterfeit.csv (1,200 listings -> rare counterfeit flag 132/1,200; listing sequence with no effect), days.csv (900 ads, semicolon export with decimal commas -> skewed days to sell), bids.csv (900 tab-separated online auctions -> skewed bid counts), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline flea-market stall table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.'

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
