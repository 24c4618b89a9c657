/**
 * Feature normalization, per column over all samples. Statistics include the validation samples
 * (the split happens later, in the engine); for the small data sets here the leak is negligible
 * and it keeps the data set independent of the training settings.
 *
 * Each pass walks the rows in order, all columns at once: a large data set (60,000 rows of 784
 * columns) is read front to back instead of one strided column at a time. Every column still sees
 * its values in row order, so each statistic is the same number it would be column by column.
 */
import type { Normalization } from './types';

/** Normalizes row-major `x` (samples × inputs) in place. */
export function normalizeFeatures(x: Float64Array, samples: number, inputs: number, kind: Normalization): void {
  if (kind === 'none' || samples === 0) return;
  // Both normalizations ignore the column's scale, so dividing by its largest magnitude first
  // changes nothing but keeps sums and differences of values near ±1e308 finite.
  const prescale = largestMagnitudes(x, samples, inputs).map((magnitude) => (magnitude > 0 && Number.isFinite(magnitude) ? 1 / magnitude : 1));
  for (let at = 0; at < samples * inputs; at += inputs) for (let c = 0; c < inputs; c++) x[at + c] *= prescale[c];
  const { offset, scale } = kind === 'standard' ? standardScales(x, samples, inputs) : minMaxScales(x, samples, inputs);
  for (let at = 0; at < samples * inputs; at += inputs) for (let c = 0; c < inputs; c++) x[at + c] = (x[at + c] - offset[c]) * scale[c];
}

// Each loop below walks the rows (`at` is a row's start) and, in a row, the columns.

function largestMagnitudes(x: Float64Array, samples: number, inputs: number): Float64Array {
  const largest = new Float64Array(inputs);
  for (let at = 0; at < samples * inputs; at += inputs) for (let c = 0; c < inputs; c++) largest[c] = Math.max(largest[c], Math.abs(x[at + c]));
  return largest;
}

/** Means and 1/std (population). A constant column is only centred: dividing by 0 would give NaN. */
function standardScales(x: Float64Array, samples: number, inputs: number): { offset: Float64Array; scale: Float64Array } {
  const sum = new Float64Array(inputs);
  for (let at = 0; at < samples * inputs; at += inputs) for (let c = 0; c < inputs; c++) sum[c] += x[at + c];
  const mean = sum.map((total) => total / samples);
  const squares = new Float64Array(inputs);
  for (let at = 0; at < samples * inputs; at += inputs) for (let c = 0; c < inputs; c++) squares[c] += (x[at + c] - mean[c]) ** 2;
  const scale = squares.map((total) => {
    const std = Math.sqrt(total / samples);
    return std > 0 ? 1 / std : 1;
  });
  return { offset: mean, scale };
}

/** Minima and 1/range, mapping each column onto [0, 1]. A constant column becomes 0. */
function minMaxScales(x: Float64Array, samples: number, inputs: number): { offset: Float64Array; scale: Float64Array } {
  const min = new Float64Array(inputs).fill(Infinity);
  const max = new Float64Array(inputs).fill(-Infinity);
  for (let at = 0; at < samples * inputs; at += inputs) {
    for (let c = 0; c < inputs; c++) {
      const value = x[at + c];
      if (value < min[c]) min[c] = value;
      if (value > max[c]) max[c] = value;
    }
  }
  return { offset: min, scale: max.map((high, column) => (high > min[column] ? 1 / (high - min[column]) : 1)) };
}
