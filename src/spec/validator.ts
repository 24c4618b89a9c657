/**
 * The collector of validation problems and the views the validators read the tree through. Each
 * problem is located at its own value (or key), so one pass reports everything wrong in a file.
 */
import type { Node } from 'jsonc-parser';
import { JsonDocument, objectEntries } from './json-document';
import { childPointer, displayPath } from './pointer';
import { didYouMean } from './suggest';
import type { Diagnostic, Severity, SuggestedEdit } from './types';

/** The codes validation reports: `invalid-spec`, `data-error` for bad inline data, `lr-out-of-range` for a rate of 0 or below. */
export type ValidationCode = 'invalid-spec' | 'data-error' | 'lr-out-of-range';

/** Problems recorded per file; a file with more is broken throughout and a list this long is enough. */
export const MAX_SPEC_DIAGNOSTICS = 100;

/** Collects the validation diagnostics of one spec file: `invalid-spec`, and `data-error` for bad inline data entries. */
export class Validator {
  readonly diagnostics: Diagnostic[] = [];
  private errors = 0;

  constructor(readonly doc: JsonDocument) {}

  /** Number of errors found so far (also those beyond the recording limit). */
  get errorCount(): number {
    return this.errors;
  }

  /** An error about the value at `pointer` (or at `node` when given, e.g. a key). */
  error(pointer: string, message: string, node?: Node): void {
    this.errors++;
    this.add('error', pointer, message, node);
  }

  /**
   * An error about data written in the spec (a ragged row, a value that is not a number): a
   * `data-error`, as the same row in a CSV would be, though found while validating.
   */
  dataError(pointer: string, message: string, node?: Node): void {
    this.errors++;
    this.add('error', pointer, message, node, 'data-error');
  }

  /**
   * An error a diagnosis code names better than `invalid-spec` (a learning rate of 0 or below is
   * `lr-out-of-range`), with the fixes that make the value valid.
   */
  codedError(code: ValidationCode, pointer: string, message: string, node: Node | undefined, suggestions: SuggestedEdit[]): void {
    this.errors++;
    this.add('error', pointer, message, node, code, suggestions);
  }

  /** A warning: the spec stays usable, but something in it has no effect or looks unintended. */
  warning(pointer: string, message: string, node?: Node): void {
    this.add('warning', pointer, message, node);
  }

  private add(severity: Severity, path: string, message: string, node: Node | undefined, code: ValidationCode = 'invalid-spec', suggestions?: SuggestedEdit[]): void {
    if (this.diagnostics.length >= MAX_SPEC_DIAGNOSTICS) return;
    const range = node ? this.doc.rangeOfNode(node) : this.doc.rangeOf(path);
    this.diagnostics.push(suggestions && suggestions.length > 0 ? { code, severity, message, path, range, suggestions } : { code, severity, message, path, range });
  }
}

/** An object in the spec being validated. */
export interface ObjectView {
  node: Node;
  pointer: string;
  /** Its properties by key. */
  entries: Map<string, Node>;
}

/** The value node of a key of an object, if written. */
export function valueOf(obj: ObjectView, key: string): Node | undefined {
  return obj.entries.get(key)?.children?.[1];
}

/** A value as messages quote it: its source text for numbers, JSON for strings, a kind for containers. */
export function describeValue(v: Validator, node: Node): string {
  switch (node.type) {
    case 'string': {
      const text = String(node.value);
      const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
      return /^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(text) ? `${shown} (a string; remove the quotes)` : `${shown} (a string)`;
    }
    case 'number': {
      const source = v.doc.text.slice(node.offset, node.offset + Math.min(node.length, 40));
      return node.length > 40 ? `${source}…` : source;
    }
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
}

/**
 * Views a node as an object, reporting it when it is something else.
 * @param expectation completes "<path> must be …", e.g. `an object such as {"type": "adam"}`.
 */
export function asObject(v: Validator, node: Node | undefined, pointer: string, expectation: string): ObjectView | undefined {
  if (node === undefined) return undefined;
  if (node.type !== 'object') {
    v.error(pointer, `${displayPath(pointer)} must be ${expectation}, got ${describeValue(v, node)}`, node);
    return undefined;
  }
  return { node, pointer, entries: objectEntries(node) };
}

/** The object view of a child of `obj`, reporting a non-object. */
export function childObject(v: Validator, obj: ObjectView, key: string, expectation: string): ObjectView | undefined {
  return asObject(v, valueOf(obj, key), childPointer(obj.pointer, key), expectation);
}

/**
 * Reports every key of `obj` outside `allowed`, at the key, with the closest allowed spelling.
 * @param owner names the object in messages, e.g. "a dense layer".
 * @param hint an extra explanation for a particular key (e.g. that it belongs in another block).
 */
export function checkKeys(
  v: Validator,
  obj: ObjectView,
  allowed: readonly string[],
  owner: string,
  hint?: (key: string) => string | undefined,
): void {
  for (const [key, property] of obj.entries) {
    if (allowed.includes(key)) continue;
    const where = obj.pointer === '' ? 'at the top level' : `in ${displayPath(obj.pointer)}`;
    const shown = JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
    const extra = hint?.(key) ?? `${owner} takes only ${allowed.join(', ')}`;
    v.error(childPointer(obj.pointer, key), `unknown key ${shown} ${where}${didYouMean(key, allowed)}; ${extra}`, property.children?.[0]);
  }
}
