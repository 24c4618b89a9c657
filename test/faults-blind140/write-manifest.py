#!/usr/bin/env python3
"""Files the candidates of test/faults-blind140 by what the bare engine showed (observed.txt,
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

# candidate -> (code, stage, catches, fault text); the slug is the candidate's own.
FAULTS = {
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'attendance regression with optimizer "adamw" (the PyTorch/Keras default in recent tutorials)'),
  'invalid-spec.sparse-cce-loss': f('invalid-spec', S, ['invalid-spec'], 'service-type classifier with loss "sparse_categorical_crossentropy" (Keras name for integer labels)'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'complaint classifier with batchSize 0 (meant "full batch")'),
  'data-error.na-obituary-views': f('data-error', S, ['data-error'], 'attendance regression reading the copy with "NA" obituary_views cells (web-counter gaps)'),
  'data-error.branch-id-feature': f('data-error', S, ['data-error'], 'attendance regression with the text column branch_id ("BR-03") in features'),
  'data-error.target-total-not-total-usd': f('data-error', S, ['data-error'], 'invoice regression with target "total"; the tab-separated header says total_usd'),
  'data-error.missing-2024-export': f('data-error', S, ['data-error'], 'complaint classifier pointing at complaints_2024.csv, which does not exist'),
  'shape-mismatch.service-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'service type with a 3-unit softmax (burial/cremation/memorial); green and rare repatriation make 5'),
  'shape-mismatch.usd-and-cents-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'invoice total in dollars and in cents as two targets, one output unit'),
  'shape-mismatch.spirals3-two-heads': f('shape-mismatch', S, ['shape-mismatch'], 'three-arm spirals with a 2-unit softmax head'),
  'shape-mismatch.attendance-two-outputs': f('shape-mismatch', S, ['shape-mismatch'], 'attendance (one target column) with a 2-unit output'),
  'loss-activation-mismatch.single-softmax-bce-complaint': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'rare complaint flag with a 1-unit softmax output under bce (always outputs 1): 48x the prior, never moves'),
  'loss-activation-mismatch.relu-head-standardized-attendance': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized attendance through a relu output under mse (no negatives): 0.52 (healthy 0.08-0.18)'),
  'loss-activation-mismatch.sigmoid-head-standardized-plots': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized plot price through a sigmoid output under mse: 0.51 (healthy 0.02-0.04)'),
  'no-nonlinearity.xor-linear-momentum': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through two linear layers: 0.99 of the prior'),
  'no-nonlinearity.circles-linear-dropout-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through linear layers with dropout between: 1.00'),
  'no-nonlinearity.spirals3-linear-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'three-arm spirals through two linear layers: 0.97'),
  'no-nonlinearity.moons-linear-nesterov-full-batch': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through a linear hidden layer, Nesterov full batch: 0.27 (healthy 0.00-0.01)'),
  'lr-out-of-range.sgd-lr-40-service': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'service type with plain SGD lr 40: NaN at epoch 1'),
  'lr-out-of-range.rmsprop-15-complaint': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'complaint flag with rmsprop lr 15: 37.7x the prior, saturated'),
  'lr-out-of-range.momentum-3e-9-full-batch-plots': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'plot price with momentum SGD lr 3e-9 on the full batch: 1.96x the baseline, never moves'),
  'init-symmetry.zeros-relu-momentum-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with zero-initialised relu and output layers: 1.00 of the prior'),
  'init-symmetry.constant-0.3-tanh-spirals3': f('init-symmetry', P, ['init-symmetry'], 'three-arm spirals with every weight 0.3 in two tanh layers: 0.98'),
  'init-symmetry.zeros-sigmoid-rmsprop-xor': f('init-symmetry', P, ['init-symmetry'], 'xor with zero-initialised sigmoid layers: 0.96'),
  'init-symmetry.zeros-tanh-nesterov-service': f('init-symmetry', P, ['init-symmetry'], 'service type with zero-initialised tanh layers: 1.00 (healthy 0.01-0.11)'),
  'init-scale.normal-std-1-wide-relu-invoice': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'invoice through 256-wide relu layers at std 1 (Keras RandomNormal(stddev=1)): first loss 1.6e4, ends 72x'),
  'init-scale.normal-1e-3-six-relu-attendance': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'attendance through six relu layers at std 1e-3: flat at 1.00'),
  'init-scale.uniform-1e-5-leaky-spirals': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'spirals through five leaky layers at uniform 1e-5: flat at 1.00'),
  'nan-loss.constant-1.5-relu-deep-invoice': f('init-scale', P, ['init-scale', 'exploding-gradient', 'dead-relu'], 'invoice through five relu layers at constant 1.5: first loss 1.4e18, layers 2-5 die, ends 1.00, no NaN (refiled from nan-loss)'),
  'dead-relu.adam-0.5-batch-16-deep-attendance': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'attendance through four relu layers with adam 0.5: layers 2-3 100% dead, ends 1.34'),
  'dead-relu.bias-minus-2-three-layer-moons': f('dead-relu', P, ['dead-relu'], 'moons through three relu layers at bias -2: all dead, 1.00'),
  'dead-relu.bias-minus-6-bn-off-rmsprop-service': f('dead-relu', P, ['dead-relu'], 'service type with relu layers at bias -6: 89% and 100% dead, 1.00'),
  'dead-relu.bias-minus-8-nesterov-plots': f('dead-relu', P, ['dead-relu'], 'plot price with one relu layer at bias -8: 98% dead, 1.00'),
  'exploding-gradient.fifteen-relu-std-0.5-plots': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'plot price through fifteen relu layers at std 0.5: first loss 1.1e24, ends 1.2e15x'),
  'exploding-gradient.raw-cents-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'invoice total in raw integer cents as target: 22.6x the baseline 1.2e10'),
  'exploding-gradient.raw-obituary-views-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'attendance on raw obituary views (up to 40,000): first loss 1.3e11, ends 6.8e4x'),
  'exploding-gradient.raw-price-target-nesterov': f('exploding-gradient', P, ['exploding-gradient'], 'plot price in raw dollars as target: 5.6x the baseline 3.3e6'),
  'vanishing-gradient.twelve-sigmoid-nesterov-complaint': f('vanishing-gradient', P, ['vanishing-gradient'], 'complaint flag through twelve sigmoid layers: first-layer gradient 1e-9, 1.00'),
  'vanishing-gradient.eight-sigmoid-narrow-sgd-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through eight 8-unit sigmoid layers: 1.00'),
  'vanishing-gradient.nine-sigmoid-rmsprop-spirals3': f('vanishing-gradient', P, ['vanishing-gradient'], 'spirals through nine sigmoid layers: 1.00'),
  'nan-loss.sgd-5-batch-1-plots': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'plot price with plain SGD lr 5 at batch 1: NaN at epoch 1'),
  'nan-loss.nesterov-1.5-full-batch-attendance': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'attendance with Nesterov lr 1.5 on the full batch: NaN at epoch 4'),
  'oscillating-loss.nesterov-0.99-lr-0.1-full-batch-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine with Nesterov 0.99 lr 0.1 full batch: swings 0.02-0.05, then diverges, NaN at epoch 103 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-1.5-full-batch-tanh-invoice': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'invoice with plain SGD lr 1.5 on the full batch: grows every epoch, NaN at epoch 27 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-bias-8-attendance': f('saturated-activation', P, ['saturated-activation'], 'attendance through sigmoid layers with bias 8: 100% saturated, 1.04'),
  'saturated-activation.sigmoid-raw-gate-metres-plots': f('saturated-activation', P, ['saturated-activation'], 'plot price on raw distance-to-gate metres through sigmoid: saturated, 1.04'),
  'saturated-activation.tanh-raw-flowers-invoice': f('saturated-activation', P, ['saturated-activation'], 'invoice on raw flower dollars and casket kg through tanh: 87% saturated, 0.37 (healthy 0.05)'),
  'saturated-activation.tanh-raw-invoice-usd-complaint': f('saturated-activation', P, ['saturated-activation'], 'complaint flag on raw invoice dollars through tanh: 100% saturated, 1.00'),
  'lr-too-high.sgd-plain-2-batch-8-service': f('lr-too-high', T, ['lr-too-high'], 'service type with plain SGD lr 2 at batch 8: swings 0.35-1.71, ends 1.25 (healthy 0.01-0.11)'),
  'lr-too-high.rmsprop-0.3-batch-32-complaint': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'complaint flag with rmsprop 0.3: 94% of relu units dead, 0.95 of the prior (healthy 0.57-0.75)'),
  'lr-too-high.adam-0.1-batch-8-deep-plots': f('lr-too-high', T, ['lr-too-high'], 'plot price with adam 0.1 at batch 8: spikes to 0.12, ends 0.078 (healthy 0.02)'),
  'lr-too-high.rmsprop-0.1-batch-16-service': f('lr-too-high', T, ['lr-too-high'], 'service type with rmsprop 0.1 at batch 16: swings 0.05-0.21, ends 0.10 (healthy 0.01-0.03 at sane rates)'),
  'lr-too-low.adam-1e-7-service': f('lr-too-low', T, ['lr-too-low'], 'service type with adam 1e-7: 2.29 to 2.29, never moves'),
  'lr-too-low.sgd-plain-1e-5-full-batch-attendance': f('lr-too-low', T, ['lr-too-low'], 'attendance with plain SGD 1e-5 on the full batch: 1.94 to 1.92 in 150 epochs'),
  'lr-too-low.nesterov-1e-6-complaint': f('lr-too-low', T, ['lr-too-low'], 'complaint flag with Nesterov 1e-6: 3.6x the prior, never moves'),
  'lr-too-low.momentum-1e-5-full-batch-invoice': f('lr-too-low', T, ['lr-too-low'], 'invoice with momentum 1e-5 on the full batch: 1.62 to 1.40 in 150 epochs'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-kg-lb-invoice': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear invoice model on casket kg and lb together, momentum 0.99 full batch: swings 0.08-1.65 all run, ends 0.20 (0.05 reachable)'),
  'oscillating-loss.rmsprop-0.05-full-batch-relu-plots': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'plot price, rmsprop 0.05 full batch: settles at 0.03 then spikes to 0.63, 0.34, 0.19, 0.13 in turn, ends 0.047'),
  'oscillating-loss.momentum-0.995-lr-0.03-full-batch-linear-plots': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear plot-price model, momentum 0.995 full batch: swings 0.10-4.45 all run, ends 1.19 (0.068 reachable)'),
  'oscillating-loss.momentum-0.99-lr-0.1-full-batch-linear-attendance': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear attendance model, momentum 0.99 full batch: swings 0.18-1.82, still 0.26-0.52 at the end'),
  'oscillating-loss.momentum-0.99-lr-0.5-full-batch-logistic-complaint': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'logistic complaint model, momentum 0.99 full batch: slow swings 0.23-0.77 repeated, ends at its low 0.23'),
  'lr-too-high.momentum-0.99-lr-0.3-full-batch-invoice': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'invoice tanh net, momentum 0.99 lr 0.3 full batch: swings 0.15-2.3, blows up to 84, then swings 2.5-40 to the end, ends 13.4 (refiled from lr-too-high)'),
  'loss-plateau.ledger-page-only-complaint': f('loss-plateau', T, ['loss-plateau'], 'complaint flag from the ledger page number only: 1.00'),
  'loss-plateau.hymn-number-only-service': f('loss-plateau', T, ['loss-plateau'], 'service type from the hymn number only: 1.00'),
  'loss-plateau.section-only-plots-nesterov-full-batch': f('loss-plateau', T, ['loss-plateau'], 'plot price from the cemetery section number only, Nesterov full batch: 0.99'),
  'loss-plateau.weight-decay-1-sgd-invoice': f('loss-plateau', T, ['loss-plateau'], 'invoice with SGD weightDecay 1: stuck at 0.30-0.37 (healthy 0.05)'),
}
# Sound faults left out to keep the set near its aimed size (duplicates of a kept shape, or close to the pattern set's).
TRIMMED = {
  'invalid-spec.mae-loss-plots', 'invalid-spec.lstm-layer', 'invalid-spec.gelu-activation',
  'data-error.booked-at-feature', 'data-error.plot-ref-feature',
  'dead-relu.sgd-2-batch-4-invoice', 'lr-too-high.nesterov-0.8-batch-16-plots', 'oscillating-loss.sgd-plain-0.3-batch-1-linear-attendance',
  'lr-too-high.momentum-lr-0.5-batch-16-attendance', 'lr-too-high.nesterov-0.3-batch-32-invoice', 'lr-too-high.sgd-plain-1.5-full-batch-relu-plots',
  'nan-loss.raw-cents-target-sgd', 'nan-loss.raw-features-momentum-0.1-plots', 'lr-too-low.rmsprop-2e-7-plots-batch-16',
  'saturated-activation.sigmoid-raw-plot-usd-service', 'init-scale.normal-std-4-tanh-service', 'lr-out-of-range.adam-1e-10-attendance',
  'exploding-gradient.raw-plot-usd-features-service', 'loss-plateau.days-to-service-only-attendance',
  'ok.attendance-adam-clip-leaky-he-normal', 'ok.xor-rmsprop-leaky-xavier-normal', 'ok.circles-adam-elu', 'ok.moons-adam-relu',
}
DROPPED = {
  'loss-activation-mismatch.tanh-head-bce-moons': 'a tanh output under bce trained to 0.04 of the prior',
  'loss-activation-mismatch.linear-head-bce-shoring': 'a linear output under bce trained the inline table to 0.00',
  'shape-mismatch.complaint-two-sigmoid-logits': 'the engine accepted two sigmoid outputs for one bce column and trained to 0.72, like the healthy ones',
  'init-symmetry.constant-0.05-elu-sgd-moons': 'trained to 0.28 of the prior (the linear level) against 0.00-0.01: symmetric, but the gap is the no-nonlinearity one; unclear',
  'init-scale.uniform-6-sigmoid-complaint': 'first loss 1.44, but ends 0.75 of the prior like the healthy complaint specs',
  'vanishing-gradient.ten-tanh-std-0.08-attendance': 'trained to 0.12',
  'lr-too-high.adam-1-batch-64-iris': 'ends 0.056 against 0.036-0.043: too close, though it swings',
  'lr-too-high.adam-0.05-batch-2-attendance': 'ends 0.26 against 0.08-0.18: too close',
  'oscillating-loss.adam-0.5-full-batch-linear-plots': 'damped swings, settles at the linear optimum 0.068',
  'oscillating-loss.momentum-0.95-lr-0.5-batch-64-tanh-moons': 'trained smoothly to 0.00',
  'oscillating-loss.momentum-0.97-lr-0.2-full-batch-linear-attendance': 'swings damp out; ends 0.18 at the linear optimum',
  'oscillating-loss.nesterov-0.98-lr-1-full-batch-logistic-complaint': 'one slow swing to 0.49, then settles at 0.227',
  'oscillating-loss.sgd-plain-1-batch-480-kg-lb-linear-invoice': 'trained to 0.053 at once (plain SGD 0.33 at batch 450): healthy, not filed as healthy to keep the healthy count',
  'oscillating-loss.nesterov-0.99-lr-0.2-full-batch-kg-lb-invoice': 'settles at 0.053 within 25 epochs',
  'oscillating-loss.sgd-plain-6-full-batch-tanh-complaint': 'trains to 0.20 with a small period-2 wobble near the end: not clearly faulty, not clearly healthy',
  'oscillating-loss.adam-0.03-full-batch-relu-complaint': 'trained smoothly to 0.57 of the prior: healthy, not filed as healthy to keep the healthy count',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 140 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates and a few borderline healthy ones (observed-curves.txt). '
         'Theme: funeral homes and cemeteries: attendance.csv (960 services: service ids, booking timestamps, branch ids "BR-03"; age at death, '
         'family size, skewed obituary views, days to service, church, weekend, livestream -> attendance) and attendance-na.csv ("NA" obituary views), '
         'service.csv (1,000 arrangements -> burial/cremation/memorial/green/rare repatriation 48; casket kg and the same in lb, plot price dollars, '
         'urn, embalming, flights; hymn number with no effect), complaint.csv (1,200 services -> rare complaint flag 109/1,200; wait minutes, days '
         'to service, staff, skewed invoice dollars, late hearse, misspelt name; ledger page with no effect), plots.csv (800 plots, semicolon '
         'export with decimal commas -> plot price in dollars; section with no effect), invoice.csv (900 tab-separated invoices -> totals in dollars '
         'and cents and in integer cents; casket kg and lb, limousines, flower dollars, embalming, viewing hours), plus builtins iris, moons, circles, '
         'spirals (3), blobs (4), sine, xor and an inline grave-shoring table. Data by data/generate.ts; specs by author.ts; filing by '
         'write-manifest.py. See README.md.')

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
