#!/usr/bin/env python3
"""Files the candidates of test/faults-blind80 by what the bare engine showed (observed.txt) and writes
manifest.json: faulty/<code>.<slug>.nn.json, healthy/<slug>.nn.json, dropped/<candidate>.nn.json.
Each spec's "name" is set to its filed slug (the candidate names carried the writer's intent).
Run after author.ts and the observe.ts runs: python3 test/faults-blind80/write-manifest.py"""
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
# candidate -> (code, slug, stage, catches, fault)
FAULTS = {
    'f.invalid-spec.activation-relu-capital': ('invalid-spec', 'activation-relu-capital', S, ['invalid-spec'], 'timber-volume regression with hidden activations written "ReLU" (PyTorch class-name habit)'),
    'f.invalid-spec.learning-rate-key': ('invalid-spec', 'learning-rate-key', S, ['invalid-spec'], 'species classifier whose optimizer block says "learning_rate" (Keras/sklearn key) instead of "lr"'),
    'f.invalid-spec.epochs-string': ('invalid-spec', 'epochs-string', S, ['invalid-spec'], 'board-yield regression with training.epochs quoted as the string "150" (copied from a form field)'),
    'f.invalid-spec.optimizer-keras-name': ('invalid-spec', 'optimizer-keras-name', S, ['invalid-spec'], 'kiln crack classifier with optimizer type "Adam" capitalised as in Keras'),
    'f.data-error.csv-path-typo': ('data-error', 'csv-path-typo', S, ['data-error'], 'inventory spec points at ../data/plot.csv; the export is plots.csv'),
    'f.data-error.target-without-unit': ('data-error', 'target-without-unit', S, ['data-error'], 'target written "volume" but the inventory column is volume_m3'),
    'f.data-error.na-heights': ('data-error', 'na-heights', S, ['data-error'], 'inventory export where plots without a measured height carry "NA" in height_m, used as a feature'),
    'f.data-error.kiln-na-temps': ('data-error', 'kiln-na-temps', S, ['data-error'], 'kiln log where batches with a failed probe record temp_c as "n/a"'),
    'f.shape-mismatch.three-species-units': ('shape-mismatch', 'three-species-units', S, ['shape-mismatch'], 'species classifier with a 3-unit softmax output while the plots hold 4 species (oak added later)'),
    'f.shape-mismatch.two-targets-one-unit': ('shape-mismatch', 'two-targets-one-unit', S, ['shape-mismatch'], 'regresses volume_m3 and basal_area together but keeps a single output unit'),
    'f.shape-mismatch.volume-three-outputs': ('shape-mismatch', 'volume-three-outputs', S, ['shape-mismatch'], 'timber-volume regression (one target) with a 3-unit output layer copied from the species model'),
    'f.loss-activation-mismatch.species-softmax-mse': ('loss-activation-mismatch', 'species-softmax-mse', S, ['loss-activation-mismatch'], 'species softmax output trained with mse instead of cce'),
    'f.loss-activation-mismatch.cracked-linear-bce': ('loss-activation-mismatch', 'cracked-linear-bce', S, ['loss-activation-mismatch'], 'cracked-batch flag with a linear output under bce (sigmoid forgotten)'),
    'f.loss-activation-mismatch.volume-sigmoid-out': ('loss-activation-mismatch', 'volume-sigmoid-out', S, ['loss-activation-mismatch'], 'standardised timber volume (negative and positive) regressed through a sigmoid output under mse'),
    'f.loss-activation-mismatch.mor-relu-softmax': ('loss-activation-mismatch', 'mor-single-softmax', S, ['loss-activation-mismatch'], 'bending strength (MPa) regression whose single output unit is softmax: it always outputs 1'),
    'f.init-symmetry.zeros-hidden': ('init-symmetry', 'zeros-hidden', S, ['init-symmetry'], 'volume regression with both tanh hidden layers initialised to zeros'),
    'f.init-symmetry.constant-hidden': ('init-symmetry', 'constant-hidden', S, ['init-symmetry'], 'species classifier with relu hidden layers initialised to the constant 0.1'),
    'f.init-symmetry.zeros-logs': ('init-symmetry', 'zeros-logs', S, ['init-symmetry'], 'board-yield regression with its sigmoid hidden layer (and output) initialised to zeros: all 32 units stay identical'),
    'f.init-scale.std-five': ('init-scale', 'std-five', S, ['init-scale'], 'volume regression with hidden weights drawn normal std 5 (meant 0.5)'),
    'f.init-scale.uniform-limit-ten': ('init-scale', 'uniform-limit-ten', S, ['init-scale', 'saturated-activation'], 'species classifier with tanh layers initialised uniform limit 10'),
    'f.init-scale.tiny-std-deep': ('init-scale', 'tiny-std-deep', S, ['init-scale', 'vanishing-gradient'], 'three relu layers of 32 initialised normal std 0.0005 for board yield'),
    'f.no-nonlinearity.species-linear-hidden': ('no-nonlinearity', 'species-linear-hidden', S, ['no-nonlinearity'], 'species classifier whose two hidden layers are explicitly linear'),
    'f.no-nonlinearity.volume-default-activation': ('no-nonlinearity', 'volume-default-activation', S, ['no-nonlinearity'], 'volume regression with no activation written on any layer (defaults to linear), so volume ~ basal area x height cannot be formed'),
    'f.no-nonlinearity.logs-linear': ('no-nonlinearity', 'logs-linear', S, ['no-nonlinearity'], 'board-yield regression with a linear hidden layer (saturating diameter and speed effects unreachable)'),
    'f.lr-out-of-range.adam-fifty': ('lr-out-of-range', 'adam-fifty', S, ['lr-out-of-range', 'lr-too-high'], 'adam lr 50 (meant 5e-3, exponent dropped)'),
    'f.lr-out-of-range.negative-sgd': ('lr-out-of-range', 'negative-sgd', S, ['lr-out-of-range', 'invalid-spec'], 'sgd lr -0.01 (sign slipped in from a decay schedule)'),
    'f.lr-out-of-range.rmsprop-percent': ('lr-out-of-range', 'rmsprop-hundred', S, ['lr-out-of-range', 'lr-too-high'], 'rmsprop lr 100 on panel strength (a percent typed where a rate goes)'),
    'f.dead-relu.negative-bias': ('dead-relu', 'negative-bias', P, ['dead-relu'], 'relu hidden layers with bias -5 on standardised inventory features: nearly every unit is off from the start'),
    'f.dead-relu.kiln-bias-minus-three': ('dead-relu', 'kiln-bias-minus-three', P, ['dead-relu'], 'kiln crack classifier with relu bias -3 "to keep the rare class sparse"'),
    'f.nan-loss.epoch-timestamp-feature': ('dead-relu', 'epoch-timestamp-feature', P, ['dead-relu', 'exploding-gradient'], 'raw kiln start_epoch (1.6e9 seconds) left in as an unnormalised feature: the first sgd steps kill the whole relu layer'),
    'f.nan-loss.raw-logs-momentum': ('dead-relu', 'raw-logs-momentum', P, ['dead-relu', 'exploding-gradient', 'lr-too-high'], 'sawmill logs unnormalised (speed, diameter in tens) with sgd momentum 0.9: two steps kill the relu layer'),
    'f.exploding-gradient.deep-std-big': ('exploding-gradient', 'deep-std-big', P, ['exploding-gradient', 'nan-loss', 'init-scale'], 'four relu layers of 32 initialised normal std 1 under plain sgd'),
    'f.exploding-gradient.deep-relu-clip': ('exploding-gradient', 'deep-relu-clip', P, ['exploding-gradient', 'init-scale'], 'deep relu stack with std 1 init, kept from NaN only by clipNorm 1: gradients stay in the thousands'),
    'f.exploding-gradient.raw-panels-momentum': ('exploding-gradient', 'raw-panels-momentum', P, ['exploding-gradient', 'dead-relu', 'lr-too-high'], 'panel press data unnormalised (density ~700 kg/m3, glue ~200 g/m2) with sgd momentum'),
    'f.exploding-gradient.raw-volume-target': ('exploding-gradient', 'raw-volume-target', P, ['exploding-gradient', 'dead-relu'], 'timber volume in raw m3 (hundreds) as an mse target under sgd, normalizeTarget left out'),
    'f.vanishing-gradient.deep-sigmoid': ('vanishing-gradient', 'deep-sigmoid', T, ['vanishing-gradient'], 'seven sigmoid hidden layers for timber volume under plain sgd'),
    'f.vanishing-gradient.deep-sigmoid-species': ('vanishing-gradient', 'deep-sigmoid-species', T, ['vanishing-gradient'], 'six sigmoid hidden layers for species under sgd momentum'),
    'f.vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', 'deep-tanh-small-init', T, ['vanishing-gradient', 'init-scale'], 'five tanh layers initialised normal std 0.02 for board yield'),
    'f.nan-loss.raw-volume-sgd': ('nan-loss', 'raw-volume-sgd', P, ['nan-loss', 'exploding-gradient', 'lr-too-high'], 'raw volume_m3 target (hundreds) under sgd lr 0.05'),
    'f.dead-relu.raw-stems-sgd': ('nan-loss', 'raw-stems-sgd', P, ['nan-loss', 'exploding-gradient', 'lr-too-high'], 'inventory features unnormalised (stems_ha in hundreds, basal area in tens) with sgd lr 0.01'),
    'f.nan-loss.mor-raw-target-momentum': ('nan-loss', 'mor-raw-target-momentum', P, ['nan-loss', 'exploding-gradient', 'lr-too-high'], 'bending strength in raw MPa as target under sgd momentum lr 0.05, normalizeTarget left out'),
    'f.lr-too-high.adam-half': ('lr-too-high', 'adam-half', P, ['lr-too-high', 'dead-relu'], 'adam lr 0.5 on timber volume'),
    'f.lr-too-high.sgd-two': ('lr-too-high', 'sgd-two', P, ['lr-too-high', 'oscillating-loss', 'saturated-activation'], 'sgd lr 2 with momentum 0.9 on species'),
    'f.lr-too-high.rmsprop-point-three': ('lr-too-high', 'rmsprop-point-three', P, ['lr-too-high', 'dead-relu'], 'rmsprop lr 0.3 on panel strength'),
    'f.oscillating-loss.momentum-099': ('lr-too-high', 'momentum-099', P, ['lr-too-high', 'oscillating-loss', 'dead-relu'], 'sgd lr 0.05 with momentum 0.99 on timber volume (effective step x100)'),
    'f.oscillating-loss.kiln-adam-batch-four': ('lr-too-high', 'kiln-adam-batch-four', T, ['lr-too-high', 'oscillating-loss'], 'adam lr 0.2 with batches of 4 on the rare-crack kiln data'),
    'f.lr-too-low.sgd-1e-5': ('lr-too-low', 'sgd-1e-5', P, ['lr-too-low'], 'plain sgd lr 1e-5 on timber volume for 100 epochs'),
    'f.lr-too-low.adam-1e-6': ('lr-too-low', 'adam-1e-6', P, ['lr-too-low'], 'adam lr 1e-6 on species (fine-tuning rate used from scratch)'),
    'f.lr-too-low.rmsprop-1e-6': ('lr-too-low', 'rmsprop-1e-6', P, ['lr-too-low'], 'rmsprop lr 1e-6 on board yield'),
    'f.saturated-activation.tanh-raw-stems': ('saturated-activation', 'tanh-raw-stems', P, ['saturated-activation'], 'tanh species classifier on unnormalised inventory columns (stems_ha in hundreds)'),
    'f.saturated-activation.sigmoid-raw-panels': ('saturated-activation', 'sigmoid-raw-panels', P, ['saturated-activation'], 'sigmoid hidden layers on unnormalised panel press data (density ~700, glue ~200)'),
    'f.saturated-activation.tanh-big-bias': ('saturated-activation', 'tanh-big-bias', P, ['saturated-activation'], 'kiln classifier with tanh hidden bias 6: every unit pinned at +1'),
    'f.loss-plateau.weight-decay-huge': ('loss-plateau', 'weight-decay-huge', T, ['loss-plateau'], 'adam with weightDecay 5 (meant 5e-4) on timber volume: pulled back to the mean prediction'),
    'f.loss-plateau.id-columns-only': ('loss-plateau', 'id-columns-only', T, ['loss-plateau'], 'species classifier fed only plot_id and region (the constant stand code)'),
    'f.loss-plateau.species-weight-decay': ('loss-plateau', 'species-weight-decay', T, ['loss-plateau'], 'rmsprop with weightDecay 1 on species'),
    'f.loss-plateau.dropout-nine-tenths': ('oscillating-loss', 'dropout-nine-tenths', T, ['oscillating-loss', 'loss-plateau'], 'board-yield regression with dropout 0.9 after each hidden layer (keep-probability typed as rate)'),
    'f.oscillating-loss.species-adam-point-one': ('oscillating-loss', 'species-adam-point-one', T, ['oscillating-loss', 'lr-too-high', 'dead-relu'], 'adam lr 0.1 with batch 16 on species'),
    'f.oscillating-loss.iris-adam-batch8': ('oscillating-loss', 'iris-adam-batch8', T, ['oscillating-loss', 'lr-too-high', 'dead-relu'], 'adam lr 0.15 with batch 8 on iris'),
    'f.oscillating-loss.species-rmsprop-point-one': ('oscillating-loss', 'species-rmsprop-point-one', T, ['oscillating-loss', 'lr-too-high'], 'rmsprop lr 0.1 with batch 16 on species'),
}
DROPPED = {
    'f.data-error.four-logs': 'logs-short.csv (4 rows) loads and trains (memorised to ~0); whether 4 rows is "too few" is a judgement, not something the engine shows',
    'f.shape-mismatch.cracked-two-sigmoids': 'the engine accepted two sigmoid outputs under bce for a 0/1 target and trained to acc 1.000: no visible fault',
    'f.exploding-gradient.raw-volume-adam': 'gradient norms are in the thousands only because the target is in raw m3; adam trains it to the same relative loss as the healthy ones',
    'f.oscillating-loss.batch-one-sgd': 'batch-1 sgd is noisy but the swings are ~1% of the baseline and the loss ends at 0.13 of it: neither clearly faulty nor clearly healthy',
    'f.oscillating-loss.rmsprop-full-batch': 'clear even/odd zigzag but only ~2% of the baseline, and the loss ends at 0.08 of the baseline',
    'f.oscillating-loss.sgd-tanh-batch8': 'noisy (0.06-0.15 of the baseline) but learns; not clearly oscillating',
    'f.oscillating-loss.panels-full-batch-sgd': 'two slow excursions (0.07 -> 0.34 of the baseline) between smooth stretches: edge-of-stability, neither clearly oscillating nor healthy',
    'f.oscillating-loss.logs-rmsprop-batch8': 'noisy around 0.08 of the baseline; learns',
    'f.oscillating-loss.volume-momentum-095': 'noisy early, ends at 0.01 of the baseline; learns',
}
HEALTHY = {  # candidate -> covers
    'h.volume-adam-relu': 'plots.csv volume_m3 (standard, normalizeTarget standard), [16 relu, 8 relu, 1 linear], mse, adam 0.005',
    'h.volume-rmsprop-elu': 'plots.csv volume_m3, [24 elu, 12 elu, 1 linear], mse, rmsprop 0.002, batch 16',
    'h.volume-momentum-tanh': 'plots.csv volume_m3 minmax, [16 tanh, 1 linear], mse, sgd 0.05 momentum 0.9',
    'h.volume-adam-batchnorm': 'plots.csv volume_m3, [32 relu batchNorm, 16 relu, 1 linear], mse, adam 0.003, batch 64',
    'h.volume-leaky-wd': 'plots.csv volume_m3, [20 leaky_relu, 10 leaky_relu, 1 linear], mse, adam 0.004 weightDecay 5e-4',
    'h.volume-sgd-plain': 'plots.csv volume_m3, [16 tanh, 1 linear], mse, plain sgd 0.05, batch 16, 300 epochs',
    'h.volume-lecun-selu-ish': 'plots.csv volume_m3, [24 elu lecun_normal, 12 elu lecun_normal, 1 linear], mse, adam 0.003',
    'h.species-adam': 'plots.csv species (4 string classes), [24 relu, 12 relu, 4 softmax], cce, adam 0.005',
    'h.species-rmsprop-dropout': 'plots.csv species, [32 relu, dropout 0.1, 16 relu, 4 softmax], cce, rmsprop 0.003, batch 16',
    'h.species-momentum-tanh': 'plots.csv species, [24 tanh, 12 tanh, 4 softmax], cce, sgd 0.05 momentum 0.9',
    'h.species-code-val': 'plots.csv species_code (integer classes) minmax, [32 elu, 16 elu, 4 softmax], cce, adam 0.005, validationSplit 0.2',
    'h.species-adam-deep': 'plots.csv species, [32 elu, 32 elu, 16 elu, 4 softmax], cce, adam 0.002',
    'h.species-he-uniform': 'plots.csv species, [24 relu he_uniform, 4 softmax xavier_normal], cce, rmsprop 0.004',
    'h.logs-adam': 'logs.csv board_yield_pct (standard, normalizeTarget standard), [16 relu, 8 relu, 1 linear], mse, adam 0.005',
    'h.logs-sgd-momentum': 'logs.csv board_yield_pct, [16 tanh, 8 tanh, 1 linear], mse, sgd 0.02 nesterov momentum 0.9',
    'h.logs-rmsprop-clip': 'logs.csv board_yield_pct, [32 relu, 1 linear], mse, rmsprop 0.002 clipNorm 5, batch 16',
    'h.logs-adam-bn-dropout': 'logs.csv board_yield_pct minmax, [24 elu batchNorm, dropout 0.1, 12 elu, 1 linear], mse, adam 0.003',
    'h.logs-adam-big-batch': 'logs.csv board_yield_pct, [32 relu, 16 relu, 1 linear], mse, adam 0.01, batch 120, 300 epochs',
    'h.kiln-adam': 'kiln.csv cracked (4% positive), [16 relu, 8 relu, 1 sigmoid], bce, adam 0.005',
    'h.kiln-rmsprop': 'kiln.csv cracked, [12 tanh, 1 sigmoid], bce, rmsprop 0.005',
    'h.kiln-momentum-elu': 'kiln.csv cracked, [16 elu, 8 elu, 1 sigmoid], bce, sgd 0.05 momentum 0.9',
    'h.kiln-adam-wd-val': 'kiln.csv cracked, [24 leaky_relu, 12 leaky_relu, 1 sigmoid], bce, adam 0.003 weightDecay 1e-4, validationSplit 0.2',
    'h.kiln-adam-clip-dropout': 'kiln.csv cracked, [32 relu, dropout 0.2, 16 relu, 1 sigmoid], bce, adam 0.003 clipNorm 1',
    'h.panels-adam': 'panels.csv mor_mpa (standard, normalizeTarget standard), [16 relu, 8 relu, 1 linear], mse, adam 0.005',
    'h.panels-rmsprop-tanh': 'panels.csv mor_mpa, [16 tanh, 1 linear], mse, rmsprop 0.003, batch 16',
    'h.panels-sgd': 'panels.csv mor_mpa minmax, [24 elu, 12 elu, 1 linear], mse, sgd 0.03 momentum 0.9, 300 epochs',
    'h.panels-adam-bn': 'panels.csv mor_mpa, [32 relu batchNorm, 16 relu batchNorm, 1 linear], mse, adam 0.003, batch 64',
    'h.panels-leaky-val': 'panels.csv mor_mpa, [24 leaky_relu, 12 leaky_relu, 1 linear], mse, adam 0.004, validationSplit 0.2',
    'h.iris-adam': 'builtin iris standard, [16 relu, 3 softmax], cce, adam 0.01, batch 16',
    'h.iris-sgd-tanh': 'builtin iris standard, [12 tanh, 3 softmax], cce, sgd 0.05 momentum 0.9, batch 16',
    'h.moons-adam': 'builtin moons 300, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
    'h.circles-rmsprop': 'builtin circles 300 noise 0.05, [16 tanh, 8 tanh, 1 sigmoid], bce, rmsprop 0.005',
    'h.spirals-adam': 'builtin spirals 3 classes, [48 relu, 48 relu, 3 softmax], cce, adam 0.01, 400 epochs',
    'h.blobs-sgd': 'builtin blobs 4 classes, [8 relu, 4 softmax], cce, plain sgd 0.05',
    'h.sine-adam': 'builtin sine 300, [32 tanh, 16 tanh, 1 linear], mse, adam 0.01',
    'h.xor-adam': 'builtin xor 300, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.01',
}

cands = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
filed = set(FAULTS) | set(DROPPED) | set(HEALTHY)
missing = [c for c in cands if c not in filed]
extra = [c for c in filed if c not in cands]
assert not missing and not extra, (missing, extra)
assert len(filed) == len(FAULTS) + len(DROPPED) + len(HEALTHY)

for sub in ('faulty', 'healthy', 'dropped'):
    shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    os.makedirs(os.path.join(HERE, sub))

def copy(cand, rel, name):
    spec = json.load(open(os.path.join(CAND, cand + '.nn.json')))
    spec['name'] = name
    with open(os.path.join(HERE, rel), 'w') as f:
        f.write(json.dumps(spec, indent=2) + '\n')

faults, healthy = [], []
for cand, (code, slug, stage, catches, text) in sorted(FAULTS.items(), key=lambda kv: (kv[1][0], kv[1][1])):
    assert code in catches and len(text) > 10
    rel = f'faulty/{code}.{slug}.nn.json'
    copy(cand, rel, slug)
    faults.append({'file': rel, 'code': code, 'fault': f'{text} (observe: {observed[cand]})', 'stage': stage, 'catches': catches})
for cand, covers in sorted(HEALTHY.items()):
    slug = cand[2:]
    rel = f'healthy/{slug}.nn.json'
    copy(cand, rel, slug)
    healthy.append({'file': rel, 'covers': f'{covers} (observe: {observed[cand]})'})
for cand in sorted(DROPPED):
    copy(cand, f'dropped/{cand}.nn.json', cand)

about = ('Eightieth fault set (issue #4), written blind and frozen before the product was first run on it; no one tunes on it. '
         'Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught '
         '(static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" text (and each healthy "covers") ends with '
         'the line test/faults/observe.ts --summary printed for it on the bare engine (observed.txt; candidate names there carry an f./h. prefix); '
         '--curve for the lr, plateau and oscillation ones (observed-curves.txt), test/faults/steps.ts for the NaN/exploding/dead ones (observed-steps.txt); '
         'no diagnosis code involved. Theme: forestry, timber and wood products, on four CSVs written by data/generate.ts (plots.csv: 400 forest inventory '
         'plots, volume_m3 in the hundreds and 4 species from age, site index and stems per hectare, with plot_id, survey_epoch and a constant region column; '
         'logs.csv: 360 sawmill logs to board_yield_pct; kiln.csv: 600 kiln batches, cracked 0/1 at 4%; panels.csv: 300 panel pressings to bending strength mor_mpa; '
         'plus plots-gaps.csv, kiln-text.csv and logs-short.csv with bad or short data) and the builtins iris, moons, circles, spirals, blobs, sine and xor. '
         'Specs written by author.ts, filed by write-manifest.py. See README.md.')
manifest = {'about': about, 'faults': faults, 'healthy': healthy}
with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
    f.write(json.dumps(manifest, indent=2) + '\n')
from collections import Counter
print(len(faults), 'faulty,', len(healthy), 'healthy,', len(DROPPED), 'dropped')
print(sorted(Counter(x['code'] for x in faults).items()))
