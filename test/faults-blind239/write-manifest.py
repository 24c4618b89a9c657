#!/usr/bin/env python3
"""Verdicts of fault set blind239 (decided from observed.txt / observed-curves.txt), files the candidates
into faulty/, healthy/, dropped/ and writes manifest.json. Run once from this folder."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
obs = {}
for line in open('observed.txt'):
    line = line.strip()
    m = re.match(r'^([^ :]+?)(?:\.nn\.json)?(?::| does not parse)', line)
    if m:
        obs[m.group(1)] = line

S, P, T = 'static', 'probe', 'training'
# candidate name (without .nn.json) -> (code, stage, catches, fault text); code differs from the prefix for re-filings
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer "adamw" typed from a PyTorch habit; the format has only sgd, adam, rmsprop'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'loss written as the Keras name "categorical_crossentropy" instead of "cce"'),
 'invalid-spec.swish-activation': ('invalid-spec', S, [], 'hidden activation "swish", which the format does not offer'),
 'invalid-spec.dropout-percent': ('invalid-spec', S, [], 'dropout rate written as a percentage (30) instead of a fraction (0.3)'),
 'invalid-spec.validation-split-percent': ('invalid-spec', S, [], 'validationSplit written as a percentage (20) instead of 0.2'),
 'data-error.next-year-file': ('data-error', S, [], 'spec points at next season\'s inventory file trees-2024.csv, which has not been exported yet'),
 'data-error.date-as-feature': ('data-error', S, [], 'the potting date column (text, 2023-07-23) listed among the numeric features'),
 'data-error.target-renamed': ('data-error', S, [], 'target "price" but the inventory column is "price_eur"'),
 'data-error.gaps-copy': ('data-error', S, [], 'the inventory copy with NA and empty readings (pot volume, akadama share) used as is'),
 'data-error.outside-workspace': ('data-error', S, [], 'job log read from the nursery server path /srv/nursery, outside the workspace'),
 'shape-mismatch.grade-two-units': ('shape-mismatch', S, [], 'grade has three classes (show, stock, prebonsai) but the softmax head has 2 units'),
 'shape-mismatch.soil-binary-head': ('shape-mismatch', S, ['loss-activation-mismatch'], 'three leaf-status classes under cce with a single sigmoid output kept from a binary model'),
 'shape-mismatch.price-three-outputs': ('shape-mismatch', S, [], 'price regression with 3 output units copied from the grade classifier'),
 'shape-mismatch.jobs-two-outputs': ('shape-mismatch', S, [], 'job-minutes regression with 2 outputs (one target column)'),
 'loss-activation-mismatch.softmax-mse-grade': ('loss-activation-mismatch', S, [], 'softmax head on grade trained with mse instead of cce'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'winter-survival bce with a linear output (sigmoid forgotten)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, [], 'three-class leaf status under cce with a sigmoid head instead of softmax: loss near 0 but accuracy stays 0.79'),
 'loss-activation-mismatch.sigmoid-head-standard-price': ('loss-activation-mismatch', S, [], 'standardised price target (half negative) with a sigmoid head that cannot go below 0; head saturates'),
 'loss-activation-mismatch.relu-head-standard-minutes': ('loss-activation-mismatch', S, [], 'standardised job minutes with a relu head that cannot output the negative half'),
 'init-symmetry.zeros-hidden': ('init-symmetry', S, [], 'tanh hidden layer of 16 units initialised to zeros: all units stay identical'),
 'init-symmetry.constant-hidden': ('init-symmetry', S, [], 'sigmoid hidden layer and head initialised to the constant 0.1'),
 'init-symmetry.zeros-everywhere-jobs': ('init-symmetry', S, [], 'every layer of a tanh net initialised to zeros: hidden gradients are exactly zero, loss stays at the baseline'),
 'init-scale.normal-std-5': ('init-scale', S, ['saturated-activation'], 'tanh layer with init normal std 5 on standardised features: 76% of outputs saturated'),
 'init-scale.uniform-tiny-deep': ('init-scale', S, ['vanishing-gradient'], 'three relu layers with uniform limit 1e-4: signal and gradients vanish, loss stays at baseline'),
 'init-scale.normal-std-20-relu': ('init-scale', S, ['exploding-gradient'], 'init normal std 20 on a relu net: loss in the millions, gradients 1e5'),
 'init-scale.normal-std-1e-3-sigmoid': ('init-scale', S, ['vanishing-gradient'], 'sigmoid stack with init normal std 1e-3 under plain sgd: loss never leaves the baseline'),
 'no-nonlinearity.linear-stack-soil': ('no-nonlinearity', S, [], 'two linear hidden layers of 32 on leaf status (root rot needs moisture AND warmth)'),
 'no-nonlinearity.linear-stack-grade': ('no-nonlinearity', S, [], 'grade classifier whose hidden layers are both "linear"'),
 'no-nonlinearity.linear-stack-jobs': ('no-nonlinearity', S, [], 'job-minutes net of two linear hidden layers; the crew effect is a division'),
 'oscillating-loss.sgd-full-batch-edge': ('no-nonlinearity', S, [], 'job minutes with one linear hidden layer of 8 and a linear head: a linear model in disguise, ends 4x above a relu net'),
 'lr-out-of-range.zero-rate': ('lr-out-of-range', S, [], 'adam lr 0 left from a template'),
 'lr-out-of-range.negative-rate': ('lr-out-of-range', S, [], 'sgd lr -0.01 (sign typo)'),
 'lr-out-of-range.adam-lr-30': ('lr-out-of-range', S, ['lr-too-high'], 'adam lr 30 (meant 3e-3)'),
 'lr-out-of-range.rmsprop-lr-500': ('lr-out-of-range', S, ['lr-too-high'], 'rmsprop lr 500 (meant 5e-4)'),
 'dead-relu.adam-hot-survival': ('dead-relu', P, ['lr-too-high'], 'adam 0.3 on a two-relu-layer survival net: the second layer dies entirely'),
 'dead-relu.negative-bias-deep': ('dead-relu', S, [], 'relu layers with bias -4 ("to sparsify"): most units dead from the start'),
 'oscillating-loss.batch-1-adam': ('dead-relu', P, ['lr-too-high'], 'adam 0.05 with batch 1 on job minutes: 94% of the relu layer dies, loss stalls at 0.22 of baseline (a healthy net reaches 0.03)'),
 'nan-loss.raw-minutes-sgd-momentum': ('exploding-gradient', P, ['saturated-activation'], 'raw job minutes (no target normalisation) under sgd momentum 0.9: head gradient up to ~970, tanh layer fully saturated, loss above baseline'),
 'nan-loss.raw-price-sgd': ('exploding-gradient', P, ['nan-loss', 'dead-relu'], 'raw features and raw prices under sgd 0.01: first loss 1e9, gradients in the thousands, the relu layer dies and the loss sits at baseline'),
 'exploding-gradient.raw-jobs-adam-deep': ('exploding-gradient', P, [], 'raw job features and minutes into a 3-relu-layer net: gradient norms up to 1.8e4'),
 'exploding-gradient.raw-price-clipped-sgd': ('exploding-gradient', P, [], 'raw features and prices, tiny sgd clipped at 1: gradients up to 2e4, clip hides them and the loss stays near baseline'),
 'exploding-gradient.raw-trunk-rmsprop': ('exploding-gradient', P, [], 'raw trunk mm, distances and minutes into an elu net: gradient norms up to 8e3'),
 'vanishing-gradient.deep-sigmoid-stack': ('vanishing-gradient', P, [], 'seven sigmoid layers under plain sgd on leaf status: first-layer gradient ~1e-5, loss at baseline'),
 'vanishing-gradient.tanh-small-init-deep': ('vanishing-gradient', P, ['init-scale'], 'four tanh layers with init std 0.01: first-layer gradient 1e-4, loss at baseline'),
 'vanishing-gradient.sigmoid-ten-layers-survival': ('vanishing-gradient', P, [], 'ten sigmoid layers on winter survival: first-layer gradient ~1e-7, loss at baseline'),
 'dead-relu.sgd-big-step-raw': ('nan-loss', P, ['exploding-gradient'], 'raw features (trunk mm, age) into relu layers under sgd 0.05: NaN in the first epoch'),
 'exploding-gradient.raw-price-features': ('nan-loss', P, ['exploding-gradient'], 'raw features and raw prices into a 64-64 relu net, sgd 1e-4: NaN in the first epoch'),
 'lr-too-high.nesterov-1-price': ('nan-loss', P, ['lr-too-high'], 'Nesterov sgd lr 1 on price: NaN in the first epoch'),
 'nan-loss.linear-raw-jobs-lr-1': ('nan-loss', P, ['lr-too-high'], 'linear regression on raw job features, full batch, sgd 0.5: diverges to NaN at epoch 13'),
 'lr-too-high.adam-half': ('lr-too-high', P, ['dead-relu'], 'adam 0.5 on grade: loss jumps to 3.3, then bounces near baseline with the relu layer dead'),
 'lr-too-high.rmsprop-0.2-jobs': ('lr-too-high', P, ['dead-relu'], 'rmsprop 0.2 on job minutes: first loss 200, dips to 0.17 then back to ~1.03 of baseline'),
 'lr-too-high.adam-1-survival': ('lr-too-high', P, ['oscillating-loss'], 'adam lr 1 on survival: loss bounces 0.28-1.36 around the baseline 0.32'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', P, [], 'plain sgd 1e-5 on grade: 1.28 to 1.27 in 100 epochs'),
 'lr-too-low.adam-1e-6': ('lr-too-low', P, [], 'adam 1e-6 on job minutes: 1.97 to 1.94 in 100 epochs'),
 'lr-too-low.rmsprop-1e-6': ('lr-too-low', P, [], 'rmsprop 1e-6 on price: 3.51 to 3.32 in 100 epochs'),
 'lr-too-low.momentum-1e-5-soil': ('lr-too-low', P, [], 'sgd momentum 0.9 lr 1e-5 on leaf status: 1.95 to 1.78, baseline 0.54'),
 'saturated-activation.sigmoid-raw-features': ('saturated-activation', P, [], 'sigmoid layer (init std 1) on raw trunk mm, age, height: 95% saturated'),
 'saturated-activation.tanh-raw-jobs': ('saturated-activation', P, [], 'tanh layer (init std 1) on raw job features: 95% saturated'),
 'saturated-activation.tanh-big-bias': ('saturated-activation', S, [], 'two tanh layers with bias 6: fully saturated, loss at baseline'),
 'saturated-activation.sigmoid-raw-soil': ('saturated-activation', P, [], 'sigmoid layer on raw soil readings (days since feed up to 150): 95% saturated, loss at 0.98 of baseline'),
 'loss-plateau.dropout-0.95': ('loss-plateau', T, [], 'dropout 0.95 after a 16-unit layer: loss stalls near 0.5 (baseline 0.54, a healthy net 0.05)'),
 'loss-plateau.huge-weight-decay': ('loss-plateau', T, [], 'weightDecay 2 on adam: loss falls to 0.38 then is pulled back to a flat 0.96 of baseline'),
 'loss-plateau.sigmoid-deep-sgd-small': ('loss-plateau', T, ['lr-too-low'], 'three sigmoid layers, sgd 0.002, batch 64 on price: flat at 1.004 of baseline for 200 epochs'),
 'lr-too-high.sgd-3-soil': ('oscillating-loss', T, ['lr-too-high'], 'plain sgd lr 3 on leaf status: loss swings 0.10-0.34 epoch to epoch and never settles'),
 'oscillating-loss.rmsprop-full-batch': ('oscillating-loss', T, ['lr-too-high'], 'rmsprop 0.05 full batch on grade: loss swings 0.32-0.53 and does not settle'),
}
H = {
 'ok.survival-adam-relu': 'trees.csv survival (10% died) standard, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003, batch 32, val 0.2',
 'ok.survival-export-semicolon': 'trees-export.csv (semicolons, decimal commas) survival, [16 leaky_relu, 1 sigmoid], bce, adam 0.005',
 'ok.grade-adam-relu': 'trees.csv grade 3 classes, [32 relu, 16 relu, 3 softmax], cce, adam 0.003',
 'ok.grade-sgd-plain-tanh': 'grade, [24 tanh, 3 softmax], cce, plain sgd 0.1, batch 16',
 'ok.grade-deep-batchnorm-adam': 'grade, three 32-relu batchNorm layers, cce, adam 0.002, batch 64',
 'ok.grade-sigmoid-hidden-sgd': 'grade, [16 sigmoid, 3 softmax], cce, sgd 0.5 momentum 0.5',
 'ok.price-adam-relu': 'trees.csv price_eur (skewed) with normalizeTarget standard, [32 relu, 16 relu, 1], mse, adam 0.003',
 'ok.price-minmax-target-sigmoid-head': 'price with normalizeTarget minmax and a sigmoid head (targets in [0,1]), adam 0.005',
 'ok.price-rmsprop-elu-val': 'price, [32 elu, 1], mse, rmsprop 0.002, val 0.15',
 'ok.price-wide-dropout-adam': 'price, [128 relu, dropout 0.3, 1], adam 0.001, batch 64',
 'ok.price-raw-target-big-lr-adam': 'price in raw euros (normalizeTarget none), adam 0.05, 300 epochs: unusual but trains to 0.02 of baseline',
 'ok.price-huber-like-clip-nesterov': 'price, [32 elu, 16 elu, 1], Nesterov 0.01 momentum 0.95 clipNorm 2',
 'ok.price-tanh-adam-val': 'price minmax features, [24 tanh, 12 tanh, 1], adam 0.005, val 0.2',
 'ok.price-leaky-nesterov-full-batch': 'price, [32 leaky_relu, 1], Nesterov 0.05, full batch 420, 400 epochs',
 'ok.jobs-adam-relu': 'care-jobs.tsv (tab separated) minutes, [32 relu, 16 relu, 1], adam 0.003',
 'ok.jobs-nesterov-elu': 'jobs, [24 elu, 1], Nesterov 0.01, batch 16',
 'ok.jobs-rmsprop-tanh-minmax': 'jobs minmax, [32 tanh, 1], rmsprop 0.003',
 'ok.jobs-batch-4-sgd-clip': 'jobs, [16 relu, 1], plain sgd 0.01 clipNorm 5, batch 4',
 'ok.jobs-deep-leaky': 'jobs, four leaky_relu layers 32-32-16-8, adam 0.001, val 0.2',
 'ok.jobs-batchnorm-sgd-plain': 'jobs, [32 relu batchNorm, 1], plain sgd 0.05',
 'ok.jobs-he-uniform-rmsprop-batch-8': 'jobs, he_uniform relu 24-12, rmsprop 0.002, batch 8',
 'ok.jobs-tanh-sgd-plain': 'jobs, [32 tanh, 1], plain sgd 0.05, batch 16',
 'ok.soil-adam-relu': 'soil-clinic.csv leaf status (4% root rot), [32 relu, 16 relu, 3 softmax], adam 0.003',
 'ok.soil-sgd-momentum-tanh': 'soil, [16 tanh, 3 softmax], sgd 0.05 momentum 0.9',
 'ok.soil-xavier-sigmoid-hidden': 'soil, [24 sigmoid xavier_normal, 3 softmax], adam 0.01',
 'ok.soil-full-batch-adam': 'soil, [32 relu he_uniform, 3 softmax], adam 0.02 full batch 360, 300 epochs',
 'ok.soil-lecun-selu-like-elu': 'soil, two 24-elu lecun_normal layers, Nesterov 0.03 weightDecay 1e-4',
 'ok.moons-adam-relu': 'builtin moons 300, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.moons-elu-rmsprop-dropout': 'builtin moons 400 noise 0.2, elu 32 + dropout 0.2 + elu 32, rmsprop 0.003',
 'ok.circles-tanh-sgd': 'builtin circles, [16 tanh, 1 sigmoid], sgd 0.3 momentum 0.9',
 'ok.iris-rmsprop': 'iris standard, [16 relu, 3 softmax], rmsprop 0.005, batch 16',
 'ok.iris-sgd-sigmoid-hidden': 'iris minmax, [12 sigmoid, 3 softmax], sgd 0.5 momentum 0.9',
 'ok.blobs-four-classes-sgd': 'builtin blobs 4 classes, [8 relu, 4 softmax], plain sgd 0.05',
 'ok.sine-tanh-adam': 'builtin sine, [32 tanh, 32 tanh, 1], mse, adam 0.005, 300 epochs',
 'ok.xor-inline-watering-rule': 'inline 8-row xor table (water twice OR fertilise, not both), [8 tanh, 1 sigmoid], adam 0.05, full batch',
 'ok.inline-wire-gauge': 'inline 10-row table trunk mm -> wire gauge mm, standard both, [8 tanh, 1], adam 0.02',
}
D = {
 'invalid-spec.batchsize-zero-full-batch': 'trimmed: a sixth invalid-spec, set kept within 65 faults',
 'data-error.tree-id-feature': 'trimmed: same fault as date-as-feature (text column as feature)',
 'nan-loss.deep-elu-raw-price': 'trimmed: a sixth NaN-at-epoch-1 case, set kept within 65 faults',
 'exploding-gradient.raw-minutes-deep-sgd': 'NaN in the first epoch (a nan-loss, not a visible explosion); trimmed as nan-loss was already well covered',
 'exploding-gradient.wide-he-deep-momentum': 'NaN in the first epoch; trimmed as nan-loss was already well covered',
 'shape-mismatch.survival-two-sigmoids': 'the engine accepted 2 sigmoid outputs for the binary target and trained to 0.70 of baseline: not a clear shape fault',
 'init-symmetry.constant-relu-price': 'constant 0.05 relu layer still trained to 0.02 of baseline (close to healthy 0.01): fault not shown',
 'dead-relu.bias-minus-3-jobs': 'only 21% of units dead and loss 0.57 of baseline: borderline',
 'loss-plateau.one-unit-bottleneck-grade': 'loss still falling slowly at the end (0.63 of baseline): not a clear plateau',
 'oscillating-loss.momentum-0.99': 'swings early but settles at 0.07 of baseline: healthy-looking by the end',
 'ok.survival-batch-2-rmsprop': 'ended at 0.84 of baseline (rare-death target): not clearly far below baseline',
 'ok.survival-logistic-full-batch': 'ended at 0.84 of baseline: not clearly healthy',
 'ok.survival-sgd-momentum-tanh': 'ended at 0.82 of baseline: not clearly healthy',
 'ok.survival-rmsprop-elu-dropout': 'ended at 0.80 of baseline: not clearly healthy',
 'ok.survival-nesterov-batchnorm': 'ended at 0.68 of baseline with a rise from 0.63: borderline',
 'ok.grade-rmsprop-wd': 'ended at 0.66 of baseline where other grade nets reach 0.18: borderline',
 'ok.grade-batch-1-sgd': 'ended at 0.60 of baseline after 30 epochs: borderline',
 'ok.grade-export-leaky-clip': 'ended at 0.41 of baseline where other grade nets reach 0.18: borderline',
 'ok.grade-elu-nesterov-val': 'train loss 0.004 but validation loss 3.13: heavy overfitting, not healthy',
 'ok.price-sgd-momentum-tanh': 'min 0.12 but last 0.57 of baseline: the loss bounced back up',
 'ok.price-linear-regression-full': 'a linear model ends at 0.34 where nonlinear nets reach 0.01: not as good as reasonable alternatives',
 'ok.spirals-deep-adam': 'min 0.013 but last 0.27 of baseline: unstable at the end',
 'ok.soil-rmsprop-elu-dropout': 'ended at 0.43 of baseline where other soil nets reach 0.09: borderline',
 'ok.soil-batch-1-sgd': 'ended at 0.37 of baseline in 40 epochs: borderline',
 'ok.soil-batchnorm-rmsprop': 'ended at 0.31 (min 0.25) of baseline, rising: borderline',
}
cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
assert set(cands) == set(F) | set(H) | set(D), (set(cands) ^ (set(F) | set(H) | set(D)))
assert not (set(F) & set(H)) and not (set(F) & set(D)) and not (set(H) & set(D))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy, refiled = [], [], []
for name in cands:
    src = os.path.join('candidates', name + '.nn.json')
    if name in F:
        code, stage, extra, text = F[name]
        new = name if name.startswith(code + '.') else code + '.' + name.split('.', 1)[1]
        if new != name:
            refiled.append((name, new))
        dst = 'faulty/' + new + '.nn.json'
        shutil.move(src, dst)
        faults.append({'file': dst, 'code': code, 'fault': f'{text} (observe: {obs[name]})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif name in H:
        dst = 'healthy/' + name + '.nn.json'
        shutil.move(src, dst)
        healthy.append({'file': dst, 'covers': f'{H[name]} (observe: {obs[name]})'})
    else:
        shutil.move(src, 'dropped/' + name + '.nn.json')
os.rmdir('candidates')
about = ('Fault set blind239 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: bonsai nurseries and tree-care workshops. "code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it, '
         '"catches" the codes whose advice would genuinely fix it. Each fault and healthy entry carries its bare-engine result from test/faults/observe.ts --summary (observed.txt); '
         '--curve for the lr-too-high, lr-too-low, plateau, oscillating and exploding candidates (observed-curves.txt). Data: data/trees.csv (420 nursery trees, 8 numeric features with a no-effect shelf number, '
         'id and date text columns, skewed price_eur, rare winter deaths, 3 grades), trees-export.csv (semicolons, decimal commas), trees-gaps.csv (NA/empty), care-jobs.tsv (300 workshop jobs, tab separated), '
         'soil-clinic.csv (360 soil samples, 3 leaf statuses with 4% root rot); plus builtins and two inline tables. Dropped candidates, with reasons, are in README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=2)
open('refiled.txt', 'w').write(''.join(f'{a} -> {b}\n' for a, b in refiled))
from collections import Counter
print(len(faults), len(healthy), len(D), Counter(f['code'] for f in faults), Counter(f['stage'] for f in faults))
print(refiled)
