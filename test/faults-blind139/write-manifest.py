#!/usr/bin/env python3
"""Files the candidates of test/faults-blind139 by what the bare engine showed (observed.txt,
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

FAULTS = {
  'invalid-spec.adamw-optimizer': ('invalid-spec', S, ['invalid-spec'], 'spec refused by the parser: adamw optimizer'),
  'invalid-spec.gelu-activation': ('invalid-spec', S, ['invalid-spec'], 'spec refused by the parser: gelu activation'),
  'invalid-spec.mae-loss': ('invalid-spec', S, ['invalid-spec'], 'spec refused by the parser: mae loss'),
  'invalid-spec.keras-binary-crossentropy-name': ('invalid-spec', S, ['invalid-spec'], 'spec refused by the parser: keras binary crossentropy name'),
  'invalid-spec.batch-size-zero': ('invalid-spec', S, ['invalid-spec'], 'spec refused by the parser: batch size zero'),
  'invalid-spec.lstm-layer': ('invalid-spec', S, ['invalid-spec'], 'spec refused by the parser: lstm layer'),
  'data-error.na-milk-temp': ('data-error', S, ['data-error'], 'fat regression on the collection copy with "NA" milk_temp_c cells'),
  'data-error.tank-id-feature': ('data-error', S, ['data-error'], 'text tank_id ("TANK-04") in features'),
  'data-error.collected-at-feature': ('data-error', S, ['data-error'], 'collection timestamp text in features'),
  'data-error.vat-temp-celsius-typo': ('data-error', S, ['data-error'], 'feature "vat_temp_C"; the header says vat_temp_c'),
  'data-error.cow-tag-feature': ('data-error', S, ['data-error'], 'text cow_tag ear-tag id in features (tab-separated herd test)'),
  'data-error.target-typo-yield-kgs': ('data-error', S, ['data-error'], 'target "yield_kgs"; the header says yield_kg'),
  'shape-mismatch.cheese-six-heads': ('shape-mismatch', S, ['shape-mismatch'], 'cheese type with a 6-unit softmax; there are 5 types'),
  'shape-mismatch.kg-and-lb-one-output': ('shape-mismatch', S, ['shape-mismatch'], 'yield kg and lb as two targets, one output unit'),
  'shape-mismatch.fat-two-outputs': ('shape-mismatch', S, ['shape-mismatch'], 'fat % with 2 output units for 1 target'),
  'shape-mismatch.blobs4-three-heads': ('shape-mismatch', S, ['shape-mismatch'], 'four blobs with a 3-unit softmax'),
  'loss-activation-mismatch.listeria-single-softmax-bce': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'listeria flag with a 1-unit softmax under bce: constant output, 80.6x the prior'),
  'loss-activation-mismatch.relu-head-standardized-fat': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized fat % through a relu output: ends 0.40 (healthy 0.02-0.05)'),
  'loss-activation-mismatch.softmax-head-yield-mse': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized yield through a 1-unit softmax under mse: stuck at 2.00'),
  'loss-activation-mismatch.tanh-head-bce-listeria': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'listeria flag with a tanh output under bce: 3.93x the prior'),
  'loss-activation-mismatch.sigmoid-head-standardized-scc': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized log SCC through a sigmoid output: ends 0.59 (healthy 0.07)'),
  'no-nonlinearity.circles-linear-adam': ('no-nonlinearity', S, ['no-nonlinearity'], 'circles through two linear layers: 1.00'),
  'no-nonlinearity.xor-linear-momentum-full-batch': ('no-nonlinearity', S, ['no-nonlinearity'], 'xor with a linear hidden layer, full-batch momentum: 0.99'),
  'no-nonlinearity.sine-linear-deep-rmsprop': ('no-nonlinearity', S, ['no-nonlinearity'], 'sine through three linear layers: 0.40 (healthy 0.01)'),
  'no-nonlinearity.spirals-linear-dropout-nesterov': ('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through linear layers with dropout: 0.93'),
  'lr-out-of-range.nesterov-lr-20-cheese': ('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'cheese type with Nesterov lr 20: NaN at epoch 1'),
  'lr-out-of-range.rmsprop-lr-10-fat': ('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'fat % with rmsprop lr 10: ends 4049x the baseline'),
  'lr-out-of-range.adam-1e-8-listeria': ('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'listeria with adam 1e-8: never moves from 3.92x the prior'),
  'lr-out-of-range.sgd-lr-300-full-batch-scc': ('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'log SCC with plain SGD lr 300 full batch: NaN at epoch 4'),
  'init-symmetry.zeros-tanh-full-batch-sgd-xor': ('init-symmetry', P, ['init-symmetry'], 'xor with zero-initialised tanh and output: flat at 1.00, zero gradients'),
  'init-symmetry.zeros-sigmoid-rmsprop-cheese': ('init-symmetry', P, ['init-symmetry'], 'cheese type with zero-initialised sigmoid and softmax layers: 0.33 of the prior (healthy 0.00)'),
  'init-symmetry.constant-0.2-elu-nesterov-moons': ('init-symmetry', P, ['init-symmetry'], 'moons with constant-0.2 elu layers: 0.40, acc 0.87 (healthy 0.00)'),
  'init-scale.normal-std-10-sigmoid-listeria': ('init-scale', P, ['init-scale', 'saturated-activation'], 'listeria with std-10 sigmoid layers: 85% saturated, ends 16x the prior'),
  'init-scale.uniform-4-elu-yield': ('init-scale', P, ['init-scale', 'exploding-gradient'], 'yield with uniform limit 4 elu layers: first 1.65e6, ends 3669x'),
  'init-scale.normal-1e-5-relu-deep-cheese': ('init-scale', P, ['init-scale', 'vanishing-gradient'], 'five relu layers at std 1e-5: gradients ~1e-22, flat at 1.00'),
  'dead-relu.bias-minus-8-cheese': ('dead-relu', P, ['dead-relu'], 'cheese type with a 128-unit relu layer at bias -8: 99% dead, 0.81 (healthy 0.00)'),
  'dead-relu.bias-minus-6-two-layer-nesterov-yield': ('dead-relu', P, ['dead-relu'], 'yield with two relu layers at bias -6: layer 2 100% dead, 1.00'),
  'dead-relu.bias-minus-2.5-deep-full-batch-sgd-moons': ('dead-relu', P, ['dead-relu'], 'moons through four relu layers at bias -2.5, full-batch SGD: 1.00, zero gradients'),
  'dead-relu.adam-0.5-batch-4-fat': ('dead-relu', T, ['dead-relu', 'lr-too-high'], 'fat % with adam 0.5 at batch 4: first 134, layer-2 relu 100% dead, ends 1.03'),
  'exploding-gradient.raw-yield-kg-target-adam': ('exploding-gradient', P, ['exploding-gradient'], 'yield in raw kg as target: 1.96x the baseline 3.0e5'),
  'exploding-gradient.raw-scc-cells-target-rmsprop': ('exploding-gradient', P, ['exploding-gradient'], 'raw SCC cells/ml as target: 2.93x the baseline 3.6e10'),
  'exploding-gradient.raw-herd-and-scc-features-momentum': ('exploding-gradient', P, ['exploding-gradient'], 'fat % on raw herd size and SCC: first loss 2.8e14, relu layer all dead, ends 1.00'),
  'exploding-gradient.raw-yield-lb-target-nesterov-full': ('exploding-gradient', P, ['exploding-gradient'], 'yield in raw lb as target, full-batch Nesterov: 2.33x the baseline'),
  'nan-loss.constant-3-relu-deep-fat': ('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'five relu layers at constant 3: first 1.1e23, ends 1.00, no NaN (refiled from nan-loss)'),
  'nan-loss.raw-milk-litres-rmsprop-yield': ('exploding-gradient', P, ['exploding-gradient'], 'yield on raw milk litres and raw kg target: first 9.3e24, ends 7e13x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-full-batch-sgd-moons': ('vanishing-gradient', P, ['vanishing-gradient'], 'moons through eight sigmoid layers, full-batch SGD: gradients ~3e-6, 1.00'),
  'vanishing-gradient.seven-sigmoid-adam-cheese': ('vanishing-gradient', P, ['vanishing-gradient'], 'cheese type through seven sigmoid layers: 0.60 (healthy 0.00)'),
  'vanishing-gradient.twelve-sigmoid-momentum-scc': ('vanishing-gradient', P, ['vanishing-gradient'], 'log SCC through twelve sigmoid layers: gradients ~1e-8, 1.01'),
  'nan-loss.sgd-5-batch-1-fat': ('nan-loss', T, ['nan-loss', 'lr-too-high'], 'fat % with SGD 5 at batch 1: NaN at epoch 1'),
  'nan-loss.momentum-0.999-lr-1-yield': ('nan-loss', T, ['nan-loss', 'lr-too-high'], 'yield with momentum 0.999 lr 1: NaN at epoch 1'),
  'nan-loss.raw-scc-cells-sgd-full-batch': ('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'raw SCC cells target, full-batch SGD 0.01: NaN at epoch 4'),
  'dead-relu.sgd-plain-2-batch-1-scc': ('nan-loss', T, ['nan-loss', 'lr-too-high'], 'log SCC with plain SGD 2 at batch 1: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.fifteen-relu-std-0.5-scc': ('nan-loss', P, ['nan-loss', 'exploding-gradient', 'init-scale'], 'fifteen relu layers at std 0.5: NaN at epoch 1 (refiled from exploding-gradient)'),
  'lr-too-high.sgd-plain-0.8-batch-8-yield': ('nan-loss', T, ['nan-loss', 'lr-too-high'], 'yield with plain SGD 0.8 at batch 8: NaN at epoch 1 (refiled from lr-too-high)'),
  'oscillating-loss.sgd-plain-0.95-batch-300-linear-scc': ('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear log-SCC model, plain SGD 0.95 at batch 300: grows 10x per epoch, NaN at epoch 59 (refiled from oscillating-loss)'),
  'ok.sine-nesterov-tanh-full-batch': ('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine, Nesterov 0.1 full batch, 800 epochs: min 0.14, NaN at epoch 53 (meant healthy; refiled)'),
  'saturated-activation.tanh-raw-batch-litres-cheese': ('saturated-activation', P, ['saturated-activation'], 'cheese type on raw batch litres through tanh: 100% saturated, 0.24 (healthy 0.00)'),
  'saturated-activation.sigmoid-raw-swab-rlu-listeria': ('saturated-activation', P, ['saturated-activation'], 'listeria on raw swab RLU through sigmoid: 97% saturated, 0.86 (healthy 0.33-0.60)'),
  'saturated-activation.tanh-bias-minus-7-fat': ('saturated-activation', P, ['saturated-activation'], 'fat % with tanh layers at bias -7: 100% saturated, 1.06'),
  'saturated-activation.sigmoid-raw-milk-litres-yield': ('saturated-activation', P, ['saturated-activation'], 'yield on raw milk litres through sigmoid: 100% saturated, 1.00'),
  'saturated-activation.tanh-raw-herd-size-full-batch-momentum': ('saturated-activation', P, ['saturated-activation'], 'fat % on raw herd size through tanh, full-batch momentum: 99% saturated, 0.85'),
  'lr-too-high.adam-0.3-batch-16-scc': ('lr-too-high', T, ['lr-too-high'], 'log SCC with adam 0.3 at batch 16: min 0.097, swings to 0.27, ends 0.19 (healthy 0.07)'),
  'lr-too-high.nesterov-0.5-batch-1-listeria': ('lr-too-high', T, ['lr-too-high'], 'listeria with Nesterov 0.5 at batch 1: 16x the prior, tanh saturated'),
  'lr-too-high.rmsprop-0.05-batch-2-fat': ('lr-too-high', T, ['lr-too-high'], 'fat % with rmsprop 0.05 at batch 2: ends 0.17 (healthy 0.02-0.05)'),
  'lr-too-high.sgd-plain-2-batch-4-cheese': ('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'cheese type with plain SGD 2 at batch 4: first 3.8e14, 78% dead, ends 1.18 (healthy 0.00)'),
  'oscillating-loss.sgd-plain-1.0-full-batch-linear-yield': ('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear yield model, plain SGD 1.0 full batch: min 0.92 at epoch 3, then grows 1.6x per epoch to 4e28 (refiled from oscillating-loss)'),
  'lr-too-low.sgd-plain-1e-5-full-batch-fat': ('lr-too-low', T, ['lr-too-low'], 'fat % with plain SGD 1e-5 full batch: 1.98 to 1.93'),
  'lr-too-low.momentum-1e-6-cheese': ('lr-too-low', T, ['lr-too-low'], 'cheese type with momentum 1e-6: 1.69x, never moves'),
  'lr-too-low.nesterov-1e-5-full-batch-yield': ('lr-too-low', T, ['lr-too-low'], 'yield with Nesterov 1e-5 full batch: 1.31 to 1.19'),
  'lr-too-low.adam-1e-7-listeria': ('lr-too-low', T, ['lr-too-low', 'lr-out-of-range'], 'listeria with adam 1e-7: 3.92x the prior, never moves'),
  'lr-too-low.rmsprop-1e-6-scc-batch-16': ('lr-too-low', T, ['lr-too-low'], 'log SCC with rmsprop 1e-6: 3.35 to 3.28'),
  'loss-plateau.operator-badge-only-cheese': ('loss-plateau', T, ['loss-plateau'], 'cheese type from the operator badge only: 1.00'),
  'loss-plateau.lot-number-only-listeria': ('loss-plateau', T, ['loss-plateau'], 'listeria from the lot number only: 1.01'),
  'loss-plateau.herd-size-only-fat': ('loss-plateau', T, ['loss-plateau'], 'fat % from herd size only: 1.01'),
  'loss-plateau.weight-decay-5-rmsprop-yield': ('loss-plateau', T, ['loss-plateau'], 'yield with rmsprop weightDecay 5: min 0.45, ends 1.00'),
  'loss-plateau.clipnorm-1e-6-full-batch-nesterov-scc': ('loss-plateau', T, ['loss-plateau'], 'log SCC with clipNorm 1e-6, full-batch Nesterov: 1.00, never moves'),
  'oscillating-loss.momentum-0.97-lr-0.2-full-batch-linear-fat-c-and-f': ('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear fat model on milk temp in both C and F, momentum 0.97 full batch: swings 0.06-5.3 for 80 epochs, ends 0.25 (healthy 0.02)'),
  'oscillating-loss.rmsprop-0.05-batch-64-tanh-scc': ('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'log SCC with rmsprop 0.05 at batch 64: epoch-to-epoch swings 0.087-0.157 all run, ends 0.10 (healthy 0.07, smooth)'),
}
TRIMMED = set()
DROPPED = {
  'init-symmetry.constant-0.5-tanh-momentum-scc': 'trained to 0.07, as healthy',
  'init-scale.normal-std-2-tanh-full-batch-momentum-circles': 'trained to 0.00',
  'vanishing-gradient.ten-tanh-std-0.02-listeria': 'ends 0.63 against healthy 0.33-0.60: too close',
  'lr-too-high.momentum-1.5-full-batch-circles': 'trained to 0.00',
  'oscillating-loss.adam-0.03-batch-850-elu-yield': 'damped swings early, settles at 0.01',
  'oscillating-loss.momentum-0.9-lr-0.45-batch-500-linear-fat': 'settles at 0.02',
  'oscillating-loss.momentum-0.95-lr-0.5-full-batch-iris': 'settles at 0.04',
  'oscillating-loss.momentum-0.99-lr-0.1-batch-128-softmax-cheese': 'trains to 0.00',
  'oscillating-loss.nesterov-0.95-lr-0.3-full-batch-linear-fat': 'settles at 0.02',
  'oscillating-loss.nesterov-0.98-lr-1-full-batch-logistic-listeria': 'one slow wave 0.13-0.28 and back to 0.11: unclear',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 139 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: dairy processing and cheese making: collection.csv (1,000 tanker collections: collection ids, timestamps, tank ids; herd size, '
         'milk temp in C and F, days in milk, Jersey flag, skewed SCC, protein % -> fat %) and collection-na.csv ("NA" temperatures), '
         'cheese.csv (1,000 vats -> cheddar/mozzarella/gouda/brie/rare blue 28; vat temp C and F, curd pH, cook min, salt, skewed ripening days, '
         'moisture, batch litres; operator badge with no effect), listeria.csv (1,100 swab lots -> rare listeria positive 52/1,100; lot number '
         'with no effect), yield.csv (850 lots, semicolon export with decimal commas -> skewed yield in kg and lb), scc.csv (900 tab-separated '
         'cow tests -> SCC cells/ml and log10), plus builtins iris, moons, circles, spirals, blobs (4), sine, xor and an inline curd-firmness '
         'table. Data by data/generate.ts; specs by author.ts; filing by write-manifest.py. See README.md.')

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
