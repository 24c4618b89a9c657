#!/usr/bin/env python3
"""Verdicts of blind set 289: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind289 after observed.txt exists: python3 write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.-]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

S, P, T = 'static', 'probe', 'training'
# candidate name -> (code, stage, extra catches, fault words); code differs from the name's prefix for re-filings
FAULTS = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', S, [], 'optimizer "adamw" copied from PyTorch; the engine has adam only'),
 'invalid-spec.loss-keras-name': ('invalid-spec', S, [], 'loss written with its Keras name "categorical_crossentropy" instead of "cce"'),
 'invalid-spec.dropout-percent': ('invalid-spec', S, [], 'dropout rate given as a percentage (30) instead of a fraction (0.3)'),
 'invalid-spec.validation-split-whole': ('invalid-spec', S, [], 'validationSplit 1 holds out every shop day, leaving nothing to train on'),
 'invalid-spec.activation-swish': ('invalid-spec', S, [], 'activation "swish", which the engine does not offer, on both hidden layers'),
 'data-error.target-typo-minutes': ('data-error', S, [], 'target column typed "repair_mins"; the ticket log calls it "repair_minutes"'),
 'data-error.timestamp-as-feature': ('data-error', S, [], 'the ticket\'s "received" timestamp text put in the feature list'),
 'data-error.gaps-export-na': ('data-error', S, [], 'trained on the bench export with NA and empty cells in measured columns'),
 'data-error.outside-workspace': ('data-error', S, [], 'data path climbs out of the workspace to a shared drive copy of the ticket log'),
 'data-error.next-years-file': ('data-error', S, [], 'points at shop-days-2024.csv, which has not been exported yet'),
 'shape-mismatch.outcome-two-units': ('shape-mismatch', S, [], 'outcome has three classes (repair, replace_canopy, scrap) but the softmax head has 2 units'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', S, [], 'two regression targets (rated_kmh, wind_kmh) but a single output unit'),
 'shape-mismatch.iris-four-species': ('shape-mismatch', S, [], 'iris sanity check with 4 softmax units for 3 species'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'bce on a linear output (sigmoid forgotten) for the inverted 0/1 label'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, [], 'cce on a 3-unit sigmoid head instead of softmax; the loss falls to ~0 while accuracy stays 0.80'),
 'loss-activation-mismatch.mse-softmax-minutes': ('loss-activation-mismatch', S, [], 'repair minutes regressed through a 1-unit softmax head, which always outputs 1'),
 'loss-activation-mismatch.tanh-head-raw-rating': ('loss-activation-mismatch', S, [], 'tanh head on the raw rated wind speed (50-110 km/h), which it can never reach'),
 'init-symmetry.zeros-hidden': ('init-symmetry', S, [], 'all weights zero-initialised in a 24-unit tanh layer and the output: nothing breaks the symmetry'),
 'init-symmetry.zeros-sales-net': ('init-symmetry', S, [], 'zeros init on a 20-unit sigmoid layer and its output: the units stay copies of one another'),
 'init-symmetry.constant-outcome': ('init-symmetry', S, [], 'constant 0.05 init on the 12-unit elu layer and the softmax head'),
 'init-scale.uniform-limit-10': ('init-scale', S, ['exploding-gradient'], 'uniform init with limit 10 on two 32-unit relu layers; the first loss is in the hundreds'),
 'init-scale.normal-std-1e-4-deep': ('init-scale', S, ['vanishing-gradient'], 'normal std 1e-4 on every layer of a 3-hidden-layer tanh net: the signal never gets through'),
 'init-scale.normal-std-3-outcome': ('init-scale', S, ['saturated-activation'], 'normal std 3 on a sigmoid hidden layer and the softmax head'),
 'no-nonlinearity.moons-linear-stack': ('no-nonlinearity', S, [], 'two 32-unit hidden layers left linear on the moons check'),
 'no-nonlinearity.circles-default-activations': ('no-nonlinearity', S, [], 'hidden layers written without "activation", so they default to linear, on circles'),
 'no-nonlinearity.outcome-linear-hidden': ('no-nonlinearity', S, [], 'repair outcome classifier whose 24- and 12-unit hidden layers are linear'),
 'no-nonlinearity.xor-linear-pair': ('no-nonlinearity', S, [], 'batch-normed but linear hidden layers on xor'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', S, ['lr-too-high'], 'adam with lr 5 (meant 5e-3)'),
 'lr-out-of-range.sgd-lr-40': ('lr-out-of-range', S, ['lr-too-high'], 'sgd with lr 40 on the wind tunnel classifier'),
 'lr-out-of-range.rmsprop-lr-1e-8': ('lr-out-of-range', S, ['lr-too-low'], 'rmsprop with lr 1e-8 (an epsilon pasted into lr)'),
 'lr-out-of-range.sgd-momentum-lr-1e-7': ('lr-out-of-range', S, ['lr-too-low'], 'sgd momentum with lr 1e-7 on the outcome classifier'),
 'dead-relu.bias-minus-4': ('dead-relu', P, [], 'relu layers given bias -4 "to keep them sparse": the second layer is dead from the start'),
 'dead-relu.sgd-kick-wind': ('dead-relu', P, ['lr-too-high'], 'plain sgd at lr 2.5 kicks the second relu layer dead early on'),
 'dead-relu.adam-hot-outcome': ('dead-relu', P, ['lr-too-high'], 'adam at 0.5 on a 3-relu-layer outcome net: two layers die and the loss sits at the baseline'),
 'exploding-gradient.raw-minutes-sgd': ('exploding-gradient', P, ['dead-relu'], 'raw features (weights in grams ~500) and raw minutes target with sgd: the first epoch explodes to 1e7 and the relu layer dies'),
 'exploding-gradient.raw-sales-momentum': ('exploding-gradient', P, ['dead-relu'], 'raw weather features and raw sales counts with sgd momentum: gradients in the thousands, loss 1e6 in the first epoch'),
 'exploding-gradient.deep-big-init-rating': ('exploding-gradient', P, ['init-scale'], 'four 32-unit relu layers with normal std 1: activations and gradients blow up, loss 1e24'),
 'nan-loss.raw-minutes-sgd-hot': ('exploding-gradient', P, ['nan-loss', 'dead-relu'], 'raw grams and raw minutes with sgd 0.05: the first epoch\'s loss is 5e43, then every relu unit is dead'),
 'vanishing-gradient.eight-sigmoids': ('vanishing-gradient', P, [], 'eight 16-unit sigmoid hidden layers with plain sgd'),
 'vanishing-gradient.deep-tanh-tiny-init': ('vanishing-gradient', P, ['init-scale'], 'six tanh layers with normal std 0.02: first-layer gradients around 1e-6'),
 'vanishing-gradient.sigmoid-tower-sales': ('vanishing-gradient', P, [], 'seven sigmoid layers on the sales regression'),
 'vanishing-gradient.ten-sigmoid-outcome': ('vanishing-gradient', P, [], 'ten sigmoid layers of 20 on the outcome classifier'),
 'nan-loss.raw-sales-rmsprop-linear': ('nan-loss', P, ['exploding-gradient'], 'raw sales counts and raw features, a linear net and sgd momentum on batches of 8: NaN in the first epoch'),
 'nan-loss.raw-wind-deep': ('nan-loss', P, ['exploding-gradient'], 'raw wind-tunnel features and raw km/h target with sgd 0.02 through two elu layers'),
 'nan-loss.grams-full-batch': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'full-batch nesterov at 0.3 on raw grams and raw minutes'),
 'exploding-gradient.raw-weight-grams': ('nan-loss', P, ['exploding-gradient'], 'weight in grams, canopy cm and broken ribs fed raw (normalize none) to sgd 0.01: NaN within the first epoch'),
 'lr-too-high.nesterov-1-sales': ('nan-loss', P, ['lr-too-high'], 'nesterov sgd at 0.5 with momentum 0.9 on the sales regression: NaN in the first epoch'),
 'lr-too-high.sgd-08-moons': ('lr-too-high', T, ['dead-relu'], 'plain sgd at 3 on moons: the loss falls to 0.16, then climbs and bounces back to 0.56'),
 'lr-too-high.adam-03-fixed': ('lr-too-high', P, ['dead-relu'], 'adam at 0.3 on the fixed/not-fixed classifier: it never gets below the baseline, second layer dead'),
 'lr-too-high.adam-1-outcome': ('lr-too-high', P, ['oscillating-loss'], 'adam at 1 on the outcome classifier: the loss bounces between 1.0 and 2.4, above the baseline'),
 'lr-too-high.rmsprop-02-rating': ('lr-too-high', P, ['oscillating-loss'], 'rmsprop at 0.2 on the rating regression: the loss bounces at twice the baseline'),
 'oscillating-loss.momentum-batch-4': ('lr-too-high', P, ['dead-relu', 'oscillating-loss'], 'sgd 0.3 with momentum 0.95 on batches of 4: the loss jumps to 1e5, then wanders around the baseline with 75% of units dead'),
 'lr-too-low.sgd-1e-5-fixed': ('lr-too-low', P, [], 'plain sgd at 1e-5 for 60 epochs'),
 'lr-too-low.adam-2e-6-wind': ('lr-too-low', P, [], 'adam at 2e-6: the loss moves 0.008 in 80 epochs'),
 'lr-too-low.rmsprop-1e-6-sales': ('lr-too-low', P, [], 'rmsprop at 1e-6 on the sales regression'),
 'lr-too-low.momentum-3e-6-outcome': ('lr-too-low', P, [], 'sgd momentum at 3e-6 on the outcome classifier'),
 'saturated-activation.sigmoid-raw-grams': ('saturated-activation', P, [], 'sigmoid hidden layer fed raw features (grams, cm) with normalize none'),
 'saturated-activation.tanh-std-3': ('saturated-activation', P, ['init-scale'], 'tanh layers initialised with std 3: both pinned at +-1'),
 'saturated-activation.tanh-raw-sales': ('saturated-activation', P, [], 'tanh layers on raw weather features (mm, km/h, thousands of tourists)'),
 'saturated-activation.sigmoid-bias-6': ('saturated-activation', P, [], 'sigmoid hidden layer with bias 6: outputs pinned at 1'),
 'loss-plateau.heavy-decay-fixed': ('loss-plateau', T, [], 'weight decay 3 (meant 3e-4): the loss settles at the baseline'),
 'loss-plateau.dropout-09-rating': ('loss-plateau', T, [], 'dropout 0.9 after an 8-unit layer: the rating regression stalls near the baseline'),
 'loss-plateau.spirals-tiny-net': ('loss-plateau', T, [], '3-unit tanh layer on 3-class spirals: stalls at 0.9 of the baseline'),
 'oscillating-loss.adam-batch-2-busy': ('oscillating-loss', T, ['lr-too-high', 'saturated-activation'], 'adam at 0.08 on batches of 2 for the busy-day classifier: the loss swings between 0.08 and 0.45 to the end'),
 'oscillating-loss.momentum-099-iris': ('oscillating-loss', T, ['lr-too-high'], 'sgd 0.2 with momentum 0.99 on iris: the loss rises and falls in long waves between 0.9 and 10'),
}
DROPPED = {
 'init-symmetry.constant-frames': 'constant 0.1 init still trained to 0.37 of the baseline (relu asymmetry from the data broke ties); borderline',
 'init-scale.normal-std-4': 'despite std 4 it trained to 0.36 of the baseline, better than the healthy fixed/not-fixed models; borderline',
 'loss-activation-mismatch.relu-head-scaled-sales': "trained to 0.44 of the baseline; the relu head's harm is real but the result is borderline for a clear fault",
 'data-error.batch-code-feature': 'a duplicate of the timestamp-as-feature fault (text column in the feature list); dropped to keep the set within 65 faults',
 'shape-mismatch.fixed-two-sigmoids': 'bce with 2 sigmoid units on a 0/1 column: the engine accepted it and it trained to 0.57 of the baseline; not clearly a mismatch to this engine',
 'dead-relu.bias-minus-3-sales': 'only 54% of units dead and it trained to 0.08 of the baseline: too close to healthy',
 'loss-plateau.one-unit-bottleneck-outcome': 'the loss kept falling steadily (0.42 of the baseline); not a plateau',
 'loss-plateau.sgd-decay-sales': 'weight decay 5 with sgd sits at the baseline but its update ratios (to 1980) read more like instability than a plateau; ambiguous',
 'oscillating-loss.adam-batch-1': 'swings of only a few % of the baseline around 0.31, with 94% of units dead; ambiguous',
 'oscillating-loss.rmsprop-batch-2': 'noise of about 2% of the baseline around 0.22; too mild to call oscillating',
 'oscillating-loss.full-batch-sgd-edge': 'converged to 0.13 of the baseline in three epochs; healthy, not oscillating',
 'oscillating-loss.rmsprop-batch-4-wind': 'noisy but trending down to 0.21 of the baseline; healthy-ish, borderline',
 'ok.fixed-logistic-only': 'ended at 0.67 of the baseline, worse than the other fixed/not-fixed models (0.44-0.60); may be under-trained',
 'ok.fixed-minmax-batch1': 'ended at 0.63 of the baseline; near the weakest of the fixed models, borderline',
 'ok.fixed-wide-lecun-selu-ish': 'ended at 0.62 of the baseline; borderline for a healthy spec',
 'ok.wind-inverted-long-small-adam': 'ended at 0.37 of the baseline while a deeper net reached 0.03; may be judged slow',
}
HEALTHY_COVERS = {}

def covers(name, spec):
    d = spec['data']
    src = d.get('csv', '').replace('../data/', '') or (('builtin ' + d['builtin']) if 'builtin' in d else 'inline table')
    tgt = d.get('target', '')
    layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}{' bn' if l.get('batchNorm') else ''}" if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
    o = spec['optimizer']
    extra = ''.join(f" {k} {o[k]}" for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if k in o)
    t = spec['training']
    vs = f", validationSplit {t['validationSplit']}" if t.get('validationSplit') else ''
    norm = f"normalize {d.get('normalize', 'none')}" + (f", normalizeTarget {d['normalizeTarget']}" if d.get('normalizeTarget') else '')
    return f"{src}{' -> ' + str(tgt) if tgt else ''} ({norm}), [{layers}], {spec['loss']}, {o['type']} {o['lr']}{extra}, batch {t['batchSize']}, {t['epochs']} epochs{vs}"

cand = os.path.join(HERE, 'candidates')
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, sub), exist_ok=True)
faults, healthy = [], []
names = sorted(f[:-len('.nn.json')] for f in os.listdir(cand))
for n in names:
    src = os.path.join(cand, n + '.nn.json')
    if n in DROPPED:
        shutil.move(src, os.path.join(HERE, 'dropped', n + '.nn.json'))
    elif n in FAULTS:
        code, stage, extra, words = FAULTS[n]
        new = n if n.startswith(code + '.') else code + '.' + n.split('.', 1)[1]
        shutil.move(src, os.path.join(HERE, 'faulty', new + '.nn.json'))
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f"{words} (observe: {obs[n]})", 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif n.startswith('ok.'):
        spec = json.load(open(src))
        shutil.move(src, os.path.join(HERE, 'healthy', n + '.nn.json'))
        healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f"{covers(n, spec)} (observe: {obs[n]})"})
    else:
        raise SystemExit(f'no verdict for {n}')
os.rmdir(cand)
about = ('Blind fault set 289 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: umbrella makers and repairers. Data (data/generate.ts, seed 289): repairs.csv (480 repair-bench tickets: text ticket id and '
         'timestamp, canopy cm, ribs, broken ribs, skewed fabric tear and age, brand tier, weight in grams collinear with canopy and ribs, '
         'a till number with no effect; targets repair_minutes, fixed 0/1, outcome repair/replace_canopy/scrap with scrap rare), '
         'repairs-eu.csv (the same as a semicolon/decimal-comma export), repairs-gaps.csv (NA and empty cells), windtunnel.tsv (400 '
         'tab-separated frame tests: text batch code; inverted 0/1 and rated_kmh), shop-days.csv (365 days of weather and sales: date text, '
         'skewed rain; umbrellas_sold counts and busy 0/1), plus builtins and two inline tables. "stage" is the writer\'s expectation of '
         'the earliest stage that could catch the fault; "catches" its own code first, then codes whose advice would genuinely fix it. '
         'Every fault and healthy text ends with its bare-engine line from test/faults/observe.ts --summary (observed.txt); --curve for '
         'the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). Specs by author.ts, this manifest by write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1)
open(os.path.join(HERE, 'manifest.json'), 'a').write('\n')
from collections import Counter
print(len(faults), len(healthy), len(os.listdir(os.path.join(HERE, 'dropped'))))
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
