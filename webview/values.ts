/** Number helpers for display, DOM-free: safe values for log axes and compact, readable labels. */
import { runHasEnded, type RunState, type TrialUnderWay } from '../src/protocol';

/** A value a log axis can draw, or `null` (a gap) for zero, negatives, NaN and ±Infinity. */
export function logSafe(value: number): number | null {
  return Number.isFinite(value) && value > 0 ? value : null;
}

/**
 * The smallest value a log axis reaches. uPlot steps its log ticks by adding increments rounded to
 * the increment's decimals; past 22 decimals 10^dec is no longer exact, the ticks stop growing and
 * the axis loops until "Invalid array length" (seen at 3e-23, a converged layer's gradient norm).
 * Values below it are drawn off the bottom of the plot, as the tiny numbers they are.
 */
export const LOG_AXIS_FLOOR = 1e-15;

/**
 * A log axis's range: whole decades around the data, never below `LOG_AXIS_FLOOR`; `null`s (no data)
 * pass through for uPlot to keep its last range.
 */
export function logAxisRange(min: number | null, max: number | null): [number | null, number | null] {
  if (min === null || max === null || !Number.isFinite(min) || !Number.isFinite(max)) return [null, null];
  const lo = Math.floor(Math.log10(Math.max(min, LOG_AXIS_FLOOR)));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(Math.max(max, LOG_AXIS_FLOOR))));
  return [Number(`1e${lo}`), Number(`1e${hi}`)];
}

/** A value a linear axis can draw, or `null` for NaN and ±Infinity. */
export function linearSafe(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** `1234567` → `1,234,567`; non-finite → `–`. */
export function formatInt(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return Math.round(value).toLocaleString('en-US');
}

/** A short label for a metric: 4 significant digits, exponent form outside [1e-3, 1e5). */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e5 || abs < 1e-3) return value.toExponential(2).replace('e+', 'e');
  return String(Number(value.toPrecision(4)));
}

/** Throughput: `5400` → `5.4k samples/s`. */
export function formatRate(perSec: number): string {
  if (!Number.isFinite(perSec) || perSec <= 0) return '– samples/s';
  if (perSec >= 1e6) return `${trim(perSec / 1e6)}M samples/s`;
  if (perSec >= 1e3) return `${trim(perSec / 1e3)}k samples/s`;
  return `${Math.round(perSec)} samples/s`;
}

/**
 * The header's throughput: the recent rate while training, the run's average once it has ended
 * (`avg 2.1M samples/s`), and a dash while paused or idle, when no rate is meaningful.
 */
export function rateText(progress: { state: RunState; samplesPerSec: number }): string {
  if (progress.state === 'training') return formatRate(progress.samplesPerSec);
  return runHasEnded(progress.state) && progress.samplesPerSec > 0 ? `avg ${formatRate(progress.samplesPerSec)}` : formatRate(0);
}

/**
 * The header's note while an advice trial trains a quick fix (`Trying fix for dead-relu: Set "bias"
 * to 0.01`); empty when none is under way or the run has ended.
 */
export function trialText(progress: { state: RunState; trial?: TrialUnderWay }): string {
  const trial = progress.trial;
  return trial && !runHasEnded(progress.state) ? `Trying fix for ${trial.code}: ${trial.fix}` : '';
}

/**
 * What an empty chart says. A run under way whose network the worker has not described yet is still
 * reading its data and building the network: seconds for a CSV of a hundred megabytes, which
 * "Waiting for data…" would leave unexplained.
 */
export function emptyChartText(model: { progress: { state: RunState }; layers: readonly unknown[]; steps: readonly number[]; epochs: readonly unknown[] }): string {
  const underWay = model.progress.state === 'training' || model.progress.state === 'paused';
  if (model.steps.length === 0 && model.epochs.length === 0 && !underWay) return 'No data yet.';
  return underWay && model.layers.length === 0 ? 'Reading the data and building the network…' : 'Waiting for data…';
}

/**
 * What the warnings card says when no diagnostic is active. A run whose warnings all fired and then
 * cleared is not a run without warnings: "No warnings in this run." hid blind268
 * ok.stand-sgd-fullbatch's `oscillating-loss` (raised at epoch 12, cleared before the run's end) under
 * a card that said so, with the timeline that holds it further down.
 */
export function noWarningsText(model: { progress: { state: RunState }; steps: readonly number[]; timeline: readonly unknown[] }): string {
  const fired = model.timeline.length;
  if (fired > 0) return `No active warnings: ${fired === 1 ? 'the one' : `all ${fired}`} raised during this run cleared (see the diagnostics timeline).`;
  return model.steps.length > 0 || model.progress.state !== 'idle' ? 'No warnings in this run.' : 'No warnings.';
}

/** A fraction as a percentage: `0.25` → `25%`. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const pct = value * 100;
  return `${pct >= 10 || pct === 0 ? Math.round(pct) : trim(pct)}%`;
}

function trim(value: number): string {
  return String(Number(value.toFixed(value >= 100 ? 0 : 1)));
}

/** Tick labels for a log axis: powers of ten as `1e-3`, others in the short form. */
export function formatLogTick(value: number): string {
  if (!Number.isFinite(value) || value <= 0) return '';
  const exp = Math.log10(value);
  if (Math.abs(exp - Math.round(exp)) < 1e-9) {
    const e = Math.round(exp);
    return e >= -2 && e <= 3 ? String(Number((10 ** e).toPrecision(1))) : `1e${e}`;
  }
  return formatValue(value);
}
