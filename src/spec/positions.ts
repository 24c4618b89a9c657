/**
 * Offsets ↔ 0-based line/character positions, as VS Code counts them: `\r\n`, `\n` and a lone `\r`
 * each end a line, and characters are UTF-16 code units (the same units as JavaScript offsets).
 */
import type { Position, Range } from './types';

/** Converts offsets of one text to positions; builds its line table once. */
export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (code === 10 /* \n */) {
        this.lineStarts.push(i + 1);
      }
    }
  }

  /** Number of lines (an empty text has one). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The position of an offset, clamped into the text. */
  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(this.text.length, Math.floor(offset) || 0));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  /** The range covering `length` characters from `offset`, clamped into the text. */
  rangeAt(offset: number, length: number): Range {
    const start = this.positionAt(offset);
    const end = this.positionAt(offset + Math.max(0, length));
    return { start, end };
  }

  /** Offset just past the last character of the line holding `offset`, before its line break. */
  lineEndOffset(offset: number): number {
    const { line } = this.positionAt(offset);
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

/** Negative, zero or positive as `a` is before, at or after `b`. */
export function comparePositions(a: Position, b: Position): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}
