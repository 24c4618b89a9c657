#!/usr/bin/env python3
"""Files the candidates of test/faults-blind45 by what the bare engine did and writes manifest.json.

Run after author.ts and after observed.txt was written (test/faults/observe.ts --summary on every
candidate): `python3 test/faults-blind45/write-manifest.py`. Each faulty candidate named here goes to
faulty/<code>.<slug>.nn.json, each healthy one to healthy/<slug>.nn.json, the rest to dropped/; every
manifest entry ends with the candidate's observed.txt line.
"""
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

# ── observed.txt: one line per candidate ──
observed = {}
with open(os.path.join(HERE, 'observed.txt')) as f:
    for line in f:
        line = line.rstrip('\n')
        if not line.strip():
            continue
        m = re.match(r'^\s+(\S+)\.nn\.json(:| does not parse)', line)
        if m:
            observed[m.group(1)] = line.strip()
            continue
        m = re.match(r'^(\S+): base ', line)
        if m:
            observed[m.group(1)] = line.strip()

# ── verdicts: candidate -> (stage, catches, fault) ; the code is the candidate's prefix ──
S, P, T = 'static', 'probe', 'training'
FAULTS = {
    # invalid-spec
    'invalid-spec.learning-rate-key': (S, ['invalid-spec'],
        'optimizer written {"type": "adam", "learning_rate": 0.001} (PyTorch/Keras keyword) instead of "lr" on the 2-joint arm forward-kinematics model'),
    'invalid-spec.kernel-initializer': (S, ['invalid-spec'],
        'Keras habit: "kernel_initializer": "he_normal" on the hidden layers of the pump fault classifier instead of "init"'),
    'invalid-spec.softplus-activation': (S, ['invalid-spec'],
        'output activation "softplus" (to keep the state of charge positive), which the spec format does not have'),
    'invalid-spec.batch-size-snake-case': (S, ['invalid-spec'],
        'training block written with "batch_size": 64 (snake case) on the IMU activity classifier'),
    # data-error
    'data-error.motor-log-na-cells': (S, ['data-error'],
        'motor bench log exported by the data logger has "n/a" and "ERR" cells where the current/speed sensor dropped out; the spec trains on it as is'),
    'data-error.target-soc-name': (S, ['data-error'],
        'target "soc" but the battery log column is "soc_pct" (there is also soc_frac)'),
    'data-error.pump-csv-wrong-name': (S, ['data-error'],
        'CSV path "../data/pump_vibration.csv" for the pump data, which is saved as pump.csv'),
    'data-error.gyro-z-feature-missing': (S, ['data-error'],
        'fall detector lists a feature "gyro_z_dps" that the belt-IMU export does not have (it has gyro_peak_dps)'),
    # shape-mismatch
    'shape-mismatch.fk-two-targets-one-output': (S, ['shape-mismatch'],
        'forward kinematics with two targets (end-effector x and y in m) but a single output unit'),
    'shape-mismatch.pump-four-of-five-classes': (S, ['shape-mismatch'],
        'pump fault classifier with 4 softmax outputs, but the data has 5 classes (normal, imbalance, misalignment, cavitation, bearing)'),
    'shape-mismatch.gestures-five-outputs': (S, ['shape-mismatch'],
        'wrist-IMU gesture model with 5 softmax outputs for 4 one-hot gesture columns ("plus one for no gesture", which the data does not have)'),
    # loss-activation-mismatch
    'loss-activation-mismatch.soc-percent-sigmoid-output': (S, ['loss-activation-mismatch'],
        'sigmoid output for the state of charge, but the target is soc_pct (0-100 %), not the 0-1 fraction: the output can never reach the targets'),
    'loss-activation-mismatch.falls-linear-bce': (S, ['loss-activation-mismatch'],
        'fall detector with bce loss but a linear output layer (the sigmoid was forgotten)'),
    'loss-activation-mismatch.pid-tanh-output-percent': (S, ['loss-activation-mismatch'],
        'tanh output ("the controller output is saturated anyway") for a PID output in percent (about -100..100): the output is bounded to ±1'),
    # init-symmetry
    'init-symmetry.pid-zeros-hidden': (S, ['init-symmetry'],
        'PID output model with "init": "zeros" on both tanh hidden layers'),
    'init-symmetry.pump-constant-init': (S, ['init-symmetry'],
        'pump classifier with constant init 0.05 on both ReLU hidden layers: every unit of a layer computes the same thing'),
    'init-symmetry.arm3-zeros-everywhere': (S, ['init-symmetry'],
        '3-joint arm kinematics with every layer (tanh hidden and linear output) initialised to zeros'),
    # init-scale
    'init-scale.imu-normal-std-3': (S, ['init-scale'],
        'IMU activity net with normal init std 3 on every layer (64-unit ReLU layers; He would be about 0.18-0.5)'),
    'init-scale.battery-uniform-tiny-deep-tanh': (S, ['init-scale', 'vanishing-gradient'],
        'state-of-charge net of four 32-unit tanh layers with uniform init limit 1e-4 ("small weights are safe"): the signal dies on the way through'),
    'init-scale.motor-normal-std-2-tanh': (S, ['init-scale', 'saturated-activation'],
        'motor current model with 128-unit tanh layers initialised normal std 2 (Glorot would be about 0.09-0.2)'),
    # no-nonlinearity
    'no-nonlinearity.arm2-fk-forgot-activation': (S, ['no-nonlinearity'],
        'forward kinematics from raw joint angles with two 64-unit hidden layers that give no activation (so linear): a linear map cannot follow cos/sin of the angles'),
    'no-nonlinearity.projectile-hit-linear-hidden': (S, ['no-nonlinearity'],
        'projectile "lands in the 40-90 m band" classifier with hidden layers set to "linear": a band in (speed, angle) is not linearly separable'),
    'no-nonlinearity.arm3-zone-linear': (S, ['no-nonlinearity'],
        'reach-zone classifier (near/mid/far from the joint angles) with linear hidden layers'),
    # lr-out-of-range
    'lr-out-of-range.adam-lr-5': (S, ['lr-out-of-range', 'lr-too-high'],
        'adam with lr 5 (the "5" meant 5e-3) on the IMU activity classifier'),
    'lr-out-of-range.sgd-negative-lr': (S, ['lr-out-of-range', 'invalid-spec'],
        'sgd lr -0.01 (sign flipped when porting an update rule written as w += lr * grad) on the pendulum period model'),
    'lr-out-of-range.rmsprop-lr-zero': (S, ['lr-out-of-range', 'invalid-spec'],
        'rmsprop lr 0 (left at 0 after a learning-rate sweep template) on the motor overheat classifier'),
    # dead-relu
    'dead-relu.motor-negative-bias': (P, ['dead-relu'],
        'winding-temperature model whose ReLU hidden layers start with bias -3 (the rare-class output-bias trick copied onto the hidden layers): most units never fire'),
    'dead-relu.battery-raw-cycles-adam': (P, ['dead-relu', 'lr-too-high'],
        'state of charge from raw voltage, current, temperature and cycle count (0-1500, no normalization) with adam lr 0.05: the first huge steps switch the ReLU layers off'),
    'dead-relu.projectile-adam-high-lr': (T, ['dead-relu', 'lr-too-high'],
        'projectile range net of three 32-unit ReLU layers with adam lr 0.3: most units of the deeper layers die while the rest carries the fit'),
    'dead-relu.projectile-raw-sgd-all-dead': (P, ['dead-relu', 'exploding-gradient', 'lr-too-high'],
        'projectile range from raw speed (m/s) and angle (degrees) with sgd lr 0.01: the first steps blow up and leave every ReLU unit dead, the loss stuck at the baseline'),
    # exploding-gradient
    'exploding-gradient.arm2-mm-raw-momentum': (P, ['exploding-gradient', 'lr-too-high'],
        'forward kinematics with raw angles (degrees next to radians) and end-effector targets in millimetres, sgd momentum 0.9: gradient norms of 1e4-1e5'),
    'exploding-gradient.motor-rpm-raw-clipped': (P, ['exploding-gradient'],
        'winding temperature from raw duty %, load and speed in rpm (thousands), sgd with clipNorm 1 "to be safe": gradient norms stay in the thousands to millions all run and clipping leaves the loss stuck'),
    'exploding-gradient.battery-raw-clipnorm': (P, ['exploding-gradient'],
        'state of charge in % from raw inputs including cycle_count (0-1500), sgd with clipNorm 1: gradient norms above 1000 every epoch and the loss above the baseline'),
    # vanishing-gradient
    'vanishing-gradient.pump-deep-sigmoid': (P, ['vanishing-gradient'],
        'pump fault classifier with six 32-unit sigmoid hidden layers and plain sgd 0.01: the first layers get 1e-4 of the output layer\'s gradient'),
    'vanishing-gradient.falls-deep-sigmoid-adam': (P, ['vanishing-gradient'],
        'fall detector with seven 16-unit sigmoid hidden layers (adam 5e-4): first-layer gradient 2e-5 against 0.1 at the output; the loss sits at the baseline for about 40 epochs before adam pulls it down'),
    'vanishing-gradient.arm3-deep-sigmoid-mse': (P, ['vanishing-gradient'],
        '3-joint arm kinematics with six 24-unit sigmoid layers, sgd momentum: first-layer gradients around 1e-4 and the loss never leaves the baseline'),
    'vanishing-gradient.motor-overheat-deep-sigmoid': (P, ['vanishing-gradient'],
        'overheat classifier with six 32-unit sigmoid layers, sgd momentum 0.9: first-layer gradients around 1e-4, loss at the baseline'),
    # nan-loss
    'nan-loss.motor-temp-raw-momentum': (P, ['nan-loss', 'exploding-gradient', 'lr-too-high'],
        'winding temperature from raw duty, load, ambient and rpm (thousands) with sgd lr 0.01 momentum 0.9: NaN in the first epoch'),
    'nan-loss.pid-raw-sgd': (P, ['nan-loss', 'exploding-gradient', 'lr-too-high'],
        'PID output in % from raw error, integral (±200 deg·s) and derivative (±400 deg/s) with sgd lr 0.001: NaN in the first epoch'),
    'nan-loss.projectile-raw-deep-sgd': (P, ['nan-loss', 'exploding-gradient', 'lr-too-high'],
        'projectile range in m from raw speed and angle in degrees, two 64-unit ReLU layers, sgd lr 1e-4: NaN in the first epoch'),
    'nan-loss.pendulum-sgd-lr-0.5': (P, ['nan-loss', 'lr-too-high'],
        'pendulum period net with sgd lr 0.5 (copied from a classification notebook): the loss reaches 1e6 in the first epoch and NaN in the fourth'),
    'nan-loss.pid-percent-target-sgd-0.05': (P, ['nan-loss', 'lr-too-high'],
        'PID output model with standardized inputs but the target in % (variance about 2700) and sgd lr 0.05: NaN in the first epoch'),
    # lr-too-high
    'lr-too-high.imu-adam-0.3': (T, ['lr-too-high'],
        'IMU activity classifier with adam lr 0.3: the loss jumps around, then spikes to 35 at epoch 105 and settles back near the baseline with a dead layer'),
    'lr-too-high.arm2-rmsprop-0.1': (P, ['lr-too-high', 'oscillating-loss'],
        'forward kinematics (sin/cos features, targets in m) with rmsprop lr 0.1: the loss never gets below the baseline and swings between 2x and 20x of it'),
    'lr-too-high.falls-adam-0.5': (P, ['lr-too-high'],
        'fall detector with adam lr 0.5: after two epochs at 0.43 the loss climbs back to the baseline and stays there (second layer dead)'),
    'lr-too-high.ik2-adam-0.2': (P, ['lr-too-high', 'oscillating-loss'],
        'inverse kinematics (position to elbow angle) with adam lr 0.2: best loss 0.012 at epoch 21, then swings and climbs to 0.3-0.7 (tanh layers saturated)'),
    # lr-too-low
    'lr-too-low.pendulum-sgd-1e-5': (P, ['lr-too-low'],
        'pendulum period model with plain sgd lr 1e-5: 300 epochs of a slow, steady slide that ends still above the baseline'),
    'lr-too-low.gestures-adam-1e-6': (P, ['lr-too-low'],
        'gesture classifier with adam lr 1e-6 (a fine-tuning rate): the loss hardly moves from its start above the baseline'),
    'lr-too-low.falls-rmsprop-1e-6': (P, ['lr-too-low'],
        'fall detector with rmsprop lr 1e-6: the loss stays at its initial 1.3 (twice the baseline) for 200 epochs'),
    # saturated-activation
    'saturated-activation.motor-sigmoid-raw-rpm': (P, ['saturated-activation'],
        'overheat classifier with a sigmoid hidden layer fed raw speed in rpm (thousands) next to duty % and load: the hidden units are pinned at 0/1'),
    'saturated-activation.imu-tanh-raw-gyro': (P, ['saturated-activation'],
        'IMU activity classifier with tanh layers on raw features (gyro in deg/s up to a few hundred): 86 % of the first layer pinned at ±1 (it still separates the classes)'),
    'saturated-activation.pump-sigmoid-raw-flow': (P, ['saturated-activation'],
        'pump classifier with a sigmoid hidden layer on raw features (flow in l/min around 300, peak frequency in Hz): the whole layer pinned, accuracy 0.39'),
    'saturated-activation.battery-raw-cycles-tanh': (P, ['saturated-activation'],
        'state of charge from raw inputs including cycle_count (0-1500) through a tanh layer, sgd 0.01: every hidden unit pinned at ±1 and the loss at the baseline'),
    # loss-plateau
    'loss-plateau.arm3-heavy-weight-decay': (T, ['loss-plateau'],
        '3-joint arm kinematics with adam weightDecay 1 (AdamW-style value, but the decay here is coupled L2): the loss climbs back to the baseline in five epochs and stays flat'),
    'loss-plateau.falls-keep-prob-as-rate': (T, ['loss-plateau'],
        'fall detector with dropout rate 0.9 on both hidden layers (a TF1 keep_prob of 0.9 written as the rate): the loss stays near the baseline for 200 epochs'),
    'loss-plateau.pendulum-forgot-length': (T, ['loss-plateau'],
        'pendulum period from amplitude and bob mass only: the length column, which sets the period, was left out of "features"; the loss flattens just below the baseline'),
    'loss-plateau.motor-overheat-weight-decay-1': (T, ['loss-plateau'],
        'overheat classifier with rmsprop weightDecay 1: the decay holds the weights near zero and the loss flat at the baseline'),
    # oscillating-loss
    'oscillating-loss.arm2-rmsprop-0.03': (T, ['oscillating-loss', 'lr-too-high'],
        'forward kinematics with rmsprop lr 0.03: the loss keeps jumping from about 0.003 to 0.03-0.14 (half to twice the baseline) every few epochs'),
    'oscillating-loss.ik2-rmsprop-0.03': (T, ['oscillating-loss', 'lr-too-high'],
        'inverse kinematics with rmsprop lr 0.03: the loss alternates between about 0.03 and 0.1-0.15 epoch after epoch'),
    'oscillating-loss.arm3-fk-rmsprop-0.02': (T, ['oscillating-loss', 'lr-too-high'],
        '3-joint arm kinematics with rmsprop lr 0.02: the loss swings between about 0.005 and 0.05-0.09 all run'),
    'oscillating-loss.sine-trace-rmsprop-0.05': (T, ['oscillating-loss', 'lr-too-high'],
        'pendulum-like sine trace (builtin sine) with rmsprop lr 0.05: the loss jumps between 0.05 and 0.75 (baseline 0.51) without settling'),
    'oscillating-loss.pid-full-batch-momentum-0.99': (T, ['oscillating-loss', 'lr-too-high', 'nan-loss'],
        'PID output model trained full batch with sgd momentum 0.99: the loss swings between 400 and 7800 for 30 epochs, then diverges to Infinity at epoch 36'),
}

DROPPED = {
    'data-error.imu-pilot-four-rows': 'meant as "too few rows" (4 pilot windows), but the engine loads and trains it (acc 1.000): not a data error for this engine',
    'shape-mismatch.falls-two-sigmoid-bce': 'two sigmoid outputs under bce for a 0/1 target: the engine accepts it and trains to 0.18 of the baseline, so it is not clearly a shape error here',
    'loss-activation-mismatch.gestures-softmax-mse': 'softmax + mse on one-hot gestures trains to 5e-6: the mismatch does no visible harm on this data',
    'loss-plateau.heading-degrees-target': 'heading in degrees (wraps at 360) as the target: trains to 0.05 of the baseline with a saturated tanh layer; neither a clear plateau nor healthy',
    'loss-plateau.pid-sgd-weight-decay': 'weightDecay 0.5 with sgd was not enough to stall it: trains to 0.004 of the baseline',
    'lr-too-high.pump-momentum-lr-1': 'sgd lr 1 momentum 0.9 swings early but ends at 4e-5 with 80 % of the tanh layer saturated: neither clearly faulty in its loss nor healthy',
    'exploding-gradient.pid-raw-adam-clip': 'gradient norms in the hundreds to thousands but it trains to 0.01 of the baseline: not clearly faulty',
    'exploding-gradient.projectile-range-raw-clip': 'gradient norms up to 2e4 but the loss still reaches 0.09 of the baseline; healthy projectile range specs also show norms in the thousands early (targets in m), so not clear',
    'oscillating-loss.gestures-rmsprop-full-batch': 'full-batch rmsprop 0.05 trained smoothly to 2e-6 (no oscillation); first-step update ratio 0.59 keeps it out of healthy',
    'oscillating-loss.imu-batch-2-sgd': 'batch 2 sgd 0.3: one spike at epoch 23, otherwise a smooth descent to 5e-4',
    'oscillating-loss.pendulum-adam-batch-4': 'adam 0.05 batch 4: the loss jitters between 0.001 and 0.01, under 3 % of the baseline; too small to call oscillation, ReLU layer 94 % dead so not healthy',
    'oscillating-loss.motor-current-full-batch-momentum': 'full-batch momentum: swings in the first ten epochs, then converges smoothly (update ratio 0.7 early)',
    'oscillating-loss.pid-full-batch-momentum-0.95': 'momentum 0.95 full batch: large swings for ~100 epochs that damp out to 0.0006 of the baseline; settles, so not clearly oscillating nor clearly healthy',
    'oscillating-loss.battery-adam-0.05-full-batch': 'full-batch adam 0.05: damped swings in the first 40 epochs, then smooth',
    'oscillating-loss.imu-momentum-0.95-full-batch': 'full-batch momentum 0.95: a smooth descent with small bumps; not oscillating, and lr 0.5 with momentum 0.95 is not a spec to call healthy',
    'oscillating-loss.flight-time-rmsprop-0.05': 'rmsprop 0.05 batch 16: noisy (0.2-0.4 against a 3.66 baseline, swings ~3 % of it) with tanh layers 96 % saturated; mixed symptoms',
    'oscillating-loss.heading-sincos-rmsprop-0.03': 'rmsprop 0.03 on the heading sin/cos: jitter of about 1 % of the baseline, too small to call oscillation',
    'oscillating-loss.battery-frac-rmsprop-0.03': 'rmsprop 0.03: converges smoothly to 0.03 of the baseline while 94 % of the second ReLU layer is dead; mixed',
}

HEALTHY_NOTES = {
    'arm2-fk-mm-targets': 'targets in mm: gradient norms reach the thousands in the first epochs (the loss starts near 8e4), then fall as it fits',
    'projectile-range-elu': 'range in m: early gradient norms in the thousands; up to 44 % of the second ELU layer counted "dead" (negative) in some epochs',
    'motor-winding-temp-leaky': 'temperature in °C: early gradient norms in the hundreds to 1500',
    'battery-soc-pct-elu': 'SOC in %: early gradient norms in the hundreds',
    'pid-output-relu': 'output in %: early gradient norms in the hundreds',
    'pid-output-rmsprop-clip': 'output in %: early gradient norms in the hundreds, clipNorm 5',
    'motor-current-and-speed-minmax': 'two targets (A and °C): early gradient norms in the hundreds; up to 42 % of the second layer inactive',
    'pendulum-full-batch-sgd': 'written as an oscillation attempt (full-batch sgd 0.3), trained smoothly; first-step update ratio 0.28 on the output layer',
}


def describe(spec):
    d = spec['data']
    if 'csv' in d:
        src = f"{os.path.basename(d['csv'])} -> {d['target']}"
        if 'features' in d:
            src += f" from {', '.join(d['features'])}"
    elif 'builtin' in d:
        src = f"builtin {d['builtin']}" + (f" ({d['classes']} classes)" if 'classes' in d else '')
    else:
        src = 'inline table'
    src += f", {d.get('normalize', 'none')}"
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
        else:
            s = f"{l['units']} {l.get('activation', 'linear')}"
            if l.get('batchNorm'):
                s += '+bn'
            layers.append(s)
    o = spec['optimizer']
    opt = f"{o['type']} {o['lr']}"
    for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm'):
        if k in o:
            opt += f" {k} {o[k]}"
    t = spec['training']
    return f"{src}, [{', '.join(layers)}], {spec['loss']}, {opt}, batch {t.get('batchSize', 32)}, {t.get('epochs', 100)} epochs"


def main():
    names = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy, dropped = [], [], []
    known = set(FAULTS) | set(DROPPED)
    for name in names:
        if name not in observed:
            raise SystemExit(f'{name}: no line in observed.txt')
        src = os.path.join(CAND, name + '.nn.json')
        spec = json.load(open(src))
        obs = observed[name]
        if name in FAULTS:
            stage, catches, text = FAULTS[name]
            code = name.split('.', 1)[0]
            assert code in catches, name
            rel = f'faulty/{name}.nn.json'
            shutil.copy(src, os.path.join(HERE, rel))
            faults.append({'file': rel, 'code': code, 'fault': f'{text} (observe: {obs})', 'stage': stage, 'catches': catches})
        elif name in DROPPED:
            shutil.copy(src, os.path.join(HERE, 'dropped', name + '.nn.json'))
            dropped.append(name)
        elif name.startswith('ok.'):
            slug = name[3:]
            rel = f'healthy/{slug}.nn.json'
            shutil.copy(src, os.path.join(HERE, rel))
            note = f'; {HEALTHY_NOTES[slug]}' if slug in HEALTHY_NOTES else ''
            healthy.append({'file': rel, 'covers': f'{describe(spec)}{note} (observe: {obs})'})
        else:
            raise SystemExit(f'{name}: no verdict')
    for name in known:
        if name not in names:
            raise SystemExit(f'{name}: verdict for a missing candidate')
    about = (
        'Forty-fifth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
        'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
        'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
        'Each "fault" text (and each healthy "covers") ends with the result measured on the bare engine by test/faults/observe.ts --summary '
        '(observed.txt); --curve for the oscillating, plateau, lr-too-high, lr-too-low and slow-learning ones and every healthy spec '
        '(observed-curves.txt); no diagnosis code involved. Theme: robotics, physics and control: forward kinematics of 2- and 3-joint arms '
        '(angles in degrees and radians, end effector in mm or m), inverse kinematics, projectile range/flight time/hit band, pendulum period, '
        'DC motor current/temperature/overheat from duty cycle and load, IMU activity and gesture classification (m/s², deg/s), fall detection, '
        'PID controller output, battery state of charge, pump vibration fault classes, magnetometer heading as sin/cos, plus the builtin sine, '
        'moons, circles, blobs, spirals and one inline servo table; units differ by orders of magnitude between columns. Data written by '
        'data/generate.ts (seeded); specs by author.ts; this manifest by write-manifest.py. See README.md for how it was written and what was read.'
    )
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write('\n')
    counts = {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(dropped)} dropped')
    for code in sorted(counts):
        print(f'  {code}: {counts[code]}')
    print('dropped:', ', '.join(dropped))


main()
