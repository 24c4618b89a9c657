#!/usr/bin/env python3
"""Verdicts of fault set blind290 (cricket grounds): files candidates/ into faulty/, healthy/ and dropped/
and writes manifest.json. Run from this folder: python3 write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

# observe.ts --summary lines, keyed by candidate name (without .nn.json)
obs = {}
for line in open('observed.txt', encoding='utf8'):
    line = line.rstrip('\n')
    if not line.strip() or line.startswith('npm warn'):
        continue
    s = line.strip()
    m = re.match(r'([A-Za-z0-9_.\-]+?)(\.nn\.json)?[: ]', s)
    name = m.group(1)
    obs[name] = s

def o(name):
    return f"(observe: {obs[name]})"

# (candidate, code, stage, catches, fault text); a re-filed one names its new code
FAULTS = [
    ('invalid-spec.adamw-optimizer', 'invalid-spec', 'static', ['invalid-spec'], 'optimizer "adamw" copied from a PyTorch notebook; the engine has only sgd, adam, rmsprop'),
    ('invalid-spec.keras-loss-name', 'invalid-spec', 'static', ['invalid-spec'], 'loss written with the Keras name "categorical_crossentropy" for the pitch-type classifier'),
    ('invalid-spec.dropout-rate-percent', 'invalid-spec', 'static', ['invalid-spec'], 'dropout rate written as a percentage (20) instead of a fraction (0.2)'),
    ('invalid-spec.validation-split-whole', 'invalid-spec', 'static', ['invalid-spec'], 'validationSplit 1 (meant "hold out one in ten" as 0.1): nothing left to train on'),
    ('invalid-spec.activation-swish', 'invalid-spec', 'static', ['invalid-spec'], 'activation "swish" on both hidden layers of the overs-lost model; not an activation the format knows'),
    ('data-error.target-typo-runs', 'data-error', 'static', ['data-error'], 'target "first_innings_score" but the scorers\' column is "first_innings_runs"'),
    ('data-error.gaps-export-na', 'data-error', 'static', ['data-error'], 'trained on the raw groundstaff export with NA, n/a and empty readings instead of the cleaned pitches.csv'),
    ('data-error.ground-id-as-feature', 'data-error', 'static', ['data-error'], 'the text ground code GRD-xx added to the features'),
    ('data-error.season-file-missing', 'data-error', 'static', ['data-error'], 'points at next season\'s file pitches-2024.csv, which does not exist yet'),
    ('data-error.shared-drive-path', 'data-error', 'static', ['data-error'], 'csv path climbs out of the workspace to the groundstaff shared drive'),
    ('shape-mismatch.pitch-type-two-units', 'shape-mismatch', 'static', ['shape-mismatch'], 'pitch_type has three classes (flat, green, turner) but the softmax head has 2 units (turner forgotten)'),
    ('shape-mismatch.runs-three-heads', 'shape-mismatch', 'static', ['shape-mismatch'], 'three output units (one per session, from an older model) for the single first_innings_runs target'),
    ('shape-mismatch.two-targets-one-unit', 'shape-mismatch', 'static', ['shape-mismatch'], 'two target columns (overs_lost, covers_on_min) but one output unit'),
    ('shape-mismatch.iris-four-units', 'shape-mismatch', 'static', ['shape-mismatch'], 'smoke-test on iris with a 4-unit softmax head (copied from the blobs test); iris has 3 classes'),
    ('loss-activation-mismatch.bce-linear-head', 'loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'bce on a linear output for seam_friendly: the sigmoid head was left off'),
    ('loss-activation-mismatch.softmax-mse-runs', 'loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'single-unit softmax head for a regression of runs under mse: the output is always 1'),
    ('loss-activation-mismatch.relu-head-standard-target', 'loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'relu output on a standardised outfield-speed target: it cannot reach the negative half'),
    ('loss-activation-mismatch.tanh-head-overs-lost', 'loss-activation-mismatch', 'static', ['loss-activation-mismatch', 'saturated-activation'], 'tanh output for overs lost in raw overs (0 to 90): the head cannot go past 1 and pins'),
    ('init-symmetry.zeros-hidden-relu', 'init-symmetry', 'static', ['init-symmetry'], 'both tanh hidden layers (16 and 8 units) initialised to zeros "to start neutral" (the slug says relu; the layers are tanh)'),
    ('init-symmetry.constant-tanh-outfield', 'init-symmetry', 'static', ['init-symmetry'], 'constant 0.1 init on a 24-unit tanh layer: every unit stays a copy of the others'),
    ('init-symmetry.zeros-sigmoid-two-layers', 'init-symmetry', 'static', ['init-symmetry'], 'zeros init on two 12-unit sigmoid layers'),
    ('init-scale.normal-std-ten-tanh', 'init-scale', 'static', ['init-scale', 'saturated-activation'], 'normal init with std 10 on two tanh layers (std meant as 0.1)'),
    ('init-scale.uniform-tiny-deep', 'init-scale', 'static', ['init-scale', 'vanishing-gradient'], 'uniform init limit 1e-5 on every layer of a 3-hidden-layer relu net'),
    ('init-scale.normal-std-fifty-relu', 'init-scale', 'static', ['init-scale', 'exploding-gradient', 'nan-loss'], 'normal init std 50 on two relu layers'),
    ('init-scale.normal-std-tiny-sigmoid', 'init-scale', 'static', ['init-scale', 'vanishing-gradient'], 'normal init std 1e-4 on a three-sigmoid-layer pitch-type classifier'),
    ('no-nonlinearity.linear-stack-circles', 'no-nonlinearity', 'static', ['no-nonlinearity'], 'three linear hidden layers on circles'),
    ('no-nonlinearity.linear-hidden-moons', 'no-nonlinearity', 'static', ['no-nonlinearity'], 'two linear hidden layers on moons: a straight boundary only'),
    ('no-nonlinearity.default-activation-xor', 'no-nonlinearity', 'static', ['no-nonlinearity'], 'hidden layers written without "activation" (default linear) on xor'),
    ('no-nonlinearity.spirals-linear-bn', 'no-nonlinearity', 'static', ['no-nonlinearity'], 'batch-normed but linear hidden layers on 3-class spirals'),
    ('lr-out-of-range.adam-lr-five', 'lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'], 'adam lr 5 (meant 5e-3)'),
    ('lr-out-of-range.sgd-lr-forty', 'lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'sgd lr 40 (meant 0.04)'),
    ('lr-out-of-range.rmsprop-lr-1e-8', 'lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-low'], 'rmsprop lr 1e-8 (exponent typo for 1e-3)'),
    ('lr-out-of-range.adam-lr-1e-9', 'lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-low'], 'adam lr 1e-9'),
    ('dead-relu.negative-bias-start', 'dead-relu', 'probe', ['dead-relu'], 'relu layers started with bias -6 ("sparse activations"): on standardised pitch readings every unit is off from the start'),
    ('dead-relu.rmsprop-big-step-relu', 'dead-relu', 'probe', ['dead-relu', 'lr-too-high'], 'rmsprop at 0.5 on the seam classifier: the first steps knock the second relu layer dead'),
    ('exploding-gradient.raw-runs-target-adam', 'dead-relu', 'probe', ['dead-relu', 'exploding-gradient'], 'first-innings runs left in raw runs (about 310) under sgd momentum: the first huge steps kill the second relu layer and the net predicts a constant (re-filed from exploding-gradient)'),
    ('exploding-gradient.raw-attendance-target', 'exploding-gradient', 'probe', ['exploding-gradient', 'nan-loss'], 'gate attendance (thousands of people) as a raw mse target with sgd: gradients grow from 3e4 to 1e17 in four steps, then NaN (observed-steps.txt)'),
    ('exploding-gradient.deep-std-one', 'exploding-gradient', 'probe', ['exploding-gradient', 'init-scale', 'nan-loss'], 'four 32-unit relu layers with normal std 1 init: gradients 3e5 at step 1 and 1e17 at step 2, then NaN (observed-steps.txt)'),
    ('nan-loss.sgd-raw-attendance-lr', 'exploding-gradient', 'probe', ['exploding-gradient', 'nan-loss'], 'raw turnstile features and raw attendance target, sgd 0.01: loss 1e21 to 1e33, output-layer gradient up to 5e15 (re-filed from nan-loss: it stayed finite)'),
    ('oscillating-loss.sgd-full-batch-edge', 'exploding-gradient', 'probe', ['exploding-gradient', 'lr-too-high'], 'linear attendance model, full batch, sgd 0.8: the loss and gradient grow about fourfold every epoch (re-filed from oscillating-loss: it diverged)'),
    ('vanishing-gradient.deep-sigmoid-sgd', 'vanishing-gradient', 'probe', ['vanishing-gradient'], 'seven sigmoid hidden layers with plain sgd 0.01 on the seam classifier'),
    ('vanishing-gradient.ten-sigmoid-moons', 'vanishing-gradient', 'probe', ['vanishing-gradient'], 'ten sigmoid layers of 10 units on moons'),
    ('vanishing-gradient.deep-tanh-small-normal', 'vanishing-gradient', 'probe', ['vanishing-gradient', 'init-scale'], 'eight tanh layers with normal std 0.05 init on outfield speed'),
    ('vanishing-gradient.sigmoid-tower-gate', 'vanishing-gradient', 'probe', ['vanishing-gradient'], 'seven sigmoid layers for the rare sold-out flag, rmsprop 5e-4'),
    ('nan-loss.raw-covers-momentum', 'nan-loss', 'probe', ['nan-loss', 'exploding-gradient'], 'raw covers-log features and raw overs-lost target, sgd 0.05 momentum 0.9, batch 8'),
    ('nan-loss.runs-sgd-lr-half', 'nan-loss', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high'], 'raw runs target with sgd 0.5'),
    ('dead-relu.sgd-kick-raw-promo', 'nan-loss', 'probe', ['nan-loss', 'exploding-gradient'], 'unnormalised turnstile features (promo spend in pounds, capacity) under sgd: loss 1e7 then 1e42, Infinity at step 4 (observed-steps.txt) (re-filed from dead-relu)'),
    ('lr-too-high.momentum-covers', 'nan-loss', 'probe', ['nan-loss', 'lr-too-high'], 'sgd 0.3 with momentum 0.95 on overs lost: loss 3, 208, 1e5, 1e13, 1e38, Infinity in six steps (observed-steps.txt) (re-filed from lr-too-high)'),
    ('lr-too-high.adam-half-seam', 'lr-too-high', 'training', ['lr-too-high', 'dead-relu'], 'adam 0.3 on the seam classifier: reaches 0.41 then jumps back to the baseline at epoch 14 and stays (second relu layer dies)'),
    ('lr-too-high.adam-pitch-type', 'lr-too-high', 'probe', ['lr-too-high', 'oscillating-loss'], 'adam 0.5 on pitch type: loss bounces between 0.06 and 3.5 through the run'),
    ('lr-too-high.rmsprop-outfield', 'lr-too-high', 'probe', ['lr-too-high', 'oscillating-loss'], 'rmsprop 0.2 on outfield speed: first epoch 125, then bounces 0.3 to 1.0 (a tanh net at 0.005 reaches 0.10)'),
    ('oscillating-loss.momentum-099', 'lr-too-high', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd 0.05 with momentum 0.99 on runs: the loss rises from 0.85 to 1.3e4 with swings (re-filed from oscillating-loss: it diverged)'),
    ('lr-too-low.sgd-tiny-seam', 'lr-too-low', 'probe', ['lr-too-low'], 'plain sgd 2e-4 for 60 epochs on the seam classifier: loss 0.811 to 0.780, still above the baseline'),
    ('lr-too-low.adam-1e-5-outfield', 'lr-too-low', 'probe', ['lr-too-low'], 'adam 1e-5 for 60 epochs: loss 1.166 to 1.070'),
    ('lr-too-low.rmsprop-2e-5-gate', 'lr-too-low', 'probe', ['lr-too-low'], 'rmsprop 2e-5 for 50 epochs on attendance: loss 5.45 to 3.38, far above the baseline'),
    ('lr-too-low.nesterov-full-batch', 'lr-too-low', 'probe', ['lr-too-low'], 'nesterov sgd 5e-4 full batch (one step per epoch) for 60 epochs: still above the baseline'),
    ('saturated-activation.sigmoid-raw-gate', 'saturated-activation', 'probe', ['saturated-activation'], 'sigmoid hidden layer on unnormalised turnstile features (promo spend in pounds): every unit pinned, loss at the baseline'),
    ('saturated-activation.tanh-raw-attendance-feature', 'saturated-activation', 'probe', ['saturated-activation'], 'attendance (thousands) added unnormalised to the pitch features: tanh layer pinned'),
    ('saturated-activation.sigmoid-bias-eight', 'saturated-activation', 'probe', ['saturated-activation'], 'sigmoid layer with bias 8: all units at 1 and stuck'),
    ('exploding-gradient.raw-promo-features', 'saturated-activation', 'probe', ['saturated-activation'], 'raw turnstile features into a tanh layer: the layer is pinned (sat 1.00) and learns nothing (re-filed from exploding-gradient: gradients went to zero, not up)'),
    ('loss-plateau.weight-decay-typo', 'loss-plateau', 'training', ['loss-plateau'], 'weightDecay 1 (meant 1e-4): the loss reaches 0.64 then is pulled back to the baseline and sits there'),
    ('loss-plateau.one-unit-bottleneck-xor', 'loss-plateau', 'training', ['loss-plateau'], 'a single relu hidden unit on xor: the loss stalls at 0.55 of a 0.69 baseline'),
    ('loss-plateau.clipnorm-tiny', 'loss-plateau', 'training', ['loss-plateau', 'lr-too-low'], 'clipNorm 1e-4 (meant 1): each step is tiny and the loss sits at 2.74 for the whole run'),
    ('oscillating-loss.adam-batch-one', 'oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'adam 0.05 with batch size 1 on outfield speed: the loss swings between 0.19 and 0.42 and does not settle'),
    ('oscillating-loss.rmsprop-batch-two', 'oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'rmsprop 0.03 on batches of 2: the loss bounces 0.07 to 0.13 around 0.10 after epoch 5 (adam 0.005 on batch 16 reaches 0.03)'),
]

DROPPED = {
    'shape-mismatch.sold-out-two-sigmoid': 'two sigmoid units under bce for one 0/1 column: the engine accepted it and trained to 0.16 of the baseline, so it is not clear it is a fault as written',
    'lr-too-high.sgd-two-moons': 'sgd 8 on moons bounced for 40 epochs and then converged to 5e-5: not a fault in the end',
    'dead-relu.bias-minus-three-covers': 'half the units dead, but the model still reached 0.04 of the baseline: borderline',
    'loss-plateau.dropout-ninety': 'dropout 0.95: noisy and still falling slowly at the end (0.91 of the baseline): plateau or slow and noisy, borderline',
    'init-symmetry.constant-gate-model': 'constant init on ELU layers still reached 0.09 of the baseline: the symmetry costs little here, borderline',
    'loss-activation-mismatch.cce-sigmoid-head': 'cce on a sigmoid head trained to a loss of 5e-4 (acc 0.90): the mismatch did not show in the run; borderline',
    'saturated-activation.tanh-xavier-raw-covers': 'tanh layer 90% saturated but the loss still reached 0.10 of the baseline: borderline',
    'nan-loss.std-huge-three-layers': 'NaN, but it is an init-scale fault (std 1e6) more than a NaN one; dropped to keep the count in range',
    'data-error.kickoff-timestamp-feature': 'a second text-column data error (the kickoff timestamp), like ground-id-as-feature; dropped to keep the count in range',
    'ok.runs-linear-regression': 'linear regression on runs ended at 0.26 of the baseline while the small nets reach 0.07 to 0.21: may be underfit, borderline healthy',
    'ok.covers-two-targets': 'two targets, one of them (covers_on_min) mostly noise: ended at 0.32 of the baseline; borderline healthy',
}

HEALTHY = {
    'ok.seam-adam-relu': 'pitches.csv standard, [16 relu, 1 sigmoid], bce, adam 0.003, batch 32',
    'ok.seam-sgd-momentum-tanh': 'pitches.csv minmax, [12 tanh, 1 sigmoid], bce, sgd 0.1 momentum 0.9, batch 16',
    'ok.seam-rmsprop-dropout-val': 'pitches.csv, [32 relu, dropout 0.2, 16 relu, 1 sigmoid], bce, rmsprop 0.001, validation 0.2',
    'ok.seam-logistic-only': 'pitches.csv, logistic regression [1 sigmoid], sgd 0.2, full batch (380); the seam label is noisy, so ~0.6 of the baseline is its floor',
    'ok.runs-adam-two-relu': 'pitches.csv runs, normalizeTarget standard, [32 relu, 16 relu, 1 linear], adam 0.003',
    'ok.runs-nesterov-elu': 'pitches.csv runs, normalizeTarget minmax, [24 elu, 1 linear], nesterov sgd 0.05 momentum 0.9, batch 16',
    'ok.runs-with-attendance-noise': 'pitches.csv runs with the no-effect attendance column, [24 leaky_relu, 1 linear], rmsprop 0.002, validation 0.15',
    'ok.pitch-type-adam-softmax': 'pitches.csv pitch_type (3 string classes, turner rare), [32 relu, 3 softmax], cce, adam 0.005',
    'ok.pitch-type-bn-tanh': 'pitch_type, [32 tanh bn, 16 tanh bn, 3 softmax], cce, adam 0.003',
    'ok.pitch-type-sgd-batch-one': 'pitch_type, [16 relu, 3 softmax], cce, plain sgd 0.005, batch 1, 40 epochs',
    'ok.pitch-type-rmsprop-wd': 'pitch_type, [24 elu, 12 elu, 3 softmax], rmsprop 0.002, weight decay 5e-4',
    'ok.sold-out-adam': 'turnstile.csv sold_out (6% positive), [24 relu, 1 sigmoid], bce, adam 0.003',
    'ok.sold-out-minmax-sgd': 'turnstile.csv minmax, [16 tanh, 1 sigmoid], bce, sgd 0.3 momentum 0.9, 150 epochs',
    'ok.attendance-adam-deep': 'turnstile.csv attendance, normalizeTarget standard, [32, 32, 16 relu, 1 linear], adam 0.002',
    'ok.attendance-rmsprop-clip': 'attendance, normalizeTarget minmax, [32 elu, 1 linear], rmsprop 0.003, clipNorm 1, batch 16',
    'ok.attendance-sgd-full-batch': 'attendance, [16 tanh, 1 linear], sgd 0.2 momentum 0.9, full batch (420), 300 epochs',
    'ok.attendance-dropout-val': 'attendance, [64 relu, dropout 0.3, 32 relu, 1 linear], adam 0.001, weight decay 1e-4, validation 0.2',
    'ok.attendance-sigmoid-hidden-sgd': 'attendance, [24 sigmoid, 1 linear], sgd 0.1 momentum 0.9, 150 epochs',
    'ok.outfield-adam-tanh': 'outfield.csv (semicolons, decimal commas), [16 tanh, 1 linear], adam 0.005',
    'ok.outfield-sgd-relu-batch4': 'outfield.csv, [16 relu, 1 linear], plain sgd 0.01, batch 4',
    'ok.outfield-raw-target-minmax-features': 'outfield.csv minmax features and target, [16 sigmoid, 1 linear], adam 0.01, 150 epochs',
    'ok.outfield-deep-elu-bn': 'outfield.csv, [32, 32, 16 elu with batch norm, 1 linear], adam 0.002',
    'ok.covers-adam-relu': 'covers-log.csv (tab-separated), [24 relu, 1 linear], adam 0.005',
    'ok.covers-rmsprop-leaky': 'covers-log.csv, normalizeTarget minmax, [32, 16 leaky_relu, 1 linear], rmsprop 0.001, batch 8',
    'ok.covers-nesterov-tanh': 'covers-log.csv, [16 tanh, 1 linear], nesterov sgd 0.02 momentum 0.9',
    'ok.covers-raw-target-small-lr': 'covers-log.csv with overs lost in raw overs (no normalizeTarget), [32 relu, 1 linear], adam 0.03, 150 epochs (unusual: raw target, but it trains)',
    'ok.moons-deep-relu': 'moons 300, [24, 24, 12 relu, 1 sigmoid], adam 0.01',
    'ok.circles-tanh-sgd': 'circles 300, [16 tanh, 1 sigmoid], sgd 0.5 momentum 0.9, 200 epochs',
    'ok.xor-sigmoid-hidden': 'xor 300, [8 sigmoid, 1 sigmoid], adam 0.03, 200 epochs',
    'ok.spirals-wide-relu': 'spirals 3 classes, [64, 64 relu, 3 softmax], adam 0.01, 250 epochs',
    'ok.blobs-four-class-rmsprop': 'blobs 4 classes, [8 elu, 4 softmax], rmsprop 0.01, 60 epochs',
    'ok.iris-lecun-tanh': 'iris standard, [12 tanh lecun_normal, 3 softmax], sgd 0.05 momentum 0.9, batch 8',
    'ok.sine-deep-tanh': 'sine 300, [32, 32 tanh, 1 linear], adam 0.005, 200 epochs',
    'ok.seam-sigmoid-bce-heuniform': 'pitches.csv, [24 relu he_uniform, 12 relu xavier_normal, 1 sigmoid], adam 0.001, batch 64',
    'ok.inline-net-bowling-speed': 'inline 12-row net-session table, [4 tanh, 1 sigmoid], adam 0.05, batch 4',
    'ok.sold-out-leaky-wide-batch1': 'turnstile.csv sold_out, [16 leaky_relu, 1 sigmoid], plain sgd 0.01, batch 1, 30 epochs',
    'ok.runs-constant-bias-uniform-init': 'pitches.csv runs, [24 tanh uniform limit 0.3, 1 linear bias 0.1], rmsprop 0.003',
    'ok.pitch-type-deep-leaky-val': 'pitch_type, [32, 32, 16 leaky_relu, 3 softmax], adam 0.002, validation 0.2',
    'ok.covers-xavier-sigmoid-bn': 'covers-log.csv, [32 sigmoid xavier_normal with batch norm, 1 linear], adam 0.01',
    'ok.seam-adam-clip-wd': 'pitches.csv, [16 elu, dropout 0.1, 1 sigmoid], adam 0.005, clipNorm 5, weight decay 1e-3',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
decided = [f[0] for f in FAULTS] + list(DROPPED) + list(HEALTHY)
assert sorted(decided) == cands, (set(cands) ^ set(decided))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)

faults = []
for cand, code, stage, catches, text in FAULTS:
    assert catches[0] == code
    new = cand if cand.startswith(code + '.') else code + cand[cand.index('.'):]
    shutil.move(f'candidates/{cand}.nn.json', f'faulty/{new}.nn.json')
    faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} {o(cand)}', 'stage': stage, 'catches': catches})
healthy = []
for cand, covers in HEALTHY.items():
    shutil.move(f'candidates/{cand}.nn.json', f'healthy/{cand}.nn.json')
    healthy.append({'file': f'healthy/{cand}.nn.json', 'covers': f'{covers} {o(cand)}'})
for cand in DROPPED:
    shutil.move(f'candidates/{cand}.nn.json', f'dropped/{cand}.nn.json')
os.rmdir('candidates')

about = ('Fault set blind290 (issue #4): cricket grounds. Written blind and frozen before the product was first run on it; no one tunes on it. '
         '"code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), '
         '"catches" the codes whose advice would genuinely fix it. Each "fault" (and each healthy "covers") ends with the line measured on the bare engine by '
         'test/faults/observe.ts --summary (observed.txt); --curve for the lr, oscillating and plateau candidates (observed-curves.txt); test/faults/steps.ts for four NaN/exploding ones (observed-steps.txt). '
         'Data (data/generate.ts, seed 290): pitches.csv (380 match days at 8 grounds: pitch readings, ground id and date text columns, collinear days_since_rolled/roller_passes, skewed attendance with no effect; '
         'targets first_innings_runs in raw runs, seam_friendly 0/1, pitch_type flat/green/turner with turner rare), pitches-gaps.csv (the same with NA, n/a and empty readings), '
         'turnstile.csv (420 fixtures: ticket price, ranks, rivalry, skewed rain and promo spend in pounds, capacity; attendance in people, sold_out 6% positive, fixture id and kickoff text), '
         'outfield.csv (semicolons and decimal commas: 300 plots, outfield speed), covers-log.csv (tab-separated: 260 wet days, overs lost), plus builtins and one inline table. '
         'Specs by author.ts, this manifest by write-manifest.py; see README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w', encoding='utf8'), indent=1, ensure_ascii=False)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), len(healthy), len(DROPPED))
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
