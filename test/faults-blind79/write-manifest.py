#!/usr/bin/env python3
"""Files the candidates of test/faults-blind79 by what the bare engine did (observed.txt) and writes manifest.json.

Run from the set's folder after author.ts and the observe runs: python3 write-manifest.py
"""
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

observed = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    if not line:
        continue
    m = re.match(r'^([^\s:]+?)(?:\.nn\.json)?[:\s]', line)
    observed[m.group(1)] = line

# candidate -> (code, slug, stage, catches, fault text)
FAULTS = {
    'invalid-spec.learning-rate-key': ('invalid-spec', 'learning-rate-key', 'static', ['invalid-spec'], 'priority classifier with the optimizer learning rate written "learning_rate" (Keras habit) instead of "lr"'),
    'invalid-spec.batch-size-snake': ('invalid-spec', 'batch-size-snake', 'static', ['invalid-spec'], 'wildfire regression with training.batch_size in snake case (PyTorch DataLoader habit) instead of batchSize'),
    'invalid-spec.optimizer-capitalised': ('invalid-spec', 'optimizer-capitalised', 'static', ['invalid-spec'], 'flood evacuation classifier with optimizer type written "Adam" (class-name habit)'),
    'invalid-spec.units-string': ('invalid-spec', 'units-string', 'static', ['invalid-spec'], 'shelter occupancy net with units written as the string "32" (pasted from a YAML config)'),
    'data-error.target-renamed': ('data-error', 'target-renamed', 'static', ['data-error'], 'response-time regression whose target "response_time_s" is last year\'s column name; the dispatch export now calls it response_s'),
    'data-error.csv-missing': ('data-error', 'csv-missing', 'static', ['data-error'], 'priority classifier pointing at calls_2024.csv, an export never copied into data/'),
    'data-error.na-distance-cells': ('data-error', 'na-distance-cells', 'static', ['data-error'], 'dispatch export with "NA" in caller_distance_m wherever the geocoder failed, used as a feature'),
    'data-error.three-row-export': ('data-error', 'three-row-export', 'static', ['data-error'], 'evacuation classifier trained on last night\'s three-row gauge export (too few rows, one class)'),
    'data-error.pending-gust-cells': ('data-error', 'pending-gust-cells', 'static', ['data-error'], 'damage-grade classifier on a survey export whose wind_gust_kmh is "n/a" for pending assessments'),
    'data-error.feature-misspelt': ('data-error', 'feature-misspelt', 'static', ['data-error'], 'wildfire regression listing feature "humidity_pct"; the column is humidity_share'),
    'shape-mismatch.priority-one-unit': ('shape-mismatch', 'priority-one-unit', 'static', ['shape-mismatch'], 'three-class call priority (high/medium/low) with a single softmax output unit'),
    'shape-mismatch.grade-three-units': ('shape-mismatch', 'grade-three-units', 'static', ['shape-mismatch'], 'damage grade has four classes (minor..destroyed) but the softmax head has three units (the "destroyed" grade forgotten)'),
    'shape-mismatch.response-two-outputs': ('shape-mismatch', 'response-two-outputs', 'static', ['shape-mismatch'], 'response-time regression with two linear outputs for one target column'),
    'loss-activation-mismatch.triage-linear-cce': ('loss-activation-mismatch', 'triage-linear-cce', 'static', ['loss-activation-mismatch'], 'five-level triage under cce with a linear output layer instead of softmax'),
    'loss-activation-mismatch.evac-linear-bce': ('loss-activation-mismatch', 'evac-linear-bce', 'static', ['loss-activation-mismatch'], 'evacuation flag under bce with a linear output unit instead of sigmoid'),
    'loss-activation-mismatch.fire-sigmoid-regression': ('loss-activation-mismatch', 'fire-sigmoid-regression', 'static', ['loss-activation-mismatch'], 'log10 burned area (0 to 4.6) regressed through a sigmoid output that cannot exceed 1'),
    'loss-activation-mismatch.shelter-sigmoid-standard-target': ('loss-activation-mismatch', 'shelter-sigmoid-standard-target', 'static', ['loss-activation-mismatch'], 'standardized shelter occupancy (half the targets negative) regressed through a sigmoid output'),
    'init-symmetry.response-zeros-hidden': ('init-symmetry', 'response-zeros-hidden', 'static', ['init-symmetry'], 'response-time net with both ReLU hidden layers initialised to zeros'),
    'init-symmetry.grade-constant-tanh': ('init-symmetry', 'grade-constant-tanh', 'static', ['init-symmetry'], 'damage-grade net whose tanh hidden layer is initialised to the constant 0.1, so its 24 units stay identical'),
    'init-symmetry.flood-zeros-tanh': ('init-symmetry', 'flood-zeros-tanh', 'static', ['init-symmetry'], 'evacuation classifier with zero init on the tanh hidden layer and the output'),
    'init-scale.shelter-normal-std-3': ('init-scale', 'shelter-normal-std-3', 'static', ['init-scale'], 'shelter occupancy net with every layer drawn from normal std 3 (He would be about 0.25-0.63)'),
    'init-scale.priority-tiny-std': ('init-scale', 'priority-tiny-std', 'static', ['init-scale', 'vanishing-gradient'], 'priority classifier with three 64-unit ReLU layers drawn from normal std 1e-4 (He would be about 0.18-0.63)'),
    'vanishing-gradient.response-deep-tanh-small-init': ('init-scale', 'response-deep-tanh-std-0.02', 'static', ['init-scale', 'vanishing-gradient'], 'four 32-unit tanh layers drawn from normal std 0.02 (Glorot would be about 0.18-0.23): the signal dies and the response-time loss stays at the baseline'),
    'no-nonlinearity.priority-linear-stack': ('no-nonlinearity', 'priority-linear-stack', 'static', ['no-nonlinearity'], 'priority classifier whose two hidden layers were left at the default linear activation'),
    'no-nonlinearity.shelter-linear-stack': ('no-nonlinearity', 'shelter-linear-stack', 'static', ['no-nonlinearity'], 'shelter occupancy (capacity-capped, decaying with distance) fitted by a stack of linear layers'),
    'no-nonlinearity.circles-radius-linear': ('no-nonlinearity', 'circles-radius-linear', 'static', ['no-nonlinearity'], 'inside-the-evacuation-radius classifier (circles) with only linear hidden layers'),
    'lr-out-of-range.adam-lr-5': ('lr-out-of-range', 'adam-lr-5', 'static', ['lr-out-of-range', 'lr-too-high'], 'damage-grade classifier with adam lr 5'),
    'lr-out-of-range.sgd-lr-50': ('lr-out-of-range', 'sgd-lr-50', 'static', ['lr-out-of-range', 'lr-too-high'], 'response-time regression with sgd lr 50'),
    'lr-out-of-range.rmsprop-lr-10': ('lr-out-of-range', 'rmsprop-lr-10', 'static', ['lr-out-of-range', 'lr-too-high'], 'evacuation classifier with rmsprop lr 10'),
    'dead-relu.response-negative-bias': ('dead-relu', 'response-negative-bias', 'probe', ['dead-relu'], 'response-time net with hidden ReLU biases initialised to -3 ("to keep the output quiet"): the second layer is dead from the start'),
    'dead-relu.grade-adam-0.1': ('dead-relu', 'grade-adam-0.1', 'training', ['dead-relu', 'lr-too-high'], 'damage-grade net with adam lr 0.1: three quarters of the second ReLU layer dies'),
    'dead-relu.flood-bias-minus-2': ('dead-relu', 'flood-bias-minus-2', 'probe', ['dead-relu'], 'evacuation classifier with ReLU biases set to -2: half the units never fire and the loss stays near the prior'),
    'dead-relu.shelter-raw-sgd': ('dead-relu', 'shelter-raw-sgd', 'probe', ['dead-relu', 'exploding-gradient'], 'shelter occupancy on raw features (evacuees in the tens of thousands) with momentum sgd: the first steps kill every ReLU of both hidden layers'),
    'oscillating-loss.fire-rmsprop-0.05': ('dead-relu', 'fire-rmsprop-0.05', 'training', ['dead-relu', 'lr-too-high'], 'wildfire log-area net with rmsprop lr 0.05 and batch 8: 91% of the 32 ReLU units die (intended as an oscillation, the engine showed dying units and a fine loss instead)'),
    'exploding-gradient.response-raw-sgd': ('exploding-gradient', 'response-raw-sgd', 'probe', ['exploding-gradient'], 'response time in raw seconds from raw features (distances in metres) with plain sgd: gradient norms in the millions'),
    'exploding-gradient.damage-raw-euros-momentum': ('exploding-gradient', 'damage-raw-euros-momentum', 'probe', ['exploding-gradient'], 'repair cost in raw euros (up to 260k) as the mse target with momentum sgd: output gradient norms above 1e9'),
    'nan-loss.damage-raw-everything': ('exploding-gradient', 'damage-raw-everything', 'probe', ['exploding-gradient'], 'repair cost with raw features and a raw euro target under sgd 0.001: gradient norms 1e7-1e8, loss 1e13 (intended as NaN; the engine stayed finite)'),
    'nan-loss.response-raw-sgd-0.01': ('nan-loss', 'response-raw-sgd-0.01', 'probe', ['nan-loss', 'exploding-gradient'], 'response time in raw seconds from unnormalized features with sgd 0.01'),
    'nan-loss.burned-ha-raw-momentum': ('nan-loss', 'burned-ha-raw-momentum', 'probe', ['nan-loss', 'exploding-gradient'], 'burned area in raw hectares (0.3 to 40,000) as the mse target with momentum sgd 0.01'),
    'exploding-gradient.fire-deep-he-big': ('nan-loss', 'fire-raw-deep-momentum', 'probe', ['nan-loss', 'exploding-gradient'], 'three 32-unit ReLU layers on raw wildfire features with momentum sgd 0.001'),
    'oscillating-loss.response-momentum-batch-8': ('nan-loss', 'response-momentum-batch-8', 'probe', ['nan-loss', 'lr-too-high'], 'response-time regression with sgd lr 0.3, momentum 0.9 and batch 8 (intended as an oscillation; the engine diverged to NaN)'),
    'lr-too-high.priority-adam-0.5': ('lr-too-high', 'priority-adam-0.5', 'probe', ['lr-too-high'], 'priority classifier with adam lr 0.5: the loss swings and rises from its best'),
    'lr-too-high.triage-sgd-3': ('lr-too-high', 'triage-sgd-3', 'probe', ['lr-too-high', 'oscillating-loss'], 'five-level triage with plain sgd lr 3: the loss jumps around the baseline and never settles'),
    'lr-too-high.fire-momentum-1': ('lr-too-high', 'fire-momentum-1', 'probe', ['lr-too-high', 'nan-loss'], 'wildfire log-area regression with sgd lr 1 and momentum 0.9: diverges within two epochs'),
    'oscillating-loss.cost-momentum-0.98': ('lr-too-high', 'cost-momentum-0.98', 'training', ['lr-too-high'], 'repair-cost regression with sgd lr 0.05 and momentum 0.98: the loss reaches 0.17 of the baseline then climbs to 1e8 (intended as an oscillation; the engine diverged)'),
    'lr-too-low.response-sgd-1e-5': ('lr-too-low', 'response-sgd-1e-5', 'probe', ['lr-too-low'], 'response-time regression with plain sgd lr 1e-5'),
    'lr-too-low.grade-adam-1e-6': ('lr-too-low', 'grade-adam-1e-6', 'probe', ['lr-too-low'], 'damage-grade classifier with adam lr 1e-6'),
    'lr-too-low.flood-rmsprop-1e-6': ('lr-too-low', 'flood-rmsprop-1e-6', 'probe', ['lr-too-low'], 'evacuation classifier with rmsprop lr 1e-6'),
    'saturated-activation.priority-tanh-raw-distance': ('saturated-activation', 'priority-tanh-raw-distance', 'probe', ['saturated-activation'], 'priority classifier with a tanh hidden layer on unnormalized features (caller distance in metres): the layer is pinned at +-1'),
    'saturated-activation.shelter-sigmoid-raw': ('saturated-activation', 'shelter-sigmoid-raw', 'probe', ['saturated-activation'], 'shelter occupancy with a sigmoid hidden layer on raw features (evacuees up to 19,000)'),
    'saturated-activation.grade-tanh-raw': ('saturated-activation', 'grade-tanh-raw', 'probe', ['saturated-activation'], 'damage grade with tanh hidden layers on raw features (depth in cm, gusts in km/h)'),
    'exploding-gradient.shelter-raw-evacuees': ('saturated-activation', 'shelter-raw-evacuees-tanh', 'probe', ['saturated-activation'], 'shelter occupancy with a tanh first layer on raw features and sgd 1e-3 (intended as exploding; the engine showed the tanh layer fully saturated and the loss stuck at 0.9 of the baseline)'),
    'loss-plateau.response-id-columns': ('loss-plateau', 'response-id-columns', 'training', ['loss-plateau'], 'response time predicted from call_id, received_epoch and the (constant) district column only: the loss stays at the baseline'),
    'loss-plateau.flood-station-ids': ('loss-plateau', 'flood-station-ids', 'training', ['loss-plateau'], 'evacuation flag predicted from gauge_id and the constant region column only'),
    'loss-plateau.grade-deep-sigmoid-sgd': ('loss-plateau', 'grade-deep-sigmoid-sgd', 'training', ['loss-plateau', 'vanishing-gradient'], 'damage grade through four sigmoid layers with plain sgd 0.01: the loss sits at the class-prior loss for 150 epochs'),
    'oscillating-loss.priority-momentum-0.99': ('oscillating-loss', 'priority-momentum-0.99', 'training', ['oscillating-loss', 'lr-too-high'], 'priority classifier with sgd lr 0.1 and momentum 0.99: the loss wanders between 0.44 and 1.6 without settling'),
    'lr-too-high.shelter-rmsprop-0.1': ('oscillating-loss', 'shelter-rmsprop-0.1', 'training', ['oscillating-loss', 'lr-too-high'], 'shelter occupancy with rmsprop lr 0.1: the loss flips up and down almost every epoch between 0.06 and 0.48 of the baseline'),
    'oscillating-loss.fire-large-momentum-0.97': ('oscillating-loss', 'fire-large-momentum-0.97', 'training', ['oscillating-loss', 'lr-too-high'], 'large-fire flag with sgd lr 0.5, momentum 0.97, batch 16: the loss swings between 0.24 and 1.7 (baseline 0.65)'),
    'vanishing-gradient.fire-deep-sigmoid': ('vanishing-gradient', 'fire-deep-sigmoid', 'probe', ['vanishing-gradient'], 'large-fire flag through six sigmoid hidden layers with plain sgd'),
    'vanishing-gradient.triage-deep-sigmoid-momentum': ('vanishing-gradient', 'triage-deep-sigmoid-momentum', 'probe', ['vanishing-gradient'], 'five-level triage through five 32-unit sigmoid layers with momentum sgd 0.01'),
    'vanishing-gradient.shelter-deep-sigmoid': ('vanishing-gradient', 'shelter-deep-sigmoid', 'probe', ['vanishing-gradient'], 'shelter occupancy through seven sigmoid hidden layers with plain sgd'),
}

DROPPED = {
    'shape-mismatch.evac-two-sigmoids': 'two sigmoid outputs for the single 0/1 evacuation column under bce: the engine accepted and trained it (last/base 0.13), so it is not clearly a shape fault as observed',
    'init-scale.fire-uniform-limit-2': 'uniform limit 2 on tanh layers (Glorot about 0.45) trained to accuracy 1.0: not clearly harmful',
    'loss-plateau.occupancy-raw-target-adam': 'raw occupancy target under adam 0.001: the loss falls steadily (0.43 of the baseline at the end), so it is slow, not a plateau, and not clearly lr-too-low either',
    'oscillating-loss.flood-sgd-batch-4': 'sgd 0.8 batch 4: jitter at a loss far below the baseline (0.16), swings too small relative to the baseline to call oscillation',
    'oscillating-loss.flood-sgd-2-batch-4': 'sgd 2 batch 4: one spike then jitter at 0.27 of the baseline; neither clearly oscillating nor healthy',
    'oscillating-loss.grade-rmsprop-0.03-batch-8': 'rmsprop 0.03 batch 8: the loss falls steadily with noise (0.16 of the baseline) but the tanh layer is 55% saturated; neither clearly faulty nor clearly healthy',
    'oscillating-loss.calls-priority-rmsprop-0.05': 'rmsprop 0.05 batch 16: small jitter, 0.23 of the baseline, 31% dead units; neither clearly faulty nor clearly healthy',
}

COVERS = {}  # healthy candidate -> covers text, built from the spec itself


def describe(spec):
    d = spec['data']
    src = d.get('csv', '').replace('../data/', '') + (f" -> {d['target']}" if 'target' in d else '') if 'csv' in d else (f"builtin {d['builtin']}" if 'builtin' in d else 'inline table')
    norm = d.get('normalize', 'none') + (f", target {d['normalizeTarget']}" if d.get('normalizeTarget') else '')
    layers = ', '.join(f"{l['units']} {l['activation']}" + (' bn' if l.get('batchNorm') else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
    o = spec['optimizer']
    extra = ''.join(f", {k} {o[k]}" for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if k in o)
    t = spec['training']
    return f"{spec['name']}: {src} ({norm}), [{layers}], {spec['loss']}, {o['type']} {o['lr']}{extra}, batch {t['batchSize']}, {t['epochs']} epochs"


for sub in ('faulty', 'healthy', 'dropped'):
    shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    os.makedirs(os.path.join(HERE, sub))

faults, healthy, dropped = [], [], []
for fname in sorted(os.listdir(CAND)):
    cand = fname[:-len('.nn.json')]
    obs = observed[cand]
    src = os.path.join(CAND, fname)
    if cand in FAULTS:
        code, slug, stage, catches, text = FAULTS[cand]
        assert code in catches
        dest = f'faulty/{code}.{slug}.nn.json'
        shutil.copy(src, os.path.join(HERE, dest))
        faults.append({'file': dest, 'code': code, 'fault': f'{text} (observe: {obs})', 'stage': stage, 'catches': catches})
    elif cand in DROPPED:
        shutil.copy(src, os.path.join(HERE, 'dropped', fname))
        dropped.append(cand)
    elif cand.startswith('healthy.'):
        dest = f'healthy/{cand[len("healthy."):]}.nn.json'
        shutil.copy(src, os.path.join(HERE, dest))
        spec = json.load(open(src))
        healthy.append({'file': dest, 'covers': f'{describe(spec)} (observe: {obs})'})
    else:
        raise SystemExit(f'candidate {cand} has no verdict')

missing = set(FAULTS) | set(DROPPED)
missing -= {f[:-len('.nn.json')] for f in os.listdir(CAND)}
assert not missing, missing

about = ('Seventy-ninth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Theme: emergency services and disaster response: dispatch call records (response time in seconds, '
         'call priority in 3 string classes, triage in 5 integer classes), wildfire reports (burned area in hectares spanning five decades, '
         'its log10, a large-fire flag), flood warnings (a rare 3.7% evacuation flag), shelter occupancy and damage assessments (repair cost '
         'in euros, a 4-class grade), with ID, epoch-timestamp and constant district columns, plus built-in circles, moons, blobs, spirals, '
         'sine and iris as stand-ins and one inline table. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s '
         'expectation of where it could first be caught, "catches" the codes whose advice would genuinely fix it. Each "fault" and "covers" '
         'text ends with the bare engine\'s result from test/faults/observe.ts --summary (observed.txt); curves in observed-curves.txt. '
         'Data by data/generate.ts, specs by author.ts, filing and this manifest by write-manifest.py; see README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=2)
open(os.path.join(HERE, 'manifest.json'), 'a').write('\n')

from collections import Counter
print(len(faults), 'faulty;', len(healthy), 'healthy;', len(dropped), 'dropped')
print(sorted(Counter(f['code'] for f in faults).items()))
