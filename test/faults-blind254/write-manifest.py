#!/usr/bin/env python3
"""Verdicts of fault set blind254 (decided from observed.txt / observed-curves.txt), files the candidates
into faulty/, healthy/, dropped/ and writes manifest.json. Run from the set's folder: python3 write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([^\s:]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

# candidate slug -> (code, stage, catches, fault text)
F = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch training script; the format knows sgd, adam, rmsprop'),
 'invalid-spec.loss-keras-name': ('invalid-spec', 'static', [], 'loss written with its Keras name "binary_crossentropy" for the hull-incident classifier'),
 'invalid-spec.activation-swish': ('invalid-spec', 'static', [], 'hidden activation "swish" on the lock-delay model, an activation the format does not have'),
 'invalid-spec.dropout-as-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (20) instead of a fraction (0.2)'),
 'data-error.target-column-typo': ('data-error', 'static', [], 'target "transit_hrs" typed from memory; the dispatcher export calls it transit_hours'),
 'data-error.no-feature-list-text-ids': ('data-error', 'static', [], 'no "features" list, so the tow id and departure timestamp text columns are read as features'),
 'data-error.uncleaned-export-na': ('data-error', 'static', [], 'trains on the uncleaned transit export, whose river stage, current and lock-wait cells hold NA, empty and n/a markers'),
 'data-error.draft-with-unit-suffix': ('data-error', 'static', [], 'draft survey sheet where the surveyor typed the unit into a few fore-draft cells ("2.79m")'),
 'data-error.file-on-share-drive': ('data-error', 'static', [], 'CSV path pointing at the operations share drive outside the workspace (../../../../../mnt/ops/...)'),
 'shape-mismatch.three-delay-classes-assumed': ('shape-mismatch', 'static', [], 'lock-delay head has 3 units (geen/kort/lang) but the export has a fourth, rare class "stremming"'),
 'shape-mismatch.fuel-and-co2-one-unit': ('shape-mismatch', 'static', [], 'two target columns (fuel_lph and co2_kgph) but a single output unit'),
 'shape-mismatch.five-units-four-classes': ('shape-mismatch', 'static', [], 'lock-delay head with 5 softmax units for 4 delay classes'),
 'loss-activation-mismatch.softmax-with-mse-delay': ('loss-activation-mismatch', 'static', [], 'softmax head trained with mse on the 4 delay classes instead of cce'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'incident classifier with bce but a linear (no sigmoid) output'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce on 4 delay classes with a sigmoid head instead of softmax: the loss falls to ~0 while accuracy stays at 0.44'),
 'loss-activation-mismatch.relu-head-standardised-hours': ('loss-activation-mismatch', 'static', [], 'relu output on standardised transit hours: the negative half of the target (below-mean transits) is unreachable'),
 'loss-activation-mismatch.sigmoid-head-raw-hours': ('loss-activation-mismatch', 'static', [], 'sigmoid output regressing raw transit hours (2-150 h) with normalizeTarget off: the head cannot pass 1'),
 'init-symmetry.zeros-hidden-transits': ('init-symmetry', 'static', [], 'both tanh hidden layers (16 and 8 units) initialised to zeros: nothing reaches the first layer'),
 'init-symmetry.constant-hidden-incidents': ('init-symmetry', 'static', [], '16 sigmoid units all initialised to the constant 0.1: they stay identical copies of one unit'),
 'init-symmetry.constant-all-lock-delay': ('init-symmetry', 'static', [], 'every layer of the lock-delay net initialised to the constant 0.05: units in each layer stay identical'),
 'init-symmetry.zeros-relu-fuel': ('init-symmetry', 'static', ['dead-relu'], '32 relu units initialised to zeros: all output 0 and never receive a gradient'),
 'init-scale.normal-std-8-transits': ('init-scale', 'static', ['saturated-activation'], 'tanh layers initialised normal std 8 (copied from a raw-unit model): units start pinned at +-1'),
 'init-scale.uniform-tiny-deep-lock': ('init-scale', 'static', ['vanishing-gradient'], 'four layers initialised uniform limit 1e-4: the signal and gradient die out, loss stays at the prior'),
 'init-scale.normal-std-20-incidents': ('init-scale', 'static', ['saturated-activation'], 'sigmoid layer initialised normal std 20: 90% of outputs saturated from the start'),
 'init-scale.normal-std-5-relu-fuel': ('init-scale', 'static', ['nan-loss', 'exploding-gradient'], 'every relu layer initialised normal std 5: activations blow up and the loss is NaN in the first epoch'),
 'no-nonlinearity.linear-stack-lock-delay': ('no-nonlinearity', 'static', [], 'two 32-unit hidden layers left at the default linear activation on the lock-delay classes (peak hours, low-water stops are nonlinear)'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', 'static', [], 'three linear hidden layers on moons: only a straight boundary'),
 'no-nonlinearity.linear-hidden-fuel-curve': ('no-nonlinearity', 'static', [], 'fuel-burn regression with linear hidden layers: fuel grows with rpm squared, which the net cannot bend to'),
 'no-nonlinearity.linear-stack-circles': ('no-nonlinearity', 'static', [], 'linear hidden layers on circles: the loss stays at chance'),
 'lr-out-of-range.lr-zero-placeholder': ('lr-out-of-range', 'static', [], 'learning rate left at a 0 placeholder'),
 'lr-out-of-range.negative-lr': ('lr-out-of-range', 'static', [], 'negative learning rate (-0.01) from a sign slip'),
 'lr-out-of-range.rmsprop-lr-50': ('lr-out-of-range', 'static', ['lr-too-high'], 'rmsprop with lr 50 (meant 5e-3?): far outside any sensible range; the loss ends 28x the baseline'),
 'dead-relu.negative-bias-transits': ('dead-relu', 'probe', [], 'relu layers with bias -4 ("to sparsify"): two thirds of the units never fire'),
 'dead-relu.adam-lr-high-incidents': ('dead-relu', 'probe', ['lr-too-high'], 'adam at 0.3 knocks the second relu layer dead (100% of units) and the classifier falls back to the prior'),
 'lr-too-high.adam-0.5-lock': ('dead-relu', 'probe', ['lr-too-high'], 'adam at 0.5 on the lock-delay net: the second relu layer dies entirely and the loss sits at the prior (re-filed from lr-too-high)'),
 'exploding-gradient.raw-tonnes-raw-hours-sgd': ('exploding-gradient', 'probe', ['nan-loss'], 'raw distances and cargo tonnes (thousands) with raw transit hours and sgd: gradient norms of 1e6-1e7, loss 1e12'),
 'exploding-gradient.raw-features-tonnes-target': ('exploding-gradient', 'probe', ['nan-loss'], 'draft survey regression on raw hull metres predicting raw cargo tonnes: gradients of 1e11-1e12'),
 'nan-loss.draft-raw-sgd-batch1': ('exploding-gradient', 'probe', ['nan-loss'], 'raw tonnes target with sgd batch 1: first epoch loss 7e14, gradient up to 1e6, relu layer then dead (re-filed from nan-loss)'),
 'nan-loss.raw-fuel-sgd-lr-0.1': ('exploding-gradient', 'probe', ['nan-loss'], 'raw rpm (700-1900) and raw litres/hour with sgd 0.1: first epoch loss 4e24, gradient 3.5e11 (re-filed from nan-loss)'),
 'vanishing-gradient.deep-sigmoid-incidents': ('vanishing-gradient', 'probe', [], 'seven sigmoid hidden layers with plain sgd: first-layer gradient ~1e-5, loss never leaves the prior'),
 'vanishing-gradient.deep-tanh-tiny-init-transits': ('vanishing-gradient', 'probe', ['init-scale'], 'five tanh layers initialised normal std 0.02: first-layer gradient 5e-5, loss stays at the mean'),
 'vanishing-gradient.ten-sigmoid-lock': ('vanishing-gradient', 'probe', [], 'ten stacked sigmoid layers: first-layer gradient 2e-7, loss at the prior'),
 'vanishing-gradient.deep-sigmoid-fuel-small-init': ('vanishing-gradient', 'probe', ['init-scale'], 'six sigmoid layers initialised std 0.05: first-layer gradients 1e-6, loss barely below the mean'),
 'nan-loss.co2-raw-linear-sgd': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw CO2 kg/h target (~800) with a linear net and sgd 0.5: NaN in the first epoch'),
 'nan-loss.raw-transit-momentum': ('nan-loss', 'probe', ['exploding-gradient'], 'raw transit features and hours with momentum sgd 0.01: NaN in the first epoch'),
 'dead-relu.sgd-hot-start-fuel': ('nan-loss', 'probe', ['exploding-gradient'], 'fuel model with raw (unnormalised) rpm and sgd 0.05: NaN in the first epoch (re-filed from dead-relu)'),
 'exploding-gradient.deep-normal-std1-fuel': ('nan-loss', 'probe', ['exploding-gradient', 'init-scale'], 'five 32-unit layers initialised normal std 1: NaN in the first epoch (re-filed from exploding-gradient)'),
 'lr-too-high.sgd-3-incidents': ('lr-too-high', 'probe', ['oscillating-loss'], 'momentum sgd at lr 3 on the incident classifier: the loss jumps from 0.52 to 1.5 and bounces above the prior'),
 'lr-too-high.rmsprop-0.2-transits': ('lr-too-high', 'probe', ['dead-relu'], 'rmsprop at 0.2: the loss spikes (51, 86, 83) and ends 3.7x the baseline'),
 'lr-too-high.adam-1-spirals': ('lr-too-high', 'probe', ['dead-relu'], 'adam at lr 1 on spirals: first epoch loss 25.8, then stuck at or above chance with most relu units dead'),
 'oscillating-loss.sgd-momentum-0.99-transits': ('lr-too-high', 'probe', ['exploding-gradient'], 'sgd 0.1 with momentum 0.99: the loss grows every epoch to 1e25 (re-filed from oscillating-loss: it diverges)'),
 'lr-too-low.sgd-1e-5-transits': ('lr-too-low', 'probe', ['loss-plateau'], 'plain sgd at 1e-5: the loss moves 1.31 to 1.22 in 80 epochs'),
 'lr-too-low.adam-1e-6-lock': ('lr-too-low', 'probe', [], 'adam at 1e-6 (a fine-tuning rate) from scratch: the loss moves 1.989 to 1.977'),
 'lr-too-low.rmsprop-1e-6-fuel': ('lr-too-low', 'probe', [], 'rmsprop at 1e-6: the loss creeps from 0.64 to 0.58 while the same net reaches ~0.01'),
 'lr-too-low.sgd-nesterov-1e-5-incidents': ('lr-too-low', 'probe', [], 'nesterov sgd at 1e-5: the loss stays 3.7x the prior after 100 epochs'),
 'saturated-activation.sigmoid-raw-tonnes': ('saturated-activation', 'probe', [], 'sigmoid hidden layer fed raw distances and tonnes (normalize none): all units pinned'),
 'saturated-activation.tanh-raw-rpm': ('saturated-activation', 'probe', [], 'tanh hidden layer fed raw engine rpm (700-1900): all units pinned, loss at the mean'),
 'saturated-activation.sigmoid-big-bias-incidents': ('saturated-activation', 'probe', [], 'sigmoid layer with bias 8: every unit outputs ~1 and the loss stays at the prior'),
 'saturated-activation.tanh-raw-tow-length': ('saturated-activation', 'probe', [], 'tanh layer on raw tow lengths (40-270 m) with std 0.5 init: 96% of outputs saturated'),
 'loss-plateau.weight-decay-one-transits': ('loss-plateau', 'training', [], 'weightDecay 1 (meant 1e-4): the loss bottoms at 0.25 by epoch 13 and stalls near 0.3 while the net can reach 0.01'),
 'loss-plateau.dropout-0.9-lock': ('loss-plateau', 'training', [], 'dropout 0.9 after a 16-unit layer: the loss stalls around 1.25 near the prior'),
 'loss-plateau.sigmoid-stack-sgd-fuel': ('loss-plateau', 'training', ['lr-too-low'], 'three narrow sigmoid layers with plain sgd 0.005: the loss stalls at 1.005 of the mean'),
 'loss-plateau.weight-decay-incidents': ('loss-plateau', 'training', [], 'weightDecay 0.5 on momentum sgd: the loss sits exactly at the prior from epoch 3'),
 'oscillating-loss.adam-0.05-batch1-fuel': ('oscillating-loss', 'training', ['lr-too-high'], 'adam 0.05 with batch 1: the loss swings between 0.056 and 0.24 for 60 epochs without settling (same net reaches 0.006)'),
 'oscillating-loss.rmsprop-0.05-batch2-lock': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop 0.05 with batch 2: the loss swings between 0.91 and 1.20 without settling'),
}
DROP = {
 'shape-mismatch.incident-two-sigmoids': 'two sigmoid units for a binary target under bce: the engine accepts it and it trains (0.56 of baseline); not clearly a fault',
 'dead-relu.bias-minus-three-lock': 'only 33% of units dead and the loss stalls at 0.92: neither a clear dead-relu nor a clean plateau',
 'oscillating-loss.sgd-full-batch-edge-incidents': 'period-2 zigzag of a few thousandths while the loss keeps falling to 0.53 of baseline: too small to call oscillation',
 'data-error.renamed-export-missing': 'trimmed to keep the set at 65 faults (a second missing-file case)',
 'invalid-spec.validation-split-whole': 'trimmed to keep the set at 65 faults (fine invalid-spec, fifth of its code)',
 'exploding-gradient.raw-rpm-raw-fuel-rmsprop': 'NaN in the first epoch (would re-file as nan-loss); trimmed: its name says rmsprop but it uses sgd (authoring slip), and it duplicates the raw-data NaN cases',
 'lr-too-high.sgd-1.5-fuel': 'trimmed: NaN by epoch 2, duplicate of the nan-loss cases rather than a clear lr-too-high',
 'lr-out-of-range.sgd-lr-zero-fuel': 'trimmed: duplicate of the lr 0 case',
 'ok.incidents-rmsprop-batch1': 'healthy candidate ended at 0.89 of baseline: not far enough below it',
 'ok.incidents-logistic': 'healthy candidate ended at 0.75 of baseline: borderline',
 'ok.incidents-sgd-momentum-elu': 'healthy candidate ended at 0.72 of baseline: borderline',
 'ok.lock-adam-relu': 'train loss 0.26 of baseline but validation loss 1.17 (0.89 of baseline): overfits badly, borderline as healthy',
 'ok.transits-raw-features-bn': 'healthy candidate bounced (min 0.14, last 0.20 of baseline): borderline',
}

def describe(spec):
    d = spec['data']
    src = os.path.basename(d['csv']) if 'csv' in d else ('inline table' if 'inline' in d else d['builtin'])
    norm = d.get('normalize', 'none')
    nt = d.get('normalizeTarget')
    tgt = f" target {d['target']}" if 'csv' in d else ''
    layers = ', '.join((f"{l['units']} {l.get('activation', 'linear')}" + (' bn' if l.get('batchNorm') else '')) if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
    o = spec['optimizer']
    extra = ''.join([f", momentum {o['momentum']}" if o.get('momentum') else '', ' nesterov' if o.get('nesterov') else '',
                     f", weightDecay {o['weightDecay']}" if o.get('weightDecay') else '', f", clipNorm {o['clipNorm']}" if o.get('clipNorm') else ''])
    t = spec['training']
    vs = f", validationSplit {t['validationSplit']}" if t.get('validationSplit') else ''
    return f"{src}{tgt} normalize {norm}{' target ' + nt if nt else ''}, [{layers}], {spec['loss']}, {o['type']} {o['lr']}{extra}, batch {t['batchSize']}, {t['epochs']} epochs{vs}"

for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, sub), exist_ok=True)
faults, healthy = [], []
names = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
for n in names:
    src = os.path.join(CAND, n + '.nn.json')
    spec = json.load(open(src))
    line = obs[n]
    if n in DROP:
        shutil.move(src, os.path.join(HERE, 'dropped', n + '.nn.json'))
    elif n.startswith('ok.'):
        shutil.move(src, os.path.join(HERE, 'healthy', n + '.nn.json'))
        healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{describe(spec)} (observe: {line})'})
    else:
        code, stage, more, text = F[n]
        new = n if n.startswith(code + '.') else code + '.' + n.split('.', 1)[1]
        shutil.move(src, os.path.join(HERE, 'faulty', new + '.nn.json'))
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + more})
os.rmdir(CAND)
about = ('Fault set blind254 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
         'Theme: barge operators and inland shipping. "code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it, '
         '"catches" the codes whose advice would genuinely fix it. Each "fault" and "covers" ends with its bare-engine result from test/faults/observe.ts --summary '
         '(observed.txt); --curve for the lr-too-high, lr-too-low, plateau and oscillating candidates (observed-curves.txt). Data (data/generate.ts, seed 254): '
         'transits.csv (420 tow transits, skewed cargo tonnes, collinear locks/lock wait, crew count with no effect, tow id and timestamp text columns, raw hours target), '
         'transits-gaps.csv (the same with NA/empty/n/a markers), hull_incidents.csv (480 legs, rare 9% incident class, barge class text column), '
         'lock_delays.csv (450 lock passages, semicolons and decimal commas, 4 Dutch delay classes with a rare "stremming"), fuel_burn.tsv (360 engine logs, tab-separated, '
         'fuel and collinear CO2 targets, water temperature with no effect), draft_survey.csv (120 surveys, a few drafts typed with a unit); plus builtins and two inline tables.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
from collections import Counter
print(len(faults), len(healthy), len(os.listdir(os.path.join(HERE, 'dropped'))))
print(sorted(Counter(f['code'] for f in faults).items()))
print(sorted(Counter(f['stage'] for f in faults).items()))
