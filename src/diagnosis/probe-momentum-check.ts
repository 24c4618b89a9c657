/**
 * The probe's look at the static momentum rule (`rules-momentum.ts`: `oscillating-loss` for an SGD
 * momentum of 0.98 or more). The rule was drawn from the first 48 sets, where every such spec was a
 * fault; later writers, asked for momentum across its range, wrote twenty healthy runs at 0.98 to 0.995
 * that train as well as at the usual 0.9 or better (blind98, blind103, blind142, blind147 to blind158).
 * Whether the velocity carries the weights past the minimum for long depends on the curvature, which the
 * text does not say. So the probe trains the spec as written and at momentum 0.9, the rule's advice,
 * for the run's steps (at most RATE_CHECK_STEPS) on its sample, and the rule gives way when the written
 * momentum ends no higher (within RATE_TIE) and has learnt (below the trial's start and the constant answer's loss):
 * the advice does not help. Measured in docs/probe-and-lr-finder.md ("The momentum rule").
 */
import type { Diagnostic } from '../spec/types';
import type { RuleContext } from './context';
import { USUAL_MOMENTUM } from './detectors/context';
import type { ProbePlan } from './probe-plan';
import { trialBroke, type ProbeTrace } from './probe-lr-rules';
import { affordsTrials, learntBelow, RATE_TIE, rateCheckSteps, standingLoss } from './probe-rate-check';
import { isMomentumRule } from './rules-momentum';

/** The two trials of the momentum rule's check and what they decided. */
export interface MomentumCheck {
  steps: number;
  momentum: number;
  /** Standing loss over the sample at the written momentum and at USUAL_MOMENTUM (NaN when a trial broke). */
  written: number;
  usual: number;
  /** False when the written momentum ended no higher than the usual one (within RATE_TIE), and learnt: the rule gives way. */
  kept: boolean;
}

/**
 * The check of the static momentum rule, or undefined when it is not made: no such finding, the
 * probe's trial broke, or the budget cannot fund the two trials.
 */
export function checkMomentumRule(statics: readonly Diagnostic[], ctx: RuleContext, plan: ProbePlan, trace: ProbeTrace, gain: number): MomentumCheck | undefined {
  const { spec, dataset } = ctx;
  if (!dataset || !statics.some(isMomentumRule) || trialBroke(trace)) return undefined;
  const steps = rateCheckSteps(plan, trace);
  if (!affordsTrials(spec, dataset, plan, steps, 2)) return undefined;
  const written = standingLoss(spec, dataset, plan, steps);
  const usual = standingLoss({ ...spec, optimizer: { ...spec.optimizer, momentum: USUAL_MOMENTUM } }, dataset, plan, steps);
  // Within RATE_TIE counts as level: a linear model ends at the same least-squares floor under either momentum.
  const wins = Number.isFinite(written) && Number.isFinite(usual) && written <= (1 + RATE_TIE) * usual && written <= (1 - gain) * learntBelow(trace);
  return { steps, momentum: spec.optimizer.momentum, written, usual, kept: !wins };
}
