#!/usr/bin/env python3
"""Verdicts of blind set 291 (karaoke bars): files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from the set's folder after observe.ts (observed.txt)."""
import json, os, re, shutil

here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
lines = {}
for line in open('observed.txt', encoding='utf-8'):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m and not line.startswith('npm'):
        lines[m.group(1)] = line

S, P, T = 'static', 'probe', 'training'
# candidate slug -> (code, stage, catches, fault text); a new code re-files it
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer typed "adamw" (PyTorch habit) on the rebooking model'),
 'invalid-spec.gelu-activation': ('invalid-spec', S, [], 'activation "gelu" copied from a transformer tutorial; the engine has no gelu'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', S, [], 'dropout rate written as a percentage (20) instead of a fraction (0.2)'),
 'invalid-spec.loss-mae': ('invalid-spec', S, [], 'loss "mae" for the spend regression; only mse, bce, cce exist'),
 'data-error.missing-export': ('data-error', S, [], 'spec points at sessions-march.csv, an export the manager never saved into data/'),
 'data-error.target-typo': ('data-error', S, [], 'target "rebook" where the column is "rebooked"'),
 'data-error.room-label-feature': ('data-error', S, [], 'the text column "room" ("Room 3") added to the numeric features'),
 'data-error.gaps-export': ('data-error', S, [], 'the POS export with NA, empty and "-" markers in drinks and hours used as is'),
 'data-error.pos-share-path': ('data-error', S, [], 'data read straight from the POS share mounted outside the workspace'),
 'shape-mismatch.four-genres': ('shape-mismatch', S, [], '4 softmax units for 5 genres (rap was added later)'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', S, [], 'two target columns (score, duration_s) but one output unit'),
 'shape-mismatch.spend-three-heads': ('shape-mismatch', S, [], '3 output units for the single spend_eur target'),
 'shape-mismatch.iris-two-units': ('shape-mismatch', S, [], 'iris trial with 2 softmax units for its 3 classes'),
 'loss-activation-mismatch.genre-sigmoid-cce': ('loss-activation-mismatch', S, [], 'cce over a 5-unit sigmoid head: loss near 0 yet accuracy 0.47'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'bce on a linear output for rebooked: loss ends above the baseline'),
 'loss-activation-mismatch.softmax-mse-score': ('loss-activation-mismatch', S, ['shape-mismatch'], 'a 1-unit softmax head under mse: the output is constant 1, nothing learns'),
 'loss-activation-mismatch.tanh-head-raw-spend': ('loss-activation-mismatch', S, [], 'tanh head for spend_eur in raw euros (25..790, target not normalised): cannot reach the targets'),
 'init-symmetry.zeros-hidden': ('init-symmetry', S, [], 'zeros init in the 16-unit tanh layer and the head: stays at the baseline'),
 'init-symmetry.constant-relu': ('init-symmetry', S, [], 'constant 0.1 init in a 24-unit relu layer: all units stay identical (one effective unit)'),
 'init-symmetry.two-zero-layers': ('init-symmetry', S, [], 'two 16-unit tanh layers initialised to zeros: nothing moves'),
 'init-scale.std-five-tanh': ('init-scale', S, ['saturated-activation'], 'normal std 5 on 64 tanh units: 86% saturated'),
 'init-scale.uniform-limit-20': ('init-scale', S, ['nan-loss', 'exploding-gradient'], 'uniform limit 20 on two 32-unit relu layers: NaN at once'),
 'init-scale.tiny-std-deep': ('init-scale', S, ['vanishing-gradient'], 'normal std 1e-4 in four layers: first-layer gradient 1e-11, stuck at baseline'),
 'init-scale.std-50-relu': ('init-scale', S, ['exploding-gradient'], 'normal std 50: loss 3e8 times the baseline, gradients 1e7'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', S, [], 'two linear 32-unit hidden layers on moons'),
 'no-nonlinearity.linear-stack-circles': ('no-nonlinearity', S, [], 'three linear hidden layers on circles: stays at the baseline'),
 'no-nonlinearity.linear-genre': ('no-nonlinearity', S, [], 'genre model with linear 64 and 32 hidden layers: no better than softmax regression'),
 'no-nonlinearity.linear-sine': ('no-nonlinearity', S, [], 'sine fit with only linear hidden layers'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', S, ['lr-too-high'], 'Adam lr 5 (meant 5e-3)'),
 'lr-out-of-range.sgd-lr-80': ('lr-out-of-range', S, ['lr-too-high', 'nan-loss'], 'SGD lr 80: NaN at the first epoch'),
 'lr-out-of-range.rmsprop-1e-9': ('lr-out-of-range', S, ['lr-too-low'], 'RMSprop lr 1e-9: the loss does not move'),
 'lr-out-of-range.adam-1e-8': ('lr-out-of-range', S, ['lr-too-low'], 'Adam lr 1e-8: the loss does not move'),
 'dead-relu.adam-hot-start': ('dead-relu', P, ['lr-too-high'], 'Adam 0.3 on a 64-64 relu genre net: 98% of the second layer dies'),
 'dead-relu.deep-negative-bias': ('dead-relu', P, [], 'bias -3 in both relu layers on standardised songs: second layer 100% dead'),
 'dead-relu.negative-bias': ('dead-relu', P, [], 'bias -6 on a 32-unit relu layer: 88% dead'),
 'dead-relu.sgd-blowout-raw-cents': ('dead-relu', P, ['exploding-gradient'], 'raw tab_cents (thousands) into relu layers with SGD 0.05: the first step kills every unit'),
 'exploding-gradient.raw-spend-adam-deep': ('exploding-gradient', P, [], 'spend_eur in raw euros (target not normalised) under a 3-layer relu net: gradients in the thousands'),
 'exploding-gradient.raw-score-clip': ('exploding-gradient', P, [], 'raw 0-100 score target on a 4-layer relu net, clipNorm 1000 that clips nothing: gradients ~7600'),
 'exploding-gradient.raw-features-adam-wide': ('exploding-gradient', P, ['dead-relu'], 'raw tab_cents feature into a 64-64 relu net: gradients 1e9, loss 84x baseline'),
 'vanishing-gradient.sigmoid-tower': ('vanishing-gradient', P, [], '8 sigmoid hidden layers with plain SGD: first layer gradient 1e-6'),
 'vanishing-gradient.tanh-small-init-deep': ('vanishing-gradient', P, ['init-scale'], '8 tanh layers with std 0.02: first layer gradient 1e-7'),
 'vanishing-gradient.sigmoid-deep-score': ('vanishing-gradient', P, [], '10 sigmoid layers for the judge score: first layer gradient 1e-6, stuck'),
 'vanishing-gradient.sigmoid-deep-moons': ('vanishing-gradient', P, [], '7 sigmoid layers, RMSprop 2e-4, on moons: stuck at the baseline'),
 'nan-loss.sgd-lr-3-raw': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'SGD 3 on raw features and raw euro target: NaN by epoch 3'),
 'nan-loss.huge-init-raw-target': ('nan-loss', P, ['init-scale', 'exploding-gradient'], 'std 10 init on raw song features and raw score: NaN at once'),
 'nan-loss.momentum-raw-features': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw tab_cents feature with momentum 0.99: NaN at epoch 1'),
 'exploding-gradient.raw-spend-deep': ('nan-loss', P, ['exploding-gradient'], 'raw features and raw euro target, 3-layer relu, SGD: NaN at the first epoch'),
 'lr-too-high.nesterov-1.5-spend': ('nan-loss', P, ['lr-too-high'], 'Nesterov SGD 0.8 with momentum 0.9 on the spend model: NaN at the first epoch'),
 'lr-too-high.adam-0.3-genre': ('lr-too-high', T, ['oscillating-loss'], 'Adam 0.3 on the genre model: the loss bounces between 0.08 and 1.9 and ends at 0.92 of the baseline'),
 'lr-too-high.rmsprop-0.1-score': ('lr-too-high', T, ['oscillating-loss'], 'RMSprop 0.1: first epoch 24x baseline, then bounces 0.09-0.29 (healthy specs reach 0.04)'),
 'oscillating-loss.momentum-0.99-spend': ('lr-too-high', T, [], 'momentum 0.99 with lr 0.05: the loss climbs from 0.18 to 5e5'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', P, [], 'plain SGD 1e-5: 0.6641 to 0.6627 in 60 epochs'),
 'lr-too-low.adam-1e-6-genre': ('lr-too-low', P, [], 'Adam 1e-6: 2.518 to 2.495 in 80 epochs'),
 'lr-too-low.rmsprop-3e-7-score': ('lr-too-low', P, [], 'RMSprop 3e-7: 1.350 to 1.339'),
 'lr-too-low.momentum-1e-6-spend': ('lr-too-low', P, [], 'momentum SGD 1e-6: 1.55 to 1.27, above the baseline'),
 'saturated-activation.sigmoid-raw-features': ('saturated-activation', P, [], 'sigmoid layer on raw features with tab_cents in thousands: 100% saturated'),
 'saturated-activation.tanh-std-4': ('saturated-activation', P, ['init-scale'], 'tanh layer with std 4 init: 70-91% saturated'),
 'saturated-activation.sigmoid-bias-12': ('saturated-activation', P, [], 'sigmoid layer with bias 12: 100% saturated, stuck'),
 'saturated-activation.tanh-raw-songs': ('saturated-activation', P, [], 'tanh layer on raw song features (bpm, seconds, words): 95% saturated'),
 'exploding-gradient.raw-cents-rmsprop': ('saturated-activation', P, [], 'raw tab_cents into a tanh layer: first layer 100% saturated, its gradient 0, stuck at baseline'),
 'loss-plateau.weight-decay-huge': ('loss-plateau', T, [], 'weightDecay 2 (meant 2e-4): the loss returns to the baseline and stays'),
 'loss-plateau.dropout-0.9-tiny': ('loss-plateau', T, [], 'dropout 0.9 after a 4-unit layer: stuck at the baseline'),
 'loss-plateau.xor-one-unit': ('loss-plateau', T, [], 'a single tanh hidden unit for xor: crawls to 0.54 and stalls (8 units reach 0.01)'),
 'oscillating-loss.adam-0.05-batch4-genre': ('oscillating-loss', T, ['lr-too-high'], 'Adam 0.05 on batches of 4: the loss swings between 0.40 and 0.62 for 60 epochs'),
 'lr-too-high.sgd-2-rebook': ('oscillating-loss', T, ['lr-too-high'], 'SGD 2.5 with momentum 0.9: the loss swings 0.9-3.2, above the baseline, never settles'),
}
DROP = {
 'invalid-spec.batch-zero': 'kept the set within 65 faults; a fifth invalid-spec adds little',
 'init-symmetry.constant-sigmoid': 'trained to 0.07 of the baseline, as well as linear regression does: may count as healthy',
 'nan-loss.raw-cents-target': 'no NaN: the first step blew up (6e18) and then every relu died, at the baseline; mixed symptom',
 'exploding-gradient.raw-cents-features': 'NaN at epoch 1 (would be nan-loss); dropped as a duplicate of the other raw-feature NaN faults',
 'exploding-gradient.raw-score-target': 'NaN at epoch 1 (would be nan-loss); duplicate',
 'exploding-gradient.std-one-deep': 'NaN at epoch 1 from std 1 init; overlaps init-scale and nan-loss, duplicate',
 'oscillating-loss.sgd-full-batch-edge': 'diverged to NaN in 6 epochs, not an oscillation; duplicate of the nan-loss faults',
 'oscillating-loss.sgd-0.6-full-batch': 'diverged to Infinity in 7 epochs, not an oscillation; duplicate',
 'oscillating-loss.nesterov-0.3-batch8': 'NaN at epoch 1, not an oscillation; duplicate',
 'oscillating-loss.adam-batch1': 'small swings (~0.03) while 81% of units died and the loss kept falling: borderline',
 'oscillating-loss.rmsprop-0.01-batch1': 'small swings, ends at 0.77 of the baseline like healthy rebooking models: borderline',
 'oscillating-loss.rmsprop-batch2': 'swings of ~0.01 around 0.09 of the baseline: trains well, borderline',
 'loss-plateau.clip-tiny-sgd': 'clipNorm 1e-4 made steps tiny: the curve is an lr-too-low crawl, not a plateau; borderline between codes',
 'ok.rebook-logistic': 'ends at 0.82 of the baseline, other rebooking models reach 0.37-0.47: not clearly healthy',
 'ok.rebook-eu-minmax': 'ends at 0.79 of the baseline: not clearly healthy',
 'ok.rebook-adam-relu': 'ends at 0.73 of the baseline while larger rebooking models reach 0.37-0.47: borderline',
 'ok.rebook-rmsprop-tanh-val': 'ends at 0.73 of the baseline: borderline',
 'ok.score-elu-wide-clip': 'min 0.065 but ends at 0.28 of the baseline: unstable late, may be faulty',
}
HEALTHY_COVERS = {}

def obs(slug):
    line = lines.get(slug)
    if line is None:
        raise SystemExit(f'no observation for {slug}')
    return line.strip()

faults, healthy = [], []
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
names = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
for slug in names:
    src = f'candidates/{slug}.nn.json'
    if slug in DROP:
        shutil.move(src, f'dropped/{slug}.nn.json')
    elif slug in F:
        code, stage, extra, text = F[slug]
        new = code + '.' + slug.split('.', 1)[1]
        shutil.move(src, f'faulty/{new}.nn.json')
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs(slug)})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif slug.startswith('ok.'):
        spec = json.load(open(src))
        data = spec['data']
        src_name = data.get('csv', '').split('/')[-1] or ('builtin ' + data['builtin'] if 'builtin' in data else 'inline')
        layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}" + (' bn' if l.get('batchNorm') else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
        o = spec['optimizer']
        optxt = o['type'] + (' nesterov' if o.get('nesterov') else '') + (f" momentum {o['momentum']}" if o.get('momentum') else '') + f" {o['lr']}" + (f" wd {o['weightDecay']}" if o.get('weightDecay') else '') + (f" clip {o['clipNorm']}" if o.get('clipNorm') else '')
        t = spec['training']
        covers = f"{src_name} normalize {data.get('normalize', 'none')}/{data.get('normalizeTarget', 'none')}, [{layers}], {spec['loss']}, {optxt}, batch {t['batchSize']}, {t['epochs']} epochs" + (f", val {t['validationSplit']}" if t.get('validationSplit') else '') + (', unshuffled' if t.get('shuffle') is False else '')
        shutil.move(src, f'healthy/{slug}.nn.json')
        healthy.append({'file': f'healthy/{slug}.nn.json', 'covers': f'{covers} (observe: {obs(slug)})'})
    else:
        raise SystemExit(f'no verdict for {slug}')
os.rmdir('candidates')
about = ('Blind fault set 291 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
         '"code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught, "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") ends with its line from test/faults/observe.ts --summary (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt); no diagnosis code involved. '
         'Theme: karaoke bars. Data from data/generate.ts (seed 291): sessions.csv (480 private-room bookings: booking_id/start/room text columns, group size, hours, start hour past midnight as 24-26, skewed drinks, songs collinear with hours, mic_gain_db with no effect, tab_cents in cents, spend_eur regression target, rebooked 0/1 with 8% flipped); '
         'songs.csv (420 song requests, 7 features, genre with rare rap, judge score 0-100); sessions-eu.csv (semicolons, decimal commas); songs-tab.csv (tabs); sessions-gaps.csv (NA, empty and "-" markers). Specs by author.ts, this manifest by write-manifest.py; see README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w', encoding='utf-8'), indent=1, ensure_ascii=False)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(os.listdir('dropped')), 'dropped')
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
