#!/usr/bin/env python3
"""Verdicts of fault set blind196 (hot-air balloon operators): files candidates into faulty/, healthy/, dropped/ and writes manifest.json."""
import json, os, re, shutil
here = os.path.dirname(os.path.abspath(__file__))
obs = {}
for line in open(os.path.join(here, 'observed.txt')):
    line = line.strip()
    if not line or line.startswith('npm'): continue
    m = re.match(r'([\w.\-]+?)(\.nn\.json)?[: ]', line)
    obs[m.group(1)] = line

# candidate name -> (new code or None, stage, catches-extra, fault text)
F = {
 'invalid-spec.optimizer-adamw': ('static', [], 'optimizer "adamw" copied from a PyTorch habit; not an optimizer of the format'),
 'invalid-spec.activation-swish': ('static', [], 'activation "swish" from a blog post; not in the format'),
 'invalid-spec.loss-crossentropy': ('static', [], 'loss written "categorical_crossentropy" (Keras name) instead of "cce"'),
 'invalid-spec.dropout-rate-one': ('static', [], 'dropout rate 1.0 typed meaning "on"; drops every unit'),
 'invalid-spec.validation-split-20': ('static', [], 'validationSplit 20 meant as 20 percent'),
 'data-error.target-typo': ('static', [], 'target "canceled" (US spelling) while the booking export header says "cancelled"'),
 'data-error.flight-id-feature': ('static', [], 'the flight_id text column (FL-1000...) left in the feature list'),
 'data-error.gaps-copy': ('static', [], "the pilots' logbook copy with NA and blank wind/temperature/pressure readings used as is"),
 'data-error.missing-file': ('static', [], "points at next season's flights-2026.csv which does not exist yet"),
 'data-error.outside-workspace': ('static', [], 'path climbs out of the workspace to the office ops share'),
 'shape-mismatch.landing-two-units': ('static', [], 'landing type (smooth/bumpy/drag) with a 2-unit softmax head: drag forgotten'),
 'shape-mismatch.landing-four-units': ('static', [], 'landing type with a 4-unit softmax head (a "tree landing" class that never appears)'),
 'shape-mismatch.fuel-three-outputs': ('static', [], 'fuel regression with 3 outputs left over from the landing model'),
 'loss-activation-mismatch.softmax-mse-fuel': ('static', [], 'fuel regression with a 1-unit softmax head under mse: output is always 1'),
 'loss-activation-mismatch.bce-linear-head': ('static', [], 'cancellation under bce with a linear output layer'),
 'loss-activation-mismatch.cce-sigmoid-head': ('static', [], 'landing type under cce with a sigmoid head instead of softmax: loss tiny, accuracy at the prior'),
 'loss-activation-mismatch.relu-head-fuel-std': ('static', [], 'standardised fuel target (half negative) with a relu output that cannot go below 0'),
 'init-symmetry.zeros-hidden': ('static', [], 'tanh hidden layer of 16 initialised to zeros: every unit identical'),
 'init-symmetry.zeros-both-landing': ('static', ['dead-relu'], 'two relu hidden layers initialised to zeros: nothing moves'),
 'init-symmetry.constant-env': ('static', [], 'sigmoid hidden layer of 10 with constant 0.5 weights on the envelope data'),
 'init-scale.normal-std-5': ('static', ['saturated-activation'], 'tanh layer of 32 initialised normal std 5: units pinned at +-1'),
 'init-scale.uniform-limit-20-fuel': ('static', ['nan-loss', 'exploding-gradient'], 'relu layers initialised uniform limit 20 (meant 0.2)'),
 'init-scale.normal-std-1e-5-deep': ('static', ['vanishing-gradient'], 'three tanh layers initialised normal std 1e-5: signal vanishes'),
 'init-scale.normal-std-8-sigmoid-env': ('static', ['saturated-activation'], 'sigmoid layer initialised normal std 8 on envelope inspections'),
 'no-nonlinearity.linear-stack-landing': ('static', [], 'three linear hidden layers for the landing classifier (activation left out)'),
 'no-nonlinearity.linear-hidden-moons': ('static', [], 'two linear hidden layers on moons: a straight boundary only'),
 'no-nonlinearity.linear-hidden-circles': ('static', [], 'two linear hidden layers on circles: cannot separate rings'),
 'lr-out-of-range.adam-lr-5': ('static', ['lr-too-high'], 'adam lr 5 (meant 5e-3)'),
 'lr-out-of-range.sgd-lr-200': ('static', ['lr-too-high', 'nan-loss'], 'sgd lr 200 typed for "2e-2"'),
 'lr-out-of-range.rmsprop-lr-1e-9': ('static', ['lr-too-low'], 'rmsprop lr 1e-9'),
 'dead-relu.bias-minus-5': ('probe', [], 'relu layers with bias -5 (copied from a gating trick): all units dead'),
 'dead-relu.sgd-lr-too-big-kills': ('probe', ['lr-too-high', 'exploding-gradient'], 'raw litres target with sgd 0.05: the first steps blow up and kill the relu units'),
 'dead-relu.bias-minus-3-landing': ('probe', [], 'relu layer bias -3 with small normal init: dead from the start'),
 'dead-relu.bias-minus-10-cancel': ('probe', [], 'first relu layer bias -10: 94% of units dead'),
 'exploding-gradient.deep-normal-std1': ('probe', ['init-scale', 'dead-relu'], 'four relu layers of 32 with normal std 1: activations and gradients explode, then units die'),
 'exploding-gradient.raw-env-hours': ('probe', ['lr-too-high'], 'envelope data not normalised (hours up to 1400, porosity to 500) into elu layers under sgd'),
 'exploding-gradient.raw-pressure-momentum': ('probe', ['lr-too-high', 'dead-relu'], 'raw features (pressure ~1016 hPa, basket kg) with sgd momentum'),
 'vanishing-gradient.deep-sigmoid-8': ('probe', ['loss-plateau'], 'eight sigmoid hidden layers for cancellation'),
 'vanishing-gradient.deep-sigmoid-small-init': ('probe', ['loss-plateau'], 'six sigmoid layers with normal std 0.05'),
 'vanishing-gradient.deep-tanh-tiny-init': ('probe', ['init-scale', 'loss-plateau'], 'seven tanh layers with normal std 0.02'),
 'vanishing-gradient.deep-sigmoid-env': ('probe', ['loss-plateau'], 'ten sigmoid layers of 8 on envelope inspections'),
 'nan-loss.raw-target-sgd-high': ('probe', ['exploding-gradient', 'lr-too-high'], 'raw features and raw litres target with sgd 0.05, batch 16'),
 'nan-loss.normal-std-50-relu': ('probe', ['init-scale', 'exploding-gradient'], 'relu layers of 64 initialised normal std 50'),
 'nan-loss.momentum-raw-basket': ('probe', ['exploding-gradient', 'lr-too-high'], 'raw basket kg, pressure and burner litres into a linear net with sgd momentum 0.99'),
 'lr-too-high.adam-0.5-cancel': ('probe', ['dead-relu'], 'adam lr 0.5: loss stuck bouncing at the baseline, second layer dead'),
 'lr-too-high.rmsprop-0.3-landing': ('probe', [], 'rmsprop lr 0.3 on landing type: loss bounces far above what the model reaches'),
 'lr-too-high.nesterov-1.5-env': ('probe', ['oscillating-loss', 'saturated-activation'], 'nesterov sgd lr 1.5 on envelopes: loss rises above its first epoch and bounces'),
 'lr-too-high.adam-0.2-batch1-fuel': ('probe', ['dead-relu'], 'adam lr 0.2 with batch 1: loss falls then climbs back to the baseline'),
 'lr-too-low.sgd-1e-5-cancel': ('probe', [], 'plain sgd lr 1e-5'),
 'lr-too-low.adam-1e-6-fuel': ('probe', [], 'adam lr 1e-6'),
 'lr-too-low.rmsprop-1e-6-landing': ('probe', [], 'rmsprop lr 1e-6'),
 'lr-too-low.sgd-momentum-1e-5-fullbatch-env': ('probe', [], 'sgd momentum lr 1e-5 with full batch: one tiny step per epoch'),
 'saturated-activation.raw-pressure-tanh': ('probe', ['loss-plateau'], 'normalize forgotten: raw pressure ~1016 hPa into a tanh layer'),
 'saturated-activation.sigmoid-bias-8': ('probe', ['loss-plateau'], 'sigmoid hidden layer with bias 8: every unit at 1'),
 'saturated-activation.tanh-std-3-fuel': ('probe', ['init-scale'], 'tanh layer initialised normal std 3 for fuel'),
 'saturated-activation.raw-env-sigmoid': ('probe', [], 'envelope data not normalised into a sigmoid layer'),
 'loss-plateau.circles-tiny-net': ('training', [], 'circles with a single relu hidden unit: stalls far above what a small net reaches'),
 'loss-plateau.sgd-heavy-decay-fuel': ('training', [], 'weightDecay 3 (meant 3e-4): the loss returns to the baseline and stays'),
 'loss-plateau.spirals-one-unit': ('training', [], 'three spirals with 2 tanh units: stuck near the baseline'),
 'oscillating-loss.momentum-0.99-fuel': ('training', ['lr-too-high'], 'sgd momentum 0.99 full batch on fuel: loss swings 0.22..1.10 without settling'),
 'oscillating-loss.rmsprop-0.05-batch4': ('training', ['lr-too-high'], 'rmsprop 0.05 with batch 4 on cancellation: loss swings epoch to epoch'),
 'oscillating-loss.momentum-0.97-fullbatch-env': ('training', ['lr-too-high'], 'sgd lr 2 momentum 0.97 full batch: slow swings 0.36..0.70'),
}
REFILE = {
 'exploding-gradient.raw-features-raw-target': ('nan-loss', 'probe', ['exploding-gradient'], 'raw features and raw litres target into relu layers with sgd 0.001: NaN in the first epoch'),
 'lr-too-high.sgd-2-fuel': ('nan-loss', 'probe', ['lr-too-high'], 'sgd lr 2 on fuel: NaN at epoch 2'),
 'oscillating-loss.sgd-0.9-fullbatch-fuel': ('lr-too-high', 'probe', [], 'plain sgd lr 0.95 full batch on a linear fuel model: loss grows every epoch'),
}
HEALTHY_DROP = {
 'ok.cancel-batchnorm-nesterov': 'loss rose from min 0.159 to 0.200 at the end: may be judged bouncing',
 'ok.env-logistic-rmsprop': 'ends at 0.75 of the baseline, close to the 0.8 line',
 'ok.env-wide-adam-decay': 'validation loss above the baseline: overfits',
 'ok.cancel-logistic': 'ends at 0.62 of the baseline while nonlinear nets reach 0.23-0.36',
 'ok.cancel-wind-only': 'ends at 0.64, well above the nets with all features',
 'ok.landing-softmax-regression': 'ends at 0.53 while a tanh net reaches 0.08',
 'ok.landing-few-features': 'ends at 0.51 while a tanh net reaches 0.08',
}
DROP = {
 'invalid-spec.units-zero': 'surplus invalid-spec (size limit)',
 'invalid-spec.init-glorot': 'surplus invalid-spec (size limit)',
 'data-error.launch-date-feature': 'surplus data-error (size limit)',
 'shape-mismatch.cancel-two-sigmoid': 'the engine accepted 2 sigmoid outputs for one 0/1 target and trained to 0.57: borderline',
 'init-symmetry.constant-hidden-fuel': 'trained to 0.07 of the baseline, as well as healthy nets: symmetry did no visible harm',
 'loss-plateau.moon-phase-only': 'the only feature has no signal: no model could do better, not a plateau',
 'lr-out-of-range.adam-lr-negative': 'surplus (size limit); also an invalid-spec parse error',
 'loss-activation-mismatch.sigmoid-head-fuel-std': 'surplus loss-activation-mismatch (size limit)',
 'oscillating-loss.sgd-0.6-fullbatch-linear': 'diverged (lr-too-high), duplicate of the re-filed 0.95 one',
 'oscillating-loss.sgd-0.75-fullbatch-linear': 'diverged (lr-too-high), duplicate of the re-filed 0.95 one',
 'oscillating-loss.sgd-linear-raw-sum': 'diverged to Infinity at epoch 46, duplicate of other divergent ones',
 'no-nonlinearity.linear-hidden-fuel': 'fuel is nearly linear: trained to 0.09 like healthy nets, so borderline',
}
HEALTHY = {}
cand = os.path.join(here, 'candidates')
for d in ('faulty', 'healthy', 'dropped'):
    shutil.rmtree(os.path.join(here, d), ignore_errors=True); os.makedirs(os.path.join(here, d))
faults, healthy, seen = [], [], set()
for f in sorted(os.listdir(cand)):
    name = f[:-len('.nn.json')]
    spec = json.load(open(os.path.join(cand, f)))
    line = obs[name]
    if name in F or name in REFILE:
        if name in F:
            code = name.split('.')[0]; stage, extra, text = F[name]; new = name
        else:
            code, stage, extra, text = REFILE[name]; new = code + '.' + name.split('.', 1)[1]
        shutil.move(os.path.join(cand, f), os.path.join(here, 'faulty', new + '.nn.json'))
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif name.startswith('ok.') and name not in HEALTHY_DROP:
        shutil.move(os.path.join(cand, f), os.path.join(here, 'healthy', name + '.nn.json'))
        dd = spec['data']; src = dd.get('csv') or dd.get('builtin') or 'inline'
        layers = ', '.join(f"{l['units']} {l.get('activation','linear')}" + (' bn' if l.get('batchNorm') else '') if l['type'] == 'dense' else f"dropout {l['rate']}" for l in spec['layers'])
        o = spec['optimizer']; t = spec['training']
        extra = ''.join(f", {k} {o[k]}" for k in ('momentum', 'nesterov', 'weightDecay', 'clipNorm') if k in o)
        cov = f"{os.path.basename(str(src))} target {dd.get('target','-')} normalize {dd.get('normalize','none')}" + (f" normalizeTarget {dd['normalizeTarget']}" if 'normalizeTarget' in dd else '') + f", [{layers}], {spec['loss']}, {o['type']} {o['lr']}{extra}, batch {t['batchSize']}, {t['epochs']} epochs" + (f", validationSplit {t['validationSplit']}" if t.get('validationSplit') else '')
        healthy.append({'file': f'healthy/{name}.nn.json', 'covers': f'{cov} (observe: {line})'})
    else:
        reason = DROP.get(name) or HEALTHY_DROP.get(name)
        assert reason, name
        shutil.move(os.path.join(cand, f), os.path.join(here, 'dropped', f))
        print(f'dropped {f}: {reason}')
assert not (set(F) | set(REFILE)) - {x['file'].split('/')[1][:-8] for x in faults} - set(REFILE)
about = ('Fault set blind196 (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
 'Theme: hot-air balloon operators. Data (data/generate.ts, seed 196): flights.csv, 480 flights with flight_id and launch_date text columns, wind/gust knots, temperature, '
 'pressure hPa (~1016, raw scale large), passengers, basket kg (collinear with passengers), envelope hours (log-normal, skewed), pilot years, burner litres loaded, '
 'moon_phase (no effect); targets cancelled (0/1, 10% rare), fuel_used_l (litres regression) and landing (smooth/bumpy/drag); flights-eu.csv the same with semicolons and decimal commas; '
 'flights-gaps.csv with NA/blank readings; envelopes.tsv.csv (tab-separated, 300 envelope inspections, fail 0/1). "stage" is the writer\'s expectation, "catches" the codes whose advice fixes it. '
 'Each fault and covers text ends with its observe.ts --summary line (observed.txt); curves in observed-curves.txt. No diagnosis code involved.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open(os.path.join(here, 'manifest.json'), 'w'), indent=2)
os.rmdir(cand)
from collections import Counter
print(len(faults), 'faults', len(healthy), 'healthy', Counter(x['code'] for x in faults), Counter(x['stage'] for x in faults))
