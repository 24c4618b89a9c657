import { strict as assert } from 'assert';
import type { LayerStats } from '../../../src/engine';
import { EpochFeeder, layers, monitorFor, raised, repeat } from './detectors-helpers';

/** Four sigmoid hidden layers of 4 units on 2 inputs, then one sigmoid output: 12, 20, 20, 20 and 5 parameters. */
const DEEP = {
  layers: [
    ...Array.from({ length: 4 }, () => ({ type: 'dense', units: 4, activation: 'sigmoid' })),
    { type: 'dense', units: 1, activation: 'sigmoid' },
  ],
};
const DEEP_PARAMS = [12, 20, 20, 20, 5];

/**
 * Layer statistics whose gradient per parameter (RMS) is 0.05 at the output and `steps[k]` times the
 * next layer's at layer k, with per-layer overrides.
 */
function deepStats(steps: number[], overrides: Record<number, Partial<LayerStats>> = {}): LayerStats[] {
  const rms = [0.05];
  for (let k = steps.length - 1; k >= 0; k--) rms.unshift(rms[0] * steps[k]);
  return rms.map((r, index) => ({
    index,
    name: `dense_${index}`,
    gradNorm: r * Math.sqrt(DEEP_PARAMS[index]),
    weightNorm: 2,
    updateRatio: 1e-2,
    saturatedFraction: 0,
    ...overrides[index],
  }));
}

const GRADUAL = [0.15, 0.15, 0.15, 0.15];

describe('runtime detectors: the right cause for a small first-layer gradient', () => {
  it('vanishing-gradient when the gradient shrinks layer after layer, with the factor per layer', () => {
    const feeder = new EpochFeeder(monitorFor(DEEP));
    feeder.feed([0.69, 0.69], deepStats(GRADUAL));
    assert.deepEqual(feeder.raisedCodes(), ['vanishing-gradient']);
    const d = feeder.updates[1].raised[0];
    assert.equal(d.path, '/layers/0');
    assert.match(d.message, /per weight 5\.06e-4× that of the output layer \(threshold 0\.001×\), shrinking about 6\.67× at each of the 4 layers/);
  });

  it('no vanishing-gradient on a network that has learnt: its window best under the good level (blind25 motor-deep-elu-bn)', () => {
    const learnt = new EpochFeeder(monitorFor(DEEP));
    learnt.feed(repeat(0.2, 12), deepStats(GRADUAL));
    assert.deepEqual(learnt.raisedCodes(), [], 'at 0.29 of the reference ln 2, under the good level 0.8');
    const stuck = new EpochFeeder(monitorFor(DEEP));
    stuck.feed(repeat(0.69, 12), deepStats(GRADUAL));
    assert.ok(stuck.raisedCodes().includes('vanishing-gradient'), 'the same gradients at the reference');
  });

  it('no ratio exploding-gradient on a network that has learnt: its output gradient shrank with its error (blind28 spirals-deep-relu-adam)', () => {
    const steep = layers({ 0: { gradNorm: 1 }, 1: { gradNorm: 1e-3 } });
    const learnt = new EpochFeeder(monitorFor());
    learnt.feed(repeat(0.05, 12), steep);
    assert.deepEqual(learnt.raisedCodes(), [], 'at 0.07 of the reference ln 2, under the good level 0.8');
    const stuck = new EpochFeeder(monitorFor());
    stuck.feed(repeat(0.69, 12), steep);
    assert.match(raised(stuck, 'exploding-gradient').message, /larger here than in the output layer/);
  });

  it('saturated-activation, not vanishing-gradient, when a saturated layer is on the way; its message says it is where the gradient is lost', () => {
    const feeder = new EpochFeeder(monitorFor(DEEP));
    feeder.feed([0.69, 0.69], deepStats(GRADUAL, { 2: { saturatedFraction: 0.9 } }));
    assert.deepEqual(feeder.raisedCodes(), ['saturated-activation']);
    assert.match(feeder.updates[1].raised[0].message, /gradient per weight reaching layers\[0\] is 5\.06e-4× the output layer's .* fix layers\[2\] rather than the depth or the init/);
  });

  it('dead-relu, not vanishing-gradient, when the first layer\'s ReLU units are dead', () => {
    const spec = { layers: [{ type: 'dense', units: 4, activation: 'relu' }, { type: 'dense', units: 1, activation: 'sigmoid' }] };
    const feeder = new EpochFeeder(monitorFor(spec));
    feeder.feed([0.69, 0.69], layers({ 0: { gradNorm: 0, deadFraction: 1 } }));
    assert.deepEqual(feeder.raisedCodes(), ['dead-relu']);
  });

  it('nothing from the gradient when one layer alone loses it (a block at one layer, not a decay through depth)', () => {
    const oneLayer = new EpochFeeder(monitorFor({ layers: [{ type: 'dense', units: 4, activation: 'relu' }, { type: 'dense', units: 1, activation: 'sigmoid' }] }));
    oneLayer.feed([0.6, 0.5, 0.4], layers({ 0: { gradNorm: 1e-9, deadFraction: 0.3 } }));
    assert.deepEqual(oneLayer.raisedCodes(), []);
    const deep = new EpochFeeder(monitorFor(DEEP));
    deep.feed([0.6, 0.5, 0.4], deepStats([1, 1e-5, 1, 1]));
    assert.deepEqual(deep.raisedCodes(), []);
  });

  it('judges the gradients over the recent epochs: one batch with a tiny output gradient does not make a vanishing one clear', () => {
    const feeder = new EpochFeeder(monitorFor(DEEP));
    const tinyOutput = deepStats(GRADUAL, { 4: { gradNorm: 1e-6 } });
    feeder.feed(repeat(0.69, 8), (e) => (e % 3 === 2 ? tinyOutput : deepStats(GRADUAL)));
    assert.deepEqual(feeder.raisedCodes(), ['vanishing-gradient']);
    assert.ok(feeder.updates.every((u) => u.cleared.length === 0));
  });
});

describe('runtime detectors: strong regularization is the cause, not the learning rate', () => {
  const climbToPrior = [0.5, 0.45, 0.5, 0.55, 0.6, 0.65, 0.69, ...repeat(0.69, 12)];

  it('a loss climbing back to the prior while weight decay shrinks the weights: loss-plateau naming the decay, not lr-too-high', () => {
    const feeder = new EpochFeeder(monitorFor({ optimizer: { type: 'adam', lr: 0.01, weightDecay: 1 } }));
    feeder.feed(climbToPrior, (e) => layers({ 1: { weightNorm: 2 * 0.8 ** e } }));
    assert.deepEqual(feeder.raisedCodes(), ['loss-plateau']);
    const d = feeder.updates.flatMap((u) => u.raised)[0];
    assert.match(d.message, /"weightDecay" 1 has shrunk the weights of layers\[1\] to [\d.e-]+% of their peak norm \(below 50% counts as decayed away\)/);
    assert.deepEqual(d.suggestions?.map((f) => [f.path, f.value, f.preferred]), [['/optimizer/weightDecay', undefined, true]]);
  });

  it('the same climb with weights that do not shrink is still lr-too-high', () => {
    const feeder = new EpochFeeder(monitorFor({ optimizer: { type: 'adam', lr: 0.01, weightDecay: 1 } }));
    feeder.feed(climbToPrior, layers());
    assert.equal(feeder.raisedCodes()[0], 'lr-too-high');
  });

  const dropoutSpec = (rate: number) => ({
    layers: [
      { type: 'dense', units: 8, activation: 'relu' },
      { type: 'dropout', rate },
      { type: 'dense', units: 1, activation: 'sigmoid' },
    ],
  });
  const dropoutStats = () => [0, 2].map((index) => ({ index, name: `dense_${index}`, gradNorm: 0.1, weightNorm: 2, updateRatio: 1e-3 }));
  const noisyAtPrior = [0.7, ...Array.from({ length: 20 }, (_, e) => (e % 2 ? 0.75 + 0.01 * (e % 5) : 1.2))];

  it('a noisy loss stuck at the prior under dropout 0.9 on 8 units: loss-plateau naming the dropout, not oscillating-loss', () => {
    const feeder = new EpochFeeder(monitorFor(dropoutSpec(0.9)));
    feeder.feed(noisyAtPrior, dropoutStats());
    assert.deepEqual(feeder.raisedCodes(), ['loss-plateau']);
    const d = feeder.updates.flatMap((u) => u.raised)[0];
    assert.match(d.message, /dropout 0\.9 at layers\[1\] drops all 8 of its inputs for 43% of the samples/);
    assert.deepEqual(d.suggestions, [{ title: 'Set the dropout "rate" to 0.5', path: '/layers/1/rate', value: 0.5, preferred: true }]);
  });

  it('under dropout 0.9 beside weight decay that has not decayed the weights: the dropout fix is the one preferred', () => {
    const feeder = new EpochFeeder(monitorFor({ ...dropoutSpec(0.9), optimizer: { type: 'adam', lr: 0.01, weightDecay: 1e-3 } }));
    feeder.feed(noisyAtPrior, dropoutStats());
    assert.deepEqual(feeder.raisedCodes(), ['loss-plateau']);
    const d = feeder.updates.flatMap((u) => u.raised)[0];
    assert.deepEqual(d.suggestions?.map((f) => [f.path, f.preferred]), [['/layers/1/rate', true], ['/optimizer/weightDecay', false]]);
  });

  it('the same curve under light dropout (0.1^8 of samples cut) is steps that overshoot: one warning to lower the rate', () => {
    const feeder = new EpochFeeder(monitorFor(dropoutSpec(0.1)));
    feeder.feed(noisyAtPrior, dropoutStats());
    // oscillating-loss and lr-too-high are one episode: whichever holds when its patience is reached is shown, once.
    const codes = feeder.raisedCodes();
    assert.equal(codes.length, 1, codes.join());
    assert.ok(['oscillating-loss', 'lr-too-high'].includes(codes[0]), codes[0]);
  });

  it('lr-too-low is not raised when no weight moved at all: no learning rate changes a zero gradient', () => {
    const still = new EpochFeeder(monitorFor({ optimizer: { type: 'adam', lr: 1e-5 } }));
    still.feed(repeat(0.69, 24), layers({ 0: { updateRatio: 0 }, 1: { updateRatio: 0 } }));
    assert.deepEqual(still.raisedCodes(), ['loss-plateau']);
  });
});
