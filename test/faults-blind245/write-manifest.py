#!/usr/bin/env python3
"""Blind set 245: files the observed candidates into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind245 after author.ts and the observe.ts runs (observed.txt)."""
import json, os, re, shutil

here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    m = re.match(r'([^:\s]+?)(?:\.nn\.json)?[: ]', line)
    if m: obs[m.group(1)] = line

# candidate -> (code, stage, catches, fault text); a code different from the name's prefix is a re-filing
F = {
 'invalid-spec.adamw-from-pytorch': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch training script'),
 'invalid-spec.bce-keras-name': ('invalid-spec', 'static', [], 'loss written with the Keras name "binary_crossentropy"'),
 'invalid-spec.leakyrelu-no-underscore': ('invalid-spec', 'static', [], 'activation "leakyrelu" without the underscore on both hidden layers'),
 'invalid-spec.dropout-as-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (30) instead of 0.3'),
 'data-error.ring-id-text-column': ('data-error', 'static', [], 'no "features" list, so the ring number and race date text columns of the club results are read as features'),
 'data-error.gaps-copy-na': ('data-error', 'static', [], 'trained on the copy of the results where failed clocks and unweighed birds are NA / n/a / empty'),
 'data-error.next-season-file': ('data-error', 'static', [], 'points at next season\'s results file, which does not exist yet'),
 'data-error.target-speed-renamed': ('data-error', 'static', [], 'target "speed_ypm" (yards per minute, the old club sheet) but the column is velocity_mpm'),
 'data-error.shared-drive-path': ('data-error', 'static', [], 'CSV path climbs out of the workspace to the club\'s shared drive'),
 'shape-mismatch.two-specialisms': ('shape-mismatch', 'static', [], 'softmax head of 2 units for 3 loft specialisms (sprint, middle, marathon)'),
 'shape-mismatch.four-unit-softmax': ('shape-mismatch', 'static', [], 'softmax head of 4 units for 3 specialisms (a fourth "young-bird" class planned but not in the data)'),
 'shape-mismatch.three-outputs-velocity': ('shape-mismatch', 'static', [], '3 output units for the single velocity target'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'two targets (velocity and basket hours) but one output unit'),
 'loss-activation-mismatch.softmax-mse-lofts': ('loss-activation-mismatch', 'static', [], 'softmax head trained with mse on the loft specialism classes'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce on the canker label with a linear output (sigmoid forgotten)'),
 'loss-activation-mismatch.tanh-head-raw-minutes': ('loss-activation-mismatch', 'static', [], 'tanh output for minutes home (tens of minutes, target not rescaled): the head cannot reach the targets'),
 'loss-activation-mismatch.sigmoid-head-velocity': ('loss-activation-mismatch', 'static', [], 'sigmoid output for raw velocity in metres per minute (~1200): cannot reach the targets'),
 'init-symmetry.zeros-hidden-prize': ('init-symmetry', 'static', ['vanishing-gradient', 'loss-plateau'], 'every layer initialised to zeros: tanh units identical and gradients zero'),
 'init-symmetry.zeros-sigmoid-vet': ('init-symmetry', 'static', [], 'zeros init on a 10-unit sigmoid layer: all units stay identical (it learns as one unit)'),
 'init-symmetry.constant-toss': ('init-symmetry', 'static', [], 'constant 0.05 init on two 12-unit elu layers: units identical forever'),
 'init-scale.normal-std-5-tanh': ('init-scale', 'static', ['saturated-activation'], 'normal init with std 5 on tanh layers of 32 and 16 units'),
 'init-scale.uniform-1e-5-deep': ('init-scale', 'static', ['vanishing-gradient', 'loss-plateau'], 'uniform init limit 1e-5 on a 4-layer relu net'),
 'init-scale.normal-std-20-relu': ('init-scale', 'static', ['exploding-gradient', 'dead-relu'], 'normal init std 20 on relu layers of 48 and 24 units'),
 'init-scale.normal-std-1e-4-sigmoid': ('init-scale', 'static', ['vanishing-gradient', 'loss-plateau'], 'normal init std 1e-4 on every sigmoid layer'),
 'no-nonlinearity.linear-stack-lofts': ('no-nonlinearity', 'static', [], 'hidden layers of 32 and 16 with no activation (linear default) before the softmax'),
 'no-nonlinearity.linear-moons-clubdemo': ('no-nonlinearity', 'static', [], 'club training-day demo on moons with two linear hidden layers'),
 'no-nonlinearity.linear-velocity-deep': ('no-nonlinearity', 'static', [], 'three linear hidden layers for velocity: depth adds nothing'),
 'no-nonlinearity.explicit-linear-circles': ('no-nonlinearity', 'static', [], 'hidden layers explicitly "linear" (he_normal init left from a relu version) on circles'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam with lr 5'),
 'lr-out-of-range.sgd-lr-40': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'plain sgd with lr 40'),
 'lr-out-of-range.rmsprop-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop with lr 1e-9'),
 'lr-out-of-range.adam-lr-percent-typo': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 10 (meant 10%, i.e. 0.1, itself too high)'),
 'dead-relu.bias-minus-5': ('dead-relu', 'probe', ['loss-plateau'], 'relu layers with bias -5 on standardised inputs: units never fire'),
 'dead-relu.adam-hot-start': ('dead-relu', 'probe', ['lr-too-high'], 'adam lr 0.5 on a 64-64 relu net kills most of the second layer'),
 'exploding-gradient.raw-km-std-init': ('dead-relu', 'probe', ['exploding-gradient', 'init-scale'], 'raw loft survey features (race km in hundreds) with std-1 normal init: huge first step, then 94% of the first relu layer dead and the loss stuck at the baseline'),
 'exploding-gradient.deep-linear-raw-loft': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'raw toss features and raw minutes target through four relu layers with sgd momentum: gradients blow up within the first epoch'),
 'exploding-gradient.raw-features-raw-velocity': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'raw race features (km, grams, metres) and raw velocity target: gradients blow up in the first epoch'),
 'exploding-gradient.raw-velocity-rmsprop': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'velocity in raw m/min (not rescaled) with sgd momentum 0.9 lr 0.01: gradients blow up in the first epoch'),
 'vanishing-gradient.eight-sigmoid-stack': ('vanishing-gradient', 'probe', ['loss-plateau'], 'eight sigmoid hidden layers with plain sgd'),
 'vanishing-gradient.deep-sigmoid-lofts': ('vanishing-gradient', 'probe', ['loss-plateau'], 'seven sigmoid hidden layers on the loft survey'),
 'vanishing-gradient.small-normal-tanh-deep': ('vanishing-gradient', 'probe', ['init-scale', 'loss-plateau'], 'five tanh layers with normal std 0.05 init'),
 'vanishing-gradient.sigmoid-tower-velocity': ('vanishing-gradient', 'probe', ['loss-plateau'], 'seven sigmoid layers of 12 for velocity with plain sgd'),
 'nan-loss.raw-toss-momentum': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw toss features and raw minutes, sgd momentum 0.9 at batch 8'),
 'nan-loss.velocity-raw-batch1': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw race features and raw velocity, sgd lr 0.001 at batch size 1'),
 'dead-relu.raw-distance-sgd-kick': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw (unnormalised) race features with sgd lr 0.01 on a relu net: written to kill relus, the loss went NaN in the first epoch'),
 'lr-too-high.adam-0p2-velocity': ('lr-too-high', 'training', ['oscillating-loss'], 'adam lr 0.2 on velocity: loss bounces and ends well above what lr 0.003 reaches'),
 'lr-too-high.rmsprop-0p1-lofts': ('lr-too-high', 'probe', ['oscillating-loss'], 'rmsprop lr 0.1: loss jumps between 0.04 and 0.59 and does not settle'),
 'lr-too-high.nesterov-1-toss': ('lr-too-high', 'probe', ['nan-loss', 'exploding-gradient'], 'sgd nesterov momentum 0.9 with lr 0.6 on toss times: diverges to NaN'),
 'lr-too-high.adam-0p1-prize-batch8': ('lr-too-high', 'training', ['oscillating-loss'], 'adam lr 0.1 at batch 8: loss falls to 0.28 then rises and bounces around 0.4'),
 'oscillating-loss.momentum-0p99-sgd': ('lr-too-high', 'probe', ['oscillating-loss', 'exploding-gradient'], 'sgd momentum 0.99 with lr 0.1: the loss swings with growing amplitude and diverges to 6e11'),
 'lr-too-low.sgd-1e-5-velocity': ('lr-too-low', 'probe', ['loss-plateau'], 'plain sgd lr 1e-5 for 80 epochs'),
 'lr-too-low.adam-1e-6-lofts': ('lr-too-low', 'probe', ['loss-plateau'], 'adam lr 1e-6 (an extra zero)'),
 'lr-too-low.rmsprop-1e-6-vet': ('lr-too-low', 'probe', ['loss-plateau'], 'rmsprop lr 1e-6'),
 'lr-too-low.sgd-momentum-1e-5-toss': ('lr-too-low', 'probe', ['loss-plateau'], 'sgd momentum 0.5 lr 1e-5 at batch 64'),
 'saturated-activation.tanh-raw-distance': ('saturated-activation', 'probe', [], 'tanh layer on raw race features (km, grams, metres): 99% saturated'),
 'saturated-activation.sigmoid-raw-lofts': ('saturated-activation', 'probe', [], 'sigmoid layer on raw loft survey features: 92% saturated'),
 'saturated-activation.tanh-raw-vet': ('saturated-activation', 'probe', ['loss-plateau'], 'tanh layers on raw vet readings (body temp ~42, weight ~470 g): first layer fully saturated, loss stays at the baseline'),
 'saturated-activation.sigmoid-big-bias': ('saturated-activation', 'probe', ['loss-plateau'], 'sigmoid hidden layer with bias 8: pinned at 1'),
 'loss-plateau.weight-decay-1': ('loss-plateau', 'training', [], 'weight decay 1 (meant 1e-4): loss falls to 0.62 then climbs back to the baseline and stays'),
 'loss-plateau.dropout-0p9': ('loss-plateau', 'training', [], 'dropout 0.9 after both hidden layers: loss stalls near the baseline'),
 'loss-plateau.clipnorm-tiny-sgd': ('loss-plateau', 'probe', ['lr-too-low'], 'clipNorm 1e-4 on sgd: the loss does not move'),
 'loss-plateau.width-one-bottleneck': ('loss-plateau', 'training', [], 'a 1-unit relu first layer on 3-class spirals: loss creeps at 0.92 of the baseline'),
 'oscillating-loss.rmsprop-0p03-fullbatch': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop lr 0.03 at full batch: the loss swings between 0.13 and 0.41 in cycles'),
 'oscillating-loss.batch1-sgd-vet': ('oscillating-loss', 'training', ['lr-too-high'], 'sgd lr 0.5 at batch size 1: the loss swings between 0.42 and 0.84 and ends above the baseline'),
}
DROP = {
 'invalid-spec.glorot-init-name': 'kept the set within 65 faults; invalid-spec already has 4',
 'invalid-spec.validation-split-one': 'kept the set within 65 faults; invalid-spec already has 4',
 'data-error.wingspan-feature-typo': 'kept the set within 65 faults; data-error already has 5',
 'loss-activation-mismatch.cce-sigmoid-head': 'odd engine reading (loss 1.15e-7): kept out as unclear; the code already has 4',
 'shape-mismatch.prize-two-sigmoids': 'the engine accepted 2 sigmoid units for one 0/1 target and it trained (0.31 of baseline): not clearly a fault',
 'init-symmetry.constant-point1-lofts': 'constant init, but it trained to 0.03 of the baseline, as well as healthy lofts specs: may be healthy',
 'dead-relu.bias-minus-3-lofts': 'only 29% dead and loss 0.88 of baseline: neither clearly dead-relu nor anything else',
 'nan-loss.raw-velocity-sgd-big': 'no NaN: huge first loss then stuck at 1.04 of baseline; ambiguous between exploding and dead',
 'nan-loss.lofts-raw-sgd': 'no NaN: huge first loss, then 4.6 of baseline with the elu layer pinned; ambiguous',
 'lr-too-high.sgd-2-vet': 'sgd lr 3 trained as well as the healthy vet specs (0.39 of baseline): not a fault',
 'oscillating-loss.nesterov-0p99-lofts': 'smooth, healthy descent to 0.01 of the baseline',
 'ok.vet-logistic-only': 'a single sigmoid unit ends at 0.56 of baseline, well above the 0.39-0.47 of the other vet specs',
 'ok.prize-batch1-sgd': 'ends at 0.37 of baseline against 0.04 for adam on the same data: not as good as alternatives',
 'ok.prize-sgd-momentum-xavier': 'ends at 0.40 of baseline, loss rising from its min 0.17 late: borderline',
 'ok.prize-wide-single-layer': 'ends at 0.46 of baseline: borderline',
 'ok.spirals-elu-deep': 'ends at 0.46 of baseline with acc 0.77 and a rising loss near the end: borderline',
}
H = {
 'velocity-adam-relu': 'races.csv velocity, standard + normalizeTarget standard, [32 relu, 16 relu, 1], adam 0.003, batch 32, val 0.2',
 'velocity-rmsprop-elu-minmax': 'races.csv velocity, minmax + normalizeTarget minmax, [24 elu, 1], rmsprop 0.002, batch 16',
 'velocity-sgd-momentum-bn': 'races.csv velocity, [32 relu bn, 16 relu bn, 1], sgd momentum 0.9 lr 0.02',
 'velocity-six-features-tanh': 'races.csv six features, [20 tanh, 10 tanh, 1], adam 0.005, batch 64',
 'velocity-leaky-dropout': 'races.csv velocity, [64 leaky_relu, dropout 0.2, 32 leaky_relu, 1], adam 0.002 weightDecay 1e-4, val 0.15',
 'velocity-nesterov-fullbatch': 'races.csv velocity, [16 tanh, 1], sgd nesterov 0.9 lr 0.05, full batch 480, 600 epochs',
 'velocity-plain-sgd-batch8': 'races.csv velocity, [16 elu, 1], plain sgd 0.01, batch 8',
 'velocity-sigmoid-hidden-minmax': 'races.csv velocity, normalizeTarget minmax, [24 sigmoid, 1 sigmoid] under mse (targets in [0,1]), adam 0.01',
 'velocity-deep-narrow-rmsprop': 'races.csv velocity, four relu layers of 12, rmsprop 0.001, 200 epochs',
 'prize-adam-relu': 'races.csv prize 0/1 (20% positive), [24 relu, 12 relu, 1 sigmoid], bce, adam 0.003',
 'prize-rmsprop-tanh-val': 'races.csv prize, [16 tanh, 1 sigmoid], bce, rmsprop 0.003, val 0.2',
 'prize-clipnorm-adam-deep': 'races.csv prize, [32 elu, 32 elu, 16 elu, 1 sigmoid], adam 0.001 clipNorm 1',
 'lofts-adam-relu': 'lofts.csv specialism (3 string classes, marathon rare), [32 relu, 16 relu, 3 softmax], cce, adam 0.003',
 'lofts-sgd-nesterov-tanh': 'lofts.csv, [24 tanh, 3 softmax], sgd nesterov 0.9 lr 0.05, batch 16',
 'lofts-rmsprop-bn-dropout': 'lofts.csv, [48 relu bn, dropout 0.3, 3 softmax], rmsprop 0.002, val 0.2',
 'lofts-minmax-elu-fullbatch': 'lofts.csv minmax, [32 elu, 3 softmax], adam 0.01, full batch 390, 400 epochs',
 'lofts-four-feature-lecun': 'lofts.csv four features, [16 tanh lecun_normal, 3 softmax], adam 0.005',
 'lofts-plain-sgd-sigmoid': 'lofts.csv, [16 sigmoid, 3 softmax], plain sgd 0.5, batch 16',
 'lofts-constant-bias-small-normal': 'lofts.csv, [24 relu normal std 0.2 bias 0.1, 3 softmax], adam 0.005',
 'vet-adam-relu': 'vetcheck.csv (semicolons, decimal commas, 6% flipped labels), [16 relu, 1 sigmoid], bce, adam 0.005',
 'vet-sgd-tanh-batch4': 'vetcheck.csv, [8 tanh, 1 sigmoid], plain sgd 0.02, batch 4',
 'vet-rmsprop-weightdecay': 'vetcheck.csv, [24 elu, 12 elu, 1 sigmoid], rmsprop 0.001 weightDecay 1e-3, val 0.25',
 'vet-he-uniform-deep': 'vetcheck.csv minmax, three relu layers he_uniform, adam 0.001',
 'toss-adam-elu': 'toss-clock.csv (tab-separated), normalizeTarget standard, [16 elu, 1], adam 0.005, batch 16',
 'toss-linear-regression': 'toss-clock.csv, a single linear unit (linear regression), sgd 0.05',
 'toss-sgd-momentum-relu': 'toss-clock.csv minmax, [32 relu, 16 relu, 1], sgd momentum 0.9 lr 0.02',
 'toss-rmsprop-tanh-clip': 'toss-clock.csv, [12 tanh, 1], rmsprop 0.003 clipNorm 5, batch 8',
 'toss-raw-target-adam': 'toss-clock.csv raw minutes target (no normalizeTarget), output bias 40, [16 relu, 1], adam 0.02, 300 epochs',
 'moons-club-demo-relu': 'builtin moons, [16 relu, 16 relu, 1 sigmoid], adam 0.01',
 'circles-tanh-sgd': 'builtin circles, [16 tanh, 1 sigmoid], sgd momentum 0.9 lr 0.3',
 'iris-rmsprop': 'builtin iris standard, [8 relu, 3 softmax], rmsprop 0.01',
 'blobs-four-classes-sgd': 'builtin blobs 4 classes, [12 leaky_relu, 4 softmax], plain sgd 0.05',
 'sine-tanh-adam': 'builtin sine, [32 tanh, 32 tanh, 1], mse, adam 0.01, 400 epochs',
 'xor-sigmoid-sgd': 'builtin xor, [8 tanh, 1 sigmoid], sgd momentum 0.9 lr 0.5',
 'inline-basket-weights': 'inline table (basket weight -> placed 0/1, 12 rows), [4 tanh, 1 sigmoid], adam 0.05, full batch',
 'inline-ring-class-strings': 'inline table with string classes (young/prime/veteran), [8 relu, 3 softmax], adam 0.03, batch 4',
}

cand = os.path.join(here, 'candidates')
names = sorted(f[:-len('.nn.json')] for f in os.listdir(cand))
covered = set(F) | set(DROP) | {'ok.' + k for k in H}
missing = [n for n in names if n not in covered]
assert not missing, missing
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(here, d), exist_ok=True)

def obsline(n):
    line = obs[n]
    return line.split(' | ')[0].strip() if ': base' in line else line.strip()

faults, healthy = [], []
for n, (code, stage, extra, text) in F.items():
    slug = n.split('.', 1)[1]
    newname = f'{code}.{slug}'
    shutil.move(os.path.join(cand, n + '.nn.json'), os.path.join(here, 'faulty', newname + '.nn.json'))
    faults.append({'file': f'faulty/{newname}.nn.json', 'code': code, 'fault': f'{text} (observe: {obsline(n)})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
for k, text in H.items():
    n = 'ok.' + k
    shutil.move(os.path.join(cand, n + '.nn.json'), os.path.join(here, 'healthy', n + '.nn.json'))
    healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{text} (observe: {obsline(n)})'})
for n in DROP:
    shutil.move(os.path.join(cand, n + '.nn.json'), os.path.join(here, 'dropped', n + '.nn.json'))

about = ('Blind fault set 245 (issue #4), written blind and frozen before the product was run on it. Theme: racing-pigeon lofts and '
         'fanciers\' clubs: races.csv (480 race results: ring id and date text columns, distance skewed, wing collinear with weight, '
         'loft altitude with no effect, velocity m/min and a 20% prize label), races-gaps.csv (NA / n/a / empty markers), lofts.csv '
         '(390 members, 3 string specialisms, marathon rare), vetcheck.csv (semicolons and decimal commas, canker 0/1 with 6% flipped), '
         'toss-clock.csv (tab-separated training-toss times), plus builtins and inline tables. Each fault and healthy text ends with '
         'its test/faults/observe.ts --summary line (observed.txt; curves in observed-curves.txt). Dropped candidates: ' +
         '; '.join(f'{k}: {v}' for k, v in DROP.items()))
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=1)
os.rmdir(cand)
print(len(faults), len(healthy), len(DROP))
