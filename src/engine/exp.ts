/**
 * e^x for x ≤ 0 without branches on the data: the exponential inside sigmoid and softmax.
 *
 * V8's Math.exp is fdlibm's exp (a C++ port), which picks one of three argument reductions by the
 * size of |x|. Once a network has trained for a while its pre-activations spread over all three, the
 * branch is mispredicted for a large share of the units, and sigmoid costs ~40% more than on a fresh
 * network. `expNonPositive` runs the same algorithm — same constants, same operations in the same
 * order, so the same rounding — with the reduction step chosen arithmetically. Its results are
 * bit-for-bit those of Math.exp (the unit test compares them on hundreds of thousands of arguments,
 * the range boundaries included), so nothing the engine computes changes; arguments outside the fast
 * range (tiny, huge, NaN) are handed to Math.exp itself.
 *
 * The constants are written as literals rather than named module constants on purpose: V8 loads a
 * module-level constant from its context (with a check) on every use inside a hot loop.
 */

/** 2^(i − 1023) for i = 0 … 1023: the final scaling by 2^k, k = −1023 … 0, exact. */
const POW2 = powersOfTwo();

function powersOfTwo(): Float64Array {
  const table = new Float64Array(1024);
  let value = 1;
  for (let i = 1023; i >= 0; i--, value /= 2) table[i] = value;
  return table;
}

/**
 * e^x for x ≤ 0 (any x is accepted), identical to Math.exp(x).
 *
 * fdlibm: x = k·ln2 + r with |r| ≤ ln2/2, where k = trunc(x/ln2 − 1/2) for |x| above ln2/2 and k = 0
 * below (its special case for |x| < 1.5·ln2 gives the same k, hi and lo as the general formula);
 * then e^r from a degree-5 polynomial in r², and e^x = 2^k·e^r. With k = 0, hi = x and lo = 0 the
 * general formula performs exactly fdlibm's k = 0 operations.
 */
export function expNonPositive(x: number): number {
  // 3.725290298461914e-9 = 2^−28, below which fdlibm returns 1 + x; beyond −700 scaling needs care.
  if (!(x > -700 && x <= -3.725290298461914e-9)) return Math.exp(x);
  // 1.4426950408889634 = 1/ln2; −0.3465735912322998 is fdlibm's ln2/2 threshold (high word 0x3FD62E43).
  const reduce = +(x <= -0.3465735912322998);
  const k = ((1.4426950408889634 * x - 0.5) | 0) & (0 - reduce);
  // ln2 split in a high part (k·hi exact) and a low part.
  const hi = x - k * 0.6931471803691238, lo = k * 1.9082149292705877e-10;
  const r = hi - lo, t = r * r;
  const c = r - t * (0.16666666666666602 + t * (-0.0027777777777015593 + t * (0.00006613756321437934 + t * (-0.0000016533902205465252 + t * 4.1381367970572385e-8))));
  return (1 - ((lo - (r * c) / (2 - c)) - hi)) * POW2[k + 1023];
}
