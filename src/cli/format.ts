import type { Diagnostic } from '../spec/types';

/** `file:line:col: severity code: message`, 1-based as compilers print it, so terminals link it. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const where = `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
  return `${where}: ${d.severity} ${d.code}: ${d.message}`;
}

/** A one-line progress bar such as `[#######-------------] 35/100`. */
export function progressBar(done: number, total: number, width = 24): string {
  const filled = total > 0 ? Math.round((width * Math.min(done, total)) / total) : width;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`;
}

/** Formats a metric for tables: fixed 4 decimals in the usual range, exponent outside it. */
export function metric(value: number | undefined): string {
  if (value === undefined) return '-';
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  return abs !== 0 && (abs < 1e-3 || abs >= 1e4) ? value.toExponential(2) : value.toFixed(4);
}

/** Percentage with one decimal, or `-` when the metric does not apply. */
export function percent(value: number | undefined): string {
  return value === undefined ? '-' : `${(100 * value).toFixed(1)}%`;
}

/** A plain text table with a header rule; numbers right-aligned, text left-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => r[col].length)));
  const numeric = header.map((_, col) => rows.every((r) => /^[-+0-9.e%]+$|^-$/.test(r[col])));
  const line = (cells: string[]) =>
    cells.map((c, col) => (numeric[col] ? c.padStart(widths[col]) : c.padEnd(widths[col]))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
