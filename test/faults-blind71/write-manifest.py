#!/usr/bin/env python3
"""Files the candidates of test/faults-blind71 by what the bare engine did and writes manifest.json.

Run from the set's folder: `python3 write-manifest.py`. Reads candidates/*.nn.json and observed.txt
(test/faults/observe.ts --summary of every candidate); copies each candidate to
faulty/<code>.<slug>.nn.json, healthy/<slug>.nn.json or dropped/<candidate>.nn.json, and embeds the
candidate's observed line in its manifest entry. The verdicts below were decided from observed.txt
and observed-curves.txt, not from the name each candidate was written under.
"""
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))

# candidate -> (code, slug, stage, catches, fault text). The code is what the engine showed, which
# for a few candidates differs from the fault they were written for (their candidate name).
FAULTS = {
    # ---- invalid-spec (static)
    'F-invalid-spec.optimiser-british-spelling': ('invalid-spec', 'optimiser-british-spelling', 'static', ['invalid-spec'],
        'pass/fail model for a UK course: the optimizer block written as "optimiser" (British spelling), so the key is unknown'),
    'F-invalid-spec.training-batch-size-snake-case': ('invalid-spec', 'training-batch-size-snake-case', 'static', ['invalid-spec'],
        'clickstream dropout model: training.batch_size in Python snake case instead of batchSize'),
    'F-invalid-spec.loss-keras-name': ('invalid-spec', 'loss-keras-name', 'static', ['invalid-spec'],
        'admissions decision model: loss written with the Keras name "categorical_crossentropy" instead of "cce"'),
    'F-invalid-spec.units-string-from-form': ('invalid-spec', 'units-string-from-form', 'static', ['invalid-spec'],
        'reading-level regression generated from a web form: units written as the string "32"'),
    'F-invalid-spec.dropout-keep-prob-key': ('invalid-spec', 'dropout-keep-prob-key', 'static', ['invalid-spec'],
        'grade-band model: dropout layer given TF1-style "keep_prob": 0.8 instead of "rate" (unknown key, rate missing)'),
    # ---- data-error (static)
    'F-data-error.target-final-score-renamed': ('data-error', 'target-final-score-renamed', 'static', ['data-error'],
        'exam-score regression: target "final_score", but this term\'s LMS export calls the column exam_score'),
    'F-data-error.lms-export-na-cells': ('data-error', 'lms-export-na-cells', 'static', ['data-error'],
        'exam-score regression on the raw LMS export where missing attendance/platform hours are "NA" or empty cells'),
    'F-data-error.enrol-date-column-as-feature': ('data-error', 'enrol-date-column-as-feature', 'static', ['data-error'],
        'dropout model: the ISO enrolment date column (2024-04-08) listed as a feature; it is not numeric'),
    'F-data-error.admissions-pilot-three-rows': ('data-error', 'admissions-pilot-three-rows', 'static', ['data-error'],
        'admissions model pointed at the 3-row pilot export instead of the full file: far too few rows, all of them "admit"'),
    'F-data-error.csv-path-singular': ('data-error', 'csv-path-singular', 'static', ['data-error'],
        'pass/fail model reading "../data/student.csv" (the file is students.csv): file not found'),
    'F-data-error.feature-column-typo': ('data-error', 'feature-column-typo', 'static', ['data-error'],
        'teacher workload regression: feature "prep_hours" but the column is prep_hours_per_class'),
    # ---- shape-mismatch (static)
    'F-shape-mismatch.grade-bands-four-units': ('shape-mismatch', 'grade-bands-four-units', 'static', ['shape-mismatch'],
        'grade band A-F model with 4 softmax units (the rare F band forgotten) while the data has 5 bands'),
    'F-shape-mismatch.decision-two-units': ('shape-mismatch', 'decision-two-units', 'static', ['shape-mismatch'],
        'admit / waitlist / reject model copied from an admit-vs-reject model: 2 softmax units for 3 decisions'),
    'F-shape-mismatch.workload-three-outputs': ('shape-mismatch', 'workload-three-outputs', 'static', ['shape-mismatch'],
        'teacher weekly-hours regression with 3 output units (left from a teaching/marking/admin split) for one target column'),
    # ---- loss-activation-mismatch (static)
    'F-loss-activation-mismatch.softmax-mse-grades': ('loss-activation-mismatch', 'softmax-mse-grades', 'static', ['loss-activation-mismatch'],
        'grade-band classifier with a softmax output trained under mse instead of cce'),
    'F-loss-activation-mismatch.linear-output-bce-dropout': ('loss-activation-mismatch', 'linear-output-bce-dropout', 'static', ['loss-activation-mismatch'],
        'dropout flag under bce with a linear output unit (activation left out of the last layer)'),
    'F-loss-activation-mismatch.sigmoid-output-exam-points': ('loss-activation-mismatch', 'sigmoid-output-exam-points', 'static', ['loss-activation-mismatch'],
        'exam score in points (0-100, no target normalization) regressed through a sigmoid output: it can never exceed 1'),
    'F-loss-activation-mismatch.tanh-output-reading-level': ('loss-activation-mismatch', 'tanh-output-reading-level', 'static', ['loss-activation-mismatch'],
        'reading level (school grade 0.5-18, raw) regressed through a tanh output bounded to [-1, 1]'),
    # ---- init-symmetry (static)
    'F-init-symmetry.zeros-hidden-exam-score': ('init-symmetry', 'zeros-hidden-exam-score', 'static', ['init-symmetry'],
        'exam-score regression with "init": "zeros" on both ReLU hidden layers: every unit identical and silent'),
    'F-init-symmetry.constant-hidden-dropout': ('init-symmetry', 'constant-hidden-dropout', 'static', ['init-symmetry'],
        'dropout model with constant 0.1 init on both tanh hidden layers: all units of a layer stay identical (one effective unit)'),
    'F-init-symmetry.zeros-admissions': ('init-symmetry', 'zeros-admissions', 'static', ['init-symmetry'],
        'admissions decision model with zero init on the tanh hidden layer and the output: no gradient reaches the hidden layer'),
    # ---- init-scale (static)
    'F-init-scale.normal-std-3-pass': ('init-scale', 'normal-std-3-pass', 'static', ['init-scale'],
        'pass/fail model with normal init std 3 on ReLU layers of fan-in 6 and 32 (He std would be ~0.58 and 0.25)'),
    'F-init-scale.uniform-limit-2-reading-tanh': ('init-scale', 'uniform-limit-2-reading-tanh', 'static', ['init-scale', 'saturated-activation'],
        'reading-level regression with uniform init limit 2 on tanh layers (Glorot limit ~0.4 and ~0.3): hidden tanh units start and stay saturated'),
    'F-init-scale.tiny-std-deep-grades': ('init-scale', 'tiny-std-deep-grades', 'static', ['init-scale', 'vanishing-gradient'],
        'grade-band model with normal std 0.0005 on three ReLU layers: the signal and the gradient vanish, no learning'),
    # ---- no-nonlinearity (static)
    'F-no-nonlinearity.circles-lecture-demo': ('no-nonlinearity', 'circles-lecture-demo', 'static', ['no-nonlinearity'],
        'lecturer\'s demo network on circles with two hidden layers whose activation was left out (linear): stays at chance'),
    'F-no-nonlinearity.xor-lab-exercise': ('no-nonlinearity', 'xor-lab-exercise', 'static', ['no-nonlinearity'],
        'student lab exercise on XOR with both hidden layers "linear": a linear model cannot fit XOR'),
    'F-no-nonlinearity.moons-tutorial-linear-stack': ('no-nonlinearity', 'moons-tutorial-linear-stack', 'static', ['no-nonlinearity'],
        'tutorial on moons with two 32-unit linear hidden layers: only a straight boundary (acc 0.90, the same net with relu reaches 0.99)'),
    # ---- lr-out-of-range (static)
    'F-lr-out-of-range.adam-lr-5': ('lr-out-of-range', 'adam-lr-5', 'static', ['lr-out-of-range', 'lr-too-high'],
        'pass/fail model with adam lr 5 (meant 5e-3)'),
    'F-lr-out-of-range.sgd-lr-80': ('lr-out-of-range', 'sgd-lr-80', 'static', ['lr-out-of-range', 'lr-too-high', 'nan-loss'],
        'reading-level regression with sgd lr 80 (a percentage typed as a rate)'),
    'F-lr-out-of-range.rmsprop-lr-3': ('lr-out-of-range', 'rmsprop-lr-3', 'static', ['lr-out-of-range', 'lr-too-high'],
        'dropout model with rmsprop lr 3 (meant 3e-3)'),
    # ---- dead-relu
    'F-dead-relu.bias-minus-3-threshold': ('dead-relu', 'bias-minus-3-threshold', 'probe', ['dead-relu'],
        'exam-score regression with "bias": -3 on both ReLU layers (meant as a pass threshold) on standardized inputs: most units never fire'),
    'F-dead-relu.bias-minus-2-workload': ('dead-relu', 'bias-minus-2-workload', 'probe', ['dead-relu'],
        'teacher workload regression with minmax features in [0, 1] and bias -2 on the ReLU layer: every unit is dead from the start'),
    'F-dead-relu.raw-video-minutes-sgd': ('dead-relu', 'raw-video-minutes-sgd', 'probe', ['dead-relu'],
        'dropout model on raw clickstream (video minutes in the thousands, normalize none) with sgd+momentum: the first steps blow up and kill every ReLU unit'),
    'F-dead-relu.adam-lr-0.1-narrow': ('dead-relu', 'adam-lr-0.1-narrow', 'training', ['dead-relu', 'lr-too-high'],
        'admissions decision model with two narrow 8-unit ReLU layers and adam lr 0.1: three quarters of the second layer dies'),
    'F-nan-loss.workload-raw-sgd': ('dead-relu', 'workload-raw-features-and-hours', 'probe', ['dead-relu'],
        'teacher workload regression on raw features and raw weekly hours with sgd 0.01: the first step overshoots and the whole ReLU layer dies (written as a NaN case; the engine showed dead units, no NaN)'),
    'F-nan-loss.reading-word-count-raw': ('dead-relu', 'reading-raw-word-count', 'probe', ['dead-relu'],
        'reading-level regression on raw text statistics (word counts in the thousands) with sgd+momentum: the ReLU layer dies in the first steps (written as a NaN case)'),
    'F-nan-loss.exam-points-raw-target-momentum': ('dead-relu', 'exam-points-raw-target', 'probe', ['dead-relu'],
        'exam score in raw points (no target normalization) with sgd 0.02 + momentum 0.9: huge first errors kill the second ReLU layer (written as a NaN case)'),
    'F-lr-too-high.grades-sgd-lr-1': ('dead-relu', 'grades-sgd-lr-1', 'probe', ['dead-relu', 'lr-too-high'],
        'grade-band model with sgd lr 1 + momentum 0.9: the second ReLU layer dies entirely and the loss stays at the baseline'),
    'F-lr-too-high.exam-adam-0.3': ('dead-relu', 'exam-adam-0.3', 'training', ['dead-relu', 'lr-too-high'],
        'exam-score regression with adam lr 0.3: 94% of the second ReLU layer dies and the loss stays ~3x the healthy one'),
    # ---- exploding-gradient
    'F-exploding-gradient.normal-std-1-deep-relu': ('exploding-gradient', 'normal-std-1-deep-relu', 'probe', ['exploding-gradient', 'init-scale'],
        'reading-level regression, three 64-unit ReLU layers with normal std 1 init: gradient norms in the tens of thousands, loss stuck ~26x the baseline despite clipNorm'),
    'F-exploding-gradient.raw-admissions-clipped': ('exploding-gradient', 'raw-admissions-clipped', 'probe', ['exploding-gradient'],
        'admissions model on raw test scores (hundreds to 1600) and essay word counts with clipNorm 5 as the "fix": gradient norms in the thousands, loss 20x the baseline'),
    'F-exploding-gradient.raw-word-count-clipped': ('exploding-gradient', 'raw-word-count-clipped', 'probe', ['exploding-gradient'],
        'reading-level regression on raw word counts with sgd 1e-4 + clipNorm 1: gradient norms up to 1e7, loss stuck at 4.5x the baseline'),
    # ---- vanishing-gradient
    'F-vanishing-gradient.six-sigmoid-layers-pass': ('vanishing-gradient', 'six-sigmoid-layers-pass', 'training', ['vanishing-gradient'],
        'pass/fail model with six sigmoid hidden layers and plain sgd: first-layer gradient ~1e-5, stuck at the baseline'),
    'F-vanishing-gradient.eight-sigmoid-grades': ('vanishing-gradient', 'eight-sigmoid-grades', 'training', ['vanishing-gradient'],
        'grade-band model with eight 12-unit sigmoid layers: gradients of the first layers ~1e-5..1e-4, stuck at the baseline'),
    'F-vanishing-gradient.five-sigmoid-workload': ('vanishing-gradient', 'five-sigmoid-workload', 'training', ['vanishing-gradient'],
        'teacher workload regression through five sigmoid layers with sgd 0.01: first-layer update ratio ~1e-5, stuck at the baseline'),
    # ---- nan-loss
    'F-nan-loss.workload-raw-leaky-sgd': ('nan-loss', 'workload-raw-leaky-sgd', 'probe', ['nan-loss'],
        'teacher workload regression on raw features and raw hours with leaky ReLU and sgd 0.01: NaN in the first epoch'),
    'F-nan-loss.exam-linear-regression-raw': ('nan-loss', 'exam-linear-regression-raw', 'probe', ['nan-loss'],
        'plain linear regression of exam points on raw student columns (platform hours, prior grade) with sgd 0.001: diverges to 1e40 and NaN'),
    'F-nan-loss.reading-raw-elu-momentum': ('nan-loss', 'reading-raw-elu-momentum', 'probe', ['nan-loss'],
        'reading-level regression on raw word counts with ELU and sgd+momentum: NaN in the first epoch'),
    'F-oscillating-loss.sgd-0.3-batch-8-workload': ('nan-loss', 'workload-sgd-0.3-batch-8', 'probe', ['nan-loss', 'lr-too-high'],
        'teacher workload regression (standardized) with sgd lr 0.3 and batch 8: NaN in the first epoch (written as an oscillation case)'),
    'F-oscillating-loss.workload-gd-edge': ('nan-loss', 'workload-full-batch-gd-0.35', 'training', ['nan-loss', 'lr-too-high'],
        'teacher workload regression, full-batch gradient descent at lr 0.35: the loss zigzags, then grows to 1e41 and NaN at epoch 45 (written as an oscillation case)'),
    # ---- lr-too-high
    'F-lr-too-high.adam-0.2-pass': ('lr-too-high', 'adam-0.2-pass', 'training', ['lr-too-high'],
        'pass/fail model with adam lr 0.2: the loss reaches 0.12 by epoch 5, then climbs back to 0.26 and stays'),
    'F-lr-too-high.sgd-1.5-admissions': ('lr-too-high', 'sgd-1.5-admissions', 'probe', ['lr-too-high', 'oscillating-loss'],
        'admissions decision model with sgd lr 1.5 + momentum 0.9: the loss rises from 1.15 to 2-3.8 and swings there'),
    'F-nan-loss.grades-tanh-sgd-lr-20': ('lr-too-high', 'grades-sgd-lr-20', 'probe', ['lr-too-high', 'lr-out-of-range'],
        'grade-band model with sgd lr 20 + momentum 0.9: the loss jumps to 50-120 (baseline 1.53) and never comes back (written as a NaN case; no NaN)'),
    # ---- lr-too-low
    'F-lr-too-low.sgd-1e-5-dropout': ('lr-too-low', 'sgd-1e-5-dropout', 'training', ['lr-too-low'],
        'dropout model with plain sgd lr 1e-5: the loss falls 0.704 -> 0.694 in 100 epochs, above the baseline'),
    'F-lr-too-low.adam-1e-6-grades': ('lr-too-low', 'adam-1e-6-grades', 'training', ['lr-too-low'],
        'grade-band model with adam lr 1e-6: the loss creeps 2.168 -> 2.132 (baseline 1.53) in 80 epochs'),
    'F-lr-too-low.rmsprop-1e-6-workload': ('lr-too-low', 'rmsprop-1e-6-workload', 'training', ['lr-too-low'],
        'teacher workload regression with rmsprop lr 1e-6: the loss creeps 0.357 -> 0.323 in 120 epochs (the same net at 3e-3 reaches ~0.02)'),
    # ---- saturated-activation
    'F-saturated-activation.tanh-raw-video-minutes': ('saturated-activation', 'tanh-raw-video-minutes', 'probe', ['saturated-activation'],
        'dropout model with tanh layers on raw clickstream columns (video minutes in the thousands, normalize none): 97% of the first layer pinned at +-1'),
    'F-saturated-activation.sigmoid-raw-test-scores': ('saturated-activation', 'sigmoid-raw-test-scores', 'probe', ['saturated-activation'],
        'admissions decision model with a sigmoid hidden layer on raw test scores and essay word counts: 99% saturated, stuck near the baseline'),
    'F-saturated-activation.epoch-timestamp-tanh': ('saturated-activation', 'epoch-timestamp-tanh', 'probe', ['saturated-activation'],
        'exam-score regression with the enrolment epoch timestamp (~1.69e9) kept as a raw feature into a tanh layer: every unit pinned, no learning'),
    # ---- loss-plateau
    'F-loss-plateau.weight-decay-1': ('loss-plateau', 'weight-decay-1-dropout', 'training', ['loss-plateau'],
        'dropout model "regularized" with weightDecay 1: the loss drifts back up to the baseline 0.6247 and stays flat'),
    'F-loss-plateau.id-columns-only': ('loss-plateau', 'id-columns-only', 'training', ['loss-plateau'],
        'exam-score regression whose feature list kept only student_id, school_id, school_size and enrol_epoch: the loss hovers just under the baseline (0.91-0.97) for 120 epochs'),
    'F-loss-plateau.weight-decay-0.5-grades': ('loss-plateau', 'weight-decay-0.5-grades', 'training', ['loss-plateau'],
        'grade-band model with sgd + weightDecay 0.5: flat at the baseline 1.53 from epoch 2 on'),
    # ---- oscillating-loss
    'F-oscillating-loss.momentum-0.98-reading': ('oscillating-loss', 'momentum-0.98-reading', 'training', ['oscillating-loss', 'lr-too-high'],
        'reading-level regression with sgd momentum 0.98: the loss falls to 0.02, climbs to 0.24, falls again and keeps swinging (0.02-0.24) for the whole run'),
    'F-oscillating-loss.exam-rmsprop-0.06-full-batch': ('oscillating-loss', 'exam-rmsprop-0.06-full-batch', 'training', ['oscillating-loss', 'lr-too-high'],
        'exam-score regression with rmsprop 0.06 on full batches (600): the loss cycles 0.11 -> 1.0 -> 0.11 -> 0.57 -> 0.11 ... in waves of ~15 epochs'),
    'F-oscillating-loss.exam-momentum-0.98-tanh': ('oscillating-loss', 'exam-momentum-0.98-tanh', 'training', ['oscillating-loss', 'lr-too-high'],
        'exam-score regression with sgd 0.05 + momentum 0.98: the loss swings between 0.22 and 4.1 and ends above the baseline'),
}

DROPPED = {
    'F-shape-mismatch.pass-two-sigmoid-units': 'written as shape-mismatch (2 sigmoid units for a 0/1 target under bce); the engine accepts it and it trains well (acc 0.965), so it is not clearly wrong',
    'F-exploding-gradient.raw-workload-hours-deep': 'gradient norms reach 2e4 on raw hours, but adam still trains it to 0.03 of the baseline: no clear failure',
    'F-vanishing-gradient.tanh-tiny-init-dropout': 'written as vanishing (std 0.01 tanh stack); it trains to 0.36 of the baseline, acc 0.90',
    'F-loss-plateau.sigmoid-hidden-raw-target-sgd': 'written as a plateau; it trains to 0.02 of the baseline (relu output on a raw target, not healthy-looking either)',
    'F-oscillating-loss.batch-4-adam-admissions': 'batch 4 adam 0.03: noisy but steadily improving (0.22 of the baseline); not clearly oscillating',
    'F-oscillating-loss.momentum-0.99-pass': 'swings early, then settles to 0.04-0.06 (0.18 of the baseline)',
    'F-oscillating-loss.workload-momentum-0.97': 'swings in the first 40 epochs, then settles near 0.02-0.04',
    'F-oscillating-loss.dropout-sgd-momentum-hot': 'sgd 0.5 momentum 0.9: a noisy but steady decline to 0.25 of the baseline',
    'F-oscillating-loss.reading-adam-full-batch': 'adam 0.1 full batch: damped swings in the first 40 epochs, then converges smoothly to 0.014',
    'F-oscillating-loss.admissions-full-batch-momentum': 'sgd 2 momentum 0.9 full batch: a smooth decline to 0.08 of the baseline (would be neither healthy-looking nor faulty)',
    'F-oscillating-loss.reading-rmsprop-0.02-batch-450': 'persistent cycles 0.03 -> 0.1 -> 0.03, but small next to the baseline 1.0: too weak to call',
    'F-oscillating-loss.rare-fail-momentum-0.98': 'noisy (0.05-0.13 against a baseline 0.26) while improving: not clearly oscillating',
    'F-oscillating-loss.exam-rmsprop-full-batch': 'rmsprop 0.03 full batch: the same damped waves as the 0.06 one that was kept, but weaker; kept only the stronger',
    'F-lr-too-high.adam-0.05-workload': 'adam 0.08: loss good (0.03 of the baseline) with occasional spikes, although 91% of the second ReLU layer dies: ambiguous',
    'F-lr-too-high.rmsprop-0.05-reading': 'rmsprop 0.05: 91% of both ReLU layers dead but the loss is 0.05 of the baseline and noisy: ambiguous',
    'F-lr-too-high.dropout-rmsprop-0.1': 'rmsprop 0.1: spiky (0.17-0.44) but improving to 0.29 of the baseline; half of a layer dead: ambiguous',
}

HEALTHY = {
    'H-exam-score-adam-relu': 'students.csv standard + normalizeTarget standard, exam_score, [32 relu, 16 relu, 1 linear], mse, adam 0.003, batch 32, validationSplit 0.2',
    'H-exam-score-sgd-momentum-tanh': 'students.csv standard + target standard, exam_score, [24 tanh, 1], mse, sgd 0.02 momentum 0.9',
    'H-exam-score-minmax-elu-rmsprop': 'students.csv minmax + normalizeTarget minmax, exam_score, [32 elu, 16 elu, 1], mse, rmsprop 0.002',
    'H-exam-score-with-school-columns': 'students.csv with the per-school constant school_size as a feature, [32 relu, dropout 0.1, 16 relu, 1], mse, adam 0.002 weightDecay 1e-4',
    'H-pass-fail-adam': 'students.csv pass (10% fail), [16 relu, 1 sigmoid], bce, adam 0.003, validationSplit 0.2',
    'H-pass-fail-sgd-nesterov': 'students.csv pass, [32 relu, 16 relu, 1 sigmoid], bce, sgd 0.05 momentum 0.9 nesterov',
    'H-grade-bands-adam': 'students.csv grade A-F strings (5 classes), [32 relu, 16 relu, 5 softmax], cce, adam 0.003',
    'H-grade-bands-batchnorm-dropout': 'students.csv grade A-F, [48 relu batchNorm, dropout 0.2, 24 relu, 5 softmax], cce, adam 0.002',
    'H-grade-bands-rmsprop-tanh': 'students.csv grade A-F, [32 tanh, 5 softmax], cce, rmsprop 0.003',
    'H-rare-fail-adam': 'rarefail.csv (7% fail), [16 relu, 1 sigmoid], bce, adam 0.003, 150 epochs',
    'H-rare-fail-leaky-rmsprop': 'rarefail.csv all columns, [24 leaky_relu, 12 leaky_relu, 1 sigmoid], bce, rmsprop 0.002',
    'H-dropout-adam-relu': 'clicks.csv standard, dropout flag (32%), [32 relu, 16 relu, 1 sigmoid], bce, adam 0.002, validationSplit 0.2',
    'H-dropout-tanh-sgd': 'clicks.csv standard, [24 tanh, 1 sigmoid], bce, sgd 0.1 momentum 0.9',
    'H-dropout-minmax-elu-rmsprop': 'clicks.csv minmax, [32 elu, 1 sigmoid], bce, rmsprop 0.003, batch 64',
    'H-dropout-batchnorm-clip': 'clicks.csv standard, [32 relu batchNorm, 16 relu batchNorm, 1 sigmoid], bce, adam 0.003 clipNorm 5, batch 64',
    'H-dropout-two-class-softmax': 'clicks.csv dropout as 2 classes, [32 relu, dropout 0.2, 2 softmax], cce, adam 0.003',
    'H-admissions-adam': 'admissions.csv standard, admit/waitlist/reject strings, [32 relu, 3 softmax], cce, adam 0.003, validationSplit 0.2',
    'H-admissions-sgd-momentum': 'admissions.csv standard, [24 tanh, 3 softmax], cce, sgd 0.05 momentum 0.9',
    'H-admissions-rmsprop-deep': 'admissions.csv standard, [32 relu, 32 relu, 16 relu, 3 softmax], cce, rmsprop 0.001',
    'H-admissions-minmax-weight-decay': 'admissions.csv minmax, [32 leaky_relu, 3 softmax], cce, adam 0.005 weightDecay 5e-4',
    'H-reading-level-adam': 'reading.csv all columns standard + target standard, [32 relu, 16 relu, 1], mse, adam 0.003',
    'H-reading-level-sgd-tanh': 'reading.csv standard + target standard, [16 tanh, 1], mse, sgd 0.05 momentum 0.9',
    'H-reading-level-features-minmax': 'reading.csv 4 features minmax + target standard, [32 elu, 1], mse, rmsprop 0.002, batch 16',
    'H-workload-adam': 'workload.csv standard + target standard, [32 relu, 1], mse, adam 0.003, validationSplit 0.2',
    'H-workload-deep-clip': 'workload.csv standard + target standard, [32 relu, 32 relu, 16 relu, 1], mse, adam 0.001 clipNorm 1',
    'H-workload-sgd-batch-16': 'workload.csv standard + target standard, [24 tanh, 1], mse, sgd 0.02 momentum 0.9, batch 16',
    'H-iris-course-example': 'builtin iris standard (a course example), [16 relu, 3 softmax], cce, adam 0.01, batch 16',
    'H-moons-lecture-demo': 'builtin moons 400 samples noise 0.15, [32 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
    'H-circles-lecture-demo': 'builtin circles 400 samples noise 0.08, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
    'H-blobs-four-tutor-groups': 'builtin blobs 4 classes 400 samples, [16 relu, 4 softmax], cce, sgd 0.05 momentum 0.9',
    'H-xor-lab-solution': 'builtin xor 300 samples, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.01, batch 16, 200 epochs',
    'H-sine-homework': 'builtin sine 300 samples noise 0.05, [32 tanh, 32 tanh, 1], mse, adam 0.005, 200 epochs',
    'H-inline-study-hours-pass': 'inline table of 24 students (study hours, attendance) -> pass, standard, [8 tanh, 1 sigmoid], bce, adam 0.01, batch 8',
    'H-spirals-three-course-tracks': 'builtin spirals 3 classes 450 samples noise 0.05, [48 relu, 48 relu, 3 softmax], cce, adam 0.01, 300 epochs',
}


def observed() -> dict:
    lines = {}
    with open(os.path.join(HERE, 'observed.txt')) as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            m = re.match(r'^(\S+?)(?:\.nn\.json)?[: ]', line)
            lines[m.group(1)] = line
    return lines


def main() -> None:
    obs = observed()
    cand_dir = os.path.join(HERE, 'candidates')
    names = sorted(f[: -len('.nn.json')] for f in os.listdir(cand_dir) if f.endswith('.nn.json'))
    filed = set(FAULTS) | set(DROPPED) | set(HEALTHY)
    missing = [n for n in names if n not in filed]
    extra = [n for n in filed if n not in names]
    if missing or extra:
        raise SystemExit(f'unfiled candidates {missing}, unknown names {extra}')
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy = [], []
    for name in names:
        src = os.path.join(cand_dir, name + '.nn.json')
        if name in FAULTS:
            code, slug, stage, catches, text = FAULTS[name]
            file = f'faulty/{code}.{slug}.nn.json'
            faults.append({'file': file, 'code': code, 'fault': f'{text} (observe: {obs[name]})', 'stage': stage, 'catches': catches})
        elif name in HEALTHY:
            file = f'healthy/{name[2:]}.nn.json'
            healthy.append({'file': file, 'covers': f'{HEALTHY[name]} (observe: {obs[name]})'})
        else:
            file = f'dropped/{name}.nn.json'
        shutil.copyfile(src, os.path.join(HERE, file))
    faults.sort(key=lambda e: e['file'])
    healthy.sort(key=lambda e: e['file'])
    about = (
        'Seventy-first fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
        'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code (decided from what the bare engine did, '
        'which for a few candidates differs from the fault they were written for), "stage" the writer\'s expectation of where it could '
        'first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" text (and each '
        'healthy "covers") ends with the line measured on the bare engine by test/faults/observe.ts --summary (observed.txt); --curve for '
        'the oscillating, lr-too-high, plateau and lr-too-low ones (observed-curves.txt); no diagnosis code involved. Theme: education and '
        'learning analytics: student records (attendance share, homework count, skewed platform hours, prior grade, age, scholarship flag, '
        'IDs, a per-school constant, an enrolment epoch) regressing exam points or classifying pass/fail (10% fail) and grade bands A-F '
        '(students.csv), a course with 7% fails (rarefail.csv), course-platform clickstreams flagging dropout with video minutes in the '
        'thousands (clicks.csv), admissions with test scores in the hundreds, GPA and essay word counts into admit/waitlist/reject '
        '(admissions.csv), reading level from text statistics (reading.csv), teacher weekly hours (workload.csv), broken exports for data '
        'errors, plus builtin datasets as lecture demos and an inline table. Data written by data/generate.ts; specs by author.ts; this '
        'manifest by write-manifest.py. See README.md for how it was written and what was read.'
    )
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump({'about': about, 'faults': faults, 'healthy': healthy}, f, indent=2)
        f.write('\n')
    counts: dict = {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(DROPPED)} dropped')
    for code, n in sorted(counts.items()):
        print(f'  {code}: {n}')


if __name__ == '__main__':
    main()
