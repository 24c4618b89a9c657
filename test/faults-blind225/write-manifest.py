"""Verdicts of fault set blind225: files candidates into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, re, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    s = line.strip()
    m = re.match(r'^([\w.\-]+?)(\.nn\.json)?[: ]', s)
    if m: obs[m.group(1)] = s

S, P, T = 'static', 'probe', 'training'
# candidate -> (code, stage, catches, fault text)
F = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', S, [], 'optimizer "adamw" copied from a PyTorch crack classifier; not an optimizer this format has'),
 'invalid-spec.activation-gelu': ('invalid-spec', S, [], 'hidden activation "gelu" on the tuning-grade net; not supported'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', S, [], 'dropout rate written as 30 (percent) instead of 0.3 on the peal-outcome net'),
 'invalid-spec.loss-keras-name': ('invalid-spec', S, [], 'loss written with the Keras name "categorical_crossentropy" for the bell-profile classifier'),
 'invalid-spec.validation-split-percent': ('invalid-spec', S, [], 'validationSplit written as 20 (percent) on the strike-note regression'),
 'data-error.ledger-ids-as-features': ('data-error', S, [], 'no "features" list, so the casting_id and cast_date text columns of the foundry ledger become features'),
 'data-error.target-typo-crack': ('data-error', S, [], 'target "crack" but the ledger column is "cracked"'),
 'data-error.paper-ledger-gaps': ('data-error', S, [], 'trained on the ledger typed up from paper, whose gaps are NA or empty cells'),
 'data-error.missing-2024-ledger': ('data-error', S, [], 'points at castings-2024.csv, which has not been exported yet'),
 'data-error.path-outside-workspace': ('data-error', S, [], 'peal records read from a shared folder far outside the workspace'),
 'data-error.tower-name-as-feature': ('data-error', S, [], 'the tower name (text) listed among the peal-duration features'),
 'shape-mismatch.grade-two-units': ('shape-mismatch', S, [], 'tuning grades A/B/C (3 classes) with a 2-unit softmax head'),
 'shape-mismatch.profile-four-units': ('shape-mismatch', S, [], 'three bell profiles with a 4-unit softmax head (a fourth profile planned but never recorded)'),
 'shape-mismatch.hz-three-units': ('shape-mismatch', S, [], 'strike-note regression (one target column) with 3 output units (hum, prime, nominal meant)'),
 'loss-activation-mismatch.grade-softmax-mse': ('loss-activation-mismatch', S, [], 'softmax head trained with mse on the tuning grades'),
 'loss-activation-mismatch.crack-bce-linear': ('loss-activation-mismatch', S, [], 'bce on the crack flag with a linear output (no sigmoid)'),
 'loss-activation-mismatch.profile-cce-sigmoid': ('loss-activation-mismatch', S, [], 'cce on the bell profile with a 3-unit sigmoid head instead of softmax'),
 'loss-activation-mismatch.minutes-relu-head-standardised': ('loss-activation-mismatch', S, [], 'relu output on standardised peal minutes: the negative half of the targets cannot be reached'),
 'loss-activation-mismatch.minutes-sigmoid-head-raw': ('loss-activation-mismatch', S, [], 'sigmoid output on raw peal minutes (about 150-230): the head cannot exceed 1'),
 'init-symmetry.zeros-hidden': ('init-symmetry', S, [], 'hidden tanh layer of 16 units initialised to zeros'),
 'init-symmetry.constant-point1-relu': ('init-symmetry', S, [], 'every weight set to constant 0.1 ("to start all bells level"), hidden 12 relu units identical'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', S, ['dead-relu'], 'two relu hidden layers initialised to zeros'),
 'init-scale.normal-std-10': ('init-scale', S, [], 'normal init with std 10 on two relu layers of the crack net'),
 'init-scale.uniform-limit-50': ('init-scale', S, ['saturated-activation'], 'uniform init with limit 50 on a tanh layer (meant 0.05)'),
 'init-scale.normal-std-1e-5-deep': ('init-scale', S, ['vanishing-gradient'], 'normal init std 1e-5 on every layer of a 3-hidden-layer relu net'),
 'init-scale.normal-std-4-sigmoid': ('init-scale', S, ['saturated-activation'], 'normal init std 4 on two sigmoid layers of the grade classifier'),
 'no-nonlinearity.linear-stack-grade': ('no-nonlinearity', S, [], 'two linear hidden layers before the grade softmax'),
 'no-nonlinearity.default-activation-peal': ('no-nonlinearity', S, [], 'hidden layers without "activation" (linear by default) on the peal outcome'),
 'no-nonlinearity.linear-three-crack': ('no-nonlinearity', S, [], 'three linear hidden layers before the crack sigmoid'),
 'no-nonlinearity.linear-profile': ('no-nonlinearity', S, [], 'linear hidden layers (one with batch norm) before the profile softmax'),
 'lr-out-of-range.adam-lr-10': ('lr-out-of-range', S, ['lr-too-high'], 'adam with lr 10 on the crack net'),
 'lr-out-of-range.sgd-lr-150': ('lr-out-of-range', S, ['lr-too-high', 'nan-loss'], 'sgd with lr 150 on peal minutes'),
 'lr-out-of-range.rmsprop-lr-5': ('lr-out-of-range', S, ['lr-too-high'], 'rmsprop with lr 5 on the profile classifier'),
 'lr-out-of-range.adam-lr-1e-9': ('lr-out-of-range', S, ['lr-too-low'], 'adam with lr 1e-9 on the tuning grades'),
 'dead-relu.bias-minus-6': ('dead-relu', P, [], 'relu layers with bias -6 on standardised casting features'),
 'dead-relu.sgd-high-lr-raw-weights': ('dead-relu', P, ['exploding-gradient'], 'raw features (weights in kg, temperatures in C) into relu layers with sgd 0.05: first layer dies'),
 'dead-relu.bias-minus-3-deep': ('dead-relu', P, [], 'three relu layers with bias -3 on the peal outcome'),
 'dead-relu.adam-lr-big-batch1': ('dead-relu', P, ['lr-too-high'], 'adam lr 0.3 with batch 4 on the profile classifier: second relu layer dies'),
 'exploding-gradient.raw-kg-raw-hz-sgd': ('exploding-gradient', P, ['nan-loss'], 'raw features and raw strike note in Hz with sgd'),
 'exploding-gradient.deep-relu-std-1': ('exploding-gradient', P, ['nan-loss', 'init-scale'], 'eight relu layers of 32 with normal init std 1: activations grow layer by layer until the loss overflows'),
 'nan-loss.adam-lr-3-raw-minutes': ('exploding-gradient', P, ['lr-too-high', 'dead-relu'], 'raw peal features and raw minutes with sgd 0.1 momentum 0.9 batch 8 (slug says adam: the optimizer was changed while writing): gradients blow up, then the relu layer dies'),
 'nan-loss.raw-everything-sgd': ('nan-loss', P, ['exploding-gradient'], 'raw ledger features and raw Hz target with sgd 0.05'),
 'nan-loss.init-std-1e3-linear': ('nan-loss', P, ['init-scale', 'exploding-gradient'], 'normal init std 1000 in a four-layer net on the raw Hz target'),
 'nan-loss.rmsprop-raw-kg-target': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'bell weight in kg predicted from raw measurements with sgd 0.5 (slug says rmsprop: changed while writing)'),
 'exploding-gradient.raw-changes-feature': ('nan-loss', P, ['exploding-gradient'], 'raw peal features (changes about 5000) into a linear net with sgd 0.01'),
 'exploding-gradient.raw-hz-target-deep-momentum': ('nan-loss', P, ['exploding-gradient'], 'raw Hz target, four relu layers, sgd momentum 0.9'),
 'vanishing-gradient.deep-sigmoid-sgd': ('vanishing-gradient', P, [], 'eight sigmoid hidden layers with plain sgd on the tuning grades'),
 'vanishing-gradient.deep-tanh-tiny-init': ('vanishing-gradient', P, ['init-scale'], 'six tanh layers with normal init std 0.02 on the peal outcome'),
 'vanishing-gradient.ten-sigmoid-profile': ('vanishing-gradient', P, [], 'ten sigmoid hidden layers with rmsprop 0.0005 on the profile classifier'),
 'vanishing-gradient.deep-sigmoid-hz': ('vanishing-gradient', P, [], 'seven sigmoid hidden layers with sgd 0.01 on the strike note'),
 'lr-too-high.adam-half': ('lr-too-high', P, ['dead-relu'], 'adam lr 0.5 on the tuning grades'),
 'lr-too-high.nesterov-1': ('lr-too-high', P, [], 'sgd Nesterov lr 1 momentum 0.9 on the profile classifier'),
 'lr-too-high.sgd-3-hz': ('lr-too-high', P, ['nan-loss'], 'sgd lr 1.5 on the standardised strike note: the loss diverges in the first epoch'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', T, [], 'plain sgd lr 1e-5 on the tuning grades'),
 'lr-too-low.adam-1e-6': ('lr-too-low', T, [], 'adam lr 1e-6 on peal minutes'),
 'lr-too-low.rmsprop-1e-6': ('lr-too-low', T, [], 'rmsprop lr 1e-6 on the profile classifier'),
 'lr-too-low.momentum-1e-5-hz': ('lr-too-low', T, [], 'sgd momentum lr 1e-5 on the strike note'),
 'saturated-activation.sigmoid-raw-temps': ('saturated-activation', P, [], 'sigmoid hidden layer on raw ledger features (pour temperature ~1120, weights in kg)'),
 'saturated-activation.tanh-bias-6': ('saturated-activation', P, [], 'tanh hidden layer with bias 6'),
 'saturated-activation.tanh-raw-changes': ('saturated-activation', P, [], 'tanh hidden layer on raw peal features (changes ~5000)'),
 'loss-plateau.weight-decay-1': ('loss-plateau', T, [], 'weight decay 1 with adam on the grades: loss held at the baseline'),
 'loss-plateau.dropout-point9': ('loss-plateau', T, [], 'dropout 0.9 after both hidden layers of a small profile net'),
 'loss-plateau.rmsprop-wd-point5-crack': ('loss-plateau', T, [], 'rmsprop with weight decay 0.5 on the crack flag'),
 'oscillating-loss.momentum-99-fullbatch': ('oscillating-loss', T, ['lr-too-high'], 'sgd lr 0.3 momentum 0.99 full batch on the strike note'),
 'oscillating-loss.batch1-sgd-point3': ('oscillating-loss', T, ['lr-too-high'], 'sgd lr 0.3 with batch 1 on the peal outcome'),
}
DROP = {
 'init-symmetry.constant-half-sigmoid': 'constant 0.5 init in a sigmoid layer still trained to 0.03 of baseline (one effective unit suffices for the near-monotone Hz target): fault not shown',
 'shape-mismatch.outcome-two-sigmoid': 'bce with 2 sigmoid outputs on a single 0/1 column was accepted and trained (0.70): not clearly a shape fault as observed',
 'exploding-gradient.raw-minutes-momentum': 'showed a big first loss and saturated tanh rather than exploding gradients; ambiguous',
 'exploding-gradient.raw-kg-target-sgd': 'gradients of 1e4 from the raw kg target, but the loss still fell to 0.02 of baseline: borderline',
 'saturated-activation.sigmoid-std-3': 'saturation only 0.38-0.57 and loss 0.26 of baseline: borderline',
 'lr-too-high.rmsprop-point3': 'bouncy but still descending to 0.80 of baseline (healthy 0.69): borderline',
 'loss-plateau.one-unit-bottleneck-sigmoid': 'loss falls steadily the whole run: not a plateau',
 'oscillating-loss.rmsprop-fullbatch-point05': 'periodic spikes but ends at 0.03 of baseline: trains well, borderline',
 'oscillating-loss.adam-point1-fullbatch': 'mostly smooth descent with a few wobbles: not oscillating',
 'ok.crack-sgd-momentum-minmax': 'loss rose from its minimum at the end and output saturated: maybe faulty',
 'ok.crack-batch1-elu': 'output sigmoid saturated, 0.67 of baseline: weaker than alternatives',
 'ok.grade-batchnorm-sgd': '0.59 of baseline, rising at the end, while alternatives reach 0.34-0.41',
 'ok.grade-sigmoid-hidden-adam': '0.63 of baseline while alternatives reach 0.34-0.41',
 'ok.grade-export-clip': 'validation loss 1.84 against train 0.35: overfits',
 'ok.grade-rmsprop-fullbatch': '0.51 of baseline while alternatives reach 0.34-0.41',
 'ok.grade-leaky-dropout-val': 'validation loss 1.10 above the baseline: overfits',
 'ok.peal-outcome-logistic': '0.79 of baseline: not far below it',
 'ok.peal-outcome-cce-two-class': '0.74 of baseline while the sgd tanh net reaches 0.61',
}
H = {
 'ok.crack-adam-small': 'castings.csv standard, rare crack flag (9%), [16 relu, 1 sigmoid], bce, adam 0.003, batch 32',
 'ok.crack-rmsprop-tanh-val': 'castings.csv, [24 tanh, 12 tanh, 1 sigmoid], bce, rmsprop 0.002, validation 0.2',
 'ok.crack-export-semicolon': 'castings-export.csv (semicolons, decimal commas), [16 leaky_relu, 1 sigmoid], bce, adam 0.005, batch 64',
 'ok.crack-dropout-wd': 'castings.csv, [32 relu, dropout 0.2, 16 relu, 1 sigmoid], bce, adam 0.002 weight decay 1e-4',
 'ok.grade-adam-relu': 'castings.csv tuning grades A/B/C, [32 relu, 16 relu, 3 softmax], cce, adam 0.003',
 'ok.grade-nesterov-tanh': 'castings.csv grades, [24 tanh, 3 softmax], cce, sgd Nesterov 0.05 momentum 0.9, 150 epochs',
 'ok.hz-adam-standard-target': 'castings.csv strike_hz with normalizeTarget standard, [32 relu, 16 relu, 1 linear], mse, adam 0.003',
 'ok.hz-sgd-momentum-tanh': 'strike_hz standardised, [16 tanh, 1 linear], mse, sgd momentum 0.02, batch 16',
 'ok.hz-minmax-target-sigmoid-head': 'strike_hz minmax features and target, [24 relu, 1 sigmoid], mse, adam 0.005 (sigmoid head fits a [0,1] target)',
 'ok.hz-rmsprop-deep-leaky': 'strike_hz, four leaky_relu layers, mse, rmsprop 0.001',
 'ok.hz-batch1-sgd': 'strike_hz, [12 elu, 1 linear], mse, plain sgd 0.003, batch 1, 30 epochs',
 'ok.hz-from-diameter-only': 'strike_hz from diameter and tin only, [16 tanh, 8 tanh, 1 linear], adam 0.01, batch 64',
 'ok.hz-nesterov-bn-deep': 'strike_hz, [32 relu bn, 16 relu bn, 1 linear], sgd Nesterov 0.02',
 'ok.peal-outcome-adam': 'peals.tsv (tab-separated) scored/lost string target, [16 relu, 1 sigmoid], bce, adam 0.003',
 'ok.peal-outcome-sgd-plain': 'peals.tsv outcome, [8 tanh, 1 sigmoid], bce, plain sgd 0.1, batch 16, 200 epochs',
 'ok.peal-minutes-adam': 'peals.tsv minutes standardised, [32 relu, 1 linear], mse, adam 0.003',
 'ok.peal-minutes-linear-regression': 'peal minutes, a single linear layer (linear regression), plain sgd 0.05',
 'ok.peal-minutes-nesterov-bn': 'peal minutes, [24 relu bn, 12 relu, 1 linear], sgd Nesterov 0.01',
 'ok.peal-minutes-minmax-rmsprop': 'peal minutes, minmax features, [16 tanh, 16 tanh, 1 linear], rmsprop 0.003, batch 24',
 'ok.peal-minutes-minmax-target-elu': 'peal minutes with normalizeTarget minmax, [16 elu, 1 linear], adam 0.005',
 'ok.profile-adam-relu': 'tuning.csv bell profile (rare continental class), [16 relu, 3 softmax], cce, adam 0.01',
 'ok.profile-sgd-plain-tanh': 'tuning.csv, [12 tanh, 3 softmax], plain sgd 0.1, batch 16',
 'ok.profile-softmax-regression': 'tuning.csv, a single softmax layer, adam 0.02',
 'ok.profile-rmsprop-dropout': 'tuning.csv, [32 relu, dropout 0.3, 16 relu, 3 softmax], rmsprop 0.002, validation 0.2',
 'ok.profile-deep-elu-clip-wd': 'tuning.csv, four elu layers, adam 0.002 clipNorm 5 weight decay 1e-4',
 'ok.profile-minmax-batch-full': 'tuning.csv minmax, [24 relu, 3 softmax], adam 0.02, full batch 300, 300 epochs',
 'ok.profile-elu-momentum-batch8': 'tuning.csv, [16 elu, 8 elu, 3 softmax], sgd momentum 0.02, batch 8',
 'ok.builtin-iris-handbell-demo': 'builtin iris standard, [12 relu, 3 softmax], adam 0.01, batch 16',
 'ok.builtin-moons-nesterov': 'builtin moons 300, [16 tanh, 8 tanh, 1 sigmoid], sgd Nesterov 0.1',
 'ok.builtin-sine-tanh': 'builtin sine, [32 tanh, 1 linear], mse, adam 0.01, 200 epochs',
 'ok.builtin-spirals-deep': 'builtin spirals 3 classes, [48 relu, 48 relu, 24 relu, 3 softmax], adam 0.005, 300 epochs',
 'ok.builtin-blobs-four-rmsprop': 'builtin blobs 4 classes, [8 relu, 4 softmax], rmsprop 0.005, batch 16',
 'ok.inline-bell-weight-to-note': 'inline 12 rows (bell size to relative pitch), [8 tanh, 1 linear], mse, adam 0.02, full batch',
 'ok.inline-ringer-ready': 'inline 8 rows with string labels stand/ring (xor-like), [8 tanh, 1 sigmoid], bce, adam 0.05',
 'ok.builtin-circles-sgd-batch1': 'builtin circles, [12 relu, 1 sigmoid], plain sgd 0.05, batch 1',
 'ok.builtin-xor-rmsprop': 'builtin xor, [8 tanh, 1 sigmoid], bce, rmsprop 0.01',
}
cand = os.path.join(HERE, 'candidates')
names = sorted(f[:-len('.nn.json')] for f in os.listdir(cand))
assert set(names) == set(F) | set(DROP) | set(H), (set(names) ^ (set(F) | set(DROP) | set(H)))
for sub in ('faulty', 'healthy', 'dropped'): os.makedirs(os.path.join(HERE, sub), exist_ok=True)
faults, healthy = [], []
for n in names:
    src = os.path.join(cand, n + '.nn.json')
    if n in F:
        code, stage, extra, text = F[n]
        new = n if n.startswith(code + '.') else code + '.' + n.split('.', 1)[1]
        shutil.move(src, os.path.join(HERE, 'faulty', new + '.nn.json'))
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[n]})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif n in H:
        shutil.move(src, os.path.join(HERE, 'healthy', n + '.nn.json'))
        healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{H[n]} (observe: {obs[n]})'})
    else:
        shutil.move(src, os.path.join(HERE, 'dropped', n + '.nn.json'))
shutil.rmtree(cand)
about = ('Fault set blind225 (issue #4), written blind and frozen before the product was run on it. Theme: a bell foundry and church bell ringers. '
         'Data from data/generate.ts (seeds 225001-225004): castings.csv (400 castings: weight kg skewed, diameter collinear with weight, tin %, pour temperature, mould drying days, cooling hours, a shift column with no effect, id and date text; targets strike_hz, rare cracked 0/1, tuning_grade A/B/C), '
         'castings-export.csv (same, semicolons and decimal commas), castings-gaps.csv (NA and empty cells), peals.tsv (360 peal records, tab-separated, tower text column, an ambient-temperature column with no effect; minutes and scored/lost), tuning.csv (300 bells, partial offsets in cents, 3 profiles with continental rare). '
         'Every fault and healthy text ends with its observe.ts --summary line; curves in observed-curves.txt. Dropped candidates with reasons are in README.md and write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1)
from collections import Counter
print(len(faults), len(healthy), len(DROP)); print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
