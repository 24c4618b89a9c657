import { strict as assert } from 'assert';
import { activate, activationBackward, sigmoid } from '../../../src/engine/activations';
import type { Activation } from '../../../src/spec/types';
import { ACTIVATIONS } from '../../../src/spec/types';
import { sigmoidFloat32 } from '../../../src/engine/sigmoid32';
import { randomFeatures } from './helpers';

const ROWS = 3, UNITS = 4;

/** Pre-activations in ±3, kept at least 0.05 away from 0 so the relu-family kinks are not straddled. */
function preactivations(seed: number): Float64Array {
  const z = randomFeatures(ROWS * UNITS, 1, seed).map((v) => 3 * v);
  return z.map((v) => (Math.abs(v) < 0.05 ? v + Math.sign(v || 1) * 0.1 : v));
}

/** Σ g ⊙ act(z): its gradient wrt z is exactly what activationBackward computes from g. */
function weightedSum(kind: Activation, z: Float64Array, g: Float64Array): number {
  const out = new Float64Array(z.length);
  activate(kind, z, out, ROWS, UNITS);
  return out.reduce((sum, v, i) => sum + v * g[i], 0);
}

describe('engine activations', () => {
  it('computes the documented functions', () => {
    const z = Float64Array.from([-2, -0.5, 0.5, 2]);
    const cases: [Activation, number[]][] = [
      ['linear', [-2, -0.5, 0.5, 2]],
      ['relu', [0, 0, 0.5, 2]],
      ['leaky_relu', [-0.02, -0.005, 0.5, 2]],
      ['elu', [Math.exp(-2) - 1, Math.exp(-0.5) - 1, 0.5, 2]],
      ['sigmoid', [-2, -0.5, 0.5, 2].map((v) => 1 / (1 + Math.exp(-v)))],
      ['tanh', [-2, -0.5, 0.5, 2].map(Math.tanh)],
    ];
    for (const [kind, expected] of cases) {
      const out = new Float64Array(4);
      activate(kind, z, out, 1, 4);
      expected.forEach((v, i) => assert.ok(Math.abs(out[i] - v) < 1e-15, `${kind}(${z[i]}) = ${out[i]}, expected ${v}`));
    }
  });

  it('the batched sigmoid gives exactly what the scalar sigmoid gives, special values included', () => {
    const special = [0, -0, 1e-300, -1e-300, 0.3, -0.3, 0.35, -0.35, 1, -1, 20, -20, 40, -40, 745, -745, 800, -800, Infinity, -Infinity, NaN];
    const z = Float64Array.from([...special, ...randomFeatures(2000, 1, 11).map((v, i) => v * (i % 2 ? 4 : 60))]);
    const out = new Float64Array(z.length);
    activate('sigmoid', z, out, 1, z.length);
    z.forEach((v, i) => assert.ok(Object.is(out[i], sigmoid(v)), `sigmoid(${v}) = ${out[i]}`));
  });

  it('the batched float32 sigmoid gives exactly the scalar float32 sigmoid, within 1 ulp of the exact one', () => {
    const special = [0, -0, 1e-30, -1e-30, 0.3, -0.3, 1, -1, 20, -20, 40, -40, 103, -103, 800, -800, Infinity, -Infinity, NaN];
    const z = Float32Array.from([...special, ...randomFeatures(2000, 1, 11).map((v, i) => v * (i % 2 ? 4 : 60))]);
    const out = new Float32Array(z.length);
    activate('sigmoid', z, out, 1, z.length);
    z.forEach((v, i) => {
      assert.ok(Object.is(out[i], Math.fround(sigmoidFloat32(v))), `sigmoid(${v}) = ${out[i]}`);
      const exact = Math.fround(sigmoid(v));
      if (!Number.isNaN(v)) assert.ok(Math.abs(out[i] - exact) <= 2 ** -23 * Math.max(exact, 2 ** -126), `sigmoid(${v}) = ${out[i]}, exact ${exact}`);
    });
  });

  it('softmax rows sum to 1 and stay finite for huge logits', () => {
    const z = Float64Array.from([1000, 1001, 1002, -1000, 0, 1000]);
    const out = new Float64Array(6);
    activate('softmax', z, out, 2, 3);
    const e = [Math.exp(-2), Math.exp(-1), 1];
    const total = e[0] + e[1] + e[2];
    e.forEach((v, i) => assert.ok(Math.abs(out[i] - v / total) < 1e-15));
    assert.ok(Math.abs(out[3] + out[4] + out[5] - 1) < 1e-15);
    assert.equal(out[5], 1);
    assert.equal(out[3], 0);
  });

  it('sigmoid is stable at both extremes', () => {
    assert.equal(sigmoid(800), 1);
    assert.ok(sigmoid(-800) >= 0 && sigmoid(-800) < 1e-300);
    assert.ok(Math.abs(sigmoid(-30) - Math.exp(-30) / (1 + Math.exp(-30))) < 1e-25);
  });

  for (const kind of ACTIVATIONS) {
    it(`${kind}: backward matches central differences`, () => {
      const z = preactivations(11), g = randomFeatures(ROWS * UNITS, 1, 12);
      const out = new Float64Array(z.length);
      activate(kind, z, out, ROWS, UNITS);
      const grad = Float64Array.from(g);
      activationBackward(kind, z, out, grad, ROWS, UNITS);
      const h = 1e-6;
      for (let i = 0; i < z.length; i++) {
        const plus = Float64Array.from(z), minus = Float64Array.from(z);
        plus[i] += h;
        minus[i] -= h;
        const numeric = (weightedSum(kind, plus, g) - weightedSum(kind, minus, g)) / (2 * h);
        const error = Math.abs(numeric - grad[i]) / Math.max(1e-6, Math.abs(numeric) + Math.abs(grad[i]));
        assert.ok(error < 1e-7, `${kind} z[${i}]=${z[i]}: backprop ${grad[i]}, numeric ${numeric}`);
      }
    });
  }
});
