#!/usr/bin/env python3
"""Files the candidates of test/faults-blind67 by what the bare engine did (observed.txt) and writes
manifest.json: python3 test/faults-blind67/write-manifest.py (run from anywhere, after author.ts and
the observe runs). Each fault / covers text ends with the spec's observed.txt line."""
import json, os, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

# candidate -> (filed code, filed slug, stage, catches, fault)
FAULTS = {
    # invalid-spec
    'invalid-spec.learning-rate-key': ('invalid-spec', 'learning-rate-key', 'static', ['invalid-spec'],
        'post-tier classifier with the optimizer written Keras-style: "learning_rate": 0.001 instead of "lr"'),
    'invalid-spec.layer-type-linear': ('invalid-spec', 'layer-type-linear', 'static', ['invalid-spec'],
        'conversion model ported from PyTorch: layers typed "Linear" (nn.Linear habit) instead of "dense"'),
    'invalid-spec.batch-size-snake': ('invalid-spec', 'batch-size-snake', 'static', ['invalid-spec'],
        'newsletter churn model with "batch_size": 64 (snake case from Keras fit()) in the training block'),
    'invalid-spec.keras-loss-name': ('invalid-spec', 'keras-loss-name', 'static', ['invalid-spec'],
        'bot-account classifier with the loss written "binary_crossentropy" (Keras name) instead of "bce"'),
    # data-error
    'data-error.export-na-seconds': ('data-error', 'export-na-seconds', 'static', ['data-error'],
        'conversion model pointed at the raw tracker export, whose "seconds" column has empty and "NA" cells on some sessions'),
    'data-error.target-like-count': ('data-error', 'target-like-count', 'static', ['data-error'],
        'likes regression with target "like_count" (the dashboard\'s name); the CSV column is "likes"'),
    'data-error.missing-newsletter-file': ('data-error', 'missing-newsletter-file', 'static', ['data-error'],
        'churn model pointed at ../data/newsletter-2024.csv, an export that was never saved next to the spec'),
    'data-error.four-row-sample': ('data-error', 'four-row-sample', 'static', ['data-error'],
        'post-tier classifier trained on posts-sample.csv, the 4-row sample pasted from the dashboard instead of the full export (too few rows to learn or validate anything)'),
    'data-error.device-column': ('data-error', 'device-column', 'static', ['data-error'],
        'conversion model listing features "device" and "referrer", which exist only before one-hot encoding; the CSV has dev_* and ref_* columns'),
    # shape-mismatch
    'shape-mismatch.tier-two-outputs': ('shape-mismatch', 'tier-two-outputs', 'static', ['shape-mismatch'],
        'low/medium/viral post tier with a 2-unit softmax output (written when the task was viral vs not)'),
    'shape-mismatch.topics-four-outputs': ('shape-mismatch', 'topics-four-outputs', 'static', ['shape-mismatch'],
        'content category with a 4-unit softmax while the data has 5 categories (the "deals" category was added later)'),
    'shape-mismatch.bot-two-sigmoids': ('shape-mismatch', 'bot-two-sigmoids', 'static', ['shape-mismatch'],
        'bot flag (one 0/1 target) under bce with a 2-unit sigmoid output (one per class, softmax habit); the engine still trains it, the spec is wrong'),
    'shape-mismatch.likes-shares-one-output': ('shape-mismatch', 'likes-shares-one-output', 'static', ['shape-mismatch'],
        'likes and shares regressed together (two target columns) with a single linear output unit'),
    # loss-activation-mismatch
    'loss-activation-mismatch.tier-softmax-mse': ('loss-activation-mismatch', 'tier-softmax-mse', 'static', ['loss-activation-mismatch'],
        'post tier (3 classes) with a softmax output trained under mse instead of cce; the engine still learns it (the loss is then mse on one-hot targets, not comparable to the cce baseline)'),
    'loss-activation-mismatch.loglikes-sigmoid-out': ('loss-activation-mismatch', 'loglikes-sigmoid-out', 'static', ['loss-activation-mismatch'],
        'log-likes regression (target standardized, so about half of it negative) with a sigmoid output that can only give (0, 1)'),
    'loss-activation-mismatch.revenue-sigmoid-out': ('loss-activation-mismatch', 'revenue-sigmoid-out', 'static', ['loss-activation-mismatch'],
        'revenue-per-session regression (standardized target, heavy tail up to several units) with a sigmoid output unit'),
    'loss-activation-mismatch.churn-linear-bce': ('loss-activation-mismatch', 'churn-linear-bce', 'static', ['loss-activation-mismatch'],
        'newsletter churn under bce with a linear output unit (the sigmoid left off the last layer); the loss sticks far above the baseline'),
    # init-symmetry
    'init-symmetry.churn-zeros': ('init-symmetry', 'churn-zeros', 'static', ['init-symmetry'],
        'churn model with "init": "zeros" on both ReLU hidden layers (copied from the bias setting)'),
    'init-symmetry.topics-constant': ('init-symmetry', 'topics-constant', 'static', ['init-symmetry'],
        'content-category model with "init": "constant", value 0.1 on every layer (hidden and output), so every hidden unit computes the same thing'),
    'init-symmetry.loglikes-zeros': ('init-symmetry', 'loglikes-zeros', 'static', ['init-symmetry'],
        'log-likes regression with zero-initialised tanh hidden layers'),
    # init-scale
    'init-scale.tier-uniform-5': ('init-scale', 'tier-uniform-5', 'static', ['init-scale', 'saturated-activation'],
        'post tier with tanh hidden layers initialised uniform(-5, 5) (limit meant as 0.05), far above Glorot: the tanh layers saturate'),
    'init-scale.revenue-tiny-std': ('init-scale', 'revenue-tiny-std', 'static', ['init-scale', 'vanishing-gradient'],
        'revenue regression, 3 tanh hidden layers and the output with normal std 1e-4 ("small init is safe"): the signal and gradients vanish and the loss stays at the baseline'),
    'init-scale.churn-normal-std5': ('init-scale', 'churn-normal-std5', 'static', ['init-scale'],
        'churn model with ReLU layers initialised normal std 5 (meant 0.5): the first loss is ~100x the baseline and the run ends above it'),
    'init-scale.tier-relu-std3': ('init-scale', 'tier-relu-std3', 'static', ['init-scale'],
        'post tier with two 32-unit ReLU layers initialised normal std 3, ~10x He: huge initial loss, ends far worse than the same net with He init'),
    # no-nonlinearity
    'no-nonlinearity.circles-default-act': ('no-nonlinearity', 'circles-default-act', 'static', ['no-nonlinearity'],
        'visitors inside/outside a geo radius (builtin circles): hidden layers without "activation", so they default to linear; chance accuracy'),
    'no-nonlinearity.tier-linear-hidden': ('no-nonlinearity', 'tier-linear-hidden', 'static', ['no-nonlinearity'],
        'post tier with both hidden layers "activation": "linear" ("will add activations later"): a linear model, far worse than the ReLU net'),
    'no-nonlinearity.spirals-linear': ('no-nonlinearity', 'spirals-linear', 'static', ['no-nonlinearity'],
        'three intertwined user cohorts (builtin spirals) with two 48-unit hidden layers left linear'),
    # lr-out-of-range
    'lr-out-of-range.adam-lr-5': ('lr-out-of-range', 'adam-lr-5', 'static', ['lr-out-of-range', 'lr-too-high'],
        'churn model with adam lr 5 (a percentage typed as a rate)'),
    'lr-out-of-range.sgd-lr-50': ('lr-out-of-range', 'sgd-lr-50', 'static', ['lr-out-of-range', 'lr-too-high'],
        'revenue regression with sgd lr 50 (typed for 0.50 / 50%): NaN in the first epoch'),
    'lr-out-of-range.rmsprop-lr-1e-9': ('lr-out-of-range', 'rmsprop-lr-1e-9', 'static', ['lr-out-of-range', 'lr-too-low'],
        'content-category model with rmsprop lr 1e-9 (exponent typo for 1e-3): nothing moves'),
    # dead-relu
    'dead-relu.negative-bias': ('dead-relu', 'negative-bias', 'probe', ['dead-relu'],
        'log-likes regression with ReLU hidden biases initialised to -3 ("sparse activations" tip): most of the second layer never fires and the loss stalls at half the baseline'),
    'dead-relu.churn-bias-minus2': ('dead-relu', 'churn-bias-minus2', 'probe', ['dead-relu'],
        'churn model with ReLU biases -2 on both hidden layers: most of the second layer is dead and the loss stays at the baseline'),
    'dead-relu.raw-seconds-sgd': ('dead-relu', 'raw-seconds-sgd', 'probe', ['dead-relu', 'exploding-gradient'],
        'revenue regression on unnormalized session features (seconds in the hundreds, hour, pages) with sgd 0.01: the second step blows up and every ReLU unit dies; the loss then sits at the baseline'),
    'oscillating-loss.revenue-adam-batch8': ('dead-relu', 'revenue-adam-batch8', 'training', ['dead-relu', 'lr-too-high'],
        'revenue regression with adam 0.05 on batches of 8: 94% of the second ReLU layer dies during training (the loss stays bumpy, ~0.05-0.12 of the baseline, while the same net at 0.002 reaches 0.03)'),
    # exploding-gradient
    'exploding-gradient.revenue-raw-target': ('exploding-gradient', 'revenue-raw-target', 'probe', ['exploding-gradient', 'lr-too-high'],
        'revenue per session regressed in raw currency units (no normalizeTarget) with sgd momentum 0.9: layer gradient norms reach ~9e4, the second layer dies, the loss ends at the baseline'),
    'nan-loss.revenue-raw-momentum': ('exploding-gradient', 'revenue-raw-momentum', 'probe', ['exploding-gradient', 'dead-relu'],
        'revenue in raw units on raw features (seconds in the hundreds) with sgd 0.01 momentum 0.9: the first steps explode (loss 1e15, gradient norms 2e13), the ReLU layer dies and the loss ends at the baseline'),
    'exploding-gradient.deep-he-raw': ('exploding-gradient', 'deep-he-raw', 'probe', ['exploding-gradient'],
        'shares regression, four 32-unit ReLU layers on unnormalized post features (follower counts in the hundreds of thousands): gradient norms 1e6-1e9 for the whole run, loss ~2e4x the baseline'),
    # vanishing-gradient
    'vanishing-gradient.churn-sigmoid-stack': ('vanishing-gradient', 'churn-sigmoid-stack', 'probe', ['vanishing-gradient'],
        'churn model, six 16-unit sigmoid hidden layers with plain sgd: first-layer gradients ~1e-4 and the loss never leaves the baseline'),
    'vanishing-gradient.tier-sigmoid-stack': ('vanishing-gradient', 'tier-sigmoid-stack', 'probe', ['vanishing-gradient'],
        'post tier, seven 24-unit sigmoid layers with sgd momentum: first-layer gradients ~1e-5, loss at the baseline'),
    'vanishing-gradient.bot-tanh-small-init': ('vanishing-gradient', 'bot-tanh-small-init', 'probe', ['vanishing-gradient', 'init-scale'],
        'bot classifier, five 32-unit tanh layers initialised normal std 0.02: gradients shrink layer by layer to ~1e-4 and the loss stays at the baseline'),
    # nan-loss
    'nan-loss.likes-raw-everything': ('nan-loss', 'likes-raw-everything', 'probe', ['nan-loss', 'exploding-gradient'],
        'likes regression on raw features and raw likes (follower counts in the hundreds of thousands) with sgd 0.001: loss NaN at step 3'),
    'nan-loss.shares-raw-timestamp': ('nan-loss', 'shares-raw-timestamp', 'probe', ['nan-loss', 'exploding-gradient'],
        'shares regression with the posted_at epoch timestamp (~1.7e9) and follower counts as raw features, sgd 0.01: loss Infinity at step 2'),
    'exploding-gradient.likes-raw-target': ('nan-loss', 'likes-raw-target', 'probe', ['nan-loss', 'exploding-gradient'],
        'likes regressed in raw counts (mean ~2800, max ~32000) without normalizeTarget, standardized features, sgd 1e-4: gradients grow to 1e22 within 8 steps and the loss is NaN in the first epoch'),
    'lr-too-high.revenue-momentum-0.5': ('nan-loss', 'revenue-momentum-0.5', 'probe', ['nan-loss', 'lr-too-high'],
        'revenue regression (standardized) with sgd lr 0.5 momentum 0.9: loss 1e57 at step 5, NaN at step 6'),
    # lr-too-high
    'lr-too-high.topics-rmsprop-0.2': ('lr-too-high', 'topics-rmsprop-0.2', 'probe', ['lr-too-high', 'oscillating-loss'],
        'content-category model with rmsprop 0.2: first epoch 8.2 (5x the baseline), then swings between 0.43 and 2.4 for the whole run'),
    'lr-too-high.tier-adam-0.3': ('lr-too-high', 'tier-adam-0.3', 'training', ['lr-too-high', 'dead-relu'],
        'post tier with adam 0.3: the loss falls to 0.66, then rises back to the baseline by epoch 13 as the second ReLU layer dies, and stays there'),
    'lr-too-high.churn-momentum-1': ('lr-too-high', 'churn-momentum-1', 'training', ['lr-too-high', 'dead-relu'],
        'churn model with sgd lr 1 momentum 0.9: the loss diverges to 2e4 at epoch 5, the second ReLU layer dies and the loss sits at the baseline from then on'),
    'lr-too-high.loglikes-rmsprop-0.1': ('lr-too-high', 'loglikes-rmsprop-0.1', 'probe', ['lr-too-high', 'oscillating-loss'],
        'log-likes regression with rmsprop 0.1: first epoch 38x the baseline, ~90% of both ReLU layers dead, the loss jumps between 0.12 and 0.39 (the same net at adam 0.003 reaches 0.02)'),
    # lr-too-low
    'lr-too-low.topics-sgd-1e-5': ('lr-too-low', 'topics-sgd-1e-5', 'probe', ['lr-too-low'],
        'content-category model with plain sgd 1e-5 (lr copied from a fine-tuning recipe): 80 epochs move the loss from 1.92 to 1.88, above the baseline'),
    'lr-too-low.bot-adam-1e-6': ('lr-too-low', 'bot-adam-1e-6', 'probe', ['lr-too-low'],
        'bot classifier with adam 1e-6: 100 epochs take the loss from 0.74 to 0.73, above the baseline (the same net at 0.003 reaches ~0)'),
    'lr-too-low.churn-rmsprop-2e-6': ('lr-too-low', 'churn-rmsprop-2e-6', 'probe', ['lr-too-low'],
        'churn model with rmsprop 2e-6: 120 epochs, loss 1.04 -> 1.01, twice the baseline'),
    'lr-too-low.loglikes-sgd-1e-5': ('lr-too-low', 'loglikes-sgd-1e-5', 'probe', ['lr-too-low'],
        'log-likes regression with sgd 1e-5 (momentum 0.5): 150 epochs end at 1.2x the baseline, weights barely move'),
    # saturated-activation
    'saturated-activation.bot-tanh-raw': ('saturated-activation', 'bot-tanh-raw', 'probe', ['saturated-activation'],
        'bot classifier on unnormalized account features (followers up to hundreds of thousands, age in days) into a tanh layer: the first layer is 100% saturated all run (the loss still ends at 0.10 of the baseline, against ~0 with normalized features)'),
    'saturated-activation.conv-sigmoid-epoch': ('saturated-activation', 'conv-sigmoid-epoch', 'probe', ['saturated-activation'],
        'conversion model with the started_at epoch timestamp and raw seconds as features, no normalization, into a sigmoid layer: 100% saturated, zero gradient, the loss stays at the baseline'),
    'saturated-activation.tier-tanh-followers': ('saturated-activation', 'tier-tanh-followers', 'probe', ['saturated-activation'],
        'post tier on raw features (follower counts in the hundreds of thousands) into a tanh layer: 100% saturated, the loss stays at the baseline, accuracy 0.50 (the majority class)'),
    # loss-plateau
    'loss-plateau.id-columns-only': ('loss-plateau', 'id-columns-only', 'training', ['loss-plateau'],
        'conversion model whose "features" list picks session_id, started_at, campaign_id (constant) and hour: no signal, the loss sits at 0.95 of the baseline and accuracy equals the 96% non-converters'),
    'loss-plateau.churn-weight-decay': ('loss-plateau', 'churn-weight-decay', 'training', ['loss-plateau'],
        'churn model with adam and weightDecay 0.5 (an AdamW-style value in a coupled L2 slot): the loss dips to 0.44 then returns to the baseline and stays flat'),
    'loss-plateau.topics-heavy-decay-sgd': ('loss-plateau', 'topics-heavy-decay-sgd', 'training', ['loss-plateau'],
        'content-category model with sgd weightDecay 2: weights are pulled to zero every step and the loss stays at the baseline for 100 epochs'),
    'loss-plateau.tier-huge-dropout': ('loss-plateau', 'tier-huge-dropout', 'training', ['loss-plateau'],
        'post tier with dropout 0.9 after a 16-unit layer ("keep 90%" read backwards): the loss crawls to ~0.78 of the baseline and stays there (the net without it reaches 0.10)'),
    # oscillating-loss
    'oscillating-loss.churn-momentum-0.99': ('oscillating-loss', 'churn-momentum-0.99', 'training', ['oscillating-loss', 'lr-too-high'],
        'churn model with sgd 0.1 momentum 0.99: the loss swings 0.10 -> 0.65 -> 0.09 -> 0.17 in waves and ends above its best'),
    'oscillating-loss.tier-rmsprop-fullbatch-0.3': ('oscillating-loss', 'tier-rmsprop-fullbatch-0.3', 'training', ['oscillating-loss', 'lr-too-high'],
        'post tier trained full-batch (batch 600) with rmsprop 0.3: after the first epochs the loss keeps cycling between ~0.33 and ~0.85'),
    'oscillating-loss.loglikes-rmsprop-fullbatch': ('oscillating-loss', 'loglikes-rmsprop-fullbatch', 'training', ['oscillating-loss', 'lr-too-high'],
        'log-likes regression full-batch with rmsprop 0.2: the loss reaches 0.13, then cycles between ~0.15 and 1-2 for the rest of the run'),
    'oscillating-loss.topics-rmsprop-fullbatch': ('oscillating-loss', 'topics-rmsprop-fullbatch', 'training', ['oscillating-loss', 'lr-too-high'],
        'content-category model full-batch with rmsprop 0.3: repeated climbs from ~0.1 to 0.8-1.9 and back down'),
}

DROPPED = {
    'dead-relu.raw-followers-adam': 'intended dead-relu (raw account features, adam 0.05); only 16%/38% of units died and the net reached ~0 loss',
    'init-scale.bot-normal-std4': 'intended init-scale (normal std 4); the bot data is so separable that it still reached ~0 loss; replaced by churn-normal-std5 and tier-relu-std3',
    'loss-activation-mismatch.bot-linear-bce': 'intended linear+bce; on the separable bot data the engine trained it to ~0 loss, so no visible harm; churn-linear-bce kept instead',
    'lr-too-high.bot-adam-0.5': 'intended lr-too-high; bot data learnt to ~0 loss anyway (half a layer died)',
    'lr-too-high.churn-sgd-3': 'intended lr-too-high; sgd 3 on a small tanh net trained to 0.12 of the baseline with only small jitter',
    'lr-too-high.revenue-adam-0.2': 'mixed picture: first epoch 15x baseline and a dying layer, then it learns to 0.12-0.15 of the baseline with mild bumps; neither clearly faulty nor healthy',
    'oscillating-loss.bot-sgd-batch2': 'intended oscillation (sgd 0.5, batch 2); the bot data learnt to ~0 smoothly',
    'oscillating-loss.churn-adam-batch2': 'intended oscillation (adam 0.05, batch 2); mostly small jitter around 0.1 with one spike to 0.53: borderline',
    'oscillating-loss.loglikes-sgd-batch4': 'intended oscillation; converged smoothly to 0.06 of the baseline (update ratios up to 0.33, so not filed healthy either)',
    'oscillating-loss.revenue-sgd-batch4-tanh': 'intended oscillation; converged smoothly to 0.06 of the baseline (update ratio up to 0.16, so not filed healthy either)',
    'oscillating-loss.tier-rmsprop-fullbatch': 'intended oscillation (rmsprop 0.05 full batch); slow decrease with small ripples only',
    'oscillating-loss.topics-momentum-0.95': 'intended oscillation (sgd 0.5, momentum 0.95); learnt to ~0 loss',
    'posts-tier-nesterov-tanh': 'meant healthy and learns well (0.03 of the baseline, acc 0.99), but its second tanh layer ends 65% saturated: not clearly healthy, not a fault either',
    'accounts-bot-lecun-tanh': 'meant healthy and learns to ~0 loss, but its second tanh layer ends 42% saturated (max 50%) on the very separable bot data: not clearly healthy',
    'oscillating-loss.churn-nesterov-0.98': 'intended oscillation (nesterov 0.98, lr 0.5); decreased smoothly to 0.04 of the baseline',
}


def observed():
    lines = {}
    for line in open(os.path.join(HERE, 'observed.txt')):
        line = line.strip()
        if not line:
            continue
        key = line.split(':', 1)[0].replace('.nn.json', '').split(' ')[0]
        lines[key] = line
    return lines


def describe(spec):
    data = spec['data']
    if 'builtin' in data:
        src = f"builtin {data['builtin']} ({data.get('samples', 200)} samples, noise {data.get('noise', 0.1)}" + (f", {data['classes']} classes" if 'classes' in data else '') + ')'
    else:
        tgt = data['target'] if isinstance(data['target'], str) else '+'.join(data['target'])
        src = f"{os.path.basename(data['csv'])} -> {tgt}, {data.get('normalize', 'none')}" + (f", normalizeTarget {data['normalizeTarget']}" if 'normalizeTarget' in data else '')
    layers = []
    for l in spec['layers']:
        if l['type'] == 'dropout':
            layers.append(f"dropout {l['rate']}")
        else:
            extra = ''.join([f" {l['init']}" if 'init' in l else '', ' bn' if l.get('batchNorm') else ''])
            layers.append(f"{l['units']} {l.get('activation', 'linear')}{extra}")
    o = spec['optimizer']
    opt = f"{o['type']} {o['lr']}" + (f" momentum {o['momentum']}" if 'momentum' in o else '') + (' nesterov' if o.get('nesterov') else '') \
        + (f" weightDecay {o['weightDecay']}" if 'weightDecay' in o else '') + (f" clipNorm {o['clipNorm']}" if 'clipNorm' in o else '')
    t = spec['training']
    tr = f"batch {t.get('batchSize', 32)}, {t.get('epochs', 100)} epochs" + (f", validationSplit {t['validationSplit']}" if 'validationSplit' in t else '')
    return f"{src}, [{', '.join(layers)}], {spec['loss']}, {opt}, {tr}"


def main():
    obs = observed()
    names = sorted(f[:-len('.nn.json')] for f in os.listdir(CAND) if f.endswith('.nn.json'))
    for sub in ('faulty', 'healthy', 'dropped'):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy = [], []
    for name in names:
        src = os.path.join(CAND, name + '.nn.json')
        line = obs[name]
        if name in FAULTS:
            code, slug, stage, catches, text = FAULTS[name]
            assert code in catches
            file = f'faulty/{code}.{slug}.nn.json'
            shutil.copy(src, os.path.join(HERE, file))
            faults.append({'file': file, 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': catches})
        elif name in DROPPED:
            shutil.copy(src, os.path.join(HERE, 'dropped', name + '.nn.json'))
        else:
            assert '.' not in name, f'unfiled candidate {name}'
            file = f'healthy/{name}.nn.json'
            shutil.copy(src, os.path.join(HERE, file))
            healthy.append({'file': file, 'covers': f'{describe(json.load(open(src)))} (observe: {line})'})
    assert set(FAULTS) | set(DROPPED) <= set(names)
    about = ('Sixty-seventh fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. '
             'Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), '
             '"catches" the codes whose advice would genuinely fix it, decided from the fault. Each "fault" text (and each healthy "covers") ends with the result measured on the '
             'bare engine by test/faults/observe.ts --summary (observed.txt); --curve for the lr-too-high, lr-too-low, oscillating, plateau and batch-norm ones (observed-curves.txt), '
             'test/faults/steps.ts for the NaN and exploding ones (observed-steps.txt); no diagnosis code involved. Theme: web analytics and social media, on five CSVs written by '
             'data/generate.ts (sessions.csv: 800 web sessions, pages, seconds on site, device and referrer one-hot, hour, returning, A/B variant, with session_id, started_at epoch and a '
             'constant campaign_id, a rare conversion (4%) and revenue per session (72% zeros); posts.csv: 600 social posts, characters, hashtags, follower counts up to ~2.5M, hour, '
             'image/video flags, skewed likes and shares, log_likes and a low/medium/viral tier; accounts.csv: 500 accounts, 28% bots; newsletter.csv: 500 subscribers, churn 20% from opens '
             'and clicks, constant sends_30d; topics.csv: 500 posts as bag-of-words counts, 5 categories as strings and one-hot) plus two broken exports (sessions-export.csv with NA '
             'cells, posts-sample.csv with 4 rows) and the builtins moons, blobs, circles, spirals, sine and xor. Specs by author.ts; filing and this manifest by write-manifest.py. '
             'See README.md for how it was written and what was read.')
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump({'about': about, 'faults': faults, 'healthy': healthy}, f, indent=2, ensure_ascii=False)
        f.write('\n')
    from collections import Counter
    print(len(faults), 'faulty', len(healthy), 'healthy', len(os.listdir(os.path.join(HERE, 'dropped'))), 'dropped')
    print(sorted(Counter(x['code'] for x in faults).items()))


main()
