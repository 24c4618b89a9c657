import { strict as assert } from 'assert';
import { acceptFinite, acceptPositive, downsampleRange, joinTables, lowerBound, MinMaxDownsampler } from '../../../webview/downsample';

function range(n: number, f: (i: number) => number = (i) => i): number[] {
  return Array.from({ length: n }, (_, i) => f(i));
}

describe('webview downsampling', () => {
  it('keeps every point while the data fits the bucket budget', () => {
    const x = range(10, (i) => i + 1);
    const y = range(10, (i) => i * i);
    const d = new MinMaxDownsampler(1, acceptFinite, 10);
    d.appendFrom(x, [y]);
    const t = d.table();
    assert.deepEqual(t.x, x);
    assert.deepEqual(t.ys[0], y);
    assert.equal(d.stepsPerBucket, 1);
  });

  it('bounds the output of a 100,000-step run to 2 points per bucket', () => {
    const n = 100_000;
    const x = range(n, (i) => i + 1);
    const y = range(n, (i) => Math.sin(i / 50));
    const d = new MinMaxDownsampler(1, acceptFinite, 1000);
    d.appendFrom(x, [y]);
    const t = d.table();
    assert.ok(t.x.length <= 2000, `${t.x.length} points`);
    assert.ok(t.x.length >= 1000, `${t.x.length} points`);
    assert.equal(t.ys[0].length, t.x.length);
    for (let i = 1; i < t.x.length; i++) assert.ok(t.x[i] > t.x[i - 1], `x not increasing at ${i}`);
    assert.equal(t.x[0], 1);
    assert.equal(t.x[t.x.length - 1], n);
  });

  it('keeps a single-step spike (the envelope survives)', () => {
    const n = 50_000;
    const x = range(n);
    const y = range(n, () => 1);
    y[31_337] = 1e6;
    y[7] = -5;
    const d = new MinMaxDownsampler(1, acceptFinite, 100);
    d.appendFrom(x, [y]);
    const ys = d.table().ys[0] as number[];
    assert.equal(Math.max(...ys), 1e6);
    assert.equal(Math.min(...ys), -5);
  });

  it('gives the same table appended in chunks as in one go', () => {
    const n = 12_345;
    const x = range(n, (i) => 2 * i + 3);
    const a = range(n, (i) => Math.cos(i) * i);
    const b = range(n, (i) => (i % 97 === 0 ? NaN : Math.sqrt(i)));
    const whole = new MinMaxDownsampler(2, acceptFinite, 64);
    whole.appendFrom(x, [a, b]);
    const chunked = new MinMaxDownsampler(2, acceptFinite, 64);
    for (let end = 0; end <= n; end += 777) chunked.appendFrom(x.slice(0, end), [a.slice(0, end), b.slice(0, end)]);
    chunked.appendFrom(x, [a, b]);
    assert.deepEqual(chunked.table(), whole.table());
    assert.equal(chunked.length, n);
  });

  it('orders each bucket min and max as they occurred', () => {
    const x = [0, 1, 2, 3];
    const d = new MinMaxDownsampler(1, acceptFinite, 1);
    d.appendFrom(x, [[5, 9, 1, 4]]);
    assert.deepEqual(d.table(), { x: [0, 3], ys: [[9, 1]] });
  });

  it('drops values a log axis cannot draw, leaving gaps (null) where a bucket has none', () => {
    const x = [1, 2, 3, 4];
    const d = new MinMaxDownsampler(1, acceptPositive, 10);
    d.appendFrom(x, [[0.5, 0, -1, Infinity]]);
    assert.deepEqual(d.table().ys[0], [0.5, null, null, null]);
    const t = downsampleRange(x, [[NaN, NaN, 2, 3]], 0, 4, 1, acceptPositive);
    assert.deepEqual(t, { x: [1, 4], ys: [[2, 3]] });
  });

  it('reads missing or short columns as no value', () => {
    const d = new MinMaxDownsampler(2, acceptFinite, 10);
    d.appendFrom([1, 2, 3], [undefined, [7]]);
    assert.deepEqual(d.table().ys, [[null, null, null], [7, null, null]]);
  });

  it('downsamples a window of rows afresh', () => {
    const x = range(1000, (i) => i + 1);
    const y = range(1000, (i) => i);
    const t = downsampleRange(x, [y], 100, 200, 1000);
    assert.equal(t.x[0], 101);
    assert.equal(t.x[t.x.length - 1], 200);
    assert.equal(t.x.length, 100);
    assert.deepEqual(downsampleRange(x, [y], 5, 5), { x: [], ys: [[]] });
  });

  it('finds the first x at or after a value', () => {
    assert.equal(lowerBound([1, 3, 5, 7], 4), 2);
    assert.equal(lowerBound([1, 3, 5, 7], 0), 0);
    assert.equal(lowerBound([1, 3, 5, 7], 9), 4);
    assert.equal(lowerBound([], 1), 0);
  });

  it('joins tables on the union of x with undefined (spanned) cells, keeping null gaps', () => {
    const j = joinTables([
      { x: [1, 2, 3], ys: [[10, null, 30]] },
      { x: [2, 4], ys: [[0.5, 0.25]] },
    ]);
    assert.deepEqual(j.x, [1, 2, 3, 4]);
    assert.deepEqual(j.ys, [
      [10, null, 30, undefined],
      [undefined, 0.5, undefined, 0.25],
    ]);
  });
});
