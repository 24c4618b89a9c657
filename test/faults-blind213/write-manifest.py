#!/usr/bin/env python3
"""Files blind213's candidates by what the bare engine showed (observed.txt) and writes manifest.json.
Run from test/faults-blind213: python3 write-manifest.py"""
import json, os, re, shutil
here = os.path.dirname(os.path.abspath(__file__)); os.chdir(here)
obs = {}
for line in open('observed.txt'):
    line = line.strip()
    m = re.match(r'^([\w.\-]+?)(?:\.nn\.json)?[: ]', line)
    if m: obs[m.group(1)] = line
# candidate -> (code, stage, catches, fault text)
F = {
 'invalid-spec.adamw-optimizer': ('invalid-spec','static',[],'optimizer written "adamw" (the PyTorch name) where only sgd/adam/rmsprop exist'),
 'invalid-spec.keras-loss-name': ('invalid-spec','static',[],'loss written "binary_crossentropy" (Keras habit) for the overrun classifier'),
 'invalid-spec.dropout-as-keep-percent': ('invalid-spec','static',[],'dropout rate written as 80 (a percentage) instead of a fraction'),
 'invalid-spec.validation-split-whole': ('invalid-spec','static',[],'validationSplit 1 holds out every tally row'),
 'invalid-spec.units-zero-placeholder': ('invalid-spec','static',[],'hidden layer left with units 0 as a placeholder'),
 'data-error.spreadsheet-filename-typo': ('data-error','static',[],'job book path typed shed_day.csv (the file is shed_days.csv)'),
 'data-error.target-with-space': ('data-error','static',[],'target "crew hours" with a space; the column is crew_hours'),
 'data-error.job-date-as-feature': ('data-error','static',[],'start_date text column listed as a feature'),
 'data-error.hand-keyed-gaps': ('data-error','static',[],'trained on the hand-keyed copy with NA, "-" and empty cells'),
 'data-error.file-on-office-share': ('data-error','static',[],'CSV path climbing out of the workspace to the office share'),
 'shape-mismatch.four-lines-not-five': ('shape-mismatch','static',[],'4 softmax units for the 5 wool lines (OFF, the rare line, forgotten)'),
 'shape-mismatch.two-sigmoid-binary': ('shape-mismatch','static',[],'2 sigmoid outputs for the single 0/1 ran_over target under bce'),
 'shape-mismatch.two-heads-one-target': ('shape-mismatch','static',[],'2 linear outputs for the single crew_hours target'),
 'loss-activation-mismatch.bce-linear-head': ('loss-activation-mismatch','static',[],'bce on a linear output layer'),
 'loss-activation-mismatch.bce-tanh-head': ('loss-activation-mismatch','static',[],'bce on a tanh output layer (outputs in -1..1 are not probabilities)'),
 'loss-activation-mismatch.cce-sigmoid-head': ('loss-activation-mismatch','static',[],'cce on 5 sigmoid outputs instead of softmax (loss near 0, accuracy 0.29)'),
 'loss-activation-mismatch.relu-head-standardised-hours': ('loss-activation-mismatch','static',[],'relu output for a standardised target that is negative for half the jobs'),
 'init-symmetry.zeros-hidden-relu': ('init-symmetry','static',[],'32-unit relu layer initialised to zeros'),
 'init-symmetry.zeros-everywhere-overrun': ('init-symmetry','static',[],'every layer of a tanh net initialised to zeros'),
 'init-symmetry.zeros-deep-elu-fleece': ('init-symmetry','static',[],'two 24-unit elu layers initialised to zeros'),
 'init-scale.normal-std-five': ('init-scale','static',['exploding-gradient'],'normal init with std 5 on two relu layers'),
 'init-scale.tiny-uniform-deep-tanh': ('init-scale','static',['vanishing-gradient'],'uniform init limit 1e-4 on a 3-layer tanh stack'),
 'init-scale.sigmoid-std-four': ('init-scale','static',['saturated-activation'],'normal init std 4 on a sigmoid layer'),
 'init-scale.std-1e-5-relu-stack': ('init-scale','static',['vanishing-gradient'],'normal init std 1e-5 on a relu stack'),
 'no-nonlinearity.linear-stack-fleece': ('no-nonlinearity','static',[],'two linear hidden layers before the softmax'),
 'no-nonlinearity.linear-hidden-hours': ('no-nonlinearity','static',[],'linear hidden layers for a ratio-shaped target (hours = sheep / rate)'),
 'no-nonlinearity.default-activation-circles': ('no-nonlinearity','static',[],'activation left out on hidden layers (defaults to linear) on circles'),
 'no-nonlinearity.linear-tally': ('no-nonlinearity','static',[],'linear hidden layers on the tally regression'),
 'lr-out-of-range.sgd-rate-five': ('lr-out-of-range','static',['lr-too-high'],'SGD lr 5'),
 'lr-out-of-range.rmsprop-one': ('lr-out-of-range','static',['lr-too-high'],'RMSprop lr 1'),
 'lr-out-of-range.sgd-1e-7': ('lr-out-of-range','static',['lr-too-low'],'SGD lr 1e-7'),
 'lr-out-of-range.adam-1e-8': ('lr-out-of-range','static',['lr-too-low'],'Adam lr 1e-8'),
 'dead-relu.negative-bias-init': ('dead-relu','probe',[],'relu layers with initial bias -6'),
 'dead-relu.sgd-big-step-kills': ('dead-relu','probe',['lr-too-high'],'SGD 0.8 with momentum 0.9 kills the second relu layer'),
 'exploding-gradient.raw-job-book': ('dead-relu','probe',['exploding-gradient','lr-too-high'],'raw job book (sheep_booked, quote_aud in thousands) and raw hours; first relu layer dies in the first steps'),
 'oscillating-loss.sgd-momentum-batch-eight-fleece': ('dead-relu','probe',['lr-too-high'],'SGD 0.3 momentum 0.9 on batches of 8: 94% of the relu layer dies'),
 'exploding-gradient.raw-rpm-column': ('exploding-gradient','probe',['lr-too-high'],'raw features (handpiece_rpm ~2900) and raw tally target under SGD'),
 'nan-loss.raw-tally-big-step': ('exploding-gradient','probe',['lr-too-high','dead-relu'],'raw tally target, SGD 0.05 momentum 0.9 batch 8: output gradient to 2.4e10, relu layer dies'),
 'exploding-gradient.raw-book-deep-tanh-sgd': ('exploding-gradient','probe',['saturated-activation'],'raw job book into tanh layers, raw hours target: gradients ~850, tanh saturated'),
 'vanishing-gradient.eight-sigmoid-layers': ('vanishing-gradient','probe',[],'8 sigmoid hidden layers'),
 'vanishing-gradient.deep-tanh-small-normal': ('vanishing-gradient','probe',['init-scale'],'7 tanh layers with normal std 0.02'),
 'vanishing-gradient.ten-sigmoid-tally': ('vanishing-gradient','probe',[],'10 sigmoid hidden layers on the tally regression'),
 'vanishing-gradient.sigmoid-funnel-hours': ('vanishing-gradient','probe',[],'6-layer sigmoid funnel 64..4'),
 'nan-loss.raw-quote-sgd': ('nan-loss','training',['exploding-gradient'],'raw job book and hours under SGD 0.01'),
 'nan-loss.linear-regression-raw-hours': ('nan-loss','training',['exploding-gradient'],'a linear regression on raw job book features, SGD 0.001 momentum 0.9'),
 'nan-loss.adam-raw-everything-rate-high': ('nan-loss','training',['exploding-gradient'],'raw job book, Nesterov SGD 0.003 momentum 0.95 batch 16'),
 'exploding-gradient.deep-he-raw-target': ('nan-loss','training',['exploding-gradient'],'5 relu layers, raw tally target, SGD 0.001 momentum 0.9'),
 'oscillating-loss.momentum-tiny-batches': ('nan-loss','training',['lr-too-high','exploding-gradient'],'SGD 0.05 momentum 0.95 on batches of 4'),
 'lr-too-high.sgd-momentum-big-step-hours': ('lr-too-high','probe',['nan-loss'],'SGD 0.4 momentum 0.9 on the hours regression: loss rises to 3e6 then NaN'),
 'lr-too-high.nesterov-full-batch': ('lr-too-high','probe',[],'Nesterov SGD 0.9 momentum 0.99 full batch: updates up to 39% of the weights, loss bouncing above its best'),
 'oscillating-loss.adam-online-overrun': ('lr-too-high','training',['oscillating-loss'],'Adam 0.02 with batch 1: loss climbs from 0.31 back to 0.40'),
 'lr-too-low.sgd-1e-4-fleece': ('lr-too-low','probe',[],'plain SGD 1e-4'),
 'lr-too-low.adam-1e-5-hours': ('lr-too-low','probe',[],'Adam 1e-5 for 100 epochs'),
 'lr-too-low.rmsprop-2e-5-tally': ('lr-too-low','probe',[],'RMSprop 2e-5'),
 'lr-too-low.sgd-full-batch-overrun': ('lr-too-low','probe',[],'SGD 0.001 full batch'),
 'saturated-activation.sigmoid-raw-quote': ('saturated-activation','probe',[],'sigmoid layer fed the raw job book (quote_aud in thousands)'),
 'saturated-activation.tanh-raw-job-book': ('saturated-activation','probe',[],'tanh layer fed the raw job book'),
 'saturated-activation.sigmoid-bias-eight': ('saturated-activation','probe',[],'sigmoid layer with initial bias 8'),
 'saturated-activation.tanh-raw-rpm': ('saturated-activation','probe',[],'tanh layers fed raw rpm'),
 'loss-plateau.decay-point-three-overrun': ('loss-plateau','static',[],'weightDecay 0.3 (meant 3e-4)'),
 'loss-plateau.decay-point-four-fleece': ('loss-plateau','static',[],'weightDecay 0.4 under Adam'),
 'loss-plateau.one-tanh-bottleneck-spirals': ('loss-plateau','static',[],'1-unit tanh bottleneck first on 3-class spirals'),
 'loss-plateau.one-unit-bottleneck-circles': ('loss-plateau','static',[],'1-unit relu bottleneck first on circles'),
 'lr-too-high.sgd-bce-rate-three': ('oscillating-loss','training',['lr-too-high'],'SGD 3 momentum 0.5 batch 16 on bce: loss swings ~16% of baseline, flipping 5 of 10 epochs'),
 'lr-too-high.rmsprop-point-oh-five': ('oscillating-loss','training',['lr-too-high'],'RMSprop 0.05 batch 16: loss flips 7 of the last 10 epochs, ~8% swings, above its best'),
}
DROP = {
 'shape-mismatch.hours-and-quote-one-head': 'refused as quote_aud being both feature and target (invalid-spec-like), not the shape fault meant',
 'loss-activation-mismatch.softmax-mse-moons': 'trained to 0.003 with acc 1.0: not a visible fault',
 'init-symmetry.constant-tanh-fleece': 'trained to 0.02 of baseline: the one-unit-equivalent net suffices',
 'init-symmetry.constant-sigmoid-tally': 'trained to 0.19, near healthy tally specs: borderline',
 'dead-relu.bias-minus-three-tally': 'only 25% dead, loss 0.35: borderline',
 'dead-relu.raw-quote-feature': 'mixed symptoms (dead, large gradients, loss above baseline): no clear code',
 'exploding-gradient.big-init-deep': 'gradients stayed below 7: not exploding',
 'exploding-gradient.raw-tally-elu-momentum': 'gradients peaked at 398 and it trained to 0.14: borderline',
 'loss-plateau.one-unit-bottleneck-fleece': 'trained to 0.29 of baseline: one unit is enough here',
 'loss-plateau.weight-decay-point-five': 'trained to 0.05 of baseline despite the decay',
 'lr-too-high.adam-point-oh-eight': 'rise of 4% of baseline only: borderline',
 'oscillating-loss.adam-batch-two-fleece': 'swings ~3% of baseline: too weak',
 'oscillating-loss.rmsprop-online-tally': 'swings under 1% of baseline: not oscillating',
 'oscillating-loss.sgd-full-batch-edge': 'went NaN at epoch 37; nan-loss has enough',
 'lr-out-of-range.adam-half': 'trained to 0.11 despite Adam 0.5; kept the set under 65',
 'ok.overrun-logistic-only': 'ended at 0.93 of baseline: not far below it',
 'ok.overrun-adam-relu': 'ended at 0.65 of baseline while other overrun nets reach far lower',
 'ok.overrun-rmsprop-val': 'validation loss above baseline',
 'ok.fleece-softmax-regression-only': 'ended at 0.45 while hidden-layer nets reach 0.08',
 'ok.spirals-deep-adam': 'loss rose from 0.20 to 0.31 at the end',
}
HC = {}  # healthy covers: generated from the spec
faults, healthy = [], []
for d in ('faulty','healthy','dropped'): os.makedirs(d, exist_ok=True)
for f in sorted(os.listdir('candidates')):
    name = f[:-len('.nn.json')]
    spec = json.load(open(os.path.join('candidates', f)))
    line = obs.get(name, '(not observed)')
    if name in F:
        code, stage, extra, text = F[name]
        new = code + name[name.index('.'):]
        shutil.move(os.path.join('candidates', f), os.path.join('faulty', new + '.nn.json'))
        faults.append({'file': f'faulty/{new}.nn.json', 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + [c for c in extra if c != code]})
    elif name.startswith('ok.') and name not in DROP:
        shutil.move(os.path.join('candidates', f), os.path.join('healthy', f))
        d = spec['data']; src = d.get('csv') or d.get('builtin') or 'inline'
        layers = ', '.join(f"{l['units']} {l.get('activation','linear')}" + (' bn' if l.get('batchNorm') else '') if l['type']=='dense' else f"dropout {l['rate']}" for l in spec['layers'])
        o = spec['optimizer']; t = spec['training']
        healthy.append({'file': f'healthy/{f}', 'covers': f"{os.path.basename(src)} {d.get('normalize','none')}, [{layers}], {spec['loss']}, {o['type']} {o['lr']}" + (f" momentum {o.get('momentum')}" if o['type']=='sgd' else '') + (' nesterov' if o.get('nesterov') else '') + (f" wd {o['weightDecay']}" if o.get('weightDecay') else '') + (f" clip {o['clipNorm']}" if o.get('clipNorm') else '') + f", batch {t['batchSize']}, {t['epochs']} epochs" + (f", val {t['validationSplit']}" if t.get('validationSplit') else '') + f" (observe: {line})"})
    else:
        assert name in DROP, name
        shutil.move(os.path.join('candidates', f), os.path.join('dropped', f))
about = ('Fault set blind213 (issue #4), written blind and frozen before the product was run on it. Theme: sheep shearing contractors: '
 'shed_days.csv (480 jobs from the contractor job book: stands, sheep booked (skewed), distance, merino %, body weight, wool length and months since shearing (collinear), rain, temperature, moon phase (no effect), quote_aud (collinear with sheep booked), crew_hours target, ran_over 0/1 ~20%; job_id and start_date text), '
 'its semicolon/decimal-comma export and a hand-keyed copy with NA/-/empty gaps; fleece_lines.csv (400 bales, 7 classer measurements, 5 string lines with a rare OFF line ~5%); shearer_runs.tsv (360 two-hour runs, tab separated, raw handpiece rpm, tally target); plus builtins and two inline tables. '
 '"stage" is the writer\'s expectation, "catches" the codes whose advice would fix it. Each entry ends with its bare-engine observe.ts --summary line.')
json.dump({'about': about, 'faults': faults, 'healthy': healthy}, open('manifest.json', 'w'), indent=1)
os.rmdir('candidates')
from collections import Counter
print(len(faults), len(healthy), len(os.listdir('dropped')), Counter(f['code'] for f in faults), Counter(f['stage'] for f in faults))
