#!/usr/bin/env python3
"""Verdicts of fault set blind248: moves candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from the set's folder after observed.txt exists: python3 write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

obs = {}
for line in open('observed.txt'):
    line = line.strip()
    if not line:
        continue
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    obs[m.group(1)] = line

# candidate -> (code it is filed under, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch training script for the die-off model; the engine has sgd, adam, rmsprop'),
 'invalid-spec.swish-activation': ('invalid-spec', 'static', [], 'activation "swish" on the grading net, not an activation the format knows'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written with the Keras name "categorical_crossentropy" instead of "cce"'),
 'invalid-spec.dropout-as-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (20) instead of a fraction (0.2) on the harvest model'),
 'data-error.next-season-file': ('data-error', 'static', [], 'spec points at next season\'s export pens_2024.csv, which has not been written yet'),
 'data-error.weight-typed-with-g': ('data-error', 'static', [], 'hand-kept grading sheet where some live weights were typed with their unit ("7.61g")'),
 'data-error.target-typo': ('data-error', 'static', [], 'target column typed "harvest_kgs"; the column is "harvest_kg"'),
 'data-error.logger-na-markers': ('data-error', 'static', [], 'pen export from the humidity/temperature logger with NA and empty cells where the sensor dropped out'),
 'data-error.shared-drive-path': ('data-error', 'static', [], 'die-off data read from the farm\'s shared drive by a path that leaves the workspace'),
 'shape-mismatch.grades-two-units': ('shape-mismatch', 'static', [], 'grading net given 2 softmax outputs ("good/bad" habit) for 3 grades: extra, standard, reject'),
 'shape-mismatch.caviar-one-output': ('shape-mismatch', 'static', [], 'caviar model with two target columns (egg mass, clutches) but a single output unit'),
 'shape-mismatch.grades-four-units': ('shape-mismatch', 'static', [], 'grading net on the French export with 4 softmax outputs (a fourth "petit" grade the sheet no longer has) for 3 grades'),
 'shape-mismatch.pens-three-outputs': ('shape-mismatch', 'static', [], 'harvest regression with 3 output units left from a multi-target draft; one target column'),
 'loss-activation-mismatch.softmax-harvest-mse': ('loss-activation-mismatch', 'static', [], 'harvest kilos regressed through a 1-unit softmax head under mse: the output is always 1'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'die-off classifier under bce with a linear output instead of sigmoid'),
 'loss-activation-mismatch.relu-head-standardised': ('loss-activation-mismatch', 'static', [], 'relu output head on a standardised harvest target, which is negative for half the pens'),
 'loss-activation-mismatch.tanh-head-raw-kilos': ('loss-activation-mismatch', 'static', [], 'tanh output head (range -1..1) on raw harvest kilos (up to ~400) with no target normalisation'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'zeros init on the 16-unit tanh layer (and the output) of the die-off model'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', 'static', ['dead-relu'], 'zeros init on both relu hidden layers of the harvest model'),
 'init-symmetry.constant-moons': ('init-symmetry', 'static', [], 'constant 0.5 init on two 16-unit tanh layers (moons)'),
 'init-scale.normal-std-8': ('init-scale', 'static', ['saturated-activation'], 'normal init with std 8 on two tanh layers of the die-off model (meant 0.08)'),
 'init-scale.tiny-normal-deep': ('init-scale', 'static', ['vanishing-gradient'], 'normal init std 1e-4 on every layer of a 3-hidden-layer relu grading net'),
 'init-scale.uniform-limit-20': ('init-scale', 'static', ['nan-loss', 'exploding-gradient'], 'uniform init limit 20 on the relu harvest net: the first step overflows'),
 'init-scale.sigmoid-std-5': ('init-scale', 'static', [], 'sigmoid hidden layer initialised with std 5 on circles'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', 'static', [], 'two 32-unit hidden layers with no activation on moons'),
 'no-nonlinearity.circles-forgot-activation': ('no-nonlinearity', 'static', [], 'activation left out of both hidden layers (default linear) on circles'),
 'no-nonlinearity.pens-linear-hidden': ('no-nonlinearity', 'static', [], 'harvest model with two linear hidden layers: yield depends on humidity/temperature optima, which a linear model cannot fit'),
 'lr-out-of-range.zero-rate': ('lr-out-of-range', 'static', [], 'learning rate 0 left from a sweep template'),
 'lr-out-of-range.negative-rate': ('lr-out-of-range', 'static', [], 'negative learning rate -0.01 (sign slip)'),
 'lr-out-of-range.adam-rate-30': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam with lr 30 (meant 3e-3)'),
 'lr-out-of-range.rmsprop-rate-100': ('lr-out-of-range', 'static', ['lr-too-high'], 'rmsprop with lr 100 on the caviar model'),
 'dead-relu.adam-high-rate': ('dead-relu', 'probe', ['lr-too-high'], 'caviar relu net with adam at 0.5: the second layer dies completely and the loss stays at baseline'),
 'dead-relu.bias-minus-3-deep': ('dead-relu', 'probe', [], 'bias -3 on both relu layers of the grading net (copied from a sparse-activation recipe): the second layer is dead from the start'),
 'dead-relu.negative-bias': ('dead-relu', 'probe', [], 'bias -6 on the relu layer of the die-off model: most units never fire'),
 'oscillating-loss.adam-batch-1': ('dead-relu', 'training', ['lr-too-high'], 'adam 0.05 with batch size 1 on the die-off model: 81% of the relu units die and the loss stays well above a healthy run'),
 'exploding-gradient.caviar-raw-breeders': ('exploding-gradient', 'probe', [], 'caviar model on raw breeder counts and raw egg grams (no normalisation): gradients in the thousands'),
 'exploding-gradient.raw-stock-counts': ('exploding-gradient', 'probe', ['nan-loss'], 'harvest net on raw stocked-snail counts (tens of thousands) and raw kilos, sgd 1e-6: gradients ~7e4 and the loss 1e5 times baseline'),
 'nan-loss.raw-pens-sgd': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'harvest net on raw pen features and raw kilos with sgd 0.01: the loss reaches 1e35 and gradients 1e16'),
 'vanishing-gradient.deep-sigmoid': ('vanishing-gradient', 'probe', [], 'seven 16-unit sigmoid layers for the die-off model, plain sgd'),
 'vanishing-gradient.tiny-tanh-stack': ('vanishing-gradient', 'probe', ['init-scale'], 'four tanh layers with std 0.01 init on the grading net'),
 'vanishing-gradient.sigmoid-ten-layers-moons': ('vanishing-gradient', 'probe', [], 'ten sigmoid layers on moons'),
 'nan-loss.raw-caviar-momentum': ('nan-loss', 'probe', ['exploding-gradient'], 'caviar model on raw features and targets with sgd momentum 0.9 lr 0.01: NaN in the first epoch'),
 'nan-loss.linear-huge-rate': ('nan-loss', 'probe', ['lr-too-high'], 'sgd at lr 3 on the harvest model: NaN in the first epoch'),
 'nan-loss.dieoff-raw-leaky': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'die-off model on raw features, sgd 0.5 with momentum, batch 8: NaN in the first epoch'),
 'exploding-gradient.raw-kilos-deep': ('nan-loss', 'probe', ['exploding-gradient'], 'deep relu harvest net on raw kilos (no target normalisation), sgd momentum 0.001: NaN in the first epoch'),
 'lr-too-high.adam-half': ('lr-too-high', 'probe', ['oscillating-loss'], 'adam at 0.5 on the die-off model: the loss bounces between 0.19 and 0.66 and never settles'),
 'lr-too-high.nesterov-grading': ('lr-too-high', 'probe', [], 'Nesterov sgd at lr 2 on the grading net: loss 1.8e4 at first and ~40x baseline at the end'),
 'lr-too-high.rmsprop-pens': ('lr-too-high', 'probe', ['dead-relu'], 'rmsprop 0.2 on the harvest net: first-epoch loss 861, then the second relu layer dies and the loss returns to baseline'),
 'oscillating-loss.momentum-099': ('lr-too-high', 'training', ['exploding-gradient'], 'sgd lr 0.05 with momentum 0.99 on the harvest model: the loss climbs from 0.88 to 5e18'),
 'oscillating-loss.sgd-batch-1-dieoff': ('lr-too-high', 'probe', ['oscillating-loss', 'saturated-activation'], 'sgd 0.3 momentum 0.9 with batch 1 on the die-off model: the loss sits at 7x baseline and swings'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', 'probe', [], 'plain sgd at 1e-5 on the die-off model: the loss moves 0.02 in 100 epochs'),
 'lr-too-low.adam-1e-6': ('lr-too-low', 'probe', [], 'adam at 1e-6 on the grading net: the loss stays twice the baseline'),
 'lr-too-low.rmsprop-1e-6': ('lr-too-low', 'probe', [], 'rmsprop at 1e-6 on the harvest model'),
 'lr-too-low.full-batch-sgd': ('lr-too-low', 'probe', [], 'full-batch plain sgd at 1e-4 on the caviar model: one step per epoch'),
 'saturated-activation.sigmoid-raw-counts': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on raw pen features (stock counts in the tens of thousands): every unit pinned'),
 'saturated-activation.tanh-big-bias': ('saturated-activation', 'probe', [], 'tanh hidden layer with bias 6 on the die-off model'),
 'saturated-activation.tanh-raw-caviar': ('saturated-activation', 'probe', [], 'tanh hidden layer on raw caviar features (breeders ~120) with normalisation off'),
 'loss-plateau.weight-decay-huge': ('loss-plateau', 'training', [], 'adam with weightDecay 3 (meant 3e-4) on the grading net: the loss drifts back to baseline'),
 'loss-plateau.dropout-090': ('loss-plateau', 'training', [], 'dropout 0.9 after each of two 4-unit layers on the die-off model'),
 'loss-plateau.one-unit-bottleneck-spirals': ('loss-plateau', 'training', [], 'a 1-unit relu bottleneck as first layer on 3-class spirals'),
 'loss-plateau.sgd-decay-pens': ('loss-plateau', 'training', [], 'sgd with weightDecay 5 on the harvest model: the weights are held at zero and the loss sits at baseline'),
 'oscillating-loss.rmsprop-batch-2': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop 0.03 with batch 2 on the grading net: the loss swings between 0.49 and 0.66'),
 'oscillating-loss.adam-batch-2-pens': ('oscillating-loss', 'training', ['lr-too-high'], 'adam 0.05 with batch 2 on the harvest model: the loss swings between 0.18 and 0.40'),
 'oscillating-loss.rmsprop-batch-4-caviar': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop 0.05 with batch 4 on the caviar model: the loss bounces around 0.29 (healthy runs reach 0.05-0.07)'),
 'oscillating-loss.adam-batch-4-grading': ('oscillating-loss', 'training', ['lr-too-high'], 'adam 0.1 with batch 4 on the grading net: the loss swings between 0.42 and 1.27'),
}

H = {
 'ok.pens-adam-relu': 'pens.csv standard/standard target, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32',
 'ok.pens-sgd-momentum-tanh': 'pens.csv, [24 tanh, 1], mse, sgd momentum 0.9 lr 0.02',
 'ok.pens-minmax-elu-rmsprop': 'pens.csv minmax features and target, [32 elu, 16 elu, 1], rmsprop 0.002, batch 16',
 'ok.pens-batchnorm-nesterov': 'pens.csv, batch norm on two relu layers, Nesterov sgd 0.01',
 'ok.pens-dropout-val': 'pens.csv, [64 relu, dropout 0.2, 32 relu, 1], adam 0.002, validation 0.2',
 'ok.pens-leaky-clip': 'pens.csv, two leaky_relu layers, adam 0.005 clipNorm 1, batch 64',
 'ok.pens-full-batch-adam': 'pens.csv, [32 tanh, 1], adam 0.02, full batch (380), 400 epochs',
 'ok.pens-sgd-plain-batch8': 'pens.csv, [16 relu, 1], plain sgd 0.01, batch 8',
 'ok.pens-deep-narrow': 'pens.csv, four elu layers 16-12-8-8, adam 0.002',
 'ok.pens-wide-single': 'pens.csv, one 128-unit relu layer, rmsprop 0.0005',
 'ok.pens-lecun-elu-batch4': 'pens.csv, [16 elu lecun_normal, 1], adam 0.001, batch 4',
 'ok.grading-adam-relu': 'grading.csv 3 string grades, [32 relu, 3 softmax], cce, adam 0.005',
 'ok.grading-fr-export-tanh': 'grading-fr.csv (semicolons, decimal commas), [24 tanh, 3 softmax], rmsprop 0.003',
 'ok.grading-sgd-momentum-deep': 'grading.csv, three relu layers, sgd momentum 0.9 lr 0.03',
 'ok.grading-batchnorm-dropout': 'grading.csv, 64 relu with batch norm, dropout 0.3, adam 0.003, validation 0.15',
 'ok.grading-minmax-elu-wd': 'grading.csv minmax, [32 elu, 3 softmax], adam 0.01 weightDecay 1e-4, batch 64',
 'ok.grading-batch1-sgd': 'grading.csv, [12 tanh, 3 softmax], plain sgd 0.005, batch 1, 40 epochs',
 'ok.grading-sigmoid-hidden': 'grading.csv, [24 sigmoid, 3 softmax], adam 0.01',
 'ok.grading-deep-batchnorm-sgd': 'grading.csv, three relu layers with batch norm, sgd momentum 0.9 lr 0.05',
 'ok.grading-he-uniform-leaky-val': 'grading.csv, leaky_relu he_uniform, dropout 0.1, adam 0.002, batch 16, validation 0.25',
 'ok.dieoff-adam-relu': 'dieoff.csv (21% positives), [16 relu, 1 sigmoid], bce, adam 0.003',
 'ok.dieoff-rmsprop-tanh-val': 'dieoff.csv, [16 tanh, 8 tanh, 1 sigmoid], rmsprop 0.002, validation 0.2',
 'ok.dieoff-nesterov-leaky': 'dieoff.csv, [24 leaky_relu, 1 sigmoid], Nesterov sgd 0.05, batch 16',
 'ok.dieoff-batchnorm-elu': 'dieoff.csv, 32 elu with batch norm, 16 elu, adam 0.002 weightDecay 1e-4, batch 64',
 'ok.dieoff-sigmoid-hidden-sgd': 'dieoff.csv, [12 sigmoid, 1 sigmoid], plain sgd 0.5, batch 16',
 'ok.caviar-two-targets-adam': 'caviar.csv two regression targets, [32 relu, 16 relu, 2], adam 0.003',
 'ok.caviar-tanh-sgd-momentum': 'caviar.csv, [24 tanh, 2], sgd momentum 0.9 lr 0.02, batch 16',
 'ok.caviar-elu-rmsprop-clip': 'caviar.csv, two elu layers, rmsprop 0.001 clipNorm 5',
 'ok.caviar-minmax-raw-target-scaled': 'caviar.csv minmax features and targets, [32 relu, 2], adam 0.01',
 'ok.moons-relu-adam': 'moons 300 noise 0.15, two relu layers, adam 0.01',
 'ok.circles-tanh-sgd': 'circles, [16 tanh, 1 sigmoid], sgd momentum 0.9 lr 0.3',
 'ok.spirals-deep-elu': '3-class spirals, [48 elu, 48 elu, 3 softmax], adam 0.01, 300 epochs',
 'ok.blobs-four-classes-softmax-only': '4-class blobs, a single softmax layer (no hidden layer), plain sgd 0.1',
 'ok.iris-rmsprop': 'iris standard, [16 relu, 3 softmax], rmsprop 0.005, batch 16',
 'ok.sine-tanh-adam': 'sine, [32 tanh, 32 tanh, 1], adam 0.005, 300 epochs',
 'ok.xor-sigmoid-sgd': 'xor, [8 tanh, 1 sigmoid], sgd momentum 0.9 lr 0.5, batch 16',
 'ok.inline-shell-weight': 'inline 13-row table shell diameter -> weight, standard/standard, [8 tanh, 1], adam 0.02, full batch',
 'ok.inline-grade-labels': 'inline 12-row table with string grades, [8 relu, 3 softmax], adam 0.02, batch 4',
 'ok.moons-xavier-normal-tanh-rmsprop': 'moons 400 noise 0.2, tanh xavier_normal layers, rmsprop 0.005, batch 64',
}

D = {
 'invalid-spec.validation-split-whole': 'valid invalid-spec, dropped only to keep the set within 65 faults (invalid-spec has 4 others)',
 'data-error.pen-id-as-feature': 'valid data-error (text id and date columns read as features), dropped to keep the set within 65 faults',
 'loss-activation-mismatch.cce-sigmoid-head': 'the engine reports a loss of 4e-4 with accuracy 0.61: the symptom is confusing and the loss number misleading, so dropped as borderline',
 'init-symmetry.constant-hidden': 'constant 0.1 init on 24 sigmoid units still ended at 0.40 of baseline against 0.30-0.36 for healthy grading nets: too close to call',
 'no-nonlinearity.linear-grading-deep': 'linear grading net ended at 0.48 of baseline against 0.30 healthy: a real gap but the grades are nearly linear in the features; dropped to keep 65 faults and as the weakest of its code',
 'vanishing-gradient.deep-sigmoid-pens': 'valid vanishing gradient, dropped to keep the set within 65 faults',
 'dead-relu.sgd-kick': 'meant dead-relu; unnormalised features made it NaN in the first epoch (a nan-loss), dropped to keep 65 faults (nan-loss has 4)',
 'exploding-gradient.deep-wide-init': 'meant exploding; std 0.6 on four 64-unit relu layers trained fine (last/base 0.04, largest gradient 49): not a fault, and not a clean healthy spec either',
 'lr-too-high.sgd-rate-3-moons': 'sgd at lr 8 on moons bounced for 25 epochs then converged to 2e-4: not a fault by the end of the run',
 'oscillating-loss.sgd-full-batch-edge': 'meant oscillating; full-batch sgd 0.9 diverged to infinity by epoch 9 (lr-too-high / nan-loss), dropped to keep 65 faults',
 'saturated-activation.sigmoid-raw-grading': 'first sigmoid layer on raw grading features saturated to 0.61 early but ended at 0.24 and the loss at 0.53 of baseline: borderline',
 'ok.caviar-linear-regression': 'a linear model on the caviar data ends at 0.42 of baseline while small nets reach 0.05-0.07: not as good as reasonable alternatives',
 'ok.pens-gaps-skipped-columns': 'avoids the gaps by dropping humidity, temperature, feed and rain; ends at 0.37 of baseline against 0.01-0.08 with all features: not healthy by the rule',
 'ok.dieoff-full-batch-rmsprop': 'ends at 0.55 of baseline against 0.36-0.49 for the other die-off nets: borderline',
 'ok.dieoff-logistic-only': 'logistic regression ends at 0.55 of baseline against 0.36-0.49 for small nets: borderline',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates') if f.endswith('.nn.json'))
covered = set(F) | set(H) | set(D)
missing = [c for c in cands if c not in covered]
extra = [c for c in covered if c not in cands]
assert not missing and not extra, (missing, extra)

for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)

faults, healthy, dropped = [], [], []
for c in cands:
    src = f'candidates/{c}.nn.json'
    if c in F:
        code, stage, more, text = F[c]
        slug = c.split('.', 1)[1]
        name = f'{code}.{slug}.nn.json'
        shutil.move(src, f'faulty/{name}')
        faults.append({'file': f'faulty/{name}', 'code': code, 'fault': f'{text} (observe: {obs[c]})', 'stage': stage, 'catches': [code] + [m for m in more if m != code]})
    elif c in H:
        shutil.move(src, f'healthy/{c}.nn.json')
        healthy.append({'file': f'healthy/{c}.nn.json', 'covers': f'{H[c]} (observe: {obs[c]})'})
    else:
        shutil.move(src, f'dropped/{c}.nn.json')
        dropped.append((c, D[c]))
os.rmdir('candidates')

about = ('Fault set blind248 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
         '"code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it (static, probe, training), '
         '"catches" the codes whose advice would genuinely fix it. Each "fault" (and each healthy "covers") ends with the line test/faults/observe.ts --summary printed for it on the bare engine '
         '(observed.txt; --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates in observed-curves.txt); no diagnosis code involved. '
         'Theme: snail farms and escargot producers. Data (data/generate.ts, seeds 248, 2481-2485): pens.csv (380 pen-seasons, pen id and date text columns, 8 numeric features on natural scales incl. stocked snail counts in the tens of thousands, collinear area/stock/density, skewed feed and rain, calcium with no effect; target harvest_kg), '
         'pens-gaps.csv (the same with NA/empty logger gaps), grading.csv (420 snails, 6 features, 3 string grades, extra the rarest, 5% relabelled), grading-fr.csv (semicolons, decimal commas), grading-notes.csv (weights typed with "g"), '
         'dieoff.csv (460 weekly checks, 6 features incl. a collinear slime index, 21% die-off), caviar.csv (300 breeding boxes, 2 targets: egg mass g and clutches), plus builtins and two inline tables. '
         'Specs by author.ts; verdicts and this manifest by write-manifest.py. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1, ensure_ascii=False)
open('manifest.json', 'a').write('\n')

from collections import Counter
print('faults', len(faults), dict(Counter(f['code'] for f in faults)))
print('stages', dict(Counter(f['stage'] for f in faults)))
print('healthy', len(healthy), 'dropped', len(dropped))
for c, r in dropped:
    print('DROPPED', c, '--', r)
