import { strict as assert } from 'assert';
import { Optimizer } from '../../../src/engine/optimizers';
import type { Param } from '../../../src/engine/tensor';
import type { OptimizerSpec } from '../../../src/spec/types';

function param(name: string, value: number[], grad: number[], decays = name === 'W'): Param {
  return { name, value: Float64Array.from(value), grad: Float64Array.from(grad), decays, layerIndex: 0 };
}

function optimizer(spec: Partial<OptimizerSpec>, params: Param[]): Optimizer {
  return new Optimizer({ type: 'sgd', lr: 0.1, momentum: 0, nesterov: false, weightDecay: 0, clipNorm: 0, ...spec }, params, 'float64');
}

function assertValues(actual: ArrayLike<number>, expected: number[]): void {
  expected.forEach((v, i) => assert.ok(Math.abs(actual[i] - v) < 1e-12, `[${i}] ${actual[i]}, expected ${v}`));
}

describe('engine optimizers', () => {
  it('sgd: w ← w − lr·g', () => {
    const w = param('W', [1, -2], [0.5, 0.25]);
    optimizer({}, [w]).step();
    assertValues(w.value, [1 - 0.05, -2 - 0.025]);
  });

  it('sgd with momentum: v ← μv + g, w ← w − lr·v', () => {
    const w = param('W', [1], [0.5]);
    const opt = optimizer({ momentum: 0.9 }, [w]);
    opt.step();
    assertValues(w.value, [1 - 0.1 * 0.5]);
    w.grad[0] = -0.2;
    opt.step();
    const v = 0.9 * 0.5 - 0.2;
    assertValues(w.value, [1 - 0.05 - 0.1 * v]);
  });

  it('sgd with nesterov: w ← w − lr·(g + μv)', () => {
    const w = param('W', [1], [0.5]);
    const opt = optimizer({ momentum: 0.9, nesterov: true }, [w]);
    opt.step();
    assertValues(w.value, [1 - 0.1 * (0.5 + 0.9 * 0.5)]);
    w.grad[0] = -0.2;
    opt.step();
    const v = 0.9 * 0.5 - 0.2;
    assertValues(w.value, [1 - 0.1 * 0.95 - 0.1 * (-0.2 + 0.9 * v)]);
  });

  it('adam: bias-corrected moments, β1 0.9, β2 0.999, ε 1e-8', () => {
    const w = param('W', [1, 2], [0.5, -3]);
    const opt = optimizer({ type: 'adam', lr: 0.01 }, [w]);
    opt.step();
    // Step 1: m̂ = g and v̂ = g², so each weight moves by lr·g/(|g| + ε).
    assertValues(w.value, [1 - (0.01 * 0.5) / (0.5 + 1e-8), 2 + (0.01 * 3) / (3 + 1e-8)]);
    w.grad[0] = 0.1;
    w.grad[1] = 1;
    const before = Array.from(w.value);
    opt.step();
    const expected = [0.5, -3].map((g1, i) => {
      const g2 = [0.1, 1][i];
      const m = 0.9 * (0.1 * g1) + 0.1 * g2;
      const v = 0.999 * (0.001 * g1 * g1) + 0.001 * g2 * g2;
      return before[i] - (0.01 * (m / (1 - 0.81))) / (Math.sqrt(v / (1 - 0.999 ** 2)) + 1e-8);
    });
    assertValues(w.value, expected);
  });

  it('rmsprop: s ← ρs + (1−ρ)g², w ← w − lr·g/(√s + ε)', () => {
    const w = param('W', [1], [0.5]);
    const opt = optimizer({ type: 'rmsprop', lr: 0.01 }, [w]);
    opt.step();
    const s1 = 0.1 * 0.25;
    assertValues(w.value, [1 - (0.01 * 0.5) / (Math.sqrt(s1) + 1e-8)]);
    w.grad[0] = -1;
    const before = w.value[0];
    opt.step();
    const s2 = 0.9 * s1 + 0.1;
    assertValues(w.value, [before + 0.01 / (Math.sqrt(s2) + 1e-8)]);
  });

  it('weight decay adds wd·w to the gradient of weights only', () => {
    const w = param('W', [2], [0.5]);
    const b = param('b', [2], [0.5]);
    const gamma = param('gamma', [2], [0.5], false);
    optimizer({ weightDecay: 0.1 }, [w, b, gamma]).step();
    assertValues(w.value, [2 - 0.1 * (0.5 + 0.1 * 2)]);
    assertValues(b.value, [2 - 0.1 * 0.5]);
    assertValues(gamma.value, [2 - 0.1 * 0.5]);
  });

  it('clipNorm scales all gradients together when their global norm exceeds it', () => {
    const w = param('W', [0, 0], [3, 0]);
    const b = param('b', [0], [4]);
    optimizer({ lr: 1, clipNorm: 1 }, [w, b]).step();
    assertValues(w.value, [-0.6, 0]);
    assertValues(b.value, [-0.8]);
    const small = param('W', [0], [0.5]);
    optimizer({ lr: 1, clipNorm: 1 }, [small]).step();
    assertValues(small.value, [-0.5]);
  });

  it('reports raw gradient, update and weight squares per tensor', () => {
    const w = param('W', [1, 1], [3, 4]);
    const opt = optimizer({ lr: 0.1, clipNorm: 1 }, [w]);
    opt.step();
    assert.ok(Math.abs(opt.gradSquares[0] - 25) < 1e-12);
    assert.ok(Math.abs(opt.updateSquares[0] - 0.01) < 1e-12, String(opt.updateSquares[0]));
    assert.ok(Math.abs(opt.valueSquares[0] - (0.94 ** 2 + 0.92 ** 2)) < 1e-12);
  });

  it('a step that does not record norms updates the weights exactly as one that does, for every rule', () => {
    const specs: Partial<OptimizerSpec>[] = [{}, { weightDecay: 0.01 }, { momentum: 0.9 }, { momentum: 0.9, nesterov: true }, { type: 'adam' }, { type: 'rmsprop' }, { clipNorm: 0.5 }];
    for (const spec of specs) {
      const recorded = [param('W', [0.3, -1.7, 2.2], [0.5, -0.25, 3]), param('b', [0.1], [-0.4])];
      const skipped = recorded.map((p) => param(p.name, Array.from(p.value), Array.from(p.grad)));
      const a = optimizer(spec, recorded), b = optimizer(spec, skipped);
      for (let step = 0; step < 3; step++) {
        a.step(true);
        b.step(false);
      }
      recorded.forEach((p, k) => assert.deepEqual(skipped[k].value, p.value, JSON.stringify(spec)));
      b.step(true);
      a.step(true);
      assert.deepEqual(b.updateSquares, a.updateSquares, 'norms of a recording step after skipped ones');
      assert.deepEqual(b.valueSquares, a.valueSquares);
    }
  });
});
