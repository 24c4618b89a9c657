#!/usr/bin/env python3
"""Verdicts of blind set 209: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, re, shutil
here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([^\s:]+?)(?:\.nn\.json)?[:\s]', line)
    if m: obs[m.group(1)] = line
S, P, TR = 'static', 'probe', 'training'
# name: (final code, stage, extra catches, fault text)
F = {
 'invalid-spec.relu-camelcase': ('invalid-spec', S, [], 'activation typed "ReLu" on the hidden layer of the revenue model'),
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer "adamw" copied from a PyTorch notebook; not an optimizer of the format'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'loss written with the Keras name "categorical_crossentropy" for the stall-category model'),
 'invalid-spec.dropout-percent': ('invalid-spec', S, [], 'dropout rate written as a percentage (30) instead of 0.3'),
 'invalid-spec.batchsize-zero': ('invalid-spec', S, [], 'batchSize 0 left from a template placeholder'),
 'data-error.underscore-filename': ('data-error', S, [], 'CSV path truck_days.csv with an underscore; the file is truck-days.csv'),
 'data-error.target-renamed': ('data-error', S, [], 'target "revenue" although the till export names the column revenue_eur'),
 'data-error.na-markers': ('data-error', S, [], 'trained on the till app copy with NA, n/a and empty readings'),
 'data-error.truck-id-feature': ('data-error', S, [], 'truck_id text column (T101..) listed among the features'),
 'data-error.path-outside': ('data-error', S, [], 'market export read from a path outside the workspace (../../../../../../tmp)'),
 'shape-mismatch.three-categories': ('shape-mismatch', S, [], 'softmax head of 3 units for 4 stall categories (dessert forgotten, it is rare)'),
 'shape-mismatch.five-categories': ('shape-mismatch', S, [], 'softmax head of 5 units for 4 stall categories'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', S, [], 'two target columns (revenue_eur, foot_traffic) but a single output unit'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, [], 'cce with a sigmoid 4-unit head instead of softmax; the loss number is meaningless'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'bce on the inspection model with a linear output, no sigmoid'),
 'loss-activation-mismatch.mse-softmax-revenue': ('loss-activation-mismatch', S, [], 'softmax on a single revenue output: the prediction is always 1'),
 'loss-activation-mismatch.cce-relu-head': ('loss-activation-mismatch', S, [], 'cce with a relu output layer instead of softmax'),
 'loss-activation-mismatch.tanh-head-raw-wait': ('loss-activation-mismatch', S, [], 'tanh output for queue wait in raw minutes (about 5-20): the head cannot exceed 1'),
 'init-symmetry.zeros-hidden-relu': ('init-symmetry', S, ['dead-relu'], 'zeros init on a 16-unit relu hidden layer: every unit identical and silent'),
 'init-symmetry.constant-tanh': ('init-symmetry', S, [], 'constant 0.1 init on a 12-unit tanh layer: the units stay copies of one another (the net trains as one unit)'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', S, ['dead-relu'], 'zeros init on both relu hidden layers of the stall classifier'),
 'init-symmetry.constant-sigmoid-shifts': ('init-symmetry', S, [], 'constant 0.5 init on a 10-unit sigmoid layer: the units never differ (fuel data is nearly linear, so the loss still falls)'),
 'init-scale.normal-std8-tanh': ('init-scale', P, ['saturated-activation'], 'normal init std 8 on a tanh layer: most units saturate'),
 'init-scale.uniform-limit25-relu': ('init-scale', S, ['exploding-gradient'], 'uniform init limit 25 on two relu layers: outputs of order 1e18'),
 'init-scale.tiny-std-deep': ('init-scale', P, ['vanishing-gradient'], 'normal init std 1e-5 on a 3-hidden-layer relu net: the signal and gradients vanish'),
 'init-scale.normal-std20-sigmoid': ('init-scale', P, ['saturated-activation'], 'normal init std 20 on a sigmoid hidden layer: units pinned at 0/1'),
 'no-nonlinearity.linear-stack-stalls': ('no-nonlinearity', S, [], 'two hidden layers with no activation (default linear) before the softmax'),
 'no-nonlinearity.linear-hidden-moons': ('no-nonlinearity', S, [], 'two linear hidden layers on moons: a linear classifier in disguise'),
 'no-nonlinearity.linear-three-inspections': ('no-nonlinearity', S, [], 'three linear hidden layers in the inspection model'),
 'no-nonlinearity.linear-circles': ('no-nonlinearity', S, [], 'one linear hidden layer on circles: cannot separate rings'),
 'lr-out-of-range.zero-rate': ('lr-out-of-range', S, [], 'adam lr 0 (a value zeroed while editing)'),
 'lr-out-of-range.negative-rate': ('lr-out-of-range', S, [], 'sgd lr -0.01 (sign typo)'),
 'lr-out-of-range.adam-rate-50': ('lr-out-of-range', S, ['lr-too-high'], 'adam lr 50 (meant 0.005)'),
 'lr-out-of-range.rmsprop-rate-1000': ('lr-out-of-range', S, ['lr-too-high'], 'rmsprop lr 1000 (meant 0.001)'),
 'dead-relu.negative-bias': ('dead-relu', P, [], 'relu layers with initial bias -6: every unit dead from the start'),
 'dead-relu.bias-minus3-inspections': ('dead-relu', P, [], 'relu layer with initial bias -4 and plain sgd: most units dead, loss stuck at the baseline'),
 'dead-relu.adam-hot-rate-stalls': ('dead-relu', TR, ['lr-too-high'], 'adam lr 0.5 on the stall classifier: the second relu layer dies (97%)'),
 'dead-relu.sgd-hot-rate-raw': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw foot-traffic features (thousands) with sgd 0.05: the loss is NaN in the first epoch'),
 'exploding-gradient.raw-euro-target': ('nan-loss', P, ['exploding-gradient'], 'revenue target left in raw euros (normalizeTarget none) under sgd: NaN in the first epoch'),
 'exploding-gradient.raw-traffic-features': ('exploding-gradient', P, [], 'raw features (foot traffic in thousands) and raw euro target: gradient norms up to ~5e6'),
 'exploding-gradient.deep-wide-init': ('nan-loss', P, ['exploding-gradient', 'init-scale'], 'four 64-unit relu layers with normal std 1.0 init: activations blow up, NaN in epoch 1'),
 'exploding-gradient.raw-fuel-momentum': ('exploding-gradient', P, ['dead-relu'], 'raw km/hours features and raw litres target with sgd momentum 0.9: first loss 2e9, gradient 2e4, then the relu layers die'),
 'nan-loss.raw-euros-sgd-hot': ('exploding-gradient', P, ['dead-relu', 'lr-too-high'], 'raw features and raw euros under sgd 0.1: first loss 6e28, gradient 2.6e13, then every relu dead'),
 'nan-loss.raw-fuel-rmsprop-huge': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw fuel data with sgd 0.5: NaN in the first epoch'),
 'nan-loss.market-raw-sgd': ('exploding-gradient', P, ['dead-relu'], 'raw market features (visitors per hour in hundreds) and raw minutes with sgd 0.02: first loss 2.6e20, gradient 2.8e9'),
 'lr-too-high.nesterov-1-shifts': ('nan-loss', P, ['lr-too-high'], 'nesterov sgd lr 1.0 momentum 0.9: loss 8e14 then NaN at epoch 3'),
 'oscillating-loss.full-batch-edge': ('lr-too-high', P, ['nan-loss'], 'full-batch sgd lr 0.9 on the market model: the loss rises every epoch and is NaN at epoch 40'),
 'lr-too-high.adam-0.3-inspections': ('lr-too-high', TR, ['oscillating-loss'], 'adam lr 0.3 on the inspection model: the loss bounces between 0.25 and 0.37, never settles (healthy reach 0.20)'),
 'lr-too-high.rmsprop-0.2-market': ('lr-too-high', TR, ['oscillating-loss'], 'rmsprop lr 0.2: loss bounces 0.09-0.54 (healthy settle near 0.03) and 83% of relu units die'),
 'lr-too-low.sgd-1e-5-revenue': ('lr-too-low', TR, [], 'sgd lr 1e-5 on the revenue model: 2.82 -> 2.42 in 80 epochs'),
 'lr-too-low.adam-1e-6-inspections': ('lr-too-low', TR, [], 'adam lr 1e-6: the loss barely moves (1.563 -> 1.555)'),
 'lr-too-low.rmsprop-1e-6-stalls': ('lr-too-low', TR, [], 'rmsprop lr 1e-6: the loss barely moves (1.564 -> 1.548)'),
 'saturated-activation.sigmoid-raw-traffic': ('saturated-activation', P, [], 'sigmoid hidden layer fed raw features (normalize none): all units pinned'),
 'saturated-activation.tanh-raw-inspections': ('saturated-activation', P, [], 'tanh hidden layer on raw inspection features (generator hours in thousands): pinned, loss at baseline'),
 'saturated-activation.sigmoid-bias-8': ('saturated-activation', P, [], 'sigmoid hidden layer with initial bias 8: every unit at 1'),
 'saturated-activation.tanh-raw-visitors': ('saturated-activation', P, [], 'tanh hidden layer on raw visitors per hour: 99% saturated, loss 0.35 where healthy reach 0.04'),
 'loss-plateau.xor-sigmoid-sgd': ('loss-plateau', TR, [], 'xor with 4 sigmoid units, tiny init and plain sgd 0.05: stuck at ln 2'),
 'loss-plateau.circles-small-init-sgd': ('loss-plateau', TR, ['vanishing-gradient'], 'circles with tanh layers initialised at std 0.001 and plain sgd: stuck at ln 2'),
 'loss-plateau.stalls-weight-decay': ('loss-plateau', TR, [], 'weight decay 2 (meant 2e-4) on the stall classifier: the loss goes back up to the prior and stays'),
 'oscillating-loss.momentum-0.99': ('oscillating-loss', TR, ['lr-too-high'], 'sgd lr 0.2 with momentum 0.99: the loss swings 0.26-0.68 and climbs again at the end'),
 'oscillating-loss.adam-0.1-stalls-batch4': ('oscillating-loss', TR, ['lr-too-high'], 'adam lr 0.1 with batch 4: the loss swings 0.43-0.67 for 80 epochs (healthy reach 0.16)'),
 'vanishing-gradient.sigmoid-tower': ('vanishing-gradient', P, [], 'six sigmoid hidden layers with plain sgd: first layer gradient ~1e-4, loss at baseline'),
 'vanishing-gradient.sigmoid-tower-revenue': ('vanishing-gradient', P, [], 'eight sigmoid layers on the revenue model: first layer gradient ~1e-5'),
 'vanishing-gradient.sigmoid-deep-moons': ('vanishing-gradient', P, [], 'six sigmoid layers on moons with sgd: first layer gradient ~1e-4, loss at ln 2'),
}
DROP = {
 'shape-mismatch.two-sigmoid-bce': 'the engine accepted 2 sigmoid outputs for one 0/1 target and trained to 0.21: not a clear shape fault as observed',
 'nan-loss.raw-euro-target-sgd': 'no NaN; tanh saturated and loss 0.47 of base: a mix of symptoms, borderline',
 'vanishing-gradient.tanh-small-init-deep': 'trained to 0.30 of base: no vanishing shown',
 'lr-too-high.sgd-3-stalls': 'still improving and ended at 0.09 of base (acc 0.958): not a fault as observed',
 'lr-too-low.momentum-1e-5-market': 'loss fell steadily 1.65 -> 0.42: slow but moving, borderline',
 'loss-plateau.spirals-two-tanh': 'two tanh units may be the ceiling on spirals: borderline',
 'oscillating-loss.rmsprop-batch1': 'small bounces around 0.05 (healthy 0.03): borderline',
 'ok.inspections-logistic': 'ended at 0.72 of base where other inspection models reach 0.45: not as good as reasonable alternatives',
 'ok.inspections-minmax-elu-batch8': 'ended at 0.70 of base: not as good as reasonable alternatives',
 'ok.stalls-batch1-sgd': 'ended at 0.23 of base where others reach 0.12: borderline',
 'ok.stalls-softmax-regression': 'linear model ended at 0.29 of base: borderline',
 'ok.inspections-rmsprop-dropout-val': 'validation loss 0.50 above the baseline 0.46: overfits',
}
cand = os.path.join(here, 'candidates')
for sub in ('faulty', 'healthy', 'dropped'): os.makedirs(os.path.join(here, sub), exist_ok=True)
faults, healthy, dropped = [], [], []
for fn in sorted(os.listdir(cand)):
    name = fn[:-len('.nn.json')]
    line = obs[name]
    if name in DROP:
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'dropped', fn)); dropped.append((name, DROP[name])); continue
    if name.startswith('ok.'):
        spec = json.load(open(os.path.join(cand, fn)))
        layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}{' bn' if l.get('batchNorm') else ''}" if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
        data = spec['data']; src = data.get('csv', data.get('builtin', 'inline')).replace('../data/', '')
        o = spec['optimizer']; t = spec['training']
        extra = ''.join(f", {k} {o[k]}" for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if k in o)
        covers = f"{src} normalize {data.get('normalize', 'none')}{', target ' + data['normalizeTarget'] if 'normalizeTarget' in data else ''}, [{layers}], {spec['loss']}, {o['type']} {o['lr']}{extra}, batch {t['batchSize']}, {t['epochs']} epochs{', val ' + str(t['validationSplit']) if t.get('validationSplit') else ''} (observe: {line})"
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'healthy', fn)); healthy.append({'file': f'healthy/{fn}', 'covers': covers}); continue
    code, stage, extra, text = F[name]
    new = fn if fn.startswith(code + '.') else code + '.' + fn.split('.', 1)[1]
    shutil.move(os.path.join(cand, fn), os.path.join(here, 'faulty', new))
    faults.append({'file': f'faulty/{new}', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
assert not os.listdir(cand), os.listdir(cand)
os.rmdir(cand)
about = ('Blind fault set 209 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
  'Theme: food trucks and street-food markets. "code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage '
  'that could catch it (static, probe, training), "catches" the codes whose advice would genuinely fix it. Each fault text and healthy "covers" '
  'ends with the bare-engine result of test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and '
  'plateau candidates (observed-curves.txt). Data: truck-days.csv (420 truck trading days, revenue in euros, skewed rain, collinear hours/staff, '
  'menu_items with no effect, date and truck_id text columns), truck-days-gaps.csv (the same with NA, n/a, blanks), inspections.csv (380 health '
  'inspections, failed 0/1, 6% flipped), stalls.csv (400 stalls, 4 string categories, dessert rare, 8% relabelled), market-export.csv (semicolons '
  'and decimal commas), shifts.csv (tab-separated fuel use), plus builtins and two inline tables. Data by data/generate.ts, specs by author.ts, '
  'this manifest by write-manifest.py.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=2, ensure_ascii=False)
open(os.path.join(here, 'dropped.txt'), 'w').write(''.join(f'{n}: {r}\n' for n, r in dropped))
from collections import Counter
c = Counter(f['code'] for f in faults); s = Counter(f['stage'] for f in faults)
print(len(faults), 'faults', len(healthy), 'healthy', len(dropped), 'dropped'); print(dict(sorted(c.items()))); print(dict(s))
