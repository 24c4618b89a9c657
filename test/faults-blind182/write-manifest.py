#!/usr/bin/env python3
"""Files the candidates of test/faults-blind182 by what the bare engine showed (observed.txt,
observed-curves.txt) and writes manifest.json. Run from the set's folder after author.ts and
observe.ts: `python3 write-manifest.py`."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

observed = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    if not line:
        continue
    key = line.split(':')[0].split(' ')[0].replace('.nn.json', '')
    observed[key] = line

S, P, T = 'static', 'probe', 'training'

def f(code, stage, catches, text):
    return (code, stage, catches, text)

STAGE = {'invalid-spec': S, 'data-error': S, 'shape-mismatch': S, 'loss-activation-mismatch': S, 'no-nonlinearity': S,
         'lr-out-of-range': S, 'init-symmetry': P, 'init-scale': P, 'dead-relu': P, 'exploding-gradient': P,
         'vanishing-gradient': P, 'saturated-activation': P, 'nan-loss': T, 'lr-too-high': T, 'lr-too-low': T,
         'oscillating-loss': T, 'loss-plateau': T}

# Re-filings by what the engine did: candidate -> (code, catches, note).
REFILE = {
  'lr-too-high.sgd-plain-2-batch-8-install': ('nan-loss', ['nan-loss', 'lr-too-high'], 'NaN at epoch 1 (plain SGD 0.6 at batch 8 on tanh)'),
  'dead-relu.sgd-0.8-batch-1-cutting': ('nan-loss', ['nan-loss', 'lr-too-high'], 'NaN at epoch 1, no dead units'),
  'exploding-gradient.raw-price-euros-sgd-momentum': ('nan-loss', ['nan-loss', 'exploding-gradient'], 'NaN at epoch 5'),
}
# Oscillating candidates that settled or diverged, and anything not clearly one thing.
DROPPED = {
  'oscillating-loss.adam-0.08-full-batch-sine-relu': 'swings early, then settles to 0.0024',
  'oscillating-loss.adam-0.3-full-batch-logistic-inspection': 'settles smoothly at 0.17',
  'oscillating-loss.nesterov-0.9-lr-0.8-batch-100-blobs': 'settles smoothly at 0.08',
  'oscillating-loss.nesterov-0.95-lr-0.3-full-batch-linear-install': 'damped ringing, settles at 0.083',
  'oscillating-loss.momentum-0.99-lr-0.5-inline-tube': 'slow damped waves 0.02-0.15 but ends 0.007: trains',
  'oscillating-loss.sgd-1.9-full-batch-linear-cutting': 'diverges monotonically to Infinity, no oscillation',
  'oscillating-loss.tube-m-and-cm-sgd-full-batch': 'diverges monotonically to Infinity from epoch 1',
  'lr-too-high.adam-0.05-batch-1-iris': 'noisy but ends 0.075: trains',
}
EXTRA = json.load(open(os.path.join(HERE, 'verdicts.json'))) if os.path.exists(os.path.join(HERE, 'verdicts.json')) else {}
REFILE.update({k: tuple(v) for k, v in EXTRA.get('refile', {}).items()})
DROPPED.update(EXTRA.get('dropped', {}))

def text(name):
    return name.split('.', 1)[1].replace('-', ' ')

FAULTS = {}
HEALTHY_RENAME = {}
for n in sorted(os.listdir(CAND)) if os.path.isdir(CAND) else []:
    n = n[:-len('.nn.json')]
    if n.startswith('ok.') or n in DROPPED:
        continue
    code = n.split('.', 1)[0]
    if n in REFILE:
        c, catches, note = REFILE[n]
        if c == 'healthy':
            HEALTHY_RENAME[n] = n.split('.', 1)[1]
            continue
        FAULTS[n] = f(c, STAGE[c], catches, f'{text(n)}; written as {code}, filed as {c}: {note}')
    else:
        FAULTS[n] = f(code, STAGE[code], [code], text(n))
TRIMMED = set()

ABOUT = ('Fault set 182 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: sign makers and neon workshops: install.csv (950 installs: job and client ids, order timestamps; letter height cm, letters, '
         'tube length m and cm, storey, crew, outdoor -> install minutes) and install-na.csv ("NA" tube lengths), kind.csv (1,000 jobs -> '
         'channel letters/neon/vinyl/lightbox/rare monument 52; transformer volts, face area, weight, LED count; bench number with no effect), '
         'inspection.csv (1,200 neon installs -> rare failed inspection 71/1,200; permit number with no effect), price.csv (800 quotes, '
         'semicolon export with decimal commas -> skewed prices in euros), cutting.csv (880 tab-separated plotter jobs -> cut time in seconds '
         'and hours), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline tube-flicker table. Data by '
         'data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')
def covers(spec):
    d = spec['data']
    if 'csv' in d:
        src = f"{os.path.basename(d['csv'])} -> {d['target']}"
    elif 'builtin' in d:
        src = f"builtin {d['builtin']}"
    else:
        src = 'inline table'
    norm = d.get('normalize', 'none') + (f"/target {d['normalizeTarget']}" if d.get('normalizeTarget') else '')
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
        else:
            s = f"{l['units']} {l.get('activation', 'linear')}"
            if l.get('batchNorm'):
                s += ' bn'
            if isinstance(l.get('init'), str):
                s += f" {l['init']}"
            layers.append(s)
    o = spec['optimizer']
    opt = o['type'] + (f" momentum {o['momentum']}" if o.get('momentum') else '') + (' nesterov' if o.get('nesterov') else '') + f" {o['lr']}"
    for k in ('weightDecay', 'clipNorm'):
        if o.get(k):
            opt += f" {k} {o[k]}"
    t = spec['training']
    tr = f"batch {t.get('batchSize', 32)}, {t.get('epochs', 100)} epochs" + (f", validationSplit {t['validationSplit']}" if t.get('validationSplit') else '')
    return f"{src}, {norm}, [{', '.join(layers)}], {spec['loss']}, {opt}, {tr}"


def main():
    names = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy = [], []
    seen = set()
    for name in names:
        src = os.path.join(CAND, name + '.nn.json')
        obs = observed[name]
        if name in TRIMMED:
            continue
        if name in FAULTS:
            code, stage, catches, text = FAULTS[name]; slug = name.split('.', 1)[1]
            file = f'faulty/{code}.{slug}.nn.json'
            faults.append({'file': file, 'code': code, 'fault': f'{text} (observe: {obs})', 'stage': stage, 'catches': catches})
        elif name in DROPPED:
            file = f'dropped/{name}.nn.json'
        elif name.startswith('ok.') or name in HEALTHY_RENAME:
            slug = HEALTHY_RENAME.get(name, name[3:])
            file = f'healthy/{slug}.nn.json'
            spec = json.load(open(src))
            healthy.append({'file': file, 'covers': f'{covers(spec)} (observe: {obs})'})
        else:
            raise SystemExit(f'no verdict for {name}')
        assert file not in seen, file
        seen.add(file)
        shutil.copy(src, os.path.join(HERE, file))
    faults.sort(key=lambda e: e['file'])
    healthy.sort(key=lambda e: e['file'])
    manifest = {'about': ABOUT, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    counts, stages = {}, {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
        stages[e['stage']] = stages.get(e['stage'], 0) + 1
    print(len(faults), 'faulty', len(healthy), 'healthy', len(os.listdir(os.path.join(HERE, 'dropped'))), 'dropped')
    print(json.dumps(dict(sorted(counts.items()))), json.dumps(stages))


main()
