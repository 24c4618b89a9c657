/**
 * `oscillating-loss`, known before training: an SGD momentum so close to 1 that the velocity carries
 * the weights past the minimum and back for many steps. On a quadratic bowl of curvature h, momentum
 * m is underdamped whenever lr × h > (1 − √m)², which at 0.99 is 2.5e-5: for nearly any rate, and then
 * the distance to the minimum shrinks only by √m per step while it swings (0.995 at 0.99: about 200
 * steps to fall by e, against 20 at 0.9). The loss rises and falls in long waves instead of settling.
 */
import type { Diagnostic, SuggestedEdit } from '../spec/types';
import { diagnosticAt, fmt, RuleContext } from './context';
import { USUAL_MOMENTUM } from './detectors/context';

/**
 * The momentum from which this rule speaks. Over the 48 sets, every spec with an SGD momentum of 0.98
 * or more is a fault (47: 45 at 0.99, 2 at 0.98; 43 count `oscillating-loss` as catching them, the
 * other 4 `lr-too-high`), and the largest momentum of a healthy spec is 0.9 (275 specs; none at 0.95,
 * which 15 faults use, so the healthy side above 0.9 is unmeasured). Before the rule, 6 of the 47 were
 * missed and 24 of the on-target ones caught only in training.
 */
export const SWINGING_MOMENTUM = 0.98;

/** Where the momentum rule speaks. */
export const MOMENTUM_PATH = '/optimizer/momentum';

/** Whether `d` is this rule's finding (which the probe's check may disprove: probe-momentum-check.ts). */
export function isMomentumRule(d: Diagnostic): boolean {
  return d.code === 'oscillating-loss' && d.path === MOMENTUM_PATH;
}

/** `oscillating-loss` on `/optimizer/momentum` when SGD runs with SWINGING_MOMENTUM or more. */
export function swingingMomentum(ctx: RuleContext): Diagnostic[] {
  const { type, momentum, lr } = ctx.spec.optimizer;
  if (type !== 'sgd' || !(momentum >= SWINGING_MOMENTUM) || !(momentum < 1)) return [];
  const path = MOMENTUM_PATH;
  const memory = Math.round(1 / (1 - momentum));
  const message =
    `"momentum" ${fmt(momentum)} keeps ${fmt(100 * momentum)}% of every step in the next, so a steady descent moves ${memory} times the ` +
    `learning rate (${fmt(lr)}) per step and an overshoot takes about ${memory} steps to die down: the loss will swing in long waves ` +
    `instead of settling. ${USUAL_MOMENTUM} is the usual momentum; keep ${fmt(momentum)} only with a rate about ` +
    `${Math.round((1 - USUAL_MOMENTUM) / (1 - momentum))} times lower.`;
  const suggestions: SuggestedEdit[] = [{ title: `Set "momentum" to ${USUAL_MOMENTUM}`, path, value: USUAL_MOMENTUM, preferred: true }];
  return [{ ...diagnosticAt(ctx.parsed, 'oscillating-loss', 'warning', path, message), suggestions }];
}
