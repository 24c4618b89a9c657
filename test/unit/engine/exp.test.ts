import { strict as assert } from 'assert';
import { expNonPositive } from '../../../src/engine/exp';
import { Random } from '../../../src/engine/random';

const words = new Float64Array(1);
const halves = new Uint32Array(words.buffer);

/** The double with the given high and low 32-bit words (little-endian host). */
function fromWords(high: number, low: number): number {
  halves[1] = high >>> 0;
  halves[0] = low >>> 0;
  return words[0];
}

function assertSame(x: number): void {
  const ours = expNonPositive(x), reference = Math.exp(x);
  assert.ok(Object.is(ours, reference), `exp(${x}): ${ours} vs Math.exp ${reference}`);
}

describe('engine exp', () => {
  // The engine relies on this being exact, not merely accurate: sigmoid and softmax outputs (and so
  // every training run) must not depend on which of the two computed an exponential.
  it('gives exactly Math.exp on special values and around every threshold of the algorithm', () => {
    for (const x of [0, -0, -1e-300, -Number.MIN_VALUE, -1, -Math.LN2 / 2, -1.5 * Math.LN2, -20, -700, -708.4, -745.1, -746, -Infinity, NaN, 1, 3, 710]) assertSame(x);
    // High words of fdlibm's branch points: 2^-28, ln2/2, 1.5·ln2, and −700 / the overflow threshold.
    for (const high of [0xbe300000, 0xbfd62e42, 0xbfd62e43, 0xbff0a2b1, 0xbff0a2b2, 0xc085e000, 0xc0862e42]) {
      for (let d = 0; d < 2000; d++) {
        for (const low of [d, 0xffffffff - d, 0xfefa39ef + d - 1000]) assertSame(fromWords(high, low));
        assertSame(fromWords(high - 1, 0xffffffff - d));
      }
    }
  });

  it('gives exactly Math.exp on random arguments of every magnitude', () => {
    const rng = new Random(5);
    for (let i = 0; i < 100_000; i++) {
      assertSame(-rng.next() * 2);
      assertSame(-rng.next() * 40);
      assertSame(-rng.next() * 760);
      assertSame(-Math.pow(2, -40 * rng.next()));
      assertSame(Math.fround(-rng.next() * 16));
    }
  });
});
