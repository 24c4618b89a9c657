#!/usr/bin/env python3
"""Files the candidates of fault set blind234 by what the bare engine showed (observed.txt) and writes manifest.json."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

def o(slug):
    return '(observe: ' + obs[slug] + ')'

# candidate name -> (code, stage, catches, fault text). A re-filed candidate gets 'new' = its new file name.
F = {}
def fault(name, code, stage, catches, text, new=None):
    F[name] = dict(code=code, stage=stage, catches=catches, text=text, new=new)

S, P, T = 'static', 'probe', 'training'
fault('invalid-spec.optimizer-adamw', 'invalid-spec', S, ['invalid-spec'], 'hatchery model copied from a PyTorch notebook: optimizer "adamw", which the format does not have')
fault('invalid-spec.activation-swish', 'invalid-spec', S, ['invalid-spec'], 'growth-curve model with "swish" hidden activations, not one the format offers')
fault('invalid-spec.loss-keras-name', 'invalid-spec', S, ['invalid-spec'], 'hide-grade classifier with the Keras loss name "categorical_crossentropy" instead of "cce"')
fault('invalid-spec.dropout-rate-percent', 'invalid-spec', S, ['invalid-spec'], 'dropout written as a percentage (20) instead of a fraction (0.2)')
fault('invalid-spec.batch-size-snake-case', 'invalid-spec', S, ['invalid-spec'], 'emu-oil model with "batch_size" (snake case) in the training block')
fault('data-error.missing-2024-export', 'data-error', S, ['data-error'], 'hatchery spec pointing at next season\'s export hatchery_2024.csv, which does not exist yet')
fault('data-error.target-typo-hatch', 'data-error', S, ['data-error'], 'target column written "hatch"; the sheet calls it "hatched"')
fault('data-error.na-markers-in-gaps-copy', 'data-error', S, ['data-error'], 'the hatchery copy with missing incubator readings (NA, empty, n/a) used as is')
fault('data-error.bird-tag-as-feature', 'data-error', S, ['data-error'], 'growth model with the text bird_tag column (EMU1000, OST1001) among the features')
fault('data-error.path-outside-workspace', 'data-error', S, ['data-error'], 'emu-oil data read from the abattoir server path outside the workspace')
fault('shape-mismatch.three-grades-not-four', 'shape-mismatch', S, ['shape-mismatch'], 'hide grades have four classes (first, second, third, reject) but the softmax head has 3 units: the rare reject grade forgotten')
fault('shape-mismatch.growth-two-outputs', 'shape-mismatch', S, ['shape-mismatch'], 'growth regression with 2 linear outputs for the single live_weight_kg target')
fault('shape-mismatch.eu-grades-five-units', 'shape-mismatch', S, ['shape-mismatch'], 'European tannery export of the hide grades with a 5-unit softmax head for 4 grades')
fault('loss-activation-mismatch.softmax-with-mse', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'hide-grade classifier with a softmax head trained on mse instead of cce')
fault('loss-activation-mismatch.bce-linear-head', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'hatch classifier with bce on a linear output (no sigmoid): ends above the baseline')
fault('loss-activation-mismatch.cce-sigmoid-head', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'hide grades with cce over 4 sigmoid units instead of softmax: the loss goes to ~0 while accuracy is 0.50')
fault('loss-activation-mismatch.sigmoid-head-standardised-weight', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'live weight standardised (normalizeTarget standard, values below 0) fitted with a sigmoid head that cannot go below 0: stalls at 0.46 of baseline, head saturated, where a linear head reaches 0.01')
fault('loss-activation-mismatch.relu-head-standardised-oil', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardised oil yield (half the targets negative) fitted with a relu head: stalls at 0.43 of baseline where a linear head reaches 0.01')
fault('init-symmetry.zeros-hidden-relu', 'init-symmetry', S, ['init-symmetry', 'dead-relu'], 'hatch model with both relu hidden layers initialised to zeros: nothing moves, loss at the baseline')
fault('init-symmetry.constant-tanh-grades', 'init-symmetry', S, ['init-symmetry'], 'hide grades with a 16-unit tanh layer initialised to the constant 0.1: all units stay identical, ends at 0.36 of baseline where the same net with xavier reaches 0.24')
fault('init-symmetry.zeros-growth-two-layers', 'init-symmetry', S, ['init-symmetry'], 'growth model with two tanh layers initialised to zeros: stuck at the baseline')
fault('init-scale.normal-std-25-hatch', 'init-scale', S, ['init-scale'], 'hatch model with normal init std 25 on both relu layers: first loss 5081, ends 21x the baseline')
fault('init-scale.tanh-std-40-grades', 'init-scale', S, ['init-scale', 'saturated-activation'], 'hide grades with tanh layers initialised with std 40: saturated, ends at 0.69 of baseline')
fault('init-scale.uniform-1e-6-deep-growth', 'init-scale', S, ['init-scale', 'vanishing-gradient'], 'deep growth model with every layer uniform limit 1e-6: signal and gradients vanish, stuck at the baseline')
fault('init-scale.normal-std-1e-5-sigmoid-oil', 'init-scale', S, ['init-scale', 'vanishing-gradient'], 'emu-oil sigmoid net initialised with std 1e-5: stuck at the baseline')
fault('no-nonlinearity.linear-hidden-hatch', 'no-nonlinearity', S, ['no-nonlinearity'], 'hatch model whose two hidden layers are linear (hatch depends on the distance of the temperature from its setpoint): 0.97 of baseline')
fault('no-nonlinearity.linear-stack-grades', 'no-nonlinearity', S, ['no-nonlinearity'], 'hide grades with three hidden layers left at the default linear activation: 0.56 of baseline where relu reaches 0.24')
fault('no-nonlinearity.linear-moons-pens', 'no-nonlinearity', S, ['no-nonlinearity'], 'pen-layout (moons) classifier with linear hidden layers: 0.33 of baseline where relu reaches 0.00')
fault('lr-out-of-range.adam-lr-zero', 'lr-out-of-range', S, ['lr-out-of-range'], 'adam with lr 0 (left at zero while editing)')
fault('lr-out-of-range.sgd-negative', 'lr-out-of-range', S, ['lr-out-of-range'], 'sgd with a negative learning rate -0.01')
fault('lr-out-of-range.rmsprop-lr-40', 'lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'rmsprop with lr 40 (meant 0.004): ends 25x the baseline')
fault('lr-out-of-range.adam-lr-1e3', 'lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'adam with lr 1000 on the emu-oil model: ends 817x the baseline')
fault('dead-relu.bias-minus-six-hatch', 'dead-relu', P, ['dead-relu'], 'hatch model with relu biases initialised to -6: 88% and 100% of units dead, stuck at the baseline')
fault('dead-relu.negative-bias-grades', 'dead-relu', P, ['dead-relu'], 'hide grades with relu biases -4: second layer all dead, stuck at the baseline')
fault('dead-relu.raw-oil-relu-wide', 'dead-relu', T, ['dead-relu'], 'raw fat-pad kilos into relu units with bias -200: 84% of units dead, ends at 0.16 of baseline where a healthy net reaches 0.01')
fault('exploding-gradient.raw-weight-target-sgd', 'exploding-gradient', P, ['exploding-gradient'], 'growth model on raw features and raw kilogram target with sgd: first loss 5.7e20, gradients up to 2.7e8, ends 6.8e11x the baseline')
fault('exploding-gradient.deep-std1-relu-grades', 'exploding-gradient', P, ['exploding-gradient', 'init-scale', 'dead-relu'], 'five relu layers initialised with std 1.5: first loss 5.9e29, the blow-up kills every unit, stuck at the baseline')
fault('exploding-gradient.raw-oil-momentum', 'exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'raw emu-oil features and litres with sgd momentum: first loss 2.3e8, gradients up to 923, then all units dead at the baseline')
fault('exploding-gradient.raw-egg-weights-deep', 'exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'raw egg weights in grams into four relu layers with sgd: first loss 3.3e12, then all units dead at the baseline')
fault('vanishing-gradient.eight-sigmoid-layers-hatch', 'vanishing-gradient', P, ['vanishing-gradient'], 'eight sigmoid layers on the hatch data with plain sgd: first-layer gradient ~1e-6, stuck at the baseline')
fault('vanishing-gradient.ten-tanh-small-init', 'vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'ten tanh layers with std 0.05: first-layer gradient ~1e-6, stuck at the baseline')
fault('vanishing-gradient.sigmoid-tower-growth', 'vanishing-gradient', P, ['vanishing-gradient'], 'seven sigmoid layers on the growth data: first-layer gradient ~1e-6, stuck at the baseline')
fault('nan-loss.raw-egg-weight-linear-reg', 'nan-loss', P, ['nan-loss'], 'egg weight in grams predicted from raw features with sgd 0.1: NaN in the first epoch')
fault('nan-loss.raw-oil-linear-full-batch', 'nan-loss', P, ['nan-loss'], 'linear regression of raw oil litres on raw features, sgd 0.01 full batch: diverges to Infinity by epoch 14')
fault('nan-loss.raw-growth-tanh-rmsprop-target', 'nan-loss', P, ['nan-loss'], 'growth on raw features and raw kilograms, elu, sgd momentum 0.9 batch 4 (slug from an earlier draft): NaN in the first epoch')
fault('dead-relu.sgd-kick-kills-growth', 'nan-loss', P, ['nan-loss', 'lr-too-high'], 'growth relu net with sgd lr 0.8 on standardised data: NaN in the first epoch', new='nan-loss.sgd-kick-kills-growth')
fault('nan-loss.raw-oil-nesterov', 'exploding-gradient', P, ['exploding-gradient'], 'raw oil features and litres with Nesterov sgd: first loss 1.7e18, gradients up to 4.5e6, ends 485x the baseline', new='exploding-gradient.raw-oil-nesterov')
fault('lr-too-high.adam-0.2-oil', 'lr-too-high', T, ['lr-too-high'], 'adam 0.2 on the emu-oil model: reaches 0.013, then spikes to 122 at epoch 70 and settles back at the baseline with a dead layer')
fault('lr-too-high.rmsprop-0.3-growth', 'lr-too-high', P, ['lr-too-high'], 'rmsprop 0.3 on the growth model: reaches 0.28 then jumps back to the baseline and stays, second layer dead')
fault('lr-too-high.sgd-3-grades', 'lr-too-high', P, ['lr-too-high', 'oscillating-loss'], 'sgd lr 3 on the hide grades: loss bounces between 0.55 and 3.2 for the whole run')
fault('oscillating-loss.sgd-batch1-grades', 'lr-too-high', P, ['lr-too-high', 'oscillating-loss', 'saturated-activation'], 'sgd lr 0.6 with batch 1 on the hide grades: loss stays 2.6-3.4x the baseline, bouncing, tanh layer saturated', new='lr-too-high.sgd-batch1-grades')
fault('lr-too-low.sgd-1e-5-hatch', 'lr-too-low', P, ['lr-too-low'], 'plain sgd 1e-5 on the hatch model: loss 1.32 -> 1.26 in 80 epochs, above the baseline')
fault('lr-too-low.adam-1e-6-grades', 'lr-too-low', P, ['lr-too-low'], 'adam 1e-6 on the hide grades: 2.39 -> 2.37 in 100 epochs')
fault('lr-too-low.rmsprop-2e-7-growth', 'lr-too-low', P, ['lr-too-low'], 'rmsprop 2e-7 on the growth model: 3.83 -> 3.81')
fault('lr-too-low.momentum-1e-6-oil', 'lr-too-low', P, ['lr-too-low'], 'sgd momentum with lr 1e-6 on the emu-oil model: 7.7 -> 4.5, still 4.5x the baseline')
fault('loss-plateau.clipnorm-tiny-sgd-grades', 'lr-too-low', P, ['lr-too-low', 'loss-plateau'], 'sgd with clipNorm 1e-4 (meant 1e-4 weight decay): every step clipped to nothing, 2.39 -> 2.38 in 120 epochs', new='lr-too-low.clipnorm-tiny-sgd-grades')
fault('saturated-activation.raw-grams-sigmoid', 'saturated-activation', P, ['saturated-activation'], 'raw egg weights in grams into sigmoid layers: first layer 100% saturated, stuck at the baseline')
fault('saturated-activation.tanh-std-4-grades', 'saturated-activation', P, ['saturated-activation', 'init-scale'], 'tanh layers initialised with std 4: 86-98% saturated, ends at 0.52 of baseline')
fault('saturated-activation.sigmoid-bias-9-growth', 'saturated-activation', P, ['saturated-activation'], 'sigmoid layers with bias 9: 100% saturated, stuck at the baseline')
fault('saturated-activation.raw-oil-tanh', 'saturated-activation', T, ['saturated-activation'], 'raw fat-pad kilos into tanh: first layer 94% saturated, ends at 0.08 of baseline where normalised nets reach 0.01')
fault('loss-plateau.raw-features-sgd-hatch', 'loss-plateau', T, ['loss-plateau', 'saturated-activation'], 'hatch model on raw features (grams, days) with a tanh layer and sgd: flat at the baseline from epoch 6, tanh layer saturated')
fault('loss-plateau.heavy-weight-decay-growth', 'loss-plateau', T, ['loss-plateau'], 'growth model with weightDecay 5: reaches 0.53, then decays back to the baseline and stays flat for 90 epochs')
fault('loss-plateau.useless-features-only', 'loss-plateau', T, ['loss-plateau'], 'growth model fed only pen area and lucerne share (the informative columns left out of "features"): flat at 0.97 of baseline where the full features reach 0.01')
fault('oscillating-loss.momentum-0.99-growth', 'oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'sgd momentum 0.99 full batch on the growth model: loss swings 0.05-0.9 for the whole run')
fault('oscillating-loss.adam-batch2-oil', 'oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'adam 0.05 with batch 2 on the emu-oil model: repeated spikes (0.02 -> 0.39, 0.71, 0.60) that do not settle')

DROPPED = {
    'shape-mismatch.two-unit-hatch-head': 'the engine accepted two sigmoid units for the 0/1 target and trained to 0.73 of baseline: not clearly a fault as the format stands',
    'init-symmetry.constant-half-oil': 'constant init trained to 0.01 of baseline on this nearly linear target: showed no harm',
    'oscillating-loss.rmsprop-full-batch-hatch': 'bumpy but mostly descending; swings below a tenth of the baseline: borderline',
    'loss-plateau.one-unit-bottleneck-grades': 'still falling steadily at the end (slow, not stalled): borderline',
    'loss-plateau.dropout-0.9-oil': 'dropout 0.95 gave huge swings far above the baseline, not a plateau; unclear which code: dropped',
    'invalid-spec.init-glorot': 'dropped to keep the set within 65 faults (a sixth invalid-spec)',
    'data-error.weigh-date-feature': 'dropped to keep the set within 65 faults (duplicate of bird-tag-as-feature)',
    'nan-loss.raw-weight-sgd-0.05': 'no NaN: exploded (first loss 2.6e23) then died at the baseline; duplicate of exploding-gradient.raw-weight-target-sgd',
    'lr-too-high.adam-0.5-hatch': 'killed the second layer and sat at the baseline with small bounces: between lr-too-high and dead-relu, borderline',
    'no-nonlinearity.linear-growth-curve': 'linear stack reached 0.03 of baseline against 0.006 for relu: too little harm',
    'ok.hatch-adam-relu': 'train 0.22 of baseline but validation loss 1.27, twice the baseline: overfits, not clearly healthy',
    'ok.hatch-weight-decay-clip': 'validation loss 1.17, above the baseline: overfits, not clearly healthy',
    'ok.hatch-batch1-sgd': 'ended at 0.93 of the baseline in 30 epochs: did not train well',
    'ok.hatch-rmsprop-elu-dropout': 'ended at 0.70 of the baseline, well short of other hatch nets: borderline',
}
COVERS = {
 'ok.hatch-sgd-momentum-tanh': 'hatchery.csv standard, [24 tanh, 1 sigmoid], bce, sgd momentum 0.9 lr 0.05, batch 32, 120 epochs',
 'ok.hatch-nesterov-minmax': 'hatchery.csv minmax, [32 leaky_relu, 16 leaky_relu, 1 sigmoid], bce, Nesterov sgd 0.05, batch 32',
 'ok.hatch-batchnorm-sgd': 'hatchery.csv, batch norm on two relu layers, bce, sgd momentum 0.05',
 'ok.hatch-full-batch-adam': 'hatchery.csv, [32 relu, 1 sigmoid], adam 0.02 full batch (480), 300 epochs',
 'ok.hatch-sigmoid-hidden': 'hatchery.csv, [24 sigmoid, 1 sigmoid], bce, adam 0.01',
 'ok.hatch-deep-elu-adam': 'hatchery.csv, four elu layers, bce, adam 0.001',
 'ok.growth-adam-relu': 'growth.csv (features and target standardised), [32 relu, 16 relu, 1 linear], mse, adam 0.003',
 'ok.growth-sgd-tanh': 'growth.csv, [32 tanh, 1 linear], mse, sgd momentum 0.9',
 'ok.growth-rmsprop-elu': 'growth.csv, two elu layers, mse, rmsprop 0.002, batch 16, validationSplit 0.2',
 'ok.growth-minmax-target': 'growth.csv minmax features and target, two relu layers, adam 0.005',
 'ok.growth-sigmoid-head-minmax': 'growth.csv, target minmax in [0,1] with a sigmoid head (suitable), tanh hidden, adam',
 'ok.growth-batchnorm-nesterov': 'growth.csv, batch norm relu layers, Nesterov sgd 0.02',
 'ok.growth-leaky-large-batch': 'growth.csv, leaky_relu 64/32, adam 0.01, batch 200, 300 epochs',
 'ok.growth-batch4-rmsprop': 'growth.csv, tanh 16/8, rmsprop 0.001, batch 4',
 'ok.growth-deep-relu-clip': 'growth.csv, four relu layers, adam 0.001 with clipNorm 5',
 'ok.grades-adam-relu': 'skin-grades.csv, 4 string grades with a rare one, [32 relu, 16 relu, 4 softmax], cce, adam',
 'ok.grades-eu-sgd-momentum': 'skin-grades-eu.csv (semicolons, decimal commas), [24 tanh, 4 softmax], cce, sgd momentum',
 'ok.grades-rmsprop-dropout': 'skin-grades.csv, relu 64/32 with dropout 0.3/0.2, rmsprop 0.001, validationSplit 0.2',
 'ok.grades-batchnorm-elu': 'skin-grades.csv, batch norm elu layer, adam 0.005, batch 64',
 'ok.grades-softmax-only': 'skin-grades.csv, softmax regression (no hidden layer), adam 0.02',
 'ok.grades-nesterov-leaky': 'skin-grades-eu.csv minmax, leaky_relu 32/16, Nesterov sgd 0.1',
 'ok.grades-weight-decay-sigmoid': 'skin-grades.csv, [32 sigmoid, 4 softmax], adam 0.01 with weightDecay 1e-4',
 'ok.grades-batch1-adam': 'skin-grades.csv, [16 relu, 4 softmax], adam 0.0005, batch 1, 30 epochs',
 'ok.oil-adam-relu': 'emu-oil.tsv (tabs), standardised, [16 relu, 1 linear], adam 0.005',
 'ok.oil-sgd-plain-linear': 'emu-oil.tsv, a single linear layer (linear regression), plain sgd 0.05',
 'ok.oil-rmsprop-tanh': 'emu-oil.tsv, tanh 24/12, rmsprop 0.001, batch 8',
 'ok.oil-momentum-elu-val': 'emu-oil.tsv, [16 elu, 1 linear], sgd momentum 0.02, validationSplit 0.25',
 'ok.oil-minmax-features-adam': 'emu-oil.tsv minmax features, relu 32/16, adam 0.003',
 'ok.moons-pen-layout': 'builtin moons 300 samples, relu 16/16, adam 0.01',
 'ok.circles-sgd-tanh': 'builtin circles, tanh 16/8, sgd momentum 0.1',
 'ok.spirals-three-adam': 'builtin spirals 3 classes, relu 64/64, cce, adam 0.005, 300 epochs',
 'ok.iris-rmsprop': 'builtin iris standardised, [16 relu, 3 softmax], rmsprop 0.005',
 'ok.blobs-four-sgd': 'builtin blobs 4 classes, [8 elu, 4 softmax], plain sgd 0.1',
 'ok.sine-tanh-adam': 'builtin sine, tanh 32/16, mse, adam 0.01',
 'ok.xor-small-nesterov': 'builtin xor, [8 tanh, 1 sigmoid], Nesterov sgd 0.1',
 'ok.inline-feed-conversion': 'inline 12-row table of feed vs gain, standardised target, [8 relu, 1 linear], adam, full batch',
 'ok.inline-chick-sex-labels': 'inline 12 chicks with string labels hen/cock, [4 tanh, 1 sigmoid], bce, adam 0.05, batch 4',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(os.path.join(HERE, d), exist_ok=True)
faults, healthy, dropped = [], [], []
for name in cands:
    src = os.path.join(CAND, name + '.nn.json')
    if name in F:
        e = F[name]
        dest = e['new'] or name
        assert dest.startswith(e['code'] + '.'), dest
        faults.append(dict(file=f'faulty/{dest}.nn.json', code=e['code'], fault=e['text'] + ' ' + o(name), stage=e['stage'], catches=e['catches']))
        shutil.move(src, os.path.join(HERE, 'faulty', dest + '.nn.json'))
    elif name in COVERS:
        healthy.append(dict(file=f'healthy/{name}.nn.json', covers=COVERS[name] + ' ' + o(name)))
        shutil.move(src, os.path.join(HERE, 'healthy', name + '.nn.json'))
    elif name in DROPPED:
        dropped.append((name, DROPPED[name]))
        shutil.move(src, os.path.join(HERE, 'dropped', name + '.nn.json'))
    else:
        raise SystemExit('no verdict for ' + name)
about = ('Fault set blind234 (issue #4): ostrich and emu farms, written blind and frozen before the product was first run on it; no one tunes on it. '
         '"code" is the fault\'s own code, "stage" the writer\'s expectation of the earliest stage that could catch it, "catches" the codes whose advice would genuinely fix it. '
         'Each fault text and healthy "covers" ends with its bare-engine result from test/faults/observe.ts --summary (observed.txt; --curve in observed-curves.txt). '
         'Data (data/generate.ts, seed 234): hatchery.csv (480 eggs, 10 numeric features incl. a no-effect bay number, text egg_id, hatched 0/1 ~31%), hatchery-gaps.csv (NA/empty/n/a markers), '
         'growth.csv (400 weigh-ins, live weight in kg, text tag and date columns, collinear feed/water, skewed pen area), skin-grades.csv (420 hides, 4 string grades, rare "first"), '
         'skin-grades-eu.csv (semicolons, decimal commas), emu-oil.tsv (300 rendering batches, tab-separated, oil litres); plus builtins and two inline tables. '
         'Specs by author.ts; filed by write-manifest.py.')
json.dump(dict(about=about, faults=faults, healthy=healthy), open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
open(os.path.join(HERE, 'manifest.json'), 'a').write('\n')
os.rmdir(CAND)
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(dropped), 'dropped')
print(Counter(f['code'] for f in faults)); print(Counter(f['stage'] for f in faults))
