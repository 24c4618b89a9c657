#!/usr/bin/env python3
"""Files the candidates of test/faults-blind82 by what the bare engine showed (observed.txt,
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

# candidate -> (code, slug, stage, catches, fault text)
FAULTS = {
  'invalid-spec.optimiser-british-key': ('invalid-spec', 'optimiser-british-key', S, ['invalid-spec'], 'visitor forecast written with the British spelling "optimiser" as the top-level key, so the optimizer block is an unknown key'),
  'invalid-spec.keras-loss-name': ('invalid-spec', 'keras-loss-name', S, ['invalid-spec'], 'damage-risk flag with the Keras loss name "binary_crossentropy" instead of "bce"'),
  'invalid-spec.batch-size-snake-case': ('invalid-spec', 'batch-size-snake-case', S, ['invalid-spec'], 'loan forecast with "batch_size" (Python habit) in the training block instead of batchSize'),
  'invalid-spec.units-as-string': ('invalid-spec', 'units-as-string', S, ['invalid-spec'], 'donor-tier classifier with the output units quoted as the string "3" (copied from a config form)'),
  'data-error.csv-filename-typo': ('data-error', 'csv-filename-typo', S, ['data-error'], 'visitor forecast pointing at ../data/visitor.csv; the export is visitors.csv'),
  'data-error.target-column-singular': ('data-error', 'target-column-singular', S, ['data-error'], 'loan forecast with target "weekly_loan"; the column is weekly_loans'),
  'data-error.na-cells-in-export': ('data-error', 'na-cells-in-export', S, ['data-error'], 'visitor log exported from the ticketing system with "NA" in temp_c on days the weather feed failed'),
  'data-error.feature-lux-hour-typo': ('data-error', 'feature-lux-hour-typo', S, ['data-error'], 'conservation survey with the feature "lux_hour" listed; the column is lux_hours'),
  'shape-mismatch.three-outputs-four-segments': ('shape-mismatch', 'three-outputs-four-segments', S, ['shape-mismatch'], 'visitor-segment classifier with a 3-unit softmax head, but the log has four segments (family, local, school, tourist)'),
  'shape-mismatch.loans-head-left-at-four': ('shape-mismatch', 'loans-head-left-at-four', S, ['shape-mismatch'], 'loan-count regression built from a classifier template: output layer left at 4 units for one target'),
  'shape-mismatch.tier-softmax-two': ('shape-mismatch', 'tier-softmax-two', S, ['shape-mismatch'], 'donor-tier classifier with a 2-unit softmax for three tiers (friend, patron, benefactor)'),
  'loss-activation-mismatch.sigmoid-head-attendance': ('loss-activation-mismatch', 'sigmoid-head-attendance', S, ['loss-activation-mismatch'], 'standardized daily attendance (unbounded, negative below the mean) regressed with mse through a sigmoid output'),
  'loss-activation-mismatch.linear-head-bce': ('loss-activation-mismatch', 'linear-head-bce', S, ['loss-activation-mismatch'], 'damage-risk flag with bce on a linear output unit (sigmoid forgotten)'),
  'loss-activation-mismatch.softmax-single-unit-bce': ('loss-activation-mismatch', 'softmax-single-unit-bce', S, ['loss-activation-mismatch'], 'damage-risk flag with bce on a single softmax unit, which always outputs 1'),
  'loss-activation-mismatch.tier-sigmoid-cce': ('loss-activation-mismatch', 'tier-sigmoid-cce', S, ['loss-activation-mismatch'], 'donor tier with cce on three independent sigmoid outputs instead of softmax (loss driven toward 0 by pushing every output to 1)'),
  'init-symmetry.zeros-hidden-loans': ('init-symmetry', 'zeros-hidden-loans', S, ['init-symmetry'], 'loan forecast with both ReLU hidden layers initialised to zeros: nothing ever moves'),
  'init-symmetry.constant-tanh-segment': ('init-symmetry', 'constant-tanh-segment', S, ['init-symmetry'], 'visitor-segment classifier with both tanh hidden layers at constant 0.1: the first layer\'s units stay identical'),
  'init-symmetry.constant-small-digitization': ('init-symmetry', 'constant-small-digitization', S, ['init-symmetry'], 'digitization throughput with both ReLU hidden layers at constant 0.02 (a "small positive init" habit): the first layer acts as one unit'),
  'init-scale.normal-std-two-deep': ('init-scale', 'normal-std-two-deep', S, ['init-scale', 'exploding-gradient'], 'visitor forecast, three 32-unit ReLU layers with normal std 2 (He would be about 0.25): initial loss in the tens of thousands'),
  'init-scale.uniform-tiny-tanh-stack': ('init-scale', 'uniform-tiny-tanh-stack', S, ['init-scale', 'vanishing-gradient'], 'loan forecast, three 32-unit tanh layers with uniform limit 0.0005 (Glorot about 0.3): signal and gradients vanish'),
  'init-scale.normal-std-five-tier': ('init-scale', 'normal-std-five-tier', S, ['init-scale'], 'donor tier, two 64-unit ReLU layers with normal std 5: first loss 144 against a baseline of 1.08, erratic afterwards'),
  'no-nonlinearity.activation-omitted-hidden': ('no-nonlinearity', 'activation-omitted-hidden', S, ['no-nonlinearity'], 'visitor forecast with the activation left out of both hidden layers (default linear): cannot fit the temperature bell and exhibition-age decay'),
  'no-nonlinearity.linear-hidden-segment': ('no-nonlinearity', 'linear-hidden-segment', S, ['no-nonlinearity'], 'visitor-segment classifier with "linear" hidden layers: a linear model of rules that need interactions'),
  'no-nonlinearity.gallery-floor-circles-linear': ('no-nonlinearity', 'gallery-floor-circles-linear', S, ['no-nonlinearity'], 'gallery-floor zones (circles builtin) with two linear hidden layers: stays at chance'),
  'lr-out-of-range.adam-three-not-3e-3': ('lr-out-of-range', 'adam-three-not-3e-3', S, ['lr-out-of-range', 'lr-too-high'], 'loan forecast with adam lr 3 (meant 3e-3)'),
  'lr-out-of-range.sgd-lr-hundred': ('lr-out-of-range', 'sgd-lr-hundred', S, ['lr-out-of-range', 'lr-too-high', 'nan-loss'], 'damage-risk flag with momentum SGD at lr 100'),
  'lr-out-of-range.rmsprop-ten': ('lr-out-of-range', 'rmsprop-ten', S, ['lr-out-of-range', 'lr-too-high'], 'donor tier with rmsprop lr 10'),
  'dead-relu.negative-bias-loans': ('dead-relu', 'negative-bias-loans', P, ['dead-relu'], 'loan forecast with ReLU layers whose bias starts at -4 ("sparse activations" advice taken too far): most units never fire'),
  'dead-relu.raw-lux-sgd-kick': ('dead-relu', 'raw-lux-sgd-kick', P, ['dead-relu', 'lr-too-high'], 'damage-risk flag on raw lux hours (tens of thousands) with SGD 0.05: the first steps kill almost every first-layer unit'),
  'dead-relu.bias-minus-three-visitors': ('dead-relu', 'bias-minus-three-visitors', P, ['dead-relu'], 'visitor forecast with ReLU biases at -3: the second layer is entirely dead from the start'),
  'dead-relu.digitization-high-lr-rmsprop': ('dead-relu', 'digitization-high-lr-rmsprop', P, ['dead-relu', 'lr-too-high'], 'digitization throughput with rmsprop lr 0.3: the early updates kill the ReLU layers'),
  'exploding-gradient.raw-visitors-raw-target': ('exploding-gradient', 'raw-visitors-raw-target', P, ['exploding-gradient'], 'visitor forecast on raw features and raw attendance (thousands), normalizations set to none: gradient norms in the hundreds of thousands'),
  'exploding-gradient.raw-donations-amount': ('exploding-gradient', 'raw-donations-amount', P, ['exploding-gradient'], 'gift amount regressed in raw currency units (normalizeTarget none): gradient norms in the tens of thousands'),
  'exploding-gradient.deep-relu-normal-one': ('exploding-gradient', 'deep-relu-normal-one', P, ['exploding-gradient', 'init-scale'], 'loan forecast, four 48-unit ReLU layers at normal std 0.6 (3x He): gradients grow through the stack, first loss 269'),
  'vanishing-gradient.six-sigmoid-loans': ('vanishing-gradient', 'six-sigmoid-loans', P, ['vanishing-gradient'], 'loan forecast with six sigmoid hidden layers and plain SGD: the first layer gets about 1e-4 of the last layer\'s gradient'),
  'vanishing-gradient.deep-sigmoid-damage': ('vanishing-gradient', 'deep-sigmoid-damage', P, ['vanishing-gradient'], 'damage-risk flag through five 12-unit sigmoid layers with momentum SGD: the first layer does not learn, loss stays at the prior'),
  'vanishing-gradient.sigmoid-tower-segment': ('vanishing-gradient', 'sigmoid-tower-segment', P, ['vanishing-gradient'], 'visitor segment through five 24-unit sigmoid layers with SGD: stuck at the class prior'),
  'nan-loss.sgd-raw-attendance': ('nan-loss', 'sgd-raw-attendance', P, ['nan-loss', 'lr-too-high'], 'visitor forecast on raw attendance (normalizeTarget none) with SGD 0.05: NaN in the first epoch'),
  'lr-too-high.sgd-one-loans': ('nan-loss', 'sgd-lr-half-loans', P, ['nan-loss', 'lr-too-high'], 'loan forecast with plain SGD lr 0.5, batch 16: NaN in the first epoch'),
  'oscillating-loss.momentum-0.99-loans': ('nan-loss', 'momentum-0.99-loans', P, ['nan-loss', 'lr-too-high'], 'loan forecast with SGD lr 0.1 and momentum 0.99: NaN in the first epoch'),
  'oscillating-loss.sgd-batch-one-digitization': ('nan-loss', 'sgd-batch-one-digitization', P, ['nan-loss', 'lr-too-high'], 'digitization throughput with SGD 0.1 at batch size 1: NaN in the first epoch'),
  'oscillating-loss.sgd-full-batch-donations': ('nan-loss', 'sgd-full-batch-donations', P, ['nan-loss', 'lr-too-high'], 'gift amount with full-batch SGD lr 0.9: the loss grows every step and is NaN at epoch 21'),
  'lr-too-high.adam-0.1-segment': ('lr-too-high', 'adam-0.1-segment', T, ['lr-too-high', 'oscillating-loss'], 'visitor segment with adam lr 0.1, batch 16: the loss jumps from below 0.1 back to 0.6-0.7 twice and ends far above its best (curve in observed-curves.txt)'),
  'lr-too-high.momentum-0.5-tier': ('lr-too-high', 'momentum-0.5-tier', P, ['lr-too-high', 'oscillating-loss'], 'donor tier with SGD lr 0.5 and momentum 0.9: the loss triples in epoch 2 and later jumps from 0.08 to 0.88 (curve in observed-curves.txt)'),
  'lr-too-low.sgd-1e-5-loans': ('lr-too-low', 'sgd-1e-5-loans', P, ['lr-too-low'], 'loan forecast with plain SGD lr 1e-5: 60 epochs move the loss from 1.17 to 0.97'),
  'lr-too-low.adam-1e-6-segment': ('lr-too-low', 'adam-1e-6-segment', P, ['lr-too-low'], 'visitor segment with adam lr 1e-6 (meant 1e-3): loss barely moves and stays above the class prior'),
  'lr-too-low.rmsprop-1e-6-digitization': ('lr-too-low', 'rmsprop-1e-6-digitization', P, ['lr-too-low'], 'digitization throughput with rmsprop lr 1e-6: loss barely moves'),
  'saturated-activation.sigmoid-raw-lux': ('saturated-activation', 'sigmoid-raw-lux', P, ['saturated-activation'], 'damage-risk flag with sigmoid hidden layers on raw lux hours and humidity (normalize none): the first layer is pinned, loss at the prior'),
  'saturated-activation.tanh-raw-pub-year': ('saturated-activation', 'tanh-raw-pub-year', P, ['saturated-activation'], 'loan forecast with a tanh layer on raw publication year and page count: saturated from the start, no learning'),
  'saturated-activation.tanh-raw-lux-conservation': ('saturated-activation', 'tanh-raw-lux-conservation', P, ['saturated-activation'], 'damage-risk flag with a tanh layer on raw lux hours: every unit pinned at +-1, loss at the prior'),
  'saturated-activation.tanh-raw-donor-tier': ('saturated-activation', 'tanh-raw-donor-tier', P, ['saturated-activation'], 'donor tier with a tanh layer on raw donor age and visit counts: 80-90% of outputs pinned, accuracy 0.86 where normalized nets reach 0.99'),
  'loss-plateau.id-columns-only': ('loss-plateau', 'id-columns-only', T, ['loss-plateau'], 'loan forecast whose features list kept only title_id and branch_id (the informative columns dropped): flat near the baseline'),
  'loss-plateau.spirals-one-tanh-unit': ('loss-plateau', 'spirals-two-tanh-units', T, ['loss-plateau'], 'exhibit-route spirals (3 classes) with a 2-unit tanh hidden layer: plateaus at 0.94 of the baseline'),
  'loss-plateau.weight-decay-one-segment': ('loss-plateau', 'weight-decay-one-segment', T, ['loss-plateau'], 'visitor segment with SGD weightDecay 1 (meant 1e-4): weights held at zero, loss flat at the class prior'),
  'oscillating-loss.rmsprop-full-batch-visitors': ('oscillating-loss', 'rmsprop-full-batch-visitors', T, ['oscillating-loss', 'lr-too-high'], 'visitor forecast with rmsprop 0.05 on the full 480-day log per step: the loss repeatedly climbs from about 0.05 to 0.4-2.4 and falls back, never settling'),
  'oscillating-loss.rmsprop-full-batch-loans': ('oscillating-loss', 'rmsprop-full-batch-loans', T, ['oscillating-loss', 'lr-too-high'], 'loan forecast with rmsprop 0.03 on full batches: periodic swings between about 0.06 and 0.2-0.6 for the whole run'),
  'oscillating-loss.rmsprop-full-batch-digitization': ('oscillating-loss', 'rmsprop-full-batch-digitization', T, ['oscillating-loss', 'lr-too-high'], 'digitization throughput with rmsprop 0.03 on full batches: the loss repeatedly climbs from 0.2 to 0.45-1.1 and falls back'),
}

HEALTHY_RENAME = {
  'oscillating-loss.adam-full-batch-segment': 'segment-adam-full-batch',
  'oscillating-loss.adam-full-batch-gifts': 'gifts-adam-full-batch',
}

DROPPED = {
  'shape-mismatch.two-sigmoid-units-binary': 'the engine accepted two sigmoid outputs for the binary flag and trained it (acc 0.96), so it is not clearly statically wrong',
  'nan-loss.momentum-raw-gifts': 'no NaN: loss blew up to 1e12, then every first-layer unit died and the loss sat at the baseline; muddled',
  'nan-loss.rmsprop-raw-loans-count': 'no NaN (and misnamed: it is SGD): loss stuck at 4e9 x baseline with a dead layer; muddled',
  'saturated-activation.tanh-raw-visitor-log': 'first layer 84-94% saturated but the net still reached 0.07 of the baseline',
  'saturated-activation.sigmoid-raw-dpi-pages': 'first layer 93% saturated but the net still reached 0.15 of the baseline',
  'loss-plateau.weight-decay-half': 'loss reached 0.16, then rose to 0.28 of the baseline and flattened: neither a plateau far from a good loss nor healthy',
  'loss-plateau.dropout-heavy-tiny-net': 'noisy near the baseline (swings between 1.0 and 1.3): plateau or noise, not clear',
  'oscillating-loss.adam-0.05-batch-4-donations': 'noisy early, then small swings around 0.13-0.25 with most ReLU units dead; not clearly one fault',
  'oscillating-loss.rmsprop-0.02-visitors-small-batch': 'only small noise around 0.055 of the baseline',
  'oscillating-loss.momentum-full-batch-visitors': 'large swings in the first 20 epochs, then settles to 0.03 of the baseline',
  'oscillating-loss.adam-full-batch-loans': 'one early bump, then trains smoothly to 0.03 (not filed healthy because of the bump)',
  'oscillating-loss.rmsprop-full-batch-tier': 'trains to 0.07 of the baseline with mild noise',
  'lr-too-high.rmsprop-0.05-digitization': 'noisy at 0.2-0.35 of the baseline, no clear rise',
  'lr-too-high.adam-0.05-conservation': 'trains to the same loss as the healthy conservation nets, with a few small spikes',
  'ok.spirals-route-adam': 'trains to 0.07 of the baseline but has a one-off spike from 0.12 to 0.44 at epoch 62',
}


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
        if name in FAULTS:
            code, slug, stage, catches, text = FAULTS[name]
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
    about = ('Eighty-second fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
             'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
             'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. '
             'Each "fault" text (and each healthy "covers") carries the line measured on the bare engine by test/faults/observe.ts --summary '
             '(observed.txt); --curve for the lr-too-high, lr-too-low, plateau, oscillating and a few borderline healthy ones (observed-curves.txt); '
             'no diagnosis code involved. Theme: museums, libraries and cultural heritage: visitors.csv (480 days of a museum visitor log: ticket '
             'price, school-holiday and weekend flags, temperature, exhibition age in days; attendance in the thousands and a 4-class visitor segment; '
             'epoch timestamps, a constant building_id and exhibit ids left out by "features"), loans.csv (420 library titles: copies, skewed holds '
             'queue, publication year, page count -> weekly loans), conservation.csv (900 objects: relative humidity, lux hours in the tens of '
             'thousands, object age, display-case flag -> a rare damage-risk flag, 5.4%), digitization.csv (360 scanning shifts -> items digitized), '
             'donations.csv (400 donors -> gift amount in currency units and a 3-level tier), visitors-export-na.csv (the visitor log with "NA" '
             'cells), plus the builtins iris, moons, circles, blobs, sine, xor, spirals and one inline table. Data written by data/generate.ts; '
             'specs by author.ts; filing and this manifest by write-manifest.py. See README.md.')
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    counts = {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
    print(len(faults), 'faulty', len(healthy), 'healthy', len(os.listdir(os.path.join(HERE, 'dropped'))), 'dropped')
    print(json.dumps(counts, indent=1))


main()
