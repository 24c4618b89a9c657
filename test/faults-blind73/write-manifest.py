#!/usr/bin/env python3
"""Files the candidates of test/faults-blind73 and writes manifest.json.

Run from the set's folder after author.ts and the observation runs:
    python3 write-manifest.py
Each verdict below was decided from what the bare engine showed (observed.txt, observed-curves.txt),
not from the intent in the candidate's name: a candidate whose engine behaviour showed another fault is
filed under that fault's code, one that trained cleanly under healthy/, one that is neither under dropped/.
Every manifest entry ends with the candidate's observe.ts --summary line.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

# candidate -> (code, stage, catches, fault text)
FAULTS = {
    # ---- invalid-spec
    'invalid-spec.clinic-softmax-capitalised': ('invalid-spec', 'static', ['invalid-spec'],
        'diagnosis-group classifier with the output activation written "Softmax" (copied from a Keras layer name)'),
    'invalid-spec.herd-learning-rate-key': ('invalid-spec', 'static', ['invalid-spec'],
        'mastitis model whose optimizer block says "learning_rate" (PyTorch/Keras spelling) instead of "lr"'),
    'invalid-spec.lab-batch-size-snake': ('invalid-spec', 'static', ['invalid-spec'],
        'kidney-score regression with "batch_size" in the training block instead of "batchSize"'),
    'invalid-spec.shelter-mae-loss': ('invalid-spec', 'static', ['invalid-spec'],
        'heavy-tailed days-to-adoption regression asking for loss "mae", which the engine does not have'),
    'invalid-spec.claims-layer-type-Dense': ('invalid-spec', 'static', ['invalid-spec'],
        'claim-approval model with layer type "Dense" (capitalised) on both layers'),
    # ---- data-error
    'data-error.clinic-cost-no-feature-list': ('data-error', 'static', ['data-error'],
        'treatment-cost regression on clinic-visits.csv with no "features" list, so the text column "diagnosis" is read as a feature'),
    'data-error.clinic-export-na-weights': ('data-error', 'static', ['data-error'],
        'diagnosis classifier on a practice-management export where missing body weights are written "NA"'),
    'data-error.lab-lims-below-detection': ('data-error', 'static', ['data-error'],
        'kidney-score regression on a LIMS export where creatinine below the assay limit is written "<80"'),
    'data-error.herd-pilot-four-rows': ('data-error', 'static', ['data-error'],
        'mastitis model pointed at the 4-row pilot-farm file: too few records, and not a single mastitis case in them'),
    'data-error.clinic-target-renamed': ('data-error', 'static', ['data-error'],
        'diagnosis classifier whose target "diagnosis_group" is not a column of clinic-visits.csv (it is "diagnosis")'),
    'data-error.herd-file-underscore': ('data-error', 'static', ['data-error'],
        'mastitis model reading "../data/dairy_herd.csv" (underscore) while the file is dairy-herd.csv'),
    # ---- shape-mismatch
    'shape-mismatch.clinic-three-outputs': ('shape-mismatch', 'static', ['shape-mismatch'],
        'diagnosis classifier with 3 softmax outputs for the 4 diagnosis groups (respiratory group forgotten)'),
    'shape-mismatch.lab-two-outputs': ('shape-mismatch', 'static', ['shape-mismatch'],
        'kidney-score regression with 2 linear outputs for a single target column'),
    'shape-mismatch.clinic-six-insurer-classes': ('shape-mismatch', 'static', ['shape-mismatch'],
        'diagnosis classifier copied from a 6-class pet-insurer model: 6 softmax outputs for 4 groups'),
    # ---- loss-activation-mismatch
    'loss-activation-mismatch.clinic-softmax-mse': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'],
        'diagnosis classifier with a softmax output trained with mse instead of cce'),
    'loss-activation-mismatch.herd-linear-bce': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'],
        'mastitis flag with a linear output unit under bce (no sigmoid)'),
    'loss-activation-mismatch.clinic-cost-sigmoid-out': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'],
        'treatment cost in raw euros (57-2500) regressed through a sigmoid output: it cannot exceed 1'),
    'loss-activation-mismatch.vacc-tanh-bce': ('loss-activation-mismatch', 'static', ['loss-activation-mismatch'],
        'vaccination-return flag with a tanh output unit under bce (outputs in -1..1 are not probabilities)'),
    # ---- init-symmetry
    'init-symmetry.clinic-zeros-hidden': ('init-symmetry', 'static', ['init-symmetry', 'dead-relu'],
        'diagnosis classifier with both ReLU hidden layers initialised to zeros: nothing fires and nothing learns'),
    'init-symmetry.herd-constant-tanh': ('init-symmetry', 'static', ['init-symmetry'],
        'mastitis model whose tanh hidden layer is initialised to the constant 0.05: its 12 units stay identical (it still fits, as one unit can)'),
    'init-symmetry.lab-constant-relu': ('init-symmetry', 'static', ['init-symmetry'],
        'kidney-score regression with both ReLU hidden layers initialised to the constant 0.1: every unit of a layer stays a copy of the others'),
    # ---- init-scale
    'init-scale.clinic-normal-std3': ('init-scale', 'static', ['init-scale'],
        'diagnosis classifier with normal init std 3 on two 24-unit ReLU layers (He would be 0.3-0.4): first loss 74'),
    'init-scale.lab-uniform-limit5': ('init-scale', 'static', ['init-scale', 'saturated-activation'],
        'kidney-score regression with uniform init limit 5 on a tanh layer: most of the layer starts pinned at +-1'),
    'init-scale.claims-tiny-normal-deep': ('init-scale', 'static', ['init-scale', 'vanishing-gradient'],
        'claim-approval model with normal init std 1e-4 on three ReLU layers: the signal and the gradients die out, the loss stays at the prior'),
    # ---- no-nonlinearity
    'no-nonlinearity.clinic-forgot-activation': ('no-nonlinearity', 'static', ['no-nonlinearity'],
        'diagnosis classifier whose two hidden layers have no "activation" (default linear): a linear model in disguise'),
    'no-nonlinearity.claims-explicit-linear': ('no-nonlinearity', 'static', ['no-nonlinearity'],
        'claim-approval model with both hidden layers explicitly "linear"'),
    'no-nonlinearity.lab-linear-stack': ('no-nonlinearity', 'static', ['no-nonlinearity'],
        'kidney-score regression stacking two 32-unit linear layers (the log-shaped enzyme relation cannot be bent)'),
    # ---- lr-out-of-range
    'lr-out-of-range.clinic-adam-lr5': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'],
        'diagnosis classifier with adam lr 5 (meant 5e-3)'),
    'lr-out-of-range.lab-sgd-lr100': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high', 'nan-loss'],
        'kidney-score regression with sgd lr 100'),
    'lr-out-of-range.herd-rmsprop-lr20': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-high'],
        'mastitis model with rmsprop lr 20'),
    'lr-out-of-range.vacc-sgd-lr1e-9': ('lr-out-of-range', 'static', ['lr-out-of-range', 'lr-too-low'],
        'vaccination-return model with sgd lr 1e-9 (exponent typo for 1e-2): nothing moves in 100 epochs'),
    # ---- dead-relu
    'dead-relu.claims-minmax-bias-minus2': ('dead-relu', 'probe', ['dead-relu'],
        'claim-approval model on minmax features (0..1) with ReLU biases set to -2: nearly every unit is off for every claim from the start'),
    'dead-relu.clinic-negative-bias': ('dead-relu', 'probe', ['dead-relu'],
        'diagnosis classifier with ReLU biases -3 "for sparse units": the second hidden layer never fires, the loss stays at the prior'),
    'dead-relu.herd-raw-scc-adam': ('dead-relu', 'probe', ['dead-relu'],
        'mastitis model on raw herd records (somatic cell count in the hundreds of thousands) with adam 0.05: the ReLU layers die in the first steps'),
    'dead-relu.claims-raw-sgd': ('dead-relu', 'probe', ['dead-relu'],
        'claim-approval model on raw claims (policy days, euros) with sgd 0.05: the first update kills the whole ReLU layer, loss stays at the prior'),
    'dead-relu.lab-adam-batch8': ('dead-relu', 'training', ['dead-relu', 'lr-too-high'],
        'kidney-score regression with adam 0.05 on batches of 8: 94% of the 32 ReLU units die (the 2 left still fit the score)'),
    'dead-relu.milk-adam-0.1': ('dead-relu', 'training', ['dead-relu', 'lr-too-high'],
        'milk-yield regression with adam 0.1: 88% of the second ReLU layer dies and the loss stays noisy'),
    'dead-relu.shelter-rmsprop-0.05': ('dead-relu', 'training', ['dead-relu', 'lr-too-high'],
        'log days-to-adoption regression with rmsprop 0.05: over 80% of both ReLU layers die'),
    # ---- exploding-gradient
    'exploding-gradient.clinic-cost-raw-euros': ('exploding-gradient', 'probe', ['exploding-gradient'],
        'treatment-cost regression in raw euros (no normalizeTarget): layer gradient norms in the tens of thousands'),
    'exploding-gradient.lab-raw-enzymes-deep': ('exploding-gradient', 'probe', ['exploding-gradient'],
        'kidney-score regression on the raw lab panel (ALP up to thousands of U/L) through three ReLU layers: gradient norms up to 4e5, loss ends 53x the baseline'),
    'exploding-gradient.lab-raw-sgd': ('exploding-gradient', 'probe', ['exploding-gradient'],
        'kidney-score regression on the raw lab panel with sgd 0.01: output-layer gradient norms reach 1e19, loss 1e14 (the first layer dies on the way)'),
    'exploding-gradient.milk-raw-everything-sgd': ('exploding-gradient', 'probe', ['exploding-gradient'],
        'milk-yield regression on raw records (cell counts in the hundreds of thousands) and raw litres with sgd 0.001: loss 1e36, gradient norms 1e16'),
    # ---- nan-loss
    'nan-loss.clinic-cost-raw-sgd': ('nan-loss', 'probe', ['nan-loss', 'exploding-gradient', 'lr-too-high'],
        'treatment-cost regression in raw euros with plain sgd 0.05: the loss is NaN within the first epoch'),
    'nan-loss.lab-sgd-momentum-hot': ('nan-loss', 'probe', ['nan-loss', 'lr-too-high', 'exploding-gradient'],
        'kidney-score regression with sgd 0.3 and momentum 0.9 on two ReLU layers: NaN in the first epoch'),
    'nan-loss.lab-momentum-0.5': ('nan-loss', 'probe', ['nan-loss', 'lr-too-high', 'exploding-gradient'],
        'kidney-score regression (tanh hidden) with sgd 0.5 and momentum 0.9: loss 2.7e12 in epoch 1, NaN at epoch 3'),
    'nan-loss.milk-sgd-batch8': ('nan-loss', 'probe', ['nan-loss', 'lr-too-high', 'exploding-gradient'],
        'milk-yield regression with sgd 0.5 on batches of 8: NaN within the first epoch'),
    # ---- lr-too-high
    'lr-too-high.clinic-adam-0.2': ('lr-too-high', 'training', ['lr-too-high', 'dead-relu'],
        'diagnosis classifier with adam 0.2: the loss falls to 0.49, then climbs back above the prior (1.39) as the second layer dies'),
    'lr-too-high.claims-rmsprop-0.1': ('lr-too-high', 'training', ['lr-too-high', 'oscillating-loss'],
        'claim-approval model with rmsprop 0.1: the loss keeps jumping back, once to 0.51 (near the 0.595 prior) from 0.05'),
    'lr-too-high.lab-sgd-full-batch-0.9': ('lr-too-high', 'probe', ['lr-too-high', 'nan-loss', 'exploding-gradient'],
        'kidney-score regression with full-batch sgd 0.9: the loss grows every epoch from 0.55 to 1e41, NaN at epoch 22'),
    'lr-too-high.shelter-logdays-rmsprop-0.3-full-batch': ('lr-too-high', 'training', ['lr-too-high', 'oscillating-loss'],
        'log days-to-adoption with full-batch rmsprop 0.3: the loss keeps leaping up, above the baseline (to 1.31 vs 0.57)'),
    'lr-too-high.lab-rmsprop-0.3-full-batch': ('lr-too-high', 'training', ['lr-too-high', 'oscillating-loss'],
        'kidney-score regression with full-batch rmsprop 0.3: the loss swings and bursts to 12.6x the baseline late in the run'),
    # ---- lr-too-low
    'lr-too-low.clinic-sgd-1e-4': ('lr-too-low', 'probe', ['lr-too-low'],
        'diagnosis classifier with plain sgd 1e-4 for 60 epochs: loss 2.05 to 1.92, still above the prior (1.38)'),
    'lr-too-low.lab-adam-1e-5': ('lr-too-low', 'probe', ['lr-too-low'],
        'kidney-score regression with adam 1e-5 for 100 epochs: loss 1.46 to 1.26, above the baseline'),
    'lr-too-low.herd-rmsprop-1e-5': ('lr-too-low', 'probe', ['lr-too-low'],
        'mastitis model with rmsprop 1e-5 for 50 epochs: loss 0.61 to 0.56, over twice the prior'),
    'lr-too-low.claims-sgd-5e-5': ('lr-too-low', 'probe', ['lr-too-low'],
        'claim-approval model with plain sgd 5e-5 for 80 epochs: the loss moves 0.53 to 0.52, update ratios ~1e-5'),
    # ---- saturated-activation
    'saturated-activation.herd-raw-sigmoid': ('saturated-activation', 'probe', ['saturated-activation'],
        'mastitis model on raw herd records with a sigmoid hidden layer: cell counts in the hundreds of thousands pin every unit, gradient 0, loss at the prior'),
    'saturated-activation.lab-raw-tanh': ('saturated-activation', 'probe', ['saturated-activation'],
        'kidney-score regression on the raw lab panel with a tanh hidden layer: 97% of outputs at +-1'),
    'saturated-activation.clinic-tanh-std2': ('saturated-activation', 'probe', ['saturated-activation', 'init-scale'],
        'diagnosis classifier with a tanh layer initialised normal std 2: 70% of its outputs stay pinned at +-1 all run'),
    'saturated-activation.claims-raw-sigmoid': ('saturated-activation', 'probe', ['saturated-activation'],
        'claim-approval model on raw claims (policy days, euros) with sigmoid hidden layers: the first is 94% saturated, loss stays 0.91 of the prior'),
    'saturated-activation.shelter-raw-days-momentum': ('saturated-activation', 'training', ['saturated-activation'],
        'days-to-adoption in raw days (no normalizeTarget) with sgd momentum: the large errors drive the tanh layer to 98% saturation'),
    # ---- vanishing-gradient
    'vanishing-gradient.clinic-deep-sigmoid': ('vanishing-gradient', 'probe', ['vanishing-gradient'],
        'diagnosis classifier with six 32-unit sigmoid layers and sgd: first-layer gradient ~1e-3 of the last, loss stays at the prior'),
    'vanishing-gradient.lab-deep-tanh-small-init': ('vanishing-gradient', 'probe', ['vanishing-gradient', 'init-scale'],
        'kidney-score regression with six tanh layers initialised normal std 0.01: first-layer gradient ~1e-7, loss at the baseline'),
    'vanishing-gradient.claims-eight-sigmoid': ('vanishing-gradient', 'probe', ['vanishing-gradient'],
        'claim-approval model with eight 8-unit sigmoid layers: first-layer gradients 1e-5 to 1e-3 against up to ~1 at the output, loss stuck at 0.56 of the prior'),
    'vanishing-gradient.herd-deep-sigmoid-sgd': ('vanishing-gradient', 'probe', ['vanishing-gradient'],
        'mastitis model with five sigmoid layers and sgd 0.1: first-layer gradients 1e-4 to 1e-3 against up to 0.2 at the output, loss stays at the prior'),
    # ---- loss-plateau
    'loss-plateau.clinic-heavy-weight-decay': ('loss-plateau', 'training', ['loss-plateau'],
        'diagnosis classifier with adam weightDecay 0.5 (meant 5e-4): the loss settles flat at 1.25, 0.91 of the prior'),
    'loss-plateau.herd-dropout-0.9': ('loss-plateau', 'training', ['loss-plateau'],
        'mastitis model with dropout 0.9 after each hidden layer: the loss crawls down to the prior (0.94) and stays there'),
    'loss-plateau.vacc-raw-sigmoid-hidden': ('loss-plateau', 'training', ['loss-plateau', 'saturated-activation'],
        'vaccination-return model on raw features with a sigmoid layer (normal std 1) and sgd 0.01: the loss crawls 0.72 to 0.51 (0.85 of the prior), layer 93% saturated'),
    # ---- oscillating-loss
    'oscillating-loss.shelter-days-rmsprop-0.2': ('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'],
        'days-to-adoption (rescaled target) with rmsprop 0.2: the loss jumps up and down between 0.17 and 0.55 every epoch, never settling'),
    'oscillating-loss.milk-rmsprop-full-batch': ('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'],
        'milk-yield regression with full-batch rmsprop 0.2: the loss swings between 0.24 and 0.52 without settling'),
    'oscillating-loss.clinic-rmsprop-0.5-full-batch': ('oscillating-loss', 'training', ['oscillating-loss', 'lr-too-high'],
        'diagnosis classifier with full-batch rmsprop 0.5: the loss swings between 0.34 and 1.06'),
}

# candidates whose engine behaviour showed another fault than the one intended: candidate -> key in FAULTS
REFILED = {
    'nan-loss.claims-raw-sgd': 'dead-relu.claims-raw-sgd',
    'oscillating-loss.lab-adam-batch8': 'dead-relu.lab-adam-batch8',
    'lr-too-high.milk-adam-0.1': 'dead-relu.milk-adam-0.1',
    'lr-too-high.shelter-rmsprop-0.05': 'dead-relu.shelter-rmsprop-0.05',
    'nan-loss.lab-raw-sgd': 'exploding-gradient.lab-raw-sgd',
    'nan-loss.milk-raw-everything-sgd': 'exploding-gradient.milk-raw-everything-sgd',
    'dead-relu.lab-sgd-momentum-hot': 'nan-loss.lab-sgd-momentum-hot',
    'lr-too-high.lab-momentum-0.5': 'nan-loss.lab-momentum-0.5',
    'oscillating-loss.milk-sgd-batch8': 'nan-loss.milk-sgd-batch8',
    'oscillating-loss.lab-sgd-full-batch-0.9': 'lr-too-high.lab-sgd-full-batch-0.9',
    'nan-loss.shelter-raw-days-momentum': 'saturated-activation.shelter-raw-days-momentum',
}

HEALTHY_FROM = {  # non-ok candidates that trained cleanly: filed as healthy
    'oscillating-loss.claims-adam-full-batch-0.05': 'claims-adam-full-batch-0.05',
}

DROPPED = {
    'shape-mismatch.herd-two-sigmoid': 'two sigmoid outputs on the 0/1 mastitis flag under bce: the engine accepted it and trained to acc 1.000, so it is not clearly wrong',
    'loss-plateau.lab-sgd-weight-decay': 'sgd with weightDecay 2 still reached 0.33 of the baseline with a noisy curve: neither a plateau far from a good loss nor healthy',
    'oscillating-loss.clinic-batch4-sgd': 'batch 4 sgd 0.5: epoch losses swing about as much as the noisier healthy specs (median change 1.8% of the prior); not clearly oscillating',
    'oscillating-loss.vacc-full-batch-momentum': 'full-batch sgd 1.5 momentum 0.95 trained smoothly (0.14 of the prior) but with output update ratios up to 0.44: neither oscillating nor clearly healthy',
    'oscillating-loss.shelter-adam-full-batch-0.1': 'full-batch adam 0.1: a few large early swings, then smooth to 0.07 of the baseline; not clearly either',
    'oscillating-loss.herd-rmsprop-batch16': 'trained smoothly to loss 1e-11; a duplicate of the healthy herd-mastitis-rmsprop-batch16',
    'oscillating-loss.clinic-momentum-0.95-full-batch': 'full-batch sgd 0.3 momentum 0.95 trained smoothly to 0.08 of the prior, but update ratios up to 0.23 and an early bump: not clearly healthy',
    'oscillating-loss.vacc-rmsprop-full-batch': 'full-batch rmsprop 0.03 trained smoothly to 0.20 of the prior, but an output update ratio of 0.25 in the first step: not clearly healthy',
    'lr-too-high.vacc-sgd-8': 'sgd 8 ends at 0.29 of the prior with small swings (median 1% of the prior) and no rise: not clearly too high',
    'nan-loss.shelter-raw-days-sgd': 'raw-days target with sgd 0.01 never went NaN; a jumpy loss (38-180 on a 711 baseline) and gradients up to 511: no single clear fault',
    'exploding-gradient.shelter-raw-days-wide-init': 'gradient norms only up to 840 early and the loss reached 0.08 of the baseline: too borderline for exploding-gradient',
    'ok.claims-momentum-dropout': 'claim approval with dropout and sgd momentum 0.01 (after lowering from 0.03): reaches 0.11 of the prior but one late spike from 0.066 to 0.196 (22% of the prior): not clearly healthy',
    'ok.spirals-two': 'two-spiral net: mostly smooth, but a late spike from 0.07 to 0.15 (11% of the prior): not clearly healthy',
}

DESC = {
    'clinic-visits.csv': 'clinic-visits.csv', 'dairy-herd.csv': 'dairy-herd.csv', 'lab-panel.csv': 'lab-panel.csv',
    'shelter.csv': 'shelter.csv', 'claims.csv': 'claims.csv', 'vaccination.csv': 'vaccination.csv',
}


def observed_lines():
    lines = {}
    with open(os.path.join(HERE, 'observed.txt')) as f:
        for line in f:
            s = line.strip()
            name = s.split(':')[0].split(' ')[0]
            if name.endswith('.nn.json'):
                name = name[:-len('.nn.json')]
            lines[name] = s
    return lines


def describe(spec):
    d = spec['data']
    if 'csv' in d:
        src = f"{os.path.basename(d['csv'])} -> {d['target']}"
    elif 'builtin' in d:
        extra = ', '.join(f'{k} {v}' for k, v in d.items() if k not in ('builtin', 'normalize'))
        src = f"builtin {d['builtin']}" + (f' ({extra})' if extra else '')
    else:
        src = f"inline table ({len(d['inline']['x'])} rows)"
    norm = d.get('normalize', 'none')
    tnorm = d.get('normalizeTarget')
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
        else:
            t = f"{l['units']} {l.get('activation', 'linear')}"
            if l.get('batchNorm'):
                t += ' bn'
            if 'init' in l:
                t += f" init {l['init'] if isinstance(l['init'], str) else l['init'].get('name')}"
            layers.append(t)
    o = spec['optimizer']
    opt = f"{o['type']} {o['lr']}"
    if o.get('momentum'):
        opt += f" momentum {o['momentum']}"
    if o.get('nesterov'):
        opt += ' nesterov'
    if o.get('weightDecay'):
        opt += f" weightDecay {o['weightDecay']}"
    if o.get('clipNorm'):
        opt += f" clipNorm {o['clipNorm']}"
    t = spec['training']
    val = f", validationSplit {t['validationSplit']}" if t.get('validationSplit') else ''
    return (f"{src}, normalize {norm}" + (f", normalizeTarget {tnorm}" if tnorm else '') +
            f", [{', '.join(layers)}], {spec['loss']}, {opt}, batch {t.get('batchSize', 32)}, {t.get('epochs', 100)} epochs{val}")


def main():
    obs = observed_lines()
    cands = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy, seen = [], [], set()
    for c in cands:
        src = os.path.join(CAND, c + '.nn.json')
        spec = json.load(open(src))
        line = obs[c]
        key = REFILED.get(c, c)
        if key in FAULTS:
            code, stage, catches, text = FAULTS[key]
            assert code in catches and key.split('.', 1)[0] == code, c
            slug = key.split('.', 1)[1]
            rel = f'faulty/{code}.{slug}.nn.json'
            faults.append({'file': rel, 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': catches})
        elif c.startswith('ok.') and c not in DROPPED or c in HEALTHY_FROM:
            slug = HEALTHY_FROM.get(c, c.split('.', 1)[1])
            rel = f'healthy/{slug}.nn.json'
            healthy.append({'file': rel, 'covers': f"{spec.get('name', slug)}: {describe(spec)} (observe: {line})"})
        elif c in DROPPED:
            rel = f'dropped/{c}.nn.json'
        else:
            raise SystemExit(f'no verdict for {c}')
        assert rel not in seen, rel
        seen.add(rel)
        shutil.copyfile(src, os.path.join(HERE, rel))
    used = {REFILED.get(c, c) for c in cands}
    for k in FAULTS:
        assert k in used, f'verdict for a missing candidate {k}'
    for k in list(REFILED) + list(HEALTHY_FROM) + list(DROPPED):
        assert k in cands, f'verdict for a missing candidate {k}'
    about = (
        'Seventy-third fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
        'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could '
        'first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" text (and each healthy '
        '"covers") ends with the line the bare engine printed for it (test/faults/observe.ts --summary, observed.txt; --curve for the '
        'lr-too-high, lr-too-low, plateau, oscillating and healthy specs in observed-curves.txt; names there are the candidate names); no diagnosis '
        'code involved. Theme: veterinary medicine and animal health: small-animal clinic visits (species one-hot, breed size, age, weight, '
        'temperature, heart rate, presenting signs; diagnosis group in 4 classes, skewed treatment cost in euros), dairy-herd test days (somatic '
        'cell count in the hundreds of thousands, days in milk, parity, a constant farm id; mastitis 6.4%, milk yield), blood panels (ALT/ALP in '
        'U/L spanning decades, urea, creatinine, SDMA; kidney score), shelter adoption times (heavy-tailed days), pet-insurance claim approvals '
        'and vaccination-reminder returns, all generated by data/generate.ts from simple seeded rules, plus builtin blobs, moons, circles, sine, '
        'iris and one inline dose table. Specs by author.ts; this manifest and the filing by write-manifest.py. See README.md.'
    )
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    by_code = {}
    for e in faults:
        by_code[e['code']] = by_code.get(e['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(DROPPED)} dropped')
    for k in sorted(by_code):
        print(f'  {k}: {by_code[k]}')


if __name__ == '__main__':
    main()
