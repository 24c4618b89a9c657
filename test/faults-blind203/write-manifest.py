#!/usr/bin/env python3
"""Files the candidates of set blind203 by what the bare engine showed (observed.txt), moves them into
faulty/, healthy/ and dropped/, and writes manifest.json. Run from test/faults-blind203."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

obs = {}
for line in open('observed.txt'):
    line = line.rstrip('\n')
    s = line.strip()
    m = re.match(r'^([^:\s]+?)(\.nn\.json)?(:| does not parse)', s)
    if m:
        obs[m.group(1)] = s

# candidate name -> (new code or None, stage, catches, fault text)
F = {
 'invalid-spec.optimizer-adamw': ('static', [], 'optimizer typed "adamw" (PyTorch habit) for the severity classifier; the engine has no adamw'),
 'invalid-spec.leakyrelu-spelling': ('static', [], 'activation written "leakyrelu" without the underscore on both hidden layers of the avalanche model'),
 'invalid-spec.keras-loss-name': ('static', [], 'loss written "categorical_crossentropy" (Keras name) instead of "cce" for the callout outcome model'),
 'invalid-spec.dropout-percent': ('static', [], 'dropout rate written as a percentage (30) instead of a fraction (0.3)'),
 'invalid-spec.validation-split-whole': ('static', [], 'validationSplit 1.2 typed for a 20% hold-out on the search-hours regression'),
 'data-error.missing-file-typo': ('static', [], 'CSV path "callout.csv" misses the s of callouts.csv'),
 'data-error.target-capitalised': ('static', [], 'target "Outcome" capitalised; the column is "outcome"'),
 'data-error.gaps-export': ('static', [], 'the export with NA and empty readings (callouts-gaps.csv) used as is'),
 'data-error.id-columns-included': ('static', [], 'no "features" list, so the incident_id and reported_at text columns are read as features'),
 'data-error.shared-drive-path': ('static', [], 'CSV path climbs out of the workspace to the team\'s shared drive'),
 'data-error.feature-renamed': ('static', [], 'feature "wind_speed" listed; the avalanche sheet calls it wind_kmh'),
 'shape-mismatch.outcome-three-units': ('static', [], 'outcome has four classes (incl. the rare fatality) but the softmax head has 3 units'),
 'shape-mismatch.two-targets-one-unit': ('static', [], 'two regression targets (search_hours, area_km2) with a 1-unit output'),
 'shape-mismatch.iris-five-classes': ('static', [], 'iris sanity check with a 5-unit softmax for 3 classes'),
 'loss-activation-mismatch.bce-linear-head': ('static', [], 'bce on the avalanche release label with a linear output (sigmoid forgotten); loss ends above the baseline'),
 'loss-activation-mismatch.cce-sigmoid-head': ('static', [], 'cce with a 4-unit sigmoid head instead of softmax; loss near 0 while accuracy is 0.43'),
 'loss-activation-mismatch.tanh-head-raw-hours': ('static', ['normalizeTarget'], 'tanh output for mission hours in raw units (1-40 h): the head cannot exceed 1'),
 'loss-activation-mismatch.softmax-mse-outcome': ('static', [], 'softmax output trained with mse on the callout outcome classes'),
 'loss-activation-mismatch.bce-relu-head': ('static', [], 'bce with a relu output unit on the severe flag'),
 'init-symmetry.zeros-hidden': ('static', [], 'zeros init on a 16-unit tanh layer and the output: every unit stays identical and the loss stays at the baseline'),
 'init-symmetry.constant-both': ('static', [], 'constant 0.1 init on two 24-unit relu layers: the units stay copies of each other'),
 'init-symmetry.zeros-avalanche-sigmoid': ('static', [], 'zeros init on two 12-unit sigmoid layers of the avalanche model'),
 'init-scale.normal-std-8': ('static', ['saturated-activation'], 'normal init with std 8 on a 32-unit tanh layer: 91% of the outputs pinned'),
 'init-scale.uniform-tiny-deep': ('static', ['vanishing-gradient'], 'uniform init with limit 1e-5 on three tanh layers: first-layer gradients ~1e-14, loss stays at the baseline'),
 'init-scale.normal-std-40-relu': ('static', ['nan-loss', 'exploding-gradient'], 'normal init with std 40 (meant 0.04) on two relu layers: NaN in the first epoch'),
 'no-nonlinearity.linear-stack-avalanche': ('static', [], 'two 16-unit linear hidden layers on the avalanche data (release peaks in a slope window)'),
 'no-nonlinearity.linear-three-outcome': ('static', [], 'three linear hidden layers for the outcome classes: a multinomial logistic regression in disguise'),
 'no-nonlinearity.linear-circles': ('static', [], 'linear hidden layers on the circles sanity check: cannot separate the rings'),
 'lr-out-of-range.adam-lr-50': ('static', ['lr-too-high'], 'adam with lr 50'),
 'lr-out-of-range.sgd-lr-1e-9': ('static', ['lr-too-low'], 'sgd with lr 1e-9 (exponent typed wrong)'),
 'lr-out-of-range.rmsprop-lr-20': ('static', ['lr-too-high'], 'rmsprop with lr 20'),
 'lr-out-of-range.sgd-lr-200': ('static', ['lr-too-high'], 'sgd with lr 200 on the outcome classifier'),
 'dead-relu.bias-minus-6': ('probe', ['init-scale'], 'relu layers with bias -6 on standardised inputs: the units never fire'),
 'dead-relu.bias-minus-4-search': ('probe', [], 'relu layers with bias -4 on the search-hours model: the second layer is all dead'),
 'dead-relu.avalanche-bias-minus-5-momentum': ('probe', [], 'relu layers with bias -5 on the avalanche model, momentum sgd: second layer all dead, loss at the baseline'),
 'exploding-gradient.raw-features-raw-hours': ('probe', ['nan-loss', 'dead-relu'], 'raw features (visibility in metres, altitude) and raw mission hours with plain sgd: gradients ~1e7, then the relu layer dies'),
 'dead-relu.raw-visibility-sgd': ('exploding-gradient', 'probe', ['lr-too-high'], 'raw features (visibility up to 10 km) into two relu layers with sgd and clipNorm 1: gradients 1e4..2e6, loss hundreds of times the baseline'),
 'nan-loss.sgd-lr-1-raw': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high', 'dead-relu'], 'raw features and raw hours with sgd lr 1: loss 5e31, gradient 1.5e16, the relu layer dead'),
 'vanishing-gradient.ten-sigmoid-layers': ('probe', [], 'ten 12-unit sigmoid layers with plain sgd: first-layer gradients ~1e-7, loss at the baseline'),
 'vanishing-gradient.deep-sigmoid-outcome': ('probe', [], 'eight sigmoid hidden layers for the outcome classes: first-layer gradients ~1e-5, loss at the baseline'),
 'vanishing-gradient.deep-tanh-small-init': ('probe', ['init-scale'], 'eight tanh layers with normal std 0.05 init: first-layer gradients ~1e-6'),
 'nan-loss.huge-constant-init': ('probe', ['init-scale', 'exploding-gradient'], 'constant init 1000 on raw callout features: NaN at epoch 1'),
 'nan-loss.raw-searches-momentum': ('probe', ['exploding-gradient', 'lr-too-high'], 'raw search features and hours with momentum sgd lr 0.05: NaN at epoch 1'),
 'exploding-gradient.deep-relu-std-1': ('nan-loss', 'probe', ['exploding-gradient', 'init-scale'], 'seven relu layers with normal std 1 init, momentum sgd: activations blow up, NaN at epoch 1'),
 'exploding-gradient.raw-search-minutes': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw search features and raw hours into elu layers with momentum sgd: NaN at epoch 1'),
 'lr-too-high.adam-lr-0.5': ('probe', ['dead-relu'], 'adam lr 0.5 on the avalanche relu net: loss jumps to 1.69, then sits at the baseline bouncing'),
 'lr-too-high.rmsprop-lr-0.3-search': ('probe', ['oscillating-loss'], 'rmsprop lr 0.3 on the search-hours model: loss bounces 1.3..5 times the baseline'),
 'lr-too-high.momentum-0.99-lr-0.5': ('probe', ['nan-loss', 'oscillating-loss'], 'sgd lr 0.5 with momentum 0.99: loss climbs to 1e5..1e6 and jumps around'),
 'lr-too-low.sgd-1e-5': ('training', [], 'plain sgd lr 1e-5 for the severity classifier: loss moves 0.003 in 100 epochs'),
 'lr-too-low.adam-1e-6': ('training', [], 'adam lr 1e-6: loss 2.60 -> 2.56 in 100 epochs'),
 'lr-too-low.rmsprop-2e-6-outcome': ('training', [], 'rmsprop lr 2e-6 on the outcome classes: loss 1.52 -> 1.50'),
 'lr-too-low.nesterov-1e-5-full-batch': ('training', [], 'nesterov sgd lr 1e-5, full batch: loss 0.945 -> 0.932 in 150 epochs'),
 'saturated-activation.sigmoid-raw-altitude': ('probe', [], 'sigmoid hidden layer fed raw altitude and visibility (normalize none): saturation 1.00'),
 'saturated-activation.tanh-std-4': ('probe', ['init-scale'], 'two tanh layers with normal std 4 init: 78-90% of outputs pinned'),
 'saturated-activation.sigmoid-bias-12': ('probe', [], 'sigmoid layer with bias 12: every output pinned at 1, loss at the baseline'),
 'loss-plateau.xor-two-sigmoid-sgd': ('training', ['lr-too-low'], 'xor check with two sigmoid hidden units and plain sgd 0.05: stalls at the baseline'),
 'loss-plateau.spirals-deep-sigmoid': ('training', ['vanishing-gradient'], 'three sigmoid layers with plain sgd 0.01 on spirals: stalls at the baseline'),
 'loss-plateau.circles-tanh-sgd-slow': ('training', ['lr-too-low'], 'four tanh units with std 0.01 init and plain sgd 0.02 on circles: stalls near 0.67'),
 'oscillating-loss.adam-0.1-batch-4': ('training', ['lr-too-high'], 'adam lr 0.1 with batch 4 on mission hours: loss keeps swinging between 0.32 and 0.55'),
 'oscillating-loss.rmsprop-0.05-full-batch': ('training', ['lr-too-high'], 'rmsprop lr 0.05 with full batch: loss bounces in waves 0.29..0.41 instead of settling'),
}
DROP = {
 'shape-mismatch.severe-two-sigmoid': 'the engine accepted a 2-unit sigmoid head on one bce target and trained it (0.61 of baseline); not a clear shape failure',
 'dead-relu.raw-visibility-sgd': None, 'nan-loss.sgd-lr-1-raw': None,
 'lr-too-high.sgd-lr-3-severe': 'sgd lr 3 still trended down to 0.46 of the baseline with a few spikes: borderline',
 'loss-plateau.relu-bias-minus-2-dead-start': 'loss still falling steadily (1.43 -> 1.14): slow, not a plateau; borderline',
 'oscillating-loss.batch-1-sgd-0.3': 'noisy but trending down to 0.65 of the baseline: borderline',
 'oscillating-loss.full-batch-momentum-0.95': 'swings only in the first 30 epochs, then converges to 0.03: healthy-looking',
 'ok.outcome-softmax-regression': 'linear softmax ends at 0.77 of the baseline against 0.25 for a hidden-layer net: possibly underfitting',
 'ok.severe-logistic-plain-sgd': 'logistic regression ends at 0.73 of the baseline against 0.16-0.55 for the nets: borderline healthy',
 'ok.severe-minmax-rmsprop': 'ends at 0.71 of the baseline, well above the alternatives: borderline healthy',
 'ok.outcome-elu-momentum': 'last loss above its minimum (0.72 vs 0.66) and 0.62 of baseline: borderline',
 'ok.outcome-tanh-rmsprop-val': 'validation loss 1.10 near the baseline, train 0.62: borderline',
 'ok.outcome-export-batchnorm': 'ends at 0.63 of the baseline against 0.25 for a deeper net: borderline',
 'ok.severe-tanh-momentum-val': 'validation loss 0.98 above the baseline (0.68) while train is 0.16: overfits, borderline healthy',
 'ok.xor-tanh-sgd': 'last loss 0.098 after a minimum of 0.017: bounces, borderline',
}
DROP = {k: v for k, v in DROP.items() if v}

HEALTHY_COVERS = {
 'ok.severe-relu-adam': 'callouts.csv standard, [16 relu, 1 sigmoid], bce, adam 0.003, batch 32',
 'ok.severe-batchnorm-dropout': 'callouts.csv, batch norm on two relu layers + dropout 0.2, bce, adam 0.003, batch 64',
 'ok.severe-export-semicolon': 'callouts-export.csv (semicolons, decimal commas), leaky_relu, bce, adam 0.005',
 'ok.severe-nesterov-batch-8': 'callouts.csv, relu, bce, nesterov sgd 0.01, batch 8',
 'ok.severe-weight-decay-clip': 'callouts.csv, two 32-relu layers, adam 0.002 with weightDecay 5e-4 and clipNorm 1',
 'ok.severe-lecun-elu-deep': 'callouts.csv, three elu layers with lecun_normal init, momentum sgd 0.01',
 'ok.outcome-relu-adam': 'callouts.csv outcome (4 string classes, rare fatality), [32 relu, 16 relu, 4 softmax], cce, adam',
 'ok.hours-relu-adam': 'callouts.csv mission_hours, normalizeTarget standard, two relu layers, mse, adam',
 'ok.hours-linear-regression-sgd': 'callouts.csv mission_hours, single linear unit, plain sgd 0.03',
 'ok.hours-raw-target-adam': 'callouts.csv mission_hours in raw hours (no target normalisation), relu, adam 0.01',
 'ok.hours-elu-rmsprop-minmax': 'callouts.csv minmax features and minmax target, two elu layers, rmsprop 0.001, batch 16',
 'ok.hours-deep-narrow-leaky': 'callouts.csv, four narrow leaky_relu layers (12-10-8-8), adam 0.002',
 'ok.hours-dropout-weightdecay': 'callouts.csv, 64 relu + dropout 0.3, adam with weightDecay 1e-3, validationSplit 0.2',
 'ok.hours-huber-ish-small-batch-rmsprop': 'callouts.csv mission_hours, tanh, rmsprop 5e-4, batch 4',
 'ok.avalanche-relu-adam': 'avalanche.csv (tab-separated, site id left out by features), [16 relu, 8 relu, 1 sigmoid], adam',
 'ok.avalanche-tanh-nesterov': 'avalanche.csv, tanh, nesterov sgd 0.05, batch 16',
 'ok.avalanche-sigmoid-hidden-adam': 'avalanche.csv, sigmoid hidden layer, adam 0.01',
 'ok.avalanche-batch-1-sgd': 'avalanche.csv, relu, plain sgd 0.005, batch size 1',
 'ok.avalanche-full-batch-rmsprop': 'avalanche.csv, elu, rmsprop 0.005, full batch (360), 300 epochs',
 'ok.avalanche-lecun-uniform-init': 'avalanche.csv minmax, tanh with lecun_normal / he_uniform / xavier_normal inits, adam',
 'ok.avalanche-two-softmax-cce': 'avalanche.csv 0/1 label as 2 classes, 2-unit softmax, cce, adam',
 'ok.search-elu-adam': 'searches.csv search_hours, standard target, two elu layers, adam',
 'ok.search-two-targets': 'searches.csv two regression targets (search_hours, area_km2), 2 linear outputs, adam',
 'ok.search-tanh-momentum-clip': 'searches.csv, tanh, momentum sgd 0.02 with clipNorm 5, batch 16',
 'ok.search-wide-rmsprop-val': 'searches.csv, one wide 96-relu layer, rmsprop 0.001, validationSplit 0.2',
 'ok.search-deep-batchnorm': 'searches.csv, three 32-relu layers with batch norm, adam 0.002',
 'ok.iris-tanh-adam': 'builtin iris standard, tanh, cce, adam 0.01',
 'ok.moons-relu-momentum': 'builtin moons, two relu layers, momentum sgd 0.05',
 'ok.circles-elu-adam': 'builtin circles, elu, adam 0.01',
 'ok.spirals-wide-adam': 'builtin spirals 3 classes, two 64-relu layers, adam 0.005, 300 epochs',
 'ok.blobs-four-class-sgd': 'builtin blobs 4 classes, relu, plain sgd 0.05, batch 16',
 'ok.sine-tanh-adam': 'builtin sine, two tanh layers, mse, adam',
 'ok.inline-rope-load': 'inline 12-row rope-load table, tanh, mse, adam 0.01, full batch',
 'ok.avalanche-leaky-adam-batch-64': 'avalanche.csv, two leaky_relu layers, adam 0.003, batch 64',
 'ok.search-leaky-nesterov': 'searches.csv, two leaky_relu layers, nesterov sgd 0.01',
 'ok.hours-tanh-adam-full-batch': 'callouts.csv mission_hours, 32 tanh, adam 0.01, full batch (480), 300 epochs',
 'ok.inline-triage-labels': 'inline 12-row triage table with string labels green/red, relu, bce, adam, batch 4',
}

for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)

faults, healthy, dropped = [], [], []
for fn in sorted(os.listdir('candidates')):
    name = fn[:-len('.nn.json')]
    line = obs[name]
    if name in DROP:
        shutil.move(f'candidates/{fn}', f'dropped/{fn}')
        dropped.append((name, DROP[name]))
    elif name.startswith('ok.'):
        assert name in HEALTHY_COVERS, name
        shutil.move(f'candidates/{fn}', f'healthy/{fn}')
        healthy.append({'file': f'healthy/{fn}', 'covers': f'{HEALTHY_COVERS[name]} (observe: {line})'})
    else:
        v = F[name]
        old = name.split('.')[0]
        if len(v) == 4:
            code, stage, extra, text = v
        else:
            code, (stage, extra, text) = old, v
        extra = [c for c in extra if c != 'normalizeTarget']
        new = code + name[len(old):]
        shutil.move(f'candidates/{fn}', f'faulty/{new}.nn.json')
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage,
                       'catches': [code] + [c for c in extra if c != code]})

os.rmdir('candidates')
about = ('Fault set blind203 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Theme: mountain rescue teams. "code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage '
         'that could catch it, "catches" the codes whose advice would genuinely fix it. Each "fault" and "covers" ends with the bare-engine '
         'result of test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates '
         '(observed-curves.txt). Data by data/generate.ts (seed 203): callouts.csv (480 callouts, 11 numeric features incl. skewed distance, '
         'collinear heli_eta_min, no-effect moon_phase, id and timestamp text columns; targets severe 0/1, mission_hours, outcome with a rare '
         'fatality class), callouts-export.csv (semicolons, decimal commas), callouts-gaps.csv (NA and empty markers), avalanche.csv (tabs, 360 '
         'slope observations), searches.csv (300 lost-person searches, hours and area). Specs by author.ts, this manifest by write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=2, ensure_ascii=False)
open('manifest.json', 'a').write('\n')
print(len(faults), 'faults', len(healthy), 'healthy', len(dropped), 'dropped')
from collections import Counter
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
