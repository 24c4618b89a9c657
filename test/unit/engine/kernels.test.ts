import { strict as assert } from 'assert';
import { addRowVector, columnSums, matMul, matMulGWt, matMulNT, matMulXtG, matMulXW, transpose } from '../../../src/engine/kernels';
import { randomFeatures } from './helpers';

/** Textbook triple loop, the reference for the blocked kernels. */
function naiveProduct(a: Float64Array, b: Float64Array, n: number, k: number, m: number): Float64Array {
  const c = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) for (let p = 0; p < k; p++) c[i * m + j] += a[i * k + p] * b[p * m + j];
  return c;
}

function naiveTranspose(a: Float64Array, rows: number, cols: number): Float64Array {
  const t = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) t[c * rows + r] = a[r * cols + c];
  return t;
}

function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number): void {
  assert.equal(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) assert.ok(Math.abs(actual[i] - expected[i]) <= tolerance, `[${i}] ${actual[i]} vs ${expected[i]}`);
}

// Shapes cover the 4×4 register blocks and every remainder of rows and columns.
const SHAPES: [number, number, number][] = [[1, 1, 1], [2, 2, 16], [6, 16, 1], [3, 5, 2], [4, 4, 4], [7, 9, 6], [8, 3, 13], [33, 17, 35], [64, 70, 10]];

describe('engine kernels', () => {
  it('transpose matches the definition, across tile boundaries', () => {
    for (const [rows, cols] of [[1, 1], [3, 70], [65, 33], [32, 32]]) {
      const a = randomFeatures(rows * cols, 1, rows);
      const t = new Float64Array(rows * cols);
      transpose(a, rows, cols, t);
      assert.deepEqual(t, naiveTranspose(a, rows, cols));
    }
  });

  for (const [n, k, m] of SHAPES) {
    it(`X·W, Xᵀ·G and G·Wᵀ match the triple loop for ${n}×${k}·${k}×${m}`, () => {
      const x = randomFeatures(n * k, 1, 1), w = randomFeatures(k * m, 1, 2), g = randomFeatures(n * m, 1, 3);
      const z = new Float64Array(n * m);
      matMulXW(x, naiveTranspose(w, k, m), z, n, k, m);
      assertClose(z, naiveProduct(x, w, n, k, m), 1e-12);
      const dW = new Float64Array(k * m);
      matMulXtG(naiveTranspose(x, n, k), naiveTranspose(g, n, m), dW, n, k, m);
      assertClose(dW, naiveProduct(naiveTranspose(x, n, k), g, k, n, m), 1e-12);
      const dX = new Float64Array(n * k);
      matMulGWt(g, w, dX, n, m, k);
      assertClose(dX, naiveProduct(g, naiveTranspose(w, k, m), n, m, k), 1e-12);
    });
  }

  for (const [n, k, m] of SHAPES) {
    it(`strided products read in place are bit-identical to the transposed ones for ${n}×${k}·${k}×${m}`, () => {
      const x = Float32Array.from(randomFeatures(n * k, 1, 1)), w = Float32Array.from(randomFeatures(k * m, 1, 2)), g = Float32Array.from(randomFeatures(n * m, 1, 3));
      const wT = new Float32Array(m * k), xT = new Float32Array(k * n), gT = new Float32Array(m * n);
      transpose(w, k, m, wT);
      transpose(x, n, k, xT);
      transpose(g, n, m, gT);
      const z = new Float32Array(n * m), zDirect = new Float32Array(n * m);
      matMulXW(x, wT, z, n, k, m);
      matMul(x, k, 1, w, 1, m, zDirect, n, m, k);
      assert.deepEqual(zDirect, z);
      const dW = new Float32Array(k * m), dWDirect = new Float32Array(k * m);
      matMulXtG(xT, gT, dW, n, k, m);
      matMul(x, 1, k, g, 1, m, dWDirect, k, m, n);
      assert.deepEqual(dWDirect, dW);
    });
  }

  it('matMulNT only writes the n × m result, leaving the rest of a larger buffer alone', () => {
    const a = randomFeatures(6, 1, 4), b = randomFeatures(6, 1, 5);
    const c = new Float64Array(20).fill(42);
    matMulNT(a, b, c, 2, 2, 3);
    assert.deepEqual(Array.from(c.subarray(4)), new Array(16).fill(42));
  });

  it('works on Float32Array buffers too', () => {
    const x = Float32Array.from(randomFeatures(5 * 3, 1, 6)), w = Float32Array.from(randomFeatures(3 * 6, 1, 7));
    const wT = new Float32Array(18);
    transpose(w, 3, 6, wT);
    const z = new Float32Array(30);
    matMulXW(x, wT, z, 5, 3, 6);
    assertClose(z, naiveProduct(Float64Array.from(x), Float64Array.from(w), 5, 3, 6), 1e-6);
  });

  it('adds a bias row and sums columns', () => {
    const c = Float64Array.from([1, 2, 3, 4, 5, 6]);
    addRowVector(c, Float64Array.from([10, 20, 30]), 2, 3);
    assert.deepEqual(Array.from(c), [11, 22, 33, 14, 25, 36]);
    const sums = new Float64Array(3).fill(99);
    columnSums(c, 2, 3, sums);
    assert.deepEqual(Array.from(sums), [25, 47, 69]);
  });
});
