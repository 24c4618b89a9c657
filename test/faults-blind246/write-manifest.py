#!/usr/bin/env python3
"""Verdicts for set blind246: moves candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from this folder after observed.txt exists: python3 write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

# candidate slug (without .nn.json) -> (code, stage, catches, fault text)
F = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch training script; the format has adam, sgd, rmsprop only'),
 'invalid-spec.loss-crossentropy': ('invalid-spec', 'static', [], 'loss written as Keras\'s "categorical_crossentropy" for the squad classifier instead of "cce"'),
 'invalid-spec.activation-swish': ('invalid-spec', 'static', [], 'hidden activation "swish" on the attendance regressor: not an activation the format knows'),
 'invalid-spec.dropout-rate-one': ('invalid-spec', 'static', [], 'dropout rate 1.0 on the incident model (meant "keep probability 1", i.e. no dropout)'),
 'invalid-spec.validation-split-half-percent': ('invalid-spec', 'static', [], 'validationSplit written as 20 (percent) instead of 0.2'),
 'invalid-spec.init-glorot': ('invalid-spec', 'static', [], 'init "glorot_uniform" (Keras name) instead of "xavier_uniform"'),
 'data-error.missing-file-xlsx-name': ('data-error', 'static', [], 'csv path names the front desk\'s yearly export jumps_2024.csv, which was never copied into data/'),
 'data-error.target-typo': ('data-error', 'static', [], 'target "visitor" where the attendance sheet\'s column is "visitors"'),
 'data-error.checkin-time-feature': ('data-error', 'static', [], 'the check-in timestamp text column listed as a numeric feature of the incident model'),
 'data-error.gaps-na': ('data-error', 'static', [], 'trained on the front-desk copy jumps-gaps.csv with NA, ? and empty cells'),
 'data-error.path-outside-workspace': ('data-error', 'static', [], 'csv path climbs out of the workspace to a copy in /tmp'),
 'data-error.german-feature-names-on-english-file': ('data-error', 'static', [], 'German column names of the EU export (wochentag, ferien, regen_mm) used against the English attendance.csv'),
 'shape-mismatch.three-squads-not-four': ('shape-mismatch', 'static', [], 'softmax head of 3 units, but the club has 4 squads (elite is rare and was forgotten)'),
 'shape-mismatch.visitors-two-outputs': ('shape-mismatch', 'static', [], 'regression head of 2 units for the single visitors target'),
 'shape-mismatch.iris-softmax-one': ('shape-mismatch', 'static', [], 'single-unit softmax head on 3-class iris'),
 'loss-activation-mismatch.softmax-mse-squads': ('loss-activation-mismatch', 'static', [], 'one-unit softmax head under mse for daily visitors: the output is always 1, nothing learns'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce on the incident flag with a linear (no sigmoid) output'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce on 4 squads with a sigmoid head instead of softmax: the loss drops to ~0 while accuracy stays at 0.62'),
 'loss-activation-mismatch.relu-head-raw-visitors': ('loss-activation-mismatch', 'static', [], 'relu output on a standardised visitors target: the negative half (quiet days) cannot be reached'),
 'loss-activation-mismatch.tanh-head-landing-raw': ('loss-activation-mismatch', 'static', [], 'tanh output for the raw 0-10 landing score (normalizeTarget none): the head caps at 1'),
 'init-symmetry.zeros-hidden-jumps': ('init-symmetry', 'static', [], 'zeros init on a 16-unit tanh layer and the head: no gradient ever reaches the hidden layer'),
 'init-symmetry.zeros-two-layers-attendance': ('init-symmetry', 'static', [], 'zeros init on both 16-unit tanh layers of the attendance model'),
 'init-symmetry.constant-half-flips': ('init-symmetry', 'static', [], 'constant 0.5 init on 12 sigmoid units and the head: all units stay identical, the net acts as one unit'),
 'init-scale.normal-std-5-jumps': ('init-scale', 'static', ['saturated-activation'], 'normal init std 5 on two tanh layers of the incident model: units pinned at +-1'),
 'init-scale.uniform-tiny-deep': ('init-scale', 'static', ['vanishing-gradient'], 'uniform init limit 1e-5 on every layer of a 3-hidden-layer relu squad classifier: signal and gradient vanish'),
 'init-scale.normal-std-20-relu': ('init-scale', 'static', ['exploding-gradient', 'nan-loss'], 'normal init std 20 on two 32-unit relu layers of the attendance model: the first step overflows to NaN'),
 'init-scale.normal-std-1e-4-sigmoid': ('init-scale', 'static', ['vanishing-gradient'], 'normal init std 1e-4 on two sigmoid layers and the head: the landing model never leaves the mean'),
 'exploding-gradient.deep-normal-std-1': ('init-scale', 'static', [], 'normal init std 1.5 on four 32-unit relu layers (he would be ~0.25): first loss 326, ends near the prior'),
 'no-nonlinearity.linear-stack-flips': ('no-nonlinearity', 'static', [], 'three linear hidden layers for the landing score, whose dependence on rotation is not linear'),
 'no-nonlinearity.forgot-activation-moons': ('no-nonlinearity', 'static', [], 'activations left out of both hidden layers (default linear) on moons'),
 'no-nonlinearity.linear-hidden-circles': ('no-nonlinearity', 'static', [], 'linear hidden layers on circles: a linear boundary cannot separate them'),
 'lr-out-of-range.negative-lr': ('lr-out-of-range', 'static', ['invalid-spec'], 'adam lr -0.001 (sign typo)'),
 'lr-out-of-range.lr-50-sgd': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 50 (meant 0.05)'),
 'lr-out-of-range.lr-zero-rmsprop': ('lr-out-of-range', 'static', ['invalid-spec'], 'rmsprop lr 0 left from a sweep template'),
 'lr-out-of-range.adam-lr-10': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 10 (meant 1e-3)'),
 'dead-relu.bias-minus-5': ('dead-relu', 'probe', [], 'bias -5 on both relu layers of the incident model (copied from a sparse-activation trick): units dead from the start'),
 'dead-relu.adam-lr-0.5-flips': ('dead-relu', 'probe', ['lr-too-high'], 'adam lr 0.5 on a two-layer relu landing model: 94% of the second layer dies'),
 'nan-loss.sgd-lr-5-raw-visitors': ('dead-relu', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw promo spend (euros) and raw visitors under sgd 0.05: the first steps blow up and kill every relu unit; the loss then sits at the baseline'),
 'exploding-gradient.raw-visitors-raw-promo': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'raw promo spend in euros and raw visitors (no normalisation) with sgd momentum: gradients blow up to NaN in the first epoch'),
 'exploding-gradient.raw-revenue-target': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'revenue in euros (thousands) as a raw mse target with sgd 0.01: gradients blow up to NaN in the first epoch'),
 'exploding-gradient.raw-features-rmsprop-deep': ('exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'deep net on raw features and raw visitors, batch 8, sgd 5e-4: gradients blow up to NaN in the first epoch'),
 'vanishing-gradient.deep-sigmoid-gymnasts': ('vanishing-gradient', 'probe', ['loss-plateau'], 'seven sigmoid hidden layers for squad assignment under plain sgd'),
 'vanishing-gradient.deep-sigmoid-jumps': ('vanishing-gradient', 'probe', ['loss-plateau'], 'eight sigmoid hidden layers for the incident model'),
 'vanishing-gradient.tiny-init-tanh-stack': ('vanishing-gradient', 'probe', ['init-scale', 'loss-plateau'], 'four tanh layers with normal std 0.01 init: first-layer gradients ~1e-4'),
 'nan-loss.rmsprop-raw-revenue': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw features and raw revenue target with sgd momentum 0.9 lr 0.01: NaN in the first epoch'),
 'nan-loss.linear-huge-init-batch1': ('nan-loss', 'probe', ['init-scale', 'exploding-gradient', 'lr-too-high'], 'raw landing data, normal std 3 init, batch 1, sgd 0.05: NaN in the first epoch'),
 'dead-relu.sgd-high-lr-raw-promo': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw promo spend features into relu layers under sgd 0.05: NaN in the first epoch'),
 'oscillating-loss.sgd-batch1-high': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd lr 0.3 at batch 1 on the landing model: NaN in the first epoch'),
 'lr-too-high.nesterov-lr-1-flips': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'nesterov sgd lr 0.8 momentum 0.9: loss 9.8e16 then NaN at epoch 2'),
 'lr-too-high.adam-lr-0.3-gymnasts': ('lr-too-high', 'probe', ['dead-relu'], 'adam lr 0.3 on the squad classifier: reaches 0.52 then jumps back to the prior and stays (second layer dead)'),
 'lr-too-high.rmsprop-lr-0.2-attendance': ('lr-too-high', 'probe', ['oscillating-loss'], 'rmsprop lr 0.2 on attendance: the loss bounces between 0.95 and 2.5, above the baseline'),
 'lr-too-high.sgd-lr-1.5-gymnasts-tanh': ('lr-too-high', 'probe', ['oscillating-loss', 'saturated-activation'], 'sgd lr 4 on the tanh squad classifier: loss bounces 0.36-1.6, tanh layer saturated'),
 'lr-too-low.sgd-1e-5-jumps': ('lr-too-low', 'probe', ['loss-plateau'], 'sgd lr 1e-5 for the incident model: loss moves 0.670 -> 0.659 in 60 epochs'),
 'lr-too-low.adam-1e-6-gymnasts': ('lr-too-low', 'probe', ['loss-plateau'], 'adam lr 1e-6 on the squad classifier'),
 'lr-too-low.rmsprop-1e-6-attendance': ('lr-too-low', 'probe', ['loss-plateau'], 'rmsprop lr 1e-6 on attendance'),
 'lr-too-low.momentum-1e-5-flips': ('lr-too-low', 'probe', ['loss-plateau'], 'sgd momentum lr 1e-5 on the landing model: 0.93 -> 0.82 in 100 epochs'),
 'saturated-activation.sigmoid-raw-promo': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on raw promo spend (hundreds of euros), normalize none: 80% of outputs pinned'),
 'saturated-activation.tanh-raw-jumps': ('saturated-activation', 'probe', ['loss-plateau'], 'tanh layers on raw jumper data (kg, minutes, jumps/min): first layer fully saturated, loss stuck at the prior'),
 'saturated-activation.tanh-bias-8': ('saturated-activation', 'static', ['loss-plateau'], 'bias 8 on the tanh hidden layer of the squad classifier: every unit at +1'),
 'saturated-activation.sigmoid-raw-heights': ('saturated-activation', 'probe', [], 'sigmoid layers on raw heights in cm and scores, normalize none'),
 'loss-plateau.shoe-size-only': ('loss-plateau', 'training', ['data-error'], 'features list left with only shoe_size (a column with no effect) for squad assignment: the loss stays at the prior'),
 'loss-plateau.bottleneck-one-unit-spirals': ('loss-plateau', 'training', [], 'a 1-unit relu bottleneck as the first layer on 3-class spirals'),
 'loss-plateau.dropout-0.9': ('loss-plateau', 'training', [], 'dropout 0.95 after the only hidden layer of the attendance model (meant 0.05)'),
 'oscillating-loss.momentum-0.99-full-batch': ('oscillating-loss', 'training', ['lr-too-high'], 'full-batch sgd lr 0.3 with momentum 0.99 on attendance: loss zigzags every epoch'),
 'lr-too-high.adam-0.2-attendance-elu': ('oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.2 at batch 16 on attendance: loss swings between 0.16 and 2.3 and never settles'),
}
DROP = {
 'invalid-spec.units-zero': 'surplus: the set would exceed 65 faults; invalid-spec already has 6',
 'shape-mismatch.incident-two-sigmoids': 'the engine trained 2 sigmoid outputs for the 0/1 target to last/base 0.70: not clearly a fault as observed',
 'init-symmetry.constant-gymnasts': 'constant 0.1 relu init still trained to last/base 0.09: no symptom',
 'dead-relu.negative-bias-gymnasts': 'only 38% dead and trained to last/base 0.08: no symptom',
 'loss-plateau.heavy-weight-decay': 'still falling steadily at the end of the run: borderline plateau',
 'lr-too-high.sgd-lr-2-jumps': 'sgd lr 3 trained to last/base 0.27, better than the healthy incident models: no symptom',
 'lr-too-high.rmsprop-0.1-flips-relu': 'bounces but slowly improves to 0.24 (healthy ~0.10): borderline',
 'oscillating-loss.adam-0.1-batch2-iris': 'swings of ~0.05 on a baseline of 1.10: too small to call',
 'oscillating-loss.rmsprop-0.05-batch4': 'noisy but falls to 0.02, below the healthy incident models: borderline',
 'ok.jumps-adam-relu': 'train last/base 0.10 but validation loss 0.445, far above the baseline 0.17 (overfits the 4% incident class): may be faulty',
 'ok.jumps-logistic-minmax': 'last/base 0.91: not far enough below the baseline',
 'ok.jumps-batchnorm-elu': 'last/base 0.77: not far enough below the baseline',
 'ok.jumps-nesterov-full-batch': 'last/base 0.51: borderline',
 'ok.jumps-batch1-sgd': 'last/base 0.86: not far enough below the baseline',
 'ok.jumps-rmsprop-dropout': 'last/base 0.60: borderline',
 'ok.jumps-wide-shallow-adam-lowlr': 'last/base 0.55: borderline',
 'ok.jumps-sgd-momentum-tanh': 'last/base 0.36 on the 4%-positive incident data: borderline against the baseline',
 'ok.jumps-adam-weight-decay-clip': 'last/base 0.35 on the 4%-positive incident data: borderline against the baseline',
 'ok.attendance-linear-regression': 'last/base 0.29 against 0.03-0.05 for the nonlinear models: may read as a plateau',
 'ok.attendance-batchnorm-sgd': 'min 0.105 but last 0.199: bounces, borderline',
 'ok.attendance-raw-features-bn-input': 'min 0.157 last 0.214, first-layer gradient up to 358: borderline',
 'ok.gymnasts-nesterov-batchnorm': 'min 0.18 last 0.29 against 0.03-0.1 for the others: borderline',
 'ok.iris-single-unit-hidden-bn': 'min 0.099 last 0.195: bounces, borderline',
 'ok.spirals-deep-adam': 'min 0.084 last 0.236: bounces, borderline',
 'ok.blobs-four-classes-sgd': 'last/base 0.18, acc 0.90: borderline next to the other healthy specs',
 'ok.flips-small-normal-init': 'min 0.12 last 0.14 with update ratio up to 0.2: borderline; also surplus over 40 healthy',
}

cand = os.path.join(HERE, 'candidates')
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, sub), exist_ok=True)
faults, healthy, dropped = [], [], []
for fn in sorted(os.listdir(cand)):
    slug = fn[:-len('.nn.json')]
    line = obs.get(slug, '(no observe line)')
    if slug in DROP:
        shutil.move(os.path.join(cand, fn), os.path.join(HERE, 'dropped', fn))
        dropped.append((fn, DROP[slug]))
    elif slug in F:
        code, stage, extra, text = F[slug]
        new = fn if fn.startswith(code + '.') else code + '.' + fn.split('.', 1)[1]
        shutil.move(os.path.join(cand, fn), os.path.join(HERE, 'faulty', new))
        faults.append({'file': 'faulty/' + new, 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif slug.startswith('ok.'):
        spec = json.load(open(os.path.join(cand, fn)))
        lay = ', '.join(f"{l['units']} {l.get('activation', 'linear')}" + (' bn' if l.get('batchNorm') else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
        data = spec['data']
        src = data.get('csv', data.get('builtin', 'inline')).replace('../data/', '')
        o = spec['optimizer']
        ox = ''.join([f" momentum {o['momentum']}" if o.get('momentum') else '', ' nesterov' if o.get('nesterov') else '', f" wd {o['weightDecay']}" if o.get('weightDecay') else '', f" clip {o['clipNorm']}" if o.get('clipNorm') else ''])
        t = spec['training']
        covers = f"{src} normalize {data.get('normalize', 'none')}/{data.get('normalizeTarget', 'none')}, [{lay}], {spec['loss']}, {o['type']} {o['lr']}{ox}, batch {t['batchSize']}, {t['epochs']} epochs" + (f", val {t['validationSplit']}" if t.get('validationSplit') else '') + f" (observe: {line})"
        shutil.move(os.path.join(cand, fn), os.path.join(HERE, 'healthy', fn))
        healthy.append({'file': 'healthy/' + fn, 'covers': covers})
    else:
        raise SystemExit('no verdict for ' + fn)
os.rmdir(cand)

about = ('Fault set blind246 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: trampoline parks and gymnastics clubs. Data from data/generate.ts (seeds 246001-246004): jumps.csv (460 jumper sessions, '
         'booking id and check-in time text columns, kg/minutes/jumps-per-minute on natural scales, skewed repeat visits, incident 0/1 at ~4%), '
         'jumps-gaps.csv (the same with NA, ? and empty cells), attendance.csv (420 days, raw promo spend in euros, skewed rain, revenue collinear with visitors, '
         'a constant parking column), attendance-eu.csv (German semicolon/decimal-comma export), gymnasts.csv and its tab-separated copy '
         '(390 members, 4 string squads with a rare elite class, shoe size with no effect), flips.csv (320 landings, nonlinear score); plus builtins and two inline tables. '
         '"stage" is the writer\'s expectation; "catches" the codes whose advice would fix it. Each text ends with its test/faults/observe.ts --summary line '
         '(observed.txt); --curve for the lr-too-high, lr-too-low, plateau and oscillating candidates (observed-curves.txt). Specs by author.ts, verdicts by write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1)
open(os.path.join(HERE, 'dropped.txt'), 'w').write(''.join(f'{fn}: {why}\n' for fn, why in dropped))
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(dropped), 'dropped')
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
