#!/usr/bin/env python3
"""Files the candidates of fault set blind251 by what the bare engine showed (observed.txt, observed-curves.txt),
moves them into faulty/, healthy/ and dropped/, and writes manifest.json. Run from this folder: python3 write-manifest.py"""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    if not line:
        continue
    key = line.split()[0].rstrip(':').replace('.nn.json', '')
    obs[key] = line

S, P, T = 'static', 'probe', 'training'
# candidate -> (code filed under, stage, catches, fault text); code differing from the name's prefix = re-filed
F = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', S, [], 'optimizer "adamw" copied from a PyTorch rink-attendance notebook; the engine knows sgd, adam, rmsprop'),
 'invalid-spec.loss-keras-name': ('invalid-spec', S, [], 'loss written with the Keras name "categorical_crossentropy" for the skater-position model'),
 'invalid-spec.dropout-percent': ('invalid-spec', S, [], 'dropout rate written as a percentage (30) instead of a fraction on the bout-outcome model'),
 'invalid-spec.validation-split-whole': ('invalid-spec', S, [], 'validationSplit 1.0 on the wheel-wear model: nothing left to train on'),
 'data-error.file-name-typo': ('data-error', S, [], 'data path "session.csv" for the front desk\'s sessions.csv'),
 'data-error.target-misspelt': ('data-error', S, [], 'target column misspelt "attendence"'),
 'data-error.gaps-export': ('data-error', S, [], 'the sessions export where the weather feed failed: NA, n/a and empty cells in numeric features'),
 'data-error.skater-id-as-feature': ('data-error', S, [], 'text column skater_id ("SK-4000") listed among the features'),
 'data-error.outside-workspace': ('data-error', S, [], 'CSV path pointing at the pro shop\'s shared drive, outside the workspace'),
 'shape-mismatch.two-positions': ('shape-mismatch', S, [], 'softmax head of 2 units for 3 positions (jammer, blocker, pivot): the rare pivot class forgotten'),
 'shape-mismatch.four-positions': ('shape-mismatch', S, [], 'softmax head of 4 units for 3 positions (a "bench" class planned but never in the data)'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', S, [], 'two targets (attendance, rentals) predicted by a 1-unit head'),
 'loss-activation-mismatch.softmax-mse': ('loss-activation-mismatch', S, [], 'softmax head trained with mse on skater positions'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'bce on a linear 1-unit head for home_win (no sigmoid)'),
 'loss-activation-mismatch.tanh-head-raw-attendance': ('loss-activation-mismatch', S, ['loss-plateau'], 'tanh head predicting raw attendance (5..342 skaters, normalizeTarget none): it cannot reach past 1'),
 'loss-activation-mismatch.relu-head-standard-target': ('loss-activation-mismatch', S, [], 'relu head on a standardised wheel-wear target: the half below the mean is unreachable'),
 'init-symmetry.zeros-hidden': ('init-symmetry', S, ['loss-plateau'], 'zeros init on a 16-unit tanh layer and its sigmoid head: the bout model never leaves the prior'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', S, ['dead-relu', 'loss-plateau'], 'zeros init on two relu layers (32, 16) of the attendance model'),
 'init-symmetry.constant-tanh-moons': ('init-symmetry', S, [], 'constant 0.3 init on two 12-unit tanh layers: every unit computes the same thing'),
 'init-scale.normal-std-20': ('init-scale', S, ['exploding-gradient'], 'normal init with std 20 (meant 0.2) on a relu attendance model'),
 'init-scale.normal-std-5-tanh': ('init-scale', S, ['saturated-activation'], 'normal init std 5 on a 32-unit tanh layer: saturated from the first step'),
 'init-scale.normal-tiny-relu-deep': ('init-scale', S, ['vanishing-gradient', 'loss-plateau'], 'normal init std 1e-4 on three relu layers: the signal dies before the head'),
 'init-scale.uniform-tiny-deep': ('init-scale', S, ['vanishing-gradient', 'loss-plateau'], 'uniform init limit 1e-5 on three tanh layers of the bout model'),
 'no-nonlinearity.linear-hidden-moons': ('no-nonlinearity', S, [], 'two linear hidden layers on moons: a logistic regression in disguise'),
 'no-nonlinearity.default-activation-circles': ('no-nonlinearity', S, ['loss-plateau'], 'activation left out of both hidden layers (default linear) on circles'),
 'no-nonlinearity.linear-xor': ('no-nonlinearity', S, ['loss-plateau'], 'linear hidden layers on xor'),
 'lr-out-of-range.zero': ('lr-out-of-range', S, [], 'adam lr 0 (a placeholder never filled in)'),
 'lr-out-of-range.negative': ('lr-out-of-range', S, [], 'sgd lr -0.01 (sign typo)'),
 'lr-out-of-range.adam-forty': ('lr-out-of-range', S, ['lr-too-high'], 'adam lr 40 (meant 0.004)'),
 'lr-out-of-range.sgd-1e-9': ('lr-out-of-range', S, ['lr-too-low'], 'sgd lr 1e-9 on the attendance model: nothing moves'),
 'dead-relu.negative-bias': ('dead-relu', P, [], 'relu layer with bias -6 (copied from a sigmoid gating trick): most units never fire'),
 'dead-relu.negative-bias-deep': ('dead-relu', P, ['loss-plateau'], 'two relu layers with bias -4 under sgd momentum: the second layer dead for every bout'),
 'lr-too-high.adam-half': ('dead-relu', P, ['lr-too-high'], 'adam lr 0.5 on the attendance relu model: the first steps kill every unit of the second layer and it sits at the baseline'),
 'oscillating-loss.adam-batch2': ('dead-relu', P, ['lr-too-high'], 'adam lr 0.05 on batches of 2: the second relu layer dies in the first epochs and the loss sits at the baseline'),
 'exploding-gradient.raw-attendance-target': ('exploding-gradient', P, ['dead-relu', 'lr-too-high'], 'raw attendance target (normalizeTarget none) under sgd momentum: gradients of 4e9, then the relus die'),
 'nan-loss.raw-everything-sgd': ('exploding-gradient', P, ['dead-relu', 'lr-too-high', 'nan-loss'], 'raw features (promo spend in dollars) and raw attendance under sgd 0.1: first loss 4e17, gradients 4e7, then every relu dead; meant as a NaN but it did not reach one'),
 'exploding-gradient.raw-promo-adam': ('exploding-gradient', P, [], 'normalize left at none: promo_spend in dollars (up to thousands) into a relu net under adam'),
 'exploding-gradient.raw-wheels-rmsprop': ('exploding-gradient', P, [], 'raw km_skated and raw wear under rmsprop: gradient norms of 1e5'),
 'exploding-gradient.deep-relu-raw-bouts': ('exploding-gradient', P, [], 'four relu layers on raw bout features (travel_km in the thousands)'),
 'vanishing-gradient.deep-sigmoid-sgd': ('vanishing-gradient', P, ['loss-plateau'], 'seven sigmoid hidden layers under plain sgd on the bout model'),
 'vanishing-gradient.deep-sigmoid-skaters': ('vanishing-gradient', P, ['loss-plateau'], 'six sigmoid layers of 24 units for skater positions'),
 'vanishing-gradient.sigmoid-tower-moons': ('vanishing-gradient', P, ['loss-plateau'], 'eight sigmoid hidden layers of 8 units on moons'),
 'nan-loss.huge-bias-rmsprop': ('nan-loss', P, ['exploding-gradient', 'init-scale', 'lr-too-high'], 'raw features and target, normal init std 3, sgd momentum 0.95 on batches of 8: NaN in the first epoch'),
 'nan-loss.wheels-raw-lr1': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw wheel features under sgd lr 1.0'),
 'exploding-gradient.raw-promo-sgd': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw session features (promo in dollars) under plain sgd 0.01: NaN in the first epoch'),
 'lr-too-high.nesterov-wheels': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'nesterov sgd at 0.6 on two tanh layers: the loss reaches 7e41 then NaN'),
 'oscillating-loss.sgd-full-batch-edge': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'a linear 8-unit stack under full-batch sgd 0.9: meant to sit at the edge of stability, it diverged to Infinity by epoch 6'),
 'lr-too-high.adam-one-bouts': ('lr-too-high', P, [], 'adam lr 1.0 on the bout model: the loss falls then climbs to 68x the baseline'),
 'lr-too-high.sgd-three-moons': ('lr-too-high', P, [], 'sgd lr 3 with momentum 0.9 on moons: loss bounces between 0.2 and 13'),
 'lr-too-high.rmsprop-half-sessions': ('lr-too-high', P, ['oscillating-loss'], 'rmsprop lr 0.5 on the attendance model: loss bounces between 4 and 14 times the baseline'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', P, [], 'plain sgd lr 1e-5 on the attendance model'),
 'lr-too-low.adam-1e-6': ('lr-too-low', P, [], 'adam lr 1e-6 for skater positions'),
 'lr-too-low.rmsprop-3e-7': ('lr-too-low', P, [], 'rmsprop lr 3e-7 on the bout model'),
 'lr-too-low.momentum-1e-5-full-batch': ('lr-too-low', P, [], 'sgd momentum lr 1e-5 on full batches of 300 wheel logs: 150 steps in all'),
 'saturated-activation.raw-travel-sigmoid': ('saturated-activation', P, [], 'sigmoid hidden layer fed raw bout features (travel_km up to thousands): 86% of outputs pinned'),
 'saturated-activation.raw-promo-tanh': ('saturated-activation', P, ['exploding-gradient'], 'tanh layer fed raw session features (promo dollars)'),
 'saturated-activation.bias-eight-sigmoid': ('saturated-activation', P, ['loss-plateau'], 'sigmoid layer with bias 8: every output at 1'),
 'saturated-activation.raw-km-tanh': ('saturated-activation', P, [], 'tanh layers fed raw km_skated and durometer'),
 'loss-plateau.one-unit-spirals': ('loss-plateau', T, [], 'two relu units for three spirals: stalls far above what a wider net reaches'),
 'loss-plateau.minmax-sigmoid-sgd': ('loss-plateau', T, ['lr-too-low', 'vanishing-gradient'], 'two sigmoid layers on minmax features under plain sgd 0.01, batch 64: loss sits at the prior'),
 'loss-plateau.circles-two-relu': ('loss-plateau', T, [], 'two relu units for circles: stalls at 0.70 of the baseline'),
 'loss-plateau.heavy-weight-decay': ('loss-plateau', T, [], 'adam weightDecay 5 (meant 5e-4): the weights are held at zero and the loss sits at the baseline'),
 'oscillating-loss.adam-batch1-wheels': ('oscillating-loss', T, ['lr-too-high'], 'adam lr 0.05 on single-row batches: loss swings 0.12..0.56 of the baseline to the end'),
 'oscillating-loss.sgd-batch1-bouts': ('oscillating-loss', T, ['lr-too-high'], 'plain sgd lr 0.5 on single-row batches: loss swings around the baseline to the end'),
}
DROP = {
 'invalid-spec.activation-gelu': 'valid invalid-spec (unknown "gelu") but the set is at its size limit; four invalid-spec faults kept',
 'data-error.bout-date-feature': 'valid data-error (date text as a feature) but duplicates skater-id-as-feature; set at its size limit',
 'shape-mismatch.win-two-sigmoids': 'two sigmoid units for a binary bce target trained (last/base 0.56, as healthy bout specs): not a visible fault',
 'loss-activation-mismatch.cce-sigmoid-head': 'sigmoid head under cce trained to loss 1e-3: the fault did not show; dropped as borderline (and for size)',
 'init-symmetry.constant-hidden': 'constant 0.1 relu init trained to last/base 0.01: symmetric but harmless here; borderline',
 'no-nonlinearity.linear-stack-positions': 'linear stack on skater positions trained to last/base 0.00 (data nearly linearly separable): borderline',
 'dead-relu.adam-hot-relu': 'adam 0.8: second layer 53% dead but the loss reached last/base 0.08: borderline',
 'dead-relu.sgd-kick-raw': 'became NaN at epoch 1 (a nan-loss); nan-loss already has enough cases',
 'exploding-gradient.raw-km-wheels': 'NaN at epoch 1 (a nan-loss, not a visible explosion); nan-loss already has enough cases',
 'exploding-gradient.deep-wide-init': 'gradient norms stayed below 5 and it trained to last/base 0.38: did not explode',
 'vanishing-gradient.tanh-small-init-deep': 'stuck at the baseline but first/last gradient ratio only ~1/20: cause ambiguous (init, lr too low or vanishing)',
 'nan-loss.raw-travel-sgd-momentum': 'no NaN: sigmoid head saturated at 1.97x the baseline; cause mixed (mse on a binary target, raw features, lr)',
 'oscillating-loss.momentum-batch1': 'NaN in the first epoch rather than swinging; nan-loss already has enough cases',
 'oscillating-loss.rmsprop-batch4': 'swings of ~0.05 around a falling loss ending at last/base 0.42, better than healthy bout specs: borderline',
 'oscillating-loss.momentum-full-batch-sessions': 'bounced for ~10 epochs then settled smoothly to last/base 0.11: not oscillating',
 'lr-too-high.rmsprop-point-three': 'rmsprop 0.3 bounced early but ended at loss 7e-13: not a fault by the end',
 'lr-too-high.sgd-momentum-skaters': 'sgd 1.5 momentum 0.9 trained to 3e-5: not a fault',
 'loss-plateau.floor-age-only': 'only floor_age and weekday as features: last/base 0.81 is what those features allow, not a stall',
}

def desc_healthy(spec):
    d = spec['data']
    src = d.get('csv', '').replace('../data/', '') or ('builtin ' + d['builtin'] if 'builtin' in d else 'inline table')
    norm = d.get('normalize', 'none') + ('/target ' + d['normalizeTarget'] if d.get('normalizeTarget') else '')
    layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}" + (' bn' if l.get('batchNorm') else '') + (f" {l['init']}" if 'init' in l else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
    o = spec['optimizer']
    opt = o['type'] + (' nesterov' if o.get('nesterov') else (f" momentum {o['momentum']}" if o.get('momentum') else '')) + f" {o['lr']}" + (f" wd {o['weightDecay']}" if o.get('weightDecay') else '') + (f" clipNorm {o['clipNorm']}" if o.get('clipNorm') else '')
    t = spec['training']
    return f"{src} {norm}, [{layers}], {spec['loss']}, {opt}, batch {t['batchSize']}, {t['epochs']} epochs" + (f", validation {t['validationSplit']}" if t.get('validationSplit') else '')

cand = os.path.join(HERE, 'candidates')
names = sorted(f[:-len('.nn.json')] for f in os.listdir(cand))
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, sub), exist_ok=True)
faults, healthy = [], []
for n in names:
    src = os.path.join(cand, n + '.nn.json')
    if n.startswith('ok.'):
        spec = json.load(open(src))
        new = n + '.nn.json'
        shutil.move(src, os.path.join(HERE, 'healthy', new))
        healthy.append({'file': 'healthy/' + new, 'covers': desc_healthy(spec) + f' (observe: {obs[n]})'})
    elif n in F:
        code, stage, extra, text = F[n]
        prefix = n.split('.', 1)[0]
        new = n if prefix == code else code + '.' + n.split('.', 1)[1]
        shutil.move(src, os.path.join(HERE, 'faulty', new + '.nn.json'))
        catches = [code] + [c for c in extra if c != code]
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[n]})', 'stage': stage, 'catches': catches})
    elif n in DROP:
        shutil.move(src, os.path.join(HERE, 'dropped', n + '.nn.json'))
    else:
        raise SystemExit(f'undecided candidate {n}')
os.rmdir(cand)
about = ('Fault set blind251 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
 '"code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
 'Each "fault" text (and each healthy "covers") carries the bare-engine result from test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt); no diagnosis code involved. '
 'Theme: roller-skating rinks and roller-derby leagues, on data/generate.ts CSVs seeded from 251: sessions.csv (420 public skate sessions, attendance and rentals targets, temp_c/temp_f collinear, skewed promo_spend in dollars, floor_age_years with no effect, session_id text), '
 'sessions-gaps.csv (the same with NA, n/a and empty cells), bouts.csv (380 derby bouts, home_win 0/1 with 8% flipped, skewed travel_km, bout_date text), skaters.csv (390 skaters, positions jammer/blocker/pivot with pivot rare at ~10%, id and name text) and skaters-eu.csv (the same as a semicolon, decimal-comma export), '
 'wheels.csv (300 pro-shop wear logs, tab-separated, wear_mm per skated distance); plus builtins and two inline tables. Candidates by author.ts, this manifest by write-manifest.py. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
open(os.path.join(HERE, 'manifest.json'), 'a').write('\n')
from collections import Counter
print(len(faults), len(healthy), len(DROP), Counter(f['code'] for f in faults), Counter(f['stage'] for f in faults))
