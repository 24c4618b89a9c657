"""Verdicts of fault set blind242: files candidates into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind242: python3 write-manifest.py"""
import json, os, re, shutil
here = os.path.dirname(os.path.abspath(__file__)); os.chdir(here)
obs = {}
for line in open('observed.txt'):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?(?::| does not parse)', line)
    if m: obs[m.group(1)] = line
# name -> (new name or None, stage, catches, fault text)
F = {
 'invalid-spec.activation-swish': ('static', [], 'activation "swish" copied from a Keras model; the engine has no swish'),
 'invalid-spec.optimizer-adamw': ('static', [], 'optimizer "adamw" from PyTorch habit; only sgd, adam, rmsprop exist'),
 'invalid-spec.loss-keras-name': ('static', [], 'loss written as Keras "binary_crossentropy" instead of "bce"'),
 'invalid-spec.dropout-percent': ('static', [], 'dropout rate written as a percentage (30) instead of 0.3'),
 'invalid-spec.init-glorot': ('static', [], 'init "glorot_uniform" (Keras name) instead of "xavier_uniform"'),
 'data-error.case-id-as-feature': ('static', [], 'no "features" list, so the case_id (WR-24000) and admission date text columns are read as features'),
 'data-error.target-typo': ('static', [], 'target "species" but the triage sheet column is "species_group"'),
 'data-error.gaps-sheet': ('static', [], 'the raw intake sheet with NA, empty and "?" cells where staff did not record a value'),
 'data-error.next-year-file': ('static', [], "points at next year's stay-2025.csv, which does not exist yet"),
 'data-error.home-folder-path': ('static', [], "the vet lab export read from the vet's home folder, outside the workspace"),
 'shape-mismatch.three-groups-head': ('static', [], 'softmax head of 3 units for 4 species groups (bats forgotten)'),
 'shape-mismatch.days-and-cost-one-unit': ('static', [], 'two targets (days in care and food cost) but one output unit'),
 'shape-mismatch.five-group-head': ('static', [], 'softmax head of 5 units for 4 species groups (an "unknown" group planned but never used)'),
 'loss-activation-mismatch.softmax-mse': ('static', [], 'softmax head trained with mse on species groups'),
 'loss-activation-mismatch.bce-linear-head': ('static', [], 'bce with a linear output unit: the release probability is never squashed'),
 'loss-activation-mismatch.cce-sigmoid-head': ('static', [], 'cce with a sigmoid head of 4 units instead of softmax: loss near 0 while accuracy stays 0.66'),
 'loss-activation-mismatch.relu-head-standardised-days': ('static', [], 'relu head on a standardised days-in-care target, which is negative for half the animals'),
 'loss-activation-mismatch.sigmoid-head-standardised-feeds': ('static', [], 'sigmoid head on a standardised feeds target that ranges beyond [0, 1]'),
 'init-symmetry.zeros-both-layers': ('static', [], 'zeros init on both tanh hidden layers and the output: nothing ever moves'),
 'init-symmetry.constant-every-layer': ('static', [], 'constant 0.2 init on every layer: all 16 and 8 units stay identical, the net acts as one unit wide'),
 'init-symmetry.zeros-everywhere-triage': ('static', [], 'zeros init on the 24-unit tanh layer and the softmax head: hidden units never move'),
 'init-scale.normal-std-8': ('static', ['saturated-activation'], 'normal init std 8 on a 32-unit tanh layer: 90% of its outputs saturated'),
 'init-scale.uniform-tiny-deep': ('probe', ['vanishing-gradient'], 'uniform init limit 1e-5 on every layer of a 3-hidden-layer relu net: signal and gradients vanish, loss stuck at baseline'),
 'init-scale.normal-std-30-relu': ('static', ['dead-relu'], 'normal init std 30 on two relu layers: first loss 5.7e4, 83% of the second layer dead, ends at baseline'),
 'init-scale.normal-tiny-tanh-stack': ('probe', ['vanishing-gradient'], 'normal init std 1e-4 on three tanh layers: the loss never leaves the baseline'),
 'no-nonlinearity.linear-stack-triage': ('static', [], 'two linear hidden layers (32, 16) before softmax: depth adds nothing'),
 'no-nonlinearity.linear-hidden-intake': ('static', [], 'three linear hidden layers on the release model'),
 'no-nonlinearity.linear-hidden-volunteers': ('static', [], 'linear hidden layers for the feeds regression, which is a min() of two capacities'),
 'no-nonlinearity.moons-linear-deep': ('static', [], 'linear hidden layers on moons: stuck at a linear boundary (acc 0.90)'),
 'lr-out-of-range.zero-rate': ('static', [], 'lr 0 left from a template'),
 'lr-out-of-range.negative-rate': ('static', [], 'negative learning rate -0.001'),
 'lr-out-of-range.adam-rate-40': ('static', ['lr-too-high'], 'adam lr 40 (meant 0.004?)'),
 'lr-out-of-range.rmsprop-rate-100': ('static', ['lr-too-high'], 'rmsprop lr 100'),
 'dead-relu.negative-bias': ('probe', ['loss-plateau'], 'relu layer initialised with bias -6: 72% of units dead, the loss sits at baseline'),
 'dead-relu.raw-grams-relu': ('probe', ['exploding-gradient', 'lr-too-high'], 'raw weights in grams (normalize none), bias -1 and adam 0.05: 69% of the relu units die'),
 'exploding-gradient.raw-feeds-target': ('probe', ['nan-loss'], 'raw volunteer counts and a raw feeds target (hundreds): gradient norms up to 1.5e4'),
 'exploding-gradient.raw-food-cost': ('probe', [], 'raw food cost in dollars as target with raw grams as features: gradient norms up to 2.6e5'),
 'exploding-gradient.deep-wide-init': ('probe', ['init-scale'], 'four relu layers with normal init std 0.8: first loss 1.8e32, gradients overflow'),
 'exploding-gradient.raw-grams-days': ('probe', [], 'raw grams and raw days in care under rmsprop: gradient norms up to 1e6, ends above baseline'),
 'vanishing-gradient.eight-sigmoid-layers': ('probe', ['loss-plateau'], 'eight sigmoid hidden layers under plain sgd: first-layer gradients ~1e-6, loss at baseline'),
 'vanishing-gradient.deep-sigmoid-triage': ('probe', ['loss-plateau'], 'seven sigmoid layers on triage: gradient 1e-5 at the first layer, loss at baseline'),
 'vanishing-gradient.tanh-small-init-deep': ('probe', ['init-scale'], 'six tanh layers with std 0.02 init: first-layer gradients ~1e-6'),
 'vanishing-gradient.sigmoid-stack-days': ('probe', ['loss-plateau'], 'nine sigmoid layers for days in care: gradients ~1e-6 at the bottom'),
 'nan-loss.raw-intake-linear-sgd': ('probe', ['exploding-gradient', 'lr-too-high'], 'raw intake features (grams, days) under sgd 0.5: NaN in the first epoch'),
 'lr-too-high.adam-rate-half': ('probe', ['dead-relu'], 'adam lr 0.5 on triage: loss falls to 0.42 then climbs back above baseline, a relu layer dies'),
 'lr-too-high.rmsprop-rate-0p3': ('probe', ['oscillating-loss'], 'rmsprop lr 0.3: loss bounces 0.38 to 3.0 all run'),
 'lr-too-high.nesterov-rate-1': ('probe', ['oscillating-loss'], 'nesterov sgd lr 1 on the lab bloods: loss bounces above baseline all run'),
 'lr-too-low.sgd-1e-5': ('probe', [], 'sgd lr 1e-5: loss 0.931 to 0.925 in 100 epochs'),
 'lr-too-low.adam-1e-6': ('probe', [], 'adam lr 1e-6: loss 1.761 to 1.740 in 100 epochs'),
 'lr-too-low.rmsprop-1e-6': ('probe', [], 'rmsprop lr 1e-6: loss 3.43 to 3.34 in 100 epochs'),
 'lr-too-low.momentum-2e-6-full-batch': ('probe', [], 'full-batch momentum sgd lr 2e-6: loss 1.159 to 1.139 in 200 epochs'),
 'saturated-activation.sigmoid-raw-grams': ('probe', [], 'sigmoid layer on raw grams and days (normalize none): 97% saturated, loss near baseline'),
 'saturated-activation.sigmoid-bias-8': ('probe', ['loss-plateau'], 'sigmoid layer with bias 8: all outputs pinned at 1, loss at baseline'),
 'saturated-activation.tanh-raw-bloods': ('probe', [], 'tanh on raw lab values (uric acid in the hundreds): 98% saturated, loss 0.73 of baseline'),
 'loss-plateau.circles-sgd-sigmoid': ('training', ['lr-too-low'], 'four sigmoid units under plain sgd 0.05 on circles: stuck at baseline'),
 'loss-plateau.heavy-decay': ('training', [], 'weightDecay 2 (meant 2e-4?) pins the weights: loss back at baseline'),
 'loss-plateau.spirals-too-small': ('training', [], 'two tanh units for three spirals: stalls at 0.93 of baseline'),
 'oscillating-loss.logistic-full-batch-rate-20': ('training', ['lr-too-high'], 'full-batch logistic regression at sgd lr 20: the loss alternates 0.647/0.609 forever, above its 0.44 minimum'),
 'oscillating-loss.clipped-momentum-days': ('training', ['lr-too-high'], 'clipNorm 1 with sgd lr 0.5 and momentum 0.95 full batch: loss swings 0.12 to 3.4 and ends at baseline'),
}
R = {  # re-filed: old -> (new name, stage, extra catches, text)
 'dead-relu.sgd-rate-kills-units': ('nan-loss.sgd-rate-kills-units', 'probe', ['lr-too-high'], 'sgd lr 0.6 with batch 8 on a two-layer relu regression, meant to kill units: NaN in the first epoch'),
 'oscillating-loss.full-batch-edge': ('nan-loss.full-batch-edge', 'probe', ['lr-too-high'], 'full-batch sgd lr 1.2 on the feeds regression, meant to bounce: diverges to NaN at epoch 19'),
 'oscillating-loss.momentum-0p99-batch-1': ('nan-loss.momentum-0p99-batch-1', 'probe', ['lr-too-high'], 'momentum 0.99 with batch 1, meant to oscillate: diverges to NaN at epoch 12'),
 'nan-loss.raw-feeds-sgd': ('dead-relu.raw-feeds-sgd', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw feeds data under sgd 0.01, meant to reach NaN: the first steps blow up (loss 3e12) and every relu unit dies, loss stuck at baseline'),
 'nan-loss.volunteers-sgd-rate-one': ('exploding-gradient.volunteers-sgd-rate-one', 'probe', ['lr-too-high', 'dead-relu'], 'raw volunteer features with sgd lr 1, meant to reach NaN: loss 3e15, output gradient 1.2e8, hidden layer all dead'),
 'oscillating-loss.adam-0p1-batch-2': ('dead-relu.adam-0p1-batch-2', 'probe', ['lr-too-high'], 'adam lr 0.1 with batch 2, meant to oscillate: the second relu layer dies and the loss sits at baseline'),
}
H = set('''intake-adam-relu intake-sgd-plain-tanh intake-nesterov-elu intake-rmsprop-batchnorm intake-full-batch-adam intake-clip-weight-decay intake-cce-two-class
triage-adam-relu triage-momentum-tanh triage-rmsprop-dropout triage-deep-narrow-leaky triage-sigmoid-hidden triage-batchnorm-sgd stay-adam-relu stay-minmax-target
stay-sgd-momentum-elu stay-rmsprop-val stay-two-targets stay-cost-standardised stay-full-batch-rmsprop bloods-nesterov-tanh volunteers-adam volunteers-standard-sgd
volunteers-elu-rmsprop-clip iris-adam iris-momentum-batch-1 moons-adam circles-tanh-rmsprop spirals-deep-adam blobs-five-sgd sine-tanh-adam xor-elu-nesterov
inline-ward-capacity inline-release-label intake-wide-shallow-sgd-decay triage-xavier-normal-elu-val stay-he-uniform-noshuffle triage-softmax-small-batch-rmsprop'''.split())
D = {
 'data-error.date-column-feature': 'shows its fault (date text as a feature) but duplicates case-id-as-feature; dropped to keep the set within 65 faults',
 'dead-relu.bias-minus-4-second-layer': '54% of the second layer dead yet the loss reached 0.16 of baseline: the network trains well, borderline',
 'init-symmetry.constant-triage': 'constant init on the hidden layer only: the random output layer broke the symmetry and it trained to ~0',
 'init-symmetry.constant-volunteers': 'constant init on the hidden layer only: trained to 0.08 of baseline, symmetry broken by the output layer',
 'init-symmetry.zeros-hidden': 'zeros on the hidden layer only: the output layer broke the symmetry; 0.55 of baseline, borderline',
 'init-scale.normal-std-8': None,
 'shape-mismatch.two-unit-sigmoid': 'two sigmoid units for a 0/1 target: the engine accepted and trained it (0.53 of baseline), not a clear mismatch',
 'lr-too-high.sgd-rate-3': 'sgd lr 3 on tanh: noisy but descended to 0.33 of baseline, as good as healthy specs',
 'lr-too-low.none': None,
 'nan-loss.raw-cost-momentum': 'no NaN; tanh saturated and loss bounced above baseline on a raw target: mixed symptoms, no single code',
 'oscillating-loss.rmsprop-0p05-batch-4': 'noisy around 0.11 of baseline with 91% dead relu: mixed and borderline',
 'oscillating-loss.full-batch-momentum-tanh': 'trained smoothly to 0.17 of baseline',
 'oscillating-loss.adam-0p05-batch-1-triage': 'trained to ~0 loss',
 'saturated-activation.tanh-big-init': '67% saturated but trained to 0.01 of baseline',
 'loss-plateau.one-unit-bottleneck': 'still descending at the end (0.31 of baseline), not a plateau',
 'loss-plateau.xor-sigmoid-sgd': 'slowly descending (0.92 of baseline), could be lr-too-low as well as plateau: borderline',
 'ok.bloods-adam': 'ended at 0.49 of baseline while nesterov-tanh reached 0.35: not clearly healthy',
 'ok.bloods-logistic-regression': 'ended at 0.60 of baseline: not far enough below it',
 'ok.bloods-minmax-rmsprop': 'ended at 0.60 of baseline: not far enough below it',
 'ok.bloods-sigmoid-hidden-sgd': 'ended at 0.56 of baseline: not far enough below it',
 'ok.intake-batch-1-sgd': 'ended at 0.50 of baseline, worse than other intake specs (0.30-0.47)',
 'ok.intake-few-features': 'ended at 0.50 of baseline with a reduced feature set: borderline',
}
D = {k: v for k, v in D.items() if v}
for d in ('faulty', 'healthy', 'dropped'): os.makedirs(d, exist_ok=True)
faults, healthy = [], []
seen = set()
for f in sorted(os.listdir('candidates')):
    name = f[:-len('.nn.json')]; seen.add(name)
    line = obs[name]
    if name in F:
        stage, extra, text = F[name]; code = name.split('.')[0]
        shutil.move(f'candidates/{f}', f'faulty/{f}')
        faults.append({'file': f'faulty/{f}', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + extra})
    elif name in R:
        new, stage, extra, text = R[name]; code = new.split('.')[0]
        shutil.move(f'candidates/{f}', f'faulty/{new}.nn.json')
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (re-filed from {name}; observe: {line})', 'stage': stage, 'catches': [code] + extra})
    elif name.startswith('ok.') and name[3:] in H:
        spec = json.load(open(f'candidates/{f}'))
        layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}{' bn' if l.get('batchNorm') else ''}" if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
        src = spec['data'].get('csv') or spec['data'].get('builtin') or 'inline'
        o = spec['optimizer']; t = spec['training']
        shutil.move(f'candidates/{f}', f'healthy/{f}')
        healthy.append({'file': f'healthy/{f}', 'covers': f"{src} {spec['data'].get('normalize', 'none')}, [{layers}], {spec['loss']}, {o['type']} {o['lr']}{' momentum ' + str(o['momentum']) if o.get('momentum') else ''}{' nesterov' if o.get('nesterov') else ''}{' wd ' + str(o['weightDecay']) if o.get('weightDecay') else ''}{' clip ' + str(o['clipNorm']) if o.get('clipNorm') else ''}, batch {t['batchSize']}, {t['epochs']} epochs (observe: {line})"})
    elif name in D:
        shutil.move(f'candidates/{f}', f'dropped/{f}')
    else:
        raise SystemExit(f'no verdict for {name}')
missing = (set(F) | set(R) | set(D) | {'ok.' + h for h in H}) - seen
if missing: raise SystemExit(f'verdicts for missing candidates: {missing}')
about = ('Fault set blind242 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: wildlife rescue and rehabilitation centres: intake.csv (480 admissions, 9 numeric features incl. skewed weight in grams, collinear body length, '
         'a no-effect postcode digit, case_id and date text columns, released 0/1), intake-gaps.csv (the same with NA/empty/? cells), triage.csv (420 exams, '
         '5 vitals, 4 string species groups with bats rare), stay.csv (400 cases, days in care and food cost in raw units), bloods-eu.csv (360 lab results, '
         'semicolons and decimal commas, survived_7d), volunteers.csv (300 weeks, tab-separated, weekly feeds done), plus builtins and two inline tables. '
         '"stage" is the writer\'s expectation of the earliest stage that could catch a fault; "catches" the codes whose advice would genuinely fix it. '
         'Each fault text and healthy covers ends with its bare-engine observe.ts --summary line (observed.txt); --curve in observed-curves.txt. '
         'Written by data/generate.ts, author.ts and write-manifest.py; see README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1, ensure_ascii=False)
os.rmdir('candidates')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(os.listdir('dropped')), 'dropped')
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
