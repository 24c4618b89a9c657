"""Verdicts of set blind232 (hop farms and maltings): files candidates/ into faulty/, healthy/, dropped/
and writes manifest.json. Run from test/faults-blind232 after author.ts and the observe runs."""
import json, os, re, shutil

obs = {}
for line in open('observed.txt'):
    line = line.strip()
    m = re.match(r'([\w.\-]+?)(\.nn\.json)?[: ]', line)
    if m: obs.setdefault(m.group(1), line)

S, P, T = 'static', 'probe', 'training'
# candidate -> (code, stage, catches, fault words)
F = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', S, [], 'optimizer "adamw" typed from PyTorch habit; the engine has adam, sgd, rmsprop'),
 'invalid-spec.loss-keras-name': ('invalid-spec', S, [], 'loss written with the Keras name "binary_crossentropy" instead of "bce"'),
 'invalid-spec.dropout-as-percent': ('invalid-spec', S, [], 'dropout rate written as a percentage (20) instead of a fraction'),
 'invalid-spec.activation-gelu': ('invalid-spec', S, [], 'activation "gelu" that the engine does not have'),
 'invalid-spec.validation-split-percent': ('invalid-spec', S, [], 'validationSplit 20 meant as 20 percent'),
 'data-error.file-renamed-xlsx-era': ('data-error', S, [], 'spec points at hop_lots_2023.csv, a file name from last season that no longer exists'),
 'data-error.lot-id-as-feature': ('data-error', S, [], 'lot_id text column (HL-2019-1000) listed among the features'),
 'data-error.target-name-without-unit': ('data-error', S, [], 'target "diastatic_power" but the lab export calls it diastatic_wk'),
 'data-error.na-markers-in-rain': ('data-error', S, [], 'the copy of the hop lot sheet with NA, n/a and empty cells used as is'),
 'data-error.path-to-shared-drive': ('data-error', S, [], 'csv path climbs out of the workspace to the maltings share'),
 'data-error.no-features-timestamp-column': ('data-error', S, [], 'no "features" list, so the kiln log reading_time timestamp column is read as a feature'),
 'shape-mismatch.grade-two-units': ('shape-mismatch', S, [], 'grade has three classes (A, B, C) but the softmax head has 2 units'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', S, [], 'two regression targets (extract and diastatic power) and one output unit'),
 'shape-mismatch.grade-four-units-copied': ('shape-mismatch', S, [], 'head of 4 units copied from a four-class spec onto the three-grade data'),
 'loss-activation-mismatch.softmax-mse-grade': ('loss-activation-mismatch', S, [], 'softmax head trained with mse on hop grade classes'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'bce on the rejected flag with a linear output, no sigmoid'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, [], 'cce on three grades with a sigmoid output instead of softmax'),
 'loss-activation-mismatch.sigmoid-head-raw-extract': ('loss-activation-mismatch', S, [], 'sigmoid head on malt extract in raw percent (about 80), which it can never reach'),
 'loss-activation-mismatch.tanh-head-moisture': ('loss-activation-mismatch', S, [], 'tanh head on cone moisture in raw percent (4-16) with no target normalisation'),
 'init-symmetry.constant-all-layers': ('init-symmetry', S, [], 'every layer initialised to the constant 0.1, so all units of a layer stay identical'),
 'init-symmetry.zeros-two-tanh': ('init-symmetry', S, [], 'two tanh hidden layers initialised to zeros'),
 'init-symmetry.constant-kiln-head': ('init-symmetry', S, [], 'hidden and output weights all the constant 0.05: the 16 relu units stay copies of one unit'),
 'init-scale.normal-std-8': ('init-scale', S, ['exploding-gradient'], 'normal init with std 8 on two 32-unit relu layers'),
 'init-scale.uniform-limit-20-tanh': ('init-scale', S, ['saturated-activation'], 'uniform init with limit 20 on a tanh layer'),
 'init-scale.normal-std-1e-5-deep': ('init-scale', S, ['vanishing-gradient'], 'normal init with std 1e-5 on a deep tanh stack'),
 'no-nonlinearity.linear-stack-grade': ('no-nonlinearity', S, [], 'two 32-unit linear hidden layers before the grade softmax'),
 'no-nonlinearity.default-activation-kiln': ('no-nonlinearity', S, [], 'activation left out on every layer, so the deep kiln model is linear'),
 'no-nonlinearity.linear-moons': ('no-nonlinearity', S, [], 'linear hidden layers on the moons sanity check'),
 'lr-out-of-range.adam-lr-3': ('lr-out-of-range', S, ['lr-too-high'], 'adam with lr 3'),
 'lr-out-of-range.sgd-lr-80': ('lr-out-of-range', S, ['lr-too-high', 'nan-loss'], 'sgd with lr 80'),
 'lr-out-of-range.rmsprop-lr-1e-9': ('lr-out-of-range', S, ['lr-too-low'], 'rmsprop with lr 1e-9'),
 'lr-out-of-range.adam-lr-1e-8': ('lr-out-of-range', S, ['lr-too-low'], 'adam with lr 1e-8'),
 'dead-relu.bias-minus-4': ('dead-relu', P, [], 'relu layers with initial bias -4 on standardised kiln features'),
 'dead-relu.bias-minus-6-grade': ('dead-relu', P, [], 'relu layer with bias -6 copied from a sparse-activation trick'),
 'exploding-gradient.raw-kiln-sensors': ('dead-relu', P, ['exploding-gradient'], 'raw kiln sensors (fan rpm ~1400, green weight ~2400 kg) with normalize none: the first steps kill every relu unit'),
 'lr-too-high.adam-0.3-alpha': ('dead-relu', P, ['lr-too-high'], 'adam lr 0.3 on the alpha acid model: the first steps kill the second relu layer'),
 'exploding-gradient.raw-diastatic-target': ('exploding-gradient', P, ['dead-relu'], 'diastatic power in raw WK units (~280) with sgd momentum and no target normalisation'),
 'nan-loss.raw-green-weight-sgd': ('exploding-gradient', P, ['dead-relu', 'nan-loss'], 'raw green weight, fan rpm and bed depth with sgd 0.05: gradients blow up then the relu layer dies'),
 'nan-loss.raw-malt-rmsprop-huge-lr': ('exploding-gradient', P, ['dead-relu', 'nan-loss'], 'raw malt features and raw diastatic target with sgd 0.1 momentum 0.9, batch 8'),
 'vanishing-gradient.deep-sigmoid-sgd': ('vanishing-gradient', P, [], 'eight sigmoid layers trained with plain sgd'),
 'vanishing-gradient.deep-tanh-tiny-init': ('vanishing-gradient', P, ['init-scale'], 'four tanh layers with normal std 0.01 init'),
 'vanishing-gradient.sigmoid-ten-layers-grade': ('vanishing-gradient', P, [], 'ten sigmoid hidden layers on hop grade'),
 'nan-loss.gdd-unscaled-sigmoid-bce': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'unscaled growing degree days and sun hours (thousands) with sgd 0.5'),
 'dead-relu.sgd-lr-high-kills': ('nan-loss', P, ['lr-too-high'], 'sgd lr 0.5 with momentum 0.9 on diastatic power'),
 'exploding-gradient.deep-std-1-relu': ('nan-loss', P, ['init-scale', 'exploding-gradient'], 'four 64-unit relu layers with normal std 1 init'),
 'lr-too-high.nesterov-lr-2-kiln': ('nan-loss', P, ['lr-too-high'], 'nesterov sgd with lr 2 on the kiln model'),
 'lr-too-high.sgd-momentum-lr-0.8': ('nan-loss', P, ['lr-too-high'], 'sgd lr 0.8 with momentum 0.9 on malt extract'),
 'oscillating-loss.momentum-0.99-batch-4': ('nan-loss', P, ['lr-too-high'], 'sgd momentum 0.99 at lr 0.05 with batches of 4'),
 'lr-too-high.sgd-0.3-momentum-pass': ('lr-too-high', P, ['oscillating-loss'], 'sgd lr 0.3 with momentum 0.95 on batch spec pass; loss bounces above the baseline'),
 'oscillating-loss.sgd-full-batch-lr-1.2': ('lr-too-high', P, ['nan-loss'], 'full-batch sgd with lr 1.2 on malt extract: loss rises every epoch to NaN'),
 'oscillating-loss.sgd-full-batch-lr-0.7': ('lr-too-high', P, ['nan-loss'], 'full-batch sgd with lr 0.7 on malt extract: loss rises every epoch to NaN'),
 'lr-too-low.sgd-1e-5-extract': ('lr-too-low', P, [], 'plain sgd lr 1e-5 on malt extract'),
 'lr-too-low.adam-2e-6-grade': ('lr-too-low', P, [], 'adam lr 2e-6 on hop grade'),
 'lr-too-low.rmsprop-1e-6-kiln': ('lr-too-low', P, [], 'rmsprop lr 1e-6 on the kiln model'),
 'lr-too-low.momentum-sgd-1e-5-pass': ('lr-too-low', P, [], 'sgd momentum lr 1e-5 on batch spec pass'),
 'saturated-activation.sigmoid-raw-kiln': ('saturated-activation', P, [], 'sigmoid hidden layer fed raw kiln sensor values (normalize none)'),
 'saturated-activation.tanh-std-4': ('saturated-activation', P, ['init-scale'], 'tanh layer with normal std 4 init'),
 'saturated-activation.sigmoid-bias-8': ('saturated-activation', P, [], 'sigmoid layer with initial bias 8'),
 'loss-plateau.weight-decay-1': ('loss-plateau', T, [], 'adam with weightDecay 1 pins the grade model at the class prior'),
 'loss-plateau.dropout-0.95': ('loss-plateau', T, [], 'dropout 0.95 after the only hidden layer'),
 'loss-plateau.sigmoid-sgd-circles': ('loss-plateau', T, ['lr-too-low'], 'small sigmoid net with plain sgd 0.05 stuck near chance on circles'),
 'lr-too-high.adam-0.08-kiln-bs8': ('oscillating-loss', T, ['lr-too-high'], 'adam lr 0.08 with batches of 8 on the kiln model: loss swings between 0.08 and 0.34'),
 'loss-plateau.weight-decay-0.5-kiln': ('oscillating-loss', T, [], 'sgd momentum with weightDecay 0.5 on the kiln model: loss swings between 0.14 and 0.27'),
}
DROP = {
 'shape-mismatch.bce-two-units': 'two sigmoid units under bce on a binary target trained (last/base 0.38); not a clear shape fault on the bare engine',
 'init-symmetry.zeros-hidden': 'zeros in the hidden layer but a random output layer breaks the symmetry; trained to 0.04 of baseline',
 'lr-too-high.rmsprop-0.1-grade': 'bouncy but keeps learning to 0.38 of baseline: borderline',
 'lr-too-high.rmsprop-0.05-alpha': 'ends at 0.34 of baseline with small swings: borderline between too high and fine',
 'oscillating-loss.rmsprop-0.03-batch-1': 'swings only about 1% of baseline: too small to call oscillation',
 'oscillating-loss.adam-0.05-full-batch-grade': 'converged smoothly to 0.003: healthy, not a fault',
 'oscillating-loss.rmsprop-0.02-full-batch': 'converged smoothly to 0.05 of baseline: healthy, not a fault',
 'oscillating-loss.momentum-0.95-lr-0.1-bs4': 'NaN at epoch 3, a duplicate of the other nan-loss candidates',
 'loss-plateau.one-unit-bottleneck-relu': 'escaped the plateau after 100 epochs and reached 0.27 of baseline',
 'ok.grade-leaky-rmsprop-dropout': 'ends at 0.46 of baseline where other grade models reach 0.01-0.19',
 'ok.rejected-relu-adam': 'ends at 0.50 of baseline where other rejected models reach 0.19-0.26',
 'ok.rejected-wide-bs1-adam': 'ends at 0.53 of baseline',
 'ok.pass-eu-export': 'ends at 0.26 of baseline where the comma export reaches 0.01',
 'ok.pass-sigmoid-hidden-rmsprop': 'ends at 0.29 of baseline',
 'ok.alpha-elu-rmsprop': 'ends at 0.27 of baseline where other alpha models reach 0.01-0.15',
 'ok.diastatic-raw-target-adam': 'raw target with adam 0.05: loss bounces (min 197, last 225); may look oscillating',
}
COVERS_EXTRA = {}

def describe(spec):
    d = spec['data']
    src = d.get('csv', '').split('/')[-1] or ('builtin ' + d['builtin'] if 'builtin' in d else 'inline table')
    lay = ', '.join(f"{l['units']} {l.get('activation', 'linear')}" + (' bn' if l.get('batchNorm') else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
    o = spec['optimizer']; t = spec['training']
    extra = ''.join(f" {k} {o[k]}" for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if k in o)
    return f"{src} target {d.get('target', '-')} normalize {d.get('normalize', 'none')}/{d.get('normalizeTarget', 'none')}, [{lay}], {spec['loss']}, {o['type']} {o['lr']}{extra}, batch {t['batchSize']}, {t['epochs']} epochs" + (f", validation {t['validationSplit']}" if t.get('validationSplit') else '')

for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy = [], []
names = sorted(f[:-8] for f in os.listdir('candidates') if f.endswith('.nn.json'))
for n in names:
    src = f'candidates/{n}.nn.json'
    if n in DROP:
        shutil.move(src, f'dropped/{n}.nn.json'); continue
    if n.startswith('ok.'):
        shutil.move(src, f'healthy/{n}.nn.json')
        healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f"{describe(json.load(open(f'healthy/{n}.nn.json')))} (observe: {obs[n]})"})
        continue
    code, stage, extra, words = F[n]
    new = n if n.startswith(code + '.') else code + '.' + n.split('.', 1)[1]
    shutil.move(src, f'faulty/{new}.nn.json')
    faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{words} (observe: {obs[n]})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
assert not os.listdir('candidates'), os.listdir('candidates')
os.rmdir('candidates')
about = ('Blind fault set 232 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: hop farms and maltings. Data from data/generate.ts (seeds 232001-232003): hop_lots.csv (440 picked lots, growing conditions, '
         'lab alpha and beta acids, grade A/B/C with A rare, rejected flag ~20%, lot_id/farm/variety text), hop_lots_gaps.csv (the same with NA, n/a and empty cells), '
         'malt_batches.csv (380 maltings batches, protein and grain N collinear, skewed screenings, extract, diastatic power in WK, colour EBC, friability, spec_pass; batch_id and kiln_start text), '
         'malt_batches_eu.csv (260 rows, semicolons and decimal commas), kiln_log.csv (360 oast readings, tab-separated, fan rpm and green weight on large scales, reading_time text). '
         '"stage" is the writer\'s expectation; "catches" the codes whose advice would genuinely fix it. Each fault text and healthy covers ends with its bare-engine observe.ts --summary line (observed.txt; curves in observed-curves.txt).')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1)
from collections import Counter
print(len(faults), len(healthy), len(os.listdir('dropped')))
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
