#!/usr/bin/env python3
"""Files the candidates of test/faults-blind66 by what the bare engine did and writes manifest.json.

Run from anywhere after `npx tsx test/faults-blind66/author.ts` and the observe runs (observed.txt):
`python3 test/faults-blind66/write-manifest.py`. Each verdict below was decided from observed.txt
(--summary) and observed-curves.txt (--curve); the candidate's observed.txt line is embedded in its
manifest entry. A candidate may be filed under another code than it was written for (its final name
says which); candidates that clearly show neither a fault nor health go to dropped/.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

S, P, T = 'static', 'probe', 'training'

# candidate -> (final code, final slug, stage, catches, fault text)
FAULTS = {
    # invalid-spec
    'invalid-spec.delay-relu-capitalised': ('invalid-spec', 'delay-relu-capitalised', S, ['invalid-spec'],
        'activation written "ReLU" (PyTorch class-name habit) on both hidden layers of the arrival-delay regressor'),
    'invalid-spec.engines-learning-rate-key': ('invalid-spec', 'engines-learning-rate-key', S, ['invalid-spec'],
        'optimizer block uses the Keras keyword "learning_rate" instead of "lr" in the engine-maintenance classifier'),
    'invalid-spec.voyage-adamw': ('invalid-spec', 'voyage-adamw', S, ['invalid-spec'],
        'optimizer type "adamw" (not an optimizer of the engine) on the voyage fuel-burn regressor'),
    'invalid-spec.containers-batch-size-snake': ('invalid-spec', 'containers-batch-size-snake', S, ['invalid-spec'],
        'training block written with the snake_case key "batch_size" (pandas/PyTorch habit) for the container dwell-time model'),
    'invalid-spec.claims-keras-loss-name': ('invalid-spec', 'claims-keras-loss-name', S, ['invalid-spec'],
        'loss written as the Keras name "binary_crossentropy" instead of "bce" for the cargo-claim classifier'),
    # data-error
    'data-error.raw-export-na-delays': ('data-error', 'raw-export-na-delays', S, ['data-error'],
        'regression trained on the raw flight export, whose arr_delay_min is "NA" for cancelled flights and "--" for a few others'),
    'data-error.delay-target-renamed': ('data-error', 'delay-target-renamed', S, ['data-error'],
        'target "arrival_delay" taken from an old schema; the file calls the column arr_delay_min'),
    'data-error.tail-number-in-features': ('data-error', 'tail-number-in-features', S, ['data-error'],
        'the string tail number (N131CR, ...) listed among the features of the maintenance-event model'),
    'data-error.voyage-file-missing': ('data-error', 'voyage-file-missing', S, ['data-error'],
        'spec points at voyages_2024.csv, a file that was never exported (the data folder holds voyages.csv)'),
    # shape-mismatch
    'shape-mismatch.status-two-softmax': ('shape-mismatch', 'status-two-softmax', S, ['shape-mismatch'],
        'flight status has three classes (on_time, late, cancelled) but the softmax head has 2 units (cancelled forgotten)'),
    'shape-mismatch.fuel-and-wait-one-output': ('shape-mismatch', 'fuel-and-wait-one-output', S, ['shape-mismatch'],
        'two regression targets (fuel_t and wait_h) but a single output unit'),
    'shape-mismatch.dwell-band-four-units': ('shape-mismatch', 'dwell-band-four-units', S, ['shape-mismatch'],
        'dwell band has three classes (short, medium, long) but the softmax head has 4 units (an "extra-long" band that the data never got)'),
    # loss-activation-mismatch
    'loss-activation-mismatch.status-softmax-mse': ('loss-activation-mismatch', 'status-softmax-mse', S, ['loss-activation-mismatch'],
        'three-class flight status with a softmax head trained under mse instead of cce'),
    'loss-activation-mismatch.maint-linear-bce': ('loss-activation-mismatch', 'maint-linear-bce', S, ['loss-activation-mismatch'],
        'binary maintenance flag with a linear output unit under bce (the sigmoid left off the head)'),
    'loss-activation-mismatch.fuel-tonnes-sigmoid': ('loss-activation-mismatch', 'fuel-tonnes-sigmoid', S, ['loss-activation-mismatch'],
        'fuel burn in raw tonnes (10-245 t) regressed through a sigmoid output that cannot exceed 1'),
    'loss-activation-mismatch.claim-softmax-one-unit': ('loss-activation-mismatch', 'claim-softmax-one-unit', S, ['loss-activation-mismatch'],
        'binary damage-claim flag with a single softmax unit (always 1) under bce'),
    # init-symmetry
    'init-symmetry.delay-zeros-hidden': ('init-symmetry', 'delay-zeros-hidden', S, ['init-symmetry'],
        'both ReLU hidden layers of the delay regressor initialised with zeros'),
    'init-symmetry.engines-constant-hidden': ('init-symmetry', 'engines-constant-hidden', S, ['init-symmetry'],
        'tanh hidden layer of the maintenance model initialised to the constant 0.1: all 16 units stay identical (it still fits this nearly linear boundary)'),
    'init-symmetry.wait-zeros-two-layers': ('init-symmetry', 'wait-zeros-two-layers', S, ['init-symmetry'],
        'every layer of the port-waiting regressor (two tanh hidden layers and the output) initialised with zeros'),
    # init-scale
    'init-scale.fuel-normal-std-3': ('init-scale', 'fuel-normal-std-3', S, ['init-scale'],
        'ReLU layers of 64 and 32 units initialised normal with std 3 (He would be about 0.5 and 0.18)'),
    'init-scale.claims-uniform-limit-4': ('init-scale', 'claims-uniform-limit-4', S, ['init-scale'],
        'tanh layers initialised uniform with limit 4 (Glorot uniform would be about 0.35-0.4); the hidden tanh units run saturated, though the loss still falls'),
    'init-scale.status-std-1e-4-deep': ('init-scale', 'status-std-1e-4-deep', S, ['init-scale', 'vanishing-gradient'],
        'three tanh layers of 32 and the head initialised normal with std 1e-4: the signal and gradients vanish, the loss sits at the baseline'),
    # no-nonlinearity
    'no-nonlinearity.delay-activation-omitted': ('no-nonlinearity', 'delay-activation-omitted', S, ['no-nonlinearity'],
        'activation keys left out of the 64- and 32-unit hidden layers (default linear): the delay model is one linear map, missing the hour and weather thresholds'),
    'no-nonlinearity.status-linear-hidden': ('no-nonlinearity', 'status-linear-hidden', S, ['no-nonlinearity'],
        'hidden layers of the flight-status classifier explicitly "linear"'),
    'no-nonlinearity.dwell-band-linear': ('no-nonlinearity', 'dwell-band-linear', S, ['no-nonlinearity'],
        'the only hidden layer of the dwell-band classifier is linear (with batchNorm), so the net is a linear softmax'),
    # lr-out-of-range
    'lr-out-of-range.engines-adam-lr-5': ('lr-out-of-range', 'engines-adam-lr-5', S, ['lr-out-of-range', 'lr-too-high'],
        'adam with lr 5 (a SGD-on-logits habit; adam steps are about lr per weight)'),
    'lr-out-of-range.fuel-sgd-lr-200': ('lr-out-of-range', 'fuel-sgd-lr-200', S, ['lr-out-of-range', 'lr-too-high'],
        'sgd with lr 200 (typed for 2e-2 or a scale of a different unit)'),
    'lr-out-of-range.loadfactor-rmsprop-1e-9': ('lr-out-of-range', 'loadfactor-rmsprop-1e-9', S, ['lr-out-of-range', 'lr-too-low'],
        'rmsprop with lr 1e-9 (exponent slip for 1e-3)'),
    # dead-relu
    'dead-relu.delay-negative-bias': ('dead-relu', 'delay-negative-bias', P, ['dead-relu'],
        'ReLU hidden layers given bias -4 ("start sparse") on standardized flight features: the units never fire and the loss stays at the baseline'),
    'dead-relu.loadfactor-sgd-big-step': ('dead-relu', 'loadfactor-sgd-big-step', P, ['dead-relu', 'lr-too-high'],
        'load factor left in raw % (mean 87) without normalizeTarget under sgd 0.01: the first huge step kills the second ReLU layer and the loss stays at the baseline'),
    'nan-loss.loadfactor-raw-fare-sgd': ('dead-relu', 'loadfactor-raw-fare-sgd', P, ['dead-relu'],
        'raw fares (90-690 USD) and raw load factor with sgd 0.005, written for nan-loss: the first step blows the loss to 1e21 and then the whole ReLU layer is dead, loss stuck above the baseline'),
    # exploding-gradient
    'exploding-gradient.fuel-raw-target-adam': ('exploding-gradient', 'fuel-raw-target-adam', P, ['exploding-gradient'],
        'voyage features (tonnage in tens of thousands, distance in nm) and fuel in tonnes all left raw: gradient norms 3e4..5e8 throughout, adam keeps the steps bounded but the loss stays at half the baseline'),
    'exploding-gradient.delay-raw-distance-rmsprop': ('exploding-gradient', 'delay-raw-distance-rmsprop', P, ['exploding-gradient'],
        'flight features unnormalized (distance_km up to 4500) and delay in raw minutes: gradient norms 1e3..1e7 every epoch, loss ends 3x the baseline'),
    'exploding-gradient.engines-raw-rmsprop': ('exploding-gradient', 'engines-raw-rmsprop', P, ['exploding-gradient'],
        'engine snapshots fed raw (EGT ~650, fuel flow ~2800 kg/h, cycles in thousands): gradient norms in the thousands, bce stays 30x the baseline'),
    'exploding-gradient.loadfactor-raw-adam-elu': ('exploding-gradient', 'loadfactor-raw-adam-elu', P, ['exploding-gradient'],
        'raw fares and raw load factor % with adam: gradient norms 1e2..5e4 all run, loss never gets below the baseline for good'),
    # vanishing-gradient
    'vanishing-gradient.engines-deep-sigmoid': ('vanishing-gradient', 'engines-deep-sigmoid', P, ['vanishing-gradient'],
        'six sigmoid hidden layers under plain sgd for the maintenance flag: first-layer gradient ~1e-5, loss stays at the baseline'),
    'vanishing-gradient.dwell-band-deep-sigmoid': ('vanishing-gradient', 'dwell-band-deep-sigmoid', P, ['vanishing-gradient'],
        'five sigmoid hidden layers for the dwell band: gradient shrinks ~1000x towards the input, loss at the baseline'),
    'vanishing-gradient.loadfactor-deep-sigmoid': ('vanishing-gradient', 'loadfactor-deep-sigmoid', P, ['vanishing-gradient'],
        'six sigmoid hidden layers under sgd 0.01 for the load factor: first-layer gradient below 1e-3, loss at the baseline'),
    'vanishing-gradient.fuel-deep-sigmoid-momentum': ('vanishing-gradient', 'fuel-deep-sigmoid-momentum', P, ['vanishing-gradient'],
        'five sigmoid hidden layers of 32 under sgd with momentum for fuel burn: gradient shrinks towards the input, loss at the baseline'),
    # nan-loss
    'nan-loss.delay-epoch-and-flight-no': ('nan-loss', 'delay-epoch-and-flight-no', P, ['nan-loss'],
        'departure time as a Unix epoch (~1.7e9) and the flight number fed raw with the delay in minutes under sgd: NaN in the first epoch'),
    'nan-loss.fuel-raw-sgd': ('nan-loss', 'fuel-raw-sgd', P, ['nan-loss'],
        'raw voyage features and raw fuel tonnes under sgd with momentum: NaN in the first epoch'),
    'dead-relu.voyage-raw-sgd': ('nan-loss', 'wait-raw-features-sgd', P, ['nan-loss'],
        'raw voyage features (deadweight tonnage in tens of thousands) under sgd with momentum, written for dead-relu: NaN in the first epoch'),
    'lr-too-high.delay-sgd-0.5': ('nan-loss', 'delay-tanh-sgd-0.5', P, ['nan-loss', 'lr-too-high'],
        'sgd lr 0.5 on the standardized delay regression, written for lr-too-high: loss 5e15 in the first epoch, NaN at epoch 3'),
    # lr-too-high
    'lr-too-high.claims-adam-0.3': ('lr-too-high', 'claims-adam-0.3', T, ['lr-too-high'],
        'adam lr 0.3 on the claims classifier: loss jumps about (spike to 1.83), the second ReLU layer dies and the loss settles near the baseline'),
    'lr-too-high.status-momentum-1': ('lr-too-high', 'status-momentum-1', P, ['lr-too-high'],
        'sgd lr 1.0 with momentum 0.9 on the status classifier: loss rises from 1.65 to 2.6, then sits near the baseline with two thirds of the ReLUs dead'),
    'oscillating-loss.late-sgd-2-momentum': ('lr-too-high', 'late-sgd-2-momentum', T, ['lr-too-high', 'oscillating-loss'],
        'sgd lr 2 with momentum 0.9 on the late flag, written for oscillating-loss: the loss rises from 0.55 to 2.1 and ends 1.5x the baseline'),
    'oscillating-loss.delay-momentum-0.99': ('lr-too-high', 'delay-momentum-0.99', T, ['lr-too-high', 'oscillating-loss', 'nan-loss'],
        'sgd lr 0.05 with momentum 0.99 on the delay regression, written for oscillating-loss: the loss swings 0.9..2.7 and becomes NaN at epoch 15'),
    'exploding-gradient.delay-deep-momentum': ('lr-too-high', 'delay-deep-momentum-raw-target', T, ['lr-too-high', 'nan-loss'],
        'four ReLU layers, raw delay minutes, sgd 0.002 with momentum 0.9, written for exploding-gradient: the loss falls to 93, climbs back to 170, jumps to 1313 and is NaN at epoch 35'),
    # lr-too-low
    'lr-too-low.fuel-sgd-1e-5': ('lr-too-low', 'fuel-sgd-1e-5', P, ['lr-too-low'],
        'plain sgd with lr 1e-5 for fuel burn: the loss creeps from 2.40 to 1.71 in 100 epochs, still above the baseline'),
    'lr-too-low.engines-adam-1e-5': ('lr-too-low', 'engines-adam-1e-5', P, ['lr-too-low'],
        'adam with lr 1e-5 for 60 epochs on the maintenance flag: the loss falls from 1.16 to 1.06, five times the baseline'),
    'lr-too-low.dwell-rmsprop-3e-6': ('lr-too-low', 'dwell-rmsprop-3e-6', P, ['lr-too-low'],
        'rmsprop with lr 3e-6 for dwell days: the loss creeps from 1.30 to 1.22 in 80 epochs, above the baseline'),
    # saturated-activation
    'saturated-activation.voyage-tanh-raw-tonnage': ('saturated-activation', 'voyage-tanh-raw-tonnage', P, ['saturated-activation'],
        'tanh layers fed raw deadweight tonnage and distance (no normalize): the first layer is pinned at +-1, loss stays at the baseline'),
    'saturated-activation.engines-sigmoid-raw-egt': ('saturated-activation', 'engines-sigmoid-raw-egt', P, ['saturated-activation'],
        'sigmoid hidden layer fed raw EGT and fuel flow: every hidden unit pinned at 0 or 1, loss at the baseline'),
    'saturated-activation.loadfactor-tanh-raw-fare': ('saturated-activation', 'loadfactor-tanh-raw-fare', P, ['saturated-activation'],
        'tanh layer fed raw fares (90-690 USD) and months: 98% of its outputs pinned, loss stuck at 0.4 of the baseline where the normalized model reaches 0.07'),
    # loss-plateau
    'loss-plateau.delay-id-columns-only': ('loss-plateau', 'delay-id-columns-only', T, ['loss-plateau'],
        'feature list copied from the wrong notebook cell: only flight_no and dep_epoch, which carry no signal; the loss drifts 1.00 -> 0.93 and stays far from good'),
    'loss-plateau.claims-weight-decay-1': ('loss-plateau', 'claims-weight-decay-1', T, ['loss-plateau'],
        'weightDecay 1 (meant 1e-4) on the claims classifier: the weights are held at zero and the loss sits flat at the baseline after epoch 12'),
    'loss-plateau.dwell-dropout-0.9': ('loss-plateau', 'dwell-dropout-0.9', T, ['loss-plateau'],
        'dropout 0.9 (keep-probability habit) after two 8-unit layers: the loss falls to the baseline and stays there'),
    # oscillating-loss
    'oscillating-loss.dwell-rmsprop-0.1': ('oscillating-loss', 'dwell-rmsprop-0.1', T, ['oscillating-loss', 'lr-too-high'],
        'rmsprop lr 0.1 on dwell days: the loss swings 0.13..0.44 epoch after epoch and never settles'),
    'lr-too-high.loadfactor-rmsprop-0.2': ('oscillating-loss', 'loadfactor-rmsprop-0.2', T, ['oscillating-loss', 'lr-too-high'],
        'rmsprop lr 0.2 on the load factor, written for lr-too-high: the loss swings 0.4..1.9 around the baseline all run'),
    'oscillating-loss.fuel-rmsprop-0.1-tanh': ('oscillating-loss', 'fuel-rmsprop-0.1-tanh', T, ['oscillating-loss', 'lr-too-high'],
        'rmsprop lr 0.1 on fuel burn: the loss swings 0.13..0.50 every epoch where the healthy runs reach 0.01'),
    'oscillating-loss.delay-rmsprop-0.08-elu': ('oscillating-loss', 'delay-rmsprop-0.08-elu', T, ['oscillating-loss', 'lr-too-high'],
        'rmsprop lr 0.08 on the delay regression: the loss swings 0.47..0.99 every epoch and never settles'),
}

DROPPED = {
    'data-error.q1-sample-four-voyages': 'a 4-row voyage sample: it loads and trains (memorises the 4 rows), so whether it is statically wrong is a judgment, not a fact',
    'dead-relu.engines-adam-hot': 'adam 0.08 kills 69% of the second ReLU layer, but the loss still reaches 0.15 of the baseline: neither clearly faulty nor healthy',
    'shape-mismatch.maint-two-sigmoid': 'two sigmoid outputs for a binary bce target: the engine accepts it and trains to 0.16 of the baseline, so not a shape mismatch it shows',
    'vanishing-gradient.claims-deep-tanh-small': 'five tanh layers with std 0.05: trains to 0.31 of the baseline, first-layer gradient not small',
    'oscillating-loss.claims-rmsprop-0.1': 'keeps falling to 0.05 of the baseline with small swings',
    'oscillating-loss.claims-sgd-1.5-batch-16': 'keeps improving to 0.19 of the baseline with a few spikes only',
    'oscillating-loss.loadfactor-adam-batch-4': 'noise of about 0.02 of the baseline around 0.13, with 91% of the first layer dead: neither clearly oscillating nor healthy',
    'oscillating-loss.loadfactor-rmsprop-0.05-elu': 'swings 0.1..0.27 around 0.12 of the baseline: borderline',
    'oscillating-loss.moons-rmsprop-0.05': 'swings of about 0.02 of the baseline at 0.05: too small',
    'oscillating-loss.wait-adam-0.2': 'noisy around 0.07 of the baseline, swings small',
    'oscillating-loss.wait-sgd-0.3-batch-8': 'settles near 0.09 of the baseline, swings about 0.01',
}


def observed_lines():
    lines = {}
    with open(os.path.join(HERE, 'observed.txt')) as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            key = line.split()[0].rstrip(':')
            if key.endswith('.nn.json'):
                key = key[: -len('.nn.json')]
            lines[key] = line
    return lines


def describe_layers(layers):
    out = []
    for l in layers:
        if l['type'] == 'dropout':
            out.append(f"dropout {l['rate']}")
        else:
            t = f"{l['units']} {l.get('activation', 'linear')}"
            if l.get('batchNorm'):
                t += ' bn'
            out.append(t)
    return '[' + ', '.join(out) + ']'


def describe(spec):
    d = spec['data']
    if 'csv' in d:
        target = d['target'] if isinstance(d['target'], str) else '+'.join(d['target'])
        src = f"{os.path.basename(d['csv'])} -> {target}, normalize {d.get('normalize', 'none')}"
        if d.get('normalizeTarget'):
            src += f", normalizeTarget {d['normalizeTarget']}"
    else:
        src = f"builtin {d['builtin']}" + (f" ({d['classes']} classes)" if 'classes' in d else '')
        if d.get('normalize'):
            src += f", normalize {d['normalize']}"
    o = spec['optimizer']
    opt = f"{o['type']} {o['lr']}"
    for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm'):
        if k in o:
            opt += f" {k} {o[k]}"
    t = spec['training']
    tr = f"batch {t['batchSize']}, {t['epochs']} epochs"
    if t.get('validationSplit'):
        tr += f", validationSplit {t['validationSplit']}"
    return f"{src}, {describe_layers(spec['layers'])}, {spec['loss']}, {opt}, {tr}"


def main():
    obs = observed_lines()
    names = sorted(n[: -len('.nn.json')] for n in os.listdir(CAND) if n.endswith('.nn.json'))
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy, dropped = [], [], []
    for name in names:
        src = os.path.join(CAND, name + '.nn.json')
        line = obs[name]
        if name in FAULTS:
            code, slug, stage, catches, text = FAULTS[name]
            assert code in catches, name
            file = f'faulty/{code}.{slug}.nn.json'
            shutil.copy(src, os.path.join(HERE, file))
            faults.append({'file': file, 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': catches})
        elif name in DROPPED:
            shutil.copy(src, os.path.join(HERE, 'dropped', name + '.nn.json'))
            dropped.append((name, DROPPED[name]))
        elif name.startswith('healthy.'):
            file = f"healthy/{name[len('healthy.'):]}.nn.json"
            shutil.copy(src, os.path.join(HERE, file))
            with open(src) as f:
                spec = json.load(f)
            healthy.append({'file': file, 'covers': f'{describe(spec)} (observe: {line})'})
        else:
            raise SystemExit(f'no verdict for {name}')
    missing = (set(FAULTS) | set(DROPPED)) - set(names)
    assert not missing, missing
    faults.sort(key=lambda f: f['file'])
    about = (
        'Sixty-sixth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
        'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
        'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
        'Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary '
        '(observed.txt, named by the candidate file it was measured as); --curve for the lr-too-high, oscillating, plateau, lr-too-low and '
        'exploding ones (observed-curves.txt), test/faults/steps.ts for the NaN ones (observed-steps.txt); no diagnosis code involved. '
        'Theme: aviation, maritime and shipping: what analysts at airlines, airports, ports and shipping lines feed a small dense network, '
        'on six CSVs of this set (flights.csv: 480 flights, distance, scheduled hour, carrier one-hot, seats, taxi-out, weather index, plus '
        'flight_no and dep_epoch columns, heavy-tailed arrival delay in minutes, status on_time/late/cancelled, late 0/1; flights-raw.csv: the '
        'same with "NA"/"--" delays; engines.csv: 600 engine snapshots by string tail number, EGT, vibration, fuel flow in kg/h, oil '
        'temperature, cycles, maintenance event ~5%; voyages.csv: 400 voyages by IMO number, deadweight tonnage, speed, draught, route '
        'one-hot, distance, congestion, fuel burn in tonnes and port waiting hours; containers.csv: 420 boxes at one terminal (port_code '
        'constant), dwell days and dwell band; claims.csv: 450 shipments, cargo damage claim 0/1; loadfactor.csv: 320 flights of one route '
        '(route_id constant), passenger load factor in %) plus the builtins iris, blobs, moons, circles, sine, spirals and xor. Data written '
        'by data/generate.ts; specs by author.ts; this manifest and the filing by write-manifest.py. See README.md for how it was written '
        'and what was read.'
    )
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write('\n')
    counts = {}
    for f in faults:
        counts[f['code']] = counts.get(f['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(dropped)} dropped')
    for code in sorted(counts):
        print(f'  {code}: {counts[code]}')
    for name, why in dropped:
        print(f'  dropped {name}: {why}')


if __name__ == '__main__':
    main()
