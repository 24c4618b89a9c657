/**
 * Entry point of the spec layer: text of a `.nn.json` file → validated `ModelSpec` with defaults,
 * plus every problem at its own range, plus position lookups for everyone who reports on the file
 * later (data loader, static rules, training detectors, editor commands).
 */
import { JsonDocument } from './json-document';
import { displayPath } from './pointer';
import { comparePositions } from './positions';
import type { Diagnostic, ModelSpec, Range } from './types';
import { validateSpec } from './validate-spec';
import { Validator } from './validator';

/** A parsed spec file. */
export interface ParsedSpec {
  /** The text that was parsed. */
  text: string;
  /** The validated spec with defaults filled in; present only when validation found no error. */
  spec?: ModelSpec;
  /** Every problem validation found: `invalid-spec` (errors, and warnings for settings that have no effect) and `data-error` for bad inline data entries. */
  diagnostics: Diagnostic[];
  /**
   * The range of the value at a JSON Pointer ("/layers/0/init"). For a value not written in the
   * file: the nearest written ancestor, cut to its first line and starting at its key.
   */
  rangeOf(pointer: string): Range;
  /** Whether the value at a JSON Pointer is written in the file (as opposed to defaulted). */
  has(pointer: string): boolean;
}

/** Options of `parseSpec`. */
export interface ParseOptions {
  /** `name` when the spec has none, usually the file name without `.nn.json`; else "model". */
  defaultName?: string;
}

/**
 * Parses and validates a spec. Never throws: any input yields a result, and a result without
 * `spec` always carries at least one error.
 */
export function parseSpec(text: string, options: ParseOptions = {}): ParsedSpec {
  const source = typeof text === 'string' ? text : '';
  let doc: JsonDocument;
  try {
    doc = new JsonDocument(source);
  } catch (err) {
    return failedParse(source, err);
  }
  const diagnostics: Diagnostic[] = [];
  let spec: ModelSpec | undefined;
  try {
    diagnostics.push(...syntaxDiagnostics(doc));
    // A partial tree after a syntax error would only produce echoes of it ("data is missing").
    if (diagnostics.length === 0) {
      diagnostics.push(...duplicateKeyDiagnostics(doc));
      const validator = new Validator(doc);
      spec = validateSpec(validator, options.defaultName);
      diagnostics.push(...validator.diagnostics);
      if (diagnostics.some((d) => d.severity === 'error')) spec = undefined;
      diagnostics.sort(byPosition);
    }
  } catch (err) {
    spec = undefined;
    diagnostics.push(internalError(doc.rangeOf(''), err));
  }
  return {
    text: source,
    spec,
    diagnostics,
    rangeOf: (pointer) => safeRange(() => doc.rangeOf(pointer)),
    has: (pointer) => {
      try {
        return doc.nodeAt(pointer) !== undefined;
      } catch {
        return false;
      }
    },
  };
}

/** Document order, so lists read top to bottom like the file (the sort is stable). */
function byPosition(a: Diagnostic, b: Diagnostic): number {
  return comparePositions(a.range.start, b.range.start);
}

function syntaxDiagnostics(doc: JsonDocument): Diagnostic[] {
  return doc.syntaxProblems.map((problem) => ({
    code: 'invalid-spec',
    severity: 'error',
    message: problem.message,
    path: '',
    range: doc.lines.rangeAt(problem.offset, problem.length),
  }));
}

function duplicateKeyDiagnostics(doc: JsonDocument): Diagnostic[] {
  return doc.duplicateKeys().map(({ property, pointer, key }) => {
    const owner = pointer.slice(0, pointer.lastIndexOf('/'));
    const where = owner === '' ? 'at the top level' : `in ${displayPath(owner)}`;
    return {
      code: 'invalid-spec',
      severity: 'error',
      message: `duplicate key "${key}" ${where}: JSON readers disagree on which value counts; keep one`,
      path: pointer,
      range: doc.rangeOfKey(property),
    };
  });
}

/** Reported instead of throwing: a bug in the parser must not take the editor or the CLI down. */
function internalError(range: Range, err: unknown): Diagnostic {
  const reason = err instanceof Error ? err.message : String(err);
  return {
    code: 'invalid-spec',
    severity: 'error',
    message: `internal error while checking the spec (${reason}); please report this with the file`,
    path: '',
    range,
  };
}

function failedParse(text: string, err: unknown): ParsedSpec {
  const start = { line: 0, character: 0 };
  const range = { start, end: start };
  return { text, diagnostics: [internalError(range, err)], rangeOf: () => range, has: () => false };
}

function safeRange(compute: () => Range): Range {
  try {
    return compute();
  } catch {
    return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  }
}
