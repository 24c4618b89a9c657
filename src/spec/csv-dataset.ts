/**
 * A parsed CSV table → `Dataset`, following the spec's `target` and `features`. The target is a
 * classification label when it is not numeric, or when it holds only integers and the loss is a
 * cross-entropy; several target columns are one-hot class labels under cce; otherwise the target
 * column(s) are regressed.
 */
import { MAX_ROW_PROBLEMS, CsvTable, parseNumber, unitOf } from './csv';
import { ungroupedNumber } from './csv-exports';
import type { Dataset } from './dataset';
import { allIntegers, decodeOneHot, encodeNumericLabels, encodeStringLabels, rowText } from './labels';
import { childPointer } from './pointer';
import { didYouMean } from './suggest';
import type { DataSpec, LossName } from './types';

type CsvSpec = Extract<DataSpec, { kind: 'csv' }>;

/** A problem with the data, at the spec key it concerns. */
export interface DataProblem {
  pointer: string;
  message: string;
  /** A problem the data still loads with (default: an error, no data set). */
  severity?: 'warning';
}

/** Builds the (not yet normalized) data set, or says what is wrong with the file. */
export function csvDataset(table: CsvTable, spec: CsvSpec, loss: LossName, file: string): { dataset?: Dataset; problems: DataProblem[] } {
  const columns = resolveColumns(table, spec, file);
  if ('problems' in columns) return { problems: columns.problems };
  const { featureIndex, targetIndex } = columns;
  if (table.rows.length === 0) {
    return { problems: [{ pointer: '/data/csv', message: `${file} has a header but no data rows; add one row per sample` }] };
  }
  const problems: DataProblem[] = [];
  const report = (message: string) => {
    if (problems.length < MAX_ROW_PROBLEMS) problems.push({ pointer: '/data/csv', message: `${file}: ${message}` });
  };
  reportPointGrouped(table, featureIndex, targetIndex, report);
  if (problems.length > 0) return { problems };
  const x = readFeatures(table, featureIndex, report);
  const targets = readTargets(table, targetIndex, loss, report);
  if (problems.length > 0 || targets === undefined) return { problems };
  const dataset: Dataset = {
    samples: table.rows.length,
    inputs: featureIndex.length,
    x,
    featureNames: featureIndex.map((i) => table.header[i]),
    targetNames: targetIndex.map((i) => table.header[i]),
    ...targets,
  };
  if (dataset.task === 'classification' && (dataset.classes ?? 0) < 2) {
    const only = dataset.classNames?.[0] ?? '';
    return { problems: [{ pointer: '/data/target', message: `${file}: the target "${dataset.targetNames[0]}" has a single class ("${only}"); a classifier needs at least two` }] };
  }
  return { dataset, problems: [] };
}

function resolveColumns({ header, headerLine }: CsvTable, spec: CsvSpec, file: string): { featureIndex: number[]; targetIndex: number[] } | { problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const lookup = (name: string, pointer: string): number => {
    const index = header.indexOf(name);
    if (index < 0) {
      const listed = header.length > 20 ? `${header.slice(0, 20).join(', ')}, …` : header.join(', ');
      problems.push({ pointer, message: `column "${name}" is not in the header of ${file} (line ${headerLine})${didYouMean(name, header)}; its columns are ${listed}` });
    }
    return index;
  };
  const single = spec.target.length === 1;
  const targetIndex = spec.target.map((name, i) => lookup(name, single ? '/data/target' : childPointer('/data/target', i)));
  const featureIndex = spec.features
    ? spec.features.map((name, i) => lookup(name, childPointer('/data/features', i)))
    : header.map((_, i) => i).filter((i) => !targetIndex.includes(i));
  if (problems.length > 0) return { problems };
  if (featureIndex.length === 0) {
    return { problems: [{ pointer: '/data/target', message: `${file} has no column left for the inputs: every column is a target` }] };
  }
  return { featureIndex, targetIndex };
}

function readFeatures(table: CsvTable, featureIndex: number[], report: (message: string) => void): Float64Array {
  const x = new Float64Array(table.rows.length * featureIndex.length);
  // Plain loops: this runs once per cell, tens of millions of times on a large file.
  for (let r = 0, at = 0; r < table.rows.length; r++) {
    const { cells, line } = table.rows[r];
    for (let f = 0; f < featureIndex.length; f++, at++) {
      const value = parseNumber(cells[featureIndex[f]]);
      if (value !== undefined) x[at] = value;
      else report(`line ${line}, feature "${table.header[featureIndex[f]]}" is ${describeCell(cells[featureIndex[f]])}; features must be numbers${cellHint(cells[featureIndex[f]])}`);
    }
  }
  return x;
}

type Targets = Pick<Dataset, 'task' | 'labels' | 'classes' | 'classNames' | 'targets' | 'targetColumns'>;

function readTargets(table: CsvTable, targetIndex: number[], loss: LossName, report: (message: string) => void): Targets | undefined {
  if (targetIndex.length === 1) {
    const column = targetIndex[0];
    const cells = table.rows.map((row) => row.cells[column]);
    const empty = table.rows.find((row) => row.cells[column] === '');
    if (empty) {
      report(`line ${empty.line}, the target "${table.header[column]}" is empty; every row needs a target`);
      return undefined;
    }
    const numbers = cells.map(parseNumber);
    if (numbers.every((n) => n !== undefined)) return numericTarget(numbers as number[], loss);
    if (loss === 'mse' && numbers.some((n) => n !== undefined)) {
      const bad = table.rows.find((_, r) => numbers[r] === undefined)!;
      report(`line ${bad.line}, the target "${table.header[column]}" is ${describeCell(bad.cells[column])} while other rows hold numbers; mse needs numeric targets${cellHint(bad.cells[column])}`);
      return undefined;
    }
    // Under mse the column is meant as numbers: one exported with its unit must not turn into hundreds of class labels.
    const grouped = loss === 'mse' ? cells.find((cell) => ungroupedNumber(cell) !== undefined) : undefined;
    if (grouped !== undefined && cells.every((cell) => parseNumber(cell) !== undefined || ungroupedNumber(cell) !== undefined)) {
      const bad = table.rows.find((row) => row.cells[column] === grouped)!;
      report(`line ${bad.line}, the target "${table.header[column]}" is ${describeCell(grouped)}, which reads as text (a class label per value); mse needs plain numbers${cellHint(grouped)}`);
      return undefined;
    }
    const unit = loss === 'mse' ? sharedUnit(cells) : undefined;
    if (unit !== undefined) {
      report(`line ${table.rows[0].line}, the target "${table.header[column]}" is ${describeCell(cells[0])}: every row holds a number written with "${unit}", which reads as text (a class label per value); mse needs plain numbers: export the column without the unit`);
      return undefined;
    }
    const { labels, classNames } = encodeStringLabels(cells);
    return { task: 'classification', labels, classes: classNames.length, classNames, targetColumns: 1 };
  }
  const targets = new Float64Array(table.rows.length * targetIndex.length);
  table.rows.forEach((row, r) => {
    targetIndex.forEach((column, t) => {
      const value = parseNumber(row.cells[column]);
      if (value === undefined) report(`line ${row.line}, target "${table.header[column]}" is ${describeCell(row.cells[column])}; with several target columns every target must be a number`);
      else targets[r * targetIndex.length + t] = value;
    });
  });
  return loss === 'cce' ? oneHotTargets(table, targetIndex, targets, report) : { task: 'regression', targets, targetColumns: targetIndex.length };
}

/**
 * Several target columns under cce: one-hot class labels, one column per class named by its header
 * (Keras's categorical cross-entropy takes its targets so). A row that is not one-hot is an error at
 * its line: cce cannot be computed against it.
 */
function oneHotTargets(table: CsvTable, targetIndex: number[], values: Float64Array, report: (message: string) => void): Targets | undefined {
  const decoded = decodeOneHot(values, targetIndex.length);
  const names = targetIndex.map((i) => table.header[i]);
  if ('badRow' in decoded) {
    const row = decoded.badRow;
    report(`line ${table.rows[row].line}, the targets ${names.join(', ')} are ${rowText(values, names.length, row)}; under cce several target columns must be one-hot (a single 1 per row, the rest 0)`);
    return undefined;
  }
  return { task: 'classification', labels: decoded.labels, classes: names.length, classNames: names, targetColumns: 1 };
}

function numericTarget(values: number[], loss: LossName): Targets {
  if ((loss === 'bce' || loss === 'cce') && allIntegers(values)) {
    const { labels, classNames } = encodeNumericLabels(values);
    return { task: 'classification', labels, classes: classNames.length, classNames, targetColumns: 1 };
  }
  return { task: 'regression', targets: Float64Array.from(values), targetColumns: 1 };
}

/** The unit every cell writes next to its number, when they all write the same one. */
function sharedUnit(cells: readonly string[]): string | undefined {
  const unit = unitOf(cells[0] ?? '');
  return unit !== undefined && cells.every((cell) => unitOf(cell) === unit) ? unit : undefined;
}

/** Used columns whose "2.500" would read as 2.5 where the file means 2,500. */
function reportPointGrouped(table: CsvTable, featureIndex: number[], targetIndex: number[], report: (message: string) => void): void {
  if (!table.pointGrouped) return;
  for (const column of [...featureIndex, ...targetIndex]) {
    const found = table.pointGrouped.get(column);
    if (!found) continue;
    const role = targetIndex.includes(column) ? 'the target' : 'feature';
    const plain = ungroupedNumber(found.cell) ?? found.cell;
    report(`line ${found.line}, ${role} "${table.header[column]}" is "${found.cell}", a number with a point between its thousands, as ${found.evidence}; it would read as ${Number(found.cell)}: export the column as plain numbers, ${plain}`);
  }
}

/** How a number written for people should be exported instead, e.g. ` (… without the unit)`, or "". */
function cellHint(cell: string): string {
  const unit = unitOf(cell);
  if (unit !== undefined) return ` (a number written with "${unit}": export the column as plain numbers, without the unit)`;
  const plain = ungroupedNumber(cell);
  return plain === undefined ? '' : ` (a number written with thousands separators: export the column as plain numbers, ${plain})`;
}

function describeCell(cell: string): string {
  if (cell === '') return 'empty';
  return JSON.stringify(cell.length > 30 ? `${cell.slice(0, 30)}…` : cell);
}
