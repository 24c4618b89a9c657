#!/usr/bin/env python3
"""Files the candidates of test/faults-blind142 by what the bare engine showed (observed.txt,
observed-curves.txt) and writes manifest.json. Run from the set's folder after author.ts and
observe.ts: `python3 write-manifest.py`."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

observed = {}
for line in open(os.path.join(HERE, 'observed.txt')):
    line = line.strip()
    if not line:
        continue
    key = line.split(':')[0].split(' ')[0].replace('.nn.json', '')
    observed[key] = line

S, P, T = 'static', 'probe', 'training'

def f(code, stage, catches, text):
    return (code, stage, catches, text)

# candidate -> (code, stage, catches, fault text); the slug is the candidate's own.
FAULTS = {
  'invalid-spec.adamw-optimizer': f('invalid-spec', S, ['invalid-spec'], 'score-gain regression with optimizer "adamw" (PyTorch AdamW habit)'),
  'invalid-spec.gelu-activation': f('invalid-spec', S, ['invalid-spec'], 'course-level classifier with activation "gelu" (transformer tutorial habit)'),
  'invalid-spec.mae-loss-invoices': f('invalid-spec', S, ['invalid-spec'], 'invoice regression with loss "mae" (Keras mean_absolute_error habit)'),
  'invalid-spec.embedding-layer-tutor': f('invalid-spec', S, ['invalid-spec'], 'score-gain regression starting with an embedding layer for tutor ids'),
  'invalid-spec.batch-size-zero': f('invalid-spec', S, ['invalid-spec'], 'exam regression with batchSize 0 (meant "full batch")'),
  'data-error.na-study-hours': f('data-error', S, ['data-error'], 'score-gain regression reading the CRM copy with "NA" weekly study hours'),
  'data-error.tutor-id-feature': f('data-error', S, ['data-error'], 'score-gain regression with the text column tutor_id ("TUT-04") in features'),
  'data-error.session-ts-feature': f('data-error', S, ['data-error'], 'score-gain regression with the session timestamp text in features'),
  'data-error.target-typo-gain-points': f('data-error', S, ['data-error'], 'target "gain_points"; the header says gain_pts'),
  'data-error.invoice-no-feature-semicolon': f('data-error', S, ['data-error'], 'invoice regression with the invoice_no text in features (semicolon export)'),
  'data-error.wrong-case-file-name': f('data-error', S, ['data-error'], 'exam regression pointing at Exams.csv; the file is exams.csv (case-sensitive file system)'),
  'shape-mismatch.placement-five-heads-no-c2': f('shape-mismatch', S, ['shape-mismatch'], 'course-level classifier with a 5-unit softmax; the rare C2 level makes 6'),
  'shape-mismatch.exam-pct-and-pts-one-output': f('shape-mismatch', S, ['shape-mismatch'], 'exam percent and exam points as two targets, one output unit'),
  'shape-mismatch.blobs4-three-heads': f('shape-mismatch', S, ['shape-mismatch'], 'four campus blobs with a 3-unit softmax head'),
  'shape-mismatch.iris-single-softmax': f('shape-mismatch', S, ['shape-mismatch'], 'iris with a 1-unit softmax head'),
  'loss-activation-mismatch.single-softmax-bce-dropout': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'dropout flag with a 1-unit softmax output under bce (constant 1): 46x the prior, never moves'),
  'loss-activation-mismatch.sigmoid-head-standardized-exams': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized exam percent through a sigmoid output under mse: 0.58 (healthy 0.03-0.05)'),
  'loss-activation-mismatch.relu-head-standardized-sessions': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'standardized score gain through a relu output: 0.51 (healthy 0.10-0.13)'),
  'loss-activation-mismatch.tanh-head-bce-oral': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'inline oral-exam table with a tanh output under bce: 13.8x the prior, never moves'),
  'loss-activation-mismatch.sigmoid-heads-cce-placement': f('loss-activation-mismatch', S, ['loss-activation-mismatch'], 'course level with six sigmoid outputs under cce: loss 0.00 but accuracy 0.28 (healthy 0.99)'),
  'no-nonlinearity.circles-four-linear-adam': f('no-nonlinearity', S, ['no-nonlinearity'], 'circles through four linear layers: 1.00 (healthy 0.00)'),
  'no-nonlinearity.xor-linear-nesterov-full-batch': f('no-nonlinearity', S, ['no-nonlinearity'], 'xor through two linear layers, Nesterov full batch: 0.99'),
  'no-nonlinearity.spirals-linear-rmsprop-dropout': f('no-nonlinearity', S, ['no-nonlinearity'], 'spirals through linear layers with dropout: 0.95'),
  'no-nonlinearity.moons-linear-bn-sgd-batch-4': f('no-nonlinearity', S, ['no-nonlinearity'], 'moons through one linear batch-normalized layer: 0.60 (healthy 0.00-0.09)'),
  'lr-out-of-range.adam-lr-3-placement': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high'], 'course level with adam lr 3: first loss 42.6, ends 0.80, layer 1 97% dead (healthy 0.00-0.03)'),
  'lr-out-of-range.rmsprop-1e-8-exams': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-low'], 'exam regression with rmsprop lr 1e-8: 0.84, never moves'),
  'lr-out-of-range.nesterov-lr-40-invoices': f('lr-out-of-range', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'invoice regression with Nesterov lr 40: NaN at epoch 1'),
  'lr-out-of-range.sgd-negative-lr-sessions': f('lr-out-of-range', S, ['lr-out-of-range', 'invalid-spec'], 'score gain with SGD lr -0.01: the parser refuses it'),
  'init-symmetry.zeros-relu-exams': f('init-symmetry', P, ['init-symmetry', 'dead-relu'], 'exam regression with zero-initialised relu layers: 1.00, no gradient reaches the hidden layers'),
  'init-symmetry.zeros-sigmoid-moons-rmsprop': f('init-symmetry', P, ['init-symmetry'], 'moons with zero-initialised sigmoid layers: all units stay equal, ends 0.32 like a logistic regression (healthy 0.00-0.09)'),
  'init-symmetry.zeros-tanh-spirals-full-batch-nesterov': f('init-symmetry', P, ['init-symmetry'], 'spirals with zero-initialised tanh layers, Nesterov full batch: 1.00'),
  'init-scale.normal-std-10-sigmoid-placement': f('init-scale', P, ['init-scale', 'saturated-activation'], 'course level with std-10 sigmoid layers: first loss 120, ends 30x the prior, 84% saturated'),
  'init-scale.normal-1e-5-six-relu-exams': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'six relu layers at std 1e-5: flat at 1.00'),
  'init-scale.uniform-1e-4-tanh-circles': f('init-scale', P, ['init-scale', 'vanishing-gradient'], 'five tanh layers at uniform 1e-4 on circles: flat at 1.00, gradients 1e-18'),
  'dead-relu.bias-minus-8-exams': f('dead-relu', P, ['dead-relu'], 'exam regression with a relu layer at bias -8: 100% dead, 1.00'),
  'dead-relu.bias-minus-4-three-layer-placement': f('dead-relu', P, ['dead-relu'], 'course level through three relu layers at bias -4: dead, 1.00'),
  'dead-relu.he-uniform-bias-minus-2-sgd-full-batch-moons': f('dead-relu', P, ['dead-relu'], 'moons through two he_uniform relu layers at bias -2, plain SGD full batch: layer 2 100% dead, 1.00'),
  'dead-relu.adam-0.1-batch-4-invoices': f('dead-relu', T, ['dead-relu', 'lr-too-high'], 'invoices with adam 0.1 at batch 4: relu layers 81% and 97% dead, ends 0.13 (healthy 0.00-0.02)'),
  'nan-loss.rmsprop-1-raw-sessions-target': f('dead-relu', T, ['dead-relu', 'lr-too-high', 'exploding-gradient'], 'raw score-gain features and target with rmsprop 1: first loss 6.4e9, relu layers 100% and 97% dead, ends 1.09x, no NaN (refiled from nan-loss)'),
  'exploding-gradient.raw-exam-points-target-adam': f('exploding-gradient', P, ['exploding-gradient'], 'exam points (0-250) as raw target: 12.8x the baseline'),
  'exploding-gradient.raw-fee-cents-features-momentum': f('exploding-gradient', P, ['exploding-gradient', 'dead-relu'], 'dropout flag on raw fee cents: first loss 3.9e4, hidden layer 100% dead, ends 1.05x'),
  'exploding-gradient.raw-invoice-dollars-rmsprop': f('exploding-gradient', P, ['exploding-gradient'], 'invoice in raw dollars as target: 2.28x the baseline 8.1e4'),
  'exploding-gradient.raw-vocab-words-sgd-placement': f('exploding-gradient', P, ['exploding-gradient'], 'course level on raw vocabulary counts: first loss 2.2e4, ends 453x the prior'),
  'nan-loss.sgd-0.05-raw-invoice-features-full-batch': f('exploding-gradient', P, ['exploding-gradient', 'lr-too-high'], 'raw invoice features and target, plain SGD full batch: gradients to 1.2e11, ends 71x, no NaN (refiled from nan-loss)'),
  'vanishing-gradient.eight-sigmoid-sgd-sessions': f('vanishing-gradient', P, ['vanishing-gradient'], 'score gain through eight sigmoid layers: 1.01, first-layer gradients 1e-5'),
  'vanishing-gradient.twelve-tanh-lecun-tiny-placement': f('vanishing-gradient', P, ['vanishing-gradient', 'init-scale'], 'course level through twelve tanh layers at std 0.02: 1.00, first-layer gradients 1e-12'),
  'vanishing-gradient.nine-sigmoid-full-batch-nesterov-circles': f('vanishing-gradient', P, ['vanishing-gradient'], 'circles through nine sigmoid layers, Nesterov full batch: 1.00'),
  'nan-loss.momentum-lr-2-invoices-batch-16': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'invoices with momentum SGD lr 2: NaN at epoch 1'),
  'nan-loss.sgd-1-batch-1-raw-exam-points': f('nan-loss', T, ['nan-loss', 'lr-too-high', 'exploding-gradient'], 'raw exam points with SGD 1 at batch 1: NaN at epoch 1'),
  'dead-relu.momentum-0.9-lr-0.3-sessions-batch-8': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'score gain with momentum lr 0.3 at batch 8: NaN at epoch 1 (refiled from dead-relu)'),
  'exploding-gradient.eight-relu-std-0.5-sessions': f('nan-loss', P, ['nan-loss', 'exploding-gradient', 'init-scale'], 'eight relu layers at std 0.5: NaN at epoch 1 (refiled from exploding-gradient)'),
  'init-scale.normal-std-4-relu-full-batch-momentum-invoices': f('nan-loss', P, ['nan-loss', 'init-scale', 'exploding-gradient'], 'std-4 relu layers, momentum full batch: first loss 7.1e6, NaN at epoch 4 (refiled from init-scale)'),
  'init-scale.uniform-6-elu-sessions': f('nan-loss', P, ['nan-loss', 'init-scale', 'exploding-gradient'], 'elu layers at uniform limit 6: NaN at epoch 1 (refiled from init-scale)'),
  'lr-too-high.sgd-plain-1.5-full-batch-invoices-elu': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'invoices with plain SGD 1.5 full batch: grows from 2.1, NaN at epoch 5 (refiled from lr-too-high)'),
  'oscillating-loss.momentum-0.97-lr-1.5-full-batch-sine-tanh': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'sine with momentum 0.97 lr 1.5 full batch: grows every epoch, NaN at epoch 19 (refiled from oscillating-loss)'),
  'oscillating-loss.nesterov-0.98-lr-0.5-full-batch-linear-sessions': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear score-gain model, Nesterov 0.98 lr 0.5 full batch: grows every epoch, Infinity/NaN at epoch 101 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-1.3-collinear-pts-pct-full-batch': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'linear model on prior score in points and percent (collinear), plain SGD 1.3 full batch: grows every epoch, NaN at epoch 63 (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-0.5-batch-2-exams-relu': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'exam regression with plain SGD 0.5 at batch 2: NaN at epoch 1 (refiled from oscillating-loss)'),
  'ok.sine-momentum-elu': f('nan-loss', T, ['nan-loss', 'lr-too-high'], 'raw-scale sine with momentum SGD 0.02 at batch 8 and elu: NaN at epoch 1 (meant healthy, refiled)'),
  'saturated-activation.sigmoid-bias-9-exams': f('saturated-activation', P, ['saturated-activation'], 'exam regression through sigmoid layers at bias 9: 100% saturated, 1.24'),
  'saturated-activation.sigmoid-raw-fee-cents-dropout': f('saturated-activation', P, ['saturated-activation'], 'dropout flag on raw fee cents through sigmoid: 100% saturated, 1.00'),
  'saturated-activation.tanh-raw-lesson-minutes-sessions': f('saturated-activation', P, ['saturated-activation'], 'score gain on raw minutes and points through tanh: 100% saturated, 0.83 (healthy 0.10-0.13)'),
  'saturated-activation.tanh-raw-vocab-placement': f('saturated-activation', P, ['saturated-activation'], 'course level on raw vocabulary counts through tanh: 100% saturated, 0.72 (healthy 0.00-0.03)'),
  'lr-too-high.sgd-plain-0.8-batch-16-placement': f('lr-too-high', T, ['lr-too-high'], 'course level with plain SGD 0.8 at batch 16: min 0.13, ends 0.36 (healthy 0.00-0.03)'),
  'lr-too-high.adam-0.1-batch-2-sessions': f('lr-too-high', T, ['lr-too-high'], 'score gain with adam 0.1 at batch 2: 0.56, layer 1 72% dead (healthy 0.10-0.13)'),
  'lr-too-high.rmsprop-0.05-batch-1-exams': f('lr-too-high', T, ['lr-too-high'], 'exam regression with rmsprop 0.05 at batch 1: 0.17 (healthy 0.03-0.05)'),
  'lr-too-high.momentum-0.95-lr-0.5-batch-8-dropout': f('lr-too-high', T, ['lr-too-high', 'dead-relu'], 'dropout flag with momentum 0.95 lr 0.5 at batch 8: ends 1.04 of the prior, 75% dead (sane rates 0.68-0.72)'),
  'lr-too-high.nesterov-lr-3-full-batch-iris': f('lr-too-high', T, ['lr-too-high'], 'iris with Nesterov lr 3 full batch: 0.42, acc 0.67 (healthy 0.03-0.05)'),
  'oscillating-loss.momentum-0.95-lr-0.8-batch-64-invoices': f('lr-too-high', T, ['lr-too-high', 'exploding-gradient'], 'linear invoice model, momentum 0.95 lr 0.8 at batch 64: grows to 3e45, no NaN (refiled from oscillating-loss)'),
  'oscillating-loss.sgd-plain-0.1-batch-1-linear-invoices': f('lr-too-high', T, ['lr-too-high', 'oscillating-loss'], 'linear invoice model, plain SGD 0.1 at batch 1: epoch losses jump 0.68-359, ends 359 (refiled from oscillating-loss)'),
  'lr-too-low.sgd-plain-1e-5-full-batch-sessions': f('lr-too-low', T, ['lr-too-low'], 'score gain with plain SGD 1e-5 full batch: 1.51 to 1.48'),
  'lr-too-low.adam-3e-6-placement': f('lr-too-low', T, ['lr-too-low'], 'course level with adam 3e-6: 3.18 to 3.06 (1.83x the prior)'),
  'lr-too-low.rmsprop-1e-6-exams-batch-64': f('lr-too-low', T, ['lr-too-low'], 'exam regression with rmsprop 1e-6: 0.84 to 0.83'),
  'lr-too-low.nesterov-1e-5-full-batch-dropout': f('lr-too-low', T, ['lr-too-low'], 'dropout flag with Nesterov 1e-5 full batch: 2.20x the prior, never moves'),
  'lr-too-low.momentum-5e-6-spirals': f('lr-too-low', T, ['lr-too-low'], 'spirals with momentum 5e-6: 1.02, never moves'),
  'oscillating-loss.momentum-0.99-lr-0.2-full-batch-linear-exams': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear exam model, momentum 0.99 lr 0.2 full batch: swings 0.06-2.15, still 0.2-0.5 at the end (plain SGD reaches 0.05)'),
  'oscillating-loss.momentum-0.98-lr-0.3-full-batch-linear-invoices': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'linear invoice model, momentum 0.98 lr 0.3 full batch: swings 0.36-3.09, still 0.15-0.31 at the end (plain SGD 0.12)'),
  'oscillating-loss.momentum-0.99-lr-0.05-batch-440-exams-elu': f('oscillating-loss', T, ['oscillating-loss', 'lr-too-high'], 'exam elu model, momentum 0.99 at batch 440 (half the data): swings 0.25-3.1, still 0.27-0.51 at the end (healthy 0.03)'),
  'loss-plateau.classroom-only-placement': f('loss-plateau', T, ['loss-plateau'], 'course level from the classroom number only: 1.00'),
  'loss-plateau.locker-no-only-dropout': f('loss-plateau', T, ['loss-plateau'], 'dropout flag from the locker number only: 1.00'),
  'loss-plateau.sleep-only-exams': f('loss-plateau', T, ['loss-plateau'], 'exam percent from sleep hours only (no effect in the data): 1.01'),
  'loss-plateau.weight-decay-5-sgd-sessions': f('loss-plateau', T, ['loss-plateau'], 'score gain with momentum SGD weightDecay 5: 0.96 to 1.00'),
}
TRIMMED = set()
DROPPED = {
  'init-symmetry.constant-0.05-elu-placement': 'trained to 0.26 of the prior, acc 0.91 (healthy 0.00-0.03): symmetry broken by the data, unclear',
  'init-symmetry.constant-0.3-tanh-sessions': 'trained to 0.16 against healthy 0.10-0.13: too close',
  'vanishing-gradient.seven-sigmoid-rmsprop-exams': 'trained to 0.08',
  'loss-plateau.dropout-0.95-invoices': 'ends 6.7x the baseline with a wild start: not a plateau, unclear',
  'shape-mismatch.dropout-two-sigmoid-units': 'the engine accepted two sigmoid units for one 0/1 target and trained to 0.71 like the dropout baselines',
  'oscillating-loss.adam-0.08-full-batch-tanh-placement': 'trains smoothly to 0.00',
  'oscillating-loss.nesterov-0.995-lr-0.05-full-batch-logistic-dropout': 'one slow overshoot (0.24 up to 0.51) in 200 epochs: not a clear oscillation',
  'oscillating-loss.nesterov-0.995-lr-0.05-logistic-dropout-600-epochs': 'one long overshoot then settles at 0.23: not a clear oscillation',
  'oscillating-loss.rmsprop-0.02-batch-16-linear-sessions': 'settles at the linear floor 0.19 with small noise',
  'oscillating-loss.nesterov-0.99-lr-0.1-full-batch-linear-sessions': 'rings for 20 epochs then settles at 0.18',
  'oscillating-loss.adam-0.5-full-batch-linear-invoices': 'settles at 0.12',
  'oscillating-loss.rmsprop-0.1-full-batch-linear-exams': 'small wiggles 0.05-0.08, settles at 0.067: too small',
  'oscillating-loss.momentum-0.99-lr-0.1-full-batch-tanh-placement': 'trains smoothly to 0.00',
  'ok.dropout-adam-relu': 'rare flag: ends 0.68 of the prior (acc 0.925 vs 0.905): not clearly healthy',
  'ok.dropout-logistic-sgd-full-batch': 'rare flag: ends 0.72 of the prior: not clearly healthy',
  'ok.dropout-rmsprop-tanh-weight-decay': 'rare flag: ends 0.71 of the prior: not clearly healthy',
  'ok.placement-minmax-bn-leaky-adam': 'min 0.22, ends 0.31 with accuracy 0.885 (other placement specs 0.00-0.03): not clearly healthy',
  'ok.spirals-adam-tanh-deep': 'ends 0.96: did not learn the tight spirals',
}
HEALTHY_RENAME = {}

ABOUT = ('Fault set 142 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
         'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
         'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. '
         'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
         '(observed.txt); --curve for the oscillating, lr-too-high, lr-too-low and plateau candidates (observed-curves.txt). '
         'Theme: language schools and tutoring services: sessions.csv (960 tutoring sessions: session ids, timestamps, tutor ids; lesson '
         'minutes, weekly study hours, skewed homework counts, prior score in points and percent, level, fee in dollars and cents -> score gain '
         'in points) and sessions-na.csv ("NA" study hours), placement.csv (1,000 placement tests -> course level A1-C1 and rare C2 42; '
         'vocabulary counts up to 12,000; classroom number with no effect), dropout.csv (1,100 enrolments -> rare dropout flag 105/1,100; '
         'fees in cents; locker number with no effect), invoices.csv (820 invoices, semicolon export with decimal commas -> invoice dollars), '
         'exams.csv (880 tab-separated term records -> exam percent and points; sleep hours with no effect), plus builtins iris, moons, '
         'circles, spirals, blobs (4), sine, xor and an inline oral-exam table. Data by data/generate.ts; specs by author.ts; filing by '
         'write-manifest.py. See README.md.')

def covers(spec):
    d = spec['data']
    if 'csv' in d:
        src = f"{os.path.basename(d['csv'])} -> {d['target']}"
    elif 'builtin' in d:
        src = f"builtin {d['builtin']}"
    else:
        src = 'inline table'
    norm = d.get('normalize', 'none') + (f"/target {d['normalizeTarget']}" if d.get('normalizeTarget') else '')
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
        else:
            s = f"{l['units']} {l.get('activation', 'linear')}"
            if l.get('batchNorm'):
                s += ' bn'
            if isinstance(l.get('init'), str):
                s += f" {l['init']}"
            layers.append(s)
    o = spec['optimizer']
    opt = o['type'] + (f" momentum {o['momentum']}" if o.get('momentum') else '') + (' nesterov' if o.get('nesterov') else '') + f" {o['lr']}"
    for k in ('weightDecay', 'clipNorm'):
        if o.get(k):
            opt += f" {k} {o[k]}"
    t = spec['training']
    tr = f"batch {t.get('batchSize', 32)}, {t.get('epochs', 100)} epochs" + (f", validationSplit {t['validationSplit']}" if t.get('validationSplit') else '')
    return f"{src}, {norm}, [{', '.join(layers)}], {spec['loss']}, {opt}, {tr}"


def main():
    names = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy = [], []
    seen = set()
    for name in names:
        src = os.path.join(CAND, name + '.nn.json')
        obs = observed[name]
        if name in TRIMMED:
            continue
        if name in FAULTS:
            code, stage, catches, text = FAULTS[name]; slug = name.split('.', 1)[1]
            file = f'faulty/{code}.{slug}.nn.json'
            faults.append({'file': file, 'code': code, 'fault': f'{text} (observe: {obs})', 'stage': stage, 'catches': catches})
        elif name in DROPPED:
            file = f'dropped/{name}.nn.json'
        elif name.startswith('ok.') or name in HEALTHY_RENAME:
            slug = HEALTHY_RENAME.get(name, name[3:])
            file = f'healthy/{slug}.nn.json'
            spec = json.load(open(src))
            healthy.append({'file': file, 'covers': f'{covers(spec)} (observe: {obs})'})
        else:
            raise SystemExit(f'no verdict for {name}')
        assert file not in seen, file
        seen.add(file)
        shutil.copy(src, os.path.join(HERE, file))
    faults.sort(key=lambda e: e['file'])
    healthy.sort(key=lambda e: e['file'])
    manifest = {'about': ABOUT, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    counts, stages = {}, {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
        stages[e['stage']] = stages.get(e['stage'], 0) + 1
    print(len(faults), 'faulty', len(healthy), 'healthy', len(os.listdir(os.path.join(HERE, 'dropped'))), 'dropped')
    print(json.dumps(dict(sorted(counts.items()))), json.dumps(stages))


main()
