import { strict as assert } from 'assert';
import { BatchNorm, BN_EPSILON } from '../../../src/engine/batchnorm';

const ROWS = 4, UNITS = 2;
// Unit 0: mean 2.5, variance 1.25; unit 1: mean −1, variance 2.
const Z = Float64Array.from([1, -3, 2, -1, 3, 1, 4, -1]);
const MEAN = [2.5, -1], VARIANCE = [1.25, 2];

function close(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual}, expected ${expected}`);
}

describe('engine batch normalization', () => {
  it('training normalizes with batch statistics, then scales by γ and shifts by β', () => {
    const bn = new BatchNorm('float64', UNITS, ROWS, 0);
    bn.gamma.value.set([2, 1]);
    bn.beta.value.set([0.5, 0]);
    const y = new Float64Array(ROWS * UNITS);
    bn.forward(Z, y, ROWS, true, true);
    for (let r = 0; r < ROWS; r++) {
      for (let j = 0; j < UNITS; j++) {
        const expected = [2, 1][j] * ((Z[r * UNITS + j] - MEAN[j]) / Math.sqrt(VARIANCE[j] + BN_EPSILON)) + [0.5, 0][j];
        close(y[r * UNITS + j], expected, `y[${r}][${j}]`);
      }
    }
  });

  it('starts at γ = 1, β = 0 and updates running averages with momentum 0.9 in training mode only', () => {
    const bn = new BatchNorm('float64', UNITS, ROWS, 0);
    assert.deepEqual(Array.from(bn.gamma.value), [1, 1]);
    assert.deepEqual(Array.from(bn.beta.value), [0, 0]);
    const y = new Float64Array(ROWS * UNITS);
    bn.forward(Z, y, ROWS, true, true);
    [0, 1].forEach((j) => {
      close(bn.runningMean[j], 0.1 * MEAN[j], 'running mean');
      close(bn.runningVar[j], 0.9 + 0.1 * VARIANCE[j], 'running variance');
    });
    bn.forward(Z, y, ROWS, true, false);
    close(bn.runningMean[0], 0.1 * MEAN[0], 'check mode leaves the running mean alone');
  });

  it('evaluation uses the running statistics, so each row is normalized on its own', () => {
    const bn = new BatchNorm('float64', UNITS, ROWS, 0);
    bn.runningMean.set([1, 2]);
    bn.runningVar.set([4, 9]);
    const y = new Float64Array(UNITS);
    bn.forward(Float64Array.from([3, 5]), y, 1, false, false);
    close(y[0], 2 / Math.sqrt(4 + BN_EPSILON), 'unit 0');
    close(y[1], 3 / Math.sqrt(9 + BN_EPSILON), 'unit 1');
  });

  it('backward matches central differences of Σ g·y through the batch statistics', () => {
    const bn = new BatchNorm('float64', UNITS, ROWS, 0);
    bn.gamma.value.set([1.5, 0.7]);
    const g = Float64Array.from([0.3, -0.2, 0.1, 0.5, -0.4, 0.25, 0.2, -0.6]);
    const weighted = (z: Float64Array) => {
      const y = new Float64Array(ROWS * UNITS);
      new BatchNorm('float64', UNITS, ROWS, 0).forward(z, y, ROWS, true, false);
      return y.reduce((s, v, i) => s + v * g[i] * [1.5, 0.7][i % UNITS], 0);
    };
    bn.forward(Z, new Float64Array(ROWS * UNITS), ROWS, true, false);
    const grad = Float64Array.from(g);
    bn.backward(grad, ROWS);
    const h = 1e-6;
    for (let i = 0; i < Z.length; i++) {
      const plus = Float64Array.from(Z), minus = Float64Array.from(Z);
      plus[i] += h;
      minus[i] -= h;
      const numeric = (weighted(plus) - weighted(minus)) / (2 * h);
      assert.ok(Math.abs(numeric - grad[i]) < 1e-8, `dz[${i}]: ${grad[i]} vs ${numeric}`);
    }
    close(bn.beta.grad[0], 0.3 + 0.1 - 0.4 + 0.2, 'dβ = Σ g');
  });
  it('a remainder batch smaller than the buffers uses only its own rows, forward and backward', () => {
    // A 2-row last batch (450 samples in batches of 32 or 64) after full batches left stale rows behind.
    const bn = new BatchNorm('float64', UNITS, ROWS, 0);
    bn.gamma.value.set([1.5, 0.7]);
    const y = new Float64Array(ROWS * UNITS);
    bn.forward(Z, y, ROWS, true, true);
    const z2 = Float64Array.from([0.5, 3, 2.5, -1, 99, 99, 99, 99]);
    bn.forward(z2, y, 2, true, true);
    // Two rows normalize to ∓√(σ²/(σ²+ε)) whatever their spread: nearly ±γ.
    close(y[0], -1.5 / Math.sqrt(1 + BN_EPSILON), 'row 0 unit 0');
    close(y[3], -0.7 / Math.sqrt(1 + BN_EPSILON / 4), 'row 1 unit 1');
    close(bn.runningMean[0], 0.9 * 0.1 * MEAN[0] + 0.1 * 1.5, 'running mean from the 2 rows');
    close(bn.runningVar[1], 0.9 * (0.9 + 0.1 * VARIANCE[1]) + 0.1 * 4, 'running variance from the 2 rows');
    const g = Float64Array.from([0.3, -0.2, 0.1, 0.5, 7, 7, 7, 7]);
    const weighted = (z: Float64Array) => {
      const out = new Float64Array(ROWS * UNITS);
      new BatchNorm('float64', UNITS, ROWS, 0).forward(z, out, 2, true, false);
      return out.slice(0, 2 * UNITS).reduce((s, v, i) => s + v * g[i] * [1.5, 0.7][i % UNITS], 0);
    };
    const grad = Float64Array.from(g);
    bn.backward(grad, 2);
    const h = 1e-6;
    for (let i = 0; i < 2 * UNITS; i++) {
      const plus = Float64Array.from(z2), minus = Float64Array.from(z2);
      plus[i] += h;
      minus[i] -= h;
      const numeric = (weighted(plus) - weighted(minus)) / (2 * h);
      assert.ok(Math.abs(numeric - grad[i]) < 1e-7, `dz[${i}]: ${grad[i]} vs ${numeric}`);
    }
    close(bn.beta.grad[0], 0.3 + 0.1, 'dβ sums the 2 rows only');
    assert.deepEqual(Array.from(grad.slice(2 * UNITS)), [7, 7, 7, 7], 'rows past the batch are not written');
  });
});
