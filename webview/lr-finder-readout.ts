/**
 * What the learning-rate finder's legend reads. Under the cursor, the point it is on; off the plot,
 * the suggested point, the one the card is about, rather than a dash: its rate as offered (the
 * caption's and the quick fix's `offeredLr`) and its smoothed loss.
 */
import { LrFinderCurve, offeredLr } from '../src/protocol';
import { formatValue } from './values';

/** The legend's text for series `seriesIdx` (0: the rate, 1: the smoothed loss) at cursor index `idx` (null off the plot). */
export function lrFinderReadout(curve: LrFinderCurve, seriesIdx: number, raw: number | null, idx: number | null | undefined): string {
  if (idx !== null && idx !== undefined) return formatValue(raw);
  const at = curve.suggestionIndex;
  if (at === undefined || at < 0 || at >= curve.lrs.length) return formatValue(null);
  return formatValue(seriesIdx === 0 ? offeredLr(curve) ?? curve.lrs[at] : curve.losses[at]);
}
