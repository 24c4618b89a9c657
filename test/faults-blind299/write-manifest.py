#!/usr/bin/env python3
"""Files the candidates of blind299 by what observe.ts showed, and writes manifest.json.
Run from test/faults-blind299: python3 write-manifest.py"""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
obs = {}
for line in open('observed.txt'):
    s = line.strip()
    if not s: continue
    name = s.split('.nn.json')[0] if '.nn.json' in s.split(':')[0] or ' does not parse' in s else s.split(':')[0]
    name = name.split(':')[0].strip()
    obs[name] = s

# candidate -> (code, stage, catches, fault text); code differing from the prefix = re-filed
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch script; the format knows sgd, adam, rmsprop'),
 'invalid-spec.activation-Relu': ('invalid-spec', 'static', [], 'activation typed "Relu" (class-name habit) on both hidden layers of the filling classifier'),
 'invalid-spec.dropout-as-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage, 30, instead of 0.3'),
 'invalid-spec.validation-split-one': ('invalid-spec', 'static', [], 'validationSplit 1.0 meant as "validate", leaving no rows to train on'),
 'data-error.file-name-typo': ('data-error', 'static', [], 'data path "stand_day.csv" missing the s of stand_days.csv'),
 'data-error.stand-id-as-feature': ('data-error', 'static', [], 'the text column stand_id (PLAZA, BEACH...) added to the numeric features'),
 'data-error.target-typo': ('data-error', 'static', [], 'target "fillings" but the till export column is "filling"'),
 'data-error.na-export': ('data-error', 'static', [], 'the till export with NA, n/a and blank readings from offline days used as is'),
 'data-error.outside-workspace': ('data-error', 'static', [], 'data path pointing at a shared folder outside the workspace'),
 'shape-mismatch.three-fillings': ('shape-mismatch', 'static', [], '3 softmax units for the 4 fillings (ham_cheese, the rare savory one, forgotten)'),
 'shape-mismatch.sales-two-outputs': ('shape-mismatch', 'static', [], 'churros_sold regression with 2 output units'),
 'shape-mismatch.iris-two-units': ('shape-mismatch', 'static', [], 'iris (3 classes) with a 2-unit softmax head'),
 'shape-mismatch.orders-five-classes': ('shape-mismatch', 'static', [], '5 softmax units for the 4 fillings (a planned fifth filling not in the data)'),
 'loss-activation-mismatch.softmax-mse-sales': ('loss-activation-mismatch', 'static', [], 'a 1-unit softmax head on the churros_sold regression under mse (always outputs 1)'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce on batch rejection with a linear output instead of sigmoid'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce on the fillings with a sigmoid head instead of softmax'),
 'loss-activation-mismatch.relu-head-std-target': ('loss-activation-mismatch', 'static', [], 'relu output on a standardised wait-time target, which is negative for half the tickets'),
 'loss-activation-mismatch.tanh-head-raw-churros': ('loss-activation-mismatch', 'static', [], 'tanh output for raw churros_sold (87 to 543) with no normalizeTarget'),
 'init-symmetry.zeros-hidden-orders': ('init-symmetry', 'static', [], 'hidden tanh layer of 32 initialised to zeros: all units stay identical'),
 'init-symmetry.constant-hidden-batter': ('init-symmetry', 'static', [], 'two relu layers initialised to the constant 0.1'),
 'init-symmetry.zeros-two-layers-sales': ('init-symmetry', 'static', ['dead-relu'], 'two relu layers initialised to zeros: no gradient reaches them'),
 'init-symmetry.zeros-moons': ('init-symmetry', 'static', [], 'sigmoid hidden layer of 16 initialised to zeros on moons'),
 'init-scale.normal-std-20-sales': ('init-scale', 'static', ['exploding-gradient'], 'normal init std 20 on two relu layers of the sales model'),
 'init-scale.uniform-tiny-deep': ('init-scale', 'static', ['vanishing-gradient'], 'uniform init limit 1e-5 on every layer of a 3-hidden-layer relu net'),
 'init-scale.tanh-std-8': ('init-scale', 'static', ['saturated-activation'], 'normal init std 8 on two tanh layers'),
 'init-scale.normal-std-1e-4-deep': ('init-scale', 'static', ['vanishing-gradient'], 'normal init std 1e-4 on every layer of a 3-hidden-layer elu net'),
 'no-nonlinearity.linear-stack-orders': ('no-nonlinearity', 'static', [], 'two hidden layers left without activation (linear) in the filling classifier'),
 'no-nonlinearity.linear-moons': ('no-nonlinearity', 'static', [], 'two linear hidden layers on moons'),
 'no-nonlinearity.linear-circles': ('no-nonlinearity', 'static', [], 'two linear hidden layers on circles'),
 'no-nonlinearity.linear-xor': ('no-nonlinearity', 'static', [], 'three linear hidden layers on xor'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 5 (meant 5e-3)'),
 'lr-out-of-range.sgd-lr-80': ('lr-out-of-range', 'static', ['lr-too-high'], 'sgd lr 80 (typed in place of epochs)'),
 'lr-out-of-range.rmsprop-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-9'),
 'lr-out-of-range.sgd-1e-8': ('lr-out-of-range', 'static', ['lr-too-low'], 'sgd with momentum at lr 1e-8'),
 'dead-relu.bias-minus-6': ('dead-relu', 'probe', [], 'relu layers with initial bias -6 on standardised features: most units never fire'),
 'dead-relu.big-lr-killed': ('dead-relu', 'probe', ['lr-too-high'], 'sgd lr 3 with momentum 0.9 kills the second relu layer in the first steps'),
 'dead-relu.negative-constant-bias-queue': ('dead-relu', 'probe', [], 'relu layers with initial bias -3; the second layer is mostly dead'),
 'exploding-gradient.raw-everything-sales': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'no feature or target normalization: foot_traffic in thousands and churros in hundreds'),
 'exploding-gradient.raw-grams-batter-deep': ('exploding-gradient', 'probe', ['dead-relu'], 'raw flour grams, milk ml and oil temperature into a 3-layer relu net with sgd momentum'),
 'exploding-gradient.raw-target-rmsprop': ('exploding-gradient', 'probe', ['dead-relu'], 'churros_sold in raw units with no normalizeTarget, sgd momentum 0.9 (slug says rmsprop; the spec uses sgd)'),
 'vanishing-gradient.deep-sigmoid-orders': ('vanishing-gradient', 'probe', [], 'seven sigmoid hidden layers under plain sgd'),
 'vanishing-gradient.deep-sigmoid-batter': ('vanishing-gradient', 'probe', [], 'six sigmoid hidden layers under sgd momentum 0.5'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'probe', ['init-scale'], 'five tanh layers with init std 0.02'),
 'vanishing-gradient.sigmoid-tower-spirals': ('vanishing-gradient', 'probe', [], 'eight sigmoid hidden layers on spirals'),
 'nan-loss.sgd-raw-churros': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'sgd 0.05 on raw features and raw churros_sold'),
 'nan-loss.huge-init-linear-deep': ('nan-loss', 'probe', ['init-scale', 'exploding-gradient'], 'init std 50 on linear layers over raw features and target'),
 'dead-relu.raw-traffic-sgd': ('nan-loss', 'probe', ['exploding-gradient'], 'raw foot_traffic and price cents into relu layers under sgd 0.01 (written as dead-relu; it went NaN in epoch 1)'),
 'exploding-gradient.raw-minute-of-day': ('nan-loss', 'probe', ['exploding-gradient'], 'raw minute_of_day (480..1380) and raw wait minutes under sgd (written as exploding-gradient; NaN in epoch 1)'),
 'oscillating-loss.momentum-0.99-sgd': ('nan-loss', 'training', ['lr-too-high'], 'sgd lr 0.1 with momentum 0.99 (written as oscillating; it diverged steadily to NaN)'),
 'lr-too-high.sgd-4-moons': ('lr-too-high', 'probe', [], 'sgd lr 4 with momentum 0.9 on moons'),
 'lr-too-high.rmsprop-0.2-batter': ('lr-too-high', 'probe', ['oscillating-loss'], 'rmsprop lr 0.2 on batch rejection'),
 'lr-too-high.adam-0.3-queue': ('lr-too-high', 'probe', ['oscillating-loss'], 'adam lr 0.3 on the wait-time model'),
 'lr-too-low.sgd-1e-5-orders': ('lr-too-low', 'probe', [], 'plain sgd lr 1e-5 on the filling classifier'),
 'lr-too-low.adam-1e-6-batter': ('lr-too-low', 'probe', [], 'adam lr 1e-6'),
 'lr-too-low.rmsprop-2e-6-sales': ('lr-too-low', 'probe', [], 'rmsprop lr 2e-6'),
 'lr-too-low.adam-5e-6-iris': ('lr-too-low', 'probe', [], 'adam lr 5e-6 on iris'),
 'saturated-activation.sigmoid-raw-traffic': ('saturated-activation', 'probe', [], 'sigmoid hidden layer fed raw foot_traffic and price cents (normalize none)'),
 'saturated-activation.tanh-raw-batter': ('saturated-activation', 'probe', [], 'tanh layers fed raw grams, ml and oil temperature'),
 'saturated-activation.sigmoid-bias-8': ('saturated-activation', 'probe', [], 'sigmoid hidden layer with initial bias 8'),
 'saturated-activation.tanh-raw-minutes': ('saturated-activation', 'probe', [], 'tanh layers fed raw minute_of_day and queue lengths'),
 'loss-plateau.heavy-weight-decay': ('loss-plateau', 'training', [], 'weightDecay 2 (meant 2e-4) holds the classifier at the class prior'),
 'loss-plateau.one-unit-spirals': ('loss-plateau', 'training', [], 'a single tanh hidden unit for 3-class spirals'),
 'loss-plateau.sgd-sigmoid-circles': ('loss-plateau', 'training', [], '4 sigmoid units under plain sgd 0.05 on circles, stuck at chance'),
 'oscillating-loss.adam-0.05-batch-1': ('oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.05 with batch size 1'),
 'oscillating-loss.rmsprop-0.03-batch-2': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop lr 0.03 with batch size 2'),
}
DROP = {
 'invalid-spec.loss-keras-name': 'trimmed: a fourth unknown-name typo adds nothing (set kept within 65)',
 'invalid-spec.init-glorot': 'trimmed: another unknown-name typo (set kept within 65)',
 'invalid-spec.batchsize-zero': 'trimmed: a third out-of-range field (set kept within 65)',
 'data-error.date-as-feature': 'trimmed: a second text-feature case, like stand-id-as-feature',
 'shape-mismatch.bce-two-units': 'the engine accepted 2 sigmoid units on a 0/1 target under bce and trained to 0.34 of baseline: not clearly a fault',
 'loss-activation-mismatch.sigmoid-head-raw-wait': 'trimmed: a third bounded-head case like tanh-head-raw-churros',
 'init-symmetry.constant-tanh-queue': 'trained to 0.04 of baseline, near the healthy queue specs: symmetry did not show',
 'init-scale.uniform-limit-15': 'trained to 0.05 of baseline with accuracy 1.0 on circles: the fault did not show',
 'no-nonlinearity.linear-queue': 'the wait-time target is nearly linear in the features (0.12 of baseline): borderline',
 'lr-out-of-range.adam-lr-20': 'trimmed: duplicate of adam-lr-5',
 'dead-relu.bias-minus-4-batter': 'dead fraction 0.58 but still reached 0.36 of baseline: borderline',
 'exploding-gradient.deep-std-1-relu': 'NaN in epoch 1 (would be nan-loss); trimmed, nan-loss had enough',
 'nan-loss.rmsprop-raw-sales-deep': 'its slug names rmsprop but the spec uses sgd; a duplicate of the raw-sales nan cases',
 'nan-loss.sgd-momentum-raw-waits': 'no NaN: the loss rose to 24 times baseline and bounced; lr-too-high or exploding, ambiguous',
 'lr-too-high.adam-0.5-orders': 'sat at the class prior with noise: could read as plateau or dead units; ambiguous',
 'lr-too-high.nesterov-1.5-sales': 'NaN at epoch 2 (would be nan-loss); trimmed, nan-loss had enough',
 'lr-too-low.sgd-momentum-1e-5-queue': 'the loss fell steadily from 2.40 to 0.52: slow but not barely moving; borderline',
 'saturated-activation.sigmoid-std-6': 'saturated fraction about 0.5 and 0.41 of baseline: borderline, could be init-scale',
 'loss-plateau.dropout-0.9-tiny': 'kept falling slowly with noise to 0.77: neither a clean plateau nor healthy',
 'loss-plateau.clipnorm-tiny': 'clipNorm 1e-4 makes the loss fall by 3e-4 per epoch: reads as lr-too-low, ambiguous',
 'oscillating-loss.adam-0.02-batch-4-sales': 'swings of about 0.02 around 0.06 of baseline: too small to be clearly oscillating',
 'oscillating-loss.sgd-full-batch-edge': 'diverged steadily to NaN at epoch 29 (would be nan-loss); trimmed',
 'ok.orders-he-uniform-wide': 'ended at 0.41 of baseline while other filling classifiers reach 0.10-0.19: not as good as alternatives',
 'ok.orders-minmax-sigmoid-hidden': 'ended at 0.40 of baseline: not as good as alternatives',
 'ok.orders-batch-1-sgd': 'ended at 0.37 of baseline in 40 epochs: not as good as alternatives',
 'ok.batter-logistic': 'logistic regression ends at 0.39 (the oil-temperature effect is not linear): could be read as a plateau',
 'ok.batter-full-batch-adam': 'ended at 0.35 of baseline against 0.17 for others',
 'ok.moons-batch-1-rmsprop': 'ended at 0.29 of baseline on moons, which others fit to 0.00',
 'ok.queue-batchnorm-wide': 'final loss 0.083 doubled from its minimum 0.039: may be unstable',
 'ok.queue-rmsprop-leaky-batchnorm': 'final loss 0.083 doubled from its minimum 0.043: may be unstable',
}
HEALTHY = {
 'ok.sales-adam-relu': 'stand_days.csv standard + normalizeTarget standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32',
 'ok.sales-sgd-momentum-tanh': 'stand_days.csv, [24 tanh, 1], mse, sgd 0.02 momentum 0.9',
 'ok.sales-rmsprop-elu-minmax': 'stand_days.csv minmax features, [32 elu, 1], mse, rmsprop 0.002, batch 16',
 'ok.sales-batchnorm-dropout': 'stand_days.csv, [48 relu batchNorm, dropout 0.1, 24 relu, 1], adam 0.002, batch 64, validationSplit 0.2',
 'ok.sales-linear-regression': 'stand_days.csv, a single linear unit (linear regression), sgd 0.03',
 'ok.sales-nesterov-leaky': 'stand_days.csv, [32 leaky_relu, 16 leaky_relu, 1], sgd 0.01 Nesterov 0.9',
 'ok.sales-target-minmax-full-batch': 'stand_days.csv, normalizeTarget minmax, [16 relu, 1], adam 0.01, full batch 480, 400 epochs',
 'ok.sales-weight-decay-clip': 'stand_days.csv, [64 relu, 32 relu, 1], adam 0.001 weightDecay 1e-4 clipNorm 5, batch 16',
 'ok.sales-normal-init-std': 'stand_days.csv, normal init std 0.1, [32 relu, 1], rmsprop 0.001',
 'ok.orders-adam-relu': 'orders.csv (4 string classes, ham_cheese rare), [32 relu, 16 relu, 4 softmax], cce, adam 0.003',
 'ok.orders-sgd-momentum-tanh': 'orders.csv, [32 tanh, 4 softmax], cce, sgd 0.05 momentum 0.9',
 'ok.orders-rmsprop-elu-val': 'orders.csv, [32 elu, 16 elu, 4 softmax], rmsprop 0.001, validationSplit 0.2',
 'ok.orders-batchnorm': 'orders.csv, two relu layers with batchNorm, adam 0.003, batch 64',
 'ok.orders-deep-narrow-adam': 'orders.csv, four relu layers of 16, adam 0.002',
 'ok.batter-adam-tanh': 'batter_batches.csv (rejected 0/1), [16 tanh, 1 sigmoid], bce, adam 0.005',
 'ok.batter-eu-export': 'batter_batches_eu.csv (semicolons, decimal commas), [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003',
 'ok.batter-rmsprop-dropout': 'batter_batches.csv, [32 relu, dropout 0.2, 1 sigmoid], rmsprop 0.002, batch 16, validationSplit 0.15',
 'ok.batter-nesterov-elu': 'batter_batches.csv, [24 elu, 12 elu, 1 sigmoid], sgd 0.02 Nesterov 0.9',
 'ok.batter-cce-two-classes': 'batter_batches.csv as two classes under cce, [16 relu, 2 softmax], adam 0.003',
 'ok.batter-sigmoid-hidden-sgd': 'batter_batches.csv, [8 sigmoid, 1 sigmoid], bce, sgd 0.5 momentum 0.5',
 'ok.queue-adam-relu': 'queue_waits.tsv (tab-separated), normalizeTarget standard, [32 relu, 16 relu, 1], adam 0.003',
 'ok.queue-sgd-tanh': 'queue_waits.tsv, [16 tanh, 1], plain sgd 0.05, batch 16',
 'ok.queue-batch-2-adam': 'queue_waits.tsv, [16 elu, 1], adam 0.0005, batch 2',
 'ok.queue-deep-xavier-tanh': 'queue_waits.tsv minmax, three tanh layers xavier_normal, adam 0.002',
 'ok.queue-lecun-elu-clip': 'queue_waits.tsv, [32 elu lecun_normal, 1], sgd 0.02 momentum 0.8 clipNorm 1',
 'ok.moons-relu-adam': 'builtin moons noise 0.15, [16 relu, 16 relu, 1 sigmoid], adam 0.01',
 'ok.circles-tanh-sgd': 'builtin circles, [12 tanh, 1 sigmoid], sgd 0.3 momentum 0.9, 300 epochs',
 'ok.spirals-deep-adam': 'builtin spirals 3 classes, [48 relu, 48 relu, 3 softmax], adam 0.005, 400 epochs',
 'ok.iris-rmsprop': 'builtin iris standard, [10 relu, 3 softmax], rmsprop 0.005, batch 16',
 'ok.blobs-four-classes': 'builtin blobs 4 classes, [8 elu, 4 softmax], sgd 0.05 momentum 0.9',
 'ok.sine-tanh-adam': 'builtin sine, [32 tanh, 32 tanh, 1], mse, adam 0.005',
 'ok.xor-uniform-init': 'builtin xor, [8 tanh uniform limit 0.5, 1 sigmoid], adam 0.02',
 'ok.inline-topping-cost': 'inline 10-row topping cost table, one linear unit, sgd 0.05 full batch',
 'ok.orders-nesterov-elu': 'orders.csv, [48 elu, 24 elu, 4 softmax], cce, sgd 0.02 Nesterov 0.9',
 'ok.sales-rmsprop-deep-tanh': 'stand_days.csv, three tanh layers [32, 32, 16], mse, rmsprop 0.001',
 'ok.batter-adam-batch-8-val': 'batter_batches.csv, [24 relu, 12 relu, 1 sigmoid], bce, adam 0.001, batch 8, validationSplit 0.2',
 'ok.inline-sold-out-label': 'inline 12 rows with string labels sold_out/left, standard, [4 tanh, 1 sigmoid], adam 0.05',
}
cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
assert set(cands) == set(F) | set(DROP) | set(HEALTHY), set(cands) ^ (set(F) | set(DROP) | set(HEALTHY))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy = [], []
for c in cands:
    src = f'candidates/{c}.nn.json'
    line = obs[c].strip()
    if c in F:
        code, stage, extra, text = F[c]
        name = c if c.startswith(code + '.') else code + '.' + c
        shutil.move(src, f'faulty/{name}.nn.json')
        faults.append({'file': f'faulty/{name}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + [x for x in extra if x != code]})
    elif c in HEALTHY:
        shutil.move(src, f'healthy/{c}.nn.json')
        healthy.append({'file': f'healthy/{c}.nn.json', 'covers': f'{HEALTHY[c]} (observe: {line})'})
    else:
        shutil.move(src, f'dropped/{c}.nn.json')
os.rmdir('candidates')
about = ('Fault set blind299 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
         'Theme: churro and crepe stands. "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught, "catches" the codes whose advice would genuinely fix it. '
         'Each fault and healthy entry ends with its bare-engine result from test/faults/observe.ts --summary (observed.txt); --curve for the lr, plateau and oscillating candidates (observed-curves.txt). '
         'Data (data/generate.ts, seeds from 299): stand_days.csv (480 stand-days, churros_sold from temperature, skewed rain, foot traffic in thousands, collinear price columns, a no-effect till number, date and stand_id text), '
         'stand_days_gaps.csv (NA, n/a and blanks), orders.csv (600 orders, 4 string fillings, ham_cheese rare), batter_batches.csv (420 batches, rejected 0/1, grams/ml/oil temperature scales) and its semicolon/decimal-comma export, '
         'queue_waits.tsv (360 tab-separated tickets, wait_min); plus builtins and inline tables. Dropped candidates and reasons: README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), len(healthy), len(DROP), Counter(f['code'] for f in faults), Counter(f['stage'] for f in faults))
print('DROPPED:'); [print(f'- {k}: {v}') for k, v in DROP.items()]
