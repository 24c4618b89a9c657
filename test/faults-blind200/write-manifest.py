#!/usr/bin/env python3
"""Verdicts of set blind200 from observed.txt: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind200: python3 write-manifest.py"""
import json, os, re, shutil

here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
obs = {}
for line in open('observed.txt'):
    line = line.rstrip('\n')
    s = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', s)
    if m:
        obs[m.group(1)] = s

def ob(name):
    return '(observe: ' + obs[name] + ')'

# candidate -> (code, stage, catches, fault words); code differs from the prefix when re-filed
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch notebook for the periodontitis risk model; the format has no adamw'),
 'invalid-spec.swish-activation': ('invalid-spec', 'static', [], 'hidden activation "swish" on the orthodontic treatment-length model; not an activation the format knows'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (30) instead of a fraction (0.3) on the claims classifier'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss "binary_crossentropy" (Keras name) for the no-show model instead of "bce"'),
 'invalid-spec.validation-split-whole': ('invalid-spec', 'static', [], 'validationSplit 1.5 (meant 0.15) on the periodontitis model: out of [0, 1)'),
 'data-error.last-years-export-missing': ('data-error', 'static', [], 'spec points at last year\'s export perio-2024.csv, which was never copied into the workspace'),
 'data-error.gaps-in-charting': ('data-error', 'static', [], 'the old practice software\'s export with NA, empty and "?" where no perio chart was done'),
 'data-error.bleeding-percent-sign': ('data-error', 'static', [], 'bleeding-on-probing exported with a percent sign ("23%") so the feature is text'),
 'data-error.target-capitalised': ('data-error', 'static', [], 'target "Months" while the ortho export\'s column is "months"'),
 'data-error.patient-id-as-feature': ('data-error', 'static', [], 'patient_id ("P10000") listed among the features: a text id column in a numeric input'),
 'data-error.practice-share-path': ('data-error', 'static', [], 'claims CSV read straight from the practice file server (/srv/practice-share) outside the workspace'),
 'shape-mismatch.four-procedure-units': ('shape-mismatch', 'static', [], 'softmax head of 4 units for 5 procedure classes (implant, the rare class, forgotten)'),
 'shape-mismatch.months-and-fee-one-unit': ('shape-mismatch', 'static', [], 'targets months and fee_eur but a single linear output unit'),
 'shape-mismatch.claims-one-unit': ('shape-mismatch', 'static', ['loss-activation-mismatch'], 'one softmax unit under cce for the 5 procedure classes'),
 'loss-activation-mismatch.softmax-with-mse': ('loss-activation-mismatch', 'static', [], 'softmax procedure head trained with mse instead of cce'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce on a linear output unit for periodontitis (sigmoid forgotten); loss ends above the baseline'),
 'loss-activation-mismatch.relu-head-standardised-months': ('loss-activation-mismatch', 'static', [], 'relu output on standardised treatment months: the half of cases below the mean month count cannot be reached'),
 'loss-activation-mismatch.tanh-head-raw-months': ('loss-activation-mismatch', 'static', ['saturated-activation'], 'tanh output for raw treatment months (5 to 48) without normalizeTarget: the head cannot exceed 1, loss stays at 11x the baseline'),
 'init-symmetry.zeros-hidden-relu': ('init-symmetry', 'static', [], 'hidden layer of 16 tanh units (the slug says relu: the writer switched the activation and kept the name) initialised to zeros'),
 'init-symmetry.constant-tanh': ('init-symmetry', 'static', [], 'constant 0.1 init in the 12-unit tanh layer of the treatment-length model'),
 'init-symmetry.zeros-both-layers': ('init-symmetry', 'static', [], 'zeros init on both sigmoid hidden layers (24 and 16 units) of the claims classifier'),
 'init-scale.normal-std-8': ('init-scale', 'static', ['saturated-activation'], 'normal init with std 8 on a 64-unit relu layer; loss ends above the baseline'),
 'init-scale.tiny-std-deep': ('init-scale', 'static', ['vanishing-gradient'], 'normal init std 1e-4 in every layer of a 3x32 tanh net: signal and gradients vanish, loss stays at baseline'),
 'init-scale.uniform-limit-20': ('init-scale', 'static', ['saturated-activation'], 'uniform init limit 20 (meant 0.2) in a 32-unit tanh layer: 91% of outputs saturated'),
 'init-scale.output-std-30': ('init-scale', 'static', [], 'output sigmoid unit initialised with std 30: the no-show model starts and stays far above the baseline'),
 'saturated-activation.tanh-std-4': ('init-scale', 'static', ['saturated-activation'], 're-filed from saturated-activation: normal std 4 on a tanh layer with 7 inputs; 78% saturated though it still trains'),
 'no-nonlinearity.linear-stack-claims': ('no-nonlinearity', 'static', [], 'two hidden layers (32, 16) both linear in the claims classifier'),
 'no-nonlinearity.linear-hidden-perio': ('no-nonlinearity', 'static', [], 'two linear hidden layers of 24 before the sigmoid: a logistic regression in disguise'),
 'no-nonlinearity.default-activation-ortho': ('no-nonlinearity', 'static', [], 'activation left out on every layer (default linear): a 32-16-1 stack that is one linear map'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 5 (meant 5e-3) on the periodontitis model'),
 'lr-out-of-range.sgd-lr-40': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 40 on the treatment-length model: NaN in the first epoch'),
 'lr-out-of-range.rmsprop-lr-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-9: the claims classifier never moves'),
 'lr-out-of-range.adam-lr-12-bookings': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 12 on the no-show model; loss ends at 3.9x the baseline'),
 'dead-relu.negative-bias-hidden': ('dead-relu', 'probe', [], 'relu layer with initial bias -6 (copied from a sparse-activation recipe): 88% of units dead all run'),
 'dead-relu.raw-spend-sgd-hot': ('dead-relu', 'probe', ['exploding-gradient'], 'raw features (annual spend in euros) with sgd 0.05: the first steps blow up and 97% of the first layer dies'),
 'dead-relu.bias-minus-4-ortho': ('dead-relu', 'probe', [], 'bias -4 on both relu layers: the second layer entirely dead, loss at baseline'),
 'dead-relu.claims-adam-hot': ('dead-relu', 'probe', ['lr-too-high'], 'adam 0.3 on a 48-48 relu claims net: 98% of the second layer dies, loss near baseline'),
 'lr-too-high.adam-0p2-ortho-batch16': ('dead-relu', 'probe', ['lr-too-high'], 're-filed from lr-too-high: adam 0.2 killed the whole second relu layer; loss then stuck at the baseline'),
 'exploding-gradient.raw-months-raw-features': ('exploding-gradient', 'probe', ['nan-loss'], 'raw features and raw months (no normalisation) with sgd: first loss 7.8e14, stuck at 1.6e9'),
 'nan-loss.raw-fee-momentum': ('exploding-gradient', 'probe', ['nan-loss', 'dead-relu'], 're-filed from nan-loss: raw features and the fee in euros as target with momentum 0.95; loss 4e40 and gradients up to 6e19 at first, then the relu layers die (no NaN)'),
 'nan-loss.raw-ortho-sgd-hot': ('exploding-gradient', 'probe', ['nan-loss', 'dead-relu'], 're-filed from nan-loss: raw ortho features and months with sgd 0.05: first loss 1.4e18, gradients to 4e8, then the relu layer dies (no NaN)'),
 'vanishing-gradient.eight-sigmoid-layers': ('vanishing-gradient', 'probe', [], 'eight sigmoid hidden layers with plain sgd: first-layer gradients 1e-5, loss at baseline'),
 'vanishing-gradient.ten-tanh-small-init': ('vanishing-gradient', 'probe', ['init-scale'], 'ten tanh layers with normal std 0.05: first-layer gradients ~1e-6, loss at baseline'),
 'vanishing-gradient.sigmoid-tower-ortho': ('vanishing-gradient', 'probe', [], 'seven sigmoid layers on the treatment-length regression: first-layer gradients ~1e-5, loss at baseline'),
 'vanishing-gradient.sigmoid-deep-bookings': ('vanishing-gradient', 'probe', [], 'nine sigmoid layers (lecun_normal) with rmsprop 1e-4 on no-shows: first-layer gradients ~1e-7'),
 'nan-loss.raw-perio-linear-mse': ('nan-loss', 'probe', ['exploding-gradient'], 'annual spend in euros as a raw regression target, raw features, sgd 0.1 batch 8: NaN in the first epoch'),
 'exploding-gradient.deep-relu-std-1': ('nan-loss', 'probe', ['exploding-gradient', 'init-scale'], 're-filed from exploding-gradient: four 64-unit relu layers at normal std 1: NaN in the first epoch'),
 'exploding-gradient.raw-fee-target': ('nan-loss', 'probe', ['exploding-gradient'], 're-filed from exploding-gradient: fee in euros as raw target (no normalizeTarget) with momentum sgd: NaN in the first epoch'),
 'lr-too-high.sgd-1p5-ortho': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 're-filed from lr-too-high: sgd 1.5 on the standardised ortho data: 9.5e22 then NaN in epoch 2'),
 'lr-too-high.adam-0p3-perio': ('lr-too-high', 'probe', ['dead-relu'], 'adam 0.3 on the periodontitis net: loss falls to 0.36 then climbs back to the baseline (curve in observed-curves.txt)'),
 'lr-too-high.nesterov-0p8-bookings': ('lr-too-high', 'probe', ['oscillating-loss'], 'Nesterov sgd 0.8 momentum 0.9 on no-shows: loss bounces 0.36-0.96, always above the 0.32 baseline'),
 'lr-too-high.sgd-0p9-perio-elu': ('lr-too-high', 'probe', ['oscillating-loss'], 'sgd 0.9 momentum 0.9 batch 16: loss jumps to 178 and ends at 2.6x the baseline'),
 'lr-too-low.sgd-1e-5-perio': ('lr-too-low', 'probe', [], 'plain sgd 1e-5 for 60 epochs: loss 0.760 -> 0.756, above baseline'),
 'lr-too-low.adam-1e-6-ortho': ('lr-too-low', 'probe', ['lr-out-of-range'], 'adam 1e-6: treatment-length loss 1.34 -> 1.31, above the baseline'),
 'lr-too-low.rmsprop-2e-7-claims': ('lr-too-low', 'probe', ['lr-out-of-range'], 'rmsprop 2e-7: claims loss 2.152 -> 2.146'),
 'lr-too-low.momentum-1e-5-fullbatch': ('lr-too-low', 'probe', [], 'momentum sgd 1e-5 on the full batch (one step per epoch, 150 epochs): loss 1.33 -> 1.23'),
 'saturated-activation.sigmoid-bias-8': ('saturated-activation', 'probe', [], 'sigmoid hidden layer with initial bias 8: every unit pinned at 1, loss at baseline'),
 'saturated-activation.sigmoid-raw-spend': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on raw perio features (spend in euros, bleeding in %): 92% saturated, loss 0.85 of baseline'),
 'saturated-activation.tanh-raw-bookings-lead-days': ('saturated-activation', 'probe', ['init-scale'], 'tanh layer (normal std 1) on raw no-show features (lead days, hour, km): 98% saturated, loss 0.88 of baseline'),
 'loss-plateau.weight-decay-2': ('loss-plateau', 'training', [], 'weightDecay 2 (meant 2e-4): the periodontitis model stays at the baseline'),
 'loss-plateau.dropout-0p95': ('loss-plateau', 'training', [], 'dropout 0.95 after an 8-unit layer: claims loss stalls at 0.94 of baseline'),
 'loss-plateau.clipnorm-1e-5': ('loss-plateau', 'training', ['lr-too-low'], 'clipNorm 1e-5 (meant 1e5?): every step clipped to nothing, loss flat at 2.4x baseline'),
 'loss-plateau.sigmoid-sgd-slow-claims': ('loss-plateau', 'training', ['lr-too-low'], 'two sigmoid layers, plain sgd 0.002, batch 64: claims loss flat at the baseline for 100 epochs'),
 'oscillating-loss.rmsprop-0p03-batch4': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop 0.03 with batch 4: periodontitis loss swings 0.24-0.31 epoch to epoch and does not settle'),
 'lr-too-high.rmsprop-0p2-claims': ('oscillating-loss', 'training', ['lr-too-high'], 're-filed from lr-too-high: rmsprop 0.2 on claims: loss swings 0.05-0.40 to the end (healthy runs settle near 0.01)'),
}
H = {
 'ok.perio-relu-adam': 'perio.csv standard, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003, batch 32',
 'ok.perio-tanh-sgd-momentum': 'perio.csv, [12 tanh, 1 sigmoid], bce, sgd 0.05 momentum 0.9',
 'ok.perio-rmsprop-dropout': 'perio.csv, [32 relu, dropout 0.2, 16 relu, 1 sigmoid], rmsprop 0.002, validationSplit 0.2',
 'ok.perio-batchnorm': 'perio.csv, [24 relu bn, 12 relu bn, 1 sigmoid], adam 0.003',
 'ok.perio-two-class-softmax': 'perio.csv, 0/1 target as 2 classes under cce, [16 relu, 2 softmax], adam',
 'ok.perio-fullbatch-adam': 'perio.csv full batch 520, [24 tanh, 1 sigmoid], adam 0.02, 300 epochs (memorises the noisy labels)',
 'ok.perio-weight-decay-clip': 'perio.csv, [32 relu, 1 sigmoid], adam 0.003 weightDecay 1e-4 clipNorm 1, batch 16',
 'ok.ortho-relu-adam': 'ortho.csv standard + normalizeTarget standard, [32 relu, 16 relu, 1 linear], mse, adam',
 'ok.ortho-tanh-momentum': 'ortho.csv, [16 tanh, 1 linear], sgd 0.02 momentum 0.9',
 'ok.ortho-eu-export': 'ortho-eu.csv (semicolons, decimal commas), [24 elu, 1 linear], adam 0.005',
 'ok.ortho-minmax-rmsprop': 'ortho.csv minmax, [32 relu, 1 linear], rmsprop 0.002',
 'ok.ortho-linear-regression': 'ortho.csv, single linear unit, plain sgd 0.02',
 'ok.ortho-deep-leaky': 'ortho.csv, [32, 32, 16, 8 leaky_relu, 1 linear], adam 0.001',
 'ok.ortho-batch1-sgd': 'ortho.csv, [8 tanh, 1 linear], plain sgd 0.005, batch 1, 40 epochs',
 'ok.ortho-dropout-val': 'ortho.csv, [48 relu, dropout 0.1, 1 linear], adam, validationSplit 0.2',
 'ok.ortho-raw-months-adam': 'ortho.csv with raw months target (no normalizeTarget) and output bias 18, [32 relu, 1 linear], adam 0.01',
 'ok.ortho-batchnorm-nesterov': 'ortho.csv, [24 relu bn, 1 linear], Nesterov sgd 0.02',
 'ok.ortho-momentum-batch64-deep-tanh': 'ortho.csv, [24, 24, 12 tanh, 1 linear], momentum sgd 0.01, batch 64, 200 epochs',
 'ok.ortho-uniform-init-rmsprop': 'ortho.csv, [24 tanh uniform limit 0.3, 1 linear], rmsprop 0.003, batch 16',
 'ok.claims-relu-adam': 'claims.csv (5 string classes, implants rare), [32 relu, 5 softmax], cce, adam',
 'ok.claims-tab-export': 'claims-tab.csv (tab separated), [24 tanh, 5 softmax], adam 0.005',
 'ok.claims-rmsprop-deep': 'claims.csv, [32, 32, 16 elu, 5 softmax], rmsprop 0.001',
 'ok.claims-sgd-momentum-minmax': 'claims.csv minmax, [32 relu, 5 softmax], momentum sgd 0.05, batch 16',
 'ok.claims-softmax-regression': 'claims.csv, single softmax layer, adam 0.02, batch 64',
 'ok.claims-batchnorm-dropout': 'claims.csv, [48 relu bn, dropout 0.3, 24 relu, 5 softmax], adam, validationSplit 0.15',
 'ok.claims-sigmoid-hidden-adam': 'claims.csv, [24 sigmoid, 5 softmax], adam 0.01',
 'ok.claims-fullbatch-rmsprop': 'claims.csv full batch 560, [32 tanh, 5 softmax], rmsprop 0.005, 300 epochs',
 'ok.claims-leaky-nesterov-batch4': 'claims.csv, [24 leaky_relu, 5 softmax], Nesterov sgd 0.01, batch 4',
 'ok.bookings-nesterov-tanh': 'bookings.csv (10% no-shows), [12 tanh, 6 tanh, 1 sigmoid], Nesterov sgd 0.05',
 'ok.iris-tanh-sgd': 'builtin iris standard, [8 tanh, 3 softmax], momentum sgd 0.1, batch 16',
 'ok.moons-relu-adam': 'builtin moons 300, [16 relu, 16 relu, 1 sigmoid], adam 0.01',
 'ok.circles-elu-rmsprop': 'builtin circles 300, [16 elu, 1 sigmoid], rmsprop 0.01',
 'ok.sine-tanh-adam': 'builtin sine, [24 tanh, 24 tanh, 1 linear], mse, adam 0.005',
 'ok.spirals-deep-adam': 'builtin spirals 3 classes, [48 relu x3, 3 softmax], adam 0.005, 300 epochs',
 'ok.blobs-four-sgd': 'builtin blobs 4 classes, [8 relu, 4 softmax], plain sgd 0.05, batch 16',
 'ok.xor-inline-chair-signals': 'inline xor (4 rows), [8 tanh, 1 sigmoid], adam 0.05, batch 4 (full), 300 epochs',
 'ok.inline-shade-matching': 'inline 12 rows with string classes (tooth shades A1/A3/C4), standard, [6 relu, 3 softmax], adam 0.05, batch 4',
}
D = {
 'shape-mismatch.two-sigmoid-units-bce': 'two sigmoid units under bce for a 0/1 target: the engine accepted it and trained (0.62 of baseline); not a clear fault',
 'loss-activation-mismatch.cce-sigmoid-head': 'sigmoid head under cce reported a loss of 4.8e-4, not comparable to the baseline; unclear what it shows',
 'init-symmetry.constant-elu-ortho': 'only the first of two layers constant and the net trained to 0.17 of baseline; borderline',
 'exploding-gradient.raw-lab-fee-momentum': 'raw lab fee exploded once (51.8) then all relu units died: mixed, and the set already had enough dead-relu',
 'nan-loss.claims-raw-sgd-batch1': 'no NaN: the first layer died (dead 1.00); dropped to keep the count within 65',
 'saturated-activation.tanh-raw-ortho': 'saturated 70% but trained to 0.23 of baseline, close to healthy single runs; borderline',
 'saturated-activation.sigmoid-raw-claims-lab-fee': 'saturation fell to 47% and it trained to 0.12 of baseline; borderline',
 'oscillating-loss.adam-0p05-fullbatch': 'early bumps, then a smooth descent to 0.11 of baseline: healthy-looking, not oscillating',
 'oscillating-loss.sgd-batch1-0p3': 'bounced but kept descending to 0.0025: not a clear fault',
 'oscillating-loss.momentum-0p99-batch8': 'diverged to NaN at epoch 24 instead of oscillating; nan-loss already had enough',
 'ok.perio-nesterov-minmax': 'ended at 0.53 of baseline against 0.37-0.42 for the better perio nets; borderline healthy',
 'ok.perio-logistic': 'ended at 0.54 of baseline; borderline against the 0.37-0.42 of the hidden-layer nets',
 'ok.perio-plain-sgd-batch8': 'ended at 0.51 of baseline; borderline',
 'ok.perio-sigmoid-hidden-rmsprop': 'ended at 0.51 of baseline; borderline',
 'ok.bookings-adam': 'ended at 0.60 of baseline against 0.29 for the tanh Nesterov net; borderline',
 'ok.bookings-elu-rmsprop-val': 'ended at 0.59 of baseline; borderline',
 'ok.bookings-wd-clip-sgd': 'ended at 0.60 of baseline; borderline',
}
cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
assert set(cands) == set(F) | set(H) | set(D), (set(cands) ^ (set(F) | set(H) | set(D)))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy = [], []
for name, (code, stage, extra, words) in F.items():
    slug = name.split('.', 1)[1]
    fname = f'{code}.{slug}.nn.json'
    shutil.move(f'candidates/{name}.nn.json', f'faulty/{fname}')
    faults.append({'file': f'faulty/{fname}', 'code': code, 'fault': f'{words} {ob(name)}', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
for name, words in H.items():
    shutil.move(f'candidates/{name}.nn.json', f'healthy/{name}.nn.json')
    healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{words} {ob(name)}'})
for name in D:
    shutil.move(f'candidates/{name}.nn.json', f'dropped/{name}.nn.json')
shutil.rmtree('candidates')
about = ('Two-hundredth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
         'Theme: dental practices and orthodontists. Data (data/generate.ts, seeds from 200): perio.csv (520 recall patients, periodontitis 0/1 ~21%, skewed pocket depth and spend, an id and a date column, a no-effect colour code), '
         'perio-gaps.csv (NA/empty/? markers), perio-pct.csv (bleeding with "%"), ortho.csv (420 cases, treatment months, collinear wear hours and compliance, a no-effect shoe size, fee in euros), ortho-eu.csv (semicolons, decimal commas), '
         'claims.csv (560 claims, 5 string procedure classes, implants rare), claims-tab.csv (tab separated), bookings.csv (480 appointments, ~10% no-shows, a timestamp text column), plus builtins and two inline tables. '
         '"code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught, "catches" the codes whose advice would genuinely fix it. '
         'Each fault text and healthy covers ends with its bare-engine line from test/faults/observe.ts --summary (observed.txt); --curve for oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1)
from collections import Counter
print(len(faults), len(healthy), len(D)); print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
