#!/usr/bin/env python3
"""Files set blind211's candidates by what the bare engine showed (observed.txt) and writes manifest.json."""
import json, os, shutil
here = os.path.dirname(os.path.abspath(__file__))
cand = os.path.join(here, 'candidates')
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    if not line: continue
    key = line.split(':')[0].split(' ')[0].replace('.nn.json', '')
    obs[key] = line

# name -> (code it is filed under, stage, catches, the bug in words)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch wind-hold notebook; the format has only sgd, adam, rmsprop'),
 'invalid-spec.gelu-activation': ('invalid-spec', 'static', [], 'activation "gelu" on both hidden layers of the ridership model; not an activation the format knows'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written "categorical_crossentropy" (Keras name) for the rope grade model instead of "cce"'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage, 30, instead of 0.3'),
 'invalid-spec.validation-split-one': ('invalid-spec', 'static', [], 'validationSplit 1.0 ("use all of it for validation") leaves nothing to train on'),
 'data-error.missing-export-file': ('data-error', 'static', [], 'spec points at next season\'s export lift_rides_2024.csv, which does not exist yet'),
 'data-error.target-column-renamed': ('data-error', 'static', [], 'target "wind_hold" but the SCADA export calls the column "hold"'),
 'data-error.station-name-as-feature': ('data-error', 'static', [], 'the text column "station" (Talstation/Mittelstation/Bergstation) listed as a numeric feature'),
 'data-error.scada-gaps-na': ('data-error', 'static', [], 'the raw SCADA export with NA and empty readings used instead of the cleaned file'),
 'data-error.path-outside-workspace': ('data-error', 'static', [], 'data path climbs out of the workspace to a server share /srv/scada'),
 'shape-mismatch.two-grades-head': ('shape-mismatch', 'static', [], 'rope grade head has 2 softmax units (good/replace) but the data has 3 grades (monitor too)'),
 'shape-mismatch.five-unit-grade-head': ('shape-mismatch', 'static', [], 'rope grade head has 5 units (an old 5-level grading) for 3 grades'),
 'shape-mismatch.three-outputs-one-target': ('shape-mismatch', 'static', [], 'energy regression with 3 output units for the single kWh target'),
 'shape-mismatch.one-output-two-targets': ('shape-mismatch', 'static', [], 'two targets (passengers and snow depth) but a single output unit'),
 'loss-activation-mismatch.softmax-regression': ('loss-activation-mismatch', 'static', [], 'a 1-unit softmax head on the kWh regression: the output is always 1, loss flat at 2.0'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce on a linear head (sigmoid forgotten) for the wind-hold classifier; loss stays twice the baseline'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce with 3 sigmoid outputs instead of softmax for the rope grades (loss is meaningless: near zero while accuracy is 0.64)'),
 'loss-activation-mismatch.relu-head-standardised-target': ('loss-activation-mismatch', 'static', [], 'relu output on a standardised passenger target: it cannot predict the negative half, loss stalls at half the baseline'),
 'loss-activation-mismatch.tanh-head-bce': ('loss-activation-mismatch', 'static', [], 'tanh output with bce for a 0/1 wind hold; loss stays above the baseline'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'zeros init on a 24-unit tanh layer and the head: hidden weights never move (vibration model)'),
 'init-symmetry.constant-hidden': ('init-symmetry', 'static', [], 'constant 0.1 init on a 16-unit sigmoid layer: all units stay identical, the net is one unit wide and ends near the logistic model'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', 'static', [], 'zeros init on two relu layers of the rope model: all units dead and identical, loss stays at the baseline'),
 'init-scale.normal-std-ten': ('init-scale', 'static', ['saturated-activation'], 'normal init with std 10 on a tanh layer: 91% of units saturated, loss half the baseline where the net reaches 0.14'),
 'init-scale.uniform-limit-tiny-deep': ('init-scale', 'probe', ['vanishing-gradient'], 'uniform init with limit 1e-5 through 4 layers: the signal and the gradients vanish, loss stuck at the baseline'),
 'init-scale.normal-std-five-relu': ('init-scale', 'static', ['exploding-gradient'], 'normal init with std 5 on two 64-unit relu layers: first loss 1.6e8, gradients 1e7'),
 'no-nonlinearity.linear-hidden-circles': ('no-nonlinearity', 'static', [], 'two explicitly linear hidden layers on circles: accuracy 0.55, loss at the baseline'),
 'no-nonlinearity.default-activation-energy': ('no-nonlinearity', 'static', [], 'activation left out on both hidden layers (defaults to linear): the stack is one linear map'),
 'no-nonlinearity.linear-stack-rope': ('no-nonlinearity', 'static', [], 'three linear hidden layers before the rope grade softmax: a linear classifier, loss 0.45 of base where relu reaches 0.14'),
 'no-nonlinearity.linear-lift-peak': ('no-nonlinearity', 'static', [], 'hour of day alone through linear hidden layers cannot model the midday peak: loss at the baseline'),
 'lr-out-of-range.adam-lr-fifty': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 50 (meant 0.5e-1? typed 50)'),
 'lr-out-of-range.sgd-lr-200': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 200 on the vibration model: NaN in the first epoch'),
 'lr-out-of-range.rmsprop-lr-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-9: nothing moves in 60 epochs'),
 'lr-out-of-range.sgd-lr-negative': ('lr-out-of-range', 'static', ['invalid-spec'], 'sgd lr -0.01 (sign slipped in from a decay schedule)'),
 'dead-relu.negative-bias-init': ('dead-relu', 'probe', [], 'relu layer with bias -8 on standardised features: 97% of units dead from the start'),
 'dead-relu.bias-minus-five-deep': ('dead-relu', 'probe', [], 'bias -5 on two relu layers of the wind-hold model: second layer fully dead, loss above baseline'),
 'dead-relu.rope-bias-minus-ten': ('dead-relu', 'probe', [], 'bias -10 on the rope model\'s 48 relu units: 98% dead, loss at the baseline'),
 'dead-relu.vibration-constant-negative-bias': ('dead-relu', 'probe', [], 'bias -4 on a minmax-scaled vibration model: every relu unit dead, loss at the baseline'),
 'dead-relu.raw-hours-negative-bias': ('exploding-gradient', 'probe', ['dead-relu'], 'rope model on raw features (operating_hours ~1e4) with negative relu biases: gradients up to 5e4, loss 133x the baseline, half the units dead'),
 'dead-relu.sgd-kick-kills-units': ('nan-loss', 'probe', ['lr-too-high'], 'sgd lr 3 momentum 0.9 batch 8 on the wind-hold model: NaN in the first epoch'),
 'exploding-gradient.raw-passengers-adam': ('exploding-gradient', 'probe', [], 'raw features and raw passenger counts (hundreds to 2000) with adam: gradients up to 2.6e5, loss barely below the baseline'),
 'exploding-gradient.raw-energy-rmsprop': ('exploding-gradient', 'probe', [], 'raw load_kg (to 10000) and raw kWh with rmsprop: gradients up to 1e7, loss 5x the baseline at the end'),
 'exploding-gradient.raw-passenger-counts': ('nan-loss', 'probe', ['exploding-gradient'], 'raw features and raw passenger counts with sgd 0.001: NaN in the first epoch'),
 'exploding-gradient.deep-large-init': ('nan-loss', 'probe', ['exploding-gradient', 'init-scale'], 'five layers with normal std 1.5 init: activations blow up, NaN in the first epoch'),
 'vanishing-gradient.deep-sigmoid-stack': ('vanishing-gradient', 'probe', [], 'seven sigmoid hidden layers with plain sgd: first-layer gradient 1e-5, loss at the baseline'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'probe', ['init-scale'], 'four tanh layers with normal std 0.01: first-layer gradient 3e-4 at most, loss at the baseline'),
 'vanishing-gradient.sigmoid-ten-layers-rope': ('vanishing-gradient', 'probe', [], 'ten sigmoid layers for the rope grades: first-layer gradient 5e-7, loss at the baseline'),
 'nan-loss.raw-vibration-sgd-batch1': ('nan-loss', 'probe', ['exploding-gradient'], 'raw vibration features (paint_year ~2000) with sgd batch 1: NaN in the first epoch'),
 'lr-too-high.adam-half': ('lr-too-high', 'probe', ['dead-relu'], 'adam lr 0.5 on the rope model: first epoch loss 10.9, then the second layer dies and the loss bounces at the baseline'),
 'lr-too-high.sgd-two': ('lr-too-high', 'probe', ['saturated-activation'], 'sgd lr 8 on the wind-hold model: loss bounces between 1.1 and 2.0, 3x the baseline at the end'),
 'lr-too-high.rmsprop-point-three': ('lr-too-high', 'probe', ['dead-relu'], 'rmsprop lr 0.3 on ridership: best 0.40 in epoch 3, then rises and stays near 0.8'),
 'lr-too-high.nesterov-one': ('nan-loss', 'probe', ['lr-too-high'], 'nesterov sgd lr 0.3 momentum 0.9 batch 16 on the energy model: NaN in the first epoch'),
 'oscillating-loss.full-batch-sgd-edge': ('lr-too-high', 'probe', ['nan-loss'], 'full-batch sgd lr 0.9 on ridership: loss rises from 1.9 to 1e41, then NaN at epoch 33'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', 'probe', [], 'plain sgd lr 1e-5 on the vibration model: 1.09 to 1.06 in 60 epochs'),
 'lr-too-low.adam-1e-6': ('lr-too-low', 'probe', [], 'adam lr 1e-6 on wind holds: loss stays at 2.2x the baseline'),
 'lr-too-low.rmsprop-3e-6': ('lr-too-low', 'probe', [], 'rmsprop lr 3e-6 on rope grades: 1.29 to 1.26 in 80 epochs'),
 'lr-too-low.full-batch-sgd-tiny': ('lr-too-low', 'probe', [], 'full-batch sgd lr 1e-4 (one step per epoch) on the energy model: 1.93 to 1.68'),
 'saturated-activation.raw-visibility-sigmoid': ('saturated-activation', 'probe', [], 'sigmoid layer on raw features (visibility_m to 20000): all units pinned, loss at the baseline'),
 'saturated-activation.tanh-bias-six': ('saturated-activation', 'probe', [], 'tanh layer with bias 6: all units pinned at +1, loss at the baseline'),
 'saturated-activation.raw-hours-tanh': ('saturated-activation', 'probe', [], 'tanh layer on raw rope features (operating_hours ~1e4): all units pinned, loss at the baseline'),
 'saturated-activation.raw-load-kg-sigmoid': ('saturated-activation', 'probe', [], 'sigmoid layer on raw load_kg (to 10000): all units pinned, loss at the baseline'),
 'loss-plateau.weight-decay-huge': ('loss-plateau', 'training', [], 'weightDecay 5 (meant 5e-4) on ridership: loss reaches 0.66 then climbs back to 0.97 of the baseline and stalls'),
 'loss-plateau.dropout-ninety': ('loss-plateau', 'training', [], 'dropout 0.9 after both hidden layers of the wind-hold model: loss stalls at the baseline'),
 'loss-plateau.clipnorm-tiny': ('loss-plateau', 'training', ['lr-too-low'], 'clipNorm 1e-4 (meant 1e4?) on the energy model: every step is tiny, loss flat at 1.85x the baseline'),
 'oscillating-loss.momentum-099': ('oscillating-loss', 'training', ['lr-too-high'], 'full-batch sgd momentum 0.99 on vibration: loss swings (0.21, 0.38, 0.26, 0.24, 0.18, 0.16, 0.18) instead of settling'),
 'oscillating-loss.rmsprop-full-batch': ('oscillating-loss', 'training', ['lr-too-high'], 'full-batch rmsprop lr 0.05 on energy: loss swings between 0.013 and 0.16 late in the run'),
}
DROP = {
 'init-scale.uniform-limit-three-sigmoid': 'uniform limit 3 on a sigmoid layer only reached 0.41 of the baseline (healthy rope models reach 0.05-0.14) with 34% saturated: a fault, but too mild to call',
 'nan-loss.raw-energy-momentum': 'raw kWh with sgd momentum never went NaN; it bounced at 1.4x the baseline: not what it was written for, and the code it showed is unclear',
 'nan-loss.raw-targets-sgd-high': 'raw passenger counts with sgd 0.05: first epoch 8e17 but no NaN, then stuck at the baseline: unclear between exploding, lr-too-high and plateau',
 'loss-plateau.one-unit-bottleneck-rope': 'a 1-unit relu bottleneck still reached 0.47 of the baseline and was still falling: borderline',
 'oscillating-loss.adam-batch-two': 'adam lr 0.05 batch 2 was noisy but kept falling to 0.46 of the baseline: borderline between noise and oscillation',
 'ok.holds-logistic-only': 'logistic regression ended at 0.66 of the baseline where hidden-layer models reach 0.14: not as well as reasonable alternatives',
 'ok.holds-plain-sgd-batch1': 'plain sgd batch 1 for 40 epochs ended at 0.55 of the baseline: may still count as not fully trained',
'init-symmetry.constant-deep-regression': 'constant 0.05 init on two 16-unit tanh layers still fitted the nearly linear energy target to 0.03 of the baseline: unmistakable in the text but did not show its harm; dropped as borderline',
 'exploding-gradient.raw-kwh-target-rmsprop': 'raw kWh with sgd momentum 0.95 went NaN in epoch 1 (a nan-loss); dropped to keep the set within 65 faults and nan-loss from dominating',
 'exploding-gradient.raw-operating-hours-sgd': 'raw operating hours with sgd momentum went NaN in epoch 1 (a nan-loss); dropped to keep the set within 65 faults and nan-loss from dominating'
}

def covers(spec):
    d = spec['data']
    src = d.get('csv', '').replace('../data/', '') or ('builtin ' + d['builtin'] if 'builtin' in d else 'inline table')
    norm = d.get('normalize', 'none') + ('/' + d['normalizeTarget'] if d.get('normalizeTarget') else '')
    layers = ', '.join((f"{l['units']} {l.get('activation','linear')}" + (' bn' if l.get('batchNorm') else '') + (f" init {l['init'] if isinstance(l.get('init'), str) else l['init']['name']}" if l.get('init') else '')) if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
    o = spec['optimizer']
    opt = o['type'] + (' nesterov' if o.get('nesterov') else '') + (f" momentum {o['momentum']}" if o.get('momentum') else '') + f" {o['lr']}" + (f" wd {o['weightDecay']}" if o.get('weightDecay') else '') + (f" clip {o['clipNorm']}" if o.get('clipNorm') else '')
    t = spec['training']
    return f"{src} {norm}, [{layers}], {spec['loss']}, {opt}, batch {t['batchSize']}, {t['epochs']} epochs" + (f", val {t['validationSplit']}" if t.get('validationSplit') else '')

faults, healthy = [], []
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(here, sub), exist_ok=True)
for fn in sorted(os.listdir(cand)):
    name = fn[:-len('.nn.json')]
    o = obs[name]
    if name in DROP:
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'dropped', fn)); continue
    if name.startswith('ok.'):
        spec = json.load(open(os.path.join(cand, fn)))
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'healthy', fn))
        healthy.append({'file': f'healthy/{fn}', 'covers': f'{covers(spec)} (observe: {o})'})
        continue
    code, stage, extra, text = F[name]
    newfn = fn if fn.startswith(code + '.') else code + fn[fn.index('.'):]
    shutil.move(os.path.join(cand, fn), os.path.join(here, 'faulty', newfn))
    faults.append({'file': f'faulty/{newfn}', 'code': code, 'fault': f'{text} (observe: {o})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
os.rmdir(cand)
about = ('Fault set blind211 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
 'Theme: ropeway and funicular operators. Data (data/generate.ts, seed 211): lift_rides.csv (hourly gondola passengers with timestamp and lift id text, a price column with no effect), '
 'wind_holds.csv (wind-hold 0/1, ~17%, collinear mean wind and gust, a visibility column with no effect, station text), wind_holds_gaps.csv (the same with NA/empty gaps), '
 'rope_condition.csv (3 string grades from magnetic rope tests, skewed operating hours, 5% relabelled), funicular_energy.csv (semicolons and decimal commas, kWh per trip), '
 'cabin_vibration.csv (tab-separated), plus builtins and one inline table. "stage" is the writer\'s expectation of the earliest stage that could catch it; "catches" the codes whose advice would fix it. '
 'Each fault and healthy text ends with its test/faults/observe.ts --summary line (observed.txt); --curve for the lr-too-high, lr-too-low, plateau and oscillating candidates (observed-curves.txt). See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(DROP), 'dropped')
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
