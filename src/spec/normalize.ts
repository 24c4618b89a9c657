/**
 * Feature normalization, per column over all samples. Statistics include the validation samples
 * (the split happens later, in the engine); for the small data sets here the leak is negligible
 * and it keeps the data set independent of the training settings.
 */
import type { Normalization } from './types';

/** Normalizes row-major `x` (samples × inputs) in place. */
export function normalizeFeatures(x: Float64Array, samples: number, inputs: number, kind: Normalization): void {
  if (kind === 'none' || samples === 0) return;
  for (let column = 0; column < inputs; column++) {
    // Both normalizations ignore the column's scale, so dividing by its largest magnitude first
    // changes nothing but keeps sums and differences of values near ±1e308 finite.
    const magnitude = largestMagnitude(x, samples, inputs, column);
    const prescale = magnitude > 0 && Number.isFinite(magnitude) ? 1 / magnitude : 1;
    for (let i = 0; i < samples; i++) x[i * inputs + column] *= prescale;
    const { offset, scale } = kind === 'standard' ? standardScale(x, samples, inputs, column) : minMaxScale(x, samples, inputs, column);
    for (let i = 0; i < samples; i++) {
      const at = i * inputs + column;
      x[at] = (x[at] - offset) * scale;
    }
  }
}

function largestMagnitude(x: Float64Array, samples: number, inputs: number, column: number): number {
  let largest = 0;
  for (let i = 0; i < samples; i++) largest = Math.max(largest, Math.abs(x[i * inputs + column]));
  return largest;
}

/** Mean and 1/std (population). A constant column is only centred: dividing by 0 would give NaN. */
function standardScale(x: Float64Array, samples: number, inputs: number, column: number): { offset: number; scale: number } {
  let sum = 0;
  for (let i = 0; i < samples; i++) sum += x[i * inputs + column];
  const mean = sum / samples;
  let squares = 0;
  for (let i = 0; i < samples; i++) squares += (x[i * inputs + column] - mean) ** 2;
  const std = Math.sqrt(squares / samples);
  return { offset: mean, scale: std > 0 ? 1 / std : 1 };
}

/** Minimum and 1/range, mapping the column onto [0, 1]. A constant column becomes 0. */
function minMaxScale(x: Float64Array, samples: number, inputs: number, column: number): { offset: number; scale: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < samples; i++) {
    const value = x[i * inputs + column];
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { offset: min, scale: max > min ? 1 / (max - min) : 1 };
}
