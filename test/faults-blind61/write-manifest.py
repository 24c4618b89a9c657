#!/usr/bin/env python3
"""Files the candidates of the sixty-first blind fault set and writes manifest.json.

Run from the set's folder after author.ts and observe.ts (observed.txt):
    python3 write-manifest.py
Each faulty candidate gets its verdict here (code from its name, stage, catches, fault text); the
fault text and each healthy "covers" end with the spec's line from observed.txt. Candidates listed in
DROPPED go to dropped/ (kept for transparency, named in README.md).
"""
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

# name -> (stage, catches beyond its own code, fault text)
FAULTS = {
    # invalid-spec
    'invalid-spec.optimizer-learning-rate-key': ('static', [], 'optimizer written with the Keras/PyTorch key "learning_rate" instead of "lr" on a reaction-yield regression'),
    'invalid-spec.loss-keras-name': ('static', [], 'loss written "binary_crossentropy" (Keras name) instead of "bce" on the toxicity classifier'),
    'invalid-spec.init-glorot-name': ('static', [], 'init "glorot_uniform" (Keras name) instead of "xavier_uniform" on both hidden layers of the alloy-hardness model'),
    'invalid-spec.epochs-at-top-level': ('static', [], 'epochs and batchSize written at the top level of the corrosion-rate spec instead of inside "training"'),
    # data-error
    'data-error.target-without-unit-suffix': ('static', [], 'target "yield" but the reactor log column is "yield_pct" (the unit suffix forgotten)'),
    'data-error.lims-export-na-cells': ('static', [], 'LIMS export of the reactor runs with "NA" and empty catalyst_mg cells used as is'),
    'data-error.molecule-id-as-feature': ('static', [], 'the string identifier column mol_id ("MOL-0001") listed among the descriptor features'),
    'data-error.field-export-units-in-cells': ('static', [], 'corrosion field export with the unit written into every temperature cell ("45.1 C")'),
    'data-error.path-from-project-root': ('static', [], 'CSV path written from the project root ("data/alloys.csv") instead of relative to the spec folder'),
    # shape-mismatch
    'shape-mismatch.four-units-five-families': ('static', [], 'softmax output of 4 units for 5 compound families in the binned spectra'),
    'shape-mismatch.three-grades-assumed': ('static', [], 'softmax output of 3 units for the polymer grades 1-4 (4 classes)'),
    'shape-mismatch.two-targets-one-output': ('static', [], 'two regression targets (hardness_HV and uts_MPa) but a single output unit'),
    # loss-activation-mismatch
    'loss-activation-mismatch.softmax-with-mse': ('static', [], 'softmax output trained with mse on the 5 compound families (cce intended); the engine still fits this easy data'),
    'loss-activation-mismatch.linear-output-bce': ('static', [], 'linear output unit under bce for the rare-toxicity flag (sigmoid forgotten)'),
    'loss-activation-mismatch.sigmoid-yield-percent': ('static', [], 'sigmoid output for a yield in % (0-84, raw) under mse: the output can never exceed 1'),
    'loss-activation-mismatch.sigmoid-grades-cce': ('static', [], '4 sigmoid output units under cce for the 4 polymer grades (softmax intended)'),
    # init-symmetry
    'init-symmetry.zeros-hidden-alloys': ('static', [], 'both ReLU hidden layers of the hardness model initialised with zeros'),
    'init-symmetry.constant-tanh-two-layers-alloys': ('static', [], 'both tanh hidden layers initialised with the constant 0.1, so their units stay identical'),
    'init-symmetry.constant-relu-yield': ('static', [], 'both ReLU hidden layers of the yield model initialised with the constant 0.05'),
    # init-scale
    'init-scale.normal-std-two-molecules': ('static', [], 'normal init with std 2 on two 64-unit ReLU layers (He std would be ~0.2-0.6)'),
    'init-scale.tiny-normal-deep-tanh': ('static', ['vanishing-gradient'], 'four 32-unit tanh layers initialised normal std 0.001, far below Glorot (~0.2)'),
    'init-scale.uniform-limit-three-spectra': ('static', ['saturated-activation'], 'uniform init with limit 3 on a 64-unit tanh layer fed 40 spectrum bins (Glorot limit ~0.24)'),
    # no-nonlinearity
    'no-nonlinearity.linear-stack-corrosion': ('static', [], 'corrosion rate (multiplicative in temperature, chloride, pH) fitted with hidden layers all linear'),
    'no-nonlinearity.linear-hidden-circles': ('static', [], 'miscibility-gap (circles) classifier with both hidden layers linear'),
    'no-nonlinearity.activation-omitted-yield': ('static', [], 'activation left out of every hidden layer of the yield model (defaults to linear)'),
    # lr-out-of-range
    'lr-out-of-range.adam-lr-ten': ('static', ['lr-too-high'], 'adam with lr 10 on the alloy-hardness regression'),
    'lr-out-of-range.sgd-lr-percent': ('static', ['lr-too-high', 'nan-loss'], 'sgd with momentum and lr 50 (a percentage habit) on the reaction-success classifier'),
    'lr-out-of-range.rmsprop-lr-five': ('static', ['lr-too-high'], 'rmsprop with lr 5 on the solubility regression'),
    # dead-relu
    'dead-relu.negative-bias-reactions': ('probe', [], 'ReLU layers given an initial bias of -5 on standardised reactor features: almost every unit is off from the start'),
    'dead-relu.bias-minus-three-molecules': ('probe', [], 'ReLU layer with bias -3 and Xavier init on standardised descriptors: most units never fire'),
    'dead-relu.detector-counts-sgd': ('probe', [], 'raw detector counts (0-40000) fed unnormalised to a ReLU net under sgd: the first update kills every hidden unit'),
    'dead-relu.raw-viscosity-momentum': ('probe', [], 'raw viscosity (Pa·s, thousands) and Mw fed unnormalised to a ReLU layer under sgd momentum: the first steps kill all hidden units'),
    # exploding-gradient
    'exploding-gradient.raw-chloride-deep-adam': ('probe', [], 'corrosion features left unnormalised (chloride up to 25000 ppm) in a 3-layer ReLU net: gradients of 1e3-1e8'),
    'exploding-gradient.raw-uts-target-deep-adam': ('probe', [], 'tensile strength in raw MPa (~1000) as the mse target without normalizeTarget in a deep ReLU net: gradient norms 1e3-1e5'),
    'exploding-gradient.raw-uts-target-clipped-sgd': ('probe', [], 'raw MPa target without normalizeTarget under sgd with clipNorm 1: gradient norms 1e3-1e4, clipped steps barely move the loss'),
    # vanishing-gradient
    'vanishing-gradient.deep-sigmoid-logS': ('probe', [], 'six sigmoid hidden layers for solubility under plain sgd: the first layers get ~1e-3 of the last layer\'s gradient'),
    'vanishing-gradient.deep-sigmoid-spectra': ('probe', [], 'five sigmoid hidden layers for the spectra families under sgd: first-layer gradients ~1e-3 of the last'),
    'vanishing-gradient.small-init-tanh-tower': ('probe', ['init-scale'], 'five 24-unit tanh layers with normal std 0.05 init under sgd: the signal and gradients shrink layer by layer'),
    # nan-loss
    'nan-loss.raw-pascal-and-date-sgd': ('probe', ['exploding-gradient'], 'run date (epoch seconds ~1.6e9) and pressure in Pa fed unnormalised under sgd 0.01'),
    'nan-loss.raw-uts-sgd': ('probe', ['exploding-gradient'], 'raw features (temperatures in °C next to fractions) and raw MPa target under sgd 0.01'),
    'nan-loss.raw-pressure-tiny-lr': ('probe', ['exploding-gradient'], 'pressure in Pa (1e5-9e5) and residence time in s unnormalised; even sgd lr 1e-6 overflows'),
    'nan-loss.momentum-batch8-corrosion': ('probe', ['lr-too-high'], 'sgd lr 0.3 with momentum 0.95 and batches of 8 on the corrosion rate'),
    'nan-loss.online-sgd-yield': ('probe', ['lr-too-high'], 'online sgd (batch size 1) at lr 0.1 on the yield regression'),
    # lr-too-high
    'lr-too-high.adam-half-spectra': ('probe', [], 'adam with lr 0.5 on the spectra families: loss jumps to 15, swings, then sticks with dead units'),
    'lr-too-high.rmsprop-point-one-logS': ('probe', [], 'rmsprop with lr 0.1 on solubility: first epoch loss 19x baseline, then a noisy floor with most ReLU units dead'),
    'lr-too-high.momentum-alloys': ('probe', ['oscillating-loss'], 'sgd lr 0.1 with momentum 0.9 on hardness: first epoch loss 6x baseline and repeated rises later'),
    'lr-too-high.full-batch-sgd-corrosion': ('training', ['oscillating-loss'], 'full-batch sgd at lr 0.5 on the corrosion rate: converges, then the loss blows up to 2.5x baseline and rises again'),
    'lr-too-high.iris-sgd-momentum': ('training', ['oscillating-loss'], 'sgd lr 1.5 with momentum 0.9 on the iris sanity check: the loss climbs to several times the baseline'),
    # lr-too-low
    'lr-too-low.sgd-1e-5-hardness': ('probe', [], 'plain sgd at lr 1e-5 on the hardness regression for 100 epochs'),
    'lr-too-low.adam-1e-6-spectra': ('probe', [], 'adam at lr 1e-6 on the spectra families'),
    'lr-too-low.rmsprop-1e-6-corrosion': ('probe', [], 'rmsprop at lr 1e-6 on the corrosion rate'),
    # saturated-activation
    'saturated-activation.tanh-raw-reactor-units': ('probe', [], 'tanh hidden layer fed raw reactor units (temperature in K, residence in s, pressure in kPa), no normalisation'),
    'saturated-activation.sigmoid-raw-chloride': ('probe', [], 'sigmoid hidden layer fed raw corrosion features (chloride ppm in the thousands)'),
    'saturated-activation.tanh-detector-counts': ('probe', [], 'tanh hidden layer fed raw detector counts (0-40000): every unit pinned at ±1 (the output layer still separates the easy families)'),
    'saturated-activation.sigmoid-raw-polymer': ('probe', [], 'sigmoid hidden layer fed raw viscosity (Pa·s) and Mw under sgd: all units pinned, the grade model never leaves the baseline'),
    # loss-plateau
    'loss-plateau.weight-decay-typo': ('training', [], 'weightDecay 1 (meant 1e-4) on the hardness model: the loss falls to half the baseline, then climbs back and sits at it'),
    'loss-plateau.dropout-eighty-percent': ('training', [], 'dropout 0.8 after each of two small hidden layers on the yield model: the loss stalls near the baseline'),
    'loss-plateau.bookkeeping-columns-only': ('training', [], 'features set to the bookkeeping columns (batch_id, run_date, lab_id) instead of the process conditions: nothing to learn, loss flat at the baseline'),
    # oscillating-loss
    'oscillating-loss.success-sgd-lr-two': ('training', ['lr-too-high'], 'sgd lr 2 with momentum 0.9 on the reaction-success classifier: the loss swings between 0.3 and 2'),
    'oscillating-loss.toxicity-sgd-momentum': ('training', ['lr-too-high'], 'sgd lr 1.5 with momentum 0.9 on the rare-toxicity classifier: the loss swings around the baseline'),
    'oscillating-loss.moons-phase-sgd-lr-three': ('training', ['lr-too-high'], 'sgd lr 3 with momentum 0.9 on the two-phase (moons) boundary: the loss jumps between 0.03 and 2.8'),
}

DROPPED = {
    'dead-relu.adam-lr-high-narrow': 'adam lr 0.1 on 8-unit ReLU layers: 75% of the second layer dead, but the loss still reaches 0.04 of the baseline; neither clearly faulty nor healthy',
    'data-error.pilot-plant-four-batches': 'the 4-row pilot file loads (the engine trains on 4 rows); the spec failed only because those 4 rows hold 2 grades, which is a different fault',
    'shape-mismatch.two-sigmoid-units-binary': 'two sigmoid units under bce for a 0/1 target: the engine accepts it and trains well (0.15 of the baseline)',
    'init-symmetry.constant-tanh-corrosion': 'constant init of a single hidden layer: the random output layer breaks the symmetry and the loss reaches 0.05 of the baseline',
    'init-symmetry.zeros-spectra': 'zeros init of a single tanh layer: the random output layer breaks the symmetry; trains to accuracy 1.0',
    'oscillating-loss.adam-batch4-logS': 'adam lr 0.05 with batches of 4: noisy but the swings are ~1% of the baseline and the loss is good (0.05); most ReLU units die, yet not a clean example of anything',
    'oscillating-loss.rmsprop-batch8-grades': 'rmsprop lr 0.03 with batches of 8: noisy but keeps improving to 0.06 of the baseline; not clearly oscillating',
}


def observed_lines():
    lines = {}
    for line in open(os.path.join(HERE, 'observed.txt'), encoding='utf8'):
        line = line.rstrip('\n')
        m = re.match(r'^  (\S+)\.nn\.json(:| does not parse)', line)
        if m:
            lines[m.group(1)] = line.strip()
            continue
        m = re.match(r'^(\S+): base ', line)
        if m:
            lines[m.group(1)] = line.strip()
    return lines


def describe(spec):
    d = spec['data']
    if 'builtin' in d:
        src = f"builtin {d['builtin']}" + ''.join(f" {k} {d[k]}" for k in ('classes', 'samples', 'noise') if k in d)
    else:
        tgt = d['target'] if isinstance(d['target'], str) else '+'.join(d['target'])
        src = f"{os.path.basename(d['csv'])} -> {tgt}"
    norm = d.get('normalize', 'none')
    if d.get('normalizeTarget'):
        norm += f", target {d['normalizeTarget']}"
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
            continue
        extra = ''
        init = l.get('init')
        if init:
            extra += f" {init if isinstance(init, str) else init.get('name')}"
        if l.get('batchNorm'):
            extra += ' bn'
        layers.append(f"{l['units']} {l.get('activation', 'linear')}{extra}")
    o = spec['optimizer']
    opt = f"{o['type']} {o.get('lr')}"
    if o.get('momentum'):
        opt += f" momentum {o['momentum']}"
    if o.get('nesterov'):
        opt += ' nesterov'
    if o.get('weightDecay'):
        opt += f" weightDecay {o['weightDecay']}"
    if o.get('clipNorm'):
        opt += f" clipNorm {o['clipNorm']}"
    t = spec['training']
    tr = f"batch {t.get('batchSize', 32)}, {t.get('epochs', 100)} epochs"
    if t.get('validationSplit'):
        tr += f", validationSplit {t['validationSplit']}"
    return f"{src} ({norm}), [{', '.join(layers)}], {spec['loss']}, {opt}, {tr}"


def main():
    obs = observed_lines()
    names = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy = [], []
    seen = set()
    for name in names:
        src = os.path.join(CAND, name + '.nn.json')
        line = obs[name]
        if name in DROPPED:
            shutil.copy(src, os.path.join(HERE, 'dropped', name + '.nn.json'))
            seen.add(name)
            continue
        if name.startswith('healthy.'):
            slug = name[len('healthy.'):]
            spec = json.load(open(src, encoding='utf8'))
            shutil.copy(src, os.path.join(HERE, 'healthy', slug + '.nn.json'))
            healthy.append({'file': f'healthy/{slug}.nn.json', 'covers': f'{describe(spec)} (observe: {line})'})
            continue
        code = name.split('.', 1)[0]
        stage, more, text = FAULTS[name]
        seen.add(name)
        shutil.copy(src, os.path.join(HERE, 'faulty', name + '.nn.json'))
        faults.append({
            'file': f'faulty/{name}.nn.json',
            'code': code,
            'fault': f'{text} (observe: {line})',
            'stage': stage,
            'catches': [code] + more,
        })
    missing = (set(FAULTS) | set(DROPPED)) - seen
    assert not missing, missing
    about = (
        'Sixty-first fault set (issue #4), written blind for the honest measurement and frozen before the product was '
        'first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the '
        'writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose '
        'advice would genuinely fix it, decided from the fault. Each "fault" text (and each healthy "covers") carries the '
        'result measured on the bare engine by test/faults/observe.ts --summary (observed.txt); --curve for the '
        'lr-too-high, lr-too-low, oscillating and plateau ones (observed-curves.txt); no diagnosis code involved. '
        'Theme: chemistry, materials science and process engineering: reactor runs (reactions.csv: 420 runs, temperature '
        'in K, pressure in kPa and Pa, catalyst mg, residence s, solvent one-hot, a batch id, a run date in epoch seconds, '
        'a constant lab id; yield in % and success 0/1), steel alloys (alloys.csv: weight fractions summing to 1, heat '
        'treatment; hardness HV and tensile strength MPa), molecular descriptors (molecules.csv: string ids; logS and a '
        '5% toxicity flag), binned spectra (spectra.csv: 40 absorbance bins, 5 string families; spectra-counts.csv: raw '
        'detector counts), polymer batches graded 1-4 (polymers.csv), corrosion rates (corrosion.csv), three broken '
        'exports (reactions-lims.csv with NA cells, corrosion-field.csv with units in cells, polymers-pilot.csv with 4 '
        'rows), plus the iris, blobs, sine, moons, circles and spirals builtins. Data written by data/generate.ts; specs '
        'by author.ts; this manifest by write-manifest.py. See README.md for how it was written and what was read.'
    )
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf8') as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write('\n')
    counts = {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(DROPPED)} dropped')
    for code in sorted(counts):
        print(f'  {code}: {counts[code]}')


main()
