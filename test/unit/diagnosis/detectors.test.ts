import { strict as assert } from 'assert';
import { parseSpec } from '../../../src/spec/parse';
import type { Diagnostic } from '../../../src/spec/types';
import { EpochFeeder, layers, monitorFor, repeat, specText } from './detectors-helpers';

/** The one raised diagnostic of `code` among the feeder's updates. */
function raised(feeder: EpochFeeder, code: string): Diagnostic {
  const found = feeder.updates.flatMap((u) => u.raised).filter((d) => d.code === code);
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(feeder.raisedCodes())}`);
  return found[0];
}

/** The index of the epoch whose update raised `code`, or -1. */
const raisedAt = (feeder: EpochFeeder, code: string) => feeder.updates.findIndex((u) => u.raised.some((d) => d.code === code));
const clearedAt = (feeder: EpochFeeder, code: string) => feeder.updates.findIndex((u) => u.cleared.some((d) => d.code === code));

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

    it('honours "saturatedFraction" from the spec', () => {
      const feeder = new EpochFeeder(monitorFor({ diagnostics: { saturatedFraction: 0.95 } }));
      feeder.feed([0.6, 0.6, 0.6], layers({ 0: { saturatedFraction: 0.9 } }));
      assert.deepEqual(feeder.raisedCodes(), []);
    });
  });

  describe('loss-plateau', () => {
    it('is raised on /layers once the window is full and the loss has not moved far from the reference, and cleared once it has fallen', () => {
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed(repeat(0.6, 2));
      feeder.feed(repeat(0.59, 12));
      feeder.feed([0.2, 0.2]);
      const d = raised(feeder, 'loss-plateau');
      // 11 losses fill a 10-epoch window; patience 2 raises on the 12th.
      assert.equal(raisedAt(feeder, 'loss-plateau'), 11);
      assert.equal(d.path, '/layers');
      assert.match(d.message, /improved by 1\.44% of the reference loss 0\.693 \(the loss of predicting the class prior; progress is at least 3%\), and it is still 85\.1% of that reference/);
      assert.equal(clearedAt(feeder, 'loss-plateau'), 15);
    });

    it('stays raised through one lucky epoch on a noisy stall, and clears once the loss falls steeply', () => {
      // blind4's constant-init-tanh-hidden and sine-linear-stack: one epoch 3% of the reference lower
      // cleared the plateau, which came back a few epochs later.
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed(repeat(0.6, 14));
      feeder.feed([0.57, ...repeat(0.6, 12)]);
      assert.equal(raisedAt(feeder, 'loss-plateau'), 11);
      assert.equal(clearedAt(feeder, 'loss-plateau'), -1);
      feeder.feed([0.4, 0.3, 0.2, 0.15]);
      assert.ok(clearedAt(feeder, 'loss-plateau') > 26);
    });

    it('held up by a window that improved past plateauImprovement, never shows evidence that contradicts the stall', () => {
      // Rewriting the evidence from the held window read "improved by 6.65% … (progress is at least 3%)".
      const monitor = monitorFor();
      const feeder = new EpochFeeder(monitor);
      feeder.feed(Array.from({ length: 30 }, (_, i) => 0.69 + (i % 2 ? 0.001 : -0.001)));
      raised(feeder, 'loss-plateau');
      const shownImprovements: number[] = [];
      for (let i = 0; i < 12; i++) {
        feeder.feed([0.689 * 0.993 ** (i + 1)]);
        const shown = monitor.active.find((d) => d.code === 'loss-plateau');
        shownImprovements.push(Number(/improved by ([\d.]+)%/.exec(shown?.message ?? '')?.[1]));
      }
      // Still held at the end, though the last window's best fell by more than 3% of the reference.
      assert.equal(clearedAt(feeder, 'loss-plateau'), -1);
      assert.ok((0.689 * 0.993 ** 2 - 0.689 * 0.993 ** 12) / Math.LN2 > 0.03);
      assert.ok(shownImprovements.every((x) => x < 3), `shown improvements ${shownImprovements.join(', ')}`);
    });

    it('at the constant answer since the start (a symmetric start to escape), waits for a second window', () => {
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed(repeat(0.69, 20));
      assert.deepEqual(feeder.raisedCodes(), [], 'one flat window at the reference is not enough');
      feeder.feed(repeat(0.69, 2));
      assert.equal(raisedAt(feeder, 'loss-plateau'), 21);
      const escaping = new EpochFeeder(monitorFor());
      // The blind4 circles classifier: 0.99-1.0 of the reference for 20 epochs, then down.
      escaping.feed([...repeat(0.705, 2), ...repeat(0.69, 17), 0.68, 0.665, 0.66, 0.64, 0.6, 0.5]);
      assert.deepEqual(escaping.raisedCodes(), []);
    });

    it('above the constant answer since the start, one window is enough', () => {
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed(repeat(0.8, 12));
      assert.equal(raisedAt(feeder, 'loss-plateau'), 11);
    });

    it('stays quiet on a flat loss that is already good', () => {
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed(repeat(0.1, 30));
      assert.deepEqual(feeder.raisedCodes(), []);
    });

    it('gives way to a cause: saturated units explain a stall', () => {
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed(repeat(0.69, 15), layers({ 0: { saturatedFraction: 0.9 } }));
      assert.deepEqual(feeder.raisedCodes(), ['saturated-activation']);
    });

    it('offers to remove weightDecay when it is set', () => {
      const feeder = new EpochFeeder(monitorFor({ optimizer: { type: 'adam', lr: 0.01, weightDecay: 1 } }));
      feeder.feed(repeat(0.69, 22));
      assert.deepEqual(raised(feeder, 'loss-plateau').suggestions?.map((f) => [f.path, f.value]), [['/optimizer/weightDecay', undefined]]);
    });

    it('measures against the first epoch\'s loss when no reference is given, and honours lossWindow and patience', () => {
      const feeder = new EpochFeeder(monitorFor({ diagnostics: { lossWindow: 4, patience: 1 }, training: { epochs: 20 } }, null));
      // Flat at the reference since the start: two windows of 4 epochs, then patience 1.
      feeder.feed(repeat(1.5, 9));
      assert.equal(raisedAt(feeder, 'loss-plateau'), 8);
      assert.match(raised(feeder, 'loss-plateau').message, /the first epoch's loss/);
    });
  });

  describe('oscillating-loss', () => {
    it('is raised at /optimizer/lr when the loss flips direction every epoch by large amounts, with a lower lr suggested', () => {
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed(Array.from({ length: 12 }, (_, e) => (e % 2 ? 0.6 : 0.3)));
      const d = raised(feeder, 'oscillating-loss');
      assert.equal(raisedAt(feeder, 'oscillating-loss'), 11);
      assert.equal(d.path, '/optimizer/lr');
      assert.match(d.message, /changed direction in 100% of the epochs \(threshold 50%\), by a median 43\.3% of the reference loss 0\.693/);
      assert.deepEqual(d.suggestions, [{ title: 'Set "lr" to 0.003', path: '/optimizer/lr', value: 0.003, preferred: true }]);
    });

    it('is not raised for noise that is small beside the reference loss, and clears when the swings die down', () => {
      const small = new EpochFeeder(monitorFor());
      small.feed(Array.from({ length: 30 }, (_, e) => (e % 2 ? 0.06 : 0.03)));
      assert.deepEqual(small.raisedCodes(), []);
      const settling = new EpochFeeder(monitorFor());
      settling.feed(Array.from({ length: 12 }, (_, e) => (e % 2 ? 0.6 : 0.3)));
      settling.feed(repeat(0.3, 8));
      assert.equal(clearedAt(settling, 'oscillating-loss'), -1, 'eight flat epochs are not a settled window');
      settling.feed(repeat(0.3, 14));
      assert.ok(clearedAt(settling, 'oscillating-loss') > 11);
    });
  });

  describe('lr-too-high', () => {
    it('is raised when every recent epoch sits well above the best loss, and cleared when the loss comes back', () => {
      const feeder = new EpochFeeder(monitorFor());
      // Up, down, up again: a bounce, not one overshoot.
      feeder.feed([0.6, 0.4, 0.2, 0.1, 0.35, 0.3, 0.4, 0.35]);
      feeder.feed(repeat(0.05, 10));
      const d = raised(feeder, 'lr-too-high');
      assert.equal(raisedAt(feeder, 'lr-too-high'), 7);
      assert.equal(d.path, '/optimizer/lr');
      assert.match(d.message, /The learning rate 0\.01 is too high .*0\.2 above the best loss before them \(0\.1; the rise is 28\.9% of the reference loss 0\.693/);
      assert.deepEqual(d.suggestions, [
        { title: 'Set "lr" to 0.001', path: '/optimizer/lr', value: 0.001, preferred: true },
        { title: 'Set "clipNorm" to 1 in the optimizer', path: '/optimizer/clipNorm', value: 1, preferred: false },
      ]);
      // Cleared after a clean window (lossWindow 10), not after `patience` epochs.
      assert.equal(clearedAt(feeder, 'lr-too-high'), 17);
    });

    it('stays raised, without clearing and coming back, on a loss that bounces back to its best every few epochs', () => {
      // The final set's full-batch momentum 0.99: a climb of three epochs, a fall of three, again and again.
      const cycle = [0.5, 1.2, 2.2, 2.5, 1.8, 0.8, 0.4];
      const feeder = new EpochFeeder(monitorFor({ optimizer: { type: 'sgd', lr: 0.01, momentum: 0.99 } }));
      feeder.feed([3, 1, 0.4, ...cycle, ...cycle, ...cycle, ...cycle, ...cycle]);
      assert.deepEqual(feeder.raisedCodes(), ['lr-too-high']);
      assert.ok(feeder.updates.every((u) => u.cleared.length === 0));
    });

    it('takes over a raised oscillating-loss, its symptom, once the loss climbs away from its best', () => {
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed(Array.from({ length: 12 }, (_, e) => (e % 2 ? 0.6 : 0.3)));
      assert.deepEqual(feeder.raisedCodes(), ['oscillating-loss']);
      feeder.feed([0.7, 0.65, 0.75, 0.7]);
      assert.deepEqual(feeder.raisedCodes(), ['oscillating-loss', 'lr-too-high']);
      assert.deepEqual(feeder.updates.flatMap((u) => u.cleared.map((d) => d.code)), ['oscillating-loss']);
    });

    it('is raised when a run that learnt well stays at several times its best loss, though the climb is small beside the reference', () => {
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed([0.3, 0.1, 0.05, 0.02, 0.07, 0.08, 0.075, 0.07, 0.072, 0.071, 0.074, 0.07, 0.073, 0.071, 0.072]);
      assert.equal(raisedAt(feeder, 'lr-too-high'), 14);
      assert.match(raised(feeder, 'lr-too-high').message, /the rise is 7\.36% of the reference loss 0\.693, .*; the last 10 epochs all at least 3\.5× the best, threshold 2\.7× and at least 3%\)/);
    });

    it('is not raised when a converged Adam run spikes to many times its best and is back within a few epochs', () => {
      // The final set's healthy spirals-3class-elu-deep-adam: 0.03 → 0.41 at epoch 216, back to 0.032 by 222.
      const spike = [0.031, 0.29, 0.4, 0.35, 0.078, 0.25, 0.14, 0.032, 0.032, 0.036, 0.032, 0.026];
      const feeder = new EpochFeeder(monitorFor({ optimizer: { type: 'adam', lr: 0.01 } }));
      feeder.feed([0.6, 0.3, 0.1, 0.05, 0.03, 0.025, 0.022, 0.021, 0.02, 0.022, 0.021, 0.022, 0.021, ...spike]);
      assert.deepEqual(feeder.raisedCodes(), []);
    });

    it('is not raised while a sudden spike from a noisy converged loss falls back at every epoch, raised when the fall stalls high', () => {
      // blind5's healthy spirals4-three-relu-adam (4 classes, reference 1.386): noisy at 0.04–0.07, one Adam spike to 1.107, back to 0.085 in 6 epochs.
      const noisy = [0.0465, 0.0473, 0.0482, 0.0437, 0.0482, 0.0526, 0.0577, 0.0628, 0.0601, 0.0595, 0.0667, 0.0612, 0.0504, 0.0491, 0.0655];
      const start = [1.416, 1.0, 0.6, 0.3, 0.15, 0.08, 0.05, 0.04, 0.037, 0.045, 0.04];
      const spike = [0.2056, 1.1071, 0.3473, 0.2822, 0.1704, 0.1551, 0.112, 0.0854];
      const adam = { optimizer: { type: 'adam', lr: 0.01 } };
      const recovering = new EpochFeeder(monitorFor(adam, 1.386));
      recovering.feed([...start, ...noisy, ...spike]);
      assert.deepEqual(recovering.raisedCodes(), []);
      // The same spike whose fall stops at 0.28, far above the best: the steps no longer come back down.
      const stuck = new EpochFeeder(monitorFor(adam, 1.386));
      stuck.feed([...start, ...noisy, ...spike.slice(0, 4), 0.29, 0.3, 0.29]);
      assert.equal(stuck.raisedCodes()[0], 'lr-too-high');
    });

    it('is not raised on one smooth overshoot after a fast descent that comes back down, raised when it bounces again', () => {
      // The final set's healthy full-batch dose-response regression, in units of its reference: 0.675 → 1.93 → 0.61.
      const descent = [23.9, 12.8, 5.62, 2.78, 1.22, 0.845, 0.675];
      const hump = [0.796, 0.995, 1.23, 1.46, 1.66, 1.81, 1.9, 1.93, 1.89, 1.81, 1.68, 1.53, 1.37, 1.21, 1.06, 0.921, 0.81, 0.724, 0.663, 0.626, 0.61];
      const toLoss = (ratios: number[]) => ratios.map((r) => r * 0.693);
      const smooth = new EpochFeeder(monitorFor({ optimizer: { type: 'adam', lr: 0.01 } }));
      smooth.feed(toLoss([...descent, ...hump]));
      assert.deepEqual(smooth.raisedCodes(), []);
      const bouncing = new EpochFeeder(monitorFor({ optimizer: { type: 'adam', lr: 0.01 } }));
      bouncing.feed(toLoss([...descent, ...hump.slice(0, 10), 1.9, 1.7, 1.95, 1.75]));
      assert.equal(bouncing.raisedCodes()[0], 'lr-too-high');
    });

    it('is raised on a smooth climb that lasts longer than a window, or stops falling above the best', () => {
      const climb = new EpochFeeder(monitorFor());
      climb.feed([0.6, 0.3, 0.1, ...Array.from({ length: 14 }, (_, i) => 0.15 + 0.02 * i)]);
      assert.equal(raisedAt(climb, 'lr-too-high'), 14);
      const stuck = new EpochFeeder(monitorFor());
      stuck.feed([0.6, 0.3, 0.1, 0.2, 0.3, 0.4, 0.35, 0.3, 0.3, 0.3]);
      assert.equal(raisedAt(stuck, 'lr-too-high'), 9);
    });

    it('is not raised when a converged momentum run bounces to several times its best for a few epochs and comes back', () => {
      // Set B's healthy moons-tanh-sgd-momentum: bounces of three or four epochs to 3-4x its best, 5% of the reference.
      const bounce = [0.012, 0.01, 0.011, 0.035, 0.08, 0.043, 0.047, 0.017];
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed([0.5, 0.2, 0.05, 0.02, ...bounce, ...bounce, ...bounce]);
      assert.deepEqual(feeder.raisedCodes(), []);
    });

    it('is not raised when a converged loss triples by an amount that is tiny beside the reference', () => {
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed([0.3, 0.1, 0.01, 0.002, 0.007, 0.008, 0.0075, 0.007, 0.007]);
      assert.deepEqual(feeder.raisedCodes(), []);
    });

    it('is raised when a step changes a layer\'s weights by more than lrHighUpdateRatio of their size', () => {
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed([0.6, 0.62], layers({ 1: { updateRatio: 0.5 } }));
      assert.match(raised(feeder, 'lr-too-high').message, /changed the weights of layers\[1\] by 50% of their size \(update\/weight ratio; threshold 20%/);
    });

    it('is not raised on large updates while the loss falls at every epoch (weights growing from a small start)', () => {
      // blind6's full-batch logistic regression: ratios 0.20-0.25 over its first epochs, the loss falling at each.
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed([1.12, 1.02, 0.92, 0.84, 0.77, 0.72, 0.68], layers({ 1: { updateRatio: 0.25 } }));
      assert.deepEqual(feeder.raisedCodes(), []);
      feeder.feed([0.7, 0.69], layers({ 1: { updateRatio: 0.25 } }));
      assert.deepEqual(feeder.raisedCodes(), ['lr-too-high'], 'once the loss stops falling, the large updates are evidence again');
    });

    it('suggests no more than the top of the optimizer\'s sensible range', () => {
      const feeder = new EpochFeeder(monitorFor({ optimizer: { type: 'sgd', lr: 50 } }));
      feeder.feed([0.6, 0.62], layers({ 1: { updateRatio: 2 } }));
      assert.equal(raised(feeder, 'lr-too-high').suggestions?.[0].value, 1);
    });

    it('speaks for an oscillation it causes: one warning, not two', () => {
      const feeder = new EpochFeeder(monitorFor());
      feeder.feed(Array.from({ length: 16 }, (_, e) => (e < 3 ? 0.1 : e % 2 ? 0.7 : 0.4)));
      assert.deepEqual(feeder.raisedCodes(), ['lr-too-high']);
    });
  });

  describe('lr-too-low', () => {
    it('is raised instead of loss-plateau when a stalled run\'s updates are tiny, with lr scaled towards a 1e-3 update ratio', () => {
      const feeder = new EpochFeeder(monitorFor({ optimizer: { type: 'adam', lr: 1e-5 } }));
      feeder.feed(repeat(0.69, 12), layers({ 0: { updateRatio: 1e-6 }, 1: { updateRatio: 2e-6 } }));
      assert.deepEqual(feeder.raisedCodes(), ['lr-too-low']);
      const d = raised(feeder, 'lr-too-low');
      assert.equal(d.path, '/optimizer/lr');
      assert.match(d.message, /no layer's weights change by more than 2\.00e-6 of their size per step/);
      // 1e-3 / 2e-6 = 500: the nearest power of ten is 1000.
      assert.deepEqual(d.suggestions, [{ title: 'Set "lr" to 0.01', path: '/optimizer/lr', value: 0.01, preferred: true }]);
    });

    it('a noisy epoch loss far above the reference with weights standing still is lr-too-low only: never also lr-too-high or oscillating-loss', () => {
      // Set B's lr-too-low.adam-5e-6-cars: the epoch loss jumps by a quarter of the reference from
      // epoch to epoch (a small last batch of outliers) while no step moves the weights by 1e-4.
      const noisy = Array.from({ length: 60 }, (_, e) => 3.5 + (e % 2 ? 0.2 : -0.1) * (1 + (e % 7) / 3));
      const feeder = new EpochFeeder(monitorFor({ optimizer: { type: 'adam', lr: 5e-6 } }));
      feeder.feed(noisy, layers({ 0: { updateRatio: 1.5e-5 }, 1: { updateRatio: 1.4e-5 } }));
      assert.deepEqual(feeder.raisedCodes(), ['lr-too-low']);
    });

    it('behind a dead ReLU layer, a bouncing loss with W standing still is still judged: the bias moves', () => {
      // test/fixtures/faults/lr-too-high.nn.json: sgd lr 1 kills the ReLUs; the output bias keeps overshooting.
      const relu = { layers: [{ type: 'dense', units: 4, activation: 'relu' }, { type: 'dense', units: 1, activation: 'sigmoid' }], optimizer: { type: 'sgd', lr: 1 } };
      const feeder = new EpochFeeder(monitorFor(relu));
      feeder.feed([0.9, 0.5, 0.45, 1.4, 1.2, 1.5, 1.3], layers({ 0: { deadFraction: 1, updateRatio: 0 }, 1: { updateRatio: 1e-9 } }));
      assert.deepEqual(feeder.raisedCodes(), ['dead-relu', 'lr-too-high']);
    });

    it('once raised, stays up through a lucky low epoch while the steps stay tiny and the loss far from good', () => {
      const feeder = new EpochFeeder(monitorFor({ optimizer: { type: 'adam', lr: 1e-5 } }));
      const tiny = layers({ 0: { updateRatio: 1e-6 }, 1: { updateRatio: 2e-6 } });
      feeder.feed([...repeat(0.69, 12), 0.6, ...repeat(0.69, 12), 0.58, ...repeat(0.69, 12)], tiny); // 0.58 is 84% of ln 2: above goodLossRatio 0.8
      assert.deepEqual(feeder.raisedCodes(), ['lr-too-low']);
      assert.deepEqual(feeder.updates.flatMap((u) => u.cleared), []);
      feeder.feed(repeat(0.2, 4), tiny);
      assert.deepEqual(feeder.updates.flatMap((u) => u.cleared.map((d) => d.code)), ['lr-too-low'], 'a good loss clears it');
    });

    it('is not raised for a converged run whose updates have become tiny', () => {
      const feeder = new EpochFeeder(monitorFor({ optimizer: { type: 'sgd', lr: 0.1 } }));
      feeder.feed(repeat(0.01, 30), layers({ 0: { updateRatio: 1e-6 }, 1: { updateRatio: 1e-6 } }));
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
