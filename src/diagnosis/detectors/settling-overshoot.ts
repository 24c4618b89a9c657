/**
 * The first steps of SGD on the full batch often overshoot and settle: the loss climbs for a few
 * epochs (plain SGD) or rings slowly as the momentum swings back (up to SETTLING_MOMENTUM), each step
 * changing the weights by a large share of themselves, and a few dozen steps later the run is fitting
 * well. An advice trial in those first steps compares a handful of steps, where any lower rate is
 * ahead, and confirms a warning whose advice loses the run: blind109, blind112, blind121, blind123,
 * blind124 and blind131's healthy specs drew `lr-too-high` at epochs 1 to 13, each cleared by epoch
 * 39, and over the full run a tenth or a third of the rate ends level or higher (and blind142's, at
 * momentum 0.95, at epoch 1). So `lr-too-high`'s trial waits for SETTLING_STEPS steps there, and a
 * warning whose condition has gone by then is never shown. A loss that zig-zags step by step is no such settling: it is the overshoot across the valley
 * that a rate too high for the curvature makes, and is judged at once (blind7's full-batch momentum
 * on sine, blind18's plain SGD 4 on iris).
 */
import { fullBatchRun, type DetectorContext } from './context';

/**
 * Steps (epochs, on the full batch) before `lr-too-high`'s trial may judge a settling overshoot: the
 * healthy ringing of the sets lasts up to 36 steps (blind112's plain SGD 2 on circles, the update
 * ratio above 20% until then; blind131's linear model under momentum, until 29). Over the 134 sets
 * (`bench/early-trial-survey.ts`), 40 and 64 clear the same six healthy specs and lose no catch; 64
 * takes the training `lr-too-high` off three more runs that end in `nan-loss`.
 */
export const SETTLING_STEPS = 40;

/**
 * The highest momentum whose first overshoot may settle: at 0.97 the ringing goes on for long
 * (blind104 oscillating-loss.momentum-0.97-full-batch-orders, caught only by this warning, swings with
 * a period of about ten epochs and does not zig-zag); at 0.95 a ringing fault zig-zags and is tried at
 * once (blind105 momentum-0.95-full-batch-germination), while blind142's healthy
 * exams-nesterov-0.95-full-batch-deep-relu rises once and falls. First set at the usual 0.9; raised to
 * 0.95 on blind142's warning, with no catch lost over the 142 sets (`bench/early-trial-survey.ts`).
 */
export const SETTLING_MOMENTUM = 0.95;

/** Consecutive loss changes of alternating sign that make a zig-zag: up, down, up (or down, up, down). */
export const ZIGZAG_CHANGES = 3;

/**
 * The epoch from which `lr-too-high`'s advice trial may judge this run: SETTLING_STEPS (at most half
 * the planned epochs) for full-batch SGD with momentum up to SETTLING_MOMENTUM whose loss does not
 * zig-zag; undefined when the trial may judge it now.
 */
export function settlingTrialEpoch(ctx: DetectorContext): number | undefined {
  const { type, momentum } = ctx.spec.optimizer;
  if (type !== 'sgd' || momentum > SETTLING_MOMENTUM || !fullBatchRun(ctx)) return undefined;
  if (zigZags(ctx.losses)) return undefined;
  const from = Math.min(SETTLING_STEPS, Math.ceil(ctx.spec.training.epochs / 2));
  return ctx.losses.length < from ? from : undefined;
}

/** Whether the last ZIGZAG_CHANGES loss changes alternate in sign. */
export function zigZags(losses: readonly number[]): boolean {
  const tail = losses.slice(-(ZIGZAG_CHANGES + 1));
  if (tail.length < ZIGZAG_CHANGES + 1) return false;
  const signs = tail.slice(1).map((loss, i) => Math.sign(loss - tail[i]));
  return signs.every((sign, i) => sign !== 0 && (i === 0 || sign === -signs[i - 1]));
}
