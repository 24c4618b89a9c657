#!/usr/bin/env python3
"""Files the candidates of test/faults-blind78 by what the bare engine showed and writes manifest.json.

Run after author.ts and the observe.ts runs: `python3 test/faults-blind78/write-manifest.py`.
Verdicts below were decided from observed.txt (--summary) and observed-curves.txt (--curve);
each manifest entry ends with that spec's observed.txt line.
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

ST, PR, TR = 'static', 'probe', 'training'

# candidate -> (code, slug, stage, catches, fault)
FAULTS = {
    'invalid-spec.activation-relu-capital': ('invalid-spec', 'activation-relu-capital', ST, ['invalid-spec'],
        'mill defect classifier with the hidden activation written "ReLU" (framework class-name habit)'),
    'invalid-spec.learning-rate-key': ('invalid-spec', 'learning-rate-key', ST, ['invalid-spec'],
        'weekly-demand model whose optimizer sets "learning_rate" instead of "lr" (Keras keyword)'),
    'invalid-spec.neurons-key': ('invalid-spec', 'neurons-key', ST, ['invalid-spec'],
        'fit-outcome classifier whose first dense layer says "neurons": 16 instead of "units"'),
    'invalid-spec.optimizer-adamw': ('invalid-spec', 'optimizer-adamw', ST, ['invalid-spec'],
        'dye-lot delta E regression asking for optimizer "adamw", which the engine does not have'),
    'invalid-spec.loss-crossentropy': ('invalid-spec', 'loss-crossentropy', ST, ['invalid-spec'],
        'defect-type classifier with loss "categorical_crossentropy" instead of "cce"'),
    'data-error.target-missing-unit': ('data-error', 'target-missing-unit', ST, ['data-error'],
        'fabric-strength regression with target "strength" while the mill log column is "strength_n"'),
    'data-error.na-humidity': ('data-error', 'na-humidity', ST, ['data-error'],
        'fabric-strength regression on the mill log export whose humidity column has "NA" cells after a sensor outage'),
    'data-error.string-feature': ('data-error', 'string-feature', ST, ['data-error'],
        'fabric-strength regression that lists the string defect column ("broken_pick", "stain") among its features'),
    'data-error.lot-column-string': ('data-error', 'lot-column-string', ST, ['data-error'],
        'dye-lot regression without a "features" list, so the lot code column ("D2300") is read as a feature'),
    'data-error.wrong-file': ('data-error', 'wrong-file', ST, ['data-error'],
        'fraud-return classifier pointing at "../data/return.csv" (the file is returns.csv)'),
    'shape-mismatch.defect-three-units': ('shape-mismatch', 'defect-three-units', ST, ['shape-mismatch'],
        'defect-type classifier with 3 softmax outputs for the 4 defect classes (none, broken_pick, slub, stain)'),
    'shape-mismatch.fit-five-sizes': ('shape-mismatch', 'fit-five-sizes', ST, ['shape-mismatch'],
        'fit-outcome classifier with 5 softmax outputs (one per size band) for the 3 fit classes'),
    'shape-mismatch.demand-two-outputs': ('shape-mismatch', 'demand-two-outputs', ST, ['shape-mismatch'],
        'weekly-demand regression with a 2-unit output layer for the single units_sold target'),
    'shape-mismatch.onehot-two-units': ('shape-mismatch', 'onehot-two-units', ST, ['shape-mismatch'],
        'fit classifier on three one-hot target columns with a 2-unit softmax output'),
    'loss-activation-mismatch.fraud-linear-bce': ('loss-activation-mismatch', 'fraud-linear-bce', ST, ['loss-activation-mismatch'],
        'fraud-return classifier with bce on a linear output unit (no sigmoid): loss ends far above the prior'),
    'loss-activation-mismatch.demand-sigmoid-out': ('loss-activation-mismatch', 'demand-sigmoid-out', ST, ['loss-activation-mismatch'],
        'standardised weekly-demand regression with a sigmoid output, which cannot reach the negative targets'),
    'loss-activation-mismatch.fit-softmax-mse': ('loss-activation-mismatch', 'fit-softmax-mse', ST, ['loss-activation-mismatch'],
        'fit classifier on one-hot columns with a softmax output trained under mse instead of cce'),
    'loss-activation-mismatch.defect-sigmoid-cce': ('loss-activation-mismatch', 'defect-sigmoid-cce', ST, ['loss-activation-mismatch'],
        'defect-type classifier with 4 sigmoid outputs under cce: the loss collapses to ~0 while accuracy stays at 0.46'),
    'init-symmetry.zeros-hidden': ('init-symmetry', 'zeros-hidden', ST, ['init-symmetry'],
        'fabric-strength regression with both tanh hidden layers initialised to zeros: stuck at the baseline'),
    'init-symmetry.constant-fit': ('init-symmetry', 'constant-fit', ST, ['init-symmetry'],
        'fit classifier whose relu hidden layer is initialised to the constant 0.1, so its 16 units stay identical (here one effective unit still reaches 0.27 of the baseline)'),
    'init-symmetry.constant-dye': ('init-symmetry', 'constant-dye', ST, ['init-symmetry'],
        'dye-lot regression with a tanh hidden layer initialised to the constant 0.05: 24 identical units, ends at 0.40 of the baseline against ~0.05 for the same net with Xavier'),
    'init-scale.normal-std-3': ('init-scale', 'normal-std-3', ST, ['init-scale'],
        'weekly-demand relu net initialised normal std 3 on every layer (He would be ~0.25-0.6): NaN in the first epoch'),
    'init-scale.uniform-tiny-deep': ('init-scale', 'uniform-tiny-deep', ST, ['init-scale', 'vanishing-gradient'],
        'deep tanh defect classifier initialised uniform limit 1e-4: signals and gradients vanish, stuck at the prior'),
    'init-scale.normal-std-2-tanh': ('init-scale', 'normal-std-2-tanh', ST, ['init-scale', 'saturated-activation'],
        'fit classifier with two 32-unit tanh layers initialised normal std 2: the second layer saturates (0.87) and training stalls at 0.45 of the baseline'),
    'exploding-gradient.init-std-deep': ('init-scale', 'normal-std-1.5-deep', ST, ['init-scale'],
        'deep 32-unit relu defect classifier initialised normal std 1.5 (He ~0.25): first loss 313, ends above the prior'),
    'no-nonlinearity.dye-linear-stack': ('no-nonlinearity', 'dye-linear-stack', ST, ['no-nonlinearity'],
        'dye-lot delta E (a |pH - 5.5| term) regressed by 32-16 linear hidden layers: ends at 0.73 of the baseline'),
    'no-nonlinearity.circles-linear': ('no-nonlinearity', 'circles-linear', ST, ['no-nonlinearity'],
        'print-registration circles with two linear hidden layers: stays at chance'),
    'no-nonlinearity.defaults-omitted': ('no-nonlinearity', 'defaults-omitted', ST, ['no-nonlinearity'],
        'fit classifier whose hidden layers omit "activation" (so linear); the banded fit classes are partly linearly separable, so it still reaches 0.34 of the baseline'),
    'lr-out-of-range.adam-lr-5': ('lr-out-of-range', 'adam-lr-5', ST, ['lr-out-of-range', 'lr-too-high'],
        'defect classifier with adam lr 5'),
    'lr-out-of-range.sgd-lr-150': ('lr-out-of-range', 'sgd-lr-150', ST, ['lr-out-of-range', 'lr-too-high'],
        'weekly-demand regression with sgd lr 150 (a typo for 0.150 / 1.50)'),
    'lr-out-of-range.rmsprop-lr-1e-9': ('lr-out-of-range', 'rmsprop-lr-1e-9', ST, ['lr-out-of-range', 'lr-too-low'],
        'fit classifier with rmsprop lr 1e-9'),
    'dead-relu.bias-minus-4': ('dead-relu', 'bias-minus-4', PR, ['dead-relu'],
        'fabric-strength regression with relu biases initialised at -4 on standardised inputs: the second layer is all dead, loss at the baseline'),
    'dead-relu.bias-minus-2-defect': ('dead-relu', 'bias-minus-2.5-defect', PR, ['dead-relu'],
        'defect classifier with relu biases at -2.5: the second layer is all dead from the start, stuck at the prior'),
    'dead-relu.high-lr-fit': ('dead-relu', 'high-lr-fit', PR, ['dead-relu', 'lr-too-high'],
        'fit classifier, plain sgd lr 2: the second relu layer dies entirely and the loss ends above the prior'),
    'nan-loss.raw-strength-momentum': ('dead-relu', 'raw-strength-momentum', PR, ['dead-relu', 'exploding-gradient'],
        'fabric-strength regression on raw mill units (twist in hundreds, strength ~900 N, no normalisation) with momentum sgd: the first steps blow up and every relu unit is left dead'),
    'nan-loss.returns-order-value-sgd': ('dead-relu', 'returns-raw-sgd', PR, ['dead-relu', 'exploding-gradient'],
        'fraud-return classifier on raw order values and account ages in days (no normalisation), sgd 0.5: the hidden relu layer dies in the first epoch, loss at the prior'),
    'exploding-gradient.timestamp-feature': ('exploding-gradient', 'timestamp-feature', PR, ['exploding-gradient'],
        'fabric-strength regression with the raw epoch timestamp (~1.7e9) among unnormalised features: gradient norms up to 6e16'),
    'exploding-gradient.raw-target-sgd': ('exploding-gradient', 'raw-target-sgd', PR, ['exploding-gradient'],
        'weekly-demand regression with standardised features but units_sold left raw (no normalizeTarget), momentum sgd: output gradient up to 1.7e9'),
    'exploding-gradient.raw-features-deep': ('exploding-gradient', 'raw-features-deep', PR, ['exploding-gradient'],
        'deep relu weekly-demand net on raw prices and stock in the thousands, raw target: gradient norms ~4e4 in the upper layers'),
    'nan-loss.raw-demand-sgd': ('exploding-gradient', 'raw-demand-sgd', PR, ['exploding-gradient'],
        'weekly-demand regression with nothing normalised, sgd 0.01: first loss 7e25, gradient norms up to 1e12, loss 1e6x the baseline'),
    'vanishing-gradient.deep-sigmoid': ('vanishing-gradient', 'deep-sigmoid', PR, ['vanishing-gradient'],
        'defect classifier with six 8-unit sigmoid layers and plain sgd: first-layer gradient ~1e-4, stuck at the prior'),
    'vanishing-gradient.deep-sigmoid-fit': ('vanishing-gradient', 'deep-sigmoid-fit', PR, ['vanishing-gradient'],
        'fit classifier with five 16-unit sigmoid layers: first-layer gradient ~1e-5, stuck at the prior'),
    'vanishing-gradient.deep-tanh-tiny': ('vanishing-gradient', 'deep-tanh-tiny', PR, ['vanishing-gradient', 'init-scale'],
        'dye-lot regression with four tanh layers initialised normal std 0.05 and plain sgd: first-layer gradient ~1e-3 against 0.4 at the top, stuck at the baseline'),
    'nan-loss.stock-target-sgd': ('nan-loss', 'stock-target-sgd', PR, ['nan-loss', 'exploding-gradient'],
        'stock-level regression with stock_units (in the thousands) as a raw target, sgd 0.05: NaN in the first epoch'),
    'dead-relu.raw-stock-sgd': ('nan-loss', 'raw-stock-relu', PR, ['nan-loss', 'exploding-gradient'],
        'weekly-demand regression with the target standardised but raw features (stock in the thousands), sgd: NaN in the first epoch'),
    'lr-too-high.sgd-1.5-dye': ('nan-loss', 'dye-sgd-1.5', PR, ['nan-loss', 'lr-too-high'],
        'dye-lot regression with plain sgd lr 1.5 on mini-batches of 32: loss 2e15, then NaN at epoch 3'),
    'lr-too-high.adam-0.3-defect': ('lr-too-high', 'adam-0.3-defect', TR, ['lr-too-high'],
        'defect classifier with adam lr 0.3: the loss swings near the prior, rises from 0.78 to 1.27 and a relu layer dies'),
    'lr-too-high.adam-0.5-fit': ('lr-too-high', 'adam-0.5-fit', TR, ['lr-too-high', 'oscillating-loss'],
        'fit classifier with adam lr 0.5: the loss swings between 0.32 and 0.77 and most relu units die'),
    'oscillating-loss.momentum-099': ('lr-too-high', 'momentum-099', TR, ['lr-too-high', 'nan-loss'],
        'weekly-demand regression with sgd lr 0.05 and momentum 0.99: the loss swings, then grows to 673 and NaN at epoch 15'),
    'oscillating-loss.fullbatch-sgd-edge': ('lr-too-high', 'dye-fullbatch-sgd-0.9', PR, ['lr-too-high', 'nan-loss'],
        'dye-lot regression, full batch, plain sgd lr 0.9: the loss grows every epoch from epoch 2 and is NaN at epoch 33'),
    'lr-too-low.sgd-1e-5': ('lr-too-low', 'sgd-1e-5', PR, ['lr-too-low'],
        'fabric-strength regression with plain sgd lr 1e-5: update ratio ~1e-5, loss stays 2.4x the baseline'),
    'lr-too-low.adam-1e-6-fit': ('lr-too-low', 'adam-1e-6-fit', PR, ['lr-too-low'],
        'fit classifier with adam lr 1e-6: the loss barely moves (1.156 to 1.148)'),
    'lr-too-low.rmsprop-1e-6-dye': ('lr-too-low', 'rmsprop-1e-6-dye', PR, ['lr-too-low'],
        'dye-lot regression with rmsprop lr 1e-6: loss 1.66 to 1.64, 1.6x the baseline'),
    'loss-plateau.clip-tiny': ('lr-too-low', 'clip-norm-1e-4', PR, ['lr-too-low'],
        'dye-lot regression with clipNorm 1e-4 (meant 1e4?) on sgd 0.01: every step is tiny, loss 1.2802 to 1.2771'),
    'loss-plateau.fraud-fullbatch-sgd': ('lr-too-low', 'fraud-fullbatch-sgd', TR, ['lr-too-low'],
        'fraud-return classifier, full batch of 900, plain sgd 0.01: one small step per epoch, the loss creeps down and ends 1.6x the prior after 200 epochs'),
    'saturated-activation.raw-stock-tanh': ('saturated-activation', 'raw-stock-tanh', PR, ['saturated-activation'],
        'weekly-demand regression feeding raw prices and stock in the thousands into a tanh layer: all units pinned, loss at the baseline'),
    'saturated-activation.raw-mill-sigmoid': ('saturated-activation', 'raw-mill-sigmoid', PR, ['saturated-activation'],
        'defect classifier feeding raw twist and loom speeds (hundreds) into a sigmoid layer: all units pinned, 0.86 of the prior'),
    'saturated-activation.raw-returns-tanh': ('saturated-activation', 'raw-returns-tanh', PR, ['saturated-activation'],
        'fraud-return classifier feeding raw order values and account ages into tanh: all pinned, 0.95 of the prior'),
    'saturated-activation.big-bias-sigmoid': ('saturated-activation', 'big-bias-sigmoid', PR, ['saturated-activation'],
        'fit classifier with a sigmoid hidden layer whose bias starts at 8: all units pinned at 1, stuck at the prior'),
    'loss-plateau.raw-defect-tanh-sgd': ('saturated-activation', 'raw-mill-tanh-sgd', PR, ['saturated-activation'],
        'defect classifier on unnormalised mill settings into tanh with plain sgd: the layer is pinned (1.00), loss stays at the prior'),
    'loss-plateau.weight-decay-fit': ('loss-plateau', 'weight-decay-fit', TR, ['loss-plateau'],
        'fit classifier with momentum sgd and weightDecay 0.3 (mistaken for a dropout-like rate): flat at the prior from epoch 3'),
    'loss-plateau.fit-weight-decay-adam': ('loss-plateau', 'fit-weight-decay-adam', TR, ['loss-plateau'],
        'fit classifier with adam and weightDecay 1.0: the loss settles at the prior and stays'),
    'loss-plateau.fraud-weight-decay': ('loss-plateau', 'fraud-weight-decay', TR, ['loss-plateau'],
        'fraud-return classifier with adam and weightDecay 0.2: the loss falls to the class prior (0.14) and stays there, never learning the 3% fraud'),
    'oscillating-loss.dye-fullbatch-sgd-0.6': ('oscillating-loss', 'dye-fullbatch-sgd-0.6', TR, ['oscillating-loss', 'lr-too-high'],
        'dye-lot regression, full batch, plain sgd lr 0.6: the loss swings between 0.5 and 2.1 for 80 epochs and ends alternating 0.49/0.59'),
    'oscillating-loss.demand-fullbatch-sgd-0.7': ('oscillating-loss', 'demand-fullbatch-sgd-0.7', TR, ['oscillating-loss', 'lr-too-high'],
        'weekly-demand regression, full batch, plain sgd lr 0.7: the loss jumps between 0.09 and 1.5 early, then cycles and alternates without settling'),
    'oscillating-loss.strength-fullbatch-sgd-0.6': ('oscillating-loss', 'strength-fullbatch-sgd-0.6', TR, ['oscillating-loss', 'lr-too-high'],
        'fabric-strength regression, full batch, plain sgd lr 0.6: the loss settles to 0.08, then repeatedly climbs to 0.2-0.3 and back'),
    'oscillating-loss.strength-momentum-097-batch16': ('oscillating-loss', 'strength-momentum-097-batch16', TR, ['oscillating-loss', 'lr-too-high'],
        'fabric-strength regression with sgd lr 0.05 and momentum 0.97: the loss swings between 0.06 and 0.25 all run'),
}
FAULTS = {k: v for k, v in FAULTS.items() if v}

HEALTHY_EXTRA = {'oscillating-loss.fit-fullbatch-momentum': 'fit-fullbatch-sgd-momentum'}

DROPPED = {
    'data-error.three-rows': 'the engine loads and trains the 3-row week-one export without complaint, so nothing static to show',
    'dead-relu.bias-negative-returns': 'bias -3 left 38% of the units dead (below half) and the loss at 0.67 of the prior: neither clearly dead-relu nor healthy',
    'lr-too-high.rmsprop-0.1-demand': 'rmsprop 0.1 killed most relu units but the loss still ended at 0.12 of the baseline with small swings: ambiguous',
    'oscillating-loss.adam-0.05-batch4': 'the swings (0.06-0.11) are small against the baseline 1.0, and 81% of the first layer is dead: ambiguous',
    'oscillating-loss.demand-rmsprop-0.05': 'settles noisily at ~0.07 of the baseline: not a clear oscillation, not clean enough for healthy',
    'oscillating-loss.iris-fullbatch-sgd': 'ends alternating 0.050/0.053 at accuracy 0.987: a period-2 wobble far too small to call a fault',
    'oscillating-loss.rmsprop-0.03-batch8': 'noisy but steadily falling to 0.08 of the prior: not a clear oscillation',
    'oscillating-loss.dye-fullbatch-momentum': 'early swings, then a steady fall to 0.07 of the baseline: neither',
    'loss-plateau.weight-decay-half': 'weightDecay 0.5 with adam still reached 0.11 of the baseline: no plateau',
    'h.xor-twill': 'trains to 0.02 of the baseline but its tanh hidden layer is up to 61% saturated: not clean enough for healthy',
}


def observed():
    lines = {}
    for line in open(os.path.join(HERE, 'observed.txt')):
        line = line.strip()
        if not line:
            continue
        head = line.split(' ', 1)[0].rstrip(':')
        if head.endswith('.nn.json'):
            head = head[:-len('.nn.json')]
        lines[head] = line
    return lines


def covers(spec, line):
    data = spec['data']
    src = data.get('csv', '').replace('../data/', '') or 'builtin ' + data.get('builtin', '')
    norm = data.get('normalize', 'none') + ('+target ' + data['normalizeTarget'] if 'normalizeTarget' in data else '')
    layers = ', '.join(
        f"{l['units']} {l.get('activation', 'linear')}" + (' bn' if l.get('batchNorm') else '') if l['type'] == 'dense' else f"dropout {l['rate']}"
        for l in spec['layers'])
    o, t = spec['optimizer'], spec['training']
    extras = ''.join(f", {k} {o[k]}" for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if k in o)
    return (f"{src} ({norm}), [{layers}], {spec['loss']}, {o['type']} {o['lr']}{extras}, batch {t['batchSize']}, "
            f"{t['epochs']} epochs (observe: {line})")


def main():
    obs = observed()
    names = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND))
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy = [], []
    for name in names:
        src = os.path.join(CAND, name + '.nn.json')
        if name in DROPPED:
            shutil.copy(src, os.path.join(HERE, 'dropped', name + '.nn.json'))
        elif name in FAULTS:
            code, slug, stage, catches, text = FAULTS[name]
            assert code in catches
            rel = f'faulty/{code}.{slug}.nn.json'
            shutil.copy(src, os.path.join(HERE, rel))
            faults.append({'file': rel, 'code': code, 'fault': f'{text} (observe: {obs[name]})', 'stage': stage, 'catches': catches})
        elif name.startswith('h.') or name in HEALTHY_EXTRA:
            slug = HEALTHY_EXTRA.get(name, name[2:])
            rel = f'healthy/{slug}.nn.json'
            shutil.copy(src, os.path.join(HERE, rel))
            healthy.append({'file': rel, 'covers': covers(json.load(open(src)), obs[name])})
        else:
            raise SystemExit(f'no verdict for {name}')
    faults.sort(key=lambda f: f['file'])
    healthy.sort(key=lambda h: h['file'])
    about = (
        'Seventy-eighth fault set (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
        'Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be '
        'caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" text (and each healthy '
        '"covers") ends with the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt); --curve for the '
        'lr-too-high, oscillating and plateau candidates (observed-curves.txt); no diagnosis code involved. Theme: textiles, fashion and '
        'apparel retail, on five CSVs of this set (mill.csv: 480 mill-log lots, yarn count, twist per metre, loom picks per minute, '
        'humidity, tension, with lot id, epoch timestamp and a constant season column, fabric strength in N and a 4-class string defect '
        'type; fit.csv / fit-onehot.csv: 420 customers, size code, body measurements in cm, stretch share, 3-class fit outcome; sales.csv: '
        '500 store-week rows, price, markdown share, weeks since launch, stock in the thousands, promo flag, SKU and store ids, weekly units '
        'sold; returns.csv: 900 returns, skewed order values, return counts and account ages, 3.2% fraudulent; dyelots.csv: 360 dye lots, '
        'recipe and bath conditions, delta E; plus mill-gaps.csv with NA cells and a 3-row sales-week1.csv) and the builtins. Data written '
        'by data/generate.ts, specs by author.ts, this manifest by write-manifest.py. See README.md.')
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump({'about': about, 'faults': faults, 'healthy': healthy}, f, indent=2)
        f.write('\n')
    counts = {}
    for x in faults:
        counts[x['code']] = counts.get(x['code'], 0) + 1
    print(len(faults), 'faulty', len(healthy), 'healthy', len(DROPPED), 'dropped')
    for k in sorted(counts):
        print(f'  {k}: {counts[k]}')


main()
