#!/usr/bin/env python3
"""Files every candidate of this set by what the bare engine showed (observed.txt, observed-curves.txt)
and writes manifest.json: `python3 test/faults-blind69/write-manifest.py` after author.ts and observe-all.sh.
Faulty candidates go to faulty/<code>.<slug>.nn.json, healthy ones to healthy/<slug>.nn.json, the rest to
dropped/ (named with the reason in README.md). Each entry ends with the spec's observed.txt line."""
import json, os, re, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

S, P, T = 'static', 'probe', 'training'
# name -> (stage, catches beyond its own code, what the practitioner did)
FAULTS = {
    'invalid-spec.optimizer-capitalised': (S, [], 'optimizer type written "Adam" (class name from Keras/PyTorch) in a telematics fault-code classifier'),
    'invalid-spec.learning-rate-key': (S, [], 'optimizer block uses "learning_rate" (Keras keyword) instead of "lr" in a driver-risk-band classifier'),
    'invalid-spec.units-as-string': (S, [], 'first layer "units": "32" written as a string (copied from a YAML config) in a used-car price regressor'),
    'invalid-spec.epoch-singular': (S, [], 'training block says "epoch": 200 instead of "epochs" in an EV battery state-of-health regressor'),
    'invalid-spec.keras-loss-name': (S, [], 'loss written "binary_crossentropy" (Keras name) instead of "bce" for the EV battery degraded flag'),
    'data-error.csv-file-renamed': (S, [], 'spec points at telematics_2024Q1.csv, the name of the export before it was renamed telematics.csv'),
    'data-error.target-name-wrong': (S, [], 'target "fuel_consumption" while the telematics export calls the column fuel_l100'),
    'data-error.sensor-gaps-na': (S, [], 'raw gateway export with sensor dropouts: "NA" coolant readings and empty rpm cells fed to the fault-code classifier'),
    'data-error.mileage-85k-text': (S, [], 'scraped used-car listings keep the mileage as shown on the site ("206k"), so a feature column is text'),
    'data-error.pilot-fleet-four-trips': (S, [], 'risk-score regressor trained on the pilot fleet export, which holds only four trips: far too few rows to learn or validate anything (the engine happily fits all four)'),
    'data-error.feature-name-without-unit': (S, [], 'feature list names "odometer" while the export calls it odometer_km'),
    'shape-mismatch.three-bands-not-four': (S, [], 'risk-band classifier with 3 softmax outputs while the trips carry 4 bands (low, moderate, high, severe)'),
    'shape-mismatch.claim-four-types': (S, [], 'warranty claim-type classifier with 4 softmax outputs for the 3 one-hot claim-type columns'),
    'shape-mismatch.price-per-make-outputs': (S, [], 'used-car price regressor with 3 linear outputs ("one per make") for a single price_eur target'),
    'shape-mismatch.soh-two-outputs': (S, [], 'battery regressor with 2 outputs meant for soh and the degraded flag, but only soh_pct is the target'),
    'loss-activation-mismatch.fuel-sigmoid-output': (S, [], 'fuel consumption in L/100 km (5-12, target not rescaled) regressed through a sigmoid output under mse: the output can never exceed 1'),
    'loss-activation-mismatch.price-sigmoid-standard-target': (S, [], 'used-car price standardized (normalizeTarget standard, half the targets negative) but regressed through a sigmoid output'),
    'loss-activation-mismatch.fault-linear-bce': (S, [], 'fault-code classifier with a linear output under bce (the sigmoid forgotten): the output is not a probability (the engine clamps it and reports a loss near zero)'),
    'loss-activation-mismatch.band-sigmoid-cce': (S, [], 'risk-band classifier with 4 sigmoid outputs under cce: the loss drives to zero while accuracy stays at chance'),
    'loss-activation-mismatch.degraded-single-softmax': (S, [], 'degraded flag with a single softmax output under bce: a one-unit softmax is always 1, so nothing can be learnt'),
    'init-symmetry.fuel-zeros-hidden': (S, [], 'fuel regressor with every layer initialised to zeros ("start neutral"): relu units output 0 and never receive gradient'),
    'init-symmetry.soh-constant-tanh': (S, [], 'battery soh regressor with constant 0.1 init on both tanh layers: all units stay identical, the net is effectively one unit wide (soh is near-linear, so the loss still falls)'),
    'init-symmetry.claims-zeros-tanh': (S, [], 'warranty claim-type classifier with zero init on the tanh hidden layer and the output: the hidden layer never moves'),
    'init-symmetry.band-constant-relu': (S, [], 'risk-band classifier with constant 0.05 init on both relu layers: every unit computes the same function'),
    'init-scale.fuel-std-2': (S, [], 'fuel regressor with normal(std 2) init on 64-wide relu layers (He would be ~0.18): the first epoch overflows'),
    'init-scale.price-std-1e-4-deep': (S, ['vanishing-gradient'], 'used-car price regressor, 4 layers initialised normal(std 1e-4): the signal dies, the loss stays at the baseline'),
    'init-scale.band-uniform-limit-3': (S, ['saturated-activation'], 'risk-band classifier with uniform(limit 3) init on two 32-wide tanh layers: the hidden layers saturate'),
    'init-scale.soh-std-5': (S, [], 'battery soh regressor with normal(std 5) init: the loss starts 75,000x the baseline and stays hundreds of times above it'),
    'no-nonlinearity.price-activations-forgotten': (S, [], 'used-car price regressor whose two hidden layers have no activation (default linear): price is exponential in age and mileage'),
    'no-nonlinearity.band-linear-hidden': (S, [], 'risk-band classifier with two hidden layers set "linear": a single linear map before the softmax'),
    'no-nonlinearity.geofence-linear': (S, [], 'inside-depot geofence (circles) with two hidden layers and no activation: a linear boundary cannot separate a ring'),
    'lr-out-of-range.adam-lr-10': (S, ['lr-too-high'], 'adam lr 10 (meant 1e-3? no Adam run uses 10) on the fuel regressor'),
    'lr-out-of-range.adam-lr-1e-9': (S, ['lr-too-low'], 'adam lr 1e-9 (typo for 1e-3) on the risk-band classifier: the weights never move'),
    'lr-out-of-range.rmsprop-lr-25': (S, ['lr-too-high'], 'rmsprop lr 25 on the warranty claim-type classifier'),
    'lr-out-of-range.sgd-lr-50': (S, ['lr-too-high', 'nan-loss'], 'sgd lr 50 on the battery soh regressor: NaN in the first epoch'),
    'dead-relu.bias-minus-3': (P, [], 'fuel regressor with relu biases initialised to -3 ("sparse activations" trick) on standardized inputs: the second layer is entirely dead and the loss stays at the baseline'),
    'dead-relu.raw-mileage-adam': (P, ['exploding-gradient'], 'used-car price regressor on raw features (mileage in km, normalize none), adam 0.01: the first steps kill most relu units'),
    'dead-relu.raw-odometer-claims': (P, ['exploding-gradient'], 'warranty claim-type classifier on raw features (odometer and part cost unscaled), sgd momentum: the first step kills every relu unit'),
    'dead-relu.narrow-deep-adam-high': (T, ['lr-too-high'], 'narrow deep fuel regressor (3 x 8 relu) with adam 0.1: units die layer by layer (88% of the third layer)'),
    'dead-relu.fuel-rmsprop-0.05': (T, ['lr-too-high'], 'fuel regressor with rmsprop 0.05 (ten times the usual): 84% of the hidden relu units die, the loss stalls at twice a healthy run'),
    'exploding-gradient.fuel-raw-rmsprop': (P, [], 'fuel regressor on raw telematics (odometer in hundreds of thousands of km, rpm in thousands) and a raw target: gradient norms of 1e7-1e9'),
    'exploding-gradient.raw-cycles-rmsprop': (P, [], 'battery soh regressor on raw charge cycles (up to 2,450) and raw soh %: gradient norms in the millions, loss 30x the baseline'),
    'exploding-gradient.deep-std-1-adam': (P, ['init-scale'], 'risk-score regressor, three 64-wide relu layers with normal(std 1) init: gradient norms up to 5,000, the loss never gets below the baseline'),
    'exploding-gradient.raw-price-clipped-sgd': (P, [], 'used-car price in raw euros on raw features; after NaNs the analyst set sgd lr 1e-6 and clipNorm 5: gradient norms of 1e9, the weights barely move'),
    'vanishing-gradient.fault-deep-sigmoid': (P, [], 'fault-code classifier with six 32-wide sigmoid layers and plain sgd: first-layer gradients 1000x smaller than the last, stuck at the baseline'),
    'vanishing-gradient.soh-sigmoid-small-init': (P, ['init-scale'], 'battery soh regressor, four sigmoid layers initialised normal(std 0.01): first-layer gradient ~1e-5, stuck at the baseline'),
    'vanishing-gradient.band-tanh-tiny-init': (P, ['init-scale'], 'risk-band classifier, five tanh layers initialised normal(std 0.02): the first layers get ~1e-4 of the output gradient'),
    'vanishing-gradient.claims-sigmoid-stack': (P, [], 'warranty claim-type classifier with five 16-wide sigmoid layers and sgd 0.02: first-layer gradient ~5e-4, stuck at the baseline'),
    'nan-loss.raw-price-sgd': (P, ['exploding-gradient'], 'used-car price regressed in raw euros (no normalizeTarget) with sgd 0.01: NaN in the first epoch'),
    'nan-loss.raw-telemetry-momentum': (P, ['exploding-gradient'], 'fuel regressor on raw telematics features (normalize none), sgd momentum 0.9: NaN in the first epoch'),
    'nan-loss.raw-duration-sgd': (P, ['exploding-gradient'], 'risk-score regressor on raw trip features (duration in seconds), sgd 0.001: NaN in the first epoch'),
    'nan-loss.deep-std-half': (P, ['exploding-gradient', 'init-scale'], 'risk-score regressor, four 64-wide relu layers with normal(std 0.5) init, sgd: NaN in the first epoch'),
    'nan-loss.soh-sgd-1.5': (P, ['lr-too-high', 'exploding-gradient'], 'battery soh regressor with plain sgd lr 1.5: the loss reaches 1e24 in the first epoch, NaN in the second'),
    'lr-too-high.band-adam-0.5': (P, ['dead-relu'], 'risk-band classifier with adam 0.5: the loss jumps, 94% of the second layer dies, it ends near the baseline'),
    'lr-too-high.claims-rmsprop-0.3': (P, ['oscillating-loss'], 'warranty claim-type classifier with rmsprop 0.3: the loss swings between 0.33 and 0.72 for 100 epochs'),
    'lr-too-high.degraded-adam-0.2': (T, ['dead-relu'], 'battery degraded-flag classifier with adam 0.2: learns to 0.06, then jumps at epoch 48 and stays at 0.25 with 69% of a layer dead'),
    'lr-too-high.fuel-adam-0.3': (P, ['dead-relu'], 'fuel regressor with adam 0.3: the first epoch kills the second relu layer, the loss sits at the baseline'),
    'lr-too-high.soh-momentum-0.3': (P, ['nan-loss', 'exploding-gradient'], 'battery soh regressor, sgd lr 0.3 with momentum 0.9: the loss climbs every epoch to 1e38 and NaN'),
    'lr-too-high.cars-adam-0.1-batch4': (T, ['oscillating-loss'], 'used-car price regressor with adam 0.1 and batch 4: reaches 0.07, jumps at epoch 23 and swings around 0.25 for the rest of the run'),
    'lr-too-low.fault-sgd-1e-5': (P, [], 'fault-code classifier with sgd lr 1e-5: the loss falls from 0.509 to 0.500 in 100 epochs, 2.3x the baseline'),
    'lr-too-low.price-adam-1e-6': (P, [], 'used-car price regressor with adam 1e-6: the loss falls 11% in 150 epochs and stays near 3x the baseline'),
    'lr-too-low.claims-rmsprop-1e-6': (P, [], 'warranty claim-type classifier with rmsprop 1e-6: update ratios ~1e-6, loss 1.31x the baseline after 150 epochs'),
    'lr-too-low.soh-sgd-1e-5': (P, [], 'battery soh regressor with plain sgd 1e-5: the loss creeps from 0.346 to 0.296 in 150 epochs while a healthy run reaches 0.015'),
    'lr-too-low.claims-clipnorm-tiny': (P, [], 'warranty claim-type classifier with clipNorm 1e-4 (the value meant for weightDecay, typed into the wrong field): every step is clipped to nothing, the loss falls 0.014 in 150 epochs'),
    'saturated-activation.fault-tanh-raw': (P, [], 'fault-code classifier with tanh layers on raw telematics (odometer, rpm unscaled): the first layer is pinned at +-1, the loss stays at the baseline'),
    'saturated-activation.soh-sigmoid-raw': (P, [], 'battery soh regressor with a sigmoid hidden layer on raw charge cycles: the layer is pinned, loss 0.41 of the baseline (healthy 0.015)'),
    'saturated-activation.price-tanh-raw': (P, [], 'used-car price regressor with a tanh layer on raw mileage in km: every unit pinned, loss at the baseline'),
    'saturated-activation.band-sigmoid-raw': (P, [], 'risk-band classifier with a sigmoid hidden layer on raw trip features (duration in seconds): 97% pinned, accuracy 0.57'),
    'saturated-activation.raw-trips-tanh': (P, [], 'risk score regressed raw on raw trip features with a tanh layer: the layer is pinned at +-1 and the loss never leaves the baseline'),
    'loss-plateau.band-weight-decay-1': (T, [], 'risk-band classifier with weightDecay 1 ("a small L2"): the loss sits at the baseline for 150 epochs'),
    'loss-plateau.fault-dropout-0.9': (T, [], 'fault-code classifier with dropout 0.9 after both hidden layers (meant keep-probability 0.9): the loss settles on the baseline (predicting "no fault")'),
    'loss-plateau.spirals-two-units': (T, [], 'GPS track-section classifier (spirals, 3 classes) with a 2-unit tanh hidden layer: the loss stalls at 0.95 of the baseline'),
    'oscillating-loss.claims-sgd-batch4': (T, ['lr-too-high'], 'warranty claim-type classifier with sgd 0.5 and batch 4: after 5 epochs the loss swings between 0.30 and 0.47 without settling'),
    'oscillating-loss.price-rmsprop-0.1': (T, ['lr-too-high'], 'used-car price regressor with rmsprop 0.1: the loss alternates between ~0.07 and ~0.13 every epoch for 100 epochs'),
    'oscillating-loss.degraded-sgd-batch1': (T, ['lr-too-high'], 'battery degraded-flag classifier with sgd 1.0 and batch 1 (online learning): the loss swings between 0.74 and 1.37, above the baseline, for 60 epochs'),
}

DROPPED = {
    'shape-mismatch.fault-two-sigmoids': 'the engine accepts 2 sigmoid outputs for a binary bce target and trains it to ~0: not a fault here',
    'init-scale.fault-std-2': 'the fault-code task is so easy that even normal(std 2) trains to ~0',
    'no-nonlinearity.fault-linear-hidden': 'the fault code is linearly separable: the linear net is perfect',
    'dead-relu.bias-minus-2-claims': 'only 8% of the units dead and the loss within the range of healthy runs',
    'exploding-gradient.raw-euro-target-adam': 'huge gradient norms from the raw-euro target, but adam still reaches 0.10 of the baseline: not clearly broken',
    'nan-loss.raw-odometer-sgd': 'NaN in epoch 1 as filed, but a near duplicate of nan-loss.raw-telemetry-momentum',
    'loss-plateau.soh-weight-decay-half': 'learns to 0.07 of the baseline despite weightDecay 0.5',
    'lr-too-high.score-sgd-0.3': 'trains as well as the healthy risk-score runs',
    'oscillating-loss.score-momentum-0.99': 'diverges to NaN at epoch 7 rather than oscillating',
    'oscillating-loss.score-rmsprop-batch8': 'trains fine (0.03 of baseline) although 81% of the relu units die: ambiguous',
    'oscillating-loss.soh-adam-batch4': 'noisy but at 0.03 of the baseline, 91% of units dead: ambiguous',
    'oscillating-loss.soh-momentum-0.95-batch8': 'diverges to NaN at epoch 15 rather than oscillating',
    'oscillating-loss.claims-adam-0.05-batch8': 'noisy but ends at a healthy loss; the hidden tanh layer 65% saturated: ambiguous',
    'oscillating-loss.fuel-sgd-0.2-batch2': 'NaN in epoch 1 rather than oscillating',
    'oscillating-loss.soh-fullbatch-sgd-0.8': 'diverges to NaN at epoch 24 rather than oscillating',
    'oscillating-loss.score-fullbatch-momentum': 'wild for 20 epochs, then settles to a healthy loss',
    'oscillating-loss.band-rmsprop-0.05-batch8': 'swings of ~0.05 on a baseline of 1.27, well below the baseline: too mild to call',
}


def observed():
    lines = {}
    for line in open(os.path.join(HERE, 'observed.txt')):
        line = line.rstrip('\n')
        name = re.match(r'^([^ :]+?)(\.nn\.json)?[: ]', line).group(1)
        lines[name] = line
    return lines


def describe(spec):
    d = spec['data']
    if 'csv' in d:
        tgt = d['target'] if isinstance(d['target'], str) else '+'.join(d['target'])
        src = f"{os.path.basename(d['csv'])} -> {tgt}, {d.get('normalize', 'none')}" + (f", target {d['normalizeTarget']}" if 'normalizeTarget' in d else '')
    elif 'builtin' in d:
        src = f"builtin {d['builtin']}" + (f" ({d['classes']} classes)" if 'classes' in d else '') + (f", {d['normalize']}" if 'normalize' in d else '')
    else:
        src = f"inline {len(d['inline']['x'])} rows, {d.get('normalize', 'none')}"
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
        else:
            extra = ' bn' if l.get('batchNorm') else ''
            init = l.get('init')
            if isinstance(init, str):
                extra += f' {init}'
            layers.append(f"{l['units']} {l.get('activation', 'linear')}{extra}")
    o = spec['optimizer']
    opt = f"{o['type']} {o.get('lr')}" + ''.join(f", {k} {o[k]}" for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if k in o)
    t = spec['training']
    tr = f"batch {t.get('batchSize')}, {t.get('epochs')} epochs" + (f", validationSplit {t['validationSplit']}" if 'validationSplit' in t else '')
    return f"{spec.get('name')}: {src}, [{', '.join(layers)}], {spec['loss']}, {opt}, {tr}"


def main():
    obs = observed()
    names = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy, problems = [], [], []
    for name in names:
        src = os.path.join(CAND, name + '.nn.json')
        line = obs.get(name)
        if line is None:
            problems.append(f'{name}: no observed line')
            continue
        if name.startswith('h.'):
            slug = name[2:]
            shutil.copy(src, os.path.join(HERE, 'healthy', slug + '.nn.json'))
            spec = json.load(open(src))
            healthy.append({'file': f'healthy/{slug}.nn.json', 'covers': f'{describe(spec)} (observe: {line})'})
        elif name in FAULTS:
            stage, extra, text = FAULTS[name]
            code = name.split('.', 1)[0]
            shutil.copy(src, os.path.join(HERE, 'faulty', name + '.nn.json'))
            faults.append({'file': f'faulty/{name}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + extra})
        elif name in DROPPED:
            shutil.copy(src, os.path.join(HERE, 'dropped', name + '.nn.json'))
        else:
            problems.append(f'{name}: not filed')
    for name in list(FAULTS) + list(DROPPED):
        if name not in names:
            problems.append(f'{name}: listed but no candidate')
    if problems:
        sys.exit('\n'.join(problems))
    about = ('Sixty-ninth fault set (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
             'Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught '
             '(static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. Each "fault" text (and each '
             'healthy "covers") ends with the line measured on the bare engine by test/faults/observe.ts --summary (observed.txt); --curve for the '
             'lr-too-high, lr-too-low, oscillating and plateau ones (observed-curves.txt); no diagnosis code involved. Theme: automotive and vehicle '
             'telematics, on five CSVs written by data/generate.ts (telematics.csv: 800 snapshots of speed, rpm, throttle, coolant, ambient, odometer '
             'plus vehicle id, epoch timestamp and a constant fleet id, a rare fault code (5.6%) and fuel in L/100 km; trips.csv: 640 trips with distance, '
             'duration in seconds, skewed hard-braking counts, night share, max speed, a risk score and a 4-class string risk band; usedcars.csv: 520 '
             'listings, age, mileage, engine size, make one-hot, log-normal price in euros; evbattery.csv: 420 packs, charge cycles, cell temperature, '
             'fast-charge share, age, state of health % and a degraded flag; warranty.csv: 480 claims, 3 one-hot claim types; plus three broken exports: '
             'telematics-gaps.csv with NA/empty cells, usedcars-scraped.csv with "206k" mileages, trips-pilot.csv with four rows), some builtins '
             '(iris, moons, circles, blobs, sine, spirals, xor) and one inline table. Specs by author.ts; this manifest by write-manifest.py. '
             'See README.md for how it was written and what was read.')
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    codes = {}
    for e in faults:
        codes[e['code']] = codes.get(e['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(DROPPED)} dropped')
    for c in sorted(codes):
        print(f'  {c}: {codes[c]}')


main()
