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
