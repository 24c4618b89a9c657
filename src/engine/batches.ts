/**
 * The training data as the engine iterates it: the seeded train/validation split, the per-epoch
 * shuffle, and gathering a batch's rows into preallocated buffers.
 */
import type { Dataset } from '../spec/dataset';
import type { Random } from './random';
import type { Dtype, FloatArray } from './tensor';

/** Samples held out for validation: round(samples·fraction), but at least 1 on each side. */
export function validationCount(samples: number, fraction: number): number {
  if (!(fraction > 0)) return 0;
  return Math.min(samples - 1, Math.max(1, Math.round(samples * fraction)));
}

/** Samples left to train on once `validationCount` are held out. */
export function trainingCount(samples: number, fraction: number): number {
  return samples - validationCount(samples, fraction);
}

/**
 * Splits 0…samples−1 by one seeded permutation: its last `validationCount` entries are held out.
 * Both sides are then sorted, so without shuffling the training order follows the data set.
 */
export function splitIndices(samples: number, fraction: number, rng: Random): { train: Int32Array; validation: Int32Array } {
  const order = new Int32Array(samples);
  for (let i = 0; i < samples; i++) order[i] = i;
  const held = validationCount(samples, fraction);
  if (held === 0) return { train: order, validation: new Int32Array(0) };
  rng.shuffle(order);
  return { train: order.slice(0, samples - held).sort(), validation: order.slice(samples - held).sort() };
}

/** The data set converted once to the engine's dtype, with its split and per-epoch order. */
export class BatchSource {
  /** Training sample indices in this epoch's order. */
  readonly train: Int32Array;
  readonly validation: Int32Array;
  /** Features, samples × inputs, in the engine's dtype. */
  readonly x: FloatArray;
  /** Encoded targets, samples × outputs, in the engine's dtype. */
  readonly y: FloatArray;
  /** Class labels (classification only). */
  readonly labels: Int32Array | undefined;
  readonly inputs: number;

  constructor(data: Dataset, targets: Float64Array, readonly outputs: number, dtype: Dtype, validationSplit: number, splitRng: Random, private readonly shuffleRng: Random | undefined) {
    const split = splitIndices(data.samples, validationSplit, splitRng);
    this.train = split.train;
    this.validation = split.validation;
    this.inputs = data.inputs;
    this.x = dtype === 'float64' ? data.x : Float32Array.from(data.x);
    this.y = dtype === 'float64' ? targets : Float32Array.from(targets);
    this.labels = data.task === 'classification' ? data.labels : undefined;
  }

  /** Reorders the training indices for a new epoch (when shuffling is on). */
  beginEpoch(): void {
    if (this.shuffleRng) this.shuffleRng.shuffle(this.train);
  }

  /**
   * Copies samples indices[start … start+rows) into the batch buffers, row by row; `labelsOut`
   * receives their class labels when the task is classification.
   */
  gather(indices: Int32Array, start: number, rows: number, xOut: FloatArray, yOut: FloatArray, labelsOut: Int32Array): void {
    const inputs = this.inputs, outputs = this.outputs, x = this.x, y = this.y, labels = this.labels;
    for (let r = 0; r < rows; r++) {
      const sample = indices[start + r];
      const xFrom = sample * inputs, xTo = r * inputs;
      for (let j = 0; j < inputs; j++) xOut[xTo + j] = x[xFrom + j];
      if (outputs === 1) yOut[r] = y[sample];
      else for (let j = 0, yFrom = sample * outputs, yTo = r * outputs; j < outputs; j++) yOut[yTo + j] = y[yFrom + j];
    }
    if (labels) for (let r = 0; r < rows; r++) labelsOut[r] = labels[indices[start + r]];
  }
}
