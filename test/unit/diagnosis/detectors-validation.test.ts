import { strict as assert } from 'assert';
import type { EpochStats } from '../../../src/engine';
import { layers, monitorFor } from './detectors-helpers';

/** Feeds epochs with a training and a validation loss each; returns the codes raised, in order. */
function raisedWith(trainLosses: number[], valLosses: (number | undefined)[]): string[] {
  const monitor = monitorFor();
  return trainLosses.flatMap((loss, epoch) => {
    const stats: EpochStats = { epoch, steps: 4, loss, valLoss: valLosses[epoch], layers: layers() };
    return monitor.observeEpoch(stats).raised.map((d) => d.code);
  });
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
