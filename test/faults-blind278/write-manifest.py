#!/usr/bin/env python3
"""Verdicts of set blind278: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind278: python3 write-manifest.py (after author.ts and observe.ts)."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    if not line: continue
    key = line.split(':')[0].split(' ')[0].replace('.nn.json', '')
    obs[key] = line

S, P, T = 'static', 'probe', 'training'
# (candidate, final code, stage, catches, fault text)
FAULTS = [
 ('invalid-spec.adamw-optimizer', 'invalid-spec', S, ['invalid-spec'], 'optimizer "adamw" copied from a PyTorch notebook; the format knows sgd, adam, rmsprop'),
 ('invalid-spec.leakyrelu-typo', 'invalid-spec', S, ['invalid-spec'], 'activation written "leakyrelu" without the underscore on both hidden layers of the grading net'),
 ('invalid-spec.dropout-rate-one', 'invalid-spec', S, ['invalid-spec'], 'dropout rate 1.0 (meant "keep 100%" for a quick check) on the cactus growth net'),
 ('invalid-spec.keras-loss-name', 'invalid-spec', S, ['invalid-spec'], 'loss written "binary_crossentropy" (Keras name) for the bloom classifier'),
 ('data-error.target-column-renamed', 'data-error', S, ['data-error'], 'target "bloom" but the bench sheet column is "bloomed"'),
 ('data-error.na-markers-bench-log', 'data-error', S, ['data-error'], 'bench log from the greenhouse tablet with NA, n/a and empty readings used as is'),
 ('data-error.next-season-file-missing', 'data-error', S, ['data-error'], 'spec points at next season\'s orchid_bloom_2024.csv, not exported yet'),
 ('data-error.shared-drive-outside-workspace', 'data-error', S, ['data-error'], 'growth sheet read straight from the nursery share outside the workspace'),
 ('data-error.pot-size-typed-with-unit', 'data-error', S, ['data-error'], 'hand-kept copy where pot size was typed "8.5cm" on some rows'),
 ('data-error.thousands-dots-supplier', 'data-error', S, ['data-error'], 'German supplier price list with thousands dots in the wholesale cents target (1.123)'),
 ('shape-mismatch.three-grades-not-four', 'shape-mismatch', S, ['shape-mismatch'], 'softmax output of 3 units for grades A/B/C, forgetting the cull class'),
 ('shape-mismatch.growth-and-price-one-unit', 'shape-mismatch', S, ['shape-mismatch'], 'two regression targets (growth_mm, price_eur) but one output unit'),
 ('shape-mismatch.grade-tabs-five-units', 'shape-mismatch', S, ['shape-mismatch'], 'tab export of the grading sheet with a 5-unit softmax for 4 grades'),
 ('loss-activation-mismatch.softmax-two-regression-targets', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'softmax output on two standardised regression targets under mse (outputs forced to sum to 1)'),
 ('loss-activation-mismatch.bce-linear-head', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'bce on a linear output unit (sigmoid forgotten) for bloom yes/no'),
 ('loss-activation-mismatch.cce-sigmoid-head', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'cce with a 4-unit sigmoid head instead of softmax: the loss goes to ~0 while accuracy stays 0.46'),
 ('loss-activation-mismatch.tanh-head-raw-growth-mm', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'tanh output on growth in raw mm (20-60) with no target normalisation: unreachable targets'),
 ('init-symmetry.zeros-hidden-relu', 'init-symmetry', S, ['init-symmetry', 'dead-relu'], 'zeros init on a 16-unit relu layer: every unit outputs 0 and never moves'),
 ('init-symmetry.zeros-everywhere-grade', 'init-symmetry', S, ['init-symmetry'], 'zeros init on the tanh layer and the softmax head of the grading net'),
 ('init-symmetry.constant-sigmoid-bloom', 'init-symmetry', S, ['init-symmetry'], 'constant 0.5 init on an 8-unit sigmoid layer: all units identical'),
 ('init-scale.std5-wide-tanh', 'init-scale', S, ['init-scale', 'saturated-activation'], 'normal std 5 on a 64-unit tanh layer over 9 standardised inputs: 77% of outputs pinned'),
 ('init-scale.std20-relu-cactus', 'init-scale', S, ['init-scale', 'exploding-gradient'], 'normal std 20 on two relu layers: loss starts at 1.6e7 times the baseline'),
 ('init-scale.tiny-uniform-deep-tanh', 'init-scale', S, ['init-scale', 'vanishing-gradient'], 'uniform limit 1e-4 on three 32-unit tanh layers: first-layer gradients ~1e-11, no learning'),
 ('init-scale.std3-sigmoid-bloom', 'init-scale', S, ['init-scale', 'saturated-activation'], 'normal std 3 on two sigmoid layers: most units saturated'),
 ('no-nonlinearity.circles-linear-hidden', 'no-nonlinearity', S, ['no-nonlinearity'], 'two linear 16-unit hidden layers on circles: no better than chance'),
 ('no-nonlinearity.grade-forgot-activation', 'no-nonlinearity', S, ['no-nonlinearity'], 'hidden layers without "activation" (linear default) in the grading net'),
 ('no-nonlinearity.cactus-water-curve-linear', 'no-nonlinearity', S, ['no-nonlinearity'], 'three explicitly linear hidden layers on growth, which has a curved water response and a rot interaction'),
 ('no-nonlinearity.moons-linear-stack', 'no-nonlinearity', S, ['no-nonlinearity'], 'three linear 8-unit layers on moons: stuck at a linear boundary'),
 ('lr-out-of-range.zero-lr', 'lr-out-of-range', S, ['lr-out-of-range'], 'lr 0 left from a template'),
 ('lr-out-of-range.negative-sgd', 'lr-out-of-range', S, ['lr-out-of-range'], 'lr -0.01 for sgd (sign typo)'),
 ('lr-out-of-range.adam-lr-50', 'lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'adam lr 50 (meant 5e-3)'),
 ('lr-out-of-range.rmsprop-lr-20', 'lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'rmsprop lr 20'),
 ('dead-relu.bias-minus5', 'dead-relu', P, ['dead-relu'], 'bias -5 on both relu layers (copied from a sparse-activation tip): units dead from the start'),
 ('dead-relu.sgd-raw-lux', 'dead-relu', P, ['dead-relu', 'exploding-gradient'], 'sgd 0.05 on raw features (light in lux, days since repot): the first steps kill 97% of the first layer'),
 ('dead-relu.adam-lr0.1-deep', 'dead-relu', P, ['dead-relu', 'lr-too-high'], 'adam 0.1 on a 3x32 relu net: layers 2-3 die (>90%)'),
 ('exploding-gradient.raw-features-momentum', 'exploding-gradient', P, ['exploding-gradient', 'nan-loss'], 'raw cactus features (water ml up to 400) with sgd momentum 0.9: gradients 5e3 -> 5e10 -> 1e31 in three steps, then NaN'),
 ('exploding-gradient.raw-wholesale-cents', 'exploding-gradient', P, ['exploding-gradient', 'nan-loss'], 'raw wholesale cents target (465-2676) without normalizeTarget: gradients 2.6e3 -> 1e9 -> 3e16, then NaN'),
 ('nan-loss.cents-target-sgd0.1', 'exploding-gradient', P, ['exploding-gradient', 'dead-relu', 'nan-loss'], 'raw features and raw cents target with sgd 0.1: written as nan-loss, gradients reached 4e8 and the relu layer died instead of reaching NaN'),
 ('nan-loss.price-raw-momentum', 'exploding-gradient', P, ['exploding-gradient', 'dead-relu', 'nan-loss'], 'raw features and raw price with sgd momentum, batch 8: written as nan-loss, gradients reached 1.5e20 and the relu layer died'),
 ('vanishing-gradient.eight-sigmoid-layers', 'vanishing-gradient', P, ['vanishing-gradient'], 'eight 16-unit sigmoid layers with plain sgd: first-layer gradient ~2e-6, loss stays at the baseline'),
 ('vanishing-gradient.ten-tanh-tiny-normal', 'vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'ten tanh layers with normal std 0.05: first-layer gradient ~3e-7, no learning'),
 ('vanishing-gradient.six-narrow-sigmoid-cactus', 'vanishing-gradient', P, ['vanishing-gradient'], 'six 6-unit sigmoid layers on growth: first-layer gradient ~1e-4, loss at the baseline'),
 ('vanishing-gradient.seven-sigmoid-fullbatch', 'vanishing-gradient', P, ['vanishing-gradient'], 'seven 24-unit sigmoid layers, rmsprop 5e-4 full batch: first-layer gradient ~2e-5, loss at the baseline'),
 ('nan-loss.raw-lux-sgd-lr1-mse', 'nan-loss', P, ['nan-loss', 'exploding-gradient', 'lr-too-high'], 'bloom 0/1 under mse on raw lux features with sgd 1: loss x1000 per step to NaN'),
 ('oscillating-loss.sgd-batch1-cactus', 'nan-loss', P, ['nan-loss', 'lr-too-high'], 'sgd 0.2 with batch 1 on growth: written as oscillating, it diverged to Infinity within 12 steps'),
 ('exploding-gradient.raw-price-rawfeat-rmsprop', 'nan-loss', P, ['nan-loss', 'exploding-gradient'], 'raw features and raw price_eur target, sgd 5e-4 batch 16: NaN within the first epoch'),
 ('lr-too-high.adam-0.5-grade', 'lr-too-high', P, ['lr-too-high', 'dead-relu'], 'adam 0.5 on the grading net: first epoch loss 7.0, then stuck at the baseline with layer 2 dead'),
 ('lr-too-high.nesterov-0.8-grade', 'lr-too-high', P, ['lr-too-high'], 'nesterov sgd 0.8 momentum 0.9: loss climbs from 1.2 to 15.8'),
 ('lr-too-high.rmsprop-0.3-cactus', 'lr-too-high', P, ['lr-too-high'], 'rmsprop 0.3 on growth: loss bounces 1.7-5 times the baseline'),
 ('oscillating-loss.momentum-0.99', 'lr-too-high', P, ['lr-too-high', 'exploding-gradient'], 'sgd 0.05 with momentum 0.99: written as oscillating, the loss diverged to 1e30'),
 ('lr-too-low.sgd-1e-5-bloom', 'lr-too-low', P, ['lr-too-low'], 'plain sgd 1e-5: loss 0.810 -> 0.796 in 150 epochs'),
 ('lr-too-low.adam-1e-6-grade', 'lr-too-low', P, ['lr-too-low'], 'adam 1e-6 (exponent slip): 1.441 -> 1.429 in 150 epochs'),
 ('lr-too-low.rmsprop-1e-6-cactus', 'lr-too-low', P, ['lr-too-low'], 'rmsprop 1e-6: 1.90 -> 1.73, still above the baseline'),
 ('lr-too-low.momentum-1e-5-fullbatch', 'lr-too-low', P, ['lr-too-low'], 'sgd momentum 1e-5, full batch of 400: 2.60 -> 2.06 in 200 epochs'),
 ('saturated-activation.sigmoid-raw-lux', 'saturated-activation', P, ['saturated-activation'], 'sigmoid hidden layer on raw features (lux ~11000): every unit pinned'),
 ('saturated-activation.tanh-raw-repot-days', 'saturated-activation', P, ['saturated-activation'], 'tanh hidden on raw days-since-repot and lux: every unit pinned, no learning'),
 ('saturated-activation.sigmoid-bias-8', 'saturated-activation', P, ['saturated-activation'], 'bias 8 on a 24-unit sigmoid layer: all outputs at 1'),
 ('saturated-activation.tanh-raw-cactus-water', 'saturated-activation', P, ['saturated-activation'], 'tanh layers on raw water ml and grit %: first layer 93% pinned, loss stalls at 0.82 of the baseline'),
 ('loss-plateau.heavy-weight-decay-grade', 'loss-plateau', T, ['loss-plateau'], 'weightDecay 0.5 (meant 5e-4): loss falls then climbs back to the baseline'),
 ('loss-plateau.spirals-two-units', 'loss-plateau', T, ['loss-plateau'], 'two tanh units for spirals: stalls at 0.91 of the baseline'),
 ('loss-plateau.xor-sgd-sigmoid-fullbatch', 'loss-plateau', T, ['loss-plateau', 'lr-too-low'], 'xor with 4 sigmoid units, sgd 0.05 full batch: stuck at 0.692 for 300 epochs'),
 ('loss-plateau.dropout-0.9-bloom', 'loss-plateau', T, ['loss-plateau'], 'dropout 0.9 after both layers (meant keep 0.9): stays at the baseline'),
 ('oscillating-loss.adam-0.05-batch2', 'oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'adam 0.05 on batches of 2: the loss swings between 0.27 and 0.79 to the end'),
 ('oscillating-loss.sgd-0.3-batch2-grade', 'oscillating-loss', T, ['oscillating-loss', 'lr-too-high', 'loss-plateau'], 'sgd 0.3 on batches of 2: the loss flips direction most epochs between 0.71 and 0.94 and never settles, far above the 0.3 a sane rate reaches'),
 ('oscillating-loss.rmsprop-0.02-batch1-bloom', 'oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'rmsprop 0.02 on batch 1: the loss flips direction almost every epoch between 0.36 and 0.46'),
]
HEALTHY = {
 'ok.bloom-adam-relu': 'orchid_bloom.csv standard, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003, batch 32',
 'ok.bloom-sgd-tanh-val': 'orchid_bloom.csv, [12 tanh, 1 sigmoid], bce, plain sgd 0.1, batch 16, validationSplit 0.2',
 'ok.bloom-nesterov-elu-minmax': 'orchid_bloom.csv minmax, [24 elu, 12 elu, 1 sigmoid], nesterov sgd 0.05',
 'ok.bloom-rmsprop-leaky-dropout': 'orchid_bloom.csv, [32 leaky_relu, dropout 0.2, 16 leaky_relu, 1 sigmoid], rmsprop 0.001, batch 16',
 'ok.bloom-batchnorm-fullbatch': 'orchid_bloom.csv, [16 relu batchNorm, 1 sigmoid], adam 0.01, full batch 420, 300 epochs',
 'ok.bloom-weightdecay-clip': 'orchid_bloom.csv, [32 relu, 16 relu, 1 sigmoid], adam 0.002 weightDecay 1e-4 clipNorm 1',
 'ok.bloom-sigmoid-hidden-momentum': 'orchid_bloom.csv, [10 sigmoid, 1 sigmoid], sgd 0.3 momentum 0.9',
 'ok.bloom-adam-tanh-batch8': 'orchid_bloom.csv, [24 tanh, 1 sigmoid], adam 0.001, batch 8',
 'ok.grade-adam-relu': 'orchid_grade.csv string grades A/B/C/cull, [32 relu, 16 relu, 4 softmax], cce, adam 0.003',
 'ok.grade-tabs-rmsprop-tanh': 'orchid_grade_tabs.csv (tab export), [24 tanh, 4 softmax], cce, rmsprop 0.002, batch 16',
 'ok.grade-deep-narrow-leaky': 'orchid_grade.csv, 4x[12 leaky_relu], 4 softmax, adam 0.002, batch 16',
 'ok.grade-batch4-sgd': 'orchid_grade.csv, [16 tanh, 4 softmax], plain sgd 0.02, batch 4',
 'ok.grade-fullbatch-rmsprop': 'orchid_grade.csv, [32 relu, 4 softmax], rmsprop 0.003, full batch 380, 400 epochs',
 'ok.grade-xavier-normal-sigmoid': 'orchid_grade.csv, [20 sigmoid xavier_normal, 4 softmax], adam 0.01',
 'ok.grade-adam-elu-wd': 'orchid_grade.csv, [32 elu, 4 softmax], adam 0.005 weightDecay 1e-4, batch 16',
 'ok.cactus-adam-relu': 'cactus_growth.csv growth_mm, standard features and target, [32 relu, 16 relu, 1], mse, adam 0.003',
 'ok.cactus-auction-nl-semicolons': 'cactus_auction_nl.csv (semicolons, decimal commas), [24 tanh, 1], rmsprop 0.002',
 'ok.cactus-price-minmax-target': 'cactus_growth.csv price_eur, normalizeTarget minmax, [16 elu, 1], adam 0.005, batch 16',
 'ok.cactus-two-targets': 'cactus_growth.csv [growth_mm, price_eur], [32 relu, 16 relu, 2], adam 0.003',
 'ok.cactus-nesterov-tanh': 'cactus_growth.csv, [32 tanh, 16 tanh, 1], nesterov sgd 0.02',
 'ok.cactus-cents-standard-target': 'cactus_growth.csv wholesale_cents standardised, [16 relu, 1], plain sgd 0.05',
 'ok.cactus-batchnorm-elu-deep': 'cactus_growth.csv, [32 elu bn, 32 elu bn, 16 elu, 1], adam 0.003, batch 64',
 'ok.cactus-batch2-adam-small': 'cactus_growth.csv, [16 relu, 1], adam 5e-4, batch 2, 40 epochs',
 'ok.cactus-wide-dropout-val': 'cactus_growth.csv, [64 relu, dropout 0.2, 1], adam 0.002 weightDecay 1e-4, validationSplit 0.2',
 'ok.cactus-sigmoid-hidden-rmsprop': 'cactus_growth.csv, [16 sigmoid, 1], rmsprop 0.005, 200 epochs',
 'ok.cactus-price-linear-regression': 'cactus_growth.csv price_eur, a single linear unit (price is linear in age, pot, graft), sgd 0.05',
 'ok.cactus-clipnorm-sgd-momentum': 'cactus_growth.csv, [24 leaky_relu, 1], sgd 0.05 momentum 0.9 clipNorm 5, batch 16',
 'ok.cactus-he-uniform-small-lr-long': 'cactus_growth.csv, [24 relu he_uniform, 12 relu he_uniform, 1], adam 3e-4, 500 epochs',
 'ok.cactus-rmsprop-relu-batch64': 'cactus_growth.csv, [32 relu, 16 relu, 1], rmsprop 0.001, batch 64, 200 epochs',
 'ok.iris-adam-tanh': 'iris standard, [8 tanh, 3 softmax], cce, adam 0.01',
 'ok.moons-relu-sgd': 'moons, [16 relu, 16 relu, 1 sigmoid], sgd 0.1 momentum 0.9',
 'ok.moons-sgd-batch1': 'moons, [12 tanh, 1 sigmoid], plain sgd 0.02, batch 1',
 'ok.circles-elu-rmsprop': 'circles, [16 elu, 1 sigmoid], rmsprop 0.005',
 'ok.spirals-deep-adam': 'spirals, 3x[32 relu], 1 sigmoid, adam 0.005, 400 epochs',
 'ok.blobs-four-classes': 'blobs 4 classes, [8 relu, 4 softmax], adam 0.01',
 'ok.sine-tanh-regression': 'sine, [24 tanh, 24 tanh, 1], mse, adam 0.005',
 'ok.xor-tanh-fullbatch': 'xor, [8 tanh, 1 sigmoid], adam 0.02, full batch',
 'ok.inline-greenhouse-misting': 'inline 16-row table (temperature, humidity -> misting on), standard, [4 tanh, 1 sigmoid], adam 0.05',
}
DROPPED = {
 'nan-loss.rmsprop-lr5-cents': 'rmsprop lr 5 blew up (first loss 1.4e11) then died rather than reaching NaN; would be a fifth lr-out-of-range, dropped to keep the count within 65',
 'loss-activation-mismatch.relu-head-standardised-growth': 'relu head on a standardised target still reached 0.51 of the baseline: a partial, borderline effect',
 'init-symmetry.constant-tanh-cactus': 'constant 0.1 init on tanh layers still trained to 0.27 of the baseline: borderline as observed',
 'shape-mismatch.bloom-two-sigmoids': 'engine accepted 2 sigmoid outputs on the 0/1 target and trained to 0.45 of the baseline: not a clear shape fault as observed',
 'dead-relu.bias-minus3-cactus': 'only 42% of units dead, loss 0.59 of the baseline: borderline',
 'exploding-gradient.deep-relu-std-large': 'largest gradient 72, then trained to 0.13 of the baseline: did not show an explosion',
 'lr-too-high.sgd-2-bloom': 'sgd 2.0 bounced early but ended at 0.10 of the baseline, better than the healthy ones',
 'oscillating-loss.rmsprop-0.05-batch4': 'small swings (about 4% of the baseline) around a stall: between oscillation and plateau, borderline',
 'oscillating-loss.adam-0.03-batch1-cactus': 'small swings with 88% of the first layer dead: mixed symptoms, borderline',
 'loss-plateau.clipnorm-tiny-cactus': 'clipNorm 1e-4 made every step tiny: looks like lr-too-low as much as a plateau, ambiguous',
 'invalid-spec.validation-split-percent': 'sound (validationSplit 20 is refused), dropped only to keep the fault count within 65',
 'data-error.species-text-feature': 'sound (a text column among the features), dropped only to keep the fault count within 65',
 'ok.bloom-batch1-sgd-small': 'ended at 0.52 of the baseline, well above the other bloom nets (0.2-0.3): may be undertrained',
 'ok.bloom-elu-lecun-batch8': 'ended at 0.55 of the baseline: may be undertrained',
 'ok.bloom-gaps-free-subset': 'ended at 0.50 of the baseline with the informative features kept: may be undertrained',
 'ok.bloom-logistic-only': 'logistic regression ended at 0.58 of the baseline, far above the hidden-layer nets',
 'ok.grade-batchnorm-dropout': 'the loss rose from 0.63 to 0.72 at the end: not clearly settled',
 'ok.grade-softmax-regression': 'still falling slowly at epoch 200 (0.50 of the baseline): slow, borderline',
 'ok.grade-sgd-momentum-elu': 'a late jump from 0.32 to 0.42: could look like a bounce',
}

cand = os.path.join(HERE, 'candidates')
names = sorted(f[:-8] for f in os.listdir(cand) if f.endswith('.nn.json'))
used = set(f[0] for f in FAULTS) | set(HEALTHY) | set(DROPPED)
missing = [n for n in names if n not in used]
extra = [n for n in used if n not in names]
assert not missing and not extra, (missing, extra)
for d in ('faulty', 'healthy', 'dropped'):
    shutil.rmtree(os.path.join(HERE, d), ignore_errors=True); os.makedirs(os.path.join(HERE, d))
faults, healthy = [], []
for name, code, stage, catches, text in FAULTS:
    new = code + name[name.index('.'):] if not name.startswith(code + '.') else name
    shutil.copy(os.path.join(cand, name + '.nn.json'), os.path.join(HERE, 'faulty', new + '.nn.json'))
    assert catches[0] == code
    faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[name]})', 'stage': stage, 'catches': catches})
for name, covers in HEALTHY.items():
    shutil.copy(os.path.join(cand, name + '.nn.json'), os.path.join(HERE, 'healthy', name + '.nn.json'))
    healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{covers} (observe: {obs[name]})'})
for name in DROPPED:
    shutil.copy(os.path.join(cand, name + '.nn.json'), os.path.join(HERE, 'dropped', name + '.nn.json'))
with open(os.path.join(HERE, 'dropped', 'REASONS.json'), 'w') as f:
    json.dump(DROPPED, f, indent=1); f.write('\n')
about = ('Blind fault set 278 (issue #4): orchid and cactus nurseries, written blind and frozen before the product was first run on it; no one tunes on it. '
 '"code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it, "catches" the codes whose advice would genuinely fix it. '
 'Each "fault" and "covers" ends with the bare-engine result of test/faults/observe.ts --summary (observed.txt); --curve for the lr, oscillating and plateau candidates (observed-curves.txt); test/faults/steps.ts for five divergent ones (observed-steps.txt). '
 'Data (data/generate.ts, seed 278): orchid_bloom.csv (420 Phalaenopsis plants, 9 numeric features incl. skewed days_since_repot, lux in thousands, collinear leaf_count/leaf_span_cm, bench_no with no effect, plant_id and date text, bloomed 0/1 with 5% flipped), '
 'orchid_bloom_gaps.csv (NA/n/a/empty), orchid_grade.csv and orchid_grade_tabs.csv (380 Cymbidium spikes, grades A/B/C/cull as strings), '
 'cactus_growth.csv (400 potted cacti: growth_mm, price_eur, wholesale_cents), cactus_auction_nl.csv (semicolons, decimal commas), cactus_growth_units.csv ("8.5cm"), cactus_prices_de.csv (thousands dots); plus builtins and one inline table.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1)
shutil.rmtree(cand)
from collections import Counter
print(len(faults), 'faults', dict(Counter(f['code'] for f in faults)), len(healthy), 'healthy', len(DROPPED), 'dropped', dict(Counter(f['stage'] for f in faults)))
