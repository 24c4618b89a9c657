#!/usr/bin/env python3
"""Verdicts for blind set 283: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    s = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[:\s]', s)
    if m:
        obs[m.group(1)] = s

# name -> (stage, catches (own code first), fault text). A re-filed one is keyed by its candidate name and gives its new code.
F = {
 'invalid-spec.adamw-optimizer': ('static', [], 'optimizer "adamw" copied from a PyTorch training script; the engine has adam only'),
 'invalid-spec.gelu-activation': ('static', [], 'activation "gelu" from a transformer tutorial on the symbology classifier; not an activation the format knows'),
 'invalid-spec.dropout-percent': ('static', [], 'dropout rate written as a percentage (20) instead of a fraction (0.2)'),
 'invalid-spec.loss-crossentropy': ('static', [], 'loss written as Keras "categorical_crossentropy" instead of "cce"'),
 'invalid-spec.validation-split-percent': ('static', [], 'validationSplit written as 20 (percent) instead of 0.2'),
 'data-error.missing-2024-export': ('static', [], 'spec points at next year\'s sheets_2024.csv export, which has not been delivered yet'),
 'data-error.sheet-id-as-feature': ('static', [], 'the text sheet_id column ("SH-10000") listed among the numeric features'),
 'data-error.target-hours-typo': ('static', [], 'target "drafting_hrs" where the header says drafting_hours'),
 'data-error.gaps-na-relief': ('static', [], 'trained on the field office copy sheets-gaps.csv, where missing relief is "NA" and missing road length is empty'),
 'data-error.path-outside-workspace': ('static', [], 'csv path climbs out of the workspace to the GIS server mount /srv/gis/exports'),
 'shape-mismatch.four-symbol-classes': ('static', [], 'symbology head has 4 units, written before rail was added as a fifth class'),
 'shape-mismatch.two-unit-hours': ('static', [], 'two output units for the single drafting_hours target (left over from an hours+cost version)'),
 'shape-mismatch.iris-two-outputs': ('static', [], 'iris warm-up example with a 2-unit softmax head for 3 species'),
 'loss-activation-mismatch.bce-linear-head': ('static', [], 'bce on the revision flag with a linear output unit (sigmoid forgotten)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('static', [], 'cce on 5 symbology classes with a sigmoid head instead of softmax: loss collapses while accuracy stays at 0.34'),
 'loss-activation-mismatch.tanh-head-raw-hours': ('static', [], 'tanh output on raw drafting hours (50-400 h, normalizeTarget none): the head cannot exceed 1'),
 'loss-activation-mismatch.softmax-mse-reprint': ('static', [], 'single-unit softmax head under mse for the reprint flag: the output is always 1'),
 'init-symmetry.zeros-hidden-relu': ('static', ['dead-relu'], 'hidden relu layer of 32 units initialised with zeros'),
 'init-symmetry.constant-tanh-gnss': ('static', [], 'both tanh hidden layers initialised to the constant 0.1: every unit stays identical (trains as a 1-unit net)'),
 'init-symmetry.zeros-symbology': ('static', [], 'hidden sigmoid layer and softmax head initialised with zeros'),
 'init-scale.tiny-uniform-deep-tanh': ('static', ['vanishing-gradient'], 'uniform init with limit 1e-4 on three tanh layers: signal and gradients vanish, loss sits at the prior'),
 'init-scale.normal-std20-relu-revision': ('static', [], 'normal init with std 20 on two relu layers: first loss 1028 and the sigmoid head saturated'),
 'init-scale.std-1e-5-sigmoid-moons': ('static', ['vanishing-gradient'], 'normal init std 1e-5 on every layer of a sigmoid net: stuck at the baseline'),
 'no-nonlinearity.linear-stack-symbology': ('static', [], 'two 32-unit hidden layers with no activation before the softmax'),
 'no-nonlinearity.linear-hidden-circles': ('static', [], 'linear hidden layers on circles: no better than the baseline'),
 'no-nonlinearity.linear-three-moons': ('static', [], 'three linear hidden layers on moons: only a linear boundary'),
 'no-nonlinearity.linear-xor': ('static', [], 'linear hidden layers on xor: stuck at the baseline'),
 'lr-out-of-range.zero-rate': ('static', [], 'lr 0 left from a "freeze the weights" experiment'),
 'lr-out-of-range.negative-rate': ('static', [], 'negative learning rate -0.01 (sign typo)'),
 'lr-out-of-range.adam-rate-40': ('static', ['lr-too-high'], 'adam lr 40 (meant 0.004, digits slipped)'),
 'lr-out-of-range.rmsprop-1e-9': ('static', ['lr-too-low'], 'rmsprop lr 1e-9: the weights never move'),
 'dead-relu.bias-minus-six': ('probe', [], 'relu layers with initial bias -6 on standardised features: 88% and 100% of units dead from the start'),
 'dead-relu.bias-minus-four-symbology': ('probe', [], 'relu layer with initial bias -4: 72% of units dead for the whole run'),
 'dead-relu.adam-0.3-revision': ('probe', ['lr-too-high'], 'adam lr 0.3 on the revision classifier kills the second relu layer (dead 1.00); loss at the baseline'),
 'oscillating-loss.sgd-momentum-0.9-batch-4-symbology': ('dead-relu', 'probe', ['lr-too-high'], 'sgd lr 0.3 momentum 0.9 on batches of 4: the loss spikes to 3345 in epoch 2 and the relu layer dies (97%), ending above the baseline'),
 'exploding-gradient.deep-elu-raw-area': ('probe', [], 'four elu layers on unnormalised sheet features (area up to 40000 km2, road km in the tens of thousands): gradient norms up to 3e8'),
 'exploding-gradient.raw-sales-rmsprop': ('probe', [], 'relu net on raw sales features and raw copies sold (thousands): gradient norms up to 3e7'),
 'nan-loss.sgd-raw-sales-momentum': ('exploding-gradient', 'probe', ['saturated-activation'], 'sgd momentum on raw sales features and raw copies sold: output-layer gradient norms up to 1e4, tanh layer saturated; it did not reach NaN'),
 'vanishing-gradient.ten-sigmoid-symbology': ('probe', [], 'ten sigmoid hidden layers under plain sgd: first-layer gradients ~1e-7, stuck at the baseline'),
 'vanishing-gradient.eight-sigmoid-revision': ('probe', [], 'eight sigmoid hidden layers: first-layer gradients ~1e-6, stuck at the baseline'),
 'vanishing-gradient.deep-tanh-small-normal': ('probe', ['init-scale'], 'seven tanh layers with normal(0.05) init: gradients shrink layer by layer, loss stays at the baseline'),
 'vanishing-gradient.nine-sigmoid-moons': ('probe', [], 'nine sigmoid layers on moons with rmsprop 1e-4: first-layer gradients ~1e-7'),
 'nan-loss.sgd-raw-hours': ('probe', ['exploding-gradient'], 'sgd 0.01 on raw sheet features and raw drafting hours'),
 'nan-loss.sgd-lr-5-gnss-raw-target': ('probe', ['lr-too-high', 'exploding-gradient'], 'sgd lr 5 (meant 0.5) on raw GNSS error metres'),
 'nan-loss.linear-raw-area-nesterov': ('probe', ['exploding-gradient'], 'linear net with nesterov on raw area/road-km features'),
 'dead-relu.sgd-big-step-raw': ('nan-loss', 'probe', ['exploding-gradient'], 'relu net under sgd 0.05 on unnormalised GNSS features (elevation in hundreds of metres): written as a dead-relu fault, it went NaN in the first epoch'),
 'lr-too-high.sgd-1.5-hours-full-batch': ('nan-loss', 'probe', ['lr-too-high'], 'full-batch sgd lr 1.5 on drafting hours: the loss grows each step and is NaN at epoch 22'),
 'lr-too-high.adam-0.5-symbology': ('probe', ['dead-relu', 'oscillating-loss'], 'adam lr 0.5 on the symbology classifier: loss bounces 0.52-1.15, 91% of relu units dead'),
 'lr-too-high.sgd-3-moons': ('training', ['oscillating-loss'], 'sgd lr 3 momentum 0.9 on moons: loss reaches 0.13 then bounces up to 10'),
 'lr-too-high.rmsprop-0.2-gnss': ('probe', [], 'rmsprop lr 0.2: first loss 826, then bounces between 0.4 and 35, ending above the baseline'),
 'lr-too-high.adam-1-reprint': ('training', ['oscillating-loss'], 'adam lr 1 on the reprint classifier: reaches 0.14, then bounces to 1.38 (above the baseline) mid-run'),
 'lr-too-low.sgd-1e-5-hours': ('probe', [], 'sgd lr 1e-5 on drafting hours: the loss is still above the baseline after 100 epochs'),
 'lr-too-low.adam-1e-6-symbology': ('probe', ['lr-out-of-range'], 'adam lr 1e-6: loss falls from 2.057 to 2.017 in 80 epochs'),
 'lr-too-low.rmsprop-2e-6-reprint': ('probe', [], 'rmsprop lr 2e-6: loss 0.758 to 0.745 in 100 epochs'),
 'loss-plateau.clipnorm-1e-4-hours': ('lr-too-low', 'probe', ['loss-plateau'], 'clipNorm 1e-4 (meant 1e-4 as weight decay) caps every step: loss 2.510 to 2.499 in 100 epochs, updates ~1e-7'),
 'saturated-activation.sigmoid-raw-sheets': ('probe', ['loss-plateau'], 'sigmoid hidden layer on unnormalised sheet features: saturated 1.00, loss at the baseline'),
 'saturated-activation.tanh-raw-sales': ('probe', [], 'tanh hidden layer on raw sales features (promotion spend in thousands of euros): saturated 1.00'),
 'saturated-activation.sigmoid-bias-8': ('probe', ['loss-plateau'], 'sigmoid hidden layer with initial bias 8: every unit pinned at 1, loss at the baseline'),
 'saturated-activation.tanh-raw-gnss-elevation': ('probe', [], 'tanh layers on raw GNSS features (elevation up to thousands of metres): first layer 94% saturated'),
 'loss-plateau.weight-decay-2-symbology': ('training', [], 'weightDecay 2 (meant 2e-4): the loss falls to 1.32 then climbs back to the baseline and stays'),
 'loss-plateau.wd-1-circles-rmsprop': ('training', ['dead-relu'], 'weightDecay 1 on circles: the loss returns to the baseline and sits at 0.693'),
 'loss-plateau.raw-sigmoid-reprint': ('training', ['saturated-activation'], 'sigmoid hidden layer on raw sales features under sgd: loss stalls at 0.53 (base 0.58) where healthy specs reach 0.07-0.16'),
 'oscillating-loss.adam-0.05-batch-2-symbology': ('training', ['lr-too-high'], 'adam lr 0.05 on batches of 2: loss swings 0.45-0.59 around 0.5 for 50 epochs (healthy 0.07-0.3)'),
 'oscillating-loss.rmsprop-0.03-batch-1-reprint': ('training', ['lr-too-high'], 'rmsprop lr 0.03 with batch 1: loss swings 0.14-0.27 epoch to epoch'),
 'oscillating-loss.adam-0.03-batch-1-gnss': ('training', ['lr-too-high'], 'adam lr 0.03 with batch 1 on GNSS error: loss swings 0.21-0.33 for 60 epochs (healthy 0.04-0.12)'),
}
DROP = {
 'data-error.survey-date-feature': 'duplicate of sheet-id-as-feature (text column among features); kept the set inside 65 faults',
 'shape-mismatch.two-sigmoid-revision': 'the engine accepted 2 sigmoid outputs for a bce flag and it trained to 0.71 of base: unclear whether it is a mismatch, borderline',
 'loss-activation-mismatch.relu-head-std-error': 'relu head on a standardised target only reached 0.52 of base, but it trains somewhat: borderline',
 'init-symmetry.constant-elu-sales': 'constant init still trained to 0.12 of base (healthy 0.07): borderline',
 'init-scale.normal-std5-gnss': 'std 5 saturated tanh (0.86) yet trained to 0.16 of base: borderline',
 'exploding-gradient.raw-road-km-sgd': 'went NaN in epoch 1 (would be nan-loss); duplicate of nan-loss.sgd-raw-hours',
 'exploding-gradient.deep-he-std-raw-gnss': 'went NaN in epoch 1 (would be nan-loss); enough NaN faults already',
 'oscillating-loss.sgd-momentum-0.98-batch-1': 'went NaN in epoch 1, no oscillation; enough NaN faults already',
 'oscillating-loss.sgd-0.9-full-batch-hours': 'diverged monotonically to Infinity at epoch 55 (nan-loss/lr-too-high, not oscillation); enough of those already',
 'lr-too-low.sgd-momentum-1e-6-gnss': 'real lr-too-low (2.23 to 1.52), dropped only to keep the set inside 65 faults',
 'lr-too-low.adam-1e-5-spirals-full-batch': 'real lr-too-low (1.119 to 1.104), dropped only to keep the set inside 65 faults',
 'loss-plateau.one-unit-bottleneck-spirals': 'the loss keeps creeping down (1.08 to 0.97): slow, not clearly a plateau; borderline',
 'ok.revision-logistic-sgd': 'healthy but ends at 0.78 of base (revision labels are noisy): too close to a stall to be sure',
 'ok.revision-rmsprop-leaky-bn': 'ends at 0.71 of base on the noisy revision flag: too close to a stall to be sure',
}
H = {
 'ok.hours-adam-relu': 'sheets.csv standard/standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32',
 'ok.hours-sgd-momentum-tanh': 'sheets.csv hours, [24 tanh, 1], sgd 0.02 momentum 0.9, batch 16',
 'ok.hours-rmsprop-elu-minmax': 'sheets.csv minmax features, standard target, [32 elu, 1], rmsprop 0.003',
 'ok.hours-nesterov-bn': 'sheets.csv hours, batchNorm relu, sgd nesterov 0.01, validationSplit 0.2',
 'ok.hours-full-batch-adam': 'sheets.csv hours, [32 leaky_relu, 1], adam 0.01, full batch 480, 400 epochs',
 'ok.hours-linear-regression': 'sheets.csv hours, plain linear regression, sgd 0.05',
 'ok.hours-wide-shallow-sgd-batch-64': 'sheets.csv hours, 128 relu wide, sgd momentum 0.01, batch 64',
 'ok.revision-adam-bce': 'sheets.csv revision yes/no (23% yes, noisy), [16 relu, 1 sigmoid], bce, adam 0.003',
 'ok.revision-dropout-wd': 'sheets.csv revision, relu + dropout 0.2, adam weightDecay 1e-4, validationSplit 0.2',
 'ok.symbology-adam-relu': 'features.csv 5 classes (rail rare), [32 relu, 5 softmax], cce, adam 0.005',
 'ok.symbology-rmsprop-tanh': 'features.csv, two tanh layers, rmsprop 0.002',
 'ok.symbology-sgd-nesterov-bn': 'features.csv, batchNorm relu 48, sgd nesterov 0.05, batch 64',
 'ok.symbology-minmax-elu-batch-8': 'features.csv minmax, elu, adam 0.002, batch 8',
 'ok.symbology-deep-leaky-clip': 'features.csv, three leaky_relu layers, adam clipNorm 1, validationSplit 0.15',
 'ok.symbology-softmax-regression': 'features.csv, softmax regression (no hidden layer), sgd 0.2',
 'ok.symbology-batch-1-sgd': 'features.csv, sgd 0.005 with batch 1, 30 epochs',
 'ok.sales-adam-relu': 'atlas-sales.csv (semicolons, decimal commas), copies sold standardised, relu, adam',
 'ok.sales-sgd-linear': 'atlas-sales.csv, linear regression, sgd momentum 0.5, batch 16',
 'ok.sales-rmsprop-tanh-minmax': 'atlas-sales.csv minmax features and target, tanh, rmsprop 0.003',
 'ok.sales-deep-relu-adam-wd': 'atlas-sales.csv, three relu layers, adam weightDecay 1e-4, validationSplit 0.2',
 'ok.reprint-adam-elu': 'atlas-sales.csv reprint ja/nein, elu, bce, adam 0.005',
 'ok.reprint-sgd-batch-1': 'atlas-sales.csv reprint, tanh, sgd 0.01 with batch 1',
 'ok.reprint-rmsprop-full-batch': 'atlas-sales.csv reprint, relu, rmsprop 0.01, full batch 320',
 'ok.gnss-adam-relu': 'gnss-fixes.csv (tab-separated) error metres standardised, two relu layers, adam',
 'ok.gnss-sgd-momentum-elu': 'gnss-fixes.csv, elu, sgd momentum 0.02',
 'ok.gnss-sigmoid-hidden-adam': 'gnss-fixes.csv, sigmoid hidden layer (unusual, trains well), adam 0.01, batch 16',
 'ok.gnss-dropout-rmsprop': 'gnss-fixes.csv, relu 48 + dropout 0.1, rmsprop, validationSplit 0.2',
 'ok.gnss-deep-tanh-nesterov-clip': 'gnss-fixes.csv, three tanh layers, sgd nesterov with clipNorm 5',
 'ok.iris-adam': 'builtin iris standard, relu, cce, adam 0.01',
 'ok.iris-sgd-tanh-batch-4': 'builtin iris, tanh, sgd momentum 0.05, batch 4',
 'ok.moons-relu-adam': 'builtin moons, two relu layers, adam 0.01',
 'ok.moons-sgd-adam-low-lr-long': 'builtin moons, adam 0.0005 for 1000 epochs (low rate made up by a long run)',
 'ok.circles-tanh-rmsprop': 'builtin circles, tanh, rmsprop 0.01 (hidden tanh partly saturated while it fits perfectly)',
 'ok.circles-sigmoid-hidden-adam': 'builtin circles, sigmoid hidden layer, adam 0.02',
 'ok.spirals-deep-elu': 'builtin spirals 3 classes, three elu layers, adam 0.005, 300 epochs',
 'ok.blobs-four-classes-sgd': 'builtin blobs 4 classes, relu 8, sgd 0.1',
 'ok.sine-tanh-adam': 'builtin sine regression, two tanh layers, adam 0.005',
 'ok.xor-sigmoid-sgd': 'builtin xor, tanh 8, sgd momentum 0.3',
 'ok.inline-sheet-scale-costs': 'inline table of 12 sheet scales vs costs, linear regression, normalizeTarget standard, full batch',
 'ok.inline-projection-class': 'inline table, string labels conic/mercator/utm, tanh, cce, adam batch 4',
}

cands = sorted(f[:-8] for f in os.listdir(os.path.join(HERE, 'candidates')) if f.endswith('.nn.json'))
assert set(cands) == set(F) | set(DROP) | set(H), (set(cands) ^ (set(F) | set(DROP) | set(H)))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, d), exist_ok=True)
faults, healthy = [], []
for name in cands:
    src = os.path.join(HERE, 'candidates', name + '.nn.json')
    line = obs[name]
    if name in F:
        v = F[name]
        if len(v) == 4:
            code, stage, extra, text = v
            new = code + '.' + name.split('.', 1)[1]
        else:
            code, (stage, extra, text) = name.split('.')[0], v
            new = name
        shutil.move(src, os.path.join(HERE, 'faulty', new + '.nn.json'))
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} ({line})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif name in H:
        shutil.move(src, os.path.join(HERE, 'healthy', name + '.nn.json'))
        healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{H[name]} ({line})'})
    else:
        shutil.move(src, os.path.join(HERE, 'dropped', name + '.nn.json'))
shutil.rmtree(os.path.join(HERE, 'candidates'))
about = ('Blind fault set 283 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: map publishers and cartographers. "code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it, '
         '"catches" the codes whose advice would genuinely fix it. Each fault and healthy entry ends with its line from test/faults/observe.ts --summary '
         '(observed.txt; --curve in observed-curves.txt); no diagnosis code involved. Data (data/generate.ts, seed 283): sheets.csv (480 topographic map sheets: '
         'scale, area, relief, urban share, road km, place labels, contour interval, ink colours (no effect), survey age; drafting_hours and a noisy revision yes/no; '
         'sheet_id and survey_date text columns), sheets-gaps.csv (same with NA and empty cells), features.csv (600 vectorised map features, 5 symbology classes, rail rare, 7% relabelled), '
         'atlas-sales.csv (semicolons and decimal commas, German headers: copies sold and reprint ja/nein), gnss-fixes.csv (tab-separated field GNSS fixes, error in metres), plus builtins and two inline tables. '
         'Dropped candidates and their reasons are in README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=2, ensure_ascii=False)
print(len(faults), 'faults', len(healthy), 'healthy', len(DROP), 'dropped')
