#!/usr/bin/env python3
"""Verdicts of blind296: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind296 after author.ts and observe.ts (observed.txt)."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
obs = {}
for line in open('observed.txt'):
    s = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', s)
    if m: obs[m.group(1)] = s

# candidate -> (final code, stage, extra catches, fault text)
F = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch fare notebook; the engine has no adamw'),
 'invalid-spec.activation-gelu': ('invalid-spec', 'static', [], 'activation "gelu" on the tip model, not an activation the format knows'),
 'invalid-spec.loss-keras-name': ('invalid-spec', 'static', [], 'loss written with its Keras name "binary_crossentropy" instead of "bce"'),
 'invalid-spec.dropout-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (30) instead of 0.3'),
 'data-error.missing-month-file': ('data-error', 'static', [], 'spec points at next month\'s ride log trips-2024-04.csv, which has not been exported yet'),
 'data-error.target-fare-renamed': ('data-error', 'static', [], 'target "fare" but the app export calls the column fare_inr'),
 'data-error.trip-id-as-feature': ('data-error', 'static', [], 'the text trip_id column (TR10000...) listed among the features'),
 'data-error.raw-app-log-gaps': ('data-error', 'static', [], 'raw app log with GPS dropouts as NA, empty luggage cells and "?" temperatures used uncleaned'),
 'data-error.shared-drive-path': ('data-error', 'static', [], 'battery logger file read from the depot shared drive path outside the workspace'),
 'shape-mismatch.vehicle-two-units': ('shape-mismatch', 'static', [], 'vehicle type (3 classes: cycle rickshaw, e-rickshaw, pedicab tour) with a 2-unit softmax head'),
 'shape-mismatch.fare-and-duration-one-unit': ('shape-mismatch', 'static', [], 'two targets (fare_inr, duration_min) but one output unit'),
 'shape-mismatch.vehicle-four-units': ('shape-mismatch', 'static', [], 'vehicle type head with 4 units (a fourth class planned for the new e-cargo bikes)'),
 'shape-mismatch.range-three-units': ('shape-mismatch', 'static', [], 'one regression target (range_left_km) with a 3-unit output'),
 'loss-activation-mismatch.tip-bce-linear-head': ('loss-activation-mismatch', 'static', [], 'tip classifier under bce with a linear output, no sigmoid'),
 'loss-activation-mismatch.fare-sigmoid-head-raw-target': ('loss-activation-mismatch', 'static', ['saturated-activation'], 'sigmoid output on a fare in raw rupees (50-700): the head cannot go above 1'),
 'loss-activation-mismatch.range-relu-head-standardised': ('loss-activation-mismatch', 'static', ['dead-relu'], 'relu output (bias -1) on a standardised range target, half of which is negative; the head died'),
 'loss-activation-mismatch.breakdown-softmax-mse': ('loss-activation-mismatch', 'static', [], 'one-unit softmax under mse for the breakdown flag: the output is always 1'),
 'init-symmetry.fare-zeros-hidden': ('init-symmetry', 'static', [], 'all-zero init on the 16-unit tanh layer and the output: nothing ever moves'),
 'init-symmetry.tip-constant-tanh': ('init-symmetry', 'static', [], 'constant 0.1 init on two 12-unit tanh layers: every unit computes the same thing'),
 'init-symmetry.vehicle-constant-relu': ('init-symmetry', 'static', [], 'constant 0.05 init on the 20-unit relu layer and the softmax head: identical units'),
 'init-scale.fare-std-5': ('init-scale', 'static', ['exploding-gradient'], 'normal std 5 on two 32-unit relu layers: the fare model starts with losses in the millions'),
 'init-scale.tip-uniform-tiny-deep': ('init-scale', 'static', ['vanishing-gradient'], 'uniform limit 1e-4 on a 3-layer tanh net with plain SGD: the signal never gets through'),
 'init-scale.vehicle-std-20-tanh': ('init-scale', 'static', ['saturated-activation'], 'normal std 20 on a tanh layer and the softmax head'),
 'init-scale.breakdown-std-tiny-sgd': ('init-scale', 'static', ['vanishing-gradient'], 'normal std 1e-5 on a 2-layer relu net with plain SGD'),
 'no-nonlinearity.moons-linear-hidden': ('no-nonlinearity', 'static', [], 'two linear hidden layers on moons: a linear classifier'),
 'no-nonlinearity.circles-linear-hidden': ('no-nonlinearity', 'static', [], 'two linear hidden layers (he init) on circles, which no linear boundary separates'),
 'no-nonlinearity.fare-linear-batchnorm': ('no-nonlinearity', 'static', [], 'two batch-normalised hidden layers left linear in the fare model'),
 'lr-out-of-range.fare-lr-zero': ('lr-out-of-range', 'static', [], 'lr 0 left after a sweep template'),
 'lr-out-of-range.tip-negative-lr': ('lr-out-of-range', 'static', [], 'negative lr -0.01 (a sign slip)'),
 'lr-out-of-range.battery-rmsprop-lr-40': ('lr-out-of-range', 'static', ['lr-too-high'], 'rmsprop lr 40'),
 'lr-out-of-range.vehicle-adam-lr-100': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 100'),
 'dead-relu.fare-negative-bias': ('dead-relu', 'probe', [], 'bias -6 on both relu layers of the fare model: standardised inputs never lift them'),
 'dead-relu.breakdown-raw-km-negative-bias': ('dead-relu', 'probe', [], 'relu bias -40 on unnormalised maintenance readings: every unit dead from the start'),
 'lr-too-high.fare-adam-0.5': ('dead-relu', 'probe', ['lr-too-high'], 'adam lr 0.5 on the fare model: the first steps killed the second relu layer and the loss sits at the baseline'),
 'loss-plateau.spirals-one-unit-bottleneck': ('dead-relu', 'training', ['loss-plateau'], 'a one-unit relu bottleneck between the 32-unit layer and the softmax: the single unit died, loss flat at the baseline'),
 'exploding-gradient.fare-raw-units-sgd': ('exploding-gradient', 'probe', ['dead-relu'], 'fare in raw rupees and raw features under SGD: first loss 1.6e7, gradients in the hundreds, then the relu layer died'),
 'nan-loss.battery-raw-everything-sgd': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high', 'dead-relu'], 'raw cycle counts and raw range target under SGD 0.05: gradients up to 3e8 before the relu layer died'),
 'nan-loss.fare-raw-sgd-momentum': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high', 'dead-relu'], 'raw fare and features, SGD momentum 0.9: first loss 1e43, gradients 2e21'),
 'vanishing-gradient.tip-deep-sigmoid': ('vanishing-gradient', 'probe', [], '8 sigmoid hidden layers for the tip model under plain SGD'),
 'vanishing-gradient.vehicle-deep-tanh-small': ('vanishing-gradient', 'probe', ['init-scale'], '8 tanh layers with normal std 0.05 init'),
 'vanishing-gradient.battery-deep-sigmoid-xavier': ('vanishing-gradient', 'probe', [], '10 sigmoid layers for the battery range'),
 'vanishing-gradient.breakdown-deep-sigmoid-rmsprop': ('vanishing-gradient', 'probe', [], '7 sigmoid layers (lecun init) for the breakdown flag under SGD'),
 'nan-loss.range-std-init-huge-lr': ('nan-loss', 'probe', ['init-scale', 'lr-too-high', 'exploding-gradient'], 'normal std 3 init and SGD 0.1 on the battery range: NaN in the first epoch'),
 'nan-loss.tip-sgd-lr-500': ('nan-loss', 'probe', ['lr-too-high', 'lr-out-of-range'], 'SGD lr 500 (meant 5e-4): NaN in the first epoch'),
 'dead-relu.battery-sgd-kick': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'SGD 0.5 on batches of 8 for the battery range: NaN in the first epoch'),
 'exploding-gradient.battery-raw-cycles-deep': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw cycle counts (up to 1200) into a 3-layer relu net with SGD momentum: NaN in the first epoch'),
 'exploding-gradient.fare-deep-std-1': ('nan-loss', 'probe', ['exploding-gradient', 'init-scale'], '4 relu layers with normal std 1 init: NaN in the first epoch'),
 'lr-too-high.breakdown-nesterov-3': ('lr-too-high', 'probe', [], 'Nesterov SGD lr 3 on the breakdown flag: loss up to 3255, ends 5.5x the baseline'),
 'lr-too-high.vehicle-sgd-2': ('lr-too-high', 'probe', ['saturated-activation'], 'SGD momentum lr 2 on the vehicle classifier: loss rises from 2.05 and bounces 4-11'),
 'lr-too-high.fare-sgd-momentum-0.3': ('lr-too-high', 'probe', ['nan-loss', 'exploding-gradient'], 'SGD momentum lr 0.3 on the fare model: loss grows tenfold per epoch to NaN at epoch 11'),
 'lr-too-low.fare-sgd-1e-5': ('lr-too-low', 'probe', [], 'plain SGD lr 1e-5 for 100 epochs'),
 'lr-too-low.vehicle-adam-1e-6': ('lr-too-low', 'probe', [], 'adam lr 1e-6'),
 'lr-too-low.battery-rmsprop-2e-6': ('lr-too-low', 'probe', [], 'rmsprop lr 2e-6'),
 'lr-too-low.tip-nesterov-1e-5-fullbatch': ('lr-too-low', 'probe', [], 'Nesterov lr 1e-5 on the full batch (one step per epoch)'),
 'saturated-activation.battery-raw-sigmoid': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on raw cycle counts and loads (normalize none)'),
 'saturated-activation.fare-tanh-std-4': ('saturated-activation', 'probe', ['init-scale'], 'tanh layer initialised with std 4'),
 'saturated-activation.breakdown-raw-tanh': ('saturated-activation', 'probe', [], 'tanh layers on raw km and days-since-service'),
 'saturated-activation.tip-sigmoid-bias-8': ('saturated-activation', 'probe', [], 'sigmoid hidden layer with bias 8: every unit pinned at 1'),
 'loss-plateau.circles-sigmoid-sgd-slow': ('loss-plateau', 'training', ['lr-too-low'], '4 sigmoid units with plain SGD 0.02 on circles: flat at the baseline'),
 'loss-plateau.xor-two-tanh-tiny-init': ('loss-plateau', 'training', ['init-scale'], '2 tanh units initialised at std 0.001 on xor: stuck at the saddle'),
 'loss-plateau.vehicle-heavy-weight-decay': ('loss-plateau', 'training', [], 'weightDecay 5 (meant 5e-4) on the vehicle classifier: flat at the baseline'),
 'lr-too-high.battery-rmsprop-0.2': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop lr 0.2 on the battery range: the loss swings between 0.16 and 0.9 all run'),
 'oscillating-loss.battery-adam-0.05-batch-2': ('oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.05 on batches of 2: the loss flips up and down between 0.09 and 0.22 every epoch'),
}
H = {
 'ok.fare-relu-adam': 'trips.csv fare regression, standard + normalizeTarget, [32 relu, 16 relu, 1], adam 0.003, batch 32',
 'ok.fare-elu-rmsprop-val': 'fare, [24 elu, 1], rmsprop 0.002, batch 16, validationSplit 0.2',
 'ok.fare-tanh-sgd-momentum': 'fare, [16 tanh, 1], SGD momentum 0.9 lr 0.02',
 'ok.fare-leaky-nesterov-bn': 'fare, [32 leaky_relu bn, 16 leaky_relu bn, 1], Nesterov 0.01',
 'ok.fare-eu-export-minmax': 'trips-eu.csv (semicolons, decimal commas), minmax, [24 relu, 1], adam 0.005',
 'ok.fare-plain-sgd-batch-8': 'fare, [16 relu, 1], plain SGD 0.01, batch 8',
 'ok.fare-dropout-weight-decay': 'fare, [64 relu, dropout 0.2, 32 relu, 1], adam 0.002, weightDecay 1e-4',
 'ok.fare-minmax-target-sigmoid-head': 'fare with normalizeTarget minmax and a sigmoid head (targets in [0,1]), adam 0.005, 200 epochs',
 'ok.fare-sgd-clipnorm-fullbatch': 'fare, [16 relu, 1], SGD 0.1 clipNorm 2, full batch 420, 400 epochs',
 'ok.tip-relu-adam': 'tip_given bce, [16 relu, 1 sigmoid], adam 0.003 (noisy label: best reachable about 0.7 of the baseline)',
 'ok.tip-tanh-rmsprop-val': 'tip, [12 tanh, 1 sigmoid], rmsprop 0.002, batch 16, validationSplit 0.25',
 'ok.tip-eu-export-nesterov': 'tip from trips-eu.csv, [16 elu, 1 sigmoid], Nesterov 0.05',
 'ok.tip-deep-leaky-bn-dropout': 'tip, [32 leaky_relu bn, dropout 0.2, 16 leaky_relu bn, 1 sigmoid], adam 0.002, batch 64',
 'ok.vehicle-relu-adam': 'vehicle (3 string classes, pedicab_tour rare), [32 relu, 3 softmax], cce, adam 0.003',
 'ok.vehicle-deep-bn-sgd': 'vehicle, [32, 32, 16 relu with batchNorm, 3 softmax], SGD momentum 0.05',
 'ok.vehicle-tanh-rmsprop-dropout': 'vehicle, [32 tanh, dropout 0.1, 3 softmax], rmsprop 0.002, batch 16',
 'ok.vehicle-fullbatch-adam': 'vehicle, [24 elu, 3 softmax], adam 0.02, full batch 420, 300 epochs',
 'ok.vehicle-minmax-leaky-clip': 'vehicle, minmax, [32, 16 leaky_relu, 3 softmax], adam 0.005 clipNorm 1',
 'ok.vehicle-eu-uniform-init': 'vehicle from trips-eu.csv, [24 relu he_uniform, 3 softmax lecun_normal], adam 0.003',
 'ok.battery-relu-adam': 'battery.tsv (tabs) range regression, [32 relu, 16 relu, 1], adam 0.003',
 'ok.battery-tanh-nesterov': 'battery, [16 tanh, 1], Nesterov 0.01, batch 16',
 'ok.battery-sigmoid-hidden-rmsprop': 'battery, [16 sigmoid, 1], rmsprop 0.005',
 'ok.battery-deep-elu-clip-val': 'battery, [32, 32, 16, 8 elu, 1], adam 0.001 clipNorm 5, validationSplit 0.2',
 'ok.battery-minmax-features-sgd': 'battery, minmax features, [24 relu, 1], SGD momentum 0.05',
 'ok.battery-raw-target-adam': 'battery with the range left in raw km (normalizeTarget none), [32 relu, 1], adam 0.03, 300 epochs',
 'ok.battery-fullbatch-rmsprop': 'battery, [24 tanh, 1], rmsprop 0.01, full batch 360, 400 epochs',
 'ok.breakdown-relu-adam': 'breakdowns.csv (9% positives), [16 relu, 1 sigmoid], adam 0.003',
 'ok.breakdown-elu-sgd-wd': 'breakdowns, [12 elu, 1 sigmoid], SGD momentum 0.05, weightDecay 1e-3',
 'ok.moons-relu-adam': 'moons 400, [16, 16 relu, 1 sigmoid], adam 0.01',
 'ok.circles-tanh-sgd': 'circles 400, [12 tanh, 1 sigmoid], SGD momentum lr 0.3, 200 epochs',
 'ok.spirals-deep-relu': 'spirals 3 classes, [64, 64 relu, 3 softmax], adam 0.005, 300 epochs',
 'ok.iris-small-rmsprop': 'iris standard, [8 tanh, 3 softmax], rmsprop 0.005, batch 16',
 'ok.blobs-four-softmax-only': 'blobs 4 classes, a single softmax layer, adam 0.03',
 'ok.sine-tanh-adam': 'sine, [32, 32 tanh, 1], adam 0.005, 300 epochs',
 'ok.xor-sigmoid-hidden-momentum': 'xor, [8 sigmoid, 1 sigmoid], SGD momentum lr 0.5, batch 16, 300 epochs',
 'ok.inline-tourist-tip-table': 'inline 12-row table (tourist zone, ride minutes -> tip), [4 tanh, 1 sigmoid], adam 0.03, batch 4',
}
DROP = {
 'invalid-spec.validation-split-percent': 'surplus: kept the set within 65 faults (valid invalid-spec fault, unmeasured here)',
 'invalid-spec.init-typo': 'surplus: kept the set within 65 faults',
 'data-error.vehicle-text-feature': 'surplus: a near-duplicate of trip-id-as-feature',
 'exploding-gradient.battery-raw-target-rmsprop': 'surplus: written as exploding-gradient, showed NaN in epoch 1 like three other nan-loss specs',
 'oscillating-loss.fare-sgd-momentum-099': 'written as oscillating-loss, it diverged to NaN at epoch 3; surplus nan-loss',
 'loss-activation-mismatch.vehicle-cce-sigmoid-head': 'ambiguous: the loss fell to 0.001 while accuracy stayed 0.63; unclear what it shows',
 'lr-too-high.tip-adam-1': 'ambiguous: bounces around the baseline with 94% dead units; neither clearly lr-too-high nor dead-relu',
 'no-nonlinearity.vehicle-linear-stack': 'surplus, and it trained to 0.26 of the baseline (a linear model is fair on this data)',
 'dead-relu.tip-bias-minus-3': 'only 31% of the units died and the loss reached 0.87 of the baseline: borderline',
 'init-symmetry.battery-zeros-sigmoid': 'zeros init yet it trained to 0.05 of the baseline: the symmetry did not show',
 'oscillating-loss.tip-adam-batch-1': 'noisy but steadily falling curve: borderline',
 'oscillating-loss.battery-rmsprop-batch-2': 'settled at about 0.047 with small swings: borderline',
 'oscillating-loss.vehicle-sgd-fullbatch-big': 'one spike at epoch 23, then a smooth fall to 0.17: neither oscillating nor clearly healthy',
 'oscillating-loss.fare-rmsprop-0.05-batch-4': 'small swings (0.17-0.21) with 88% dead units: borderline',
 'ok.breakdown-logistic-rmsprop': 'ended at 0.74 of the baseline: too close to the goodness line to call healthy',
 'ok.breakdown-gaps-free-batch-1-adam': 'ended at 0.70 of the baseline after 40 epochs: borderline',
 'ok.tip-logistic-sgd': 'ended at 0.81 of the baseline: borderline',
 'ok.tip-batch-1-sgd': 'ended at 0.75 of the baseline: borderline',
 'ok.fare-linear-regression': 'a plain linear model ends at 0.20 of the baseline, far above the 0.02 of a hidden layer: not as good as a reasonable alternative',
 'ok.vehicle-softmax-regression': 'softmax regression ends at 0.32 against 0.13 for one hidden layer: not as good as a reasonable alternative',
}
cands = sorted(f[:-8] for f in os.listdir('candidates') if f.endswith('.nn.json'))
assert set(cands) == set(F) | set(H) | set(DROP), (set(cands) ^ (set(F) | set(H) | set(DROP)))
for d in ('faulty', 'healthy', 'dropped'): os.makedirs(d, exist_ok=True)
faults, healthy = [], []
for c, (code, stage, extra, text) in F.items():
    name = c if c.startswith(code + '.') else code + '.' + c.split('.', 1)[1]
    shutil.move(f'candidates/{c}.nn.json', f'faulty/{name}.nn.json')
    faults.append({'file': f'faulty/{name}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[c]})', 'stage': stage, 'catches': [code] + [e for e in extra if e != code]})
for c, text in H.items():
    shutil.move(f'candidates/{c}.nn.json', f'healthy/{c}.nn.json')
    healthy.append({'file': f'healthy/{c}.nn.json', 'covers': f'{text} (observe: {obs[c]})'})
for c in DROP: shutil.move(f'candidates/{c}.nn.json', f'dropped/{c}.nn.json')
json.dump(DROP, open('dropped/reasons.json', 'w'), indent=1)
about = ('Fault set blind296 (issue #4), written blind and frozen before the product was first run on it. Theme: rickshaw and pedicab operators. '
 'Data from data/generate.ts (seeds 296, 2961-2963): trips.csv (420 rides, 9 numeric features incl. skewed distance, duration collinear with it, a no-effect driver_age, '
 'text trip_id/start_time columns; targets fare_inr in rupees, tip_given 0/1, vehicle with a rare pedicab_tour class), trips-eu.csv (semicolons, decimal commas), '
 'trips-gaps.csv (NA, empty, ?), battery.tsv (360 e-rickshaw packs, tab-separated, range_left_km), breakdowns.csv (400 weekly sheets, 9% breakdowns), plus builtins and one inline table. '
 '"stage" is the writer\'s expectation; "catches" the codes whose advice would fix the fault. Each fault/covers text ends with its observe.ts --summary line.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1, ensure_ascii=False)
shutil.rmtree('candidates')
from collections import Counter
print(len(faults), len(healthy), len(DROP)); print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
