#!/usr/bin/env python3
"""Verdicts of fault set blind259: moves candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from the set's folder after observed.txt exists: python3 write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
obs = {}
for line in open('observed.txt', encoding='utf8'):
    line = line.strip()
    m = re.match(r'^([^\s:]+?)(?:\.nn\.json)?[:\s]', line)
    if m:
        obs[m.group(1)] = line

# candidate name -> (code it is filed under, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('static', [], 'optimizer "adamw" copied from a PyTorch script for the spend model; the format has only sgd, adam, rmsprop'),
 'invalid-spec.gelu-activation': ('static', [], 'package classifier written with "gelu" hidden activations, which the format does not offer'),
 'invalid-spec.keras-loss-name': ('static', [], 'no-show model with loss "binary_crossentropy" (Keras name) instead of "bce"'),
 'invalid-spec.dropout-percent': ('static', [], 'water-grade model with dropout rate 30 (meant 30 %), outside [0, 1)'),
 'data-error.missing-export': ('static', [], 'spend model points at visits_2024.csv, an export nobody made; the file is visits.csv'),
 'data-error.target-typo': ('static', [], 'target "spend_euro" where the front-desk export column is "spend_eur"'),
 'data-error.visit-id-feature': ('static', [], 'visit_id (text like V-010031) listed among the numeric features of the no-show model'),
 'data-error.na-markers': ('static', [], 'package model reads the uncleaned front-desk copy visits-gaps.csv with NA, n/a and empty readings'),
 'data-error.shared-drive-path': ('static', [], 'water-grade model reads ../../../../shared/spa/water.csv on the shared drive, outside the workspace'),
 'shape-mismatch.package-three-units': ('static', [], 'softmax head of 3 units for 4 packages (the rare medical-cure package forgotten)'),
 'shape-mismatch.grade-two-units': ('static', [], 'water grades A/B/C with a 2-unit softmax head'),
 'shape-mismatch.two-targets-one-unit': ('static', [], 'regression on spend_eur and treatments together with a single output unit'),
 'shape-mismatch.kwh-four-units': ('static', [], 'boiler kWh regression (one target column) with a 4-unit output layer'),
 'loss-activation-mismatch.package-sigmoid-cce': ('static', [], 'package classifier with a sigmoid head under cce: the loss falls to ~0 while accuracy stays at 0.47'),
 'loss-activation-mismatch.noshow-linear-bce': ('static', [], 'no-show model under bce with a linear output (sigmoid forgotten): loss ends at 3x the baseline'),
 'loss-activation-mismatch.kwh-tanh-head': ('static', [], 'boiler kWh in raw units (hundreds) predicted by a tanh output that cannot exceed 1'),
 'loss-activation-mismatch.spend-sigmoid-head': ('static', [], 'spend in raw euros predicted by a sigmoid output (0..1) under mse'),
 'init-symmetry.zeros-sigmoid-grade': ('static', [], 'water-grade hidden sigmoid layer of 16 units initialised to zeros'),
 'init-symmetry.constant-half-tanh': ('static', [], 'no-show hidden tanh layer of 12 units initialised to the constant 0.5'),
 'init-symmetry.zeros-everywhere-kwh': ('static', [], 'boiler model with zeros init on both the 16-unit tanh layer and the output: nothing moves'),
 'init-symmetry.constant-sigmoid-both': ('static', [], 'package model with constant 0.2 init on the 24-unit sigmoid layer and the softmax head'),
 'init-scale.uniform-tiny-deep': ('static', ['vanishing-gradient', 'loss-plateau'], 'package model of three 32-unit relu layers with uniform init limit 1e-4: signals and gradients vanish'),
 'init-scale.normal-std-30-sigmoid': ('static', ['saturated-activation'], 'boiler model with normal std 30 on a sigmoid layer: nearly every unit pinned'),
 'init-scale.normal-std-5-relu': ('static', ['exploding-gradient', 'dead-relu'], 'spend model with normal std 5 on every layer: first loss 3.5e26, second layer all dead'),
 'no-nonlinearity.linear-stack-moons': ('static', [], 'two linear 16-unit hidden layers on moons: a logistic regression in disguise'),
 'no-nonlinearity.default-activation-package': ('static', [], 'package model whose hidden layers omit "activation" (default linear)'),
 'no-nonlinearity.linear-circles': ('static', [], 'one 32-unit linear hidden layer on circles: stays at the baseline'),
 'no-nonlinearity.linear-grade-deep': ('static', [], 'three linear hidden layers on water grades'),
 'lr-out-of-range.zero-rate': ('static', [], 'adam lr 0 left from a template'),
 'lr-out-of-range.negative-rate': ('static', [], 'sgd lr -0.01 (sign typo)'),
 'lr-out-of-range.adam-rate-20': ('static', ['lr-too-high'], 'adam lr 20 (meant 2e-3?) on the no-show model'),
 'lr-out-of-range.rmsprop-rate-500': ('static', ['lr-too-high'], 'rmsprop lr 500 on the boiler model: loss 1e6-1e7 times the baseline'),
 'dead-relu.negative-bias-5': ('probe', [], 'spend model whose relu layer starts with bias -5: 75% of units dead throughout'),
 'dead-relu.bias-minus-3-deep': ('probe', [], 'water-grade model with bias -3 on two relu layers: second layer all dead, loss at baseline'),
 'dead-relu.bias-minus-4-boiler': ('probe', [], 'boiler model with bias -4 on both relu layers: 92% and 100% dead, loss at baseline'),
 'lr-too-high.adam-0.5-package': ('probe', ['lr-too-high'], 'package model with adam 0.5: the first steps kill the second relu layer (dead 1.00), loss flat above the baseline (re-filed from lr-too-high)'),
 'exploding-gradient.raw-kwh-target': ('probe', ['nan-loss'], 'boiler kWh target left in raw units under sgd 0.01: loss 1e14, gradients up to 5e17'),
 'exploding-gradient.raw-kwh-adam': ('probe', [], 'boiler kWh target in raw units with adam 0.001: gradient norms 1.8e3..1.7e4, loss stuck 12x the baseline'),
 'exploding-gradient.raw-spend-rmsprop': ('probe', [], 'raw loyalty points (tens of thousands) and raw euros with rmsprop: gradient norms up to 6e7'),
 'vanishing-gradient.sigmoid-tower-8': ('probe', ['loss-plateau'], 'eight 16-unit sigmoid layers on the package data under plain sgd'),
 'vanishing-gradient.tanh-small-init-10': ('probe', ['init-scale', 'loss-plateau'], 'ten 12-unit tanh layers with normal std 0.05 on water grades'),
 'vanishing-gradient.sigmoid-deep-regression': ('probe', ['loss-plateau'], 'seven 10-unit sigmoid layers for boiler kWh under sgd 0.02'),
 'vanishing-gradient.sigmoid-noshow-6': ('probe', ['loss-plateau'], 'six 20-unit sigmoid layers for no-shows under sgd 0.01'),
 'nan-loss.sgd-rate-1-raw-spend': ('probe', ['lr-too-high', 'exploding-gradient'], 'sgd lr 1 on raw visit features and raw euros'),
 'nan-loss.sgd-0.05-raw-kwh': ('probe', ['exploding-gradient', 'lr-too-high'], 'boiler kWh in raw units, sgd 0.05, batch 16'),
 'dead-relu.big-step-kills': ('probe', ['lr-too-high', 'exploding-gradient'], 'boiler model with sgd 0.6 on batches of 8, meant to kill relus: NaN in the first epoch (re-filed from dead-relu)'),
 'dead-relu.raw-loyalty-sgd': ('probe', ['exploding-gradient', 'lr-too-high'], 'visit features not normalised (loyalty points in tens of thousands) under sgd 0.01: NaN in the first epoch (re-filed from dead-relu)'),
 'exploding-gradient.deep-std-1-relu': ('probe', ['exploding-gradient', 'init-scale'], 'five 48-unit relu layers with normal std 1: activations blow up, NaN in the first epoch (re-filed from exploding-gradient)'),
 'lr-too-high.adam-0.3-noshow': ('probe', ['oscillating-loss'], 'no-show model with adam 0.3: loss spikes back to 0.96 and 0.71 after reaching 0.16'),
 'lr-too-high.rmsprop-0.2-grade': ('probe', ['oscillating-loss'], 'water-grade model with rmsprop 0.2: loss bounces between 0.50 and 0.92 for 80 epochs'),
 'lr-too-high.rmsprop-0.1-kwh': ('probe', ['oscillating-loss', 'dead-relu'], 'boiler model with rmsprop 0.1: loss bounces 0.05..0.10 (healthy 0.01), 92% of relus dead'),
 'lr-too-low.sgd-1e-5-spend': ('probe', [], 'spend model with sgd 1e-5 for 60 epochs'),
 'lr-too-low.adam-1e-6-package': ('probe', [], 'package model with adam 1e-6'),
 'lr-too-low.rmsprop-2e-6-grade': ('probe', [], 'water-grade model with rmsprop 2e-6'),
 'lr-too-low.momentum-1e-5-kwh': ('probe', [], 'boiler model with sgd 1e-5 momentum 0.9: loss creeps from 1.45 to 0.81 in 80 epochs (healthy 0.01)'),
 'saturated-activation.sigmoid-raw-water': ('probe', ['loss-plateau'], 'raw water readings (TDS ~1200, conductivity ~1900) into a sigmoid layer: all units pinned'),
 'saturated-activation.tanh-raw-loyalty': ('probe', [], 'raw visit features (loyalty points) into a tanh layer: all pinned'),
 'saturated-activation.sigmoid-bias-8': ('probe', ['loss-plateau'], 'package model with bias 8 on its sigmoid layer: every unit at 1'),
 'loss-plateau.clip-tiny': ('training', ['lr-too-low'], 'sgd with clipNorm 1e-4 (meant 1e4?) on water grades: loss flat at 1.65'),
 'loss-plateau.dropout-0.95': ('training', [], 'package model with dropout 0.95 after its only hidden layer: stalls near 1.05 (relu/adam reaches 0.005)'),
 'loss-plateau.sigmoid-saddle-small-init': ('training', ['vanishing-gradient', 'init-scale'], 'sigmoid layers with normal std 0.001 on circles: stuck at the saddle, 0.694 for 150 epochs'),
 'loss-plateau.rmsprop-decay-1': ('training', [], 'rmsprop with weightDecay 1 on the boiler model: flat at 0.29 from epoch 15 (healthy 0.01)'),
 'oscillating-loss.momentum-0.98-full-batch': ('training', ['lr-too-high'], 'full-batch sgd 0.2 with momentum 0.98 on boiler kWh: loss swings 0.05..0.67 periodically'),
 'oscillating-loss.rmsprop-batch-2': ('training', ['lr-too-high'], 'rmsprop 0.03 on batches of 2 for water grades: loss swings 0.43..0.65 and ends at 0.52 of the baseline'),
 'oscillating-loss.momentum-0.97-spend-full': ('training', ['lr-too-high'], 'full-batch sgd 0.3 with momentum 0.97 on spend: loss alternates up and down every epoch'),
}
# re-filings: candidate -> filed code
REFILE = {
 'lr-too-high.adam-0.5-package': 'dead-relu',
 'dead-relu.big-step-kills': 'nan-loss',
 'dead-relu.raw-loyalty-sgd': 'nan-loss',
 'exploding-gradient.deep-std-1-relu': 'nan-loss',
}
DROP = {
 'invalid-spec.units-fraction': 'surplus: a fifth invalid-spec, dropped to keep the set within 65 faults',
 'data-error.timestamp-feature': 'surplus: a second text-feature data error like visit-id-feature',
 'loss-activation-mismatch.grade-softmax-mse': 'trained well (0.07 of baseline, acc 0.89): a mismatch by text only, borderline',
 'init-symmetry.zeros-hidden': 'trained well (0.16, acc 0.95): the xavier output layer breaks the symmetry',
 'init-symmetry.constant-relu-pair': 'trained well (0.02 of baseline)',
 'init-scale.normal-std-8-tanh': 'borderline: 89% saturated but reached 0.11 of baseline',
 'nan-loss.huge-constant-init': 'loss 1e23 but finite, units all dead: between init-scale, init-symmetry and exploding-gradient',
 'nan-loss.momentum-raw-loyalty': 'surplus NaN at epoch 1 (set size)',
 'exploding-gradient.raw-water-features': 'went NaN at epoch 1 (not a finite explosion); surplus nan-loss',
 'exploding-gradient.raw-spend-momentum': 'went NaN at epoch 1; surplus nan-loss',
 'lr-too-high.nesterov-0.5-kwh': 'went NaN at epoch 2; surplus nan-loss',
 'lr-too-high.sgd-3-moons': 'trained well (0.0023, acc 1.00) after a shaky start',
 'lr-too-high.sgd-1.5-package': 'spiky early (2.57 at epoch 8) but ended at 0.01 of baseline: borderline',
 'lr-too-high.adam-0.2-grade': 'showed dead-relu (second layer 94% dead, loss at baseline); surplus dead-relu',
 'saturated-activation.tanh-raw-boiler': 'borderline: 76-87% saturated but reached 0.07 of baseline',
 'loss-plateau.weight-decay-2': 'loss rose from 0.40 to 0.77 then stalled: between plateau and a rise, borderline',
 'oscillating-loss.adam-batch-1': 'swings small against the baseline and 92% of the relus dead: borderline',
 'oscillating-loss.sgd-0.9-full-batch-iris': 'settled smoothly to 0.027',
 'ok.grade-minmax-batch-4': 'underfit (0.61 of baseline, acc 0.76): not as good as alternatives',
 'ok.grade-tiny-narrow-long': 'only 0.38 of baseline with 4 units: possibly a plateau',
 'ok.xor-sigmoid-sgd': 'loss rose from 0.010 to 0.050 at the end: possibly lr too high',
 'ok.grade-leaky-nesterov-clip': 'loss rose from 0.011 to 0.14: unstable',
 'ok.package-deep-batchnorm': 'loss rose from 0.15 to 0.22 at the end: possibly unstable',
}
HEALTHY = {
 'ok.spend-relu-adam': 'visits.csv standard + target standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32',
 'ok.spend-elu-rmsprop-minmax': 'visits.csv minmax + target minmax, [24 elu, 1], mse, rmsprop 0.003, batch 16',
 'ok.spend-tanh-nesterov': 'visits.csv, [32 tanh, 1], mse, sgd 0.02 nesterov, validationSplit 0.2',
 'ok.spend-leaky-batchnorm': 'visits.csv, [32 leaky_relu batchNorm, 16 leaky_relu, 1], mse, adam 0.002, batch 64',
 'ok.spend-batch-1-sgd': 'visits.csv, [16 relu, 1], mse, plain sgd 0.003, batch 1, 40 epochs',
 'ok.spend-full-batch-adam': 'visits.csv, [32 relu, 1], mse, adam 0.02, full batch, 400 epochs',
 'ok.spend-selu-like-lecun': 'visits.csv, [32 tanh lecun_normal, 32 tanh lecun_normal, 1], mse, rmsprop 0.001',
 'ok.noshow-relu-adam': 'visits.csv no_show (8% positives), [16 relu, 1 sigmoid], bce, adam 0.003',
 'ok.noshow-tanh-momentum': 'visits.csv no_show, [16 tanh, 8 tanh, 1 sigmoid], bce, sgd 0.05 momentum 0.9',
 'ok.noshow-dropout-rmsprop': 'visits.csv no_show, [32 relu, dropout 0.2, 1 sigmoid], bce, rmsprop 0.002',
 'ok.noshow-he-uniform-batch-full': 'visits.csv no_show, [32 relu he_uniform, 1 sigmoid], bce, adam 0.01, full batch',
 'ok.package-relu-adam': 'visits.csv package (4 string classes, rare medical-cure), [32 relu, 16 relu, 4 softmax], cce, adam 0.003',
 'ok.package-elu-wd': 'visits.csv package, [48 elu, 4 softmax], cce, adam 0.005 weightDecay 1e-4, validationSplit 0.15',
 'ok.package-sigmoid-hidden-sgd': 'visits.csv package, [24 sigmoid, 4 softmax], cce, plain sgd 0.5, batch 16',
 'ok.package-minmax-rmsprop': 'visits.csv minmax, [32 tanh, 4 softmax], cce, rmsprop 0.005',
 'ok.package-batch-1-adam-low': 'visits.csv package, [24 relu, 4 softmax], cce, adam 0.0005, batch 1, 30 epochs',
 'ok.grade-relu-adam': 'water.csv quality_grade (A/B/C), [32 relu, 3 softmax], cce, adam 0.005',
 'ok.grade-eu-export': 'water-eu.csv (semicolons, decimal commas), [24 tanh, 12 tanh, 3 softmax], cce, adam 0.003',
 'ok.grade-dropout-deep': 'water.csv, [64 relu, dropout 0.3, 32 relu, dropout 0.2, 3 softmax], cce, adam 0.002, validationSplit 0.2',
 'ok.mineral-linear-regression': 'water.csv mineral_index, single linear layer, mse, plain sgd 0.05',
 'ok.mineral-eu-elu': 'water-eu.csv mineral_index, [16 elu, 1], mse, adam 0.005',
 'ok.mineral-raw-target-adam': 'water.csv mineral_index in raw units (~3..10, no normalizeTarget), [16 relu, 1], mse, adam 0.01',
 'ok.mineral-rmsprop-wd': 'water.csv minmax, [32 tanh, 1], mse, rmsprop 0.002 weightDecay 1e-4, batch 16',
 'ok.kwh-relu-adam': 'boiler-log.csv (tab-separated), [32 relu, 16 relu, 1], mse, adam 0.003',
 'ok.kwh-minmax-target-sgd': 'boiler-log.csv minmax + target minmax, [24 tanh, 1], mse, sgd 0.1 momentum 0.9',
 'ok.kwh-deep-elu-clip': 'boiler-log.csv, [32 elu, 32 elu, 16 elu, 1], mse, adam 0.002 clipNorm 1, validationSplit 0.2',
 'ok.kwh-batch-2-rmsprop': 'boiler-log.csv, [16 relu, 1], mse, rmsprop 0.0005, batch 2, 40 epochs',
 'ok.kwh-sigmoid-hidden': 'boiler-log.csv, [24 sigmoid, 1], mse, adam 0.01',
 'ok.kwh-features-subset': 'boiler-log.csv 4 of 6 features, [12 leaky_relu, 1], mse, sgd 0.05 momentum 0.5, batch 8',
 'ok.moons-relu': 'builtin moons 300, [32 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.circles-tanh-sgd': 'builtin circles 300, [16 tanh, 1 sigmoid], bce, sgd 0.3 momentum 0.9',
 'ok.spirals-deep-elu': 'builtin spirals 3 classes, [64 elu, 64 elu, 32 elu, 3 softmax], cce, adam 0.005, 300 epochs',
 'ok.blobs-four-rmsprop': 'builtin blobs 4 classes, [8 relu, 4 softmax], cce, rmsprop 0.01',
 'ok.iris-small': 'builtin iris standard, [8 tanh, 3 softmax], cce, adam 0.01, batch 16',
 'ok.sine-tanh-deep': 'builtin sine, [32 tanh, 32 tanh, 1], mse, adam 0.005',
 'ok.inline-pool-comfort': 'inline table of pool temperature and minutes soaked with string labels cold/ok/hot, [8 relu, 3 softmax], cce, adam 0.02',
 'ok.inline-sauna-minutes': 'inline table of sauna temperature to recommended minutes, standard + target standard, [6 tanh, 1], mse, sgd 0.1 full batch',
}

for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(sub, exist_ok=True)
faults, healthy = [], []
names = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
for n in names:
    src = os.path.join('candidates', n + '.nn.json')
    if n in DROP:
        shutil.move(src, os.path.join('dropped', n + '.nn.json'))
    elif n in F:
        stage, extra, text = F[n]
        code = REFILE.get(n, n.split('.')[0])
        new = n if n.startswith(code + '.') else code + '.' + n.split('.', 1)[1]
        dst = os.path.join('faulty', new + '.nn.json')
        shutil.move(src, dst)
        catches = [code] + [c for c in extra if c != code]
        faults.append({'file': 'faulty/' + new + '.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[n]})', 'stage': stage, 'catches': catches})
    elif n in HEALTHY:
        shutil.move(src, os.path.join('healthy', n + '.nn.json'))
        healthy.append({'file': 'healthy/' + n + '.nn.json', 'covers': f'{HEALTHY[n]} (observe: {obs[n]})'})
    else:
        raise SystemExit(f'no verdict for {n}')
os.rmdir('candidates')
about = ('Fault set blind259 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: hot springs and spa resorts. Data from data/generate.ts (seed 259): visits.csv (420 guest visits, 11 numeric features '
         'on natural scales incl. skewed distance and loyalty points, collinear pool_temp_c/pool_temp_f, a no-effect locker_no, text visit_id and '
         'visit_date columns; targets spend_eur, no_show 8% positives, package with a rare medical-cure class), visits-gaps.csv (NA/n/a/empty markers), '
         'water.csv (360 lab samples, collinear TDS/conductivity, skewed turbidity; mineral_index and grade A/B/C), water-eu.csv (semicolons and decimal commas), '
         'boiler-log.csv (tab-separated hourly heating log, kWh in raw units), plus builtins and two inline tables. '
         '"stage" is the writer\'s expectation of the earliest stage that could catch a fault; "catches" the codes whose advice would fix it. '
         'Every fault and healthy text ends with its bare-engine line from test/faults/observe.ts --summary (observed.txt); --curve in observed-curves.txt.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w', encoding='utf8'), indent=1, ensure_ascii=False)
from collections import Counter
print(len(faults), len(healthy), len(os.listdir('dropped')))
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
