#!/usr/bin/env python3
"""Files the candidates of test/faults-blind47 by what the bare engine did (observed.txt) and writes
manifest.json. Run from anywhere: `python3 test/faults-blind47/write-manifest.py` (after author.ts and
observe.ts --summary into observed.txt). Every candidate must get exactly one verdict below."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

# candidate stem -> (code, slug, stage, catches, fault text). The slug is what the file is named by;
# a candidate whose engine behaviour showed another fault than the one intended is filed under that code.
FAULTS = {
    # ---- invalid-spec
    'invalid-spec.optimiser-british': ('invalid-spec', 'optimiser-british', 'static', ['invalid-spec'],
        'crop-yield regression whose optimizer block is keyed "optimiser" (British spelling), so the Adam settings are not read'),
    'invalid-spec.keras-loss-name': ('invalid-spec', 'keras-loss-name', 'static', ['invalid-spec'],
        'land-cover classifier with loss "categorical_crossentropy" (the Keras name) instead of "cce"'),
    'invalid-spec.glorot-init-name': ('invalid-spec', 'glorot-init-name', 'static', ['invalid-spec'],
        'rain-tomorrow model whose hidden layer asks for init "glorot_uniform" (Keras name; the engine calls it xavier_uniform)'),
    'invalid-spec.batch-size-snake-case': ('invalid-spec', 'batch-size-snake-case', 'static', ['invalid-spec'],
        'PM2.5 regression with training.batch_size (PyTorch DataLoader habit) instead of batchSize'),
    'invalid-spec.epochs-as-string': ('invalid-spec', 'epochs-as-string', 'static', ['invalid-spec'],
        'river-level model with epochs written as the string "200" (pasted from a YAML/env config)'),
    # ---- data-error
    'data-error.target-short-name': ('data-error', 'target-short-name', 'static', ['data-error'],
        'crop-yield spec whose target is "yield" while the CSV column is yield_t_ha'),
    'data-error.na-cells-field-logger': ('data-error', 'na-cells-field-logger', 'static', ['data-error'],
        'crop-yield spec pointed at the raw field-logger export (crop_yield_gaps.csv) where missing readings are "NA"'),
    'data-error.missing-flag-m': ('data-error', 'missing-flag-m', 'static', ['data-error'],
        'river-level spec on the station export (river_export.csv) where missing gauge readings carry the met-office flag "M"'),
    'data-error.feature-not-in-file': ('data-error', 'feature-not-in-file', 'static', ['data-error'],
        'PM2.5 spec listing feature "wind_speed" while the station file calls it wind_ms'),
    'data-error.file-of-next-season': ('data-error', 'file-of-next-season', 'static', ['data-error'],
        'frost classifier pointed at ../data/frost_2024.csv, a season file that does not exist (the data is frost.csv)'),
    # ---- shape-mismatch
    'shape-mismatch.four-of-five-covers': ('shape-mismatch', 'four-of-five-covers', 'static', ['shape-mismatch'],
        'land-cover classifier with 4 softmax outputs for 5 cover classes (the "bare" class was added to the labels later)'),
    'shape-mismatch.flood-two-classes': ('shape-mismatch', 'flood-two-classes', 'static', ['shape-mismatch'],
        'flood classifier with 2 softmax outputs (flood / no flood) while flood_class has 3 classes (normal, watch, flood)'),
    'shape-mismatch.yield-three-outputs': ('shape-mismatch', 'yield-three-outputs', 'static', ['shape-mismatch'],
        'yield regression with 3 linear outputs (copied from a three-crop model) for the single target yield_t_ha'),
    # ---- loss-activation-mismatch
    'loss-activation-mismatch.aqi-softmax-mse': ('loss-activation-mismatch', 'aqi-softmax-mse', 'static', ['loss-activation-mismatch'],
        'air-quality band classifier (3 classes) with a softmax output trained under mse instead of cce'),
    'loss-activation-mismatch.yield-sigmoid-output': ('loss-activation-mismatch', 'yield-sigmoid-output', 'static', ['loss-activation-mismatch'],
        'sigmoid output for crop yield of 2.5-8.4 t/ha under mse: the output cannot exceed 1'),
    'loss-activation-mismatch.rain-linear-bce': ('loss-activation-mismatch', 'rain-linear-bce', 'static', ['loss-activation-mismatch'],
        'rain-tomorrow classifier with a linear output layer (activation left out) under bce'),
    'loss-activation-mismatch.river-tanh-output': ('loss-activation-mismatch', 'river-tanh-output', 'static', ['loss-activation-mismatch'],
        'tanh output for a river level of 0.7-4 m under mse: the output is bounded by 1'),
    'loss-activation-mismatch.landcover-sigmoid-cce': ('loss-activation-mismatch', 'landcover-sigmoid-cce', 'static', ['loss-activation-mismatch'],
        'land-cover classifier with 5 sigmoid outputs under cce (softmax meant): the loss goes to 0 while accuracy stays at chance'),
    # ---- init-symmetry
    'init-symmetry.yield-zeros-hidden': ('init-symmetry', 'yield-zeros-hidden', 'static', ['init-symmetry'],
        'yield regression whose two tanh hidden layers are initialised with "zeros"'),
    'init-symmetry.rain-constant-half': ('init-symmetry', 'rain-constant-half', 'static', ['init-symmetry'],
        'rain-tomorrow model whose relu hidden layer is initialised constant 0.5: all 16 units stay identical'),
    'init-symmetry.landcover-constant-small': ('init-symmetry', 'landcover-constant-small', 'static', ['init-symmetry'],
        'land-cover classifier whose two tanh hidden layers are initialised constant 0.01 ("small weights"): every unit of a layer is the same unit'),
    # ---- init-scale
    'init-scale.species-std-three': ('init-scale', 'species-std-three', 'static', ['init-scale'],
        'species-presence model with init normal std 3 on relu layers of fan-in 4 and 32 (He std 0.71 and 0.25)'),
    'init-scale.pm25-tiny-uniform': ('init-scale', 'pm25-tiny-uniform', 'static', ['init-scale', 'vanishing-gradient'],
        'four-layer PM2.5 regression with init uniform limit 1e-4 on every layer: the signal and gradients vanish and the loss stays at the baseline'),
    'init-scale.landcover-tanh-std-two': ('init-scale', 'landcover-tanh-std-two', 'static', ['init-scale', 'saturated-activation'],
        'land-cover classifier with init normal std 2 on 64-unit tanh layers (Glorot std about 0.17): the tanh units start pinned'),
    'exploding-gradient.river-deep-big-init': ('init-scale', 'river-deep-std-one', 'static', ['init-scale', 'nan-loss', 'exploding-gradient'],
        'four 32-unit relu layers initialised normal std 1 (He std 0.25) for river level: the first epoch already overflows to NaN'),
    # ---- no-nonlinearity
    'no-nonlinearity.yield-activation-omitted': ('no-nonlinearity', 'yield-activation-omitted', 'static', ['no-nonlinearity'],
        'yield regression with hidden layers of 32 and 16 units whose "activation" was left out (default linear): a linear model of a curved rainfall/pH response'),
    'no-nonlinearity.landcover-linear-hidden': ('no-nonlinearity', 'landcover-linear-hidden', 'static', ['no-nonlinearity'],
        'land-cover classifier whose two hidden layers are written "linear"'),
    'no-nonlinearity.species-elevation-band-linear': ('no-nonlinearity', 'species-elevation-band-linear', 'static', ['no-nonlinearity'],
        'species presence (an elevation band of roughly 1300-2500 m) from a linear hidden layer: a linear score cannot select a band'),
    # ---- lr-out-of-range
    'lr-out-of-range.adam-five': ('lr-out-of-range', 'adam-five', 'static', ['lr-out-of-range', 'lr-too-high'],
        'rain-tomorrow classifier with adam lr 5'),
    'lr-out-of-range.sgd-exponent-typo': ('lr-out-of-range', 'sgd-exponent-typo', 'static', ['lr-out-of-range', 'lr-too-high'],
        'yield regression with sgd lr 200 (2e2 typed for 2e-2), momentum 0.9'),
    'lr-out-of-range.rmsprop-ten': ('lr-out-of-range', 'rmsprop-ten', 'static', ['lr-out-of-range', 'lr-too-high'],
        'land-cover classifier with rmsprop lr 10'),
    # ---- dead-relu
    'dead-relu.rain-raw-hpa-relu': ('dead-relu', 'rain-raw-hpa-relu', 'probe', ['dead-relu'],
        'rain-tomorrow relu network on raw features (pressure about 1013 hPa, normalize none), sgd 0.01 momentum 0.9: the first steps kill the relu layers and the loss sits at the baseline'),
    'dead-relu.yield-negative-bias': ('dead-relu', 'yield-negative-bias', 'probe', ['dead-relu'],
        'yield regression with relu hidden layers whose bias is initialised -3 ("sparse activations"): the second layer is dead from the start'),
    'nan-loss.river-raw-rain-momentum': ('dead-relu', 'river-raw-rain-momentum', 'probe', ['dead-relu', 'lr-too-high'],
        'river-level relu network on raw inputs (rain up to 180 mm, normalize none) with sgd 0.1 momentum 0.9: the first steps blow up and leave every relu of both layers dead'),
    'nan-loss.yield-raw-rmsprop-big': ('dead-relu', 'yield-raw-momentum-blowup', 'probe', ['dead-relu', 'lr-too-high'],
        'yield regression on raw features (growing degree days about 2400, rainfall in mm), sgd 0.001 momentum 0.9: the first update blows up and all relu units die'),
    'nan-loss.pm25-raw-momentum': ('dead-relu', 'pm25-raw-traffic-momentum', 'probe', ['dead-relu', 'lr-too-high'],
        'PM2.5 regression on raw traffic counts (2,000-70,000 per day), sgd 0.01 momentum 0.9: the hidden relu layer dies in the first steps and the loss stays at the baseline'),
    # ---- exploding-gradient
    'exploding-gradient.yield-raw-gdd-sgd': ('exploding-gradient', 'yield-raw-gdd-sgd', 'probe', ['exploding-gradient'],
        'yield regression on raw features (growing degree days about 2400, rainfall in mm) with sgd 1e-7: gradient norms up to 2e4 and a first-epoch loss of 8e4'),
    'exploding-gradient.yield-raw-deep-adam': ('exploding-gradient', 'yield-raw-deep-adam', 'probe', ['exploding-gradient', 'dead-relu'],
        'three relu layers on raw crop features (normalize none), adam 0.001: gradient norms of 1e6-1e7 and a loss 50x the baseline'),
    'exploding-gradient.rain-raw-hpa-elu-rmsprop': ('exploding-gradient', 'rain-raw-hpa-elu-rmsprop', 'probe', ['exploding-gradient'],
        'rain-tomorrow elu network on raw pressure in hPa (normalize none), rmsprop 0.001: gradient norms up to about 850 and the loss never gets below the baseline'),
    'dead-relu.pm25-raw-traffic': ('exploding-gradient', 'pm25-raw-traffic-adam', 'probe', ['exploding-gradient', 'dead-relu'],
        'PM2.5 relu network on raw traffic counts (normalize none), adam 0.01: gradient norms up to 1e8 and a loss far above the baseline'),
    # ---- vanishing-gradient
    'vanishing-gradient.rain-deep-sigmoid': ('vanishing-gradient', 'rain-deep-sigmoid', 'probe', ['vanishing-gradient'],
        'rain-tomorrow classifier with six 16-unit sigmoid hidden layers, plain sgd 0.01'),
    'vanishing-gradient.landcover-deep-tanh-small-init': ('vanishing-gradient', 'landcover-deep-tanh-small-init', 'probe', ['vanishing-gradient', 'init-scale'],
        'four 32-unit tanh layers initialised normal std 0.01 for land cover: the first layers get almost no gradient and the loss stays at the baseline'),
    'vanishing-gradient.species-sigmoid-stack': ('vanishing-gradient', 'species-sigmoid-stack', 'probe', ['vanishing-gradient'],
        'species-presence model with five 24-unit sigmoid hidden layers, sgd 0.05'),
    # ---- nan-loss
    'nan-loss.pm25-raw-linear-sgd': ('nan-loss', 'pm25-raw-leaky-sgd', 'probe', ['nan-loss'],
        'PM2.5 regression on raw traffic counts (normalize none) with a leaky-relu layer and sgd 0.001: the loss is NaN within the first epoch'),
    'dead-relu.river-sgd-big-step': ('nan-loss', 'river-sgd-half', 'probe', ['nan-loss', 'lr-too-high'],
        'river-level relu network with plain sgd lr 0.5 (from a logistic-regression tutorial): NaN in the first epoch'),
    'lr-too-high.yield-sgd-momentum-big': ('nan-loss', 'yield-sgd-momentum-point-three', 'probe', ['nan-loss', 'lr-too-high'],
        'yield regression with sgd 0.3 and momentum 0.9: NaN in the first epoch'),
    'oscillating-loss.yield-sgd-batch4': ('nan-loss', 'yield-momentum-batch4', 'probe', ['nan-loss', 'lr-too-high'],
        'yield regression with batch size 4 and sgd 0.05 momentum 0.95: NaN in the first epoch'),
    'oscillating-loss.river-full-batch-edge': ('nan-loss', 'river-full-batch-sgd', 'probe', ['nan-loss', 'lr-too-high'],
        'full-batch (450 rows) river-level tanh network with sgd 0.9: the loss grows by orders of magnitude every step and is NaN by about the 20th step'),
    # ---- lr-too-high
    'lr-too-high.landcover-adam-half': ('lr-too-high', 'landcover-adam-half', 'probe', ['lr-too-high', 'dead-relu'],
        'land-cover classifier with adam lr 0.5: the loss jumps and then stalls at 0.68 of the baseline, accuracy 0.44, most of the second relu layer dead'),
    'oscillating-loss.river-tanh-full-batch-half': ('lr-too-high', 'river-full-batch-spikes', 'training', ['lr-too-high', 'oscillating-loss'],
        'full-batch river-level tanh network with sgd 0.5: the loss falls to 0.026 and then repeatedly bursts back up to 1.5 (above the baseline)'),
    'oscillating-loss.aqi-momentum-half': ('lr-too-high', 'aqi-sgd-momentum-half', 'probe', ['lr-too-high', 'dead-relu'],
        'air-quality band classifier with sgd 0.5 momentum 0.95: the loss rises in the first epoch and then wanders between 0.49 and 0.85 (baseline 0.82; healthy runs reach 0.26), 63% of the relu units dead'),
    'oscillating-loss.river-level-momentum-099': ('lr-too-high', 'river-momentum-099-diverges', 'training', ['lr-too-high', 'exploding-gradient'],
        'river-level tanh network with sgd 0.05 and momentum 0.99: the loss climbs without bound to 1e23'),
    'oscillating-loss.flood-elu-sgd-one': ('lr-too-high', 'flood-elu-sgd-one', 'probe', ['lr-too-high', 'oscillating-loss'],
        'flood classifier with sgd lr 1 momentum 0.9: the loss swings between 3 and 14, several times the baseline'),
    'oscillating-loss.landcover-momentum-099': ('lr-too-high', 'landcover-momentum-099', 'training', ['lr-too-high', 'oscillating-loss'],
        'land-cover classifier with sgd 0.1 and momentum 0.99: the loss reaches 0.25 and then climbs back to 1.9 and wanders around 0.6'),
    # ---- lr-too-low
    'lr-too-low.yield-sgd-tiny': ('lr-too-low', 'yield-sgd-tiny', 'probe', ['lr-too-low'],
        'yield regression with plain sgd lr 1e-5 for 100 epochs: the loss creeps from 38.5 to 28.8 (baseline 1.25)'),
    'lr-too-low.landcover-adam-tiny': ('lr-too-low', 'landcover-adam-tiny', 'probe', ['lr-too-low'],
        'land-cover classifier with adam lr 1e-6 for 60 epochs'),
    'lr-too-low.frost-rmsprop-tiny': ('lr-too-low', 'frost-rmsprop-tiny', 'probe', ['lr-too-low'],
        'frost classifier with rmsprop lr 1e-6 for 80 epochs: the loss never gets below its starting value'),
    'loss-plateau.yield-clipnorm-tiny': ('lr-too-low', 'yield-clipnorm-tiny', 'probe', ['lr-too-low'],
        'yield regression with sgd 0.01 and clipNorm 1e-4 (a weight-decay-sized value put in the clipping field): every step is clipped to nothing and the loss barely moves'),
    # ---- saturated-activation
    'saturated-activation.frost-kelvin-tanh': ('saturated-activation', 'frost-kelvin-tanh', 'probe', ['saturated-activation'],
        'frost classifier on raw night minimum and dew point in Kelvin (about 270-285) into tanh layers, normalize none: the first tanh layer is pinned at +-1'),
    'saturated-activation.rain-raw-hpa-tanh': ('saturated-activation', 'rain-raw-hpa-tanh', 'probe', ['saturated-activation'],
        'rain-tomorrow tanh layer fed raw pressure of about 1013 hPa (normalize none): pinned, no gradient, the loss stays at the baseline'),
    'saturated-activation.species-raw-metres-sigmoid': ('saturated-activation', 'species-raw-metres-sigmoid', 'probe', ['saturated-activation'],
        'species-presence sigmoid layer fed raw elevation in metres and precipitation in mm (normalize none): every unit pinned at 0 or 1'),
    'exploding-gradient.pm25-raw-adam-clipless': ('saturated-activation', 'pm25-raw-traffic-tanh', 'probe', ['saturated-activation'],
        'PM2.5 regression feeding raw traffic counts (normalize none) into a tanh layer, sgd 1e-6 momentum 0.9: the layer is fully saturated and the loss stays above the baseline'),
    'loss-plateau.species-raw-sigmoid-sgd': ('saturated-activation', 'species-raw-sigmoid-sgd', 'probe', ['saturated-activation', 'loss-plateau'],
        'species-presence sigmoid layer on raw elevation (m) and precipitation (mm) with sgd 0.01: the hidden layer is 99% saturated and the loss grinds down only to 0.81 of the baseline'),
    # ---- loss-plateau
    'loss-plateau.rain-adamw-decay-copied': ('loss-plateau', 'rain-adamw-decay-copied', 'training', ['loss-plateau'],
        'rain-tomorrow classifier with adam weightDecay 0.5 (an AdamW-style value, but this decay is coupled L2): the loss drops to 0.50 and settles back at the baseline 0.57'),
    'loss-plateau.frost-rare-class-decay': ('loss-plateau', 'frost-rare-class-decay', 'training', ['loss-plateau'],
        'frost classifier (19% frost nights) with rmsprop weightDecay 0.3: the loss flattens at 0.85 of the baseline (healthy runs reach 0.11)'),
    'loss-plateau.species-decay-copied': ('loss-plateau', 'species-decay-copied', 'training', ['loss-plateau'],
        'species-presence model with sgd momentum and weightDecay 0.1: flat at 0.69 of the baseline from epoch 3 to 150 (healthy runs reach 0.13-0.2)'),
    'loss-plateau.landcover-decay-rmsprop': ('loss-plateau', 'landcover-decay-rmsprop', 'training', ['loss-plateau'],
        'land-cover classifier with rmsprop weightDecay 0.5: the loss stalls at 0.78 of the baseline with accuracy 0.60 (healthy runs reach 0.99)'),
    # ---- oscillating-loss
    'oscillating-loss.iris-momentum-099': ('oscillating-loss', 'iris-momentum-099', 'training', ['oscillating-loss', 'lr-too-high'],
        'iris (species from flower measurements) with sgd 0.1, momentum 0.99, batch 16 for 60 epochs: the loss swings between 0.07 and 7.7'),
    'lr-too-high.species-sgd-one': ('oscillating-loss', 'species-tanh-sgd-two', 'training', ['oscillating-loss', 'lr-too-high'],
        'species-presence tanh network with sgd lr 2 momentum 0.9: the loss swings between 0.29 and 1.9 for the whole run'),
    'oscillating-loss.frost-tanh-sgd-three': ('oscillating-loss', 'frost-tanh-sgd-three', 'training', ['oscillating-loss', 'lr-too-high'],
        'frost classifier with sgd lr 3 momentum 0.9: the loss swings between 0.16 and 2.4 up to the last epoch'),
    'oscillating-loss.landcover-tanh-sgd-one': ('oscillating-loss', 'landcover-tanh-sgd-one', 'training', ['oscillating-loss', 'lr-too-high'],
        'land-cover tanh network with sgd lr 1 momentum 0.9: the loss swings between 0.23 and 1.3 without settling'),
    'oscillating-loss.rain-tanh-sgd-two': ('oscillating-loss', 'rain-tanh-sgd-two', 'training', ['oscillating-loss', 'lr-too-high'],
        'rain-tomorrow tanh network with sgd lr 2 momentum 0.9: the loss swings between 0.36 and 0.92 around the baseline 0.57'),
}

DROPPED = {
    'lr-too-high.frost-adam-one-tenth': 'adam 0.2 on frost: occasional spikes (0.035 -> 0.16 at the last epoch) but it mostly trains to 0.05; neither clearly faulty nor clean',
    'lr-too-high.rain-rmsprop-tenth': 'rmsprop 0.1 on rain: noisy but ends at 0.37 of the baseline, as good as the healthy rain runs',
    'lr-too-high.yield-adam-tenth': 'adam 0.1 on yield: trains to 0.09 of the baseline with bumps; not clearly faulty',
    'lr-too-high.yield-sgd-momentum-mid': 'sgd 0.05 momentum 0.9 on yield: trains to 0.12 of the baseline; not faulty',
    'oscillating-loss.yield-momentum-batch8': 'swings between 0.15 and 1.15 but the median epoch-to-epoch change is only about 6% of the baseline; borderline',
    'oscillating-loss.frost-tanh-sgd-one': 'sgd 1 momentum 0.9 on frost: noisy but trains to 0.15 of the baseline',
    'oscillating-loss.rain-adam-third': 'adam 0.3 on rain: small wobble, ends at 0.46 of the baseline; borderline',
    'oscillating-loss.landcover-rmsprop-fast': 'rmsprop 0.05 on land cover: trains to 0.02 of the baseline with small wobble',
    'oscillating-loss.species-rmsprop-batch16': 'rmsprop 0.1 batch 16 on species: trains to 0.18 of the baseline with small wobble',
    'oscillating-loss.rain-adam-batch4': 'adam 0.05 batch 4 on rain: trains normally to 0.37 of the baseline',
    'oscillating-loss.rain-rmsprop-batch8': 'rmsprop 0.03 batch 8 on rain: trains normally to 0.33 of the baseline',
    'oscillating-loss.landcover-sgd-batch16': 'sgd 0.5 batch 16 on land cover: trains to 0.03 of the baseline, hardly any swing',
    'oscillating-loss.aqi-momentum-095': 'sgd 0.2 momentum 0.95 on air-quality bands: wobbles around 0.4 (healthy 0.26-0.31) with small swings; neither clean nor clearly oscillating',
    'loss-plateau.yield-weight-decay-one': 'adam weightDecay 1 on yield: the loss reaches 0.62 and then creeps up to 0.80; a slow rise, not a plateau',
    'loss-plateau.flood-dropout-bottleneck': 'dropout 0.8 after 8 units on flood: still improving at the end (0.65 of the baseline)',
    'loss-plateau.flood-heavy-dropout': 'dropout 0.9 plus weightDecay 0.3 on flood: plateaus at the baseline, but two faults at once make the verdict ambiguous',
    'loss-plateau.flood-keep-prob-dropout': 'dropout 0.9 (TF1 keep_prob habit) on flood: still improving at the end (0.71 of the baseline); not a plateau',
    'loss-plateau.yield-weight-decay-tenth': 'sgd momentum with weightDecay 0.5 on yield: flat at 0.57 of the baseline, close enough to a "learnt" loss to be ambiguous, and half the relus dead',
    'loss-plateau.species-relu-bias-negative': 'relu bias -4 on species: 63% of the units dead but the loss keeps falling to 0.25 of the baseline; ambiguous',
    'exploding-gradient.river-raw-rain-adam': 'raw rain mm with adam 0.001: gradient norms up to about 390 with spikes, but it trains to 0.08 of the baseline; ambiguous',
    'nan-loss.pm25-raw-sgd': 'raw traffic counts with sgd 0.01: diverges (loss 1e35 at the start, 1900x the baseline at the end) with all relus dead but no NaN; too many symptoms at once',
    'data-error.pilot-four-stations': 'a 4-row pilot CSV: the engine loads and trains it, so it is not demonstrably a data error',
    'dead-relu.river-sgd-fifth': 'sgd 0.2 on river level (meant to kill relus): trains to 0.02 of the baseline with at most 44% of the second layer dead; not faulty, not clean',
    'shape-mismatch.rain-two-sigmoids': 'two sigmoid outputs for a 0/1 target under bce: the engine accepts and trains it (0.38 of the baseline)',
}

def renamed(line, stem, filed):
    """The observe.ts line of candidate `stem`, naming the filed spec instead (same spec, same numbers)."""
    assert line.startswith(stem), (line, stem)
    return filed + line[len(stem):]

def observed():
    lines = {}
    for line in open(os.path.join(HERE, 'observed.txt')):
        s = line.strip()
        if not s:
            continue
        m = re.match(r'^([^ :]+?)(?:\.nn\.json)?[: ]', s)
        lines[m.group(1)] = s
    return lines

def main():
    obs = observed()
    stems = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    healthy = [s for s in stems if s.startswith('healthy.')]
    assigned = set(FAULTS) | set(DROPPED) | set(healthy)
    assert set(stems) == assigned, (set(stems) - assigned, assigned - set(stems))
    assert not (set(FAULTS) & set(DROPPED))
    for folder in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, folder), ignore_errors=True)
        os.makedirs(os.path.join(HERE, folder))
    faults, healthy_entries = [], []
    for stem, (code, slug, stage, catches, text) in FAULTS.items():
        rel = f'faulty/{code}.{slug}.nn.json'
        spec = json.load(open(os.path.join(CAND, stem + '.nn.json')))
        spec['name'] = slug
        with open(os.path.join(HERE, rel), 'w') as f:
            f.write(json.dumps(spec, indent=2) + '\n')
        faults.append({'file': rel, 'code': code, 'fault': f'{text} (observe: {renamed(obs[stem], stem, f"{code}.{slug}")})', 'stage': stage, 'catches': catches})
    for stem in healthy:
        slug = stem.split('.', 1)[1]
        rel = f'healthy/{slug}.nn.json'
        shutil.copy(os.path.join(CAND, stem + '.nn.json'), os.path.join(HERE, rel))
        spec = json.load(open(os.path.join(CAND, stem + '.nn.json')))
        healthy_entries.append({'file': rel, 'covers': f'{describe(spec)} (observe: {renamed(obs[stem], stem, slug)})'})
    for stem in DROPPED:
        shutil.copy(os.path.join(CAND, stem + '.nn.json'), os.path.join(HERE, 'dropped', stem + '.nn.json'))
    faults.sort(key=lambda e: e['file'])
    healthy_entries.sort(key=lambda e: e['file'])
    about = ('Forty-seventh fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
             'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
             'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
             'Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary '
             '(observed.txt); --curve for the lr-too-high, lr-too-low, oscillating and plateau candidates (observed-curves.txt); no diagnosis code '
             'involved. Candidates are filed by what the engine did, not by intent (a candidate meant as one fault that showed another is filed '
             'under the one it showed). Theme: environment, weather and agriculture, on this set\'s CSVs (crop_yield.csv: 400 plots, yield t/ha '
             'from rainfall mm, growing degree days, fertilizer kg/ha, soil pH; air_quality.csv: 500 station-days, heavy-tailed PM2.5 and a '
             '3-band class with a rare "unhealthy" band, from wind, humidity, traffic counts and day-of-year sine/cosine; rain_tomorrow.csv: 600 '
             'evenings, pressure in hPa, rain tomorrow 26%; river.csv: 450 hours, level in m and a flood class with 4% "flood"; landcover.csv: 480 '
             'pixels, 5 band reflectances and NDVI, 5 cover classes; frost.csv: 400 nights, Kelvin and Fahrenheit, 19% frost; species.csv: 350 '
             'sites, elevation in m, presence 43%; plus crop_yield_gaps.csv, river_export.csv and stations_sample.csv for data faults) and the '
             'builtins iris, sine, blobs, moons, circles, spirals. Data written by data/generate.ts; specs by author.ts; this manifest by '
             'write-manifest.py. See README.md for how it was written and what was read.')
    manifest = {'about': about, 'faults': faults, 'healthy': healthy_entries}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        f.write(json.dumps(manifest, indent=2, ensure_ascii=False) + '\n')
    counts = {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
    print(len(faults), 'faulty', len(healthy_entries), 'healthy', len(DROPPED), 'dropped')
    for k in sorted(counts):
        print(f'  {k}: {counts[k]}')

def describe(spec):
    d = spec['data']
    src = d.get('csv', '').replace('../data/', '') or ('builtin ' + d.get('builtin', 'inline'))
    if 'classes' in d:
        src += f" ({d['classes']} classes)"
    layers = ', '.join(
        f"dropout {l['rate']}" if l['type'] == 'dropout' else
        f"{l['units']} {l.get('activation', 'linear')}" + (' bn' if l.get('batchNorm') else '') + (f" {l['init']}" if 'init' in l else '')
        for l in spec['layers'])
    o = spec['optimizer']
    extras = ''.join(f", {k} {o[k]}" for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if k in o)
    t = spec['training']
    val = f", validationSplit {t['validationSplit']}" if 'validationSplit' in t else ''
    return (f"{src} {d.get('normalize', 'none')}, [{layers}], {spec['loss']}, {o['type']} {o['lr']}{extras}, "
            f"batch {t.get('batchSize', 32)}, {t['epochs']} epochs{val}")

if __name__ == '__main__':
    main()
