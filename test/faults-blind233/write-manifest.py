#!/usr/bin/env python3
"""Verdicts for blind233: files candidates/ into faulty/, healthy/ and dropped/, writes manifest.json.
Run from test/faults-blind233 after observed.txt exists: python3 write-manifest.py"""
import json, os, shutil

here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
obs = {}
for line in open('observed.txt'):
    s = line.strip()
    if not s: continue
    key = s.split(':')[0].split(' ')[0].replace('.nn.json', '')
    obs[key] = s

# (candidate name, filed code or None to keep, stage, catches, fault text)
F = [
 ('invalid-spec.optimizer-adamw', None, 'static', [], 'optimizer written "adamw" (the PyTorch name) on the bog-yield regression; the engine has adam only'),
 ('invalid-spec.activation-swish', None, 'static', [], 'hidden activation "swish" copied from a blog post on the fruit-rot classifier; not an activation the format knows'),
 ('invalid-spec.loss-crossentropy', None, 'static', [], 'loss "categorical_crossentropy" (Keras spelling) on the sauce grade classifier instead of "cce"'),
 ('invalid-spec.dropout-rate-one', None, 'static', [], 'dropout rate 1.0 on the grade classifier (meant "keep probability 1"), which drops every unit'),
 ('invalid-spec.validation-split-percent', None, 'static', [], 'validationSplit written as 20 (percent) instead of 0.2 on the bounce-board sorter'),
 ('data-error.missing-2024-export', None, 'static', [], 'points at bogs-2024.csv, the season export that was never copied into the project'),
 ('data-error.target-typo', None, 'static', [], 'target "yield_bbl_per_acre" while the grower\'s header says "yield_bbl_acre"'),
 ('data-error.bed-id-as-feature', None, 'static', [], 'the bed id text column (B100, B101, ...) listed among the features of the rot classifier'),
 ('data-error.gaps-file', None, 'static', [], 'trains on bogs-gaps.csv, the copy whose rainfall, sand depth and GDD cells hold NA, n/a and blanks'),
 ('data-error.outside-workspace', None, 'static', [], 'data path climbs out of the workspace to the plant server\'s /srv/plant/sauce.csv'),
 ('shape-mismatch.grade-two-units', None, 'static', [], 'two softmax units for the three sauce grades (A, B, reject): the rare reject class was forgotten'),
 ('shape-mismatch.yield-three-outputs', None, 'static', [], 'three linear outputs (copied from a multi-target model) for the single yield target'),
 ('shape-mismatch.iris-four', None, 'static', [], 'four softmax outputs on the three-class iris warm-up'),
 ('loss-activation-mismatch.softmax-mse-grade', None, 'static', [], 'softmax grade head trained with mse instead of cce'),
 ('loss-activation-mismatch.bce-linear-rot', None, 'static', [], 'fruit-rot classifier with bce but a linear output (the sigmoid was left off); loss ends 4.8x the baseline'),
 ('loss-activation-mismatch.cce-sigmoid-grade', None, 'static', [], 'three sigmoid outputs under cce on the grade classifier: the loss collapses toward 0 while accuracy stays at 0.26'),
 ('loss-activation-mismatch.relu-head-yield', None, 'static', [], 'relu output on the standardised yield target, half of which is negative'),
 ('loss-activation-mismatch.sigmoid-head-viscosity', None, 'static', [], 'sigmoid output on the standardised viscosity target (range about -2..3), so it cannot reach the negative half'),
 ('init-symmetry.zeros-hidden-yield', None, 'static', [], 'zeros init on the 16-unit tanh layer and the output of the yield regression: nothing moves'),
 ('init-symmetry.constant-grade', None, 'static', [], 'constant 0.1 init on a 20-unit relu layer of the grade classifier: every unit computes the same thing'),
 ('init-symmetry.zeros-both-bounce', None, 'static', [], 'zeros init on both 8-unit sigmoid layers of the bounce sorter'),
 ('init-scale.normal-std-5-viscosity', None, 'static', ['saturated-activation'], 'normal init with std 5 on two tanh layers of the viscosity regression: the tanh units pin at +-1'),
 ('init-scale.uniform-tiny-deep', None, 'static', ['vanishing-gradient'], 'uniform init with limit 1e-4 on three relu layers of the rot classifier: the signal dies, the loss stays at the baseline'),
 ('init-scale.normal-std-3-grade', None, 'static', ['saturated-activation'], 'normal init std 3 on a sigmoid hidden layer and the softmax head of the grade classifier'),
 ('init-scale.normal-1e-4-yield', None, 'static', ['vanishing-gradient'], 'normal init std 1e-4 on every layer of a tanh yield net: the loss never leaves the baseline'),
 ('no-nonlinearity.linear-stack-grade', None, 'static', [], 'two linear hidden layers (32, 16) in front of the softmax grade head: activation forgotten'),
 ('no-nonlinearity.forgot-activation-moons', None, 'static', [], 'two linear hidden layers on the moons warm-up: only a straight boundary is possible'),
 ('no-nonlinearity.circles-linear', None, 'static', [], 'a linear 12-unit hidden layer on circles: stuck at the baseline'),
 ('lr-out-of-range.adam-lr-2', None, 'static', ['lr-too-high'], 'adam with lr 2 on the rot classifier (meant 2e-3)'),
 ('lr-out-of-range.sgd-lr-5', None, 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 5 on the yield regression: diverges to NaN in two epochs'),
 ('lr-out-of-range.rmsprop-1e-8', None, 'static', ['lr-too-low'], 'rmsprop lr 1e-8 on the grade classifier: the loss does not move'),
 ('lr-out-of-range.sgd-1e-7', None, 'static', ['lr-too-low'], 'sgd lr 1e-7 with momentum on the bounce sorter: frozen'),
 ('dead-relu.negative-bias-yield', None, 'probe', [], 'relu layer of the yield net with bias -6 on standardised inputs: 91% of the units never fire'),
 ('dead-relu.high-lr-sgd-rot', None, 'probe', ['lr-too-high'], 'sgd lr 0.9 momentum 0.9 on a two-relu-layer rot classifier: the second layer dies entirely and the loss stays at the baseline'),
 ('dead-relu.bias-minus-grade', None, 'probe', [], 'bias -5 on both relu layers of the grade classifier: the second layer is all dead, loss at the baseline'),
 ('dead-relu.raw-viscosity-adam', None, 'probe', ['lr-too-high'], 'adam lr 0.3 on raw (unnormalised) sauce features: the whole relu layer dies, loss ends above the baseline'),
 ('exploding-gradient.raw-viscosity-sgd', None, 'probe', [], 'viscosity in raw cP with raw features (pectin in grams, batch kg) under plain sgd: gradient norms of 1e6-1e7, loss millions of times the baseline'),
 ('exploding-gradient.big-init-deep-relu', None, 'probe', ['init-scale'], 'four relu layers with normal std 2 init on the rot classifier: first loss 1.5e24, gradients up to 1e25'),
 ('nan-loss.raw-viscosity-adam-huge', 'exploding-gradient', 'probe', ['lr-too-high'], 'raw viscosity in cP and raw features, sgd lr 0.05 momentum 0.9 (the slug says adam; the optimizer is sgd): first loss 2.9e37, gradient norms up to 2e18; no NaN inside the run, so filed as exploding-gradient'),
 ('vanishing-gradient.deep-sigmoid-rot', None, 'probe', [], 'seven sigmoid hidden layers on the rot classifier under plain sgd: the first layer gets 1e-5 of the gradient'),
 ('vanishing-gradient.deep-sigmoid-grade', None, 'probe', [], 'five sigmoid layers with small normal init on the grade classifier: first-layer gradients around 1e-6'),
 ('vanishing-gradient.deep-tanh-small-init', None, 'probe', [], 'five tanh layers with std 0.02 on the bounce sorter: first-layer gradients around 1e-5, loss stays at the baseline'),
 ('vanishing-gradient.deep-sigmoid-yield', None, 'probe', [], 'six sigmoid layers on the yield regression under plain sgd: the first layers barely receive a gradient'),
 ('nan-loss.sgd-lr-3-yield', None, 'probe', ['lr-too-high'], 'raw yield target (barrels per acre, ~250) with sgd lr 0.5 momentum 0.9, batch 16: NaN in the first epoch'),
 ('nan-loss.raw-pectin-sgd', None, 'probe', ['exploding-gradient'], 'raw sauce features (pectin in grams, batch kg) into two elu layers with sgd lr 0.1 batch 8: NaN in the first epoch'),
 ('exploding-gradient.raw-yield-deep', 'nan-loss', 'probe', ['exploding-gradient'], 'raw bog features and raw yield target into three relu layers with sgd momentum: NaN in the first epoch (written as exploding-gradient, filed as nan-loss for what it showed)'),
 ('lr-too-high.nesterov-0.8-rot', 'nan-loss', 'probe', ['lr-too-high'], 'nesterov sgd lr 0.8 momentum 0.95 on batches of 4 for the rot classifier: loss 1.8e9 in the first epoch, NaN by the fourth (written as lr-too-high, filed as nan-loss)'),
 ('oscillating-loss.sgd-batch1-momentum', 'nan-loss', 'probe', ['lr-too-high'], 'sgd lr 0.3 momentum 0.9 on single berries of the bounce board: loss 5e17 in the first epoch, NaN by the fourth (written as oscillating-loss, filed as nan-loss)'),
 ('ok.sine-elu-sgd-momentum', 'nan-loss', 'probe', ['lr-too-high'], 'sine warm-up, two elu layers, sgd lr 0.02 momentum 0.9, batch 16: NaN in the first epoch (written as healthy, filed as nan-loss for what it showed)'),
 ('lr-too-high.adam-0.08-grade', None, 'training', ['oscillating-loss'], 'adam lr 0.08 on the grade classifier, batch 16: the loss bounces (0.58 to 0.80 and back) and the second relu layer ends 97% dead'),
 ('lr-too-high.adam-0.1-viscosity', None, 'training', ['oscillating-loss'], 'adam lr 0.1 on batches of 4 for the viscosity regression: the loss spikes to 13, then 698, and ends above the baseline'),
 ('lr-too-high.sgd-1.5-bounce', None, 'probe', [], 'sgd lr 1.5 momentum 0.9 on batches of 8 for the bounce sorter: the loss rises from 2.6 and bounces between 3 and 8, all above the baseline'),
 ('lr-too-low.adam-1e-5-grade', None, 'probe', [], 'adam lr 1e-5 on batches of 64 for the grade classifier: 2.03 to 1.98 in 60 epochs, twice the baseline'),
 ('lr-too-low.rmsprop-2e-5-rot', None, 'probe', [], 'rmsprop lr 2e-5 full batch on the rot classifier: 0.957 to 0.948 in 50 epochs, 2.8x the baseline'),
 ('lr-too-low.sgd-full-batch-bounce', None, 'probe', [], 'plain sgd lr 5e-4 on the full batch for the bounce sorter: 0.5936 to 0.5919 in 80 epochs'),
 ('saturated-activation.raw-gdd-tanh', None, 'probe', [], 'raw bog features (GDD ~2200, rainfall ~950 mm) into a tanh layer: every unit pinned, loss at the baseline'),
 ('saturated-activation.raw-pectin-sigmoid', None, 'probe', [], 'raw sauce features (pectin in grams, batch kg) into a sigmoid layer: 99% saturated, loss at the baseline'),
 ('saturated-activation.big-bias-tanh', None, 'probe', [], 'bias 6 on both tanh layers of the rot classifier: all outputs pinned at +1, gradients 1e-7'),
 ('saturated-activation.raw-rain-sigmoid', None, 'probe', [], 'raw bog features into a sigmoid layer of the rot classifier: fully saturated, loss at the baseline'),
 ('loss-plateau.one-unit-bottleneck-grade', None, 'static', [], 'a single relu unit as the only hidden layer for 8 sauce features and 3 grades: stalls at 0.98 of the baseline'),
 ('loss-plateau.weight-decay-heavy-yield', None, 'static', [], 'weightDecay 0.5 (meant 5e-4) on the yield regression: stalls at 0.27 of the baseline from epoch 25 where the same net without it reaches 0.02-0.1'),
 ('loss-plateau.weight-decay-rot-sgd', None, 'static', [], 'weightDecay 0.3 on the rot classifier under sgd momentum: pinned at the baseline for 95 epochs'),
 ('loss-plateau.dropout-0.9-bounce', None, 'training', [], 'dropout 0.95 after an 8-unit layer of the bounce sorter: the loss wanders around the baseline (0.97 of it at the end)'),
 ('oscillating-loss.rmsprop-batch2-grade', None, 'training', ['lr-too-high'], 'rmsprop lr 0.02 on batches of 2 for the grade classifier: in the last ten epochs the loss swings between 0.37 and 0.49, changing direction almost every epoch'),
 ('oscillating-loss.adam-0.05-batch4-yield', None, 'training', ['lr-too-high', 'dead-relu'], 'adam lr 0.05 on batches of 4 for the yield regression: 94% of the relu units die and the loss swings between 0.23 and 0.39 for 60 epochs'),
]
DROP = {
 'invalid-spec.units-zero': 'a fourth and later invalid-spec kept out to stay within 65 faults (it is a valid fault: units 0 refused)',
 'invalid-spec.batch-size-zero': 'kept out for size (valid fault: batchSize 0 refused)',
 'invalid-spec.init-glorot': 'kept out for size (valid fault: unknown init "glorot_uniform")',
 'data-error.line-as-feature': 'kept out for size (valid fault: text "line1" in a feature)',
 'shape-mismatch.rot-two-sigmoid': 'two sigmoid outputs for a single 0/1 target under bce: the engine accepted and trained it (0.65 of the baseline), so it is not clearly a shape fault',
 'init-symmetry.constant-rot': 'constant init on tanh rot classifier ended at 0.81 of the baseline, about what logistic regression reaches on this noisy target: the harm is not visible',
 'no-nonlinearity.linear-yield': 'linear stack on the yield regression ends at 0.21 of the baseline, exactly what the linear model reaches: the fault costs nothing on this nearly linear target',
 'lr-too-low.sgd-1e-4-yield': 'moves steadily (0.76 to 0.65): slow but borderline; kept out, and for size',
 'nan-loss.deep-relu-high-lr': 'NaN in epoch 1 as intended but kept out for size (six nan-loss faults already)',
 'exploding-gradient.raw-features-gdd': 'NaN in the first epoch rather than a visible explosion; kept out for size (nan-loss already six)',
 'lr-too-high.rmsprop-0.05-yield': 'falls steadily to 0.18 of the baseline: not clearly too high',
 'oscillating-loss.sgd-full-batch-overshoot': 'swings for 5 epochs then settles at the linear optimum: not oscillating',
 'loss-plateau.one-unit-viscosity': 'the one-unit sigmoid bottleneck still reaches 0.19 of the baseline: no plateau',
 'ok.bounce-logistic-full-batch': 'ends at 0.75 of the baseline: not clearly well trained',
 'ok.bounce-minmax-rmsprop': 'ends at 0.76 of the baseline, a relu-family layer half dead at one point: borderline',
 'ok.grade-batch1-adam': 'ends at 0.80 of the baseline in 40 epochs: too slow to call healthy',
 'ok.grade-batchnorm-rmsprop': 'ends at 0.66 of the baseline where other grade nets reach 0.07-0.4: not as good as alternatives',
 'ok.grade-raw-batchnorm': 'ends at 0.82 of the baseline: not healthy',
 'ok.grade-relu-adam': 'train loss 0.07 of the baseline but validation loss 1.86, twice the baseline: overfits badly',
 'ok.grade-sigmoid-hidden-adam': 'trains (0.32) but half of the sigmoid layer sits at its limits: borderline',
 'ok.rot-relu-adam-val': 'validation loss 0.58 above the baseline 0.34: overfits',
 'ok.rot-logistic-sgd': 'ends at 0.82 of the baseline: not clearly trained',
 'ok.rot-tanh-rmsprop': 'ends at 0.69 of the baseline on a rare-class target: borderline',
 'ok.rot-wide-dropout-adam': 'ends at 0.91 of the baseline: not trained',
 'ok.grade-leaky-adam-wd-val': 'ends at 0.51 of the baseline, validation 0.75: borderline',
 'ok.grade-rmsprop-relu': 'ends at 0.52 of the baseline where other grade nets reach 0.07-0.4: borderline',
}
HEALTHY = {
 'ok.yield-relu-adam': 'bogs.csv yield (standard, target standard), [32 relu, 16 relu, 1 linear], mse, adam 0.003, batch 32, val 0.2, 150 epochs',
 'ok.yield-tanh-sgd-momentum': 'bogs.csv yield, [16 tanh, 1 linear], mse, sgd 0.02 momentum 0.9, 150 epochs',
 'ok.yield-elu-rmsprop-minmax': 'bogs.csv yield with minmax features and minmax target, [24 elu, 1 linear], rmsprop 0.003, batch 16',
 'ok.yield-linear-regression': 'bogs.csv yield, a single linear layer (linear regression), sgd 0.05',
 'ok.yield-batchnorm-nesterov': 'bogs.csv yield, [32 relu bn, 16 relu bn, 1 linear], nesterov sgd 0.02 momentum 0.9',
 'ok.yield-leaky-dropout-wd': 'bogs.csv yield, [48 leaky_relu, dropout 0.2, 24 leaky_relu, 1], adam 0.002 weightDecay 1e-4, val 0.15',
 'ok.yield-batch1-sgd': 'bogs.csv yield, [12 tanh, 1], plain sgd 0.002 on batches of 1, 40 epochs',
 'ok.yield-full-batch-adam': 'bogs.csv yield, [32 relu, 1], adam 0.01 on the full batch (400), 400 epochs',
 'ok.yield-deep-narrow-adam-clip': 'bogs.csv yield, four 12-unit relu layers, adam 0.002 clipNorm 5, 200 epochs',
 'ok.yield-rmsprop-tanh-deep': 'bogs.csv yield, [24 tanh, 24 tanh, 1], rmsprop 0.001, 150 epochs',
 'ok.rot-clipnorm-sgd': 'bogs.csv fruit_rot (rare class, 10%), [16 elu, 8 elu, 1 sigmoid], bce, sgd 0.05 momentum 0.9 clipNorm 1',
 'ok.grade-tanh-sgd': 'sauce.csv grade (A/B/reject strings), [24 tanh, 3 softmax], cce, sgd 0.05 momentum 0.9, 150 epochs',
 'ok.grade-eu-export': 'sauce-eu.csv (semicolons, decimal commas) grade, [24 relu, 3 softmax], cce, adam 0.005',
 'ok.grade-deep-elu-nesterov': 'sauce.csv grade with minmax, three elu layers (32, 32, 16), nesterov sgd 0.03, batch 16',
 'ok.viscosity-relu-adam': 'sauce.csv viscosity in cP (target standard), [32 relu, 1], mse, adam 0.003',
 'ok.viscosity-eu-leaky-rmsprop': 'sauce-eu.csv viscosity, [24 leaky_relu, 12 leaky_relu, 1], rmsprop 0.002, batch 16',
 'ok.viscosity-linear-adam': 'sauce.csv viscosity, a single linear layer, adam 0.02',
 'ok.viscosity-tanh-sgd-wd': 'sauce.csv viscosity, [16 tanh, 1], sgd 0.03 momentum 0.8 weightDecay 1e-4, val 0.2',
 'ok.viscosity-subset-features': 'sauce.csv viscosity from four chosen features, [12 relu, 1], adam 0.005',
 'ok.viscosity-batch2-sgd': 'sauce.csv viscosity, [16 elu, 1], sgd 0.005 momentum 0.5 on batches of 2, 40 epochs',
 'ok.viscosity-nesterov-batchnorm': 'sauce.csv viscosity, [32 relu bn, 1], nesterov sgd 0.01 momentum 0.9',
 'ok.viscosity-deep-elu-clip': 'sauce.csv viscosity, three elu layers (32, 16, 8), adam 0.002 clipNorm 1',
 'ok.bounce-tanh-adam': 'bounce.csv (tab-separated) good/bad berries, [8 tanh, 1 sigmoid], bce, adam 0.005, batch 16 (noisy labels: 0.64 of the baseline)',
 'ok.bounce-relu-sgd-momentum': 'bounce.csv, [16 relu, 8 relu, 1 sigmoid], bce, sgd 0.05 momentum 0.9, batch 16',
 'ok.bounce-sigmoid-hidden-nesterov': 'bounce.csv, [12 sigmoid, 1 sigmoid], bce, nesterov sgd 0.2 momentum 0.9 (noisy labels: 0.60 of the baseline)',
 'ok.moons-relu-adam': 'builtin moons 300, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.moons-tanh-rmsprop': 'builtin moons, [12 tanh, 1 sigmoid], rmsprop 0.01, 200 epochs',
 'ok.circles-tanh-sgd': 'builtin circles, [16 tanh, 1 sigmoid], sgd 0.3 momentum 0.9, 200 epochs',
 'ok.circles-elu-nesterov': 'builtin circles, [16 elu, 8 elu, 1 sigmoid], nesterov sgd 0.1 momentum 0.9',
 'ok.spirals-deep-adam': 'builtin spirals 3 classes, three 48-unit relu layers, cce, adam 0.005, 300 epochs',
 'ok.blobs-4-logreg': 'builtin blobs 4 classes, a single softmax layer, sgd 0.1',
 'ok.blobs-3-relu-sgd-batch8': 'builtin blobs 3 classes, [8 relu, 3 softmax], plain sgd 0.05 on batches of 8, 60 epochs',
 'ok.iris-elu-rmsprop': 'builtin iris standardised, [10 elu, 3 softmax], rmsprop 0.005, batch 16',
 'ok.iris-tanh-full-batch': 'builtin iris, [8 tanh, 3 softmax], sgd 0.3 momentum 0.9 on the full batch, 300 epochs',
 'ok.sine-tanh-adam': 'builtin sine, [32 tanh, 32 tanh, 1 linear], mse, adam 0.005, 300 epochs',
 'ok.xor-sigmoid-mse': 'builtin xor, [8 tanh, 1 sigmoid] under mse (a legitimate pairing), adam 0.02',
 'ok.inline-bog-frost': 'inline table of 12 bed-seasons (frost nights, GDD) to yield, standard features and target, [6 tanh, 1], adam 0.01, full batch',
 'ok.inline-berry-colour': 'inline table of 12 berries (size, colour) with string labels pale/red, [4 tanh, 1 sigmoid], bce, sgd 0.2 momentum 0.9, batch 4',
}

def obs_line(name):
    s = obs[name]
    return s

for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy, seen = [], [], set()
for name, refile, stage, extra, text in F:
    own = refile or name.split('.')[0]
    newname = own + name[len(name.split('.')[0]):] if refile else name
    if refile and name.startswith('ok.'):
        newname = own + '.' + name[3:]
    shutil.move(f'candidates/{name}.nn.json', f'faulty/{newname}.nn.json')
    faults.append({'file': f'faulty/{newname}.nn.json', 'code': own, 'fault': f'{text} (observe: {obs_line(name)})', 'stage': stage, 'catches': [own] + [c for c in extra if c != own]})
    seen.add(name)
for name, cov in HEALTHY.items():
    shutil.move(f'candidates/{name}.nn.json', f'healthy/{name}.nn.json')
    healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{cov} (observe: {obs_line(name)})'})
    seen.add(name)
for name in DROP:
    shutil.move(f'candidates/{name}.nn.json', f'dropped/{name}.nn.json')
    seen.add(name)
left = os.listdir('candidates')
assert not left, left
os.rmdir('candidates')
about = ('Blind fault set 233 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: cranberry bogs and a fruit-sauce plant. Data (data/generate.ts, seeds from 233): bogs.csv (400 bed-seasons: 9 features on natural scales, '
         'skewed bed area, hive count collinear with area, soil pH with no effect, bed id and harvest date text columns; yield in barrels/acre and a rare fruit_rot flag), '
         'bogs-gaps.csv (the same with NA, n/a and blank cells), sauce.csv (360 cooked lots: brix, pH, sugar, skewed pectin, cook temperature and time, batch kg, berry %; '
         'viscosity in cP and grade A/B/reject with reject rare), sauce-eu.csv (the same with semicolons and decimal commas), bounce.csv (a tab-separated bounce-board sorter export, 300 berries), '
         'plus builtins and two inline tables. "stage" is the writer\'s expectation of the earliest stage that could catch the fault; "catches" the codes whose advice would genuinely fix it. '
         'Each fault and healthy entry ends with its bare-engine result from test/faults/observe.ts --summary (observed.txt; --curve in observed-curves.txt). See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1)
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(DROP), 'dropped')
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
