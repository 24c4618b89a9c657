#!/usr/bin/env python3
"""Verdicts of blind302 (decided from observed.txt / observed-curves.txt), files candidates/ into faulty/, healthy/, dropped/, writes manifest.json."""
import json, os, re, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^(\S+?)(?:\.nn\.json)?[: ]', line)
    if m: obs[m.group(1)] = line

S, P, T = 'static', 'probe', 'training'
# candidate slug -> (code, stage, catches, fault text); code may differ from the file's prefix (re-filed)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer "adamw" copied from a PyTorch recipe for the daily sales model'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'Keras loss name "categorical_crossentropy" for the dough-grade classifier'),
 'invalid-spec.dropout-as-percent': ('invalid-spec', S, [], 'dropout rate written as a percentage (30) on the loyalty-return model'),
 'invalid-spec.swish-activation': ('invalid-spec', S, [], 'activation "swish", which the engine does not have, on the steamer model'),
 'invalid-spec.validation-split-whole': ('invalid-spec', S, [], 'validationSplit 1 (meant "hold out the last month") leaves nothing to train on'),
 'invalid-spec.trailing-comment-comma': ('invalid-spec', S, [], 'epochs written as the string "100" (pasted from a form) and a momentum left on adam'),
 'data-error.next-month-file': ('data-error', S, [], 'points at next month\'s export daily-2024-06.csv, which does not exist yet'),
 'data-error.branch-name-feature': ('data-error', S, [], 'the text column "branch" added to the numeric features'),
 'data-error.target-typo': ('data-error', S, [], 'target "soldout" for the column sold_out'),
 'data-error.till-offline-gaps': ('data-error', S, [], 'trains on daily-gaps.csv, where the till was offline and readings are NA or empty'),
 'data-error.shared-drive-path': ('data-error', S, [], 'dough.csv read from the kitchen\'s shared drive, outside the workspace'),
 'shape-mismatch.grades-three-units': ('shape-mismatch', S, [], 'three softmax outputs for four dough grades (the rare "reject" forgotten)'),
 'shape-mismatch.steamer-one-output': ('shape-mismatch', S, [], 'one output for the two steamer targets core_temp_c and skin_moisture_pct'),
 'shape-mismatch.grades-five-units': ('shape-mismatch', S, [], 'five softmax outputs for four dough grades (a planned "premium" grade that never existed)'),
 'loss-activation-mismatch.softmax-mse-grades': ('loss-activation-mismatch', S, [], 'softmax head trained with mse on the dough grades; it fits the one-hot targets but is the wrong loss for class probabilities'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'bce on a linear output for returned_30d; the loss barely drops below the baseline'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, [], 'cce on four independent sigmoids: the loss goes to ~0 while accuracy stays 0.49'),
 'loss-activation-mismatch.relu-head-standard-target': ('loss-activation-mismatch', S, [], 'relu head on a standardised sales target: it cannot output the negative half, ends far above the 0.01 of the same net with a linear head'),
 'loss-activation-mismatch.sigmoid-head-standard-target': ('loss-activation-mismatch', S, [], 'sigmoid head on standardised steamer targets (range about -3..3)'),
 'init-symmetry.zeros-hidden': ('init-symmetry', S, [], 'zeros init on a 32-unit tanh layer of the dough classifier: every unit stays identical'),
 'init-symmetry.constant-hidden': ('init-symmetry', S, [], 'constant 0.1 init on two relu layers (24 and 12 units): all units of a layer compute the same thing, the net is a one-unit-wide model (it still fits the near-linear sales data)'),
 'init-symmetry.zeros-everywhere': ('init-symmetry', S, [], 'zeros init on every sigmoid layer of the loyalty model'),
 'init-scale.std-five': ('init-scale', S, ['saturated-activation'], 'normal std 5 on tanh layers of 64 and 32 units: hidden units saturate (sat 0.85-0.94)'),
 'init-scale.tiny-uniform-deep': ('init-scale', S, ['vanishing-gradient'], 'uniform limit 1e-5 on a four-layer relu net: gradients ~1e-14, loss stays at the baseline'),
 'init-scale.std-forty-relu': ('init-scale', S, ['exploding-gradient'], 'normal std 40 on relu layers: the first loss is 3e8, gradients 1e5-1e7'),
 'no-nonlinearity.linear-stack-grades': ('no-nonlinearity', S, [], 'three linear hidden layers on the dough grades, which depend on |hydration - 52| and friends'),
 'no-nonlinearity.linear-hidden-circles': ('no-nonlinearity', S, [], 'two linear hidden layers on circles (a round-table seating plan)'),
 'no-nonlinearity.linear-hidden-xor': ('no-nonlinearity', S, [], 'activation omitted on both hidden layers of an xor net (defaults to linear)'),
 'lr-out-of-range.sgd-fifty': ('lr-out-of-range', S, ['lr-too-high', 'nan-loss'], 'sgd lr 50 (meant 0.05)'),
 'lr-out-of-range.adam-five': ('lr-out-of-range', S, ['lr-too-high'], 'adam lr 5 (meant 0.005)'),
 'lr-out-of-range.rmsprop-1e-9': ('lr-out-of-range', S, ['lr-too-low'], 'rmsprop lr 1e-9: the loss does not move at all'),
 'dead-relu.negative-bias': ('dead-relu', P, [], 'bias -6 on both relu layers of the sales model: 88% and 100% of units dead from the start'),
 'dead-relu.sgd-kick': ('dead-relu', P, ['lr-too-high'], 'sgd lr 0.8 kicks the second relu layer dead in the first steps (first loss 3.6e31), then stuck near the baseline'),
 'dead-relu.bias-minus-three-dough': ('dead-relu', P, [], 'bias -4 on the relu layer of the dough classifier: half the units dead, loss stays at baseline'),
 'nan-loss.raw-sales-sgd': ('dead-relu', P, ['exploding-gradient', 'lr-too-high'], 'raw sales (features and target unscaled, thousands of dumplings) on sgd 0.05: the first step blows up and kills every relu unit, loss stuck at baseline (meant as nan-loss; no NaN came)'),
 'exploding-gradient.raw-sales-target': ('exploding-gradient', P, ['nan-loss', 'lr-too-high'], 'unscaled features and dumplings_sold target on sgd: loss 1e27-1e33'),
 'exploding-gradient.raw-steamer-seconds': ('exploding-gradient', P, ['lr-too-high'], 'raw duration_s (300-800) and targets in °C on sgd with momentum: output-layer gradients up to 6e3'),
 'exploding-gradient.raw-covers-deep': ('exploding-gradient', P, ['lr-too-high'], 'unscaled covers and counts into a three-layer relu net: first loss 2582, gradients up to 1.9e3'),
 'vanishing-gradient.eight-sigmoid-layers': ('vanishing-gradient', P, ['saturated-activation'], 'eight sigmoid layers on plain sgd: first-layer gradient ~1e-5, loss stays at baseline'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', P, ['init-scale'], 'six tanh layers with std 0.01 init: first-layer gradient ~1e-7'),
 'vanishing-gradient.sigmoid-tower-visits': ('vanishing-gradient', P, ['saturated-activation'], 'seven sigmoid layers on the loyalty data: first-layer gradient ~1e-4, loss at baseline'),
 'nan-loss.sales-linear-lr-one': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'sgd lr 1 on a linear net with an unscaled target: NaN in the first epoch'),
 'nan-loss.raw-steamer-linear-momentum': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'unscaled steamer data into a linear net on sgd 0.01 momentum 0.9: NaN in the first epoch'),
 'lr-too-high.nesterov-half': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'sgd lr 0.5 Nesterov momentum 0.9 on the steamer model: NaN in the first epoch (meant as lr-too-high)'),
 'exploding-gradient.deep-relu-std-point-eight': ('nan-loss', P, ['exploding-gradient', 'init-scale'], 'six relu layers with normal std 0.8: activations overflow and the loss is NaN in the first epoch'),
 'lr-too-high.adam-point-three': ('lr-too-high', P, ['dead-relu'], 'adam lr 0.3 on the sales model: first epoch 30, bounces, ends at 0.41 where lr 0.003 reaches 0.01; 88% of the second layer dead'),
 'lr-too-high.sgd-two-dough': ('lr-too-high', P, ['dead-relu'], 'sgd lr 2 on the dough classifier: loss bounces around the baseline and ends at it'),
 'oscillating-loss.momentum-099': ('lr-too-high', T, ['oscillating-loss', 'exploding-gradient'], 'sgd 0.05 with momentum 0.99 on the sales model: loss falls to 0.51 then rises to 1e15 (meant as oscillating)'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', T, [], 'sgd lr 1e-5 on the dough classifier: 1.512 to 1.501 in 150 epochs'),
 'lr-too-low.adam-1e-6': ('lr-too-low', T, [], 'adam lr 1e-6 on the sales model: 2.43 to 2.21 in 150 epochs'),
 'lr-too-low.rmsprop-2e-6': ('lr-too-low', T, [], 'rmsprop lr 2e-6 on the loyalty model: 0.782 to 0.771'),
 'lr-too-low.momentum-full-batch': ('lr-too-low', T, [], 'sgd lr 1e-4 on full batches (one step per epoch): 2.21 to 1.76 in 200 epochs'),
 'loss-plateau.clip-tiny-sgd': ('lr-too-low', T, ['loss-plateau'], 'clipNorm 1e-4 on sgd: steps are tiny, 1.236 to 1.234 in 120 epochs (meant as plateau; it is the symptom of a too-small step)'),
 'saturated-activation.raw-features-sigmoid': ('saturated-activation', P, [], 'unscaled daily features (covers in hundreds) into sigmoid units: all saturated, loss at baseline'),
 'saturated-activation.tanh-std-three': ('saturated-activation', P, ['init-scale'], 'tanh layer with normal std 3: 71-83% of outputs pinned'),
 'saturated-activation.sigmoid-bias-ten': ('saturated-activation', P, ['vanishing-gradient'], 'sigmoid layers started with bias 10: all outputs at 1, gradients ~1e-8'),
 'saturated-activation.raw-steamer-tanh': ('saturated-activation', P, [], 'unscaled steamer features (duration_s, kPa) into tanh: every unit pinned, loss at baseline'),
 'loss-plateau.weight-decay-one': ('loss-plateau', T, [], 'weightDecay 1 (meant 1e-4) on the dough classifier: loss stays at the baseline'),
 'loss-plateau.xor-sigmoid-plain-sgd': ('loss-plateau', T, ['lr-too-low'], 'four-unit sigmoid xor net on plain sgd 0.05: stalls at 0.693 for 150 epochs though xor is learnable'),
 'loss-plateau.weight-decay-visits-rmsprop': ('loss-plateau', T, ['dead-relu'], 'weightDecay 2 on rmsprop: the loss drifts back up to the baseline and sits there'),
 'oscillating-loss.adam-point-one-batch-one': ('oscillating-loss', T, ['lr-too-high'], 'adam lr 0.1 with batch size 1 on the dough classifier: the loss swings between 1.6 and 2.5, above the baseline'),
 'oscillating-loss.momentum-batch-four-visits': ('oscillating-loss', T, ['lr-too-high'], 'sgd lr 0.3 momentum 0.95 on batches of 4: the loss swings between 2 and 6, far above the baseline'),
}
DROP = {
 'shape-mismatch.sellout-two-sigmoids': 'the engine accepted two sigmoid outputs for a single 0/1 target and trained (0.67 of base); unclear what it counts as, dropped',
 'exploding-gradient.deep-std-one': 'std 1 on a deep relu net did not show huge gradients (max ~21); it fell to the baseline instead; borderline',
 'nan-loss.raw-steamer-momentum': 'no NaN; tanh saturated and relu died, loss at baseline: a mix of codes, borderline',
 'lr-too-high.rmsprop-point-one': 'rmsprop 0.1 bounced but ended at 0.63 of base, better than the healthy loyalty specs; not clearly faulty',
 'loss-plateau.one-unit-bottleneck-circles': 'a one-unit bottleneck stalls at 0.79 of base, but that is the model\'s capacity, not a plateau below what it could reach; borderline',
 'loss-plateau.dropout-ninety': 'dropout 0.9: the loss is very noisy and ends near the baseline; plateau, oscillation or nothing: borderline',
 'loss-plateau.weight-decay-half-sales': 'weightDecay 0.5 still trained to 0.12 of base: not a plateau',
 'oscillating-loss.adam-batch-one': 'swings of only ~3% of the baseline, with 88% dead units; borderline',
 'oscillating-loss.rmsprop-batch-two': 'the loss bounces ~5-8% of the baseline but keeps falling to 0.39; borderline',
 'oscillating-loss.sgd-full-batch-edge': 'settles to a tiny period-2 wobble around 0.16 of base; trains fine',
 'oscillating-loss.linear-full-batch-over-edge': 'lr 1.05 on full batches converged to 0.15 of base; no oscillation',
 'ok.sellout-logistic': 'ends at 0.78 of base, where the other sell-out specs reach 0.42-0.63; borderline healthy',
 'ok.sellout-rmsprop-batch-four': 'ends at 0.78 of base (60 epochs at 5e-4); borderline healthy',
 'ok.dough-batch-one-sgd': 'ends at 0.35 of base where other dough specs reach 0.01-0.26; may be read as slow',
 'ok.dough-batchnorm-sgd': 'last loss 0.51 above its min 0.41, noisy; borderline',
 'ok.dough-minmax-leaky-dropout': 'ends at 0.47 of base with a rising tail; borderline',
}
HEALTHY_COVERS = {}
cand = os.path.join(HERE, 'candidates')
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, d), exist_ok=True)
faults, healthy = [], []
for fn in sorted(os.listdir(cand)):
    slug = fn[:-len('.nn.json')]
    line = obs.get(slug, '(no observe line)')
    spec = json.load(open(os.path.join(cand, fn))) if not slug.startswith('invalid-spec.trailing') else None
    if slug in DROP:
        shutil.move(os.path.join(cand, fn), os.path.join(HERE, 'dropped', fn))
    elif slug in F:
        code, stage, extra, text = F[slug]
        rest = slug.split('.', 1)[1]
        new = f'{code}.{rest}.nn.json' if not slug.startswith(code + '.') else fn
        shutil.move(os.path.join(cand, fn), os.path.join(HERE, 'faulty', new))
        faults.append({'file': f'faulty/{new}', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif slug.startswith('ok.'):
        data = spec['data']; src = data.get('csv') or data.get('builtin') or 'inline'
        layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}{' bn' if l.get('batchNorm') else ''}" if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
        o = spec['optimizer']; t = spec['training']
        extras = ''.join(f", {k} {o[k]}" for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if k in o)
        cov = f"{os.path.basename(str(src))} ({data.get('normalize', 'none')}), [{layers}], {spec['loss']}, {o['type']} {o['lr']}{extras}, batch {t['batchSize']}, {t['epochs']} epochs{', val ' + str(t['validationSplit']) if t.get('validationSplit') else ''} (observe: {line})"
        shutil.move(os.path.join(cand, fn), os.path.join(HERE, 'healthy', fn))
        healthy.append({'file': f'healthy/{fn}', 'covers': cov})
    else:
        raise SystemExit(f'no verdict for {slug}')
os.rmdir(cand)
about = ('Fault set blind302 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: dumpling houses. Data from data/generate.ts (seeds from 302): daily.csv (480 branch-days, 5 branches; dumplings_sold regression, sold_out 0/1 ~20%; '
         'collinear covers/steamers/staff, skewed rain, a no-effect moon_phase, date and branch text columns), daily-gaps.csv (NA/empty readings), '
         'dough.csv (420 QC batches, 4 string grades with a rare "reject"), visits-export.csv (semicolon export with decimal commas, returned_30d 0/1), '
         'steamer-log.csv (tab-separated sensor log, two regression targets), plus builtins and two inline tables. '
         '"stage" is the writer\'s expectation of the earliest stage that could catch it; "catches" the codes whose advice would genuinely fix it. '
         'Each fault/covers text ends with its bare-engine line from test/faults/observe.ts --summary (observed.txt); curves in observed-curves.txt.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
print(len(faults), 'faults', len(healthy), 'healthy', len(DROP), 'dropped')
from collections import Counter
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
