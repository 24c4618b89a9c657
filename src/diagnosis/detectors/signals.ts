/**
 * The statistics the runtime detectors judge, as pure functions of the epoch losses and layer
 * statistics: the detectors and `bench/detector-thresholds.ts` share them, so the margins the
 * benchmark prints are margins of exactly what the detectors compare with their thresholds.
 *
 * Loss figures are divided by a reference loss (what predicting the class prior or the target mean
 * costs, or the untrained network's loss if lower; see `baseline.ts`), called `baseline` here: that
 * makes them comparable across losses and data sets, and keeps a converged network, whose tiny loss
 * swings by large relative amounts, from looking unstable.
 */
import type { LayerStats } from '../../engine';

/** Epochs averaged as "the loss now" when comparing with the best loss: one epoch is too noisy. */
export const RECENT_EPOCHS = 3;

/** The largest update-to-weight ratio over the layers in the epoch's last step (0 if none). */
export function maxUpdateRatio(layers: readonly LayerStats[]): number {
  let max = 0;
  for (const layer of layers) if (layer.updateRatio > max || Number.isNaN(layer.updateRatio)) max = layer.updateRatio;
  return max;
}

/**
 * The lowest loss of `losses[from…to)` (Infinity if none; NaN epochs are skipped). A loop, never
 * `Math.min(...losses)`: spreading a long history overflows the call stack (150,000 epochs).
 */
export function minimum(losses: readonly number[], from: number, to: number): number {
  const start = Math.max(0, from);
  if (start === 0 && to > PREFIX_CACHE_FROM) {
    const at = bestIndex(losses, to);
    return at < 0 ? Infinity : losses[at];
  }
  let best = Infinity;
  for (let i = start; i < to; i++) if (losses[i] < best) best = losses[i];
  return best;
}

/**
 * Histories at least this long keep their running best (`bestIndex`): the detectors ask for "the
 * best before the recent epochs" several times an epoch, and a loop over the whole history each time
 * made a monitor's cost per epoch grow with the run. Shorter ones are scanned.
 */
const PREFIX_CACHE_FROM = 256;

/** Per history, the index of the best loss of `losses[0…i]` for each i known so far (-1: none yet). */
const runningBest = new WeakMap<readonly number[], number[]>();

/**
 * The index of the first lowest loss of `losses[0…to)`, -1 if none (all NaN, or `to` ≤ 0). Long
 * histories are cached per array, which assumes a history only grows (the monitor's do); a history
 * that shrank is measured afresh.
 */
export function bestIndex(losses: readonly number[], to: number): number {
  const end = Math.min(to, losses.length);
  if (end <= 0) return -1;
  if (end <= PREFIX_CACHE_FROM) {
    let at = -1;
    for (let i = 0; i < end; i++) if (losses[i] < (at < 0 ? Infinity : losses[at])) at = i;
    return at;
  }
  let prefix = runningBest.get(losses);
  if (prefix === undefined || prefix.length > losses.length) runningBest.set(losses, (prefix = []));
  for (let i = prefix.length; i < end; i++) {
    const before = i > 0 ? prefix[i - 1] : -1;
    prefix.push(losses[i] < (before < 0 ? Infinity : losses[before]) ? i : before);
  }
  return prefix[end - 1];
}

/** Per history and window width, the lowest `width`-epoch mean of `losses[0…i]` for each i known so far. */
const runningLowestMean = new WeakMap<readonly number[], Map<number, number[]>>();

/**
 * The lowest mean of `width` consecutive losses within `losses[0…to)` (Infinity when fewer than
 * `width`, windows with a non-finite loss skipped): where a run stood at its best, not its luckiest epoch. Kept per history as it grows,
 * like `bestIndex`, so a detector asking every epoch does not rescan a long run.
 */
export function lowestMean(losses: readonly number[], width: number, to: number): number {
  const end = Math.min(to, losses.length);
  if (end < width) return Infinity;
  let byWidth = runningLowestMean.get(losses);
  if (byWidth === undefined) runningLowestMean.set(losses, (byWidth = new Map()));
  let prefix = byWidth.get(width);
  if (prefix === undefined || prefix.length > losses.length) byWidth.set(width, (prefix = []));
  for (let i = prefix.length; i < end; i++) {
    let mean = Infinity;
    if (i + 1 >= width) {
      let sum = 0;
      for (let k = i + 1 - width; k <= i; k++) sum += losses[k];
      mean = sum / width;
    }
    // A window holding a non-finite epoch stands nowhere (Math.min would carry its NaN to every later i).
    if (!Number.isFinite(mean)) mean = Infinity;
    prefix.push(i > 0 ? Math.min(prefix[i - 1], mean) : mean);
  }
  return prefix[end - 1];
}

/**
 * How much the best loss improved over the last `window` epochs, as a fraction of the baseline:
 * (best before the window − best now) / baseline. Undefined until `window` + 1 epochs are known.
 */
export function windowImprovement(losses: readonly number[], window: number, baseline: number): number | undefined {
  if (losses.length <= window) return undefined;
  const before = minimum(losses, 0, losses.length - window);
  return (before - minimum(losses, 0, losses.length)) / baseline;
}

/** The best loss of the last `window` epochs over the baseline. Undefined until the window is full. */
export function windowBestRatio(losses: readonly number[], window: number, baseline: number): number | undefined {
  if (losses.length < window) return undefined;
  return minimum(losses, losses.length - window, losses.length) / baseline;
}

/**
 * Among the last `window` epoch-to-epoch changes of the loss, the fraction of consecutive pairs that
 * change direction (up then down, or down then up). Undefined until `window` + 1 epochs are known.
 */
export function flipFraction(losses: readonly number[], window: number): number | undefined {
  if (losses.length <= window || window < 2) return undefined;
  let flips = 0;
  const start = losses.length - window;
  for (let i = start + 1; i < losses.length; i++) {
    const before = losses[i - 1] - losses[i - 2];
    const after = losses[i] - losses[i - 1];
    if (before * after < 0) flips++;
  }
  return flips / (window - 1);
}

/**
 * The median size of the last `window` epoch-to-epoch changes of the loss, over the baseline. The
 * median, not the mean: one spike in an otherwise steady run is not an oscillation.
 */
export function medianSwing(losses: readonly number[], window: number, baseline: number): number | undefined {
  if (losses.length <= window) return undefined;
  const swings: number[] = [];
  for (let i = losses.length - window; i < losses.length; i++) swings.push(Math.abs(losses[i] - losses[i - 1]));
  return median(swings) / baseline;
}

/** The median of `values` (NaN when there are none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * How far the loss has climbed away from its best: the lowest loss of the last RECENT_EPOCHS epochs
 * minus the best loss before them, over the baseline. The lowest, so that every recent epoch sits
 * that high (one spike is not a climb); a run that keeps improving has a negative rise. Undefined
 * until RECENT_EPOCHS + 1 epochs are known.
 */
export function riseFromBest(losses: readonly number[], baseline: number): number | undefined {
  if (losses.length <= RECENT_EPOCHS) return undefined;
  const split = losses.length - RECENT_EPOCHS;
  return (minimum(losses, split, losses.length) - minimum(losses, 0, split)) / baseline;
}

/**
 * The same climb as a multiple of the best loss: the lowest loss of the last `recent` epochs
 * (RECENT_EPOCHS by default) over the best loss before them. Scale-free, so it sees a run that
 * learnt well and then bounces back to several times its best, whose climb is small beside the
 * reference. Undefined until `recent` + 1 epochs are known, or when the best loss is not positive.
 */
export function riseMultiple(losses: readonly number[], recent = RECENT_EPOCHS): number | undefined {
  if (losses.length <= recent) return undefined;
  const split = losses.length - recent;
  const best = minimum(losses, 0, split);
  return best > 0 ? minimum(losses, split, losses.length) / best : undefined;
}

/**
 * Whether the loss since its best (the best before the last RECENT_EPOCHS epochs) is one smooth
 * overshoot that is recovering: it rose without a dip for at most `maxRise` epochs, and if it turned,
 * it has fallen at every epoch since. Adam or momentum carried past the minimum after a fast descent
 * does this once and recovers (the final set's full-batch dose-response regression: 0.073 → 0.209 →
 * 0.066 over 20 epochs, one turn); a rate too high makes the loss bounce, changing direction again and
 * again, or keeps it up: a climb longer than `maxRise`, or a fall that stops above the best.
 */
export function smoothOvershoot(losses: readonly number[], maxRise: number): boolean {
  if (losses.length <= RECENT_EPOCHS) return false;
  const split = losses.length - RECENT_EPOCHS;
  const bestAt = Math.max(0, bestIndex(losses, split));
  let turnedAt: number | undefined;
  for (let i = bestAt + 1; i < losses.length; i++) {
    const step = losses[i] - losses[i - 1];
    // A climb longer than maxRise already fails: stop reading a long history there.
    if (turnedAt === undefined && i - 1 - bestAt > maxRise) return false;
    if (turnedAt === undefined && step < 0) turnedAt = i;
    // After the turn every epoch must be lower: a bump, or a stop, is no recovery.
    else if (turnedAt !== undefined && !(step < 0)) return false;
  }
  return (turnedAt ?? losses.length) - 1 - bestAt <= maxRise && (turnedAt === undefined || turnedAt - 1 > bestAt);
}

/**
 * How far the loss fell over the last `epochs` epochs: the best loss of those epochs over the best
 * before them (below 1 when it fell). Undefined until `epochs` + 1 epochs are known.
 */
export function recentFall(losses: readonly number[], epochs: number): number | undefined {
  if (losses.length <= epochs) return undefined;
  const split = losses.length - epochs;
  const before = minimum(losses, 0, split);
  return before > 0 ? minimum(losses, split, losses.length) / before : undefined;
}
