import { strict as assert } from 'assert';
import { bestIndex, minimum } from '../../../src/diagnosis/detectors/signals';
import { EpochFeeder, layers, monitorFor } from './detectors-helpers';

/** The first lowest loss of `losses[0…to)` by a plain scan: what the cached running best must match. */
function scannedBest(losses: readonly number[], to: number): number {
  let at = -1;
  for (let i = 0; i < to; i++) if (at < 0 ? losses[i] < Infinity : losses[i] < losses[at]) at = i;
  return at;
}

describe('detectors over a long run', () => {
  it('a monitor takes 200,000 epochs without a stack overflow, at a cost per epoch that does not grow with the run', function () {
    this.timeout(20_000);
    const monitor = monitorFor();
    const feeder = new EpochFeeder(monitor);
    const epochs = 200_000;
    // Falls from the reference, then wanders at a fitted level; half the tanh layer saturated, so the
    // unit detectors ask for the run's progress at every epoch.
    const loss = (e: number): number => 0.05 + 0.6 * Math.exp(-e / 50) + 0.01 * Math.sin(e * 0.7);
    const stats = layers({ 0: { saturatedFraction: 0.5 } });
    const timeOf = (from: number, count: number): number => {
      const start = performance.now();
      feeder.feed(Array.from({ length: count }, (_, i) => loss(from + i)), stats);
      return performance.now() - start;
    };
    const early = timeOf(0, 20_000);
    timeOf(20_000, epochs - 40_000);
    const late = timeOf(epochs - 20_000, 20_000);
    assert.equal(feeder.updates.length, epochs);
    // Linear cost per epoch would make the last 20,000 epochs ~19× the first; allow noise on a shared machine.
    assert.ok(late < 4 * early + 200, `last 20,000 epochs took ${late.toFixed(0)} ms, first 20,000 ${early.toFixed(0)} ms`);
  });

  it('minimum and bestIndex over a growing long history agree with a scan (NaN skipped, first of equal bests)', () => {
    const losses: number[] = [];
    for (let e = 0; e < 3000; e++) {
      losses.push(e === 5 ? NaN : Math.round(100 * (1 + Math.sin(e * 0.37) + 1000 / (e + 10))) / 100);
      if (e % 7 === 0 || e > 2990) {
        for (const to of [losses.length, losses.length - 3, 1]) {
          const expected = scannedBest(losses, to);
          assert.equal(bestIndex(losses, to), expected, `bestIndex at ${losses.length}, to ${to}`);
          assert.equal(minimum(losses, 0, to), expected < 0 ? Infinity : losses[expected], `minimum at ${losses.length}, to ${to}`);
        }
      }
    }
    assert.equal(bestIndex([NaN, NaN], 2), -1);
    assert.equal(minimum([], 0, 0), Infinity);
  });
});
