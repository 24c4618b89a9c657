import * as assert from 'assert';
import { averageRate, RunClock } from '../../../src/training/run-clock';

/** A RunClock on a hand-driven clock: `advance(ms)` is time passing. */
function manualClock(): { clock: RunClock; advance: (ms: number) => void } {
  let now = 0;
  return { clock: new RunClock(() => now), advance: (ms) => void (now += ms) };
}

describe('run clock', () => {
  it('averages samples over training time', () => {
    assert.equal(averageRate(6400, 200), 32_000);
    assert.equal(averageRate(0, 200), 0);
    assert.equal(averageRate(6400, 0), 0);
  });

  it('keeps advice-trial time out of the run\'s average', () => {
    const { clock, advance } = manualClock();
    clock.startSlice();
    advance(10); // the run trains 1000 samples in 10 ms
    clock.addSamples(1000);
    clock.timeTrial(() => advance(90)); // then a trial takes the rest of a 100 ms stretch
    clock.endSlice();
    assert.equal(clock.average(1000), 100_000, 'over the 10 ms of training, not the 100 ms slice');
  });

  it('keeps the last rate through a stretch that went wholly to a trial, and measures the next without it', () => {
    const { clock, advance } = manualClock();
    advance(50);
    clock.addSamples(500);
    assert.equal(clock.flushRate(), 10_000);
    clock.timeTrial(() => advance(50));
    assert.equal(clock.flushRate(), 10_000, 'a trial trained nothing of the run: no 0 samples/s');
    clock.timeTrial(() => advance(40));
    advance(10);
    clock.addSamples(200);
    assert.equal(clock.flushRate(), 20_000, '200 samples in the 10 ms that were training');
    advance(50);
    assert.equal(clock.flushRate(), 0, 'nothing trained and no trial (paused): no rate');
  });

  it('books a trial that throws as trial time, and rethrows', () => {
    const { clock, advance } = manualClock();
    clock.startSlice();
    assert.throws(() => clock.timeTrial(() => (advance(30), assert.fail('boom'))));
    advance(10);
    clock.endSlice();
    clock.addSamples(100);
    assert.equal(clock.average(100), 10_000);
  });
});
