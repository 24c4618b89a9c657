/**
 * The CSV reader as first written, a character at a time: the reference the sliced reader in
 * src/spec/csv.ts must agree with, cell for cell and problem for problem (csv-reference.test.ts).
 */
import { CsvProblem, CsvRow, CsvTable, MAX_ROW_PROBLEMS, parseNumber } from '../../../src/spec/csv';

/** Parses CSV text as src/spec/csv.ts `parseCsv` does. */
export function referenceParseCsv(text: string): { table?: CsvTable; problems: CsvProblem[] } {
  const records = splitRecords(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if ('problem' in records) return { problems: [records.problem] };
  const nonBlank = records.rows.filter((row) => !(row.cells.length === 1 && row.cells[0].trim() === ''));
  if (nonBlank.length === 0) return { problems: [{ line: 1, message: 'the file is empty; it needs a header row naming the columns, then one row per sample' }] };
  const [headerRow, ...rows] = nonBlank;
  const header = headerRow.cells.map((cell) => cell.trim());
  const headerProblem = checkHeader(header, headerRow.line);
  if (headerProblem) return { problems: [headerProblem] };
  const problems: CsvProblem[] = [];
  for (const row of rows) {
    if (row.cells.length === header.length) continue;
    problems.push({ line: row.line, message: `line ${row.line} has ${row.cells.length} values but the header has ${header.length} columns` });
    if (problems.length >= MAX_ROW_PROBLEMS) break;
  }
  if (problems.length > 0) return { problems };
  const table = { header, headerLine: headerRow.line, rows: rows.map((row) => ({ line: row.line, cells: row.cells.map((cell) => cell.trim()) })) };
  return { table, problems: [] };
}

function checkHeader(header: string[], line: number): CsvProblem | undefined {
  const empty = header.findIndex((name) => name === '');
  if (empty >= 0) return { line, message: `column ${empty + 1} of the header (line ${line}) has no name; every column needs one` };
  const duplicate = header.find((name, i) => header.indexOf(name) !== i);
  if (duplicate !== undefined) return { line, message: `the header (line ${line}) names column "${duplicate}" twice; column names must be unique` };
  if (header.every((name) => parseNumber(name) !== undefined)) {
    return { line, message: `the first row (line ${line}) holds only numbers: the file has no header; add a first row naming the columns` };
  }
  return undefined;
}

/** Splits text into records of raw cells, tracking the line each record starts on. */
function splitRecords(text: string): { rows: CsvRow[] } | { problem: CsvProblem } {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && cell.trim() === '') {
      const quoted = readQuoted(text, i, line);
      if ('problem' in quoted) return quoted;
      cell = quoted.value;
      line = quoted.line;
      i = quoted.end;
      const next = skipSpaces(text, i);
      if (next < text.length && text[next] !== ',' && text[next] !== '\n' && text[next] !== '\r') {
        return { problem: { line, message: `line ${line} has text after a closing quote; quote the whole value and write a quote inside it as ""` } };
      }
      i = next;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      cell += c;
      i++;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return { rows };
}

/** Reads a quoted field starting at `start` (the opening quote). */
function readQuoted(text: string, start: number, line: number): { value: string; end: number; line: number } | { problem: CsvProblem } {
  let value = '';
  let current = line;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i++;
        continue;
      }
      return { value, end: i + 1, line: current };
    }
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) current++;
    value += c;
  }
  return { problem: { line, message: `line ${line} opens a quoted value that is never closed; add the closing quote` } };
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

