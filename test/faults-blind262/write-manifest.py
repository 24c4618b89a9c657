#!/usr/bin/env python3
"""Verdicts of fault set blind262, decided from observed.txt / observed-curves.txt (bare engine only).
Moves candidates/ into faulty/, healthy/, dropped/ and writes manifest.json. Run from this folder."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.-]+?)(\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

# name -> (code, stage, catches, fault text). A code differing from the name's prefix is a re-filing.
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer type "adamw" copied from a PyTorch training script; the format has only sgd, adam, rmsprop'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written as Keras\'s "categorical_crossentropy" instead of "cce" on the reed strength sheet'),
 'invalid-spec.glorot-init': ('invalid-spec', 'static', [], 'init "glorot_uniform" (the Keras name) instead of "xavier_uniform" on the chanter pass/fail model'),
 'invalid-spec.dropout-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (20) instead of a fraction (0.2) on the league points model'),
 'data-error.hide-text-feature': ('data-error', 'static', [], 'the hide type column ("cow", "elk", "synthetic") listed as a numeric feature of the bag leak test'),
 'data-error.grade-capitalised': ('data-error', 'static', [], 'target "Grade" while the band register header says "grade"'),
 'data-error.secretary-na-markers': ('data-error', 'static', [], 'trained on the band secretary\'s copy of the register, with NA, n/a and empty cells'),
 'data-error.shared-drive-path': ('data-error', 'static', [], 'CSV path pointing at the workshop\'s shared drive outside the workspace'),
 'shape-mismatch.three-grades-not-four': ('shape-mismatch', 'static', [], 'softmax head of 3 units for the 4 contest grades (Grade 1 forgotten, it is rare)'),
 'shape-mismatch.reed-two-classes': ('shape-mismatch', 'static', [], '2 softmax units for the 3 reed strengths (easy, medium, hard)'),
 'shape-mismatch.pitch-two-outputs': ('shape-mismatch', 'static', [], '2 linear outputs for the single pitch_hz target'),
 'shape-mismatch.iris-one-unit': ('shape-mismatch', 'static', [], 'iris with a 1-unit softmax head for 3 species'),
 'loss-activation-mismatch.tuned-linear-bce': ('loss-activation-mismatch', 'static', [], 'bce on a linear output for chanter pass/fail: the head was left linear'),
 'loss-activation-mismatch.grade-sigmoid-cce': ('loss-activation-mismatch', 'static', [], 'cce with a 4-unit sigmoid head instead of softmax on the contest grades'),
 'loss-activation-mismatch.points-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'sigmoid output regressing raw league points (0 to ~70) under mse: it cannot reach them'),
 'loss-activation-mismatch.price-tanh-head': ('loss-activation-mismatch', 'static', [], 'tanh output regressing raw sale prices in GBP under mse'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'zeros init on the 16-unit tanh layer and on the softmax head of the grade model'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', 'static', [], 'zeros init on both tanh hidden layers (20, 10) of the pitch model'),
 'init-symmetry.all-constant-tuned': ('init-symmetry', 'static', [], 'constant 0.3 init on every layer (16 tanh, 8 tanh, sigmoid head) of the chanter pass/fail model'),
 'init-symmetry.zeros-relu-points': ('init-symmetry', 'static', ['dead-relu'], 'zeros init on a 24-unit relu layer and its linear head'),
 'init-scale.normal-std-five': ('init-scale', 'static', ['saturated-activation'], 'normal init std 5 on two tanh layers (32, 16) of the pass/fail model'),
 'init-scale.uniform-limit-ten': ('init-scale', 'static', ['nan-loss', 'exploding-gradient'], 'uniform init limit 10 on two 24-unit relu layers of the league points model'),
 'init-scale.tiny-std-deep': ('init-scale', 'static', ['vanishing-gradient'], 'normal init std 1e-4 on every layer of a 3x16 relu reed model'),
 'init-scale.uniform-limit-tiny': ('init-scale', 'static', ['vanishing-gradient'], 'uniform init limit 1e-5 on every layer of a 2x16 tanh circles model'),
 'no-nonlinearity.reeds-forgot-activation': ('no-nonlinearity', 'static', [], 'hidden layers (24, 12) of the reed model written without "activation", so linear'),
 'no-nonlinearity.circles-linear-deep': ('no-nonlinearity', 'static', [], 'three linear 12-unit hidden layers on circles'),
 'no-nonlinearity.xor-linear-hidden': ('no-nonlinearity', 'static', [], 'linear 8-unit hidden layer (he_normal init but no relu) on xor'),
 'lr-out-of-range.zero-rate': ('lr-out-of-range', 'static', [], 'adam lr 0 left from a template'),
 'lr-out-of-range.negative-rate': ('lr-out-of-range', 'static', [], 'sgd lr -0.01 (sign slip) with momentum 0.9'),
 'lr-out-of-range.adam-fifty': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 50 (meant 0.005, decimal slip)'),
 'lr-out-of-range.sgd-one-thousand': ('lr-out-of-range', 'static', ['lr-too-high'], 'sgd lr 1000 on the reed model'),
 'dead-relu.negative-bias-five': ('dead-relu', 'probe', [], 'relu layers (24, 12) with bias -5 on standardised band features'),
 'dead-relu.minmax-negative-bias': ('dead-relu', 'probe', [], 'relu layer with bias -3 on minmax [0,1] bag features: every unit is off from the start'),
 'dead-relu.reeds-bias-minus-four': ('dead-relu', 'probe', [], 'relu layers (20, 20) with bias -4 on the reed model'),
 'lr-too-high.adam-half': ('dead-relu', 'probe', ['lr-too-high'], 'adam lr 0.5 on a 32-16 relu grade model: the first steps kill the second relu layer'),
 'exploding-gradient.raw-price-target': ('exploding-gradient', 'probe', [], 'sale prices in raw GBP (normalizeTarget none) under mse with sgd 0.001'),
 'exploding-gradient.raw-pitch-target-momentum': ('exploding-gradient', 'probe', [], 'pitch in raw Hz (~480) as target, no normalizeTarget, sgd momentum 0.9'),
 'nan-loss.raw-price-sgd-tenth': ('exploding-gradient', 'probe', ['nan-loss'], 'raw sale features and raw GBP target with sgd 0.1: the first steps blow up, then the relus die'),
 'nan-loss.raw-budget-momentum': ('exploding-gradient', 'probe', ['nan-loss'], 'raw band features (budget in GBP, travel km) and raw points target, sgd 0.01 momentum 0.9'),
 'vanishing-gradient.eight-sigmoids': ('vanishing-gradient', 'probe', [], 'eight 16-unit sigmoid hidden layers with plain sgd on chanter pass/fail'),
 'vanishing-gradient.ten-sigmoid-grades': ('vanishing-gradient', 'probe', [], 'ten 12-unit sigmoid hidden layers on the grade model'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'probe', ['init-scale'], 'seven tanh layers with normal std 0.05 init on league points'),
 'vanishing-gradient.sigmoid-tower-reeds': ('vanishing-gradient', 'probe', [], 'nine 10-unit sigmoid layers with rmsprop 3e-4 on reeds'),
 'nan-loss.sgd-five-deep': ('nan-loss', 'probe', ['lr-too-high'], 'sgd lr 5 on a 3x32 relu pitch model'),
 'exploding-gradient.deep-std-one': ('nan-loss', 'probe', ['init-scale', 'exploding-gradient'], 'normal std 1 init on four 32-unit relu layers with sgd momentum'),
 'lr-too-high.nesterov-one': ('nan-loss', 'probe', ['lr-too-high'], 'sgd lr 1 with Nesterov momentum 0.9 on league points'),
 'lr-too-high.sgd-one-sales': ('nan-loss', 'probe', ['lr-too-high'], 'sgd lr 1 with batch 8 on the sale price model'),
 'lr-too-high.adam-full-batch-one': ('lr-too-high', 'probe', [], 'adam lr 1 on the full reed sheet as one batch: the loss jumps to 119 at step 2 and never recovers to a good level'),
 'lr-too-high.rmsprop-third': ('lr-too-high', 'probe', ['dead-relu'], 'rmsprop lr 0.3 on the bag leak regression: ends above the baseline'),
 'lr-too-high.rmsprop-tenth-grades': ('lr-too-high', 'training', ['oscillating-loss'], 'rmsprop lr 0.1 batch 16 on the grade model: the loss bounces between 0.75 and 1.3'),
 'lr-too-high.sgd-three': ('lr-too-high', 'training', ['oscillating-loss'], 'sgd lr 3 on the chanter pass/fail tanh model: the loss rises above its start and bounces'),
 'oscillating-loss.sgd-full-batch-edge': ('lr-too-high', 'probe', ['exploding-gradient'], 'sgd lr 0.95 full batch on a linear pitch regression: the loss grows 7x per epoch'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', 'probe', ['loss-plateau'], 'plain sgd lr 1e-5 on the grade model'),
 'lr-too-low.adam-1e-6': ('lr-too-low', 'probe', ['loss-plateau'], 'adam lr 1e-6 on the pitch model'),
 'lr-too-low.rmsprop-1e-6': ('lr-too-low', 'probe', ['loss-plateau'], 'rmsprop lr 1e-6 on the reed model'),
 'lr-too-low.nesterov-1e-5-full-batch': ('lr-too-low', 'probe', ['loss-plateau'], 'sgd Nesterov lr 1e-5, full batch, on bag airtightness'),
 'saturated-activation.raw-budget-sigmoid': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on unnormalised band features (budget in GBP, travel km)'),
 'saturated-activation.raw-density-tanh': ('saturated-activation', 'probe', [], 'tanh hidden layer on unnormalised chanter features (wood density ~1200)'),
 'saturated-activation.sigmoid-bias-ten': ('saturated-activation', 'probe', [], 'sigmoid hidden layer with bias 10 on the reed model'),
 'loss-plateau.weight-decay-one': ('loss-plateau', 'training', [], 'adam with weightDecay 1 (meant 1e-4) on the grade model: the loss returns to the baseline'),
 'loss-plateau.dropout-ninety': ('loss-plateau', 'training', [], 'dropout 0.9 after each of two 16-unit layers on the reed model'),
 'loss-plateau.decay-spirals': ('loss-plateau', 'training', ['dead-relu'], 'sgd momentum with weightDecay 0.5 on 3-class spirals'),
 'oscillating-loss.adam-batch-one': ('oscillating-loss', 'training', ['lr-too-high'], 'adam 0.05 with batch 1 on the bag leak regression'),
 'oscillating-loss.adam-batch-one-reeds': ('oscillating-loss', 'training', ['lr-too-high'], 'adam 0.05 with batch 1 on the reed model'),
 'oscillating-loss.sgd-momentum-batch-two': ('oscillating-loss', 'training', ['lr-too-high'], 'sgd lr 0.3 momentum 0.9 with batch 2 on chanter pass/fail'),
}
DROP = {
 'data-error.next-season-file': 'a clean missing-file fault, dropped only to keep the set within 65 faults',
 'data-error.band-id-included': 'a clean text-column fault, dropped only to keep the set within 65 faults',
 'invalid-spec.validation-split-one': 'a clean invalid-spec, dropped only to keep the set within 65 faults',
 'loss-activation-mismatch.reed-softmax-mse': 'softmax with mse trained well (0.05 of baseline, acc 0.91): only a static fault, dropped to stay within 65',
 'lr-out-of-range.rmsprop-1e-9': 'between lr-out-of-range and lr-too-low; dropped as borderline and for size',
 'no-nonlinearity.linear-stack-moons': 'linear stack reached 0.34 of baseline on moons (linear boundary does fairly well): borderline',
 'nan-loss.raw-density-pitch': 'no NaN: exploded in epoch 1 then all elu units pinned at -1; neither dead-relu nor nan-loss cleanly',
 'exploding-gradient.raw-budget-features': 'exploded then NaN at epoch 2: mixed exploding/nan-loss; dropped for size',
 'dead-relu.sgd-kick-kills': 'NaN in epoch 1 instead of dying units: would be nan-loss, dropped for size',
 'oscillating-loss.momentum-batch-four': 'NaN at epoch 2 instead of oscillating: would be nan-loss, dropped for size',
 'loss-plateau.clipnorm-tiny-sgd': 'clipNorm 1e-4: the loss creeps down linearly, which looks like lr-too-low though the rate is not the cause: borderline',
 'init-symmetry.constant-tenth': 'constant init but the random-init head breaks the symmetry: trained to 0.44 of baseline; borderline',
 'init-symmetry.constant-half-moons': 'constant init but the random-init head breaks the symmetry: trained to 0.02 of baseline',
 'shape-mismatch.airtight-two-sigmoids': 'the engine accepted 2 sigmoid outputs for one bce target and trained (0.45 of baseline): unclear',
 'oscillating-loss.rmsprop-batch-two': 'stalls at 0.87 of baseline with swings of ~4% of baseline: neither clear oscillation nor plateau',
 'saturated-activation.tanh-big-init': 'tanh layer 61% saturated but it still learnt (0.47 of baseline); would be init-scale (std 4): borderline, and for size',
 'ok.tuned-leaky-dropout': 'validation loss 0.68 = baseline: overfits, not healthy',
 'ok.tuned-rmsprop-batch-128': 'ends at 0.71 of baseline, far worse than the other pass/fail models (0.41-0.45)',
 'ok.tuned-adam-elu-deep': 'ends at 0.50 of baseline, worse than the other pass/fail models',
 'ok.reeds-rmsprop-tanh-val': 'ends at 0.39 of baseline, reeds models reach 0.10-0.27',
 'ok.reeds-sigmoid-hidden': 'ends at 0.35 of baseline, reeds models reach 0.10-0.27',
 'ok.grade-softmax-regression': 'multinomial logistic ends at 0.58 of baseline vs 0.32 for the relu model',
 'ok.grade-sgd-batch8': 'ends at 0.50 of baseline vs 0.32: may be judged under-trained',
 'ok.grade-nesterov-leaky': 'ends at 0.43 of baseline with a noisy tail (0.49-0.62): borderline',
 'ok.tight-logistic': 'logistic regression ends at 0.45 of baseline vs 0.25-0.33 for hidden-layer models',
}
COVERS = {
 'ok.pitch-adam-relu': 'chanters.csv pitch_hz standard/standard, [24 relu, 12 relu, 1 linear], mse, adam 0.003, batch 32, 120 epochs',
 'ok.pitch-sgd-momentum-tanh': 'chanters.csv pitch, [16 tanh, 1 linear], mse, sgd 0.02 momentum 0.9, batch 16',
 'ok.pitch-linear-regression': 'chanters.csv pitch, single linear layer, mse, plain sgd 0.05',
 'ok.pitch-rmsprop-elu-val': 'chanters.csv pitch, [20 elu, 10 elu, 1], rmsprop 0.002, validationSplit 0.2',
 'ok.pitch-minmax-batchnorm': 'chanters.csv pitch minmax features and target, [24 relu batchNorm, 1], adam 0.005',
 'ok.pitch-deep-lecun-batch4': 'chanters.csv pitch, 3x16 tanh lecun_normal, sgd 0.005 momentum 0.9, batch 4',
 'ok.pitch-adam-full-batch': 'chanters.csv pitch, [16 relu, 1], adam 0.01, full batch 420, 300 epochs',
 'ok.tuned-adam-relu': 'chanters.csv tuned_ok 0/1, [24 relu, 12 relu, 1 sigmoid], bce, adam 0.003',
 'ok.tuned-sgd-nesterov-tanh': 'chanters.csv tuned_ok, [16 tanh, 1 sigmoid], bce, sgd 0.05 Nesterov 0.9',
 'ok.grade-adam-relu': 'bands.csv grade (4 string classes, rare Grade1), [32 relu, 16 relu, 4 softmax], cce, adam 0.003',
 'ok.grade-rmsprop-tanh': 'bands.csv grade, [24 tanh, 4 softmax], cce, rmsprop 0.003',
 'ok.grade-batchnorm-decay': 'bands.csv grade, [32 relu bn, 16 relu bn, 4 softmax], adam 0.003 weightDecay 1e-4, batch 64',
 'ok.grade-he-uniform-noshuffle': 'bands.csv grade, [24 relu he_uniform, 4 softmax xavier_normal], adam 0.005, batch 48, shuffle false',
 'ok.points-adam-deep': 'bands.csv league_points standard/standard, [32, 32, 16 relu, 1], adam 0.001',
 'ok.points-sgd-plain': 'bands.csv league_points, [16 tanh, 1], plain sgd 0.05, batch 16',
 'ok.points-rmsprop-clip': 'bands.csv league_points, [24 elu, 1], rmsprop 0.003 clipNorm 1',
 'ok.points-dropout-decay': 'bands.csv league_points, [32 relu, dropout 0.1, 16 relu, 1], adam 0.003 weightDecay 1e-4',
 'ok.leak-adam-elu': 'bags-leak.csv (semicolons, decimal commas) leak_kpa_min raw target, [16 elu, 8 elu, 1], adam 0.003, batch 16',
 'ok.leak-sgd-batch-one': 'bags-leak.csv leak, [12 tanh, 1], plain sgd 0.005, batch 1',
 'ok.leak-target-standard': 'bags-leak.csv leak with normalizeTarget standard, [16 relu, 1], rmsprop 0.002',
 'ok.leak-rmsprop-full-batch': 'bags-leak.csv leak, [16 tanh, 1], rmsprop 0.01, full batch 360, 300 epochs',
 'ok.tight-adam-minmax': 'bags-leak.csv airtight 0/1 minmax, [16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.tight-sgd-momentum-full': 'bags-leak.csv airtight standard, [8 tanh, 1 sigmoid], sgd 0.3 momentum 0.9, full batch, 200 epochs',
 'ok.reeds-adam-relu': 'reeds.csv (tab-separated) strength 3 string classes, [32 relu, 16 relu, 3 softmax], adam 0.003, batch 16',
 'ok.reeds-sgd-nesterov-elu': 'reeds.csv, [16 elu, 16 elu, 3 softmax], sgd 0.03 Nesterov 0.9',
 'ok.reeds-adam-tanh-batch8': 'reeds.csv, [24 tanh, 3 softmax], adam 0.005, batch 8',
 'ok.sales-adam-relu': 'sales.csv price_gbp standard/standard, [32 relu, 16 relu, 1], adam 0.002',
 'ok.sales-sgd-momentum-clip': 'sales.csv price, [16 relu, 1], sgd 0.01 momentum 0.9 clipNorm 5, batch 16',
 'ok.sales-rmsprop-leaky': 'sales.csv price, [24 leaky_relu, 12 leaky_relu, 1], rmsprop 0.001',
 'ok.sales-sgd-batch-one': 'sales.csv price, [8 tanh, 1], plain sgd 0.003, batch 1, 40 epochs',
 'ok.moons-adam': 'builtin moons 300, [16 tanh, 16 tanh, 1 sigmoid], bce, adam 0.01',
 'ok.moons-sigmoid-hidden-momentum': 'builtin moons, [12 sigmoid, 1 sigmoid], sgd 0.5 momentum 0.9 (unusual but trains)',
 'ok.circles-relu': 'builtin circles, [16 relu, 16 relu, 1 sigmoid], adam 0.01',
 'ok.xor-sgd-momentum': 'builtin xor 240, [8 tanh, 1 sigmoid], sgd 0.1 momentum 0.9',
 'ok.spirals-deep-relu': 'builtin spirals 3 classes, [64, 64, 32 relu, 3 softmax], adam 0.005, 300 epochs',
 'ok.blobs-four-sgd': 'builtin blobs 4 classes, [8 relu, 4 softmax], plain sgd 0.05',
 'ok.iris-rmsprop': 'builtin iris standard, [16 elu, 3 softmax], rmsprop 0.005',
 'ok.sine-tanh': 'builtin sine, [32 tanh, 32 tanh, 1], adam 0.005, 300 epochs',
 'ok.inline-drone-tuning': 'inline 12-row table of drone tuning readings with string labels flat/true/sharp, [8 tanh, 3 softmax], adam 0.03, full batch',
}

cand = os.path.join(HERE, 'candidates')
names = sorted(f[:-len('.nn.json')] for f in os.listdir(cand))
assert set(names) == set(F) | set(DROP) | set(COVERS), (set(names) ^ (set(F) | set(DROP) | set(COVERS)))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, d), exist_ok=True)
faults, healthy = [], []
for n in names:
    src = os.path.join(cand, n + '.nn.json')
    if n in F:
        code, stage, extra, text = F[n]
        new = code + '.' + n.split('.', 1)[1]
        shutil.move(src, os.path.join(HERE, 'faulty', new + '.nn.json'))
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[n]})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif n in COVERS:
        shutil.move(src, os.path.join(HERE, 'healthy', n + '.nn.json'))
        healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{COVERS[n]} (observe: {obs[n]})'})
    else:
        shutil.move(src, os.path.join(HERE, 'dropped', n + '.nn.json'))
os.rmdir(cand)
about = ('Fault set blind262 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
         'Theme: bagpipe makers and pipe bands. "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught, '
         '"catches" the codes whose advice would genuinely fix it. Each "fault" text (and each healthy "covers") ends with its bare-engine result from '
         'test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Data (data/generate.ts, seed 262): chanters.csv (420 chanters: bore, throat collinear with bore, wood density ~1200, reed pressure, humidity, skewed hole depth, '
         'a cosmetic sole ring with no effect, id and date text columns; pitch_hz in raw Hz and tuned_ok 0/1 with 5% flipped), bands.csv (480 pipe bands: skewed years and travel, '
         'budget in GBP, weekly and monthly practice hours (collinear), a tartan code with no effect, grade in 4 string classes with a rare Grade1, league points), '
         'bands-gaps.csv (the same with NA, n/a and empty cells), bags-leak.csv (360 bag tests, semicolons and decimal commas, a hide text column, leak rate and airtight 0/1), '
         'reeds.csv (390 reeds, tab-separated, 3 string strength classes), sales.csv (300 second-hand bagpipe listings, price in GBP). Specs by author.ts; this manifest and the filing by write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
open(os.path.join(HERE, 'manifest.json'), 'a').write('\n')
from collections import Counter
print(len(faults), 'faults', Counter(f['code'] for f in faults)); print(len(healthy), 'healthy', len(DROP), 'dropped')
print(Counter(f['stage'] for f in faults))
