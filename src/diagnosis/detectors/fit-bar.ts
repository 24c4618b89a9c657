/**
 * The bar a fix of a climb out of a fit must clear. Training's `lr-too-high` on a loss that climbs
 * back out of a fitted run is tried as any warning: each fix trains from scratch for the E epochs the
 * run has, and one that stands `adviceGain` lower than the run now confirms it. But "now" is the top
 * of the climb, and a run in Adam's or momentum's now-and-then bump stands high there for a few epochs
 * and then comes back: a fix that only avoids the bump wins at E and loses the run (blind282
 * ok.circles-uniform-init: `"clipNorm": 1` 0.0148 against 0.0448 at epoch 108, the run back to its
 * best at 116 and ending level; blind284 ok.spirals-deep-adam: lr 0.001 0.105 against 0.219 at 317,
 * ending 1.65 times higher). A lower rate that cures a rate too high fits at least as well as the run
 * had fitted before its climb: so such a fix must also stand under the run's best standing loss before
 * the climb. Only for a run that had fitted (a climb from far above that is the run failing to learn).
 */
import { fittedLevel } from './progress';
import type { DetectorContext } from './context';
import { lowestMean, RECENT_EPOCHS } from './signals';
import { TRIAL_TAIL_EPOCHS } from './advice-trial';

/**
 * The run's best standing loss (its lowest mean of TRIAL_TAIL_EPOCHS epochs, as a trial stands a fix)
 * before its last RECENT_EPOCHS, when that is at its fitted level (`fittedLevel`); undefined otherwise.
 */
export function fittedBestBefore(ctx: DetectorContext): number | undefined {
  if (ctx.reference === undefined) return undefined;
  const best = lowestMean(ctx.losses, TRIAL_TAIL_EPOCHS, ctx.losses.length - RECENT_EPOCHS);
  return best / ctx.reference.loss <= fittedLevel(ctx.reference) ? best : undefined;
}
