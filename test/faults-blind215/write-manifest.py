#!/usr/bin/env python3
"""Verdicts of set blind215: moves candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind215: python3 write-manifest.py"""
import json, os, shutil

obs = {}
for line in open('observed.txt'):
    line = line.strip()
    if not line: continue
    key = line.split(':')[0].split(' ')[0].replace('.nn.json', '')
    obs[key] = line

S, P, T = 'static', 'probe', 'training'
# candidate -> (new code or None, stage, extra catches, fault text)
F = {
 'invalid-spec.optimizer-adamw': (None, S, [], 'optimizer typed "adamw" (PyTorch name) for the haze classifier'),
 'invalid-spec.activation-sigmoid-capital': (None, S, [], 'activation written "Sigmoid" as in a Keras class name, perry style model'),
 'invalid-spec.dropout-rate-one': (None, S, [], 'dropout rate 1.0 on the juice-yield model (meant "keep everything", drops everything)'),
 'invalid-spec.batch-size-zero': (None, S, [], 'batchSize 0 left from a template meaning "full batch" on the tank log'),
 'data-error.file-name-typo': (None, S, [], 'data path "pressing.csv" for the press log pressings.csv'),
 'data-error.gaps-sheet': (None, S, [], 'trained on the shed copy pressings-gaps.csv with NA, n/a and blank lab readings'),
 'data-error.yeast-text-feature': (None, S, [], 'yeast strain name (text) listed as a feature of the tank log'),
 'data-error.path-outside-workspace': (None, S, [], 'data path pointing at the cidery server outside the workspace'),
 'shape-mismatch.perry-two-styles': (None, S, [], 'perry style model with 2 softmax units for 3 styles (dry, medium, sweet)'),
 'shape-mismatch.perry-four-styles': (None, S, [], 'perry style model with 4 softmax units (an old "still" style counted) for 3 styles'),
 'shape-mismatch.tank-one-output': (None, S, [], 'tank model with two targets (final_sg, days_to_dry) but a single output unit'),
 'shape-mismatch.yield-three-heads': (None, S, [], 'juice-yield regression with 3 output units for one target column'),
 'loss-activation-mismatch.bce-linear-head': (None, S, [], 'haze bce with a linear output unit instead of sigmoid'),
 'loss-activation-mismatch.cce-sigmoid-head': (None, S, [], 'perry cce with a sigmoid output layer instead of softmax'),
 'loss-activation-mismatch.relu-head-standardised-gravity': (None, S, [], 'relu output on a standardised final gravity target that is half negative'),
 'loss-activation-mismatch.tanh-head-raw-litres': (None, S, ['data-error'], 'tanh output unit (range -1..1) on raw juice litres (hundreds), no target normalisation'),
 'init-symmetry.zeros-hidden': (None, S, [], 'hidden tanh layer of 16 units initialised to zeros'),
 'init-symmetry.constant-tenth': (None, S, [], 'hidden relu layer of 20 units initialised to the constant 0.1'),
 'init-symmetry.zeros-two-layers': (None, S, ['loss-plateau'], 'two tanh layers (24, 12) both initialised to zeros: the network never leaves the mean'),
 'init-symmetry.constant-half-sigmoid': (None, S, [], 'sigmoid hidden layer of 12 units initialised to the constant 0.5'),
 'init-scale.normal-std-5': (None, S, ['saturated-activation'], 'tanh layer of 32 with normal init std 5 on standardised haze features: saturated from the start'),
 'init-scale.uniform-limit-20': (None, S, ['nan-loss', 'exploding-gradient'], 'relu layers initialised uniform +-20: loss NaN in the first epoch'),
 'init-scale.tiny-std-deep-tanh': (None, S, ['vanishing-gradient', 'loss-plateau'], 'three tanh layers with normal std 1e-4: signal and gradients vanish, loss stays at baseline'),
 'init-scale.normal-std-30-sigmoid': (None, S, ['saturated-activation'], 'sigmoid layer with normal std 30 on circles: three quarters of units saturated'),
 'no-nonlinearity.perry-linear-stack': (None, S, [], 'perry model hidden layers 32 and 16 both linear'),
 'no-nonlinearity.moons-linear-hidden': (None, S, [], 'moons with two linear hidden layers: a linear boundary'),
 'no-nonlinearity.circles-linear-three': (None, S, ['loss-plateau'], 'circles with three linear hidden layers: stuck at baseline'),
 'no-nonlinearity.haze-activation-forgotten': (None, S, [], 'haze model hidden layers written without "activation" (default linear)'),
 'lr-out-of-range.adam-lr-5': (None, S, ['lr-too-high'], 'adam learning rate 5 (meant 5e-3)'),
 'lr-out-of-range.sgd-lr-80': (None, S, ['lr-too-high', 'nan-loss'], 'sgd learning rate 80 on the yield model: NaN in the first epoch'),
 'lr-out-of-range.rmsprop-1e-9': (None, S, ['lr-too-low'], 'rmsprop learning rate 1e-9: nothing moves'),
 'lr-out-of-range.sgd-momentum-1e-8': (None, S, ['lr-too-low'], 'sgd with momentum at learning rate 1e-8 on the tank log'),
 'dead-relu.negative-bias-minus-6': (None, P, [], 'relu layer with initial bias -6 on standardised haze features: every unit dead'),
 'dead-relu.deep-bias-minus-3': (None, P, ['loss-plateau'], 'three relu layers with bias -3: layers 2 and 3 dead, loss at baseline'),
 'dead-relu.raw-pectin-big-rate': (None, P, ['lr-too-high'], 'relu on raw pectin (mg/L, hundreds) with sgd 0.5: first step kills every unit'),
 'dead-relu.sgd-kick-kills-units': (None, P, ['exploding-gradient', 'lr-too-high'], 'yield relu net on raw litres target (no target normalisation), sgd 0.05: the first huge step kills the second layer'),
 'dead-relu.huge-rate-relu-classes': ('dead-relu', P, ['lr-too-high', 'lr-out-of-range'], 'perry relu net, raw features, sgd 3 with momentum 0.9 (meant to be a NaN case): both relu layers die after a first-step loss of 5e4'),
 'exploding-gradient.raw-litres-raw-kg': (None, P, ['lr-too-high', 'dead-relu'], 'yield relu net on raw kilograms and raw litres (nothing normalised), sgd 0.001: first loss 7e13'),
 'exploding-gradient.raw-days-target': (None, P, ['dead-relu', 'lr-too-high'], 'days-to-dry on its raw scale (tens of days) with sgd momentum 0.01: first loss 1e7, then relu layer dead'),
 'exploding-gradient.unnormalised-haze-momentum': (None, P, ['lr-too-high', 'dead-relu'], 'haze elu net on raw features (pectin in hundreds) with sgd 0.05 momentum 0.95: gradients to 1e8'),
 'vanishing-gradient.deep-sigmoid-sgd': (None, P, ['loss-plateau'], 'eight sigmoid layers of 16 with plain sgd on haze: first-layer gradient 1e-5'),
 'vanishing-gradient.sigmoid-tower-regression': (None, P, ['loss-plateau'], 'six sigmoid layers on the yield regression with plain sgd: stays at baseline'),
 'vanishing-gradient.spirals-sigmoid-ten': (None, P, ['loss-plateau'], 'ten sigmoid layers of 12 on spirals: first-layer gradient 1e-9'),
 'nan-loss.raw-days-big-rate': (None, P, ['exploding-gradient', 'lr-too-high'], 'raw tank features and raw days target, sgd 0.1 momentum, batch 8: NaN in epoch 1'),
 'nan-loss.pomace-linear-sgd': (None, P, ['exploding-gradient', 'lr-too-high'], 'linear yield model on raw kg and pomace kg, sgd 0.01: NaN in epoch 1'),
 'nan-loss.deep-relu-std-1': ('nan-loss', P, ['exploding-gradient', 'init-scale'], 'five relu layers of 32 with normal std 1 init and sgd momentum (written as exploding): NaN in epoch 1'),
 'nan-loss.batch-one-sgd': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'yield relu net with sgd 0.08 at batch size 1 (written as oscillating): NaN in epoch 1'),
 'nan-loss.nesterov-1-tank': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'tank tanh net with nesterov sgd at rate 1.0 (written as lr-too-high): loss 1e29 then NaN in epoch 2'),
 'lr-too-high.sgd-2-haze': (None, P, ['oscillating-loss'], 'haze tanh net with sgd 2.0 momentum 0.9: loss bounces 0.5-1.5 and ends twice the baseline'),
 'lr-too-high.adam-half-perry': (None, P, ['dead-relu'], 'perry relu net with adam 0.5: blows up, relu layer dies, loss stuck at baseline'),
 'lr-too-high.adam-1-moons': (None, P, ['dead-relu', 'oscillating-loss'], 'moons relu net with adam 1.0: bounces around 0.52 (healthy moons reach 0.02)'),
 'lr-too-low.sgd-1e-5-haze': (None, T, [], 'haze relu net with plain sgd 1e-5: loss 1.024 to 1.012 in 100 epochs'),
 'lr-too-low.adam-1e-6-perry': (None, T, [], 'perry relu net with adam 1e-6: loss 1.656 to 1.634'),
 'lr-too-low.rmsprop-2e-6-yield': (None, T, [], 'yield tanh net with rmsprop 2e-6: loss 2.30 to 2.19'),
 'lr-too-low.clipnorm-tiny': ('lr-too-low', T, ['loss-plateau'], 'tank tanh net with clipNorm 1e-4 (meant 1.0; written as a plateau): every step is tiny, loss 1.194 to 1.191 in 150 epochs'),
 'saturated-activation.raw-pectin-sigmoid': (None, P, [], 'sigmoid hidden layer on raw haze features (pectin up to 2000 mg/L): 94% of outputs pinned'),
 'saturated-activation.raw-kg-tanh': (None, P, [], 'tanh hidden layer on raw press features (apple kg in hundreds): 99% saturated'),
 'saturated-activation.bias-plus-8-sigmoid': (None, P, ['loss-plateau'], 'sigmoid layer with initial bias 8: every unit at 1, loss at baseline'),
 'loss-plateau.weight-decay-one': (None, T, [], 'haze model with adam weightDecay 1.0 (meant 1e-4): loss settles on the baseline'),
 'loss-plateau.dropout-0p9': (None, T, [], 'perry model with dropout 0.9 after both hidden layers: loss hovers near the baseline'),
 'loss-plateau.circles-sigmoid-sgd-slow': (None, T, ['vanishing-gradient'], 'three sigmoid layers of 4 with plain sgd 0.05 on circles: flat at ln 2 for 150 epochs'),
 'loss-plateau.yield-weight-decay-heavy': (None, T, ['dead-relu'], 'yield relu net with sgd weightDecay 3: loss stuck at the baseline'),
 'oscillating-loss.momentum-0p99': (None, T, ['lr-too-high'], 'haze tanh net with sgd 0.3 momentum 0.99: loss swings 0.27-0.72 and ends above the baseline'),
 'oscillating-loss.rmsprop-0p3-yield': ('oscillating-loss', T, ['lr-too-high'], 'yield relu net with rmsprop 0.3 (written as lr-too-high): loss swings 0.20-0.64 for 100 epochs without settling'),
}
# original candidate name for re-filed ones
ORIG = {
 'dead-relu.huge-rate-relu-classes': 'nan-loss.huge-rate-relu-classes',
 'nan-loss.deep-relu-std-1': 'exploding-gradient.deep-relu-std-1',
 'nan-loss.batch-one-sgd': 'oscillating-loss.batch-one-sgd',
 'nan-loss.nesterov-1-tank': 'lr-too-high.nesterov-1-tank',
 'lr-too-low.clipnorm-tiny': 'loss-plateau.clipnorm-tiny',
 'oscillating-loss.rmsprop-0p3-yield': 'lr-too-high.rmsprop-0p3-yield',
}
CAP = 'dropped to keep the set within 55-65 faults; a valid example of its code'
DROP = {
 'invalid-spec.loss-keras-name': CAP, 'invalid-spec.init-glorot': CAP,
 'data-error.target-column-renamed': CAP, 'data-error.no-feature-list-timestamps': CAP,
 'nan-loss.raw-everything-sgd': CAP + ' (NaN in epoch 1)',
 'loss-activation-mismatch.softmax-mse': 'softmax with mse trained well (last/base 0.02, acc 0.976): only its text is wrong; dropped to keep the size cap and avoid a mismatch that does no harm',
 'shape-mismatch.haze-two-sigmoids': 'the engine accepted 2 sigmoid outputs for one bce target and trained (last/base 0.51): unclear what it did, dropped',
 'vanishing-gradient.deep-tanh-small-init': 'trained to last/base 0.24, acc 0.945: no vanishing shown',
 'lr-too-low.momentum-1e-5-tank': 'loss fell steadily 1.98 to 0.83 (below baseline): slow but not barely moving, borderline',
 'lr-too-low.full-batch-sgd-1e-3': 'iris full batch sgd 1e-3: loss 3.24 to 0.84, still falling; slow but borderline',
 'saturated-activation.raw-days-tanh-two': 'saturation 0.69 and last/base 0.51 (healthy tank models 0.30-0.46): borderline',
 'oscillating-loss.adam-0p1-batch-4': 'swings only about 0.60-0.73 with 96% dead units: neither clearly oscillating nor clean dead-relu',
 'oscillating-loss.rmsprop-0p05-full-batch': 'trained well to last/base 0.03 with small bumps: not a fault',
 'ok.haze-logistic-plain-sgd': 'logistic regression ends at last/base 0.72, nets reach 0.02-0.25: not as good as alternatives',
 'ok.haze-rmsprop-elu-val': 'last/base 0.60: borderline against other haze models',
 'ok.haze-nesterov-batchnorm-dropout': 'min 0.18 but last 0.25 (last/base 0.55): borderline',
 'ok.haze-adam-relu': 'last/base 0.46 while other haze nets reach 0.02-0.25: borderline',
 'ok.perry-softmax-regression-sgd': 'linear softmax ends at last/base 0.38, nets reach 0.02-0.19: borderline',
 'ok.perry-sigmoid-hidden-adam': 'last/base 0.37: borderline against other perry models',
 'ok.perry-batch-2-adam': 'last/base 0.31 after 40 epochs, still falling: borderline',
}
HEALTHY = {
 'ok.yield-adam-relu': 'pressings.csv standard + target standard, [32 relu, 16 relu, 1 linear], mse, adam 0.003, batch 32, 150 epochs',
 'ok.yield-sgd-momentum-tanh': 'pressings.csv, [24 tanh, 1], mse, sgd 0.02 momentum 0.9, batch 32',
 'ok.yield-rmsprop-elu-minmax': 'pressings.csv minmax features, [32 elu, 16 elu, 1], mse, rmsprop 0.002',
 'ok.yield-nesterov-batchnorm': 'pressings.csv, [32 relu bn, 16 relu bn, 1], mse, nesterov sgd 0.01',
 'ok.yield-plain-sgd-linear-model': 'pressings.csv, a single linear unit, plain sgd 0.05',
 'ok.yield-adam-batch-1': 'pressings.csv, [16 leaky_relu, 1], adam 0.001, batch size 1, 30 epochs',
 'ok.yield-full-batch-adam': 'pressings.csv, [32 tanh, 16 tanh, 1], adam 0.01, full batch 400, 300 epochs',
 'ok.yield-dropout-weightdecay-val': 'pressings.csv, [64 relu, dropout 0.2, 32 relu, 1], adam 0.002 weightDecay 1e-4, validationSplit 0.2',
 'ok.yield-pomace-features': 'pressings.csv with collinear apple_kg/pomace_kg features, [16 relu, 1], adam 0.005',
 'ok.yield-raw-features-minmax-clip': 'pressings.csv minmax, [32 relu, 1], sgd 0.05 momentum 0.9 clipNorm 1, batch 16',
 'ok.yield-rmsprop-tanh-batch-8': 'pressings.csv, [16 tanh, 1], rmsprop 0.001, batch 8',
 'ok.haze-sgd-momentum-tanh': 'haze.csv standard (18% hazy), [16 tanh, 8 tanh, 1 sigmoid], bce, sgd 0.05 momentum 0.9',
 'ok.haze-minmax-leaky': 'haze.csv minmax, [24 leaky_relu, 12 leaky_relu, 1 sigmoid], bce, adam 0.005, batch 16',
 'ok.haze-deep-narrow-adam': 'haze.csv, [12, 12, 8, 8 relu, 1 sigmoid], bce, adam 0.002, 200 epochs',
 'ok.haze-adam-elu-two': 'haze.csv, [24 elu, 12 elu, 1 sigmoid], bce, adam 0.003, batch 16',
 'ok.perry-adam-relu': 'perry-lots.csv (semicolon, decimal commas, 3 string styles, sweet rare), [32 relu, 3 softmax], cce, adam 0.005',
 'ok.perry-sgd-momentum-tanh': 'perry-lots.csv, [24 tanh, 12 tanh, 3 softmax], cce, sgd 0.05 momentum 0.9',
 'ok.perry-rmsprop-elu-wd': 'perry-lots.csv, [32 elu, 3 softmax], cce, rmsprop 0.002 weightDecay 1e-4',
 'ok.perry-batchnorm-nesterov': 'perry-lots.csv, [32 relu bn, 16 relu bn, 3 softmax], cce, nesterov sgd 0.02',
 'ok.perry-dropout-val-clip': 'perry-lots.csv, [48 relu, dropout 0.3, 24 relu, 3 softmax], adam 0.003 clipNorm 5, validationSplit 0.2, batch 16',
 'ok.perry-adam-leaky-wide': 'perry-lots.csv, [64 leaky_relu, 3 softmax], cce, adam 0.003',
 'ok.tank-two-targets-adam': 'tank-log.csv (tab-separated, text yeast column left out), two targets standardised, [24 relu, 2 linear], adam 0.005, batch 16',
 'ok.tank-two-targets-sgd-tanh': 'tank-log.csv two targets, [16 tanh, 2 linear], sgd 0.03 momentum 0.9',
 'ok.tank-days-rmsprop': 'tank-log.csv days_to_dry standardised, [32 elu, 16 elu, 1], rmsprop 0.001',
 'ok.tank-gravity-minmax-target': 'tank-log.csv final_sg with minmax target, [16 relu, 1 sigmoid], mse, adam 0.005 (sigmoid head suits a 0..1 target)',
 'ok.tank-full-batch-adam': 'tank-log.csv two targets, [32 tanh, 2 linear], adam 0.02, full batch 260, 400 epochs',
 'ok.iris-adam': 'builtin iris standard, [16 relu, 3 softmax], cce, adam 0.01, batch 16',
 'ok.moons-rmsprop-deep': 'builtin moons, [32, 32, 16 relu, 1 sigmoid], bce, rmsprop 0.002',
 'ok.moons-sgd-momentum-tanh': 'builtin moons, [16 tanh, 16 tanh, 1 sigmoid], bce, sgd 0.1 momentum 0.9',
 'ok.circles-tanh-nesterov': 'builtin circles, [16 tanh, 16 tanh, 1 sigmoid], bce, nesterov sgd 0.1',
 'ok.spirals-adam-wide': 'builtin spirals, [64 relu, 64 relu, 1 sigmoid], bce, adam 0.005, 300 epochs',
 'ok.sine-tanh-adam': 'builtin sine, [32 tanh, 32 tanh, 1 linear], mse, adam 0.005',
 'ok.blobs-four-sgd': 'builtin blobs 4 classes, [16 relu, 4 softmax], cce, plain sgd 0.05',
 'ok.xor-sigmoid-adam': 'builtin xor, [8 sigmoid, 1 sigmoid], bce, adam 0.03 (sigmoid hidden that genuinely trains)',
 'ok.inline-bletting-days': 'inline table of bletting days vs ready/not (30 rows), [4 tanh, 1 sigmoid], bce, adam 0.05 full batch',
 'ok.inline-vat-styles': 'inline table of gravity/pH vs string vat style (15 rows), [12 elu, 3 softmax], cce, adam 0.02 full batch',
}

names = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
for name in list(F) + list(ORIG.values()):
    pass
handled = set(DROP) | set(HEALTHY) | {ORIG.get(k, k) for k in F}
missing = [n for n in names if n not in handled]
extra = [n for n in handled if n not in names]
assert not missing and not extra, (missing, extra)

for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy, dropped = [], [], []
for new, (code, stage, catches, text) in F.items():
    orig = ORIG.get(new, new)
    code = code or new.split('.')[0]
    assert new.startswith(code + '.')
    shutil.move(f'candidates/{orig}.nn.json', f'faulty/{new}.nn.json')
    faults.append({'file': f'faulty/{new}.nn.json', 'code': code,
                   'fault': f'{text} (observe: {obs[orig]})', 'stage': stage,
                   'catches': [code] + [c for c in catches if c != code]})
for name, covers in HEALTHY.items():
    shutil.move(f'candidates/{name}.nn.json', f'healthy/{name}.nn.json')
    healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{covers} (observe: {obs[name]})'})
for name, why in DROP.items():
    shutil.move(f'candidates/{name}.nn.json', f'dropped/{name}.nn.json')
    dropped.append({'file': f'dropped/{name}.nn.json', 'reason': why})
os.rmdir('candidates')

about = ('Blind fault set 215 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: cider presses and perry makers. Data by data/generate.ts (seeds 215001-215005): pressings.csv (400 press loads, '
         'juice_L in raw litres, skewed apple_kg, collinear pomace_kg, humidity with no effect, id and timestamp text columns), '
         'pressings-gaps.csv (the same with NA, n/a and blanks), perry-lots.csv (330 lots, semicolon export with decimal commas, '
         'style dry/medium/sweet with sweet rare, 6% relabelled), haze.csv (360 bottled batches, 18% hazy, pectin log-normal in mg/L), '
         'tank-log.csv (tab-separated, 260 tanks, text yeast column, two targets final_sg and days_to_dry); plus builtins and two inline tables. '
         'Specs by author.ts; verdicts by write-manifest.py from test/faults/observe.ts --summary (observed.txt) and --curve (observed-curves.txt); '
         '"stage" is the writer\'s expectation, "catches" the codes whose advice would genuinely fix the fault. Dropped candidates are listed in dropped.json and README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1)
json.dump(dropped, open('dropped.json', 'w'), indent=1)
from collections import Counter
print(len(faults), len(healthy), len(dropped))
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
