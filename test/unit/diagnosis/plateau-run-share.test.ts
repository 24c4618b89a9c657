import { strict as assert } from 'assert';
import { UNCHECKED_STALL_RUN_SHARE } from '../../../src/diagnosis/detectors/loss-curve';
import { EpochFeeder, monitorFor, repeat } from './detectors-helpers';

/** The index of the epoch whose update raised `code`, or -1. */
const raisedAt = (feeder: EpochFeeder, code: string) => feeder.updates.findIndex((u) => u.raised.some((d) => d.code === code));

/** A run that learnt a little (0.6), then stalls at 0.59 for `epochs` epochs, on a spec planned for `planned`. */
function stalled(planned: number, epochs: number, optimizer?: Record<string, unknown>): EpochFeeder {
  const feeder = new EpochFeeder(monitorFor({ training: { epochs: planned }, ...(optimizer ? { optimizer } : {}) }));
  feeder.feed([...repeat(0.6, 2), ...repeat(0.59, epochs)]);
  return feeder;
}

describe('loss-plateau without a fix to try needs a stall of a share of the planned run', () => {
  it('on a 50-epoch run the usual window is enough; on a 300-epoch run, no progress over its last fifth', () => {
    assert.equal(UNCHECKED_STALL_RUN_SHARE, 0.2);
    const short = raisedAt(stalled(50, 40), 'loss-plateau');
    assert.ok(short > 0 && short < 20, `raised at ${short}`);
    const long = stalled(300, 80);
    const at = raisedAt(long, 'loss-plateau');
    assert.ok(at >= 60, `not before 60 epochs of the stall: raised at ${at}`);
  });

  it('a slow start that leaves its stall within that share is never shown on a long run', () => {
    const losses = [...repeat(0.6, 2), ...repeat(0.59, 40), ...Array.from({ length: 30 }, (_, e) => 0.59 * Math.exp(-e / 8))];
    const long = new EpochFeeder(monitorFor({ training: { epochs: 300 } }));
    long.feed(losses);
    assert.equal(raisedAt(long, 'loss-plateau'), -1);
    const short = new EpochFeeder(monitorFor({ training: { epochs: 50 } }));
    short.feed(losses);
    assert.ok(raisedAt(short, 'loss-plateau') > 0, 'the same curve on a short run is a plateau');
  });

  it('a plateau with a fix to try (weight decay to remove) keeps the usual window', () => {
    const at = raisedAt(stalled(300, 40, { type: 'adam', lr: 0.01, weightDecay: 0.01 }), 'loss-plateau');
    assert.ok(at > 0 && at < 20, `raised at ${at}`);
  });
});
