#!/usr/bin/env python3
"""Files the candidates of test/faults-blind49 by what the bare engine did, and writes manifest.json.

Run from anywhere after author.ts and the observe runs:
  python3 test/faults-blind49/write-manifest.py
Reads candidates/*.nn.json and observed.txt (test/faults/observe.ts --summary, one line per spec);
the curve-dependent verdicts were read from observed-curves.txt (observe.ts --curve). Copies each
candidate to faulty/<code>.<slug>.nn.json, healthy/<slug>.nn.json or dropped/<candidate>.nn.json.
Every verdict below was decided from those observations; a candidate's name says what it was
written for, its verdict where it was filed.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

ORDINAL = 'Forty-ninth'

# ---------- observations ----------
observed = {}
with open(os.path.join(HERE, 'observed.txt')) as f:
    for line in f:
        line = line.strip()
        if not line:
            continue
        key = line.split(' ')[0].rstrip(':')
        if key.endswith('.nn.json'):
            key = key[: -len('.nn.json')]
        observed[key] = line

# ---------- verdicts ----------
# faulty: candidate -> (code, slug, stage, catches, fault text without the observation)
F = {}
def fault(cand, code, slug, stage, catches, text):
    assert cand not in F
    assert code in catches
    F[cand] = (code, slug, stage, catches, text)

# invalid-spec
fault('invalid-spec.optimizer-adamw', 'invalid-spec', 'optimizer-adamw', 'static', ['invalid-spec'],
      'loan-default model with optimizer type "adamw" (PyTorch AdamW habit, weightDecay 0.01 beside it); the engine has sgd, adam and rmsprop only')
fault('invalid-spec.keras-loss-name', 'invalid-spec', 'keras-loss-name', 'static', ['invalid-spec'],
      'card-fraud classifier with loss written "binary_crossentropy", the Keras name, instead of "bce"')
fault('invalid-spec.batch-size-snake-case', 'invalid-spec', 'batch-size-snake-case', 'static', ['invalid-spec'],
      'credit-band model whose training block says "batch_size": 64 (Python spelling) instead of batchSize')
fault('invalid-spec.adam-beta1', 'invalid-spec', 'adam-beta1', 'static', ['invalid-spec'],
      'mortgage-rate regression with "beta1": 0.95 copied into the optimizer block from a PyTorch Adam config; not a key of the spec')
# data-error
fault('data-error.target-defaulted', 'data-error', 'target-defaulted', 'static', ['data-error'],
      'loan book trained on target "defaulted" while the column is called "default"')
fault('data-error.csv-path-typo', 'data-error', 'csv-path-typo', 'static', ['data-error'],
      'mortgage-rate spec pointing at ../data/mortgage_rate.csv (singular); the file is mortgage_rates.csv')
fault('data-error.bank-export-dates-na', 'data-error', 'bank-export-dates-na', 'static', ['data-error'],
      'the bank\'s raw export (loans-export.csv) used as is: application_date, kept as a feature, holds ISO dates such as 2019-12-04, and some incomes are "N/A"')
fault('data-error.quarter-extract-two-rows', 'data-error', 'quarter-extract-two-rows', 'static', ['data-error'],
      'default model pointed at a 2-row quarterly extract (loans-q1.csv): far too few rows to train on, and both are non-defaults, so the target has a single class')
fault('data-error.feature-renamed', 'data-error', 'feature-renamed', 'static', ['data-error'],
      'segment model listing feature "balance_checking", but the CRM export names the column "checking_balance"')
# shape-mismatch
fault('shape-mismatch.three-units-four-bands', 'shape-mismatch', 'three-units-four-bands', 'static', ['shape-mismatch'],
      'credit bands poor/fair/good/excellent are 4 classes, but the softmax output has 3 units (the analyst remembered three bands)')
fault('shape-mismatch.five-units-four-segments', 'shape-mismatch', 'five-units-four-segments', 'static', ['shape-mismatch'],
      'four one-hot segment columns as the cce target, softmax output of 5 units (a planned "unknown" segment that the data does not have)')
fault('shape-mismatch.rate-and-apr-one-output', 'shape-mismatch', 'rate-and-term-one-output', 'static', ['shape-mismatch'],
      'mortgage regression with two target columns (rate and term_years) but a single linear output unit')
# loss-activation-mismatch
fault('loss-activation-mismatch.fraud-linear-output-bce', 'loss-activation-mismatch', 'fraud-linear-output-bce', 'static', ['loss-activation-mismatch'],
      'fraud flag trained with bce on a linear output layer (no sigmoid); the loss ends far above the class-prior baseline')
fault('loss-activation-mismatch.segments-softmax-mse', 'loss-activation-mismatch', 'segments-softmax-mse', 'static', ['loss-activation-mismatch'],
      'four one-hot segment columns trained with mse on a softmax output instead of cce (it still fits this easy data: a static fault only)')
fault('loss-activation-mismatch.mortgage-rate-sigmoid', 'loss-activation-mismatch', 'mortgage-rate-sigmoid', 'static', ['loss-activation-mismatch'],
      'interest rate in percent (about 3 to 10) regressed through a sigmoid output that cannot exceed 1; the loss stays 15x the mean-prediction baseline')
fault('loss-activation-mismatch.bands-sigmoid-cce', 'loss-activation-mismatch', 'bands-sigmoid-cce', 'static', ['loss-activation-mismatch'],
      'four credit bands with cce but four sigmoid outputs instead of a softmax: the loss goes to ~0 while accuracy stays at 0.52')
# init-symmetry
fault('init-symmetry.loans-zeros-hidden', 'init-symmetry', 'loans-zeros-hidden', 'static', ['init-symmetry'],
      'both relu hidden layers of the default model initialised with "zeros": every unit is identical and silent, the loss never leaves the baseline')
fault('init-symmetry.fraud-constant-tanh', 'init-symmetry', 'fraud-constant-tanh', 'static', ['init-symmetry'],
      'the 32 tanh units of the fraud model all initialised to the constant 0.01, so they stay copies of one another')
fault('init-symmetry.fx-zeros-tanh', 'init-symmetry', 'fx-zeros-tanh', 'static', ['init-symmetry'],
      'exchange-rate regression with the tanh hidden layer and the output both zero-initialised: the hidden gradient is exactly 0 and only the output bias learns')
# init-scale
fault('init-scale.bands-randn-std1-wide', 'init-scale', 'bands-randn-std1-wide', 'static', ['init-scale', 'saturated-activation'],
      'credit-band model with 128 and 64 tanh units drawn from normal std 1 (numpy randn habit), about 10x the Glorot scale; the second layer ends 78% saturated')
fault('init-scale.mortgage-uniform-tiny-deep', 'init-scale', 'mortgage-uniform-tiny-deep', 'static', ['init-scale', 'vanishing-gradient'],
      'three relu layers of 64 drawn from uniform limit 1e-4 ("small init is safe"): the signal and the first layer\'s gradient (1e-8) vanish and the loss stays at the baseline')
fault('init-scale.segments-normal-std3', 'init-scale', 'segments-normal-std3', 'static', ['init-scale', 'exploding-gradient'],
      'segment model with relu layers drawn from normal std 3, some 17x the He scale: first loss 153 and output-layer gradient norms up to 1500 before it recovers')
# no-nonlinearity
fault('no-nonlinearity.loans-forgot-activation', 'no-nonlinearity', 'loans-forgot-activation', 'static', ['no-nonlinearity'],
      'default model with hidden layers of 32 and 16 units and no "activation" (linear by default): a logistic regression in disguise, ending at 0.66 of the baseline where the relu models reach 0.41-0.58')
fault('no-nonlinearity.bands-linear-hidden', 'no-nonlinearity', 'bands-linear-hidden', 'static', ['no-nonlinearity'],
      'credit-band model with "linear" written on both hidden layers')
fault('no-nonlinearity.claims-linear-stack', 'no-nonlinearity', 'claims-linear-stack', 'static', ['no-nonlinearity'],
      'claims regression (log claim) with two linear hidden layers of 32, batchNorm on the first: a linear model; the claim/no-claim split is not linear')
# lr-out-of-range
fault('lr-out-of-range.adam-lr-3', 'lr-out-of-range', 'adam-lr-3', 'static', ['lr-out-of-range', 'lr-too-high'],
      'credit-band model with adam lr 3 (meant 3e-3)')
fault('lr-out-of-range.sgd-lr-50-basis-points', 'lr-out-of-range', 'sgd-lr-50-basis-points', 'static', ['lr-out-of-range', 'lr-too-high', 'nan-loss'],
      'mortgage-rate model with sgd lr 50 (the rate desk thinks in basis points); NaN in the first epoch')
fault('lr-out-of-range.rmsprop-1e-9', 'lr-out-of-range', 'rmsprop-1e-9', 'static', ['lr-out-of-range', 'lr-too-low'],
      'exchange-rate model with rmsprop lr 1e-9 (the epsilon typed into the lr field): nothing moves in 200 epochs')
# dead-relu
fault('dead-relu.negative-bias-minmax', 'dead-relu', 'negative-bias-minmax', 'probe', ['dead-relu'],
      'credit-band relu layers with "bias": -2 over minmax inputs in [0, 1]: every unit starts below zero, 97-100% dead, loss at the baseline')
fault('dead-relu.loans-adam-lr-0.1', 'dead-relu', 'loans-adam-lr-0.1', 'probe', ['dead-relu', 'lr-too-high'],
      'default model of 64 and 32 relu units trained with adam lr 0.1: 88% of the second layer dies and the loss ends at 0.54 of the baseline (the healthy adam model reaches 0.41)')
fault('dead-relu.segments-raw-balances', 'dead-relu', 'segments-raw-balances', 'probe', ['dead-relu'],
      'segment model on raw balances in currency (normalize "none", savings up to millions): the first sgd step pushes every relu unit negative for good')
fault('nan-loss.loans-ids-and-dates-left-in', 'dead-relu', 'loans-ids-and-dates-left-in', 'probe', ['dead-relu'],
      'default model with no "features" list, so loan_id and application_date (YYYYMMDD, about 2e7) are inputs, unnormalised, sgd 0.05: first-epoch loss 6e15, then every hidden unit dead and the loss at the baseline (written as a nan-loss, filed by what happened)')
fault('nan-loss.claims-raw-amounts-sgd', 'dead-relu', 'claims-raw-amounts-sgd', 'probe', ['dead-relu'],
      'claims regression on raw features and the raw claim amount (currency) with sgd 0.01: first-epoch loss 2e32, then every hidden unit dead and the loss at the baseline (written as a nan-loss, filed by what happened)')
fault('oscillating-loss.fx-adam-batch-4', 'dead-relu', 'fx-adam-0.05-batch-4', 'training', ['dead-relu', 'lr-too-high'],
      'exchange-rate model, 32 relu units, adam lr 0.05 with batch 4: 91% of the hidden units die (written as an oscillating-loss, filed by what happened)')
fault('lr-too-high.claims-rmsprop-0.2', 'dead-relu', 'claims-rmsprop-0.2', 'training', ['dead-relu', 'lr-too-high'],
      'claims regression with rmsprop lr 0.2: 91% of the relu units die and the loss stalls well above the healthy models\' (written as an lr-too-high, filed by what happened)')
fault('oscillating-loss.mortgage-rmsprop-0.05-batch-16', 'dead-relu', 'mortgage-rmsprop-0.05-batch-16', 'training', ['dead-relu', 'lr-too-high'],
      'mortgage-rate model with rmsprop lr 0.05, batch 16: 88% of the relu units die; the remaining 4 units still get the loss to 0.06 of the baseline (written as an oscillating-loss, filed by what happened)')
# exploding-gradient
fault('exploding-gradient.claims-raw-amount-target', 'exploding-gradient', 'claims-raw-amount-target', 'probe', ['exploding-gradient'],
      'claims regression with standardised features but the raw claim_amount in currency (mostly 0, a few up to ~1e6) as the mse target: gradient norms 1e3 to 1e6 and the loss never leaves the baseline')
fault('exploding-gradient.mortgage-raw-features-clipped', 'exploding-gradient', 'mortgage-raw-features-clipped', 'probe', ['exploding-gradient'],
      'mortgage-rate model on raw features (property values and loan amounts in currency) with sgd and clipNorm 1: gradient norms 1e8 to 3e11 every epoch; clipping keeps it finite but the loss stays 8e6x the baseline')
fault('exploding-gradient.mortgage-loan-amount-target', 'exploding-gradient', 'mortgage-loan-amount-target', 'probe', ['exploding-gradient'],
      'loan amount (currency, up to millions) as an unscaled mse target with adam 0.001: gradient norms 7e5 to 3e7, the loss ends above the mean-prediction baseline')
# vanishing-gradient
fault('vanishing-gradient.bands-deep-sigmoid', 'vanishing-gradient', 'bands-deep-sigmoid', 'probe', ['vanishing-gradient'],
      'credit-band model with six sigmoid hidden layers of 32 and plain sgd 0.01: first-layer gradient ~1e-4, the loss never leaves the baseline')
fault('vanishing-gradient.loans-deep-sigmoid-momentum', 'vanishing-gradient', 'loans-deep-sigmoid-momentum', 'probe', ['vanishing-gradient'],
      'default model with five sigmoid hidden layers of 16, sgd 0.01 momentum 0.9: first-layer gradient ~1e-4, the loss stays at the baseline')
fault('vanishing-gradient.fx-tanh-tiny-init-deep', 'vanishing-gradient', 'fx-tanh-tiny-init-deep', 'probe', ['vanishing-gradient', 'init-scale'],
      'exchange-rate model with five tanh layers of 32 drawn from normal std 0.01: first-layer gradient ~1e-5, the loss stays at the baseline')
# nan-loss
fault('nan-loss.mortgage-raw-sgd', 'nan-loss', 'mortgage-raw-sgd', 'probe', ['nan-loss'],
      'mortgage-rate model on raw features (loan amounts and property values in currency, normalize "none") with sgd 0.01: NaN in the first epoch')
fault('nan-loss.claims-amount-target-sgd', 'nan-loss', 'claims-amount-target-sgd', 'probe', ['nan-loss'],
      'claims regression with standardised features but the raw claim_amount in currency as the target, sgd 0.01: NaN in the first epoch')
fault('nan-loss.mortgage-property-value-target', 'nan-loss', 'mortgage-property-value-target', 'probe', ['nan-loss'],
      'property value (currency) as an unscaled regression target with sgd 0.001 momentum 0.9: NaN in the first epoch')
fault('nan-loss.fx-raw-sgd-0.5', 'nan-loss', 'fx-raw-sgd-0.5', 'probe', ['nan-loss', 'lr-too-high'],
      'exchange-rate model on raw macro indicators (trade balance in billions) with sgd lr 0.5: loss 1e23 in the first epoch, NaN in the second')
# lr-too-high
fault('lr-too-high.mortgage-adam-0.3', 'lr-too-high', 'mortgage-adam-0.3', 'training', ['lr-too-high', 'oscillating-loss'],
      'mortgage-rate model with adam lr 0.3: the loss keeps jumping back up from its best (0.05) to 0.25-0.9 and ends 5x its minimum')
fault('oscillating-loss.loans-sgd-0.5-momentum-0.99', 'lr-too-high', 'loans-sgd-0.5-momentum-0.99', 'training', ['lr-too-high', 'oscillating-loss'],
      'default model with sgd lr 0.5 and momentum 0.99: the loss spikes to 100x the baseline mid-run and never gets clearly below the baseline (written as an oscillating-loss, filed by what happened)')
fault('oscillating-loss.bands-sgd-1-momentum-0.9', 'lr-too-high', 'bands-sgd-1-momentum-0.9', 'training', ['lr-too-high', 'oscillating-loss'],
      'credit-band model with sgd lr 1 momentum 0.9: the loss swings between 0.65 and 2.5, above the baseline most of the run, and ends at 1.4x the baseline (written as an oscillating-loss, filed by what happened)')
fault('oscillating-loss.bands-fullbatch-sgd-1-momentum-0.99', 'lr-too-high', 'bands-fullbatch-sgd-1-momentum-0.99', 'training', ['lr-too-high', 'oscillating-loss'],
      'credit-band model trained full-batch with sgd lr 1 momentum 0.99: after reaching 0.48 the loss blows up to 10.8 and ends at the baseline (written as an oscillating-loss, filed by what happened)')
fault('oscillating-loss.fx-fullbatch-momentum-0.995', 'lr-too-high', 'fx-fullbatch-momentum-0.995', 'training', ['lr-too-high', 'oscillating-loss'],
      'exchange-rate model trained full-batch with sgd lr 0.05 momentum 0.995: the loss reaches 0.33, then blows up to 82 and ends at 0.78 of the baseline (written as an oscillating-loss, filed by what happened)')
# lr-too-low
fault('lr-too-low.loans-sgd-1e-5', 'lr-too-low', 'loans-sgd-1e-5', 'probe', ['lr-too-low'],
      'default model with plain sgd lr 1e-5 for 100 epochs: the loss moves from 0.491 to 0.485, still 1.6x the baseline')
fault('lr-too-low.bands-adam-1e-6', 'lr-too-low', 'bands-adam-1e-6', 'probe', ['lr-too-low'],
      'credit-band model with adam lr 1e-6 (one zero too many): the loss barely moves, above the baseline after 100 epochs')
fault('lr-too-low.fx-rmsprop-2e-6', 'lr-too-low', 'fx-rmsprop-2e-6', 'probe', ['lr-too-low'],
      'exchange-rate model with rmsprop lr 2e-6: the loss creeps from 4.06 to 3.88 in 150 epochs, near twice the baseline')
# saturated-activation
fault('saturated-activation.loans-raw-tanh', 'saturated-activation', 'loans-raw-tanh', 'probe', ['saturated-activation'],
      'default model on raw amounts (income and loan amount in currency, normalize "none") into a tanh layer: 100% of the hidden outputs pinned at +-1, the loss stays at the baseline')
fault('saturated-activation.bands-raw-sigmoid', 'saturated-activation', 'bands-raw-sigmoid', 'probe', ['saturated-activation'],
      'credit-band model on raw features (income in currency) into sigmoid hidden layers: the first layer 100% saturated with zero gradient, the loss at the baseline')
fault('saturated-activation.mortgage-raw-tanh-rmsprop', 'saturated-activation', 'mortgage-raw-tanh-rmsprop', 'probe', ['saturated-activation'],
      'mortgage-rate model on raw features (credit score in the hundreds, amounts in currency) into 32 tanh units: 100% saturated, the loss stays near the baseline')
fault('nan-loss.claims-raw-tanh-momentum', 'saturated-activation', 'claims-raw-tanh-momentum', 'probe', ['saturated-activation', 'lr-too-high'],
      'claims regression on raw features (vehicle value in currency) into tanh with sgd 0.05 momentum 0.9, claim in thousands as target: the tanh layer 100% saturated and the loss drifting up to 1.6x the baseline (written as a nan-loss, filed by what happened)')
# loss-plateau
fault('loss-plateau.features-id-and-date', 'loss-plateau', 'features-id-and-date', 'training', ['loss-plateau'],
      'default model whose "features" list names loan_id and application_date only (the first two columns of the file): the loss settles at 0.96 of the baseline')
fault('loss-plateau.bands-weight-decay-0.5', 'loss-plateau', 'bands-weight-decay-0.5', 'training', ['loss-plateau'],
      'credit-band model with adam and weightDecay 0.5 (an sklearn-style alpha): the loss flattens at the baseline, accuracy 0.335')
fault('loss-plateau.segments-id-only', 'loss-plateau', 'segments-id-only', 'training', ['loss-plateau'],
      'segment model fed customer_id and age only: the loss flattens at 0.87 of the baseline for the last 50 epochs (the healthy segment models reach ~0.01)')
# oscillating-loss
fault('oscillating-loss.mortgage-fullbatch-momentum-0.99', 'oscillating-loss', 'mortgage-fullbatch-momentum-0.99', 'training', ['oscillating-loss', 'lr-too-high'],
      'mortgage-rate model trained full-batch with sgd momentum 0.99: the loss swings up and down in ~10-epoch waves for all 150 epochs (23, 0.9, 5.4 early; still between 0.54 and 1.18 in the last 40 epochs) instead of settling')
fault('oscillating-loss.mortgage-tanh-batch-200-momentum-0.99', 'oscillating-loss', 'mortgage-tanh-batch-200-momentum-0.99', 'training', ['oscillating-loss', 'lr-too-high'],
      'mortgage-rate model, 24 tanh units, batch 200 with sgd momentum 0.99: the loss goes up and down every epoch or two (between 0.16 and 0.47 in the last 40 epochs) and ends 6x the healthy models\'')
fault('oscillating-loss.fx-adam-0.1-batch-8', 'oscillating-loss', 'fx-adam-0.1-batch-8', 'training', ['oscillating-loss', 'lr-too-high'],
      'exchange-rate model with adam lr 0.1 and batch 8: the loss jumps between 0.25 and 0.49 for all 100 epochs without settling')

# healthy: candidate -> slug (the covers text is built from the spec)
H = {
    'ok.loans-adam-relu': 'loans-adam-relu',
    'ok.loans-sgd-momentum-tanh': 'loans-sgd-momentum-tanh',
    'ok.loans-rmsprop-dropout-val': 'loans-rmsprop-dropout-val',
    'ok.loans-batchnorm-minmax': 'loans-batchnorm-minmax',
    'ok.loans-elu-weightdecay': 'loans-elu-weightdecay',
    'ok.loans-large-batch-adam': 'loans-large-batch-adam',
    'ok.loans-plain-sgd-small-batch': 'loans-plain-sgd-small-batch',
    'ok.fraud-adam-relu': 'fraud-adam-relu',
    'ok.fraud-leaky-rmsprop': 'fraud-leaky-rmsprop',
    'ok.fraud-sgd-nesterov-tanh': 'fraud-sgd-nesterov-tanh',
    'ok.claims-log-adam': 'claims-log-adam',
    'ok.claims-log-rmsprop-bn': 'claims-log-rmsprop-bn',
    'ok.claims-log-sgd-minmax-clip': 'claims-log-sgd-minmax-clip',
    'ok.credit-adam-relu': 'credit-adam-relu',
    'ok.credit-sgd-tanh-lr-0.02': 'credit-sgd-tanh-lr-0.02',
    'ok.credit-rmsprop-elu-val': 'credit-rmsprop-elu-val',
    'ok.credit-int-target-minmax': 'credit-int-target-minmax',
    'ok.mortgage-adam-relu': 'mortgage-adam-relu',
    'ok.mortgage-sgd-momentum-tanh': 'mortgage-sgd-momentum-tanh',
    'ok.mortgage-rmsprop-wd-elu': 'mortgage-rmsprop-wd-elu',
    'ok.mortgage-batchnorm-adam': 'mortgage-batchnorm-adam',
    'ok.mortgage-minmax-leaky': 'mortgage-minmax-leaky',
    'oscillating-loss.mortgage-sgd-batch-8': 'mortgage-sgd-batch-8',
    'ok.segments-adam-string-target': 'segments-adam-string-target',
    'ok.segments-onehot-rmsprop-tanh-slow': 'segments-onehot-rmsprop-tanh-slow',
    'ok.segments-sgd-momentum': 'segments-sgd-momentum',
    'ok.segments-bn-dropout': 'segments-bn-dropout',
    'ok.segments-three-features': 'segments-three-features',
    'oscillating-loss.segments-rmsprop-no-shuffle': 'segments-rmsprop-no-shuffle',
    'ok.fx-adam-tanh': 'fx-adam-tanh',
    'ok.fx-sgd-relu': 'fx-sgd-relu',
    'ok.fx-rmsprop-raw-elu': 'fx-rmsprop-raw-elu',
    'ok.fx-batchnorm-dropout': 'fx-batchnorm-dropout',
    'ok.blobs-four-segments': 'blobs-four-segments',
    'ok.blobs-three-sgd-tanh': 'blobs-three-sgd-tanh',
    'ok.moons-fraud-toy': 'moons-fraud-toy',
    'ok.circles-rmsprop-tanh-noisy': 'circles-rmsprop-tanh-noisy',
    'ok.circles-tanh-two-layers-short': 'circles-tanh-two-layers-short',
    'ok.inline-approvals-short': 'inline-approvals-short',
}

# dropped: candidate -> reason (also listed in README.md)
D = {
    'ok.returns-small-mlp': 'next-day index return from lagged returns: as the theme says, almost no signal; last/base 1.00, so it is not clearly healthy (and not faulty)',
    'ok.circles-rmsprop-tanh': 'trains perfectly, but its second tanh layer ends 55% saturated: not clearly healthy (replaced by circles-rmsprop-tanh-noisy)',
    'ok.claims-log-sgd-clip': 'fits (0.40 of baseline) but the hidden tanh layer is 44% saturated: not clearly healthy (replaced by claims-log-sgd-minmax-clip)',
    'ok.claims-log-sgd-half-lr': 'second try of the same: hidden tanh still 40% saturated',
    'ok.credit-sgd-tanh': 'fits (0.17) but the hidden tanh layer is 44% saturated (replaced by credit-sgd-tanh-lr-0.02)',
    'ok.inline-approvals': 'fits the 24 rows perfectly, hidden tanh up to 48% saturated (replaced by inline-approvals-short)',
    'ok.segments-onehot-rmsprop-tanh': 'fits, hidden tanh up to 46% saturated (replaced by segments-onehot-rmsprop-tanh-slow)',
    'shape-mismatch.two-sigmoid-units-default': 'two sigmoid outputs for a 0/1 default flag under bce: the engine accepts and trains it (0.54 of baseline), so from what I may read it is not clearly statically wrong',
    'exploding-gradient.segments-deep-std-0.5': 'five relu layers at normal std 0.5: gradient norms stay below 31 and it fits perfectly',
    'exploding-gradient.segments-deep-std-1': 'five relu layers at normal std 1: gradient norms reach ~415 only in the first epochs, then it fits (0.09): not clear',
    'exploding-gradient.fx-raw-trade-balance': 'raw trade balance with rmsprop and clipNorm: gradient norms up to ~416 early, then it trains to 0.11: not clear',
    'dead-relu.fraud-sgd-lr-1': 'sgd lr 1 on the fraud model: at most 19% of a layer dead and it fits (0.15 of baseline): not clear',
    'lr-too-high.loans-sgd-lr-2': 'sgd lr 2: noisy but steadily decreasing loss (0.53 of baseline): not clear',
    'lr-too-high.loans-sgd-lr-8': 'sgd lr 8: noisy, 0.80 of baseline, no rise: not clear',
    'lr-too-high.segments-rmsprop-0.1': 'rmsprop 0.1: jittery but fits to ~0: not clear',
    'lr-too-high.segments-rmsprop-0.5': 'rmsprop 0.5: spikes up to 0.64 but ends at 0.04 of the baseline: not clear',
    'lr-too-high.fx-sgd-0.3': 'sgd 0.3: jittery but 0.11 of baseline, close to the healthy 0.08: not clear',
    'lr-too-high.bands-adam-0.5': 'adam 0.5: swings 0.47-1.29 and 56% dead units, ends 0.39 of baseline: a mix of symptoms, none clear enough',
    'oscillating-loss.loans-momentum-0.99': 'sgd 0.1 momentum 0.99: mild jitter and a late drift from 0.16 to 0.21 (0.61 of baseline at the end): not clear',
    'oscillating-loss.fx-fullbatch-momentum-0.99': 'big swings in the first 20 epochs, then settles near the healthy loss: not clear',
    'oscillating-loss.fx-fullbatch-rmsprop-0.05': 'a few decaying bumps, ends 0.11 of baseline: not clear',
    'oscillating-loss.bands-fullbatch-momentum-0.99': 'smooth loss (0.20 of baseline) but the hidden tanh layer is 72% saturated: neither clearly healthy nor clearly faulty',
    'oscillating-loss.claims-fullbatch-momentum-0.95': 'early swings, then a smooth decrease to 0.40: not clear',
    'oscillating-loss.loans-fullbatch-adam-0.2': 'smooth decrease to 0.44 of baseline but update ratios up to 0.53: not clearly healthy either',
    'oscillating-loss.segments-fullbatch-momentum-0.99': 'slow ripples on a decreasing loss that fits to ~0: not clear',
    'oscillating-loss.claims-fullbatch-momentum-0.99': 'full-batch sgd momentum 0.99: the loss zigzags up and down nearly every epoch for the last 70 epochs, but only by about 4% of the baseline on a slowly falling loss (0.48 of baseline at the end): an oscillation, too small to call clear',
    'oscillating-loss.loans-fullbatch-sgd-1-momentum-0.99': 'ripples early, ends 0.71 of baseline: not clear',
    'loss-plateau.claims-sgd-weight-decay-1': 'weightDecay 1: flat from epoch 4, but at 0.56 of baseline (healthy claims models 0.33-0.50), not far enough from a useful loss to call it a plateau',
    'loss-plateau.claims-adam-weight-decay-3': 'weightDecay 3 with adam: 0.71 of baseline and drifting: not clear',
    'loss-plateau.fx-adam-weight-decay-1': 'weightDecay 1 with adam: still learns to 0.25 of baseline',
    'loss-plateau.claims-sgd-weight-decay-1-slow': 'weightDecay 1, sgd 0.001: learns to 0.54 of baseline',
}

# ---------- checks ----------
cands = sorted(n[: -len('.nn.json')] for n in os.listdir(CAND) if n.endswith('.nn.json'))
claimed = list(F) + list(H) + list(D)
assert len(claimed) == len(set(claimed)), 'a candidate has two verdicts'
missing = [c for c in cands if c not in claimed]
extra = [c for c in claimed if c not in cands]
assert not missing, f'no verdict for {missing}'
assert not extra, f'verdict for unknown {extra}'
for c in cands:
    assert c in observed, f'no observation for {c}'

# ---------- covers text from the spec ----------
def describe(spec):
    data = spec['data']
    if 'csv' in data:
        t = data['target']
        t = '+'.join(t) if isinstance(t, list) else t
        src = f"{os.path.basename(data['csv'])} -> {t}"
        if 'features' in data:
            src += f" ({len(data['features'])} features)"
    elif 'builtin' in data:
        opts = ', '.join(f'{k} {v}' for k, v in data.items() if k not in ('builtin', 'normalize'))
        src = f"builtin {data['builtin']}" + (f' ({opts})' if opts else '')
    else:
        src = f"inline table of {len(data['inline']['x'])} rows"
    src += f", normalize {data.get('normalize', 'none')}"
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
        else:
            s = f"{l['units']} {l.get('activation', 'linear')}"
            if l.get('batchNorm'):
                s += ' bn'
            if 'init' in l:
                s += f" {l['init']}"
            layers.append(s)
    o = spec['optimizer']
    os_ = f"{o['type']} {o['lr']}"
    for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm'):
        if k in o:
            os_ += f' {k} {str(o[k]).lower()}'
    t = spec['training']
    ts = f"batch {t.get('batchSize', 32)}, {t.get('epochs', 100)} epochs"
    if 'validationSplit' in t:
        ts += f", validationSplit {t['validationSplit']}"
    if t.get('shuffle') is False:
        ts += ', no shuffle'
    return f"{src}, [{', '.join(layers)}], {spec['loss']}, {os_}, {ts}"

def load(c):
    with open(os.path.join(CAND, c + '.nn.json')) as f:
        return f.read()

# ---------- filing ----------
for sub in ('faulty', 'healthy', 'dropped'):
    shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    os.makedirs(os.path.join(HERE, sub))

faults = []
for c, (code, slug, stage, catches, text) in sorted(F.items(), key=lambda kv: (kv[1][0], kv[1][1])):
    name = f'faulty/{code}.{slug}.nn.json'
    assert not os.path.exists(os.path.join(HERE, name)), name
    shutil.copyfile(os.path.join(CAND, c + '.nn.json'), os.path.join(HERE, name))
    faults.append({'file': name, 'code': code, 'fault': f'{text} (observe: {observed[c]})', 'stage': stage, 'catches': catches})

healthy = []
for c, slug in sorted(H.items(), key=lambda kv: kv[1]):
    name = f'healthy/{slug}.nn.json'
    assert not os.path.exists(os.path.join(HERE, name)), name
    shutil.copyfile(os.path.join(CAND, c + '.nn.json'), os.path.join(HERE, name))
    spec = json.loads(load(c))
    healthy.append({'file': name, 'covers': f'{describe(spec)} (observe: {observed[c]})'})

for c in D:
    shutil.copyfile(os.path.join(CAND, c + '.nn.json'), os.path.join(HERE, 'dropped', c + '.nn.json'))

about = (
    f'{ORDINAL} fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
    'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
    'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
    'Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary '
    '(observed.txt); --curve for the lr-too-high, lr-too-low, oscillating and plateau candidates (observed-curves.txt); no diagnosis '
    'code involved. Theme: finance, banking and insurance: loan default (loans.csv: 800 loans, income, loan amount, term, debt-to-income '
    'ratio, credit-history length, ~9% defaults, plus a loan_id and an application_date people forget to drop), card fraud (fraud.csv: '
    '1500 transactions, amount, hour, merchant one-hot, distance from home, ~1.7% fraud), motor-insurance claims (claims.csv: 63% zero '
    'claims, a heavy tail of large ones, raw amount, thousands and log1p columns), credit-score bands (credit_bands.csv, 4 string '
    'bands), next-day index returns (index_returns.csv, almost no signal), mortgage rates (mortgage_rates.csv, percent), customer '
    'segments (segments.csv, balances in currency up to millions, 4 segments as strings and one-hot) and exchange-rate changes (fx.csv, '
    'macro indicators), with amounts in currency units, ratios already in [0, 1], ID and date columns, a raw bank export with ISO dates '
    'and "N/A" cells (loans-export.csv) and a 2-row extract (loans-q1.csv); also builtin blobs, moons and circles and one inline table. '
    'Data written by data/generate.ts; specs by author.ts; this manifest and the filing by write-manifest.py. See README.md for how it '
    'was written and what was read.'
)
manifest = {'about': about, 'faults': faults, 'healthy': healthy}
with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
    json.dump(manifest, f, indent=2)
    f.write('\n')

counts = {}
for e in faults:
    counts[e['code']] = counts.get(e['code'], 0) + 1
print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(D)} dropped')
for k in sorted(counts):
    print(f'  {k}: {counts[k]}')
