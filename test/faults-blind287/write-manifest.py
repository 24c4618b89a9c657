#!/usr/bin/env python3
"""Verdicts of blind287: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind287 after author.ts and observe.ts (observed.txt)."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.rstrip('\n')
    m = re.match(r'^\s*([\w.\-]+?)(?:\.nn\.json)?(?::| does not parse)', line)
    if m: obs[m.group(1)] = line.strip()

S, P, T = 'static', 'probe', 'training'
# candidate -> (code, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer "adamw" copied from a PyTorch membership-churn notebook; only sgd/adam/rmsprop exist'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'loss written "categorical_crossentropy" (Keras name) for the position classifier'),
 'invalid-spec.glorot-init': ('invalid-spec', S, [], 'init "glorot_uniform" (Keras name for xavier_uniform) on the concessions model'),
 'invalid-spec.dropout-percent': ('invalid-spec', S, [], 'dropout rate written as a percentage (30) instead of 0.3'),
 'data-error.next-season-file': ('data-error', S, [], 'spec points at players-2025.csv, the roster export the registrar has not sent yet'),
 'data-error.target-renewal-typo': ('data-error', S, [], 'target column "renewal" but the sheet calls it "renewed"'),
 'data-error.member-id-feature': ('data-error', S, [], 'member_id (text like "M-4100") listed among the numeric features'),
 'data-error.signup-gaps': ('data-error', S, [], 'members-gaps.csv from the sign-up sheet has NA, "?" and empty cells in feature columns'),
 'data-error.treasurer-share-path': ('data-error', S, [], 'path climbs out of the workspace to the treasurer\'s network share'),
 'data-error.sold-out-attendance': ('data-error', S, [], 'box office typed "sold out" into the numeric attendance column for some games'),
 'shape-mismatch.three-positions': ('shape-mismatch', S, [], '3 softmax units for 4 positions (goalies forgotten: they are only 5% of the roster)'),
 'shape-mismatch.gate-two-outputs': ('shape-mismatch', S, [], '2 output units for a single concessions_usd target'),
 'shape-mismatch.iris-two-classes': ('shape-mismatch', S, [], 'iris sanity check with 2 softmax units for 3 species'),
 'shape-mismatch.goalie-flag-five': ('shape-mismatch', S, [], '4 softmax units for blobs with 5 classes (copied from the 4-position model)'),
 'loss-activation-mismatch.softmax-mse-positions': ('loss-activation-mismatch', S, [], 'softmax output trained with mse on the position classes (trains here, but cce is the fitting loss)'),
 'loss-activation-mismatch.bce-linear-renewal': ('loss-activation-mismatch', S, [], 'bce on a linear output for renewal 0/1: ends above the baseline'),
 'loss-activation-mismatch.cce-sigmoid-positions': ('loss-activation-mismatch', S, [], 'cce with a sigmoid output layer instead of softmax on positions (its loss is not the categorical cross-entropy of a distribution)'),
 'loss-activation-mismatch.sigmoid-head-revenue': ('loss-activation-mismatch', S, [], 'sigmoid output for raw concessions dollars (thousands): it can never exceed 1, loss stays at 3.6x the baseline'),
 'loss-activation-mismatch.relu-head-standardized': ('loss-activation-mismatch', S, [], 'relu output on a standardized (half negative) revenue target: cannot reach the negative half, stalls at 0.30 of baseline vs 0.01 for a linear head'),
 'init-symmetry.zeros-hidden-renewal': ('init-symmetry', S, [], 'zeros init for a 16-unit tanh layer and the output: nothing learns, loss stays at the baseline'),
 'init-symmetry.constant-positions': ('init-symmetry', S, [], 'constant 0.1 init on two tanh layers (24, 12): all units stay identical, the net acts as one unit per layer'),
 'init-symmetry.zeros-everywhere-gate': ('init-symmetry', S, ['dead-relu'], 'zeros init on every layer of a relu regression: loss frozen at the baseline'),
 'init-symmetry.constant-sigmoid-members': ('init-symmetry', S, [], 'constant 0.05 init on a 20-unit sigmoid layer: identical units, ends 0.73 of baseline vs 0.63-0.67 for healthy renewal models'),
 'init-scale.normal-std-8-relu': ('init-scale', S, ['saturated-activation'], 'normal std 8 on relu layers (32, 16): first loss 223, ends 24x the baseline with the output saturated'),
 'init-scale.uniform-tiny-deep-tanh': ('init-scale', S, ['vanishing-gradient'], 'uniform limit 1e-4 on a 3x32 tanh tower: signal and gradients vanish, loss stays at the baseline'),
 'init-scale.normal-std-30-gate': ('init-scale', S, ['saturated-activation'], 'normal std 30 on a tanh layer: first loss 5005, tanh units saturated, ends 0.33 of baseline vs 0.01 healthy'),
 'init-scale.uniform-limit-5-elu': ('init-scale', S, [], 'uniform limit 5 on elu layers: first loss 51, ends 0.26 of baseline vs 0.00-0.05 healthy'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', S, [], 'two 32-unit linear hidden layers on moons: a logistic regression in disguise, 0.41 of baseline vs 0.02 with relu'),
 'no-nonlinearity.linear-stack-circles': ('no-nonlinearity', S, [], 'three linear hidden layers on circles: cannot separate rings, loss at the baseline'),
 'no-nonlinearity.linear-xor-pairs': ('no-nonlinearity', S, [], 'two linear 24-unit layers on xor: stays at the baseline'),
 'lr-out-of-range.adam-zero': ('lr-out-of-range', S, [], 'adam lr 0 left from a "freeze" experiment'),
 'lr-out-of-range.sgd-negative': ('lr-out-of-range', S, [], 'sgd lr -0.01 (sign typo)'),
 'lr-out-of-range.adam-lr-30': ('lr-out-of-range', S, ['lr-too-high'], 'adam lr 30 (meant 3e-3): first loss 4e7, ends 172x the baseline'),
 'lr-out-of-range.rmsprop-lr-100': ('lr-out-of-range', S, ['lr-too-high'], 'rmsprop lr 100 (percent habit): ends 217x the baseline'),
 'dead-relu.negative-bias-renewal': ('dead-relu', P, [], 'relu layers initialised with bias -6: 69% then 100% of units dead from the start, loss at the baseline'),
 'dead-relu.raw-fee-big-step': ('dead-relu', P, ['exploding-gradient'], 'raw fees in hundreds of dollars with sgd 0.05: first loss 8026, 97% of first-layer relus die, loss at baseline'),
 'dead-relu.sgd-kick-positions': ('dead-relu', P, ['lr-too-high'], 'sgd lr 3 knocks the second relu layer dead (100%), loss stuck at the baseline'),
 'exploding-gradient.raw-gate-sgd': ('exploding-gradient', P, ['dead-relu'], 'raw attendance and raw dollar target with no normalisation: output gradients 5e3-2e4, hidden relus all dead, loss 3.6x baseline'),
 'exploding-gradient.raw-revenue-target': ('exploding-gradient', P, [], 'features standardised but the target left in raw dollars: gradient norms up to 5e6 throughout the run'),
 'vanishing-gradient.deep-sigmoid-moons': ('vanishing-gradient', P, [], 'seven sigmoid hidden layers with sgd: first-layer gradient ~1e-5, loss at the baseline'),
 'vanishing-gradient.deep-sigmoid-renewal': ('vanishing-gradient', P, [], 'six 24-unit sigmoid layers: first-layer gradient 4 orders below the last, loss at the baseline'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', P, ['init-scale'], 'five tanh layers with normal std 0.02: gradients fade towards the input, loss at the baseline'),
 'vanishing-gradient.sigmoid-tower-circles': ('vanishing-gradient', P, ['init-scale'], 'five sigmoid layers with std 0.1 init on circles: first-layer gradient ~1e-6, loss at the baseline'),
 'nan-loss.momentum-raw-revenue': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw attendance and raw dollar target, sgd 0.5 momentum 0.9 on batches of 8: NaN in the first epoch'),
 'nan-loss.sgd-lr-10-gate': ('nan-loss', P, ['lr-too-high'], 'sgd lr 10 on the concessions model: NaN in the first epoch'),
 'lr-too-high.adam-lr-0.5-positions': ('lr-too-high', P, ['dead-relu'], 'adam lr 0.5: loss jumps 0.95-2.9 in the first epochs, then a relu layer dies and it sits at the baseline'),
 'lr-too-high.rmsprop-0.2-gate': ('lr-too-high', P, ['oscillating-loss', 'dead-relu'], 'rmsprop lr 0.2: first loss 18, then bounces 0.15-0.36 for the whole run vs 0.01 healthy; 96% relus dead'),
 'lr-too-high.nesterov-lr-2-members': ('lr-too-high', P, ['dead-relu'], 'nesterov sgd lr 2: first epoch loss 8e7, relus die, stuck at the baseline'),
 'lr-too-low.sgd-1e-5-renewal': ('lr-too-low', P, [], 'sgd lr 1e-5 for 60 epochs: the loss barely moves (0.84 -> 0.83, above the baseline)'),
 'lr-too-low.adam-1e-6-positions': ('lr-too-low', P, [], 'adam lr 1e-6: 1.69 -> 1.67 in 80 epochs'),
 'lr-too-low.rmsprop-1e-6-gate': ('lr-too-low', P, [], 'rmsprop lr 1e-6: 1.33 -> 1.28 in 100 epochs'),
 'lr-too-low.nesterov-1e-5-moons': ('lr-too-low', P, [], 'nesterov sgd lr 1e-5: 0.62 -> 0.60 in 100 epochs'),
 'saturated-activation.sigmoid-raw-fees': ('saturated-activation', P, [], 'sigmoid hidden layer fed raw fees/tenure/distance: 100% saturated, loss at the baseline'),
 'saturated-activation.tanh-raw-attendance': ('saturated-activation', P, [], 'tanh layer fed raw attendance (hundreds-thousands): 99% saturated, ends 0.42 of baseline vs 0.01 healthy'),
 'saturated-activation.tanh-raw-minutes': ('saturated-activation', P, [], 'tanh layers fed raw minutes/saves: first layer 97% saturated, ends 0.26 of baseline vs 0.00-0.05 healthy'),
 'loss-plateau.heavy-dropout-renewal': ('loss-plateau', T, [], 'dropout 0.9 after an 8-unit layer: loss settles at 0.62 (0.98 of baseline) vs 0.42 healthy'),
 'loss-plateau.tanh-saddle-xor': ('loss-plateau', T, ['init-scale'], 'tanh net with uniform limit 1e-3 trained full-batch: stuck on the saddle at ln 2 for 200 epochs'),
 'loss-plateau.weight-decay-crush': ('loss-plateau', T, [], 'weightDecay 5 (meant 5e-4): weights pinned near zero, loss at the baseline'),
 'loss-plateau.clipnorm-tiny-gate': ('loss-plateau', T, ['lr-too-low'], 'clipNorm 1e-4 (meant 1.0): updates crushed, loss flat at 3.1x baseline for 100 epochs'),
 'oscillating-loss.adam-batch-1-gate': ('oscillating-loss', T, ['lr-too-high'], 'adam 0.05 on batch size 1: epoch loss swings 0.10-0.54 for the whole run vs 0.01 healthy'),
}
REFILED = {
 'nan-loss.raw-revenue-sgd': ('exploding-gradient', P, ['nan-loss', 'dead-relu'], 'raw attendance and raw dollar target with sgd 0.01: first epoch loss 2.5e25, output gradient up to 5.6e11 (no NaN), hidden relus dead', 'written as nan-loss; never went NaN but gradients exploded'),
 'lr-too-high.sgd-1.5-gate': ('nan-loss', P, ['lr-too-high'], 'sgd lr 1.5 on a tanh regression: 8e15 in epoch 1, NaN in epoch 2', 'written as lr-too-high; went NaN at epoch 2'),
 'oscillating-loss.sgd-full-batch-gate-0.9': ('lr-too-high', P, ['exploding-gradient', 'nan-loss'], 'full-batch sgd lr 0.95 on a linear regression with 8 standardised features: loss grows x2.7 every epoch to 1e33', 'written as oscillating-loss; diverged monotonically instead'),
 'lr-too-high.sgd-lr-4-renewal': ('oscillating-loss', T, ['lr-too-high'], 'sgd lr 4 on a tanh renewal model: loss bounces 0.49-0.68 epoch to epoch (around the 0.64 baseline) vs 0.42 healthy', 'written as lr-too-high; the curve swings and does not settle'),
 'exploding-gradient.raw-minutes-players': ('dead-relu', P, ['exploding-gradient'], 'raw minutes/saves into relu layers with sgd momentum: 69%/88% of relus die, loss 1.06x baseline', 'written as exploding-gradient; gradients peaked at 84 only, the visible symptom is dead relus'),
}
DROP = {
 'invalid-spec.validation-split-whole': 'trimmed to keep the set at 65 faults (invalid-spec had 6)',
 'invalid-spec.batchsize-zero': 'trimmed to keep the set at 65 faults (invalid-spec had 6)',
 'data-error.game-date-feature': 'trimmed to size (duplicates member-id-feature: a text column listed as a feature)',
 'dead-relu.bias-minus-4-gate': 'borderline: only 42% of units dead; also trimmed to size',
 'nan-loss.momentum-raw-minutes': 'never went NaN; showed dead relus instead, and dead-relu already had enough (trimmed)',
 'lr-too-low.full-batch-sgd-1e-4-iris': 'trimmed to size (lr-too-low had 5)',
 'exploding-gradient.deep-wide-std1': 'borderline: huge first loss and gradients but it recovered and trained to 0',
 'shape-mismatch.two-unit-renewal-bce': 'the engine accepted 2 sigmoid units with bce and trained (0.68 of baseline): not a clear mismatch',
 'no-nonlinearity.linear-positions': 'linear stack reached 0.05 of baseline on positions (the classes are nearly linearly separable): no visible harm',
 'saturated-activation.sigmoid-std-4-init': 'partly saturated (0.68) but trained to 0.07 of baseline: borderline',
 'loss-plateau.one-unit-spirals': 'one hidden unit is a capacity limit, not a plateau the model could escape: borderline',
 'oscillating-loss.rmsprop-0.05-batch-4': 'swings are tiny against the baseline (it learned to ~0): borderline',
 'oscillating-loss.momentum-099-full-batch': 'slow wavy descent that ends at 0.54 of baseline, better than the healthy renewal models: not a fault',
 'ok.renewal-core-features': 'healthy candidate ending at 0.78 of baseline: too close to the line, dropped',
 'ok.moons-rmsprop-batch-1': 'healthy candidate ends at 0.30 of baseline vs 0.02 for other moons models: possibly under-trained',
 'ok.renewal-batch-2-adam': 'healthy candidate at 0.71 after 30 epochs: borderline against the 0.63-0.67 of the others',
}

def covers(spec):
    d = spec['data']
    src = d.get('csv', '').replace('../data/', '') or (('builtin ' + d['builtin']) if 'builtin' in d else 'inline table')
    if 'features' in d and len(d['features']) not in (8, 13): src += ' (%d features)' % len(d['features'])
    norm = d.get('normalize', 'none') + ('/target ' + d['normalizeTarget'] if d.get('normalizeTarget') not in (None, 'none') else '')
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout': layers.append('dropout %g' % l['rate']); continue
        s = '%d %s' % (l['units'], l['activation'])
        if 'init' in l: s += ' ' + l['init']
        if l.get('batchNorm'): s += ' +bn'
        if l.get('bias'): s += ' bias %g' % l['bias']
        layers.append(s)
    o = spec['optimizer']; t = spec['training']
    os_ = o['type'] + (' nesterov' if o.get('nesterov') else '') + (' momentum %g' % o['momentum'] if o.get('momentum') else '') + ' %g' % o['lr']
    if o.get('weightDecay'): os_ += ' wd %g' % o['weightDecay']
    if o.get('clipNorm'): os_ += ' clip %g' % o['clipNorm']
    tr = 'batch %d, %d epochs' % (t['batchSize'], t['epochs']) + (', val %g' % t['validationSplit'] if t.get('validationSplit') else '')
    return '%s %s, [%s], %s, %s, %s' % (src, norm, ', '.join(layers), spec['loss'], os_, tr)

cand = os.path.join(HERE, 'candidates')
names = sorted(f[:-8] for f in os.listdir(cand) if f.endswith('.nn.json'))
for sub in ('faulty', 'healthy', 'dropped'): os.makedirs(os.path.join(HERE, sub), exist_ok=True)
faults, healthy, seen = [], [], set()
for n in names:
    src = os.path.join(cand, n + '.nn.json')
    if n in DROP:
        shutil.move(src, os.path.join(HERE, 'dropped', n + '.nn.json')); seen.add(n); continue
    if n in F or n in REFILED:
        code, stage, extra, text = F[n] if n in F else REFILED[n][:4]
        fname = n if n in F else code + '.' + n.split('.', 1)[1]
        shutil.move(src, os.path.join(HERE, 'faulty', fname + '.nn.json'))
        faults.append({'file': 'faulty/%s.nn.json' % fname, 'code': code, 'fault': '%s (observe: %s)' % (text, obs[n]), 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
        seen.add(n); continue
    if n.startswith('ok.'):
        spec = json.load(open(src))
        shutil.move(src, os.path.join(HERE, 'healthy', n + '.nn.json'))
        healthy.append({'file': 'healthy/%s.nn.json' % n, 'covers': '%s (observe: %s)' % (covers(spec), obs[n])})
        seen.add(n); continue
    raise SystemExit('no verdict for ' + n)
missing = (set(F) | set(REFILED) | set(DROP)) - seen
if missing: raise SystemExit('verdicts for missing candidates: %s' % missing)
about = ('Two-hundred-eighty-seventh fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
 'Theme: lacrosse clubs. "code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
 'Each "fault" text (and each healthy "covers") ends with the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt); no diagnosis code involved. '
 'Data from data/generate.ts (seed 287): players.csv (420 rostered players, 13 season stats incl. a no-effect jersey number, position attack/midfield/defense/goalie with goalies 5%), roster-tabs.csv (same, tab-separated portal export), '
 'members.csv (520 memberships, skewed tenure/distance/volunteer hours, fee collinear with age and sibling discount, renewed 0/1, id and signup-date text columns), members-gaps.csv (NA/?/empty cells), '
 'gate.csv (360 home games, attendance in the thousands, concessions revenue in raw dollars, date text column), gate-eu.csv (semicolon/decimal-comma export), gate-soldout.csv ("sold out" typed into attendance); plus builtins and two inline tables. '
 'Specs by author.ts; this manifest by write-manifest.py. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=2)
open(os.path.join(HERE, 'manifest.json'), 'a').write('\n')
os.rmdir(cand)
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(DROP), 'dropped')
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
