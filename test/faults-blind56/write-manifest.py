#!/usr/bin/env python3
"""Files the candidates of test/faults-blind56 by what the bare engine did, and writes manifest.json.

Run from the set's folder after author.ts and observe.ts (observed.txt): `python3 write-manifest.py`.
Each verdict below names the candidate, the code it is filed under (which may differ from the code it
was written for), the stage, the catches and the fault text; the observed.txt line is appended to
each fault text and each healthy "covers". Candidates that show neither a clear fault nor clean
training go to dropped/ with the reason given here (and in README.md).
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

# candidate -> (code, slug or None to keep, stage, catches, fault text)
FAULTS = {
    # ---- static
    'invalid-spec.triage-relu-capitalised': ('invalid-spec', None, 'static', ['invalid-spec'],
        'triage net with "activation": "ReLU" on both hidden layers, the class name from PyTorch/Keras'),
    'invalid-spec.diabetes-keras-loss-name': ('invalid-spec', None, 'static', ['invalid-spec'],
        'diabetes screen with "loss": "binary_crossentropy", the Keras loss name, instead of "bce"'),
    'invalid-spec.los-learning-rate-key': ('invalid-spec', None, 'static', ['invalid-spec'],
        'length-of-stay regression whose optimizer block says "learning_rate": 0.001 instead of "lr"'),
    'invalid-spec.ecg-epochs-string': ('invalid-spec', None, 'static', ['invalid-spec'],
        'ECG rhythm classifier with "epochs": "100" quoted as a string (value pasted from a form field)'),
    'data-error.los-lab-detection-limit': ('data-error', None, 'static', ['data-error'],
        'length of stay trained on the lab-system export, where creatinine under the assay limit reads "<0.5" instead of a number'),
    'data-error.triage-site2-na-spo2': ('data-error', None, 'static', ['data-error'],
        'triage model pointed at the second hospital\'s file, where missing SpO2 readings are charted as "NA"'),
    'data-error.readmit-admit-date-string': ('data-error', None, 'static', ['data-error'],
        'readmission model whose feature list includes admit_date, an ISO date string (2022-05-16), as an input'),
    'data-error.diabetes-target-renamed': ('data-error', None, 'static', ['data-error'],
        'diabetes screen with target "diagnosis", but the column in diabetes.csv is called "diabetes"'),
    'data-error.pilot-no-events-yet': ('data-error', None, 'static', ['data-error'],
        'outcome model trained on the first four pilot patients, none of whom has had the outcome yet: the target has one class'),
    'data-error.ecg-export-missing-file': ('data-error', None, 'static', ['data-error'],
        'ECG rhythm classifier pointing at ecg_2024_export.csv, a file that was never copied into the project'),
    'shape-mismatch.triage-two-outputs': ('shape-mismatch', None, 'static', ['shape-mismatch'],
        'low/medium/high triage risk (3 classes) with a 2-unit softmax head copied from a binary model'),
    'shape-mismatch.ecg-four-rhythms': ('shape-mismatch', None, 'static', ['shape-mismatch'],
        'ECG rhythm classifier with a 4-unit softmax (an "other" rhythm planned) while the data has 3 rhythms'),
    'shape-mismatch.lipids-ldl-and-hdl-head': ('shape-mismatch', None, 'static', ['shape-mismatch'],
        'LDL regression with a 2-unit output head (meant to predict LDL and HDL) but only ldl_mmol as target'),
    'loss-activation-mismatch.triage-softmax-mse': ('loss-activation-mismatch', None, 'static', ['loss-activation-mismatch'],
        'triage risk class with a softmax output trained on mse instead of cce'),
    'loss-activation-mismatch.diabetes-linear-bce': ('loss-activation-mismatch', None, 'static', ['loss-activation-mismatch'],
        'diabetes screen with a linear output unit under bce: the output is not a probability'),
    'loss-activation-mismatch.los-sigmoid-days': ('loss-activation-mismatch', None, 'static', ['loss-activation-mismatch'],
        'length of stay in days (1-40) regressed through a sigmoid output, which cannot exceed 1'),
    'loss-activation-mismatch.ecg-sigmoid-cce': ('loss-activation-mismatch', None, 'static', ['loss-activation-mismatch'],
        'ECG rhythm classes with three sigmoid outputs under cce instead of a softmax'),
    'init-symmetry.diabetes-zeros-hidden': ('init-symmetry', None, 'static', ['init-symmetry'],
        'diabetes screen with "init": "zeros" on both ReLU hidden layers (zeros "to start neutral")'),
    'init-symmetry.los-constant-tanh': ('init-symmetry', None, 'static', ['init-symmetry'],
        'length of stay with constant 0.1 initialisation on both tanh hidden layers: every unit of a layer stays identical'),
    'init-symmetry.triage-constant-elu': ('init-symmetry', None, 'static', ['init-symmetry'],
        'triage net whose ELU hidden layer is initialised to the constant 0.05: its 24 units stay copies of one unit'),
    'init-scale.ecg-normal-std-three': ('init-scale', None, 'static', ['init-scale'],
        'ECG rhythm net with normal init std 3 on both ReLU layers (std meant as 0.3?): first loss 32 against a baseline of 1'),
    'init-scale.los-uniform-limit-five': ('init-scale', None, 'static', ['init-scale', 'saturated-activation'],
        'length of stay with uniform init of limit 5 on a tanh hidden layer: units start pinned and the fit stays 3x worse than a Glorot start'),
    'init-scale.readmit-tiny-normal-deep': ('init-scale', None, 'static', ['init-scale', 'vanishing-gradient'],
        'readmission net of three tanh layers initialised normal std 0.001: the signal and the gradient die on the way, loss never leaves the baseline'),
    'no-nonlinearity.bmi-default-activations': ('no-nonlinearity', None, 'static', ['no-nonlinearity'],
        'BMI from height and weight with no "activation" on any layer: all hidden layers default to linear, so the net is one linear map of a nonlinear formula'),
    'no-nonlinearity.biomarker-circles-linear': ('no-nonlinearity', None, 'static', ['no-nonlinearity'],
        'two-biomarker prototype on circles with both hidden layers "linear": no nonlinear boundary possible, accuracy 0.56'),
    'no-nonlinearity.ecg-linear-hidden': ('no-nonlinearity', None, 'static', ['no-nonlinearity'],
        'ECG rhythm net whose only hidden layer is "linear" (copied from the regression template): the hidden layer adds nothing'),
    'lr-out-of-range.diabetes-adam-three': ('lr-out-of-range', None, 'static', ['lr-out-of-range', 'lr-too-high'],
        'diabetes screen with Adam "lr": 3 (meant 3e-3)'),
    'lr-out-of-range.los-sgd-twenty-five': ('lr-out-of-range', None, 'static', ['lr-out-of-range', 'lr-too-high', 'nan-loss'],
        'length of stay with plain SGD "lr": 25 (meant 0.025): NaN within the first epoch'),
    'lr-out-of-range.ecg-rmsprop-two': ('lr-out-of-range', None, 'static', ['lr-out-of-range', 'lr-too-high'],
        'ECG rhythm net with RMSprop "lr": 2 (meant 2e-3): first loss 47'),
    # ---- probe / training
    'dead-relu.triage-negative-bias': ('dead-relu', None, 'probe', ['dead-relu'],
        'triage net with "bias": -3 on both ReLU layers ("sparse activations"): 81-94% of the second layer never fires, loss stays far above a normal run'),
    'dead-relu.sepsis-raw-wbc-sgd': ('dead-relu', None, 'probe', ['dead-relu', 'exploding-gradient'],
        'sepsis model on raw units (white cells per microlitre in the thousands, normalize none) with SGD 0.01: the first step blows up and every ReLU unit of both layers is dead from then on'),
    'dead-relu.diabetes-raw-adam-fast': ('dead-relu', None, 'probe', ['dead-relu', 'lr-too-high'],
        'diabetes screen on raw mg/dL and mmHg values with Adam 0.1: 81% of the first and all of the second ReLU layer die, loss stuck at the prior'),
    'dead-relu.bmi-raw-cm-kg-sgd': ('dead-relu', None, 'probe', ['dead-relu', 'exploding-gradient'],
        'BMI regression on raw height in cm and weight in kg with SGD momentum: first-epoch loss 3e13, then the whole ReLU layer is dead and the loss sits at the baseline'),
    'dead-relu.readmit-ids-and-dates-raw': ('dead-relu', None, 'probe', ['dead-relu', 'exploding-gradient'],
        'readmission model fed patient_id, admission date as yyyymmdd and ward number unscaled (normalize none) with SGD: every ReLU unit dies after the first steps'),
    'exploding-gradient.vanco-mg-target-deep': ('exploding-gradient', None, 'probe', ['exploding-gradient', 'nan-loss', 'lr-too-high'],
        'vancomycin dose regressed in mg (250-2500) through three ReLU layers with SGD: gradient norms go 866, 2e4, 2e11 in three steps and the loss is NaN by step 5'),
    'exploding-gradient.sepsis-raw-counts-adam': ('exploding-gradient', None, 'probe', ['exploding-gradient'],
        'sepsis model on raw white-cell counts (cells per microlitre) with Adam: gradient norms up to 3400 and 4900, the batch loss jumping between 1e-68 and 400 per batch, ends above the baseline'),
    'exploding-gradient.triage-raw-wbc-adam': ('exploding-gradient', None, 'probe', ['exploding-gradient'],
        'triage risk on raw vital signs and white-cell counts (normalize none) with Adam: gradient norms of 4e3 and 1.6e4 from the first step (up to 9e3 and 1.8e4), loss 4x the baseline after 100 epochs'),
    'exploding-gradient.readmit-raw-ids-adam': ('exploding-gradient', None, 'probe', ['exploding-gradient'],
        'readmission model fed patient_id and admission yyyymmdd unscaled with Adam and ELU: gradient norms of 1.5e7 and 3.4e7 from the first step and a loss thousands of times the baseline all run'),
    'vanishing-gradient.readmit-deep-sigmoid': ('vanishing-gradient', None, 'probe', ['vanishing-gradient'],
        'readmission net of seven sigmoid hidden layers trained with plain SGD: first-layer gradient about 1e-5, loss never leaves the baseline'),
    'vanishing-gradient.ecg-deep-sigmoid-momentum': ('vanishing-gradient', None, 'probe', ['vanishing-gradient'],
        'ECG rhythm net of eight sigmoid hidden layers with SGD momentum: first-layer gradient 6e-6..3e-5, accuracy stays at the majority class'),
    'vanishing-gradient.lipids-deep-sigmoid-stack': ('vanishing-gradient', None, 'probe', ['vanishing-gradient'],
        'LDL regression through one tanh and five sigmoid hidden layers with SGD: first-layer gradient at most 0.0024 against up to 6.5 at the head, loss stays at the baseline'),
    'nan-loss.vanco-mg-sgd': ('nan-loss', None, 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high'],
        'vancomycin dose regressed in mg with SGD 0.05: loss 1e6, 5e7, 9e17, then Infinity/NaN at step 5'),
    'nan-loss.los-raw-deep-momentum': ('nan-loss', None, 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high'],
        'length of stay on raw features through four ReLU layers with SGD momentum: loss 5890, 1.7e9, 1e39, NaN at step 4'),
    'nan-loss.readmit-ids-dates-leaky': ('nan-loss', None, 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high'],
        'readmission model fed patient_id, admission yyyymmdd and ward unscaled through leaky ReLU with SGD: NaN within the first epoch'),
    'lr-too-high.los-sgd-momentum-half': ('lr-too-high', None, 'probe', ['lr-too-high', 'nan-loss', 'exploding-gradient'],
        'length of stay with SGD lr 0.3 and momentum 0.9: loss grows every epoch from 1e5 to 4e39 and is NaN at epoch 32'),
    'lr-too-high.triage-adam-point-three': ('lr-too-high', None, 'training', ['lr-too-high', 'dead-relu'],
        'triage net with Adam 0.3: loss falls to 0.46 by epoch 26 then climbs back to 0.55-0.69, the second ReLU layer 94% dead'),
    'lr-too-high.lipids-sgd-momentum': ('lr-too-high', None, 'probe', ['lr-too-high', 'nan-loss', 'exploding-gradient'],
        'LDL regression with SGD 0.2 and momentum 0.9: the batch loss swings 16, 78, 12, 40 then diverges to NaN within the first epoch'),
    'lr-too-high.readmit-rmsprop-point-one': ('lr-too-high', None, 'training', ['lr-too-high', 'oscillating-loss'],
        'readmission net with RMSprop 0.1: update ratios up to 0.7 and the loss keeps jumping back up (0.11 to 0.28 and back) all run'),
    'oscillating-loss.los-momentum-099-relu': ('lr-too-high', 'los-momentum-099-relu', 'training', ['lr-too-high', 'oscillating-loss', 'nan-loss'],
        'length of stay with SGD momentum 0.99: written as an oscillation case, the loss swings between 6 and 21 for 27 epochs, then diverges (39, 375, NaN at epoch 30), so filed as lr-too-high'),
    'lr-too-high.triage-sgd-two': ('lr-too-high', None, 'training', ['lr-too-high', 'oscillating-loss'],
        'triage net with plain SGD lr 2 on batches of 16: loss reaches 0.59 at epoch 3, then jumps around 0.6-1.1 for the rest of the run, twice a normal run, 44% of ReLU units dead'),
    'lr-too-low.diabetes-sgd-tiny': ('lr-too-low', None, 'probe', ['lr-too-low'],
        'diabetes screen with plain SGD lr 1e-5: loss 0.553 to 0.535 in 150 epochs, twice the prior-only baseline'),
    'lr-too-low.ecg-adam-micro': ('lr-too-low', None, 'probe', ['lr-too-low'],
        'ECG rhythm net with Adam lr 1e-6 (one zero too many): loss 1.297 to 1.283 in 100 epochs, above the baseline'),
    'lr-too-low.los-momentum-tiny': ('lr-too-low', None, 'probe', ['lr-too-low'],
        'length of stay with SGD lr 1e-6 and momentum 0.9: update ratios at most 3e-4, loss still 6x the baseline after 100 epochs'),
    'lr-too-low.triage-rmsprop-micro': ('lr-too-low', None, 'probe', ['lr-too-low'],
        'triage net with RMSprop lr 1e-6: loss 1.21 to 1.19 in 100 epochs, above the baseline, accuracy 0.33'),
    'lr-too-low.vanco-mg-adam-default': ('lr-too-low', None, 'probe', ['lr-too-low', 'loss-plateau'],
        'vancomycin dose in mg (target 250-2500) with Adam at its default 0.001: the output creeps up, loss 1.04e6 to 9.15e5 in 100 epochs, still 13x the baseline'),
    'saturated-activation.sepsis-raw-tanh': ('saturated-activation', None, 'probe', ['saturated-activation'],
        'sepsis model on raw vital signs and white-cell counts through a tanh layer: 100% of the hidden outputs pinned at +-1 from the start, loss at the baseline'),
    'saturated-activation.diabetes-raw-sigmoid': ('saturated-activation', None, 'probe', ['saturated-activation'],
        'diabetes screen on raw glucose (mg/dL) and blood pressure through sigmoid layers: 93-99% of the first hidden layer pinned all run'),
    'saturated-activation.triage-raw-tanh-rmsprop': ('saturated-activation', None, 'probe', ['saturated-activation'],
        'triage net on raw vital signs and white-cell counts through a tanh layer with RMSprop: the tanh layer is 100% saturated and the loss stays at the baseline'),
    'loss-plateau.diabetes-weight-decay-half': ('loss-plateau', None, 'training', ['loss-plateau'],
        'diabetes screen with Adam and "weightDecay": 0.5 (a decay "rate" mistaken for the L2 coefficient): loss flattens at the prior-only baseline from epoch 20 while a normal run reaches 1%'),
    'loss-plateau.sepsis-weight-decay-one': ('loss-plateau', None, 'training', ['loss-plateau'],
        'sepsis model with SGD momentum and "weightDecay": 1: loss sits at 0.204 = the baseline from epoch 4 to 100'),
    'loss-plateau.ecg-dropout-before-output': ('loss-plateau', None, 'training', ['loss-plateau'],
        'ECG rhythm net with dropout 0.95 before the output (keep-probability 0.95 written as a drop rate): loss flat near 0.82 of the baseline from epoch 40, accuracy 0.63 where a normal run reaches 0.99'),
    'oscillating-loss.bmi-rmsprop-fast-full-batch': ('oscillating-loss', None, 'training', ['oscillating-loss', 'lr-too-high'],
        'BMI regression, full batch, RMSprop 0.2: after reaching 3.5 the loss keeps swinging between 1.5 and 11 in waves for 150 epochs'),
    'oscillating-loss.lipids-momentum-098-full-batch': ('oscillating-loss', None, 'training', ['oscillating-loss', 'lr-too-high'],
        'LDL regression, full batch, SGD lr 0.1 with momentum 0.98: the loss cycles every three epochs (e.g. 0.17, 0.97, 1.14) all run and ends at 0.31 where a normal fit reaches 0.014'),
    'oscillating-loss.los-momentum-nine-nine': ('oscillating-loss', None, 'training', ['oscillating-loss', 'lr-too-high'],
        'length of stay with SGD momentum 0.99: the loss rises and falls between 1.4 and 9 for the whole run instead of settling near 0.9'),
}

DROPPED = {
    'shape-mismatch.diabetes-two-sigmoid-bce': 'two sigmoid outputs under bce for a binary target: the engine accepts it and trains it to 0.03 of the baseline, so no shape mismatch is shown',
    'lr-too-high.diabetes-rmsprop-point-one': 'RMSprop 0.1 on the diabetes screen: the loss spikes now and then but goes to 1e-8; not clearly too high (the glucose split is easy)',
    'lr-too-high.ecg-adam-half': 'Adam 0.5 on ECG: rises to 5.4 in the first epochs, then recovers to 1e-5; not clearly faulty over the run',
    'lr-too-high.ecg-sgd-momentum-one': 'SGD 1 with momentum on ECG: ends at 0.07 of the baseline, acc 0.98; trains fine',
    'lr-too-high.sepsis-adam-point-two': 'Adam 0.2 on sepsis: trains to 5e-10; no symptom',
    'oscillating-loss.bmi-rmsprop-full-batch': 'RMSprop 0.05 full batch on BMI: it does swing (0.8 to 1.5) but by about 3% of the baseline while still improving; too weak to call',
    'oscillating-loss.lipids-adam-batch-four': 'Adam 0.05 with batches of 4 on lipids: batch noise of 0.02-0.07 against a baseline of 0.82, loss at a healthy level (but 88% of ReLU units dead, so not healthy either)',
    'oscillating-loss.lipids-momentum-full-batch': 'SGD momentum 0.95 full batch on lipids: big three-epoch swings for 60 epochs that then damp out to 0.02; it settles',
    'oscillating-loss.los-sgd-momentum-full-batch': 'SGD momentum 0.95 full batch on length of stay: swings for the first 25 epochs, then settles at the normal 1.04 (with 63% dead ReLU units); mixed',
    'oscillating-loss.readmit-adam-batch-eight': 'Adam 0.05 with batches of 8 on readmission: ordinary batch noise, ends at the level of the healthy runs',
    'oscillating-loss.triage-sgd-small-batch': 'SGD 0.5 with batches of 8 on triage: noise of about 5% of the baseline, ends at a healthy 0.34',
    'loss-plateau.los-relu-output-negative-bias': 'ReLU output with bias -5 on length of stay: the output unit is dead from the start (loss frozen at 10x the baseline), but a bias of -5 on the output is not something a practitioner would write',
    'loss-plateau.readmit-dropout-ninety': 'dropout 0.9 on readmission: still improving at epoch 100 (0.78 of the baseline); not a plateau',
    'loss-plateau.readmit-keep-prob-dropout': 'two dropout 0.9 layers on readmission: noisy training loss above the baseline but still falling at epoch 100; neither a plateau nor healthy',
    'loss-plateau.triage-weight-decay-tenth': 'weightDecay 0.1 on triage: converges smoothly to 0.50 of the baseline; a worse fit, not a plateau far from a good loss',
    'loss-plateau.triage-weight-decay-point-three': 'weightDecay 0.3 on triage: flat from epoch 40 at 0.62 of the baseline, between a plateau and a fit; too borderline',
}


def observed_lines():
    lines = {}
    with open(os.path.join(HERE, 'observed.txt')) as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if '.nn.json' in line.split(':')[0].split(' ')[0]:
                key = line.split('.nn.json')[0]
            else:
                key = line.split(':')[0]
            lines[key] = line
    return lines


def describe(spec):
    data = spec['data']
    if 'csv' in data:
        src = os.path.basename(data['csv']) + f" -> {data['target']}"
        if 'features' in data:
            src += f" ({len(data['features'])} features)"
    elif 'builtin' in data:
        src = 'builtin ' + data['builtin']
    else:
        src = f"inline {len(data['inline']['x'])} rows"
    src += ' ' + data.get('normalize', 'none')
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
        else:
            t = f"{l['units']} {l.get('activation', 'linear')}"
            if l.get('batchNorm'):
                t += ' bn'
            if 'init' in l:
                t += f" {l['init'] if isinstance(l['init'], str) else l['init']['name']}"
            layers.append(t)
    o = spec['optimizer']
    opt = f"{o['type']} {o['lr']}"
    if o.get('momentum'):
        opt += f" momentum {o['momentum']}" + (' nesterov' if o.get('nesterov') else '')
    if o.get('weightDecay'):
        opt += f" weightDecay {o['weightDecay']}"
    if o.get('clipNorm'):
        opt += f" clipNorm {o['clipNorm']}"
    t = spec['training']
    extra = f", validationSplit {t['validationSplit']}" if t.get('validationSplit') else ''
    return f"{src}, [{', '.join(layers)}], {spec['loss']}, {opt}, batch {t['batchSize']}, {t['epochs']} epochs{extra}"


def main():
    obs = observed_lines()
    names = sorted(n[:-len('.nn.json')] for n in os.listdir(CAND) if n.endswith('.nn.json'))
    known = set(FAULTS) | set(DROPPED) | {n for n in names if n.startswith('healthy.')}
    missing = [n for n in names if n not in known]
    stale = [n for n in known if n not in names]
    assert not missing and not stale, (missing, stale)
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy = [], []
    for name in names:
        src = os.path.join(CAND, name + '.nn.json')
        with open(src) as f:
            spec = json.load(f)
        line = obs[name]
        if name.startswith('healthy.'):
            file = f"healthy/{name[len('healthy.'):]}.nn.json"
            healthy.append({'file': file, 'covers': f"{describe(spec)} (observe: {line})"})
        elif name in FAULTS:
            code, slug, stage, catches, text = FAULTS[name]
            slug = slug or name.split('.', 1)[1]
            file = f"faulty/{code}.{slug}.nn.json"
            assert code in catches
            faults.append({'file': file, 'code': code, 'fault': f"{text} (observe: {line})", 'stage': stage, 'catches': catches})
        else:
            file = f"dropped/{name}.nn.json"
        shutil.copyfile(src, os.path.join(HERE, file))
    about = (
        'Fifty-sixth fault set (issue #4), written blind for the honest measurement and frozen before the product was '
        'first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the '
        'writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice '
        'would genuinely fix it. Each "fault" text (and each healthy "covers") ends with the result measured on the bare '
        'engine by test/faults/observe.ts --summary (observed.txt); --curve for the lr, plateau and oscillation ones '
        '(observed-curves.txt) and test/faults/steps.ts for the exploding, NaN and raw-scale ones (observed-steps.txt); no '
        'diagnosis code involved. Theme: medicine and health records: vital signs and lab values in their clinical units '
        '(mg/dL, mmol/L, mmHg, cells per microlitre, ms) to a rare diagnosis (diabetes 8%, sepsis 5%), 30-day readmission '
        '(15%), a low/medium/high triage class or an ECG rhythm; length of stay in days, a vancomycin dose in mg or g, LDL '
        'from a lipid panel and BMI from height and weight as regressions; patient IDs, admission dates and ward numbers '
        'left in; constant unit/site columns; lab exports with "<0.5" and "NA" cells. Ten CSVs written by data/generate.ts '
        '(seeded), plus builtin sine, blobs, moons and circles as prototypes and one inline table; specs by author.ts; this '
        'manifest by write-manifest.py. See README.md for the dropped candidates and what was read.'
    )
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    counts = {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
    print(f"{len(faults)} faulty, {len(healthy)} healthy, {len(DROPPED)} dropped")
    for code, n in sorted(counts.items()):
        print(f"  {code}: {n}")


if __name__ == '__main__':
    main()
