#!/usr/bin/env python3
"""Verdicts of set blind269: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from test/faults-blind269: python3 write-manifest.py"""
import json, os, re, shutil

here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
obs = {}
for line in open('observed.txt'):
    line = line.strip()
    m = re.match(r'^([^:\s]+?)(?:\.nn\.json)?(?::| does not parse)', line)
    if m:
        obs[m.group(1)] = line

S, P, T = 'static', 'probe', 'training'
# candidate slug -> (code, stage, extra catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec', S, [], 'optimizer type "adamw" copied from a PyTorch survey-risk notebook; the format has only sgd, adam, rmsprop'),
 'invalid-spec.swish-activation': ('invalid-spec', S, [], 'hedge-outcome classifier uses "swish" on both hidden layers, an activation the format does not have'),
 'invalid-spec.keras-loss-name': ('invalid-spec', S, [], 'loss written "binary_crossentropy" (Keras name) instead of "bce" for the wall-collapse model'),
 'invalid-spec.dropout-as-percent': ('invalid-spec', S, [], 'dropout rate written as a percentage (20) instead of a fraction (0.2) in the labour-hours model'),
 'invalid-spec.momentum-one': ('invalid-spec', S, [], 'SGD momentum set to 1.0 ("full momentum") on the stone-tonnage model: out of [0, 1)'),
 'data-error.missing-2024-file': ('data-error', S, [], 'spec points at jobs-2024.csv, a season file that was never exported into data/'),
 'data-error.job-id-as-feature': ('data-error', S, [], 'no "features" list on jobs.csv, so the text job_id and start_date columns are read as features'),
 'data-error.target-capitalised': ('data-error', S, [], 'target written "Collapsed" while the survey header says "collapsed"'),
 'data-error.survey-na-markers': ('data-error', S, [], 'trained on the field-survey copy with NA, n/a and empty cells where the surveyor could not measure'),
 'data-error.path-outside-workspace': ('data-error', S, [], 'data path climbs out of the workspace to the office PC home folder'),
 'data-error.invoice-thousands': ('data-error', S, [], 'invoice amounts pasted from the accounts package with thousands separators ("10,585") as the target'),
 'shape-mismatch.two-units-three-outcomes': ('shape-mismatch', S, [], 'hedge outcome has three classes (thrived, patchy, failed) but the softmax head has 2 units'),
 'shape-mismatch.hours-three-outputs': ('shape-mismatch', S, [], 'labour-hours regression (one target column) with a 3-unit output layer'),
 'shape-mismatch.iris-four-units': ('shape-mismatch', S, [], 'iris test run with a 4-unit softmax for 3 species'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch', S, [], 'wall-collapse bce model with a linear output layer (sigmoid forgotten)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch', S, [], 'hedge-outcome cce model with a sigmoid head instead of softmax: loss goes to ~0 while accuracy stays at 0.60'),
 'loss-activation-mismatch.mse-softmax-single': ('loss-activation-mismatch', S, [], 'tonnage regression with a 1-unit softmax head, which always outputs 1'),
 'loss-activation-mismatch.relu-head-standardised-hours': ('loss-activation-mismatch', S, [], 'relu output on labour hours rescaled by normalizeTarget standard: the negative half of the targets is unreachable'),
 'loss-activation-mismatch.tanh-head-raw-tonnes': ('loss-activation-mismatch', S, [], 'tanh output for tonnes per metre in raw units (1.0 to 2.5 t), which tanh cannot exceed 1 to reach'),
 'init-symmetry.zeros-hidden': ('init-symmetry', S, [], '16-unit tanh hidden layer initialised to zeros: every unit stays identical, the layer acts as one unit'),
 'init-symmetry.constant-hidden': ('init-symmetry', S, [], 'both relu hidden layers initialised to constant 0.1: units never differentiate'),
 'init-symmetry.zeros-both': ('init-symmetry', S, [], 'two tanh hidden layers initialised to zeros on the hours model: the first layer never gets a gradient'),
 'init-scale.normal-std-20': ('init-scale', S, [], 'relu layers with init normal std 20 (meant 0.2): first loss in the thousands'),
 'init-scale.uniform-limit-30': ('init-scale', S, ['saturated-activation'], 'tanh layer with uniform limit 30: nearly every unit pinned at +-1 from the start'),
 'init-scale.normal-tiny-deep': ('init-scale', S, ['vanishing-gradient'], 'four layers at normal std 1e-4: the signal and gradients vanish, loss never leaves the baseline'),
 'init-scale.normal-std-5-tonnage': ('init-scale', S, ['nan-loss', 'exploding-gradient'], 'elu and output layers at normal std 5 with momentum SGD: loss is NaN in the first epoch'),
 'no-nonlinearity.linear-stack-moons': ('no-nonlinearity', S, [], 'moons test with two linear hidden layers: the stack is one linear boundary'),
 'no-nonlinearity.linear-stack-circles': ('no-nonlinearity', S, [], 'circles with three linear hidden layers: loss stays at the baseline'),
 'no-nonlinearity.linear-spirals-cce': ('no-nonlinearity', S, [], 'three-class spirals with two linear hidden layers (he_normal init but no activation)'),
 'lr-out-of-range.zero-rate': ('lr-out-of-range', S, [], 'adam lr left at 0 while trying to "freeze" the model'),
 'lr-out-of-range.negative-rate': ('lr-out-of-range', S, [], 'sgd lr written -0.01 (sign slip)'),
 'lr-out-of-range.rate-as-percent': ('lr-out-of-range', S, ['lr-too-high'], 'adam lr 30 (meant 0.3 %, i.e. 0.003)'),
 'lr-out-of-range.sgd-rate-500': ('lr-out-of-range', S, ['lr-too-high', 'nan-loss'], 'sgd lr 500 on the gang tally: NaN in the first epoch'),
 'dead-relu.negative-bias': ('dead-relu', P, [], 'relu layers with initial bias -6 on standardised survey features: every unit off, loss stuck'),
 'dead-relu.raw-features-hot-sgd': ('dead-relu', P, ['exploding-gradient', 'lr-too-high'], 'raw job features (metres, km, %) with sgd 0.05: the first steps blow up and every relu unit dies'),
 'dead-relu.bias-minus-3-hedges': ('dead-relu', P, [], 'hedge relu layer with bias -4: over half the units dead, loss at the baseline'),
 'dead-relu.adam-hot-deep': ('dead-relu', P, ['lr-too-high'], 'three relu layers on the tally with adam 0.3 and batch 8: layers 2 and 3 die entirely'),
 'exploding-gradient.raw-hours-target': ('exploding-gradient', P, ['dead-relu', 'nan-loss'], 'raw job features and raw hours target (hundreds) with sgd 0.001: first loss 1e10, gradient norms in the thousands, relu layer dies'),
 'exploding-gradient.raw-survey-deep': ('exploding-gradient', P, ['dead-relu', 'lr-too-high'], 'seven-layer relu net on raw survey features (years, mm) with momentum SGD: first epoch loss 1e35, then all units dead'),
 'nan-loss.raw-hours-sgd': ('exploding-gradient', P, ['nan-loss', 'dead-relu'], 'raw job features and raw hours target with sgd 0.01: loss 9e13 in the first epoch, gradient norm up to 1e6, relu layer dead (written as nan-loss, showed no NaN)'),
 'vanishing-gradient.deep-sigmoid': ('vanishing-gradient', P, [], 'eight sigmoid layers with plain SGD on the survey: first-layer gradient 1e-5, loss at baseline'),
 'vanishing-gradient.deep-tanh-small-init': ('vanishing-gradient', P, ['init-scale'], 'five tanh layers at normal std 0.02: first-layer gradients 1e-5'),
 'vanishing-gradient.sigmoid-ten-layers-tonnage': ('vanishing-gradient', P, [], 'ten sigmoid layers for tonnage: first-layer gradient 1e-7'),
 'vanishing-gradient.sigmoid-deep-tally-rms': ('vanishing-gradient', P, ['init-scale'], 'eight sigmoid layers at normal std 0.1 with plain SGD on the tally: first-layer gradient 1e-9'),
 'nan-loss.adam-huge-rate-raw': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw tally features and raw metres target, linear net, SGD momentum 0.9 at lr 0.1 and batch 8 (slug says adam: the spec uses sgd): NaN in the first epoch'),
 'nan-loss.tonnage-raw-rate-1': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'tonnage with sgd lr 1.0, momentum 0.9, batch 4: NaN in the first epoch'),
 'exploding-gradient.raw-rainfall-linear': ('nan-loss', P, ['exploding-gradient', 'lr-too-high'], 'raw tally features and target, momentum SGD: NaN in the first epoch (written as exploding-gradient)'),
 'lr-too-high.momentum-rate-0p8': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'tonnage with sgd lr 0.8 and momentum 0.9: loss 8e23 then NaN at epoch 2 (written as lr-too-high)'),
 'oscillating-loss.nesterov-full-batch': ('nan-loss', P, ['lr-too-high', 'exploding-gradient'], 'full-batch Nesterov at lr 0.9, momentum 0.95 on hours: loss grows 100x per epoch, NaN at epoch 20 (written as oscillating-loss)'),
 'lr-too-high.adam-half': ('lr-too-high', P, ['dead-relu'], 'adam lr 0.5 on hedges: loss jumps to 4.8, then sits at the baseline with spikes; second relu layer dead'),
 'lr-too-high.rmsprop-0p3': ('lr-too-high', P, ['oscillating-loss'], 'rmsprop lr 0.3 on hours: loss bounces between 0.9 and 3.8 times the baseline for the whole run'),
 'lr-too-high.nesterov-rate-2-tally': ('lr-too-high', P, ['dead-relu'], 'Nesterov sgd lr 1.5 with clipNorm 5 on the tally: loss a thousand times the baseline, elu layer dead'),
 'lr-too-low.sgd-1e-5': ('lr-too-low', P, [], 'plain SGD at 1e-5 on the survey: loss moves 0.001 in 100 epochs'),
 'lr-too-low.adam-1e-6': ('lr-too-low', P, [], 'adam 1e-6 on hedges (an extra zero): loss stays above the baseline'),
 'lr-too-low.rmsprop-1e-6': ('lr-too-low', P, [], 'rmsprop 1e-6 on hours: loss falls 5% in 100 epochs'),
 'lr-too-low.momentum-1e-6-tally': ('lr-too-low', P, [], 'momentum SGD 1e-6 on the tally: loss still above the baseline after 120 epochs'),
 'loss-plateau.clipnorm-tiny': ('lr-too-low', P, ['loss-plateau'], 'clipNorm 1e-5 on sgd 0.01: each step moves the weights by ~1e-8, loss flat at 2.5x baseline (written as loss-plateau)'),
 'saturated-activation.raw-survey-sigmoid': ('saturated-activation', P, [], 'sigmoid hidden layer on raw survey features (age in years, frost days): 93% of outputs at the limits'),
 'saturated-activation.raw-hedge-tanh': ('saturated-activation', P, [], 'tanh hidden layer on raw hedge features (rainfall in mm): 98% of outputs saturated, loss barely below baseline'),
 'saturated-activation.tanh-bias-8': ('saturated-activation', P, [], 'two tanh layers with bias 8: every unit pinned at +1, gradients 1e-11'),
 'loss-plateau.weight-decay-3': ('loss-plateau', T, [], 'adam weightDecay 3 (meant 3e-4): the penalty pins the weights, loss settles exactly at the baseline'),
 'loss-plateau.dropout-0p95': ('loss-plateau', T, [], 'dropout 0.95 after a 16-unit layer: loss stalls just under the baseline'),
 'loss-plateau.wd-sgd-tonnage': ('loss-plateau', T, [], 'sgd weightDecay 10 on tonnage: loss stalls at the baseline'),
 'oscillating-loss.adam-batch-1': ('oscillating-loss', T, ['lr-too-high'], 'adam 0.05 with batch 1 on tonnage: the loss jumps between 0.016 and 0.08 epoch to epoch, five times the healthy level'),
 'oscillating-loss.momentum-0p99-batch-4': ('oscillating-loss', T, ['lr-too-high'], 'momentum 0.99 with lr 0.1 and batch 4 on the survey: loss swings between 2 and 10 times the baseline and never settles'),
}
DROP = {
 'shape-mismatch.bce-two-units': 'bce with a 2-unit sigmoid head trained (last/base 0.59): the engine accepted it, so whether it is a fault is unclear',
 'init-symmetry.constant-sigmoid-tally': 'constant-init sigmoid layer still reached last/base 0.07: the symmetry cost nothing visible',
 'no-nonlinearity.linear-hours': 'linear stack on hours reached 0.06, as good as linear regression: may be judged healthy',
 'exploding-gradient.deep-large-init': 'std 1 relu stack started at loss 82 but trained to 0.07: neither clearly exploding nor clearly healthy',
 'lr-too-high.sgd-rate-3-walls': 'sgd lr 3 on the survey kept falling (0.44 -> 0.06, last 0.11): no lr-too-high symptom',
 'saturated-activation.raw-jobs-sigmoid': 'sigmoid layer 82% saturated but the loss reached 0.08 of baseline: borderline',
 'oscillating-loss.rmsprop-batch-2': 'rmsprop batch 2 wiggled only slightly while falling to 0.12: borderline',
 'nan-loss.rms-linear-raw-survey': 'NaN in epoch 1 (it does show nan-loss) but its slug is wrong (jobs, sgd) and nan-loss already had 5 specs; dropped to keep the faulty count at 65',
 'ok.walls-adam-relu': 'validation loss 0.51 above the baseline 0.49 while train was 0.18: overfits, not clearly healthy',
 'ok.walls-logistic-only': 'last/base 0.70: too close to the 0.8 level for a healthy spec',
 'ok.hedges-adam-relu': 'validation loss 1.04 above the baseline 0.93: overfits',
 'ok.circles-bn-rmsprop': 'loss rose from min 0.047 to last 0.15: may be read as unstable',
 'ok.stone-weight-decay-bn': 'loss rose from min 0.0097 to last 0.024: may be read as bouncing',
}
COVERS = {
 'ok.walls-sgd-tanh': 'walls-survey.csv standard, [12 tanh, 1 sigmoid], bce, plain sgd 0.1, batch 16, 150 epochs',
 'ok.walls-nesterov-bn': 'walls-survey.csv minmax, [24 relu batchNorm, 1 sigmoid], bce, Nesterov sgd 0.05, batch 64',
 'ok.walls-rmsprop-dropout': 'walls-survey.csv standard, [32 elu, dropout 0.2, 16 elu, 1 sigmoid], bce, rmsprop 0.002 weightDecay 1e-4',
 'ok.walls-full-batch-adam': 'walls-survey.csv, [8 leaky_relu, 1 sigmoid], bce, adam 0.02, full batch 440, 300 epochs',
 'ok.walls-sgd-batch-1': 'walls-survey.csv, [8 tanh, 1 sigmoid], bce, sgd 0.01, batch 1, 30 epochs',
 'ok.walls-xavier-lecun': 'walls-survey.csv, [16 tanh lecun_normal, 16 tanh xavier_normal, 1 sigmoid], bce, rmsprop 0.001, batch 16',
 'ok.hedges-sgd-momentum-tanh': 'hedges.csv standard, 3 string classes (failed rare), [24 tanh, 3 softmax], cce, momentum sgd 0.05',
 'ok.hedges-rmsprop-elu-bn': 'hedges.csv, [32 elu batchNorm, 16 elu, 3 softmax], cce, rmsprop 0.001, batch 16',
 'ok.hedges-minmax-leaky': 'hedges.csv minmax, [20 leaky_relu, dropout 0.1, 3 softmax], cce, adam 0.005 clipNorm 1, batch 24',
 'ok.hedges-softmax-regression': 'hedges.csv, [3 softmax] only (multinomial logistic), cce, adam 0.01, batch 48',
 'ok.hedges-deep-narrow': 'hedges.csv, [12 relu, 12 relu, 12 relu, 8 relu, 3 softmax], cce, adam 0.002',
 'ok.hedges-wide-sigmoid': 'hedges.csv, [64 sigmoid, 3 softmax], cce, adam 0.003',
 'ok.hedges-blackthorn-selected': 'hedges.csv with 6 selected features (collinear blackthorn_pct left out), [16 elu, 3 softmax], cce, plain sgd 0.1',
 'ok.jobs-adam-relu': 'jobs.csv standard, normalizeTarget standard, 8 features (text id/date excluded), [32 relu, 16 relu, 1], mse, adam 0.003',
 'ok.jobs-sgd-tanh': 'jobs.csv standard/standard, [16 tanh, 1], mse, plain sgd 0.05, batch 16, 200 epochs',
 'ok.jobs-minmax-rmsprop': 'jobs.csv minmax features and minmax target, [24 elu, 1], mse, rmsprop 0.003, validationSplit 0.2',
 'ok.jobs-batch-1-sgd': 'jobs.csv standard/standard, [12 relu, 1], mse, sgd 0.005, batch 1, 40 epochs',
 'ok.jobs-nesterov-clip': 'jobs.csv, [32 leaky_relu, 32 leaky_relu, 1], mse, Nesterov sgd 0.01 clipNorm 2',
 'ok.jobs-linear-regression': 'jobs.csv standard/standard, [1 linear] only, mse, sgd 0.05',
 'ok.jobs-deep-bn-dropout': 'jobs.csv, [32 relu bn, dropout 0.1, 32 relu bn, 16 relu, 1], mse, adam 0.002, batch 64',
 'ok.stone-adam-tanh': 'stone-tonnage.csv (semicolons, decimal commas, text ref column excluded), raw tonnes target, [16 tanh, 1], mse, adam 0.005',
 'ok.stone-raw-target-sgd': 'stone-tonnage.csv, [16 relu, 1], mse, momentum 0.8 sgd 0.02, batch 16',
 'ok.stone-rmsprop-deep': 'stone-tonnage.csv, [24 elu, 24 elu, 12 elu, 1], mse, rmsprop 0.001',
 'ok.stone-full-batch-adam': 'stone-tonnage.csv, [16 sigmoid, 1], mse, adam 0.03, full batch 300, 400 epochs',
 'ok.stone-he-uniform-batch-5': 'stone-tonnage.csv, [20 leaky_relu he_uniform, 1], mse, momentum 0.5 sgd 0.01, batch 5',
 'ok.tally-adam-relu': 'gang-tally.tsv (tab-separated, date and gang text columns excluded) minmax, target standard, [16 relu, 8 relu, 1], mse, adam 0.005',
 'ok.tally-sgd-linear': 'gang-tally.tsv standard, [1 linear], mse, sgd 0.05, batch 8',
 'ok.tally-rmsprop-tanh-val': 'gang-tally.tsv, [20 tanh, 1], mse, rmsprop 0.003, validationSplit 0.25',
 'ok.tally-momentum-elu': 'gang-tally.tsv, [24 elu, 12 elu, 1], mse, momentum sgd 0.02',
 'ok.tally-adam-long-small-lr': 'gang-tally.tsv, [16 relu, 1], mse, adam 0.0005, 600 epochs',
 'ok.moons-relu': 'builtin moons 300 noise 0.15, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
 'ok.circles-tanh-sgd': 'builtin circles 300, [16 tanh, 1 sigmoid], bce, momentum sgd 0.3, 200 epochs',
 'ok.xor-small': 'builtin xor, [8 tanh, 1 sigmoid], bce, adam 0.02, batch 16',
 'ok.spirals-deep': 'builtin spirals 3 classes, [48 relu, 48 relu, 32 relu, 3 softmax], cce, adam 0.005, 300 epochs',
 'ok.blobs-four-rmsprop': 'builtin blobs 4 classes, [12 relu, 4 softmax], cce, rmsprop 0.005',
 'ok.iris-sgd-nesterov': 'builtin iris standard, [10 tanh, 3 softmax], cce, Nesterov sgd 0.05',
 'ok.sine-tanh': 'builtin sine 300, [24 tanh, 24 tanh, 1], mse, adam 0.005, 300 epochs',
 'ok.inline-crew-hours': 'inline 14 jobs (metres, crew) -> hours, standard/standard, [4 tanh, 1], mse, adam 0.02, full batch',
 'ok.inline-hedge-species': 'inline 12 hedges, string species labels, [6 relu, 3 softmax], cce, adam 0.02, batch 4',
}

cand = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
for d in ('faulty', 'healthy', 'dropped'):
    os.makedirs(d, exist_ok=True)
faults, healthy = [], []
for slug in cand:
    src = f'candidates/{slug}.nn.json'
    line = obs[slug]
    if slug in DROP:
        shutil.move(src, f'dropped/{slug}.nn.json')
    elif slug in F:
        code, stage, extra, text = F[slug]
        name = slug if slug.startswith(code + '.') else code + '.' + slug.split('.', 1)[1]
        shutil.move(src, f'faulty/{name}.nn.json')
        faults.append({'file': f'faulty/{name}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif slug in COVERS:
        shutil.move(src, f'healthy/{slug}.nn.json')
        healthy.append({'file': f'healthy/{slug}.nn.json', 'covers': f'{COVERS[slug]} (observe: {line})'})
    else:
        raise SystemExit(f'no verdict for {slug}')
os.rmdir('candidates')
about = ('Fault set blind269 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
         'Theme: a dry-stone walling and hedge-laying business. "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), '
         '"catches" the codes whose advice would genuinely fix it. Each "fault" and "covers" text ends with its bare-engine result from test/faults/observe.ts --summary (observed.txt); '
         '--curve for the lr-too-high, lr-too-low, plateau and oscillating candidates (observed-curves.txt); no diagnosis code involved. Data (data/generate.ts, seeds 269001-269006): '
         'jobs.csv (420 job sheets, skewed length, collinear face area, a no-effect distance column, text job_id and start_date, labour hours in raw units), '
         'hedges.csv (480 laid sections, 3 string outcomes with "failed" rare at 11%, 6% relabelled, collinear hawthorn/blackthorn), '
         'walls-survey.csv (440 wall sections, collapsed 0/1 at 20%, skewed bulge and root distance, text survey_ref; walls-survey-gaps.csv the same with NA, n/a and empty cells), '
         'stone-tonnage.csv (300 rows, semicolons and decimal commas), gang-tally.tsv (260 tab-separated daily tallies), invoices.csv (amounts with thousands separators); plus builtins and two inline tables. '
         'Specs by author.ts; this manifest by write-manifest.py. See README.md.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=2, ensure_ascii=False)
open('manifest.json', 'a').write('\n')
from collections import Counter
print(len(faults), len(healthy), len(os.listdir('dropped')))
print(Counter(f['code'] for f in faults))
print(Counter(f['stage'] for f in faults))
