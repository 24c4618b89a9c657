/**
 * Which runtime diagnostics still apply after the spec was edited. A run's warnings describe the
 * text it trained: once the user changes what a warning is about (its layer, or the optimizer for
 * a learning-rate warning, or any value its quick fixes set), the warning no longer describes the
 * spec and must not stay up as a live one. The others stay, moved to where their value now is.
 *
 * It is a pure function of the run's text and the current text, so undoing a fix brings its
 * warning back: the value is again the one the run trained with. Pure (no vscode).
 */
import { getNodeValue, type Node } from 'jsonc-parser';
import { JsonDocument } from '../spec/json-document';
import { pointerSegments } from '../spec/pointer';
import type { Diagnostic } from '../spec/types';
import { quickFixPaths } from '../diagnosis/fixes';

/**
 * The part of a spec a finding at `path` is about: the whole layer for anything inside a layer
 * (`/layers/2/activation` → `/layers/2`: a dead ReLU is fixed by its activation, init or bias alike),
 * the whole optimizer for anything inside it (lr, momentum and clipNorm act together), else the path.
 */
export function concernedPointer(path: string): string {
  const segments = pointerSegments(path) ?? [];
  if (segments[0] === 'layers' && segments.length >= 2) return `/layers/${segments[1]}`;
  if (segments[0] === 'optimizer') return '/optimizer';
  return path;
}

/** Every part of the spec whose change retires a runtime diagnostic: its own, and its quick fixes'. */
export function concernedPointers(runText: string, diagnostic: Diagnostic): string[] {
  const paths = [diagnostic.path, ...quickFixPaths(runText, diagnostic)];
  return [...new Set(paths.map(concernedPointer))];
}

/** The runtime diagnostics of one run, ready to be re-placed in each new version of the text. */
export class RuntimeFindings {
  private readonly watched: { diagnostic: Diagnostic; pointers: string[] }[];
  /** The value each concerned pointer had in the run's text (undefined: not written). */
  private readonly runValues = new Map<string, unknown>();

  constructor(runText: string, readonly diagnostics: readonly Diagnostic[]) {
    const runDoc = new JsonDocument(runText);
    this.watched = diagnostics.map((diagnostic) => ({ diagnostic, pointers: concernedPointers(runText, diagnostic) }));
    for (const { pointers } of this.watched) {
      for (const pointer of pointers) if (!this.runValues.has(pointer)) this.runValues.set(pointer, valueAt(runDoc, pointer));
    }
  }

  /**
   * The diagnostics that still apply to `currentText`, each with its range in it; undefined while
   * the text is not valid JSON (mid-keystroke), when the caller should keep what it shows.
   */
  placeIn(currentText: string): Diagnostic[] | undefined {
    const current = new JsonDocument(currentText);
    if (current.root === undefined || current.syntaxProblems.length > 0) return undefined;
    const unchanged = new Map<string, boolean>();
    const isUnchanged = (pointer: string) => {
      if (!unchanged.has(pointer)) unchanged.set(pointer, sameJson(this.runValues.get(pointer), valueAt(current, pointer)));
      return unchanged.get(pointer)!;
    };
    return this.watched.filter(({ pointers }) => pointers.every(isUnchanged)).map(({ diagnostic }) => ({ ...diagnostic, range: current.rangeOf(diagnostic.path) }));
  }
}

function valueAt(doc: JsonDocument, pointer: string): unknown {
  const node: Node | undefined = doc.nodeAt(pointer);
  return node === undefined ? undefined : getNodeValue(node);
}

/** Equal as JSON values: key order and formatting do not matter, 0.10 equals 0.1. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => sameJson(v, other[i]));
  }
  const ka = Object.keys(a), kb = Object.keys(b);
  const bo = b as Record<string, unknown>, ao = a as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(bo, k) && sameJson(ao[k], bo[k]));
}
