#!/usr/bin/env python3
"""Verdicts of blind set 300 (kebab shops): moves candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from this folder after author.ts and the observations: python3 write-manifest.py"""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
lines = []
for f in ('observed.txt', 'observed-batch2.txt'):
    lines += [l.strip() for l in open(os.path.join(HERE, f), encoding='utf8')]

def obs(name):
    for l in lines:
        if l.startswith(name + ':') or l.startswith(name + '.nn.json'):
            return l
    raise SystemExit('no observation for ' + name)

# candidate -> (code, stage, extra catches, fault text)
F = {
 'invalid-spec.activation-Relu': ('invalid-spec', 'static', [], 'activation written "Relu" (capitalised as in a tutorial) on the hidden layer of the late-delivery model'),
 'invalid-spec.optimizer-adamw': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch recipe for the cone-grade model; the engine has adam only'),
 'invalid-spec.loss-crossentropy': ('invalid-spec', 'static', [], 'loss written "categorical_crossentropy" (Keras name) instead of "cce" for the cone grades'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', 'static', [], 'dropout rate written as 30 (meaning 30 %) in the revenue model'),
 'invalid-spec.validation-split-one': ('invalid-spec', 'static', [], 'validationSplit 1 (meant "hold out one part") leaves nothing to train the late-delivery model on'),
 'invalid-spec.init-he-typo': ('invalid-spec', 'static', [], 'init "he_norm", a typo of he_normal, in the kebabs-sold model'),
 'data-error.missing-file-xlsx-name': ('data-error', 'static', [], 'points at daily_sales_2024.csv, a file that was never exported (only daily_sales.csv exists)'),
 'data-error.shop-id-as-feature': ('data-error', 'static', [], 'the shop_id text column ("KB-Mitte") listed among the numeric features of the revenue model'),
 'data-error.target-revenue-no-unit': ('data-error', 'static', [], 'target "revenue" while the till export names the column "revenue_eur"'),
 'data-error.gaps-file-na': ('data-error', 'static', [], 'trains on daily_sales_gaps.csv, the till export with NA, empty and "-" cells where readings failed'),
 'data-error.no-features-list-timestamp': ('data-error', 'static', [], 'no "features" list on deliveries.csv, so the order_id and ordered_at text columns are read as features'),
 'data-error.path-outside-workspace': ('data-error', 'static', [], 'csv path climbs out of the workspace to the owner\'s Downloads folder'),
 'shape-mismatch.grades-two-units': ('shape-mismatch', 'static', [], 'cone grades A/B/C (3 classes) but a 2-unit softmax head (written when only "good/bad" was planned)'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'two targets (revenue_eur and kebabs_sold) but a single output unit'),
 'shape-mismatch.grades-four-units': ('shape-mismatch', 'static', [], 'cone grades from the tab-separated sheet have 3 classes; the head has 4 units (a planned grade D)'),
 'loss-activation-mismatch.softmax-mse-revenue': ('loss-activation-mismatch', 'static', [], 'softmax on a single-unit regression head for revenue under mse: the output is always 1'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce on a linear output for late deliveries (sigmoid forgotten)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce with a 3-unit sigmoid head for the cone grades instead of softmax'),
 'loss-activation-mismatch.sigmoid-head-raw-kebabs': ('loss-activation-mismatch', 'static', ['shape-mismatch'], 'sigmoid output for kebabs sold in raw counts (100-700) under mse with normalizeTarget none: the head cannot exceed 1'),
 'loss-activation-mismatch.relu-head-standard-target': ('loss-activation-mismatch', 'static', [], 'relu output on a standardised revenue target: the half of the days below the mean (negative targets) cannot be reached'),
 'init-symmetry.zeros-hidden-relu': ('init-symmetry', 'static', ['dead-relu'], 'zeros init on a 24-unit relu hidden layer of the revenue model: every unit outputs 0 and gets no gradient'),
 'init-symmetry.constant-tanh-two-layers': ('init-symmetry', 'static', [], 'constant 0.1 init on both tanh hidden layers of the late-delivery model: all units stay identical, the net is a logistic regression'),
 'init-symmetry.zeros-everywhere-cones': ('init-symmetry', 'static', [], 'zeros init on every layer of the cone-grade model: hidden layers never move, loss stays at the prior'),
 'init-scale.normal-std-8-relu': ('init-scale', 'static', ['exploding-gradient'], 'normal init with std 8 on two 32-unit relu layers (meant 0.8?) in the revenue model: outputs in the hundreds, loss thousands of times the baseline'),
 'init-scale.uniform-tiny-deep': ('init-scale', 'static', ['vanishing-gradient'], 'uniform init with limit 1e-5 on all four tanh layers of the late-delivery model: signal and gradients vanish, nothing learns'),
 'init-scale.uniform-limit-20-sigmoid': ('init-scale', 'static', ['saturated-activation'], 'uniform init with limit 20 on a 16-unit sigmoid layer for kebabs sold: units pinned at 0/1, ends well above what the same net reaches'),
 'no-nonlinearity.linear-stack-late': ('no-nonlinearity', 'static', [], 'two linear hidden layers (activation left out) before the sigmoid head for late deliveries: no better than logistic regression'),
 'no-nonlinearity.linear-deep-grades': ('no-nonlinearity', 'static', [], 'three linear hidden layers in the cone-grade model: collapses to softmax regression, far from what relu nets reach'),
 'no-nonlinearity.explicit-linear-revenue': ('no-nonlinearity', 'static', [], 'hidden layers of 64 and 32 units explicitly "linear" for revenue: ends where plain linear regression does, well above nonlinear nets'),
 'lr-out-of-range.lr-zero': ('lr-out-of-range', 'static', [], 'adam lr 0 in the cone-grade model (left at zero while tuning)'),
 'lr-out-of-range.lr-negative': ('lr-out-of-range', 'static', [], 'sgd lr -0.01 in the revenue model (a sign slipped in)'),
 'lr-out-of-range.lr-300-rmsprop': ('lr-out-of-range', 'static', ['lr-too-high'], 'rmsprop lr 300 (meant 3e-4) on late deliveries: loss ends 100 times the baseline'),
 'dead-relu.bias-minus-6': ('dead-relu', 'probe', [], 'bias -6 on a 32-unit relu layer on standardised sales features: 91 % of the units dead, loss stuck at 0.73 of baseline'),
 'dead-relu.bias-minus-4-deep': ('dead-relu', 'probe', [], 'bias -4 on both relu layers of the late-delivery model: most units dead, the loss barely leaves the baseline'),
 'dead-relu.raw-features-big-negative-bias': ('dead-relu', 'probe', [], 'bias -30 on a relu layer over raw cone measurements (weights of 10-90 kg): 63 % of the units dead for good, loss well above the healthy nets'),
 'exploding-gradient.raw-kebabs-rmsprop': ('exploding-gradient', 'probe', [], 'raw features and raw kebab counts (normalize none, normalizeTarget none) into a two-layer relu net: gradient norms up to 2.5e5, loss starts at 11 times the baseline'),
 'exploding-gradient.raw-revenue-sgd': ('exploding-gradient', 'probe', ['dead-relu', 'nan-loss'], 'raw revenue in euros (thousands) and raw features with sgd 0.01: first-epoch loss 3e16 and gradients 2e7 throw every relu unit dead, the model ends predicting the mean'),
 'exploding-gradient.raw-kebabs-momentum-batch1': ('exploding-gradient', 'probe', ['dead-relu', 'nan-loss'], 'raw kebab counts, raw features, sgd momentum 0.9, batch 1: first-epoch loss 4e8, the relu layer dies and the loss sits at the baseline'),
 'nan-loss.standard-target-sgd-lr-5': ('nan-loss', 'probe', ['lr-too-high'], 'sgd lr 5 on standardised revenue: NaN in the first epoch'),
 'nan-loss.sgd-huge-step-kills': ('nan-loss', 'probe', ['lr-too-high'], 'plain sgd lr 0.6 with batch 8 on a two-layer relu kebab model (meant to be aggressive): the loss is NaN in the first epoch'),
 'nan-loss.raw-revenue-deep-relu': ('nan-loss', 'probe', ['exploding-gradient'], 'raw revenue and raw features into three relu layers with sgd momentum: NaN in the first epoch'),
 'nan-loss.nesterov-lr-1-kebabs': ('nan-loss', 'probe', ['lr-too-high'], 'Nesterov sgd lr 1 on kebabs sold: loss 8e29 in epoch 1, NaN in epoch 2'),
 'lr-too-high.adam-lr-0.5-late': ('lr-too-high', 'probe', ['dead-relu'], 'adam lr 0.5 on late deliveries: the loss jumps back up to the baseline after epoch 2 and bounces there; the second relu layer dies'),
 'lr-too-high.rmsprop-lr-0.2-revenue': ('lr-too-high', 'probe', ['oscillating-loss'], 'rmsprop lr 0.2 on revenue: starts at 53 times the baseline and then bounces between 0.24 and 0.50 where the same net reaches 0.05'),
 'lr-too-high.fullbatch-sgd-edge': ('lr-too-high', 'probe', ['nan-loss'], 'full-batch sgd lr 0.95 on a linear revenue model (eight standardised, partly collinear features): the loss grows tenfold per epoch to infinity'),
 'lr-too-high.momentum-0.99-lr-0.1': ('lr-too-high', 'probe', ['nan-loss', 'oscillating-loss'], 'sgd lr 0.1 with momentum 0.99 on kebabs sold: the loss climbs from 0.9 to 1e33'),
 'vanishing-gradient.eight-sigmoid-layers': ('vanishing-gradient', 'probe', ['loss-plateau'], 'eight sigmoid hidden layers with plain sgd on late deliveries: first-layer gradient about 1e-6, the loss stays at the baseline'),
 'vanishing-gradient.sigmoid-stack-revenue': ('vanishing-gradient', 'probe', ['loss-plateau'], 'six sigmoid hidden layers with plain sgd 0.01 on revenue: first-layer gradient 1e-4 to 2e-3, the loss stays at the baseline'),
 'vanishing-gradient.seven-sigmoid-kebabs': ('vanishing-gradient', 'probe', ['loss-plateau'], 'seven sigmoid hidden layers with sgd momentum 0.5 on kebabs sold: first-layer gradient 1.6e-5 to 3e-4, the loss stays at the baseline'),
 'lr-too-low.sgd-1e-5-grades': ('lr-too-low', 'probe', [], 'plain sgd lr 1e-5 on the cone grades: the loss moves from 1.78 to 1.75 in 100 epochs, above the baseline'),
 'lr-too-low.adam-1e-6-late': ('lr-too-low', 'probe', [], 'adam lr 1e-6 on late deliveries: the loss moves 0.004 in 100 epochs'),
 'lr-too-low.rmsprop-3e-6-revenue': ('lr-too-low', 'probe', [], 'rmsprop lr 3e-6 on revenue: still at twice the baseline after 120 epochs'),
 'lr-too-low.momentum-1e-5-fullbatch': ('lr-too-low', 'probe', [], 'full-batch sgd momentum lr 1e-5 on kebabs sold: 200 steps leave the loss at 1.38 times the baseline'),
 'saturated-activation.sigmoid-raw-features': ('saturated-activation', 'probe', [], 'sigmoid layer with std-1 init over raw sales features (meat kg in the 60s, hours 10-18): 90 % of outputs pinned, loss 6 times what normalised nets reach'),
 'saturated-activation.tanh-bias-6': ('saturated-activation', 'probe', [], 'bias 6 on a tanh layer in the late-delivery model: every unit at +1, the loss stays at the baseline'),
 'saturated-activation.tanh-raw-cones': ('saturated-activation', 'probe', [], 'tanh layer with std-0.8 init over raw cone measurements: 99 % saturated, loss stays at 0.79 of baseline'),
 'saturated-activation.sigmoid-raw-deliveries': ('saturated-activation', 'probe', [], 'sigmoid layer with std-2 init over raw delivery features: 98 % saturated, loss stuck near the baseline'),
 'loss-plateau.dropout-0.9': ('loss-plateau', 'training', [], 'dropout 0.95 after a 16-unit layer (meant to keep 95 %) in the late-delivery model: the loss stalls at 0.95 of baseline'),
 'loss-plateau.sigmoid-deep-sgd-plain': ('loss-plateau', 'training', ['vanishing-gradient'], 'three sigmoid layers with plain sgd 0.01 on the cone grades: the loss stays at the class prior for 150 epochs'),
 'loss-plateau.weight-decay-huge': ('loss-plateau', 'training', [], 'weightDecay 5 (meant 5e-5) with adam on revenue: the loss dips to 0.50 then is pulled back to the baseline and stays there'),
 'oscillating-loss.rmsprop-batch2-lr-0.03': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop lr 0.03 with batch 2 on the cone grades: the epoch loss swings between 0.53 and 0.65 and never settles'),
 'oscillating-loss.sgd-lr-3-grades': ('oscillating-loss', 'training', ['lr-too-high'], 'plain sgd lr 3 on the cone grades: the loss swings between 0.54 and 0.86 epoch to epoch for 100 epochs'),
}
# files whose name changes (re-filed): new name -> candidate name
RENAMED = {
 'exploding-gradient.raw-revenue-sgd': 'nan-loss.raw-revenue-sgd',
 'exploding-gradient.raw-kebabs-momentum-batch1': 'nan-loss.raw-kebabs-momentum-batch1',
 'nan-loss.sgd-huge-step-kills': 'dead-relu.sgd-huge-step-kills',
 'nan-loss.raw-revenue-deep-relu': 'exploding-gradient.raw-revenue-deep-relu',
 'nan-loss.nesterov-lr-1-kebabs': 'lr-too-high.nesterov-lr-1-kebabs',
 'lr-too-high.fullbatch-sgd-edge': 'oscillating-loss.fullbatch-sgd-edge',
 'lr-too-high.momentum-0.99-lr-0.1': 'oscillating-loss.momentum-0.99-lr-0.1',
 'oscillating-loss.sgd-lr-3-grades': 'lr-too-high.sgd-lr-3-grades',
}
H = {
 'ok.revenue-adam-relu': 'daily_sales.csv standard/standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32',
 'ok.revenue-sgd-momentum-tanh': 'daily_sales.csv, [24 tanh, 1], mse, sgd momentum 0.9 lr 0.02, batch 16',
 'ok.revenue-minmax-elu-rmsprop': 'daily_sales.csv minmax features and target, [32 elu, 1], rmsprop 0.002',
 'ok.revenue-batchnorm-deep': 'daily_sales.csv, three relu layers with batchNorm, adam 0.003, batch 64',
 'ok.revenue-dropout-weight-decay': 'daily_sales.csv, [64 relu, dropout 0.2, 32 relu, 1], adam 0.002 weightDecay 1e-4, validationSplit 0.2',
 'ok.revenue-kasse-export': 'kasse_export.csv (semicolons, decimal commas), [24 leaky_relu, 1], adam 0.005',
 'ok.revenue-nesterov-clip': 'daily_sales.csv, [32 relu, 16 relu, 1], Nesterov sgd 0.01 clipNorm 5, batch 16',
 'ok.revenue-fullbatch-adam': 'daily_sales.csv full batch 420, [32 tanh, 1], adam 0.02, 400 epochs',
 'ok.revenue-wide-rmsprop-val': 'daily_sales.csv, [128 relu, 1], rmsprop 0.0005, batch 64, validationSplit 0.15',
 'ok.revenue-rmsprop-leaky-deep': 'daily_sales.csv, three leaky_relu layers, rmsprop 0.001',
 'ok.kebabs-adam-elu': 'kebabs_sold target, [32 elu, 16 elu, 1], adam 0.002',
 'ok.kebabs-rmsprop-sigmoid-hidden': 'kebabs_sold, [24 sigmoid, 1] on standardised features, rmsprop 0.003 (sigmoid hidden layer that trains fine)',
 'ok.kebabs-two-targets': 'two regression targets revenue_eur + kebabs_sold, [32 relu, 2], adam 0.003',
 'ok.kebabs-lecun-tanh-deep': 'kebabs_sold, three tanh layers lecun_normal, sgd momentum 0.9 lr 0.01',
 'ok.kebabs-he-uniform-val': 'kebabs_sold, [48 relu he_uniform, 1], adam 0.001, batch 16, validationSplit 0.25, 250 epochs',
 'ok.kebabs-nesterov-relu-batch8': 'kebabs_sold, [32 relu, 1], Nesterov sgd 0.005, batch 8',
 'ok.late-adam-relu': 'deliveries.csv late 0/1, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003',
 'ok.late-tanh-rmsprop': 'deliveries.csv, [24 tanh, 1 sigmoid], bce, rmsprop 0.002, batch 16',
 'ok.late-batchnorm-dropout': 'deliveries.csv, [32 relu batchNorm, dropout 0.3, 16 relu, 1 sigmoid], adam 0.002, validationSplit 0.2',
 'ok.late-leaky-deep-narrow': 'deliveries.csv, four leaky_relu layers of 8, adam 0.003, batch 16',
 'ok.late-softmax-two-class': 'deliveries.csv late as two classes, [16 relu, 2 softmax], cce, adam 0.003',
 'ok.late-fullbatch-nesterov': 'deliveries.csv full batch 480, [16 tanh, 1 sigmoid], Nesterov sgd 0.3, 300 epochs',
 'ok.late-adam-elu-batch16': 'deliveries.csv, [24 elu, 12 elu, 1 sigmoid], adam 0.002, batch 16',
 'ok.grades-adam-relu': 'cones.csv grades A/B/C (C rare), [32 relu, 3 softmax], cce, adam 0.003',
 'ok.grades-tab-file-rmsprop': 'cones_tab.csv (tab-separated), [24 tanh, 3 softmax], rmsprop 0.002',
 'ok.grades-sgd-momentum-deep': 'cones.csv, [32 relu, 32 relu, 16 relu, 3 softmax], sgd momentum 0.9 lr 0.02',
 'ok.grades-xavier-normal-sigmoid': 'cones.csv, [32 sigmoid xavier_normal, 3 softmax], adam 0.005, batch 16',
 'ok.grades-batch8-rmsprop-clip': 'cones.csv, [32 relu, 16 relu, 3 softmax], rmsprop 0.001 clipNorm 1, batch 8',
 'ok.grades-fullbatch-adam': 'cones.csv minmax, full batch 390, [32 relu, 3 softmax], adam 0.02, 400 epochs',
 'ok.grades-adam-tanh-two-layer': 'cones.csv, [32 tanh, 16 tanh, 3 softmax], adam 0.003',
 'ok.iris-menu-adam': 'builtin iris standard, [16 relu, 3 softmax], adam 0.01, batch 16',
 'ok.moons-delivery-zones': 'builtin moons 300 noise 0.15, [24 relu, 24 relu, 1 sigmoid], adam 0.01',
 'ok.moons-sgd-momentum-leaky': 'builtin moons 250, [16 leaky_relu, 16 leaky_relu, 1 sigmoid], sgd momentum 0.05, batch 16',
 'ok.sine-rotation-speed': 'builtin sine 300, [32 tanh, 32 tanh, 1], mse, adam 0.005',
 'ok.blobs-four-shops': 'builtin blobs 4 classes, [16 relu, 4 softmax], sgd momentum 0.05',
 'ok.circles-rmsprop-elu': 'builtin circles, [16 elu, 8 elu, 1 sigmoid], rmsprop 0.005, batch 16',
 'ok.inline-sauce-mix': 'inline 12-row regression (sauce mix), single linear unit, sgd 0.1, full batch 12, standard/standard',
 'ok.inline-spicy-or-not': 'inline 12 rows with string labels mild/hot, [4 tanh, 1 sigmoid], bce, adam 0.05, batch 4',
 'ok.spirals-uncommon-deep-tanh': 'builtin spirals, three tanh layers of 32, 2 softmax, adam 0.01, 300 epochs (unusual but trains)',
}
D = {
 'shape-mismatch.late-two-sigmoid': 'bce with 2 sigmoid outputs on a 0/1 target was accepted by the engine and trained to 0.79 of baseline: not a clear shape fault as observed',
 'init-symmetry.constant-sigmoid-kebabs': 'constant init on 12 sigmoid units still trained to 0.13 of baseline (as good as linear regression): a fault that may pass as healthy',
 'init-scale.normal-std-5-tanh-cones': 'std 5 on tanh layers saturated them but the model still reached 0.37 of baseline, as good as healthy nets',
 'init-scale.normal-std-3-relu-late': 'std 3 init started at loss 139 but ended at 0.36 of baseline, better than the healthy late-delivery nets',
 'exploding-gradient.deep-std-1-relu': 'gradients peaked at about 18 only and the net ended at 0.44 of baseline: trained well',
 'vanishing-gradient.deep-tanh-small-normal': 'stuck for 13 epochs, then learnt to 0.58 of baseline: borderline',
 'loss-plateau.width-one-bottleneck-relu': 'the 1-unit bottleneck was still improving steadily at the end (0.71 of baseline): not a plateau',
 'oscillating-loss.adam-batch1-lr-0.05': 'epoch loss wobbled only about 0.02 around 0.62 (3 % of baseline): too weak to call oscillation',
 'ok.late-logistic-sgd': 'logistic regression ended at 0.84 of baseline where nonlinear nets reach 0.52-0.64: may count as underfitting',
 'ok.late-batch4-sgd': 'ended at 0.83 of baseline after 60 epochs: not clearly as good as alternatives',
 'ok.late-minmax-momentum': 'min 0.55 but ended 0.60 (0.87 of baseline), rising at the end: borderline',
 'ok.late-rmsprop-tiny-lr-long': 'rmsprop 3e-4 for 400 epochs ended at 0.80 of baseline: may be too-low rate',
 'ok.grades-softmax-regression': 'softmax regression ended at 0.57 of baseline where deeper nets reach 0.02-0.40: underfits',
 'ok.grades-batchnorm-elu-wd': 'ended at 0.56 of baseline, well above the other cone nets: borderline',
 'ok.revenue-linear-regression': 'linear regression ends at 0.13 of baseline, the same level as the no-nonlinearity faults, where nonlinear nets reach 0.05',
 'ok.revenue-batch1-sgd': 'batch-1 sgd 30 epochs ended at 0.13 of baseline, well above 0.05 for other revenue nets',
}

cand = os.path.join(HERE, 'candidates')
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, sub), exist_ok=True)
names = {n[:-len('.nn.json')] for n in os.listdir(cand)}
used = set()
faults, healthy = [], []
for name, (code, stage, extra, text) in F.items():
    src = RENAMED.get(name, name)
    assert name.startswith(code + '.'), name
    used.add(src)
    line = obs(src)
    if src != name:
        line = line.replace(src, name, 1) + f' [observed as {src}]'
    shutil.move(os.path.join(cand, src + '.nn.json'), os.path.join(HERE, 'faulty', name + '.nn.json'))
    faults.append({'file': f'faulty/{name}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + extra})
for name, covers in H.items():
    used.add(name)
    shutil.move(os.path.join(cand, name + '.nn.json'), os.path.join(HERE, 'healthy', name + '.nn.json'))
    healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{covers} (observe: {obs(name)})'})
dropped = []
for name, why in D.items():
    used.add(name)
    shutil.move(os.path.join(cand, name + '.nn.json'), os.path.join(HERE, 'dropped', name + '.nn.json'))
    dropped.append({'file': f'dropped/{name}.nn.json', 'reason': why, 'observed': obs(name)})
left = names - used
assert not left, left
os.rmdir(cand)
about = ('Blind fault set 300 (issue #4), theme kebab shops, written blind and frozen before the product was first run on it; no one tunes on it. '
 '"code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it, "catches" the codes whose advice would genuinely fix it. '
 'Each fault text and healthy "covers" ends with its bare-engine result from test/faults/observe.ts --summary (observed.txt, observed-batch2.txt; --curve in observed-curves.txt); no diagnosis code involved. '
 'Data (data/generate.ts, seed 300): daily_sales.csv (420 shop-days of a 6-shop chain: weather, weekend, football, students, meat prepped collinear with trade, wind with no effect; revenue_eur and kebabs_sold, shop_id and date text columns), '
 'daily_sales_gaps.csv (NA/empty/"-" markers), kasse_export.csv (semicolons and decimal commas), deliveries.csv (480 orders, order_id and timestamp text, skewed distance, late 0/1 with 5% flipped), '
 'cones.csv and cones_tab.csv (390 doner cones, grade A/B/C with C rare, 6% relabelled), plus builtins and two inline tables. Dropped candidates are in dropped/ with reasons in README.md and write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
from collections import Counter
print(len(faults), len(healthy), len(dropped), Counter(f['code'] for f in faults), Counter(f['stage'] for f in faults))
