#!/usr/bin/env python3
"""Verdicts of fault set blind252: files candidates into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind252: python3 write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
obs = {}
for line in open('observed.txt'):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?(?::| does not parse)', line)
    if m:
        obs[m.group(1)] = line

S, P, T = 'static', 'probe', 'training'
# candidate -> (code, stage, catches, fault text); code differs from the candidate's prefix when re-filed
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'the music office\'s PyTorch habit: optimizer "adamw", which the format does not have'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'voice-part classifier with the Keras loss name "categorical_crossentropy" instead of "cce"'),
 'invalid-spec.dropout-as-percent': ('invalid-spec', S, [], 'dropout written as a percentage (30) instead of a fraction (0.3)'),
 'invalid-spec.gelu-activation': ('invalid-spec', S, [], 'organ drift model with activation "gelu", not one the format offers'),
 'data-error.target-capitalised': ('data-error', S, [], 'target "Retained" while the register\'s header says "retained"'),
 'data-error.id-column-as-feature': ('data-error', S, [], 'the chorister_id text column ("CH-1000") listed among the features'),
 'data-error.gaps-export': ('data-error', S, [], 'the choir school\'s export with NA, n/a and empty cells in practice minutes, sight reading and attendance'),
 'data-error.missing-year-file': ('data-error', S, [], 'points to services-2024.csv, which was never exported'),
 'data-error.path-outside-workspace': ('data-error', S, [], 'organ tuning log read from the music office server path far outside the workspace'),
 'shape-mismatch.four-parts-head': ('shape-mismatch', S, [], 'four-unit softmax head (SATB) while the audition data has five parts, countertenor included'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', S, [], 'two target columns (congregation and collection) but a single output unit'),
 'shape-mismatch.iris-six-units': ('shape-mismatch', S, [], 'iris practice model copied with a six-unit head for three classes'),
 'loss-activation-mismatch.softmax-mse-retention': ('loss-activation-mismatch', S, [], 'retention 0/1 with a one-unit softmax head under mse: the output is constantly 1'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'bce on a linear output head (sigmoid forgotten)'),
 'loss-activation-mismatch.relu-head-standardised-drift': ('loss-activation-mismatch', S, [], 'relu output on a standardised drift target that is half negative'),
 'loss-activation-mismatch.sigmoid-head-raw-congregation': ('loss-activation-mismatch', S, [], 'sigmoid output for a congregation count in the hundreds, unscaled (it cannot exceed 1)'),
 'init-symmetry.zeros-hidden': ('init-symmetry', S, [], 'hidden tanh layer of 16 units initialised to zeros'),
 'init-symmetry.constant-relu-voice': ('init-symmetry', S, [], 'hidden relu layer of 24 units initialised to the constant 0.1: every unit identical'),
 'init-symmetry.zeros-both-layers': ('init-symmetry', S, [], 'both hidden tanh layers initialised to zeros: no signal reaches the first'),
 'init-scale.normal-std-8': ('init-scale', S, ['saturated-activation'], 'normal init with std 8 on a tanh layer and the sigmoid head'),
 'init-scale.uniform-tiny-deep': ('init-scale', S, ['vanishing-gradient'], 'uniform init with limit 1e-5 on every layer of a three-hidden-layer relu net'),
 'init-scale.relu-std-5-regression': ('init-scale', S, ['nan-loss', 'exploding-gradient'], 'normal init std 5 on two 32-unit relu layers and the head'),
 'init-scale.uniform-limit-30': ('init-scale', S, [], 'uniform init limit 30 on an elu layer'),
 'no-nonlinearity.linear-stack-voice': ('no-nonlinearity', S, [], 'two 32-unit hidden layers left at the default linear activation'),
 'no-nonlinearity.linear-circles': ('no-nonlinearity', S, [], 'circles demo with two linear hidden layers: a linear boundary only'),
 'no-nonlinearity.linear-batchnorm-moons': ('no-nonlinearity', S, [], 'batch-normalised hidden layers with no activation on moons'),
 'no-nonlinearity.linear-sine': ('no-nonlinearity', S, [], 'three linear hidden layers fitting a sine'),
 'lr-out-of-range.adam-lr-30': ('lr-out-of-range', S, ['lr-too-high'], 'adam with lr 30'),
 'lr-out-of-range.sgd-lr-1e-9': ('lr-out-of-range', S, ['lr-too-low'], 'sgd momentum with lr 1e-9 (a typo for 1e-3)'),
 'lr-out-of-range.rmsprop-lr-5': ('lr-out-of-range', S, ['lr-too-high'], 'rmsprop with lr 5'),
 'lr-out-of-range.sgd-lr-200': ('lr-out-of-range', S, ['lr-too-high', 'nan-loss'], 'sgd with lr 200'),
 'dead-relu.negative-bias': ('dead-relu', P, [], 'relu layer with initial bias -6 copied from a sparse-activation recipe'),
 'dead-relu.raw-hz-sgd-kill': ('dead-relu', P, ['exploding-gradient'], 'raw frequencies in Hz into two relu layers with sgd 0.05: the first huge step kills every unit'),
 'dead-relu.bias-minus-4-deep': ('dead-relu', P, [], 'two relu layers with bias -4'),
 'exploding-gradient.raw-minutes-deep': ('dead-relu', P, ['exploding-gradient'], 'unnormalised practice minutes and percentages into a four-layer relu net, sgd momentum: a huge first loss, then the first layer dead (written as exploding-gradient)'),
 'dead-relu.high-lr-sgd-services': ('nan-loss', P, ['lr-too-high'], 'plain sgd lr 0.6 on batches of 8: the loss is NaN in the first epoch (written as dead-relu)'),
 'exploding-gradient.raw-congregation-sgd': ('exploding-gradient', P, ['dead-relu'], 'raw congregation counts as the mse target (normalizeTarget left out), sgd 0.001: gradients in the thousands, then the relu layer dies'),
 'exploding-gradient.raw-collection-rmsprop': ('exploding-gradient', P, ['dead-relu'], 'raw collection in pounds as target with raw features, sgd 1e-5 (the slug says rmsprop: it was switched to sgd): gradients in the thousands'),
 'nan-loss.raw-collection-sgd': ('exploding-gradient', P, ['dead-relu'], 'raw collection target and features, sgd 0.01: output-layer gradient up to 4.9e5, then the relu layer dead (written as nan-loss; no NaN came)'),
 'nan-loss.raw-features-momentum': ('exploding-gradient', P, ['dead-relu'], 'raw organ log features and drift target, sgd 0.05 momentum 0.9 on batches of 8: gradients up to 9.6e6 (written as nan-loss; no NaN came)'),
 'exploding-gradient.deep-std1-relu': ('nan-loss', P, ['init-scale', 'exploding-gradient'], 'four 32-unit relu layers with normal std 1: NaN in the first epoch (written as exploding-gradient)'),
 'nan-loss.elu-raw-minutes-sgd': ('nan-loss', P, ['lr-too-high'], 'raw minutes into elu, sgd 0.5, mse on a 0/1 target'),
 'nan-loss.raw-congregation-sgd-lr-0-1': ('nan-loss', P, ['lr-too-high'], 'raw congregation target, linear layers, sgd 0.1'),
 'vanishing-gradient.deep-sigmoid-eight': ('vanishing-gradient', P, [], 'eight sigmoid hidden layers with plain sgd'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', P, ['init-scale'], 'five tanh layers with normal std 0.02'),
 'vanishing-gradient.sigmoid-tower-services': ('vanishing-gradient', P, [], 'six sigmoid hidden layers with sgd 0.02'),
 'vanishing-gradient.deep-sigmoid-xavier-normal-organ': ('vanishing-gradient', P, [], 'seven sigmoid hidden layers, xavier normal, sgd momentum 0.5'),
 'lr-too-high.adam-0-5-retention': ('lr-too-high', P, [], 'adam at 0.5 on the retention model'),
 'lr-too-high.sgd-1-5-voice': ('lr-too-high', P, ['oscillating-loss'], 'sgd momentum 0.9 at lr 1.5'),
 'lr-too-high.adam-0-2-spirals': ('lr-too-high', P, [], 'adam 0.2 on spirals'),
 'oscillating-loss.momentum-0-99': ('lr-too-high', P, [], 'sgd 0.05 with momentum 0.99: the loss climbs to 1.5e8 (written as oscillating-loss)'),
 'lr-too-low.sgd-1e-4-voice': ('lr-too-low', P, [], 'plain sgd 1e-4 for 60 epochs'),
 'lr-too-low.adam-1e-5-retention': ('lr-too-low', P, [], 'adam 1e-5 for 60 epochs'),
 'lr-too-low.rmsprop-2e-6-organ': ('lr-too-low', P, [], 'rmsprop 2e-6'),
 'lr-too-low.sgd-full-batch-services': ('lr-too-low', P, [], 'sgd 5e-4 on the full batch: 100 steps in all'),
 'saturated-activation.tanh-raw-hz': ('saturated-activation', P, [], 'raw frequencies in Hz (80-1300) into a tanh layer'),
 'saturated-activation.sigmoid-raw-minutes': ('saturated-activation', P, [], 'raw practice minutes and percentages into a sigmoid layer'),
 'saturated-activation.tanh-std-3': ('saturated-activation', P, ['init-scale'], 'tanh layer with normal init std 3'),
 'saturated-activation.sigmoid-raw-services': ('saturated-activation', P, [], 'unnormalised service features (week up to 52) into two sigmoid layers'),
 'loss-plateau.huge-weight-decay': ('loss-plateau', T, [], 'weight decay 2 (meant 2e-4) pins the weights near zero'),
 'loss-plateau.dropout-0-9': ('loss-plateau', T, [], 'dropout 0.95 after a 16-unit layer (the slug says 0.9)'),
 'loss-plateau.one-unit-bottleneck-spirals': ('loss-plateau', T, [], 'a one-unit relu bottleneck before a three-class head'),
 'loss-plateau.tiny-clipnorm-sgd': ('loss-plateau', T, ['lr-too-low'], 'clipNorm 1e-4 (meant 1): every step is tiny'),
 'oscillating-loss.adam-batch-1': ('oscillating-loss', T, ['lr-too-high'], 'adam 0.05 on single-sample batches'),
 'lr-too-high.rmsprop-0-2-organ': ('oscillating-loss', T, ['lr-too-high'], 'rmsprop 0.2: the loss swings between 0.18 and 0.44 of the baseline for 100 epochs (written as lr-too-high)'),
}
DROP = {
 'init-symmetry.constant-sigmoid-services': 'constant 0.05 init in a 20-unit sigmoid layer, but it trained as well as the healthy services models (last/base 0.03): a fault that may be harmless here; dropped (also keeps the set at 65)',
 'invalid-spec.validation-split-percent': 'fine (validationSplit 20) but dropped to keep the set within 65 faults; invalid-spec already has four',
 'data-error.date-column-feature': 'same fault as data-error.id-column-as-feature; dropped for size',
 'shape-mismatch.retention-two-units-bce': 'the engine accepted two sigmoid units under bce on a 0/1 target and trained (last/base 0.57): not clearly a fault',
 'loss-activation-mismatch.cce-sigmoid-head': 'real mismatch, but its loss reached 0.0014 with 71% accuracy; dropped for size and because the loss looks healthy',
 'lr-too-high.sgd-0-4-services': 'diverged to NaN at epoch 2 (nan-loss); nan-loss had enough, dropped for size',
 'oscillating-loss.sgd-full-batch-edge': 'diverged to NaN by epoch 6 instead of oscillating; dropped for size',
 'oscillating-loss.rmsprop-batch-2': 'swings were small (0.055-0.07 of a baseline of 1) and it learnt well: borderline',
 'ok.retention-rmsprop-dropout': 'validation loss 0.58 above the baseline 0.57: it overfits, may be faulty',
 'ok.retention-logistic-full-batch': 'last/base 0.62, far above the 0.18 of the best retention model: borderline',
 'ok.retention-sgd-batch-1': 'last/base 0.58: borderline',
 'ok.retention-nesterov-minmax': 'last/base 0.59: borderline',
}
H = {
 'ok.retention-adam-relu': 'choristers.csv standard, [32 relu, 16 relu, 1 sigmoid], bce, adam 0.003, batch 32, 80 epochs',
 'ok.retention-sgd-tanh': 'choristers.csv standard, [16 tanh, 1 sigmoid], bce, plain sgd 0.1, batch 16, 150 epochs',
 'ok.retention-cce-two-class': 'choristers.csv retention as two classes, [16 elu, 2 softmax], cce, adam 0.005, batch 64',
 'ok.retention-batchnorm-leaky': 'choristers.csv, [32 leaky_relu bn, 16 leaky_relu bn, 1 sigmoid], bce, adam 0.003',
 'ok.retention-weight-decay-clip': 'choristers.csv, [32 relu, 1 sigmoid], bce, adam 0.002 weightDecay 1e-4 clipNorm 5',
 'ok.retention-wide-single-layer': 'choristers.csv, [128 relu, 1 sigmoid], bce, adam 0.001, batch 64, 60 epochs',
 'ok.voice-adam-relu': 'voice_parts.csv standard, 5 string classes (rare countertenor), [32 relu, 5 softmax], cce, adam 0.005',
 'ok.voice-momentum-tanh': 'voice_parts.csv, [24 tanh, 24 tanh, 5 softmax], cce, sgd 0.05 momentum 0.9',
 'ok.voice-rmsprop-elu-val': 'voice_parts.csv, [32 elu, 16 elu, 5 softmax], cce, rmsprop 0.002, batch 16, validationSplit 0.15',
 'ok.voice-minmax-deep': 'voice_parts.csv minmax, [32 relu x3, 5 softmax], cce, adam 0.002',
 'ok.voice-batchnorm-sgd': 'voice_parts.csv, [32 relu bn, 5 softmax], cce, plain sgd 0.1',
 'ok.voice-lecun-dropout': 'voice_parts.csv, [64 tanh lecun_normal, dropout 0.2, 5 softmax], cce, adam 0.003, batch 64',
 'ok.voice-three-features': 'voice_parts.csv with three features only, [16 relu, 5 softmax], cce, adam 0.01',
 'ok.services-adam-relu': 'services.csv, congregation with normalizeTarget standard, [32 relu, 1], mse, adam 0.003',
 'ok.services-linear-regression': 'services.csv, a single linear unit, mse, plain sgd 0.05',
 'ok.services-nesterov-tanh': 'services.csv, [16 tanh, 8 tanh, 1], mse, sgd 0.02 nesterov, batch 16',
 'ok.services-rmsprop-minmax-target': 'services.csv minmax features and target, [24 relu, 1], mse, rmsprop 0.002',
 'ok.services-dom-semicolon': 'services-dom.csv (semicolons, decimal commas), [24 elu, 1], mse, adam 0.005',
 'ok.services-two-targets': 'services.csv, two target columns, [32 relu, 2], mse, adam 0.003',
 'ok.services-collection-clip': 'services.csv collection in pounds, [32 leaky_relu, 16 leaky_relu, 1], mse, sgd 0.01 momentum clipNorm 1',
 'ok.services-feast-bce': 'services.csv feast_day (12% positive) from five columns, [16 relu, 1 sigmoid], bce, adam 0.005',
 'ok.organ-adam-tanh': 'organ_tuning.tsv (tabs, timestamp column left out), [16 tanh, 1], mse, adam 0.01',
 'ok.organ-rmsprop-relu-deep': 'organ_tuning.tsv, [32 relu, 32 relu, 16 relu, 1], mse, rmsprop 0.001',
 'ok.organ-sgd-batch-4': 'organ_tuning.tsv, [12 elu, 1], mse, plain sgd 0.01, batch 4',
 'ok.organ-batchnorm-adam': 'organ_tuning.tsv, [24 relu bn, 1], mse, adam 0.005, validationSplit 0.2',
 'ok.organ-sigmoid-hidden': 'organ_tuning.tsv, [16 sigmoid, 1], mse, adam 0.01, 200 epochs',
 'ok.organ-no-shuffle-full-batch': 'organ_tuning.tsv, [16 tanh, 1], mse, rmsprop 0.01, full batch, shuffle false, 300 epochs',
 'ok.iris-sgd-small': 'iris standard, [8 relu, 3 softmax], cce, sgd 0.1 momentum 0.5, batch 8',
 'ok.iris-deep-adam-wd': 'iris minmax, [16 elu x3, 3 softmax], cce, adam 0.003 weightDecay 1e-4',
 'ok.moons-adam': 'moons 300, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.circles-tanh-rmsprop': 'circles 300, [16 tanh, 1 sigmoid], bce, rmsprop 0.01',
 'ok.xor-sigmoid-sgd': 'xor, [8 tanh, 1 sigmoid], bce, sgd 0.3 momentum 0.9',
 'ok.sine-elu-adam': 'sine 300, [32 elu, 32 elu, 1], mse, adam 0.005',
 'ok.spirals-deep-relu': 'spirals 3 classes, [64 relu, 64 relu, 3 softmax], cce, adam 0.005, 300 epochs',
 'ok.blobs-four-classes': 'blobs 4 classes, [8 relu, 4 softmax], cce, sgd 0.05 nesterov',
 'ok.inline-hymn-tempo': 'inline 12 hymns (tempo, verses) -> brisk 0/1, [4 tanh, 1 sigmoid], bce, adam 0.05, full batch',
 'ok.inline-anthem-length': 'inline 10 rows, pages -> minutes, one linear unit, mse, sgd 0.1, full batch',
}

def observed(c):
    line = obs[c]
    return re.sub(r'^(\S+?)\.nn\.json', r'\1', line)

cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
assert set(cands) == set(F) | set(DROP) | set(H), (set(cands) ^ (set(F) | set(DROP) | set(H)))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy = [], []
for c in cands:
    src = f'candidates/{c}.nn.json'
    if c in F:
        code, stage, extra, text = F[c]
        name = c if c.startswith(code + '.') else code + '.' + c.split('.', 1)[1]
        dst = f'faulty/{name}.nn.json'
        shutil.move(src, dst)
        faults.append({'file': dst, 'code': code, 'fault': f'{text} (observe: {observed(c)})', 'stage': stage, 'catches': [code] + [x for x in extra if x != code]})
    elif c in H:
        dst = f'healthy/{c}.nn.json'
        shutil.move(src, dst)
        healthy.append({'file': dst, 'covers': f'{H[c]} (observe: {observed(c)})'})
    else:
        shutil.move(src, f'dropped/{c}.nn.json')
os.rmdir('candidates')
about = ('Fault set blind252 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. "code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it, '
         '"catches" the codes whose advice would genuinely fix it. Each "fault" and "covers" ends with its test/faults/observe.ts --summary line '
         '(observed.txt; --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates in observed-curves.txt); no diagnosis code involved. '
         'Theme: choirs and cathedral music departments: choristers.csv (420 choir-school records, 9 numeric features on natural scales, skewed practice minutes and pitch error, '
         'a no-effect shoe size, id and date text columns, retained 0/1 at 26% with 5% flipped), choristers-gaps.csv (the same with NA, n/a and empty cells), '
         'voice_parts.csv (380 auditions, 7 features in Hz and years, collinear tessitura/passaggio, 5 string classes with rare countertenor), '
         'services.csv (320 services, congregation in heads and collection in pounds), services-dom.csv (a partner cathedral\'s semicolon and decimal-comma export), '
         'organ_tuning.tsv (260 tab-separated organ drift logs with a timestamp column), plus builtins and two inline tables. '
         'Data by data/generate.ts, specs by author.ts, this manifest by write-manifest.py; see README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1, ensure_ascii=False)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), 'faults', dict(Counter(f['code'] for f in faults)), len(healthy), 'healthy', len(os.listdir('dropped')), 'dropped', dict(Counter(f['stage'] for f in faults)))
