#!/usr/bin/env python3
"""Files the candidates of test/faults-blind93 by what the bare engine showed (observed.txt,
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
  'invalid-spec.optimizer-adagrad': ('invalid-spec', 'optimizer-adagrad', S, ['invalid-spec'], 'service-delay model with optimizer type "adagrad"; the engine has sgd, adam and rmsprop'),
  'invalid-spec.activation-gelu': ('invalid-spec', 'activation-gelu', S, ['invalid-spec'], 'rolling-stock class classifier with activation "gelu", which the engine does not have'),
  'invalid-spec.loss-mae': ('invalid-spec', 'loss-mae', S, ['invalid-spec'], 'freight net-tonnes regression with loss "mae" to resist weighbridge outliers; the engine has mse, bce and cce'),
  'data-error.csv-path-service': ('data-error', 'csv-path-service', S, ['data-error'], 'service-delay model pointing at ../data/service.csv; the timetable export is services.csv'),
  'data-error.na-passengers-export': ('data-error', 'na-passengers-export', S, ['data-error'], 'service-delay export with "NA" in passengers for services whose load counters were offline'),
  'data-error.headcode-as-feature': ('data-error', 'headcode-as-feature', S, ['data-error'], 'service-delay model with the text train headcode (such as "1J39") among its features'),
  'data-error.target-column-typo': ('data-error', 'target-column-typo', S, ['data-error'], 'freight regression with target "net_tonnage"; the column is net_tonnes'),
  'shape-mismatch.stock-head-three': ('shape-mismatch', 'stock-head-three', S, ['shape-mismatch'], 'rolling-stock class classifier with a 3-unit softmax; the fleet has four classes including the rare hst'),
  'shape-mismatch.stock-softmax-six': ('shape-mismatch', 'stock-softmax-six', S, ['shape-mismatch'], 'rolling-stock class classifier with a 6-unit softmax for four classes'),
  'shape-mismatch.band-head-two': ('shape-mismatch', 'band-head-two', S, ['shape-mismatch'], 'possession priority-band classifier with a 2-unit softmax (urgent or not habit) for three bands'),
  'shape-mismatch.tonnes-head-two-units': ('shape-mismatch', 'tonnes-head-two-units', S, ['shape-mismatch'], 'freight net-tonnes regression ending in 2 linear units for one target column'),
  'loss-activation-mismatch.tanh-head-bce-signal': ('loss-activation-mismatch', 'tanh-head-bce-signal', S, ['loss-activation-mismatch'], 'signal-failure flag with a tanh output under bce: outputs in -1..1 are not probabilities; ends 0.38 of the prior against 0.06-0.19 with a sigmoid head'),
  'loss-activation-mismatch.sigmoid-head-renewed': ('loss-activation-mismatch', 'sigmoid-head-renewed', S, ['loss-activation-mismatch'], 'standardized metres of track renewed through a sigmoid output under mse: it cannot reach targets outside 0..1; ends 0.48 of the baseline against 0.01-0.02 with a linear head'),
  'loss-activation-mismatch.sigmoid-head-cce-stock': ('loss-activation-mismatch', 'sigmoid-head-cce-stock', S, ['loss-activation-mismatch'], 'rolling-stock class classifier with a 4-unit sigmoid output under cce instead of softmax: the reported loss falls to 7e-5 while accuracy is 0.648 (0.98-0.99 with softmax)'),
  'loss-activation-mismatch.softmax-head-mse-delay': ('loss-activation-mismatch', 'softmax-head-mse-delay', S, ['loss-activation-mismatch'], 'service-delay regression with a 1-unit softmax output under mse: a one-unit softmax always outputs 1, the loss is 2.0 from first step to last, no gradient'),
  'init-symmetry.zeros-delay': ('init-symmetry', 'zeros-delay', P, ['init-symmetry'], 'service-delay model with both ReLU layers initialised to zeros: no gradient reaches them, loss at the baseline'),
  'init-symmetry.zeros-relu-geometry': ('init-symmetry', 'zeros-relu-geometry', P, ['init-symmetry'], 'track-geometry model with every layer (two ReLU and the linear output) initialised to zeros: hidden gradients 0, loss at the baseline'),
  'init-symmetry.zeros-tanh-band': ('init-symmetry', 'zeros-tanh-band', P, ['init-symmetry'], 'priority-band classifier with every layer (tanh and softmax) initialised to zeros: hidden gradients 0, stuck at the class prior'),
  'init-symmetry.zeros-sigmoid-stock': ('init-symmetry', 'zeros-sigmoid-stock', P, ['init-symmetry'], 'rolling-stock class classifier with every layer (sigmoid and softmax) initialised to zeros: the units stay identical, ending at 0.58 of the prior (accuracy 0.605) against 0.03-0.06 healthy'),
  'init-scale.normal-std-four-renewed': ('init-scale', 'normal-std-four-renewed', P, ['init-scale', 'exploding-gradient'], 'track-renewed model with three 32-unit ReLU layers at normal std 4: first loss 2.2e6, gradients up to 2.2e7, ends 13,500x the baseline'),
  'init-scale.normal-std-three-geometry': ('init-scale', 'normal-std-three-geometry', P, ['init-scale', 'exploding-gradient'], 'track-geometry model with three 32-unit ReLU layers at normal std 3: first loss 3.6e6, ends 15,100x the baseline'),
  'init-scale.normal-std-six-band': ('init-scale', 'normal-std-six-band', P, ['init-scale'], 'priority-band classifier with two 32-unit ReLU layers at normal std 6: first loss 238, ends 3.5x the class prior'),
  'init-scale.uniform-tiny-tanh-delay': ('init-scale', 'uniform-tiny-tanh-delay', P, ['init-scale', 'vanishing-gradient'], 'service-delay model with three tanh layers at uniform limit 0.0002: first-layer gradients 5e-11..1e-9, loss at the baseline'),
  'no-nonlinearity.xor-junction-quadrant': ('no-nonlinearity', 'xor-junction-quadrant', S, ['no-nonlinearity'], 'junction-quadrant check on xor with an activation-less hidden layer: stays at the prior'),
  'no-nonlinearity.circles-station-zone': ('no-nonlinearity', 'circles-station-zone', S, ['no-nonlinearity'], 'station fare zone (circles) through two linear hidden layers: stays at the prior'),
  'no-nonlinearity.spirals-loop-line': ('no-nonlinearity', 'spirals-loop-line', S, ['no-nonlinearity'], 'loop-line routing spirals (3 classes) through two 32-unit linear hidden layers: 0.97 of the prior'),
  'lr-out-of-range.adam-ten': ('lr-out-of-range', 'adam-ten', S, ['lr-out-of-range', 'lr-too-high'], 'freight net-tonnes model with adam lr 10: first loss 5.9e8, the second ReLU layer 100% dead, 1.05x the baseline'),
  'lr-out-of-range.sgd-lr-forty': ('lr-out-of-range', 'sgd-lr-forty', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'signal-failure flag with momentum SGD lr 40: first loss 1.7e16, NaN in epoch 3'),
  'lr-out-of-range.rmsprop-negative': ('lr-out-of-range', 'rmsprop-negative', S, ['lr-out-of-range', 'invalid-spec'], 'rolling-stock class classifier with rmsprop lr -0.002 (sign slip); the engine refuses it'),
  'dead-relu.negative-bias-delay': ('dead-relu', 'negative-bias-delay', P, ['dead-relu'], 'service-delay model with both ReLU layers biased at -4: 47% of the first and 100% of the second layer dead, loss at the baseline'),
  'dead-relu.bias-minus-eight-band': ('dead-relu', 'bias-minus-eight-band', P, ['dead-relu'], 'priority-band classifier with both ReLU layers biased at -8: 94% and 100% dead, stuck at the class prior'),
  'dead-relu.bias-minus-five-geometry': ('dead-relu', 'bias-minus-five-geometry', P, ['dead-relu'], 'track-geometry model with one 32-unit ReLU layer biased at -5: 84% dead, ends 0.97 of the baseline against 0.03-0.07 healthy'),
  'dead-relu.rmsprop-high-tonnes': ('dead-relu', 'rmsprop-high-tonnes', P, ['dead-relu', 'lr-too-high'], 'freight net-tonnes model with rmsprop lr 0.3: first loss 9.4e4, both ReLU layers 97% dead, ends 1.28x the baseline'),
  'exploding-gradient.deep-relu-normal-wide': ('exploding-gradient', 'deep-relu-normal-wide', P, ['exploding-gradient', 'init-scale'], 'track-renewed model, four 48-unit ReLU layers at normal std 0.6: first loss 2,066, gradients up to 8,900, ends 5.3x the baseline'),
  'exploding-gradient.deep-elu-normal-tonnes': ('exploding-gradient', 'deep-elu-normal-tonnes', P, ['exploding-gradient', 'init-scale'], 'freight net-tonnes model, four 64-unit ELU layers at normal std 0.5: first loss 121, gradients up to 1,400, ends 0.41 of the baseline against 0.01-0.05 healthy'),
  'exploding-gradient.raw-gross-tonnes-features': ('exploding-gradient', 'raw-gross-tonnes-features', P, ['exploding-gradient'], 'track geometry from raw annual gross tonnes (1e6-9e7; normalize none) next to millimetre deviations, adam 0.01: first loss 9.7e12, gradient norms up to 9e13, ends 161x the baseline'),
  'nan-loss.raw-passengers-sgd': ('exploding-gradient', 'raw-passengers-sgd', P, ['exploding-gradient', 'dead-relu'], 'service delay from raw passengers (6-4,500) and km (normalize none) with SGD 0.001: first loss 2.1e10, then the ReLU layer 100% dead, ends 4,040x the baseline; never NaN (written as a nan-loss fault)'),
  'vanishing-gradient.deep-sigmoid-signal': ('vanishing-gradient', 'deep-sigmoid-signal', P, ['vanishing-gradient'], 'signal-failure flag through five 12-unit sigmoid layers with momentum SGD: first-layer gradients 7e-5..3e-4, loss at the prior'),
  'vanishing-gradient.sigmoid-tower-band': ('vanishing-gradient', 'sigmoid-tower-band', P, ['vanishing-gradient'], 'priority-band classifier through five 24-unit sigmoid layers with SGD 0.02: first-layer gradients 3e-4..7e-4, stuck at the class prior'),
  'vanishing-gradient.sigmoid-tower-tonnes': ('vanishing-gradient', 'sigmoid-tower-tonnes', P, ['vanishing-gradient'], 'freight net-tonnes model through six 20-unit sigmoid layers with momentum SGD 0.005: first-layer gradients 2e-4..1e-3, loss at the baseline'),
  'nan-loss.sgd-raw-tonnes-target': ('nan-loss', 'sgd-raw-tonnes-target', P, ['nan-loss', 'lr-too-high'], 'freight net tonnes as raw tonnes (normalizeTarget none, 60-4,260) with SGD 0.01: NaN in the first epoch'),
  'nan-loss.sgd-raw-renewed-target': ('nan-loss', 'sgd-raw-renewed-target', P, ['nan-loss', 'lr-too-high'], 'metres of track renewed as raw metres (normalizeTarget none, 75-1,970) with SGD 0.01: NaN in the first epoch'),
  'nan-loss.sgd-batch-one-renewed': ('nan-loss', 'sgd-batch-one-renewed', P, ['nan-loss', 'lr-too-high'], 'track-renewed model with SGD 0.5 at batch size 1: NaN in the first epoch'),
  'nan-loss.sgd-0.5-tanh-geometry': ('nan-loss', 'sgd-0.5-tanh-geometry', P, ['nan-loss', 'lr-too-high'], 'track-geometry model with plain SGD lr 0.5 on a tanh layer, batch 16: NaN in the first epoch'),
  'lr-too-high.adam-0.1-stock': ('lr-too-high', 'adam-0.1-stock', T, ['lr-too-high', 'oscillating-loss'], 'rolling-stock class with adam lr 0.1, batch 16: noisy at 0.11-0.23 with repeated jumps, ending at 1.16 (0.92 of the prior) where adam 0.005 reaches 0.03; 69-75% of the second ReLU layer dead (curve in observed-curves.txt)'),
  'lr-too-high.adam-0.2-band': ('lr-too-high', 'adam-0.2-band', P, ['lr-too-high'], 'priority band with adam lr 0.2, batch 16: swings between 0.34 and 1.37 for the whole run, ends 1.20x the prior where adam 0.005 reaches 0.01 (curve in observed-curves.txt)'),
  'lr-too-high.nesterov-0.8-stock': ('lr-too-high', 'nesterov-0.8-stock', P, ['lr-too-high'], 'rolling-stock class with Nesterov SGD lr 0.8: swings between 0.22 and 0.76 for the whole run against 0.07 for Nesterov 0.02; the tanh layer 97-100% pinned (curve in observed-curves.txt)'),
  'lr-too-high.momentum-1-signal': ('lr-too-high', 'momentum-1-signal', P, ['lr-too-high'], 'signal-failure flag with momentum SGD lr 1 (momentum 0.9), batch 16: swings between 0.20 and 0.95 around the 0.29 prior, against 0.02-0.05 for the healthy ones; the tanh layer 95% pinned (curve in observed-curves.txt)'),
  'lr-too-low.sgd-1e-5-delay': ('lr-too-low', 'sgd-1e-5-delay', P, ['lr-too-low'], 'service-delay model with plain SGD lr 1e-5: 60 epochs move the loss from 1.31 to 1.10, against 0.06 for adam 0.003'),
  'lr-too-low.adam-1e-6-stock': ('lr-too-low', 'adam-1e-6-stock', P, ['lr-too-low'], 'rolling-stock class with adam lr 1e-6: 1.48 to 1.46, above the class prior'),
  'lr-too-low.rmsprop-1e-6-tonnes': ('lr-too-low', 'rmsprop-1e-6-tonnes', P, ['lr-too-low'], 'freight net-tonnes model with rmsprop lr 1e-6: 2.65 to 2.60, far above the baseline'),
  'lr-too-low.momentum-1e-6-band': ('lr-too-low', 'momentum-1e-6-band', P, ['lr-too-low'], 'priority band with momentum SGD lr 1e-6: 1.78 to 1.76, above the prior'),
  'saturated-activation.sigmoid-raw-gross-tonnes-renewed': ('saturated-activation', 'sigmoid-raw-gross-tonnes-renewed', P, ['saturated-activation'], 'track renewed from raw annual gross tonnes and tonnes since grinding (normalize none) through a sigmoid layer: 100% pinned, zero first-layer gradient, loss at the baseline'),
  'saturated-activation.sigmoid-raw-gross-tonnes-geometry': ('saturated-activation', 'sigmoid-raw-gross-tonnes-geometry', P, ['saturated-activation'], 'track geometry from raw annual gross tonnes (normalize none) through a sigmoid layer: 100% pinned, zero first-layer gradient, loss at the baseline'),
  'saturated-activation.tanh-raw-gross-tonnes-signal': ('saturated-activation', 'tanh-raw-gross-tonnes-signal', P, ['saturated-activation'], 'signal-failure flag with tanh layers on raw annual gross tonnes (normalize none): the first layer 100% pinned, zero gradient, at the prior against 0.06-0.19 normalized'),
  'saturated-activation.tanh-raw-length-tonnes': ('saturated-activation', 'tanh-raw-length-tonnes', P, ['saturated-activation'], 'freight net tonnes from raw train length in metres, distance km and wagon counts (normalize none) through a tanh layer: 98-100% pinned, 0.48 of the baseline against 0.01-0.05 normalized'),
  'loss-plateau.spirals-one-unit-bottleneck': ('loss-plateau', 'spirals-one-unit-bottleneck', T, ['loss-plateau'], 'loop-line routing spirals (3 classes) through a 1-unit tanh layer: flat at 0.98 of the prior'),
  'loss-plateau.weight-decay-one-band': ('loss-plateau', 'weight-decay-one-band', T, ['loss-plateau'], 'priority-band classifier with SGD weightDecay 1 (meant 1e-4): flat at the class prior from epoch 8'),
  'loss-plateau.route-id-only-delay': ('loss-plateau', 'route-id-only-delay', T, ['loss-plateau'], 'service-delay model whose only feature is the constant route id: flat at the baseline from the first epoch'),
  'loss-plateau.depot-code-only-stock': ('loss-plateau', 'depot-code-only-stock', T, ['loss-plateau'], 'rolling-stock class classifier whose only feature is the numeric depot code (unrelated to the class): flat at 0.99 of the prior'),
  'oscillating-loss.rmsprop-full-batch-delay': ('oscillating-loss', 'rmsprop-full-batch-delay', T, ['oscillating-loss', 'lr-too-high'], 'service delay with rmsprop 0.05 on the full 720 rows per step: settles near 0.08, then repeated rises up to 0.37 through the second half'),
  'oscillating-loss.rmsprop-full-batch-tonnes': ('oscillating-loss', 'rmsprop-full-batch-tonnes', T, ['oscillating-loss', 'lr-too-high'], 'freight net tonnes with rmsprop 0.05 on full batches: near 0.015-0.04 between repeated spikes up to 0.80'),
  'oscillating-loss.rmsprop-0.1-full-batch-renewed-tanh': ('oscillating-loss', 'rmsprop-0.1-full-batch-renewed-tanh', T, ['oscillating-loss', 'lr-too-high'], 'track renewed with rmsprop 0.1 on a tanh layer, full batches: near 0.04-0.06 between repeated spikes to 0.84, 0.90, 0.73, 1.43 through the run'),
  'oscillating-loss.momentum-0.99-full-batch-renewed': ('oscillating-loss', 'momentum-0.99-full-batch-renewed', T, ['oscillating-loss', 'lr-too-high'], 'track renewed with SGD lr 0.05 and momentum 0.99 on full batches: swings between 0.05 and 0.64 early and 0.06-0.27 to the end, where minibatch adam reaches 0.01'),
}

HEALTHY_RENAME = {}

DROPPED = {
  'init-symmetry.constant-relu-tonnes': 'constant 0.2 on every layer: the identical ReLU units still fit the near-linear tonnage rule, 0.05 of the baseline, at the edge of the healthy range (0.01-0.05); no clear harm',
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
    about = ('Ninety-third fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
             'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
             'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
             'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
             '(observed.txt); --curve for the lr-too-high, lr-too-low, plateau, oscillating and a few borderline ones (observed-curves.txt); '
             'no diagnosis code involved. Theme: railways and rail operations: services.csv (720 passenger services: text headcodes, a constant route id '
             'and departure timestamps left out by "features", distance in km (8-700, log-normal), stops, passengers per train (6-4,500, log-normal), '
             'carriages, peak-hour flag, single-track share, rain in mm (skewed) -> arrival delay in minutes), services-export-na.csv (the same '
             'services with "NA" passenger counts on 20 rows), sections.csv (640 track-section inspections: text section ids and inspection '
             'timestamps left out, rail temperature, gauge and cant deviations and twist in mm, sleeper age, annual gross tonnes (1.7e6-9e7, '
             'log-normal), signal cable age, flooding history -> a geometry index in mm and a rare "signal failure" flag, 53 of 640), fleet.csv '
             '(600 rolling-stock units: text unit numbers and a numeric depot code left out, max speed, length in m, tare tonnes, seats, traction kW '
             '(hundreds to thousands), pantograph -> a 4-class stock class with a rare hst class), freight.csv (560 freight trains: train numbers '
             'and departure timestamps left out, wagons, axle load in tonnes, axles per wagon, train length in m, distance, ruling gradient, '
             'aggregates flag -> net tonnes hauled, 60-4,260, skewed), possessions.csv (500 track-maintenance possessions: text works orders left '
             'out, crew size, possession hours, rail temperature, annual gross tonnes, tonnes since grinding in thousands (skewed) -> metres of track '
             'renewed and a 3-level priority band with a rare urgent level), plus the builtins iris, moons, circles, blobs, sine, xor, spirals and '
             'one inline platform-dwell pilot table. Data written by data/generate.ts; specs by author.ts; filing and this manifest by '
             'write-manifest.py. See README.md.')
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
