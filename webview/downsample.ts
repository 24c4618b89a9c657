/**
 * Display downsampling for long runs, DOM-free.
 *
 * A run of 100,000 steps cannot be drawn point by point at 20 updates a second, so every step chart
 * draws at most `2 × maxBuckets` points per series. The steps are cut into buckets of equal size
 * (a power of two), and each bucket keeps, per series, its smallest and its largest value in the
 * order they occurred: the envelope (spikes, divergence) survives, only sub-pixel detail is lost.
 * All series of one chart share the x values of their buckets, so the result is a uPlot table.
 *
 * `MinMaxDownsampler` is incremental: appending new steps touches only the last bucket, and when the
 * bucket count overflows, adjacent buckets are merged pairwise (the bucket size doubles). So the cost
 * per frame is proportional to the new steps, not to the run's length.
 */

/** A uPlot-ready table: shared x values and one y column per series (`null` = no valid value). */
export interface Table {
  x: number[];
  ys: (number | null)[][];
}

/** Which values a series may show: e.g. only positive ones on a log axis. */
export type Accept = (value: number) => boolean;

export const acceptFinite: Accept = (v) => Number.isFinite(v);
export const acceptPositive: Accept = (v) => Number.isFinite(v) && v > 0;

/** The default bucket budget: at most 2 × 1000 = 2000 points per series. */
export const MAX_BUCKETS = 1000;

/** Incremental min/max bucketing over a shared x column. */
export class MinMaxDownsampler {
  private bucketSize = 1;
  /** Points consumed so far (row count). */
  private count = 0;
  private firstX: number[] = [];
  private lastX: number[] = [];
  /** Per series, per bucket: the min/max value and the row where it occurred (NaN/-1 = none yet). */
  private minV: number[][];
  private minI: number[][];
  private maxV: number[][];
  private maxI: number[][];

  constructor(
    readonly seriesCount: number,
    private readonly accept: Accept = acceptFinite,
    private readonly maxBuckets = MAX_BUCKETS,
  ) {
    if (maxBuckets < 1) throw new RangeError('maxBuckets must be at least 1');
    this.minV = Array.from({ length: seriesCount }, () => []);
    this.minI = Array.from({ length: seriesCount }, () => []);
    this.maxV = Array.from({ length: seriesCount }, () => []);
    this.maxI = Array.from({ length: seriesCount }, () => []);
  }

  /** Rows consumed so far. */
  get length(): number {
    return this.count;
  }

  /** Steps per bucket (1 while the data still fits undownsampled). */
  get stepsPerBucket(): number {
    return this.bucketSize;
  }

  /**
   * Consumes rows `[this.length, x.length)`: `x` is the full x column, `columns[s]` the full column of
   * series `s` (missing or shorter columns read as no value).
   */
  appendFrom(x: ArrayLike<number>, columns: readonly (ArrayLike<number> | undefined)[]): void {
    this.feed(x, columns, this.count, x.length, 0);
  }

  /**
   * Consumes source rows `[start, end)` as local rows `start - offset, …`; they must continue where
   * the previous call stopped (`start - offset === this.length`).
   */
  feed(x: ArrayLike<number>, columns: readonly (ArrayLike<number> | undefined)[], start: number, end: number, offset: number): void {
    if (start - offset !== this.count) throw new RangeError(`rows must continue at ${this.count + offset}, got ${start}`);
    if (end <= start) return;
    const total = end - offset;
    // Grow the buckets first, so that all rows fit: merging pairs keeps every bucket aligned.
    while (Math.ceil(total / this.bucketSize) > this.maxBuckets) this.mergePairs();
    const size = this.bucketSize;
    for (let src = start; src < end; src++) {
      const bucket = Math.floor((src - offset) / size);
      if (bucket === this.firstX.length) this.openBucket(x[src]);
      this.lastX[bucket] = x[src];
    }
    // Then each series on its own (column by column is much faster than row by row).
    const accept = this.accept;
    for (let s = 0; s < this.seriesCount; s++) {
      const column = columns[s];
      if (!column) continue;
      const minV = this.minV[s], minI = this.minI[s], maxV = this.maxV[s], maxI = this.maxI[s];
      const stop = Math.min(end, column.length);
      for (let src = start; src < stop; src++) {
        const v = column[src];
        if (!accept(v)) continue;
        const row = src - offset;
        const bucket = Math.floor(row / size);
        if (minI[bucket] < 0 || v < minV[bucket]) {
          minV[bucket] = v;
          minI[bucket] = row;
        }
        if (maxI[bucket] < 0 || v > maxV[bucket]) {
          maxV[bucket] = v;
          maxI[bucket] = row;
        }
      }
    }
    this.count = total;
  }

  /** The current table: one point per bucket while buckets hold one step, else up to two. */
  table(): Table {
    const x: number[] = [];
    const ys: (number | null)[][] = Array.from({ length: this.seriesCount }, () => []);
    const buckets = this.firstX.length;
    for (let b = 0; b < buckets; b++) {
      const two = this.firstX[b] !== this.lastX[b];
      x.push(this.firstX[b]);
      if (two) x.push(this.lastX[b]);
      for (let s = 0; s < this.seriesCount; s++) {
        const out = ys[s];
        const iMin = this.minI[s][b], iMax = this.maxI[s][b];
        if (iMin < 0) {
          out.push(null);
          if (two) out.push(null);
        } else if (!two) {
          out.push(this.minV[s][b]);
        } else if (iMin <= iMax) {
          out.push(this.minV[s][b], this.maxV[s][b]);
        } else {
          out.push(this.maxV[s][b], this.minV[s][b]);
        }
      }
    }
    return { x, ys };
  }

  private openBucket(x: number): void {
    this.firstX.push(x);
    this.lastX.push(x);
    for (let s = 0; s < this.seriesCount; s++) {
      this.minV[s].push(NaN);
      this.maxV[s].push(NaN);
      this.minI[s].push(-1);
      this.maxI[s].push(-1);
    }
  }

  /** Doubles the bucket size: bucket j becomes the union of old buckets 2j and 2j + 1. */
  private mergePairs(): void {
    const old = this.firstX.length;
    const merged = Math.ceil(old / 2);
    for (let j = 0; j < merged; j++) {
      const a = 2 * j, b = 2 * j + 1;
      const hasB = b < old;
      this.firstX[j] = this.firstX[a];
      this.lastX[j] = hasB ? this.lastX[b] : this.lastX[a];
      for (let s = 0; s < this.seriesCount; s++) {
        const minV = this.minV[s], minI = this.minI[s], maxV = this.maxV[s], maxI = this.maxI[s];
        let mv = minV[a], mi = minI[a], xv = maxV[a], xi = maxI[a];
        if (hasB) {
          if (minI[b] >= 0 && (mi < 0 || minV[b] < mv)) { mv = minV[b]; mi = minI[b]; }
          if (maxI[b] >= 0 && (xi < 0 || maxV[b] > xv)) { xv = maxV[b]; xi = maxI[b]; }
        }
        minV[j] = mv; minI[j] = mi; maxV[j] = xv; maxI[j] = xi;
      }
    }
    this.firstX.length = merged;
    this.lastX.length = merged;
    for (let s = 0; s < this.seriesCount; s++) {
      this.minV[s].length = merged;
      this.minI[s].length = merged;
      this.maxV[s].length = merged;
      this.maxI[s].length = merged;
    }
    this.bucketSize *= 2;
  }
}

/**
 * One-shot min/max downsampling of rows `[lo, hi)` (for a zoomed window, or the saved state):
 * the rows are cut into at most `maxBuckets` buckets of equal size.
 */
export function downsampleRange(
  x: ArrayLike<number>,
  columns: readonly (ArrayLike<number> | undefined)[],
  lo: number,
  hi: number,
  maxBuckets = MAX_BUCKETS,
  accept: Accept = acceptFinite,
): Table {
  lo = Math.max(0, Math.floor(lo));
  hi = Math.min(x.length, Math.ceil(hi));
  const d = new MinMaxDownsampler(columns.length, accept, maxBuckets);
  if (hi > lo) d.feed(x, columns, lo, hi, lo);
  return d.table();
}

/** First row index whose x is ≥ `value` in a sorted column (binary search). */
export function lowerBound(x: ArrayLike<number>, value: number): number {
  let lo = 0, hi = x.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Merges tables with different x values into one uPlot table (sorted union of x). Cells a table has
 * no row for are `undefined`, which uPlot draws across (an alignment artefact), unlike `null` (a gap).
 */
export function joinTables(tables: readonly Table[]): { x: number[]; ys: (number | null | undefined)[][] } {
  const xs = new Set<number>();
  for (const t of tables) for (const v of t.x) xs.add(v);
  const x = [...xs].sort((a, b) => a - b);
  const index = new Map<number, number>();
  x.forEach((v, i) => index.set(v, i));
  const ys: (number | null | undefined)[][] = [];
  for (const t of tables) {
    for (const column of t.ys) {
      const out: (number | null | undefined)[] = new Array(x.length).fill(undefined);
      // Duplicate x within a table (a bucket's min and max at one x cannot happen; keep the last).
      t.x.forEach((v, i) => (out[index.get(v)!] = column[i]));
      ys.push(out);
    }
  }
  return { x, ys };
}
