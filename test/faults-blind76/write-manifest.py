#!/usr/bin/env python3
"""Files the candidates of test/faults-blind76 by what the bare engine showed (observed.txt) and writes
manifest.json: `python3 test/faults-blind76/write-manifest.py` (run after author.ts and observe.ts)."""
import json, os, re, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

def observed_lines():
    lines = {}
    for line in open(os.path.join(HERE, 'observed.txt')):
        line = line.rstrip('\n')
        s = line.strip()
        m = re.match(r'^([^:\s]+?)(?:\.nn\.json)?(?::| does not parse)', s)
        if m:
            lines[m.group(1)] = s
    return lines

OBS = observed_lines()

# candidate -> (code, slug, stage, catches, fault text)
F = {
 'invalid-spec.activation-keras-name': ('invalid-spec', 'activation-keras-name', 'static', ['invalid-spec'], 'activity classifier with the hidden activation written "ReLU" (Keras class-name habit)'),
 'invalid-spec.loss-keras-name': ('invalid-spec', 'loss-keras-name', 'static', ['invalid-spec'], 'injury-risk model with loss "binary_crossentropy" copied from a Keras notebook instead of "bce"'),
 'invalid-spec.learning-rate-key': ('invalid-spec', 'learning-rate-key', 'static', ['invalid-spec'], 'recovery-score model with the optimizer key "learning_rate" instead of "lr"'),
 'invalid-spec.epochs-as-string': ('invalid-spec', 'epochs-as-string', 'static', ['invalid-spec'], 'one-rep-max model with training.epochs written as the string "150" (pasted from a config form)'),
 'data-error.target-misspelled': ('data-error', 'target-misspelled', 'static', ['data-error'], 'calorie regression with target "calorie" while the export column is "calories"'),
 'data-error.sensor-gaps-na': ('data-error', 'sensor-gaps-na', 'static', ['data-error'], 'activity classifier on the raw watch export where optical heart-rate dropouts are "NA" and cadence gaps are empty cells'),
 'data-error.feature-column-renamed': ('data-error', 'feature-column-renamed', 'static', ['data-error'], 'injury-risk features list "pace_min_km" but the GPS export calls the column "pace_s_km"'),
 'data-error.wrong-folder': ('data-error', 'wrong-folder', 'static', ['data-error'], 'one-rep-max spec points at "data/gym.csv" relative to the spec folder (should be ../data/gym.csv): file not found'),
 'shape-mismatch.three-units-four-activities': ('shape-mismatch', 'three-units-four-activities', 'static', ['shape-mismatch'], 'softmax output of 3 units for 4 activity classes (hike added to the export, output layer not updated)'),
 'shape-mismatch.onerm-two-outputs': ('shape-mismatch', 'onerm-two-outputs', 'static', ['shape-mismatch'], 'one-rep-max regression (1 target) with a 2-unit linear output layer'),
 'shape-mismatch.iris-two-classes': ('shape-mismatch', 'iris-two-classes', 'static', ['shape-mismatch'], 'iris (3 species) with a 2-unit softmax output, copied from a binary template'),
 'loss-activation-mismatch.softmax-mse-activity': ('loss-activation-mismatch', 'softmax-mse-activity', 'static', ['loss-activation-mismatch'], 'activity classifier with softmax output trained under mse instead of cce (trains here because the classes separate easily)'),
 'loss-activation-mismatch.linear-bce-injury': ('loss-activation-mismatch', 'linear-bce-injury', 'static', ['loss-activation-mismatch'], 'injury flag with a linear output under bce; the loss ends three times the prior baseline'),
 'loss-activation-mismatch.sigmoid-calories': ('loss-activation-mismatch', 'sigmoid-calories', 'static', ['loss-activation-mismatch'], 'standardized calorie target (unbounded, negative half the time) regressed through a sigmoid output; stops at half the baseline'),
 'loss-activation-mismatch.relu-output-softmax-cce': ('loss-activation-mismatch', 'relu-output-cce', 'static', ['loss-activation-mismatch'], 'four-class activity output layer with relu activation under cce instead of softmax; accuracy stays below 0.5'),
 'init-symmetry.zeros-hidden-activity': ('init-symmetry', 'zeros-hidden-activity', 'static', ['init-symmetry'], 'two relu hidden layers initialised to zeros: no gradient reaches them, loss stays at the baseline'),
 'init-symmetry.constant-hidden-sleep': ('init-symmetry', 'constant-hidden-sleep', 'static', ['init-symmetry'], 'tanh hidden layer with constant 0.1 init: all 16 units stay identical (the net is one unit wide); it still fits the nearly linear recovery score'),
 'init-symmetry.constant-tanh-onerm': ('init-symmetry', 'constant-tanh-onerm', 'static', ['init-symmetry'], 'tanh hidden layer with constant 0.05 init for one-rep max: units stay copies of each other; it still fits'),
 'init-scale.normal-std-3-calories': ('init-scale', 'normal-std-3-calories', 'static', ['init-scale', 'saturated-activation'], 'two tanh layers initialised with normal std 3 (far above Glorot): most hidden units saturate and the loss stops at 0.14 of the baseline'),
 'init-scale.tiny-std-deep-sleep': ('init-scale', 'tiny-std-deep-sleep', 'static', ['init-scale', 'vanishing-gradient'], 'three relu layers initialised with normal std 0.0005: the signal and the gradients vanish, loss stays at the baseline'),
 'init-scale.uniform-limit-4-injury': ('init-scale', 'uniform-limit-4-injury', 'static', ['init-scale', 'saturated-activation'], 'sigmoid hidden layer initialised uniform with limit 4 (far above Glorot): half of the units saturated'),
 'no-nonlinearity.linear-hidden-activity': ('no-nonlinearity', 'linear-hidden-activity', 'static', ['no-nonlinearity'], 'activity classifier whose two hidden layers are linear (the net is a softmax regression; it happens to be enough for these activities)'),
 'no-nonlinearity.linear-hidden-moons': ('no-nonlinearity', 'linear-hidden-moons', 'static', ['no-nonlinearity'], 'stride-pattern moons with two linear hidden layers: a linear boundary, accuracy 0.86'),
 'no-nonlinearity.default-activation-circles': ('no-nonlinearity', 'default-activation-circles', 'static', ['no-nonlinearity'], 'gait-zone circles with hidden layers that leave out activation (default linear): stuck at the baseline'),
 'lr-out-of-range.adam-lr-50': ('lr-out-of-range', 'adam-lr-50', 'static', ['lr-out-of-range', 'lr-too-high'], 'adam with lr 50 (a percent-style value pasted as the rate): the loss jumps to 1e8 and ends 2000x the baseline'),
 'lr-out-of-range.sgd-lr-1e-9': ('lr-out-of-range', 'sgd-lr-1e-9', 'static', ['lr-out-of-range', 'lr-too-low'], 'sgd with lr 1e-9: nothing moves in 80 epochs'),
 'lr-out-of-range.rmsprop-lr-20': ('lr-out-of-range', 'rmsprop-lr-20', 'static', ['lr-out-of-range', 'lr-too-high'], 'rmsprop with lr 20: the loss jumps to 1e9 and ends 100x the baseline'),
 'dead-relu.adam-lr-high-injury': ('dead-relu', 'adam-lr-0.3-injury', 'training', ['dead-relu', 'lr-too-high'], 'injury model with adam lr 0.3: 97% of the second relu layer dies and the loss ends at the prior baseline'),
 'dead-relu.negative-bias-calories': ('dead-relu', 'negative-bias-calories', 'probe', ['dead-relu'], 'relu layers with bias -6 ("to sparsify"): every unit is dead from the first step, loss stays at the baseline'),
 'exploding-gradient.raw-distance-vo2': ('dead-relu', 'raw-five-k-seconds-vo2', 'probe', ['dead-relu'], 'VO2max from raw (unnormalized) 5k times in seconds and a raw target with sgd: the first updates kill every relu unit, loss stays 73x the baseline'),
 'nan-loss.raw-onerm-sgd-momentum': ('dead-relu', 'raw-onerm-sgd-momentum', 'probe', ['dead-relu'], 'one-rep max with raw kg features and target under sgd momentum 0.9: a first blow-up (loss 1.8e12) kills every relu unit, then the loss sits at the baseline'),
 'nan-loss.raw-weekly-metres-sgd': ('dead-relu', 'raw-weekly-metres-sgd', 'probe', ['dead-relu'], 'injury model on raw metres (weekly_m ~40000) with sgd lr 0.5: the first step kills every relu unit, loss stays at the prior baseline'),
 'exploding-gradient.deep-std1-onerm': ('exploding-gradient', 'deep-std1-sgd-onerm', 'probe', ['exploding-gradient', 'init-scale', 'nan-loss'], 'four dense layers of 32 with normal std 1 init under sgd: gradient norms 1e4, 4e7, 5e20, then NaN at step 4'),
 'exploding-gradient.deep-std1-adam-onerm': ('exploding-gradient', 'deep-std1-adam-onerm', 'probe', ['exploding-gradient', 'init-scale'], 'the same std-1 deep relu net under adam: gradient norms stay between 200 and 36000 and the loss ends 95x the baseline'),
 'exploding-gradient.raw-kcal-target-sgd': ('exploding-gradient', 'raw-kcal-target-sgd', 'probe', ['exploding-gradient', 'nan-loss'], 'calories in raw kcal (hundreds) as the mse target with sgd momentum 0.9: gradient norms grow from 1e3 to 4e4 and the loss is NaN within the first epoch'),
 'vanishing-gradient.deep-sigmoid-activity': ('vanishing-gradient', 'deep-sigmoid-activity', 'probe', ['vanishing-gradient'], 'six sigmoid hidden layers under plain sgd: first-layer gradient ~1e-4 against ~0.1 at the top, loss stays at the baseline'),
 'vanishing-gradient.deep-tanh-small-init-sleep': ('vanishing-gradient', 'deep-tanh-small-init-sleep', 'probe', ['vanishing-gradient', 'init-scale'], 'four tanh layers with normal std 0.01 init: first-layer gradient 1e-4..0.02 against up to 2 at the output, loss stays at the baseline'),
 'vanishing-gradient.deep-sigmoid-injury': ('vanishing-gradient', 'deep-sigmoid-injury', 'probe', ['vanishing-gradient'], 'five sigmoid hidden layers for the injury flag under sgd: first-layer gradient 6e-5..1e-3, loss stays at the prior baseline'),
 'nan-loss.raw-epoch-timestamps': ('nan-loss', 'raw-epoch-timestamps', 'probe', ['nan-loss'], 'calorie regression fed the raw session start epoch (1.7e9) with other raw columns and a raw target under sgd: NaN in the first epoch'),
 'dead-relu.raw-steps-sgd-spike': ('nan-loss', 'raw-steps-sgd', 'probe', ['nan-loss'], 'calorie regression on raw steps (thousands) and metres with sgd lr 0.001: NaN in the first epoch'),
 'lr-too-high.momentum-lr-1-vo2': ('nan-loss', 'momentum-lr-1-vo2', 'probe', ['nan-loss', 'lr-too-high'], 'VO2max with sgd lr 1 and momentum 0.9: NaN in the first epoch'),
 'lr-too-high.sgd-2-sleep': ('nan-loss', 'sgd-lr-2-sleep', 'probe', ['nan-loss', 'lr-too-high'], 'recovery score with sgd lr 2: first epoch loss 5e30, NaN at epoch 2'),
 'oscillating-loss.momentum-0.99-sleep': ('nan-loss', 'momentum-0.99-sleep', 'training', ['nan-loss', 'lr-too-high'], 'recovery score with sgd lr 0.05 and momentum 0.99: the loss swings for six epochs, jumps to 3e18 and is NaN at epoch 9'),
 'oscillating-loss.sgd-momentum-0.95-onerm': ('lr-too-high', 'sgd-momentum-0.95-onerm', 'probe', ['lr-too-high'], 'one-rep max with sgd lr 0.1 and momentum 0.95: the loss rises from 0.86 epoch after epoch to 1.8e21 (no NaN)'),
 'lr-too-high.rmsprop-0.3-onerm': ('lr-too-high', 'rmsprop-0.3-onerm', 'probe', ['lr-too-high', 'oscillating-loss'], 'one-rep max with rmsprop lr 0.3: first epoch loss 85, then swings between 0.27 and 2.0 and ends at 0.32 (a sane rate reaches 0.01)'),
 'lr-too-low.sgd-1e-5-activity': ('lr-too-low', 'sgd-1e-5-activity', 'training', ['lr-too-low'], 'activity classifier with sgd lr 1e-5: loss goes 1.92 to 1.88 in 80 epochs (baseline 1.38)'),
 'lr-too-low.adam-1e-6-sleep': ('lr-too-low', 'adam-1e-6-sleep', 'training', ['lr-too-low'], 'recovery score with adam lr 1e-6: loss goes 3.19 to 3.14 in 100 epochs (baseline 1.0)'),
 'lr-too-low.rmsprop-1e-6-onerm': ('lr-too-low', 'rmsprop-1e-6-onerm', 'training', ['lr-too-low'], 'one-rep max with rmsprop lr 1e-6: loss goes 2.20 to 2.16 in 100 epochs (baseline 1.0)'),
 'lr-too-low.sgd-5e-5-fullbatch-injury': ('lr-too-low', 'sgd-5e-5-fullbatch-injury', 'training', ['lr-too-low'], 'injury model, full batch (900 rows) with sgd lr 5e-5: one step per epoch, loss goes 0.793 to 0.790 (baseline 0.15)'),
 'saturated-activation.raw-steps-sigmoid': ('saturated-activation', 'raw-steps-sigmoid', 'probe', ['saturated-activation'], 'activity classifier on unnormalized steps/metres/minutes into a sigmoid hidden layer: all hidden units pinned, accuracy 0.74 (normalized: 1.0)'),
 'saturated-activation.raw-metres-tanh': ('saturated-activation', 'raw-metres-tanh', 'probe', ['saturated-activation'], 'injury model on raw metres into a tanh hidden layer: every unit pinned at +-1, loss stays at the prior baseline'),
 'saturated-activation.raw-sleep-minutes-tanh': ('saturated-activation', 'raw-sleep-minutes-tanh', 'probe', ['saturated-activation'], 'recovery score on raw sleep minutes into a tanh layer: all units saturated, loss stops at 0.47 of the baseline (normalized: 0.05)'),
 'loss-plateau.ids-only-features': ('loss-plateau', 'ids-only-features', 'training', ['loss-plateau'], 'calorie regression whose features list holds only session_id, user_id, device_id and start_epoch (the sensor columns left out): loss flat at 0.93-0.95 of the baseline for 60 epochs'),
 'loss-plateau.ids-only-injury': ('loss-plateau', 'ids-only-injury', 'training', ['loss-plateau'], 'injury model given only run_id as a feature: the loss settles on the prior baseline and stays there'),
 'lr-too-high.rmsprop-0.1-vo2': ('oscillating-loss', 'rmsprop-0.1-vo2', 'training', ['oscillating-loss', 'lr-too-high'], 'VO2max with rmsprop lr 0.1: the loss swings between 0.08 and 0.17 every epoch for 80 epochs (a sane rate settles at 0.04)'),
 'oscillating-loss.adam-0.1-vo2-batch4': ('oscillating-loss', 'adam-0.1-vo2-batch4', 'training', ['oscillating-loss', 'lr-too-high'], 'VO2max with adam lr 0.1 on batches of 4: the loss swings between 0.07 and 0.37 without settling'),
 'lr-too-high.sgd-0.5-sleep-tanh': ('oscillating-loss', 'sgd-0.5-sleep-tanh', 'training', ['oscillating-loss', 'lr-too-high'], 'recovery score with sgd lr 0.5: the loss swings between 0.08 and 0.22 for 60 epochs (lr 0.05 settles at 0.05)'),
}

HEALTHY_EXTRA = {'oscillating-loss.batch2-sgd-activity': 'activity-sgd-0.5-batch2'}

DROPPED = {
 'data-error.one-week-of-nights': 'six rows of sleep logs; the engine loads and fits them (loss 0.0025), so "too few rows" is not shown as a data error here',
 'shape-mismatch.two-unit-sigmoid-injury': 'a 2-unit sigmoid output under bce for a binary flag: the engine accepts it and it trains (acc 0.988), so no clear fault',
 'dead-relu.bias-minus-3-onerm': 'bias -3 on a relu layer: only 42% of units dead and the loss reaches 0.12 of the baseline: neither clearly faulty nor healthy',
 'exploding-gradient.raw-kcal-clipnorm': 'raw kcal target with sgd 1e-4 and clipNorm 1: gradients 500-2300 but steady, loss stuck at 4.3x baseline; more a clipped, too-slow run than an explosion',
 'exploding-gradient.raw-kcal-adam': 'raw kcal target under adam: large gradients from the target scale but it learns (0.02 of the baseline): not clearly faulty',
 'lr-too-high.adam-0.5-activity': 'adam lr 0.5: swings for six epochs, then settles at 0.047 (0.03 of the baseline): not clearly faulty, not clean enough to be healthy',
 'lr-too-high.adam-0.05-calories': 'adam lr 0.05: learns to 0.02 of the baseline; no clear fault',
 'oscillating-loss.rmsprop-0.05-onerm': 'rmsprop lr 0.05: settles near 0.03 with small noise; no clear oscillation',
 'oscillating-loss.sgd-0.3-vo2-batch8': 'sgd lr 0.3 batch 8: noisy between 0.06 and 0.09 but no clear swing; ambiguous',
 'loss-plateau.dropout-0.9-sleep': 'dropout 0.9 twice: the loss falls from 215 to about 1.2 with big swings; plateau or oscillation, ambiguous',
 'healthy.injury-rmsprop-dropout': 'meant healthy: last/base 0.56 and accuracy 0.975 against a 0.966 majority rate; too weak to call clearly healthy',
 'healthy.onerm-sgd-batchnorm': 'meant healthy: the loss swings between 0.04 and 0.3 epoch to epoch; not clean',
 'healthy.inline-cadence-zone': 'meant healthy: fits, but its tanh hidden layer is up to 66% saturated',
 'healthy.xor-lr-switch': 'meant healthy: fits, but its tanh hidden layer is 41-46% saturated (at the usual threshold)',
}

def describe(spec):
    d = spec['data']
    src = d.get('csv') or ('builtin ' + d['builtin'] if 'builtin' in d else 'inline')
    src = os.path.basename(src) if 'csv' in d else src
    layers = ', '.join(f"{l['units']} {l.get('activation', 'linear')}" + (' bn' if l.get('batchNorm') else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
    o = spec['optimizer']
    extras = ''.join(f", {k} {o[k]}" for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if k in o)
    norm = d.get('normalize', 'none')
    return f"{src} {norm}, [{layers}], {spec['loss']}, {o['type']} {o['lr']}{extras}, batch {spec['training']['batchSize']}, {spec['training']['epochs']} epochs"

def main():
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy, seen = [], [], set()
    for fname in sorted(os.listdir(CAND)):
        base = fname[:-len('.nn.json')]
        spec = json.load(open(os.path.join(CAND, fname)))
        obs = OBS[base]
        if base in F:
            code, slug, stage, catches, text = F[base]
            out = f'faulty/{code}.{slug}.nn.json'
            spec['name'] = f'{code}.{slug}'
            faults.append({'file': out, 'code': code, 'fault': f'{text} (observe: {obs})', 'stage': stage, 'catches': catches})
        elif base.startswith('healthy.') and base not in DROPPED or base in HEALTHY_EXTRA:
            slug = HEALTHY_EXTRA.get(base, base[len('healthy.'):])
            out = f'healthy/{slug}.nn.json'
            spec['name'] = slug
            healthy.append({'file': out, 'covers': f'{describe(spec)} (observe: {obs})'})
        elif base in DROPPED:
            out = f'dropped/{base}.nn.json'
        else:
            raise SystemExit(f'no verdict for {base}')
        assert out not in seen, out
        seen.add(out)
        with open(os.path.join(HERE, out), 'w') as fh:
            fh.write(json.dumps(spec, indent=2) + '\n')
    about = ('Seventy-sixth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
             'Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), '
             '"catches" the codes whose advice would genuinely fix it. Each "fault" text (and each healthy "covers") ends with the line measured on the bare engine by '
             'test/faults/observe.ts --summary (observed.txt; the name in it is the candidate\'s name in author.ts); --curve for the curve-dependent ones (observed-curves.txt), '
             'test/faults/steps.ts for two exploding ones (observed-steps.txt); no diagnosis code involved. '
             'Theme: fitness wearables and sports science: watch sessions (sessions.csv: 640 sessions, heart rate, steps, cadence, elevation in m, minutes, GPS flag, '
             'session/user/device ids and start epochs; 4 string activity classes and calories), sleep logs (sleep.csv: 520 nights, stage minutes, wake counts, resting HR, HRV, '
             'alcohol flag -> recovery score), GPS runs (runs.csv: 900 runs, pace, distance and weekly volume in m, split variability, ramp ratio -> injury flag, 3.4% positive), '
             'gym logs (gym.csv: 450 lifters, load kg, reps, sets, RPE -> one-rep max), VO2max field tests (vo2.csv, with a constant device_model column), '
             'sessions-gaps.csv (NA/empty sensor cells), sleep-week.csv (6 rows), plus builtins (iris, blobs, moons, circles, spirals, sine) and one inline table. '
             'Data written by data/generate.ts; specs by author.ts; this manifest by write-manifest.py. See README.md.')
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as fh:
        fh.write(json.dumps(manifest, indent=2) + '\n')
    from collections import Counter
    print(len(faults), 'faulty', len(healthy), 'healthy', len(os.listdir(os.path.join(HERE, 'dropped'))), 'dropped')
    print(sorted(Counter(f['code'] for f in faults).items()))

main()
