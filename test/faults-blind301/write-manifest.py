#!/usr/bin/env python3
"""Verdicts for blind set 301: moves candidates/ into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.rstrip('\n')
    m = re.match(r'^\s*([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line.strip()

# candidate name -> (final code, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch recipe; the format knows sgd, adam, rmsprop'),
 'invalid-spec.gelu-activation': ('invalid-spec', 'static', [], 'activation "gelu" on both hidden layers of the empanada defect classifier; not an activation the format has'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written as Keras "categorical_crossentropy" instead of "cce"'),
 'invalid-spec.dropout-as-percent': ('invalid-spec', 'static', [], 'dropout rate written as 20 (meaning 20%) instead of 0.2'),
 'invalid-spec.glorot-init-name': ('invalid-spec', 'static', [], 'init "glorot_uniform" (Keras name) instead of "xavier_uniform"'),
 'data-error.batch-id-as-feature': ('data-error', 'static', [], 'the text batch_id column ("T-1000") listed among the features of the tortilla reject model'),
 'data-error.gappy-mes-export': ('data-error', 'static', [], 'the MES export with NA, n/a and empty readings used as is'),
 'data-error.target-typo-defects': ('data-error', 'static', [], 'target "defects" but the QC sheet column is "defect"'),
 'data-error.last-years-file': ('data-error', 'static', [], 'points at empanadas_2023.csv, a file that is not in the data folder'),
 'data-error.path-outside-workspace': ('data-error', 'static', [], 'orders CSV read from a shared folder outside the workspace'),
 'shape-mismatch.three-defect-units': ('shape-mismatch', 'static', [], 'softmax head of 3 units for the 4 empanada defect classes (greasy forgotten)'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'two target columns (moisture loss and humidity) but a 1-unit output'),
 'shape-mismatch.iris-two-units': ('shape-mismatch', 'static', [], '2-unit softmax head on the 3-class iris data'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce with a linear output unit on the reject flag'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce with a 4-unit sigmoid head instead of softmax: the loss goes to ~0 while accuracy stays at 0.51'),
 'loss-activation-mismatch.tanh-head-raw-shelf-life': ('loss-activation-mismatch', 'static', [], 'tanh output for shelf life in raw hours (~70 h) under mse without normalizeTarget: the head cannot exceed 1'),
 'loss-activation-mismatch.sigmoid-head-dozens': ('loss-activation-mismatch', 'static', [], 'sigmoid output for daily dozens sold (~1500) under mse, target not rescaled'),
 'init-symmetry.zeros-hidden-relu': ('init-symmetry', 'static', ['dead-relu'], 'zeros init on a 16-unit relu layer: every unit identical and dead from the start'),
 'init-symmetry.constant-tanh-layer': ('init-symmetry', 'static', [], 'constant 0.1 init on a 12-unit tanh layer: all units stay identical (the oven data is near linear, so the loss still falls)'),
 'init-symmetry.zeros-both-sigmoid-layers': ('init-symmetry', 'static', ['loss-plateau'], 'zeros init on both 16-unit sigmoid layers of the defect classifier'),
 'init-scale.normal-std-5-tanh': ('init-scale', 'static', ['saturated-activation'], 'normal init with std 5 on a 32-unit tanh layer over standardized features'),
 'init-scale.uniform-1e-5-deep': ('init-scale', 'static', ['vanishing-gradient', 'loss-plateau'], 'uniform init limit 1e-5 on every layer of a 3-hidden-layer relu net'),
 'init-scale.normal-std-20-relu': ('init-scale', 'static', ['nan-loss', 'exploding-gradient'], 'normal init std 20 on two relu layers'),
 'init-scale.sigmoid-std-8': ('init-scale', 'static', ['saturated-activation'], 'normal init std 8 on a 24-unit sigmoid layer'),
 'no-nonlinearity.three-linear-hidden-defects': ('no-nonlinearity', 'static', [], 'three hidden layers left at the default linear activation in the defect classifier'),
 'no-nonlinearity.linear-stack-reject': ('no-nonlinearity', 'static', [], 'two linear hidden layers before the sigmoid reject output (the reject risk is quadratic in thickness)'),
 'no-nonlinearity.linear-moons': ('no-nonlinearity', 'static', [], 'two linear hidden layers with he_normal init (activation forgotten) on moons'),
 'no-nonlinearity.linear-oven-with-bn': ('no-nonlinearity', 'static', [], 'linear hidden layers with batch norm on the oven log; no activation anywhere'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam with lr 5'),
 'lr-out-of-range.sgd-lr-80': ('lr-out-of-range', 'static', ['lr-too-high'], 'plain sgd with lr 80 (meant 0.08)'),
 'lr-out-of-range.rmsprop-1e-8': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop with lr 1e-8'),
 'dead-relu.bias-minus-6': ('dead-relu', 'probe', ['init-scale'], 'relu layer with bias -6 over standardized features: all 32 units dead from the first step'),
 'dead-relu.deep-bias-negative': ('dead-relu', 'probe', [], 'bias -3 on two relu layers: the second layer is entirely dead'),
 'dead-relu.adam-big-lr-raw-features': ('dead-relu', 'probe', ['lr-too-high', 'exploding-gradient'], 'raw batch readings (comal temp ~230) into relu layers with adam lr 0.3: first layer dies'),
 'exploding-gradient.raw-shelf-momentum': ('dead-relu', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw features and raw shelf-life hours with sgd momentum: the first huge step kills every relu unit and the loss sits at the baseline'),
 'exploding-gradient.raw-orders-sgd': ('exploding-gradient', 'probe', ['dead-relu', 'lr-too-high'], 'raw orders (day 1-365) and raw dozens (~1500) with sgd 1e-5: gradient norms up to 5e5, loss 43x the baseline'),
 'nan-loss.raw-orders-sgd': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'raw orders and raw dozens with sgd 0.01: loss 1e37 and gradients 4e17 (no NaN within the run)'),
 'exploding-gradient.raw-shelf-adam': ('exploding-gradient', 'probe', ['dead-relu'], 'raw batch readings and raw shelf life with adam: gradient norms up to 5e4, loss stuck at the baseline'),
 'exploding-gradient.raw-oven-elu-rmsprop': ('exploding-gradient', 'probe', [], 'raw oven log (oven 200 C) and raw target with rmsprop: first loss 1.4e4, gradient norms up to 7.7e4'),
 'vanishing-gradient.eight-sigmoid-layers': ('vanishing-gradient', 'probe', ['loss-plateau'], 'eight sigmoid hidden layers with plain sgd: first-layer gradient ~1e-6, loss at the baseline'),
 'vanishing-gradient.ten-sigmoid-reject': ('vanishing-gradient', 'probe', ['loss-plateau'], 'ten sigmoid layers of 10 units on the reject flag'),
 'vanishing-gradient.narrow-sigmoid-tower': ('vanishing-gradient', 'probe', ['loss-plateau'], 'seven 4-unit sigmoid layers on the oven log'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'probe', ['init-scale', 'loss-plateau'], 'eight tanh layers initialised normal std 0.05'),
 'nan-loss.raw-shelf-sgd-linear': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw batch readings and raw shelf life, linear net, sgd 0.05: NaN in the first epoch'),
 'dead-relu.sgd-lr-high-raw-target': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'minmax features but raw dozens target with sgd 0.01: NaN in the first epoch'),
 'exploding-gradient.deep-relu-std-1': ('nan-loss', 'probe', ['init-scale', 'exploding-gradient'], 'four 64-unit relu layers initialised normal std 1: NaN in the first epoch'),
 'lr-too-high.sgd-1-orders': ('nan-loss', 'probe', ['lr-too-high'], 'sgd lr 1.0 on standardized orders: loss 8e9 then NaN at epoch 3'),
 'oscillating-loss.momentum-batch-8-shelf': ('nan-loss', 'probe', ['lr-too-high'], 'sgd lr 0.1 with momentum 0.95, batch 8, on shelf life: NaN in the first epoch'),
 'lr-too-high.adam-0.3-defects': ('lr-too-high', 'training', ['oscillating-loss', 'dead-relu'], 'adam lr 0.3 on the defect classifier: loss bounces 0.83-1.13 near the baseline, second layer 94% dead'),
 'lr-too-high.nesterov-0.99-moons': ('lr-too-high', 'training', ['oscillating-loss'], 'nesterov momentum 0.99 with lr 0.8 on moons: reaches 0.04, then jumps to 2.3 and ends at 0.42'),
 'lr-too-high.sgd-3-reject': ('lr-too-high', 'training', ['oscillating-loss'], 'plain sgd lr 3 on the reject flag: loss swings 0.29-0.81, ends 0.53x the baseline'),
 'oscillating-loss.full-batch-sgd-edge': ('lr-too-high', 'probe', ['nan-loss'], 'full-batch sgd lr 0.9 on the oven log: loss rises every epoch from 1.7 to 1e42, NaN at epoch 31'),
 'lr-too-low.sgd-1e-4-defects': ('lr-too-low', 'training', [], 'plain sgd lr 1e-4 for 60 epochs: loss 1.76 to 1.58, still above the baseline'),
 'lr-too-low.adam-1e-5-reject': ('lr-too-low', 'training', [], 'adam lr 1e-5 for 50 epochs: loss 0.736 to 0.725, above the baseline'),
 'lr-too-low.momentum-5e-5-iris': ('lr-too-low', 'training', [], 'sgd momentum lr 5e-5 on iris: loss creeps 1.50 to 0.96 in 100 epochs'),
 'loss-plateau.shelf-tiny-clip': ('lr-too-low', 'training', ['loss-plateau'], 'clipNorm 0.001 on sgd: every step is tiny, loss 1.19 to 1.17 over 100 epochs, above the baseline'),
 'saturated-activation.sigmoid-raw-batches': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on raw batch readings (comal temp ~230): 94% saturated'),
 'saturated-activation.sigmoid-raw-empanadas': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on raw QC readings (fry time ~210 s)'),
 'saturated-activation.tanh-bias-8': ('saturated-activation', 'probe', ['init-scale'], 'tanh layer with initial bias 8: every unit pinned at +1, loss at the baseline'),
 'nan-loss.raw-oven-momentum': ('saturated-activation', 'probe', ['lr-too-high'], 'raw oven log into tanh with sgd momentum lr 0.05: the tanh layer saturates fully and its gradient is 0'),
 'loss-plateau.xor-tiny-init-tanh': ('loss-plateau', 'training', ['init-scale', 'vanishing-gradient'], 'xor with every layer initialised uniform 0.001: loss flat at 0.693 for 150 epochs'),
 'loss-plateau.circles-tiny-relu': ('loss-plateau', 'training', ['init-scale', 'vanishing-gradient'], 'circles with relu layers initialised normal std 0.001: loss flat at 0.693'),
 'loss-plateau.defects-heavy-decay': ('loss-plateau', 'training', [], 'adam with weightDecay 0.5: loss falls to 0.93 then climbs back to the baseline and stays'),
 'oscillating-loss.adam-0.05-shelf-batch-8': ('oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.05 with batch 8 on shelf life: loss swings 0.13-0.27 for 60 epochs and never settles'),
 'oscillating-loss.adam-batch-1-oven': ('oscillating-loss', 'training', ['lr-too-high', 'dead-relu'], 'adam lr 0.05 with batch 1 on the oven log: loss swings 0.15-0.28, 88% of relu units end dead'),
}
RENAME = {'nan-loss.raw-orders-sgd': 'exploding-gradient.raw-orders-sgd-lr-0.01'}

DROP = {
 'invalid-spec.validation-split-percent': 'valid invalid-spec, dropped to keep the set within 65 faults (a second "percent instead of fraction" case)',
 'data-error.timestamp-feature': 'valid data-error, dropped as a near duplicate of batch-id-as-feature',
 'shape-mismatch.two-sigmoid-reject': 'the engine accepted 2 sigmoid units on a 0/1 target and trained to 0.71x the baseline; what it did is unclear: borderline',
 'loss-activation-mismatch.softmax-with-mse': 'softmax with mse trained to 0.02x the baseline (acc 0.94): a textual mismatch that did no harm, borderline',
 'init-symmetry.constant-elu-second-layer': 'constant init trained to 0.12x the baseline, close to healthy runs: borderline',
 'lr-out-of-range.adam-2e-8': 'valid, dropped as a near duplicate of rmsprop-1e-8 (quota)',
 'lr-too-high.rmsprop-0.1-oven': 'bounces 0.09-0.21 while healthy runs reach 0.05: between lr-too-high and oscillating-loss, dropped (quota, ambiguous code)',
 'lr-too-low.full-batch-sgd-shelf': 'valid lr-too-low, dropped to keep the set within 65 faults',
 'lr-too-low.rmsprop-1e-6-oven': 'rmsprop 1e-6 is arguably lr-out-of-range rather than lr-too-low: ambiguous code',
 'nan-loss.rmsprop-huge-raw': 'NaN at epoch 1 (sgd momentum despite the name); dropped, nan-loss over quota',
 'exploding-gradient.raw-oven-rmsprop': 'NaN at epoch 1 instead of explosion (and the optimizer is sgd despite the name); nan-loss over quota',
 'exploding-gradient.raw-orders-clipped-sgd': 'valid exploding-gradient (g up to 7.7e5), dropped to keep the set within 65 faults',
 'exploding-gradient.deep-relu-std-0.4-clip': 'gradients up to 100 then recovers to 0.55x the baseline: exploding or init-scale, ambiguous',
 'oscillating-loss.rmsprop-batch-4-defects': 'noisy but still trending down (0.70 to 0.20): borderline oscillation',
 'oscillating-loss.sgd-batch-2-oven': 'NaN at epoch 1; nan-loss over quota',
 'saturated-activation.tanh-raw-orders': 'tanh 87% saturated but trained to 0.36x the baseline, close to healthy orders runs: borderline',
 'ok.defects-minmax-elu': 'healthy candidate reached only 0.24x the baseline where alternatives reach 0.06',
 'ok.defects-plain-sgd-sigmoid': 'healthy candidate reached 0.16x the baseline where alternatives reach 0.06',
 'ok.defects-rmsprop-plain': 'healthy candidate reached 0.18x the baseline where alternatives reach 0.06',
 'ok.defects-rmsprop-bn-dropout': 'healthy candidate reached 0.33x the baseline (val 0.46) where alternatives reach 0.06',
 'ok.reject-lecun-elu-decay': 'healthy candidate reached 0.69x the baseline where alternatives reach 0.24-0.32',
 'ok.reject-nesterov-elu-bn': 'healthy candidate reached 0.70x the baseline where alternatives reach 0.24-0.32',
 'ok.reject-plain-sgd-batch-1': 'healthy candidate reached 0.78x the baseline in 30 epochs: may be too slow',
 'ok.reject-rmsprop-dropout': 'healthy candidate reached 0.85x the baseline',
 'ok.reject-sgd-momentum-tanh': 'train loss 0.32x the baseline but validation loss 1.01 (above the baseline): overfits',
 'ok.reject-sigmoid-hidden-adam': 'healthy candidate reached 0.80x the baseline',
 'ok.reject-adam-tanh': 'healthy candidate reached 0.51x the baseline where alternatives reach 0.24-0.32',
 'ok.shelf-rmsprop-leaky': 'healthy candidate reached 0.29x the (minmax) baseline with 31% dead units, where alternatives reach 0.05-0.10',
 'ok.shelf-two-targets': 'reached 0.67x the baseline; the second target is unpredictable, so how far it could go is unclear',
 'ok.shelf-batch-norm-sigmoid': 'reached 0.20x the baseline where alternatives reach 0.05-0.10',
}

COVERS = {
 'ok.blobs-four-rmsprop': 'builtin blobs 4 classes, [8 relu, 4 softmax], cce, rmsprop 0.005, batch 32, 80 epochs',
 'ok.blobs-three-xavier-tanh': 'builtin blobs 3 classes, [12 tanh xavier_normal, 3 softmax], cce, plain sgd 0.05, batch 8',
 'ok.circles-tanh-momentum': 'builtin circles, [16 tanh, 1 sigmoid], bce, sgd momentum 0.9 lr 0.1, 200 epochs',
 'ok.defects-adam-relu': 'empanadas.csv standard, 4 text classes with a rare one, [32 relu, 16 relu, 4 softmax], cce, adam 0.003',
 'ok.defects-batch-128-nesterov': 'empanadas.csv, [48 relu he_uniform, 4 softmax], cce, nesterov 0.1, batch 128, 150 epochs',
 'ok.defects-deep-leaky': 'empanadas.csv, four leaky_relu layers, cce, adam 0.001',
 'ok.defects-sgd-nesterov-tanh': 'empanadas.csv, [32 tanh, 4 softmax], cce, nesterov 0.05, batch 16',
 'ok.inline-comal-temp': 'inline 15-row table (comal temperature -> done), single sigmoid unit, bce, plain sgd 0.5, full batch',
 'ok.iris-adam': 'builtin iris standard, [16 relu, 3 softmax], cce, adam 0.01, 150 epochs',
 'ok.iris-sgd-sigmoid-batch-1': 'builtin iris minmax, [8 sigmoid, 3 softmax], cce, plain sgd 0.05, batch 1',
 'ok.moons-relu-adam': 'builtin moons, [32 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.orders-adam-batch-2': 'orders.csv (semicolons, decimal commas) standard + normalizeTarget standard, [16 relu, 1], mse, adam 0.001, batch 2, 40 epochs',
 'ok.orders-adam-relu': 'orders.csv semicolon export, [32 relu, 16 relu, 1], mse, adam 0.003, 150 epochs',
 'ok.orders-linear-regression': 'orders.csv, a single linear unit, mse, plain sgd 0.05, batch 16',
 'ok.orders-momentum-elu-val': 'orders.csv, [16 elu, 8 elu, 1], mse, sgd momentum 0.01, validationSplit 0.2',
 'ok.orders-rmsprop-tanh-minmax': 'orders.csv minmax features, standard target, [24 tanh, 1], mse, rmsprop 0.003',
 'ok.orders-nesterov-relu': 'orders.csv, [32 relu, 1], mse, nesterov 0.01, 120 epochs',
 'ok.oven-adam-relu': 'oven_log.csv (tab-separated) standard, [32 relu, 1], mse, adam 0.005',
 'ok.oven-nesterov-bn': 'oven_log.csv, [32 relu batchNorm, 16 relu, 1], mse, nesterov 0.01',
 'ok.oven-rmsprop-deep-elu': 'oven_log.csv, three 32-unit elu layers, mse, rmsprop 0.0005',
 'ok.oven-sgd-batch-4': 'oven_log.csv, [16 tanh, 1], mse, plain sgd 0.01, batch 4, 60 epochs',
 'ok.oven-sgd-linear-model': 'oven_log.csv, a single linear unit, mse, sgd momentum 0.5 lr 0.05',
 'ok.oven-wide-shallow-clip': 'oven_log.csv minmax features and target, [128 relu, 1], mse, adam 0.002 clipNorm 5, batch 64',
 'ok.oven-adam-batch-1-small-lr': 'oven_log.csv, [16 elu, 1], mse, adam 0.0005, batch 1, 30 epochs',
 'ok.reject-adam-relu': 'batches.csv standard (collinear lime columns, no-effect shift column, ids left out), reject 0/1 ~23%, [32 relu, 16 relu, 1 sigmoid], bce, adam 0.003',
 'ok.reject-nesterov-relu': 'batches.csv reject, [32 relu, 1 sigmoid], bce, nesterov 0.1, 100 epochs',
 'ok.reject-rmsprop-relu-two': 'batches.csv reject, [32 relu, 16 relu, 1 sigmoid], bce, rmsprop 0.003, batch 16',
 'ok.shelf-adam-clip-decay': 'batches.csv shelf life hours, standard + normalizeTarget, [64 relu, 32 relu, 1], mse, adam 0.002 clipNorm 1 weightDecay 1e-4, validationSplit 0.15',
 'ok.shelf-adam-relu': 'batches.csv shelf life, [32 relu, 16 relu, 1], mse, adam 0.003',
 'ok.shelf-deep-narrow-tanh': 'batches.csv shelf life, four 8-unit tanh layers, mse, adam 0.003, 150 epochs',
 'ok.shelf-full-batch-adam': 'batches.csv shelf life, [32 elu, 1], mse, adam 0.01, full batch (420), 300 epochs',
 'ok.shelf-sgd-momentum-tanh': 'batches.csv shelf life, [24 tanh, 1], mse, sgd momentum 0.9 lr 0.02, batch 16',
 'ok.shelf-rmsprop-relu': 'batches.csv shelf life, [32 relu, 1], mse, rmsprop 0.002, 120 epochs',
 'ok.sine-tanh-adam': 'builtin sine, [32 tanh, 32 tanh, 1], mse, adam 0.005, 300 epochs',
 'ok.spirals-deep-adam': 'builtin spirals 3 classes, [64 relu, 64 relu, 32 relu, 3 softmax], cce, adam 0.005, 300 epochs',
 'ok.xor-small-sgd': 'builtin xor, [8 tanh, 1 sigmoid], bce, sgd momentum 0.9 lr 0.2',
}

cand = os.path.join(HERE, 'candidates')
names = sorted(f[:-len('.nn.json')] for f in os.listdir(cand))
assert set(names) == set(F) | set(DROP) | set(COVERS), (set(names) ^ (set(F) | set(DROP) | set(COVERS)))
assert not (set(F) & set(DROP)) and not (set(COVERS) & set(DROP))
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, sub), exist_ok=True)
faults, healthy, dropped = [], [], []
for n in names:
    src = os.path.join(cand, n + '.nn.json')
    if n in F:
        code, stage, extra, text = F[n]
        new = RENAME.get(n) or (code + n[n.index('.'):])
        assert new.startswith(code + '.')
        shutil.move(src, os.path.join(HERE, 'faulty', new + '.nn.json'))
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[n]})', 'stage': stage,
                       'catches': [code] + [c for c in extra if c != code]})
    elif n in COVERS:
        shutil.move(src, os.path.join(HERE, 'healthy', n + '.nn.json'))
        healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{COVERS[n]} (observe: {obs[n]})'})
    else:
        shutil.move(src, os.path.join(HERE, 'dropped', n + '.nn.json'))
        dropped.append((n, DROP[n]))
os.rmdir(cand)
about = ('Fault set blind301 (issue #4), written blind and frozen before the product was run on it; no one tunes on it. '
         'Theme: tortilla and empanada makers. Data (data/generate.ts, seeds 301001-301004): batches.csv (420 tortilla masa batches from an MES export: '
         'batch_id and made_at text columns, moisture, comal temperature, press thickness, skewed nixtamal soak hours, lime in g/kg and the same in % (collinear), '
         'line speed, operator shift with no effect; targets shelf_life_h and reject 0/1 ~23%, 4% flipped), batches-gaps.csv (the same with NA, n/a and empty cells), '
         'empanadas.csv (480 fry-line QC rows, 4 text defect classes, greasy rare at 5%), orders.csv (365 days of tortilleria orders, semicolons and decimal commas, '
         'target dozens ~1500), oven_log.csv (320 baked-empanada oven rows, tab-separated, moisture loss %), plus builtins and one inline table. '
         '"stage" is the writer\'s expectation of the earliest stage that could catch the fault; "catches" lists the fault\'s code first, then codes whose advice would fix it. '
         'Each fault and covers text ends with its test/faults/observe.ts --summary line (observed.txt); curves in observed-curves.txt. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
open(os.path.join(HERE, 'dropped', 'REASONS.txt'), 'w').write(''.join(f'{n}: {r}\n' for n, r in dropped))
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(dropped), 'dropped')
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
