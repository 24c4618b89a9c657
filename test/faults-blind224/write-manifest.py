"""Verdicts of fault set blind224: files candidates into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind224: python3 write-manifest.py"""
import json, os, re, shutil

here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.rstrip('\n')
    m = re.match(r'^\s*([^\s:]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line.strip()

S, P, T = 'static', 'probe', 'training'
# candidate name -> (code, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer "adamw" copied from a PyTorch notebook; the format has only sgd, adam, rmsprop'),
 'invalid-spec.swish-activation': ('invalid-spec', S, [], 'hidden activation "swish", which the format does not offer'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'loss written with its Keras name "categorical_crossentropy" instead of "cce"'),
 'invalid-spec.dropout-rate-one': ('invalid-spec', S, [], 'dropout rate 1 on the charter price model (meant "keep 1 in ..."), dropping every unit'),
 'invalid-spec.validation-split-percent': ('invalid-spec', S, [], 'validationSplit written as a percentage (20) instead of a fraction (0.2)'),
 'data-error.id-column-not-excluded': ('data-error', S, [], 'no "features" list, so the booking_id and start_date text columns of the booking export are read as features'),
 'data-error.target-typo': ('data-error', S, [], 'target "price_euro" but the export calls the column "price_eur"'),
 'data-error.na-markers': ('data-error', S, [], 'trains on the marina office copy charters-gaps.csv, whose wind forecasts and skipper years have NA / empty / n/a markers'),
 'data-error.next-season-file': ('data-error', S, [], 'points at charters-2024.csv, next season\'s export that does not exist yet'),
 'data-error.path-outside-workspace': ('data-error', S, [], 'csv path climbs out of the workspace to the office home folder'),
 'shape-mismatch.three-certificates': ('shape-mismatch', S, [], '3 softmax units for the 4 certificate levels (the rare "yachtmaster" class forgotten)'),
 'shape-mismatch.price-two-outputs': ('shape-mismatch', S, [], '2 output units for the single price_eur target'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', S, [], 'targets price_eur and marina_fee_eur but a single output unit'),
 'shape-mismatch.iris-two-units': ('shape-mismatch', S, [], 'iris (3 classes) with a 2-unit softmax head'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'damage-claim classifier with bce on a linear output (sigmoid forgotten)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, [], 'certificate classifier with cce on 4 sigmoid outputs instead of softmax'),
 'loss-activation-mismatch.relu-head-standard-target': ('loss-activation-mismatch', S, [], 'relu output on a standardised price target, so the half of the bookings below the mean cannot be reached'),
 'loss-activation-mismatch.sigmoid-head-standard-target': ('loss-activation-mismatch', S, [], 'sigmoid output on the standardised hours-to-service target (negative values unreachable)'),
 'loss-activation-mismatch.mse-softmax-price': ('loss-activation-mismatch', S, [], 'softmax on a single-unit price regression output under mse: the output is always 1'),
 'init-symmetry.zeros-relu-hidden': ('init-symmetry', S, [], 'zeros init on a 16-unit relu hidden layer of the price model'),
 'init-symmetry.constant-tanh': ('init-symmetry', S, [], 'constant 0.1 init on a 12-unit tanh layer: every unit identical, the layer acts as one unit'),
 'init-symmetry.zeros-two-sigmoid': ('init-symmetry', S, [], 'zeros init on two 10-unit sigmoid layers of the claims model'),
 'init-symmetry.constant-elu-engine': ('init-symmetry', S, [], 'constant 0.05 init on a 20-unit elu layer of the engine-service model'),
 'init-scale.normal-std-8-relu': ('init-scale', S, ['nan-loss', 'exploding-gradient'], 'normal init with std 8 on two relu layers (meant 0.08)'),
 'init-scale.uniform-tiny-deep-tanh': ('init-scale', S, ['vanishing-gradient'], 'uniform init limit 1e-5 on every layer of a 3-hidden-layer tanh net'),
 'init-scale.normal-std-30-sigmoid': ('init-scale', S, ['saturated-activation'], 'normal init std 30 on a sigmoid hidden layer'),
 'init-scale.normal-std-1e-4-relu-sgd': ('init-scale', S, ['vanishing-gradient'], 'normal init std 1e-4 on every layer with plain SGD'),
 'no-nonlinearity.linear-stack-certificates': ('no-nonlinearity', S, [], 'three linear hidden layers (activation left out) in the certificate classifier'),
 'no-nonlinearity.linear-hidden-moons': ('no-nonlinearity', S, [], 'two linear hidden layers on moons'),
 'no-nonlinearity.linear-hidden-circles': ('no-nonlinearity', S, [], 'linear hidden layers (he_normal init but no activation) on circles'),
 'no-nonlinearity.linear-hidden-xor': ('no-nonlinearity', S, [], 'linear hidden layers on xor'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', S, ['lr-too-high'], 'adam with lr 5'),
 'lr-out-of-range.sgd-lr-80': ('lr-out-of-range', S, ['lr-too-high'], 'sgd with lr 80'),
 'lr-out-of-range.rmsprop-lr-1e-9': ('lr-out-of-range', S, ['lr-too-low'], 'rmsprop with lr 1e-9'),
 'lr-out-of-range.nesterov-lr-30': ('lr-out-of-range', S, ['lr-too-high', 'nan-loss'], 'nesterov sgd with lr 30'),
 'dead-relu.negative-bias-hidden': ('dead-relu', P, [], 'bias -6 on both relu hidden layers of the price model: all units silent'),
 'dead-relu.second-layer-bias': ('dead-relu', P, [], 'bias -10 on the second relu layer of the engine model'),
 'dead-relu.sgd-big-step-kills': ('dead-relu', P, ['lr-too-high'], 'plain sgd lr 3 on the claims relu net: the first steps push the second layer dead (97%) and it stays at the baseline'),
 'exploding-gradient.raw-engine-features': ('exploding-gradient', P, [], 'engine log with normalize none (engine hours in thousands, rpm ~2200) and plain sgd: gradients ~1e12..1e17'),
 'exploding-gradient.raw-marina-fees-adam': ('exploding-gradient', P, [], 'neither features nor the price target normalised (euros in thousands); adam keeps the steps bounded but gradient norms stay 1e4..1e6 and the fit is poor'),
 'nan-loss.raw-price-target': ('nan-loss', P, ['exploding-gradient'], 'raw price_eur target (thousands of euros) with sgd momentum; written as exploding-gradient, the loss was NaN in epoch 1'),
 'nan-loss.raw-engine-hours-momentum': ('nan-loss', P, ['exploding-gradient'], 'raw engine log (features and target) with sgd momentum 0.9'),
 'nan-loss.raw-fees-full-batch': ('nan-loss', P, ['exploding-gradient'], 'raw features and price target, full batch sgd lr 0.02'),
 'nan-loss.sgd-0.8-price': ('nan-loss', P, ['lr-too-high'], 'sgd lr 0.8 on the price model; written as lr-too-high, NaN in epoch 1'),
 'nan-loss.batch-one-sgd': ('nan-loss', P, ['lr-too-high'], 'batch size 1 with sgd lr 0.08 on the price model; written as oscillating-loss, NaN in epoch 1'),
 'exploding-gradient.raw-price-sgd': ('exploding-gradient', P, ['dead-relu'], 'raw features and raw price target with sgd lr 0.05; written as nan-loss: first loss 1e25, relu layer then dead, gradient up to 7.5e11'),
 'vanishing-gradient.ten-sigmoid-layers': ('vanishing-gradient', P, [], 'ten sigmoid hidden layers in the claims model, plain sgd: first-layer gradient ~1e-7'),
 'vanishing-gradient.eight-sigmoid-certificates': ('vanishing-gradient', P, [], 'eight sigmoid hidden layers in the certificate classifier'),
 'vanishing-gradient.deep-tanh-small-normal': ('vanishing-gradient', P, ['init-scale'], 'seven tanh layers with normal std 0.05 init, plain sgd'),
 'lr-too-high.adam-0.5-certificates': ('lr-too-high', P, [], 'adam lr 0.5 on the certificate classifier'),
 'lr-too-high.momentum-lr-1-claims': ('lr-too-high', P, ['oscillating-loss'], 'sgd lr 1.5 momentum 0.9 on the claims model: loss rises and bounces'),
 'lr-too-high.adam-0.3-engine': ('lr-too-high', P, ['oscillating-loss'], 'adam lr 0.3 on the engine model: loss reaches 0.40 then climbs above the baseline'),
 'oscillating-loss.rmsprop-0.2-moons': ('oscillating-loss', T, ['lr-too-high'], 'rmsprop lr 0.2 on moons; written as lr-too-high, the loss learns but keeps swinging 0.08..0.2'),
 'oscillating-loss.momentum-0.99': ('oscillating-loss', T, ['lr-too-high'], 'full-batch sgd with momentum 0.99 on the engine model: the loss swings 0.42..0.79 epoch to epoch'),
 'lr-too-low.sgd-1e-5-certificates': ('lr-too-low', P, [], 'sgd lr 1e-5 on the certificate classifier'),
 'lr-too-low.adam-1e-6-price': ('lr-too-low', P, [], 'adam lr 1e-6 on the price model'),
 'lr-too-low.rmsprop-2e-6-moons': ('lr-too-low', P, [], 'rmsprop lr 2e-6 on moons'),
 'lr-too-low.sgd-full-batch-engine': ('lr-too-low', P, [], 'full-batch sgd lr 5e-4: one step per epoch, loss still creeping down at the end'),
 'saturated-activation.raw-features-sigmoid': ('saturated-activation', P, [], 'claims model with normalize none (marina fees in hundreds of euros) into sigmoid units'),
 'saturated-activation.raw-engine-tanh': ('saturated-activation', P, ['exploding-gradient'], 'engine log with normalize none into a tanh layer'),
 'saturated-activation.bias-9-sigmoid': ('saturated-activation', P, [], 'bias 9 on a sigmoid hidden layer'),
 'saturated-activation.raw-students-tanh': ('saturated-activation', P, [], 'student data not normalised (prior hours up to hundreds) into tanh layers'),
 'loss-plateau.weight-decay-one': ('loss-plateau', T, [], 'adam with weightDecay 1 (meant 1e-4): the certificate classifier stays at the prior'),
 'loss-plateau.two-unit-bottleneck-spirals': ('loss-plateau', T, [], 'a 2-unit tanh hidden layer on 3-class spirals: stalls at the baseline'),
 'loss-plateau.weight-decay-sgd-engine': ('loss-plateau', T, [], 'sgd momentum with weightDecay 2 on the engine model: stuck around the baseline'),
}
DROP = {
 'invalid-spec.batch-size-zero': 'trimmed to keep the set within 65 faults (invalid-spec already has five)',
 'data-error.feature-name-wrong': 'trimmed to keep the set within 65 faults (data-error already has five)',
 'exploding-gradient.deep-relu-std-0.6': 'NaN in epoch 1 from a std 0.6 init on five relu layers: ambiguous between init-scale, exploding-gradient and nan-loss',
 'dead-relu.bias-minus-4-certificates': 'dead fraction 0.50 but the model still learnt (last/base 0.47): borderline',
 'oscillating-loss.adam-full-batch-0.1': 'trained smoothly to last/base 0.04: healthy, not oscillating',
 'oscillating-loss.rmsprop-batch-4': 'swings of about 0.03 on a baseline of 0.35 and last/base 0.65: borderline',
 'loss-plateau.dropout-0.95': 'loss still falling at the end (500 to 1.36): not a plateau, borderline',
 'ok.claims-minmax-leaky': 'last/base 0.70, the weakest of the claims models: borderline',
 'ok.claims-eu-export': 'last/base 0.66 on the claims data: borderline, kept out',
 'ok.spirals-deep-elu': 'last/base 0.48, acc 0.76 after 300 epochs: may be undertrained, borderline',
}
COVERS = {
 'ok.claims-adam-relu': 'charters.csv claims, standard, [16 relu, 1 sigmoid], bce, adam 0.003, batch 32',
 'ok.claims-sgd-momentum-tanh': 'charters.csv claims, [12 tanh, 1 sigmoid], bce, sgd momentum 0.9 lr 0.05, validationSplit 0.2',
 'ok.claims-batchnorm-dropout': 'claims, [32 relu batchNorm, dropout 0.2, 16 relu, 1 sigmoid], bce, adam',
 'ok.claims-nesterov-small-batch': 'claims on 4 chosen features, [8 tanh, 1 sigmoid], nesterov sgd 0.02, batch 8',
 'ok.claims-wd-clip-rmsprop': 'claims, [24 relu, 24 relu, 1 sigmoid], rmsprop 0.001, weightDecay 1e-3, clipNorm 2',
 'ok.price-adam-relu': 'charters.csv price_eur, standard + normalizeTarget standard, [32 relu, 16 relu, 1], mse, adam',
 'ok.price-sgd-linear-regression': 'price as a plain linear regression [1 linear], sgd 0.02',
 'ok.price-rmsprop-elu-clip': 'price, [24 elu, 1], rmsprop 0.002, clipNorm 1, batch 16',
 'ok.price-minmax-target': 'price, minmax features and target, [32 relu, 1 sigmoid], mse (sigmoid head fits a [0,1] target)',
 'ok.price-eu-export-tanh': 'charters-eu.csv (semicolons, decimal commas), [16 tanh, 16 tanh, 1], adam weightDecay 1e-4, validationSplit 0.15',
 'ok.price-batch-one-small-lr': 'price on 4 features, [8 relu, 1], sgd 0.002, batch size 1, 30 epochs',
 'ok.price-full-batch-adam': 'price, [32 leaky_relu, 1], adam 0.02, full batch (480), 300 epochs',
 'ok.price-deep-batchnorm': 'price, three relu layers with batchNorm, sgd momentum 0.9 lr 0.02',
 'ok.multi-target-price-fee': 'two regression targets price_eur and marina_fee_eur, [24 relu, 2], adam',
 'ok.price-uniform-init-small-lr-long': 'price, [16 tanh uniform limit 0.3, 1], adam 5e-4, 400 epochs',
 'ok.certs-adam-relu': 'students.csv certificate (4 string classes, rare yachtmaster), [32 relu, 4 softmax], cce, adam',
 'ok.certs-sgd-momentum-tanh': 'certificates, [24 tanh, 12 tanh, 4 softmax], sgd momentum 0.9 lr 0.03',
 'ok.certs-rmsprop-elu-val': 'certificates, [32 elu, dropout 0.1, 4 softmax], rmsprop 0.002, validationSplit 0.2',
 'ok.certs-softmax-regression': 'certificates, softmax regression [4 softmax], adam 0.02, batch 64',
 'ok.certs-minmax-sigmoid-hidden': 'certificates, minmax, [16 sigmoid, 4 softmax], adam 0.01, 200 epochs',
 'ok.certs-nesterov-wd': 'certificates, [32 relu, 16 relu, 4 softmax], nesterov sgd 0.01, weightDecay 5e-4, batch 16',
 'ok.certs-lecun-deep': 'certificates, three tanh layers lecun_normal, adam 0.002',
 'ok.certs-batch-two-sgd': 'certificates, [16 relu, 4 softmax], plain sgd 0.01, batch 2, 50 epochs',
 'ok.engine-adam-relu': 'engine-log.tsv (tabs, hull id left out), standard + normalizeTarget, [16 relu, 8 relu, 1], adam',
 'ok.engine-rmsprop-tanh': 'engine log, [16 tanh, 1], rmsprop 0.003',
 'ok.engine-sgd-momentum-elu': 'engine log, [12 elu he_uniform, 1], sgd momentum 0.9 lr 0.01, batch 16',
 'ok.engine-clip-wide': 'engine log, [64 relu he_uniform, dropout 0.1, 1], adam clipNorm 5, validationSplit 0.2',
 'ok.engine-xavier-normal-minmax': 'engine log, minmax features and target, [16 tanh xavier_normal, 1], adam 0.01',
 'ok.engine-deep-leaky-adam': 'engine log, four leaky_relu layers (32-32-32-16), adam 0.001',
 'ok.iris-adam': 'iris standard, [8 relu, 3 softmax], adam 0.01, batch 16',
 'ok.iris-sgd-full-batch': 'iris, [10 tanh, 3 softmax], sgd momentum 0.9 lr 0.2, full batch',
 'ok.moons-adam-relu': 'moons 300, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.circles-tanh-rmsprop': 'circles 300, [16 tanh, 1 sigmoid], rmsprop 0.01',
 'ok.xor-sgd-momentum': 'xor 300, [8 tanh, 1 sigmoid], sgd momentum 0.9 lr 0.1, batch 16',
 'ok.blobs-four-classes-sgd': 'blobs 4 classes, [8 relu, 4 softmax], plain sgd 0.05',
 'ok.sine-tanh-adam': 'sine 300, [24 tanh, 24 tanh, 1], mse, adam 0.005',
 'ok.sine-sigmoid-deep-batchnorm': 'sine, [32 sigmoid batchNorm, 32 sigmoid batchNorm, 1], adam 0.01',
 'ok.inline-wind-reef': 'inline table of wind speed and sea state -> reefing label (string classes), [8 tanh, 3 softmax], adam 0.03, full batch',
 'ok.inline-hull-speed': 'inline table of waterline length -> hull speed, 14 rows, [4 elu, 1], sgd momentum 0.8, full batch',
}

cand = os.path.join(here, 'candidates')
names = sorted(f[:-len('.nn.json')] for f in os.listdir(cand) if f.endswith('.nn.json'))
src_of = {}
# refiled names map back to their candidate file
REFILE = {
 'nan-loss.raw-price-target': 'exploding-gradient.raw-price-target',
 'nan-loss.sgd-0.8-price': 'lr-too-high.sgd-0.8-price',
 'nan-loss.batch-one-sgd': 'oscillating-loss.batch-one-sgd',
 'exploding-gradient.raw-price-sgd': 'nan-loss.raw-price-sgd',
 'oscillating-loss.rmsprop-0.2-moons': 'lr-too-high.rmsprop-0.2-moons',
}
used = set()
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(here, d), exist_ok=True)
faults, healthy = [], []
for name, (code, stage, extra, text) in F.items():
    src = REFILE.get(name, name)
    assert src in names, src
    used.add(src)
    assert name.startswith(code + '.')
    shutil.move(os.path.join(cand, src + '.nn.json'), os.path.join(here, 'faulty', name + '.nn.json'))
    faults.append({'file': f'faulty/{name}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[src]})', 'stage': stage, 'catches': [code] + extra})
for name, cov in COVERS.items():
    used.add(name)
    shutil.move(os.path.join(cand, name + '.nn.json'), os.path.join(here, 'healthy', name + '.nn.json'))
    healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{cov} (observe: {obs[name]})'})
for name, why in DROP.items():
    used.add(name)
    shutil.move(os.path.join(cand, name + '.nn.json'), os.path.join(here, 'dropped', name + '.nn.json'))
left = [n for n in names if n not in used]
assert not left, left
json.dump(DROP, open(os.path.join(here, 'dropped', 'reasons.json'), 'w'), indent=1)
about = ('Fault set blind224 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
 'Theme: yacht charter and sailing schools. Data (data/generate.ts, seeds from 224): charters.csv (480 bookings: boat length in ft and, collinear, in m, cabins, days, season week, '
 'skewed skipper years, wind forecast, guests, a moon_phase column with no effect, marina fee; targets price_eur (regression, euros) and damage_claim (0/1, 11% claims); booking_id and start_date text columns), '
 'charters-eu.csv (the same with semicolons and decimal commas), charters-gaps.csv (NA / empty / n/a markers), students.csv (420 sailing-school students, skewed prior hours, a shoe_size column with no effect, '
 'certificate none / competent_crew / day_skipper / yachtmaster (14 rows)), engine-log.tsv (300 tab-separated auxiliary-diesel records, hull id text, hours_to_service target), plus builtins and two inline tables. '
 '"stage" is the writer\'s expectation of the earliest stage that could catch the fault; "catches" the codes whose advice would genuinely fix it. Every fault and covers text ends with its bare-engine line from test/faults/observe.ts --summary (observed.txt); curves in observed-curves.txt.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=1)
os.rmdir(cand) if not os.listdir(cand) else None
print(len(faults), 'faults', len(healthy), 'healthy', len(DROP), 'dropped')
from collections import Counter
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
