#!/usr/bin/env python3
"""Files the candidates of test/faults-blind55 and writes manifest.json.

Run from the repository root after author.ts and observe.ts:
    python3 test/faults-blind55/write-manifest.py
Each verdict below was decided from observed.txt (and observed-curves.txt for the curve-dependent ones);
the observed line of every spec is embedded in its manifest entry. Candidates named in DROPPED are neither
clearly faulty nor clearly healthy and go to dropped/.
"""
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

# file stem -> (stage, catches, fault text). The code is the file name's prefix.
FAULTS = {
    # ---- invalid-spec (static)
    'invalid-spec.optimiser-british': ('static', ['invalid-spec'], 'the optimizer block written as "optimiser" (British spelling) by an analyst; the spec has no optimizer'),
    'invalid-spec.loss-keras-name': ('static', ['invalid-spec'], 'loss written "binary_crossentropy" (Keras name) on the phishing classifier instead of "bce"'),
    'invalid-spec.lr-as-string': ('static', ['invalid-spec'], 'learning rate pasted from a YAML config as the string "3e-4" in the flow classifier'),
    'invalid-spec.batch-size-snake-case': ('static', ['invalid-spec'], 'training.batch_size (snake case, from a Python script) instead of batchSize on the latency regressor'),
    'invalid-spec.activation-gelu': ('static', ['invalid-spec'], 'hidden activation "gelu" (from a transformer tutorial), which the engine does not have, on the ticket triage net'),
    'invalid-spec.normalize-zscore': ('static', ['invalid-spec'], 'data.normalize "zscore" (pandas/sklearn vocabulary) instead of "standard" on the incident classifier'),
    # ---- data-error (static)
    'data-error.target-renamed': ('static', ['data-error'], 'target "is_takeover" while the SIEM export names the column "takeover"'),
    'data-error.dotted-ip-feature': ('static', ['data-error'], 'the source IP kept as a feature in a flow export where it is a dotted string (192.168.x.x), not a number'),
    'data-error.missing-file': ('static', ['data-error'], 'CSV path "../data/netflow.csv" for a file that was saved as flows.csv'),
    'data-error.na-cells-export': ('static', ['data-error'], 'monitoring export with "NA" and empty cells where the agent missed a scrape, fed as-is'),
    'data-error.feature-typo': ('static', ['data-error'], 'feature "cpu_percent" listed while the metrics column is "cpu_pct"'),
    # ---- shape-mismatch (static)
    'shape-mismatch.forgot-exfil-class': ('static', ['shape-mismatch'], 'softmax output of 3 units for normal/scan/bruteforce, forgetting the exfil class the labels also hold (4 classes)'),
    'shape-mismatch.severity-five-classes': ('static', ['shape-mismatch'], 'ticket severity 1-4 given 5 softmax units (thinking of classes 0..4)'),
    'shape-mismatch.latency-two-outputs': ('static', ['shape-mismatch'], 'two linear outputs (latency and incident) with a single next_latency_ms target column'),
    'shape-mismatch.onehot-three-units': ('static', ['shape-mismatch'], 'four one-hot label columns but a 3-unit softmax output'),
    # ---- loss-activation-mismatch (static)
    'loss-activation-mismatch.softmax-mse': ('static', ['loss-activation-mismatch'], 'softmax output trained with mse on the four flow classes (regression habit); it still learns here, the loss is the wrong one for class probabilities'),
    'loss-activation-mismatch.linear-bce': ('static', ['loss-activation-mismatch'], 'linear output (no sigmoid) with bce on the phishing flag; trains to a loss far above the sigmoid version (0.49 of baseline vs 0.10)'),
    'loss-activation-mismatch.sigmoid-latency': ('static', ['loss-activation-mismatch'], 'sigmoid output for next-minute latency in ms (values 50-400) with mse: the output cannot exceed 1, loss stays 3.5x the baseline'),
    'loss-activation-mismatch.relu-output-cce': ('static', ['loss-activation-mismatch'], 'relu output layer (copied from the hidden layers) with cce on ticket severity instead of softmax; loss ends 2.6x baseline'),
    # ---- init-symmetry (static)
    'init-symmetry.zeros-hidden': ('static', ['init-symmetry'], 'hidden relu layer initialised with zeros on the takeover model: every unit is 0, nothing trains, loss sits at the baseline'),
    'init-symmetry.constant-hidden': ('static', ['init-symmetry'], 'both tanh hidden layers initialised with constant 0.1: all units of a layer stay identical (each layer acts as one unit); it still reaches acc 0.97 on flows'),
    'init-symmetry.zeros-tanh-regression': ('static', ['init-symmetry'], 'two tanh hidden layers with zeros init on the latency regressor: the first layer never moves and the loss stays at the baseline'),
    # ---- init-scale (static)
    'init-scale.normal-std-5': ('static', ['init-scale'], 'normal init with std 5 on two relu layers (10-20x He): first loss 158, still noisy and 0.44 of baseline after 100 epochs vs 0.10 for He'),
    'init-scale.uniform-tiny-deep': ('static', ['init-scale', 'vanishing-gradient'], 'uniform init with limit 0.001 on a 3-hidden-layer relu net: the signal vanishes, first-layer gradient ~1e-8, loss stuck at the baseline'),
    'init-scale.tanh-std-10': ('static', ['init-scale', 'saturated-activation'], 'normal init std 10 on a tanh layer over standardized inputs: 90-95% of the units pinned at +-1, loss 0.34 of baseline vs 0.14 with Xavier'),
    'init-scale.deep-normal-std-1': ('static', ['init-scale', 'exploding-gradient'], 'normal init std 1 on four 64-unit relu layers (2x He on the 8-input layer, 6x on the 64-input ones): first loss 162, output gradient up to 395 before adam recovers'),
    # ---- no-nonlinearity (static)
    'no-nonlinearity.anomaly-ring-no-activation': ('static', ['no-nonlinearity'], 'hidden layers with no activation (default linear) on the ring-shaped anomaly data: the net is linear and stays at chance (acc 0.52)'),
    'no-nonlinearity.daily-cycle-linear': ('static', ['no-nonlinearity'], 'hidden layers explicitly "linear" for the daily request-rate cycle: a straight line, loss 0.42 of baseline vs 0.01 with tanh'),
    'no-nonlinearity.firewall-xor-linear': ('static', ['no-nonlinearity'], 'linear hidden layer for a firewall rule that is an xor of two conditions: stays at chance (acc 0.58)'),
    # ---- lr-out-of-range (static)
    'lr-out-of-range.adam-10': ('static', ['lr-out-of-range', 'lr-too-high'], 'adam with lr 10 (meant 1e-1, typed 1e1): first loss 50, 38% of the relu units die, loss ends 0.66 of baseline'),
    'lr-out-of-range.rmsprop-5': ('static', ['lr-out-of-range', 'lr-too-high'], 'rmsprop with lr 5: update ratios up to 0.7, loss ends 2x the baseline'),
    'lr-out-of-range.sgd-negative': ('static', ['lr-out-of-range', 'invalid-spec'], 'sgd lr -0.01 (sign flipped "because we descend"); refused by the parser'),
    'lr-out-of-range.momentum-zero': ('static', ['lr-out-of-range', 'invalid-spec'], 'sgd with momentum and lr 0 left as a placeholder; nothing could ever train; refused by the parser'),
    # ---- dead-relu
    'dead-relu.negative-bias-sparsify': ('probe', ['dead-relu'], 'relu layers given bias -3 "for sparse activations" on flows: up to 59% of a layer dead, loss crawls to 0.43 of baseline vs 0.04'),
    'dead-relu.log-latency-negative-bias': ('probe', ['dead-relu'], 'relu layer with bias -4 on the log-latency regressor: 69% of its units never fire, loss 0.38 of baseline vs 0.07'),
    'dead-relu.raw-memory-sgd': ('probe', ['dead-relu'], 'incident classifier on raw metrics (memory in MB ~40000, disk KB/s) with sgd: the first update kills every relu unit of both layers, loss at the baseline'),
    'dead-relu.raw-users-affected': ('probe', ['dead-relu'], 'ticket triage on raw counts (users_affected up to thousands, text length) with momentum: all relu units dead after the first steps, acc 0.26 (chance)'),
    'dead-relu.all-columns-sgd': ('probe', ['dead-relu'], 'no features list on the login CSV, so session id, epoch timestamp (1.7e9) and IP-as-integer are features: first loss 9e19, every relu dead, loss at baseline'),
    'dead-relu.adam-lr-0.1-deep': ('training', ['dead-relu', 'lr-too-high'], 'three relu layers on phishing with adam lr 0.1: 69% and 94% of the second and third layers die during training'),
    # ---- exploding-gradient
    'exploding-gradient.epoch-ts-adam': ('probe', ['exploding-gradient'], 'all login columns (epoch timestamps ~1.7e9, IP integers) unnormalized with adam: gradient norms up to 3e9, loss 1e5-1e6 times the baseline'),
    'exploding-gradient.raw-bytes-rmsprop': ('probe', ['exploding-gradient'], 'raw flow features (packets ~1e5, duration ms ~1e5, ports) with rmsprop: gradient norms 1e5, loss 27x the baseline'),
    'exploding-gradient.raw-latency-target-clip': ('probe', ['exploding-gradient'], 'raw metrics and a raw ms target with adam and a clipNorm of 1e6 that never clips: gradient norms up to 2e8, loss swings (min 452, last 1674)'),
    # ---- nan-loss
    'nan-loss.raw-latency-sgd': ('probe', ['nan-loss', 'exploding-gradient'], 'latency regression on raw metrics (memory MB, disk KB/s) and a ms target with sgd 0.001: NaN in the first epoch'),
    'nan-loss.tickets-regression-raw': ('probe', ['nan-loss', 'exploding-gradient'], 'severity regressed on raw ticket counts (text length, users affected) with momentum 0.01: NaN in the first epoch'),
    'nan-loss.momentum-0.5-log-latency': ('probe', ['nan-loss', 'lr-too-high'], 'sgd lr 0.5 momentum 0.9 on the log-latency regressor: diverges to NaN in the first epoch'),
    'nan-loss.momentum-0.99-log-latency': ('probe', ['nan-loss', 'lr-too-high'], 'sgd lr 0.05 with momentum 0.99 on the log-latency regressor: NaN in the first epoch'),
    # ---- lr-too-high
    'lr-too-high.adam-0.5-flows': ('probe', ['lr-too-high'], 'adam lr 0.5 on flows: loss 2.56, 0.55, 1.64 then stuck at 0.84 (healthy 0.05), 94% of the second layer dead'),
    'lr-too-high.adam-0.3-tickets': ('training', ['lr-too-high'], 'adam lr 0.3 on ticket triage: loss falls to 1.01, jumps back to 1.41 and stays near 1.29 (baseline 1.38)'),
    'lr-too-high.adam-0.2-incident': ('training', ['lr-too-high'], 'adam lr 0.2 on the incident classifier: loss 0.11, spikes to 0.52 (above the baseline 0.27) at epoch 9, then stuck at 0.16 with 88% dead'),
    'lr-too-high.rmsprop-0.1-logins': ('training', ['lr-too-high', 'oscillating-loss'], 'rmsprop lr 0.1 on the takeover model: loss spikes to 0.41 (2x baseline) at epochs 13 and 44 and to ~0.1 repeatedly; output update ratio 0.8'),
    'lr-too-high.momentum-0.95-phishing': ('training', ['lr-too-high'], 'sgd lr 0.2 with momentum 0.95 on phishing: loss 0.37, spikes to 2.25 at epoch 7, then back at the baseline with the second layer all dead'),
    # ---- lr-too-low
    'lr-too-low.sgd-1e-5-logins': ('probe', ['lr-too-low'], 'plain sgd lr 1e-5 on the takeover model: loss 0.99 -> 0.95 in 100 epochs, 5x the baseline'),
    'lr-too-low.adam-1e-6-flows': ('probe', ['lr-too-low'], 'adam lr 1e-6 on flows: loss 1.739 -> 1.692 in 100 epochs, above the baseline 1.26'),
    'lr-too-low.rmsprop-1e-6-tickets': ('probe', ['lr-too-low'], 'rmsprop lr 1e-6 on tickets: loss 1.304 -> 1.286 in 100 epochs, acc 0.38'),
    'lr-too-low.sgd-1e-7-latency': ('probe', ['lr-too-low'], 'lr lowered to 1e-7 until the ms-target latency regressor stopped producing NaN: loss 1.71e4 -> 1.68e4, 3.5x the baseline'),
    # ---- saturated-activation
    'saturated-activation.raw-distance-tanh': ('probe', ['saturated-activation'], 'raw login features (distance in km up to thousands) into tanh: 92% of hidden outputs pinned at +-1, loss 0.34 of baseline vs 0.03 standardized'),
    'saturated-activation.raw-metrics-sigmoid': ('probe', ['saturated-activation'], 'raw server metrics (memory MB, disk KB/s) into sigmoid layers: first layer 100% saturated with zero gradient, loss at the baseline'),
    'saturated-activation.raw-domain-age-tanh': ('probe', ['saturated-activation'], 'raw phishing features (domain age in days up to thousands) into tanh: 99% of the first layer pinned, loss 0.17 of baseline vs 0.10'),
    'saturated-activation.raw-flows-tanh-momentum': ('probe', ['saturated-activation'], 'raw flow features (bytes, packets, ms, port numbers) into a tanh layer with momentum: 100% saturated, loss 0.41 of baseline, acc 0.76'),
    # ---- vanishing-gradient
    'vanishing-gradient.deep-sigmoid-flows': ('probe', ['vanishing-gradient'], 'six sigmoid hidden layers on flows with sgd: first-layer gradient ~1e-4 vs ~1 at the output, loss at the baseline'),
    'vanishing-gradient.deep-sigmoid-tickets': ('probe', ['vanishing-gradient'], 'five sigmoid hidden layers on tickets with momentum: first-layer gradient ~5e-4 vs ~1 at the output, loss at the baseline'),
    'vanishing-gradient.small-init-deep-tanh': ('probe', ['vanishing-gradient', 'init-scale'], 'four tanh layers with normal init std 0.01 on the incident model: first-layer gradient ~1e-5..4e-4, loss at the baseline'),
    # ---- loss-plateau
    'loss-plateau.rare-takeover-sigmoid-sgd': ('training', ['loss-plateau', 'vanishing-gradient'], 'three sigmoid hidden layers with sgd 0.01 on 4%-positive takeovers: the loss settles at the prior (0.182 vs baseline 0.182) and stays'),
    'loss-plateau.xor-firewall-small-init': ('training', ['loss-plateau', 'init-scale'], 'firewall xor with tanh init std 0.001 and sgd: stuck at the saddle, loss 0.693 for 200 epochs'),
    'loss-plateau.circles-sigmoid-sgd': ('training', ['loss-plateau'], 'four sigmoid units with sgd on the anomaly ring: loss creeps from 0.693 to 0.680 over 200 epochs, acc 0.57'),
    # ---- oscillating-loss
    'oscillating-loss.rmsprop-0.05-batch-8-flows': ('training', ['oscillating-loss', 'lr-too-high'], 'rmsprop lr 0.05 with batch 8 on flows: the loss swings between 0.07 and 0.26 for 100 epochs without settling (healthy 0.05)'),
    'oscillating-loss.momentum-0.9-lr-0.3-flows': ('training', ['oscillating-loss', 'lr-too-high'], 'sgd lr 0.3 momentum 0.9 batch 16 on flows: loss jumps between 0.06 and 0.42 to the end'),
    'oscillating-loss.rmsprop-0.1-batch-16-tickets': ('training', ['oscillating-loss', 'lr-too-high'], 'rmsprop lr 0.1 with batch 16 on tickets: loss swings 0.08-0.27 epoch to epoch (healthy 0.02)'),
    'oscillating-loss.adam-0.1-sine': ('training', ['oscillating-loss', 'lr-too-high'], 'adam lr 0.1 batch 8 on the daily cycle: loss bounces 0.02-0.25 with bursts (healthy settles at 0.004)'),
    'oscillating-loss.adam-0.05-batch-4-logins': ('training', ['oscillating-loss', 'lr-too-high'], 'adam lr 0.05 with batch 4 on takeovers: loss jumps between 0.006 and 0.22 (once above the baseline) without settling'),
}

DROPPED = {
    'data-error.pasted-sample': 'a 4-row sample CSV: the engine loads and trains it (loss 0.07 of baseline, acc 1.0 on four rows); not shown to be a data error by the engine',
    'shape-mismatch.two-sigmoid-outputs': 'two sigmoid outputs with bce for a binary label: the engine accepts it and trains well (0.10 of baseline), so no mismatch shown',
    'no-nonlinearity.log-latency-linear-stack': 'all-linear hidden layers on log latency: the relation is nearly linear, it trains to 0.11 of baseline vs 0.07; no harm shown',
    'lr-too-high.sgd-3-phishing': 'sgd lr 3 on phishing: the loss falls smoothly to 0.06 of baseline; not clearly too high',
    'oscillating-loss.sgd-0.5-batch-8-tickets': 'swings mid-run but settles to 0.01 of baseline by the end',
    'oscillating-loss.rmsprop-0.02-batch-8-tickets': 'noisy but trending down to 0.05 of baseline; not clearly oscillating',
    'oscillating-loss.adam-0.05-batch-8-log-latency': 'settles near 0.035 (healthy 0.025) with small noise; not clearly oscillating',
    'oscillating-loss.sgd-1-batch-4-phishing': 'noisy around the label-noise floor (0.08-0.29) with a downward trend; too mild to call',
    'tickets-severity-batchnorm': 'meant healthy, but the loss swings 0.25-0.57 (other ticket nets reach 0.02); neither clearly healthy nor a named fault',
}

def observed():
    out = {}
    for line in open(os.path.join(HERE, 'observed.txt')):
        line = line.rstrip('\n')
        m = re.match(r'^\s+(\S+)\.nn\.json(:| does not parse)', line)
        if m:
            out[m.group(1)] = line.strip()
            continue
        m = re.match(r'^(\S+): base ', line)
        if m:
            out[m.group(1)] = line
    return out


def main():
    obs = observed()
    stems = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy = [], []
    covers = {}
    for stem in stems:
        spec = json.load(open(os.path.join(CAND, stem + '.nn.json')))
        src = os.path.join(CAND, stem + '.nn.json')
        if stem in DROPPED:
            shutil.copy(src, os.path.join(HERE, 'dropped', stem + '.nn.json'))
            continue
        note = obs[stem]
        if '.' in stem:
            if stem not in FAULTS:
                raise SystemExit(f'no verdict for {stem}')
            stage, catches, text = FAULTS[stem]
            code = stem.split('.')[0]
            if code not in catches:
                raise SystemExit(f'{stem}: catches lacks its own code')
            rel = f'faulty/{stem}.nn.json'
            shutil.copy(src, os.path.join(HERE, rel))
            faults.append({'file': rel, 'code': code, 'fault': f'{text} (observe: {note})', 'stage': stage, 'catches': catches})
        else:
            rel = f'healthy/{stem}.nn.json'
            shutil.copy(src, os.path.join(HERE, rel))
            healthy.append({'file': rel, 'covers': f'{describe(spec)} (observe: {note})'})
    missing = set(FAULTS) - set(stems)
    if missing:
        raise SystemExit(f'verdicts without candidates: {sorted(missing)}')
    about = (
        'Fifty-fifth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
        'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
        'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" text (and each '
        'healthy "covers") ends with the line measured on the bare engine by test/faults/observe.ts --summary (observed.txt); --curve for the '
        'lr, oscillation, plateau and dead-relu ones (observed-curves.txt); no diagnosis code involved. Theme: cybersecurity and IT operations: '
        'login events for account takeover (4% positives), network flows classified normal/scan/bruteforce/exfil (string labels and one-hot '
        'columns), server metrics for incidents and next-minute latency (ms and log), phishing e-mails and ticket severity 1-4, with columns of '
        'wildly mixed scales, heavy-tailed counts and id/timestamp/IP-integer columns, plus builtin data as traffic cycles (sine), host clusters '
        '(blobs), anomaly rings (circles), firewall xor, moons and spirals, and one inline table. Data written by data/generate.ts; specs by '
        'author.ts; this manifest by write-manifest.py. See README.md for how it was written and what was read.'
    )
    manifest = {'about': about, 'faults': faults, 'healthy': healthy}
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump(manifest, f, indent=2)
        f.write('\n')
    counts = {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(DROPPED)} dropped')
    for code, n in sorted(counts.items()):
        print(f'  {code}: {n}')


def describe(spec):
    data = spec['data']
    if 'csv' in data:
        tgt = data['target'] if isinstance(data['target'], str) else '+'.join(data['target'])
        src = f"{os.path.basename(data['csv'])} -> {tgt}, {data.get('normalize', 'none')}"
    elif 'builtin' in data:
        extra = ''.join(f", {k} {data[k]}" for k in ('classes', 'samples', 'noise') if k in data)
        src = f"builtin {data['builtin']}{extra}"
    else:
        src = f"inline {len(data['inline']['x'])} rows, {data.get('normalize', 'none')}"
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
        else:
            s = f"{l['units']} {l.get('activation', 'linear')}"
            if l.get('batchNorm'):
                s += ' bn'
            if 'init' in l:
                s += f" {l['init'] if isinstance(l['init'], str) else l['init']['name']}"
            layers.append(s)
    o = spec['optimizer']
    opt = o['type'] + (' momentum' if o.get('momentum') else '') + (' nesterov' if o.get('nesterov') else '') + f" {o['lr']}"
    for k in ('weightDecay', 'clipNorm'):
        if k in o:
            opt += f', {k} {o[k]}'
    t = spec['training']
    tr = f"{t['epochs']} epochs, batch {t.get('batchSize', 32)}" + (f", validationSplit {t['validationSplit']}" if 'validationSplit' in t else '')
    return f"{spec['name']}: {src}, [{', '.join(layers)}], {spec['loss']}, {opt}, {tr}"


if __name__ == '__main__':
    main()
