/**
 * The decision-boundary heat map for 2-input classification data, drawn like TensorFlow Playground:
 * the input plane tinted by the predicted class (paler where the model is unsure), with the training
 * points on top in their true class's colour.
 */
import type { BoundaryGrid } from '../src/protocol';
import { boundaryPixels, parseColor, Rgba } from './colors';
import { h, replaceChildren } from './dom';
import type { Theme } from './theme';
import { formatValue } from './values';

const MAX_SIZE = 400;

/** Class colours: orange and blue first, as in Playground. */
export function classColors(theme: Theme): string[] {
  const n = theme.named;
  return [n.orange, n.blue, n.green, n.purple, n.yellow, n.red];
}

export class BoundaryView {
  readonly card: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly legend: HTMLElement;
  private readonly caption: HTMLElement;
  private grid: BoundaryGrid | undefined;
  private theme: Theme | undefined;
  private drawnWidth = 0;

  constructor() {
    this.canvas = h('canvas', { class: 'boundary-canvas', role: 'img', 'aria-label': 'Decision boundary' });
    this.legend = h('ul', { class: 'boundary-legend', 'aria-label': 'Classes' });
    this.caption = h('p', { class: 'caption' });
    this.card = h(
      'section',
      { class: 'card boundary', 'aria-labelledby': 'boundary-title' },
      h('header', { class: 'card-header' }, h('h2', { id: 'boundary-title' }, 'Decision boundary')),
      h('div', { class: 'boundary-body' }, this.canvas, h('div', { class: 'boundary-side' }, this.legend, this.caption)),
    );
    this.card.hidden = true;
  }

  get sizeTarget(): HTMLElement {
    return this.card;
  }

  render(grid: BoundaryGrid | undefined, theme: Theme): void {
    this.grid = grid;
    this.theme = theme;
    this.card.hidden = !grid;
    if (!grid) return;
    this.draw();
    const colors = classColors(theme);
    replaceChildren(
      this.legend,
      ...Array.from({ length: grid.classes }, (_, k) => {
        const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
        swatch.style.background = colors[k % colors.length];
        return h('li', {}, swatch, `class ${k}`);
      }),
    );
    this.caption.textContent = `x ∈ [${formatValue(grid.xMin)}, ${formatValue(grid.xMax)}], y ∈ [${formatValue(grid.yMin)}, ${formatValue(grid.yMax)}]. Shading: predicted class, fading to the background where the model is unsure. Dots: ${grid.points.length} training samples.`;
    this.canvas.setAttribute('aria-label', `Decision boundary over ${grid.size}×${grid.size} grid with ${grid.points.length} training points in ${grid.classes} classes`);
  }

  resize(): void {
    if (this.grid && this.cssWidth() !== this.drawnWidth) this.draw();
  }

  private cssWidth(): number {
    const available = this.card.clientWidth - 22;
    return Math.max(120, Math.min(MAX_SIZE, Math.floor(available > 0 ? available : MAX_SIZE)));
  }

  private draw(): void {
    const grid = this.grid, theme = this.theme;
    if (!grid || !theme) return;
    const css = this.cssWidth();
    this.drawnWidth = css;
    const dpr = window.devicePixelRatio || 1;
    const size = Math.round(css * dpr);
    this.canvas.style.width = `${css}px`;
    this.canvas.style.height = `${css}px`;
    if (this.canvas.width !== size) this.canvas.width = size;
    if (this.canvas.height !== size) this.canvas.height = size;
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const rgba = (c: string): Rgba => parseColor(c) ?? { r: 128, g: 128, b: 128, a: 1 };
    const colors = classColors(theme);
    const bg = rgba(theme.background);
    // The grid as a tiny image, scaled up smoothly.
    const cells = document.createElement('canvas');
    cells.width = grid.size;
    cells.height = grid.size;
    const cellCtx = cells.getContext('2d');
    if (!cellCtx) return;
    cellCtx.putImageData(new ImageData(boundaryPixels(grid, colors.map(rgba), bg) as Uint8ClampedArray<ArrayBuffer>, grid.size, grid.size), 0, 0);
    ctx.clearRect(0, 0, size, size);
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(cells, 0, 0, size, size);
    // The points, outlined in the foreground colour so they stand out on their own class's tint.
    const sx = size / (grid.xMax - grid.xMin || 1);
    const sy = size / (grid.yMax - grid.yMin || 1);
    const r = 3.2 * dpr;
    ctx.lineWidth = Math.max(1, 0.9 * dpr);
    ctx.strokeStyle = theme.foreground;
    for (const p of grid.points) {
      if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
      const x = (p.x - grid.xMin) * sx;
      const y = size - (p.y - grid.yMin) * sy;
      ctx.beginPath();
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      ctx.fillStyle = colors[Math.max(0, Math.round(p.label)) % colors.length];
      ctx.fill();
      ctx.stroke();
    }
  }
}
