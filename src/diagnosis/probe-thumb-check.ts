/**
 * The rate check (`probe-rate-check.ts`) applied to the one static rule of thumb it disproves: an SGD
 * rate above its sensible range (`lr-out-of-range`). SGD's step is the rate times the gradient, so
 * whether 2 or 3 overshoots depends on how steep the loss is, which the text does not say: on small
 * `bce`/`cce` networks, whose loss gradient is bounded, such rates train well. When the probe measured
 * no rate finding of its own and the written rate beats a third of itself over the run's steps on the
 * sample (below the trial's start and the constant answer's loss), the rule gives way, as the probe's
 * own `lr-too-high` does.
 *
 * Not for adaptive optimizers: their rules of thumb judge a step size the gradient does not scale
 * (Adam at 5 moves each weight by about 5). Over the 102 sets the written rate won the check on 24
 * faults there or under momentum (on 16 the rule is a counted catch) and one healthy spec, blind41's
 * Adam 0.5 on a load in MW; under plain SGD, on the four healthy specs the rule warned and three faults,
 * none of which counts the rule as a catch (`npx tsx bench/static-rate-survey.ts`). SGD with momentum
 * joined in session 34: over the 158 sets the rule stands on eleven such specs, and the written rate
 * wins on blind153's and blind157's healthy SGD 3 with momentum 0.9 and 0.97 on twenty inline rows and
 * on one fault that does not count the rule (blind53 lr-too-high.langid-momentum-lr-15, caught in
 * training); it keeps the rule on blind151's healthy Nesterov 2 (a tie) and on seven faults.
 */
import type { Diagnostic } from '../spec/types';
import type { RuleContext } from './context';
import type { ProbePlan } from './probe-plan';
import type { ProbeTrace } from './probe-lr-rules';
import { checkRate, type RateCheck } from './probe-rate-check';
import { sensibleLrRange } from './rules-training';

const RATE_PATH = '/optimizer/lr';

/** The rate check of a standing static rule of thumb, and the static findings' paths it clears. */
export interface ThumbCheck {
  rateCheck: RateCheck;
  /** `/optimizer/lr` when the check disproved the rule (the written rate won), else empty. */
  cleared: string[];
}

/**
 * The check of SGD's static `lr-out-of-range` above the range, or undefined when it is not made:
 * no such finding, the probe's own rate finding replaces it (`probedRate`), the trial's loss broke or
 * the budget cannot fund the trials. An `existing` check (of the probe's withheld `lr-too-high`) is
 * the same two trials and is reused.
 */
export function checkRuleOfThumb(
  statics: readonly Diagnostic[],
  probedRate: boolean,
  ctx: RuleContext,
  plan: ProbePlan,
  trace: ProbeTrace,
  gain: number,
  existing?: RateCheck,
): ThumbCheck | undefined {
  if (probedRate || !ctx.dataset || !statics.some((d) => d.code === 'lr-out-of-range' && d.path === RATE_PATH)) return undefined;
  if (!sgdAboveRange(ctx)) return undefined;
  const rateCheck = existing ?? checkRate(ctx.spec, ctx.dataset, plan, trace, gain);
  if (!rateCheck) return undefined;
  return { rateCheck, cleared: rateCheck.kept ? [] : [RATE_PATH] };
}

/** Whether the spec runs SGD (plain, or with momentum since session 34) at a rate above its sensible range. */
function sgdAboveRange(ctx: RuleContext): boolean {
  const { type, lr } = ctx.spec.optimizer;
  return type === 'sgd' && lr > sensibleLrRange(ctx).high;
}
