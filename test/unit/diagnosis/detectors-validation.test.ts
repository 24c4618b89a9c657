import { strict as assert } from 'assert';
import type { EpochStats } from '../../../src/engine';
import type { Diagnostic } from '../../../src/spec/types';
import { layers, monitorFor } from './detectors-helpers';

/** Feeds epochs with a training and a validation loss each; returns the diagnostics raised, in order. */
function diagnosticsWith(trainLosses: number[], valLosses: (number | undefined)[]): Diagnostic[] {
  const monitor = monitorFor();
  return trainLosses.flatMap((loss, epoch) => {
    const stats: EpochStats = { epoch, steps: 4, loss, valLoss: valLosses[epoch], layers: layers() };
    return monitor.observeEpoch(stats).raised;
  });
}

/** The codes `diagnosticsWith` raises, in order. */
function raisedWith(trainLosses: number[], valLosses: (number | undefined)[]): string[] {
  return diagnosticsWith(trainLosses, valLosses).map((d) => d.code);
}

describe('loss-plateau judges what the model has learnt by its evaluation-mode validation loss too', () => {
  // blind7 churn-batchnorm-rmsprop: batch norm on noisy labels; the epoch's training loss (batch
  // statistics, weights moving) stays at 0.86-0.90 of the reference while the validation loss of the
  // model at each epoch's end falls to 0.78, below a linear model's 0.88.
  const train = [1.05, 1.03, 1.0, 0.98, 0.96, 0.94, 0.92, 0.91, 0.9, 0.9, 0.9, 0.89, 0.9, 0.89, 0.9, 0.89, 0.9, 0.89, 0.9, 0.89, 0.9, 0.89, 0.9, 0.89].map((r) => r * Math.LN2);

  it('is not raised while the validation loss is at a good level', () => {
    const val = train.map((_, i) => Math.max(0.78, 0.96 - 0.02 * i) * Math.LN2);
    assert.deepEqual(raisedWith(train, val).filter((c) => c === 'loss-plateau'), []);
  });

  it('is raised when the validation loss stalls as far from good as the training loss', () => {
    const val = train.map((r) => r + 0.01);
    assert.ok(raisedWith(train, val).includes('loss-plateau'));
  });

  it('is raised without a validation split', () => {
    assert.ok(raisedWith(train, train.map(() => undefined)).includes('loss-plateau'));
  });
});

describe('lr-too-high from a validation loss that runs away', () => {
  // blind40 lr-too-high.rmsprop-0.05: the training loss only bounces low while the held-out loss climbs to 4.7.
  const train = [0.6, 0.45, 0.38, 0.34, 0.31, 0.29, 0.28, 0.27, 0.26, 0.25, 0.25, 0.24, 0.24, 0.23, 0.23, 0.22, 0.22, 0.21];

  it('is raised once every one of the last 5 validation losses sits above twice its best and above the reference', () => {
    const val = [0.6, 0.5, 0.42, 0.38, 0.36, 0.35, 0.5, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5];
    const codes = raisedWith(train, val);
    assert.deepEqual(codes, ['lr-too-high']);
  });

  it('says the net is memorising its rows while the training loss stays below its level at the held-out best, and since when', () => {
    const val = [0.6, 0.5, 0.42, 0.38, 0.36, 0.35, 0.5, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5];
    const [warning] = diagnosticsWith(train, val);
    assert.match(warning.message, /stayed below 0\.29, where it was when the held-out loss was at its best \(7 epochs ago\).*: it is memorising them/);
    assert.doesNotMatch(warning.message, /overshoot/);
  });

  it('still says memorising once the training loss has converged and makes no new low', () => {
    // blind232's spec over 20,000 epochs: training 7.2e-10, flat; validation 13× its best.
    // The standing warning's text is refreshed every epoch: read it at the run's end, as the editor does.
    const converged = [...train.slice(0, 10), 0.05, 0.04, 0.03, 0.03, 0.03, 0.03, 0.03, 0.03];
    const val = [0.6, 0.5, 0.42, 0.38, 0.36, 0.35, 0.5, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5];
    const monitor = monitorFor();
    converged.forEach((loss, epoch) => monitor.observeEpoch({ epoch, steps: 4, loss, valLoss: val[epoch], layers: layers() }));
    const standing = monitor.active.filter((d) => d.code === 'lr-too-high');
    assert.equal(standing.length, 1);
    assert.match(standing[0].message, /stayed below 0\.29.*\(12 epochs ago\).*it is memorising them/);
    assert.doesNotMatch(standing[0].message, /overshoot/);
  });

  it('says memorising on a new training low when the held-out epochs do not line up with the training ones', () => {
    // A non-finite validation loss is dropped, so the held-out best cannot be matched to its epoch.
    const val = [0.6, 0.5, 0.42, 0.38, 0.36, 0.35, 0.5, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5];
    const withGap = [NaN, ...val.slice(1)];
    const raised = diagnosticsWith(train, withGap).filter((d) => d.code === 'lr-too-high');
    assert.equal(raised.length, 1);
    assert.match(raised[0].message, /still reaching new lows.*: it is memorising them/);
  });

  it('speaks of overshooting steps when the training loss has not made a new low lately', () => {
    const bouncing = [...train.slice(0, 8), 0.3, 0.28, 0.33, 0.29, 0.31, 0.3, 0.32, 0.29, 0.31, 0.3];
    const val = [0.6, 0.5, 0.42, 0.38, 0.36, 0.35, 0.5, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5];
    const raised = diagnosticsWith(bouncing, val).filter((d) => d.code === 'lr-too-high');
    assert.equal(raised.length, 1);
    assert.match(raised[0].message, /Steps this large overshoot the minimum/);
    assert.doesNotMatch(raised[0].message, /memorising/);
  });

  it('is not raised when the climb stays under the reference loss (a net that overfits a little)', () => {
    const val = [0.4, 0.3, 0.2, 0.15, 0.12, 0.1, 0.15, 0.22, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.6, 0.62, 0.64, 0.65];
    assert.deepEqual(raisedWith(train, val), []);
  });

  it('is not raised on a fast descent whose early epochs sit far above the best that follows', () => {
    const val = [30, 12, 5, 2, 0.9, 0.5, 0.4, 0.38, 0.36, 0.35, 0.34, 0.33, 0.33, 0.32, 0.32, 0.31, 0.31, 0.3];
    assert.deepEqual(raisedWith(train, val), []);
  });
});
