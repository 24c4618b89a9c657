#!/usr/bin/env python3
"""Verdicts of fault set blind268, decided from observed.txt / observed-curves.txt (bare engine only).
Moves candidates/ into faulty/, healthy/, dropped/ and writes manifest.json. Run from this folder."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
obs = {}
for line in open('observed.txt'):
    line = line.rstrip('\n')
    m = re.match(r'\s*([^:\s]+?)(?:\.nn\.json)?[: ]', line.strip())
    key = line.strip().split(':')[0].split(' ')[0].replace('.nn.json', '')
    obs[key] = line.strip()

STATIC, PROBE, TRAINING = 'static', 'probe', 'training'
# candidate slug -> (code, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', STATIC, [], 'optimizer "adamw" copied from a PyTorch apogee-prediction notebook; the engine has adam (with weightDecay) but no adamw'),
 'invalid-spec.relu-camelcase': ('invalid-spec', STATIC, [], 'activation typed "ReLu" on both hidden layers of the flight-outcome classifier'),
 'invalid-spec.keras-loss-name': ('invalid-spec', STATIC, [], 'loss written "binary_crossentropy" (Keras name) for the recovery-success model instead of "bce"'),
 'invalid-spec.init-glorot': ('invalid-spec', STATIC, [], 'init "glorot_uniform" (Keras name) on the ship-days regressor; the engine calls it xavier_uniform'),
 'data-error.target-without-unit': ('data-error', STATIC, [], 'target "apogee" but the launch log column is "apogee_m"'),
 'data-error.motor-class-as-feature': ('data-error', STATIC, [], 'motor letter class (A-G, text) added to the numeric features of the apogee model'),
 'data-error.rso-gaps': ('data-error', STATIC, [], 'the range safety officer\'s copy of the launch log with NA, empty and "n/a" readings used directly'),
 'data-error.shared-drive-path': ('data-error', STATIC, [], 'test-stand CSV referenced on the club\'s shared drive outside the workspace'),
 'shape-mismatch.three-outcomes': ('shape-mismatch', STATIC, [], 'flight outcome has 4 classes (nominal, early_deploy, late_deploy, cato) but the softmax head has 3 units (cato forgotten)'),
 'shape-mismatch.impulse-and-burn': ('shape-mismatch', STATIC, [], 'two regression targets (total impulse and burn time) but a single output unit'),
 'shape-mismatch.motor-class-five-units': ('shape-mismatch', STATIC, [], 'motor class has 7 letters (A-G) in the log but the head has 5 units (A-E, the supplier\'s old catalogue)'),
 'loss-activation-mismatch.linear-head-bce': ('loss-activation-mismatch', STATIC, [], 'late-shipment model with bce on a linear output (sigmoid forgotten): loss ends above the baseline'),
 'loss-activation-mismatch.relu-head-standardised': ('loss-activation-mismatch', STATIC, ['dead-relu'], 'relu output on a standardised apogee target (half the targets negative); the head dies and the loss sits at the baseline'),
 'loss-activation-mismatch.sigmoid-head-cce': ('loss-activation-mismatch', STATIC, [], 'cce on a 4-unit sigmoid head for flight outcome: the loss collapses to ~0 while accuracy is 0.45'),
 'loss-activation-mismatch.softmax-regression': ('loss-activation-mismatch', STATIC, [], 'softmax on the single-unit total-impulse regressor: the output is always 1 and nothing learns'),
 'init-symmetry.zeros-hidden': ('init-symmetry', STATIC, [], 'hidden tanh layer of 24 units initialised to zeros in the outcome classifier'),
 'init-symmetry.constant-point-one': ('init-symmetry', STATIC, [], 'both tanh layers of 16 units initialised to constant 0.1: every unit stays identical, the net is one unit wide'),
 'init-symmetry.all-zeros-sigmoid': ('init-symmetry', STATIC, [], 'late-shipment net with every layer initialised to zeros (12 sigmoid units identical)'),
 'init-scale.std-eight-tanh': ('init-scale', STATIC, ['saturated-activation'], 'normal init with std 8 on tanh layers of 32 and 16 units: the layers saturate (sat 0.9) and recovery prediction stalls'),
 'init-scale.tiny-uniform-deep': ('init-scale', STATIC, ['vanishing-gradient'], 'uniform init with limit 1e-5 on three relu layers: gradients of 1e-15 in the first layer, loss at the baseline'),
 'init-scale.std-fifty-relu': ('init-scale', STATIC, ['exploding-gradient'], 'normal init std 50 on the apogee relu net: first loss 7e7, ends 5x the baseline'),
 'init-scale.limit-ten-sigmoid': ('init-scale', STATIC, ['saturated-activation'], 'uniform init limit 10 on a sigmoid hidden layer: 80-94% of outputs saturated'),
 'no-nonlinearity.linear-stack-outcome': ('no-nonlinearity', STATIC, [], 'three linear hidden layers (32-32-16) for the non-linear deploy-timing outcome: stuck at a linear model\'s loss'),
 'no-nonlinearity.moons-linear-hidden': ('no-nonlinearity', STATIC, [], 'two linear hidden layers on moons (a club workshop demo): no better than logistic regression'),
 'no-nonlinearity.circles-linear': ('no-nonlinearity', STATIC, [], 'linear hidden layers on circles: loss stays at the baseline'),
 'lr-out-of-range.zero-rate': ('lr-out-of-range', STATIC, [], 'adam lr 0 (left as a placeholder)'),
 'lr-out-of-range.negative-sgd': ('lr-out-of-range', STATIC, [], 'sgd lr -0.01 (sign typo)'),
 'lr-out-of-range.adam-forty': ('lr-out-of-range', STATIC, ['lr-too-high'], 'adam lr 40 (meant 4e-3)'),
 'lr-out-of-range.rmsprop-hundred': ('lr-out-of-range', STATIC, ['lr-too-high'], 'rmsprop lr 100 on the test-stand regressor'),
 'dead-relu.minmax-negative-bias': ('dead-relu', PROBE, [], 'relu layers with bias -2 on minmax features in [0,1]: every unit dead from the start'),
 'dead-relu.negative-bias-five': ('dead-relu', PROBE, [], 'relu layers with bias -5 on standardised features: 75% and 100% of units dead, loss at the baseline'),
 'lr-too-high.adam-half-outcome': ('dead-relu', PROBE, ['lr-too-high'], 'adam lr 0.5 on the relu outcome classifier: the second relu layer dies in the first epoch and the loss sits at the baseline'),
 'lr-too-high.rmsprop-point-three': ('dead-relu', PROBE, ['lr-too-high'], 'rmsprop lr 0.3 on the apogee relu net: second layer dies, loss at the baseline'),
 'exploding-gradient.raw-thrust-sgd': ('exploding-gradient', PROBE, ['lr-too-high', 'dead-relu'], 'raw test-stand features (thrust in newtons up to ~2000, propellant grams) and raw impulse target with sgd momentum: gradients near 1e6, then the relu layer dies'),
 'exploding-gradient.raw-apogee-target': ('exploding-gradient', PROBE, ['lr-too-high', 'dead-relu'], 'apogee in metres as a raw target (normalizeTarget forgotten) with sgd 0.01: gradients to 1e11, ends 8x the baseline'),
 'nan-loss.raw-apogee-sgd-hot': ('exploding-gradient', PROBE, ['lr-too-high', 'nan-loss', 'dead-relu'], 'raw features and raw apogee target with sgd 0.05: first loss 1e39, gradient 7e18, then the layer dies (the loss stayed finite)'),
 'nan-loss.order-dollars-batch1': ('exploding-gradient', PROBE, ['lr-too-high', 'nan-loss', 'dead-relu'], 'raw order dollars and km with batch size 1 and sgd 0.02: first loss 1e33, gradient 2e9, then the layer dies (no NaN)'),
 'nan-loss.huge-init-elu': ('nan-loss', PROBE, ['init-scale', 'exploding-gradient'], 'init std 1e6 on every elu layer with a raw apogee target: NaN in the first epoch'),
 'nan-loss.rmsprop-raw-stand': ('nan-loss', PROBE, ['lr-too-high', 'exploding-gradient'], 'raw test-stand features and impulse target with sgd momentum 0.95 on batches of 8 (slug says rmsprop: it was first written for rmsprop and switched to sgd): NaN in the first epoch'),
 'dead-relu.sgd-kick': ('nan-loss', PROBE, ['lr-too-high', 'exploding-gradient'], 'sgd lr 0.8 on batches of 8 for the ship-days relu net: NaN in the first epoch (meant to kill the relus)'),
 'exploding-gradient.deep-std-one': ('nan-loss', PROBE, ['exploding-gradient', 'init-scale'], 'five relu layers of 32 with normal std 1 init: activations grow ~4x per layer and the loss is NaN in the first epoch'),
 'oscillating-loss.sgd-fullbatch-edge': ('nan-loss', PROBE, ['lr-too-high', 'exploding-gradient'], 'linear test-stand net with sgd 0.45 on the full batch: loss grows 11 -> 1817 -> 7e10 and is infinite at epoch 5'),
 'lr-too-high.adam-one-late': ('lr-too-high', PROBE, ['oscillating-loss'], 'adam lr 1 on the late-shipment elu net: loss bounces between 0.53 and 1.03 and ends above its best'),
 'lr-too-high.sgd-three-recovery': ('lr-too-high', PROBE, ['oscillating-loss'], 'sgd lr 3 on the recovery net: update ratios up to 1.6, loss jumps above 1.2 early and keeps bouncing'),
 'lr-too-high.adam-point-two-tanh': ('lr-too-high', PROBE, ['oscillating-loss', 'saturated-activation'], 'adam lr 0.2 on the apogee tanh net: best 0.37 at epoch 19, then rises and swings up to 0.74'),
 'lr-too-high.sgd-two-outcome-tanh': ('lr-too-high', PROBE, ['oscillating-loss', 'saturated-activation'], 'sgd lr 2 momentum 0.5 on the outcome classifier: loss 1.3-2.8, above the baseline all run'),
 'oscillating-loss.momentum-batch1-recovery': ('lr-too-high', PROBE, ['oscillating-loss', 'saturated-activation'], 'sgd lr 0.1 momentum 0.9 at batch size 1 on recovery: loss jumps to 3-4x the baseline and swings there, both layers saturated'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', PROBE, [], 'plain sgd at 1e-5 on the apogee net: loss 2.94 -> 2.43 in 80 epochs'),
 'lr-too-low.adam-1e-6': ('lr-too-low', PROBE, [], 'adam at 1e-6 on the outcome classifier: loss 1.550 -> 1.531 in 100 epochs, above the baseline'),
 'lr-too-low.nesterov-1e-5-fullbatch': ('lr-too-low', PROBE, [], 'nesterov sgd at 1e-5 on the full batch of orders: loss 0.794 -> 0.790'),
 'lr-too-low.sgd-1e-4-fullbatch-ship': ('lr-too-low', PROBE, [], 'sgd 1e-4 on the full batch for ship days: loss 2.20 -> 2.00, twice the baseline'),
 'saturated-activation.sigmoid-raw-orders': ('saturated-activation', PROBE, [], 'sigmoid hidden layer on raw order features (dollars, km, months): 100% saturated'),
 'saturated-activation.tanh-raw-flights': ('saturated-activation', PROBE, [], 'tanh layers on raw launch-log features (grams, mm, %): first layer 100% saturated, loss at the baseline'),
 'saturated-activation.sigmoid-bias-ten': ('saturated-activation', PROBE, [], 'sigmoid hidden layer with initial bias 10: every output pinned at 1, loss at the baseline'),
 'loss-plateau.circles-sgd-fullbatch': ('loss-plateau', TRAINING, ['lr-too-low'], 'small tanh net on circles with sgd 0.02 on the full batch: 0.7005 -> 0.6911 over 150 epochs, at the baseline'),
 'loss-plateau.xor-sigmoid-sgd': ('loss-plateau', TRAINING, ['lr-too-low'], '4 sigmoid units on xor with sgd 0.05: stalls at 0.695, the baseline'),
 'loss-plateau.spirals-narrow-sgd': ('loss-plateau', TRAINING, ['lr-too-low'], '6 tanh units on 3 spirals with sgd 0.01: 1.149 -> 1.079, near the baseline 1.099'),
 'loss-plateau.outcome-sigmoid-fullbatch': ('loss-plateau', TRAINING, ['lr-too-low'], 'two sigmoid layers for flight outcome with sgd 0.05 on the full batch: the loss settles at the baseline 1.02'),
 'vanishing-gradient.sigmoid-eight-deep': ('vanishing-gradient', PROBE, [], 'eight sigmoid layers of 16 for recovery with sgd: first-layer gradient 1e-6, loss at the baseline'),
 'vanishing-gradient.tanh-small-normal': ('vanishing-gradient', PROBE, ['init-scale'], 'four tanh layers with normal std 0.01: first-layer gradient 5e-5, loss at the baseline'),
 'vanishing-gradient.sigmoid-small-init-stand': ('vanishing-gradient', PROBE, ['init-scale'], 'four sigmoid layers with std 0.02 on the test stand: first-layer gradient 1e-5, loss at the baseline'),
 'vanishing-gradient.moons-sigmoid-tower': ('vanishing-gradient', PROBE, [], 'seven sigmoid layers of 10 on moons: first-layer gradient 5e-6, accuracy 0.5'),
 'oscillating-loss.adam-batch2-tanh-ship': ('oscillating-loss', TRAINING, ['lr-too-high'], 'adam 0.03 at batch size 2 on ship days: the loss swings between 0.15 and 0.32 all run and never settles (healthy nets reach 0.08-0.10)'),
 'oscillating-loss.adam-batch4-outcome-tanh': ('oscillating-loss', TRAINING, ['lr-too-high'], 'adam 0.05 at batch size 4 on the outcome classifier: loss swings 0.25 -> 0.56 -> 0.21 in the last 15 epochs'),
}
H = {
 'ok.apogee-adam-relu': 'flights.csv apogee, standard + normalizeTarget, [32 relu, 16 relu, 1], adam 0.003, batch 32, val 0.2',
 'ok.apogee-eu-export': 'flights-eu.csv (semicolons, decimal commas), [24 elu, 1], adam 0.005',
 'ok.apogee-sgd-momentum': 'apogee, [32 tanh, 1], sgd 0.02 momentum 0.9, batch 16',
 'ok.apogee-rmsprop-bn': 'apogee, [32 relu batchNorm, 16 relu, 1], rmsprop 0.002',
 'ok.apogee-minmax-leaky': 'apogee, minmax features and target, [32 leaky_relu x2, 1], adam 0.003, batch 16',
 'ok.apogee-nesterov-batch1': 'apogee, [16 tanh, 1], nesterov sgd 0.003, batch size 1, 40 epochs',
 'ok.apogee-adam-clip-wd': 'apogee, [64 relu, 1], adam 0.002 clipNorm 5 weightDecay 1e-4, batch 64, val 0.1',
 'ok.outcome-rmsprop-tanh': 'flights.csv outcome (4 classes, rare cato), [32 tanh, 16 tanh, 4 softmax], cce, rmsprop 0.003',
 'ok.outcome-sgd-momentum-elu': 'outcome, [32 elu, 4 softmax], sgd 0.05 momentum 0.9, batch 16, 250 epochs',
 'ok.outcome-eu-bn': 'flights-eu.csv outcome, two batchNorm relu layers, adam 0.005, batch 64',
 'ok.outcome-nesterov-deep-tanh': 'outcome, [32, 32, 16 tanh, 4 softmax], nesterov sgd 0.02',
 'ok.recovery-sgd-tanh-batch8': 'flights.csv recovery_ok, [16 tanh, 8 tanh, 1 sigmoid], bce, sgd 0.05, batch 8',
 'ok.late-adam-relu': 'orders.tsv (tabs) shipped_late, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003',
 'ok.late-rmsprop-fullbatch': 'orders shipped_late, [16 tanh, 1 sigmoid], rmsprop 0.01 full batch, 300 epochs',
 'ok.late-nesterov-clip': 'orders shipped_late, [24 leaky_relu, 1 sigmoid], nesterov 0.05 clipNorm 1',
 'ok.shipdays-adam': 'orders ship_days regression, [24 relu, 1], adam 0.005',
 'ok.shipdays-linear-regression': 'orders ship_days, single linear unit, sgd 0.05',
 'ok.shipdays-rmsprop-dropout': 'ship_days, [48 relu, dropout 0.1, 1], rmsprop 0.002, val 0.2',
 'ok.shipdays-raw-target-adam': 'ship_days in raw days (no normalizeTarget), [24 relu, 1], adam 0.01',
 'ok.shipdays-eight-layer-elu': 'ship_days, six elu layers of 16, adam 0.001',
 'ok.stand-adam-elu': 'stand.csv total impulse, [32 elu, 16 elu, 1], adam 0.003',
 'ok.stand-sgd-fullbatch': 'stand, [16 tanh, 1], sgd 0.1 momentum 0.9, full batch, 300 epochs',
 'ok.stand-minmax-rmsprop': 'stand, minmax features, [32 relu, 1], rmsprop 0.003, batch 16',
 'ok.stand-deep-he': 'stand, four relu layers (he_uniform), adam 0.001',
 'ok.stand-lecun-sigmoid': 'stand, [24 sigmoid lecun_normal, 1], adam 0.01',
 'ok.stand-batch1-adam': 'stand, [16 relu, 1], adam 0.0005, batch size 1',
 'ok.motor-class-from-impulse': 'flights.csv motor_class (7 string classes, rare F/G), [32 relu, 7 softmax], adam 0.01',
 'ok.moons-adam': 'builtin moons, [16 relu x2, 1 sigmoid], adam 0.01',
 'ok.circles-rmsprop-tanh': 'builtin circles, [16 tanh, 1 sigmoid], rmsprop 0.01',
 'ok.spirals-adam-wide': 'builtin spirals 3 classes, [64 relu x2, 3 softmax], adam 0.01, 300 epochs',
 'ok.iris-sgd': 'builtin iris standard, [8 tanh, 3 softmax], plain sgd 0.1',
 'ok.blobs-four-adam': 'builtin blobs 4 classes, [16 elu, 4 softmax], adam 0.01',
 'ok.sine-tanh-adam': 'builtin sine, [32 tanh x2, 1], adam 0.005',
 'ok.xor-relu-rmsprop': 'builtin xor, [16 relu, 1 sigmoid], rmsprop 0.01',
 'ok.inline-parachute-size': 'inline table: rocket mass -> parachute diameter (cm), [8 tanh, 1], adam 0.02, full batch',
 'ok.inline-fin-flutter-class': 'inline table with string labels (ok/flutter) from fin thickness and speed, [8 relu, 1 sigmoid], adam 0.05',
}
D = {
 'invalid-spec.dropout-percent': 'size cap: invalid-spec already has 4 (dropout rate 25 is refused as written)',
 'invalid-spec.validation-split-whole': 'size cap: invalid-spec already has 4 (validationSplit 1 is refused as written)',
 'data-error.next-season-log': 'size cap: data-error already has 4 (missing file, refused as written)',
 'data-error.launch-date-feature': 'size cap: data-error already has 4 (date text in a feature, refused as written)',
 'shape-mismatch.two-unit-recovery': 'two sigmoid outputs for a 0/1 target trained to 0.75 of the baseline: the engine accepted it; not unmistakably faulty',
 'loss-activation-mismatch.softmax-mse-outcome': 'softmax with mse trained well (0.07 of the baseline, acc 0.82): kept out as a possibly-healthy fault, and size cap',
 'loss-activation-mismatch.tanh-head-bce': 'size cap: loss-activation-mismatch already has 4',
 'init-symmetry.constant-relu': 'constant 0.05 init on 32 relu units reached 0.003 of the baseline on the near-linear stand data, as good as the healthy nets: may be healthy',
 'no-nonlinearity.default-activation-stand': 'linear stack on the near-linear stand data reached 0.007 of the baseline: may be healthy',
 'dead-relu.raw-features-bias': 'only 29% dead; the loss stalls for other reasons (raw features, saturated head): not a clear dead-relu',
 'exploding-gradient.raw-order-dollars': 'NaN in the first epoch (would be nan-loss); size cap: nan-loss has enough',
 'lr-too-high.momentum-099-half': 'NaN at epoch 4 (would be nan-loss); size cap',
 'lr-too-high.rmsprop-point-one-leaky': 'rmsprop 0.1 kept improving to 0.59 of the baseline with small bumps: not clearly too high',
 'lr-too-low.rmsprop-2e-6': 'started at 0.19 of the baseline (lucky init) and crept to 0.17: below the good-loss level, not clearly too low',
 'saturated-activation.tanh-raw-stand': 'saturated (0.86) but reached 0.05 of the baseline: may be judged healthy',
 'oscillating-loss.adam-batch1-apogee': 'second relu layer dead, loss flat at the baseline (dead-relu); size cap: dead-relu has 4',
 'oscillating-loss.momentum-batch2-ship': 'NaN in the first epoch (would be nan-loss); size cap',
 'oscillating-loss.momentum-batch4-stand-tanh': 'diverged to NaN at epoch 6 (would be nan-loss); size cap',
 'oscillating-loss.rmsprop-batch4-stand': 'swings of 0.01 around 0.015 of the baseline: trained well, not a clear oscillation',
 'oscillating-loss.rmsprop-batch1-apogee-tanh': 'descended smoothly to 0.22 of the baseline: no oscillation',
 'oscillating-loss.sgd-fullbatch-stand-035': 'diverged geometrically to infinity at epoch 44 (lr-too-high / nan-loss); size cap',
 'oscillating-loss.rmsprop-batch2-late': 'bumpy but steadily falling to 0.63 of the baseline: borderline',
 'ok.recovery-adam-small': 'ended at 0.71 of the baseline on the noisy recovery target: close to the good-loss line, borderline',
 'ok.recovery-rmsprop-bn-dropout': 'ended at 0.82 of the baseline: not clearly healthy',
 'ok.recovery-weight-decay': 'ended at 0.77 of the baseline: borderline',
 'ok.late-logistic': 'logistic regression ended at 0.80 of the baseline: borderline',
 'ok.late-sigmoid-hidden-sgd': 'ended at 0.72 of the baseline while alternatives reach 0.42-0.52: borderline',
 'ok.outcome-adam-dropout': 'train loss 0.22 but validation loss 0.91 (0.89 of the baseline): overfits, borderline',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
assert set(cands) == set(F) | set(H) | set(D), (set(cands) ^ (set(F) | set(H) | set(D)))
assert not (set(F) & set(D)) and not (set(H) & set(D))
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(sub, exist_ok=True)
faults, healthy, dropped = [], [], []
for slug, (code, stage, extra, text) in F.items():
    rest = slug.split('.', 1)[1]
    name = f'{code}.{rest}.nn.json'
    shutil.move(f'candidates/{slug}.nn.json', f'faulty/{name}')
    line = obs[slug]
    faults.append({'file': f'faulty/{name}', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage,
                   'catches': [code] + [c for c in extra if c != code]})
for slug, covers in H.items():
    shutil.move(f'candidates/{slug}.nn.json', f'healthy/{slug}.nn.json')
    healthy.append({'file': f'healthy/{slug}.nn.json', 'covers': f'{covers} (observe: {obs[slug]})'})
for slug in D:
    shutil.move(f'candidates/{slug}.nn.json', f'dropped/{slug}.nn.json')
os.rmdir('candidates')
about = ('Fault set blind268 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: model-rocketry clubs and hobby rocket suppliers. Data from data/generate.ts (seed 268): flights.csv, a club launch log '
         '(480 flights; flight id and date text columns, motor letter class A-G skewed to small motors, impulse, mass collinear with diameter, '
         'fins, ejection delay, wind, temperature, humidity with no effect, pad; apogee in metres, recovery_ok 0/1, outcome nominal/early_deploy/'
         'late_deploy/cato with cato rare), flights-eu.csv (the same, semicolons and decimal commas), flights-gaps.csv (NA, empty, n/a), orders.tsv '
         '(420 supplier orders, tab-separated, skewed dollars, hazmat motor counts; ship_days and shipped_late), stand.csv (300 motor static tests; '
         'impulse from propellant with newton-scale thrust columns); plus builtins and two inline tables. "stage" is the writer\'s expectation of the '
         'earliest stage; "catches" the codes whose advice would fix it. Each fault and healthy text ends with its test/faults/observe.ts --summary line '
         '(observed.txt; curves in observed-curves.txt). Specs by author.ts, verdicts and this manifest by write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=2)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), len(healthy), len(D)); print(sorted(Counter(f['code'] for f in faults).items())); print(Counter(f['stage'] for f in faults))
