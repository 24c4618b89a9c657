#!/usr/bin/env python3
"""Verdicts of blind set 199 (tea estates and tea blenders): files candidates/ into faulty/, healthy/ and
dropped/ and writes manifest.json. Run from this folder after author.ts and observe.ts (observed.txt)."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

obs = {}
for line in open('observed.txt'):
    line = line.strip()
    if not line:
        continue
    key = line.split(':')[0].split(' ')[0].replace('.nn.json', '')
    obs[key] = line

# candidate -> (code, stage, catches, fault text)
F = {
 'invalid-spec.optimizer-adamw': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch training script; the engine has adam only'),
 'invalid-spec.activation-gelu': ('invalid-spec', 'static', [], 'a blender\'s cupping classifier with a "gelu" hidden activation from a transformer tutorial; not an activation the format knows'),
 'invalid-spec.loss-crossentropy': ('invalid-spec', 'static', [], 'blister-blight classifier with loss "binary_crossentropy" (the Keras name) instead of "bce"'),
 'invalid-spec.dropout-rate-one-and-half': ('invalid-spec', 'static', [], 'panel-score regressor whose dropout rate was typed 1.5 (meant 0.15)'),
 'invalid-spec.validation-split-one': ('invalid-spec', 'static', [], 'withering-trough model with validationSplit 1 (meant 0.1): nothing left to train on'),
 'data-error.missing-file': ('data-error', 'static', [], 'estate yield model pointing at "estate.csv" (the file is estates.csv)'),
 'data-error.altitude-with-units': ('data-error', 'static', [], 'estate export where altitude_m was written with its unit ("1230 m"), a text value in a numeric feature'),
 'data-error.na-rainfall': ('data-error', 'static', [], 'blight classifier on the gaps export where rain gauge and shade readings are "NA", "n/a" or empty'),
 'data-error.target-typo': ('data-error', 'static', [], 'cupping-score regressor with target "panel_scores" (the column is panel_score)'),
 'data-error.path-outside-workspace': ('data-error', 'static', [], 'withering model reading the factory share via ../../../../../factory/withering.csv, outside the workspace'),
 'shape-mismatch.grade-two-units': ('shape-mismatch', 'static', [], 'leaf-grade classifier with 2 softmax units, written when only FTGFOP/BOP were graded; the data now has Dust as a third grade'),
 'shape-mismatch.blend-three-units': ('shape-mismatch', 'static', [], 'blend classifier with 3 output units though the lab now tastes four blends (darjeeling first flush added)'),
 'shape-mismatch.yield-two-outputs': ('shape-mismatch', 'static', [], 'yield regressor with 2 linear outputs for a single yield_kg_ha target'),
 'loss-activation-mismatch.softmax-mse-grade': ('loss-activation-mismatch', 'static', [], 'leaf-grade classifier with a softmax head trained under mse instead of cce'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'blight classifier under bce whose output layer was left linear (no sigmoid)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'four-blend classifier under cce with a sigmoid output instead of softmax: the loss falls toward zero while accuracy stays poor'),
 'loss-activation-mismatch.relu-head-yield': ('loss-activation-mismatch', 'static', [], 'yield regressor on a standardised target (half of it negative) with a relu output that cannot go below zero'),
 'loss-activation-mismatch.tanh-head-raw-score': ('loss-activation-mismatch', 'static', [], 'panel-score regressor (raw scores near 70) with a tanh output bounded to [-1, 1]'),
 'init-symmetry.zeros-hidden-grade': ('init-symmetry', 'static', [], 'leaf-grade classifier with every layer initialised to zeros: the tanh layer never leaves zero'),
 'init-symmetry.constant-relu-yield': ('init-symmetry', 'static', [], 'yield regressor with both relu layers initialised to the constant 0.1: all units of a layer stay copies of one another (it ends no better than a linear model)'),
 'init-symmetry.constant-blend': ('init-symmetry', 'static', [], 'blend classifier whose 20-unit elu layer is initialised to the constant 0.05, so its units stay identical'),
 'init-scale.normal-std-8-blight': ('init-scale', 'probe', ['saturated-activation'], 'blight classifier with normal init std 8 on two tanh layers: units pinned at +-1 from the start, loss stays near the prior'),
 'init-scale.uniform-tiny-deep': ('init-scale', 'probe', ['vanishing-gradient'], 'deep relu leaf-grade classifier with uniform init limit 1e-5 on every layer: signals and gradients vanish, loss stays at the prior'),
 'init-scale.normal-std-20-relu-yield': ('init-scale', 'static', ['nan-loss', 'exploding-gradient'], 'yield regressor with normal init std 20 on every layer (meant 0.2): the first epoch overflows'),
 'no-nonlinearity.linear-stack-grade': ('no-nonlinearity', 'static', [], 'leaf-grade classifier with two linear hidden layers (32, 16): the stack is one linear map'),
 'no-nonlinearity.linear-deep-blend': ('no-nonlinearity', 'static', [], 'blend classifier with three 24-unit linear hidden layers'),
 'no-nonlinearity.default-activation-yield': ('no-nonlinearity', 'static', [], 'yield regressor whose layers omit "activation", so all three default to linear'),
 'lr-out-of-range.zero-lr': ('lr-out-of-range', 'static', [], 'yield regressor with adam lr 0 (left at 0 after a sweep script)'),
 'lr-out-of-range.negative-lr': ('lr-out-of-range', 'static', [], 'leaf-grade classifier with sgd lr -0.05 (a sign slipped in from a decay schedule)'),
 'lr-out-of-range.adam-lr-50': ('lr-out-of-range', 'static', ['lr-too-high'], 'blend classifier with adam lr 50 (meant 5e-3)'),
 'lr-out-of-range.rms-lr-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'panel-score regressor with rmsprop lr 1e-9: nothing moves'),
 'dead-relu.negative-bias-yield': ('dead-relu', 'probe', [], 'yield regressor with relu biases initialised to -6 on standardised features: almost every unit is off for every plot'),
 'dead-relu.bias-minus-5-blend': ('dead-relu', 'probe', [], 'blend classifier with relu biases -5 in both hidden layers: the layers are dead and the loss sits at the prior'),
 'dead-relu.auction-bias-minus-4': ('dead-relu', 'probe', [], 'auction price model with a relu layer biased to -4: three quarters of the units never fire'),
 'dead-relu.wither-bias-minus-8-momentum': ('dead-relu', 'probe', [], 'withering model with the first relu layer biased to -8: the whole network is dead, loss at the baseline'),
 'exploding-gradient.raw-rainfall-target-kg': ('exploding-gradient', 'probe', ['dead-relu'], 'yield regressor on raw features (rainfall in mm, altitude in m) and raw kg/ha target, no normalisation: gradient norms near 1e6 and the relu layer dies'),
 'exploding-gradient.raw-auction-price': ('exploding-gradient', 'probe', ['dead-relu', 'lr-too-high'], 'auction price model on raw lot weights and raw LKR prices with momentum sgd: gradients to 1e16'),
 'exploding-gradient.raw-weight-leaky': ('exploding-gradient', 'probe', [], 'auction model with normalize "none" (lot weights in the thousands, valuation in LKR) under adam 0.01: gradient norms to 2e5, loss stays above the baseline'),
 'vanishing-gradient.deep-sigmoid-grade': ('vanishing-gradient', 'probe', ['loss-plateau'], 'leaf-grade classifier with seven sigmoid layers of 16 under plain sgd: first-layer gradients ~1e-5, loss at the prior'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'probe', ['init-scale', 'loss-plateau'], 'blight classifier with four tanh layers initialised normal std 0.01: gradients die before the first layers'),
 'vanishing-gradient.sigmoid-ten-deep-yield': ('vanishing-gradient', 'probe', ['loss-plateau'], 'yield regressor with ten sigmoid layers of 12: first-layer gradients ~1e-6, loss at the baseline'),
 'nan-loss.sgd-lr-5-raw-yield': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'yield regressor on a raw kg/ha target with sgd lr 5: NaN in the first epoch'),
 'nan-loss.raw-everything-momentum': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'auction model on raw features and raw LKR price with sgd 0.05 momentum 0.9, batch 8: NaN in the first epoch'),
 'lr-too-high.adam-0p5-grade': ('lr-too-high', 'probe', ['dead-relu'], 'leaf-grade classifier with adam lr 0.5: the loss jumps, the second relu layer dies and the loss bounces at the prior'),
 'lr-too-high.rms-0p3-score': ('lr-too-high', 'probe', ['dead-relu', 'oscillating-loss'], 'panel-score regressor with rmsprop lr 0.3: first epoch loss 8600, then it reaches 0.80 and climbs back to bounce above the baseline'),
 'lr-too-low.sgd-1e-5-grade': ('lr-too-low', 'probe', ['loss-plateau'], 'leaf-grade classifier with plain sgd lr 1e-5: the loss moves by 0.01 in 80 epochs'),
 'lr-too-low.adam-1e-6-yield': ('lr-too-low', 'probe', ['loss-plateau'], 'yield regressor with adam lr 1e-6: the loss creeps from 6.80 to 6.48, far above the baseline'),
 'lr-too-low.rms-1e-6-blend': ('lr-too-low', 'probe', ['loss-plateau'], 'blend classifier with rmsprop lr 1e-6: the loss creeps 1.384 to 1.362, above the prior'),
 'lr-too-low.nesterov-1e-5-wither': ('lr-too-low', 'probe', ['loss-plateau'], 'withering model with nesterov sgd lr 1e-5: the loss creeps from 1.185 to 1.089'),
 'saturated-activation.raw-rainfall-tanh': ('saturated-activation', 'probe', ['exploding-gradient'], 'blight classifier on raw features (rainfall ~2300 mm) into a tanh layer: every unit pinned at +-1'),
 'saturated-activation.sigmoid-bias-8': ('saturated-activation', 'probe', ['init-scale'], 'leaf-grade classifier with sigmoid hidden biases initialised to 8: every unit at 1, loss at the prior'),
 'saturated-activation.raw-auction-sigmoid': ('saturated-activation', 'probe', ['exploding-gradient'], 'auction model on raw lot weights and valuations into sigmoid layers: the first layer saturated (0.99) and the loss stalls at 0.72 of the baseline where healthy models reach 0.02-0.05'),
 'loss-plateau.heavy-weight-decay-blend': ('loss-plateau', 'training', [], 'blend classifier with weightDecay 5 (meant 5e-5): the weights are held at zero and the loss sits at the prior'),
 'loss-plateau.raw-price-adam': ('loss-plateau', 'training', ['lr-too-low'], 'auction model with normalizeTarget left off: adam 0.001 cannot move a linear head to prices near 800 LKR in 100 epochs, loss stays 14x the baseline'),
 'loss-plateau.sigmoid-sgd-small-grade': ('loss-plateau', 'training', ['lr-too-low', 'vanishing-gradient'], 'leaf-grade classifier with three narrow sigmoid layers under sgd 0.003, batch 64: the loss flattens onto the prior'),
 'loss-plateau.target-not-normalised-tanh': ('loss-plateau', 'training', ['lr-too-low'], 'yield regressor with the kg/ha target not normalised and adam 0.001: the loss stays 24x the baseline'),
 'oscillating-loss.rms-0p05-grade-bs4': ('oscillating-loss', 'training', ['lr-too-high'], 'leaf-grade classifier with rmsprop lr 0.05 and batch 4: the loss swings between 0.15 and 0.34 for the second half of the run'),
 'oscillating-loss.adam-0p05-blend-bs2': ('oscillating-loss', 'training', ['lr-too-high'], 'blend classifier with adam lr 0.05 and batch 2: the loss jumps between 0.15 and 0.39 and does not settle'),
}
# re-filed: candidate -> (new code, stage, catches, text)
R = {
 'dead-relu.sgd-big-step-kills': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'auction model with plain sgd lr 0.6 at batch 8 (meant to kill relus with a big step): the loss is NaN in the first epoch'),
 'dead-relu.raw-features-bias-neg': ('exploding-gradient', 'probe', ['dead-relu'], 'withering model on raw features (green leaf kg ~1500) with relu biases -200: gradient norms to 3e6, half the units dead, loss 15x the baseline'),
 'exploding-gradient.deep-big-init-wither': ('nan-loss', 'probe', ['exploding-gradient', 'init-scale'], 'withering model with four relu layers of 32 initialised normal std 1.5: NaN in the first epoch'),
 'oscillating-loss.full-batch-sgd-edge': ('nan-loss', 'probe', ['lr-too-high'], 'withering linear model with full-batch sgd lr 0.9: it bounces for four epochs and then diverges to infinity at epoch 8'),
 'oscillating-loss.sgd-momentum-099-score': ('lr-too-high', 'probe', ['exploding-gradient', 'oscillating-loss'], 'panel-score regressor with sgd lr 0.1 and momentum 0.99: the loss climbs from 1.04 to 1e19 over the run'),
 'oscillating-loss.sgd-momentum-095-yield-bs8': ('nan-loss', 'probe', ['lr-too-high'], 'yield regressor with sgd lr 0.08, momentum 0.95, batch 8: the loss grows every epoch and is NaN at epoch 18'),
}
D = {
 'invalid-spec.batchsize-string': 'shows its fault (batchSize "full" refused), dropped only to keep the set within 55-65 faults',
 'invalid-spec.units-zero': 'shows its fault (units 0 refused), dropped only for size',
 'data-error.harvest-date-feature': 'shows its fault (harvest_date text as a feature), dropped only for size',
 'nan-loss.huge-init-relu-chain': 'NaN at epoch 1 as meant, dropped for size (enough nan-loss, and it overlaps init-scale.normal-std-20-relu-yield)',
 'nan-loss.rms-lr-3-raw-price': 'NaN at epoch 1 (the slug says rms but it was written as nesterov sgd lr 2), dropped for size and for its misleading name',
 'lr-too-high.sgd-1p2-wither-mse': 'NaN at epoch 2, would be a re-filed nan-loss; dropped for size',
 'oscillating-loss.linear-sgd-0p8-auction': 'diverged to NaN at epoch 10 instead of oscillating; would be a re-filed nan-loss; dropped for size',
 'init-symmetry.zeros-two-layers-wither': 'trained to 0.11 of the baseline, as well as the healthy withering models: the zero init did not show as a failure in the run; dropped as the weakest init-symmetry',
 'no-nonlinearity.linear-hidden-blight': 'linear hidden layers, but with batch norm and on data the logistic model fits as well; dropped for size',
 'vanishing-gradient.deep-sigmoid-blend-rms': 'shows vanishing gradients (it is plain sgd despite its name), dropped for size and its misleading name',
 'saturated-activation.tanh-std-3-wither': 'saturated and loss 0.95 of baseline, but it mixes init-scale (std 3) and raw features; dropped for size',
 'shape-mismatch.blight-two-sigmoid': '2 sigmoid outputs for a 0/1 target under bce trained (0.69 of baseline): the engine accepts it, so not the refusal meant; borderline',
 'init-scale.sigmoid-std-5-wither': 'std 5 sigmoid layer half saturated but trained to 0.12 of the baseline: borderline',
 'dead-relu.bias-minus-3-grade': 'one third of units dead and the loss stuck at the prior, but slow plain sgd 0.01 may be the cause: borderline',
 'oscillating-loss.batch1-sgd-blight': 'batch 1 sgd 0.5: relu layer 69% dead, loss hovering at 0.94 of the prior with small swings; neither clearly oscillating nor clearly dead-relu: borderline',
 'lr-too-high.sgd-3-blight': 'bounces hard (0.35-0.72) for half the run but ends at 0.18 of the baseline, better than the healthy blight models: borderline',
 'ok.blight-logistic': 'ends at 0.76 of the prior: the blight labels are noisy, so even a correct model sits near the good-loss line; borderline healthy',
 'ok.blight-relu-adam': 'ends at 0.65 of the prior: not far below the baseline, borderline healthy',
 'ok.blight-he-uniform-rms': 'ends at 0.72 of the prior with the loss rising from its minimum: borderline healthy',
 'ok.blight-tanh-nesterov-val': 'train loss 0.12 of the prior but validation 0.72 above the baseline 0.48: overfits, not healthy',
 'ok.grade-xavier-normal-clip': 'ends at 0.31 of the prior, rising from its minimum, where other grade models reach 0.07-0.19: borderline',
 'ok.grade-nesterov-batchnorm': 'ends at 0.31 of the prior, rising from its minimum: borderline',
 'ok.score-elu-sgd-full-batch': 'full-batch momentum sgd bounces strongly for its first 15 epochs (7.3, 4.3, 4.7, 1.2, 1.8, 2.1 ...) before settling: may look oscillating, borderline',
}

def observe(name):
    line = obs[name]
    return line

for sub in ('faulty', 'healthy', 'dropped'):
    shutil.rmtree(sub, ignore_errors=True)
    os.makedirs(sub)

faults, healthy, dropped = [], [], []
names = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates') if f.endswith('.nn.json'))
for n in names:
    src = f'candidates/{n}.nn.json'
    if n in D:
        shutil.copy(src, f'dropped/{n}.nn.json'); dropped.append((n, D[n])); continue
    if n in F or n in R:
        code, stage, extra, text = F[n] if n in F else R[n]
        newname = n if n in F else code + n[n.index('.'):]
        shutil.copy(src, f'faulty/{newname}.nn.json')
        faults.append({'file': f'faulty/{newname}.nn.json', 'code': code, 'fault': f'{text} (observe: {observe(n)})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
        continue
    assert n.startswith('ok.'), n
    spec = json.load(open(src))
    data = spec['data']
    src_desc = data.get('csv') or data.get('builtin') or 'inline table'
    layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}" + (' bn' if l.get('batchNorm') else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
    o = spec['optimizer']; t = spec['training']
    opt = o['type'] + (' nesterov' if o.get('nesterov') else '') + (f" momentum {o['momentum']}" if o.get('momentum') else '') + f" {o['lr']}" + (f" wd {o['weightDecay']}" if o.get('weightDecay') else '') + (f" clip {o['clipNorm']}" if o.get('clipNorm') else '')
    covers = f"{os.path.basename(str(src_desc))} target {data.get('target', '-')} normalize {data.get('normalize', 'none')}/{data.get('normalizeTarget', 'none')}, [{layers}], {spec['loss']}, {opt}, batch {t['batchSize']}, {t['epochs']} epochs" + (f", validation {t['validationSplit']}" if t.get('validationSplit') else '')
    shutil.copy(src, f'healthy/{n}.nn.json')
    healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{covers} (observe: {observe(n)})'})

about = ('Blind fault set 199 (issue #4): tea estates and tea blenders, written blind and frozen before the product was first run on it; no one tunes on it. '
         '"code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" and "covers" ends with its line from test/faults/observe.ts --summary on the bare engine (observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt); no diagnosis code involved. '
         'Data (data/generate.ts, seeds from 199): estates.csv (420 plot-rounds, 8 features on natural scales incl. skewed rainfall, fertiliser cost collinear with nitrogen, soil pH with no effect, text plot_id and harvest_date; yield kg/ha, grade FTGFOP/BOP/Dust, blister_blight 0/1 at 19%), '
         'estates-gaps.csv (NA, n/a, empty), estates-units.csv (altitude with " m"), blends.csv (360 cupping-lab lots, 7 features, panel_score and four blends with darjeeling rare), '
         'auction.csv (semicolons and decimal commas, prices in LKR/kg), withering.csv (tab-separated troughs). See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=2, ensure_ascii=False)
open('dropped/REASONS.txt', 'w').write(''.join(f'{n}: {r}\n' for n, r in dropped))
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(dropped), 'dropped')
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
