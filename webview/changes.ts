/**
 * The parts of the panel a host message touched (PanelModel.apply returns them); messages that
 * arrive within one animation frame are merged so the view redraws each part once.
 */

/** What one message changed, so the view redraws only those parts. */
export interface Changes {
  /** A new snapshot replaced everything. */
  run: boolean;
  metrics: boolean;
  progress: boolean;
  diagnostics: boolean;
  boundary: boolean;
  specChanged: boolean;
}

/** A Changes with nothing changed. */
export function noChanges(): Changes {
  return { run: false, metrics: false, progress: false, diagnostics: false, boundary: false, specChanged: false };
}

/** ORs `more` into `into` (coalescing several messages into one frame). */
export function mergeChanges(into: Changes, more: Changes): Changes {
  for (const key of Object.keys(into) as (keyof Changes)[]) into[key] = into[key] || more[key];
  return into;
}

/** Whether anything changed at all. */
export function anyChange(c: Changes): boolean {
  return c.run || c.metrics || c.progress || c.diagnostics || c.boundary || c.specChanged;
}
