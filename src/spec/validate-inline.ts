/**
 * `"data": {"inline": {"x": [[…], …], "y": […]}}`: samples written in the spec. Everything about
 * them is visible in the file, so shape and type problems are reported at the exact entry, as
 * `data-error`s (a bad row is a data problem wherever it is written); a missing or unknown key of the
 * block, or an `x` or `y` that is not a non-empty list, is an `invalid-spec`, as elsewhere.
 */
import type { Node } from 'jsonc-parser';
import { childPointer, displayPath } from './pointer';
import { reportMissing } from './readers';
import type { DataSource, Normalization } from './types';
import { checkKeys, childObject, describeValue, ObjectView, Validator, valueOf } from './validator';

/** Entry-level problems reported per array: a wholly wrong array would otherwise flood the list. */
const MAX_ENTRY_ERRORS = 5;

const EXAMPLE = '{"x": [[0, 0], [0, 1], [1, 0], [1, 1]], "y": [0, 1, 1, 0]}';

/** The inline data (validated block `data`), or undefined when it has errors. */
export function validateInline(v: Validator, data: ObjectView, normalize: Normalization): DataSource | undefined {
  const inline = childObject(v, data, 'inline', `an object such as ${EXAMPLE}`);
  if (inline === undefined) return undefined;
  checkKeys(v, inline, ['x', 'y'], 'inline data');
  const x = readMatrix(v, inline, 'x', 'feature');
  const y = readTargets(v, inline, x?.length);
  if (x === undefined || y === undefined) return undefined;
  const spec: DataSource = { kind: 'inline', x, y: y.values, normalize };
  if (y.classNames) spec.classNames = y.classNames;
  return spec;
}

/** Counts entry errors of one array and stops reporting past the limit. */
class EntryErrors {
  count = 0;
  constructor(private readonly v: Validator) {}
  report(pointer: string, message: string, node: Node): void {
    this.count++;
    if (this.count <= MAX_ENTRY_ERRORS) this.v.dataError(pointer, message, node);
  }
}

/** A non-empty array of equally long, non-empty rows of finite numbers. */
function readMatrix(v: Validator, obj: ObjectView, key: string, noun: string): number[][] | undefined {
  const node = valueOf(obj, key);
  const pointer = childPointer(obj.pointer, key);
  if (node === undefined) {
    reportMissing(v, obj, key, { describe: `one row of ${noun}s per sample, e.g. "x": [[0, 0], [0, 1]]` });
    return undefined;
  }
  if (node.type !== 'array' || (node.children ?? []).length === 0) {
    const got = node.type === 'array' ? 'an empty list' : describeValue(v, node);
    v.error(pointer, `${displayPath(pointer)} must be a non-empty list of rows such as [[0, 1], [1, 0]], got ${got}`, node);
    return undefined;
  }
  const errors = new EntryErrors(v);
  const rows = (node.children ?? []).map((row, index) => readRow(v, errors, row, childPointer(pointer, index), noun));
  const width = rows[0]?.length;
  rows.forEach((row, index) => {
    if (row === undefined || width === undefined || row.length === width) return;
    const at = childPointer(pointer, index);
    errors.report(at, `${displayPath(at)} has ${row.length} value${row.length === 1 ? '' : 's'} but ${displayPath(childPointer(pointer, 0))} has ${width}; every row needs the same number of ${noun}s`, node.children![index]);
  });
  return errors.count === 0 ? (rows as number[][]) : undefined;
}

function readRow(v: Validator, errors: EntryErrors, row: Node, pointer: string, noun: string): number[] | undefined {
  if (row.type !== 'array' || (row.children ?? []).length === 0) {
    const got = row.type === 'array' ? 'an empty list' : describeValue(v, row);
    errors.report(pointer, `${displayPath(pointer)} must be a non-empty list of numbers (one per ${noun}), got ${got}`, row);
    return undefined;
  }
  const values: number[] = [];
  (row.children ?? []).forEach((cell, index) => {
    if (cell.type === 'number' && Number.isFinite(cell.value)) {
      values.push(cell.value);
      return;
    }
    const at = childPointer(pointer, index);
    errors.report(at, `${displayPath(at)} must be a finite number, got ${describeValue(v, cell)}`, cell);
  });
  return values.length === (row.children ?? []).length ? values : undefined;
}

/** Targets as written: numbers, label indices (with their names) or rows. */
interface Targets {
  values: number[] | number[][];
  classNames?: string[];
}

/** `y`: one entry per row of `x`, all numbers, all strings (class labels) or all rows of numbers. */
function readTargets(v: Validator, obj: ObjectView, rows: number | undefined): Targets | undefined {
  const node = valueOf(obj, 'y');
  const pointer = childPointer(obj.pointer, 'y');
  if (node === undefined) {
    reportMissing(v, obj, 'y', { describe: 'one target per row of x: class labels such as [0, 1] or ["cat", "dog"], numbers, or rows of numbers' });
    return undefined;
  }
  const first = node.type === 'array' ? node.children?.[0] : undefined;
  if (first === undefined) {
    const got = node.type === 'array' ? 'an empty list' : describeValue(v, node);
    v.error(pointer, `${displayPath(pointer)} must be a non-empty list of targets such as [0, 1, 1, 0], got ${got}`, node);
    return undefined;
  }
  let targets: Targets | undefined;
  if (first.type === 'array') {
    const matrix = readMatrix(v, obj, 'y', 'target');
    targets = matrix && { values: matrix };
  } else {
    targets = first.type === 'string' ? readStringLabels(v, node, pointer) : readNumbers(v, node, pointer);
  }
  if (targets === undefined || rows === undefined || targets.values.length === rows) return targets;
  v.dataError(pointer, `${displayPath(pointer)} has ${targets.values.length} entries but data.inline.x has ${rows} rows; give one target per row`, node);
  return undefined;
}

function readNumbers(v: Validator, node: Node, pointer: string): { values: number[] } | undefined {
  const errors = new EntryErrors(v);
  const values: number[] = [];
  (node.children ?? []).forEach((entry, index) => {
    if (entry.type === 'number' && Number.isFinite(entry.value)) values.push(entry.value);
    else errors.report(childPointer(pointer, index), `${displayPath(childPointer(pointer, index))} must be a finite number like the other targets, got ${describeValue(v, entry)}`, entry);
  });
  return errors.count === 0 ? { values } : undefined;
}

/** String class labels, as indices into their sorted distinct values. */
function readStringLabels(v: Validator, node: Node, pointer: string): { values: number[]; classNames: string[] } | undefined {
  const errors = new EntryErrors(v);
  const labels: string[] = [];
  (node.children ?? []).forEach((entry, index) => {
    if (entry.type === 'string' && typeof entry.value === 'string') labels.push(entry.value);
    else errors.report(childPointer(pointer, index), `${displayPath(childPointer(pointer, index))} must be a string label like the other targets, got ${describeValue(v, entry)}`, entry);
  });
  if (errors.count > 0) return undefined;
  const classNames = [...new Set(labels)].sort();
  const index = new Map(classNames.map((name, i) => [name, i]));
  return { values: labels.map((label) => index.get(label)!), classNames };
}
