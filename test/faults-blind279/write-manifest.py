#!/usr/bin/env python3
"""Verdicts of fault set blind279 (water polo clubs): files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind279: python3 write-manifest.py"""
import json, os, re, shutil

here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([^:]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = re.sub(r' \| L0.*', '', line)

# (candidate slug without code, code, new code or None, stage, extra catches, fault text)
F = [
 ('invalid-spec.relu-camelcase', None, 'static', [], 'activation written "ReLU" (PyTorch class-name habit) on the renewal model'),
 ('invalid-spec.adamw-optimizer', None, 'static', [], 'optimizer "adamw" copied from a PyTorch script; the engine has adam with weightDecay'),
 ('invalid-spec.keras-loss-name', None, 'static', [], 'loss "binary_crossentropy" (Keras name) on the match-result model'),
 ('invalid-spec.dropout-percent', None, 'static', [], 'dropout rate written as a percentage, 30, instead of 0.3'),
 ('invalid-spec.glorot-init-name', None, 'static', [], 'init "glorot_uniform" (Keras name) instead of xavier_uniform'),
 ('data-error.next-season-file', None, 'static', [], 'spec points at players-2025.csv, next season\'s export that does not exist yet'),
 ('data-error.member-id-as-feature', None, 'static', [], 'member_id text column ("WP-10000") listed among the features'),
 ('data-error.target-goals-typo', None, 'static', [], 'target "goals" where the registry column is goals_season'),
 ('data-error.merged-sheet-na', None, 'static', [], 'the merged registry copy with NA and empty cells in weekly_hours, swim_100m_s and height_cm'),
 ('data-error.shared-drive-path', None, 'static', [], 'data path climbs out of the workspace to the club\'s shared drive'),
 ('shape-mismatch.three-positions', None, 'static', [], '3 softmax units for the 4 playing positions (goalkeeper forgotten as a class)'),
 ('shape-mismatch.goals-four-heads', None, 'static', [], '4 output units for the single goals_season target (copied from the positions model)'),
 ('shape-mismatch.crowd-and-bar-one-unit', None, 'static', [], 'two targets (spectators, bar revenue) with a 1-unit output'),
 ('loss-activation-mismatch.bce-linear-head', None, 'static', [], 'bce on match wins with a linear output layer (no sigmoid)'),
 ('loss-activation-mismatch.cce-sigmoid-head', None, 'static', [], 'cce on positions with 4 sigmoid outputs instead of softmax (the loss falls to 1e-7 while accuracy stays 0.41)'),
 ('loss-activation-mismatch.relu-head-standardised-goals', None, 'static', [], 'relu output on a standardised goals target whose values below the mean are negative'),
 ('loss-activation-mismatch.tanh-head-raw-crowd', None, 'static', [], 'tanh output for spectators in raw head counts (tens to hundreds), unreachable beyond 1'),
 ('init-symmetry.zeros-hidden', None, 'static', [], 'zeros init on a 16-unit tanh layer and the output: every hidden unit stays identical (and at zero)'),
 ('init-symmetry.zeros-both-layers-positions', None, 'static', ['dead-relu'], 'zeros init on both relu layers (32, 16) of the positions model'),
 ('init-symmetry.constant-half-matches', None, 'static', [], 'constant 0.5 init on a 10-unit sigmoid layer: the ten units stay copies of one (it ends at the logistic-regression level)'),
 ('init-scale.normal-std-eight', None, 'static', ['saturated-activation'], 'normal init with std 8 on relu layers of 64 and 32 units'),
 ('init-scale.normal-std-thirty-crowd', None, 'static', [], 'normal init with std 30 (meant 0.30) on a 32-unit relu layer'),
 ('init-scale.uniform-tiny-deep', None, 'static', ['vanishing-gradient'], 'uniform init with limit 1e-4 on three 32-unit tanh layers and the output'),
 ('no-nonlinearity.linear-stack-matches', None, 'static', [], 'moons drill with three linear hidden layers (16, 16, 8): only a linear boundary'),
 ('no-nonlinearity.forgot-activation-positions', None, 'static', [], 'activation left out of both hidden layers of the positions model (default linear)'),
 ('no-nonlinearity.linear-circles-drill', None, 'static', [], 'circles with two linear hidden layers of 32'),
 ('no-nonlinearity.linear-xor-sprint', None, 'static', [], 'xor with two linear hidden layers (one batch-normalised)'),
 ('lr-out-of-range.zero-rate', None, 'static', [], 'adam lr 0 (placeholder never filled)'),
 ('lr-out-of-range.negative-rate', None, 'static', [], 'sgd lr -0.01 (sign typo)'),
 ('lr-out-of-range.adam-rate-thirty', None, 'static', ['lr-too-high'], 'adam lr 30 (meant 3e-3)'),
 ('lr-out-of-range.sgd-rate-five-hundred', None, 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 500 (meant 5e-3)'),
 ('dead-relu.bias-minus-six', None, 'probe', [], 'relu layers with bias -6 on standardised features: almost every unit is off from the start'),
 ('dead-relu.negative-bias-goals', None, 'probe', [], 'relu layer with bias -4 and a slow rmsprop: two thirds of the units never switch on'),
 ('dead-relu.raw-attendance-adam-hot', None, 'probe', ['lr-too-high'], 'unnormalised match stats (attendance in hundreds) and adam 0.1: the relu layers die in the first steps'),
 ('exploding-gradient.raw-features-height', None, 'probe', [], 'raw player features (height ~184 cm, fee 20-60) into relu layers, sgd momentum'),
 ('exploding-gradient.raw-spectators-target', None, 'probe', ['dead-relu'], 'spectators left in raw head counts (normalizeTarget none), sgd momentum 0.9'),
 ('nan-loss.raw-spectators-rmsprop', 'exploding-gradient', 'probe', ['nan-loss'], 'raw features and raw spectator counts with sgd momentum 0.95 on batches of 8 (slug says rmsprop: the author switched it to sgd): loss 1e27 in the first epoch'),
 ('nan-loss.raw-bar-sgd', 'exploding-gradient', 'probe', ['nan-loss'], 'raw bar revenue in euros (hundreds) as target and raw features, plain sgd 0.01'),
 ('vanishing-gradient.eight-sigmoid-layers', None, 'probe', [], 'eight sigmoid hidden layers of 16, plain sgd'),
 ('vanishing-gradient.deep-tanh-small-init', None, 'probe', ['init-scale'], 'six tanh layers of 24 with normal std 0.02 init'),
 ('vanishing-gradient.sigmoid-tower-goals', None, 'probe', [], 'seven sigmoid layers of 20 on goals regression, rmsprop 1e-4'),
 ('vanishing-gradient.ten-sigmoid-positions', None, 'probe', [], 'ten sigmoid layers of 12 on positions'),
 ('nan-loss.elu-sgd-rate-three', None, 'probe', ['lr-too-high', 'exploding-gradient'], 'raw features and raw goals with elu layers and sgd lr 3'),
 ('nan-loss.raw-attendance-regression', None, 'probe', ['exploding-gradient'], 'attendance (hundreds, skewed) regressed on raw match stats with sgd 0.05 momentum 0.9'),
 ('dead-relu.sgd-high-rate-crowd', 'nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd lr 0.8 on batches of 16 for the spectators model (written as a dead-relu case, it went NaN at once)'),
 ('exploding-gradient.deep-relu-std-one', 'nan-loss', 'probe', ['exploding-gradient', 'init-scale'], 'four relu layers of 32 with normal std 1 init (written as exploding, the loss was NaN in the first epoch)'),
 ('oscillating-loss.momentum-99-batch-1', 'nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd 0.05 with momentum 0.99 on single-row batches (written as oscillating, it diverged to NaN by epoch 5)'),
 ('lr-too-high.adam-half', None, 'probe', ['dead-relu'], 'adam lr 0.5 on the renewal model: bounces at the baseline, second layer dead'),
 ('lr-too-high.sgd-rate-two-matches', None, 'probe', [], 'sgd lr 2 momentum 0.9 on match wins: the loss rises from 0.69 to 1.3 and jumps around'),
 ('lr-too-high.rmsprop-point-three-goals', None, 'probe', [], 'rmsprop lr 0.3 on goals: the loss jumps between 0.2 and 1.4'),
 ('lr-too-high.nesterov-one-positions', None, 'probe', ['dead-relu'], 'nesterov sgd lr 1.5 momentum 0.9 on positions: stuck bouncing at the baseline, 88% of relu units dead'),
 ('lr-too-low.sgd-1e-5', None, 'probe', [], 'plain sgd lr 1e-5 on renewals'),
 ('lr-too-low.adam-1e-6-goals', None, 'probe', [], 'adam lr 1e-6 on goals'),
 ('lr-too-low.rmsprop-1e-6-positions', None, 'probe', [], 'rmsprop lr 1e-6 on positions'),
 ('lr-too-low.momentum-1e-6-crowd-fullbatch', None, 'probe', [], 'sgd momentum lr 1e-6, full batch of 300, spectators'),
 ('saturated-activation.sigmoid-bias-ten', None, 'probe', [], 'sigmoid layer with bias 10: every unit pinned at 1'),
 ('saturated-activation.sigmoid-raw-matches', None, 'probe', [], 'sigmoid hidden layer on unnormalised match stats (attendance in hundreds)'),
 ('saturated-activation.tanh-raw-players', None, 'probe', [], 'tanh layers on raw player features (height ~184, fee up to 60): 94% of the first layer pinned'),
 ('loss-plateau.clipnorm-tiny', None, 'training', ['lr-too-low'], 'clipNorm 1e-4 (meant 1.0): every step is clipped to nothing and the loss stays at 1.29'),
 ('loss-plateau.dropout-nine-tenths', None, 'training', [], 'dropout 0.9 after both hidden layers of the match model: stalls around the baseline'),
 ('loss-plateau.heavy-weight-decay', None, 'training', [], 'weightDecay 5 (meant 5e-4) with adam: the model is pulled back to predicting the mean'),
 ('loss-plateau.sigmoid-deep-sgd-positions', None, 'training', ['vanishing-gradient'], 'three sigmoid layers with plain sgd 0.01 on positions: settles at the class prior'),
 ('oscillating-loss.adam-hot-batch-2', None, 'training', ['lr-too-high'], 'adam 0.05 on batches of 2 for goals: the loss swings between 0.13 and 0.34 and never settles'),
 ('oscillating-loss.sgd-point-five-batch-1', None, 'training', ['lr-too-high'], 'plain sgd 0.5 on single-row batches for renewals: the loss swings between 0.6 and 1.04, above the baseline'),
]
DROP = {
 'shape-mismatch.renewal-two-outputs': 'the engine accepted 2 sigmoid outputs for the 0/1 renewal target and trained it to 0.59 of the baseline: no mismatch shown',
 'init-symmetry.constant-point-one': 'constant 0.1 relu init trained to 0.10 of the baseline, as well as a linear model: no visible harm, borderline',
 'init-scale.tanh-std-five': 'std 5 tanh saturated its layers but still ended at 0.57 of the baseline, as healthy match models do: borderline',
 'exploding-gradient.raw-bar-revenue': 'gradient norms up to 3e5 but the loss fell to 0.04 of the baseline: borderline between exploding and healthy raw-unit training',
 'saturated-activation.tanh-std-four-crowd': 'saturated 77% but reached 0.08 of the baseline (healthy 0.05): borderline',
 'oscillating-loss.rmsprop-batch-4': 'swings of only about 0.02 around 0.13 of the baseline: too small to call oscillating',
 'invalid-spec.validation-split-whole': 'kept the set within 65 faults; a sixth invalid-spec case adds nothing',
 'data-error.session-date-feature': 'kept the set within 65 faults; duplicates member-id-as-feature',
 'loss-plateau.tanh-spirals-narrow': 'still descending slowly at 0.95 of the baseline (a capacity limit, not clearly a plateau): borderline',
 'loss-activation-mismatch.softmax-mse-positions': 'softmax with mse trained to 0.667 accuracy, about what the healthy small models reach: harm not shown, borderline',
 'lr-too-high.adam-rate-one-crowd': 'kept the set within 65 faults; fell back to the baseline after a huge first epoch, duplicates adam-half',
 'ok.positions-adam': 'training loss 0.18 of the baseline but validation loss 2.31, far above it: memorises noise, borderline healthy',
 'ok.renewal-adam-relu': 'training loss 0.09 of the baseline but validation 0.84, above the baseline 0.54: overfits, borderline healthy',
 'ok.positions-rmsprop-elu-dropout': 'ended at 0.73 of the baseline: not far enough below it to be sure it is healthy',
 'ok.positions-softmax-regression': 'ended at 0.72 of the baseline: not far enough below it to be sure it is healthy',
}
COVERS = {}

for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(here, sub), exist_ok=True)
cand = os.path.join(here, 'candidates')

def obsline(name):
    return obs[name].strip()

faults, healthy, dropped = [], [], []
for name, newcode, stage, extra, text in F:
    code = name.split('.')[0]
    final = name if newcode is None else newcode + name[len(code):]
    c = newcode or code
    line = obsline(name)
    shutil.move(os.path.join(cand, name + '.nn.json'), os.path.join(here, 'faulty', final + '.nn.json'))
    faults.append({'file': f'faulty/{final}.nn.json', 'code': c, 'fault': f'{text} (observe: {line})', 'stage': stage,
                   'catches': [c] + [x for x in extra if x != c]})
for name, why in DROP.items():
    shutil.move(os.path.join(cand, name + '.nn.json'), os.path.join(here, 'dropped', name + '.nn.json'))
    dropped.append(name)
for f in sorted(os.listdir(cand)):
    name = f[:-len('.nn.json')]
    assert name.startswith('ok.'), name
    spec = json.load(open(os.path.join(cand, f)))
    d = spec['data']
    src = d.get('csv', '').replace('../data/', '') or ('builtin ' + d['builtin'] if 'builtin' in d else 'inline table')
    tgt = f" -> {d['target']}" if 'target' in d else ''
    layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}" + (' bn' if l.get('batchNorm') else '') + (f" init {l['init'] if isinstance(l['init'], str) else l['init']['name']}" if 'init' in l else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
    o = spec['optimizer']; t = spec['training']
    extras = ''.join([f", momentum {o['momentum']}" if 'momentum' in o else '', ' nesterov' if o.get('nesterov') else '', f", weightDecay {o['weightDecay']}" if 'weightDecay' in o else '', f", clipNorm {o['clipNorm']}" if 'clipNorm' in o else ''])
    norm = f"normalize {d.get('normalize', 'none')}" + (f"/target {d['normalizeTarget']}" if 'normalizeTarget' in d else '')
    covers = f"{src}{tgt}, {norm}, [{layers}], {spec['loss']}, {o['type']} {o['lr']}{extras}, batch {t['batchSize']}, {t['epochs']} epochs" + (f", validationSplit {t['validationSplit']}" if t.get('validationSplit') else '') + ('' if t.get('shuffle', True) else ', no shuffle') + f" (observe: {obsline(name)})"
    shutil.move(os.path.join(cand, f), os.path.join(here, 'healthy', f))
    healthy.append({'file': f'healthy/{f}', 'covers': covers})
os.rmdir(cand)

about = ("Fault set blind279 (issue #4): water polo clubs. Written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. "
         "\"code\" is the fault's own code, \"stage\" the writer's expectation of where it could first be caught, \"catches\" the codes whose advice would genuinely fix it. "
         "Each fault text and healthy covers ends with its bare-engine result from test/faults/observe.ts --summary (observed.txt; --curve in observed-curves.txt); no diagnosis code involved. "
         "Data (data/generate.ts, seed 279): players.csv (400 registered players, id and join-date text columns, collinear height/arm span, skewed weekly hours, a jersey number with no effect, goals_season regression, 4 positions with rare goalkeepers, renewed 0/1), "
         "players-gaps.csv (the same with NA/empty/n/a cells), pool-bookings.csv (300 evening sessions, semicolons and decimal commas, spectators and bar revenue in raw units), "
         "matches.csv (360 matches, tab-separated, won 0/1); plus builtins and two inline tables. Specs by author.ts; this manifest by write-manifest.py.")
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=2)
open(os.path.join(here, 'manifest.json'), 'a').write('\n')
from collections import Counter
print(len(faults), len(healthy), len(dropped))
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
