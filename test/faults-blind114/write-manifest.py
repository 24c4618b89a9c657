#!/usr/bin/env python3
"""Files the candidates of test/faults-blind114 by what the bare engine showed (observed.txt,
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
  'invalid-spec.nadam-optimizer': f('invalid-spec', S, ['invalid-spec'], 'gold-grade regression with optimizer "nadam" (a Keras optimizer the engine lacks)'),
  'invalid-spec.swish-activation': f('invalid-spec', S, ['invalid-spec'], 'haul-payload regression with activation "swish"; the engine has no swish'),
  'invalid-spec.huber-loss': f('invalid-spec', S, ['invalid-spec'], 'crusher-throughput regression with loss "huber" (a PyTorch habit for noisy plant logs)'),
  'invalid-spec.glorot-init-name': f('invalid-spec', S, ['invalid-spec'], 'rock-type classifier with init "glorot_uniform", the Keras name for xavier_uniform'),
  'invalid-spec.conv1d-layer': f('invalid-spec', S, ['invalid-spec'], 'slope-alarm classifier with a conv1d layer copied from a time-series tutorial'),
  'invalid-spec.epochs-string': f('invalid-spec', S, ['invalid-spec'], 'gold-grade regression with epochs written as the string "60"'),
  'data-error.na-arsenic': f('data-error', S, ['data-error'], 'gold-grade regression reading a lab export whose arsenic_ppm is "NA" on 24 rows (below detection)'),
  'data-error.truck-id-feature': f('data-error', S, ['data-error'], 'haul-payload regression with the text column truck_id ("HT-01") in features'),
  'data-error.crusher-comma-separator-assumed': f('data-error', S, ['data-error'], 'crusher-throughput regression asking for feature "bond_wi"; the header has bond_wi_kwh_t'),
  'data-error.missing-csv-file': f('data-error', S, ['data-error'], 'slope-alarm classifier pointing at slope_radar.csv, a file that is not there (the export is slopes.csv)'),
  'data-error.bench-label-feature': f('data-error', S, ['data-error'], 'rock-type classifier with the text column bench ("bench-1") in features'),
  'shape-mismatch.rock-four-heads': f('shape-mismatch', S, ['shape-mismatch'], 'rock-type classifier with a 4-unit softmax head; the log has 5 rock types (the rare ore_breccia forgotten)'),
  'shape-mismatch.payload-two-outputs': f('shape-mismatch', S, ['shape-mismatch'], 'haul-payload regression with 2 linear outputs for one target'),
  'shape-mismatch.grade-and-cost-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'gold grade and assay cost as two targets, one output unit'),
  'shape-mismatch.blobs3-two-heads': f('shape-mismatch', S, ['shape-mismatch'], 'three pit-zone blobs with a 2-unit softmax head'),
  'loss-activation-mismatch.softmax-single-slope': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'slope-alarm classifier with a 1-unit softmax head under bce (always 1): stuck at 94x the prior'),
  'loss-activation-mismatch.sigmoid-heads-cce-rock': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'rock-type classifier with 5 sigmoid heads under cce: the loss goes to 1e-4 while accuracy stays 0.32'),
  'loss-activation-mismatch.relu-head-standardized-gold': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized gold grade (half negative) through a relu output: ends 0.54 of the baseline'),
  'loss-activation-mismatch.tanh-heads-cce-iris': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'iris with 3 tanh heads under cce: 9.8x the prior, accuracy 0.33'),
  'no-nonlinearity.moons-linear-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons with two linear hidden layers: ends 0.35 of the prior (healthy 0.01-0.02)'),
  'no-nonlinearity.spirals-linear-batch-norm-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'two spirals with linear batch-normalized hidden layers: 0.96 of the prior'),
  'no-nonlinearity.sine-linear-momentum-batch-8': f('no-nonlinearity', S, ['no-nonlinearity'], 'sine with two linear hidden layers: 0.35 of the baseline (tanh 0.01)'),
  'no-nonlinearity.xor-linear-nesterov-lecun': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear lecun hidden layer: 1.00 of the prior'),
  'lr-out-of-range.adam-5-payload': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'haul-payload with adam lr 5 (meant 5e-3): first loss 8e4, ends 0.83'),
  'lr-out-of-range.momentum-1e-9-rock': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'rock-type with momentum SGD lr 1e-9: the loss never moves'),
  'lr-out-of-range.rmsprop-50-crusher': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'crusher-throughput with rmsprop lr 50: 6.8e5x the baseline'),
  'lr-out-of-range.sgd-zero-slope': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'slope-alarm with SGD lr 0 (a scheduler habit): the parser refuses it'),
  'init-symmetry.zeros-tanh-adam-gold': f('init-symmetry', P, ['init-symmetry'], 'gold-grade with every tanh layer zero-initialised: flat at 1.00 of the baseline'),
  'init-symmetry.zeros-elu-momentum-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with zero-initialised elu layers: 1.00 of the prior, accuracy 0.50'),
  'init-symmetry.constant-0.3-relu-rmsprop-rock': f('init-symmetry', P, ['init-symmetry'], 'rock-type with constant 0.3 relu weights: ends 0.46 of the prior (healthy 0.01-0.07)'),
  'init-symmetry.constant-1-sigmoid-nesterov-payload': f('init-symmetry', P, ['init-symmetry'], 'haul-payload with constant 1 sigmoid weights: one effective unit, ends 0.06 (healthy 0.01-0.03)'),
  'init-scale.normal-std-4-tanh-rock': f('init-scale', P, ['init-scale', 'saturated-activation'], 'rock-type with normal std 4 tanh layers: first loss 24, ends 0.49 of the prior'),
  'init-scale.normal-1e-4-six-tanh-payload': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six tanh layers at std 1e-4: flat at 1.00 of the baseline'),
  'init-scale.normal-std-20-sigmoid-slope': f('init-scale', P, ['init-scale', 'saturated-activation'], 'slope-alarm with std-20 sigmoid layers: 56x the prior'),
  'init-scale.uniform-1e-4-eight-elu-gold': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'eight elu layers at uniform 1e-4: flat at 1.00'),
  'dead-relu.bias-minus-5-two-layer-payload': f('dead-relu', P, ['dead-relu'], 'haul-payload relu layers with bias -5: flat at 1.00'),
  'dead-relu.bias-minus-3-deep-rock': f('dead-relu', P, ['dead-relu'], 'rock-type three relu layers with bias -3: 1.00 of the prior'),
  'dead-relu.bias-minus-10-single-slope': f('dead-relu', P, ['dead-relu'], 'slope-alarm relu layer with bias -10: 1.07 of the prior'),
  'dead-relu.rmsprop-0.08-batch-8-gold': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'gold-grade with rmsprop 0.08 at batch 8: 91% and 94% of the relu units dead, ends 0.23 (healthy 0.08-0.14)'),
  'exploding-gradient.raw-strut-pressure-sgd': f('exploding-gradient', P, ['exploding-gradient'], 'haul-payload on raw strut pressure kPa (~40,000): loss 2e14'),
  'exploding-gradient.raw-tph-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'crusher throughput in raw t/h as target: 43x the baseline after 30 epochs'),
  'exploding-gradient.raw-payload-tonnes-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'payload in raw tonnes (200-300) as target: 72x the baseline'),
  'nan-loss.raw-arsenic-sgd-0.001': f('exploding-gradient', P, ['exploding-gradient'], 'gold-grade on raw arsenic/copper ppm with SGD 1e-3: loss 1e10, did not go NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-sgd-moons': f('vanishing-gradient', P, ['vanishing-gradient'], 'moons through eight sigmoid layers: 1.00 of the prior'),
  'vanishing-gradient.nine-sigmoid-adam-rock': f('vanishing-gradient', P, ['vanishing-gradient'], 'rock-type through nine sigmoid layers: 0.60 of the prior, accuracy 0.51'),
  'vanishing-gradient.ten-sigmoid-rmsprop-payload': f('vanishing-gradient', P, ['vanishing-gradient'], 'haul-payload through ten sigmoid layers: 0.17 (healthy 0.01-0.03)'),
  'vanishing-gradient.twelve-tanh-std-0.05-crusher': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'crusher through twelve tanh layers at std 0.05: 1.01'),
  'nan-loss.raw-tph-sgd-0.01': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'raw t/h target under SGD 0.01: NaN at epoch 1'),
  'nan-loss.sgd-plain-3-gold': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'gold-grade with plain SGD 3: NaN at epoch 1'),
  'init-scale.uniform-8-relu-crusher': f('nan-loss', P, ['nan-loss', 'init-scale'], 'uniform(-8, 8) relu layers: NaN at epoch 1 (refiled from init-scale)'),
  'dead-relu.nesterov-0.5-crusher': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'Nesterov 0.5 on wide relu layers: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.raw-arsenic-ppm-nesterov': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'raw ppm features under Nesterov 1e-4: NaN at epoch 1 (refiled from exploding-gradient)'),
  'exploding-gradient.twelve-relu-std-0.6-gold': f('nan-loss', P, ['nan-loss', 'exploding-gradient', 'init-scale'], 'twelve relu layers at std 0.6: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.sgd-plain-0.4-batch-8-payload': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'plain SGD 0.4 at batch 8: NaN at epoch 1 (refiled from lr-too-high)'),
  'lr-too-high.momentum-0.99-lr-0.05-batch-16-crusher': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'SGD 0.05 momentum 0.99: 32x then NaN at epoch 2 (refiled from lr-too-high)'),
  'oscillating-loss.sgd-plain-1.8-full-batch-linear-crusher': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear crusher model with plain SGD 1.8 on full batches: grows each epoch, NaN at epoch 57 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-raw-strut-payload': f('saturated-activation', P, ['saturated-activation'], 'sigmoid layer on raw strut pressure kPa: flat at 1.00'),
  'saturated-activation.tanh-raw-pulldown-rock': f('saturated-activation', P, ['saturated-activation'], 'tanh layer on raw pulldown kN and torque: 1.02 of the prior'),
  'saturated-activation.tanh-bias-6-gold': f('saturated-activation', P, ['saturated-activation'], 'tanh layer with bias 6: ends 0.66'),
  'saturated-activation.sigmoid-raw-dust-slope': f('saturated-activation', P, ['saturated-activation'], 'sigmoid layer on raw dust ug/m3 and pore pressure kPa: 0.99 of the prior'),
  'saturated-activation.tanh-raw-power-crusher': f('saturated-activation', P, ['saturated-activation'], 'tanh layer on raw power kW and feed mm: 1.05'),
  'lr-too-high.adam-0.08-batch-16-rock': f('lr-too-high', T, ['lr-too-high'], 'rock-type with adam 0.08: spikes to 2.27 late, ends 0.13 (healthy 0.01-0.07)'),
  'lr-too-high.nesterov-1-batch-4-iris': f('lr-too-high', T, ['lr-too-high'], 'iris with Nesterov 1 at batch 4: 3.8x the prior'),
  'nan-loss.adam-0.5-batch-1-payload': f('lr-too-high', T, ['lr-too-high'], 'adam 0.5 at batch 1: 160x the baseline, no NaN (refiled from nan-loss)'),
  'lr-too-low.adam-1e-6-crusher': f('lr-too-low', T, ['lr-too-low'], 'adam 1e-6: 2.34 -> 2.28'),
  'lr-too-low.rmsprop-1e-6-payload': f('lr-too-low', T, ['lr-too-low'], 'rmsprop 1e-6: 2.34 -> 2.21'),
  'lr-too-low.momentum-1e-5-gold': f('lr-too-low', T, ['lr-too-low'], 'momentum SGD 1e-5: 1.82 -> 0.45 in 80 epochs (healthy 0.08-0.14)'),
  'lr-too-low.nesterov-1e-4-full-batch-moons': f('lr-too-low', T, ['lr-too-low'], 'Nesterov 1e-4 on full batches: 1.02 of the prior after 200 epochs'),
  'lr-too-low.sgd-plain-1e-4-rock': f('lr-too-low', T, ['lr-too-low'], 'plain SGD 1e-4: 1.00 of the prior'),
  'oscillating-loss.momentum-0.95-lr-0.5-batch-440-linear-gold': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear gold model, SGD 0.5 momentum 0.95, half batches: swings 1.5-3.5 for most of the run, ends 0.24'),
  'oscillating-loss.momentum-0.97-lr-0.2-full-batch-linear-payload': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear payload model, SGD 0.2 momentum 0.97 full batch: swings 0.37-4.7, ends 0.046 (healthy 0.01)'),
  'oscillating-loss.rmsprop-0.1-full-batch-tanh-payload': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'tanh payload model, rmsprop 0.1 full batch: bumps 0.03-0.35 to the end'),
  'loss-plateau.dust-only-slope': f('loss-plateau', T, ['loss-plateau'], 'slope alarm from dust PM10 alone (no effect): 1.00 of the prior'),
  'loss-plateau.assay-cost-only-gold': f('loss-plateau', T, ['loss-plateau'], 'gold grade from assay cost alone (no effect): 1.00'),
  'loss-plateau.adam-weight-decay-5-crusher': f('loss-plateau', T, ['loss-plateau'], 'adam weightDecay 5 (meant 5e-4): 0.64 then back to 1.00'),
  'loss-plateau.hole-depth-only-rock': f('loss-plateau', T, ['loss-plateau'], 'rock type from hole depth alone: 1.00 of the prior'),
  'loss-plateau.clipnorm-1e-6-sgd-payload': f('loss-plateau', T, ['loss-plateau'], 'momentum SGD with clipNorm 1e-6: flat at 2.06'),
  'loss-plateau.dropout-0.9-two-layers-gold': f('loss-plateau', T, ['loss-plateau'], 'dropout 0.9 twice (meant keep 0.9): flat at 1.00'),
}

# Trimmed after observation to stay near 65 faulty (surplus of a code): not filed anywhere.
TRIMMED = {
  'invalid-spec.epochs-string', 'invalid-spec.conv1d-layer', 'invalid-spec.huber-loss', 'data-error.bench-label-feature',
  'exploding-gradient.raw-arsenic-ppm-nesterov', 'lr-too-high.sgd-plain-0.4-batch-8-payload', 'exploding-gradient.twelve-relu-std-0.6-gold',
  'lr-too-high.momentum-0.99-lr-0.05-batch-16-crusher', 'loss-plateau.clipnorm-1e-6-sgd-payload', 'loss-plateau.hole-depth-only-rock',
  'lr-too-low.rmsprop-1e-6-payload', 'saturated-activation.tanh-raw-power-crusher', 'shape-mismatch.blobs3-two-heads',
}

DROPPED = {
  'loss-activation-mismatch.linear-head-bce-blast': 'linear output under bce: the engine trained it to 0.01 of the prior',
  'init-symmetry.constant-0.05-leaky-sgd-crusher': 'constant 0.05 leaky: ends 0.06, inside the healthy crusher range',
  'nan-loss.raw-strut-momentum': 'raw strut kPa with tanh: 7.6x, no NaN, unclear which code',
  'lr-too-high.adam-0.05-batch-2-slope': 'ends 0.88 of the prior against healthy 0.62-0.77: too mild',
  'lr-too-high.rmsprop-0.05-batch-32-gold': 'first loss 25, then smooth to 0.16 against a healthy 0.08-0.14: too close',
  'oscillating-loss.momentum-0.98-lr-0.1-full-batch-tanh-crusher': 'one early bump then smooth, ends 0.067: no lasting oscillation',
  'oscillating-loss.nesterov-0.98-lr-0.3-full-batch-linear-gold': 'settles at 0.209 by epoch 40: no oscillation',
  'ok.slope-logistic-sgd-batch-8': 'ends 0.77 of the prior: the rare alarm is noisy, not clearly healthy',
  'ok.slope-nesterov-elu-val': 'ends 0.71 of the prior: not clearly healthy',
  'ok.gold-linear-momentum': 'linear model ends 0.22, well above the nonlinear gold specs: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 114 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the lr-too-high, lr-too-low, plateau, oscillating and slope ones (observed-curves.txt). '
         'Theme: mining and quarries: assays.csv (880 drill-core assays: hole and sample ids, dates left out; depth m, sulphide %, quartz vein %, '
         'arsenic ppm and copper ppm (skewed), assay cost USD (skewed, no effect) -> gold g/t) and assays-na.csv ("NA" arsenic), haul.csv '
         '(960 haul truck cycles: truck and shovel ids, shift timestamps left out; bucket passes, fill %, strut pressure kPa (~40,000), haul km, '
         'fuel l, ambient C -> payload t, 200-300), rocks.csv (900 blast holes: hole ids and bench text left out; hole depth, penetration, torque, '
         'pulldown kN, vibration, density, magnetic susceptibility -> rock type granite 277 / basalt 233 / shale 183 / limestone 160 / rare '
         'ore_breccia 47), slopes.csv (1,000 pit-wall readings: displacement mm/day (skewed), rainfall, pore pressure kPa, cracks, blast PPV, '
         'dust PM10 (no effect) -> a rare slope_failure alarm, 39 of 1,000), crusher.csv (820 hourly primary-crusher rows, semicolon export with '
         'decimal commas -> throughput t/h, 1,374-2,865), plus builtins iris, moons, circles, spirals, blobs (3), sine, xor and an inline blast log. '
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
