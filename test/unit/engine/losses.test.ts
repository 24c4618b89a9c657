import { strict as assert } from 'assert';
import { activate, activationBackward } from '../../../src/engine/activations';
import { EngineError } from '../../../src/engine/errors';
import { columnSums } from '../../../src/engine/kernels';
import { computeLoss, countCorrect, encodeTargets, LossPath, lossPath, meanSquaredErrorThrough } from '../../../src/engine/losses';
import type { Activation, LossName } from '../../../src/spec/types';
import { classification, randomFeatures, regression } from './helpers';

const ROWS = 3, COLS = 4;

/** A loss path with the output activation that feeds it and targets it accepts. */
interface Case {
  path: LossPath;
  activation: Activation;
  targets: Float64Array;
}

const oneHot = Float64Array.from([0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1]);
const CASES: Case[] = [
  { path: 'mse', activation: 'tanh', targets: randomFeatures(ROWS * COLS, 1, 3) },
  { path: 'mse', activation: 'softmax', targets: oneHot },
  { path: 'bce-logits', activation: 'sigmoid', targets: Float64Array.from([0, 1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 0]) },
  { path: 'bce-clamped', activation: 'softmax', targets: Float64Array.from([0, 1, 1, 0, 1, 0, 0, 1, 1, 1, 0, 0]) },
  { path: 'cce-logits', activation: 'softmax', targets: oneHot },
  { path: 'cce-clamped', activation: 'sigmoid', targets: oneHot },
];

/** The loss as a function of the output layer's pre-activation z (activation included). */
function lossOfLogits(c: Case, z: Float64Array, grad?: Float64Array): number {
  const out = new Float64Array(z.length);
  activate(c.activation, z, out, ROWS, COLS);
  return computeLoss(c.path, out, z, c.targets, ROWS, COLS, grad);
}

describe('engine losses', () => {
  it('picks the fused path only for sigmoid+bce and softmax+cce', () => {
    const table: [LossName, Activation, LossPath][] = [
      ['bce', 'sigmoid', 'bce-logits'], ['bce', 'linear', 'bce-clamped'], ['bce', 'softmax', 'bce-clamped'],
      ['cce', 'softmax', 'cce-logits'], ['cce', 'sigmoid', 'cce-clamped'], ['mse', 'sigmoid', 'mse'],
    ];
    for (const [loss, activation, path] of table) assert.equal(lossPath(loss, activation), path, `${loss} after ${activation}`);
  });

  it('mse is the mean over batch and outputs of the squared error', () => {
    const out = Float64Array.from([1, 2, 3, 4]), y = Float64Array.from([0, 2, 5, 4]);
    const grad = new Float64Array(4);
    assert.equal(computeLoss('mse', out, out, y, 2, 2, grad), (1 + 0 + 4 + 0) / 4);
    assert.deepEqual(Array.from(grad), [2 * 1 / 4, 0, (2 * -2) / 4, 0]);
  });

  it('bce from logits equals −[y log p + (1−y) log(1−p)] and stays finite at |z| = 1000', () => {
    const z = Float64Array.from([0.3, -1.2]), y = Float64Array.from([1, 0]);
    const p = z.map((v) => 1 / (1 + Math.exp(-v)));
    const expected = -(Math.log(p[0]) + Math.log(1 - p[1])) / 2;
    assert.ok(Math.abs(computeLoss('bce-logits', p, z, y, 2, 1) - expected) < 1e-15);
    const huge = Float64Array.from([1000, -1000]), wrong = Float64Array.from([0, 1]);
    const loss = computeLoss('bce-logits', Float64Array.from([1, 0]), huge, wrong, 2, 1);
    assert.ok(Math.abs(loss - 1000) < 1e-9, `loss ${loss}`);
  });

  it('cce from logits is stable for huge logits; the clamped paths cap −log at −log(1e-7)', () => {
    const z = Float64Array.from([1000, 0]), p = Float64Array.from([1, 0]);
    assert.ok(Math.abs(computeLoss('cce-logits', p, z, Float64Array.from([0, 1]), 1, 2) - 1000) < 1e-9);
    assert.ok(Math.abs(computeLoss('cce-clamped', p, p, Float64Array.from([0, 1]), 1, 2) + Math.log(1e-7)) < 1e-12);
    assert.ok(Math.abs(computeLoss('bce-clamped', Float64Array.from([0]), z, Float64Array.from([1]), 1, 1) + Math.log(1e-7)) < 1e-12);
  });

  for (const c of CASES) {
    it(`${c.path} after ${c.activation}: gradient wrt the logits matches central differences`, () => {
      const z = randomFeatures(ROWS * COLS, 1, 5).map((v) => 2 * v);
      const grad = new Float64Array(z.length);
      lossOfLogits(c, z, grad);
      if (c.path === 'mse' || c.path.endsWith('clamped')) {
        // Non-fused: the loss gave dL/d(out); chain through the activation as the layer would.
        const out = new Float64Array(z.length);
        activate(c.activation, z, out, ROWS, COLS);
        activationBackward(c.activation, z, out, grad, ROWS, COLS);
      }
      const h = 1e-6;
      for (let i = 0; i < z.length; i++) {
        const plus = Float64Array.from(z), minus = Float64Array.from(z);
        plus[i] += h;
        minus[i] -= h;
        const numeric = (lossOfLogits(c, plus) - lossOfLogits(c, minus)) / (2 * h);
        const error = Math.abs(numeric - grad[i]) / Math.max(1e-6, Math.abs(numeric) + Math.abs(grad[i]));
        assert.ok(error < 1e-6, `z[${i}]: backprop ${grad[i]}, numeric ${numeric}`);
      }
    });
  }

  it('clamped losses have zero gradient where the probability is clamped', () => {
    const grad = new Float64Array(2);
    computeLoss('bce-clamped', Float64Array.from([0, 1.5]), new Float64Array(2), Float64Array.from([1, 0]), 2, 1, grad);
    assert.deepEqual(Array.from(grad), [0, 0]);
  });
});

describe('engine target encoding', () => {
  const labels = [0, 1, 2, 1];
  const three = classification(4, 1, 3, 1, () => 0);
  three.labels = Int32Array.from(labels);
  const two = classification(4, 1, 2, 1, () => 0);
  two.labels = Int32Array.from([0, 1, 1, 0]);

  it('bce with one output gives a 0/1 column, class 1 positive', () => {
    assert.deepEqual(Array.from(encodeTargets(two, 'bce', 1)), [0, 1, 1, 0]);
  });

  it('bce, cce and mse with one output per class give one-hot rows', () => {
    const expected = [1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0];
    for (const loss of ['bce', 'cce', 'mse'] as const) assert.deepEqual(Array.from(encodeTargets(three, loss, 3)), expected, loss);
  });

  it('mse with one output gives the raw class index', () => {
    assert.deepEqual(Array.from(encodeTargets(three, 'mse', 1)), labels);
  });

  it('regression targets pass through', () => {
    const data = regression(3, 2, 1, (row) => [row[0] + 1, row[1] * 2]);
    assert.deepEqual(Array.from(encodeTargets(data, 'mse', 2)), Array.from(data.targets!));
  });

  it('refuses combinations that cannot be encoded', () => {
    assert.throws(() => encodeTargets(three, 'bce', 1), (e: Error) => e instanceof EngineError && /2 classes/.test(e.message));
    assert.throws(() => encodeTargets(three, 'cce', 1), EngineError);
    assert.throws(() => encodeTargets(three, 'mse', 2), EngineError);
    assert.throws(() => encodeTargets(regression(3, 2, 1, (row) => [row[0]]), 'mse', 2), /target columns/);
    const bad = classification(2, 1, 2, 1, () => 0);
    bad.labels = Int32Array.from([0, 5]);
    assert.throws(() => encodeTargets(bad, 'cce', 2), /class index 5/);
  });

  it('counts argmax hits for several outputs and nearest index for one', () => {
    const labels2 = Int32Array.from([0, 1, 1]);
    assert.equal(countCorrect(Float64Array.from([0.9, 0.1, 0.2, 0.8, 0.6, 0.4]), labels2, 3, 2, 2), 2);
    assert.equal(countCorrect(Float64Array.from([0.2, 0.7, 0.49]), labels2, 3, 1, 2), 2);
    assert.equal(countCorrect(Float64Array.from([NaN]), Int32Array.from([0]), 1, 1, 2), 0);
  });

  it('one output, two classes: the same count as clamping the rounded output, at the boundaries too', () => {
    const outputs = [0.5, 0.49999999999999994, 0.5000000000000001, -0, 0, -0.5, -0.7, 1.5, 2.6, Infinity, -Infinity, NaN, 0.25, 0.75];
    for (const p of outputs) {
      for (const label of [0, 1]) {
        const expected = Math.min(1, Math.max(0, Math.round(p))) === label ? 1 : 0;
        assert.equal(countCorrect(Float64Array.from([p]), Int32Array.from([label]), 1, 1, 2), expected, `p ${p}, label ${label}`);
      }
    }
  });

  it('mse through the output activation gives what mse, activationBackward and columnSums give in turn', () => {
    const rows = 13, cols = 3, n = rows * cols;
    for (const activation of ['linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu'] as const) {
      // float32 values in Float32Arrays, float32 values in doubles (rounding explicitly), float64.
      for (const [Storage, single] of [[Float32Array, true], [Float64Array, true], [Float64Array, false]] as const) {
        const round = (v: number) => (single ? Math.fround(v) : v);
        const preact = new Storage(randomFeatures(n, 1, 3).map((v) => round(3 * v)));
        const out = new Storage(n);
        activate(activation, preact, out, rows, cols);
        out.forEach((v, i) => (out[i] = round(v)));
        const y = new Storage(randomFeatures(n, 1, 4).map((v) => round(v)));
        const expectedGrad = new Storage(n), expectedDb = single ? new Float32Array(cols) : new Float64Array(cols);
        const expectedLoss = computeLoss('mse', out, preact, y, rows, cols, expectedGrad);
        expectedGrad.forEach((v, i) => (expectedGrad[i] = round(v)));
        activationBackward(activation, preact, out, expectedGrad, rows, cols);
        expectedGrad.forEach((v, i) => (expectedGrad[i] = round(v)));
        columnSums(expectedGrad, rows, cols, expectedDb);
        const grad = new Storage(n), db = single ? new Float32Array(cols) : new Float64Array(cols);
        const loss = meanSquaredErrorThrough(activation, out, preact, y, rows, cols, grad, db, single);
        const label = `${activation}, ${Storage.name}, single ${single}`;
        assert.equal(loss, expectedLoss, label);
        assert.deepEqual(Array.from(grad), Array.from(expectedGrad), label);
        assert.deepEqual(Array.from(db), Array.from(expectedDb), label);
      }
    }
  });
});
