/**
 * The engine's storage: plain typed arrays, Float32Array for training speed and Float64Array for
 * gradient checks. Matrices are row-major with explicit row/column counts passed alongside.
 */

/** The element types the engine computes in. */
export type Dtype = 'float32' | 'float64';

/** Any buffer the engine computes on. */
export type FloatArray = Float32Array | Float64Array;

/** Allocates a zeroed buffer of the given element type. */
export function allocate(dtype: Dtype, length: number): FloatArray {
  return dtype === 'float32' ? new Float32Array(length) : new Float64Array(length);
}

/**
 * Rounds the first `length` values to float32 in place: for float32 values held in a Float64Array
 * (see Network.storage), after a computation that wrote unrounded doubles there.
 */
export function roundToFloat32(values: FloatArray, length: number): void {
  for (let i = 0; i < length; i++) values[i] = Math.fround(values[i]);
}

/** One trainable tensor with its gradient, as the optimizer and the instruments see it. */
export interface Param {
  /** "W", "b", "gamma" or "beta". */
  readonly name: string;
  readonly value: FloatArray;
  readonly grad: FloatArray;
  /** Weight decay applies to weight matrices only, never to biases or batch-norm parameters. */
  readonly decays: boolean;
  /** Index of the owning layer in `spec.layers`. */
  readonly layerIndex: number;
}

/** Σ v² over the first `length` elements, accumulated in double precision. */
export function sumSquares(values: FloatArray, length = values.length): number {
  let sum = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i];
    sum += v * v;
  }
  return sum;
}
