/**
 * Class labels → class indices. Class k is the k-th smallest distinct label (numbers by value,
 * strings by code unit order), so the encoding depends only on the set of labels, never on row
 * order, and labels 0 … k−1 map to themselves.
 */

/** Encoded labels with the display name of each class. */
export interface EncodedLabels {
  labels: Int32Array;
  classNames: string[];
}

/** Encodes numeric labels (class names are the numbers as written by `String`). */
export function encodeNumericLabels(values: readonly number[]): EncodedLabels {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const index = new Map(distinct.map((value, i) => [value, i]));
  return { labels: Int32Array.from(values, (value) => index.get(value)!), classNames: distinct.map(String) };
}

/** Encodes string labels. */
export function encodeStringLabels(values: readonly string[]): EncodedLabels {
  const distinct = [...new Set(values)].sort();
  const index = new Map(distinct.map((value, i) => [value, i]));
  return { labels: Int32Array.from(values, (value) => index.get(value)!), classNames: distinct };
}

/** True when every value is a whole number (so it can be read as a class label). */
export function allIntegers(values: Iterable<number>): boolean {
  for (const value of values) if (!Number.isInteger(value)) return false;
  return true;
}

/**
 * Reads one-hot target rows (`width` ≥ 2 columns, row-major) as class indices: class k is the
 * column holding the row's single 1. Returns the index of the first row that is not one-hot (a
 * value other than 0 or 1, no 1, or several) instead, so the caller can say where.
 */
export function decodeOneHot(values: ArrayLike<number>, width: number): { labels: Int32Array } | { badRow: number } {
  const rows = Math.floor(values.length / width);
  const labels = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let hot = -1;
    for (let k = 0; k < width; k++) {
      const value = values[r * width + k];
      if (value === 0) continue;
      if (value !== 1 || hot >= 0) return { badRow: r };
      hot = k;
    }
    if (hot < 0) return { badRow: r };
    labels[r] = hot;
  }
  return { labels };
}

/** "0, 1, 1" for a target row in messages. */
export function rowText(values: ArrayLike<number>, width: number, row: number): string {
  return Array.from({ length: width }, (_, k) => String(values[row * width + k])).join(', ');
}
