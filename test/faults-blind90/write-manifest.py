#!/usr/bin/env python3
"""Files the candidates of test/faults-blind90 by what the bare engine showed (observed.txt,
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
  'invalid-spec.optimizer-adagrad': ('invalid-spec', 'optimizer-adagrad', S, ['invalid-spec'], 'appointment-length model with optimizer type "adagrad"; the engine has sgd, adam and rmsprop'),
  'invalid-spec.activation-gelu': ('invalid-spec', 'activation-gelu', S, ['invalid-spec'], 'treatment-type classifier with activation "gelu", which the engine does not have'),
  'invalid-spec.layer-conv2d': ('invalid-spec', 'layer-conv2d', S, ['invalid-spec'], 'caries-risk classifier starting with a "conv2d" layer (filters, kernel) copied from an x-ray model; only dense and dropout exist'),
  'data-error.csv-path-visit': ('data-error', 'csv-path-visit', S, ['data-error'], 'appointment-length model pointing at ../data/visit.csv; the practice export is visits.csv'),
  'data-error.na-plaque-index': ('data-error', 'na-plaque-index', S, ['data-error'], 'practice-software export with "NA" in plaque_index for visits where the hygienist did not chart plaque'),
  'data-error.patient-id-as-feature': ('data-error', 'patient-id-as-feature', S, ['data-error'], 'extraction-needed classifier with the text patient id (such as "DP-004500") among its features'),
  'data-error.target-column-typo': ('data-error', 'target-column-typo', S, ['data-error'], 'claim-amount regression with target "claim_amount"; the insurer column is claim_amount_usd'),
  'shape-mismatch.treatment-head-three': ('shape-mismatch', 'treatment-head-three', S, ['shape-mismatch'], 'treatment-type classifier with a 3-unit softmax; the plans have four types including the rare extraction'),
  'shape-mismatch.treatment-softmax-six': ('shape-mismatch', 'treatment-softmax-six', S, ['shape-mismatch'], 'treatment-type classifier with a 6-unit softmax for four treatment types'),
  'shape-mismatch.risk-head-two': ('shape-mismatch', 'risk-head-two', S, ['shape-mismatch'], 'caries-risk classifier with a 2-unit softmax (at risk or not habit) for three risk levels'),
  'shape-mismatch.claim-head-two-units': ('shape-mismatch', 'claim-head-two-units', S, ['shape-mismatch'], 'claim-amount regression ending in 2 linear units for one target column'),
  'loss-activation-mismatch.tanh-head-bce-extraction': ('loss-activation-mismatch', 'tanh-head-bce-extraction', S, ['loss-activation-mismatch'], 'extraction-needed flag with a tanh output under bce: outputs in -1..1 are not probabilities; ends 0.92 of the prior against 0.15-0.40 with a sigmoid head'),
  'loss-activation-mismatch.sigmoid-head-patients': ('loss-activation-mismatch', 'sigmoid-head-patients', S, ['loss-activation-mismatch'], 'standardized patients per week through a sigmoid output under mse: it cannot reach targets outside 0..1; ends 0.56 of the baseline against 0.01-0.02 with a linear head, the output up to 78% pinned'),
  'loss-activation-mismatch.sigmoid-head-cce-treatment': ('loss-activation-mismatch', 'sigmoid-head-cce-treatment', S, ['loss-activation-mismatch'], 'treatment-type classifier with a 4-unit sigmoid output under cce instead of softmax: the reported loss falls to 1.5e-4 while accuracy is only 0.643 (0.98 with softmax)'),
  'loss-activation-mismatch.relu-head-cce-risk': ('loss-activation-mismatch', 'relu-head-cce-risk', S, ['loss-activation-mismatch'], 'caries-risk classifier with a 3-unit relu output under cce instead of softmax: the reported loss reads 1e-7 while accuracy is 0.588, below the 0.604 majority class'),
  'init-symmetry.zeros-appointment': ('init-symmetry', 'zeros-appointment', P, ['init-symmetry'], 'appointment-length model with both ReLU layers initialised to zeros: no gradient reaches them, loss at the baseline'),
  'init-symmetry.zeros-tanh-risk': ('init-symmetry', 'zeros-tanh-risk', P, ['init-symmetry'], 'caries-risk classifier with every layer (tanh and softmax) initialised to zeros: hidden gradients 0, stuck at the class prior'),
  'init-symmetry.zeros-sigmoid-treatment': ('init-symmetry', 'zeros-sigmoid-treatment', P, ['init-symmetry'], 'treatment-type classifier with every layer (sigmoid and softmax) initialised to zeros: the units stay identical and the net acts as one unit per layer, ending at 0.48 of the prior against 0.02-0.08 healthy'),
  'init-symmetry.constant-relu-patients': ('init-symmetry', 'constant-relu-patients', P, ['init-symmetry'], 'patients-per-week model with every layer at constant 0.2: first loss 8.9, the second ReLU layer 100% dead, hidden gradients 0, loss at the baseline'),
  'init-scale.normal-std-four-caries': ('init-scale', 'normal-std-four-caries', P, ['init-scale', 'exploding-gradient'], 'new-caries model with three 32-unit ReLU layers at normal std 4: first loss 3.6e6, gradients up to 2.4e7, ends 68,000x the baseline'),
  'init-scale.normal-std-three-appointment': ('init-scale', 'normal-std-three-appointment', P, ['init-scale', 'exploding-gradient'], 'appointment-length model with three 32-unit ReLU layers at normal std 3: first loss 5e5, ends 4,400x the baseline'),
  'init-scale.normal-std-six-risk': ('init-scale', 'normal-std-six-risk', P, ['init-scale'], 'caries-risk classifier with two 32-unit ReLU layers at normal std 6: first loss 495, ends 5.9x the class prior'),
  'init-scale.uniform-tiny-tanh-claim': ('init-scale', 'uniform-tiny-tanh-claim', P, ['init-scale', 'vanishing-gradient'], 'claim-amount model with three tanh layers at uniform limit 0.0002: first-layer gradients 2e-7..3e-6, loss at the baseline'),
  'no-nonlinearity.xor-quadrant-linear': ('no-nonlinearity', 'xor-quadrant-linear', S, ['no-nonlinearity'], 'quadrant check on xor with an activation-less hidden layer: stays at the prior'),
  'no-nonlinearity.circles-arch-linear': ('no-nonlinearity', 'circles-arch-linear', S, ['no-nonlinearity'], 'dental-arch zone (circles) through two linear hidden layers: stays at the prior'),
  'no-nonlinearity.spirals-linear-hidden': ('no-nonlinearity', 'spirals-linear-hidden', S, ['no-nonlinearity'], 'implant-routing spirals (3 classes) through two 32-unit linear hidden layers: 0.95 of the prior against 0.02 with ReLU'),
  'lr-out-of-range.adam-ten': ('lr-out-of-range', 'adam-ten', S, ['lr-out-of-range', 'lr-too-high'], 'patients-per-week model with adam lr 10: first loss 5.7e9, the second ReLU layer 100% dead, ends 203x the baseline'),
  'lr-out-of-range.sgd-lr-forty': ('lr-out-of-range', 'sgd-lr-forty', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'extraction-needed flag with momentum SGD lr 40: first loss 8e17, NaN in epoch 2'),
  'lr-out-of-range.adam-negative': ('lr-out-of-range', 'adam-negative', S, ['lr-out-of-range', 'invalid-spec'], 'caries-risk classifier with adam lr -0.003 (sign slip); the engine refuses it'),
  'dead-relu.negative-bias-appointment': ('dead-relu', 'negative-bias-appointment', P, ['dead-relu'], 'appointment-length model with both ReLU layers biased at -4: the second layer 100% dead, no gradient reaches the first, loss at the baseline'),
  'dead-relu.bias-minus-eight-risk': ('dead-relu', 'bias-minus-eight-risk', P, ['dead-relu'], 'caries-risk classifier with both ReLU layers biased at -8: 100% dead, stuck at the class prior'),
  'dead-relu.raw-income-sgd-risk': ('dead-relu', 'raw-income-sgd-risk', P, ['dead-relu', 'exploding-gradient'], 'caries risk from raw household incomes (8,000-300,000 USD; normalize none) with SGD 0.05: first loss 2.4e11, then both ReLU layers 100% dead, stuck at the prior'),
  'dead-relu.rmsprop-high-patients': ('dead-relu', 'rmsprop-high-patients', P, ['dead-relu', 'lr-too-high'], 'patients-per-week model with rmsprop lr 0.3: the second ReLU layer dies completely, ends 1.05x the baseline'),
  'exploding-gradient.deep-relu-normal-wide': ('exploding-gradient', 'deep-relu-normal-wide', P, ['exploding-gradient', 'init-scale'], 'new-caries model, four 48-unit ReLU layers at normal std 0.6: first loss 515, gradients in the hundreds to 1,700, ends 2.5x the baseline'),
  'exploding-gradient.raw-marketing-features': ('exploding-gradient', 'raw-marketing-features', P, ['exploding-gradient'], 'patients per week from raw catchment populations (up to 362,000) and marketing dollars (normalize none) with adam 0.01: gradient norms up to 2e9, ends 184x the baseline'),
  'nan-loss.raw-features-sgd-appointment': ('exploding-gradient', 'raw-features-sgd-appointment', P, ['exploding-gradient'], 'appointment length from raw days since the last visit (up to 2,500; normalize none) with SGD 0.01: first loss 1.6e38, output-layer gradient up to 1.2e18, the ReLU layer 100% dead, ends 9e11x the baseline (written as a nan-loss; it never went NaN)'),
  'vanishing-gradient.deep-sigmoid-extraction': ('vanishing-gradient', 'deep-sigmoid-extraction', P, ['vanishing-gradient'], 'extraction-needed flag through five 12-unit sigmoid layers with momentum SGD: first-layer gradients 8e-5..6e-4, loss at the prior'),
  'vanishing-gradient.sigmoid-tower-risk': ('vanishing-gradient', 'sigmoid-tower-risk', P, ['vanishing-gradient'], 'caries-risk classifier through five 24-unit sigmoid layers with SGD 0.02: first-layer gradient 3e-4..1e-3, stuck at the class prior'),
  'vanishing-gradient.sigmoid-tower-claim': ('vanishing-gradient', 'sigmoid-tower-claim', P, ['vanishing-gradient'], 'claim-amount model through six 20-unit sigmoid layers with momentum SGD 0.005: first-layer gradients 2e-4..1e-3, loss at the baseline'),
  'vanishing-gradient.sigmoid-tower-treatment': ('vanishing-gradient', 'sigmoid-tower-treatment', P, ['vanishing-gradient'], 'treatment-type classifier through six 16-unit sigmoid layers with SGD 0.01: first-layer gradients 2e-4..3e-4, stuck at the class prior'),
  'nan-loss.sgd-raw-claim': ('nan-loss', 'sgd-raw-claim', P, ['nan-loss', 'lr-too-high'], 'claim amount in raw dollars (normalizeTarget none, up to 2,162) with SGD 0.05: NaN in the first epoch'),
  'nan-loss.sgd-batch-one-caries': ('nan-loss', 'sgd-batch-one-caries', P, ['nan-loss', 'lr-too-high'], 'new-caries model with SGD 0.5 at batch size 1: NaN in the first epoch'),
  'nan-loss.momentum-0.99-appointment': ('nan-loss', 'momentum-0.99-appointment', P, ['nan-loss', 'lr-too-high'], 'appointment-length model with SGD lr 0.1 and momentum 0.99: NaN in the first epoch'),
  'init-scale.normal-std-three-elu-appointment': ('nan-loss', 'normal-std-three-elu-appointment', P, ['nan-loss', 'init-scale'], 'appointment-length model with two 48-unit ELU layers and the output at normal std 3, SGD 0.01: NaN in the first epoch (written as an init-scale fault)'),
  'lr-too-high.adam-0.1-treatment': ('lr-too-high', 'adam-0.1-treatment', T, ['lr-too-high', 'oscillating-loss'], 'treatment type with adam lr 0.1, batch 16: noisy between 0.16 and 0.48 with bumps late in the run (ends 0.16) where adam 0.005 reaches 0.03; 81% of the second layer dead (curve in observed-curves.txt)'),
  'lr-too-high.momentum-0.5-risk': ('lr-too-high', 'momentum-0.5-risk', P, ['lr-too-high'], 'caries-risk classifier with SGD lr 0.5 and momentum 0.9: jumps to 3.8, then stuck noisy at 0.72-0.99 around the 0.89 prior where momentum 0.03 reaches 0.23; 97% of the ReLU layer dead (curve in observed-curves.txt)'),
  'lr-too-high.nesterov-0.8-treatment': ('lr-too-high', 'nesterov-0.8-treatment', P, ['lr-too-high'], 'treatment type with Nesterov SGD lr 0.8: swings between 0.31 and 1.29 for the whole run, against 0.10 for Nesterov 0.02; the tanh layer 96% pinned (curve in observed-curves.txt)'),
  'lr-too-high.rmsprop-0.1-risk': ('lr-too-high', 'rmsprop-0.1-risk', T, ['lr-too-high'], 'caries risk with rmsprop lr 0.1, batch 16: noisy between 0.29 and 0.86 with spikes to the end (ends 0.50), where rmsprop 0.002 reaches 0.21'),
  'lr-too-high.momentum-1-extraction': ('lr-too-high', 'momentum-1-extraction', P, ['lr-too-high'], 'extraction-needed flag with momentum SGD lr 1 (momentum 0.9), batch 16: never below the prior, swings up to 3x it; the tanh layer 96% pinned (curve in observed-curves.txt)'),
  'lr-too-low.sgd-1e-5-appointment': ('lr-too-low', 'sgd-1e-5-appointment', P, ['lr-too-low'], 'appointment-length model with plain SGD lr 1e-5: 60 epochs move the loss from 1.41 to 1.19, still above the baseline'),
  'lr-too-low.adam-1e-6-treatment': ('lr-too-low', 'adam-1e-6-treatment', P, ['lr-too-low'], 'treatment type with adam lr 1e-6: 2.27 to 2.25, far above the class prior'),
  'lr-too-low.rmsprop-1e-6-patients': ('lr-too-low', 'rmsprop-1e-6-patients', P, ['lr-too-low'], 'patients-per-week model with rmsprop lr 1e-6: 5.25 to 5.18, far above the baseline'),
  'lr-too-low.momentum-1e-6-risk': ('lr-too-low', 'momentum-1e-6-risk', P, ['lr-too-low'], 'caries risk with momentum SGD lr 1e-6: 1.240 to 1.232, above the prior'),
  'saturated-activation.sigmoid-raw-income-caries': ('saturated-activation', 'sigmoid-raw-income-caries', P, ['saturated-activation'], 'new caries from raw household incomes (normalize none) through a sigmoid layer: 100% pinned, zero first-layer gradient, loss at the baseline'),
  'saturated-activation.tanh-raw-days-extraction': ('saturated-activation', 'tanh-raw-days-extraction', P, ['saturated-activation'], 'extraction-needed flag with tanh layers on raw days since the last visit (normalize none): the first layer 97-99% pinned, 0.98 of the prior against 0.15-0.40 normalized'),
  'saturated-activation.tanh-raw-catchment-patients': ('saturated-activation', 'tanh-raw-catchment-patients', P, ['saturated-activation'], 'patients-per-week model with a tanh layer on raw catchment populations and marketing spend (normalize none): every unit pinned, zero first-layer gradient, loss at the baseline'),
  'saturated-activation.sigmoid-raw-annual-max-claim': ('saturated-activation', 'sigmoid-raw-annual-max-claim', P, ['saturated-activation'], 'claim amount from raw lab fees and annual maximum used in dollars (normalize none) through a sigmoid layer: 94-100% pinned, 0.22 of the baseline against 0.01-0.03 normalized'),
  'saturated-activation.tanh-raw-quote-treatment': ('saturated-activation', 'tanh-raw-quote-treatment', P, ['saturated-activation'], 'treatment type with a tanh layer on raw quoted costs (40-6,000 USD) and tooth numbers: 99-100% pinned, 0.32 of the prior against 0.02-0.08 normalized'),
  'loss-plateau.spirals-one-unit-bottleneck': ('loss-plateau', 'spirals-one-unit-bottleneck', T, ['loss-plateau'], 'implant-routing spirals (3 classes) through a 1-unit tanh layer: flat at 0.96 of the prior'),
  'loss-plateau.weight-decay-one-risk': ('loss-plateau', 'weight-decay-one-risk', T, ['loss-plateau'], 'caries-risk classifier with SGD weightDecay 1 (meant 1e-4): flat at the class prior from epoch 10'),
  'loss-plateau.claim-date-only': ('loss-plateau', 'claim-date-only', T, ['loss-plateau'], 'claim-amount model whose only feature is the claim timestamp: hovers at 0.99-1.0 of the baseline'),
  'loss-plateau.clinic-constant-only': ('loss-plateau', 'clinic-constant-only', T, ['loss-plateau'], 'extraction-needed flag whose only feature is the constant clinic id: the loss falls to the prior and stays there'),
  'oscillating-loss.rmsprop-full-batch-appointment': ('oscillating-loss', 'rmsprop-full-batch-appointment', T, ['oscillating-loss', 'lr-too-high'], 'appointment length with rmsprop 0.05 on the full 720 rows per step: settles near 0.07-0.09, then spikes to 1.41, 0.96, 0.44, 0.24 and back, damping to 0.11-0.15'),
  'oscillating-loss.rmsprop-full-batch-caries': ('oscillating-loss', 'rmsprop-full-batch-caries', T, ['oscillating-loss', 'lr-too-high'], 'new caries with rmsprop 0.03 on full batches: near 0.13-0.14 between repeated rises to 0.60, 0.37, 0.28, 0.23, 0.20'),
  'oscillating-loss.rmsprop-full-batch-claim': ('oscillating-loss', 'rmsprop-full-batch-claim', T, ['oscillating-loss', 'lr-too-high'], 'claim amount with rmsprop 0.05 on full batches: near 0.02 between repeated spikes to 0.91, 0.59, 0.15, 0.09, where minibatch adam reaches 0.009'),
}

HEALTHY_RENAME = {}

DROPPED = {
  'shape-mismatch.extraction-two-sigmoid-bce': 'two sigmoid outputs under bce for the 0/1 extraction flag: the engine accepts it (one column per class) and it trains to 0.47 of the prior; not clearly a fault',
  'init-scale.normal-std-five-treatment': 'normal std 5 on two 64-unit ReLU layers: first loss 295, yet it ends at 0.22 of the prior with accuracy 0.98 (healthy 0.02-0.08); harm shown but mild, borderline',
  'no-nonlinearity.linear-hidden-risk': 'linear hidden layers on caries risk end at 0.41 of the prior, near the slowest healthy risk specs (0.24-0.26); the risk levels are thresholds on a nearly linear score',
  'exploding-gradient.raw-claim-everything': 'raw claim target and raw features: gradient norms up to 7e5, but the loss falls to 0.03 of the (raw) baseline',
  'exploding-gradient.raw-days-since-visit': 'raw days since the last visit with adam 0.05: first loss 1,219 and gradients up to 36, then 94% of the second ReLU layer dead and 0.90 of the baseline; between exploding and dead-relu, not clearly one',
  'exploding-gradient.raw-quote-adam': 'raw quoted costs with adam 0.05: gradients up to 217, 94% of the second layer dead, ends 0.42 of the prior; not clearly one code',
  'lr-too-high.sgd-0.3-appointment': 'SGD 0.3 on a tanh layer trains to 0.08 of the baseline with small noise, at the edge of the healthy appointment range (0.04-0.08): no clear harm',
  'loss-plateau.weight-decay-two-appointment': 'adam with weightDecay 2 falls to 0.46 in three epochs, then the decay pulls the loss back up to 0.76: neither a plateau nor clearly another code',
  'oscillating-loss.rmsprop-full-batch-patients': 'rmsprop 0.05 on full batches of patients per week: small wiggles on a steady descent to 0.06; not oscillating',
  'oscillating-loss.adam-full-batch-risk': 'adam 0.2 on full batches of caries risk: a mostly smooth descent to 0.08 with a few small bumps; not oscillating',
  'oscillating-loss.rmsprop-full-batch-treatment': 'rmsprop 0.05 on full batches of treatment types: descends to 0.07 with bumps up to 0.18; mild, not clearly oscillating',
  'oscillating-loss.rmsprop-full-batch-risk': 'rmsprop 0.05 on full batches of caries risk: a slow zigzag descent from 0.46 to 0.25; not clearly oscillating nor clearly healthy',
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
    about = ('Ninetieth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
             'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
             'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
             'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
             '(observed.txt); --curve for the lr-too-high, lr-too-low, plateau, oscillating and a few borderline ones (observed-curves.txt); '
             'no diagnosis code involved. Theme: dentistry and dental clinics: visits.csv (720 check-up visits: text patient ids, a constant clinic id '
             'and visit timestamps left out by "features", age, days since the last visit (30-2,500, log-normal), plaque index, number of caries '
             '(skewed counts), periodontal pocket depth in mm, fluoride in ppm, x-rays taken, an anxious-patient flag -> appointment length in '
             'minutes and a rare "extraction needed" flag, 54 of 720), treatments.csv (600 treatment plans: text plan ids left out, tooth number, '
             'age, lesion depth, pain score, remaining tooth structure percent, mobility grade, quoted cost 40-6,000 USD -> a 4-class treatment '
             'type with a rare extraction class), claims.csv (560 dental insurer claims: member ids and claim timestamps left out, age, procedures, '
             'chair minutes, a major-work flag, lab fees, plan tier, annual maximum used -> claim amount in USD, skewed, 89-2,162), clinics.csv '
             '(480 clinic-weeks: clinic ids and week timestamps left out, catchment population up to 362,000, chairs, dentists, hygienists, opening '
             'hours, marketing spend in USD, Saturday opening -> patients seen per week), schoolkids.csv (500 children in a school fluoride '
             'programme: text child ids left out, age, fluoride ppm, sugar servings a day, brushing a day, sealants, household income in USD '
             '(8,000-300,000), plaque index -> new caries over two years and a 3-level caries risk with a rare "high" level), visits-export-na.csv '
             '(the visits with "NA" plaque indices), plus the builtins iris, moons, circles, blobs, sine, xor, spirals and one inline sealant '
             'pilot table. Data written by data/generate.ts; specs by author.ts; filing and this manifest by write-manifest.py. See README.md.')
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
