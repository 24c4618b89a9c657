#!/usr/bin/env python3
"""Verdicts of set blind284 (gelato shops): moves candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from this folder: python3 write-manifest.py (after author.ts and observe.ts --summary > observed.txt)."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^(\S+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

# candidate slug (without .nn.json) -> (new code or None, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': (None, 'static', [], 'optimizer written "adamw" (PyTorch AdamW habit), which the format does not have'),
 'invalid-spec.gelu-activation': (None, 'static', [], 'hidden activation "gelu" copied from a transformer tutorial; not an activation of the format'),
 'invalid-spec.keras-loss-name': (None, 'static', [], 'loss written "categorical_crossentropy" (Keras name) instead of "cce"'),
 'invalid-spec.validation-split-whole': (None, 'static', [], 'validationSplit 1 (meant "hold out the whole of last season"): nothing would remain to train on'),
 'invalid-spec.batch-size-zero': (None, 'static', [], 'batchSize 0 left from a template where 0 meant "full batch"'),
 'invalid-spec.dropout-rate-percent': (None, 'static', [], 'dropout rate written as a percentage (30) instead of a fraction (0.3)'),
 'data-error.next-season-file': (None, 'static', [], 'spec points at sales-2025.csv, next season\'s till export that does not exist yet'),
 'data-error.target-capitalised': (None, 'static', [], 'target "Scoops" capitalised; the till header says "scoops"'),
 'data-error.date-as-feature': (None, 'static', [], 'the text column "date" (2024-03-01) put in the feature list'),
 'data-error.till-gaps-na': (None, 'static', [], 'trained on sales-gaps.csv, the till export with NA, n/a and empty readings'),
 'data-error.shared-drive-path': (None, 'static', [], 'CSV path climbs out of the workspace to the shops\' shared drive (/srv/gelato)'),
 'data-error.all-columns-with-shop': (None, 'static', [], '"features" left out, so every column, including the text date and shop id, is used as a feature'),
 'shape-mismatch.three-styles-head': (None, 'static', [], 'softmax head of 3 units written before the rare "vegano" style was added: the data has 4 styles'),
 'shape-mismatch.scoops-two-outputs': (None, 'static', [], 'regression of scoops with a 2-unit output layer for a single target column'),
 'shape-mismatch.single-unit-softmax-styles': (None, 'static', [], 'one softmax unit for 4 gelato styles under cce'),
 'shape-mismatch.two-targets-one-unit': (None, 'static', [], 'targets [scoops, sellout] but a single output unit'),
 'loss-activation-mismatch.softmax-scoops-mse': (None, 'static', [], 'single softmax output for a scoops regression under mse: the output is constant 1'),
 'loss-activation-mismatch.bce-linear-sellout': (None, 'static', [], 'sellout (0/1) under bce with a linear output, no sigmoid'),
 'loss-activation-mismatch.cce-sigmoid-styles': (None, 'static', [], '4 sigmoid outputs under cce for the gelato styles (softmax intended): the loss goes to ~0 while accuracy is 0.40'),
 'loss-activation-mismatch.relu-head-standard-target': (None, 'static', [], 'ReLU output on a standardised scoops target, which is negative on half the days'),
 'loss-activation-mismatch.tanh-head-raw-scoops': (None, 'static', [], 'tanh output (limited to +-1) for raw scoops in the hundreds to thousands'),
 'init-symmetry.zeros-hidden': (None, 'static', [], 'hidden tanh layer of 16 units initialised to zeros'),
 'init-symmetry.constant-hidden': (None, 'static', [], 'hidden tanh layer of 12 units initialised to the constant 0.1'),
 'init-symmetry.zeros-second-layer': (None, 'static', [], 'second hidden layer (12 tanh units) initialised to zeros'),
 'init-scale.normal-std-5-tanh': (None, 'static', ['saturated-activation'], 'normal init with std 5 on a 32-unit tanh layer over standardised features'),
 'init-scale.uniform-tiny-deep': (None, 'static', ['vanishing-gradient', 'loss-plateau'], 'uniform init with limit 1e-4 on every layer of a 3-hidden-layer tanh net'),
 'init-scale.normal-std-8-relu': (None, 'static', ['exploding-gradient', 'nan-loss'], 'normal init with std 8 on two 32-unit ReLU layers'),
 'no-nonlinearity.three-linear-hidden-styles': (None, 'static', [], 'three hidden layers with no activation (linear) before the softmax for styles'),
 'no-nonlinearity.linear-stack-sellout': (None, 'static', [], 'two hidden layers written with "activation": "linear" for sellout'),
 'no-nonlinearity.linear-hidden-scoops': (None, 'static', [], 'two hidden layers with no activation for scoops; the stack is one linear map'),
 'lr-out-of-range.adam-lr-10': (None, 'static', ['lr-too-high'], 'Adam with lr 10 (meant 1e-3)'),
 'lr-out-of-range.sgd-lr-1e-8': (None, 'static', ['lr-too-low'], 'plain SGD with lr 1e-8'),
 'lr-out-of-range.rmsprop-lr-25': (None, 'static', ['lr-too-high'], 'RMSprop with lr 25'),
 'dead-relu.negative-bias': (None, 'probe', ['loss-plateau'], 'ReLU layers with bias -6 (copied from a "sparse activations" trick): units dead from the start'),
 'dead-relu.raw-features-big-sgd': (None, 'probe', ['lr-too-high'], 'raw (unnormalised) weather and tourist features with SGD 0.5: the first steps kill every ReLU unit'),
 'dead-relu.adam-huge-lr-relu': (None, 'probe', ['lr-too-high'], 'Adam 0.3 on two ReLU layers: 97% of the second layer dies'),
 'exploding-gradient.raw-scoops-target': (None, 'probe', ['dead-relu', 'nan-loss'], 'raw features and raw scoops target (hundreds to thousands) with SGD 0.001: gradient norms in the thousands, then the ReLUs die'),
 'exploding-gradient.deep-big-init': (None, 'probe', ['nan-loss', 'init-scale'], 'four 32-unit ReLU layers with normal std 1 init and momentum SGD: activations blow up, NaN in the first epoch'),
 'exploding-gradient.raw-scoops-momentum': (None, 'probe', ['nan-loss'], 'minmax features but raw scoops target under momentum SGD 0.01: NaN in the first epoch'),
 'nan-loss.raw-everything-sgd': ('exploding-gradient', 'probe', ['dead-relu', 'nan-loss'], 'raw features and raw scoops target with SGD 0.05: first-epoch loss 1e15, then every ReLU dead at the baseline (written as nan-loss; no NaN came)'),
 'vanishing-gradient.eight-sigmoid-layers': (None, 'probe', ['loss-plateau'], 'eight sigmoid hidden layers with plain SGD for sellout'),
 'vanishing-gradient.deep-sigmoid-regression': (None, 'probe', ['loss-plateau'], 'seven sigmoid hidden layers for scoops with SGD 0.005'),
 'vanishing-gradient.six-sigmoid-styles': (None, 'probe', ['loss-plateau'], 'six 24-unit sigmoid hidden layers with momentum SGD for styles'),
 'nan-loss.nesterov-raw-target': (None, 'probe', ['exploding-gradient'], 'normalizeTarget "none" with raw scoops under Nesterov SGD 0.1: NaN in the first epoch'),
 'nan-loss.momentum-099-raw-target': (None, 'probe', ['exploding-gradient'], 'raw features, raw scoops, SGD momentum 0.99 batch 8: NaN in the first epoch'),
 'oscillating-loss.momentum-099-batch-4': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'SGD 0.05 with momentum 0.99 on batches of 4 (standardised scoops): NaN in the first epoch (written as oscillating-loss)'),
 'lr-too-high.adam-05-sellout': (None, 'probe', ['dead-relu'], 'Adam 0.5 for sellout: loss stuck bouncing at the baseline, second ReLU layer dead'),
 'lr-too-high.rmsprop-03-scoops': (None, 'probe', ['oscillating-loss'], 'RMSprop 0.3 on scoops: loss 58 then bouncing between 1 and 6, never below the baseline'),
 'lr-too-high.nesterov-1-scoops': (None, 'probe', ['nan-loss', 'exploding-gradient'], 'Nesterov SGD 0.8, momentum 0.9: loss 2e24 then NaN in epoch 2'),
 'oscillating-loss.sgd-full-batch-edge': ('lr-too-high', 'probe', ['nan-loss', 'exploding-gradient'], 'full-batch SGD 0.9 on a tanh net: falls to 0.37 then diverges to NaN at epoch 42 (written as oscillating-loss)'),
 'lr-too-low.sgd-1e-4-styles': (None, 'probe', [], 'plain SGD 1e-4 for 60 epochs on styles: loss ends above the baseline'),
 'lr-too-low.adam-1e-6-sellout': (None, 'probe', [], 'Adam 1e-6 for sellout: loss moves 0.762 to 0.755'),
 'lr-too-low.rmsprop-1e-6-scoops': (None, 'probe', [], 'RMSprop 1e-6 on scoops: 3.44 to 3.36 in 100 epochs'),
 'lr-too-low.momentum-1e-5-full-batch': (None, 'probe', [], 'momentum SGD 1e-5, full batch, 150 epochs: loss 3.27 to 2.50, still 2.5x baseline'),
 'saturated-activation.sigmoid-raw-features': (None, 'probe', ['init-scale'], 'sigmoid hidden layer with normal std 1 on raw features (temperatures to 38, tourists to 30k)'),
 'saturated-activation.tanh-raw-recipe': (None, 'probe', ['init-scale'], 'tanh hidden layer, normal std 1, on raw recipe percentages (sugar 26, fruit 40)'),
 'saturated-activation.sigmoid-bias-10': (None, 'probe', ['loss-plateau'], 'sigmoid hidden layer with bias 10: every unit pinned at 1, loss stuck at the baseline'),
 'loss-plateau.one-unit-bottleneck-styles': (None, 'training', [], 'a 1-unit ReLU bottleneck before the 4-style softmax: flat at 0.73 (healthy nets reach 0.13-0.26)'),
 'loss-plateau.dropout-09-tiny': (None, 'training', [], 'dropout 0.9 after a 4-unit layer for sellout: noisy plateau near the baseline'),
 'loss-plateau.sigmoid-target-mse-raw': (None, 'training', ['lr-too-low', 'dead-relu'], 'minmax scoops under a sigmoid head, ReLU bias -3 and plain SGD 0.01: creeps to the baseline and stays there'),
 'oscillating-loss.rmsprop-002-batch-1': (None, 'training', ['lr-too-high'], 'RMSprop 0.02 with batch 1 on styles: loss swings 0.5-0.77 and drifts up'),
 'oscillating-loss.momentum-sgd-batch-2-sellout': (None, 'probe', ['lr-too-high', 'saturated-activation'], 'SGD 0.3 momentum 0.9 batch 2 for sellout: loss bounces between 3.7 and 6.6, never settling'),
}
DROP = {
 'vanishing-gradient.deep-tanh-small-init': 'first-layer gradient fell to 1.8e-4 at worst and the net reached 0.42 of baseline: no clear vanishing',
 'lr-too-high.sgd-2-styles': 'SGD 2.0 still trained to 0.09 of baseline (acc 0.97): not a fault, and too odd to call healthy',
 'loss-plateau.weight-decay-one': 'weight decay 1 still reached 0.18 of baseline: no plateau',
 'oscillating-loss.adam-002-batch-1-scoops': 'noisy but reached 0.05 of baseline: trained well',
 'oscillating-loss.adam-005-batch-2': 'noisy descent to 0.48 of baseline with one spike: borderline between oscillation and healthy noise',
 'ok.scoops-two-targets': 'second target rain_mm is unpredictable from the rest, so 0.37 of baseline: not clearly healthy',
 'ok.sellout-logistic': 'logistic regression ends at 0.59 of baseline where nets reach 0.48: below reasonable alternatives',
 'ok.sellout-batchnorm-nesterov': 'ends at 0.56 of baseline, slightly worse than alternatives (0.48): borderline',
 'ok.styles-softmax-regression': 'linear softmax ends at 0.34 of baseline where nets reach 0.13-0.2: below reasonable alternatives',
}
HEALTHY = {
 'ok.scoops-adam-relu': 'sales.csv standard + target standard, [32 relu, 16 relu, 1 linear], mse, adam 0.003, batch 32',
 'ok.scoops-sgd-plain-tanh': 'scoops, [16 tanh, 1], mse, plain sgd 0.05, batch 16, 200 epochs',
 'ok.scoops-momentum-elu': 'scoops, [24 elu, 12 elu, 1], mse, sgd momentum 0.9 lr 0.01',
 'ok.scoops-nesterov-leaky': 'scoops, [32 leaky_relu, 1], mse, nesterov sgd 0.01, batch 16',
 'ok.scoops-rmsprop-batchnorm': 'scoops, [32 relu bn, 16 relu bn, 1], mse, rmsprop 0.002',
 'ok.scoops-minmax-both': 'scoops with minmax features and minmax target, [32 relu, 1], adam 0.005, 200 epochs',
 'ok.scoops-full-batch-adam': 'scoops, [16 tanh, 8 tanh, 1], adam 0.02, full batch 400, 300 epochs',
 'ok.scoops-batch-1-sgd': 'scoops, [8 relu, 1], plain sgd 0.002 with batch 1, 30 epochs',
 'ok.scoops-dropout-wd': 'scoops, [64 relu, dropout 0.2, 32 relu, 1], adam 0.002 weightDecay 1e-4, validationSplit 0.2',
 'ok.scoops-clipnorm-deep': 'scoops, four relu layers (32,32,32,16), momentum sgd 0.01 clipNorm 1',
 'ok.scoops-semicolon-export': 'sales-semicolon.csv (semicolons, decimal commas), [24 elu, 1], adam 0.005',
 'ok.scoops-linear-regression': 'scoops, a single linear unit (linear regression), plain sgd 0.05',
 'ok.scoops-sigmoid-hidden': 'scoops, [16 sigmoid, 1], adam 0.01',
 'ok.scoops-lecun-rmsprop-small': 'scoops, [12 tanh lecun_normal, 1], rmsprop 0.005, batch 8',
 'ok.scoops-narrow-deep-tanh': 'scoops, four 8-unit tanh layers, adam 0.003, batch 16',
 'ok.sellout-adam-relu': 'sellout 0/1 (noisy by design), [16 relu, 1 sigmoid], bce, adam 0.005',
 'ok.sellout-sgd-tanh': 'sellout, [12 tanh, 1 sigmoid], bce, plain sgd 0.1, batch 16',
 'ok.sellout-rmsprop-dropout': 'sellout, [32 relu, dropout 0.3, 1 sigmoid], bce, rmsprop 0.002, validationSplit 0.25',
 'ok.sellout-minmax-full-batch': 'sellout minmax, [16 leaky_relu, 1 sigmoid], bce, adam 0.03 full batch, 300 epochs',
 'ok.sellout-two-class-cce': 'sellout as two classes, [16 relu, 2 softmax], cce, adam 0.005',
 'ok.sellout-semicolon': 'sales-semicolon.csv sellout, [12 tanh, 1 sigmoid], bce, rmsprop 0.003',
 'ok.sellout-wide-shallow-sgd-wd': 'sellout, [128 relu, 1 sigmoid], bce, momentum sgd 0.05 weightDecay 1e-3, batch 64',
 'ok.styles-adam-relu': 'flavours.csv 4 styles (vegano rare), [32 relu, 4 softmax], cce, adam 0.005',
 'ok.styles-sgd-tanh': 'styles, [16 tanh, 4 softmax], cce, plain sgd 0.1',
 'ok.styles-momentum-deep': 'styles, [32 relu, 32 relu, 16 relu, 4 softmax], momentum sgd 0.02',
 'ok.styles-rmsprop-elu': 'styles, [24 elu, 4 softmax], rmsprop 0.003',
 'ok.styles-batchnorm-dropout': 'styles, [48 relu bn, dropout 0.25, 4 softmax], adam 0.003, validationSplit 0.2',
 'ok.styles-minmax-leaky': 'styles minmax, [32 leaky_relu he_uniform, 4 softmax], adam 0.01',
 'ok.styles-batch-1-nesterov': 'styles, [16 tanh xavier_normal, 4 softmax], nesterov sgd 0.005, batch 1, 30 epochs',
 'ok.styles-full-batch-rmsprop': 'styles, [32 relu, 16 relu, 4 softmax], rmsprop 0.01, full batch 330, 200 epochs',
 'ok.styles-sigmoid-hidden-clip': 'styles, [24 sigmoid, 4 softmax], adam 0.01 clipNorm 2',
 'ok.styles-feature-subset': 'styles from 4 of 7 recipe columns, [16 elu, 4 softmax], adam 0.005',
 'ok.iris-adam': 'iris standard, [8 relu, 3 softmax], cce, adam 0.01',
 'ok.moons-tanh-sgd': 'moons 300 noise 0.15, [16 tanh, 1 sigmoid], bce, sgd 0.3 momentum 0.5',
 'ok.circles-relu-deep': 'circles 300, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.sine-elu': 'sine, [32 elu, 16 tanh, 1], mse, adam 0.01, 300 epochs',
 'ok.blobs-rmsprop': 'blobs 4 classes, [8 relu, 4 softmax], cce, rmsprop 0.005',
 'ok.xor-tanh-full-batch': 'xor, [8 tanh, 1 sigmoid], bce, adam 0.03 full batch 200, 300 epochs',
 'ok.spirals-deep-adam': 'spirals 2 classes, [32 relu, 32 relu, 16 relu, 1 sigmoid], bce, adam 0.01, 400 epochs',
 'ok.inline-cone-weights': 'inline table of 12 cone sizes/toppings -> weight in kg, standard both, [8 tanh, 1], adam 0.02, full batch',
}

cand = os.path.join(HERE, 'candidates')
names = sorted(f[:-len('.nn.json')] for f in os.listdir(cand) if f.endswith('.nn.json'))
assert set(names) == set(F) | set(DROP) | set(HEALTHY), set(names) ^ (set(F) | set(DROP) | set(HEALTHY))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, d), exist_ok=True)
faults, healthy = [], []
for n in names:
    src = os.path.join(cand, n + '.nn.json')
    if n in F:
        new, stage, extra, text = F[n]
        code = new or n.split('.')[0]
        fname = code + '.' + n.split('.', 1)[1] if new else n
        shutil.move(src, os.path.join(HERE, 'faulty', fname + '.nn.json'))
        faults.append({'file': f'faulty/{fname}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[n]})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif n in HEALTHY:
        shutil.move(src, os.path.join(HERE, 'healthy', n + '.nn.json'))
        healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{HEALTHY[n]} (observe: {obs[n]})'})
    else:
        shutil.move(src, os.path.join(HERE, 'dropped', n + '.nn.json'))
os.rmdir(cand)
about = ('Blind fault set 284 (issue #4), theme gelato shops, written blind and frozen before the product was first run on it; no one tunes on it. '
         '"code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it, "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" and "covers" ends with its bare-engine line from test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Data from data/generate.ts (seed 284): sales.csv (400 shop-days of two shops: date and shop text columns, temperature and its collinear feels-like, sunshine, skewed rain and tourists, weekend, price, staff with no effect; scoops sold and a noisy sellout 0/1), '
         'sales-semicolon.csv (the same with semicolons and decimal commas), sales-gaps.csv (NA, n/a and empty readings), flavours.csv (330 recipe batches, 7 recipe columns, 4 styles with rare "vegano", 7% relabelled); plus builtins and one inline table. '
         'Specs by author.ts, verdicts and this manifest by write-manifest.py. Dropped: ' + '; '.join(f'{k}: {v}' for k, v in DROP.items()) + '.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=2, ensure_ascii=False)
print(len(faults), 'faults,', len(healthy), 'healthy,', len(DROP), 'dropped')
from collections import Counter
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
