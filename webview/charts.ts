/**
 * One uPlot chart in a card: created lazily when it first has data, given new tables with `setData`
 * (at most once per animation frame, by the caller), recreated when its series, axis type or the
 * theme change. uPlot styles its elements through the CSSOM (`el.style.x = …`) and injects no
 * `<style>` element, so it works under the panel's strict CSP; its stylesheet is bundled into
 * `dist/webview.css`.
 */
import uPlot from 'uplot';
import { withAlpha } from './colors';
import { h, icon, setText } from './dom';
import type { ChartData, StepWindow } from './series';
import { roleColor, Theme } from './theme';
import { formatInt, formatLogTick, formatPercent, formatValue, logAxisRange } from './values';

export const CHART_HEIGHT = 190;

const fmtX = (v: number | null | undefined) => (v === null || v === undefined ? '–' : formatInt(v));

type LegendValue = (u: uPlot, raw: number | null, seriesIdx: number, idx: number | null) => string;

const isPower = (v: number) => v > 0 && Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9;

/** On log axes, only powers of ten get a label and a grid line once there are two of them. */
function majorOnly(splits: number[]): (number | null)[] {
  return splits.filter(isPower).length >= 2 ? splits.map((v) => (isPower(v) ? v : null)) : splits;
}

/** The y axis's tick labels: percentages, plain values, or on a log axis the powers of ten that fit. */
function yTickLabels(data: ChartData): (u: uPlot, splits: number[]) => string[] {
  return (u, splits) => {
    if (data.percent) return splits.map((v) => formatPercent(v));
    if (!data.log) return splits.map((v) => formatValue(v));
    // Over many decades, label every 2nd, 3rd… power so the labels keep ~20 px apart.
    const major = majorOnly(splits);
    const powers = major.filter((v): v is number => v !== null && isPower(v));
    const room = Math.max(2, Math.floor(u.bbox.height / (window.devicePixelRatio || 1) / 20));
    const every = Math.max(1, Math.ceil(powers.length / room));
    return major.map((v) => (v === null || (isPower(v) && Math.round(Math.log10(v)) % every !== 0) ? '' : formatLogTick(v)));
  };
}

/** The x axis (integer steps or epochs) and the y axis, in the theme's font and grid colour. */
function chartAxes(data: ChartData, theme: Theme): uPlot.Axis[] {
  const font = `${Math.round(theme.fontSize * 0.85)}px ${theme.font}`;
  const grid = withAlpha(theme.grid, 0.6);
  const axis = (extra: uPlot.Axis): uPlot.Axis => ({
    stroke: theme.foreground,
    font,
    labelFont: font,
    grid: { stroke: grid, width: 1 },
    ticks: { stroke: grid, width: 1, size: 4 },
    ...extra,
  });
  const majorFilter = (_u: uPlot, splits: number[]) => majorOnly(splits);
  const logLines = data.log ? { grid: { stroke: grid, width: 1, filter: majorFilter }, ticks: { stroke: grid, width: 1, size: 4, filter: majorFilter } } : {};
  return [
    axis({ values: (_u, splits) => splits.map((v) => (Number.isInteger(v) ? formatInt(v) : '')), size: 28 }),
    axis({ values: yTickLabels(data), size: 54, ...logLines }),
  ];
}

/** The x series, then one line per data series in its role's colour. */
function chartSeries(data: ChartData, theme: Theme, legendValue: LegendValue): uPlot.Series[] {
  return [
    { label: data.xLabel, value: legendValue },
    ...data.series.map((s): uPlot.Series => {
      const color = roleColor(theme, s.color);
      return {
        label: s.label,
        stroke: s.alpha < 1 ? withAlpha(color, s.alpha) : color,
        width: s.width,
        dash: s.dash,
        spanGaps: false,
        points: s.points ? { show: true, size: 5, width: 1, fill: color, stroke: color } : { show: false },
        value: legendValue,
      };
    }),
  ];
}

export interface ChartOptions {
  /** The user dragged across a step chart: zoom all step charts to these steps. */
  onZoom?: (window: StepWindow) => void;
  /** Extra controls in the card header (e.g. the log-scale toggle). */
  tools?: HTMLElement[];
}

export class LiveChart {
  readonly card: HTMLElement;
  private readonly host: HTMLElement;
  private readonly emptyNote: HTMLElement;
  private plot: uPlot | undefined;
  private key = '';
  /** Steps at which diagnostics fired, drawn as dashed vertical lines. */
  private markers: number[] = [];
  private theme: Theme | undefined;
  private emptyText = 'Waiting for data…';
  /** The legend's readout while the cursor is off the plot (see `ChartData.latest`). */
  private latest: (number | undefined)[] = [];

  constructor(
    readonly id: string,
    title: string,
    private readonly options: ChartOptions = {},
  ) {
    const titleId = `chart-${id}-title`;
    this.host = h('div', { class: 'plot', role: 'img', 'aria-labelledby': titleId });
    this.emptyNote = h('p', { class: 'empty-note' }, 'Waiting for data…');
    this.card = h(
      'section',
      { class: `card chart chart-${id}`, 'aria-labelledby': titleId },
      h('header', { class: 'card-header' }, h('h2', { id: titleId }, title), h('div', { class: 'card-tools' }, ...(options.tools ?? []))),
      this.host,
      this.emptyNote,
    );
    this.host.addEventListener('dblclick', () => this.options.onZoom?.(undefined));
  }

  /** The element whose size the chart follows. */
  get sizeTarget(): HTMLElement {
    return this.host;
  }

  /** The note shown while the chart has nothing to draw. */
  setEmptyText(text: string): void {
    this.emptyText = text;
  }

  setVisible(visible: boolean): void {
    this.card.hidden = !visible;
  }

  render(data: ChartData, theme: Theme, markers: number[] = []): void {
    this.markers = markers;
    this.latest = data.latest;
    this.host.setAttribute('aria-label', data.summary);
    this.emptyNote.hidden = !data.empty;
    this.host.classList.toggle('is-empty', data.empty);
    if (data.empty) {
      setText(this.emptyNote, this.emptyText);
      this.destroyPlot();
      return;
    }
    const key = JSON.stringify([data.series, data.log, data.yRange, data.xLabel, theme.generation]);
    const table: uPlot.AlignedData = [data.x, ...data.ys];
    if (this.plot && key === this.key) {
      this.plot.setData(table);
      // Not hovering: refresh the legend's "latest value" readout.
      if (this.plot.cursor.idx === null || this.plot.cursor.idx === undefined) this.plot.setLegend({ idxs: table.map(() => null) });
      return;
    }
    this.destroyPlot();
    this.key = key;
    this.theme = theme;
    this.plot = new uPlot(this.makeOptions(data, theme), table, this.host);
  }

  /** Follows the card's width (called from a ResizeObserver, coalesced per frame). */
  resize(): void {
    if (!this.plot) return;
    const width = this.width();
    if (Math.abs(width - this.plot.width) >= 1) this.plot.setSize({ width, height: CHART_HEIGHT });
  }

  /** Forgets the plot, so the next render recreates it (theme change). */
  invalidate(): void {
    this.key = '';
  }

  /** The chart's canvas (for tests and the harness). */
  get canvas(): HTMLCanvasElement | undefined {
    return this.plot?.ctx.canvas;
  }

  destroyPlot(): void {
    this.plot?.destroy();
    this.plot = undefined;
    this.key = '';
  }

  private width(): number {
    return Math.max(160, Math.floor(this.host.clientWidth || this.card.clientWidth - 16));
  }

  private makeOptions(data: ChartData, theme: Theme): uPlot.Options {
    const format = (v: number | null | undefined) => (v === null || v === undefined ? '–' : data.percent ? formatPercent(v) : formatValue(v));
    // Without a cursor on the plot the legend shows each series' latest value instead of a dash.
    const legendValue = (_u: uPlot, raw: number | null, seriesIdx: number, idx: number | null): string => {
      if (idx !== null && idx !== undefined) return seriesIdx === 0 ? fmtX(raw) : format(raw);
      const latest = this.latest[seriesIdx];
      if (latest !== undefined) return seriesIdx === 0 ? fmtX(latest) : format(latest);
      return '–';
    };
    const y: uPlot.Scale = data.log ? { distr: 3, log: 10, range: (_u, min, max) => logAxisRange(min, max) } : data.yRange ? { range: data.yRange } : {};
    return {
      width: this.width(),
      height: CHART_HEIGHT,
      scales: { x: { time: false }, y },
      axes: chartAxes(data, theme),
      series: chartSeries(data, theme, legendValue),
      legend: { show: true, live: true },
      cursor: {
        drag: { x: data.xLabel === 'step', y: false, setScale: false },
        points: { size: 6 },
        focus: { prox: 16 },
      },
      focus: { alpha: 0.35 },
      hooks: {
        setSelect: [(u) => this.zoomToSelection(u)],
        draw: [(u) => this.drawMarkers(u)],
      },
    };
  }

  /** A drag across a step chart zooms every step chart to it; the selection box itself is cleared. */
  private zoomToSelection(u: uPlot): void {
    if (u.select.width < 4) return;
    const lo = u.posToVal(u.select.left, 'x');
    const hi = u.posToVal(u.select.left + u.select.width, 'x');
    u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
    if (hi > lo) this.options.onZoom?.([lo, hi]);
  }

  /** Dashed vertical lines where diagnostics fired (the timeline), in the warning colour. */
  private drawMarkers(u: uPlot): void {
    if (this.markers.length === 0 || !this.theme) return;
    const { ctx, bbox } = u;
    const min = u.scales.x.min ?? -Infinity, max = u.scales.x.max ?? Infinity;
    ctx.save();
    ctx.strokeStyle = withAlpha(this.theme.warning, 0.8);
    ctx.fillStyle = this.theme.warning;
    ctx.lineWidth = Math.max(1, devicePixelRatio);
    ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
    for (const step of this.markers) {
      if (step < min || step > max) continue;
      const x = Math.round(u.valToPos(step, 'x', true)) + 0.5;
      ctx.beginPath();
      ctx.moveTo(x, bbox.top);
      ctx.lineTo(x, bbox.top + bbox.height);
      ctx.stroke();
      const s = 4 * devicePixelRatio;
      ctx.beginPath();
      ctx.moveTo(x - s, bbox.top);
      ctx.lineTo(x + s, bbox.top);
      ctx.lineTo(x, bbox.top + s * 1.4);
      ctx.closePath();
      ctx.fill();
    }
    ctx.restore();
  }
}

/** A small toggle button (aria-pressed) for a chart's header, e.g. the loss chart's log scale. */
export function toggleButton(label: string, codicon: string, title: string, pressed: boolean, onToggle: (pressed: boolean) => void): HTMLButtonElement {
  const button = h('button', { class: 'toggle', type: 'button', title, 'aria-label': title, 'aria-pressed': String(pressed) }, icon(codicon), h('span', {}, label));
  button.addEventListener('click', () => {
    const next = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(next));
    onToggle(next);
  });
  return button;
}
