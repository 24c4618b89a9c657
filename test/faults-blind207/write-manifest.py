#!/usr/bin/env python3
"""Verdicts of set blind207: files candidates into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, shutil
here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    key = line.split(':')[0].replace('.nn.json', '').split(' ')[0]
    obs[key] = line
def o(name): return f' (observe: {obs[name]})'

# (candidate, final code or None, stage, catches-extra, fault text)
F = [
 ('invalid-spec.optimizer-adamw', None, 'static', [], 'optimizer "adamw" typed from a PyTorch habit; only sgd, adam, rmsprop exist'),
 ('invalid-spec.loss-keras-name', None, 'static', [], 'loss written as the Keras name "categorical_crossentropy" instead of "cce"'),
 ('invalid-spec.dropout-percent', None, 'static', [], 'dropout rate written as a percentage (30) instead of a fraction'),
 ('invalid-spec.activation-swish', None, 'static', [], 'activation "swish", which the engine does not have'),
 ('invalid-spec.trailing-comma', None, 'static', [], 'hand-edited spec left a trailing comma after the last layer'),
 ('data-error.file-typo', None, 'static', [], 'data path "movement.csv" missing the s of movements.csv'),
 ('data-error.target-renamed', None, 'static', [], 'target "passed_48h" while the bench sheet column is "passes_48h"'),
 ('data-error.serial-as-feature', None, 'static', [], 'the serial number text column CW-xxxxx listed among the features'),
 ('data-error.na-readings', None, 'static', [], 'the bench copy with NA, ? and empty readings used as is'),
 ('data-error.outside-workspace', None, 'static', [], 'till export read from a path outside the workspace'),
 ('shape-mismatch.three-fault-classes', None, 'static', [], 'repairs triage with 3 softmax units though the fault column has 4 classes (wiring forgotten)'),
 ('shape-mismatch.run-minutes-two-heads', None, 'static', [], 'run-time regression with 2 output units for 1 target column'),
 ('shape-mismatch.iris-two-units', None, 'static', [], 'iris with a 2-unit softmax head for 3 species'),
 ('loss-activation-mismatch.bce-linear-head', None, 'static', [], 'bce on a linear output unit (sigmoid forgotten)'),
 ('loss-activation-mismatch.cce-sigmoid-head', None, 'static', [], 'cce with a 4-unit sigmoid head instead of softmax'),
 ('loss-activation-mismatch.mse-softmax-run', None, 'static', [], 'regression of run minutes through a 1-unit softmax head (always 1)'),
 ('loss-activation-mismatch.sigmoid-head-raw-takings', None, 'static', [], 'sigmoid head for weekly takings in raw euros (thousands), unreachable'),
 ('init-symmetry.zeros-hidden', None, 'static', [], 'zeros init on the 16-unit tanh layer and the output'),
 ('init-symmetry.constant-tanh', None, 'static', [], 'constant 0.1 init on two 12-unit tanh layers: the first layer stays one unit wide'),
 ('init-symmetry.zeros-two-tanh-track', None, 'static', [], 'zeros init on both tanh hidden layers of the derailment model'),
 ('init-scale.std-ten-tanh', None, 'static', ['saturated-activation'], 'normal init with std 10 on tanh layers'),
 ('init-scale.tiny-uniform-deep', None, 'static', ['vanishing-gradient'], 'uniform init limit 1e-6 on a 4-layer relu net'),
 ('init-scale.std-fifty-relu', None, 'static', ['exploding-gradient'], 'normal init std 50 on two relu layers'),
 ('no-nonlinearity.linear-stack-moons', None, 'static', [], 'moons with two linear hidden layers'),
 ('no-nonlinearity.linear-hidden-circles', None, 'static', [], 'circles with three linear hidden layers'),
 ('no-nonlinearity.linear-xor', None, 'static', [], 'xor with linear hidden layers'),
 ('lr-out-of-range.lr-zero', None, 'static', [], 'learning rate 0'),
 ('lr-out-of-range.negative-lr', None, 'static', [], 'negative learning rate -0.01 on SGD'),
 ('lr-out-of-range.adam-lr-fifty', None, 'static', ['lr-too-high'], 'adam with lr 50'),
 ('lr-out-of-range.sgd-lr-thousand', None, 'static', ['lr-too-high', 'nan-loss'], 'plain SGD with lr 1000'),
 ('dead-relu.negative-bias', None, 'probe', [], 'relu layers started with bias -6 on standardised inputs: all units dead'),
 ('dead-relu.sgd-kick', None, 'training', ['lr-too-high'], 'SGD lr 1.5 batch 8 kills the second relu layer'),
 ('dead-relu.bias-minus-ten-track', None, 'probe', [], 'relu layer with bias -10 on standardised rolling-road data'),
 ('nan-loss.raw-takings-high-lr', 'dead-relu', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw till export (footfall hundreds, takings thousands of euros) with SGD 0.05: the first steps blow up and leave every relu unit dead'),
 ('exploding-gradient.raw-takings-sgd', None, 'probe', ['nan-loss'], 'raw till export, unnormalised target in euros, SGD 0.001: gradient norms of 1e7'),
 ('exploding-gradient.raw-beat-momentum', None, 'probe', ['nan-loss'], 'raw beat_bph (14400-21600) and run minutes unnormalised with momentum SGD: loss 1e25'),
 ('nan-loss.huge-init-takings', 'exploding-gradient', 'static', ['init-scale', 'nan-loss'], 'init std 1e6 on every layer: loss 1e39, gradients 1e34'),
 ('vanishing-gradient.eight-sigmoid', None, 'probe', [], 'eight sigmoid hidden layers with plain SGD'),
 ('vanishing-gradient.deep-tanh-small-init', None, 'probe', ['init-scale'], 'five tanh layers at init std 0.01'),
 ('vanishing-gradient.sigmoid-tower-track', None, 'probe', [], 'six sigmoid hidden layers on the derailment data'),
 ('nan-loss.raw-beat-momentum-batch8', None, 'probe', ['exploding-gradient'], 'raw beat_bph features and raw run minutes, momentum SGD 0.01 batch 8'),
 ('exploding-gradient.raw-takings-target-momentum', 'nan-loss', 'probe', ['exploding-gradient'], 'till takings target in raw euros (normalizeTarget none), momentum SGD 0.01 batch 8'),
 ('lr-too-high.momentum-sgd-takings', 'nan-loss', 'probe', ['lr-too-high'], 'SGD 0.5 with momentum 0.95 on the standardised takings'),
 ('lr-too-high.adam-half', None, 'probe', ['dead-relu'], 'adam 0.5 on the repairs triage'),
 ('lr-too-high.rmsprop-point-three', None, 'probe', ['dead-relu'], 'rmsprop 0.3 on run minutes'),
 ('lr-too-high.adam-one-track', None, 'probe', ['oscillating-loss'], 'adam 1.0 on the derailment model'),
 ('lr-too-high.sgd-two-moons', 'oscillating-loss', 'training', ['lr-too-high'], 'plain SGD lr 8 on moons: the loss bounces between 0.13 and 2.1'),
 ('oscillating-loss.adam-small-batches', None, 'training', ['lr-too-high'], 'adam 0.08 with batch 4 on the repairs triage: loss swings 0.06-0.40'),
 ('lr-too-low.sgd-tiny', None, 'probe', [], 'plain SGD 1e-5'),
 ('lr-too-low.adam-micro', None, 'probe', [], 'adam 1e-6'),
 ('lr-too-low.rmsprop-micro', None, 'probe', [], 'rmsprop 2e-6'),
 ('lr-too-low.nesterov-crawl', None, 'probe', [], 'Nesterov SGD 1e-6'),
 ('saturated-activation.sigmoid-raw-beat', None, 'probe', [], 'sigmoid hidden layer on unnormalised bench readings (beat_bph ~ 18000)'),
 ('saturated-activation.tanh-raw-locos', None, 'probe', [], 'tanh hidden layer on raw motor and stall currents (hundreds of mA)'),
 ('saturated-activation.sigmoid-bias-eight', None, 'probe', ['vanishing-gradient'], 'sigmoid layers started with bias 8'),
 ('saturated-activation.tanh-raw-footfall', None, 'probe', [], 'tanh hidden layer on raw footfall counts'),
 ('loss-plateau.heavy-weight-decay', None, 'training', [], 'weightDecay 5 on adam: the loss returns to the baseline'),
 ('loss-plateau.one-unit-bottleneck-spirals', None, 'training', [], 'a single tanh unit between spirals and 3 classes'),
 ('loss-plateau.decay-sgd-takings', None, 'training', [], 'momentum SGD with weightDecay 3 on takings'),
]
DROP = {
 'invalid-spec.batchsize-zero': 'trimmed: invalid-spec already had five', 'invalid-spec.validation-whole': 'trimmed: invalid-spec already had five',
 'invalid-spec.units-fraction': 'trimmed: invalid-spec already had five', 'data-error.date-feature': 'trimmed: data-error already had five',
 'data-error.feature-typo': 'trimmed: data-error already had five',
 'shape-mismatch.bce-two-units': 'bce with 2 sigmoid units trained to 0.37 of the baseline; not unmistakable as broken',
 'loss-activation-mismatch.relu-head-standardised-target': 'trimmed (ended at 0.56, plausible but kept the set within size)',
 'init-symmetry.zeros-sigmoid-track': 'random output weights broke the symmetry: trained to 0.38 of the baseline',
 'init-symmetry.constant-relu-takings': 'random output weights broke the symmetry: trained to 0.02 of the baseline',
 'no-nonlinearity.linear-spirals': 'trimmed: no-nonlinearity already had three',
 'dead-relu.raw-beat-negative-bias': 'trimmed; the name says raw but the data is standardised',
 'nan-loss.stall-current-sgd-momentum': 'showed dead relus, not NaN; trimmed as dead-relu already had four',
 'exploding-gradient.deep-big-init': 'first loss 80 but trained to 0.05 of the baseline; gradients stayed below 7',
 'lr-too-low.full-batch-sgd': 'trimmed: lr-too-low already had four',
 'loss-plateau.dropout-ninety-five': 'loss swings wildly between 1.2 and 1400, not a plateau; unclear code',
 'oscillating-loss.full-batch-momentum': 'swings only in the first 30 epochs, then settles to 0.08 of the baseline',
 'oscillating-loss.rmsprop-batch-two': 'trained to 0.07 of the baseline with only small noise',
 'oscillating-loss.batch-one-sgd': 'flat at 0.86 of the baseline with dead units, not oscillating; unclear code',
 'ok.takings-rmsprop-batchnorm': 'ends at 0.10 with a swinging curve (min 0.027): could read as oscillating',
 'ok.movements-rmsprop-dropout': 'train loss 0.42 of the baseline under dropout: borderline',
 'ok.track-rmsprop-minmax': 'trimmed to keep 40 healthy',
 'ok.movements-long-small-lr': 'adam 3e-4 ends at 0.34 vs 0.17 for alternatives: could be lr-too-low',
}
COVERS = {}
for f in sorted(os.listdir(os.path.join(here, 'candidates'))):
    n = f.replace('.nn.json', '')
    if n.startswith('ok.') and n not in DROP:
        s = json.load(open(os.path.join(here, 'candidates', f)))
        d = s['data']; src = d.get('csv', d.get('builtin')).replace('../data/', '')
        layers = ', '.join(f"{l['units']} {l.get('activation','linear')}{' bn' if l.get('batchNorm') else ''}" if l['type']=='dense' else f"dropout {l['rate']}" for l in s['layers'])
        op = s['optimizer']; extra = ''.join(f' {k} {op[k]}' for k in ('momentum','nesterov','weightDecay','clipNorm') if k in op)
        t = s['training']
        COVERS[n] = f"{src} normalize {d.get('normalize','none')}, [{layers}], {s['loss']}, {op['type']} {op['lr']}{extra}, batch {t['batchSize']}, {t['epochs']} epochs{', val ' + str(t['validationSplit']) if 'validationSplit' in t else ''}{', no shuffle' if t.get('shuffle') is False else ''}"
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(here, d), exist_ok=True)
faults, healthy = [], []
seen = set()
for cand, new, stage, extra, text in F:
    code = new or cand.split('.')[0]
    name = code + cand[len(cand.split('.')[0]):]
    shutil.move(os.path.join(here, 'candidates', cand + '.nn.json'), os.path.join(here, 'faulty', name + '.nn.json'))
    faults.append({'file': f'faulty/{name}.nn.json', 'code': code, 'fault': text + o(cand), 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    seen.add(cand)
for n, c in COVERS.items():
    shutil.move(os.path.join(here, 'candidates', n + '.nn.json'), os.path.join(here, 'healthy', n + '.nn.json'))
    healthy.append({'file': f'healthy/{n}.nn.json', 'covers': c + o(n)})
for n in DROP:
    shutil.move(os.path.join(here, 'candidates', n + '.nn.json'), os.path.join(here, 'dropped', n + '.nn.json'))
left = os.listdir(os.path.join(here, 'candidates'))
assert not left, left
os.rmdir(os.path.join(here, 'candidates'))
about = ('Set blind207 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
 'Theme: a clockwork toy maker and a model railway shop. Data (data/generate.ts, seed 207): movements.csv (420 wind-up movements on the test bench: '
 'spring torque, gear count, beat in bph ~18000, skewed oil age, temperature, paint batch with no effect, serial text; passes_48h 0/1 and run_minutes), '
 'movements-gaps.csv (same with NA/?/empty), locos.csv (480 returned locomotives: collinear motor/stall currents and weight/price, skewed hours, '
 'gauge with no effect, ticket and date text; fault ok/motor/gearbox/wiring, wiring rare), shop-weeks.csv (300 weeks of till export, semicolons and decimal commas, '
 'takings in euros), track-tests.csv (360 rolling-road runs, tab separated, derailed 0/1), plus builtins. "stage" is the writer\'s expectation, "catches" the codes '
 'whose advice would fix it. Each fault/covers text ends with its bare-engine observe.ts --summary line (observed.txt; curves in observed-curves.txt).')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
from collections import Counter
print(len(faults), len(healthy), len(DROP)); print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
