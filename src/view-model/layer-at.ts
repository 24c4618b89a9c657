import { findNodeAtOffset, getNodePath, parseTree } from 'jsonc-parser';

/**
 * The index of the layer whose object in `layers` contains `offset`, or undefined when the offset is
 * outside every layer. Works on broken JSON too, since the user is typing.
 */
export function layerIndexAt(text: string, offset: number): number | undefined {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  if (!root) return undefined;
  const node = findNodeAtOffset(root, offset, true);
  if (!node) return undefined;
  const path = getNodePath(node);
  if (path[0] !== 'layers' || typeof path[1] !== 'number') return undefined;
  return path[1];
}

/** The 0-based offset of a line/character position in `text` (clamped to the text). */
export function offsetAt(text: string, line: number, character: number): number {
  let offset = 0;
  for (let current = 0; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + character, text.length);
}
