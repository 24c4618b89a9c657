#!/usr/bin/env python3
"""Files the candidates of test/faults-blind176 by what the bare engine showed (observed.txt,
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
  'invalid-spec.nadam-optimizer': f('invalid-spec', S, ['invalid-spec'], 'callout-minutes regression with optimizer "nadam" (a Keras habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'job-type classifier with activation "gelu" (a PyTorch/transformer habit)'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'forced-entry classifier with batchSize 0 (meant "full batch")'),
  'invalid-spec.units-string': f('invalid-spec', S, ['invalid-spec'], 'battery regression with units "16" as a string'),
  'data-error.na-van-km': f('data-error', S, ['data-error'], 'callout regression reading the job-sheet copy with "NA" van_km cells'),
  'data-error.engineer-id-feature': f('data-error', S, ['data-error'], 'callout regression with the text column engineer_id ("ENG-003") in features'),
  'data-error.invoice-total-typo': f('data-error', S, ['data-error'], 'invoice regression with target "invoice_total"; the header says invoice_gbp'),
  'data-error.forced-xls-path': f('data-error', S, ['data-error'], 'forced-entry classifier pointing at forced_entries.xls, which does not exist'),
  'shape-mismatch.jobs-four-heads-no-safe': f('shape-mismatch', S, ['shape-mismatch'], 'job-type classifier with a 4-unit softmax; the rare safe_opening class makes 5'),
  'shape-mismatch.callout-two-outputs': f('shape-mismatch', S, ['shape-mismatch'], 'callout minutes (one target column) with a 2-unit output'),
  'shape-mismatch.iris-four-heads': f('shape-mismatch', S, ['shape-mismatch'], 'iris with a 4-unit softmax head'),
  'loss-activation-mismatch.tanh-head-bce-forced': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'forced-entry flag with a tanh output under bce: ends 3.41x the prior (healthy 0.76-0.83)'),
  'loss-activation-mismatch.sigmoid-head-standardized-callout': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized callout minutes through a sigmoid output under mse: ends 0.57 (healthy 0.11-0.13)'),
  'loss-activation-mismatch.relu-head-standardized-battery': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized battery volts through a relu output under mse: ends 0.53 (healthy 0.03)'),
  'no-nonlinearity.circles-two-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear hidden layers: 1.00 of the prior'),
  'no-nonlinearity.sine-linear-rmsprop-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through two linear hidden layers: ends 0.41 (healthy 0.00-0.02)'),
  'no-nonlinearity.moons-linear-bn-sgd': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through one linear batch-normalized layer: ends 0.27 (healthy 0.00)'),
  'lr-out-of-range.rmsprop-lr-10-jobs': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'job-type with rmsprop lr 10: first loss 1565, ends 0.26 (healthy 0.01)'),
  'lr-out-of-range.adam-negative-battery': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'battery regression with adam lr -0.001: the parser refuses it'),
  'lr-out-of-range.nesterov-lr-50-forced': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'forced-entry with Nesterov lr 50: NaN at epoch 1'),
  'lr-out-of-range.sgd-1e-8-callout': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'callout with plain SGD lr 1e-8: loss never moves from 0.78'),
  'init-symmetry.zeros-tanh-momentum-moons': f('init-symmetry', P, ['init-symmetry'], 'moons through zero-initialised tanh layers: 1.00 of the prior'),
  'init-symmetry.constant-0.5-sigmoid-adam-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with every weight at constant 0.5 (sigmoid): 1.00'),
  'init-symmetry.zeros-elu-adam-batch-2-sine': f('init-symmetry', P, ['init-symmetry'], 'sine through zero-initialised elu layers at batch 2: 1.01'),
  'init-scale.normal-std-4-tanh-callout': f('init-scale', P, ['init-scale', 'saturated-activation'], 'callout through std-4 tanh layers: first loss 384, ends 16x the baseline'),
  'init-scale.uniform-6-relu-invoice': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'invoice through uniform-limit-6 relu layers: first 1.2e6, ends 2.2e4x'),
  'init-scale.normal-1e-5-six-tanh-battery': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'battery through six tanh layers at std 1e-5: flat at 1.00, gradients ~1e-26'),
  'dead-relu.bias-minus-8-adam-callout': f('dead-relu', P, ['dead-relu'], 'callout with a 64-unit relu layer at bias -8: 98% dead, ends 0.93'),
  'dead-relu.bias-minus-2-sgd-blobs': f('dead-relu', P, ['dead-relu'], 'four blobs through four relu layers at bias -2 under SGD: layer 2 100% dead, 1.00'),
  'dead-relu.momentum-0.99-lr-0.2-forced': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'forced-entry with momentum 0.99 lr 0.2: layer-2 relu 100% dead, ends 1.11 of the prior'),
  'dead-relu.adam-0.05-batch-1-invoice': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'invoice with adam 0.05 at batch 1: layer 2 94% dead, ends 0.09 (healthy 0.01-0.07)'),
  'dead-relu.rmsprop-0.05-batch-2-battery': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'battery with rmsprop 0.05 at batch 2: both relu layers 92% dead, ends 0.08 (healthy 0.03)'),
  'exploding-gradient.raw-frame-mm-sgd': f('exploding-gradient', P, ['exploding-gradient'], 'forced-entry on raw frame width mm under SGD: first loss 17.6, ends 1.05 of the prior'),
  'exploding-gradient.raw-invoice-pounds-adam': f('exploding-gradient', P, ['exploding-gradient'], 'invoice in raw pounds as target: ends 2.71x the baseline 3.7e4'),
  'exploding-gradient.ten-relu-std-0.5-callout': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'callout through ten relu layers at std 0.5: first 5935, ends 12.9x'),
  'nan-loss.raw-invoice-sgd-momentum': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'raw features and raw pound target under momentum SGD: first 1.7e18, then relu 100% dead at 1.00, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-sgd-callout': f('vanishing-gradient', P, ['vanishing-gradient'], 'callout through eight sigmoid layers under SGD: 1.00'),
  'vanishing-gradient.nine-sigmoid-adam-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through nine sigmoid layers: 1.00'),
  'vanishing-gradient.seven-sigmoid-lecun-nesterov-forced': f('vanishing-gradient', P, ['vanishing-gradient'], 'forced-entry through seven sigmoid layers: 1.00 of the prior'),
  'nan-loss.sgd-2-batch-1-battery': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'battery with plain SGD lr 2 at batch 1: NaN at epoch 1'),
  'nan-loss.nesterov-0.99-lr-1-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine with Nesterov 0.99 lr 1: NaN at epoch 1'),
  'nan-loss.wiring-raw-metres-sgd-1e-4': f('nan-loss', T, ['nan-loss', 'lr-too-high', 'exploding-gradient'], 'install minutes from raw cable metres with SGD 1e-4: NaN at epoch 1 (1e-6 trains well)'),
  'oscillating-loss.sgd-momentum-0.95-lr-0.02-batch-1-linear-battery': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear battery model, momentum 0.95 lr 0.02 at batch 1: grows to 1e67 and NaN at epoch 8 (refiled from oscillating-loss)'),
  'ok.battery-raw-days-momentum-0.99-lr-5e-7': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'battery volts from raw days since service, momentum 0.99 lr 5e-7 at batch 4: NaN at epoch 14 (refiled from healthy)'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-elu-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine through elu, momentum 0.99 full batch: NaN at epoch 9 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-raw-frame-forced': f('saturated-activation', P, ['saturated-activation'], 'forced-entry on raw frame mm through sigmoid: 100% saturated, 1.00 of the prior'),
  'saturated-activation.sigmoid-raw-van-metres-callout': f('saturated-activation', P, ['saturated-activation'], 'callout on raw van metres through sigmoid: 100% saturated, 1.01'),
  'saturated-activation.tanh-bias-5-battery': f('saturated-activation', P, ['saturated-activation'], 'battery through tanh layers at bias 5: 80% saturated, ends 0.57 (healthy 0.03)'),
  'saturated-activation.tanh-raw-cable-jobs': f('saturated-activation', P, ['saturated-activation'], 'job-type on raw cable metres through tanh: 57-91% saturated, ends 0.23, acc 0.79 (healthy 0.01)'),
  'lr-too-high.momentum-0.95-lr-0.5-jobs': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'job-type with momentum 0.95 lr 0.5: swings 0.14-1.41, ends 0.09 (healthy 0.01)'),
  'lr-too-high.sgd-plain-5-iris-batch-4': f('lr-too-high', T, ['lr-too-high'], 'iris with plain SGD lr 5 at batch 4: hidden tanh 97% saturated, ends 6.4x the prior'),
  'lr-too-high.rmsprop-0.05-batch-2-callout': f('lr-too-high', T, ['lr-too-high'], 'callout with rmsprop 0.05 at batch 2: stuck near 0.27 (healthy 0.11-0.13)'),
  'oscillating-loss.rmsprop-0.05-batch-1-tanh-sine': f('lr-too-high', T, ['lr-too-high'], 'sine with rmsprop 0.05 at batch 1: noisy at 0.09-0.11 of 0.46 (healthy 0.002-0.01) (refiled from oscillating-loss)'),
  'oscillating-loss.wiring-raw-metres-sgd-4e-6-full-batch': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'install minutes from raw cable metres, plain SGD 4e-6 full batch: grows every epoch to 1.6e5x, no NaN (refiled from oscillating-loss)'),
  'lr-too-low.sgd-1e-5-jobs': f('lr-too-low', T, ['lr-too-low'], 'job-type with plain SGD 1e-5: 1.59x the prior, never moves'),
  'lr-too-low.adam-3e-6-battery': f('lr-too-low', T, ['lr-too-low'], 'battery with adam 3e-6: 1.66 to 1.52'),
  'lr-too-low.rmsprop-1e-6-full-batch-moons': f('lr-too-low', T, ['lr-too-low'], 'moons full batch rmsprop 1e-6: 1.41x, never moves'),
  'lr-too-low.wiring-raw-metres-sgd-1e-9': f('lr-too-low', T, ['lr-too-low'], 'install minutes from raw cable metres with SGD 1e-9: ends 0.93 (1e-6 gives 0.02)'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-callout': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear callout model, momentum 0.99 full batch: swings 0.23-1.85 over the run, ends 0.51 (healthy 0.11)'),
  'oscillating-loss.momentum-0.99-lr-0.02-batch-300-linear-callout': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear callout model, momentum 0.99 at batch 300: swings 0.21-2.96, ends 0.23 (healthy 0.11)'),
  'oscillating-loss.momentum-0.99-lr-0.05-batch-100-linear-invoice': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear invoice model, momentum 0.99 at batch 100: swings 0.31-2.72, ends 0.39 (healthy 0.02)'),
  'oscillating-loss.momentum-0.995-lr-0.02-full-batch-linear-invoice': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear invoice model, momentum 0.995 full batch: min 0.04, swings up to 3.09, ends 0.86'),
  'oscillating-loss.wiring-raw-metres-momentum-0.95-lr-5e-7-full-batch': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'install minutes from raw cable metres, momentum 0.95 full batch: swings 7.9e4, 2.5e3, 2.8e4, 425, 1.8e4, 290, 3.6e3 ..., ends 0.06 (healthy 0.02)'),
  'ok.battery-raw-days-sgd-1e-6': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'battery volts from raw days since service, plain SGD 1e-6 at batch 16: swings 1.0-29 of the baseline all run, ends 29x (refiled from healthy)'),
  'loss-plateau.site-id-only-forced': f('loss-plateau', T, ['loss-plateau'], 'forced entry from the site id only: 1.00 of the prior'),
  'loss-plateau.key-blank-only-jobs': f('loss-plateau', T, ['loss-plateau'], 'job type from the key blank code only: 1.00'),
  'loss-plateau.weight-decay-5-rmsprop-callout': f('loss-plateau', T, ['loss-plateau'], 'callout with rmsprop weightDecay 5: min 0.58, ends 1.00'),
  'loss-plateau.clipnorm-1e-7-sgd-battery': f('loss-plateau', T, ['loss-plateau'], 'battery with clipNorm 1e-7: 2.63, never moves'),
}
# Valid candidates left out to keep the counts near the brief's aim (not filed anywhere).
TRIMMED = {
  'invalid-spec.mae-loss-invoice', 'data-error.dispatched-at-feature', 'data-error.panel-id-feature',
  'shape-mismatch.blobs4-three-heads', 'no-nonlinearity.xor-linear-nesterov', 'init-symmetry.zeros-relu-rmsprop-jobs',
  'dead-relu.bias-minus-4-three-layer-jobs', 'nan-loss.raw-days-battery-sgd-1e-3', 'ok.battery-raw-sgd-3e-6-minmax-target',
  'lr-too-low.nesterov-1e-6-invoice', 'loss-plateau.hour-only-invoice',
  'ok.callout-adam-relu', 'ok.jobs-adam-relu', 'ok.invoice-adam-relu', 'ok.battery-adam-tanh', 'ok.wiring-standardized-adam-relu',
  'ok.callout-adam-batch-1-relu-dropout',
}
DROPPED = {
  'loss-activation-mismatch.linear-head-bce-door': 'linear head under bce trained to 0.03 of the prior on the inline table',
  'init-scale.normal-std-2-elu-jobs': 'first loss 2095 but trained to 0.00',
  'exploding-gradient.raw-cable-metres-momentum': 'first loss 6.5 on raw cable metres, then trained to 0.07 (healthy 0.01): too close',
  'exploding-gradient.raw-callout-minutes-rmsprop': 'raw minutes target: ends 0.23 of the baseline against 0.11 standardized: unclear',
  'exploding-gradient.wiring-raw-metres-relu-adam': 'trained to 0.04 of the baseline (raw linear fits give 0.02): too close',
  'vanishing-gradient.ten-tanh-std-0.03-jobs': 'trained to 0.12 of the prior (healthy 0.01): not flat',
  'lr-too-high.adam-0.03-batch-4-forced': 'ends 0.84 of the prior against healthy 0.76-0.83: too close',
  'lr-too-high.adam-0.05-batch-1-sine': 'swings 0.004-0.14 but ends 0.03 of the baseline: unclear',
  'lr-too-high.rmsprop-0.02-batch-1-battery': 'ends 0.05 against healthy 0.03: too close',
  'lr-too-low.raw-days-sgd-1e-9-battery': 'raw days with a tiny rate: huge first loss from raw units and no movement, two faults at once',
  'oscillating-loss.adam-0.05-batch-2-tanh-sine': 'noisy 0.025-0.064 of 0.46 and ends 0.06: neither clearly oscillating nor healthy',
  'oscillating-loss.momentum-0.97-lr-0.3-batch-600-logistic-forced': 'settles at 0.87 of the prior (healthy 0.76-0.83)',
  'oscillating-loss.nesterov-0.98-lr-0.1-full-batch-linear-battery': 'swings early, settles at 0.02 by epoch 40',
  'oscillating-loss.nesterov-0.995-lr-0.05-full-batch-linear-battery': 'settles at 0.02',
  'oscillating-loss.raw-km-and-metres-sgd-linear': 'settles at 0.72 without swings (the bias cannot move at this rate)',
  'oscillating-loss.rmsprop-0.03-batch-4-relu-battery': 'ends 0.035 with 88% dead units: neither clearly faulty nor healthy',
  'oscillating-loss.sgd-plain-1.9-full-batch-linear-invoice': 'settles at 0.02',
  'oscillating-loss.momentum-0.99-lr-0.1-full-batch-softmax-jobs': 'settles at 0.04 of the prior',
  'oscillating-loss.momentum-0.99-lr-0.2-full-batch-tanh-iris': 'trains to 0.03',
  'oscillating-loss.momentum-0.98-lr-0.5-full-batch-logistic-door': 'trains to 0.00',
  'oscillating-loss.adam-0.02-batch-1-elu-callout': 'noisy 0.14-0.16 against healthy 0.11: too close',
  'ok.forced-adam-relu': 'ends 0.76 of the prior: the rare forced-entry flag is only weakly predictable, not clearly healthy',
  'ok.forced-logistic-nesterov-0.9': 'ends 0.83 of the prior: not clearly healthy',
  'ok.forced-rmsprop-tanh-weight-decay': 'ends 0.79 of the prior: not clearly healthy',
  'ok.forced-minmax-elu-full-batch': 'ends 0.82 of the prior: not clearly healthy',
  'ok.forced-sgd-momentum-0.99-logistic': 'ends 0.82 of the prior: not clearly healthy',
  'ok.callout-raw-km-sgd-1e-3': 'raw km under SGD 1e-3: still falling at 0.25 after 150 epochs (healthy 0.11)',
  'ok.battery-raw-days-sgd-3e-7': 'raw days under SGD 3e-7: ends 0.91, the bias cannot move: not healthy, no single code',
  'ok.invoice-raw-parts-momentum-0.99-lr-1e-6': 'raw parts pounds: ends 0.84: not healthy, no single code',
  'ok.invoice-raw-parts-sgd-1e-5': 'raw parts pounds: ends 0.85: not healthy, no single code',
  'ok.spirals-rmsprop-tanh': 'never learned the spirals (0.96) at rmsprop 0.003 in 300 epochs: not healthy, unclear cause',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 176 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates and borderline healthy ones (observed-curves.txt). '
         'Theme: locksmiths and security installers: callout.csv (900 lockout callouts: job ids, dispatch timestamps, engineer ids; hour, van km and '
         'metres, pin count, high-security flag, night -> callout minutes) and callout-na.csv ("NA" van km), jobs.csv (1,000 work orders -> '
         'lockout/rekey/alarm_install/cctv/rare safe_opening 45; alarm zones, cable metres, cylinders, labour hours, drill; key blank code with no effect), '
         'forced.csv (1,200 callouts -> rare forced-entry flag 56/1,200; site id with no effect), invoice.csv (800 invoices, semicolon export with '
         'decimal commas -> skewed invoice totals in pounds), battery.csv (700 tab-separated panel services -> standby battery volts; days since '
         'service in the thousands), wiring.csv (600 alarm installs -> install minutes nearly proportional to raw cable metres), plus builtins iris, '
         'moons, circles, spirals, blobs (4), sine, xor and an inline door-thickness/backset table. Data by data/generate.ts; specs by author.ts; '
         'filing by write-manifest.py. See README.md.')

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
    for k in list(FAULTS) + list(DROPPED) + list(TRIMMED):
        assert k in names, f'unknown candidate {k}'
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
