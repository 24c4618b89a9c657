#!/usr/bin/env python3
"""Verdicts of set blind221: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Reads intent.json (from author.ts) and observed.txt (observe.ts --summary). Run from the set's folder."""
import json, os, re, shutil

here = os.path.dirname(os.path.abspath(__file__))
intent = json.load(open(os.path.join(here, 'intent.json')))
observed = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?(?::| does not parse)', line)
    if m: observed[m.group(1)] = line

# candidate -> (new code, stage, catches, note) for faults that showed another code than written
REFILE = {
    'exploding-gradient.deep-std-1': ('nan-loss', 'probe', ['nan-loss', 'init-scale', 'exploding-gradient'], 'loss NaN in the first epoch'),
    'exploding-gradient.raw-rain-salt': ('nan-loss', 'probe', ['nan-loss', 'exploding-gradient'], 'loss NaN in the first epoch'),
    'exploding-gradient.raw-upv-momentum': ('saturated-activation', 'probe', ['saturated-activation'], 'tanh layer saturated (sat 1.00) on raw features, loss stays at the baseline'),
    'nan-loss.sgd-raw-price': ('exploding-gradient', 'probe', ['exploding-gradient', 'nan-loss'], 'no NaN: gradient norm up to 1.1e11, first loss 1.2e24, then stuck at the baseline with dead relus'),
    'oscillating-loss.momentum-0.99': ('nan-loss', 'probe', ['nan-loss', 'lr-too-high'], 'loss NaN in the first epoch'),
    'oscillating-loss.rmsprop-batch1': ('lr-too-high', 'probe', ['lr-too-high', 'oscillating-loss'], 'loss bounces 0.32..0.45, above the 0.22 baseline the whole run'),
}
DROP = {
    'invalid-spec.batch-zero': 'kept the set within 65 faults; invalid-spec covered by four others',
    'invalid-spec.init-glorot': 'kept the set within 65 faults; invalid-spec covered by three others',
    'data-error.no-features-ids': 'kept the set within 65 faults; text-column data-error already covered by stone-name-feature',
    'shape-mismatch.iris-two-units': 'kept the set within 65 faults; shape-mismatch covered by three others',
    'loss-activation-mismatch.softmax-mse': 'trained well (last/base 0.07, acc 0.895): softmax with mse is a mismatch on paper but showed nothing; borderline',
    'init-symmetry.constant-tanh': 'trained well (last/base 0.08) despite the constant init; borderline',
    'saturated-activation.tanh-raw-memorials': 'saturated (0.99) but still learnt to last/base 0.81; borderline',
    'loss-plateau.moons-sigmoid-sgd-deep': 'still creeping down (0.718 -> 0.688) at the end; could be lr-too-low or vanishing; borderline',
    'loss-plateau.one-unit-spirals': 'kept falling to last/base 0.53: a capacity limit, not a plateau',
    'loss-plateau.weight-decay-huge': 'learnt to last/base 0.41: not far enough from what it could reach to call a plateau',
    'loss-plateau.heavy-dropout-hours': 'noisy descent from 91 to ~1.1 with gradients up to 1200: mixes plateau, exploding and oscillation',
    'oscillating-loss.adam-0.05-batch2': 'a few early swings, then flat at 0.31 with 97% dead relus: dead-relu or oscillation, unclear',
    'oscillating-loss.full-batch-linear-price': 'converged smoothly (0.163): lr 0.3 was stable, no fault',
    'oscillating-loss.sgd-momentum-batch4': 'NaN in the first epoch (nan-loss), dropped as nan-loss already has four',
    'oscillating-loss.sgd-full-batch-edge': 'diverged to NaN at epoch 25 (nan-loss), dropped to keep the set within 65 faults',
    'exploding-gradient.raw-mm-features-sgd': 'NaN in the first epoch (nan-loss), dropped as nan-loss already has four',
    'nan-loss.sgd-raw-wear-batch1': 'no NaN: a 1e8 first loss, then all units dead and loss near the baseline: exploding or dead-relu, unclear',
    'lr-too-high.momentum-0.9-lr-1': 'bounced for ~10 epochs then settled at last/base 0.18, acc 0.93: borderline',
    'ok.sound-logistic': 'last/base 0.69, worse than the hidden-layer nets on the same target (0.52): borderline healthy',
    'ok.sound-rmsprop': 'last/base 0.65, worse than other nets on the same target (0.52): borderline healthy',
    'ok.snap-rare-class': 'last/base 0.52 where snap-nesterov-xavier reaches 0.18: borderline healthy',
    'ok.durability-minmax-tanh': 'last/base 0.31 where durability-cce reaches 0.05: borderline healthy',
}

def summary(name):
    return observed[name].strip()

cand = os.path.join(here, 'candidates')
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(here, d), exist_ok=True)
faults, healthy, dropped = [], [], []
for name, it in sorted(intent.items()):
    src = os.path.join(cand, name + '.nn.json')
    if name in DROP:
        shutil.move(src, os.path.join(here, 'dropped', name + '.nn.json'))
        dropped.append((name, DROP[name]))
        continue
    if it['code'] == 'ok':
        shutil.move(src, os.path.join(here, 'healthy', name + '.nn.json'))
        healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f"{it['text']} (observe: {summary(name)})"})
        continue
    code, stage, catches, text = it['code'], it['stage'], it['catches'], it['text']
    fname = name
    if name in REFILE:
        code, stage, catches, note = REFILE[name]
        fname = code + name[name.index('.'):]
        text = f"{text}; written as {it['code']}, re-filed: {note}"
    shutil.move(src, os.path.join(here, 'faulty', fname + '.nn.json'))
    faults.append({'file': f'faulty/{fname}.nn.json', 'code': code, 'fault': f"{text} (observe: {summary(name)})", 'stage': stage, 'catches': catches})

about = ('Fault set blind221 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: stone quarries and monumental masons. "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught, '
         '"catches" the codes whose advice would genuinely fix it. Each fault text and healthy covers ends with its line from test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). Data (data/generate.ts, seeds 221, 2211-2213): '
         'blocks.csv (420 quarry blocks: depth, volume, density ~2700, porosity (skewed) with collinear water absorption, ultrasonic velocity ~6000 m/s, cracks, veins, a no-effect shift column, '
         'block_id and cut_date text; targets sound 0/1, grade monument/building/rare aggregate, yield_pct), blocks-gaps.csv (NA, empty and "-" readings), memorials.csv '
         '(380 orders of a monumental mason: stone name and code, mm dimensions, letters, gilding, motif, delivery km, a no-effect plot slope; targets hours and price_gbp), '
         'weathering-lab.csv (semicolons and decimal commas; 300 weathering samples; surface_loss_mm and durability with a rare "poor" class), sawlog.csv '
         '(tab-separated diamond wire saw log with a timestamp column; wear_um and rare snap 0/1), plus builtins and two inline tables. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=1)
open(os.path.join(here, 'dropped.txt'), 'w').write(''.join(f'{n}: {r}\n' for n, r in dropped))
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(dropped), 'dropped')
print(sorted(Counter(f['code'] for f in faults).items()))
print(sorted(Counter(f['stage'] for f in faults).items()))
