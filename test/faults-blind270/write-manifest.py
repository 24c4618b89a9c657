#!/usr/bin/env python3
"""Verdicts of fault set blind270: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from this folder after author.ts and observe.ts (observed.txt): python3 write-manifest.py"""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    if not line: continue
    key = line.split(':')[0].replace('.nn.json', '').split(' ')[0]
    obs[key] = line

# candidate -> (new code or None, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('static', [], 'optimizer "adamw" copied from a PyTorch habit; the engine has adam with weightDecay'),
 'invalid-spec.swish-activation': ('static', [], 'activation "swish" on both hidden layers of the daily-demand model; not an activation the format knows'),
 'invalid-spec.keras-loss-name': ('static', [], 'loss written as Keras\' "binary_crossentropy" instead of "bce"'),
 'invalid-spec.validation-split-percent': ('static', [], 'validationSplit 20 meant as 20 percent; it is a fraction in [0, 1)'),
 'data-error.target-typo-capsize': ('static', [], 'target column typed "capsize" while the booking export calls it "capsized"'),
 'data-error.front-desk-gaps': ('static', [], 'trained on trips-gaps.csv, where the front desk left NA, empty and "?" cells in water temperature, wind and river flow'),
 'data-error.start-time-feature': ('static', [], 'the booking start_time text column ("2023-08-06 16:00") listed as a feature of the revenue model'),
 'data-error.next-season-file': ('static', [], 'points at daily-2024.csv, next season\'s file that does not exist yet'),
 'data-error.path-outside-workspace': ('static', [], 'csv path climbs out of the workspace to the outfitter\'s shared folder'),
 'shape-mismatch.grade-two-units': ('static', [], 'return-grade classifier with 2 softmax units for 3 grades (ok, worn, repair): the rare "repair" grade forgotten'),
 'shape-mismatch.boats-and-staff-one-unit': ('static', [], 'two regression targets (boats_rented, staff_hours) but a single output unit'),
 'shape-mismatch.grade-four-classes': ('static', [], 'return-grade classifier with 4 softmax units for 3 grades (a "lost" grade the data never has)'),
 'loss-activation-mismatch.grade-sigmoid-cce': ('static', [], 'three sigmoid outputs under cce for the 3-grade return check: the outputs are not a distribution and the loss collapses toward 0 while accuracy stays poor'),
 'loss-activation-mismatch.capsized-linear-bce': ('static', [], 'capsize classifier with a linear output under bce'),
 'loss-activation-mismatch.boats-sigmoid-mse': ('static', [], 'sigmoid output on the raw daily boat count (0-115) under mse: it can never exceed 1'),
 'loss-activation-mismatch.revenue-relu-head-standardised': ('static', ['dead-relu'], 'relu output on a standardised revenue target: it cannot reach the negative half and the head dies'),
 'loss-activation-mismatch.capsized-softmax-mse': ('static', [], 'a one-unit softmax output (always 1) for capsized 0/1 under mse'),
 'init-symmetry.zeros-hidden-capsize': ('static', [], 'hidden tanh layer of 16 units initialised to zeros'),
 'init-symmetry.zeros-everywhere-grade': ('static', [], 'hidden sigmoid layer of 16 units and the output initialised to zeros'),
 'init-symmetry.constant-moons': ('static', [], 'two hidden tanh layers of 16 units all initialised to the constant 0.3'),
 'init-scale.normal-std-8-revenue': ('static', ['exploding-gradient'], 'relu layers initialised normal with std 8 (meant 0.08)'),
 'init-scale.uniform-limit-20-tanh': ('static', ['saturated-activation'], 'tanh layer initialised uniform with limit 20: the units start pinned'),
 'init-scale.tiny-std-deep-grade': ('static', ['vanishing-gradient'], 'four tanh/softmax layers initialised normal with std 1e-4: the signal vanishes'),
 'init-scale.normal-std-3-daily': ('static', ['exploding-gradient'], 'elu layers initialised normal with std 3'),
 'no-nonlinearity.linear-stack-circles': ('static', [], 'two hidden linear layers on circles: still a linear classifier'),
 'no-nonlinearity.linear-stack-xor': ('static', [], 'three hidden linear layers on xor'),
 'no-nonlinearity.linear-spirals': ('static', [], 'two hidden layers with "linear" written out on 3-class spirals'),
 'lr-out-of-range.adam-lr-5': ('static', ['lr-too-high'], 'adam with lr 5'),
 'lr-out-of-range.sgd-lr-80': ('static', ['lr-too-high', 'nan-loss'], 'sgd with lr 80'),
 'lr-out-of-range.rmsprop-1e-9': ('static', ['lr-too-low'], 'rmsprop with lr 1e-9'),
 'lr-out-of-range.nesterov-lr-25': ('static', ['lr-too-high', 'nan-loss'], 'Nesterov sgd with lr 25'),
 'dead-relu.negative-bias-capsize': ('probe', [], 'relu layers with bias -6 on standardised features: every unit starts and stays off'),
 'dead-relu.bias-minus-ten-daily': ('probe', [], 'relu layer with bias -10 (an offset meant for the output)'),
 'dead-relu.grade-negative-bias': ('probe', [], 'two relu layers with bias -4 on the return-grade model'),
 ('exploding-gradient.raw-boats-target-clip-off', 'dead-relu'): ('probe', ['exploding-gradient', 'lr-too-high'], 'raw features and raw boat counts with momentum sgd: the first updates blow up (gradient norm ~900) and knock the first relu layer dead; the loss then sits at the baseline'),
 ('lr-too-high.adam-0.3-capsize', 'dead-relu'): ('probe', ['lr-too-high'], 'adam at lr 0.3 on the capsize model: the second relu layer dies in the first epoch and the loss sits at the baseline'),
 'exploding-gradient.raw-flow-staff': ('probe', [], 'raw (unnormalised) weather and river features and raw staff hours with rmsprop: gradient norms above 1000'),
 'exploding-gradient.raw-revenue-target-adam': ('probe', [], 'revenue target left in euros (normalizeTarget none, base ~8300): gradient norms up to 1e4'),
 'exploding-gradient.raw-staff-elu-rmsprop': ('probe', [], 'raw features and raw staff hours into an elu net: gradient norms above 1600'),
 'vanishing-gradient.deep-sigmoid-capsize': ('probe', [], 'seven sigmoid hidden layers with plain sgd: the first layers get gradients near 1e-5'),
 'vanishing-gradient.deep-tanh-small-init-grade': ('probe', ['init-scale'], 'eight tanh layers initialised normal std 0.05: the first layer\'s gradient ~1e-6'),
 'vanishing-gradient.sigmoid-tower-moons': ('probe', [], 'ten sigmoid layers on moons: first-layer gradients ~1e-8'),
 'nan-loss.huge-init-elu': ('probe', ['init-scale', 'exploding-gradient'], 'normal init std 50 with raw features and raw revenue'),
 'nan-loss.raw-daily-big-rate': ('probe', ['exploding-gradient', 'lr-too-high'], 'raw features and raw boat counts with momentum sgd at 0.02, batch 8'),
 ('dead-relu.sgd-big-step-raw-flow', 'nan-loss'): ('probe', ['exploding-gradient', 'lr-too-high'], 'raw river flow and other features (normalize none) with sgd 0.05'),
 ('exploding-gradient.raw-revenue-deep', 'nan-loss'): ('probe', ['exploding-gradient', 'lr-too-high'], 'raw features and raw revenue in euros into a three-layer relu net with momentum sgd'),
 ('exploding-gradient.std-1-deep-relu', 'nan-loss'): ('probe', ['init-scale', 'exploding-gradient'], 'four relu layers of 64 initialised normal std 1'),
 ('oscillating-loss.momentum-batch-1-daily', 'nan-loss'): ('probe', ['lr-too-high'], 'sgd momentum 0.95 at lr 0.05 with batch size 1'),
 'lr-too-high.sgd-3-grade': ('probe', ['oscillating-loss'], 'plain sgd at lr 3 on the return-grade model: the loss bounces between 0.74 and 2.5, mostly above the baseline'),
 'lr-too-high.rmsprop-0.1-daily': ('probe', ['dead-relu', 'oscillating-loss'], 'rmsprop at 0.1: first epoch loss 15, then bouncing 0.13-0.22 with 94% of the first layer dead (healthy twins reach 0.04)'),
 'lr-too-high.momentum-0.99-revenue': ('probe', ['nan-loss'], 'sgd lr 0.3 with momentum 0.99: the loss grows every epoch to NaN'),
 ('oscillating-loss.fullbatch-sgd-revenue', 'lr-too-high'): ('probe', ['nan-loss', 'oscillating-loss'], 'full-batch sgd at 0.9: bounces for ten epochs, then diverges to NaN'),
 'lr-too-low.sgd-1e-5-capsize': ('probe', [], 'plain sgd at 1e-5'),
 'lr-too-low.adam-1e-6-daily': ('probe', [], 'adam at 1e-6'),
 'lr-too-low.rmsprop-3e-6-grade': ('probe', [], 'rmsprop at 3e-6'),
 'lr-too-low.momentum-1e-5-revenue': ('probe', [], 'momentum sgd at 1e-5'),
 'saturated-activation.raw-features-sigmoid': ('probe', [], 'raw trip features (river flow up to 420) into a sigmoid layer initialised std 1'),
 'saturated-activation.tanh-big-bias': ('probe', [], 'tanh layers with bias 6'),
 'saturated-activation.raw-days-km-tanh': ('probe', [], 'raw days-since-service and km paddled into a tanh layer'),
 ('loss-plateau.sgd-sigmoid-raw-daily', 'saturated-activation'): ('probe', ['loss-plateau'], 'raw daily features into a sigmoid layer with slow sgd: 94% of the outputs pinned'),
 'loss-plateau.clipnorm-tiny-circles': ('training', ['lr-too-low'], 'clipNorm 1e-4 (meant 1): the loss is flat above the baseline'),
 'loss-plateau.dropout-0.9-grade': ('training', [], 'dropout 0.95 after a 16-unit layer: the loss stalls near the baseline'),
 'loss-plateau.weight-decay-half': ('training', [], 'weightDecay 2 with adam: the loss falls to 0.42, then climbs back and flattens at the baseline'),
 'oscillating-loss.rmsprop-batch-4-grade': ('training', ['lr-too-high'], 'rmsprop at 0.03 with batch 4: the loss swings 0.40-0.55 to the end'),
 'oscillating-loss.momentum-0.2-batch-8-grade': ('training', ['lr-too-high'], 'momentum sgd at 0.2, batch 8: the loss swings between 0.4 and 1.5 and never settles'),
}
DROP = {
 'shape-mismatch.capsized-two-sigmoids': 'two sigmoid outputs for one 0/1 column trained anyway (0.72 of base): not a shown fault',
 'exploding-gradient.raw-boats-target-clipped': 'gradient norm at most 353 and the loss only creeps: more lr-too-low than exploding, borderline',
 'oscillating-loss.adam-batch-2-capsize': 'swings small against the baseline; it keeps descending',
 'oscillating-loss.adam-batch-1-grade': 'noisy but swings about 5% of the baseline: borderline',
 'oscillating-loss.rmsprop-0.05-batch-8-capsize': 'descends with small noise',
 'oscillating-loss.sgd-0.5-batch-2-iris': 'trains to 0.04 of base; swings small',
 'oscillating-loss.rmsprop-0.05-batch-2-daily': 'flat with small noise, not a clear oscillation',
 'oscillating-loss.adam-0.1-batch-4-moons': 'descends with small noise',
 'data-error.boat-id-feature': 'kept the set within 65 faults; duplicates start-time-feature',
 'invalid-spec.batch-size-zero': 'kept the set within 65 faults',
 'no-nonlinearity.linear-daily-demand': 'kept the set within 65 faults; trained as well as linear regression (0.10), only a text fault',
 'nan-loss.raw-revenue-sgd': 'no NaN: loss hit 4e31, then the relu layer died at the baseline; mixed symptoms, borderline',
 'init-symmetry.constant-daily': 'trained to 0.08 of base despite the constant init; kept the set within 65 faults',
 'ok.capsize-logistic-only': 'ends at 0.86 of base: not far enough below',
 'ok.capsize-batch-1-sgd': 'ends at 0.86 of base',
 'ok.capsize-rmsprop-dropout-val': 'ends at 0.85 of base',
 'ok.capsize-wide-rmsprop-clip': 'ends at 0.81 of base',
 'ok.capsize-elu-batchnorm': 'ends at 0.74 of base while twins reach 0.50: borderline',
 'ok.capsize-momentum-tanh-minmax': 'ends at 0.73 of base: borderline',
 'ok.grade-momentum-batchnorm': 'ends at 0.64 and rising from its min 0.54 while twins reach 0.35',
 'ok.grade-leaky-wd-val': 'val loss 0.78 vs train 0.24: overfits',
 'ok.revenue-clipnorm-wd': 'val loss 0.36 vs train 0.005: overfits',
 'ok.revenue-rmsprop-elu-minmax': 'ends at 0.21 of base while twins reach 0.02',
 'ok.iris-sgd-sigmoid': 'loss bounces 0.05-0.38 late in the run: may oscillate',
 'ok.spirals-two-class-tanh': 'did not learn (0.97 of base)',
}
COVERS = {
 'ok.capsize-adam-relu': 'trips.csv capsized (12% positive), standard, [16 relu, 1 sigmoid], bce, adam 0.003, batch 32',
 'ok.capsize-lecun-elu-adam': 'trips.csv capsized, lecun_normal elu [20, 10], bce, adam 0.001, batch 16, 200 epochs',
 'ok.capsize-relu-two-layers-long': 'trips.csv capsized, [24 relu, 12 relu, 1 sigmoid], adam 0.002, batch 16, 200 epochs',
 'ok.revenue-adam-relu': 'trips.csv revenue_eur, standard features and target, [32 relu, 16 relu, 1], mse, adam',
 'ok.revenue-nesterov-tanh': 'trips.csv revenue, [24 tanh, 12 tanh, 1], Nesterov sgd 0.02',
 'ok.revenue-batch-460-sgd': 'trips.csv revenue, full batch (460) momentum sgd 0.1, 400 epochs',
 'ok.revenue-leaky-deep-narrow': 'trips.csv revenue, four leaky_relu layers of 8-12, adam 0.001',
 'ok.daily-adam-relu': 'daily.csv boats_rented, collinear air_temp_c/air_temp_f, skewed rain, [32 relu, 16 relu, 1], adam',
 'ok.daily-eu-export-leaky': 'daily-eu.csv (semicolons, decimal commas), [24 leaky_relu, 1], momentum sgd 0.01',
 'ok.daily-eu-adam-tanh-batch-64': 'daily-eu.csv, [16 tanh, 1], adam 0.01, batch 64',
 'ok.daily-two-targets': 'daily.csv boats_rented and staff_hours (two targets), [32 relu, 16 relu, 2], adam',
 'ok.daily-linear-regression': 'daily.csv, a single linear unit (linear regression), full-batch sgd 0.05',
 'ok.daily-rmsprop-elu-deep': 'daily.csv minmax, four elu layers, rmsprop 0.001',
 'ok.daily-full-batch-adam': 'daily.csv, [48 tanh, 1], full batch adam 0.02, 400 epochs',
 'ok.daily-batchnorm-dropout': 'daily.csv, batchNorm relu + dropout 0.1, validationSplit 0.2, adam',
 'ok.daily-tanh-sgd-small-batch': 'daily.csv, [16 tanh, 8 tanh, 1], plain sgd 0.01, batch 4',
 'ok.daily-he-uniform-wd': 'daily.csv, he_uniform [40 relu, 1], momentum 0.8 sgd with weightDecay 1e-4',
 'ok.staff-hours-sigmoid-hidden': 'daily.csv staff_hours, [16 sigmoid, 1], sgd 0.3 momentum 0.5',
 'ok.staff-hours-minmax-rmsprop': 'daily.csv staff_hours, minmax features and target, [16 relu, 1], rmsprop 0.003, batch 8',
 'ok.grade-adam-relu': 'returns.csv (tab-separated, 3 grades, "repair" rare), [24 relu, 3 softmax], cce, adam',
 'ok.grade-rmsprop-elu-two-layers': 'returns.csv, [32 elu, 16 elu, 3 softmax], rmsprop 0.002',
 'ok.grade-tanh-rmsprop-minmax': 'returns.csv minmax, [20 tanh, 3 softmax], rmsprop 0.005',
 'ok.grade-softmax-regression': 'returns.csv, softmax regression (no hidden layer), full-batch sgd 0.5',
 'ok.grade-elu-nesterov-batch-2': 'returns.csv, [12 elu, 3 softmax], Nesterov sgd 0.005, batch 2',
 'ok.iris-adam': 'iris standard, [16 relu, 3 softmax], adam 0.01',
 'ok.iris-elu-dropout-val': 'iris, [16 elu, dropout 0.1, 3 softmax], Nesterov 0.05, batch 8, validationSplit 0.2',
 'ok.moons-tanh-nesterov': 'moons noise 0.15, [16 tanh, 16 tanh, 1 sigmoid], Nesterov sgd 0.05',
 'ok.moons-sigmoid-hidden-fullbatch': 'moons, [16 sigmoid, 1 sigmoid], full-batch adam 0.05, 400 epochs',
 'ok.circles-relu-adam': 'circles, [16 relu, 16 relu, 1 sigmoid], adam 0.01',
 'ok.circles-leaky-momentum': 'circles, [12 leaky_relu, 12 leaky_relu, 1 sigmoid], momentum sgd 0.05, batch 16',
 'ok.xor-elu-rmsprop': 'xor, [8 elu, 1 sigmoid], rmsprop 0.01',
 'ok.spirals-deep-adam': '3-class spirals, [64, 64, 32 relu, 3 softmax], adam 0.005, 300 epochs',
 'ok.blobs-four-classes': '4-class blobs, [8 relu, 4 softmax], plain sgd 0.05',
 'ok.sine-tanh-adam': 'sine regression, [32 tanh, 32 tanh, 1], adam 0.005',
 'ok.sine-elu-batch-4': 'sine, [24 elu, 24 elu, 1], rmsprop 0.002, batch 4',
 'ok.inline-paddle-fit': 'inline 12-row table: paddler height and weight -> paddle length, standard both, [4 tanh, 1], adam',
 'ok.inline-rescue-call': 'inline 14-row table with string labels yes/no (rescue call from wind and experience), [6 relu, 1 sigmoid], bce, adam',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir(os.path.join(HERE, 'candidates')))
faults, healthy = [], []
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, d), exist_ok=True)
seen = set()
def move(name, folder, newname=None):
    shutil.move(os.path.join(HERE, 'candidates', name + '.nn.json'), os.path.join(HERE, folder, (newname or name) + '.nn.json'))
for key, (stage, extra, text) in F.items():
    name, code = (key if isinstance(key, tuple) else (key, key.split('.')[0]))
    seen.add(name)
    newname = code + '.' + name.split('.', 1)[1]
    line = obs[name].replace(name, newname) if name != newname else obs[name]
    faults.append({'file': f'faulty/{newname}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    move(name, 'faulty', newname)
for name, cov in COVERS.items():
    seen.add(name)
    healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{cov} (observe: {obs[name]})'})
    move(name, 'healthy')
for name in DROP:
    seen.add(name)
    move(name, 'dropped')
missing = [c for c in cands if c not in seen]
assert not missing, missing
shutil.rmtree(os.path.join(HERE, 'candidates'))
about = ('Fault set blind270 (issue #4): canoe and kayak rental outfitters. Written blind and frozen before the product was run on it; no one tunes on it. '
         '"code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught, "catches" the codes whose advice would genuinely fix it. '
         'Each fault and healthy entry ends with its bare-engine result from test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low, plateau, exploding and saturated candidates (observed-curves.txt). '
         'Data from data/generate.ts (seed 270): trips.csv (460 bookings, skewed wind and river flow, a paddle_length_cm feature with no effect, id and timestamp text columns, capsized 0/1 at 12%, revenue_eur), '
         'trips-gaps.csv (NA, empty and ? cells), daily.csv (380 days, collinear air_temp_c/air_temp_f, skewed rain, boats_rented and staff_hours), daily-eu.csv (semicolons, decimal commas), '
         'returns.csv (tab-separated boat return checks, 3 grades with rare "repair"), plus builtins and two inline tables.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
from collections import Counter
print(len(faults), Counter(f['code'] for f in faults), Counter(f['stage'] for f in faults), 'healthy', len(healthy), 'dropped', len(DROP))
