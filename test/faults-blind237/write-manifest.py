#!/usr/bin/env python3
"""Verdicts of blind set 237: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Each fault text ends with its observe.ts --summary line (observed.txt). Run from this folder."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

obs = {}
for line in open('observed.txt'):
    line = line.rstrip('\n')
    s = line.strip()
    if not s:
        continue
    if s.endswith('not trainable') or ': engine refuses it:' in s:
        key = s.split('.nn.json')[0].split(' ')[0] if '.nn.json' in s else s.split(':')[0]
        obs[key] = s
    else:
        obs[s.split(':')[0]] = s

def o(name):
    return '(observe: ' + obs[name] + ')'

# (candidate name, final code, stage, catches, fault text)
F = [
 ('invalid-spec.adamw-optimizer', 'invalid-spec', 'static', ['invalid-spec'], 'optimizer "adamw" copied from a PyTorch notebook for the grade classifier; the format only knows sgd, adam, rmsprop'),
 ('invalid-spec.relu-capital', 'invalid-spec', 'static', ['invalid-spec'], 'activation written "ReLU" (class-name habit) on both hidden layers of the harvest-yield regressor'),
 ('invalid-spec.keras-loss-name', 'invalid-spec', 'static', ['invalid-spec'], 'loss written "binary_crossentropy" (Keras name) for the fouling classifier instead of "bce"'),
 ('invalid-spec.dropout-percent', 'invalid-spec', 'static', ['invalid-spec'], 'dropout rate written as a percentage (30) instead of a fraction (0.3)'),
 ('invalid-spec.validation-split-percent', 'invalid-spec', 'static', ['invalid-spec'], 'validationSplit written as 20 (percent) on the alginate yield model'),
 ('invalid-spec.init-glorot', 'invalid-spec', 'static', ['invalid-spec'], 'init "glorot_uniform" (Keras name) instead of "xavier_uniform"'),
 ('data-error.path-without-parent', 'data-error', 'static', ['data-error'], 'CSV path "data/harvest.csv" written relative to the set folder, not to the spec file (needs ../)'),
 ('data-error.lab-below-detection', 'data-error', 'static', ['data-error'], 'the lab export writes "<0.5" for nitrate below the detection limit; the column is used as a numeric feature'),
 ('data-error.logger-gaps', 'data-error', 'static', ['data-error'], 'the buoy logger export with NA, n/a and empty cells in temperature, nitrate and wave height'),
 ('data-error.target-typo', 'data-error', 'static', ['data-error'], 'target "fouling" but the column is "fouled"'),
 ('data-error.site-as-feature', 'data-error', 'static', ['data-error'], 'the text column "site" (farm name) listed among the numeric features'),
 ('data-error.shared-drive-path', 'data-error', 'static', ['data-error'], 'data path climbs out of the workspace to the plant\'s mounted share'),
 ('shape-mismatch.three-grades-not-four', 'shape-mismatch', 'static', ['shape-mismatch'], 'grade classifier with 3 softmax units, forgetting the rare "reject" grade (4 classes)'),
 ('shape-mismatch.two-targets-one-unit', 'shape-mismatch', 'static', ['shape-mismatch'], 'alginate yield and viscosity as two targets but a single output unit'),
 ('shape-mismatch.iris-two-units', 'shape-mismatch', 'static', ['shape-mismatch'], 'iris warm-up spec with 2 softmax units for 3 species'),
 ('loss-activation-mismatch.bce-linear-head', 'loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'fouling classifier with bce on a linear output unit (no sigmoid); ends above the baseline'),
 ('loss-activation-mismatch.cce-sigmoid-head', 'loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'grade classifier with cce on 4 sigmoid outputs instead of softmax: the loss collapses towards 0 while accuracy stays at the majority class'),
 ('loss-activation-mismatch.softmax-mse', 'loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'two standardised regression targets (yield, viscosity) fitted through a softmax output under mse'),
 ('loss-activation-mismatch.relu-head-standardised-yield', 'loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'relu output on a standardised yield target (half the targets negative, unreachable); ends at 0.42 of the baseline where linear heads reach 0.01-0.03'),
 ('loss-activation-mismatch.tanh-head-raw-kg', 'loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'tanh output on the raw wet yield in kg (hundreds to thousands): the head saturates at 1 and the loss stays at 4.6x the baseline'),
 ('init-symmetry.zeros-hidden', 'init-symmetry', 'static', ['init-symmetry'], 'zeros init on the 16-unit tanh layer and the output of the grade classifier: stuck at the baseline'),
 ('init-symmetry.constant-tenth', 'init-symmetry', 'static', ['init-symmetry'], 'constant 0.1 init on two 12-unit tanh layers: every unit identical, the net acts like one unit per layer and stops at 0.41 of the baseline on moons (a normal init reaches ~0)'),
 ('init-symmetry.zeros-sigmoid-stack', 'init-symmetry', 'static', ['init-symmetry'], 'zeros init on every layer of a 24-12 sigmoid regressor: units stay identical; ends at 0.16 of the baseline where healthy harvest specs reach 0.01-0.03'),
 ('init-scale.normal-std-8-tanh', 'init-scale', 'static', ['init-scale', 'saturated-activation'], 'normal init with std 8 on a 32-unit tanh layer: 91% of outputs saturated, ends at 0.41 of the baseline where healthy fouling specs reach 0.11-0.20'),
 ('init-scale.uniform-limit-1e-5-deep', 'init-scale', 'static', ['init-scale', 'vanishing-gradient'], 'uniform init with limit 1e-5 on three 32-unit relu layers: signals and gradients vanish, loss stays at the baseline'),
 ('init-scale.normal-std-20-relu', 'init-scale', 'static', ['init-scale', 'exploding-gradient'], 'normal init with std 20 on a relu regressor: first loss 2e7 and the loss stays 8e4 times the baseline'),
 ('no-nonlinearity.linear-stack-moons', 'no-nonlinearity', 'static', ['no-nonlinearity'], 'two 16-unit hidden layers left linear (activation omitted) on moons: a linear boundary, 0.86 accuracy'),
 ('no-nonlinearity.forgot-activation-circles', 'no-nonlinearity', 'static', ['no-nonlinearity'], 'three hidden layers with no activation on circles: stays at the baseline'),
 ('no-nonlinearity.linear-hidden-spirals', 'no-nonlinearity', 'static', ['no-nonlinearity'], 'two linear hidden layers on three spirals: 0.39 accuracy'),
 ('lr-out-of-range.adam-lr-30', 'lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'], 'adam lr 30 (meant 3e-3)'),
 ('lr-out-of-range.sgd-lr-1e-9', 'lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-low'], 'sgd lr 1e-9: nothing moves'),
 ('lr-out-of-range.rmsprop-lr-5', 'lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'], 'rmsprop lr 5 on the harvest regressor'),
 ('lr-out-of-range.adam-lr-1e-8', 'lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-low'], 'adam lr 1e-8 on the alginate regressor: loss does not move from 3.87x the baseline'),
 ('dead-relu.bias-minus-8', 'dead-relu', 'static', ['dead-relu'], 'bias -8 on both relu layers ("sparse activations"): 97-100% of units dead from the start, loss at the baseline'),
 ('dead-relu.negative-bias-grade', 'dead-relu', 'probe', ['dead-relu'], 'bias -4 on the 24-unit relu layer of the grade classifier: 58% of units dead for good, ends at 0.56 of the baseline where healthy grade specs reach 0.29-0.37'),
 ('lr-too-high.adam-0p3-grade', 'dead-relu', 'probe', ['dead-relu', 'lr-too-high'], 'adam lr 0.3 on a 32-16 relu grade classifier (re-filed from lr-too-high): the second relu layer dies entirely in the first epochs and the loss sits at the baseline'),
 ('exploding-gradient.raw-features-raw-kg', 'exploding-gradient', 'probe', ['exploding-gradient'], 'raw harvest features (line length in hundreds of metres) and raw yield in kg under sgd: gradient norms reach 2.5e6 and the loss ends at 4.6x the baseline'),
 ('exploding-gradient.raw-iodine-linear', 'exploding-gradient', 'probe', ['exploding-gradient'], 'alginate viscosity in raw mPa.s (~900) on raw features, rmsprop, elu: gradient norms 1e3-4e5 throughout and the loss ends at 4.4x the baseline (slug from an earlier draft; the target is viscosity)'),
 ('nan-loss.raw-everything-momentum', 'exploding-gradient', 'probe', ['exploding-gradient', 'dead-relu'], 'raw features and raw yield in kg with sgd momentum (re-filed from nan-loss: it did not reach NaN): first loss 2e22, gradient norms up to 7e11, then the first layer dies and the loss sticks at 2.9x the baseline'),
 ('vanishing-gradient.eight-sigmoid-layers', 'vanishing-gradient', 'probe', ['vanishing-gradient'], 'eight 16-unit sigmoid layers under plain sgd: first-layer gradient 1e-6 against 1 at the output, loss at the baseline'),
 ('vanishing-gradient.tiny-init-tanh-deep', 'vanishing-gradient', 'probe', ['vanishing-gradient', 'init-scale'], 'five 24-unit tanh layers with normal std 0.01 init: first-layer gradient 1e-5, loss at the baseline'),
 ('vanishing-gradient.sigmoid-tower-grade', 'vanishing-gradient', 'probe', ['vanishing-gradient'], 'six 32-unit sigmoid layers on the grade data under sgd: first-layer gradient 1e-4, loss at the baseline'),
 ('nan-loss.viscosity-raw-sgd', 'nan-loss', 'probe', ['nan-loss'], 'raw viscosity target (~900 mPa.s) with sgd 0.05 momentum 0.9 batch 8: NaN in the first epoch'),
 ('dead-relu.sgd-lr-kill', 'nan-loss', 'probe', ['nan-loss'], 'raw wet yield in kg (normalizeTarget off) with sgd 0.01 on a relu net (re-filed from dead-relu): NaN in the first epoch'),
 ('exploding-gradient.deep-big-init', 'nan-loss', 'probe', ['nan-loss', 'init-scale', 'exploding-gradient'], 'four 32-unit relu layers with normal std 1.0 init and sgd momentum (re-filed from exploding-gradient): NaN in the first epoch'),
 ('lr-too-high.nesterov-0p5-alginate', 'nan-loss', 'probe', ['nan-loss', 'lr-too-high'], 'sgd nesterov lr 0.5 momentum 0.9 (re-filed from lr-too-high): loss 1e21 in epoch 1, NaN in epoch 2'),
 ('lr-too-high.sgd-0p8-alginate-batch-8', 'nan-loss', 'probe', ['nan-loss', 'lr-too-high'], 'plain sgd lr 0.8 with batch 8 (re-filed from lr-too-high): NaN in the first epoch'),
 ('oscillating-loss.momentum-0p99', 'lr-too-high', 'probe', ['lr-too-high'], 'sgd lr 0.1 with momentum 0.99 (re-filed from oscillating-loss: it diverged): the loss rises from 0.76 to 8.6e13 over 100 epochs'),
 ('lr-too-high.sgd-3-moons', 'lr-too-high', 'probe', ['lr-too-high', 'oscillating-loss'], 'plain sgd lr 3 on moons: the loss bounces between 0.33 and 0.52 for 100 epochs where a sane rate reaches ~0'),
 ('lr-too-high.adam-0p5-harvest-tanh', 'lr-too-high', 'training', ['lr-too-high'], 'adam lr 0.5 on the harvest regressor: reaches 0.20 of the baseline then climbs back to 0.8-1.5'),
 ('lr-too-low.sgd-1e-5-grade', 'lr-too-low', 'probe', ['lr-too-low'], 'plain sgd lr 1e-5 on the grade classifier: the loss barely moves in 150 epochs (1.61 to 1.59, baseline 1.25)'),
 ('lr-too-low.adam-2e-6-harvest', 'lr-too-low', 'probe', ['lr-too-low'], 'adam lr 2e-6: the loss moves from 2.85 to 2.52 in 150 epochs (baseline 1.0)'),
 ('lr-too-low.rmsprop-5e-7-fouling', 'lr-too-low', 'probe', ['lr-too-low'], 'rmsprop lr 5e-7: the loss stays at 0.86 (baseline 0.42)'),
 ('lr-too-low.sgd-full-batch-1e-4', 'lr-too-low', 'probe', ['lr-too-low'], 'full-batch sgd lr 1e-4: one step per epoch, the loss moves from 5.97 to 4.41 in 200 epochs (baseline 1.0)'),
 ('loss-plateau.clipnorm-tiny', 'lr-too-low', 'probe', ['lr-too-low', 'loss-plateau'], 'clipNorm 1e-4 (meant 1) with sgd 0.01 (re-filed from loss-plateau: it showed as tiny updates): update ratio 3e-7, loss 1.35 to 1.34 over 150 epochs'),
 ('saturated-activation.raw-iodine-sigmoid', 'saturated-activation', 'probe', ['saturated-activation'], 'normalize "none" on the grade data (iodine in the thousands of mg/kg) into a sigmoid layer: 100% saturated, loss at the baseline'),
 ('saturated-activation.raw-harvest-tanh', 'saturated-activation', 'probe', ['saturated-activation'], 'raw harvest features into a tanh layer: 95% saturated, ends at 0.27 of the baseline where standardised inputs reach 0.01-0.03'),
 ('saturated-activation.bias-12-sigmoid', 'saturated-activation', 'static', ['saturated-activation'], 'bias 12 on the hidden sigmoid layer: every unit pinned at 1, loss at the baseline'),
 ('saturated-activation.raw-par-tanh', 'saturated-activation', 'probe', ['saturated-activation'], 'raw fouling features (PAR in the hundreds) into a tanh layer: 87% saturated, ends at 0.89 of the baseline'),
 ('loss-plateau.weight-decay-1', 'loss-plateau', 'training', ['loss-plateau'], 'weightDecay 1.0 (meant 1e-4) with adam: after reaching 0.41 the loss is pulled back up to the baseline and stays there'),
 ('loss-plateau.dropout-0p9-bottleneck', 'loss-plateau', 'training', ['loss-plateau'], 'a 2-unit relu layer followed by dropout 0.9: the grade classifier sits at the baseline'),
 ('loss-plateau.one-unit-bottleneck-spirals', 'loss-plateau', 'training', ['loss-plateau'], 'a single relu unit as the hidden layer on three spirals: the loss creeps to 0.94 of the baseline and stalls'),
 ('lr-too-high.rmsprop-0p2-fouling', 'oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'rmsprop lr 0.2 on the fouling classifier (re-filed from lr-too-high): the loss swings between 0.2 and 0.5 (up to 1.0) epoch after epoch around the baseline 0.42'),
 ('oscillating-loss.adam-0p2-fouling-elu', 'oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'adam lr 0.2 batch 16 on the fouling classifier: the loss swings between 0.06 and 0.68 and never settles'),
]

H = [
 ('ok.harvest-adam-relu', 'harvest.csv standard/standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32'),
 ('ok.harvest-rmsprop-elu-val', 'harvest.csv, [24 elu, 12 elu, 1], rmsprop 0.002, validationSplit 0.2'),
 ('ok.harvest-minmax-tanh-sgd-momentum', 'harvest.csv minmax features and target, [24 tanh, 1], sgd 0.05 momentum 0.9, batch 16'),
 ('ok.harvest-batchnorm-deep', 'harvest.csv, three relu layers with batchNorm, adam 0.003'),
 ('ok.harvest-leaky-dropout-wd', 'harvest.csv, [48 leaky_relu, dropout 0.1, 24 leaky_relu, 1], adam 0.002, weightDecay 1e-4'),
 ('ok.harvest-batch-1-sgd', 'harvest.csv, [16 tanh, 1], plain sgd 0.003, batch 1, 40 epochs'),
 ('ok.harvest-nesterov-clip', 'harvest.csv, [32 elu, 16 elu, 1], sgd nesterov 0.01 momentum 0.9, clipNorm 5'),
 ('ok.harvest-full-batch-adam', 'harvest.csv, [32 tanh, 1], adam 0.02, full batch 380, 300 epochs'),
 ('ok.harvest-uniform-init-small', 'harvest.csv, [24 tanh uniform limit 0.3, 1], adam 0.005'),
 ('ok.harvest-sigmoid-hidden-rmsprop', 'harvest.csv, [32 sigmoid, 1], rmsprop 0.005, 200 epochs'),
 ('ok.grade-adam-relu', 'grade.csv (4 string grades, rare reject) standard, [32 relu, 16 relu, 4 softmax], cce, adam 0.003'),
 ('ok.grade-semicolon-export', 'grade-semicolon.csv (semicolons, decimal commas), [24 elu, 4 softmax], adam 0.005'),
 ('ok.grade-rmsprop-tanh-dropout', 'grade.csv, [32 tanh, dropout 0.2, 4 softmax], rmsprop 0.002, batch 16, validationSplit 0.15'),
 ('ok.grade-sgd-momentum-batchnorm', 'grade.csv, [32 relu bn, 16 relu bn, 4 softmax], sgd 0.05 momentum 0.9'),
 ('ok.grade-wide-shallow-lecun', 'grade.csv, [128 tanh lecun_normal, 4 softmax], adam 0.001, batch 64'),
 ('ok.grade-plain-sgd-small-batch', 'grade.csv, [16 relu he_uniform, 4 softmax], plain sgd 0.05, batch 8'),
 ('ok.grade-he-normal-explicit-bias', 'grade.csv, [32 relu he_normal bias 0.1, 4 softmax xavier_uniform], adam 0.002'),
 ('ok.fouling-adam-tanh', 'fouling.csv (15% fouled) standard, [16 tanh, 1 sigmoid], bce, adam 0.005'),
 ('ok.fouling-rmsprop-relu-deep', 'fouling.csv, [32 relu, 16 relu, 8 relu, 1 sigmoid], rmsprop 0.001'),
 ('ok.fouling-logistic-linear', 'fouling.csv, logistic regression [1 sigmoid], plain sgd 0.1 (the generating model is linear in the features)'),
 ('ok.fouling-softmax-two-class', 'fouling.csv 0/1 target as 2 classes, [12 elu, 2 softmax], cce, adam 0.005'),
 ('ok.fouling-nesterov-leaky', 'fouling.csv, [24 leaky_relu, 1 sigmoid], sgd nesterov 0.03 momentum 0.9, batch 16, validationSplit 0.2'),
 ('ok.fouling-minmax-batch-full', 'fouling.csv minmax, [16 tanh, 1 sigmoid], adam 0.03, full batch 360, 300 epochs'),
 ('ok.fouling-elu-dropout-wd', 'fouling.csv, [32 elu, dropout 0.3, 1 sigmoid], adam 0.003, weightDecay 1e-3'),
 ('ok.alginate-adam-elu', 'alginate.csv (tab-separated) standard/standard, [16 elu, 1], adam 0.005, batch 16'),
 ('ok.alginate-two-targets', 'alginate.csv, two regression targets (yield %, viscosity), [24 tanh, 2], adam 0.003'),
 ('ok.alginate-linear-regression-sgd', 'alginate.csv, linear regression [1], plain sgd 0.05 (the yield is linear in the features)'),
 ('ok.alginate-viscosity-rmsprop', 'alginate.csv viscosity target standardised, [32 relu, 1], rmsprop 0.002'),
 ('ok.alginate-batch-2-momentum', 'alginate.csv, [8 tanh, 1], sgd 0.005 momentum 0.9, batch 2, 40 epochs'),
 ('ok.alginate-minmax-clip-wd', 'alginate.csv minmax, [32 elu xavier_normal, 16 elu, 1], adam 0.003, weightDecay 1e-3, clipNorm 1'),
 ('ok.alginate-deep-narrow-leaky', 'alginate.csv, four 8-unit leaky_relu layers, adam 0.003, 200 epochs'),
 ('ok.moons-relu-adam', 'builtin moons 300, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01'),
 ('ok.circles-tanh-sgd', 'builtin circles, [16 tanh, 1 sigmoid], sgd 0.3 momentum 0.9'),
 ('ok.iris-rmsprop', 'builtin iris standard, [8 relu, 3 softmax], rmsprop 0.01, batch 16'),
 ('ok.blobs-five-class-sgd', 'builtin blobs 5 classes, [16 relu, 5 softmax], sgd 0.1 momentum 0.5'),
 ('ok.sine-tanh-deep', 'builtin sine, [32 tanh, 32 tanh, 1], mse, adam 0.005, 300 epochs'),
 ('ok.inline-dryer-moisture', 'inline 16-row dryer table (temperature, hours -> moisture %), standard/standard, [8 tanh, 1], adam 0.01, batch 16'),
 ('ok.inline-species-classes', 'inline 12-row table with string species labels (kelp, dulse, wrack), [6 relu, 3 softmax], adam 0.02'),
 ('ok.moons-batch-full-rmsprop', 'builtin moons 200, [32 relu, 1 sigmoid], rmsprop 0.01, full batch 200, 300 epochs'),
]

D = {
 'shape-mismatch.two-unit-sigmoid-bce': 'the engine accepted 2 sigmoid outputs under bce on a 0/1 target and trained it to 0.34 of the baseline; not clearly a fault as observed',
 'nan-loss.sgd-raw-kg': 'never reached NaN; ended at 0.39 of the baseline with its tanh layer saturated: a mixed, borderline symptom',
 'oscillating-loss.adam-0p05-batch-4': 'swings of about 0.03-0.1 on a baseline of 1.0 while the loss stays near 0.1: too small to call oscillation, too low to call a fault',
 'oscillating-loss.batch-1-sgd-0p2': 'noisy but steadily falling to 0.24 of the baseline: trained, not oscillating',
 'oscillating-loss.rmsprop-0p05-full-batch': 'fell steadily with small bumps to 0.06 of the baseline: trained well',
 'lr-too-high.rmsprop-0p1-grade-tanh': 'bouncy but reached 0.02 of the baseline: not clearly too high',
 'oscillating-loss.rmsprop-0p1-fouling-tanh': 'converged to 0.02-0.04 of the baseline: trained well',
 'oscillating-loss.momentum-0p95-moons': 'two early bumps, then converged to ~0.005: trained well',
 'ok.grade-minmax-sigmoid-hidden': 'healthy candidate ended at 0.44 of the baseline, clearly worse than the other grade specs (0.29-0.37): may be read as a plateau',
 'ok.spirals-deep-elu': 'healthy candidate ended at 0.37 of the baseline with 0.79 accuracy on spirals: not clearly as good as it should be',
 'ok.xor-sigmoid-hidden-sgd': 'sgd 1.0 momentum 0.9: the loss rose from 0.015 to 0.036 near the end; could be read as lr-too-high',
}

for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)

faults, healthy = [], []
seen = set()
for cand, code, stage, catches, text in F:
    slug = cand.split('.', 1)[1]
    new = f'{code}.{slug}.nn.json'
    shutil.move(f'candidates/{cand}.nn.json', f'faulty/{new}')
    faults.append({'file': f'faulty/{new}', 'code': code, 'fault': f'{text} {o(cand)}', 'stage': stage, 'catches': catches})
    seen.add(cand)
for cand, covers in H:
    shutil.move(f'candidates/{cand}.nn.json', f'healthy/{cand}.nn.json')
    healthy.append({'file': f'healthy/{cand}.nn.json', 'covers': f'{covers} {o(cand)}'})
    seen.add(cand)
for cand in D:
    shutil.move(f'candidates/{cand}.nn.json', f'dropped/{cand}.nn.json')
    seen.add(cand)
left = os.listdir('candidates')
assert not left, left
os.rmdir('candidates')
with open('dropped/REASONS.json', 'w') as f:
    json.dump(D, f, indent=2)
    f.write('\n')

about = ('Blind fault set 237 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
 'Theme: seaweed harvesters and kelp processors. "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught '
 '(static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" text and healthy "covers" ends with the line measured on '
 'the bare engine by test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates '
 '(observed-curves.txt); no diagnosis code involved. Data (data/generate.ts, seeds 237001-237004): harvest.csv (380 longline harvests, 8 numeric '
 'features on natural scales incl. a skewed nitrate, a collinear rope weight and a no-effect salinity, plus batch id, date and site text columns; wet yield in kg), '
 'harvest-gaps.csv (NA, n/a, empty cells), harvest-lab.csv ("<0.5" below-detection nitrate), grade.csv (420 processor lots, 8 features incl. iodine in the thousands, '
 'grades A/B/C/reject with reject rare and 5% relabelled), grade-semicolon.csv (semicolons, decimal commas), fouling.csv (360 line inspections, 15% fouled), '
 'alginate.csv (300 extraction batches, tab-separated, yield % and viscosity); plus builtins and two inline tables. Specs by author.ts, this manifest by write-manifest.py.')
with open('manifest.json', 'w') as f:
    json.dump({'about': about, 'faults': faults, 'healthy': healthy}, f, indent=2, ensure_ascii=False)
    f.write('\n')
from collections import Counter
print(len(faults), len(healthy), len(D))
print(Counter(x['code'] for x in faults))
print(Counter(x['stage'] for x in faults))
