/**
 * `lr-too-high`, known before training: a rate inside the optimizer's plain range (`lr-out-of-range`)
 * that the optimizer's own dynamics turn into steps too large. SGD's momentum multiplies its step by
 * up to 1/(1 − m) once the gradients agree; RMSprop, which has no bias correction, divides its first
 * gradients by the root of a running square that starts at zero, so its first steps move every weight
 * by about lr/√(1 − ρ), 3.2 times the rate. These are rules of thumb: the probe measures the rate, and
 * its finding replaces theirs (`withProbeFindings`).
 */
import { RMSPROP_RHO } from '../engine/optimizers';
import type { Diagnostic, SuggestedEdit } from '../spec/types';
import { diagnosticAt, fmt, roundLr, RuleContext, trainingRows } from './context';
import { SWINGING_MOMENTUM } from './rules-momentum';
import { sensibleLrRange } from './rules-training';

const RATE_PATH = '/optimizer/lr';

/**
 * The plain-SGD rate (lr / (1 − momentum)) from which a momentum run's steps overshoot. Over the 48
 * sets, the momentum runs that train well move like plain SGD at 5 or less (at most lr 0.5 with 0.9:
 * 11 specs, sigmoid hidden layers or full batches, beside 34 faults), and the 42 momentum runs below
 * 0.98 that move like 8 or more (lr 0.8 at 0.9, 0.4 at 0.95) are all faults, every one counting
 * `lr-too-high` as catching it. Of the 25 whose rate is within the plain range (lr ≤ 1), 17 were
 * caught only by the probe and 8 only in training. Plain SGD's own bound is `LR_RANGES.sgd.high`, 1.
 *
 * Not on a full batch: the gain is what the velocity makes of gradients that agree from step to step,
 * and of mini-batch noise; without noise, heavy-ball momentum stays stable on a curvature h up to
 * lr·h < 2(1 + m), a larger rate than plain SGD's 2/h, so the gain alone says nothing there. Over the
 * 78 sets, every spec at an effective 8 or more trains on batches of at most 64 of 150 rows or more
 * but one: blind78's healthy fit-fullbatch-sgd-momentum (0.5 with 0.95, all 420 rows), which its
 * advice makes worse (0.2410 against 0.1364 after 150 epochs). The three full-batch momentum faults
 * (blind50, blind53, blind59) run at an effective 5 or 6, which the rule never reached.
 */
export const OVERSHOOTING_MOMENTUM_RATE = 8;

/**
 * The RMSprop rate from which its first steps overshoot: 0.08 moves every weight by 0.25 on the first
 * step. Over the 48 sets, RMSprop runs that train well use 0.05 or less (one at 0.05, a full-batch
 * regression; one at 0.03; most at 0.01), and the 18 at 0.08 to 0.1 (the top of the plain range) are
 * all faults counting `lr-too-high` as catching them (before this rule: 2 missed, 5 caught only in
 * training, 10 only by the probe). Adam's bias correction keeps its first steps at the rate, which
 * is why healthy Adam runs go up to 0.1.
 */
export const OVERSHOOTING_RMSPROP_RATE = 0.08;

/** `lr-too-high` on the rate when a momentum gain or RMSprop's first steps make a rate within the plain range overshoot. */
export function rateTooHighForOptimizer(ctx: RuleContext): Diagnostic[] {
  const { type, lr } = ctx.spec.optimizer;
  const { high, scale } = sensibleLrRange(ctx);
  if (!(lr <= high)) return []; // `lr-out-of-range` speaks
  const message = type === 'sgd' ? momentumOvershoot(ctx) : type === 'rmsprop' ? rmspropOvershoot(lr, scale) : undefined;
  if (message === undefined) return [];
  const lower = roundLr(lr / 10);
  const suggestions: SuggestedEdit[] = [{ title: `Set "lr" to ${lower}`, path: RATE_PATH, value: lower, preferred: true }];
  const advice = ` Try ${fmt(lower)}, a tenth of the rate.`;
  return [{ ...diagnosticAt(ctx.parsed, 'lr-too-high', 'warning', RATE_PATH, message + advice), suggestions }];
}

/**
 * Why SGD's rate overshoots under its momentum, or undefined: from SWINGING_MOMENTUM the momentum rule
 * speaks instead.
 */
function momentumOvershoot(ctx: RuleContext): string | undefined {
  const { momentum, lr } = ctx.spec.optimizer;
  if (!(momentum > 0) || momentum >= SWINGING_MOMENTUM || isFullBatch(ctx)) return undefined;
  const gain = 1 / (1 - momentum);
  // 1 − 0.95 is 0.04999…: a relative tolerance keeps lr 0.4 at 0.95 on the bound it sits on.
  if (!(lr * gain >= OVERSHOOTING_MOMENTUM_RATE * (1 - 1e-9))) return undefined;
  return (
    `lr ${fmt(lr)} with "momentum" ${fmt(momentum)}: once the gradients agree, the velocity moves the weights ${fmt(gain)} times the ` +
    `rate per step, as plain SGD at lr ${fmt(lr * gain)} would, and steps that large overshoot: the loss will swing or climb ` +
    'instead of settling. Momentum runs that train well move like plain SGD at 5 or less.'
  );
}

/** Whether every step sees all the training rows; before the data are loaded, not known, and the rule speaks as it always has. */
function isFullBatch(ctx: RuleContext): boolean {
  const rows = trainingRows(ctx);
  return rows !== undefined && ctx.spec.training.batchSize >= rows;
}

/**
 * Why RMSprop's rate overshoots on its first steps, or undefined. The bound scales as the plain range
 * does (`sensibleLrRange`): a lone output layer must grow its weights to the targets' scale.
 */
function rmspropOvershoot(lr: number, scale: number): string | undefined {
  if (!(lr >= OVERSHOOTING_RMSPROP_RATE * scale)) return undefined;
  const gain = 1 / Math.sqrt(1 - RMSPROP_RHO);
  return (
    `RMSprop at lr ${fmt(lr)}: it divides each gradient by the root of a running average of its squares, which starts at zero, ` +
    `so its first steps move every weight by about ${fmt(gain)} times the rate (${fmt(gain * lr)}), as does any step where a ` +
    'gradient suddenly grows; steps that large overshoot, and the loss jumps or climbs instead of settling. RMSprop runs ' +
    'that train well use 0.05 or less.'
  );
}
