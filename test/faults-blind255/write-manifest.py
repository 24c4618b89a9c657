#!/usr/bin/env python3
"""Verdicts of blind255: files candidates/ into faulty/, healthy/ and dropped/ and writes manifest.json.
Run from test/faults-blind255: python3 write-manifest.py"""
import json, os, re, shutil

here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)

obs = {}
for line in open('observed.txt'):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(\.nn\.json)?[: ]', line)
    if m and not line.startswith('npm'):
        obs.setdefault(m.group(1), line)

S, P, TR = 'static', 'probe', 'training'
# name -> (code, stage, catches, fault text); a code different from the name's prefix is a re-filing
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer "adamw" copied from a PyTorch training script; the format knows sgd, adam, rmsprop'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'loss written with its Keras name "categorical_crossentropy" instead of "cce"'),
 'invalid-spec.glorot-init': ('invalid-spec', S, [], 'init "glorot_uniform" (Keras name) instead of "xavier_uniform"'),
 'invalid-spec.dropout-percent': ('invalid-spec', S, [], 'dropout rate written as a percentage (20) instead of a fraction (0.2)'),
 'data-error.missing-file-typo': ('data-error', S, [], 'data path typo: mill_batch.csv for mill_batches.csv'),
 'data-error.target-column-renamed': ('data-error', S, [], 'target "quality_grade" from last season\'s lab template; this file\'s column is "grade"'),
 'data-error.lot-code-as-feature': ('data-error', S, [], 'the text lot code (L-37-2024) listed among the numeric features'),
 'data-error.lab-gaps-na': ('data-error', S, [], 'the lab export with NA, n/d and empty cells where analyses were not run'),
 'data-error.path-outside-workspace': ('data-error', S, [], 'data path pointing at the mill\'s network share, outside the workspace'),
 'shape-mismatch.grades-two-units': ('shape-mismatch', S, [], 'output of 2 softmax units (extra virgin vs the rest) while the grade column has 3 classes (lampante is rare but present)'),
 'shape-mismatch.tree-three-outputs': ('shape-mismatch', S, [], '3 output units for a single kg_olives target (left over from a three-target draft)'),
 'shape-mismatch.mill-two-targets-one-unit': ('shape-mismatch', S, [], 'two targets (oil_kg, yield_pct) but a single output unit'),
 'oscillating-loss.sgd-fullbatch-edge': ('shape-mismatch', S, [], 'written as a full-batch SGD run, but the last layer is the 8-unit hidden layer: the output layer was never added, so 8 outputs face one yield_pct target'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'bce with a linear output unit (the sigmoid was forgotten) on the fly-infestation label'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, [], 'cce on three independent sigmoid outputs instead of softmax: the loss falls towards 0 by pushing every output to 1 while accuracy stays poor'),
 'loss-activation-mismatch.softmax-mse-yield': ('loss-activation-mismatch', S, [], 'one softmax output unit for the yield regression: it always outputs 1'),
 'loss-activation-mismatch.sigmoid-head-raw-kg': ('loss-activation-mismatch', S, [], 'sigmoid output for kg of olives per tree (raw, 1..120 kg): the head cannot exceed 1'),
 'loss-activation-mismatch.tanh-head-raw-yield': ('loss-activation-mismatch', S, [], 'tanh output for the raw yield percentage (6..28 %): the head cannot exceed 1'),
 'init-symmetry.zeros-hidden': ('init-symmetry', S, [], 'zeros init on a 16-unit tanh layer and the output: every unit stays identical and the gradients are zero'),
 'init-symmetry.constant-relu': ('init-symmetry', S, [], 'constant 0.1 init on two relu layers (24 and 12 units): the units of each layer stay copies of one another'),
 'init-symmetry.zeros-two-layers-mill': ('init-symmetry', S, [], 'zeros init on two elu layers of 32 and 16 units'),
 'init-scale.normal-std-5': ('init-scale', S, ['saturated-activation'], 'normal init with std 5 on two tanh layers (meant 0.05)'),
 'init-scale.uniform-limit-8': ('init-scale', S, [], 'uniform init with limit 8 on relu layers of 32 and 16 units: first loss in the hundreds'),
 'init-scale.tiny-std-deep': ('init-scale', S, ['vanishing-gradient'], 'normal init with std 1e-4 on three tanh layers and the output: the signal and its gradients vanish'),
 'init-scale.sigmoid-std-20': ('init-scale', S, ['saturated-activation'], 'normal init with std 20 on a sigmoid layer: its units start pinned at 0 or 1'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', S, [], 'three hidden layers with no activation (linear default) before a sigmoid, on moons'),
 'no-nonlinearity.linear-hidden-grades': ('no-nonlinearity', S, [], 'hidden layers explicitly "linear" (32, 16) for the oil grade classifier'),
 'no-nonlinearity.linear-circles': ('no-nonlinearity', S, [], 'two linear hidden layers on circles: the model stays a linear boundary'),
 'no-nonlinearity.linear-mill-deep': ('no-nonlinearity', S, [], 'three hidden layers with no activation for the yield regression: a linear regression with extra steps'),
 'lr-out-of-range.zero-lr': ('lr-out-of-range', S, [], 'lr 0 (zeroed while debugging and left in)'),
 'lr-out-of-range.negative-lr': ('lr-out-of-range', S, [], 'negative lr -0.01'),
 'lr-out-of-range.adam-lr-50': ('lr-out-of-range', S, ['lr-too-high'], 'Adam with lr 50 (a typo for 0.005 or a percent)'),
 'lr-out-of-range.rmsprop-1e-9': ('lr-out-of-range', S, ['lr-too-low'], 'RMSprop with lr 1e-9: the weights never move'),
 'dead-relu.negative-bias': ('dead-relu', P, [], 'relu layer with bias -6 on standardized trap data: most units never fire'),
 'dead-relu.bias-minus-3-deep': ('dead-relu', P, [], 'two relu layers with bias -3: the second layer is more than half dead'),
 'dead-relu.raw-features-negative-bias': ('dead-relu', P, [], 'raw mill readings (fruit_kg in thousands, rpm 3000-4000) into a relu layer with bias -50 and a tiny SGD rate: every unit dead from the first steps'),
 'dead-relu.sgd-blowout': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'written as a relu blow-out (SGD 0.6, batch 8), but the loss is NaN within the first epoch'),
 'exploding-gradient.raw-oil-kg-sgd': ('exploding-gradient', P, [], 'oil_kg target in raw kg (variance 7.5e4) with SGD momentum: gradients in the hundreds, then the second relu layer dies and the loss sits at baseline'),
 'exploding-gradient.raw-fruit-kg-features': ('exploding-gradient', P, ['nan-loss'], 'features left unnormalized (fruit_kg, decanter_rpm, water_added_l in the thousands) with SGD 0.01: gradient norm 1.7e6 on the first step, NaN by step 4 (observed-steps.txt)'),
 'exploding-gradient.deep-std1-stack': ('exploding-gradient', P, ['nan-loss', 'init-scale'], 'five relu layers of 32 units with normal std 1 init: gradient norms 4.5e5 on the first step, NaN by step 4 (observed-steps.txt)'),
 'vanishing-gradient.deep-sigmoid-sgd': ('vanishing-gradient', P, [], 'seven sigmoid hidden layers with plain SGD: first-layer gradients around 1e-5'),
 'vanishing-gradient.deep-tanh-small-std': ('vanishing-gradient', P, ['init-scale'], 'five tanh layers with normal std 0.02: first-layer gradients 1e-6..1e-4'),
 'vanishing-gradient.ten-sigmoid-tree': ('vanishing-gradient', P, [], 'ten sigmoid layers of 12 units: first-layer gradients around 1e-6'),
 'vanishing-gradient.sigmoid-uniform-small': ('vanishing-gradient', P, ['init-scale'], 'six sigmoid layers with uniform limit 0.05 init: first-layer gradients around 1e-7'),
 'nan-loss.raw-oil-kg-sgd-high': ('nan-loss', P, ['exploding-gradient'], 'raw oil_kg target and raw features with SGD 0.05'),
 'nan-loss.raw-everything-momentum': ('nan-loss', P, ['exploding-gradient'], 'tree data with no normalization of features or kg target, SGD momentum 0.9'),
 'nan-loss.huge-lr-sgd-deep': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'three relu layers with SGD 0.5 and momentum 0.9'),
 'lr-too-high.nesterov-0.8-mill': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'Nesterov SGD at 0.3 with momentum 0.9 on the yield net: loss 1.7e14 in epoch 1, NaN in epoch 3'),
 'lr-too-high.adam-0.5-grades': ('lr-too-high', P, ['dead-relu'], 'Adam at 0.5: the first epoch jumps to 8.6, the second relu layer dies and the loss bounces at the baseline'),
 'lr-too-high.adam-1-fly-es': ('lr-too-high', P, [], 'Adam at 1 on the semicolon export: first loss 18.9, then bouncing around the baseline'),
 'lr-too-high.rmsprop-0.2-tree': ('lr-too-high', P, ['oscillating-loss'], 'RMSprop at 0.2: first epoch 58, then bouncing between 0.19 and 0.52 where a sane rate reaches 0.06'),
 'oscillating-loss.momentum-0.99-tree': ('lr-too-high', TR, ['exploding-gradient'], 'written as oscillation (SGD 0.05 with momentum 0.99), but the loss falls to 0.73 and then rises without bound to 3e14'),
 'lr-too-low.sgd-1e-5-grades': ('lr-too-low', P, [], 'plain SGD at 1e-5 on the grade classifier'),
 'lr-too-low.adam-1e-6-tree': ('lr-too-low', P, [], 'Adam at 1e-6 (extra zeros)'),
 'lr-too-low.rmsprop-2e-6-fly': ('lr-too-low', P, [], 'RMSprop at 2e-6'),
 'lr-too-low.momentum-1e-5-mill-fullbatch': ('lr-too-low', P, [], 'SGD 1e-5, momentum 0.5, full batch: 150 steps in all'),
 'saturated-activation.sigmoid-raw-features': ('saturated-activation', P, [], 'sigmoid layer on raw mill readings (thousands of kg, rpm): 99% of outputs at 0 or 1'),
 'saturated-activation.tanh-raw-fly': ('saturated-activation', P, [], 'tanh layers on raw trap data (altitude in m, distance in m): first layer saturated'),
 'saturated-activation.sigmoid-bias-8': ('saturated-activation', P, [], 'sigmoid layer with bias 8: every unit pinned at 1'),
 'saturated-activation.tanh-raw-tree': ('saturated-activation', P, [], 'tanh layer on raw tree data (irrigation in m3 up to 3500): all outputs at +-1'),
 'loss-plateau.heavy-weight-decay': ('loss-plateau', TR, [], 'weight decay 5 (meant 5e-4) with Adam: the loss dips to 0.80, then climbs back and stays at the baseline'),
 'loss-plateau.sigmoid-deep-xor': ('loss-plateau', TR, ['vanishing-gradient'], 'three sigmoid layers of 8 with SGD 0.05 on xor: the loss sits at ln 2 for 150 epochs'),
 'loss-plateau.tiny-init-circles-sgd': ('loss-plateau', TR, ['init-scale'], 'std 0.001 init with SGD 0.05 on circles: stuck at the saddle, loss ln 2 for 150 epochs'),
 'oscillating-loss.rmsprop-0.03-batch2': ('oscillating-loss', TR, ['lr-too-high'], 'RMSprop 0.03 on batches of 2: the loss swings between 0.36 and 0.52 in the last 20 epochs'),
 'oscillating-loss.adam-0.1-batch4-grades': ('oscillating-loss', TR, ['lr-too-high'], 'Adam 0.1 on batches of 4: the loss swings between 0.32 and 0.64 and never settles'),
}
H = {
 'ok.fly-adam-relu': 'fly_traps.csv standard, [16 relu, 1 sigmoid], bce, adam 0.003, batch 32',
 'ok.fly-es-semicolon-tanh': 'fly_traps_es.csv (semicolons, decimal commas), [12 tanh, 1 sigmoid], bce, rmsprop 0.002, validation 0.2',
 'ok.fly-minmax-sgd-momentum': 'fly_traps.csv minmax, [24 relu, 12 relu, 1 sigmoid], bce, sgd 0.05 momentum 0.9, batch 16',
 'ok.fly-cce-two-classes': 'fly_traps.csv, [16 elu, 2 softmax], cce on a 0/1 label, adam 0.005, batch 64',
 'ok.fly-dropout-bn': 'fly_traps.csv, [32 relu batchNorm, dropout 0.2, 16 relu, 1 sigmoid], bce, adam 0.002 weightDecay 1e-4, validation 0.15',
 'ok.fly-rmsprop-deep-elu': 'fly_traps.csv, [32, 24, 16 elu, 1 sigmoid], bce, rmsprop 0.0005',
 'ok.grades-adam': 'oil_grades.csv, 3 string classes (lampante rare), [32 relu, 3 softmax], cce, adam 0.003',
 'ok.grades-nesterov-deep': 'oil_grades.csv, [32, 24, 16 relu, 3 softmax], cce, sgd 0.02 nesterov momentum 0.9',
 'ok.grades-rmsprop-leaky': 'oil_grades.csv minmax, [24 leaky_relu, 3 softmax], cce, rmsprop 0.003, batch 16',
 'ok.grades-tanh-bn-clip': 'oil_grades.csv, [24 tanh batchNorm, 12 tanh, 3 softmax], cce, adam 0.003 clipNorm 1, validation 0.2',
 'ok.grades-elu-lecun': 'oil_grades.csv, [20 elu lecun_normal, dropout 0.1, 3 softmax], cce, adam 0.002, batch 8',
 'ok.grades-sgd-plain-wide': 'oil_grades.csv, [64 relu he_uniform, 3 softmax], cce, plain sgd 0.1',
 'ok.mill-yield-adam': 'mill_batches.csv (id and timestamp columns left out), yield_pct standardized, [32 relu, 16 relu, 1], mse, adam 0.002',
 'ok.mill-oil-kg-normtarget': 'mill_batches.csv, raw-kg oil_kg target with normalizeTarget standard, [32 relu, 1], mse, adam 0.003',
 'ok.mill-minmax-target-sgd': 'mill_batches.csv minmax features and target, [24 tanh, 1], mse, sgd 0.1 momentum 0.9',
 'ok.mill-linear-regression': 'mill_batches.csv, a single linear unit (linear regression), mse, sgd 0.05, full batch 480',
 'ok.mill-rmsprop-elu-deep': 'mill_batches.csv, [32, 32, 16 elu, 1], mse, rmsprop 0.001, batch 64',
 'ok.mill-sigmoid-hidden': 'mill_batches.csv, [16 sigmoid, 1], mse, adam 0.01',
 'ok.mill-two-targets': 'mill_batches.csv, two targets (oil_kg, yield_pct) normalized, [32 relu, 2], mse, adam 0.003',
 'ok.mill-clip-wd-sgd': 'mill_batches.csv, [48 relu he_uniform, 1], mse, sgd 0.02 momentum 0.8 weightDecay 1e-4 clipNorm 5, batch 16',
 'ok.mill-batch4-adam': 'mill_batches.csv, [16 relu, 1], mse, adam 0.0005, batch 4',
 'ok.tree-adam-relu': 'tree_harvest.csv (tab-separated), [32 relu, 1], mse, adam 0.003',
 'ok.tree-tanh-nesterov': 'tree_harvest.csv, [16 tanh, 8 tanh, 1], mse, sgd 0.01 nesterov 0.9, batch 16',
 'ok.tree-minmax-rmsprop': 'tree_harvest.csv minmax features and target, [24 leaky_relu, 1], mse, rmsprop 0.002, validation 0.2',
 'ok.tree-bn-deep': 'tree_harvest.csv, [32 relu bn, 32 relu bn, 16 relu, 1], mse, adam 0.001',
 'ok.tree-wide-dropout': 'tree_harvest.csv, [128 relu, dropout 0.3, 1], mse, adam 0.001',
 'ok.tree-fullbatch-adam': 'tree_harvest.csv, [24 elu, 1], mse, adam 0.02, full batch 360, 300 epochs',
 'ok.tree-small-lr-long': 'tree_harvest.csv, [16 relu, 1], mse, adam 0.0003, batch 16, 400 epochs',
 'ok.tree-xavier-normal-sigmoid': 'tree_harvest.csv, [16 sigmoid xavier_normal, 1], mse, rmsprop 0.005',
 'ok.moons-relu': 'builtin moons 300 noise 0.15, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.circles-tanh-sgd': 'builtin circles, [16 tanh, 1 sigmoid], bce, sgd 0.3 momentum 0.9, batch 16 (the output saturates only because it is confident)',
 'ok.spirals-deep-adam': 'builtin spirals 3 classes, [64, 64, 32 relu, 3 softmax], cce, adam 0.005, 300 epochs',
 'ok.iris-rmsprop': 'builtin iris standard, [8 relu, 3 softmax], cce, rmsprop 0.01',
 'ok.xor-sigmoid-hidden': 'builtin xor, [8 tanh, 1 sigmoid], bce, adam 0.02',
 'ok.sine-tanh': 'builtin sine, [32 tanh, 32 tanh, 1], mse, adam 0.005',
 'ok.blobs-four': 'builtin blobs 4 classes, [8 relu, 4 softmax], cce, plain sgd 0.05',
 'ok.inline-malax-temp': 'inline table: malaxation temperature vs extraction efficiency (16 rows, peaked), [8 tanh, 1], mse, adam 0.02, batch 4',
 'ok.inline-fly-labels': 'inline table with string labels clean/infested (12 rows), [6 tanh, 1 sigmoid], bce, adam 0.02, full batch',
}
D = {
 'invalid-spec.validation-split-percent': 'a fine invalid-spec (validationSplit 20), dropped to keep the set within 65 faults: it repeats the percent-for-fraction slip of dropout-percent',
 'data-error.timestamp-feature': 'a fine data-error (timestamp text as a feature), dropped for size: it repeats lot-code-as-feature',
 'shape-mismatch.grades-four-classes': 'a fine shape-mismatch, dropped for size: it repeats grades-two-units',
 'shape-mismatch.fly-two-sigmoid': 'bce with 2 sigmoid outputs on a 0/1 column trained as well as the healthy fly specs (last/base 0.54): no fault to measure',
 'init-symmetry.constant-tanh-tree': 'constant 0.05 init reached last/base 0.11, close to the healthy tree specs (0.05-0.09): the harm is too small, borderline',
 'exploding-gradient.raw-tree-target-momentum': 'raw kg target with Nesterov SGD trained to last/base 0.05 with gradient norms under 70: nothing exploded',
 'nan-loss.raw-mill-rmsprop-linear': 'a fine nan-loss (NaN in epoch 1), dropped for size (and its name says rmsprop but it is sgd)',
 'lr-too-high.sgd-3-fly': 'SGD at 3 on the trap data trained better than the healthy fly specs (last/base 0.43): not a fault',
 'loss-plateau.narrow-relu-grades-dying': 'the loss falls steadily to last/base 0.61 and was still falling: not a plateau, more slow learning; borderline',
 'oscillating-loss.adam-0.05-batch1': 'swings of only about 0.03 around 0.49 (4% of the baseline): too small to call oscillation',
 'oscillating-loss.rmsprop-0.05-batch1-tree': 'swings 0.20-0.29 while ending at last/base 0.22: borderline oscillation, not clearly worse than healthy',
 'oscillating-loss.sgd-momentum-batch2-mill': 'NaN in epoch 1 (a nan-loss), dropped: nan-loss already has enough',
 'ok.fly-logistic': 'plain logistic regression ended at last/base 0.72, near the 0.8 line and well above the fly nets (0.50-0.60): may look like a plateau',
 'ok.fly-batch1-sgd': 'ended at last/base 0.64 after 30 epochs, behind the other fly specs: borderline healthy',
 'ok.grades-softmax-only': 'a softmax regression ended at last/base 0.56 against 0.2 for the grade nets: may look like a plateau',
}

for sub in ('faulty', 'healthy', 'dropped'):
    shutil.rmtree(sub, ignore_errors=True)
    os.makedirs(sub)
names = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates') if f.endswith('.nn.json'))
assert set(names) == set(F) | set(H) | set(D), (set(names) ^ (set(F) | set(H) | set(D)))
faults, healthy, dropped = [], [], []
for n in names:
    line = obs[n]
    if n in F:
        code, stage, extra, text = F[n]
        new = n if n.startswith(code + '.') else code + '.' + n.split('.', 1)[1]
        shutil.copy(f'candidates/{n}.nn.json', f'faulty/{new}.nn.json')
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + extra})
    elif n in H:
        shutil.copy(f'candidates/{n}.nn.json', f'healthy/{n}.nn.json')
        healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{H[n]} (observe: {line})'})
    else:
        shutil.copy(f'candidates/{n}.nn.json', f'dropped/{n}.nn.json')
        dropped.append((n, D[n]))
about = ('Fault set blind255 (issue #4), written blind and frozen before the product was run on it; no one tunes on it. '
         'Theme: olive groves and olive-oil mills. "code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that '
         'could catch it, "catches" the codes whose advice would genuinely fix it. Each "fault" and "covers" ends with the bare-engine result of '
         'test/faults/observe.ts --summary (observed.txt); --curve in observed-curves.txt, test/faults/steps.ts in observed-steps.txt. Data: '
         'mill_batches.csv (480 pressing batches, id and timestamp text columns, skewed fruit_kg, water_added_l collinear with fruit_kg and without effect, '
         'oil_kg in raw kg and yield_pct), oil_grades.csv (420 lab analyses, 3 string grades with lampante rare, 6% relabelled) and oil_grades_gaps.csv (NA, n/d, empty cells), '
         'fly_traps.csv (520 weekly trap checks, infested 0/1) and fly_traps_es.csv (the same with semicolons and decimal commas), tree_harvest.csv '
         '(360 trees, tab-separated, kg of olives with alternate bearing), plus builtins and two inline tables. Data by data/generate.ts, specs by '
         'author.ts, this file by write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1, ensure_ascii=False)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), len(healthy), len(dropped))
print(sorted(Counter(f['code'] for f in faults).items()))
print(sorted(Counter(f['stage'] for f in faults).items()))
