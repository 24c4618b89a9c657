#!/usr/bin/env python3
"""Files set blind265's candidates by what test/faults/observe.ts showed (observed.txt, observed-curves.txt),
moves them into faulty/, healthy/ and dropped/, and writes manifest.json. Run from this folder:
python3 write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

obs = {}
for line in open(os.path.join(HERE, 'observed.txt'), encoding='utf8'):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m and line:
        obs[m.group(1)] = line

# name -> (code, stage, catches, fault text); a name whose code differs from its prefix is re-filed.
F = {}
def fault(name, code, stage, catches, text):
    F[name] = (code, stage, [code] + [c for c in catches if c != code], text)

S, P, T = 'static', 'probe', 'training'
# invalid-spec
fault('invalid-spec.adamw-optimizer', 'invalid-spec', S, [], 'optimizer written "adamw" (PyTorch habit) for the billet-intake classifier')
fault('invalid-spec.gelu-activation', 'invalid-spec', S, [], 'activation "gelu" copied from a transformer tutorial into the appraisal-grade model')
fault('invalid-spec.keras-loss-name', 'invalid-spec', S, [], 'loss written "binary_crossentropy" (Keras name) instead of "bce"')
fault('invalid-spec.dropout-percent', 'invalid-spec', S, [], 'dropout rate written as a percentage (20) instead of 0.2')
# data-error
fault('data-error.missing-2024-export', 'data-error', S, [], 'spec points at this year\'s tonewood export (tonewood_2024.csv), which was never copied into the project')
fault('data-error.species-text-feature', 'data-error', S, [], 'the text column "species" (maple/spruce) listed as a numeric feature')
fault('data-error.target-typo-accepted', 'data-error', S, [], 'target column typed "accepted"; the intake sheet calls it "accept"')
fault('data-error.gaps-copy-na', 'data-error', S, [], 'the workshop\'s raw intake copy with NA, empty and "?" moisture/runout readings used directly')
fault('data-error.shared-drive-path', 'data-error', S, [], 'CSV path climbs out of the workspace to the workshop\'s mounted shared drive')
# shape-mismatch
fault('shape-mismatch.grade-two-units', 'shape-mismatch', S, [], 'appraisal grade has three classes (student, orchestral, soloist) but the softmax head has 2 units')
fault('shape-mismatch.setups-three-units', 'shape-mismatch', S, [], 'setup-fix classifier has 3 output units; the seasonal class (rare) makes 4')
fault('shape-mismatch.price-two-outputs', 'shape-mismatch', S, [], 'price regression (one target column) with a 2-unit output layer')
# loss-activation-mismatch
fault('loss-activation-mismatch.softmax-mse-grade', 'loss-activation-mismatch', S, [], 'a 1-unit softmax head (always 1) trained with mse on the 0/1 accept label')
fault('loss-activation-mismatch.bce-linear-head', 'loss-activation-mismatch', S, [], 'bce with a linear output layer (sigmoid forgotten) on billet acceptance')
fault('loss-activation-mismatch.relu-head-std-hours', 'loss-activation-mismatch', S, [], 'relu output on standardised bench hours: it cannot produce the negative half of the targets')
fault('loss-activation-mismatch.sigmoid-head-std-price', 'loss-activation-mismatch', S, [], 'sigmoid output on a standardised (not minmax) price target: it cannot reach values outside (0, 1)')
# init-symmetry
fault('init-symmetry.zeros-hidden', 'init-symmetry', S, [], 'all weights initialised to zeros in a 16-unit tanh layer')
fault('init-symmetry.constant-half', 'init-symmetry', S, [], 'hidden relu layer of 24 units initialised to the constant 0.5: every unit stays identical')
fault('init-symmetry.zeros-two-hidden', 'init-symmetry', S, [], 'two tanh hidden layers and the output initialised to zeros')
# init-scale
fault('init-scale.normal-std-25', 'init-scale', S, [], 'normal init with std 25 (meant 0.25) on a 32-unit relu layer')
fault('init-scale.uniform-limit-40-tanh', 'init-scale', S, ['saturated-activation'], 'uniform init with limit 40 on a tanh layer, so the units start saturated')
fault('init-scale.normal-std-1e-5-deep', 'init-scale', S, ['vanishing-gradient'], 'every layer of a 3-hidden-layer relu net initialised normal std 1e-5: signal and gradients vanish')
fault('init-scale.normal-std-10-regression', 'init-scale', S, ['nan-loss', 'exploding-gradient'], 'normal init std 10 on two relu layers of the bench-hours model: the loss overflows in the first epoch')
# no-nonlinearity
fault('no-nonlinearity.linear-stack-moons', 'no-nonlinearity', S, [], 'two linear hidden layers on moons: the network is a logistic regression')
fault('no-nonlinearity.linear-hidden-setups', 'no-nonlinearity', S, [], 'linear hidden layers on the setup-fix data, whose soundpost class depends on |offset|')
fault('no-nonlinearity.default-activation-circles', 'no-nonlinearity', S, [], 'activations left out (default linear) on both hidden layers for circles')
fault('no-nonlinearity.linear-deep-spirals', 'no-nonlinearity', S, [], 'three linear hidden layers on 3-class spirals')
# lr-out-of-range
fault('lr-out-of-range.adam-lr-50', 'lr-out-of-range', S, ['lr-too-high'], 'adam lr 50 (typed for a percentage)')
fault('lr-out-of-range.sgd-lr-1e-9', 'lr-out-of-range', S, ['lr-too-low'], 'sgd lr 1e-9: the weights never move')
fault('lr-out-of-range.rmsprop-lr-20', 'lr-out-of-range', S, ['lr-too-high'], 'rmsprop lr 20')
fault('lr-out-of-range.adam-lr-1e-8', 'lr-out-of-range', S, ['lr-too-low'], 'adam lr 1e-8')
# dead-relu
fault('dead-relu.bias-minus-6', 'dead-relu', P, ['init-scale'], 'relu layer with bias initialised to -6 on standardised features: most units never fire')
fault('dead-relu.bias-minus-4-deep', 'dead-relu', P, [], 'two relu layers with bias -4: the second layer is entirely dead')
fault('dead-relu.raw-features-negative-bias', 'dead-relu', P, ['exploding-gradient'], 'raw (unnormalised) appraisal features with a relu bias of -3 and sgd: the first steps kill every unit')
# exploding-gradient
fault('exploding-gradient.raw-price-euros', 'exploding-gradient', P, [], 'price in raw euros (tens of thousands) under mse without normalizeTarget')
fault('nan-loss.raw-price-sgd', 'exploding-gradient', P, ['nan-loss'], 'raw features and raw euro prices with sgd 0.01: gradients reach 1e11 (written as a NaN fault, it stayed finite)')
fault('exploding-gradient.raw-price-adam', 'exploding-gradient', P, [], 'raw euro price target with adam: gradient norms of 1e7 every epoch')
fault('exploding-gradient.raw-hours-deep-sgd', 'exploding-gradient', P, [], 'raw bench hours and raw features through three relu layers: gradient norms in the thousands')
# vanishing-gradient
fault('vanishing-gradient.sigmoid-eight-deep', 'vanishing-gradient', P, [], 'eight sigmoid hidden layers with plain sgd')
fault('vanishing-gradient.tanh-tiny-init-deep', 'vanishing-gradient', P, ['init-scale'], 'six tanh layers with normal std 0.02 init')
fault('vanishing-gradient.sigmoid-six-regression', 'vanishing-gradient', P, [], 'six sigmoid hidden layers on bench hours, plain sgd')
fault('vanishing-gradient.sigmoid-ten-circles', 'vanishing-gradient', P, [], 'ten sigmoid hidden layers on circles with a small adam rate')
# nan-loss
fault('nan-loss.raw-hours-big-lr', 'nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw bench hours and raw features, sgd 0.05 with momentum 0.9')
fault('nan-loss.raw-density-relu-sgd', 'nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw wood density (400-700) and sound speed (~5000) into relu layers, sgd 0.05, batch 8')
fault('nan-loss.raw-price-nesterov-0p5', 'nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw appraisal features and euro price, nesterov sgd 0.5')
fault('dead-relu.sgd-big-step-kills', 'nan-loss', P, ['lr-too-high'], 'sgd 0.6 on batches of 8 through two relu layers (meant to kill the units; the loss went NaN in the first epoch)')
# lr-too-high
fault('lr-too-high.adam-0p3-tonewood', 'lr-too-high', P, [], 'adam lr 0.3 on the billet classifier: loss drops to 0.56 then jumps back to the baseline and stays')
fault('lr-too-high.adam-0p5-price', 'lr-too-high', P, [], 'adam lr 0.5 on standardised price: huge first loss and a loss that bounces and rises late')
fault('lr-too-high.momentum-lr-1-setups', 'lr-too-high', P, [], 'sgd lr 1.0 momentum 0.9 on the setup classifier: the loss rises to 17x the baseline')
fault('lr-too-high.rmsprop-0p2-grade', 'lr-too-high', P, [], 'rmsprop lr 0.2 on the grade classifier: the loss bounces around the baseline with spikes')
# lr-too-low
fault('lr-too-low.sgd-1e-4-tonewood', 'lr-too-low', P, [], 'plain sgd 1e-4 for 80 epochs on the billet classifier')
fault('lr-too-low.adam-1e-6-grade', 'lr-too-low', P, [], 'adam 1e-6 on the grade classifier')
fault('lr-too-low.rmsprop-1e-6-hours', 'lr-too-low', P, [], 'rmsprop 1e-6 on bench hours')
fault('lr-too-low.momentum-1e-5-setups', 'lr-too-low', P, [], 'sgd 1e-5 with momentum 0.9 on the setup classifier')
# saturated-activation
fault('saturated-activation.sigmoid-raw-features', 'saturated-activation', P, [], 'sigmoid hidden layer fed raw density and sound speed (normalize none)')
fault('saturated-activation.tanh-std-4-init', 'saturated-activation', P, ['init-scale'], 'tanh layer initialised normal std 4 on standardised features')
fault('saturated-activation.sigmoid-bias-9', 'saturated-activation', P, [], 'sigmoid hidden layer with bias initialised to 9')
fault('saturated-activation.tanh-raw-tap-freq', 'saturated-activation', P, [], 'tanh hidden layer fed raw appraisal features (tap frequency ~370 Hz, density ~600)')
# loss-plateau
fault('loss-plateau.one-unit-bottleneck-spirals', 'loss-plateau', T, [], 'a 1-unit relu bottleneck on 3-class spirals')
fault('loss-plateau.dropout-0p9-setups', 'loss-plateau', T, [], 'dropout 0.9 after an 8-unit layer')
fault('loss-plateau.xor-sigmoid-two-units', 'loss-plateau', T, [], 'xor with two sigmoid units initialised std 0.01 and sgd 0.05: stuck at the symmetric saddle')
fault('loss-plateau.weight-decay-heavy', 'loss-plateau', T, [], 'adam with weightDecay 2 (meant 2e-4): the weights are pulled back to zero and the loss returns to the baseline')
# oscillating-loss
fault('oscillating-loss.momentum-0p99-tonewood', 'oscillating-loss', T, ['lr-too-high'], 'sgd 0.3 with momentum 0.99 on the billet classifier, batch 32')
fault('oscillating-loss.momentum-0p99-batch64', 'oscillating-loss', T, ['lr-too-high'], 'sgd 0.5 with momentum 0.99 on the billet classifier, batch 64')
fault('oscillating-loss.setups-momentum-0p98', 'oscillating-loss', T, ['lr-too-high'], 'sgd 0.3 with momentum 0.98 on the setup classifier')

H = {
 'ok.blobs-four-rmsprop': 'blobs 4 classes, [12 elu, 4 softmax], cce, rmsprop 0.005, batch 32',
 'ok.blobs-three-sgd-plain-fullbatch': 'blobs 3 classes, softmax regression (no hidden layer), cce, plain sgd 0.5, full batch',
 'ok.circles-relu-adam': 'circles, [24 relu, 24 relu, 1 sigmoid], bce, adam 0.01',
 'ok.grade-adam-softmax': 'instruments.csv grade (3 string classes, rare soloist), [32 relu, 3 softmax], cce, adam 0.003',
 'ok.grade-nesterov-tanh': 'instruments.csv grade, minmax, [24 tanh xavier_normal, 3 softmax], cce, nesterov sgd 0.1',
 'ok.grade-rmsprop-dropout': 'instruments.csv grade, [48 elu, dropout 0.3, 24 elu, 3 softmax], cce, rmsprop 0.001, batch 16, validation 0.2',
 'ok.grade-xavier-uniform-sigmoid': 'instruments.csv grade, [32 sigmoid, 3 softmax], cce, adam 0.01',
 'ok.grade-batch4-adam-leaky': 'instruments.csv grade, [16 leaky_relu, 3 softmax], cce, adam 0.002, batch 4',
 'ok.grade-elu-rmsprop-batch16': 'instruments.csv grade, [32 elu, 3 softmax], cce, rmsprop 0.002, batch 16',
 'ok.hours-adam-relu': 'repairs.csv (tab-separated) bench hours, standard both, [32 relu, 16 relu, 1 linear], mse, adam 0.003, batch 16',
 'ok.hours-five-layer-elu-clip': 'repairs.csv, five elu layers of 32, mse, adam 0.0005 clipNorm 5',
 'ok.hours-fullbatch-adam': 'repairs.csv, [32 relu, 1 linear], mse, adam 0.01, full batch, 400 epochs',
 'ok.hours-lecun-deep-momentum': 'repairs.csv, three tanh layers lecun_normal, mse, sgd 0.01 momentum 0.9',
 'ok.hours-minmax-both': 'repairs.csv, minmax features and target, [32 relu, 1 linear], mse, adam 0.005',
 'ok.hours-rmsprop-elu-batch4': 'repairs.csv, [24 elu, 1 linear], mse, rmsprop 0.001, batch 4',
 'ok.hours-tab-sgd-plain': 'repairs.csv, [16 tanh, 1 linear], mse, plain sgd 0.05',
 'ok.hours-sigmoid-hidden-adam': 'repairs.csv, [32 sigmoid, 1 linear], mse, adam 0.01',
 'ok.hours-adam-tanh-batch8': 'repairs.csv, [24 tanh, 1 linear], mse, adam 0.003, batch 8',
 'ok.inline-bridge-height': 'inline 10-row table (string action -> bridge height), standard both, single linear unit, mse, sgd 0.1, full batch',
 'ok.inline-varnish-cure': 'inline 12-row table (coat number, room temperature -> cured 0/1), [4 tanh, 1 sigmoid], bce, adam 0.05',
 'ok.iris-adam': 'iris standard, [16 relu, 3 softmax], cce, adam 0.01',
 'ok.moons-tanh-sgd': 'moons, [16 tanh, 16 tanh, 1 sigmoid], bce, sgd 0.1 momentum 0.9',
 'ok.price-deep-leaky': 'instruments.csv price_eur, standard both, three leaky_relu layers, mse, adam 0.001',
 'ok.price-minmax-target-rmsprop': 'instruments.csv price, minmax target, [24 elu, 1 sigmoid], mse, rmsprop 0.003 (sigmoid head suits a minmax target)',
 'ok.price-tanh-momentum': 'instruments.csv price, [24 tanh, 1 linear], mse, sgd 0.02 momentum 0.9, batch 16',
 'ok.price-adam-fullbatch': 'instruments.csv price, [48 relu, 1 linear], mse, adam 0.01, full batch, 400 epochs',
 'ok.price-elu-nesterov-batch8': 'instruments.csv price, [24 elu, 12 elu, 1 linear], mse, nesterov sgd 0.01, batch 8',
 'ok.price-relu-rmsprop-batch16': 'instruments.csv price, [32 relu, 16 relu, 1 linear], mse, rmsprop 0.001, batch 16',
 'ok.setups-adam-relu': 'setups.csv (4 string classes, rare seasonal), [32 relu, 16 relu, 4 softmax], cce, adam 0.003',
 'ok.setups-he-uniform-deep': 'setups.csv, three relu layers he_uniform, cce, adam 0.001 weightDecay 1e-4, batch 64',
 'ok.setups-sgd-momentum-elu': 'setups.csv, [32 elu, 4 softmax], cce, sgd 0.05 momentum 0.9',
 'ok.setups-wide-sigmoid-hidden': 'setups.csv, [64 sigmoid, 4 softmax], cce, adam 0.01',
 'ok.sine-tanh-rmsprop': 'sine, [24 tanh, 24 tanh, 1 linear], mse, adam 0.01',
 'ok.spirals-deep-adam': 'spirals 3 classes, [64 relu, 64 relu, 32 relu, 3 softmax], cce, adam 0.005, 300 epochs',
 'ok.tonewood-eu-semicolon-sgd': 'tonewood-eu.csv (semicolons, decimal commas, text id and species columns left out by features), [16 tanh, 1 sigmoid], bce, sgd 0.1 momentum 0.9',
 'ok.tonewood-fullbatch-adam': 'tonewood.csv, [16 leaky_relu, 1 sigmoid], bce, adam 0.02, full batch, 300 epochs',
 'ok.xor-small-adam': 'xor, [8 tanh, 1 sigmoid], bce, adam 0.02, batch 16, 300 epochs',
 'ok.tonewood-swish-like-elu-nesterov-batch8': 'tonewood.csv, [24 elu, 24 elu, 1 sigmoid], bce, nesterov sgd 0.02 momentum 0.95, batch 8',
}

D = {
 'oscillating-loss.grade-momentum-0p99': 'written as oscillating, the loss rose to 8x the baseline (would be lr-too-high); over the size limit (lr-too-high covered 4 times)',
 'init-symmetry.constant-point1-moons': 'over the size limit; the symmetric net still reached 0.38 of the baseline, the least clear-cut of the init-symmetry candidates',
 'invalid-spec.validation-whole': 'over the size limit (invalid-spec already covered 4 times)',
 'invalid-spec.glorot-init-name': 'over the size limit (invalid-spec already covered 4 times)',
 'data-error.no-features-serial-text': 'over the size limit (data-error already covered 5 times)',
 'shape-mismatch.accept-two-sigmoids': 'the engine trained it (bce with 2 sigmoid outputs on a 0/1 label, last/base 0.64): not a clear shape mismatch',
 'loss-activation-mismatch.cce-sigmoid-head': 'over the size limit; also its loss fell to ~0 while accuracy stayed 0.41, an odd signature',
 'exploding-gradient.raw-price-rmsprop-tanh': 'over the size limit (exploding-gradient covered 4 times); tanh layer saturated too, a mixed case',
 'exploding-gradient.raw-features-deep-momentum': 'went NaN in epoch 1 (would be nan-loss); over the size limit for nan-loss',
 'exploding-gradient.deep-big-init-hours': 'went NaN in epoch 1 (would be nan-loss); over the size limit for nan-loss',
 'exploding-gradient.raw-sound-speed-leaky': 'went NaN in epoch 1 (would be nan-loss); over the size limit for nan-loss',
 'lr-too-high.sgd-3-hours': 'went NaN in epoch 2 (would be nan-loss); over the size limit for nan-loss',
 'oscillating-loss.sgd-1p5-fullbatch-price': 'diverged monotonically to NaN at epoch 24, no oscillation (would be nan-loss/lr-too-high); over the size limit',
 'oscillating-loss.adam-0p05-batch1': 'borderline: swings of ~0.03-0.1 of the baseline around 0.2 with 94% dead units: neither clearly oscillating nor clearly healthy',
 'oscillating-loss.rmsprop-0p03-batch2': 'borderline: noisy but still falling (1.02 -> 0.44), swings under 10% of the baseline',
 'lr-too-low.sgd-1e-4-fullbatch-price': 'over the size limit (lr-too-low covered 4 times)',
 'loss-plateau.supplier-only-feature': 'only an uninformative feature: the loss cannot go lower, so it is not a model fault',
 'ok.tonewood-adam-relu': 'overfits: train 0.14 but validation 0.82, above the baseline',
 'ok.tonewood-batch1-sgd': 'ended at 0.71 of the baseline, well above the 0.31 of other tonewood models',
 'ok.tonewood-minmax-rmsprop': 'ended at 0.73 of the baseline: not clearly healthy',
 'ok.tonewood-cce-two-class': 'ended at 0.68 of the baseline: not clearly healthy',
 'ok.tonewood-clip-decay': 'ended at 0.55 of the baseline: borderline',
 'ok.tonewood-batchnorm-nesterov': 'last 0.41 of the baseline after a min of 0.32: borderline',
 'ok.tonewood-elu-adam-batch16': 'ended at 0.63 of the baseline: borderline',
 'ok.tonewood-eu-rmsprop-tanh': 'ended at 0.62 of the baseline: borderline',
 'ok.price-adam-relu': 'overfits: train 0.007, validation 0.50',
 'ok.price-linear-regression': 'a linear model ends at 0.41 of the baseline where small nets reach 0.01-0.06: not as good as reasonable alternatives',
 'ok.price-batchnorm-sgd': 'ended at 0.22 (min 0.17) where the other price models reach 0.01-0.06: borderline',
 'ok.price-wide-shallow-rmsprop-dropout': 'ended at 0.26 of the baseline: borderline',
 'ok.setups-rmsprop-batchnorm': 'ended at 0.43, validation 0.65: not clearly healthy',
 'ok.setups-small-lr-long': 'ended at 0.24 where other setup models reach 0.02-0.11: could be read as lr-too-low',
 'ok.setups-tanh-rmsprop-batch8': 'ended at 0.27 of the baseline: borderline',
 'ok.setups-xavier-normal-nesterov': 'ended at 0.32 with 40% dead units: borderline',
 'ok.moons-leaky-rmsprop-batch1': 'ended at 0.29 on moons where other moons models reach ~0: borderline',
}

names = sorted(n[:-len('.nn.json')] for n in os.listdir(CAND) if n.endswith('.nn.json'))
covered = set(F) | set(H) | set(D)
missing = [n for n in names if n not in covered]
extra = [n for n in covered if n not in names]
assert not missing and not extra, (missing, extra)

for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, sub), exist_ok=True)

def obs_line(n):
    line = obs[n].strip()
    return line if not line.startswith(n + ':') else line

faults, healthy = [], []
for n in names:
    src = os.path.join(CAND, n + '.nn.json')
    if n in F:
        code, stage, catches, text = F[n]
        newname = code + n[n.index('.'):] if not n.startswith(code + '.') else n
        shutil.move(src, os.path.join(HERE, 'faulty', newname + '.nn.json'))
        faults.append({'file': f'faulty/{newname}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs_line(n)})', 'stage': stage, 'catches': catches})
    elif n in H:
        shutil.move(src, os.path.join(HERE, 'healthy', n + '.nn.json'))
        healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{H[n]} (observe: {obs_line(n)})'})
    else:
        shutil.move(src, os.path.join(HERE, 'dropped', n + '.nn.json'))
os.rmdir(CAND)

with open(os.path.join(HERE, 'dropped', 'REASONS.json'), 'w', encoding='utf8') as fh:
    json.dump(D, fh, indent=2)
    fh.write('\n')

about = ('Two hundred and sixty-fifth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Theme: violin makers and luthier workshops. Data (data/generate.ts, seeds from 265): tonewood.csv (400 spruce/maple billets, '
         'density, stiffness, sound speed (collinear), grain, moisture, runout, skewed seasoning years, a supplier code with no effect, text id and species, accept 0/1 with 5% flipped), '
         'tonewood-eu.csv (the same with semicolons and decimal commas), tonewood-gaps.csv (NA, empty and ? readings), instruments.csv (360 appraisals: date and serial text, '
         'skewed age, price_eur in raw euros, grade student/orchestral/soloist), repairs.csv (300 tab-separated repair tickets, bench_hours), setups.csv (320 setup complaints, '
         '4 fix classes, seasonal rare), plus builtins and two inline tables. "stage" is the writer\'s expectation of the earliest stage that could catch it; '
         '"catches" the codes whose advice would genuinely fix it. Every fault and healthy text ends with its line from test/faults/observe.ts --summary (observed.txt); '
         '--curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). Specs by author.ts, this manifest by write-manifest.py.')
with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf8') as fh:
    json.dump({'about': about, 'faults': faults, 'healthy': healthy}, fh, indent=2, ensure_ascii=False)
    fh.write('\n')

from collections import Counter
print('faults', len(faults), dict(Counter(f['code'] for f in faults)))
print('stages', dict(Counter(f['stage'] for f in faults)))
print('healthy', len(healthy), 'dropped', len(D))
