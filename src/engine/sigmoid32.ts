/**
 * The logistic function for float32 training, about twice as cheap as the Math.exp-exact one.
 *
 * A float32 result carries 24 bits, so it does not need the last bits of a double exponential: the
 * double computed here is within 3e-10 (relative) of the exact sigmoid before it is rounded to
 * float32, against a float32 spacing of 6e-8 to 1.2e-7, so the stored result is the correctly
 * rounded float32 except when the exact value lies within 3e-10 of a rounding midpoint (then it may
 * be the other neighbour, 1 ulp away). test/unit/engine/sigmoid32.test.ts measures the error,
 * monotonicity over float32 inputs and the limits. Float64 computations (gradient checks, the
 * probe) keep the exact exponential of exp.ts.
 *
 * sigmoid(z) = 1 / (1 + e^t), t = −z clamped to ±104, with e^t = 2^(k/8) · e^r: k = round(8t/ln2)
 * picks an entry of a table of 2^(k/8), and |r| ≤ ln2/16 leaves e^r to a degree-4 polynomial fitted
 * for minimal relative error (1.7e-10 on that interval, computed in 40-digit arithmetic). No sign
 * test is needed: e^t up to e^104 is a finite double, and 1/(1 + e^t) keeps its relative accuracy for
 * large t. No branch depends on the data either: the sign of a hidden unit's input changes from
 * sample to sample, and mispredicted branches would cost more than the arithmetic (the clamps compile
 * to branches that are taken only for |z| > 104). The polynomial is evaluated in Estrin's form, whose
 * shorter dependency chain lets the CPU overlap more elements.
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
 * sigmoid(z) to 3e-10 relative: for results that are rounded to float32.
 *
 * Constants: 11.541560327111707 = 8/ln2; 6755399441055744 = 1.5·2^52, whose addition and
 * subtraction round to the nearest integer in the FPU (shorter than a truncation and conversion
 * back); ln2/8 in two parts, the first with trailing zero bits so that k·hi is exact.
 */
export function sigmoidFloat32(z: number): number {
  let t = -z;
  // Written so that NaN passes both tests unclamped and reaches the result.
  t = t > 104 ? 104 : t;
  t = t < -104 ? -104 : t;
  const k = t * 11.541560327111707 + 6755399441055744 - 6755399441055744;
  const r = t - k * 0.08664339754614048 - k * 2.3852686615882346e-11;
  const r2 = r * r;
  const er = 1 + r + r2 * (0.5000000127518145 + r * 0.16668025899940841 + r2 * 0.0416604317733175);
  return 1 / (1 + er * POW2_EIGHTHS[(k | 0) + 1200]);
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
    'const k = t * 11.541560327111707 + 6755399441055744 - 6755399441055744;',
    'const r = t - k * 0.08664339754614048 - k * 2.3852686615882346e-11;',
    'const r2 = r * r;',
    'const er = 1 + r + r2 * (0.5000000127518145 + r * 0.16668025899940841 + r2 * 0.0416604317733175);',
    `${assign('1 / (1 + er * pow2e[(k | 0) + 1200])')} }`,
  ].join(' ');
}
