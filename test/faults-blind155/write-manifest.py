#!/usr/bin/env python3
"""Files the candidates of test/faults-blind155 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'wash-energy regression with optimizer "adamw" (the PyTorch habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'fabric classifier with activation "gelu"'),
  'invalid-spec.mae-loss-tickets': f('invalid-spec', S, ['invalid-spec'], 'ticket-total regression with loss "mae" for skewed euros'),
  'invalid-spec.lstm-layer-drying': f('invalid-spec', S, ['invalid-spec'], 'drying-minutes regression with an lstm layer'),
  'invalid-spec.dropout-rate-1.5': f('invalid-spec', S, ['invalid-spec'], 'garment-damage classifier with dropout rate 1.5 (a percentage typed as a fraction)'),
  'data-error.na-detergent-ml': f('data-error', S, ['data-error'], 'wash energy reading the copy with "NA" detergent_ml cells (dosing pump offline)'),
  'data-error.machine-id-feature': f('data-error', S, ['data-error'], 'wash energy with the text column machine_id ("WM-01") in features'),
  'data-error.started-at-feature': f('data-error', S, ['data-error'], 'wash energy with the started_at timestamp text in features'),
  'data-error.garment-tag-feature': f('data-error', S, ['data-error'], 'fabric classifier with the garment_tag text in features'),
  'data-error.target-case-energy-kWh': f('data-error', S, ['data-error'], 'wash energy with target "energy_kWh"; the header says energy_kwh'),
  'data-error.dryer-id-feature': f('data-error', S, ['data-error'], 'drying minutes with the dryer_id text in features (tab-separated file)'),
  'shape-mismatch.fabric-four-heads-no-leather': f('shape-mismatch', S, ['shape-mismatch'], 'fabric classifier with a 4-unit softmax; the rare leather class makes 5'),
  'shape-mismatch.min-and-seconds-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'drying minutes and seconds as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four machine blobs with a 3-unit softmax head'),
  'shape-mismatch.wash-three-outputs': f('shape-mismatch', S, ['shape-mismatch'], 'wash energy (one target) with a 3-unit output'),
  'loss-activation-mismatch.one-unit-softmax-bce-damage': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'garment damage with a 1-unit softmax output under bce (always 1): 92x the prior'),
  'loss-activation-mismatch.relu-head-standardized-wash': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized wash energy through a relu output: ends 0.29 (healthy 0.02-0.03)'),
  'loss-activation-mismatch.sigmoid-heads-cce-fabric': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'fabric classifier with 5 sigmoid outputs under cce: loss near 0 but accuracy 0.385 (healthy 0.97)'),
  'loss-activation-mismatch.softmax-head-mse-tickets': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized ticket total through a 1-unit softmax output: stuck at 2.00'),
  'no-nonlinearity.circles-two-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 0.99 of the prior (healthy 0.00)'),
  'no-nonlinearity.spirals-linear-nesterov-batch-16': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through a linear hidden layer: 0.95 (healthy 0.10)'),
  'no-nonlinearity.xor-linear-bn-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through linear batch-normalized layers: 1.00 (healthy 0.01-0.02)'),
  'no-nonlinearity.sine-linear-deep-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine through three linear layers: 0.41 of the baseline (healthy 0.03)'),
  'lr-out-of-range.adam-lr-12-fabric': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'fabric with adam lr 12: first loss 997, ends 1.06x'),
  'lr-out-of-range.momentum-1e-9-tickets': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'tickets with momentum SGD lr 1e-9: loss never moves from 1.65'),
  'lr-out-of-range.rmsprop-40-damage': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'garment damage with rmsprop lr 40: 129x the prior'),
  'lr-out-of-range.nesterov-150-drying': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'drying with Nesterov lr 150: NaN at epoch 1'),
  'init-symmetry.zeros-relu-momentum-fabric': f('init-symmetry', P, ['init-symmetry'], 'fabric with zero-initialised relu and softmax layers: 1.00 of the prior'),
  'init-symmetry.constant-0.3-tanh-adam-wash': f('init-symmetry', P, ['init-symmetry'], 'wash energy with every weight 0.3: the 32 tanh units stay one, ends 0.09 (healthy 0.02-0.03)'),
  'init-symmetry.zeros-sigmoid-sgd-moons': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised sigmoid layers: 0.40 (healthy 0.00-0.04)'),
  'init-symmetry.constant-0.2-elu-rmsprop-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with every weight 0.2 in the elu layer: 0.99'),
  'init-scale.normal-std-10-sigmoid-fabric': f('init-scale', P, ['init-scale', 'saturated-activation'], 'fabric with std-10 sigmoid layers: first 62, ends 5.5x the prior'),
  'init-scale.normal-1e-5-five-relu-circles': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'five relu layers at std 1e-5 on circles: flat at 1.00'),
  'init-scale.normal-std-6-elu-wash': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'wash energy with std-6 elu layers: first 3.5e8, ends 3.9e6x'),
  'dead-relu.bias-minus-6-nesterov-wash': f('dead-relu', P, ['dead-relu'], 'wash energy with two relu layers at bias -6: 1.00'),
  'dead-relu.bias-minus-20-he-uniform-damage': f('dead-relu', P, ['dead-relu'], 'garment damage with one 128-unit relu layer at bias -20: 1.00'),
  'dead-relu.bias-minus-4-spirals-deep': f('dead-relu', P, ['dead-relu'], 'spirals through four relu layers at bias -4: 1.00'),
  'dead-relu.adam-0.15-batch-4-tickets': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'tickets with adam 0.15 at batch 4: relu layers 2 and 3 100% dead, ends 1.02'),
  'exploding-gradient.raw-seconds-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'drying time in raw seconds as target: 2.71x the baseline 1.27e6'),
  'exploding-gradient.fifteen-relu-std-0.5-fabric': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'fabric through fifteen relu layers at std 0.5: first 1082, ends 1.73x'),
  'exploding-gradient.raw-weight-grams-rmsprop-fabric': f('exploding-gradient', P, ['exploding-gradient'], 'fabric on raw grams and rpm: first 558, ends 4.24x, acc 0.54'),
  'nan-loss.constant-3-tanh-deep-tickets-raw': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'raw tickets through relu layers at constant 3: first 3.5e15, ends 4.5e7x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-sgd-wash': f('vanishing-gradient', P, ['vanishing-gradient'], 'wash energy through eight sigmoid layers: 1.02'),
  'vanishing-gradient.twelve-tanh-std-0.02-damage': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'garment damage through twelve tanh layers at std 0.02: 1.00 (healthy 0.63-0.77)'),
  'vanishing-gradient.seven-sigmoid-adam-fabric': f('vanishing-gradient', P, ['vanishing-gradient'], 'fabric through seven sigmoid layers: 0.67, acc 0.53 (healthy 0.05)'),
  'vanishing-gradient.ten-sigmoid-nesterov-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through ten sigmoid layers: 1.00'),
  'nan-loss.sgd-6-batch-1-wash': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'wash energy with plain SGD 6 at batch 1: NaN at epoch 1'),
  'nan-loss.raw-seconds-target-nesterov': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'drying seconds as raw target under Nesterov: NaN at epoch 1'),
  'nan-loss.momentum-0.995-lr-1-full-batch-wash': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'wash energy, momentum 0.995 lr 1 on the full batch: NaN at epoch 5'),
  'dead-relu.sgd-2-batch-1-drying': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'drying with plain SGD 2 at batch 1: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.raw-rpm-features-sgd': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'wash energy on raw rpm and ml features: NaN at epoch 1 (refiled from exploding-gradient)'),
  'init-scale.normal-std-4-relu-tickets': f('nan-loss', T, ['nan-loss', 'init-scale'], 'tickets with std-4 relu layers: NaN at epoch 1 (refiled from init-scale)'),
  'oscillating-loss.sgd-plain-1.05-batch-250-linear-drying': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear drying model, plain SGD 1.05 at batch 250: grows every epoch, NaN at epoch 121 (refiled from oscillating-loss)'),
  'lr-too-high.sgd-plain-1.5-batch-4-wash': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'wash energy with plain SGD 1.5 at batch 4: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.nesterov-0.95-lr-0.5-batch-8-tickets': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'tickets with Nesterov 0.95 lr 0.5 at batch 8: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.momentum-0.995-lr-0.05-batch-32-drying': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'drying with momentum 0.995 lr 0.05 at batch 32: 0.74 then NaN at epoch 5 (refiled from lr-too-high)'),
  'saturated-activation.sigmoid-raw-rpm-fabric': f('saturated-activation', P, ['saturated-activation'], 'fabric on raw rpm and grams through sigmoid: 0.41, acc 0.75 (healthy 0.05)'),
  'saturated-activation.tanh-raw-solvent-f-damage': f('saturated-activation', P, ['saturated-activation'], 'garment damage on raw degrees F through tanh: 1.00 (healthy 0.63-0.77)'),
  'saturated-activation.sigmoid-bias-9-drying': f('saturated-activation', P, ['saturated-activation'], 'drying with two sigmoid layers at bias 9: 0.22 (healthy 0.02)'),
  'saturated-activation.tanh-raw-detergent-wash': f('saturated-activation', P, ['saturated-activation'], 'wash energy on raw ml and rpm through tanh: 0.54 (healthy 0.02-0.03)'),
  'saturated-activation.tanh-raw-drying-nesterov': f('saturated-activation', P, ['saturated-activation'], 'drying on raw degrees F and percent through two tanh layers: 1.00'),
  'lr-too-high.rmsprop-0.05-batch-1-fabric': f('lr-too-high', T, ['lr-too-high'], 'fabric with rmsprop 0.05 at batch 1: min 0.34, ends 0.39 of 1.42 (healthy 0.06-0.09)'),
  'lr-too-high.momentum-0.9-lr-2-batch-2-iris': f('lr-too-high', T, ['lr-too-high'], 'iris with momentum lr 2 at batch 2: swings 40-126, ends 50x the prior'),
  'oscillating-loss.kg-and-lb-sgd-0.45-full-batch-linear': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear wash model on kg and lb, C and F, plain SGD 0.45 full batch: doubles every epoch to 2e65, no NaN in 200 (refiled from oscillating-loss)'),
  'nan-loss.rmsprop-5-batch-8-sine': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range'], 'sine with rmsprop 5 at batch 8: first 2.5e7, ends 13x, no NaN (refiled from nan-loss)'),
  'lr-too-low.adam-1e-7-fabric': f('lr-too-low', T, ['lr-too-low'], 'fabric with adam 1e-7: 2.060 to 2.056'),
  'lr-too-low.sgd-plain-1e-5-full-batch-300-wash': f('lr-too-low', T, ['lr-too-low'], 'wash energy, plain SGD 1e-5 full batch 300 epochs: 1.64 to 1.59'),
  'lr-too-low.momentum-0.5-lr-1e-6-tickets': f('lr-too-low', T, ['lr-too-low'], 'tickets with momentum 0.5 lr 1e-6: 1.47 to 1.21'),
  'lr-too-low.rmsprop-1e-7-damage-batch-16': f('lr-too-low', T, ['lr-too-low', 'lr-out-of-range'], 'garment damage with rmsprop 1e-7: 0.812 to 0.810 (4.8x the prior)'),
  'lr-too-low.nesterov-1e-5-circles-full-batch': f('lr-too-low', T, ['lr-too-low'], 'circles full batch Nesterov 1e-5 for 300 epochs: 0.7036 to 0.7033'),
  'oscillating-loss.temp-c-and-f-momentum-0.99-full-linear': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear wash model on C and F, kg and lb, momentum 0.99 full batch: swings 0.10-1.48 all run, ends 0.15'),
  'oscillating-loss.momentum-0.99-lr-0.3-full-batch-linear-drying': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear drying model, momentum 0.99 lr 0.3 full batch: swings 0.17-2.04, still 0.21-0.49 after 150 epochs, ends 0.09'),
  'oscillating-loss.items-and-kg-momentum-0.99-lr-0.2-full-linear-tickets': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear ticket model, momentum 0.99 lr 0.2 full batch: swings 0.06-0.73, still 0.06-0.20 at epoch 170, ends 0.05 (0.03 when settled)'),
  'oscillating-loss.kg-lb-momentum-0.995-lr-0.02-full-tanh': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'tanh wash model on kg and lb, C and F, momentum 0.995 full batch: swings 0.27-0.92 for 400 epochs, ends 0.18'),
  'loss-plateau.counter-no-only-fabric': f('loss-plateau', T, ['loss-plateau'], 'fabric from the counter number only: 1.00'),
  'loss-plateau.locker-no-only-damage': f('loss-plateau', T, ['loss-plateau'], 'garment damage from the locker number only: 1.00'),
  'loss-plateau.ambient-only-drying': f('loss-plateau', T, ['loss-plateau'], 'drying minutes from the ambient temperature only: 1.00'),
  'loss-plateau.weight-decay-2-momentum-drying': f('loss-plateau', T, ['loss-plateau'], 'drying with momentum weightDecay 2: min 0.94, ends 1.00'),
  'loss-plateau.clipnorm-1e-6-sgd-tickets': f('loss-plateau', T, ['loss-plateau'], 'tickets with clipNorm 1e-6: 1.65, never moves'),
}
TRIMMED = {'lr-too-high.sgd-plain-1.5-batch-4-wash', 'dead-relu.sgd-2-batch-1-drying'}
DROPPED = {
  'exploding-gradient.raw-ticket-euros-target-momentum': 'trained to 0.01 of the baseline despite the raw euro target',
  'init-scale.uniform-1e-5-six-tanh-drying': 'trained to 0.07 against healthy 0.02: unclear',
  'init-scale.uniform-limit-5-tanh-iris': 'trained to 0.07 of the prior',
  'loss-activation-mismatch.tanh-head-bce-bleed': 'trained to 0.00 on the small inline table',
  'shape-mismatch.damage-two-sigmoid-bce': 'the engine accepted two sigmoid outputs under bce and it trained to 0.74 (like the healthy damage specs)',
  'lr-too-high.adam-0.3-batch-16-damage': 'ends 0.83 of the prior against 0.63-0.77 at sane rates: too close',
  'oscillating-loss.adam-0.08-full-batch-logistic-damage': 'trains smoothly to 0.77 of the prior',
  'oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-wash': 'swings for ~60 epochs, then settles at 0.09 (a linear model\'s floor)',
  'oscillating-loss.momentum-0.995-lr-0.5-full-batch-fabric': 'drifts slowly from 0.21 up to 0.32: neither a clear oscillation nor clearly healthy',
  'oscillating-loss.rmsprop-0.05-full-batch-linear-drying': 'settles at 0.07',
  'oscillating-loss.kg-and-lb-nesterov-0.99-lr-0.05-full-linear': 'rings for ~30 epochs, then settles at 0.098',
  'oscillating-loss.temp-c-and-f-momentum-0.98-lr-0.2-batch-500-linear': 'swings for ~100 epochs, then settles near 0.10',
  'ok.damage-adam-relu': 'rare-flag noise floor: ends 0.71 of the prior, not clearly healthy',
  'ok.damage-he-uniform-relu-nesterov-0.9-batch-64': 'rare-flag noise floor: ends 0.63 of the prior, not clearly healthy',
  'ok.damage-logistic-momentum-0.95': 'rare-flag noise floor: ends 0.77 of the prior, not clearly healthy',
  'ok.damage-rmsprop-tanh-val': 'rare-flag noise floor: ends 0.74 of the prior, not clearly healthy',
  'ok.damage-sgd-plain-full-batch-logistic': 'rare-flag noise floor: ends 0.77 of the prior, not clearly healthy',
  'ok.tickets-sgd-plain-full-batch-sigmoid-500': 'spikes to 272 early and ends 0.34: not healthy',
}
HEALTHY_RENAME = {
  'oscillating-loss.momentum-0.9-lr-0.2-batch-500-tanh-wash': 'wash-momentum-0.9-lr-0.2-batch-500-tanh-settles',
  'oscillating-loss.nesterov-0.99-lr-0.05-full-batch-tickets': 'tickets-nesterov-0.99-full-batch-linear-settles',
}

ABOUT = ('Fault set 155 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low, plateau and borderline healthy candidates (observed-curves.txt). '
         'Theme: laundries and dry cleaners: wash.csv (1,000 washer tickets: ticket ids, start timestamps, machine ids; load kg and lb, '
         'temperature C and F, cycle minutes, detergent ml, spin rpm -> energy kWh) and wash-na.csv ("NA" detergent cells), fabric.csv '
         '(1,000 garments -> cotton/synthetic/wool/silk/rare leather 40; temperature, rpm, skewed grams, solvent, program minutes; counter number with no effect), '
         'damage.csv (1,200 dry-cleaning orders -> rare garment damage 48/1,200; locker number with no effect), tickets.csv (800 receipts, '
         'semicolon export with decimal commas -> skewed ticket total in euros), drying.csv (900 tab-separated dryer runs -> drying minutes and seconds), '
         'plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline colour-bleed table. '
         'Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
