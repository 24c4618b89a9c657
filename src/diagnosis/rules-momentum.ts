/**
 * `oscillating-loss`, known before training: an SGD momentum so close to 1 that the velocity carries
 * the weights past the minimum and back for many steps. On a quadratic bowl of curvature h, momentum
 * m is underdamped whenever lr × h > (1 − √m)², which at 0.99 is 2.5e-5: for nearly any rate, and then
 * the distance to the minimum shrinks only by √m per step while it swings (0.995 at 0.99: about 200
 * steps to fall by e, against 20 at 0.9). The loss rises and falls in long waves instead of settling.
 */
import type { Diagnostic, SuggestedEdit } from '../spec/types';
import { diagnosticAt, fmt, RuleContext, runSteps } from './context';
import { USUAL_MOMENTUM } from './detectors/context';

/**
 * The momentum from which this rule speaks. Over the 48 sets, every spec with an SGD momentum of 0.98
 * or more is a fault (47: 45 at 0.99, 2 at 0.98; 43 count `oscillating-loss` as catching them, the
 * other 4 `lr-too-high`), and the largest momentum of a healthy spec is 0.9 (275 specs; none at 0.95,
 * which 15 faults use, so the healthy side above 0.9 is unmeasured). Before the rule, 6 of the 47 were
 * missed and 24 of the on-target ones caught only in training.
 */
export const SWINGING_MOMENTUM = 0.98;

/**
 * A swing that dies down before the run ends (`settlesWithinRun`) needs small carried steps and a run
 * many momentum memories long. The carried step is lr / (1 − m), what a steady descent moves per step;
 * the usual SGD (0.01 at 0.9) carries 0.1. The overshoot's envelope shrinks by √m a step, so by about
 * e^(−R/2) over a run of R memories (steps × (1 − m)): to 8% at 5, while blind44's full-batch faults
 * at 0.99, which the rule was drawn from, span 1 and 1.5. Session 39, over the 210 sets (`npx tsx
 * bench/momentum-settle-survey.ts`): 17 healthy specs at 0.98 to 0.995 carry 0.25 or less over 5
 * memories or more (SGD 0.001 to 0.005 on batches of 16 to 128, blind155 to blind178), against four
 * faults: three whose rate of 1e-7 or 5e-7 is out of range anyway, and blind21
 * oscillating-loss.momentum-099-batch-8 (0.1 over 41 memories), whose swings come from a raw
 * millivolt target through a saturated tanh layer. The nearest faults carry 0.3 (blind10's tanh net,
 * blind52's travel times) or run 2.5 memories or fewer.
 */
export const SETTLING_CARRIED_STEP = 0.25;

/** The run, in momentum memories (steps × (1 − m)), from which a swing has died down to under a tenth (e^(−2.5)). */
export const SETTLING_MEMORIES = 5;

/** Where the momentum rule speaks. */
export const MOMENTUM_PATH = '/optimizer/momentum';

/** Whether `d` is this rule's finding (which the probe's check may disprove: probe-momentum-check.ts). */
export function isMomentumRule(d: Diagnostic): boolean {
  return d.code === 'oscillating-loss' && d.path === MOMENTUM_PATH;
}

/**
 * `oscillating-loss` on `/optimizer/momentum` when SGD runs with SWINGING_MOMENTUM or more, unless its
 * small carried steps settle within the run (`settlesWithinRun`).
 */
export function swingingMomentum(ctx: RuleContext): Diagnostic[] {
  const { type, momentum, lr } = ctx.spec.optimizer;
  if (type !== 'sgd' || !(momentum >= SWINGING_MOMENTUM) || !(momentum < 1) || settlesWithinRun(ctx)) return [];
  const path = MOMENTUM_PATH;
  const memory = Math.round(1 / (1 - momentum));
  const message =
    `"momentum" ${fmt(momentum)} keeps ${fmt(100 * momentum)}% of every step in the next, so a steady descent moves ${memory} times the ` +
    `learning rate (${fmt(lr)}) per step, and an overshoot shrinks by a factor of e only every ${2 * memory} steps: the loss will swing ` +
    `in long waves instead of settling. ${momentumAdvice(ctx)}`;
  const suggestions: SuggestedEdit[] = [{ title: `Set "momentum" to ${USUAL_MOMENTUM}`, path, value: USUAL_MOMENTUM, preferred: true }];
  return [{ ...diagnosticAt(ctx.parsed, 'oscillating-loss', 'warning', path, message), suggestions }];
}

/**
 * What would let the written momentum settle: a lower rate, or, when the carried step is already
 * small enough, a run of more steps (the full batch at 0.99 takes one step an epoch).
 */
function momentumAdvice(ctx: RuleContext): string {
  const { momentum } = ctx.spec.optimizer;
  const run = runMemories(ctx);
  if (run && carriedStep(ctx) <= SETTLING_CARRIED_STEP) {
    const needed = Math.ceil(SETTLING_MEMORIES / (1 - momentum));
    const how = ctx.spec.training.batchSize > 1 ? 'more epochs or smaller batches' : 'more epochs';
    return (
      `This run takes ${run.steps} steps, where a swing needs about ${needed} to die down to under a tenth. ${USUAL_MOMENTUM} is the ` +
      `usual momentum; keep ${fmt(momentum)} only over ${needed} steps or more (${how}).`
    );
  }
  return `${USUAL_MOMENTUM} is the usual momentum; keep ${fmt(momentum)} only with a rate about ${Math.round((1 - USUAL_MOMENTUM) / (1 - momentum))} times lower.`;
}

/** The step a steady descent carries under the spec's momentum: lr / (1 − m). */
export function carriedStep(ctx: RuleContext): number {
  const { lr, momentum } = ctx.spec.optimizer;
  return lr / (1 - momentum);
}

/** The run's steps and how many momentum memories (1 / (1 − m) steps) they make; undefined before the data load. */
export function runMemories(ctx: RuleContext): { steps: number; memories: number } | undefined {
  if (!ctx.dataset) return undefined;
  const steps = runSteps(ctx.spec, ctx.dataset);
  return { steps, memories: steps * (1 - ctx.spec.optimizer.momentum) };
}

/**
 * Whether the run carries steps of SETTLING_CARRIED_STEP or less and lasts SETTLING_MEMORIES momentum
 * memories or more, so that a swing has died down before it ends. Unknown before the data load: the
 * rule speaks then, as it always has.
 */
export function settlesWithinRun(ctx: RuleContext): boolean {
  const run = runMemories(ctx);
  return run !== undefined && carriedStep(ctx) <= SETTLING_CARRIED_STEP && run.memories >= SETTLING_MEMORIES;
}
