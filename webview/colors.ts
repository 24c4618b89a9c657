/**
 * Colour arithmetic, DOM-free: parsing the CSS colours VS Code's theme variables hold, adding alpha,
 * blending, and the decision-boundary image (class colours blended by predicted probability).
 */
import type { BoundaryGrid } from '../src/protocol';

/** 0–255 channels and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(…)` and `rgba(…)`; undefined otherwise. */
export function parseColor(text: string): Rgba | undefined {
  const s = text.trim().toLowerCase();
  let m = /^#([0-9a-f]{3,8})$/.exec(s);
  if (m) {
    const hex = m[1];
    if (hex.length === 3 || hex.length === 4) {
      const c = [...hex].map((h) => parseInt(h + h, 16));
      return { r: c[0], g: c[1], b: c[2], a: hex.length === 4 ? c[3] / 255 : 1 };
    }
    if (hex.length === 6 || hex.length === 8) {
      const c = [0, 2, 4, 6].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return { r: c[0], g: c[1], b: c[2], a: hex.length === 8 ? c[3] / 255 : 1 };
    }
    return undefined;
  }
  m = /^rgba?\(\s*([^)]*)\)$/.exec(s);
  if (m) {
    const parts = m[1].split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3) return undefined;
    const channel = (p: string) => (p.endsWith('%') ? (parseFloat(p) / 100) * 255 : parseFloat(p));
    const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
    const [r, g, b] = parts.slice(0, 3).map(channel);
    if ([r, g, b, alpha].some((v) => !Number.isFinite(v))) return undefined;
    return { r: clamp(r, 0, 255), g: clamp(g, 0, 255), b: clamp(b, 0, 255), a: clamp(alpha, 0, 1) };
  }
  return undefined;
}

export function toCss(c: Rgba): string {
  const r = Math.round(c.r), g = Math.round(c.g), b = Math.round(c.b);
  return c.a >= 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Math.round(c.a * 1000) / 1000})`;
}

/** The colour with its alpha multiplied by `alpha` (unparseable colours are returned unchanged). */
export function withAlpha(color: string, alpha: number): string {
  const c = parseColor(color);
  return c ? toCss({ ...c, a: c.a * alpha }) : color;
}

/** Linear blend: `t = 0` gives `a`, `t = 1` gives `b`. */
export function mix(a: Rgba, b: Rgba, t: number): Rgba {
  const u = clamp(t, 0, 1);
  return { r: a.r + (b.r - a.r) * u, g: a.g + (b.g - a.g) * u, b: a.b + (b.b - a.b) * u, a: a.a + (b.a - a.a) * u };
}

/** Relative luminance (WCAG), 0 = black, 1 = white. */
export function luminance(c: Rgba): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** WCAG contrast ratio of two opaque colours, 1–21. */
export function contrast(a: Rgba, b: Rgba): number {
  const la = luminance(a), lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** How strongly the background is tinted at full confidence (points stay stronger than the area). */
export const BOUNDARY_TINT = 0.6;

/**
 * The colour of one grid cell: with two classes, `value` is P(class 1), blended from class 0's colour
 * through the background (50 %) to class 1's colour, so the uncertain band around the boundary is
 * pale, as in TensorFlow Playground. With more classes, `value` is argmax / (classes − 1): the
 * cell takes that class's colour.
 */
export function cellColor(value: number, classes: number, classColors: readonly Rgba[], background: Rgba): Rgba {
  const v = Number.isFinite(value) ? clamp(value, 0, 1) : 0.5;
  if (classes <= 2) {
    const toward = v >= 0.5 ? classColors[1 % classColors.length] : classColors[0];
    const confidence = Math.abs(v - 0.5) * 2;
    return mix(background, toward, BOUNDARY_TINT * confidence);
  }
  const k = Math.round(v * (classes - 1));
  return mix(background, classColors[k % classColors.length], BOUNDARY_TINT * 0.75);
}

/**
 * The grid as RGBA pixels, one per cell, top row first (the grid's rows run from yMin upwards, an
 * image's rows from the top down, so rows are flipped).
 */
export function boundaryPixels(grid: BoundaryGrid, classColors: readonly Rgba[], background: Rgba): Uint8ClampedArray {
  const n = grid.size;
  const out = new Uint8ClampedArray(n * n * 4);
  for (let row = 0; row < n; row++) {
    const imageRow = n - 1 - row;
    for (let col = 0; col < n; col++) {
      const c = cellColor(grid.values[row * n + col], grid.classes, classColors, background);
      const o = 4 * (imageRow * n + col);
      out[o] = c.r;
      out[o + 1] = c.g;
      out[o + 2] = c.b;
      out[o + 3] = 255;
    }
  }
  return out;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
