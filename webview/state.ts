/**
 * The panel's data, DOM-free: what the host sent, applied in order. The host sends one snapshot per run
 * (and after `ready`), then deltas; a delta of another run than the current one is ignored. The model
 * keeps every step (for zooming and the saved state); the charts only draw downsampled tables of it.
 *
 * Host messages cross a JSON boundary, so NaN and ±Infinity arrive as `null`: every number is read
 * through `num`, which turns anything that is not a number into NaN.
 */
import type { BoundaryGrid, EpochRow, HostToWebview, LayerInfo, LayerSeries, MetricsDelta, PanelSnapshot, Progress, RestoredPoint, RunState, TrialUnderWay } from '../src/protocol';
import type { Diagnostic, DiagnosticCode } from '../src/spec/types';
import { acceptFinite, MinMaxDownsampler } from './downsample';

export type TimelineEntry = PanelSnapshot['timeline'][number];

export const SERIES_KEYS = ['gradNorm', 'weightNorm', 'updateRatio', 'deadFraction', 'saturatedFraction'] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

export const RUN_STATES: readonly RunState[] = ['idle', 'training', 'paused', 'stopped', 'diverged', 'done', 'error'];

/** Longest timeline kept (oldest entries dropped first). */
export const MAX_TIMELINE = 500;

/** What one message changed, so the view redraws only those parts. */
export interface Changes {
  /** A new snapshot replaced everything. */
  run: boolean;
  metrics: boolean;
  progress: boolean;
  diagnostics: boolean;
  boundary: boolean;
  specChanged: boolean;
}

export function noChanges(): Changes {
  return { run: false, metrics: false, progress: false, diagnostics: false, boundary: false, specChanged: false };
}

/** ORs `more` into `into` (coalescing several messages into one frame). */
export function mergeChanges(into: Changes, more: Changes): Changes {
  for (const key of Object.keys(into) as (keyof Changes)[]) into[key] = into[key] || more[key];
  return into;
}

export function anyChange(c: Changes): boolean {
  return c.run || c.metrics || c.progress || c.diagnostics || c.boundary || c.specChanged;
}

const IDLE: Progress = { state: 'idle', epoch: 0, totalEpochs: 0, step: 0, samplesPerSec: 0 };

/** A number from the wire: anything else (JSON `null` for NaN/Infinity, garbage) becomes NaN. */
export function num(value: unknown): number {
  return typeof value === 'number' ? value : NaN;
}

function optNum(value: unknown): number | undefined {
  return value === undefined ? undefined : num(value);
}

function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

/** Shallow structural check of a host message (the host is trusted, but a malformed message must not throw). */
export function isHostMessage(value: unknown): value is HostToWebview {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  const obj = (v: unknown) => typeof v === 'object' && v !== null;
  switch (m.type) {
    case 'snapshot':
      return obj(m.snapshot);
    case 'metrics':
      return typeof m.runId === 'number' && obj(m.delta) && obj(m.progress);
    case 'progress':
      return typeof m.runId === 'number' && obj(m.progress);
    case 'diagnostics':
      return typeof m.runId === 'number' && Array.isArray(m.active);
    case 'boundary':
      return typeof m.runId === 'number' && obj(m.grid);
    case 'specChanged':
      return typeof m.changed === 'boolean';
    default:
      return false;
  }
}

function readProgress(value: unknown): Progress {
  const p = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const state = RUN_STATES.includes(p.state as RunState) ? (p.state as RunState) : 'idle';
  const trial = readTrial(p.trial);
  return { state, epoch: num(p.epoch) || 0, totalEpochs: num(p.totalEpochs) || 0, step: num(p.step) || 0, samplesPerSec: num(p.samplesPerSec) || 0, ...(trial && { trial }) };
}

/** The advice trial a progress message names, if it is well formed (code and fix title strings). */
function readTrial(value: unknown): TrialUnderWay | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { code, fix } = value as Record<string, unknown>;
  return typeof code === 'string' && typeof fix === 'string' ? { code: code as DiagnosticCode, fix } : undefined;
}

function readEpoch(value: unknown): EpochRow | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const e = value as Record<string, unknown>;
  if (typeof e.epoch !== 'number') return undefined;
  const row: EpochRow = { epoch: e.epoch, step: num(e.step), loss: num(e.loss) };
  // JSON turns NaN into null: an explicit null is a NaN value, an absent key is "not measured".
  const valLoss = optNum(e.valLoss), accuracy = optNum(e.accuracy), valAccuracy = optNum(e.valAccuracy);
  if (valLoss !== undefined) row.valLoss = valLoss;
  if (accuracy !== undefined) row.accuracy = accuracy;
  if (valAccuracy !== undefined) row.valAccuracy = valAccuracy;
  return row;
}

function readTimeline(value: unknown): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const item of arr(value)) {
    if (typeof item !== 'object' || item === null) continue;
    const t = item as Record<string, unknown>;
    out.push({ step: num(t.step), code: str(t.code), path: str(t.path), message: str(t.message) });
  }
  return out;
}

function readDiagnostics(value: unknown): Diagnostic[] {
  return arr(value).filter((d): d is Diagnostic => typeof d === 'object' && d !== null && typeof (d as Diagnostic).code === 'string' && typeof (d as Diagnostic).message === 'string');
}

function emptySeries(): LayerSeries {
  return { gradNorm: [], weightNorm: [], updateRatio: [], deadFraction: [], saturatedFraction: [] };
}

function timelineKey(t: TimelineEntry): string {
  return `${t.step}|${t.code}|${t.path}|${t.message}`;
}

/** The whole panel state of the current run. */
export class PanelModel {
  specName = '';
  specUri = '';
  runId = 0;
  /** A snapshot (from the host or the saved state) has been loaded. */
  hasRun = false;
  /** The data came from the saved state: deltas wait for the host's snapshot. */
  restored = false;
  layers: LayerInfo[] = [];
  progress: Progress = { ...IDLE };
  /** Global step numbers, strictly increasing. */
  steps: number[] = [];
  loss: number[] = [];
  /** One entry per layer; every column has exactly `steps.length` values (NaN where none was sent). */
  series: LayerSeries[] = [];
  /** Per layer: which columns carried any values (a sigmoid layer has no dead fraction). */
  present: Record<SeriesKey, boolean>[] = [];
  epochs: EpochRow[] = [];
  diagnostics: Diagnostic[] = [];
  timeline: TimelineEntry[] = [];
  boundary: BoundaryGrid | undefined;
  specChanged = false;
  /** The run diverged and its weights went back to this point. */
  weightsRestored: RestoredPoint | undefined;
  /** Bumped on every snapshot: views that cache derived data start over when it changes. */
  runVersion = 0;
  /** Bumped whenever rows or epochs are appended. */
  dataVersion = 0;

  private timelineKeys = new Set<string>();
  private saver: { key: string; sampler: MinMaxDownsampler } | undefined;

  /** Applies one host message; undefined when it was ignored (malformed, or of another run). */
  apply(message: unknown): Changes | undefined {
    if (!isHostMessage(message)) return undefined;
    const changes = noChanges();
    switch (message.type) {
      case 'snapshot':
        // After a window reload the host starts with no run (runId 0): the saved last run stays.
        if (this.restored && this.hasRun && message.snapshot.runId === 0) return changes;
        this.loadSnapshot(message.snapshot);
        return { run: true, metrics: true, progress: true, diagnostics: true, boundary: true, specChanged: true };
      case 'specChanged':
        this.specChanged = message.changed;
        changes.specChanged = true;
        return changes;
      case 'lrFinder':
        return undefined; // not part of a run: the learning-rate card draws it (lr-finder.ts)
    }
    // Everything else belongs to one run: drop it if it is not the run on screen, or if the screen
    // still shows the saved copy (the host's snapshot, which follows `ready`, has all of it).
    if (!this.hasRun || this.restored || message.runId !== this.runId) return undefined;
    switch (message.type) {
      case 'metrics':
        changes.metrics = this.appendMetrics(message.delta) > 0 || arr(message.delta.epochs).length > 0;
        this.progress = readProgress(message.progress);
        changes.progress = true;
        return changes;
      case 'progress':
        this.progress = readProgress(message.progress);
        changes.progress = true;
        return changes;
      case 'diagnostics':
        this.diagnostics = readDiagnostics(message.active);
        this.mergeTimeline(readTimeline(message.timeline));
        changes.diagnostics = true;
        return changes;
      case 'boundary':
        this.boundary = readBoundary(message.grid);
        changes.boundary = true;
        return changes;
    }
  }

  /** Replaces everything with a snapshot (`restored`: it comes from the saved state, not the host). */
  loadSnapshot(snapshot: PanelSnapshot, restored = false): void {
    const s = snapshot as unknown as Record<string, unknown>;
    this.specName = str(s.specName);
    this.specUri = str(s.specUri);
    this.runId = num(s.runId) || 0;
    this.progress = readProgress(s.progress);
    this.specChanged = s.specChanged === true;
    this.diagnostics = readDiagnostics(s.diagnostics);
    this.timeline = [];
    this.timelineKeys.clear();
    this.mergeTimeline(readTimeline(s.timeline));
    this.boundary = s.boundary ? readBoundary(s.boundary) : undefined;
    this.weightsRestored = readRestoredPoint(s.restored);
    const metrics = (typeof s.metrics === 'object' && s.metrics !== null ? s.metrics : {}) as MetricsDelta;
    const infos = arr(s.layers).filter((l): l is LayerInfo => typeof l === 'object' && l !== null) as LayerInfo[];
    const seriesCount = Math.max(infos.length, arr(metrics.layers).length);
    this.layers = Array.from({ length: seriesCount }, (_, i) => normalizeLayer(infos[i], i));
    this.series = this.layers.map(() => emptySeries());
    this.present = this.layers.map(() => noPresence());
    this.steps = [];
    this.loss = [];
    this.epochs = [];
    this.appendMetrics(metrics);
    this.hasRun = true;
    this.restored = restored;
    this.runVersion++;
    this.dataVersion++;
  }

  /** Appends a delta's rows (those with a step after the last one kept) and epochs; returns the rows added. */
  appendMetrics(delta: MetricsDelta): number {
    const steps = arr(delta.steps), loss = arr(delta.loss), layers = arr(delta.layers) as Partial<LayerSeries>[];
    while (this.series.length < layers.length) {
      this.layers.push(normalizeLayer(undefined, this.layers.length));
      this.series.push(padded(this.steps.length));
      this.present.push(noPresence());
    }
    // The rows to keep: those whose step follows the last one kept (the x axis stays strictly increasing).
    const keep: number[] = [];
    let last = this.steps.length > 0 ? this.steps[this.steps.length - 1] : -Infinity;
    for (let i = 0; i < steps.length; i++) {
      const step = num(steps[i]);
      if (!(step > last)) continue; // a repeat (or garbage)
      last = step;
      keep.push(i);
    }
    const added = keep.length;
    // Column by column: every column gets exactly one value per kept row (NaN where none was sent).
    const take = (target: number[], column: unknown) => {
      const source = Array.isArray(column) ? column : [];
      for (let k = 0; k < keep.length; k++) {
        const i = keep[k];
        target.push(i < source.length ? num(source[i]) : NaN);
      }
    };
    take(this.steps, steps);
    take(this.loss, loss);
    for (let l = 0; l < this.series.length; l++) {
      for (const key of SERIES_KEYS) take(this.series[l][key], layers[l]?.[key]);
    }
    if (added > 0) {
      for (let l = 0; l < layers.length; l++) {
        for (const key of SERIES_KEYS) if (arr(layers[l]?.[key]).length > 0) this.present[l][key] = true;
      }
    }
    let lastEpoch = this.epochs.length > 0 ? this.epochs[this.epochs.length - 1].epoch : -Infinity;
    let epochsAdded = 0;
    for (const raw of arr(delta.epochs)) {
      const row = readEpoch(raw);
      if (!row || !(row.epoch > lastEpoch)) continue;
      lastEpoch = row.epoch;
      this.epochs.push(row);
      epochsAdded++;
    }
    if (added > 0 || epochsAdded > 0) this.dataVersion++;
    return added;
  }

  /** Adds timeline entries not seen yet (the host may resend the whole list or only the new ones). */
  private mergeTimeline(entries: TimelineEntry[]): void {
    for (const entry of entries) {
      const key = timelineKey(entry);
      if (this.timelineKeys.has(key)) continue;
      this.timelineKeys.add(key);
      this.timeline.push(entry);
    }
    if (this.timeline.length > MAX_TIMELINE) {
      for (const dropped of this.timeline.splice(0, this.timeline.length - MAX_TIMELINE)) this.timelineKeys.delete(timelineKey(dropped));
    }
  }

  hasAccuracy(): boolean {
    return this.epochs.some((e) => e.accuracy !== undefined || e.valAccuracy !== undefined);
  }

  hasValLoss(): boolean {
    return this.epochs.some((e) => e.valLoss !== undefined);
  }

  /** The layers (positions in `series`) that have values for `key`. */
  layersWith(key: SeriesKey): number[] {
    const out: number[] = [];
    this.present.forEach((p, i) => p[key] && out.push(i));
    return out;
  }

  /** The current state as a snapshot downsampled to at most `2 × maxBuckets` rows, for `setState`. */
  compactSnapshot(maxBuckets = SAVED_BUCKETS): PanelSnapshot {
    const columns: number[][] = [this.loss];
    this.series.forEach((s) => SERIES_KEYS.forEach((k) => columns.push(s[k])));
    // Incremental, like the charts: saving every second or so costs only the rows added since.
    const key = `${this.runVersion}|${columns.length}|${maxBuckets}`;
    if (!this.saver || this.saver.key !== key) this.saver = { key, sampler: new MinMaxDownsampler(columns.length, acceptFinite, maxBuckets) };
    this.saver.sampler.appendFrom(this.steps, columns);
    const table = this.saver.sampler.table();
    const col = (c: (number | null)[]) => c.map((v) => (v === null ? NaN : round(v)));
    const layers: LayerSeries[] = this.series.map((_, l) => {
      const s = emptySeries();
      SERIES_KEYS.forEach((k, j) => {
        if (this.present[l][k]) s[k] = col(table.ys[1 + l * SERIES_KEYS.length + j]);
      });
      return s;
    });
    return {
      specName: this.specName,
      specUri: this.specUri,
      runId: this.runId,
      layers: this.layers.map((l) => ({ ...l })),
      progress: { ...this.progress },
      metrics: { steps: table.x, loss: col(table.ys[0]), layers, epochs: strideKeepLast(this.epochs, 2 * maxBuckets).map((e) => ({ ...e })) },
      diagnostics: this.diagnostics.slice(),
      timeline: this.timeline.slice(-100),
      boundary: this.boundary ? { ...this.boundary, values: this.boundary.values.map((v) => Math.round(v * 1000) / 1000) } : undefined,
      specChanged: this.specChanged,
      ...(this.weightsRestored && { restored: { ...this.weightsRestored } }),
    };
  }
}

/** Rows kept in the saved state: up to 2 × 200 = 400 per series (a few tens of kB of JSON). */
export const SAVED_BUCKETS = 200;

function readRestoredPoint(value: unknown): RestoredPoint | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  const step = num(r.step), epoch = num(r.epoch);
  if (!(step >= 0)) return undefined;
  return Number.isInteger(epoch) && epoch >= 0 ? { epoch, step } : { step };
}

function readBoundary(value: unknown): BoundaryGrid | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const g = value as Record<string, unknown>;
  const size = num(g.size);
  const values = arr(g.values).map(num);
  if (!(size >= 1) || values.length < size * size) return undefined;
  const points = arr(g.points)
    .filter((p): p is { x: number; y: number; label: number } => typeof p === 'object' && p !== null)
    .map((p) => ({ x: num(p.x), y: num(p.y), label: num(p.label) }));
  return { size, xMin: num(g.xMin), xMax: num(g.xMax), yMin: num(g.yMin), yMax: num(g.yMax), values, points, classes: Math.max(2, num(g.classes) || 2) };
}

function normalizeLayer(info: LayerInfo | undefined, position: number): LayerInfo {
  return {
    index: typeof info?.index === 'number' ? info.index : position,
    name: typeof info?.name === 'string' && info.name ? info.name : `layer ${position + 1}`,
    units: num(info?.units),
    activation: str(info?.activation),
    paramCount: num(info?.paramCount),
  };
}

function noPresence(): Record<SeriesKey, boolean> {
  return { gradNorm: false, weightNorm: false, updateRatio: false, deadFraction: false, saturatedFraction: false };
}

function padded(length: number): LayerSeries {
  const s = emptySeries();
  for (const key of SERIES_KEYS) s[key] = new Array<number>(length).fill(NaN);
  return s;
}

/** 4 significant digits: enough for a chart, a third of the JSON. */
function round(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(4)) : v;
}

function strideKeepLast<T>(rows: T[], max: number): T[] {
  if (rows.length <= max) return rows.slice();
  const stride = Math.ceil(rows.length / max);
  const out = rows.filter((_, i) => i % stride === 0);
  if (out[out.length - 1] !== rows[rows.length - 1]) out.push(rows[rows.length - 1]);
  return out;
}
