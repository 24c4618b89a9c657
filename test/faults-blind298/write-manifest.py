#!/usr/bin/env python3
"""Verdicts of fault set blind298 (decided from observed.txt / observed-curves.txt): files the
candidates into faulty/, healthy/ and dropped/, and writes manifest.json.
Run from this folder: python3 write-manifest.py"""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
lines = [l.strip() for l in open('observed.txt') if l.strip()]

def obs(cand):
    for l in lines:
        if l.startswith(cand + ':') or l.startswith(cand + '.nn.json'):
            return l
    raise SystemExit('no observation for ' + cand)

S, P, T = 'static', 'probe', 'training'
# (candidate, new code or None, stage, catches, fault text)
FAULTS = [
    ('invalid-spec.optimizer-adamw', None, S, [], 'optimizer "adamw" copied from a PyTorch script; the format knows sgd, adam, rmsprop'),
    ('invalid-spec.activation-ReLu', None, S, [], 'hidden activation typed "ReLu" in the defect classifier'),
    ('invalid-spec.loss-keras-name', None, S, [], 'loss written as Keras\'s "categorical_crossentropy" instead of "cce" for the QA grade'),
    ('invalid-spec.dropout-keep-prob', None, S, [], 'dropout rate 1.5 (meant as a keep factor) on the oven steam-fault net'),
    ('data-error.file-typo-sale', None, S, [], 'sales file named "sale.csv" in the spec; the export is sales.csv'),
    ('data-error.target-units-not-units-sold', None, S, [], 'target "units" but the shop export calls the column units_sold'),
    ('data-error.logger-gaps', None, S, [], 'QA grade trained on the handheld logger copy batches-gaps.csv, whose proofing readings have NA and empty cells'),
    ('data-error.path-outside-workspace', None, S, [], 'oven data read from an absolute-ish path outside the workspace (../../../../../srv/bakery/ovens.csv)'),
    ('shape-mismatch.grade-three-units', None, S, [], 'grade head of 3 softmax units: the baker forgot "burnt" is a fourth grade'),
    ('shape-mismatch.two-targets-one-output', None, S, [], 'two regression targets (units_sold, waste_kg) but one linear output unit'),
    ('shape-mismatch.iris-two-classes', None, S, [], 'iris demo copied from a binary template: 2 softmax outputs for 3 species'),
    ('shape-mismatch.blobs5-head-of-4', None, S, [], 'blobs with 5 classes (five bagel varieties in the mock-up) but a 4-unit softmax head'),
    ('loss-activation-mismatch.defect-bce-linear-head', None, S, ['loss-plateau'], 'bce on the defect flag with a linear output unit (sigmoid forgotten)'),
    ('loss-activation-mismatch.ovens-bce-tanh-head', None, S, [], 'bce with a tanh output unit for the steam fault: tanh goes negative, probabilities do not'),
    ('loss-activation-mismatch.waste-sigmoid-head-kg', None, S, ['loss-plateau'], 'waste in raw kg (0-40) under mse with a sigmoid output that cannot pass 1'),
    ('loss-activation-mismatch.units-relu-head-standardised', None, S, [], 'relu output on a standardised units_sold target: half the targets are negative and unreachable'),
    ('init-symmetry.grade-zeros-hidden', None, S, ['dead-relu'], 'hidden relu layer of 16 units initialised with zeros'),
    ('init-symmetry.defect-constant-tanh', None, S, [], 'tanh layer of 12 units initialised to the constant 0.1: all units stay identical'),
    ('init-symmetry.ovens-zeros-everywhere', None, S, ['vanishing-gradient', 'loss-plateau'], 'every layer of the oven net initialised with zeros'),
    ('init-symmetry.moons-constant-elu', None, S, [], 'two elu layers initialised to the constant 0.2'),
    ('init-scale.grade-normal-std5-tanh', None, S, ['saturated-activation'], 'tanh layer initialised normal with std 5 (meant 0.05)'),
    ('init-scale.deep-relu-std-1e-4', None, S, ['vanishing-gradient', 'loss-plateau'], 'deep relu net initialised normal std 1e-4 everywhere: the signal dies before the head'),
    ('init-scale.ovens-sigmoid-std3', None, S, ['saturated-activation'], 'sigmoid layers initialised normal std 3'),
    ('init-scale.circles-uniform-limit20', None, S, ['saturated-activation'], 'uniform init with limit 20 on a tanh layer and the head'),
    ('no-nonlinearity.grade-linear-stack', None, S, [], 'grade classifier with two hidden layers left at the default linear activation'),
    ('no-nonlinearity.ovens-linear-hidden', None, S, ['loss-plateau'], 'oven steam fault (an interaction of steam, load, humidity and doors) with linear hidden layers'),
    ('no-nonlinearity.circles-linear-hidden', None, S, ['loss-plateau'], 'circles with two linear hidden layers'),
    ('no-nonlinearity.xor-forgot-activation', None, S, ['loss-plateau'], 'xor net whose hidden layer has no activation'),
    ('lr-out-of-range.adam-lr-5', None, S, ['lr-too-high'], 'adam with lr 5'),
    ('lr-out-of-range.sgd-lr-50', None, S, ['lr-too-high'], 'sgd with lr 50 on the defect flag'),
    ('lr-out-of-range.rmsprop-lr-1e-8', None, S, ['lr-too-low'], 'rmsprop with lr 1e-8'),
    ('lr-out-of-range.adam-lr-percent', None, S, ['lr-too-high'], 'adam lr 10 (meant 10e-4, typed as a percentage habit)'),
    ('dead-relu.grade-bias-minus5', None, P, ['init-scale'], 'relu layer with initial bias -5 on standardised features: every unit is off from the start'),
    ('dead-relu.defect-minmax-bias-minus2', None, P, [], 'minmax features in [0,1] and relu bias -2: all units dead'),
    ('dead-relu.ovens-bias-minus3-deep', None, P, [], 'two relu layers with bias -3; the second is dead throughout'),
    ('dead-relu.moons-adam-lr-huge-relu', None, T, ['lr-too-high'], 'adam at 0.5 on a two-layer relu net: most units die late in the run and the loss jumps back up'),
    ('exploding-gradient.units-raw-everything-deep', None, P, ['nan-loss', 'lr-too-high'], 'raw foot-traffic features and raw units_sold target into a deep relu net'),
    ('exploding-gradient.waste-raw-features', None, P, ['nan-loss'], 'raw features (foot traffic ~2000, last week units ~1000) with sgd momentum'),
    ('exploding-gradient.units-raw-target-adam', None, P, [], 'units_sold target left in raw units (hundreds to thousands) under mse'),
    ('vanishing-gradient.grade-deep-sigmoid', None, P, ['loss-plateau'], 'seven sigmoid hidden layers, plain sgd'),
    ('vanishing-gradient.defect-deep-tanh-tiny-init', None, P, ['init-scale', 'loss-plateau'], 'four tanh layers initialised normal std 0.01'),
    ('vanishing-gradient.ovens-sigmoid-tower', None, P, ['loss-plateau'], 'six sigmoid hidden layers on the oven data'),
    ('vanishing-gradient.units-deep-sigmoid-regression', None, P, ['loss-plateau'], 'six sigmoid layers for a sales regression'),
    ('nan-loss.units-raw-sgd', None, P, ['exploding-gradient', 'lr-too-high'], 'raw features and raw target, sgd 0.01'),
    ('nan-loss.units-raw-target-sgd-lr1', None, P, ['exploding-gradient', 'lr-too-high'], 'raw units_sold target with sgd lr 1'),
    ('nan-loss.sine-sgd-lr-8', None, P, ['lr-too-high', 'exploding-gradient', 'lr-out-of-range'], 'sgd lr 8 with momentum 0.9 on sine'),
    ('oscillating-loss.units-momentum-0.99', 'nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'sgd 0.05 with momentum 0.99 on standardised sales: meant to swing, it diverged to NaN'),
    ('lr-too-high.grade-adam-0.3', None, T, ['oscillating-loss', 'dead-relu'], 'adam 0.3 on the grade classifier: the loss rises from its best and bounces'),
    ('lr-too-high.iris-sgd-3', None, P, ['oscillating-loss'], 'sgd lr 3 on iris: spikes (one to 29.7) and ends above its best'),
    ('lr-too-high.grade-sgd-lr-2', None, P, ['oscillating-loss', 'dead-relu'], 'plain sgd lr 2: the loss falls to 0.43 then rises and bounces around 0.7'),
    ('lr-too-high.ovens-rmsprop-0.3', None, P, ['oscillating-loss'], 'rmsprop 0.3: update ratios near 1, the loss jumps every epoch'),
    ('lr-too-high.waste-adam-0.5', 'oscillating-loss', T, ['lr-too-high'], 'adam 0.5 on waste kg, batch 16: the loss swings between 0.3 and 2 and never settles'),
    ('lr-too-low.grade-sgd-1e-4', None, P, [], 'plain sgd 1e-4 for 100 epochs'),
    ('lr-too-low.units-adam-1e-5', None, P, [], 'adam 1e-5'),
    ('lr-too-low.ovens-rmsprop-1e-5', None, P, [], 'rmsprop 1e-5'),
    ('lr-too-low.waste-sgd-fullbatch-1e-3', None, P, [], 'full-batch sgd 1e-3: one step per epoch'),
    ('saturated-activation.grade-sigmoid-raw-features', None, P, [], 'sigmoid layer fed raw oven temperatures (~230) and flour kg'),
    ('saturated-activation.units-tanh-raw-traffic', None, P, [], 'tanh layer fed raw foot traffic'),
    ('saturated-activation.ovens-sigmoid-bias-8', None, P, ['init-scale'], 'sigmoid layer with initial bias 8'),
    ('nan-loss.waste-raw-momentum', 'saturated-activation', P, ['exploding-gradient'], 'raw features into a tanh layer with sgd momentum: meant to reach NaN, the tanh layer saturated instead and the loss sat at the baseline'),
    ('loss-plateau.grade-weight-decay-1', None, T, [], 'adam with weightDecay 1 (meant 1e-4): the loss stalls at the prior'),
    ('loss-plateau.ovens-dropout-0.9', None, T, [], 'dropout 0.9 after each hidden layer'),
    ('loss-plateau.spirals-tiny-net', None, T, [], 'three-arm spiral with a 2-unit hidden layer'),
    ('loss-plateau.circles-weight-decay', None, T, ['dead-relu'], 'rmsprop with weightDecay 0.5: the loss rises back to the baseline and stays'),
    ('oscillating-loss.grade-adam-bs1', None, T, ['lr-too-high', 'dead-relu'], 'adam 0.05 with batch size 1: the loss bounces 0.58-0.74 and never settles'),
]
DROPPED = {
    'invalid-spec.validation-split-one': 'trimmed to keep the set within 55-65 faults (invalid-spec had 7)',
    'invalid-spec.batchsize-zero': 'trimmed (invalid-spec had 7)',
    'invalid-spec.init-glorot': 'trimmed (invalid-spec had 7)',
    'data-error.no-features-ids-timestamps': 'trimmed (data-error had 6)',
    'data-error.product-text-feature': 'trimmed to keep the set within 65 faults (same kind of text-in-features fault as the dropped no-features one)',
    'loss-activation-mismatch.units-tanh-head-raw-target': 'mixes a raw target (exploding/scale) with the tanh head; trimmed',
    'loss-activation-mismatch.grade-cce-sigmoid-head': 'trimmed; the loss collapsed to 2e-4 with accuracy 0.54, an odd symptom',
    'shape-mismatch.defect-two-sigmoids': 'the engine accepted 2 sigmoid outputs for bce and trained (0.64 of baseline): not clearly a shape fault',
    'init-symmetry.units-constant-sigmoid': 'trained to 0.02 of baseline anyway (near-linear target): the fault did not show',
    'init-scale.units-uniform-limit10': 'NaN at epoch 1 (nan-loss and init-scale mixed); trimmed',
    'exploding-gradient.grade-deep-std1': 'gradients only reached 69 and it trained to 0.25 of baseline: an init-scale case rather than exploding; trimmed as borderline',
    'lr-out-of-range.sgd-lr-1e-7': 'trimmed (lr-out-of-range had 5)',
    'dead-relu.units-sgd-high-lr-kills': 'went NaN at epoch 1 instead of dying units (would be nan-loss); trimmed',
    'nan-loss.waste-raw-momentum': None,
    'lr-too-high.units-sgd-0.5': 'NaN at epoch 1 (would be nan-loss); trimmed',
    'lr-too-high.defect-rmsprop-0.1': 'bouncy but still falling, ending at 0.57 of baseline vs ~0.47 for good defect nets: borderline between lr-too-high, oscillation and healthy',
    'lr-too-high.circles-adam-0.2': 'trained to 0.00 of baseline: no fault shown',
    'lr-too-low.moons-sgd-momentum-1e-4': 'trimmed (lr-too-low had 5)',
    'saturated-activation.defect-tanh-raw-oven': 'trimmed (saturated-activation had 5 with the re-filed one)',
    'loss-plateau.units-sgd-weight-decay-5': 'update ratios up to 1176: a lr/weight-decay blow-up as much as a plateau; borderline',
    'oscillating-loss.sine-sgd-fullbatch-edge': 'diverged to NaN at epoch 21 rather than oscillating (would be nan-loss); trimmed',
    'oscillating-loss.waste-rmsprop-bs2': 'settled near 0.20 with small swings: not clearly oscillating',
    'oscillating-loss.units-adam-bs1': '94% of the relu units died and the loss still reached 0.08 of baseline: mixed dead-relu/oscillation, borderline',
    'ok.defect-logistic-regression': 'ended at 0.97 of baseline: the defect flag needs a hidden layer',
    'ok.defect-dropout-adam-bs64': 'ended at 0.55 of baseline, behind the best defect nets (~0.47); borderline',
    'ok.grade-softmax-regression': 'ended at 0.35 of baseline vs 0.15 for the hidden-layer nets; borderline',
    'ok.circles-tanh-rmsprop': 'hidden tanh layer saturated 0.49-0.54 of outputs: could be read as saturated-activation',
    'ok.defect-tanh-momentum': 'hidden tanh layer saturated up to 0.81',
    'ok.defect-sigmoid-hidden-adam': 'hidden sigmoid layer saturated up to 0.45',
    'ok.grade-fullbatch-adam': 'hidden tanh layer saturated 0.51',
    'ok.xor-tanh-adam': 'hidden tanh layer saturated up to 0.48',
    'ok.ovens-tanh-xavier-momentum': 'hidden tanh layer saturated up to 0.40',
    'ok.ovens-tab-minmax-leaky': 'second leaky_relu layer reported dead up to 0.58',
    'ok.grade-rmsprop-bs4': 'ended at 0.31 of baseline vs 0.10-0.17 for other grade nets: possibly too slow',
}
del DROPPED['nan-loss.waste-raw-momentum']

HEALTHY_COVERS = {
    'ok.grade-relu-adam': 'batches.csv grade (4 classes, rare burnt), 9 features standard, [16 relu, 4 softmax], cce, adam 0.005, batch 32',
    'ok.units-relu-adam': 'sales.csv units_sold, standard features and target, [16 relu, 1], mse, adam 0.003',
    'ok.units-eu-export-elu-rmsprop': 'sales-eu.csv (semicolons, decimal commas), minmax/minmax, [12 elu, 1], rmsprop 0.002',
    'ok.waste-leaky-nesterov': 'sales.csv waste_kg, [8 leaky_relu, 1], sgd 0.02 Nesterov momentum 0.9',
    'ok.units-and-waste-two-heads': 'two regression targets, [16 relu, 8 relu, 2], adam 0.002',
    'ok.ovens-relu-dropout-adam': 'ovens.csv (tab-separated), [16 relu, dropout 0.1, 8 relu, 1 sigmoid], bce, adam 0.005',
    'ok.ovens-batchnorm-momentum': 'ovens.csv, [16 relu + batchNorm, 1 sigmoid], bce, sgd 0.05 momentum 0.9',
    'ok.grade-batch1-sgd': 'grade, batch size 1, plain sgd 0.01, 30 epochs',
    'ok.iris-tanh-sgd': 'iris standard, [8 tanh, 3 softmax], sgd 0.1, batch 16',
    'ok.moons-relu-adam': 'moons 300, [16 relu, 16 relu, 1 sigmoid], adam 0.01',
    'ok.spirals-wide-adam': 'spirals 3 classes, [32 relu, 32 relu, 3 softmax], adam 0.01, 400 epochs',
    'ok.blobs4-relu-sgd': 'blobs 4 classes, [8 relu, 4 softmax], sgd 0.05',
    'ok.sine-tanh-adam': 'sine, [16 tanh, 16 tanh, 1], mse, adam 0.01',
    'ok.inline-hydration-spread': 'inline 12-row table (dough hydration -> pretzel spread cm), standard/standard, [4 tanh, 1], adam 0.05 full batch, 500 epochs',
    'ok.units-deep-wd-clip': 'four relu layers of 32, adam 0.001, weightDecay 1e-4, clipNorm 1',
    'ok.units-linear-regression': 'no hidden layer: linear regression of units_sold, sgd 0.05',
    'ok.ovens-elu-lecun': 'ovens, [16 elu lecun_normal, 8 elu lecun_normal, 1 sigmoid], adam 0.003, batch 16',
    'ok.grade-uniform-init': 'grade, uniform init limit 0.3 on both layers, adam 0.005',
    'ok.grade-normal-init-val': 'grade, normal init std 0.1, rmsprop 0.003, validationSplit 0.2',
    'ok.units-val-split': 'units_sold, adam 0.005, validationSplit 0.2',
    'ok.grade-wide-dropout': 'grade, [64 relu, dropout 0.3, 32 relu, dropout 0.3, 4 softmax], adam 0.002',
    'ok.units-rmsprop-slow-long': 'units_sold, [16 tanh, 1], rmsprop 0.0005, 600 epochs',
    'ok.iris-fullbatch-sgd': 'iris, full batch 150, sgd 0.2, 500 epochs',
    'ok.circles-deep-batchnorm-tanh': 'circles, three tanh layers of 16 with batchNorm, adam 0.005',
    'ok.grade-adam-wd': 'grade, [16 elu, 4 softmax], adam 0.005 weightDecay 1e-3',
    'ok.units-momentum-clip': 'units_sold, sgd 0.02 momentum 0.9, clipNorm 5',
    'ok.moons-nesterov': 'moons, [16 tanh, 1 sigmoid], sgd 0.1 Nesterov 0.9',
    'ok.moons-narrow-deep-elu': 'moons, four elu layers of 8, adam 0.005',
    'ok.units-adam-batch8': 'units_sold, batch 8, adam 0.001',
    'ok.blobs6-rmsprop': 'blobs 6 classes, rmsprop 0.005',
    'ok.iris-minmax-he-uniform': 'iris minmax, [12 relu he_uniform, 3 softmax], adam 0.01',
    'ok.units-four-features-sgd': 'units_sold from 4 chosen features, minmax features, standard target, sgd 0.1, batch 16',
    'ok.sine-deep-leaky': 'sine, [32, 32, 16 leaky_relu, 1], adam 0.003',
    'ok.waste-minmax-adam-fullbatch': 'waste_kg minmax/minmax, [8 tanh, 1], adam 0.02, full batch 480, 500 epochs',
    'ok.grade-leaky-nesterov': 'grade, [24 leaky_relu, 4 softmax], sgd 0.05 Nesterov 0.9',
    'ok.ovens-relu-rmsprop-bs128': 'ovens, [32 relu, 16 relu, 1 sigmoid], rmsprop 0.003, batch 128, 300 epochs',
    'ok.waste-elu-adam-val': 'waste_kg, [16 elu, 8 elu, 1], adam 0.003, batch 16, validationSplit 0.15',
    'ok.blobs3-relu-sgd-batch1': 'blobs 3 classes, batch 1, sgd 0.01, 20 epochs',
    'ok.circles-relu-batchnorm-rmsprop': 'circles, [32 relu + batchNorm, 16 relu, 1 sigmoid], rmsprop 0.005',
    'ok.iris-elu-momentum': 'iris, [12 elu, 3 softmax], sgd 0.05 momentum 0.8, batch 8',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
known = {f[0] for f in FAULTS} | set(DROPPED) | set(HEALTHY_COVERS)
missing = [c for c in cands if c not in known]
extra = [k for k in known if k not in cands]
if missing or extra:
    raise SystemExit(f'unaccounted: {missing} / unknown: {extra}')

for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy = [], []
for cand, new, stage, also, text in FAULTS:
    code = new or cand.split('.')[0]
    name = cand if new is None else code + '.' + cand.split('.', 1)[1]
    shutil.move(f'candidates/{cand}.nn.json', f'faulty/{name}.nn.json')
    faults.append({'file': f'faulty/{name}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs(cand)})', 'stage': stage,
                   'catches': [code] + [c for c in also if c != code]})
for cand, covers in HEALTHY_COVERS.items():
    shutil.move(f'candidates/{cand}.nn.json', f'healthy/{cand}.nn.json')
    healthy.append({'file': f'healthy/{cand}.nn.json', 'covers': f'{covers} (observe: {obs(cand)})'})
for cand in DROPPED:
    shutil.move(f'candidates/{cand}.nn.json', f'dropped/{cand}.nn.json')
json.dump({'dropped': [{'file': f'dropped/{c}.nn.json', 'reason': r} for c, r in DROPPED.items()]}, open('dropped/reasons.json', 'w'), indent=1)
os.rmdir('candidates')

about = ('Fault set blind298 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: pretzel and bagel bakeries. "code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage '
         'that could catch it, "catches" the codes whose advice would genuinely fix it. Each fault text and healthy covers ends with '
         'its bare-engine result from test/faults/observe.ts --summary (observed.txt); --curve for the lr-too-high, lr-too-low, '
         'plateau and oscillating candidates (observed-curves.txt). Data (data/generate.ts, seed 298): batches.csv (420 dough batches, '
         'skewed flour kg, collinear proof time and temperature, a no-effect shift code, batch id, timestamp and product text columns, '
         'defect 0/1 and a 4-grade QA label with rare burnt), batches-gaps.csv (NA/empty logger cells), sales.csv (480 store-days, raw '
         'units sold and waste kg, skewed foot traffic and rain, collinear last-week units), sales-eu.csv (semicolons, decimal commas), '
         'ovens.csv (tab-separated oven readings, steam fault from an interaction), plus builtins and one inline table. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1, ensure_ascii=False)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(DROPPED), 'dropped')
print(sorted(Counter(f['code'] for f in faults).items()))
print(sorted(Counter(f['stage'] for f in faults).items()))
