/**
 * A resolved data set: what `data.ts` produces from a spec's `data` block and the engine trains on.
 * Kept free of the loss: the engine encodes targets for its loss (0/1 column or one-hot).
 */
export interface Dataset {
  /** Number of samples (rows). */
  samples: number;
  /** Number of input features per sample. */
  inputs: number;
  /** Row-major features, samples × inputs, already normalized as the spec asks. */
  x: Float64Array;
  /** Feature names (CSV header names, or x0, x1, … for generated data). */
  featureNames: string[];
  /** `classification`: `labels` holds class indices; `regression`: `targets` holds numbers. */
  task: 'classification' | 'regression';
  /** Classification: class index of each sample, 0 … classes−1. */
  labels?: Int32Array;
  /** Classification: number of classes (≥ 2). */
  classes?: number;
  /** Classification: a display name per class (CSV values, or "0", "1", …). */
  classNames?: string[];
  /** Regression: row-major targets, samples × targetColumns. */
  targets?: Float64Array;
  /** Regression: number of target columns; classification: 1. */
  targetColumns: number;
  /** Target column names. */
  targetNames: string[];
}
