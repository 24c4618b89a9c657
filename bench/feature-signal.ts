/**
 * An experiment for `bench/feature-signal-survey.ts`, not shipped (docs/diagnostics.md, loss-plateau):
 * whether the features say anything about the target, measured before training: two simple models
 * fitted on the standardized features and cross-validated, each against the constant answer on the
 * same folds. k nearest neighbours make no assumption of linearity (xor, rings and spirals count as
 * signal); a ridge regression finds a trend spread thinly over many columns, which neighbours lose
 * among irrelevant ones. The hope was that when neither beats the constant answer, the columns are IDs,
 * a constant or a timestamp unrelated to the target; but networks learn what neither sees (connect-4
 * boards), so it cannot say that alone.
 * Scored by squared error on the targets, or on the one-hot classes (the Brier score), for both.
 */
import type { Dataset } from '../src/spec/dataset';
import { Random } from '../src/engine/random';
import { cholesky, substitute } from '../src/diagnosis/detectors/least-squares';

/** Rows the measurement uses at most (a fixed pseudo-random draw): it must stay cheap at edit time. */
export const SIGNAL_ROWS = 400;

/** Features beyond which the ridge fit is skipped (its cost grows with their cube). */
export const SIGNAL_MAX_FEATURES = 64;

/** Cross-validation folds. */
const FOLDS = 5;

/** Neighbours averaged: the noise of a k-mean adds about 1/k of the target's variance. */
const NEIGHBOURS = 15;

/** The ridge penalty per row, on standardized features. */
const RIDGE = 1e-2;

/** What the two cross-validated models reached, each as its held-out error over the constant answer's. */
export interface FeatureSignal {
  neighbours: number;
  /** Undefined above SIGNAL_MAX_FEATURES. */
  linear?: number;
  /** Rows used. */
  rows: number;
}

/** Sampled, standardized features and targets (one-hot for classes), row-major. */
interface Sample {
  x: Float64Array;
  y: Float64Array;
  n: number;
  d: number;
  m: number;
}

/** The measurement, or undefined when the data is too small to judge (fewer than 8 rows per fold). */
export function featureSignal(dataset: Dataset): FeatureSignal | undefined {
  const rows = sampleRows(dataset.samples);
  if (rows.length < FOLDS * 8 || dataset.inputs === 0) return undefined;
  const sample = standardizedSample(dataset, rows);
  const errors = { neighbours: 0, linear: 0, constant: 0 };
  const fitLinear = sample.d <= SIGNAL_MAX_FEATURES;
  const folds = shuffled(sample.n).map((position) => position % FOLDS);
  for (let fold = 0; fold < FOLDS; fold++) {
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < sample.n; i++) (folds[i] === fold ? test : train).push(i);
    const mean = meanTarget(sample, train);
    const weights = fitLinear ? ridgeWeights(sample, train, mean) : undefined;
    for (const i of test) {
      errors.constant += squaredError(sample, i, mean);
      errors.neighbours += squaredError(sample, i, meanTarget(sample, nearest(sample, i, train)));
      if (weights) errors.linear += squaredError(sample, i, ridgePrediction(sample, i, weights, mean));
    }
  }
  const ratio = (error: number) => (errors.constant > 0 ? error / errors.constant : 1);
  return { neighbours: ratio(errors.neighbours), linear: fitLinear ? ratio(errors.linear) : undefined, rows: rows.length };
}

/**
 * Up to SIGNAL_ROWS row indices, a fixed pseudo-random draw without replacement, in file order. Rows
 * and folds are drawn at random because an even stride aliases with data written in a pattern (the
 * built-in data sets cycle through their classes row by row: every fifth row of five blobs is one class).
 */
function sampleRows(samples: number): number[] {
  return shuffled(samples).slice(0, SIGNAL_ROWS).sort((a, b) => a - b);
}

/** 0 … n−1 in a fixed pseudo-random order (the engine's seeded shuffle). */
function shuffled(n: number): number[] {
  return new Random(1).shuffle(Array.from({ length: n }, (_, i) => i));
}

/** The sampled rows: features centred and scaled to unit variance (a constant column to 0), targets as they are. */
function standardizedSample(dataset: Dataset, rows: readonly number[]): Sample {
  const d = dataset.inputs;
  const n = rows.length;
  const x = new Float64Array(n * d);
  rows.forEach((row, i) => x.set(dataset.x.subarray(row * d, row * d + d), i * d));
  for (let c = 0; c < d; c++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += x[i * d + c];
    mean /= n;
    let variance = 0;
    for (let i = 0; i < n; i++) variance += (x[i * d + c] - mean) ** 2;
    const scale = variance > 0 ? 1 / Math.sqrt(variance / n) : 0;
    for (let i = 0; i < n; i++) x[i * d + c] = (x[i * d + c] - mean) * scale;
  }
  const { y, m } = sampledTargets(dataset, rows);
  return { x, y, n, d, m };
}

/** The sampled rows' targets: the target columns, or one column per class holding 0 or 1. */
function sampledTargets(dataset: Dataset, rows: readonly number[]): { y: Float64Array; m: number } {
  if (dataset.labels && dataset.classes) {
    const y = new Float64Array(rows.length * dataset.classes);
    rows.forEach((row, i) => (y[i * dataset.classes! + dataset.labels![row]] = 1));
    return { y, m: dataset.classes };
  }
  const m = dataset.targetColumns;
  const y = new Float64Array(rows.length * m);
  rows.forEach((row, i) => y.set(dataset.targets!.subarray(row * m, row * m + m), i * m));
  return { y, m };
}

/** The mean target of the sampled rows `from`. */
function meanTarget({ y, m }: Sample, from: readonly number[]): Float64Array {
  const mean = new Float64Array(m);
  for (const j of from) for (let c = 0; c < m; c++) mean[c] += y[j * m + c];
  return mean.map((sum) => sum / from.length);
}

/** Squared error of `prediction` on sampled row `i`, summed over the target columns. */
function squaredError({ y, m }: Sample, i: number, prediction: Float64Array): number {
  let error = 0;
  for (let c = 0; c < m; c++) error += (y[i * m + c] - prediction[c]) ** 2;
  return error;
}

/** The k rows of `pool` nearest to row `i` (squared Euclidean distance; ties keep the earlier row). */
function nearest({ x, d }: Sample, i: number, pool: readonly number[]): number[] {
  const k = Math.min(NEIGHBOURS, pool.length);
  const best: { row: number; distance: number }[] = [];
  for (const j of pool) {
    let distance = 0;
    for (let c = 0; c < d; c++) distance += (x[i * d + c] - x[j * d + c]) ** 2;
    if (best.length === k && distance >= best[k - 1].distance) continue;
    if (best.length === k) best.pop();
    let at = best.length;
    while (at > 0 && best[at - 1].distance > distance) at--;
    best.splice(at, 0, { row: j, distance });
  }
  return best.map((b) => b.row);
}

/** Ridge weights (d × m) for the centred targets of rows `train`: (XᵀX + λnI)⁻¹ Xᵀ(Y − mean). */
function ridgeWeights({ x, y, d, m }: Sample, train: readonly number[], mean: Float64Array): Float64Array {
  const a = new Float64Array(d * d);
  const b = new Float64Array(d * m);
  for (const j of train) {
    for (let p = 0; p < d; p++) {
      const xp = x[j * d + p];
      if (xp === 0) continue;
      for (let q = 0; q < d; q++) a[p * d + q] += xp * x[j * d + q];
      for (let c = 0; c < m; c++) b[p * m + c] += xp * (y[j * m + c] - mean[c]);
    }
  }
  for (let p = 0; p < d; p++) a[p * d + p] += RIDGE * train.length;
  cholesky(a, d); // positive definite: the ridge term is on the diagonal
  const w = new Float64Array(d * m);
  for (let c = 0; c < m; c++) substitute(a, d, (p) => b[p * m + c]).forEach((value, p) => (w[p * m + c] = value));
  return w;
}

/** The ridge model's prediction for sampled row `i`. */
function ridgePrediction({ x, d, m }: Sample, i: number, weights: Float64Array, mean: Float64Array): Float64Array {
  const prediction = mean.slice();
  for (let p = 0; p < d; p++) for (let c = 0; c < m; c++) prediction[c] += x[i * d + p] * weights[p * m + c];
  return prediction;
}
