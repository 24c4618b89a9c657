#!/usr/bin/env python3
"""Files set blind266's candidates by what observe.ts showed (observed.txt) and writes manifest.json.
Run from test/faults-blind266: python3 write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    s = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', s)
    if m:
        obs[m.group(1)] = s

# candidate -> (description, stage, catches, new code or None)
F = {
 'invalid-spec.relu-titlecase': ('activation written "ReLU" (PyTorch class name) on the hidden layer of the block-grade classifier', 'static', ['invalid-spec']),
 'invalid-spec.adamw-optimizer': ('optimizer "adamw" copied from a PyTorch notebook for the melt-rate regression; the engine has adam only', 'static', ['invalid-spec']),
 'invalid-spec.keras-loss-name': ('loss written as Keras\'s "categorical_crossentropy" instead of "cce"', 'static', ['invalid-spec']),
 'invalid-spec.dropout-percent': ('dropout rate written as a percentage (20) instead of a fraction (0.2)', 'static', ['invalid-spec']),
 'data-error.next-season-file': ('spec points at next season\'s blocks-2025.csv, which the harvest crew has not exported yet', 'static', ['data-error']),
 'data-error.target-typo': ('target column "melt_mm_per_day" does not exist (the sheet says melt_mm_day)', 'static', ['data-error']),
 'data-error.date-as-feature': ('harvest_date text column (2024-02-23) listed among the numeric features', 'static', ['data-error']),
 'data-error.field-gaps': ('field crew\'s copy of the block log with NA, empty and "-" readings used directly', 'static', ['data-error']),
 'data-error.nas-share-path': ('CSV path climbs out of the workspace to the hotel\'s NAS share', 'static', ['data-error']),
 'shape-mismatch.two-grades': ('grade classifier with 2 softmax outputs, but the blocks are graded clear/cloudy/snowice (3 classes)', 'static', ['shape-mismatch']),
 'shape-mismatch.rooms-three-units': ('room-type model with 3 outputs for 4 one-hot room columns (art suite forgotten)', 'static', ['shape-mismatch']),
 'shape-mismatch.two-targets-one-unit': ('two targets (melt_mm_day, hours_to_repair) but a single output unit', 'static', ['shape-mismatch']),
 'loss-activation-mismatch.softmax-mse-melt': ('softmax on the single output of a melt-rate regression under mse: the output is always 1', 'static', ['loss-activation-mismatch']),
 'loss-activation-mismatch.bce-linear-head': ('crack predictor with bce on a linear output instead of sigmoid', 'static', ['loss-activation-mismatch']),
 'loss-activation-mismatch.cce-sigmoid-head': ('grade classifier with cce on three sigmoid outputs instead of softmax', 'static', ['loss-activation-mismatch']),
 'loss-activation-mismatch.relu-head-std-target': ('relu output on a standardised occupancy target that is negative for half the nights', 'static', ['loss-activation-mismatch']),
 'loss-activation-mismatch.tanh-head-percent': ('tanh output on occupancy in raw percent (5-100): the head cannot exceed 1', 'static', ['loss-activation-mismatch']),
 'init-symmetry.zeros-hidden': ('zeros init on a 16-unit tanh layer and the output layer of the grade classifier', 'static', ['init-symmetry']),
 'init-symmetry.zeros-two-layers': ('zeros init on two sigmoid hidden layers (16 and 8 units) of the crack predictor', 'static', ['init-symmetry']),
 'init-symmetry.constant-tanh-rooms': ('constant 0.05 init on a 20-unit tanh layer of the room-type model: all units stay identical', 'static', ['init-symmetry']),
 'init-scale.normal-std-5': ('normal init with std 5 on 64- and 32-unit tanh layers (std meant for a different scale)', 'static', ['init-scale', 'saturated-activation']),
 'init-scale.uniform-limit-20': ('uniform init with limit 20 on two 32-unit relu layers of the melt model', 'static', ['init-scale', 'nan-loss', 'exploding-gradient']),
 'init-scale.tiny-std-deep': ('normal init with std 1e-4 in every layer of a 3-hidden-layer tanh crack predictor', 'static', ['init-scale', 'vanishing-gradient']),
 'no-nonlinearity.linear-stack-grade': ('three linear hidden layers (32, 32, 16) before the softmax of the grade classifier', 'static', ['no-nonlinearity']),
 'no-nonlinearity.default-activation-melt': ('hidden layers written without "activation", so they default to linear', 'static', ['no-nonlinearity']),
 'no-nonlinearity.circles-linear': ('two linear hidden layers on the ring-shaped (circles) layout of ice lanterns', 'static', ['no-nonlinearity']),
 'no-nonlinearity.rooms-linear-bn': ('linear hidden layers with batch norm only: still an affine model', 'static', ['no-nonlinearity']),
 'lr-out-of-range.adam-lr-5': ('adam with lr 5 (a decimal point lost from 0.005)', 'static', ['lr-out-of-range', 'lr-too-high']),
 'lr-out-of-range.sgd-lr-80': ('sgd with lr 80 on the melt model', 'static', ['lr-out-of-range', 'lr-too-high', 'nan-loss']),
 'lr-out-of-range.rmsprop-1e-9': ('rmsprop with lr 1e-9 (typed an exponent too many)', 'static', ['lr-out-of-range', 'lr-too-low']),
 'lr-out-of-range.sgd-momentum-lr-30': ('sgd momentum 0.9 with lr 30 on the room-type model', 'static', ['lr-out-of-range', 'lr-too-high', 'nan-loss']),
 'dead-relu.negative-bias': ('relu layers started with bias -4 "to keep them sparse": most units never fire', 'probe', ['dead-relu']),
 'dead-relu.sgd-raw-volume': ('relu melt model on raw volumes in litres (up to thousands): the first sgd step kills every unit', 'probe', ['dead-relu', 'exploding-gradient']),
 'dead-relu.adam-kick': ('adam at lr 0.3 on two relu layers: the second layer dies within a few epochs', 'probe', ['dead-relu', 'lr-too-high']),
 'nan-loss.rooms-sgd-raw-budget': ('room-type model on raw budgets in euros with sgd 0.5 momentum 0.9: the first steps blow up and every relu dies; written as nan-loss', 'probe', ['dead-relu', 'exploding-gradient', 'lr-too-high'], 'dead-relu'),
 'exploding-gradient.raw-hours-sgd': ('hours_to_repair in raw hours and raw features with sgd: gradients in the millions', 'probe', ['exploding-gradient']),
 'exploding-gradient.raw-volume-adam': ('raw-hours target, raw features, two relu layers and rmsprop: gradient norms up to 1e5', 'probe', ['exploding-gradient']),
 'nan-loss.raw-occupancy-momentum': ('raw occupancy percent and raw euros with sgd momentum: gradients reach 1e15 and the loss 1e13 without NaN; written as nan-loss', 'probe', ['exploding-gradient', 'nan-loss', 'dead-relu'], 'exploding-gradient'),
 'nan-loss.raw-hours-sgd-01': ('raw-hours target with sgd 0.1: loss 3.6e35 in the first epoch, gradients 3e17, then every relu dead; written as nan-loss', 'probe', ['exploding-gradient', 'nan-loss', 'dead-relu'], 'exploding-gradient'),
 'vanishing-gradient.deep-sigmoid': ('seven sigmoid hidden layers with plain sgd on the grade classifier', 'probe', ['vanishing-gradient']),
 'vanishing-gradient.tanh-small-init': ('four tanh layers with std 0.01 init: the signal and gradient shrink layer by layer', 'probe', ['vanishing-gradient', 'init-scale']),
 'vanishing-gradient.sigmoid-10-deep-melt': ('ten sigmoid hidden layers in a melt-rate regression', 'probe', ['vanishing-gradient']),
 'vanishing-gradient.sigmoid-stack-rooms': ('six sigmoid hidden layers in the room-type model with sgd momentum', 'probe', ['vanishing-gradient']),
 'nan-loss.huge-init-exp': ('elu layers with std 10 init on raw volumes and raw-hours target: NaN in the first epoch', 'probe', ['nan-loss', 'init-scale', 'exploding-gradient']),
 'exploding-gradient.deep-he-raw-budget': ('four relu layers on raw euros and raw occupancy with sgd momentum: NaN in the first epoch; written as exploding-gradient', 'probe', ['nan-loss', 'exploding-gradient'], 'nan-loss'),
 'exploding-gradient.wide-normal-1': ('std 1 normal init on 64-unit layers with a raw-mm target: NaN in the first epoch; written as exploding-gradient', 'probe', ['nan-loss', 'exploding-gradient', 'init-scale'], 'nan-loss'),
 'oscillating-loss.sgd-momentum-099': ('sgd lr 0.1 momentum 0.99 on batches of 8: the loss grows 1000x per epoch and is NaN at epoch 16; written as oscillating-loss', 'probe', ['nan-loss', 'lr-too-high'], 'nan-loss'),
 'lr-too-high.adam-0.3-grade': ('adam at lr 0.3 on the grade classifier: the loss falls to 0.72 then climbs back to the baseline', 'probe', ['lr-too-high', 'dead-relu']),
 'lr-too-high.sgd-momentum-1.5': ('sgd lr 1.5 momentum 0.9 on the crack predictor: the loss bounces between 0.16 and 0.77', 'probe', ['lr-too-high', 'oscillating-loss']),
 'lr-too-high.rmsprop-0.1-melt': ('rmsprop at lr 0.1 on the melt model: first loss 137, then bounces around 5x what it could reach, 91% relu dead', 'probe', ['lr-too-high', 'dead-relu', 'oscillating-loss']),
 'lr-too-high.nesterov-0.8-nights': ('nesterov sgd lr 0.8 momentum 0.9 on occupancy: loss 3e17 then NaN', 'probe', ['lr-too-high', 'nan-loss']),
 'lr-too-high.adam-0.5-moons': ('adam at lr 0.5 on the sled-route (moons) classifier: reaches 0.04 then rises to 0.74 and ends at 0.23', 'training', ['lr-too-high', 'oscillating-loss']),
 'lr-too-low.sgd-1e-5-grade': ('plain sgd at lr 1e-5 on the grade classifier: the loss moves 0.7% in 60 epochs', 'probe', ['lr-too-low']),
 'lr-too-low.adam-1e-6-melt': ('adam at lr 1e-6 on the melt model: 2% in 80 epochs, still 4.7x the baseline', 'probe', ['lr-too-low']),
 'lr-too-low.rmsprop-2e-6-cracks': ('rmsprop at lr 2e-6 on the crack predictor: stays above the baseline', 'probe', ['lr-too-low']),
 'lr-too-low.sgd-momentum-1e-5-nights': ('sgd momentum at lr 1e-5 on occupancy: still above the baseline after 100 epochs', 'probe', ['lr-too-low']),
 'saturated-activation.sigmoid-raw-budget': ('sigmoid hidden layer on raw euro budgets (hundreds to thousands), std 0.5 init: pinned at 0/1', 'probe', ['saturated-activation']),
 'saturated-activation.tanh-raw-volume': ('tanh hidden layer on raw volumes in litres: 93% of outputs at +-1', 'probe', ['saturated-activation']),
 'saturated-activation.tanh-bias-6': ('two tanh layers started with bias 6: every unit at +1, the loss stays at the baseline', 'probe', ['saturated-activation', 'vanishing-gradient']),
 'saturated-activation.sigmoid-raw-chainsaw': ('sigmoid hidden layer on raw chainsaw minutes and block ages with sgd momentum: all pinned', 'probe', ['saturated-activation']),
 'loss-plateau.weight-decay-1': ('weight decay 1.0 with adam on the melt model: stalls at 0.36 where 0.02 is reachable', 'training', ['loss-plateau']),
 'loss-plateau.sgd-wd-nights': ('weight decay 2.0 on sgd momentum: the occupancy loss sits at the baseline for 100 epochs', 'training', ['loss-plateau']),
 'loss-plateau.spirals-tiny-net': ('two tanh units for the spiral staircase layout: stalls at 0.654 of 0.693', 'training', ['loss-plateau']),
 'oscillating-loss.adam-batch1': ('adam lr 0.05 on single-row batches of crack jobs: the loss jumps between 0.21 and 0.38 without settling', 'training', ['oscillating-loss', 'lr-too-high']),
 'oscillating-loss.rmsprop-batch2': ('rmsprop lr 0.03 on batches of 2 sculptures: the loss swings by a third of its level every few epochs, 83% relu dead', 'training', ['oscillating-loss', 'lr-too-high', 'dead-relu']),
}
H = {
 'ok.grade-adam-relu': 'blocks.csv standard, [32 relu, 16 relu, 3 softmax], cce, adam 0.003, batch 32',
 'ok.grade-sgd-momentum-tanh': 'blocks.csv standard, [24 tanh, 3 softmax], cce, sgd 0.05 momentum 0.9',
 'ok.grade-nesterov-full-batch': 'blocks.csv, [24 leaky_relu, 3 softmax], nesterov sgd 0.2 on the full batch of 400, 300 epochs',
 'ok.grade-deep-narrow-adam': 'blocks.csv, four relu layers 16-16-12-8, adam 0.002',
 'ok.grade-small-normal-init': 'blocks.csv, 32 tanh with normal std 0.1 init, adam 0.005',
 'ok.grade-rmsprop-elu-batch8': 'blocks.csv, [24 elu, 12 elu, 3 softmax], rmsprop 0.001, batch 8',
 'ok.melt-adam-relu': 'melt.csv standard + normalizeTarget standard, [32 relu, 16 relu, 1], adam 0.003',
 'ok.melt-raw-target-mm': 'melt.csv, raw mm/day target (near unit scale), 24 tanh, adam 0.01',
 'ok.melt-sgd-plain': 'melt.csv, 16 tanh, plain sgd 0.05, batch 16, 200 epochs',
 'ok.melt-rmsprop-wd': 'melt.csv, two elu layers, rmsprop 0.001, weight decay 1e-4, validation 0.15',
 'ok.repair-hours-normtarget': 'melt.csv hours_to_repair with normalizeTarget standard, two relu layers, adam',
 'ok.two-targets-two-units': 'melt.csv two targets (mm/day, hours) normalised, 2 linear outputs',
 'ok.crack-adam-sigmoid': 'cracks.csv, 16 relu, sigmoid, bce, adam 0.005 (21% positives)',
 'ok.crack-tab-export': 'cracks-tab.tsv (tab separated), two tanh layers, rmsprop 0.003',
 'ok.crack-logistic-sgd': 'cracks.csv, logistic regression (1 sigmoid unit), sgd 0.1',
 'ok.crack-dropout-wd': 'cracks.csv, 64-32 relu with dropout 0.3, adam 0.002 weight decay 1e-4, validation 0.2',
 'ok.crack-batch1-sgd': 'cracks.csv, 8 tanh, plain sgd 0.005 on single-row batches, 30 epochs',
 'ok.crack-clipnorm-momentum': 'cracks.csv, two elu layers, sgd 0.05 momentum 0.9 with clipNorm 1',
 'ok.crack-he-uniform-rmsprop': 'cracks.csv, he_uniform relu + xavier_normal sigmoid, rmsprop 0.001 batch 64',
 'ok.crack-bias-init-prior': 'cracks.csv, output bias -1.3 set to the 21% prior, adam 0.003',
 'ok.nights-adam-tanh': 'nights-eu.csv (semicolons, decimal commas), both normalised, 16 tanh, adam 0.005',
 'ok.nights-sgd-relu': 'nights-eu.csv, relu 24-12, sgd 0.02 momentum 0.9, batch 16',
 'ok.nights-full-batch-adam': 'nights-eu.csv, 32 relu, adam 0.01 on the full batch of 300, 300 epochs',
 'ok.nights-nesterov-leaky': 'nights-eu.csv, 32 leaky_relu, nesterov sgd 0.03, validation 0.2',
 'ok.rooms-adam-onehot': 'rooms.csv four one-hot target columns (art suite rare), 32 relu, 4 softmax, adam',
 'ok.rooms-deep-elu-bn': 'rooms.csv, elu layers with batch norm, adam 0.003',
 'ok.rooms-sgd-nesterov': 'rooms.csv, 32 tanh, nesterov sgd 0.05, 150 epochs',
 'ok.iris-adam': 'builtin iris standard, 16 relu, adam 0.01, batch 16',
 'ok.moons-leaky-deep': 'builtin moons 300 noise 0.15, three leaky_relu layers, adam 0.005',
 'ok.circles-tanh-rmsprop': 'builtin circles, tanh 16-8, rmsprop 0.01, 200 epochs',
 'ok.spirals-wide-adam': 'builtin spirals, 64-64 relu, adam 0.005, 400 epochs',
 'ok.blobs-4-sgd': 'builtin blobs 4 classes, 8 relu, plain sgd 0.1',
 'ok.sine-tanh-deep': 'builtin sine, 32-32 tanh, adam 0.005, 300 epochs',
 'ok.xor-sigmoid-hidden': 'builtin xor, 8 sigmoid hidden units, adam 0.03, 300 epochs',
 'ok.inline-chisel': 'inline 12-row table (chisel angle vs hours), both normalised, 8 tanh, full batch adam 0.02',
 'ok.melt-lecun-selu-like': 'melt.csv, 48 tanh with lecun_normal init, adam 0.002, batch 8',
 'ok.repair-clip-sgd-deep': 'melt.csv hours_to_repair normalised, three relu layers, sgd momentum with clipNorm 5',
 'ok.melt-uniform-init-wide': 'melt.csv, 128 relu with uniform limit 0.1 init, adam 0.002',
 'ok.repair-adam-noshuffle-batch64': 'melt.csv hours_to_repair, elu 48 + tanh 24, adam 0.003, shuffle off, batch 64',
}
D = {
 'data-error.sculpture-id-feature': 'size: a second text-column-as-feature case (sculpture_id), the same fault as data-error.date-as-feature; the loader refused it',
 'shape-mismatch.crack-two-sigmoids': 'bce with two sigmoid outputs for one 0/1 target: the engine accepted and trained it to 0.44 of the baseline, so the mismatch did not show',
 'init-scale.constant-3-sigmoid': 'std 8 on a single sigmoid unit: muddled with a one-unit bottleneck, ended at 0.82 of the baseline; not a clean init-scale case',
 'init-symmetry.constant-relu': 'constant 0.1 relu layers trained to 0.08 of the baseline (the data is nearly linear, so the collapse to one unit costs little): borderline',
 'dead-relu.bias-minus-rooms': '63% of units dead but the loss reached 0.26 of the baseline (healthy 0.18): borderline',
 'invalid-spec.validation-whole': 'size: the set had more invalid-spec faults than it needed (validationSplit 1.0, refused by the parser)',
 'invalid-spec.init-glorot': 'size: the set had more invalid-spec faults than it needed ("glorot_uniform", refused by the parser)',
 'loss-plateau.one-unit-bottleneck': 'the loss was still falling steadily at the end (1.09 to 0.56): slow, not a plateau',
 'oscillating-loss.sgd-full-batch-edge': 'sgd lr 3 full batch descended smoothly to 0.16 of the baseline: neither oscillating nor a clear healthy spec (lr 3 may count as out of range)',
 'ok.melt-linear-regression': 'linear model with sgd momentum 0.9 bounced (min 0.09, last 0.28, update ratio 0.66): not clearly healthy',
 'ok.nights-rmsprop-minmax': 'ended at 0.20 of the baseline where other occupancy models reach 0.05-0.14: borderline',
 'ok.repair-hours-minmax-both': 'ended at 0.21 of the (minmax) baseline where the standardised version reaches 0.05: borderline',
 'ok.grade-rmsprop-bn': 'ended at 0.53 of the baseline (dropout + batch norm) where the other grade models reach 0.25-0.42: borderline',
 'ok.grade-minmax-elu': 'ended at 0.45 of the baseline: the worst grade model, borderline',
 'ok.rooms-batch4-rmsprop': 'rmsprop 0.001 on batches of 4 ended at 0.37 of the baseline where others reach 0.10-0.27, still falling: may be read as too slow',
}

names = {f[:-len('.nn.json')] for f in os.listdir(CAND)}
covered = set(F) | set(H) | set(D)
assert names == covered, (names - covered, covered - names)
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, sub), exist_ok=True)

faults, healthy = [], []
for name, v in F.items():
    desc, stage, catches = v[0], v[1], v[2]
    code = v[3] if len(v) > 3 else name.split('.')[0]
    fname = name if len(v) <= 3 else code + '.' + name.split('.', 1)[1]
    assert catches[0] == code, name
    shutil.move(os.path.join(CAND, name + '.nn.json'), os.path.join(HERE, 'faulty', fname + '.nn.json'))
    faults.append({'file': f'faulty/{fname}.nn.json', 'code': code, 'fault': f'{desc} (observe: {obs[name]})', 'stage': stage, 'catches': catches})
for name, covers in H.items():
    shutil.move(os.path.join(CAND, name + '.nn.json'), os.path.join(HERE, 'healthy', name + '.nn.json'))
    healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{covers} (observe: {obs[name]})'})
for name in D:
    shutil.move(os.path.join(CAND, name + '.nn.json'), os.path.join(HERE, 'dropped', name + '.nn.json'))
with open(os.path.join(HERE, 'dropped', 'REASONS.json'), 'w') as f:
    json.dump(D, f, indent=1)
os.rmdir(CAND)

about = ('Blind fault set 266 (issue #4), written blind and frozen before the product was run on it; no one tunes on it. '
         'Theme: ice sculptors and ice hotels. Data (data/generate.ts, seeds 266001-266005): blocks.csv (400 harvested river-ice blocks, '
         'graded clear/cloudy/snowice, id and date text columns, a no-effect operator column, collinear thickness/freeze days), blocks-gaps.csv '
         '(the same with NA/empty/- markers), melt.csv (360 hall sculptures: skewed volume in litres, collinear surface area, melt mm/day and raw '
         'hours_to_repair targets, id and timestamp text), cracks.csv and cracks-tab.tsv (480 carving jobs, cracked 0/1, 21% positives), '
         'nights-eu.csv (300 hotel nights, semicolons and decimal commas, occupancy percent), rooms.csv (320 guests, four one-hot room types, '
         'art suite rare), plus builtins and one inline table. "stage" is the writer\'s expectation, "catches" the codes whose advice would fix it; '
         'every fault/covers text ends with its observe.ts --summary line (observed.txt; --curve in observed-curves.txt). No diagnosis code involved.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1)
from collections import Counter
print(len(faults), Counter(f['code'] for f in faults), len(healthy), len(D), Counter(f['stage'] for f in faults))
