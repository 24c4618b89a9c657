#!/usr/bin/env python3
"""Verdicts of fault set blind206 (garden centres and plant nurseries): moves candidates/ into faulty/,
healthy/ and dropped/, and writes manifest.json. Run from this folder after observe.ts (observed.txt)."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    if not line:
        continue
    key = line.split(':')[0].split(' ')[0].replace('.nn.json', '')
    obs[key] = line

# candidate (without .nn.json) -> (final code, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', ['invalid-spec'], 'optimizer "adamw" copied from a PyTorch script; the format has sgd, adam, rmsprop (weight decay is a separate field)'),
 'invalid-spec.softplus-activation': ('invalid-spec', 'static', ['invalid-spec'], 'hidden activation "softplus" for the germination regression, which the format does not offer'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', ['invalid-spec'], 'loss written as Keras "binary_crossentropy" instead of "bce" on the sold-within-30-days model'),
 'invalid-spec.dropout-percent': ('invalid-spec', 'static', ['invalid-spec'], 'dropout rate written as a percentage (30) instead of a fraction (0.3) on the grade classifier'),
 'data-error.missing-export-file': ('data-error', 'static', ['data-error'], 'spec points at next season\'s stock export nursery_stock_2025.csv, which has not been exported yet'),
 'data-error.target-typo': ('data-error', 'static', ['data-error'], 'target column written "sold_30_days"; the stock sheet calls it "sold_30d"'),
 'data-error.lot-id-as-feature': ('data-error', 'static', ['data-error'], 'the lot id text column (LOT-7000...) listed among the features of the sell-through model'),
 'data-error.na-markers': ('data-error', 'static', ['data-error'], 'the stock-take copy with NA, n/a and empty readings (leaf counts, heights, greenhouse temperature not filled in) used directly'),
 'data-error.absolute-till-path': ('data-error', 'static', ['data-error'], 'daily takings read from the till server\'s absolute path /srv/till/exports, outside the workspace'),
 'shape-mismatch.grade-two-units': ('shape-mismatch', 'static', ['shape-mismatch'], 'grade A/B/C classifier with a 2-unit softmax head (written when only A/B were graded)'),
 'shape-mismatch.pest-three-classes': ('shape-mismatch', 'static', ['shape-mismatch'], 'pest scouting classifier with 3 outputs, forgetting the rare spider_mite class (4 classes in the data)'),
 'shape-mismatch.takings-three-outputs': ('shape-mismatch', 'static', ['shape-mismatch'], 'daily takings regression (one target column) with a 3-unit output left from a till/card/voucher split model'),
 'shape-mismatch.germ-two-outputs': ('shape-mismatch', 'static', ['shape-mismatch'], 'germination percentage regression (one target) with a 2-unit linear output'),
 'loss-activation-mismatch.sold-linear-bce': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'bce on the sold-within-30-days flag with a linear output layer (no sigmoid)'),
 'loss-activation-mismatch.pest-sigmoid-cce': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'cce on the 4 pest classes with a sigmoid output instead of softmax: the loss goes to ~0 while accuracy stays at 0.72'),
 'loss-activation-mismatch.germ-relu-head-standardised': ('loss-activation-mismatch', 'probe', ['loss-activation-mismatch'], 'relu output on a standardised germination target (half the targets negative, unreachable)'),
 'loss-activation-mismatch.takings-tanh-head-raw': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'tanh output (limited to +-1) regressing raw takings in EUR (300-20000) without normalizeTarget'),
 'init-symmetry.constant-hidden-pest': ('init-symmetry', 'static', ['init-symmetry'], 'both hidden relu layers of the pest classifier initialised constant 0.1, all units identical'),
 'init-symmetry.zeros-germ-both': ('init-symmetry', 'static', ['init-symmetry'], 'two sigmoid hidden layers (20, 10 units) initialised to zeros on the germination regression'),
 'init-symmetry.constant-all-layers': ('init-symmetry', 'static', ['init-symmetry'], 'every layer of the sell-through model initialised constant 0.05, so the hidden units stay copies of one another'),
 'init-symmetry.zeros-every-layer-tanh': ('init-symmetry', 'static', ['init-symmetry'], 'tanh hidden layer and output both initialised to zeros on daily takings: no gradient reaches the hidden weights'),
 'init-scale.normal-std-8': ('init-scale', 'static', ['init-scale', 'saturated-activation'], 'normal init std 8 on two tanh layers (32, 16) of the sell-through model: 88-95% of the units pinned'),
 'init-scale.uniform-tiny-deep': ('init-scale', 'probe', ['init-scale', 'vanishing-gradient'], 'uniform init limit 1e-4 on three relu layers and the output of the germination model: the signal and the gradients vanish'),
 'init-scale.normal-std-30-relu': ('init-scale', 'static', ['init-scale', 'exploding-gradient'], 'normal init std 30 on two relu layers of the takings model (std meant for raw-euro inputs)'),
 'no-nonlinearity.moons-linear-stack': ('no-nonlinearity', 'static', ['no-nonlinearity'], 'two linear hidden layers on the moons demo the nursery used as a toy: the decision boundary stays a line'),
 'no-nonlinearity.germ-default-activation': ('no-nonlinearity', 'static', ['no-nonlinearity'], 'hidden layers with no activation written (default linear) on the curved germination response'),
 'no-nonlinearity.circles-linear-deep': ('no-nonlinearity', 'static', ['no-nonlinearity'], 'three linear hidden layers on circles: loss stays at chance'),
 'lr-out-of-range.sgd-lr-50': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'sgd lr 50 (meant 0.5) on the sell-through model'),
 'lr-out-of-range.adam-lr-3': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'], 'adam lr 3 on the grade classifier (meant 3e-3)'),
 'lr-out-of-range.rmsprop-lr-1e-8': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-low'], 'rmsprop lr 1e-8 on the germination model: nothing moves'),
 'dead-relu.negative-bias-5': ('dead-relu', 'probe', ['dead-relu'], 'relu layer with bias -5 on standardised features: 75% of the units never fire'),
 'dead-relu.grade-bias-minus-3': ('dead-relu', 'probe', ['dead-relu'], 'two relu layers with bias -4 on the grade classifier: the second layer is entirely dead'),
 'dead-relu.germ-raw-lux-bias': ('dead-relu', 'probe', ['dead-relu'], 'relu layer with bias -3 on min-max features in [0, 1]: every unit dead from the start'),
 'dead-relu.adam-0.05-batch2-pest': ('dead-relu', 'training', ['dead-relu', 'lr-too-high'], 'adam lr 0.05 with batch 2 on the pest classifier kills 88% of the relu units; written as oscillating-loss, re-filed'),
 'exploding-gradient.raw-takings-sgd': ('exploding-gradient', 'probe', ['exploding-gradient'], 'raw features (car park %, temperatures) and raw EUR takings target with sgd: gradient norms up to 1.3e6'),
 'exploding-gradient.raw-takings-target-adam': ('exploding-gradient', 'probe', ['exploding-gradient'], 'takings target left in raw EUR (normalizeTarget off) under adam: gradient norms 1e4-6.5e5, loss still 0.39 of the baseline'),
 'exploding-gradient.raw-price-target-rmsprop': ('exploding-gradient', 'probe', ['exploding-gradient'], 'price in raw EUR as target (normalizeTarget off) under rmsprop: gradient norms up to 870 and the loss ends at 0.20 of baseline where the normalised twin reaches 0.01'),
 'exploding-gradient.deep-std06-relu-adam': ('exploding-gradient', 'probe', ['exploding-gradient', 'init-scale'], 'six relu layers of 32 with normal std 0.6 init on takings: first loss 650x baseline, gradient norms over 1000, ends 2.7x baseline'),
 'vanishing-gradient.eight-sigmoid': ('vanishing-gradient', 'probe', ['vanishing-gradient'], 'eight sigmoid hidden layers of 12 on the sell-through model with plain sgd: first-layer gradients ~1e-5, loss at baseline'),
 'vanishing-gradient.tanh-tiny-init-deep': ('vanishing-gradient', 'probe', ['vanishing-gradient', 'init-scale'], 'six tanh layers with normal std 0.02 on germination: first-layer gradients ~1e-6, loss stays at baseline'),
 'vanishing-gradient.pest-sigmoid-ten': ('vanishing-gradient', 'probe', ['vanishing-gradient'], 'ten sigmoid layers of 10 on the pest classifier: first-layer gradients ~1e-7'),
 'nan-loss.raw-takings-sgd-lr': ('nan-loss', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high'], 'raw takings features and target with sgd lr 0.01: loss overflows in the first epoch'),
 'nan-loss.price-huge-init': ('nan-loss', 'static', ['nan-loss', 'init-scale'], 'normal init std 1e6 on raw price features: NaN in the first epoch'),
 'nan-loss.water-raw-sgd-nesterov': ('nan-loss', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high'], 'watering need in raw ml/day regressed from raw pot sizes and leaf counts with Nesterov sgd 0.01: NaN in the first epoch'),
 'nan-loss.sgd-lr-2-germ': ('nan-loss', 'probe', ['nan-loss', 'lr-too-high'], 'sgd lr 2 on the germination regression: NaN in the first epoch; written as lr-too-high, re-filed'),
 'nan-loss.fullbatch-sgd-edge': ('nan-loss', 'training', ['nan-loss', 'lr-too-high'], 'full-batch sgd lr 0.9 on takings: loss rises each epoch from 0.54 to 1e41, NaN at epoch 35; written as oscillating-loss, re-filed'),
 'lr-too-high.adam-lr-0.3': ('lr-too-high', 'probe', ['lr-too-high', 'dead-relu'], 'adam lr 0.3 on the sell-through model: loss falls to 0.41, then jumps and settles at 0.66 (near baseline) with the second relu layer 88% dead'),
 'lr-too-high.nesterov-lr-0.5-grade': ('lr-too-high', 'probe', ['lr-too-high', 'oscillating-loss'], 'Nesterov sgd lr 0.5 on the grade classifier: loss bounces between 3.6 and 9, never below the baseline'),
 'lr-too-high.adam-0.1-grade': ('lr-too-high', 'probe', ['lr-too-high', 'dead-relu'], 'adam lr 0.1 batch 16 on grade: loss reaches 0.74 then rises back to the baseline as the second relu layer dies'),
 'lr-too-high.momentum-0.8-pest': ('lr-too-high', 'probe', ['lr-too-high', 'dead-relu'], 'sgd lr 0.8 momentum 0.9 on pests: loss reaches 0.745 then creeps back up to the baseline, 83% of relu units dead'),
 'lr-too-low.sgd-1e-5-sold': ('lr-too-low', 'probe', ['lr-too-low'], 'plain sgd lr 1e-5 on the sell-through model: loss 0.979 -> 0.964 in 60 epochs'),
 'lr-too-low.adam-1e-6-germ': ('lr-too-low', 'probe', ['lr-too-low'], 'adam lr 1e-6 on germination: 1.493 -> 1.474 in 80 epochs'),
 'lr-too-low.rmsprop-1e-6-pest': ('lr-too-low', 'probe', ['lr-too-low'], 'rmsprop lr 1e-6 on pests: 1.381 -> 1.372 in 80 epochs'),
 'lr-too-low.momentum-1e-5-takings': ('lr-too-low', 'probe', ['lr-too-low'], 'sgd lr 1e-5 momentum 0.5 batch 64 on takings: 1.98 -> 1.49, still above the baseline after 80 epochs'),
 'saturated-activation.sigmoid-raw-features': ('saturated-activation', 'probe', ['saturated-activation'], 'sigmoid hidden layer fed raw stock features (water ml, leaf counts, prices) with normalize off: 98% of outputs pinned'),
 'saturated-activation.tanh-raw-lux': ('saturated-activation', 'probe', ['saturated-activation'], 'tanh hidden layer fed raw light_lux (500-25000) and other raw tray readings: all outputs at +-1, loss at baseline'),
 'saturated-activation.sigmoid-bias-8': ('saturated-activation', 'probe', ['saturated-activation'], 'two sigmoid layers with bias 8 on the grade classifier: every unit pinned at 1'),
 'saturated-activation.raw-lux-momentum': ('saturated-activation', 'probe', ['saturated-activation', 'exploding-gradient'], 'tanh layer on raw tray readings and raw germination % with sgd momentum: first layer fully saturated, loss at baseline; written as exploding-gradient, re-filed'),
 'loss-plateau.weight-decay-1': ('loss-plateau', 'training', ['loss-plateau'], 'weight decay 1 (meant 1e-4) on the grade classifier: the loss sits at the baseline from epoch 4'),
 'loss-plateau.dropout-0.9-bottleneck': ('loss-plateau', 'training', ['loss-plateau'], '2-unit relu bottleneck followed by dropout 0.9 on sell-through: loss stalls at 0.97 of baseline'),
 'loss-plateau.spirals-one-unit': ('loss-plateau', 'training', ['loss-plateau'], 'one tanh hidden unit for the 3-class spirals: loss creeps to 0.97 of baseline and stays'),
 'oscillating-loss.rmsprop-lr-0.1-pest': ('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'rmsprop lr 0.1 on pests: the loss swings between 0.54 and 0.90 epoch to epoch for the whole run; written as lr-too-high, re-filed'),
 'oscillating-loss.adam-0.2-grade-elu': ('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'adam lr 0.2 on grade: loss swings between 0.73 and 1.05 and never settles'),
 'oscillating-loss.rmsprop-0.15-pest-tanh': ('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'rmsprop lr 0.15 on pests (tanh): loss zig-zags by 0.05-0.2 every epoch (0.47-0.67 in the last 15) while drifting down, ends 0.68 of baseline'),
}
# renamed candidates: final name -> candidate name
RENAMED = {
 'dead-relu.adam-0.05-batch2-pest': 'oscillating-loss.adam-0.05-batch2-pest',
 'nan-loss.sgd-lr-2-germ': 'lr-too-high.sgd-lr-2-germ',
 'nan-loss.fullbatch-sgd-edge': 'oscillating-loss.fullbatch-sgd-edge',
 'saturated-activation.raw-lux-momentum': 'exploding-gradient.raw-lux-momentum',
 'oscillating-loss.rmsprop-lr-0.1-pest': 'lr-too-high.rmsprop-lr-0.1-pest',
 'ok.fullbatch-momentum-moons': 'oscillating-loss.fullbatch-momentum-moons',
}
DROPPED = {
 'invalid-spec.units-string': 'sound invalid-spec, dropped only to keep the set within 65 faults',
 'data-error.sown-week-text': 'second text-column-as-feature case (like lot-id-as-feature); dropped to keep the set within 65 faults',
 'shape-mismatch.sold-two-sigmoids': 'the engine trained it (last/base 0.47, acc 0.869) instead of refusing it: not clearly a fault in what it showed',
 'shape-mismatch.iris-four-units': 'sound shape-mismatch, dropped to keep the set within 65 faults',
 'loss-activation-mismatch.grade-softmax-mse': 'trained to the same accuracy as the cce models (0.713): the mismatch is in the text but cost nothing; borderline',
 'init-symmetry.zeros-hidden': 'zeros in the hidden layer but the random output layer broke the symmetry; trained as well as healthy (last/base 0.47)',
 'no-nonlinearity.pest-linear-hidden': 'sound, but the weakest of four (0.74 of baseline vs 0.39 healthy); dropped to keep the set within 65 faults',
 'lr-out-of-range.sgd-lr-1e-9': 'sound, near-duplicate of rmsprop-lr-1e-8; dropped to keep the set within 65 faults',
 'dead-relu.takings-big-step-sgd': 'went NaN in the first epoch (nan-loss, not dead units); one of several first-epoch NaNs, dropped for balance',
 'exploding-gradient.deep-std1-relu': 'NaN in the first epoch (a nan-loss); duplicate of nan-loss.price-huge-init, dropped for balance',
 'exploding-gradient.raw-price-target-adam': 'NaN in the first epoch (a nan-loss) despite its name (sgd momentum on raw takings); duplicate, dropped',
 'oscillating-loss.sgd-batch1-momentum': 'NaN in the first epoch rather than oscillating; duplicate nan-loss, dropped',
 'oscillating-loss.sgd-0.2-batch2-takings': 'NaN in the first epoch rather than oscillating; duplicate nan-loss, dropped',
 'oscillating-loss.fullbatch-sgd-0.75-takings': 'diverged to NaN at epoch 33 like nan-loss.fullbatch-sgd-edge; duplicate, dropped',
 'nan-loss.raw-lux-rmsprop-linear': 'sound nan-loss (NaN in epoch 1), dropped to keep nan-loss from dominating the set',
 'lr-too-high.adam-lr-0.5-takings': 'recovered after a bad start and ended at 0.06 of baseline (healthy twins 0.03): borderline',
 'lr-too-high.rmsprop-0.05-germ': 'noisy but ended at 0.17 of baseline (healthy 0.08-0.10): borderline',
 'loss-plateau.germ-clipnorm-tiny': 'clipNorm 1e-4 makes every step tiny: the curve is an lr-too-low one (1.7234 -> 1.7177), neither a clear plateau nor a rate problem; ambiguous, dropped',
 'saturated-activation.tanh-raw-takings-features': 'saturated up to 84% but trained to 0.06 of baseline: not a clear fault',
 'oscillating-loss.rmsprop-0.03-batch4': 'mild noise, ended at 0.51 of baseline, near the healthy runs: not oscillating enough',
 'oscillating-loss.adam-0.03-batch1-sold': 'mild noise, ended at 0.51 of baseline: borderline',
 'oscillating-loss.rmsprop-0.02-batch1-germ': 'settled at 0.17-0.19 of baseline with small noise: borderline',
 'oscillating-loss.fullbatch-sgd-0.6-takings': 'saw-tooth flips every epoch but of only ~0.006 of baseline while settling at 0.07 of baseline: borderline',
 'oscillating-loss.rmsprop-0.1-sold-batch16': 'trained to 0.48 of baseline, like the healthy runs',
 'ok.grade-export-semicolon': 'healthy-looking but ended 0.70 of baseline where other grade models reach 0.61-0.66: borderline for a healthy spec',
 'ok.pest-rmsprop-minmax': 'ended 0.73 of baseline where other pest models reach 0.32-0.48: may be under-trained',
 'ok.sold-logistic-five-features': 'logistic regression on 5 features ended 0.53 of baseline, a little worse than the hidden-layer sold models (0.30-0.49): borderline for a healthy spec',
 'ok.sold-batch1-sgd': 'ended 0.52 of baseline, a little worse than the healthy sold models: borderline',
}
HEALTHY = {
 'ok.sold-adam-relu': 'nursery_stock.csv sold_30d, standard, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003, batch 32, validation 0.2',
 'ok.sold-sgd-momentum-tanh': 'sold_30d, [12 tanh, 1 sigmoid], bce, sgd 0.05 momentum 0.9, batch 16',
 'ok.sold-nesterov-elu-minmax': 'sold_30d, minmax, [16 elu, 1 sigmoid], bce, Nesterov sgd 0.1, 120 epochs',
 'ok.sold-rmsprop-dropout': 'sold_30d, [32 relu, dropout 0.2, 16 relu, 1 sigmoid], bce, rmsprop 0.001',
 'ok.sold-batchnorm-leaky': 'sold_30d, [24 leaky_relu + batch norm, 1 sigmoid], bce, adam 0.005, batch 64',
 'ok.sold-plain-sgd-fullbatch': 'sold_30d, [8 tanh, 1 sigmoid], bce, plain sgd 0.5, full batch (480), 300 epochs',
 'ok.sold-semicolon-export': 'nursery_stock_export.csv (semicolons, decimal commas), [16 relu, 1 sigmoid], bce, adam 0.005',
 'ok.sold-deep-narrow-adam': 'sold_30d, [12,12,8,8 relu, 1 sigmoid], bce, adam 0.002, weight decay 1e-4',
 'ok.grade-adam-softmax': 'grade A/B/C (rare C), [24 relu, 3 softmax], cce, adam 0.005',
 'ok.grade-rmsprop-tanh-val': 'grade, [16 tanh, 16 tanh, 3 softmax], cce, rmsprop 0.002, batch 16, validation 0.25',
 'ok.grade-nesterov-batchnorm': 'grade, [32 relu + batch norm, dropout 0.1, 3 softmax], cce, Nesterov sgd 0.05',
 'ok.grade-normal-init-small-std': 'grade, [32 tanh init normal std 0.1, 3 softmax], cce, adam 0.01',
 'ok.price-adam-normtarget': 'price_eur regression, normalizeTarget standard, [16 relu, 1 linear], mse, adam 0.005',
 'ok.price-linear-regression-sgd': 'price_eur, linear regression [1 linear], mse, plain sgd 0.05',
 'ok.price-rmsprop-elu-clip': 'price_eur, minmax features, [24 elu, 12 elu, 1 linear], mse, rmsprop 0.002, clipNorm 1',
 'ok.price-he-uniform-batch128': 'price_eur, [32 relu he_uniform, 16 relu he_uniform, 1 linear], mse, adam 0.01, batch 128',
 'ok.germ-adam-tanh': 'seedling_trays.csv (tab-separated) germination %, [24 tanh, 1 linear], mse, adam 0.01',
 'ok.germ-relu-deep-momentum': 'germination, [32,16,8 relu, 1 linear], mse, sgd 0.01 momentum 0.9',
 'ok.germ-sigmoid-hidden-adam': 'germination, [16 sigmoid, 1 linear], mse, adam 0.02, 200 epochs',
 'ok.germ-rmsprop-val-batch8': 'germination, [32 leaky_relu, dropout 0.1, 1 linear], mse, rmsprop 0.003, batch 8, validation 0.2',
 'ok.germ-minmax-sigmoid-head-minmax': 'germination, minmax features and minmax target, [24 tanh, 1 sigmoid], mse, adam 0.01 (sigmoid head on a [0,1] target)',
 'ok.germ-lecun-elu-wide': 'germination, [64 elu lecun_normal, 1 linear], mse, adam 0.003',
 'ok.takings-adam-relu': 'daily_takings.csv takings_eur, normalizeTarget standard, [32 relu, 16 relu, 1 linear], mse, adam 0.003',
 'ok.takings-linear-nesterov': 'takings, linear regression [1 linear], Nesterov sgd 0.02',
 'ok.takings-batchnorm-rmsprop-wd': 'takings, [24 elu + batch norm, 1 linear], rmsprop 0.003, weight decay 1e-3',
 'ok.takings-fullbatch-adam': 'takings, [16 tanh, 1 linear], adam 0.03, full batch (420), 300 epochs',
 'ok.takings-sigmoid-hidden-rmsprop': 'takings, [12 sigmoid, 1 linear], rmsprop 0.01, batch 16',
 'ok.pest-adam-relu': 'pest_scout.csv 4 string classes (rare spider_mite), [32 relu, 16 relu, 4 softmax], cce, adam 0.003',
 'ok.pest-sgd-tanh': 'pests, [16 tanh, 4 softmax], cce, sgd 0.1 momentum 0.9',
 'ok.pest-deep-leaky-clip': 'pests, [24,24,24 leaky_relu, 4 softmax], cce, adam 0.002, clipNorm 5',
 'ok.iris-adam-small': 'builtin iris, standard, [8 relu, 3 softmax], cce, adam 0.01, batch 16',
 'ok.moons-nesterov-tanh': 'builtin moons noise 0.15, [16 tanh, 16 tanh, 1 sigmoid], bce, Nesterov sgd 0.1',
 'ok.circles-relu-rmsprop': 'builtin circles, [16 relu, 8 relu, 1 sigmoid], bce, rmsprop 0.005, batch 16',
 'ok.spirals-wide-adam': 'builtin spirals 3 classes, [64 relu, 32 relu, 3 softmax], cce, adam 0.01, 300 epochs',
 'ok.sine-tanh-adam': 'builtin sine, [24 tanh, 1 linear], mse, adam 0.01, 300 epochs',
 'ok.blobs-sigmoid-hidden-sgd': 'builtin blobs 4 classes, [8 sigmoid, 4 softmax], cce, plain sgd 0.5',
 'ok.xor-small-elu': 'builtin xor, [8 elu, 1 sigmoid], bce, adam 0.02',
 'ok.inline-compost-mix': 'inline 16-row compost mix table (peat %, bark %) -> plant growth, standard + normalizeTarget, [6 tanh, 1 linear], mse, adam 0.02, full batch',
 'ok.inline-hardy-label': 'inline minimum-temperature table with string labels hardy/tender, logistic [1 sigmoid], bce, plain sgd 0.5',
 'ok.fullbatch-momentum-moons': 'builtin moons, [16 tanh, 1 sigmoid], bce, sgd lr 3 momentum 0.9, full batch (300): unusual but trains to ~0 loss; written as oscillating-loss, re-filed as healthy',
}

cand = os.path.join(HERE, 'candidates')
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, sub), exist_ok=True)
used = set()
def move(final, sub):
    src = RENAMED.get(final, final)
    used.add(src)
    shutil.move(os.path.join(cand, src + '.nn.json'), os.path.join(HERE, sub, final + '.nn.json'))
    return src
faults, healthy = [], []
for final, (code, stage, catches, text) in F.items():
    assert final.startswith(code + '.'), final
    src = move(final, 'faulty')
    faults.append({'file': f'faulty/{final}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[src]})', 'stage': stage, 'catches': catches})
for final, text in HEALTHY.items():
    src = move(final, 'healthy')
    healthy.append({'file': f'healthy/{final}.nn.json', 'covers': f'{text} (observe: {obs[src]})'})
for name in DROPPED:
    move(name, 'dropped')
left = [f for f in os.listdir(cand)]
assert not left, left
os.rmdir(cand)
json.dump(DROPPED, open(os.path.join(HERE, 'dropped', 'reasons.json'), 'w'), indent=1)
about = ('Fault set blind206 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: garden centres and plant nurseries, on this set\'s CSVs (data/generate.ts, seed 206xxx): nursery_stock.csv (480 potted lots, '
         '9 numeric features on natural scales, collinear height/stem, a shade feature with no effect, lot_id and date text columns; targets sold_30d 0/1, '
         'grade A/B/C with rare C, price_eur), its semicolon/decimal-comma export and a stock-take copy with NA/n/a/empty cells, seedling_trays.csv '
         '(tab-separated, germination %), daily_takings.csv (till takings in EUR), pest_scout.csv (4 string classes, rare spider_mite), plus builtins and two inline tables. '
         '"code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it, "catches" the codes whose advice would genuinely fix it. '
         'Each fault text and healthy covers ends with its bare-engine result from test/faults/observe.ts --summary (observed.txt); --curve for the lr, plateau and oscillating candidates (observed-curves.txt). See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
print(len(faults), 'faults', len(healthy), 'healthy', len(DROPPED), 'dropped')
from collections import Counter
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
