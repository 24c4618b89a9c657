import { strict as assert } from 'assert';
import { gradientCheck, initialGradients, Trainer } from '../../../src/engine';
import { DenseLayer } from '../../../src/engine/layers';
import type { Activation, LayerSpec, LossName } from '../../../src/spec/types';
import { dense, dropout, makeSpec, randomClassification, regression } from './helpers';

/** "Well below" the CLI's 1e-6 tolerance. */
const TOLERANCE = 1e-7;

const HIDDEN: Activation[] = ['linear', 'relu', 'leaky_relu', 'elu', 'sigmoid', 'tanh', 'softmax'];
/** Every loss path: fused (sigmoid+bce, softmax+cce) and clamped, plus mse after several heads. */
const HEADS: { activation: Activation; loss: LossName; units: number }[] = [
  { activation: 'sigmoid', loss: 'bce', units: 1 },
  { activation: 'softmax', loss: 'bce', units: 3 },
  { activation: 'softmax', loss: 'cce', units: 3 },
  { activation: 'sigmoid', loss: 'cce', units: 3 },
  { activation: 'linear', loss: 'mse', units: 3 },
  { activation: 'tanh', loss: 'mse', units: 1 },
  { activation: 'softmax', loss: 'mse', units: 3 },
];

function check(layers: LayerSpec[], loss: LossName, classes: number): ReturnType<typeof gradientCheck> {
  const spec = makeSpec(layers, { loss, training: { batchSize: 12 } });
  const data = randomClassification(20, 4, classes, 3);
  return gradientCheck(spec, data);
}

function assertPasses(result: ReturnType<typeof gradientCheck>): void {
  assert.ok(result.maxRelError < TOLERANCE, JSON.stringify(result.layers));
  for (const layer of result.layers) assert.ok(layer.checked > layer.skipped, `layer ${layer.index}: ${layer.checked} checked, ${layer.skipped} skipped`);
}

describe('engine gradient check', () => {
  for (const hidden of HIDDEN) {
    for (const batchNorm of [false, true]) {
      it(`${hidden} hidden layers${batchNorm ? ' with batch norm' : ''}`, () => {
        const layers = [dense(6, hidden, { batchNorm, bias: 0.1 }), dense(5, hidden, { batchNorm }), dense(1, 'sigmoid')];
        assertPasses(check(layers, 'bce', 2));
      });
    }
  }

  for (const head of HEADS) {
    for (const batchNorm of [false, true]) {
      it(`${head.activation} output with ${head.loss}${batchNorm ? ', batch norm everywhere' : ''}`, () => {
        const layers = [dense(5, 'tanh', { batchNorm }), dense(head.units, head.activation, { batchNorm })];
        assertPasses(check(layers, head.loss, head.units === 1 ? 2 : 3));
      });
    }
  }

  it('regression with two target columns', () => {
    const spec = makeSpec([dense(8, 'elu'), dense(2, 'linear')], { training: { batchSize: 10 } });
    assertPasses(gradientCheck(spec, regression(30, 3, 2, (r) => [r[0] * r[1], r[2] - 1])));
  });

  it('dropout layers are off: the check passes and matches the network without them', () => {
    const withDropout = makeSpec([dropout(0.5), dense(6, 'relu'), dropout(0.5), dense(1, 'sigmoid')], { loss: 'bce', training: { batchSize: 8 } });
    const without = makeSpec([dense(6, 'relu'), dense(1, 'sigmoid')], { loss: 'bce', training: { batchSize: 8 } });
    const data = randomClassification(16, 3, 2, 4);
    assertPasses(gradientCheck(withDropout, data));
    const a = initialGradients(withDropout, data), b = initialGradients(without, data);
    assert.equal(a.loss, b.loss);
    assert.deepEqual(a.layers.map((l) => l.dW), b.layers.map((l) => l.dW));
    assert.deepEqual(a.layers.map((l) => l.index), [1, 3]);
  });

  it('samples big tensors instead of checking every entry', () => {
    const spec = makeSpec([dense(40, 'tanh'), dense(1, 'sigmoid')], { loss: 'bce', training: { batchSize: 8 } });
    const result = gradientCheck(spec, randomClassification(16, 30, 2, 5), { maxPerTensor: 50 });
    assert.equal(result.layers[0].checked + result.layers[0].skipped, 50 + 40);
    assert.ok(result.maxRelError < TOLERANCE);
  });

  it('detects a wrong backward pass', () => {
    const original = DenseLayer.prototype.backward;
    DenseLayer.prototype.backward = function (this: DenseLayer, input, rows, gradInput) {
      original.call(this, input, rows, gradInput);
      this.W.grad[0] *= 1.001;
    };
    try {
      const result = check([dense(4, 'tanh'), dense(1, 'sigmoid')], 'bce', 2);
      assert.ok(result.maxRelError > 1e-4, `max error ${result.maxRelError}`);
    } finally {
      DenseLayer.prototype.backward = original;
    }
  });
});

describe('engine initial gradients', () => {
  const data = regression(10, 3, 9, (r) => [r[0] - r[1], 2 * r[2]]);
  const spec = makeSpec([dense(2, 'linear', { bias: 0.3 })], { training: { batchSize: 4 } });

  it('match the closed form of a linear layer under mse', () => {
    const g = initialGradients(spec, data);
    assert.equal(g.x.length, 4);
    const { W, b, dW, db } = g.layers[0];
    const residual = g.x.map((row, i) => [0, 1].map((j) => row.reduce((s, v, p) => s + v * W[p][j], b[j]) - g.y[i][j]));
    const n = 4 * 2;
    const loss = residual.flat().reduce((s, r) => s + r * r, 0) / n;
    assert.ok(Math.abs(g.loss - loss) < 1e-14);
    for (let p = 0; p < 3; p++) for (let j = 0; j < 2; j++) {
      const expected = residual.reduce((s, r, i) => s + (2 * r[j] * g.x[i][p]) / n, 0);
      assert.ok(Math.abs(dW[p][j] - expected) < 1e-14, `dW[${p}][${j}]`);
    }
    [0, 1].forEach((j) => assert.ok(Math.abs(db[j] - residual.reduce((s, r) => s + (2 * r[j]) / n, 0)) < 1e-14));
  });

  it('use the first batch of the Trainer: same loss as its first float64 step', () => {
    const bn = makeSpec([dense(5, 'relu', { batchNorm: true }), dense(2, 'linear')], { training: { batchSize: 4, validationSplit: 0.2 } });
    const trainer = new Trainer(bn, data, { dtype: 'float64' });
    assert.equal(initialGradients(bn, data).loss, trainer.trainStep().loss);
    const rows = initialGradients(bn, data).x.map((row) => row.join());
    const all = Array.from({ length: 10 }, (_, i) => Array.from(data.x.subarray(3 * i, 3 * i + 3)).join());
    rows.forEach((row) => assert.ok(all.includes(row)));
  });
});
