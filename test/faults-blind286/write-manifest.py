#!/usr/bin/env python3
"""Blind set 286: verdicts from observed.txt / observed-curves.txt; files candidates into faulty/, healthy/, dropped/; writes manifest.json."""
import json, os, shutil
here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    s = line.strip()
    if not s: continue
    key = s.split(':')[0].replace('.nn.json', '').split(' ')[0]
    obs[key] = s
def o(name): return obs[name]

S, P, T = 'static', 'probe', 'training'
# candidate -> (final code, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, ['invalid-spec'], 'optimizer "adamw" copied from a PyTorch training script; not an optimizer of this format'),
 'invalid-spec.relu-camelcase': ('invalid-spec', S, ['invalid-spec'], 'activation written "ReLu" on both hidden layers of the job-duration regressor'),
 'invalid-spec.dropout-percent': ('invalid-spec', S, ['invalid-spec'], 'dropout rate written as a percentage (20) instead of a fraction (0.2)'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, ['invalid-spec'], 'loss written with the Keras name "categorical_crossentropy" instead of "cce"'),
 'data-error.text-columns-unlisted': ('data-error', S, ['data-error'], 'jobs.csv used without a "features" list, so the job_id, timestamp and berth text columns become features'),
 'data-error.target-typo': ('data-error', S, ['data-error'], 'target "duration_mins" where the export\'s column is "duration_min"'),
 'data-error.gaps-export': ('data-error', S, ['data-error'], 'the dispatch export with NA and empty wind/current readings (jobs-gaps.csv) used as is'),
 'data-error.path-outside-workspace': ('data-error', S, ['data-error'], 'data path pointing at the fleet server\'s folder outside the workspace'),
 'shape-mismatch.three-job-types': ('shape-mismatch', S, ['shape-mismatch'], 'job_type has four classes (berthing, unberthing, shifting, escort) but the softmax head has 3 units: escort forgotten'),
 'shape-mismatch.iris-four-units': ('shape-mismatch', S, ['shape-mismatch'], 'iris sanity check with a 4-unit softmax head (feature count used as class count)'),
 'shape-mismatch.two-outputs-one-target': ('shape-mismatch', S, ['shape-mismatch'], 'fuel regression with 2 output units for the single fuel_litres target'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', S, ['shape-mismatch'], 'two regression targets (duration_min, tide_m) but one output unit'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'engine-fault classifier under bce with a linear output (sigmoid forgotten)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'job-type classifier under cce with a 4-unit sigmoid head instead of softmax: the loss falls to near zero while accuracy stays at 0.41'),
 'loss-activation-mismatch.sigmoid-raw-minutes': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'sigmoid output for a job duration in raw minutes (25-200) under mse: the head cannot exceed 1'),
 'loss-activation-mismatch.bce-tanh-head': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'delay classifier under bce with a tanh output (range -1..1, not a probability)'),
 'init-symmetry.zeros-tanh-hidden': ('init-symmetry', S, ['init-symmetry'], '16-unit tanh hidden layer initialised to zeros: all units stay identical, the net acts as a one-unit model'),
 'init-symmetry.constant-sigmoid-two': ('init-symmetry', S, ['init-symmetry'], 'two sigmoid hidden layers (12 and 8 units) initialised to constant 0.2'),
 'init-symmetry.constant-tanh-type': ('init-symmetry', S, ['init-symmetry'], '20-unit tanh layer initialised to constant 0.1 on the job-type classifier'),
 'init-symmetry.zeros-elu-bunker': ('init-symmetry', S, ['init-symmetry'], 'two elu hidden layers initialised to zeros on the fuel regression: the loss never leaves the baseline'),
 'init-scale.normal-std-five-tanh': ('init-scale', S, ['init-scale', 'saturated-activation'], 'normal init with std 5 on a 32-unit tanh layer: most units saturated from the start'),
 'init-scale.sigmoid-std-three': ('init-scale', S, ['init-scale', 'saturated-activation'], 'normal init with std 3 on a 24-unit sigmoid layer of the engine-fault model'),
 'init-scale.tiny-normal-deep': ('init-scale', S, ['init-scale', 'vanishing-gradient'], 'normal init with std 1e-5 on every layer of a 3x32 relu net: signals and gradients vanish, the loss stays at the baseline'),
 'no-nonlinearity.circles-linear-stack': ('no-nonlinearity', S, ['no-nonlinearity'], 'two 16-unit hidden layers left linear (activation omitted) on circles'),
 'no-nonlinearity.xor-three-linear': ('no-nonlinearity', S, ['no-nonlinearity'], 'three linear hidden layers on xor'),
 'no-nonlinearity.spirals-linear': ('no-nonlinearity', S, ['no-nonlinearity'], 'two linear 32-unit hidden layers on 3-class spirals'),
 'lr-out-of-range.adam-fifty': ('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'adam lr 50 (meant 0.05? typed 50)'),
 'lr-out-of-range.sgd-1e-9': ('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'sgd lr 1e-9: nothing moves'),
 'lr-out-of-range.rmsprop-twenty': ('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'rmsprop lr 20'),
 'lr-out-of-range.sgd-two-hundred': ('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'sgd with momentum at lr 200'),
 'dead-relu.negative-bias-five': ('dead-relu', P, ['dead-relu'], 'relu layers with bias -5 on standardised features: the units never fire'),
 'dead-relu.minmax-bias-minus-two': ('dead-relu', P, ['dead-relu'], 'relu layers with bias -2 on minmax features in [0,1]: 94-100% of units dead'),
 'dead-relu.raw-hours-relu': ('dead-relu', P, ['dead-relu', 'exploding-gradient'], 'raw engine readings (running_hours in the tens of thousands) into relu layers with adam 0.05: three quarters of the first layer dies'),
 'nan-loss.raw-engines-momentum': ('dead-relu', P, ['dead-relu', 'lr-too-high'], 'raw engine readings with sgd 0.5 and momentum 0.9: the first step kills every first-layer relu, the loss sits at the baseline'),
 'exploding-gradient.raw-gt-unnormalised': ('exploding-gradient', P, ['exploding-gradient'], 'gross tonnage (up to ~200,000) fed unnormalised with sgd momentum: gradients in the 1e14 range'),
 'exploding-gradient.raw-litres-target': ('exploding-gradient', P, ['exploding-gradient'], 'fuel_litres regressed in raw litres (normalizeTarget left off): gradients in the tens of thousands'),
 'exploding-gradient.raw-minutes-adam': ('exploding-gradient', P, ['exploding-gradient'], 'raw features and raw-minute target with adam: gradient norms up to 3e8 and the loss ends above the baseline'),
 'nan-loss.raw-litres-sgd': ('exploding-gradient', P, ['exploding-gradient', 'nan-loss'], 'raw features and raw litres with sgd 0.01: first loss 3e18, gradients to 1.8e8, the loss ends at 62x the baseline'),
 'vanishing-gradient.eight-sigmoid': ('vanishing-gradient', P, ['vanishing-gradient'], 'eight stacked sigmoid layers on the engine data with plain sgd'),
 'vanishing-gradient.tanh-tiny-init-deep': ('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'six tanh layers initialised with std 0.01: first-layer gradients around 1e-13'),
 'vanishing-gradient.ten-sigmoid-type': ('vanishing-gradient', P, ['vanishing-gradient'], 'ten sigmoid layers on the job-type classifier'),
 'vanishing-gradient.sigmoid-stack-circles': ('vanishing-gradient', P, ['vanishing-gradient'], 'seven sigmoid layers on circles with sgd'),
 'nan-loss.bunker-lr-three': ('nan-loss', P, ['nan-loss', 'lr-too-high'], 'sgd lr 3 on the fuel regression: NaN in the first epoch'),
 'dead-relu.sgd-kicked': ('nan-loss', P, ['nan-loss', 'lr-too-high'], 'sgd lr 0.6 at batch 8 on the fuel regression (written to show dead relus): NaN in the first epoch'),
 'init-scale.uniform-limit-ten-relu': ('nan-loss', P, ['nan-loss', 'init-scale'], 'uniform init with limit 10 on two relu layers: NaN in the first epoch'),
 'lr-too-high.nesterov-one-bunker': ('nan-loss', P, ['nan-loss', 'lr-too-high'], 'nesterov sgd at lr 1.0 on the fuel regression: NaN in the first epoch'),
 'lr-too-high.adam-half-engines': ('lr-too-high', P, ['lr-too-high'], 'adam lr 0.5 on the engine-fault classifier: the loss jumps (5.87 at one epoch) and ends above the baseline'),
 'lr-too-high.rmsprop-point-two': ('lr-too-high', P, ['lr-too-high', 'dead-relu', 'oscillating-loss'], 'rmsprop lr 0.2: first epoch loss 25, then bounces between 0.30 and 0.70 with 94% of units dead'),
 'lr-too-high.sgd-two-delay': ('lr-too-high', P, ['lr-too-high'], 'sgd lr 2.5 with momentum 0.9 on the delay classifier: the loss rises from its first epoch and stays 2-4x the baseline'),
 'oscillating-loss.momentum-099': ('lr-too-high', P, ['lr-too-high', 'exploding-gradient'], 'sgd lr 0.1 with momentum 0.99 (written to oscillate): the loss diverges to 1e17'),
 'lr-too-low.adam-1e-6': ('lr-too-low', P, ['lr-too-low'], 'adam lr 1e-6: 0.726 to 0.722 in 100 epochs'),
 'lr-too-low.full-batch-sgd': ('lr-too-low', P, ['lr-too-low'], 'plain sgd lr 0.001 on the full batch of 400 jobs: one step an epoch, the loss barely moves'),
 'lr-too-low.rmsprop-2e-6': ('lr-too-low', P, ['lr-too-low'], 'rmsprop lr 2e-6 on the job-type classifier'),
 'loss-plateau.clip-tiny-sgd': ('lr-too-low', P, ['lr-too-low', 'loss-plateau'], 'clipNorm 0.0005 strangles every sgd step (written as a plateau): the loss creeps 1.64 to 1.61, updates ~1e-6 of the weights'),
 'saturated-activation.raw-hours-sigmoid': ('saturated-activation', P, ['saturated-activation'], 'raw engine readings into a sigmoid hidden layer: every unit pinned'),
 'saturated-activation.raw-gt-tanh-type': ('saturated-activation', P, ['saturated-activation'], 'raw gross tonnage into a tanh layer on the job-type classifier: saturated 100%, loss stuck at baseline'),
 'saturated-activation.sigmoid-bias-eight': ('saturated-activation', P, ['saturated-activation'], 'sigmoid hidden layer with bias 8: every unit at 1'),
 'exploding-gradient.raw-engines-sgd': ('saturated-activation', P, ['saturated-activation'], 'raw engine readings into tanh with sgd (written as exploding): the tanh layer is 100% saturated and gradients are tiny'),
 'loss-plateau.dropout-ninety': ('loss-plateau', T, ['loss-plateau'], 'dropout 0.9 after both hidden layers: the loss stalls at the baseline'),
 'loss-plateau.heavy-weight-decay': ('loss-plateau', T, ['loss-plateau'], 'adam with weightDecay 2 (meant 2e-4): the loss falls to 0.54 then is pulled back to the baseline and stays'),
 'loss-plateau.one-unit-bottleneck-spirals': ('loss-plateau', T, ['loss-plateau'], 'a 1-unit relu first layer on 3-class spirals: the loss stalls at 0.92 of the baseline'),
 'loss-plateau.sigmoid-deep-moons': ('loss-plateau', T, ['loss-plateau', 'vanishing-gradient'], 'five sigmoid layers on moons with plain sgd: the loss sits at ln 2 for 200 epochs'),
 'oscillating-loss.adam-batch-one': ('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'adam lr 0.05 at batch size 1: the loss swings between 0.27 and 0.47 epoch to epoch'),
 'oscillating-loss.sgd-point-eight-full': ('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'full-batch sgd lr 8 on the delay classifier: the loss swings 0.6 to 1.44 for most of the run'),
}
D = {
 'invalid-spec.batch-zero': 'trimmed to size (invalid-spec already has 4)',
 'invalid-spec.validation-split-one': 'trimmed to size (invalid-spec already has 4)',
 'data-error.unit-as-feature': 'trimmed to size (data-error already has 4)',
 'data-error.next-year-file': 'trimmed to size (data-error already has 4)',
 'loss-activation-mismatch.relu-head-standardised': 'trimmed to size; also borderline (a relu head reached 0.53 of the baseline)',
 'loss-activation-mismatch.softmax-one-unit-mse': 'trimmed to size',
 'dead-relu.bias-minus-three-engines': 'only 38% of units dead and the loss reached 0.69 of the baseline: borderline',
 'nan-loss.raw-gt-minutes': 'showed dead-relu (first layer 100% dead), not NaN; trimmed as dead-relu already has 4',
 'lr-too-high.adam-point-three-type': 'showed dead relus and a stall near the baseline rather than a rising loss; trimmed',
 'lr-too-low.sgd-1e-5': 'the loss fell 3.71 to 3.26: slow but moving; trimmed as borderline',
 'lr-too-low.momentum-1e-5-bunker': 'learnt from 1.50 to 0.38: not too low',
 'saturated-activation.raw-bunker-tanh': 'saturated 0.87 yet the loss reached 0.15 of the baseline: borderline',
 'exploding-gradient.deep-wide-normal': 'showed NaN at epoch 1; trimmed (nan-loss already has 4)',
 'no-nonlinearity.moons-linear-hidden': 'a linear boundary reaches 0.44 of the baseline on moons: borderline',
 'oscillating-loss.rmsprop-batch-two': 'swings small and the loss keeps falling: borderline',
 'shape-mismatch.two-sigmoid-units': 'the engine accepted 2 sigmoid units under bce and trained to 0.56 of the baseline: no mismatch shown',
 'ok.delay-adam-relu': 'ended at 0.68 of the baseline on the noisy delay label: not clearly healthy',
 'ok.delay-elu-dropout-val': 'ended at 0.88 of the baseline',
 'ok.delay-logistic-full-batch': 'ended at 0.87 of the baseline',
 'ok.delay-sgd-tanh': 'hidden tanh layer 66% saturated',
 'ok.engines-eu-tanh': 'ended at 0.69 of the baseline while others reach 0.1',
 'ok.engines-eu-uniform-init': 'ended at 0.70 of the baseline, 50% of relus dead',
 'ok.engines-rmsprop-clip': 'ended at 0.47 of the baseline while others reach 0.1',
 'ok.engines-sigmoid-bn-sgd': 'ended at 0.52 of the baseline',
 'ok.engines-two-class-cce': 'ended at 0.40 of the baseline while others reach 0.1',
 'ok.engines-eu-adam-elu': 'ended at 0.53 of the baseline',
 'ok.engines-sgd-sigmoid-hidden': 'hidden sigmoid layer 48% saturated',
 'ok.type-nesterov-elu-val': 'validation loss 1.79, above the baseline: overfits',
 'ok.circles-tanh-rmsprop': 'second tanh layer 81% saturated',
 'ok.inline-tide-window': 'hidden tanh layer 58% saturated on a 12-row table',
}
H = {
 'ok.duration-adam-relu': 'jobs.csv duration_min, standard + normalizeTarget, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32',
 'ok.duration-sgd-momentum-tanh': 'jobs.csv duration, [24 tanh, 1], mse, sgd momentum 0.9 lr 0.05',
 'ok.duration-nesterov-elu': 'jobs.csv duration, [32 elu, 16 elu, 1], nesterov sgd 0.02, batch 16',
 'ok.duration-rmsprop-batchnorm': 'jobs.csv duration, batch norm on two relu layers, rmsprop 0.002',
 'ok.duration-minmax-leaky': 'jobs.csv duration, minmax features and target, [32 leaky_relu, 1], adam 0.005, 200 epochs',
 'ok.duration-plain-sgd-batch8': 'jobs.csv duration, [16 tanh, 1], plain sgd 0.02, batch 8',
 'ok.duration-adam-batch1-small-lr': 'jobs.csv duration, batch size 1, adam 0.0005, 40 epochs',
 'ok.duration-linear-regression': 'jobs.csv duration, a single linear unit (plain linear regression), sgd 0.05',
 'ok.duration-dropout-weightdecay': 'jobs.csv duration, [64 relu, dropout 0.2, 32 relu, 1], adam with weightDecay 5e-4, validationSplit 0.2',
 'ok.duration-deep-narrow-adam': 'jobs.csv duration, four narrow relu layers (12,12,8,8), adam 0.002, 200 epochs',
 'ok.duration-xavier-normal-tanh-clip': 'jobs.csv duration, two xavier_normal tanh layers, sgd momentum with clipNorm 5',
 'ok.duration-wide-he-uniform': 'jobs.csv duration, [64 relu he_uniform, 1], adam 0.002, batch 64',
 'ok.duration-elu-full-batch': 'jobs.csv duration, full batch of 400, [32 elu, 1], adam 0.01, 400 epochs',
 'ok.type-adam-relu': 'jobs.csv job_type (4 string classes, rare escort), [32 relu, 16 relu, 4 softmax], cce, adam',
 'ok.type-rmsprop-tanh': 'jobs.csv job_type, [24 tanh, 4 softmax], rmsprop 0.003, batch 16',
 'ok.type-minmax-batchnorm': 'jobs.csv job_type, minmax, batch-normed relu layer, adam, batch 64 (berthing vs unberthing is a coin toss in this data, so ~0.5 of the baseline is its floor)',
 'ok.type-large-batch-rmsprop': 'jobs.csv job_type, [48 relu, dropout 0.1, 4 softmax], rmsprop 0.005, batch 128',
 'ok.type-elu-dropout-adam': 'jobs.csv job_type, [48 elu, dropout 0.2, 24 elu, 4 softmax], adam 0.003',
 'ok.engines-adam-relu': 'engines.csv fault (18% positive, 5% flipped), standard, [32 relu, 16 relu, 1 sigmoid], bce, adam',
 'ok.engines-eu-deep-he-uniform': 'engines-eu.csv (semicolons, decimal commas), three he_uniform relu layers, adam 0.001',
 'ok.engines-adam-clip-decay': 'engines.csv, adam with clipNorm 1 and weightDecay 1e-4, batch 16',
 'ok.bunker-adam-relu': 'bunker.csv (tab-separated fuel log), fuel_litres with normalizeTarget, [32 relu, 1], adam',
 'ok.bunker-sgd-elu-batch4': 'bunker.csv, [16 elu, 8 elu, 1], sgd momentum 0.5, batch 4',
 'ok.bunker-rmsprop-lecun-tanh': 'bunker.csv, [32 tanh lecun_normal, 1], rmsprop 0.001',
 'ok.bunker-full-batch-adam': 'bunker.csv, full batch of 300, [48 relu, 24 relu, 1], adam 0.01, 400 epochs',
 'ok.bunker-weightdecay-nesterov': 'bunker.csv, nesterov sgd with weightDecay 1e-4, validationSplit 0.2',
 'ok.bunker-subset-features': 'bunker.csv with a features subset (3 of 5 columns), adam 0.005',
 'ok.bunker-leaky-rmsprop': 'bunker.csv, [32 leaky_relu, 16 leaky_relu, 1], rmsprop 0.001, batch 16',
 'ok.iris-adam': 'iris standard, [16 relu, 3 softmax], adam 0.01',
 'ok.iris-sgd-tanh-batch1': 'iris minmax, [8 tanh, 3 softmax], plain sgd 0.02 at batch size 1',
 'ok.iris-rmsprop-elu': 'iris standard, [16 elu, 3 softmax], rmsprop 0.005, batch 8',
 'ok.moons-relu-deep': 'moons noise 0.15, three relu layers, adam 0.005',
 'ok.moons-normal-init-sgd': 'moons, [24 tanh normal std 0.3, 1 sigmoid], sgd lr 0.3 momentum 0.9',
 'ok.moons-leaky-rmsprop': 'moons noise 0.15, two leaky_relu layers, rmsprop 0.003',
 'ok.xor-elu-nesterov': 'xor, [16 elu, 1 sigmoid], nesterov sgd 0.1',
 'ok.spirals-wide-deep': '3-class spirals, [64 relu, 64 relu, 32 relu, 3 softmax], adam, 400 epochs',
 'ok.blobs-five-classes': '5-class blobs, [16 relu, 5 softmax], adam 0.01',
 'ok.blobs-three-nesterov-tanh': '3-class blobs, [8 tanh, 3 softmax], nesterov sgd 0.05',
 'ok.sine-tanh-regression': 'sine regression, two tanh layers, adam 0.005, 300 epochs',
}
cand = os.path.join(here, 'candidates')
names = sorted(f[:-len('.nn.json')] for f in os.listdir(cand))
assert set(names) == set(F) | set(D) | set(H), set(names) ^ (set(F) | set(D) | set(H))
for sub in ('faulty', 'healthy', 'dropped'): os.makedirs(os.path.join(here, sub), exist_ok=True)
faults, healthy = [], []
for name in names:
    src = os.path.join(cand, name + '.nn.json')
    if name in F:
        code, stage, catches, text = F[name]
        new = code + '.' + name.split('.', 1)[1]
        shutil.move(src, os.path.join(here, 'faulty', new + '.nn.json'))
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {o(name)})', 'stage': stage, 'catches': catches})
    elif name in H:
        shutil.move(src, os.path.join(here, 'healthy', name + '.nn.json'))
        healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{H[name]} (observe: {o(name)})'})
    else:
        shutil.move(src, os.path.join(here, 'dropped', name + '.nn.json'))
os.rmdir(cand)
about = ('Fault set blind286 (issue #4), written blind and frozen before the product was run on it. Theme: harbour tugboat operators. '
         'Data from data/generate.ts (seed 286): jobs.csv (400 ship-assist jobs: skewed gross tonnage, collinear ship length, wind, current, tide, tugs, night, '
         'a pilot_years column with no effect, job_id/timestamp/berth text columns; targets duration_min, delayed 0/1, job_type with 4 string classes), '
         'jobs-gaps.csv (NA and empty readings), engines.csv and engines-eu.csv (semicolons, decimal commas; running_hours in the tens of thousands; fault 0/1, 5% flipped), '
         'bunker.csv (tab-separated fuel log, fuel_litres in raw litres), plus builtins and one inline table. Each fault/covers text ends with its '
         'test/faults/observe.ts --summary line (observed.txt; curves in observed-curves.txt). Dropped candidates and reasons: '
         + '; '.join(f'{k}: {v}' for k, v in sorted(D.items())))
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=1)
from collections import Counter
print(len(faults), len(healthy), len(D)); print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
