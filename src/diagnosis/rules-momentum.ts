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
import { LR_RANGES } from './rules-training';

/**
 * The momentum from which this rule speaks. Over the 48 sets, every spec with an SGD momentum of 0.98
 * or more is a fault (47: 45 at 0.99, 2 at 0.98; 43 count `oscillating-loss` as catching them, the
 * other 4 `lr-too-high`), and the largest momentum of a healthy spec is 0.9 (275 specs; none at 0.95,
 * which 15 faults use, so the healthy side above 0.9 is unmeasured). Before the rule, 6 of the 47 were
 * missed and 24 of the on-target ones caught only in training.
 */
export const SWINGING_MOMENTUM = 0.98;

/** `oscillating-loss` on `/optimizer/momentum` when SGD runs with SWINGING_MOMENTUM or more. */
export function swingingMomentum(ctx: RuleContext): Diagnostic[] {
  const { type, momentum, lr } = ctx.spec.optimizer;
  if (type !== 'sgd' || !(momentum >= SWINGING_MOMENTUM) || !(momentum < 1)) return [];
  const path = '/optimizer/momentum';
  const memory = Math.round(1 / (1 - momentum));
  const message =
    `"momentum" ${fmt(momentum)} keeps ${fmt(100 * momentum)}% of every step in the next, so a steady descent moves ${memory} times the ` +
    `learning rate (${fmt(lr)}) per step and an overshoot takes about ${memory} steps to die down: the loss will swing in long waves ` +
    `instead of settling. ${USUAL_MOMENTUM} is the usual momentum; keep ${fmt(momentum)} only with a rate about ` +
    `${Math.round((1 - USUAL_MOMENTUM) / (1 - momentum))} times lower.`;
  const suggestions: SuggestedEdit[] = [{ title: `Set "momentum" to ${USUAL_MOMENTUM}`, path, value: USUAL_MOMENTUM, preferred: true }];
  return [{ ...diagnosticAt(ctx.parsed, 'oscillating-loss', 'warning', path, message), suggestions }];
}

/**
 * The step, in multiples of the rate, at which SGD with momentum m moves once its gradients agree:
 * 1/(1 − m), so the rate × this is the plain-SGD rate it moves like.
 */
function momentumGain(momentum: number): number {
  return 1 / (1 - momentum);
}

/**
 * The plain-SGD rate (lr / (1 − momentum)) from which a momentum run's steps overshoot. Over the 48
 * sets, the momentum runs that train well move like plain SGD at 5 or less (at most lr 0.5 with 0.9:
 * 11 specs, sigmoid hidden layers or full batches, beside 34 faults), and the 42 momentum runs below
 * 0.98 that move like 8 or more (lr 0.8 at 0.9, 0.4 at 0.95) are all faults, every one counting
 * `lr-too-high` as catching it. Of the 25 whose rate is within the plain range (lr ≤ 1), 17 were
 * caught only by the probe and 8 only in training. Plain SGD's own bound is `LR_RANGES.sgd.high`, 1.
 */
export const OVERSHOOTING_MOMENTUM_RATE = 8;

/**
 * `lr-too-high` on `/optimizer/lr` when SGD's rate times its momentum gain reaches
 * OVERSHOOTING_MOMENTUM_RATE while the rate itself looks ordinary: above the plain range
 * `lr-out-of-range` speaks, and from SWINGING_MOMENTUM the momentum rule does. The probe's measured
 * finding on the rate replaces it (`withProbeFindings`).
 */
export function momentumRateTooHigh(ctx: RuleContext): Diagnostic[] {
  const { type, momentum, lr } = ctx.spec.optimizer;
  if (type !== 'sgd' || !(momentum > 0) || momentum >= SWINGING_MOMENTUM || lr > LR_RANGES.sgd.high) return [];
  const gain = momentumGain(momentum);
  // 1 − 0.95 is 0.04999…: a relative tolerance keeps lr 0.4 at 0.95 on the bound it sits on.
  if (!(lr * gain >= OVERSHOOTING_MOMENTUM_RATE * (1 - 1e-9))) return [];
  const lower = Number((lr / 10).toPrecision(2));
  const path = '/optimizer/lr';
  const message =
    `lr ${fmt(lr)} with "momentum" ${fmt(momentum)}: once the gradients agree, the velocity moves the weights ${fmt(gain)} times the ` +
    `rate per step, as plain SGD at lr ${fmt(lr * gain)} would, and steps that large overshoot: the loss will swing or climb ` +
    `instead of settling. Momentum runs that train well move like plain SGD at 5 or less; try ${fmt(lower)}, a tenth of the rate.`;
  const suggestions: SuggestedEdit[] = [{ title: `Set "lr" to ${lower}`, path, value: lower, preferred: true }];
  return [{ ...diagnosticAt(ctx.parsed, 'lr-too-high', 'warning', path, message), suggestions }];
}
