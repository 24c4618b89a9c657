#!/usr/bin/env python3
"""Files the candidates of test/faults-blind83 by what the bare engine showed (observed.txt,
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

# candidate -> (code, slug, stage, catches, fault text)
FAULTS = {
  'invalid-spec.learning-rate-keras-key': ('invalid-spec', 'learning-rate-keras-key', S, ['invalid-spec'], 'ABV forecast with the Keras key "learning_rate" in the optimizer block instead of lr'),
  'invalid-spec.categorical-crossentropy-name': ('invalid-spec', 'categorical-crossentropy-name', S, ['invalid-spec'], 'beer-style classifier with the Keras loss name "categorical_crossentropy" instead of "cce"'),
  'invalid-spec.swish-activation': ('invalid-spec', 'swish-activation', S, ['invalid-spec'], 'cask-grade classifier with activation "swish", which the engine does not have'),
  'invalid-spec.epochs-as-string': ('invalid-spec', 'epochs-as-string', S, ['invalid-spec'], 'spoilage flag with epochs quoted as the string "60" (copied from a form field)'),
  'invalid-spec.dropout-rate-percent': ('invalid-spec', 'dropout-rate-percent', S, ['invalid-spec'], 'harvest-yield regression with a dropout rate of 20 (meant 20%, i.e. 0.2)'),
  'data-error.csv-filename-plural-typo': ('data-error', 'csv-filename-plural-typo', S, ['data-error'], 'ABV forecast pointing at ../data/fermentations.csv; the brewhouse export is fermentation.csv'),
  'data-error.target-angel-share-singular': ('data-error', 'target-angel-share-singular', S, ['data-error'], 'angel\'s-share regression with target "angel_share_l"; the column is angels_share_l'),
  'data-error.na-cells-in-brewhouse-export': ('data-error', 'na-cells-in-brewhouse-export', S, ['data-error'], 'brewhouse log exported with "NA" in ferment_temp_c on batches where the probe dropped out'),
  'data-error.feature-free-so2-short': ('data-error', 'feature-free-so2-short', S, ['data-error'], 'spoilage flag with the feature "free_so2" listed; the column is free_so2_mg_l'),
  'shape-mismatch.three-outputs-four-styles': ('shape-mismatch', 'three-outputs-four-styles', S, ['shape-mismatch'], 'beer-style classifier with a 3-unit softmax head, but the log has four styles (ale, lager, saison, stout)'),
  'shape-mismatch.yield-head-two-units': ('shape-mismatch', 'yield-head-two-units', S, ['shape-mismatch'], 'harvest-yield regression with a 2-unit output for one target column'),
  'shape-mismatch.grade-softmax-four': ('shape-mismatch', 'grade-softmax-four', S, ['shape-mismatch'], 'cask-grade classifier with a 4-unit softmax for three grades (standard, reserve, single_cask)'),
  'shape-mismatch.sales-head-from-style-template': ('shape-mismatch', 'sales-head-from-style-template', S, ['shape-mismatch'], 'case-sales regression copied from the beer-style template: output layer left at 4 units for one target'),
  'loss-activation-mismatch.sigmoid-head-abv': ('loss-activation-mismatch', 'sigmoid-head-abv', S, ['loss-activation-mismatch'], 'standardized ABV (negative below the mean) regressed with mse through a sigmoid output: the output saturates, loss stuck at 0.56 of the baseline'),
  'loss-activation-mismatch.linear-head-bce-spoilage': ('loss-activation-mismatch', 'linear-head-bce-spoilage', S, ['loss-activation-mismatch'], 'spoilage flag with bce on a linear output unit (sigmoid forgotten)'),
  'loss-activation-mismatch.relu-head-bce': ('loss-activation-mismatch', 'relu-head-bce', S, ['loss-activation-mismatch'], 'spoilage flag with bce on a relu output unit (the hidden activation copied to the head)'),
  'loss-activation-mismatch.grade-tanh-cce': ('loss-activation-mismatch', 'grade-tanh-cce', S, ['loss-activation-mismatch'], 'cask grade with cce on a 3-unit tanh head: the loss is driven to 0 while accuracy stays at 0.51'),
  'loss-activation-mismatch.softmax-single-unit-yield': ('loss-activation-mismatch', 'softmax-single-unit-yield', S, ['loss-activation-mismatch'], 'harvest-yield regression through a single softmax unit, which always outputs 1: loss fixed at 2.0 (twice the baseline)'),
  'init-symmetry.zeros-hidden-harvest': ('init-symmetry', 'zeros-hidden-harvest', S, ['init-symmetry'], 'harvest yield with both ReLU hidden layers initialised to zeros: nothing ever moves'),
  'init-symmetry.constant-tanh-style': ('init-symmetry', 'constant-tanh-style', S, ['init-symmetry'], 'beer-style classifier with both tanh hidden layers at constant 0.1: the first layer\'s units stay identical (0.44 of the baseline, healthy nets reach 0.03)'),
  'init-symmetry.zeros-all-spoilage': ('init-symmetry', 'zeros-all-spoilage', S, ['init-symmetry'], 'spoilage flag with the tanh hidden layer and the output at zeros: the hidden layer never gets a gradient, loss at the prior'),
  'init-scale.normal-std-three-deep': ('init-scale', 'normal-std-three-deep', S, ['init-scale', 'exploding-gradient'], 'ABV forecast, three 32-unit ReLU layers with normal std 3 (He would be about 0.25-0.6): first loss 6.8 million times the baseline'),
  'init-scale.uniform-tiny-tanh-stack': ('init-scale', 'uniform-tiny-tanh-stack', S, ['init-scale', 'vanishing-gradient'], 'angel\'s share, three 32-unit tanh layers with uniform limit 0.0004: signal and gradients vanish, loss at the baseline'),
  'init-scale.normal-std-six-grade': ('init-scale', 'normal-std-six-grade', S, ['init-scale'], 'cask grade, two 64-unit ReLU layers with normal std 6: first loss 339 against a baseline of 0.94, ends at 3x the baseline'),
  'init-scale.normal-std-four-sales': ('init-scale', 'normal-std-four-sales', S, ['init-scale', 'exploding-gradient'], 'case sales, two 48-unit leaky-ReLU layers with normal std 4: first loss 63,000 times the baseline, ends at 279x'),
  'no-nonlinearity.activation-omitted-hidden': ('no-nonlinearity', 'activation-omitted-hidden', S, ['no-nonlinearity'], 'harvest yield with the activation left out of both hidden layers (default linear): cannot fit the degree-day bell (0.19 of the baseline, nonlinear nets reach 0.01-0.04)'),
  'no-nonlinearity.linear-hidden-style': ('no-nonlinearity', 'linear-hidden-style', S, ['no-nonlinearity'], 'beer-style classifier with "linear" hidden layers: a linear model of threshold rules (0.30 of the baseline, nonlinear nets reach 0.03)'),
  'no-nonlinearity.cellar-zones-circles-linear': ('no-nonlinearity', 'cellar-zones-circles-linear', S, ['no-nonlinearity'], 'cellar zones (circles builtin) with two linear hidden layers: stays at chance'),
  'no-nonlinearity.xor-blend-linear': ('no-nonlinearity', 'xor-blend-linear', S, ['no-nonlinearity'], 'blend rule (xor builtin) with a hidden layer whose activation was left out: stays at chance'),
  'lr-out-of-range.adam-five-not-5e-3': ('lr-out-of-range', 'adam-five-not-5e-3', S, ['lr-out-of-range', 'lr-too-high'], 'angel\'s share with adam lr 5 (meant 5e-3)'),
  'lr-out-of-range.sgd-lr-fifty': ('lr-out-of-range', 'sgd-lr-fifty', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'spoilage flag with momentum SGD at lr 50: NaN at epoch 2'),
  'lr-out-of-range.rmsprop-two': ('lr-out-of-range', 'rmsprop-two', S, ['lr-out-of-range', 'lr-too-high'], 'cask grade with rmsprop lr 2'),
  'lr-out-of-range.adam-twenty-style': ('lr-out-of-range', 'adam-twenty-style', S, ['lr-out-of-range', 'lr-too-high'], 'beer style with adam lr 20'),
  'dead-relu.negative-bias-harvest': ('dead-relu', 'negative-bias-harvest', P, ['dead-relu'], 'harvest yield with ReLU biases starting at -4: the second layer is entirely dead, loss at the baseline'),
  'dead-relu.raw-volume-sgd-kick': ('dead-relu', 'raw-volume-sgd-kick', P, ['dead-relu', 'lr-too-high'], 'spoilage flag on raw cellar features (tank volume in thousands of litres) with SGD 0.05: the first steps kill every ReLU unit'),
  'dead-relu.sales-high-lr-rmsprop': ('dead-relu', 'sales-high-lr-rmsprop', P, ['dead-relu', 'lr-too-high'], 'case sales with rmsprop lr 0.3: the early updates kill 94-97% of the ReLU units'),
  'dead-relu.raw-barrel-age-momentum': ('dead-relu', 'raw-barrel-age-momentum', P, ['dead-relu'], 'cask grade on raw barrel age in days (normalize none) with momentum SGD: first loss 5,000, then every ReLU unit dead and the loss at the prior'),
  'lr-too-high.adam-0.2-grade': ('dead-relu', 'adam-0.2-grade', P, ['dead-relu', 'lr-too-high'], 'cask grade with adam lr 0.2: the second ReLU layer is dead from epoch 2 and the loss sits at the prior (written as an lr-too-high candidate)'),
  'exploding-gradient.raw-harvest-raw-target': ('exploding-gradient', 'raw-harvest-raw-target', P, ['exploding-gradient'], 'harvest yield on raw features and raw hectolitres, normalizations set to none: gradient norms up to 230,000, loss at the baseline'),
  'exploding-gradient.raw-cases-target': ('exploding-gradient', 'raw-cases-target', P, ['exploding-gradient'], 'case sales regressed in raw cases (normalizeTarget none): gradient norms up to 18,000'),
  'exploding-gradient.deep-relu-normal-0.6': ('exploding-gradient', 'deep-relu-normal-0.6', P, ['exploding-gradient', 'init-scale'], 'angel\'s share, four 48-unit ReLU layers at normal std 0.6 (3x He): gradients grow through the stack, first loss 3,338, ends at 4x the baseline'),
  'vanishing-gradient.six-sigmoid-harvest': ('vanishing-gradient', 'six-sigmoid-harvest', P, ['vanishing-gradient'], 'harvest yield with six sigmoid hidden layers and plain SGD: the first layer gets about 1e-3 of the later layers\' gradient, stuck at the baseline'),
  'vanishing-gradient.deep-sigmoid-spoilage': ('vanishing-gradient', 'deep-sigmoid-spoilage', P, ['vanishing-gradient'], 'spoilage flag through five 12-unit sigmoid layers with momentum SGD: loss at the prior'),
  'vanishing-gradient.sigmoid-tower-style': ('vanishing-gradient', 'sigmoid-tower-style', P, ['vanishing-gradient'], 'beer style through five 24-unit sigmoid layers with SGD: stuck at the class prior'),
  'vanishing-gradient.sigmoid-stack-grade-rmsprop-small': ('vanishing-gradient', 'sigmoid-stack-small-init-grade', P, ['vanishing-gradient'], 'cask grade through four 20-unit sigmoid layers at uniform 0.05 with plain SGD: first-layer gradients about 1e-5, stuck at the prior'),
  'nan-loss.sgd-raw-cases': ('nan-loss', 'sgd-raw-cases', P, ['nan-loss', 'lr-too-high'], 'case sales on raw cases (normalizeTarget none) with SGD 0.05: NaN in the first epoch'),
  'nan-loss.momentum-0.99-share': ('nan-loss', 'momentum-0.99-share', P, ['nan-loss', 'lr-too-high'], 'angel\'s share with SGD lr 0.1 and momentum 0.99: NaN in the first epoch'),
  'nan-loss.sgd-batch-one-harvest': ('nan-loss', 'sgd-batch-one-harvest', P, ['nan-loss', 'lr-too-high'], 'harvest yield with SGD 0.2 at batch size 1: NaN in the first epoch'),
  'nan-loss.sgd-raw-share-target': ('nan-loss', 'sgd-raw-share-target', P, ['nan-loss', 'lr-too-high'], 'angel\'s share in raw litres (normalizeTarget none) with SGD 0.1: NaN in the first epoch'),
  'nan-loss.momentum-raw-yield-target': ('nan-loss', 'momentum-raw-yield-target', P, ['nan-loss', 'lr-too-high'], 'harvest yield in raw hectolitres with momentum SGD 0.01: NaN in the first epoch'),
  'lr-too-high.adam-0.1-style': ('lr-too-high', 'adam-0.1-style', T, ['lr-too-high', 'oscillating-loss'], 'beer style with adam lr 0.1, batch 16: the loss jumps between 0.16 and 0.43 (raw) for the whole run, never settling; the same data reaches 0.03 at adam 0.005 (curve in observed-curves.txt)'),
  'lr-too-high.momentum-0.5-grade': ('lr-too-high', 'momentum-0.5-grade', P, ['lr-too-high', 'oscillating-loss', 'dead-relu'], 'cask grade with SGD lr 0.5 and momentum 0.9: swings between 0.54 and 1.08 with 69% of the ReLU units dead, ends at 0.70 of the baseline (curve in observed-curves.txt)'),
  'lr-too-high.momentum-0.5-style': ('lr-too-high', 'momentum-0.5-style', P, ['lr-too-high', 'oscillating-loss', 'dead-relu'], 'beer style with SGD lr 0.5 and momentum 0.9: first loss 1.98, then noisy between 0.69 and 1.2 with 66% of the ReLU units dead, ends at 0.98 of the baseline (curve in observed-curves.txt)'),
  'lr-too-low.sgd-1e-5-harvest': ('lr-too-low', 'sgd-1e-5-harvest', P, ['lr-too-low'], 'harvest yield with plain SGD lr 1e-5: 60 epochs move the loss from 1.81 to 1.68, still above the baseline'),
  'lr-too-low.adam-1e-6-style': ('lr-too-low', 'adam-1e-6-style', P, ['lr-too-low'], 'beer style with adam lr 1e-6 (meant 1e-3): loss stays at 2.1, above the class prior'),
  'lr-too-low.rmsprop-1e-6-sales': ('lr-too-low', 'rmsprop-1e-6-sales', P, ['lr-too-low'], 'case sales with rmsprop lr 1e-6: loss 1.41 -> 1.39, above the baseline'),
  'lr-too-low.momentum-1e-6-grade': ('lr-too-low', 'momentum-1e-6-grade', P, ['lr-too-low'], 'cask grade with momentum SGD lr 1e-6: loss 1.17 -> 1.15, above the prior'),
  'saturated-activation.sigmoid-raw-volume': ('saturated-activation', 'sigmoid-raw-volume', P, ['saturated-activation'], 'spoilage flag with sigmoid hidden layers on raw cellar features (tank volume in litres, normalize none): the first layer is pinned, loss at the prior'),
  'saturated-activation.tanh-raw-pitch': ('saturated-activation', 'tanh-raw-pitch', P, ['saturated-activation'], 'ABV forecast with a tanh layer on raw pitch millilitres and fermentation hours: saturated from the start, loss at the baseline'),
  'saturated-activation.tanh-raw-barrel-age': ('saturated-activation', 'tanh-raw-barrel-age', P, ['saturated-activation'], 'cask grade with a tanh layer on raw barrel age in days and entry proof: every unit pinned, 0.70 of the baseline where normalized nets reach 0.11-0.19'),
  'saturated-activation.sigmoid-raw-degree-days': ('saturated-activation', 'sigmoid-raw-degree-days', P, ['saturated-activation'], 'harvest yield with a sigmoid layer on raw growing degree days and rain: every unit pinned, loss at the baseline'),
  'loss-plateau.id-columns-only': ('loss-plateau', 'id-columns-only', T, ['loss-plateau'], 'harvest yield whose features list kept only block_id and vintage (the informative columns dropped): flat at 0.95-0.98 of the baseline'),
  'loss-plateau.weight-decay-one-style': ('loss-plateau', 'weight-decay-one-style', T, ['loss-plateau'], 'beer style with SGD weightDecay 1 (meant 1e-4): weights held at zero, loss flat at the class prior'),
  'loss-plateau.spirals-two-tanh-units': ('loss-plateau', 'spirals-two-tanh-units', T, ['loss-plateau'], 'cellar spiral racks (spirals, 3 classes) with a 2-unit tanh hidden layer: plateaus at 0.95 of the baseline'),
  'loss-plateau.timestamp-and-tank-only': ('loss-plateau', 'timestamp-and-tank-only', T, ['loss-plateau'], 'ABV forecast fed only logged_at and tank_id: flat at 0.98-0.99 of the baseline'),
  'loss-plateau.sku-week-only-sales': ('loss-plateau', 'sku-week-only-sales', T, ['loss-plateau'], 'case sales fed only week_epoch and sku_id: flat at 0.99-1.0 of the baseline'),
  'oscillating-loss.rmsprop-full-batch-abv': ('oscillating-loss', 'rmsprop-full-batch-abv', T, ['oscillating-loss', 'lr-too-high'], 'ABV forecast with rmsprop 0.05 on the full 520-batch log per step: the loss repeatedly climbs from about 0.03 to 0.3-1.6 and falls back'),
  'oscillating-loss.rmsprop-full-batch-sales': ('oscillating-loss', 'rmsprop-full-batch-sales', T, ['oscillating-loss', 'lr-too-high'], 'case sales with rmsprop 0.04 on full batches: cycles between about 0.07 and 0.2-0.65 for most of the run'),
  'oscillating-loss.rmsprop-full-batch-share': ('oscillating-loss', 'rmsprop-full-batch-share', T, ['oscillating-loss', 'lr-too-high'], 'angel\'s share with rmsprop 0.05 on full batches: the loss settles near 0.02, then spikes to 0.4-1.8 every 10-12 epochs'),
}

HEALTHY_RENAME = {}

DROPPED = {
  'dead-relu.bias-minus-three-abv': 'only partly dead (second layer 58%, max 83%) and ends at 0.88 of the baseline: a weak dead-relu, not clear enough',
  'exploding-gradient.raw-yield-rmsprop': 'raw hectolitre target under rmsprop 0.001: the loss stays at 1.8x the baseline because the output cannot reach the mean; gradient norms only about 1e3; more a target-scale problem than an exploding gradient',
  'init-symmetry.constant-sales-elu': 'the symmetric constant init still learned to 0.05 of the baseline; the fault shows in the weights but not in the result',
  'nan-loss.sgd-half-abv': 'no NaN: loss blew up to 1e14 in the first epoch, then the second ReLU layer died and the loss sat at the baseline; muddled',
  'nan-loss.raw-yield-sgd': 'no NaN: the tanh layer saturated and the loss ended at 0.26 of the raw baseline; muddled',
  'nan-loss.sgd-three-style-batch-8': 'no NaN: SGD lr 3 killed the whole ReLU layer and the loss sat at 1.09 of the prior; muddled between dead-relu and lr-out-of-range',
  'nan-loss.rmsprop-raw-pitch-raw-abv': 'no NaN (and misnamed: it is SGD): loss stuck at 1e23 with a dead layer; muddled',
  'lr-too-high.rmsprop-0.1-style': 'noisy but keeps falling, to 0.05-0.15 of the raw loss: not clearly too high',
  'lr-too-high.sgd-0.3-sales': 'noise between 0.04 and 0.09 of the baseline after a fast descent: only mildly worse than the healthy sales nets',
  'lr-too-high.momentum-0.3-spoilage': 'reaches 0.11 (0.57 of the baseline), about the data\'s noise ceiling: trains fine',
  'lr-too-high.adam-0.1-grade-batch-16': 'noisy between 0.15 and 0.49 but drifting down; healthy grade nets reach 0.09-0.19: not clear',
  'lr-too-high.rmsprop-0.05-grade-batch-8': 'noisy at 0.25-0.37 with half the first layer dead, one spike to 0.55: not clearly one fault',
  'lr-too-high.adam-0.08-spoilage-batch-8': 'ends at 0.62 of the baseline, at the data\'s noise ceiling, with noise and a dead second layer: not clear',
  'saturated-activation.tanh-raw-price-sales': 'first layer 92-96% saturated but the net still reached 0.04 of the baseline',
  'oscillating-loss.rmsprop-full-batch-harvest': 'swings 0.11 -> 0.44 and 0.11 -> 0.30 early, then damps to 0.10-0.13: weaker than the three filed',
  'oscillating-loss.momentum-full-batch-abv': 'one early bump (0.17 -> 0.45), then trains smoothly to 0.014',
  'oscillating-loss.adam-0.05-batch-4-share': 'small noise around 0.03-0.09 with most ReLU units dead: not clearly one fault',
  'ok.sales-nesterov-leaky-full-batch': 'first loss 48x the baseline, a spike at epoch 80 and 94% of the second layer dead, though it ends at 0.03',
  'ok.style-nesterov-elu-val': 'train loss 0.02 of the baseline but validation loss 0.96 (it fits the 4% relabelled rows confidently): not a clean healthy spec',
}


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
        if name in FAULTS:
            code, slug, stage, catches, text = FAULTS[name]
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
    about = ('Eighty-third fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
             'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
             'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
             'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
             '(observed.txt); --curve for the lr-too-high, lr-too-low, plateau, oscillating and a few borderline healthy ones (observed-curves.txt); '
             'no diagnosis code involved. Theme: breweries, wineries and distilleries: fermentation.csv (520 brewhouse batches: fermentation '
             'temperature, original gravity in native specific gravity, yeast pitch in millilitres, fermentation hours, sugar additions in kg, batch '
             'volume in hectolitres -> ABV and a 4-class beer style; batch ids, epoch timestamps and tank ids left out by "features"), '
             'fermentation-export-na.csv (the same log with "NA" cells), barrels.csv (700 distillery barrels: age in days, char level, entry proof, '
             'rack floor, sherry-cask flag -> angel\'s share in litres and a 3-level grade with a rare single_cask class, 10%; constant warehouse_id), '
             'spoilage.csv (1000 winery cellar lots: pH, free SO2, cellar temperature, residual sugar, days since top-up, volume in litres -> a rare '
             'spoiled flag, 5.2%), harvest.csv (400 vineyard blocks: hectares, vine age, rain, growing degree days, brix -> yield in hectolitres), '
             'sales.csv (460 weeks of distributor case sales: price per case, promo, temperature, holiday, distributors -> cases sold), plus the '
             'builtins iris, moons, circles, blobs, sine, xor, spirals and one inline table. Data written by data/generate.ts; specs by author.ts; '
             'filing and this manifest by write-manifest.py. See README.md.')
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    counts = {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
    print(len(faults), 'faulty', len(healthy), 'healthy', len(os.listdir(os.path.join(HERE, 'dropped'))), 'dropped')
    print(json.dumps(counts, indent=1))


main()
