import type { EpochRow, LayerInfo, LayerSeries, MetricsDelta } from '../protocol';
import { emptyMetrics } from '../protocol';

/**
 * The full metrics of one run, kept on the host: the source for export, hovers and panel snapshots.
 * Columns grow by appending deltas; nothing is downsampled here.
 */
export class RunHistory {
  readonly metrics: MetricsDelta;

  constructor(readonly layers: LayerInfo[]) {
    this.metrics = emptyMetrics(layers.length);
  }

  /** Appends one delta from the worker. */
  append(delta: MetricsDelta): void {
    pushAll(this.metrics.steps, delta.steps);
    pushAll(this.metrics.loss, delta.loss);
    this.metrics.epochs.push(...delta.epochs);
    delta.layers.forEach((series, i) => {
      const target = this.metrics.layers[i];
      if (!target) return;
      for (const key of Object.keys(series) as (keyof LayerSeries)[]) pushAll(target[key], series[key]);
    });
  }

  /** The latest value of every instrument of one layer (by spec index), or undefined before any step. */
  latest(layerIndex: number): { gradNorm: number; weightNorm: number; updateRatio: number; deadFraction?: number; saturatedFraction?: number } | undefined {
    const position = this.layers.findIndex((l) => l.index === layerIndex);
    const series = this.metrics.layers[position];
    if (!series || series.gradNorm.length === 0) return undefined;
    const last = <T>(values: T[]): T | undefined => values[values.length - 1];
    return {
      gradNorm: last(series.gradNorm)!,
      weightNorm: last(series.weightNorm)!,
      updateRatio: last(series.updateRatio)!,
      deadFraction: last(series.deadFraction),
      saturatedFraction: last(series.saturatedFraction),
    };
  }

  /** A layer's gradient-norm series, by spec index. */
  gradNorms(layerIndex: number): number[] {
    const position = this.layers.findIndex((l) => l.index === layerIndex);
    return this.metrics.layers[position]?.gradNorm ?? [];
  }

  /** The last finished epoch, if any. */
  lastEpoch(): EpochRow | undefined {
    return this.metrics.epochs[this.metrics.epochs.length - 1];
  }

  /** Step metrics as CSV: one row per step, columns step, loss, then each layer's instruments. */
  toCsv(): string {
    const header = ['step', 'loss'];
    for (const layer of this.layers) {
      for (const key of SERIES_KEYS) header.push(`${layer.name}.${key}`);
    }
    const rows = [header.join(',')];
    this.metrics.steps.forEach((step, row) => {
      const cells = [String(step), String(this.metrics.loss[row])];
      for (const series of this.metrics.layers) {
        for (const key of SERIES_KEYS) cells.push(series[key].length > row ? String(series[key][row]) : '');
      }
      rows.push(cells.join(','));
    });
    return rows.join('\n') + '\n';
  }

  /** Everything as JSON: layers, per-step columns and the epoch rows. */
  toJson(): string {
    return JSON.stringify({ layers: this.layers, metrics: this.metrics });
  }
}

const SERIES_KEYS: (keyof LayerSeries)[] = ['gradNorm', 'weightNorm', 'updateRatio', 'deadFraction', 'saturatedFraction'];

/** Appends without the argument-count limit of `push(...values)`. */
function pushAll(target: number[], values: readonly number[]): void {
  for (let i = 0; i < values.length; i++) target.push(values[i]);
}
