#!/usr/bin/env python3
"""Files the candidates of test/faults-blind58 and writes manifest.json (python3 test/faults-blind58/write-manifest.py).

The verdicts below were decided from the bare engine's behaviour (observed.txt, observed-curves.txt), not from
the intent a candidate was written with; each manifest entry embeds its spec's observed.txt line.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

# name -> (stage, catches beyond its own code, fault text)
FAULTS = {
    # ---- invalid-spec
    'invalid-spec.keras-learning-rate-key': ('static', [], 'optimizer written {"type": "adam", "learning_rate": 0.001} (Keras habit) on the attrition model: unknown key, no lr'),
    'invalid-spec.binary-crossentropy-name': ('static', [], 'loss written "binary_crossentropy" (Keras name) for the motor-claim classifier instead of "bce"'),
    'invalid-spec.batch-size-snake-case': ('static', [], 'training block written with "batch_size": 64 (snake case) for the risk-tier model, instead of "batchSize"'),
    'invalid-spec.activation-softmax-typo': ('static', [], 'output activation of the risk-tier model misspelled "softmx"'),
    # ---- data-error
    'data-error.target-misspelled': ('static', [], 'target column written "attrited"; the HR file calls it "attrition"'),
    'data-error.hris-export-na-cells': ('static', [], 'trained straight on the HR system export, whose overtime_hours column holds "N/A" where overtime was never recorded (about 6% of rows)'),
    'data-error.pilot-branch-six-rows': ('static', [], 'claim model pointed at the pilot branch file: 6 policies, none with a claim, so there is a single class and nothing to learn from'),
    'data-error.currency-formatted-values': ('static', [], 'claims 2023 export has vehicle_value written as "$24,486" (currency symbol and thousands separator), not a number'),
    'data-error.path-from-workspace-root': ('static', [], 'csv path written "data/claims.csv" as seen from the set folder, but paths are relative to the spec file (should be "../data/claims.csv")'),
    'data-error.feature-not-in-file': ('static', [], 'features list includes "dept_finance", a department one-hot column that this company file does not have'),
    # ---- shape-mismatch
    'shape-mismatch.tier-three-units': ('static', [], 'risk-tier softmax output has 3 units (low/medium/high) but the questionnaire data has 4 tiers (decline forgotten)'),
    'shape-mismatch.two-targets-one-unit': ('static', [], 'two regression targets (log_amount and days_to_settle) but a single output unit'),
    'shape-mismatch.claim-softmax-one-unit': ('static', [], 'claim yes/no under cce with a 1-unit softmax output (needs 2 units, or sigmoid + bce)'),
    # ---- loss-activation-mismatch
    'loss-activation-mismatch.tier-softmax-mse': ('static', [], 'risk tiers trained with a softmax output under mse instead of cce'),
    'loss-activation-mismatch.amount-sigmoid-output': ('static', [], 'claim amount (standardized target, unbounded, negative for half the rows) regressed through a sigmoid output under mse: it can never reach the targets'),
    'loss-activation-mismatch.attrition-linear-bce': ('static', [], 'attrition model with a linear output unit under bce (output layer not given sigmoid)'),
    'loss-activation-mismatch.salary-relu-bce': ('static', ['shape-mismatch'], 'next-year salary regression left on the attrition model\'s bce loss (with a relu output): a currency target under a binary-classification loss; the engine takes the 635 distinct salaries as classes and refuses'),
    # ---- init-symmetry
    'init-symmetry.attrition-zeros': ('static', ['dead-relu'], 'hidden relu layers of the attrition model initialised "zeros": every unit identical and outputs zero, nothing moves'),
    'init-symmetry.days-zeros-relu': ('static', ['dead-relu'], 'days-to-settle regression with both relu hidden layers initialised "zeros": stuck at the mean'),
    'init-symmetry.tier-constant-every-layer': ('static', [], 'every layer of the risk-tier model (hidden tanh and output) initialised constant 0.1: each hidden layer stays a single unit repeated 16 times and underfits'),
    'init-symmetry.claim-constant-every-layer': ('static', ['dead-relu'], 'every layer of the claim model initialised constant 0.05: identical relu units, the second layer dies and the model stays at the claim rate'),
    # ---- init-scale
    'init-scale.tier-normal-std-3': ('static', ['saturated-activation'], 'risk-tier tanh layers initialised normal with std 3 (about 5-10x Glorot): hidden units pinned at +-1, fit far worse than the same model at Glorot init'),
    'init-scale.claim-tiny-normal-deep': ('static', ['vanishing-gradient'], 'three relu layers of the claim model initialised normal with std 0.001: the signal and gradients vanish, the model stays at the claim rate'),
    'init-scale.salary-uniform-limit-2': ('static', ['dead-relu', 'exploding-gradient'], 'salary regression relu layers initialised uniform with limit 2 (He limit for 10 inputs is about 0.77, for 32 about 0.43): first loss ~4e9, the second layer dies'),
    # ---- no-nonlinearity
    'no-nonlinearity.tier-activation-omitted': ('static', [], 'risk-tier hidden layers written without "activation" (defaults to linear): the stack is one linear map, fits far worse than with relu'),
    'no-nonlinearity.attrition-linear-stack': ('static', [], 'attrition hidden layers explicitly "linear": a logistic regression in disguise'),
    'no-nonlinearity.amount-linear-hidden': ('static', [], 'claim amount (heavy-tailed, multiplicative in severity, injury and vehicle value) regressed through linear hidden layers'),
    # ---- lr-out-of-range
    'lr-out-of-range.adam-lr-30': ('static', ['lr-too-high'], 'adam with lr 30 on the attrition model (meant 3e-4?)'),
    'lr-out-of-range.sgd-lr-200': ('static', ['lr-too-high'], 'sgd with lr 200 on the risk-tier model'),
    'lr-out-of-range.rmsprop-lr-5': ('static', ['lr-too-high'], 'rmsprop with lr 5 (a percentage typed as a rate) on the days-to-settle regression'),
    # ---- dead-relu
    'dead-relu.negative-bias-copied': ('probe', [], 'relu hidden layers of the claim model given "bias": -4 (copied from a rare-event output-bias recipe): second layer entirely dead from the start'),
    'dead-relu.tier-adam-lr-high': ('training', ['lr-too-high'], 'adam lr 0.3 on a relu risk-tier model: the second relu layer dies and the model falls back to the tier prior'),
    'dead-relu.raw-salary-sgd': ('probe', [], 'attrition model fed raw features (salaries in the tens of thousands next to 0/1 flags, normalize none) into relu layers with sgd: the first update kills every unit'),
    'dead-relu.salary-rmsprop-batch-4': ('training', ['lr-too-high'], 'rmsprop lr 0.03 with batch 4 on the salary regression: 88% of the relu units die (the loss is still good because the target is nearly linear)'),
    # ---- exploding-gradient
    'exploding-gradient.raw-amount-target': ('probe', [], 'claim amount in raw currency (mean ~5000, heavy tail) regressed without normalizeTarget: gradient norms in the millions, the loss never gets below the mean'),
    'exploding-gradient.raw-features-deep-relu': ('probe', ['dead-relu'], 'salary regression with raw features (hire-era salaries ~6e4, tenure in months) into three relu layers, normalize none: gradient norms up to 5e7'),
    'exploding-gradient.raw-km-clip-huge': ('probe', [], 'claim model on raw policy features (annual km ~14000, vehicle value ~22000), normalize none, clipNorm 1000 that never bites: gradient norms ~2e4-4e4, loss 100x the baseline'),
    # ---- vanishing-gradient
    'vanishing-gradient.deep-sigmoid-attrition': ('probe', ['saturated-activation'], 'six sigmoid hidden layers on the attrition model with plain sgd: first-layer gradient ~1e-5, stuck at the attrition rate'),
    'vanishing-gradient.deep-sigmoid-tier': ('probe', [], 'seven sigmoid hidden layers on the risk-tier model with sgd momentum: first-layer gradient ~1e-5, stuck at the tier prior'),
    'vanishing-gradient.deep-sigmoid-days': ('probe', [], 'six sigmoid hidden layers on the days-to-settle regression with sgd momentum: first-layer gradient ~1e-3 against ~3 at the top, stuck at the mean'),
    # ---- nan-loss
    'nan-loss.raw-salary-target-sgd': ('probe', ['exploding-gradient', 'lr-too-high'], 'next_salary regressed in raw currency units (no normalizeTarget) with sgd lr 0.01: NaN in the first epoch'),
    'nan-loss.hire-epoch-feature-sgd': ('probe', ['exploding-gradient', 'lr-too-high'], 'hire date as a Unix epoch (~1.5e9) and raw salary fed as features with normalize none, sgd: NaN in the first epoch'),
    'nan-loss.days-raw-target-momentum': ('probe', ['exploding-gradient', 'lr-too-high'], 'days to settle regressed in raw days (no normalizeTarget, mean ~50) with sgd lr 0.05 momentum 0.9: NaN in the first epoch'),
    'nan-loss.offer-sgd-lr-0-5': ('probe', ['lr-too-high', 'exploding-gradient'], 'starting-offer regression (standardized) with plain sgd lr 0.5: NaN in the first epoch'),
    # ---- lr-too-high
    'lr-too-high.log-amount-rmsprop': ('training', ['oscillating-loss'], 'rmsprop lr 0.1 on the log claim amount: the loss jumps between 0.15 and 0.32 every epoch, never near the 0.07 the same model reaches at 0.003'),
    'lr-too-high.tier-adam-0-1': ('training', ['oscillating-loss', 'saturated-activation'], 'adam lr 0.1 on the risk-tier tanh model: loss swings 0.16-0.62 and rises back, tanh units pinned'),
    'lr-too-high.attrition-sgd-lr-10': ('probe', ['oscillating-loss', 'saturated-activation'], 'sgd lr 10 on the attrition model: the loss stays above the attrition-rate baseline and swings 0.30-0.90'),
    'lr-too-high.days-full-batch-sgd-lr-1': ('probe', ['nan-loss', 'exploding-gradient'], 'full-batch sgd with lr 1.0 on the days-to-settle regression: loss grows ~100x per epoch, NaN at epoch 26'),
    'lr-too-high.log-amount-momentum-0-99': ('training', ['oscillating-loss', 'exploding-gradient'], 'sgd lr 0.05 with momentum 0.99 on the log claim amount: the loss swings upward to 3800x the baseline'),
    # ---- lr-too-low
    'lr-too-low.tier-sgd-1e-5': ('probe', [], 'plain sgd lr 1e-5 on the risk-tier model for 100 epochs: loss 1.70 to 1.68, never reaches the prior'),
    'lr-too-low.attrition-adam-1e-6': ('probe', [], 'adam lr 1e-6 on the attrition model: loss 2.20 to 2.15 in 100 epochs (baseline 0.30)'),
    'lr-too-low.days-rmsprop-5e-6': ('probe', [], 'rmsprop lr 5e-6 on the days-to-settle regression: loss 3.34 to 3.19 (baseline 1.0)'),
    # ---- saturated-activation
    'saturated-activation.raw-salary-sigmoid-hidden': ('probe', ['vanishing-gradient'], 'sigmoid hidden layers on raw employee features (salary ~6e4, hire-era tenure in months), normalize none: first layer 100% saturated, stuck at the attrition rate'),
    'saturated-activation.raw-policy-tanh': ('probe', [], 'tanh hidden layer on raw policy features (vehicle value, annual km in the tens of thousands), normalize none: 100% saturated, stuck at the claim rate'),
    'saturated-activation.offer-tanh-bias-6': ('probe', [], 'tanh hidden layer of the offer regression given bias 6 (meant for the output): 91% of the units pinned at +1, fit 0.63 of the baseline vs 0.07 with bias 0'),
    # ---- loss-plateau
    'loss-plateau.attrition-weight-decay-1': ('training', [], 'weightDecay 1 (meant 1e-4) on the attrition model: the loss settles at the attrition-rate baseline and stays'),
    'loss-plateau.tier-dropout-0-9': ('training', [], 'dropout rate 0.9 after both hidden layers of the risk-tier model (keep-probability mistaken for rate): loss flat at the tier prior'),
    'loss-plateau.log-amount-adam-decay-3': ('training', [], 'weightDecay 3 on the log claim amount regression: the loss dips to 0.75 then returns to the mean (1.0) and stays flat'),
    # ---- oscillating-loss
    'oscillating-loss.tier-momentum-0-99': ('training', ['lr-too-high'], 'sgd lr 0.1 with momentum 0.99 on the risk-tier model: the loss swings between 0.8 and 2.8 for 100 epochs'),
    'oscillating-loss.hired-momentum-0-99': ('training', ['lr-too-high'], 'sgd lr 0.1 with momentum 0.99 on candidate screening: the loss swings 0.28-0.72 up and down'),
    'oscillating-loss.hired-sgd-batch-1': ('training', ['lr-too-high'], 'sgd lr 0.5 with batch size 1 on candidate screening: the loss zig-zags 0.53-0.69 around the baseline 0.68 and never settles'),
}

DROPPED = {
    'shape-mismatch.attrition-two-sigmoids': 'bce with 2 sigmoid outputs on a 0/1 attrition target: the engine accepted it and trained to 0.63 of the baseline, so no clear fault',
    'init-symmetry.days-constant': 'constant 0.1 hidden init with a randomly initialised output layer: the output breaks the symmetry, it trains to 0.07 of the baseline',
    'init-symmetry.tier-zeros-sgd': 'zero hidden tanh init with a random output layer: symmetry broken by the output, trains to acc 0.969',
    'vanishing-gradient.deep-tanh-small-init': 'five tanh layers at normal std 0.05: gradients did not vanish, trains to 0.08 of the baseline',
    'nan-loss.raw-amount-momentum': 'raw claim amount with tanh and sgd momentum: no NaN; saturated first layer and large output gradients instead, stuck at the mean (mixed symptoms)',
    'nan-loss.raw-amount-relu-sgd': 'raw claim amount with relu and sgd: no NaN; first loss 1e13 then the second layer dies (mixed: dead-relu / exploding)',
    'lr-too-high.attrition-sgd-lr-3': 'sgd lr 3 on tanh attrition: the loss kept falling with small swings, to 0.31 of the baseline',
    'oscillating-loss.tier-rmsprop-batch-8': 'rmsprop 0.05 batch 8: noisy but steadily falling to 0.15 of the baseline',
    'oscillating-loss.salary-momentum-0-98': 'momentum 0.98: converged to 0.01 of the baseline',
    'oscillating-loss.claim-adam-full-batch': 'full-batch adam 0.2: smooth descent to 0.48 of the baseline',
    'oscillating-loss.days-rmsprop-full-batch': 'full-batch rmsprop 0.05: periodic swings for 60 epochs, then settles at 0.07 of the baseline (not clearly faulty, not healthy)',
    'oscillating-loss.claim-momentum-0-99': 'momentum 0.99 on the relu claim model: the second layer dies and the loss sits at the baseline (dead-relu / plateau mixed)',
    'loss-plateau.days-rmsprop-decay': 'weightDecay 0.5 with rmsprop: still learnt to 0.12 of the baseline',
}


def observed():
    lines = {}
    for line in open(os.path.join(HERE, 'observed.txt')):
        line = line.strip()
        if line:
            first = line.split()[0].rstrip(':')
            lines[first[:-len('.nn.json')] if first.endswith('.nn.json') else first] = line
    return lines


def covers(spec):
    d = spec['data']
    if 'csv' in d:
        src = f"{os.path.basename(d['csv'])} -> {d['target']}"
    elif 'builtin' in d:
        src = f"builtin {d['builtin']}" + (f" ({d['classes']} classes)" if 'classes' in d else '')
    else:
        src = f"inline table of {len(d['inline']['x'])} rows"
    src += f", normalize {d.get('normalize', 'none')}"
    if d.get('normalizeTarget'):
        src += f", normalizeTarget {d['normalizeTarget']}"
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
            continue
        t = f"{l['units']} {l.get('activation', 'linear')}"
        if l.get('batchNorm'):
            t += ' bn'
        if 'init' in l:
            t += f" {l['init'] if isinstance(l['init'], str) else l['init']['name']}"
        layers.append(t)
    o = spec['optimizer']
    opt = f"{o['type']} {o['lr']}"
    for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm'):
        if k in o:
            opt += f" {k} {o[k]}"
    tr = spec['training']
    extra = f", validationSplit {tr['validationSplit']}" if 'validationSplit' in tr else ''
    return f"{src}, [{', '.join(layers)}], {spec['loss']}, {opt}, batch {tr['batchSize']}, {tr['epochs']} epochs{extra}"


def main():
    obs = observed()
    names = sorted(n[:-len('.nn.json')] for n in os.listdir(CAND) if n.endswith('.nn.json'))
    known = set(FAULTS) | set(DROPPED) | {n for n in names if n.startswith('healthy.')}
    assert set(names) == known, (set(names) ^ known)
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy = [], []
    for name in names:
        src = os.path.join(CAND, name + '.nn.json')
        line = obs[name]
        if name in FAULTS:
            stage, extra, text = FAULTS[name]
            code = name.split('.')[0]
            file = f'faulty/{name}.nn.json'
            faults.append({'file': file, 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + extra})
        elif name in DROPPED:
            file = f'dropped/{name}.nn.json'
        else:
            file = f"healthy/{name[len('healthy.'):]}.nn.json"
            spec = json.load(open(src))
            healthy.append({'file': file, 'covers': f'{covers(spec)} (observe: {line})'})
        shutil.copy(src, os.path.join(HERE, file))
    about = ('Fifty-eighth fault set (issue #4), written blind for the honest measurement and frozen before the product was '
             'first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the '
             'writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice '
             'would genuinely fix it, decided from the fault. Each "fault" text (and each healthy "covers") carries the result '
             'measured on the bare engine by test/faults/observe.ts --summary (observed.txt); --curve for the lr-too-high, '
             'lr-too-low, oscillating and plateau ones and a few noisy healthy ones (observed-curves.txt); no diagnosis code involved. '
             'Theme: people analytics and insurance: employee records (salary in currency next to flags, tenure in months, '
             'rating 1-5, department one-hot, overtime, an id and a hire date as a Unix epoch) for rare attrition (8.7%) and '
             'next-year salary; candidate screening (hired 0/1, starting offer); motor policies (age, vehicle value, annual km, '
             'prior claims, postcode as a number) for a rare claim (11.5%); settled claims with heavy-tailed amounts, their log and '
             'days to settle; a 4-tier risk questionnaire (low/medium/high/decline); a branch file with a constant branch_code; '
             'broken exports (N/A cells, currency-formatted values, a 6-row pilot branch) and some builtins and an inline table. '
             'Data written by data/generate.ts (seeded); specs by author.ts; filing and this manifest by write-manifest.py. '
             'See README.md for how it was written and what was read.')
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    counts = {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(DROPPED)} dropped')
    for k in sorted(counts):
        print(f'  {k}: {counts[k]}')


main()
