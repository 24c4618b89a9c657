#!/usr/bin/env python3
"""Verdicts of fault set blind288: files candidates/ into faulty/, healthy/, dropped/ and writes manifest.json.
Run from the set's folder: python3 write-manifest.py (after author.ts and the observe runs)."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

obs = {}
for f in ['observed.txt', 'observed-batch2.txt']:
    for line in open(f):
        line = line.rstrip('\n')
        m = re.match(r'^\s*([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
        if not m or line.startswith('npm'):
            continue
        obs[m.group(1)] = line.strip()

# candidate -> (code, stage, catches, fault text); code differing from the name's prefix = re-filed
F = {}
def fault(name, code, stage, catches, text):
    F[name] = (code, stage, catches, text)

S = 'static'; P = 'probe'; T = 'training'
fault('invalid-spec.relu-capitalised', 'invalid-spec', S, ['invalid-spec'], 'activation written "Relu" (class-name habit) on both hidden layers of the finish-time regressor')
fault('invalid-spec.adamw-optimizer', 'invalid-spec', S, ['invalid-spec'], 'optimizer "adamw" copied from a PyTorch crash-risk script; only sgd, adam, rmsprop exist')
fault('invalid-spec.dropout-rate-percent', 'invalid-spec', S, ['invalid-spec'], 'dropout rate written as a percentage (20) instead of a fraction (0.2) in the sled classifier')
fault('invalid-spec.keras-loss-name', 'invalid-spec', S, ['invalid-spec'], 'loss written "binary_crossentropy" (Keras name) instead of "bce"')
fault('invalid-spec.units-zero', 'invalid-spec', S, ['invalid-spec'], 'a hidden layer left at 0 units while resizing the g-load network')
fault('data-error.next-season-file', 'data-error', S, ['data-error'], 'points at runs_2024.csv, the next season\'s export that does not exist yet')
fault('data-error.text-columns-unlisted', 'data-error', S, ['data-error'], 'no "features" list, so run_id, timestamp, track and sled text columns are read as features')
fault('data-error.target-without-unit', 'data-error', S, ['data-error'], 'target "finish_time" while the timing export names it "finish_time_s"')
fault('data-error.sensor-outage-na', 'data-error', S, ['data-error'], 'trained on runs-gaps.csv, the export after a sensor outage with NA and empty readings')
fault('data-error.dnf-speed-trap', 'data-error', S, ['data-error'], 'race office copy where non-finishers\' speed trap reads "DNF" in a numeric feature')
fault('data-error.shared-drive-path', 'data-error', S, ['data-error'], 'csv path climbs out of the workspace to the plant\'s shared drive (/srv/track/ice.csv)')
fault('shape-mismatch.four-sled-classes', 'shape-mismatch', S, ['shape-mismatch'], '4 softmax outputs for 5 sled classes (luge_double forgotten, it is rare)')
fault('shape-mismatch.two-outputs-one-time', 'shape-mismatch', S, ['shape-mismatch'], '2 output units for the single finish-time target (left from an earlier split/total model)')
fault('shape-mismatch.grade-five-levels', 'shape-mismatch', S, ['shape-mismatch'], '5 softmax outputs for the 3 ice grades (an old 5-level grading scheme)')
fault('loss-activation-mismatch.softmax-gload', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'softmax on the single g-load regression output with mse: the output is always 1')
fault('loss-activation-mismatch.bce-linear-head', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'bce on the crash flag with a linear output layer (sigmoid forgotten)')
fault('loss-activation-mismatch.cce-sigmoid-head', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'cce on the ice grade with a sigmoid output instead of softmax: the loss falls to ~0 while accuracy stays 0.84')
fault('loss-activation-mismatch.sigmoid-raw-seconds', 'loss-activation-mismatch', S, ['loss-activation-mismatch'], 'sigmoid output for the finish time; the target is standardised (normalizeTarget standard, the slug\'s "raw" is wrong, see README), so half the targets lie below 0, out of the sigmoid\'s reach')
fault('init-symmetry.zeros-hidden', 'init-symmetry', S, ['init-symmetry'], 'zeros init on a 16-unit tanh hidden layer and the output: nothing ever moves')
fault('init-symmetry.constant-all', 'init-symmetry', S, ['init-symmetry'], 'constant 0.1 init in every layer (24 and 12 relu units) of the sled classifier: all units stay identical')
fault('init-symmetry.zeros-sigmoid-net', 'init-symmetry', S, ['init-symmetry'], 'zeros init in two 12-unit sigmoid layers of the crash model')
fault('init-scale.normal-std-five', 'init-scale', S, ['init-scale', 'saturated-activation'], 'normal init with std 5 in two tanh layers of the ice-energy model (saturated, ends far above a healthy run)')
fault('init-scale.uniform-limit-ten', 'init-scale', S, ['init-scale'], 'uniform init limit 10 on relu layers of the sled classifier: first loss 245')
fault('init-scale.normal-std-tiny-deep', 'init-scale', S, ['init-scale', 'vanishing-gradient'], 'normal init std 1e-4 in three 32-unit tanh layers: signal and gradients vanish, loss stays at baseline')
fault('no-nonlinearity.linear-stack-gload', 'no-nonlinearity', S, ['no-nonlinearity'], 'three linear hidden layers for g-load, which grows with speed squared over radius')
fault('no-nonlinearity.moons-linear-hidden', 'no-nonlinearity', S, ['no-nonlinearity'], 'hidden layers with activation omitted (linear default) on moons')
fault('no-nonlinearity.circles-linear', 'no-nonlinearity', S, ['no-nonlinearity'], 'linear hidden layers on circles: stays at chance')
fault('lr-out-of-range.zero-rate', 'lr-out-of-range', S, ['lr-out-of-range'], 'adam lr 0 (a placeholder never filled in)')
fault('lr-out-of-range.negative-rate', 'lr-out-of-range', S, ['lr-out-of-range'], 'sgd lr -0.01 (sign typo)')
fault('lr-out-of-range.adam-rate-thirty', 'lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'adam lr 30 (meant 3e-3)')
fault('dead-relu.negative-bias-start', 'dead-relu', P, ['dead-relu'], 'relu layers started with bias -6 on standardised features: every unit dead from the start')
fault('dead-relu.bias-minus-three-sled', 'dead-relu', P, ['dead-relu'], 'relu layer with bias -4 in the sled classifier: 75% of units dead for the whole run')
fault('dead-relu.adam-big-step', 'dead-relu', P, ['dead-relu', 'lr-too-high'], 'adam lr 0.3 on a 3-relu-layer energy model: the deeper layers die and the loss sits at baseline')
fault('dead-relu.raw-energy-kwh', 'dead-relu', P, ['dead-relu', 'exploding-gradient'], 're-filed from exploding-gradient: raw plant-log features (compressor kW ~1000, solar W/m2) into relu layers; first epoch loss 3e6, then every relu unit is dead and the loss sits at baseline')
fault('dead-relu.xor-relu-two-units', 'dead-relu', P, ['dead-relu'], 're-filed from loss-plateau: two relu units started with bias -1 on xor all die, the loss stays at ln 2')
fault('exploding-gradient.raw-seconds-mass', 'exploding-gradient', P, ['exploding-gradient'], 'raw features (sled mass ~600 kg, track length ~1400 m) into elu layers: gradient norms up to 2e4, loss 17x baseline')
fault('exploding-gradient.sgd-raw-kwh', 'exploding-gradient', P, ['exploding-gradient', 'nan-loss'], 're-filed from nan-loss: raw plant-log features with sgd 0.01; first loss 3e19, output gradient up to 6e8, ends 4e4x baseline (no NaN)')
fault('exploding-gradient.raw-kwh-target-sgd', 'exploding-gradient', P, ['exploding-gradient'], 'energy in raw kWh (~30,000) as the mse target, normalizeTarget none: gradient norms 1e5, loss stuck at 14x baseline')
fault('exploding-gradient.raw-plant-log-adam', 'exploding-gradient', P, ['exploding-gradient'], 'raw features and raw kWh target together: gradient norms up to 4e8 (adam still brings the loss down to 0.02 of baseline)')
fault('vanishing-gradient.deep-sigmoid-stack', 'vanishing-gradient', P, ['vanishing-gradient'], 'seven 16-unit sigmoid layers with plain sgd for the crash flag: first-layer gradients ~1e-5')
fault('vanishing-gradient.deep-tanh-small-init', 'vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'five tanh layers with normal std 0.02 init: first-layer gradient ~1e-4, loss at baseline')
fault('vanishing-gradient.sigmoid-ten-layers', 'vanishing-gradient', P, ['vanishing-gradient'], 'ten sigmoid layers in the sled classifier: first-layer gradients ~1e-7, loss at baseline')
fault('nan-loss.nesterov-raw-seconds', 'nan-loss', P, ['nan-loss', 'lr-too-high', 'exploding-gradient'], 'raw finish-time features with nesterov sgd 0.5: loss 2e40 then NaN')
fault('nan-loss.elu-raw-solar', 'nan-loss', P, ['nan-loss', 'exploding-gradient'], 'raw curve-sensor features into 64-unit elu layers with momentum sgd 0.2, batch 8: NaN in the first epoch')
fault('nan-loss.sgd-kick-raw-target', 'nan-loss', P, ['nan-loss', 'lr-too-high'], 're-filed from dead-relu: sgd 0.3 on two 32-unit relu layers, batch 16 (target is standardised, the slug\'s "raw" is wrong): NaN in the first epoch')
fault('nan-loss.raw-kw-deep', 'nan-loss', P, ['nan-loss', 'exploding-gradient'], 're-filed from exploding-gradient: raw plant-log features into four relu layers with momentum sgd: NaN in the first epoch')
fault('nan-loss.deep-std-one', 'nan-loss', P, ['nan-loss', 'exploding-gradient', 'init-scale'], 're-filed from exploding-gradient: normal std 1 init in four 48-unit leaky_relu layers: NaN in the first epoch')
fault('nan-loss.nesterov-finish', 'nan-loss', P, ['nan-loss', 'lr-too-high'], 're-filed from lr-too-high: nesterov sgd lr 0.5 on the finish-time model: NaN in the first epoch')
fault('lr-too-high.adam-half-sled', 'lr-too-high', P, ['lr-too-high'], 'adam lr 0.5 on the sled classifier: loss reaches 0.84 then climbs back above baseline, a layer dies')
fault('lr-too-high.adam-spirals-one', 'lr-too-high', P, ['lr-too-high'], 'adam lr 1 on spirals: first loss 26, then bounces at baseline with most relu units dead')
fault('lr-too-high.rmsprop-point-three-gload', 'lr-too-high', P, ['lr-too-high', 'oscillating-loss'], 'rmsprop lr 0.3 on g-load: loss bounces between 1 and 11, ends at 4x baseline')
fault('lr-too-high.sgd-full-batch-edge', 'lr-too-high', P, ['lr-too-high', 'nan-loss'], 're-filed from oscillating-loss: full-batch sgd 0.9 on the energy model meant to sit at the edge; it diverges (1.9, 7, 95, 7e3 ...) to NaN at epoch 24')
fault('lr-too-high.momentum-099', 'lr-too-high', P, ['lr-too-high', 'nan-loss', 'oscillating-loss'], 're-filed from oscillating-loss: sgd 0.05 with momentum 0.99: loss swings 0.69-1.55 then diverges to NaN at epoch 11')
fault('lr-too-low.sgd-1e-5-finish', 'lr-too-low', P, ['lr-too-low'], 'plain sgd lr 1e-5 on the finish-time model: loss 3.01 to 2.32 in 100 epochs, still above baseline')
fault('lr-too-low.adam-1e-6-sled', 'lr-too-low', P, ['lr-too-low'], 'adam lr 1e-6 (meant 1e-3): loss 2.01 to 1.96, above baseline 1.45')
fault('lr-too-low.rmsprop-1e-6-crash', 'lr-too-low', P, ['lr-too-low'], 'rmsprop lr 1e-6: crash loss 0.765 to 0.761, 3x baseline')
fault('lr-too-low.momentum-1e-5-grade', 'lr-too-low', P, ['lr-too-low'], 'momentum sgd lr 1e-5 on ice grade: loss creeps 1.31 to 0.97 in 120 epochs (healthy runs reach 0.25)')
fault('saturated-activation.sigmoid-raw-kw', 'saturated-activation', P, ['saturated-activation'], 'raw plant-log features (kW ~1000, W/m2) into a sigmoid layer: 99% saturated, ends at 0.28 of baseline where standardised runs reach 0.01')
fault('saturated-activation.sigmoid-std-four', 'saturated-activation', P, ['saturated-activation', 'init-scale'], 'normal std 4 init on a 32-unit sigmoid layer: 61% saturated, slow learning (0.24 of baseline at the end vs 0.05 healthy)')
fault('saturated-activation.tanh-raw-radius', 'saturated-activation', P, ['saturated-activation'], 'raw curve-sensor features into tanh layers: first layer fully saturated, loss at baseline')
fault('loss-plateau.dropout-nine-tenths', 'loss-plateau', T, ['loss-plateau'], 'dropout 0.95 after each relu layer of the sled classifier: the loss settles at the baseline')
fault('loss-plateau.one-unit-bottleneck-spirals', 'loss-plateau', T, ['loss-plateau'], 'a single tanh hidden unit for 3-class spirals: loss stalls at 0.97 of baseline')
fault('loss-plateau.circles-one-unit', 'loss-plateau', T, ['loss-plateau'], 'a single tanh hidden unit on circles: loss flattens at 0.56 (0.81 of baseline) where 16 units reach ~0')
fault('oscillating-loss.adam-batch-one', 'oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'adam lr 0.05 with batch 1 on g-load: the loss swings 0.09-0.34 epoch to epoch and never settles (healthy 0.002)')
fault('oscillating-loss.rmsprop-batch-two', 'oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'rmsprop lr 0.05 with batch 2 on ice grade: loss swings 0.34-0.55 all run (healthy 0.24)')

H = {
 'ok.finish-adam-relu': 'runs.csv finish time, standard/standard, [32 relu, 16 relu, 1], mse, adam 0.003, batch 32',
 'ok.finish-sgd-momentum-minmax': 'runs.csv finish time, minmax features, [24 tanh, 1], sgd momentum 0.9 lr 0.05, batch 16',
 'ok.finish-nesterov-elu': 'runs.csv finish time, [32 elu, 32 elu, 1], nesterov sgd 0.02',
 'ok.finish-rmsprop-bn': 'runs.csv finish time, batchNorm relu layer, rmsprop 0.002, batch 64, validationSplit 0.2',
 'ok.finish-linear-regression': 'runs.csv finish time, a single linear layer (linear regression), full-batch sgd 0.05',
 'ok.finish-adam-full-batch': 'runs.csv finish time, [48 leaky_relu, 24 leaky_relu, 1], full-batch adam 0.01, 300 epochs',
 'ok.finish-minmax-target': 'runs.csv finish time with normalizeTarget minmax and a sigmoid output, adam 0.005',
 'ok.finish-wide-shallow-rmsprop': 'runs.csv finish time, 128 tanh units, rmsprop 0.001, batch 64',
 'ok.sled-adam-relu': 'runs.csv sled class (5 string classes, luge_double rare), [32 relu, 16 relu, 5 softmax], cce, adam',
 'ok.sled-sgd-momentum-bn': 'runs.csv sled class, batchNorm relu layer, momentum sgd 0.05',
 'ok.sled-batch-one-sgd': 'runs.csv sled class, [16 elu, 5 softmax], plain sgd 0.005 with batch 1, 60 epochs',
 'ok.sled-clipnorm-adam': 'runs.csv sled class, minmax, leaky_relu + dropout 0.1, adam clipNorm 1, validationSplit 0.15',
 'ok.sled-multi-drop-elu': 'runs.csv sled class, [64 elu, dropout 0.3, 32 elu, dropout 0.2], adam 0.002, batch 64, validationSplit 0.25',
 'ok.energy-adam': 'ice.csv (semicolons, decimal commas) energy kWh, standard/standard, [32 relu, 16 relu, 1], adam',
 'ok.energy-linear-rmsprop': 'ice.csv energy, minmax features, single linear layer, rmsprop 0.01',
 'ok.energy-nesterov-tanh': 'ice.csv energy, [16 tanh, 8 tanh, 1], nesterov sgd 0.01, batch 16',
 'ok.energy-adam-minmax-target': 'ice.csv energy with normalizeTarget minmax, [24 elu, 1], adam weightDecay 1e-4',
 'ok.energy-deep-bn-sgd': 'ice.csv energy, three batchNorm relu layers, momentum sgd 0.01',
 'ok.energy-elu-rmsprop-batch8': 'ice.csv energy, [32 elu, 1], rmsprop 0.001, batch 8',
 'ok.grade-adam': 'ice.csv grade (3 string classes), [24 relu, 3 softmax], adam 0.005',
 'ok.grade-sgd-lecun': 'ice.csv grade, lecun_normal tanh layer, momentum 0.8 sgd 0.05',
 'ok.grade-rmsprop-full': 'ice.csv grade, minmax, [32 elu, 16 elu, 3 softmax], full-batch rmsprop 0.003, 300 epochs',
 'ok.grade-nesterov-batch8': 'ice.csv grade, he_uniform relu layer, nesterov sgd 0.02, batch 8',
 'ok.gload-adam-relu': 'curves.tsv (tabs) g-load, [32 relu, 32 relu, 1], adam 0.003',
 'ok.gload-sgd-tanh': 'curves.tsv g-load, minmax features, [32 tanh, 1], momentum sgd 0.05, batch 16',
 'ok.gload-deep-he-uniform': 'curves.tsv g-load, four he_uniform relu layers, adam 0.001, validationSplit 0.2',
 'ok.gload-rmsprop-clip': 'curves.tsv g-load, [24 elu, 1], rmsprop 0.003 clipNorm 5, batch 8',
 'ok.gload-uniform-init-small-net': 'curves.tsv g-load, uniform init limit 0.3 on 12 tanh units, adam 0.01, 300 epochs',
 'ok.iris-adam': 'iris standard, [16 relu, 3 softmax], adam 0.01, batch 16',
 'ok.iris-sgd-full-batch': 'iris standard, [8 tanh, 3 softmax], full-batch plain sgd 0.2, 400 epochs',
 'ok.moons-rmsprop': 'moons 400 noise 0.15, [24 relu, 24 relu, 1 sigmoid], bce, rmsprop',
 'ok.circles-adam-leaky': 'circles, [16 leaky_relu x2, 1 sigmoid], adam 0.01',
 'ok.circles-tanh-momentum': 'circles, [16 tanh, 1 sigmoid], momentum sgd 0.1',
 'ok.spirals-adam-deep': 'spirals 3 classes, [64 relu, 64 relu, 3 softmax], adam 0.005, 300 epochs',
 'ok.blobs-sgd-four': 'blobs 4 classes, [8 relu, 4 softmax], plain sgd 0.05, batch 16',
 'ok.sine-tanh-adam': 'sine, [32 tanh, 32 tanh, 1], adam 0.005, 300 epochs',
 'ok.inline-start-groups': 'inline 12-row table of start time/push speed to string groups, [8 tanh, 3 softmax], adam 0.02, full batch',
 'ok.inline-g-vs-speed': 'inline 15-row g vs speed table, normalizeTarget standard, [8 elu, 1], adam 0.02, full batch',
}

D = {
 'lr-too-high.sgd-two-crash': 'sgd lr 4 on the crash model did not show a rate that is too high: the loss falls slowly to 0.80 of baseline with small bounces; borderline',
 'nan-loss.momentum-raw-kw-target': 'never went NaN (the target is standardised, not raw kW as intended); the loss trains to 0.07 then drifts up to 0.27: neither nan-loss nor a clear other fault',
 'saturated-activation.tanh-raw-speed': 'the first tanh layer is 97% saturated, but the loss (0.95 of baseline) is no worse than the healthy crash models (0.82-0.94): harm not shown, borderline',
 'loss-plateau.weight-decay-one': 'weightDecay 1: the loss falls to 0.42 and then climbs steadily back to baseline; neither a clean plateau nor a rate problem, borderline',
 'loss-plateau.blobs-two-sigmoid-units-sgd': 'two sigmoid units for 6 blobs with sgd 0.01: the loss is still falling steadily at the end (1.86 to 1.60), looks like lr-too-low as much as a plateau',
 'ok.crash-adam-bce': 'the crash flag (6.5% positives) is weakly predictable: best loss 0.82 of baseline, not far below it; a healthy spec must end far below the baseline',
 'ok.crash-rmsprop-dropout': 'crash flag: train 0.69 of baseline but validation loss 0.54, twice the baseline (overfitting the rare class)',
 'ok.crash-logistic-sgd': 'crash flag: ends at 0.94 of baseline, not far below it',
 'ok.crash-tanh-wd': 'crash flag: ends at 0.94 of baseline, not far below it',
 'ok.crash-xavier-sigmoid-hidden': 'crash flag: ends at 0.82 of baseline, not far below it',
 'ok.xor-sigmoid-hidden': 'trains well (0.10 of baseline) but the hidden sigmoid layer is 54% saturated at the end (67% at most): may be read as saturated-activation',
 'ok.sled-rmsprop-tanh': 'trains well (0.05) but the second tanh layer is 47% saturated: may be read as saturated-activation',
}

for d in ['faulty', 'healthy', 'dropped']:
    os.makedirs(d, exist_ok=True)
cands = sorted(f[:-len('.nn.json')] for f in os.listdir('candidates'))
seen = set()
faults, healthy = [], []
for name, (code, stage, catches, text) in F.items():
    # a re-filed candidate: its original file name had another code prefix
    orig = [c for c in cands if c.split('.', 1)[1] == name.split('.', 1)[1] and c not in seen and (c == name or c not in F)]
    src = name if name in cands else orig[0]
    seen.add(src)
    assert name.startswith(code + '.'), name
    shutil.move(f'candidates/{src}.nn.json', f'faulty/{name}.nn.json')
    faults.append({'file': f'faulty/{name}.nn.json', 'code': code, 'fault': f'{text} (observe: {obs[src]})', 'stage': stage, 'catches': catches})
for name, covers in H.items():
    seen.add(name)
    shutil.move(f'candidates/{name}.nn.json', f'healthy/{name}.nn.json')
    healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{covers} (observe: {obs[name]})'})
for name in D:
    seen.add(name)
    shutil.move(f'candidates/{name}.nn.json', f'dropped/{name}.nn.json')
left = sorted(set(cands) - seen)
assert not left, left
with open('dropped/REASONS.json', 'w') as fh:
    json.dump(D, fh, indent=2)
    fh.write('\n')
shutil.rmtree('candidates')

about = ('Two-hundred-eighty-eighth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Theme: bobsleigh and luge tracks. "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could '
         'first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" text (and each healthy '
         '"covers") ends with its result on the bare engine by test/faults/observe.ts --summary (observed.txt, observed-batch2.txt); --curve for the '
         'oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). Data (data/generate.ts, seed 288): runs.csv (480 timing '
         'runs on four tracks, text id/timestamp/track/sled columns, collinear ice/air temperature, a bib number with no effect, finish time in seconds, '
         'a rare crash flag, 5 sled classes with a rare luge_double), runs-gaps.csv (NA and empty readings), runs-dnf.csv ("DNF" in a speed column), '
         'ice.csv (refrigeration plant log, semicolons and decimal commas, kW and kWh on raw scales, skewed solar load, 3 ice grades), curves.tsv '
         '(tab-separated curve sensors, g-load from speed and radius), plus builtins and inline tables. Specs by author.ts; this manifest by write-manifest.py.')
with open('manifest.json', 'w') as fh:
    json.dump({'about': about, 'faults': faults, 'healthy': healthy}, fh, indent=1, ensure_ascii=False)
    fh.write('\n')
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', len(D), 'dropped')
print(sorted(Counter(f['code'] for f in faults).items()))
print(sorted(Counter(f['stage'] for f in faults).items()))
