import { strict as assert } from 'assert';
import { Trainer } from '../../../src/engine';
import { dense, dropout, makeSpec, randomClassification } from './helpers';

type TypedArrayConstructor = Float32ArrayConstructor | Float64ArrayConstructor | Int32ArrayConstructor | Uint8ArrayConstructor;
const CONSTRUCTORS = ['Float32Array', 'Float64Array', 'Int32Array', 'Uint8Array'] as const;
const TYPED_PROTOTYPE = Object.getPrototypeOf(Float32Array.prototype) as Record<string, unknown>;
const ALLOCATING_METHODS = ['slice', 'subarray', 'map', 'filter'] as const;

/**
 * Runs `body` while every typed-array construction (through the global constructors or the
 * allocating prototype methods) is counted; returns the count. Engine code resolves `Float32Array`
 * etc. from the global object at call time, so a `new Float32Array(…)` in a step would be seen.
 */
function countTypedArrayAllocations(body: () => void): number {
  let count = 0;
  const globals = globalThis as unknown as Record<string, TypedArrayConstructor>;
  const savedConstructors = CONSTRUCTORS.map((name) => globals[name]);
  const savedMethods = ALLOCATING_METHODS.map((name) => TYPED_PROTOTYPE[name]);
  CONSTRUCTORS.forEach((name, i) => {
    globals[name] = new Proxy(savedConstructors[i], {
      construct(target, args) {
        count++;
        return Reflect.construct(target, args);
      },
      get(target, key) {
        if (key === 'from' || key === 'of') count++;
        return Reflect.get(target, key);
      },
    }) as TypedArrayConstructor;
  });
  ALLOCATING_METHODS.forEach((name, i) => {
    const original = savedMethods[i] as (...args: unknown[]) => unknown;
    TYPED_PROTOTYPE[name] = function (this: unknown, ...args: unknown[]) {
      count++;
      return original.apply(this, args);
    };
  });
  try {
    body();
  } finally {
    CONSTRUCTORS.forEach((name, i) => (globals[name] = savedConstructors[i]));
    ALLOCATING_METHODS.forEach((name, i) => (TYPED_PROTOTYPE[name] = savedMethods[i]));
  }
  return count;
}

describe('engine steady-state allocation', () => {
  const spec = makeSpec([dense(12, 'relu', { batchNorm: true }), dropout(0.2), dense(8, 'tanh'), dense(3, 'softmax')], {
    loss: 'cce',
    optimizer: { type: 'adam', lr: 0.01, clipNorm: 1, weightDecay: 1e-4 },
    training: { batchSize: 16, validationSplit: 0.2 },
  });
  // 100 training samples: 7 batches per epoch, the last one of 4 rows.
  const data = randomClassification(125, 5, 3, 1);

  it('the counter sees allocations (control)', () => {
    assert.equal(countTypedArrayAllocations(() => new Float32Array(4)), 1);
    assert.equal(countTypedArrayAllocations(() => new Float64Array(4).subarray(1)), 2);
    assert.ok(countTypedArrayAllocations(() => new Trainer(spec, data)) > 20);
  });

  it('trainEpoch allocates no typed arrays: not per step, not for the last smaller batch, not for validation', () => {
    for (const instrument of [true, false]) {
      const trainer = new Trainer(spec, data, { instrument });
      trainer.trainEpoch();
      assert.equal(countTypedArrayAllocations(() => {
        for (let e = 0; e < 5; e++) trainer.trainEpoch();
      }), 0, `instrument: ${instrument}`);
    }
  });

  it('trainStep and evaluate allocate no typed arrays either', () => {
    const trainer = new Trainer(spec, data);
    trainer.trainStep();
    assert.equal(countTypedArrayAllocations(() => {
      for (let s = 0; s < 50; s++) trainer.trainStep();
      trainer.evaluate('train');
      trainer.evaluate('validation');
    }), 0);
  });
});
