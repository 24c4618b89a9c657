/** The per-layer statistic columns the panel keeps, and empty or NaN-padded sets of them. */
import type { LayerSeries } from '../src/protocol';

/** The per-layer columns, in the order the model, charts and saved state use them. */
export const SERIES_KEYS = ['gradNorm', 'weightNorm', 'updateRatio', 'deadFraction', 'saturatedFraction'] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

/** A layer with no values in any column. */
export function emptySeries(): LayerSeries {
  return { gradNorm: [], weightNorm: [], updateRatio: [], deadFraction: [], saturatedFraction: [] };
}

/** A layer for which no column has carried a value yet. */
export function noPresence(): Record<SeriesKey, boolean> {
  return { gradNorm: false, weightNorm: false, updateRatio: false, deadFraction: false, saturatedFraction: false };
}

/** A layer that joins late: every column NaN for the `length` rows already kept, so rows stay aligned. */
export function paddedSeries(length: number): LayerSeries {
  const s = emptySeries();
  for (const key of SERIES_KEYS) s[key] = new Array<number>(length).fill(NaN);
  return s;
}
