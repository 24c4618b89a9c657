import { strict as assert } from 'assert';
import { TrainingMonitor } from '../../../src/diagnosis/detectors';
import { goodLevel, LINEAR_SHARE } from '../../../src/diagnosis/detectors/progress';
import { linearReferenceLoss, solvedLinearLoss } from '../../../src/diagnosis/detectors/linear-reference';
import { parseSpec } from '../../../src/spec/parse';
import { DEFAULT_DIAGNOSTICS } from '../../../src/spec/types';
import { checkCorpusSpec } from '../../faults/corpus';
import { checkSpec } from '../../../src/diagnosis/check';

const checkSpecText = (text: string) => checkSpec(text, { specDir: '.', workspaceRoot: '.' });
import { EpochFeeder, layers, REFERENCE, repeat, specText } from './detectors-helpers';

/** A monitor whose reference also carries a linear model's loss (as a fraction of REFERENCE). */
function monitorWithLinear(linearRatio: number | undefined, overrides: Record<string, unknown> = {}): TrainingMonitor {
  const parsed = parseSpec(specText(overrides));
  if (!parsed.spec) throw new Error('test spec invalid');
  const linear = linearRatio === undefined ? {} : { linear: linearRatio * REFERENCE };
  return new TrainingMonitor(parsed, parsed.spec, 2, { reference: { loss: REFERENCE, what: 'the loss of predicting the class prior', ...linear } });
}

describe('linear reference model', () => {
  it('fits the output layer alone: logistic regression on noisy churn labels stays near the prior, on iris far below it', () => {
    const churn = checkCorpusSpec('healthy/churn-noisy-labels-relu-dropout.nn.json', 'final');
    const iris = checkCorpusSpec('healthy/iris-relu-adam.nn.json', 'dev');
    const churnLinear = linearReferenceLoss(churn.spec!, churn.dataset!)!;
    const irisLinear = linearReferenceLoss(iris.spec!, iris.dataset!)!;
    assert.ok(churnLinear > 0.45 && churnLinear < 0.6, `churn ${churnLinear}`);
    assert.ok(irisLinear < 0.25, `iris ${irisLinear}`);
    assert.equal(linearReferenceLoss(churn.spec!, churn.dataset!), churnLinear, 'deterministic');
  });

  it('solves a regression\'s linear fit exactly (read by goodLevel), at any scale of target: a raw blood pressure and an exactly linear table', () => {
    // blind30 clinic-sbp-regression: systolic pressure near 130 from four features; 150 Adam steps at
    // 0.05 from zero could not reach it (4.8× the constant answer's loss), the solve ends below it.
    const sbp = checkCorpusSpec('healthy/clinic-sbp-regression.nn.json', 'blind30');
    const reference = 291.4;
    assert.ok(linearReferenceLoss(sbp.spec!, sbp.dataset!)! > 2 * reference, 'the steps fall short');
    const linear = solvedLinearLoss(sbp.spec!, sbp.dataset!)!;
    assert.ok(linear > 0.75 * reference && linear < 0.95 * reference, `sbp ${linear}`);
    const exact = parseSpec(JSON.stringify({
      data: { inline: { x: [[0, 1], [1, 0], [2, 3], [3, 1], [4, 4], [5, 2]], y: [[1003], [1004], [1017], [1015], [1028], [1026]] } },
      layers: [{ type: 'dense', units: 4, activation: 'relu' }, { type: 'dense', units: 1 }],
      loss: 'mse',
    }));
    const fit = solvedLinearLoss(exact.spec!, checkSpecText(exact.text).dataset!)!;
    assert.ok(fit < 1e-6, `y = 1000 + 4·x1 + 3·x2 fits exactly: ${fit}`);
  });

  it('goodLevel reads the solved linear fit where there is one: the level of what the data allows', () => {
    const ratio = DEFAULT_DIAGNOSTICS.goodLossRatio;
    // blind30 clinic-sbp-regression: the stepped fit ends far above the constant answer, the solve at about 0.85 of it.
    const stepped = { loss: 1, what: '', linear: 4.8 };
    assert.equal(goodLevel(ratio, stepped), ratio);
    assert.ok(Math.abs(goodLevel(ratio, { ...stepped, linearSolved: 0.85 }) - goodLevel(ratio, { loss: 1, what: '', linear: 0.85 })) < 1e-12);
  });

  it('goodLevel keeps goodLossRatio unless a linear model learns; then it asks for LINEAR_SHARE of its gain', () => {
    const ratio = DEFAULT_DIAGNOSTICS.goodLossRatio;
    assert.equal(goodLevel(ratio, { loss: 1, what: '' }), ratio);
    assert.ok(Math.abs(goodLevel(ratio, { loss: 1, what: '', linear: 0.99 }) - ratio) < 0.01, 'xor: linear learns almost nothing');
    assert.equal(goodLevel(ratio, { loss: 1, what: '', linear: 1.02 }), ratio, 'a linear model worse than the constant answer');
    assert.equal(goodLevel(ratio, { loss: 1, what: '', linear: 0.1 }), ratio, 'iris: the old rule is stricter');
    assert.ok(Math.abs(goodLevel(ratio, { loss: 1, what: '', linear: 0.75 }) - (1 - LINEAR_SHARE * 0.25)) < 1e-12);
  });

  it('goodLevel has no jump where the linear model crosses goodLossRatio, and slides back to it as the gain vanishes', () => {
    const ratio = DEFAULT_DIAGNOSTICS.goodLossRatio;
    const level = (linear: number) => goodLevel(ratio, { loss: 1, what: '', linear });
    assert.ok(Math.abs(level(ratio - 1e-9) - level(ratio + 1e-9)) < 1e-6, `${level(ratio - 1e-9)} vs ${level(ratio + 1e-9)}`);
    // blind4 loans with dropout: linear 0.806, the network's window best up to 0.86 is learnt.
    assert.ok(level(0.806) > 0.9, `${level(0.806)}`);
    // dev two-unit bottleneck: linear 0.943, the network stalled at 0.856 is not.
    assert.ok(level(0.943) < 0.85, `${level(0.943)}`);
    for (let linear = ratio; linear < 1; linear += 0.01) assert.ok(level(linear + 0.01) < level(linear), 'falls back to goodLossRatio as the gain vanishes');
  });

  it('a noisy-label run stalled at the level of a linear model is not a plateau; stuck well above it is', () => {
    const losses = [1, 0.9, ...repeat(0.85, 14)].map((r) => r * REFERENCE);
    const silent = new EpochFeeder(monitorWithLinear(0.75));
    silent.feed(losses);
    assert.deepEqual(silent.raisedCodes(), []);
    const before = new EpochFeeder(monitorWithLinear(undefined));
    before.feed(losses);
    assert.deepEqual(before.raisedCodes(), ['loss-plateau'], 'without the linear model the old rule fires');
    const stuck = new EpochFeeder(monitorWithLinear(0.5));
    stuck.feed(losses);
    assert.deepEqual(stuck.raisedCodes(), ['loss-plateau']);
    const message = stuck.updates.flatMap((u) => u.raised)[0].message;
    assert.match(message, /a linear model \(the output layer alone\) reaches 0\.347/);
  });
});

describe('saturated-activation in a converged run', () => {
  const saturated = () => layers({ 0: { saturatedFraction: 0.6 } });

  it('is not raised while the loss is far below the reference and a linear model, and holding', () => {
    const feeder = new EpochFeeder(monitorWithLinear(0.09));
    feeder.feed(repeat(0.04 * REFERENCE, 10));
    feeder.feed(repeat(0.04 * REFERENCE, 6), saturated());
    assert.deepEqual(feeder.raisedCodes(), []);
  });

  it('is raised when the converged loss climbs back, or the loss is not good, or the window is not full', () => {
    const climbing = new EpochFeeder(monitorWithLinear(0.09));
    climbing.feed([...repeat(0.04, 10), 0.2, 0.25, 0.3].map((r) => r * REFERENCE), saturated());
    assert.ok(climbing.raisedCodes().includes('saturated-activation'));
    const poor = new EpochFeeder(monitorWithLinear(0.09));
    poor.feed(repeat(0.5 * REFERENCE, 12), saturated());
    assert.ok(poor.raisedCodes().includes('saturated-activation'));
    const early = new EpochFeeder(monitorWithLinear(0.09));
    early.feed([0.04, 0.04].map((r) => r * REFERENCE), saturated());
    assert.deepEqual(early.raisedCodes(), ['saturated-activation']);
  });
});

describe('saturated-activation in a run far beyond a linear model', () => {
  const saturated = () => layers({ 0: { saturatedFraction: 0.8 } });

  it('is not raised while the window\'s best is under a fifth of a linear model\'s loss, through small bumps', () => {
    // Blind5's healthy spirals2-tanh-adam-0.03: linear model 0.935 of the reference, the network at 0.088-0.13 with
    // 74-94% of its second tanh layer saturated, bumps of 3-5% of the reference.
    const feeder = new EpochFeeder(monitorWithLinear(0.935));
    feeder.feed([0.9, 0.6, 0.3, 0.2, 0.15, 0.14, 0.13, 0.14, 0.13, 0.14].map((r) => r * REFERENCE));
    feeder.feed([0.135, 0.14, 0.13, 0.15, 0.17, 0.16, 0.14, 0.13, 0.18, 0.13].map((r) => r * REFERENCE), saturated());
    assert.ok(!feeder.raisedCodes().includes('saturated-activation'), feeder.raisedCodes().join());
  });

  it('is raised when the network is not that far beyond the linear model, or climbs away from its best', () => {
    const near = new EpochFeeder(monitorWithLinear(0.442));
    // The final set's saturated-activation.tanh-weights-grow-late: window best 0.30 of the reference, linear 0.442.
    near.feed(repeat(0.3 * REFERENCE, 12), saturated());
    assert.ok(near.raisedCodes().includes('saturated-activation'));
    const climbing = new EpochFeeder(monitorWithLinear(0.935));
    climbing.feed([...repeat(0.13, 10), 0.4, 0.45, 0.5].map((r) => r * REFERENCE), saturated());
    assert.ok(climbing.raisedCodes().includes('saturated-activation'));
    // Blind4's saturated-activation.tanh-on-raw-dollars: a linear model diverges to 273× the reference, which sets no bar.
    const diverged = new EpochFeeder(monitorWithLinear(273));
    diverged.feed(repeat(0.98 * REFERENCE, 12), saturated());
    assert.ok(diverged.raisedCodes().includes('saturated-activation'));
  });
});

describe('dead-relu in a network that fits well', () => {
  const reluNet = { layers: [{ type: 'dense', units: 4, activation: 'relu' }, { type: 'dense', units: 1, activation: 'sigmoid' }] };
  const halfDead = () => layers({ 0: { deadFraction: 0.5 } });

  it('is not raised while the window\'s best loss is below 10% of the reference and a linear model\'s, even through a spike', () => {
    // Blind set 5's spirals4-three-relu-adam: half a layer dead at 0.03 of its reference, an Adam spike to 0.8 and back.
    const feeder = new EpochFeeder(monitorWithLinear(0.9, reluNet));
    feeder.feed(repeat(0.03 * REFERENCE, 10));
    feeder.feed([0.03, 0.8, 0.25, 0.2, 0.1, 0.05].map((r) => r * REFERENCE), halfDead());
    assert.ok(!feeder.raisedCodes().includes('dead-relu'), feeder.raisedCodes().join());
  });

  it('is raised when the loss is not that good, or no better than a linear model', () => {
    const poor = new EpochFeeder(monitorWithLinear(0.9, reluNet));
    poor.feed(repeat(0.3 * REFERENCE, 12), halfDead());
    assert.ok(poor.raisedCodes().includes('dead-relu'));
    const linearDoesIt = new EpochFeeder(monitorWithLinear(0.02, reluNet));
    linearDoesIt.feed(repeat(0.05 * REFERENCE, 12), halfDead());
    assert.ok(linearDoesIt.raisedCodes().includes('dead-relu'));
  });
});

describe('saturated-activation while the loss falls steeply', () => {
  const saturated = () => layers({ 0: { saturatedFraction: 0.6 } });
  // 13% lower at every epoch: the blind4 tanh regression 0.50 -> 0.25 of its reference in 5 epochs.
  const falling = (from: number, n: number) => Array.from({ length: n }, (_, e) => from * 0.87 ** e * REFERENCE);

  it('is not raised while the best loss of 5 epochs is below 0.85 of the best before them', () => {
    const feeder = new EpochFeeder(monitorWithLinear(0.9));
    feeder.feed(falling(1, 6));
    feeder.feed(falling(0.5, 8), saturated());
    assert.deepEqual(feeder.raisedCodes(), []);
  });

  it('is raised when the fall slows to 5% over 5 epochs, and stays up through a later steep stretch', () => {
    const feeder = new EpochFeeder(monitorWithLinear(0.9));
    feeder.feed(falling(1, 6));
    feeder.feed(Array.from({ length: 6 }, (_, e) => 0.5 * 0.99 ** e * REFERENCE), saturated());
    assert.deepEqual(feeder.raisedCodes(), ['saturated-activation']);
    feeder.feed(falling(0.45, 6), saturated());
    assert.deepEqual(feeder.updates.flatMap((u) => u.cleared), []);
  });
});

describe('vanishing-gradient in a stalled run', () => {
  const spec = { layers: [1, 2, 3].map(() => ({ type: 'dense', units: 2, activation: 'sigmoid' })).concat([{ type: 'dense', units: 1, activation: 'sigmoid' }]) };
  // Gradient per weight 0.9e-4, 1e-3, 1e-2, 0.1 (params 6, 6, 6, 3): about 10× lost per layer, a
  // first/last ratio under vanishingRatio, and a first-layer norm (2.2e-4) above vanishingGradNorm.
  const profile = [0.9e-4, 1e-3, 1e-2, 0.1].map((rms, index) => ({ index, name: `d${index}`, gradNorm: rms * Math.sqrt(index === 3 ? 3 : 6), weightNorm: 2, updateRatio: 1e-2 }));
  const monitor = () => {
    const parsed = parseSpec(specText(spec));
    return new TrainingMonitor(parsed, parsed.spec!, 2, { reference: { loss: REFERENCE, what: 'the loss of predicting the class prior' } });
  };

  it('needs no tiny first-layer norm once the loss has stalled far from good (not converged)', () => {
    const stalled = new EpochFeeder(monitor());
    stalled.feed(repeat(REFERENCE, 14), profile);
    assert.deepEqual(stalled.raisedCodes(), ['vanishing-gradient']);
    assert.match(stalled.updates.flatMap((u) => u.raised)[0].message, /stalled far from a good value/);
  });

  it('once raised, holds through one lucky epoch of a stalled run, as loss-plateau does', () => {
    const stalled = new EpochFeeder(monitor());
    stalled.feed(repeat(REFERENCE, 14), profile);
    stalled.feed([0.95 * REFERENCE, ...repeat(REFERENCE, 6)], profile);
    assert.deepEqual(stalled.raisedCodes(), ['vanishing-gradient']);
    assert.deepEqual(stalled.updates.flatMap((u) => u.cleared), []);
  });

  it('a learning run with that first-layer norm is not flagged', () => {
    const improving = new EpochFeeder(monitor());
    improving.feed(Array.from({ length: 14 }, (_, i) => REFERENCE * (1 - 0.06 * i)), profile);
    assert.deepEqual(improving.raisedCodes(), []);
  });
});

describe('lr-too-low from a slow steady descent', () => {
  // The final set's lr-too-low.default-sgd-lr-full-batch: full-batch SGD at 0.01, update ratio ~3e-3
  // (well above lrLowUpdateRatio), the loss falling every epoch by ~0.2% of its reference.
  const creeping = (epochs: number) => Array.from({ length: epochs }, (_, i) => REFERENCE * (0.95 - 0.002 * i));
  const ordinarySteps = () => layers({ 0: { updateRatio: 3e-3 }, 1: { updateRatio: 2e-3 } });

  it('is lr-too-low when the loss creeps down at every epoch far above what a linear model reaches', () => {
    const feeder = new EpochFeeder(monitorWithLinear(0.37, { optimizer: { type: 'sgd', lr: 0.01 } }));
    feeder.feed(creeping(14), ordinarySteps());
    assert.deepEqual(feeder.raisedCodes(), ['lr-too-low']);
    const d = feeder.updates.flatMap((u) => u.raised)[0];
    assert.match(d.message, /the loss fell at every one of the last 10 epochs, but only by [\d.e-]+ per epoch: at this pace it needs about \d+ more epochs to reach the 0\.256 a linear model/);
    assert.deepEqual(d.suggestions?.map((f) => f.value), [0.1]);
  });

  it('is loss-plateau when a linear model does no better, or when the loss does not fall at every epoch', () => {
    const noSignal = new EpochFeeder(monitorWithLinear(0.94, { optimizer: { type: 'sgd', lr: 0.01 } }));
    noSignal.feed(creeping(14), ordinarySteps());
    assert.deepEqual(noSignal.raisedCodes(), ['loss-plateau']);
    const wavering = new EpochFeeder(monitorWithLinear(0.37, { optimizer: { type: 'sgd', lr: 0.01 } }));
    wavering.feed(creeping(14).map((loss, i) => (i % 4 === 3 ? loss + 0.004 * REFERENCE : loss)), ordinarySteps());
    assert.deepEqual(wavering.raisedCodes(), ['loss-plateau']);
  });
});
