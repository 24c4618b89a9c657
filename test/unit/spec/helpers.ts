import { strict as assert } from 'assert';
import { DataContext, LoadedData, loadDataset } from '../../../src/spec/data';
import type { Dataset } from '../../../src/spec/dataset';
import { parseSpec, ParsedSpec } from '../../../src/spec/parse';
import type { Diagnostic, ModelSpec, Range } from '../../../src/spec/types';

/** A small valid spec as an object, to be varied per test and turned into text. */
export function baseSpec(): Record<string, unknown> {
  return {
    data: { builtin: 'xor' },
    layers: [
      { type: 'dense', units: 4, activation: 'relu' },
      { type: 'dense', units: 1, activation: 'sigmoid' },
    ],
    loss: 'bce',
  };
}

/** Pretty-printed JSON, as a person would write it (2 spaces). */
export function text(spec: unknown): string {
  return JSON.stringify(spec, null, 2);
}

/** Parses and asserts the spec is valid, returning it. */
export function validSpec(source: string, defaultName?: string): ModelSpec {
  const parsed = parseSpec(source, { defaultName });
  assert.ok(parsed.spec, `expected a valid spec, got ${JSON.stringify(parsed.diagnostics, null, 1)}`);
  assert.deepEqual(errors(parsed), []);
  return parsed.spec;
}

/** The error diagnostics of a parse. */
export function errors(parsed: ParsedSpec): Diagnostic[] {
  return parsed.diagnostics.filter((d) => d.severity === 'error');
}

/** Parses text that must be invalid and returns the single error at `path`, of `code` (invalid-spec unless said). */
export function errorAt(source: string, path: string, code: Diagnostic['code'] = 'invalid-spec'): Diagnostic {
  const parsed = parseSpec(source);
  assert.equal(parsed.spec, undefined, 'an invalid spec must not produce a ModelSpec');
  const found = errors(parsed).filter((d) => d.path === path);
  assert.equal(found.length, 1, `expected one error at ${path}, got ${JSON.stringify(parsed.diagnostics.map((d) => [d.path, d.message]))}`);
  assert.equal(found[0].code, code);
  return found[0];
}

/**
 * The range of the `occurrence`-th appearance of `needle` in `source`, computed independently of
 * the parser's own position code (split on line breaks).
 */
export function rangeOfText(source: string, needle: string, occurrence = 0): Range {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = source.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `"${needle}" (occurrence ${occurrence}) not in the text`);
  }
  return { start: positionOf(source, offset), end: positionOf(source, offset + needle.length) };
}

function positionOf(source: string, offset: number): Range['start'] {
  const before = source.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** Parses a spec object that must be valid and loads its data. */
export function load(spec: unknown, ctx: Partial<DataContext> = {}): LoadedData & { parsed: ParsedSpec & { spec: ModelSpec } } {
  const parsed = parseSpec(text(spec));
  assert.ok(parsed.spec, `spec must be valid: ${JSON.stringify(parsed.diagnostics)}`);
  const valid = parsed as ParsedSpec & { spec: ModelSpec };
  const root = ctx.workspaceRoot ?? process.cwd();
  return { parsed: valid, ...loadDataset(valid, { specDir: ctx.specDir ?? root, workspaceRoot: root, readFile: ctx.readFile }) };
}

/** Loads a spec whose data must load, returning the data set. */
export function loadOk(spec: unknown, ctx: Partial<DataContext> = {}): Dataset {
  const loaded = load(spec, ctx);
  assert.deepEqual(loaded.diagnostics, []);
  assert.ok(loaded.dataset);
  return loaded.dataset;
}

/** How many samples carry each class index. */
export function classCounts(data: Dataset): number[] {
  const counts = new Array<number>(data.classes ?? 0).fill(0);
  data.labels?.forEach((label) => counts[label]++);
  return counts;
}
