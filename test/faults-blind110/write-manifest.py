#!/usr/bin/env python3
"""Files the candidates of test/faults-blind110 by what the bare engine showed (observed.txt,
observed-curves.txt) and writes manifest.json. Run from the set's folder after author.ts and
observe.ts: `python3 write-manifest.py`."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

observed = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    if not line:
        continue
    key = line.split(':')[0].split(' ')[0].replace('.nn.json', '')
    observed[key] = line

S, P, T = 'static', 'probe', 'training'

# candidate -> (code, slug, stage, catches, fault text)
FAULTS = {
  'invalid-spec.adamw-optimizer': ('invalid-spec', 'adamw-optimizer', S, ['invalid-spec'], 'labour-minutes regression with optimizer type "adamw" (the PyTorch AdamW habit); the engine has sgd, adam, rmsprop'),
  'invalid-spec.swish-activation': ('invalid-spec', 'swish-activation', S, ['invalid-spec'], 'tread-left regression with activation "swish" (an EfficientNet habit); the engine has no swish'),
  'invalid-spec.glorot-init-name': ('invalid-spec', 'glorot-init-name', S, ['invalid-spec'], 'vehicle-class classifier with init "glorot_uniform", the Keras name; the engine calls it xavier_uniform'),
  'invalid-spec.batchnorm-as-layer': ('invalid-spec', 'batchnorm-as-layer', S, ['invalid-spec'], 'accident-damage classifier with a separate {"type": "batchnorm"} layer as in Keras BatchNormalization(); here batch normalization is a flag on a dense layer'),
  'data-error.na-fuel-in': ('data-error', 'na-fuel-in', S, ['data-error'], 'extra-charge regression reading a desk export whose fuel_in_pct is "NA" on 25 rows (fuel gauge not read at check-in)'),
  'data-error.blank-brake-pads': ('data-error', 'blank-brake-pads', S, ['data-error'], 'labour-minutes regression reading a garage export whose brake_pad_mm cell is empty on 25 visits'),
  'data-error.return-time-feature': ('data-error', 'return-time-feature', S, ['data-error'], 'accident-damage classifier with the text column return_time ("2024-05-01 00:21") put into features'),
  'data-error.odometer-km-not-miles': ('data-error', 'odometer-km-not-miles', S, ['data-error'], 'accident-damage classifier asking for feature "odometer_km" from the UK returns file, whose column is odometer_miles'),
  'shape-mismatch.class-four-heads-no-luxury': ('shape-mismatch', 'class-four-heads-no-luxury', S, ['shape-mismatch'], 'vehicle-class classifier with a 4-unit softmax head: the rare luxury class was forgotten (5 classes)'),
  'shape-mismatch.damage-one-softmax-cce': ('shape-mismatch', 'damage-one-softmax-cce', S, ['shape-mismatch', 'loss-activation-mismatch'], 'accident-damage flag under cce with a single softmax unit (2 classes need 2 units, or one sigmoid under bce)'),
  'shape-mismatch.labour-and-parts-one-output': ('shape-mismatch', 'labour-and-oil-life-one-output', S, ['shape-mismatch'], 'service regression with two target columns (labour_minutes, oil_life_pct) and a single linear output'),
  'loss-activation-mismatch.softmax-head-bce-damage': ('loss-activation-mismatch', 'softmax-head-bce-damage', S, ['loss-activation-mismatch'], 'accident-damage flag under bce with one softmax output unit (always 1): stuck at 107x the prior, accuracy 0.033'),
  'loss-activation-mismatch.sigmoid-heads-cce-class': ('loss-activation-mismatch', 'sigmoid-heads-cce-class', S, ['loss-activation-mismatch'], 'vehicle-class classifier with 5 sigmoid outputs under cce: the loss runs to 1.7e-4 while accuracy is 0.453 (healthy 0.95-0.98)'),
  'loss-activation-mismatch.relu-head-standardized-tread': ('loss-activation-mismatch', 'relu-head-standardized-tread', S, ['loss-activation-mismatch'], 'tread-left regression on a standardized target with a relu output that cannot go negative: ends 0.67 of the baseline (healthy 0.03-0.07)'),
  'loss-activation-mismatch.linear-head-bce-moons': ('loss-activation-mismatch', 'linear-head-bce-moons', S, ['loss-activation-mismatch'], 'moons classifier under bce with a linear output (no sigmoid): ends 11.6x the prior, accuracy 0.50'),
  'no-nonlinearity.moons-linear-three-adam': ('no-nonlinearity', 'moons-linear-three-adam', S, ['no-nonlinearity'], 'moons classifier with two linear 32-unit layers: levels at 0.40 of the prior, accuracy 0.867 (healthy 0.00, 1.000)'),
  'no-nonlinearity.xor-linear-batch-1-momentum': ('no-nonlinearity', 'xor-linear-batch-1-momentum', S, ['no-nonlinearity'], 'xor parity with one linear hidden layer, momentum SGD at batch 1: flat at 1.00 of the prior'),
  'no-nonlinearity.sine-linear-nesterov': ('no-nonlinearity', 'sine-linear-nesterov', S, ['no-nonlinearity'], 'weekly demand sine regression with two linear hidden layers: levels at 0.39 of the baseline (healthy 0.01)'),
  'no-nonlinearity.spirals-linear-bn-sgd': ('no-nonlinearity', 'spirals-linear-bn-sgd', S, ['no-nonlinearity'], 'two-arm spirals with two linear batch-normalized layers: 0.96 of the prior, accuracy 0.555'),
  'lr-out-of-range.adam-5-tread': ('lr-out-of-range', 'adam-5-tread', S, ['lr-out-of-range', 'lr-too-high'], 'tread-left regression with adam lr 5 (meant 5e-3): first loss 5e4, ends 0.90 of the baseline, 59% dead'),
  'lr-out-of-range.momentum-1e-9-class': ('lr-out-of-range', 'momentum-1e-9-class', S, ['lr-out-of-range', 'lr-too-low'], 'vehicle-class classifier with momentum SGD lr 1e-9: the loss does not move (1.2461 for 50 epochs)'),
  'lr-out-of-range.rmsprop-25-damage': ('lr-out-of-range', 'rmsprop-25-damage', S, ['lr-out-of-range', 'lr-too-high'], 'accident-damage classifier with rmsprop lr 25: ends 338x the prior, output 100% saturated'),
  'init-symmetry.zeros-tanh-adam-labour': ('init-symmetry', 'zeros-tanh-adam-labour', P, ['init-symmetry'], 'labour-minutes regression with every layer initialised to zeros under tanh: hidden gradients exactly 0, flat at 1.00 of the baseline'),
  'init-symmetry.constant-0.2-relu-rmsprop-class': ('init-symmetry', 'constant-0.2-relu-rmsprop-class', P, ['init-symmetry'], 'vehicle-class classifier with constant 0.2 weights in every layer: all units identical, crawls to 0.60 of the prior (healthy 0.06-0.14)'),
  'init-symmetry.constant-1-sigmoid-nesterov-circles': ('init-symmetry', 'constant-1-sigmoid-nesterov-circles', P, ['init-symmetry'], 'circles classifier with constant 1 weights in a sigmoid layer: ends 0.96 of the prior, accuracy 0.573'),
  'init-symmetry.constant-0.05-leaky-sgd-spirals': ('init-symmetry', 'constant-0.05-leaky-sgd-spirals', P, ['init-symmetry'], 'spirals classifier with constant 0.05 weights in two leaky relu layers: ends 0.87 of the prior (healthy 0.07)'),
  'init-scale.normal-std-20-tanh-charge': ('init-scale', 'normal-std-20-tanh-charge', P, ['init-scale', 'saturated-activation'], 'extra-charge regression with normal std 20 weights: first loss 1.3e4, ends 4756x the baseline, 93% of the tanh layer pinned'),
  'init-scale.uniform-1e-4-six-leaky-class': ('init-scale', 'uniform-1e-4-six-leaky-class', P, ['init-scale', 'vanishing-gradient'], 'vehicle-class classifier, six leaky relu layers with uniform(-1e-4, 1e-4) weights: first-layer gradients 1e-23, flat at 1.00 of the prior'),
  'init-scale.normal-1e-4-five-elu-tread-sgd': ('init-scale', 'normal-1e-4-five-elu-tread-sgd', P, ['init-scale', 'vanishing-gradient'], 'tread-left regression, five elu layers with normal std 1e-4 weights: first-layer gradients 1e-16, flat at 1.00 of the baseline'),
  'init-scale.uniform-8-sigmoid-damage': ('init-scale', 'uniform-8-sigmoid-damage', P, ['init-scale', 'saturated-activation'], 'accident-damage classifier with uniform(-8, 8) weights in a sigmoid layer: first loss 7.5, ends 2.73x the prior, 67% pinned'),
  'dead-relu.bias-minus-4-he-uniform-tread': ('dead-relu', 'bias-minus-4-he-uniform-tread', P, ['dead-relu'], 'tread-left regression with relu layers started at bias -4: second layer 100% dead, flat at 1.00 of the baseline'),
  'dead-relu.minmax-bias-minus-1-damage': ('dead-relu', 'minmax-bias-minus-1.5-damage', P, ['dead-relu'], 'accident-damage classifier on minmax inputs (all in 0-1) with relu biases -1.5: 81% / 100% dead, stuck at the prior'),
  'dead-relu.rmsprop-0.2-batch-8-labour': ('dead-relu', 'rmsprop-0.2-batch-8-labour', T, ['dead-relu', 'lr-too-high'], 'labour-minutes regression with rmsprop 0.2 at batch 8: first loss 166, the second relu layer 100% dead, ends 1.05 of the baseline'),
  'dead-relu.sgd-plain-1-deep-class': ('dead-relu', 'sgd-plain-1-deep-class', T, ['dead-relu', 'lr-too-high'], 'vehicle-class classifier, three relu layers with plain SGD lr 1: 69% and 91% dead, ends 0.56 of the prior, accuracy 0.563'),
  'dead-relu.raw-odometer-adam-0.01-labour': ('exploding-gradient', 'raw-odometer-relu-adam-labour', P, ['exploding-gradient', 'data-error'], 'labour-minutes regression with raw odometer km (up to 260,000) and km since service as inputs: gradients up to 3e8, loss 1e8 at first and 4.7e4x the baseline at the end'),
  'exploding-gradient.eight-relu-std-0.6-rmsprop': ('exploding-gradient', 'eight-relu-std-0.6-rmsprop', P, ['exploding-gradient', 'init-scale'], 'tread-left regression, eight relu layers with normal std 0.6 weights: first loss 1.3e4, gradients up to 4e4, ends 54x the baseline'),
  'exploding-gradient.raw-miles-elu-sgd-damage': ('exploding-gradient', 'raw-miles-elu-sgd-damage', P, ['exploding-gradient', 'saturated-activation'], 'accident-damage classifier on raw miles and odometer miles (up to 140,000): first loss 5e4, ends 1957x the prior, output pinned'),
  'exploding-gradient.raw-rate-cents-nesterov-class': ('exploding-gradient', 'raw-rate-cents-nesterov-class', P, ['exploding-gradient'], 'vehicle-class classifier on raw daily rates in cents (1,500-60,000) and engine cc: first loss 1.4e5, gradients up to 1.6e4, ends 652x the prior'),
  'vanishing-gradient.nine-sigmoid-momentum-class': ('vanishing-gradient', 'nine-sigmoid-momentum-class', P, ['vanishing-gradient'], 'vehicle-class classifier with nine sigmoid layers: first-layer gradients 2e-6, flat at 1.00 of the prior'),
  'vanishing-gradient.ten-tanh-std-0.05-labour': ('vanishing-gradient', 'ten-tanh-std-0.05-labour', P, ['vanishing-gradient', 'init-scale'], 'labour-minutes regression, ten tanh layers with normal std 0.05 weights: first-layer gradients 1e-6, flat at 1.00 of the baseline'),
  'vanishing-gradient.twelve-sigmoid-narrow-moons': ('vanishing-gradient', 'twelve-sigmoid-narrow-moons', P, ['vanishing-gradient'], 'moons classifier with twelve 8-unit sigmoid layers: first-layer gradients 1e-9, flat at 1.00 of the prior, accuracy 0.487'),
  'nan-loss.momentum-lr-1.5-tread': ('nan-loss', 'momentum-lr-1.5-tread', P, ['nan-loss', 'lr-too-high'], 'tread-left regression with momentum SGD lr 1.5 (meant 0.015): loss 1.3e39 in epoch 1, NaN in epoch 2'),
  'nan-loss.raw-parts-cents-sgd-batch-8': ('nan-loss', 'raw-parts-cents-sgd-batch-8', P, ['nan-loss', 'exploding-gradient'], 'parts-bill regression on the raw parts_cents target (up to 115,000 cents, not rescaled) with SGD 0.01 at batch 8: NaN in epoch 1'),
  'lr-too-high.nesterov-0.3-batch-4-labour': ('nan-loss', 'nesterov-0.3-batch-4-labour', P, ['nan-loss', 'lr-too-high'], 'labour-minutes regression with Nesterov SGD 0.3 at batch 4: NaN in epoch 1'),
  'ok.sine-sgd-momentum-elu-batch-1': ('nan-loss', 'sine-momentum-0.005-batch-1-elu', T, ['nan-loss', 'lr-too-high'], 'weekly demand sine regression with momentum SGD 0.005 at batch 1 (300 single-sample steps an epoch): NaN in epoch 1'),
  'saturated-activation.sigmoid-raw-odometer-labour': ('saturated-activation', 'sigmoid-raw-odometer-labour', P, ['saturated-activation', 'data-error'], 'labour-minutes regression on raw odometer km into a sigmoid layer: 100% pinned, flat at 0.98 of the baseline'),
  'saturated-activation.tanh-raw-engine-cc-class': ('saturated-activation', 'tanh-raw-engine-cc-class', P, ['saturated-activation', 'data-error'], 'vehicle-class classifier on raw engine cc, mass kg and rates in cents into a tanh layer: 100% pinned, ends 0.75 of the prior, accuracy 0.521'),
  'saturated-activation.tanh-bias-6-tread': ('saturated-activation', 'tanh-bias-6-tread', P, ['saturated-activation'], 'tread-left regression with a tanh layer started at bias 6: 100% pinned, ends 1.08 of the baseline'),
  'saturated-activation.tanh-raw-miles-damage': ('saturated-activation', 'tanh-raw-miles-damage', P, ['saturated-activation', 'data-error'], 'accident-damage classifier on raw miles into a tanh layer: 100% pinned, flat at the prior'),
  'lr-too-high.adam-0.05-batch-8-elu-damage': ('lr-too-high', 'adam-0.05-batch-8-elu-damage', T, ['lr-too-high'], 'accident-damage classifier with adam 0.05 at batch 8: swings between 0.14 and 0.59 (0.14 is the prior), ends 1.63x the prior (healthy 0.57-0.61)'),
  'lr-too-high.momentum-0.15-batch-16-class': ('lr-too-high', 'momentum-0.15-batch-16-class', T, ['lr-too-high', 'dead-relu'], 'vehicle-class classifier with SGD 0.15, momentum 0.95 at batch 16: 0.86 after epoch 1, climbs to 2.4 by epoch 4, then sits at the prior with the second relu layer 100% dead'),
  'lr-too-high.adam-0.03-batch-1-charge': ('lr-too-high', 'adam-0.03-batch-1-charge', T, ['lr-too-high'], 'extra-charge regression with adam 0.03 at batch 1: 0.62, 0.15, then rising 0.20, 0.22 (healthy 0.04-0.08)'),
  'nan-loss.rmsprop-0.5-deep-elu-charge': ('lr-too-high', 'rmsprop-0.5-deep-elu-charge', T, ['lr-too-high', 'exploding-gradient'], 'extra-charge regression, four elu layers with rmsprop 0.5: first loss 6.5e12, down to 1.04, back up to 5.7e9, ends 269x the baseline; no NaN'),
  'lr-too-low.adam-1e-6-class': ('lr-too-low', 'adam-1e-6-class', T, ['lr-too-low'], 'vehicle-class classifier with adam 1e-6: 1.762 -> 1.737 in 50 epochs, still above the prior (1.19x)'),
  'lr-too-low.sgd-plain-1e-4-batch-256-labour': ('lr-too-low', 'sgd-plain-1e-4-batch-256-labour', T, ['lr-too-low'], 'labour-minutes regression with plain SGD 1e-4 at batch 256: 1.27 -> 1.07 of the baseline in 80 epochs, falling steadily'),
  'lr-too-low.rmsprop-1e-6-tread': ('lr-too-low', 'rmsprop-1e-6-tread', T, ['lr-too-low'], 'tread-left regression with rmsprop 1e-6: 4.61 -> 4.50 of the baseline in 60 epochs'),
  'lr-too-low.momentum-1e-5-moons': ('lr-too-low', 'momentum-1e-5-moons', T, ['lr-too-low'], 'moons classifier with momentum SGD 1e-5: 0.726 -> 0.674 in 100 epochs (0.97 of the prior), falling by 5e-4 an epoch'),
  'oscillating-loss.momentum-0.97-lr-0.5-full-batch-linear-labour': ('oscillating-loss', 'momentum-0.97-lr-0.5-full-batch-linear-labour', T, ['oscillating-loss', 'lr-too-high'], 'labour-minutes linear model with SGD 0.5, momentum 0.97 on full batches: a three-epoch cycle (0.2-4.1 at first, 0.14-0.24 at the end), ends 0.16 (linear healthy 0.09)'),
  'oscillating-loss.momentum-0.98-lr-0.05-full-batch-elu-tread': ('oscillating-loss', 'momentum-0.98-lr-0.05-full-batch-elu-tread', T, ['oscillating-loss', 'lr-too-high'], 'tread-left regression with SGD 0.05, momentum 0.98 on full batches: swings between 0.12 and 6.8, still 0.12-0.25 at the end, ends 0.20 (healthy 0.03-0.07)'),
  'oscillating-loss.momentum-0.99-lr-0.1-full-batch-sine': ('oscillating-loss', 'momentum-0.99-lr-0.1-full-batch-sine', T, ['oscillating-loss', 'lr-too-high'], 'weekly demand sine regression with SGD 0.1, momentum 0.99 on full batches: swings between 0.02 and 1.3 for the whole run, ends 0.45 of the baseline (healthy 0.01)'),
  'oscillating-loss.momentum-0.995-lr-0.01-full-batch-labour': ('oscillating-loss', 'momentum-0.995-lr-0.01-full-batch-labour', T, ['oscillating-loss', 'lr-too-high'], 'labour-minutes regression with SGD 0.01, momentum 0.995 on full batches: slow waves of about 20 epochs between 0.15 and 2.3, ends 0.27 (healthy 0.04-0.09)'),
  'loss-plateau.batchnorm-batch-1-tread': ('loss-plateau', 'batchnorm-batch-1-tread', T, ['loss-plateau'], 'tread-left regression with batchNorm layers trained at batch 1 (each single-sample batch normalizes to zero): flat at 1.01 of the baseline, the relu layer reads 100% dead'),
  'loss-plateau.double-dropout-0.9-labour': ('loss-plateau', 'double-dropout-0.9-labour', T, ['loss-plateau'], 'labour-minutes regression with dropout 0.9 after both hidden layers (meant keep 0.9): starts at 133x, levels at 0.77-0.84 of the baseline (healthy 0.04-0.09)'),
  'loss-plateau.model-year-only-class': ('loss-plateau', 'model-year-only-class', T, ['loss-plateau'], 'vehicle-class classifier from the model year alone (the size and rate columns left out of "features"): flat at 1.00 of the prior'),
  'loss-plateau.weight-decay-0.5-adam-class': ('loss-plateau', 'weight-decay-0.5-adam-class', T, ['loss-plateau'], 'vehicle-class classifier with adam weightDecay 0.5 (meant 5e-4): reaches 0.94 in epoch 6, then creeps back up and levels at 1.16-1.17 (0.80 of the prior; healthy 0.06-0.14)'),
}

HEALTHY_RENAME = {'oscillating-loss.adam-0.08-full-batch-class': 'class-adam-0.08-full-batch'}

# Trimmed after observation to stay near 65 faulty / 40 healthy (surplus of a code, or the weakest healthy specs): not filed anywhere.
TRIMMED = {
  'invalid-spec.huber-loss', 'data-error.plate-feature', 'shape-mismatch.iris-two-heads', 'shape-mismatch.charge-two-outputs',
  'loss-activation-mismatch.tanh-head-standardized-charge', 'no-nonlinearity.circles-linear-dropout-rmsprop',
  'init-scale.normal-std-3-relu-deep-labour', 'exploding-gradient.raw-parts-cents-momentum', 'nan-loss.normal-std-8-elu-deep-sgd',
  'nan-loss.raw-km-relu-sgd-charge', 'lr-too-high.sgd-plain-0.5-batch-2-charge', 'lr-too-high.sgd-plain-0.3-batch-4-elu-tread',
  'lr-too-low.sgd-plain-5e-4-full-batch-circles', 'loss-plateau.load-index-only-tread', 'lr-out-of-range.sgd-plain-200-labour',
  'ok.charge-momentum-bn-batch-64', 'ok.damage-logistic-adam-decay', 'ok.damage-cce-two-softmax', 'ok.damage-nesterov-tanh-batch-16',
}

# Candidates whose observation was unclear or showed no symptom: filed in dropped/, reasons in README.md.
DROPPED = {
  'init-symmetry.zeros-elu-bias-0.5-momentum-tread': 'flat at 1.0 for 6 epochs, then breaks out to 0.09 of the baseline, just above the healthy 0.03-0.07: too close to call',
  'exploding-gradient.raw-claim-cents-adam': 'raw claim cents (0 on 97% of rows) as the target: gradients up to 2e7 but the loss just sits at 0.99 of a huge baseline; neither exploding nor a clean plateau',
  'vanishing-gradient.six-sigmoid-rmsprop-tread': 'six sigmoid layers still reach 0.15 of the baseline and the first-layer gradients reach 0.14: not clearly vanishing',
  'saturated-activation.sigmoid-std-4-wide-charge': 'only 51% pinned at the end and 0.16 of the baseline against a healthy top of 0.08: too mild',
  'lr-too-high.nesterov-0.1-batch-8-labour': 'noisy between 0.10 and 0.14, ends 0.11 against a healthy top of 0.09: too close',
  'lr-too-high.rmsprop-0.01-batch-2-class': 'noisy 0.26-0.33, ends 0.21 of the prior with accuracy 0.971 (healthy 0.06-0.14, 0.95-0.98): too mild',
  'lr-too-high.rmsprop-0.02-batch-1-tread': 'falls every epoch, 0.39 -> 0.10 in 4 epochs: no sign of a rate too high',
  'lr-too-high.sgd-plain-3-iris': 'swings wildly (0.01-1.3) for 70 epochs but ends at 0.002 with accuracy 1.000: neither healthy nor a clear fault',
  'oscillating-loss.rmsprop-0.05-full-batch-tread': 'bumps between 0.05 and 0.25, ends 0.06, inside the healthy 0.03-0.07',
  'oscillating-loss.nesterov-0.99-lr-0.1-batch-450-linear-charge': 'settles by epoch 10 at 0.054, smooth: no oscillation',
  'oscillating-loss.nesterov-0.995-lr-0.02-full-batch-tanh-tread': 'slow, decaying waves (0.11-0.43 early), ends 0.05 inside the healthy range',
  'oscillating-loss.sgd-plain-0.8-full-batch-linear-tread': 'converges smoothly to the linear floor 0.118: no oscillation',
}

ABOUT = ('Fault set 110 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the lr-too-high, lr-too-low, plateau, oscillating and a few borderline ones (observed-curves.txt); '
         'no diagnosis code involved. Theme: car rental and fleet maintenance: rentals.csv (900 rental returns: rental ids, plates, desks, '
         'pickup dates and epoch timestamps left out, rental days (skewed), km driven (skewed), fuel out / in %, late hours (skewed), driver age, '
         'one-way -> extra charge in euros, 0-261) and rentals-na.csv ("NA" fuel readings), fleet.csv (760 vehicles: plates and model year left '
         'out, engine cc, seats, mass kg, doors, daily rate in cents (1,500-60,000), CO2 g/km, boot litres -> vehicle class economy 268 / '
         'compact 198 / suv 166 / van 87 / a rare luxury 41), returns.csv (1,000 check-ins: ids, plates, return time text and timestamps left '
         'out, rental days, miles driven, odometer miles, driver age, night return, prior claims (skewed counts), rain mm (skewed) -> a rare '
         'accident damage flag, 33 of 1,000, and a damage claim in cents), service.csv (720 garage visits: vehicle ids, dates and timestamps '
         'left out, odometer km (up to 260,000), km since service, months since service, tread mm, brake pad mm, oil life % , major service '
         '-> labour minutes (50-257) and a skewed parts bill in cents) and service-blank.csv (empty brake-pad cells), tyres.csv (640 tyre '
         'checks, a tab-separated export: tyre ids and position text left out, km on tyre (skewed), pressure bar, load index, winter tyre, '
         'front axle -> tread mm left), plus the builtins iris, moons, circles, spirals, blobs (3 classes), sine, xor and one inline '
         'upgrade-offer pilot table. Data written by data/generate.ts; specs by author.ts; filing and this manifest by write-manifest.py. '
         'See README.md.')

def covers(spec):
    d = spec['data']
    if 'csv' in d:
        src = f"{os.path.basename(d['csv'])} -> {d['target']}"
    elif 'builtin' in d:
        src = f"builtin {d['builtin']}"
    else:
        src = 'inline table'
    norm = d.get('normalize', 'none') + (f"/target {d['normalizeTarget']}" if d.get('normalizeTarget') else '')
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
        else:
            s = f"{l['units']} {l.get('activation', 'linear')}"
            if l.get('batchNorm'):
                s += ' bn'
            if isinstance(l.get('init'), str):
                s += f" {l['init']}"
            layers.append(s)
    o = spec['optimizer']
    opt = o['type'] + (f" momentum {o['momentum']}" if o.get('momentum') else '') + (' nesterov' if o.get('nesterov') else '') + f" {o['lr']}"
    for k in ('weightDecay', 'clipNorm'):
        if o.get(k):
            opt += f" {k} {o[k]}"
    t = spec['training']
    tr = f"batch {t.get('batchSize', 32)}, {t.get('epochs', 100)} epochs" + (f", validationSplit {t['validationSplit']}" if t.get('validationSplit') else '')
    return f"{src}, {norm}, [{', '.join(layers)}], {spec['loss']}, {opt}, {tr}"


def main():
    names = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy = [], []
    seen = set()
    for name in names:
        src = os.path.join(CAND, name + '.nn.json')
        obs = observed[name]
        if name in TRIMMED:
            continue
        if name in FAULTS:
            code, slug, stage, catches, text = FAULTS[name]
            file = f'faulty/{code}.{slug}.nn.json'
            faults.append({'file': file, 'code': code, 'fault': f'{text} (observe: {obs})', 'stage': stage, 'catches': catches})
        elif name in DROPPED:
            file = f'dropped/{name}.nn.json'
        elif name.startswith('ok.') or name in HEALTHY_RENAME:
            slug = HEALTHY_RENAME.get(name, name[3:])
            file = f'healthy/{slug}.nn.json'
            spec = json.load(open(src))
            healthy.append({'file': file, 'covers': f'{covers(spec)} (observe: {obs})'})
        else:
            raise SystemExit(f'no verdict for {name}')
        assert file not in seen, file
        seen.add(file)
        shutil.copy(src, os.path.join(HERE, file))
    faults.sort(key=lambda e: e['file'])
    healthy.sort(key=lambda e: e['file'])
    manifest = {'about': ABOUT, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    counts, stages = {}, {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
        stages[e['stage']] = stages.get(e['stage'], 0) + 1
    print(len(faults), 'faulty', len(healthy), 'healthy', len(os.listdir(os.path.join(HERE, 'dropped'))), 'dropped')
    print(json.dumps(dict(sorted(counts.items()))), json.dumps(stages))


main()
