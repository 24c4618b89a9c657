#!/usr/bin/env python3
"""Verdicts of fault set blind243: files candidates/ into faulty/, healthy/ and dropped/ and writes manifest.json.
Run from the set's folder after observed.txt exists: python3 write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?(?::| does not parse)', line)
    if m:
        obs[m.group(1)] = line

def o(name):
    return obs[name]

# (candidate, final code, stage, extra catches, fault text)
F = [
 ('invalid-spec.adamw-optimizer', 'invalid-spec', 'static', [], 'optimizer written "adamw" (PyTorch name) for an injury classifier'),
 ('invalid-spec.keras-loss-name', 'invalid-spec', 'static', [], 'loss written "categorical_crossentropy" (Keras name) for the harness-position classifier'),
 ('invalid-spec.dropout-rate-percent', 'invalid-spec', 'static', [], 'dropout rate written as 20 (percent) instead of 0.2 in the tour-duration regressor'),
 ('invalid-spec.trailing-comma', 'invalid-spec', 'static', [], 'hand-edited spec left a trailing comma after the last layer'),
 ('data-error.target-typo', 'data-error', 'static', [], 'target column written "injury" while the vet-book export calls it "injured"'),
 ('data-error.missing-file', 'data-error', 'static', [], 'spec points at dog_roster.csv, a file that was never exported (the roster is dogs.csv)'),
 ('data-error.na-weather-gaps', 'data-error', 'static', [], 'trained on the uncleaned booking export whose wind and fresh-snow columns hold NA and blanks from weather-station outages'),
 ('data-error.path-outside-workspace', 'data-error', 'static', [], "data path climbs out of the workspace into the musher's home folder"),
 ('shape-mismatch.three-positions', 'shape-mismatch', 'static', [], 'softmax head of 3 units for 4 harness positions (lead, swing, team, wheel): the rare lead class forgotten'),
 ('shape-mismatch.outcome-two-units', 'shape-mismatch', 'static', [], 'tour outcome (completed/shortened/cancelled) given a 2-unit softmax head, as if it were completed vs not'),
 ('shape-mismatch.two-heads-one-target', 'shape-mismatch', 'static', [], 'duration regressor with 2 output units for the single duration_h target'),
 ('shape-mismatch.one-unit-two-targets', 'shape-mismatch', 'static', [], 'two targets (duration_h and revenue_nok) but one output unit'),
 ('loss-activation-mismatch.softmax-mse-position', 'loss-activation-mismatch', 'static', [], 'softmax head trained with mse on harness positions instead of cce'),
 ('loss-activation-mismatch.bce-linear-head', 'loss-activation-mismatch', 'static', [], 'injury classifier with bce but a linear output (sigmoid forgotten)'),
 ('loss-activation-mismatch.sigmoid-head-hours', 'loss-activation-mismatch', 'static', [], 'tour duration in hours (1-8 h) predicted through a sigmoid head that cannot exceed 1'),
 ('loss-activation-mismatch.tanh-head-feed-kg', 'loss-activation-mismatch', 'static', [], 'daily feed in kg (25-60) predicted through a tanh head capped at 1'),
 ('init-symmetry.zeros-hidden', 'init-symmetry', 'static', [], '24-unit tanh hidden layer initialised to zeros: all units stay identical'),
 ('init-symmetry.constant-hidden', 'init-symmetry', 'static', [], '16-unit relu layer initialised to constant 0.1: units stay copies of each other (loss still falls, through one effective unit)'),
 ('init-symmetry.zeros-both-layers', 'init-symmetry', 'static', [], 'every layer of the feed regressor initialised to zeros: no gradient reaches the hidden layers'),
 ('init-symmetry.constant-sigmoid-stack', 'init-symmetry', 'static', [], 'two sigmoid hidden layers initialised to constant 0.05'),
 ('init-scale.normal-std-10', 'init-scale', 'static', ['saturated-activation'], 'tanh layer initialised normal std 10: most units saturated from the start'),
 ('init-scale.uniform-tiny-deep', 'init-scale', 'static', ['vanishing-gradient'], 'three relu layers initialised uniform limit 1e-5: signal and gradients vanish, stuck at baseline'),
 ('init-scale.normal-std-25-relu', 'init-scale', 'static', ['exploding-gradient', 'nan-loss'], 'relu layers initialised normal std 25: activations blow up to NaN'),
 ('init-scale.normal-1e-4-stack', 'init-scale', 'static', ['vanishing-gradient'], 'three tanh layers initialised normal std 1e-4: stuck at the prior'),
 ('no-nonlinearity.linear-stack-position', 'no-nonlinearity', 'static', [], 'two 32-unit hidden layers with no activation on harness positions'),
 ('no-nonlinearity.moons-linear-hidden', 'no-nonlinearity', 'static', [], 'three linear hidden layers on moons: a linear classifier'),
 ('no-nonlinearity.circles-linear-deep', 'no-nonlinearity', 'static', [], 'linear hidden layers (he_normal init, as if relu) on circles: stuck at chance'),
 ('lr-out-of-range.adam-lr-3', 'lr-out-of-range', 'static', ['lr-too-high'], 'adam with lr 3'),
 ('lr-out-of-range.sgd-lr-40', 'lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd with lr 40 (typed 40 for 0.040)'),
 ('lr-out-of-range.rmsprop-lr-8', 'lr-out-of-range', 'static', ['lr-too-high'], 'rmsprop with lr 8'),
 ('lr-out-of-range.adam-lr-1e-9', 'lr-out-of-range', 'static', ['lr-too-low'], 'adam with lr 1e-9'),
 ('dead-relu.negative-bias-hidden', 'dead-relu', 'probe', [], 'relu hidden layer with bias -6 (copied from a threshold idea): 94% of units never fire'),
 ('dead-relu.raw-km-sgd-jump', 'dead-relu', 'probe', ['exploding-gradient'], 'raw, unnormalised features (season_km in thousands, kcal in thousands) with plain sgd 0.05: the first huge step kills every relu unit'),
 ('dead-relu.bias-minus-4-deep', 'dead-relu', 'probe', [], 'two relu layers with bias -4: 97% of the second layer dead, loss stays above baseline'),
 ('exploding-gradient.raw-feed-log', 'exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'feed log trained on raw features (km_total in hundreds) with sgd momentum: gradients explode, NaN at epoch 4'),
 ('exploding-gradient.raw-season-km', 'exploding-gradient', 'probe', [], 'daily_kcal target (around 2300) and raw season_km feature, nothing normalised: gradient norms in the millions, loss stuck near baseline'),
 ('nan-loss.raw-revenue-momentum', 'exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'raw revenue in NOK (thousands) as target and raw features, sgd momentum 0.9: gradients reach 1e16, all relu units die, loss stuck at baseline (written as nan-loss, did not go NaN)'),
 ('vanishing-gradient.deep-sigmoid-8', 'vanishing-gradient', 'probe', [], 'eight sigmoid hidden layers with plain sgd: first-layer gradients around 1e-6, stuck at baseline'),
 ('vanishing-gradient.tanh-small-init-deep', 'vanishing-gradient', 'probe', ['init-scale'], 'seven tanh layers initialised normal std 0.02: first-layer gradients around 1e-7'),
 ('vanishing-gradient.sigmoid-10-spirals', 'vanishing-gradient', 'probe', [], 'ten sigmoid layers on spirals: first-layer gradients around 1e-7'),
 ('vanishing-gradient.sigmoid-6-feed', 'vanishing-gradient', 'probe', [], 'six sigmoid layers on the feed regression: first-layer gradients three orders smaller than the last, loss at baseline'),
 ('nan-loss.nesterov-raw-revenue-batch-4', 'nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw revenue target, linear layers, nesterov sgd 0.05 with batch 4: NaN in the first epoch'),
 ('dead-relu.high-lr-momentum-kill', 'nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'feed regressor with raw kg target and sgd 0.3 momentum 0.9, batch 8: NaN in the first epoch (written as dead-relu)'),
 ('exploding-gradient.raw-revenue-target', 'nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'revenue in NOK (thousands) as raw mse target with sgd 0.001: NaN in the first epoch (written as exploding-gradient)'),
 ('oscillating-loss.momentum-batch-4', 'nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'duration regressor with sgd 0.1 momentum 0.95 batch 4: NaN in the first epoch (written as oscillating-loss)'),
 ('lr-too-high.adam-0.5-injury', 'lr-too-high', 'probe', ['dead-relu'], 'adam lr 0.5 on the injury classifier: collapses to the prior within 3 epochs and drifts up, second layer 94% dead'),
 ('lr-too-high.nesterov-1.5-outcome', 'lr-too-high', 'probe', ['oscillating-loss'], 'nesterov sgd lr 1.5 on tour outcome: loss jumps to 70 and bounces between 3 and 14, 7x baseline at the end'),
 ('lr-too-high.rmsprop-0.3-duration', 'lr-too-high', 'probe', ['oscillating-loss'], 'rmsprop lr 0.3 on duration: bounces between 0.66 and 3.4, ends 4x baseline'),
 ('oscillating-loss.sgd-fullbatch-edge', 'lr-too-high', 'probe', ['nan-loss'], 'full-batch sgd 0.48 on the feed regression with raw target: loss 1858, 101, then 7.8e8, Inf at epoch 5 (written as oscillating-loss)'),
 ('lr-too-low.sgd-1e-5-position', 'lr-too-low', 'probe', [], 'plain sgd lr 1e-5 on positions: loss moves 1.47 to 1.45 in 100 epochs'),
 ('lr-too-low.adam-1e-6-duration', 'lr-too-low', 'probe', [], 'adam lr 1e-6 on duration: 11x baseline after 150 epochs'),
 ('lr-too-low.rmsprop-2e-6-feed', 'lr-too-low', 'probe', [], 'rmsprop lr 2e-6 on feed: 50x baseline after 150 epochs'),
 ('lr-too-low.momentum-1e-5-injury', 'lr-too-low', 'probe', [], 'sgd momentum lr 1e-5 on injuries: 2.4x baseline after 100 epochs'),
 ('loss-plateau.clipnorm-tiny', 'lr-too-low', 'probe', ['loss-plateau'], 'clipNorm 1e-4 on the feed regression with raw kg target: every step clipped to nothing, 51x baseline, barely moves (written as loss-plateau)'),
 ('saturated-activation.sigmoid-raw-km', 'saturated-activation', 'probe', [], 'sigmoid hidden layer on raw features (season_km, kcal in thousands): 100% saturated, loss near baseline'),
 ('saturated-activation.tanh-std-3', 'saturated-activation', 'probe', ['init-scale'], 'two tanh layers initialised normal std 3: 75-88% saturated, slow learning'),
 ('saturated-activation.tanh-raw-feed', 'saturated-activation', 'probe', [], 'tanh hidden layer on raw feed-log features (km_total in hundreds): 100% saturated, 10x baseline'),
 ('saturated-activation.sigmoid-bias-8', 'saturated-activation', 'probe', [], 'sigmoid hidden layer with bias 8: every unit pinned at 1, loss at baseline'),
 ('loss-plateau.weight-decay-heavy', 'loss-plateau', 'training', [], 'adam with weightDecay 2 (meant 2e-4?) on positions: loss stalls at baseline'),
 ('loss-plateau.sigmoid-sgd-slow-xor', 'loss-plateau', 'training', [], '4 sigmoid units on xor with plain sgd 0.05: stalls at chance for 150 epochs'),
 ('loss-plateau.dropout-0.9-duration', 'loss-plateau', 'training', [], 'dropout 0.9 after both hidden layers of the duration regressor: stalls above baseline'),
 ('loss-plateau.circles-sgd-deep-tanh', 'loss-plateau', 'training', ['vanishing-gradient', 'init-scale'], 'two tanh layers initialised normal std 0.01 on circles with plain sgd: flat at chance for 150 epochs'),
 ('oscillating-loss.position-tanh-momentum-1', 'oscillating-loss', 'training', ['lr-too-high'], 'sgd lr 1.0 momentum 0.9 on positions: loss swings between 0.79 and 1.79 and never settles'),
 ('lr-too-high.sgd-2-position', 'oscillating-loss', 'training', ['lr-too-high'], 'plain sgd lr 2 on positions: loss bounces between 0.53 and 0.87 for 80 epochs (written as lr-too-high)'),
]

H = {
 'ok.position-adam-two-hidden': 'dogs.csv standard, [32 relu, 16 relu, 4 softmax], cce, adam 0.003, batch 32',
 'ok.position-sgd-momentum-minmax': 'dogs.csv minmax, [32 tanh, 4 softmax], cce, sgd 0.1 momentum 0.9, batch 16',
 'ok.position-rmsprop-bn': 'dogs.csv standard, [32 relu batchNorm, 16 relu, 4 softmax], cce, rmsprop 0.002',
 'ok.position-nesterov-elu': 'dogs.csv standard, [24 elu, 24 elu, 4 softmax], cce, nesterov sgd 0.05',
 'ok.position-wide-dropout-adam': 'dogs.csv standard, [64 relu, dropout 0.3, 4 softmax], cce, adam 0.002 weightDecay 1e-4, batch 64',
 'ok.injury-sgd-plain-tanh': 'dogs.csv standard, [12 tanh, 1 sigmoid], bce, plain sgd 0.1, batch 16, 200 epochs',
 'ok.injury-dropout-val': 'dogs.csv standard, [32 relu, dropout 0.2, 16 relu, 1 sigmoid], bce, adam 0.002, validationSplit 0.2',
 'ok.injury-lecun-tanh-nesterov': 'dogs.csv standard, [16 tanh lecun_normal, 8 tanh lecun_normal, 1 sigmoid], bce, nesterov sgd 0.05',
 'ok.injury-he-uniform-batch-8': 'dogs.csv standard, [24 relu he_uniform, 1 sigmoid], bce, sgd 0.02 momentum 0.9, batch 8',
 'ok.duration-adam-relu': 'tours.csv (semicolons, decimal commas) standard, [32 relu, 16 relu, 1], mse, adam 0.003',
 'ok.duration-rmsprop-tanh': 'tours.csv standard, [24 tanh, 1], mse, rmsprop 0.003, 200 epochs',
 'ok.duration-batch-1-sgd': 'tours.csv standard, [16 tanh, 1], mse, plain sgd 0.005, batch 1, 40 epochs',
 'ok.duration-fullbatch-adam': 'tours.csv standard, [32 elu, 32 elu, 1], mse, adam 0.01, full batch 360, 400 epochs',
 'ok.duration-unusual-sigmoid-hidden-sgd': 'tours.csv standard, [16 sigmoid, 1], mse, sgd 0.2 momentum 0.9 (unusual sigmoid hidden regression, trains well)',
 'ok.duration-weather-only-wd': 'tours.csv 4 features standard, [32 relu, 1], mse, adam 0.003 weightDecay 1e-3',
 'ok.revenue-normalize-target': 'tours.csv revenue_nok, standard + normalizeTarget standard, [16 relu, 1], mse, adam 0.005',
 'ok.revenue-minmax-target-sgd': 'tours.csv revenue_nok, minmax + normalizeTarget minmax, [16 relu, 1], mse, sgd 0.1 momentum 0.9',
 'ok.revenue-bn-rmsprop-clip': 'tours.csv revenue_nok normalizeTarget standard, [32 relu batchNorm, 1], mse, rmsprop 0.003 clipNorm 5',
 'ok.two-targets-duration-revenue': 'tours.csv two targets normalizeTarget standard, [32 relu, 2], mse, adam 0.003',
 'ok.outcome-adam-clipnorm': 'tours.csv outcome (3 string classes, cancelled rare), [32 relu, 16 relu, 3 softmax], cce, adam 0.003 clipNorm 1',
 'ok.outcome-rmsprop-wd': 'tours.csv outcome, [24 tanh, 3 softmax], cce, rmsprop 0.003 weightDecay 1e-4',
 'ok.outcome-deep-bn-sgd': 'tours.csv outcome, [32 relu bn, 32 relu bn, 16 relu bn, 3 softmax], cce, sgd 0.05 momentum 0.9',
 'ok.outcome-fullbatch-adam-long': 'tours.csv outcome, [16 elu, 3 softmax], cce, adam 0.01, full batch, 500 epochs',
 'ok.feed-adam': 'feed.csv (tab-separated) standard, raw kg target, [16 relu, 1], mse, adam 0.01',
 'ok.feed-linear-regression': 'feed.csv standard, [1 linear], mse, plain sgd 0.05, batch 16',
 'ok.feed-nesterov-tanh-target-norm': 'feed.csv standard + normalizeTarget standard, [16 tanh, 8 tanh, 1], mse, nesterov sgd 0.03',
 'ok.feed-deep-narrow-leaky': 'feed.csv standard, [8 leaky_relu x4, 1], mse, adam 0.003, batch 16',
 'ok.moons-relu-adam': 'builtin moons 300, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.circles-tanh-sgd': 'builtin circles 300, [16 tanh, 1 sigmoid], bce, sgd 0.3 momentum 0.9',
 'ok.spirals-wide-adam': 'builtin spirals 3 classes, [64 relu, 64 relu, 3 softmax], cce, adam 0.005, 300 epochs',
 'ok.iris-sigmoid-hidden': 'builtin iris standard, [8 sigmoid, 3 softmax], cce, adam 0.02, batch 16',
 'ok.blobs-four-rmsprop': 'builtin blobs 4 classes, [16 relu, 4 softmax], cce, rmsprop 0.005',
 'ok.sine-tanh-deep': 'builtin sine, [32 tanh, 32 tanh, 1], mse, adam 0.005, 300 epochs',
 'ok.xor-elu-sgd': 'builtin xor, [16 elu, 1 sigmoid], bce, sgd 0.2 momentum 0.9',
 'ok.inline-harness-fit': 'inline 16 dogs (weight, age) -> wheel-capable 0/1, standard, [4 tanh, 1 sigmoid], bce, adam 0.05, full batch',
 'ok.inline-trail-time': 'inline 14 trails km -> hours, minmax, [1 linear], mse, adam 0.05, 300 epochs',
}

D = {
 'invalid-spec.glorot-init-name': 'set size: invalid-spec already has 4 (refused as expected: unknown init "glorot_uniform")',
 'invalid-spec.batch-size-zero': 'set size: invalid-spec already has 4 (refused as expected: batchSize 0)',
 'data-error.name-column-as-feature': 'set size: data-error already has 4 (did not load as expected: text "name" feature)',
 'data-error.booking-timestamp-feature': 'set size: data-error already has 4 (did not load as expected: timestamp text feature)',
 'shape-mismatch.injury-two-sigmoid': 'the engine accepted 2 sigmoid outputs with bce on 0/1 labels and trained to 0.61 of baseline: not a clear shape fault',
 'loss-activation-mismatch.cce-sigmoid-head': 'set size, and its loss fell to 1e-7 (a meaningless value), an odd case better left out',
 'no-nonlinearity.three-linear-duration': 'borderline: the all-linear stack still reached 0.07 of baseline on a nearly linear target',
 'exploding-gradient.deep-normal-1': 'trained well (0.11 of baseline), gradient norms only up to 32: not an exploding gradient',
 'nan-loss.feed-raw-big-lr': 'set size: nan-loss already has 4 (NaN at epoch 1)',
 'nan-loss.raw-kcal-sgd': 'set size: nan-loss already has 4 (NaN at epoch 1)',
 'lr-too-high.momentum-0.99-feed': 'went NaN at epoch 1 (would be nan-loss); set size: nan-loss already has 4',
 'oscillating-loss.adam-batch-1-injury': 'the loss trended down with small noise (0.40 to 0.25): not clearly oscillating',
 'oscillating-loss.rmsprop-0.05-feed': 'the loss fell steadily (133 to 2.7): not oscillating',
 'oscillating-loss.outcome-adam-0.1-batch-8': 'settled around 0.30 with one late spike: borderline',
 'oscillating-loss.feed-normtarget-momentum-0.5': 'NaN at epoch 1 (would be nan-loss, already 4)',
 'oscillating-loss.duration-rmsprop-0.05-batch-8': 'trained to 0.09 of baseline with 94% dead first-layer units: ambiguous, neither healthy nor clearly faulty',
 'ok.kcal-from-weight-km': 'not healthy: raw kcal target (about 2300) without normalizeTarget ended at 0.37 of baseline where a linear fit does far better',
 'ok.kcal-normtarget-deep-elu': 'not healthy: despite its name it has no normalizeTarget; raw kcal target ended at 0.20 of baseline',
 'ok.injury-rmsprop-leaky': 'borderline healthy: 0.70 of baseline, accuracy 0.892 against a 0.870 prior',
 'ok.injury-adam-relu': 'borderline healthy: 0.59 of baseline, accuracy 0.905, where other injury specs reach about 0.4',
 'ok.duration-sgd-momentum-minmax': 'trained well but 53% of its relu units dead: a healthy spec that may look faulty',
 'ok.feed-rmsprop-minmax': 'trained well but 63-67% of its elu units reported dead (the observer counts elu as relu family): a healthy spec that may look faulty',
}

cand = os.path.join(HERE, 'candidates')
names = sorted(f[:-len('.nn.json')] for f in os.listdir(cand))
used = set([f[0] for f in F]) | set(H) | set(D)
missing = [n for n in names if n not in used]
extra = [n for n in used if n not in names]
assert not missing and not extra, (missing, extra)
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, sub), exist_ok=True)

faults = []
for name, code, stage, extra_c, text in F:
    slug = name.split('.', 1)[1]
    new = f'{code}.{slug}'
    shutil.move(os.path.join(cand, name + '.nn.json'), os.path.join(HERE, 'faulty', new + '.nn.json'))
    faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {o(name)})', 'stage': stage, 'catches': [code] + [c for c in extra_c if c != code]})
healthy = []
for name, covers in H.items():
    shutil.move(os.path.join(cand, name + '.nn.json'), os.path.join(HERE, 'healthy', name + '.nn.json'))
    healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{covers} (observe: {o(name)})'})
dropped = {}
for name, reason in D.items():
    shutil.move(os.path.join(cand, name + '.nn.json'), os.path.join(HERE, 'dropped', name + '.nn.json'))
    dropped[name] = reason
json.dump(dropped, open(os.path.join(HERE, 'dropped', 'reasons.json'), 'w'), indent=1)
os.rmdir(cand)

about = ('Fault set blind243 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
 'Theme: sled-dog kennels and mushing tour operators. "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught, '
 '"catches" the codes whose advice would genuinely fix it. Each fault and healthy entry carries its bare-engine result from test/faults/observe.ts --summary '
 '(observed.txt); --curve for the lr-too-high, lr-too-low, plateau and oscillating candidates (observed-curves.txt). Data (data/generate.ts, seed 243): '
 'dogs.csv (400 dogs: weight, skewed age and season_km, heart rate, kcal collinear with weight and km, a coat_score with no effect, id and name text columns, '
 'injured 0/1 at 13%, harness position 4 string classes with lead rare), tours.csv (360 bookings exported with semicolons and decimal commas, a timestamp text column, '
 'duration_h, revenue_nok in thousands, outcome 3 string classes with cancelled rare), tours-gaps.csv (the same with NA and blank weather readings), '
 'feed.csv (300 days of the feed log, tab-separated, kg_feed target); plus builtins and two inline tables.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1)
print(len(faults), 'faults,', len(healthy), 'healthy,', len(dropped), 'dropped')
