#!/usr/bin/env python3
"""Files the candidates of test/faults-blind115 by what the bare engine showed (observed.txt,
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

FAULTS = {
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'new-snow regression with optimizer "adamw" (a PyTorch optimizer the engine lacks)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'lift-queue regression with activation "gelu"'),
  'invalid-spec.keras-loss-name': f('invalid-spec', S, ['invalid-spec'], 'piste-difficulty classifier with loss "categorical_crossentropy", the Keras name for cce'),
  'invalid-spec.dropout-rate-1': f('invalid-spec', S, ['invalid-spec'], 'avalanche-closure classifier with dropout rate 1'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'ski-rentals regression with batchSize 0'),
  'invalid-spec.validation-split-20': f('invalid-spec', S, ['invalid-spec'], 'new-snow regression with validationSplit 20 (meant 20 percent)'),
  'data-error.na-humidity': f('data-error', S, ['data-error'], 'new-snow regression reading a station export whose humidity_pct is "NA" on 21 rows'),
  'data-error.lift-id-feature': f('data-error', S, ['data-error'], 'lift-queue regression with the text column lift_id ("LIFT-A") in features'),
  'data-error.observed-at-timestamp-feature': f('data-error', S, ['data-error'], 'new-snow regression with the ISO timestamp column observed_at in features'),
  'data-error.target-queue-min-typo': f('data-error', S, ['data-error'], 'lift-queue regression with target "queue_min"; the header has queue_minutes'),
  'data-error.absolute-path-outside': f('data-error', S, ['data-error'], 'avalanche-closure classifier reading /tmp/avalanche.csv, an absolute path outside the workspace'),
  'data-error.rentals-xlsx-name': f('data-error', S, ['data-error'], 'ski-rentals regression pointing at rentals.xlsx, a file that is not there (the export is rentals.csv)'),
  'shape-mismatch.piste-six-heads': f('shape-mismatch', S, ['shape-mismatch'], 'piste-difficulty classifier with a 6-unit softmax head; the survey has 5 difficulties'),
  'shape-mismatch.queue-and-revenue-three-outputs': f('shape-mismatch', S, ['shape-mismatch'], 'queue minutes and ticket revenue as two targets, three output units'),
  'shape-mismatch.spirals3-binary-head': f('shape-mismatch', S, ['shape-mismatch'], 'three spirals with one sigmoid unit under bce'),
  'loss-activation-mismatch.sigmoid-head-standardized-queue': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized queue minutes (half negative) through a sigmoid output under mse: ends 0.52 (healthy 0.02-0.09)'),
  'loss-activation-mismatch.tanh-head-bce-avalanche': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'avalanche-closure with a tanh output under bce: 3.7x the prior'),
  'loss-activation-mismatch.relu-head-cce-blobs': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'four blobs with 4 relu heads under cce: loss 1e-7 while accuracy stays 0.31'),
  'loss-activation-mismatch.softmax-single-rentals-mse': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'ski-rentals regression through a 1-unit softmax output (always 1): flat at 2.00 of the baseline'),
  'no-nonlinearity.circles-linear-adam-batch-16': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles with two linear hidden layers: 0.99 of the prior'),
  'no-nonlinearity.spirals3-linear-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'three spirals with two linear hidden layers: 0.96 of the prior'),
  'no-nonlinearity.sine-linear-batch-1-sgd': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine with two linear hidden layers at batch 1: 0.45 of the baseline (tanh 0.01)'),
  'no-nonlinearity.xor-linear-bn-momentum': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear batch-normalized hidden layer: 0.99 of the prior'),
  'lr-out-of-range.adam-3-meant-3e-3-snow': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'new-snow with adam lr 3 (meant 3e-3): first loss 1.6e4, ends 0.88'),
  'lr-out-of-range.sgd-1e-8-piste': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'piste-difficulty with plain SGD 1e-8: the loss never moves'),
  'lr-out-of-range.nesterov-25-queue': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'lift-queue with Nesterov lr 25: NaN at epoch 1'),
  'lr-out-of-range.negative-rate-rentals': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'ski-rentals with adam lr -0.001: the parser refuses it'),
  'lr-out-of-range.rmsprop-1e-9-avalanche': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'avalanche-closure with rmsprop 1e-9: flat at 4.6x the prior'),
  'init-symmetry.zeros-sigmoid-rmsprop-snow': f('init-symmetry', P, ['init-symmetry'], 'new-snow with a zero-initialised sigmoid layer (one effective unit): ends 0.17 (healthy 0.07-0.13)'),
  'init-symmetry.constant-0.2-tanh-adam-piste': f('init-symmetry', P, ['init-symmetry'], 'piste-difficulty with constant 0.2 tanh weights: ends 0.34 of the prior (healthy 0.01-0.05)'),
  'init-symmetry.zeros-tanh-moons-nesterov': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised tanh layers: 1.00 of the prior, accuracy 0.50'),
  'init-scale.normal-std-6-tanh-avalanche': f('init-scale', P, ['init-scale', 'saturated-activation'], 'avalanche-closure with std-6 tanh layers: first loss 18, ends 10.8x the prior'),
  'init-scale.normal-std-1e-5-five-relu-queue': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'five relu layers at std 1e-5: flat at 1.00 of the baseline'),
  'init-scale.normal-std-2-elu-three-layer-snow': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'three elu layers at std 2: first loss 4e7, ends 1.2e5x the baseline'),
  'init-scale.uniform-1e-5-seven-tanh-rentals': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'seven tanh layers at uniform 1e-5: flat at 1.00'),
  'dead-relu.bias-minus-4-three-layer-snow': f('dead-relu', P, ['dead-relu'], 'new-snow three relu layers with bias -4: flat at 1.00'),
  'dead-relu.bias-minus-6-wide-piste': f('dead-relu', P, ['dead-relu'], 'piste-difficulty 128 relu units with bias -6: ends 0.56 of the prior (healthy 0.01-0.05)'),
  'dead-relu.bias-minus-2-xavier-rentals': f('dead-relu', P, ['dead-relu'], 'ski-rentals two xavier relu layers with bias -2: flat at 1.00'),
  'dead-relu.adam-0.1-batch-4-queue': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'lift-queue with adam 0.1 at batch 4: second relu layer 100% dead, 0.57 after epoch 1 then 1.02'),
  'nan-loss.adam-1-batch-1-rentals': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'ski-rentals with adam 1 at batch 1: second relu layer 100% dead, flat at 1.01, no NaN (refiled from nan-loss)'),
  'exploding-gradient.raw-revenue-eur-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'lift-queue on raw ticket revenue EUR and skier counts: loss 8e9x the baseline'),
  'exploding-gradient.raw-pressure-hpa-adam': f('exploding-gradient', P, ['exploding-gradient'], 'new-snow on raw pressure hPa (~760), raw target: first loss 2.5e5, ends 3.5x'),
  'exploding-gradient.eight-relu-std-0.5-rmsprop': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'eight relu layers at std 0.5: first loss 4e4, ends 293x'),
  'nan-loss.raw-tickets-sold-sgd-avalanche': f('exploding-gradient', P, ['exploding-gradient'], 'avalanche flag under mse on raw tickets sold (~3,000): loss 1e11, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.seven-sigmoid-momentum-piste': f('vanishing-gradient', P, ['vanishing-gradient'], 'piste-difficulty through seven sigmoid layers: 1.01 of the prior'),
  'vanishing-gradient.eight-sigmoid-xavier-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through eight xavier sigmoid layers: 1.00 of the prior'),
  'vanishing-gradient.nine-sigmoid-sgd-rentals': f('vanishing-gradient', P, ['vanishing-gradient'], 'ski-rentals through nine sigmoid layers: 1.02'),
  'nan-loss.raw-revenue-target-sgd-0.01': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'raw ticket revenue EUR as target under SGD 0.01: NaN at epoch 1'),
  'nan-loss.momentum-2-snow': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'new-snow with momentum SGD lr 2: NaN at epoch 1'),
  'nan-loss.normal-std-5-six-relu-queue': f('nan-loss', P, ['nan-loss', 'init-scale', 'exploding-gradient'], 'six relu layers at std 5: NaN at epoch 1'),
  'dead-relu.momentum-0.3-batch-2-avalanche': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'momentum SGD 0.3 at batch 2: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.raw-skiers-leaky-nesterov': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'raw skier counts and capacity under Nesterov 1e-5: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.nesterov-0.2-batch-8-snow': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'Nesterov 0.2 at batch 8: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.sgd-plain-0.9-tanh-rentals': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'plain SGD 0.9 at batch 16: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.sgd-plain-1.1-full-batch-linear-queue': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear queue model with plain SGD 1.1 on full batches: grows each epoch, NaN at epoch 65 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-raw-skiers-queue': f('saturated-activation', P, ['saturated-activation'], 'raw skier counts and revenue into sigmoid units: 100% saturated, 0.99 of the baseline'),
  'saturated-activation.sigmoid-raw-tickets-avalanche': f('saturated-activation', P, ['saturated-activation'], 'raw tickets sold into sigmoid units: 1.00 of the prior'),
  'saturated-activation.tanh-raw-pressure-snow': f('saturated-activation', P, ['saturated-activation'], 'raw pressure hPa (~760) into tanh units: 1.00 of the baseline'),
  'saturated-activation.sigmoid-std-3-rentals': f('saturated-activation', P, ['saturated-activation', 'init-scale'], 'sigmoid layer at std 3: 37-48% saturated, ends 0.37 (healthy 0.09-0.22)'),
  'lr-too-high.adam-0.05-batch-4-piste': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'piste-difficulty with adam 0.05 at batch 4: swings 0.10-0.81, ends 0.13 (healthy 0.01-0.05)'),
  'lr-too-high.adam-0.3-blobs-batch-8': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'four blobs with adam 0.3 at batch 8: swings 0.23-0.64, ends 0.25 (healthy 0.09)'),
  'oscillating-loss.nesterov-0.95-lr-0.8-full-batch-linear-rentals': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear rentals model, Nesterov 0.8 momentum 0.95, full batch: grows to 7e59, no NaN (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-0.95-full-batch-linear-snow': f('lr-too-high', T, ['lr-too-high'], 'linear new-snow model with plain SGD 0.95 on full batches: dips to 1.93 then grows to 10.4x (refiled from oscillating-loss)'),
  'lr-too-low.adam-1e-5-snow': f('lr-too-low', T, ['lr-too-low'], 'new-snow with adam 1e-5: ends 1.59 of the baseline'),
  'lr-too-low.sgd-plain-1e-4-batch-64-queue': f('lr-too-low', T, ['lr-too-low'], 'lift-queue with plain SGD 1e-4 at batch 64: 0.60 after 80 epochs (healthy 0.02-0.09)'),
  'lr-too-low.rmsprop-3e-6-piste': f('lr-too-low', T, ['lr-too-low'], 'piste-difficulty with rmsprop 3e-6: 1.75 of the prior'),
  'lr-too-low.nesterov-1e-5-circles': f('lr-too-low', T, ['lr-too-low'], 'circles with Nesterov 1e-5: 1.12 of the prior after 150 epochs'),
  'lr-too-low.momentum-2e-5-full-batch-rentals': f('lr-too-low', T, ['lr-too-low'], 'ski-rentals with momentum SGD 2e-5 on full batches: 0.82 after 150 epochs'),
  'oscillating-loss.momentum-0.99-lr-0.3-full-batch-linear-snow': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear new-snow model, momentum 0.99 lr 0.3, full batch: swings 0.32-2.75, ends 0.71'),
  'oscillating-loss.rmsprop-0.3-batch-470-linear-queue': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear queue model, rmsprop 0.3 at half batches: swings 0.21-0.69 after reaching 0.21'),
  'oscillating-loss.momentum-0.98-lr-0.2-full-batch-linear-queue': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear queue model, momentum 0.98 lr 0.2, full batch: swings 0.26-2.2, ends 0.37'),
  'loss-plateau.tickets-only-avalanche': f('loss-plateau', T, ['loss-plateau'], 'avalanche closure from tickets sold only (no effect): 0.98 of the prior'),
  'loss-plateau.snow-depth-both-units-only': f('loss-plateau', T, ['loss-plateau'], 'new snow from snow depth in cm and in inches only (no effect): 1.00'),
  'loss-plateau.sgd-weight-decay-3-queue': f('loss-plateau', T, ['loss-plateau'], 'lift-queue with momentum SGD and weightDecay 3: 1.01'),
  'loss-plateau.dropout-0.95-rentals': f('loss-plateau', T, ['loss-plateau'], 'ski-rentals with dropout 0.95: hovers 0.59-0.87, ends 0.80 (healthy 0.09-0.22)'),
  'loss-plateau.accidents-only-piste': f('loss-plateau', T, ['loss-plateau'], 'piste difficulty from accidents per season only (no effect): 1.00 of the prior'),
}

# Trimmed after observation to stay near 65 faulty (surplus of a code): not filed anywhere.
TRIMMED = {
  'invalid-spec.batch-size-zero', 'invalid-spec.dropout-rate-1', 'invalid-spec.validation-split-20',
  'data-error.observed-at-timestamp-feature', 'data-error.absolute-path-outside',
  'exploding-gradient.raw-skiers-leaky-nesterov', 'lr-too-high.sgd-plain-0.9-tanh-rentals', 'lr-too-high.nesterov-0.2-batch-8-snow',
  'lr-out-of-range.rmsprop-1e-9-avalanche', 'nan-loss.adam-1-batch-1-rentals', 'lr-too-low.adam-1e-5-snow', 'loss-plateau.accidents-only-piste',
}

DROPPED = {
  'init-symmetry.constant-0.1-leaky-queue-batch-8': 'constant 0.1 leaky: ends 0.09, inside the healthy queue range 0.02-0.09',
  'init-symmetry.constant-0.5-elu-rentals': 'constant 0.5 elu: ends 0.27, inside the healthy rentals range',
  'init-scale.uniform-3-sigmoid-piste': 'uniform 3 sigmoid: trained to 0.04, like the healthy piste specs',
  'loss-activation-mismatch.softmax-piste-under-bce': 'softmax heads under bce: trained to 0.01, accuracy 0.99',
  'shape-mismatch.avalanche-two-sigmoids-bce': 'two sigmoid units under bce for a 0/1 flag: the engine accepted and trained it (0.58, like the healthy ones)',
  'vanishing-gradient.ten-tanh-std-0.1-snow': 'ten tanh layers at std 0.1: ends 0.12, inside the healthy snow range',
  'exploding-gradient.raw-rental-counts-target-sgd': 'raw rental counts as target: 0.25 of the baseline, no blow-up, unclear',
  'saturated-activation.tanh-bias-minus-5-piste': 'tanh bias -5: trained to 0.03',
  'lr-too-high.sgd-plain-3-xor-batch-4': 'plain SGD 3 on xor: trained to 0.0005, accuracy 1.00',
  'lr-too-high.rmsprop-0.02-batch-1-queue': 'smooth descent to 0.06 against healthy 0.02: too mild',
  'oscillating-loss.adam-0.5-full-batch-linear-rentals': 'settles at 0.278 by epoch 60, the linear optimum: no oscillation',
  'oscillating-loss.momentum-0.97-lr-0.5-full-batch-logistic-avalanche': 'one bump then smooth decline to 0.79 of the prior: no lasting oscillation',
  'ok.spirals3-adam-tanh-deep': 'three spirals end 0.96 of the prior: not healthy',
  'ok.queue-rmsprop-lecun-tanh-batch-1': 'ends 0.21 after 8 epochs against healthy 0.02-0.09: not clearly healthy',
  'ok.rentals-linear-sgd-full-batch': 'linear model ends 0.28, above the nonlinear rentals specs: not clearly healthy',
  'ok.avalanche-logistic-adam': 'ends 0.63 of the prior: the rare closure is noisy, not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 115 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the lr-too-high, lr-too-low, plateau, oscillating and borderline ones (observed-curves.txt). '
         'Theme: ski resorts and mountain lifts: snow.csv (860 station readings: station ids and timestamps left out; air temp C, humidity %, '
         'pressure hPa (~760), wind km/h (skewed), snow depth cm (also in inches, no effect), cloud % -> new snow cm, 0-44, many zeros) and '
         'snow-na.csv ("NA" humidity), lifts.csv (940 lift log rows: lift ids and unix timestamps left out; hour, weekend, capacity, skiers per hour '
         '(hundreds to thousands), wind m/s, temp C, ticket revenue EUR (tens of thousands) -> queue minutes), avalanche.csv (1,000 sector reports: '
         'new snow, wind km/h, temperature rise, slope angle, snowpack cm, tickets sold (skewed, no effect) -> a rare avalanche_closure, 38 of 1,000), '
         'pistes.csv (880 pistes: ids and zone text left out; gradients %, length m, vertical drop m, width m, grooming h/week, accidents (skewed) -> '
         'green 167 / blue 291 / red 238 / black 136 / rare freeride 48), rentals.csv (800 rental-shop days, semicolon export with decimal commas '
         '-> skis rented, skewed 12-561), plus builtins iris, moons, circles, spirals (3), blobs (4), sine, xor and an inline ski-lesson table. '
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
