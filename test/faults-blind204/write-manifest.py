#!/usr/bin/env python3
"""Files blind204's candidates into faulty/, healthy/ and dropped/ by what observe.ts showed, and writes manifest.json."""
import json, os, shutil
here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    name = line.split(':')[0].split(' ')[0].replace('.nn.json', '')
    obs[name] = line

# candidate -> (code, stage, catches extra, fault text)
F = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch labour-hours notebook; not an optimizer the format knows'),
 'invalid-spec.activation-gelu': ('invalid-spec', 'static', [], 'hidden activation "gelu" (transformer habit) on the concours classifier; not a known activation'),
 'invalid-spec.loss-mae': ('invalid-spec', 'static', [], 'loss "mae" for the appraisal value regression; only mse, bce, cce exist'),
 'invalid-spec.dropout-rate-one': ('invalid-spec', 'static', [], 'dropout rate 1.0 on the engine classifier (meant "keep all", wrote "drop all"), outside [0, 1)'),
 'data-error.job-id-as-feature': ('data-error', 'static', [], 'the job_id text column ("R-1000") listed among the features of the labour-hours model'),
 'data-error.target-misspelt': ('data-error', 'static', [], 'target "labor_hours" (US spelling) while the shop export header says "labour_hours"'),
 'data-error.gaps-export': ('data-error', 'static', [], 'the gaps export of the job sheet used as is: rust_pct and parts cost hold NA, n/a, ? and empty cells'),
 'data-error.missing-file-xlsx-name': ('data-error', 'static', [], 'the spec points at restorations_2023.csv, a file that was never exported'),
 'data-error.path-outside-workspace': ('data-error', 'static', [], 'data path climbs out of the workspace to the bench PC\'s desktop copy of engines.tsv'),
 'shape-mismatch.grade-three-units': ('shape-mismatch', 'static', [], 'grade classifier with 3 softmax units after the rare "parts-car" grade was added as a 4th class'),
 'shape-mismatch.hours-two-outputs': ('shape-mismatch', 'static', [], 'labour-hours regression with 2 linear outputs (left from a hours+cost model) for one target column'),
 'shape-mismatch.iris-two-softmax': ('shape-mismatch', 'static', [], 'iris warm-up with 2 softmax units for its 3 species'),
 'loss-activation-mismatch.grade-softmax-mse': ('loss-activation-mismatch', 'static', [], 'grade classifier with softmax output trained with mse instead of cce'),
 'loss-activation-mismatch.rebuild-bce-linear': ('loss-activation-mismatch', 'static', [], 'rebuild-needed classifier with bce on a linear output unit (no sigmoid)'),
 'loss-activation-mismatch.grade-cce-sigmoid': ('loss-activation-mismatch', 'static', [], 'grade classifier with cce on 4 sigmoid outputs instead of softmax: the loss runs to a meaningless ~0'),
 'loss-activation-mismatch.hours-relu-head-standardised': ('loss-activation-mismatch', 'static', [], 'relu output for labour hours after normalizeTarget standard: half the standardised targets are negative and unreachable'),
 'loss-activation-mismatch.value-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'sigmoid output for standardised appraisal values, which run from about -2 to +4: it cannot reach them'),
 'init-symmetry.hours-zeros-hidden': ('init-symmetry', 'static', [], 'zeros init on the 16-unit tanh layer and the output of the labour-hours model: nothing ever moves'),
 'init-symmetry.rebuild-constant': ('init-symmetry', 'static', [], 'constant 0.1 init on the 12 sigmoid units of the engine classifier: all units stay identical, one feature\'s worth of model'),
 'init-symmetry.grade-zeros-both': ('init-symmetry', 'static', [], 'zeros init on both tanh hidden layers of the grade classifier: stuck at the class prior'),
 'init-symmetry.value-constant-half': ('init-symmetry', 'static', [], 'constant 0.5 init on both elu hidden layers of the appraisal model: identical units, a huge first loss and a poor end'),
 'init-scale.hours-std-eight': ('init-scale', 'static', ['saturated-activation'], 'normal init std 8 on two 32-unit tanh layers of the labour-hours model: units saturate and learning crawls'),
 'init-scale.rebuild-uniform-tiny-deep': ('init-scale', 'static', ['vanishing-gradient'], 'uniform init limit 1e-4 on every layer of a 3-hidden-layer relu engine classifier: signal and gradients vanish, stuck at the prior'),
 'init-scale.value-uniform-limit-20': ('init-scale', 'static', ['saturated-activation'], 'uniform init limit 20 on a 24-unit sigmoid layer of the appraisal model: most units pinned at 0 or 1'),
 'exploding-gradient.grade-deep-std-large': ('init-scale', 'static', ['exploding-gradient', 'dead-relu'], 'normal init std 1.5 on four 32-unit relu layers of the grade classifier: first loss in the hundreds, then the net is stuck at the prior'),
 'no-nonlinearity.moons-linear-stack': ('no-nonlinearity', 'static', [], 'two 16-unit linear hidden layers on moons: a linear classifier in disguise'),
 'no-nonlinearity.circles-default-activation': ('no-nonlinearity', 'static', [], 'hidden layers with no activation written (default linear) on circles: stuck at chance'),
 'no-nonlinearity.engines-linear-hidden': ('no-nonlinearity', 'static', [], 'three linear hidden layers on the engine classifier: no better than logistic regression, well short of the relu nets'),
 'no-nonlinearity.grade-linear-deep': ('no-nonlinearity', 'static', [], 'two linear hidden layers (one batch-normed) on the 4-grade classifier: far above the nonlinear nets'),
 'lr-out-of-range.hours-lr-zero': ('lr-out-of-range', 'static', [], 'adam lr 0 (the rate was meant to be filled in later)'),
 'lr-out-of-range.rebuild-negative-lr': ('lr-out-of-range', 'static', [], 'sgd lr -0.01, a sign slip'),
 'lr-out-of-range.grade-adam-lr-30': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 30 (meant 3e-3) on the grade classifier: loss ends 3x the baseline'),
 'lr-out-of-range.value-rmsprop-lr-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-9 (exponent typo for 1e-3) on the appraisal model: the loss never moves'),
 'dead-relu.hours-negative-bias': ('dead-relu', 'probe', [], 'relu layers with bias -6 (copied from a gating example) on standardised features: units dead from the start, loss at the baseline'),
 'dead-relu.rebuild-raw-miles-sgd': ('dead-relu', 'probe', ['exploding-gradient'], 'raw engine features (miles in tens of thousands) into two relu layers under sgd: the first huge step kills every unit'),
 'dead-relu.grade-adam-lr-too-big': ('dead-relu', 'training', ['lr-too-high'], 'adam lr 0.3 on a 2x32 relu grade classifier: the second hidden layer dies entirely and the loss sits at the prior'),
 'exploding-gradient.hours-raw-everything': ('exploding-gradient', 'probe', ['nan-loss'], 'labour hours regressed on raw features (parts cost in dollars, odometer miles) and raw hours target: gradients in the millions, loss 1e13'),
 'exploding-gradient.value-deep-linear-std-one': ('exploding-gradient', 'probe', ['init-scale'], 'five linear layers with normal std 1 init on the appraisal model: gradient norms up to 1e4, first loss 3e5'),
 'exploding-gradient.rebuild-raw-miles-mse': ('exploding-gradient', 'probe', [], 'raw engine features (miles_since_rebuild in tens of thousands) into the rebuild classifier: gradient norms 1e4, loss thousands of times the baseline'),
 'vanishing-gradient.grade-deep-sigmoid': ('vanishing-gradient', 'probe', ['loss-plateau'], 'seven 16-unit sigmoid layers on the grade classifier under plain sgd: first-layer gradients ~1e-5, stuck at the prior'),
 'vanishing-gradient.rebuild-tiny-normal-tanh': ('vanishing-gradient', 'probe', ['init-scale'], 'four tanh layers with normal std 0.01 init on the engine classifier: gradients die before layer one'),
 'vanishing-gradient.hours-sigmoid-ten': ('vanishing-gradient', 'probe', ['loss-plateau'], 'ten 12-unit sigmoid layers for labour hours: first-layer gradients ~1e-7, loss at the baseline'),
 'vanishing-gradient.value-deep-sigmoid-rms': ('vanishing-gradient', 'probe', ['loss-plateau'], 'eight sigmoid layers with normal std 0.05 init on the appraisal model under sgd: first-layer gradients ~1e-10'),
 'nan-loss.hours-raw-target-sgd': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'labour hours (hundreds) as the raw mse target with sgd 0.05: NaN in the first epoch'),
 'nan-loss.rebuild-std-1e6': ('nan-loss', 'static', ['init-scale'], 'normal init std 1e6 (meant 1e-6... or nothing) on every layer of an mse engine model: NaN in the first epoch'),
 'exploding-gradient.value-raw-km': ('nan-loss', 'probe', ['exploding-gradient'], 'appraisal value on raw kilometres and raw kEUR target, sgd with momentum: NaN in the first epoch'),
 'lr-too-high.value-sgd-momentum-lr-0.3': ('nan-loss', 'probe', ['lr-too-high'], 'sgd lr 0.3 with momentum 0.9 on the appraisal model: loss climbs by orders of magnitude each epoch to NaN at epoch 18'),
 'oscillating-loss.hours-full-batch-momentum': ('nan-loss', 'training', ['lr-too-high'], 'full-batch sgd lr 0.9 momentum 0.95 for labour hours: the loss grows geometrically to NaN at epoch 48'),
 'lr-too-high.concours-nesterov-lr-2': ('lr-too-high', 'probe', [], 'nesterov sgd lr 2 on the concours classifier: loss jumps to 20-30 and ends 4.7x the baseline'),
 'lr-too-high.grade-rmsprop-lr-0.5': ('lr-too-high', 'probe', ['oscillating-loss'], 'rmsprop lr 0.5 on the grade classifier: loss bounces between 1.2 and 2.3, above the prior'),
 'lr-too-high.rebuild-adam-lr-1': ('lr-too-high', 'probe', [], 'adam lr 1 on the elu engine classifier: after a brief dip the loss jumps back above the baseline and stays'),
 'lr-too-low.hours-sgd-1e-5': ('lr-too-low', 'probe', [], 'sgd lr 1e-5 for labour hours: 60 epochs move the loss from 5.94 to 4.92, still 5x the baseline'),
 'lr-too-low.grade-adam-1e-6': ('lr-too-low', 'probe', [], 'adam lr 1e-6 on the grade classifier: the loss moves in the fourth decimal'),
 'lr-too-low.rebuild-rmsprop-1e-6': ('lr-too-low', 'probe', [], 'rmsprop lr 1e-6 on the engine classifier: loss 0.718 to 0.714 over the run'),
 'lr-too-low.value-sgd-full-batch-1e-4': ('lr-too-low', 'probe', [], 'full-batch sgd lr 1e-4 on the appraisal model: 100 steps in all, loss still 2.8x the baseline'),
 'saturated-activation.hours-raw-sigmoid': ('saturated-activation', 'probe', [], 'unnormalised job features (miles, dollars) into a sigmoid layer: every unit pinned, loss near the baseline'),
 'saturated-activation.rebuild-raw-tanh': ('saturated-activation', 'probe', [], 'unnormalised engine features into tanh layers: first layer fully saturated, loss at the prior'),
 'saturated-activation.grade-big-bias-tanh': ('saturated-activation', 'probe', [], 'tanh layer with bias 8: every output pinned at +1, the grade classifier stays at the prior'),
 'saturated-activation.value-raw-sigmoid-rms': ('saturated-activation', 'probe', [], 'raw appraisal features (km, ccm) into a sigmoid layer: saturated throughout, loss at the baseline'),
 'loss-plateau.grade-sgd-deep-sigmoid-small': ('loss-plateau', 'training', ['vanishing-gradient', 'lr-too-low'], 'three narrow sigmoid layers under sgd 0.01 on the grade classifier: the loss settles at the prior and stays'),
 'loss-plateau.circles-one-unit-bottleneck': ('loss-plateau', 'training', [], 'a 1-unit relu bottleneck first layer on circles: loss stalls at 0.54, far above what the same net without it reaches'),
 'loss-plateau.rebuild-heavy-weight-decay': ('loss-plateau', 'training', [], 'weight decay 2 (meant 2e-4) with adam on the engine classifier: the loss dips then creeps back to the prior and stays'),
 'loss-plateau.xor-tiny-clip': ('loss-plateau', 'training', ['lr-too-low'], 'clipNorm 1e-4 (meant 1) on xor with sgd: the loss sits at 0.689 for 150 epochs'),
 'oscillating-loss.grade-adam-0.05-batch-4': ('oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.08 with batch 4 on the grade classifier: the loss swings between 0.60 and 0.84 and never settles'),
 'oscillating-loss.rebuild-full-batch-sgd-high': ('oscillating-loss', 'training', ['lr-too-high'], 'full-batch sgd lr 8 momentum 0.9 on the engine classifier: the loss swings between 0.6 and 8.5'),
}
DROP = {
 'invalid-spec.validation-split-percent': 'valid fault (validationSplit 20) but dropped to keep the set at 65 faults; invalid-spec already has 4',
 'data-error.intake-date-feature': 'same fault as job-id-as-feature (a text column as feature); dropped to keep 65',
 'shape-mismatch.rebuild-bce-two-units': 'the engine accepted 2 sigmoid units for one bce target and trained to 0.39 of the baseline: not clearly a fault as observed',
 'init-scale.grade-std-five-relu': 'std 5 relu net ended at loss 0.82 of the baseline with accuracy 0.976: mixed evidence, borderline',
 'lr-out-of-range.rebuild-sgd-lr-500': 'valid fault, dropped to keep the set at 65 (lr-out-of-range has 4)',
 'dead-relu.value-bias-minus-four': 'only 54% of units dead and loss 0.27 of the baseline: borderline',
 'exploding-gradient.hours-raw-target-deep': 'NaN in epoch 1 (a nan-loss, not exploding); nan-loss had enough',
 'exploding-gradient.hours-raw-features-leaky-deep': 'NaN in epoch 1 (a nan-loss); nan-loss had enough',
 'nan-loss.value-raw-adam-huge': 'valid NaN but its slug wrongly says adam (it is sgd); nan-loss had enough',
 'nan-loss.hours-rmsprop-lr-5-raw': 'valid NaN but its slug wrongly says rmsprop lr 5 (it is sgd 0.1 momentum); nan-loss had enough',
 'lr-too-high.hours-sgd-lr-1': 'NaN in epoch 1 (a nan-loss); nan-loss had enough',
 'oscillating-loss.hours-sgd-batch-one-momentum': 'NaN in epoch 1, no oscillation; nan-loss had enough',
 'oscillating-loss.value-rmsprop-batch-two': 'swings of about 0.02 around 0.25 of the baseline: too small to call oscillation, too good to call healthy',
 'loss-plateau.hours-only-noise-features': 'trained on odometer and bay only, which have no effect: the baseline is the best reachable, so not a plateau fault',
 'ok.concours-sgd-tanh-val': 'train loss 0.20 of the baseline but validation loss at the baseline (0.60): overfits, may be faulty',
 'ok.rebuild-minmax-weight-decay': 'ends at 0.47 of the baseline where other engine nets reach 0.20-0.31: borderline',
 'ok.grade-rmsprop-dropout-bn': 'ends at 0.48 with validation 0.77 (0.66 of the baseline) where other grade nets reach 0.26: borderline',
}
cand = os.path.join(here, 'candidates')
for sub in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(here, sub), exist_ok=True)
faults, healthy = [], []
for fn in sorted(os.listdir(cand)):
    name = fn.replace('.nn.json', '')
    line = obs[name]
    if name in DROP:
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'dropped', fn))
        continue
    if name.startswith('ok.'):
        dst = name[3:] + '.nn.json'
        spec = json.load(open(os.path.join(cand, fn)))
        shutil.move(os.path.join(cand, fn), os.path.join(here, 'healthy', fn))
        layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}" + (' bn' if l.get('batchNorm') else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
        o = spec['optimizer']
        data = spec['data']
        src = data.get('csv') or data.get('builtin') or 'inline'
        healthy.append({'file': f'healthy/{fn}', 'covers': f"{src}, [{layers}], {spec['loss']}, {o['type']} {o['lr']}" + (f" momentum {o['momentum']}" if 'momentum' in o else '') + (' nesterov' if o.get('nesterov') else '') + (f" wd {o['weightDecay']}" if 'weightDecay' in o else '') + (f" clip {o['clipNorm']}" if 'clipNorm' in o else '') + f", batch {spec['training']['batchSize']}, {spec['training']['epochs']} epochs (observe: {line})"})
        continue
    code, stage, extra, text = F[name]
    newfn = fn if fn.startswith(code + '.') else code + '.' + fn.split('.', 1)[1]
    shutil.move(os.path.join(cand, fn), os.path.join(here, 'faulty', newfn))
    faults.append({'file': f'faulty/{newfn}', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
os.rmdir(cand)
about = ('Fault set blind204 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: vintage car restorers. Data from data/generate.ts (seed 204): restorations.csv (420 finished jobs: job_id and intake_date text, model year, skewed rust %, panels replaced, paint layers, chrome pieces, '
         'parts cost in USD and a collinear GBP copy, odometer and bay with no effect; targets labour_hours (regression), concours_ready 0/1, grade with a rare "parts-car" class), '
         'restorations-gaps.csv (the same with NA, n/a, ? and empty cells), engines.tsv (330 tab-separated compression/dyno tests, four collinear cylinder pressures, rebuild_needed 0/1), '
         'appraisals_eu.csv (280 German auction appraisals, semicolons and decimal commas, wert_keur skewed), plus builtins (iris, moons, circles, spirals, blobs, sine, xor) and two inline tables. '
         '"code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught, "catches" the codes whose advice would genuinely fix it. '
         'Each fault and healthy entry ends with its bare-engine observe.ts --summary line (observed.txt); --curve for the lr-too-high, lr-too-low, plateau and oscillating candidates (observed-curves.txt). See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
from collections import Counter
print(len(faults), len(healthy), Counter(f['code'] for f in faults), Counter(f['stage'] for f in faults))
