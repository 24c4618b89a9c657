#!/usr/bin/env python3
"""Verdicts of fault set blind297: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from this folder: python3 write-manifest.py (after author.ts and the observe.ts runs)."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

obs = {}
for line in open('observed.txt'):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

# candidate -> (code, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch notebook; the format has only sgd, adam, rmsprop'),
 'invalid-spec.gelu-activation': ('invalid-spec', 'static', [], 'activation "gelu" on the first hidden layer of the tempeh outcome classifier; not an activation the format knows'),
 'invalid-spec.dropout-percent': ('invalid-spec', 'static', [], 'dropout rate written as 30 (percent) instead of 0.3 on the spoiled-vat classifier'),
 'invalid-spec.loss-mae': ('invalid-spec', 'static', [], 'loss "mae" for the mycelium cover regression; only mse, bce, cce exist'),
 'data-error.target-name-umami': ('data-error', 'static', [], 'target "umami" but the lab sheet column is "umami_score"'),
 'data-error.gaps-na-markers': ('data-error', 'static', [], 'the tray log copy with NA, n/a and empty readings (probe failures) used as is'),
 'data-error.handlog-wet-text': ('data-error', 'static', [], 'the hand-typed tray log where the night shift wrote "wet" instead of a moisture percentage'),
 'data-error.outside-workspace': ('data-error', 'static', [], 'CSV path pointing at the shared export folder on the server, outside the workspace'),
 'shape-mismatch.grade-one-unit-cce': ('shape-mismatch', 'static', [], 'miso grade A/B/C with cce but one output unit'),
 'shape-mismatch.outcome-two-units': ('shape-mismatch', 'static', [], 'tempeh outcome has three classes (good, weak, overgrown: the rare one forgotten), output has 2 units'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'two regression targets (umami_score, colour_L) but a single output unit'),
 'shape-mismatch.spoiled-bce-two-units': ('shape-mismatch', 'static', [], 'spoiled 0/1 under bce with two sigmoid output units for its one target column'),
 'loss-activation-mismatch.softmax-mse-umami': ('loss-activation-mismatch', 'static', [], 'softmax on a single-unit regression head under mse: the output is always 1'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce on the spoiled flag with a linear output instead of sigmoid'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'cce on tempeh outcome with a sigmoid output layer instead of softmax'),
 'loss-activation-mismatch.tanh-head-cover-pct': ('loss-activation-mismatch', 'static', [], 'tanh output on cover_pct in raw percent (0-100) without target normalisation: the head cannot exceed 1'),
 'init-symmetry.zeros-hidden': ('init-symmetry', 'static', [], 'init "zeros" on a 16-unit tanh hidden layer of the grade classifier'),
 'init-symmetry.zeros-everywhere': ('init-symmetry', 'static', [], 'zeros init on both the 10-unit sigmoid hidden layer and the output of the spoiled classifier'),
 'init-symmetry.constant-half-tanh': ('init-symmetry', 'static', [], 'constant 0.5 init on a 20-unit tanh layer ("start from a neutral value")'),
 'init-scale.normal-std-8': ('init-scale', 'static', ['exploding-gradient'], 'normal init with std 8 on every layer of a 32-32 relu regressor'),
 'init-scale.uniform-limit-30': ('init-scale', 'static', ['saturated-activation'], 'uniform init with limit 30 on a tanh layer: every unit starts pinned'),
 'init-scale.normal-std-1e-6-deep': ('init-scale', 'static', ['vanishing-gradient'], 'normal std 1e-6 on all layers of a 3-hidden-layer relu net: the signal never gets through'),
 'init-scale.normal-std-5-sigmoid': ('init-scale', 'static', ['saturated-activation'], 'normal std 5 on a sigmoid hidden layer of the cover regressor'),
 'no-nonlinearity.three-linear-hidden-outcome': ('no-nonlinearity', 'static', [], 'three linear hidden layers (32-16-8) for tempeh outcome, whose overgrown class needs an interaction'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', 'static', [], 'two linear hidden layers on moons'),
 'no-nonlinearity.default-activation-circles': ('no-nonlinearity', 'static', [], 'hidden layers without an activation (default linear) on circles'),
 'no-nonlinearity.linear-hidden-cover': ('no-nonlinearity', 'static', [], 'two linear hidden layers for cover_pct, which is a sigmoid of the tray conditions'),
 'lr-out-of-range.adam-lr-3': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam with lr 3'),
 'lr-out-of-range.sgd-lr-80': ('lr-out-of-range', 'static', ['lr-too-high'], 'sgd with lr 80 (a misplaced decimal for 0.08)'),
 'lr-out-of-range.rmsprop-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop with lr 1e-9'),
 'lr-out-of-range.sgd-1e-8': ('lr-out-of-range', 'static', ['lr-too-low'], 'sgd momentum with lr 1e-8'),
 'dead-relu.negative-bias-start': ('dead-relu', 'probe', [], 'relu layer started with bias -6 ("to keep activations sparse"): most units never fire'),
 'dead-relu.deep-bias-minus-4': ('dead-relu', 'probe', [], 'two relu layers with bias -4 on standardised tempeh features: the whole second layer is dead'),
 'dead-relu.adam-lr-too-hot': ('dead-relu', 'probe', ['lr-too-high'], 'adam at 0.3 on the spoiled classifier kills the second relu layer in the first epochs'),
 'oscillating-loss.sgd-batch-1-grade': ('dead-relu', 'training', ['lr-too-high'], 'plain sgd 0.3 with batch 1 on the grade classifier, meant as a bouncing loss; instead the relu layer died (88%) and the loss sat at the baseline'),
 'nan-loss.raw-price-sgd': ('exploding-gradient', 'probe', ['nan-loss'], 'raw price_yen target (thousands) with sgd 0.01 and no target normalisation, meant to give NaN; the loss and gradients blew up to 1e13 but stayed finite'),
 'exploding-gradient.raw-price-adam': ('exploding-gradient', 'probe', [], 'raw price_yen target (thousands of yen) under mse without normalizeTarget: gradients of 1e5'),
 'exploding-gradient.raw-miso-features-adam': ('exploding-gradient', 'probe', [], 'raw miso features (age in days, soy in kg) and raw umami target, no normalisation: gradients up to 9e4'),
 'exploding-gradient.raw-grams-rmsprop': ('exploding-gradient', 'probe', [], 'raw tray weight in grams among the features and raw cover percent target: gradients up to 6e7'),
 'vanishing-gradient.sigmoid-stack-8': ('vanishing-gradient', 'probe', [], 'eight sigmoid hidden layers with plain sgd on tempeh outcome'),
 'vanishing-gradient.tanh-small-init-deep': ('vanishing-gradient', 'probe', ['init-scale'], 'five tanh layers with normal std 0.02 init'),
 'vanishing-gradient.sigmoid-10-spoiled': ('vanishing-gradient', 'probe', [], 'ten sigmoid hidden layers on the spoiled flag'),
 'vanishing-gradient.sigmoid-deep-cover': ('vanishing-gradient', 'probe', [], 'seven sigmoid layers (lecun init) with sgd 0.005 on cover'),
 'nan-loss.adam-raw-everything': ('nan-loss', 'probe', ['exploding-gradient', 'init-scale'], 'raw miso features and target, normal std 3 init, sgd 0.1'),
 'nan-loss.sgd-lr-5-regression': ('nan-loss', 'probe', ['lr-too-high', 'lr-out-of-range'], 'sgd lr 5 on raw cover percent target'),
 'exploding-gradient.raw-price-target': ('nan-loss', 'probe', ['exploding-gradient'], 'raw price_yen target with sgd 0.001, meant as exploding gradients: the loss was NaN in the first epoch'),
 'lr-too-high.nesterov-0-8': ('nan-loss', 'probe', ['lr-too-high'], 'nesterov sgd at 0.8 with momentum 0.9, meant as lr-too-high: the loss was 5e25 in epoch 1 and NaN in epoch 2'),
 'lr-too-high.adam-0-3-grade': ('lr-too-high', 'probe', ['dead-relu'], 'adam at 0.3 on the grade classifier: loss bounces around the baseline'),
 'lr-too-high.adam-1-moons': ('lr-too-high', 'probe', ['dead-relu'], 'adam at 1.0 on moons'),
 'lr-too-high.rmsprop-0-2-cover': ('lr-too-high', 'probe', ['dead-relu'], 'rmsprop at 0.2 on cover: first epoch 1e3, then back at the baseline'),
 'oscillating-loss.momentum-full-batch': ('lr-too-high', 'probe', ['nan-loss', 'oscillating-loss'], 'sgd 0.6 momentum 0.95 full batch, meant to oscillate; the loss rose every epoch to NaN at epoch 78'),
 'lr-too-low.sgd-1e-5-umami': ('lr-too-low', 'training', [], 'plain sgd 1e-5 for umami'),
 'lr-too-low.adam-1e-6-outcome': ('lr-too-low', 'training', [], 'adam 1e-6 (a copied fine-tuning rate) on tempeh outcome'),
 'lr-too-low.rmsprop-2e-6-grade': ('lr-too-low', 'training', [], 'rmsprop 2e-6 on grade'),
 'lr-too-low.sgd-full-batch-1e-4': ('lr-too-low', 'training', [], 'sgd 1e-4 with full-batch steps (one step per epoch) on cover'),
 'saturated-activation.sigmoid-raw-features': ('saturated-activation', 'probe', [], 'sigmoid hidden layer fed raw tempeh features (grams, hours) with normalize none'),
 'saturated-activation.sigmoid-bias-9': ('saturated-activation', 'probe', [], 'sigmoid hidden layer with bias 9'),
 'saturated-activation.tanh-raw-days': ('saturated-activation', 'probe', [], 'tanh layers fed raw miso features (age in days, soy in kg)'),
 'exploding-gradient.raw-grams-momentum': ('saturated-activation', 'probe', [], 'raw tray grams into a tanh layer, meant as exploding gradients: the tanh layer saturated completely and the loss stayed at the baseline'),
 'loss-plateau.weight-decay-2': ('loss-plateau', 'training', [], 'adam with weightDecay 2 (meant 2e-4?): loss stalls at 0.8 of the baseline'),
 'loss-plateau.dropout-0-9': ('loss-plateau', 'training', [], 'dropout 0.9 after both hidden layers: loss stalls at the baseline'),
 'loss-plateau.sgd-decay-1-cover': ('loss-plateau', 'training', [], 'sgd with weightDecay 1 on cover: stalls at 0.40 of the baseline, healthy nets reach 0.01-0.04'),
 'oscillating-loss.adam-batch-1-tempeh-outcome': ('oscillating-loss', 'training', ['lr-too-high'], 'adam 0.05 with batch 1 on tempeh outcome: the loss swings between 0.19 and 0.44'),
 'oscillating-loss.adam-batch-2-cover': ('oscillating-loss', 'training', ['lr-too-high'], 'adam 0.05 with batch 2 on cover: loss bounces 0.13-0.31 and never settles'),
 'oscillating-loss.rmsprop-batch-4': ('oscillating-loss', 'training', ['lr-too-high'], 'rmsprop 0.05 with batch 4 on tempeh outcome: loss swings 0.08-0.34 to the end'),
}
DROP = {
 'invalid-spec.init-he-typo': 'surplus invalid-spec (kept to the count); valid fault',
 'invalid-spec.validation-split-percent': 'surplus invalid-spec; valid fault',
 'invalid-spec.trailing-comma-unknown-key': 'surplus invalid-spec, and its name does not match its fault (an unknown key batch_size)',
 'data-error.file-underscore-typo': 'surplus data-error; valid fault',
 'data-error.no-features-id-column': 'surplus data-error; valid fault (id and timestamp columns read as features)',
 'loss-activation-mismatch.relu-head-standardised-target': 'borderline: relu head on a standardised target still reached 0.54 of the baseline',
 'init-symmetry.constant-two-layers': 'borderline: constant init in both hidden layers but the random output layer broke the symmetry; it trained to 0.13 like a healthy net',
 'lr-too-high.sgd-2-outcome': 'trained well (last/base 0.00): not a fault',
 'saturated-activation.tanh-std-4': 'borderline: saturated 77% but trained to 0.27 of the baseline, near the healthy tanh nets',
 'loss-plateau.clipnorm-1e-5': 'ambiguous: clipNorm 1e-5 made every step tiny (looks like lr-too-low, not a plateau); the fix is the clip, not the rate',
 'exploding-gradient.deep-relu-std-0-4-adam': 'borderline: gradients only up to 120 and it trained to 0.25',
 'exploding-gradient.deep-relu-std-1': 'NaN in epoch 1 (surplus nan-loss)',
 'exploding-gradient.raw-features-soy-days': 'NaN in epoch 1 (surplus nan-loss)',
 'dead-relu.raw-grams-big-sgd': 'NaN in epoch 1 (surplus nan-loss)',
 'oscillating-loss.sgd-batch-1-tanh-umami': 'NaN in epoch 1, unexpected for sgd 0.2 on standardised data (surplus nan-loss)',
 'ok.miso-grade-batch-1-sgd': 'borderline healthy: 0.42 of the baseline after 40 epochs, worse than other grade nets',
 'ok.miso-spoiled-minmax-rmsprop': 'borderline healthy: 0.64 of the baseline, well above the other spoiled nets (0.19-0.39)',
}
HCOVER = {}
def covers(name):
    spec = json.load(open(f'candidates/{name}.nn.json'))
    d = spec['data']
    src = os.path.basename(d['csv']) if 'csv' in d else (d.get('builtin') or 'inline')
    layers = ', '.join(f"{l['units']} {l.get('activation','linear')}{' bn' if l.get('batchNorm') else ''}" if l['type']=='dense' else f"dropout {l['rate']}" for l in spec['layers'])
    o = spec['optimizer']; t = spec['training']
    opt = o['type'] + (' nesterov' if o.get('nesterov') else ' momentum' if o.get('momentum') else '') + f" {o['lr']}" + (f" wd {o['weightDecay']}" if o.get('weightDecay') else '') + (f" clip {o['clipNorm']}" if o.get('clipNorm') else '')
    tgt = d.get('target', '')
    return f"{src} {tgt} {d.get('normalize','none')}{'/target '+d['normalizeTarget'] if d.get('normalizeTarget') else ''}, [{layers}], {spec['loss']}, {opt}, batch {t['batchSize']}, {t['epochs']} epochs{', val '+str(t['validationSplit']) if t.get('validationSplit') else ''}"

for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(sub, exist_ok=True)
faults, healthy = [], []
names = sorted(f[:-8] for f in os.listdir('candidates') if f.endswith('.nn.json'))
for n in names:
    src = f'candidates/{n}.nn.json'
    if n in DROP:
        shutil.move(src, f'dropped/{n}.nn.json'); continue
    if n.startswith('ok.'):
        shutil.move(src, f'healthy/{n}.nn.json') if False else None
        healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{covers(n)} (observe: {obs[n]})'})
        shutil.move(src, f'healthy/{n}.nn.json'); continue
    code, stage, extra, text = F[n]
    newname = n if n.startswith(code + '.') else code + '.' + n.split('.', 1)[1]
    shutil.move(src, f'faulty/{newname}.nn.json')
    faults.append({'file': f'faulty/{newname}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[n]})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
assert not os.listdir('candidates'), os.listdir('candidates')
os.rmdir('candidates')
about = ('Fault set blind297 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
 'Theme: miso and tempeh producers. Data (data/generate.ts, seeds from 297): miso-vats.csv (420 fermentation batches: skewed soy_kg and age_days, collinear stir_count, '
 'a barrel_cedar flag with no effect, batch_id and start_date text columns; targets umami_score, grade A/B/C, spoiled 0/1 at 6%), miso-vats-eu.csv (the same, semicolons and decimal commas), '
 'tempeh-trays.csv (380 trays: bean_kg and tray_weight_g collinear, chamber and ambient temperature collinear, tray weight in raw grams; targets cover_pct, price_yen, outcome good/weak/overgrown with 7 overgrown), '
 'tempeh-trays-tab.csv (tab export), tempeh-trays-gaps.csv (NA, n/a, empty readings), tempeh-trays-handlog.csv ("wet" typed in moisture_pct); plus builtins and two inline tables. '
 '"stage" is the writer\'s expectation, "catches" the codes whose advice would genuinely fix it. Each fault and covers text ends with its observe.ts --summary line (observed.txt); --curve in observed-curves.txt.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=2, ensure_ascii=False)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), len(healthy), len(DROP), Counter(f['code'] for f in faults), Counter(f['stage'] for f in faults))
