/**
 * Inline data (already validated by the parser: rectangular, finite, one target per row) →
 * `Dataset`. String labels are classes; integer labels are classes under a cross-entropy loss;
 * target rows are one-hot classes under cce; other numbers and target rows are regressed.
 */
import type { Dataset } from './dataset';
import { allIntegers, decodeOneHot, encodeNumericLabels, rowText } from './labels';
import type { DataSpec, LossName } from './types';

type InlineSpec = Extract<DataSpec, { kind: 'inline' }>;

/** The (not yet normalized) data set of an inline spec. Undefined `dataset` comes with a reason. */
export function inlineDataset(spec: InlineSpec, loss: LossName): { dataset?: Dataset; problem?: string } {
  const samples = spec.x.length;
  const inputs = spec.x[0]?.length ?? 0;
  const x = new Float64Array(samples * inputs);
  spec.x.forEach((row, r) => x.set(row, r * inputs));
  const base = { samples, inputs, x, featureNames: Array.from({ length: inputs }, (_, i) => `x${i}`) };
  const rows = spec.y.length > 0 && Array.isArray(spec.y[0]);
  if (rows) {
    const targetRows = spec.y as number[][];
    const width = targetRows[0].length;
    const targets = new Float64Array(samples * width);
    targetRows.forEach((row, r) => targets.set(row, r * width));
    const targetNames = width === 1 ? ['y'] : Array.from({ length: width }, (_, i) => `y${i}`);
    if (loss === 'cce' && width >= 2) return oneHotDataset(base, targets, width);
    return { dataset: { ...base, task: 'regression', targets, targetColumns: width, targetNames } };
  }
  const values = spec.y as number[];
  const classification = spec.classNames !== undefined || ((loss === 'bce' || loss === 'cce') && allIntegers(values));
  if (!classification) {
    return { dataset: { ...base, task: 'regression', targets: Float64Array.from(values), targetColumns: 1, targetNames: ['y'] } };
  }
  const encoded = spec.classNames ? { labels: Int32Array.from(values), classNames: spec.classNames } : encodeNumericLabels(values);
  if (encoded.classNames.length < 2) {
    return { problem: `data.inline.y has a single class ("${encoded.classNames[0]}"); a classifier needs at least two` };
  }
  const dataset: Dataset = {
    ...base,
    task: 'classification',
    labels: encoded.labels,
    classes: encoded.classNames.length,
    classNames: encoded.classNames,
    targetColumns: 1,
    targetNames: ['y'],
  };
  return { dataset };
}

/** Target rows under cce: one-hot class labels (class k is column k), or the first row that is not one-hot. */
function oneHotDataset(base: Pick<Dataset, 'samples' | 'inputs' | 'x' | 'featureNames'>, targets: Float64Array, width: number): { dataset?: Dataset; problem?: string } {
  const decoded = decodeOneHot(targets, width);
  if ('badRow' in decoded) {
    const row = decoded.badRow;
    return { problem: `data.inline.y[${row}] is [${rowText(targets, width, row)}]; under cce target rows must be one-hot (a single 1, the rest 0)` };
  }
  const classNames = Array.from({ length: width }, (_, k) => String(k));
  return { dataset: { ...base, task: 'classification', labels: decoded.labels, classes: width, classNames, targetColumns: 1, targetNames: ['y'] } };
}
