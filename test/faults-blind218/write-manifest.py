#!/usr/bin/env python3
"""Verdicts of blind set 218: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, re, shutil

here = os.path.dirname(os.path.abspath(__file__))
cand = os.path.join(here, 'candidates')
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

# name -> (code, stage, catches, fault text); code may differ from the name's (re-filing)
F = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch training script; the format has adam with weightDecay'),
 'invalid-spec.activation-swish': ('invalid-spec', 'static', [], 'activation "swish" from a Keras model of the placement classifier; not an activation of the format'),
 'invalid-spec.loss-binary-crossentropy': ('invalid-spec', 'static', [], 'loss written as Keras\'s "binary_crossentropy" instead of "bce" on the sound-alert model'),
 'invalid-spec.dropout-rate-one': ('invalid-spec', 'static', [], 'dropout rate 1.0 (meant "keep probability 1"?) on the pass/fail model: would drop every unit'),
 'invalid-spec.validation-split-30': ('invalid-spec', 'static', [], 'validationSplit 30 meant as 30 percent; must be a fraction in [0, 1)'),
 'invalid-spec.trailing-comma-layers': ('invalid-spec', 'static', [], 'trailing comma after the last layer, left from deleting a layer by hand'),
 'data-error.target-column-typo': ('data-error', 'static', [], 'target "Outcome" capitalised; the kennel office export names the column "outcome"'),
 'data-error.missing-file': ('data-error', 'static', [], 'spec points at next year\'s export dogs_2024.csv, which does not exist yet'),
 'data-error.na-markers': ('data-error', 'static', [], 'the office copy dogs-gaps.csv with NA, n/a and empty readings for dogs that skipped a test'),
 'data-error.text-feature-intake-date': ('data-error', 'static', [], 'intake_date (text dates) added to the features list'),
 'data-error.path-outside-workspace': ('data-error', 'static', [], 'CSV path climbing out of the workspace to a trainer\'s home folder'),
 'shape-mismatch.placement-two-units': ('shape-mismatch', 'static', [], '2 softmax outputs for the 3 placements (guide, hearing, career_change): the rare career_change class forgotten'),
 'shape-mismatch.placement-four-units': ('shape-mismatch', 'static', [], '4 softmax outputs for 3 placements (an old "withdrawn" category no longer in the data)'),
 'shape-mismatch.readiness-two-outputs': ('shape-mismatch', 'static', [], '2 linear outputs for the single target weeks_to_certification'),
 'shape-mismatch.outcome-two-sigmoid': ('shape-mismatch', 'static', ['loss-activation-mismatch'], '2 sigmoid outputs under bce for a single pass/fail target column'),
 'loss-activation-mismatch.softmax-mse': ('loss-activation-mismatch', 'static', [], 'softmax placement head trained with mse instead of cce'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce with a linear output on the alerted/not-alerted trials (sigmoid forgotten)'),
 'loss-activation-mismatch.relu-head-standardised-target': ('loss-activation-mismatch', 'static', [], 'relu output on a standardised weeks target: the negative half (fast dogs) cannot be reached'),
 'loss-activation-mismatch.sigmoid-head-regression': ('loss-activation-mismatch', 'static', [], 'sigmoid output on a standardised weeks target: only (0, 1) reachable'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'hidden tanh layer of 16 units initialised to zeros: every unit stays identical'),
 'init-symmetry.constant-hidden-relu': ('init-symmetry', 'static', [], 'constant 0.1 init on a 24-unit relu layer and the head ("small positive weights keep relus alive")'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', 'static', [], 'every layer of the alert model zero-initialised'),
 'init-symmetry.constant-regression': ('init-symmetry', 'static', [], 'constant 0.05 init on a 20-unit tanh layer for the weeks regression: acts like one unit'),
 'init-scale.normal-std-8': ('init-scale', 'static', ['saturated-activation'], 'normal init with std 8 on two tanh layers: units saturate from the start'),
 'init-scale.uniform-limit-1e-5': ('init-scale', 'static', ['vanishing-gradient'], 'uniform init limit 1e-5 on a three-layer relu net: signal and gradients vanish'),
 'init-scale.normal-std-20-relu': ('init-scale', 'static', ['nan-loss', 'exploding-gradient'], 'normal init std 20 (meant 0.20) on every layer of the weeks regression'),
 'exploding-gradient.deep-large-init': ('init-scale', 'static', ['exploding-gradient', 'dead-relu'], 'six relu layers of 32 with normal init std 1.5 (several times He): activations blow up on the first step, then every relu is dead'),
 'no-nonlinearity.linear-stack-placement': ('no-nonlinearity', 'static', [], 'two hidden layers without activation in the placement classifier'),
 'no-nonlinearity.linear-hidden-alerts': ('no-nonlinearity', 'static', [], 'hidden layers explicitly "linear" in the alert model'),
 'no-nonlinearity.moons-linear-hidden': ('no-nonlinearity', 'static', [], 'linear hidden layers on the moons check the trainers use before real data'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 5 (meant 5e-3)'),
 'lr-out-of-range.sgd-lr-negative': ('lr-out-of-range', 'static', ['invalid-spec'], 'negative sgd rate -0.01'),
 'lr-out-of-range.rmsprop-lr-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-9 (a typo for 1e-3)'),
 'dead-relu.bias-minus-5': ('dead-relu', 'probe', [], 'relu bias initialised to -5 ("sparse activations") on the pass/fail model: most units never fire'),
 'dead-relu.bias-negative-deep': ('dead-relu', 'probe', [], 'bias -3 on two relu layers of the placement classifier: the second layer is dead'),
 'dead-relu.adam-lr-high': ('dead-relu', 'probe', ['lr-too-high'], 'adam lr 0.5 on a two-layer relu alert model: the second layer dies'),
 'exploding-gradient.raw-dogs-sgd': ('dead-relu', 'probe', ['lr-too-high', 'exploding-gradient'], 'raw unnormalised dog records (sessions in the hundreds) with sgd 0.05 momentum 0.9: first step overshoots and every hidden relu dies'),
 'nan-loss.rmsprop-no-norm-huge-lr': ('dead-relu', 'probe', ['lr-too-high', 'exploding-gradient'], 'raw dog records with sgd 1.0 momentum 0.95: the first steps kill every relu of both hidden layers'),
 'exploding-gradient.raw-everything-rmsprop-elu': ('exploding-gradient', 'probe', [], 'neither features (latency in ms, handler hours) nor weeks target normalised, elu net with rmsprop'),
 'exploding-gradient.deep-wide-init-raw-target': ('exploding-gradient', 'probe', ['init-scale'], 'eight relu layers with normal std 0.5 init and the raw weeks target'),
 'nan-loss.raw-latency-sgd': ('exploding-gradient', 'probe', ['lr-too-high'], 'raw cue latency (ms) and raw weeks with sgd 0.5 momentum 0.9, batch 8: gradients in the thousands, hidden layers saturated or dead'),
 'vanishing-gradient.deep-sigmoid-stack': ('vanishing-gradient', 'probe', [], 'eight sigmoid layers of 16 under plain sgd'),
 'vanishing-gradient.deep-tanh-tiny-init': ('vanishing-gradient', 'probe', ['init-scale'], 'seven tanh layers with normal std 0.02 init'),
 'vanishing-gradient.deep-sigmoid-regression': ('vanishing-gradient', 'probe', [], 'ten sigmoid layers for the weeks regression'),
 'nan-loss.raw-target-adam-huge-lr': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'raw features (latency in ms) with plain sgd 0.1: the loss overflows in the first epoch'),
 'dead-relu.sgd-lr-high-kills': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw features and raw weeks target with sgd 0.05, batch 16: NaN in the first epoch'),
 'exploding-gradient.raw-features-raw-target': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw latency/handler-hours features with sgd 0.001 momentum 0.9: NaN in the first epoch'),
 'lr-too-high.sgd-2-alerts': ('lr-too-high', 'probe', ['oscillating-loss'], 'plain sgd lr 8 on the alert model ("logistic models like big rates"): loss bounces above the baseline'),
 'lr-too-high.momentum-sgd-dogs': ('lr-too-high', 'probe', ['oscillating-loss'], 'sgd lr 3 momentum 0.9 on the pass/fail model: loss climbs to several times the baseline'),
 'lr-too-high.rmsprop-0.1-readiness': ('lr-too-high', 'probe', ['dead-relu', 'oscillating-loss'], 'rmsprop lr 0.1 on the weeks regression: first epoch loss 36x baseline, most relus dead, loss stays noisy at about twice what the same net reaches at 0.001'),
 'lr-too-low.sgd-1e-5-dogs': ('lr-too-low', 'probe', [], 'plain sgd lr 1e-5 on the pass/fail model for 60 epochs'),
 'lr-too-low.adam-1e-6-placement': ('lr-too-low', 'probe', [], 'adam lr 1e-6 on the placement classifier'),
 'lr-too-low.rmsprop-2e-6-readiness': ('lr-too-low', 'probe', [], 'rmsprop lr 2e-6 on the weeks regression'),
 'lr-too-low.nesterov-1e-5-alerts': ('lr-too-low', 'probe', [], 'nesterov sgd lr 1e-5 on the alert model'),
 'saturated-activation.raw-features-sigmoid': ('saturated-activation', 'probe', [], 'raw features (ms, hours) into a sigmoid layer with std 1 init: every unit pinned'),
 'saturated-activation.tanh-big-bias': ('saturated-activation', 'probe', [], 'tanh layer with bias 6: every unit at +1'),
 'saturated-activation.raw-alerts-tanh': ('saturated-activation', 'probe', [], 'raw decibel readings into tanh units with std 1 init'),
 'loss-plateau.sigmoid-deep-sgd-circles': ('loss-plateau', 'training', ['lr-too-low'], 'narrow sigmoid net (4, 4) with plain sgd 0.01 on circles: stuck at the baseline'),
 'loss-plateau.tiny-width-spirals': ('loss-plateau', 'training', [], 'two relu units for three spirals: stalls far above what a wider net reaches'),
 'loss-plateau.heavy-weight-decay': ('loss-plateau', 'training', [], 'weightDecay 2 (meant 2e-4) on the placement classifier: the loss returns to the baseline and stays'),
 'loss-plateau.dropout-0.9-dogs': ('loss-plateau', 'training', [], 'dropout 0.9 after each hidden layer of the pass/fail model'),
 'oscillating-loss.momentum-099-fullbatch': ('oscillating-loss', 'training', ['lr-too-high'], 'sgd 0.3 with momentum 0.99 on the full batch: loss zig-zags every epoch'),
 'oscillating-loss.sgd-batch1-high-lr': ('oscillating-loss', 'training', ['lr-too-high'], 'sgd 0.5 with batch size 1 on the alert trials: loss swings and does not settle'),
}
D = {
 'invalid-spec.units-zero': 'valid fault, dropped only to keep the set within 65 faults',
 'invalid-spec.batchsize-negative': 'valid fault, dropped only to keep the set within 65 faults',
 'data-error.timestamp-feature': 'valid fault, dropped only to keep the set within 65 faults',
 'data-error.feature-name-not-in-header': 'valid fault, dropped only to keep the set within 65 faults',
 'loss-activation-mismatch.cce-sigmoid-head': 'dropped to keep within 65 faults; its loss went to 7e-4 (sigmoid outputs all pushed to 1), an odd symptom',
 'init-scale.sigmoid-std-5': 'dropped to keep within 65 faults',
 'lr-out-of-range.sgd-lr-40': 'dropped to keep within 65 faults',
 'no-nonlinearity.linear-deep-readiness': 'dropped: the weeks target is nearly linear, so linear layers reach 0.14 of baseline, close to the healthy nets; borderline',
 'saturated-activation.raw-dogs-sigmoid': 'dropped to keep within 65 faults',
 'exploding-gradient.raw-target-weeks': 'author bug: the target was standardised after all (ready() default), trained well (0.09 of baseline)',
 'exploding-gradient.raw-weeks-adam': 'borderline: gradient peak 432 only, ends at 0.39 of baseline',
 'exploding-gradient.raw-sessions-sgd-small': 'borderline: gradients up to 160 only, no clear symptom beyond a poor fit',
 'lr-too-high.adam-0.3-placement': 'spiky curve but ends at 0.02 of baseline: borderline',
 'oscillating-loss.adam-0.05-batch2': 'spiky but ends at 0.03 of baseline: borderline',
 'oscillating-loss.rmsprop-fullbatch': 'loss mostly falls steadily with small waves: not oscillating',
 'ok.dogs-minmax-rmsprop': 'ends at 0.62 of baseline after a minimum of 0.59 region; worse than the other healthy dogs nets: borderline',
 'ok.alerts-rmsprop-batch4': 'ends at 0.59 of baseline, worse than the other alert nets (0.38-0.50): borderline',
}
H = {
 'ok.dogs-adam-relu': 'dogs.csv standard, [16 relu, 1 sigmoid], bce, adam 0.003, batch 32',
 'ok.dogs-sgd-momentum-tanh': 'dogs.csv, [24 tanh, 12 tanh, 1 sigmoid], bce, sgd 0.05 momentum 0.9',
 'ok.dogs-nesterov-elu-val': 'dogs.csv, [16 elu, 1 sigmoid], nesterov sgd 0.03, batch 16, validationSplit 0.2',
 'ok.dogs-batchnorm-fullbatch': 'dogs.csv, [32 relu batchNorm, 1 sigmoid], adam 0.01, full batch 420, 200 epochs',
 'ok.dogs-plain-sgd-batch8': 'dogs.csv, [8 leaky_relu, 1 sigmoid], plain sgd 0.05, batch 8',
 'ok.dogs-two-class-softmax': 'dogs.csv pass/fail as 2-class softmax with cce, adam 0.003',
 'ok.dogs-logistic-no-hidden': 'dogs.csv, logistic regression (single sigmoid layer), adam 0.02, batch 64',
 'ok.dogs-uniform-init-small-net': 'dogs.csv, [8 relu he_uniform, 1 sigmoid xavier_normal], adam 0.005, batch 64',
 'ok.placement-adam-relu': 'placement.csv (3 classes, rare career_change), [32 relu, 3 softmax], cce, adam 0.003',
 'ok.placement-deep-elu-dropout': 'placement.csv, [32 elu, dropout 0.2, 32 elu, dropout 0.2, 16 elu, 3 softmax], adam 0.002 weightDecay 1e-4',
 'ok.placement-rmsprop-tanh-val': 'placement.csv, [16 tanh, 3 softmax], rmsprop 0.003, batch 16, validationSplit 0.25',
 'ok.placement-minmax-sgd-momentum': 'placement.csv minmax, [24 relu, 3 softmax], sgd 0.1 momentum 0.9, 150 epochs',
 'ok.placement-batch1-sgd': 'placement.csv, [12 relu, 3 softmax], plain sgd 0.005, batch 1, 40 epochs',
 'ok.placement-batchnorm-deep': 'placement.csv, two relu layers of 32 with batchNorm, adam 0.005, batch 64',
 'ok.placement-clipnorm-nesterov': 'placement.csv, [24 leaky_relu, 3 softmax], nesterov sgd 0.05 clipNorm 1',
 'ok.placement-sigmoid-hidden-adam': 'placement.csv, [16 sigmoid, 3 softmax], adam 0.01',
 'ok.readiness-adam-relu': 'readiness.csv, features and target standardised, [32 relu, 1], mse, adam 0.003',
 'ok.readiness-linear-regression': 'readiness.csv standardised, single linear layer, plain sgd 0.05',
 'ok.readiness-minmax-target': 'readiness.csv minmax features and target, [16 tanh, 1], adam 0.005, batch 16',
 'ok.readiness-rmsprop-deep': 'readiness.csv, [32 relu, 32 relu, 16 relu, 1], rmsprop 0.001',
 'ok.readiness-eu-export': 'readiness-eu.csv (semicolons, decimal commas), [24 elu, 1], adam 0.003',
 'ok.readiness-sgd-momentum-clip': 'readiness.csv, [16 tanh, 1], sgd 0.02 momentum 0.9 clipNorm 5',
 'ok.readiness-fullbatch-adam': 'readiness.csv, [24 relu, 1], adam 0.02, full batch 380, 300 epochs',
 'ok.readiness-weight-decay-val': 'readiness.csv, [32 leaky_relu, 1], adam 0.003 weightDecay 1e-3, validationSplit 0.2',
 'ok.readiness-batch1-adam': 'readiness.csv, [8 relu, 1], adam 0.001, batch 1, 30 epochs',
 'ok.alerts-tab-adam': 'alerts.csv (tab-separated, id column left out), [16 relu, 1 sigmoid], bce, adam 0.005',
 'ok.alerts-sigmoid-hidden-sgd': 'alerts.csv, [8 sigmoid, 1 sigmoid], plain sgd 0.5, 150 epochs',
 'ok.alerts-deep-narrow-tanh': 'alerts.csv, three tanh layers of 8, adam 0.003',
 'ok.alerts-lecun-init': 'alerts.csv, [16 tanh lecun_normal, 1 sigmoid], sgd 0.1 momentum 0.5',
 'ok.alerts-fullbatch-nesterov': 'alerts.csv, [12 relu, 1 sigmoid], nesterov sgd 0.3, full batch 300, 300 epochs',
 'ok.iris-adam': 'iris standard, [8 relu, 3 softmax], adam 0.01, batch 16',
 'ok.iris-minmax-sgd': 'iris minmax, [16 tanh, 3 softmax], sgd 0.1 momentum 0.9',
 'ok.moons-relu': 'moons 300, [16 relu, 16 relu, 1 sigmoid], adam 0.01',
 'ok.circles-tanh': 'circles 300, [16 tanh, 1 sigmoid], adam 0.02, 200 epochs',
 'ok.xor-leaky': 'xor, [12 leaky_relu, 1 sigmoid], adam 0.01, batch 16',
 'ok.spirals-wide-deep': 'spirals 3 classes, [64 relu, 64 relu, 3 softmax], adam 0.005, 300 epochs',
 'ok.blobs-4-rmsprop': 'blobs 4 classes, [8 relu, 4 softmax], rmsprop 0.005',
 'ok.sine-tanh': 'sine, [32 tanh, 32 tanh, 1], mse, adam 0.005, 300 epochs',
 'ok.inline-harness-fit': 'inline table (girth cm, puppy flag -> harness small/large string labels), [4 tanh, 1 sigmoid], adam 0.05 full batch',
 'ok.inline-cost-per-week': 'inline table weeks -> training cost, normalize and normalizeTarget standard, single linear layer, sgd 0.1',
}
names = [f[:-len('.nn.json')] for f in os.listdir(cand) if f.endswith('.nn.json')]
assert set(names) == set(F) | set(D) | set(H), (set(names) ^ (set(F) | set(D) | set(H)))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(here, d), exist_ok=True)
faults, healthy = [], []
for n in sorted(F):
    code, stage, extra, text = F[n]
    new = n if n.startswith(code + '.') else code + '.' + n.split('.', 1)[1]
    shutil.move(os.path.join(cand, n + '.nn.json'), os.path.join(here, 'faulty', new + '.nn.json'))
    faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[n]})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
for n in sorted(H):
    shutil.move(os.path.join(cand, n + '.nn.json'), os.path.join(here, 'healthy', n + '.nn.json'))
    healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{H[n]} (observe: {obs[n]})'})
for n in sorted(D):
    shutil.move(os.path.join(cand, n + '.nn.json'), os.path.join(here, 'dropped', n + '.nn.json'))
about = ('Blind fault set 218 (issue #4), written blind and frozen before the product was run on it; no one tunes on it. '
         'Theme: a hearing-dog and guide-dog training school. Data (data/generate.ts, seeds 218 and 2181-2183): dogs.csv (420 dogs, pass/fail at final assessment, '
         'skewed startle-recovery seconds, session counts, a kennel number with no effect, id and date text columns), dogs-gaps.csv (with NA, n/a and empty cells), '
         'placement.csv (360 puppies, guide/hearing/career_change with the last rare, height and weight collinear), readiness.csv (380 dogs, weeks to certification in raw weeks, '
         'cue latency in ms, handler hours), readiness-eu.csv (semicolons and decimal commas), alerts.csv (300 tab-separated sound-alert trials). '
         '"stage" is the writer\'s expectation of the earliest stage that could catch a fault, "catches" the codes whose advice would fix it. '
         'Each fault and healthy entry ends with its observe.ts --summary line (observed.txt); curves in observed-curves.txt. Dropped candidates and reasons are in README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=1)
os.rmdir(cand)
from collections import Counter
print(len(faults), len(healthy), len(D)); print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
