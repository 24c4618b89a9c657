#!/usr/bin/env python3
"""Verdicts of blind281 (kombucha brewers): files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from this folder after author.ts and observe.ts (observed.txt)."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

obs = {}
for line in open('observed.txt', encoding='utf8'):
    line = line.rstrip('\n')
    m = re.match(r'^\s*(\S+?)\.nn\.json[: ]', line)
    if m and not re.match(r'^[^ ]+: base', line.strip()):
        obs[m.group(1)] = line.strip()
        continue
    m = re.match(r'^(\S+?): base ', line)
    if m:
        obs[m.group(1)] = line.strip()

S, P, T = 'static', 'probe', 'training'
# candidate name -> (code it is filed under, stage, catches after its own code, the real-world bug)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer "adamw" copied from a PyTorch recipe for the final-pH model; the engine has adam with weightDecay, not adamw'),
 'invalid-spec.gelu-activation': ('invalid-spec', S, [], 'activation "gelu" on the style classifier, from a transformer tutorial; not an activation the format has'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', S, [], 'dropout rate written 20 (meaning 20 %) on the SCOBY contamination model; the rate is a fraction in [0, 1)'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'loss "categorical_crossentropy" (Keras name) instead of "cce" on the style classifier'),
 'invalid-spec.negative-units': ('invalid-spec', S, [], 'units -8 on the hidden layer (a sign slipped in while editing the width)'),
 'data-error.target-wrong-case': ('data-error', S, [], 'target "final_pH" as the lab writes it; the cellar CSV header says final_ph'),
 'data-error.batch-id-as-feature': ('data-error', S, [], 'the batch_id text column (KB-1000 ...) listed among the features of the ABV-compliance model'),
 'data-error.cellar-log-with-na': ('data-error', S, [], 'the uncleaned cellar log (batches-gaps.csv) with NA, n/a and empty temperature and tea readings'),
 'data-error.file-renamed': ('data-error', S, [], 'points at batches_2024.csv, a name the file had before it was renamed batches.csv'),
 'data-error.path-outside-workspace': ('data-error', S, [], 'taproom export read straight from the brewer\'s Downloads folder, outside the workspace'),
 'data-error.brew-date-feature': ('data-error', S, [], 'brew_date (2024-01-03 text) used as a feature for ABV, hoping for a seasonal effect'),
 'shape-mismatch.three-styles-not-four': ('shape-mismatch', S, [], 'style head of 3 softmax units, written before "vinegary" batches were labelled; the data has 4 styles'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', S, [], 'targets final_ph and abv_pct together but a single output unit'),
 'shape-mismatch.iris-two-units': ('shape-mismatch', S, [], 'iris warm-up model copied with a 2-unit head from a binary task; iris has 3 classes'),
 'shape-mismatch.bottles-two-outputs': ('shape-mismatch', S, [], 'weekly bottles model with 2 output units (left over from a bottles+revenue version) and one target'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, [], 'style classifier with a sigmoid output under cce: the loss falls to ~0 while accuracy stays at 0.6'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'SCOBY contamination with bce but a linear output unit (sigmoid forgotten)'),
 'loss-activation-mismatch.mse-softmax-regression': ('loss-activation-mismatch', S, [], 'final-pH regression with a 1-unit softmax head under mse: the output is always 1'),
 'loss-activation-mismatch.relu-head-standardised-target': ('loss-activation-mismatch', S, [], 'relu output on a standardised pH target (half the targets negative), "because pH is positive"'),
 'loss-activation-mismatch.sigmoid-head-bottles': ('loss-activation-mismatch', S, [], 'sigmoid output on a standardised bottles-sold target under mse; cannot reach the negative or >1 targets'),
 'init-symmetry.zeros-hidden': ('init-symmetry', S, [], 'zeros init on a 16-unit tanh hidden layer of the style classifier'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', S, [], 'zeros init on both sigmoid hidden layers (16 and 8 units) of the contamination model'),
 'init-symmetry.constant-elu': ('init-symmetry', S, [], 'constant 0.05 init on both 12-unit elu layers of the bottles model'),
 'init-scale.normal-std-5': ('init-scale', S, [], 'normal std 5 init on two 32-unit relu layers (std meant as a fraction, typed as 5)'),
 'init-scale.uniform-tiny-deep': ('init-scale', S, ['vanishing-gradient'], 'uniform limit 1e-5 on every layer of a 3x16 tanh pH model'),
 'init-scale.normal-std-20-tanh': ('init-scale', S, ['saturated-activation'], 'normal std 20 on a 16-unit tanh layer of the contamination model'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', S, [], 'three 16-unit hidden layers with no activation on moons (a warm-up before the brewery data)'),
 'no-nonlinearity.forgot-activation-style': ('no-nonlinearity', S, [], 'style classifier whose two hidden layers (32, 16) leave activation out, so they are linear'),
 'no-nonlinearity.linear-circles': ('no-nonlinearity', S, [], 'two hidden layers explicitly "linear" on circles'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', S, ['lr-too-high'], 'adam lr 5 on the style classifier (an SGD-scale number pasted into adam, times 50)'),
 'lr-out-of-range.sgd-lr-40': ('lr-out-of-range', S, ['lr-too-high', 'nan-loss'], 'sgd lr 40 on the pH model (a lost decimal point: 0.04)'),
 'lr-out-of-range.rmsprop-lr-1e-9': ('lr-out-of-range', S, ['lr-too-low'], 'rmsprop lr 1e-9 on the contamination model (meant 1e-3)'),
 'lr-out-of-range.adam-lr-1e-8': ('lr-out-of-range', S, ['lr-too-low'], 'adam lr 1e-8 (the epsilon typed into lr) on the bottles model'),
 'dead-relu.negative-bias': ('dead-relu', P, [], 'relu layer with bias -6 ("to start sparse") on the pH model: 91% of units never fire'),
 'dead-relu.bias-minus-3-two-layers': ('dead-relu', P, [], 'bias -3 on two 24-unit relu layers of the contamination model: up to 96% dead, loss above baseline'),
 'loss-plateau.spirals-relu-tiny': ('dead-relu', P, ['init-scale', 'loss-plateau'], 'spirals with two relu layers at normal std 0.001: the second layer\'s units are all dead and the loss sits at ln 3'),
 'exploding-gradient.raw-bottles-target': ('exploding-gradient', P, ['dead-relu'], 'bottles sold in raw units (80-5000) with no target scaling, sgd 0.001: first epoch loss 1e14, then every relu dead'),
 'exploding-gradient.deep-relu-std-1': ('exploding-gradient', P, ['nan-loss', 'init-scale'], 'five 32-unit relu layers at normal std 1: gradients 1e5 at step 1, 1e19 at step 2, NaN at step 3 (observed-steps.txt)'),
 'exploding-gradient.raw-revenue-momentum': ('exploding-gradient', P, [], 'revenue in euros (300-9800) as a raw target with sgd momentum: first loss 4e12, output-layer gradient up to 4900'),
 'exploding-gradient.raw-features-sgd': ('exploding-gradient', P, ['dead-relu'], 'cellar features unnormalised (vessel litres up to ~400, sugar 70 g/l) with sgd: first epoch loss 4e7, the relu layer dies'),
 'nan-loss.raw-revenue-sgd': ('exploding-gradient', P, [], 'raw revenue target with sgd 0.01: the loss blows up to 1e20 and stays near 1e15 (no NaN)'),
 'vanishing-gradient.eight-sigmoid-layers': ('vanishing-gradient', P, [], 'eight 16-unit sigmoid layers for ABV compliance: first-layer gradient ~1e-6, loss stays at baseline'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', P, ['init-scale'], 'eight tanh layers at normal std 0.05: first-layer gradient ~1e-5, the pH loss never leaves baseline'),
 'vanishing-gradient.deep-sigmoid-scoby': ('vanishing-gradient', P, [], 'seven 12-unit sigmoid layers on the contamination data: first-layer gradient ~1e-6'),
 'nan-loss.raw-vessel-momentum': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw cellar features with sgd 0.05 momentum 0.95 batch 8 for ABV: NaN at step 4 (observed-steps.txt)'),
 'nan-loss.rmsprop-lr-3-raw': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw bottles target and raw features, sgd 0.05 momentum 0.9 batch 8 (slug left from an earlier rmsprop draft): NaN in epoch 1'),
 'oscillating-loss.nesterov-taproom': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'Nesterov sgd 0.2 momentum 0.95 on the bottles model: loss 4.7, 43, 154, 2237 ... NaN at step 8 (observed-steps.txt)'),
 'lr-too-high.adam-0.3-style': ('lr-too-high', P, ['dead-relu'], 'adam 0.3 on the style classifier: loss bounces 1.15-1.37 at baseline, 94% of the second layer dead'),
 'lr-too-high.nesterov-1.5-taproom': ('lr-too-high', P, ['nan-loss', 'exploding-gradient'], 'Nesterov sgd 1.5 on the bottles model: loss 2e23 in epoch 1, NaN in epoch 2'),
 'lr-too-high.rmsprop-0.1-ph': ('lr-too-high', P, ['dead-relu', 'oscillating-loss'], 'rmsprop 0.1 on the pH model: first epoch 84, then bouncing 0.20-0.70, second relu layer 94% dead (healthy twins reach 0.04)'),
 'oscillating-loss.momentum-0.99': ('lr-too-high', P, ['exploding-gradient'], 'sgd 0.08 with momentum 0.99 on the pH model: loss climbs from 0.59 to 1e21 over 100 epochs'),
 'oscillating-loss.full-batch-sgd-edge': ('lr-too-high', P, ['nan-loss', 'exploding-gradient'], 'plain full-batch sgd 0.9 on the pH model: 3.2, 1.25, 9.8, 70 ... NaN at epoch 33'),
 'lr-too-low.sgd-1e-5-style': ('lr-too-low', P, [], 'plain sgd 1e-5 on the style classifier: 1.728 to 1.716 in 80 epochs'),
 'lr-too-low.adam-1e-6-ph': ('lr-too-low', P, [], 'adam 1e-6 on the pH model: 2.284 to 2.237 in 100 epochs'),
 'lr-too-low.rmsprop-2e-6-taproom': ('lr-too-low', P, [], 'rmsprop 2e-6 on the bottles model: 1.92 to 1.77 in 100 epochs'),
 'lr-too-low.momentum-1e-5-scoby': ('lr-too-low', P, [], 'sgd 1e-5 momentum 0.9 on the contamination model: 0.693 to 0.654, baseline 0.313'),
 'saturated-activation.sigmoid-raw-features': ('saturated-activation', P, [], 'sigmoid layer at normal std 1 on unnormalised cellar features for style: 96-100% saturated, loss 0.74 of baseline'),
 'saturated-activation.tanh-std-4': ('saturated-activation', P, ['init-scale'], 'tanh layer at normal std 4 on the pH model: 78-89% saturated, loss 0.24 of baseline vs 0.04-0.14 for healthy twins'),
 'saturated-activation.sigmoid-bias-8': ('saturated-activation', P, ['vanishing-gradient'], 'bias 8 on both sigmoid hidden layers of the contamination model: 100% saturated, loss at baseline'),
 'saturated-activation.tanh-raw-taproom': ('saturated-activation', P, [], 'tanh layer on raw taproom features (promo spend in euros up to ~2200): 82-100% saturated, loss 0.64 of baseline'),
 'loss-plateau.xor-sigmoid-sgd': ('loss-plateau', T, ['lr-too-low'], 'xor with 4 sigmoid units at uniform 0.01, full-batch sgd 0.1: loss 0.700 to 0.692 over 150 epochs'),
 'loss-plateau.circles-tanh-tiny-init': ('loss-plateau', T, ['vanishing-gradient', 'init-scale'], 'circles with all layers at normal std 0.001, sgd 0.05: loss flat at 0.693 for 150 epochs'),
 'loss-plateau.style-sigmoid-full-batch': ('loss-plateau', T, ['lr-too-low', 'init-scale'], 'style classifier, two sigmoid layers at std 0.01, full-batch sgd 0.05: loss settles at baseline 1.163'),
 'oscillating-loss.adam-0.1-batch-4-style': ('oscillating-loss', T, ['lr-too-high'], 'adam 0.1 on batches of 4 for the style classifier: the loss swings 0.21-0.80 in the last epochs (healthy twins 0.02)'),
 'oscillating-loss.adam-0.05-batch-2-ph': ('oscillating-loss', T, ['lr-too-high'], 'adam 0.05 on batches of 2 for the pH model: loss swings 0.19-0.28 epoch to epoch around 0.22 (healthy twins 0.04)'),
}
DROP = {
 'init-symmetry.constant-hidden': 'constant 0.1 init on a relu layer, but the random output layer broke the symmetry: ended 0.13 of baseline, as good as healthy pH twins (0.04-0.14); borderline',
 'dead-relu.raw-vessel-litres-bias': 'dead fraction peaked at 0.44 only; loss near baseline for a mix of reasons (raw features, saturated output); unclear which code it shows',
 'dead-relu.sgd-big-step-kills': 'sgd 0.8 did not kill the units (dead 0.25 at most) and trained to 0.08 of baseline; neither a clear fault nor meant healthy',
 'lr-too-high.sgd-3-scoby': 'sgd 3 on the contamination model trained to 0.39 of baseline, like the healthy sgd twin (0.38); no fault shown',
 'oscillating-loss.adam-batch-1': 'swings 0.18-0.24 on a noisy 0.31 baseline; amplitude too small to call oscillation with confidence',
 'oscillating-loss.rmsprop-batch-4': 'loss wobbles 0.08-0.21 but ends at 0.10 of baseline; borderline between noisy and oscillating',
 'oscillating-loss.rmsprop-batch-1-taproom': 'swings 0.26-0.29 around a level a little above the healthy 0.15-0.22; too small to call',
 'oscillating-loss.momentum-0.95-full-batch-scoby': 'sgd 2 momentum 0.95 full batch settled smoothly to 0.03 of baseline (overfits); no fault shown',
 'ok.scoby-logistic': 'logistic regression ended at 0.76 of baseline while the 1-hidden-layer sgd twin reached 0.38; not clearly as good as alternatives',
 'ok.scoby-deep-batchnorm': 'train loss 0.31 of baseline but validation 0.42 above the 0.31 baseline: overfits; not a clean healthy example',
}
HEALTHY_COVERS = {
 'ok.ph-adam-relu': 'batches.csv final_ph, standard + normalizeTarget standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32',
 'ok.ph-sgd-momentum-tanh': 'final_ph, [24 tanh, 1], mse, sgd 0.02 momentum 0.9',
 'ok.ph-nesterov-elu': 'final_ph, [16 elu, 16 elu, 1], mse, Nesterov sgd 0.01, batch 16',
 'ok.ph-rmsprop-minmax': 'final_ph with minmax features and minmax target, [32 leaky_relu, 1], rmsprop 0.002',
 'ok.ph-plain-sgd-full-batch': 'final_ph, [16 tanh, 1], plain sgd 0.1 full batch (420), 400 epochs',
 'ok.ph-batchnorm-dropout': 'final_ph, [64 relu bn, dropout 0.1, 32 relu bn, 1], adam 0.003, batch 64, validation 0.2',
 'ok.abv-adam-weight-decay': 'abv_pct, [32 relu, 16 relu, 1], adam 0.002 weightDecay 1e-4',
 'ok.two-targets-ph-abv': 'two regression targets final_ph + abv_pct, [32 elu, 2], adam 0.003',
 'ok.style-adam-relu': 'style (4 string classes, vinegary rare), [32 relu, 16 relu, 4 softmax], cce, adam 0.003',
 'ok.style-rmsprop-tanh': 'style, [32 tanh, 4 softmax], rmsprop 0.003, validation 0.15',
 'ok.style-sgd-momentum-batch-8': 'style, [24 relu, 4 softmax], sgd 0.02 momentum 0.9, batch 8',
 'ok.style-clipnorm-deep': 'style, [32, 32, 16 leaky_relu, 4 softmax], adam 0.002 clipNorm 1',
 'ok.style-eu-export': 'batches-eu.csv (semicolons, decimal commas), style, [24 relu, 4 softmax], adam 0.005',
 'ok.ph-eu-export-minmax': 'batches-eu.csv final_ph, minmax features, [16 tanh, 1], rmsprop 0.003, batch 16',
 'ok.over-limit-adam': 'over_limit (0/1, 8% positive: ABV above 0.5%), [16 relu, 1 sigmoid], bce, adam 0.005',
 'ok.over-limit-nesterov': 'over_limit, [16 tanh, 8 tanh, 1 sigmoid], bce, Nesterov sgd 0.05',
 'ok.over-limit-batch-1': 'over_limit from 4 features, [8 elu, 1 sigmoid], plain sgd 0.005, batch 1, 40 epochs',
 'ok.scoby-adam-dropout': 'scoby-health.csv contaminated (rare, noisy), [32 relu, dropout 0.2, 1 sigmoid], adam 0.003',
 'ok.scoby-rmsprop-sigmoid-hidden': 'scoby contaminated, [16 sigmoid, 1 sigmoid], rmsprop 0.005',
 'ok.scoby-sgd-plain': 'scoby contaminated, [12 tanh, 1 sigmoid], plain sgd 0.1, batch 16, 300 epochs',
 'ok.taproom-adam': 'taproom.tsv (tabs) bottles_sold, standard + target standard, [32 relu, 1], adam 0.003',
 'ok.taproom-linear-regression': 'taproom bottles_sold, a single linear unit, sgd 0.05',
 'ok.taproom-revenue-rmsprop': 'taproom revenue_eur, minmax features, target standard, [24 elu, 12 elu, 1], rmsprop 0.002, batch 16',
 'ok.taproom-batchnorm-sgd': 'taproom bottles, [32 relu bn, 1], sgd 0.02 momentum 0.9, validation 0.2',
 'ok.moons-leaky-adam': 'moons 300 noise 0.15, [16, 16 leaky_relu, 1 sigmoid], adam 0.01',
 'ok.circles-tanh-rmsprop': 'circles, [16 tanh, 1 sigmoid], rmsprop 0.01 (hidden tanh ends 73% saturated yet the task is solved)',
 'ok.xor-sgd-momentum': 'xor, [8 tanh, 1 sigmoid], sgd 0.1 momentum 0.9, batch 16',
 'ok.spirals-deep-adam': 'spirals 3 classes, [64, 64, 32 relu, 3 softmax], adam 0.005, 400 epochs',
 'ok.blobs-four-classes-sgd': 'blobs 4 classes, [8 relu, 4 softmax], plain sgd 0.05, batch 16',
 'ok.iris-elu-nesterov': 'iris standard, [16 elu, 3 softmax], Nesterov sgd 0.05',
 'ok.sine-tanh-adam': 'sine regression, [32 tanh, 32 tanh, 1], adam 0.005, 300 epochs',
 'ok.ph-wide-shallow-rmsprop': 'final_ph, [128 relu, 1], rmsprop 0.001 weightDecay 1e-4, batch 64',
 'ok.ph-sigmoid-hidden-adam': 'final_ph, [32 sigmoid, 1], adam 0.005, 300 epochs',
 'ok.style-full-batch-adam': 'style, [32 tanh, 16 tanh, 4 softmax], adam 0.01 full batch, 400 epochs',
 'ok.inline-tasting-panel': 'inline 12-row tasting-panel table (pH, residual sugar) with string labels, [8 tanh, 3 softmax], adam 0.02, full batch',
 'ok.abv-deep-elu-clip': 'abv_pct, four elu layers (32, 32, 16, 16), sgd 0.01 momentum 0.9 clipNorm 5',
 'ok.over-limit-he-uniform-rmsprop': 'over_limit, [24 relu he_uniform, 1 sigmoid lecun_normal], rmsprop 0.002, batch 16',
 'ok.taproom-raw-features-adam': 'taproom bottles, standard features, minmax target, [16 leaky_relu he_uniform, 8 leaky_relu, 1], adam 0.005, batch 8',
 'ok.ph-batch-2-adam-small-lr': 'final_ph, [16 relu, 1], adam 0.0005 on batches of 2, 60 epochs',
 'ok.style-no-shuffle-sgd': 'style, [32 elu xavier_normal, 4 softmax], plain sgd 0.1, shuffle false',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates') if f.endswith('.nn.json'))
seen = set(F) | set(DROP) | set(HEALTHY_COVERS)
missing = [c for c in cands if c not in seen]
extra = [c for c in seen if c not in cands]
assert not missing and not extra, (missing, extra)
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)

def observed(name):
    line = obs[name]
    return line

faults, healthy = [], []
for c in cands:
    src = os.path.join('candidates', c + '.nn.json')
    if c in F:
        code, stage, more, text = F[c]
        new = c if c.startswith(code + '.') else code + '.' + c.split('.', 1)[1]
        dst = f'faulty/{new}.nn.json'
        shutil.move(src, dst)
        faults.append({'file': dst, 'code': code, 'fault': f'{text} (observe: {observed(c)})', 'stage': stage, 'catches': [code] + more})
    elif c in HEALTHY_COVERS:
        dst = f'healthy/{c}.nn.json'
        shutil.move(src, dst)
        healthy.append({'file': dst, 'covers': f'{HEALTHY_COVERS[c]} (observe: {observed(c)})'})
    else:
        shutil.move(src, f'dropped/{c}.nn.json')

about = ('Two hundred and eighty-first fault set (issue #4), written blind for the honest measurement and frozen before the product '
         'was first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s '
         'expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt); test/faults/steps.ts '
         'for three NaN/exploding ones (observed-steps.txt); no diagnosis code involved. Theme: kombucha brewers, on the CSVs of this set '
         '(batches.csv: 420 fermentation batches, 8 numeric features incl. skewed vessel litres, brix collinear with sugar and a humidity column '
         'with no effect, batch_id and brew_date text columns, targets final_ph, abv_pct, over_limit 0/1 (8%) and style in 4 string classes with '
         'a rare "vinegary"; batches-eu.csv: semicolon/decimal-comma export; batches-gaps.csv: NA, n/a and empty readings; taproom.tsv: 312 '
         'weeks of tab-separated POS sales in raw units; scoby-health.csv: 360 culture checks with rare, noisy contamination) plus builtins and an '
         'inline table. Data by data/generate.ts (seed 281), specs by author.ts, this manifest by write-manifest.py. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w', encoding='utf8'), indent=2, ensure_ascii=False)
open('manifest.json', 'a').write('\n')
shutil.rmtree('candidates')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(DROP), 'dropped')
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
