/**
 * Swings measured against the loss's own level, for Adam and RMSprop on small mini-batches.
 *
 * `oscillating-loss` measures a window's median epoch-to-epoch change against the reference loss
 * (`oscillationSwing`, 13%). That suits steps that shrink with the gradient. Adam's and RMSprop's
 * steps keep about the size of the rate however small the gradient gets, so on batches of a few rows
 * a rate too high leaves the loss bouncing around a floor set by the rate, well below the reference:
 * swings of a quarter of its own level or more that stay under 13% of the reference (blind207
 * oscillating-loss.adam-small-batches, blind217 oscillating-loss.adam-0.05-batch-4: Adam at batch 4).
 * Healthy runs bounce as much relative to their level only once they have fitted, near their noise
 * floor (a sine fit at 0.01 of the reference); while they stand at a tenth of the reference or more,
 * their swings stay smaller. Measured with `npx tsx bench/small-batch-swing-survey.ts` and, before and
 * after, `bench/spec-outcomes.ts` on the 141 specs of the 230 sets where the bounds are met: nine missed
 * faults caught, no healthy spec's warnings changed (docs/diagnostics.md, oscillating-loss).
 */
import { fmt } from '../context';
import { NOISY_RATE_MULTIPLE } from '../rules-noisy-steps';
import { LR_RANGES } from '../rules-training';
import type { DetectorContext } from './context';
import { flipFraction, median, medianSwing } from './signals';

/** Batches of at most this many rows are the small batches the rule judges. */
export const SMALL_BATCH = 8;

/** A swing against the loss's own level: the window's median epoch change and its median loss. */
export interface LevelSwing {
  swing: number;
  level: number;
}

/**
 * The window's swing against its own level, when the run is Adam or RMSprop on mini-batches of at
 * most SMALL_BATCH rows at NOISY_RATE_MULTIPLE times the optimizer's typical rate or more (0.01, the
 * bound `rules-noisy-steps.ts` uses at batches of one or two: below it the steps are too small to be
 * what swings, and healthy sine fits at 0.002 and 0.003 meet the other bounds early in their runs),
 * its loss changed direction in more than `oscillationFlips` of the window's epochs, the median change
 * is `oscillationLevelSwing` (20%) of the median loss or more, and that loss is `oscillationLevelFloor`
 * (10%) of the reference or more; otherwise undefined.
 */
export function levelSwing(ctx: DetectorContext): LevelSwing | undefined {
  const { spec, config, losses, reference } = ctx;
  const { type, lr } = spec.optimizer;
  const adaptive = (type === 'adam' || type === 'rmsprop') && lr >= NOISY_RATE_MULTIPLE * LR_RANGES[type].typical;
  const miniBatch = ctx.plannedSteps !== undefined && ctx.plannedSteps > spec.training.epochs;
  if (!adaptive || !miniBatch || spec.training.batchSize > SMALL_BATCH || reference === undefined) return undefined;
  const flips = flipFraction(losses, config.lossWindow);
  if (flips === undefined || !(flips > config.oscillationFlips)) return undefined;
  const found = { swing: medianSwing(losses, config.lossWindow, 1) ?? 0, level: median(losses.slice(-config.lossWindow)) };
  const swings = found.swing >= config.oscillationLevelSwing * found.level;
  return swings && found.level >= config.oscillationLevelFloor * reference.loss ? found : undefined;
}

/** The evidence of a `levelSwing` in words, with the numbers and the bounds. */
export function levelSwingText(found: LevelSwing, ctx: DetectorContext): string {
  const { type } = ctx.spec.optimizer;
  const name = type === 'adam' ? 'Adam' : 'RMSprop';
  const { reference, config } = ctx;
  const standing = reference ? `${reference.what}, ${fmt(reference.loss)}: it is at ${fmt(100 * found.level / reference.loss)}%` : 'the reference';
  return (
    `by a median ${fmt(found.swing)} per epoch around a loss of ${fmt(found.level)}, ${fmt(100 * found.swing / found.level)}% of that level ` +
    `(threshold ${fmt(100 * config.oscillationLevelSwing)}%, judged while the loss stays at ${fmt(100 * config.oscillationLevelFloor)}% or more of ${standing}). ` +
    `${name}'s steps keep about the size of the rate however small the gradient, ` +
    `so on batches of ${ctx.spec.training.batchSize} rows a rate too high keeps the loss bouncing`
  );
}
