#!/usr/bin/env python3
"""Verdicts of set blind276: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from this folder after author.ts and the observe.ts runs: python3 write-manifest.py"""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    s = line.strip()
    if not s or s.startswith('npm warn'):
        continue
    key = s.split(':')[0].replace('.nn.json', '').split(' ')[0]
    obs[key] = s

# candidate -> (code, stage, catches, fault text); a different code than the file's prefix is a re-filing
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch training script; the engine has only sgd, adam and rmsprop'),
 'invalid-spec.gelu-activation': ('invalid-spec', 'static', [], 'hidden activations "gelu" (from a transformer tutorial) on the tour-type classifier; not an activation the format knows'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (30) instead of a fraction (0.3) in the no-show model'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written with the Keras name "binary_crossentropy" for the guide re-hire model instead of "bce"'),
 'invalid-spec.batch-size-zero': ('invalid-spec', 'static', [], 'batchSize 0 left from a template placeholder in the tips regression'),
 'data-error.walks-filename-typo': ('data-error', 'static', [], 'data path "../data/walk.csv": the booking export is walks.csv'),
 'data-error.booking-ref-as-feature': ('data-error', 'static', [], 'no "features" list, so the booking_ref (GT-10000) and tour_date text columns of the booking export become inputs'),
 'data-error.target-typo-tip': ('data-error', 'static', [], 'target "tip_eur" where the column is "tips_eur"'),
 'data-error.weather-gaps-na': ('data-error', 'static', [], 'reads walks-gaps.csv, the copy in which the weather feed failed: NA and empty cells in temp_c and rain_mm'),
 'data-error.shared-drive-path': ('data-error', 'static', [], 'csv path climbs out of the workspace to a shared drive (../../../../../shared/tours/walks.csv)'),
 'shape-mismatch.three-tour-types': ('shape-mismatch', 'static', [], 'tour-type softmax with 3 units, written before the haunted_boat tours were added: the data has 4 classes'),
 'shape-mismatch.two-outputs-one-target': ('shape-mismatch', 'static', [], 'tips regression with a 2-unit linear head for a single tips_eur target'),
 'shape-mismatch.tips-and-rating-one-unit': ('shape-mismatch', 'static', [], 'two targets (tips_eur and rating) but the output layer kept 1 unit'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce on the 4 tour types with a sigmoid output layer instead of softmax: the loss falls to ~0 while accuracy stays at 0.83'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'no-show model with bce and a linear output unit (the sigmoid was forgotten): loss ends above the baseline'),
 'loss-activation-mismatch.softmax-tips-mse': ('loss-activation-mismatch', 'static', [], 'a 1-unit softmax head on the tips regression: it always outputs 1 and the loss never moves'),
 'loss-activation-mismatch.tanh-head-raw-tips': ('loss-activation-mismatch', 'static', [], 'tanh output unit for tips in raw euros (0 to ~150, normalizeTarget none): the head cannot exceed 1'),
 'loss-activation-mismatch.relu-head-cce': ('loss-activation-mismatch', 'static', [], 'cce on tour types with a relu output layer instead of softmax'),
 'init-symmetry.constant-hidden': ('init-symmetry', 'static', [], 'both hidden relu layers (24 and 12 units) initialised constant 0.1 in the no-show model: every unit stays identical'),
 'init-symmetry.zeros-everywhere-guides': ('init-symmetry', 'static', [], 'guide re-hire model with zeros init on the 12-unit sigmoid layer and on the output: the hidden units never differ'),
 'init-symmetry.constant-tips': ('init-symmetry', 'static', [], 'constant 0.05 init on the 20-unit tanh layer and the output of the tips model: the layer acts as one unit'),
 'init-scale.normal-std-8': ('init-scale', 'static', [], 'normal init with std 8 on two relu layers of the tour-type classifier (a "std" meant as 0.08)'),
 'init-scale.uniform-tiny-deep-tanh': ('init-scale', 'static', ['vanishing-gradient'], 'uniform init limit 1e-4 on every layer of a 3-hidden-layer tanh tips model: nothing propagates'),
 'init-scale.normal-std-25-sigmoid': ('init-scale', 'static', ['saturated-activation'], 'normal init std 25 on the sigmoid hidden layer of the guide model: the layer saturates'),
 'init-scale.normal-tiny-relu': ('init-scale', 'static', ['vanishing-gradient'], 'normal init std 1e-5 on every layer of the no-show relu net: the signal is gone before the output'),
 'no-nonlinearity.linear-stack-tour-types': ('no-nonlinearity', 'static', [], 'hidden layers of 32 and 16 units left "linear" in the tour-type classifier: a softmax regression in disguise'),
 'no-nonlinearity.linear-moons-route': ('no-nonlinearity', 'static', [], 'two linear hidden layers on the moons-shaped route split: the curved boundary cannot be learnt'),
 'no-nonlinearity.default-activation-guides': ('no-nonlinearity', 'static', [], 'activation left to the default (linear) on both hidden layers of the guide re-hire model'),
 'no-nonlinearity.linear-circles-lantern': ('no-nonlinearity', 'static', [], 'three linear hidden layers on the circles data: stuck at chance'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam with lr 5 (the value meant for a learning-rate schedule step)'),
 'lr-out-of-range.sgd-lr-1e-8': ('lr-out-of-range', 'static', ['lr-too-low'], 'sgd momentum with lr 1e-8: nothing moves'),
 'lr-out-of-range.rmsprop-lr-20': ('lr-out-of-range', 'static', ['lr-too-high'], 'rmsprop with lr 20 on the no-show model'),
 'lr-out-of-range.sgd-lr-300': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd with lr 300 (a typo for 0.3) on the guide model'),
 'dead-relu.negative-bias-4': ('dead-relu', 'probe', [], 'relu hidden layers started with bias -4 on standardised inputs ("to keep activations sparse"): the second layer is dead from the start'),
 'dead-relu.rmsprop-high-deep': ('dead-relu', 'training', ['lr-too-high'], 'three 32-unit relu layers with rmsprop 0.1: the top relu layer dies (91%)'),
 'nan-loss.guides-raw-tours-led': ('dead-relu', 'probe', ['exploding-gradient'], 'regressing tours_led (up to ~4000) in raw units with raw features and sgd momentum: the first huge steps kill the relu layers and the loss sits at the baseline'),
 'lr-too-high.adam-0.3-noshow': ('dead-relu', 'training', ['lr-too-high'], 'adam at 0.3 on the no-show relu net: after ~12 epochs the second relu layer is entirely dead and the loss returns to the baseline'),
 'exploding-gradient.raw-tips-raw-features': ('exploding-gradient', 'probe', [], 'normalize none and normalizeTarget none: reviews_prior in the thousands and tips in euros; gradients reach 1e5 and the loss climbs to 5x the baseline'),
 'exploding-gradient.raw-tips-rmsprop': ('exploding-gradient', 'probe', [], 'raw features and raw euro tips into a 3-layer leaky-relu net with rmsprop: gradient norms up to 2e6'),
 'nan-loss.raw-tips-sgd': ('exploding-gradient', 'probe', ['dead-relu'], 'raw features and raw tips with sgd 0.01: the first epoch loss is 1e19, gradient 2e8, and every relu dies'),
 'vanishing-gradient.eight-sigmoid-layers': ('vanishing-gradient', 'probe', [], 'eight sigmoid hidden layers for the no-show model, plain sgd'),
 'vanishing-gradient.deep-sigmoid-tour-types': ('vanishing-gradient', 'probe', [], 'seven sigmoid hidden layers in the tour-type classifier'),
 'vanishing-gradient.ten-sigmoid-guides': ('vanishing-gradient', 'probe', [], 'ten 8-unit sigmoid layers in the guide model: first-layer gradients near 1e-7'),
 'vanishing-gradient.deep-tanh-small-normal': ('vanishing-gradient', 'probe', ['init-scale'], 'six tanh layers initialised normal std 0.02: the first layers get gradients of 1e-6'),
 'nan-loss.raw-reviews-momentum': ('nan-loss', 'probe', ['exploding-gradient'], 'linear model of raw tips on raw features (reviews_prior in the thousands) with sgd momentum 0.95, batch 8: NaN in the first epoch'),
 'nan-loss.sgd-lr-5-raw-target': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd 0.5 with the tips target in raw euros (normalizeTarget none)'),
 'dead-relu.sgd-kick-raw-reviews': ('nan-loss', 'probe', ['exploding-gradient'], 'normalize none on the walk features (reviews_prior in the thousands) with sgd 0.05, batch 16: NaN in the first epoch'),
 'exploding-gradient.deep-relu-std-1': ('nan-loss', 'probe', ['init-scale', 'exploding-gradient'], 'four 32-unit relu layers with normal std 1 (4x He): activations blow up and the loss is NaN in the first epoch'),
 'oscillating-loss.momentum-0.99-tips': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd 0.1 with momentum 0.99 on the tips model: the loss grows every epoch and is NaN at epoch 73'),
 'lr-too-high.sgd-2-tour-types': ('lr-too-high', 'training', ['oscillating-loss'], 'plain sgd with lr 2 on the tour-type classifier: the loss jumps between 0.15 and 0.58 and ends far above what the same net reaches'),
 'lr-too-high.rmsprop-0.2-tips': ('lr-too-high', 'probe', [], 'rmsprop at 0.2 on the tips model: after reaching 0.50 the loss climbs to ~3x the baseline'),
 'lr-too-high.nesterov-1-guides': ('lr-too-high', 'probe', ['oscillating-loss'], 'nesterov sgd lr 1, momentum 0.9 on the guide model: the loss bounces between 0.41 and 1.06, often above the baseline'),
 'lr-too-low.sgd-1e-5-tips': ('lr-too-low', 'probe', [], 'plain sgd at 1e-5 on the tips model: the loss goes from 2.29 to 1.92, still above the baseline after 100 epochs'),
 'lr-too-low.adam-1e-6-tour-types': ('lr-too-low', 'probe', ['lr-out-of-range'], 'adam at 1e-6 on the tour-type classifier'),
 'lr-too-low.rmsprop-2e-6-guides': ('lr-too-low', 'probe', ['lr-out-of-range'], 'rmsprop at 2e-6 on the guide model'),
 'lr-too-low.momentum-1e-4-noshow-fullbatch': ('lr-too-low', 'probe', [], 'sgd 1e-4, momentum 0.5 on full batches (420 rows): 150 updates in all, the loss barely moves'),
 'saturated-activation.raw-reviews-sigmoid': ('saturated-activation', 'probe', [], 'sigmoid hidden layers fed raw walk features (normalize none; reviews_prior in the thousands): 81% of the first layer saturated'),
 'saturated-activation.raw-tours-led-tanh': ('saturated-activation', 'probe', [], 'tanh layers fed raw guide features (tours_led up to ~4000): the first layer is fully saturated and the loss stays at the baseline'),
 'saturated-activation.bias-8-sigmoid': ('saturated-activation', 'probe', [], 'sigmoid hidden layers with bias 8: every unit pinned at 1'),
 'loss-plateau.xor-sigmoid-sgd': ('loss-plateau', 'training', ['lr-too-low'], 'xor-shaped split with 4 sigmoid units and plain sgd 0.05: stuck at chance for 200 epochs'),
 'loss-plateau.rehired-weight-decay-heavy': ('loss-plateau', 'training', [], 'weightDecay 2 (meant as 2e-4) in adam on the guide model: the weights are held at zero and the loss sits at the baseline'),
 'loss-plateau.tour-types-deep-sigmoid-fullbatch': ('loss-plateau', 'training', ['lr-too-low', 'vanishing-gradient'], 'three sigmoid layers, full-batch sgd 0.05 on tour types: the loss creeps to the baseline and stays there'),
 'oscillating-loss.adam-0.05-batch-1': ('oscillating-loss', 'training', ['lr-too-high'], 'adam at 0.05 with batch size 1 on tour types: the loss swings between 0.37 and 1.8 to the end'),
 'oscillating-loss.rmsprop-0.03-batch-2': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop at 0.03 on batches of 2 in the no-show model: the loss swings between 0.20 and 0.49 and never settles'),
}
DROP = {
 'dead-relu.bias-minus-3-tour-types': 'trained well (last/base 0.15, acc 0.96); the second layer was 42% dead at the end, not enough to call it a fault',
 'exploding-gradient.raw-reviews-guides': 'a mess of symptoms (first layer dead, output saturated, loss 22x the baseline) with gradients of at most 74: not clearly exploding; no single code',
 'init-symmetry.zeros-hidden': 'zeros only in the first layer, the random output layer breaks the symmetry: trained to last/base 0.10, acc 0.97',
 'saturated-activation.raw-duration-tanh': 'first layer 91% saturated but trained to last/base 0.14, acc 0.96: may be healthy',
 'shape-mismatch.rehired-two-sigmoids': 'the engine accepted 2 sigmoid outputs for the 0/1 target and trained (last/base 0.61): not a clear mismatch',
 'loss-plateau.spirals-width-3': 'a width-3 net on 3 spirals is capacity-limited and still creeping down at the end: not a clean plateau',
 'loss-plateau.circles-tanh-two-units': '2 tanh units on circles: capacity-limited, still creeping down (last/base 0.55)',
 'oscillating-loss.adam-0.02-batch-4-tips': 'noisy with spikes early but settled near 0.11 (last/base 0.11): healthy enough',
 'oscillating-loss.sgd-3-fullbatch-guides': 'after two wild epochs it settled to a smooth 0.32 (last/base 0.58, like the healthy guide models)',
 'ok.noshow-logistic-sgd': 'last/base 0.80, right on the edge of learnt, well above the 0.35 the nets reach',
 'ok.guides-logistic-rmsprop': 'last/base 0.67 against 0.48-0.58 for the small nets: borderline healthy',
 'ok.noshow-deep-elu-clip': 'train 0.018 but validation 1.56, four times the baseline: badly overfit',
 'ok.noshow-rmsprop-tanh-val': 'validation loss 0.40 above the baseline 0.38: overfit on the rare no-show class',
}
COVERS = {
 'ok.tips-adam-relu': 'walks.csv tips_eur, standard + target standard, [32 relu, 16 relu, 1 linear], mse, adam 0.003, batch 32, 150 epochs',
 'ok.tips-sgd-momentum-elu': 'walks.csv tips, [24 elu, 1], mse, sgd 0.01 momentum 0.9, batch 16',
 'ok.tips-nesterov-tanh': 'walks.csv tips, [16 tanh, 8 tanh, 1], mse, nesterov sgd 0.02',
 'ok.tips-rmsprop-leaky': 'walks.csv tips, [32 leaky_relu, 1], mse, rmsprop 0.002',
 'ok.tips-minmax-linear-regression': 'walks.csv tips, minmax features and target, a single linear unit (linear regression), adam 0.02, 200 epochs',
 'ok.tips-eu-export': 'walks-eu-export.csv (semicolons, decimal commas), tips, [24 relu, dropout 0.1, 12 relu, 1], adam 0.003',
 'ok.tips-batchnorm-sgd': 'walks.csv tips, two relu layers with batchNorm, sgd momentum 0.9',
 'ok.tips-fullbatch-adam': 'walks.csv tips, full batch (420), [16 elu, 1], adam 0.02, 400 epochs',
 'ok.tips-batch-1-sgd': 'walks.csv tips, batch 1, [8 tanh, 1], plain sgd 0.002, 30 epochs',
 'ok.tips-clipnorm-weightdecay': 'walks.csv tips, [32, 32, 16 relu, 1], adam 0.002 clipNorm 1 weightDecay 1e-4, validationSplit 0.2',
 'ok.rating-adam-small': 'walks.csv rating (noisy 1-5 stars), [16 relu, 1], adam 0.005',
 'ok.tips-and-rating-two-outputs': 'walks.csv two targets (tips_eur, rating), [24 relu, 2 linear], mse, adam',
 'ok.noshow-adam': 'walks.csv no_show (13% rare class), [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003',
 'ok.noshow-eu-export-nesterov': 'walks-eu-export.csv no_show, [12 elu, 1 sigmoid], bce, nesterov sgd 0.05',
 'ok.noshow-minmax-leaky': 'walks.csv no_show, minmax, [16 leaky_relu, 1 sigmoid], bce, adam 0.01',
 'ok.types-adam-relu': 'tour-types.csv 4 string classes (haunted_boat rare), [32 relu, 16 relu, 4 softmax], cce, adam 0.003, batch 16',
 'ok.types-sgd-tanh': 'tour-types.csv, [16 tanh, 4 softmax], cce, plain sgd 0.05',
 'ok.types-nesterov-elu-dropout': 'tour-types.csv, [32 elu, dropout 0.2, 16 elu, 4 softmax], nesterov sgd 0.02',
 'ok.types-rmsprop-batchnorm': 'tour-types.csv, [24 relu batchNorm, 4 softmax], rmsprop 0.003',
 'ok.types-softmax-regression': 'tour-types.csv, a lone softmax layer (multinomial logistic regression), adam 0.02',
 'ok.types-minmax-sigmoid-hidden': 'tour-types.csv minmax, [16 sigmoid, 4 softmax], adam 0.01, 200 epochs',
 'ok.types-batch-1-sgd': 'tour-types.csv, batch 1, [12 relu, 4 softmax], plain sgd 0.005, 30 epochs',
 'ok.types-deep-narrow-adam': 'tour-types.csv, four 12-unit relu layers, adam 0.002, validationSplit 0.2',
 'ok.guides-adam': 'guides.csv (tab-separated, guide_name text column left out by features), rehired 0/1, [16 relu, 1 sigmoid], bce, adam',
 'ok.guides-tanh-momentum': 'guides.csv, [8 tanh, 8 tanh, 1 sigmoid], bce, sgd 0.05 momentum 0.8',
 'ok.guides-fullbatch-adam-elu': 'guides.csv, full batch (300), [16 elu, 1 sigmoid], adam 0.02, 300 epochs',
 'ok.moons-relu-adam': 'builtin moons 300, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.circles-tanh-nesterov': 'builtin circles 300, [16 tanh, 1 sigmoid], nesterov sgd 0.1',
 'ok.spirals-deep-adam': 'builtin spirals 3 classes, [48 relu, 48 relu, 3 softmax], cce, adam 0.005, 300 epochs',
 'ok.xor-tanh-rmsprop': 'builtin xor, [8 tanh, 1 sigmoid], bce, rmsprop 0.01, batch 16',
 'ok.iris-adam-small': 'builtin iris standard, [8 relu, 3 softmax], cce, adam 0.01',
 'ok.blobs-4-sgd': 'builtin blobs 4 classes, [8 elu, 4 softmax], cce, sgd 0.05 momentum 0.9',
 'ok.sine-tanh-adam': 'builtin sine, [32 tanh, 16 tanh, 1 linear], mse, adam 0.01, 300 epochs',
 'ok.inline-lantern-hours': 'inline 12 rows (start hour -> lanterns lit), standard both, single linear unit, plain sgd 0.1 full batch',
 'ok.inline-route-label': 'inline 10 rows with string labels ghost/history, [4 tanh, 1 sigmoid], bce, adam 0.05 full batch',
 'ok.tips-wide-shallow-rmsprop': 'walks.csv tips, one wide layer of 128 relu, rmsprop 0.001',
 'ok.types-leaky-adam-wd': 'tour-types.csv, [24 leaky, 24 leaky, 4 softmax], adam 0.003 weightDecay 1e-3, batch 8',
 'ok.tips-unnormalized-target-adam-slow': 'walks.csv tips in raw euros (normalizeTarget none, features standard), [32 relu, 16 relu, 1], adam 0.03, 200 epochs: unusual but trains (last/base 0.07)',
}

cand = os.path.join(HERE, 'candidates')
names = sorted(f[:-len('.nn.json')] for f in os.listdir(cand) if f.endswith('.nn.json'))
assert set(names) == set(F) | set(DROP) | set(COVERS), (set(names) ^ (set(F) | set(DROP) | set(COVERS)))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, d), exist_ok=True)
faults, healthy = [], []
for name in names:
    src = os.path.join(cand, name + '.nn.json')
    if name in F:
        code, stage, extra, text = F[name]
        new = name if name.startswith(code + '.') else code + '.' + name.split('.', 1)[1]
        rel = f'faulty/{new}.nn.json'
        shutil.move(src, os.path.join(HERE, rel))
        faults.append({'file': rel, 'code': code, 'fault': f'{text} (observe: {obs[name]})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif name in COVERS:
        rel = f'healthy/{name}.nn.json'
        shutil.move(src, os.path.join(HERE, rel))
        healthy.append({'file': rel, 'covers': f'{COVERS[name]} (observe: {obs[name]})'})
    else:
        shutil.move(src, os.path.join(HERE, 'dropped', name + '.nn.json'))
os.rmdir(cand)
about = ('Set blind276 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
         'Theme: ghost tours and city walking-tour guides. Data from data/generate.ts (seed 276): walks.csv (420 evening walk bookings: booking_ref and tour_date text columns, '
         'skewed group_size and reviews_prior, rain_mm mostly 0, collinear route_km/route_miles, moon_illum with no effect; targets tips_eur in raw euros, rating, no_show 13%), '
         'walks-eu-export.csv (first 300 rows, semicolons and decimal commas), walks-gaps.csv (NA and empty weather cells), tour-types.csv (360 tours, 4 string classes, haunted_boat 5%, 6% relabelled), '
         'guides.csv (300 guide scorecards, tab-separated, guide_name text, rehired 24%), plus builtins and two inline tables. '
         '"stage" is the writer\'s expectation of the earliest stage that could catch the fault; "catches" its own code first plus codes whose advice would genuinely fix it. '
         'Each fault text and healthy covers ends with its bare-engine line from test/faults/observe.ts --summary (observed.txt); --curve in observed-curves.txt. Re-filed candidates carry their new code in the file name. '
         'Dropped candidates and reasons: ' + '; '.join(f'{k}: {v}' for k, v in DROP.items()) + '.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=2)
open(os.path.join(HERE, 'manifest.json'), 'a').write('\n')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(DROP), 'dropped')
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
