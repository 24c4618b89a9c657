#!/usr/bin/env python3
"""Files the candidates of the seventieth blind fault set and writes manifest.json:
`python3 test/faults-blind70/write-manifest.py` (after author.ts and the observe runs).

Verdicts were decided from observed.txt (observe.ts --summary) and observed-curves.txt (--curve),
never from the product. Each manifest entry ends with the spec's observed.txt line."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

# candidate slug -> (code, filed slug, stage, catches, fault)
FAULTS = {
    # invalid-spec
    'x-sales-optimiser-british': ('invalid-spec', 'optimiser-british-spelling', 'static', ['invalid-spec'],
        'the optimizer block written "optimiser" (British spelling) in the daily revenue model, so the optimizer settings are an unknown top-level key'),
    'x-menu-activation-softmax-capital': ('invalid-spec', 'softmax-capitalised', 'static', ['invalid-spec'],
        'menu sales-tier output activation written "Softmax" (Keras class-name habit)'),
    'x-deliveries-epochs-string': ('invalid-spec', 'epochs-quoted-string', 'static', ['invalid-spec'],
        'delivery-time model with "epochs": "120" as a quoted string, copied from a YAML config'),
    'x-fridge-learning-rate-key': ('invalid-spec', 'learning-rate-key', 'static', ['invalid-spec'],
        'cold-chain breach classifier with "learning_rate" (PyTorch/Keras name) instead of "lr" in the optimizer'),
    'x-inspections-keras-loss-name': ('invalid-spec', 'keras-loss-name', 'static', ['invalid-spec'],
        'hygiene grade classifier with loss "categorical_crossentropy" (Keras name) instead of "cce"'),
    # data-error
    'x-sales-text-column-as-feature': ('data-error', 'day-type-text-column-in-features', 'static', ['data-error'],
        'revenue regression with no "features" list, so the text column day_type (busy/normal/quiet) is read as a feature'),
    'x-sales-gaps-na-cells': ('data-error', 'na-temperature-empty-covers', 'static', ['data-error'],
        'daily sales export where the weather sensor wrote "NA" for temperature and some covers cells were left empty'),
    'x-deliveries-target-typo': ('data-error', 'target-column-typo', 'static', ['data-error'],
        'delivery-time target named "delivery_minutes" but the export column is "delivery_min"'),
    'x-fridge-one-week-four-rows': ('data-error', 'pilot-file-four-rows', 'static', ['data-error'],
        'cold-chain breach model pointed at the pilot export of four readings (all without a breach): far too few rows and a single class'),
    'x-deliveries-zone-text-feature': ('data-error', 'zone-name-as-feature', 'static', ['data-error'],
        'delivery zone names (north/centre/south/east) listed as a numeric feature of the delivery-time model'),
    'x-waste-file-name-typo': ('data-error', 'csv-path-typo', 'static', ['data-error'],
        'food-waste model pointing at "foodwaste.csv" while the file is food-waste.csv'),
    # shape-mismatch
    'x-menu-tier-two-outputs': ('shape-mismatch', 'tier-two-outputs', 'static', ['shape-mismatch'],
        'menu sales tier has three classes (low/mid/top) but the softmax output has 2 units (left from a hit/flop model)'),
    'x-sales-daytype-seven-outputs': ('shape-mismatch', 'day-type-seven-outputs', 'static', ['shape-mismatch'],
        'busy/normal/quiet day classifier with a 7-unit softmax copied from a weekday model'),
    'x-deliveries-two-outputs': ('shape-mismatch', 'eta-two-outputs', 'static', ['shape-mismatch'],
        'delivery-minutes regression with a 2-unit output layer (planned pickup and drop-off times) but one target column'),
    'x-inspections-onehot-four-outputs': ('shape-mismatch', 'grade-onehot-four-outputs', 'static', ['shape-mismatch'],
        'hygiene grades given as three one-hot columns but the output has 4 units (a "closed" grade that is not in the data)'),
    'x-inspections-grade-bce-one-unit': ('shape-mismatch', 'grade-abc-one-sigmoid', 'static', ['shape-mismatch', 'loss-activation-mismatch'],
        'three hygiene grades A/B/C fed to one sigmoid unit with bce, as if pass/fail'),
    # loss-activation-mismatch
    'x-sales-revenue-sigmoid-output': ('loss-activation-mismatch', 'revenue-sigmoid-output', 'static', ['loss-activation-mismatch'],
        'daily revenue in currency (about 3,000-14,000) regressed through a sigmoid output under mse, no target scaling: the output cannot exceed 1'),
    'x-fridge-linear-output-bce': ('loss-activation-mismatch', 'breach-linear-output-bce', 'static', ['loss-activation-mismatch'],
        'cold-chain breach flag trained with bce on a linear output unit (no sigmoid)'),
    'x-inspections-onehot-softmax-mse': ('loss-activation-mismatch', 'grade-softmax-mse', 'static', ['loss-activation-mismatch'],
        'hygiene grade one-hot columns trained with mse on a softmax output instead of cce'),
    'x-deliveries-tanh-output-minutes': ('loss-activation-mismatch', 'minutes-tanh-output', 'static', ['loss-activation-mismatch'],
        'delivery minutes (8-59, unscaled) regressed through a tanh output bounded to [-1, 1]'),
    # init-symmetry
    'x-deliveries-zeros-hidden': ('init-symmetry', 'eta-zeros-relu-hidden', 'static', ['init-symmetry'],
        'delivery-time ReLU hidden layers initialised with zeros'),
    'x-waste-zeros-tanh-sgd': ('init-symmetry', 'waste-zeros-tanh', 'static', ['init-symmetry'],
        'food-waste tanh hidden layer and output initialised with zeros'),
    'x-circles-radius-constant-init': ('init-symmetry', 'radius-constant-init', 'static', ['init-symmetry'],
        'inside/outside delivery radius (circles) with constant 0.2 init on both ReLU hidden layers: every unit computes the same feature'),
    'x-sales-daytype-zeros-elu': ('init-symmetry', 'day-type-zeros-elu', 'static', ['init-symmetry'],
        'busy/normal/quiet classifier with zeros init on the ELU hidden layer and the softmax output'),
    # init-scale
    'x-fridge-tanh-std3': ('init-scale', 'breach-tanh-normal-std3', 'static', ['init-scale', 'saturated-activation'],
        'cold-chain tanh layers (32, 16 units) initialised normal with std 3, about 15x Glorot'),
    'x-sales-deep-relu-tiny-uniform': ('init-scale', 'revenue-deep-relu-uniform-0001', 'static', ['init-scale', 'vanishing-gradient'],
        'revenue model with three 32-unit ReLU layers and the output initialised uniform with limit 0.001, far below He'),
    'x-deliveries-relu-std2': ('init-scale', 'eta-relu-normal-std2', 'static', ['init-scale', 'exploding-gradient', 'nan-loss'],
        'delivery-time model with two 64-unit ReLU layers initialised normal with std 2 (He would be about 0.18-0.6)'),
    'x-waste-deep-relu-std1': ('init-scale', 'waste-deep-relu-normal-std1', 'static', ['init-scale', 'exploding-gradient', 'nan-loss'],
        'food-waste model with four 64-unit ReLU layers initialised normal with std 1 (He about 0.18)'),
    # no-nonlinearity
    'x-circles-radius-linear-hidden': ('no-nonlinearity', 'radius-linear-hidden', 'static', ['no-nonlinearity'],
        'inside/outside delivery radius (circles) with both hidden layers set to "linear"'),
    'x-xor-promo-weekend-linear': ('no-nonlinearity', 'promo-weekend-linear-hidden', 'static', ['no-nonlinearity'],
        'promo x weekend uplift interaction (xor) with a linear hidden layer'),
    'x-moons-kitchens-linear': ('no-nonlinearity', 'kitchens-activation-omitted', 'static', ['no-nonlinearity'],
        'two-kitchen zones (moons) with the hidden activations omitted, so they default to linear'),
    # lr-out-of-range
    'x-menu-adam-lr-5': ('lr-out-of-range', 'menu-adam-lr-5', 'static', ['lr-out-of-range', 'lr-too-high'],
        'menu tier classifier with adam at lr 5'),
    'x-waste-sgd-lr-1e-8': ('lr-out-of-range', 'waste-sgd-lr-1e-8', 'static', ['lr-out-of-range', 'lr-too-low'],
        'food-waste regression with plain sgd at lr 1e-8'),
    'x-fridge-rmsprop-lr-3': ('lr-out-of-range', 'breach-rmsprop-lr-3', 'static', ['lr-out-of-range', 'lr-too-high'],
        'cold-chain breach classifier with rmsprop at lr 3'),
    'x-deliveries-sgd-lr-40': ('lr-out-of-range', 'eta-sgd-lr-40', 'static', ['lr-out-of-range', 'lr-too-high', 'nan-loss'],
        'delivery-time regression with sgd at lr 40 (meant 0.04)'),
    # dead-relu
    'x-fridge-raw-watts-relu-sgd': ('dead-relu', 'breach-raw-watts-relu', 'probe', ['dead-relu'],
        'cold-chain breach ReLU network on raw sensor columns (compressor power in hundreds of W) without normalization; sgd 0.05'),
    'x-sales-relu-bias-minus5': ('dead-relu', 'day-type-relu-bias-minus5', 'probe', ['dead-relu'],
        'busy/normal/quiet classifier with ReLU hidden biases set to -5 (meant as a sparsity trick)'),
    'x-inspections-relu-raw-seats-days': ('dead-relu', 'grade-raw-days-seats-relu', 'probe', ['dead-relu'],
        'hygiene grade ReLU network on raw columns (days since last inspection in hundreds, seats) with sgd momentum 0.9'),
    'x-waste-adam-lr-03': ('dead-relu', 'waste-adam-lr-03-relu', 'probe', ['dead-relu', 'lr-too-high'],
        'food-waste ReLU regression with adam at lr 0.3: the first steps push the second layer dead'),
    # exploding-gradient
    'x-deliveries-raw-distance-momentum': ('exploding-gradient', 'eta-raw-distance-momentum', 'probe', ['exploding-gradient', 'lr-too-high', 'dead-relu'],
        'delivery minutes on raw columns (distance in m, basket value) with no normalization, sgd momentum 0.9'),
    'x-sales-raw-revenue-sgd-lr01': ('exploding-gradient', 'revenue-raw-everything-sgd', 'probe', ['exploding-gradient', 'lr-too-high', 'dead-relu'],
        'revenue in currency with raw covers and temperature columns, no normalization of features or target, sgd 0.01'),
    'x-waste-raw-covers-sgd': ('exploding-gradient', 'waste-raw-covers-sgd', 'probe', ['exploding-gradient', 'lr-too-high'],
        'food-waste kg on raw covers and prepped kg (hundreds) without normalization, ELU layer, sgd 0.02 batch 16'),
    # vanishing-gradient
    'x-inspections-deep-sigmoid-sgd': ('vanishing-gradient', 'grade-six-sigmoid-layers', 'probe', ['vanishing-gradient'],
        'hygiene grade classifier with six 16-unit sigmoid hidden layers and plain sgd'),
    'x-fridge-deep-sigmoid-momentum': ('vanishing-gradient', 'breach-five-sigmoid-layers', 'probe', ['vanishing-gradient'],
        'cold-chain breach classifier with five 24-unit sigmoid hidden layers, sgd momentum 0.9 at lr 0.01'),
    'x-waste-deep-sigmoid-sgd': ('vanishing-gradient', 'waste-six-sigmoid-layers', 'probe', ['vanishing-gradient'],
        'food-waste regression with six 32-unit sigmoid hidden layers and plain sgd 0.01'),
    # nan-loss
    'x-deliveries-relu-sgd-lr-high': ('nan-loss', 'eta-relu-sgd-lr-05', 'probe', ['nan-loss', 'lr-too-high', 'exploding-gradient'],
        'delivery-time ReLU regression with sgd at lr 0.5 and batch 16'),
    'x-sales-raw-revenue-sgd': ('nan-loss', 'revenue-raw-target-sgd', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high'],
        'revenue in currency as the raw mse target (no normalizeTarget) with sgd 0.001'),
    'x-waste-sgd-lr-02-b8': ('nan-loss', 'waste-momentum-lr-02-b8', 'probe', ['nan-loss', 'lr-too-high', 'exploding-gradient'],
        'food-waste tanh regression with sgd lr 0.2, momentum 0.9 and batch 8'),
    'x-sales-momentum-099': ('nan-loss', 'revenue-momentum-099', 'training', ['nan-loss', 'lr-too-high'],
        'revenue ReLU regression with sgd lr 0.05 and momentum 0.99'),
    'x-waste-momentum-lr-01-b8': ('nan-loss', 'waste-momentum-lr-01-b8', 'training', ['nan-loss', 'lr-too-high'],
        'food-waste tanh regression with sgd lr 0.1, momentum 0.9 and batch 8'),
    # lr-too-high
    'x-menu-adam-lr-04': ('lr-too-high', 'menu-adam-lr-04', 'probe', ['lr-too-high', 'dead-relu'],
        'menu tier ReLU classifier with adam at lr 0.4'),
    'x-sales-daytype-adam-lr-02-b8': ('lr-too-high', 'day-type-adam-lr-02-b8', 'training', ['lr-too-high', 'oscillating-loss'],
        'busy/normal/quiet tanh classifier with adam at lr 0.2 and batch 8'),
    'x-menu-sgd-lr-3-tanh': ('lr-too-high', 'menu-sgd-lr-3', 'training', ['lr-too-high', 'oscillating-loss'],
        'menu tier tanh classifier with plain sgd at lr 3'),
    # lr-too-low
    'x-waste-sgd-lr-1e-5': ('lr-too-low', 'waste-sgd-lr-1e-5', 'probe', ['lr-too-low', 'loss-plateau'],
        'food-waste regression with plain sgd at lr 1e-5 for 200 epochs'),
    'x-sales-daytype-adam-lr-1e-5': ('lr-too-low', 'day-type-adam-lr-1e-5', 'probe', ['lr-too-low', 'loss-plateau'],
        'busy/normal/quiet classifier with adam at lr 1e-5 for 100 epochs'),
    'x-menu-rmsprop-lr-3e-6': ('lr-too-low', 'menu-rmsprop-lr-3e-6', 'probe', ['lr-too-low', 'loss-plateau'],
        'menu tier classifier with rmsprop at lr 3e-6 for 120 epochs'),
    # saturated-activation
    'x-menu-sigmoid-raw-calories': ('saturated-activation', 'menu-sigmoid-raw-calories', 'probe', ['saturated-activation'],
        'menu tier sigmoid hidden layer fed raw calories (hundreds) and prices without normalization'),
    'x-fridge-tanh-raw-watts': ('saturated-activation', 'breach-tanh-raw-watts', 'probe', ['saturated-activation'],
        'cold-chain tanh hidden layer fed raw compressor power (hundreds of W) without normalization'),
    'x-inspections-tanh-raw-days': ('saturated-activation', 'grade-tanh-raw-days', 'probe', ['saturated-activation'],
        'hygiene grade tanh hidden layer fed raw days since last inspection and seats without normalization'),
    'x-deliveries-epoch-timestamp-feature': ('saturated-activation', 'eta-epoch-timestamp-tanh', 'probe', ['saturated-activation'],
        'delivery-time tanh model with the order creation epoch timestamp (about 1.7e9) as a raw feature, no normalization'),
    # loss-plateau
    'x-menu-weight-decay-05-sgd': ('loss-plateau', 'menu-weight-decay-05', 'training', ['loss-plateau'],
        'menu tier classifier with weightDecay 0.5 (meant 5e-4)'),
    'x-sales-daytype-ids-only': ('loss-plateau', 'day-type-from-date-and-store-id', 'training', ['loss-plateau'],
        'busy/normal/quiet classifier given only the date epoch and the store id (constant in this store) as features'),
    'x-waste-weight-decay-1': ('loss-plateau', 'waste-weight-decay-1', 'training', ['loss-plateau'],
        'food-waste regression with adam and weightDecay 1 (meant 1e-4)'),
    # oscillating-loss
    'x-fridge-adam-lr-03-b16': ('oscillating-loss', 'breach-adam-lr-03-b16', 'training', ['oscillating-loss', 'lr-too-high'],
        'cold-chain breach tanh classifier with adam at lr 0.3 and batch 16'),
    'x-moons-kitchens-adam-lr-05': ('oscillating-loss', 'kitchens-adam-lr-05', 'training', ['oscillating-loss', 'lr-too-high'],
        'two-kitchen zones (moons, noise 0.2) tanh classifier with adam at lr 0.5 and batch 16'),
    'x-inspections-momentum-lr-1': ('oscillating-loss', 'grade-momentum-lr-1', 'training', ['oscillating-loss', 'lr-too-high'],
        'hygiene grade tanh classifier with sgd lr 1 and momentum 0.9'),
}

HEALTHY = {
    'sales-revenue-adam': 'daily-sales.csv revenue (currency) standard + normalizeTarget standard, [16 relu, 8 relu, 1 linear], mse, adam 0.01',
    'sales-revenue-covers-adam-b16': 'daily-sales.csv revenue with covers, [24 relu, 1], mse, adam 0.003, batch 16, validationSplit 0.2',
    'sales-revenue-rmsprop-minmax': 'daily-sales.csv revenue minmax + normalizeTarget minmax, [12 tanh, 1], mse, rmsprop 0.003',
    'sales-daytype-cce-adam': 'daily-sales.csv busy/normal/quiet (string classes), [16 relu, 3 softmax], cce, adam 0.005, validationSplit 0.2',
    'sales-daytype-momentum-elu': 'daily-sales.csv day type, [24 elu, dropout 0.1, 3 softmax], cce, sgd 0.02 momentum 0.9',
    'sales-daytype-adam-bn-b64': 'daily-sales.csv day type, [32 relu batchNorm, 3 softmax], cce, adam 0.003, batch 64',
    'deliveries-minutes-adam': 'deliveries.csv delivery minutes (heavy-tailed) standard + normalizeTarget, [32 relu, 16 relu, 1], mse, adam 0.003, batch 64',
    'deliveries-minutes-sgd-tanh': 'deliveries.csv delivery minutes, [16 tanh, 1], mse, sgd 0.05, batch 16',
    'deliveries-minutes-batchnorm-wd': 'deliveries.csv delivery minutes, [32 relu bn, 16 relu bn, 1], mse, adam 0.005 weightDecay 1e-4, validationSplit 0.15',
    'deliveries-minutes-rmsprop-leaky-clip': 'deliveries.csv delivery minutes, [24 leaky_relu, 12 leaky_relu, 1], mse, rmsprop 0.002 clipNorm 5',
    'fridge-breach-adam': 'fridge-log.csv cold-chain breach (4.7% positive), [16 relu, 8 relu, 1 sigmoid], bce, adam 0.005',
    'fridge-breach-rmsprop-minmax': 'fridge-log.csv breach minmax, [12 tanh, 1 sigmoid], bce, rmsprop 0.005',
    'fridge-breach-nesterov-elu': 'fridge-log.csv breach, [16 elu, 1 sigmoid], bce, sgd 0.02 momentum 0.9 nesterov',
    'fridge-breach-bn-dropout': 'fridge-log.csv breach, [32 relu bn, dropout 0.2, 16 relu, 1 sigmoid], bce, adam 0.003, batch 64, validationSplit 0.2',
    'fridge-breach-wd-clip-adam': 'fridge-log.csv breach, [24 leaky_relu, 1 sigmoid], bce, adam 0.005 weightDecay 5e-4 clipNorm 1',
    'fridge-breach-sgd-tanh': 'fridge-log.csv breach, [8 tanh, 1 sigmoid], bce, plain sgd 0.1, 200 epochs',
    'menu-tier-adam': 'menu-items.csv sales tier low/mid/top, [16 relu, 3 softmax], cce, adam 0.01',
    'menu-tier-sgd-tanh': 'menu-items.csv tier, [12 tanh, 3 softmax], cce, plain sgd 0.1, batch 16',
    'menu-tier-elu-he-uniform': 'menu-items.csv tier minmax, [32 elu he_uniform, 16 elu he_uniform, 3 softmax], cce, adam 0.003',
    'inspections-grade-adam': 'inspections.csv hygiene grade A/B/C, [16 relu, 8 relu, 3 softmax], cce, adam 0.005',
    'inspections-onehot-elu-minmax': 'inspections.csv grade as one-hot columns grade_A..C, minmax, [20 elu, 3 softmax], cce, adam 0.01',
    'inspections-onehot-rmsprop-relu-b64': 'inspections.csv grade one-hot columns, [24 relu, 12 relu, 3 softmax], cce, rmsprop 0.003, batch 64',
    'inspections-grade-momentum-wd': 'inspections.csv grade, [32 leaky_relu, dropout 0.2, 3 softmax], cce, sgd 0.01 momentum 0.9 weightDecay 5e-4',
    'inspections-grade-lecun-tanh-rmsprop': 'inspections.csv grade, [16 tanh lecun_normal, 3 softmax], cce, rmsprop 0.005, batch 16',
    'waste-kg-adam': 'food-waste.csv waste kg per shift standard + normalizeTarget, [16 relu, 1], mse, adam 0.01',
    'waste-kg-sgd-tanh': 'food-waste.csv waste kg, [8 tanh, 1], mse, plain sgd 0.05',
    'waste-kg-rmsprop-deep': 'food-waste.csv waste kg, [32 relu, 16 relu, 8 relu, 1], mse, rmsprop 0.001, 200 epochs',
    'waste-kg-nesterov-elu': 'food-waste.csv waste kg minmax features + normalizeTarget standard, [16 elu, 1], mse, sgd 0.01 momentum 0.9 nesterov',
    'circles-delivery-radius': 'builtin circles (inside/outside delivery radius) 300 samples, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.01',
    'blobs-customer-segments': 'builtin blobs 4 classes (customer segments) 400 samples, [16 relu, 4 softmax], cce, sgd 0.05 momentum 0.9',
    'blobs-menu-clusters-3-adam-dropout': 'builtin blobs 3 classes noise 0.2, [32 relu, dropout 0.2, 3 softmax], cce, adam 0.005',
    'sine-intraday-demand': 'builtin sine (intraday demand curve) 300 samples, [32 tanh, 1], mse, adam 0.01, 300 epochs',
    'moons-two-kitchens-rmsprop': 'builtin moons (two kitchens) 300 samples, [24 relu, 12 relu, 1 sigmoid], bce, rmsprop 0.005',
    'xor-promo-weekend-16-slower': 'builtin xor (promo x weekend interaction), [16 tanh, 1 sigmoid], bce, adam 0.005',
    'xor-promo-weekend-relu': 'builtin xor (promo x weekend), [16 relu, 8 relu, 1 sigmoid], bce, adam 0.01',
    'inline-queue-minutes': 'inline 20-row table (covers per hour, staff at the till) -> queue minutes, standard + normalizeTarget, [8 tanh, 1], mse, adam 0.02, batch 8',
}

DROPPED = {
    'x-deliveries-hour-linear-stack': 'all-linear delivery-time stack (meant as no-nonlinearity): fits about as well as the tanh healthy one (last/base 0.39), no clear symptom',
    'x-menu-constant-tanh': 'constant init on the menu tier (meant as init-symmetry): the tier is close to one linear score, so one effective unit suffices and it trains like the healthy one',
    'x-menu-deep-tanh-std002': 'deep tanh with std 0.02 (meant as vanishing-gradient): trained to last/base 0.36, no vanishing',
    'x-fridge-rmsprop-lr-02': 'rmsprop lr 0.2 on the breach data (meant as lr-too-high): trained to last/base 0.07',
    'x-deliveries-rmsprop-lr-003-b8': 'rmsprop 0.03 batch 8 (meant as oscillating-loss): noisy but steady at last/base 0.37',
    'x-inspections-adam-lr-008-b4': 'adam 0.08 batch 4 (meant as oscillating-loss): swings of a few % of the baseline only, last/base 0.25',
    'x-deliveries-dropout-09': 'dropout 0.9 twice (meant as loss-plateau): train loss starts at 200 and falls slowly to 1.24 x baseline; neither a plateau nor anything else clear',
    'x-sales-revenue-adam-lr-01-b16': 'adam 0.1 on revenue: noisy, last/base 0.17 with 69% of the first layer dead at the end; mixed, not clear enough',
    'x-deliveries-sgd-lr-03-b16': 'sgd 0.3 on delivery minutes: flat and noisy at 0.45 x baseline; not clearly lr-too-high nor oscillating',
    'x-menu-rmsprop-lr-005-b8': 'rmsprop 0.05 batch 8: noisy but keeps improving (last/base 0.23)',
    'x-fridge-adam-lr-01-b8': 'adam 0.1 batch 8 on breach: trains (last/base 0.12) with small swings',
    'x-inspections-rmsprop-lr-01-b16': 'rmsprop 0.1 on grades: trains to last/base 0.01 despite update ratios up to 0.28',
    'x-sales-daytype-rmsprop-lr-02-b16': 'rmsprop 0.2 on day type: min 0.32, last 0.43 of baseline 1.09, swings below 10%; borderline',
    'x-sales-momentum-099-lr-001': 'momentum 0.99 at lr 0.01 (meant as oscillating-loss): converges to last/base 0.04',
    'x-inspections-momentum-095-lr-03': 'momentum 0.95 lr 0.3 (meant as oscillating-loss): reaches loss 1.5e-4 with the tanh layer 95% saturated; a perfect fit, not a clear fault',
    'xor-promo-weekend': 'meant healthy: hidden tanh layer 42-49% saturated at the end of training',
    'waste-kg-raw-target-adam': 'meant healthy (raw kg target): a hidden ReLU layer reached 50% dead during the run',
    'deliveries-minutes-batch128-momentum': 'meant healthy: loss rose from 1.16 to 1.77 in epochs 2-4 before settling at 0.38-0.41',
    'menu-tier-rmsprop-bn': 'meant healthy: noisy late curve (0.29 to 0.50 swings), last above min by 0.05',
    'sales-daytype-tanh-xavier-rmsprop': 'meant healthy: second tanh layer up to 45% saturated in late epochs',
    'sales-revenue-sgd-momentum-bn': 'meant healthy: a late loss rise of 0.18 x baseline above its best',
}


def observed_lines():
    lines = {}
    for line in open(os.path.join(HERE, 'observed.txt')):
        line = line.rstrip('\n')
        key = line.split(':', 1)[0].split(' ', 1)[0]
        if key.endswith('.nn.json'):
            key = key[: -len('.nn.json')]
        lines[key] = line
    return lines


def main():
    obs = observed_lines()
    cands = sorted(f[: -len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    assigned = set(FAULTS) | set(HEALTHY) | set(DROPPED)
    missing = [c for c in cands if c not in assigned]
    extra = [a for a in assigned if a not in cands]
    assert not missing and not extra, (missing, extra)
    assert not (set(FAULTS) & set(HEALTHY)) and not (set(FAULTS) & set(DROPPED)) and not (set(HEALTHY) & set(DROPPED))
    for d in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    faults, healthy = [], []
    for slug, (code, name, stage, catches, text) in FAULTS.items():
        assert code in catches
        rel = f'faulty/{code}.{name}.nn.json'
        shutil.copy(os.path.join(CAND, slug + '.nn.json'), os.path.join(HERE, rel))
        faults.append({'file': rel, 'code': code, 'fault': f'{text} (observe: {obs[slug]})', 'stage': stage, 'catches': catches})
    for slug, text in HEALTHY.items():
        rel = f'healthy/{slug}.nn.json'
        shutil.copy(os.path.join(CAND, slug + '.nn.json'), os.path.join(HERE, rel))
        healthy.append({'file': rel, 'covers': f'{text} (observe: {obs[slug]})'})
    for slug in DROPPED:
        shutil.copy(os.path.join(CAND, slug + '.nn.json'), os.path.join(HERE, 'dropped', slug + '.nn.json'))
    names = [f['file'] for f in faults]
    assert len(names) == len(set(names))
    about = (
        'Seventieth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
        'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
        'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
        'Each "fault" text (and each healthy "covers") ends with the line measured on the bare engine by test/faults/observe.ts --summary '
        '(observed.txt); --curve for the lr-too-high, lr-too-low, oscillating and plateau ones and the borderline healthy ones '
        '(observed-curves.txt); no diagnosis code involved. Theme: restaurants and food service: daily sales of one restaurant '
        '(daily-sales.csv: weekday, weather one-hot, temperature, holiday and promo flags, covers, skewed revenue in currency, '
        'busy/normal/quiet day type; an epoch date column and a store id constant within the store), delivery orders (deliveries.csv: '
        'order id, epoch timestamp, distance in m, basket, items, hour, couriers, heavy-tailed delivery minutes), kitchen fridge sensor '
        'logs (fridge-log.csv: temperature, door openings, compressor power in W, ambient, rare cold-chain breach 4.7%), menu items '
        '(menu-items.csv: price, calories in the hundreds, prep minutes, sales tier low/mid/top), hygiene inspections (inspections.csv: '
        'violations, days since last, compliance shares, seats, grade A/B/C also as one-hot columns) and food waste per shift '
        '(food-waste.csv), plus faulty exports (NA cells, a text zone column, a four-row pilot file), the builtins circles, moons, xor, '
        'blobs and sine, and one inline table. Data written by data/generate.ts; candidate specs by author.ts; filing and this manifest '
        'by write-manifest.py. See README.md for how it was written and what was read.'
    )
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    counts = {}
    for f in faults:
        counts[f['code']] = counts.get(f['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(DROPPED)} dropped')
    for code, n in sorted(counts.items()):
        print(f'  {code}: {n}')


if __name__ == '__main__':
    main()
