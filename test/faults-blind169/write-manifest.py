#!/usr/bin/env python3
"""Files the candidates of test/faults-blind169 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'call-out regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'fault-type classifier with activation "gelu"'),
  'invalid-spec.mae-loss-invoice': f('invalid-spec', S, ['invalid-spec'], 'invoice regression with loss "mae" (L1 for skewed pounds)'),
  'invalid-spec.dropout-rate-1': f('invalid-spec', S, ['invalid-spec'], 'flood classifier with a dropout layer at rate 1'),
  'invalid-spec.lstm-layer': f('invalid-spec', S, ['invalid-spec'], 'heat-up regression with an lstm layer'),
  'data-error.na-pressure-bar': f('data-error', S, ['data-error'], 'call-out regression reading the job-log copy with "NA" pressure_bar cells'),
  'data-error.engineer-id-feature': f('data-error', S, ['data-error'], 'heat-up regression with the engineer id text ("ENG-012") in features (tab-separated file)'),
  'data-error.booked-at-feature': f('data-error', S, ['data-error'], 'call-out regression with the booking timestamp text in features'),
  'data-error.target-fault-typo': f('data-error', S, ['data-error'], 'fault-type classifier with target "fault"; the header says fault_type'),
  'data-error.property-text-feature': f('data-error', S, ['data-error'], 'flood classifier with the property text ("PROP-672529") in features'),
  'data-error.heatup-tsv-name': f('data-error', S, ['data-error'], 'heat-up regression pointing at heatup.tsv, which does not exist'),
  'shape-mismatch.fault-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'fault-type classifier with a 3-unit softmax; the data has 5 fault types'),
  'shape-mismatch.heatup-min-and-hours-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'heat-up minutes and hours as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four depot blobs with a 3-unit softmax head'),
  'shape-mismatch.iris-five-heads': f('shape-mismatch', S, ['shape-mismatch'], 'iris with a 5-unit softmax head'),
  'loss-activation-mismatch.flood-tanh-head-bce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'flood flag with a tanh output under bce: 2.41x the prior'),
  'loss-activation-mismatch.heatup-relu-head-standardized': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized heat-up minutes through a relu output under mse: ends 0.35 (healthy 0.01-0.05)'),
  'loss-activation-mismatch.fault-sigmoid-heads-cce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'fault type with five sigmoid outputs under cce: loss falls to 1e-7 while accuracy is 0.53 (healthy 0.96-0.98)'),
  'loss-activation-mismatch.callout-softmax-one-unit-mse': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'call-out minutes through a one-unit softmax under mse: constant output, 2.00 the baseline'),
  'loss-activation-mismatch.rads-linear-head-bce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'inline radiator notebook with a linear output under bce: min 0.12, ends 2.92x the prior (healthy 0.03)'),
  'no-nonlinearity.circles-four-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through four linear layers: 1.00'),
  'no-nonlinearity.xor-linear-nesterov-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear hidden layer at batch 4: 1.01'),
  'no-nonlinearity.moons-linear-sgd-full-batch': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through a linear lecun layer, full batch: 0.39, acc 0.85 (healthy 0.00-0.01)'),
  'lr-out-of-range.adam-lr-10-fault': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'fault type with adam lr 10: first loss 336, ends 0.39 (healthy 0.04-0.08)'),
  'lr-out-of-range.momentum-1e-8-heatup': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'heat-up with momentum SGD lr 1e-8: 1.26, never moves'),
  'lr-out-of-range.rmsprop-lr-25-callout': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'call-out with rmsprop lr 25: first 6.4e9, ends 1.5e5x'),
  'lr-out-of-range.nesterov-negative-flood': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'flood with Nesterov lr -0.01: the parser refuses it'),
  'init-symmetry.constant-0.5-tanh-moons': f('init-symmetry', P, ['init-symmetry'], 'moons with every layer at constant 0.5: 0.40, acc 0.86 (healthy 0.00-0.01)'),
  'init-symmetry.zeros-relu-sgd-fault': f('init-symmetry', P, ['init-symmetry'], 'fault type with zero-initialised relu and softmax layers: 1.00'),
  'init-symmetry.zeros-sigmoid-rmsprop-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with zero-initialised sigmoid layers: 0.82'),
  'init-symmetry.zeros-tanh-nesterov-xor': f('init-symmetry', P, ['init-symmetry'], 'xor with zero-initialised tanh layers: 1.00'),
  'init-scale.normal-std-10-sigmoid-fault': f('init-scale', P, ['init-scale', 'saturated-activation'], 'fault type with std-10 sigmoid and softmax layers: first 38.5, ends 2.29x'),
  'init-scale.uniform-20-tanh-heatup': f('init-scale', P, ['init-scale', 'saturated-activation'], 'heat-up with uniform limit 20 tanh layers: first 1867, ends 0.24 (healthy 0.01-0.05)'),
  'init-scale.normal-1e-5-four-relu-callout': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'four relu layers at std 1e-5: flat at 1.00'),
  'init-scale.normal-std-4-elu-invoice': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'invoice with three std-4 elu layers: first 2.5e10, ends 1.9e8x'),
  'dead-relu.bias-minus-20-three-layer-fault': f('dead-relu', P, ['dead-relu'], 'fault type through three relu layers at bias -20: 1.00'),
  'dead-relu.bias-minus-6-moons-lecun': f('dead-relu', P, ['dead-relu'], 'moons through two relu layers at bias -6: 1.00'),
  'dead-relu.adam-0.5-batch-4-callout': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'call-out with adam 0.5 at batch 4: layer-2 relu 97% dead, ends 1.02'),
  'exploding-gradient.raw-invoice-pounds-adam': f('exploding-gradient', P, ['exploding-gradient'], 'invoice in raw pounds as target: ends 0.32 of the baseline 5.0e4 (healthy 0.00-0.01)'),
  'exploding-gradient.raw-heatup-minutes-rmsprop-batch-4': f('exploding-gradient', P, ['exploding-gradient'], 'heat-up in raw minutes as target, rmsprop batch 4: first 4124, ends 0.55'),
  'exploding-gradient.raw-flood-features-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'flood on raw psi, hours and property features, momentum SGD: first 1.28, ends 1.43x'),
  'exploding-gradient.eight-relu-std-0.4-heatup': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'eight relu layers at std 0.4: first 23.1, ends 0.96'),
  'nan-loss.raw-invoice-nesterov-full-batch': f('exploding-gradient', P, ['exploding-gradient', 'nan-loss'], 'raw features and raw pounds target, Nesterov full batch: ends 1.2e9x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-sgd-xavier-callout': f('vanishing-gradient', P, ['vanishing-gradient'], 'call-out through eight sigmoid layers, plain SGD: 1.02'),
  'vanishing-gradient.five-sigmoid-nesterov-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through five sigmoid layers: 1.00'),
  'vanishing-gradient.seven-sigmoid-momentum-heatup': f('vanishing-gradient', P, ['vanishing-gradient'], 'heat-up through seven sigmoid layers, momentum: 1.04'),
  'vanishing-gradient.ten-tanh-std-0.02-adam-fault': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'fault type through ten tanh layers at std 0.02 under adam: 0.33 (healthy 0.04-0.08)'),
  'nan-loss.sgd-2-batch-1-heatup': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'heat-up with plain SGD lr 2 at batch 1: NaN at epoch 1'),
  'nan-loss.constant-1.5-deep-linear-heatup': f('nan-loss', T, ['nan-loss', 'init-scale', 'exploding-gradient'], 'five leaky layers at constant 1.5: NaN at epoch 1'),
  'nan-loss.momentum-0.95-lr-2-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine with momentum lr 2: NaN at epoch 1'),
  'dead-relu.sgd-plain-1.5-invoice': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'invoice with plain SGD lr 1.5: NaN at epoch 1 (refiled from dead-relu)'),
  'lr-too-high.nesterov-0.6-invoice': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'invoice with Nesterov lr 0.6 at batch 16: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.sgd-0.8-batch-4-tanh-callout': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'call-out with plain SGD 0.8 at batch 4: NaN at epoch 1 (refiled from lr-too-high)'),
  'saturated-activation.sigmoid-bias-7-callout': f('saturated-activation', P, ['saturated-activation'], 'call-out through sigmoid at bias 7: ends 1.38'),
  'saturated-activation.tanh-bias-minus-8-fault': f('saturated-activation', P, ['saturated-activation'], 'fault type through tanh layers at bias -8: 1.01'),
  'saturated-activation.tanh-raw-parts-invoice': f('saturated-activation', P, ['saturated-activation'], 'invoice on raw parts pounds through tanh: 0.22 (healthy 0.00-0.01)'),
  'saturated-activation.sigmoid-raw-floor-m2-heatup': f('saturated-activation', P, ['saturated-activation'], 'heat-up on raw floor m2 and flow temperature through sigmoid: 99% saturated, ends 0.06 (healthy 0.01-0.05)'),
  'lr-too-high.adam-0.1-batch-2-heatup': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'heat-up with adam 0.1 at batch 2: swings 0.68-1.96, ends 1.96'),
  'lr-too-high.rmsprop-0.05-batch-1-fault': f('lr-too-high', T, ['lr-too-high'], 'fault type with rmsprop 0.05 at batch 1: 0.21 (healthy 0.04-0.08, rmsprop 0.005 at batch 4 0.05)'),
  'lr-too-high.rmsprop-0.1-batch-3-flood': f('lr-too-high', T, ['lr-too-high'], 'flood with rmsprop 0.1 at batch 3: 1.54x the prior'),
  'nan-loss.rmsprop-8-batch-2-callout': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range'], 'call-out with rmsprop 8 at batch 2: first 1.6e7, ends 2.4e4x, no NaN (refiled from nan-loss)'),
  'lr-too-low.adam-3e-6-fault': f('lr-too-low', T, ['lr-too-low'], 'fault type with adam 3e-6: 1.45x, never moves'),
  'lr-too-low.sgd-1e-5-batch-64-heatup': f('lr-too-low', T, ['lr-too-low'], 'heat-up with plain SGD 1e-5 at batch 64: 1.26 to 1.16'),
  'lr-too-low.rmsprop-1e-6-callout': f('lr-too-low', T, ['lr-too-low', 'lr-out-of-range'], 'call-out with rmsprop 1e-6: 3.18 to 3.12'),
  'lr-too-low.momentum-2e-6-invoice-batch-8': f('lr-too-low', T, ['lr-too-low'], 'invoice with momentum 2e-6 at batch 8: ends 1.34'),
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-linear-callout': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear call-out model, momentum 0.99 full batch: swings 0.21-4.3 for the whole run, ends 0.73 (momentum 0.9 same rate: 0.11)'),
  'oscillating-loss.deep-tanh-adam-0.03-batch-2-callout': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'four tanh layers, adam 0.03 at batch 2: swings 0.43-0.72, ends 0.47 (healthy 0.05-0.08)'),
  'oscillating-loss.momentum-0.97-lr-0.3-batch-440-linear-invoice': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear invoice model, momentum 0.97 lr 0.3 at batch 440: loss zigzags epoch to epoch (2.0/1.97/1.46/2.28...) for ~100 epochs, ends 0.035'),
  'oscillating-loss.nesterov-0.995-lr-0.02-full-batch-linear-heatup': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear heat-up model, Nesterov 0.995 full batch: swings 0.12-1.51 over the first ~60 epochs, damps to 0.12 (rmsprop same model 0.12)'),
  'loss-plateau.van-number-only-fault': f('loss-plateau', T, ['loss-plateau'], 'fault type from the van number only: 1.00'),
  'loss-plateau.property-ref-only-flood': f('loss-plateau', T, ['loss-plateau'], 'flood flag from the property reference and report time only: 1.01'),
  'loss-plateau.weight-decay-2-rmsprop-heatup': f('loss-plateau', T, ['loss-plateau'], 'heat-up with rmsprop weightDecay 2: min 0.28, climbs back and stalls at 0.96'),
  'loss-plateau.clipnorm-1e-5-nesterov-callout': f('loss-plateau', T, ['loss-plateau'], 'call-out with clipNorm 1e-5: 3.18, never moves'),
  'oscillating-loss.momentum-0.99-lr-0.03-full-batch-linear-invoice': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear invoice model, momentum 0.99 full batch: swings 0.04-3.07 for the whole run, ends 0.33 (same model at momentum 0.97, lr 0.3, batch 440: 0.035)'),
  'oscillating-loss.adam-0.05-batch-1-deep-tanh-heatup': f('lr-too-high', T, ['lr-too-high'], 'three tanh layers, adam 0.05 at batch 1: stalls 0.93-1.22, ends 0.93 (healthy 0.01-0.05) (refiled from oscillating-loss)'),
  'oscillating-loss.rmsprop-0.1-batch-2-tanh-fault': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'fault type with rmsprop 0.1 at batch 2: swings 0.36-0.47, ends 0.27 (healthy 0.04-0.08) (refiled from oscillating-loss)'),
}
TRIMMED = set()
DROPPED = {
  'ok.circles-nesterov-relu-bn': 'batch-normalized relu on circles swings 0.03-0.20 epoch to epoch (ends 0.08): not clearly healthy',
  'oscillating-loss.nesterov-0.99-lr-0.1-batch-480-linear-callout': 'two early swings, then settles at 0.11 from epoch 15',
  'init-symmetry.constant-0.2-elu-spirals': 'ends 0.94 but the healthy spirals candidate also ends 0.95: not distinguishable',
  'no-nonlinearity.spirals-linear-rmsprop-dropout': 'ends 0.94 but the healthy spirals candidate also ends 0.95: not distinguishable',
  'lr-too-low.nesterov-1e-5-spirals': 'spirals did not train at a sane rate either (0.95): not distinguishable',
  'ok.spirals-adam-tanh-deep': 'ends 0.95: not healthy (spirals at 300 samples, noise 0.02 too hard for this net)',
  'shape-mismatch.flood-two-sigmoid-heads': 'the engine accepted two sigmoid outputs on the binary flag and it trained to 0.74 like the healthy flood specs',
  'dead-relu.bias-minus-4-single-heatup': 'trained to 0.08: enough units survived',
  'vanishing-gradient.six-sigmoid-lecun-rmsprop-moons': 'ends 0.55 but first-layer gradients are not small (up to 0.1): slow rather than vanishing, unclear',
  'saturated-activation.sigmoid-raw-flood-features': 'ends 0.80 of the prior, within the flood range 0.70-0.87',
  'lr-too-high.adam-0.3-iris-batch-8': 'swings 0.05-0.23 but ends 0.07 against healthy 0.03: too close',
  'loss-plateau.dropout-0.95-invoice': 'noisy descent to 0.75-0.90 rather than a plateau: unclear',
  'oscillating-loss.adam-0.05-batch-2-tanh-raw-heatup': 'raw minutes target; settles at 0.07 with small swings',
  'oscillating-loss.adam-0.08-full-batch-km-and-miles-callout': 'one overshoot (0.147 to 0.222) then settles at 0.14',
  'oscillating-loss.rmsprop-0.02-full-batch-linear-heatup': 'smooth descent to 0.12',
  'oscillating-loss.rmsprop-0.03-batch-4-callout': 'trains to 0.09 with small jitter',
  'oscillating-loss.sgd-plain-0.3-full-batch-mm-and-inches-flood': 'slow wave 0.12-0.36 settling at 0.11 (above the flood prior range): unclear; the slug is stale (momentum 0.95 lr 3, no inches column)',
  'ok.flood-adam-relu': 'ends 0.70 of the prior, acc = prior (32/1,200 floods): not clearly healthy',
  'ok.flood-logistic-rmsprop': 'ends 0.87 of the prior: not clearly healthy',
  'ok.flood-minmax-adam-tanh-clip': 'ends 0.83 of the prior: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 169 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: plumbers and heating engineers: callout.csv (960 jobs: job ids, booking timestamps, engineer ids; hour, rush, distance km '
         'and miles, pressure bar and psi, boiler age, radiators -> call-out minutes) and callout-na.csv ("NA" pressures), fault.csv '
         '(1,000 tickets -> ignition/pressure_loss/pump/leak/rare heat_exchanger 49; pressure bar and psi, flue temperature, ignition attempts, '
         'pump noise dB, boiler age, wet floor; van number with no effect), flood.csv (1,200 burst-pipe jobs -> rare flood damage 32/1,200; '
         'pipe mm and inches, mains psi, frost days, hours unattended, pipe age, stopcock known; property reference with no effect), '
         'invoice.csv (880 invoices, semicolon export with decimal commas -> skewed totals in pounds), heatup.csv (900 tab-separated '
         'commissioning records -> minutes and hours to reach 21 C), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and '
         'an inline radiator-count/flow-temperature table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
