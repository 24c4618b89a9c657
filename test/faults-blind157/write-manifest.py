#!/usr/bin/env python3
"""Files the candidates of test/faults-blind157 by what the bare engine showed (observed.txt,
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
  'invalid-spec.nadam-optimizer': f('invalid-spec', S, ['invalid-spec'], 'bale price regression with optimizer "nadam" (Keras habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'material classifier with activation "gelu"'),
  'invalid-spec.sparse-categorical-loss': f('invalid-spec', S, ['invalid-spec'], 'material classifier with the Keras loss name sparse_categorical_crossentropy'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'throughput regression with batchSize 0'),
  'invalid-spec.units-string': f('invalid-spec', S, ['invalid-spec'], 'fire-risk classifier with units "32" as a string'),
  'data-error.na-contamination': f('data-error', S, ['data-error'], 'bale price from the export copy with "NA" contamination cells'),
  'data-error.line-id-feature': f('data-error', S, ['data-error'], 'bale price with the text line_id ("LINE-3") in features'),
  'data-error.baled-at-timestamp-feature': f('data-error', S, ['data-error'], 'bale price with the baled_at timestamp text in features'),
  'data-error.council-id-feature-rebate': f('data-error', S, ['data-error'], 'rebate regression with council_id text in features (semicolon file)'),
  'data-error.bay-id-feature-fire': f('data-error', S, ['data-error'], 'fire risk with bay_id text in features'),
  'data-error.density-typo': f('data-error', S, ['data-error'], 'material classifier with feature density_kg_m3; the header says density_g_cm3'),
  'data-error.throughput-target-typo': f('data-error', S, ['data-error'], 'throughput regression with target throughput_tpH (case typo)'),
  'shape-mismatch.material-five-heads-no-battery': f('shape-mismatch', S, ['shape-mismatch'], 'material classifier with 5 softmax units; the rare battery class makes 6'),
  'shape-mismatch.price-and-market-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'price and market index as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four blobs with a 3-unit softmax head'),
  'loss-activation-mismatch.material-sigmoid-head-cce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'material classifier with a sigmoid output under cce: loss 0.00 but accuracy 0.45 (healthy 0.97)'),
  'loss-activation-mismatch.fire-tanh-head-bce': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'fire risk with a tanh output under bce: 1.92x the prior'),
  'loss-activation-mismatch.relu-head-standardized-price': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized bale price through a relu output: 0.54 (healthy 0.02)'),
  'loss-activation-mismatch.softmax-single-unit-bags': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'inline bag table with a one-unit softmax under bce: constant output, 11.6x the prior'),
  'loss-activation-mismatch.sigmoid-head-standardized-throughput': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized throughput through a sigmoid output: 0.62 (healthy 0.05-0.08)'),
  'no-nonlinearity.circles-two-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 0.99'),
  'no-nonlinearity.xor-linear-momentum-0.7-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through a linear hidden layer: 0.99'),
  'no-nonlinearity.spirals-deep-linear-dropout-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through linear layers with dropout: 0.95'),
  'lr-out-of-range.nesterov-lr-25-material': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'material with nesterov lr 25: NaN at epoch 1'),
  'lr-out-of-range.adam-1e-8-fire': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'fire risk with adam lr 1e-8: loss never moves from 0.63 (2.13x the prior)'),
  'lr-out-of-range.rmsprop-lr-12-throughput': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'throughput with rmsprop lr 12: first 9.4e7, ends 1.0e4x'),
  'lr-out-of-range.sgd-negative-rebate': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'rebate with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-momentum-bales': f('init-symmetry', P, ['init-symmetry'], 'bale price with all-zero relu layers: flat at 1.00'),
  'init-symmetry.zeros-sigmoid-sgd-full-batch-moons': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised sigmoid layers, full batch 300 epochs: 1.00'),
  'init-symmetry.constant-0.5-tanh-rmsprop-material': f('init-symmetry', P, ['init-symmetry'], 'material with constant-0.5 tanh and softmax layers: ends 0.37, acc 0.81 (healthy 0.05, 0.97)'),
  'init-scale.normal-std-10-sigmoid-fire': f('init-scale', P, ['init-scale', 'saturated-activation'], 'fire risk with std-10 sigmoid layers: ends 9.29x the prior'),
  'init-scale.normal-1e-5-six-relu-bales': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: flat at 1.00'),
  'init-scale.normal-std-4-elu-rebate': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'rebate with std-4 elu layers: first 1.7e7, ends 9.5e4x'),
  'dead-relu.bias-minus-4-three-layer-material': f('dead-relu', P, ['dead-relu'], 'material through three relu layers at bias -4: flat at 1.00'),
  'dead-relu.bias-minus-6-bn-off-moons': f('dead-relu', P, ['dead-relu'], 'moons through two relu layers at bias -6: layer 1 100% dead, 1.00'),
  'dead-relu.bias-minus-8-adam-throughput': f('dead-relu', P, ['dead-relu'], 'throughput with one relu layer at bias -8: 98% dead, ends 0.76 (healthy 0.05-0.08)'),
  'exploding-gradient.raw-kgph-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'throughput in raw kg per hour as target: 20.8x the baseline'),
  'exploding-gradient.raw-serial-and-amps-fire-momentum': f('exploding-gradient', P, ['exploding-gradient'], 'fire risk on raw features including the 7-digit sensor serial: first 2.2e10, ends 1.05x'),
  'exploding-gradient.ten-leaky-std-0.7-bales': f('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'ten leaky layers at std 0.7: first 8e9, ends 6.7e6x'),
  'exploding-gradient.raw-nir-nanometres-material-sgd': f('exploding-gradient', P, ['exploding-gradient'], 'material on raw NIR nanometres: first 127, ends 0.99, acc 0.39'),
  'vanishing-gradient.eight-sigmoid-momentum-0.99-bales': f('vanishing-gradient', P, ['vanishing-gradient'], 'eight sigmoid layers: flat at 1.01'),
  'vanishing-gradient.nine-sigmoid-lecun-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'nine sigmoid layers on circles: 1.01'),
  'vanishing-gradient.twelve-sigmoid-adam-throughput': f('vanishing-gradient', P, ['vanishing-gradient'], 'twelve sigmoid layers: flat at 1.00'),
  'nan-loss.sgd-plain-5-batch-2-throughput': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'throughput with SGD lr 5 at batch 2: NaN at epoch 1'),
  'nan-loss.raw-rebate-full-batch-momentum': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'raw rebate euros, momentum full batch: NaN at epoch 6'),
  'nan-loss.momentum-0.995-lr-1-batch-8-bales': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'bale price with momentum 0.995 lr 1 at batch 8: NaN at epoch 1'),
  'nan-loss.constant-1.5-leaky-deep-rebate': f('nan-loss', T, ['nan-loss', 'init-scale'], 'five leaky layers at constant 1.5: NaN at epoch 1'),
  'nan-loss.raw-kg-features-sgd-linear': f('nan-loss', T, ['nan-loss', 'exploding-gradient'], 'linear bale price on raw kg/bar features: NaN at epoch 1'),
  'dead-relu.nesterov-lr-2-batch-4-bales': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'bale price with nesterov lr 2 at batch 4: NaN at epoch 1 (refiled from dead-relu)'),
  'no-nonlinearity.sine-linear-nesterov-full-batch': f('nan-loss', T, ['nan-loss', 'lr-too-high', 'no-nonlinearity'], 'linear layers on sine, nesterov full batch: NaN at epoch 20 (refiled from no-nonlinearity)'),
  'oscillating-loss.kg-and-tonnes-sgd-0.95-full-batch-linear-bales': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear bale price with kg and tonnes both in, SGD 0.95 full batch: grows steadily, NaN at epoch 88 (refiled from oscillating-loss)'),
  'oscillating-loss.nesterov-0.98-lr-0.5-full-batch-relu-throughput': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'throughput, nesterov 0.98 lr 0.5 full batch: NaN at epoch 7 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-1.9-batch-240-linear-rebate': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear rebate, SGD 1.9 at batch 240: NaN at epoch 20 (refiled from oscillating-loss)'),
  'saturated-activation.tanh-raw-nir-material': f('saturated-activation', P, ['saturated-activation'], 'tanh on raw NIR nanometres: 0.53 (healthy 0.05)'),
  'saturated-activation.sigmoid-raw-press-bar-bales': f('saturated-activation', P, ['saturated-activation'], 'sigmoid on raw kg/bar features: 0.21 (healthy 0.02)'),
  'saturated-activation.sigmoid-bias-8-fire': f('saturated-activation', P, ['saturated-activation'], 'two sigmoid layers at bias 8: 1.01 of the prior'),
  'saturated-activation.tanh-raw-hours-throughput': f('saturated-activation', P, ['saturated-activation'], 'tanh on raw throughput features: ends 1.04'),
  'lr-too-high.momentum-0.9-lr-0.6-batch-8-material': f('lr-too-high', T, ['lr-too-high'], 'material with momentum lr 0.6 at batch 8: first 175, ends 1.10'),
  'lr-too-high.rmsprop-0.05-batch-2-throughput': f('lr-too-high', T, ['lr-too-high'], 'throughput with rmsprop 0.05 at batch 2: 0.24 (healthy 0.05)'),
  'lr-too-high.adam-0.3-batch-16-rebate': f('lr-too-high', T, ['lr-too-high'], 'rebate with adam 0.3 at batch 16: min 0.20, ends 0.39 (healthy 0.01-0.03)'),
  'lr-too-high.sgd-plain-2-batch-1-fire': f('lr-too-high', T, ['lr-too-high'], 'fire risk with SGD 2 at batch 1: 7.4x the prior'),
  'lr-too-high.adam-0.1-batch-1-spirals': f('lr-too-high', T, ['lr-too-high'], 'spirals with adam 0.1 at batch 1: 1.02'),
  'dead-relu.adam-0.5-batch-16-rebate': f('lr-too-high', T, ['lr-too-high'], 'rebate with adam 0.5 at batch 16: first 1471, ends 0.93 (refiled from dead-relu: layer 1 only 6% dead)'),
  'ok.throughput-linear-nesterov-wild-start-full-batch': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear throughput, nesterov 0.9 lr 0.6 full batch: grows to 2.5e8 over 300 epochs, no NaN (meant healthy)'),
  'lr-too-low.adam-3e-7-material': f('lr-too-low', T, ['lr-too-low'], 'material with adam 3e-7: 1.10 after 50 epochs'),
  'lr-too-low.momentum-0.5-lr-1e-5-fire': f('lr-too-low', T, ['lr-too-low'], 'fire risk with momentum 0.5 lr 1e-5: 2.33x the prior'),
  'lr-too-low.nesterov-1e-6-full-batch-throughput': f('lr-too-low', T, ['lr-too-low'], 'throughput with nesterov 1e-6 full batch 300 epochs: 9.1 -> 8.0'),
  'lr-too-low.sgd-plain-1e-5-full-batch-bales-long': f('lr-too-low', T, ['lr-too-low'], 'bale price with SGD 1e-5 full batch 400 epochs: 1.24 -> 1.19'),
  'lr-too-low.rmsprop-1e-7-batch-4-rebate': f('lr-too-low', T, ['lr-too-low'], 'rebate with rmsprop 1e-7 at batch 4: 7.90 -> 7.87'),
  'loss-plateau.sensor-serial-only-fire': f('loss-plateau', T, ['loss-plateau'], 'fire risk from the sensor serial alone: 1.00'),
  'loss-plateau.belt-lane-only-material': f('loss-plateau', T, ['loss-plateau'], 'material from the belt lane alone: 1.00'),
  'loss-plateau.haul-km-only-rebate': f('loss-plateau', T, ['loss-plateau'], 'rebate from haul km alone: 1.00'),
  'loss-plateau.weight-decay-5-nesterov-bales': f('loss-plateau', T, ['loss-plateau'], 'bale price with weightDecay 5: 1.00'),
}
TRIMMED = set()
DROPPED = {
  'shape-mismatch.fire-two-sigmoid-heads-bce': 'trains (0.72): the engine accepts it',
  'init-symmetry.constant-0.2-elu-adam-throughput': 'trains to 0.12',
  'init-scale.uniform-6-tanh-material-nesterov': 'trains to 0.01',
  'exploding-gradient.raw-rebate-euros-nesterov': 'trains to 0.04 of the baseline',
  'vanishing-gradient.ten-tanh-std-0.02-rmsprop-material': 'trains to 0.22',
  'lr-too-high.nesterov-0.99-lr-0.3-batch-32-iris': 'trains to 0.01',
  'loss-plateau.dropout-0.95-throughput': 'ends 0.78: unclear',
  'oscillating-loss.momentum-0.9-lr-0.9-batch-360-linear-throughput': 'swings only 0.097-0.110: not clear',
  'oscillating-loss.momentum-0.995-lr-0.05-batch-64-logistic-fire': 'settles near 0.76 with small wobble: not clear',
}
HEALTHY_RENAME = {
  'oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-throughput': 'throughput-linear-momentum-0.95-lr-0.3-wild-start-full-batch',
  'oscillating-loss.adam-0.3-full-batch-linear-throughput-kg': 'throughput-linear-adam-0.3-full-batch',
  'oscillating-loss.nesterov-0.99-lr-0.1-full-batch-tanh-material': 'material-nesterov-0.99-tanh-full-batch',
  'oscillating-loss.rmsprop-0.05-full-batch-linear-bales': 'bales-linear-rmsprop-0.05-full-batch',
  'oscillating-loss.momentum-0.97-lr-3-full-batch-logistic-bags': 'bags-inline-logistic-momentum-0.97-lr-3-full-batch',
}

ABOUT = ('Fault set 157 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating candidates (observed-curves.txt). '
         'Theme: recycling centres and waste sorting: bales.csv (960 bales: bale ids, timestamps, line ids; weight kg and tonnes, contamination %, '
         'moisture, conveyor speed, press bar, market index -> price per tonne) and bales-na.csv ("NA" contamination), material.csv (1,100 optical '
         'sorter scans -> PET/HDPE/cardboard/aluminium/glass/rare battery 29; belt lane with no effect), fire.csv (1,200 tipping-floor readings -> '
         'rare fire-risk flag 104/1,200; sensor serial with no effect), rebate.csv (800 deliveries, semicolon export with decimal commas -> skewed '
         'rebate euros), throughput.csv (720 tab-separated shifts -> tonnes and kg per hour), plus builtins iris, moons, circles, spirals, '
         'blobs (4), sine, xor and an inline bag-reject table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')
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
