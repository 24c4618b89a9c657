/**
 * The model's state shrunk for `setState`: each series min/max-downsampled, numbers cut to four
 * significant digits, the epochs and timeline thinned, so the saved state stays a few tens of kB.
 */
import type { LayerSeries, PanelSnapshot } from '../src/protocol';
import { acceptFinite, MinMaxDownsampler } from './downsample';
import { emptySeries, SERIES_KEYS } from './layer-columns';
import type { PanelModel } from './state';

/** Rows kept in the saved state: up to 2 × 200 = 400 per series (a few tens of kB of JSON). */
export const SAVED_BUCKETS = 200;

/** Builds compact snapshots of one model, keeping its downsampler between calls. */
export class SnapshotCompactor {
  private saver: { key: string; sampler: MinMaxDownsampler } | undefined;

  /** The model's state as a snapshot downsampled to at most `2 × maxBuckets` rows. */
  compact(model: PanelModel, maxBuckets = SAVED_BUCKETS): PanelSnapshot {
    const columns: number[][] = [model.loss];
    model.series.forEach((s) => SERIES_KEYS.forEach((k) => columns.push(s[k])));
    // Incremental, like the charts: saving every second or so costs only the rows added since.
    const key = `${model.runVersion}|${columns.length}|${maxBuckets}`;
    if (!this.saver || this.saver.key !== key) this.saver = { key, sampler: new MinMaxDownsampler(columns.length, acceptFinite, maxBuckets) };
    this.saver.sampler.appendFrom(model.steps, columns);
    const table = this.saver.sampler.table();
    const col = (c: (number | null)[]) => c.map((v) => (v === null ? NaN : round(v)));
    const layers: LayerSeries[] = model.series.map((_, l) => {
      const s = emptySeries();
      SERIES_KEYS.forEach((k, j) => {
        if (model.present[l][k]) s[k] = col(table.ys[1 + l * SERIES_KEYS.length + j]);
      });
      return s;
    });
    return {
      specName: model.specName,
      specUri: model.specUri,
      runId: model.runId,
      layers: model.layers.map((l) => ({ ...l })),
      progress: { ...model.progress },
      metrics: { steps: table.x, loss: col(table.ys[0]), layers, epochs: strideKeepLast(model.epochs, 2 * maxBuckets).map((e) => ({ ...e })) },
      diagnostics: model.diagnostics.slice(),
      timeline: model.timeline.slice(-100),
      boundary: model.boundary ? { ...model.boundary, values: model.boundary.values.map((v) => Math.round(v * 1000) / 1000) } : undefined,
      specChanged: model.specChanged,
      ...(model.weightsRestored && { restored: { ...model.weightsRestored } }),
    };
  }
}

/** 4 significant digits: enough for a chart, a third of the JSON. */
function round(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(4)) : v;
}

/** At most about `max` rows, evenly strided, always ending with the last (the latest epoch stays visible). */
function strideKeepLast<T>(rows: T[], max: number): T[] {
  if (rows.length <= max) return rows.slice();
  const stride = Math.ceil(rows.length / max);
  const out = rows.filter((_, i) => i % stride === 0);
  if (out[out.length - 1] !== rows[rows.length - 1]) out.push(rows[rows.length - 1]);
  return out;
}
