/**
 * Activation functions, forward and backward, over whole row-major batches. The switch on the
 * activation name runs once per call; each case is its own tight loop.
 */
import type { Activation } from '../spec/types';
import { expNonPositive } from './exp';
import { sigmoidFloat32 } from './sigmoid32';
import type { FloatArray } from './tensor';

/**
 * Local binding of the exponential: when the sources run through a CommonJS transpiler (tsx, the
 * benchmark and the tests), every use of an imported name is a property read through getters, which
 * stops V8 from inlining the four calls in `sigmoidAll`. The esbuild bundles are unaffected.
 */
const exp = expNonPositive;
/** Local binding for the same reason. */
const sigmoid32 = sigmoidFloat32;

/** Slope of leaky_relu for negative inputs. */
export const LEAKY_SLOPE = 0.01;

/** The relu family: units can be "dead" (input ≤ 0 for every sample). */
export function isReluFamily(kind: Activation): boolean {
  return kind === 'relu' || kind === 'leaky_relu' || kind === 'elu';
}

/** Numerically stable logistic function: never evaluates exp of a large positive number. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * out[i] = sigmoid(z[i]), bit for bit what `sigmoid` gives, without its branches: the sign of a
 * hidden unit's input is a coin flip from one sample to the next, and the mispredicted branches (its
 * own, and those inside Math.exp: see exp.ts) cost more than the arithmetic. With e = exp(−|z|), the
 * numerator is exactly 1 for z ≥ 0 (0·e + 1) and exactly e for z < 0 (1·e + 0), so both cases
 * divide the same numbers as `sigmoid` does.
 */
function sigmoidAll(z: FloatArray, out: FloatArray, n: number): void {
  if (out instanceof Float32Array) {
    sigmoidAllSingle(z, out, n);
    return;
  }
  let i = 0;
  // Four at a time, interleaved: each exponential is a long chain of dependent operations, and V8
  // keeps source order, so interleaving four chains lets the CPU overlap them (~20% faster).
  for (; i + 4 <= n; i += 4) {
    const v0 = z[i], v1 = z[i + 1], v2 = z[i + 2], v3 = z[i + 3];
    const e0 = exp(-Math.abs(v0)), e1 = exp(-Math.abs(v1));
    const e2 = exp(-Math.abs(v2)), e3 = exp(-Math.abs(v3));
    const n0 = +(v0 < 0), n1 = +(v1 < 0), n2 = +(v2 < 0), n3 = +(v3 < 0);
    out[i] = (n0 * e0 + (1 - n0)) / (1 + e0);
    out[i + 1] = (n1 * e1 + (1 - n1)) / (1 + e1);
    out[i + 2] = (n2 * e2 + (1 - n2)) / (1 + e2);
    out[i + 3] = (n3 * e3 + (1 - n3)) / (1 + e3);
  }
  for (; i < n; i++) {
    const v = z[i], e = exp(-Math.abs(v)), negative = +(v < 0);
    out[i] = (negative * e + (1 - negative)) / (1 + e);
  }
}

/** sigmoidAll for float32 results: the float32-accurate sigmoid of sigmoid32.ts, four at a time. */
function sigmoidAllSingle(z: FloatArray, out: Float32Array, n: number): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const s0 = sigmoid32(z[i]), s1 = sigmoid32(z[i + 1]), s2 = sigmoid32(z[i + 2]), s3 = sigmoid32(z[i + 3]);
    out[i] = s0;
    out[i + 1] = s1;
    out[i + 2] = s2;
    out[i + 3] = s3;
  }
  for (; i < n; i++) out[i] = sigmoid32(z[i]);
}

/** out = act(z) over `rows × units` values; `out` may be `z` itself for `linear`. */
export function activate(kind: Activation, z: FloatArray, out: FloatArray, rows: number, units: number): void {
  const n = rows * units;
  switch (kind) {
    case 'linear':
      if (out !== z) for (let i = 0; i < n; i++) out[i] = z[i];
      return;
    case 'relu':
      for (let i = 0; i < n; i++) out[i] = z[i] > 0 ? z[i] : 0;
      return;
    case 'leaky_relu':
      for (let i = 0; i < n; i++) out[i] = z[i] > 0 ? z[i] : LEAKY_SLOPE * z[i];
      return;
    case 'elu':
      for (let i = 0; i < n; i++) out[i] = z[i] > 0 ? z[i] : Math.expm1(z[i]);
      return;
    case 'sigmoid':
      sigmoidAll(z, out, n);
      return;
    case 'tanh':
      for (let i = 0; i < n; i++) out[i] = Math.tanh(z[i]);
      return;
    case 'softmax':
      softmaxRows(z, out, rows, units);
      return;
  }
}

/**
 * Row-wise softmax; subtracting the row maximum keeps every exp ≤ 1, so nothing overflows.
 * `roundStores`: `out` is a float64 buffer holding float32 values, so the exponentials are rounded
 * to float32 where they are stored, as a Float32Array would (the caller rounds the final values).
 */
export function softmaxRows(z: FloatArray, out: FloatArray, rows: number, units: number, roundStores = false): void {
  for (let r = 0; r < rows; r++) {
    const start = r * units;
    let max = -Infinity;
    for (let j = 0; j < units; j++) if (z[start + j] > max) max = z[start + j];
    let sum = 0;
    for (let j = 0; j < units; j++) {
      const e = exp(z[start + j] - max);
      out[start + j] = roundStores ? Math.fround(e) : e;
      sum += e;
    }
    const inv = 1 / sum;
    for (let j = 0; j < units; j++) out[start + j] *= inv;
  }
}

/**
 * grad ← grad ⊙ act'(z), in place: turns dL/d(output) into dL/d(input of the activation).
 * `out` is the forward output, reused where the derivative is cheaper from it (sigmoid, tanh, elu).
 */
export function activationBackward(kind: Activation, z: FloatArray, out: FloatArray, grad: FloatArray, rows: number, units: number): void {
  const n = rows * units;
  switch (kind) {
    case 'linear':
      return;
    case 'relu':
      for (let i = 0; i < n; i++) if (!(z[i] > 0)) grad[i] = 0;
      return;
    case 'leaky_relu':
      for (let i = 0; i < n; i++) if (!(z[i] > 0)) grad[i] *= LEAKY_SLOPE;
      return;
    case 'elu':
      for (let i = 0; i < n; i++) if (!(z[i] > 0)) grad[i] *= out[i] + 1;
      return;
    case 'sigmoid':
      sigmoidBackward(out, grad, n);
      return;
    case 'tanh':
      for (let i = 0; i < n; i++) grad[i] *= 1 - out[i] * out[i];
      return;
    case 'softmax':
      softmaxBackwardRows(out, grad, rows, units);
      return;
  }
}

/** grad ← grad ⊙ out(1 − out), unrolled by four: the simple loop is bound by its own overhead. */
function sigmoidBackward(out: FloatArray, grad: FloatArray, n: number): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const o0 = out[i], o1 = out[i + 1], o2 = out[i + 2], o3 = out[i + 3];
    grad[i] *= o0 * (1 - o0);
    grad[i + 1] *= o1 * (1 - o1);
    grad[i + 2] *= o2 * (1 - o2);
    grad[i + 3] *= o3 * (1 - o3);
  }
  for (; i < n; i++) grad[i] *= out[i] * (1 - out[i]);
}

/** Softmax Jacobian-vector product per row: g_k ← p_k (g_k − Σ_j g_j p_j). */
function softmaxBackwardRows(p: FloatArray, grad: FloatArray, rows: number, units: number): void {
  for (let r = 0; r < rows; r++) {
    const start = r * units;
    let dot = 0;
    for (let j = 0; j < units; j++) dot += grad[start + j] * p[start + j];
    for (let j = 0; j < units; j++) grad[start + j] = p[start + j] * (grad[start + j] - dot);
  }
}
