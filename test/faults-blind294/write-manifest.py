#!/usr/bin/env python3
"""Verdicts of fault set blind294: moves candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind294: python3 write-manifest.py (after author.ts and the observations)."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

obs = {}
for line in open('observed.txt'):
    line = line.strip()
    if not line:
        continue
    name = line.split(':')[0].split(' ')[0].replace('.nn.json', '')
    obs[name] = line

# candidate -> (new code or None to keep, stage, catches, description)
F = {
 'invalid-spec.adamw-optimizer': (None, 'static', [], 'optimizer "adamw" copied from a PyTorch training script; the engine has sgd, adam, rmsprop'),
 'invalid-spec.keras-loss-name': (None, 'static', [], 'loss written "binary_crossentropy" (Keras name) for the stuck-fermentation classifier'),
 'invalid-spec.gelu-activation': (None, 'static', [], 'activation "gelu" (from a transformer tutorial) on both hidden layers of the days-to-press regression'),
 'invalid-spec.dropout-percent': (None, 'static', [], 'dropout rate written as a percentage (30) instead of a fraction'),
 'invalid-spec.validation-split-percent': (None, 'static', [], 'validationSplit written as 20 (percent) instead of 0.2'),
 'lr-out-of-range.adam-lr-negative': ('invalid-spec', 'static', ['lr-out-of-range'], 'learning rate typed with a stray minus sign (-0.001); the parser refuses it as out of range'),
 'data-error.missing-export': (None, 'static', [], 'spec points at next season\'s export sake_moromi_2025.csv, which does not exist yet'),
 'data-error.batch-code-as-feature': (None, 'static', [], 'no "features" list, so the batch code, bottling date and style text columns are read as numeric features'),
 'data-error.target-abv-misnamed': (None, 'static', [], 'target "abv" but the ledger column is "final_abv"'),
 'data-error.gaps-ledger': (None, 'static', [], 'the cellar-hand copy of the ledger with NA, ? and empty readings'),
 'data-error.hand-edited-gravity': (None, 'static', [], 'hand-edited ledger where two gravity cells read "1.11 approx" and "see log"'),
 'data-error.shared-drive-path': (None, 'static', [], 'CSV path climbs out of the workspace to the brewery\'s shared drive'),
 'shape-mismatch.three-styles-head': (None, 'static', [], 'mead style head with 3 units (forgot cyser, the rare fourth style)'),
 'shape-mismatch.grade-five-units': (None, 'static', [], 'sake grade head with 5 units for 4 grades (counted junmai separately)'),
 'shape-mismatch.two-targets-one-unit': (None, 'static', [], 'two regression targets (aroma_score, price_yen) but one output unit'),
 'shape-mismatch.press-days-four-units': (None, 'static', [], 'days-to-press regression with a 4-unit head copied from the grade classifier'),
 'loss-activation-mismatch.softmax-mse-grade': (None, 'static', [], 'softmax grade head trained with mse instead of cce'),
 'loss-activation-mismatch.bce-linear-head': (None, 'static', [], 'bce on a linear output for stuck fermentation (sigmoid forgotten)'),
 'loss-activation-mismatch.cce-sigmoid-head': (None, 'static', [], 'cce on a 4-unit sigmoid head for mead style (softmax intended)'),
 'loss-activation-mismatch.relu-head-smv': (None, 'static', [], 'relu output on the standardised nihonshu-do (SMV) target, half of which is negative'),
 'loss-activation-mismatch.sigmoid-head-press-days': (None, 'static', ['saturated-activation'], 'sigmoid output for days-to-press in raw days (0-40) with no target normalisation'),
 'init-symmetry.constant-two-layers': (None, 'static', [], 'both hidden relu layers initialised to the constant 0.1'),
 'init-symmetry.zeros-deep-tank': (None, 'static', ['dead-relu'], 'both hidden elu layers initialised to zeros'),
 'init-symmetry.zeros-both-relu': (None, 'static', ['dead-relu'], 'both hidden relu layers of the style classifier initialised to zeros'),
 'init-scale.normal-std-8': (None, 'static', [], 'normal init with std 8 in both relu layers (meant 0.08)'),
 'init-scale.uniform-limit-20': (None, 'static', ['saturated-activation'], 'uniform init with limit 20 on a tanh layer'),
 'init-scale.normal-std-1e-5-deep': (None, 'static', ['vanishing-gradient'], 'every layer of a 3-hidden-layer tanh net initialised with std 1e-5'),
 'no-nonlinearity.linear-stack-grade': (None, 'static', [], 'two hidden layers left linear (activation forgotten) in the grade classifier'),
 'no-nonlinearity.moons-linear-hidden': (None, 'static', [], 'two hidden layers with no activation on the moons practice set'),
 'no-nonlinearity.circles-linear': (None, 'static', [], 'hidden layers explicitly linear on circles, which no linear boundary separates'),
 'lr-out-of-range.adam-lr-25': (None, 'static', ['lr-too-high'], 'adam with lr 25 (meant 2.5e-3)'),
 'lr-out-of-range.sgd-lr-300': (None, 'static', ['lr-too-high', 'nan-loss'], 'sgd with lr 300'),
 'lr-out-of-range.rmsprop-lr-1e-9': (None, 'static', ['lr-too-low'], 'rmsprop with lr 1e-9'),
 'dead-relu.negative-bias': (None, 'static', [], 'relu layers with bias -6 (copied from a gating trick)'),
 'dead-relu.adam-hot-deep': (None, 'probe', ['lr-too-high'], 'three relu layers under adam at lr 0.3: the units die early and the price model never learns'),
 'dead-relu.raw-gravity-bias': (None, 'probe', [], 'raw (unnormalised) tank features into a relu layer with bias -40: most units never fire'),
 'exploding-gradient.raw-honey-features': (None, 'probe', ['nan-loss', 'dead-relu'], 'raw honey and water quantities (hundreds of kg and litres) into sgd with momentum'),
 'exploding-gradient.raw-price-adam': (None, 'probe', [], 'sake price in raw yen (thousands) as the mse target with raw features, no target normalisation'),
 'nan-loss.sgd-raw-price-hot': ('exploding-gradient', 'probe', ['dead-relu', 'nan-loss'], 'sgd at 0.05 on raw features with the price in raw yen: a first-step blow-up kills every relu unit'),
 'vanishing-gradient.deep-sigmoid-eight': (None, 'probe', [], 'eight sigmoid hidden layers for the stuck-fermentation classifier under plain sgd'),
 'vanishing-gradient.sigmoid-ten-tank': (None, 'probe', [], 'ten sigmoid hidden layers for days-to-press under plain sgd'),
 'vanishing-gradient.deep-sigmoid-grade': (None, 'probe', [], 'seven sigmoid hidden layers for the sake grade under sgd with momentum'),
 'nan-loss.sgd-momentum-raw-water': (None, 'probe', ['exploding-gradient', 'lr-too-high'], 'raw ledger features, sgd lr 0.5 with momentum 0.95 on batches of 8'),
 'dead-relu.sgd-kick': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd at lr 0.8 on batches of 8 for a two-layer relu ABV model'),
 'exploding-gradient.raw-price-yen': ('nan-loss', 'probe', ['exploding-gradient'], 'sake price in raw yen as the mse target under sgd 0.001, no target normalisation'),
 'exploding-gradient.deep-wide-normal-1': ('nan-loss', 'probe', ['exploding-gradient', 'init-scale'], 'four 64-unit relu layers initialised normal std 1'),
 'lr-too-high.sgd-3': ('nan-loss', 'probe', ['lr-too-high'], 'sgd at lr 3 on the ABV regression'),
 'lr-too-high.adam-half': (None, 'probe', ['oscillating-loss'], 'adam at lr 0.5 for the sake grade'),
 'lr-too-high.nesterov-1': (None, 'probe', ['oscillating-loss'], 'nesterov sgd at lr 1 with momentum 0.9 for mead style'),
 'lr-too-high.rmsprop-0.2': (None, 'probe', ['oscillating-loss'], 'rmsprop at lr 0.2 for the ready-to-press classifier'),
 'lr-too-low.sgd-1e-5': (None, 'probe', [], 'plain sgd at 1e-5 for the sake grade'),
 'lr-too-low.adam-1e-6': (None, 'probe', [], 'adam at 1e-6 for the ABV regression'),
 'lr-too-low.rmsprop-5e-7': (None, 'probe', [], 'rmsprop at 5e-7 for days-to-press'),
 'lr-too-low.momentum-full-batch': (None, 'probe', [], 'sgd 1e-4 with momentum on the full batch: one tiny step per epoch'),
 'saturated-activation.raw-honey-sigmoid': (None, 'probe', [], 'raw honey, water and yeast quantities (normalize none) into a sigmoid hidden layer'),
 'saturated-activation.tanh-big-init': (None, 'static', ['init-scale'], 'tanh layer initialised normal std 4'),
 'saturated-activation.raw-price-tanh': (None, 'probe', [], 'the price in raw yen used as a feature, unnormalised, into a tanh layer'),
 'saturated-activation.sigmoid-bias-8': (None, 'static', ['vanishing-gradient'], 'sigmoid hidden layers with initial bias 8'),
 'loss-plateau.spirals-tiny-sigmoid-sgd': (None, 'training', ['lr-too-low'], 'an 8-unit sigmoid layer under plain sgd 0.01 on three spirals'),
 'loss-plateau.xor-sigmoid-fullbatch': (None, 'training', ['lr-too-low'], 'xor with a 4-unit sigmoid layer, full-batch sgd 0.05'),
 'loss-plateau.price-weight-decay': (None, 'training', [], 'weightDecay 3 (meant 3e-4) on the price model: the loss falls, climbs back and stalls at the baseline'),
 'loss-plateau.grade-heavy-decay': (None, 'training', [], 'weightDecay 5 on the grade classifier: the loss never leaves the baseline'),
 'oscillating-loss.momentum-099': (None, 'training', ['lr-too-high'], 'sgd lr 0.3 with momentum 0.99 on the ready-to-press classifier'),
 'oscillating-loss.sgd-batch4-hot': (None, 'training', ['lr-too-high'], 'plain sgd at 0.6 on batches of 4 for mead style'),
}
DROP = {
 'invalid-spec.zero-units': 'kept the set within 65 faults; a near-duplicate of the other static invalid-spec faults',
 'data-error.timestamp-feature': 'kept the set within 65 faults; same fault as batch-code-as-feature',
 'nan-loss.rmsprop-raw-press': 'slug says rmsprop but the spec uses sgd (authoring slip); also kept the set within 65 faults',
 'no-nonlinearity.tank-linear-three': 'trained to 0.03 of the baseline: the tank target is nearly linear, so the missing activation costs nothing measurable',
 'shape-mismatch.stuck-two-sigmoids': 'the engine accepted two sigmoid outputs for one 0/1 column and trained to 0.83: unclear whether it is a mismatch',
 'init-symmetry.zeros-hidden': 'the xavier output layer breaks the symmetry; trained to 0.12 of the baseline like a healthy spec',
 'init-symmetry.constant-every-layer-price': 'trained to 0.07 of the baseline: the collapsed one-unit net is enough for the price',
 'vanishing-gradient.deep-tanh-small-init': 'gradients stayed healthy (first layer up to 3.96) and it trained to 0.21',
 'loss-plateau.raw-tank-sigmoid-sgd': 'kept falling to 0.18 at the last epoch: neither a plateau nor clearly saturated',
 'lr-too-high.adam-1-iris': 'bounced between 0.05 and 0.37 but ended at 0.05 of the baseline: borderline',
 'oscillating-loss.adam-batch1': 'mixed: swings of about 0.1 with 94% dead relu units; not clearly one fault',
 'oscillating-loss.rmsprop-batch2': 'swings small against the baseline and the trend kept falling to 0.12: borderline',
 'ok.stuck-he-uniform-momentum': 'ended at 0.87 of the baseline: not far below it',
 'ok.stuck-logistic-only': 'ended at 0.93 of the baseline: not far below it',
 'ok.stuck-tanh-rmsprop-dropout': 'ended at 0.91 of the baseline: not far below it',
 'ok.abv-elu-batch1': 'ended at 0.43 while other ABV models reach 0.13-0.20',
 'ok.abv-linear-regression': 'ended at 0.41 while other ABV models reach 0.13-0.20',
 'ok.abv-relu-adam-raw-target': 'ended at 0.30 of the baseline; other ABV models reach 0.13-0.20',
 'ok.abv-tanh-rmsprop-batch64': 'ended at 0.36 while other ABV models reach 0.13-0.20',
 'ok.style-batchnorm-rmsprop': 'ended at 0.34 while ok.style-relu-adam reaches 0.10',
 'ok.spirals-deep-adam': 'ended at 0.34 and rose from its minimum 0.29 at the end: borderline',
}
COVERS = {
 'ok.grade-relu-adam': 'sake_moromi.csv (semicolons, decimal commas) standard, [24 relu, 12 relu, 4 softmax], cce, adam 0.005, batch 32',
 'ok.grade-tanh-sgd-momentum': 'sake grade, [16 tanh, 4 softmax], cce, sgd 0.05 momentum 0.9',
 'ok.grade-elu-rmsprop-val': 'sake grade minmax, [32 elu, dropout 0.1, 4 softmax], rmsprop 0.003, batch 16, validationSplit 0.2',
 'ok.grade-batchnorm-nesterov': 'sake grade, [32 relu bn, 16 relu bn, 4 softmax], nesterov sgd 0.05',
 'ok.grade-polish-only-leaky': 'sake grade from polishing ratio and peak temperature only, [12 leaky_relu, 4 softmax], adam 0.01, batch 64',
 'ok.grade-wide-single-sgd-batch1': 'sake grade, [64 relu, 4 softmax], plain sgd 0.005, batch 1, 25 epochs',
 'ok.grade-sigmoid-hidden-adam': 'sake grade, [24 sigmoid, 4 softmax], adam 0.01',
 'ok.grade-minmax-rmsprop-deep-tanh': 'sake grade minmax, [32 tanh, 16 tanh, 8 tanh, 4 softmax], rmsprop 0.002',
 'ok.price-adam-normtarget': 'price in yen with normalizeTarget standard, [32 relu, 16 relu, 1], mse, adam 0.003',
 'ok.price-minmax-target-rmsprop': 'price in yen, minmax features and target, [24 elu, 1], rmsprop 0.003, batch 16',
 'ok.price-deep-batchnorm-adam': 'price in yen normalised, [32 relu bn, 32 relu bn, 16 relu, 1], adam 0.003, batch 64',
 'ok.aroma-tanh-sgd': 'tasting-panel aroma score normalised, [16 tanh, 1], sgd 0.02 momentum 0.9',
 'ok.aroma-and-price-two-heads': 'two regression targets (aroma_score, price_yen) normalised, [32 relu, 2], adam 0.005',
 'ok.aroma-small-init-sigmoid-sgd': 'aroma score, [16 sigmoid normal std 0.3, 1], sgd 0.1 momentum 0.9',
 'ok.aroma-elu-adam-fullbatch': 'aroma score, [16 elu, 1], adam 0.01, full batch (420), 300 epochs',
 'ok.stuck-relu-adam': 'mead_batches.csv stuck fermentation (11% positive), [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003',
 'ok.stuck-sgd-fullbatch': 'stuck fermentation, [12 elu, 1 sigmoid], sgd 0.3 momentum 0.9 full batch, 300 epochs',
 'ok.abv-weight-decay-clip': 'final ABV normalised, [32 relu, 32 relu, 1], adam 0.002, weightDecay 1e-4, clipNorm 1',
 'ok.abv-lecun-elu-fullbatch-adam': 'final ABV, [24 elu lecun, 12 elu lecun, 1], adam 0.01 full batch, 300 epochs',
 'ok.style-relu-adam': 'mead style (4 classes, cyser rare), [32 relu, 16 relu, 4 softmax], adam 0.005, 150 epochs',
 'ok.press-days-relu-adam': 'sake_tank_log.tsv (tabs) days to press normalised, [32 relu, 16 relu, 1], adam 0.003',
 'ok.press-days-tanh-nesterov': 'days to press, [24 tanh, 12 tanh, 1], nesterov sgd 0.02, batch 16',
 'ok.press-days-deep-leaky': 'days to press minmax, four 16-unit leaky_relu layers, adam 0.002',
 'ok.press-days-rmsprop-noshuffle': 'days to press, [20 elu, 1], rmsprop 0.002, batch 24, shuffle false',
 'ok.press-days-he-uniform-sgd-batch1': 'days to press, [16 relu he_uniform, 1], sgd 0.002, batch 1, 20 epochs',
 'ok.ready-sigmoid-hidden-adam': 'ready to press (0/1), [12 sigmoid, 1 sigmoid], bce, adam 0.01',
 'ok.ready-relu-sgd-batch8': 'ready to press, [16 relu, 1 sigmoid], plain sgd 0.05, batch 8',
 'ok.ready-rmsprop-clip': 'ready to press, [32 elu, dropout 0.2, 16 elu, 1 sigmoid], rmsprop 0.001, clipNorm 5, validationSplit 0.2',
 'ok.ready-cce-two-class': 'ready to press as two classes, [16 relu, 2 softmax], cce, adam 0.005',
 'ok.ready-leaky-nesterov': 'ready to press, [16 leaky_relu, 8 leaky_relu, 1 sigmoid], nesterov sgd 0.05',
 'ok.iris-tanh-sgd': 'iris standard, [8 tanh, 3 softmax], sgd 0.1 momentum 0.9, batch 16',
 'ok.iris-elu-rmsprop-dropout': 'iris standard, [16 elu, dropout 0.1, 3 softmax], rmsprop 0.005, batch 8',
 'ok.moons-relu-adam': 'moons 300, [16 relu, 16 relu, 1 sigmoid], adam 0.01',
 'ok.circles-elu-rmsprop': 'circles 300, [16 elu, 8 elu, 1 sigmoid], rmsprop 0.005, batch 16',
 'ok.xor-tanh-nesterov': 'xor, [8 tanh, 1 sigmoid], nesterov sgd 0.1, batch 16, 200 epochs',
 'ok.sine-tanh-adam': 'sine 300, [32 tanh, 16 tanh, 1], mse, adam 0.01',
 'ok.blobs-four-softmax-sgd': 'blobs 4 classes, [8 relu, 4 softmax], plain sgd 0.05, batch 16',
 'ok.inline-honey-gravity': 'inline 12-row honey-fraction to gravity table, [4 tanh, 1], adam 0.02, full batch',
 'ok.inline-koji-labels': 'inline 12 rows with string labels daiginjo/futsu, [4 tanh, 2 softmax], sgd 0.1, batch 4',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy, dropped = [], [], []
for c in cands:
    src = os.path.join('candidates', c + '.nn.json')
    line = obs[c]
    if c in DROP:
        shutil.move(src, os.path.join('dropped', c + '.nn.json'))
        dropped.append((c, DROP[c]))
    elif c in F:
        new, stage, extra, text = F[c]
        code = new or c.split('.')[0]
        name = c if new is None else code + '.' + c.split('.', 1)[1]
        shutil.move(src, os.path.join('faulty', name + '.nn.json'))
        catches = [code] + [x for x in ([c.split('.')[0]] if new else []) + extra if x != code]
        catches = list(dict.fromkeys(catches))
        faults.append({'file': f'faulty/{name}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': catches})
    elif c in COVERS:
        shutil.move(src, os.path.join('healthy', c + '.nn.json'))
        healthy.append({'file': f'healthy/{c}.nn.json', 'covers': f'{COVERS[c]} (observe: {line})'})
    else:
        raise SystemExit(f'no verdict for {c}')
os.rmdir('candidates')
about = ('Fault set blind294 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Theme: mead and sake brewers. "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could '
         'first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" and "covers" ends with '
         'its line from the bare engine (test/faults/observe.ts --summary, observed.txt; --curve for the lr-too-high, lr-too-low, plateau and '
         'oscillating candidates, observed-curves.txt); no diagnosis code involved. Data (data/generate.ts, seed 294): mead_batches.csv (380 '
         'meadery batches, skewed honey mass, collinear water, batch code and date text columns, a no-effect cellar_door column; targets final_abv, '
         'stuck 0/1 at 11%, style with rare cyser), mead_batches_gaps.csv (NA/?/empty), mead_batches_handedit.csv (text in a gravity cell), '
         'sake_moromi.csv (420 tanks, semicolons and decimal commas; grade with rarer daiginjo, price in raw yen, aroma score), '
         'sake_tank_log.tsv (360 tab-separated sensor readings with a timestamp text column; days_to_press, ready 0/1); plus builtins and inline tables.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=2)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(dropped), 'dropped')
print(sorted(Counter(f['code'] for f in faults).items()))
print(sorted(Counter(f['stage'] for f in faults).items()))
