#!/usr/bin/env python3
"""Files the candidates of the sixtieth blind fault set by what the bare engine showed, and writes manifest.json.

Run from the repo root after `npx tsx test/faults-blind60/author.ts` and the observe.ts runs:
    python3 test/faults-blind60/write-manifest.py
Every candidate in candidates/ must appear exactly once below: as a fault (code, slug, stage, catches,
fault text), as healthy (slug, covers text) or as dropped (reason). Each manifest text ends with the
candidate's line of observed.txt (test/faults/observe.ts --summary).
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

# candidate -> (code, slug, stage, catches, fault)
FAULTS = {
    # ---------------------------------------------------------------- static
    'invalid-spec.optimizer-learning-rate-key': ('invalid-spec', 'optimizer-learning-rate-key', 'static', ['invalid-spec'],
        'churn model with the optimizer\'s rate written "learning_rate" (Keras habit) instead of "lr"'),
    'invalid-spec.activation-keras-case': ('invalid-spec', 'activation-keras-case', 'static', ['invalid-spec'],
        'ad click model with the hidden activations written "ReLU" (PyTorch class-name habit)'),
    'invalid-spec.loss-keras-name': ('invalid-spec', 'loss-keras-name', 'static', ['invalid-spec'],
        'e-mail open model with loss "binary_crossentropy" (the Keras name) instead of "bce"'),
    'invalid-spec.batch-size-snake-case': ('invalid-spec', 'batch-size-snake-case', 'static', ['invalid-spec'],
        'RFM segment model with "batch_size" in the training block instead of "batchSize"'),
    'data-error.target-churn-misnamed': ('data-error', 'target-churn-misnamed', 'static', ['data-error'],
        'streaming churn model whose target is "churn" while the export calls the column "churned"'),
    'data-error.feature-ctr-misnamed': ('data-error', 'feature-ctr-misnamed', 'static', ['data-error'],
        'ad click model listing feature "ctr" while the column is "hist_ctr"'),
    'data-error.bid-currency-strings': ('data-error', 'bid-currency-strings', 'static', ['data-error'],
        'CPC regression on an ad-platform export whose bid column is formatted as currency ("$1.79")'),
    'data-error.watch-minutes-na-cells': ('data-error', 'watch-minutes-na-cells', 'static', ['data-error'],
        'churn model on a subscriber export with NA and empty cells in watch minutes and tenure'),
    'shape-mismatch.rfm-three-outputs-four-segments': ('shape-mismatch', 'rfm-three-outputs-four-segments', 'static', ['shape-mismatch'],
        'RFM segmentation into four segments (champions, loyal, at_risk, lost) with a 3-unit softmax output'),
    'shape-mismatch.sales-signups-one-output': ('shape-mismatch', 'sales-signups-one-output', 'static', ['shape-mismatch'],
        'campaign model regressing two targets (sales and signups) with a single output unit'),
    'shape-mismatch.ratings-four-star-classes': ('shape-mismatch', 'ratings-four-star-classes', 'static', ['shape-mismatch'],
        'content rating classifier (ratings 1-5) with a 4-unit softmax output, as if ratings were 1-4'),
    'loss-activation-mismatch.segment-softmax-mse': ('loss-activation-mismatch', 'segment-softmax-mse', 'static', ['loss-activation-mismatch'],
        'RFM segment classifier with a softmax output trained under mse instead of cce (it still reaches a good accuracy on this data; the mismatch is in the spec)'),
    'loss-activation-mismatch.click-linear-output-bce': ('loss-activation-mismatch', 'click-linear-output-bce', 'static', ['loss-activation-mismatch'],
        'ad click model with a linear output unit under bce (sigmoid forgotten): the loss ends above the prior baseline'),
    'loss-activation-mismatch.cpc-sigmoid-output': ('loss-activation-mismatch', 'cpc-sigmoid-output', 'static', ['loss-activation-mismatch'],
        'cost-per-click regression (CPC up to ~3.5 in currency) with a sigmoid output that cannot exceed 1: the loss stays above the mean baseline'),
    'loss-activation-mismatch.standardized-sales-sigmoid': ('loss-activation-mismatch', 'standardized-sales-sigmoid', 'static', ['loss-activation-mismatch'],
        'campaign sales regression with normalizeTarget standard (half the targets negative) and a sigmoid output: stuck at 0.58 of the baseline'),
    'init-symmetry.email-zeros-hidden': ('init-symmetry', 'email-zeros-hidden', 'static', ['init-symmetry'],
        'e-mail open model with both tanh hidden layers initialised to zeros: the first layer never gets a gradient and the loss stays at the baseline'),
    'init-symmetry.churn-constant-hidden': ('init-symmetry', 'churn-constant-hidden', 'static', ['init-symmetry'],
        'churn model with both relu hidden layers initialised to the constant 0.1: identical units, the net ends worse than the healthy churn specs (0.72 vs about 0.61 of the baseline)'),
    'init-symmetry.rfm-constant-all-layers': ('init-symmetry', 'rfm-constant-all-layers', 'static', ['init-symmetry'],
        'RFM segment model with every layer initialised to the constant 0.05: symmetric units, stuck at 0.57 of the baseline while the healthy RFM specs reach 0.06-0.30'),
    'init-scale.email-normal-std-3': ('init-scale', 'email-normal-std-3', 'static', ['init-scale', 'saturated-activation'],
        'e-mail open model with tanh hidden layers initialised normal std 3 (Glorot would be about 0.2): 92% of the second layer pinned at +-1'),
    'init-scale.churn-uniform-limit-5': ('init-scale', 'churn-uniform-limit-5', 'static', ['init-scale'],
        'churn model, three relu layers with uniform init limit 5: first loss 160, ends at 0.84 of the baseline'),
    'init-scale.ratings-tiny-normal-deep': ('init-scale', 'ratings-tiny-normal-deep', 'static', ['init-scale', 'vanishing-gradient'],
        'rating classifier, three tanh layers and the output initialised normal std 0.001: the signal vanishes and the loss never leaves the baseline'),
    'exploding-gradient.churn-deep-normal-std-1': ('init-scale', 'churn-deep-normal-std-1', 'static', ['init-scale', 'exploding-gradient'],
        'churn model, four 64-unit relu layers initialised normal std 1 (He would be about 0.18): first loss 33 (57x the baseline), output gradient norm up to 610'),
    'no-nonlinearity.rfm-linear-hidden': ('no-nonlinearity', 'rfm-linear-hidden', 'static', ['no-nonlinearity'],
        'RFM segment model whose hidden layers have no activation (linear by default): threshold rules learnt only to 0.37 of the baseline (healthy RFM specs: 0.06-0.30)'),
    'no-nonlinearity.email-linear-stack': ('no-nonlinearity', 'email-linear-stack', 'static', ['no-nonlinearity'],
        'e-mail open model with two hidden layers set "linear": cannot model the send-hour cycle, 0.79 of the baseline (healthy e-mail specs about 0.61-0.68)'),
    'no-nonlinearity.moons-lookalike-linear': ('no-nonlinearity', 'moons-lookalike-linear', 'static', ['no-nonlinearity'],
        'lookalike-audience model on moons with linear hidden layers: accuracy 0.87, loss 0.39 of the baseline where the relu version reaches 0'),
    'lr-out-of-range.adam-lr-50': ('lr-out-of-range', 'adam-lr-50', 'static', ['lr-out-of-range', 'lr-too-high'],
        'churn model with adam lr 50 (meant 0.0005?)'),
    'lr-out-of-range.sgd-lr-200': ('lr-out-of-range', 'sgd-lr-200', 'static', ['lr-out-of-range', 'lr-too-high'],
        'campaign sales model with sgd lr 200'),
    'lr-out-of-range.rmsprop-lr-25': ('lr-out-of-range', 'rmsprop-lr-25', 'static', ['lr-out-of-range', 'lr-too-high'],
        'e-mail open model with rmsprop lr 25'),
    'lr-out-of-range.adam-lr-1e-8': ('lr-out-of-range', 'adam-lr-1e-8', 'static', ['lr-out-of-range', 'lr-too-low'],
        'RFM segment model with adam lr 1e-8 (exponent typo for 1e-3): nothing moves in 100 epochs'),
    # ---------------------------------------------------------------- probe / training
    'dead-relu.churn-negative-bias': ('dead-relu', 'churn-negative-bias', 'probe', ['dead-relu'],
        'churn model with relu hidden layers whose bias starts at -3 ("sparse activations"): the second layer is dead from the start and the loss sits at the baseline'),
    'dead-relu.rfm-minmax-negative-bias': ('dead-relu', 'rfm-minmax-negative-bias', 'probe', ['dead-relu'],
        'RFM segment model on minmax features ([0, 1]) with relu bias -2: every hidden unit dead, loss at the baseline'),
    'dead-relu.cpc-adam-lr-high-deep': ('dead-relu', 'cpc-adam-lr-high-deep', 'training', ['dead-relu', 'lr-too-high'],
        'CPC regression, three 32-unit relu layers with adam lr 0.1: 91% and 81% of the second and third layers die (the loss still gets low through the survivors)'),
    'dead-relu.churn-raw-epoch-timestamps': ('dead-relu', 'churn-raw-epoch-timestamps', 'probe', ['dead-relu'],
        'churn model fed the raw signup epoch (1.5e9 seconds) and raw watch minutes without normalization, sgd 0.01: first loss 1.8e20, then every relu unit is dead and the loss sits at the baseline'),
    'dead-relu.cpc-raw-impressions-momentum': ('dead-relu', 'cpc-raw-impressions-momentum', 'probe', ['dead-relu'],
        'CPC regression on raw features (impressions in the hundreds of thousands) with sgd momentum: the first steps kill every relu unit, loss at the baseline'),
    'exploding-gradient.sales-raw-features-raw-target': ('exploding-gradient', 'sales-raw-features-raw-target', 'probe', ['exploding-gradient'],
        'campaign sales regression on raw spend (up to 200,000) and raw sales target, adam: layer gradient norms 1e7 to 2e9'),
    'exploding-gradient.next-month-raw-minutes-target': ('exploding-gradient', 'next-month-raw-minutes-target', 'probe', ['exploding-gradient'],
        'next-month watch-time regression with a raw heavy-tailed minutes target (no normalizeTarget): gradient norms 3e3 to 1.2e6'),
    'exploding-gradient.sales-raw-everything-sgd': ('exploding-gradient', 'sales-raw-everything-sgd', 'probe', ['exploding-gradient'],
        'campaign sales regression, nothing normalized, sgd 0.001: the loss jumps to 1e38 and sticks at 4e31 with output-layer gradient norms 1e16-1e17'),
    'vanishing-gradient.email-six-sigmoid-layers': ('vanishing-gradient', 'email-six-sigmoid-layers', 'probe', ['vanishing-gradient'],
        'e-mail open model with six sigmoid hidden layers and plain sgd: first-layer gradient 1e-4 of the last layer\'s, loss at the baseline'),
    'vanishing-gradient.rfm-five-sigmoid-sgd': ('vanishing-gradient', 'rfm-five-sigmoid-sgd', 'probe', ['vanishing-gradient'],
        'RFM segment model with five 32-unit sigmoid layers and sgd 0.01: first-layer gradient about 5e-4 of the output layer\'s, loss at the baseline'),
    'vanishing-gradient.next-month-seven-tanh-small-init': ('vanishing-gradient', 'next-month-seven-tanh-small-init', 'probe', ['vanishing-gradient', 'init-scale'],
        'watch-time regression with seven 32-unit tanh layers initialised normal std 0.02, sgd momentum: first-layer gradients 2e-7 to 3e-5, loss at the baseline'),
    'nan-loss.sales-raw-spend-sgd': ('nan-loss', 'sales-raw-spend-sgd', 'probe', ['nan-loss', 'exploding-gradient'],
        'campaign sales regression with the target standardized but the spend features left raw, sgd 0.001: NaN in the first epoch'),
    'nan-loss.cpc-sgd-lr-1': ('nan-loss', 'cpc-sgd-lr-1', 'probe', ['nan-loss', 'lr-too-high'],
        'CPC regression with plain sgd lr 1: NaN in the first epoch'),
    'nan-loss.next-month-raw-target-sgd': ('nan-loss', 'next-month-raw-target-sgd', 'probe', ['nan-loss', 'exploding-gradient'],
        'next-month watch minutes regressed in raw minutes (up to tens of thousands) with sgd 0.01: NaN in the first epoch'),
    'nan-loss.cpc-raw-leaky-momentum': ('nan-loss', 'cpc-raw-leaky-momentum', 'probe', ['nan-loss', 'exploding-gradient'],
        'CPC regression on raw impressions with leaky_relu hidden units and sgd momentum 0.9: NaN in the first epoch'),
    'lr-too-high.email-adam-0.3': ('lr-too-high', 'email-adam-0.3', 'training', ['lr-too-high'],
        'e-mail open model with adam lr 0.3: the loss falls to 0.598 by epoch 4, then climbs back to the baseline and stays there with the second layer dead'),
    'lr-too-high.ratings-momentum-0.5': ('lr-too-high', 'ratings-momentum-0.5', 'training', ['lr-too-high', 'oscillating-loss'],
        'rating classifier with sgd lr 0.5 momentum 0.9: best 0.78 at epoch 12, then swings between 0.85 and 1.29'),
    'lr-too-high.churn-momentum-0.99': ('lr-too-high', 'churn-momentum-0.99', 'training', ['lr-too-high'],
        'churn model with sgd lr 0.05 and momentum 0.99: best 0.398 around epoch 34, then the loss climbs to 0.57 by the end'),
    'oscillating-loss.email-sgd-3-full-batch': ('lr-too-high', 'email-sgd-3-full-batch', 'training', ['lr-too-high'],
        'e-mail open model, full batch with sgd lr 3: smooth to 0.413 by epoch 95, then a blow-up to 0.647 at epoch 103, and a second rise at the end'),
    'oscillating-loss.next-month-rmsprop-0.05-full-batch': ('lr-too-high', 'next-month-rmsprop-0.05-full-batch', 'training', ['lr-too-high', 'oscillating-loss'],
        'watch-time regression, full batch with rmsprop lr 0.05: the loss reaches 0.11 then spikes to 0.44, 0.29, 0.21 in recurring bursts'),
    'oscillating-loss.churn-clipped-momentum-lr-2': ('lr-too-high', 'churn-clipped-momentum-lr-2', 'probe', ['lr-too-high', 'oscillating-loss'],
        'churn model with sgd lr 2 momentum 0.9 "made safe" by clipNorm 1: never below its first epoch, swinging between 0.9 and 2.5 (2x the baseline)'),
    'lr-too-low.churn-sgd-1e-5': ('lr-too-low', 'churn-sgd-1e-5', 'probe', ['lr-too-low'],
        'churn model with plain sgd lr 1e-5: the loss moves 0.884 -> 0.865 in 60 epochs, still above the baseline'),
    'lr-too-low.rfm-adam-5e-6': ('lr-too-low', 'rfm-adam-5e-6', 'probe', ['lr-too-low'],
        'RFM segment model with adam lr 5e-6: 1.87 -> 1.78 in 100 epochs, above the baseline'),
    'lr-too-low.sales-full-batch-sgd-1e-4': ('lr-too-low', 'sales-full-batch-sgd-1e-4', 'probe', ['lr-too-low'],
        'campaign sales regression, full batch (one step per epoch) with sgd lr 1e-4: 2.38 -> 2.12 in 150 epochs, twice the baseline'),
    'saturated-activation.click-sigmoid-raw-impressions': ('saturated-activation', 'click-sigmoid-raw-impressions', 'probe', ['saturated-activation'],
        'ad click model on raw features including ad_id and impressions, sigmoid hidden layers: the first layer is pinned (saturated 1.00, gradient ~1e-12), loss at the baseline'),
    'saturated-activation.churn-tanh-raw-minutes': ('saturated-activation', 'churn-tanh-raw-minutes', 'probe', ['saturated-activation'],
        'churn model on raw watch minutes and tenure (normalize none) with tanh hidden layers: 94% of the first layer pinned at +-1'),
    'saturated-activation.ratings-tanh-normal-std-4': ('saturated-activation', 'ratings-tanh-normal-std-4', 'probe', ['saturated-activation', 'init-scale'],
        'rating classifier with tanh layers initialised normal std 4: 75% and 92% saturated, loss 0.49 of the baseline (the healthy rating specs 0.23)'),
    'nan-loss.sales-raw-tanh-sgd': ('saturated-activation', 'sales-raw-spend-tanh', 'probe', ['saturated-activation', 'exploding-gradient'],
        'campaign sales regression on raw spend with a tanh hidden layer and raw target: the hidden layer is pinned (saturated 1.00) and the loss stays at 0.76 of the baseline'),
    'loss-plateau.email-weight-decay-0.5': ('loss-plateau', 'email-weight-decay-0.5', 'training', ['loss-plateau'],
        'e-mail open model with weightDecay 0.5 (meant 5e-4): the weights are held near zero and the loss stays at the baseline'),
    'loss-plateau.rfm-momentum-weight-decay-1': ('loss-plateau', 'rfm-momentum-weight-decay-1', 'training', ['loss-plateau'],
        'RFM segment model with sgd momentum and weightDecay 1: the loss never leaves the baseline'),
    'loss-plateau.sales-from-id-and-market': ('loss-plateau', 'sales-from-id-and-market', 'training', ['loss-plateau'],
        'campaign sales regression whose features list picked campaign_id and the constant market code instead of the spend columns: no progress, loss at the baseline'),
    'loss-plateau.ratings-rmsprop-weight-decay': ('loss-plateau', 'ratings-rmsprop-weight-decay', 'training', ['loss-plateau'],
        'rating classifier with rmsprop and weightDecay 0.3: down to 1.30 by epoch 11, then flat at 1.34 (0.87 of the baseline; the healthy rating specs reach 0.23)'),
    'oscillating-loss.rfm-clipped-momentum-lr-2': ('oscillating-loss', 'rfm-clipped-momentum-lr-2', 'training', ['oscillating-loss', 'lr-too-high'],
        'RFM segment model with sgd lr 2 momentum 0.9 and clipNorm 0.5: the loss swings between 0.5 and 2.4 for all 100 epochs'),
    'oscillating-loss.sales-clipped-sgd-full-batch': ('oscillating-loss', 'sales-clipped-sgd-full-batch', 'training', ['oscillating-loss', 'lr-too-high'],
        'campaign sales regression, full batch, sgd lr 0.5 with clipNorm 1: the loss zigzags up and down every epoch for 150 epochs and ends at 0.17 of the baseline (the healthy sales specs 0.01)'),
    'oscillating-loss.cpc-clipped-sgd-full-batch': ('oscillating-loss', 'cpc-clipped-sgd-full-batch', 'training', ['oscillating-loss', 'lr-too-high'],
        'CPC regression, full batch, sgd lr 0.8 with clipNorm 0.3: the loss zigzags every epoch (0.06 <-> 0.11 at the end) and ends at 0.14 of the baseline (the healthy CPC specs 0.01)'),
}

# candidate -> (slug, covers)
HEALTHY = {
    'healthy.ads-click-adam': ('ads-click-adam', 'ad_clicks.csv (clicked ~4%) standard, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003, batch 64, 60 epochs'),
    'healthy.ads-click-momentum': ('ads-click-momentum', 'ad_clicks.csv standard, [12 relu, 1 sigmoid], bce, sgd 0.01 momentum 0.9, 80 epochs'),
    'healthy.ads-click-dropout-wd': ('ads-click-dropout-wd', 'ad_clicks.csv standard, [32 relu, dropout 0.2, 16 relu, 1 sigmoid], bce, adam 0.002 weightDecay 1e-4'),
    'healthy.ads-click-slow-adam-long': ('ads-click-slow-adam-long', 'ad_clicks.csv standard, [16 relu, 1 sigmoid], bce, adam 0.0005, 150 epochs'),
    'healthy.ads-cpc-adam': ('ads-cpc-adam', 'ad_clicks.csv cpc regression, standard, [32 relu, 16 relu, 1], mse, adam 0.003'),
    'healthy.ads-cpc-rmsprop-minmax': ('ads-cpc-rmsprop-minmax', 'ad_clicks.csv cpc, minmax, [24 tanh, 1], mse, rmsprop 0.002'),
    'healthy.ads-cpc-sgd-momentum': ('ads-cpc-sgd-momentum', 'ad_clicks.csv cpc, standard, [16 relu, 1], mse, sgd 0.01 momentum 0.9'),
    'lr-too-high.cpc-sgd-0.3': ('ads-cpc-sgd-0.3-tanh', 'ad_clicks.csv cpc, standard, [16 tanh, 1], mse, plain sgd 0.3 (written as an lr-too-high candidate; it trains smoothly, so filed healthy)'),
    'oscillating-loss.cpc-adam-0.05-full-batch': ('ads-cpc-adam-full-batch', 'ad_clicks.csv cpc, standard, [16 relu, 1], mse, adam 0.05, full batch 1500, 150 epochs (written as an oscillation candidate; it descends smoothly, so filed healthy)'),
    'healthy.campaigns-sales-adam': ('campaigns-sales-adam', 'campaigns.csv sales, standard + normalizeTarget standard, [16 relu, 8 relu, 1], mse, adam 0.005'),
    'healthy.campaigns-sales-sgd-minmax': ('campaigns-sales-sgd-minmax', 'campaigns.csv sales, minmax + normalizeTarget minmax, [16 tanh, 1], mse, sgd 0.05 momentum 0.9, 200 epochs'),
    'healthy.campaigns-signups-rmsprop-elu': ('campaigns-signups-rmsprop-elu', 'campaigns.csv signups, standard/standard, [12 elu, 1], mse, rmsprop 0.003'),
    'healthy.campaigns-sales-signups-two-targets': ('campaigns-sales-signups-two-targets', 'campaigns.csv [sales, signups] two regression targets, standard/standard, [16 relu, 2], mse, adam 0.005'),
    'healthy.campaigns-sales-weight-decay': ('campaigns-sales-weight-decay', 'campaigns.csv sales, standard/standard, [24 relu, 12 relu, 1], mse, adam 0.003 weightDecay 1e-3, batch 16'),
    'healthy.email-open-adam': ('email-open-adam', 'email.csv opened (~33%), standard, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003'),
    'healthy.email-open-batchnorm': ('email-open-batchnorm', 'email.csv, standard, [32 relu bn, 16 relu bn, 1 sigmoid], bce, adam 0.003, batch 64'),
    'healthy.email-open-nesterov-tanh': ('email-open-nesterov-tanh', 'email.csv, standard, [16 tanh, 1 sigmoid], bce, sgd 0.05 momentum 0.9 nesterov'),
    'healthy.email-open-leaky-rmsprop-val': ('email-open-leaky-rmsprop-val', 'email.csv, standard, [24 leaky_relu, 12 leaky_relu, 1 sigmoid], bce, rmsprop 0.001, validationSplit 0.2'),
    'healthy.email-open-small-batch': ('email-open-small-batch', 'email.csv, standard, [8 relu, 1 sigmoid], bce, adam 0.002, batch 8, 100 epochs'),
    'healthy.streaming-churn-adam': ('streaming-churn-adam', 'streaming.csv churned (~26%), standard, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003'),
    'healthy.streaming-churn-clipped-momentum': ('streaming-churn-clipped-momentum', 'streaming.csv churned, standard, [32 relu, 16 relu, 1 sigmoid], bce, sgd 0.02 momentum 0.9 clipNorm 5'),
    'healthy.streaming-churn-tanh-xavier': ('streaming-churn-tanh-xavier', 'streaming.csv churned, standard, [16 tanh xavier_normal, 8 tanh, 1 sigmoid], bce, adam 0.002'),
    'healthy.streaming-churn-full-batch': ('streaming-churn-full-batch', 'streaming.csv churned, standard, [16 relu, 1 sigmoid], bce, adam 0.02, full batch 1000, 300 epochs'),
    'healthy.streaming-churn-lecun-tanh': ('streaming-churn-lecun-tanh', 'streaming.csv churned, minmax, [24 tanh lecun_normal, 1 sigmoid], bce, rmsprop 0.003'),
    'healthy.streaming-next-month-adam': ('streaming-next-month-adam', 'streaming.csv next_month_min (heavy-tailed), standard + normalizeTarget standard, [32 relu, 16 relu, 1], mse, adam 0.003'),
    'healthy.streaming-next-month-elu-rmsprop': ('streaming-next-month-elu-rmsprop', 'streaming.csv next_month_min, minmax + normalizeTarget standard, [16 elu, 1], mse, rmsprop 0.002'),
    'healthy.ratings-cce-adam': ('ratings-cce-adam', 'ratings.csv rating 1-5 as 5 classes, standard, [32 relu, 16 relu, 5 softmax], cce, adam 0.003'),
    'healthy.ratings-cce-momentum-tanh': ('ratings-cce-momentum-tanh', 'ratings.csv 5 classes, standard, [24 tanh, 5 softmax], cce, sgd 0.05 momentum 0.9'),
    'healthy.ratings-regression': ('ratings-regression', 'ratings.csv rating as a regression target, standard, [16 relu, 1], mse, adam 0.003'),
    'healthy.rfm-segment-adam': ('rfm-segment-adam', 'rfm.csv 4 string segments, standard, [16 relu, 8 relu, 4 softmax], cce, adam 0.005'),
    'healthy.rfm-segment-batchnorm-rmsprop': ('rfm-segment-batchnorm-rmsprop', 'rfm.csv, standard, [32 relu bn, 4 softmax], cce, rmsprop 0.001, batch 64'),
    'healthy.rfm-segment-elu-dropout': ('rfm-segment-elu-dropout', 'rfm.csv, standard, [32 elu, dropout 0.1, 16 elu, 4 softmax], cce, adam 0.003 weightDecay 1e-4'),
    'healthy.rfm-segment-plain-sgd': ('rfm-segment-plain-sgd', 'rfm.csv, standard, [16 tanh, 4 softmax], cce, plain sgd 0.1, 200 epochs'),
    'healthy.blobs-audience-clusters': ('blobs-audience-clusters', 'builtin blobs 4 classes 400 samples (audience clusters), [16 relu, 4 softmax], cce, adam 0.01'),
    'healthy.sine-weekly-viewing-cycle': ('sine-weekly-viewing-cycle', 'builtin sine 300 samples (a viewing cycle), [32 tanh, 16 tanh, 1], mse, adam 0.005, 300 epochs'),
    'healthy.moons-lookalike-audience': ('moons-lookalike-audience', 'builtin moons 400 samples, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01'),
    'healthy.circles-geo-targeting': ('circles-geo-targeting', 'builtin circles 400 samples noise 0.05, [16 tanh, 8 relu, 1 sigmoid], bce, adam 0.005'),
    'healthy.spirals-three-funnels': ('spirals-three-funnels', 'builtin spirals 3 classes 450 samples, [64 relu, 32 relu, 3 softmax], cce, adam 0.005, 300 epochs'),
}

DROPPED = {
    'data-error.pilot-two-campaigns': 'a two-row pilot export: the engine loads and trains it (it memorises two rows), so nothing shows a data error; too-few-rows is a judgement, not something the engine refuses',
    'shape-mismatch.churn-two-sigmoid-units': 'bce with two sigmoid output units on a 0/1 churn column: the engine accepts it and trains to 0.68 of the baseline, so the mismatch is not shown',
    'init-symmetry.cpc-zeros-relu': 'one zero-initialised relu layer under a randomly initialised output layer: the output weights break the symmetry and it trains to 0.01 of the baseline',
    'vanishing-gradient.churn-deep-tanh-small-normal': 'eight tanh layers at normal std 0.05 under adam: gradients do not vanish (first layer 0.01-2.5) and it trains to 0.71 of the baseline',
    'lr-too-high.churn-rmsprop-0.1': 'rmsprop 0.1 on churn: noisy but no rise, ends at 0.67 of the baseline with half the units dead; neither clearly lr-too-high nor healthy',
    'lr-too-high.sales-rmsprop-0.05': 'rmsprop 0.05 on sales: 88% of the relu units die and the loss bounces, yet it ends at 0.05 of the baseline; mixed',
    'oscillating-loss.cpc-rmsprop-full-batch': 'rmsprop 0.02 full batch on CPC: small periodic bumps (2% of the baseline) on a loss that reaches 0.04 of the baseline; not clearly oscillating',
    'oscillating-loss.email-sgd-0.5-batch-8': 'sgd 0.5 batch 8 on e-mail opens: descends with small noise to 0.69 of the baseline; no oscillation, update ratio near 0.2 so not clean enough for healthy',
    'oscillating-loss.rfm-adam-tiny-batch': 'adam 0.05 batch 4 on RFM: noisy (swings up to 8% of the baseline) with 84% of the first layer dead, ends at 0.20 of the baseline; mixed',
    'oscillating-loss.ratings-momentum-full-batch': 'sgd 0.1 momentum 0.9 full batch on ratings regression: big swings in the first 10 epochs, then a smooth descent to 0.11 of the baseline; neither',
    'oscillating-loss.email-clipped-sgd-full-batch': 'sgd 1 with clipNorm 0.5 full batch on e-mail opens: a smooth slow descent to 0.77 of the baseline; no oscillation and not clearly healthy',
}


def observed_lines():
    lines = {}
    with open(os.path.join(HERE, 'observed.txt')) as f:
        for raw in f:
            line = raw.strip()
            if not line:
                continue
            name = line.split(':', 1)[0].split(' ', 1)[0]
            if name.endswith('.nn.json'):
                name = name[: -len('.nn.json')]
            lines[name] = line if len(line) <= 700 else line[:697] + '...'
    return lines


def main():
    candidates = sorted(f[: -len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    assigned = list(FAULTS) + list(HEALTHY) + list(DROPPED)
    assert len(assigned) == len(set(assigned)), 'a candidate is assigned twice'
    missing = set(candidates) - set(assigned)
    extra = set(assigned) - set(candidates)
    assert not missing and not extra, (missing, extra)
    obs = observed_lines()
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))

    def copy(cand, dest, name):
        with open(os.path.join(CAND, cand + '.nn.json')) as f:
            spec = json.load(f)
        spec['name'] = name
        with open(os.path.join(HERE, dest), 'w') as f:
            f.write(json.dumps(spec, indent=2) + '\n')

    faults, healthy = [], []
    for cand, (code, slug, stage, catches, text) in FAULTS.items():
        assert code in catches and stage in ('static', 'probe', 'training')
        file = f'faulty/{code}.{slug}.nn.json'
        copy(cand, file, slug)
        faults.append({'file': file, 'code': code, 'fault': f'{text} (observe: {obs[cand]})', 'stage': stage, 'catches': catches})
    for cand, (slug, covers) in HEALTHY.items():
        file = f'healthy/{slug}.nn.json'
        copy(cand, file, slug)
        healthy.append({'file': file, 'covers': f'{covers} (observe: {obs[cand]})'})
    for cand in DROPPED:
        copy(cand, f'dropped/{cand}.nn.json', cand.split('.', 1)[1])
    files = [e['file'] for e in faults] + [e['file'] for e in healthy]
    assert len(files) == len(set(files)), 'two entries share a file'

    about = (
        'Sixtieth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
        'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
        'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
        'Each "fault" text (and each healthy "covers") ends with the line measured on the bare engine by test/faults/observe.ts --summary '
        '(observed.txt); --curve for the lr-too-high, lr-too-low, oscillating and plateau candidates (observed-curves.txt); no diagnosis code '
        'involved. Theme: marketing, advertising and media streaming: ad impressions (impressions in the hundreds of thousands next to '
        'rates in [0, 0.1], bid in currency, position, device one-hot, hour) to predict a rare click (~4%) or regress cost per click; '
        'campaign spend in currency to regress sales and sign-ups (with a campaign id, a constant market code and start dates as epoch '
        'seconds); e-mail sends to predict an open; streaming subscribers (heavy-tailed watch minutes, sessions, genres, plan tier, signup '
        'epoch) to predict churn or next-month watch time; content ratings 1-5; RFM scores to a four-class customer segment; plus the '
        'builtin blobs, sine, moons, circles and spirals. Data written by data/generate.ts (seeded); specs by author.ts; filed and this '
        'manifest written by write-manifest.py. See README.md for how it was written and what was read.'
    )
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        f.write(json.dumps(manifest, indent=2) + '\n')
    counts = {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(DROPPED)} dropped')
    for code in sorted(counts):
        print(f'  {code}: {counts[code]}')


if __name__ == '__main__':
    main()
