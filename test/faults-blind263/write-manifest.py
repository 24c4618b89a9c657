#!/usr/bin/env python3
"""Verdicts of fault set blind263, decided from observed.txt / observed-curves.txt: moves candidates/ into
faulty/, healthy/, dropped/ and writes manifest.json. Run from this folder: python3 write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
obs = {}
for line in open('observed.txt'):
    line = line.strip()
    if not line:
        continue
    m = re.match(r'([^:\s]+?)(?:\.nn\.json)?(?::| does not parse)', line)
    obs[m.group(1)] = line

S, P, T = 'static', 'probe', 'training'
# candidate -> (code, stage, catches, fault text); code differs from the candidate's prefix when re-filed
F = {
 'invalid-spec.relu-camelcase': ('invalid-spec', S, [], 'activation typed "ReLu" on the hidden layer of the grading-shed classifier'),
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer "adamw" copied from a PyTorch notebook for the lot-price model'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'loss written as Keras\'s "categorical_crossentropy" instead of "cce" for the tree grades'),
 'invalid-spec.dropout-percent': ('invalid-spec', S, [], 'dropout rate written as a percentage (30) in the needlecast model'),
 'invalid-spec.glorot-init': ('invalid-spec', S, [], 'init "glorot_uniform" (Keras name) where the format calls it xavier_uniform'),
 'data-error.lot-file-typo': ('data-error', S, [], 'data path "lot.csv" where the export is lots.csv'),
 'data-error.target-price-name': ('data-error', S, [], 'target "price" but the lot export\'s column is price_eur'),
 'data-error.tag-id-column-included': ('data-error', S, [], 'no "features" list, so the tag_id and cut_date text columns of the lot export are read as features'),
 'data-error.crew-missing-markers': ('data-error', S, [], 'field crew\'s copy of the lot export with NA, empty and "?" readings'),
 'data-error.euro-sign-prices': ('data-error', S, [], 'shop ledger prices typed with a euro sign, used as an mse target'),
 'data-error.revenue-thousands': ('data-error', S, [], 'monthly revenue sheet with thousands separators ("2,465") in visitors and revenue'),
 'data-error.shared-drive-path': ('data-error', S, [], 'data path climbing out of the workspace to the farm\'s shared drive'),
 'shape-mismatch.two-grades-head': ('shape-mismatch', S, [], 'softmax head of 2 units for the three grades (premium, standard, cull)'),
 'shape-mismatch.four-grade-head': ('shape-mismatch', S, [], 'softmax head of 4 units (an old "reject" grade) for three grades'),
 'shape-mismatch.price-two-outputs': ('shape-mismatch', S, [], 'price regression with 2 output units for one target column'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', S, [], 'two target columns (price_eur, fullness_score) but a single output unit'),
 'loss-activation-mismatch.softmax-price': ('loss-activation-mismatch', S, [], 'softmax on a single-unit price head under mse: the output is always 1'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'bce on a linear head for needlecast infection'),
 'loss-activation-mismatch.relu-head-standardised-price': ('loss-activation-mismatch', S, [], 'relu head on a standardised price target that is negative for half the trees'),
 'loss-activation-mismatch.tanh-head-bce': ('loss-activation-mismatch', S, [], 'tanh head under bce for needlecast infection'),
 'loss-activation-mismatch.sigmoid-head-raw-price': ('loss-activation-mismatch', S, [], 'sigmoid head under mse on raw prices of 30-120 EUR, which it cannot reach'),
 'init-symmetry.constant-hidden': ('init-symmetry', S, [], 'hidden sigmoid layer of 12 units initialised to the constant 0.1'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', S, ['dead-relu'], 'two relu layers (24 and 12 units) initialised to zeros'),
 'init-symmetry.constant-deep-tanh': ('init-symmetry', S, [], 'second tanh layer of 16 units initialised to the constant 0.05'),
 'init-scale.normal-std-8': ('init-scale', S, ['saturated-activation'], 'tanh layer initialised normal std 8'),
 'init-scale.uniform-tiny-deep': ('init-scale', S, ['vanishing-gradient'], 'three relu layers initialised uniform limit 1e-5'),
 'init-scale.normal-std-30-relu': ('init-scale', S, ['exploding-gradient'], 'relu layers initialised normal std 30'),
 'init-scale.uniform-limit-5': ('init-scale', S, ['saturated-activation'], 'sigmoid layer and head initialised uniform limit 5'),
 'no-nonlinearity.linear-stack-circles': ('no-nonlinearity', S, [], 'two linear hidden layers on circles (a planting-ring mock-up)'),
 'no-nonlinearity.default-activation-moons': ('no-nonlinearity', S, [], 'hidden layers with no activation given (linear by default) on moons'),
 'no-nonlinearity.linear-hidden-needlecast': ('no-nonlinearity', S, [], 'needlecast model with two linear hidden layers (batch norm on the first)'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', S, ['lr-too-high'], 'adam at lr 5 on the grades'),
 'lr-out-of-range.sgd-lr-80': ('lr-out-of-range', S, ['lr-too-high'], 'sgd at lr 80 on needlecast'),
 'lr-out-of-range.rmsprop-1e-8': ('lr-out-of-range', S, ['lr-too-low'], 'rmsprop at lr 1e-8 on lot prices'),
 'dead-relu.negative-bias': ('dead-relu', P, [], 'relu layer with bias -6 on standardised grading features'),
 'dead-relu.bias-minus-3-deep': ('dead-relu', P, [], 'deep relu needlecast net with bias -3 on two layers'),
 'dead-relu.adam-big-step': ('dead-relu', P, ['lr-too-high'], 'adam at 0.3 on a two-layer relu grader: every unit dies in the first steps'),
 'exploding-gradient.raw-price-target': ('exploding-gradient', P, ['saturated-activation'], 'price in raw EUR under mse with sgd momentum on a tanh net (normalizeTarget none)'),
 'exploding-gradient.deep-big-init': ('exploding-gradient', P, ['init-scale'], 'four layers initialised normal std 1.5 on needlecast'),
 'nan-loss.raw-lots-sgd-lr': ('exploding-gradient', P, ['lr-too-high'], 'raw lot features (rainfall ~800 mm, fertilizer kg/ha) and raw prices with sgd 0.01; written as nan-loss, it did not go NaN: the loss exploded to 8e17 and every relu died'),
 'vanishing-gradient.deep-sigmoid-grades': ('vanishing-gradient', P, [], 'seven sigmoid layers on the grades with plain sgd'),
 'vanishing-gradient.deep-tanh-tiny-init': ('vanishing-gradient', P, ['init-scale'], 'six tanh layers initialised normal std 0.02'),
 'vanishing-gradient.sigmoid-tower-lots': ('vanishing-gradient', P, [], 'eight sigmoid layers on lot prices'),
 'vanishing-gradient.deep-sigmoid-small-normal': ('vanishing-gradient', P, [], 'six sigmoid layers with normal std 0.1 under rmsprop 1e-4'),
 'nan-loss.huge-target-elu': ('nan-loss', P, ['exploding-gradient'], 'raw lot features and raw prices, elu net, sgd momentum 0.95'),
 'nan-loss.raw-fertilizer-momentum': ('nan-loss', P, ['exploding-gradient'], 'raw lot features (skewed fertilizer, rainfall) with sgd 0.05 momentum 0.9, batch 8'),
 'dead-relu.raw-features-sgd': ('nan-loss', P, ['exploding-gradient'], 'raw lot features with sgd 0.05 on a relu net; written as dead-relu, it went NaN in the first epoch'),
 'lr-too-high.nesterov-1.5-lots': ('nan-loss', P, ['lr-too-high'], 'nesterov sgd at 1.5 on lot prices; written as lr-too-high, it went NaN at epoch 2'),
 'lr-too-high.rmsprop-0.2-lots': ('lr-too-high', P, ['dead-relu'], 'rmsprop at 0.2 on lot prices: loss jumps to 873 and the net ends at the baseline'),
 'lr-too-high.sgd-momentum-grades': ('lr-too-high', P, ['lr-out-of-range'], 'sgd 3 with momentum 0.9 on the grades: loss bounces 40-120 times the baseline'),
 'oscillating-loss.fullbatch-sgd-edge': ('lr-too-high', P, ['exploding-gradient'], 'full-batch sgd at 0.95 on a linear price model; written as oscillating, it diverged steadily'),
 'oscillating-loss.sgd-batch2-grades': ('lr-too-high', P, ['exploding-gradient'], 'sgd 0.8 momentum 0.5 at batch 2 on the grades; written as oscillating, it blew up and ended above the baseline'),
 'lr-too-low.sgd-1e-5-grades': ('lr-too-low', P, [], 'plain sgd at 1e-5 for 100 epochs on the grades'),
 'lr-too-low.adam-1e-6-lots': ('lr-too-low', P, ['lr-out-of-range'], 'adam at 1e-6 on lot prices'),
 'lr-too-low.rmsprop-1e-6-needlecast': ('lr-too-low', P, ['lr-out-of-range'], 'rmsprop at 1e-6 on needlecast'),
 'lr-too-low.momentum-1e-5-fullbatch': ('lr-too-low', P, [], 'full-batch sgd 1e-5 with momentum on lot prices'),
 'saturated-activation.sigmoid-raw-rainfall': ('saturated-activation', P, [], 'sigmoid layer on raw scouting features (humidity %, rainfall mm)'),
 'saturated-activation.tanh-raw-lots': ('saturated-activation', P, [], 'tanh layer on raw lot features (rainfall ~800, height cm)'),
 'saturated-activation.sigmoid-std-4': ('saturated-activation', P, ['init-scale'], 'sigmoid layer initialised normal std 4'),
 'saturated-activation.tanh-bias-6': ('saturated-activation', P, [], 'tanh layer with initial bias 6'),
 'loss-plateau.weight-decay-heavy': ('loss-plateau', T, [], 'adam with weightDecay 2 (meant 2e-4) on the grades'),
 'loss-plateau.dropout-0.9-tiny': ('loss-plateau', T, [], 'dropout 0.9 after an 8-unit layer on lot prices'),
 'loss-plateau.clipnorm-tiny-sgd': ('loss-plateau', T, ['lr-too-low'], 'clipNorm 1e-4 (meant 1) on needlecast sgd'),
 'oscillating-loss.adam-0.05-batch2': ('oscillating-loss', T, ['lr-too-high'], 'adam 0.05 at batch 2 on lot prices: loss swings 0.23-0.43 with no trend'),
 'lr-too-high.adam-0.3-grades': ('oscillating-loss', T, ['lr-too-high'], 'adam 0.3 on a tanh grader; written as lr-too-high, its loss bounced 0.43-1.0 (1.00, 1.21, 0.99, 0.55, 0.89, 0.52, 0.91)'),
}
DROP = {
 'invalid-spec.validation-split-whole': 'surplus: the set would exceed 65 faults; invalid-spec has five others',
 'lr-out-of-range.adam-lr-negative': 'refused by the parser as invalid-spec (lr must be > 0); it sits between codes, and the set was over 65 faults',
 'no-nonlinearity.linear-stack-grades': 'ends at 0.26 of baseline, as well as softmax regression: depth adds nothing, but the harm is invisible; surplus',
 'loss-activation-mismatch.cce-sigmoid-head': 'loss 8e-4 with acc 0.573: a confusing result; surplus',
 'oscillating-loss.sgd-batch1-momentum': 'diverged to NaN at epoch 5 (not oscillating); nan-loss already had enough',
 'exploding-gradient.raw-lots-sgd': 'largest gradient norm about 150, relu all dead: borderline between exploding and dead-relu',
 'init-symmetry.zeros-hidden': 'tanh layer of zeros still trained to 0.24 of baseline; surplus',
 'exploding-gradient.raw-rainfall-elu': 'first loss 13.8, gradient up to 116, then stuck at the baseline: mixed symptom',
 'shape-mismatch.bce-two-units': 'the engine trains it (0.46 of baseline): not clearly a mismatch',
 'loss-plateau.one-unit-bottleneck': 'still falling at the end (0.63, 0.60): not a plateau',
 'loss-plateau.fertilizer-only': 'the features carry little of the price: 0.79 may be all those features allow',
 'oscillating-loss.adam-0.03-batch1-needlecast': 'small swings while still descending: borderline',
 'oscillating-loss.rmsprop-batch4': 'descended to 0.04 of baseline: trains well',
 'oscillating-loss.rmsprop-0.02-batch1-lots': 'small swings around 0.12-0.15 of baseline: borderline',
 'lr-too-high.sgd-2-needlecast': 'bounces (0.19, 0.16, 0.11, 0.20, 0.15) but ends at 0.33 of baseline: between oscillating and healthy',
 'ok.lots-linear-regression': 'ends at 0.53 of baseline where nets reach 0.02: not as good as reasonable alternatives',
 'ok.grades-batch1-adam-small': 'ends at 0.43 of baseline where others reach 0.11: may be lr-too-low',
 'ok.grades-batchnorm-sgd': 'ends at 0.43 of baseline: not clearly healthy',
 'ok.lots-raw-features-batchnorm': 'ends at 0.34 of baseline (min 0.23): not clearly healthy',
 'ok.lots-plain-sgd-batch1': 'ends at 0.21 of baseline in 60 epochs: borderline',
}
COVERS = {
 'ok.lots-adam-relu': 'lots.csv standard + standard target, [32 relu, 16 relu, 1 linear], mse, adam 0.003, batch 32, val 0.2',
 'ok.lots-sgd-momentum-tanh': 'lots.csv, [24 tanh, 1 linear], mse, sgd 0.02 momentum 0.9, batch 16',
 'ok.lots-nesterov-elu': 'lots.csv minmax, [32 elu, 16 elu, 1], mse, nesterov sgd 0.02, 200 epochs',
 'ok.lots-rmsprop-batchnorm': 'lots.csv, two relu layers with batch norm, rmsprop 0.002',
 'ok.lots-fullbatch-adam': 'lots.csv full batch (320), leaky_relu 32x2, adam 0.01, 400 epochs',
 'ok.lots-weight-decay-dropout': 'lots.csv, [64 relu, dropout 0.2, 32 relu, 1], adam 0.002 weightDecay 1e-4, val 0.15',
 'ok.lots-minmax-target': 'lots.csv with minmax target and a sigmoid head under mse, elu 16, adam 0.01, batch 16',
 'ok.lots-clipnorm-deep': 'lots.csv, four relu layers, sgd 0.01 momentum 0.9 clipNorm 1',
 'ok.lots-three-features-tanh-rms': 'lots.csv three features, [16 tanh, 8 tanh, 1], rmsprop 0.003, batch 8',
 'ok.lots-huber-like-long-small-lr': 'lots.csv, [48 relu, 24 relu, 1], adam 3e-4, batch 64, 400 epochs',
 'ok.lots-xavier-normal-tanh-sgd': 'lots.csv, tanh 32 xavier_normal, plain sgd 0.05',
 'ok.grades-adam-relu': 'grades.csv string classes, [32 relu, softmax 3], cce, adam 0.005, val 0.2',
 'ok.grades-export-semicolon': 'grades-export.csv (semicolons, decimal commas) minmax, tanh 24, adam 0.01, batch 16',
 'ok.grades-sgd-momentum': 'grades.csv, [32 relu, 16 relu, softmax], sgd 0.05 momentum 0.9',
 'ok.grades-rmsprop-elu-dropout': 'grades.csv, [48 elu, dropout 0.3, softmax], rmsprop 0.002',
 'ok.grades-fullbatch-nesterov': 'grades.csv full batch (300), tanh 32, nesterov sgd 0.5, 300 epochs',
 'ok.grades-softmax-regression': 'grades.csv, a single softmax layer (multinomial logistic regression), adam 0.02',
 'ok.grades-deep-narrow-sigmoid': 'grades.csv, two sigmoid hidden layers of 16, adam 0.01, batch 16, 200 epochs',
 'ok.grades-wide-shallow-rms-batch8': 'grades.csv, relu 128, rmsprop 5e-4, batch 8',
 'ok.grades-lecun-elu-adam-batch64': 'grades-export.csv, elu 32/16 lecun_normal, adam 0.003, batch 64',
 'ok.needlecast-adam-relu': 'needlecast.csv (tab-separated, text block/date columns left out), relu 16, bce, adam 0.005, val 0.2',
 'ok.needlecast-logistic': 'needlecast.csv, logistic regression (one sigmoid unit), sgd 0.2',
 'ok.needlecast-rmsprop-tanh': 'needlecast.csv, tanh 24/12, rmsprop 0.001, batch 16',
 'ok.needlecast-minmax-sgd-momentum': 'needlecast.csv minmax, elu 16, sgd 0.1 momentum 0.9, 200 epochs',
 'ok.needlecast-clip-weightdecay': 'needlecast.csv, relu 32, dropout 0.1, relu 16, adam 0.003 clipNorm 5 weightDecay 1e-3, batch 64',
 'ok.needlecast-batch4-sgd': 'needlecast.csv, leaky_relu 8, plain sgd 0.02, batch 4',
 'ok.needlecast-batchnorm-adam': 'needlecast.csv raw features with batch norm on relu 24, adam 0.01',
 'ok.needlecast-cce-two-units': 'needlecast.csv binary as two classes, softmax 2 under cce',
 'ok.needlecast-deep-elu-nesterov': 'needlecast.csv, elu 32/32/16, nesterov sgd 0.01, batch 16',
 'ok.moons-relu-adam': 'moons 300, relu 16x2, adam 0.01',
 'ok.circles-tanh-sgd': 'circles 300, tanh 16, sgd 0.3 momentum 0.9',
 'ok.spirals-deep-adam': 'spirals 3 classes, relu 64/64/32, adam 0.005, 300 epochs',
 'ok.iris-rmsprop': 'iris standard, elu 12, rmsprop 0.005',
 'ok.sine-tanh-adam': 'sine regression, tanh 32/16, adam 0.01, 300 epochs',
 'ok.xor-sigmoid-hidden': 'xor, tanh 8, adam 0.02',
 'ok.blobs-four-classes': 'blobs 4 classes, relu 16, plain sgd 0.05, batch 16',
 'ok.inline-stand-density': 'inline 10-row table (stand density to yield), linear regression, sgd 0.1 full batch',
 'ok.inline-label-strings': 'inline 12-row table with string labels sell/mulch, tanh 4, bce, adam 0.05, batch 4',
 'ok.moons-sigmoid-hidden-rms': 'moons, sigmoid 24 hidden, rmsprop 0.01, batch 16',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
assert set(cands) == set(F) | set(DROP) | set(COVERS), (set(cands) ^ (set(F) | set(DROP) | set(COVERS)))
assert not (set(F) & set(DROP)) and not (set(COVERS) & set(DROP))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy = [], []
for c in cands:
    src = f'candidates/{c}.nn.json'
    line = obs[c]
    if c in F:
        code, stage, extra, text = F[c]
        name = code + c[c.index('.'):]
        shutil.move(src, f'faulty/{name}.nn.json')
        faults.append({'file': f'faulty/{name}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + [x for x in extra if x != code]})
    elif c in COVERS:
        shutil.move(src, f'healthy/{c}.nn.json')
        healthy.append({'file': f'healthy/{c}.nn.json', 'covers': f'{COVERS[c]} (observe: {line})'})
    else:
        shutil.move(src, f'dropped/{c}.nn.json')
os.rmdir('candidates')
about = ('Fault set blind263 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: Christmas-tree farms. "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught, '
         '"catches" the codes whose advice would genuinely fix it. Each "fault" and "covers" ends with the bare engine\'s result from '
         'test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates '
         '(observed-curves.txt). Data (data/generate.ts, seeds from 263): lots.csv (320 cut trees sold: species code, age, height in cm and '
         'collinear height in ft, fullness, needle retention, skewed fertilizer, rainfall, soil pH, a row_number with no effect, tag_id and '
         'cut_date text columns, price_eur target); lots-gaps.csv (the same with NA/empty/? markers); grades.csv (300 graded trees, 6 features, '
         'grades premium/standard/cull, cull rare) and grades-export.csv (the same with semicolons and decimal commas); needlecast.csv '
         '(360 scouted blocks, tab-separated, block and date text columns, infected 0/1 about 16%); sales-ledger.csv (prices typed with a euro sign); '
         'wreaths.csv (thousands separators); plus builtins and two inline tables. Dropped candidates and reasons are in README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1, ensure_ascii=False)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), len(healthy), len(DROP), Counter(f['code'] for f in faults), Counter(f['stage'] for f in faults))
