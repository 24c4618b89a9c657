#!/usr/bin/env python3
"""Files the candidates of test/faults-blind85 by what the bare engine showed (observed.txt,
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
  'invalid-spec.activation-swish': ('invalid-spec', 'activation-swish', S, ['invalid-spec'], 'haul-catch model asking for a "swish" activation, which the engine does not have'),
  'invalid-spec.loss-mean-squared-error': ('invalid-spec', 'loss-mean-squared-error', S, ['invalid-spec'], 'pen FCR model with the Keras loss name "mean_squared_error" instead of "mse"'),
  'invalid-spec.optimizer-nadam': ('invalid-spec', 'optimizer-nadam', S, ['invalid-spec'], 'haul-species classifier asking for optimizer "nadam"'),
  'invalid-spec.units-string': ('invalid-spec', 'units-string', S, ['invalid-spec'], 'fish-grade classifier whose output layer has units "3" as a quoted string'),
  'data-error.csv-filename-haul': ('data-error', 'csv-filename-haul', S, ['data-error'], 'haul-catch model pointing at ../data/haul.csv; the logbook export is hauls.csv'),
  'data-error.na-water-temp': ('data-error', 'na-water-temp', S, ['data-error'], 'haul export with "NA" in water_temp_c where the temperature logger failed'),
  'data-error.target-fcr-typo': ('data-error', 'target-fcr-typo', S, ['data-error'], 'pen model with target "feed_conversion"; the column is fcr'),
  'data-error.pen-id-text-feature': ('data-error', 'pen-id-text-feature', S, ['data-error'], 'pen FCR model listing the text pen_id ("P0100") among its features'),
  'shape-mismatch.species-head-three': ('shape-mismatch', 'species-head-three', S, ['shape-mismatch'], 'haul-species classifier with a 3-unit softmax (cod, haddock, pollock) but the hauls also have the rare halibut: four classes'),
  'shape-mismatch.grade-head-two': ('shape-mismatch', 'grade-head-two', S, ['shape-mismatch'], 'fish-grade classifier with a 2-unit softmax (premium/standard habit) for three grades including reject'),
  'shape-mismatch.price-head-two-units': ('shape-mismatch', 'price-head-two-units', S, ['shape-mismatch'], 'auction price regression with a 2-unit output layer for one target column'),
  'shape-mismatch.fcr-head-three': ('shape-mismatch', 'fcr-head-three', S, ['shape-mismatch'], 'pen FCR regression with a 3-unit linear output for one target column'),
  'loss-activation-mismatch.relu-head-bce-outbreak': ('loss-activation-mismatch', 'relu-head-bce-outbreak', S, ['loss-activation-mismatch'], 'disease-outbreak flag with bce on a ReLU output unit: ends at 1.04x the prior\'s loss against 0.24-0.51 for the sigmoid heads'),
  'loss-activation-mismatch.sigmoid-head-fcr': ('loss-activation-mismatch', 'sigmoid-head-fcr', S, ['loss-activation-mismatch'], 'standardized FCR (negative below the mean) regressed with mse through a sigmoid output: stuck at 0.59 of the baseline against 0.06-0.12 healthy'),
  'loss-activation-mismatch.grade-linear-head-cce': ('loss-activation-mismatch', 'grade-linear-head-cce', S, ['loss-activation-mismatch'], 'fish grade with cce on a linear 3-unit head (softmax forgotten): the loss runs to 1e-7 while accuracy is 0.70, the majority rate'),
  'loss-activation-mismatch.softmax-one-unit-cod': ('loss-activation-mismatch', 'softmax-one-unit-cod', S, ['loss-activation-mismatch'], 'cod presence with a 1-unit softmax output under bce: the output is constant, loss 13.8x the prior and nothing moves'),
  'init-symmetry.zeros-catch': ('init-symmetry', 'zeros-catch', S, ['init-symmetry'], 'haul-catch model with both ReLU hidden layers initialised to zeros: nothing moves, loss at the baseline'),
  'init-symmetry.constant-tanh-species': ('init-symmetry', 'constant-tanh-species', S, ['init-symmetry'], 'haul species with the 24-unit tanh layer at constant 0.05: its units stay identical (the random output layer still learns, 0.22 of the baseline against 0.05-0.25 for the healthy species nets)'),
  'init-symmetry.zeros-sigmoid-weight': ('init-symmetry', 'zeros-sigmoid-weight', S, ['init-symmetry'], 'fish weight with a 16-unit sigmoid layer and the output both initialised to zeros: the hidden units stay identical, 0.19 of the baseline against 0.00-0.01 healthy'),
  'init-scale.normal-std-three-catch': ('init-scale', 'normal-std-three-catch', S, ['init-scale'], 'haul-catch model, three 32-unit ReLU layers at normal std 3: first loss 1.2e5, ends 1,931x the baseline'),
  'init-scale.uniform-tiny-tanh-fcr': ('init-scale', 'uniform-tiny-tanh-fcr', S, ['init-scale', 'vanishing-gradient'], 'pen FCR model, three tanh layers at uniform limit 3e-4: first-layer gradients about 1e-6, flat at the baseline'),
  'init-scale.normal-std-four-grade': ('init-scale', 'normal-std-four-grade', S, ['init-scale'], 'fish grade, two 64-unit ReLU layers at normal std 4: first loss 38.5, ends 0.85 of the prior against 0.12-0.33 healthy'),
  'no-nonlinearity.activation-omitted-weight': ('no-nonlinearity', 'activation-omitted-weight', S, ['no-nonlinearity'], 'fish weight (cubic in length) through hidden layers with no activation: 0.16 of the baseline where the ReLU net reaches 0.003'),
  'no-nonlinearity.linear-hidden-species': ('no-nonlinearity', 'linear-hidden-species', S, ['no-nonlinearity'], 'haul species through two "linear" hidden layers: 0.41 of the baseline where the ReLU net reaches 0.05'),
  'no-nonlinearity.circles-pen-ring-linear': ('no-nonlinearity', 'circles-pen-ring-linear', S, ['no-nonlinearity'], 'circles (pen ring) through two linear hidden layers: flat at 0.99 of the baseline'),
  'no-nonlinearity.xor-tide-linear': ('no-nonlinearity', 'xor-tide-linear', S, ['no-nonlinearity'], 'xor (tide by season) through one activation-less hidden layer: flat at the baseline'),
  'lr-out-of-range.adam-ten': ('lr-out-of-range', 'adam-ten', S, ['lr-out-of-range', 'lr-too-high'], 'auction price with adam lr 10: first loss 8e8, 83% of the second ReLU layer dead, ends at the baseline'),
  'lr-out-of-range.sgd-lr-hundred': ('lr-out-of-range', 'sgd-lr-hundred', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'disease-outbreak flag with momentum SGD lr 100: NaN at epoch 2'),
  'lr-out-of-range.rmsprop-three': ('lr-out-of-range', 'rmsprop-three', S, ['lr-out-of-range', 'lr-too-high'], 'haul species with rmsprop lr 3: the ReLU layer dies, ends 1.69x the prior'),
  'dead-relu.negative-bias-fcr': ('dead-relu', 'negative-bias-fcr', P, ['dead-relu'], 'pen FCR model with ReLU biases at -4: the second layer is entirely dead from the start, loss at the baseline'),
  'dead-relu.raw-feed-sgd': ('dead-relu', 'raw-feed-sgd', P, ['dead-relu', 'lr-too-high'], 'disease-outbreak flag on raw features (feed up to 9,000 kg/day, weights in grams) with SGD 0.05: first loss 1.9e5, both ReLU layers 100% dead, loss at the prior'),
  'dead-relu.rmsprop-high-price': ('dead-relu', 'rmsprop-high-price', P, ['dead-relu', 'lr-too-high'], 'auction price with rmsprop lr 0.3: first loss 1.6e4, the second ReLU layer 100% dead, ends at 1.06x the baseline'),
  'dead-relu.bias-minus-five-count': ('dead-relu', 'bias-minus-five-count', P, ['dead-relu'], 'station fish count with ReLU biases at -5 and plain SGD: 81% of the layer dead, flat at the baseline'),
  'exploding-gradient.raw-hauls-raw-catch': ('exploding-gradient', 'raw-hauls-raw-catch', P, ['exploding-gradient'], 'haul catch on raw features and raw kilograms (normalizations none): gradient norms up to 1e6, ends 0.40 of the baseline against 0.08-0.17 normalized'),
  'exploding-gradient.raw-price-target': ('exploding-gradient', 'raw-price-target', P, ['exploding-gradient'], 'auction price regressed in raw dollars per tonne (normalizeTarget none): gradient norms up to 2.6e6, ends 2.2x the baseline'),
  'exploding-gradient.deep-relu-normal-wide': ('exploding-gradient', 'deep-relu-normal-wide', P, ['exploding-gradient', 'init-scale'], 'pen FCR, four 48-unit ReLU layers at normal std 0.6 (3x He): first loss 440, gradients up to 870, ends 2.2x the baseline'),
  'exploding-gradient.raw-weight-grams-target': ('exploding-gradient', 'raw-weight-grams-target', P, ['exploding-gradient'], 'fish weight regressed in raw grams (normalizeTarget none): gradient norms up to 8.5e5, ends 0.08 of the baseline against 0.003 normalized'),
  'vanishing-gradient.six-sigmoid-fcr': ('vanishing-gradient', 'six-sigmoid-fcr', P, ['vanishing-gradient'], 'pen FCR with six sigmoid hidden layers and plain SGD: the first layer gets about 1e-3 of the last layer\'s gradient, loss at the baseline'),
  'vanishing-gradient.deep-sigmoid-cod': ('vanishing-gradient', 'deep-sigmoid-cod', P, ['vanishing-gradient'], 'cod presence through five 12-unit sigmoid layers with momentum SGD: first-layer gradients about 1e-4, loss at the prior'),
  'vanishing-gradient.sigmoid-tower-species': ('vanishing-gradient', 'sigmoid-tower-species', P, ['vanishing-gradient'], 'haul species through five 24-unit sigmoid layers with SGD: stuck at the class prior'),
  'nan-loss.sgd-raw-catch': ('nan-loss', 'sgd-raw-catch', P, ['nan-loss', 'lr-too-high'], 'haul catch in raw kilograms (normalizeTarget none) with SGD 0.05: NaN in the first epoch'),
  'nan-loss.sgd-batch-one-fcr': ('nan-loss', 'sgd-batch-one-fcr', P, ['nan-loss', 'lr-too-high'], 'pen FCR model with SGD 0.3 at batch size 1: NaN in the first epoch'),
  'nan-loss.momentum-0.99-price': ('nan-loss', 'momentum-0.99-price', P, ['nan-loss', 'lr-too-high'], 'auction price with SGD lr 0.1 and momentum 0.99: NaN in the first epoch'),
  'lr-too-high.sgd-0.5-price': ('nan-loss', 'sgd-0.5-price', P, ['nan-loss', 'lr-too-high'], 'auction price with plain SGD lr 0.5, batch 16: NaN in the first epoch'),
  'lr-too-high.adam-0.1-species': ('lr-too-high', 'adam-0.1-species', T, ['lr-too-high'], 'haul species with adam lr 0.1, batch 16: noisy between 0.29 and 0.76 for 80 epochs (ends 0.36 of the prior) where adam 0.005 reaches 0.05; 81% of the second layer dead (curve in observed-curves.txt)'),
  'lr-too-high.momentum-0.5-grade': ('lr-too-high', 'momentum-0.5-grade', P, ['lr-too-high'], 'fish grade with SGD lr 0.5 and momentum 0.9: loss jumps to 1.8, the ReLU layer dies, ends 1.19x the prior (curve in observed-curves.txt)'),
  'lr-too-high.nesterov-0.8-species': ('lr-too-high', 'nesterov-0.8-species', P, ['lr-too-high'], 'haul species with Nesterov SGD lr 0.8: the loss rises from 1.67 to 2-3.6 and stays above the prior; tanh layer 97% pinned (curve in observed-curves.txt)'),
  'lr-too-high.sgd-0.3-weight': ('lr-too-high', 'sgd-0.3-weight', P, ['lr-too-high', 'dead-relu'], 'fish weight with plain SGD lr 0.3, batch 16: first epoch 7.7, then the second ReLU layer is 100% dead and the loss sits at the baseline (curve in observed-curves.txt)'),
  'lr-too-low.sgd-1e-5-catch': ('lr-too-low', 'sgd-1e-5-catch', P, ['lr-too-low'], 'haul catch with plain SGD lr 1e-5: 60 epochs move the loss from 1.77 to 1.22, still above the baseline'),
  'lr-too-low.adam-1e-6-species': ('lr-too-low', 'adam-1e-6-species', P, ['lr-too-low'], 'haul species with adam lr 1e-6: 2.40 to 2.38, far above the class prior'),
  'lr-too-low.rmsprop-1e-6-fcr': ('lr-too-low', 'rmsprop-1e-6-fcr', P, ['lr-too-low'], 'pen FCR with rmsprop lr 1e-6: 1.300 to 1.273, above the baseline'),
  'lr-too-low.momentum-1e-6-grade': ('lr-too-low', 'momentum-1e-6-grade', P, ['lr-too-low'], 'fish grade with momentum SGD lr 1e-6: 1.50 to 1.44, above the prior'),
  'saturated-activation.sigmoid-raw-feed': ('saturated-activation', 'sigmoid-raw-feed', P, ['saturated-activation'], 'disease-outbreak flag with sigmoid hidden layers on raw feed kg/day and weights in grams (normalize none): the first layer is 100% pinned, loss at the prior'),
  'saturated-activation.tanh-raw-engine-kw': ('saturated-activation', 'tanh-raw-engine-kw', P, ['saturated-activation'], 'haul species with a tanh layer on raw engine kW and depths: 97-99% pinned, 0.79 of the prior against 0.05-0.25 normalized'),
  'saturated-activation.tanh-raw-length-grade': ('saturated-activation', 'tanh-raw-length-grade', P, ['saturated-activation'], 'fish grade with a tanh layer on raw lengths in mm and weights in grams: 100% pinned, 0.76 of the prior'),
  'saturated-activation.tanh-raw-depth-count': ('saturated-activation', 'tanh-raw-depth-count', P, ['saturated-activation'], 'station fish count with a tanh layer on raw depths, latitudes and trawl minutes: 91-99% pinned, 0.57 of the baseline against 0.16-0.29 normalized'),
  'loss-plateau.id-and-timestamp-only': ('loss-plateau', 'id-and-timestamp-only', T, ['loss-plateau'], 'haul species whose features kept only haul_id and landing_ts: flat at 0.99 of the prior'),
  'loss-plateau.spirals-one-unit-bottleneck': ('loss-plateau', 'spirals-one-unit-bottleneck', T, ['loss-plateau'], 'eddy spirals (3 classes) through a 1-unit tanh layer: flat at 0.97 of the baseline'),
  'loss-plateau.weight-decay-one-grade': ('loss-plateau', 'weight-decay-one-grade', T, ['loss-plateau'], 'fish grade with SGD weightDecay 1 (meant 1e-4): flat at the class prior'),
  'loss-plateau.station-year-only': ('loss-plateau', 'station-year-only', T, ['loss-plateau'], 'station fish count whose only feature is the constant survey_year: flat at the baseline'),
  'oscillating-loss.rmsprop-full-batch-catch': ('oscillating-loss', 'rmsprop-full-batch-catch', T, ['oscillating-loss', 'lr-too-high'], 'haul catch with rmsprop 0.05 on all 600 hauls per step: falls to 0.19, climbs to 2.6, back to 0.16, up to 1.5, in cycles of about 20 epochs'),
  'oscillating-loss.rmsprop-full-batch-fcr': ('oscillating-loss', 'rmsprop-full-batch-fcr', T, ['oscillating-loss', 'lr-too-high'], 'pen FCR with rmsprop 0.03 on full batches: cycles from 0.15-0.18 up to 0.66, 0.42, 0.32, 0.27'),
  'oscillating-loss.rmsprop-full-batch-weight': ('oscillating-loss', 'rmsprop-full-batch-weight', T, ['oscillating-loss', 'lr-too-high'], 'fish weight with rmsprop 0.05 on full batches: cycles from 0.05 up to 0.82, 0.48, 0.33, 0.21 (the healthy nets reach 0.003)'),
  'oscillating-loss.rmsprop-full-batch-count': ('oscillating-loss', 'rmsprop-full-batch-count', T, ['oscillating-loss', 'lr-too-high'], 'station fish count with rmsprop 0.05 on full batches: cycles from 0.30-0.37 up to 2.1, 1.0, 0.93, 0.82 for the whole run'),
}

HEALTHY_RENAME = {}

DROPPED = {
  'shape-mismatch.cod-softmax-two': 'the engine accepts a 2-unit softmax under bce for the binary cod flag and it trains to 0.33 of the prior (healthy cod nets 0.23-0.29): not clearly a fault',
  'loss-activation-mismatch.tanh-head-bce-cod': 'bce on a tanh output still trains to 0.35 of the prior, acc 0.906 (healthy 0.23-0.29): not clearly harmful',
  'lr-too-high.adam-0.05-grade-batch-8': 'noisy between 0.23 and 0.43 and still falling, ends 0.42 of the prior against 0.12 for adam 0.005: not clear enough',
  'lr-too-high.adam-0.2-outbreak': 'flat and fairly smooth at 0.10-0.12 (0.67 of the prior) against 0.24-0.26 for the healthy outbreak nets: reads more like a plateau than a too-high rate',
  'lr-too-high.rmsprop-0.1-cod': 'noisy (one spike to 0.72) but ends at 0.34 of the prior, close to the healthy cod nets (0.23-0.29)',
  'ok.count-nesterov-tanh-val': 'validation loss 0.43 against training 0.21: not clearly healthy',
  'ok.outbreak-adam-batch-128': 'smooth but slow, ends at 0.50 of the prior (accuracy 0.971 against a 0.9625 majority rate); dropped to keep the healthy count at 40 and the weak-margin outbreak nets to one',
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
    about = ('Eighty-fifth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
             'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
             'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
             'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
             '(observed.txt); --curve for the lr-too-high, lr-too-low, plateau, oscillating and a few borderline healthy ones (observed-curves.txt); '
             'no diagnosis code involved. Theme: fisheries and aquaculture: hauls.csv (600 trawl hauls: haul and trip ids and landing timestamps '
             'left out, engine power in kW, vessel length, tow minutes, depth in metres, water temperature, a constant mesh size -> catch in kg '
             '(log-normal, skewed) and a 4-class main species with a rare halibut class, 24 of 600), pens.csv (720 salmon pen-months: text pen ids '
             'and a constant site code left out, month, stocking density kg/m3, temperature, dissolved oxygen mg/l, salinity psu, mean weight in '
             'grams, feed kg/day -> feed conversion ratio and a rare disease-outbreak flag, 27 of 720), fish.csv (560 sampled fish: length and girth '
             'in mm, age, sex, fat % -> weight in grams and a 3-class grade with a rare reject class), market.csv (450 auction lots: landed tonnes, '
             'days since catch, freshness score, whitefish flag, fuel price, buyers present -> price per tonne in dollars), survey.csv (500 survey '
             'stations: latitude, longitude, depth, bottom temperature, chlorophyll, trawl minutes -> a skewed fish count and a cod-present flag), '
             'hauls-export-na.csv (the hauls with "NA" temperatures), plus the builtins iris, moons, circles, blobs, sine, xor, spirals and one inline '
             'hatchery pilot table. Data written by data/generate.ts; specs by author.ts; filing and this manifest by write-manifest.py. See README.md.')
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
