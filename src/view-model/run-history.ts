import type { EpochRow, LayerInfo, LayerSeries, MetricsDelta, RestoredPoint } from '../protocol';
import { emptyMetrics } from '../protocol';

/**
 * The full metrics of one run, kept on the host: the source for export, hovers and panel snapshots.
 * Columns grow by appending deltas; nothing is downsampled here.
 */
export class RunHistory {
  readonly metrics: MetricsDelta;
  /** Set when the run diverged and its weights went back to an earlier step: `latest` reads that step. */
  restored: RestoredPoint | undefined;

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

  /**
   * The latest value of every instrument of one layer (by spec index), or undefined before any step.
   * After a divergence, "latest" is the step whose weights were restored, not the broken last one.
   */
  latest(layerIndex: number): { gradNorm: number; weightNorm: number; updateRatio: number; deadFraction?: number; saturatedFraction?: number } | undefined {
    const position = this.layers.findIndex((l) => l.index === layerIndex);
    const series = this.metrics.layers[position];
    const row = this.latestRow();
    if (!series || row < 0 || row >= series.gradNorm.length) return undefined;
    // Columns that only some layers fill (dead, saturated) are either full length or empty.
    const at = (values: number[]): number | undefined => values[row];
    return {
      gradNorm: series.gradNorm[row],
      weightNorm: series.weightNorm[row],
      updateRatio: series.updateRatio[row],
      deadFraction: at(series.deadFraction),
      saturatedFraction: at(series.saturatedFraction),
    };
  }

  /** The row of the latest step to show: the last one, or the last at or before the restored step. */
  private latestRow(): number {
    const steps = this.metrics.steps;
    if (!this.restored) return steps.length - 1;
    let row = steps.length - 1;
    while (row >= 0 && steps[row] > this.restored.step) row--;
    return row;
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
