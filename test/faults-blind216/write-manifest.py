"""Verdicts of fault set blind216: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, re, shutil
here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    m = re.match(r'\s*([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m: obs[m.group(1)] = line.strip()
# name -> (code, stage, catches, words)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from PyTorch'),
 'invalid-spec.swish-activation': ('invalid-spec', 'static', [], 'activation "swish", which the format does not have'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (30)'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written with the Keras name "categorical_crossentropy"'),
 'invalid-spec.validation-split-whole': ('invalid-spec', 'static', [], 'validationSplit 1.2 (meant 0.2)'),
 'data-error.missing-2024-export': ('data-error', 'static', [], 'points at bookings_2024.csv, an export never saved'),
 'data-error.target-renamed': ('data-error', 'static', [], 'target "catering_cost" while the column is catering_cost_eur'),
 'data-error.event-date-as-feature': ('data-error', 'static', [], 'event_date text column listed as a feature'),
 'data-error.gaps-export': ('data-error', 'static', [], 'reads the planner copy with NA, n/a and empty cells'),
 'data-error.shared-drive-path': ('data-error', 'static', [], 'path to the office shared drive outside the workspace'),
 'shape-mismatch.package-three-units': ('shape-mismatch', 'static', [], '3 softmax units for 4 packages (food_truck forgotten)'),
 'shape-mismatch.cost-two-outputs': ('shape-mismatch', 'static', [], '2 output units for one cost target'),
 'shape-mismatch.iris-two-classes': ('shape-mismatch', 'static', [], '2 softmax units for the 3 iris classes'),
 'loss-activation-mismatch.cancel-linear-head-bce': ('loss-activation-mismatch', 'static', [], 'bce on a linear output for cancellations'),
 'loss-activation-mismatch.package-sigmoid-head-cce': ('loss-activation-mismatch', 'static', [], 'cce on a sigmoid output layer for the package'),
 'loss-activation-mismatch.package-softmax-mse': ('loss-activation-mismatch', 'static', [], 'softmax head trained with mse for the package'),
 'loss-activation-mismatch.cost-sigmoid-head-raw-euros': ('loss-activation-mismatch', 'static', [], 'sigmoid head for catering cost in raw euros'),
 'loss-activation-mismatch.cost-relu-head-standardised': ('loss-activation-mismatch', 'static', [], 'relu head on a standardised cost target (half the targets negative)'),
 'init-symmetry.zeros-hidden-cost': ('init-symmetry', 'static', [], 'zeros init of a 16-unit tanh layer and the head'),
 'init-symmetry.constant-hidden-cancel': ('init-symmetry', 'static', [], 'constant 0.1 init in a 12-unit relu layer'),
 'init-symmetry.zeros-two-layers-moons': ('init-symmetry', 'static', [], 'zeros init in two 16-unit tanh layers'),
 'init-symmetry.constant-tastings': ('init-symmetry', 'static', [], 'constant 0.3 init in a 10-unit sigmoid layer'),
 'init-scale.normal-std-5-cost': ('init-scale', 'static', ['exploding-gradient'], 'normal std 5 init on two 32-unit relu layers'),
 'init-scale.normal-tiny-deep-package': ('init-scale', 'static', ['vanishing-gradient'], 'normal std 1e-4 init in a 4-layer relu net'),
 'init-scale.uniform-limit-8-tastings': ('init-scale', 'static', ['saturated-activation'], 'uniform limit 8 init on a tanh layer'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', 'static', [], 'two linear hidden layers on moons'),
 'no-nonlinearity.linear-stack-tastings': ('no-nonlinearity', 'static', [], 'linear hidden layers for the sweetness sweet spot'),
 'no-nonlinearity.linear-stack-circles': ('no-nonlinearity', 'static', [], 'three linear hidden layers on circles'),
 'lr-out-of-range.adam-lr-50': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 50'),
 'lr-out-of-range.rmsprop-lr-20': ('lr-out-of-range', 'static', ['lr-too-high'], 'rmsprop lr 20'),
 'lr-out-of-range.sgd-lr-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'sgd lr 1e-9'),
 'lr-out-of-range.sgd-lr-negative': ('lr-out-of-range', 'static', ['invalid-spec'], 'sgd lr -0.01'),
 'dead-relu.negative-bias-cost': ('dead-relu', 'probe', [], 'relu layers with bias -6'),
 'dead-relu.sgd-shock-package': ('dead-relu', 'probe', ['lr-too-high'], 'sgd lr 3 momentum 0.9 kills the second relu layer'),
 'dead-relu.negative-bias-tastings': ('dead-relu', 'probe', [], 'relu layer with bias -4'),
 'dead-relu.raw-budget-big-step': ('dead-relu', 'probe', ['exploding-gradient'], 'raw budget in euros into relu layers; first steps kill every unit'),
 'loss-plateau.one-unit-bottleneck-package': ('dead-relu', 'probe', ['loss-plateau'], 'one relu unit with bias -3 as bottleneck (re-filed from loss-plateau: the unit is dead)'),
 'exploding-gradient.raw-euros-sgd': ('exploding-gradient', 'probe', ['nan-loss'], 'raw features and raw euro target with sgd'),
 'exploding-gradient.eu-export-raw': ('exploding-gradient', 'probe', [], 'semicolon export in raw units, no normalisation'),
 'nan-loss.eu-raw-momentum': ('exploding-gradient', 'probe', ['nan-loss'], 'raw export with sgd momentum (re-filed from nan-loss: huge but finite)'),
 'nan-loss.sgd-raw-euros-big-lr': ('exploding-gradient', 'probe', ['nan-loss'], 'raw euros, sgd 0.05 (re-filed from nan-loss: huge but finite)'),
 'exploding-gradient.deep-big-init-relu': ('nan-loss', 'probe', ['exploding-gradient', 'init-scale'], 'six relu layers init std 1 (re-filed from exploding-gradient: NaN in epoch 1)'),
 'exploding-gradient.raw-target-standard-features': ('nan-loss', 'probe', ['exploding-gradient'], 'cost in raw euros without normalizeTarget, sgd momentum (re-filed from exploding-gradient: NaN in epoch 1)'),
 'nan-loss.linear-deep-raw-sgd': ('nan-loss', 'probe', ['exploding-gradient', 'no-nonlinearity'], 'raw features through two linear layers, batch 8'),
 'oscillating-loss.sgd-0.5-batch2-eu': ('nan-loss', 'probe', ['lr-too-high'], 'sgd 0.2 batch 2 (re-filed from oscillating-loss: NaN at epoch 2)'),
 'oscillating-loss.sgd-batch1-momentum': ('nan-loss', 'probe', ['lr-too-high'], 'sgd 0.05 momentum 0.95 batch 1 (re-filed from oscillating-loss: NaN in epoch 1)'),
 'vanishing-gradient.deep-sigmoid-cancel': ('vanishing-gradient', 'probe', [], 'seven sigmoid layers with plain sgd'),
 'vanishing-gradient.deep-tanh-tiny-init': ('vanishing-gradient', 'probe', ['init-scale'], 'four tanh layers init std 0.01'),
 'vanishing-gradient.deep-sigmoid-spirals': ('vanishing-gradient', 'probe', [], 'six sigmoid layers on spirals'),
 'lr-too-high.adam-0.5-cancel': ('lr-too-high', 'probe', [], 'adam 0.5'),
 'lr-too-high.nesterov-1-package': ('lr-too-high', 'probe', [], 'sgd nesterov lr 1 momentum 0.9'),
 'lr-too-high.adam-0.3-tastings': ('lr-too-high', 'probe', [], 'adam 0.3 on elu layers'),
 'lr-too-low.sgd-1e-5-cost': ('lr-too-low', 'probe', [], 'sgd 1e-5'),
 'lr-too-low.adam-1e-6-package': ('lr-too-low', 'probe', [], 'adam 1e-6'),
 'lr-too-low.rmsprop-2e-6-tastings': ('lr-too-low', 'probe', [], 'rmsprop 2e-6'),
 'lr-too-low.sgd-full-batch-1e-4-moons': ('lr-too-low', 'probe', [], 'sgd 1e-4 full batch'),
 'saturated-activation.sigmoid-raw-budget': ('saturated-activation', 'probe', [], 'sigmoid layer on raw budgets'),
 'saturated-activation.tanh-raw-guests-cost': ('saturated-activation', 'probe', [], 'tanh layers on raw features'),
 'saturated-activation.sigmoid-bias-8-package': ('saturated-activation', 'probe', [], 'sigmoid layer with bias 8'),
 'saturated-activation.tanh-big-init-tastings': ('saturated-activation', 'probe', ['init-scale'], 'tanh layer init std 6'),
 'loss-plateau.weight-decay-1-cost': ('loss-plateau', 'training', [], 'adam with weightDecay 1 stalls near 0.19'),
 'loss-plateau.sigmoid-xor-sgd': ('loss-plateau', 'training', [], '4 sigmoid units on xor with plain sgd 0.05'),
 'loss-plateau.dropout-0.9-tastings': ('loss-plateau', 'training', ['dead-relu'], 'dropout 0.95 and weightDecay 0.3'),
 'oscillating-loss.rmsprop-0.03-batch4-package': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop 0.05 batch 4'),
 'lr-too-high.rmsprop-0.1-cost': ('oscillating-loss', 'training', ['lr-too-high', 'dead-relu'], 'rmsprop 0.1: loss alternates 0.06/0.19 epoch to epoch (re-filed from lr-too-high)'),
}
DROP = {
 'shape-mismatch.cancel-two-sigmoids': 'the engine trained 2 sigmoid outputs on the 0/1 target (0.88 of base): not shown, borderline',
 'init-scale.uniform-limit-3-circles': 'trained well (last/base 0.16): fault not shown',
 'lr-too-high.sgd-2-moons': 'sgd lr 8 still reached loss 2.6e-4: fault not shown',
 'oscillating-loss.adam-0.05-batch2-tastings': 'swings small (about 0.03 on base 0.69): borderline',
 'ok.tastings-elu-batch1-rmsprop': 'ended at 0.88 of base: does not train well',
 'ok.cancel-rmsprop-batchnorm-val': 'last/base 0.73, val above base: not clearly healthy',
 'ok.cancel-adam-relu': 'last/base 0.66 while a tanh alternative reached 0.07: may be a plateau',
 'ok.cancel-normal-init-bias': 'last/base 0.63 while a tanh alternative reached 0.07: may be a plateau',
}
cand = os.path.join(here, 'candidates')
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(here, sub), exist_ok=True)
faults, healthy = [], []
for f in sorted(os.listdir(cand)):
    name = f[:-len('.nn.json')]
    spec = json.load(open(os.path.join(cand, f)))
    line = obs[name]
    if name in DROP:
        shutil.move(os.path.join(cand, f), os.path.join(here, 'dropped', f)); continue
    if name.startswith('ok.'):
        shutil.move(os.path.join(cand, f), os.path.join(here, 'healthy', f))
        ls = [l.get('units', 'drop') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers']]
        desc = ', '.join(f"{l['units']} {l.get('activation','linear')}" + (' bn' if l.get('batchNorm') else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
        data = spec['data']; src = data.get('csv') or data.get('builtin') or 'inline'
        o = spec['optimizer']
        covers = f"{os.path.basename(src)} normalize {data.get('normalize','none')}, [{desc}], {spec['loss']}, {o['type']} {o['lr']}" + (f" momentum {o['momentum']}" if 'momentum' in o else '') + (' nesterov' if o.get('nesterov') else '') + (f" wd {o['weightDecay']}" if 'weightDecay' in o else '') + (f" clip {o['clipNorm']}" if 'clipNorm' in o else '') + f", batch {spec['training']['batchSize']}, {spec['training']['epochs']} epochs (observe: {line})"
        healthy.append({'file': f'healthy/{f}', 'covers': covers})
        continue
    code, stage, extra, words = F[name]
    newf = f if f.startswith(code + '.') else code + f[f.index('.'):]
    shutil.move(os.path.join(cand, f), os.path.join(here, 'faulty', newf))
    faults.append({'file': f'faulty/{newf}', 'code': code, 'fault': f'{words} (observe: {line})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
assert not os.listdir(cand), os.listdir(cand)
os.rmdir(cand)
about = ('Fault set blind216 (issue #4), written blind and frozen before the product was first run on it. Theme: wedding planners and caterers. '
 'Data: bookings.csv (420 weddings: guest count, budget in euros, lead time, venue distance, peak season, courses, staff, a no-effect weekday code, open bar; '
 'targets catering_cost_eur, cancelled 12%, package with rare family_style/food_truck; id and date text columns), bookings-eu.csv (semicolon, decimal comma), '
 'bookings-gaps.csv (NA, n/a, empty), tastings.csv (tab-separated cake tastings, chosen 0/1), plus builtins and two inline tables. '
 'Each fault and healthy entry carries its bare-engine test/faults/observe.ts --summary line (observed.txt); curves in observed-curves.txt.')
faults.sort(key=lambda e: e['file'])
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=1)
from collections import Counter
print(len(faults), len(healthy), len(os.listdir(os.path.join(here, 'dropped'))))
print(Counter(e['code'] for e in faults)); print(Counter(e['stage'] for e in faults))
