#!/usr/bin/env python3
"""Files the candidates of fault set blind238 by what test/faults/observe.ts showed (observed.txt,
observed-curves.txt): moves them into faulty/, healthy/ and dropped/ and writes manifest.json.
Run from this folder: python3 write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

# candidate -> (code, stage, catches, fault text); code may differ from the name's (a re-filing).
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch training script; the engine knows sgd, adam and rmsprop'),
 'invalid-spec.glorot-init-name': ('invalid-spec', 'static', [], 'init "glorot_uniform" (the Keras name) instead of "xavier_uniform"'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss "categorical_crossentropy" (the Keras name) instead of "cce" on the tanning-result classifier'),
 'invalid-spec.dropout-as-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (20) instead of a fraction (0.2)'),
 'invalid-spec.swish-activation': ('invalid-spec', 'static', [], 'activation "swish", which the engine does not have, on both hidden layers of the labour-hours model'),
 'data-error.last-years-sheet-missing': ('data-error', 'static', [], 'spec points at mounts_2023.csv, last year\'s job sheet, which was never copied into the project'),
 'data-error.labour-british-spelling': ('data-error', 'static', [], 'target "labour_hours" (British spelling) while the job sheet\'s column is "labor_hours"'),
 'data-error.species-text-feature': ('data-error', 'static', [], 'the text column species_group ("duck", "fox") listed as a numeric feature of the late-delivery model'),
 'data-error.front-desk-gaps': ('data-error', 'static', [], 'the front desk\'s copy of the job sheet with NA, n/a and empty cells in mass, length and hide score'),
 'data-error.shared-drive-path': ('data-error', 'static', [], 'hides.csv read from the studio\'s network share by a ../../.. path outside the workspace'),
 'data-error.received-date-feature': ('data-error', 'static', [], 'the received date (2021-03-09) used as a numeric feature for labour hours'),
 'shape-mismatch.two-units-three-results': ('shape-mismatch', 'static', [], 'softmax head of 2 units for three tanning results (supple, stiff, slip)'),
 'shape-mismatch.hours-and-price-one-unit': ('shape-mismatch', 'static', [], 'two regression targets (labor_hours, price_eur) but one output unit'),
 'shape-mismatch.eu-export-five-classes': ('shape-mismatch', 'static', [], 'softmax head of 5 units on the supplier\'s semicolon export, which has 3 result classes'),
 'loss-activation-mismatch.softmax-mse-hides': ('loss-activation-mismatch', 'static', [], 'softmax head trained with mse instead of cce on the tanning results (it still fits: the mismatch is in the text)'),
 'loss-activation-mismatch.bce-linear-late': ('loss-activation-mismatch', 'static', [], 'bce on a linear output for the late-delivery flag: the sigmoid head was forgotten, loss ends 2.4x the baseline'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce with a 3-unit sigmoid head instead of softmax on the tanning results: the loss collapses toward 0 while accuracy stays at 0.86'),
 'loss-activation-mismatch.relu-head-standardised-hours': ('loss-activation-mismatch', 'static', [], 'relu output on a standardised labour-hours target: the half of the jobs below the mean cannot be reached, loss stays at 0.48 of the baseline where a linear head reaches 0.05'),
 'loss-activation-mismatch.sigmoid-head-raw-dry-days': ('loss-activation-mismatch', 'static', [], 'sigmoid output for drying days in raw units (2 to 20 days) with normalizeTarget off: the head saturates at 1 and the loss is 17x the baseline'),
 'init-symmetry.zeros-hidden-hours': ('init-symmetry', 'static', [], 'zeros init on a 16-unit tanh layer and the output: the gradient never separates the units, loss stays at the baseline'),
 'init-symmetry.constant-tenth-hides': ('init-symmetry', 'static', [], 'constant 0.1 init on a 12-unit sigmoid layer and the head: every unit stays a copy of one, 0.69 of the baseline where a normal init reaches 0.02'),
 'init-symmetry.zeros-both-hidden-skins': ('init-symmetry', 'static', ['dead-relu'], 'zeros init on both relu layers of the drying-days model: all units output 0 and receive no gradient, loss stays at the baseline'),
 'init-scale.normal-std-eight-late': ('init-scale', 'static', ['saturated-activation'], 'normal init with std 8 on two tanh layers: 88-97% of the outputs saturated, 0.72 of the baseline where a sane init reaches 0.21'),
 'init-scale.normal-tiny-deep-hides': ('init-scale', 'static', ['vanishing-gradient'], 'normal init with std 1e-4 on four tanh layers: the first layer\'s gradient is 1e-10 and the loss never leaves the baseline'),
 'init-scale.uniform-limit-forty-hours': ('init-scale', 'static', ['exploding-gradient', 'nan-loss'], 'uniform init with limit 40 on two relu layers: the first batch overflows to NaN'),
 'exploding-gradient.normal-std-five-skins': ('exploding-gradient', 'probe', ['init-scale'], 'normal init std 5 on a relu net (re-filed from init-scale: what it shows is gradients of 1e5..1e7 throughout and a loss 3.7 million times the baseline)'),
 'no-nonlinearity.linear-stack-hides': ('no-nonlinearity', 'static', [], 'two linear hidden layers (32, 16) before the softmax: a linear classifier, 0.58 of the baseline where relu layers reach 0.03'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', 'static', [], 'linear hidden layers on moons: a straight boundary, 0.42 of the baseline where relu reaches 0.01'),
 'no-nonlinearity.linear-deep-circles': ('no-nonlinearity', 'static', [], 'three linear hidden layers on circles: no linear boundary exists, loss stays at the baseline'),
 'lr-out-of-range.zero-rate': ('lr-out-of-range', 'static', [], 'lr 0 left from a template where the rate was to be filled in'),
 'lr-out-of-range.negative-rate': ('lr-out-of-range', 'static', [], 'lr -0.05: a sign slipped in when copying the rate'),
 'lr-out-of-range.adam-rate-fifty': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 50 (meant 5e-3): first loss 3288, ends 11x the baseline'),
 'lr-out-of-range.sgd-rate-thousand': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 1000 (meant 1e-3): NaN in the first epoch'),
 'dead-relu.negative-bias-hours': ('dead-relu', 'probe', [], 'bias -6 on both relu layers ("to start sparse"): the second layer is all dead, no gradient reaches the first, loss stays at the baseline'),
 'dead-relu.adam-big-step-hides': ('dead-relu', 'probe', ['lr-too-high'], 'adam lr 0.3 kills the second relu layer in the first steps: 100% dead from then on, loss ends at the baseline'),
 'dead-relu.bias-minus-four-hides': ('dead-relu', 'probe', [], 'bias -4 on two relu layers of the tanning classifier: the second layer is 100% dead, the loss creeps down only through the output bias to the baseline'),
 'dead-relu.bias-minus-five-late': ('dead-relu', 'probe', [], 'bias -5 on both relu layers of the late-delivery model: the second layer is 100% dead, loss sits at the baseline'),
 'exploding-gradient.raw-price-target': ('exploding-gradient', 'probe', [], 'price in euros (90 to 3100) as the target with normalizeTarget off, sgd: output gradients of 1e13 and a loss of 1e25'),
 'exploding-gradient.raw-price-sgd-big': ('exploding-gradient', 'probe', ['nan-loss', 'dead-relu'], 'raw features and raw euro prices, sgd 0.05 (written as nan-loss; re-filed: the loss reached 4e19 and the gradient 1e9 without going NaN, then the relu layer died and the loss fell back to the baseline)'),
 'vanishing-gradient.deep-sigmoid-late': ('vanishing-gradient', 'probe', [], 'seven sigmoid hidden layers with plain sgd: the first layer\'s gradient is 1e-5, the loss never leaves the baseline'),
 'vanishing-gradient.deep-tanh-small-normal': ('vanishing-gradient', 'probe', ['init-scale'], 'five tanh layers with normal std 0.02: the first layer\'s gradient is 1e-6..6e-5, the loss stays at the baseline'),
 'vanishing-gradient.ten-sigmoid-hours': ('vanishing-gradient', 'probe', [], 'ten sigmoid hidden layers for labour hours: first-layer gradient 1e-6, loss stays at the baseline'),
 'nan-loss.linear-net-raw-price': ('nan-loss', 'probe', ['exploding-gradient'], 'raw features and raw euro prices through a linear net with sgd momentum: NaN in the first epoch'),
 'nan-loss.momentum-raw-grams': ('nan-loss', 'probe', ['lr-too-high'], 'raw body grams (5 to 1500) into tanh with sgd 0.5 momentum 0.95: NaN in the first epoch'),
 'nan-loss.sgd-kick-raw-mass': ('nan-loss', 'probe', ['exploding-gradient'], 'raw kilograms, kilometres and humidity into relu layers with sgd 0.05 (written as dead-relu; re-filed: NaN in the first epoch)'),
 'nan-loss.deep-std-one': ('nan-loss', 'probe', ['exploding-gradient', 'init-scale'], 'five relu layers of 32 with normal std 1 (written as exploding-gradient; re-filed: NaN in the first epoch)'),
 'nan-loss.sgd-two-hours': ('nan-loss', 'probe', ['lr-too-high'], 'sgd lr 2 on labour hours (written as lr-too-high; re-filed: loss 4.5e25 in the first epoch, NaN in the second)'),
 'lr-too-high.adam-half-late': ('lr-too-high', 'probe', ['dead-relu'], 'adam lr 0.5: the loss falls to 0.48 then rises back to the baseline and bounces there; the second relu layer dies'),
 'lr-too-high.rmsprop-point-three-skins': ('lr-too-high', 'probe', ['oscillating-loss', 'dead-relu'], 'rmsprop lr 0.3: first loss 183, then it bounces between 0.25 and 1.0 all run; 97% of the relu units die'),
 'lr-too-high.adam-point-three-skins-tanh': ('lr-too-high', 'probe', ['oscillating-loss'], 'adam lr 0.3 on a tanh net: the loss reaches 0.125 by epoch 16, then rises and ends at 0.77 of the baseline'),
 'lr-too-low.sgd-1e-5-hours': ('lr-too-low', 'probe', [], 'sgd lr 1e-5 on labour hours: the loss falls from 4.24 to 3.61 in 100 epochs, still 3.6x the baseline'),
 'lr-too-low.adam-1e-6-hides': ('lr-too-low', 'probe', [], 'adam lr 1e-6 (a decimal slip for 1e-3): the loss goes from 2.535 to 2.517 in 100 epochs'),
 'lr-too-low.rmsprop-1e-6-skins': ('lr-too-low', 'probe', [], 'rmsprop lr 1e-6: the loss goes from 0.767 to 0.727 in 120 epochs where a usual rate reaches 0.08'),
 'lr-too-low.full-batch-sgd-late': ('lr-too-low', 'probe', [], 'sgd lr 1e-4 with the whole sheet as one batch: 150 updates, the loss goes from 0.631 to 0.626, above the baseline'),
 'lr-too-low.clipnorm-tiny': ('lr-too-low', 'probe', ['loss-plateau'], 'clipNorm 1e-4 (meant 1.0) caps every step (written as loss-plateau; re-filed: updates of 1e-6 of the weights, the loss goes from 0.835 to 0.830, above the baseline)'),
 'saturated-activation.sigmoid-raw-features': ('saturated-activation', 'probe', [], 'raw kilograms and kilometres into a sigmoid layer: 87-97% of its outputs pinned, 0.81 of the baseline where standardised features reach 0.21'),
 'saturated-activation.tanh-std-four-hides': ('saturated-activation', 'probe', ['init-scale'], 'tanh layer with normal std 4: 76-82% of outputs saturated, 0.60 of the baseline where xavier reaches 0.02'),
 'saturated-activation.sigmoid-bias-eight': ('saturated-activation', 'probe', ['vanishing-gradient'], 'bias 8 on two sigmoid layers: all outputs pinned at 1, gradients of 1e-7, the loss ends above the baseline'),
 'saturated-activation.tanh-raw-grams': ('saturated-activation', 'probe', [], 'raw body grams and wing millimetres into tanh: 83-95% of the outputs saturated (the loss still reaches 0.12 of the baseline, twice a standardised net\'s)'),
 'loss-plateau.weight-decay-one': ('loss-plateau', 'training', [], 'adam with weightDecay 1.0 (meant 1e-4): the loss flattens at 0.35 of the baseline by epoch 6 and stays there, where 1e-4 reaches 0.07'),
 'loss-plateau.dropout-ninety': ('loss-plateau', 'training', [], 'dropout 0.9 after both hidden layers: the loss settles at the baseline'),
 'loss-plateau.sigmoid-raw-grams-plateau': ('loss-plateau', 'training', ['saturated-activation'], 'raw grams into 8 sigmoid units with sgd: the layer is fully saturated and the loss sits at the baseline for 150 epochs'),
 'oscillating-loss.momentum-high-hides': ('oscillating-loss', 'training', ['lr-too-high'], 'sgd lr 0.5 momentum 0.95 with batches of 8: after a blow-up to 2258 the loss swings between 0.70 and 1.05, above the baseline, for 70 epochs'),
 'oscillating-loss.nesterov-one-hides': ('oscillating-loss', 'training', ['lr-too-high'], 'nesterov sgd lr 1.5 (written as lr-too-high; re-filed: the loss swings between 0.52 and 2.15 all run without settling)'),
 'oscillating-loss.sgd-point-eight-late': ('oscillating-loss', 'training', ['lr-too-high'], 'sgd lr 0.8 momentum 0.9 (written as lr-too-high; re-filed: the loss swings between 0.21 and 0.73 for 100 epochs and ends at 0.54 of the baseline)'),
}
RENAME = {  # candidate name -> filed name (re-filings)
 'init-scale.normal-std-five-skins': 'exploding-gradient.normal-std-five-skins',
 'nan-loss.raw-price-sgd-big': 'exploding-gradient.raw-price-sgd-big',
 'dead-relu.sgd-kick-raw-mass': 'nan-loss.sgd-kick-raw-mass',
 'exploding-gradient.deep-std-one': 'nan-loss.deep-std-one',
 'lr-too-high.sgd-two-hours': 'nan-loss.sgd-two-hours',
 'loss-plateau.clipnorm-tiny': 'lr-too-low.clipnorm-tiny',
 'lr-too-high.nesterov-one-hides': 'oscillating-loss.nesterov-one-hides',
 'lr-too-high.sgd-point-eight-late': 'oscillating-loss.sgd-point-eight-late',
}
DROP = {
 'shape-mismatch.late-two-sigmoids': 'two sigmoid outputs for the 0/1 late flag: the engine accepted it and trained it (0.69 of the baseline), so the mismatch did not show',
 'dead-relu.bias-minus-three-skins': 'borderline: only 31% of the units dead and the loss at 0.90 of the baseline may be slow sgd as much as dead units',
 'oscillating-loss.adam-tenth-batch-two': 'borderline: the loss is noisy but keeps descending (0.56 to 0.37)',
 'oscillating-loss.rmsprop-batch-four-skins': 'borderline: swings of about 2% of the baseline around 0.15; it mostly trains',
 'oscillating-loss.sgd-batch-two-skins': 'borderline: small swings around 0.16 of the baseline; it mostly trains',
 'oscillating-loss.sgd-batch-one-hours': 'went NaN in the first epoch (would be nan-loss); dropped to keep the set within 65 faults, nan-loss already has five',
 'exploding-gradient.raw-grams-and-km': 'went NaN in the first epoch (would be nan-loss); dropped to keep the set within 65 faults, nan-loss already has five',
 'ok.late-logistic-rmsprop': 'healthy candidate ended at 0.83 of the baseline: not far enough below it',
 'ok.late-dropout-elu': 'healthy candidate ended at 0.80 of the baseline: not far enough below it',
 'ok.late-relu-adam': 'healthy candidate ended at 0.69 of the baseline: the late flag is noisy, but a deeper net reached 0.21; borderline',
 'ok.late-tanh-sgd-valsplit': 'train loss 0.18 but validation loss 0.99, above the baseline: it overfits',
}
COVERS = {
 'ok.hours-relu-adam': 'mounts.csv labour hours, standard + normalizeTarget standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32',
 'ok.hours-tanh-sgd-momentum': 'mounts.csv labour hours, [24 tanh, 1], mse, sgd 0.02 momentum 0.9, batch 16',
 'ok.hours-elu-rmsprop-valsplit': 'mounts.csv labour hours, [32 elu, 16 elu, 1], rmsprop 0.002, validationSplit 0.2',
 'ok.hours-minmax-leaky-nesterov': 'mounts.csv labour hours, minmax features and target, [32 leaky_relu, 1], nesterov sgd 0.05, batch 16, 200 epochs',
 'ok.price-batchnorm-adam': 'mounts.csv price_eur, [32 relu batchNorm, 16 relu, 1], adam 0.005',
 'ok.hours-and-price-two-heads': 'mounts.csv two regression targets (labor_hours, price_eur), [32 relu, 2], adam 0.005',
 'ok.hours-full-batch-adam': 'mounts.csv labour hours, [16 tanh, 1], adam 0.03, full batch 400, 300 epochs',
 'ok.hours-batch-one-sgd': 'mounts.csv labour hours, [12 tanh, 1], plain sgd 0.003, batch 1, 30 epochs',
 'ok.hours-weight-decay-clip': 'mounts.csv labour hours, [32 relu, dropout 0.1, 16 relu, 1], adam 0.003 weightDecay 1e-4 clipNorm 5',
 'ok.hours-three-features': 'mounts.csv labour hours from four chosen features, [16 relu, 8 relu, 1], rmsprop 0.003',
 'ok.late-he-uniform-nesterov': 'mounts.csv late flag, [24 relu he_uniform, 12 relu, 1 sigmoid], bce, nesterov sgd 0.03, batch 16',
 'ok.hides-relu-adam': 'hides.csv 3 string classes (rare slip), [32 relu, 16 relu, 3 softmax], cce, adam 0.005',
 'ok.hides-tanh-nesterov': 'hides.csv, [24 tanh, 3 softmax], cce, nesterov sgd 0.05, batch 16, 200 epochs',
 'ok.hides-eu-export': 'hides-eu.csv (semicolons, decimal commas), [24 relu, 3 softmax], cce, adam 0.01, batch 24',
 'ok.hides-batchnorm-rmsprop': 'hides.csv, [32 relu batchNorm, 16 relu batchNorm, 3 softmax], cce, rmsprop 0.003',
 'ok.hides-minmax-sigmoid-hidden': 'hides.csv minmax, [24 sigmoid, 3 softmax], cce, adam 0.02, 250 epochs',
 'ok.hides-leaky-deep': 'hides.csv, [32, 32, 16 leaky_relu, 3 softmax], cce, adam 0.002 weightDecay 1e-4',
 'ok.hides-sgd-plain-batch-eight': 'hides.csv, [16 relu, 3 softmax], cce, plain sgd 0.1, batch 8',
 'ok.hides-dropout-tanh-valsplit': 'hides.csv, [48 tanh, dropout 0.3, 3 softmax], cce, adam 0.005, validationSplit 0.2',
 'ok.skins-relu-adam': 'skins.tsv (tab-separated) drying days, [32 relu, 1], mse, adam 0.005',
 'ok.skins-tanh-rmsprop': 'skins.tsv, [16 tanh, 16 tanh, 1], rmsprop 0.002, batch 16',
 'ok.skins-lecun-elu-sgd': 'skins.tsv, [24 elu lecun_normal, 1], sgd 0.03 momentum 0.8',
 'ok.skins-he-uniform-clip': 'skins.tsv, [48 relu he_uniform, 24 relu he_uniform, 1], sgd 0.02 momentum 0.9 clipNorm 1',
 'ok.skins-linear-regression': 'skins.tsv, a single linear unit (linear regression), adam 0.02, 200 epochs',
 'ok.skins-deep-narrow-elu': 'skins.tsv, four elu layers of 12, adam 0.002, batch 16',
 'ok.skins-full-batch-rmsprop': 'skins.tsv, [16 relu, 1], rmsprop 0.01, full batch 300, 300 epochs',
 'ok.skins-wide-batchnorm-sgd': 'skins.tsv, [128 relu batchNorm, 1], sgd 0.02 momentum 0.9, batch 64',
 'ok.price-minmax-tanh': 'mounts.csv price_eur, minmax features, standard target, [24 tanh, 12 tanh, 1], rmsprop 0.003',
 'ok.iris-relu-adam': 'builtin iris standard, [16 relu, 3 softmax], cce, adam 0.01, batch 16',
 'ok.iris-xavier-normal-tanh-sgd': 'builtin iris, [8 tanh xavier_normal, 3 softmax], sgd 0.1 momentum 0.9, batch 8',
 'ok.moons-relu-adam': 'builtin moons, [32 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.circles-tanh-rmsprop': 'builtin circles, [16 tanh, 8 tanh, 1 sigmoid], bce, rmsprop 0.01, batch 16 (fits perfectly; its tanh layers end saturated because the classes separate completely)',
 'ok.spirals-deep-relu': 'builtin spirals 3 classes, [64, 64, 32 relu, 3 softmax], cce, adam 0.005, 300 epochs',
 'ok.blobs-four-class-softmax': 'builtin blobs 4 classes, [8 relu, 4 softmax], plain sgd 0.05',
 'ok.sine-tanh-adam': 'builtin sine, [32 tanh, 32 tanh, 1], mse, adam 0.005, 300 epochs',
 'ok.xor-small-sgd': 'builtin xor, [8 tanh, 1 sigmoid], bce, sgd 0.5 momentum 0.9 (tanh units end largely saturated, as on a solved xor)',
 'ok.inline-glass-eye-sizes': 'inline table of glass-eye sizes against specimen mass (14 rows), standard + normalizeTarget, [8 tanh, 1], adam 0.02, full batch',
 'ok.inline-habitat-base-type': 'inline table with string labels (plinth, branch, groundwork, wall), [12 relu, 4 softmax], cce, adam 0.02, batch 8',
}

for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, sub), exist_ok=True)
faults, healthy, dropped = [], [], []
for fn in sorted(os.listdir(CAND)):
    name = fn[:-len('.nn.json')]
    line = obs.get(name)
    assert line, f'no observation for {name}'
    short = re.sub(r'^\s+', '', line)
    if name in DROP:
        shutil.move(os.path.join(CAND, fn), os.path.join(HERE, 'dropped', fn))
        dropped.append((fn, DROP[name]))
        continue
    if name.startswith('ok.'):
        assert name in COVERS, name
        shutil.move(os.path.join(CAND, fn), os.path.join(HERE, 'healthy', fn))
        healthy.append({'file': f'healthy/{fn}', 'covers': f'{COVERS[name]} (observe: {short})'})
        continue
    filed = RENAME.get(name, name)
    code, stage, extra, text = F[filed]
    assert filed.startswith(code + '.'), filed
    out = filed + '.nn.json'
    shutil.move(os.path.join(CAND, fn), os.path.join(HERE, 'faulty', out))
    faults.append({'file': f'faulty/{out}', 'code': code, 'fault': f'{text} (observe: {short})', 'stage': stage, 'catches': [code] + extra})
assert not set(F) - {f['file'][7:-8] for f in faults}, set(F) - {f['file'][7:-8] for f in faults}
os.rmdir(CAND)
about = ('Two hundred and thirty-eighth fault set (issue #4), written blind for the honest measurement and frozen before the product '
         'was first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s '
         'expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") ends with the line test/faults/observe.ts --summary printed for it (observed.txt); '
         '--curve for the lr-too-high, lr-too-low, plateau and oscillating candidates (observed-curves.txt); no diagnosis code involved. '
         'Theme: taxidermy studios and natural-history mount makers, on data/generate.ts\'s files (seed 238): mounts.csv (400 job sheets: '
         'skewed specimen mass, length collinear with it, hide score, pose complexity, habitat base, client distance and humidity with no effect, '
         'labour hours, price in euros, a late-delivery flag; id, date and species text columns), mounts-gaps.csv (the same with NA, n/a and '
         'empty cells), hides.csv (360 tanning-drum batches, result supple/stiff/slip with slip rare), hides-eu.csv (semicolons, decimal '
         'commas), skins.tsv (300 bird study skins, tab-separated, drying days), plus builtins and two inline tables. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=2, ensure_ascii=False)
open(os.path.join(HERE, 'manifest.json'), 'a').write('\n')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(dropped), 'dropped')
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
