#!/usr/bin/env python3
"""Verdicts of blind set 295: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from the repo root: python3 test/faults-blind295/write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(HERE, 'candidates')

obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([^:\s]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

# candidate -> (code, stage, catches, fault text)   code may differ from the file's prefix (re-filed)
F = {
 'invalid-spec.activation-relu-camel': ('invalid-spec', 'static', [], 'activation written "ReLu" (mixed-case habit from a tutorial) on the hidden layer of the verdict classifier'),
 'invalid-spec.optimizer-adamw': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch script; the format has only sgd, adam, rmsprop'),
 'invalid-spec.dropout-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (30) instead of a fraction (0.3)'),
 'invalid-spec.validation-whole': ('invalid-spec', 'static', [], 'validationSplit 1.0: the whole timing log held out, nothing left to train on'),
 'data-error.file-typo': ('data-error', 'static', [], 'CSV path "repair.csv" misses the s of repairs.csv'),
 'data-error.target-hours': ('data-error', 'static', [], 'target "hours" but the job book column is "bench_hours"'),
 'data-error.no-features-ids': ('data-error', 'static', [], 'no "features" list, so the job id, intake date and verdict text columns are read as features'),
 'data-error.gaps-na': ('data-error', 'static', [], 'trained on repairs-gaps.csv, the copy with NA, n/a and empty timegrapher readings'),
 'data-error.outside-workspace': ('data-error', 'static', [], 'CSV path climbs out of the workspace to the shop server share'),
 'shape-mismatch.verdict-three-units': ('shape-mismatch', 'static', [], 'verdict classifier with 3 softmax units: the rare "replace" class was forgotten (4 classes)'),
 'shape-mismatch.hours-two-outputs': ('shape-mismatch', 'static', [], 'bench-hours regression with 2 output units for one target column'),
 'shape-mismatch.drift-four-outputs': ('shape-mismatch', 'static', [], 'pendulum drift regression with a 4-unit output left from a multi-target draft'),
 'shape-mismatch.iris-two-softmax': ('shape-mismatch', 'static', [], 'iris (the shop\'s warm-up example) with a 2-unit softmax for 3 species'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'comeback (warranty return) classifier with bce and a linear output: no sigmoid'),
 'loss-activation-mismatch.relu-head-drift': ('loss-activation-mismatch', 'static', [], 'relu output on standardised drift, which is negative for half the clocks'),
 'loss-activation-mismatch.softmax-mse-hours': ('loss-activation-mismatch', 'static', [], 'one-unit softmax head on bench-hours regression under mse: the output is always 1'),
 'loss-activation-mismatch.tanh-head-raw-hours': ('loss-activation-mismatch', 'static', [], 'tanh output on raw bench hours (0.4 to 10+ h, no target normalisation): it cannot reach the targets'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'hidden tanh layer of 16 units initialised with zeros (verdict classifier)'),
 'init-symmetry.constant-both': ('init-symmetry', 'static', [], 'both 12-unit tanh layers initialised to the constant 0.1 (drift regression)'),
 'init-symmetry.zeros-relu-sgd': ('init-symmetry', 'static', [], '20 relu units initialised with zeros (bias 0.1) on moons, plain SGD'),
 'init-symmetry.constant-sigmoid-auction': ('init-symmetry', 'static', [], '10 sigmoid units initialised to the constant 0.05 (auction price model)'),
 'init-scale.normal-std-8-tanh': ('init-scale', 'static', ['saturated-activation'], 'normal init std 8 on a 32-unit tanh layer over standardised timegrapher readings'),
 'init-scale.tiny-uniform-deep': ('init-scale', 'static', ['vanishing-gradient'], 'uniform init limit 1e-4 in every layer of a 3x16 tanh net on circles'),
 'init-scale.normal-std-30-relu': ('init-scale', 'static', ['nan-loss', 'exploding-gradient'], 'normal init std 30 on two 24-unit relu layers (drift regression)'),
 'init-scale.sigmoid-std-20': ('init-scale', 'static', ['saturated-activation'], 'init {"name": "normal", "std": 20} on a 16-unit sigmoid layer (comeback classifier)'),
 'no-nonlinearity.linear-stack-verdict': ('no-nonlinearity', 'static', [], 'two hidden layers (32, 16) left linear in the verdict classifier'),
 'no-nonlinearity.linear-moons': ('no-nonlinearity', 'static', [], 'two linear hidden layers (he_normal init kept, activation forgotten) on moons'),
 'no-nonlinearity.linear-circles-sgd': ('no-nonlinearity', 'static', [], 'one linear hidden layer on circles: stays a linear classifier'),
 'no-nonlinearity.linear-xor': ('no-nonlinearity', 'static', [], 'three linear hidden layers on xor'),
 'lr-out-of-range.sgd-lr-40': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'SGD learning rate 40 (meant 0.04)'),
 'lr-out-of-range.adam-lr-3': ('lr-out-of-range', 'static', ['lr-too-high'], 'Adam learning rate 3 (meant 3e-3)'),
 'lr-out-of-range.rmsprop-1e-8': ('lr-out-of-range', 'static', ['lr-too-low'], 'RMSprop learning rate 1e-8 (an epsilon pasted into lr)'),
 'lr-out-of-range.sgd-1e-7-momentum': ('lr-out-of-range', 'static', ['lr-too-low'], 'SGD+momentum learning rate 1e-7 on the auction model'),
 'dead-relu.bias-minus-4': ('dead-relu', 'probe', [], 'relu layer given bias -4 ("to sparsify"): most units never fire on standardised inputs'),
 'dead-relu.high-lr-momentum': ('dead-relu', 'training', ['lr-too-high'], 'SGD 0.8 with momentum 0.9 kills the second relu layer of the verdict classifier; loss back at the prior'),
 'dead-relu.negative-bias-deep': ('dead-relu', 'probe', [], 'bias -3 on two relu layers: the second layer is dead from the start, nothing learns'),
 'dead-relu.raw-features-sgd': ('exploding-gradient', 'probe', ['dead-relu', 'lr-too-high'], 'raw timegrapher readings (amplitude ~250 deg) into a relu net with SGD 0.01: the first steps explode and leave every relu unit dead'),
 'exploding-gradient.raw-drift-target': ('exploding-gradient', 'probe', ['lr-too-high'], 'raw pendulum features (bob in grams) and raw drift target, SGD 0.001: gradients of 1e14'),
 'exploding-gradient.raw-hours-raw-features': ('exploding-gradient', 'probe', ['lr-too-high', 'dead-relu'], 'raw job-book features, SGD+momentum batch 8: gradients to 1e7, first loss 1e15'),
 'nan-loss.auction-raw-sgd-big': ('exploding-gradient', 'probe', ['lr-too-high', 'dead-relu'], 'raw auction features and raw euro prices, SGD 0.05: first loss 4e29, gradients 1e14, then every relu dead'),
 'vanishing-gradient.eight-sigmoid': ('vanishing-gradient', 'probe', [], 'eight 16-unit sigmoid layers before the verdict softmax, plain SGD'),
 'vanishing-gradient.deep-tanh-small-normal': ('vanishing-gradient', 'probe', ['init-scale'], 'seven tanh layers with normal init std 0.05 on moons'),
 'vanishing-gradient.sigmoid-drift-ten': ('vanishing-gradient', 'probe', [], 'ten 12-unit sigmoid layers for pendulum drift'),
 'vanishing-gradient.sigmoid-stack-rmsprop-low': ('vanishing-gradient', 'probe', [], 'nine sigmoid layers for the comeback classifier, Nesterov SGD'),
 'nan-loss.drift-raw-momentum': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw pendulum features and drift, SGD 0.01 momentum 0.95: NaN in the first epoch'),
 'nan-loss.hours-elu-huge-lr': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw job-book features into elu layers, SGD 0.1 on batches of 4: NaN in the first epoch'),
 'exploding-gradient.deep-wide-normal-1': ('nan-loss', 'probe', ['init-scale', 'exploding-gradient'], 'four 64-unit relu layers with normal init std 1 (ignoring fan-in): activations grow ~8x per layer and the loss is NaN in the first epoch'),
 'oscillating-loss.momentum-0p99-batch1': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'SGD 0.05 with momentum 0.99 on single-sample batches: NaN in the first epoch'),
 'oscillating-loss.sgd-full-batch-edge': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'full-batch SGD 0.95 on a linear 8-unit net for drift: the loss grows and is NaN at epoch 6'),
 'lr-too-high.adam-0p5-verdict': ('lr-too-high', 'probe', ['dead-relu'], 'Adam 0.5 on the verdict classifier: falls to 0.51, then bounces back up to 0.6-0.9; 94% of relu units dead'),
 'lr-too-high.adam-0p3-hours': ('lr-too-high', 'probe', ['dead-relu'], 'Adam 0.3 on the EU export of the job book: reaches 0.48 then climbs back above the baseline'),
 'lr-too-high.nesterov-1p5-iris': ('lr-too-high', 'probe', [], 'Nesterov SGD 1.5 on iris batches of 8: loss jumps to 339 then sticks near 0.55 (healthy runs reach 0.04)'),
 'lr-too-high.sgd-3-moons': ('oscillating-loss', 'training', ['lr-too-high'], 'SGD 3.0 momentum 0.9 on moons: the loss swings between 0.005 and 2.5 for the whole run'),
 'lr-too-high.rmsprop-0p2-drift': ('oscillating-loss', 'training', ['lr-too-high'], 'RMSprop 0.2 on drift: the loss keeps swinging between 0.15 and 0.67 and never settles'),
 'lr-too-low.sgd-1e-5-hours': ('lr-too-low', 'probe', [], 'plain SGD 1e-5 on bench hours: 100 epochs move the loss from 1.35 to 1.17'),
 'lr-too-low.adam-1e-6-verdict': ('lr-too-low', 'probe', [], 'Adam 1e-6 on the verdict classifier'),
 'lr-too-low.rmsprop-3e-6-drift': ('lr-too-low', 'probe', [], 'RMSprop 3e-6 on drift'),
 'loss-plateau.clipnorm-tiny-sgd': ('lr-too-low', 'probe', ['loss-plateau'], 'clipNorm 1e-4 (meant 1.0): every SGD step is a ten-thousandth of its size, the loss creeps from 0.99 to 0.97'),
 'saturated-activation.sigmoid-raw-timegrapher': ('saturated-activation', 'probe', [], 'normalize "none" on timegrapher readings (amplitude ~250, rate +-60) into a sigmoid layer'),
 'saturated-activation.tanh-raw-pendulum': ('saturated-activation', 'probe', [], 'raw pendulum features (bob grams, length cm) into tanh: every unit pinned, loss at the baseline'),
 'saturated-activation.tanh-bias-6': ('saturated-activation', 'probe', [], 'tanh layer with initial bias 6: 99% of outputs at +1'),
 'saturated-activation.sigmoid-raw-auction': ('saturated-activation', 'probe', [], 'raw auction features (year 1880-2015) into sigmoid layers: first layer pinned, loss at the baseline'),
 'loss-plateau.weight-decay-heavy': ('loss-plateau', 'training', [], 'weightDecay 2 (meant 2e-4) on Adam: the verdict loss settles back on the class prior'),
 'loss-plateau.one-unit-bottleneck-spirals': ('loss-plateau', 'training', [], 'a 1-unit relu bottleneck first layer on 3-class spirals: the loss creeps to 0.99 of the baseline'),
 'loss-plateau.two-unit-spirals': ('loss-plateau', 'training', [], 'a single 2-unit tanh layer for 3-class spirals: stalls at 0.97 of the baseline'),
}

DROP = {
 'invalid-spec.loss-keras-name': 'set size: invalid-spec already has 4 (valid fault, loss "categorical_crossentropy")',
 'invalid-spec.batch-zero': 'set size: invalid-spec already has 4 (valid fault, batchSize 0)',
 'data-error.feature-date': 'set size: data-error already has 5 (valid fault, date text column as feature)',
 'shape-mismatch.comeback-two-sigmoid': 'the engine accepted 2 sigmoid units under bce on a 0/1 target and trained it (0.77 of baseline); not unmistakable enough',
 'loss-activation-mismatch.cce-sigmoid-head': 'set size and doubt: loss fell to 4e-4 while accuracy stayed 0.41; a mismatch by text, but its observed loss is misleading',
 'exploding-gradient.raw-auction-price': 'set size: exploding-gradient already has 4 (first loss 2e14, gradients 2.5e6)',
 'nan-loss.price-rmsprop-raw': 'showed exploding (first loss 3e30), not NaN; exploding-gradient already has 4',
 'lr-too-low.momentum-1e-5-spirals': 'set size: lr-too-low already has 4 (loss 1.02 of baseline after 150 epochs)',
 'loss-plateau.dropout-0p9': 'loss fell steadily from 195 to 1.7 (dropout 0.9 noise), above the baseline but still falling: not a plateau, unclear code',
 'loss-plateau.wd-momentum-drift': 'weight decay 3 with momentum ended at the baseline but with update ratios up to 28: plateau or instability, borderline',
 'oscillating-loss.adam-0p05-batch2': 'noisy but slowly settling around 0.5 (0.41 of baseline); swings too small to call oscillation',
 'oscillating-loss.rmsprop-0p02-batch1': 'trained well (0.06 of baseline, small wiggles): not a fault',
 'ok.comeback-adam-small': 'comeback data: ended at 0.67 of baseline while the SGD variant reached 0.47; not as good as alternatives',
 'ok.comeback-rmsprop-bn': 'comeback data: 0.73 of baseline, worse than alternatives',
 'ok.comeback-sgd-momentum': 'comeback data: 0.47 of baseline with the tanh layer 48-62% saturated; borderline',
 'ok.verdict-full-batch-adam': 'tanh layer 38% saturated at the end; borderline',
 'ok.inline-escapement': 'tanh layer 40% saturated on the tiny inline table; borderline',
 'ok.xor-tanh-sgd': 'tanh layer 48-52% saturated; borderline',
 'ok.iris-sgd-batch4': 'tanh saturation up to 38% and the loss bounced from 0.04 to 0.08; borderline',
 'ok.auction-long-small-adam': 'Adam 5e-4 with 8 units ended at 0.26 of baseline while others reach 0.04-0.09: too slow to call healthy',
 'ok.moons-sigmoid-hidden': 'ended at 0.31 of baseline, no better than a linear model on moons: not healthy',
 'ok.drift-relu-bn-rmsprop': 'min 0.017 but last 0.049 (bounces 3x) while others reach 0.002: borderline',
 'ok.verdict-rmsprop-wide-dropout': 'ended at 0.38 of baseline, worse than the other verdict specs (0.22-0.34)',
}

HEALTHY = {
 'ok.verdict-adam-relu': 'repairs.csv verdict (4 classes, rare replace), standard, [32 relu, 16 relu, 4 softmax], cce, adam 0.003, batch 32, validation 0.2',
 'ok.verdict-eu-export-tanh': 'repairs-eu.csv (semicolons, decimal commas) verdict, [24 tanh, 4 softmax], cce, rmsprop 0.003, batch 16',
 'ok.verdict-sgd-nesterov-bn': 'repairs.csv verdict, [32 relu batchNorm, 4 softmax], cce, sgd 0.05 nesterov 0.9',
 'ok.verdict-minmax-elu-dropout': 'repairs.csv verdict, minmax, [48 elu, dropout 0.2, 24 elu, 4 softmax], cce, adam 0.003, 120 epochs',
 'ok.verdict-batch1-sgd-small': 'repairs.csv verdict, [12 leaky_relu, 4 softmax], plain sgd 0.005, batch 1, 30 epochs',
 'ok.verdict-lecun-elu-rmsprop': 'repairs.csv verdict, [32 elu lecun_normal, 32 elu lecun_normal, 4 softmax], rmsprop 0.001',
 'ok.verdict-tiny-normal-init': 'repairs.csv verdict, [24 relu normal std 0.1, 4 softmax xavier_normal], adam 0.005',
 'ok.hours-adam-relu': 'repairs.csv bench_hours, normalizeTarget standard, [32 relu, 1 linear], mse, adam 0.003',
 'ok.hours-eu-sgd-momentum': 'repairs-eu.csv bench_hours, [16 tanh, 1 linear], sgd 0.02 momentum 0.9',
 'ok.hours-linear-regression': 'repairs.csv bench_hours, a single linear layer (linear regression), plain sgd 0.05',
 'ok.hours-minmax-target-elu': 'repairs.csv bench_hours, minmax features and target, [24 elu, 12 elu, 1 linear], adam 0.003, batch 16',
 'ok.hours-deep-leaky-clip': 'repairs.csv bench_hours, [32, 32, 32, 16 leaky_relu, 1 linear], adam 0.001 clipNorm 1, validation 0.15',
 'ok.hours-rmsprop-wd': 'repairs.csv bench_hours, [16 relu, 1 linear], rmsprop 0.002 weightDecay 1e-4, batch 64',
 'ok.hours-subset-features': 'repairs.csv bench_hours from 5 chosen columns, [8 tanh, 1 linear], adam 0.01',
 'ok.hours-adam-batch-single-unit-wide': 'repairs.csv bench_hours, one wide layer [128 relu he_uniform, 1 linear], adam 0.001, batch 64',
 'ok.hours-nesterov-deep-tanh': 'repairs.csv bench_hours, [24, 24, 12 tanh, 1 linear], sgd 0.01 nesterov, batch 16',
 'ok.hours-batch8-elu-adam': 'repairs-eu.csv bench_hours, [16 elu he_uniform, 1 linear], adam 0.002, batch 8',
 'ok.drift-adam-tanh': 'pendulums.csv (tab-separated) drift, standard both, [16 tanh, 1 linear], adam 0.005',
 'ok.drift-linear-sgd': 'pendulums.csv drift, single linear layer, plain sgd 0.05',
 'ok.drift-nesterov-elu': 'pendulums.csv drift, [24 elu, 24 elu, 1 linear], sgd 0.01 nesterov, batch 16',
 'ok.drift-full-batch-rmsprop': 'pendulums.csv drift, [12 tanh, 1 linear], rmsprop 0.01, full batch (360), 300 epochs',
 'ok.drift-minmax-sigmoid': 'pendulums.csv drift, minmax features, [16 sigmoid, 1 linear], adam 0.01, batch 16',
 'ok.drift-sgd-batch1-linear': 'pendulums.csv drift, single linear layer, sgd 0.002 batch 1, 30 epochs',
 'ok.drift-eu-like-subset': 'pendulums.csv drift from 4 columns, minmax, [8 relu, 1 linear], adam 0.01',
 'ok.auction-adam-relu': 'auction.csv (semicolons, decimal commas) hammer price, standard both, [32 relu, 16 relu, 1 linear], adam 0.002',
 'ok.auction-sgd-plain-tanh': 'auction.csv price, [16 tanh, 1 linear], plain sgd 0.05, batch 16, 200 epochs',
 'ok.auction-rmsprop-dropout': 'auction.csv price, [32 elu, dropout 0.1, 1 linear], rmsprop 0.002, validation 0.2',
 'ok.auction-clip-wd-sgd': 'auction.csv price, [16, 8 leaky_relu, 1 linear], sgd 0.02 momentum clipNorm 5 weightDecay 1e-4',
 'ok.auction-minmax-target-tanh': 'auction.csv price, normalizeTarget minmax (skewed prices), [16 tanh, 1 linear], adam 0.005',
 'ok.iris-adam': 'iris standard, [16 relu, 3 softmax], adam 0.01, batch 16',
 'ok.circles-relu-rmsprop': 'circles 400, [32 relu, 16 relu, 1 sigmoid], bce, rmsprop 0.005',
 'ok.circles-tanh-sgd-momentum': 'circles 300, [16 tanh, 1 sigmoid], bce, sgd 0.1 momentum 0.9',
 'ok.spirals-deep-adam': 'spirals 3 classes, [64, 64, 32 relu, 3 softmax], adam 0.005, 300 epochs',
 'ok.blobs-five-elu': 'blobs 5 classes, [16 elu, 5 softmax], adam 0.01',
 'ok.blobs-three-plain-sgd': 'blobs 3 classes, [8 relu, 3 softmax], plain sgd 0.1, batch 16',
 'ok.moons-relu-adam-val': 'moons 400, [32 relu, 32 relu, 1 sigmoid], adam 0.005, validation 0.25',
 'ok.sine-tanh-deep': 'sine, [32 tanh, 32 tanh, 1 linear], mse, adam 0.005, 300 epochs',
 'ok.sine-bn-leaky': 'sine, [32 leaky_relu batchNorm, 16 leaky_relu, 1 linear], adam 0.003',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir(C))
assert set(cands) == set(F) | set(DROP) | set(HEALTHY), set(cands) ^ (set(F) | set(DROP) | set(HEALTHY))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, d), exist_ok=True)
faults, healthy = [], []
for name in cands:
    src = os.path.join(C, name + '.nn.json')
    if name in F:
        code, stage, extra, text = F[name]
        new = code + '.' + name.split('.', 1)[1]
        shutil.move(src, os.path.join(HERE, 'faulty', new + '.nn.json'))
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[name]})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif name in HEALTHY:
        shutil.move(src, os.path.join(HERE, 'healthy', name + '.nn.json'))
        healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{HEALTHY[name]} (observe: {obs[name]})'})
    else:
        shutil.move(src, os.path.join(HERE, 'dropped', name + '.nn.json'))
os.rmdir(C)
about = ('Blind fault set 295 (issue #4): clockmakers and watch repairers. Written blind and frozen before the product was first run on it; '
         'no one tunes on it. "code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it, '
         '"catches" the codes whose advice would genuinely fix it. Each fault text and healthy "covers" ends with its bare-engine result '
         '(test/faults/observe.ts --summary, observed.txt; --curve in observed-curves.txt). Data (data/generate.ts, seed 295): repairs.csv '
         '(480 watch repair jobs: timegrapher readings, skewed age, collinear years-since-service, a no-effect case diameter, id and date text '
         'columns; targets bench_hours, verdict with a rare "replace" class, comeback 0/1), repairs-eu.csv (same, semicolons and decimal commas), '
         'repairs-gaps.csv (NA, n/a and empty cells), pendulums.csv (360 longcase clocks, tab-separated, drift in s/day), auction.csv '
         '(300 lots, semicolons and decimal commas, skewed hammer prices in euros), plus builtins and one inline table (dropped). '
         'Dropped candidates: ' + '; '.join(f'{k}: {v}' for k, v in DROP.items()))
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1)
from collections import Counter
print(len(faults), len(healthy), len(DROP), Counter(f['code'] for f in faults), Counter(f['stage'] for f in faults))
