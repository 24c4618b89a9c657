/**
 * Readers for data the panel did not make: host messages and the snapshot `getState` hands back.
 * Both cross a JSON boundary (NaN and ±Infinity arrive as `null`) and may come from an older or
 * damaged source, so nothing here throws: a wrong type becomes NaN, an empty value or `undefined`.
 */
import type { BoundaryGrid, EpochRow, HostToWebview, LayerInfo, PanelSnapshot, Progress, RestoredPoint, RunState, TrialUnderWay } from '../src/protocol';
import type { Diagnostic, DiagnosticCode } from '../src/spec/types';

/** One line of the diagnostics timeline. */
export type TimelineEntry = PanelSnapshot['timeline'][number];

/** Every run state the panel knows; any other value reads as `idle`. */
export const RUN_STATES: readonly RunState[] = ['idle', 'training', 'paused', 'stopped', 'diverged', 'done', 'error'];

/** A number from the wire: anything else (JSON `null` for NaN/Infinity, garbage) becomes NaN. */
export function num(value: unknown): number {
  return typeof value === 'number' ? value : NaN;
}

function optNum(value: unknown): number | undefined {
  return value === undefined ? undefined : num(value);
}

/** The value if it is an array, else an empty one. */
export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The value if it is a string, else `fallback`. */
export function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

/** Shallow structural check of a host message (the host is trusted, but a malformed message must not throw). */
export function isHostMessage(value: unknown): value is HostToWebview {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  const obj = (v: unknown) => typeof v === 'object' && v !== null;
  switch (m.type) {
    case 'snapshot':
      return obj(m.snapshot);
    case 'metrics':
      return typeof m.runId === 'number' && obj(m.delta) && obj(m.progress);
    case 'progress':
      return typeof m.runId === 'number' && obj(m.progress);
    case 'diagnostics':
      return typeof m.runId === 'number' && Array.isArray(m.active);
    case 'boundary':
      return typeof m.runId === 'number' && obj(m.grid);
    case 'specChanged':
      return typeof m.changed === 'boolean';
    default:
      return false;
  }
}

/** A run's progress; an unknown state reads as `idle` and a missing count as 0. */
export function readProgress(value: unknown): Progress {
  const p = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const state = RUN_STATES.includes(p.state as RunState) ? (p.state as RunState) : 'idle';
  const trial = readTrial(p.trial);
  return { state, epoch: num(p.epoch) || 0, totalEpochs: num(p.totalEpochs) || 0, step: num(p.step) || 0, samplesPerSec: num(p.samplesPerSec) || 0, ...(trial && { trial }) };
}

/** The advice trial a progress message names, if it is well formed (code and fix title strings). */
function readTrial(value: unknown): TrialUnderWay | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { code, fix } = value as Record<string, unknown>;
  return typeof code === 'string' && typeof fix === 'string' ? { code: code as DiagnosticCode, fix } : undefined;
}

/** One epoch row, or undefined when it has no numeric epoch. */
export function readEpoch(value: unknown): EpochRow | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const e = value as Record<string, unknown>;
  if (typeof e.epoch !== 'number') return undefined;
  const row: EpochRow = { epoch: e.epoch, step: num(e.step), loss: num(e.loss) };
  // JSON turns NaN into null: an explicit null is a NaN value, an absent key is "not measured".
  const valLoss = optNum(e.valLoss), accuracy = optNum(e.accuracy), valAccuracy = optNum(e.valAccuracy);
  if (valLoss !== undefined) row.valLoss = valLoss;
  if (accuracy !== undefined) row.accuracy = accuracy;
  if (valAccuracy !== undefined) row.valAccuracy = valAccuracy;
  return row;
}

/** The timeline entries that are objects, each field read as its type. */
export function readTimeline(value: unknown): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  for (const item of arr(value)) {
    if (typeof item !== 'object' || item === null) continue;
    const t = item as Record<string, unknown>;
    out.push({ step: num(t.step), code: str(t.code), path: str(t.path), message: str(t.message) });
  }
  return out;
}

/** The diagnostics with a string code and message. */
export function readDiagnostics(value: unknown): Diagnostic[] {
  return arr(value).filter((d): d is Diagnostic => typeof d === 'object' && d !== null && typeof (d as Diagnostic).code === 'string' && typeof (d as Diagnostic).message === 'string');
}

/** The point a diverged run's weights went back to, if it names a step. */
export function readRestoredPoint(value: unknown): RestoredPoint | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  const step = num(r.step), epoch = num(r.epoch);
  if (!(step >= 0)) return undefined;
  return Number.isInteger(epoch) && epoch >= 0 ? { epoch, step } : { step };
}

/** A decision-boundary grid, or undefined when it has fewer values than `size × size`. */
export function readBoundary(value: unknown): BoundaryGrid | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const g = value as Record<string, unknown>;
  const size = num(g.size);
  const values = arr(g.values).map(num);
  if (!(size >= 1) || values.length < size * size) return undefined;
  const points = arr(g.points)
    .filter((p): p is { x: number; y: number; label: number } => typeof p === 'object' && p !== null)
    .map((p) => ({ x: num(p.x), y: num(p.y), label: num(p.label) }));
  return { size, xMin: num(g.xMin), xMax: num(g.xMax), yMin: num(g.yMin), yMax: num(g.yMax), values, points, classes: Math.max(2, num(g.classes) || 2) };
}

/** A layer's description, with a name made up from its position when none was sent. */
export function normalizeLayer(info: LayerInfo | undefined, position: number): LayerInfo {
  return {
    index: typeof info?.index === 'number' ? info.index : position,
    name: typeof info?.name === 'string' && info.name ? info.name : `layer ${position + 1}`,
    units: num(info?.units),
    activation: str(info?.activation),
    paramCount: num(info?.paramCount),
  };
}
