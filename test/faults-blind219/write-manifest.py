#!/usr/bin/env python3
"""Blind set 219: files the candidates by what observe.ts showed (observed.txt), writes manifest.json.
Run from test/faults-blind219 after author.ts and the observation: python3 write-manifest.py"""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

obs = {}
for line in open('observed.txt', encoding='utf8'):
    line = line.rstrip('\n')
    m = re.match(r'^\s*([^\s:]+?)(?:\.nn\.json)?[: ]', line)
    if m and not line.startswith('npm'):
        obs[m.group(1).replace('.nn.json', '')] = line.strip()

def o(name):
    return f"(observe: {obs[name]})"

# name -> (final code, stage, catches, fault text)
F = {
  'invalid-spec.gelu-hidden': ('invalid-spec', 'static', [], 'activation "gelu" copied from a transformer tutorial; the engine has no gelu'),
  'invalid-spec.adamw-optimizer': ('invalid-spec', 'static', [], 'optimizer "adamw" (PyTorch habit) with weightDecay; only sgd, adam, rmsprop exist'),
  'invalid-spec.keras-loss-name': ('invalid-spec', 'static', [], 'loss written "binary_crossentropy" (Keras name) instead of "bce"'),
  'invalid-spec.dropout-percent': ('invalid-spec', 'static', [], 'dropout rate written as a percentage (30) instead of 0.3'),
  'data-error.file-name-typo': ('data-error', 'static', [], 'CSV path "../data/piece.csv": the studio file is pieces.csv'),
  'data-error.kiln-name-feature': ('data-error', 'static', [], 'the kiln name column ("Kiln A", "Big Bertha") listed among numeric features'),
  'data-error.target-column-renamed': ('data-error', 'static', [], 'target "crack" while the annealing log column is "cracked"'),
  'data-error.na-readings': ('data-error', 'static', [], 'the copy of the piece log with NA and empty wall/soak readings used as is'),
  'data-error.shared-drive-path': ('data-error', 'static', [], 'furnace log read from the studio share outside the workspace (../../../../../studio-share/)'),
  'shape-mismatch.forgot-gold-ruby': ('shape-mismatch', 'static', [], '5 softmax units for 6 colour classes: the rare gold_ruby class forgotten'),
  'shape-mismatch.stress-three-outputs': ('shape-mismatch', 'static', [], '3 linear outputs for the single stress_nm_cm target (copied from a 3-class head)'),
  'shape-mismatch.iris-two-softmax': ('shape-mismatch', 'static', [], 'iris with a 2-unit softmax head for 3 species'),
  'shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'static', [], 'two targets (melt_kwh, seeds_per_100g) predicted by one output unit'),
  'loss-activation-mismatch.softmax-mse': ('loss-activation-mismatch', 'static', [], 'softmax colour head trained with mse instead of cce'),
  'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', 'static', [], 'crack classifier with bce on a linear output (sigmoid forgotten)'),
  'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', 'static', [], 'six-colour cce with sigmoid outputs instead of softmax (loss tiny, accuracy poor)'),
  'loss-activation-mismatch.tanh-head-raw-stress': ('loss-activation-mismatch', 'static', [], 'tanh output for polariscope stress in raw nm/cm (2 to 100): the head cannot exceed 1'),
  'init-symmetry.zeros-relu-hidden': ('init-symmetry', 'static', ['dead-relu'], 'zeros init on a 16-unit relu hidden layer'),
  'init-symmetry.constant-tanh': ('init-symmetry', 'static', [], 'constant 0.1 init on a 12-unit tanh layer and its output: every hidden unit identical (the near-linear kWh target still fits, so the harm shows only in the text)'),
  'init-symmetry.zeros-everywhere-colour': ('init-symmetry', 'static', [], 'zeros init in every layer of the colour net'),
  'init-scale.normal-std-5-relu': ('init-scale', 'static', ['exploding-gradient'], 'normal std 5 on 32- and 16-unit relu layers (first loss 300x baseline)'),
  'init-scale.tiny-deep-tanh': ('init-scale', 'static', ['vanishing-gradient', 'loss-plateau'], 'normal std 1e-4 on three 32-unit tanh layers: signal dies, loss stuck at baseline'),
  'init-scale.uniform-limit-10-tanh': ('init-scale', 'static', ['saturated-activation'], 'uniform limit 10 on a 24-unit tanh layer: saturated from the start, ends 3x baseline'),
  'init-scale.normal-std-3-sigmoid': ('init-scale', 'static', ['saturated-activation'], 'normal std 3 on two 20-unit sigmoid layers, second layer mostly saturated'),
  'no-nonlinearity.circles-linear-stack': ('no-nonlinearity', 'static', [], 'two linear hidden layers on concentric circles: stuck at baseline'),
  'no-nonlinearity.stress-activation-omitted': ('no-nonlinearity', 'static', [], 'activation omitted on both hidden layers (default linear) for stress, which depends on wall x cooling rate'),
  'no-nonlinearity.colour-linear-hidden': ('no-nonlinearity', 'static', [], 'colour net with linear hidden layers: depth adds nothing'),
  'no-nonlinearity.moons-linear-bn': ('no-nonlinearity', 'static', [], 'linear hidden layers with batch norm on moons: stays a linear classifier'),
  'lr-out-of-range.adam-zero': ('lr-out-of-range', 'static', [], 'adam lr 0 (a placeholder left in)'),
  'lr-out-of-range.sgd-negative': ('lr-out-of-range', 'static', [], 'sgd lr -0.01 (sign typo)'),
  'lr-out-of-range.adam-50': ('lr-out-of-range', 'static', ['lr-too-high'], 'adam lr 50 (meant 5e-3): first loss 8000x baseline, ends 3x baseline'),
  'lr-out-of-range.rmsprop-1e-9': ('lr-out-of-range', 'static', ['lr-too-low'], 'rmsprop lr 1e-9: nothing moves'),
  'dead-relu.negative-bias-minus-5': ('dead-relu', 'probe', [], 'relu layer with initial bias -5 on standardised features: 88% of units dead for good'),
  'dead-relu.small-normal-negative-bias': ('dead-relu', 'probe', [], 'relu layer, normal std 0.05 and bias -2: all units dead, stuck at baseline'),
  'dead-relu.deep-bias-minus-1': ('dead-relu', 'probe', [], 'two relu layers, normal std 0.01 and bias -1: all units dead, stuck at baseline'),
  'dead-relu.sgd-lr-kick-raw': ('exploding-gradient', 'probe', ['dead-relu', 'nan-loss'], 'raw furnace readings (crucible ~1100 C) into relu with sgd: first epoch loss 1e16, then every unit dead'),
  'exploding-gradient.raw-furnace-kwh-sgd': ('exploding-gradient', 'probe', ['nan-loss', 'dead-relu'], 'raw furnace readings and raw kWh target (thousands), sgd 0.001: loss 1e19 in the first epoch'),
  'exploding-gradient.raw-price-momentum': ('exploding-gradient', 'probe', ['nan-loss', 'dead-relu'], 'raw quote features and raw EUR price, sgd momentum 0.9: gradients 1e9, loss 1e22'),
  'exploding-gradient.raw-weight-grams': ('exploding-gradient', 'probe', ['nan-loss'], 'raw piece weight in grams (thousands) with elu and sgd momentum: loss 1e26'),
  'vanishing-gradient.eight-sigmoid-layers': ('vanishing-gradient', 'probe', ['loss-plateau'], 'eight 16-unit sigmoid layers, plain sgd: first-layer gradients 1e-6, stuck at baseline'),
  'vanishing-gradient.deep-tanh-small-normal': ('vanishing-gradient', 'probe', ['init-scale', 'loss-plateau'], 'six tanh layers with normal std 0.05: first-layer gradients 1e-4, stuck at baseline'),
  'vanishing-gradient.ten-sigmoid-colour': ('vanishing-gradient', 'probe', ['loss-plateau'], 'ten sigmoid layers on colour lots: first-layer gradients 1e-6, stuck at baseline'),
  'vanishing-gradient.circles-sigmoid-normal': ('vanishing-gradient', 'probe', ['init-scale', 'loss-plateau'], 'seven sigmoid layers with normal init on circles: first-layer gradients 1e-10'),
  'nan-loss.batch1-raw-kwh-nesterov': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw kWh target, batch 1, sgd Nesterov lr 0.05: NaN in the first epoch'),
  'nan-loss.raw-kwh-momentum-batch1': ('nan-loss', 'probe', ['exploding-gradient', 'lr-too-high'], 'raw kWh target, batch 1, sgd momentum 0.9: NaN in the first epoch'),
  'lr-too-high.momentum-lr-0.5-quotes': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd lr 0.5 with momentum 0.9 on quotes: NaN in the first epoch'),
  'lr-too-high.sgd-3-stress': ('nan-loss', 'probe', ['lr-too-high', 'exploding-gradient'], 'sgd lr 0.8 on stress with a tanh layer: loss 1e9, 1e25, then NaN'),
  'lr-too-high.adam-0.5-colour': ('lr-too-high', 'probe', ['dead-relu'], 'adam lr 0.5 on colours: loss rises 1.2 -> 2.0, relu layer dies, stuck at 1.3'),
  'lr-too-high.adam-0.3-quotes': ('lr-too-high', 'probe', ['dead-relu'], 'adam lr 0.3 on quotes: loss 0.58 then back to baseline, second relu layer dead'),
  'lr-too-high.rmsprop-0.3-moons': ('lr-too-high', 'training', ['oscillating-loss'], 'rmsprop lr 0.3 on moons: loss repeatedly jumps from ~1e-5 back to 2-3x baseline'),
  'lr-too-low.sgd-1e-5-crack': ('lr-too-low', 'probe', ['loss-plateau'], 'plain sgd lr 1e-5 on the crack data: loss 1.057 -> 1.038 in 100 epochs, twice baseline'),
  'lr-too-low.adam-1e-6-colour': ('lr-too-low', 'probe', ['loss-plateau'], 'adam lr 1e-6 (meant 1e-3): loss 1.965 -> 1.946 in 100 epochs'),
  'lr-too-low.rmsprop-2e-6-furnace': ('lr-too-low', 'probe', ['loss-plateau'], 'rmsprop lr 2e-6 on furnace kWh: loss 1.088 -> 1.046 in 100 epochs'),
  'lr-too-low.sgd-full-batch-quotes': ('lr-too-low', 'training', ['loss-plateau'], 'plain sgd lr 2e-4 with full batch: 150 epochs are 150 steps, loss 2.14 -> 1.41, still above baseline'),
  'saturated-activation.sigmoid-raw-grams': ('saturated-activation', 'probe', ['loss-plateau'], 'sigmoid hidden layer on raw features (weight in grams): 100% saturated, stuck at baseline'),
  'saturated-activation.tanh-raw-crucible': ('saturated-activation', 'probe', ['loss-plateau'], 'tanh hidden layer on raw furnace readings (~1100 C): 100% saturated, stuck at baseline'),
  'saturated-activation.sigmoid-bias-8': ('saturated-activation', 'probe', ['loss-plateau'], 'sigmoid layer with initial bias 8: 100% saturated, stuck at baseline'),
  'saturated-activation.tanh-raw-quotes': ('saturated-activation', 'probe', [], 'tanh layers on raw quote features (hours, cm): first layer 55-83% saturated, ends 0.22 of baseline where normalised nets reach 0.01'),
  'loss-plateau.weight-decay-typo': ('loss-plateau', 'training', [], 'weightDecay 1.0 (meant 1e-4) with adam: loss converges to the baseline'),
  'loss-plateau.sgd-weight-decay-colour': ('loss-plateau', 'training', [], 'weightDecay 0.5 with sgd momentum on colours: loss flat at the baseline'),
  'loss-plateau.xor-tiny-init-sgd': ('loss-plateau', 'training', ['init-scale'], 'xor with normal std 0.001 init and plain sgd: flat at 0.693 for 100 epochs'),
  'loss-plateau.dropout-0.9-colour': ('loss-plateau', 'training', [], 'dropout 0.9 after a 16-unit layer: loss stalls at ~1.3 (0.76 of baseline) where the same net without it reaches 0.07'),
  'oscillating-loss.adam-0.05-batch2-quotes': ('oscillating-loss', 'training', ['lr-too-high'], 'adam lr 0.05 with batch 2: loss swings 0.04-0.26 for 80 epochs'),
  'lr-too-high.sgd-2-crack': ('oscillating-loss', 'training', ['lr-too-high'], 'plain sgd lr 2 on the crack data: loss swings (0.22 -> 0.38 -> 0.30, 0.23 -> 0.33) and does not settle'),
}

DROP = {
  'shape-mismatch.two-sigmoid-bce': 'two sigmoid outputs under bce loaded and trained to 0.59 of baseline; unclear whether the format treats it as a mismatch',
  'init-symmetry.constant-sigmoid-quotes': 'constant 0.5 init trained to 0.02 of baseline; the harm did not show',
  'nan-loss.raw-kwh-sgd-0.1': 'no NaN: units died after a first-epoch blow-up and the loss sat at baseline; ambiguous between codes',
  'nan-loss.raw-price-sgd-0.05': 'no NaN: tanh layer saturated and loss stayed near baseline; ambiguous between codes',
  'nan-loss.raw-price-minmax-sgd-batch4': 'no NaN: relu layer died after a blow-up; ambiguous between codes',
  'lr-too-high.rmsprop-0.1-colour': 'trained to 0.03 of baseline despite small bounces; not clearly faulty',
  'oscillating-loss.full-batch-momentum-0.95': 'curve smooth after the first epochs; did not oscillate',
  'oscillating-loss.rmsprop-0.05-batch8': 'swings only ~2% of baseline; borderline',
  'oscillating-loss.sgd-batch4-lr0.8': 'swings of ~5% of baseline, slowly improving; borderline',
  'invalid-spec.split-percent': 'valid fault (validationSplit 20), trimmed to keep the set within 65 faults',
  'invalid-spec.glorot-init': 'valid fault (init glorot_uniform), trimmed to keep the set within 65 faults',
  'data-error.timestamp-feature': 'valid fault (timestamp text as a feature), trimmed: same kind as the kiln-name one',
  'data-error.handwritten-tilde': 'valid fault ("~4" in wall_mm), trimmed: same kind as the kiln-name one',
  'lr-out-of-range.sgd-100': 'valid fault (sgd lr 100), trimmed to keep the set within 65 faults',
  'nan-loss.raw-grams-relu-lr1': 'no NaN (loss 1e34 then dead units); would be exploding-gradient, trimmed to keep the set within 65 faults',
  'loss-plateau.clipnorm-1e-4': 'clipNorm 1e-4 froze the loss; looks like lr-too-low as much as a plateau, dropped as ambiguous',
  'loss-activation-mismatch.relu-head-standard-target': 'relu head on a standardised target ended 0.55 of baseline; trimmed to keep within 65 (less clear-cut than the others)',
  'exploding-gradient.deep-relu-std1': 'gradients stayed below 26 and it trained to 0.31 of baseline; really an init-scale fault, trimmed to keep within 65',
  'ok.crack-logistic-fullbatch': 'healthy candidate ended 0.66 of baseline (noisy labels); borderline',
  'ok.crack-sgd-plain-batch1': 'healthy candidate ended 0.64 of baseline; borderline',
  'ok.crack-sigmoid-hidden-adam': 'healthy candidate ended 0.63 of baseline; borderline',
}

H = {
  'ok.crack-adam-relu': 'pieces.csv standard (7 features incl. collinear weight and no-effect moon_day), [16 relu, 1 sigmoid], bce, adam 0.003, batch 32',
  'ok.crack-nesterov-tanh': 'pieces.csv, [12 tanh, 8 tanh, 1 sigmoid], bce, sgd Nesterov 0.02 momentum 0.9, batch 16',
  'ok.crack-rmsprop-dropout-val': 'pieces.csv, [32 relu, dropout 0.2, 16 relu, 1 sigmoid], bce, rmsprop 0.001, validationSplit 0.2',
  'ok.crack-batchnorm-elu': 'pieces.csv minmax, [24 elu batchNorm, 1 sigmoid], bce, adam 0.005, batch 64',
  'ok.crack-wd-clip': 'pieces.csv, [32 relu, 32 relu, 1 sigmoid], bce, adam 0.002 weightDecay 1e-4 clipNorm 1',
  'ok.stress-adam-target-standard': 'pieces.csv stress_nm_cm, normalizeTarget standard, [32 relu, 16 relu, 1], mse, adam 0.003',
  'ok.stress-sgd-momentum-minmax': 'pieces.csv stress minmax features and target, [24 tanh, 1], mse, sgd momentum 0.9 lr 0.1, batch 16, 150 epochs',
  'ok.stress-elu-rmsprop-val': 'pieces.csv stress, [24 elu, 12 elu, 1], mse, rmsprop 0.002, batch 24, validationSplit 0.15',
  'ok.stress-batchnorm-sgd': 'pieces.csv stress, [32 relu bn, 16 relu bn, 1], mse, sgd momentum 0.9 lr 0.02',
  'ok.furnace-kwh-adam': 'furnace-log.csv melt_kwh (raw thousands, normalizeTarget standard), timestamp column left out, [16 relu, 1], mse, adam 0.005',
  'ok.furnace-kwh-linear-regression': 'furnace-log.csv kWh, a single linear unit (linear regression), plain sgd 0.05, batch 36',
  'ok.furnace-kwh-wide-nesterov-val': 'furnace-log.csv minmax, [64 relu, 1], mse, sgd Nesterov 0.02, batch 24, validationSplit 0.1, 150 epochs',
  'ok.seeds-rmsprop-tanh': 'furnace-log.csv seeds_per_100g without target normalisation, [16 tanh, 1], mse, rmsprop 0.005, 120 epochs',
  'ok.seeds-leaky-sgd-batch8': 'furnace-log.csv seeds, [16 leaky_relu, 8 leaky_relu, 1], mse, sgd momentum 0.8 lr 0.01, batch 8',
  'ok.seeds-uniform-init-small': 'furnace-log.csv seeds, [12 tanh uniform limit 0.3, 1], mse, adam 0.01',
  'ok.colour-adam-relu': 'colour-lots.csv, 6 string classes with rare gold_ruby, [24 relu, 6 softmax], cce, adam 0.005',
  'ok.colour-sgd-momentum-tanh': 'colour-lots.csv, [32 tanh, 16 tanh, 6 softmax], cce, sgd momentum 0.9 lr 0.05, batch 16',
  'ok.colour-batchnorm-dropout': 'colour-lots.csv, [32 relu bn, dropout 0.2, 6 softmax], cce, rmsprop 0.003, validationSplit 0.2',
  'ok.colour-minmax-elu-nesterov': 'colour-lots.csv minmax, [24 elu, 6 softmax], cce, sgd Nesterov 0.1, batch 20',
  'ok.colour-softmax-regression': 'colour-lots.csv, a single softmax layer (multinomial logistic regression), adam 0.02, full batch 420, 150 epochs',
  'ok.colour-deep-narrow': 'colour-lots.csv, [16, 16, 12, 8 relu, 6 softmax], cce, adam 0.003 clipNorm 5',
  'ok.colour-he-uniform-adam-bs8': 'colour-lots.csv, [48 relu he_uniform, 6 softmax xavier_normal], cce, adam 0.001, batch 8',
  'ok.quotes-adam-standard': 'commission-quotes.csv (tab-separated, price in EUR, normalizeTarget standard), [16 relu, 1], mse, adam 0.005',
  'ok.quotes-rmsprop-minmax': 'commission-quotes.csv minmax features, [32 elu, 1], mse, rmsprop 0.003, batch 16',
  'ok.quotes-sgd-batch1': 'commission-quotes.csv, [8 tanh, 1], mse, plain sgd 0.003, batch 1, 30 epochs',
  'ok.quotes-wd-val': 'commission-quotes.csv, normalizeTarget minmax, [24 relu, 12 relu, 1], mse, adam 0.002 weightDecay 1e-3, validationSplit 0.2',
  'ok.quotes-deep-leaky-clip': 'commission-quotes.csv, [32, 32, 16 leaky_relu, 1], mse, adam 0.001 clipNorm 1',
  'ok.murano-adam': 'murano-annealing.csv (semicolons, decimal commas, Italian headers), [12 relu, 1 sigmoid], bce, adam 0.005, batch 16',
  'ok.murano-sgd-tanh': 'murano-annealing.csv minmax, [8 tanh, 1 sigmoid], bce, sgd momentum 0.5 lr 0.3, batch 26, 150 epochs',
  'ok.murano-lecun-elu-rms': 'murano-annealing.csv, [16 elu lecun_normal, 8 elu lecun_normal, 1 sigmoid], bce, rmsprop 0.002, batch 13',
  'ok.iris-adam': 'builtin iris standard, [8 relu, 3 softmax], cce, adam 0.01, batch 16',
  'ok.iris-rmsprop-sigmoid-hidden': 'builtin iris minmax, [10 sigmoid, 3 softmax], cce, rmsprop 0.01, batch 10',
  'ok.moons-relu-adam': 'builtin moons 300, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
  'ok.circles-tanh-nesterov': 'builtin circles 300, [16 tanh, 1 sigmoid], bce, sgd Nesterov 0.1, batch 16',
  'ok.spirals-deep-adam': 'builtin spirals 400, [32, 32, 32 relu, 1 sigmoid], bce, adam 0.005, 300 epochs',
  'ok.blobs-four-sgd': 'builtin blobs 4 classes, [8 relu, 4 softmax], cce, plain sgd 0.05',
  'ok.sine-tanh-adam': 'builtin sine, [32 tanh, 1], mse, adam 0.01, 200 epochs',
  'ok.xor-tanh-rmsprop': 'builtin xor, [8 tanh, 1 sigmoid], bce, rmsprop 0.01, batch 20 (hidden tanh ends 26% saturated while solving it)',
  'ok.inline-kiln-viscosity': 'inline 12 rows temperature -> log viscosity, normalizeTarget standard, [8 tanh, 1], mse, adam 0.02, full batch',
  'ok.inline-glory-hole-labels': 'inline 12 rows with string labels small/large, [4 tanh, 2 softmax], cce, adam 0.03, batch 4',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
missing = [c for c in cands if c not in F and c not in DROP and c not in H]
extra = [c for c in list(F) + list(DROP) + list(H) if c not in cands]
assert not missing and not extra, (missing, extra)

for d in ('faulty', 'healthy', 'dropped'):
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)

faults, healthy = [], []
for c in cands:
    src = f'candidates/{c}.nn.json'
    if c in F:
        code, stage, extra_c, text = F[c]
        name = code + c[c.index('.'):]
        shutil.copy(src, f'faulty/{name}.nn.json')
        faults.append({'file': f'faulty/{name}.nn.json', 'code': code, 'fault': f'{text} {o(c)}', 'stage': stage,
                       'catches': [code] + [x for x in extra_c if x != code]})
    elif c in H:
        shutil.copy(src, f'healthy/{c}.nn.json')
        healthy.append({'file': f'healthy/{c}.nn.json', 'covers': f'{H[c]} {o(c)}'})
    else:
        shutil.copy(src, f'dropped/{c}.nn.json')

about = ('Blind fault set 219 (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Theme: glassblowing studios and art-glass workshops. Data (data/generate.ts, seeds 219001-219005): pieces.csv (480 annealed pieces: '
         'piece id and kiln name text columns, wall thickness, weight in grams collinear with it, soak minutes, cooling rate, kiln load, gaffer years, '
         'moon_day with no effect; cracked 0/1 ~21% from a noisy logistic rule; stress_nm_cm regression), pieces-gaps.csv (NA and empty readings), '
         'pieces-handwritten.csv ("~4" in wall_mm), furnace-log.csv (360 daily readings with a timestamp column, gas collinear with crucible temperature, '
         'skewed batch and door-open times; melt_kwh in raw thousands, seeds_per_100g), colour-lots.csv (420 colour batches, 7 oxide/strike features, '
         '6 string classes with rare gold_ruby, 5% relabelled), commission-quotes.csv (tab-separated, 300 quotes, price in EUR), murano-annealing.csv '
         '(semicolons, decimal commas, Italian headers). Plus builtins and two inline tables. "stage" is the writer\'s expectation of the earliest stage '
         'that could catch the fault; "catches" the codes whose advice would genuinely fix it. Each fault and covers text ends with its observe.ts --summary '
         'line (observed.txt); --curve for the lr-too-high, lr-too-low, plateau and oscillating candidates (observed-curves.txt). No diagnosis code was run.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w', encoding='utf8'), indent=1, ensure_ascii=False)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(cands) - len(faults) - len(healthy), 'dropped')
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
