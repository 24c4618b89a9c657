#!/usr/bin/env python3
"""Verdicts of fault set blind261: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind261: python3 write-manifest.py"""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
obs = open('observed.txt').read().splitlines()

def line(cand):
    for l in obs:
        s = l.strip()
        if s.startswith(cand + ':') or s.startswith(cand + '.nn.json'):
            return s
    raise SystemExit('no observation for ' + cand)

# candidate -> (code, stage, catches, fault text); code differs from the prefix when re-filed
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch training script of the lab sugar model; no such optimizer'),
 'invalid-spec.swish-activation': ('invalid-spec', 'static', [], 'agronomist used "swish" from a Keras tutorial for the field-scouting diagnosis net; not an activation of the format'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written "binary_crossentropy" (Keras name) for the evaporator scale-alarm classifier'),
 'invalid-spec.validation-percent': ('invalid-spec', 'static', [], 'validationSplit written as a percentage (20) instead of a fraction on the molasses-loss model'),
 'data-error.lims-na-markers': ('data-error', 'static', [], 'reception-lab export with NA, empty and "-" markers for missing potassium, amino-N and root temperature'),
 'data-error.target-renamed': ('data-error', 'static', [], 'target "sugar_content" but the tare-house file calls the column sugar_pct'),
 'data-error.load-id-feature': ('data-error', 'static', [], 'the truck load id text column (L24-10000...) listed as a feature'),
 'data-error.shared-drive-path': ('data-error', 'static', [], 'field scouting CSV read from the agronomy network share, outside the workspace'),
 'shape-mismatch.forgot-rhizoctonia': ('shape-mismatch', 'static', [], '3 softmax units for 4 diagnoses: the rare rhizoctonia class was forgotten'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'two targets (sugar_pct, molasses_loss_pct) but a single output unit'),
 'shape-mismatch.five-classes': ('shape-mismatch', 'static', [], '5 softmax units for the 4 diagnoses (an old class list with "virus yellows")'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce with a 4-unit sigmoid head instead of softmax on the diagnosis net: the loss drops to nothing while accuracy stays at 0.755'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce on the scale alarm with a linear output unit (sigmoid forgotten): loss ends far above baseline'),
 'loss-activation-mismatch.sigmoid-head-raw-sugar': ('loss-activation-mismatch', 'static', [], 'sigmoid output for sugar_pct in raw percent (~17) with normalizeTarget none: the head can never exceed 1'),
 'loss-activation-mismatch.relu-head-standardised': ('loss-activation-mismatch', 'static', [], 'relu output unit on a standardised clamp sugar-loss target: the negative half of the targets is unreachable'),
 'loss-activation-mismatch.softmax-mse': ('loss-activation-mismatch', 'static', [], 'softmax head trained with mse on the one-hot diagnoses instead of cce'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'zeros init on a 16-unit tanh layer of the scale-alarm net: all units stay identical'),
 'init-symmetry.constant-hidden': ('init-symmetry', 'static', [], 'constant 0.1 init on a 20-unit relu layer for clamp sugar loss: the layer acts as one unit'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', 'static', ['dead-relu'], 'zeros init on both relu layers of the diagnosis net: no gradient ever flows, loss stays at baseline'),
 'init-scale.normal-std-5': ('init-scale', 'static', ['saturated-activation'], 'normal std 5 init on tanh layers of the scale-alarm net: layers saturated from the start'),
 'init-scale.uniform-limit-20': ('init-scale', 'static', ['exploding-gradient'], 'uniform limit 20 init on relu layers of the clamp model: loss starts at 1e23'),
 'init-scale.tiny-std-deep': ('init-scale', 'static', ['vanishing-gradient'], 'normal std 1e-5 init on a 3-hidden-layer relu diagnosis net: signal and gradients vanish, loss stays at baseline'),
 'init-scale.normal-std-3-loads': ('init-scale', 'static', ['nan-loss', 'exploding-gradient'], 'normal std 3 init on every layer of the tare-house sugar net: loss is NaN in the first epoch'),
 'no-nonlinearity.linear-stack-clamp': ('no-nonlinearity', 'static', [], 'two 32-unit linear hidden layers for clamp sugar loss, which grows exponentially with clamp temperature'),
 'no-nonlinearity.linear-circles': ('no-nonlinearity', 'static', [], 'linear hidden layers on the circles sanity check before the field data: stays at baseline'),
 'no-nonlinearity.linear-moons-sgd': ('no-nonlinearity', 'static', [], 'activation left out (default linear) on three hidden layers on moons: ends at a linear boundary'),
 'lr-out-of-range.zero-rate': ('lr-out-of-range', 'static', [], 'lr 0 left over from a "freeze the model" experiment'),
 'lr-out-of-range.negative-rate': ('lr-out-of-range', 'static', [], 'lr -0.01 (sign typo) on SGD momentum for clamp sugar loss'),
 'lr-out-of-range.adam-rate-20': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 20 (meant 2e-3, exponent dropped) on the diagnosis net: loss starts at 2471 and ends above baseline'),
 'lr-out-of-range.rmsprop-rate-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-9: the weights never move'),
 'dead-relu.negative-bias': ('dead-relu', 'probe', ['init-scale'], 'relu layers initialised with bias -6 on standardised clamp data: 92% and 100% dead, loss at baseline'),
 'dead-relu.high-rate-kill': ('dead-relu', 'probe', ['lr-too-high'], 'sgd lr 3 on batch 8 kills the second relu layer of the scale-alarm net in the first epoch (94% dead), loss at baseline'),
 'exploding-gradient.raw-evap-linear': ('dead-relu', 'probe', ['exploding-gradient'], 'raw evaporator readings (calcium in mg/l, flow in m3/h) into relu layers with rmsprop 0.01: the second layer dies (100%) and the loss sits at baseline'),
 'exploding-gradient.raw-loss-target': ('exploding-gradient', 'probe', ['dead-relu', 'lr-too-high'], 'clamp sugar loss in raw g/t/day (~200, normalizeTarget none) with SGD momentum 0.01: output gradient up to 1e18, first loss 5e37, then relus die'),
 'exploding-gradient.deep-std1-init': ('exploding-gradient', 'probe', ['init-scale', 'nan-loss'], 'six 32-unit relu layers with normal std 1 init: activations and gradients blow up to NaN in the first epoch'),
 'nan-loss.raw-everything-sgd': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high', 'dead-relu'], 'clamp data raw in and out with SGD 0.1: loss 3.5e21 in the first epoch, output gradient to 2e10, the relu layer dies'),
 'vanishing-gradient.deep-sigmoid': ('vanishing-gradient', 'probe', [], 'eight 16-unit sigmoid layers for the diagnosis net with plain SGD: first-layer gradient ~1e-5, loss at baseline'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'probe', ['init-scale'], 'six tanh layers with normal std 0.02 init: first-layer gradient ~1e-5, loss at baseline'),
 'vanishing-gradient.sigmoid-stack-evap': ('vanishing-gradient', 'probe', [], 'seven sigmoid layers for the scale alarm: first-layer gradient ~1e-5, loss at baseline'),
 'vanishing-gradient.deep-sigmoid-loads': ('vanishing-gradient', 'probe', [], 'ten sigmoid layers for sugar_pct with rmsprop 1e-4: first-layer gradient ~1e-6, loss at baseline'),
 'nan-loss.gross-kg-linear': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw gross/net kg (~26,000) into a linear net with SGD momentum: NaN in the first epoch'),
 'nan-loss.momentum-rate-5': ('nan-loss', 'probe', ['lr-too-high'], 'SGD momentum lr 5 (meant 0.005) on the molasses model: loss infinite in the first epoch'),
 'nan-loss.rmsprop-raw-target': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'clamp sugar loss target raw (~200 g/t/day) with SGD 0.2 on batch 8: NaN in the first epoch'),
 'dead-relu.raw-weights-sgd': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw tare-house features (kg, mmol) with SGD 0.001 into relu layers: NaN in the first epoch'),
 'lr-too-high.adam-0.5-field': ('lr-too-high', 'probe', ['dead-relu'], 'adam lr 0.5 on the diagnosis net: reaches 0.88 then rises and settles near 1.29 above baseline; second relu layer dead'),
 'lr-too-high.adam-0.3-lab': ('lr-too-high', 'probe', ['dead-relu', 'oscillating-loss'], 'adam lr 0.3 on batch 16 for molasses loss: bounces 1.0-1.75 around baseline, spikes to 7268, ends at baseline with a dead layer'),
 'oscillating-loss.momentum-0.99': ('lr-too-high', 'probe', ['exploding-gradient'], 'SGD lr 0.1 with momentum 0.99 on clamp sugar loss: loss climbs every epoch from 0.84 to 5e22'),
 'oscillating-loss.sgd-full-batch-edge': ('lr-too-high', 'probe', ['nan-loss', 'exploding-gradient'], 'full-batch SGD lr 0.9 on the tare-house sugar model: loss grows geometrically from 2.1 to NaN at epoch 29'),
 'lr-too-low.sgd-1e-5-field': ('lr-too-low', 'training', [], 'plain SGD lr 1e-5 on the diagnosis net: loss 2.11 to 2.06 in 80 epochs, above baseline'),
 'lr-too-low.adam-1e-6-clamp': ('lr-too-low', 'training', [], 'adam lr 1e-6 on clamp sugar loss: 2.20 to 2.13 in 100 epochs'),
 'lr-too-low.rmsprop-3e-7-evap': ('lr-too-low', 'training', [], 'rmsprop lr 3e-7 on the scale alarm: loss 0.707 to 0.706'),
 'lr-too-low.momentum-1e-6-loads': ('lr-too-low', 'training', [], 'SGD momentum lr 1e-6 on the tare-house sugar model: 1.74 to 1.59'),
 'lr-too-low.full-batch-sgd-lab': ('lr-too-low', 'training', [], 'full-batch SGD lr 1e-4 for molasses loss: 1.66 to 1.51 in 150 epochs (one step per epoch)'),
 'saturated-activation.sigmoid-raw-kg': ('saturated-activation', 'probe', [], 'raw tare-house features (kg ~26,000) into a sigmoid layer: 100% saturated, loss at baseline'),
 'saturated-activation.sigmoid-raw-evap': ('saturated-activation', 'probe', [], 'raw evaporator readings into sigmoid layers: first layer 98% saturated, loss barely below baseline'),
 'saturated-activation.tanh-bias-8': ('saturated-activation', 'probe', ['init-scale'], 'tanh layer with bias 8: 100% saturated, loss at baseline'),
 'exploding-gradient.raw-kg-features': ('saturated-activation', 'probe', [], 'raw kg features into a tanh layer with raw sugar target: tanh 100% saturated, gradient 0, loss at baseline'),
 'loss-plateau.weight-decay-1': ('loss-plateau', 'training', [], 'adam with weightDecay 1 (meant 1e-4) on the diagnosis net: the loss returns to baseline and stays'),
 'loss-plateau.dropout-0.95': ('loss-plateau', 'training', [], 'dropout 0.95 after both hidden layers (meant keep-probability 0.05?) of the scale-alarm net: loss stays around baseline'),
 'loss-plateau.deep-sigmoid-moons': ('loss-plateau', 'training', ['vanishing-gradient'], 'four sigmoid layers with plain SGD 0.01 on moons: loss at baseline for 200 epochs'),
 'loss-plateau.clip-1e-4': ('loss-plateau', 'training', [], 'clipNorm 1e-4 (meant 1) on the clamp model: loss stays at 2.49, far above what it reaches unclipped'),
 'lr-too-high.rmsprop-0.2-evap': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop lr 0.2 on the scale alarm: the loss bounces between 0.41 and 0.82 for 80 epochs and never settles'),
 'oscillating-loss.momentum-0.3-batch-8-field': ('oscillating-loss', 'training', ['lr-too-high'], 'SGD lr 0.3 momentum 0.95 on batch 8 for the diagnosis net: loss swings 0.36-2.3 and ends at 0.91'),
}

HEALTHY = {
 'ok.loads-sugar-adam': 'beet_loads.csv 10 features standard, target standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32',
 'ok.loads-sugar-sgd-momentum': 'beet_loads.csv, [24 tanh, 1], mse, SGD momentum 0.9 lr 0.02',
 'ok.loads-molasses-rmsprop': 'beet_loads.csv molasses_loss_pct, [24 elu, 12 elu, 1], rmsprop 0.002',
 'ok.loads-two-targets': 'beet_loads.csv two targets sugar_pct + molasses_loss_pct, [32 relu, 2], adam',
 'ok.loads-batchnorm-dropout': 'beet_loads.csv, batchNorm on two relu layers, dropout 0.1, validationSplit 0.2, adam',
 'ok.loads-linear-regression': 'beet_loads.csv, a single linear unit (linear regression), plain SGD 0.05',
 'ok.loads-lecun-elu-batch-2': 'beet_loads.csv, [16 elu lecun_normal, 1], plain SGD 0.002, batch 2, 30 epochs',
 'ok.lab-molasses-batch1': 'beet_loads.csv 6 lab features, [12 tanh, 1], plain SGD 0.003, batch 1',
 'ok.lab-full-batch-adam': 'beet_loads.csv lab features, [32 relu, 1], adam 0.01 full batch (480), 400 epochs',
 'ok.lab-sugar-weight-decay': 'beet_loads.csv lab features -> sugar_pct, [24 elu, 1], adam weightDecay 0.001',
 'ok.lab-deep-narrow-clip': 'beet_loads.csv lab features, four 12-unit relu layers, adam clipNorm 1',
 'ok.field-adam': 'field_scouting.csv 9 features, 4 string classes with rare rhizoctonia, [32 relu, 4 softmax], cce, adam',
 'ok.field-tanh-sgd': 'field_scouting.csv, [24 tanh, 4 softmax], cce, SGD momentum 0.9 lr 0.05',
 'ok.field-minmax-rmsprop': 'field_scouting.csv minmax, [32 elu, 16 elu, 4 softmax], rmsprop 0.002, batch 16',
 'ok.field-dropout-val': 'field_scouting.csv, [64 relu, dropout 0.3, 32 relu, dropout 0.2, 4 softmax], validationSplit 0.25',
 'ok.field-softmax-regression': 'field_scouting.csv, softmax regression (no hidden layer), adam 0.02',
 'ok.field-batch-4-nesterov': 'field_scouting.csv, [16 leaky_relu, 4 softmax], Nesterov SGD 0.01, batch 4',
 'ok.field-he-uniform-adam-batch-1': 'field_scouting.csv, [16 relu he_uniform, 4 softmax], adam 0.0005, batch 1, 30 epochs',
 'ok.evap-adam': 'evaporator_de.csv (semicolons, decimal commas), 8 features standard, [16 relu, 1 sigmoid], bce, adam',
 'ok.evap-tanh-rmsprop': 'evaporator_de.csv, [24 tanh, 12 tanh, 1 sigmoid], bce, rmsprop 0.001, batch 16',
 'ok.evap-wide-dropout': 'evaporator_de.csv, [96 relu, dropout 0.4, 1 sigmoid], validationSplit 0.2',
 'ok.evap-batchnorm-raw': 'evaporator_de.csv raw features (normalize none) with batchNorm on the relu layer, adam',
 'ok.evap-full-batch-rmsprop': 'evaporator_de.csv, [16 relu, 8 relu, 1 sigmoid], rmsprop 0.003, full batch, 400 epochs',
 'ok.clamp-adam': 'clamp_monitor.csv (tab-separated), 7 features standard, target standard, [32 relu, 16 relu, 1], adam',
 'ok.clamp-tanh-momentum': 'clamp_monitor.csv, [24 tanh, 1], SGD momentum 0.9 lr 0.01',
 'ok.clamp-minmax-target': 'clamp_monitor.csv minmax features and minmax target, [32 elu, 1], adam 0.005',
 'ok.clamp-rmsprop-batch-8': 'clamp_monitor.csv, [24 leaky_relu, 12 leaky_relu, 1], rmsprop 0.001, batch 8',
 'ok.clamp-deep-clip-nesterov': 'clamp_monitor.csv, three 32-unit relu layers, Nesterov SGD 0.01 clipNorm 5',
 'ok.clamp-sigmoid-hidden': 'clamp_monitor.csv, [32 sigmoid, 1], adam 0.01, 200 epochs',
 'ok.clamp-uniform-init': 'clamp_monitor.csv, uniform init limit 0.3 on both layers, adam',
 'ok.moons-adam': 'builtin moons 300, [16 relu, 16 relu, 1 sigmoid], adam 0.01',
 'ok.circles-tanh-sgd': 'builtin circles, [16 tanh, 1 sigmoid], SGD momentum 0.9 lr 0.3',
 'ok.iris-rmsprop': 'builtin iris standard, [12 relu, 3 softmax], rmsprop 0.003',
 'ok.sine-elu': 'builtin sine, [32 elu, 32 elu, 1], mse, adam 0.005, 300 epochs',
 'ok.blobs-four-classes': 'builtin blobs 4 classes, [8 relu, 4 softmax], plain SGD 0.05, batch 16',
 'ok.spirals-deep': 'builtin spirals, three 32-unit relu layers, adam 0.005, 300 epochs',
 'ok.xor-inline-sugar-grade': 'inline xor table, [8 tanh, 1 sigmoid], adam 0.05, full batch of 4',
 'ok.inline-polarisation-regression': 'inline 10-row polarisation/extractable-sugar table, standard features and target, [4 tanh, 1], adam 0.02, full batch',
}

DROPPED = {
 'invalid-spec.glorot-init': 'a good static fault (init "glorot_uniform"), dropped only to keep the set within 65 faults',
 'invalid-spec.dropout-keep-prob': 'a good static fault (dropout rate 1.0), dropped only to keep the set within 65 faults',
 'data-error.timestamp-feature': 'a good data fault (timestamp text feature), dropped to keep the set within 65 faults (the load-id one is similar)',
 'data-error.next-campaign-file': 'a good data fault (missing file), dropped to keep the set within 65 faults',
 'shape-mismatch.scale-two-units': 'the engine accepted 2 sigmoid units for one 0/1 target under bce and trained it (last/base 0.66): unclear whether it is a fault as run',
 'init-symmetry.constant-sigmoid': 'constant init trained as well as a healthy spec (last/base 0.08): the symmetry did no visible harm',
 'no-nonlinearity.default-activation-field': 'the diagnoses are nearly linearly separable: last/base 0.09, close to the healthy 0.04',
 'lr-out-of-range.sgd-rate-500': 'duplicate of the NaN-in-epoch-1 faults; dropped to keep the set within 65 faults',
 'dead-relu.bias-minus-3-field': 'only 6% dead; the loss fell to 0.79 of baseline: slow rather than dead, borderline',
 'nan-loss.momentum-rate-5-dup': '',
 'lr-too-high.nesterov-0.8-loads': 'NaN in the first epoch (a nan-loss, not a visible rise); nan-loss already has four',
 'lr-too-high.sgd-1.5-clamp': 'loss 6e20 then NaN at epoch 2 (nan-loss); nan-loss already has four',
 'saturated-activation.tanh-std-4': 'saturated 86% but still reached last/base 0.16: borderline',
 'loss-plateau.decay-0.5-loads': 'reached last/base 0.32 with half the relus dead: neither clearly a plateau nor clearly dead, borderline',
 'oscillating-loss.adam-0.05-batch-1': 'swings mostly 0.14-0.19 with occasional spikes while first layer 94% dead: borderline between oscillation, dead relu and healthy',
 'oscillating-loss.rmsprop-0.03-batch-2': 'swings 0.44-0.50 around a level: too small to call oscillation',
 'oscillating-loss.adam-0.08-batch-4-evap': 'slowly decreasing with small swings (0.42-0.53): too mild to call oscillation',
 'ok.evap-logistic-sgd': 'last/base 0.72 only: a healthy spec that may look like a plateau',
 'ok.evap-minmax-momentum': 'last/base 0.72, last above min: borderline healthy',
 'ok.loads-minmax-nesterov': 'leaky relu units 69-75% "dead" (negative side) and last/base 0.19 vs 0.07 for adam: may be faulty',
 'ok.field-batchnorm-sgd': 'last/base 0.30 vs 0.04 for the other diagnosis nets, last above min (0.21): may be faulty',
}
DROPPED.pop('nan-loss.momentum-rate-5-dup')

cands = sorted(f[:-8] for f in os.listdir('candidates') if f.endswith('.nn.json'))
covered = set(F) | set(HEALTHY) | set(DROPPED)
missing = [c for c in cands if c not in covered]
extra = [c for c in covered if c not in cands]
if missing or extra:
    raise SystemExit(f'missing verdicts {missing}, unknown {extra}')

for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy, dropped = [], [], []
for c in cands:
    src = f'candidates/{c}.nn.json'
    if c in F:
        code, stage, more, text = F[c]
        slug = c.split('.', 1)[1]
        name = f'{code}.{slug}.nn.json'
        shutil.move(src, f'faulty/{name}')
        obs_line = line(c).replace(c + ':', name[:-8] + ':', 1) if code != c.split('.')[0] else line(c)
        faults.append({'file': f'faulty/{name}', 'code': code, 'fault': f'{text} (observe: {obs_line})', 'stage': stage,
                       'catches': [code] + [m for m in more if m != code]})
    elif c in HEALTHY:
        shutil.move(src, f'healthy/{c}.nn.json')
        healthy.append({'file': f'healthy/{c}.nn.json', 'covers': f'{HEALTHY[c]} (observe: {line(c)})'})
    else:
        shutil.move(src, f'dropped/{c}.nn.json')
        dropped.append((c, DROPPED[c]))
shutil.rmtree('candidates')

about = ('Fault set blind261 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
         '"code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the bare-engine result of test/faults/observe.ts --summary (observed.txt); --curve for the lr-too-high, lr-too-low, plateau and oscillating candidates (observed-curves.txt); observed lines name the candidate as written (re-filed ones before their rename). '
         'Theme: sugar-beet growers and beet-sugar factories, on four CSVs of data/generate.ts (seed 261): beet_loads.csv (480 truck loads at the tare house: kg weights, skewed dirt tare, lab K/Na/amino-N, sugar_pct and molasses_loss_pct targets, load id and timestamp text columns, a no-effect axle count, collinear gross/net kg), '
         'beet_loads_gaps.csv (NA, empty and "-" markers), field_scouting.csv (420 field visits, 4 string diagnoses with rare rhizoctonia), evaporator_de.csv (German DCS export, semicolons and decimal commas, 0/1 scale_event ~26%), clamp_monitor.csv (tab-separated storage clamp logger, sugar loss in g/t/day), plus builtins and two inline tables. '
         'Specs by author.ts, verdicts and this manifest by write-manifest.py; see README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1)
open('dropped/REASONS.txt', 'w').write(''.join(f'{c}: {r}\n' for c, r in dropped))
from collections import Counter
print(Counter(f['code'] for f in faults), len(faults), 'faults', len(healthy), 'healthy', len(dropped), 'dropped', Counter(f['stage'] for f in faults))
