#!/usr/bin/env python3
"""Files the candidates of test/faults-blind59 by what the bare engine did and writes manifest.json.

Verdicts below were decided from observed.txt (test/faults/observe.ts --summary on every candidate)
and observed-curves.txt (--curve for the ones whose verdict depends on the curve). Each faulty
candidate is copied to faulty/<code>.<slug>.nn.json, each healthy one to healthy/<slug>.nn.json, the
rest to dropped/. Every manifest text ends with the candidate's observe line, its name replaced by
the filed name. Run: python3 test/faults-blind59/write-manifest.py (after author.ts and observe).
"""
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

# candidate -> (code, stage, catches, fault). The filed slug is the candidate's slug; a candidate whose
# intended code (its name prefix) differs from the observed one is filed under the observed code.
FAULTS = {
    # invalid-spec
    'invalid-spec.softmax-capitalised': ('invalid-spec', 'static', ['invalid-spec'],
        'turbine fault-state classifier with the output activation written "Softmax" (Keras class-name habit)'),
    'invalid-spec.learning-rate-key': ('invalid-spec', 'static', ['invalid-spec'],
        'rooftop-solar output regressor with the learning rate written "learning_rate" (Keras/PyTorch argument name) instead of "lr"'),
    'invalid-spec.epochs-as-string': ('invalid-spec', 'static', ['invalid-spec'],
        'grid-load forecaster with training.epochs written as the string "200", copied from a YAML job config'),
    'invalid-spec.keras-loss-name': ('invalid-spec', 'static', ['invalid-spec'],
        'district-meter leak detector with loss "binary_crossentropy" (the Keras name) instead of "bce"'),
    'invalid-spec.optimizer-momentum-type': ('invalid-spec', 'static', ['invalid-spec'],
        'smart-meter next-reading regressor with optimizer type "momentum" (meant SGD with momentum 0.9)'),
    # data-error
    'data-error.meter-gaps-na': ('data-error', 'static', ['data-error'],
        'smart-meter head-end export with "NA" and empty cells in kwh_prev and temp_c (meters-gaps.csv) fed as features'),
    'data-error.power-column-case': ('data-error', 'static', ['data-error'],
        'turbine power regressor asking for target "power_kW" while the SCADA export header says "power_kw"'),
    'data-error.irradiance-with-units': ('data-error', 'static', ['data-error'],
        'inverter log export with the unit pasted into every irradiance cell ("485.3 W/m2") used as a feature'),
    'data-error.grid-file-underscore': ('data-error', 'static', ['data-error'],
        'grid-load spec pointing at "grid_load.csv" while the file is gridload.csv'),
    'data-error.feature-not-exported': ('data-error', 'static', ['data-error'],
        'leak detector listing feature "acoustic_db", a logger column the district-meter export does not carry'),
    # shape-mismatch
    'shape-mismatch.turbine-three-states': ('shape-mismatch', 'static', ['shape-mismatch'],
        '3 softmax outputs for the 4 turbine states (normal, icing, yaw_error, bearing): the bearing class forgotten'),
    'shape-mismatch.solar-two-outputs': ('shape-mismatch', 'static', ['shape-mismatch'],
        '2 linear outputs (W and kW in mind) for the single output_w target of a solar regressor'),
    'shape-mismatch.grade-five-units': ('shape-mismatch', 'static', ['shape-mismatch'],
        'transformer health grades 1-4 given 5 softmax units, as if the labels were indices 0-4'),
    'shape-mismatch.grade-single-output': ('shape-mismatch', 'static', ['shape-mismatch'],
        'a single softmax unit for the 4 transformer health grades (the grade thought of as one ordinal output)'),
    # loss-activation-mismatch
    'loss-activation-mismatch.state-softmax-mse': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'],
        'turbine fault-state classifier with a softmax output trained under mse instead of cce (it still reaches high accuracy on this easy data: statically wrong, mild in effect)'),
    'loss-activation-mismatch.fault-linear-bce': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'],
        'rare faulty-meter flag (4.8% positives) with a linear output unit under bce (the engine still trains it to acc 1.000 on this separable flag: statically wrong, mild in effect)'),
    'loss-activation-mismatch.solar-sigmoid-watts': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'],
        'sigmoid output for solar output in raw watts (0-5000 W, no normalizeTarget) under mse: the output pins at 1 and the loss stays at 4x the baseline'),
    'loss-activation-mismatch.grade-sigmoid-cce': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'],
        '4 sigmoid outputs (multi-label habit) under cce for the transformer grade: the loss collapses toward 0 while accuracy stays at 0.455'),
    'loss-activation-mismatch.load-relu-output-tanh': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'],
        'tanh output for the standardized grid load (tails beyond +-1 sigma unreachable): loss stops at 0.22 of baseline, the same net with a linear output reaches 0.03'),
    # init-symmetry
    'init-symmetry.meter-zeros-hidden': ('init-symmetry', 'static', ['init-symmetry'],
        'smart-meter regressor with "init": "zeros" on both ReLU hidden layers: every unit identical and silent, loss stays at the baseline'),
    'init-symmetry.turbine-constant-hidden': ('init-symmetry', 'static', ['init-symmetry'],
        'turbine-state classifier with constant 0.1 init on both tanh hidden layers: units stay identical, loss 0.27 of baseline against 0.03 for the same data with default init'),
    'init-symmetry.grid-zeros-tanh': ('init-symmetry', 'static', ['init-symmetry'],
        'grid-load regressor with all layers zero-initialised (tanh hidden): the hidden gradient is exactly 0, loss stays at the baseline'),
    # init-scale
    'init-scale.solar-normal-std3': ('init-scale', 'static', ['init-scale'],
        'solar regressor with normal init std 3 on two 32-unit ReLU layers (meant 0.3?): first loss 1350x the baseline, ends at 1.97x'),
    'init-scale.grade-uniform-limit5': ('init-scale', 'static', ['init-scale', 'saturated-activation'],
        'transformer-grade classifier with uniform init limit 5 on tanh layers (Glorot is ~0.4): hidden tanh layers 67-91% saturated; the loss is still fine on this data (borderline in effect)'),
    'init-scale.grid-tiny-normal-deep': ('init-scale', 'static', ['init-scale', 'vanishing-gradient'],
        'grid-load regressor with normal init std 1e-3 on every layer of a 3x32 tanh stack: signal and gradient vanish, loss stays at the baseline'),
    # no-nonlinearity
    'no-nonlinearity.grid-all-linear': ('no-nonlinearity', 'static', ['no-nonlinearity'],
        'grid-load regressor with 32 and 16 linear hidden units: the daily load shape (morning and evening peaks) cannot be fit, loss 0.41 of baseline vs 0.03 with ReLU'),
    'no-nonlinearity.circles-linear-hidden': ('no-nonlinearity', 'static', ['no-nonlinearity'],
        'vibration-envelope classifier (circles) with linear hidden layers: no better than the prior (acc 0.540)'),
    'no-nonlinearity.power-curve-linear': ('no-nonlinearity', 'static', ['no-nonlinearity'],
        'turbine power-curve regressor with activation left out (linear) on both hidden layers: the cubic-then-flat power curve fit linearly, loss 0.11 of baseline vs 0.01 with ReLU'),
    # lr-out-of-range
    'lr-out-of-range.adam-lr5': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'],
        'solar regressor with adam lr 5 (meant 5e-3): first loss 3e7, ends at the baseline with the second layer dead'),
    'lr-out-of-range.rmsprop-lr10': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'],
        'grid-load regressor with rmsprop lr 10: first loss 8e12, ends at 25x the baseline'),
    'lr-out-of-range.sgd-lr50': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'],
        'transformer-grade classifier with sgd lr 50 and momentum 0.9: loss ends 108x the baseline, tanh layer fully saturated'),
    # dead-relu
    'dead-relu.meter-negative-bias': ('dead-relu', 'probe', ['dead-relu'],
        'smart-meter regressor with bias -3 on both ReLU layers ("only fire on real load"): the second layer is 100% dead from the start, loss stays at the baseline'),
    'dead-relu.grid-negative-bias-minmax': ('dead-relu', 'probe', ['dead-relu'],
        'grid-load regressor on minmax features with bias -1.5 on both ReLU layers: 78% and 100% dead, loss stays at the baseline'),
    'dead-relu.state-sgd-lr2': ('dead-relu', 'training', ['dead-relu', 'lr-too-high'],
        'turbine-state classifier with plain sgd lr 2: learns to 0.33 then one step kills the whole second ReLU layer (epoch 14) and the loss returns to the baseline for good'),
    # exploding-gradient
    'exploding-gradient.solar-raw-target-adam': ('exploding-gradient', 'probe', ['exploding-gradient'],
        'solar regressor on the raw output_w target (no normalizeTarget, watts in the thousands): layer gradient norms 1.5e3..1.3e6 for the whole run'),
    'exploding-gradient.grid-raw-target-rmsprop': ('exploding-gradient', 'probe', ['exploding-gradient'],
        'grid-load regressor on the raw load in MW (~1000) under rmsprop: gradient norms 560..1.6e5, loss stops at 0.35 of baseline'),
    'exploding-gradient.power-deep-std1': ('exploding-gradient', 'probe', ['exploding-gradient', 'init-scale'],
        'turbine power regressor, 3x32 ReLU with normal init std 1: first loss 1093x the baseline, output gradient up to 5200, ends stuck at 1.11x the baseline'),
    'dead-relu.grid-raw-timestamp': ('exploding-gradient', 'probe', ['exploding-gradient'],
        'grid-load regressor with the raw epoch timestamp (~1.7e9) among unnormalized features: gradient norms up to 1e18, loss ends 248x the baseline'),
    # nan-loss
    'nan-loss.grid-raw-target-sgd': ('nan-loss', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high'],
        'grid-load regressor on the raw MW target with sgd lr 0.01: NaN in the first epoch'),
    'nan-loss.power-raw-kw-momentum': ('nan-loss', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high'],
        'turbine power regressor on raw kW (0-2000) with sgd lr 0.001 momentum 0.9: NaN in the first epoch'),
    'nan-loss.meter-raw-timestamp-sgd': ('nan-loss', 'probe', ['nan-loss', 'exploding-gradient'],
        'smart-meter regressor with the raw epoch timestamp as a feature and normalize "none", sgd lr 0.01: NaN in the first epoch'),
    'dead-relu.solar-raw-watts-sgd': ('nan-loss', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high'],
        'solar regressor on raw watts with sgd lr 0.001: NaN in the first epoch'),
    'dead-relu.power-sgd-lr0.5': ('nan-loss', 'probe', ['nan-loss', 'lr-too-high', 'exploding-gradient'],
        'turbine power regressor (standardized target) with plain sgd lr 0.5 on two ReLU layers: NaN in the first epoch'),
    'lr-too-high.power-tanh-momentum-0.3': ('nan-loss', 'probe', ['nan-loss', 'lr-too-high', 'exploding-gradient'],
        'turbine power regressor with sgd lr 0.3 and momentum 0.9: loss 6e5 in epoch 1, NaN at epoch 3'),
    'oscillating-loss.meter-batch4-sgd': ('nan-loss', 'probe', ['nan-loss', 'lr-too-high', 'exploding-gradient'],
        'smart-meter regressor with batch size 4 and sgd lr 0.3 (rate kept from a full-batch run): NaN in the first epoch'),
    'oscillating-loss.meter-full-batch-sgd-0.9': ('nan-loss', 'probe', ['nan-loss', 'lr-too-high', 'exploding-gradient'],
        'smart-meter regressor, full-batch sgd lr 0.9: the loss grows every epoch from the first (1.42; the --curve run shows 7.7, 89, 250, 1.7e4 ...) and is NaN at epoch 24'),
    'oscillating-loss.solar-full-batch-momentum': ('nan-loss', 'probe', ['nan-loss', 'lr-too-high', 'exploding-gradient'],
        'solar regressor, full-batch sgd lr 0.5 momentum 0.9: diverges and is NaN at epoch 38'),
    # lr-too-high
    'lr-too-high.grade-adam-0.3': ('lr-too-high', 'training', ['lr-too-high', 'oscillating-loss'],
        'transformer-grade classifier with adam lr 0.3: the loss swings between 0.31 and 0.56 for 115 epochs, then jumps above the baseline (1.42) with the second ReLU layer dead and stays there'),
    'lr-too-high.solar-rmsprop-0.1': ('lr-too-high', 'probe', ['lr-too-high', 'oscillating-loss'],
        'solar regressor with rmsprop lr 0.1: first epoch loss 69x the baseline, then swings between 0.02 and 0.12 (the same net at 0.003 reaches 0.0015), 88-94% of ReLU units dead'),
    'lr-too-high.grid-adam-0.1': ('lr-too-high', 'training', ['lr-too-high', 'oscillating-loss'],
        'grid-load regressor with adam lr 0.1: the loss never settles, swinging 0.05-0.22 with repeated rises, 94% of the second ReLU layer dead; ends at 0.17 vs 0.03 at lr 0.003'),
    # lr-too-low
    'lr-too-low.grid-sgd-1e-5': ('lr-too-low', 'probe', ['lr-too-low'],
        'grid-load regressor with plain sgd lr 1e-5: the loss barely moves from 5.0 to 2.7 (2.7x the baseline) in 100 epochs, update ratio <= 2e-4'),
    'lr-too-low.state-adam-5e-6': ('lr-too-low', 'probe', ['lr-too-low'],
        'turbine-state classifier with adam lr 5e-6: loss moves 2.89 -> 2.59 (2.2x the baseline) in 100 epochs, accuracy 0.200'),
    'lr-too-low.meter-rmsprop-1e-6': ('lr-too-low', 'probe', ['lr-too-low'],
        'smart-meter regressor with rmsprop lr 1e-6: loss 1.15 -> 1.11, 26x the baseline after 100 epochs'),
    # saturated-activation
    'saturated-activation.solar-sigmoid-raw': ('saturated-activation', 'probe', ['saturated-activation'],
        'solar regressor with sigmoid hidden layers on raw features (irradiance in hundreds of W/m2, normalize "none"): first layer 94-98% saturated, loss 40x that of the normalized net'),
    'saturated-activation.grade-tanh-raw-ppm': ('saturated-activation', 'probe', ['saturated-activation'],
        'transformer-grade classifier with tanh layers on raw gas readings in ppm (CO in the hundreds): first layer 99-100% saturated, accuracy 0.660 vs 0.91'),
    'saturated-activation.grid-tanh-raw-timestamp': ('saturated-activation', 'probe', ['saturated-activation'],
        'grid-load regressor with a tanh layer on unnormalized features including the epoch timestamp: 100% saturated, zero gradient, loss stays at the baseline'),
    # loss-plateau
    'loss-plateau.fault-heavy-decay': ('loss-plateau', 'training', ['loss-plateau'],
        'faulty-meter flag classifier with adam weightDecay 1 (meant 1e-4?): the loss settles on the class-prior baseline (0.194) by epoch 25 and never leaves it'),
    'loss-plateau.state-dropout-0.9': ('loss-plateau', 'training', ['loss-plateau'],
        'turbine-state classifier with dropout 0.9 after an 8-unit layer: the loss hovers at 0.92-1.0 (0.8-0.87 of the baseline) from epoch 15 on, where the same data reaches 0.03 of it'),
    'loss-plateau.xor-sigmoid-sgd': ('loss-plateau', 'training', ['loss-plateau', 'lr-too-low'],
        'relay-logic (xor) classifier with 4 sigmoid hidden units and plain sgd 0.1: 200 epochs crawling from 0.70 to 0.65 (0.94 of baseline), accuracy 0.665'),
    'loss-plateau.leak-decay-0.5': ('loss-plateau', 'training', ['loss-plateau'],
        'leak detector with sgd weightDecay 0.5: the loss sits on the class-prior baseline (0.30) for 100 epochs while the same data is separable'),
    # vanishing-gradient
    'vanishing-gradient.grid-deep-sigmoid': ('vanishing-gradient', 'probe', ['vanishing-gradient'],
        'grid-load regressor with six 16-unit sigmoid layers and plain sgd: first-layer gradient 1.6e-4..1.8e-3 against 0.009..4.2 at the output, loss stays at the baseline'),
    'vanishing-gradient.leak-deep-sigmoid-small-init': ('vanishing-gradient', 'probe', ['vanishing-gradient'],
        'leak detector with four 32-unit sigmoid layers, normal init std 0.05: first-layer gradient 1e-5..3e-4 against 0.26..1.3 at the output, loss stays at the baseline'),
    'vanishing-gradient.grade-deep-sigmoid': ('vanishing-gradient', 'probe', ['vanishing-gradient'],
        'transformer-grade classifier with seven 16-unit sigmoid layers and plain sgd: first-layer gradient 1.3e-5..4.4e-5 against 0.03..0.9 at the output, loss stays at the baseline, accuracy 0.265'),
    # oscillating-loss
    'oscillating-loss.grade-adam-batch4': ('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'],
        'transformer-grade classifier with adam lr 0.2 and batch size 4: the loss swings between 0.45 and 0.94 for 90 epochs without settling'),
    'oscillating-loss.grid-momentum-0.95-batch8': ('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'],
        'grid-load regressor with sgd lr 0.02, momentum 0.95, batch 8: the loss bounces between 0.19 and 0.50 from epoch 10 to the end'),
    'oscillating-loss.state-rmsprop-batch8': ('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'],
        'turbine-state classifier with rmsprop lr 0.1 and batch 8: the loss jumps between 0.07 and 0.59 to the end'),
}

HEALTHY = {
    'healthy.meters-next-kwh-adam': 'meters.csv next half-hour kWh, standard, [16 relu, 8 relu, 1 linear], mse, adam 0.005, batch 32, 120 epochs',
    'healthy.meters-next-kwh-tanh-momentum': 'meters.csv next kWh, minmax, [12 tanh, 1 linear], mse, sgd 0.02 momentum 0.9, 150 epochs',
    'healthy.meters-next-kwh-elu-batchnorm': 'meters.csv next kWh, standard, [24 elu batchNorm, 12 elu, 1 linear], mse, rmsprop 0.002, batch 64',
    'healthy.meters-next-kwh-sgd-plain': 'meters.csv next kWh, standard, [16 relu, 1 linear], mse, plain sgd 0.05, batch 16',
    'healthy.meters-fault-flag-adam': 'meters.csv rare faulty-meter flag (4.8%), standard, [16 relu, 1 sigmoid], bce, adam 0.01',
    'healthy.meters-fault-flag-rmsprop-dropout': 'meters.csv faulty-meter flag, [24 relu, dropout 0.2, 12 relu, 1 sigmoid], bce, rmsprop 0.003, validationSplit 0.2',
    'healthy.solar-output-adam': 'solar.csv output in W with normalizeTarget standard, [32 relu, 16 relu, 1 linear], mse, adam 0.003',
    'healthy.solar-output-elu-minmax': 'solar.csv output, minmax features and target, [16 elu, 1 linear], rmsprop 0.002, batch 16',
    'healthy.solar-output-tanh-nesterov': 'solar.csv output, standard + normalizeTarget, [16 tanh, 8 tanh, 1 linear], sgd 0.01 momentum 0.9 nesterov',
    'healthy.solar-output-batchnorm-decay': 'solar.csv output, [24 relu batchNorm, 12 relu, 1 linear], adam 0.003 weightDecay 1e-4, validationSplit 0.2',
    'healthy.turbines-state-adam': 'turbines.csv 4 string states, standard, [24 relu, 12 relu, 4 softmax], cce, adam 0.005',
    'healthy.turbines-state-tanh-momentum': 'turbines.csv states, [16 tanh, 4 softmax], cce, sgd 0.05 momentum 0.9',
    'healthy.turbines-state-rmsprop-dropout': 'turbines.csv states, minmax, [32 leaky_relu, dropout 0.2, 16 leaky_relu, 4 softmax], rmsprop 0.002, validationSplit 0.15',
    'healthy.turbines-power-adam': 'turbines.csv power in kW with normalizeTarget standard, [32 relu, 16 relu, 1 linear], adam 0.003',
    'healthy.turbines-power-leaky-clip': 'turbines.csv power, [24 leaky_relu, 24 leaky_relu, 1], sgd 0.01 momentum 0.9 clipNorm 1, batch 16',
    'healthy.turbines-power-rmsprop-minmax': 'turbines.csv power, minmax features and target, [32 elu, 1 linear], rmsprop 0.003, batch 16',
    'healthy.grid-load-adam': 'gridload.csv load in MW with normalizeTarget standard, [32 relu, 16 relu, 1 linear], adam 0.003, 200 epochs',
    'healthy.grid-load-elu-rmsprop': 'gridload.csv load, [32 elu, 1 linear], rmsprop 0.003, 250 epochs (one hidden layer: ends at 0.20 of baseline)',
    'healthy.grid-load-minmax-momentum': 'gridload.csv load, minmax features and target, [32 elu, 16 elu, 1 linear], sgd 0.05 momentum 0.9, batch 16',
    'healthy.grid-load-weight-decay': 'gridload.csv load, [48 relu, dropout 0.1, 24 relu, 1 linear], adam 0.002 weightDecay 1e-4, validationSplit 0.2',
    'healthy.leaks-bce-adam': 'leaks.csv leak flag (9%), standard, [12 relu, 1 sigmoid], bce, adam 0.01',
    'healthy.leaks-bce-tanh-sgd': 'leaks.csv leak flag, [8 tanh, 1 sigmoid], bce, plain sgd 0.1, batch 16',
    'healthy.leaks-cce-two-class': 'leaks.csv leak as 2 classes, minmax, [16 relu, 2 softmax], cce, rmsprop 0.003',
    'healthy.leaks-small-batch-momentum': 'leaks.csv leak flag, [16 elu, 8 elu, 1 sigmoid], bce, sgd 0.01 momentum 0.9, batch 8',
    'healthy.transformers-grade-adam': 'transformers.csv integer grade 1-4 as 4 classes, standard, [16 relu, 8 relu, 4 softmax], cce, adam 0.005',
    'healthy.transformers-grade-elu-dropout': 'transformers.csv grade, minmax, [32 elu, dropout 0.1, 4 softmax], cce, rmsprop 0.003',
    'healthy.transformers-grade-tanh-nesterov': 'transformers.csv grade, [16 tanh, 4 softmax], cce, sgd 0.02 momentum 0.9 nesterov',
    'healthy.transformers-grade-clip-batch64': 'transformers.csv grade, [24 relu batchNorm, 12 relu, 4 softmax], adam 0.005 clipNorm 5, batch 64 (noisy curve, see README)',
    'healthy.sine-daily-profile': 'builtin sine (a daily load profile), [16 tanh, 16 tanh, 1 linear], mse, adam 0.01',
    'healthy.blobs-operating-modes': 'builtin blobs with 4 classes (plant operating modes), [16 relu, 4 softmax], cce, sgd 0.05 momentum 0.9',
    'healthy.circles-vibration-envelope': 'builtin circles (vibration envelope), [16 relu, 8 relu, 1 sigmoid], bce, adam 0.01',
    'healthy.moons-two-sensor-fault': 'builtin moons (two-sensor fault boundary), [16 tanh, 1 sigmoid], bce, rmsprop 0.005',
    'healthy.xor-relay-logic': 'builtin xor (relay logic), [8 elu, 1 sigmoid], bce, adam 0.02',
    'healthy.heat-pump-cop-inline': 'inline 80-row heat-pump table (outdoor and flow temperature to COP), standard, [12 tanh, 1 linear], mse, adam 0.01, batch 16',
    'healthy.iris-grade-proxy': 'builtin iris, standard, [12 relu, 3 softmax], cce, adam 0.01, batch 16',
    'healthy.spirals-phase-sequence': 'builtin spirals with 3 classes, [32 relu, 32 relu, 3 softmax], cce, adam 0.01, 300 epochs',
}

DROPPED = {
    'data-error.commissioning-three-rows': 'a 3-row commissioning sheet: the loader accepts 3 rows, and the engine refuses the spec on the class count (2 of the 4 states present) instead, so it is neither a clean data-error nor a spec shape fault',
    'shape-mismatch.leak-two-sigmoids': 'two sigmoid outputs under bce for a 0/1 leak flag: the engine accepted and trained it (acc 1.000), no visible fault',
    'dead-relu.fault-adam-lr-high': '53% of the second ReLU layer dead, but the loss goes to ~0 and accuracy 1.000: not clearly faulty',
    'dead-relu.solar-deep-narrow-adam-0.05': '63% of two narrow ReLU layers dead, yet the loss reaches 0.003 of baseline: not clearly faulty',
    'dead-relu.power-adam-0.3': 'spiky loss and 88% of a layer dead, but mostly trains to ~0.02 of baseline: neither clearly dead-relu nor lr-too-high',
    'dead-relu.solar-negative-bias-standard': '58% of the second layer dead, but the loss falls steadily to 0.03 of baseline: not clearly faulty',
    'lr-too-high.leak-sgd-lr3': 'sgd lr 3 on the separable leak data converged smoothly',
    'lr-too-high.state-momentum-0.5': 'early swings, then settles at accuracy 0.977',
    'lr-too-high.fault-rmsprop-0.3': 'rmsprop 0.3 on the faulty-meter flag converged to ~0',
    'loss-plateau.grid-one-unit-bottleneck': 'a 1-unit bottleneck plateaus at 0.54 of baseline: a capacity limit no code\'s advice fixes, and borderline "far from a good loss"',
    'vanishing-gradient.state-deep-tanh-tiny': 'deep tanh stack with std 0.01 init still trained to accuracy 0.958',
    'oscillating-loss.leak-momentum-0.99': 'early swings, then converged to ~0 on the separable leak data',
    'oscillating-loss.solar-adam-0.05-batch16': 'swings are tiny against the baseline (loss 0.002-0.015 of it)',
    'oscillating-loss.power-rmsprop-batch4': 'converged smoothly to 0.025 of baseline',
    'oscillating-loss.grade-rmsprop-batch8': 'swings about 4% of the baseline with a steady downward trend: not clearly oscillating',
}


def observed_lines():
    lines = {}
    with open(os.path.join(HERE, 'observed.txt')) as f:
        for raw in f:
            line = raw.strip()
            m = re.match(r'^([^:\s]+?)(?:\.nn\.json)?(?::| does not parse)', line)
            if m:
                lines[m.group(1)] = line
    return lines


def main():
    obs = observed_lines()
    candidates = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    listed = set(FAULTS) | set(HEALTHY) | set(DROPPED)
    missing = [c for c in candidates if c not in listed]
    extra = [c for c in listed if c not in candidates]
    assert not missing and not extra, (missing, extra)
    assert not (set(FAULTS) & set(HEALTHY)) and not (set(FAULTS) & set(DROPPED)) and not (set(HEALTHY) & set(DROPPED))
    for d in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))

    def embed(cand, filed_base):
        line = obs[cand]
        return line.replace(cand, filed_base, 1)

    faults, healthy = [], []
    for cand, (code, stage, catches, text) in FAULTS.items():
        slug = cand.split('.', 1)[1]
        name = f'{code}.{slug}'
        assert code in catches
        shutil.copy(os.path.join(CAND, cand + '.nn.json'), os.path.join(HERE, 'faulty', name + '.nn.json'))
        faults.append({'file': f'faulty/{name}.nn.json', 'code': code,
                       'fault': f'{text} (observe: {embed(cand, name)})', 'stage': stage, 'catches': catches})
    for cand, covers in HEALTHY.items():
        slug = cand.split('.', 1)[1]
        shutil.copy(os.path.join(CAND, cand + '.nn.json'), os.path.join(HERE, 'healthy', slug + '.nn.json'))
        healthy.append({'file': f'healthy/{slug}.nn.json', 'covers': f'{covers} (observe: {embed(cand, slug)})'})
    for cand in DROPPED:
        shutil.copy(os.path.join(CAND, cand + '.nn.json'), os.path.join(HERE, 'dropped', cand + '.nn.json'))

    about = ('Fifty-ninth fault set (issue #4), written blind for the honest measurement and frozen before the product was '
             'first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" '
             'the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes '
             'whose advice would genuinely fix it. Each "fault" text (and each healthy "covers") ends with the line measured '
             'on the bare engine by test/faults/observe.ts --summary (observed.txt, keyed by candidate name; the name in the '
             'embedded line is the filed one); --curve for the curve-dependent verdicts (observed-curves.txt); no diagnosis '
             'code involved. Theme: energy and utilities - smart-meter half-hourly kWh (next reading; a rare 4.8% '
             'faulty-meter flag), rooftop solar output in watts from irradiance, panel temperature, tilt and hour, wind-turbine '
             'SCADA readings to power in kW or a 4-way fault state (normal/icing/yaw_error/bearing), grid load in MW from '
             'calendar and weather, district-meter leak flags from pressure and flow, transformer health grades 1-4 from '
             'dissolved-gas ppm; columns of mixed scale with meter/turbine/site IDs, epoch timestamps and a constant site '
             'voltage, written by data/generate.ts; plus builtin sine, blobs, circles, moons, xor, iris, spirals and one '
             'inline heat-pump table. Specs by author.ts, filing and this manifest by write-manifest.py. See README.md.')
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write('\n')
    counts = {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(DROPPED)} dropped')
    for code, n in sorted(counts.items()):
        print(f'  {code}: {n}')


if __name__ == '__main__':
    main()
