/**
 * The runtime detectors on synthetic epochs: a healthy run, saturated-activation, the suggestions on
 * the earlier runtime codes, nan-loss, and where diagnostics are placed. loss-plateau and
 * oscillating-loss are in detectors-plateau-oscillation.test.ts; lr-too-high and lr-too-low in
 * detectors-learning-rate.test.ts.
 */
import { strict as assert } from 'assert';
import { parseSpec } from '../../../src/spec/parse';
import { clearedAt, EpochFeeder, layers, monitorFor, raised, raisedAt, repeat, specText } from './detectors-helpers';

describe('runtime detectors (synthetic epochs)', () => {
  it('a healthy run (falling loss with noise, moderate updates) raises nothing in 100 epochs', () => {
    const feeder = new EpochFeeder(monitorFor());
    const losses = Array.from({ length: 100 }, (_, e) => 0.69 * Math.exp(-e / 10) + 0.005 * Math.sin(2.3 * e) + 0.01);
    feeder.feed(losses, (e) => layers({ 0: { saturatedFraction: 0.2, updateRatio: 1e-2 / (1 + e / 20) } }));
    assert.deepEqual(feeder.raisedCodes(), []);
  });

  describe('saturated-activation', () => {
    it('is raised on a hidden layer after patience epochs and cleared once the outputs have left the limits for patience epochs', () => {
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed([0.6, 0.5], layers({ 0: { saturatedFraction: 0.9 } }));
      feeder.feed([0.45, 0.44], layers({ 0: { saturatedFraction: 0.1 } }));
      const d = raised(feeder, 'saturated-activation');
      assert.equal(raisedAt(feeder, 'saturated-activation'), 1);
      assert.equal(d.path, '/layers/0/activation');
      assert.match(d.message, /90% of the tanh outputs of layers\[0\] are beyond ±0\.99 \(threshold 40%\)/);
      assert.equal(clearedAt(feeder, 'saturated-activation'), 3);
    });

    it('once raised, clears only when the fraction is clearly below the threshold (under half of it)', () => {
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed(repeat(0.5, 3), layers({ 0: { saturatedFraction: 0.6 } }));
      assert.equal(raisedAt(feeder, 'saturated-activation'), 1);
      // Wavering just under the 40% threshold is the same saturated layer.
      feeder.feed(repeat(0.5, 4), layers({ 0: { saturatedFraction: 0.35 } }));
      assert.equal(clearedAt(feeder, 'saturated-activation'), -1);
      feeder.feed(repeat(0.5, 2), layers({ 0: { saturatedFraction: 0.1 } }));
      assert.equal(clearedAt(feeder, 'saturated-activation'), 8);
    });

    it('held under its threshold, says so rather than showing a figure below "(threshold 40%)"', () => {
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed(repeat(0.5, 3), layers({ 0: { saturatedFraction: 0.6 } }));
      assert.match(feeder.monitor.active[0].message, /60% .* \(threshold 40%\)/);
      feeder.feed(repeat(0.5, 2), layers({ 0: { saturatedFraction: 0.357 } }));
      const held = feeder.monitor.active.find((d) => d.code === 'saturated-activation');
      assert.ok(held, 'still raised');
      assert.match(held.message, /35\.7% .* \(under the 40% threshold now; raised above it, the warning holds until under 20%\)/);
      assert.doesNotMatch(held.message, /\(threshold 40%\)/);
    });

    it('is not raised after one epoch, nor ever on the output layer of a classifier', () => {
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed([0.6], layers({ 0: { saturatedFraction: 0.9 } }));
      feeder.feed(repeat(0.05, 5), layers({ 1: { saturatedFraction: 1 } }));
      assert.deepEqual(feeder.raisedCodes(), []);
    });

    it('suggests a zero bias first when the bias is shifted, then normalizing raw inputs, then leaky_relu, then a tenth of a rate above typical', () => {
      const spec = { layers: [{ type: 'dense', units: 4, activation: 'sigmoid', bias: 5 }, { type: 'dense', units: 1, activation: 'sigmoid' }] };
      const feeder = new EpochFeeder(monitorFor(spec));
      feeder.feed([0.6, 0.6], layers({ 0: { saturatedFraction: 1 } }));
      const fixes = raised(feeder, 'saturated-activation').suggestions ?? [];
      assert.deepEqual(fixes.map((f) => [f.path, f.value, f.preferred ?? false]), [
        ['/layers/0/bias', 0, true],
        ['/data/normalize', 'standard', false],
        ['/layers/0/activation', 'leaky_relu', false],
        ['/optimizer/lr', 0.001, false],
      ]);
    });

    it('on a layer that saturates only after the first epoch, waits until the loss turns away from its best', () => {
      // Learns slowly (under the steep-fall rate) while the layer sharpens: no warning.
      const feeder = new EpochFeeder(monitorFor());
      const slow = Array.from({ length: 30 }, (_, e) => 0.6 * 0.99 ** e);
      feeder.feed(slow, (e) => layers({ 0: { saturatedFraction: e < 3 ? 0.05 : 0.9 } }));
      assert.deepEqual(feeder.raisedCodes(), []);
      // The loss climbs back a fifth of the reference above its best and stays there longer than one
      // overshoot lasts (lossWindow epochs): now the saturation is raised.
      feeder.feed(repeat(0.6, 14), layers({ 0: { saturatedFraction: 0.9 } }));
      assert.ok(feeder.raisedCodes().includes('saturated-activation'), `raised: ${feeder.raisedCodes().join(', ')}`);
      assert.ok(raisedAt(feeder, 'saturated-activation') >= 30);
      // The same curve with the layer saturated from the first epoch is raised while it learns slowly.
      const fromStart = new EpochFeeder(monitorFor());
      fromStart.feed(slow, layers({ 0: { saturatedFraction: 0.9 } }));
      assert.ok(raisedAt(fromStart, 'saturated-activation') < 30);
    });

    it('honours "saturatedFraction" from the spec', () => {
      const feeder = new EpochFeeder(monitorFor({ diagnostics: { saturatedFraction: 0.95 } }));
      feeder.feed([0.6, 0.6, 0.6], layers({ 0: { saturatedFraction: 0.9 } }));
      assert.deepEqual(feeder.raisedCodes(), []);
    });
  });

  describe('suggestions on the earlier runtime codes', () => {
    it('dead-relu: set the activation to leaky_relu (the only fix for generated data at a typical rate)', () => {
      const spec = { data: { builtin: 'xor' }, layers: [{ type: 'dense', units: 4, activation: 'relu' }, { type: 'dense', units: 1, activation: 'sigmoid' }], optimizer: { type: 'adam', lr: 0.001 } };
      const feeder = new EpochFeeder(monitorFor(spec));
      feeder.feed([0.6, 0.6], layers({ 0: { deadFraction: 0.75 } }));
      assert.deepEqual(raised(feeder, 'dead-relu').suggestions, [{ title: 'Set "activation" to "leaky_relu"', path: '/layers/0/activation', value: 'leaky_relu', preferred: true }]);
    });

    it('dead-relu: the fixes its message names, likeliest cause first: a positive bias, normalized raw inputs, leaky_relu, a tenth of a rate above typical', () => {
      const spec = { layers: [{ type: 'dense', units: 4, activation: 'relu', bias: -1 }, { type: 'dense', units: 1, activation: 'sigmoid' }], optimizer: { type: 'adam', lr: 0.01 } };
      const feeder = new EpochFeeder(monitorFor(spec));
      feeder.feed([0.6, 0.6], layers({ 0: { deadFraction: 0.75 } }));
      const fixes = raised(feeder, 'dead-relu').suggestions ?? [];
      assert.deepEqual(fixes.map((f) => [f.path, f.value, f.preferred ?? false]), [
        ['/layers/0/bias', 0.01, true],
        ['/data/normalize', 'standard', false],
        ['/layers/0/activation', 'leaky_relu', false],
        ['/optimizer/lr', 0.001, false],
      ]);
      assert.match(raised(feeder, 'dead-relu').message, /normalized inputs \("normalize": "standard"\)/);
    });

    it('exploding-gradient: clip at 1, or a tenth of the lr once a clip of 1 or less is already set', () => {
      const plain = new EpochFeeder(monitorFor());
      plain.feed([0.6, 0.6], layers({ 1: { gradNorm: 5e3 } }));
      assert.deepEqual(raised(plain, 'exploding-gradient').suggestions, [{ title: 'Set "clipNorm" to 1 in the optimizer', path: '/optimizer/clipNorm', value: 1, preferred: true }]);
      const clipped = new EpochFeeder(monitorFor({ optimizer: { type: 'adam', lr: 0.01, clipNorm: 0.5 } }));
      clipped.feed([0.6, 0.6], layers({ 1: { gradNorm: 5e3 } }));
      assert.deepEqual(raised(clipped, 'exploding-gradient').suggestions?.map((f) => [f.path, f.value]), [['/optimizer/lr', 0.001]]);
    });
  });

  describe('nan-loss', () => {
    it('stops at once, names the last good epoch and the layer whose gradient exploded first, and keeps earlier warnings', () => {
      const monitor = monitorFor();
      const feeder = new EpochFeeder(monitor);
      feeder.feed([0.5], layers({ 1: { gradNorm: 2e3 } }));
      feeder.feed([0.4], layers({ 0: { gradNorm: 3e3 }, 1: { gradNorm: 4e3 } }));
      const [update] = feeder.feed([NaN], layers({ 0: { gradNorm: NaN }, 1: { gradNorm: NaN } }));
      assert.equal(update.stop, true);
      assert.deepEqual(update.raised.map((d) => d.code), ['nan-loss']);
      assert.deepEqual(update.cleared, [], 'the exploding-gradient warning stays as evidence');
      const d = update.raised[0];
      assert.equal(d.path, '/optimizer/lr');
      assert.equal(d.severity, 'error');
      assert.match(d.message, /became NaN in epoch 2.*The last good epoch was 1 \(loss 0\.4\).*started at layers\[1\]: its gradient norm reached 2000 in epoch 0/);
      assert.deepEqual(d.suggestions?.map((f) => [f.path, f.value, f.preferred]), [['/optimizer/lr', 0.001, true], ['/optimizer/clipNorm', 1, false]]);
      assert.equal(monitor.lastGoodEpoch?.epoch, 1);
      assert.deepEqual(monitor.active.map((a) => a.code).sort(), ['exploding-gradient', 'nan-loss']);
    });

    it('stops when a layer\'s weights stop being numbers behind a finite loss (a ReLU maps NaN to 0)', () => {
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed([0.5]);
      const [update] = feeder.feed([0.69], layers({ 0: { weightNorm: NaN, gradNorm: NaN } }));
      assert.equal(update.stop, true);
      assert.deepEqual(update.raised.map((d) => d.code), ['nan-loss']);
      assert.match(update.raised[0].message, /weights of layers\[0\].*stopped being numbers in epoch 1 while the loss still read 0\.69.*last good epoch was 0/);
    });

    it('says so when no epoch had a finite loss', () => {
      const feeder = new EpochFeeder(monitorFor());
      const [update] = feeder.feed([Infinity]);
      assert.match(update.raised[0].message, /became Infinity in epoch 0.*No epoch finished with a finite loss/);
    });
  });

  it('places every diagnostic at the range of its path in the file', () => {
    const overrides = { optimizer: { type: 'adam', lr: 1e-5 } };
    const feeder = new EpochFeeder(monitorFor(overrides));
    feeder.feed(repeat(0.69, 12), layers({ 0: { updateRatio: 1e-6, saturatedFraction: 0 }, 1: { updateRatio: 1e-6 } }));
    const d = raised(feeder, 'lr-too-low');
    const parsed = parseSpec(specText(overrides));
    assert.deepEqual(d.range, parsed.rangeOf('/optimizer/lr'));
  });
});
