#!/usr/bin/env python3
"""Blind set 292 (tofu makers): verdicts from observed.txt / observed-curves.txt; files the
candidates into faulty/, healthy/, dropped/ and writes manifest.json. Run from this folder."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
obs = {}
for line in open('observed.txt'):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

def o(name):
    return obs[name]

# name -> (code, stage, catches, fault text)  [code may differ from the name's prefix: re-filed]
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch training script; the engine has adam, sgd and rmsprop only'),
 'invalid-spec.gelu-activation': ('invalid-spec', 'static', [], 'hidden activation "gelu" from a transformer tutorial; not an activation the format knows'),
 'invalid-spec.crossentropy-loss': ('invalid-spec', 'static', [], 'loss written as Keras\'s "categorical_crossentropy" instead of "cce" for the firmness classes'),
 'invalid-spec.dropout-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (30) instead of a fraction (0.3)'),
 'invalid-spec.batchsize-zero': ('invalid-spec', 'static', [], 'batchSize 0 left from a template meaning "full batch" in another tool'),
 'invalid-spec.validation-split-one': ('invalid-spec', 'static', [], 'validationSplit 1.0 (meant "10%"), which leaves nothing to train on'),
 'data-error.file-renamed': ('data-error', 'static', [], 'the spec points at batches_2023.csv, but the shop\'s log was saved as batches.csv'),
 'data-error.batch-id-as-feature': ('data-error', 'static', [], 'the text batch id column "batch_id" (TF-1000...) listed among the numeric features'),
 'data-error.target-typo': ('data-error', 'static', [], 'target "yield" but the column is "yield_kg"'),
 'data-error.night-shift-gaps': ('data-error', 'static', [], 'the night shift\'s copy of the batch log with NA, empty and "-" cells in soak_h, room_c and press_kg'),
 'data-error.shared-drive-path': ('data-error', 'static', [], 'data path climbs out of the workspace to the office shared drive (../../../../../srv/share/tofu/batches.csv)'),
 'shape-mismatch.three-firmness-units': ('shape-mismatch', 'static', [], 'firmness has four grades (silken, soft, firm, extra_firm) but the softmax head has 3 units: the rare extra_firm grade was forgotten'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'two regression targets (yield_kg and okara_kg) but a 1-unit output layer'),
 'shape-mismatch.sales-two-units': ('shape-mismatch', 'static', [], 'one target (blocks_sold) but a 2-unit output layer kept from the two-target sales model'),
 'loss-activation-mismatch.softmax-mse-yield': ('loss-activation-mismatch', 'static', [], 'a 1-unit softmax head on the yield regression with mse: softmax over one unit is always 1, loss stuck at 2x baseline'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce on curdle_fail with a linear output instead of sigmoid; the loss ends above the baseline'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce on firmness with independent sigmoid outputs instead of softmax; the loss collapses towards 0 while accuracy stays at 0.43'),
 'loss-activation-mismatch.relu-head-standard-target': ('loss-activation-mismatch', 'static', [], 'relu output on a standardised sales target: it cannot predict the below-mean (negative) days, ending at 0.47 of baseline where a linear head reaches 0.06'),
 'loss-activation-mismatch.tanh-head-raw-kg': ('loss-activation-mismatch', 'static', ['exploding-gradient'], 'tanh output for yield in raw kilograms (100-500 kg) without target normalisation: the head saturates at 1 and the loss stays 4.7x baseline'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'all weights initialised to zeros in a 16-unit tanh layer (and the head): nothing learns, loss stays at baseline'),
 'init-symmetry.constant-two-layers': ('init-symmetry', 'static', [], 'constant 0.1 init on two sigmoid hidden layers (24 and 12 units): every unit computes the same thing; ends at 0.52 of baseline where a ReLU layer reaches 0.27'),
 'init-symmetry.zeros-sales': ('init-symmetry', 'static', [], 'zeros init on every layer of a tanh sales model: gradients to the hidden layers stay zero, loss at baseline'),
 'init-scale.std-five': ('init-scale', 'static', ['saturated-activation'], 'normal init with std 5 on two 32-unit tanh layers: 85-91% of units saturated; ends at 0.51 of baseline'),
 'init-scale.tiny-uniform-deep': ('init-scale', 'static', ['vanishing-gradient'], 'uniform init limit 1e-5 on a 3-hidden-layer relu net: first-layer gradients ~1e-14, loss stays at baseline'),
 'init-scale.std-twenty-relu': ('init-scale', 'static', ['nan-loss', 'exploding-gradient'], 'normal init std 20 on relu layers of the sales model: the loss is NaN in the first epoch'),
 'no-nonlinearity.linear-stack-firmness': ('no-nonlinearity', 'static', [], 'three linear hidden layers (32-32-16) before the firmness softmax: no better than softmax regression, 0.48 of baseline vs 0.27 with relu'),
 'no-nonlinearity.linear-moons': ('no-nonlinearity', 'static', [], 'two linear hidden layers on moons: a linear boundary, 0.38 of baseline where tanh reaches 0.04'),
 'no-nonlinearity.linear-circles': ('no-nonlinearity', 'static', [], 'two linear hidden layers on circles: cannot separate rings, loss at baseline'),
 'lr-out-of-range.adam-lr-five': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam with lr 5 (meant 5e-3)'),
 'lr-out-of-range.sgd-lr-hundred': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd with lr 100: NaN in the first epoch'),
 'lr-out-of-range.rmsprop-1e-8': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop with lr 1e-8: the loss does not move'),
 'dead-relu.negative-bias': ('dead-relu', 'probe', ['init-scale'], 'bias -6 on two relu layers over standardised features: 91% and 100% of units dead, loss at baseline'),
 'dead-relu.raw-grams-negative-bias': ('dead-relu', 'probe', [], 'raw (unnormalised) grams and litres into a relu layer with bias -200 set to "centre" the inputs: 56% of units dead, loss above baseline'),
 'lr-too-high.adam-half': ('dead-relu', 'probe', ['lr-too-high'], 're-filed from lr-too-high: adam lr 0.5 kills the second relu layer in the first epochs (100% dead) and the loss sits at baseline'),
 'exploding-gradient.revenue-raw-sales': ('exploding-gradient', 'probe', ['lr-too-high'], 'revenue in raw euros (hundreds) as an mse target without normalizeTarget, sgd momentum: first-epoch loss 8e10, head gradient up to 3.5e4'),
 'nan-loss.raw-grams-big-lr': ('exploding-gradient', 'probe', ['lr-too-high', 'dead-relu'], 're-filed from nan-loss: raw features and raw kg target with sgd momentum, batch 8: first loss 1.6e18, head gradient 1.3e8, relu layer dies, loss never below baseline'),
 'oscillating-loss.momentum-099': ('exploding-gradient', 'training', ['lr-too-high'], 're-filed from oscillating-loss: sgd momentum 0.99 at lr 0.05 grows without bound, loss 0.6 to 4e10 over 150 epochs, head gradient up to 7e5'),
 'vanishing-gradient.deep-sigmoid-sgd': ('vanishing-gradient', 'probe', [], 'seven sigmoid hidden layers trained with plain sgd 0.01: first-layer gradient ~1e-5, loss at baseline'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'probe', ['init-scale'], 'five tanh layers with normal std 0.02 init: first-layer gradient ~1e-5, loss at baseline'),
 'vanishing-gradient.sigmoid-ten-sales': ('vanishing-gradient', 'probe', [], 'ten sigmoid hidden layers for the sales model: first-layer gradient ~1e-7, loss at baseline'),
 'nan-loss.sgd-raw-revenue': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw features and raw revenue target with sgd 0.05: NaN in the first epoch'),
 'nan-loss.constant-big-init-linear': ('nan-loss', 'probe', ['init-scale', 'exploding-gradient'], 'okara kg regressed from raw features through two 64-unit linear layers with normal std 3 init: NaN in the first epoch'),
 'exploding-gradient.raw-kg-target-sgd': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 're-filed from exploding-gradient: raw features and raw yield kg with sgd 0.001 through two relu layers: NaN in the first epoch'),
 'dead-relu.sgd-kick': ('nan-loss', 'probe', ['lr-too-high'], 're-filed from dead-relu: sgd lr 3 momentum 0.9 on curdle_fail: NaN in the first epoch'),
 'lr-too-high.nesterov-sales': ('nan-loss', 'probe', ['lr-too-high'], 're-filed from lr-too-high: nesterov sgd lr 0.8, batch 16, on the sales model: NaN in the first epoch'),
 'oscillating-loss.sgd-full-batch-edge': ('nan-loss', 'probe', ['lr-too-high'], 're-filed from oscillating-loss: full-batch sgd lr 0.95 on a linear sales net diverges, loss 6.4 to Infinity by epoch 5'),
 'lr-too-high.sgd-two-firmness': ('lr-too-high', 'probe', [], 'sgd lr 2.5 momentum 0.9 on firmness: the loss rises from 2.8 to 5-14 and bounces (first epoch is the minimum)'),
 'lr-too-high.rmsprop-point-two': ('lr-too-high', 'probe', ['dead-relu', 'oscillating-loss'], 'rmsprop lr 0.2 on the sales model: first-epoch loss 4886, then bounces 0.3-0.6 with 97% dead relu units where lr 0.003 reaches 0.06'),
 'lr-too-high.adam-point-three-tanh': ('lr-too-high', 'training', ['oscillating-loss'], 'adam lr 0.3 on a tanh yield model: reaches 0.07 then climbs back and bounces 0.1-0.46'),
 'lr-too-high.sgd-momentum-one-curdle': ('lr-too-high', 'training', ['oscillating-loss'], 'sgd lr 1.5 momentum 0.9 on curdle_fail: loss bounces 0.22-0.69 around the baseline 0.34'),
 'lr-too-high.rmsprop-half-firmness': ('lr-too-high', 'probe', [], 'rmsprop lr 0.5 on firmness: first loss 36, stays 4-7 (4.4x baseline)'),
 'oscillating-loss.nesterov-batch-one-curdle': ('lr-too-high', 'probe', ['saturated-activation', 'oscillating-loss'], 're-filed from oscillating-loss: nesterov sgd lr 0.2 with batch 1 on curdle_fail: loss 1.9-3.3 (7x baseline), tanh and sigmoid saturated'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', 'probe', [], 'plain sgd lr 1e-5 on yield: loss falls 3.23 to 2.25 over 100 epochs, still above baseline'),
 'lr-too-low.adam-1e-6': ('lr-too-low', 'probe', [], 'adam lr 1e-6 (typo for 1e-3) on firmness: loss 1.72 to 1.68, above baseline'),
 'lr-too-low.rmsprop-1e-6-sales': ('lr-too-low', 'probe', [], 'rmsprop lr 1e-6 on sales: loss 0.623 to 0.611 in 100 epochs'),
 'lr-too-low.momentum-full-batch': ('lr-too-low', 'probe', [], 'sgd lr 1e-4 with momentum 0.5 on full batches (one step per epoch): loss 0.764 to 0.752, twice the baseline'),
 'loss-plateau.clipnorm-tiny': ('lr-too-low', 'probe', ['loss-plateau'], 're-filed from loss-plateau: clipNorm 1e-4 (meant 1.0) caps every step, loss 1.696 to 1.684 over 150 epochs'),
 'saturated-activation.sigmoid-raw-features': ('saturated-activation', 'probe', [], 'sigmoid hidden layer fed raw grams, litres and degrees (no normalize): 99% saturated, ends at 0.83 of baseline'),
 'saturated-activation.tanh-big-init': ('saturated-activation', 'probe', ['init-scale'], 'tanh layer with normal std 4 init: 78-83% saturated, firmness loss 0.60 of baseline vs 0.02 with a sane init'),
 'saturated-activation.tanh-raw-batches': ('saturated-activation', 'probe', [], 'tanh layers fed the raw batch log (nigari in grams ~700, water in litres ~500): first layer 99-100% saturated, ends at 0.14 of baseline where standardised inputs reach 0.01'),
 'loss-plateau.dropout-ninety': ('loss-plateau', 'training', [], 'dropout 0.9 after both relu layers: firmness loss stalls near baseline (0.99)'),
 'loss-plateau.deep-sigmoid-slow-sgd': ('loss-plateau', 'training', ['vanishing-gradient'], 'three sigmoid hidden layers with plain sgd 0.01: the loss drops to the class prior in 20 epochs and stays there (1.00 of baseline)'),
 'loss-plateau.weight-decay-two-firmness': ('loss-plateau', 'training', [], 'weightDecay 2 (meant 2e-4) with sgd momentum: weights pinned near zero, loss flat at baseline'),
 'oscillating-loss.adam-batch-one': ('oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.05 with batch size 1 on firmness: the loss swings 0.68-0.92 epoch to epoch without settling (0.66 of baseline vs 0.27 at lr 0.003)'),
 'oscillating-loss.adam-batch-two-yield': ('oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.03 with batch size 2 on yield: the loss swings 0.09-0.29 and does not settle (vs 0.01 at lr 0.003)'),
}
DROP = {
 'data-error.no-features-list': 'surplus (set size limit); duplicates batch-id-as-feature (text columns read as features)',
 'exploding-gradient.raw-features-deep': 'showed NaN in epoch 1, not exploding; surplus as a nan-loss (set size limit)',
 'shape-mismatch.curdle-two-sigmoid': 'the engine accepted two sigmoid outputs for one 0/1 target and trained to 0.50 of baseline: borderline, dropped',
 'loss-plateau.one-unit-bottleneck-relu': 'did not plateau: the loss kept falling to 0.32 of baseline',
 'loss-plateau.weight-decay-half': 'trained to 0.08 of baseline despite weightDecay 0.5: not a plateau',
 'oscillating-loss.rmsprop-batch-two-sales': 'small jitter around 0.15 (0.17 of baseline): borderline between healthy-ish and oscillating',
 'saturated-activation.tanh-raw-sales': 'only 44-61% saturated and trained to 0.09 of baseline: borderline',
 'ok.curdle-logistic-sgd': 'ended at 0.63 of baseline: not far enough below it to be sure it is healthy',
 'ok.curdle-minmax-sigmoid-hidden': 'ended at 0.62 of baseline: borderline',
 'ok.firmness-softmax-regression': 'linear model ended at 0.49 of baseline where a hidden layer reaches 0.27: could be called underfitting',
 'ok.curdle-batchnorm-elu': 'surplus (40 healthy max); its loss rose from 0.1465 to 0.16 at the end',
}
H = {
 'ok.yield-adam-relu': 'batches.csv standard + normalizeTarget standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32',
 'ok.yield-sgd-momentum-tanh': 'batches.csv yield, [24 tanh, 1], mse, sgd 0.02 momentum 0.9',
 'ok.yield-nesterov-elu': 'batches.csv yield, [32 elu, 16 elu, 1], sgd nesterov 0.01, batch 16',
 'ok.yield-rmsprop-minmax': 'batches.csv yield, minmax features and target, [32 relu, 1], rmsprop 0.002',
 'ok.yield-plain-sgd-linear': 'batches.csv yield, a single linear layer (linear regression), plain sgd 0.05',
 'ok.yield-batchnorm-deep': 'batches.csv yield, three relu layers with batchNorm, adam 0.003',
 'ok.yield-dropout-wd': 'batches.csv yield, [64 relu, dropout 0.2, 32 relu, 1], adam 0.002 weightDecay 1e-4, validationSplit 0.2',
 'ok.yield-export-semicolon': 'batches-export.csv (semicolons, decimal commas), yield, [24 leaky_relu, 1], adam 0.003, batch 16',
 'ok.yield-batch-one-sgd': 'batches.csv yield, [16 tanh, 1], plain sgd 0.002 with batch size 1, 40 epochs',
 'ok.yield-full-batch-adam': 'batches.csv yield, [32 tanh, 1], adam 0.01 full batch (480), 400 epochs',
 'ok.okara-and-yield-two-targets': 'batches.csv two regression targets (yield_kg, okara_kg), [32 relu, 2], adam',
 'ok.curdle-adam-relu': 'batches.csv curdle_fail (11% positives), [16 relu, 1 sigmoid], bce, adam 0.003',
 'ok.curdle-sgd-momentum-tanh': 'batches.csv curdle_fail, [16 tanh, 8 tanh, 1 sigmoid], bce, sgd 0.05 momentum 0.9',
 'ok.curdle-rmsprop-clip': 'batches.csv curdle_fail, [32 relu, dropout 0.1, 1 sigmoid], rmsprop 0.001 clipNorm 1, validationSplit 0.15',
 'ok.curdle-big-batch-rmsprop': 'batches.csv curdle_fail, [32 tanh, 1 sigmoid], rmsprop 0.003, batch 240, 300 epochs',
 'ok.firmness-adam-relu': 'batches.csv firmness (4 string grades, rare extra_firm), [32 relu, 4 softmax], cce, adam',
 'ok.firmness-nesterov-tanh': 'batches.csv firmness, [32 tanh, 16 tanh, 4 softmax], sgd nesterov 0.03',
 'ok.firmness-rmsprop-leaky': 'batches.csv firmness, [48 leaky_relu, 4 softmax], rmsprop 0.001, batch 16',
 'ok.firmness-deep-batchnorm-dropout': 'batches.csv firmness, [64 relu bn, dropout 0.2, 32 relu bn, 16 relu, 4 softmax], adam 0.002 wd 1e-4, validationSplit 0.2',
 'ok.firmness-export-semicolon': 'batches-export.csv (semicolon, decimal comma) firmness, [24 elu, 4 softmax], adam 0.005',
 'ok.firmness-press-only': 'batches.csv firmness from 5 chosen features, [16 relu, 4 softmax], adam 0.005',
 'ok.firmness-he-uniform-batch8': 'batches.csv firmness, [32 relu he_uniform, 4 softmax], sgd 0.02 momentum 0.8, batch 8',
 'ok.sales-adam-relu': 'shop-sales.csv (tab-separated) blocks_sold, normalizeTarget standard, [32 relu, 1], adam',
 'ok.sales-linear-sgd': 'shop-sales.csv blocks_sold, single linear layer, plain sgd 0.05, batch 16',
 'ok.sales-momentum-elu': 'shop-sales.csv blocks_sold, [16 elu, 8 elu, 1], sgd 0.01 momentum 0.9',
 'ok.sales-rmsprop-tanh-val': 'shop-sales.csv blocks_sold, [24 tanh, 1], rmsprop 0.002, validationSplit 0.2',
 'ok.sales-minmax-target': 'shop-sales.csv blocks_sold, minmax features and target, [16 relu, 1 sigmoid], mse, adam 0.005',
 'ok.sales-two-targets': 'shop-sales.csv blocks_sold and revenue_eur (collinear), [32 relu, 2], adam',
 'ok.sales-batch-four-wd': 'shop-sales.csv blocks_sold, [32 leaky_relu, 1], adam 0.001 weightDecay 1e-3, batch 4',
 'ok.moons-tanh-adam': 'builtin moons, [16 tanh, 16 tanh, 1 sigmoid], bce, adam 0.01',
 'ok.circles-relu-momentum': 'builtin circles, [24 relu, 12 relu, 1 sigmoid], sgd 0.1 momentum 0.9',
 'ok.iris-rmsprop': 'builtin iris standard, [16 relu, 3 softmax], rmsprop 0.003',
 'ok.blobs-four-classes': 'builtin blobs 4 classes, [8 relu, 4 softmax], plain sgd 0.05',
 'ok.sine-tanh-deep': 'builtin sine, [32 tanh, 32 tanh, 1], adam 0.005, 400 epochs',
 'ok.xor-small-sigmoid': 'builtin xor, [8 tanh, 1 sigmoid], adam 0.03',
 'ok.spirals-deep-elu': 'builtin spirals, [64 elu, 64 elu, 32 elu, 1 sigmoid], adam 0.003, 400 epochs',
 'ok.inline-coagulant-dose': 'inline table: nigari dose (g/kg) to string texture classes, [8 tanh, 3 softmax], adam 0.03',
 'ok.inline-press-time-yield': 'inline table: press minutes to yield per kg, normalizeTarget standard, single linear layer, sgd 0.1',
 'ok.yield-sgd-clip-high-lr': 'batches.csv yield, [32 relu, 1], sgd 0.1 momentum 0.9 held in check by clipNorm 1',
 'ok.yield-narrow-deep-lecun': 'batches.csv yield, four 8-unit tanh layers with lecun_normal init, adam 0.003',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
assert set(cands) == set(F) | set(DROP) | set(H), (set(cands) ^ (set(F) | set(DROP) | set(H)))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy, dropped = [], [], []
for name in cands:
    src = os.path.join('candidates', name + '.nn.json')
    if name in F:
        code, stage, extra, text = F[name]
        prefix, rest = name.split('.', 1)
        new = name if prefix == code else f'{code}.{rest}'
        shutil.move(src, os.path.join('faulty', new + '.nn.json'))
        line = o(name).replace(name + '.nn.json', new + '.nn.json', 1) if prefix != code else o(name)
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif name in H:
        shutil.move(src, os.path.join('healthy', name + '.nn.json'))
        healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{H[name]} (observe: {o(name)})'})
    else:
        shutil.move(src, os.path.join('dropped', name + '.nn.json'))
        dropped.append((name, DROP[name]))
os.rmdir('candidates')
about = ('Blind fault set 292 (issue #4), theme: tofu makers. Written blind and frozen before the product was run on it; no one tunes on it. '
         '"code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it, "catches" the codes whose advice would genuinely fix it. '
         'Every "fault" and "covers" ends with its bare-engine result from test/faults/observe.ts --summary (observed.txt); --curve for the lr, plateau, oscillating and one saturated candidate (observed-curves.txt). '
         'Data (data/generate.ts, seed 292): batches.csv (480 pressing batches: soy_kg skewed with wholesale days, water_l and okara_kg collinear with soy, humidity_pct with no effect, batch_id and started text columns; targets yield_kg, firmness with 4 string grades and a rare extra_firm, curdle_fail 0/1 ~11%), '
         'batches-export.csv (first 300 rows, semicolons and decimal commas), batches-gaps.csv (NA, empty and "-" markers), shop-sales.csv (tab-separated till export, 365 days, blocks_sold and revenue_eur), plus builtins and two inline tables.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=2)
open('manifest.json', 'a').write('\n')
json.dump(dropped, open('dropped/reasons.json', 'w'), indent=1)
from collections import Counter
print(len(faults), len(healthy), len(dropped))
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
