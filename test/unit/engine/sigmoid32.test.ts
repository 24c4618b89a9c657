import { strict as assert } from 'assert';
import { activate } from '../../../src/engine/activations';
import { Random } from '../../../src/engine/random';
import { POW2_EIGHTHS, SIGMOID32_CLAMP, sigmoid32Source, sigmoidFloat32 } from '../../../src/engine/sigmoid32';

/** The exact logistic function in double precision (never exp of a large positive number). */
function exactSigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Distance between a positive float32 and its upper neighbour (the smallest denormal at 0). */
function float32Ulp(v: number): number {
  return Math.fround(v * (1 + 2 ** -23)) - v || 2 ** -149;
}

/** Float32 values from `from` upwards, `count` of them, each the next representable one. */
function consecutiveFloat32(from: number, count: number): Float32Array {
  const values = new Float32Array(count);
  const bits = new Int32Array(values.buffer);
  values[0] = from;
  // Raw bit patterns count away from zero, so the next value up is +1 above 0 and −1 below (no zero crossing here).
  for (let i = 1; i < count; i++) bits[i] = values[i - 1] >= 0 ? bits[i - 1] + 1 : bits[i - 1] - 1;
  return values;
}

function assertMonotone(inputs: Float32Array, label: string): void {
  let previous = -Infinity;
  for (let i = 0; i < inputs.length; i++) {
    const value = Math.fround(sigmoidFloat32(inputs[i]));
    assert.ok(value >= previous, `${label}: sigmoid(${inputs[i]}) = ${value} < sigmoid(${inputs[i - 1]}) = ${previous}`);
    previous = value;
  }
}

describe('engine float32 sigmoid', () => {
  // Measured with the 2,000,000 arguments below: 2.12e-10 at most; the float32 result differed
  // from the correctly rounded one for 0.02% of them (412), always by exactly 1 ulp.
  it('is within 2.5e-10 (relative) of the exact sigmoid on |z| ≤ 104, and within 1 float32 ulp once rounded', () => {
    const rng = new Random(3);
    let worst = 0, misrounded = 0;
    const samples = 2_000_000;
    for (let i = 0; i < samples; i++) {
      const z = Math.fround((rng.next() * 2 - 1) * [1, 8, 30, 104, 120][i % 5]);
      const ours = sigmoidFloat32(z), exact = exactSigmoid(z);
      if (Math.abs(z) <= SIGMOID32_CLAMP) worst = Math.max(worst, Math.abs(ours - exact) / exact);
      const rounded = Math.fround(ours), reference = Math.fround(exact);
      if (rounded !== reference) {
        misrounded++;
        assert.ok(Math.abs(rounded - reference) <= float32Ulp(Math.min(rounded, reference)), `sigmoid(${z}): ${rounded} vs ${reference}`);
      }
    }
    assert.ok(worst < 2.5e-10, `max relative error ${worst}`);
    assert.ok(misrounded / samples < 0.002, `${misrounded} of ${samples} not correctly rounded`);
  });

  it('is monotone over consecutive float32 inputs, across every table boundary of the reduction', () => {
    // k changes where 8t/ln2 crosses a half-integer: every such point in ±104, 40 floats each side.
    for (let k = -1200; k < 1200; k++) {
      const boundary = -((k + 0.5) * Math.LN2) / 8;
      const start = Math.fround(boundary - 40 * float32Ulp(Math.abs(boundary)));
      assertMonotone(consecutiveFloat32(start, 81), `around ${boundary}`);
    }
  });

  it('is monotone on a dense sweep of [−110, 110]', () => {
    const inputs = new Float32Array(2_000_001);
    for (let i = 0; i < inputs.length; i++) inputs[i] = -110 + (220 * i) / (inputs.length - 1);
    assertMonotone(inputs, 'sweep');
  });

  it('is exact at the limits: 0.5 at 0, 1 and 0 beyond the clamp and at ±Infinity, NaN stays NaN', () => {
    assert.equal(sigmoidFloat32(0), 0.5);
    assert.equal(sigmoidFloat32(-0), 0.5);
    for (const z of [104, 200, 1e30, Infinity]) assert.equal(Math.fround(sigmoidFloat32(z)), 1, `sigmoid(${z})`);
    for (const z of [-104, -200, -1e30, -Infinity]) assert.equal(Math.fround(sigmoidFloat32(z)), 0, `sigmoid(${z})`);
    assert.ok(Number.isNaN(sigmoidFloat32(NaN)));
    // Where float32 outputs turn denormal and then vanish, the rounded values still match.
    for (const z of [-80, -87.5, -90, -100, -103, -103.97, 17, 30]) assert.equal(Math.fround(sigmoidFloat32(z)), Math.fround(exactSigmoid(z)), `sigmoid(${z})`);
  });

  it('the source text for compiled kernels computes exactly the same values', () => {
    const compiled = new Function('pow2e', `return function (z) { ${sigmoid32Source('z', (value) => `return ${value};`)} };`)(POW2_EIGHTHS) as (z: number) => number;
    const rng = new Random(8);
    for (let i = 0; i < 100_000; i++) {
      const z = (rng.next() * 2 - 1) * [1, 10, 120][i % 3];
      assert.ok(Object.is(compiled(z), sigmoidFloat32(z)), `sigmoid(${z})`);
    }
    for (const z of [0, -0, 104, -104, Infinity, -Infinity, NaN]) assert.ok(Object.is(compiled(z), sigmoidFloat32(z)), `sigmoid(${z})`);
  });

  it('is what float32 training uses, while float64 keeps the exact function', () => {
    const z = Float64Array.from([-3.3, -0.7, 0, 0.2, 5.1]);
    const single = new Float32Array(5), double = new Float64Array(5);
    activate('sigmoid', Float32Array.from(z), single, 1, 5);
    activate('sigmoid', z, double, 1, 5);
    z.forEach((v, i) => {
      assert.equal(single[i], Math.fround(sigmoidFloat32(Math.fround(v))));
      assert.equal(double[i], exactSigmoid(v));
    });
  });
});
