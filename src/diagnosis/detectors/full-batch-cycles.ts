/**
 * RMSprop on full batches: the loss climbs back to several times its best, again and again. Each
 * step divides the gradient by its recent size, so near the minimum the steps stay about the rate
 * long while the gradient shrinks; with every training row in each batch there is no sampling noise
 * to explain a rise, so a loss that keeps doubling is steps overshooting. The cycles are smooth
 * (a climb over a few epochs, then a slow fall), not the epoch-to-epoch zigzag `oscillatingLoss`
 * measures: blind86's backlog model under RMSprop 0.03 goes 0.07 → 0.25 → 0.07 → 0.17 → 0.07 of
 * its reference, its median swing 1–3% per epoch.
 */
import { fmt } from '../context';
import type { Diagnostic } from '../../spec/types';
import { DetectorContext, fullBatchRun, lowerLr, ofReference, setLr } from './context';

/** A rise counts when the loss reaches this multiple of the best before it… */
export const CYCLE_RISE_MULTIPLE = 2;
/** …and climbs by at least this share of the reference loss (a rise of a loss already near zero is no overshoot worth a warning). */
export const CYCLE_RISE_OF_REFERENCE = 0.03;
/** Rises, each returning to within 10% of the best before the next, that make the cycles. */
export const CYCLE_RISES = 2;
/** A rise ends once the loss is back within this multiple of the best. */
const CYCLE_RETURN_MULTIPLE = 1.1;
/** Epochs at the start that do not count: the first fall from the initial loss sets the best. */
const CYCLE_SKIPPED_EPOCHS = 5;

/** The rises found, with the largest, as multiples of the best before it. */
export interface FullBatchCycles {
  rises: number;
  largest: number;
}

/** Whether the run trains RMSprop on every training row at once, without dropout's random masks. */
function deterministicRmsprop(ctx: DetectorContext): boolean {
  const { spec } = ctx;
  return spec.optimizer.type === 'rmsprop' && fullBatchRun(ctx) && !spec.layers.some((layer) => layer.type === 'dropout');
}

/**
 * The cycles of the last `4 × lossWindow` epochs when there are `CYCLE_RISES` of them and the loss
 * was last above the rise bound within `2 × lossWindow` epochs (the cycles seen take 12 to 20 epochs:
 * the warning holds from one to the next); undefined otherwise. Reads a bounded window, so its cost
 * per epoch does not grow with the run.
 */
export function fullBatchCycles(ctx: DetectorContext): FullBatchCycles | undefined {
  const { losses, reference, config } = ctx;
  if (reference === undefined || !deterministicRmsprop(ctx)) return undefined;
  const start = Math.max(CYCLE_SKIPPED_EPOCHS, losses.length - 4 * config.lossWindow);
  if (losses.length - start < 2 * config.lossWindow) return undefined;
  let best = Infinity;
  let rising = false;
  let rises = 0;
  let largest = 0;
  let lastRise = -Infinity;
  for (let e = start - 1; e < losses.length; e++) {
    const loss = losses[e];
    if (e >= start && loss >= CYCLE_RISE_MULTIPLE * best && loss - best >= CYCLE_RISE_OF_REFERENCE * reference.loss) {
      if (!rising) rises++;
      rising = true;
      lastRise = e;
      largest = Math.max(largest, loss / best);
    } else if (loss < CYCLE_RETURN_MULTIPLE * best) rising = false;
    best = Math.min(best, loss);
  }
  if (rises < CYCLE_RISES || lastRise < losses.length - 2 * config.lossWindow) return undefined;
  return { rises, largest };
}

/** The `oscillating-loss` warning for full-batch RMSprop cycles, with the advice to lower the rate; undefined without them. */
export function fullBatchCyclesDiagnostic(ctx: DetectorContext): Diagnostic | undefined {
  const cycles = fullBatchCycles(ctx);
  if (!cycles || ctx.reference === undefined) return undefined;
  const { lr } = ctx.spec.optimizer;
  const suggested = lowerLr(ctx.spec, 3);
  const window = 4 * ctx.config.lossWindow;
  const message =
    `The loss is oscillating: in the last ${window} epochs it climbed back to ${CYCLE_RISE_MULTIPLE}× its best or more ${cycles.rises} times ` +
    `(at most ${fmt(cycles.largest)}×, each rise over ${ofReference(CYCLE_RISE_OF_REFERENCE, ctx.reference)}), ` +
    `on full batches, where no sampling noise explains a rise. RMSprop's steps stay about the rate however small the gradient, ` +
    `so near the minimum they overshoot it. Do: lower the learning rate (${fmt(lr)}; try ${fmt(suggested)}).`;
  return ctx.at('oscillating-loss', 'warning', '/optimizer/lr', message, [setLr(suggested)]);
}
