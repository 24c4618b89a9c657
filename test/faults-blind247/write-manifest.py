#!/usr/bin/env python3
"""Verdicts of blind set 247: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

# candidate name -> (code, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', ['invalid-spec'], 'optimizer "adamw" copied from a PyTorch training script; the format knows sgd, adam, rmsprop'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', ['invalid-spec'], 'loss written "categorical_crossentropy" (the Keras name) for the student level classifier'),
 'invalid-spec.glorot-init': ('invalid-spec', 'static', ['invalid-spec'], 'init "glorot_uniform" (Keras name) instead of "xavier_uniform" on the audition role model'),
 'invalid-spec.dropout-percent': ('invalid-spec', 'static', ['invalid-spec'], 'dropout rate written as a percentage (30) instead of a fraction (0.3) on the dancer injury model'),
 'data-error.missing-term-file': ('data-error', 'static', ['data-error'], 'spec points at next term\'s export students-spring2024.csv, which was never saved into data/'),
 'data-error.target-typo': ('data-error', 'static', ['data-error'], 'target "exam_pass" while the school\'s export calls the column "exam_passed"'),
 'data-error.na-markers': ('data-error', 'static', ['data-error'], 'the copy of the student records with NA, n/a and empty cells (turnout, flexibility, attendance not measured) used as is'),
 'data-error.text-columns-left-in': ('data-error', 'static', ['data-error'], 'no "features" list on the company medical export, so the dancer id and rank text columns are read as numeric features'),
 'data-error.shared-drive-path': ('data-error', 'static', ['data-error'], 'box-office CSV read straight from the company\'s mounted share, a path outside the workspace'),
 'shape-mismatch.three-levels-not-four': ('shape-mismatch', 'static', ['shape-mismatch'], 'softmax head of 3 units for the student level, forgetting the rare Advanced2 level (4 classes)'),
 'shape-mismatch.roles-one-unit': ('shape-mismatch', 'static', ['shape-mismatch'], 'role offered after audition (4 classes) predicted with a single softmax unit'),
 'shape-mismatch.two-targets-one-output': ('shape-mismatch', 'static', ['shape-mismatch'], 'two targets (tickets_sold, revenue_eur) but an output layer of 1 unit'),
 'shape-mismatch.mark-four-outputs': ('shape-mismatch', 'static', ['shape-mismatch'], 'exam mark regression (1 target) with a 4-unit output copied from the level classifier'),
 'loss-activation-mismatch.softmax-mse': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'student level classifier with a softmax head trained under mse instead of cce'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'injury risk model under bce with a linear output (no sigmoid): the loss ends above the baseline'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'audition roles under cce with a 4-unit sigmoid head instead of softmax: the loss goes to ~0 while accuracy stays at 0.57'),
 'loss-activation-mismatch.relu-head-standard-target': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'exam mark standardised (half the targets negative) but predicted through a relu output that cannot go below 0'),
 'loss-activation-mismatch.tanh-head-raw-tickets': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'tickets sold (hundreds to thousands, not rescaled) predicted through a tanh output bounded to [-1, 1]'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', ['init-symmetry'], 'hidden tanh layer of 16 units and output initialised to zeros: no gradient reaches the hidden layer and the loss stays at the baseline'),
 'init-symmetry.constant-tanh': ('init-symmetry', 'static', ['init-symmetry'], 'constant 0.1 init on a 24-unit tanh layer and the softmax head: all hidden units stay identical (one effective unit)'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', 'static', ['init-symmetry'], 'two sigmoid layers (32 and 16 units) initialised to zeros: units of a layer stay copies of each other, the net is no better than linear regression'),
 'init-symmetry.constant-relu-injury': ('init-symmetry', 'static', ['init-symmetry'], 'constant 0.05 init on a 20-unit relu layer: every unit computes the same thing for the whole run'),
 'init-scale.normal-std-8-tanh': ('init-scale', 'static', ['init-scale', 'saturated-activation'], 'normal init with std 8 on a 32-unit tanh layer: 90% of the hidden outputs pinned at +-1'),
 'init-scale.tiny-uniform-deep': ('init-scale', 'static', ['init-scale', 'vanishing-gradient'], 'uniform init limit 1e-5 on four layers: signal and gradients vanish, loss stays at the baseline'),
 'init-scale.normal-std-30-relu': ('init-scale', 'static', ['init-scale', 'nan-loss', 'exploding-gradient'], 'normal init std 30 on two relu layers: the loss is NaN in the first epoch'),
 'init-scale.uniform-limit-10-sigmoid': ('init-scale', 'static', ['init-scale', 'saturated-activation'], 'uniform init limit 10 on a 24-unit sigmoid layer: 83% of units saturated, the loss stuck well above the healthy specs\''),
 'no-nonlinearity.linear-stack-pass': ('no-nonlinearity', 'static', ['no-nonlinearity'], 'exam pass model with two hidden layers left linear (activation omitted)'),
 'no-nonlinearity.linear-hidden-roles': ('no-nonlinearity', 'static', ['no-nonlinearity'], 'audition role model with two explicitly linear hidden layers: a multinomial logistic regression in disguise'),
 'no-nonlinearity.linear-deep-mark': ('no-nonlinearity', 'static', ['no-nonlinearity'], 'exam mark model of three linear hidden layers: ends where a plain linear regression does'),
 'no-nonlinearity.linear-moons': ('no-nonlinearity', 'static', ['no-nonlinearity'], 'moons with two linear hidden layers (he_normal kept from a relu draft): cannot bend the boundary, loss stuck at 0.36 of the baseline'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'], 'adam with lr 5 (meant 5e-3)'),
 'lr-out-of-range.sgd-lr-80': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'], 'sgd lr 80 (meant 0.08)'),
 'lr-out-of-range.rmsprop-lr-1e-9': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-low'], 'rmsprop lr 1e-9 (exponent typo for 1e-3): weights do not move'),
 'lr-out-of-range.sgd-lr-1e-8': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-low'], 'sgd with momentum at lr 1e-8 (meant 1e-2)'),
 'dead-relu.negative-bias': ('dead-relu', 'probe', ['dead-relu'], 'relu layers started with bias -6 ("sparse activations"): 94% and 100% of units dead, loss at the baseline'),
 'dead-relu.sgd-spike-kills': ('dead-relu', 'training', ['dead-relu', 'lr-too-high'], 'plain sgd at lr 1.5 on two relu layers: the first steps knock 84-94% of the second layer dead'),
 'dead-relu.bias-minus-3-mark': ('dead-relu', 'probe', ['dead-relu'], 'relu layer with bias -4 on the exam mark model: 71% of units never fire, loss twice the healthy one'),
 'dead-relu.spirals-relu-dead-start': ('dead-relu', 'probe', ['dead-relu', 'loss-plateau'], 'spirals with both relu layers biased -2: the second layer is entirely dead and the loss never leaves the baseline (written as a plateau, re-filed)'),
 'dead-relu.adam-0p5-level': ('dead-relu', 'probe', ['dead-relu', 'lr-too-high'], 'adam at lr 0.5 on the level classifier: the first epoch kills the whole second relu layer and the loss sits at the baseline (written as lr-too-high, re-filed)'),
 'exploding-gradient.raw-revenue-sgd': ('exploding-gradient', 'probe', ['exploding-gradient', 'dead-relu'], 'revenue in raw euros (variance 8e8) as the target without normalizeTarget: gradient norms up to 1e5, then the relu layer dies'),
 'exploding-gradient.raw-marketing-features': ('exploding-gradient', 'probe', ['exploding-gradient', 'dead-relu'], 'features left unnormalised (marketing spend in euros, capacity in seats): first loss 4.9e38, gradients up to 2e18'),
 'exploding-gradient.raw-revenue-sgd-high': ('exploding-gradient', 'probe', ['exploding-gradient', 'nan-loss', 'dead-relu'], 'raw features and raw revenue target with sgd 0.05: first loss 1.7e36, gradients to 2e17, then dead (written as nan-loss, re-filed: it never reached NaN)'),
 'nan-loss.raw-everything-momentum': ('nan-loss', 'probe', ['nan-loss', 'exploding-gradient'], 'tickets sold and features all in raw units with sgd momentum 0.9: the loss is NaN in the first epoch'),
 'nan-loss.deep-std-1-relu': ('nan-loss', 'probe', ['nan-loss', 'exploding-gradient', 'init-scale'], 'four 64-unit relu layers with normal std 1 init: activations blow up and the loss is NaN in the first epoch (written as exploding-gradient, re-filed)'),
 'nan-loss.raw-tickets-target': ('nan-loss', 'probe', ['nan-loss', 'exploding-gradient'], 'tickets sold as a raw target (variance 2e5) with Nesterov sgd 0.01: NaN in the first epoch (written as exploding-gradient, re-filed)'),
 'lr-too-high.sgd-3-injury': ('lr-too-high', 'probe', ['lr-too-high'], 'sgd lr 3 with momentum 0.9 on the injury model: the loss climbs from 0.80 to 2-4 and the tanh layer saturates'),
 'lr-too-high.rmsprop-0p3-roles': ('lr-too-high', 'probe', ['lr-too-high'], 'rmsprop lr 0.3 on audition roles: the loss bounces between 1.9 and 4.4, always above the baseline'),
 'lr-too-high.adam-1-mark': ('lr-too-high', 'probe', ['lr-too-high'], 'adam lr 1 on the exam mark model: first epoch at 930x the baseline, a spike back to 2.5 at epoch 43, ends above the healthy specs'),
 'lr-too-low.sgd-1e-5-pass': ('lr-too-low', 'probe', ['lr-too-low'], 'plain sgd lr 1e-5 on the exam pass model: the loss moves from 0.809 to 0.803 in 80 epochs'),
 'lr-too-low.adam-1e-6-roles': ('lr-too-low', 'probe', ['lr-too-low'], 'adam lr 1e-6: loss 2.42 to 2.39 in 100 epochs, twice the baseline'),
 'lr-too-low.rmsprop-3e-6-mark': ('lr-too-low', 'probe', ['lr-too-low'], 'rmsprop lr 3e-6: the exam mark loss creeps from 1.107 to 1.036'),
 'lr-too-low.sgd-momentum-1e-5-injury': ('lr-too-low', 'probe', ['lr-too-low'], 'sgd momentum lr 1e-5, batch 64: injury loss 0.825 to 0.801 (baseline 0.59)'),
 'saturated-activation.sigmoid-raw-boxoffice': ('saturated-activation', 'probe', ['saturated-activation'], 'sigmoid hidden layer fed raw box-office features (marketing in euros): every unit pinned at 0 or 1'),
 'saturated-activation.tanh-raw-students': ('saturated-activation', 'probe', ['saturated-activation'], 'tanh layer (std 1 init) on raw student measurements (heights in cm, turnout in degrees): 99% saturated'),
 'saturated-activation.sigmoid-bias-10': ('saturated-activation', 'probe', ['saturated-activation'], 'sigmoid layer with initial bias 10: every unit at 1, loss at the baseline'),
 'saturated-activation.tanh-raw-auditions': ('saturated-activation', 'probe', ['saturated-activation'], 'tanh layers on unnormalised audition scores (extension in degrees): first layer 98% saturated'),
 'loss-plateau.weight-decay-huge': ('loss-plateau', 'training', ['loss-plateau'], 'weight decay 2 (meant 2e-4) on adam: the loss dips then returns to the baseline and stays'),
 'loss-plateau.dropout-0p95': ('loss-plateau', 'training', ['loss-plateau'], 'dropout 0.95 after both hidden layers: the loss settles at the baseline or above'),
 'loss-plateau.sigmoid-deep-sgd-mark': ('loss-plateau', 'training', ['loss-plateau', 'lr-too-low', 'vanishing-gradient'], 'four sigmoid layers with plain sgd 0.005 on the exam mark: the loss sits at 1.00 of the baseline for 80 epochs'),
 'vanishing-gradient.deep-sigmoid-sgd': ('vanishing-gradient', 'probe', ['vanishing-gradient', 'loss-plateau'], 'seven sigmoid hidden layers with plain sgd: first-layer gradient 1e-5, loss at the baseline'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'probe', ['vanishing-gradient', 'init-scale'], 'seven tanh layers with std 0.02 init: first-layer gradient 1e-7..1e-6'),
 'vanishing-gradient.deep-sigmoid-injury': ('vanishing-gradient', 'probe', ['vanishing-gradient', 'loss-plateau'], 'ten sigmoid layers of 12 units: first-layer gradient below 1e-6, the loss never leaves the baseline'),
 'oscillating-loss.sgd-momentum-0p99': ('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'sgd lr 0.3 with momentum 0.99: the injury loss swings between 0.44 and 3.3 and does not settle'),
 'oscillating-loss.rmsprop-full-batch': ('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'rmsprop lr 0.1 on the full batch: the loss zigzags epoch to epoch through the run'),
 'oscillating-loss.sgd-full-batch-pass': ('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'full-batch sgd lr 8: the loss jumps between 0.37 and 0.7 every few epochs to the end'),
}
RENAMED = {  # candidate name -> filed name
 'exploding-gradient.deep-std-1-relu': 'nan-loss.deep-std-1-relu',
 'exploding-gradient.raw-tickets-target': 'nan-loss.raw-tickets-target',
 'nan-loss.raw-revenue-sgd-high': 'exploding-gradient.raw-revenue-sgd-high',
 'loss-plateau.spirals-relu-dead-start': 'dead-relu.spirals-relu-dead-start',
 'lr-too-high.adam-0p5-level': 'dead-relu.adam-0p5-level',
}
DROPPED = {
 'shape-mismatch.two-unit-sigmoid-bce': 'the engine accepted two sigmoid outputs on a 0/1 target and trained it well (0.59 of the baseline): not a fault it shows',
 'oscillating-loss.adam-batch-2': 'swings of about 0.05 around 0.34 (baseline 1.0) with 94% of relu units dead: borderline, neither clearly oscillating nor cleanly dead',
 'nan-loss.rmsprop-lr-3-raw': 'slug left from a draft (the spec is sgd 0.1 on raw marks); it exploded without NaN and duplicates exploding-gradient.raw-revenue-sgd-high',
 'dead-relu.raw-boxoffice-adam-high': 'dead units, but caused by raw features with a first loss of 8.8e6: confounded with exploding-gradient, and the set had enough dead-relu faults',
 'invalid-spec.validation-split-percent': 'kept the set within 65 faults; the same percentage mistake as invalid-spec.dropout-percent',
 'data-error.school-feature-is-text': 'kept the set within 65 faults; the same text-in-a-feature error as data-error.text-columns-left-in',
 'ok.pass-nesterov-bn': 'train loss 0.20 but validation loss 1.24 above the baseline 0.67: overfits, may be judged faulty',
 'ok.level-deep-bn-adam': 'validation loss 0.97 against the baseline 1.17 while training reaches 0.18: heavy overfitting, borderline',
 'ok.pass-linear-logistic': 'ends at 0.66 of the baseline: not far below it',
 'ok.pass-tanh-sgd-momentum': 'ends at 0.66 of the baseline: not far below it',
 'ok.injury-logistic-sgd': 'ends at 0.67 of the baseline: not far below it',
 'ok.injury-tanh-rmsprop-dropout': 'ends at 0.67 of the baseline: not far below it',
}
H = {
 'ok.pass-relu-adam': 'students.csv standard, [16 relu, 1 sigmoid], bce, adam 0.003, batch 32, 60 epochs',
 'ok.pass-rmsprop-dropout': 'students.csv standard, [48 elu, dropout 0.2, 1 sigmoid], bce, rmsprop 0.002, batch 64',
 'ok.pass-batch-1-sgd': 'students.csv standard, [8 leaky_relu, 1 sigmoid], bce, plain sgd 0.01, batch 1, 25 epochs',
 'ok.pass-wide-single-elu-wd': 'students.csv standard, [128 elu, 1 sigmoid], bce, adam 0.001 weightDecay 1e-3',
 'ok.level-relu-adam': 'students.csv level (4 string classes, Advanced2 rare), [32 relu, 16 relu, 4 softmax], cce, adam 0.003',
 'ok.level-tanh-rmsprop-wd': 'students.csv level, [32 tanh, 4 softmax], cce, rmsprop 0.003 weightDecay 1e-4, batch 16',
 'ok.level-elu-sgd-full-batch': 'students.csv minmax level, [24 elu, 4 softmax], cce, sgd 0.5 momentum 0.9, full batch 480, 200 epochs',
 'ok.level-narrow-deep-leaky': 'students.csv level, four 8-unit leaky_relu layers, cce, adam 0.003, batch 16, 150 epochs',
 'ok.level-minmax-sigmoid-sgd-momentum': 'students.csv standard level, [32 sigmoid, 4 softmax], cce, sgd 0.3 momentum 0.9, 150 epochs',
 'ok.mark-relu-adam': 'students.csv exam_mark, normalizeTarget standard, [32 relu, 1 linear], mse, adam 0.003',
 'ok.mark-tanh-sgd': 'students.csv exam_mark standard target, [16 tanh, 1], mse, sgd 0.05 momentum 0.9',
 'ok.mark-minmax-target-sigmoid-head': 'students.csv exam_mark, normalizeTarget minmax, [24 relu, 1 sigmoid], mse, adam 0.005 (sigmoid head on a [0,1] target)',
 'ok.mark-linear-regression': 'students.csv exam_mark standard target, a single linear unit, mse, plain sgd 0.02, batch 16',
 'ok.mark-clipnorm-rmsprop': 'students.csv minmax features, standard target, [32 leaky_relu, 16 leaky_relu, 1], mse, rmsprop 0.001 clipNorm 1',
 'ok.mark-batch-1-sgd-tanh': 'students.csv exam_mark standard target, [8 tanh, 1], mse, plain sgd 0.003, batch 1, 20 epochs',
 'ok.box-tickets-adam': 'boxoffice.csv tickets_sold, standard features and target, [32 relu, 16 relu, 1], mse, adam 0.003',
 'ok.box-revenue-elu-rmsprop': 'boxoffice.csv revenue_eur standard target, [32 elu, 1], mse, rmsprop 0.002',
 'ok.box-both-targets': 'boxoffice.csv two targets (tickets_sold, revenue_eur) standard, [48 relu, 2], mse, adam 0.003',
 'ok.box-minmax-nesterov': 'boxoffice.csv minmax features and target, [32 tanh, 16 tanh, 1], mse, Nesterov sgd 0.05, batch 16, 150 epochs',
 'ok.box-deep-leaky-val': 'boxoffice.csv tickets standard, three leaky_relu layers 48/32/16, mse, adam 0.001, batch 16, validationSplit 0.2',
 'ok.box-small-normal-init-adam': 'boxoffice.csv revenue standard target, [24 relu normal std 0.1, 1 normal std 0.1], mse, adam 0.005',
 'ok.injury-relu-adam': 'injuries.csv (semicolons, decimal commas, text id and rank left out by features), [16 relu, 1 sigmoid], bce, adam 0.003',
 'ok.injury-elu-batch-4': 'injuries.csv, [12 elu, 1 sigmoid], bce, sgd 0.01 momentum 0.9, batch 4, 40 epochs',
 'ok.injury-xavier-normal-nesterov-full': 'injuries.csv, [16 tanh xavier_normal, 1 sigmoid lecun_normal], bce, Nesterov sgd 0.3, full batch 360, 200 epochs',
 'ok.roles-relu-adam': 'auditions.tsv (tab-separated, role as text, rare principal), [32 relu, 4 softmax], cce, adam 0.005',
 'ok.roles-tanh-sgd': 'auditions.tsv, [24 tanh, 4 softmax], cce, sgd 0.1 momentum 0.9, 100 epochs',
 'ok.roles-softmax-regression': 'auditions.tsv, a single 4-unit softmax layer (multinomial logistic), cce, adam 0.02, batch 64',
 'ok.roles-bn-rmsprop-clip': 'auditions.tsv, [48 relu batchNorm, dropout 0.1, 24 relu, 4 softmax], cce, rmsprop 0.002 clipNorm 5, validationSplit 0.2',
 'ok.roles-sigmoid-hidden-adam': 'auditions.tsv minmax, [32 sigmoid, 4 softmax], cce, adam 0.01, 150 epochs',
 'ok.roles-he-uniform-rmsprop-batch-8': 'auditions.tsv, [24 relu he_uniform, 4 softmax], cce, rmsprop 0.001, batch 8',
 'ok.iris-leaky-adam': 'builtin iris standard, [16 leaky_relu, 3 softmax], cce, adam 0.01, batch 16',
 'ok.moons-relu-sgd': 'builtin moons 300 noise 0.15, [32 relu, 16 relu, 1 sigmoid], bce, sgd 0.1 momentum 0.9, 150 epochs',
 'ok.circles-tanh-adam': 'builtin circles 300, [16 tanh, 1 sigmoid], bce, adam 0.02, 150 epochs',
 'ok.spirals-deep-elu': 'builtin spirals 3 classes, [64 elu, 64 elu, 32 elu, 3 softmax], cce, adam 0.005, 300 epochs',
 'ok.sine-tanh-rmsprop': 'builtin sine, [32 tanh, 32 tanh, 1], mse, rmsprop 0.003, batch 16, 200 epochs',
 'ok.blobs-five-sgd': 'builtin blobs 5 classes, [16 relu, 5 softmax], cce, plain sgd 0.05, batch 8',
 'ok.xor-inline-tanh': 'inline xor table (4 rows), [8 tanh, 1 sigmoid], bce, adam 0.05, batch 4, 300 epochs',
}

def obs_text(name):
    line = obs[name]
    return line[:-len(' : not trainable')] if False else line

names = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND)) if os.path.isdir(CAND) else []
covered = set(F) | set(RENAMED) | set(DROPPED) | set(H)
assert set(names) <= covered, sorted(set(names) - covered)
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, sub), exist_ok=True)
faults, healthy = [], []
for name in names:
    src = os.path.join(CAND, name + '.nn.json')
    if name in DROPPED:
        shutil.move(src, os.path.join(HERE, 'dropped', name + '.nn.json'))
        continue
    if name in H:
        shutil.move(src, os.path.join(HERE, 'healthy', name + '.nn.json'))
        healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{H[name]} (observe: {obs[name]})'})
        continue
    filed = RENAMED.get(name, name)
    code, stage, catches, text = F[filed]
    assert filed.startswith(code + '.') and catches[0] == code, filed
    shutil.move(src, os.path.join(HERE, 'faulty', filed + '.nn.json'))
    faults.append({'file': f'faulty/{filed}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[name]})', 'stage': stage, 'catches': catches})
if os.path.isdir(CAND) and not os.listdir(CAND):
    os.rmdir(CAND)
faults.sort(key=lambda f: f['file']); healthy.sort(key=lambda h: h['file'])
about = ('Blind fault set 247 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
 'Theme: ballet schools and dance companies. "code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it, '
 '"catches" the codes whose advice would genuinely fix it. Each fault text and healthy "covers" ends with its bare-engine result from test/faults/observe.ts --summary '
 '(observed.txt; --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates in observed-curves.txt); no diagnosis code involved. '
 'Data (data/generate.ts, seeds from 247): students.csv (480 student records: id and enrolment-date text columns, age, training years, classes per week, turnout, flexibility, jump, height and weight (collinear), attendance (skewed), shoe size (no effect); '
 'exam_passed 0/1 from a noisy logistic score, level as 4 string classes with a rare Advanced2, exam_mark 0-100), students-gaps.csv (the same with NA, n/a and empty cells), '
 'boxoffice.csv (400 performances: price in euros, capacity in seats, log-normal marketing spend in euros, tickets_sold and revenue_eur in raw units), '
 'injuries.csv (360 dancers, semicolon export with decimal commas, dancer id and rank text, injured_season 0/1), auditions.tsv (420 candidates, tab-separated, school text, role as 4 string classes with rare principal); '
 'plus builtin iris, moons, circles, spirals, sine, blobs and an inline xor table. Specs by author.ts, this manifest by write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=2, ensure_ascii=False)
open(os.path.join(HERE, 'manifest.json'), 'a').write('\n')
from collections import Counter
print(len(faults), len(healthy), len(DROPPED), Counter(f['code'] for f in faults), Counter(f['stage'] for f in faults))
