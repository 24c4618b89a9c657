#!/usr/bin/env python3
"""Verdicts of set blind257: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind257 after observed.txt exists: python3 write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    s = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', s)
    if m: obs[m.group(1)] = s

def o(name): return obs[name]

# (candidate, final code, stage, catches, fault text)
F = [
 ('invalid-spec.activation-relu-camel', 'invalid-spec', 'static', [], 'grading net with activation typed "ReLu"'),
 ('invalid-spec.optimizer-adamw', 'invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch notebook; the engine has adam with weightDecay'),
 ('invalid-spec.loss-keras-name', 'invalid-spec', 'static', [], 'loss written with the Keras name "binary_crossentropy" for the TCA taint screen'),
 ('invalid-spec.dropout-percent', 'invalid-spec', 'static', [], 'dropout rate written as a percentage (30) instead of 0.3'),
 ('invalid-spec.validation-split-whole', 'invalid-spec', 'static', [], 'validationSplit 1.0: the whole montado sheet held out, nothing left to train on'),
 ('data-error.next-season-file', 'data-error', 'static', [], 'spec points at next season\'s planks_2024.csv, which does not exist yet'),
 ('data-error.ids-and-dates-in', 'data-error', 'static', [], 'no "features" list, so the plank_id and harvest_date text columns are read as features'),
 ('data-error.english-target-name', 'data-error', 'static', [], 'target named "cork_kg" but the Portuguese sheet calls it "cortica_kg"'),
 ('data-error.hygrometer-gaps', 'data-error', 'static', [], 'the stopper QC export with NA and "-" where the hygrometer was out, used as is'),
 ('data-error.shared-drive-path', 'data-error', 'static', [], 'TCA lab file read from the quality shared drive, outside the workspace'),
 ('shape-mismatch.three-grades-head', 'shape-mismatch', 'static', [], 'plank grading head of 3 units, forgetting the rare "refugo" grade (4 classes)'),
 ('shape-mismatch.force-two-outputs', 'shape-mismatch', 'static', [], 'extraction-force regression with 2 output units for a single target column'),
 ('shape-mismatch.iris-five-classes', 'shape-mismatch', 'static', [], 'iris warm-up copied with a 5-unit softmax for 3 classes'),
 ('loss-activation-mismatch.grades-sigmoid-cce', 'loss-activation-mismatch', 'static', [], '4-grade softmax head replaced by sigmoid under cce; loss falls to ~0 while accuracy stays at 0.46'),
 ('loss-activation-mismatch.taint-linear-bce', 'loss-activation-mismatch', 'static', [], 'taint classifier with a linear output under bce'),
 ('loss-activation-mismatch.grades-softmax-mse', 'loss-activation-mismatch', 'static', [], 'plank grades: softmax head trained with mse instead of cce'),
 ('loss-activation-mismatch.kg-sigmoid-head', 'loss-activation-mismatch', 'static', [], 'cork yield in raw kg (3-400) predicted through a sigmoid head that cannot exceed 1'),
 ('loss-activation-mismatch.force-relu-head-standardised', 'loss-activation-mismatch', 'static', [], 'relu output on a standardised target, so half of the targets (negative) are unreachable'),
 ('init-symmetry.zeros-hidden', 'init-symmetry', 'static', [], 'hidden tanh layer of 16 units initialised to zeros: all units stay identical'),
 ('init-symmetry.zeros-both-layers-circles', 'init-symmetry', 'static', [], 'zeros init in both layers of a circles warm-up: no gradient reaches the hidden units'),
 ('init-symmetry.constant-leak-sigmoid', 'init-symmetry', 'static', [], 'constant 0.02 init on a 10-unit sigmoid layer for the leak test'),
 ('init-scale.uniform-limit-ten', 'init-scale', 'static', ['exploding-gradient', 'dead-relu'], 'uniform init with limit 10 on relu layers: outputs in the thousands, second layer dies'),
 ('init-scale.tiny-std-deep', 'init-scale', 'static', ['vanishing-gradient', 'loss-plateau'], 'normal std 1e-4 on three relu layers of 32: signal and gradients vanish, loss never leaves baseline'),
 ('init-scale.normal-std-three-sigmoid', 'init-scale', 'static', ['saturated-activation'], 'normal std 3 on a 24-unit sigmoid layer: 70% of hidden outputs saturated'),
 ('no-nonlinearity.linear-stack-circles', 'no-nonlinearity', 'static', [], 'two linear hidden layers on circles: stays at chance'),
 ('no-nonlinearity.forgot-activation-moons', 'no-nonlinearity', 'static', [], 'activations left out of both hidden layers (default linear) on moons'),
 ('no-nonlinearity.xor-linear-hidden', 'no-nonlinearity', 'static', [], 'linear hidden layer on xor: cannot do better than chance'),
 ('lr-out-of-range.adam-five', 'lr-out-of-range', 'static', ['lr-too-high', 'dead-relu'], 'adam lr 5 (meant 5e-3)'),
 ('lr-out-of-range.sgd-fifty', 'lr-out-of-range', 'static', ['lr-too-high', 'nan-loss', 'exploding-gradient'], 'sgd lr 50 on the force regression'),
 ('lr-out-of-range.rmsprop-1e-8', 'lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-8: nothing moves'),
 ('lr-out-of-range.sgd-nesterov-1e-9', 'lr-out-of-range', 'static', ['lr-too-low'], 'Nesterov sgd with lr 1e-9'),
 ('dead-relu.negative-bias-five', 'dead-relu', 'probe', [], 'relu layer with bias -5 on standardised features: 88% of units dead throughout'),
 ('dead-relu.deep-bias-minus-three', 'dead-relu', 'probe', [], 'two relu layers with bias -3; the second ends 67% dead (96% at worst)'),
 ('dead-relu.sgd-big-step-raw-kg', 'dead-relu', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw extraction force (daN) target with sgd 0.05: the first huge step kills the second relu layer for good'),
 ('exploding-gradient.raw-storage-days', 'dead-relu', 'probe', ['exploding-gradient'], 'raw storage days (to 400) into leaky_relu layers with momentum: first layer ends 94% dead'),
 ('exploding-gradient.deep-std-one', 'exploding-gradient', 'probe', ['nan-loss', 'init-scale'], 'four relu layers with normal std 1: gradient norms 1e4, 1e7, 1e33 in steps 1-3, NaN at step 4 (observed-steps.txt)'),
 ('exploding-gradient.raw-force-target', 'exploding-gradient', 'probe', ['nan-loss', 'lr-too-high'], 'raw daN target, momentum sgd 0.02 on batches of 8: gradient norms 1e2 to 1e29 in 5 steps, then Infinity (observed-steps.txt)'),
 ('exploding-gradient.raw-kg-raw-features-sgd', 'exploding-gradient', 'probe', ['dead-relu'], 'raw montado features and raw kg target: gradient norm 3e5 then 1e7 in two steps, after which the relu layer is dead (observed-steps.txt)'),
 ('vanishing-gradient.eight-sigmoid-layers', 'vanishing-gradient', 'probe', ['loss-plateau'], 'eight sigmoid layers of 16 with plain sgd: first-layer gradients ~1e-5'),
 ('vanishing-gradient.deep-tanh-small-init', 'vanishing-gradient', 'probe', ['init-scale', 'loss-plateau'], 'five tanh layers with normal std 0.05: first-layer gradients 1e-4, loss stays at baseline'),
 ('vanishing-gradient.sigmoid-tower-montado', 'vanishing-gradient', 'probe', ['loss-plateau'], 'seven sigmoid layers on the yield regression with sgd'),
 ('vanishing-gradient.tca-sigmoid-ten', 'vanishing-gradient', 'probe', ['loss-plateau'], 'ten sigmoid layers of 10: first-layer gradients 1e-7'),
 ('nan-loss.raw-kg-adam-unclipped', 'nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw montado features and kg target with sgd 0.01 (the slug says adam: the author switched optimizer and kept the name): NaN in the first epoch'),
 ('nan-loss.sgd-lr-three-raw-force', 'nan-loss', 'probe', ['lr-too-high', 'exploding-gradient', 'lr-out-of-range'], 'sgd lr 3 on raw stopper features and raw force: Infinity by epoch 3'),
 ('nan-loss.linear-deep-raw-perimeter', 'nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'linear layers on raw perimeter/rain with momentum sgd: NaN in the first epoch'),
 ('lr-too-high.adam-half', 'lr-too-high', 'probe', ['dead-relu'], 'adam lr 0.5 on the grading net: loss bounces at baseline, second layer dead'),
 ('lr-too-high.adam-point-two-montado', 'lr-too-high', 'training', ['exploding-gradient', 'dead-relu'], 'adam 0.2 on the yield regression: reaches 0.06, blows up to 3e4 at epoch 38 and ends at baseline'),
 ('lr-too-high.rmsprop-point-three', 'lr-too-high', 'training', ['oscillating-loss'], 'rmsprop 0.3 on the taint screen: loss bounces between 0.15 and 0.33'),
 ('lr-too-high.sgd-two-force', 'lr-too-high', 'probe', ['nan-loss', 'exploding-gradient'], 'sgd 0.8 with momentum 0.9 on the force regression: diverges to NaN at epoch 4'),
 ('oscillating-loss.momentum-099-batch4', 'lr-too-high', 'probe', ['nan-loss', 'exploding-gradient'], 'momentum 0.99 with lr 0.05 on batches of 4: written to oscillate, it diverges to NaN by epoch 6'),
 ('oscillating-loss.sgd-fullbatch-edge', 'lr-too-high', 'probe', ['exploding-gradient'], 'full-batch sgd 0.95 on a linear force model, just past the stable step: loss grows x1.6 per epoch to 1e15'),
 ('lr-too-low.sgd-1e-5-grades', 'lr-too-low', 'probe', [], 'plain sgd 1e-5 on plank grades: loss 2.07 to 2.05 over 80 epochs'),
 ('lr-too-low.adam-1e-6-montado', 'lr-too-low', 'probe', [], 'adam 1e-6 on yield: 1.50 to 1.44 in 100 epochs'),
 ('lr-too-low.rmsprop-2e-6-taint', 'lr-too-low', 'probe', [], 'rmsprop 2e-6 on taint: 0.772 to 0.765'),
 ('lr-too-low.momentum-1e-5-force-fullbatch', 'lr-too-low', 'probe', [], 'full-batch momentum sgd 1e-5 on force: 2.14 to 1.70 in 150 epochs, base 1.0'),
 ('saturated-activation.raw-density-sigmoid', 'saturated-activation', 'probe', ['loss-plateau'], 'sigmoid layer on raw plank features (density ~215): 100% saturated'),
 ('saturated-activation.raw-chuva-tanh', 'saturated-activation', 'probe', ['loss-plateau'], 'tanh layer on raw rainfall (mm) and perimeter: 100% saturated, loss at baseline'),
 ('saturated-activation.big-bias-sigmoid', 'saturated-activation', 'probe', ['loss-plateau'], 'sigmoid hidden layer with bias 8: all outputs pinned at 1'),
 ('saturated-activation.raw-storage-tanh', 'saturated-activation', 'probe', [], 'tanh on raw storage days and humidity: first layer 98% saturated'),
 ('loss-plateau.heavy-weight-decay', 'loss-plateau', 'training', [], 'weightDecay 5 (meant 5e-4): loss settles at baseline by epoch 20 and stays'),
 ('loss-plateau.minmax-sigmoid-sgd-slow', 'loss-plateau', 'training', ['lr-too-low'], 'two sigmoid layers with plain sgd 0.003: stalls at 0.998 of baseline'),
 ('loss-plateau.one-unit-bottleneck-relu', 'loss-plateau', 'training', [], 'a 1-unit relu bottleneck before the 3-class spiral head: stalls at 0.96 of baseline'),
 ('oscillating-loss.adam-005-batch1', 'oscillating-loss', 'training', ['lr-too-high'], 'adam 0.05 with batch 1 on taint: loss swings 0.17-0.27 epoch to epoch without settling'),
 ('oscillating-loss.momentum-03-batch2-taint', 'oscillating-loss', 'training', ['lr-too-high'], 'momentum sgd 0.3 on batches of 2: loss swings 1.2-2.8, above baseline, all the run'),
]
DROP = {
 'dead-relu.raw-density-negative-init': 'only 19% of units dead and trained to 0.74 of baseline: borderline',
 'shape-mismatch.taint-two-sigmoids': 'the engine accepted 2 sigmoid outputs for the 2-class taint target and trained it to 0.50 of baseline: not a shape fault as observed',
 'init-symmetry.constant-point-one': 'constant init on relu layers still reached 0.03 of baseline on montado: a fault that looks healthy',
 'init-scale.normal-std-five': 'trained to 0.49 of baseline, as well as the healthy taint specs: borderline',
 'no-nonlinearity.montado-linear-deep': 'all-linear net reached 0.07 of baseline on montado (healthy 0.01): borderline',
 'data-error.batch-code-feature': 'trimmed for size (same fault as data-error.ids-and-dates-in)',
 'nan-loss.momentum-raw-days': 'no NaN; it showed a dead relu layer (trimmed for size rather than re-filed)',
 'loss-plateau.dropout-ninety': 'noisy, above baseline, neither a clean plateau nor an oscillation: borderline',
 'loss-plateau.clipnorm-tiny': 'behaves as lr-too-low (u 1e-6); trimmed for size rather than re-filed',
 'oscillating-loss.rmsprop-003-batch2': 'trained to 0.04 of baseline: swings too small to call oscillation',
 'oscillating-loss.adam-003-batch2-force': 'noisy but trained to 0.20 of baseline: borderline',
 'oscillating-loss.rmsprop-005-batch1-leak': 'showed lr-too-high (rising loss); trimmed for size',
 'lr-too-high.nesterov-one-leak': 'ended at 0.61 of baseline, near the healthy leak specs: borderline',
 'ok.grades-rmsprop-batch4': 'ended at 0.55 of baseline, well behind other grading specs (0.04-0.2)',
 'ok.grades-rmsprop-elu-dropout': 'ended at 0.56 of baseline: not as good as reasonable alternatives',
 'ok.grades-softmax-only': 'plain softmax regression ended at 0.59 of baseline: may be judged as a plateau',
 'ok.leak-logistic-sgd': 'ended at 0.87 of baseline: not far below it',
 'ok.leak-rmsprop-tanh-dropout': 'ended at 0.84 of baseline: not far below it',
 'ok.leak-leaky-nesterov': 'ended at 0.70 of baseline: borderline',
}
HEALTHY_COVERS = {}
for line in open(os.path.join(HERE, 'author.ts')):
    m = re.match(r"spec\('(ok\.[\w\-]+)', (.*)\);$", line.strip())
    if m: HEALTHY_COVERS[m.group(1)] = m.group(2)

cand = os.path.join(HERE, 'candidates')
for d in ('faulty', 'healthy', 'dropped'): os.makedirs(os.path.join(HERE, d), exist_ok=True)
faults, healthy = [], []
names = sorted(f[:-8] for f in os.listdir(cand) if f.endswith('.nn.json'))
done = set()
for name, code, stage, extra, text in F:
    new = name if name.startswith(code + '.') else code + '.' + name.split('.', 1)[1]
    shutil.move(os.path.join(cand, name + '.nn.json'), os.path.join(HERE, 'faulty', new + '.nn.json'))
    faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {o(name)})', 'stage': stage, 'catches': [code] + extra})
    done.add(name)
for name, why in DROP.items():
    shutil.move(os.path.join(cand, name + '.nn.json'), os.path.join(HERE, 'dropped', name + '.nn.json'))
    done.add(name)
for name in names:
    if name in done: continue
    assert name.startswith('ok.'), name
    shutil.move(os.path.join(cand, name + '.nn.json'), os.path.join(HERE, 'healthy', name + '.nn.json'))
    spec = json.load(open(os.path.join(HERE, 'healthy', name + '.nn.json')))
    d = spec['data']; src = d.get('csv') or d.get('builtin') or 'inline table'
    layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}{' bn' if l.get('batchNorm') else ''}" if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
    op = spec['optimizer']; tr = spec['training']
    desc = f"{src} normalize {d.get('normalize', 'none')}{', target ' + d['normalizeTarget'] if d.get('normalizeTarget') else ''}, [{layers}], {spec['loss']}, {op['type']} {op['lr']}" + \
        (f" momentum {op['momentum']}" if op.get('momentum') else '') + (' nesterov' if op.get('nesterov') else '') + \
        (f" weightDecay {op['weightDecay']}" if op.get('weightDecay') else '') + (f" clipNorm {op['clipNorm']}" if op.get('clipNorm') else '') + \
        f", batch {tr['batchSize']}, {tr['epochs']} epochs" + (f", validationSplit {tr['validationSplit']}" if tr.get('validationSplit') else '')
    healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{desc} (observe: {o(name)})'})
assert not os.listdir(cand), os.listdir(cand)
os.rmdir(cand)
about = ('Fault set blind257 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
 'Theme: cork oak harvesters and stopper makers. Data (data/generate.ts, seeds from 257): planks.csv (480 boiled cork planks, 7 numeric features on natural scales, porosity skewed, density collinear with porosity, stripping cycle with no effect, plank_id and harvest_date text columns, 4 string grades with rare "refugo"); '
 'stoppers.csv (420 natural stoppers: extraction force in daN as regression, leak 0/1 at 9%, batch_code text); stoppers-gaps.csv (the same with NA and "-" markers); '
 'montado.csv (360 trees, semicolons and decimal commas, cork yield in kg); tca-lab.csv (300 lots, tab-separated, taint sim/nao at 14%); plus builtins and two inline tables. '
 '"stage" is the writer\'s expectation; "catches" the codes whose advice would genuinely fix it. Each fault and covers text ends with its observe.ts --summary line (observed.txt); curves in observed-curves.txt, first steps of the exploding ones in observed-steps.txt. Dropped candidates are in dropped/ with reasons in README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
open(os.path.join(HERE, 'dropped-reasons.json'), 'w').write(json.dumps(DROP, indent=1) + '\n')
from collections import Counter
print(len(faults), len(healthy), len(DROP)); print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
