#!/usr/bin/env python3
"""Verdicts of fault set blind229: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind229 after author.ts and the observation (observed.txt)."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
obs = {}
for line in open('observed.txt', encoding='utf8'):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

def o(name):
    return obs[name]

# candidate slug -> (code, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch recipe for the oil-yield model; the format knows sgd, adam, rmsprop'),
 'invalid-spec.gelu-activation': ('invalid-spec', 'static', [], 'activation "gelu" on both hidden layers of the GC grade classifier; not an activation of the format'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written as Keras "binary_crossentropy" for the batch pass/fail model instead of "bce"'),
 'invalid-spec.validation-split-percent': ('invalid-spec', 'static', [], 'validationSplit 20 meant as 20 % of the plots, but the field is a fraction in [0, 1)'),
 'data-error.typo-in-filename': ('data-error', 'static', [], 'data path "../data/still.csv" instead of stills.csv: the file does not exist'),
 'data-error.target-renamed': ('data-error', 'static', [], 'target "yield_kg" while the harvest export names the column "yield_kg_ha"'),
 'data-error.flowmeter-gaps': ('data-error', 'static', [], 'stills-gaps.csv, the export with the broken flow meter, has NA, n/a and empty readings in feature columns'),
 'data-error.shared-drive-path': ('data-error', 'static', [], 'CSV read from the distillery shared drive by a relative path that leaves the workspace'),
 'shape-mismatch.three-grades-not-four': ('shape-mismatch', 'static', [], 'GC grade classifier with 3 softmax units: the lab has 4 grades (fine, lavandin, population, reject), the rare "reject" forgotten'),
 'shape-mismatch.yield-two-outputs': ('shape-mismatch', 'static', [], 'yield regression with 2 output units for a single target column (left from a two-target draft)'),
 'shape-mismatch.iris-two-classes': ('shape-mismatch', 'static', [], 'iris warm-up copied from a binary template: 2 softmax units for 3 species'),
 'shape-mismatch.blobs-five-units': ('shape-mismatch', 'static', [], 'blobs with 3 classes and a 5-unit softmax head'),
 'loss-activation-mismatch.softmax-mse-grades': ('loss-activation-mismatch', 'static', [], 'softmax head trained with mse on the 4 GC grades instead of cce (it lowers mse, but it is not the classification loss)'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce on a linear output unit for batch pass/fail: the sigmoid was forgotten; the loss ends far above the baseline'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce with 4 sigmoid outputs on the GC grades: the outputs all run to 1 and the loss collapses to ~0 meaninglessly, output layer fully saturated'),
 'loss-activation-mismatch.sigmoid-head-raw-yield': ('loss-activation-mismatch', 'static', ['saturated-activation'], 'sigmoid output for yield in raw kg/ha (hundreds to thousands, no normalizeTarget): the head cannot reach the targets, it saturates and the loss stays 35x the baseline'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'every layer of the oil-yield model initialised to zeros: tanh units stay identical and the loss never leaves the baseline'),
 'init-symmetry.constant-point-one': ('init-symmetry', 'static', [], 'constant 0.1 init on two 16-unit relu layers: all units stay copies of each other; moons stall at 0.32 of baseline where a he-initialised net reaches ~0'),
 'init-symmetry.zeros-grades': ('init-symmetry', 'static', [], 'zeros init on a 20-unit sigmoid layer and the head: hidden units identical, grades stop at 0.46 of baseline where healthy nets reach 0.12'),
 'init-symmetry.constant-half-yield': ('init-symmetry', 'static', [], 'constant 0.5 init on two 12-unit elu layers for yield: symmetric units, first loss 7.6, ends at 0.50 of baseline where others reach 0.03'),
 'init-scale.normal-std-five': ('init-scale', 'static', ['saturated-activation'], 'normal init with std 5 on two 32-unit relu layers: first loss 22, ends 7x the baseline with the sigmoid head saturated'),
 'init-scale.uniform-limit-ten': ('init-scale', 'static', ['saturated-activation'], 'uniform init with limit 10 on a tanh layer of standardised still readings: 85 % of hidden outputs saturated, loss stops at 0.20 of baseline where healthy nets reach 0.03'),
 'init-scale.tiny-std-deep': ('init-scale', 'static', ['vanishing-gradient'], 'normal std 1e-4 on every layer of a 4-layer tanh net: signal and gradients vanish (first-layer gradient ~1e-11), loss stays at the baseline'),
 'init-scale.normal-std-thirty-grades': ('init-scale', 'static', [], 'normal std 30 init on the elu layer and the softmax head: first loss 1e4, ends 3871x the baseline'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', 'static', [], 'two 32-unit hidden layers left linear on moons: a linear classifier, ends at 0.34 of baseline where a relu net reaches ~0'),
 'no-nonlinearity.linear-stack-circles': ('no-nonlinearity', 'static', [], 'three linear hidden layers on circles: no better than chance'),
 'no-nonlinearity.yield-age-curve-linear': ('no-nonlinearity', 'static', [], 'linear hidden layers for yield, which rises then falls with plant age: ends at 0.52 of baseline where relu nets reach 0.03'),
 'no-nonlinearity.xor-linear-hidden': ('no-nonlinearity', 'static', [], 'linear hidden layers on xor: stays at chance'),
 'lr-out-of-range.adam-fifty': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 50 (meant 5e-3 or a percentage slip): first loss 1970, ends 3.7x the baseline'),
 'lr-out-of-range.sgd-1e-8': ('lr-out-of-range', 'static', ['lr-too-low'], 'sgd lr 1e-8: the oil-yield loss does not move in 100 epochs'),
 'lr-out-of-range.rmsprop-twenty': ('lr-out-of-range', 'static', ['lr-too-high'], 'rmsprop lr 20 on the grade classifier: ends 39x the baseline'),
 'lr-out-of-range.sgd-three-hundred': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 300 with momentum: NaN in the first epoch'),
 'dead-relu.negative-bias-hidden': ('dead-relu', 'probe', [], 'bias -6 on both relu layers of the oil model (meant as a "threshold"): 96-100 % of units dead, loss stuck at baseline'),
 'dead-relu.bias-minus-three-grades': ('dead-relu', 'probe', [], 'bias -4 on two relu layers of the grade classifier: 88 % and 100 % dead, loss stuck at baseline'),
 'dead-relu.minmax-negative-bias': ('dead-relu', 'probe', [], 'min-max scaled hive features (all in [0,1]) into relu units with bias -3: every unit dead'),
 'dead-relu.raw-still-readings': ('dead-relu', 'probe', ['exploding-gradient'], 'raw still readings (flower mass to 1600 kg) and raw oil ml, sgd with momentum: the first huge steps kill every relu unit in both hidden layers; loss stays 9x baseline (written as exploding-gradient, showed dead units)'),
 'dead-relu.one-unit-bottleneck-spirals': ('dead-relu', 'probe', ['loss-plateau'], 'a 1-unit relu bottleneck in the middle of a spirals net: the single unit dies and everything after it is dead, loss at chance (written as loss-plateau, showed dead units)'),
 'exploding-gradient.raw-yield-target': ('exploding-gradient', 'probe', ['lr-too-high'], 'yield left in raw kg/ha (no normalizeTarget) under sgd 0.01: first-layer gradient norms up to 7e4, tanh layer saturated, loss stays at 0.58 of a baseline of 1.6e5'),
 'exploding-gradient.sgd-kick-kills-units': ('exploding-gradient', 'probe', ['lr-too-high', 'dead-relu'], 'raw kg/ha yield target with a two-layer relu net under sgd: first loss 2e21, output gradients 1e8, second layer all dead, loss 8e7x the baseline (written as dead-relu, showed explosion first)'),
 'exploding-gradient.raw-everything-sgd': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'raw still readings and raw oil ml under plain sgd 0.01: first loss 5e33, output gradients to 9e15 (written as nan-loss, stayed finite)'),
 'exploding-gradient.raw-yield-momentum': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'raw plot features (sun hours ~2500) and raw yield, sgd momentum 0.9 batch 16: first loss 6e33, gradients to 3e16 (written as nan-loss, stayed finite)'),
 'vanishing-gradient.eight-sigmoid-layers': ('vanishing-gradient', 'probe', [], 'eight 16-unit sigmoid layers under plain sgd for batch pass/fail: first-layer gradient ~1e-6, loss stays at the baseline'),
 'vanishing-gradient.deep-sigmoid-yield': ('vanishing-gradient', 'probe', [], 'six sigmoid layers for yield with sgd: first-layer gradient 3e-5..6e-4, loss stays at the baseline'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'probe', ['init-scale'], 'five tanh layers initialised with std 0.02 on the grades: first-layer gradient ~1e-4, loss stays at baseline'),
 'vanishing-gradient.sigmoid-tower-hives': ('vanishing-gradient', 'probe', [], 'seven sigmoid layers for the hive swarm model under rmsprop 1e-4: first-layer gradient ~1e-5, loss at baseline'),
 'nan-loss.linear-raw-batch1': ('nan-loss', 'probe', ['exploding-gradient'], 'raw plot features and raw yield, batch 1 sgd through linear layers: NaN in the first epoch'),
 'nan-loss.rmsprop-huge-raw': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw still readings and oil ml with sgd 0.1 momentum 0.9 (slug from an earlier rmsprop draft): NaN in the first epoch'),
 'nan-loss.raw-sun-hours': ('nan-loss', 'probe', ['exploding-gradient'], 'plot features left raw (sun hours ~2500, rainfall to 1500) into elu layers with sgd momentum: NaN in the first epoch (written as exploding-gradient)'),
 'nan-loss.nesterov-one': ('nan-loss', 'probe', ['lr-too-high'], 'sgd nesterov lr 0.8 momentum 0.9 on the oil-yield model: NaN in the first epoch (written as lr-too-high)'),
 'nan-loss.batch1-momentum': ('nan-loss', 'probe', ['lr-too-high'], 'sgd 0.05 with momentum 0.9 at batch size 1 on the oil model: NaN in the first epoch (written as oscillating-loss)'),
 'lr-too-high.adam-half': ('lr-too-high', 'probe', ['dead-relu'], 'adam lr 0.5 for batch pass/fail: loss jumps back up in epoch 5, the second relu layer dies and the loss sits at the baseline'),
 'lr-too-high.adam-one-hives': ('lr-too-high', 'probe', ['oscillating-loss'], 'adam lr 1.0 on the hive swarm model: loss bounces between 0.51 and 1.38 and ends above the baseline'),
 'lr-too-high.sgd-three-yield': ('lr-too-high', 'probe', ['nan-loss', 'exploding-gradient'], 'sgd lr 1.5 on standardised yield: loss 4e21 in the first epoch, NaN in the second'),
 'lr-too-low.adam-1e-6-grades': ('lr-too-low', 'probe', [], 'adam lr 1e-6 on the grades: loss falls 1.88 -> 1.86 in 100 epochs'),
 'lr-too-low.full-batch-sgd-moons': ('lr-too-low', 'training', [], 'full-batch sgd at 5e-4 on moons: 150 updates, loss 0.630 -> 0.618'),
 'lr-too-low.nesterov-1e-5-pass': ('lr-too-low', 'probe', [], 'sgd nesterov lr 1e-5 for batch pass/fail: loss 0.74 -> 0.66, still twice the baseline'),
 'lr-too-low.rmsprop-1e-6-yield': ('lr-too-low', 'probe', [], 'rmsprop lr 1e-6 for yield: loss 1.11 -> 1.04 in 120 epochs'),
 'saturated-activation.sigmoid-raw-readings': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on raw still readings (normalize none): 98 % of outputs pinned, loss stays at 0.93 of baseline'),
 'saturated-activation.tanh-raw-plots': ('saturated-activation', 'probe', [], 'tanh layers on raw plot features (sun hours ~2500): first layer 100 % saturated, loss at the baseline'),
 'saturated-activation.sigmoid-bias-eight': ('saturated-activation', 'probe', [], 'bias 8 on two sigmoid layers: every output pinned at 1, gradient ~1e-7, loss at baseline'),
 'loss-plateau.weight-decay-one': ('loss-plateau', 'training', [], 'adam with weightDecay 1.0 (meant 1e-4): the oil-yield loss stalls at 0.31 of baseline from epoch 20 where healthy nets reach 0.01'),
 'loss-plateau.heavy-dropout-grades': ('loss-plateau', 'training', [], 'a 4-unit hidden layer followed by dropout 0.9 on the grades: loss stalls near 1.17 (0.92 of baseline)'),
 'loss-plateau.sgd-weight-decay-yield': ('loss-plateau', 'training', [], 'sgd momentum with weightDecay 3 for yield: weights pinned near zero, loss flat at the baseline'),
 'oscillating-loss.adam-batch2-grades': ('oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.08 at batch size 2 on the grades: the loss swings between 0.37 and 0.90 for 80 epochs and does not settle'),
 'oscillating-loss.rmsprop-point-three': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop lr 0.3 on the grades: after the first epochs the loss swings between 0.41 and 1.38 and never settles (written as lr-too-high)'),
}
# refiled candidate name -> name filed
REFILE = {
 'exploding-gradient.raw-still-readings': 'dead-relu.raw-still-readings',
 'loss-plateau.one-unit-bottleneck-spirals': 'dead-relu.one-unit-bottleneck-spirals',
 'dead-relu.sgd-kick-kills-units': 'exploding-gradient.sgd-kick-kills-units',
 'nan-loss.raw-everything-sgd': 'exploding-gradient.raw-everything-sgd',
 'nan-loss.raw-yield-momentum': 'exploding-gradient.raw-yield-momentum',
 'exploding-gradient.raw-sun-hours': 'nan-loss.raw-sun-hours',
 'lr-too-high.nesterov-one': 'nan-loss.nesterov-one',
 'oscillating-loss.batch1-momentum': 'nan-loss.batch1-momentum',
 'lr-too-high.rmsprop-point-three': 'oscillating-loss.rmsprop-point-three',
}
DROP = {
 'invalid-spec.momentum-one': 'trimmed: the set had more faults than 65; invalid-spec already has 4',
 'invalid-spec.batch-size-zero': 'trimmed: the set had more faults than 65; invalid-spec already has 4',
 'data-error.harvest-date-as-feature': 'trimmed for size (data-error already has 4); it does fail to load on the text date',
 'data-error.still-name-feature': 'trimmed for size (data-error already has 4); it does fail to load on the still name',
 'loss-activation-mismatch.relu-head-bce': 'borderline: a relu head under bce still trained to 0.76 of baseline',
 'lr-out-of-range.adam-1e-9': 'trimmed for size (lr-out-of-range already has 4)',
 'lr-too-low.sgd-1e-5-oil': 'trimmed for size; the loss moved 12 % in the run, the least clear of the lr-too-low ones',
 'oscillating-loss.sgd-full-batch-edge': 'diverged to NaN in epoch 8 instead of oscillating; trimmed for size (nan-loss has enough)',
 'oscillating-loss.rmsprop-batch4': 'borderline: noisy but still trending down (0.40 -> 0.27), not clearly oscillating',
 'shape-mismatch.two-sigmoid-outputs': 'the engine accepted 2 sigmoid outputs for the 0/1 target and trained to 0.70 of baseline; unclear whether it is a mismatch as run',
 'exploding-gradient.deep-std-one': 'first loss 36 but gradients stayed below 12 and it trained to 0.26 of baseline: not an explosion',
 'saturated-activation.tanh-std-three': 'hidden tanh 73 % saturated but the loss reached 0.12 of baseline, as good as healthy nets: not clearly faulty',
 'ok.hives-adam': 'hive data barely learnable: 0.69 of baseline, not far enough below it to be sure of health',
 'ok.hives-logistic-rmsprop': 'hive data barely learnable: 0.75 of baseline',
 'ok.hives-elu-nesterov': 'hive data barely learnable: 0.74 of baseline',
 'ok.pass-adam': 'ended at 0.63 of baseline where other pass/fail nets reach 0.06-0.26',
 'ok.pass-rmsprop-dropout': 'ended at 0.71 of baseline where other pass/fail nets reach 0.06-0.26',
 'ok.pass-logistic': 'ended at 0.80 of baseline: logistic regression underfits the pass/fail data',
 'ok.pass-cce-two-class': 'ended at 0.79 of baseline',
 'ok.iris-sigmoid-sgd': 'trained well, but its hidden sigmoid layer ended 42 % saturated (60 % at most): may count as saturated',
 'ok.plots-yield-full-batch-rmsprop': 'bounced from 0.19 to 0.24 at the end, and other yield nets reach 0.03: borderline',
}
COVERS = {
 'ok.oil-yield-adam': 'stills.csv oil_ml standard/standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32, val 0.2',
 'ok.oil-yield-nesterov': 'stills.csv oil_ml, [24 tanh, 1], mse, sgd nesterov 0.02 m0.9',
 'ok.oil-yield-rmsprop-minmax': 'stills.csv minmax features and target, [20 elu, 10 elu, 1], rmsprop 0.003, batch 16',
 'ok.oil-yield-batchnorm': 'stills.csv, batchNorm on two relu layers, adam 0.005, batch 64',
 'ok.oil-yield-batch1-sgd': 'stills.csv, [12 leaky_relu, 1], plain sgd 0.002 at batch size 1, 40 epochs',
 'ok.oil-yield-full-batch-adam': 'stills.csv, [32 elu, 1], adam 0.02 full batch (480), 400 epochs',
 'ok.plots-yield-adam': 'plots.csv yield_kg_ha (skewed rainfall, collinear altitude/sun), [32 relu, 16 relu, 1], adam 0.003, val 0.15',
 'ok.plots-yield-dropout-wd': 'plots.csv, [64 relu, dropout 0.2, 32 relu, 1], adam 0.002 weightDecay 1e-4',
 'ok.plots-yield-momentum-clip': 'plots.csv, [24 tanh, 12 tanh, 1], sgd momentum 0.9 lr 0.02 clipNorm 5, batch 16',
 'ok.plots-yield-elu-rmsprop': 'plots.csv minmax features, 3 elu layers, rmsprop 0.001',
 'ok.plots-yield-leaky-deep': 'plots.csv, four 16-unit leaky_relu layers, adam 0.001, 250 epochs',
 'ok.plots-yield-lecun-sgd': 'plots.csv, [20 tanh lecun_normal, 1], plain sgd 0.05, 300 epochs',
 'ok.plots-sigmoid-hidden': 'plots.csv, [24 sigmoid, 1], adam 0.01',
 'ok.pass-tanh-momentum': 'stills.csv passed (11 % fail), [12 tanh, 12 tanh, 1 sigmoid], bce, sgd momentum 0.05',
 'ok.pass-sigmoid-hidden-he': 'stills.csv passed, [16 sigmoid xavier_normal, 1 sigmoid], bce, adam 0.01 (slug says he; the init is xavier_normal)',
 'ok.pass-adam-deep-narrow': 'stills.csv passed, four 8-unit relu layers, bce, adam 0.002',
 'ok.grades-adam': 'gc-lab.csv (semicolons, decimal commas, 4 string grades, rare reject), [32 relu, 4 softmax], cce, adam 0.005, val 0.2',
 'ok.grades-nesterov-batchnorm': 'gc-lab.csv, [24 relu batchNorm, 12 relu, 4 softmax], sgd nesterov 0.05',
 'ok.grades-rmsprop-tanh': 'gc-lab.csv minmax, [16 tanh, 4 softmax], rmsprop 0.005, batch 16',
 'ok.grades-softmax-regression': 'gc-lab.csv, a single softmax layer, plain sgd 0.1',
 'ok.grades-batch1-adam': 'gc-lab.csv, [16 elu, 4 softmax], adam 5e-4 at batch size 1',
 'ok.grades-wide-dropout-clip': 'gc-lab.csv, [128 relu he_uniform, dropout 0.4, 4 softmax], adam 0.002 clipNorm 1',
 'ok.grades-xavier-normal-elu-wd': 'gc-lab.csv, [24 elu xavier_normal, 4 softmax], rmsprop 0.001 weightDecay 1e-3',
 'ok.grades-leaky-adam-b64': 'gc-lab.csv, [32 leaky_relu, 16 leaky_relu, 4 softmax], adam 0.003, batch 64',
 'ok.moons-relu-adam': 'builtin moons noise 0.15, [32 relu, 32 relu, 1 sigmoid], bce, adam 0.01',
 'ok.moons-elu-momentum': 'builtin moons noise 0.2, [24 elu, 12 elu, 1 sigmoid], sgd momentum 0.1',
 'ok.circles-tanh-sgd': 'builtin circles, [16 tanh, 1 sigmoid], sgd 0.3 momentum 0.9',
 'ok.circles-relu-rmsprop-val': 'builtin circles, [32 relu, 16 relu, 1 sigmoid], rmsprop 0.003, val 0.25',
 'ok.spirals-deep-adam': 'builtin spirals, [64 relu, 64 relu, 32 relu, 1 sigmoid], adam 0.005, 300 epochs',
 'ok.xor-elu-rmsprop': 'builtin xor, [16 elu, 1 sigmoid], rmsprop 0.01, batch 16',
 'ok.blobs-four-classes': 'builtin blobs 4 classes, [16 relu, 4 softmax], cce, adam 0.01',
 'ok.sine-tanh-adam': 'builtin sine, [32 tanh, 32 tanh, 1], mse, adam 0.005',
 'ok.sine-small-init-elu': 'builtin sine, [24 elu uniform limit 0.5, 1], rmsprop 0.005, batch 25',
 'ok.inline-still-calibration': 'inline 12-row still calibration table (pressure, temperature -> flow), both standardised, [4 tanh, 1], adam 0.02, full batch',
 'ok.inline-bloom-stage': 'inline 16-row bloom-stage table with string labels bud/bloom/seed, [8 relu, 3 softmax], cce, adam 0.02, batch 4',
 'ok.oil-relu-raw-target-normalised': 'stills.csv minmax features, standard target, [48 relu he_uniform, 1], sgd momentum 0.8, batch 8',
 'ok.oil-noshuffle-batch8': 'stills.csv, shuffle false, [16 tanh, 1], adam 0.002, batch 8',
 'ok.oil-yield-tanh-rmsprop-b64': 'stills.csv, [32 tanh, 16 tanh, 1], rmsprop 0.002, batch 64',
}

for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy, dropped = [], [], []
cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates') if f.endswith('.nn.json'))
for c in cands:
    src = os.path.join('candidates', c + '.nn.json')
    if c in DROP:
        shutil.move(src, os.path.join('dropped', c + '.nn.json'))
        dropped.append(c)
    elif c.startswith('ok.'):
        shutil.move(src, os.path.join('healthy', c + '.nn.json'))
        healthy.append({'file': f'healthy/{c}.nn.json', 'covers': f'{COVERS[c]} (observe: {o(c)})'})
    else:
        name = REFILE.get(c, c)
        code, stage, extra, text = F[name]
        assert name.startswith(code + '.'), name
        shutil.move(src, os.path.join('faulty', name + '.nn.json'))
        faults.append({'file': f'faulty/{name}.nn.json', 'code': code, 'fault': f'{text} (observe: {o(c)})', 'stage': stage, 'catches': [code] + [x for x in extra if x != code]})
assert not os.listdir('candidates'), os.listdir('candidates')
os.rmdir('candidates')
assert set(F) == {REFILE.get(f['file'][7:-8], f['file'][7:-8]) for f in faults}
faults.sort(key=lambda f: f['file'])
about = ('Fault set blind229 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: lavender farms and essential-oil distillers. Data (data/generate.ts, seeds 229001-229005): plots.csv (420 field-plot harvests, '
         'yield_kg_ha in raw units, skewed rainfall, collinear altitude/sun hours, text plot_id and harvest_date columns), stills.csv (480 '
         'distillation batches, raw scales from 0.1 bar to 1600 kg, oil_ml regression and passed 0/1 with ~11 % fails, text batch and still columns), '
         'stills-gaps.csv (NA, n/a and empty readings), gc-lab.csv (semicolons and decimal commas, 4 string grades with a rare reject, 5 % relabelled), '
         'hives.csv (tab-separated hive log, weakly learnable), plus builtins and two inline tables. "code" is the fault as shown by the bare engine '
         '(test/faults/observe.ts --summary in observed.txt, --curve in observed-curves.txt), "stage" the writer\'s expectation, "catches" the codes '
         'whose advice would genuinely fix it. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w', encoding='utf8'), indent=1, ensure_ascii=False)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(dropped), 'dropped')
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
