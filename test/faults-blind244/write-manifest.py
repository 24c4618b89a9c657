#!/usr/bin/env python3
"""Blind set 244: verdicts from observed.txt; moves candidates into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind244: python3 write-manifest.py"""
import json, os, re, shutil

obs = {}
for line in open('observed.txt'):
    line = line.rstrip('\n')
    m = re.match(r'\s*([\w.\-]+?)(?:\.nn\.json)?(?::| does not parse)', line)
    if m: obs[m.group(1)] = line.strip()

def observed(name):
    line = obs[name]
    return line.split(' | ')[0] if ' | ' in line and not line.startswith(name + '.nn.json') else line

# name -> (code, stage, catches, fault text); a re-filed name gets its new code as prefix
F = [
 ('invalid-spec.adamw-optimizer', 'invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch milk-yield notebook; the format has only sgd, adam, rmsprop'),
 ('invalid-spec.relu-capital', 'invalid-spec', 'static', [], 'activation written "ReLU" (Keras class-name habit) on both hidden layers of the cheese-grade model'),
 ('invalid-spec.dropout-percent', 'invalid-spec', 'static', [], 'dropout rate written as a percentage (20) instead of a fraction (0.2) in the mastitis screen'),
 ('invalid-spec.keras-loss-name', 'invalid-spec', 'static', [], 'loss written "binary_crossentropy" (Keras name) instead of "bce"'),
 ('invalid-spec.validation-split-percent', 'invalid-spec', 'static', [], 'validationSplit written 20 (percent) instead of 0.2'),
 ('data-error.next-season-file', 'data-error', 'static', [], 'points at next season\'s export doe_milk_2024.csv, which does not exist yet'),
 ('data-error.target-in-kg', 'data-error', 'static', [], 'target "milk_kg" while the parlour export names the column milk_l'),
 ('data-error.ids-and-dates-as-features', 'data-error', 'static', [], 'no "features" list, so the doe_id tag and recorded_on date text columns are read as features'),
 ('data-error.parlour-export-na', 'data-error', 'static', [], 'the parlour software\'s export with NA, empty and "-" markers for missing weights, concentrate and temperatures'),
 ('data-error.shared-drive-path', 'data-error', 'static', [], 'CSV path climbs out of the workspace to the farm office\'s shared drive'),
 ('shape-mismatch.three-grades-not-four', 'shape-mismatch', 'static', [], '3 softmax outputs for grades A/B/C, forgetting the rare "reject" grade (4 classes)'),
 ('shape-mismatch.two-targets-one-unit', 'shape-mismatch', 'static', [], 'two targets (weight_loss_g, moisture_pct) but a single output unit'),
 ('shape-mismatch.milk-two-outputs', 'shape-mismatch', 'static', [], 'milk-yield regression with 2 output units for a single milk_l target'),
 ('shape-mismatch.eu-export-five-units', 'shape-mismatch', 'static', [], 'semicolon/decimal-comma vat export with 5 softmax outputs for 4 grades'),
 ('loss-activation-mismatch.bce-linear-head', 'loss-activation-mismatch', 'static', [], 'bce with a linear (no sigmoid) output unit for mastitis 0/1'),
 ('loss-activation-mismatch.cce-sigmoid-head', 'loss-activation-mismatch', 'static', [], 'cce on four independent sigmoid outputs instead of softmax for the vat grades (the loss falls to ~0 while accuracy stays at 0.40)'),
 ('loss-activation-mismatch.tanh-head-litres', 'loss-activation-mismatch', 'static', [], 'tanh output for daily milk in litres (0.3-6.5 L, target not normalised): the head cannot exceed 1'),
 ('loss-activation-mismatch.softmax-one-unit-bce', 'loss-activation-mismatch', 'static', [], 'softmax on a single output unit with bce: the output is always 1'),
 ('loss-activation-mismatch.relu-head-moisture', 'loss-activation-mismatch', 'static', [], 'relu output on a standardised moisture target: it cannot reach the negative half of the targets'),
 ('init-symmetry.zeros-hidden-milk', 'init-symmetry', 'static', [], 'zeros init on both tanh hidden layers of the milk-yield model'),
 ('init-symmetry.constant-moons', 'init-symmetry', 'static', [], 'constant 0.5 init on two 16-unit tanh layers: every unit identical, the net behaves like one unit per layer'),
 ('init-symmetry.zeros-vats-tanh', 'init-symmetry', 'static', [], 'zeros init on every layer of the vat-grade tanh net'),
 ('init-scale.std-five-milk', 'init-scale', 'static', ['exploding-gradient'], 'normal init with std 5 on every layer of a relu milk-yield net'),
 ('init-scale.tiny-uniform-deep', 'init-scale', 'static', ['vanishing-gradient'], 'uniform init with limit 1e-4 on a 3-hidden-layer tanh net, so signals and gradients vanish'),
 ('init-scale.std-twenty-udder', 'init-scale', 'static', ['saturated-activation'], 'normal init std 20 on tanh layers of the mastitis screen'),
 ('init-scale.std-ten-spirals', 'init-scale', 'static', [], 'normal init std 10 on a two-layer relu net (first loss 486)'),
 ('no-nonlinearity.linear-stack-vats', 'no-nonlinearity', 'static', [], 'two hidden layers left at the default linear activation in the vat-grade model'),
 ('no-nonlinearity.linear-circles', 'no-nonlinearity', 'static', [], 'three linear hidden layers on circles: still a linear classifier'),
 ('no-nonlinearity.linear-xor', 'no-nonlinearity', 'static', [], 'two linear hidden layers on xor'),
 ('lr-out-of-range.adam-lr-20', 'lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 20 (meant 0.002, misplaced decimal)'),
 ('lr-out-of-range.sgd-lr-150', 'lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 150 on the milk model'),
 ('lr-out-of-range.rmsprop-lr-1e-9', 'lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-9'),
 ('lr-out-of-range.sgd-lr-1e-10', 'lr-out-of-range', 'static', ['lr-too-low'], 'sgd momentum lr 1e-10'),
 ('dead-relu.negative-bias-milk', 'dead-relu', 'probe', [], 'relu hidden layers with bias -6 on standardised features: almost every unit is dead from the start'),
 ('dead-relu.negative-bias-udder', 'dead-relu', 'probe', [], 'relu layer with initial bias -4 in the mastitis screen: 63% of units never fire'),
 ('dead-relu.sgd-blowout-vats', 'dead-relu', 'probe', ['lr-too-high'], 'plain sgd lr 3 with batch 16 on a two-layer relu net: the second layer dies entirely and the loss stays at baseline'),
 ('exploding-gradient.raw-grams-sgd', 'exploding-gradient', 'probe', ['nan-loss'], 'raw weight-loss grams target and raw features (grams, days, %RH), no normalisation'),
 ('exploding-gradient.raw-scc-regression', 'exploding-gradient', 'probe', [], 'regressing the raw somatic cell count per ml (10^4-10^7) without target normalisation, sgd momentum'),
 ('nan-loss.raw-grams-sgd-lr', 'exploding-gradient', 'probe', ['nan-loss'], 'raw grams target and raw features with sgd lr 0.01 (written as a NaN case; gradients reach 1e9 but the loss stays finite)'),
 ('nan-loss.raw-scc-adam-huge', 'exploding-gradient', 'probe', ['nan-loss'], 'raw somatic cell count target, raw features, sgd momentum lr 0.01 (written as a NaN case; gradients reach 1e17, the loss stays finite)'),
 ('exploding-gradient.deep-relu-std1', 'nan-loss', 'probe', ['init-scale', 'exploding-gradient'], 'five 32-unit relu layers with normal std 1 init: the forward pass overflows (written as exploding; the loss is NaN in epoch 1)'),
 ('exploding-gradient.raw-weight-loss-rmsprop', 'nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw grams target and raw features, sgd momentum batch 16 (written as exploding; the loss is NaN in epoch 1)'),
 ('nan-loss.milk-sgd-lr-5', 'nan-loss', 'probe', ['lr-too-high', 'lr-out-of-range'], 'sgd lr 5 on the milk-yield relu net'),
 ('nan-loss.raw-milk-features-sgd', 'nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'milk-yield features left raw (days in milk up to 295, weights in kg) with sgd momentum 0.9 lr 0.05 batch 8'),
 ('oscillating-loss.momentum-099-milk', 'nan-loss', 'training', ['lr-too-high', 'exploding-gradient'], 'sgd momentum 0.99 lr 0.05 on the milk model (written as oscillating; the loss grows every epoch and is NaN at epoch 92)'),
 ('vanishing-gradient.deep-sigmoid-vats', 'vanishing-gradient', 'probe', [], 'seven 16-unit sigmoid hidden layers, plain sgd, on the vat grades'),
 ('vanishing-gradient.deep-sigmoid-udder', 'vanishing-gradient', 'probe', [], 'eight sigmoid hidden layers in the mastitis screen, plain sgd'),
 ('vanishing-gradient.tanh-small-init-deep', 'vanishing-gradient', 'probe', ['init-scale'], 'five tanh layers with normal std 0.01 init on the milk model'),
 ('vanishing-gradient.sigmoid-tower-moons', 'vanishing-gradient', 'probe', [], 'nine sigmoid hidden layers on moons'),
 ('lr-too-high.adam-0p5-vats', 'lr-too-high', 'probe', ['dead-relu'], 'adam lr 0.5 on the vat-grade relu net: the loss bounces around the baseline, the second layer dies'),
 ('lr-too-high.adam-1-iris', 'lr-too-high', 'probe', ['dead-relu', 'lr-out-of-range'], 'adam lr 1 on iris (raw features): loss bounces at the baseline, the hidden layer dies'),
 ('lr-too-high.rmsprop-0p2-milk', 'lr-too-high', 'probe', ['dead-relu'], 'rmsprop lr 0.2 on the milk-yield relu net: first epoch loss 1848, then bouncing at the baseline with a spike to 1.01'),
 ('lr-too-low.sgd-1e-5-vats', 'lr-too-low', 'probe', [], 'plain sgd lr 1e-5 for 100 epochs on the vat grades'),
 ('lr-too-low.adam-1e-6-milk', 'lr-too-low', 'probe', ['lr-out-of-range'], 'adam lr 1e-6 on the milk model: loss 5.17 to 5.09 in 100 epochs'),
 ('lr-too-low.rmsprop-1e-6-udder', 'lr-too-low', 'probe', ['lr-out-of-range'], 'rmsprop lr 1e-6 on the mastitis screen'),
 ('lr-too-low.momentum-1e-5-circles', 'lr-too-low', 'probe', [], 'sgd momentum lr 1e-5 on circles'),
 ('saturated-activation.raw-scc-sigmoid', 'saturated-activation', 'probe', [], 'raw somatic cell counts (10^4-10^7) into a sigmoid layer with normal std 1 init: every unit pinned'),
 ('saturated-activation.raw-dim-tanh', 'saturated-activation', 'probe', [], 'raw milk-record features (days in milk, kg) into tanh layers: 92% of the first layer saturated'),
 ('saturated-activation.sigmoid-bias-8', 'saturated-activation', 'probe', [], 'sigmoid hidden layer with initial bias 8: every unit at 1, the loss stays at the baseline'),
 ('saturated-activation.raw-ripening-tanh', 'saturated-activation', 'probe', [], 'raw cellar features (start weight in grams) into a tanh layer: 97% saturated'),
 ('loss-plateau.xor-two-units-sgd', 'loss-plateau', 'training', [], 'two sigmoid units with tiny init on xor, plain sgd: the loss sits at ln 2 for 200 epochs'),
 ('loss-plateau.heavy-decay-vats', 'loss-plateau', 'training', [], 'weightDecay 2 (meant 2e-4) with adam: the weights are held at zero and the loss settles at the baseline'),
 ('loss-plateau.heavy-decay-milk', 'loss-plateau', 'training', ['dead-relu'], 'weightDecay 5 with sgd momentum on the milk model: the loss settles at the baseline, 94% of relu units dead'),
 ('oscillating-loss.adam-0p05-batch4-vats', 'oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.05 with batch 4 on the vat grades: the loss swings 0.55-0.87 epoch to epoch'),
 ('oscillating-loss.batch1-sgd-udder', 'oscillating-loss', 'training', ['lr-too-high'], 'plain sgd lr 0.5 with batch 1 in the mastitis screen: the loss zigzags 0.36-0.46 and ends at 0.79 of the baseline'),
]
DROP = {
 'init-symmetry.constant-vats': 'constant 0.1 relu init trained to 0.27 of the baseline, as well as healthy nets: fault does not show',
 'init-symmetry.zeros-udder-sigmoid': 'zeros sigmoid init ended at 0.56 of the baseline, close to a logistic regression: borderline',
 'dead-relu.raw-features-bias': 'bias -50 on raw features: half the units dead but the loss is 49x the baseline with huge gradients; mixed picture',
 'lr-too-high.nesterov-0p8-udder': 'loss swings but ends at 0.46 of the baseline, as well as the healthy mastitis nets: borderline',
 'lr-too-high.sgd-2-moons': 'sgd lr 4 on moons trained to 0.00: healthy',
 'oscillating-loss.rmsprop-0p05-ripen': 'ends at 0.06 of the baseline with swings of ~2% of it: healthy enough, not an oscillation',
 'loss-plateau.spirals-tiny-net': 'still descending slowly at epoch 200 (0.88 of the baseline): capacity, borderline plateau',
 'no-nonlinearity.linear-moisture': 'linear stack reached 0.17 of the baseline; kept the set at 65 faults',
 'lr-too-low.sgd-full-batch-ripen': 'loss fell by 58% of the baseline over the run: slow but moving; kept the set at 65 faults',
 'ok.milk-batch1-sgd': 'ended at 0.43 of the baseline after 30 epochs, worse than the other milk nets: borderline',
 'ok.milk-linear-regression': 'a linear model at 0.40 of the baseline, worse than the nonlinear nets: may count as under-fitting',
 'ok.vats-nesterov-leaky-val': 'validation loss 5.1 against train 0.02: overfits',
 'ok.udder-logistic-sgd': 'logistic regression at 0.59 of the baseline, worse than the nets at 0.41-0.53: borderline',
}
COVERS = {
 'ok.milk-adam-relu': 'doe_milk.csv standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32',
 'ok.milk-sgd-momentum-tanh': 'doe_milk.csv, [24 tanh, 1], mse, sgd momentum 0.9 lr 0.02',
 'ok.milk-minmax-elu-rmsprop': 'doe_milk.csv minmax, [32 elu, 16 elu, 1], rmsprop 0.002, batch 16',
 'ok.milk-batchnorm-nesterov': 'doe_milk.csv, batchNorm relu layers, sgd nesterov 0.02',
 'ok.milk-dropout-val': 'doe_milk.csv, [64 relu, dropout 0.2, 32 relu, 1], adam 0.002 weightDecay 1e-4, validationSplit 0.2',
 'ok.milk-full-batch-adam': 'doe_milk.csv, [32 tanh, 1], adam 0.02, full batch (420), 400 epochs',
 'ok.milk-leaky-lecun': 'doe_milk.csv, leaky_relu with lecun_normal init, adam 0.005 clipNorm 1, batch 64',
 'ok.milk-deep-narrow-elu': 'doe_milk.csv, four 12-unit elu layers, adam 0.002',
 'ok.milk-sgd-uniform-init': 'doe_milk.csv, relu with uniform init limit 0.3, sgd momentum 0.8',
 'ok.vats-adam-relu': 'cheese_vats.csv standard, 4 string grades, [32 relu, 16 relu, 4 softmax], cce, adam 0.003',
 'ok.vats-eu-export-tanh': 'cheese_vats_eu.csv (semicolons, decimal commas), [24 tanh, 4 softmax], adam 0.01',
 'ok.vats-sgd-momentum-bn': 'cheese_vats.csv, [32 relu batchNorm, 4 softmax], sgd momentum 0.05',
 'ok.vats-rmsprop-elu-dropout': 'cheese_vats.csv, [48 elu, dropout 0.3, 24 elu, 4 softmax], rmsprop 0.002, batch 16',
 'ok.vats-minmax-deep': 'cheese_vats.csv minmax, four relu layers, adam 0.002',
 'ok.vats-full-batch-sgd': 'cheese_vats.csv, [24 tanh xavier_normal, 4 softmax], plain sgd 0.5, full batch (380), 600 epochs',
 'ok.vats-wide-single-rmsprop': 'cheese_vats.csv, [128 relu, 4 softmax], rmsprop 0.001, batch 64',
 'ok.udder-adam-relu': 'udder_health.csv (tab-separated, rare positives, skewed SCC) standard, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003',
 'ok.udder-rmsprop-tanh-decay': 'udder_health.csv, [16 tanh, 1 sigmoid], rmsprop 0.003 weightDecay 1e-4, batch 16',
 'ok.udder-batch2-momentum': 'udder_health.csv, [12 elu, 1 sigmoid], sgd momentum lr 0.005, batch 2, 40 epochs',
 'ok.udder-softmax-two-classes': 'udder_health.csv, 0/1 target as 2 classes, [16 relu, 2 softmax], cce, adam 0.005',
 'ok.udder-bn-clip-val': 'udder_health.csv, [24 relu batchNorm, dropout 0.2, 1 sigmoid], adam clipNorm 5, validationSplit 0.25',
 'ok.udder-adam-normal-init': 'udder_health.csv, [20 tanh normal std 0.3, 1 sigmoid], adam 0.005, batch 64',
 'ok.ripen-adam-normtarget': 'ripening.csv standard features, normalizeTarget standard on grams, [32 relu, 16 relu, 1], adam',
 'ok.ripen-minmax-tanh-sgd': 'ripening.csv minmax features and target, [24 tanh, 1], sgd momentum 0.1, 300 epochs',
 'ok.ripen-two-targets': 'ripening.csv, two regression targets (weight_loss_g, moisture_pct), [32 elu, 16 elu, 2], adam',
 'ok.ripen-moisture-rmsprop': 'ripening.csv moisture_pct target, [32 relu, 1], rmsprop 0.002',
 'ok.ripen-sigmoid-hidden': 'ripening.csv, [24 sigmoid, 1], mse, adam 0.01, 300 epochs',
 'ok.ripen-clipnorm-sgd': 'ripening.csv, [32 relu, 1], sgd momentum 0.05 clipNorm 1',
 'ok.moons-adam': 'builtin moons noise 0.15, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.circles-tanh-sgd': 'builtin circles, [16 tanh, 1 sigmoid], sgd momentum 0.3',
 'ok.spirals-deep-adam': 'builtin spirals 3 classes, [64 relu, 64 relu, 32 relu, 3 softmax], adam 0.005, 300 epochs',
 'ok.xor-elu-rmsprop': 'builtin xor, [12 elu, 1 sigmoid], rmsprop 0.01, batch 16',
 'ok.blobs-five-leaky': 'builtin blobs 5 classes, [16 leaky_relu, 5 softmax], sgd momentum 0.05',
 'ok.sine-tanh-adam': 'builtin sine regression, [32 tanh, 32 tanh, 1], adam 0.005, 300 epochs',
 'ok.iris-standard-nesterov': 'builtin iris standard, [12 relu, 3 softmax], sgd nesterov 0.05, batch 16',
 'ok.iris-sigmoid-hidden-adam': 'builtin iris standard, [10 sigmoid, 3 softmax], adam 0.02, batch 8',
 'ok.inline-curd-ph': 'inline 12 vats (pH, temperature) -> curd set minutes, normalizeTarget standard, [8 tanh, 1], adam, full batch, 400 epochs',
 'ok.inline-kid-sex-labels': 'inline 12 kids with string labels doeling/buckling, [6 relu, 1 sigmoid], bce, adam 0.03, batch 4',
}

names = {os.path.basename(f)[:-len('.nn.json')] for f in os.listdir('candidates')}
listed = {f[0] for f in F} | set(DROP) | set(COVERS)
assert names == listed, (names - listed, listed - names)
for d in ('faulty', 'healthy', 'dropped'): os.makedirs(d, exist_ok=True)
faults, healthy = [], []
for name, code, stage, extra, text in F:
    new = name if name.startswith(code + '.') else code + '.' + name.split('.', 1)[1]
    shutil.move(f'candidates/{name}.nn.json', f'faulty/{new}.nn.json')
    faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {observed(name)})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
for name, cov in COVERS.items():
    shutil.move(f'candidates/{name}.nn.json', f'healthy/{name}.nn.json')
    healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{cov} (observe: {observed(name)})'})
for name in DROP:
    shutil.move(f'candidates/{name}.nn.json', f'dropped/{name}.nn.json')
about = ('Fault set blind244 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
 'Theme: goat dairies and goat-cheese makers: doe_milk.csv (420 daily milk records, Wood lactation curve, collinear hay/concentrate/total dry matter, pen number with no effect, doe_id and date text columns), '
 'doe_milk_gaps.csv (the same with NA, empty and "-" markers), cheese_vats.csv (380 vats, 9 process features, grades A/B/C and a rare "reject", 5% mis-graded) and cheese_vats_eu.csv (semicolons, decimal commas), '
 'udder_health.csv (tab-separated mastitis screen, 460 samples, 19% positive, skewed somatic cell count), ripening.csv (300 wheels, weight loss in grams and moisture %), plus builtins and two inline tables. '
 '"code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it, "catches" the codes whose advice would genuinely fix it. '
 'Each fault and healthy entry ends with its bare-engine line from test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
 'Data by data/generate.ts, specs by author.ts, this manifest by write-manifest.py. Dropped candidates and reasons: ' + '; '.join(f'{k}: {v}' for k, v in DROP.items()))
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1)
os.rmdir('candidates')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(DROP), 'dropped')
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
