#!/usr/bin/env python3
"""Files the candidates of test/faults-blind50 and writes manifest.json.

  python3 test/faults-blind50/write-manifest.py file       # candidates/ -> faulty/, healthy/, dropped/
  (then observe.ts --summary on every filed spec -> observed.txt, --curve on some -> observed-curves.txt)
  python3 test/faults-blind50/write-manifest.py manifest   # manifest.json, each entry with its observed.txt line

The verdicts below were decided from what the bare engine showed (test/faults/observe.ts), not from
the intent a candidate was written with: several candidates were written for one code and filed
under another (their candidate names keep the first intent, see the README), some were dropped.
Filing rewrites the spec's "name" to the filed slug; nothing else in a spec changes.
"""
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

# candidate -> (code, slug, stage, catches, fault)
FAULTS = {
    # ---- invalid-spec
    'F-invalid-adamw': ('invalid-spec', 'optimizer-adamw', 'static', ['invalid-spec'],
        'optimizer type "adamw" (the PyTorch name for Adam with decoupled weight decay) on the machine-failure model; the engine knows only sgd, adam, rmsprop'),
    'F-invalid-learning-rate-key': ('invalid-spec', 'learning-rate-key', 'static', ['invalid-spec'],
        'optimizer written {"type": "adam", "learning_rate": 0.003} (Keras argument name) for the bearing RUL regression instead of "lr"'),
    'F-invalid-keras-loss': ('invalid-spec', 'keras-loss-name', 'static', ['invalid-spec'],
        'loss "binary_crossentropy" (Keras name) on the part-defect classifier instead of "bce"'),
    'F-invalid-batch-size-key': ('invalid-spec', 'batch-size-snake-case', 'static', ['invalid-spec'],
        'training block written with "batch_size": 64 (snake case copied from a Python config) for the tool-wear regression; the key is batchSize'),
    # ---- data-error
    'F-data-scada-na-cells': ('data-error', 'scada-na-cells', 'static', ['data-error'],
        'machine-failure export from the SCADA historian with "#N/A" and "ERR" cells in the vibration and oil-temperature columns, used as is'),
    'F-data-part-id-kept': ('data-error', 'part-id-column-kept', 'static', ['data-error'],
        'defect-type CSV used without a "features" list, so the text part_id column ("P200000", ...) becomes a feature'),
    'F-data-target-renamed': ('data-error', 'target-column-renamed', 'static', ['data-error'],
        'target "failure_next_week" but the export names the column failed_7d (renamed in the data pipeline)'),
    'F-data-three-row-query': ('data-error', 'three-row-export', 'static', ['data-error'],
        'bearing RUL model trained on bearing_rul_q3.csv, an export whose query filtered the table down to 3 rows; the engine trains on it and memorises the 3 rows, nothing can be learnt'),
    'F-data-hyphen-filename': ('data-error', 'csv-path-hyphen', 'static', ['data-error'],
        'csv path "../data/line-energy.csv" (hyphen) but the file is line_energy.csv'),
    # ---- shape-mismatch
    'F-shape-three-defect-types': ('shape-mismatch', 'three-units-four-defect-types', 'static', ['shape-mismatch'],
        'softmax output of 3 units (scratch, dent, crack) but the defect_type column has 4 classes: the "none" parts were forgotten'),
    'F-shape-grade-two-outputs': ('shape-mismatch', 'grade-onehot-two-units', 'static', ['shape-mismatch'],
        'quality grade as three one-hot columns (grade_a, grade_b, grade_c) under cce, output layer of 2 softmax units'),
    'F-shape-energy-per-shift': ('shape-mismatch', 'energy-three-outputs', 'static', ['shape-mismatch'],
        'line energy regression (one target energy_mwh) with 3 linear outputs, "one per shift"'),
    # ---- loss-activation-mismatch
    'F-lam-yield-pct-sigmoid': ('loss-activation-mismatch', 'yield-percent-sigmoid-output', 'static', ['loss-activation-mismatch'],
        'batch yield in percent (40-99.5) regressed with mse through a sigmoid output that cannot exceed 1: the loss stays ~146x the baseline'),
    'F-lam-failure-linear-bce': ('loss-activation-mismatch', 'failure-linear-output-bce', 'static', ['loss-activation-mismatch'],
        'machine failure with bce on a linear output unit (the sigmoid left off); the engine still fits it'),
    'F-lam-defect-tanh-bce': ('loss-activation-mismatch', 'defect-tanh-output-bce', 'static', ['loss-activation-mismatch'],
        'part defect with bce on a tanh output (range -1..1, not a probability); the engine still fits it'),
    'F-lam-defect-softmax-mse': ('loss-activation-mismatch', 'defect-type-softmax-mse', 'static', ['loss-activation-mismatch'],
        'defect type (4 classes) with a softmax output trained on mse instead of cce; on this well-separated data the engine still fits it'),
    # ---- init-symmetry
    'F-sym-rul-zeros': ('init-symmetry', 'rul-relu-zeros', 'static', ['init-symmetry'],
        'bearing RUL regression with "init": "zeros" on both ReLU hidden layers: every hidden unit outputs 0, nothing but the output bias moves'),
    'F-sym-grade-zeros-tanh': ('init-symmetry', 'grade-tanh-zeros', 'static', ['init-symmetry'],
        'quality grade classifier with zero-initialised tanh hidden layers: the first layer never gets a gradient, the loss stays at the baseline'),
    'F-sym-energy-zeros-elu': ('init-symmetry', 'energy-elu-zeros', 'static', ['init-symmetry'],
        'line energy regression with zero-initialised ELU hidden layers: the first layer never moves, the loss stays at the baseline'),
    # ---- init-scale
    'F-scale-failure-std2': ('init-scale', 'failure-normal-std2', 'static', ['init-scale'],
        'machine failure net with "normal" init std 2 on two 64-unit ReLU layers (He would be 0.63 and 0.18): the first loss is 22x the baseline; it recovers on this easy data'),
    'F-scale-part-tiny-uniform': ('init-scale', 'part-uniform-1e-3', 'static', ['init-scale', 'vanishing-gradient'],
        'part defect net of three 32-unit tanh layers with uniform init limit 0.001 ("small weights are safe"): the signal and the gradients vanish, the loss never leaves the baseline'),
    'F-scale-defect-std10-tanh': ('init-scale', 'defect-type-normal-std10', 'static', ['init-scale', 'saturated-activation'],
        'defect-type net with "normal" init std 10 on tanh layers: over 90% of the hidden tanh outputs are pinned at +-1 for the whole run (it still separates this data)'),
    # ---- no-nonlinearity
    'F-nonlin-part-default-activation': ('no-nonlinearity', 'part-activation-omitted', 'static', ['no-nonlinearity'],
        'part defect net with "activation" left out of both hidden layers (default linear): a logistic regression, which cannot learn "out of tolerance on either side"'),
    'F-nonlin-wafer-ring-linear': ('no-nonlinearity', 'wafer-ring-linear-hidden', 'static', ['no-nonlinearity'],
        'ring-shaped wafer defect map (builtin circles) with hidden layers explicitly "linear"'),
    'F-nonlin-regimes-linear': ('no-nonlinearity', 'three-regimes-linear-hidden', 'static', ['no-nonlinearity'],
        'three interleaved operating regimes (builtin spirals, 3 classes) with two linear hidden layers of 32'),
    # ---- lr-out-of-range
    'F-lror-adam-5': ('lr-out-of-range', 'adam-lr-5', 'static', ['lr-out-of-range', 'lr-too-high'],
        'adam lr 5 (meant 5e-3) on the bearing RUL regression: the first loss is 1.4e7x the baseline, the ReLUs die and it ends at the baseline'),
    'F-lror-rmsprop-2': ('lr-out-of-range', 'rmsprop-lr-2', 'static', ['lr-out-of-range', 'lr-too-high'],
        'rmsprop lr 2 on the tool-wear regression: the hidden layer dies, the loss ends 180x the baseline'),
    'F-lror-sgd-40': ('lr-out-of-range', 'sgd-lr-40', 'static', ['lr-out-of-range', 'lr-too-high'],
        'sgd lr 40 on the part-defect classifier: the tanh layer is pinned, the loss ends 13x the baseline'),
    'F-lror-sgd-1e-7': ('lr-out-of-range', 'sgd-lr-1e-7', 'static', ['lr-out-of-range', 'lr-too-low'],
        'sgd lr 1e-7 (momentum 0.9) on the line energy regression: 200 epochs and the loss is still 36x the baseline'),
    # ---- dead-relu
    'F-nan-failure-all-columns-raw': ('dead-relu', 'failure-id-raw-sgd', 'probe', ['dead-relu'],
        'machine failure CSV used whole and unnormalized (machine_id 31000-39000 and pressure in kPa as features) with sgd: the first steps drive every first-layer ReLU negative, the layer is 100% dead and the model predicts the prior'),
    'F-nan-energy-kwh-raw': ('dead-relu', 'energy-kwh-raw-sgd', 'probe', ['dead-relu'],
        'line energy in kWh (~1500) from unnormalized features with sgd 0.01: the first step is enormous, every hidden ReLU dies and the loss stays at the baseline'),
    'F-dead-wear-neg-bias': ('dead-relu', 'wear-negative-bias', 'probe', ['dead-relu'],
        'tool-wear regression with "bias": -2 on both ReLU layers ("sparse activations"): 94% of the second layer never fires, the loss stays at the baseline'),
    # ---- exploding-gradient
    'F-explode-rul-serial-raw-clip': ('exploding-gradient', 'rul-serial-number-raw', 'probe', ['exploding-gradient'],
        'bearing RUL with the serial number (~748000) kept as a feature and no normalization; clipNorm 1 keeps it finite but the gradient norms are 1e7-1e11 all run and the loss ends 5e5x the baseline (up to 44% of the ReLUs dead on the way)'),
    'F-explode-yield-raw-relu-adam': ('exploding-gradient', 'yield-raw-features', 'probe', ['exploding-gradient'],
        'batch yield (fraction) from unnormalized temperature, pressure in kPa (1500-3000) and feed: gradient norms 2e3-1e7 for the whole run, the loss ends 9e4x the baseline (56% of the second ReLU layer dead at worst)'),
    'F-explode-rul-h-raw-clip': ('exploding-gradient', 'rul-hours-raw', 'probe', ['exploding-gradient'],
        'bearing RUL in hours (0-7000) from unnormalized running hours (~30000) with adam and clipNorm 1: gradient norms 6e5-5e8 throughout, the loss ends at 0.69 of the baseline (63% of the second ReLU layer dead at worst)'),
    # ---- vanishing-gradient
    'F-vanish-failure-deep-sigmoid': ('vanishing-gradient', 'failure-deep-sigmoid', 'probe', ['vanishing-gradient'],
        'machine failure net of six 16-unit sigmoid layers with plain sgd: the first-layer gradient norm (3e-5..2e-4) is about 1/1000 of the output layer gradient norm, the loss never leaves the baseline'),
    'F-vanish-yield-deep-sigmoid': ('vanishing-gradient', 'yield-deep-sigmoid', 'probe', ['vanishing-gradient'],
        'batch yield regression through seven 32-unit sigmoid layers with sgd: first layer gradient norms 2e-6..2e-5 against 0.6 at the output, the loss stays at the baseline'),
    'F-vanish-defect-deep-sigmoid': ('vanishing-gradient', 'defect-type-deep-sigmoid', 'probe', ['vanishing-gradient'],
        'defect type through seven 24-unit sigmoid layers with sgd momentum: the first-layer gradient norm (3e-5..4e-5) is a few 1e-4 of the output layer gradient norm, the loss stays at the baseline and accuracy at chance'),
    # ---- nan-loss
    'F-nan-rul-h-momentum': ('nan-loss', 'rul-hours-sgd-momentum', 'probe', ['nan-loss', 'lr-too-high'],
        'bearing RUL in hours (0-7000, not scaled) with sgd 0.01 momentum 0.9: the loss is NaN within the first epoch'),
    'F-dead-rul-raw-sgd': ('nan-loss', 'rul-raw-features-sgd', 'probe', ['nan-loss'],
        'bearing RUL (thousand hours) from unnormalized features (running hours ~30000) with sgd even at lr 1e-6: NaN in the first epoch'),
    'F-explode-deep-std05': ('nan-loss', 'rul-deep-normal-std05', 'probe', ['nan-loss', 'init-scale'],
        'bearing RUL with four 64-unit ReLU layers initialised "normal" std 0.5 (He is 0.18): the output starts huge and the loss is NaN in the first epoch'),
    'F-explode-rul-deep-momentum': ('nan-loss', 'rul-deep-sgd-momentum', 'probe', ['nan-loss', 'lr-too-high'],
        'bearing RUL with four 64-unit ReLU layers and sgd 0.03 momentum 0.9: NaN in the first epoch'),
    # ---- lr-too-high
    'F-lrhigh-grade-sgd': ('lr-too-high', 'grade-sgd-lr3', 'probe', ['lr-too-high', 'oscillating-loss'],
        'quality grade with sgd lr 3 momentum 0.9: the loss jumps above the baseline at once and swings 1.2-7 (baseline 1.08) for the whole run'),
    'F-osc-rul-momentum-fullbatch': ('lr-too-high', 'rul-fullbatch-momentum-diverges', 'probe', ['lr-too-high', 'nan-loss'],
        'bearing RUL full-batch sgd lr 0.3 momentum 0.95: the loss rises every epoch from the first (5 -> 44 -> 276 -> ...) and is NaN at epoch 69'),
    'F-lrhigh-yield-sgd': ('lr-too-high', 'yield-sgd-lr1-momentum', 'probe', ['lr-too-high', 'nan-loss'],
        'batch yield with sgd lr 1 momentum 0.9: the loss is 2e16 after the first epoch and NaN at epoch 3'),
    'F-osc-yield-rmsprop': ('lr-too-high', 'yield-rmsprop-0.05', 'training', ['lr-too-high', 'oscillating-loss'],
        'batch yield with rmsprop lr 0.05: the loss keeps jumping from ~0.2x to up to 35x the baseline and ends at the baseline'),
    # ---- lr-too-low
    'F-lrlow-part-sgd': ('lr-too-low', 'part-sgd-1e-4', 'probe', ['lr-too-low'],
        'part defect with plain sgd lr 1e-4 for 100 epochs: update ratios ~1e-5, the loss goes 0.71 -> 0.70 (baseline 0.63)'),
    'F-lrlow-rul-adam': ('lr-too-low', 'rul-adam-1e-5', 'probe', ['lr-too-low'],
        'bearing RUL with adam lr 1e-5 for 80 epochs: update ratios ~1e-5, the loss is still 3x the baseline at the end'),
    'F-lrlow-grade-rmsprop': ('lr-too-low', 'grade-rmsprop-1e-5', 'probe', ['lr-too-low'],
        'quality grade with rmsprop lr 1e-5: the loss goes 1.22 -> 1.11 in 100 epochs (baseline 1.08)'),
    # ---- saturated-activation
    'F-sat-failure-raw-sigmoid': ('saturated-activation', 'failure-raw-sigmoid', 'probe', ['saturated-activation'],
        'machine failure from unnormalized sensors (pressure ~3200 kPa) into sigmoid hidden layers: the first layer is 100% saturated, its gradient ~1e-20, the loss stays at the baseline'),
    'F-sat-yield-raw-tanh': ('saturated-activation', 'yield-raw-tanh', 'probe', ['saturated-activation'],
        'batch yield from unnormalized temperature/pressure/feed into a tanh layer: 100% saturated, no gradient, loss at the baseline'),
    'F-sat-part-raw-tanh': ('saturated-activation', 'part-raw-tanh', 'probe', ['saturated-activation'],
        'part defect from raw dimensions and injection pressure (~92000 kPa) into a tanh layer: 100% saturated, loss at the baseline'),
    # ---- loss-plateau
    'F-plateau-failure-wd': ('loss-plateau', 'failure-weight-decay-0.5', 'training', ['loss-plateau'],
        'machine failure with adam weightDecay 0.5 (a dropout-like value put in the L2 field): the weights are held at zero and the loss sits at the prior (baseline) all run'),
    'F-plateau-part-heavy-dropout': ('loss-plateau', 'part-dropout-0.9', 'training', ['loss-plateau'],
        'part defect with an 8-unit ReLU layer followed by dropout 0.9 (keep probability written as the rate): the loss creeps from 0.63 to ~0.60 (baseline 0.63) and stays there'),
    'F-plateau-grade-double-dropout': ('loss-plateau', 'grade-double-dropout-0.85', 'training', ['loss-plateau'],
        'quality grade with two 8-unit layers each followed by dropout 0.85: the loss stays near the baseline (0.94x) and accuracy ~0.41'),
    # ---- oscillating-loss
    'F-lrhigh-energy-rmsprop': ('oscillating-loss', 'energy-rmsprop-0.05', 'training', ['oscillating-loss', 'lr-too-high'],
        'line energy with rmsprop lr 0.05: the loss swings between ~0.05x and ~1x the baseline every few epochs to the end'),
    'F-osc-energy-momentum-fullbatch': ('oscillating-loss', 'energy-fullbatch-momentum-0.97', 'training', ['oscillating-loss', 'lr-too-high'],
        'line energy full-batch sgd lr 0.1 momentum 0.97: the loss goes up and down every 2-3 epochs (swings of 0.1-1.2 early, still 0.03-0.17 at the end; baseline 0.117) and has not settled after 80 epochs; the tanh layer is up to 45% saturated'),
    'F-osc-wear-rmsprop-tanh': ('oscillating-loss', 'wear-rmsprop-0.05', 'training', ['oscillating-loss', 'lr-too-high'],
        'tool wear with rmsprop lr 0.05: the loss keeps spiking from ~0.2x to 3-6x the baseline every few epochs'),
}

HEALTHY_RENAME = {'F-osc-grade-adam-fullbatch': 'quality-grade-adam-fullbatch-0.1'}

# candidate -> reason
DROPPED = {
    'F-shape-failure-two-logits': 'written as shape-mismatch (2 sigmoid outputs for one 0/1 target under bce); the engine accepts it (it encodes the two classes) and it trains to 0.18x the baseline: not clearly wrong',
    'F-sym-part-constant': 'written as init-symmetry (constant 0.1 init of a tanh layer); the engine trained it to 0.14x the baseline, acc 0.99: the fault did not show',
    'F-sym-failure-constant-relu': 'written as init-symmetry (constant 0.05 init of two ReLU layers); trained to 0.31x the baseline, acc 0.98: the fault did not show',
    'F-dead-part-sgd-high': 'written as dead-relu (sgd lr 1.5); at most 19% of a layer died and it ended at 0.001x the baseline after spikes: neither clearly faulty nor clearly healthy',
    'F-dead-energy-adam-high': 'written as dead-relu (adam 0.5 on kWh); 56% of the second layer dead but the loss reached 0.02x the baseline with gradient norms ~1e3-1e5: several symptoms, none clean',
    'F-explode-energy-kwh-clip': 'written as exploding-gradient (kWh target, sgd with clipNorm 5); gradient norms 800-1e5 from the target scale, but it trains to 0.02x the baseline: not clearly faulty',
    'F-explode-wear-um-sgd': 'written as exploding-gradient (micrometre target, sgd momentum); gradient norms up to 2e4 with 94% of a layer dead and the loss rising from 0.5x to 0.75x: mixed symptoms',
    'F-explode-wear-um-deep-sgd': 'written as exploding-gradient; the loss swings between 0.02x and 1.1x the baseline with gradient norms up to 6e3: between lr-too-high, oscillation and exploding, no clear verdict',
    'F-explode-part-raw-adam': 'written as exploding-gradient (raw injection pressure); gradient norms up to 8e4 but also 75% dead and a saturated output: mixed symptoms',
    'F-explode-part-raw-elu': 'written as exploding-gradient (raw features, ELU); same mix of huge gradients, dead units and a saturated output',
    'F-explode-failure-id-raw-adam': 'written as exploding-gradient (machine_id kept, adam); gradient norms up to 6e4 alternate with zero gradients and 59% dead units: mixed',
    'F-vanish-grade-deep-normal-tanh': 'written as vanishing-gradient (six tanh layers, "normal" std 0.05); it trained to 0.23x the baseline: the fault did not show',
    'F-lrhigh-defect-adam': 'written as lr-too-high (adam 0.3); it reached a loss ~0 and acc 1.0 on this separable data: the fault did not show',
    'F-lrhigh-part-rmsprop': 'written as lr-too-high (rmsprop 0.1); the loss is noisy (0.05-0.27, baseline 0.63) while trending down, with 31% of the ReLUs dead: borderline between noisy-healthy and oscillating',
    'F-lrhigh-rul-adam': 'written as lr-too-high (adam 0.1); the loss ends at 0.05x the baseline with small swings but 81% of a ReLU layer dead: mixed',
    'F-lrhigh-failure-adam': 'written as lr-too-high (adam 0.2 on the rare-failure data); the loss wanders 0.05-0.16 (baseline 0.20) with 88% of a layer dead: mixed',
    'F-osc-energy-adam-tiny-batch': 'written as oscillating-loss (adam 0.05, batch 4); swings are ~3% of the baseline at 0.07x the baseline, but 88% of the ReLUs died: neither clean',
    'F-osc-wear-rmsprop': 'written as oscillating-loss (rmsprop 0.03, batch 8, ReLU); it settles at 0.2x the baseline with small noise and 88% dead units: neither clean',
    'F-osc-rul-momentum-fullbatch-b': 'written as oscillating-loss (full-batch sgd 0.05 momentum 0.95); it swings early but settles at 0.03x the baseline: not faulty by the end',
    'F-osc-part-rmsprop-fullbatch': 'written as oscillating-loss (full-batch rmsprop 0.05); a slow, mostly smooth descent to 0.30x with small bumps: neither clearly faulty nor clearly healthy',
    'F-osc-wear-momentum-fullbatch': 'written as oscillating-loss (full-batch sgd 0.5 momentum 0.9); large swings for ~25 epochs, then a smooth descent to 0.03x: neither',
    'F-plateau-yield-relu-output': 'written as loss-plateau (ReLU output with bias -1); it trained to 0.15x the baseline: the fault did not show',
    'F-plateau-wear-clip-tiny': 'written as loss-plateau (sgd momentum, weightDecay 0.3); it sits at the baseline but with the whole ReLU layer dead: plateau and dead-relu at once, no clean verdict',
    'F-plateau-defect-wd': 'written as loss-plateau (weightDecay 0.3); the loss holds at 0.45x the baseline with acc 0.98: not "far from a good loss"',
    'F-plateau-rul-wd': 'written as loss-plateau (rmsprop weightDecay 1); it reached 0.12x the baseline: the fault did not show',
    'bearing-rul-h-output-bias': 'healthy candidate (RUL in hours, output bias 2000); trains to 0.03x the baseline but its gradient norms are 2e3-6e5 from the unscaled target: not clearly healthy',
    'line-energy-kwh-output-bias': 'healthy candidate (kWh, output bias 1500); trains to 0.01x but gradient norms 40-9e3 from the unscaled target: not clearly healthy',
    'tool-wear-um-output-bias': 'healthy candidate (micrometres, output bias 100); trains to 0.006x but gradient norms up to 3e3 from the unscaled target: not clearly healthy',
}


def spec_files():
    return sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))


def copy(cand, folder, stem):
    os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    with open(os.path.join(CAND, cand + '.nn.json')) as fh:
        spec = json.load(fh)
    name = stem.split('.', 1)[1] if folder == 'faulty' else stem
    spec['name'] = name
    with open(os.path.join(HERE, folder, stem + '.nn.json'), 'w') as fh:
        fh.write(json.dumps(spec, indent=2) + '\n')


def filed():
    """(candidate, folder, stem) for every candidate."""
    out = []
    for cand in spec_files():
        if cand in FAULTS:
            code, slug = FAULTS[cand][:2]
            out.append((cand, 'faulty', f'{code}.{slug}'))
        elif cand in DROPPED:
            out.append((cand, 'dropped', cand[2:] if cand.startswith('F-') else cand))
        elif cand in HEALTHY_RENAME:
            out.append((cand, 'healthy', HEALTHY_RENAME[cand]))
        else:
            assert not cand.startswith('F-'), f'no verdict for {cand}'
            out.append((cand, 'healthy', cand))
    return out


def file_all():
    for folder in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
    rows = filed()
    for cand, folder, stem in rows:
        copy(cand, folder, stem)
    with open(os.path.join(HERE, 'filing.txt'), 'w') as fh:
        for cand, folder, stem in rows:
            fh.write(f'{cand} -> {folder}/{stem}.nn.json\n')
    print(f'filed {len(rows)}: ' + ', '.join(f'{f} {sum(1 for r in rows if r[1] == f)}' for f in ('faulty', 'healthy', 'dropped')))


def observed():
    lines = {}
    with open(os.path.join(HERE, 'observed.txt')) as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            m = re.match(r'^(\S+?)(?:\.nn\.json)?(?::| does not parse)', line)
            lines[m.group(1)] = line
    return lines


def describe(spec):
    """A short text of a healthy spec: data, layers, loss, optimizer, training."""
    data = spec['data']
    if 'csv' in data:
        src = f"{os.path.basename(data['csv'])} -> {data['target'] if isinstance(data['target'], str) else '+'.join(data['target'])}"
    elif 'builtin' in data:
        src = f"builtin {data['builtin']}" + (f" ({data['classes']} classes)" if 'classes' in data else '')
    else:
        src = f"inline table of {len(data['inline']['x'])} rows"
    src += f", normalize {data.get('normalize', 'none')}"
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
        else:
            extra = ' bn' if l.get('batchNorm') else ''
            extra += f" bias {l['bias']}" if 'bias' in l else ''
            layers.append(f"{l['units']} {l.get('activation', 'linear')}{extra}")
    o = spec['optimizer']
    opt = f"{o['type']} {o['lr']}" + ''.join(f", {k} {v}" for k, v in o.items() if k not in ('type', 'lr'))
    t = spec['training']
    tr = f"batch {t.get('batchSize', 32)}, {t.get('epochs', 100)} epochs" + (f", validationSplit {t['validationSplit']}" if 'validationSplit' in t else '')
    return f"{src}, [{', '.join(layers)}], {spec['loss']}, {opt}, {tr}"


def manifest():
    obs = observed()
    faults, healthy = [], []
    for cand, folder, stem in filed():
        line = obs[stem]
        if folder == 'faulty':
            code, slug, stage, catches, text = FAULTS[cand]
            faults.append({'file': f'faulty/{stem}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': catches})
        elif folder == 'healthy':
            with open(os.path.join(HERE, 'healthy', stem + '.nn.json')) as fh:
                spec = json.load(fh)
            healthy.append({'file': f'healthy/{stem}.nn.json', 'covers': f'{describe(spec)} (observe: {line})'})
    faults.sort(key=lambda f: f['file'])
    healthy.sort(key=lambda h: h['file'])
    about = (
        'Fiftieth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
        'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where '
        'it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
        'Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary '
        '(observed.txt); --curve for the lr-too-high, lr-too-low, oscillating and plateau ones (observed-curves.txt); no diagnosis code involved. '
        'Theme: manufacturing, industrial sensors and predictive maintenance: bearing remaining useful life (bearing_rul.csv: vibration RMS, '
        'temperature, running hours, load, a near-constant rpm and a serial number; RUL in hours and thousand hours), machine failure within a '
        'week (machine_failure.csv: 5% failures, pressure in kPa next to an oil/water ratio near 0.01, a drifting oil temperature, a constant '
        'firmware column and a machine id), part defect from dimensions in mm and process settings (part_defect.csv), defect type '
        'none/scratch/dent/crack (defect_type.csv, with a text part id), line energy in kWh and MWh with shift one-hot (line_energy.csv), '
        'batch yield in percent and as a fraction (batch_yield.csv), tool wear in micrometres and mm (tool_wear.csv), quality grade A/B/C from '
        'spectrometer absorbances (quality_grade.csv, quality_grade_onehot.csv), a broken SCADA export and a 3-row export, plus builtin data '
        '(iris, blobs, moons, circles, sine, spirals, xor) and one inline calibration table. Data written by data/generate.ts; candidate specs '
        'by author.ts; filing and this manifest by write-manifest.py. See README.md for how it was written and what was read.'
    )
    with open(os.path.join(HERE, 'manifest.json'), 'w') as fh:
        fh.write(json.dumps({'about': about, 'faults': faults, 'healthy': healthy}, indent=2) + '\n')
    counts = {}
    for f in faults:
        counts[f['code']] = counts.get(f['code'], 0) + 1
    print(f'{len(faults)} faults, {len(healthy)} healthy')
    for k in sorted(counts):
        print(f'  {k}: {counts[k]}')


if __name__ == '__main__':
    {'file': file_all, 'manifest': manifest}[sys.argv[1]]()
