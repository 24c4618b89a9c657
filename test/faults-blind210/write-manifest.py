#!/usr/bin/env python3
"""Blind set 210: verdicts on the candidates (decided from observed.txt / observed-curves.txt), moves them
into faulty/, healthy/ and dropped/, and writes manifest.json. Run once from the set's folder."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')
obs = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    m = re.match(r'^(\S+?)(\.nn\.json)?[: ]', line)
    if m:
        obs[m.group(1)] = line

# candidate name -> (code, stage, catches, fault text); code differs from the name's prefix when re-filed
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" copied from a PyTorch training script; the format has adam, sgd and rmsprop only'),
 'invalid-spec.gelu-activation': ('invalid-spec', 'static', [], 'activation "gelu" on the telescope-quality classifier, an activation the format does not have'),
 'invalid-spec.dropout-percent': ('invalid-spec', 'static', [], 'dropout rate written as 20 (meaning 20 %) on the membership-renewal net; rate is a fraction in [0, 1)'),
 'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written "categorical_crossentropy" (Keras name) instead of "cce"'),
 'invalid-spec.validation-split-percent': ('invalid-spec', 'static', [], 'validationSplit 20 (meant 20 %) on the limiting-magnitude regression'),
 'invalid-spec.batchsize-zero': ('invalid-spec', 'static', [], 'batchSize 0 left from a template where 0 meant "full batch" on the meteor-rate regression'),
 'data-error.missing-2023-log': ('data-error', 'static', [], 'points to nights_2023.csv, a log the club secretary has not exported yet (file does not exist)'),
 'data-error.target-capitalised': ('data-error', 'static', [], 'target "Verdict" while the observing log header says "verdict"'),
 'data-error.gaps-na-markers': ('data-error', 'static', [], 'trains on nights-gaps.csv, the copy of the observing log with NA, n/a and empty readings where the seeing monitor or hygrometer was down'),
 'data-error.date-as-feature': ('data-error', 'static', [], 'the night\'s date column (text, 2021-01-01) listed among the numeric features'),
 'data-error.absolute-home-path': ('data-error', 'static', [], 'absolute path to the observer\'s home folder (/home/club/observing/nights.csv), outside the workspace'),
 'shape-mismatch.quality-two-units': ('shape-mismatch', 'static', [], 'telescope quality has 3 classes (poor, fair, excellent) but the softmax head has 2 units (written when "excellent" was thought too rare to keep)'),
 'shape-mismatch.kwh-three-units': ('shape-mismatch', 'static', [], 'dome electricity (one kWh column) with a 3-unit output head'),
 'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'two regression targets (limiting_mag, sqm_mag) but a 1-unit output'),
 'shape-mismatch.quality-one-unit-cce': ('shape-mismatch', 'static', ['loss-activation-mismatch'], 'cce on 3 quality classes with a single softmax unit'),
 'loss-activation-mismatch.softmax-mse': ('loss-activation-mismatch', 'static', [], 'softmax head trained with mse on the 3 telescope-quality classes'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'bce on good/poor nights with a linear output (sigmoid forgotten)'),
 'loss-activation-mismatch.cce-sigmoid-heads': ('loss-activation-mismatch', 'static', [], 'cce with 3 sigmoid output units instead of softmax: the loss goes to ~0 while accuracy stays 0.45'),
 'loss-activation-mismatch.tanh-head-limiting-mag': ('loss-activation-mismatch', 'static', [], 'tanh output on the naked-eye limiting magnitude (values 5 to 8, target not normalised): tanh cannot exceed 1'),
 'loss-activation-mismatch.sigmoid-head-raw-kwh': ('loss-activation-mismatch', 'static', [], 'sigmoid output on the dome kWh target, which normalizeTarget "standard" makes half negative (the slug says raw: the spec builder filled in the standard target scaling), so the head cannot reach the lower half'),
 'init-symmetry.zeros-relu-hidden': ('init-symmetry', 'static', ['dead-relu'], 'zeros init on a 16-unit relu hidden layer of the good-night classifier'),
 'init-symmetry.constant-tanh': ('init-symmetry', 'static', [], 'constant 0.2 init on a 12-unit tanh layer: every unit stays identical (the net still learns with one effective unit)'),
 'init-symmetry.zeros-two-layers': ('init-symmetry', 'static', ['loss-plateau'], 'zeros init on both tanh hidden layers of the meteor-rate regression'),
 'init-symmetry.constant-elu-members': ('init-symmetry', 'static', [], 'constant 0.05 init on the 10 elu units of the membership net (one effective unit)'),
 'init-scale.normal-std-8-tanh': ('init-scale', 'static', ['saturated-activation'], 'normal init with std 8 on a 32-unit tanh layer over 9 standardised inputs'),
 'init-scale.uniform-tiny-deep': ('init-scale', 'static', ['vanishing-gradient', 'loss-plateau'], 'uniform init with limit 1e-5 on every layer of a 3-hidden-layer relu net'),
 'init-scale.normal-std-30-relu': ('init-scale', 'static', ['exploding-gradient'], 'normal init with std 30 on two relu layers of the limiting-magnitude regression'),
 'no-nonlinearity.linear-stack-nights': ('no-nonlinearity', 'static', [], 'two linear hidden layers (32, 16) before the sigmoid: activations left at the default'),
 'no-nonlinearity.linear-stack-meteors': ('no-nonlinearity', 'static', [], 'three linear hidden layers on the meteor rate, which depends on sin(altitude) and 2.4^(lm)'),
 'no-nonlinearity.linear-hidden-moons': ('no-nonlinearity', 'static', [], 'linear hidden layers on moons: the boundary stays a line'),
 'no-nonlinearity.linear-scopes': ('no-nonlinearity', 'static', [], 'linear 24 and 12 unit hidden layers on telescope quality'),
 'lr-out-of-range.adam-lr-5': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 5 (meant 5e-3)'),
 'lr-out-of-range.sgd-lr-80': ('lr-out-of-range', 'static', ['lr-too-high', 'nan-loss'], 'sgd lr 80 (the decimal point lost)'),
 'lr-out-of-range.rmsprop-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-9'),
 'lr-out-of-range.sgd-1e-8': ('lr-out-of-range', 'static', ['lr-too-low'], 'sgd with momentum at lr 1e-8'),
 'dead-relu.bias-minus-6': ('dead-relu', 'probe', [], 'relu layer with bias -6 on standardised inputs (copied from a sparse-activation experiment): 88 % of units dead from the start'),
 'dead-relu.deep-negative-bias': ('dead-relu', 'probe', ['loss-plateau'], 'two relu layers with bias -3 and plain sgd 0.01: the second layer is 79 % dead and the loss stays at the baseline'),
 'lr-too-high.rmsprop-0.1-limmag': ('dead-relu', 'training', ['lr-too-high'], 're-filed from lr-too-high: rmsprop lr 0.1 with batch 16 kills 94 % of the relu layer; the loss ends twice the healthy adam spec\'s'),
 'exploding-gradient.raw-kwh-sgd': ('exploding-gradient', 'probe', ['lr-too-high'], 'raw dome features (open hours ~140, dome rotations ~800) left unnormalised: first loss 1.4e6, gradient norms in the thousands, ending 57x the baseline'),
 'exploding-gradient.deep-wide-init-raw': ('exploding-gradient', 'probe', ['init-scale'], 'raw dome features through three relu layers with normal std 1 init: gradient norms 1e7 to 1e8'),
 'exploding-gradient.raw-meteor-rate': ('exploding-gradient', 'probe', ['dead-relu'], 'raw meteor features with sgd momentum: first loss 1.8e9 and gradient 5e3, after which every relu unit is dead'),
 'nan-loss.raw-kwh-sgd-0.01': ('exploding-gradient', 'probe', ['dead-relu', 'lr-too-high'], 're-filed from nan-loss: raw dome features with sgd 0.01; the loss reaches 9e25 and stays ~1e15 (no NaN) with output gradient 1e12 and the relu layer all dead'),
 'vanishing-gradient.eight-sigmoid': ('vanishing-gradient', 'probe', ['loss-plateau'], 'eight sigmoid hidden layers with plain sgd: first-layer gradient 1e-5, loss stuck at the baseline'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'probe', ['init-scale', 'loss-plateau'], 'seven tanh layers with normal std 0.05 init: first-layer gradient 4e-6..5e-5, loss at the baseline'),
 'vanishing-gradient.sigmoid-tower-members': ('vanishing-gradient', 'probe', ['loss-plateau'], 'six sigmoid layers on the membership data: first-layer gradient 1e-5..2.5e-4, loss ends exactly at the baseline'),
 'nan-loss.meteors-raw-sgd-1': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'raw meteor features with sgd 0.5 batch 8: NaN in the first epoch'),
 'dead-relu.sgd-kick': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 're-filed from dead-relu: sgd 0.8 meant to show dying relus diverged to NaN in the first epoch instead'),
 'oscillating-loss.batch1-sgd-0.3': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 're-filed from oscillating-loss: sgd 0.3 with batch 1 on limiting magnitude diverged to NaN in the first epoch'),
 'lr-too-high.adam-0.3-scopes': ('lr-too-high', 'probe', ['dead-relu', 'oscillating-loss'], 'adam lr 0.3 on telescope quality: the loss bounces around 0.9 of the baseline and 81 % of the second relu layer dies'),
 'lr-too-high.nesterov-0.5-members': ('lr-too-high', 'probe', ['oscillating-loss'], 'sgd nesterov lr 0.5 momentum 0.95: the loss bounces between 0.13 and 0.71 with no trend and tanh units saturate'),
 'lr-too-high.sgd-momentum-0.5-scopes': ('lr-too-high', 'probe', ['oscillating-loss'], 'sgd lr 0.5 momentum 0.9 on telescope quality: the loss bounces 0.58..0.86 with a spike to 2.25, three times the healthy specs\''),
 'lr-too-low.sgd-1e-5-nights': ('lr-too-low', 'probe', [], 'plain sgd lr 1e-5 for 60 epochs: the loss moves from 1.111 to 1.093, twice the baseline'),
 'lr-too-low.adam-1e-6-scopes': ('lr-too-low', 'probe', [], 'adam lr 1e-6: loss 1.526 to 1.516, above the baseline'),
 'lr-too-low.rmsprop-2e-6-meteors': ('lr-too-low', 'probe', [], 'rmsprop lr 2e-6: loss 1.594 to 1.560, above the baseline'),
 'lr-too-low.momentum-1e-5-kwh': ('lr-too-low', 'training', ['loss-plateau'], 'sgd momentum lr 1e-5 on the dome energy: still falling steadily at the end, 0.40 of the baseline where the healthy specs reach 0.03'),
 'loss-plateau.clipnorm-tiny': ('lr-too-low', 'probe', ['loss-plateau'], 're-filed from loss-plateau: clipNorm 1e-4 (meant 1e4?) caps every step, the loss creeps from 48.49 to 48.19, 80x the baseline'),
 'saturated-activation.sigmoid-bias-9': ('saturated-activation', 'probe', ['loss-plateau'], 'sigmoid hidden layer with bias 9: every unit pinned at 1, loss at the baseline'),
 'saturated-activation.sigmoid-raw-nights': ('saturated-activation', 'probe', [], 'sigmoid hidden layer on the raw observing log (sqm ~21, cloud 0..100, humidity): up to 92 % saturated, ends at 0.32 of the baseline against 0.18 for the normalised spec'),
 'saturated-activation.tanh-raw-dome': ('saturated-activation', 'probe', [], 'tanh hidden layer on raw dome features (rotations ~800): 100 % saturated, loss 0.47 of the baseline against 0.03 normalised'),
 'nan-loss.rotations-momentum': ('saturated-activation', 'probe', ['exploding-gradient'], 're-filed from nan-loss: raw features and raw kWh target with sgd momentum; no NaN, but the tanh layer is 100 % saturated with zero gradient and the loss stays at the baseline'),
 'loss-plateau.weight-decay-0.5': ('loss-plateau', 'training', [], 'weightDecay 0.5 (meant 5e-4): the loss falls to 0.49 then climbs back to the baseline and stays'),
 'loss-plateau.sigmoid-xor-sgd': ('loss-plateau', 'training', ['lr-too-low'], '4 sigmoid units on xor with plain sgd 0.05: 150 epochs at 0.69, the baseline'),
 'loss-plateau.dropout-0.9-scopes': ('loss-plateau', 'training', [], 'dropout 0.95 after an 8-unit layer (meant 0.05) plus weight decay: the loss stalls at 0.9 of the baseline'),
 'oscillating-loss.full-batch-momentum': ('oscillating-loss', 'training', ['lr-too-high'], 'full-batch sgd 0.4 with momentum 0.95: the loss falls to 0.17, then swings up to 240 and rings down, ending 0.49'),
 'oscillating-loss.momentum-0.99-dome': ('oscillating-loss', 'training', ['lr-too-high'], 'full-batch sgd 0.05 with momentum 0.99: the loss swings between 0.1 and 0.8 of the baseline in a slow ring'),
}
DROP = {
 'lr-too-high.sgd-2-nights': 'sgd 2.5 trained to 0.0025 (acc 1.000): no lr-too-high symptom',
 'oscillating-loss.adam-0.05-batch4': 'noisy but falling to 0.14 of the baseline: not an oscillation',
 'dead-relu.bias-minus-4-members': 'only 44 % dead and the loss falls slowly: borderline between dead-relu and lr-too-low',
 'lr-too-high.adam-0.1-dome': 'bounces around 0.04 of the baseline, close to the healthy 0.03: borderline',
 'lr-too-high.rmsprop-0.05-meteors': 'mild bounce around 0.1 of the baseline: borderline',
 'oscillating-loss.adam-0.2-full-batch-meteors': 'smooth descent to 0.05: no oscillation',
 'oscillating-loss.rmsprop-0.05-full-batch': 'mostly descending with small bumps: no oscillation',
 'oscillating-loss.sgd-0.6-batch4-limmag': 'NaN in epoch 1, a fourth nan-loss; dropped to stay within 65 faults',
 'ok.scopes-batchnorm-sgd': 'ends 0.37 of the baseline, rising from its min 0.31 and worse than the other quality specs (0.20..0.30): may be faulty',
 'ok.scopes-minmax-elu-dropout': 'ends 0.36, rising from 0.31, worse than the other quality specs: may be faulty',
 'ok.members-rmsprop-dropout-val': 'ends 0.40 of the baseline, the worst membership spec: borderline',
 'ok.limmag-rmsprop-batch-full': 'ends 0.09 of the baseline where linear regression reaches 0.02: borderline',
}
HEALTHY_COVERS = {
 'ok.nights-adam-relu': 'observing log nights.csv standard, [16 relu, 1 sigmoid], bce, adam 0.003, batch 32',
 'ok.nights-sgd-momentum-tanh': 'nights.csv, [12 tanh, 1 sigmoid], bce, sgd momentum 0.9 lr 0.05, batch 16',
 'ok.nights-rmsprop-dropout': 'nights.csv, [32 relu, dropout 0.2, 16 relu, 1 sigmoid], rmsprop 0.001, validation 0.2',
 'ok.nights-minmax-elu-nesterov': 'nights.csv minmax, [16 elu, 1 sigmoid], sgd nesterov 0.1',
 'ok.nights-full-batch-adam': 'nights.csv, [8 leaky_relu, 1 sigmoid], adam 0.02, full batch 480, 200 epochs',
 'ok.nights-batch1-sgd': 'nights.csv, [8 tanh, 1 sigmoid], plain sgd 0.01, batch 1, 15 epochs',
 'ok.nights-cce-two-class': 'nights.csv good/poor as 2-class cce with a softmax head',
 'ok.nights-batchnorm': 'nights.csv, two relu layers with batchNorm, adam 0.003',
 'ok.nights-lecun-selu-like-elu-wd': 'nights.csv, [24 elu lecun_normal, 1 sigmoid xavier_normal], adam 0.002 weightDecay 1e-4, batch 64',
 'ok.limmag-adam-relu': 'limiting magnitude regression (raw target 5..8), [32 relu, 1], mse, adam 0.003',
 'ok.limmag-sgd-tanh': 'limiting magnitude, [16 tanh, 1], sgd momentum 0.02',
 'ok.limmag-linear-regression': 'limiting magnitude, a single linear unit, plain sgd 0.05',
 'ok.limmag-deep-leaky-clip': 'limiting magnitude, 3 leaky_relu layers, adam 0.001 clipNorm 5, validation 0.15',
 'ok.scopes-adam': 'scopes.csv telescope quality (3 classes, excellent rare), [32 relu, 3 softmax], cce, adam',
 'ok.scopes-rmsprop-tanh': 'scopes.csv, [24 tanh, 12 tanh, 3 softmax], rmsprop 0.002',
 'ok.scopes-sgd-nesterov-wd': 'scopes.csv, [32 relu, 3 softmax], sgd nesterov 0.05 weightDecay 1e-4, batch 16',
 'ok.scopes-he-uniform-batch8': 'scopes.csv, two relu layers he_uniform, adam 0.002, batch 8',
 'ok.dome-adam-standard-target': 'dome_energy.csv kWh, standard features and target, [16 relu, 1], adam',
 'ok.dome-linear-sgd': 'dome_energy.csv, a single linear unit, sgd 0.05',
 'ok.dome-minmax-target-tanh': 'dome_energy.csv minmax features and target, [16 tanh, 1], adam 0.005, batch 16',
 'ok.dome-rmsprop-deep': 'dome_energy.csv, [32, 16, 8 relu, 1], rmsprop 0.001, validation 0.2',
 'ok.dome-sgd-momentum-small-batch': 'dome_energy.csv, [24 relu, 1], sgd momentum 0.01, batch 8',
 'ok.meteors-adam-relu': 'meteors-eu.csv (semicolons, decimal commas), [32 relu, 16 relu, 1], adam',
 'ok.meteors-sgd-momentum-tanh': 'meteors-eu.csv, [24 tanh, 1], sgd momentum 0.03, batch 16',
 'ok.meteors-elu-clip-rmsprop': 'meteors-eu.csv, [32 elu, 1], rmsprop 0.002 clipNorm 1',
 'ok.meteors-minmax-sigmoid-hidden': 'meteors-eu.csv minmax features, [24 sigmoid, 1], adam 0.01, 300 epochs',
 'ok.members-adam': 'members-tabs.csv (tab-separated, 13 % non-renewals), [16 relu, 1 sigmoid], adam',
 'ok.members-sgd-logistic': 'members-tabs.csv, logistic regression (1 sigmoid unit), sgd 0.1',
 'ok.members-sigmoid-hidden': 'members-tabs.csv, [12 sigmoid, 1 sigmoid], adam 0.01',
 'ok.members-leaky-nesterov': 'members-tabs.csv, [16, 8 leaky_relu, 1 sigmoid], sgd nesterov 0.05',
 'ok.moons-relu': 'builtin moons, [32, 32 relu, 1 sigmoid], adam 0.01',
 'ok.circles-tanh-sgd': 'builtin circles, [16 tanh, 1 sigmoid], sgd momentum 0.3',
 'ok.spirals-deep-adam': 'builtin spirals 3 classes, [64, 64 relu, 3 softmax], adam 0.005, 300 epochs',
 'ok.iris-rmsprop': 'builtin iris standard, [8 tanh, 3 softmax], rmsprop 0.01',
 'ok.blobs-four-class-sgd': 'builtin blobs 4 classes, [16 relu, 4 softmax], plain sgd 0.1',
 'ok.sine-tanh-adam': 'builtin sine, [32, 32 tanh, 1], adam 0.005',
 'ok.xor-sigmoid-full-batch': 'builtin xor, [8 tanh, 1 sigmoid], adam 0.03 full batch 200',
 'ok.inline-eyepiece-magnification': 'inline table: eyepiece focal length to magnification (1200 mm scope, 1/x curve), standard feature and target, [16 tanh, 1], adam',
 'ok.inline-filter-labels': 'inline table with string labels (blue, green, red filters), [8 relu, 3 softmax], cce, adam',
}

def main():
    names = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND))
    for sub in ('faulty', 'healthy', 'dropped'):
        os.makedirs(os.path.join(HERE, sub), exist_ok=True)
    faults, healthy, dropped = [], [], []
    for n in names:
        src = os.path.join(CAND, n + '.nn.json')
        line = obs[n]
        if n in DROP:
            shutil.move(src, os.path.join(HERE, 'dropped', n + '.nn.json'))
            dropped.append((n, DROP[n]))
        elif n in F:
            code, stage, extra, text = F[n]
            new = n if n.startswith(code + '.') else code + '.' + n.split('.', 1)[1]
            shutil.move(src, os.path.join(HERE, 'faulty', new + '.nn.json'))
            faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
        elif n in HEALTHY_COVERS:
            shutil.move(src, os.path.join(HERE, 'healthy', n + '.nn.json'))
            healthy.append({'file': f'healthy/{n}.nn.json', 'covers': f'{HEALTHY_COVERS[n]} (observe: {line})'})
        else:
            raise SystemExit(f'no verdict for {n}')
    about = ('Blind fault set 210 (issue #4), written blind and frozen before the product was run on it; no one tunes on it. '
             'Theme: observatories and amateur astronomy clubs. "code" is the fault\'s own code, "stage" the writer\'s expectation '
             'of the earliest stage that could catch it (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
             'Each fault text and healthy "covers" ends with its bare-engine line from test/faults/observe.ts --summary (observed.txt); '
             '--curve for the lr, oscillating, plateau, nan, exploding and dead-relu candidates (observed-curves.txt). Data (data/generate.ts, seed 210): '
             'nights.csv (480 observing nights of a club dark site: sky-quality meter, seeing, humidity, cloud, moon, temperature and a collinear dew point, wind, '
             'visitor count with no effect, id and date text columns; verdict good/poor with 22 % good; limiting magnitude as a regression target), '
             'nights-gaps.csv (the same with NA, n/a and empty readings), scopes.csv (420 loan telescopes, 3 quality classes, excellent rare), '
             'dome_energy.csv (360 months of observatory electricity in raw kWh, features on raw scales), meteors-eu.csv (a Dutch club\'s meteor-watch export '
             'with semicolons and decimal commas), members-tabs.csv (tab-separated membership sheet, renews 0/1 with 13 % non-renewals); plus builtins and two inline tables. '
             'Specs written by author.ts; this manifest by write-manifest.py. See README.md.')
    json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(HERE, 'manifest.json'), 'w'), indent=1, ensure_ascii=False)
    open(os.path.join(HERE, 'manifest.json'), 'a').write('\n')
    with open(os.path.join(HERE, 'dropped', 'REASONS.txt'), 'w') as f:
        for n, r in dropped:
            f.write(f'{n}: {r}\n')
    shutil.rmtree(CAND)
    from collections import Counter
    print(len(faults), 'faults', len(healthy), 'healthy', len(dropped), 'dropped')
    print(Counter(x['code'] for x in faults))
    print(Counter(x['stage'] for x in faults))

main()
