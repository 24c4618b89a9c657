#!/usr/bin/env python3
"""Files the candidates of fault set blind217 by what the bare engine showed, and writes manifest.json.
Run from test/faults-blind217: python3 write-manifest.py"""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

obs = {}
for line in open('observed.txt', encoding='utf8'):
    line = line.strip()
    if not line:
        continue
    head = line.split(' ')[0].rstrip(':')
    if head.endswith('.nn.json'):
        head = head[:-len('.nn.json')]
    obs[head] = line

# name -> (code, stage, catches, fault words); the file is renamed when code differs from the name's prefix
F = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', 'static', [], 'optimizer type "adamw" copied from a PyTorch training script; the format has no adamw'),
 'invalid-spec.loss-keras-name': ('invalid-spec', 'static', [], 'loss written as the Keras name "categorical_crossentropy" instead of "cce" for the discipline classifier'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (20) instead of a fraction (0.2) between the student-exam hidden layers'),
 'invalid-spec.activation-swish': ('invalid-spec', 'static', [], 'rigging sway regressor uses "swish" activations, which the format does not offer'),
 'data-error.students-file-renamed': ('data-error', 'static', [], 'spec still points at students_2025.csv after the office renamed the export to students.csv'),
 'data-error.student-id-as-feature': ('data-error', 'static', [], 'no "features" list, so the student_id and enrol_date text columns are read as numeric features'),
 'data-error.target-column-typo': ('data-error', 'static', [], 'target written "passed_exam"; the column is passed_aerial'),
 'data-error.gaps-export-na': ('data-error', 'static', [], 'trained on the front-desk export students-gaps.csv, whose grip, flexibility and height cells hold NA, ? and blanks'),
 'data-error.path-outside-workspace': ('data-error', 'static', [], 'box-office CSV read from a shared folder far outside the workspace'),
 'shape-mismatch.three-disciplines': ('shape-mismatch', 'static', [], 'softmax head of 3 units left over from an older three-discipline version; acts.csv now has 4 disciplines (hoop added)'),
 'shape-mismatch.revenue-two-outputs': ('shape-mismatch', 'static', [], 'revenue regressor with 2 linear outputs (revenue and attendance planned) but a single target column'),
 'shape-mismatch.five-disciplines': ('shape-mismatch', 'static', [], 'softmax head of 5 units (trapeze split into flying/static/dance planned) for 4 classes in the data'),
 'loss-activation-mismatch.softmax-mse': ('loss-activation-mismatch', 'static', [], 'softmax discipline classifier trained with mse instead of cce'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'aerial-exam classifier with bce but a linear output (sigmoid forgotten)'),
 'loss-activation-mismatch.relu-head-standard-target': ('loss-activation-mismatch', 'static', [], 'relu output on a standardised sway target, half of whose values are negative and unreachable'),
 'loss-activation-mismatch.sigmoid-head-revenue': ('loss-activation-mismatch', 'static', [], 'sigmoid output on a standardised revenue target that spans about -2..3, so most of it is out of reach'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'zeros init on a 16-unit tanh hidden layer of the exam classifier'),
 'init-symmetry.constant-hidden': ('init-symmetry', 'static', [], 'constant 0.1 init on a 24-unit relu hidden layer of the discipline classifier'),
 'init-symmetry.zeros-everywhere': ('init-symmetry', 'static', [], 'zeros init on every layer (two 12-unit tanh layers and the output) of the sway regressor'),
 'init-symmetry.constant-half-sigmoid': ('init-symmetry', 'static', [], 'constant 0.5 init on a 10-unit sigmoid hidden layer'),
 'init-scale.normal-std-8': ('init-scale', 'static', ['saturated-activation'], 'normal init with std 8 on two tanh layers (32, 16): the units start pinned at +-1'),
 'init-scale.uniform-tiny-deep': ('init-scale', 'static', ['vanishing-gradient'], 'uniform init with limit 1e-4 on every layer of a 3x32 relu net: signal and gradients vanish'),
 'init-scale.normal-std-30-relu': ('init-scale', 'static', ['nan-loss', 'exploding-gradient'], 'normal init with std 30 on a 64-32 relu regressor: the first forward pass overflows'),
 'init-scale.normal-std-1e-3-sigmoid': ('init-scale', 'static', ['vanishing-gradient'], 'normal init with std 0.001 on a 3x16 sigmoid net: the first layers get no gradient'),
 'no-nonlinearity.linear-stack-acts': ('no-nonlinearity', 'static', [], 'three linear hidden layers (32, 32, 16) in the discipline classifier: depth adds nothing'),
 'no-nonlinearity.moons-linear-hidden': ('no-nonlinearity', 'static', [], 'two linear hidden layers on moons: the net is a logistic regression'),
 'no-nonlinearity.rigging-no-activation': ('no-nonlinearity', 'static', [], 'two linear hidden layers in the sway regressor: the same as a linear regression'),
 'no-nonlinearity.circles-forgot-act': ('no-nonlinearity', 'static', [], 'activation left out of both hidden layers (defaults to linear) on circles'),
 'lr-out-of-range.adam-lr-20': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam with lr 20 (meant 0.002, decimal point slipped)'),
 'lr-out-of-range.sgd-lr-zero': ('lr-out-of-range', 'static', [], 'sgd lr set to 0 while "freezing" the model, then trained anyway'),
 'lr-out-of-range.rmsprop-negative': ('lr-out-of-range', 'static', [], 'rmsprop lr -0.001 (sign slipped in from a decay schedule)'),
 'lr-out-of-range.sgd-lr-500': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 500 on the revenue regressor'),
 'dead-relu.negative-bias-5': ('dead-relu', 'probe', [], 'relu layers with initial bias -5 on standardised student features: units never fire'),
 'dead-relu.adam-lr-high-kill': ('dead-relu', 'probe', ['lr-too-high'], 'adam lr 0.5 with batch 8 on the sway regressor: the first steps kill the second relu layer'),
 'dead-relu.bias-minus-8-shows': ('dead-relu', 'probe', [], 'relu layers with bias -8 in the revenue regressor: almost every unit dead from the start'),
 'dead-relu.rmsprop-lr-0.5-acts': ('dead-relu', 'probe', ['lr-too-high'], 'rmsprop lr 0.5 on the discipline classifier: the second relu layer dies in the first epoch'),
 'exploding-gradient.raw-revenue-target': ('exploding-gradient', 'probe', ['dead-relu', 'nan-loss'], 'revenue in raw euros (normalizeTarget none) with sgd 0.01: gradients of millions, then the relu layer dies'),
 'exploding-gradient.raw-features-raw-target': ('exploding-gradient', 'probe', ['saturated-activation'], 'raw features (ad spend in the thousands) and raw revenue target, sgd with momentum: huge gradients, tanh pinned'),
 'exploding-gradient.sway-raw-rmsprop': ('exploding-gradient', 'probe', ['lr-too-high', 'dead-relu', 'nan-loss'], 'raw rigging features and raw sway target, nesterov sgd batch 8: gradient norms up to 1e23, then all relu units dead'),
 'vanishing-gradient.deep-sigmoid-8': ('vanishing-gradient', 'probe', ['loss-plateau'], 'eight sigmoid hidden layers with plain sgd 0.01 on the exam data'),
 'vanishing-gradient.deep-sigmoid-acts': ('vanishing-gradient', 'probe', ['loss-plateau'], 'six sigmoid hidden layers of 24 on the discipline data, sgd 0.02'),
 'vanishing-gradient.sigmoid-10-moons': ('vanishing-gradient', 'probe', ['loss-plateau'], 'ten 8-unit sigmoid layers on moons, sgd 0.05'),
 'nan-loss.raw-everything-sgd': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw features and raw revenue target with sgd 0.01: NaN in the first epoch'),
 'nan-loss.momentum-raw-revenue-big-lr': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw revenue data, 3x64 relu, sgd 0.1 with momentum 0.9'),
 'dead-relu.raw-revenue-sgd-kill': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw (unnormalised) show features with sgd 0.05: written to kill relus, it overflowed to NaN in the first epoch'),
 'oscillating-loss.batch-1-sgd': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd 0.2 with batch size 1 on the sway regressor: written to oscillate, it overflowed to NaN in the first epoch'),
 'exploding-gradient.deep-relu-std-1': ('nan-loss', 'probe', ['init-scale', 'exploding-gradient'], 'four 64-unit relu layers with normal std 1 init (He would be ~0.18): NaN in the first epoch'),
 'lr-too-high.sgd-lr-5': ('lr-too-high', 'training', ['oscillating-loss'], 'plain sgd lr 5 on the exam classifier: the loss bounces between 0.25 and 1.2 and never settles'),
 'lr-too-high.adam-lr-0.3': ('lr-too-high', 'probe', ['dead-relu'], 'adam lr 0.3: loss falls to 0.84 then climbs back to the baseline as the second relu layer dies'),
 'lr-too-high.rmsprop-lr-0.1': ('lr-too-high', 'probe', ['oscillating-loss'], 'rmsprop lr 0.1 on the sway regressor: first epoch 68x baseline, then bouncing around 0.2 where lr 0.001 reaches 0.014'),
 'lr-too-high.momentum-lr-1': ('lr-too-high', 'probe', ['nan-loss', 'exploding-gradient'], 'sgd lr 1 with momentum 0.9 on the revenue regressor: loss 6e22 then NaN'),
 'lr-too-high.nesterov-lr-0.8': ('lr-too-high', 'probe', ['dead-relu', 'saturated-activation'], 'nesterov sgd lr 0.8 momentum 0.95 on the exam classifier: loss blows up to 1e6 and stays there'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', 'training', [], 'plain sgd lr 1e-5 for 100 epochs: 0.7177 to 0.7151'),
 'lr-too-low.adam-1e-6': ('lr-too-low', 'training', [], 'adam lr 1e-6 (meant 1e-3) on the discipline classifier'),
 'lr-too-low.rmsprop-2e-6': ('lr-too-low', 'training', [], 'rmsprop lr 2e-6 on the sway regressor: loss still above the baseline after 100 epochs'),
 'lr-too-low.sgd-full-batch-1e-4': ('lr-too-low', 'training', [], 'full-batch sgd lr 1e-4 on the revenue regressor: one step per epoch, loss ends above the baseline'),
 'saturated-activation.raw-ad-spend-sigmoid': ('saturated-activation', 'probe', [], 'normalize none on the show data (ad spend in the thousands) into sigmoid layers'),
 'saturated-activation.raw-students-tanh': ('saturated-activation', 'probe', [], 'normalize none on the student data (height in cm, weight in kg) into tanh layers'),
 'saturated-activation.sigmoid-bias-12': ('saturated-activation', 'probe', [], 'sigmoid hidden layer with initial bias 12: every unit pinned at 1'),
 'loss-plateau.rigging-raw-sigmoid-deep': ('saturated-activation', 'probe', ['loss-plateau'], 'raw rigging features (load in kg) into three sigmoid layers: written as a plateau, the first layer is pinned (sat 1.00)'),
 'loss-plateau.sigmoid-sgd-circles': ('loss-plateau', 'training', [], '4 sigmoid units with plain sgd 0.05 on circles: the loss sits at the baseline for 200 epochs'),
 'loss-plateau.students-weight-decay-huge': ('loss-plateau', 'training', [], 'weightDecay 5 (meant 5e-5) with adam: the weights are held at zero and the loss stalls at the baseline'),
 'loss-plateau.xor-sigmoid-sgd': ('loss-plateau', 'training', [], '4 sigmoid units with plain sgd 0.05 on xor: the loss stays at the baseline'),
 'oscillating-loss.adam-0.05-batch-4': ('oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.05 with batch 4 on the discipline classifier: the loss swings between 0.17 and 0.44 to the end'),
 'oscillating-loss.sgd-momentum-0.99': ('oscillating-loss', 'training', ['lr-too-high'], 'sgd lr 0.3 with momentum 0.99 on the exam classifier: the loss swings between 0.55 and 3.4 and never settles'),
}

DROP = {
 'invalid-spec.validation-split-whole': 'fine (invalid-spec, validationSplit 20) but dropped to keep the set within 65 faults; invalid-spec is covered four times',
 'data-error.show-date-feature': 'fine (date text as a feature) but dropped to keep the set within 65 faults; data-error is covered five times',
 'shape-mismatch.bce-two-units': 'the engine trained it (2 sigmoid units on one 0/1 column, last/base 0.60): borderline',
 'loss-activation-mismatch.cce-sigmoid-head': 'trained to a near-zero loss with acc 0.71: what it showed is unclear',
 'dead-relu.bias-minus-3-acts': 'only 34% of units dead and the loss fell to 0.65 of the baseline: borderline',
 'vanishing-gradient.tanh-small-normal-deep': 'trained well (last/base 0.07): no vanishing shown',
 'nan-loss.init-1e6': 'NaN from std 1e6 init is really init-scale; dropped to keep the set within 65',
 'nan-loss.sway-raw-sgd-lr-1': 'fine (NaN at epoch 1) but dropped to keep the set within 65; nan-loss covered five times',
 'lr-too-low.momentum-1e-5-acts': 'moved from 0.94 to 0.87 (last/base 0.66): could be read as merely slow; borderline',
 'saturated-activation.raw-duration-tanh': 'saturated (0.93) but still learnt to last/base 0.32: borderline',
 'loss-plateau.spirals-tiny-net': 'a 3-unit net on 3 spirals: it is at its capacity, not stalled: borderline',
 'loss-plateau.xor-relu-dead-start': 'still falling slowly at the end (0.69 to 0.59): lr-too-low or plateau, borderline',
 'loss-plateau.circles-sigmoid-full-batch': 'still falling very slowly above the baseline: plateau or lr-too-low, borderline',
 'oscillating-loss.rmsprop-0.03-full': 'small wiggles on a falling curve, ends at last/base 0.08: not oscillating',
 'oscillating-loss.sgd-momentum-0.95-rigging': 'swings early but settles to last/base 0.05: trained well',
 'ok.students-logistic': 'healthy by intent but ends at last/base 0.69 where the nets reach 0.2-0.4: borderline',
 'ok.students-batch-1-sgd': 'only 40 epochs, ends at last/base 0.65: borderline',
 'ok.students-rmsprop-minmax': 'ends at last/base 0.66, well above the other student nets: borderline',
 'ok.students-deep-sigmoid-adam': 'ends at last/base 0.63: borderline',
 'ok.spirals-deep-adam': 'ends at last/base 0.33 (acc 0.83): spirals could do better, borderline',
}

H = {
 'ok.students-adam-relu': 'students.csv standard, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003, batch 32, 120 epochs',
 'ok.students-sgd-momentum-tanh': 'students.csv standard, [16 tanh, 1 sigmoid], bce, sgd 0.05 momentum 0.9, batch 32',
 'ok.students-nesterov-elu-dropout': 'students.csv, [32 elu, dropout 0.2, 16 elu, 1 sigmoid], bce, nesterov sgd 0.02, batch 16, validationSplit 0.2',
 'ok.students-batchnorm-sgd': 'students.csv, [32 relu bn, 16 relu bn, 1 sigmoid], bce, sgd 0.05 momentum 0.9',
 'ok.students-full-batch-adam': 'students.csv, [32 tanh, 16 tanh, 1 sigmoid], bce, adam 0.01, full batch 420, 300 epochs',
 'ok.students-weight-decay-clip': 'students.csv, [32 relu, 16 relu, 1 sigmoid], bce, adam 0.002 weightDecay 1e-4 clipNorm 1',
 'ok.students-cce-two-units': 'students.csv, integer 0/1 target as 2 classes, [16 relu, 2 softmax], cce, adam 0.003',
 'ok.acts-adam-relu': 'acts.csv (4 string disciplines, hoop rare, lucky_number with no effect) standard, [32 relu, 16 relu, 4 softmax], cce, adam 0.003',
 'ok.acts-sgd-momentum-tanh': 'acts.csv, [24 tanh, 4 softmax], cce, sgd 0.05 momentum 0.9, batch 16',
 'ok.acts-rmsprop-elu-val': 'acts.csv, [32 elu, dropout 0.1, 16 elu, 4 softmax], cce, rmsprop 0.002, validationSplit 0.25',
 'ok.acts-batchnorm-adam': 'acts.csv, [48 relu bn, 24 relu bn, 4 softmax], cce, adam 0.005, batch 64',
 'ok.acts-softmax-regression': 'acts.csv, [4 softmax] only (multinomial logistic regression), cce, adam 0.02',
 'ok.acts-deep-leaky': 'acts.csv, [32, 32, 32, 16 leaky_relu, 4 softmax], cce, adam 0.001',
 'ok.acts-minmax-nesterov': 'acts.csv minmax, [32 relu, 4 softmax], cce, nesterov sgd 0.1',
 'ok.acts-sigmoid-hidden-adam': 'acts.csv, [24 sigmoid, 4 softmax], cce, adam 0.01, 200 epochs',
 'ok.shows-adam-relu': 'shows.csv (revenue in euros, normalizeTarget standard, skewed ad spend), [32 relu, 16 relu, 1 linear], mse, adam 0.003',
 'ok.shows-rmsprop-tanh': 'shows.csv, [32 tanh, 1 linear], mse, rmsprop 0.003',
 'ok.shows-semicolon-export': 'shows-export.csv (semicolons, decimal commas), [24 elu, 12 elu, 1 linear], mse, adam 0.003',
 'ok.shows-tab-export-sgd': 'shows-tabs.csv (tab separated), [24 relu, 1 linear], mse, sgd 0.02 momentum 0.9',
 'ok.shows-minmax-both': 'shows.csv minmax features and minmax target, [32 relu, 16 relu, 1 linear], mse, adam 0.003',
 'ok.shows-batchnorm-clip': 'shows.csv, [32 relu bn, 16 relu, 1 linear], mse, sgd 0.02 momentum 0.9 clipNorm 5',
 'ok.shows-deep-elu-val': 'shows.csv, [32, 32, 16, 8 elu, 1 linear], mse, adam 0.001, validationSplit 0.2',
 'ok.shows-huber-like-small-batch': 'shows.csv, [16 leaky_relu, 8 leaky_relu, 1 linear], mse, rmsprop 0.001 clipNorm 2, batch 4',
 'ok.rigging-adam-tanh': 'rigging.csv (sway in cm, paint_code with no effect), [16 tanh, 8 tanh, 1 linear], mse, adam 0.005, batch 16',
 'ok.rigging-linear-regression': 'rigging.csv, [1 linear] only, mse, sgd 0.05',
 'ok.rigging-rmsprop-relu': 'rigging.csv, [32 relu, 16 relu, 1 linear], mse, rmsprop 0.001',
 'ok.rigging-nesterov-leaky': 'rigging.csv, [24 leaky_relu, 1 linear], mse, nesterov sgd 0.01, batch 8',
 'ok.rigging-full-batch-rmsprop': 'rigging.csv, [32 elu, 1 linear], mse, rmsprop 0.01, full batch 260, 400 epochs',
 'ok.rigging-dropout-decay': 'rigging.csv, [64 relu, dropout 0.1, 32 relu, 1 linear], mse, adam 0.002 weightDecay 1e-4',
 'ok.moons-adam': 'builtin moons 400, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.circles-tanh-sgd': 'builtin circles 300, [12 tanh, 1 sigmoid], bce, sgd 0.3 momentum 0.9, batch 16',
 'ok.iris-rmsprop': 'builtin iris standard, [12 relu, 3 softmax], cce, rmsprop 0.005, batch 16',
 'ok.sine-tanh-adam': 'builtin sine 300, [32 tanh, 16 tanh, 1 linear], mse, adam 0.01',
 'ok.xor-sigmoid-sgd': 'builtin xor, [8 tanh, 1 sigmoid], bce, sgd 0.5 momentum 0.5, 300 epochs',
 'ok.blobs-5-sgd': 'builtin blobs 5 classes, [16 relu, 5 softmax], cce, plain sgd 0.05',
 'ok.inline-troupe-catches': 'inline 12-row table (catches vs rehearsal hours), both normalised, [8 tanh, 1 linear], mse, adam 0.01, full batch',
 'ok.inline-harness-check': 'inline 12-row table with string labels pass/fail, [4 tanh, 1 sigmoid], bce, adam 0.05, batch 4',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates') if f.endswith('.nn.json'))
known = set(F) | set(DROP) | set(H)
missing = [c for c in cands if c not in known]
assert not missing, missing
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)

faults, healthy, dropped = [], [], []
for c in cands:
    line = obs[c]
    if c in F:
        code, stage, extra, words = F[c]
        new = c if c.startswith(code + '.') else code + '.' + c.split('.', 1)[1]
        with open(os.path.join('candidates', c + '.nn.json'), encoding='utf8') as fh:
            text = fh.read()
        if new != c:
            text = text.replace('"name": "%s"' % c, '"name": "%s"' % new)
        with open(os.path.join('faulty', new + '.nn.json'), 'w', encoding='utf8') as fh:
            fh.write(text)
        faults.append({'file': 'faulty/%s.nn.json' % new, 'code': code, 'fault': '%s (observe: %s)' % (words, line), 'stage': stage, 'catches': [code] + [x for x in extra if x != code]})
    elif c in H:
        shutil.copy(os.path.join('candidates', c + '.nn.json'), os.path.join('healthy', c + '.nn.json'))
        healthy.append({'file': 'healthy/%s.nn.json' % c, 'covers': '%s (observe: %s)' % (H[c], line)})
    else:
        shutil.copy(os.path.join('candidates', c + '.nn.json'), os.path.join('dropped', c + '.nn.json'))
        dropped.append((c, DROP[c]))

about = ('Two hundred and seventeenth fault set (issue #4), written blind for the honest measurement and frozen before the product '
 'was first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s '
 'expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
 'Each "fault" text (and each healthy "covers") ends with the line measured on the bare engine by test/faults/observe.ts --summary '
 '(observed.txt); --curve for the lr-too-high, lr-too-low, plateau and oscillating candidates (observed-curves.txt); no diagnosis code involved. '
 'Theme: circus schools and trapeze troupes, on four CSVs written by data/generate.ts (seed 217): students.csv (420 aerial students, '
 'id and enrolment-date text columns, skewed weeks enrolled, height and weight collinear, shoe size with no effect, passed_aerial 0/1), '
 'students-gaps.csv (the same with NA, ? and blank cells), acts.csv (360 showcase acts, 4 string disciplines with hoop rare, 6% relabelled, '
 'lucky_number with no effect), shows.csv (380 shows, revenue in raw euros, skewed ad spend) with a semicolon/decimal-comma export and a tab '
 'export, rigging.csv (260 load tests, sway in cm, paint_code with no effect), plus builtins and two inline tables. '
 'Specs by author.ts; this manifest by write-manifest.py. See README.md.')
with open('manifest.json', 'w', encoding='utf8') as fh:
    json.dump({'about': about, 'faults': faults, 'healthy': healthy}, fh, indent=1, ensure_ascii=False)
    fh.write('\n')
with open('dropped.txt', 'w', encoding='utf8') as fh:
    for c, why in dropped:
        fh.write('%s: %s\n' % (c, why))
shutil.rmtree('candidates')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(dropped), 'dropped')
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
