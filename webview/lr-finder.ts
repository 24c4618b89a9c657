/**
 * The learning-rate finder's card: the smoothed loss against the learning rate (log axis), with the
 * suggestion marked by a dot and a dashed line, and the spec's own rate by a dotted line, each
 * labelled. On a short run, the rule that lost the race for the run is a faint dashed line. Hidden
 * until the "Find Learning Rate" command sends a curve; not part of any run.
 */
import uPlot from 'uplot';
import { LrFinderCurve, offeredLr } from '../src/protocol';
import { withAlpha } from './colors';
import { lrFinderReadout } from './lr-finder-readout';
import { h, setText } from './dom';
import { readLrFinderCurve } from './saved-state';
import type { Theme } from './theme';
import { formatLogTick, formatValue } from './values';

const HEIGHT = 190;

/** The curve of a `lrFinder` message, validated like a saved one (the host is trusted, but must not crash us). */
export function lrFinderCurveOf(message: unknown): LrFinderCurve | undefined {
  const m = message as { type?: unknown; curve?: unknown } | null;
  return m?.type === 'lrFinder' ? readLrFinderCurve(m.curve) : undefined;
}

export class LrFinderCard {
  readonly card: HTMLElement;
  private readonly host = h('div', { class: 'plot', role: 'img', 'aria-label': 'Smoothed loss against learning rate' });
  private readonly caption = h('p', { class: 'caption' });
  private plot: uPlot | undefined;
  private curve: LrFinderCurve | undefined;

  constructor() {
    this.card = h('section', { class: 'card chart chart-lr-finder', 'aria-labelledby': 'lr-finder-title' }, h('header', { class: 'card-header' }, h('h2', { id: 'lr-finder-title' }, 'Learning-rate finder')), this.host, this.caption);
    this.card.hidden = true;
  }

  /** The curve on show, if any (the panel saves it). */
  get shown(): LrFinderCurve | undefined {
    return this.curve;
  }

  /** The element whose size the chart follows. */
  get sizeTarget(): HTMLElement {
    return this.host;
  }

  /** Draws a curve (or redraws the last one, e.g. after a theme change). */
  render(theme: Theme, curve = this.curve): void {
    if (!curve || curve.lrs.length < 2) return;
    this.curve = curve;
    this.card.hidden = false;
    const why = curve.runRace ? `${curve.rule} rule: ${curve.runRace.summary}` : `${curve.rule} rule`;
    const offered = offeredLr(curve);
    const suggestion = offered === undefined ? 'no suggestion: the loss never fell' : `suggested lr ${formatValue(offered)} (${why})`;
    setText(this.caption, `${suggestion} · the spec has ${formatValue(curve.specLr)} · ${curve.lrs.length} steps of ${curve.optimizer} on ${curve.sampleRows} samples${curve.stoppedEarly ? ', stopped when the loss diverged' : ''}`);
    this.plot?.destroy();
    this.plot = new uPlot(this.options(theme, curve), [curve.lrs, curve.losses], this.host);
  }

  /** Follows the card's width. */
  resize(): void {
    if (this.plot) this.plot.setSize({ width: this.width(), height: HEIGHT });
  }

  private width(): number {
    return Math.max(160, Math.floor(this.host.clientWidth || this.card.clientWidth - 16));
  }

  private options(theme: Theme, curve: LrFinderCurve): uPlot.Options {
    const font = `${Math.round(theme.fontSize * 0.85)}px ${theme.font}`;
    const grid = { stroke: withAlpha(theme.grid, 0.6), width: 1 };
    const axis: uPlot.Axis = { stroke: theme.foreground, font, grid, ticks: { ...grid, size: 4 } };
    return {
      width: this.width(),
      height: HEIGHT,
      scales: { x: { time: false, distr: 3, log: 10 }, y: {} },
      axes: [{ ...axis, values: (_u, splits) => splits.map(formatLogTick), size: 28 }, { ...axis, values: (_u, splits) => splits.map((v) => formatValue(v)), size: 54 }],
      series: [
        { label: 'lr', value: (_u, v, s, idx) => lrFinderReadout(curve, s, v, idx) },
        { label: 'smoothed loss', stroke: theme.named.blue, width: 1.5, value: (_u, v, s, idx) => lrFinderReadout(curve, s, v, idx) },
      ],
      legend: { show: true, live: true },
      hooks: { draw: [(u) => this.drawMarks(u, theme, curve)] },
    };
  }

  /**
   * The spec's rate (dotted) and the suggestion (dashed, with a dot on the curve), each labelled at the
   * top; on a short run also the rule that lost the race (faint).
   */
  private drawMarks(u: uPlot, theme: Theme, curve: LrFinderCurve): void {
    const { ctx } = u;
    const dpr = devicePixelRatio || 1;
    ctx.save();
    ctx.lineWidth = dpr;
    ctx.font = `${Math.round(theme.fontSize * 0.8 * dpr)}px ${theme.font}`;
    const labels: LabelBox[] = [];
    const race = curve.runRace;
    const lost = race && (curve.suggestionIndex === race.minimumIndex ? race.valleyIndex : race.minimumIndex);
    if (race && lost !== undefined) markRate(u, curve.lrs[lost], withAlpha(theme.named.green, 0.5), [2, 4], lost === race.valleyIndex ? 'valley' : 'minimum', labels);
    markRate(u, curve.specLr, withAlpha(theme.foreground, 0.6), [1, 3], 'spec', labels);
    const i = curve.suggestionIndex;
    if (i !== undefined && i >= 0 && i < curve.lrs.length) {
      markRate(u, curve.lrs[i], theme.named.green, [4, 3], curve.rule, labels);
      ctx.fillStyle = theme.named.green;
      ctx.beginPath();
      ctx.arc(u.valToPos(curve.lrs[i], 'x', true), u.valToPos(curve.losses[i], 'y', true), 4 * dpr, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.restore();
  }
}

/** Where a label was drawn: its row under the plot's top and its horizontal extent. */
interface LabelBox {
  row: number;
  left: number;
  right: number;
}

/**
 * A vertical line at `lr` across the plot, in `color` with `dash`, and its `label` beside its top, a
 * row lower than any label in `taken` it would overlap (two rates can sit close: 0.1 and 0.42).
 */
function markRate(u: uPlot, lr: number, color: string, dash: number[], label: string, taken: LabelBox[]): void {
  const { ctx, bbox } = u;
  const dpr = devicePixelRatio || 1;
  const x = Math.round(u.valToPos(lr, 'x', true)) + 0.5;
  if (x < bbox.left || x > bbox.left + bbox.width) return;
  ctx.strokeStyle = color;
  ctx.setLineDash(dash.map((d) => d * dpr));
  ctx.beginPath();
  ctx.moveTo(x, bbox.top);
  ctx.lineTo(x, bbox.top + bbox.height);
  ctx.stroke();
  // Labels near the right edge go on the line's left, so they stay inside the plot.
  const width = ctx.measureText(label).width;
  const left = x + 3 * dpr + width <= bbox.left + bbox.width ? x + 3 * dpr : x - 3 * dpr - width;
  let row = 0;
  while (taken.some((b) => b.row === row && b.left < left + width + 2 * dpr && left < b.right + 2 * dpr)) row++;
  taken.push({ row, left, right: left + width });
  const lineHeight = ctx.measureText('M').width * 1.6;
  ctx.fillStyle = color;
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left'; // uPlot leaves its axes' alignment on the context
  ctx.fillText(label, left, bbox.top + 2 * dpr + row * lineHeight);
}
