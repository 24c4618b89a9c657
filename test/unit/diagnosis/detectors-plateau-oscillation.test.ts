/**
 * The loss-curve detectors on synthetic epochs: loss-plateau (a loss that stays near its reference)
 * and oscillating-loss (a loss that flips direction by large amounts).
 */
import { strict as assert } from 'assert';
import { clearedAt, EpochFeeder, layers, monitorFor, raised, raisedAt, repeat } from './detectors-helpers';

describe('runtime detectors (synthetic epochs)', () => {
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
});
