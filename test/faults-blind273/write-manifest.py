#!/usr/bin/env python3
"""Verdicts of fault set blind273: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from this folder: python3 write-manifest.py"""
import json, os, re, shutil

obs = {}
for line in open('observed.txt'):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

# name -> (code, stage, catches, fault text); a code differing from the name's prefix is a re-filing
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch notebook; the engine has adam, sgd and rmsprop only'),
 'invalid-spec.gelu-activation': ('invalid-spec', 'static', [], 'hidden activation "gelu", which the format does not offer'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written with the Keras name "categorical_crossentropy" instead of "cce"'),
 'invalid-spec.dropout-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (30) instead of a fraction (0.3)'),
 'invalid-spec.glorot-init': ('invalid-spec', 'static', [], 'init "glorot_uniform" (the Keras name) instead of "xavier_uniform"'),
 'data-error.next-season-file': ('data-error', 'static', [], 'spec points at next season\'s export batches-2024.csv, which was never copied into the project'),
 'data-error.ph-column-typo': ('data-error', 'static', [], 'target written "pH" but the batch log\'s column is final_ph'),
 'data-error.style-as-feature': ('data-error', 'static', [], 'the text column style (napa_kimchi, sauerkraut...) added to the numeric features'),
 'data-error.paper-log-gaps': ('data-error', 'static', [], 'trains on the transcribed paper log batches-gaps.csv, whose unread thermometer cells are NA or empty'),
 'data-error.shared-drive-path': ('data-error', 'static', [], 'data path climbs out of the workspace to the shop\'s shared drive (/mnt/shared/fermentation)'),
 'shape-mismatch.three-styles-not-four': ('shape-mismatch', 'static', [], 'style classifier with 3 softmax units, forgetting the rare curtido style (4 classes)'),
 'shape-mismatch.two-stage-outputs': ('shape-mismatch', 'static', [], 'brine microbe-stage classifier with 2 outputs for 3 stages (the rare yeast_film stage left out)'),
 'shape-mismatch.ph-two-outputs': ('shape-mismatch', 'static', [], 'pH regression with 2 linear outputs for one target column'),
 'shape-mismatch.ph-and-spoil-one-unit': ('shape-mismatch', 'static', [], 'two target columns (final_ph, days) but a single output unit'),
 'loss-activation-mismatch.spoil-linear-bce': ('loss-activation-mismatch', 'static', [], 'spoilage classifier with bce on a linear output (no sigmoid)'),
 'loss-activation-mismatch.style-sigmoid-cce': ('loss-activation-mismatch', 'static', [], 'style classifier with cce on a 4-unit sigmoid output instead of softmax; the loss looks tiny but accuracy stays 0.43'),
 'loss-activation-mismatch.ph-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'final pH (3.1 to 5.0, not rescaled) regressed through a sigmoid head that cannot exceed 1'),
 'loss-activation-mismatch.jars-tanh-head': ('loss-activation-mismatch', 'static', [], 'weekly jars sold (hundreds to thousands, target not normalised) through a tanh head bounded by 1'),
 'loss-activation-mismatch.spoil-softmax-one-unit': ('loss-activation-mismatch', 'static', ['shape-mismatch'], 'spoilage bce with a 1-unit softmax output, which is constantly 1'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'zeros init on a 16-unit tanh layer and the output: the hidden layer never gets a gradient'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', 'static', ['dead-relu'], 'zeros init on two relu layers (24, 12) of the style classifier'),
 'init-symmetry.zeros-relu-lab': ('init-symmetry', 'static', [], 'zeros init on two 24-unit tanh layers and the softmax of the brine-stage classifier'),
 'init-symmetry.zeros-sigmoid-spoil': ('init-symmetry', 'static', [], 'zeros init on all three sigmoid layers of the spoilage net: every unit of a layer stays identical'),
 'init-scale.normal-std-ten': ('init-scale', 'static', [], 'normal init with std 10 on two relu layers of the spoilage net'),
 'init-scale.tanh-std-fifty': ('init-scale', 'static', ['saturated-activation'], 'normal init std 50 on a tanh layer: 99% of units pinned from the start'),
 'init-scale.tiny-uniform-deep': ('init-scale', 'static', ['vanishing-gradient'], 'uniform init limit 1e-5 on three 32-unit tanh layers and the output: the signal and gradients vanish'),
 'init-scale.huge-uniform-shop': ('init-scale', 'static', ['exploding-gradient'], 'uniform init limit 25 on the relu layers of the shop sales net'),
 'no-nonlinearity.linear-circles': ('no-nonlinearity', 'static', [], 'two linear hidden layers on the circles data'),
 'no-nonlinearity.linear-sine': ('no-nonlinearity', 'static', [], 'two 32-unit linear hidden layers fitting a sine curve'),
 'no-nonlinearity.linear-style-stack': ('no-nonlinearity', 'static', [], 'three linear hidden layers (32, 32, 16) for the fermentation style'),
 'no-nonlinearity.linear-xor': ('no-nonlinearity', 'static', [], 'two linear hidden layers on xor'),
 'lr-out-of-range.zero-rate': ('lr-out-of-range', 'static', [], 'adam lr 0 (left at zero while sweeping)'),
 'lr-out-of-range.negative-rate': ('lr-out-of-range', 'static', [], 'sgd lr -0.01 (sign typo)'),
 'lr-out-of-range.adam-rate-fifty': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 50 (meant 5e-3)'),
 'lr-out-of-range.sgd-rate-300': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 300 on the shop sales net'),
 'dead-relu.negative-bias': ('dead-relu', 'probe', ['init-scale'], 'relu layers started with bias -6: nearly every unit dead from the first batch'),
 'dead-relu.high-rate-deep': ('dead-relu', 'probe', ['lr-too-high'], 'three 32-unit relu layers, sgd lr 1.5 with batch 8: 81% of the second layer dies'),
 'dead-relu.bias-minus-three-lab': ('dead-relu', 'probe', ['init-scale'], 'relu bias -3 on both hidden layers of the brine-stage classifier; the second layer is all dead'),
 'exploding-gradient.raw-jars-target': ('exploding-gradient', 'probe', [], 'weekly jars sold regressed in raw units (normalizeTarget none) with sgd 0.01: huge first gradients, then the net collapses to the mean'),
 'exploding-gradient.raw-revenue-target': ('exploding-gradient', 'probe', [], 'weekly revenue in won (~1e7) as the raw target: gradient norms of 1e9'),
 'exploding-gradient.raw-cabbage-kg': ('exploding-gradient', 'probe', ['dead-relu'], 'gochugaru grams predicted from raw cabbage kg, salt and days, no normalisation, sgd momentum'),
 'nan-loss.raw-revenue-sgd': ('exploding-gradient', 'probe', ['nan-loss'], 'raw KRW price features and raw revenue target under plain sgd 0.01: the loss reaches 1e44'),
 'vanishing-gradient.sigmoid-eight-deep': ('vanishing-gradient', 'probe', [], 'eight 16-unit sigmoid layers for spoilage with plain sgd'),
 'vanishing-gradient.tanh-small-init-deep': ('vanishing-gradient', 'probe', ['init-scale'], 'six tanh layers with normal init std 0.02'),
 'vanishing-gradient.sigmoid-ten-ph': ('vanishing-gradient', 'probe', [], 'ten 12-unit sigmoid layers regressing pH with sgd'),
 'vanishing-gradient.sigmoid-deep-moons': ('vanishing-gradient', 'probe', [], 'seven sigmoid layers with std 0.1 init on moons'),
 'nan-loss.huge-init-bce': ('nan-loss', 'probe', ['init-scale'], 'normal init std 1e8 on raw batch features with bce'),
 'dead-relu.raw-krw-sgd': ('nan-loss', 'probe', ['exploding-gradient'], 'shop features left raw (price in won, ~1e4) into relu layers with sgd 0.01: NaN in the first epoch'),
 'exploding-gradient.deep-std-one': ('nan-loss', 'probe', ['exploding-gradient', 'init-scale'], 'four 64-unit relu layers with normal std 1 init: the loss is NaN in the first epoch'),
 'oscillating-loss.momentum-batch-two': ('nan-loss', 'probe', ['lr-too-high'], 'sgd lr 0.3 momentum 0.9 with batch 2: the loss grows 1e5 to 1e32, NaN at epoch 7'),
 'lr-too-high.adam-half': ('lr-too-high', 'probe', ['dead-relu'], 'adam lr 0.5 on the pH net: first epoch 1725, then the relu units die and it sits on the baseline'),
 'lr-too-high.eu-adam-one': ('lr-too-high', 'probe', [], 'adam lr 1.0 on the German partner\'s export: never gets below the baseline and bounces'),
 'lr-too-high.rmsprop-point-three': ('lr-too-high', 'probe', ['oscillating-loss'], 'rmsprop lr 0.3 on the spoilage net: the loss spikes to 1 to 4 again and again'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', 'probe', [], 'plain sgd lr 1e-5 on pH: 181 times the baseline after 100 epochs'),
 'lr-too-low.adam-1e-6': ('lr-too-low', 'probe', [], 'adam lr 1e-6 on the style classifier'),
 'lr-too-low.nesterov-1e-5': ('lr-too-low', 'probe', [], 'nesterov sgd lr 1e-5 on shop sales'),
 'lr-too-low.full-batch-sgd': ('lr-too-low', 'probe', [], 'full-batch (480) plain sgd lr 0.001: one tiny step per epoch'),
 'saturated-activation.sigmoid-raw-kg': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on raw features (cabbage kg up to 600, gochugaru grams in thousands)'),
 'saturated-activation.sigmoid-raw-lab': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on raw lab readings (CO2 in ppm ~1000s)'),
 'saturated-activation.tanh-raw-price': ('saturated-activation', 'probe', [], 'tanh hidden layer on raw KRW prices: every unit pinned'),
 'loss-plateau.clipnorm-tiny': ('loss-plateau', 'training', ['lr-too-low'], 'clipNorm 1e-4 left from a debugging session: the loss creeps down by 1e-4 per epoch'),
 'loss-plateau.dropout-ninety': ('loss-plateau', 'training', [], 'dropout 0.9 after each 16-unit layer: the loss stays at the baseline'),
 'loss-plateau.spirals-tiny-sgd': ('loss-plateau', 'training', ['lr-too-low'], 'tanh net on 3 spirals with plain sgd 0.01: stalls at 0.98 of the baseline'),
 'oscillating-loss.momentum-099-full': ('oscillating-loss', 'training', ['lr-too-high'], 'full-batch sgd lr 0.1 with momentum 0.99 on shop sales: the loss alternates 0.07 to 0.25'),
 'oscillating-loss.rmsprop-full-batch': ('oscillating-loss', 'training', ['lr-too-high'], 'full-batch rmsprop lr 0.05 on the EU export: spikes to 2.0 and a lasting 0.22/0.28 zigzag'),
}
H = {
 'ok.ph-adam-relu': 'batches.csv standard, [32 relu, 16 relu, 1 linear], mse, adam 0.003, batch 32',
 'ok.ph-sgd-momentum-tanh': 'batches.csv standard, [24 tanh, 1 linear], mse, sgd momentum 0.9 lr 0.02',
 'ok.ph-plain-sgd-full-batch': 'batches.csv, [16 tanh, 1 linear], plain sgd 0.1 full batch 480, 600 epochs',
 'ok.ph-raw-units-normtarget': 'batches.csv, normalizeTarget standard, [24 relu, 1 linear], adam',
 'ok.ph-relu-head': 'batches.csv, relu output head with bias 3.8 for a positive pH target, adam',
 'ok.ph-sigmoid-hidden-deep': 'batches.csv, [24 sigmoid, 12 sigmoid, 1 linear], adam 0.005, 250 epochs',
 'ok.ph-uniform-init-rms': 'batches.csv, [32 tanh uniform limit 0.3, 1 linear], rmsprop 0.002',
 'ok.spoil-adam': 'spoiled (7.5% rare class) bce, [16 relu, 8 relu, 1 sigmoid], adam',
 'ok.spoil-sgd-momentum-tanh': 'spoiled bce, [16 tanh, 1 sigmoid], sgd momentum 0.9 lr 0.05',
 'ok.spoil-rmsprop-clip': 'spoiled bce, [32, 16 relu, 1 sigmoid], rmsprop 0.001 clipNorm 1, batch 64',
 'ok.spoil-full-batch-adam': 'spoiled bce, [32 relu, 1 sigmoid], adam 0.01 full batch, 400 epochs',
 'ok.style-adam': 'style (4 classes, curtido rare) cce, [32, 16 relu, 4 softmax], adam',
 'ok.style-nesterov-elu': 'style cce, [32 elu, 4 softmax], nesterov sgd 0.05, batch 16',
 'ok.style-batchnorm-dropout': 'style cce, [48 relu batchNorm, dropout 0.3, 24 relu, 4 softmax], adam, validationSplit 0.2',
 'ok.style-minmax-rmsprop': 'style cce minmax, [24 tanh, 24 tanh, 4 softmax], rmsprop 0.003',
 'ok.style-normal-init': 'style cce, [32 relu normal std 0.2, 4 softmax], adam',
 'ok.lab-adam-relu': 'brine-lab.csv stages (yeast_film rare) cce, [24 relu, 3 softmax], adam 0.005',
 'ok.lab-plain-sgd-tanh': 'brine-lab cce, [16 tanh, 3 softmax], plain sgd 0.1, batch 16',
 'ok.lab-lecun-elu-full': 'brine-lab cce, [32 elu lecun, 16 elu lecun, 3 softmax], adam 0.01 full batch 360',
 'ok.lab-xavier-normal-rms': 'brine-lab minmax cce, [20 tanh xavier_normal, 3 softmax], rmsprop 0.005, batch 24',
 'ok.lab-constant-bias-relu': 'brine-lab cce, relu layers with bias 0.1, sgd momentum 0.9 lr 0.03',
 'ok.shop-adam': 'shop-weeks.csv (tab-separated) standard + normalizeTarget standard, [32, 16 relu, 1 linear], adam, batch 16',
 'ok.shop-sgd-momentum': 'shop-weeks, [16 tanh, 1 linear], sgd momentum 0.9 lr 0.02, batch 13',
 'ok.shop-minmax-target': 'shop-weeks minmax features and target, [24 leaky_relu, 1 linear], adam 0.005',
 'ok.shop-rmsprop-he-uniform': 'shop-weeks, [32 relu he_uniform, 1 linear], rmsprop 0.002, validationSplit 0.1',
 'ok.shop-linear-regression': 'shop-weeks, single linear layer (plain linear regression), sgd 0.05 full batch',
 'ok.shop-clipnorm-nesterov': 'shop-weeks, [24, 12 relu, 1 linear], nesterov sgd 0.01 clipNorm 5, batch 8',
 'ok.eu-ph-adam': 'batches-eu.csv (semicolons, decimal commas) minmax, [24, 12 relu, 1 linear], adam',
 'ok.eu-spoil-nesterov': 'batches-eu.csv spoiled bce, [16 tanh, 1 sigmoid], nesterov sgd 0.03',
 'ok.eu-gochugaru-free-ph': 'batches-eu.csv 4 features, [16 elu, 1 linear], adam, batch 24',
 'ok.moons-tanh-adam': 'builtin moons, [16 tanh, 16 tanh, 1 sigmoid], adam 0.01',
 'ok.circles-relu-sgd': 'builtin circles, [32, 16 relu, 1 sigmoid], sgd momentum 0.9 lr 0.1',
 'ok.spirals-adam-deep': 'builtin spirals 3 classes, [64, 64, 32 relu, 3 softmax], adam 0.005, 300 epochs',
 'ok.blobs-four-rms': 'builtin blobs 4 classes, [16 relu, 4 softmax], rmsprop 0.005',
 'ok.iris-sgd-batch-one': 'iris standard, [12 tanh, 3 softmax], plain sgd 0.01, batch 1',
 'ok.iris-wide-single-relu': 'iris, [128 relu, 3 softmax], adam 0.002 full batch',
 'ok.sine-tanh-deep': 'builtin sine, [32 tanh, 32 tanh, 1 linear], adam 0.005',
 'ok.xor-sigmoid-small': 'builtin xor, [8 tanh, 1 sigmoid], adam 0.02, batch 20',
 'ok.inline-salt-rule': 'inline 12-row salt/temperature table, [6 tanh, 1 sigmoid], adam 0.03 full batch',
}
DROP = {
 'invalid-spec.zero-units': 'redundant: six invalid-spec candidates, kept five',
 'data-error.timestamp-feature': 'redundant with style-as-feature (text in a numeric feature)',
 'shape-mismatch.spoil-two-sigmoids': 'the engine trained it (0.65 of baseline, acc 0.935): bce with 2 outputs on one target is not clearly refused; borderline',
 'loss-activation-mismatch.stage-softmax-mse': 'softmax with mse trained to almost zero loss on this small table; a fault that may look healthy',
 'init-symmetry.constant-point-one': 'constant init still reached 0.08 of baseline, acc 0.975: did not show its fault',
 'init-symmetry.constant-tanh-shop': 'constant init still reached 0.05 of baseline: did not show its fault',
 'init-symmetry.constant-deep-style': 'ended at 0.41 of baseline, as well as some healthy style specs: borderline',
 'init-scale.tiny-normal-sigmoid': 'stuck at baseline, but tiny sigmoid init vs vanishing gradient vs symmetry is ambiguous; kept the set in range',
 'saturated-activation.tanh-std-three': 'saturated (0.80) yet trained to 0.12 of baseline: borderline',
 'no-nonlinearity.linear-moons': 'linear model reaches acc 0.907 on moons: the fault barely shows',
 'lr-out-of-range.rmsprop-1e-9': 'flat loss at 1e-9; also lr-too-low; redundant, set kept in range',
 'lr-too-low.rmsprop-2e-6': 'redundant: five lr-too-low candidates, kept four',
 'lr-too-high.sgd-two': 'bounces but reaches 0.04 of baseline, acc 0.981: borderline',
 'lr-too-high.momentum-point-five': 'NaN in the first epoch: would be nan-loss, already four of those',
 'lr-too-high.sgd-one-ph': 'NaN in the first epoch: would be nan-loss, already four of those',
 'oscillating-loss.batch-one-sgd': 'NaN in the first epoch instead of oscillating; nan-loss already has four',
 'oscillating-loss.adam-batch-four': 'bouncy but ends at 0.06 of baseline, as the healthy lab specs: borderline',
 'oscillating-loss.adam-full-batch-spirals': 'mostly a slow descent with a few spikes, ends 0.30 of baseline: borderline',
 'nan-loss.raw-price-sgd-high': 'no NaN; exploded (1e32) then dead relu at the baseline; redundant with the other raw-KRW exploding specs',
 'nan-loss.eu-raw-momentum': 'no NaN; first loss 5.7e9 then dead units, 1.45 of baseline; redundant exploding/dead case',
 'loss-plateau.heavy-weight-decay': 'weight decay 0.5 still reached 0.29 of baseline: not a clear plateau',
 'loss-plateau.one-unit-bottleneck': 'still descending slowly (0.41 of baseline), capacity-limited rather than stalled: borderline',
 'ok.ph-nesterov-elu-val': 'meant healthy, but NaN in epoch 1 (nesterov 0.05 momentum 0.9 on the raw pH target); dropped, not re-filed (nan-loss already four)',
 'ok.ph-batch-one-adam-small': 'meant healthy, ended at 0.94 of baseline: not trained well',
 'ok.spoil-sigmoid-hidden': 'meant healthy, ended at 0.78 of baseline vs 0.35 for alternatives',
 'ok.ph-rmsprop-batchnorm': 'meant healthy, ended at 0.76 of baseline and rose from its minimum',
 'ok.ph-leaky-deep': 'meant healthy, 0.46 of baseline vs 0.12 for the alternatives',
 'ok.ph-dropout-weight-decay': 'meant healthy, 0.41 of baseline (val 0.33): not as good as alternatives',
}
cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
assert set(cands) == set(F) | set(H) | set(DROP), (set(cands) ^ (set(F) | set(H) | set(DROP)))
assert not (set(F) & set(H)) and not (set(F) & set(DROP)) and not (set(H) & set(DROP))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy = [], []
for name in cands:
    src = f'candidates/{name}.nn.json'
    if name in F:
        code, stage, extra, text = F[name]
        new = name if name.startswith(code + '.') else code + '.' + name.split('.', 1)[1]
        shutil.move(src, f'faulty/{new}.nn.json')
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[name]})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif name in H:
        shutil.move(src, f'healthy/{name}.nn.json')
        healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{H[name]} (observe: {obs[name]})'})
    else:
        shutil.move(src, f'dropped/{name}.nn.json')
os.rmdir('candidates')
about = ('Fault set blind273 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
         '"code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it, "catches" the codes whose advice would genuinely fix it. '
         'Each fault and healthy entry ends with its bare-engine result from test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: kimchi and sauerkraut makers: batches.csv (480 fermentation batches: batch id and start-time text columns, style as text with rare curtido, salt %, skewed cabbage kg, collinear room/brine temperature, days, gochugaru grams, sugar Brix, crock number with no effect, final pH, spoiled 0/1 at 7.5%), '
         'batches-eu.csv (the same as a semicolon/decimal-comma export), batches-gaps.csv (with NA and empty cells), shop-weeks.csv (tab-separated weekly sales in raw KRW and jars), brine-lab.csv (lab readings, 3 microbe stages with a rare one), plus builtins and inline tables. '
         'Data by data/generate.ts (seed 273), specs by author.ts, this manifest by write-manifest.py; dropped candidates and reasons are in dropped/ and README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1, ensure_ascii=False)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), len(healthy), len(DROP)); print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
