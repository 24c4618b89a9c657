"""Verdicts of blind set 277: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind277 after observed.txt exists: python3 write-manifest.py"""
import json, os, shutil

obs = {}
for line in open('observed.txt'):
    s = line.strip()
    if not s: continue
    key = s.split(':')[0].split(' ')[0].replace('.nn.json', '')
    obs[key] = s

S, P, T = 'static', 'probe', 'training'
# candidate -> (new code or None, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': (None, S, [], 'optimizer "adamw" copied from a PyTorch script; the engine has adam, not adamw'),
 'invalid-spec.loss-keras-name': (None, S, [], 'loss written "binary_crossentropy" (Keras name) for the tour-overrun classifier'),
 'invalid-spec.dropout-percent': (None, S, [], 'dropout rate written as a percentage (30) on the guide-level classifier'),
 'invalid-spec.validation-split-percent': (None, S, [], 'validationSplit written as 20 (percent) on the radon regression'),
 'invalid-spec.activation-swish': (None, S, [], 'activation "swish", which the engine does not have, on the cave-status classifier'),
 'invalid-spec.trailing-comma': (None, S, [], 'hand-edited spec with a trailing comma left in the data block'),
 'data-error.missing-season-file': (None, S, [], 'spec points at next season\'s export visits-2025.csv, which does not exist yet'),
 'data-error.target-column-renamed': (None, S, [], 'target "tour_minutes" but the booking export calls the column duration_min'),
 'data-error.cave-name-as-feature': (None, S, [], 'the text column "cave" (cave name) listed as a numeric feature'),
 'data-error.gaps-export': (None, S, [], 'the booking export with NA water levels and empty CO2 readings used as is'),
 'data-error.shared-drive-path': (None, S, [], 'data path to the office shared drive, outside the workspace'),
 'shape-mismatch.levels-two-units': (None, S, [], 'guide levels have 3 classes (trainee/guide/lead) but the softmax head has 2 units'),
 'shape-mismatch.status-four-units': (None, S, [], 'cave status has 3 classes (open/restricted/closed) but the head has 4 units'),
 'shape-mismatch.two-targets-one-unit': (None, S, [], 'two target columns (duration_min, ticket_eur) predicted by a single output unit'),
 'loss-activation-mismatch.softmax-mse-levels': (None, S, [], 'softmax head trained with mse on the guide levels instead of cce'),
 'loss-activation-mismatch.bce-linear-head': (None, S, [], 'bce on the overrun flag with a linear output unit (no sigmoid)'),
 'loss-activation-mismatch.cce-sigmoid-head': (None, S, [], 'cce on cave status with a sigmoid head instead of softmax: the loss collapses to ~0 meaninglessly'),
 'loss-activation-mismatch.relu-head-standard-target': (None, S, [], 'relu output on a standardised tour duration, so it cannot predict the negative half of the targets'),
 'loss-activation-mismatch.sigmoid-head-raw-minutes': (None, S, [], 'sigmoid output (0..1) predicting tour duration in raw minutes (60-180)'),
 'init-symmetry.zeros-hidden': (None, S, [], 'hidden tanh layer of 16 units initialised to zeros: all units stay identical'),
 'init-symmetry.constant-hidden-levels': (None, S, [], 'hidden relu layer of 24 units initialised to the constant 0.1'),
 'init-symmetry.zeros-two-layers': (None, S, [], 'two hidden sigmoid layers initialised to zeros on the radon regression'),
 'init-scale.normal-std-8': (None, S, ['saturated-activation'], 'tanh layer initialised normal with std 8: saturated from the start'),
 'init-scale.uniform-limit-20': (None, S, ['nan-loss', 'exploding-gradient'], 'relu layers initialised uniform with limit 20: the loss overflows at once'),
 'init-scale.normal-std-1e-4-deep': (None, S, ['vanishing-gradient'], 'every layer of a deep tanh net initialised with std 1e-4: nothing reaches the first layers and the loss stays at the baseline'),
 'no-nonlinearity.linear-stack-levels': (None, S, [], 'guide-level classifier with two linear hidden layers: depth adds nothing'),
 'no-nonlinearity.linear-stack-radon': (None, S, [], 'radon regression (log-shaped in airflow) with three linear hidden layers'),
 'no-nonlinearity.linear-stack-moons': (None, S, [], 'moons with two linear hidden layers: a linear boundary only'),
 'lr-out-of-range.adam-lr-30': (None, S, ['lr-too-high'], 'adam with lr 30 (meant 3e-3)'),
 'lr-out-of-range.sgd-lr-500': (None, S, ['lr-too-high'], 'sgd with lr 500 on the guide levels'),
 'lr-out-of-range.rmsprop-lr-8': (None, S, ['lr-too-high'], 'rmsprop with lr 8 on cave status'),
 'lr-out-of-range.sgd-lr-1e-9': (None, S, ['lr-too-low'], 'sgd momentum with lr 1e-9: nothing moves'),
 'dead-relu.bias-minus-6': (None, P, [], 'relu layer with initial bias -6 on standardised inputs: 97% of units dead from the start'),
 'dead-relu.bias-minus-4-levels': (None, P, [], 'relu layer with initial bias -4 on the guide levels: half the units dead, loss far above what the net reaches'),
 'nan-loss.raw-climate-momentum': ('dead-relu', P, ['exploding-gradient'], 'raw climate readings (pressure ~1013, co2 in the thousands) and raw radon target into a relu net with sgd momentum: the first huge step kills every relu unit and the loss is stuck above baseline'),
 'nan-loss.raw-everything-sgd': ('dead-relu', P, ['exploding-gradient'], 'raw booking features and raw minutes into a relu net with sgd 0.01: the first step kills every hidden unit, the loss sticks at twice the baseline'),
 'exploding-gradient.raw-radon-target': (None, P, ['saturated-activation'], 'radon in raw Bq/m3 (hundreds to thousands) as an mse target with sgd momentum: output gradient norms up to 1700 and the tanh layers saturate'),
 'exploding-gradient.raw-radon-relu-sgd': (None, P, [], 'raw radon target without normalizeTarget on a relu net: gradient norms in the tens of thousands'),
 'exploding-gradient.raw-co2-target-rmsprop': (None, P, [], 'raw co2_ppm target (~1500) without normalizeTarget: gradient norms above 10,000 and the loss stays at 10x the baseline'),
 'vanishing-gradient.eight-sigmoid-layers': (None, P, [], 'eight sigmoid hidden layers with plain sgd on the overrun flag: first-layer gradients ~1e-6'),
 'vanishing-gradient.deep-sigmoid-radon': (None, P, [], 'six sigmoid hidden layers on radon with sgd: first-layer gradients ~1e-4, loss at baseline'),
 'vanishing-gradient.deep-tanh-small-init': (None, P, ['init-scale'], 'five tanh layers initialised normal std 0.05 with sgd: gradients fade toward the input, loss at baseline'),
 'nan-loss.raw-pressure-rmsprop-big': (None, P, ['exploding-gradient'], 'raw climate readings and raw radon target, linear hidden layer, sgd nesterov 0.05 on batches of 8 (the slug is a leftover of an rmsprop draft): NaN in the first epoch'),
 'exploding-gradient.raw-features-deep-sgd': ('nan-loss', P, ['exploding-gradient'], 'raw booking features and raw minutes into a deep relu net: NaN in the first epoch'),
 'exploding-gradient.raw-tours-led': ('nan-loss', P, ['exploding-gradient'], 'raw tours_led (hundreds to thousands) as a feature with raw rescue hours target: NaN in the first epoch'),
 'dead-relu.sgd-huge-step-kills': ('nan-loss', P, ['exploding-gradient'], 'raw radon target with sgd 0.05 on a relu net: NaN in the first epoch'),
 'lr-too-high.nesterov-0.8-radon': ('nan-loss', P, ['lr-too-high'], 'sgd nesterov lr 0.8 momentum 0.9 on radon: NaN in the first epoch'),
 'lr-too-high.sgd-1.5-duration': ('nan-loss', P, ['lr-too-high'], 'plain sgd lr 1.5 on tour duration: loss 4e29 then NaN'),
 'lr-too-high.adam-0.3-levels': (None, T, ['dead-relu'], 'adam lr 0.3 on the guide levels: the loss falls to 0.57 then jumps back to 0.93 and the second relu layer dies'),
 'lr-too-high.rmsprop-0.2-overrun': (None, P, ['oscillating-loss'], 'rmsprop lr 0.2 on the overrun flag: update ratios up to 0.74, the loss bounces (0.30 -> 0.48)'),
 'lr-too-high.sgd-0.5-momentum-status': (None, T, ['oscillating-loss'], 'sgd lr 0.5 momentum 0.9 on cave status: the loss bounces between 0.45 and 0.64, far above what the same net reaches at a sane rate'),
 'oscillating-loss.sgd-0.9-batch-1': ('lr-too-high', P, ['oscillating-loss'], 'sgd lr 0.9 with batch 1 on the overrun flag: the loss bounces around twice the baseline'),
 'lr-too-low.sgd-1e-5-duration': (None, P, [], 'plain sgd lr 1e-5 on tour duration: loss 1.56 -> 1.34 in 80 epochs'),
 'lr-too-low.adam-1e-6-levels': (None, P, [], 'adam lr 1e-6 on the guide levels: loss 1.480 -> 1.468'),
 'lr-too-low.rmsprop-2e-6-radon': (None, P, [], 'rmsprop lr 2e-6 on radon: loss 1.69 -> 1.60'),
 'lr-too-low.momentum-1e-5-status': (None, P, [], 'sgd momentum lr 1e-5 on cave status: loss 1.42 -> 1.29, still above the baseline'),
 'loss-plateau.clipnorm-1e-4': ('lr-too-low', P, ['loss-plateau'], 'clipNorm 1e-4 (meant 1) with sgd 0.01: steps are tiny, the loss barely moves (1.963 -> 1.955)'),
 'saturated-activation.sigmoid-raw-co2': (None, P, [], 'sigmoid hidden layer fed raw climate readings (co2 in thousands, pressure ~1013): 99% saturated'),
 'saturated-activation.tanh-raw-visits': (None, P, [], 'tanh hidden layer fed raw booking features (route metres, co2 ppm): fully saturated, loss at baseline'),
 'saturated-activation.tanh-bias-5': (None, P, [], 'tanh layer with initial bias 5: every unit pinned at +1, loss at baseline'),
 'loss-plateau.weight-decay-1': (None, T, [], 'weightDecay 1 (meant 1e-4) with adam on tour duration: the loss stalls at 0.23 from epoch 20 where the same net reaches 0.02'),
 'loss-plateau.dropout-0.9-levels': (None, T, [], 'dropout 0.95 before the head on the guide levels: the loss stalls near the baseline'),
 'loss-plateau.sigmoid-sgd-tiny-moves': (None, T, ['lr-too-low'], 'two sigmoid layers with plain sgd 0.003 on cave status: the loss creeps to the baseline and stays above it'),
 'oscillating-loss.adam-0.05-batch-2': (None, T, ['lr-too-high'], 'adam lr 0.05 on batches of 2 for tour duration: the loss swings between 0.09 and 0.17 for 60 epochs without settling'),
 'oscillating-loss.momentum-0.99-full-batch': (None, T, ['lr-too-high'], 'full-batch sgd lr 0.1 with momentum 0.99 on radon: the loss swings between 0.26 and 0.79 without settling'),
}
DROP = {
 'shape-mismatch.overrun-two-sigmoids': 'the engine accepted 2 sigmoid units on a single 0/1 target and trained (0.75 of baseline); not unmistakable',
 'dead-relu.deep-negative-bias': 'only 38-54% of units dead and the loss reached 0.26 of baseline: borderline',
 'exploding-gradient.raw-minutes-deep': 'gradients large (6000) but the net trained to 0.06 of baseline: may be healthy in practice',
 'lr-too-high.adam-0.1-radon': 'jumpy but ends at 0.22 of baseline, near healthy radon runs (0.08-0.17): borderline',
 'oscillating-loss.rmsprop-0.03-batch-4': 'noisy but steadily falling: not clearly oscillating',
 'oscillating-loss.nesterov-0.3-batch-8': 'went NaN in the first epoch (nan-loss), dropped to keep nan-loss from dominating the set',
 'ok.overrun-logistic': 'ends at 0.80 of baseline where other overrun nets reach 0.2: not clearly healthy',
 'ok.overrun-rmsprop-dropout': 'ends at 0.81 of baseline: not clearly healthy',
 'ok.overrun-adam-relu': 'ends at 0.66 of baseline where other overrun nets reach 0.2: borderline',
 'ok.overrun-elu-batchnorm': 'ends at 0.70 of baseline: borderline',
 'ok.levels-batch-2-adam': 'ends at 0.27 of baseline where other guide-level nets reach 0.06-0.09: borderline',
 'ok.spirals-deep-tanh': 'ends at 0.40 of baseline, acc 0.79: still learning, borderline',
 'ok.status-softmax-regression': 'linear model ends at 0.50 of baseline where nonlinear nets reach 0.13: borderline',
 'ok.status-rmsprop-batchnorm': 'ends at 0.44 of baseline and rising from its minimum: borderline',
}
H = {
 'ok.duration-adam-relu': 'visits.csv duration_min standard/standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32, val 0.2',
 'ok.duration-sgd-momentum-tanh': 'visits.csv duration, [16 tanh, 1], mse, sgd momentum 0.9 lr 0.02, batch 16',
 'ok.duration-nesterov-elu': 'visits.csv duration minmax features, [24 elu, 12 elu, 1], sgd nesterov 0.01, 150 epochs',
 'ok.duration-rmsprop-leaky': 'visits.csv duration, [32 leaky_relu, 1], rmsprop 0.002, batch 64',
 'ok.duration-plain-sgd-full-batch': 'visits.csv duration, [16 tanh, 1], plain sgd 0.1, full batch 520, 400 epochs',
 'ok.duration-minmax-target': 'visits.csv duration with normalizeTarget minmax, [32 relu, 1 sigmoid], mse, adam 0.005',
 'ok.duration-batchnorm-dropout': 'visits.csv duration, [64 relu batchNorm, dropout 0.1, 32 relu, 1], adam 0.002 weightDecay 1e-4, val 0.15',
 'ok.duration-batch-1-sgd': 'visits.csv duration, [8 tanh, 1], plain sgd 0.002, batch 1, 30 epochs',
 'ok.duration-linear-regression': 'visits.csv duration, single linear unit (linear regression), adam 0.01',
 'ok.duration-deep-clip': 'visits.csv duration, 4 relu hidden layers, adam 0.001 clipNorm 1',
 'ok.duration-tanh-sigmoid-mix': 'visits.csv duration, [24 tanh, 12 sigmoid, 1], adam 0.005',
 'ok.overrun-sgd-tanh': 'visits.csv overrun (rare 0/1), [12 tanh, 1 sigmoid], bce, sgd momentum 0.1',
 'ok.overrun-leaky-deep-sgd': 'visits.csv overrun, [32 leaky_relu, 16 leaky_relu, 1 sigmoid], bce, sgd momentum 0.05',
 'ok.overrun-tanh-adam-deep': 'visits.csv overrun, [32 tanh, 16 tanh, 1 sigmoid], bce, adam 0.003',
 'ok.radon-adam-tanh': 'climate.csv (semicolons, decimal commas) radon standard/standard, [24 tanh, 1], adam 0.005',
 'ok.radon-sgd-relu': 'climate.csv radon, [32 relu, 16 relu, 1], sgd momentum 0.01',
 'ok.radon-rmsprop-sigmoid': 'climate.csv radon, [16 sigmoid, 1], rmsprop 0.005, 200 epochs',
 'ok.radon-minmax-features': 'climate.csv radon minmax features, [32 leaky_relu, 1], adam 0.005, batch 16',
 'ok.radon-weight-decay-val': 'climate.csv radon, [48 relu, 24 relu, 1], adam 0.002 weightDecay 1e-3, val 0.25',
 'ok.radon-clip-nesterov': 'climate.csv radon, [16 elu, 1], sgd nesterov 0.03 momentum 0.8 clipNorm 5, batch 64',
 'ok.radon-rmsprop-batch-8-elu': 'climate.csv radon, [24 elu, 12 elu, 1], rmsprop 0.001, batch 8',
 'ok.co2-from-visitors': 'climate.csv co2_ppm from 3 features, normalizeTarget standard, [16 tanh, 1], sgd momentum 0.03',
 'ok.status-adam-relu': 'climate.csv status (3 string classes, closed rare), [32 relu, 3 softmax], cce, adam 0.003',
 'ok.status-sgd-tanh': 'climate.csv status, [16 tanh, 8 tanh, 3 softmax], sgd momentum 0.05',
 'ok.status-minmax-elu-val': 'climate.csv status minmax, [24 elu, dropout 0.1, 3 softmax], adam 0.005, batch 16, val 0.2',
 'ok.status-rare-closed-bce': 'climate.csv status, [16 relu, 16 relu, 3 softmax], cce, adam 0.01, batch 64',
 'ok.levels-adam-relu': 'guides.tsv (tab-separated) level (3 string classes), [32 relu, 3 softmax], adam 0.003, batch 16',
 'ok.levels-sgd-nesterov-tanh': 'guides.tsv level, [16 tanh, 3 softmax], sgd nesterov 0.05',
 'ok.levels-rmsprop-deep': 'guides.tsv level, [32 relu, 32 relu, 16 relu, 3 softmax], rmsprop 0.001',
 'ok.levels-plain-sgd-sigmoid': 'guides.tsv level, [16 sigmoid, 3 softmax], plain sgd 0.5, 200 epochs',
 'ok.levels-wide-dropout': 'guides.tsv level, [128 relu, dropout 0.3, 3 softmax], adam 0.001 weightDecay 1e-4, val 0.2',
 'ok.levels-minmax-leaky-full-batch': 'guides.tsv level minmax, [32 leaky_relu, 3 softmax], adam 0.01, full batch 360, 400 epochs',
 'ok.rescue-hours-regression': 'guides.tsv rescue_hours regression from skewed features, normalizeTarget standard, [16 relu, 1], adam 0.003',
 'ok.moons-adam': 'builtin moons 400, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.sine-elu': 'builtin sine 300, [32 elu, 32 elu, 1], mse, adam 0.005',
 'ok.iris-sgd': 'builtin iris standard, [8 relu, 3 softmax], sgd momentum 0.05, batch 16',
 'ok.inline-lamp-battery': 'inline table of 12 headlamp battery readings, standard/standard, [4 tanh, 1], adam 0.02, full batch',
 'ok.circles-rmsprop': 'builtin circles 400, [16 relu, 1 sigmoid], bce, rmsprop 0.005',
 'ok.blobs-four-classes-sgd': 'builtin blobs 4 classes, [8 relu, 4 softmax], cce, plain sgd 0.1',
 'ok.xor-tanh': 'builtin xor 300, [8 tanh, 1 sigmoid], bce, adam 0.02',
}
cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
assert set(cands) == set(F) | set(DROP) | set(H), (set(cands) ^ (set(F) | set(DROP) | set(H)))
for d in ('faulty', 'healthy', 'dropped'): os.makedirs(d, exist_ok=True)
faults, healthy = [], []
for c in cands:
    src = f'candidates/{c}.nn.json'
    if c in F:
        new, stage, extra, text = F[c]
        code = c.split('.')[0]
        name = c
        if new:
            code = new
            name = new + c[c.index('.'):]
        dst = f'faulty/{name}.nn.json'
        shutil.move(src, dst)
        catches = [code] + [x for x in extra if x != code]
        faults.append({'file': dst, 'code': code, 'fault': f'{text} (observe: {obs[c]})', 'stage': stage, 'catches': catches})
    elif c in H:
        dst = f'healthy/{c}.nn.json'
        shutil.move(src, dst)
        healthy.append({'file': dst, 'covers': f'{H[c]} (observe: {obs[c]})'})
    else:
        shutil.move(src, f'dropped/{c}.nn.json')
os.rmdir('candidates')
about = ('Blind fault set 277 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
 'Theme: show caves and caving guides. "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught, '
 '"catches" the codes whose advice would genuinely fix it. Each fault text and healthy "covers" ends with the bare-engine result of '
 'test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
 'Data (data/generate.ts, seed 277): visits.csv (520 guided tours, 11 numeric features incl. collinear route/stairs and temp_c/temp_f, a no-effect moon_phase, '
 'text tour_id/date/cave columns; duration_min regression, overrun 0/1 at 14%), visits-gaps.csv (NA and empty markers), climate.csv (480 hourly sensor rows, '
 'semicolons and decimal commas, skewed radon_bq regression, status open/restricted/closed with closed rare), guides.tsv (360 guides, tab-separated, '
 'skewed years/tours_led, level trainee/guide/lead), plus builtins and one inline table. Reasons for dropped candidates in write-manifest.py and README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy, 'dropped': {k: v for k, v in DROP.items()}} if False else {'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), len(healthy), len(DROP), Counter(f['code'] for f in faults), Counter(f['stage'] for f in faults))
