#!/usr/bin/env python3
"""Verdicts of fault set blind198: files candidates/ into faulty/, healthy/ and dropped/ and writes manifest.json.
Run from test/faults-blind198 after observed.txt exists: python3 write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

observed = {}
for line in open('observed.txt'):
    line = line.strip()
    if not line:
        continue
    m = re.match(r'^([^:\s]+?)(?:\.nn\.json)?[: ]', line)
    name = m.group(1)
    observed[name] = line

S, P, TR = 'static', 'probe', 'training'
# candidate -> (code, stage, catches, fault text, new name or None)
F = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', S, ['invalid-spec'], 'optimizer "adamw" copied from a PyTorch training script; the engine has adam, sgd and rmsprop only'),
 'invalid-spec.activation-tanh-capital': ('invalid-spec', S, ['invalid-spec'], 'hidden activations written "Tanh" (the class name) in the appliance classifier'),
 'invalid-spec.dropout-rate-percent': ('invalid-spec', S, ['invalid-spec'], 'dropout rate written as a percentage (20) instead of a fraction (0.2)'),
 'invalid-spec.loss-keras-name': ('invalid-spec', S, ['invalid-spec'], 'loss written "binary_crossentropy" (Keras name) for the tar-risk flag instead of "bce"'),
 'data-error.file-name-singular': ('data-error', S, ['data-error'], 'spec points at ../data/sweep.csv; the office file is sweeps.csv'),
 'data-error.target-without-unit': ('data-error', S, ['data-error'], 'target "creosote" but the column is creosote_mm (unit suffix forgotten)'),
 'data-error.tablet-sync-gaps': ('data-error', S, ['data-error'], 'trains on the van tablet\'s sync (sweeps-gaps.csv) whose readings hold NA, n/a and empty cells'),
 'data-error.no-features-job-ref-text': ('data-error', S, ['data-error'], 'no "features" list, so the job_ref (SW-10000) and visit_date text columns are read as features'),
 'data-error.path-outside-workspace': ('data-error', S, ['data-error'], 'CSV path climbs out of the workspace to a copy in the office home folder'),
 'shape-mismatch.three-appliances-not-four': ('shape-mismatch', S, ['shape-mismatch'], 'appliance head has 3 softmax units but installs.csv has 4 appliances (rare "pellet" forgotten)'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', S, ['shape-mismatch'], 'fitting model targets hours and invoice_gbp but keeps a 1-unit output'),
 'shape-mismatch.iris-two-units': ('shape-mismatch', S, ['shape-mismatch'], 'iris test spec with a 2-unit softmax head for 3 species'),
 'loss-activation-mismatch.softmax-mse-appliance': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'appliance classifier with a softmax head trained with mse instead of cce'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'tar-risk flag trained with bce on a linear output unit (no sigmoid)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'appliance classifier with cce on a 4-unit sigmoid head instead of softmax; the loss runs to ~0 while accuracy stays poor'),
 'loss-activation-mismatch.relu-head-standardised-target': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'creosote depth standardised (normalizeTarget standard, half the targets negative) but predicted by a relu output that cannot go below 0'),
 'loss-activation-mismatch.tanh-head-raw-hours': ('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'hours on site (2-40, raw) predicted by a tanh output that cannot exceed 1'),
 'init-symmetry.zeros-relu-hidden': ('init-symmetry', S, ['init-symmetry', 'dead-relu'], 'both relu hidden layers initialised to zeros (copied from a bias-init line)'),
 'init-symmetry.constant-tanh': ('init-symmetry', S, ['init-symmetry'], 'every layer of the appliance classifier initialised to the constant 0.1'),
 'init-symmetry.zeros-sigmoid-everywhere': ('init-symmetry', S, ['init-symmetry'], 'a 10-unit sigmoid layer and its head both zero-initialised: every hidden unit stays identical'),
 'init-scale.normal-std-8-relu': ('init-scale', S, ['init-scale', 'exploding-gradient'], 'normal init with std 8 (meant 0.08) on every layer of the creosote regressor'),
 'init-scale.uniform-limit-25-tanh': ('init-scale', S, ['init-scale', 'saturated-activation'], 'uniform init with limit 25 on the tanh layers: units start pinned at +-1'),
 'init-scale.normal-std-1e-4-deep-relu': ('init-scale', S, ['init-scale', 'vanishing-gradient'], 'five relu layers initialised with std 1e-4: the signal and gradient die out through the stack'),
 'init-scale.normal-std-1e-5-tanh': ('init-scale', S, ['init-scale', 'vanishing-gradient'], 'four tanh layers with std 1e-5 on circles: outputs collapse to zero'),
 'no-nonlinearity.linear-stack-circles': ('no-nonlinearity', S, ['no-nonlinearity'], 'two linear hidden layers on circles: the network is a linear classifier'),
 'no-nonlinearity.linear-hidden-appliance': ('no-nonlinearity', S, ['no-nonlinearity'], 'three hidden layers with activation "linear" in the appliance classifier'),
 'no-nonlinearity.default-activation-moons': ('no-nonlinearity', S, ['no-nonlinearity'], 'hidden layers with no activation written (default linear) on moons'),
 'lr-out-of-range.lr-zero': ('lr-out-of-range', S, ['lr-out-of-range'], 'adam lr 0 (placeholder left in the template)'),
 'lr-out-of-range.lr-negative': ('lr-out-of-range', S, ['lr-out-of-range'], 'sgd lr -0.01 (sign typo)'),
 'lr-out-of-range.adam-lr-40': ('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'adam lr 40 (meant 0.004)'),
 'lr-out-of-range.rmsprop-lr-1e-9': ('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'rmsprop lr 1e-9 (exponent typo for 1e-3): the loss never moves'),
 'dead-relu.bias-minus-6': ('dead-relu', P, ['dead-relu'], 'relu layers with initial bias -6 on standardised inputs: the units never fire'),
 'dead-relu.sgd-lr-too-hot-raw-budget': ('dead-relu', P, ['dead-relu', 'exploding-gradient'], 'relu appliance classifier on raw features (heat_loss_w in thousands, budget_gbp in thousands) with sgd 0.05: the first steps push every relu dead'),
 'dead-relu.deep-negative-bias-hours': ('dead-relu', P, ['dead-relu'], 'four relu layers with bias -3: the deeper layers are entirely dead from the start'),
 'exploding-gradient.raw-invoice-target': ('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'invoice in raw pounds (about 3000) as an mse target without normalizeTarget; sgd'),
 'exploding-gradient.raw-hours-and-invoice': ('exploding-gradient', P, ['exploding-gradient'], 'raw features and raw hours + invoice targets (pounds in thousands) under rmsprop: gradient norms in the hundreds of thousands'),
 'exploding-gradient.raw-invoice-adam': ('exploding-gradient', P, ['exploding-gradient'], 'invoice in raw pounds without normalizeTarget under adam: gradient norms ~1e5 and the loss stays above the baseline'),
 'vanishing-gradient.deep-sigmoid-eight': ('vanishing-gradient', P, ['vanishing-gradient'], 'eight sigmoid hidden layers for the tar-risk flag under plain sgd'),
 'vanishing-gradient.deep-tanh-small-normal': ('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'ten tanh layers with normal std 0.05 on the appliance data'),
 'vanishing-gradient.sigmoid-tower-moons': ('vanishing-gradient', P, ['vanishing-gradient'], 'seven sigmoid layers on moons with rmsprop 5e-4'),
 'vanishing-gradient.sigmoid-stack-hours': ('vanishing-gradient', P, ['vanishing-gradient'], 'nine sigmoid layers for hours on site, Nesterov sgd'),
 'nan-loss.sgd-lr-2-raw-invoice': ('nan-loss', P, ['nan-loss', 'exploding-gradient', 'lr-too-high'], 'sgd lr 2 on the raw invoice target (pounds)'),
 'nan-loss.momentum-raw-creosote': ('nan-loss', P, ['nan-loss', 'exploding-gradient'], 'raw sweep features (wood kg/week up to 250) with sgd momentum 0.95'),
 'nan-loss.linear-deep-raw-hours': ('nan-loss', P, ['nan-loss', 'exploding-gradient', 'lr-too-high'], 'raw features and raw hours, four leaky_relu layers, sgd 0.5 momentum 0.9'),
 'exploding-gradient.deep-relu-std-0.7': ('nan-loss', P, ['nan-loss', 'exploding-gradient', 'init-scale'], 'eight relu layers with normal std 0.7 (fan-in 32): activations blow up through the stack', 'nan-loss.deep-relu-std-0.7'),
 'oscillating-loss.momentum-0.95-batch-4': ('nan-loss', P, ['nan-loss', 'lr-too-high'], 'creosote model with sgd 0.08, momentum 0.95, batch 4: meant to bounce, overflowed at once', 'nan-loss.momentum-0.95-batch-4'),
 'lr-too-high.adam-0.5-appliance': ('lr-too-high', P, ['lr-too-high'], 'adam lr 0.5 on the appliance classifier: jumps up, then bounces around the baseline with a dead layer'),
 'lr-too-high.nesterov-1.5-risk': ('lr-too-high', P, ['lr-too-high'], 'Nesterov sgd lr 1.5 on the tar-risk flag: loss bounces at 3-24 times the baseline'),
 'lr-too-high.rmsprop-0.2-creosote': ('lr-too-high', P, ['lr-too-high'], 'rmsprop lr 0.2 (100x usual) on the creosote regressor: bounces between 0.4 and 1.6, never near what lr 0.003 reaches'),
 'nan-loss.rmsprop-raw-features-lr-5': ('lr-too-high', P, ['lr-too-high', 'lr-out-of-range', 'dead-relu'], 'rmsprop lr 5 on raw install features: no NaN, but the loss jumps to 3e7 then sits at ~55x the baseline', 'lr-too-high.rmsprop-raw-features-lr-5'),
 'oscillating-loss.sgd-momentum-lr-0.6-risk': ('lr-too-high', P, ['lr-too-high', 'oscillating-loss'], 'sgd 0.6 momentum 0.9 batch 8 on the tar-risk flag: swings at 2-5x the baseline, never below it', 'lr-too-high.sgd-momentum-lr-0.6-risk'),
 'lr-too-low.sgd-1e-5-creosote': ('lr-too-low', TR, ['lr-too-low'], 'plain sgd lr 1e-5 on the creosote regressor: loss still sliding slowly above the baseline after 150 epochs'),
 'lr-too-low.adam-1e-6-appliance': ('lr-too-low', TR, ['lr-too-low'], 'adam lr 1e-6 on the appliance classifier'),
 'lr-too-low.rmsprop-3e-6-hours': ('lr-too-low', TR, ['lr-too-low'], 'rmsprop lr 3e-6 on hours on site'),
 'lr-too-low.momentum-2e-5-risk': ('lr-too-low', TR, ['lr-too-low'], 'sgd momentum lr 2e-5 on the tar-risk flag'),
 'saturated-activation.sigmoid-raw-watts': ('saturated-activation', P, ['saturated-activation'], 'sigmoid hidden layers on raw install features (heat loss in watts, budget in pounds), normalize none'),
 'saturated-activation.tanh-bias-6': ('saturated-activation', P, ['saturated-activation'], 'tanh layers started with bias 6: every unit pinned at +1'),
 'saturated-activation.tanh-raw-installs': ('saturated-activation', P, ['saturated-activation'], 'tanh hidden layer on raw install features, normalize none'),
 'saturated-activation.sigmoid-bias-8-creosote': ('saturated-activation', P, ['saturated-activation'], 'sigmoid layers with bias 8 in the creosote regressor'),
 'loss-plateau.xor-sigmoid-slow-sgd': ('loss-plateau', TR, ['loss-plateau', 'lr-too-low'], 'xor with 4 sigmoid units and plain sgd 0.02: the loss stalls at the baseline'),
 'loss-plateau.one-unit-bottleneck-spirals': ('loss-plateau', TR, ['loss-plateau'], 'a 1-unit relu bottleneck between two 32-unit layers on 3 spirals: stalls far above what the net reaches without it'),
 'loss-plateau.sgd-small-circles-tanh': ('loss-plateau', TR, ['loss-plateau', 'lr-too-low'], 'circles with 8 tanh units and plain sgd at the default 0.01: creeps from 0.72 to 0.68 and stalls'),
 'oscillating-loss.rmsprop-0.05-full-batch': ('oscillating-loss', TR, ['oscillating-loss', 'lr-too-high'], 'rmsprop lr 0.05 full batch on hours: the loss swings up and down in repeated waves'),
 'oscillating-loss.adam-0.05-batch-2': ('oscillating-loss', TR, ['oscillating-loss', 'lr-too-high'], 'adam lr 0.05 with batch 2 on the appliance classifier: the loss bounces between 0.68 and 0.85 and never settles'),
}
DROP = {
 'invalid-spec.batchsize-zero': 'valid static fault, trimmed to keep the set within 65 faults (invalid-spec has 4 others)',
 'shape-mismatch.risk-two-sigmoids': 'the engine trained a 2-unit sigmoid head on one 0/1 target (last/base 0.66): borderline, not clearly a shape fault',
 'init-symmetry.constant-elu-hours': 'constant init but the near-linear hours target still reached 0.14 of the baseline (healthy 0.08-0.12): the symmetry barely shows',
 'no-nonlinearity.linear-xor-sgd': 'shows its fault, trimmed for size (no-nonlinearity has 3 others)',
 'dead-relu.momentum-blowout-relu': 'dead units come from a first-epoch blow-up (loss 1.3e8): mixed lr-too-high/exploding/dead, trimmed',
 'exploding-gradient.deep-elu-std-0.5': 'gradients near 500 at the start but it recovered to 0.22 of the baseline: borderline',
 'exploding-gradient.raw-heat-loss-features': 'NaN at epoch 1 (would be nan-loss); trimmed, nan-loss has 5 others',
 'lr-too-high.sgd-4-moons': 'sgd lr 4 on moons still trained to 0.05 of the baseline with 0.98 accuracy: not a fault',
 'saturated-activation.tanh-raw-fit-features': 'sat up to 0.65 but reached 0.18 of the baseline (healthy 0.08-0.12): borderline',
 'oscillating-loss.adam-0.1-full-batch-creosote': 'smooth descent to 0.17: no oscillation',
 'oscillating-loss.rmsprop-0.02-batch-1': 'small batch-1 noise around 0.17-0.20: borderline between noise and oscillation',
 'ok.risk-logistic-plain-sgd': 'ended at 0.79 of the baseline (label noise makes that near the best a logistic model can do), but too close to look healthy',
 'ok.risk-batch-1-sgd': '30 epochs of batch-1 sgd ended at 0.75 of the baseline: borderline slow',
 'ok.appliance-long-small-lr-sgd': 'ended at 0.58 of the baseline vs 0.19 for adam: may be slow/plateaued',
 'ok.appliance-minmax-elu-wd': 'ended at 0.58 of the baseline vs 0.19: weight decay held it back, borderline',
 'ok.appliance-softmax-regression': 'linear softmax at 0.64 of the baseline vs 0.19 for a hidden layer: borderline',
 'ok.appliance-clipnorm-dropout': 'validation loss 1.17 above the baseline 1.04 (overfits): not clearly healthy',
 'ok.appliance-rmsprop-batchnorm': 'ended at 0.45 of the baseline vs 0.19-0.30: borderline',
 'ok.spirals-batchnorm-tanh': 'loss bounces between 0.15 and 0.40 late in the run: may be oscillating',
}
H = {
 'ok.creosote-adam-relu': 'sweeps.csv standard, creosote_mm standardised, [32 relu, 16 relu, 1 linear], mse, adam 0.003, batch 32, 150 epochs',
 'ok.creosote-export-semicolons': 'sweeps-export.csv (semicolons, decimal commas), [24 elu, 1 linear], mse, adam 0.005',
 'ok.creosote-sgd-momentum-tanh': 'sweeps.csv, [16 tanh, 1 linear], mse, sgd 0.02 momentum 0.9, 200 epochs',
 'ok.creosote-rmsprop-minmax': 'sweeps.csv minmax features and target, [32 leaky_relu, 16 leaky_relu, 1 linear], rmsprop 0.002',
 'ok.creosote-raw-target-adam': 'sweeps.csv, creosote in raw mm (0-20, no normalizeTarget), [32 relu, 1 linear], adam 0.01',
 'ok.creosote-batchnorm-deep': 'sweeps.csv, three relu layers with batchNorm, adam 0.003, batch 64',
 'ok.creosote-dropout-val': 'sweeps.csv, [48 relu, dropout 0.2, 24 relu, 1], adam 0.002 weightDecay 1e-4, validationSplit 0.2',
 'ok.creosote-full-batch-rmsprop': 'sweeps.csv, [16 elu, 1], rmsprop 0.01, full batch (420), 400 epochs',
 'ok.creosote-linear-regression': 'sweeps.csv, a single linear unit (linear regression), plain sgd 0.05',
 'ok.risk-adam-relu': 'sweeps.csv tar_risk (25% positive, noisy labels), [16 relu, 1 sigmoid], bce, adam 0.003',
 'ok.risk-nesterov-tanh': 'tar_risk, [12 tanh, 1 sigmoid], bce, sgd 0.05 Nesterov momentum 0.9',
 'ok.risk-export-rmsprop-val': 'sweeps-export.csv tar_risk, [16 elu, dropout 0.1, 1 sigmoid], rmsprop 0.002, validationSplit 0.25',
 'ok.appliance-adam-relu': 'installs.csv, 4 string classes (pellet rare, 7 rows), [32 relu, 16 relu, 4 softmax], cce, adam 0.003',
 'ok.appliance-sgd-momentum-tanh': 'installs.csv, [24 tanh, 4 softmax], cce, sgd 0.05 momentum 0.9',
 'ok.hours-adam-elu': 'fittings.csv (tab-separated), hours standardised, [32 elu, 16 elu, 1], adam 0.003',
 'ok.hours-sgd-plain-relu': 'fittings.csv hours, [16 relu, 1], plain sgd 0.02, batch 16',
 'ok.hours-rmsprop-tanh-deep': 'fittings.csv hours, three tanh layers, rmsprop 0.001',
 'ok.hours-raw-target-sgd-clip': 'fittings.csv, hours in raw units, [16 relu, 1], sgd 0.003 momentum 0.9 clipNorm 5',
 'ok.invoice-and-hours-two-heads': 'fittings.csv, two standardised targets (hours, invoice_gbp), [32 relu, 16 relu, 2 linear], adam',
 'ok.invoice-nesterov-minmax': 'fittings.csv invoice, minmax features, [32 leaky_relu, 1], sgd 0.03 Nesterov',
 'ok.invoice-full-batch-adam': 'fittings.csv invoice, [16 tanh, 1], adam 0.02 full batch 300, 400 epochs',
 'ok.invoice-sigmoid-hidden': 'fittings.csv invoice, [16 sigmoid, 1 linear], adam 0.01',
 'ok.moons-relu-adam': 'builtin moons 300, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.circles-tanh-sgd': 'builtin circles, [16 tanh, 1 sigmoid], sgd 0.3 momentum 0.9',
 'ok.spirals-deep-elu': 'builtin spirals 3 classes, [64 elu, 64 elu, 32 elu, 3 softmax], adam 0.005, 300 epochs',
 'ok.iris-rmsprop': 'builtin iris standard, [8 relu, 3 softmax], rmsprop 0.01, batch 16',
 'ok.xor-sigmoid-sgd-hot': 'builtin xor, [8 tanh, 1 sigmoid], plain sgd 0.5 (high but right for it), batch 16',
 'ok.sine-tanh-adam': 'builtin sine, [32 tanh, 32 tanh, 1 linear], mse, adam 0.005',
 'ok.blobs-four-classes-sgd': 'builtin blobs 4 classes, [8 relu, 4 softmax], plain sgd 0.05',
 'ok.inline-flue-temperature': 'inline table of 12 flue readings (flue temperature vs hours burning), standardised, [8 tanh, 1], adam 0.01, full batch',
 'ok.inline-cowl-needed': 'inline 12 rows with string labels cowl/none, [8 relu, 2 softmax], cce, adam 0.02, batch 4',
 'ok.creosote-deep-narrow-he': 'sweeps.csv, five relu layers of 8 with he_uniform, adam 0.002',
 'ok.risk-lecun-elu-adam-batch-8': 'tar_risk, [24 elu, 12 elu] lecun_normal, adam 0.001, batch 8',
 'ok.hours-sigmoid-sgd-momentum': 'fittings.csv hours, [12 sigmoid, 1], sgd 0.1 momentum 0.9',
 'ok.moons-rmsprop-wd-clip': 'builtin moons 400 noise 0.2, [32 leaky_relu, 16 leaky_relu, 1 sigmoid], rmsprop 0.003 weightDecay 1e-4 clipNorm 2, validationSplit 0.2',
 'ok.circles-wide-shallow-adam-full': 'builtin circles, [128 relu, 1 sigmoid], adam 0.01, full batch 300, 400 epochs',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
assert set(cands) == set(F) | set(DROP) | set(H), (set(cands) ^ (set(F) | set(DROP) | set(H)))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy = [], []
for name in cands:
    src = os.path.join('candidates', name + '.nn.json')
    obs = observed[name]
    if name in F:
        v = F[name]
        code, stage, catches, text = v[:4]
        new = v[4] if len(v) > 4 else name
        assert new.startswith(code + '.'), new
        assert catches[0] == code
        body = json.load(open(src))
        body['name'] = new
        dst = os.path.join('faulty', new + '.nn.json')
        with open(dst, 'w') as fh:
            fh.write(json.dumps(body, indent=2) + '\n')
        os.remove(src)
        faults.append({'file': dst, 'code': code, 'fault': f'{text} (observe: {obs})', 'stage': stage, 'catches': catches})
    elif name in H:
        dst = os.path.join('healthy', name + '.nn.json')
        shutil.move(src, dst)
        healthy.append({'file': dst, 'covers': f'{H[name]} (observe: {obs})'})
    else:
        shutil.move(src, os.path.join('dropped', name + '.nn.json'))
shutil.rmtree('candidates')
about = ('Fault set blind198 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
         'Theme: chimney sweeps and stove fitters. "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), '
         '"catches" the codes whose advice would genuinely fix it. Each "fault" text (and each healthy "covers") ends with the bare-engine result of test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). Data (data/generate.ts, seed 198): sweeps.csv (420 sweep visits: '
         'job_ref and visit_date text columns, flue height, diameter, months since sweep, skewed wood kg/week, wood moisture, stove age, draught (collinear with height), house_number (no effect); '
         'targets creosote_mm and the rare-ish tar_risk flag), sweeps-export.csv (the same with semicolons and decimal commas), sweeps-gaps.csv (NA, n/a, empty cells), installs.csv '
         '(380 installs, 4 appliance classes with pellet rare), fittings.csv (300 fits, tab-separated, hours and invoice_gbp targets in raw units), plus builtins and two inline tables. '
         'Specs by author.ts; this manifest by write-manifest.py. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=2)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(os.listdir('dropped')), 'dropped')
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
