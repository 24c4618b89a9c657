import { strict as assert } from 'assert';
import { roundLr } from '../../../src/diagnosis/context';
import { KILLED_SHARE, unitsKilled, type ProbeTrace } from '../../../src/diagnosis/probe-lr-rules';
import { restsOnLargeSteps, tooHighEvidence, tooHighEvidences } from '../../../src/diagnosis/probe-lr-high';
import { tooLowEvidence, UNLEARNT_TRAVEL_FACTOR } from '../../../src/diagnosis/probe-lr-low';
import { sampleDataset } from '../../../src/diagnosis/probe-sample';
import { DEFAULT_DIAGNOSTICS } from '../../../src/spec/types';
import { checkFile } from '../helpers';

const { probeLossRise, probeLossRebound, probeHighUpdateRatio, probeLowWeightTravel, probeLowLossTravel } = DEFAULT_DIAGNOSTICS;

/** A trial whose loss over the sample follows `losses` (one value every 5 steps), starting at 1. */
function trace(losses: number[], overrides: Partial<ProbeTrace> = {}): ProbeTrace {
  return {
    lr: 0.01,
    steps: 5 * losses.length,
    sampleRows: 256,
    initialLoss: 1,
    checkpoints: losses.map((loss, i) => ({ step: 5 * (i + 1), loss })),
    medianUpdateRatio: 0.01,
    runSteps: 1000,
    ...overrides,
  };
}

describe('probe rules: learning rate too high', () => {
  it('a falling loss is fine', () => {
    assert.equal(tooHighEvidence(trace([0.9, 0.7, 0.5, 0.4, 0.35, 0.3, 0.28, 0.25])), undefined);
  });

  it('a loss that rises past the factor is too high, with the numbers', () => {
    const evidence = tooHighEvidence(trace([1.2, 2, 4.1, 3], { lr: 10 }));
    assert.equal(evidence, 'the loss went 1 → 4.1 (4.1×) in 15 steps at lr 10');
    assert.equal(tooHighEvidence(trace([probeLossRise * 0.99])), undefined, 'just under the factor');
  });

  it('a first overshoot that the trial recovers from, ending below the start, is not too high', () => {
    // Set B's healthy sine-elu-sgd-momentum: 7.18 → 53.1 in 5 steps, then down to 0.13 by step 40.
    assert.equal(tooHighEvidence(trace([7.4, 5.5, 1.2, 0.6, 0.05, 0.07, 0.01, 0.02])), undefined);
    assert.match(tooHighEvidence(trace([7.4, 5.5, 1.2, 1.1]))!, /the loss went 1 → 7.4/, 'still above the start at the end');
  });

  it('a rise the trial recovers from only to the constant answer\'s loss is too high: the net learnt nothing', () => {
    // blind18 lr-too-high.adam-1-glyphs: 1.17 → 2590 in 5 steps, back to 1.12 at step 40; the class prior's loss is 1.098.
    const glyphs = (baselineLoss: number) => trace([2588, 75.3, 4.35, 1.19, 1.2, 1.12, 1.12, 1.119], { initialLoss: 1.169, lr: 1, baselineLoss });
    assert.match(tooHighEvidence(glyphs(1.098))!, /the loss went 1.17 → 2590 \(2210×\) in 5 steps at lr 1/);
    assert.equal(tooHighEvidence(glyphs(1.2)), undefined, 'below both the start and the constant answer: recovered');
  });

  it('a jump back after a climb from the start counts from the low that climb fell back to', () => {
    // blind9 lr-too-high.rmsprop-0.5-moons (start 0.798): 34.9 at step 5, 0.827, then 2.15 and 1.77 between lows near 1.
    const moons = trace([34.95, 0.827, 1.156, 2.152, 0.998, 1.775, 1.274, 0.268], { initialLoss: 0.7975, lr: 0.5 });
    assert.match(tooHighEvidence(moons)!, /fell to 0.827 by step 10, then jumped back to 2.15 by step 20, and again from 0.998 by step 25 to 1.77 by step 30/);
    // The climb alone, settling well below its start, is still a first overshoot.
    assert.equal(tooHighEvidence(trace([7.4, 5.5, 1.2, 0.6, 0.05, 0.07, 0.01, 0.02])), undefined);
  });

  it('steps that leave most of a hidden ReLU layer dead are too high, whatever the loss did', () => {
    const killed = { index: 1, label: 'layers[1]', units: 32, before: 6, after: 28 };
    const falling = [0.9, 0.7, 0.5, 0.4, 0.35, 0.3, 0.28, 0.25];
    assert.equal(
      tooHighEvidence(trace(falling, { lr: 0.1, killed })),
      'its 40 steps at lr 0.1 left 28 of 32 ReLU units in layers[1] dead on every sample (6 at the start): steps this large push units below zero, where no gradient can revive them',
    );
    assert.equal(tooHighEvidence(trace(falling, { lr: 0.1 })), undefined);
  });

  it('unitsKilled: a hidden relu layer, from under deadReluFraction to KILLED_SHARE or more dead; not the output, not a layer of a few units', () => {
    const spec = checkFile('test/faults-blind4/faulty/dead-relu.adam-0.1-first-steps-kill-units.nn.json').spec!;
    const relu = spec.layers.map((l, index) => ({ l, index })).filter(({ l }) => l.type === 'dense' && l.activation === 'relu').map(({ index }) => index);
    const output = { index: spec.layers.length - 1, units: 1, params: 1, gradNorm: 1 };
    const stats = (dead: number[]) => [...relu.map((index, i) => ({ index, units: 32, params: 1, gradNorm: 1, deadUnits: dead[i] })), output];
    const [first, second] = relu;
    const killed = unitsKilled(spec, stats([2, 6]), new Map([[first, 4], [second, Math.ceil(KILLED_SHARE * 32)]]));
    assert.deepEqual(killed, { index: second, label: `layers[${second}]`, units: 32, before: 6, after: 24 });
    assert.equal(unitsKilled(spec, stats([2, 6]), new Map([[first, 4], [second, 23]])), undefined, 'under three quarters');
    assert.equal(unitsKilled(spec, stats([2, 16]), new Map([[first, 4], [second, 32]])), undefined, 'half dead at the start: the init rule\'s');
    // Under an exploding init (anyStart) a layer half dead by chance counts once the steps kill more of it, not before.
    assert.equal(unitsKilled(spec, stats([2, 16]), new Map([[first, 4], [second, 32]]), true)?.after, 32);
    assert.equal(unitsKilled(spec, stats([2, 30]), new Map([[first, 4], [second, 30]]), true), undefined, 'none killed by the steps');
    const narrow = [...relu.map((index) => ({ index, units: 3, params: 1, gradNorm: 1, deadUnits: 0 })), output];
    assert.equal(unitsKilled(spec, narrow, new Map(relu.map((i) => [i, 3]))), undefined, 'three units');
    // The last layer the probe measured is the output: a ReLU there is loss-activation-mismatch's.
    assert.equal(unitsKilled(spec, stats([2, 6]).slice(0, 2), new Map([[first, 4], [second, 32]])), undefined);
  });

  it('a loss that stops being a number is too high', () => {
    assert.match(tooHighEvidence(trace([0.9, NaN]))!, /became NaN within 10 steps/);
    assert.match(tooHighEvidence(trace([0.9, Infinity]))!, /became Infinity/);
  });

  it('a loss that falls, then jumps back by half the start, oscillates', () => {
    assert.match(tooHighEvidence(trace([0.3, 0.1, 0.1 + probeLossRebound + 0.05, 0.2]))!, /fell to 0.1 by step 10, then jumped back to 0.65 by step 15/);
    assert.equal(tooHighEvidence(trace([0.3, 0.1, 0.1 + probeLossRebound - 0.05, 0.2])), undefined);
  });

  it('a jump back that the trial more than makes up, ending below the low it jumped from, is a bump on the way down', () => {
    // blind11's healthy sine-relu-deep-clipnorm under Adam: 0.225 by step 15, 0.363 at 20, 0.184 at 40.
    const start = 0.251, scaled = (xs: number[]) => trace(xs, { initialLoss: start });
    assert.equal(tooHighEvidence(scaled([0.3276, 0.225, 0.3629, 0.1728, 0.2168, 0.1992, 0.1844])), undefined);
    assert.match(tooHighEvidence(scaled([0.3276, 0.225, 0.3629, 0.1728, 0.2168, 0.1992, 0.23]))!, /fell to 0.225 by step 10, then jumped back to 0.363/, 'ends above that low');
  });

  it('two jumps back are a swing, however low the trial ends, and the message names both', () => {
    // The rmsprop-0.1 sine fixture (initial loss 2.16): 0.088 → 2.07, 0.12 → 1.27, ending at 0.085.
    const swing = trace([0.98, 0.165, 0.088, 0.338, 2.065, 0.1225, 1.272, 0.0854], { initialLoss: 2.161 });
    assert.match(tooHighEvidence(swing)!, /fell to 0.088 by step 15, then jumped back to 2.06 by step 25, and again from 0.122 by step 30 to 1.27 by step 35/);
  });

  it('a jump that peaks at twice its low or more swings, however low the trial ends', () => {
    // blind7 lr-too-high.adam-0.2-sensors (initial loss 1.34): 0.755 → 1.98 (2.62×), then down to 0.255.
    const spike = trace([0.9, 0.755, 1.98, 1.2, 0.6, 0.4, 0.255], { initialLoss: 1.34 });
    assert.match(tooHighEvidence(spike)!, /fell to 0.755 by step 10, then jumped back to 1.98 by step 15 \(/);
  });

  it('one climb is one jump, a small dip on the way up included, and its peak is the one named', () => {
    const climb = trace([0.3, 0.1, 0.7, 0.693, 1.3, 0.05], { initialLoss: 1 });
    const evidence = tooHighEvidence(climb)!;
    assert.match(evidence, /fell to 0.1 by step 10, then jumped back to 1.3 by step 25 \(/);
    assert.doesNotMatch(evidence, /again/);
    // A bump with a dip, peaking under twice its low, then below it: one jump, made up.
    assert.equal(tooHighEvidence(trace([0.8, 0.6, 1.15, 1.14, 1.18, 0.7, 0.5], { initialLoss: 1 })), undefined);
  });

  it('updates that rewrite more than a tenth of the weights each step are too high', () => {
    assert.match(tooHighEvidence(trace([0.5, 0.4], { medianUpdateRatio: 2 * probeHighUpdateRatio }))!, /changed the weights by 20% of their norm/);
    assert.equal(tooHighEvidence(trace([0.5, 0.4], { medianUpdateRatio: probeHighUpdateRatio / 2 })), undefined);
    const bumpy = [0.9, 0.8, 0.92, 0.7, 0.6, 0.68, 0.5, 0.45];
    assert.match(tooHighEvidence(trace(bumpy, { medianUpdateRatio: 2 * probeHighUpdateRatio }))!, /changed the weights by 20%/);
  });

  it('large updates under a loss that falls at every checkpoint are not overshooting', () => {
    // Blind set 5's inline-icecream-linear-batch-1: one linear unit, batch 1, ratio 0.14, loss 27.9 → 1.0 without a rise.
    const steady = trace([0.6, 0.36, 0.23, 0.19, 0.11, 0.093, 0.055, 0.036], { medianUpdateRatio: 1.4 * probeHighUpdateRatio });
    assert.equal(tooHighEvidence(steady), undefined);
  });

  it('large updates under a loss that falls with only small bumps (under 5% of its lowest so far) are not overshooting; larger bumps are', () => {
    // Blind set 5's healthy spirals2-tanh-adam-0.03: Adam 0.03, ratio 0.108, 0.701 → 0.655 with bumps of at most 0.0071 (1.1% of the low).
    const crawling = [0.681, 0.671, 0.667, 0.665, 0.656, 0.659, 0.664, 0.655].map((l) => l / 0.701);
    assert.equal(tooHighEvidence(trace(crawling, { medianUpdateRatio: 0.108 })), undefined);
    // Blind set 6's healthy inline-and-gate-batch1: one sigmoid unit, batch 1 on four rows, ratio 0.16, a bump of 2.7% of the low.
    const andGate = [0.6802, 0.5651, 0.5108, 0.4533, 0.4491, 0.3917, 0.4024, 0.3468].map((l) => l / 0.7318);
    assert.equal(tooHighEvidence(trace(andGate, { medianUpdateRatio: 0.16 })), undefined);
    // Heldout's lr-too-high.sgd-09-momentum-risk-groups: ratio 0.107, bumps of 46% of the low.
    const risk = [0.807, 1.18, 0.911, 1.01, 0.603, 0.454, 0.463, 0.741].map((l) => l / 1.28);
    assert.match(tooHighEvidence(trace(risk, { medianUpdateRatio: 0.107 }))!, /changed the weights by 10.7% of their norm/);
    const ending = [1.005, 1.004, 1.003, 1.002];
    assert.match(tooHighEvidence(trace(ending, { medianUpdateRatio: 0.2 }))!, /20%/, 'ends above the start');
    // The final set's oscillating-loss.full-batch-rmsprop-lr-005: from 35.5, a bump of 0.64 is 1.8% of the start but 82% of the low 0.779.
    const fromHigh = [3.72, 1.51, 1.52, 0.962, 0.779, 1.42, 0.917, 0.869].map((l) => l / 35.5);
    assert.match(tooHighEvidence(trace(fromHigh, { medianUpdateRatio: 0.124 }))!, /12.4%/);
    // Blind set 7's oscillating-loss.rmsprop-0.05-large-batch: ratio 0.114, 1.091 → 0.144 with a bump of 8.3% of the low (0.1626 → 0.1761).
    const rmsprop = [0.1869, 0.1781, 0.1696, 0.1653, 0.1626, 0.1761, 0.1388, 0.1443].map((l) => l / 1.091);
    assert.match(tooHighEvidence(trace(rmsprop, { medianUpdateRatio: 0.114 }))!, /11.4%/);
  });

  it('tooHighEvidences lists every kind that applies, strongest first; restsOnLargeSteps only when large steps are all', () => {
    const bumpy = [0.9, 0.8, 0.92, 0.7, 0.6, 0.68, 0.5, 0.45];
    const large = trace(bumpy, { medianUpdateRatio: 2 * probeHighUpdateRatio });
    assert.deepEqual(tooHighEvidences(large).map((e) => e.kind), ['large-steps']);
    assert.ok(restsOnLargeSteps(large));
    const risingAndLarge = trace([1.2, 2, 4.1, 3], { medianUpdateRatio: 2 * probeHighUpdateRatio });
    assert.deepEqual(tooHighEvidences(risingAndLarge).map((e) => e.kind), ['rise', 'large-steps']);
    assert.ok(!restsOnLargeSteps(risingAndLarge), 'the loss rose too');
    const bouncing = trace([0.3, 0.1, 0.7, 0.2], { medianUpdateRatio: 2 * probeHighUpdateRatio });
    assert.deepEqual(tooHighEvidences(bouncing).map((e) => e.kind), ['large-steps', 'rebound']);
    assert.ok(!restsOnLargeSteps(bouncing), 'the loss swung back up too');
    const killed = { index: 1, label: 'layers[1]', units: 32, before: 6, after: 28 };
    assert.ok(!restsOnLargeSteps(trace(bumpy, { medianUpdateRatio: 2 * probeHighUpdateRatio, killed })), 'the steps killed units too');
    assert.deepEqual(tooHighEvidences(trace([1, Number.NaN], { medianUpdateRatio: 1 })).map((e) => e.kind), ['broke'], 'a loss that broke is all');
    assert.ok(!restsOnLargeSteps(trace(bumpy)), 'no evidence at all');
  });

  it('on a net whose hidden layers are all sigmoid, large updates alone are not evidence; the loss rules still are', () => {
    // Blind set 15's healthy xor-sgd-sigmoid-hidden: SGD 0.5, momentum 0.9, ratio 0.133, the sample loss wandering 0.69-0.81.
    const xor = [0.691, 0.727, 0.708, 0.807, 0.751, 0.69, 0.739, 0.725].map((l) => l / 0.707);
    assert.match(tooHighEvidence(trace(xor, { medianUpdateRatio: 0.133 }))!, /13.3%/, 'any other net');
    assert.equal(tooHighEvidence(trace(xor, { medianUpdateRatio: 0.133, sigmoidHidden: true })), undefined);
    assert.match(tooHighEvidence(trace([1.2, 2, 4.1, 3], { medianUpdateRatio: 0.5, sigmoidHidden: true }))!, /the loss went 1 → 4.1/);
  });
});

describe('probe rules: thresholds from the spec', () => {
  const custom = (overrides: Partial<typeof DEFAULT_DIAGNOSTICS>) => ({ ...DEFAULT_DIAGNOSTICS, ...overrides });

  it('each lr-too-high bound follows its key', () => {
    const rising = trace([1.2, 2, 4.1, 3]);
    assert.ok(tooHighEvidence(rising, custom({ probeLossRebound: 10 })));
    assert.equal(tooHighEvidence(rising, custom({ probeLossRise: 5, probeLossRebound: 10 })), undefined);
    const bouncing = trace([0.3, 0.1, 0.5, 0.2]);
    assert.equal(tooHighEvidence(bouncing), undefined, 'a rebound of 0.4 is under the default 0.5');
    assert.match(tooHighEvidence(bouncing, custom({ probeLossRebound: 0.3 }))!, /jumped back to 0.5/);
    const busy = trace([0.5, 0.4], { medianUpdateRatio: 0.05 });
    assert.equal(tooHighEvidence(busy), undefined);
    assert.match(tooHighEvidence(busy, custom({ probeHighUpdateRatio: 0.02 }))!, /5% of their norm .* above 2% the updates overshoot/);
  });

  it('lr-too-low needs both travels under their keys', () => {
    // 5 of the run's 1000 steps: the weights would travel 0.01 × 1000 = 10× their norm, the loss fall 0.2% × 200 = 40%.
    const slow = trace([0.998], { medianUpdateRatio: 0.01 });
    assert.equal(tooLowEvidence(slow), undefined);
    assert.equal(tooLowEvidence(slow, custom({ probeLowWeightTravel: 20 })), undefined, 'the loss travels 40%, above 30%');
    assert.equal(tooLowEvidence(slow, custom({ probeLowLossTravel: 0.5 })), undefined, 'the weights travel 10×, above 0.3');
    assert.match(tooLowEvidence(slow, custom({ probeLowWeightTravel: 20, probeLowLossTravel: 0.5 }))!, /move the weights 1000% and cut the loss by 40%/);
  });
});

describe('probe rules: learning rate too low', () => {
  it('barely moving loss and weights, projected over the run, is too low', () => {
    // 40 steps, loss down 0.1%: over 1000 steps 2.5%; weights 1e-5 a step: 1% over the run.
    const evidence = tooLowEvidence(trace([1, 1, 1, 1, 1, 1, 1, 0.999], { medianUpdateRatio: 1e-5, lr: 1e-5 }));
    assert.ok(evidence);
    assert.match(evidence, /in 40 steps at lr 1.00e-5 the loss went 1 → 0.999 \(0.1%\)/);
    assert.match(evidence, /the run's 1000 steps would move the weights 1% and cut the loss by 2.5%/);
  });

  it('enough movement of either the loss or the weights is not too low', () => {
    const weightsMove = (probeLowWeightTravel * 2) / 1000;
    assert.equal(tooLowEvidence(trace([0.999], { medianUpdateRatio: weightsMove })), undefined);
    const lossMoves = 1 - (probeLowLossTravel * 2 * 5) / 1000;
    assert.equal(tooLowEvidence(trace([lossMoves], { medianUpdateRatio: 1e-6 })), undefined);
  });

  it('a fall from an untrained loss above the constant prediction\'s counts only from that baseline down', () => {
    // Blind5's lr-too-low.sgd-default-rate-full-batch: SGD 0.01, 60 full-batch steps; the trial goes 1.535 → 1.073,
    // 30% of its start but only 2.4% below the class prior's 1.099; the weights would travel 17% of their norm.
    const losses = [1.453, 1.379, 1.313, 1.254, 1.201, 1.154, 1.112, 1.073];
    const wine = { initialLoss: 1.535, medianUpdateRatio: 0.00291, runSteps: 60 };
    assert.equal(tooLowEvidence(trace(losses, wine)), undefined, 'without a baseline the 30% fall counts');
    const evidence = tooLowEvidence(trace(losses, { ...wine, baselineLoss: 1.099 }));
    assert.match(evidence!, /the loss went 1.53 → 1.07 \(2.37% below 1.1, the loss of a constant prediction\).*cut the loss by 3.55%/);
    // The same trial from a start below the baseline: the baseline changes nothing.
    assert.equal(tooLowEvidence(trace(losses, { ...wine, baselineLoss: 2 })), undefined);
  });

  it('a trial that never gets below the constant answer from a start above it is judged on the weights, with a wider bound', () => {
    // Blind42's lr-too-low.churn-adam-lr1e-4: Adam 1e-4, 0.837 → 0.816 over 40 steps against the prior's 0.530;
    // projected, the weights travel 0.316 of their norm, just over the usual 0.3.
    const losses = [0.8344, 0.8316, 0.8289, 0.8263, 0.8237, 0.8212, 0.8187, 0.8162];
    const churn = { initialLoss: 0.8371, medianUpdateRatio: 0.316 / 1000, baselineLoss: 0.5302 };
    assert.match(tooLowEvidence(trace(losses, churn))!, /still 53.9% above 0.53, the loss of a constant prediction.*move the weights 31.6%/);
    const bound = probeLowWeightTravel * UNLEARNT_TRAVEL_FACTOR;
    assert.equal(tooLowEvidence(trace(losses, { ...churn, medianUpdateRatio: (bound * 1.01) / 1000 })), undefined, 'past the wider bound');
    // One checkpoint under the constant answer is learning: the usual bound applies again.
    const dipped = [...losses.slice(0, 7), 0.52];
    assert.equal(tooLowEvidence(trace(dipped, churn)), undefined);
    // Blind42's spirals-adam-lr1e-5 starts only 3.7% above the prior (1.139 against 1.0986): its 0.35% fall counts from the prior.
    const spirals = { initialLoss: 1.139, medianUpdateRatio: 0.158 / 5700, runSteps: 5700, baselineLoss: 1.0986 };
    assert.match(tooLowEvidence(trace([1.138, 1.137, 1.136, 1.135], spirals))!, /still 3.31% above 1.1/);
  });

  it('no trial, no verdict', () => {
    assert.equal(tooLowEvidence(trace([], { medianUpdateRatio: 0 })), undefined);
  });

  it('rounds a suggested rate to two significant digits', () => {
    assert.equal(roundLr(0.0034567), 0.0035);
    assert.equal(roundLr(12.34), 12);
  });
});

describe('probe sample', () => {
  it('is seeded, sized, in data order, and keeps rows intact', () => {
    const dataset = checkFile('examples/spirals.nn.json').dataset!;
    const a = sampleDataset(dataset, 100, 7), b = sampleDataset(dataset, 100, 7), c = sampleDataset(dataset, 100, 8);
    assert.deepEqual(a, b);
    assert.notDeepEqual(a.x, c.x);
    assert.equal(a.samples, 100);
    assert.equal(a.x.length, 200);
    assert.equal(a.labels?.length, 100);
    // Every sampled row is a row of the data with its own label.
    for (let r = 0; r < 100; r++) {
      const match = [...Array(dataset.samples).keys()].find((i) => dataset.x[2 * i] === a.x[2 * r] && dataset.x[2 * i + 1] === a.x[2 * r + 1]);
      assert.ok(match !== undefined && dataset.labels![match] === a.labels![r]);
    }
  });

  it('returns small data sets whole', () => {
    const dataset = checkFile('examples/iris.nn.json').dataset!;
    assert.equal(sampleDataset(dataset, 256, 1), dataset);
  });
});
