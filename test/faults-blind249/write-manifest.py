#!/usr/bin/env python3
"""Verdicts of set blind249: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind249 after observed.txt exists: python3 write-manifest.py"""
import json, os, shutil

obs = {}
for line in open('observed.txt'):
    line = line.strip()
    name = line.split(':')[0].replace('.nn.json', '').split(' ')[0]
    obs[name] = line

# candidate -> (code, stage, catches, fault text)
F = {
 'invalid-spec.relu-capitalised': ('invalid-spec', 'static', [], 'activation written "ReLU" (PyTorch class-name habit) on the hidden layers of the vanilla grading net'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written "binary_crossentropy" (Keras name) for the pod-set classifier'),
 'invalid-spec.glorot-init': ('invalid-spec', 'static', [], 'init "glorot_uniform" (Keras name for xavier_uniform) on the saffron ISO-category net'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (30) on the vanilla price regression'),
 'data-error.missing-2024-export': ('data-error', 'static', [], 'spec points at saffron_plots_2024.csv, an export that was never saved to data/'),
 'data-error.target-column-renamed': ('data-error', 'static', [], 'target "yield_kg" while the export calls it "yield_kg_ha"'),
 'data-error.na-markers-in-gaps-copy': ('data-error', 'static', [], 'trains on the field copy saffron_plots_gaps.csv with NA, n/a and empty readings'),
 'data-error.path-outside-workspace': ('data-error', 'static', [], 'csv path climbs out of the workspace to a shared cooperative folder'),
 'shape-mismatch.grade-two-units': ('shape-mismatch', 'static', [], 'vanilla grade has 3 classes (gourmet, extract, reject) but the softmax head has 2 units'),
 'shape-mismatch.iso-category-four-units': ('shape-mismatch', 'static', [], 'ISO 3632 category has 3 classes (I, II, III) but the head has 4 units'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'two regression targets (yield and lot value) with a 1-unit head'),
 'shape-mismatch.yield-three-units': ('shape-mismatch', 'static', [], 'single yield target with a 3-unit linear head'),
 'loss-activation-mismatch.grade-sigmoid-head-cce': ('loss-activation-mismatch', 'static', [], 'cce on the 3 vanilla grades with a sigmoid head instead of softmax: the loss falls to ~0 while accuracy stays 0.64'),
 'loss-activation-mismatch.pod-set-linear-head-bce': ('loss-activation-mismatch', 'static', [], 'bce on pod set with a linear (no sigmoid) output unit'),
 'loss-activation-mismatch.yield-tanh-head-raw': ('loss-activation-mismatch', 'static', [], 'tanh output for yield in raw kg/ha (4-15): the head cannot reach the targets'),
 'loss-activation-mismatch.price-relu-head-standardised': ('loss-activation-mismatch', 'static', [], 'relu output on a standardised price target: the half of the lots below the mean price are unreachable'),
 'init-symmetry.zeros-hidden-relu': ('init-symmetry', 'static', [], 'zeros init on a 24-unit relu layer of the yield regression: every unit identical and dead'),
 'init-symmetry.constant-tanh-grade': ('init-symmetry', 'static', [], 'constant 0.1 init on the 16-unit tanh layer and the head of the grading net: the units never differ'),
 'init-symmetry.zeros-both-layers-moons': ('init-symmetry', 'static', [], 'zeros init on two 16-unit tanh layers (moons): no gradient reaches the first layer'),
 'init-scale.normal-std-5-tanh': ('init-scale', 'static', ['saturated-activation'], 'normal init with std 5 on a 32-unit tanh layer over standardised bean features: most units pinned at +-1'),
 'init-scale.uniform-tiny-deep': ('init-scale', 'static', ['vanishing-gradient'], 'uniform init limit 1e-4 on every layer of a 3x32 relu net: the signal and gradients vanish'),
 'init-scale.normal-std-20-relu-regression': ('init-scale', 'static', ['exploding-gradient', 'dead-relu'], 'normal init with std 20 on two relu layers: first loss ~1e26, then the second layer dies'),
 'init-scale.normal-std-1e-5-sigmoid': ('init-scale', 'static', ['vanishing-gradient'], 'normal init with std 1e-5 on a sigmoid net for circles: stays at the baseline'),
 'no-nonlinearity.linear-stack-circles': ('no-nonlinearity', 'static', [], 'two explicit linear hidden layers on circles: no better than a line'),
 'no-nonlinearity.activation-omitted-pollination': ('no-nonlinearity', 'static', [], 'activation left out of both hidden layers (defaults to linear) on pod set, whose temperature effect is quadratic'),
 'no-nonlinearity.linear-hidden-spirals': ('no-nonlinearity', 'static', [], 'linear 64 and 32 unit hidden layers on 3-class spirals'),
 'lr-out-of-range.zero-rate': ('lr-out-of-range', 'static', [], 'adam lr 0 left from a sweep template'),
 'lr-out-of-range.negative-rate': ('lr-out-of-range', 'static', [], 'sgd lr -0.01 (sign typo)'),
 'lr-out-of-range.adam-rate-30': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 30 (meant 3e-3)'),
 'lr-out-of-range.sgd-rate-500': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 500 on the yield regression'),
 'dead-relu.negative-bias-init': ('dead-relu', 'probe', [], 'relu layer with bias initialised to -6 over standardised saffron features: 97% of units never fire'),
 'dead-relu.bias-minus-three-grade': ('dead-relu', 'probe', [], 'two relu layers with bias -4 on the grading net: the second layer is all dead, the loss stays at baseline'),
 'dead-relu.minmax-inputs-negative-bias': ('dead-relu', 'probe', [], 'relu layer with bias -3 over minmax inputs in [0,1]: every unit dead'),
 'loss-plateau.one-unit-bottleneck-spirals': ('dead-relu', 'probe', ['loss-plateau'], 'a single relu unit as bottleneck between 64 relu units and the softmax on spirals: the unit dies and the loss stays at baseline (re-filed from loss-plateau)'),
 'exploding-gradient.raw-price-target-adam': ('exploding-gradient', 'probe', [], 'vanilla price in raw USD/kg as mse target with raw features: gradient norms up to 2e5, stuck at 0.78 of baseline'),
 'exploding-gradient.raw-lot-value-clipped-sgd': ('exploding-gradient', 'probe', [], 'lot value in raw USD (tens of thousands) as target, clipNorm 10 hiding the gradient norms of ~1e7: loss stays above baseline'),
 'exploding-gradient.raw-yield-features-adam-deep': ('exploding-gradient', 'probe', [], 'raw altitude (m) and rain (mm) into a 3x32 relu net: gradient norms up to 8e5, loss ends at 0.77 of baseline'),
 'nan-loss.raw-lot-value-sgd': ('exploding-gradient', 'probe', [], 'raw features and raw lot value target under sgd 0.01: gradients of 1e9-1e13, the loss sits at 1e18 without reaching NaN (re-filed from nan-loss)'),
 'vanishing-gradient.deep-sigmoid-stack': ('vanishing-gradient', 'probe', [], 'seven 16-unit sigmoid layers with plain sgd on grades: first-layer gradient ~1e-5'),
 'vanishing-gradient.sigmoid-ten-layers-pollination': ('vanishing-gradient', 'probe', [], 'ten 12-unit sigmoid layers on pod set: first-layer gradient ~1e-6'),
 'vanishing-gradient.deep-sigmoid-xavier-moons': ('vanishing-gradient', 'probe', [], 'eight sigmoid layers (xavier_normal) on moons with momentum sgd: first-layer gradient ~1e-6'),
 'nan-loss.linear-net-value-batch1': ('nan-loss', 'probe', ['exploding-gradient'], 'raw lot value target, batch size 1, sgd 0.05: NaN in the first epoch'),
 'nan-loss.price-target-sgd-momentum': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw price target with sgd 0.01 and momentum 0.95 at batch 8: NaN in the first epoch'),
 'nan-loss.raw-features-sgd-momentum': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw saffron features (altitude in metres) with sgd 0.05 momentum 0.9: NaN in the first epoch'),
 'lr-too-high.sgd-rate-3-yield': ('nan-loss', 'probe', ['lr-too-high'], 'sgd lr 3 on the standardised yield regression: loss 1e17 then NaN at epoch 2 (re-filed from lr-too-high)'),
 'lr-too-high.adam-half-grade': ('lr-too-high', 'probe', ['dead-relu'], 'adam lr 0.5 on the grading net: spikes, kills the second relu layer and stays near baseline'),
 'lr-too-high.nesterov-1-iso': ('lr-too-high', 'probe', [], 'nesterov sgd lr 1.5 momentum 0.9 on ISO category: loss rises from 2.6 to ~20'),
 'lr-too-high.rmsprop-0-3-pollination': ('lr-too-high', 'probe', [], 'rmsprop lr 0.3 on pod set: bounces around the baseline'),
 'lr-too-high.adam-0-2-price': ('lr-too-high', 'probe', ['oscillating-loss'], 'adam lr 0.2 on price: loss bounces 0.13-1.9 and 91% of the relu units die'),
 'lr-too-low.sgd-1e-5-grade': ('lr-too-low', 'probe', [], 'plain sgd lr 1e-5 on grades'),
 'lr-too-low.adam-1e-6-yield': ('lr-too-low', 'probe', [], 'adam lr 1e-6 on yield'),
 'lr-too-low.rmsprop-1e-6-pollination': ('lr-too-low', 'probe', [], 'rmsprop lr 1e-6 on pod set'),
 'lr-too-low.nesterov-1e-5-iso': ('lr-too-low', 'probe', [], 'nesterov sgd lr 1e-5 on ISO category'),
 'saturated-activation.sigmoid-raw-altitude': ('saturated-activation', 'probe', [], 'sigmoid hidden layer fed raw altitude in metres (normalize none): 99% saturated'),
 'saturated-activation.tanh-raw-vanilla-features': ('saturated-activation', 'probe', [], 'tanh hidden layer fed raw curing days and temperatures: 94% saturated'),
 'saturated-activation.sigmoid-bias-10': ('saturated-activation', 'probe', [], 'sigmoid layer with bias initialised to 10: pinned at 1'),
 'saturated-activation.tanh-raw-pollination-hum': ('saturated-activation', 'probe', [], 'tanh layers fed raw humidity % and day of season: first layer 89% saturated'),
 'loss-plateau.weight-decay-one-grade': ('loss-plateau', 'training', [], 'weightDecay 1.0 (meant 1e-4) on the grading net: stalls at baseline'),
 'loss-plateau.dropout-09-yield': ('loss-plateau', 'training', [], 'dropout 0.9 after an 8-unit layer: yield stalls at 0.89 of baseline'),
 'loss-plateau.xor-sigmoid-plain-sgd': ('loss-plateau', 'training', ['lr-too-low'], 'small sigmoid net with plain sgd 0.05 on xor: stalls at baseline for 200 epochs'),
 'loss-plateau.clipnorm-tiny-pollination': ('loss-plateau', 'probe', ['lr-too-low'], 'clipNorm 1e-4 (meant 1.0) caps every step: stays at baseline'),
 'oscillating-loss.adam-0-05-batch-1-grade': ('oscillating-loss', 'training', ['lr-too-high'], 'adam 0.05 at batch size 1 on grades: loss swings 0.36-0.84 and does not settle'),
 'oscillating-loss.adam-0-03-batch-2-iso': ('oscillating-loss', 'training', ['lr-too-high'], 'adam 0.03 at batch size 2 on ISO category: loss swings 0.25-0.50'),
 'oscillating-loss.adam-0-1-batch-4-price': ('oscillating-loss', 'training', ['lr-too-high'], 'adam 0.1 at batch size 4 on price: loss swings 0.19-0.59'),
}
D = {
 'invalid-spec.adamw-optimizer': 'set size (invalid-spec already 4 times)',
 'invalid-spec.validation-split-percent': 'set size (invalid-spec already 4 times)',
 'data-error.plot-id-as-feature': 'set size (data-error already 4 times)',
 'data-error.no-features-list-date-column': 'set size; its name says date column but the column refused is lot_id',
 'shape-mismatch.iris-two-units': 'set size (shape-mismatch already 4 times)',
 'loss-activation-mismatch.grade-softmax-mse': 'authoring mistake: bean_length_cm is both target and feature, so it fails as a data error, not the mismatch meant',
 'loss-activation-mismatch.pod-set-softmax-single-unit': 'set size (loss-activation-mismatch already 4 times)',
 'init-symmetry.constant-sigmoid-pollination': 'set size; and its loss (0.76 of baseline) is only moderately worse than healthy pod-set nets',
 'no-nonlinearity.linear-deep-yield': 'borderline: reaches 0.19 of baseline, a linear model is not far off on this data',
 'dead-relu.sgd-kick-kills-units': 'went NaN in epoch 1 instead of killing units; nan-loss already well covered',
 'exploding-gradient.raw-lot-value-target': 'went NaN in epoch 1 (a nan-loss); nan-loss already well covered',
 'exploding-gradient.raw-altitude-features-deep': 'went NaN in epoch 1 (a nan-loss); nan-loss already well covered',
 'exploding-gradient.deep-relu-large-init': 'trained well after a huge first loss (0.47 of baseline, like healthy pod-set nets)',
 'exploding-gradient.raw-price-fr-rmsprop': 'borderline: gradients large but it reached 0.12 of baseline',
 'exploding-gradient.raw-lot-value-adam': 'set size; same fault as the kept raw lot value specs',
 'vanishing-gradient.deep-tanh-small-init': 'trained (0.44 of baseline) with healthy gradients: no fault shown',
 'oscillating-loss.fullbatch-sgd-edge-price': 'diverged to NaN at epoch 8 instead of oscillating; nan-loss already well covered',
 'oscillating-loss.rmsprop-0-05-batch-2-pollination': 'borderline: swings are small (0.44-0.53)',
 'oscillating-loss.sgd-momentum-099-yield': 'settles after early swings (ends 0.18 of baseline)',
 'oscillating-loss.sgd-0-2-batch-1-grade': 'borderline: noisy but still descending to 0.19',
 'oscillating-loss.rmsprop-0-02-batch-1-yield': 'borderline: small swings around 0.16, settles',
 'ok.moons-leaky-nesterov-batchnorm': 'borderline healthy: loss bounces 0.11-0.28 all run',
 'ok.yield-nesterov-batchnorm': 'borderline healthy: loss bounces (min 0.06, last 0.10)',
 'ok.grade-sigmoid-hidden-rmsprop': 'borderline healthy: ends at 0.33 of baseline while other grade nets reach 0.03-0.18',
}
H = {
 'ok.yield-relu-adam': 'saffron_plots.csv yield, standard + normalizeTarget standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32',
 'ok.yield-raw-target-rescaled': 'saffron yield, minmax features and target, [24 tanh, 1], rmsprop 0.003, batch 16',
 'ok.yield-sgd-momentum-elu': 'saffron yield, [24 elu, 12 elu, 1], sgd 0.01 momentum 0.9',
 'ok.yield-dropout-weightdecay': 'saffron yield, [48 relu, dropout 0.2, 24 relu, 1], adam 0.002 weightDecay 1e-4, validationSplit 0.2',
 'ok.yield-fullbatch-adam': 'saffron yield, [16 tanh, 1], adam 0.02, full batch 320, 400 epochs',
 'ok.yield-batch1-sgd': 'saffron yield, [12 relu, 1], plain sgd 0.003 at batch size 1, 40 epochs',
 'ok.yield-raw-target-linear-head-leaky': 'saffron yield in raw kg/ha (no target normalisation), [24 leaky_relu, 1], adam 0.01',
 'ok.yield-wide-shallow-lecun': 'saffron yield, [128 tanh lecun_normal, 1], adam 0.001, batch 64',
 'ok.yield-multi-target': 'saffron yield and lot value as two standardised targets, [32 relu, 2], adam 0.003 (lot value depends on unseen area, so 0.26 is what the features allow)',
 'ok.iso-category-adam': 'saffron ISO category (3 string classes), [32 relu, 3 softmax], cce, adam 0.003',
 'ok.iso-category-tanh-rmsprop': 'saffron ISO category, [24 tanh, 12 tanh, 3 softmax], rmsprop 0.002, batch 16',
 'ok.iso-category-sgd-clipnorm': 'saffron ISO category, minmax, [32 relu, 3 softmax], sgd 0.1 momentum 0.9 clipNorm 5',
 'ok.iso-category-he-uniform-deep': 'saffron ISO category, 3x32 relu he_uniform, sgd 0.02 momentum 0.9',
 'ok.grade-relu-adam': 'vanilla_lots.csv grade (rare reject), [32 relu, 16 relu, 3 softmax], adam 0.003',
 'ok.grade-fr-export': 'vanilla_lots_fr.csv (semicolons, decimal commas) grade, [32 relu, 3 softmax], adam 0.003',
 'ok.grade-elu-nesterov': 'vanilla grade, [24 elu, 3 softmax], nesterov sgd 0.05, batch 16',
 'ok.grade-batchnorm-dropout': 'vanilla grade, [48 relu batchNorm, dropout 0.3, 3 softmax], adam 0.003, validationSplit 0.2',
 'ok.grade-deep-leaky': 'vanilla grade, 4 leaky_relu layers (32,32,16,16), adam 0.001',
 'ok.grade-batch-128-rmsprop': 'vanilla grade, [32 tanh, 16 relu, 3 softmax], rmsprop 0.003 weightDecay 1e-4, batch 128, 250 epochs',
 'ok.price-regression-adam': 'vanilla price USD/kg, standardised target, [32 relu, 1], adam 0.003',
 'ok.price-fr-export-sgd': 'vanilla_lots_fr.csv price, [16 tanh, 1], plain sgd 0.05, batch 16',
 'ok.price-batch-4-rmsprop-clip': 'vanilla price, minmax target, [16 relu, 1], rmsprop 0.001 clipNorm 1, batch 4',
 'ok.pod-set-adam': 'pollination.csv (tab-separated) pod set, [16 relu, 1 sigmoid], bce, adam 0.005 (noisy labels: ~0.33 is what the data allows)',
 'ok.pod-set-tanh-sgd': 'pod set, [16 tanh, 8 tanh, 1 sigmoid], sgd 0.1 momentum 0.9',
 'ok.pod-set-elu-rmsprop-val': 'pod set, [24 elu, dropout 0.1, 1 sigmoid], rmsprop 0.002, validationSplit 0.25',
 'ok.pod-set-fullbatch-nesterov': 'pod set minmax, [32 relu, 1 sigmoid], nesterov sgd 0.5 full batch 420, 400 epochs',
 'ok.pod-set-two-class-cce': 'pod set as 2 classes, [16 relu, 2 softmax], cce, adam 0.005',
 'ok.pod-set-sigmoid-hidden-adam': 'pod set, [12 sigmoid, 1 sigmoid], adam 0.01, batch 64',
 'ok.moons-relu-adam': 'builtin moons 300, [16 relu, 16 relu, 1 sigmoid], adam 0.01',
 'ok.circles-tanh-sgd': 'builtin circles, [16 tanh, 1 sigmoid], sgd 0.3 momentum 0.9',
 'ok.spirals-deep-elu': 'builtin spirals 3 classes, [64 elu, 64 elu, 32 elu, 3 softmax], adam 0.005, 300 epochs',
 'ok.blobs-four-linear-softmax': 'builtin blobs 4 classes, a single softmax layer (no hidden layer), plain sgd 0.1',
 'ok.iris-rmsprop': 'iris standard, [16 relu, 3 softmax], rmsprop 0.005, batch 16',
 'ok.iris-batch1-sgd-sigmoid': 'iris minmax, [8 sigmoid, 3 softmax], plain sgd 0.05 at batch size 1',
 'ok.sine-tanh-adam': 'builtin sine, [32 tanh, 32 tanh, 1], mse, adam 0.005',
 'ok.xor-relu-adam': 'builtin xor, [8 relu, 1 sigmoid], adam 0.02, batch 16',
 'ok.inline-drying-hours': 'inline table: drying temperature and hours to dry stigmas, standardised, [8 tanh, 1], adam 0.01',
 'ok.inline-bean-class': 'inline table: bean length and vanillin to 3 string classes, [8 relu, 3 softmax], adam 0.02, batch 4',
}
cands = sorted(f[:-8] for f in os.listdir('candidates'))
assert set(cands) == set(F) | set(D) | set(H), (set(cands) ^ (set(F) | set(D) | set(H)))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy = [], []
for c, (code, stage, extra, text) in F.items():
    new = c if c.startswith(code + '.') else code + '.' + c.split('.', 1)[1]
    shutil.move(f'candidates/{c}.nn.json', f'faulty/{new}.nn.json')
    faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[c]})', 'stage': stage, 'catches': [code] + extra})
for c, text in H.items():
    shutil.move(f'candidates/{c}.nn.json', f'healthy/{c}.nn.json')
    healthy.append({'file': f'healthy/{c}.nn.json', 'covers': f'{text} (observe: {obs[c]})'})
for c in D:
    shutil.move(f'candidates/{c}.nn.json', f'dropped/{c}.nn.json')
json.dump(D, open('dropped/reasons.json', 'w'), indent=1)
os.rmdir('candidates')
about = ('Fault set blind249 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: saffron and vanilla growers. "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught '
         '(static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" and "covers" ends with its bare-engine '
         'observe.ts --summary line (observed.txt); --curve for oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Data (data/generate.ts, seed 249): saffron_plots.csv (320 plots, 9 numeric features incl. collinear corm weight/circumference, skewed rain, '
         'a no-effect picker_team, id and date text columns; yield kg/ha, lot value USD, ISO 3632 category I/II/III), saffron_plots_gaps.csv (NA, n/a, empty), '
         'vanilla_lots.csv (360 cured lots, grade gourmet/extract/rare reject, price USD/kg) and vanilla_lots_fr.csv (semicolons, decimal commas), '
         'pollination.csv (tab-separated, 420 hand-pollinated flowers, pod set 0/1 with noisy labels), plus builtins and two inline tables.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1, ensure_ascii=False)
from collections import Counter
print(len(faults), len(healthy), len(D)); print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
