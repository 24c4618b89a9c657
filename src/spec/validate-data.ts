/**
 * The `data` block: exactly one source (builtin, csv or inline) plus `normalize` and `normalizeTarget`. Only what the file
 * itself shows is checked here; reading the CSV is the data loader's job (`data.ts`).
 */
import type { Node } from 'jsonc-parser';
import { DEFAULT_CLASSES, DEFAULT_NOISE, DEFAULT_SAMPLES, FIXED_CLASSES, IRIS_SAMPLES, MAX_CLASSES, MAX_NOISE, MAX_SAMPLES } from './defaults';
import { childPointer, displayPath } from './pointer';
import { NumberRule, readEnum, readNumber, readString, reportMissing } from './readers';
import { BUILTIN_DATASETS, BuiltinDataset, DataSource, DataSpec, Normalization, NORMALIZATIONS } from './types';
import { validateInline } from './validate-inline';
import { checkKeys, childObject, describeValue, ObjectView, Validator, valueOf } from './validator';

/** The keys that name a data source; a `data` block has exactly one. */
export const DATA_SOURCES = ['builtin', 'csv', 'inline'] as const;
/** Keys of a builtin `data` block. */
export const BUILTIN_KEYS = ['builtin', 'samples', 'noise', 'classes', 'normalize', 'normalizeTarget'];
/** Keys of a csv `data` block. */
export const CSV_KEYS = ['csv', 'target', 'features', 'normalize', 'normalizeTarget'];
/** Keys of an inline `data` block. */
export const INLINE_KEYS = ['inline', 'normalize', 'normalizeTarget'];

const SAMPLES_RULE: NumberRule = { integer: true, min: 1, max: MAX_SAMPLES, expect: `an integer from 1 to ${MAX_SAMPLES}` };
const NOISE_RULE: NumberRule = { min: 0, max: MAX_NOISE, expect: `a number from 0 to ${MAX_NOISE}`, why: 'it is the standard deviation of the noise added to each coordinate' };
const CLASSES_RULE: NumberRule = { integer: true, min: 2, max: MAX_CLASSES, expect: `an integer from 2 to ${MAX_CLASSES}` };

const SOURCE_EXAMPLES = '{"builtin": "moons"}, {"csv": "data/train.csv", "target": "label"} or {"inline": {"x": [[0, 1]], "y": [1]}}';

/** The data block, defaults filled; undefined when it has errors (each reported). */
export function validateData(v: Validator, root: ObjectView): DataSpec | undefined {
  if (valueOf(root, 'data') === undefined) {
    reportMissing(v, root, 'data', { describe: `where the samples come from, e.g. ${SOURCE_EXAMPLES}` });
    return undefined;
  }
  const obj = childObject(v, root, 'data', `an object such as ${SOURCE_EXAMPLES}`);
  if (obj === undefined) return undefined;
  const sources = DATA_SOURCES.filter((source) => obj.entries.has(source));
  if (sources.length !== 1) {
    reportSourceCount(v, obj, root, sources);
    return undefined;
  }
  const normalize = readEnum(v, obj, 'normalize', NORMALIZATIONS, 'normalization') ?? 'none';
  const normalizeTarget = readEnum(v, obj, 'normalizeTarget', NORMALIZATIONS, 'target normalization');
  const source = validateSource(v, obj, sources[0], normalize);
  return source && normalizeTarget !== undefined ? { ...source, normalizeTarget } : source;
}

function validateSource(v: Validator, obj: ObjectView, source: (typeof DATA_SOURCES)[number], normalize: Normalization): DataSource | undefined {
  if (source === 'builtin') return validateBuiltin(v, obj, normalize);
  if (source === 'csv') return validateCsv(v, obj, normalize);
  checkKeys(v, obj, INLINE_KEYS, 'inline data', (key) => elsewhere(key, 'inline'));
  return validateInline(v, obj, normalize);
}

function reportSourceCount(v: Validator, obj: ObjectView, root: ObjectView, sources: readonly string[]): void {
  if (sources.length === 0) {
    checkKeys(v, obj, [...new Set([...BUILTIN_KEYS, ...CSV_KEYS, ...INLINE_KEYS])], 'a data block');
    const message = `data needs exactly one source: "builtin" (one of ${BUILTIN_DATASETS.join(', ')}), "csv" (a file path) or "inline"; e.g. ${SOURCE_EXAMPLES}`;
    v.error('/data', message, root.entries.get('data')?.children?.[0]);
    return;
  }
  const inFileOrder = [...sources].sort((a, b) => (obj.entries.get(a)?.offset ?? 0) - (obj.entries.get(b)?.offset ?? 0));
  const listed = inFileOrder.map((s) => `"${s}"`).join(' and ');
  for (const extra of inFileOrder.slice(1)) {
    const message = `data has more than one source (${listed}); keep exactly one`;
    v.error(childPointer('/data', extra), message, obj.entries.get(extra)?.children?.[0]);
  }
}

/** For a key of another kind of data block: which kind it belongs to. */
function elsewhere(key: string, kind: string): string | undefined {
  if (kind !== 'builtin' && BUILTIN_KEYS.includes(key)) return `"${key}" applies only to builtin data`;
  if (kind !== 'csv' && CSV_KEYS.includes(key)) return `"${key}" applies only to csv data`;
  return undefined;
}

function validateBuiltin(v: Validator, obj: ObjectView, normalize: Normalization): DataSource | undefined {
  checkKeys(v, obj, BUILTIN_KEYS, 'builtin data', (key) => elsewhere(key, 'builtin'));
  const name = readEnum(v, obj, 'builtin', BUILTIN_DATASETS, 'builtin data set');
  const samples = readNumber(v, obj, 'samples', SAMPLES_RULE);
  const noise = readNumber(v, obj, 'noise', NOISE_RULE);
  const classes = readNumber(v, obj, 'classes', CLASSES_RULE);
  if (name === undefined) return undefined;
  const fixed = FIXED_CLASSES[name];
  if (fixed !== undefined && classes !== undefined && classes !== fixed) warnFixedClasses(v, name, fixed, classes);
  if (name === 'iris') {
    for (const key of ['samples', 'noise']) {
      if (valueOf(obj, key) === undefined) continue;
      v.warning(`/data/${key}`, `data.${key} has no effect on "iris": it is the real data set of ${IRIS_SAMPLES} measured flowers; remove it`);
    }
    return { kind: 'builtin', name, samples: IRIS_SAMPLES, noise: 0, classes: fixed ?? 3, normalize };
  }
  return {
    kind: 'builtin',
    name,
    samples: samples ?? DEFAULT_SAMPLES,
    noise: noise ?? DEFAULT_NOISE,
    classes: fixed ?? classes ?? DEFAULT_CLASSES,
    normalize,
  };
}

function warnFixedClasses(v: Validator, name: BuiltinDataset, fixed: number, classes: number): void {
  const what = fixed === 0 ? `"${name}" is a regression data set without classes` : `"${name}" always has ${fixed} classes`;
  v.warning('/data/classes', `data.classes = ${classes} has no effect: ${what}; use "spirals" or "blobs" to choose the number of classes`);
}

function validateCsv(v: Validator, obj: ObjectView, normalize: Normalization): DataSource | undefined {
  checkKeys(v, obj, CSV_KEYS, 'csv data', (key) => elsewhere(key, 'csv'));
  const path = readString(v, obj, 'csv', "the CSV file's path relative to this spec");
  const target = readColumns(v, obj, 'target', true);
  const features = readColumns(v, obj, 'features', false);
  if (target && features) {
    features.forEach((column, index) => {
      if (!target.includes(column)) return;
      const pointer = childPointer('/data/features', index);
      v.error(pointer, `${displayPath(pointer)}: column "${column}" is also the target; a column cannot be both input and target`);
    });
  }
  if (path === undefined || target === undefined) return undefined;
  return features === undefined ? { kind: 'csv', path, target, normalize } : { kind: 'csv', path, target, features, normalize };
}

/** A column name or a non-empty list of distinct column names. */
function readColumns(v: Validator, obj: ObjectView, key: 'target' | 'features', required: boolean): string[] | undefined {
  const node = valueOf(obj, key);
  const pointer = childPointer(obj.pointer, key);
  const what = key === 'target' ? 'the column to predict, e.g. "target": "label" (or a list of columns)' : 'the input columns';
  if (node === undefined) {
    if (required) reportMissing(v, obj, key, { describe: what });
    return undefined;
  }
  if (node.type === 'string' && key === 'target') return readString(v, obj, key, 'a column name') === undefined ? undefined : [node.value];
  if (node.type !== 'array' || (node.children ?? []).length === 0) {
    const expected = key === 'target' ? 'a column name or a non-empty list of column names' : 'a non-empty list of column names';
    v.error(pointer, `${displayPath(pointer)} must be ${expected}, got ${node.type === 'array' ? 'an empty list' : describeValue(v, node)}`, node);
    return undefined;
  }
  return readColumnList(v, node, pointer);
}

function readColumnList(v: Validator, node: Node, pointer: string): string[] | undefined {
  const names: string[] = [];
  let valid = true;
  (node.children ?? []).forEach((child, index) => {
    const at = childPointer(pointer, index);
    if (child.type !== 'string' || typeof child.value !== 'string' || child.value === '') {
      v.error(at, `${displayPath(at)} must be a column name (a non-empty string), got ${describeValue(v, child)}`, child);
      valid = false;
    } else if (names.includes(child.value)) {
      v.error(at, `${displayPath(at)}: column "${child.value}" is listed twice; remove one`, child);
      valid = false;
    } else {
      names.push(child.value);
    }
  });
  return valid ? names : undefined;
}
