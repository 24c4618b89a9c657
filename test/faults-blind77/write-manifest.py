#!/usr/bin/env python3
"""Files the candidates of the seventy-seventh blind fault set by what test/faults/observe.ts showed
(observed.txt, observed-curves.txt) and writes manifest.json: `python3 test/faults-blind77/write-manifest.py`.
Faulty specs go to faulty/<code>.<slug>.nn.json, healthy ones to healthy/<slug>.nn.json, the rest to dropped/."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

S, P, T = 'static', 'probe', 'training'

# candidate -> (code, slug, stage, catches, fault)
FAULTS = {
    # invalid-spec
    'invalid-spec.optimiser-british': ('invalid-spec', 'optimiser-british', S, ['invalid-spec'], 'top-level block written "optimiser" (British spelling), so the spec has an unknown key and no optimizer'),
    'invalid-spec.activation-keras-case': ('invalid-spec', 'activation-keras-case', S, ['invalid-spec'], 'activation written "ReLU" (PyTorch class-name habit) on both hidden layers of the berth-time regressor'),
    'invalid-spec.batch-size-snake': ('invalid-spec', 'batch-size-snake', S, ['invalid-spec'], 'training block says "batch_size" (Keras/PyTorch habit) instead of batchSize in the hull-grade classifier'),
    'invalid-spec.loss-keras-name': ('invalid-spec', 'loss-keras-name', S, ['invalid-spec'], 'loss written "binary_crossentropy" (the Keras name) instead of "bce" for the engine-failure flag'),
    'invalid-spec.init-glorot': ('invalid-spec', 'init-glorot', S, ['invalid-spec'], 'init written "glorot_uniform" (the Keras name) instead of "xavier_uniform" on the weather-routing classifier'),
    # data-error
    'data-error.target-per-mile': ('data-error', 'target-per-mile', S, ['data-error'], 'target "fuel_per_nm" does not exist in voyages.csv (the column is fuel_kg_nm)'),
    'data-error.file-singular': ('data-error', 'file-singular', S, ['data-error'], 'csv path "../data/voyage.csv" (singular): the voyage log is voyages.csv'),
    'data-error.noon-report-na': ('data-error', 'noon-report-na', S, ['data-error'], 'noon-report export with "n/a" in wave_m wherever the wave sensor was down (non-numeric feature cells)'),
    'data-error.two-leg-extract': ('data-error', 'two-leg-extract', S, ['data-error'], 'fuel model pointed at a two-voyage extract of the log (2 data rows): far too few rows to fit 7 features; the bare engine happily memorises them'),
    'data-error.feature-wave-height': ('data-error', 'feature-wave-height', S, ['data-error'], 'features list names "wave_height_m"; the voyage log column is wave_m'),
    # shape-mismatch
    'shape-mismatch.routing-three-units': ('shape-mismatch', 'routing-three-units', S, ['shape-mismatch'], '3 softmax output units for the 4 weather-routing choices (direct, northern, southern, hold: "hold" forgotten)'),
    'shape-mismatch.berth-two-outputs': ('shape-mismatch', 'berth-two-outputs', S, ['shape-mismatch'], '2 linear output units for the single berth_h regression target'),
    'shape-mismatch.hull-five-grades': ('shape-mismatch', 'hull-five-grades', S, ['shape-mismatch'], '5 softmax output units (a five-grade survey scale) for hull.csv, which has 3 grades'),
    # loss-activation-mismatch
    'loss-activation-mismatch.routing-softmax-mse': ('loss-activation-mismatch', 'routing-softmax-mse', S, ['loss-activation-mismatch'], 'softmax output trained with mse on the 4 weather-routing classes instead of cce'),
    'loss-activation-mismatch.failure-linear-bce': ('loss-activation-mismatch', 'failure-linear-bce', S, ['loss-activation-mismatch'], 'engine-failure flag with a linear output unit under bce (no sigmoid): loss ends far above the prior'),
    'loss-activation-mismatch.berth-sigmoid-raw-hours': ('loss-activation-mismatch', 'berth-sigmoid-raw-hours', S, ['loss-activation-mismatch'], 'sigmoid output for berth hours in raw units (about 3-150 h), mse, no normalizeTarget: the output cannot exceed 1 and sits pinned'),
    'loss-activation-mismatch.hull-sigmoid-cce': ('loss-activation-mismatch', 'hull-sigmoid-cce', S, ['loss-activation-mismatch'], 'sigmoid output (3 units) under cce for the hull grades instead of softmax: the loss collapses while accuracy stays near 0.55'),
    'loss-activation-mismatch.fuel-tanh-output': ('loss-activation-mismatch', 'fuel-tanh-output', S, ['loss-activation-mismatch'], 'tanh output for fuel per nautical mile in raw kg/nm (about 14-190), mse, no normalizeTarget: output pinned at 1'),
    # init-symmetry
    'init-symmetry.fuel-zeros-hidden': ('init-symmetry', 'fuel-zeros-hidden', S, ['init-symmetry'], 'both tanh hidden layers of the fuel regressor initialised with zeros: no gradient reaches them and the loss stays at the baseline'),
    'init-symmetry.hull-constant-hidden': ('init-symmetry', 'hull-constant-hidden', S, ['init-symmetry'], 'hidden ReLU layer initialised constant 0.1: all 24 units identical, the layer acts as one unit'),
    'init-symmetry.engine-zeros-all': ('init-symmetry', 'engine-zeros-all', S, ['init-symmetry'], 'every layer of the engine-failure net initialised with zeros: ReLUs never fire, loss stays at the prior'),
    # init-scale
    'init-scale.berth-normal-std3': ('init-scale', 'berth-normal-std3', S, ['init-scale'], 'hidden ReLU layers initialised normal std 3 (He would be about 0.5 and 0.18): first loss 3.6e4 times the baseline and it never comes back below it'),
    'init-scale.hull-tiny-deep-tanh': ('init-scale', 'hull-tiny-deep-tanh', S, ['init-scale'], 'three tanh layers of 32 initialised normal std 0.001 (Glorot about 0.18-0.25): signal nearly vanishes at the start'),
    'init-scale.routing-uniform-wide': ('init-scale', 'routing-uniform-wide', S, ['init-scale'], 'tanh and softmax layers initialised uniform limit 2.5 (Glorot about 0.33-0.35): half the hidden tanh units saturated, first loss 6x the baseline'),
    # no-nonlinearity
    'no-nonlinearity.routing-no-activation': ('no-nonlinearity', 'routing-no-activation', S, ['no-nonlinearity'], 'activation left out on both hidden layers of the weather-routing classifier (defaults to linear): a linear model of threshold rules'),
    'no-nonlinearity.berth-linear-hidden': ('no-nonlinearity', 'berth-linear-hidden', S, ['no-nonlinearity'], 'hidden layers of the berth-time regressor explicitly "linear" while berth time is TEU divided by crane capacity'),
    'no-nonlinearity.hull-linear-batchnorm': ('no-nonlinearity', 'hull-linear-batchnorm', S, ['no-nonlinearity'], 'only hidden layer linear with batchNorm (batch normalization mistaken for the nonlinearity) in the hull-grade classifier'),
    # lr-out-of-range
    'lr-out-of-range.adam-lr-5': ('lr-out-of-range', 'adam-lr-5', S, ['lr-out-of-range', 'lr-too-high'], 'adam lr 5 (a step size meant for plain sgd on a tiny model) on the fuel regressor'),
    'lr-out-of-range.sgd-lr-150': ('lr-out-of-range', 'sgd-lr-150', S, ['lr-out-of-range', 'lr-too-high'], 'sgd lr 150 (the scale of the rpm column typed as the learning rate) on the engine-failure net'),
    'lr-out-of-range.rmsprop-lr-20': ('lr-out-of-range', 'rmsprop-lr-20', S, ['lr-out-of-range', 'lr-too-high'], 'rmsprop lr 20 on the port-delay regressor'),
    # dead-relu
    'dead-relu.fuel-negative-bias': ('dead-relu', 'fuel-negative-bias', P, ['dead-relu'], 'ReLU hidden layers of the fuel regressor given bias -4 "to keep activations sparse": the second layer is dead from the start, loss stays at the baseline'),
    'dead-relu.routing-bias-minus3': ('dead-relu', 'routing-bias-minus3', P, ['dead-relu'], 'ReLU hidden layers of the routing classifier given bias -3: second layer all dead, loss stays at the prior'),
    'dead-relu.hull-sgd-lr-high': ('dead-relu', 'hull-sgd-lr-high', P, ['dead-relu', 'lr-too-high'], 'deep ReLU hull-grade net on sgd lr 0.5 momentum 0.9: the third hidden layer dies entirely and the loss stays at the prior'),
    'oscillating-loss.hull-momentum-095-batch4': ('dead-relu', 'hull-momentum-095-batch4', P, ['dead-relu', 'lr-too-high'], 'hull-grade net on sgd lr 0.1 momentum 0.95 with batch 4: 91% of the ReLU units die in the first epochs and the loss stays near the prior'),
    'dead-relu.engine-adam-lr-high': ('dead-relu', 'engine-adam-lr-high', T, ['dead-relu', 'lr-too-high'], 'engine-failure net with three ReLU layers on adam lr 0.08: after a loss spike two hidden layers are about two-thirds dead and the loss ends 2.5x its best'),
    # exploding-gradient
    'exploding-gradient.berth-raw-teu-adam': ('exploding-gradient', 'berth-raw-teu-adam', P, ['exploding-gradient'], 'berth time in raw hours from raw features (TEU in the thousands, dwell hours) without normalization: gradient norms up to 5e6'),
    'exploding-gradient.delay-raw-hours-deep': ('exploding-gradient', 'delay-raw-hours-deep', P, ['exploding-gradient'], 'three-layer ReLU net on raw port-delay features and raw hours with sgd momentum: layer gradient norms in the thousands early, later layers mostly dead'),
    'exploding-gradient.fuel-raw-dwt-rmsprop': ('exploding-gradient', 'fuel-raw-dwt-rmsprop', P, ['exploding-gradient'], 'fuel in raw kg/nm from raw features (deadweight in tens of thousands of tonnes) with no normalization: gradient norms up to 1.7e8, loss ends 148x the baseline'),
    'dead-relu.delay-raw-epoch': ('exploding-gradient', 'delay-raw-epoch-adam', P, ['exploding-gradient'], 'ETA epoch timestamp (1.7e9) kept as a raw feature next to the others, no normalization: gradient norms up to 8.6e17, loss stuck at 620x the baseline'),
    'nan-loss.fuel-raw-sgd': ('exploding-gradient', 'fuel-raw-sgd', P, ['exploding-gradient', 'lr-too-high'], 'plain sgd lr 0.01 on raw voyage features (deadweight in tonnes) and raw kg/nm: first-epoch loss 4e33, gradient norms to 7e15, then the hidden layer is dead'),
    # vanishing-gradient
    'vanishing-gradient.hull-deep-sigmoid': ('vanishing-gradient', 'hull-deep-sigmoid', P, ['vanishing-gradient'], 'six sigmoid hidden layers in the hull-grade classifier on plain sgd: first-layer gradient about 1e-4, loss at the prior'),
    'vanishing-gradient.engine-deep-sigmoid': ('vanishing-gradient', 'engine-deep-sigmoid', P, ['vanishing-gradient'], 'seven sigmoid hidden layers of 12 in the engine-failure net: first-layer gradient about 1e-5, loss at the prior'),
    'vanishing-gradient.routing-deep-sigmoid-rmsprop': ('vanishing-gradient', 'routing-deep-sigmoid', P, ['vanishing-gradient'], 'six sigmoid hidden layers of 24 in the routing classifier on sgd lr 0.01: first-layer gradient about 1e-4, loss at the prior'),
    # nan-loss
    'dead-relu.berth-raw-teu-sgd': ('nan-loss', 'berth-raw-teu-sgd', P, ['nan-loss'], 'berth model on raw features (TEU in the thousands) with plain sgd: the loss is NaN within the first epoch'),
    'nan-loss.delay-raw-epoch-sgd': ('nan-loss', 'delay-raw-epoch-sgd', P, ['nan-loss'], 'ETA epoch timestamp (1.7e9) as a raw feature and raw delay hours under sgd momentum: NaN in the first epoch'),
    'lr-too-high.delay-momentum-lr-0.3': ('nan-loss', 'delay-momentum-lr-0.3', P, ['nan-loss', 'lr-too-high'], 'port-delay regressor on sgd lr 0.3 momentum 0.9: NaN at epoch 2'),
    'oscillating-loss.berth-momentum-099': ('nan-loss', 'berth-momentum-099', P, ['nan-loss', 'lr-too-high'], 'berth regressor on sgd lr 0.05 with momentum 0.99 and batch 16: loss 9e53 at epoch 3, NaN at epoch 4'),
    # lr-too-high
    'lr-too-high.berth-rmsprop-lr-0.2': ('lr-too-high', 'berth-rmsprop-lr-0.2', P, ['lr-too-high', 'oscillating-loss'], 'rmsprop lr 0.2 on the berth regressor: loss jumps between 0.5 and 2.5 times the baseline and ends above it'),
    'lr-too-high.fuel-sgd-lr-0.5': ('lr-too-high', 'fuel-sgd-lr-0.5', P, ['lr-too-high', 'dead-relu'], 'plain sgd lr 0.5 on the fuel regressor: the loss bounces back up to the baseline and the second ReLU layer dies'),
    'lr-too-high.routing-adam-lr-0.3': ('lr-too-high', 'routing-adam-lr-0.3', P, ['lr-too-high', 'dead-relu'], 'adam lr 0.3 on the routing classifier: loss falls to 0.85 then climbs back to about the prior, second ReLU layer 88% dead'),
    # lr-too-low
    'lr-too-low.hull-sgd-1e-5': ('lr-too-low', 'hull-sgd-1e-5', P, ['lr-too-low'], 'plain sgd lr 1e-5 on the hull-grade classifier: loss 1.58 to 1.56 in 100 epochs (prior 1.02)'),
    'lr-too-low.engine-adam-1e-6': ('lr-too-low', 'engine-adam-1e-6', P, ['lr-too-low'], 'adam lr 1e-6 on the engine-failure net: loss 1.10 to 1.07 in 100 epochs (prior 0.20)'),
    'lr-too-low.berth-momentum-1e-6': ('lr-too-low', 'berth-momentum-1e-6', P, ['lr-too-low'], 'sgd lr 1e-6 with momentum on the berth regressor: loss 2.67 to 2.09 in 100 epochs (baseline 1)'),
    'lr-too-low.fuel-rmsprop-1e-6': ('lr-too-low', 'fuel-rmsprop-1e-6', P, ['lr-too-low'], 'rmsprop lr 1e-6 on the fuel regressor: loss 1.18 to 1.14 in 100 epochs (baseline 1)'),
    # saturated-activation
    'saturated-activation.fuel-tanh-raw-dwt': ('saturated-activation', 'fuel-tanh-raw-dwt', P, ['saturated-activation'], 'tanh hidden layers fed raw voyage features (deadweight in tens of thousands of tonnes), normalize none: first layer 100% saturated, loss at the baseline'),
    'saturated-activation.engine-sigmoid-raw-exhaust': ('saturated-activation', 'engine-sigmoid-raw-exhaust', P, ['saturated-activation'], 'sigmoid hidden layer fed raw engine sensors (exhaust in hundreds of degrees C, run hours in thousands): 100% saturated, loss at the prior'),
    'saturated-activation.berth-tanh-raw-teu': ('saturated-activation', 'berth-tanh-raw-teu', P, ['saturated-activation'], 'tanh hidden layer fed raw terminal features (TEU in the thousands) with rmsprop: 100% saturated, loss at the baseline'),
    'nan-loss.berth-raw-momentum': ('saturated-activation', 'berth-tanh-raw-momentum', P, ['saturated-activation'], 'tanh hidden layer on raw terminal features and raw berth hours with sgd momentum: the layer is 100% saturated, gets no gradient, loss ends above the baseline'),
    # loss-plateau
    'loss-plateau.hull-id-columns': ('loss-plateau', 'hull-id-columns', T, ['loss-plateau'], 'hull grade predicted from the IMO number alone (the vessel id column picked as the feature): loss flat at the prior'),
    'loss-plateau.delay-timestamp-only': ('loss-plateau', 'delay-timestamp-only', T, ['loss-plateau'], 'port delay predicted from the ETA epoch timestamp alone: loss flat at 0.99 of the baseline'),
    'loss-plateau.routing-dropout-heavy': ('loss-plateau', 'routing-dropout-heavy', T, ['loss-plateau'], 'dropout 0.9 after each 16-unit hidden layer of the routing classifier: loss settles at 0.97 of the prior'),
    'loss-plateau.berth-weight-decay-1': ('loss-plateau', 'berth-weight-decay-1', T, ['loss-plateau'], 'weightDecay 1 on the berth regressor (meant 1e-4): loss reaches 0.43 then the decay drags it back to the baseline, where it stays flat'),
    # oscillating-loss
    'oscillating-loss.berth-rmsprop-tanh-lr-0.1': ('oscillating-loss', 'berth-rmsprop-lr-0.1', T, ['oscillating-loss', 'lr-too-high'], 'rmsprop lr 0.1 on the berth regressor: the loss swings between 0.11 and 0.75 of the baseline, flipping direction most epochs, never settling'),
    'oscillating-loss.delay-rmsprop-tanh-lr-0.15': ('oscillating-loss', 'delay-rmsprop-lr-0.15', T, ['oscillating-loss', 'lr-too-high'], 'rmsprop lr 0.15 on the port-delay regressor: the loss swings between 0.3 and 1.2 of the baseline without settling'),
    'oscillating-loss.fuel-rmsprop-tanh-lr-0.1': ('oscillating-loss', 'fuel-rmsprop-lr-0.1', T, ['oscillating-loss', 'lr-too-high'], 'rmsprop lr 0.1 on the fuel regressor: the loss swings between 0.09 and 0.8 of the baseline without settling'),
}

# candidates filed as healthy under another name
HEALTHY_RENAME = {'oscillating-loss.fuel-sgd-batch2': 'voyage-fuel-sgd-batch2'}

DROPPED = {
    'lr-too-low.delay-rmsprop-1e-6': 'loss barely moves (0.797 to 0.772) but starts and stays below 0.8 of the baseline, so it is not clearly a stalled run',
    'dead-relu.terminal-bias-minus2': 'bias -2.5 left only 13% of units dead and the loss reached 0.03 of the baseline: not a fault',
    'shape-mismatch.failure-two-sigmoid': 'the engine accepted 2 sigmoid units under bce for a 0/1 target and trained to 0.16 of the prior: not clearly a shape fault',
    'nan-loss.fuel-raw-momentum': 'no NaN (loss 4e29 then flat at the baseline with the layer dead): a duplicate of exploding-gradient.fuel-raw-sgd',
    'oscillating-loss.delay-rmsprop-batch8': '84% of the ReLU units died yet the loss reached 0.07 of the baseline; swings small: neither clearly faulty nor healthy',
    'oscillating-loss.fuel-adam-batch1': '94% of the ReLU units died yet the loss reached 0.05 of the baseline; swings small: neither clearly faulty nor healthy',
}
# written as oscillation candidates, but the loss settled or swung by only a few percent of the baseline
for name in ['routing-batch4-adam', 'routing-rmsprop-batch2', 'engine-adam-batch8', 'berth-momentum-099-lr-0.005', 'delay-sgd-batch4',
             'berth-full-batch-momentum', 'routing-full-batch-adam', 'delay-full-batch-rmsprop', 'hull-full-batch-rmsprop', 'fuel-sgd-edge',
             'engine-full-batch-rmsprop', 'iris-full-batch-momentum', 'delay-rmsprop-batch64', 'berth-rmsprop-lr-0.05', 'berth-rmsprop-lr-0.1',
             'delay-rmsprop-lr-0.1', 'fuel-adam-lr-0.1', 'routing-sgd-lr-2-full-batch', 'hull-adam-lr-0.1', 'engine-momentum-lr-1', 'hull-adam-lr-0.2']:
    DROPPED['oscillating-loss.' + name] = 'written as an oscillation; the loss settled or swung by only a few percent of the baseline (median epoch-to-epoch change under 0.05 of it): not clearly oscillating, and not checked as healthy'


def observed():
    lines = {}
    for line in open(os.path.join(HERE, 'observed.txt')):
        line = line.strip()
        m = re.match(r'^([^ :]+?)(?:\.nn\.json)?[: ]', line)
        lines[m.group(1)] = line
    return lines


def covers(spec):
    d = spec['data']
    if 'builtin' in d:
        src = f"builtin {d['builtin']}" + (f" {d['classes']} classes" if 'classes' in d else '')
    else:
        src = f"{os.path.basename(d['csv'])} -> {d['target']}, {d.get('normalize', 'none')}" + (f", target {d['normalizeTarget']}" if d.get('normalizeTarget') else '')
    layers = ', '.join(
        f"{l['units']} {l.get('activation', 'linear')}" + (' bn' if l.get('batchNorm') else '') if l['type'] == 'dense' else f"dropout {l['rate']}"
        for l in spec['layers'])
    o = spec['optimizer']
    opt = o['type'] + (f" momentum {o['momentum']}" if 'momentum' in o else '') + (' nesterov' if o.get('nesterov') else '') + f" {o['lr']}"
    for k in ('weightDecay', 'clipNorm'):
        if k in o:
            opt += f" {k} {o[k]}"
    t = spec['training']
    extra = f", validationSplit {t['validationSplit']}" if 'validationSplit' in t else ''
    return f"{src}, [{layers}], {spec['loss']}, {opt}, batch {t['batchSize']}, {t['epochs']} epochs{extra}"


def main():
    obs = observed()
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy, dropped = [], [], []
    for fname in sorted(os.listdir(CAND)):
        name = fname[:-len('.nn.json')]
        src = os.path.join(CAND, fname)
        line = obs[name]
        if name in FAULTS:
            code, slug, stage, catches, text = FAULTS[name]
            assert code in catches
            target = f'faulty/{code}.{slug}.nn.json'
            faults.append({'file': target, 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': catches})
        elif name.startswith('ok.') or name in HEALTHY_RENAME:
            slug = HEALTHY_RENAME.get(name, name[3:])
            target = f'healthy/{slug}.nn.json'
            spec = json.load(open(src))
            healthy.append({'file': target, 'covers': f'{covers(spec)} (observe: {line})'})
        elif name in DROPPED:
            target = f'dropped/{fname}'
            dropped.append((fname, DROPPED[name]))
        else:
            raise SystemExit(f'candidate {name} has no verdict')
        assert not os.path.exists(os.path.join(HERE, target)), target
        shutil.copy(src, os.path.join(HERE, target))
    missing = set(FAULTS) | set(DROPPED) | set(HEALTHY_RENAME)
    missing -= {f[:-len('.nn.json')] for f in os.listdir(CAND)}
    assert not missing, missing
    about = ('Seventy-seventh fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
             'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be '
             'caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" text (and each healthy "covers") ends with '
             'the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low, plateau '
             'and some dead-relu ones (observed-curves.txt); no diagnosis code involved. Theme: maritime shipping and ports: voyage logs (voyages.csv: 440 voyages, '
             'speed in knots, draft, deadweight in tonnes, wind, wave height, laden flag, hull age, with voyage ids, IMO numbers and departure epochs; fuel per '
             'nautical mile in kg/nm and a 4-class weather-routing choice), container terminal calls (terminal.csv: 380 calls, TEU in the thousands, cranes, '
             'crane moves per hour, yard occupancy, dwell hours; berth hours), engine-room sensors (engine.csv: 700 hourly readings of one vessel, exhaust '
             'temperature, rpm, lube-oil pressure, vibration, run hours; a 5% failure flag), hull inspections (hull.csv: 330 surveys, 3 string grades) and '
             'port-call delays in hours (delays.csv: 360 calls, skewed), plus two faulty extracts and the builtin iris, moons, circles, blobs, spirals, sine and xor. '
             'Data written by data/generate.ts; specs by author.ts; this manifest by write-manifest.py. See README.md for how it was written and what was read.')
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    counts = {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(dropped)} dropped')
    for code, n in sorted(counts.items()):
        print(f'  {code}: {n}')
    for fname, why in dropped:
        print(f'  dropped {fname}: {why}')


main()
