#!/usr/bin/env python3
"""Files the candidates of test/faults-blind74 by what the bare engine showed and writes manifest.json.

Run from the repository root after author.ts and observe.ts:
    python3 test/faults-blind74/write-manifest.py
Each candidate in candidates/ is copied to faulty/<code>.<slug>.nn.json, healthy/<slug>.nn.json or
dropped/<name>.nn.json according to the verdicts below (decided from observed.txt and
observed-curves.txt, never from the product); each manifest text ends with the spec's observed.txt line.
"""
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = os.path.join(HERE, 'candidates')

S, P, T = 'static', 'probe', 'training'

# name -> (stage, catches beyond the own code, fault text)
FAULTS = {
    # invalid-spec
    'invalid-spec.learning-rate-key': (S, [], 'optimizer written with the Keras/PyTorch key "learning_rate" instead of "lr" in a flood-stage classifier'),
    'invalid-spec.keras-loss-name': (S, [], 'loss written as the Keras name "categorical_crossentropy" instead of "cce" in the reservoir-zone classifier'),
    'invalid-spec.batch-size-snake': (S, [], 'training block uses snake_case "batch_size" (Python habit) for the pipe-burst model'),
    'invalid-spec.epochs-string': (S, [], 'epochs given as the string "200" (pasted from a config form) in the meter-consumption regression'),
    # data-error
    'data-error.target-column-renamed': (S, [], 'target "downstream_flow" but the gauge export names the column "downstream_m3s" (unit suffix added by the new logger software)'),
    'data-error.censored-lab-values': (S, [], 'lab export with censored results written "<0.12" NTU and "<0.2" mg/L (below detection limit) used as numeric features'),
    'data-error.logger-gaps-na': (S, [], 'river gauge export with logger outages left as "NA" and empty cells in rain, upstream flow and soil moisture'),
    'data-error.path-from-workspace': (S, [], 'CSV path written from the workspace root ("data/river.csv") instead of relative to the spec folder'),
    'data-error.feature-name-with-unit': (S, [], 'feature "pressure_kPa" capitalised as in the SCADA tag, but the pipe register column is "pressure_kpa"'),
    'data-error.zone-column-left-in': (S, [], 'no "features" list on the reservoir log, so the string "zone" column (and the epoch timestamp) are read as features of the level regression'),
    # shape-mismatch
    'shape-mismatch.three-stages-four-classes': (S, [], 'flood-stage head has 3 softmax units (normal/minor/major) but the gauge labels have 4 stages (action too)'),
    'shape-mismatch.five-stage-scheme': (S, [], 'flood-stage head sized for the agency\'s 5-level scheme (5 softmax units) but the data has 4 stages'),
    'shape-mismatch.two-targets-one-output': (S, [], 'two regression targets (litres_day and night_min_lph) but a single output unit'),
    'shape-mismatch.level-head-copied-from-zone': (S, [], 'reservoir level regression with a 3-unit linear head copied from the zone classifier (1 target column)'),
    # loss-activation-mismatch
    'loss-activation-mismatch.linear-output-bce-leak': (S, [], 'leak detector with bce on a linear output unit (sigmoid forgotten)'),
    'loss-activation-mismatch.sigmoid-raw-flow': (S, [], 'downstream flow in raw m3/s (16..1400) regressed through a sigmoid output with mse: the output can never exceed 1'),
    'loss-activation-mismatch.sigmoid-heads-cce-zone': (S, [], 'reservoir-zone classifier with cce on three independent sigmoid outputs instead of softmax: loss falls while accuracy stays at chance'),
    'loss-activation-mismatch.softmax-bce-burst': (S, [], 'pipe-burst classifier with a 1-unit softmax output under bce: the output is always 1'),
    # init-symmetry
    'init-symmetry.zeros-hidden-pipes': (S, [], 'both hidden ReLU layers of the pipe-burst model initialised with zeros'),
    'init-symmetry.constant-tanh-meters': (S, [], 'hidden tanh layer of the consumption model initialised with constant 0.1 (all units start identical)'),
    'init-symmetry.zeros-two-tanh-zone': (S, [], 'both hidden tanh layers of the reservoir-zone classifier initialised with zeros'),
    # init-scale
    'init-scale.normal-std-3-wide': (S, [], 'two 64-unit ReLU layers initialised normal std 3 (He std is about 0.18-0.7 here) on the river-flow regression'),
    'init-scale.tiny-normal-deep-tanh': (S, ['vanishing-gradient'], 'three 32-unit tanh layers initialised normal std 0.001 on the breach classifier: the signal dies before the output'),
    'init-scale.uniform-limit-3-tanh': (S, ['saturated-activation'], 'two 32-unit tanh layers initialised uniform limit 3 (Glorot limit about 0.3-0.4) on the pipe-burst model'),
    # no-nonlinearity
    'no-nonlinearity.activation-omitted-stage': (S, [], 'activation omitted on both hidden layers of the flood-stage classifier (defaults to linear)'),
    'no-nonlinearity.linear-hidden-burst': (S, [], 'hidden layers of the pipe-burst model explicitly "linear" (age x pressure x material interaction cannot be learnt)'),
    'no-nonlinearity.linear-reservoir-level': (S, [], 'reservoir level (a saturating function of net inflow) regressed with a linear hidden layer'),
    # lr-out-of-range
    'lr-out-of-range.adam-lr-5': (S, [], 'adam lr 5 (meant 5e-3) on the breach classifier'),
    'lr-out-of-range.sgd-lr-1e-9': (S, ['lr-too-low'], 'sgd lr 1e-9 (exponent typo for 1e-3) on the leak detector'),
    'lr-out-of-range.rmsprop-lr-3': (S, [], 'rmsprop lr 3 (meant 3e-3) on the reservoir-zone classifier'),
    # dead-relu
    'dead-relu.prior-bias-on-hidden': (P, [], 'bias -3.4 (the log-odds of the 3.7% breach prior, meant for the output) pasted onto every layer: the hidden ReLUs never fire'),
    'dead-relu.adam-lr-0.1-meters': (P, ['lr-too-high'], 'adam lr 0.1 on a two-layer ReLU consumption model: most units die in the first epochs'),
    'dead-relu.raw-kpa-deep-relu': (P, [], 'raw pipe features (pressure in kPa, length in m, age in years) into three ReLU layers with sgd momentum: the first steps kill the ReLUs and the loss sits at the prior'),
    'dead-relu.raw-litres-target-sgd': (P, ['lr-too-high'], 'raw meter features (lot in m2) and raw litres/day target with sgd 0.05: the first huge step kills every ReLU'),
    'dead-relu.raw-pressure-sgd': (P, ['lr-too-high'], 'raw pipe features (pressure in kPa) with sgd 0.1: the first step kills every ReLU and the loss sits at the prior'),
    # exploding-gradient
    'exploding-gradient.raw-litres-target': (P, ['lr-too-high'], 'consumption regression on the raw litres/day target (no normalizeTarget) with sgd: gradients reach 1e8 and the loss 1e14'),
    'exploding-gradient.raw-level-target-deep': (P, ['dead-relu'], 'reservoir level in metres above datum (about 125) as a raw target through three ReLU layers with sgd momentum: gradient norms above 1500, then the layers die'),
    # vanishing-gradient
    'vanishing-gradient.deep-sigmoid-stack': (P, [], 'six 16-unit sigmoid hidden layers with plain sgd on the breach classifier: first-layer gradients 1e-5..1e-4'),
    'vanishing-gradient.deep-sigmoid-zone': (P, [], 'five 12-unit sigmoid hidden layers with sgd momentum on the reservoir-zone classifier'),
    'vanishing-gradient.default-normal-deep-tanh': (P, ['init-scale'], 'five 16-unit tanh layers with "init": "normal" (std 0.05 by default) on the pipe-burst model: gradients vanish towards the input'),
    # nan-loss
    'nan-loss.raw-flows-sgd-kick': (P, [], 'river features left unnormalized (upstream flow up to 1200 m3/s, day of year up to 365) with sgd momentum: NaN in the first epoch'),
    'nan-loss.timestamp-feature-sgd': (P, [], 'the epoch timestamp (1.6e9 s) kept as a raw feature of the reservoir level regression: NaN in the first epoch'),
    'nan-loss.sgd-lr-0.5-momentum-level': (P, ['lr-too-high'], 'sgd lr 0.5 with momentum 0.9 on the reservoir level regression: the loss reaches 1e34 then NaN'),
    'nan-loss.momentum-0.99-level': (T, ['lr-too-high'], 'sgd lr 0.05 with momentum 0.99 on the reservoir level regression: growing swings, NaN at epoch 11'),
    # lr-too-high
    'lr-too-high.adam-0.5-breach': (P, [], 'adam lr 0.5 on the breach classifier: the loss jumps back above the prior and the second layer dies'),
    'lr-too-high.adam-0.3-litres': (P, ['oscillating-loss'], 'adam lr 0.3 on the consumption regression: the loss keeps jumping back up from its best'),
    'lr-too-high.rmsprop-0.2-stage': (P, ['oscillating-loss'], 'rmsprop lr 0.2 on the flood-stage classifier: the loss swings between 0.10 and 0.42 and never approaches what the healthy specs reach'),
    'lr-too-high.sgd-0.4-flow': (P, ['oscillating-loss'], 'sgd lr 0.4 on the river-flow regression: spikes back to 0.4-0.67 of the baseline'),
    # lr-too-low
    'lr-too-low.sgd-1e-5-burst': (P, [], 'sgd lr 1e-5 for 100 epochs on the pipe-burst model: the loss falls 2% in the whole run'),
    'lr-too-low.adam-1e-5-flow': (P, [], 'adam lr 1e-5 for 60 epochs on the river-flow regression: the loss stays at 4.4x the baseline'),
    'lr-too-low.rmsprop-1e-5-zone': (P, [], 'rmsprop lr 1e-5 for 80 epochs on the reservoir-zone classifier: loss barely moves'),
    # saturated-activation
    'saturated-activation.sigmoid-raw-flows': (P, [], 'unnormalized gauge features (flows in hundreds of m3/s) into a sigmoid hidden layer: most units pinned at 0 or 1'),
    'saturated-activation.tanh-raw-kpa': (P, [], 'unnormalized pipe features (pressure 200-900 kPa) into a tanh hidden layer: every unit pinned at +-1'),
    'saturated-activation.sigmoid-raw-plant-flow': (P, [], 'unnormalized plant sensors (flow in thousands of L/s) into a sigmoid hidden layer: all units pinned, loss stuck at the prior'),
    # loss-plateau
    'loss-plateau.id-and-timestamp-features': (T, [], 'flood-stage classifier fed only gauge_id and obs_epoch (the feature list picked the wrong columns): the loss flattens near the prior'),
    'loss-plateau.gauge-id-only-flow': (T, [], 'downstream flow regressed on gauge_id and obs_epoch only: flat at 0.97 of the baseline'),
    'loss-plateau.raw-epoch-tanh': (T, ['saturated-activation'], 'raw epoch timestamp among the reservoir features into tanh: the hidden layer is pinned and the loss sits at the prior'),
    'loss-plateau.weight-decay-0.5': (T, [], 'weightDecay 0.5 (typed where a dropout rate was meant) on the leak detector: the loss returns to the prior and stays there'),
    # oscillating-loss
    'oscillating-loss.rmsprop-0.1-full-batch-flow': (T, ['lr-too-high'], 'rmsprop lr 0.1 with the whole year as one batch on the river-flow regression: the loss swings between 0.05 and 1.0 of the baseline'),
    'oscillating-loss.rmsprop-0.1-full-batch-litres': (T, ['lr-too-high'], 'rmsprop lr 0.1 full-batch on the consumption regression: the loss climbs and falls in cycles of about 10 epochs'),
    'oscillating-loss.rmsprop-0.1-full-batch-level': (T, ['lr-too-high'], 'rmsprop lr 0.1 full-batch on the reservoir level regression: repeated climbs from 0.02 to 0.2-1.2 of the baseline'),
}

DROPPED = {
    'data-error.four-row-extract': 'a 4-row reservoir extract: the engine trains on it without complaint (loss 1e-5, memorised), so it is not a clear static data error by what the engine does',
    'shape-mismatch.two-unit-sigmoid-breach': 'bce with 2 sigmoid outputs on a 0/1 target: the engine accepted and trained it (loss 0.09 of base), so it is not clearly statically wrong',
    'dead-relu.negative-bias-pipes': 'hidden bias -3: only 42% of the units stayed dead and the loss reached 0.49 of the baseline; neither clearly dead nor healthy',
    'exploding-gradient.raw-flows-raw-target-adam': 'raw features and raw target with adam: gradient norms of 1e3-1e5 but adam still learnt (loss 0.01 of the baseline); not clearly a failure',
    'lr-too-high.rmsprop-0.1-burst': 'rmsprop lr 0.1 on pipe bursts: spiky but reached 0.003 of the baseline; not clearly faulty',
    'lr-too-high.sgd-3-leak': 'sgd lr 3 on the leak detector: trained smoothly to 5e-5 (night flow separates leaks perfectly); not faulty, and too odd for a healthy spec',
    'loss-plateau.dropout-0.9-narrow': 'dropout 0.9 after 8 units: the loss kept falling slowly from 24 to 0.88 of the baseline with big swings; neither a clean plateau nor healthy',
    'healthy.river-stage-rmsprop-bn': 'stalled at 0.2-0.29 of the baseline with swings and accuracy 0.865: not clearly healthy',
    'oscillating-loss.adam-0.05-stage': 'adam 0.05: spiky but trending down to 0.016-0.10 of the baseline; not a clear oscillation',
    'oscillating-loss.sgd-batch-8-breach': 'sgd 0.8 batch 8: noisy but reached 0.003-0.02 of the baseline; not a clear oscillation',
    'oscillating-loss.rmsprop-batch-4-litres': 'rmsprop 0.03 batch 4: settled at about 0.04 of the baseline with small noise (and 63% dead units); not oscillating',
    'oscillating-loss.momentum-0.95-zone': 'sgd 0.1 momentum 0.95: a few spikes but trending down to 0.04-0.08 of the baseline; not a clear oscillation',
    'oscillating-loss.rmsprop-0.05-flow': 'rmsprop 0.05 batch 16: settled at about 0.02 of the baseline (81% of the first layer dead); not oscillating',
    'oscillating-loss.full-batch-momentum-level': 'full-batch sgd 0.3 momentum 0.95: zig-zags for about 25 epochs, then settles to 0.004 of the baseline',
    'oscillating-loss.full-batch-momentum-litres': 'full-batch sgd 0.2 momentum 0.97: swings early, then settles to 0.03 of the baseline',
    'oscillating-loss.full-batch-stage-sgd': 'full-batch sgd 1.0 momentum 0.95: converged smoothly (0.01 of the baseline)',
    'oscillating-loss.full-batch-breach-sgd': 'full-batch sgd 2 momentum 0.9: converged smoothly (0.01 of the baseline)',
    'oscillating-loss.full-batch-adam-burst': 'full-batch adam 0.2: converged smoothly (0.001 of the baseline)',
}

HEALTHY = {
    'river-flow-adam-relu': 'river.csv standard/standard, [16 relu, 8 relu, 1 linear], mse, adam 0.005, batch 32, 150 epochs',
    'river-stage-adam': 'river.csv flood_stage (4 string classes, major 6%), standard, [24 relu, 12 relu, 4 softmax], cce, adam 0.003',
    'river-stage-tanh-rmsprop': 'river.csv flood_stage, minmax, [16 tanh, 4 softmax], cce, rmsprop 0.003, 250 epochs',
    'river-flow-elu-momentum': 'river.csv minmax/minmax, [32 elu, 1], mse, sgd 0.05 momentum 0.9',
    'river-flow-batchnorm-val': 'river.csv standard/standard, [16 relu bn, 16 relu bn, 1], mse, adam 0.003, validationSplit 0.2',
    'river-flow-sgd-clip-decay': 'river.csv standard/standard, [24 relu, 1], mse, sgd 0.01 momentum 0.9, weightDecay 1e-4, clipNorm 5, batch 16',
    'river-stage-dropout-val': 'river.csv flood_stage, [32 relu, dropout 0.2, 16 relu, 4 softmax], cce, adam 0.003, validationSplit 0.2',
    'plant-breach-adam': 'plant.csv breach (3.7% positive), standard, [16 relu, 8 relu, 1 sigmoid], bce, adam 0.003',
    'plant-breach-tanh-rmsprop': 'plant.csv breach, standard, [12 tanh, 1 sigmoid], bce, rmsprop 0.005, batch 64',
    'plant-breach-leaky-dropout': 'plant.csv breach, minmax, [16 leaky_relu, dropout 0.1, 1 sigmoid], bce, adam 0.01 weightDecay 1e-4',
    'meters-litres-adam': 'meters.csv litres_day standard/standard, [16 relu, 8 relu, 1], mse, adam 0.005',
    'meters-litres-tanh-momentum': 'meters.csv litres_day minmax/standard, [24 tanh, 1], mse, sgd 0.02 momentum 0.9, batch 16',
    'meters-leak-sgd': 'meters.csv leak (10%), standard, [8 relu, 1 sigmoid], bce, plain sgd 0.1, batch 16',
    'meters-leak-elu-rmsprop-clip': 'meters.csv leak, standard, [16 elu, 8 elu, 1 sigmoid], bce, rmsprop 0.002 clipNorm 1',
    'meters-litres-lecun-elu': 'meters.csv litres_day, [32 elu lecun_normal, 16 elu lecun_normal, 1], mse, adam 0.002',
    'pipes-burst-adam': 'pipes.csv burst (24%), material one-hot, standard, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.003',
    'pipes-burst-tanh-dropout-val': 'pipes.csv burst, minmax, [32 tanh, dropout 0.2, 1 sigmoid], bce, adam 0.005, validationSplit 0.2',
    'pipes-burst-bn-nesterov': 'pipes.csv burst, standard, [24 relu bn, 1 sigmoid], bce, sgd 0.02 momentum 0.9 nesterov',
    'pipes-burst-softmax-two': 'pipes.csv burst as 2 classes, [16 relu, 2 softmax], cce, adam 0.003',
    'pipes-burst-he-uniform-rmsprop': 'pipes.csv burst, [24 relu he_uniform, 12 relu he_uniform, 1 sigmoid], bce, rmsprop 0.001, batch 16',
    'reservoir-level-tanh-adam': 'reservoir.csv level_m (118-133 m) standard/standard, [16 tanh, 8 tanh, 1], mse, adam 0.005',
    'reservoir-level-relu-rmsprop': 'reservoir.csv level_m minmax/minmax, [32 relu, 1], mse, rmsprop 0.002',
    'reservoir-zone-adam': 'reservoir.csv zone (3 string classes), standard, [16 relu, 3 softmax], cce, adam 0.005',
    'reservoir-zone-elu-momentum-decay': 'reservoir.csv zone, [12 elu, 12 elu, 3 softmax], cce, sgd 0.02 momentum 0.9 weightDecay 1e-4',
    'reservoir-level-xavier-sgd': 'reservoir.csv level_m standard/standard, [16 tanh xavier_normal, 1], mse, plain sgd 0.05, batch 16',
    'sine-seasonal-tanh': 'builtin sine (300, noise 0.05) as a seasonal flow curve, [32 tanh, 1], mse, adam 0.01, 300 epochs',
    'sine-seasonal-relu-rmsprop': 'builtin sine (300, noise 0.05), [24 relu, 24 relu, 1], mse, rmsprop 0.001, 300 epochs',
    'blobs-water-sources': 'builtin blobs 4 classes (water sources from two isotope ratios), [8 relu, 4 softmax], cce, adam 0.01',
    'moons-catchment-boundary': 'builtin moons, [16 relu, 16 relu, 1 sigmoid], bce, adam 0.01',
    'circles-well-capture-zone': 'builtin circles (well capture zone), [16 tanh, 1 sigmoid], bce, adam 0.02',
    'spirals-flow-regimes': 'builtin spirals 3 classes, [32 relu, 32 relu, 3 softmax], cce, adam 0.01, 400 epochs',
    'rating-curve-inline': 'inline stage-discharge rating curve (60 gaugings, Q = 18 (h-0.3)^1.6), standard/standard, [16 tanh, 1], mse, adam 0.01, batch 16',
    'iris-stand-in-sgd': 'builtin iris standard, [8 relu, 3 softmax], cce, sgd 0.05 momentum 0.9, batch 16',
}


def observed_lines():
    lines = {}
    for path in ['observed.txt']:
        with open(os.path.join(HERE, path)) as f:
            for raw in f:
                line = raw.strip()
                m = re.match(r'^([^\s:]+?)(?:\.nn\.json)?[:\s]', line)
                if m:
                    lines[m.group(1)] = line
    return lines


def main():
    obs = observed_lines()
    names = sorted(n[:-len('.nn.json')] for n in os.listdir(CAND) if n.endswith('.nn.json'))
    known = set(FAULTS) | set(DROPPED) | {'healthy.' + h for h in HEALTHY}
    missing = [n for n in names if n not in known]
    extra = [n for n in known if n not in names]
    assert not missing and not extra, (missing, extra)
    for sub in ['faulty', 'healthy', 'dropped']:
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, sub))
    faults, healthy = [], []
    for name in names:
        src = os.path.join(CAND, name + '.nn.json')
        if name in DROPPED:
            shutil.copy(src, os.path.join(HERE, 'dropped', name + '.nn.json'))
            continue
        line = obs[name]
        if name in FAULTS:
            stage, more, text = FAULTS[name]
            code = name.split('.')[0]
            file = f'faulty/{name}.nn.json'
            shutil.copy(src, os.path.join(HERE, file))
            faults.append({'file': file, 'code': code, 'fault': f'{text} (observe: {line})', 'stage': stage, 'catches': [code] + more})
        else:
            slug = name[len('healthy.'):]
            file = f'healthy/{slug}.nn.json'
            shutil.copy(src, os.path.join(HERE, file))
            healthy.append({'file': file, 'covers': f'{HEALTHY[slug]} (observe: {line})'})
    about = (
        'Seventy-fourth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; '
        'no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it '
        'could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it. Each "fault" text (and each '
        'healthy "covers") ends with the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt); --curve for the '
        'lr-too-high, lr-too-low, oscillating, plateau and borderline healthy ones (observed-curves.txt); no diagnosis code involved. '
        'Theme: hydrology, water and wastewater: river gauges (rain in mm, upstream flow in m3/s spanning decades, soil moisture share, day of '
        'year, gauge IDs and epoch timestamps) regressing downstream flow or classifying a 4-level flood stage (major floods 6%); a treatment '
        'plant (turbidity NTU, chlorine mg/L, pH, flow in thousands of L/s, a constant plant_id) flagging a 3.7% compliance breach; household '
        'meters (occupants, garden flag, lot m2, night minimum flow) regressing litres/day or detecting a 10% leak; pipe bursts from age, '
        'material one-hot, pressure in kPa and length; reservoir level (118-133 m above datum) and zone; plus builtin sine, blobs, moons, '
        'circles, spirals, iris and an inline rating curve. Data written by data/generate.ts; specs by author.ts; this manifest by write-manifest.py. '
        'See README.md for how it was written and what was read.'
    )
    with open(os.path.join(HERE, 'manifest.json'), 'w') as f:
        json.dump({'about': about, 'faults': faults, 'healthy': healthy}, f, indent=2)
        f.write('\n')
    counts = {}
    for e in faults:
        counts[e['code']] = counts.get(e['code'], 0) + 1
    print(f'{len(faults)} faulty, {len(healthy)} healthy, {len(DROPPED)} dropped')
    for code in sorted(counts):
        print(f'  {code}: {counts[code]}')


if __name__ == '__main__':
    main()
