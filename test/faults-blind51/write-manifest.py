#!/usr/bin/env python3
"""Files the candidates of test/faults-blind51 and writes manifest.json: `python3 test/faults-blind51/write-manifest.py`.

The verdicts below were decided from observed.txt (observe.ts --summary), observed-curves.txt (--curve) and
observed-steps.txt (steps.ts), i.e. from what the bare engine did, not from the intent of the candidate's name.
Each faulty candidate becomes faulty/<code>.<slug>.nn.json, each healthy one healthy/<slug>.nn.json, the rest
dropped/<candidate>.nn.json. Each manifest text ends with the spec's observed.txt line.
"""
import json, os, re, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

# candidate -> (code, slug, stage, catches, fault)
FAULTY = {
    # ---- invalid-spec (static)
    'f-invalid-spec-flatten-layer': ('invalid-spec', 'flatten-layer', 'static', ['invalid-spec'],
        'a Keras-style {"type": "flatten"} layer put first for the 8x8 digit images, a layer type the spec does not have'),
    'f-invalid-spec-dropout-key-on-dense': ('invalid-spec', 'dropout-key-on-dense', 'static', ['invalid-spec'],
        '"dropout": 0.3 written as a key of the first dense layer of the keyword-spotting net instead of a dropout layer'),
    'f-invalid-spec-adamw': ('invalid-spec', 'adamw', 'static', ['invalid-spec'],
        'optimizer "adamw" (PyTorch habit) for the instrument classifier; the engine has sgd, adam and rmsprop only'),
    'f-invalid-spec-batch-size-snake': ('invalid-spec', 'batch-size-snake', 'static', ['invalid-spec'],
        'training block written with "batch_size" (Keras fit() spelling) instead of batchSize for the activity windows'),
    'f-invalid-spec-input-shape': ('invalid-spec', 'input-shape', 'static', ['invalid-spec'],
        '"input_shape": [8, 8] added to the first dense layer of the shape-image classifier, as in Keras'),
    'f-invalid-spec-categorical-crossentropy': ('invalid-spec', 'keras-loss-name', 'static', ['invalid-spec'],
        'loss written "categorical_crossentropy" (Keras name) instead of "cce" for the speaker classifier'),
    # ---- data-error (static)
    'f-data-error-target-label': ('data-error', 'target-label', 'static', ['data-error'],
        'target "label" for the 8x8 digits CSV whose class column is called "digit"'),
    'f-data-error-missing-file': ('data-error', 'missing-mfcc-file', 'static', ['data-error'],
        'CSV path ../data/mfcc_features.csv: the MFCC export was never written under that name (the file is instruments.csv)'),
    'f-data-error-na-centroid': ('data-error', 'na-centroid', 'static', ['data-error'],
        'instrument features whose spectral centroid is "n/a" for silent clips (the feature extractor\'s placeholder) in 36 rows'),
    'f-data-error-feature-names': ('data-error', 'feature-names', 'static', ['data-error'],
        '"features" lists acc_mean_x ... acc_std_z, the names of another export; the activity CSV calls them mean_x ... std_z'),
    'f-data-error-hz-suffix-target': ('data-error', 'hz-suffix-target', 'static', ['data-error'],
        'pitch regression whose target column was exported with units ("209 Hz"): the target is not numeric, so the engine turns ~380 distinct strings into class labels and trains one mse output on them'),
    'f-data-error-quick-export': ('data-error', 'four-row-export', 'static', ['data-error'],
        'the ECG classifier pointed at a 4-row quick-test export (ecg-quick.csv) instead of the 420-row ecg.csv: far too few rows to learn or judge anything'),
    # ---- shape-mismatch (static)
    'f-shape-mismatch-nine-digits': ('shape-mismatch', 'nine-digit-outputs', 'static', ['shape-mismatch'],
        '9 softmax outputs for the digits 0-9 (10 classes), counting digits from 1'),
    'f-shape-mismatch-activity-three': ('shape-mismatch', 'activity-three-outputs', 'static', ['shape-mismatch'],
        '3 softmax outputs for 4 activities (sit, stand, walk, run), "stand" forgotten'),
    'f-shape-mismatch-keywords-four': ('shape-mismatch', 'keywords-four-outputs', 'static', ['shape-mismatch'],
        '4 softmax outputs for the 5 keywords (yes, no, up, down, stop)'),
    'f-shape-mismatch-pitch-two-outputs': ('shape-mismatch', 'pitch-two-outputs', 'static', ['shape-mismatch'],
        'pitch regression with 2 linear outputs (copied from a pitch+loudness model) for the single pitch_hz target'),
    # ---- loss-activation-mismatch (static)
    'f-loss-activation-mismatch-softmax-mse': ('loss-activation-mismatch', 'softmax-mse', 'static', ['loss-activation-mismatch'],
        'softmax output trained with mse for 4 instrument classes'),
    'f-loss-activation-mismatch-linear-bce': ('loss-activation-mismatch', 'linear-bce', 'static', ['loss-activation-mismatch'],
        'arrhythmia detector with a linear output unit under bce'),
    'f-loss-activation-mismatch-sigmoid-hz': ('loss-activation-mismatch', 'sigmoid-pitch-hz', 'static', ['loss-activation-mismatch'],
        'sigmoid output for a pitch target in Hz (100-1000): the output can never leave (0, 1)'),
    'f-loss-activation-mismatch-sigmoid-cce': ('loss-activation-mismatch', 'sigmoid-cce', 'static', ['loss-activation-mismatch'],
        'three sigmoid outputs under cce for the 3 speakers (multi-label head with a single-label loss)'),
    'f-loss-activation-mismatch-tanh-brightness255': ('loss-activation-mismatch', 'tanh-brightness-255', 'static', ['loss-activation-mismatch'],
        'tanh output for picture brightness on the 0-255 scale'),
    'f-loss-activation-mismatch-sigmoid-brightness255': ('loss-activation-mismatch', 'sigmoid-brightness-255', 'static', ['loss-activation-mismatch'],
        'sigmoid output for picture brightness on the 0-255 scale (the 0-1 column was meant)'),
    # ---- init-symmetry (static)
    'f-init-symmetry-digits-zeros': ('init-symmetry', 'digits-zeros', 'static', ['init-symmetry'],
        'both ReLU hidden layers of the digit classifier initialised with zeros'),
    'f-init-symmetry-instruments-zeros-everywhere': ('init-symmetry', 'instruments-zeros-everywhere', 'static', ['init-symmetry'],
        'zeros init on the tanh hidden layer and on the softmax output of the instrument classifier'),
    'f-init-symmetry-activity-constant-all': ('init-symmetry', 'activity-constant-all', 'static', ['init-symmetry'],
        'every layer of the activity classifier initialised to the constant 0.1, so each layer\'s units stay identical'),
    # ---- init-scale (static)
    'f-init-scale-digits-std-1p5': ('init-scale', 'digits-std-1p5', 'static', ['init-scale'],
        'normal init with std 1.5 on the 64-pixel ReLU layers (He would be about 0.18)'),
    'f-init-scale-activity-std-3': ('init-scale', 'activity-std-3', 'static', ['init-scale'],
        'normal init with std 3 on the ReLU layers of the activity classifier (He about 0.35 and 0.25)'),
    'f-init-scale-deep-normal-1': ('init-scale', 'deep-normal-1', 'static', ['init-scale'],
        'four 32-unit ReLU layers with normal std 1 init (He about 0.37 for the first, 0.25 for the others) on the activity windows'),
    'f-init-scale-deep-relu-std05': ('init-scale', 'deep-relu-std05', 'static', ['init-scale'],
        'five 64-unit ReLU layers with normal std 0.5 (He about 0.18) on the digits: activations grow about 4x per layer'),
    'f-init-scale-keywords-tiny-uniform': ('init-scale', 'keywords-tiny-uniform', 'static', ['init-scale', 'vanishing-gradient'],
        'uniform init with limit 1e-4 on every layer of a 3-hidden-layer tanh keyword net: the signal and the gradients die out'),
    # ---- no-nonlinearity (static)
    'f-no-nonlinearity-ecg-omitted': ('no-nonlinearity', 'ecg-activation-omitted', 'static', ['no-nonlinearity'],
        'activation left out of both hidden layers (defaults to linear) of the arrhythmia net; abnormal means a heart rate outside a band, which no linear score captures'),
    'f-no-nonlinearity-sine-tone': ('no-nonlinearity', 'tone-waveform-linear', 'static', ['no-nonlinearity'],
        'learning one period of a tone waveform (builtin sine) with two hidden layers whose activation was left out'),
    'f-no-nonlinearity-activity-omitted': ('no-nonlinearity', 'activity-activation-omitted', 'static', ['no-nonlinearity'],
        'activity classifier with two hidden layers and no activation on either'),
    'f-no-nonlinearity-sky-linear': ('no-nonlinearity', 'sky-linear-hidden', 'static', ['no-nonlinearity'],
        'sky/not-sky patch classifier whose hidden layers are explicitly "linear"'),
    # ---- lr-out-of-range (static)
    'f-lr-out-of-range-adam-5': ('lr-out-of-range', 'adam-5', 'static', ['lr-out-of-range', 'lr-too-high'],
        'adam with lr 5 (meant 5e-3) on the shape images'),
    'f-lr-out-of-range-sgd-50': ('lr-out-of-range', 'sgd-50', 'static', ['lr-out-of-range', 'lr-too-high', 'nan-loss'],
        'sgd with momentum and lr 50 on the sky patches'),
    'f-lr-out-of-range-rmsprop-zero': ('lr-out-of-range', 'rmsprop-zero', 'static', ['lr-out-of-range', 'invalid-spec'],
        'rmsprop with lr 0 (set to 0 "to freeze the model" while debugging the letters data, then trained)'),
    'f-lr-out-of-range-adam-negative': ('lr-out-of-range', 'adam-negative', 'static', ['lr-out-of-range', 'invalid-spec'],
        'adam with lr -0.001 (a sign slip) for the speaker classifier'),
    # ---- dead-relu (probe)
    'f-dead-relu-negative-bias': ('dead-relu', 'negative-bias', 'probe', ['dead-relu'],
        'ReLU layer with initial bias -3 ("to make the pixel features sparse") on min-max scaled digits: no unit ever fires'),
    'f-dead-relu-pitch-raw-momentum': ('dead-relu', 'pitch-raw-features', 'probe', ['dead-relu'],
        'pitch regression on raw features (centroid in Hz, autocorrelation lag in samples) with sgd momentum: the first steps push every ReLU unit negative'),
    'f-dead-relu-raw-hz-sgd': ('dead-relu', 'instruments-raw-hz', 'probe', ['dead-relu', 'exploding-gradient'],
        'instrument classifier on un-normalised audio features (centroid, bandwidth, rolloff in thousands of Hz, mfcc1 in hundreds) with plain sgd: two huge steps, then both ReLU layers dead'),
    'f-dead-relu-raw-ms-rmsprop': ('dead-relu', 'ecg-raw-ms-rmsprop', 'probe', ['dead-relu'],
        'ECG features left in ms and bpm (normalize none) with rmsprop 0.05: the second ReLU layer dies at once'),
    'f-dead-relu-raw-pixels-adam-01': ('dead-relu', 'raw-pixels-adam', 'probe', ['dead-relu'],
        'shape images as raw 0-255 pixels (normalize none) with adam 0.1: most ReLU units of both layers die'),
    'f-dead-relu-ecg-raw-mse-momentum': ('dead-relu', 'ecg-raw-mse-momentum', 'probe', ['dead-relu'],
        'arrhythmia 0/1 regressed with mse on raw ms features with sgd momentum: the ReLU layer dies in the first steps'),
    # ---- exploding-gradient (probe)
    'f-exploding-gradient-brightness255-sgd': ('exploding-gradient', 'brightness-255-raw', 'probe', ['exploding-gradient', 'dead-relu'],
        'brightness on the 0-255 scale regressed from raw 0-255 thumbnail pixels with sgd: gradient norms go 1e4 -> 2e7 in three steps, then the ReLU layer is dead'),
    'f-exploding-gradient-pitch-hz-sgd': ('exploding-gradient', 'pitch-hz-momentum', 'probe', ['exploding-gradient', 'dead-relu', 'lr-too-high'],
        'pitch in Hz regressed with sgd momentum 0.9 and lr 1e-4: the gradient norm grows each step (8e2 -> 1.6e5 by step 7) until the middle ReLU layer dies'),
    'f-exploding-gradient-pitch-raw-sgd': ('exploding-gradient', 'pitch-raw-sgd', 'probe', ['exploding-gradient', 'dead-relu'],
        'pitch in Hz from raw features (Hz and sample counts) with sgd 0.01: first-epoch loss 1e37, output gradients up to 3e17'),
    'f-exploding-gradient-keywords-momentum-095': ('exploding-gradient', 'keywords-momentum-095', 'probe', ['exploding-gradient', 'lr-too-high'],
        'keyword net with sgd lr 0.3 and momentum 0.95: the loss and gradient norms grow epoch after epoch (gradient 1.7e14, loss 1.7e26)'),
    # ---- vanishing-gradient (probe)
    'f-vanishing-gradient-deep-sigmoid-digits': ('vanishing-gradient', 'deep-sigmoid-digits', 'probe', ['vanishing-gradient'],
        'six 32-unit sigmoid layers on the digits with plain sgd: the first layer\'s gradient is ~1e-4 against ~0.3 at the top'),
    'f-vanishing-gradient-deep-sigmoid-activity': ('vanishing-gradient', 'deep-sigmoid-activity', 'probe', ['vanishing-gradient'],
        'five sigmoid layers for the activity windows: gradients shrink about 3x per layer and the loss never leaves the baseline'),
    'f-vanishing-gradient-deep-sigmoid-fruit': ('vanishing-gradient', 'deep-sigmoid-fruit', 'probe', ['vanishing-gradient'],
        'seven 16-unit sigmoid layers on the fruit colour histograms: first-layer gradient ~4e-5'),
    'f-vanishing-gradient-eight-sigmoid-keywords': ('vanishing-gradient', 'eight-sigmoid-keywords', 'probe', ['vanishing-gradient'],
        'eight sigmoid layers on the MFCC keyword features: first-layer gradient ~1e-5 against ~1 at the output'),
    'f-vanishing-gradient-tanh-small-init': ('vanishing-gradient', 'tanh-small-init', 'probe', ['vanishing-gradient', 'init-scale'],
        'four tanh layers with normal std 0.01 init for the speakers: the signal and the gradient shrink layer by layer'),
    # ---- nan-loss (probe)
    'f-nan-loss-pitch-raw-momentum': ('nan-loss', 'pitch-raw-momentum', 'probe', ['nan-loss', 'exploding-gradient'],
        'pitch in Hz from un-normalised features with sgd momentum 0.9: the loss is NaN at step 6'),
    'f-nan-loss-brightness255-raw-leaky': ('nan-loss', 'brightness-255-raw-leaky', 'probe', ['nan-loss', 'exploding-gradient'],
        'brightness 0-255 from raw 0-255 pixels, leaky ReLU, sgd 0.001: NaN at step 5'),
    'f-nan-loss-instruments-raw-leaky-sgd': ('nan-loss', 'instruments-raw-leaky', 'probe', ['nan-loss', 'exploding-gradient'],
        'instrument classifier on raw Hz-scale audio features with leaky ReLU and sgd 0.1 momentum 0.9: NaN within the first epoch'),
    'f-nan-loss-pitch-hz-elu-momentum': ('nan-loss', 'pitch-hz-elu-momentum', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high'],
        'pitch in Hz (standardised features) with an ELU layer and sgd 0.01 momentum 0.9: NaN at step 6'),
    'f-nan-loss-brightness-momentum-095': ('nan-loss', 'brightness-momentum-095', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high'],
        'brightness (0-1) regression with sgd 0.1 and momentum 0.95: the loss diverges to Infinity at step 37'),
    # ---- lr-too-high
    'f-lr-too-high-activity-momentum': ('lr-too-high', 'activity-momentum-08', 'probe', ['lr-too-high', 'exploding-gradient'],
        'sgd lr 0.8 with momentum 0.9 on the activity windows: loss climbs to 7e20 within 15 epochs, then sits at 1.2 (never below its first epoch)'),
    'f-lr-too-high-digits-adam': ('lr-too-high', 'digits-adam-01', 'training', ['lr-too-high', 'oscillating-loss'],
        'adam lr 0.1 on the digits: the loss jumps back up repeatedly (0.07 -> 0.36 at epoch 30, 0.02 -> 0.23 at the end) and 77% of the ReLU units die'),
    'f-lr-too-high-speakers-adam': ('lr-too-high', 'speakers-adam-03', 'training', ['lr-too-high', 'oscillating-loss'],
        'adam lr 0.3 on the speaker features: best loss 0.30 at epoch 7, then swings between 0.36 and 1.07'),
    'f-lr-too-high-ecg-sgd': ('lr-too-high', 'ecg-sgd-5', 'probe', ['lr-too-high', 'oscillating-loss'],
        'plain sgd lr 5 on the ECG features: the loss swings 0.2-0.6 for 40 epochs and keeps spiking afterwards'),
    'f-lr-too-high-ecg-momentum-095': ('lr-too-high', 'ecg-momentum-05', 'probe', ['lr-too-high', 'oscillating-loss'],
        'sgd lr 0.5 with momentum 0.95 on the ECG features: loss spikes to 1.8, 15 and 32 and ends at 0.54, twice its best'),
    # ---- lr-too-low (probe)
    'f-lr-too-low-activity-sgd': ('lr-too-low', 'activity-sgd-1e-5', 'probe', ['lr-too-low'],
        'plain sgd lr 1e-5 on the activity windows: 80 epochs move the loss from 1.12 to 1.09'),
    'f-lr-too-low-speakers-adam': ('lr-too-low', 'speakers-adam-1e-6', 'probe', ['lr-too-low'],
        'adam lr 1e-6 for the speakers: the loss stays above the baseline (1.45 -> 1.44)'),
    'f-lr-too-low-sky-rmsprop': ('lr-too-low', 'sky-rmsprop-1e-6', 'probe', ['lr-too-low'],
        'rmsprop lr 1e-6 on the sky patches: loss 1.85 -> 1.84, far above the baseline 0.69'),
    'f-lr-too-low-digits-sgd': ('lr-too-low', 'digits-sgd-1e-4', 'probe', ['lr-too-low'],
        'plain sgd lr 1e-4 on the digits for 40 epochs: loss 2.48 -> 2.45, above the baseline'),
    # ---- saturated-activation (probe)
    'f-saturated-activation-bias-5': ('saturated-activation', 'sigmoid-bias-5', 'probe', ['saturated-activation'],
        'sigmoid hidden layer with initial bias 5 on the letter glyphs: ~80% of its outputs pinned near 1, loss stuck at the baseline'),
    'f-saturated-activation-ecg-ms-tanh': ('saturated-activation', 'ecg-ms-tanh', 'probe', ['saturated-activation'],
        'ECG features in ms and bpm (normalize none) into a tanh layer: it is saturated throughout'),
    'f-saturated-activation-raw-hz-tanh': ('saturated-activation', 'instruments-raw-hz-tanh', 'probe', ['saturated-activation'],
        'instrument audio features in Hz (normalize none) into a tanh layer: fully saturated, loss at the baseline'),
    'f-saturated-activation-raw-pixels-sigmoid': ('saturated-activation', 'raw-pixels-sigmoid', 'probe', ['saturated-activation'],
        'shape images as raw 0-255 pixels into a sigmoid layer: every hidden output pinned at 0 or 1 for the whole run'),
    'f-saturated-activation-sky-raw-sigmoid': ('saturated-activation', 'sky-raw-sigmoid', 'probe', ['saturated-activation'],
        'sky patch statistics on their raw 0-255 scale into sigmoid layers: the first layer ~95% saturated'),
    # ---- loss-plateau (training)
    'f-loss-plateau-digits-dropout-09': ('loss-plateau', 'digits-dropout-09', 'training', ['loss-plateau'],
        'dropout rate 0.9 after both hidden layers of the digit net ("keep 0.1" confusion): the loss stays at the baseline'),
    'f-loss-plateau-ecg-raw-sigmoid': ('loss-plateau', 'ecg-raw-sigmoid', 'training', ['loss-plateau', 'saturated-activation'],
        'ECG features in ms (normalize none) into a sigmoid layer with plain sgd: saturated at once, loss flat at the baseline'),
    'f-loss-plateau-keywords-weight-decay': ('loss-plateau', 'keywords-weight-decay-05', 'training', ['loss-plateau'],
        'weightDecay 0.5 (the dropout rate typed into the optimizer) on the keyword net: the loss settles at 1.54 against a baseline of 1.61'),
    'f-loss-plateau-keywords-weight-decay-2': ('loss-plateau', 'keywords-weight-decay-2', 'training', ['loss-plateau'],
        'weightDecay 2 with adam on the keyword net: the loss is flat at the baseline'),
    'f-loss-plateau-speakers-sgd-weight-decay': ('loss-plateau', 'speakers-sgd-weight-decay-1', 'training', ['loss-plateau'],
        'sgd momentum with weightDecay 1 on the speaker net: the loss is flat at the baseline from epoch 4'),
    # ---- oscillating-loss (training)
    'f-oscillating-loss-sine-rmsprop-01': ('oscillating-loss', 'tone-rmsprop-01', 'training', ['oscillating-loss', 'lr-too-high'],
        'tone waveform (builtin sine) fitted with rmsprop lr 0.1: the epoch loss jumps between 0.05 and 1.5 to the end'),
    'f-oscillating-loss-sine-elu-rmsprop-b8': ('oscillating-loss', 'tone-elu-rmsprop-b8', 'training', ['oscillating-loss', 'lr-too-high'],
        'tone waveform with ELU layers, rmsprop 0.05 and batch 8: the loss swings between 0.03 and 0.27 without settling'),
    'f-oscillating-loss-sine-adam-b16': ('oscillating-loss', 'tone-adam-01', 'training', ['oscillating-loss', 'lr-too-high'],
        'tone waveform with adam lr 0.1, batch 16: after reaching 0.004 the loss keeps bouncing up to 0.08-0.19'),
    'f-oscillating-loss-brightness-rmsprop-b16': ('oscillating-loss', 'brightness-rmsprop-005', 'training', ['oscillating-loss', 'lr-too-high'],
        'brightness regression with rmsprop 0.05, batch 16: the loss alternates between ~0.005 and ~0.017 every epoch, 20-50x the loss adam 0.003 reaches'),
    'f-oscillating-loss-instruments-adam-b4': ('oscillating-loss', 'instruments-adam-b4', 'training', ['oscillating-loss', 'lr-too-high'],
        'instrument classifier with adam 0.05 and batch 4: the loss swings between 0.16 and 0.70 to the end'),
    'f-oscillating-loss-activity-leaky-rmsprop-b8': ('oscillating-loss', 'activity-rmsprop-b8', 'training', ['oscillating-loss', 'lr-too-high'],
        'activity classifier with rmsprop 0.05, batch 8: the loss bounces between 0.21 and 0.43 without settling'),
}

# candidate -> slug of the healthy file
HEALTHY = {c: c[2:] for c in [
    'h-digits-relu-adam', 'h-digits-momentum-dropout', 'h-digits-tanh-rmsprop', 'h-digits-raw-batchnorm', 'h-digits-leaky-nesterov-b64',
    'h-shapes-elu-adam', 'h-shapes-leaky-nesterov', 'h-shapes-adam-wd-clip', 'h-shapes-relu-rmsprop-b64',
    'h-letters-relu-adam', 'h-letters-tanh-sgd', 'h-fruit-relu-adam', 'h-fruit-tanh-rmsprop-wd', 'h-fruit-two-softmax',
    'h-sky-relu-adam-val', 'h-sky-elu-momentum-clip', 'h-instruments-adam-dropout', 'h-instruments-bn-rmsprop', 'h-instruments-tanh-momentum',
    'h-speakers-relu-adam', 'h-speakers-leaky-momentum', 'h-speakers-tanh-rmsprop', 'h-keywords-adam-dropout', 'h-keywords-elu-rmsprop',
    'h-keywords-sgd-momentum', 'h-activity-relu-adam', 'h-activity-tanh-nesterov', 'h-activity-batchnorm-rmsprop',
    'h-ecg-relu-adam', 'h-ecg-elu-wd', 'h-ecg-tanh-momentum', 'h-ecg-minmax-leaky-rmsprop', 'h-pitch-relu-adam',
    'h-brightness-relu-adam', 'h-brightness-sigmoid-out-momentum', 'h-sine-tone-tanh-adam', 'h-sine-tone-elu-rmsprop',
    'h-iris-relu-adam', 'h-blobs-embeddings-momentum',
]}

# candidate -> why it was neither clearly faulty nor clearly healthy (or a near-duplicate of a filed one)
DROPPED = {
    'h-pitch-tanh-rmsprop': 'trains well (last/base 0.01) but its tanh layer ends 89% saturated: not clearly healthy',
    'f-shape-mismatch-ripe-two-sigmoids': 'the engine accepts two sigmoid outputs for the binary ripe target and trains it (last/base 0.27): no mismatch shown',
    'f-init-symmetry-keywords-constant-hidden': 'constant init of one hidden layer is broken by the random output layer; trains to 0.18 of the baseline, close to the healthy nets',
    'f-init-symmetry-sky-constant-half': 'all layers constant 0.05, but the near-linear sky task needs one unit per layer; trains to 0.28 (healthy 0.19): not clearly faulty',
    'f-no-nonlinearity-pitch-linear-x': 'pitch is almost linear in the zero-crossing rate: the linear stack fits it to 0.004 of the baseline',
    'f-dead-relu-raw-pixels-adam': 'near-duplicate of dead-relu.raw-pixels-adam (adam 0.05 instead of 0.1); only 50% of the first layer dead',
    'f-dead-relu-raw-audio-sgd': 'near-duplicate of dead-relu.instruments-raw-hz (one layer fewer, lr 0.1)',
    'f-exploding-gradient-brightness255-minmax-sgd': 'gradient norms reach only ~200 and the regression trains to 0.01 of the baseline',
    'f-exploding-gradient-pitch-hz-elu-sgd': 'gradient norms of thousands (target in Hz) but the run trains to 0.004 of the baseline',
    'f-exploding-gradient-ecg-ms-regression-hr': 'large early gradient norms (3.6e4) but the loss falls smoothly to 0.19 of the baseline: neither clearly exploding nor healthy',
    'f-lr-too-high-fruit-sgd': 'sgd lr 3 on the standardised fruit features trains as well as the healthy nets (0.15 of the baseline)',
    'f-lr-too-high-keywords-rmsprop': 'rmsprop 0.1 memorises the keyword set to a loss of ~0: no sign of a too-high rate',
    'f-loss-plateau-shapes-dropout-08': 'input and hidden dropout 0.8: the loss still creeps down (1.33 -> 1.21 over epochs 60-120): slow, not a plateau',
    'f-loss-plateau-activity-sigmoid-raw-sgd': 'the loss falls steadily (1.45 -> 0.83): slow progress, neither a plateau nor clearly too low a rate',
    'f-oscillating-loss-fruit-momentum-099': 'momentum 0.99 gives small swings only (median swing 0.3% of the baseline); loss 0.22 of the baseline',
    'f-oscillating-loss-letters-rmsprop-b4': 'swings of ~1% of the baseline at 0.08 of it: too small to call oscillation',
    'f-oscillating-loss-sky-adam-b8': 'small swings (median 1.5% of the baseline) at 0.22 of it',
    'f-oscillating-loss-speakers-sgd-b8': 'trains smoothly to 0.001 of the baseline',
    'f-oscillating-loss-digits-rmsprop-b8': 'trains to 0.01 of the baseline with tiny swings',
    'f-oscillating-loss-ecg-tanh-rmsprop': 'trains to 0.003 of the baseline',
    'f-oscillating-loss-pitch-tanh-adam': 'trains to 0.014 of the baseline with small swings',
    'f-oscillating-loss-sky-tanh-rmsprop': 'noisy but steadily falling loss (0.23 -> 0.08)',
    'f-oscillating-loss-fruit-adam-b8': 'mostly settled with two isolated spikes: not clearly oscillating',
    'f-oscillating-loss-brightness-momentum-b4': 'NaN in the first epoch: a near-duplicate of nan-loss.brightness-momentum-095',
}

def observed_lines():
    lines = {}
    with open(os.path.join(HERE, 'observed.txt')) as f:
        for raw in f:
            line = raw.strip()
            m = re.match(r'^([A-Za-z0-9._-]+?)(\.nn\.json)?[: ]', line)
            if not m:
                continue
            lines[m.group(1)] = line
    return lines

def describe(spec):
    d = spec['data']
    if 'csv' in d:
        src = os.path.basename(d['csv']) + ' -> ' + (d['target'] if isinstance(d['target'], str) else ','.join(d['target']))
        if 'features' in d:
            src += f' ({len(d["features"])} features)'
    else:
        src = 'builtin ' + d['builtin'] + ''.join(f' {k} {d[k]}' for k in ('samples', 'noise', 'classes') if k in d)
    src += ' ' + d.get('normalize', 'none')
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f'dropout {l["rate"]}')
        else:
            s = f'{l["units"]} {l.get("activation", "linear")}'
            if l.get('batchNorm'):
                s += ' bn'
            if 'init' in l:
                s += f' {l["init"] if isinstance(l["init"], str) else l["init"]["name"]}'
            layers.append(s)
    o = spec['optimizer']
    opt = f'{o["type"]} {o["lr"]}' + ''.join(f' {k} {o[k]}' for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if k in o)
    t = spec['training']
    return f'{src}, [{", ".join(layers)}], {spec["loss"]}, {opt}, batch {t.get("batchSize", 32)}, {t.get("epochs", 100)} epochs' + \
        (f', validationSplit {t["validationSplit"]}' if 'validationSplit' in t else '')

def main():
    obs = observed_lines()
    cands = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    seen = set(FAULTY) | set(HEALTHY) | set(DROPPED)
    missing = [c for c in cands if c not in seen]
    extra = [c for c in seen if c not in cands]
    overlap = (set(FAULTY) & set(HEALTHY)) | (set(FAULTY) & set(DROPPED)) | (set(HEALTHY) & set(DROPPED))
    if missing or extra or overlap:
        sys.exit(f'unfiled {missing}, unknown {extra}, twice {sorted(overlap)}')
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy = [], []
    for c in cands:
        src = os.path.join(CAND, c + '.nn.json')
        if c in FAULTY:
            code, slug, stage, catches, text = FAULTY[c]
            assert c.startswith(f'f-{code}-'), c
            assert code in catches
            file = f'faulty/{code}.{slug}.nn.json'
            shutil.copy(src, os.path.join(HERE, file))
            faults.append({'file': file, 'code': code, 'fault': f'{text} (observe: {obs[c]})', 'stage': stage, 'catches': catches})
        elif c in HEALTHY:
            file = f'healthy/{HEALTHY[c]}.nn.json'
            shutil.copy(src, os.path.join(HERE, file))
            with open(src) as f:
                spec = json.load(f)
            healthy.append({'file': file, 'covers': f'{describe(spec)} (observe: {obs[c]})'})
        else:
            shutil.copy(src, os.path.join(HERE, 'dropped', c + '.nn.json'))
    about = ('Fifty-first fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
             'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
             'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
             'Each "fault" (and each healthy "covers") ends with the line test/faults/observe.ts --summary printed for the candidate (observed.txt; '
             'the names there are the candidate names f-<code>-<slug> / h-<slug>); --curve for the lr, oscillating, plateau and exploding ones '
             '(observed-curves.txt) and test/faults/steps.ts for the NaN and exploding ones (observed-steps.txt); no diagnosis code involved. '
             'Theme: images, audio and signals as small feature vectors: 8x8 digit glyphs as 64 pixels in 0-16 (border columns always 0), '
             '8x8 shape images in 0-255, letter glyphs already in 0-1, fruit colour histograms and mean RGB (ripe 0/1), sky patch statistics (sky 0/1), '
             'MFCC-like audio summaries with zero-crossing rate, RMS and spectral centroid/bandwidth/rolloff in Hz (instrument, speaker, keyword), '
             'accelerometer window statistics (activity), ECG beat statistics in ms and bpm (arrhythmia 0/1), a tone\'s pitch in Hz and a picture\'s '
             'brightness (0-255 and 0-1) as regressions, plus builtin sine (a tone waveform), iris and blobs; broken exports (n/a cells, "Hz" units '
             'in the target, a 4-row quick export). Data written by data/generate.ts (seeded), specs by author.ts, this manifest by write-manifest.py. '
             'See README.md for how it was written and what was read.')
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump({'about': about, 'faults': faults, 'healthy': healthy}, f, indent=2)
        f.write('\n')
    from collections import Counter
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(DROPPED)} dropped')
    print(dict(sorted(Counter(x["code"] for x in faults).items())))

main()
