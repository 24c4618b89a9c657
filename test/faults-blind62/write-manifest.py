#!/usr/bin/env python3
"""Files the candidates of test/faults-blind62 by what the bare engine did and writes manifest.json.

Run from anywhere after author.ts and observe.ts (observed.txt): `python3 test/faults-blind62/write-manifest.py`.
Every verdict below was decided from observed.txt / observed-curves.txt (test/faults/observe.ts), never
from the product. Each candidate is copied to faulty/<code>.<slug>.nn.json, healthy/<slug>.nn.json or
dropped/<candidate>.nn.json; the manifest embeds the candidate's observed.txt line.
"""
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

# candidate -> (code, slug, stage, catches, fault text)
FAULTS = {
    # invalid-spec: habits carried over from Keras / pandas
    'invalid-spec.learning-rate-key': ('invalid-spec', 'learning-rate-key', 'static', ['invalid-spec'],
        'cancellation model with the optimizer rate written "learning_rate" (Keras habit) instead of "lr"'),
    'invalid-spec.batch-size-snake-case': ('invalid-spec', 'batch-size-snake-case', 'static', ['invalid-spec'],
        'flight-fare model with "batch_size" in the training block (snake case from a Python notebook) instead of "batchSize"'),
    'invalid-spec.keras-loss-name': ('invalid-spec', 'keras-loss-name', 'static', ['invalid-spec'],
        'no-show classifier with loss "binary_crossentropy" (the Keras name) instead of "bce"'),
    'invalid-spec.dropout-inside-dense': ('invalid-spec', 'dropout-inside-dense', 'static', ['invalid-spec'],
        'traveller-type classifier with "dropout": 0.3 written as a key of the dense layer instead of a separate dropout layer'),
    # data-error
    'data-error.kaggle-target-name': ('data-error', 'kaggle-target-name', 'static', ['data-error'],
        'target "is_canceled" copied from the public Kaggle hotel-bookings notebook; this property export calls the column "canceled"'),
    'data-error.pms-export-gaps': ('data-error', 'pms-export-gaps', 'static', ['data-error'],
        'property-management export with empty lead times and "NA" daily rates on some rows fed straight to the model'),
    'data-error.one-week-of-bookings': ('data-error', 'one-week-of-bookings', 'static', ['data-error'],
        'model trained on the first week of a new property: 3 bookings, none cancelled, far too few rows and a single class'),
    'data-error.next-year-file': ('data-error', 'next-year-file', 'static', ['data-error'],
        'spec points at flights_2024.csv, a file that was never exported (the data is flights.csv)'),
    'data-error.feature-renamed': ('data-error', 'feature-renamed', 'static', ['data-error'],
        'daily-rate model listing a "room_type" feature; the export one-hot encodes it as room_standard/room_deluxe/room_suite'),
    # shape-mismatch
    'shape-mismatch.traveller-three-units': ('shape-mismatch', 'traveller-three-units', 'static', ['shape-mismatch'],
        'traveller type has four classes (business, family, couple, solo) but the softmax output has 3 units (solo forgotten)'),
    'shape-mismatch.fare-three-outputs': ('shape-mismatch', 'fare-three-outputs', 'static', ['shape-mismatch'],
        'fare regression (one target) with a 3-unit output layer left from the seat-class classifier it was copied from'),
    'shape-mismatch.seat-class-two-units': ('shape-mismatch', 'seat-class-two-units', 'static', ['shape-mismatch'],
        'seat class one-hot in three columns (economy, premium, business) but a 2-unit softmax output'),
    # loss-activation-mismatch
    'loss-activation-mismatch.rate-sigmoid-output': ('loss-activation-mismatch', 'rate-sigmoid-output', 'static', ['loss-activation-mismatch'],
        'average daily rate (35-520 in currency, target not rescaled) regressed through a sigmoid output that cannot exceed 1'),
    'loss-activation-mismatch.noshow-linear-bce': ('loss-activation-mismatch', 'noshow-linear-bce', 'static', ['loss-activation-mismatch'],
        'no-show classifier with bce on a linear output unit (sigmoid forgotten), so the "probability" is unbounded'),
    'loss-activation-mismatch.traveller-sigmoid-cce': ('loss-activation-mismatch', 'traveller-sigmoid-cce', 'static', ['loss-activation-mismatch'],
        'traveller-type classifier with four sigmoid outputs under cce: the loss falls to ~0 while accuracy stays near 0.58'),
    'loss-activation-mismatch.rating-sigmoid-output': ('loss-activation-mismatch', 'rating-sigmoid-output', 'static', ['loss-activation-mismatch'],
        'guest rating 1-10 (raw target) regressed through a sigmoid output bounded to (0, 1)'),
    # init-symmetry
    'init-symmetry.cancel-zeros': ('init-symmetry', 'cancel-zeros', 'static', ['init-symmetry'],
        'cancellation model with both ReLU hidden layers initialised to zeros: every hidden unit outputs 0 and never gets a gradient'),
    'init-symmetry.fare-constant-tanh': ('init-symmetry', 'fare-constant-tanh', 'static', ['init-symmetry'],
        'fare model whose 32-unit tanh hidden layer is initialised to the constant 0.05: all units stay identical, the layer acts as one unit (loss ~3x the healthy tanh net)'),
    'init-symmetry.city-ring-constant': ('init-symmetry', 'city-ring-constant', 'static', ['init-symmetry'],
        'inside/outside-the-city-ring zones (circles) with both ReLU layers initialised to constant 0.1: identical units cannot draw the ring'),
    'init-symmetry.occupancy-zeros-elu': ('init-symmetry', 'occupancy-zeros-elu', 'static', ['init-symmetry'],
        'occupancy regression with both ELU hidden layers initialised to zeros: the loss never leaves the baseline'),
    # init-scale
    'init-scale.cancel-normal-std-3': ('init-scale', 'cancel-normal-std-3', 'static', ['init-scale', 'saturated-activation'],
        'cancellation model with tanh layers of 64 and 32 units initialised normal std 3 (Glorot would be ~0.16): the hidden tanh units sit pinned at +-1'),
    'init-scale.occupancy-deep-tiny-uniform': ('init-scale', 'occupancy-deep-tiny-uniform', 'static', ['init-scale', 'vanishing-gradient'],
        'four ReLU layers of 32 initialised uniform +-0.001: the signal and the gradients vanish and the occupancy loss stays at the baseline'),
    'init-scale.fare-wide-std-1': ('init-scale', 'fare-wide-std-1', 'static', ['init-scale', 'exploding-gradient'],
        'fare model with ReLU layers of 128 and 64 units initialised normal std 1 (He would be ~0.5 and ~0.13): outputs and gradients blow up to NaN in the first epoch'),
    # no-nonlinearity
    'no-nonlinearity.city-ring-no-activation': ('no-nonlinearity', 'city-ring-no-activation', 'static', ['no-nonlinearity'],
        'inside/outside-the-city-ring zones (circles) with a linear hidden layer: the model is linear and stays at chance'),
    'no-nonlinearity.fare-linear-hidden': ('no-nonlinearity', 'fare-linear-hidden', 'static', ['no-nonlinearity'],
        'fare (multiplicative in distance, class and days before departure) with two linear hidden layers: stuck at ~0.2 of the baseline where the ReLU net reaches 0.01'),
    'no-nonlinearity.resort-zones-linear': ('no-nonlinearity', 'resort-zones-linear', 'static', ['no-nonlinearity'],
        'two interleaved resort zones (moons) with linear hidden layers of 16 and 8: only a straight boundary, loss 0.37 of the baseline where tanh reaches 0.06'),
    'no-nonlinearity.occupancy-linear-hidden': ('no-nonlinearity', 'occupancy-linear-hidden', 'static', ['no-nonlinearity'],
        'occupancy (weekday and month effects are not linear) with linear hidden layers of 16 and 8: a linear regression in disguise, 0.29 of the baseline where the ReLU nets reach 0.16-0.24'),
    # lr-out-of-range
    'lr-out-of-range.adam-lr-10': ('lr-out-of-range', 'adam-lr-10', 'static', ['lr-out-of-range', 'lr-too-high'],
        'Adam with lr 10 (meant 1e-3): no Adam run can use it; first-epoch loss 354 (baseline 0.60), and it ends above the baseline'),
    'lr-out-of-range.sgd-lr-1e-8': ('lr-out-of-range', 'sgd-lr-1e-8', 'static', ['lr-out-of-range', 'lr-too-low'],
        'SGD with lr 1e-8 (exponent typed wrong): the fare loss does not move in 150 epochs'),
    'lr-out-of-range.rmsprop-lr-25': ('lr-out-of-range', 'rmsprop-lr-25', 'static', ['lr-out-of-range', 'lr-too-high'],
        'RMSprop with lr 25 (a percentage typed as a rate): occupancy loss at 1e9 in the first epoch, the ReLU layer dies'),
    # dead-relu
    'dead-relu.cancel-negative-bias': ('dead-relu', 'cancel-negative-bias', 'probe', ['dead-relu'],
        'cancellation model with ReLU biases set to -4 ("to sparsify"): the second layer is all dead and the loss stays at the baseline'),
    'dead-relu.occupancy-minmax-bias-minus-one': ('dead-relu', 'occupancy-minmax-bias-minus-two', 'probe', ['dead-relu'],
        'occupancy with min-max features in [0, 1] and ReLU biases of -2: 88% of the first and all of the second layer never fire'),
    'dead-relu.arrivals-sgd-big-step': ('dead-relu', 'arrivals-raw-target-sgd', 'probe', ['dead-relu', 'lr-too-high', 'exploding-gradient'],
        'tourist arrivals in thousands (target not rescaled) with SGD 0.01: the first steps overshoot and the second ReLU layer dies for good, loss at the baseline'),
    'nan-loss.fare-raw-sgd': ('dead-relu', 'fare-raw-inputs-sgd', 'probe', ['dead-relu', 'exploding-gradient'],
        'fares regressed on raw distance in km and raw fare with SGD: one huge first step kills every ReLU unit and the loss sits at the baseline'),
    'nan-loss.adr-epoch-column-momentum': ('dead-relu', 'adr-epoch-column', 'probe', ['dead-relu', 'exploding-gradient'],
        'daily rate with the booking date as a raw Unix epoch (~1.7e9) among the features, unnormalized: the ReLU layer dies after the first step'),
    # exploding-gradient
    'exploding-gradient.adr-raw-features-rmsprop': ('exploding-gradient', 'adr-raw-epoch-rmsprop', 'probe', ['exploding-gradient'],
        'daily rate with the raw booking epoch (~1.7e9) among unnormalized features: gradient norms of 1e9-1e17, the loss ends at 5e12x the baseline'),
    'exploding-gradient.fare-raw-target-adam': ('exploding-gradient', 'fare-raw-target-adam', 'probe', ['exploding-gradient'],
        'fares in currency (65-2900) used as the target without normalizeTarget: gradient norms up to 1e5, the loss stays at 0.15 of the baseline'),
    'exploding-gradient.occupancy-raw-target-deep-sgd': ('exploding-gradient', 'occupancy-raw-target-deep-sgd', 'probe', ['exploding-gradient', 'dead-relu', 'lr-too-high'],
        'occupancy in % as a raw target through three ReLU layers with SGD momentum: gradient norm ~7000 in the first epoch, then two layers die'),
    # vanishing-gradient
    'vanishing-gradient.cancel-deep-sigmoid': ('vanishing-gradient', 'cancel-deep-sigmoid', 'probe', ['vanishing-gradient'],
        'six sigmoid hidden layers for cancellation with plain SGD: first-layer gradients ~1e-5, 1e-4 of the last, loss at the baseline'),
    'vanishing-gradient.occupancy-deep-sigmoid-adam': ('vanishing-gradient', 'occupancy-deep-sigmoid-sgd', 'probe', ['vanishing-gradient'],
        'seven sigmoid hidden layers for occupancy with plain SGD: first-layer gradients ~1e-5..1e-4, loss at the baseline'),
    'vanishing-gradient.rating-deep-sigmoid-momentum': ('vanishing-gradient', 'rating-deep-sigmoid-momentum', 'probe', ['vanishing-gradient'],
        'six sigmoid hidden layers for the guest rating with SGD momentum: first-layer gradients ~1e-3 of the last, loss at the baseline'),
    # nan-loss
    'nan-loss.fare-raw-leaky-sgd': ('nan-loss', 'fare-raw-leaky-sgd', 'probe', ['nan-loss', 'exploding-gradient'],
        'fare regressed on raw km and raw fare with leaky ReLU and SGD 0.01: the loss is NaN in the first epoch'),
    'nan-loss.adr-epoch-elu-momentum': ('nan-loss', 'adr-epoch-elu-momentum', 'probe', ['nan-loss', 'exploding-gradient'],
        'daily rate with the raw booking epoch as a feature, ELU and SGD momentum: NaN in the first epoch'),
    'nan-loss.arrivals-linear-raw-year': ('nan-loss', 'arrivals-linear-raw-year', 'probe', ['nan-loss', 'exploding-gradient'],
        'linear regression of arrivals on the raw year (~2000) and raw target with SGD 0.001: NaN in the first epoch'),
    'lr-too-high.occupancy-sgd-momentum-0.5': ('nan-loss', 'occupancy-sgd-momentum-0.5', 'probe', ['nan-loss', 'lr-too-high', 'exploding-gradient'],
        'occupancy with SGD lr 0.5 and momentum 0.9: the loss reaches 6e7 in the first epoch and NaN in the third'),
    'oscillating-loss.rating-sgd-momentum-batch-8': ('nan-loss', 'rating-sgd-momentum-batch-8', 'training', ['nan-loss', 'lr-too-high'],
        'guest rating with SGD lr 0.1, momentum 0.9 and batches of 8: trains for a while, then the loss turns NaN at epoch 20'),
    # lr-too-high
    'lr-too-high.cancel-adam-0.5': ('lr-too-high', 'cancel-adam-0.5', 'probe', ['lr-too-high', 'dead-relu'],
        'cancellation with Adam lr 0.5: the loss reaches 0.44, climbs back to ~0.59 (the baseline is 0.60) and stays; 94% of the second layer dies'),
    'lr-too-high.adr-rmsprop-0.1': ('lr-too-high', 'adr-rmsprop-0.1', 'probe', ['lr-too-high', 'dead-relu', 'oscillating-loss'],
        'daily rate with RMSprop lr 0.1: update ratios up to 0.4, the loss jumps between 0.08 and 0.38 and 92% of the second ReLU layer dies (the healthy net reaches 0.02)'),
    'lr-too-high.rating-rmsprop-0.3': ('lr-too-high', 'rating-rmsprop-0.3', 'probe', ['lr-too-high', 'oscillating-loss'],
        'guest rating with RMSprop lr 0.3: the loss jumps between 0.3 and 14x the baseline and ends at 6.9x'),
    'oscillating-loss.arrivals-momentum-0.99': ('lr-too-high', 'arrivals-momentum-0.99', 'probe', ['lr-too-high'],
        'arrivals with SGD lr 0.05 and momentum 0.99: the loss is lowest at epoch 2 and then diverges to 1e27 by epoch 150'),
    # lr-too-low
    'lr-too-low.cancel-sgd-1e-4': ('lr-too-low', 'cancel-sgd-1e-4', 'probe', ['lr-too-low'],
        'cancellation with plain SGD lr 1e-4 for 60 epochs: loss 0.89 -> 0.85, still above the baseline 0.60'),
    'lr-too-low.fare-adam-1e-5': ('lr-too-low', 'fare-adam-1e-5', 'probe', ['lr-too-low'],
        'fare with Adam lr 1e-5 for 50 epochs: loss 1.63 -> 1.16, above the baseline, where lr 3e-3 reaches 0.01'),
    'lr-too-low.traveller-rmsprop-2e-5': ('lr-too-low', 'traveller-rmsprop-2e-5', 'probe', ['lr-too-low'],
        'traveller type with RMSprop lr 2e-5 for 40 epochs: loss 1.57 -> 1.35 (baseline 1.39), accuracy 0.47'),
    'lr-too-low.arrivals-sgd-1e-4': ('lr-too-low', 'arrivals-sgd-1e-4', 'probe', ['lr-too-low'],
        'arrivals with plain SGD lr 1e-4 for 80 epochs: loss still 0.84 of the baseline where the same net reaches 0.02'),
    # saturated-activation
    'saturated-activation.rating-sigmoid-raw-price': ('saturated-activation', 'rating-sigmoid-raw-price', 'probe', ['saturated-activation'],
        'guest rating from raw price paid (hundreds to thousands) and km from home into a sigmoid layer: every unit pinned, loss at the baseline'),
    'saturated-activation.fare-tanh-raw-distance': ('saturated-activation', 'fare-tanh-raw-distance', 'probe', ['saturated-activation'],
        'fare from raw distance in km (250-15500) into tanh layers, features not normalized: the first layer is 100% saturated, loss 0.84 of the baseline'),
    'saturated-activation.occupancy-tanh-raw-price': ('saturated-activation', 'occupancy-tanh-raw-price', 'probe', ['saturated-activation'],
        'occupancy from raw room price (~50-200) into a tanh layer: 100% saturated, gradient 0, loss at the baseline'),
    'nan-loss.arrivals-raw-year': ('saturated-activation', 'arrivals-raw-year-tanh', 'probe', ['saturated-activation'],
        'arrivals from the raw year (~2000) into a tanh layer: every unit pinned at +-1 from the start, the loss stays at the baseline'),
    'loss-plateau.occupancy-sigmoid-raw-sgd': ('saturated-activation', 'occupancy-sigmoid-raw-price', 'probe', ['saturated-activation', 'loss-plateau'],
        'occupancy from raw price into two sigmoid layers with SGD: 94% of the first layer saturated, loss 0.98 of the baseline after 150 epochs'),
    # loss-plateau
    'loss-plateau.cancel-heavy-weight-decay': ('loss-plateau', 'cancel-weight-decay-2', 'training', ['loss-plateau'],
        'cancellation with weightDecay 2 (meant 2e-4): the weights are held near zero and the loss sits on the baseline for 100 epochs'),
    'loss-plateau.cancel-id-columns-only': ('loss-plateau', 'cancel-id-columns-only', 'training', ['loss-plateau'],
        'features list picked the booking id, booking epoch and hotel code (the identifier columns) instead of the booking attributes: the loss stays at 0.99 of the baseline'),
    'loss-plateau.traveller-weight-decay-0.5': ('loss-plateau', 'traveller-weight-decay-0.5', 'training', ['loss-plateau'],
        'traveller type with SGD weightDecay 0.5: flat at ~0.85 of the baseline from epoch 5 on, accuracy 0.56 where the healthy net reaches 0.98'),
    'loss-plateau.rating-price-only': ('loss-plateau', 'rating-price-only', 'training', ['loss-plateau'],
        'guest rating predicted from price paid and nights only (the room and staff scores left out of "features"): flat at 0.98 of the baseline'),
    # oscillating-loss
    'oscillating-loss.fare-rmsprop-0.1-tanh': ('oscillating-loss', 'fare-rmsprop-0.1-tanh', 'training', ['oscillating-loss', 'lr-too-high'],
        'fare with RMSprop lr 0.1 on a tanh layer: the loss flips between ~0.15 and ~0.55 of the baseline almost every epoch (the healthy net reaches 0.01)'),
    'oscillating-loss.adr-adam-0.3-tanh': ('oscillating-loss', 'adr-adam-0.3-tanh', 'training', ['oscillating-loss', 'lr-too-high'],
        'daily rate with Adam lr 0.3 on a tanh layer: the loss swings between 0.06 and 0.44 of the baseline without settling'),
    'oscillating-loss.rating-adam-0.2-tanh': ('oscillating-loss', 'rating-adam-0.2-tanh', 'training', ['oscillating-loss', 'lr-too-high'],
        'guest rating with Adam lr 0.2 on a tanh layer: the loss swings between 0.16 and 0.37 of the baseline without settling (the healthy ReLU net reaches 0.13)'),
    'lr-too-high.occupancy-adam-0.3-tanh': ('oscillating-loss', 'occupancy-adam-0.3-tanh', 'training', ['oscillating-loss', 'lr-too-high'],
        'occupancy with Adam lr 0.3 on a tanh layer: the loss swings between 0.30 and 0.63 of the baseline for 100 epochs'),
}

# candidates filed healthy -> what they cover (the observe line is appended)
HEALTHY_DROP = {
    'healthy.noshow-rmsprop-wd': 'borderline: the rare-class loss ends at 0.71 of the baseline with accuracy at the prior (0.962); not clearly healthy',
}

DROPPED = {
    'shape-mismatch.cancel-two-sigmoid': 'two sigmoid outputs under bce: the engine accepted it and trained it well (0.38 of the baseline), so it does not show a fault',
    'init-symmetry.traveller-constant-relu': 'constant init, but one effective unit is enough for the four traveller types: it trained to 0.03 of the baseline',
    'no-nonlinearity.cancel-linear-hidden': 'linear hidden layers on a logistic-shaped cancellation rule: 0.48 of the baseline, too close to the healthy tanh net (0.43) to show the fault',
    'no-nonlinearity.traveller-activation-omitted': 'activation omitted, but the traveller types are separable linearly: 0.03 of the baseline',
    'dead-relu.fare-raw-target-adam-high': 'only 44% of one layer dead and the loss reaches 0.02 of the baseline: not a clear dead-relu',
    'exploding-gradient.occupancy-deep-clipless-sgd': 'gradient norms up to ~900 but the loss reaches 0.21 of the baseline: not clear',
    'vanishing-gradient.traveller-deep-tanh-small-init': 'trained to 0.04 of the baseline: the gradients did not vanish',
    'lr-too-high.traveller-sgd-3': 'SGD lr 3 trained to 0.03 of the baseline with no swing',
    'lr-too-high.seat-class-adam-0.5': 'Adam lr 0.5 still reached loss ~0, accuracy 1.0',
    'loss-plateau.fare-dropout-0.9': 'dropout 0.9: noisy and still slowly improving (0.65 of the baseline); neither a clear plateau nor a clear oscillation',
    'oscillating-loss.noshow-rmsprop-0.05': 'swings of ~3% of the baseline while still improving: not a clear oscillation',
    'oscillating-loss.occupancy-adam-full-batch': 'a few early swings, then a smooth descent to 0.19 of the baseline',
    'oscillating-loss.rating-sgd-batch-1': 'batch-1 noise of ~2% of the baseline around 0.19: not a clear oscillation',
    'oscillating-loss.arrivals-rmsprop-0.03': 'small noise around 0.03 of the baseline: trains well',
    'oscillating-loss.occupancy-rmsprop-0.02': 'small noise while improving to 0.23 of the baseline',
    'oscillating-loss.cancel-adam-0.05-full-batch': 'full-batch Adam (lr 0.2 despite the name) descended smoothly to 0.11 of the baseline',
    'oscillating-loss.arrivals-linear-sgd-edge': 'SGD at the edge of stability still converged to 0.02 of the baseline',
    'oscillating-loss.fare-momentum-0.99': 'one bump (0.02 -> 0.10 -> 0.015) and a good final loss: not a clear oscillation',
    'oscillating-loss.traveller-adam-0.3-tanh': 'swings of only ~2-10% of the baseline with accuracy 0.98: borderline',
}
DROPPED.update(HEALTHY_DROP)


def observed_lines():
    lines = {}
    with open(os.path.join(HERE, 'observed.txt')) as f:
        for raw in f:
            line = raw.strip()
            if not line:
                continue
            m = re.match(r'^([^\s:]+?)(?:\.nn\.json)?[: ]', line)
            if m:
                lines[m.group(1)] = line
    return lines


def covers(name, spec):
    data = spec['data']
    if 'csv' in data:
        src = os.path.basename(data['csv'])
        norm = data.get('normalize', 'none')
        tnorm = data.get('normalizeTarget')
        src += f' {norm}' + (f' target {tnorm}' if tnorm else '')
    elif 'builtin' in data:
        src = f"builtin {data['builtin']}"
    else:
        src = 'inline table'
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
        else:
            extra = []
            init = l.get('init')
            if init:
                extra.append(init if isinstance(init, str) else init.get('name'))
            if l.get('batchNorm'):
                extra.append('bn')
            if 'bias' in l:
                extra.append(f"bias {l['bias']}")
            layers.append(f"{l['units']} {l.get('activation', 'linear')}" + (f" ({', '.join(extra)})" if extra else ''))
    o = spec['optimizer']
    opt = f"{o['type']} {o['lr']}" + ''.join(f", {k} {o[k]}" for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if k in o)
    t = spec['training']
    return f"{src}, [{', '.join(layers)}], {spec['loss']}, {opt}, batch {t['batchSize']}, {t['epochs']} epochs"


def main():
    obs = observed_lines()
    cands = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    for d in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
        os.makedirs(os.path.join(HERE, d))
    faults, healthy, dropped = [], [], []
    for c in cands:
        src = os.path.join(CAND, c + '.nn.json')
        line = obs[c]
        if c in FAULTS:
            code, slug, stage, catches, text = FAULTS[c]
            assert code in catches, c
            rel = f'faulty/{code}.{slug}.nn.json'
            shutil.copy(src, os.path.join(HERE, rel))
            faults.append({'file': rel, 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': catches})
        elif c in DROPPED:
            shutil.copy(src, os.path.join(HERE, 'dropped', c + '.nn.json'))
            dropped.append((c, DROPPED[c]))
        elif c.startswith('healthy.'):
            slug = c[len('healthy.'):]
            rel = f'healthy/{slug}.nn.json'
            shutil.copy(src, os.path.join(HERE, rel))
            with open(src) as f:
                spec = json.load(f)
            healthy.append({'file': rel, 'covers': f'{covers(c, spec)} (observe: {line})'})
        else:
            raise SystemExit(f'no verdict for {c}')
    for c in list(FAULTS) + list(DROPPED):
        assert c in cands, f'verdict for a missing candidate {c}'
    about = ('Sixty-second fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
             'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
             'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" text (and each '
             'healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt); --curve for the '
             'lr-too-high, lr-too-low, plateau and oscillating ones (observed-curves.txt); no diagnosis code involved. Theme: travel, hotels and '
             'tourism, on this set\'s CSVs (hotel_bookings.csv: 640 bookings with a booking id, a Unix-epoch booking date, skewed lead times, room '
             'one-hot, daily rate in currency, a constant hotel code, cancellation ~29%; flights.csv: 560 fares, heavy-tailed, with km and seat '
             'class; reviews.csv: 600 reviews, rating 1-10 and four traveller types as strings; arrivals.csv: 240 months of tourist arrivals; '
             'occupancy.csv: 500 nights of occupancy in %; noshows.csv: 900 bookings with 4% no-shows; plus a gappy export and a 3-row file) and '
             'the builtins iris, sine, blobs, circles and moons recast as travel problems, plus one inline table. Data written by data/generate.ts, '
             'candidates by author.ts, verdicts and this manifest by write-manifest.py. See README.md.')
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    counts = {}
    for x in faults:
        counts[x['code']] = counts.get(x['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(dropped)} dropped')
    for k in sorted(counts):
        print(f'  {k}: {counts[k]}')
    for c, why in dropped:
        print(f'  dropped {c}: {why}')


main()
