#!/usr/bin/env python3
"""Verdicts of fault set blind192: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind192 after author.ts and observe.ts (observed.txt)."""
import json, os, re, shutil

here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([^ :]+?)(?:\.nn\.json)?[: ]', line)
    if m: obs[m.group(1)] = line

S, P, T = 'static', 'probe', 'training'
# candidate -> (code, stage, extra catches, fault text); a code different from the name's prefix is a re-filing.
F = {
 'invalid-spec.relu-capitalised': ('invalid-spec', S, [], 'activation written "ReLU" as in the Keras/PyTorch class name, on the extra-charge model'),
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer "adamw" copied from a PyTorch notebook; the engine has adam only'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'loss written "categorical_crossentropy" (the Keras name) instead of "cce"'),
 'invalid-spec.dropout-as-keep-prob': ('invalid-spec', S, [], 'dropout rate 1.5 typed on the kennel outcome model (keep-probability/percent confusion)'),
 'invalid-spec.validation-split-percent': ('invalid-spec', S, [], 'validationSplit 20 meant as 20 percent'),
 'data-error.file-from-last-year': ('data-error', S, [], 'CSV path grooming_2024.csv: last year\'s export, not in the data folder'),
 'data-error.dog-id-as-feature': ('data-error', S, [], 'the booking reference dog_id ("G-1000") listed as a feature'),
 'data-error.target-typo': ('data-error', S, [], 'target "incidents" where the kennel sheet\'s column is "incident"'),
 'data-error.front-desk-gaps': ('data-error', S, [], 'the front desk\'s copy with NA, blank and "?" cells where the groomer forgot to note age, matting or coat'),
 'data-error.shared-drive-path': ('data-error', S, [], 'data path climbing out of the workspace to a shared kennel drive'),
 'shape-mismatch.service-two-units': ('shape-mismatch', S, [], 'service classifier with 2 softmax units; the service column has 3 classes (bath_tidy, full_groom, hand_strip)'),
 'shape-mismatch.outcome-four-units': ('shape-mismatch', S, [], 'kennel outcome head with 4 units for 3 outcomes (settled, anxious, unwell)'),
 'shape-mismatch.minutes-three-heads': ('shape-mismatch', S, [], 'groom-minutes regression with 3 output units for one target column'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'incident model under bce with a linear output (sigmoid forgotten): the loss sits far above the baseline'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, [], 'service classifier under cce with 3 sigmoid outputs instead of softmax: the loss goes to ~0 while accuracy stays at 0.63'),
 'loss-activation-mismatch.sigmoid-head-scaled-minutes': ('loss-activation-mismatch', S, [], 'standardised groom minutes (negative half the time) predicted by a sigmoid head that cannot go below 0'),
 'loss-activation-mismatch.relu-head-scaled-minutes': ('loss-activation-mismatch', S, [], 'standardised groom minutes predicted by a relu head that cannot go below 0'),
 'loss-activation-mismatch.bce-tanh-head': ('loss-activation-mismatch', S, [], 'extra-charge model under bce with a tanh output'),
 'init-symmetry.zeros-hidden': ('init-symmetry', S, [], 'hidden tanh layer of 16 and the sigmoid output all initialised to zeros: nothing moves'),
 'init-symmetry.zeros-everywhere-outcome': ('init-symmetry', S, ['dead-relu'], 'relu layer of 16 and softmax output initialised to zeros on the kennel outcome model'),
 'init-symmetry.zeros-deep-tanh': ('init-symmetry', S, ['vanishing-gradient'], 'two tanh layers of 16 and the output all zeros on the extra-charge model'),
 'init-scale.normal-std-8-tanh': ('init-scale', S, ['saturated-activation'], 'tanh layers initialised normal std 8: saturated from the start'),
 'init-scale.uniform-tiny-deep': ('init-scale', S, ['vanishing-gradient'], 'four layers initialised uniform limit 1e-4: signal and gradients vanish'),
 'init-scale.normal-std-25-relu': ('init-scale', S, ['nan-loss', 'exploding-gradient'], 'relu layers initialised normal std 25 on the groom-minutes regression'),
 'init-scale.normal-std-1e-5-sigmoid': ('init-scale', S, ['vanishing-gradient'], 'sigmoid layers initialised normal std 1e-5: the outcome model stays at the prior'),
 'no-nonlinearity.linear-stack-circles': ('no-nonlinearity', S, [], 'two linear hidden layers on circles'),
 'no-nonlinearity.linear-stack-xor': ('no-nonlinearity', S, [], 'two linear hidden layers (he_normal init, activation forgotten) on xor'),
 'no-nonlinearity.linear-stack-spirals': ('no-nonlinearity', S, [], 'two linear hidden layers of 32 on three spirals'),
 'lr-out-of-range.adam-lr-3': ('lr-out-of-range', S, ['lr-too-high'], 'adam lr 3'),
 'lr-out-of-range.sgd-lr-80': ('lr-out-of-range', S, ['lr-too-high'], 'sgd lr 80 (meant 0.08?)'),
 'lr-out-of-range.rmsprop-lr-1e-8': ('lr-out-of-range', S, ['lr-too-low'], 'rmsprop lr 1e-8'),
 'dead-relu.negative-bias-kennel': ('dead-relu', P, [], 'relu layers with bias -6 on standardised kennel features: every unit dead from the start'),
 'dead-relu.bias-minus-6-minutes': ('dead-relu', P, [], 'relu layers with bias -6 on the groom-minutes model'),
 'dead-relu.bias-minus-5-outcome': ('dead-relu', P, [], 'relu layers with bias -5 on the kennel outcome model'),
 'exploding-gradient.raw-minutes-target': ('dead-relu', P, ['exploding-gradient'], 'raw features (days_since_groom up to 300, weight in kg) with no normalisation into a relu net under sgd momentum: a huge first loss, then every first-layer unit dead (re-filed from exploding-gradient)'),
 'exploding-gradient.deep-elu-raw': ('exploding-gradient', P, [], 'raw weight_lb and days_since_groom and raw minutes into three elu layers: gradient norms in the thousands all run'),
 'exploding-gradient.raw-kennel-features': ('exploding-gradient', P, ['saturated-activation'], 'raw kennel features and the raw deposit in euros as target: gradients in the thousands, loss ends above the baseline'),
 'nan-loss.raw-everything-sgd': ('exploding-gradient', P, ['nan-loss', 'dead-relu'], 'raw features and raw minutes with sgd 0.05: gradient norm 3.7e8 in the first epoch, then the relu layer dies (re-filed from nan-loss: no NaN)'),
 'nan-loss.adam-lr-50': ('exploding-gradient', P, ['nan-loss', 'lr-too-high'], 'raw kennel features and raw vacc_days_left target under Nesterov sgd 0.2: gradient norm 2e8, then the relu layer dies (re-filed from nan-loss: no NaN; the slug is the first draft\'s)'),
 'vanishing-gradient.deep-sigmoid-stack': ('vanishing-gradient', P, [], 'seven sigmoid hidden layers under plain sgd on the incident model'),
 'vanishing-gradient.tanh-tiny-init-deep': ('vanishing-gradient', P, ['init-scale'], 'six tanh layers initialised uniform 0.02'),
 'vanishing-gradient.ten-sigmoids': ('vanishing-gradient', P, [], 'ten sigmoid layers of 12 on the extra-charge model'),
 'nan-loss.deposit-target-momentum': ('nan-loss', P, ['exploding-gradient'], 'raw deposit in euros as target with raw features and momentum 0.99'),
 'dead-relu.high-rate-relu': ('nan-loss', P, ['lr-too-high'], 'sgd 0.8 with batch 8 on the groom-minutes relu net: NaN in the first epoch (re-filed from dead-relu)'),
 'dead-relu.sgd-raw-deposit': ('nan-loss', P, ['exploding-gradient'], 'raw deposit target and raw features under sgd 0.001 (re-filed from dead-relu: NaN in the first epoch)'),
 'lr-too-high.sgd-1-5-minutes': ('nan-loss', P, ['lr-too-high'], 'sgd 1.5 on the groom-minutes tanh net: loss 1.7e19 then NaN (re-filed from lr-too-high)'),
 'lr-too-high.adam-0-3-kennel': ('lr-too-high', P, [], 'adam 0.3 on the kennel outcome model: the loss falls to 0.55 then jumps to 1.06 and stays near the baseline'),
 'lr-too-high.adam-0-5-tabs': ('lr-too-high', P, ['oscillating-loss'], 'adam 0.5 on the tab export\'s service classifier: reaches 0.29 then bounces up to 6.4'),
 'oscillating-loss.momentum-full-batch': ('lr-too-high', P, ['exploding-gradient'], 'sgd 0.6 with momentum 0.95 on the full batch: the loss climbs from 0.80 to 7e5 (re-filed from oscillating-loss: it diverges)'),
 'oscillating-loss.sgd-batch-2-extra': ('lr-too-high', P, ['oscillating-loss'], 'sgd 0.8 with batch 2 on the extra-charge model: the loss rises from 0.76 to above the baseline and stays there (re-filed from oscillating-loss)'),
 'lr-too-low.sgd-1e-4-short': ('lr-too-low', P, [], 'plain sgd 1e-4 for 40 epochs'),
 'lr-too-low.adam-1e-6': ('lr-too-low', P, ['lr-out-of-range'], 'adam 1e-6 on the kennel outcome model'),
 'lr-too-low.rmsprop-1e-6-minutes': ('lr-too-low', P, ['lr-out-of-range'], 'rmsprop 1e-6 on the groom-minutes model'),
 'lr-too-low.momentum-1e-5': ('lr-too-low', P, [], 'sgd 1e-5 with momentum on the incident model'),
 'saturated-activation.sigmoid-raw-kennel': ('saturated-activation', P, [], 'sigmoid hidden layer on raw kennel features (vacc_days_left in hundreds, deposit in euros), normalize none'),
 'saturated-activation.tanh-bias-6': ('saturated-activation', P, [], 'tanh hidden layer with bias 6: every unit pinned at +1'),
 'saturated-activation.sigmoid-std-6': ('saturated-activation', P, ['init-scale'], 'sigmoid hidden layer initialised normal std 6'),
 'saturated-activation.tanh-raw-grooming': ('saturated-activation', P, [], 'tanh hidden layer on raw weight_lb and days_since_groom'),
 'loss-plateau.heavy-weight-decay': ('loss-plateau', T, [], 'weightDecay 2 on adam: the outcome model stays at the prior'),
 'loss-plateau.dropout-0-9': ('loss-plateau', T, [], 'dropout 0.95 after a 16-unit layer (meant 0.05)'),
 'loss-plateau.one-unit-bottleneck': ('loss-plateau', T, [], 'a single relu unit as the only hidden layer on three spirals'),
 'loss-plateau.weight-decay-minutes': ('loss-plateau', T, [], 'weightDecay 5 with sgd momentum on the groom-minutes model'),
 'oscillating-loss.adam-batch-2': ('oscillating-loss', T, ['lr-too-high'], 'adam 0.08 with batch 2 on the kennel outcome model: the loss swings between 0.52 and 0.86'),
 'oscillating-loss.momentum-batch-1-service': ('oscillating-loss', T, ['lr-too-high'], 'sgd 0.1 momentum 0.9 with batch 1 on the service classifier: the loss swings between 1.5 and 3.0, above the baseline'),
}
DROP = {
 'invalid-spec.batch-size-zero': 'surplus (invalid-spec already has five)',
 'invalid-spec.normalise-british': 'surplus (invalid-spec already has five)',
 'data-error.visit-date-feature': 'surplus (data-error already has five, one with a text feature)',
 'shape-mismatch.incident-two-sigmoids': 'the engine trained it (last/base 0.67, as the healthy incident models): not a fault as written',
 'loss-activation-mismatch.softmax-mse-outcome': 'softmax with mse trained to accuracy 0.925: borderline',
 'init-symmetry.constant-hidden': 'the random output layer broke the symmetry: trained to last/base 0.22',
 'init-symmetry.constant-tanh-circles': 'symmetry broken by the random output layer: trained to 0.07, acc 0.997',
 'init-symmetry.zeros-two-layers': 'symmetry broken by the random output layer: trained to 0.13',
 'init-symmetry.constant-everywhere-minutes': 'trained to 0.13 anyway',
 'exploding-gradient.deep-wide-init': 'huge first loss then stuck at the baseline with modest gradients: neither clearly exploding nor cleanly one code',
 'no-nonlinearity.linear-stack-moons': 'surplus, and moons is nearly linearly separable (0.40, acc 0.87)',
 'lr-out-of-range.sgd-lr-1e-9': 'surplus (lr-out-of-range already has three)',
 'dead-relu.bias-minus-4-grooming': 'only 59% dead and trained well (0.11, acc 0.965)',
 'oscillating-loss.sgd-batch-1': 'NaN in the first epoch; surplus for nan-loss',
 'oscillating-loss.adam-batch-1-incident': 'noisy but ends at 0.71 like the healthy incident models: borderline',
 'oscillating-loss.rmsprop-batch-4': 'trained smoothly to 0.69, as healthy: no fault shown',
 'lr-too-high.nesterov-1': 'bounces a little around 0.47-0.54: borderline',
 'lr-too-high.rmsprop-0-2': 'ended at its best (0.63), as the healthy models: no fault shown',
 'lr-too-high.sgd-4-logistic': 'trained to 0.58, better than the healthy incident models',
 'ok.extra-logistic': 'ends at 0.78 of the baseline: not far enough below it to be sure it is healthy',
 'ok.incident-logistic-sgd': 'ends at 0.77 of the baseline: borderline',
 'ok.incident-sigmoid-hidden': 'ends at 0.76 of the baseline: borderline',
 'ok.outcome-batch-1-adam': 'ends at 0.41 where the other outcome models reach 0.04: under-trained',
 'ok.outcome-eu-adam-wd': 'validation loss 0.62 against 0.22 on training (overfits the rare class): borderline',
 'ok.extra-rmsprop-relu-dropout': 'validation loss 0.71 above the baseline 0.65: overfits, borderline',
}
H = {
 'ok.minutes-adam-relu': 'grooming.csv groom_minutes, standard + normalizeTarget standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32, 150 epochs',
 'ok.minutes-sgd-momentum-tanh': 'grooming.csv groom_minutes, [16 tanh, 1], mse, sgd 0.02 momentum 0.9, batch 32',
 'ok.minutes-linear-model': 'grooming.csv groom_minutes, a single linear unit, mse, plain sgd 0.05',
 'ok.minutes-minmax-rmsprop': 'grooming.csv, minmax features and target, [24 elu, 1], rmsprop 0.002, batch 16',
 'ok.minutes-batchnorm-dropout': 'grooming.csv, [32 relu batchNorm, dropout 0.1, 16 relu, 1], adam 0.005, batch 64, validationSplit 0.2',
 'ok.minutes-full-batch-nesterov': 'grooming.csv, [16 leaky_relu, 1], Nesterov sgd 0.05, full batch 400, 300 epochs',
 'ok.minutes-batch-1-small-sgd': 'grooming.csv, [8 tanh, 1], plain sgd 0.003 with batch 1, 30 epochs',
 'ok.minutes-tabs-export': 'grooming-tabs.csv (tab-separated export), five features, [16 relu, 1], adam 0.01',
 'ok.minutes-collinear-weights': 'grooming.csv with weight_kg and weight_lb both (collinear), [12 sigmoid, 1], adam 0.01, weightDecay 1e-4',
 'ok.minutes-deep-clipped': 'grooming.csv, four relu layers [32,32,32,16], sgd 0.01 momentum 0.9, clipNorm 1',
 'ok.minutes-huge-batch-rmsprop-lowlr-long': 'grooming.csv, [16 relu, 8 relu, 1], rmsprop 0.0005, batch 128, 500 epochs',
 'ok.minutes-xavier-normal-wd': 'grooming.csv, [20 tanh xavier_normal, 1], plain sgd 0.05, weightDecay 1e-3',
 'ok.extra-adam-tanh': 'grooming.csv extra_charge (noisy 0/1), [16 tanh, 1 sigmoid], bce, adam 0.005',
 'ok.extra-elu-momentum': 'grooming.csv extra_charge, minmax, [16 elu, 8 elu, 1 sigmoid], bce, sgd 0.05 momentum 0.9',
 'ok.extra-sigmoid-deep-adam': 'grooming.csv extra_charge, three sigmoid layers of 16, bce, adam 0.003, 200 epochs',
 'ok.service-adam': 'grooming.csv service (3 string classes, hand_strip rare), [32 relu, 3 softmax], cce, adam 0.005',
 'ok.service-nesterov-batchnorm': 'grooming.csv service, [24 tanh batchNorm, 12 tanh, 3 softmax], cce, Nesterov sgd 0.05',
 'ok.service-leaky-rmsprop': 'grooming.csv service, [32 leaky_relu, 16 leaky_relu, 3 softmax], rmsprop 0.002, batch 64',
 'ok.service-full-batch-adam': 'grooming.csv service, [16 elu, 3 softmax], adam 0.02, full batch 400, 300 epochs',
 'ok.incident-adam': 'kennel.csv incident 0/1, [16 relu, 1 sigmoid], bce, adam 0.003',
 'ok.incident-eu-export': 'kennel-eu.csv (semicolons, decimal commas) incident, [16 tanh, 1 sigmoid], rmsprop 0.002',
 'ok.incident-he-uniform-bn': 'kennel.csv incident, [24 relu he_uniform batchNorm, 1 sigmoid], adam 0.002',
 'ok.outcome-adam': 'kennel.csv outcome (settled/anxious/unwell, unwell rare), [32 relu, 16 relu, 3 softmax], cce, adam 0.003',
 'ok.outcome-momentum-tanh': 'kennel.csv outcome, [24 tanh, 3 softmax], sgd 0.05 momentum 0.9, batch 16',
 'ok.outcome-lecun-elu-clip': 'kennel.csv outcome, [32 elu lecun_normal x2, 3 softmax], sgd 0.03 momentum 0.8, clipNorm 5',
 'ok.deposit-regression': 'kennel.csv deposit_eur (run_number, no effect, included), [8 relu, 1], adam 0.01',
 'ok.deposit-rmsprop-linear': 'kennel.csv deposit_eur from nights and prior_stays, minmax, one linear unit, rmsprop 0.01',
 'ok.moons-relu': 'builtin moons, [16 relu, 16 relu, 1 sigmoid], adam 0.01',
 'ok.circles-tanh-momentum': 'builtin circles, [16 tanh, 1 sigmoid], sgd 0.1 momentum 0.9, batch 16',
 'ok.spirals-deep-adam': 'builtin spirals (3 classes), [48 relu, 48 relu, 24 relu, 3 softmax], adam 0.005, 300 epochs',
 'ok.xor-elu-rmsprop': 'builtin xor, [8 elu, 1 sigmoid], rmsprop 0.01',
 'ok.iris-softmax-sgd': 'builtin iris, standard, [8 tanh, 3 softmax], plain sgd 0.1',
 'ok.blobs-four-classes': 'builtin blobs (4 classes), [12 relu, 4 softmax], adam 0.01',
 'ok.sine-tanh-adam': 'builtin sine, [32 tanh, 32 tanh, 1], mse, adam 0.005, 300 epochs',
 'ok.inline-coat-bands': 'inline table of coat length and matting to string bands (short/medium/long), [8 tanh, 3 softmax], adam 0.02',
 'ok.inline-nights-price': 'inline table of nights to boarding price, normalizeTarget standard, one linear unit, sgd 0.1, batch 4',
}

cand = os.path.join(here, 'candidates')
names = sorted(f[:-8] for f in os.listdir(cand) if f.endswith('.nn.json'))
assert set(names) == set(F) | set(DROP) | set(H), (set(names) ^ (set(F) | set(DROP) | set(H)))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(here, d), exist_ok=True)
faults, healthy = [], []
for n in names:
    src = os.path.join(cand, n + '.nn.json')
    if n in F:
        code, stage, extra, text = F[n]
        new = n if n.startswith(code + '.') else code + '.' + n.split('.', 1)[1]
        shutil.move(src, os.path.join(here, 'faulty', new + '.nn.json'))
        line = obs[n].replace(n, new, 1)
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif n in H:
        shutil.move(src, os.path.join(here, 'healthy', n + '.nn.json'))
        healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{H[n]} (observe: {obs[n]})'})
    else:
        shutil.move(src, os.path.join(here, 'dropped', n + '.nn.json'))
shutil.rmtree(cand)
about = ('Fault set blind192 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
         'Theme: dog groomers and boarding kennels. "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught, '
         '"catches" the codes whose advice would genuinely fix it. Each fault text and healthy "covers" ends with the bare-engine result of test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt); no diagnosis code involved. '
         'Data (data/generate.ts, seed 192): grooming.csv (400 salon appointments: weight_kg skewed, weight_lb collinear, coat length, age, matting 0-5, '
         'days since last groom skewed, wire_coat, bowl_colour with no effect, dog_id and visit_date text; targets groom_minutes, extra_charge 0/1, service 3 classes with hand_strip rare), '
         'grooming-gaps.csv (NA, blank and "?" cells), grooming-tabs.csv (tab export), kennel.csv (360 boarding stays: nights, age, prior stays, vaccination days left, deposit_eur collinear with nights, '
         'run_number with no effect, bark complaints, weight; targets incident 0/1 and outcome settled/anxious/unwell with unwell rare), kennel-eu.csv (semicolons, decimal commas); plus builtins and two inline tables. '
         'Dropped candidates and their reasons are in write-manifest.py and README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
open(os.path.join(here, 'manifest.json'), 'a').write('\n')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(DROP), 'dropped')
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
