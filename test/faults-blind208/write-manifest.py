"""Verdicts for set blind208: moves candidates into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, re, shutil
here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m: obs[m.group(1)] = line
S, P, T = 'static', 'probe', 'training'
# candidate -> (code, stage, extra catches, fault text)
F = {
 'invalid-spec.swish-activation': ('invalid-spec', S, [], 'activation "swish" copied from a Keras notebook; not an activation the format knows'),
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer "adamw" written from PyTorch habit'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'loss written with its Keras name "binary_crossentropy"'),
 'invalid-spec.glorot-init': ('invalid-spec', S, [], 'init "glorot_uniform" (Keras name) instead of xavier_uniform'),
 'invalid-spec.dropout-as-percent': ('invalid-spec', S, [], 'dropout rate written as a percent (30)'),
 'invalid-spec.batch-zero': ('invalid-spec', S, [], 'batchSize 0 left from a template meaning "full batch"'),
 'data-error.logbook-file-renamed': ('data-error', S, [], 'logbook export path names a file that does not exist (renamed export)'),
 'data-error.dive-id-as-feature': ('data-error', S, [], 'text dive_id column listed among the features'),
 'data-error.target-typo': ('data-error', S, [], 'target column typed "deco_alarms" (header says deco_alarm)'),
 'data-error.logbook-gaps': ('data-error', S, [], 'logbook copy with NA / empty / "-" missing-value markers in the readings'),
 'data-error.shared-drive-path': ('data-error', S, [], 'data path points at the shop\'s shared drive, outside the workspace'),
 'data-error.boat-date-included': ('data-error', S, [], 'no "features" list on the boat-fuel export, so the trip_date text column is read as a feature'),
 'shape-mismatch.two-outcomes-head': ('shape-mismatch', S, [], 'course outcome head has 2 units but there are 3 outcomes (the rare "referred" forgotten)'),
 'shape-mismatch.four-cert-levels': ('shape-mismatch', S, [], '4 softmax units for 3 outcome classes'),
 'shape-mismatch.air-three-outputs': ('shape-mismatch', S, [], 'air-use regression with 3 output units for 1 target column'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'bce on a linear output layer (sigmoid forgotten)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, [], 'cce with a 3-unit sigmoid head instead of softmax'),
 'loss-activation-mismatch.mse-sigmoid-raw-air': ('loss-activation-mismatch', S, [], 'sigmoid output regressing air used in raw bar (30..210): it cannot reach the targets'),
 'loss-activation-mismatch.softmax-single-bce': ('loss-activation-mismatch', S, [], 'single softmax unit under bce: the output is always 1'),
 'loss-activation-mismatch.tanh-head-raw-fuel': ('loss-activation-mismatch', S, [], 'tanh output regressing boat fuel in raw litres'),
 'init-symmetry.zeros-hidden': ('init-symmetry', S, [], 'zeros init on a 16-unit tanh layer and the head'),
 'init-symmetry.constant-relu': ('init-symmetry', S, [], 'constant 0.1 init on 24- and 12-unit relu layers: every unit identical'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', S, [], 'zeros init on two 16-unit tanh layers'),
 'init-scale.normal-std-8': ('init-scale', S, [], 'normal init std 8 on relu layers (std meant as 0.08)'),
 'init-scale.uniform-tiny-deep': ('init-scale', S, ['vanishing-gradient'], 'uniform init limit 1e-5 on four layers: signals and gradients vanish'),
 'init-scale.tanh-std-5': ('init-scale', S, ['saturated-activation'], 'normal init std 5 on tanh layers: saturated from the start'),
 'no-nonlinearity.linear-stack-courses': ('no-nonlinearity', S, [], 'two hidden layers left linear on the courses model'),
 'no-nonlinearity.default-activation-moons': ('no-nonlinearity', S, [], 'hidden layers without "activation" (default linear) on moons'),
 'no-nonlinearity.linear-hidden-circles': ('no-nonlinearity', S, [], 'linear hidden layers on circles: cannot separate rings'),
 'lr-out-of-range.zero-rate': ('lr-out-of-range', S, [], 'adam lr 0'),
 'lr-out-of-range.negative-rate': ('lr-out-of-range', S, [], 'sgd lr -0.01 (sign typo)'),
 'lr-out-of-range.adam-lr-30': ('lr-out-of-range', S, ['lr-too-high'], 'adam lr 30 (meant 3e-3)'),
 'lr-out-of-range.sgd-lr-500': ('lr-out-of-range', S, ['lr-too-high', 'nan-loss'], 'sgd lr 500'),
 'dead-relu.negative-bias-5': ('dead-relu', P, [], 'relu layers with bias -5 copied from a threshold example'),
 'dead-relu.bias-minus-3-courses': ('dead-relu', P, [], 'relu layers with bias -3: second layer dead'),
 'dead-relu.adam-high-rate-fuel': ('dead-relu', T, ['lr-too-high'], 'three relu layers under adam 0.3 with batch 8: most units die'),
 'exploding-gradient.raw-fuel-rmsprop': ('exploding-gradient', P, [], 'raw boat features and raw fuel litres through elu layers with std-1 init: gradients up to 1e5'),
 'nan-loss.raw-air-sgd-hot': ('exploding-gradient', P, ['dead-relu', 'nan-loss', 'lr-too-high'], 'raw logbook features (logged_dives in the thousands) and raw air bar under sgd 0.05: first loss 4e14, gradients 3e6, then every relu dead'),
 'nan-loss.raw-fuel-momentum': ('exploding-gradient', P, ['dead-relu', 'nan-loss', 'lr-too-high'], 'raw boat features and raw fuel under sgd 0.02 momentum 0.95: first loss 6e27, gradients 3e13, units dead'),
 'nan-loss.tank-huge-rate': ('nan-loss', P, ['lr-too-high'], 'sgd 0.5 on raw settled-bar target: NaN in the first epoch'),
 'dead-relu.sgd-kick-raw-logged': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw logbook features under sgd 0.05: NaN in the first epoch'),
 'exploding-gradient.raw-air-sgd-deep': ('nan-loss', P, ['exploding-gradient'], 'raw features and raw air bar through three relu layers under sgd: NaN in the first epoch'),
 'oscillating-loss.momentum-batch1-alarm': ('nan-loss', P, ['lr-too-high'], 'sgd 0.3 momentum 0.95 batch 1: NaN in the first epoch'),
 'lr-too-high.adam-0.5-courses': ('lr-too-high', P, ['dead-relu'], 'adam lr 0.5: loss jumps and ends at baseline'),
 'lr-too-high.rmsprop-0.2-air': ('lr-too-high', P, ['dead-relu'], 'rmsprop lr 0.2: loss bounces 0.6..14 and ends at baseline'),
 'lr-too-high.nesterov-0.8-tank': ('lr-too-high', P, ['nan-loss'], 'nesterov sgd lr 0.8: diverges to NaN by epoch 3'),
 'oscillating-loss.sgd-fullbatch-edge-fuel': ('lr-too-high', P, ['nan-loss'], 'full-batch sgd 0.45 on a linear net: diverges to Infinity'),
 'oscillating-loss.momentum-batch2-courses': ('lr-too-high', P, ['exploding-gradient', 'dead-relu'], 'sgd 0.2 momentum 0.9 batch 2: loss to 1e29 then stuck at baseline with dead units'),
 'lr-too-low.sgd-1e-5-alarm': ('lr-too-low', P, [], 'sgd lr 1e-5'),
 'lr-too-low.adam-1e-6-courses': ('lr-too-low', P, [], 'adam lr 1e-6'),
 'lr-too-low.rmsprop-1e-6-fuel': ('lr-too-low', P, [], 'rmsprop lr 1e-6'),
 'lr-too-low.momentum-1e-6-tank': ('lr-too-low', P, [], 'sgd momentum lr 1e-6'),
 'saturated-activation.sigmoid-raw-logbook': ('saturated-activation', P, [], 'sigmoid layers on raw logbook features (normalize none)'),
 'saturated-activation.tanh-raw-tank': ('saturated-activation', P, [], 'tanh layers on raw tank pressures (normalize none)'),
 'saturated-activation.sigmoid-bias-8': ('saturated-activation', P, [], 'sigmoid layers with bias 8: pinned at 1'),
 'exploding-gradient.raw-tank-momentum': ('saturated-activation', P, ['exploding-gradient'], 'raw tank pressures and raw target under momentum sgd: tanh layers pinned (sat 1.00), loss stuck at baseline'),
 'vanishing-gradient.sigmoid-seven-deep': ('vanishing-gradient', P, [], 'seven sigmoid layers under plain sgd: first-layer gradient ~1e-6, loss at baseline'),
 'vanishing-gradient.tanh-small-normal-deep': ('vanishing-gradient', P, ['init-scale'], 'five tanh layers with normal std 0.02: first-layer gradient ~1e-4, loss at baseline'),
 'vanishing-gradient.sigmoid-deep-moons': ('vanishing-gradient', P, [], 'six sigmoid layers on moons under sgd: first-layer gradient ~1e-4, loss at baseline'),
 'loss-plateau.weight-decay-2': ('loss-plateau', T, [], 'weightDecay 2 (meant 2e-4): loss stays at baseline'),
 'loss-plateau.one-unit-bottleneck-spirals': ('loss-plateau', T, [], 'one-unit relu bottleneck on 3 spirals'),
 'loss-plateau.heavy-dropout-decay-air': ('loss-plateau', T, [], 'weightDecay 1 with dropout 0.5: loss stalls near baseline'),
 'oscillating-loss.adam-0.05-batch4-courses': ('oscillating-loss', T, ['lr-too-high'], 'adam 0.05 with batch 4: loss swings 0.20..0.52 and does not settle'),
}
DROP = {
 'shape-mismatch.alarm-two-sigmoids': 'engine trained 2 sigmoid outputs under bce to 0.82 of baseline; unclear whether it is a mismatch in this format',
 'lr-too-high.sgd-3-alarm': 'sgd 3 on a tanh net still descended to 0.72 of baseline with mild noise: borderline',
 'oscillating-loss.rmsprop-batch2-tank': 'swings of only ~0.02 on a baseline of 1 and ends at 0.20: borderline, not clearly oscillating',
 'ok.alarm-collinear-ft-leaky': 'ends at 0.87 of baseline: not far below it',
 'ok.alarm-logistic-only': 'ends at 0.92 of baseline',
 'ok.alarm-rmsprop-tanh': 'ends at 0.91 of baseline',
 'ok.alarm-sgd-batch1': 'ends at 0.88 of baseline',
 'ok.alarm-xavier-uniform-sigmoid-hidden': 'ends at 0.80 of baseline',
 'ok.alarm-noshuffle-rms': 'ends at 0.71 of baseline: borderline',
 'ok.air-raw-target-adam-clip': 'trains (0.08) but 56% of the second relu layer dead: may be faulty',
 'ok.inline-buddy-check': 'half of the 4 relu units dead: may be faulty',
}
os.makedirs(os.path.join(here, 'faulty'), exist_ok=True); os.makedirs(os.path.join(here, 'healthy'), exist_ok=True); os.makedirs(os.path.join(here, 'dropped'), exist_ok=True)
cand = os.path.join(here, 'candidates')
faults, healthy = [], []
for fn in sorted(os.listdir(cand)):
    name = fn[:-len('.nn.json')]
    o = obs.get(name) or obs.get(name + '.nn.json') or next((v for k, v in obs.items() if k.startswith(name)), '')
    if name in DROP:
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'dropped', fn)); continue
    if name in F:
        code, stage, extra, text = F[name]
        new = code + name[name.index('.'):]
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'faulty', new + '.nn.json'))
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {o})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif name.startswith('ok.'):
        spec = json.load(open(os.path.join(cand, fn)))
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'healthy', fn))
        desc = f"data {json.dumps(spec['data'])[:120]}, layers {[(l.get('units'), l.get('activation')) if l['type']=='dense' else ('dropout', l['rate']) for l in spec['layers']]}, {spec['loss']}, {json.dumps(spec['optimizer'])}, {json.dumps(spec['training'])}"
        healthy.append({'file': f'healthy/{fn}', 'covers': f'{desc} (observe: {o})'})
    else:
        raise SystemExit('no verdict for ' + name)
about = ('Blind fault set 208 (issue #4): scuba diving schools and dive boats, written blind and frozen before the product was run on it. '
 '"stage" is the writer\'s expectation of the earliest stage that could catch the fault; "catches" its own code first plus codes whose advice would fix it. '
 'Each fault/covers ends with its bare-engine result from test/faults/observe.ts --summary (observed.txt); --curve for the lr and plateau/oscillating candidates (observed-curves.txt). '
 'Data (data/generate.ts, seed 208): dives.csv (480 logged dives, dive_id/date text, depth in m and collinear ft, skewed logged_dives, boat_no with no effect, air_used_bar regression, deco_alarm 0/1 ~22% with 5% flipped), '
 'dives-gaps.csv (same with NA/empty/- markers), courses.csv (330 students, outcome certified/repeat/referred with referred rare), boat-fuel.csv (semicolon, decimal commas, fuel litres), tank-fills.csv (tab-separated compressor fills, settled_bar); plus builtins and two inline tables.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
os.rmdir(cand)
from collections import Counter
print(len(faults), len(healthy), len(os.listdir(os.path.join(here, 'dropped'))), Counter(f['code'] for f in faults), Counter(f['stage'] for f in faults))
