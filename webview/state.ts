/**
 * The panel's data, DOM-free: what the host sent, applied in order. The host sends one snapshot per run
 * (and after `ready`), then deltas; a delta of another run than the current one is ignored. The model
 * keeps every step (for zooming and the saved state); the charts only draw downsampled tables of it.
 *
 * Host messages cross a JSON boundary, so every field is read through host-reader.ts, which turns
 * anything of the wrong type (NaN and ±Infinity arrive as `null`) into NaN or an empty value.
 */
import type { BoundaryGrid, EpochRow, LayerInfo, LayerSeries, MetricsDelta, PanelSnapshot, Progress, RestoredPoint } from '../src/protocol';
import type { Diagnostic } from '../src/spec/types';
import { Changes, noChanges } from './changes';
import { SAVED_BUCKETS, SnapshotCompactor } from './compact-snapshot';
import { arr, isHostMessage, normalizeLayer, num, readBoundary, readDiagnostics, readEpoch, readProgress, readRestoredPoint, readTimeline, str, TimelineEntry } from './host-reader';
import { emptySeries, noPresence, paddedSeries, SERIES_KEYS, SeriesKey } from './layer-columns';

/** Longest timeline kept (oldest entries dropped first). */
export const MAX_TIMELINE = 500;

const IDLE: Progress = { state: 'idle', epoch: 0, totalEpochs: 0, step: 0, samplesPerSec: 0 };

function timelineKey(t: TimelineEntry): string {
  return `${t.step}|${t.code}|${t.path}|${t.message}`;
}

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
  private readonly compactor = new SnapshotCompactor();

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
      this.series.push(paddedSeries(this.steps.length));
      this.present.push(noPresence());
    }
    const keep = this.rowsAfterLastStep(steps);
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
    const epochsAdded = this.appendEpochs(arr(delta.epochs));
    if (added > 0 || epochsAdded > 0) this.dataVersion++;
    return added;
  }

  /** The positions in `steps` of the rows to keep: those whose step follows the last one kept (the x axis stays strictly increasing). */
  private rowsAfterLastStep(steps: unknown[]): number[] {
    const keep: number[] = [];
    let last = this.steps.length > 0 ? this.steps[this.steps.length - 1] : -Infinity;
    for (let i = 0; i < steps.length; i++) {
      const step = num(steps[i]);
      if (!(step > last)) continue; // a repeat (or garbage)
      last = step;
      keep.push(i);
    }
    return keep;
  }

  /** Appends the well-formed epoch rows that follow the last one kept; returns how many. */
  private appendEpochs(rows: unknown[]): number {
    let lastEpoch = this.epochs.length > 0 ? this.epochs[this.epochs.length - 1].epoch : -Infinity;
    let epochsAdded = 0;
    for (const raw of rows) {
      const row = readEpoch(raw);
      if (!row || !(row.epoch > lastEpoch)) continue;
      lastEpoch = row.epoch;
      this.epochs.push(row);
      epochsAdded++;
    }
    return epochsAdded;
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
    return this.compactor.compact(this, maxBuckets);
  }
}
