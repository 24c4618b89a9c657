#!/usr/bin/env python3
"""Files the candidates of set blind271 by what the bare engine showed (observed.txt, observed-curves.txt,
observed-steps.txt), moves them into faulty/, healthy/ and dropped/, and writes manifest.json.
Run from this folder: python3 write-manifest.py"""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    s = line.strip()
    if not s:
        continue
    head = s.split(':')[0].split(' ')[0]
    obs[head.replace('.nn.json', '')] = s

# candidate -> (code, stage, catches, fault text); a re-filed candidate gets its new code (renamed).
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer written "adamw" (the PyTorch class name) for the sold-above-reserve model'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written "categorical_crossentropy" (Keras name) on the expertizing verdict model'),
 'invalid-spec.dropout-as-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage, 30, instead of 0.3'),
 'invalid-spec.activation-swish': ('invalid-spec', 'static', [], 'hidden activation "swish", which the format does not offer, on the collection-valuation model'),
 'data-error.last-years-export-missing': ('data-error', 'static', [], 'spec points at lots-2020.csv, an export nobody saved into the data folder'),
 'data-error.target-renamed-hammer': ('data-error', 'static', [], 'target "hammer_price" but the auction export calls the column hammer_gbp'),
 'data-error.sale-date-as-feature': ('data-error', 'static', [], 'the sale_date text column (2023-12-11) listed among the numeric features'),
 'data-error.back-office-gaps': ('data-error', 'static', [], 'trained on the back-office copy of the lots with NA, n/a and blank centering, gauge and grade cells'),
 'data-error.shared-drive-path': ('data-error', 'static', [], 'data path climbs out of the workspace to the auction house shared drive (../../../../../../srv/auction/lots.csv)'),
 'shape-mismatch.three-verdicts-not-four': ('shape-mismatch', 'static', [], 'softmax head of 3 units for the 4 expertizing verdicts (forgery, the rare class, forgotten)'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'two regression targets (offer_gbp and offer_k) but a single output unit'),
 'shape-mismatch.five-unit-head': ('shape-mismatch', 'static', [], '5-unit softmax head for 4 verdict classes (a "stolen" verdict planned but never in the data)'),
 'loss-activation-mismatch.softmax-price-mse': ('loss-activation-mismatch', 'static', [], 'softmax on the single hammer-price output under mse: the output is always 1, the loss never moves'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce with a linear output for sold/unsold: loss ends above the baseline'),
 'loss-activation-mismatch.relu-head-standard-target': ('loss-activation-mismatch', 'static', [], 'relu output on a standardised collection offer: the negative half of the targets is out of reach (0.15 of the baseline where healthy specs reach under 0.01)'),
 'loss-activation-mismatch.tanh-head-raw-pounds': ('loss-activation-mismatch', 'static', [], 'tanh output on collection offers in raw pounds (hundreds to tens of thousands): pinned at 1, loss above the baseline'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'zeros init on a 24-unit tanh hidden layer of the verdict model (ends no better than a plain softmax regression)'),
 'init-symmetry.constant-point-one': ('init-symmetry', 'static', [], 'constant 0.1 init on both relu hidden layers of the sold model: units stay copies, loss 0.68 of baseline'),
 'init-symmetry.zeros-both-layers': ('init-symmetry', 'static', [], 'zeros init on the sigmoid hidden layer and the output of the collection model'),
 'init-scale.normal-std-ten': ('init-scale', 'static', ['exploding-gradient', 'saturated-activation'], 'normal init with std 10 on two relu layers: first loss 321, ends above the baseline'),
 'init-scale.uniform-limit-twenty': ('init-scale', 'static', ['saturated-activation'], 'uniform init limit 20 on the tanh hidden layer: 93% of units saturated'),
 'init-scale.tiny-deep-tanh': ('init-scale', 'static', ['vanishing-gradient'], 'normal std 1e-4 on a 3-layer tanh net: first-layer gradients near 1e-10, loss stays at the baseline'),
 'init-scale.normal-std-five-sigmoid': ('init-scale', 'static', ['saturated-activation'], 'normal std 5 on sigmoid hidden and output layers: saturated, loss 2.8x the baseline'),
 'no-nonlinearity.default-activation-moons': ('no-nonlinearity', 'static', [], 'activation left out of both hidden layers (defaults to linear) on moons'),
 'no-nonlinearity.linear-circles': ('no-nonlinearity', 'static', [], 'three linear hidden layers on circles: stays at the baseline'),
 'no-nonlinearity.linear-price-mlp': ('no-nonlinearity', 'static', [], 'linear hidden layers (one with batch norm) on the hammer price: 0.21 of baseline vs 0.003 with relu'),
 'lr-out-of-range.adam-lr-fifty': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 50 (typed for 0.0050?)'),
 'lr-out-of-range.sgd-lr-hundred': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 100 on the collection model: NaN at once'),
 'lr-out-of-range.rmsprop-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-9: weights do not move'),
 'lr-out-of-range.sgd-1e-8': ('lr-out-of-range', 'static', ['lr-too-low'], 'sgd momentum lr 1e-8 on the hammer price: loss stays 1.5x the baseline'),
 'dead-relu.negative-bias': ('dead-relu', 'probe', [], 'relu hidden layers with bias -6 (copied from a sparse-activation recipe): 84% and 100% of units dead, loss at the baseline'),
 'dead-relu.bias-minus-three-collections': ('dead-relu', 'probe', [], 'relu layers with bias -4 on the collection model: second layer 83-96% dead, 0.84 of baseline'),
 'dead-relu.rmsprop-big-step': ('dead-relu', 'probe', ['lr-too-high'], 'rmsprop lr 0.5 on the verdict model: the second relu layer dies (97%), loss back at the baseline'),
 'exploding-gradient.raw-catalogue-pounds': ('exploding-gradient', 'probe', ['nan-loss'], 'raw catalogue values and hammer prices in pounds, no normalisation: gradients 1e5-1e6, loss 27000x the baseline'),
 'exploding-gradient.deep-std-one': ('exploding-gradient', 'probe', ['nan-loss', 'init-scale'], 'four relu layers with normal std 1 init: gradients 1e6 at step 1, 1e22 at step 2, NaN at step 3 (observed-steps.txt)'),
 'exploding-gradient.raw-target-adam': ('exploding-gradient', 'probe', ['nan-loss'], 'hammer price left in raw pounds (normalizeTarget none) with sgd momentum 0.01: gradients 500 -> 1e4 -> 1e11 -> 1e23, Infinity at step 5 (observed-steps.txt)'),
 'nan-loss.raw-collections-momentum': ('exploding-gradient', 'probe', ['nan-loss'], 'raw stamp counts and offers in pounds with sgd momentum: gradients up to 4e21, first loss 5e43 (re-filed from nan-loss: no NaN, the loss stays finite)'),
 'nan-loss.raw-pounds-sgd-lr-point-one': ('nan-loss', 'probe', ['exploding-gradient'], 'raw pounds with sgd lr 0.1: NaN in the first epoch'),
 'nan-loss.huge-init-linear-head': ('nan-loss', 'probe', ['init-scale', 'exploding-gradient'], 'normal std 50 init on raw pound features: NaN in the first epoch'),
 'dead-relu.sgd-blowup-kills-units': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd lr 0.5 on two relu layers of the hammer-price model, batch 16: NaN in the first epoch (re-filed from dead-relu: the loss went NaN before units could die)'),
 'lr-too-high.sgd-two': ('lr-too-high', 'probe', ['nan-loss', 'exploding-gradient'], 'sgd lr 2 on the standardised hammer price: loss 3e35 then NaN'),
 'lr-too-high.adam-point-five': ('lr-too-high', 'probe', ['dead-relu'], 'adam lr 0.5 on the verdicts: the loss never gets below the baseline, second relu layer dead'),
 'lr-too-high.rmsprop-point-three': ('lr-too-high', 'probe', ['oscillating-loss'], 'rmsprop lr 0.3 on sold: best 0.48 then bounces 0.6-0.9, ends 0.70 (above the baseline)'),
 'oscillating-loss.momentum-099': ('lr-too-high', 'probe', ['nan-loss', 'exploding-gradient'], 'sgd lr 0.1 with momentum 0.99 on the hammer price: loss rises every epoch from 0.73 to 1e38, NaN at epoch 95 (re-filed from oscillating-loss: it diverges, it does not swing)'),
 'vanishing-gradient.deep-sigmoid-sgd': ('vanishing-gradient', 'probe', [], 'seven sigmoid hidden layers with plain sgd 0.01 on sold: first-layer gradient 1e-5, loss at the baseline'),
 'vanishing-gradient.deep-tanh-small-normal': ('vanishing-gradient', 'probe', ['init-scale'], 'five tanh layers with normal std 0.02 init on the collection model: first-layer gradients 1e-5..1e-3, loss at the baseline'),
 'vanishing-gradient.ten-sigmoid-expertise': ('vanishing-gradient', 'probe', [], 'ten 12-unit sigmoid layers on the verdicts: first-layer gradient 1e-7, loss at the baseline'),
 'invalid-spec.validation-split-percent': ('invalid-spec', 'static', [], 'validationSplit written as 20 (percent) instead of 0.2 on the hammer-price model'),
 'no-nonlinearity.linear-stack-expertise': ('no-nonlinearity', 'static', [], 'two 32-unit linear hidden layers on the verdicts: no better than softmax regression (0.12 vs 0.01-0.03 with tanh or relu hidden layers)'),
 'vanishing-gradient.deep-sigmoid-uniform-small': ('vanishing-gradient', 'probe', ['init-scale'], 'six sigmoid layers with uniform 0.05 init and rmsprop 1e-4 on the hammer price: first-layer gradient 6e-8..8e-5, loss at the baseline'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', 'probe', [], 'plain sgd lr 1e-5 on sold: 0.5658 -> 0.5647 in 100 epochs'),
 'lr-too-low.adam-1e-6': ('lr-too-low', 'probe', [], 'adam lr 1e-6 on the verdicts: loss 2.26 -> 2.22, twice the baseline'),
 'lr-too-low.rmsprop-5e-6': ('lr-too-low', 'probe', [], 'rmsprop lr 5e-6 on the collection model: 2.23 -> 2.04, twice the baseline'),
 'lr-too-low.momentum-full-batch': ('lr-too-low', 'probe', [], 'sgd momentum lr 1e-4 with the full batch (100 steps in all): still falling at the end, 1.12x the baseline'),
 'saturated-activation.sigmoid-raw-pounds': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on raw features (catalogue pounds, years 1840-1980): 100% saturated, loss at the baseline'),
 'saturated-activation.tanh-bias-five': ('saturated-activation', 'probe', [], 'tanh hidden layer with bias 5: all units pinned at +1, loss at the baseline'),
 'saturated-activation.tanh-raw-collections': ('saturated-activation', 'probe', [], 'tanh layers on raw stamp counts and ages: first layer 99% saturated, 0.49 of the baseline vs 0.003 normalised'),
 'saturated-activation.sigmoid-std-four': ('saturated-activation', 'probe', ['init-scale'], 'sigmoid hidden layer with normal std 4 init: 67-74% saturated, 0.43 of the baseline'),
 'loss-plateau.weight-decay-one': ('loss-plateau', 'training', [], 'weightDecay 1 (meant 1e-4) on sold: loss returns to the baseline and stays'),
 'loss-plateau.dropout-ninety': ('loss-plateau', 'training', [], 'dropout 0.95 after a 16-unit layer: loss stalls at 0.93 of the baseline'),
 'loss-plateau.sigmoid-sgd-minmax-deep': ('loss-plateau', 'training', ['lr-too-low'], 'two sigmoid layers with plain sgd 0.01 on 3 spirals: flat at the baseline 1.0986'),
 'loss-plateau.heavy-decay-regression': ('loss-plateau', 'training', [], 'weightDecay 2 with sgd momentum on the collection model: back to the baseline and flat'),
 'oscillating-loss.adam-batch-one': ('oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.05 with batch size 1 on sold: loss bounces 0.40-0.47 (13 direction changes in the last 18 epochs), never settles'),
 'oscillating-loss.rmsprop-batch-two': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop lr 0.03 with batch size 2 on the collection model: loss swings between 0.05 and 0.13 (15 changes in 18 epochs)'),
}
DROP = {
 'loss-activation-mismatch.cce-sigmoid-head': 'cce on a sigmoid head: the loss fell to 3e-4 while accuracy stayed 0.69, a behaviour too odd to file confidently',
 'shape-mismatch.two-sigmoid-units-sold': 'the engine accepted two sigmoid units for the 0/1 target and trained to 0.55 of the baseline: no fault shown',
 'init-symmetry.constant-half-tanh': 'trained to 0.03 of the baseline (the random output layer breaks the symmetry): no harm shown',
 'lr-too-high.nesterov-one': 'nesterov lr 0.3 trained to 0.015 of the baseline: no fault shown',
 'oscillating-loss.sgd-full-batch-edge': 'sgd lr 3 full batch fell smoothly to 0.07 of the baseline: no swing',
 'data-error.sg-ref-feature': 'same fault as data-error.sale-date-as-feature (a text column among features); dropped to keep the set within 65 faults',
 'exploding-gradient.raw-collection-counts': 'NaN at step 3 (more nan-loss than exploding); dropped to keep the set within 65 faults',
 'ok.sold-adam-relu': 'validation loss 0.84 above the baseline 0.62 (overfits the noisy sold label): may be faulty',
 'ok.sold-dropout-decay': 'validation loss 0.76 above the baseline: may be faulty',
 'ok.expertise-adam': 'train loss 0.004 but validation 0.60: heavy overfitting, borderline',
 'ok.sold-batch-one-sgd': 'ended at 0.61 of the baseline, far from what other sold specs reach (0.3): may be lr-too-low',
 'ok.sold-few-features': 'ended at 0.62 of the baseline: borderline',
 'ok.sold-rmsprop-wide-shallow': 'ended at 0.57 of the baseline: borderline',
 'ok.sold-eu-adam-elu': 'ended at 0.63 of the baseline: borderline',
}
COVERS = {
 'ok.sold-eu-export': 'lots-eu.csv (semicolons, decimal commas) standard, [24 tanh, 1 sigmoid], bce, rmsprop 0.003, batch 32, 100 epochs',
 'ok.sold-sgd-momentum': 'lots.csv minmax, [32 relu, 1 sigmoid], bce, sgd momentum 0.9 lr 0.1, 150 epochs',
 'ok.sold-nesterov-bn': 'lots.csv standard, [32 relu bn, 16 relu bn, 1 sigmoid], bce, sgd nesterov 0.05, batch 64',
 'ok.sold-full-batch-adam': 'lots.csv, [32 elu, 1 sigmoid], bce, adam 0.01, full batch 480, 300 epochs',
 'ok.sold-leaky-clip': 'lots.csv, [24 leaky_relu he_uniform x2, 1 sigmoid], bce, rmsprop 0.001 clipNorm 1, batch 16',
 'ok.sold-sigmoid-hidden-lecun': 'lots.csv, [16 sigmoid lecun_normal, 1 sigmoid], bce, adam 0.01, 150 epochs',
 'ok.price-adam-relu': 'lots.csv hammer_gbp, normalizeTarget standard, [32 relu, 16 relu, 1 linear], mse, adam 0.003',
 'ok.price-minmax-target': 'lots.csv hammer_gbp, normalizeTarget minmax, [32 elu, 1 linear], mse, adam 0.003, batch 16',
 'ok.price-rmsprop-tanh': 'lots.csv hammer_gbp, [24 tanh xavier_normal x2, 1 linear], mse, rmsprop 0.001',
 'ok.price-sgd-momentum-clip': 'lots.csv hammer_gbp, [32 relu, 1 linear], mse, sgd momentum 0.9 lr 0.01 clipNorm 5',
 'ok.price-deep-narrow-bn': 'lots.csv hammer_gbp, [16 relu bn x3, 8 relu, 1 linear], mse, adam 0.002, validationSplit 0.2',
 'ok.price-linear-model': 'lots.csv hammer_gbp, a single linear unit (linear regression), mse, plain sgd 0.02',
 'ok.price-adam-batch-two': 'lots.csv hammer_gbp, [16 elu, 1 linear], mse, adam 0.0005, batch 2, 40 epochs',
 'ok.price-elu-rmsprop-batch-eight': 'lots.csv hammer_gbp, [32 elu, 16 elu, 1 linear], mse, rmsprop 0.0005 weightDecay 1e-4, batch 8',
 'ok.collections-adam': 'collections.tsv (tabs) offer_gbp standardised, [32 relu, 16 relu, 1 linear], mse, adam 0.003',
 'ok.collections-offer-k-raw': 'collections.tsv offer_k in thousands left raw, [24 elu, 1 linear], mse, adam 0.005, batch 16',
 'ok.collections-nesterov': 'collections.tsv minmax features and target, [32 tanh, 1 linear], mse, sgd nesterov 0.05, 300 epochs',
 'ok.collections-rmsprop-leaky': 'collections.tsv, [32 leaky_relu x2, 1 linear], mse, rmsprop 0.001 weightDecay 1e-4, validationSplit 0.2',
 'ok.collections-batch-four-sgd': 'collections.tsv, [16 relu, 1 linear], mse, plain sgd 0.01, batch 4',
 'ok.collections-full-batch-rmsprop': 'collections.tsv, [32 elu bn, 1 linear], mse, rmsprop 0.005, full batch 300, 400 epochs',
 'ok.collections-sigmoid-hidden-sgd': 'collections.tsv, [16 sigmoid, 1 linear], mse, sgd momentum 0.9 lr 0.1',
 'ok.collections-adam-deep-dropout': 'collections.tsv, [48 relu, dropout 0.1, 32 relu, 16 relu, 1 linear], mse, adam 0.001, batch 16',
 'ok.expertise-sgd-momentum': 'expertise.csv 4 string verdicts (rare forgery), [24 tanh, 4 softmax], cce, sgd momentum 0.05',
 'ok.expertise-rmsprop-dropout': 'expertise.csv, [48 elu, dropout 0.25, 4 softmax], cce, rmsprop 0.002, batch 16',
 'ok.expertise-minmax-batch-eight': 'expertise.csv minmax, [32 relu, 4 softmax], cce, adam 0.005, batch 8',
 'ok.expertise-deep-bn-nesterov': 'expertise.csv, [24 relu bn x3, 4 softmax], cce, sgd nesterov 0.05',
 'ok.expertise-softmax-regression': 'expertise.csv, [4 softmax] alone (multinomial logistic regression), cce, adam 0.02',
 'ok.expertise-leaky-decay-clip': 'expertise.csv, [32 leaky_relu, 16 leaky_relu, 4 softmax], cce, adam 0.003 weightDecay 5e-4 clipNorm 2',
 'ok.expertise-tanh-full-batch-rmsprop': 'expertise.csv, [32 tanh, 4 softmax], cce, rmsprop 0.01, full batch 420, 300 epochs',
 'ok.iris-adam': 'builtin iris standard, [16 relu, 3 softmax], cce, adam 0.01, batch 16',
 'ok.moons-tanh-sgd': 'builtin moons, [16 tanh x2, 1 sigmoid], bce, sgd momentum 0.9 lr 0.1',
 'ok.moons-leaky-nesterov': 'builtin moons noise 0.2, [32 leaky_relu, 1 sigmoid], bce, sgd nesterov 0.05, batch 16',
 'ok.circles-elu-rmsprop': 'builtin circles, [24 elu x2, 1 sigmoid], bce, rmsprop 0.005',
 'ok.spirals-deep-adam': 'builtin spirals 3 classes, [64 relu, 64 relu, 32 relu, 3 softmax], cce, adam 0.005, 400 epochs',
 'ok.blobs-four-classes-sgd': 'builtin blobs 4 classes, [8 relu, 4 softmax], cce, plain sgd 0.05, batch 16',
 'ok.sine-tanh-adam': 'builtin sine, [32 tanh x2, 1 linear], mse, adam 0.005, 400 epochs',
 'ok.xor-inline-grading': 'inline 8-row xor table, [8 tanh, 1 sigmoid], bce, adam 0.05, full batch 8, 400 epochs',
 'ok.inline-perf-gauge-classes': 'inline 12-row perforation table with string classes coarse/medium/fine, standard, [8 relu, 3 softmax], cce, adam 0.02, batch 4',
}

names = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND))
assert set(names) == set(F) | set(DROP) | set(COVERS), sorted(set(names) ^ (set(F) | set(DROP) | set(COVERS)))
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, sub), exist_ok=True)

def observe_line(name):
    line = obs[name]
    return 'observe: ' + line

faults, healthy = [], []
for name in names:
    src = os.path.join(CAND, name + '.nn.json')
    if name in F:
        code, stage, extra, text = F[name]
        slug = name.split('.', 1)[1]
        target = f'faulty/{code}.{slug}.nn.json'
        shutil.move(src, os.path.join(HERE, target))
        faults.append({'file': target, 'code': code, 'fault': f'{text} ({observe_line(name)})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif name in COVERS:
        target = f'healthy/{name}.nn.json'
        shutil.move(src, os.path.join(HERE, target))
        healthy.append({'file': target, 'covers': f'{COVERS[name]} ({observe_line(name)})'})
    else:
        shutil.move(src, os.path.join(HERE, 'dropped', name + '.nn.json'))
os.rmdir(CAND)

about = ('Fault set blind271 (issue #4), written blind and frozen before the product was run on it; no one tunes on it. '
         '"code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught, "catches" the codes whose advice would genuinely fix it. '
         'Each fault text and healthy covers ends with its bare-engine result from test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt); test/faults/steps.ts for three exploding candidates (observed-steps.txt). '
         'Theme: stamp dealers and philatelic auction houses. Data from data/generate.ts (seed 271): lots.csv (480 auction lots: heavy-tailed catalogue value in pounds, a collinear low estimate, grade, centering, perforation gauge, year of issue, never-hinged, certificate, bidders, a lot position with no effect, lot_id and sale_date text; targets hammer_gbp and sold), '
         'lots-eu.csv (the same with semicolons and decimal commas), lots-gaps.csv (NA, n/a and blanks), expertise.csv (420 expertizing certificates, 6 measurements, 4 string verdicts with forgery rare), collections.tsv (300 consigned collections, tab-separated, offer in pounds and thousands); plus builtins and two inline tables. '
         f'Dropped candidates and reasons are in README.md. {len(faults)} faults, {len(healthy)} healthy.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
from collections import Counter
print(len(faults), len(healthy), len(os.listdir(os.path.join(HERE, 'dropped'))))
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
