#!/usr/bin/env python3
"""Files the candidates of test/faults-blind130 by what the bare engine showed (observed.txt,
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
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'inverter-output regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'panel-make classifier with activation "gelu"'),
  'invalid-spec.mae-loss': f('invalid-spec', S, ['invalid-spec'], 'curtailment regression with loss "mae" (Keras habit for skewed hours)'),
  'invalid-spec.batchnorm-as-layer': f('invalid-spec', S, ['invalid-spec'], 'rooftop yield with a Keras-style separate "batchnorm" layer'),
  'invalid-spec.dropout-rate-1': f('invalid-spec', S, ['invalid-spec'], 'inverter-trip classifier with dropout rate 1'),
  'invalid-spec.epochs-as-string': f('invalid-spec', S, ['invalid-spec'], 'moons with epochs written as the string "200"'),
  'lr-out-of-range.momentum-negative-curtail': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'curtailment regression with momentum SGD at lr -0.01 (refused by the parser)'),
  'data-error.na-soiling-pct': f('data-error', S, ['data-error'], 'inverter output reading the SCADA copy with "NA" soiling_pct cells'),
  'data-error.site-id-feature': f('data-error', S, ['data-error'], 'inverter output with the text column site_id ("SITE-02") in features'),
  'data-error.meter-ts-feature': f('data-error', S, ['data-error'], 'inverter output with the meter timestamp text in features'),
  'data-error.target-output-kwh-typo': f('data-error', S, ['data-error'], 'target "output_kwh"; the header says output_kw'),
  'data-error.serial-feature-panels': f('data-error', S, ['data-error'], 'panel-make classifier with the module serial ("SN9000000") in features'),
  'data-error.inline-ragged-rows': f('data-error', S, ['data-error'], 'inline installer table with rows of 1, 2 and 3 values'),
  'shape-mismatch.panels-four-heads-no-hjt': f('shape-mismatch', S, ['shape-mismatch'], 'panel make with a 4-unit softmax; the rare hjt class makes 5'),
  'shape-mismatch.kw-and-w-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'output_kw and output_w as two targets, one output unit'),
  'shape-mismatch.trip-one-unit-softmax-cce': f('shape-mismatch', S, ['shape-mismatch'], 'binary trip flag under cce with a 1-unit softmax'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four site blobs with a 3-unit softmax head'),
  'loss-activation-mismatch.relu-head-bce-trip': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'trip flag with a relu output under bce: 1.23x the prior (healthy 0.52-0.78)'),
  'loss-activation-mismatch.sigmoid-heads-cce-panels': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'panel make with 5 sigmoid outputs under cce: loss 1e-4 is meaningless, acc 0.645 (healthy 0.99)'),
  'loss-activation-mismatch.softmax-one-unit-mse-roof': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'rooftop yield regression through a 1-unit softmax (constant 1): 2.00, never moves'),
  'loss-activation-mismatch.relu-head-standardized-curtail': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized curtailment target through a relu head (cannot go negative): 0.33 (healthy 0.06-0.10)'),
  'no-nonlinearity.spirals-linear-adam-deep': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through three linear layers: 0.95'),
  'no-nonlinearity.circles-linear-dropout-rmsprop': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through linear layers with dropout: 1.00'),
  'no-nonlinearity.xor-linear-nesterov-batch-1': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through a linear hidden layer at batch 1: 1.01'),
  'no-nonlinearity.moons-linear-bn-adam-val': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through a linear batch-normalized layer: 0.35 (healthy 0.00-0.01)'),
  'lr-out-of-range.rmsprop-lr-50-panels': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'panel make with rmsprop lr 50: first 2.9e4, ends 1.17x'),
  'lr-out-of-range.nesterov-1e-8-roof': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'rooftop yield with Nesterov lr 1e-8: 2.59 to 2.58'),
  'lr-out-of-range.adam-lr-10-trip': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'trip flag with adam lr 10: 10.5x the prior, saturated'),
  'init-symmetry.zeros-sigmoid-rmsprop-panels': f('init-symmetry', P, ['init-symmetry'], 'panel make with all-zero sigmoid layer: 0.48 (healthy 0.01)'),
  'init-symmetry.constant-0.2-tanh-momentum-output': f('init-symmetry', P, ['init-symmetry'], 'output with constant 0.2 tanh layers: 0.05 (healthy 0.00-0.03, tanh 0.003)'),
  'init-symmetry.constant-0.05-elu-adam-spirals': f('init-symmetry', P, ['init-symmetry'], 'spirals with constant 0.05 elu layers: 0.96 (healthy 0.03)'),
  'init-symmetry.zeros-tanh-sgd-circles': f('init-symmetry', P, ['init-symmetry'], 'circles with an all-zero tanh layer: 1.00, hidden gradient 0'),
  'init-scale.normal-std-10-sigmoid-panels': f('init-scale', P, ['init-scale', 'saturated-activation'], 'panel make with normal std 10: 4.43x, saturated'),
  'init-scale.uniform-4-tanh-curtail': f('init-scale', P, ['init-scale', 'saturated-activation'], 'curtailment with uniform limit 4 tanh layers: first 115, ends 0.19 (healthy 0.06-0.10), saturated 0.90'),
  'init-scale.normal-1e-5-six-relu-roof': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'rooftop yield with six relu layers at std 1e-5: 1.00, gradients 0'),
  'init-scale.normal-std-2-elu-trip': f('init-scale', P, ['init-scale', 'exploding-gradient'], 'trip flag with elu layers at std 2: first 732, ends 1.01 of the prior (healthy 0.52-0.78)'),
  'init-scale.uniform-1e-3-sigmoid-four-output': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'output with four sigmoid layers at uniform 1e-3: 0.39 (healthy 0.00-0.03)'),
  'dead-relu.bias-minus-8-roof': f('dead-relu', P, ['dead-relu'], 'rooftop yield, relu bias -8: 95% dead, 0.32 (healthy 0.01-0.02)'),
  'dead-relu.adam-0.5-batch-16-output': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'output with adam 0.5: layer 2 91% dead, 1.00'),
  'dead-relu.sgd-plain-0.9-curtail': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'curtailment with plain SGD 0.9 at batch 8: layer 2 100% dead, 2.78'),
  'dead-relu.bias-minus-4-six-layer-spirals': f('dead-relu', P, ['dead-relu'], 'spirals with six relu layers at bias -4: all dead, 1.00'),
  'exploding-gradient.raw-rated-watts-nesterov-panels': f('dead-relu', P, ['dead-relu', 'exploding-gradient'], 'panel make on raw rated watts: first 74, layer 1 100% dead, 1.01 (refiled from exploding-gradient)'),
  'exploding-gradient.raw-output-watts-adam': f('exploding-gradient', P, ['exploding-gradient'], 'output in raw watts (target 1e5 scale) with adam: gradients up to 4e6, 2.50x'),
  'exploding-gradient.raw-yield-wh-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'rooftop yield in raw Wh with rmsprop: gradients up to 1.7e6, 4.10x'),
  'exploding-gradient.raw-insulation-kohm-sgd': f('exploding-gradient', P, ['exploding-gradient'], 'trip flag on raw kOhm and volts with SGD: first 1146, ends 53x'),
  'nan-loss.raw-output-watts-momentum': f('exploding-gradient', T, ['exploding-gradient', 'saturated-activation'], 'output in raw watts with momentum: gradients 2e5, tanh 100% saturated, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-sgd-panels': f('vanishing-gradient', P, ['vanishing-gradient'], 'panel make through eight sigmoid layers: first-layer gradient 1e-5, 1.00'),
  'vanishing-gradient.ten-tanh-std-0.02-roof': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'rooftop yield through ten tanh layers at std 0.02: gradient 1e-8, 1.00'),
  'vanishing-gradient.seven-sigmoid-nesterov-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through seven sigmoid layers: 1.00'),
  'vanishing-gradient.nine-sigmoid-lecun-momentum-curtail': f('vanishing-gradient', P, ['vanishing-gradient'], 'curtailment through nine sigmoid layers: 1.02'),
  'nan-loss.sgd-2-batch-1-roof': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'rooftop yield with plain SGD 2 at batch 1: NaN at epoch 1'),
  'nan-loss.raw-features-sgd-0.5-curtail': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'curtailment on raw features with SGD 0.5: NaN at epoch 1'),
  'nan-loss.constant-1.5-deep-linear-yield-wh': f('nan-loss', P, ['nan-loss', 'init-scale', 'exploding-gradient'], 'raw Wh target through five constant-1.5 linear layers: NaN at epoch 1'),
  'dead-relu.raw-irradiance-relu-momentum': f('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'output on raw W/m2 features, relu, momentum: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.ten-elu-std-0.5-curtail': f('nan-loss', P, ['nan-loss', 'exploding-gradient', 'init-scale'], 'ten elu layers at std 0.5: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.momentum-0.2-batch-8-output': f('nan-loss', P, ['nan-loss', 'lr-too-high'], 'output with momentum lr 0.2 at batch 8: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.sgd-plain-1.2-batch-64-linear-roof': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear rooftop model with plain SGD 1.2 at batch 64: grows to 1e71, NaN at epoch 14 (refiled from oscillating-loss)'),
  'oscillating-loss.momentum-0.9-lr-0.8-full-batch-relu-sine': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine full batch, momentum lr 0.8: NaN at epoch 5 (refiled from oscillating-loss)'),
  'saturated-activation.sigmoid-raw-irradiance-output': f('saturated-activation', P, ['saturated-activation'], 'output on raw W/m2 features through sigmoid: 96% saturated, 0.04 (healthy 0.00-0.03, most 0.003)'),
  'saturated-activation.tanh-raw-dc-voltage-trip': f('saturated-activation', P, ['saturated-activation'], 'trip flag on raw volts through tanh: 100% saturated, 0.97 of the prior'),
  'saturated-activation.sigmoid-bias-8-roof': f('saturated-activation', P, ['saturated-activation'], 'rooftop yield through sigmoid layers with bias 8: 99% saturated, 1.01'),
  'saturated-activation.tanh-raw-rated-w-panels': f('saturated-activation', P, ['saturated-activation'], 'panel make on raw rated watts through tanh: 100% saturated, 1.03'),
  'saturated-activation.sigmoid-std-4-curtail': f('saturated-activation', P, ['saturated-activation', 'init-scale'], 'curtailment through sigmoid layers at std 4: 81% saturated, 0.26 (healthy 0.06-0.10)'),
  'lr-too-high.adam-0.3-batch-4-roof': f('lr-too-high', T, ['lr-too-high'], 'rooftop yield with adam 0.3 at batch 4: min 0.21, ends 1.25'),
  'lr-too-high.sgd-plain-3-batch-8-panels': f('lr-too-high', T, ['lr-too-high'], 'panel make with plain SGD 3 at batch 8: min 0.04, ends 0.22 (healthy 0.01)'),
  'lr-too-high.rmsprop-0.05-batch-1-curtail': f('lr-too-high', T, ['lr-too-high'], 'curtailment with rmsprop 0.05 at batch 1: 0.25 (healthy 0.06-0.10), 88% dead'),
  'nan-loss.rmsprop-3-batch-2-iris': f('lr-too-high', T, ['lr-too-high', 'lr-out-of-range', 'dead-relu'], 'iris with rmsprop 3 at batch 2: first 4082, ends 1.38x, no NaN (refiled from nan-loss)'),
  'oscillating-loss.sgd-plain-0.95-full-batch-linear-curtail': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear curtailment model, plain SGD 0.95 full batch: grows steadily to 4e22 without NaN (refiled from oscillating-loss)'),
  'lr-too-low.sgd-plain-1e-5-roof': f('lr-too-low', T, ['lr-too-low'], 'rooftop yield with plain SGD 1e-5: 2.07 to 1.69'),
  'lr-too-low.adam-2e-6-panels': f('lr-too-low', T, ['lr-too-low'], 'panel make with adam 2e-6: 2.43 to 2.31'),
  'lr-too-low.rmsprop-1e-6-trip': f('lr-too-low', T, ['lr-too-low'], 'trip flag with rmsprop 1e-6: 0.763 to 0.759, 2.45x the prior'),
  'lr-too-low.nesterov-5e-6-spirals': f('lr-too-low', T, ['lr-too-low'], 'spirals with Nesterov 5e-6: 1.01, never moves'),
  'lr-too-low.momentum-3e-6-batch-64-output': f('lr-too-low', T, ['lr-too-low'], 'output with momentum 3e-6: 1.85 to 1.51'),
  'oscillating-loss.momentum-0.95-lr-0.3-full-batch-linear-roof': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear rooftop model, momentum 0.95 lr 0.3 full batch: swings 0.23-1.46-0.28-0.77-0.12-0.37 over the first half, ends 0.043'),
  'oscillating-loss.rmsprop-0.02-full-batch-tanh-output': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'tanh output model, rmsprop 0.02 full batch: deterministic swings 0.020-0.053 late in the run, ends 0.024 (healthy 0.003-0.005)'),
  'loss-plateau.firmware-build-only-trip': f('loss-plateau', T, ['loss-plateau'], 'trip flag from the firmware build only: 1.00'),
  'loss-plateau.pallet-no-only-panels': f('loss-plateau', T, ['loss-plateau'], 'panel make from the pallet number only: 1.00'),
  'loss-plateau.substation-km-only-curtail': f('loss-plateau', T, ['loss-plateau'], 'curtailment from substation distance only: 1.00'),
  'loss-plateau.weight-decay-5-rmsprop-roof': f('loss-plateau', T, ['loss-plateau'], 'rooftop yield with rmsprop weightDecay 5: min 0.52, ends 1.00'),
  'loss-plateau.clipnorm-1e-7-sgd-output': f('loss-plateau', T, ['loss-plateau'], 'output with SGD clipNorm 1e-7: 3.00, never moves'),
}
TRIMMED = set()
DROPPED = {
  'init-symmetry.constant-0.3-relu-nesterov-iris': 'ends 0.09 against healthy iris 0.03-0.04: too close',
  'loss-activation-mismatch.tanh-head-bce-start': 'tanh head under bce trained to 0.02, acc 1.00',
  'shape-mismatch.moons-two-sigmoid-bce': 'two sigmoid heads under bce accepted and trained to 0.01',
  'lr-too-high.adam-0.2-full-batch-spirals': 'trained to 0.04',
  'lr-too-high.nesterov-0.5-trip': 'ends 0.80 of the prior against healthy 0.52-0.78: unclear',
  'oscillating-loss.adam-0.05-batch-400-softmax-panels': 'trains smoothly to 0.03',
  'oscillating-loss.adam-0.3-full-batch-logistic-trip': 'settles at 0.78 of the prior, no swings',
  'oscillating-loss.momentum-0.99-lr-0.05-full-batch-logistic-start': 'trains smoothly to 0.00',
  'oscillating-loss.nesterov-0.97-lr-0.2-batch-250-linear-output': 'flat at 0.13 with jitter under 0.01: neither oscillation nor clearly healthy',
  'ok.spirals-rmsprop-tanh': 'ends 0.95: not healthy',
  'ok.circles-nesterov-relu-bn': 'min 0.02, ends 0.18: not clearly healthy',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 130 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: solar farms and rooftop photovoltaics: output.csv (1,000 meter readings: site ids, meter timestamps; irradiance W/m2, '
         'ambient and panel temperature, tilt, azimuth, soiling %, capacity kW -> inverter output kW and W) and output-na.csv ("NA" soiling), '
         'panels.csv (1,000 flash-tested modules -> mono/poly/thinfilm/bifacial/rare hjt 41; serials; pallet number with no effect), '
         'trips.csv (1,200 inverter snapshots -> rare inverter trip 112/1,200; firmware build with no effect), curtail.csv (800 parks, '
         'semicolon export with decimal commas -> skewed curtailment hours), rooftop.csv (900 tab-separated roofs -> daily yield kWh and Wh), '
         'plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline string-start table. Data by data/generate.ts; '
         'specs by author.ts; filing by write-manifest.py. See README.md.')
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
