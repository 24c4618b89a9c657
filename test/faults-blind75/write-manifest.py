#!/usr/bin/env python3
"""Files the candidates of test/faults-blind75 by what the bare engine did (observed.txt) and writes manifest.json.

candidates/intent.json (from author.ts) says what each candidate was written to show; VERDICTS below
overrides it where the engine showed something else, DROP lists the ones that showed neither a fault
nor clean health. Run from the set's folder after author.ts and observe.ts: python3 write-manifest.py
"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
intent = {c['id']: c for c in json.load(open('candidates/intent.json'))}
observed = {}
for line in open('observed.txt'):
    line = line.strip()
    m = re.match(r'^([^:]+?)(?:\.nn\.json)?(?::| does not parse)', line)
    observed[m.group(1)] = line

# id -> (code, slug, stage, catches, fault text) where the verdict differs from the intent.
VERDICTS = {
    'exploding-gradient.board-normal-std2-deep': ('init-scale', 'board-normal-std2-deep', 'static', ['init-scale'],
        'normal init std 2 on three 64-unit relu layers (He std would be about 0.6 and 0.18): first-epoch loss in the thousands, gradients up to ~350, then it recovers'),
    'exploding-gradient.etch-raw-deep': ('nan-loss', 'etch-raw-deep', 'probe', ['nan-loss', 'exploding-gradient'],
        'raw process columns (rf power, flows in the hundreds, normalize none) into a three-layer relu net with sgd momentum: the loss is NaN within the first epoch'),
    'nan-loss.etch-raw-target-sgd': ('exploding-gradient', 'etch-raw-target-sgd', 'probe', ['exploding-gradient'],
        'thickness in nm as raw target and raw process columns, sgd lr 0.01: output-layer gradient norm up to ~9e7 in the first epoch, the relu layer then dies and the loss sits at the baseline'),
    'lr-too-high.defects-adam-0.3': ('dead-relu', 'defects-adam-0.3', 'probe', ['dead-relu', 'lr-too-high'],
        'adam lr 0.3 on the defect classifier: the second relu layer dies completely and the loss stays at the class-prior baseline'),
    'oscillating-loss.etch-sgd-momentum-0.99': ('lr-too-high', 'etch-sgd-momentum-0.99', 'probe', ['lr-too-high', 'nan-loss'],
        'sgd lr 0.05 with momentum 0.99 on thickness regression: the loss swings 4.0 -> 1.8 -> 36.9 and is NaN at epoch 7'),
    'oscillating-loss.wafer-adam-0.1-batch8': ('lr-too-high', 'wafer-adam-0.1-batch8', 'probe', ['lr-too-high', 'oscillating-loss'],
        'adam lr 0.1 with batch 8 on the rare die-fail flag: best loss 0.06 early, then jumps up to 0.35 and settles at 0.13-0.16 (a rise of ~30% of the baseline) with a relu layer 60% dead'),
    'lr-too-high.board-rmsprop-0.2': ('oscillating-loss', 'board-rmsprop-0.2', 'training', ['oscillating-loss', 'lr-too-high'],
        'rmsprop lr 0.2 on board test: the loss swings by 0.1-0.3 (15-40% of the baseline) epoch to epoch for the whole run, and a relu layer is up to 94% dead'),
    'loss-plateau.wafer-bias-positive-sigmoid': ('saturated-activation', 'wafer-bias-positive-sigmoid', 'probe', ['saturated-activation', 'loss-plateau'],
        'sigmoid hidden layers with initial bias 6: the first layer is 99% saturated and the loss sits at the class-prior baseline'),
}
DROP = {
    'oscillating-loss.burnin-batch1-sgd': 'batch 1 with sgd lr 0.1: the loss is noisy (0.04-0.09) but falls to ~5% of the baseline; neither a clear oscillation nor clean enough to call healthy',
}

for folder in ('faulty', 'healthy', 'dropped'):
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)

faults, healthy, dropped = [], [], []
for cid, c in intent.items():
    obs = observed[cid]
    src = f'candidates/{cid}.nn.json'
    if cid in DROP:
        shutil.copy(src, f'dropped/{cid}.nn.json')
        dropped.append((cid, DROP[cid]))
        continue
    if c['intent'] == 'healthy':
        dst = f'healthy/{cid}.nn.json'
        shutil.copy(src, dst)
        healthy.append({'file': dst, 'covers': f"{c['text']} (observe: {obs})"})
        continue
    if cid in VERDICTS:
        code, slug, stage, catches, text = VERDICTS[cid]
    else:
        code, slug = cid.split('.', 1)
        stage, catches, text = c['stage'], c['catches'], c['text']
    assert code in catches
    dst = f'faulty/{code}.{slug}.nn.json'
    assert not os.path.exists(dst), dst
    shutil.copy(src, dst)
    faults.append({'file': dst, 'code': code, 'fault': f'{text} (observe: {obs})', 'stage': stage, 'catches': catches})

faults.sort(key=lambda f: f['file'])
healthy.sort(key=lambda h: h['file'])
about = (
    'Seventy-fifth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
    'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
    'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" text (and each '
    'healthy "covers") ends with the line test/faults/observe.ts --summary printed for it on the bare engine (observed.txt); --curve for the '
    'oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt); no diagnosis code involved. Theme: semiconductor '
    'manufacturing and electronics test, on six seeded CSVs of this set (etch.csv: 420 wafers of etch/deposition process log, chamber '
    'temperature, pressure in mTorr, RF power in W, Ar/CF4 flows in sccm, step time -> film thickness in nm, with lot/wafer IDs, epoch '
    'timestamps and a constant chamber_id; defects.csv: 450 process records -> 4 string defect classes, 4% relabelled; wafertest.csv: 600 '
    'dies, leakage in nA spanning decades, Vth, ring-oscillator MHz, IDD, test temperature -> rare fail flag (5.8%); boardtest.csv: 400 '
    'boards, supply rails, current in mA, temperature -> pass/rework/scrap; solder.csv: 360 X-ray joints -> defective (11%); burnin.csv: '
    '320 units, skewed burn-in hours, stress temperature and voltage -> Vth drift in mV) plus three broken exports for data errors and the '
    'builtins blobs, moons, circles, sine, iris, xor and spirals. Data written by data/generate.ts, specs by author.ts, this manifest by '
    'write-manifest.py. See README.md for how it was written and what was read.'
)
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=2)
open('manifest.json', 'a').write('\n')

from collections import Counter
print('faulty', len(faults), 'healthy', len(healthy), 'dropped', len(dropped))
print(dict(sorted(Counter(f['code'] for f in faults).items())))
for d in dropped: print('dropped', d)
