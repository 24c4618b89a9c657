#!/usr/bin/env python3
"""Verdicts of set blind256: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind256: python3 write-manifest.py (each fault text ends with its observe.ts summary line)."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
obs = {}
for line in open('observed.txt'):
    line = line.strip()
    if not line:
        continue
    key = line.split('.nn.json')[0] if '.nn.json' in line.split(':')[0] else line.split(':')[0]
    obs[key] = line

# candidate -> (code, stage, catches, fault words)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch notebook; the engine has sgd, adam, rmsprop'),
 'invalid-spec.swish-activation': ('invalid-spec', 'static', [], 'hidden activation "swish" on the reject classifier; not an activation the format knows'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written "categorical_crossentropy" (Keras name) for the jeweller\'s origin classifier instead of "cce"'),
 'invalid-spec.validation-split-one': ('invalid-spec', 'static', [], 'validationSplit 1.0 on the grade model: nothing would be left to train on'),
 'invalid-spec.glorot-init': ('invalid-spec', 'static', [], 'init "glorot_uniform" (Keras name) instead of "xavier_uniform"'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', 'static', [], 'dropout rate written 20 (meaning 20%) instead of 0.2 on the appraisal-price model'),
 'data-error.na-diver-log': ('data-error', 'static', [], 'trained on the divers\' log copy oysters-gaps.csv, whose water_temp_c, plankton_index and depth_m hold NA, blank and n/a markers'),
 'data-error.target-renamed': ('data-error', 'static', [], 'target "pearl_size_mm" from last season\'s sheet; the column is now "pearl_mm"'),
 'data-error.harvest-date-feature': ('data-error', 'static', [], 'harvest_date (ISO date text) listed among the numeric features of the reject model'),
 'data-error.missing-file': ('data-error', 'static', [], 'data path "../data/oyster_harvest_2023.csv" names a file that was never exported'),
 'data-error.path-outside-workspace': ('data-error', 'static', [], 'CSV path climbing out of the workspace to the farm\'s network share'),
 'data-error.lot-id-feature': ('data-error', 'static', [], 'lot_id ("L1000-1" text) listed as a feature of the semicolon export'),
 'shape-mismatch.grade-two-units': ('shape-mismatch', 'static', [], 'grade has three classes (AAA, A, B) but the softmax head has 2 units (an older pass/fail model reused)'),
 'shape-mismatch.origin-three-units': ('shape-mismatch', 'static', [], 'origin has four classes (akoya, freshwater, south_sea, tahitian) but the head has 3 units: the rare south_sea class forgotten'),
 'shape-mismatch.size-and-price-one-unit': ('shape-mismatch', 'static', [], 'two regression targets (pearl_mm, price_usd) but a single output unit'),
 'shape-mismatch.pearl-three-units': ('shape-mismatch', 'static', [], 'one regression target (pearl_mm) but a 3-unit linear head, copied from the grade model'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce over three grades with a sigmoid head instead of softmax; the loss falls to ~0 while accuracy stays near the prior'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce on the rejected flag with a linear output unit instead of sigmoid'),
 'loss-activation-mismatch.tanh-head-mm': ('loss-activation-mismatch', 'static', [], 'tanh output for pearl diameter in raw mm (6-10) under mse: the head cannot exceed 1'),
 'loss-activation-mismatch.relu-head-bce': ('loss-activation-mismatch', 'static', [], 'bce on the rejected flag with a relu output unit'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'zeros init on the 16-unit tanh hidden layer and the head: every unit stays identical and the model never leaves the baseline'),
 'init-symmetry.constant-two-hidden': ('init-symmetry', 'static', [], 'constant 0.1 init on both 16-unit relu layers of the origin classifier: all units of a layer stay copies of one another'),
 'init-symmetry.zeros-everywhere-sigmoid': ('init-symmetry', 'static', [], 'zeros init in every layer of a sigmoid reject classifier'),
 'init-scale.std-five-relu': ('init-scale', 'static', ['exploding-gradient', 'nan-loss'], 'normal init with std 5 on two 32-unit relu layers: the first steps blow up to NaN (observed-steps.txt)'),
 'init-scale.tiny-uniform-deep-tanh': ('init-scale', 'static', ['vanishing-gradient'], 'uniform init limit 1e-4 on three tanh layers: first-layer gradients ~1e-11 and the loss never leaves the baseline'),
 'init-scale.std-twenty-sigmoid': ('init-scale', 'static', ['saturated-activation'], 'normal init std 20 on a sigmoid hidden layer: 94% of its outputs saturated, the grade model ends far above the healthy ones'),
 'no-nonlinearity.linear-stack-circles': ('no-nonlinearity', 'static', [], 'two linear hidden layers on ring-shaped data (nacre ring sorter prototype on circles): stays at chance'),
 'no-nonlinearity.linear-hidden-moons': ('no-nonlinearity', 'static', [], 'linear hidden layers on moons: no better than a linear classifier (0.38 of baseline where a relu net reaches 0.01)'),
 'no-nonlinearity.linear-xor-sorter': ('no-nonlinearity', 'static', [], 'three linear hidden layers on xor: stays at chance'),
 'lr-out-of-range.adam-lr-three': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 3 (meant 3e-3) on the grade model'),
 'lr-out-of-range.sgd-lr-forty': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 40 on the pearl-size model: NaN in the first epoch'),
 'lr-out-of-range.rmsprop-1e-8': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-8 on the origin classifier: the loss does not move'),
 'lr-out-of-range.sgd-momentum-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'sgd momentum lr 1e-9 on the reject model: the loss does not move'),
 'dead-relu.negative-bias-start': ('dead-relu', 'probe', [], 'relu layers with bias -6 on standardized features: 94% and 100% of units dead from the start, loss pinned at baseline'),
 'dead-relu.bias-minus-three-appraisal': ('dead-relu', 'probe', [], 'relu layers with bias -3 on the appraisal-price model: the second layer is all dead, loss at baseline'),
 'dead-relu.rmsprop-burst': ('dead-relu', 'probe', ['lr-too-high'], 'unnormalized oyster features into relu layers with rmsprop 0.05: first loss 28, then every relu unit of both layers dead and the model stuck at the prior'),
 'dead-relu.adam-point-three': ('dead-relu', 'probe', ['lr-too-high'], 'written as lr-too-high (adam 0.3 on the grade model); what showed is the second relu layer all dead and the loss flat at baseline'),
 'dead-relu.nesterov-half': ('dead-relu', 'probe', ['lr-too-high'], 'written as lr-too-high (Nesterov lr 0.5, momentum 0.95); what showed is the second relu layer all dead and the loss flat at baseline'),
 'exploding-gradient.appraisal-usd-raw': ('exploding-gradient', 'probe', ['nan-loss'], 'appraised_usd in raw dollars (variance 3.3e5) as mse target with sgd momentum: gradients grow from 1e3 to 1e28 in six steps, then NaN (observed-steps.txt)'),
 'exploding-gradient.deep-std-one': ('exploding-gradient', 'probe', ['init-scale', 'nan-loss'], 'seven relu layers with normal std 0.6 init: gradient norms 1e4-1e5 at step 1, 1e28 at step 2, then Infinity (observed-steps.txt)'),
 'exploding-gradient.raw-price-big-lr': ('exploding-gradient', 'probe', ['lr-too-high'], 'written as nan-loss: raw price_usd target with sgd 0.01; the output layer gradient reaches 6.5e7 and the loss starts at 2.9e17, the relu layer dies (no NaN)'),
 'exploding-gradient.raw-export-elu': ('exploding-gradient', 'probe', ['lr-too-high'], 'written as nan-loss: raw price and raw features from the semicolon export with sgd momentum 0.01; gradients 1e12, loss 1e24 then stuck at 1e9 (no NaN)'),
 'nan-loss.raw-days-deep': ('nan-loss', 'probe', ['exploding-gradient'], 'written as exploding-gradient: raw days_in_culture (~600) and shell weights into four relu layers under sgd; gradients 1e6 then 1e31, NaN at step 3 (observed-steps.txt)'),
 'nan-loss.momentum-batch-one': ('nan-loss', 'probe', ['lr-too-high'], 'written as oscillating-loss: sgd lr 0.1 momentum 0.95 with batch 1 on appraisal prices; the loss swings in the first steps then becomes NaN within epoch 1'),
 'nan-loss.momentum-sgd-one': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'written as lr-too-high: sgd lr 0.6 momentum 0.9 on appraisal prices; NaN at step 7 (observed-steps.txt)'),
 'vanishing-gradient.deep-sigmoid-sgd': ('vanishing-gradient', 'probe', [], 'eight sigmoid hidden layers under plain sgd: first-layer gradients ~1e-6, loss at baseline'),
 'vanishing-gradient.sigmoid-tower-origin': ('vanishing-gradient', 'probe', [], 'ten sigmoid layers for the origin classifier: first-layer gradients ~1e-7, loss at baseline'),
 'vanishing-gradient.deep-sigmoid-grade': ('vanishing-gradient', 'probe', [], 'nine sigmoid layers (lecun init) for the grade model: first-layer gradients ~1e-6, loss at baseline'),
 'lr-too-high.sgd-two-regression': ('lr-too-high', 'probe', ['nan-loss', 'exploding-gradient'], 'sgd lr 1.5 on the pearl-size model: loss 3.6e20 in epoch 1, NaN in epoch 2'),
 'lr-too-high.rmsprop-half-tanh': ('lr-too-high', 'probe', [], 'rmsprop lr 0.5: first epoch loss 29, then bouncing 0.9-4.9 around 2.5x the baseline for the whole run (observed-curves.txt)'),
 'lr-too-high.sgd-fullbatch-edge': ('lr-too-high', 'probe', ['exploding-gradient'], 'written as oscillating-loss: full-batch sgd lr 0.95 on a linear pearl-size model; the loss rises every epoch to 1.4e49 (observed-curves.txt)'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', 'probe', [], 'plain sgd lr 1e-5 on the pearl-size model: 1.92 -> 1.68 in 80 epochs'),
 'lr-too-low.adam-1e-6': ('lr-too-low', 'probe', [], 'adam lr 1e-6 on the grade model: 1.79 -> 1.77 in 100 epochs'),
 'lr-too-low.rmsprop-3e-6': ('lr-too-low', 'probe', [], 'rmsprop lr 3e-6 on the origin classifier: 2.00 -> 1.91 in 80 epochs'),
 'lr-too-low.momentum-2e-5-fullbatch': ('lr-too-low', 'probe', [], 'sgd momentum lr 2e-5 with the full batch (one step per epoch): 0.6786 -> 0.6766 in 100 epochs'),
 'saturated-activation.raw-sigmoid-hidden': ('saturated-activation', 'probe', [], 'unnormalized oyster features (days ~600, shell weight ~350 g) into a sigmoid hidden layer: 99% saturated, loss at baseline'),
 'saturated-activation.sigmoid-bias-eight': ('saturated-activation', 'probe', ['vanishing-gradient'], 'sigmoid layers started with bias 8: all outputs pinned at 1, loss at baseline'),
 'saturated-activation.raw-days-sgd': ('saturated-activation', 'probe', [], 'written as nan-loss: raw features into a tanh layer under sgd 0.05; no NaN, instead the tanh layer is 100% saturated and the loss stays above baseline'),
 'loss-plateau.heavy-weight-decay': ('loss-plateau', 'training', [], 'adam with weightDecay 2 (meant 2e-4): the loss falls to 0.85 of baseline then creeps back to 0.98 and stays'),
 'loss-plateau.dropout-ninety': ('loss-plateau', 'training', [], 'dropout 0.9 after each 8-unit layer of the grade model: the loss settles at the baseline'),
 'loss-plateau.clipnorm-tiny': ('loss-plateau', 'training', ['lr-too-low'], 'clipNorm 1e-4 (meant 1) on the origin classifier: the loss creeps 1.47 -> 1.46, above baseline'),
 'loss-plateau.weight-decay-rmsprop': ('loss-plateau', 'training', [], 'rmsprop with weightDecay 1 on the reject model: the loss sits at the prior from epoch 10 on'),
 'oscillating-loss.adam-batch-two': ('oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.05 with batches of 2 on pearl size: the loss bounces 0.097-0.167 epoch to epoch for 55 epochs and never settles (healthy specs reach 0.012)'),
 'oscillating-loss.rmsprop-batch-four': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop lr 0.05 with batches of 4 on the grade model: the loss jumps by 0.05-0.09 up and down every few epochs (0.34-0.47 over the last 25)'),
}
REFILED_FROM = {
 'dead-relu.adam-point-three': 'lr-too-high.adam-point-three',
 'dead-relu.nesterov-half': 'lr-too-high.nesterov-half',
 'exploding-gradient.raw-price-big-lr': 'nan-loss.raw-price-big-lr',
 'exploding-gradient.raw-export-elu': 'nan-loss.raw-export-elu',
 'nan-loss.raw-days-deep': 'exploding-gradient.raw-days-deep',
 'nan-loss.momentum-batch-one': 'oscillating-loss.momentum-batch-one',
 'nan-loss.momentum-sgd-one': 'lr-too-high.momentum-sgd-one',
 'lr-too-high.sgd-fullbatch-edge': 'oscillating-loss.sgd-fullbatch-edge',
 'saturated-activation.raw-days-sgd': 'nan-loss.raw-days-sgd',
}
DROPPED = {
 'lr-too-high.rmsprop-point-two': 'rmsprop 0.2 on the origin classifier bounced early but trained to ~0 loss and accuracy 1.000: no fault shown',
 'saturated-activation.tanh-raw-appraisal': 'tanh layer 84% saturated but the model still reached 0.11 of baseline and accuracy 0.955: borderline',
 'dead-relu.sgd-kick-narrow': 'raw price target: dead relu units mixed with a huge first loss; ends 1.37x baseline; mixed symptoms, borderline for any single code',
 'exploding-gradient.raw-price-sgd': 'showed a dead relu layer and a loss above baseline, not exploding gradients (max 168); mixed symptoms, dropped',
 'nan-loss.appraisal-raw-everything': 'no NaN; both relu layers dead and the output gradient up to 3400: mixed dead-relu/exploding, dropped',
 'loss-activation-mismatch.mse-softmax-origin': 'softmax head under mse trained to accuracy 1.000: the mismatch did no visible harm, borderline',
 'ok.rejected-logistic-sgd': 'logistic regression ends at 0.83 of baseline where small nets reach 0.38-0.52: not clearly healthy',
 'ok.grade-minmax-rmsprop': 'ends at 0.59 of baseline where the other grade models reach 0.03-0.36: not clearly healthy',
 'ok.price-huber-like-small-lr-long': 'sgd 0.01 ends at 0.27 of baseline where adam reaches 0.05: may be slow (lr-too-low/plateau), borderline',
 'ok.rejected-raw-scale-rmsprop-bn': 'raw features with batch norm ends at 0.67 of baseline vs 0.38-0.52 for the others: borderline',
 'ok.appraised-usd-minmax-fullbatch-rmsprop': 'ends at 0.29 of baseline where the standardized appraisal models reach 0.01-0.04: borderline',
}
COVERS = {
 'pearl-mm-adam-relu': 'oysters.csv standard + normalizeTarget standard, pearl_mm, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32',
 'pearl-mm-minmax-tanh-sgd': 'oysters.csv minmax + target minmax, [16 tanh, 1], sgd momentum 0.9 lr 0.1, batch 16',
 'pearl-mm-linear-regression': 'oysters.csv standard, raw-mm target, single linear unit (linear regression), plain sgd 0.03',
 'pearl-mm-rmsprop-elu-val': 'oysters.csv, [24 elu, 12 elu, 1], rmsprop 0.002, validationSplit 0.2',
 'pearl-mm-export-semicolon': 'oysters-export.csv (semicolons, decimal commas), [16 leaky_relu, 1], adam 0.005, batch 64',
 'pearl-mm-batch-one-sgd': '6 of the oyster features, [12 tanh, 1], plain sgd 0.005, batch 1, 40 epochs',
 'pearl-mm-fullbatch-adam': 'full batch (480), [32 relu, 1], adam 0.01, 400 epochs',
 'pearl-mm-batchnorm-nesterov': '[32 relu bn, 16 relu bn, 1], Nesterov sgd 0.02',
 'price-normtarget-adam': 'price_usd (skewed dollars) with normalizeTarget standard, [32 relu, 16 relu, 1], adam 0.002',
 'price-dropout-weightdecay': 'price_usd normalized, [48 relu, dropout 0.2, 24 relu, 1], adam 0.002 weightDecay 1e-4',
 'size-and-price-two-outputs': 'two regression targets (pearl_mm, price_usd) normalized, [32 relu, 2]',
 'rejected-adam-relu': 'rejected 0/1 (31% positives, noisy), [16 relu, 1 sigmoid], bce, adam 0.003',
 'rejected-tanh-rmsprop-val': 'rejected, [12 tanh, 1 sigmoid], bce, rmsprop 0.002, batch 16, validationSplit 0.25',
 'rejected-deep-narrow-leaky': 'rejected, four 8-unit leaky_relu layers, bce, adam 0.002',
 'rejected-clipnorm-momentum': 'rejected, [24 elu, 1 sigmoid], sgd momentum 0.05 with clipNorm 1',
 'grade-adam-softmax': 'grade (AAA/A/B strings, AAA rare), [32 relu, 3 softmax], cce, adam 0.003',
 'grade-export-tanh-momentum': 'grade from the semicolon export, [24 tanh, 12 tanh, 3 softmax], sgd momentum 0.03',
 'grade-batchnorm-dropout': 'grade, [32 relu bn, dropout 0.3, 16 relu, 3 softmax], adam 0.003 (training loss measured with dropout on)',
 'grade-sigmoid-hidden-sgd': 'grade, [16 sigmoid, 3 softmax], sgd 0.3 momentum 0.5, batch 16',
 'grade-wide-shallow-bs8': '6 oyster features, [64 relu, 3 softmax], adam 0.001, batch 8',
 'origin-adam-relu': 'appraisals.csv (tab-separated), origin 4 classes (south_sea rare), [32 relu, 16 relu, 4 softmax], adam 0.003',
 'origin-nesterov-tanh': 'origin, [16 tanh, 4 softmax], Nesterov sgd 0.05',
 'origin-minmax-leaky-val': 'origin minmax, [24 leaky_relu, 4 softmax], adam 0.005, validationSplit 0.2',
 'origin-batch-one-rmsprop': 'origin, [16 relu, 4 softmax], rmsprop 3e-4, batch 1, 30 epochs',
 'origin-softmax-regression': 'origin, single softmax layer (multinomial logistic regression), plain sgd 0.2',
 'origin-nesterov-dropout-deep': 'origin, [32 relu, dropout, 32 relu, dropout, 16 relu, 4 softmax], Nesterov sgd 0.02',
 'appraised-usd-normtarget': 'appraised_usd normalized, [32 relu, 16 relu, 1], adam 0.003',
 'appraised-usd-elu-momentum': 'appraised_usd normalized, [24 elu, 1], sgd momentum 0.02, clipNorm 5, batch 16',
 'moons-spot-sorter': 'builtin moons 300, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'circles-tanh-nesterov': 'builtin circles, [16 tanh, 8 tanh, 1 sigmoid], Nesterov sgd 0.1, 200 epochs',
 'spirals-three-deep-elu': 'builtin spirals 3 classes, [48 elu, 48 elu, 24 elu, 3 softmax], adam 0.005, 300 epochs',
 'blobs-four-linear-softmax': 'builtin blobs 4 classes, single softmax layer, rmsprop 0.01',
 'iris-leaky-adam': 'builtin iris standard, [12 leaky_relu, 3 softmax], adam 0.01',
 'sine-tanh-wide': 'builtin sine regression, [32 tanh, 32 tanh, 1], adam 0.005, 300 epochs',
 'xor-sigmoid-hidden-momentum': 'builtin xor, [8 sigmoid, 1 sigmoid], sgd 0.5 momentum 0.9 (unusual but trains)',
 'inline-luster-lookup': 'inline 12-row table (diameter, luster -> keep/return), [6 tanh, 1 sigmoid], adam 0.02, full batch',
 'pearl-mm-deep-uniform-init': 'three he_uniform relu layers, xavier_normal head, sgd momentum 0.01',
 'pearl-mm-lecun-selu-like': '[20 elu lecun_normal, 20 elu lecun_normal, 1], rmsprop 0.001 weightDecay 1e-4, batch 64',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy = [], []
orig_of = {v: k for k, v in REFILED_FROM.items()}
seen = set()
for c in cands:
    if c in DROPPED:
        shutil.move(f'candidates/{c}.nn.json', f'dropped/{c}.nn.json'); seen.add(c); continue
    if c.startswith('ok.'):
        slug = c[3:]
        healthy.append({'file': f'healthy/{c}.nn.json', 'covers': f"{COVERS[slug]} (observe: {obs[c]})"})
        shutil.move(f'candidates/{c}.nn.json', f'healthy/{c}.nn.json'); seen.add(c); continue
    new = orig_of.get(c, c)
    code, stage, extra, words = F[new]
    faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f"{words} (observe: {obs[c]})", 'stage': stage, 'catches': [code] + [x for x in extra if x != code]})
    shutil.move(f'candidates/{c}.nn.json', f'faulty/{new}.nn.json'); seen.add(c)
assert set(F) == {orig_of.get(c, c) for c in cands if c not in DROPPED and not c.startswith('ok.')}, 'verdict table and candidates differ'
assert len(COVERS) == len(healthy)
os.rmdir('candidates')
about = ('Blind fault set 256 (issue #4), written blind and frozen before the product was run on it; no one tunes on it. '
 'Theme: pearl farms and pearl jewellers. "code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it, '
 '"catches" the codes whose advice would genuinely fix it. Each fault text and healthy "covers" ends with its bare-engine result from '
 'test/faults/observe.ts --summary (observed.txt); --curve for the lr-too-high, lr-too-low, plateau and oscillating candidates (observed-curves.txt); '
 'test/faults/steps.ts for the ones that go NaN inside the first epoch (observed-steps.txt). Data (data/generate.ts, seed 256): oysters.csv (480 harvested oysters: '
 'shell length and collinear shell weight, water temperature, salinity, depth, days in culture, nucleus size, skewed plankton index, a moon phase with no effect, '
 'lot_id and harvest_date text columns; targets pearl_mm, grade AAA/A/B, rejected 0/1, price_usd), oysters-export.csv (same, semicolons and decimal commas), '
 'oysters-gaps.csv (NA, blank and n/a readings), appraisals.csv (400 loose pearls, tab-separated, 7 features, origin with a rare south_sea class, appraised_usd); '
 'plus builtins and one inline table. Specs by author.ts, verdicts and this manifest by write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1, ensure_ascii=False)
from collections import Counter
print(len(faults), 'faults', dict(Counter(f['code'] for f in faults)))
print(len(healthy), 'healthy;', len(DROPPED), 'dropped;', dict(Counter(f['stage'] for f in faults)))
