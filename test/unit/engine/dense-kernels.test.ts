import { strict as assert } from 'assert';
import { Trainer } from '../../../src/engine';
import { assemble } from '../../../src/engine/assemble';
import { activate, activationBackward } from '../../../src/engine/activations';
import { absorbingInputGrad, compiledKernels, denseKernels } from '../../../src/engine/dense-kernels';
import { addRowVector, columnSums, matMul, matMulGWt } from '../../../src/engine/kernels';
import { allocate, type Dtype, type FloatArray } from '../../../src/engine/tensor';
import type { Activation, ModelSpec } from '../../../src/spec/types';
import { dense, dropout, makeSpec, randomClassification, randomFeatures, regression } from './helpers';

/** Bit-for-bit equality, NaN and −0 included. */
function assertSame(actual: FloatArray, expected: FloatArray, length: number, what: string): void {
  for (let i = 0; i < length; i++) assert.ok(Object.is(actual[i], expected[i]), `${what}[${i}]: ${actual[i]} vs ${expected[i]}`);
}

function buffer(dtype: Dtype, length: number, seed: number, scale = 3): FloatArray {
  const values = allocate(dtype, length);
  values.set(randomFeatures(length, 1, seed).map((v) => v * scale));
  return values;
}

// fanIn, units, capacity: 4- and 16-column blocks with remainders, the bench's 2-16-16-1, the unroll limit.
const SHAPES: [number, number, number][] = [[2, 16, 32], [16, 16, 32], [16, 1, 32], [20, 1, 8], [5, 2, 9], [1, 3, 5], [5, 7, 9], [64, 3, 64], [3, 64, 7]];
const ACTIVATIONS: Activation[] = ['linear', 'relu', 'leaky_relu', 'elu', 'sigmoid', 'tanh', 'softmax'];

describe('engine compiled dense kernels', () => {
  for (const dtype of ['float32', 'float64'] as Dtype[]) {
    for (const [fanIn, units, capacity] of SHAPES) {
      it(`${dtype} ${fanIn}→${units}, batch ${capacity}: forward, dW and dX are bit-identical to the generic kernels`, () => {
        for (const activation of ACTIVATIONS) {
          const kernels = denseKernels(fanIn, units, capacity, activation, dtype);
          assert.ok(kernels, 'compiled');
          const x = buffer(dtype, capacity * fanIn, 1), w = buffer(dtype, fanIn * units, 2, 1), b = buffer(dtype, units, 3);
          const g = buffer(dtype, capacity * units, 4);
          for (const rows of [capacity, capacity - 1, 1]) {
            const linear = allocate(dtype, capacity * units), reference = allocate(dtype, capacity * units);
            matMul(x, fanIn, 1, w, 1, units, reference, rows, units, fanIn);
            addRowVector(reference, b, rows, units);
            kernels.affine(x, w, b, linear, rows);
            assertSame(linear, reference, rows * units, `${activation} linear`);
            if (kernels.forward) {
              const out = allocate(dtype, capacity * units), expected = allocate(dtype, capacity * units);
              activate(activation, reference, expected, rows, units);
              kernels.forward(x, w, b, linear.fill(0), out, rows);
              assertSame(linear, reference, rows * units, `${activation} fused linear`);
              assertSame(out, expected, rows * units, `${activation} output`);
            }
            const dx = allocate(dtype, capacity * fanIn), dxReference = allocate(dtype, capacity * fanIn);
            matMulGWt(g, w, dxReference, rows, units, fanIn);
            kernels.inputGrad!(g, w, dx, rows);
            assertSame(dx, dxReference, rows * fanIn, 'dX');
          }
          const dW = allocate(dtype, fanIn * units), dWReference = allocate(dtype, fanIn * units);
          matMul(x, 1, fanIn, g, 1, units, dWReference, fanIn, units, capacity);
          kernels.weightGrad!(x, g, dW, capacity);
          assertSame(dW, dWReference, fanIn * units, 'dW');
        }
      });

      it(`${dtype} ${fanIn}→${units}: dX with the previous layer's derivative and bias gradient is what the three passes give`, () => {
        for (const previous of ACTIVATIONS) {
          const fused = absorbingInputGrad(fanIn, units, previous, dtype);
          if (!fused) {
            assert.ok(previous === 'elu' || previous === 'softmax', `${previous} should be fused`);
            continue;
          }
          const w = buffer(dtype, fanIn * units, 5, 1), g = buffer(dtype, capacity * units, 6);
          const preact = buffer(dtype, capacity * fanIn, 7), output = allocate(dtype, capacity * fanIn);
          activate(previous, preact, output, capacity, fanIn);
          for (const rows of [capacity, capacity - 1]) {
            const expected = allocate(dtype, capacity * fanIn), expectedDb = allocate(dtype, fanIn);
            matMulGWt(g, w, expected, rows, units, fanIn);
            activationBackward(previous, preact, output, expected, rows, fanIn);
            columnSums(expected, rows, fanIn, expectedDb);
            const dx = allocate(dtype, capacity * fanIn), db = allocate(dtype, fanIn);
            fused.kernel(g, w, dx, fused.readsPreact ? preact : output, db, rows);
            assertSame(dx, expected, rows * fanIn, `${previous} dX`);
            assertSame(db, expectedDb, fanIn, `${previous} db`);
          }
        }
      });
    }
  }

  it('layers too deep to unroll keep the generic kernels', () => {
    assert.equal(denseKernels(65, 4, 8, 'relu', 'float32'), undefined);
    assert.equal(denseKernels(4, 4, 65, 'relu', 'float32')?.weightGrad, undefined);
    assert.equal(denseKernels(4, 65, 8, 'relu', 'float32')?.inputGrad, undefined);
  });

  describe('training with and without them', () => {
    // `doubles`: float32 values held in Float64Arrays (Network.storage), which these runs also check.
    const cases: { label: string; spec: ModelSpec; data: ReturnType<typeof randomClassification>; doubles: boolean }[] = [
      {
        label: 'the benchmark 2-16-16-1 sigmoid with mse',
        spec: makeSpec([dense(16, 'sigmoid'), dense(16, 'sigmoid'), dense(1, 'sigmoid')], { optimizer: { lr: 0.3 }, training: { batchSize: 32 } }),
        data: randomClassification(100, 2, 2, 1),
        doubles: true,
      },
      {
        label: 'every activation but dropout and batch norm, softmax with cce, a smaller last batch',
        spec: makeSpec(
          [dense(9, 'relu'), dense(7, 'leaky_relu'), dense(6, 'tanh'), dense(5, 'elu'), dense(5, 'sigmoid'), dense(4, 'linear'), dense(3, 'softmax')],
          { loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: { batchSize: 16, validationSplit: 0.2 } },
        ),
        data: randomClassification(75, 4, 3, 2),
        doubles: true,
      },
      {
        label: 'sigmoid with bce after tanh, and elu before a tanh head with mse',
        spec: makeSpec([dense(12, 'tanh'), dense(1, 'sigmoid')], { loss: 'bce', optimizer: { type: 'sgd', lr: 0.5, momentum: 0.9 }, training: { batchSize: 10 } }),
        data: randomClassification(47, 3, 2, 3),
        doubles: true,
      },
      {
        label: 'every activation, dropout, batch norm, softmax with cce, a smaller last batch',
        spec: makeSpec(
          [dense(9, 'relu'), dense(7, 'leaky_relu'), dense(6, 'tanh'), dropout(0.2), dense(5, 'elu'), dense(5, 'sigmoid', { batchNorm: true }), dense(4, 'linear'), dense(3, 'softmax')],
          { loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: { batchSize: 16, validationSplit: 0.2 } },
        ),
        data: randomClassification(75, 4, 3, 2),
        doubles: false,
      },
      {
        label: 'a regression with a wide first layer and a linear head',
        spec: makeSpec([dense(40, 'elu'), dense(2, 'tanh')], { training: { batchSize: 20 } }),
        data: regression(50, 3, 4, (r) => [0.5 * r[0] * r[1], r[2] / 2]),
        doubles: true,
      },
      {
        label: 'a layer too wide to compile',
        spec: makeSpec([dense(70, 'relu'), dense(2, 'linear')], { training: { batchSize: 20 } }),
        data: regression(50, 3, 4, (r) => [r[0] * r[1], r[2]]),
        doubles: false,
      },
    ];
    for (const { label, spec, data, doubles } of cases) {
      for (const dtype of ['float32', 'float64'] as Dtype[]) {
        it(`${label} (${dtype}): bit-identical losses, gradients and predictions`, () => {
          assert.equal(assemble(spec, data, dtype).network.storage, doubles && dtype === 'float32' ? 'float64' : dtype);
          const compiled = new Trainer(spec, data, { dtype });
          compiledKernels.enabled = false;
          let generic: Trainer;
          try {
            generic = new Trainer(spec, data, { dtype });
          } finally {
            compiledKernels.enabled = true;
          }
          for (let step = 0; step < 25; step++) assert.deepEqual(compiled.trainStep(), generic.trainStep(), `step ${step}`);
          assert.deepEqual(compiled.trainEpoch(), generic.trainEpoch());
          assert.deepEqual(compiled.predict(data.x, data.samples), generic.predict(data.x, data.samples));
        });
      }
    }
  });
});
