#!/usr/bin/env python3
"""Verdicts for set blind272: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind272: python3 write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

obs = {}
for line in open('observed.txt'):
    line = line.rstrip('\n')
    m = re.match(r'^\s*([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if not m or 'npm warn' in line:
        continue
    obs[m.group(1)] = line.strip()

S, P, T = 'static', 'probe', 'training'
# candidate -> (new code or None, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': (None, S, [], 'optimizer written "adamw" as in PyTorch; only sgd, adam and rmsprop exist'),
 'invalid-spec.dropout-rate-percent': (None, S, [], 'dropout rate written as a percentage (30) instead of a fraction (0.3)'),
 'invalid-spec.keras-loss-name': (None, S, [], 'loss written "categorical_crossentropy" (Keras name) instead of "cce"'),
 'invalid-spec.batch-size-zero': (None, S, [], 'batchSize 0 left from a template meaning "full batch" in another tool'),
 'invalid-spec.trailing-comma': (None, S, [], 'hand-edited spec with a trailing comma inside the data block'),
 'data-error.next-season-file-missing': (None, S, [], 'spec points at next season\'s rides_2024.csv, which has not been exported yet'),
 'data-error.target-renamed': (None, S, [], 'target column "wait_minutes" does not exist: the queue log calls it avg_wait_min'),
 'data-error.ride-id-as-feature': (None, S, [], 'the text ride_id column (RC-THUNDER, ...) listed among the numeric features'),
 'data-error.survey-gaps': (None, S, [], 'survey export with NA, ? and empty cells used as is'),
 'data-error.shared-drive-path': (None, S, [], 'telemetry path points to the park\'s shared drive outside the workspace'),
 'shape-mismatch.two-status-units': (None, S, [], 'ride status has 3 classes (ok, wheel_wear, brake_fault) but the softmax head has 2 units'),
 'shape-mismatch.wait-three-outputs': (None, S, [], 'one regression target (avg_wait_min) but 3 output units, copied from a multi-ride model'),
 'shape-mismatch.iris-four-units': (None, S, [], 'iris sanity check with 4 softmax units for 3 classes (units set to feature count)'),
 'shape-mismatch.blobs-five-classes-three-units': (None, S, [], 'five-zone blobs data with a 3-unit softmax head'),
 'loss-activation-mismatch.bce-linear-head': (None, S, [], 'return-visit classifier with bce and a linear output (no sigmoid)'),
 'loss-activation-mismatch.cce-sigmoid-head': (None, S, [], 'cce on ride status with a sigmoid head instead of softmax: loss near 0 yet accuracy stuck'),
 'loss-activation-mismatch.sigmoid-head-raw-minutes': (None, S, ['data-error'], 'sigmoid output predicting queue minutes (0-180) in raw units: it can never exceed 1'),
 'loss-activation-mismatch.relu-head-standardized': (None, S, [], 'relu output on a standardized entries target, half of which is negative'),
 'loss-activation-mismatch.bce-softmax-one-unit': (None, S, [], 'one-unit softmax with bce: the output is always 1, nothing learns'),
 'init-symmetry.zeros-hidden': (None, S, ['dead-relu'], 'all-zeros init on a 32-unit relu layer and the head: every unit identical and silent'),
 'init-symmetry.zeros-sigmoid-two-layers': (None, S, [], 'zeros init on two sigmoid layers (16 and 8 units): units stay identical'),
 'init-symmetry.constant-half-wide': (None, S, ['init-scale'], 'constant 0.5 init on a 32-unit elu layer and the head: all units identical'),
 'init-scale.tanh-std-5': (None, S, ['saturated-activation'], 'normal init std 5 on two tanh layers: units pinned at +-1 from the start'),
 'init-scale.uniform-1e-5-deep': (None, S, ['vanishing-gradient'], 'uniform init limit 1e-5 on a 3-hidden tanh stack: signal and gradient vanish'),
 'init-scale.normal-std-1e-4-relu': (None, S, ['vanishing-gradient'], 'normal init std 1e-4 on a 3-hidden relu stack: nothing reaches the first layers'),
 'init-scale.uniform-limit-8': (None, S, ['nan-loss', 'exploding-gradient'], 'uniform init limit 8 on an elu layer: outputs blow up to NaN in the first epoch'),
 'no-nonlinearity.linear-stack-moons': (None, S, [], 'two linear hidden layers on moons: only a straight boundary is possible'),
 'no-nonlinearity.forgot-activation-circles': (None, S, [], 'activation left out on both hidden layers (default linear) on circles'),
 'no-nonlinearity.linear-deep-turnstiles': (None, S, [], 'three linear hidden layers for hourly entries, whose hour effect is a peak'),
 'lr-out-of-range.zero-lr': (None, S, [], 'adam lr 0 left from a schedule template'),
 'lr-out-of-range.negative-lr': (None, S, [], 'sgd lr -0.01 (sign typo)'),
 'lr-out-of-range.adam-lr-50': (None, S, ['lr-too-high'], 'adam lr 50 (meant 5e-3): loss bounces 4-10x the baseline'),
 'lr-out-of-range.sgd-lr-500': (None, S, ['lr-too-high', 'nan-loss'], 'sgd lr 500 (meant 0.5): NaN in the first epoch'),
 'dead-relu.bias-minus-ten-deep': (None, P, [], 'bias -10 on the second relu layer (meant as a "threshold"): the layer is dead from step 1'),
 'dead-relu.big-sgd-step-kills': (None, P, ['lr-too-high'], 'plain sgd lr 3 on telemetry: the first huge steps kill the second relu layer'),
 'dead-relu.constant-negative-init': (None, P, [], 'bias -3 with tiny uniform init on the relu layer: every unit outputs 0'),
 'dead-relu.negative-bias': (None, P, [], 'bias -6 on the relu layer of the return-visit model: 91% of units dead'),
 'exploding-gradient.raw-features-sgd': (None, P, ['nan-loss', 'data-error'], 'raw attendance (~20000) and raw wait minutes with sgd: gradients reach 2e7'),
 'exploding-gradient.raw-entries-target': (None, P, ['nan-loss', 'dead-relu'], 'entries target left raw (~2000) under mse with momentum sgd: first loss 1e37, then the relus die'),
 'nan-loss.raw-entries-adam-huge': ('exploding-gradient', P, ['nan-loss'], 'raw turnstile features and raw entries target with momentum sgd lr 0.1: loss 1e15 falling to a dead plateau'),
 'vanishing-gradient.eight-sigmoids': (None, P, ['saturated-activation'], 'eight sigmoid hidden layers with plain sgd: first-layer gradient ~1e-6'),
 'vanishing-gradient.ten-tanh-small-init': (None, P, ['init-scale'], 'ten tanh layers with std 0.05 init: first-layer gradient ~1e-7'),
 'vanishing-gradient.sigmoid-deep-regression': (None, P, [], 'seven sigmoid layers for hourly entries: gradient 1e-4 at the bottom, loss at baseline'),
 'vanishing-gradient.sigmoid-deep-moons': (None, P, [], 'nine sigmoid layers on moons with rmsprop 3e-4: stuck at chance'),
 'nan-loss.raw-rides-sgd': (None, P, ['exploding-gradient', 'lr-too-high'], 'raw ride features and raw minutes with sgd lr 0.01: NaN in epoch 1'),
 'dead-relu.raw-attendance-relu': ('nan-loss', P, ['exploding-gradient', 'dead-relu'], 'raw attendance in the thousands with sgd: NaN in epoch 1 (written as dead-relu)'),
 'exploding-gradient.raw-minutes-deep-linear-out': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw wait minutes under mse through three 64-unit relu layers with momentum sgd: NaN in epoch 1'),
 'lr-too-high.sgd-2-turnstiles': ('nan-loss', P, ['lr-too-high'], 'sgd lr 2 on the turnstile regression: loss 5e21 then NaN in epoch 2'),
 'oscillating-loss.momentum-batch-1': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'per-sample momentum 0.95 sgd at lr 0.05: NaN in epoch 1 (written as oscillating)'),
 'lr-too-high.adam-0p5-guests': (None, P, ['dead-relu'], 'adam lr 0.5 on the return-visit model: loss bounces at the baseline and a relu layer dies'),
 'lr-too-high.nesterov-lr-1-iris': (None, P, ['oscillating-loss'], 'nesterov sgd lr 1 batch 8: loss rises to 1e4 then bounces at 0.5 (healthy reaches 0.03)'),
 'lr-too-high.rmsprop-0p3-sensors': (None, P, ['oscillating-loss'], 'rmsprop lr 0.3 on telemetry: loss bounces 0.21-0.55 (healthy 0.09)'),
 'nan-loss.rmsprop-lr-5': ('lr-too-high', P, ['nan-loss', 'dead-relu'], 'rmsprop lr 5: loss 2e10 then stuck at 7x the baseline with a dead layer'),
 'lr-too-low.sgd-1e-5-sensors': (None, T, [], 'plain sgd lr 1e-5 on telemetry: loss moves 1.65 -> 1.61 in 80 epochs'),
 'lr-too-low.adam-1e-6-rides': (None, T, [], 'adam lr 1e-6 on queue times: loss 1.99 -> 1.94, above the baseline'),
 'lr-too-low.rmsprop-1e-6-guests': (None, T, [], 'rmsprop lr 1e-6: loss 0.841 -> 0.837 over 80 epochs'),
 'saturated-activation.sigmoid-bias-12': (None, P, [], 'sigmoid layer with bias 12: every unit pinned at 1, gradients 1e-5'),
 'saturated-activation.sigmoid-raw-attendance': (None, P, ['data-error'], 'sigmoid hidden layer fed raw attendance and capacity (normalize none): all units saturated'),
 'saturated-activation.tanh-raw-sensors': (None, P, [], 'tanh layer on raw telemetry (brake temp ~70, current ~220): saturated, loss at baseline'),
 'saturated-activation.tanh-raw-spend': (None, P, [], 'tanh layer on raw guest features (spend in euros, wait minutes): 96% saturated'),
 'loss-plateau.xor-sigmoid-sgd': (None, T, ['lr-too-low'], 'xor with 4 sigmoid units and plain sgd 0.05: stuck at chance for 200 epochs'),
 'loss-plateau.spirals-tanh-slow': (None, T, ['lr-too-low'], 'spirals with 8 tanh units and plain sgd 0.01: stalls at 0.64'),
 'loss-plateau.circles-sigmoid-hidden-sgd': (None, T, ['lr-too-low'], 'circles with 4 sigmoid units and plain sgd 0.1: stuck at 0.69 for 250 epochs'),
 'oscillating-loss.adam-0p05-batch-4': (None, T, ['lr-too-high'], 'adam lr 0.05 with batch 4: loss swings 0.016-0.16 and never settles'),
 'oscillating-loss.rmsprop-full-batch': (None, T, ['lr-too-high'], 'full-batch rmsprop lr 0.1: loss spikes from 0.01 to 0.2 again and again'),
}
H = {
 'ok.rides-adam-relu': 'rides.csv standard/standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32',
 'ok.rides-export-semicolon': 'rides-export.csv (semicolons, decimal commas), [24 elu, 1], mse, adam 0.005',
 'ok.rides-minmax-rmsprop': 'rides.csv minmax/minmax, [32 tanh, 1], mse, rmsprop 0.003, batch 16',
 'ok.rides-sgd-momentum-bn': 'rides.csv, [32 relu batchNorm, 16 relu, 1], mse, sgd momentum 0.9 lr 0.02',
 'ok.rides-nesterov-leaky': 'rides.csv, [24 leaky_relu, 24 leaky_relu, 1], mse, nesterov sgd 0.01, batch 16',
 'ok.rides-weight-decay-dropout': 'rides.csv, [64 relu, dropout 0.2, 32 relu, 1], adam 0.002 weightDecay 1e-4, validationSplit 0.2',
 'ok.rides-batch-1-sgd': 'rides.csv, [8 tanh, 1], plain sgd 0.005, batch 1, 30 epochs',
 'ok.rides-full-batch-adam': 'rides.csv, [32 relu, 1], adam 0.02, full batch 420, 400 epochs',
 'ok.sensors-adam-relu': 'sensors.csv 3 string classes (rare brake_fault), [32 relu, 3 softmax], cce, adam 0.005',
 'ok.sensors-tanh-sgd-momentum': 'sensors.csv, [16 tanh, 3 softmax], cce, sgd momentum 0.9 lr 0.05',
 'ok.sensors-rmsprop-deep-elu': 'sensors.csv, [32 elu, 32 elu, 16 elu, 3 softmax], rmsprop 0.001, validationSplit 0.25',
 'ok.sensors-clipnorm-nesterov': 'sensors.csv, [32 leaky_relu, 16 leaky_relu, 3 softmax], nesterov sgd 0.03 clipNorm 1',
 'ok.sensors-wide-dropout-sgd': 'sensors.csv, [128 relu, dropout 0.5, 3 softmax], sgd momentum 0.02, batch 64',
 'ok.guests-adam-relu': 'guests.csv (skewed spend, collinear wait/rides, no-effect height), [16 relu, 1 sigmoid], bce, adam 0.003',
 'ok.guests-logistic-sgd': 'guests.csv, logistic regression [1 sigmoid], bce, plain sgd 0.1',
 'ok.guests-tanh-rmsprop-val': 'guests.csv, [16 tanh, 8 tanh, 1 sigmoid], rmsprop 0.001, validationSplit 0.2',
 'ok.guests-minmax-momentum': 'guests.csv minmax, [16 relu, 1 sigmoid], sgd momentum 0.9 lr 0.1',
 'ok.guests-wd-dropout-elu': 'guests.csv, [32 elu, dropout 0.3, 1 sigmoid], adam 0.002 weightDecay 5e-4, batch 64',
 'ok.guests-subset-features': 'guests.csv with 4 chosen features, [8 relu, 1 sigmoid], adam 0.01',
 'ok.guests-lecun-elu-nesterov': 'guests.csv, [16 elu lecun_normal, 1 sigmoid], nesterov sgd 0.05, batch 16',
 'ok.turnstiles-adam-tab': 'turnstiles.csv (tab-separated, gate text column left out), [32 relu, 16 relu, 1], adam 0.003',
 'ok.turnstiles-rmsprop-tanh': 'turnstiles.csv, [24 tanh, 1], rmsprop 0.003, batch 16',
 'ok.turnstiles-minmax-elu-sgd': 'turnstiles.csv minmax/minmax, [32 elu, 1], sgd momentum 0.9 lr 0.1, 300 epochs',
 'ok.turnstiles-uniform-small-init-relu': 'turnstiles.csv, [32 relu he_uniform, 1 xavier_normal], plain sgd 0.05',
 'ok.iris-adam': 'builtin iris standard, [16 relu, 3 softmax], cce, adam 0.01, batch 16',
 'ok.iris-batch-1-sgd': 'builtin iris standard, [8 tanh, 3 softmax], plain sgd 0.01, batch 1, 40 epochs',
 'ok.moons-relu-adam': 'builtin moons 400, [32 relu, 32 relu, 1 sigmoid], bce, adam 0.01',
 'ok.circles-tanh-rmsprop': 'builtin circles 400, [16 tanh, 1 sigmoid], rmsprop 0.01',
 'ok.xor-tanh-adam': 'builtin xor 300, [8 tanh, 1 sigmoid], adam 0.02',
 'ok.spirals-deep-relu': 'builtin spirals 400, [64 relu, 64 relu, 32 relu, 1 sigmoid], adam 0.005, 300 epochs',
 'ok.blobs-four-classes': 'builtin blobs 4 classes, [16 relu, 4 softmax], sgd momentum 0.05',
 'ok.blobs-three-sgd-plain-big-lr': 'builtin blobs 3 classes, [8 tanh, 3 softmax], plain sgd 0.5 (large but fine)',
 'ok.sine-tanh-regression': 'builtin sine 300, [32 tanh, 32 tanh, 1], mse, adam 0.005, 300 epochs',
 'ok.inline-coaster-height-speed': 'inline table: drop height (m) -> top speed (m/s), 12 rows, standard/standard, [8 tanh, 1], adam 0.02, full batch',
 'ok.rides-clipnorm-adam-deep': 'rides.csv, 4 x 32 elu, adam 0.001 clipNorm 5, validationSplit 0.15',
 'ok.rides-no-shuffle-rmsprop': 'rides.csv, [32 relu, 1], rmsprop 0.001, batch 64, shuffle false',
}
D = {
 'invalid-spec.relu-capital': 'set size cap (65 faults): a near-duplicate of the adamw/keras-name faults',
 'data-error.timestamp-feature': 'set size cap: duplicate of ride-id-as-feature (text column among features)',
 'shape-mismatch.bce-two-units': 'the engine accepted 2 sigmoid units for one 0/1 target and trained as well as healthy (0.54): borderline',
 'loss-activation-mismatch.tanh-head-standardized-wait': 'trained to 0.13 of the baseline: the tanh head reaches most standardized waits; borderline',
 'init-symmetry.constant-tanh': 'constant init but trained to 0.11 (healthy 0.09): the fault does not show',
 'init-scale.normal-std-10': 'first loss 12 but recovers to 0.64 of the baseline; set size cap and borderline',
 'no-nonlinearity.linear-hidden-sensors': 'ends as well as a softmax regression on this nearly linear data: borderline',
 'exploding-gradient.deep-std-1': 'first loss 48 but healed to 0.01 of the baseline with accuracy 1.0: not a fault as run',
 'nan-loss.sgd-lr-10-raw-guests': 'no NaN; relus died after the first huge step (mixed dead-relu/lr-too-high): set size cap',
 'lr-too-high.momentum-0p99-lr-0p5': 'NaN at epoch 2 (would be nan-loss): set size cap, nan-loss already covered 5 times',
 'lr-too-low.momentum-1e-5-turnstiles': 'loss fell 4.0 -> 0.32 (below baseline): moves too much to be a clear lr-too-low',
 'loss-plateau.circles-two-relu-units': 'loss falls steadily 0.76 -> 0.52, not a plateau',
 'loss-plateau.sensors-sigmoid-sgd-full-batch': 'loss falls steadily 1.20 -> 0.45, not a plateau (slow, borderline lr-too-low)',
 'loss-plateau.xor-tanh-full-batch-sgd': 'loss falls steadily 0.70 -> 0.55, not a plateau',
 'oscillating-loss.sgd-0p8-full-batch': '(lr is 8, the slug says 0p8) early swings, then settles at last/base 0.47, better than the healthy guests models: not a fault',
 'ok.moons-sigmoid-hidden': 'ends at 0.38 of the baseline where relu reaches 0.00: may be a plateau; borderline',
 'ok.inline-height-gate': 'update ratio up to 12.9 on a single weight (tiny init); borderline',
 'ok.rides-linear-regression': 'linear model ends at 0.16 where networks reach 0.02: not as good as alternatives',
 'ok.sensors-softmax-regression': 'ends at 0.20 where networks reach 0.09: not as good as alternatives',
 'ok.sensors-minmax-bn': 'ends at 0.22 (healthy sensors 0.03-0.10), last above min: borderline',
 'ok.sine-elu-full-batch-rmsprop': 'ends at 0.10 where tanh reaches 0.02: borderline',
 'ok.turnstiles-deep-bn': 'last 0.097 after min 0.044: rising at the end, borderline',
 'ok.moons-batch-2-rmsprop': 'ends at 0.20 where other moons specs reach 0.00: borderline',
}
cands = sorted(f[:-8] for f in os.listdir('candidates') if f.endswith('.nn.json'))
missing = [c for c in cands if c not in F and c not in H and c not in D]
extra = [c for c in list(F) + list(H) + list(D) if c not in cands]
assert not missing and not extra, (missing, extra)
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy = [], []
for c, (new, stage, more, text) in F.items():
    code = c.split('.')[0]
    name = c
    if new:
        name = new + c[len(code):]
        code = new
    o = obs[c]
    catches = [code] + [x for x in more if x != code]
    shutil.move(f'candidates/{c}.nn.json', f'faulty/{name}.nn.json')
    faults.append({'file': f'faulty/{name}.nn.json', 'code': code, 'fault': f'{text} (observe: {o})', 'stage': stage, 'catches': catches})
for c, text in H.items():
    shutil.move(f'candidates/{c}.nn.json', f'healthy/{c}.nn.json')
    healthy.append({'file': f'healthy/{c}.nn.json', 'covers': f'{text} (observe: {obs[c]})'})
for c in D:
    shutil.move(f'candidates/{c}.nn.json', f'dropped/{c}.nn.json')
with open('dropped/REASONS.json', 'w') as f:
    json.dump(D, f, indent=1)
about = ('Fault set blind272 (issue #4), written blind and frozen before the product was run on it. Theme: amusement parks and '
 'roller-coaster operators: rides.csv (420 ride-days: weather, attendance, capacity, a price collinear with weekends, a no-effect staff '
 'count, date and ride_id text columns; target avg_wait_min), rides-export.csv (the same as a semicolon/decimal-comma export), sensors.csv '
 '(480 coaster runs of telemetry, 3 string classes with a rare brake_fault, run_id and timestamp text), guests.csv (500 season-pass '
 'guests, skewed spend, collinear wait/rides, no-effect height, returned 0/1), guests-gaps.csv (NA, ? and empty cells), turnstiles.csv '
 '(tab-separated, 360 hourly gate counts), plus builtins and an inline table. "stage" is the writer\'s expectation of the earliest stage, '
 '"catches" the codes whose advice would genuinely fix the fault. Each fault and covers text ends with its observe.ts --summary line '
 '(observed.txt; curves in observed-curves.txt). See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1)
os.rmdir('candidates') if not os.listdir('candidates') else None
print(len(faults), 'faults', len(healthy), 'healthy', len(D), 'dropped')
