#!/usr/bin/env python3
"""Files the candidates of test/faults-blind92 by what the bare engine showed (observed.txt,
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
  'invalid-spec.optimizer-adamw': ('invalid-spec', 'optimizer-adamw', S, ['invalid-spec'], 'delivery-delay model with optimizer type "adamw"; the engine has sgd, adam and rmsprop (weightDecay is an option of each)'),
  'invalid-spec.activation-swish': ('invalid-spec', 'activation-swish', S, ['invalid-spec'], 'service-class classifier with activation "swish", which the engine does not have'),
  'invalid-spec.loss-huber': ('invalid-spec', 'loss-huber', S, ['invalid-spec'], 'van-fuel regression with loss "huber" to resist fuel-card outliers; the engine has mse, bce and cce'),
  'data-error.csv-path-parcel': ('data-error', 'csv-path-parcel', S, ['data-error'], 'delivery-delay model pointing at ../data/parcel.csv; the tracking export is parcels.csv'),
  'data-error.na-weight-export': ('data-error', 'na-weight-export', S, ['data-error'], 'tracking-system export with "NA" in weight_g for parcels that skipped the scale'),
  'data-error.tracking-id-as-feature': ('data-error', 'tracking-id-as-feature', S, ['data-error'], 'lost-parcel classifier with the text tracking id (such as "JD0014000000GB") among its features'),
  'data-error.target-column-typo': ('data-error', 'target-column-typo', S, ['data-error'], 'van-fuel regression with target "fuel_liters"; the telematics column is fuel_litres'),
  'shape-mismatch.service-head-three': ('shape-mismatch', 'service-head-three', S, ['shape-mismatch'], 'service-class classifier with a 3-unit softmax; shipments have four classes including the rare same_day'),
  'shape-mismatch.service-softmax-five': ('shape-mismatch', 'service-softmax-five', S, ['shape-mismatch'], 'service-class classifier with a 5-unit softmax for four service classes'),
  'shape-mismatch.band-head-two': ('shape-mismatch', 'band-head-two', S, ['shape-mismatch'], 'on-time-band classifier with a 2-unit softmax (on time or not habit) for three bands'),
  'shape-mismatch.fuel-head-two-units': ('shape-mismatch', 'fuel-head-two-units', S, ['shape-mismatch'], 'van-fuel regression ending in 2 linear units for one target column'),
  'loss-activation-mismatch.tanh-head-bce-lost': ('loss-activation-mismatch', 'tanh-head-bce-lost', S, ['loss-activation-mismatch'], 'lost-parcel flag with a tanh output under bce: outputs in -1..1 are not probabilities; ends 1.04 of the prior against 0.28-0.37 with a sigmoid head'),
  'loss-activation-mismatch.sigmoid-head-sorted': ('loss-activation-mismatch', 'sigmoid-head-sorted', S, ['loss-activation-mismatch'], 'standardized parcels sorted through a sigmoid output under mse: it cannot reach targets outside 0..1; ends 0.58 of the baseline against 0.01-0.02 with a linear head'),
  'loss-activation-mismatch.sigmoid-head-cce-service': ('loss-activation-mismatch', 'sigmoid-head-cce-service', S, ['loss-activation-mismatch'], 'service-class classifier with a 4-unit sigmoid output under cce instead of softmax: the reported loss falls to 1.8e-4 while accuracy is 0.510 (0.93-0.98 with softmax)'),
  'loss-activation-mismatch.softmax-head-mse-fuel': ('loss-activation-mismatch', 'softmax-head-mse-fuel', S, ['loss-activation-mismatch'], 'van-fuel regression with a 1-unit softmax output under mse: a one-unit softmax always outputs 1, the loss is 2.0 from the first step to the last, no gradient'),
  'init-symmetry.zeros-delay': ('init-symmetry', 'zeros-delay', P, ['init-symmetry'], 'delivery-delay model with both ReLU layers initialised to zeros: no gradient reaches them, loss at the baseline'),
  'init-symmetry.zeros-tanh-band': ('init-symmetry', 'zeros-tanh-band', P, ['init-symmetry'], 'on-time-band classifier with every layer (tanh and softmax) initialised to zeros: hidden gradients 0, stuck at the class prior'),
  'init-symmetry.zeros-sigmoid-service': ('init-symmetry', 'zeros-sigmoid-service', P, ['init-symmetry'], 'service-class classifier with every layer (sigmoid and softmax) initialised to zeros: the units stay identical, ending at 0.40 of the prior against 0.05-0.17 healthy'),
  'init-symmetry.constant-relu-sorted': ('init-symmetry', 'constant-relu-sorted', P, ['init-symmetry'], 'parcels-sorted model with every layer at constant 0.2: first loss 6.4, the second ReLU layer 100% dead, hidden gradients 0, loss at the baseline'),
  'init-scale.normal-std-four-failed': ('init-scale', 'normal-std-four-failed', P, ['init-scale', 'exploding-gradient'], 'failed-drops model with three 32-unit ReLU layers at normal std 4: first loss 3.4e6, gradients up to 1.6e7, ends 42,800x the baseline'),
  'init-scale.normal-std-three-fuel': ('init-scale', 'normal-std-three-fuel', P, ['init-scale', 'exploding-gradient'], 'van-fuel model with three 32-unit ReLU layers at normal std 3: first loss 6.2e5, ends 4,156x the baseline'),
  'init-scale.normal-std-six-band': ('init-scale', 'normal-std-six-band', P, ['init-scale'], 'on-time-band classifier with two 32-unit ReLU layers at normal std 6: first loss 100, ends 3.9x the class prior'),
  'init-scale.uniform-tiny-tanh-delay': ('init-scale', 'uniform-tiny-tanh-delay', P, ['init-scale', 'vanishing-gradient'], 'delivery-delay model with three tanh layers at uniform limit 0.0002: first-layer gradients 1e-10..1e-9, loss at the baseline'),
  'no-nonlinearity.xor-sorting-quadrant': ('no-nonlinearity', 'xor-sorting-quadrant', S, ['no-nonlinearity'], 'sorting-quadrant check on xor with an activation-less hidden layer: stays at the prior'),
  'no-nonlinearity.circles-delivery-ring': ('no-nonlinearity', 'circles-delivery-ring', S, ['no-nonlinearity'], 'delivery-ring zone (circles) through two linear hidden layers: stays at the prior'),
  'no-nonlinearity.spirals-conveyor-linear': ('no-nonlinearity', 'spirals-conveyor-linear', S, ['no-nonlinearity'], 'conveyor-routing spirals (3 classes) through two 32-unit linear hidden layers: 0.96 of the prior'),
  'lr-out-of-range.adam-eight': ('lr-out-of-range', 'adam-eight', S, ['lr-out-of-range', 'lr-too-high'], 'parcels-sorted model with adam lr 8: first loss 3.2e8, the second ReLU layer 100% dead, loss at the baseline'),
  'lr-out-of-range.sgd-lr-fifty': ('lr-out-of-range', 'sgd-lr-fifty', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'lost-parcel flag with momentum SGD lr 50: first loss 2e29, NaN in epoch 2'),
  'lr-out-of-range.adam-negative': ('lr-out-of-range', 'adam-negative', S, ['lr-out-of-range', 'invalid-spec'], 'service-class classifier with adam lr -0.005 (sign slip); the engine refuses it'),
  'dead-relu.negative-bias-delay': ('dead-relu', 'negative-bias-delay', P, ['dead-relu'], 'delivery-delay model with both ReLU layers biased at -4: up to 88% of the second layer dead, ends 0.81 of the baseline against 0.07-0.10 healthy'),
  'dead-relu.bias-minus-eight-band': ('dead-relu', 'bias-minus-eight-band', P, ['dead-relu'], 'on-time-band classifier with both ReLU layers biased at -8: 84% and 100% dead, stuck at the class prior'),
  'dead-relu.raw-value-sgd-band': ('dead-relu', 'raw-value-sgd-band', P, ['dead-relu', 'exploding-gradient'], 'on-time band from raw parcel values carried (1,000-250,000 GBP; normalize none) with SGD 0.05: first loss 3.4e10, then both ReLU layers 100% dead, stuck at the prior'),
  'dead-relu.rmsprop-high-sorted': ('dead-relu', 'rmsprop-high-sorted', P, ['dead-relu', 'lr-too-high'], 'parcels-sorted model with rmsprop lr 0.3: first loss 6,800, the second ReLU layer dies completely, ends 1.04x the baseline'),
  'exploding-gradient.deep-relu-normal-wide': ('exploding-gradient', 'deep-relu-normal-wide', P, ['exploding-gradient', 'init-scale'], 'failed-drops model, four 48-unit ReLU layers at normal std 0.6: first loss 1,380, gradients up to 1,850, ends 3.6x the baseline'),
  'exploding-gradient.deep-elu-normal-fuel': ('exploding-gradient', 'deep-elu-normal-fuel', P, ['exploding-gradient', 'init-scale'], 'van-fuel model, four 64-unit ELU layers at normal std 0.5: first loss 172, gradients up to 349, ends 0.71 of the baseline against 0.02-0.06 healthy'),
  'exploding-gradient.raw-households-features': ('exploding-gradient', 'raw-households-features', P, ['exploding-gradient'], 'parcels sorted from raw catchment households (up to 600,000) and online orders (normalize none) with adam 0.01: gradient norms up to 2.6e9, ends 4,573x the baseline'),
  'exploding-gradient.raw-weight-grams-sgd': ('nan-loss', 'raw-weight-grams-sgd', P, ['nan-loss', 'exploding-gradient'], 'delivery delay from raw weights in grams and insured values (normalize none) with SGD 0.001: NaN in the first epoch (written as an exploding-gradient fault)'),
  'vanishing-gradient.deep-sigmoid-lost': ('vanishing-gradient', 'deep-sigmoid-lost', P, ['vanishing-gradient'], 'lost-parcel flag through five 12-unit sigmoid layers with momentum SGD: first-layer gradients 3e-5..3e-4, loss at the prior'),
  'vanishing-gradient.sigmoid-tower-band': ('vanishing-gradient', 'sigmoid-tower-band', P, ['vanishing-gradient'], 'on-time-band classifier through five 24-unit sigmoid layers with SGD 0.02: first-layer gradients 3e-4..7e-4, stuck at the class prior'),
  'vanishing-gradient.sigmoid-tower-fuel': ('vanishing-gradient', 'sigmoid-tower-fuel', P, ['vanishing-gradient'], 'van-fuel model through six 20-unit sigmoid layers with momentum SGD 0.005: first-layer gradients 2e-4..1e-3, loss at the baseline'),
  'nan-loss.sgd-raw-sorted-target': ('nan-loss', 'sgd-raw-sorted-target', P, ['nan-loss', 'lr-too-high'], 'parcels sorted as raw counts (normalizeTarget none, 3,000-46,000) with SGD 0.01: NaN in the first epoch'),
  'nan-loss.sgd-batch-one-failed': ('nan-loss', 'sgd-batch-one-failed', P, ['nan-loss', 'lr-too-high'], 'failed-drops model with SGD 0.5 at batch size 1: NaN in the first epoch'),
  'lr-too-high.sgd-0.5-fuel': ('nan-loss', 'sgd-0.5-fuel', P, ['nan-loss', 'lr-too-high'], 'van-fuel model with plain SGD lr 0.5 on a tanh layer, batch 16: first loss 2.4e39, NaN in epoch 2 (written as an lr-too-high fault)'),
  'lr-too-high.adam-0.1-service': ('lr-too-high', 'adam-0.1-service', T, ['lr-too-high', 'oscillating-loss'], 'service class with adam lr 0.1, batch 16: noisy between 0.24 and 0.65 for the whole run (ends 0.35) where adam 0.005 reaches 0.06; 88% of the second layer dead (curve in observed-curves.txt)'),
  'lr-too-high.adam-0.2-band': ('lr-too-high', 'adam-0.2-band', P, ['lr-too-high'], 'on-time band with adam lr 0.2, batch 16: swings between 0.39 and 1.54 for the whole run, ends 1.17x the prior where adam 0.005 reaches 0.02 (curve in observed-curves.txt)'),
  'lr-too-high.momentum-0.5-band': ('lr-too-high', 'momentum-0.5-band', P, ['lr-too-high'], 'on-time band with SGD lr 0.5 and momentum 0.9: jumps to 3.5, then stuck at 0.55-0.70 where momentum 0.03 reaches 0.18 (curve in observed-curves.txt)'),
  'lr-too-high.nesterov-0.8-service': ('lr-too-high', 'nesterov-0.8-service', P, ['lr-too-high'], 'service class with Nesterov SGD lr 0.8: swings between 1.15 and 2.5 (mostly above the 1.25 prior) for the whole run, against 0.17 for Nesterov 0.02; the tanh layer 95% pinned (curve in observed-curves.txt)'),
  'lr-too-high.momentum-1-lost': ('lr-too-high', 'momentum-1-lost', P, ['lr-too-high'], 'lost-parcel flag with momentum SGD lr 1 (momentum 0.9), batch 16: swings between 0.22 and 0.74 around the 0.27 prior, against 0.07-0.10 for the healthy ones; the tanh layer 93% pinned (curve in observed-curves.txt)'),
  'lr-too-low.sgd-1e-5-delay': ('lr-too-low', 'sgd-1e-5-delay', P, ['lr-too-low'], 'delivery-delay model with plain SGD lr 1e-5: 60 epochs move the loss from 1.42 to 0.75, against 0.07 for adam 0.003'),
  'lr-too-low.adam-1e-6-service': ('lr-too-low', 'adam-1e-6-service', P, ['lr-too-low'], 'service class with adam lr 1e-6: 1.93 to 1.91, far above the class prior'),
  'lr-too-low.rmsprop-1e-6-sorted': ('lr-too-low', 'rmsprop-1e-6-sorted', P, ['lr-too-low'], 'parcels-sorted model with rmsprop lr 1e-6: 1.05 to 1.03, above the baseline'),
  'lr-too-low.momentum-1e-6-band': ('lr-too-low', 'momentum-1e-6-band', P, ['lr-too-low'], 'on-time band with momentum SGD lr 1e-6: 1.57 to 1.54, above the prior'),
  'saturated-activation.sigmoid-raw-value-failed': ('saturated-activation', 'sigmoid-raw-value-failed', P, ['saturated-activation'], 'failed drops from raw parcel values carried in GBP (normalize none) through a sigmoid layer: 100% pinned, zero first-layer gradient, loss at the baseline'),
  'saturated-activation.tanh-raw-distance-lost': ('saturated-activation', 'tanh-raw-distance-lost', P, ['saturated-activation'], 'lost-parcel flag with tanh layers on raw distances, grams and insured values (normalize none): the first layer 100% pinned, 0.83 of the prior against 0.28-0.37 normalized'),
  'saturated-activation.tanh-raw-households-sorted': ('saturated-activation', 'tanh-raw-households-sorted', P, ['saturated-activation'], 'parcels-sorted model with a tanh layer on raw catchment households and online orders (normalize none): every unit pinned, zero first-layer gradient, 0.95 of the baseline'),
  'saturated-activation.sigmoid-raw-route-fuel': ('saturated-activation', 'sigmoid-raw-route-fuel', P, ['saturated-activation'], 'van fuel from raw route km, stops, payload kg and idle minutes (normalize none) through a sigmoid layer: 95-98% pinned, 0.34 of the baseline against 0.02-0.06 normalized'),
  'loss-plateau.spirals-one-unit-bottleneck': ('loss-plateau', 'spirals-one-unit-bottleneck', T, ['loss-plateau'], 'conveyor-routing spirals (3 classes) through a 1-unit tanh layer: flat at 0.97 of the prior'),
  'loss-plateau.weight-decay-one-band': ('loss-plateau', 'weight-decay-one-band', T, ['loss-plateau'], 'on-time-band classifier with SGD weightDecay 1 (meant 1e-4): flat at the class prior from epoch 10'),
  'loss-plateau.depot-constant-only': ('loss-plateau', 'depot-constant-only', T, ['loss-plateau'], 'lost-parcel flag whose only feature is the constant depot id: the loss falls to the prior and stays there'),
  'loss-plateau.postcode-only-service': ('loss-plateau', 'postcode-only-service', T, ['loss-plateau'], 'service-class classifier whose only feature is the numeric postcode district (unrelated to the class): flat at 0.99 of the prior'),
  'oscillating-loss.rmsprop-full-batch-delay': ('oscillating-loss', 'rmsprop-full-batch-delay', T, ['oscillating-loss', 'lr-too-high'], 'delivery delay with rmsprop 0.05 on the full 720 rows per step: settles near 0.08, then spikes to 1.77, 0.77, 0.35 and back, ending noisy at 0.12-0.17'),
  'oscillating-loss.rmsprop-0.1-full-batch-failed': ('oscillating-loss', 'rmsprop-0.1-full-batch-failed', T, ['oscillating-loss', 'lr-too-high'], 'failed drops with rmsprop 0.1 on a tanh layer, full batches: near 0.11-0.13 between repeated spikes to 0.67, 2.91, 1.04, 5.64, 0.33 through the run'),
  'oscillating-loss.rmsprop-full-batch-fuel': ('oscillating-loss', 'rmsprop-full-batch-fuel', T, ['oscillating-loss', 'lr-too-high'], 'van fuel with rmsprop 0.05 on full batches: near 0.04-0.05 between repeated spikes to 1.44, 0.73, 0.31, 0.16'),
  'oscillating-loss.rmsprop-full-batch-sorted': ('oscillating-loss', 'rmsprop-full-batch-sorted', T, ['oscillating-loss', 'lr-too-high'], 'parcels sorted with rmsprop 0.05 on full batches: near 0.03 between repeated rises to 0.80, 0.51, 0.34, 0.21, 0.12'),
  'oscillating-loss.momentum-0.99-full-batch-fuel': ('oscillating-loss', 'momentum-0.99-full-batch-fuel', T, ['oscillating-loss', 'lr-too-high'], 'van fuel with SGD lr 0.05 and momentum 0.99 on full batches: swings between 0.13 and 1.02 early and 0.13-0.45 to the end, where minibatch adam reaches 0.02'),
}

HEALTHY_RENAME = {}

DROPPED = {
  'init-symmetry.constant-tanh-fuel': 'constant 0.1 on a tanh layer and its output: the identical units still fit the nearly linear fuel rule, 0.04 of the baseline, inside the healthy range (0.02-0.06)',
  'init-scale.normal-std-five-sigmoid-service': 'sigmoid layers at normal std 5: 66-80% pinned, but it ends at 0.28 of the prior (healthy 0.05-0.17); harm shown but mild, borderline',
  'saturated-activation.tanh-raw-declared-service': 'tanh on raw declared values: 97% pinned, but 0.20 of the prior, next to the slowest healthy service spec (0.17); no clear harm',
  'exploding-gradient.raw-sorted-target-adam': 'raw parcel counts as the target with adam 0.01: gradient norms up to 2e7, but the loss falls to 0.03 of the (raw) baseline',
  'nan-loss.sgd-raw-fuel-target': 'raw litres as the target with SGD 0.05: first loss 74, gradients up to 136, yet it ends at 0.04 of the raw baseline; never NaN, no clear harm',
  'lr-too-high.rmsprop-0.05-batch-8-fuel': 'rmsprop 0.05 at batch 8: 91% of the first ReLU layer dead and a noisy floor at 0.07-0.08 against 0.02-0.06 healthy; between lr-too-high and dead-relu, mild',
  'oscillating-loss.rmsprop-full-batch-band': 'rmsprop 0.08 on full batches of the on-time band: a zigzag descent from 0.6 to 0.16 with small bumps; not clearly oscillating',
  'oscillating-loss.adam-0.2-full-batch-sorted': 'adam 0.2 on full batches: large swings in the first 15 epochs (up to 3.5), then a smooth descent to 0.017; not oscillating over the run',
  'ok.spirals-conveyor-routing': 'meant healthy: reaches 0.06 of the prior, but jumps to 0.46 around epoch 290 and ends at 0.09; a false-alarm test must not swing like that',
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
    about = ('Ninety-second fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
             'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
             'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
             'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
             '(observed.txt); --curve for the lr-too-high, lr-too-low, plateau, oscillating and a few borderline ones (observed-curves.txt); '
             'no diagnosis code involved. Theme: postal services and parcel delivery: parcels.csv (720 tracked parcels: text tracking ids, a constant '
             'depot id and scan timestamps left out by "features", weight in grams (50-30,000, log-normal), distance in km (2-1,800, log-normal), '
             'handovers between depots, rural-destination, weekend-dispatch and customs-check flags, insured value in GBP (skewed, up to thousands) '
             '-> delivery delay in hours and a rare "lost parcel" flag, 54 of 720), shipments.csv (600 counter shipments: text consignment ids and a '
             'numeric postcode district left out, weight in kg, distance, declared value in GBP, signature required, drop-off hour, business sender '
             '-> a 4-class service class with a rare same_day class), vans.csv (560 delivery van days: van ids and day timestamps left out, route km, '
             'stops, payload kg, average speed, idle minutes, ambient temperature, van age -> fuel used in litres), depots.csv (480 sorting-centre '
             'days: depot ids and day timestamps left out, catchment households up to 600,000, sorting staff, machines, shift hours, online orders '
             '(log-normal, up to 120,000), peak season -> parcels sorted, thousands to tens of thousands), rounds.csv (500 courier rounds: text '
             'courier ids left out, years of experience, drops, share of flats, rain in mm, round km, parcel value carried in GBP (skewed) -> failed '
             'drops and a 3-level on-time band with a rare very_late level), parcels-export-na.csv (the parcels with "NA" weights), plus the builtins '
             'iris, moons, circles, blobs, sine, xor, spirals and one inline counter-queue pilot table. Data written by data/generate.ts; specs by '
             'author.ts; filing and this manifest by write-manifest.py. See README.md.')
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
