/**
 * What spreadsheets and other programs put in the files they export as CSV, beyond RFC 4180: the
 * separator and decimal mark of the locale, empty columns past the data, numbers with thousands
 * separators, and files that are not text at all. Each is either read as meant or named in a message
 * that says how to export the file instead.
 */
import type { CsvProblem, CsvRow } from './csv';

/** What may separate the values of a row. */
export type Delimiter = ',' | ';' | '\t';

/**
 * The separator the first non-blank line uses most, outside quotes; a comma on a tie or when the
 * line has none (a file of one column). Only the header is read: data rows may hold decimal commas.
 */
export function headerDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let seen = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') {
      if (seen) break;
    } else if (c === ',' || c === ';' || c === '\t') counts[c]++;
    if (c.trim() !== '') seen = true;
  }
  const best = Math.max(counts[','], counts[';'], counts['\t']);
  if (best === 0 || counts[','] === best) return ',';
  return counts[';'] === best ? ';' : '\t';
}

/** A number with a decimal comma and no thousands separator: "1,5", "-0,25", "3,2e-4". */
const DECIMAL_COMMA = /^([-+]?\d*),(\d+(?:[eE][-+]?\d+)?)$/;

/** Trims, and writes a decimal comma as a point: a semicolon-separated file's "1,5" is 1.5. */
export function trimWithDecimalCommas(cells: string[]): void {
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k].trim();
    const comma = DECIMAL_COMMA.exec(cell);
    cells[k] = comma ? `${comma[1]}.${comma[2]}` : cell;
  }
}

/** How far into the text to look for the NUL characters that text files never hold. */
const BINARY_SNIFF_CHARS = 4096;

/**
 * Why the text is no CSV at all, or undefined: a workbook saved under a .csv name (a zip archive,
 * "PK" first), or UTF-16 text ("Unicode Text" in spreadsheets), whose every other byte is NUL.
 */
export function notTextProblem(text: string): CsvProblem | undefined {
  const nul = text.slice(0, BINARY_SNIFF_CHARS).indexOf('\u0000');
  if (nul < 0) return undefined;
  const line = text.slice(0, nul).split('\n').length;
  if (text.startsWith('PK')) {
    return { line, message: 'the file is a zip archive, such as an .xlsx workbook, not CSV text; save the sheet as "CSV UTF-8 (comma delimited)"' };
  }
  const utf16 = /^(\uFFFD\uFFFD)?([^\u0000]\u0000)+/.test(text) || /^(\uFFFD\uFFFD)?(\u0000[^\u0000])+/.test(text);
  const kind = utf16 ? 'UTF-16 text (what spreadsheets save as "Unicode Text")' : 'binary data (NUL bytes)';
  return { line, message: `the file holds ${kind}, not UTF-8 CSV text; save it as "CSV UTF-8 (comma delimited)"` };
}

/**
 * The header without its unnamed columns that are empty on every row (the trailing ",," of a sheet
 * whose formatting reached past the data), and the rows without them too, in place. Rows that stop
 * before such a column count as empty there. Unnamed columns holding a value stay, to be reported.
 */
export function dropEmptyUnnamedColumns(header: string[], rows: CsvRow[]): string[] {
  const empty: number[] = [];
  for (let k = header.length - 1; k >= 0; k--) {
    if (header[k] === '' && rows.every((row) => (row.cells[k] ?? '').trim() === '')) empty.push(k);
  }
  if (empty.length === 0) return header;
  const drop = (cells: string[]) => {
    for (const k of empty) if (k < cells.length) cells.splice(k, 1);
  };
  for (const row of rows) drop(row.cells);
  const kept = [...header];
  drop(kept);
  return kept;
}

/** A number grouped in thousands: "1,234", "2.500,75", "1 234 567", "1'234.5". */
const GROUPED = /^[-+]?\d{1,3}(?:([,.' \u00a0\u202f])\d{3})(?:\1\d{3})*(?:([.,])\d+)?$/;

/**
 * The plain number a cell writes with thousands separators ("1,234" → "1234", "2.500,75" →
 * "2500.75"), or undefined. The decimal mark must differ from the separator, so "1,234" alone
 * reads as grouped: a file whose decimal mark is the comma is read with semicolons, where "1,234"
 * is already 1.234 before this is asked.
 */
export function ungroupedNumber(cell: string): string | undefined {
  const text = cell.trim();
  const match = GROUPED.exec(text);
  if (!match || match[1] === match[2]) return undefined;
  const [whole, fraction] = match[2] === undefined ? [text, ''] : [text.slice(0, text.lastIndexOf(match[2])), text.slice(text.lastIndexOf(match[2]) + 1)];
  const digits = whole.split(match[1]).join('');
  return fraction === '' ? digits : `${digits}.${fraction}`;
}

/** A cell that writes thousands with a point ("2.500"), and what in the file shows the point is no decimal mark. */
export interface PointGrouped {
  line: number;
  cell: string;
  /** Why the point groups thousands, e.g. `the file writes decimals with a comma (line 4: "1,5")`. */
  evidence: string;
}

/** One point and three digits after it: "2.500" parses as 2.5. Two or more groups do not parse and are reported as text. */
const ONE_POINT_GROUP = /^[-+]?[1-9]\d{0,2}\.\d{3}$/;
const WHOLE_NUMBER = /^[-+]?\d+$/;

interface Seen {
  line: number;
  cell: string;
}

/**
 * In a semicolon-separated file, the columns whose "2.500" means 2,500, each with its first such cell.
 * The point groups thousands when the file writes decimals with a comma, or when the cell ends in a
 * zero that a spreadsheet's General format would have dropped from a decimal while its column also
 * holds whole numbers (a fixed format would give every cell a point). Call before the cells are tidied:
 * "1,500" and "1.500" are told apart only there.
 */
export function pointGroupedColumns(rows: readonly CsvRow[], columns: number): Map<number, PointGrouped> {
  let decimalComma: Seen | undefined;
  const grouped: (Seen | undefined)[] = new Array(columns);
  const zeroEnded: (Seen | undefined)[] = new Array(columns);
  const whole: (Seen | undefined)[] = new Array(columns);
  for (const { line, cells } of rows) {
    for (let k = 0; k < cells.length && k < columns; k++) {
      const cell = cells[k].trim();
      if (decimalComma === undefined && DECIMAL_COMMA.test(cell)) decimalComma = { line, cell };
      else if (ONE_POINT_GROUP.test(cell)) {
        grouped[k] ??= { line, cell };
        if (cell.endsWith('0')) zeroEnded[k] ??= { line, cell };
      } else if (whole[k] === undefined && WHOLE_NUMBER.test(cell)) whole[k] = { line, cell };
    }
  }
  const found = new Map<number, PointGrouped>();
  for (let k = 0; k < columns; k++) {
    const [first, zero, integer] = [grouped[k], zeroEnded[k], whole[k]];
    if (first && decimalComma) found.set(k, { ...first, evidence: `the file writes decimals with a comma (line ${decimalComma.line}: "${decimalComma.cell}")` });
    else if (zero && integer) found.set(k, { ...zero, evidence: `the column also holds whole numbers (line ${integer.line}: "${integer.cell}") and a decimal would not end in 0` });
  }
  return found;
}
