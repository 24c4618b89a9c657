#!/usr/bin/env python3
"""Verdicts of set blind236: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from this folder after author.ts and the observation: `python3 write-manifest.py`."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

obs = {}
for line in open('observed.txt'):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

# candidate -> (code it is filed under, stage, catches, the real-world bug)
F = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', 'static', ['invalid-spec'], 'optimizer written "adamw" (PyTorch habit) for the wheel-rebuild hours model; the engine has no AdamW'),
 'invalid-spec.activation-Relu': ('invalid-spec', 'static', ['invalid-spec'], 'hidden activation typed "Relu" with a capital in the tyre-fit classifier'),
 'invalid-spec.loss-keras-name': ('invalid-spec', 'static', ['invalid-spec'], 'loss written "binary_crossentropy" (Keras name) for the worth-restoring classifier instead of "bce"'),
 'invalid-spec.dropout-as-percent': ('invalid-spec', 'static', ['invalid-spec'], 'dropout rate written as a percentage (20) instead of 0.2'),
 'invalid-spec.validation-split-one': ('invalid-spec', 'static', ['invalid-spec'], 'validationSplit 1 on the kiln log, leaving nothing to train on'),
 'data-error.file-in-other-folder': ('data-error', 'static', ['data-error'], 'path "../wheels.csv" points one folder too high; the job sheet lives in data/'),
 'data-error.target-misspelt': ('data-error', 'static', ['data-error'], 'target column typed "hours_to_rebuld"; the header says hours_to_rebuild'),
 'data-error.gaps-export': ('data-error', 'static', ['data-error'], 'the job sheet copy with "NA" rot scores and empty felloe depths (wheels not yet measured) used as is'),
 'data-error.no-features-date-column': ('data-error', 'static', ['data-error'], 'no "features" list, so the set_date text column of the tyre-setting log is read as a feature'),
 'data-error.outside-workspace': ('data-error', 'static', ['data-error'], 'absolute-ish path to the shop server share (../../../../../../srv/shop/carriages.csv), outside the workspace'),
 'shape-mismatch.two-units-three-fits': ('shape-mismatch', 'static', ['shape-mismatch'], 'tyre fit has three classes (tight, loose, split; split is rare) but the softmax head has 2 units: the writer forgot the rare class'),
 'shape-mismatch.hours-and-cost-one-unit': ('shape-mismatch', 'static', ['shape-mismatch'], 'two regression targets (hours_to_rebuild and cost_gbp) with a 1-unit output layer'),
 'shape-mismatch.four-class-head': ('shape-mismatch', 'static', ['shape-mismatch'], 'softmax head of 4 units for the 3 tyre-fit classes (a "cracked" class planned but never logged)'),
 'shape-mismatch.moisture-three-outputs': ('shape-mismatch', 'static', ['shape-mismatch'], 'kiln final-moisture regression with a 3-unit linear output'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'worth-restoring classifier with bce but a linear output unit (sigmoid forgotten)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'tyre-fit classifier with cce but a 3-unit sigmoid head: the loss collapses to ~0 while accuracy stays at 0.4'),
 'loss-activation-mismatch.tanh-head-raw-hours': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'tanh output on the raw rebuild hours (40-110 h, normalizeTarget none): the head cannot exceed 1'),
 'loss-activation-mismatch.relu-head-standard-moisture': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'], 'relu output on the standardised kiln moisture target, half of which is negative'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', ['init-symmetry'], 'all weights zeros in a 16-unit tanh layer and the output: nothing ever moves'),
 'init-symmetry.constant-tenth': ('init-symmetry', 'static', ['init-symmetry'], 'constant 0.1 init on a 24-unit relu layer: every unit learns the same thing'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', 'static', ['init-symmetry'], 'zeros init on two 12-unit sigmoid layers: they act as one unit each'),
 'init-symmetry.constant-half-tanh': ('init-symmetry', 'static', ['init-symmetry'], 'constant 0.5 init on two 16-unit tanh layers of the kiln model: the units stay identical (the net still fits a one-unit curve, 15x worse than the healthy kiln specs)'),
 'init-scale.normal-std-ten': ('init-scale', 'static', ['init-scale', 'saturated-activation'], 'normal init std 10 on a tanh layer (std meant as a percentage)'),
 'init-scale.uniform-tiny-deep': ('init-scale', 'static', ['init-scale', 'vanishing-gradient'], 'uniform init limit 1e-5 on three tanh layers: the signal never reaches the output'),
 'init-scale.normal-std-fifty-relu': ('init-scale', 'static', ['init-scale', 'exploding-gradient', 'nan-loss'], 'normal init std 50 on two relu layers: the first loss is already NaN'),
 'init-scale.normal-std-tiny-sigmoid': ('init-scale', 'static', ['init-scale', 'vanishing-gradient'], 'normal init std 1e-4 on three sigmoid layers: the kiln model stays at the mean'),
 'no-nonlinearity.linear-stack-tires': ('no-nonlinearity', 'static', ['no-nonlinearity'], 'two 32-unit hidden layers left at the default linear activation in the tyre-fit classifier (the split class needs a non-linear boundary)'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', 'static', ['no-nonlinearity'], 'three linear hidden layers on moons'),
 'no-nonlinearity.linear-hidden-kiln': ('no-nonlinearity', 'static', ['no-nonlinearity'], 'explicitly linear hidden layers on the kiln drying curve (exponential in hours)'),
 'no-nonlinearity.circles-linear': ('no-nonlinearity', 'static', ['no-nonlinearity'], 'two linear hidden layers on circles: stuck at chance'),
 'lr-out-of-range.sgd-lr-fifty': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'], 'sgd lr 50 (meant 0.05)'),
 'lr-out-of-range.adam-lr-five': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'], 'adam lr 5'),
 'lr-out-of-range.rmsprop-lr-1e-9': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-low'], 'rmsprop lr 1e-9'),
 'lr-out-of-range.adam-lr-1e-8': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-low'], 'adam lr 1e-8'),
 'dead-relu.negative-bias': ('dead-relu', 'probe', ['dead-relu'], 'bias -6 on two relu layers over standardised wheel features: every unit dead from the start'),
 'dead-relu.constant-negative-init': ('dead-relu', 'probe', ['dead-relu'], 'small uniform weights with bias -3 on a relu layer: all units dead'),
 'exploding-gradient.raw-auction-estimates': ('dead-relu', 'probe', ['dead-relu', 'exploding-gradient'], 'raw features (auction estimates in pounds, build years) with sgd momentum: the first steps blow up and kill every relu unit of both layers (re-filed from exploding-gradient)'),
 'nan-loss.raw-estimates-high-lr': ('dead-relu', 'probe', ['dead-relu', 'exploding-gradient'], 'raw carriage features with sgd 0.5: one huge first step leaves every relu unit dead, loss stuck at the prior (re-filed from nan-loss: it never went NaN)'),
 'loss-plateau.one-unit-bottleneck-spirals': ('dead-relu', 'probe', ['dead-relu', 'loss-plateau'], 'a single relu unit as bottleneck on 3-class spirals: it dies and the loss sits at the prior (re-filed from loss-plateau)'),
 'exploding-gradient.deep-relu-big-init': ('exploding-gradient', 'probe', ['exploding-gradient', 'init-scale', 'nan-loss'], 'four 32-unit relu layers initialised normal std 1 (not He): activations and gradients blow up within the first epoch to NaN'),
 'exploding-gradient.raw-rim-and-hours': ('exploding-gradient', 'probe', ['exploding-gradient', 'nan-loss'], 'raw wheel features (rim circumference in cm, ~300) and raw hours target, sgd momentum: gradients overflow in the first epoch'),
 'nan-loss.raw-cost-target-sgd': ('exploding-gradient', 'probe', ['exploding-gradient', 'nan-loss'], 'raw features and raw rebuild cost in pounds (~3000) with sgd 0.01: output-layer gradient norm reaches 4e9 and the loss stays 1000x the baseline (re-filed from nan-loss: it stayed finite)'),
 'exploding-gradient.raw-cost-target': ('nan-loss', 'probe', ['nan-loss', 'exploding-gradient'], 'rebuild cost in pounds as a raw mse target (normalizeTarget none) under plain sgd: NaN in the first epoch (re-filed from exploding-gradient)'),
 'nan-loss.raw-kiln-momentum': ('nan-loss', 'probe', ['nan-loss', 'exploding-gradient'], 'raw kiln log (hours up to 240, density ~700) into a linear net with sgd momentum: NaN in the first epoch'),
 'lr-too-high.nesterov-one': ('nan-loss', 'probe', ['nan-loss', 'lr-too-high'], 'sgd lr 1 with Nesterov momentum 0.9: NaN in the first epoch (re-filed from lr-too-high)'),
 'vanishing-gradient.deep-sigmoid-stack': ('vanishing-gradient', 'probe', ['vanishing-gradient'], 'eight 12-unit sigmoid layers with plain sgd on the carriage lots'),
 'vanishing-gradient.deep-sigmoid-tires': ('vanishing-gradient', 'probe', ['vanishing-gradient'], 'seven 16-unit sigmoid layers on the tyre log'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'probe', ['vanishing-gradient', 'init-scale'], 'six tanh layers with normal std 0.05 init and sgd on the kiln log'),
 'vanishing-gradient.sigmoid-ten-deep-moons': ('vanishing-gradient', 'probe', ['vanishing-gradient'], 'ten 8-unit sigmoid layers on moons'),
 'lr-too-high.adam-half': ('lr-too-high', 'probe', ['lr-too-high'], 'adam lr 0.5 on the tyre classifier: the loss bounces at the prior for the whole run'),
 'lr-too-high.sgd-two': ('lr-too-high', 'probe', ['lr-too-high', 'nan-loss'], 'sgd lr 2 on standardised wheel data: diverges to NaN in the second epoch'),
 'oscillating-loss.momentum-099': ('lr-too-high', 'probe', ['lr-too-high', 'oscillating-loss', 'nan-loss'], 'sgd lr 0.08 with momentum 0.99: the loss climbs with swings and is NaN by epoch 12 (re-filed from oscillating-loss)'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', 'probe', ['lr-too-low'], 'plain sgd lr 1e-5 on the wheel rebuild model'),
 'lr-too-low.adam-1e-6': ('lr-too-low', 'probe', ['lr-too-low'], 'adam lr 1e-6 on the tyre classifier'),
 'lr-too-low.rmsprop-2e-6': ('lr-too-low', 'probe', ['lr-too-low'], 'rmsprop lr 2e-6 on the carriage lots'),
 'lr-too-low.momentum-5e-6-fullbatch': ('lr-too-low', 'probe', ['lr-too-low'], 'sgd momentum lr 5e-6, full batch, on the kiln log'),
 'saturated-activation.sigmoid-raw-heat': ('saturated-activation', 'probe', ['saturated-activation'], 'sigmoid hidden layer fed the raw tyre log (circumferences in mm, heat in degrees C): every unit pinned'),
 'saturated-activation.tanh-bias-five': ('saturated-activation', 'probe', ['saturated-activation'], 'tanh layers with initial bias 5: pinned at +1'),
 'saturated-activation.sigmoid-std-five': ('saturated-activation', 'probe', ['saturated-activation', 'init-scale'], 'sigmoid layer initialised normal std 5: ~70% of outputs pinned, the kiln fit ends 10-40x worse than the healthy kiln specs'),
 'saturated-activation.tanh-raw-years': ('saturated-activation', 'probe', ['saturated-activation'], 'tanh layer fed raw build years (1820-1930) and estimates: every unit pinned'),
 'loss-plateau.weight-decay-huge': ('loss-plateau', 'training', ['loss-plateau'], 'weightDecay 2 (meant 2e-4): the loss drops to 0.42 then climbs back and sits at the baseline'),
 'loss-plateau.dropout-ninety': ('loss-plateau', 'training', ['loss-plateau'], 'dropout 0.9 after both hidden layers: the loss settles at the prior'),
 'loss-plateau.sigmoid-sgd-xor': ('loss-plateau', 'training', ['loss-plateau', 'lr-too-low'], 'two sigmoid units with plain sgd on xor: crawls from 0.73 to 0.68 in 200 epochs, at chance'),
 'oscillating-loss.adam-small-batch': ('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'adam lr 0.08 with batch 4 on the kiln log: the loss keeps swinging between 0.04 and 0.15 and never settles (healthy kiln specs end near 0.004)'),
 'oscillating-loss.rmsprop-fullbatch': ('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'], 'rmsprop lr 0.1 on the full batch: repeated spikes (0.065 to 0.23, 0.046 to 0.15) to the end'),
}

DROP = {
 'data-error.job-id-as-feature': 'kept the set to 65 faults; the same fault as no-features-date-column (a text id column read as a feature)',
 'nan-loss.wheels-batch1-raw': 'no NaN; the relu layer died after a huge first epoch and the loss sits at the mean: mixed symptoms, neither the intended code nor a clean one',
 'loss-activation-mismatch.softmax-mse': 'softmax with mse trained to acc 0.969, last/base 0.03: may count as healthy in practice',
 'dead-relu.sgd-big-lr-kills': 'trained well (last/base 0.16, acc 0.959); only 31% of one layer dead',
 'dead-relu.raw-features-bias-negative': 'mixed: 46% dead, loss 66x the baseline with huge gradients; neither clean dead-relu nor clean exploding',
 'lr-too-high.rmsprop-point-three': 'bouncy but ends at 0.21, as good as the healthy carriage specs',
 'oscillating-loss.batch1-sgd': 'noisy but descending, ends better than the healthy carriage specs',
 'ok.spirals-adam-deep': 'ends at last/base 0.32 (acc 0.83): spirals could be fitted much better; borderline',
 'ok.tires-batch1-sgd': 'ends at 0.28 of baseline where the other tyre specs reach 0.07-0.13: maybe too slow',
 'ok.kiln-tsv-momentum-batchnorm': 'ends at 0.06 (bouncing 0.04-0.06) where the other kiln specs reach 0.004: borderline',
 'ok.moons-batch1-adam': 'ends at 0.13 where moons reaches 0.01: borderline slow',
 'ok.carriages-logistic': 'logistic regression ends at 0.45 of baseline where the small nets reach 0.33-0.38: borderline',
}

H = {
 'ok.wheels-adam-relu': 'wheels.csv standard/standard target, [16 relu, 8 relu, 1 linear], mse, adam 0.01, batch 32, 150 epochs',
 'ok.wheels-momentum-tanh': 'wheels.csv, [12 tanh, 1], mse, sgd momentum 0.9 lr 0.01, batch 16',
 'ok.wheels-rmsprop-elu': 'wheels.csv, [24 elu, 12 elu, 1], mse, rmsprop 0.003, batch 64',
 'ok.wheels-nesterov-batchnorm': 'wheels.csv, [16 relu batchNorm, 1], mse, sgd Nesterov 0.02, batch 32',
 'ok.wheels-minmax-fullbatch': 'wheels.csv minmax features and target, [16 leaky_relu, 1], adam 0.03, full batch (360), 400 epochs',
 'ok.wheels-hours-and-cost': 'wheels.csv two regression targets (hours, cost), [16 relu, 2 linear], adam 0.01',
 'ok.wheels-linear-regression': 'wheels.csv, a single linear unit (linear regression), plain sgd 0.05: unusual but fits the mostly linear hours',
 'ok.wheels-wide-batch8': 'wheels.csv, [64 relu, 1], adam 0.003, batch 8, 80 epochs',
 'ok.wheels-clipnorm-momentum': 'wheels.csv, [16 relu, 16 relu, 1], sgd momentum 0.05 with clipNorm 5',
 'ok.wheels-tsv-free-cost-only': 'wheels.csv cost_gbp target (standardised), [16 elu, 1], rmsprop 0.003 (the name is a leftover; the file is comma-separated)',
 'ok.tires-adam-relu': 'tires.csv 3 string classes (split rare), [16 relu, 3 softmax], cce, adam 0.01',
 'ok.tires-momentum-tanh': 'tires.csv, [24 tanh, 3 softmax], cce, sgd momentum 0.05',
 'ok.tires-rmsprop-dropout': 'tires.csv, [32 relu, dropout 0.2, 16 relu, 3 softmax], cce, rmsprop 0.002',
 'ok.tires-validation-weightdecay': 'tires.csv, [24 elu, 3 softmax], adam 0.01 weightDecay 1e-4, validationSplit 0.2',
 'ok.tires-deep-narrow': 'tires.csv, four 8-unit relu layers, cce, adam 0.005, 200 epochs',
 'ok.tires-momentum-weightdecay': 'tires.csv, [32 leaky_relu, 3 softmax], sgd momentum 0.03 weightDecay 5e-4, batch 16',
 'ok.carriages-adam-relu': 'carriages.csv (skewed rot and estimates, imbalanced 0/1), [8 relu, 1 sigmoid], bce, adam 0.01',
 'ok.carriages-nesterov-elu': 'carriages.csv, [16 elu, 1 sigmoid], bce, sgd Nesterov 0.03',
 'ok.carriages-eu-rmsprop': 'carriages-eu.csv (semicolons, decimal commas), [12 relu, 1 sigmoid], bce, rmsprop 0.003',
 'ok.carriages-minmax-sigmoid': 'carriages.csv minmax, [12 sigmoid, 1 sigmoid], bce, adam 0.02, 200 epochs',
 'ok.carriages-deep-batchnorm-clip': 'carriages.csv, [16 relu bn, 16 relu bn, 8 relu, 8 relu, 1 sigmoid], adam 0.003 clipNorm 1',
 'ok.carriages-lecun-elu-rmsprop': 'carriages.csv, [16 elu lecun_normal, 8 elu lecun_normal, 1 sigmoid], rmsprop 0.001, batch 16',
 'ok.carriages-uniform-tanh-sgd': 'carriages.csv, [16 tanh uniform limit 0.3, 1 sigmoid], plain sgd 0.1, batch 16',
 'ok.kiln-adam-tanh': 'kiln.csv (tab-separated) standard/standard, [32 tanh, 16 tanh, 1], adam 0.005, 200 epochs',
 'ok.kiln-momentum-relu': 'kiln.csv, [16 relu, 16 relu, 1], sgd momentum 0.02, batch 16',
 'ok.kiln-rmsprop-elu': 'kiln.csv, [24 elu, 1], rmsprop 0.003',
 'ok.kiln-leaky-heuniform-fullbatch': 'kiln.csv, [32 leaky_relu he_uniform, 16 leaky_relu he_uniform, 1], adam 0.01 full batch (260), 400 epochs',
 'ok.kiln-three-tanh-xavier-normal': 'kiln.csv, three 16-unit tanh xavier_normal layers, adam 0.003',
 'ok.moons-adam-relu': 'builtin moons 300 noise 0.15, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.circles-momentum-tanh': 'builtin circles, [16 tanh, 1 sigmoid], bce, sgd momentum 0.1, 200 epochs',
 'ok.xor-sigmoid-adam': 'builtin xor, [8 sigmoid, 1 sigmoid], bce, adam 0.05, 300 epochs',
 'ok.iris-sgd': 'builtin iris standard, [8 relu, 3 softmax], cce, plain sgd 0.05, batch 16',
 'ok.blobs-rmsprop': 'builtin blobs 4 classes, [12 relu, 4 softmax], cce, rmsprop 0.003',
 'ok.sine-tanh-adam': 'builtin sine, [24 tanh, 24 tanh, 1], mse, adam 0.01, 300 epochs',
 'ok.spoke-tenon-inline': 'inline 12-row table (spoke length/diameter to tenon size), [4 tanh, 1], mse, adam 0.02, batch 4, 400 epochs',
 'ok.iris-adam-dropout-validation': 'builtin iris, [16 relu, dropout 0.1, 3 softmax], adam 0.01, validationSplit 0.2',
 'ok.circles-elu-rmsprop': 'builtin circles, [16 elu, 8 elu, 1 sigmoid], rmsprop 0.005',
 'ok.blobs-sgd-plain': 'builtin blobs 3 classes, [8 tanh, 3 softmax], plain sgd 0.1',
 'ok.sine-relu-deep': 'builtin sine, [32 relu, 32 relu, 16 relu, 1], adam 0.005, 300 epochs',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates') if f.endswith('.nn.json'))
decided = set(F) | set(DROP) | set(H)
missing = [c for c in cands if c not in decided]
extra = [c for c in decided if c not in cands]
assert not missing and not extra, (missing, extra)

for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)

def summary(name):
    line = obs[name]
    return line.replace('.nn.json', '') if 'not trainable' in line or 'engine refuses' in line else line

faults, healthy = [], []
for c in cands:
    src = f'candidates/{c}.nn.json'
    if c in F:
        code, stage, catches, text = F[c]
        new = code + c[c.index('.'):]
        shutil.move(src, f'faulty/{new}.nn.json')
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {summary(c)})', 'stage': stage, 'catches': catches})
    elif c in H:
        shutil.move(src, f'healthy/{c}.nn.json')
        healthy.append({'file': f'healthy/{c}.nn.json', 'covers': f'{H[c]} (observe: {summary(c)})'})
    else:
        shutil.move(src, f'dropped/{c}.nn.json')

about = ('Fault set blind236 (issue #4), written blind and frozen before the product was run on it; no one tunes on it. '
         'Theme: a wheelwright and horse-drawn carriage restorer\'s shop. Data from data/generate.ts (seeds 236001-236004): '
         'wheels.csv (360 wheel rebuild jobs: diameter, rim circumference (collinear with it), spokes, felloe depth, skewed rot score, '
         'shop temperature with no effect, job_id text; targets hours_to_rebuild and cost_gbp), wheels-gaps.csv (the same with NA and empty cells), '
         'tires.csv (420 hot-set iron tyres: circumferences in mm, draw, heat, iron thickness, ambient, set_date text; fit = tight/loose/split, split rare, 5% relabelled), '
         'carriages.csv and carriages-eu.csv (320 auction lots, semicolon/decimal-comma copy; worth_restoring 0/1 at 27%), '
         'kiln.csv (tab-separated, 260 timber kiln batches; final moisture). Plus builtins and one inline table. '
         '"stage" is the writer\'s expectation, "catches" the codes whose advice would fix the fault. Each fault and covers text ends with the '
         'observe.ts --summary line (observed.txt); --curve for the lr, plateau and oscillating candidates (observed-curves.txt). '
         'Dropped candidates and reasons: README.md.')
manifest = {'about': about, 'faults': faults, 'healthy': healthy}
with open('manifest.json', 'w') as fh:
    json.dump(manifest, fh, indent=1, ensure_ascii=False)
    fh.write('\n')
os.rmdir('candidates')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(DROP), 'dropped')
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
for k, v in DROP.items():
    print('DROP', k, '-', v)
