#!/usr/bin/env python3
"""Verdicts of blind222: files candidates into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, re, shutil
here = os.path.dirname(os.path.abspath(__file__))
cand = os.path.join(here, 'candidates')
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.-]+?)(?:\.nn\.json)?(?::| does not parse)', line)
    if m: obs[m.group(1)] = line
S, P, Tr = 'static', 'probe', 'training'
# name: (final code or None to keep, stage, catches (own code first), fault text)
F = {
 'invalid-spec.optimizer-adamw': (None, S, [], 'optimizer "adamw" copied from a PyTorch recipe; the format knows sgd, adam, rmsprop'),
 'invalid-spec.activation-swish': (None, S, [], 'activation "swish" on the hidden layer of the species classifier; not an available activation'),
 'invalid-spec.loss-keras-name': (None, S, [], 'loss written "binary_crossentropy" (Keras name) instead of "bce"'),
 'invalid-spec.dropout-rate-percent': (None, S, [], 'dropout rate written as a percentage (30) instead of 0.3'),
 'invalid-spec.batchsize-zero': (None, S, [], 'batchSize 0 left from a template on the weighing-log model'),
 'data-error.csv-name-typo': (None, S, [], 'data path "flight.csv" for flights.csv (typo)'),
 'data-error.target-renamed': (None, S, [], 'target "returned_to_lure" although the export calls the column "returned"'),
 'data-error.species-name-as-feature': (None, S, [], 'the text column "bird" (species name) listed as a numeric feature'),
 'data-error.gaps-export': (None, S, [], 'trained on flights-gaps.csv, the copy with NA / empty / ? markers in wind and feeding columns'),
 'data-error.outside-workspace': (None, S, [], 'data path points to the centre server share outside the workspace'),
 'data-error.no-features-list': (None, S, [], 'no "features" list on birds.csv, so the intake_ref text column is read as a feature'),
 'shape-mismatch.four-species-head': (None, S, [], 'species head of 4 units although birds.csv has 5 species (the rare eagle owl forgotten)'),
 'shape-mismatch.visitors-two-outputs': (None, S, [], 'visitor regression with 2 output units for 1 target column'),
 'shape-mismatch.iris-two-classes': (None, S, [], 'iris with a 2-unit softmax head for 3 classes'),
 'loss-activation-mismatch.species-sigmoid-cce': (None, S, [], 'cce with a sigmoid (not softmax) head on the 5 species: loss goes to ~0 while accuracy stays 0.58'),
 'loss-activation-mismatch.returned-linear-bce': (None, S, [], 'bce on a linear output for returned-to-lure'),
 'loss-activation-mismatch.weight-change-relu-head': (None, P, [], 'relu output for weight change in grams, which is mostly negative (raw target)'),
 'loss-activation-mismatch.visitors-sigmoid-head': (None, S, [], 'sigmoid output for daily visitor counts in the hundreds (raw target), mse'),
 'init-symmetry.zeros-hidden': (None, S, [], 'zeros init on a 16-unit tanh layer (returned-to-lure)'),
 'init-symmetry.zeros-everywhere': (None, S, [], 'zeros init on every layer of the weighing-log sigmoid net'),
 'init-symmetry.constant-small-moons': (None, S, [], 'constant 0.1 init on two 12-unit tanh layers (moons)'),
 'init-scale.normal-std-5-tanh': (None, S, ['saturated-activation'], 'normal init std 5 on a 64-unit tanh layer over 7 standardised inputs; layer 0 ~90% saturated'),
 'init-scale.uniform-tiny-deep': (None, S, ['vanishing-gradient', 'loss-plateau'], 'uniform limit 1e-5 on every layer of a 3-hidden-layer relu species net; stuck at the baseline'),
 'init-scale.normal-std-20-relu': (None, S, ['exploding-gradient'], 'normal init std 20 on relu layers of the weighing net; loss 5e5x baseline'),
 'init-scale.normal-std-1e-4-sigmoid': (None, S, ['vanishing-gradient', 'loss-plateau'], 'normal std 1e-4 on a 3-hidden-layer sigmoid net (circles); stuck at baseline'),
 'no-nonlinearity.linear-stack-moons': (None, S, [], 'two 32-unit linear hidden layers on moons'),
 'no-nonlinearity.linear-stack-circles': (None, S, [], 'three linear hidden layers on circles; stuck at the baseline'),
 'no-nonlinearity.activation-forgotten-spirals': (None, S, [], 'activation omitted (defaults to linear) on two 64-unit layers, 3-class spirals'),
 'lr-out-of-range.zero': (None, S, [], 'adam lr 0'),
 'lr-out-of-range.negative': (None, S, [], 'sgd lr -0.01 (sign typo)'),
 'lr-out-of-range.adam-fifty': (None, S, ['lr-too-high'], 'adam lr 50 (meant 0.005?); ends at the baseline'),
 'lr-out-of-range.sgd-thousand': (None, S, ['lr-too-high', 'nan-loss'], 'sgd lr 1000 on visitors; NaN in the first epoch'),
 'dead-relu.negative-bias': (None, P, [], 'relu bias -6 on the returned-to-lure layer; 94% of units dead, above baseline'),
 'dead-relu.sgd-high-lr-raw': (None, P, ['exploding-gradient', 'lr-too-high'], 'raw (unnormalised) flight features, sgd 0.05: first step blows up and kills every unit of layer 0'),
 'dead-relu.bias-minus-3-deep': (None, P, [], 'relu bias -3 on both hidden layers of the species net; up to 94% dead, loss 0.87x baseline'),
 'dead-relu.adam-big-step': (None, P, ['lr-too-high'], 'adam 0.5 on visitors: the second relu layer dies completely, loss stays at baseline'),
 'exploding-gradient.raw-visitors-sgd': (None, P, ['dead-relu'], 'raw features and raw visitor counts as target, sgd 0.001: gradient norm 1e8'),
 'exploding-gradient.raw-weighing-targets': (None, P, ['dead-relu'], 'raw weighing-log features and grams target, sgd momentum: gradient norm 1e8'),
 'nan-loss.raw-visitors-sgd-fast': ('exploding-gradient', P, ['nan-loss', 'dead-relu'], 'raw visitor counts, sgd 0.1: first loss 2e17, gradient norm 5e8 (no NaN)'),
 'nan-loss.rmsprop-raw-crowd': ('exploding-gradient', P, ['dead-relu'], 'raw crowd sizes and recall seconds, nesterov sgd 0.05 batch 8: gradient norm 2.6e12 (no NaN)'),
 'nan-loss.weighing-raw-lr-1': ('exploding-gradient', P, ['lr-too-high'], 'raw weighing-log, sgd lr 1 momentum 0.9: gradient norm 4e13, loss ends 3x baseline'),
 'vanishing-gradient.eight-sigmoids': (None, P, ['loss-plateau'], 'eight 16-unit sigmoid layers, plain sgd; first layer gradient 1e-5 of the last'),
 'vanishing-gradient.ten-sigmoids-flights': (None, P, ['loss-plateau'], 'ten sigmoid layers on flights; first layer gradient 1e-7'),
 'vanishing-gradient.sigmoid-stack-moons': (None, P, ['loss-plateau'], 'seven sigmoid layers on moons, rmsprop 5e-4; first layer gradient 1e-6..2e-3'),
 'nan-loss.huge-init-linear': (None, P, ['init-scale', 'exploding-gradient'], 'normal std 1e6 on every layer, raw visitor counts'),
 'exploding-gradient.deep-big-init': ('nan-loss', P, ['exploding-gradient', 'init-scale'], 'five relu layers with normal std 0.6: NaN in the first epoch'),
 'exploding-gradient.raw-crowd-features': ('nan-loss', P, ['exploding-gradient'], 'raw crowd sizes / weights into recall-seconds regression, sgd momentum 0.9: NaN in the first epoch'),
 'lr-too-high.nesterov-one': ('nan-loss', P, ['lr-too-high'], 'nesterov sgd 0.5 batch 16 on visitors: NaN in the first epoch'),
 'oscillating-loss.momentum-095-weighing': ('nan-loss', P, ['lr-too-high'], 'sgd 0.05 momentum 0.95 batch 8 on the weighing log: NaN in the first epoch'),
 'lr-too-high.adam-half': (None, P, [], 'adam 0.5 on returned-to-lure: spikes to 1.02, settles back to the baseline'),
 'lr-too-high.adam-species-point3': (None, P, ['dead-relu'], 'adam 0.3 batch 8 on species: jumps to 3.96 at epoch 36 and stays above the baseline'),
 'oscillating-loss.momentum-099': ('lr-too-high', P, ['nan-loss'], 'sgd 0.1 momentum 0.99 on weighing: the loss rises every epoch from 0.89 to 1e32, then NaN at epoch 81'),
 'lr-too-low.sgd-1e-5': (None, Tr, [], 'plain sgd 1e-5 on returned-to-lure: 1.01 to 0.99 in 100 epochs'),
 'lr-too-low.adam-1e-6': (None, Tr, [], 'adam 1e-6 on species: 1.79 to 1.76 in 150 epochs'),
 'lr-too-low.rmsprop-1e-6': (None, Tr, [], 'rmsprop 1e-6 on visitors: 1.02 to 0.94'),
 'lr-too-low.momentum-1e-6-weighing': (None, Tr, [], 'sgd 1e-6 momentum 0.9 on weighing: 3.66 to 2.09, still twice the baseline'),
 'saturated-activation.raw-features-sigmoid': (None, P, [], 'sigmoid hidden layer on raw flight features (crowd sizes up to 2000): 100% saturated'),
 'saturated-activation.tanh-bias-8': (None, P, [], 'tanh bias 8 on the species layer: 100% saturated, stuck at baseline'),
 'saturated-activation.sigmoid-big-init': (None, P, ['init-scale'], 'sigmoid layer with normal std 4: 55-61% saturated, loss 0.22x baseline vs 0.03 for healthy weighing nets'),
 'loss-plateau.dropout-heavy-small': (None, Tr, [], '4 relu units then dropout 0.9 on returned-to-lure: stalls at 0.96x baseline'),
 'loss-plateau.sgd-tiny-init-relu': (None, Tr, ['init-scale'], 'uniform 0.001 init, plain sgd 0.01 on species: stalls at 0.96x baseline'),
 'loss-plateau.weight-decay-huge': (None, Tr, [], 'adam weightDecay 5 (meant 5e-4) on weighing: back at the baseline'),
 'loss-plateau.spirals-one-unit': (None, Tr, [], 'a 2-unit relu layer for 3-class spirals: stalls at 0.94x baseline'),
 'lr-too-high.rmsprop-point3': ('oscillating-loss', P, ['lr-too-high'], 'rmsprop 0.3 on weighing: loss swings between 0.74 and 6.8 all run long'),
 'oscillating-loss.rmsprop-point1-visitors': (None, Tr, ['lr-too-high'], 'rmsprop 0.1 on visitors: loss swings between 0.06 and 0.85 every few epochs, never settles'),
}
DROP = {
 'invalid-spec.validation-split-whole': 'kept the set within 65 faults (invalid-spec already has 5)',
 'shape-mismatch.two-sigmoid-returned': 'the engine trained it fine (0.51x baseline): unclear whether it is a fault as written',
 'loss-activation-mismatch.species-softmax-mse': 'trained to accuracy 1.0; kept the set within 65 and avoided a fault showing no harm',
 'init-symmetry.constant-half': 'trained to 0.01x baseline, accuracy 1.0: no harm visible',
 'no-nonlinearity.linear-weighing': 'the weighing target is nearly linear: trained to 0.13x baseline, no harm visible',
 'dead-relu.weighing-bias': '83% dead but loss 0.16x baseline: borderline',
 'vanishing-gradient.deep-tanh-small-init': 'trained to 0.13x baseline; first-layer gradients were not small',
 'lr-too-high.sgd-two': 'sgd 2.5 trained smoothly to 3.6e-4: not too high',
 'lr-too-high.sgd-flights-three': 'noisy but trained to 0.02x baseline: borderline',
 'lr-too-high.sgd-point8-visitors': 'NaN in the first epoch (would be nan-loss); nan-loss already has 5',
 'oscillating-loss.adam-full-batch': 'converged smoothly to 1e-5',
 'oscillating-loss.batch-one-sgd': 'only batch-1 noise, loss still falling',
 'oscillating-loss.rmsprop-batch4': 'small jitter around 0.07x baseline: settled',
 'oscillating-loss.full-batch-momentum-weighing': 'trained to 0.05x baseline',
 'loss-plateau.clipnorm-tiny-sgd': 'ends 2.55x baseline with updates of 1e-7: as much lr-too-low as plateau, borderline',
 'saturated-activation.raw-visitors-tanh': 'half saturated but trained to 0.04x baseline',
 'ok.returned-tanh-sgd-momentum': 'overfits: train 0.02x baseline, validation 0.65 above the baseline 0.42',
 'ok.returned-minmax-rmsprop': 'ends 0.61x baseline, worse than the other returned nets (0.24-0.50): borderline',
 'ok.returned-batch-two-sgd': 'ends 0.57x baseline after 40 epochs: borderline',
 'ok.spirals-deep-elu': 'ends 0.43x baseline with last above min, accuracy 0.76: borderline',
}
COVERS = {}
def covers_of(name):
    spec = json.load(open(os.path.join(cand, name + '.nn.json')))
    d = spec['data']; src = d.get('csv', d.get('builtin', 'inline')).replace('../data/', '')
    norm = d.get('normalize', 'none'); nt = d.get('normalizeTarget')
    layers = ', '.join(f"{l['units']} {l.get('activation','linear')}{' bn' if l.get('batchNorm') else ''}{' init ' + (l['init'] if isinstance(l.get('init'), str) else l['init']['name']) if l.get('init') else ''}" if l['type']=='dense' else f"dropout {l['rate']}" for l in spec['layers'])
    o = spec['optimizer']; t = spec['training']
    opt = o['type'] + (' nesterov' if o.get('nesterov') else '') + (f" momentum {o['momentum']}" if o.get('momentum') else '') + f" {o['lr']}" + (f" wd {o['weightDecay']}" if o.get('weightDecay') else '') + (f" clip {o['clipNorm']}" if o.get('clipNorm') else '')
    return f"{src} {norm}{' target ' + nt if nt else ''}, [{layers}], {spec['loss']}, {opt}, batch {t['batchSize']}, {t['epochs']} epochs{', val ' + str(t['validationSplit']) if t.get('validationSplit') else ''}"
for sub in ('faulty', 'healthy', 'dropped'):
    shutil.rmtree(os.path.join(here, sub), ignore_errors=True); os.makedirs(os.path.join(here, sub))
faults, healthy = [], []
names = sorted(f[:-len('.nn.json')] for f in os.listdir(cand))
for n in names:
    src = os.path.join(cand, n + '.nn.json')
    o = obs[n].replace('.nn.json', '') if n in obs else '?'
    if n in DROP:
        shutil.move(src, os.path.join(here, 'dropped', n + '.nn.json')); continue
    if n.startswith('ok.'):
        cov = covers_of(n)
        shutil.move(src, os.path.join(here, 'healthy', n + '.nn.json'))
        healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{cov} (observe: {o})'})
        continue
    newcode, stage, extra, text = F[n]
    code = n.split('.')[0]; final = n
    if newcode:
        final = newcode + n[len(code):]; code = newcode
    shutil.move(src, os.path.join(here, 'faulty', final + '.nn.json'))
    faults.append({'file': f'faulty/{final}.nn.json', 'code': code, 'fault': f'{text} (observe: {o})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
assert not set(F) - set(names) and not set(DROP) - set(names), 'unknown names'
about = ('Blind fault set 222 (issue #4): falconry centres and bird-of-prey displays, written blind and frozen before the product was first run on it; '
 'no one tunes on it. "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught, "catches" the codes whose advice '
 'would genuinely fix it. Each fault and healthy entry ends with its bare-engine line from test/faults/observe.ts --summary (observed.txt); --curve for the '
 'lr-too-high, lr-too-low, plateau and oscillating candidates (observed-curves.txt). Data (data/generate.ts, seed 222): flights.csv (420 free-flight display '
 'records, returned 0/1 with 15% failures, recall_s regression, text id/species/date columns, skewed wind and crowd size, collinear weight and flying-weight %, '
 'a no-effect ring_digits column), flights-gaps.csv (NA/empty/? markers), birds.csv (400 intakes, 5 species with a rare eagle owl, text intake_ref), '
 'visitors.csv (semicolon export with decimal commas, raw daily visitor counts), weighing.tsv (tab-separated mews weighing log, weight change in grams), '
 'plus builtins and one inline table. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
shutil.rmtree(cand)
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(os.listdir(os.path.join(here, 'dropped'))), 'dropped')
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
