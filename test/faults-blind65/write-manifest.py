#!/usr/bin/env python3
"""Files the candidates of the sixty-fifth blind fault set and writes manifest.json.

Run from anywhere after `npx tsx test/faults-blind65/author.ts` and the observation runs:
`python3 test/faults-blind65/write-manifest.py`. Each verdict below was decided from the bare
engine's numbers (observed.txt, observed-curves.txt, observed-steps.txt), never from the product.
Every candidate is filed exactly once: faulty/<code>.<slug>.nn.json, healthy/<slug>.nn.json or
dropped/<candidate>.nn.json. Each manifest entry ends with the candidate's observed.txt line.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

# candidate name (without .nn.json) -> (stage, catches, fault text). The code is the name's prefix.
FAULTS = {
    # ---- static
    'invalid-spec.relu-capitalised': ('static', [], 'activation written "ReLU" on both hidden layers of the stream-grade classifier, the PyTorch class name typed from habit'),
    'invalid-spec.learning-rate-key': ('static', [], 'optimizer block written {"type": "adam", "learning_rate": 0.001} for the camera-trap count model, the Keras argument name instead of "lr"'),
    'invalid-spec.keras-loss-name': ('static', [], 'loss "categorical_crossentropy" (the Keras name) for the 5-species camera-trap classifier instead of "cce"'),
    'invalid-spec.dense-capitalised-type': ('static', [], 'first layer of the invasive-presence model typed {"type": "Dense"} (Keras class name) instead of "dense"'),
    'invalid-spec.epochs-as-string': ('static', [], 'training.epochs written as the string "200" in the tree-biomass spec (copied from a field-sheet config where everything is quoted)'),
    'data-error.counts-file-typo': ('static', [], 'camera-trap count spec points at "../data/camtrap_count.csv" (singular); the file is camtrap_counts.csv'),
    'data-error.biomass-column-renamed': ('static', [], 'tree-biomass spec targets "AGB_kg", the column name of last year\'s allometry sheet; this file calls it biomass_kg'),
    'data-error.nitrate-below-detection': ('static', [], 'stream grade trained on the raw field sheet streams_field.csv, whose nitrate column has "NA" (missed samples) and "<0.1" (below the detection limit) cells'),
    'data-error.site-code-as-feature': ('static', [], 'stream-grade spec leaves out "features", so the string site code column ("MIL-06", "BRK-07") is fed in as a feature'),
    'data-error.pilot-season-four-birds': ('static', [], 'sexing model pointed at birds_2019.csv, the 4-bird pilot season (all females): far too few rows, a single class'),
    'data-error.feature-typo-canopy': ('static', [], 'feature list names "canopy_cover" for the camera-trap counts; the column is canopy_pct'),
    'shape-mismatch.four-species-outputs': ('static', [], '4-unit softmax output for the camera-trap species, written before otter was added as a fifth species'),
    'shape-mismatch.three-grades': ('static', [], '3-unit softmax output for the stream grades A/B/C/D (the writer thought of A/B/C only)'),
    'shape-mismatch.onehot-six-outputs': ('static', [], '6-unit softmax on the one-hot species file with 5 species columns (an "unknown species" unit with no column)'),
    'loss-activation-mismatch.invasive-linear-bce': ('static', [], 'bce on a linear output unit for the rare invasive-presence flag: the output is not a probability'),
    'loss-activation-mismatch.flowering-sigmoid-output': ('static', [], 'sigmoid output unit for the flowering day regressed under mse (standardised target, half of it negative): the output cannot reach it'),
    'loss-activation-mismatch.grades-sigmoid-cce': ('static', [], 'cce over a 4-unit sigmoid output for the stream grades: cce needs a softmax, the loss is driven to 0 by saturating every unit while accuracy stays at 0.41'),
    'loss-activation-mismatch.biomass-tanh-output': ('static', [], 'tanh output unit for tree biomass under mse; the standardised biomass is skewed up to +8 SD, beyond tanh\'s range'),
    'init-symmetry.counts-zeros-hidden': ('static', [], 'every layer of the camera-trap count model initialised with "zeros": identical ReLU units that never leave zero'),
    'init-symmetry.streams-constant-relu': ('static', [], 'both hidden ReLU layers of the stream-grade model initialised "constant" 0.05: every unit computes the same thing'),
    'init-symmetry.species-constant-tanh': ('static', [], 'both hidden tanh layers of the 5-species classifier initialised "constant" 0.1: the 32 and 16 units stay identical copies'),
    'init-scale.invasive-normal-std3': ('static', ['saturated-activation'], 'hidden tanh layers of the invasive-presence model initialised normal std 3 (about 10x Glorot): 72-86% of the hidden outputs pinned at +-1 (the loss still reaches 0.025, so the visible symptom is the saturation)'),
    'init-scale.phenology-tiny-uniform': ('static', ['vanishing-gradient'], 'four-layer flowering-date model initialised uniform limit 0.001 everywhere: the signal and gradients vanish and the loss never leaves the baseline'),
    'init-scale.trees-normal-std2': ('static', [], 'tree-biomass ReLU layers of 64 and 32 units initialised normal std 2 (about 10x He): the first step\'s loss is 7853 and it is NaN by step 4'),
    'no-nonlinearity.streams-activation-omitted': ('static', [], 'hidden layers of the stream-grade model written without "activation" (linear by default): the grade depends on |pH - 7.3|, which a linear model cannot follow'),
    'no-nonlinearity.species-linear-hidden': ('static', [], 'hidden layers of the 5-species model set "linear" explicitly: the stack is one linear map, the nocturnal/diurnal split by hour cannot be learnt'),
    'no-nonlinearity.circles-home-range-linear': ('static', [], 'home-range core vs edge (circles) with hidden layers left linear: a linear boundary cannot separate a ring'),
    'lr-out-of-range.birds-adam-lr5': ('static', ['lr-too-high'], 'adam lr 5 for the bird sexing model (meant 5e-3)'),
    'lr-out-of-range.trees-sgd-lr1e-8': ('static', ['lr-too-low'], 'sgd lr 1e-8 for the tree-biomass model: weights cannot move in any number of epochs'),
    'lr-out-of-range.counts-rmsprop-lr20': ('static', ['lr-too-high'], 'rmsprop lr 20 for the camera-trap counts (a percentage typed as a rate)'),
    # ---- probe / training
    'dead-relu.counts-raw-adam-high': ('probe', ['lr-too-high'], 'camera-trap counts on raw features (distance to water in metres, canopy in %) with adam 0.05: the first loss is 5.7e4, the second ReLU layer ends fully dead and the loss ends at the baseline'),
    'dead-relu.species-bias-minus5': ('probe', [], 'hidden ReLU layers of the species model given bias -5 "for sparse features": nearly every unit is dead from the start and the loss never moves'),
    'dead-relu.trees-sgd-lr-half': ('probe', ['lr-too-high'], 'tree biomass with plain sgd lr 0.5: the first steps blow up and the second ReLU layer is dead for the rest of the run'),
    'dead-relu.invasive-raw-road-distance': ('probe', [], 'invasive presence on raw features (distance to road up to 6000 m, elevation in m) with momentum sgd: the first loss is 3310, the second ReLU layer is fully dead (the first 63%) and the model predicts the prior'),
    'dead-relu.streams-raw-deep-momentum': ('probe', [], 'four ReLU layers of 32 on raw stream chemistry (conductivity in the hundreds of uS/cm) with momentum sgd: the first loss is 1370, then nearly every unit of all four layers is dead and the loss sits at the baseline'),
    'dead-relu.trees-raw-kg-sgd': ('probe', ['exploding-gradient'], 'tree biomass regressed in raw kg (up to 10 t) from raw DBH/height with sgd 0.01: the first loss is 5e15, then the hidden layer is dead and the loss sits at the baseline'),
    'exploding-gradient.trees-raw-kg': ('probe', [], 'tree biomass in raw kg (no normalizeTarget) from raw DBH/height with adam: layer gradient norms of 1e4 to 7e5 all run'),
    'exploding-gradient.phenology-raw-doy-rmsprop': ('probe', [], 'flowering day of year (100-180) regressed raw from raw degree days and elevation with rmsprop: gradient norms up to 9e5, the loss ends above the baseline'),
    'exploding-gradient.counts-raw-epoch-day': ('probe', ['dead-relu'], 'survey date as days since 1970 (about 19,500) fed raw with the other raw counts features under sgd 0.01: the first loss is 4e30, output-layer gradients reach 2e14, then the hidden layer dies'),
    'exploding-gradient.trees-raw-kg-rmsprop': ('probe', [], 'standardised features but the biomass target left in kg with rmsprop: gradient norms in the thousands to 8e5 throughout'),
    'exploding-gradient.trees-raw-kg-tanh-momentum': ('probe', ['saturated-activation'], 'standardised features, biomass in raw kg, tanh hidden layer with momentum sgd: hidden gradients up to 2e4 drive the tanh layer to full saturation'),
    'vanishing-gradient.invasive-deep-sigmoid': ('probe', [], 'six hidden sigmoid layers for invasive presence with plain sgd: first-layer gradients 1e-5..2e-4, the loss never leaves the prior'),
    'vanishing-gradient.birds-deep-sigmoid': ('probe', [], 'seven hidden sigmoid layers for the bird subspecies with plain sgd: first-layer gradients 1e-5..4e-5, 10^4 below the output layer, no learning'),
    'vanishing-gradient.phenology-deep-sigmoid-sgd': ('probe', [], 'six hidden sigmoid layers for the flowering date with sgd 0.01: first-layer gradients 3e-4..1e-3, the loss stays at the baseline'),
    'nan-loss.phenology-momentum-0.3': ('probe', ['lr-too-high', 'exploding-gradient'], 'flowering-date model with sgd lr 0.3 and momentum 0.9: the loss is Infinity at step 6'),
    'nan-loss.counts-momentum-0.99-batch8': ('probe', ['lr-too-high'], 'camera-trap counts with sgd 0.05, momentum 0.99 and batch 8: the loss climbs to 6e5 by step 12 and is NaN in the first epoch'),
    'nan-loss.trees-momentum-0.95-bs8': ('probe', ['lr-too-high'], 'tree biomass (standardised) with sgd 0.05, momentum 0.95, batch 8: the loss swings up from step 3 and is NaN in the first epoch'),
    'nan-loss.phenology-fullbatch-sgd-0.4': ('probe', ['lr-too-high'], 'flowering date trained full-batch (300 rows) with sgd lr 0.4: the loss grows about 30x per step and is NaN at step 33'),
    'lr-too-high.species-adam-0.3': ('probe', ['dead-relu'], 'species classifier with adam lr 0.3: the loss reaches 0.57 then climbs back to 1.07 while the second ReLU layer dies'),
    'lr-too-high.streams-rmsprop-0.1': ('training', ['oscillating-loss'], 'stream grade with rmsprop lr 0.1: the loss jumps between 0.13 and 0.6 for the whole run instead of settling (adam 0.003 reaches 0.009)'),
    'lr-too-high.invasive-adam-0.5': ('probe', [], 'invasive presence with adam lr 0.5: the loss stalls at 0.23 (prior 0.27) with spikes to 1.4; adam 0.003 reaches 0.03'),
    'lr-too-low.trees-adam-1e-5': ('probe', [], 'tree biomass with adam lr 1e-5: after 100 epochs the loss is still 1.55x the baseline, update ratios about 1e-5'),
    'lr-too-low.species-sgd-1e-4': ('probe', [], 'species classifier with plain sgd lr 1e-4 for 60 epochs: the loss creeps from 2.03 to 1.76, above the prior entropy 1.51'),
    'lr-too-low.invasive-rmsprop-1e-5': ('probe', [], 'invasive presence with rmsprop lr 1e-5: the loss goes from 1.00 to 0.88 in 100 epochs, over 3x the prior loss'),
    'saturated-activation.streams-raw-tanh': ('probe', [], 'tanh hidden layers on raw stream chemistry (conductivity 60-1400 uS/cm): 95-98% of the first layer pinned at +-1, the loss stalls at 0.74 of the baseline'),
    'saturated-activation.invasive-raw-sigmoid': ('probe', [], 'sigmoid hidden layer on raw plot features (distance to road in m, elevation in m): 98-100% of the hidden outputs pinned at 0 or 1, no progress from the prior'),
    'saturated-activation.trees-raw-tanh': ('probe', [], 'tanh hidden layer on raw DBH/height/basal area: 67-86% of the hidden outputs pinned; the loss ends at 0.09 where the standardised model reaches 0.002'),
    'saturated-activation.phenology-raw-tanh-momentum': ('probe', [], 'tanh hidden layer on raw degree days and elevation with a raw flowering-day target: the whole hidden layer is saturated and the loss stays at the baseline'),
    'loss-plateau.species-weight-decay-0.5': ('training', [], 'weightDecay 0.5 (an AdamW-style value) on the species classifier: the loss dips to 1.22 then returns to the prior entropy 1.51 and stays flat'),
    'loss-plateau.invasive-weight-decay-0.3': ('training', [], 'weightDecay 0.3 with momentum sgd on invasive presence: the loss is flat at the prior loss 0.267 from epoch 4 to 150'),
    'loss-plateau.streams-weight-decay-0.2': ('training', [], 'weightDecay 0.2 with rmsprop on the stream grade: the loss flattens at 1.16 (0.86 of the baseline) from epoch 15 to 150'),
    'oscillating-loss.streams-adam-0.05-bs8': ('training', ['lr-too-high'], 'stream grade with adam lr 0.05 and batch 8: the loss falls to 0.025 then swings up to 0.82 and back repeatedly'),
    'oscillating-loss.counts-adam-0.1-bs8': ('training', ['lr-too-high'], 'camera-trap counts with adam lr 0.1 and batch 8: after epoch 20 the loss swings between 2.4 and 4.8 every epoch without settling (adam 0.005 reaches 1.45)'),
    'oscillating-loss.invasive-momentum-0.99': ('training', ['lr-too-high'], 'invasive presence with sgd momentum 0.99: the loss reaches 0.02 and then swings between 0.03 and 0.14, rising at the end'),
}

HEALTHY = [
    'birds-sex-bce-adam', 'birds-sex-leaky-rmsprop-wd', 'birds-subspecies-cce-adam', 'birds-subspecies-elu-momentum',
    'birds-subspecies-tanh-sgd', 'blobs-territories-adam', 'circles-home-range', 'counts-batchnorm-momentum',
    'counts-clipnorm-sgd', 'counts-elu-rmsprop', 'counts-relu-adam', 'inline-ponds-newts', 'invasive-bce-adam',
    'invasive-elu-rmsprop-wd', 'invasive-tanh-momentum-minmax', 'iris-field-key-adam', 'iris-tanh-sgd',
    'moons-habitat-boundary', 'phenology-dropout-rmsprop', 'phenology-relu-adam', 'phenology-tanh-nesterov',
    'sine-seasonal-activity', 'species-cce-adam', 'species-dropout-momentum-std', 'species-leaky-bs64-val',
    'species-onehot-tanh-rmsprop', 'spirals-three-tracks-long', 'streams-dropout-rmsprop-val', 'streams-grade-adam',
    'trees-biomass-adam', 'trees-biomass-elu-rmsprop-minmax', 'trees-tanh-sgd-small',
]

DROPPED = {
    'counts-elu-rmsprop-minmax': 'healthy candidate that only reached 0.56 of the baseline: not clearly healthy (replaced by counts-elu-rmsprop)',
    'counts-tanh-adam-val': 'healthy candidate whose hidden tanh layer is 40-48% saturated: borderline',
    'species-dropout-momentum': 'healthy candidate with half of the first ReLU layer dead (replaced by species-dropout-momentum-std)',
    'spirals-three-tracks': 'healthy candidate at acc 0.83, loss 0.31 of the baseline: not clearly healthy (replaced by spirals-three-tracks-long)',
    'streams-batchnorm-adam': 'healthy candidate whose loss swings between 0.26 and 0.53 late in the run',
    'streams-batchnorm-adam-bs64': 'healthy candidate still swinging (0.34-0.44) and only 0.32 of the baseline',
    'streams-grade-tanh-sgd': 'healthy candidate (acc 0.97) whose hidden tanh layer is 38-46% saturated: borderline',
    'trees-batchnorm-momentum-clip': 'healthy candidate whose late loss swings 0.036-0.167 (baseline 1): not clearly settled',
    'shape-mismatch.sex-two-sigmoids': 'two sigmoid outputs for the binary sex under bce: the engine accepted it and it trained like the 1-unit model (0.35 of baseline)',
    'init-symmetry.birds-constant-tanh': 'constant init on a 16-tanh layer for the subspecies still reached acc 0.997: the symmetric net (one effective unit) is enough for this task, no visible fault',
    'vanishing-gradient.phenology-deep-tanh-small': 'five tanh layers with normal std 0.05 trained fine (0.05 of the baseline): no vanishing',
    'lr-too-high.birds-sgd-lr3': 'sgd lr 3 on the subspecies trained smoothly to 2e-4: no fault',
    'exploding-gradient.phenology-raw-target-adam': 'raw flowering-day target with adam 0.001: gradient norms 270-2600 but the loss falls steadily (1.9e4 to 3.7e3), more a slow fit than an explosion; ambiguous',
    'loss-plateau.counts-raw-survey-day-adam': 'raw epoch-day feature with adam: the loss is still falling slowly at 5x the baseline, not a plateau; ambiguous between slow fit and exploding gradients',
    'oscillating-loss.birds-rmsprop-0.05': 'rmsprop 0.05 on bird sexing: small noise while converging to 0.21, no oscillation',
    'oscillating-loss.iris-sgd-batch4': 'sgd 0.5 batch 4 on iris: converged to 0.004, no oscillation',
    'oscillating-loss.iris-fullbatch-momentum': 'full-batch momentum sgd on iris: converged smoothly to 0.03',
    'oscillating-loss.iris-fullbatch-sgd-2': 'full-batch sgd lr 2 on iris: two early bumps, then smooth convergence to 0.04',
    'oscillating-loss.birds-sex-adam-0.1-bs16': 'adam 0.1 batch 16 on bird sexing: noisy but at the level of the healthy model (0.24)',
    'oscillating-loss.phenology-fullbatch-sgd-0.15': 'full-batch sgd 0.15: smooth convergence',
    'oscillating-loss.phenology-fullbatch-sgd-0.25': 'full-batch sgd 0.25: smooth convergence after two epochs',
    'oscillating-loss.phenology-fullbatch-sgd-0.32': 'diverged to NaN (a near-duplicate of nan-loss.phenology-fullbatch-sgd-0.4)',
    'oscillating-loss.phenology-fullbatch-sgd-0.36': 'diverged to NaN (a near-duplicate of nan-loss.phenology-fullbatch-sgd-0.4)',
    'oscillating-loss.phenology-fullbatch-sgd-0.8': 'diverged to NaN (a near-duplicate of nan-loss.phenology-fullbatch-sgd-0.4)',
    'oscillating-loss.subspecies-adam-0.05-bs8': 'adam 0.05 batch 8 on the subspecies: smooth convergence to 2e-5',
    'oscillating-loss.species-adam-0.05-bs8': 'adam 0.05 batch 8 on the species: swings 0.08-0.42 early but settling near 0.09 late; too weak to call',
    'oscillating-loss.streams-rmsprop-0.05-bs8': 'rmsprop 0.05 batch 8 on the stream grade: noisy (0.03-0.19) but small against the baseline 1.36 and still improving',
    'oscillating-loss.counts-rmsprop-0.03-bs8': 'rmsprop 0.03 batch 8 on counts: noisy descent to 1.96, swings small against the baseline 13.2',
    'oscillating-loss.invasive-rmsprop-0.05-bs8': 'rmsprop 0.05 batch 8 on invasive presence: noisy descent to 0.07, no clear oscillation',
    'oscillating-loss.trees-momentum-0.9-bs16': 'momentum sgd 0.02 batch 16 on tree biomass: converged to 0.02 with mild noise',
}


def observed_lines():
    lines = {}
    for line in open(os.path.join(HERE, 'observed.txt')):
        line = line.strip()
        name = line.split(':')[0].split(' ')[0].replace('.nn.json', '')
        lines[name] = line
    return lines


def describe(spec):
    d = spec['data']
    if 'csv' in d:
        src = os.path.basename(d['csv']) + ' -> ' + (d['target'] if isinstance(d['target'], str) else '+'.join(d['target']))
    elif 'builtin' in d:
        src = 'builtin ' + d['builtin'] + (f" {d['classes']} classes" if 'classes' in d else '')
    else:
        src = f"inline table of {len(d['inline']['x'])} rows"
    norm = d.get('normalize', 'none')
    if d.get('normalizeTarget'):
        norm += ', target ' + d['normalizeTarget']
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
        else:
            s = f"{l['units']} {l.get('activation', 'linear')}"
            if l.get('batchNorm'):
                s += ' bn'
            layers.append(s)
    o = spec['optimizer']
    opt = f"{o['type']} {o['lr']}"
    for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm'):
        if k in o:
            opt += f' {k} {o[k]}'
    t = spec['training']
    extra = f", validationSplit {t['validationSplit']}" if 'validationSplit' in t else ''
    return f"{src} ({norm}), [{', '.join(layers)}], {spec['loss']}, {opt}, batch {t.get('batchSize', 32)}, {t.get('epochs', 100)} epochs{extra}"


def main():
    obs = observed_lines()
    names = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    filed = set(FAULTS) | set(HEALTHY) | set(DROPPED)
    assert len(filed) == len(FAULTS) + len(HEALTHY) + len(DROPPED), 'a candidate has two verdicts'
    assert filed == set(names), f'unfiled: {set(names) - filed}; unknown: {filed - set(names)}'
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy = [], []
    for name in names:
        src = os.path.join(CAND, name + '.nn.json')
        if name in FAULTS:
            stage, extra, text = FAULTS[name]
            code = name.split('.')[0]
            shutil.copy(src, os.path.join(HERE, 'faulty', name + '.nn.json'))
            faults.append({'file': f'faulty/{name}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[name]})',
                           'stage': stage, 'catches': [code] + extra})
        elif name in HEALTHY:
            spec = json.load(open(src))
            shutil.copy(src, os.path.join(HERE, 'healthy', name + '.nn.json'))
            healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{describe(spec)} (observe: {obs[name]})'})
        else:
            shutil.copy(src, os.path.join(HERE, 'dropped', name + '.nn.json'))
    about = (
        'Sixty-fifth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
        'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
        'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
        'Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary '
        '(observed.txt); --curve for the lr, oscillating and plateau ones and borderline healthy candidates (observed-curves.txt), '
        'test/faults/steps.ts for the NaN ones (observed-steps.txt); no diagnosis code involved. Theme: ecology, wildlife and field biology: '
        'camera-trap counts (camtrap_counts.csv: 420 deployments, habitat one-hot, canopy %, distance to water in m, hour, survey day as epoch days, '
        'a Poisson count with 38% zeros), camera-trap species (camtrap_species.csv, 450 detections, 5 string species; camtrap_species_onehot.csv '
        'the same as one-hot columns), bird morphometrics (birds.csv: 360 ringed birds, wing chord, mass, bill depth, tarsus, ring id; sex F/M '
        'and 3 subspecies; birds_2019.csv a 4-row pilot), tree plots (trees.csv: 350 stems, DBH, height, basal area, wood density, biomass in kg '
        'from a Chave-style allometry, skewed to 10 t), water quality (streams.csv: 380 samples, string site codes, pH, dissolved oxygen, nitrate, '
        'conductivity in the hundreds of uS/cm, grade A-D; streams_field.csv with NA and <0.1 cells), invasive-plant presence (invasive.csv: '
        '520 plots, 7.5% present) and phenology (phenology.csv: 300 site-years, degree days, snowmelt day, flowering day of year), plus the '
        'builtins iris, blobs, moons, circles, spirals and sine and one inline table. Data written by data/generate.ts; specs by author.ts; '
        'this manifest by write-manifest.py. See README.md for how it was written and what was read.'
    )
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write('\n')
    counts = {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(DROPPED)} dropped')
    for code in sorted(counts):
        print(f'  {code}: {counts[code]}')


if __name__ == '__main__':
    main()
