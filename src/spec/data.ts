/**
 * Loads the data a valid spec names: generates a builtin set, reads a CSV file from inside the
 * workspace, or takes the inline samples; then normalizes the features. Problems come back as
 * `data-error` diagnostics at the spec key they concern; this never throws.
 */
import * as fs from 'fs';
import { builtinDataset } from './builtin';
import { parseCsv } from './csv';
import { csvDataset, DataProblem } from './csv-dataset';
import type { Dataset } from './dataset';
import { inlineDataset } from './inline-dataset';
import { normalizeFeatures } from './normalize';
import type { ParsedSpec } from './parse';
import type { DataSpec, Diagnostic, ModelSpec, Normalization } from './types';
import { resolveDataPath } from './workspace-path';
import { decodeDataFile } from './text-encoding';
import { extremeValueProblems, ValueLocator } from './extreme-values';
import { displayPath } from './pointer';
import { CachedLoad, DataCache, dataCacheKey, type FileStamp, type KeptLoad } from './data-cache';

type CsvData = Extract<DataSpec, { kind: 'csv' }>;

/** Where a spec lives, for resolving and confining its data paths. */
export interface DataContext {
  /** Absolute folder of the spec file: CSV paths are relative to it. */
  specDir: string;
  /** Absolute folder that data files must stay inside (the workspace folder; for the CLI the current directory). */
  workspaceRoot: string;
  /** Reads a file as text (default `fs.readFileSync` and `decodeDataFile`); called only for paths that passed the checks. */
  readFile?: (absPath: string) => string;
  /**
   * CSV files over this many bytes that are not kept yet are not read here: the load comes back
   * pending (`pendingRead`), for the caller to read in another thread (`csvLoadToKeep`) and keep
   * (`keepCsvLoad`). The editor does so, to never block its extension host on a large file.
   */
  deferReadsOver?: number;
}

/** A CSV file left unread (`DataContext.deferReadsOver`). */
export interface PendingRead {
  /** The path as the spec writes it. */
  written: string;
  bytes: number;
}

/** The loaded data set, or the `data-error` diagnostics that explain why there is none. */
export interface LoadedData {
  dataset?: Dataset;
  diagnostics: Diagnostic[];
  /** Set, with no data set and no diagnostic, when a large file was left for another thread to read. */
  pendingRead?: PendingRead;
}

/** Loads and normalizes the data of a valid spec. */
export function loadDataset(parsed: ParsedSpec & { spec: ModelSpec }, ctx: DataContext): LoadedData {
  const toDiagnostics = (problems: DataProblem[]): Diagnostic[] =>
    problems.map(({ pointer, message, severity }) => ({ code: 'data-error', severity: severity ?? 'error', message, path: pointer, range: parsed.rangeOf(pointer) }));
  try {
    const { dataset, problems, pendingRead }: CsvLoad =
      parsed.spec.data.kind === 'csv' ? loadCsv(parsed.spec.data, parsed.spec, ctx) : prepare(loadRaw(parsed.spec.data, parsed.spec), parsed.spec);
    return { dataset, diagnostics: toDiagnostics(problems), ...(pendingRead && { pendingRead }) };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { diagnostics: toDiagnostics([{ pointer: '/data', message: `internal error while loading the data (${reason}); please report this` }]) };
  }
}

/** Loads read from disk, found again while the file and the spec's data block are unchanged. */
const csvLoads = new DataCache<DataProblem>();

/** Forgets the CSV loads kept between checks (for tests and measurements). */
export function clearDataCache(): void {
  csvLoads.clear();
}

/**
 * Reads the CSV of a valid spec whatever its size, for another thread's `keepCsvLoad`; undefined
 * when the spec reads no CSV, or the file cannot be kept (refused, or its stamp unknown).
 */
export function csvLoadToKeep(parsed: ParsedSpec & { spec: ModelSpec }, ctx: DataContext): KeptLoad<DataProblem> | undefined {
  if (parsed.spec.data.kind !== 'csv') return undefined;
  const { key, dataset, problems } = loadCsv(parsed.spec.data, parsed.spec, { ...ctx, deferReadsOver: undefined });
  return key === undefined ? undefined : { key, load: { dataset, problems } };
}

/**
 * The load this thread keeps for a valid spec's CSV, for another thread to keep too (the training
 * worker, which then need not read the file again); undefined when the spec reads no CSV or none is
 * kept for the file as it is on disk now. Never reads the file.
 */
export function keptCsvLoad(parsed: ParsedSpec & { spec: ModelSpec }, ctx: DataContext): KeptLoad<DataProblem> | undefined {
  const data = parsed.spec.data;
  if (data.kind !== 'csv' || ctx.readFile) return undefined;
  const resolved = resolveDataPath(data.path, ctx.specDir, ctx.workspaceRoot);
  if ('refused' in resolved || !resolved.stamp) return undefined;
  const key = csvLoadKey(resolved.file, resolved.stamp, data, parsed.spec);
  const load = csvLoads.get(key);
  return load && { key, load };
}

/** What a CSV load is kept under: the file as it is on disk, and what the load depends on in the spec. */
function csvLoadKey(file: string, stamp: FileStamp, data: CsvData, spec: ModelSpec): string {
  return dataCacheKey(file, stamp, [data, spec.loss]);
}

/** Keeps a load made by `csvLoadToKeep` (here or in another thread); returns it. */
export function keepCsvLoad(key: string, load: CachedLoad<DataProblem>): CachedLoad<DataProblem> {
  csvLoads.set(key, load);
  return load;
}

/** Warns of extreme values in the raw data, then normalizes features and targets as the spec asks. */
function prepare(loaded: RawLoad, spec: ModelSpec): CachedLoad<DataProblem> {
  if (!loaded.dataset) return { problems: loaded.problems };
  const dataset = loaded.dataset;
  const targetNormalization = spec.data.normalizeTarget ?? 'none';
  // Read before normalizing, which would squeeze a missing-value code into an ordinary number.
  const normalized = { features: spec.data.normalize !== 'none', targets: targetNormalization !== 'none' && dataset.task === 'regression' };
  const warnings = extremeValueProblems(dataset, locatorOf(spec.data, loaded.lines), normalized);
  normalizeFeatures(dataset.x, dataset.samples, dataset.inputs, spec.data.normalize);
  const targetProblems = normalizeTargets(dataset, targetNormalization);
  return { dataset, problems: [...loaded.problems, ...warnings, ...targetProblems] };
}

/**
 * Rescales a regression's targets in place as `normalizeTarget` asks; class labels stay class
 * indices, so on them the setting is a warning that it does nothing.
 */
function normalizeTargets(dataset: Dataset, kind: Normalization): DataProblem[] {
  if (kind === 'none') return [];
  if (dataset.task !== 'regression' || !dataset.targets) {
    const message = `data.normalizeTarget has no effect here: the target is class labels, which the loss reads as classes, not as numbers to rescale; remove it`;
    return [{ pointer: '/data/normalizeTarget', message, severity: 'warning' }];
  }
  normalizeFeatures(dataset.targets, dataset.samples, dataset.targetColumns, kind);
  return [];
}

/** A data set as read, before normalization, with the file line of each sample for a CSV. */
interface RawLoad {
  dataset?: Dataset;
  problems: DataProblem[];
  lines?: readonly number[];
  /** The file could not be read at all: not kept, since the next attempt may succeed. */
  unreadable?: true;
}

function loadRaw(data: Exclude<DataSpec, { kind: 'csv' }>, spec: ModelSpec): RawLoad {
  switch (data.kind) {
    case 'builtin':
      return { dataset: builtinDataset(data, spec.seed), problems: [] };
    case 'inline': {
      const { dataset, problem } = inlineDataset(data, spec.loss);
      return { dataset, problems: problem ? [{ pointer: '/data/inline/y', message: problem }] : [] };
    }
  }
}

/**
 * Reads, parses and prepares a CSV file, or takes the load kept from the last time this file,
 * unchanged, was loaded by the same data block and loss. A reader given in the context (tests) is
 * never cached: the file's stamp says nothing about what it returns.
 */
/** A CSV load, with the key it is kept under (`key` absent when it is not kept: refused, unreadable, or a test's reader). */
type CsvLoad = CachedLoad<DataProblem> & { pendingRead?: PendingRead; key?: string };

function loadCsv(data: CsvData, spec: ModelSpec, ctx: DataContext): CsvLoad {
  const resolved = resolveDataPath(data.path, ctx.specDir, ctx.workspaceRoot);
  if ('refused' in resolved) return { problems: [{ pointer: '/data/csv', message: `cannot use the CSV: ${resolved.refused}` }] };
  const key = ctx.readFile || !resolved.stamp ? undefined : csvLoadKey(resolved.file, resolved.stamp, data, spec);
  const kept = key === undefined ? undefined : csvLoads.get(key);
  if (kept) return { ...kept, key };
  if (key !== undefined && ctx.deferReadsOver !== undefined && resolved.stamp!.size > ctx.deferReadsOver) {
    return { problems: [], pendingRead: { written: data.path, bytes: resolved.stamp!.size } };
  }
  const raw = readCsv(data, spec, ctx, resolved.file);
  const load = prepare(raw, spec);
  // A failed read (a file locked by another program, too many open files) may succeed the next time.
  if (key === undefined || raw.unreadable) return load;
  csvLoads.set(key, load);
  return { ...load, key };
}

function readCsv(data: CsvData, spec: ModelSpec, ctx: DataContext, file: string): RawLoad {
  let text: string;
  try {
    text = (ctx.readFile ?? ((path: string) => decodeDataFile(fs.readFileSync(path))))(file);
  } catch (err) {
    return { problems: [{ pointer: '/data/csv', message: `cannot read "${data.path}": ${(err as NodeJS.ErrnoException).code ?? 'read error'}` }], unreadable: true };
  }
  const { table, problems } = parseCsv(text);
  if (!table) return { problems: problems.map(({ message }) => ({ pointer: '/data/csv', message: `${data.path}: ${message}` })) };
  return { ...csvDataset(table, data, spec.loss, data.path), lines: table.rows.map((row) => row.line) };
}

/** Where a sample's value sits: an inline entry (its own pointer), a CSV row (its file line). */
function locatorOf(data: DataSpec, lines: readonly number[] | undefined): ValueLocator {
  if (data.kind === 'inline') {
    const targetRows = data.y.length > 0 && Array.isArray(data.y[0]);
    const entry = (sample: number, column: number, target: boolean): string =>
      target ? `/data/inline/y/${sample}${targetRows ? `/${column}` : ''}` : `/data/inline/x/${sample}/${column}`;
    return { pointer: entry, where: (sample, column, target) => displayPath(entry(sample, column, target)) };
  }
  const key = data.kind === 'csv' ? '/data/csv' : '/data';
  const source = data.kind === 'csv' ? data.path : `the builtin "${data.name}" data`;
  return { pointer: () => key, where: (sample) => (lines ? `line ${lines[sample]} of ${source}` : `sample ${sample + 1} of ${source}`) };
}
