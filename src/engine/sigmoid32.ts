/**
 * The logistic function for float32 training, about twice as cheap as the Math.exp-exact one.
 *
 * A float32 result carries 24 bits, so it does not need the last bits of a double exponential: the
 * double computed here is within 2.2e-10 (relative) of the exact sigmoid before it is rounded to
 * float32, against a float32 spacing of 6e-8 to 1.2e-7, so the stored result is the correctly
 * rounded float32 except when the exact value lies within 2.2e-10 of a rounding midpoint (then it
 * may be the other neighbour, 1 ulp away). test/unit/engine/sigmoid32.test.ts measures the error,
 * monotonicity over float32 inputs and the limits. Float64 computations (gradient checks, the
 * probe) keep the exact exponential of exp.ts.
 *
 * sigmoid(z) = 1 / (1 + e^t), t = −z clamped to ±104, with e^t = 2^(y/8), y = 8t/ln2 = k + f: the
 * integer k picks an entry of a table of 2^(k/8), and e^r for r = f·ln2/8, |r| ≤ ln2/16, is the
 * [2/2] Padé approximant P/Q = (12 + 6r + r²)/(12 − 6r + r²), 2.1e-10 relative at most on that
 * interval (computed in 40-digit arithmetic). Then sigmoid = 1/(1 + 2^(k/8)·P/Q) = Q/(Q + 2^(k/8)·P):
 * one division serves both. No sign test is needed: e^t up to e^104 is a finite double, and the
 * quotient keeps its relative accuracy for large t. No branch depends on the data either: the sign
 * of a hidden unit's input changes from sample to sample, and mispredicted branches would cost more
 * than the arithmetic (the clamps compile to branches taken only for |z| > 104). ~3.4 ns per value
 * against ~7 for the exact one (measured in a loop over 512 values; a degree-4 polynomial for e^r,
 * 8e-11, took ~3.6 ns).
 *
 * Limits: NaN propagates (the nan-loss detector needs it); ±Infinity and |z| ≥ 104 give exactly 1
 * and a value that rounds to 0 in float32 (e^−104 < 2^−150), as the exact function does.
 */

/** |z| is clamped here; beyond it, sigmoid is 1 or rounds to 0 in float32 anyway. */
export const SIGMOID32_CLAMP = 104;

/** 2^(k/8) for k = −1200 … 1200 at index k + 1200 (|t| ≤ 104 rounds to |k| ≤ 1200). */
export const POW2_EIGHTHS = powersOfTwoInEighths();

function powersOfTwoInEighths(): Float64Array {
  const table = new Float64Array(2401);
  for (let k = -1200; k <= 1200; k++) table[k + 1200] = Math.pow(2, k / 8);
  return table;
}

/**
 * sigmoid(z) to 2.2e-10 relative: for results that are rounded to float32.
 *
 * Constants: 11.541560327111707 = 8/ln2, so y = 8t/ln2 and e^t = 2^(y/8); 6755399441055744 =
 * 1.5·2^52, whose addition and subtraction round y to the nearest integer k in the FPU (shorter
 * than a truncation and a conversion back); f = y − k is exact. The rounding of y itself costs at
 * most 1.2e-14 (relative) in the result. With r = f·ln2/8: u = 12 + r² and v = 6r, where
 * 0.007507078342471897 = (ln2/8)² and 0.5198603854199589 = 6·ln2/8; P = u + v, Q = u − v.
 */
export function sigmoidFloat32(z: number): number {
  let t = -z;
  // Written so that NaN passes both tests unclamped and reaches the result.
  t = t > 104 ? 104 : t;
  t = t < -104 ? -104 : t;
  const y = t * 11.541560327111707;
  const k = y + 6755399441055744 - 6755399441055744;
  const f = y - k;
  const u = 12 + 0.007507078342471897 * (f * f), v = 0.5198603854199589 * f;
  const q = u - v;
  return q / (q + (u + v) * POW2_EIGHTHS[(k | 0) + 1200]);
}

/**
 * The same computation as source text, for generated kernels (dense-kernels.ts): a block that reads
 * the variable named `z` and ends with `assign(result)`; the table must be in scope as `pow2e`
 * (POW2_EIGHTHS). Inlined text rather than a call: a kernel with a dozen calls exceeds V8's
 * inlining budget, and a call that is not inlined returns its double boxed on the heap.
 */
export function sigmoid32Source(z: string, assign: (result: string) => string): string {
  return [
    `{ let t = -${z}; t = t > 104 ? 104 : t; t = t < -104 ? -104 : t;`,
    'const y = t * 11.541560327111707;',
    'const k = y + 6755399441055744 - 6755399441055744;',
    'const f = y - k;',
    'const u = 12 + 0.007507078342471897 * (f * f), v = 0.5198603854199589 * f;',
    'const q = u - v;',
    `${assign('q / (q + (u + v) * pow2e[(k | 0) + 1200])')} }`,
  ].join(' ');
}
