/**
 * A parsed spec file as a tree with positions: finds the value at a JSON Pointer and its range,
 * so every diagnostic (from the parser, the data loader, the rules or training) lands on the
 * text it is about.
 */
import type { Node } from 'jsonc-parser';
import { LineIndex } from './positions';
import { childPointer, pointerSegments } from './pointer';
import { parseStrictJson, SyntaxProblem } from './syntax';
import type { Range } from './types';

/** A duplicated object key: JSON readers disagree on which value wins, so it is always an error. */
export interface DuplicateKey {
  /** The key's property node (the later occurrence). */
  property: Node;
  /** Pointer of the key's value. */
  pointer: string;
  key: string;
}

/** The text, its syntax tree and position lookups. */
export class JsonDocument {
  readonly lines: LineIndex;
  readonly root: Node | undefined;
  readonly syntaxProblems: SyntaxProblem[];

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    const parsed = parseStrictJson(text);
    this.root = parsed.root;
    this.syntaxProblems = parsed.problems;
  }

  /** The value node at a pointer, or undefined when it is not written in the file. */
  nodeAt(pointer: string): Node | undefined {
    const segments = pointerSegments(pointer);
    if (segments === undefined) return undefined;
    let node = this.root;
    for (const segment of segments) {
      if (node === undefined) return undefined;
      node = childNode(node, segment);
    }
    return node;
  }

  /** The range of a node's text. */
  rangeOfNode(node: Node): Range {
    return this.lines.rangeAt(node.offset, node.length);
  }

  /** The range of the key of a property node (`"units"`, quotes included). */
  rangeOfKey(property: Node): Range {
    const key = property.children?.[0];
    return key ? this.rangeOfNode(key) : this.rangeOfNode(property);
  }

  /**
   * The range of the value at a pointer. For a value that is not written, the nearest written
   * ancestor stands in, cut to its first line (a whole multi-line object would bury the message),
   * starting at its key when it has one: a missing `/optimizer/lr` marks `"optimizer": {`.
   */
  rangeOf(pointer: string): Range {
    const segments = pointerSegments(pointer) ?? [];
    let node = this.root;
    let depth = 0;
    for (; node !== undefined && depth < segments.length; depth++) {
      const child = childNode(node, segments[depth]);
      if (child === undefined) break;
      node = child;
    }
    if (node === undefined) return this.lines.rangeAt(0, 0);
    if (depth === segments.length) return this.rangeOfNode(node);
    const start = node.parent?.type === 'property' ? node.parent.offset : node.offset;
    const end = Math.min(node.offset + node.length, this.lines.lineEndOffset(start));
    return this.lines.rangeAt(start, Math.max(end - start, 1));
  }

  /** Every object key that appears twice in the same object, each later occurrence once. */
  duplicateKeys(): DuplicateKey[] {
    const found: DuplicateKey[] = [];
    if (this.root === undefined) return found;
    // Iterative on purpose: inline data can be large, and depth is already bounded by the parser.
    const stack: { node: Node; pointer: string }[] = [{ node: this.root, pointer: '' }];
    while (stack.length > 0) {
      const { node, pointer } = stack.pop()!;
      if (node.type === 'array') {
        node.children?.forEach((child, index) => stack.push({ node: child, pointer: childPointer(pointer, index) }));
      } else if (node.type === 'object') {
        const seen = new Set<string>();
        for (const property of node.children ?? []) {
          const key = propertyKey(property);
          if (key === undefined) continue;
          const keyPointer = childPointer(pointer, key);
          if (seen.has(key)) found.push({ property, pointer: keyPointer, key });
          seen.add(key);
          const value = property.children?.[1];
          if (value) stack.push({ node: value, pointer: keyPointer });
        }
      }
    }
    return found.sort((a, b) => a.property.offset - b.property.offset);
  }
}

/** The key of a property node. */
export function propertyKey(property: Node): string | undefined {
  const key = property.children?.[0];
  return key?.type === 'string' && typeof key.value === 'string' ? key.value : undefined;
}

/** The properties of an object node as [key, property node] pairs; a duplicated key keeps its last. */
export function objectEntries(node: Node): Map<string, Node> {
  const entries = new Map<string, Node>();
  if (node.type !== 'object') return entries;
  for (const property of node.children ?? []) {
    const key = propertyKey(property);
    if (key !== undefined) entries.set(key, property);
  }
  return entries;
}

/** The child value of an object (by key) or array (by index) node. */
function childNode(node: Node, segment: string): Node | undefined {
  if (node.type === 'object') {
    let found: Node | undefined;
    for (const property of node.children ?? []) {
      if (propertyKey(property) === segment) found = property.children?.[1];
    }
    return found;
  }
  if (node.type === 'array' && /^(0|[1-9][0-9]*)$/.test(segment)) {
    return node.children?.[Number(segment)];
  }
  return undefined;
}
