#!/usr/bin/env python3
"""Files this set's candidates by what the bare engine did (observed.txt) and writes manifest.json.

Run from anywhere: python3 test/faults-blind63/write-manifest.py
Reads candidates/ (written by author.ts) and observed.txt (test/faults/observe.ts --summary on every
candidate); copies each candidate into faulty/<code>.<slug>.nn.json, healthy/<slug>.nn.json or
dropped/<candidate>.nn.json, unchanged. Each fault / covers text ends with the spec's observe line.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

# candidate -> (code, slug, stage, catches, fault)
FAULTS = {
    # ---- static: invalid-spec ----
    'invalid-spec.optimiser-british': ('invalid-spec', 'optimiser-british', 'static', ['invalid-spec'],
        'a UK observatory group writes the top-level block as "optimiser" (British spelling), an unknown key, so the spec does not load'),
    'invalid-spec.init-glorot-keras': ('invalid-spec', 'init-glorot-keras', 'static', ['invalid-spec'],
        'galaxy classifier ported from Keras keeps "init": "glorot_uniform" on both layers; the engine calls it xavier_uniform'),
    'invalid-spec.units-string-from-config': ('invalid-spec', 'units-string-from-config', 'static', ['invalid-spec'],
        'well-log rock classifier generated from a YAML/INI config: the output layer\'s "units" is the string "4", not a number'),
    'invalid-spec.loss-keras-name': ('invalid-spec', 'loss-keras-name', 'static', ['invalid-spec'],
        'exoplanet transit vetter uses the Keras loss name "binary_crossentropy" instead of "bce"'),
    # ---- static: data-error ----
    'data-error.target-spectral-type': ('data-error', 'target-spectral-type', 'static', ['data-error'],
        'star catalogue target written "spectral_type" but the catalogue column is "spectral_class": target not found'),
    'data-error.parallax-gaps': ('data-error', 'parallax-gaps', 'static', ['data-error'],
        'catalogue export where stars without a measured parallax have an empty cell or "NA" in parallax_mas; non-numeric feature cells'),
    'data-error.depth-question-marks': ('data-error', 'depth-question-marks', 'static', ['data-error'],
        'raw earthquake feed in which unreviewed events carry "?" for depth_km; magnitude regression fed non-numeric cells'),
    'data-error.first-night-two-rows': ('data-error', 'first-night-two-rows', 'static', ['data-error'],
        'transit vetter trained on the first survey night\'s export: two rows, both false positives, so too few rows and a single class'),
    'data-error.julian-date-misnamed': ('data-error', 'julian-date-misnamed', 'static', ['data-error'],
        'telemetry features list "julian_date" while the downlink CSV calls the column "jd": missing feature column'),
    # ---- static: shape-mismatch ----
    'shape-mismatch.obafgkm-seven-outputs': ('shape-mismatch', 'obafgkm-seven-outputs', 'static', ['shape-mismatch'],
        'spectral classifier given 7 softmax outputs for the textbook O B A F G K M sequence, but the catalogue holds 5 classes (A F G K M)'),
    'shape-mismatch.star-vs-rest-two-outputs': ('shape-mismatch', 'star-vs-rest-two-outputs', 'static', ['shape-mismatch'],
        'photometric classifier written with 2 softmax outputs (star vs not-star habit) on a STAR/GALAXY/QSO target with 3 classes'),
    'shape-mismatch.mag-and-depth-two-outputs': ('shape-mismatch', 'mag-and-depth-two-outputs', 'static', ['shape-mismatch'],
        'earthquake regressor with 2 linear outputs (meant to predict magnitude and depth) but the target is the single column mag'),
    'shape-mismatch.rock-three-outputs': ('shape-mismatch', 'rock-three-outputs', 'static', ['shape-mismatch'],
        'well-log lithology classifier with 3 outputs (sandstone/shale/limestone) although the logs also contain dolomite: 4 classes'),
    # ---- static: loss-activation-mismatch ----
    'loss-activation-mismatch.transit-linear-bce': ('loss-activation-mismatch', 'transit-linear-bce', 'static', ['loss-activation-mismatch'],
        'planet/false-positive vetter with a linear output unit under bce (sigmoid forgotten): the loss is evaluated on unbounded outputs'),
    'loss-activation-mismatch.loglum-sigmoid-mse': ('loss-activation-mismatch', 'loglum-sigmoid-mse', 'static', ['loss-activation-mismatch'],
        'log-luminosity regression (log L/Lsun from -2.2 to +3.5) with a sigmoid output under mse: the output cannot leave (0, 1)'),
    'loss-activation-mismatch.galaxy-sigmoid-cce': ('loss-activation-mismatch', 'galaxy-sigmoid-cce', 'static', ['loss-activation-mismatch'],
        'STAR/GALAXY/QSO classifier with 3 sigmoid outputs under cce instead of softmax: the loss falls toward 0 while accuracy stays near chance'),
    'loss-activation-mismatch.tsunami-single-softmax': ('loss-activation-mismatch', 'tsunami-single-softmax', 'static', ['loss-activation-mismatch'],
        'tsunami-alert classifier with a single softmax output under bce: a one-unit softmax is the constant 1, nothing can be learnt'),
    'loss-activation-mismatch.quake-mag-sigmoid-raw': ('loss-activation-mismatch', 'quake-mag-sigmoid-raw', 'static', ['loss-activation-mismatch'],
        'earthquake magnitude (4 to 8, raw units) regressed through a sigmoid output under mse: predictions are capped at 1'),
    # ---- static: init-symmetry ----
    'init-symmetry.wells-zeros': ('init-symmetry', 'wells-zeros', 'static', ['init-symmetry'],
        'lithology net with both ReLU hidden layers initialised to zeros: every unit is identical and receives no gradient'),
    'init-symmetry.kimberlite-constant-everywhere': ('init-symmetry', 'kimberlite-constant-everywhere', 'static', ['init-symmetry'],
        'magnetic-survey ore classifier with every layer (tanh hidden and the output) at constant 0.1: the hidden units stay copies of one unit, so the ring-shaped ore body is fitted no better than by a linear model'),
    'init-symmetry.galaxy-zeros-everywhere': ('init-symmetry', 'galaxy-zeros-everywhere', 'static', ['init-symmetry'],
        'photometric classifier with zeros for the tanh hidden layer and the softmax output: hidden outputs and their gradients are all 0, only the output biases learn the class prior'),
    'init-symmetry.wells-constant-relu-everywhere': ('init-symmetry', 'wells-constant-relu-everywhere', 'static', ['init-symmetry'],
        'lithology net with constant 0.05 in every layer: the 24 and 12 ReLU units stay identical, the net behaves like one unit per layer and confuses the four rocks'),
    # ---- static: init-scale ----
    'init-scale.galaxy-tiny-std': ('init-scale', 'galaxy-tiny-std', 'static', ['init-scale', 'vanishing-gradient'],
        'three tanh hidden layers (and the output) drawn from normal std 1e-4: the signal and the first layers\' gradients vanish, loss stays at the class prior'),
    'init-scale.kimberlite-uniform-limit-4': ('init-scale', 'kimberlite-uniform-limit-4', 'static', ['init-scale', 'saturated-activation'],
        'ore classifier with tanh layers drawn uniform(-4, 4), far above Glorot: the second hidden layer is pinned at +-1 most of the run'),
    'init-scale.wells-normal-std-4-sigmoid': ('init-scale', 'wells-normal-std-4-sigmoid', 'static', ['init-scale', 'saturated-activation'],
        'lithology net with sigmoid hidden layers drawn normal std 4: most hidden outputs sit at 0 or 1 and updates are tiny'),
    'init-scale.quake-uniform-limit-3-deep': ('init-scale', 'quake-uniform-limit-3-deep', 'static', ['init-scale', 'exploding-gradient', 'nan-loss'],
        'three 32-unit ReLU layers drawn uniform(-3, 3) (about 12x He): activations and gradients blow up and the loss is NaN in the first epoch'),
    # ---- static: no-nonlinearity ----
    'no-nonlinearity.kimberlite-linear-hidden': ('no-nonlinearity', 'kimberlite-linear-hidden', 'static', ['no-nonlinearity'],
        'ore around a kimberlite pipe is a disc in easting/northing; both hidden layers are linear, so the net is a logistic regression and cannot enclose it'),
    'no-nonlinearity.crater-rim-activation-omitted': ('no-nonlinearity', 'crater-rim-activation-omitted', 'static', ['no-nonlinearity'],
        'crater-rim (circles) classifier whose two hidden layers omit "activation" and so default to linear: no better than chance'),
    'no-nonlinearity.spiral-arms-linear': ('no-nonlinearity', 'spiral-arms-linear', 'static', ['no-nonlinearity'],
        'spiral-arm membership (spirals) with two linear hidden layers (He init copied, activation left linear): stays at chance'),
    'no-nonlinearity.cepheid-sine-linear': ('no-nonlinearity', 'cepheid-sine-linear', 'static', ['no-nonlinearity'],
        'Cepheid light curve (sine) fitted by a 32-unit hidden layer with no activation: only a straight line can be fitted'),
    # ---- static: lr-out-of-range ----
    'lr-out-of-range.adam-lr-3': ('lr-out-of-range', 'adam-lr-3', 'static', ['lr-out-of-range', 'lr-too-high'],
        'adam lr 3 (meant 3e-3, exponent dropped): the ReLU layer dies and the loss ends above the prior'),
    'lr-out-of-range.sgd-lr-250': ('lr-out-of-range', 'sgd-lr-250', 'static', ['lr-out-of-range', 'lr-too-high', 'nan-loss'],
        'sgd lr 250 typed into a magnitude regressor (a percentage read as a rate): NaN within the first epoch'),
    'lr-out-of-range.rmsprop-lr-1e-9': ('lr-out-of-range', 'rmsprop-lr-1e-9', 'static', ['lr-out-of-range', 'lr-too-low'],
        'rmsprop lr 1e-9 on the anomaly detector (unit slip, meant 1e-3): weights and loss never move'),
    # ---- dead-relu ----
    'dead-relu.negative-bias-stars': ('dead-relu', 'negative-bias-stars', 'probe', ['dead-relu'],
        'spectral classifier with "bias": -3 on both ReLU layers (a sparsity trick copied from a blog): most units never fire on standardized inputs'),
    'dead-relu.galaxy-adam-lr-0.2': ('dead-relu', 'galaxy-adam-lr-0.2', 'training', ['dead-relu', 'lr-too-high'],
        'two ReLU layers under adam lr 0.2: after a good start the second layer dies (97% of units) and the loss returns to the prior'),
    'dead-relu.wells-raw-sgd': ('dead-relu', 'wells-raw-sgd', 'probe', ['dead-relu'],
        'well logs fed unnormalized (resistivity up to ~1000 ohm-m next to porosity fractions) to two ReLU layers under sgd: the second layer dies'),
    # ---- exploding-gradient ----
    'exploding-gradient.lum-sun-raw-target': ('exploding-gradient', 'lum-sun-raw-target', 'probe', ['exploding-gradient'],
        'luminosity regressed in raw solar units (heavy-tailed, up to ~2800 Lsun) under mse without normalizeTarget: layer gradient norms reach 1e4-5e4'),
    'exploding-gradient.deep-normal-std-1': ('exploding-gradient', 'deep-normal-std-1', 'probe', ['exploding-gradient', 'init-scale'],
        'deep 64-unit ReLU magnitude regressor with every layer normal std 1: gradient norms above 1e5 and the loss hundreds of times the baseline'),
    'exploding-gradient.telemetry-raw-clipped-sgd': ('exploding-gradient', 'telemetry-raw-clipped-sgd', 'probe', ['exploding-gradient'],
        'anomaly detector fed raw telemetry including the Julian day (2.46e6) with normalize none; clipNorm 1 set but gradients reach 1e6 and the loss stays thousands of times the baseline'),
    'exploding-gradient.kimberlite-raw-rmsprop': ('exploding-gradient', 'kimberlite-raw-rmsprop', 'probe', ['exploding-gradient'],
        'ore classifier fed raw UTM coordinates (5e5, 7.2e6 m) and a 52000 nT field without normalization: gradient norms of millions, loss far above the prior'),
    'nan-loss.lum-sun-raw-momentum': ('exploding-gradient', 'lum-sun-raw-features-momentum', 'probe', ['exploding-gradient'],
        'raw luminosity target and raw features (temperature in K) under sgd momentum 0.9: gradient norm 4e23 at step 2, the loss jumps to 1e28 and the ReLU layer dies'),
    # ---- vanishing-gradient ----
    'vanishing-gradient.deep-sigmoid-stars': ('vanishing-gradient', 'deep-sigmoid-stars', 'probe', ['vanishing-gradient'],
        'six sigmoid hidden layers under plain sgd for a spectral classifier: first-layer gradients near 1e-4, loss never leaves the prior'),
    'vanishing-gradient.sigmoid-stack-transits': ('vanishing-gradient', 'sigmoid-stack-transits', 'probe', ['vanishing-gradient'],
        'seven sigmoid hidden layers in the transit vetter: first-layer gradients 1e-6 to 1e-5, loss stays at the prior'),
    'vanishing-gradient.wells-sigmoid-deep': ('vanishing-gradient', 'wells-sigmoid-deep', 'probe', ['vanishing-gradient'],
        'seven sigmoid hidden layers for lithology under sgd momentum 0.01: first-layer gradients 2e-5, stuck at the prior'),
    'vanishing-gradient.telemetry-sigmoid-deep-sgd': ('vanishing-gradient', 'telemetry-sigmoid-deep-sgd', 'probe', ['vanishing-gradient'],
        'five 24-unit sigmoid layers in the anomaly detector under sgd: first-layer gradient 1e-4 to 1e-3, loss stays at the prior'),
    # ---- nan-loss ----
    'nan-loss.quake-jd-feature-sgd': ('nan-loss', 'quake-jd-feature-sgd', 'probe', ['nan-loss', 'exploding-gradient'],
        'magnitude regressor with the event Julian day (2.45e6) kept as a feature and normalize none, sgd 0.01: NaN at the third step'),
    'nan-loss.lum-sun-raw-target-sgd': ('nan-loss', 'lum-sun-raw-target-sgd', 'probe', ['nan-loss', 'exploding-gradient'],
        'luminosity in raw solar units under mse with sgd 0.01: the loss swings, grows and is NaN within the first epoch'),
    'nan-loss.kimberlite-raw-relu-mse': ('nan-loss', 'kimberlite-raw-relu-mse', 'probe', ['nan-loss', 'exploding-gradient'],
        'ore indicator regressed from raw UTM coordinates and field values (normalize none) with sgd: NaN at step 3'),
    'nan-loss.stars-raw-loglum-sgd': ('nan-loss', 'stars-raw-loglum-sgd', 'probe', ['nan-loss', 'exploding-gradient'],
        'log-luminosity regressor fed raw catalogue columns (temperature in thousands of K) under sgd: loss infinite at step 3'),
    'nan-loss.telemetry-raw-jd-momentum': ('nan-loss', 'telemetry-raw-jd-momentum', 'probe', ['nan-loss', 'exploding-gradient'],
        'anomaly score regressed from raw telemetry with the Julian day as a feature, sgd momentum: NaN at step 3'),
    # ---- lr-too-high ----
    'lr-too-high.quake-sgd-lr-1': ('lr-too-high', 'quake-sgd-lr-1', 'probe', ['lr-too-high', 'exploding-gradient'],
        'magnitude regressor with sgd lr 1.0: the loss jumps to 4.5e5 times the baseline in the first epoch and the second ReLU layer dies'),
    'lr-too-high.galaxy-adam-0.3-tanh': ('lr-too-high', 'galaxy-adam-0.3-tanh', 'training', ['lr-too-high', 'oscillating-loss'],
        'galaxy classifier under adam lr 0.3: the loss repeatedly rises from ~0.003 to 0.5-0.7 and never settles'),
    'oscillating-loss.quake-momentum-0.99': ('lr-too-high', 'quake-momentum-0.99', 'training', ['lr-too-high', 'exploding-gradient'],
        'magnitude regressor under sgd lr 0.05 with momentum 0.99: the loss falls for 4 epochs, then climbs to 1e9'),
    'oscillating-loss.quake-fullbatch-sgd-0.9': ('lr-too-high', 'quake-fullbatch-sgd-0.9', 'training', ['lr-too-high', 'nan-loss', 'exploding-gradient'],
        'full-batch sgd lr 0.9 on the magnitude regressor: the loss bounces for a few epochs, then diverges to NaN at epoch 34'),
    'oscillating-loss.sine-sgd-fullbatch': ('lr-too-high', 'cepheid-sine-sgd-1.5', 'probe', ['lr-too-high', 'nan-loss', 'exploding-gradient'],
        'Cepheid light curve (sine) with full-batch sgd lr 1.5: the loss grows every epoch from the first and is NaN at epoch 20'),
    'oscillating-loss.galaxy-rmsprop-fullbatch': ('lr-too-high', 'galaxy-rmsprop-fullbatch', 'training', ['lr-too-high', 'oscillating-loss'],
        'full-batch rmsprop lr 0.05 on the galaxy classifier: the loss keeps spiking from ~0.03 to 0.15-0.25 every 15-20 epochs'),
    'oscillating-loss.stars-rmsprop-0.1-fullbatch': ('lr-too-high', 'stars-rmsprop-0.1-fullbatch', 'training', ['lr-too-high', 'oscillating-loss'],
        'full-batch rmsprop lr 0.1 on the spectral classifier: the loss repeatedly climbs from ~0.08 to 0.4-0.55 and falls back'),
    # ---- lr-too-low ----
    'lr-too-low.stars-sgd-1e-5': ('lr-too-low', 'stars-sgd-1e-5', 'probe', ['lr-too-low'],
        'spectral classifier under sgd lr 1e-5 for 100 epochs: update-to-weight ratios below 3e-5, loss stays above the prior'),
    'lr-too-low.galaxy-adam-1e-6': ('lr-too-low', 'galaxy-adam-1e-6', 'probe', ['lr-too-low'],
        'galaxy classifier under adam lr 1e-6: loss moves from 1.94 to 1.90 (prior 1.05) in 100 epochs'),
    'lr-too-low.quake-momentum-1e-6': ('lr-too-low', 'quake-momentum-1e-6', 'probe', ['lr-too-low'],
        'magnitude regressor under sgd momentum lr 1e-6: the loss never drops below the variance of the target'),
    'lr-too-low.wells-rmsprop-1e-6': ('lr-too-low', 'wells-rmsprop-1e-6', 'probe', ['lr-too-low'],
        'lithology net under rmsprop lr 1e-6: loss 1.34 to 1.32 in 100 epochs (a good run reaches 0.01)'),
    # ---- saturated-activation ----
    'saturated-activation.stars-raw-sigmoid': ('saturated-activation', 'stars-raw-sigmoid', 'probe', ['saturated-activation'],
        'sigmoid hidden layer fed raw catalogue columns (temperature 2500-10000 K): every hidden unit pinned at 0 or 1, loss at the prior'),
    'saturated-activation.quake-raw-tanh': ('saturated-activation', 'quake-raw-tanh', 'probe', ['saturated-activation'],
        'tsunami-alert classifier with a tanh hidden layer fed raw depth (km, up to ~380) and station counts (up to ~440): ~90% of hidden outputs at +-1'),
    'saturated-activation.telemetry-sigmoid-bias-6': ('saturated-activation', 'telemetry-sigmoid-bias-6', 'probe', ['saturated-activation'],
        'anomaly detector whose sigmoid hidden layer starts with bias 6: the layer sits at 1 and the loss stays at the prior'),
    'saturated-activation.wells-raw-tanh': ('saturated-activation', 'wells-raw-tanh', 'probe', ['saturated-activation'],
        'lithology net with a tanh hidden layer fed raw logs (gamma ray in API units, resistivity up to ~1000 ohm-m): 80% saturated'),
    'nan-loss.kimberlite-raw-coords-momentum': ('saturated-activation', 'kimberlite-raw-coords-momentum', 'probe', ['saturated-activation'],
        'ore indicator regressed through a tanh hidden layer from raw UTM coordinates: the whole layer is pinned at +-1 with zero gradient, the loss sits at the baseline'),
    # ---- loss-plateau ----
    'loss-plateau.galaxy-survey-run-only': ('loss-plateau', 'galaxy-survey-run-only', 'training', ['loss-plateau'],
        'features set to the catalogue objid and the survey run number (constant) instead of the five magnitudes: loss flat at the prior'),
    'loss-plateau.telemetry-ids-and-dates': ('loss-plateau', 'telemetry-ids-and-dates', 'training', ['loss-plateau'],
        'anomaly detector given only orbit_no and the Julian day as features: no progress from the prior in 150 epochs'),
    'loss-plateau.wells-weight-decay-1': ('loss-plateau', 'wells-weight-decay-1', 'training', ['loss-plateau'],
        'lithology net with weightDecay 1 (a decoupled AdamW-style value used as a coupled L2 penalty): the loss ends at the prior'),
    # ---- oscillating-loss ----
    'lr-too-high.wells-rmsprop-0.2': ('oscillating-loss', 'wells-rmsprop-0.2', 'training', ['oscillating-loss', 'lr-too-high'],
        'lithology net under rmsprop lr 0.2: the loss swings between 0.03 and 0.8 epoch after epoch for the whole run'),
    'oscillating-loss.galaxy-rmsprop-0.2': ('oscillating-loss', 'galaxy-rmsprop-0.2', 'training', ['oscillating-loss', 'lr-too-high'],
        'galaxy classifier under rmsprop lr 0.2: the loss jumps between 0.05 and 1.5 and never settles'),
    'oscillating-loss.kimberlite-rmsprop-0.2': ('oscillating-loss', 'kimberlite-rmsprop-0.2', 'training', ['oscillating-loss', 'lr-too-high'],
        'ore classifier under rmsprop lr 0.2: the loss flips up and down nearly every epoch between 0.04 and 0.2 (prior 0.49)'),
}

# candidate -> healthy slug (None: same as the candidate's slug)
HEALTHY = {c: None for c in [
    'ok.stars-class-adam', 'ok.stars-class-minmax-rmsprop', 'ok.stars-loglum-adam', 'ok.stars-loglum-rmsprop-elu',
    'ok.galaxies-nesterov-tanh', 'ok.galaxies-minmax-leaky-rmsprop', 'ok.galaxies-dropout-weight-decay', 'ok.galaxies-sgd-plain',
    'ok.transits-adam', 'ok.transits-rmsprop-clip', 'ok.quakes-mag-adam', 'ok.quakes-mag-tanh-momentum',
    'ok.quakes-mag-lecun-tanh-rmsprop', 'ok.tsunami-adam', 'ok.tsunami-rmsprop-dropout', 'ok.telemetry-adam',
    'ok.telemetry-batchnorm-momentum', 'ok.telemetry-rmsprop-weight-decay', 'ok.wells-adam', 'ok.wells-rmsprop-elu',
    'ok.wells-sgd-tanh', 'ok.wells-batchnorm-dropout', 'ok.kimberlite-adam', 'ok.kimberlite-tanh-rmsprop',
    'ok.spiral-arms-adam-wider', 'ok.star-clusters-blobs-sgd', 'ok.cepheid-lightcurve-sine-adam',
    'ok.cepheid-lightcurve-sine-momentum', 'ok.crater-rim-circles-adam', 'ok.tidal-tails-moons-rmsprop',
    'ok.mars-soil-inline',
]}
HEALTHY['ok.stars-lum-sun-log-free-target'] = 'stars-lum-sun-standardized-target'
HEALTHY['lr-too-high.telemetry-momentum-0.5'] = 'telemetry-tanh-momentum-lr-0.5'
HEALTHY['oscillating-loss.quake-adam-0.05-fullbatch'] = 'quakes-mag-adam-fullbatch'

DROPPED = {
    'ok.stars-class-tanh-momentum': 'trains well (last/base 0.04) but the second tanh hidden layer ends 79% saturated (max 96%): not clearly healthy',
    'ok.stars-class-batchnorm-dropout': 'noisy (0.33-0.45, last/base 0.25, acc 0.84) with a first-layer gradient spike of 140: neither clearly healthy nor a fault',
    'ok.stars-class-batchnorm': 'second-round retry of the above without dropout: still last/base 0.24, acc 0.83, first-layer gradient up to 618, loss 0.26 -> 0.39',
    'ok.galaxies-adam': 'trains to last/base 0.00, but 50-75% of the second ReLU layer (8 units) is dead in epochs 2-5 and 25-38% afterwards',
    'ok.transits-momentum': 'last/base 0.70 and accuracy equal to the prior (0.945) after 400 epochs: too slow to call healthy, not clearly a fault',
    'ok.quakes-mag-raw-target-adam': 'learns (min 0.029, baseline 0.31) but spikes to 0.19-0.20 several times and ends at 0.097: neither clean nor clearly lr-too-high',
    'ok.spiral-arms-adam': 'noisy 0.33-0.45 on 3 spiral arms, acc 0.85: borderline (replaced by ok.spiral-arms-adam-wider)',
    'init-symmetry.quake-constant-half': 'constant init of the tanh layer only; the random output layer breaks the symmetry and the run trains fine (last/base 0.10)',
    'init-symmetry.telemetry-constant': 'constant init of the hidden layer only; the random output layer breaks the symmetry and the run trains to last/base 0.01',
    'init-scale.stars-normal-std-3': 'first loss 31 (20x the prior) but adam recovers to last/base 0.06: the init fault is not clearly shown over the run',
    'dead-relu.telemetry-bias-minus-2': 'only 13% of the units dead; slow but learning (last/base 0.55): not a dead-relu case',
    'vanishing-gradient.deep-tanh-small-init-wells': 'four tanh layers with normal std 0.02 still train to last/base 0.02 under momentum sgd: no vanishing shown (and not healthy either, its init is far below Glorot)',
    'loss-plateau.quake-weight-decay-0.5': 'weightDecay 0.5 still reaches last/base 0.39, below the "good loss" line: not a plateau far from a good loss',
    'oscillating-loss.galaxy-sgd-batch-4': 'batch 4 sgd 0.8 is noisy, but the swings are 2-5% of the prior: not clearly oscillating',
    'oscillating-loss.lightcurve-adam-0.1': 'swings in the first 15 epochs, then a smooth monotone descent to last/base 0.03',
    'oscillating-loss.stars-rmsprop-full-batch': 'spikes of 0.05-0.1 on a baseline of 1.0, i.e. swings under 10% of the baseline: not clear',
    'oscillating-loss.wells-fullbatch-sgd-3': 'bounces for 6 epochs, then a smooth descent to last/base 0.01',
    'oscillating-loss.loglum-momentum-fullbatch': 'wild for ~25 epochs, then settles smoothly to last/base 0.003',
    'oscillating-loss.tsunami-adam-batch-8': 'noise of ~5% of the prior around 0.08: not clearly oscillating, not clearly healthy',
    'oscillating-loss.telemetry-sgd-10-fullbatch': 'smooth descent to last/base 0.01, but update-to-weight ratios up to 0.9 per step: not clearly healthy, not a fault',
    'oscillating-loss.kimberlite-sgd-5-fullbatch': 'slow smooth descent with one spike around epoch 75-85, last/base 0.08: neither',
    'oscillating-loss.galaxy-tanh-sgd-2': 'oscillates strongly for ~25 epochs, then small swings (2-5% of the prior) while ending at last/base 0.02: not clear',
    'oscillating-loss.wells-momentum-0.95': 'swings for ~35 epochs, then settles to 4e-4 (hidden tanh 72% saturated): neither',
}


def observe_lines():
    lines = {}
    with open(os.path.join(HERE, 'observed.txt')) as f:
        for raw in f:
            line = raw.strip()
            if not line or line.startswith('npm '):
                continue
            if ': base ' in line:
                name = line.split(': base ', 1)[0]
            else:
                name = line.split('.nn.json', 1)[0]
            lines[name] = line
    return lines


def describe(spec):
    d = spec['data']
    if 'csv' in d:
        src = f"{os.path.basename(d['csv'])} -> {d['target']} ({d.get('normalize', 'none')}" + \
              (f", target {d['normalizeTarget']}" if d.get('normalizeTarget') else '') + ')'
    elif 'builtin' in d:
        src = f"builtin {d['builtin']}" + (f" {d['classes']} classes" if 'classes' in d else '')
    else:
        src = f"inline table ({len(d['inline']['x'])} rows)"
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
        else:
            extra = ' bn' if l.get('batchNorm') else ''
            init = f" {l['init']}" if isinstance(l.get('init'), str) else ''
            layers.append(f"{l['units']} {l.get('activation', 'linear')}{init}{extra}")
    o = spec['optimizer']
    opt = o['type'] + (f" momentum {o['momentum']}" if o.get('momentum') else '') + (' nesterov' if o.get('nesterov') else '') + f" {o['lr']}"
    for k in ('weightDecay', 'clipNorm'):
        if o.get(k):
            opt += f" {k} {o[k]}"
    t = spec['training']
    return f"{src}, [{', '.join(layers)}], {spec['loss']}, {opt}, batch {t['batchSize']}, {t['epochs']} epochs" + \
        (f", validationSplit {t['validationSplit']}" if t.get('validationSplit') else '')


def main():
    obs = observe_lines()
    candidates = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    seen = set(FAULTS) | set(HEALTHY) | set(DROPPED)
    assert len(FAULTS) + len(HEALTHY) + len(DROPPED) == len(seen), 'a candidate is filed twice'
    missing = [c for c in candidates if c not in seen]
    extra = [c for c in seen if c not in candidates]
    assert not missing and not extra, (missing, extra)
    for folder in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
        os.makedirs(os.path.join(HERE, folder))
    faults, healthy = [], []
    for c in candidates:
        src = os.path.join(CAND, c + '.nn.json')
        line = obs[c]
        if c in FAULTS:
            code, slug, stage, catches, text = FAULTS[c]
            assert code in catches
            file = f'faulty/{code}.{slug}.nn.json'
            faults.append({'file': file, 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': catches})
        elif c in HEALTHY:
            slug = HEALTHY[c] or c.split('.', 1)[1]
            file = f'healthy/{slug}.nn.json'
            with open(src) as f:
                spec = json.load(f)
            healthy.append({'file': file, 'covers': f'{describe(spec)} (observe: {line})'})
        else:
            file = f'dropped/{c}.nn.json'
        shutil.copyfile(src, os.path.join(HERE, file))
    faults.sort(key=lambda e: e['file'])
    healthy.sort(key=lambda e: e['file'])
    about = (
        'Sixty-third fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
        'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
        'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" (and each '
        'healthy "covers") ends with the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt); --curve for '
        'the lr-too-high, oscillating, plateau, lr-too-low and borderline ones (observed-curves.txt), test/faults/steps.ts for the NaN ones '
        '(observed-steps.txt); no diagnosis code involved. Theme: astronomy, space and geoscience: a star catalogue (stars.csv: 450 stars, '
        'apparent magnitude, B-V, parallax in mas, temperature in K; spectral class A/F/G/K/M, heavy-tailed luminosity in Lsun and its log; '
        'catalogue id, Julian date and a constant survey column), galaxy photometry (galaxies.csv: u g r i z -> STAR/GALAXY/QSO), exoplanet '
        'transits (transits.csv: period, depth in ppm, duration, SNR -> planet, 5.5% positive), earthquakes (quakes.csv: depth, lat/lon, station '
        'count -> magnitude, tsunami alert 4.8%), satellite telemetry (telemetry.csv: battery voltage, panel current, temperatures -> anomaly, 6.8%), '
        'well logs (welllogs.csv: gamma ray, resistivity, density, neutron porosity -> 4 rock types), a magnetic survey over a kimberlite pipe '
        '(kimberlite.csv: raw UTM coordinates and field -> ore inside a disc), broken exports (stars-gaps.csv, quakes-feed.csv, transits-night1.csv), '
        'builtins as sky stand-ins (spirals as spiral arms, circles as a crater rim, moons as tidal tails, blobs as star clusters, sine as a '
        'Cepheid light curve) and an inline Mars soil table. Data by data/generate.ts, candidates by author.ts, filing and this manifest by '
        'write-manifest.py. See README.md for how it was written and what was read.'
    )
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    counts = {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(DROPPED)} dropped')
    for k in sorted(counts):
        print(f'  {k}: {counts[k]}')


main()
