import type { Trainer } from '../engine';
import type { BoundaryGrid } from '../protocol';
import type { Dataset } from '../spec/dataset';

const GRID = 48;
const MAX_POINTS = 500;

/**
 * The model's prediction over a grid covering the data, for 2-input classification data (as
 * TensorFlow Playground draws it). Undefined for other data.
 */
export function boundaryGrid(trainer: Trainer, data: Dataset): BoundaryGrid | undefined {
  if (data.inputs !== 2 || data.task !== 'classification' || !data.labels) return undefined;
  const bounds = paddedBounds(data);
  const grid = new Float64Array(GRID * GRID * 2);
  for (let row = 0; row < GRID; row++) {
    for (let col = 0; col < GRID; col++) {
      const cell = 2 * (row * GRID + col);
      grid[cell] = bounds.xMin + ((col + 0.5) / GRID) * (bounds.xMax - bounds.xMin);
      grid[cell + 1] = bounds.yMin + ((row + 0.5) / GRID) * (bounds.yMax - bounds.yMin);
    }
  }
  const out = trainer.predict(grid, GRID * GRID);
  const outputs = out.length / (GRID * GRID);
  const classes = data.classes ?? 2;
  const values: number[] = new Array(GRID * GRID);
  for (let i = 0; i < GRID * GRID; i++) values[i] = outputs === 1 ? clamp01(out[i]) : argmax(out, i * outputs, outputs) / Math.max(1, classes - 1);
  return { size: GRID, ...bounds, values, points: samplePoints(data), classes };
}

function paddedBounds(data: Dataset): { xMin: number; xMax: number; yMin: number; yMax: number } {
  let xMin = Infinity, xMax = -Infinity, yMin = Infinity, yMax = -Infinity;
  for (let i = 0; i < data.samples; i++) {
    const x = data.x[2 * i], y = data.x[2 * i + 1];
    xMin = Math.min(xMin, x); xMax = Math.max(xMax, x);
    yMin = Math.min(yMin, y); yMax = Math.max(yMax, y);
  }
  const padX = 0.1 * (xMax - xMin || 1), padY = 0.1 * (yMax - yMin || 1);
  return { xMin: xMin - padX, xMax: xMax + padX, yMin: yMin - padY, yMax: yMax + padY };
}

function samplePoints(data: Dataset): BoundaryGrid['points'] {
  const stride = Math.max(1, Math.ceil(data.samples / MAX_POINTS));
  const points: BoundaryGrid['points'] = [];
  for (let i = 0; i < data.samples; i += stride) points.push({ x: data.x[2 * i], y: data.x[2 * i + 1], label: data.labels![i] });
  return points;
}

function argmax(values: Float64Array, start: number, count: number): number {
  let best = 0;
  for (let k = 1; k < count; k++) if (values[start + k] > values[start + best]) best = k;
  return best;
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0.5;
}
