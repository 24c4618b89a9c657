#!/usr/bin/env python3
"""Files the candidates of test/faults-blind48 and writes manifest.json.

The verdict of each candidate (in candidates/, written by author.ts as `<intent>.<slug>.nn.json`) was
decided from what the bare engine did (observed.txt from test/faults/observe.ts --summary, and
observed-curves.txt from --curve), not from the intent: a candidate that showed another fault is filed
under that code, one that trained cleanly is filed healthy, one that was neither goes to dropped/.
Each manifest text ends with the candidate's observed.txt line. Run from the repo root:
`python3 test/faults-blind48/write-manifest.py`.
"""
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

CODES = ['invalid-spec', 'data-error', 'shape-mismatch', 'loss-activation-mismatch', 'init-symmetry', 'init-scale',
         'no-nonlinearity', 'lr-out-of-range', 'dead-relu', 'exploding-gradient', 'vanishing-gradient', 'nan-loss',
         'lr-too-high', 'lr-too-low', 'saturated-activation', 'loss-plateau', 'oscillating-loss']


def F(code, stage, catches, text, slug=None):
    return {'kind': 'fault', 'code': code, 'stage': stage, 'catches': catches, 'text': text, 'slug': slug}


def H(text):
    return {'kind': 'healthy', 'text': text}


def D(reason):
    return {'kind': 'dropped', 'text': reason}


S = 'static'
P = 'probe'
T = 'training'

VERDICTS = {
    # ------------------------------------------------------------------ static: invalid-spec
    'invalid-spec.learning-rate-key': F('invalid-spec', S, ['invalid-spec'],
        'optimizer written {"type": "adam", "learning_rate": 0.001} (Keras argument name) for the session-conversion model: "learning_rate" is an unknown key and "lr" is missing'),
    'invalid-spec.keras-loss-name': F('invalid-spec', S, ['invalid-spec'],
        'churn classifier with "loss": "binary_crossentropy" (the Keras name) instead of "bce"'),
    'invalid-spec.batch-size-snake-case': F('invalid-spec', S, ['invalid-spec'],
        'ad click-through model with "batch_size": 64 in training (snake case from a Python script) instead of "batchSize"'),
    'invalid-spec.momentum-as-optimizer-type': F('invalid-spec', S, ['invalid-spec'],
        'delivery-time regression with optimizer "type": "momentum" (thinking of "SGD with momentum" as its own optimizer); the valid types are sgd, adam, rmsprop'),
    'invalid-spec.epochs-as-string': F('invalid-spec', S, ['invalid-spec'],
        'customer-lifetime-value model with "epochs": "200" as a string (copied from a YAML/env config)'),
    # ------------------------------------------------------------------ static: data-error
    'data-error.currency-and-na-cells': F('data-error', S, ['data-error'],
        'conversion model trained on the raw tracker export sessions-raw.csv, whose cart_value column holds "N/A" for sessions without a cart and a few "$23.43"-style cells with the currency sign'),
    'data-error.target-renamed': F('data-error', S, ['data-error'],
        'target "converted" (the marketing team\'s word) on sessions.csv, whose label column is "purchased"'),
    'data-error.feature-name-typo': F('data-error', S, ['data-error'],
        'demand-forecast features list "discount_percent" while the CSV column is "discount_pct"'),
    'data-error.missing-export-file': F('data-error', S, ['data-error'],
        'basket-value model pointing at "../data/orders_2024.csv", an export that was never saved next to the spec (the file does not exist)'),
    'data-error.two-row-pilot': D('a two-row pilot-campaign CSV was meant as "too few rows", but the engine loads and trains it (loss falls to 0.02 of the baseline on two rows); not a data error the engine shows, and training on two rows is not a fault the set can measure'),
    # ------------------------------------------------------------------ static: shape-mismatch
    'shape-mismatch.category-three-outputs': F('shape-mismatch', S, ['shape-mismatch'],
        'product-category classifier with 3 softmax outputs while products.csv has 4 categories (electronics, apparel, books, home_garden; home_garden added to the catalogue later)'),
    'shape-mismatch.two-targets-one-output': F('shape-mismatch', S, ['shape-mismatch'],
        'demand model with target ["units_sold", "revenue"] (forecast both) but a single linear output unit'),
    'shape-mismatch.stars-single-softmax': F('shape-mismatch', S, ['shape-mismatch'],
        'star rating 1-5 as classes under cce but the output layer is one softmax unit (regression habit of "one output for the rating")'),
    'shape-mismatch.churn-two-logits-bce': D('two softmax outputs under bce (the PyTorch two-logit habit) was meant as a shape mismatch, but the engine trains it fine (last/base 0.40, acc 0.911): whatever it does with two outputs under bce, the run shows no fault, so it is neither clearly faulty nor a spec to call healthy'),
    # ------------------------------------------------------------------ static: loss-activation-mismatch
    'loss-activation-mismatch.clv-sigmoid-output': F('loss-activation-mismatch', S, ['loss-activation-mismatch'],
        'customer lifetime value (dollars, mostly 50-500, up to 2800) regressed with mse through a sigmoid output that can only reach 1: the loss never gets below the baseline'),
    'loss-activation-mismatch.ctr-linear-bce': F('loss-activation-mismatch', S, ['loss-activation-mismatch'],
        'ad click-through with bce but a linear output layer (activation left out of the last layer)'),
    'loss-activation-mismatch.stars-sigmoid-cce': F('loss-activation-mismatch', S, ['loss-activation-mismatch'],
        'star rating as 5 classes under cce with a sigmoid output layer instead of softmax: the reported loss goes to ~0 while accuracy stays at 0.49'),
    'loss-activation-mismatch.churn-tanh-bce': F('loss-activation-mismatch', S, ['loss-activation-mismatch'],
        'churn with bce through a tanh output (range -1..1, not a probability); it still learns something but ends worse than the sigmoid churn models of this set (0.59 of the baseline against 0.40-0.47)'),
    'loss-activation-mismatch.basket-relu-softmax-mse': F('loss-activation-mismatch', S, ['loss-activation-mismatch'],
        'basket-value regression with a one-unit softmax output (always 1) under mse: constant prediction, no gradient, loss 1.42x the baseline for the whole run',
        slug='basket-softmax-output-mse'),
    # ------------------------------------------------------------------ static: init-symmetry
    'init-symmetry.zeros-hidden': F('init-symmetry', S, ['init-symmetry'],
        'churn model with "init": "zeros" on its ReLU hidden layer: every unit identical and at 0, no gradient reaches it, the loss sits at the baseline'),
    'init-symmetry.constant-tanh': F('init-symmetry', S, ['init-symmetry'],
        'delivery-time model with both tanh hidden layers initialised to the constant 0.1: all units stay copies of each other, so the 32+16-unit net fits like a one-unit one (0.20 of the baseline against 0.02 for the healthy delivery models)'),
    'init-symmetry.zeros-everywhere': F('init-symmetry', S, ['init-symmetry'],
        'product-category classifier with "init": "zeros" on every layer: nothing moves, loss stays at the baseline and accuracy at chance'),
    # ------------------------------------------------------------------ static: init-scale
    'init-scale.normal-std-one-wide': F('init-scale', S, ['init-scale'],
        'conversion model with normal init std 1.0 on 128- and 64-unit ReLU layers (He would be about 0.125 and 0.18 there): the first loss is 5.57 against a baseline of 0.19 before adam slowly recovers'),
    'init-scale.uniform-limit-three-tanh': F('init-scale', S, ['init-scale', 'saturated-activation'],
        'product-category model with uniform init limit 3 on a 64-unit tanh layer (Glorot limit about 0.29): about half of the tanh outputs sit at +-1 for the whole run; the easy category data is still learnt'),
    'init-scale.tiny-normal-deep': F('init-scale', S, ['init-scale', 'vanishing-gradient'],
        'delivery-time model with three 64-unit ReLU layers at normal std 0.001: the signal and the gradients vanish, the first-layer gradient is ~1e-7, the loss never leaves the baseline'),
    'init-scale.ratings-uniform-three-deep-tanh': F('init-scale', S, ['init-scale', 'saturated-activation'],
        'star-rating classifier with uniform init limit 3 on 64- and 32-unit tanh layers (Glorot about 0.29 and 0.25): the second tanh layer is 86-89% saturated all run'),
    # ------------------------------------------------------------------ static: no-nonlinearity
    'no-nonlinearity.ctr-linear-hidden': F('no-nonlinearity', S, ['no-nonlinearity'],
        'click-through model whose two hidden layers have no activation (linear by default): it cannot use the evening peak in hour of day, ending at 0.65 of the baseline against 0.55-0.59 for the nonlinear CTR models'),
    'no-nonlinearity.delivery-activation-omitted': F('no-nonlinearity', S, ['no-nonlinearity'],
        'delivery-time regression with 64- and 32-unit hidden layers and no activation anywhere: a linear model of a backlog that grows quadratically above 75% warehouse load, 0.45 of the baseline against 0.02 when nonlinear'),
    'no-nonlinearity.moons-linear-stack': F('no-nonlinearity', S, ['no-nonlinearity'],
        'two-segment visitor data (builtin moons) with two hidden layers written "activation": "linear": the boundary stays a line, 0.40 of the baseline and accuracy 0.865 where the ReLU version reaches 1.000'),
    # ------------------------------------------------------------------ static: lr-out-of-range
    'lr-out-of-range.adam-lr-five': F('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'],
        'churn model with adam at lr 5 (an SGD-style rate typed into adam): first loss 31.9, the run ends above the baseline'),
    'lr-out-of-range.sgd-lr-1e-8': F('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'],
        'demand forecast with sgd lr 1e-8 (an extra zero typed twice): the weights move by ~1e-6 of their size per step and the loss stays at 2.57x the baseline'),
    'lr-out-of-range.rmsprop-lr-fifty': F('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'],
        'click-through model with rmsprop at lr 50 (meant 0.0050, decimal point lost): first loss 2636, ending at 17.6x the baseline'),
    # ------------------------------------------------------------------ dead-relu
    'dead-relu.clv-adam-lr-high': F('dead-relu', T, ['dead-relu', 'lr-too-high'],
        'lifetime-value model with adam at lr 0.3 on a target in the hundreds: the loss jumps around and 81-88% of the second ReLU layer dies during the run (the loss also climbs from its best 1466 to 4840)'),
    'dead-relu.sessions-bias-minus-five': F('dead-relu', P, ['dead-relu'],
        'conversion model with "bias": -5 on both ReLU hidden layers (the log-odds of the 5% conversion rate set on every layer instead of only the output): 44% and 63% of the units never fire and the loss stays at 0.95 of the baseline'),
    'oscillating-loss.delivery-momentum-0.99': F('dead-relu', P, ['dead-relu', 'lr-too-high'],
        'delivery-time model with sgd lr 0.02 and momentum 0.99 (the "more momentum, faster" habit): the first epochs overshoot and the whole ReLU layer dies (dead 1.00), the loss then sits at and above the baseline'),
    'exploding-gradient.revenue-raw-momentum': F('dead-relu', P, ['dead-relu', 'exploding-gradient'],
        'weekly revenue forecast on unnormalized price/discount features with sgd momentum: the first steps have gradient norms of 2e4-9e4, which knock the first ReLU layer dead (1.00 from epoch 2) and leave the loss at the baseline'),
    'nan-loss.baskets-raw-sgd': F('dead-relu', P, ['dead-relu', 'exploding-gradient'],
        'basket-value regression on raw items/price columns with sgd lr 0.01: the first step changes the weights by their own size (update ratio 1.0), the loss hits 2.4e8 and then the whole ReLU layer is dead (1.00) with the loss back at the baseline for the rest of the run',
        slug='baskets-raw-sgd-blowup'),
    'exploding-gradient.products-raw-sgd': F('dead-relu', P, ['dead-relu', 'exploding-gradient'],
        'product-category classifier on raw weight_g (grams, in the thousands) and description length with sgd lr 0.01: first loss 2.5e5, then both ReLU layers are entirely dead and the loss stays at the baseline with chance accuracy'),
    'lr-too-high.ads-rmsprop-0.05': F('dead-relu', T, ['dead-relu', 'lr-too-high'],
        'click-through model with rmsprop lr 0.05: the loss stays stable but 75-81% of the second ReLU layer dies, ending at 0.60 of the baseline (the healthy CTR models reach 0.55-0.59 with every unit alive)'),
    'dead-relu.negative-bias-copied': D('bias -3 on every layer was meant to kill the ReLUs, but adam revives most of them (dead 0.25 and 0.44 at the end, below half) and the model trains to 0.47 of the baseline; replaced by dead-relu.sessions-bias-minus-five'),
    # ------------------------------------------------------------------ exploding-gradient
    'exploding-gradient.clv-raw-sgd': F('exploding-gradient', P, ['exploding-gradient', 'lr-too-high'],
        'lifetime-value regression with no normalization (avg order value up to 1500, tenure, counts) and sgd lr 0.001: the first epoch ends at loss 9e36, the output gradient stays at ~5e16 and both ReLU layers die'),
    'dead-relu.ids-in-features': F('exploding-gradient', P, ['exploding-gradient'],
        'click-through model whose features still include impression_id and the Unix timestamp ts (1.7e9), unnormalized: gradient norms of 1e8-4e9 every epoch and a bce loss in the millions; about 60% of the first ReLU layer is dead as well'),
    'exploding-gradient.ratings-raw-sgd': F('exploding-gradient', P, ['exploding-gradient', 'lr-too-high'],
        'star-rating regression on raw price (up to 2000) and review length with sgd lr 0.001: loss 3e28 in the first epoch, output-layer gradient norms of 3e11-3e12 all run, the ReLU layer dead'),
    'exploding-gradient.deep-normal-half': F('nan-loss', P, ['nan-loss', 'exploding-gradient', 'init-scale'],
        'basket-value model with four 64-unit ReLU layers at normal std 0.5 (He would be about 0.18) and sgd momentum: activations grow ~2.8x per layer on a target in the hundreds and the loss is NaN within the first epoch'),
    'exploding-gradient.deep-normal-half-adam': D('the same deep std-0.5 basket model under adam lr 0.001 trains to 0.003 of the baseline with no runaway gradients beyond the target scale: no fault shown'),
    'exploding-gradient.clv-deep-std-one': D('three ReLU layers at normal std 1 on the CLV data under rmsprop: gradient norms up to 1e5 but the run trains to 0.05 of the baseline; large norms here come from the dollar-scale target as much as the init, so neither clearly exploding nor clean'),
    'exploding-gradient.churn-deep-normal-half': D('five 64-unit ReLU layers at normal std 0.5 for churn with sgd 1e-4: first loss 5.0 but it trains to 0.41 of the baseline with gradient norms up to 105 only; not a clear explosion'),
    # ------------------------------------------------------------------ vanishing-gradient
    'vanishing-gradient.deep-sigmoid-sgd': F('vanishing-gradient', P, ['vanishing-gradient'],
        'churn model with six 32-unit sigmoid hidden layers and plain sgd (the "deeper is better" habit): first-layer gradient 3e-5 to 2e-4 against ~1 at the output, the loss stays at the baseline'),
    'vanishing-gradient.deep-tanh-tiny-init': F('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'],
        'product-category model with five 32-unit tanh layers at normal std 0.01: the first-layer gradient is ~1e-6, the loss stays at the baseline and accuracy at chance'),
    'vanishing-gradient.sigmoid-stack-ratings': F('vanishing-gradient', P, ['vanishing-gradient'],
        'star-rating regression through seven 16-unit sigmoid layers with sgd lr 0.01: first-layer gradient 1e-5 to 5e-4 against 0.06-6 at the output, the loss stays at the baseline'),
    # ------------------------------------------------------------------ nan-loss
    'nan-loss.clv-momentum-diverges': F('nan-loss', P, ['nan-loss', 'lr-too-high', 'exploding-gradient'],
        'lifetime-value regression with sgd lr 0.01 and momentum 0.9 on a target in the hundreds/thousands: the loss is NaN within the first epoch'),
    'nan-loss.timestamp-feature': F('nan-loss', P, ['nan-loss', 'exploding-gradient'],
        'demand forecast that keeps the week_start Unix timestamp (1.67e9) as an unnormalized feature, sgd lr 0.001: NaN within the first epoch'),
    'oscillating-loss.ratings-sgd-batch-one': F('nan-loss', P, ['nan-loss', 'lr-too-high'],
        'star-rating regression with sgd lr 0.05 and batchSize 1 (pure online SGD): one heavy-tailed row (price, review length standardized into the tens) sends the weights off and the loss is NaN within the first epoch'),
    'oscillating-loss.seasonality-sgd-0.5': F('nan-loss', P, ['nan-loss', 'lr-too-high'],
        'traffic-seasonality curve (builtin sine) with sgd lr 0.5 and momentum 0.9: loss 4.6e36 in the first epoch and NaN in the second'),
    # ------------------------------------------------------------------ lr-too-high
    'lr-too-high.churn-adam-0.3': F('lr-too-high', T, ['lr-too-high'],
        'churn model with adam at lr 0.3: reaches 0.27 by epoch 7, then the loss climbs back to the baseline (0.55) and the second ReLU layer dies'),
    'lr-too-high.delivery-adam-0.2': F('lr-too-high', P, ['lr-too-high'],
        'delivery-time model with adam at lr 0.2: 3.26 after one epoch, then the loss climbs back to the baseline 5.7 by epoch 5 and stays there, the second ReLU layer dead'),
    'lr-too-high.ratings-momentum-0.5': F('lr-too-high', T, ['lr-too-high'],
        'star-rating classifier with sgd lr 0.5 and momentum 0.9: best 0.95 at epoch 6, then the loss rises to 1.25 (above the baseline 1.22) and stays, the ReLU layer dead'),
    'oscillating-loss.delivery-tanh-momentum-0.95': F('lr-too-high', P, ['lr-too-high', 'nan-loss'],
        'delivery-time model with sgd lr 0.05, momentum 0.95, batch 16: the loss grows every epoch from 6.5 to 2e38 and is NaN at epoch 41'),
    'lr-too-high.sessions-sgd-2': D('sgd lr 2 for the conversion model was meant as too high, but it trains smoothly to 0.47 of the baseline (update ratios up to 0.25): neither clearly faulty nor a rate anyone would call healthy'),
    'lr-too-high.products-rmsprop-0.1': D('rmsprop lr 0.1 on product categories: the loss jitters (0.005-0.2 against a baseline of 1.38) but ends at 0.01 of the baseline with update ratios up to 0.18: not clearly faulty'),
    # ------------------------------------------------------------------ lr-too-low
    'lr-too-low.delivery-sgd-1e-5': F('lr-too-low', P, ['lr-too-low'],
        'delivery-time model with sgd lr 1e-5 for 50 epochs: the loss goes from 28.2 to 15.3, still 2.7x the baseline, weights barely moving'),
    'lr-too-low.products-adam-1e-6': F('lr-too-low', P, ['lr-too-low'],
        'product-category model with adam lr 1e-6 (copied from a fine-tuning recipe): loss 1.68 to 1.62 in 60 epochs, above the baseline'),
    'lr-too-low.churn-sgd-big-batch': F('lr-too-low', P, ['lr-too-low'],
        'churn model with sgd lr 1e-4 and batchSize 256 (four steps per epoch): the loss creeps from 0.936 to 0.921 in 60 epochs, 1.7x the baseline'),
    # ------------------------------------------------------------------ saturated-activation
    'saturated-activation.sessions-raw-sigmoid': F('saturated-activation', P, ['saturated-activation'],
        'conversion model on raw session seconds (up to 7200) and cart value (up to 2500) through a sigmoid hidden layer: 80-93% of it pinned at 0 or 1, ending at 0.70 of the baseline against 0.32-0.48 normalized'),
    'saturated-activation.baskets-raw-tanh': F('saturated-activation', P, ['saturated-activation'],
        'basket-value regression on raw item counts and prices through two tanh layers: 78-100% of the tanh outputs at +-1, the loss stuck at 0.62 of the baseline'),
    'saturated-activation.clv-raw-tanh': F('saturated-activation', P, ['saturated-activation'],
        'lifetime-value regression on raw dollars and counts through a tanh layer: 63-100% saturated, 0.39 of the baseline against 0.02-0.18 normalized'),
    'loss-plateau.raw-ids-sigmoid': F('saturated-activation', P, ['saturated-activation', 'loss-plateau'],
        'A/B-test conversion model that kept user_id (3.1e6) as an unnormalized feature into sigmoid layers: the first layer is 100% saturated with zero gradient and the loss sits at the baseline',
        slug='abtest-user-id-sigmoid'),
    # ------------------------------------------------------------------ loss-plateau
    'loss-plateau.weight-decay-half': F('loss-plateau', T, ['loss-plateau'],
        'churn model with adam weightDecay 0.5 (a dropout-like rate typed into weight decay): it dips to 0.42 early, then the decay drags it back to the baseline 0.54 and it stays flat there'),
    'loss-plateau.dropout-keep-prob': F('loss-plateau', T, ['loss-plateau'],
        'product-category model with dropout "rate": 0.95 twice (meant as the keep probability): the loss settles at the baseline 1.38-1.41 for the last 30 epochs, accuracy at chance'),
    'loss-plateau.ads-weight-decay-one': F('loss-plateau', T, ['loss-plateau'],
        'click-through model with adam weightDecay 1.0: the loss drifts down to the baseline 0.333 and stays flat there for 40 epochs'),
    'loss-plateau.clv-relu-output-dead': D('a ReLU output with bias -1 for lifetime value was meant to plateau, but the loss keeps falling steadily (1.04e5 to 1.11e4, 0.19 of the baseline): slow, not stalled'),
    'loss-plateau.ratings-dropout-0.9': D('dropout 0.9 in a star-rating regression: the training loss falls steadily from 204 to 2.5 but stays above the baseline 0.82 after 60 epochs; still moving, so not a plateau, and not healthy'),
    # ------------------------------------------------------------------ oscillating-loss
    'healthy.baskets-value-momentum-batchnorm': F('oscillating-loss', T, ['oscillating-loss', 'lr-too-high', 'dead-relu'],
        'basket-value regression with sgd lr 0.01, momentum 0.9, batchNorm and clipNorm 100 on a target in the hundreds: the loss swings between 7.6e3 and 2.9e4 (0.2-0.8 of the baseline) epoch after epoch without settling, and 94% of the ReLU layer ends dead'),
    'dead-relu.baskets-raw-sgd': F('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'],
        'basket-value regression on raw item counts and prices with sgd lr 1e-5: the loss jumps between 1.3e4 and 4.3e4 (0.36-1.18 of the baseline) for 80 epochs without settling',
        slug='baskets-raw-sgd-swings'),
    'oscillating-loss.ratings-rmsprop-0.1': F('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'],
        'star-rating regression with rmsprop lr 0.1: the loss zigzags between ~0.25 and 0.7-1.1 (baseline 0.82) nearly every other epoch for the whole run'),
    'oscillating-loss.churn-rmsprop-batch-four': H(None),
    'oscillating-loss.clv-adam-batch-8': H(None),
    'oscillating-loss.delivery-sgd-batch-8': D('sgd lr 0.1 with batch 8 for delivery time: ends at 0.02 of the baseline with swings of 5-10% of the baseline and half the ReLU layer dead; neither a clear oscillation nor clean'),
    'oscillating-loss.demand-rmsprop-batch-8': D('rmsprop lr 0.05 with batch 8 for demand: noisy but falling to 0.07 of the baseline, with half the ReLU layer dead; borderline either way'),
    'oscillating-loss.churn-tanh-sgd-lr-1': D('sgd lr 1 with momentum 0.9 for churn (tanh): swings of about 5% of the baseline, ends at 0.41 of the baseline, but the tanh layer is about half saturated; neither clean nor clearly faulty'),
    'oscillating-loss.ratings-adam-batch-4': D('adam lr 0.05 with batch 4 for star ratings: one burst of large swings around epochs 29-33, then it settles at 0.29 of the baseline with 75% of the ReLU layer dead; not a sustained oscillation and not clean'),
    'oscillating-loss.delivery-rmsprop-0.05-big-batch': D('rmsprop lr 0.05 with batch 128 for delivery time: the loss flips direction nearly every epoch but by only 5-10% of the baseline while still trending down to 0.09; borderline'),
    'oscillating-loss.demand-momentum-elu': D('sgd lr 0.003 with momentum for demand (elu): noisy with occasional jumps of 0.05-0.07 of the baseline, ends at 0.09; borderline'),
    'oscillating-loss.sessions-sgd-5-tanh': D('sgd lr 5 for the conversion model (tanh, batch 256): trains smoothly to 0.47 of the baseline; an absurd-looking rate that this data tolerates, so neither clearly faulty nor a spec to call healthy'),
    'oscillating-loss.delivery-rmsprop-0.1': D('rmsprop lr 0.1 for delivery time (elu): the loss zigzags between ~0.3 and ~1.0 on a baseline of 5.7 (changes of about a tenth of the baseline) while trending down to 0.05; the same borderline as the lr-0.05 version'),
    'oscillating-loss.churn-rmsprop-0.1-tanh': D('rmsprop lr 0.1 for churn (tanh): a smooth curve to 0.40 of the baseline, but the tanh layer is 37% saturated; neither oscillating nor clean'),
    # ------------------------------------------------------------------ healthy intent dropped
    'healthy.baskets-value-adam': D('adam lr 0.03 on basket value trains to 0.006 of the baseline but its second ReLU layer reaches 50% dead (0.44 at the end) with occasional loss spikes; replaced by healthy.baskets-value-leaky-adam'),
    'healthy.demand-revenue-adam': D('adam lr 0.03 on weekly revenue trains to 0.10 of the baseline but 56% of the second ReLU layer is dead at the end; replaced by healthy.demand-revenue-elu-rmsprop'),
    'healthy.demand-units-minmax-tanh': D('demand on minmax features with two tanh layers trains to 0.06 of the baseline, but the second tanh layer ends 74% saturated (100% at times): not a clean healthy run'),
}

HEALTHY_COVERS = {
    'healthy.sessions-conversion-adam': 'sessions.csv (4.9% conversions) standard, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003, batch 64, 60 epochs',
    'healthy.sessions-conversion-rmsprop-tanh': 'sessions.csv standard, [12 tanh, 1 sigmoid], bce, rmsprop 0.003, batch 32, 50 epochs',
    'healthy.sessions-conversion-momentum-dropout': 'sessions.csv standard, [32 relu, dropout 0.2, 16 relu, 1 sigmoid], bce, sgd 0.03 momentum 0.9, validationSplit 0.2',
    'healthy.sessions-conversion-big-batch': 'sessions.csv standard, [24 leaky_relu, 12 leaky_relu, 1 sigmoid], bce, adam 0.01, batch 128, 80 epochs',
    'healthy.ads-ctr-adam': 'ads.csv (10% clicks; position, hour, device one-hot) standard, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.005, 80 epochs',
    'healthy.ads-ctr-elu-rmsprop': 'ads.csv standard, [24 elu, 1 sigmoid], bce, rmsprop 0.002, batch 64',
    'healthy.ads-ctr-momentum-batchnorm': 'ads.csv standard, [32 relu batchNorm, 16 relu, 1 sigmoid], bce, sgd 0.05 momentum 0.9, batch 64',
    'healthy.ads-ctr-tanh-adam-wd': 'ads.csv minmax, [24 tanh, 12 tanh, 1 sigmoid], bce, adam 0.005 weightDecay 1e-4, 100 epochs',
    'healthy.churn-adam-batchnorm': 'churn.csv (23% churn) standard, [16 relu batchNorm, 8 relu, 1 sigmoid], bce, adam 0.003',
    'healthy.churn-sgd-leaky': 'churn.csv standard, [8 leaky_relu, 1 sigmoid], bce, plain sgd 0.1, batch 16, 100 epochs',
    'healthy.churn-adam-weight-decay-dropout': 'churn.csv standard, [32 relu, dropout 0.3, 1 sigmoid], bce, adam 0.002 weightDecay 1e-4, validationSplit 0.2',
    'healthy.churn-rmsprop-elu-lecun': 'churn.csv minmax, [16 elu lecun_normal, 16 elu lecun_normal, 1 sigmoid], bce, rmsprop 0.002',
    'oscillating-loss.churn-rmsprop-batch-four': 'churn.csv standard, [32 relu, 1 sigmoid], bce, rmsprop 0.02, batch 4 (written as an oscillation candidate; the curve stays within about +-0.02 of 0.25, so filed healthy)',
    'healthy.products-category-adam': 'products.csv (4 string categories; price, text lengths, weight, images) standard, [32 relu, 16 relu, 4 softmax], cce, adam 0.003',
    'healthy.products-category-rmsprop-tanh': 'products.csv standard, [24 tanh, 4 softmax], cce, rmsprop 0.003',
    'healthy.products-category-nesterov': 'products.csv standard, [16 relu, 4 softmax], cce, sgd 0.05 momentum 0.9 nesterov',
    'healthy.ratings-stars-classes': 'ratings.csv stars 1-5 as 5 classes, standard, [32 relu, 16 relu, 5 softmax], cce, adam 0.002',
    'healthy.ratings-stars-classes-rmsprop-dropout': 'ratings.csv stars as classes, standard, [48 relu, dropout 0.2, 5 softmax], cce, rmsprop 0.001, validationSplit 0.2',
    'healthy.ratings-stars-regression': 'ratings.csv stars as a regression, standard, [16 relu, 1 linear], mse, adam 0.003',
    'healthy.ratings-stars-regression-rmsprop-minmax': 'ratings.csv stars regression, minmax, [24 leaky_relu, 12 leaky_relu, 1], mse, rmsprop 0.003',
    'healthy.baskets-value-leaky-adam': 'baskets.csv basket value (heavy-tailed dollars, unscaled target) standard features, [32 leaky_relu, 16 leaky_relu, 1], mse, adam 0.01, 200 epochs',
    'healthy.baskets-value-rmsprop-clip': 'baskets.csv standard, [32 relu, 1], mse, rmsprop 0.01 clipNorm 5, 150 epochs',
    'healthy.clv-adam': 'clv.csv lifetime value (heavy-tailed dollars, unscaled target) standard, [32 relu, 32 relu, 1], mse, adam 0.01, 200 epochs',
    'healthy.clv-momentum-clip': 'clv.csv standard, [32 relu, 1], mse, sgd 0.003 momentum 0.9 clipNorm 50',
    'healthy.clv-rmsprop-weight-decay': 'clv.csv standard, [48 relu, 1], mse, rmsprop 0.01 weightDecay 1e-4',
    'oscillating-loss.clv-adam-batch-8': 'clv.csv standard, [32 relu, 1], mse, adam 0.05, batch 8 (written as an oscillation candidate; the loss falls steadily with small noise, so filed healthy)',
    'healthy.delivery-days-adam': 'delivery.csv days from distance and warehouse load (nonlinear backlog) standard, [32 relu, 16 relu, 1], mse, adam 0.005',
    'healthy.delivery-days-elu-momentum': 'delivery.csv standard, [16 elu, 16 elu, 1], mse, sgd 0.01 momentum 0.9',
    'healthy.delivery-days-batchnorm-rmsprop': 'delivery.csv standard, [32 relu batchNorm, 16 relu batchNorm, 1], mse, rmsprop 0.003, validationSplit 0.2',
    'healthy.demand-units-adam': 'demand.csv units sold from price, discount, promotion, holiday, standard, [16 relu, 1], mse, adam 0.01, 150 epochs',
    'healthy.demand-revenue-elu-rmsprop': 'demand.csv revenue (unscaled dollars) standard, [32 elu, 1], mse, rmsprop 0.01, 200 epochs',
    'healthy.abtest-conversion-adam': 'abtest.csv (6.8% conversions, tiny variant effect, strong cart-adds covariate) standard, [8 relu, 1 sigmoid], bce, adam 0.003, batch 64',
    'healthy.abtest-conversion-momentum': 'abtest.csv standard, [16 tanh, 1 sigmoid], bce, sgd 0.05 momentum 0.9',
    'healthy.customer-segments-blobs': 'builtin blobs, 4 classes, 400 samples, noise 0.2 (customer segments), [16 relu, 4 softmax], cce, adam 0.01',
    'healthy.rfm-segments-blobs-sgd': 'builtin blobs, 3 classes, 300 samples (RFM segments), [8 tanh, 3 softmax], cce, plain sgd 0.1, batch 16',
    'healthy.traffic-seasonality-sine': 'builtin sine, 300 samples, noise 0.05 (traffic seasonality), [32 tanh, 32 tanh, 1], mse, adam 0.01, 200 epochs',
    'healthy.visitor-segments-moons': 'builtin moons, 400 samples (two visitor segments), [16 relu, 16 relu, 1 sigmoid], bce, sgd 0.1 momentum 0.9',
    'healthy.delivery-zone-circles': 'builtin circles, 400 samples (inside/outside a delivery zone), [16 relu, 8 relu, 1 sigmoid], bce, adam 0.01, 100 epochs',
}


def observed_lines():
    lines = {}
    with open(os.path.join(HERE, 'observed.txt')) as f:
        for raw in f:
            line = raw.strip()
            if not line:
                continue
            m = re.match(r'^(\S+?)(?:\.nn\.json)?:', line) or re.match(r'^(\S+?)\.nn\.json ', line)
            if not m:
                sys.exit(f'cannot read observed line: {line}')
            lines[m.group(1)] = line
    return lines


def main():
    obs = observed_lines()
    stems = sorted(n[:-len('.nn.json')] for n in os.listdir(CAND) if n.endswith('.nn.json'))
    for stem in stems:
        if stem not in VERDICTS and stem not in HEALTHY_COVERS:
            sys.exit(f'no verdict for {stem}')
        if stem not in obs:
            sys.exit(f'no observed line for {stem}')
    for stem in list(VERDICTS) + list(HEALTHY_COVERS):
        if stem not in stems:
            sys.exit(f'verdict for a missing candidate {stem}')
    for d in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    faults, healthy, dropped = [], [], []
    for stem in stems:
        v = VERDICTS.get(stem) or H(None)
        intent, slug = stem.split('.', 1)
        src = os.path.join(CAND, stem + '.nn.json')
        observed = obs[stem]
        if v['kind'] == 'fault':
            slug = v['slug'] or slug
            file = f"faulty/{v['code']}.{slug}.nn.json"
            assert v['code'] in CODES and v['code'] in v['catches'], stem
            faults.append({'file': file, 'code': v['code'], 'fault': f"{v['text']} (observe: {observed})", 'stage': v['stage'], 'catches': v['catches']})
        elif v['kind'] == 'healthy':
            file = f'healthy/{slug}.nn.json'
            healthy.append({'file': file, 'covers': f"{HEALTHY_COVERS[stem]} (observe: {observed})"})
        else:
            file = f'dropped/{stem}.nn.json'
            dropped.append((file, v['text'], observed))
        dest = os.path.join(HERE, file)
        if os.path.exists(dest):
            sys.exit(f'two candidates filed as {file}')
        shutil.copyfile(src, dest)
    faults.sort(key=lambda f: (CODES.index(f['code']), f['file']))
    healthy.sort(key=lambda h: h['file'])
    about = ('Forty-eighth fault set (issue #4), written blind and frozen (committed) before the product was first run on it; '
             'no one tunes on it. Theme: e-commerce, marketing and web analytics: rare purchase conversions from web sessions '
             '(sessions.csv, 4.9% positive, session seconds, pages, cart value, returning flag, with session_id and a Unix timestamp left in the file; '
             'sessions-raw.csv the same export with "N/A" and "$" cells), heavy-tailed basket value (baskets.csv) and customer lifetime value (clv.csv) regression '
             'with unscaled dollar targets, ad click-through from position, hour of day and device one-hot (ads.csv, 10% clicks), subscription churn (churn.csv), '
             'product category from price and text lengths (products.csv, 4 string classes), star ratings 1-5 as classes or regression (ratings.csv), '
             'delivery days from distance and warehouse load (delivery.csv), weekly demand and revenue from price, discount and promotion (demand.csv), '
             'and an A/B test with a tiny variant effect (abtest.csv); all generated by data/generate.ts, plus builtin blobs, sine, moons and circles as segments, '
             'seasonality and delivery zones. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could '
             'first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. Verdicts were made from what the bare engine did '
             '(test/faults/observe.ts --summary in observed.txt, --curve in observed-curves.txt; no diagnosis code involved), not from the intent, and each "fault" '
             'and "covers" text ends with that spec\'s observe line (named by its candidate file, <intent>.<slug>). Candidates written by author.ts, filed by '
             'write-manifest.py; dropped candidates are in dropped/ and README.md.')
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(HERE, 'dropped', 'DROPPED.md'), 'w') as f:
        f.write('# Dropped candidates of test/faults-blind48\n\nNeither clearly healthy nor clearly showing a fault on the bare engine.\n\n')
        for file, reason, observed in dropped:
            f.write(f'- `{os.path.basename(file)}`: {reason}.\n  (observe: {observed})\n')
    counts = {}
    for fault in faults:
        counts[fault['code']] = counts.get(fault['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(dropped)} dropped')
    for code in CODES:
        print(f'  {code}: {counts.get(code, 0)}')
    short = [c for c in CODES if counts.get(c, 0) < 2]
    if short or len(faults) < 40 or len(healthy) < 30:
        sys.exit(f'requirements not met: short codes {short}')


if __name__ == '__main__':
    main()
