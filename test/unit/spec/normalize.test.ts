import { strict as assert } from 'assert';
import { Random } from '../../../src/engine/random';
import { normalizeFeatures } from '../../../src/spec/normalize';

/** One column at a time, as the normalization was first written: the reference for the row-by-row passes. */
function columnByColumn(x: Float64Array, samples: number, inputs: number, kind: 'standard' | 'minmax'): void {
  for (let c = 0; c < inputs; c++) {
    const at = (i: number) => i * inputs + c;
    let largest = 0;
    for (let i = 0; i < samples; i++) largest = Math.max(largest, Math.abs(x[at(i)]));
    const prescale = largest > 0 && Number.isFinite(largest) ? 1 / largest : 1;
    for (let i = 0; i < samples; i++) x[at(i)] *= prescale;
    let offset: number;
    let scale: number;
    if (kind === 'standard') {
      let sum = 0;
      for (let i = 0; i < samples; i++) sum += x[at(i)];
      offset = sum / samples;
      let squares = 0;
      for (let i = 0; i < samples; i++) squares += (x[at(i)] - offset) ** 2;
      const std = Math.sqrt(squares / samples);
      scale = std > 0 ? 1 / std : 1;
    } else {
      let min = Infinity;
      let max = -Infinity;
      for (let i = 0; i < samples; i++) [min, max] = [Math.min(min, x[at(i)]), Math.max(max, x[at(i)])];
      offset = min;
      scale = max > min ? 1 / (max - min) : 1;
    }
    for (let i = 0; i < samples; i++) x[at(i)] = (x[at(i)] - offset) * scale;
  }
}

describe('normalizeFeatures', () => {
  it('gives bit for bit what normalizing one column at a time gives, on 3,000 random tables', () => {
    const rng = new Random(3);
    for (let t = 0; t < 3000; t++) {
      const samples = 1 + rng.int(40);
      const inputs = 1 + rng.int(6);
      const magnitude = [1, 1e-300, 1e300, 1e308, 3.7][rng.int(5)];
      const x = Float64Array.from({ length: samples * inputs }, () => (rng.next() < 0.2 ? 0 : (rng.next() - 0.3) * magnitude));
      if (rng.next() < 0.1) x.fill(x[0]);
      const kind = rng.next() < 0.5 ? 'standard' : 'minmax';
      const expected = Float64Array.from(x);
      columnByColumn(expected, samples, inputs, kind);
      normalizeFeatures(x, samples, inputs, kind);
      assert.ok(x.every((v, i) => Object.is(v, expected[i])), `table ${t} (${samples} × ${inputs}, ${kind})`);
    }
  });

  it('maps a column onto [0, 1] under minmax and to mean 0, deviation 1 under standard; a constant column to 0', () => {
    const minmax = Float64Array.from([2, 5, 4, 5, 6, 5]);
    normalizeFeatures(minmax, 3, 2, 'minmax');
    const rounded = (x: Float64Array) => [...x].map((v) => Number(v.toFixed(12)));
    assert.deepEqual(rounded(minmax), [0, 0, 0.5, 0, 1, 0]);
    const standard = Float64Array.from([1, 3, 5, 3]);
    normalizeFeatures(standard, 2, 2, 'standard');
    assert.deepEqual(rounded(standard), [-1, 0, 1, 0]);
  });
});
