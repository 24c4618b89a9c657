#!/usr/bin/env python3
"""Files the candidates of test/faults-blind88 by what the bare engine showed (observed.txt,
observed-curves.txt) and writes manifest.json. Run from the set's folder after author.ts and
observe.ts: `python3 write-manifest.py`."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

observed = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    if not line:
        continue
    key = line.split(':')[0].split(' ')[0].replace('.nn.json', '')
    observed[key] = line

S, P, T = 'static', 'probe', 'training'

# candidate -> (code, slug, stage, catches, fault text)
FAULTS = {
  'invalid-spec.optimizer-adamw': ('invalid-spec', 'optimizer-adamw', S, ['invalid-spec'], 'dissolution model with optimizer type "adamw" (from a PyTorch notebook); the engine has sgd, adam and rmsprop'),
  'invalid-spec.activation-swish': ('invalid-spec', 'activation-swish', S, ['invalid-spec'], 'drug-class classifier with activation "swish", which the engine does not have'),
  'invalid-spec.loss-mae': ('invalid-spec', 'loss-mae', S, ['invalid-spec'], 'trough-level regression with loss "mae"; only mse, bce and cce exist'),
  'data-error.csv-filename-tablet': ('data-error', 'csv-filename-tablet', S, ['data-error'], 'dissolution model pointing at ../data/tablet.csv; the batch export is tablets.csv'),
  'data-error.na-tablet-weight': ('data-error', 'na-tablet-weight', S, ['data-error'], 'LIMS export with "NA" in tablet_weight_mg for batches whose weight check was not recorded'),
  'data-error.batch-id-as-feature': ('data-error', 'batch-id-as-feature', S, ['data-error'], 'out-of-specification classifier with the text batch id (such as "B-23-04000") among its features'),
  'data-error.feature-weight-kg-typo': ('data-error', 'feature-weight-kg-typo', S, ['data-error'], 'trough-level model listing the feature "weight"; the dosing column is weight_kg'),
  'shape-mismatch.drug-class-head-three': ('shape-mismatch', 'drug-class-head-three', S, ['shape-mismatch'], 'drug-class classifier with a 3-unit softmax; the formulary has four classes including the rare oncology'),
  'shape-mismatch.level-band-head-two': ('shape-mismatch', 'level-band-head-two', S, ['shape-mismatch'], 'drug-level band classifier with a 2-unit softmax (in range or not habit) for three bands'),
  'shape-mismatch.rx-head-three-units': ('shape-mismatch', 'rx-head-three-units', S, ['shape-mismatch'], 'prescriptions-per-day regression ending in 3 linear units for one target column'),
  'shape-mismatch.priority-softmax-five': ('shape-mismatch', 'priority-softmax-five', S, ['shape-mismatch'], 'resupply-priority classifier with a 5-unit softmax for three priorities'),
  'loss-activation-mismatch.tanh-head-bce-oos': ('loss-activation-mismatch', 'tanh-head-bce-oos', S, ['loss-activation-mismatch'], 'out-of-specification flag with a tanh output under bce: outputs in -1..1 are not probabilities; ends 3.7x the prior'),
  'loss-activation-mismatch.sigmoid-head-rx': ('loss-activation-mismatch', 'sigmoid-head-rx', S, ['loss-activation-mismatch'], 'standardized prescriptions per day through a sigmoid output under mse: it cannot reach targets outside 0..1; ends 0.59 of the baseline against 0.01 with a linear head, the output 75-100% pinned'),
  'loss-activation-mismatch.relu-head-cce-class': ('loss-activation-mismatch', 'relu-head-cce-class', S, ['loss-activation-mismatch'], 'drug-class classifier with a 4-unit relu output under cce instead of softmax: ends 5.2x the class prior'),
  'loss-activation-mismatch.softmax-single-unit-kits': ('loss-activation-mismatch', 'softmax-single-unit-kits', S, ['loss-activation-mismatch'], 'kits-needed regression ending in a 1-unit softmax: the output is always 1, loss a constant 2.0 with zero gradients'),
  'init-symmetry.zeros-dissolution': ('init-symmetry', 'zeros-dissolution', P, ['init-symmetry'], 'dissolution model with both ReLU layers initialised to zeros: no gradient reaches them, loss at the baseline'),
  'init-symmetry.zeros-tanh-band': ('init-symmetry', 'zeros-tanh-band', P, ['init-symmetry'], 'level-band classifier with every layer (tanh and softmax) initialised to zeros: hidden gradients 0, stuck at the class prior'),
  'init-symmetry.zeros-elu-class': ('init-symmetry', 'zeros-elu-class', P, ['init-symmetry'], 'drug-class classifier with every layer (elu and softmax) initialised to zeros: hidden gradients 0, stuck at the class prior'),
  'init-scale.normal-std-four-trough': ('init-scale', 'normal-std-four-trough', P, ['init-scale', 'exploding-gradient'], 'trough-level model with three 32-unit ReLU layers at normal std 4: first loss 1.4e7, ends 88,000x the baseline'),
  'init-scale.uniform-tiny-tanh-rx': ('init-scale', 'uniform-tiny-tanh-rx', P, ['init-scale', 'vanishing-gradient'], 'prescriptions model with three tanh layers at uniform limit 0.0002: first-layer gradients 2e-7..1e-5, loss at the baseline'),
  'init-scale.normal-std-five-priority': ('init-scale', 'normal-std-five-priority', P, ['init-scale'], 'resupply-priority classifier with two 64-unit ReLU layers at normal std 5: first loss 163, ends 3.1x the prior'),
  'no-nonlinearity.linear-hidden-band': ('no-nonlinearity', 'linear-hidden-band', S, ['no-nonlinearity'], 'level-band classifier with two linear hidden layers: the bands are thresholds on dose x frequency / clearance, ends 0.33 of the prior against 0.03 with ReLU'),
  'no-nonlinearity.xor-interaction-linear': ('no-nonlinearity', 'xor-interaction-linear', S, ['no-nonlinearity'], 'drug-interaction check on xor with an activation-less hidden layer: stays at the prior'),
  'no-nonlinearity.circles-cold-chain-linear': ('no-nonlinearity', 'circles-cold-chain-linear', S, ['no-nonlinearity'], 'cold-chain zone (circles) through two linear hidden layers: stays at the prior'),
  'no-nonlinearity.activation-omitted-trough': ('no-nonlinearity', 'activation-omitted-trough', S, ['no-nonlinearity'], 'trough level (dose x frequency over clearance and weight) through two dense layers with no activation: flat at 0.36 of the baseline against 0.02 with ReLU'),
  'lr-out-of-range.adam-five': ('lr-out-of-range', 'adam-five', S, ['lr-out-of-range', 'lr-too-high'], 'kits-needed model with adam lr 5: first loss 3.3e8, the second ReLU layer 100% dead, ends at the baseline'),
  'lr-out-of-range.sgd-lr-fifty': ('lr-out-of-range', 'sgd-lr-fifty', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'out-of-specification flag with momentum SGD lr 50: NaN in epoch 2'),
  'lr-out-of-range.rmsprop-negative': ('lr-out-of-range', 'rmsprop-negative', S, ['lr-out-of-range', 'invalid-spec'], 'level-band classifier with rmsprop lr -0.001 (sign slip); the engine refuses it'),
  'dead-relu.bias-minus-eight-band': ('dead-relu', 'bias-minus-eight-band', P, ['dead-relu'], 'level-band classifier with both ReLU layers biased at -8: 97% and 100% dead, stuck at the class prior'),
  'dead-relu.bias-minus-three-kits': ('dead-relu', 'bias-minus-three-kits', P, ['dead-relu'], 'kits-needed model with both ReLU layers biased at -3 and momentum SGD 0.005: the second layer 96% dead, loss at the baseline'),
  'dead-relu.negative-bias-dissolution': ('dead-relu', 'negative-bias-dissolution', P, ['dead-relu'], 'dissolution model with both ReLU layers biased at -4: the second layer 100% dead, no gradient reaches the first, loss at the baseline'),
  'dead-relu.raw-speed-sgd-oos': ('dead-relu', 'raw-speed-sgd-oos', P, ['dead-relu', 'exploding-gradient'], 'out-of-specification flag on raw press speeds (tablets per hour, up to 300,000; normalize none) with SGD 0.05: first loss 2.5e10, then both ReLU layers 100% dead, stuck at the prior'),
  'dead-relu.rmsprop-high-rx': ('dead-relu', 'rmsprop-high-rx', P, ['dead-relu', 'lr-too-high'], 'prescriptions model with rmsprop lr 0.3: the second ReLU layer dies completely, ends 1.07x the baseline'),
  'exploding-gradient.deep-relu-normal-wide': ('exploding-gradient', 'deep-relu-normal-wide', P, ['exploding-gradient', 'init-scale'], 'trough model, four 48-unit ReLU layers at normal std 0.6: first loss 378, gradients in the hundreds, ends 1.36x the baseline'),
  'exploding-gradient.raw-press-speed-adam': ('exploding-gradient', 'raw-press-speed-adam', P, ['exploding-gradient'], 'dissolution from raw press speeds, tablet weights and hardness (normalize none) with adam 0.05: gradient norms up to 1.3e9, ends 80x the baseline'),
  'exploding-gradient.raw-population-features': ('exploding-gradient', 'raw-population-features', P, ['exploding-gradient'], 'prescriptions per day from raw catchment populations (up to 300,000; normalize none) with adam 0.01: gradient norms up to 3e9, ends 22x the baseline'),
  'vanishing-gradient.deep-sigmoid-oos': ('vanishing-gradient', 'deep-sigmoid-oos', P, ['vanishing-gradient'], 'out-of-specification flag through five 12-unit sigmoid layers with momentum SGD: first-layer gradients 1.6e-4..1e-3, loss at the prior'),
  'vanishing-gradient.sigmoid-tower-band': ('vanishing-gradient', 'sigmoid-tower-band', P, ['vanishing-gradient'], 'level-band classifier through five 24-unit sigmoid layers with SGD 0.02: first-layer gradient below 1e-3, stuck at the class prior'),
  'vanishing-gradient.sigmoid-tower-dissolution': ('vanishing-gradient', 'sigmoid-tower-dissolution', P, ['vanishing-gradient'], 'dissolution model through six 20-unit sigmoid layers with momentum SGD 0.005: first-layer gradients 2e-4..1e-3, loss at the baseline'),
  'nan-loss.sgd-raw-kits': ('nan-loss', 'sgd-raw-kits', P, ['nan-loss', 'lr-too-high'], 'kits needed next month as a raw count (normalizeTarget none, up to 11,361) with SGD 0.05: NaN in the first epoch'),
  'nan-loss.sgd-batch-one-trough': ('nan-loss', 'sgd-batch-one-trough', P, ['nan-loss', 'lr-too-high'], 'trough-level model with SGD 0.4 at batch size 1: NaN in the first epoch'),
  'nan-loss.momentum-0.99-rx': ('nan-loss', 'momentum-0.99-rx', P, ['nan-loss', 'lr-too-high'], 'prescriptions model with SGD lr 0.1 and momentum 0.99: NaN in the first epoch'),
  'nan-loss.sgd-raw-rx-per-day': ('nan-loss', 'sgd-raw-rx-per-day', P, ['nan-loss', 'lr-too-high'], 'prescriptions per day as a raw count (normalizeTarget none) with SGD 0.02: NaN in the first epoch'),
  'lr-too-high.adam-0.1-class': ('lr-too-high', 'adam-0.1-class', T, ['lr-too-high', 'oscillating-loss'], 'drug class with adam lr 0.1, batch 16: noisy between 0.10 and 0.59 with spikes late in the run (ends 0.22) where adam 0.005 reaches 0.04; 69-75% of the second layer dead (curve in observed-curves.txt)'),
  'lr-too-high.adam-0.1-priority': ('lr-too-high', 'adam-0.1-priority', T, ['lr-too-high'], 'resupply priority with adam lr 0.1, batch 16: noisy between 0.30 and 0.73 for the whole run where adam 0.005 reaches 0.03; 81% of the second layer dead (curve in observed-curves.txt)'),
  'lr-too-high.momentum-0.5-band': ('lr-too-high', 'momentum-0.5-band', P, ['lr-too-high'], 'level-band classifier with SGD lr 0.5 and momentum 0.9: starts at 2.1, then stuck noisy at 0.58-1.45 where momentum 0.03 reaches 0.10; 66% of the ReLU layer dead (curve in observed-curves.txt)'),
  'lr-too-high.nesterov-0.8-priority': ('lr-too-high', 'nesterov-0.8-priority', P, ['lr-too-high'], 'resupply priority with Nesterov SGD lr 0.8: the loss rises from 2.1 to 5-6 and swings between 2 and 6 for the whole run, far above the prior, with the tanh layer 98% pinned (curve in observed-curves.txt)'),
  'lr-too-high.momentum-1-oos': ('lr-too-high', 'momentum-1-oos', P, ['lr-too-high'], 'out-of-specification flag with momentum SGD lr 1 (momentum 0.9), batch 16: swings between 0.46 and 1.0, 1.5-3x the prior, for the whole run; the tanh layer 97% pinned (curve in observed-curves.txt)'),
  'lr-too-low.sgd-1e-5-dissolution': ('lr-too-low', 'sgd-1e-5-dissolution', P, ['lr-too-low'], 'dissolution model with plain SGD lr 1e-5: 60 epochs move the loss from 2.34 to 1.20, still above the baseline'),
  'lr-too-low.adam-1e-6-class': ('lr-too-low', 'adam-1e-6-class', P, ['lr-too-low'], 'drug class with adam lr 1e-6: 2.16 to 2.14, far above the class prior'),
  'lr-too-low.rmsprop-1e-6-kits': ('lr-too-low', 'rmsprop-1e-6-kits', P, ['lr-too-low'], 'kits-needed model with rmsprop lr 1e-6: 1.97 to 1.93, above the baseline'),
  'lr-too-low.momentum-1e-6-band': ('lr-too-low', 'momentum-1e-6-band', P, ['lr-too-low'], 'level band with momentum SGD lr 1e-6: 2.17 to 2.12, above the prior'),
  'saturated-activation.sigmoid-raw-dose-mg': ('saturated-activation', 'sigmoid-raw-dose-mg', P, ['saturated-activation'], 'trough level from raw doses in mg (250-2,000), creatinine clearance and weight (normalize none) through a sigmoid layer: 99-100% pinned, 0.39 of the baseline against 0.02-0.07 normalized'),
  'saturated-activation.sigmoid-raw-press-speed': ('saturated-activation', 'sigmoid-raw-press-speed', P, ['saturated-activation'], 'out-of-specification flag with sigmoid hidden layers on raw press speeds and tablet weights (normalize none): the first layer 100% pinned, no gradient, loss at the prior'),
  'saturated-activation.tanh-raw-population-rx': ('saturated-activation', 'tanh-raw-population-rx', P, ['saturated-activation'], 'prescriptions model with a tanh layer on raw catchment populations (normalize none): every unit pinned, zero first-layer gradient, loss at the baseline'),
  'saturated-activation.tanh-raw-stock-priority': ('saturated-activation', 'tanh-raw-stock-priority', P, ['saturated-activation'], 'resupply priority with a tanh layer on raw stock units, days to expiry and kit costs: 99-100% pinned, 0.64 of the prior against 0.03-0.21 normalized'),
  'loss-plateau.spirals-one-unit-bottleneck': ('loss-plateau', 'spirals-one-unit-bottleneck', T, ['loss-plateau'], 'blister-line routing spirals (3 classes) through a 1-unit tanh layer: flat at 0.98 of the baseline'),
  'loss-plateau.weight-decay-one-band': ('loss-plateau', 'weight-decay-one-band', T, ['loss-plateau'], 'level-band classifier with SGD weightDecay 1 (meant 1e-4): flat at the class prior from epoch 10'),
  'loss-plateau.store-and-week-only': ('loss-plateau', 'store-and-week-only', T, ['loss-plateau'], 'prescriptions model whose features kept only store_id and week_ts: hovers at 0.96-1.0 of the baseline'),
  'loss-plateau.plant-constant-only': ('loss-plateau', 'plant-constant-only', T, ['loss-plateau'], 'out-of-specification flag whose only feature is the constant plant id: the loss falls to the prior and stays there'),
  'oscillating-loss.rmsprop-full-batch-dissolution': ('oscillating-loss', 'rmsprop-full-batch-dissolution', T, ['oscillating-loss', 'lr-too-high'], 'dissolution with rmsprop 0.05 on the full 720 batches per step: settles near 0.10-0.13, then spikes to 1.2, 0.88, 0.49, 0.27 and back, again and again'),
  'oscillating-loss.rmsprop-full-batch-trough': ('oscillating-loss', 'rmsprop-full-batch-trough', T, ['oscillating-loss', 'lr-too-high'], 'trough level with rmsprop 0.03 on full batches: near 0.12-0.14 between repeated spikes to 1.2, 0.62, 0.38, 0.29'),
  'oscillating-loss.rmsprop-full-batch-rx': ('oscillating-loss', 'rmsprop-full-batch-rx', T, ['oscillating-loss', 'lr-too-high'], 'prescriptions per day with rmsprop 0.03 on full batches: swings between 0.06 and 0.55, damping to 0.07-0.10, where minibatch adam reaches 0.007'),
  'oscillating-loss.rmsprop-full-batch-kits': ('oscillating-loss', 'rmsprop-full-batch-kits', T, ['oscillating-loss', 'lr-too-high'], 'kits needed with rmsprop 0.05 on full batches: near 0.01-0.03 between repeated spikes to 3.8, 1.9, 0.93, 0.30'),
}

HEALTHY_RENAME = {}

DROPPED = {
  'exploding-gradient.raw-kits-raw-features': 'raw kits target and raw features: gradient norms up to 1.8e6, but the loss falls to 0.04 of the (raw) baseline; more a scale problem than a divergence',
  'exploding-gradient.raw-rx-target': 'raw prescriptions-per-day target: gradient norms up to 9e4, but the loss keeps falling to 0.29 of the baseline; slow rather than exploding',
  'init-scale.normal-std-three-sigmoid-oos': 'normal std 3 on two sigmoid layers pins 61-74% of the units, yet ends at 0.89 of the prior against 0.51-0.69 healthy (noise ceiling 0.85); borderline',
  'init-symmetry.constant-all-layers-kits': 'constant 0.1 on every layer still reached 0.001 of the baseline (kits needed is near-linear in patients and enrolment): no harm shown',
  'nan-loss.sgd-raw-dissolution': 'raw dissolution percent target with SGD 0.1 never went NaN: the tanh layer is 96% pinned and it ends at 0.34 of the baseline; neither a NaN nor clearly another code',
  'saturated-activation.tanh-raw-price-class': 'the tanh layer is 97% pinned by raw prices and strengths, yet the classifier reaches 0.06 of the prior (healthy 0.03-0.08): no harm shown',
  'oscillating-loss.momentum-full-batch-trough': 'big swings (up to 1.96) for 30 epochs, then a mostly smooth descent to 0.05-0.06 and a slight rise to 0.12 at the end; neither clearly oscillating nor clearly healthy',
  'dead-relu.bias-minus-five-band': 'one ReLU layer biased at -5 is 75% dead but the loss falls steadily to 0.36 of the prior and is still falling at the end; slow, not clearly stuck (bias -8 on two layers kept instead)',
  'ok.oos-dropout-val': 'meant healthy: trains only to 0.84 of the prior with a validation loss of 0.38, above the prior (0.31); not clearly healthy',
}


def covers(spec):
    d = spec['data']
    if 'csv' in d:
        src = f"{os.path.basename(d['csv'])} -> {d['target']}"
    elif 'builtin' in d:
        src = f"builtin {d['builtin']}"
    else:
        src = 'inline table'
    norm = d.get('normalize', 'none') + (f"/target {d['normalizeTarget']}" if d.get('normalizeTarget') else '')
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
        else:
            s = f"{l['units']} {l.get('activation', 'linear')}"
            if l.get('batchNorm'):
                s += ' bn'
            if isinstance(l.get('init'), str):
                s += f" {l['init']}"
            layers.append(s)
    o = spec['optimizer']
    opt = o['type'] + (f" momentum {o['momentum']}" if o.get('momentum') else '') + (' nesterov' if o.get('nesterov') else '') + f" {o['lr']}"
    for k in ('weightDecay', 'clipNorm'):
        if o.get(k):
            opt += f" {k} {o[k]}"
    t = spec['training']
    tr = f"batch {t.get('batchSize', 32)}, {t.get('epochs', 100)} epochs" + (f", validationSplit {t['validationSplit']}" if t.get('validationSplit') else '')
    return f"{src}, {norm}, [{', '.join(layers)}], {spec['loss']}, {opt}, {tr}"


def main():
    names = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy = [], []
    seen = set()
    for name in names:
        src = os.path.join(CAND, name + '.nn.json')
        obs = observed[name]
        if name in FAULTS:
            code, slug, stage, catches, text = FAULTS[name]
            file = f'faulty/{code}.{slug}.nn.json'
            faults.append({'file': file, 'code': code, 'fault': f'{text} (observe: {obs})', 'stage': stage, 'catches': catches})
        elif name in DROPPED:
            file = f'dropped/{name}.nn.json'
        elif name.startswith('ok.') or name in HEALTHY_RENAME:
            slug = HEALTHY_RENAME.get(name, name[3:])
            file = f'healthy/{slug}.nn.json'
            spec = json.load(open(src))
            healthy.append({'file': file, 'covers': f'{covers(spec)} (observe: {obs})'})
        else:
            raise SystemExit(f'no verdict for {name}')
        assert file not in seen, file
        seen.add(file)
        shutil.copy(src, os.path.join(HERE, file))
    about = ('Eighty-eighth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
             'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
             'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
             'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
             '(observed.txt); --curve for the lr-too-high, lr-too-low, plateau, oscillating and a few borderline ones (observed-curves.txt); '
             'no diagnosis code involved. Theme: pharmacies and pharmaceutical manufacturing: tablets.csv (720 tablet batches: text batch ids, a '
             'constant plant id and manufacture timestamps left out by "features", API strength 50-500 mg, tablet weight in mg, hardness in newtons, '
             'compression force in kN, moisture percent, coating minutes, press speed in tablets per hour up to 300,000, disintegrant percent -> '
             'dissolution percent and a rare out-of-specification flag, 66 of 720), dosing.csv (640 patients: ids and visit timestamps left out, age, '
             'weight in kg, creatinine clearance, dose in mg (250-2,000), doses per day, albumin -> trough level in mg/L and a 3-band level class with '
             'a rare "toxic" band), prescriptions.csv (460 pharmacy-weeks: store ids and week timestamps left out, catchment population up to '
             '300,000, pharmacists, technicians, opening hours, a flu index, nearby clinics, a drive-thru flag -> prescriptions filled per day, '
             'skewed), formulary.csv (600 products: text NDC codes left out, unit price from 2 cents to thousands of dollars, strength in mg, pack '
             'size, half-life in hours, refill interval in days, controlled-substance schedule -> a 4-class drug class with a rare oncology class), '
             'supply.csv (500 clinical-supply depot-weeks: active sites, patients on drug, enrolment per week, stock in units, days to expiry, lead '
             'time, kit cost -> kits needed next month and a 3-level resupply priority), tablets-export-na.csv (the batches with "NA" tablet '
             'weights), plus the builtins iris, moons, circles, blobs, sine, xor, spirals and one inline compounding table. Data written by '
             'data/generate.ts; specs by author.ts; filing and this manifest by write-manifest.py. See README.md.')
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    counts = {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
    print(len(faults), 'faulty', len(healthy), 'healthy', len(os.listdir(os.path.join(HERE, 'dropped'))), 'dropped')
    print(json.dumps(counts, indent=1))


main()
