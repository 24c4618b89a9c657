#!/usr/bin/env python3
"""Files the candidates of test/faults-blind81 by what the bare engine did (observed.txt, observed-curves.txt)
and writes manifest.json: `python3 test/faults-blind81/write-manifest.py` (after author.ts and observe.ts).
Faulty specs go to faulty/<code>.<slug>.nn.json, healthy ones to healthy/<slug>.nn.json, the rest to dropped/."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

observed = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([^\s:]+?)(?:\.nn\.json)?(?::| does not parse)', line)
    if m:
        observed[m.group(1)] = line

S, P, T = 'static', 'probe', 'training'
# candidate -> (code, stage, catches, fault text). The filed code is what the engine showed, which can differ
# from the candidate's name (the intent), see README.
FAULTS = {
  'invalid-spec.routes-learning-rate-key': ('invalid-spec', S, ['invalid-spec'], 'optimizer written with the Keras key "learning_rate" instead of "lr" on the route-duration regression'),
  'invalid-spec.survey-keras-loss-name': ('invalid-spec', S, ['invalid-spec'], 'loss written "categorical_crossentropy" (Keras name) instead of "cce" for the household sorting-quality classes'),
  'invalid-spec.gas-epoch-singular': ('invalid-spec', S, ['invalid-spec'], 'training block says "epoch": 200 instead of "epochs" on the landfill-gas fire-risk model'),
  'invalid-spec.compost-optimizer-adamw': ('invalid-spec', S, ['invalid-spec'], 'optimizer type "adamw" (PyTorch habit), which the engine does not have, on the compost temperature regression'),
  'data-error.routes-na-payload': ('data-error', S, ['data-error'], 'route export with "NA" payloads and empty distances (routes-gaps.csv) fed as features'),
  'data-error.depot-three-rows': ('data-error', S, ['data-error'], 'one depot\'s export of only 3 routes (depot-tiny.csv) used as the whole training set'),
  'data-error.routes-target-typo': ('data-error', S, ['data-error'], 'target column written "duration_mins"; the header says "duration_min"'),
  'data-error.survey-distance-with-unit': ('data-error', S, ['data-error'], 'survey export where some bin distances are written with their unit ("73 m"), so the feature column is not numeric'),
  'data-error.sorting-wrong-folder': ('data-error', S, ['data-error'], 'csv path "../data/../sorting.csv" points outside the data folder; no such file'),
  'shape-mismatch.routes-risk-three-outputs': ('shape-mismatch', S, ['shape-mismatch'], '3 softmax outputs for the 4 overflow-risk classes (low/medium/high/critical: "critical" forgotten)'),
  'shape-mismatch.survey-two-outputs': ('shape-mismatch', S, ['shape-mismatch'], '2 softmax outputs for the 3 sorting-quality classes (poor/fair/good)'),
  'shape-mismatch.compost-two-outputs': ('shape-mismatch', S, ['shape-mismatch'], '2 linear outputs for the single compost temperature target'),
  'shape-mismatch.sorting-grade-one-output': ('shape-mismatch', S, ['shape-mismatch'], 'a single softmax output under cce for the 3 bale grades (A/B/C)'),
  'loss-activation-mismatch.routes-risk-softmax-mse': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'softmax output trained with mse on the 4 overflow-risk classes instead of cce'),
  'loss-activation-mismatch.gas-linear-bce': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'linear output under bce for the binary fire-risk flag (no sigmoid)'),
  'loss-activation-mismatch.compost-sigmoid-raw-temp': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'sigmoid output for compost temperature in raw degrees C (20-70) under mse: the output cannot exceed 1'),
  'loss-activation-mismatch.survey-sigmoid-cce': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'sigmoid output layer under cce for 3 exclusive sorting-quality classes (needs softmax)'),
  'init-symmetry.sorting-zeros-hidden': ('init-symmetry', S, ['init-symmetry'], 'both tanh hidden layers of the bale-purity regression initialised with zeros'),
  'init-symmetry.routes-risk-constant': ('init-symmetry', S, ['init-symmetry'], 'hidden relu layers initialised with constant 0.1: every unit identical, the net acts as one unit per layer'),
  'init-symmetry.gas-zeros-hidden': ('init-symmetry', S, ['init-symmetry'], 'zeros init on the relu hidden layers of the fire-risk model'),
  'init-scale.routes-std-three': ('init-scale', S, ['init-scale'], 'normal init with std 3 on 64-unit relu layers (He std about 0.18-0.6)'),
  'init-scale.survey-uniform-two-tanh': ('init-scale', S, ['init-scale', 'saturated-activation'], 'uniform init with limit 2 on 32-unit tanh layers (Glorot limit about 0.3-0.4)'),
  'init-scale.compost-tiny-std-deep': ('init-scale', S, ['init-scale'], 'normal init with std 0.001 on three 32-unit tanh layers (Glorot std about 0.18)'),
  'no-nonlinearity.compost-linear-stack': ('no-nonlinearity', S, ['no-nonlinearity'], 'all hidden layers linear for compost temperature, which rises and falls with the day'),
  'no-nonlinearity.sorting-linear-hidden': ('no-nonlinearity', S, ['no-nonlinearity'], 'hidden layers declared "linear" on the bale-purity regression (purity has a curved belt-speed effect)'),
  'no-nonlinearity.sorting-grade-no-activation': ('no-nonlinearity', S, ['no-nonlinearity'], 'hidden layers with no activation given (default linear) on the bale-grade classifier'),
  'lr-out-of-range.survey-adam-lr-five': ('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'adam with lr 5 on the survey classifier'),
  'lr-out-of-range.compost-sgd-1e-8': ('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'sgd with lr 1e-8 (momentum 0.9) on compost temperature'),
  'lr-out-of-range.routes-rmsprop-lr-twenty': ('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'rmsprop with lr 20 on the overflow-risk classifier'),
  'dead-relu.routes-negative-bias': ('dead-relu', P, ['dead-relu'], 'relu hidden layers with initial bias -4 on standardized route features: the units never fire'),
  'dead-relu.gas-raw-pressure-sgd': ('dead-relu', P, ['dead-relu'], 'raw gas-well readings (pressure in the thousands of Pa) into relu layers with sgd 0.01: the first updates kill every hidden unit'),
  'dead-relu.compost-sgd-high-lr': ('dead-relu', P, ['dead-relu', 'lr-too-high'], 'sgd 0.3 with momentum 0.9 and batch 16 on compost temperature: the loss blows up in the first epoch and the second relu layer ends fully dead'),
  'nan-loss.gas-timestamp-feature': ('dead-relu', P, ['dead-relu'], 'the epoch timestamp (1.7e9) left in the raw fire-risk features with sgd 0.1: the first layer is knocked dead in the first epoch and the model predicts the prior'),
  'nan-loss.routes-payload-target-momentum': ('dead-relu', P, ['dead-relu'], 'payload in kg (thousands) as a raw regression target with raw features and sgd 0.05 momentum: the relu layer dies after the first huge steps'),
  'exploding-gradient.compost-deep-std-one': ('exploding-gradient', P, ['exploding-gradient', 'init-scale'], 'six 32-unit relu layers with normal std 1 init: gradients in the 1e4-1e7 range'),
  'exploding-gradient.gas-raw-pressure-adam': ('exploding-gradient', P, ['exploding-gradient'], 'raw gas-well readings (pressure in the thousands of Pa) with adam: gradient norms in the thousands, loss ends 5x the baseline'),
  'exploding-gradient.routes-raw-payload-clipped': ('exploding-gradient', P, ['exploding-gradient'], 'raw route features and raw minutes target with clipNorm 1 hiding the blow-up: gradient norms up to 1e7, loss stays above the baseline'),
  'exploding-gradient.compost-raw-units-clipped': ('exploding-gradient', P, ['exploding-gradient'], 'compost features (volume in the thousands of m3) and the temperature target in raw units, adam with clipNorm 5: gradient norms 200..3e6'),
  'vanishing-gradient.sorting-deep-sigmoid': ('vanishing-gradient', P, ['vanishing-gradient'], 'seven 16-unit sigmoid hidden layers with plain sgd on the bale grades: first-layer gradients around 1e-5'),
  'vanishing-gradient.routes-deep-sigmoid-small-init': ('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'six sigmoid hidden layers with normal std 0.05 init on overflow risk: first-layer gradients 1e-7..1e-6'),
  'vanishing-gradient.gas-deep-tanh-tiny': ('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'eight tanh hidden layers with normal std 0.02 init on fire risk: first-layer gradients around 1e-9..1e-8'),
  'nan-loss.routes-raw-minutes-sgd': ('nan-loss', P, ['nan-loss'], 'raw route features (payload kg) and raw duration in minutes with sgd 0.01: NaN in the first epoch'),
  'nan-loss.compost-raw-features-elu-momentum': ('nan-loss', P, ['nan-loss'], 'raw compost features (volume in the thousands, timestamps left out) into elu with sgd 0.05 momentum 0.9: NaN in the first epoch'),
  'nan-loss.routes-payload-target-elu-sgd': ('nan-loss', P, ['nan-loss'], 'payload in kg (thousands) as a raw regression target (no normalizeTarget) with sgd 0.01: NaN in the first epoch'),
  'nan-loss.routes-raw-units-elu-momentum': ('nan-loss', P, ['nan-loss'], 'raw route features and raw minutes target, elu layers, sgd 0.001 momentum 0.9: NaN in the first epoch'),
  'lr-too-high.sorting-momentum-0.5': ('nan-loss', P, ['nan-loss', 'lr-too-high'], 'sgd 0.5 with momentum 0.9 on the standardized bale-purity regression: the loss reaches 9e13 and is NaN by epoch 3'),
  'lr-too-high.survey-adam-0.3': ('lr-too-high', P, ['lr-too-high', 'dead-relu'], 'adam 0.3 on the survey classifier: the loss drops to 0.93 then climbs back to the baseline and stays, second layer mostly dead'),
  'lr-too-high.routes-risk-sgd-2': ('lr-too-high', P, ['lr-too-high', 'oscillating-loss'], 'sgd 2 on overflow risk: the loss jumps between 0.44 and 1.27 and never settles'),
  'lr-too-high.compost-rmsprop-0.1': ('lr-too-high', P, ['lr-too-high', 'oscillating-loss'], 'rmsprop 0.1 on compost temperature: first epoch loss 47, then swings 0.08-0.20 while a healthy rate reaches 0.004; second relu layer 94% dead'),
  'lr-too-low.sorting-sgd-1e-4': ('lr-too-low', P, ['lr-too-low'], 'plain sgd 1e-4 on bale purity: the loss still creeping down at 0.49 of the baseline after 100 epochs (a usable rate reaches 0.01)'),
  'lr-too-low.survey-adam-1e-6': ('lr-too-low', P, ['lr-too-low'], 'adam 1e-6 on the survey classifier: 1.588 to 1.555 in 150 epochs, above the baseline'),
  'lr-too-low.routes-rmsprop-2e-6': ('lr-too-low', P, ['lr-too-low'], 'rmsprop 2e-6 on route duration: 1.38 to 0.96 in 120 epochs, update ratios around 1e-5'),
  'saturated-activation.routes-tanh-raw-payload': ('saturated-activation', P, ['saturated-activation'], 'tanh layers fed raw route features (payload in kg, distance in km, no normalize): the first layer is pinned at +-1'),
  'saturated-activation.gas-sigmoid-raw-pressure': ('saturated-activation', P, ['saturated-activation'], 'sigmoid hidden layers fed raw gas-well pressure in Pa: the first layer is pinned, the model predicts the prior'),
  'saturated-activation.sorting-tanh-std-four': ('saturated-activation', P, ['saturated-activation', 'init-scale'], 'tanh layers with normal std 4 init on bale grades: 91% of the second layer saturated, learning slows'),
  'loss-plateau.survey-weight-decay-half': ('loss-plateau', T, ['loss-plateau'], 'weightDecay 0.5 with adam on the survey classifier: the loss sits at the baseline after epoch 40'),
  'loss-plateau.routes-id-columns-only': ('loss-plateau', T, ['loss-plateau'], 'features picked as depot_id and timestamp only (constant and ID-like): the duration loss stays at the baseline'),
  'loss-plateau.compost-dropout-heavy': ('loss-plateau', T, ['loss-plateau'], 'dropout 0.9 after both hidden layers of the compost model: the loss comes down to the baseline and stays there'),
  'loss-plateau.sorting-weight-decay-sgd': ('loss-plateau', T, ['loss-plateau'], 'weightDecay 1 on sgd momentum for bale purity: the loss climbs to the baseline and stays flat'),
  'oscillating-loss.routes-momentum-099': ('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'sgd 0.05 with momentum 0.99 on route duration: the loss swings between 1.0 and 2.4 for the whole run'),
  'oscillating-loss.survey-batch-four-sgd': ('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'sgd 0.5 with batch 4 on the survey classifier: the loss keeps jumping (0.27-0.63) instead of settling'),
  'oscillating-loss.sorting-grade-momentum-095': ('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'sgd 0.3 momentum 0.95 batch 16 on bale grades: the loss swings between 0.61 and 1.0 around 0.7'),
  'oscillating-loss.compost-adam-0.08-batch4': ('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'adam 0.08 with batch 4 on compost temperature: the loss swings between 0.11 and 2.5 to the end'),
  'nan-loss.compost-raw-volume-momentum': ('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'raw compost features and raw degrees target, tanh layer, sgd 0.05 momentum 0.9: the loss swings between 160 and 1100 (baseline 152) for the whole run'),
}

DROPPED = {
  'dead-relu.survey-bias-minus-three': 'bias -3 killed only 44% of the units; the loss still fell to 0.49 of the baseline: neither clearly dead nor healthy',
  'oscillating-loss.compost-rmsprop-0.03-batch8': 'only small jitter (0.06-0.09 of the baseline) while still improving: not clearly oscillating, not healthy either',
  'oscillating-loss.gas-adam-0.05-batch8': 'swings early, then settles at 2.6e-4 with a second layer 81% dead: neither a clear oscillation nor healthy',
  'oscillating-loss.routes-risk-rmsprop-0.05-batch8': 'moderate swings (0.35-0.62) while drifting down: too mild to call oscillating, too noisy to call healthy',
  'h.gas-fire-dropout-val': 'train loss fine, but the validation loss (0.153) equals the baseline (0.157): the held-out fifth is not learnt, so not clearly healthy',
}

HEALTHY_BORDERLINE = {
  'h.survey-quality-rmsprop-bn-dropout': 'borderline: last train loss 0.44 of the baseline (dropout on), val 0.385',
  'h.gas-fire-rmsprop-minmax': 'borderline: up to 44% of the second relu layer inactive, loss still 0.03 of the baseline',
}

def describe(spec):
    d = spec['data']
    if 'builtin' in d:
        src = 'builtin ' + d['builtin']
    elif 'csv' in d:
        src = os.path.basename(d['csv']) + ' -> ' + str(d['target'])
    else:
        src = 'inline table'
    if d.get('normalize'):
        src += ' ' + d['normalize']
    layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}{' bn' if l.get('batchNorm') else ''}" if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
    o = spec['optimizer']
    extras = ''.join(f" {k} {o[k]}" for k in ('momentum', 'weightDecay', 'clipNorm') if k in o)
    t = spec['training']
    return f"{src}, [{layers}], {spec['loss']}, {o['type']} {o['lr']}{extras}, batch {t.get('batchSize', 32)}, {t.get('epochs', 100)} epochs"

for sub in ('faulty', 'healthy', 'dropped'):
    shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    os.makedirs(os.path.join(HERE, sub))

faults, healthy, dropped = [], [], []
for fname in sorted(os.listdir(CAND)):
    name = fname[:-len('.nn.json')]
    obs = observed[name]
    src = os.path.join(CAND, fname)
    slug = name.split('.', 1)[1]
    if name in FAULTS:
        code, stage, catches, text = FAULTS[name]
        assert code in catches
        out = f'faulty/{code}.{slug}.nn.json'
        shutil.copy(src, os.path.join(HERE, out))
        faults.append({'file': out, 'code': code, 'fault': f'{text} (observe: {obs})', 'stage': stage, 'catches': catches})
    elif name in DROPPED:
        shutil.copy(src, os.path.join(HERE, 'dropped', fname))
        dropped.append(name)
    elif name.startswith('h.'):
        spec = json.load(open(src))
        out = f'healthy/{slug}.nn.json'
        shutil.copy(src, os.path.join(HERE, out))
        note = f" ({HEALTHY_BORDERLINE[name]})" if name in HEALTHY_BORDERLINE else ''
        healthy.append({'file': out, 'covers': f'{describe(spec)}{note} (observe: {obs})'})
    else:
        raise SystemExit(f'candidate {name} has no verdict')

about = ('Eighty-first fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
  'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could '
  'first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" text (and each healthy '
  '"covers") ends with the line test/faults/observe.ts --summary printed for it on the bare engine (observed.txt); --curve for the '
  'lr-too-high, lr-too-low, plateau and oscillating ones (observed-curves.txt); no diagnosis code involved. Theme: waste management and '
  'recycling: collection routes (routes.csv: stops, km, bin fill share, payload kg, weekday; duration in minutes and 4 overflow-risk classes, '
  'plus a route id, a constant depot id and an epoch timestamp), sorting-line bales (sorting.csv: belt speed, NIR readings, contamination, '
  't/h; purity and grade A/B/C), landfill gas wells (gaswells.csv: methane share, pressure in Pa, temperature, O2 share; fire risk 0/1 at '
  'about 3.7%), compost batches (compost.csv: day, moisture, C/N, turns, volume m3; temperature) and household sorting surveys (survey.csv: '
  'poor/fair/good), three broken exports for the data faults, plus builtin datasets and one inline table. Data by data/generate.ts, specs by '
  'author.ts, this manifest by write-manifest.py. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=2)
open(os.path.join(HERE, 'manifest.json'), 'a').write('\n')
from collections import Counter
print(len(faults), 'faulty', len(healthy), 'healthy', len(dropped), 'dropped')
print(sorted(Counter(f['code'] for f in faults).items()))
