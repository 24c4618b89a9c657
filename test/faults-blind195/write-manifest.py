"""Verdicts of fault set blind195: files candidates into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, re, shutil
here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    m = re.match(r'\s*([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m: obs[m.group(1)] = line.strip()
# candidate -> (code, stage, catches, words)
F = {
 'invalid-spec.adamw-optimizer': ('static', [], 'optimizer "adamw" copied from a PyTorch notebook; the format has adam only'),
 'invalid-spec.relu-capitalised': ('static', [], 'activation written "ReLU" (class-name habit) on both hidden layers of the yield model'),
 'invalid-spec.keras-loss-name': ('static', [], 'loss written "binary_crossentropy" (Keras name) instead of bce on the waiting-list model'),
 'invalid-spec.validation-split-percent': ('static', [], 'validationSplit written 20 (meaning 20 %) instead of 0.2'),
 'invalid-spec.dropout-rate-one': ('static', [], 'dropout rate 1 (meant "keep 1") that would drop every unit'),
 'data-error.missing-2024-export': ('static', [], 'spec points at plots-2024.csv, an export the committee never made'),
 'data-error.target-typo': ('static', [], 'target "harvest_kgs" typed for the column harvest_kg'),
 'data-error.plot-id-as-feature': ('static', [], 'text plot_id column ("AL-1000") left in the feature list'),
 'data-error.committee-copy-gaps': ('static', [], "the committee's copy of the plots table with NA and blank soil pH / hours readings"),
 'data-error.path-outside-workspace': ('static', [], 'CSV path climbing out of the workspace to a server share'),
 'shape-mismatch.four-crop-heads': ('static', [], 'four softmax units for "veg, fruit, flowers, herbs" but no plot grows mainly herbs: the data has 3 classes'),
 'shape-mismatch.two-heads-one-target': ('static', [], 'two linear outputs for the single produce_kg target'),
 'shape-mismatch.single-unit-crop-cce': ('static', [], 'one softmax unit for the 3-class main_crop target under cce'),
 'loss-activation-mismatch.softmax-yield': ('static', [], 'softmax on a single-unit regression head under mse: the output is always 1'),
 'loss-activation-mismatch.bce-linear-head': ('static', [], 'linear output under bce for took_plot (no sigmoid)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('static', [], 'three sigmoid outputs under cce for main_crop instead of softmax'),
 'loss-activation-mismatch.sigmoid-head-raw-kg': ('static', ['data-error'], 'sigmoid head on raw harvest_kg (10 to 340 kg) under mse: it can never exceed 1'),
 'init-symmetry.zeros-hidden-relu': ('static', ['dead-relu'], 'zeros init on a 24-unit relu layer (and the head)'),
 'init-symmetry.zeros-everywhere-wait': ('static', [], 'zeros init on every layer of the waiting-list model'),
 'init-symmetry.zeros-tanh-crops': ('static', [], 'zeros init on two tanh hidden layers of the crop model'),
 'init-scale.normal-std-8': ('static', ['exploding-gradient'], 'normal init with std 8 on two relu layers'),
 'init-scale.uniform-1e-5-deep': ('static', ['vanishing-gradient'], 'uniform init with limit 1e-5 on a 3-layer tanh stack'),
 'init-scale.tanh-std-5': ('static', ['saturated-activation'], 'normal init std 5 on tanh layers'),
 'no-nonlinearity.linear-stack-circles': ('static', [], 'two linear hidden layers on circles'),
 'no-nonlinearity.default-activation-crops': ('static', [], 'activation left out on three hidden layers (defaults to linear)'),
 'no-nonlinearity.linear-hidden-spirals': ('static', [], 'two 64-unit linear hidden layers on 3-class spirals'),
 'no-nonlinearity.linear-xor': ('static', [], 'linear hidden layers on xor'),
 'lr-out-of-range.adam-lr-5': ('static', ['lr-too-high'], 'adam lr 5'),
 'lr-out-of-range.sgd-lr-1e-8': ('static', ['lr-too-low'], 'sgd lr 1e-8'),
 'lr-out-of-range.rmsprop-lr-30': ('static', ['lr-too-high'], 'rmsprop lr 30'),
 'lr-out-of-range.sgd-momentum-lr-80': ('static', ['lr-too-high', 'nan-loss'], 'sgd momentum lr 80 (a slider value typed as a rate)'),
 'dead-relu.bias-minus-6': ('probe', [], 'relu layers with initial bias -6 on standardised inputs'),
 'dead-relu.sgd-high-rate-raw-compost': ('probe', ['exploding-gradient', 'lr-too-high'], 'raw compost kg and water litres (no normalize) into relu layers with sgd 0.01: the first steps blow up and every unit dies'),
 'dead-relu.negative-bias-crops': ('probe', [], 'relu layer with initial bias -4, plain sgd'),
 'dead-relu.adam-big-lr-wait': ('probe', ['lr-too-high'], 'adam 0.3 on two relu layers kills the second layer'),
 'exploding-gradient.raw-kg-target-sgd': ('probe', ['dead-relu', 'lr-too-high'], 'raw weekly features and raw produce_kg target under sgd: huge first gradients, then relu units die'),
 'exploding-gradient.raw-target-adam-linear': ('probe', [], 'raw features and raw harvest_kg target under rmsprop: gradient norms up to 2e5'),
 'exploding-gradient.sgd-raw-produce-lr-0.1': ('probe', ['nan-loss', 'lr-too-high', 'dead-relu'], 'raw weekly features and raw produce_kg target with sgd 0.1: loss 2.8e28, gradients 5e23'),
 'vanishing-gradient.eight-sigmoid-layers': ('probe', ['saturated-activation'], 'eight sigmoid hidden layers with plain sgd'),
 'vanishing-gradient.deep-tanh-small-init': ('probe', ['init-scale'], 'five tanh layers with normal std 0.01'),
 'vanishing-gradient.sigmoid-tower-wait': ('probe', [], 'six sigmoid hidden layers on the waiting list'),
 'vanishing-gradient.sigmoid-deep-moons': ('probe', [], 'seven sigmoid hidden layers on moons'),
 'nan-loss.raw-compost-linear': ('probe', ['exploding-gradient', 'lr-too-high'], 'raw features and target, sgd momentum 0.05: NaN in the first epoch'),
 'nan-loss.sgd-lr-3-full-batch': ('probe', ['lr-too-high', 'exploding-gradient'], 'sgd lr 3 full batch'),
 'nan-loss.nesterov-raw-litres': ('probe', ['exploding-gradient', 'lr-too-high'], 'raw litres/compost features with nesterov lr 0.5'),
 'nan-loss.deep-std-1': ('probe', ['exploding-gradient', 'init-scale'], 'four 32-unit relu layers with normal std 1 init (written as exploding-gradient)'),
 'lr-too-high.adam-0.3-yield': ('probe', ['oscillating-loss'], 'adam 0.3 on the yield model: falls to 0.12 then blows up to 255 and wanders near the baseline'),
 'lr-too-high.adam-0.5-crops': ('probe', ['dead-relu'], 'adam 0.5: stuck at the baseline with dead relu layer'),
 'lr-too-high.rmsprop-0.2-produce': ('probe', ['oscillating-loss'], 'rmsprop 0.2: first epoch loss 194, then bounces 0.15 to 0.67'),
 'lr-too-high.sgd-1.5-wait': ('probe', ['oscillating-loss', 'saturated-activation'], 'sgd momentum lr 1.5: loss rises from 0.90 to 2-5'),
 'lr-too-high.momentum-0.99-sgd': ('probe', ['nan-loss', 'exploding-gradient'], 'sgd lr 0.1 with momentum 0.99 (written as oscillating-loss): loss climbs to 1e27 then NaN'),
 'lr-too-low.sgd-1e-4-crops': ('training', [], 'sgd 1e-4: 1.30 to 1.20 over 100 epochs'),
 'lr-too-low.adam-1e-5-produce': ('training', [], 'adam 1e-5: linear crawl 0.85 to 0.55 where a healthy model reaches 0.02'),
 'lr-too-low.rmsprop-3e-6-wait': ('training', [], 'rmsprop 3e-6: 0.785 to 0.768'),
 'lr-too-low.sgd-5e-5-full-batch-yield': ('training', [], 'sgd 5e-5 full batch: crawls 1.95 to 0.84'),
 'saturated-activation.sigmoid-raw-compost': ('probe', [], 'sigmoid hidden layer on raw compost kg / water litres (no normalize)'),
 'saturated-activation.tanh-std-3-crops': ('probe', ['init-scale'], 'tanh layer with normal std 3 init'),
 'saturated-activation.sigmoid-bias-10': ('probe', [], 'sigmoid layers with initial bias 10'),
 'saturated-activation.raw-water-litres': ('probe', ['exploding-gradient'], 'raw features (water litres in thousands) into tanh (written as exploding-gradient): tanh pinned, loss at baseline'),
 'loss-plateau.weight-decay-1': ('training', [], 'weightDecay 1 with adam: reaches 0.39 then decays back to the baseline'),
 'loss-plateau.weight-decay-crops': ('training', [], 'weightDecay 2 with sgd momentum: stays at the baseline'),
 'loss-plateau.clipnorm-1e-4-produce': ('training', ['lr-too-low'], 'clipNorm 1e-4 (meant 1e4?): updates negligible, loss flat'),
 'loss-plateau.dropout-0.9-narrow': ('training', [], 'dropout 0.9 after 4-unit layers: stuck at the baseline'),
 'oscillating-loss.adam-0.05-batch-4': ('training', ['lr-too-high'], 'adam 0.05 batch 4 on yield: swings 0.09-0.28 for 100 epochs'),
 'oscillating-loss.rmsprop-0.05-full-batch': ('training', ['lr-too-high'], 'rmsprop 0.05 full batch: repeated spikes (0.45 to 0.62, 0.25 to 0.36) while descending'),
}
REFILE = {'exploding-gradient.deep-std-1': 'nan-loss.deep-std-1', 'nan-loss.sgd-raw-produce-lr-0.1': 'exploding-gradient.sgd-raw-produce-lr-0.1',
          'oscillating-loss.momentum-0.99-sgd': 'lr-too-high.momentum-0.99-sgd', 'exploding-gradient.raw-water-litres': 'saturated-activation.raw-water-litres'}
DROP = {
 'invalid-spec.batchsize-zero': 'kept the set within 65 faults; invalid-spec has five others',
 'data-error.site-name-feature': 'kept the set within 65 faults; same fault as plot-id-as-feature',
 'shape-mismatch.two-targets-one-unit': 'kept the set within 65 faults; shape-mismatch has three others',
 'loss-activation-mismatch.relu-head-standardised': 'borderline: relu head on standardised target still reached 0.51 of baseline',
 'lr-too-high.sgd-0.8-iris': 'borderline: blew up to 4e5 for 13 epochs but then recovered to 0.34 of baseline',
 'saturated-activation.tanh-raw-weekly': 'borderline: first layer 86% saturated but loss still 0.15 of baseline',
 'init-symmetry.constant-tanh': 'trained well (0.05 of baseline): no visible fault',
 'init-symmetry.constant-relu-moons': 'trained well (0.07 of baseline, acc 0.987): no visible fault',
 'init-scale.sigmoid-uniform-limit-6': 'trained well (0.08 of baseline)',
 'oscillating-loss.batch-1-sgd-0.3': 'borderline: noisy but descending, 0.73 of baseline',
 'ok.lapsed-logistic-sgd': 'borderline healthy: 0.57 of baseline where a small net gets 0.12',
 'ok.crops-softmax-regression': 'borderline healthy: linear model ends at 0.54 of baseline, a hidden layer gets 0.18',
 'ok.wait-batch-2-adam': 'borderline healthy: 0.70 of baseline',
 'ok.wait-xavier-normal-elu-wd': 'borderline healthy: 0.69 of baseline',
}
COVERS = {}
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(here, d), exist_ok=True)
cand = os.path.join(here, 'candidates')
faults, healthy = [], []
for fn in sorted(os.listdir(cand)):
    name = fn[:-len('.nn.json')]
    line = obs[name]
    if name in DROP:
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'dropped', fn)); continue
    if name.startswith('ok.'):
        s = json.load(open(os.path.join(cand, fn)))
        dd = s['data']; src = dd.get('csv', dd.get('builtin', 'inline')).replace('../data/', '')
        layers = ', '.join(f"{l['units']} {l.get('activation','linear')}" + (' bn' if l.get('batchNorm') else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in s['layers'])
        o = s['optimizer']; extras = ''.join(f" {k} {o[k]}" for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if k in o)
        t = s['training']
        healthy.append({'file': f'healthy/{fn}', 'covers': f"{src} target {dd.get('target', '')} normalize {dd.get('normalize', 'none')}, [{layers}], {s['loss']}, {o['type']} {o['lr']}{extras}, batch {t['batchSize']}, {t['epochs']} epochs{', val ' + str(t['validationSplit']) if t.get('validationSplit') else ''} (observe: {line})"})
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'healthy', fn)); continue
    new = REFILE.get(name, name)
    code = new.split('.')[0]
    stage, extra, words = F[new]
    faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{words} (observe: {line})', 'stage': stage, 'catches': [code] + extra})
    shutil.move(os.path.join(cand, fn), os.path.join(here, 'faulty', new + '.nn.json'))
about = ('Fault set blind195 (issue #4), written blind and frozen before the product was first run on it. Theme: allotments and community gardens. '
         'Data from data/generate.ts (seed 195): plots.csv (360 plots: area, soil pH, skewed compost kg, water litres collinear with area, skewed hours, tenancy years, shade, raised beds, a no-effect plot-number parity; '
         'targets harvest_kg, rare lapsed 0/1 (17 of 360), main_crop string with 3 classes), plots-eu.csv (semicolons, decimal commas), plots-gaps.csv (NA and blanks), '
         'harvest-weekly.csv (tab-separated weekly produce log, 300 weeks, date text column), waitlist.csv (280 applicants, took_plot yes/no), plus builtins and two inline tables. '
         'Each fault text and healthy covers ends with its observe.ts --summary line (observed.txt); curves in observed-curves.txt.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=1)
print(len(faults), 'faults', len(healthy), 'healthy', len(os.listdir(os.path.join(here, 'dropped'))), 'dropped')
from collections import Counter; print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
