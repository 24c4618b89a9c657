import { strict as assert } from 'assert';
import { Random } from '../../../src/engine/random';

/** Fisher–Yates through the public draws, the definition `shuffle` must follow. */
function referenceShuffle(rng: Random, values: Int32Array): Int32Array {
  for (let i = values.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = values[i];
    values[i] = values[j];
    values[j] = tmp;
  }
  return values;
}

describe('engine random', () => {
  it('shuffle makes the same permutation as Fisher–Yates over int(), and leaves the generator where it would', () => {
    for (const [seed, length] of [[1, 2048], [7, 1], [3, 2], [11, 1000]]) {
      const a = new Random(seed), b = new Random(seed);
      const identity = Int32Array.from({ length }, (_, i) => i);
      for (let round = 0; round < 3; round++) {
        assert.deepEqual(a.shuffle(identity.slice()), referenceShuffle(b, identity.slice()), `seed ${seed}, length ${length}`);
        assert.equal(a.next(), b.next());
      }
    }
  });

  it('shuffle yields a permutation', () => {
    const values = new Random(5).shuffle(Int32Array.from({ length: 500 }, (_, i) => i));
    assert.deepEqual(Array.from(values).sort((x, y) => x - y), Array.from({ length: 500 }, (_, i) => i));
  });
});
