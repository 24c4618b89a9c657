#!/usr/bin/env python3
"""Verdicts of set blind250 from observed.txt: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m and not line.startswith('npm'):
        obs[m.group(1)] = line

S, P, T = 'static', 'probe', 'training'
# candidate -> (new code or None, stage, extra catches, fault)
F = {
 'invalid-spec.adamw-optimizer': (None, S, [], 'optimizer "adamw" copied from a PyTorch script; the format has adam only'),
 'invalid-spec.gelu-activation': (None, S, [], 'hidden activation "gelu", which the format does not offer'),
 'invalid-spec.keras-loss-name': (None, S, [], 'loss written with the Keras name "categorical_crossentropy" instead of "cce"'),
 'invalid-spec.dropout-percent': (None, S, [], 'dropout rate written as a percentage (30) instead of 0.3'),
 'invalid-spec.validation-split-one': (None, S, [], 'validationSplit 1 (meant "hold out 10%", typed 1), leaving nothing to train on'),
 'invalid-spec.trailing-comma': (None, S, [], 'hand-edited spec with a trailing comma in the data block'),
 'data-error.missing-2024-sheet': (None, S, [], 'points at rugs-2024.csv, a sheet not yet exported to the data folder'),
 'data-error.target-column-renamed': (None, S, [], 'target "labour_hours" while the restoration sheet calls the column "hours"'),
 'data-error.date-as-feature': (None, S, [], 'the finished_on date column listed among the rug features'),
 'data-error.dyelots-with-gaps': (None, S, [], 'the uncleaned dye-lot sheet with NA and empty readings'),
 'data-error.shared-drive-path': (None, S, [], 'path to the workshop shared drive, outside the workspace'),
 'data-error.job-id-feature': (None, S, [], 'the job_id text column (T0001...) listed as a feature'),
 'shape-mismatch.two-grade-head': (None, S, [], 'rug grade has three classes (market, fine, heirloom) but the softmax head has 2 units'),
 'shape-mismatch.fleece-four-units': (None, S, [], 'fleece grade has three classes but the head has 4 units (a "spare" class)'),
 'shape-mismatch.two-targets-one-unit': (None, S, [], 'two regression targets (hours, damage_pct) and a 1-unit output'),
 'loss-activation-mismatch.softmax-mse-treatment': (None, S, [], 'softmax output trained with mse on the treatment classes'),
 'loss-activation-mismatch.bce-linear-head': (None, S, [], 'bce with a linear output unit: the loss sees raw scores as probabilities'),
 'loss-activation-mismatch.cce-sigmoid-head': (None, S, [], 'cce with a sigmoid output layer instead of softmax'),
 'loss-activation-mismatch.relu-head-standardised-price': (None, S, [], 'relu output unit on a standardised price target, which is negative for half the rugs'),
 'loss-activation-mismatch.sigmoid-head-raw-hours': (None, S, [], 'sigmoid output on restoration hours in raw units (4-2000 h): it can never exceed 1'),
 'init-symmetry.zeros-hidden-relu': (None, S, ['dead-relu'], 'both relu hidden layers of the price model initialised to zeros'),
 'init-symmetry.zeros-sigmoid-dye': (None, S, [], 'sigmoid hidden layer and output both zero-initialised: the 12 hidden units stay identical'),
 'init-symmetry.zeros-fleece-all': (None, S, [], 'every layer of the fleece grader initialised to zeros'),
 'init-symmetry.constant-everywhere-grade': (None, S, [], 'constant 0.1 init in every layer of the grade model, so units in each layer stay identical'),
 'init-scale.normal-std-8': (None, S, ['nan-loss', 'exploding-gradient'], 'normal init with std 8 on the hours model'),
 'init-scale.tiny-uniform-deep': (None, S, ['vanishing-gradient'], 'uniform init with limit 1e-5 in a four-layer tanh grade model'),
 'init-scale.tanh-std-20': (None, S, ['saturated-activation'], 'normal init std 20 on a tanh layer of the dye model'),
 'no-nonlinearity.linear-stack-moons': (None, S, [], 'two linear hidden layers on the moons shape'),
 'no-nonlinearity.linear-hidden-fleece': (None, S, [], 'linear hidden layers (activation left out) in the fleece grader'),
 'no-nonlinearity.circles-linear': (None, S, [], 'two linear hidden layers on concentric circles'),
 'lr-out-of-range.zero-rate': (None, S, [], 'learning rate 0 (left from a frozen-weights experiment)'),
 'lr-out-of-range.negative-rate': (None, S, [], 'negative learning rate -0.01'),
 'lr-out-of-range.adam-rate-30': (None, S, ['lr-too-high'], 'Adam with lr 30 (meant 3e-3)'),
 'dead-relu.negative-bias-init': (None, P, [], 'relu layers with bias -6 on standardised inputs'),
 'dead-relu.raw-hours-adam-blast': (None, P, ['lr-too-high'], 'raw restoration features and hours with Adam at 0.5: relu units die in the first steps'),
 'dead-relu.bias-minus-4-fleece': (None, P, [], 'relu hidden bias -4 in the fleece grader (copied from a sparse-activation recipe)'),
 'dead-relu.sgd-rate-kills-units': ('nan-loss', P, ['lr-too-high'], 'plain SGD at 0.6 on the hours model; written as dead relu, it diverged to NaN in the first epoch'),
 'exploding-gradient.raw-price-sgd': ('nan-loss', P, ['exploding-gradient'], 'price in raw euros (up to tens of thousands) with SGD 0.001 and no target normalisation; NaN in the first epoch'),
 'exploding-gradient.raw-features-sgd': (None, P, ['dead-relu', 'nan-loss'], 'raw restoration features (moth holes to 400, age to 700) with momentum SGD'),
 'nan-loss.raw-price-sgd-big-rate': ('exploding-gradient', P, ['nan-loss', 'dead-relu'], 'raw features and raw euro prices with SGD 0.05; written as NaN, the loss reached 4e40 and the gradients 5e19 without going NaN'),
 'nan-loss.raw-hours-momentum': ('exploding-gradient', P, ['nan-loss', 'dead-relu'], 'raw features and raw hours with SGD 0.1 momentum 0.95 batch 8; loss 9e15, gradient 8e7, no NaN'),
 'nan-loss.huge-std-tanh-softmax': (None, P, ['init-scale'], 'normal init std 1e6 on raw fleece readings'),
 'vanishing-gradient.deep-sigmoid-tower': (None, P, [], 'seven sigmoid hidden layers with plain SGD on the dye lots'),
 'vanishing-gradient.sigmoid-ten-layers-moons': (None, P, [], 'ten sigmoid hidden layers of 8 units on moons'),
 'vanishing-gradient.sigmoid-eight-treatment': (None, P, [], 'eight sigmoid hidden layers for the treatment classes'),
 'lr-too-high.adam-0.3-fleece': (None, P, ['dead-relu'], 'Adam at 0.3 on the fleece grader'),
 'lr-too-high.nesterov-1.5-treatment': (None, P, ['oscillating-loss'], 'Nesterov SGD at 1.5 with momentum 0.9 on the treatment classes'),
 'lr-too-high.adam-0.1-hours': (None, T, ['oscillating-loss', 'dead-relu'], 'Adam at 0.1 on the hours model: spikes and a dying second layer'),
 'lr-too-high.rmsprop-0.2-price': ('oscillating-loss', T, ['lr-too-high'], 'RMSprop at 0.2 on the price model; the loss swings between 0.14 and 0.9 of the baseline to the end'),
 'oscillating-loss.adam-0.03-batch1-hours': (None, T, ['lr-too-high'], 'Adam 0.03 with batch size 1 on the hours model: the loss bounces 0.14-0.33 and never settles'),
 'oscillating-loss.batch1-sgd-momentum': ('nan-loss', P, ['lr-too-high'], 'SGD 0.05 momentum 0.95 with batch size 1; written as oscillating, it went NaN in the first epoch'),
 'oscillating-loss.sgd-momentum-batch4-grade': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'SGD 0.3 momentum 0.95 batch 4 on rug grades; written as oscillating, it diverged and went NaN at epoch 12'),
 'lr-too-low.sgd-1e-5-price': (None, P, [], 'plain SGD at 1e-5 on the price model'),
 'lr-too-low.adam-1e-6-fleece': (None, P, [], 'Adam at 1e-6 on the fleece grader'),
 'lr-too-low.rmsprop-2e-6-dye': (None, P, [], 'RMSprop at 2e-6 on the dye lots'),
 'lr-too-low.momentum-1e-5-hours': (None, P, [], 'momentum SGD at 1e-5 on the hours model: still creeping down after 200 epochs'),
 'saturated-activation.sigmoid-raw-knots': (None, P, [], 'sigmoid hidden layer on raw rug features (knots up to 900 per sq in)'),
 'saturated-activation.tanh-raw-dye': (None, P, [], 'tanh layers on raw dye-bath readings (temperature ~82, minutes ~70)'),
 'saturated-activation.sigmoid-bias-8': (None, P, [], 'sigmoid hidden layer with bias 8'),
 'loss-plateau.weight-decay-one': (None, T, [], 'Adam with weightDecay 1 (meant 1e-4) on the fleece grader'),
 'loss-plateau.dropout-0.9-price': (None, T, [], 'dropout 0.95 after a 16-unit layer of the price model (file says 0.9, spec has 0.95)'),
 'loss-plateau.relu-bottleneck-one-unit': (None, T, [], 'a 1-unit relu bottleneck in the middle of a spirals classifier'),
}
H = {
 'ok.price-adam-relu': 'rugs.csv price, standard/standard, [32 relu, 16 relu, 1 linear], mse, adam 0.003, batch 32',
 'ok.price-sgd-momentum-elu': 'rugs.csv price, [24 elu, 1], mse, sgd momentum 0.9 lr 0.01',
 'ok.price-rmsprop-minmax': 'rugs.csv price, minmax features and target, [32 tanh, 1], rmsprop 0.002, batch 16',
 'ok.price-nesterov-batchnorm': 'rugs.csv price, batchNorm relu layers, nesterov sgd 0.02',
 'ok.price-fullbatch-adam': 'rugs.csv price, [16 leaky_relu, 1], adam 0.02, full batch 400, 400 epochs',
 'ok.price-small-features': 'rugs.csv price on 4 features, weight decay 1e-4, validationSplit 0.2, batch 16',
 'ok.price-log-knots-he-normal-sgd-wd': 'rugs.csv price, [48 relu he_normal, 1], sgd momentum 0.8, weight decay 1e-4, batch 64',
 'ok.grade-adam-cce': 'rugs.csv grade (3 classes, heirloom rare), [32 relu, 3 softmax], cce, adam 0.005',
 'ok.grade-sgd-tanh': 'rugs.csv grade, [24 tanh, 12 tanh, 3 softmax], sgd momentum 0.9 lr 0.1',
 'ok.grade-dropout-valsplit': 'rugs.csv grade, dropout 0.2, validationSplit 0.2, adam 0.003',
 'ok.grade-rmsprop-batch8-leaky': 'rugs.csv grade, leaky_relu, rmsprop 0.001, batch 8',
 'ok.hours-adam': 'restoration.csv hours, standard/standard, [32 relu, 16 relu, 1], adam 0.003',
 'ok.hours-rmsprop-elu': 'restoration.csv hours, [24 elu, 1], rmsprop 0.001, batch 16',
 'ok.hours-sgd-clipnorm': 'restoration.csv hours, sgd momentum 0.9 lr 0.05 with clipNorm 1',
 'ok.hours-batch1-sgd': 'restoration.csv hours, [16 tanh, 1], plain sgd 0.002, batch size 1, 60 epochs',
 'ok.hours-deep-leaky': 'restoration.csv hours, four leaky_relu layers, adam 0.001',
 'ok.treatment-adam': 'restoration.csv treatment (3 classes, reweave rare), [24 relu, 3 softmax], adam 0.005',
 'ok.treatment-rmsprop-batchnorm': 'restoration.csv treatment, batchNorm relu layer, rmsprop 0.002',
 'ok.treatment-nesterov-elu': 'restoration.csv treatment, [24 elu, 12 elu, 3 softmax], nesterov sgd 0.05, batch 16',
 'ok.treatment-fullbatch-sgd-tanh': 'restoration.csv treatment, [16 tanh, 3 softmax], sgd momentum 0.9 lr 0.5, full batch 360',
 'ok.dye-adam': 'dyelots.csv (semicolons, decimal commas) colourfast 0/1, [16 relu, 1 sigmoid], bce, adam 0.003',
 'ok.dye-sgd-plain-tanh': 'dyelots.csv, [12 tanh, 1 sigmoid], plain sgd 0.1, batch 16',
 'ok.dye-rmsprop-deep': 'dyelots.csv, [32, 16, 8 relu, 1 sigmoid], rmsprop 0.001',
 'ok.dye-logistic-fullbatch': 'dyelots.csv, logistic regression (one sigmoid unit), sgd 0.5, full batch 340',
 'ok.dye-minmax-elu-wd': 'dyelots.csv minmax, [24 elu, 1 sigmoid], adam 0.005 weight decay 1e-3',
 'ok.dye-batch1-momentum': 'dyelots.csv, [8 relu, 1 sigmoid], sgd momentum 0.9 lr 0.003, batch size 1',
 'ok.fleece-adam': 'fleece-lab.csv (tab-separated) grade (reject rare), [32 relu, 3 softmax], adam 0.005',
 'ok.fleece-sgd-sigmoid-hidden': 'fleece-lab.csv, [16 sigmoid, 3 softmax], sgd momentum 0.9 lr 0.3',
 'ok.fleece-rmsprop-dropout': 'fleece-lab.csv, dropout 0.3, validationSplit 0.15, rmsprop 0.002',
 'ok.fleece-lecun-tanh-deep': 'fleece-lab.csv, three tanh layers lecun_normal, adam 0.002',
 'ok.iris-sgd': 'builtin iris standard, [8 relu, 3 softmax], sgd momentum 0.9 lr 0.1',
 'ok.moons-adam-he-uniform': 'builtin moons, two relu he_uniform layers, adam 0.01',
 'ok.circles-tanh-rmsprop': 'builtin circles, [16 tanh, 1 sigmoid], rmsprop 0.01',
 'ok.spirals-wide-adam': 'builtin spirals 3 classes, [64 relu, 64 relu], adam 0.005, 400 epochs',
 'ok.blobs-four-sgd': 'builtin blobs 4 classes, [8 relu, 4 softmax], plain sgd 0.05',
 'ok.sine-tanh-adam': 'builtin sine regression, [32 tanh, 32 tanh, 1], adam 0.005',
 'ok.xor-small-elu': 'builtin xor, [8 elu xavier_normal, 1 sigmoid], adam 0.02',
 'ok.inline-loom-tension': 'inline 12-row loom tension table, standard/standard, [4 relu, 1], adam 0.01, batch 4',
 'ok.inline-moth-labels': 'inline 12-row moth inspection table with string labels, [4 tanh, 1 sigmoid], bce, sgd 0.3 full batch',
}
D = {
 'shape-mismatch.bce-two-units': 'bce with 2 sigmoid outputs on a 0/1 target: the engine accepted and trained it (0.57 of baseline), so its fault is not shown',
 'init-symmetry.constant-tanh': 'constant 0.2 in the hidden layer only: the output layer\'s random init broke the symmetry and it trained to 0.03 of baseline',
 'exploding-gradient.deep-std1': 'normal std 1 in four relu layers: gradients peaked at 30 only and it trained to 0.00 of baseline',
 'vanishing-gradient.deep-tanh-small-init': 'five tanh layers with std 0.05: trained to 0.26 of baseline, gradients did not vanish',
 'lr-too-high.sgd-rate-3-dye': 'SGD at 3 on the dye lots trained steadily to 0.34 of baseline, as well as the healthy specs',
 'lr-too-high.sgd-momentum-0.8-dye': 'SGD 0.8 momentum 0.9 trained to 0.09 of baseline, noisy but not a fault',
 'oscillating-loss.adam-0.05-batch2': 'noisy but descending to 0.54 of baseline, about what healthy dye specs reach: borderline',
 'oscillating-loss.rmsprop-batch4-fleece': 'swings while descending to 0.04 of baseline: borderline between noisy and oscillating',
 'loss-plateau.weight-decay-half-price': 'weight decay 0.5 still reached 0.14 of baseline: not a clear plateau',
 'ok.hours-two-targets': 'two targets, damage_pct not predictable from its features: ended at 0.69 of baseline, not clearly healthy',
}

for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, sub), exist_ok=True)
cand = os.path.join(HERE, 'candidates')
names = sorted(f[:-8] for f in os.listdir(cand) if f.endswith('.nn.json'))
assert set(names) == set(F) | set(H) | set(D), (set(names) ^ (set(F) | set(H) | set(D)))

def observed(name):
    line = obs[name]
    return re.sub(r'^\s*', '', line)

faults, healthy = [], []
for name in names:
    src = os.path.join(cand, name + '.nn.json')
    if name in F:
        new, stage, extra, text = F[name]
        code = new or name.split('.')[0]
        newname = code + name[len(name.split('.')[0]):] if new else name
        shutil.move(src, os.path.join(HERE, 'faulty', newname + '.nn.json'))
        catches = [code] + [c for c in extra if c != code]
        faults.append({'file': f'faulty/{newname}.nn.json', 'code': code, 'fault': f'{text} (observe: {observed(name)})', 'stage': stage, 'catches': catches})
    elif name in H:
        shutil.move(src, os.path.join(HERE, 'healthy', name + '.nn.json'))
        healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{H[name]} (observe: {observed(name)})'})
    else:
        shutil.move(src, os.path.join(HERE, 'dropped', name + '.nn.json'))
os.rmdir(cand)

about = ('Set blind250 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
         'Theme: rug weavers and tapestry restorers. Data from data/generate.ts (seeds 250, 2501-2503): rugs.csv (400 finished rugs: skewed knots and area, collinear weaver_days, a loom number with no effect, price in raw euros, grade with a rare heirloom class, id and date text columns), '
         'restoration.csv (360 tapestry jobs: hours in raw units, treatment with a rare reweave class, job id and date text columns), dyelots.csv (semicolons and decimal commas, colourfast 0/1) and dyelots-gaps.csv (the same with NA and empty cells), fleece-lab.csv (tab-separated, 3 grades, reject rare), plus builtins and two inline tables. '
         '"stage" is the writer\'s expectation of the earliest stage that could catch the fault; "catches" its own code first plus codes whose advice would fix it. Every fault and covers text ends with the bare-engine result of test/faults/observe.ts --summary (observed.txt; --curve in observed-curves.txt). Dropped candidates are in dropped/ with reasons in README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=2)
open(os.path.join(HERE, 'manifest.json'), 'a').write('\n')
from collections import Counter
print(len(faults), 'faults', Counter(f['code'] for f in faults), Counter(f['stage'] for f in faults))
print(len(healthy), 'healthy', len(D), 'dropped')
