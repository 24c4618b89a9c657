/**
 * What training's `oscillating-loss` advises: a lower rate always, a larger batch only where there is
 * one to take (blind268 ok.stand-sgd-fullbatch, SGD on all 300 rows at once, was told to use
 * "batchSize" 300, its own).
 */
import { strict as assert } from 'assert';
import { TrainingMonitor } from '../../../src/diagnosis/detectors';
import { parseSpec } from '../../../src/spec/parse';
import type { Dataset } from '../../../src/spec/dataset';
import { EpochFeeder, raised, REFERENCE, specText } from './detectors-helpers';

/** Sixteen rows of a two-feature binary task. */
const DATASET: Dataset = {
  samples: 16, inputs: 2, x: new Float64Array(32).map((_, i) => ((i * 7) % 5) - 2), targets: Float64Array.from({ length: 16 }, (_, i) => i % 2),
  task: 'classification', classes: 2, targetColumns: 1, featureNames: ['a', 'b'], targetNames: ['y'],
};

/** The oscillating-loss message of plain SGD 0.5 at `batchSize` on DATASET, its loss bouncing between 0.3 and 0.6 of the reference. */
function oscillationMessage(batchSize: number): string {
  const parsed = parseSpec(specText({ optimizer: { type: 'sgd', lr: 0.5 }, training: { epochs: 50, batchSize } }));
  if (!parsed.spec) throw new Error(`test spec invalid: ${JSON.stringify(parsed.diagnostics)}`);
  const monitor = new TrainingMonitor(parsed, parsed.spec, 2, { reference: { loss: REFERENCE, what: 'the loss of predicting the class prior' }, dataset: DATASET });
  const feeder = new EpochFeeder(monitor);
  feeder.feed(Array.from({ length: 14 }, (_, e) => (e % 2 ? 0.6 : 0.3) * REFERENCE));
  return raised(feeder, 'oscillating-loss').message;
}

describe('oscillating-loss advice', () => {
  it('names a larger batch on mini-batches', () => {
    const message = oscillationMessage(4);
    assert.match(message, /Do: lower the learning rate \(0\.5; try 0\.2\), use a larger "batchSize" \(now 4; try 8\) for less noisy steps\./);
  });

  it('does not name a larger batch when every row is in the batch already', () => {
    const message = oscillationMessage(16);
    assert.match(message, /Do: lower the learning rate \(0\.5; try 0\.2\)\./);
    assert.doesNotMatch(message, /batchSize/);
  });
});
