/**
 * What each chart draws, DOM-free: its series (label, colour role, style) and its downsampled table,
 * derived from the `PanelModel`. The DOM side (`charts.ts`) maps colour roles to theme colours and
 * hands the tables to uPlot.
 */
import { Accept, acceptFinite, acceptPositive, joinTables, lowerBound, MAX_BUCKETS, MinMaxDownsampler, downsampleRange, Table } from './downsample';
import type { SeriesKey } from './layer-columns';
import type { PanelModel } from './state';

export type ChartId = 'loss' | 'accuracy' | 'grad' | 'dead' | 'update';

/** A named theme colour; `layer:<n>` cycles through the per-layer palette. */
export type ColorRole = 'blue' | 'orange' | 'green' | 'purple' | 'red' | 'yellow' | `layer:${number}`;

export interface SeriesDef {
  label: string;
  color: ColorRole;
  width: number;
  /** Opacity of the line, 0–1. */
  alpha: number;
  dash?: number[];
  /** Draw a dot at every point (sparse series, like one per epoch). */
  points?: boolean;
}

export interface ChartData {
  id: ChartId;
  title: string;
  xLabel: 'step' | 'epoch';
  log: boolean;
  /** Fixed y range (fractions); otherwise automatic. */
  yRange?: [number, number];
  percent?: boolean;
  series: SeriesDef[];
  x: number[];
  ys: (number | null | undefined)[][];
  /** What the legend shows while the cursor is off the plot: the run's latest x, then each series' latest value. */
  latest: (number | undefined)[];
  /** True when no series has a single drawable value. */
  empty: boolean;
  /** One sentence for screen readers: the latest values. */
  summary: string;
}

/** A step window (inclusive step numbers) the user zoomed into, or undefined for the whole run. */
export type StepWindow = [number, number] | undefined;

/**
 * An incremental downsampled table of some step columns: new rows are bucketed as they arrive; it
 * starts over on a new run or when the series set changes. A zoom window is downsampled afresh.
 */
export class StepTable {
  private sampler: MinMaxDownsampler | undefined;
  private key = '';
  private cached: { version: number; table: Table } | undefined;

  constructor(private readonly maxBuckets = MAX_BUCKETS) {}

  table(model: PanelModel, columns: readonly (readonly number[])[], accept: Accept, key: string, window: StepWindow): Table {
    if (window) {
      const lo = lowerBound(model.steps, window[0]);
      const hi = lowerBound(model.steps, window[1] + 1e-9);
      return downsampleRange(model.steps, columns, lo, Math.max(hi, lo + 1), this.maxBuckets, accept);
    }
    const fullKey = `${model.runVersion}|${key}`;
    if (!this.sampler || this.key !== fullKey) {
      this.sampler = new MinMaxDownsampler(columns.length, accept, this.maxBuckets);
      this.key = fullKey;
      this.cached = undefined;
    }
    if (this.cached && this.cached.version === model.dataVersion && this.sampler.length === model.steps.length) return this.cached.table;
    this.sampler.appendFrom(model.steps, columns);
    const table = this.sampler.table();
    this.cached = { version: model.dataVersion, table };
    return table;
  }
}

/** Per-chart caches, one per step chart. */
export class ChartTables {
  readonly loss = new StepTable();
  readonly grad = new StepTable();
  readonly dead = new StepTable();
  readonly update = new StepTable();
}

function hasValue(ys: readonly (number | null | undefined)[][]): boolean {
  return ys.some((c) => c.some((v) => v !== null && v !== undefined));
}

function label(model: PanelModel, position: number): string {
  return model.layers[position]?.name ?? `layer ${position + 1}`;
}

/** Training loss per step (downsampled), plus training and validation loss per epoch, on one step axis. */
export function lossChart(model: PanelModel, tables: ChartTables, log: boolean, window: StepWindow): ChartData {
  const accept = log ? acceptPositive : acceptFinite;
  const steps = tables.loss.table(model, [model.loss], accept, `loss|${log}`, window);
  const safe = (v: number | undefined) => (v !== undefined && accept(v) ? v : null);
  const inWindow = (step: number) => !window || (step >= window[0] && step <= window[1]);
  const epochs = model.epochs.filter((e) => Number.isFinite(e.step) && inWindow(e.step));
  const withVal = model.hasValLoss();
  const epochTable: Table = {
    x: epochs.map((e) => e.step),
    ys: withVal ? [epochs.map((e) => safe(e.loss)), epochs.map((e) => safe(e.valLoss))] : [epochs.map((e) => safe(e.loss))],
  };
  const joined = joinTables([steps, epochTable]);
  const series: SeriesDef[] = [
    { label: 'loss (step)', color: 'blue', width: 1, alpha: 0.45 },
    { label: 'loss (epoch)', color: 'blue', width: 2, alpha: 1, points: true },
  ];
  if (withVal) series.push({ label: 'val loss (epoch)', color: 'orange', width: 2, alpha: 1, points: true, dash: [6, 3] });
  const lastEpoch = model.epochs[model.epochs.length - 1];
  const parts = [`latest step loss ${fmt(lastOf(model.loss))}`];
  if (lastEpoch) parts.push(`epoch ${lastEpoch.epoch} loss ${fmt(lastEpoch.loss)}`);
  if (lastEpoch?.valLoss !== undefined) parts.push(`validation loss ${fmt(lastEpoch.valLoss)}`);
  const latest = [model.steps[model.steps.length - 1], lastOf(model.loss), lastEpoch?.loss];
  if (withVal) latest.push(lastEpoch?.valLoss);
  return { id: 'loss', title: 'Loss', xLabel: 'step', log, series, x: joined.x, ys: joined.ys, latest, empty: !hasValue(joined.ys), summary: `Loss chart: ${parts.join(', ')}.` };
}

/** Training and validation accuracy per epoch (only when the run measures accuracy). */
export function accuracyChart(model: PanelModel): ChartData | undefined {
  if (!model.hasAccuracy()) return undefined;
  const rows = model.epochs;
  const safe = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : null);
  const withVal = rows.some((e) => e.valAccuracy !== undefined);
  const ys = [rows.map((e) => safe(e.accuracy))];
  const series: SeriesDef[] = [{ label: 'accuracy', color: 'blue', width: 2, alpha: 1, points: true }];
  if (withVal) {
    ys.push(rows.map((e) => safe(e.valAccuracy)));
    series.push({ label: 'val accuracy', color: 'orange', width: 2, alpha: 1, points: true, dash: [6, 3] });
  }
  const last = rows[rows.length - 1];
  const summary = `Accuracy chart: epoch ${last?.epoch ?? 0}, accuracy ${pct(last?.accuracy)}${withVal ? `, validation accuracy ${pct(last?.valAccuracy)}` : ''}.`;
  const latest = [last?.epoch, last?.accuracy, ...(withVal ? [last?.valAccuracy] : [])];
  return { id: 'accuracy', title: 'Accuracy', xLabel: 'epoch', log: false, yRange: [0, 1], percent: true, series, x: rows.map((e) => e.epoch), ys, latest, empty: !hasValue(ys), summary };
}

/** One log-scale line per layer of one instrument (gradient norm, update/weight ratio). */
function perLayerLog(model: PanelModel, table: StepTable, key: SeriesKey, id: ChartId, title: string, window: StepWindow): ChartData {
  const positions = model.series.map((_, i) => i);
  const columns = positions.map((i) => model.series[i][key]);
  const t = table.table(model, columns, acceptPositive, `${key}|${positions.length}`, window);
  const series = positions.map((i): SeriesDef => ({ label: label(model, i), color: `layer:${i}`, width: 1.5, alpha: 1 }));
  const values = positions.map((i) => lastOf(model.series[i][key]));
  const text = positions.map((i, j) => `${label(model, i)} ${fmt(values[j])}`).join(', ');
  const latest = [model.steps[model.steps.length - 1], ...values];
  return { id, title, xLabel: 'step', log: true, series, x: t.x, ys: t.ys, latest, empty: !hasValue(t.ys), summary: `${title} chart, log scale: ${text || 'no layers'}.` };
}

export function gradChart(model: PanelModel, tables: ChartTables, window: StepWindow): ChartData {
  return perLayerLog(model, tables.grad, 'gradNorm', 'grad', 'Gradient norm', window);
}

export function updateChart(model: PanelModel, tables: ChartTables, window: StepWindow): ChartData {
  return perLayerLog(model, tables.update, 'updateRatio', 'update', 'Update / weight ratio', window);
}

/** Dead-ReLU fraction (solid) and saturation fraction (dashed) of the layers that report them. */
export function deadChart(model: PanelModel, tables: ChartTables, window: StepWindow): ChartData {
  const dead = model.layersWith('deadFraction');
  const saturated = model.layersWith('saturatedFraction');
  const columns = [...dead.map((i) => model.series[i].deadFraction), ...saturated.map((i) => model.series[i].saturatedFraction)];
  const t = tables.dead.table(model, columns, acceptFinite, `dead|${dead.join(',')}|sat|${saturated.join(',')}`, window);
  const series: SeriesDef[] = [
    ...dead.map((i): SeriesDef => ({ label: `${label(model, i)} dead`, color: `layer:${i}`, width: 1.5, alpha: 1 })),
    ...saturated.map((i): SeriesDef => ({ label: `${label(model, i)} saturated`, color: `layer:${i}`, width: 1.5, alpha: 1, dash: [4, 3] })),
  ];
  const values = [...dead.map((i) => lastOf(model.series[i].deadFraction)), ...saturated.map((i) => lastOf(model.series[i].saturatedFraction))];
  const text = series.map((s, j) => `${s.label} ${pct(values[j])}`).join(', ');
  return {
    id: 'dead',
    title: 'Dead ReLU / saturated units',
    xLabel: 'step',
    log: false,
    yRange: [0, 1],
    percent: true,
    series,
    x: t.x,
    ys: t.ys,
    latest: [model.steps[model.steps.length - 1], ...values],
    empty: series.length === 0 || !hasValue(t.ys),
    summary: `Dead and saturated units chart: ${text || 'no ReLU, sigmoid or tanh layers report yet'}.`,
  };
}

/** The last value of a column as sent (NaN included: after a divergence, "NaN" is the news). */
function lastOf(column: readonly number[]): number | undefined {
  return column.length > 0 ? column[column.length - 1] : undefined;
}

function fmt(v: number | undefined): string {
  if (v === undefined) return 'none';
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'infinite' : 'minus infinite';
  return Math.abs(v) >= 1e4 || Math.abs(v) < 1e-3 ? v.toExponential(2) : String(Number(v.toPrecision(4)));
}

function pct(v: number | undefined): string {
  return v === undefined || !Number.isFinite(v) ? 'none' : `${Math.round(v * 1000) / 10}%`;
}
