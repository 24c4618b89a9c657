/**
 * Builds the pieces of a run from spec and data the same way for the trainer, the gradient check and
 * the gradient dump, so that all three see the same initial weights and the same first batch.
 */
import type { Dataset } from '../spec/dataset';
import type { ModelSpec } from '../spec/types';
import { BatchSource } from './batches';
import { encodeTargets } from './losses';
import { Network } from './network';
import { Random } from './random';
import type { Dtype } from './tensor';
import { checkShapes, type NetworkShape } from './validate';

/** Salts of the independent random streams forked from the spec's seed. */
const STREAM = { init: 1, split: 2, shuffle: 3, dropout: 4 } as const;

/** A network and its data, ready to train. */
export interface Assembled {
  shape: NetworkShape;
  network: Network;
  source: BatchSource;
  /** Rows of the largest batch: the batch size, or fewer if the training set is smaller. */
  capacity: number;
}

/**
 * Validates (before allocating anything), then builds network and data source. Each consumer of
 * randomness gets its own stream forked from the seed, so e.g. turning shuffling off does not
 * change the initial weights.
 */
export function assemble(spec: ModelSpec, data: Dataset, dtype: Dtype): Assembled {
  const shape = checkShapes(spec, data);
  const targets = encodeTargets(data, spec.loss, shape.outputUnits);
  const root = new Random(spec.seed);
  const shuffle = spec.training.shuffle ? root.fork(STREAM.shuffle) : undefined;
  const source = new BatchSource(data, targets, shape.outputUnits, dtype, spec.training.validationSplit, root.fork(STREAM.split), shuffle);
  const capacity = Math.max(1, Math.min(spec.training.batchSize, source.train.length));
  const network = new Network(spec, data.inputs, capacity, dtype, { init: root.fork(STREAM.init), dropout: root.fork(STREAM.dropout) });
  return { shape, network, source, capacity };
}
