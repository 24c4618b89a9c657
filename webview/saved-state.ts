/**
 * What the panel keeps with `setState` so a reloaded window shows it at once: the last run
 * (downsampled), the learning-rate finder's curve and the panel's own settings. `getState` hands
 * back whatever an older version (or a damaged store) saved, so everything is validated on the way
 * in: an unusable part is dropped, never thrown on.
 */
import type { LrFinderCurve, LrFinderRunRace, PanelSnapshot } from '../src/protocol';
import type { PanelModel } from './state';

/** Everything `setState` keeps. */
export interface SavedState {
  version: 1;
  /** The spec this panel shows, kept even before any run: the host's serializer reads it after a reload. */
  specUri?: string;
  snapshot: PanelSnapshot | undefined;
  /** The last curve of "Find Learning Rate": the host does not resend it after a window reload. */
  lrFinder?: LrFinderCurve;
  ui: UiSettings;
}

export interface UiSettings {
  /** Loss chart on a log axis. */
  lossLog: boolean;
}

export const DEFAULT_UI: UiSettings = { lossLog: false };

/** Longest learning-rate curve accepted (the finder takes 100 steps). */
export const MAX_LR_FINDER_POINTS = 10_000;

export function makeSavedState(model: PanelModel, ui: UiSettings, lrFinder?: LrFinderCurve): SavedState {
  return {
    version: 1,
    specUri: model.specUri || undefined,
    snapshot: model.hasRun ? model.compactSnapshot() : undefined,
    ...(lrFinder && { lrFinder }),
    ui: { ...ui },
  };
}

/** Reads what `getState` returned (anything, possibly from an older version): undefined if unusable. */
export function readSavedState(value: unknown): SavedState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (v.version !== 1) return undefined;
  const ui = (typeof v.ui === 'object' && v.ui !== null ? v.ui : {}) as Record<string, unknown>;
  const snapshot = typeof v.snapshot === 'object' && v.snapshot !== null ? (v.snapshot as PanelSnapshot) : undefined;
  const lrFinder = readLrFinderCurve(v.lrFinder);
  return { version: 1, snapshot, ...(lrFinder && { lrFinder }), ui: { lossLog: ui.lossLog === true } };
}

/**
 * A learning-rate curve the card can draw, or undefined: at least two points, rates positive and
 * strictly increasing, one finite loss per rate, and a suggestion index (if any) on the curve.
 */
export function readLrFinderCurve(value: unknown): LrFinderCurve | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const c = value as Record<string, unknown>;
  const lrs = finiteArray(c.lrs), losses = finiteArray(c.losses);
  if (!lrs || !losses || lrs.length < 2 || lrs.length !== losses.length || lrs.length > MAX_LR_FINDER_POINTS) return undefined;
  if (!(lrs[0] > 0) || lrs.some((lr, i) => i > 0 && !(lr > lrs[i - 1]))) return undefined;
  if (typeof c.optimizer !== 'string' || typeof c.rule !== 'string' || !isPositive(c.specLr) || !isCount(c.sampleRows)) return undefined;
  const curve: LrFinderCurve = { optimizer: c.optimizer, specLr: c.specLr, lrs, losses, rule: c.rule, stoppedEarly: c.stoppedEarly === true, sampleRows: c.sampleRows };
  // The suggestion is kept only with its place on the curve: the card marks it there.
  if (isPositive(c.suggestion) && isCount(c.suggestionIndex) && c.suggestionIndex < lrs.length) {
    curve.suggestion = c.suggestion;
    curve.suggestionIndex = c.suggestionIndex;
  }
  const runRace = readRunRace(c.runRace, lrs.length);
  if (runRace) curve.runRace = runRace;
  return curve;
}

/** A short run's race of the two rules, or undefined: both indices on the curve, losses finite where given. */
function readRunRace(value: unknown, points: number): LrFinderRunRace | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Record<string, unknown>;
  const onCurve = (i: unknown): i is number => isCount(i) && i < points;
  const lossOk = (l: unknown) => l === undefined || (typeof l === 'number' && Number.isFinite(l));
  if (!isCount(r.steps) || r.steps === 0 || !onCurve(r.valleyIndex) || !onCurve(r.minimumIndex) || typeof r.summary !== 'string') return undefined;
  if (!lossOk(r.valleyLoss) || !lossOk(r.minimumLoss)) return undefined;
  const race: LrFinderRunRace = { steps: r.steps, valleyIndex: r.valleyIndex, minimumIndex: r.minimumIndex, summary: r.summary };
  if (typeof r.valleyLoss === 'number') race.valleyLoss = r.valleyLoss;
  if (typeof r.minimumLoss === 'number') race.minimumLoss = r.minimumLoss;
  return race;
}

function finiteArray(value: unknown): number[] | undefined {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'number' && Number.isFinite(v))) return undefined;
  return value.slice() as number[];
}

function isPositive(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
