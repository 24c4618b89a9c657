/**
 * A longer look before the probe says a rate is too high. The 40-step trial sees a rise, a bounce or
 * large updates; a rate can show all three early and still be the better rate over a run (a start far
 * above the constant answer under SGD settles within a few hundred steps). So before `lr-too-high`
 * is shown, the same trial runs longer at the written rate and at a third of it, and the finding is
 * withheld when the written rate ends clearly lower, and clearly below both where it began and the
 * constant answer's loss: a lower rate, its own advice, does not help.
 * Only for findings whose loss stayed a number (a loss that broke is a fact, not a judgement).
 *
 * A tie is enough (`tieWithholds`) for the weakest evidence, large steps alone, under SGD with momentum
 * up to the usual 0.9: the momentum multiplies each step by up to ten, so the update ratio runs high on
 * healthy runs, and when a third of the rate ends no lower the lower rate, the finding's advice, does
 * not help. Above the usual momentum, oscillating faults end level with their third or ahead of it
 * (full-batch runs at momentum 0.95 in blind104, blind106, blind113 and blind114), and so do plain
 * SGD's large steps at rates above 1 (blind70 lr-too-high.menu-sgd-lr-3).
 */
import type { Dataset } from '../spec/dataset';
import type { ModelSpec } from '../spec/types';
import { stepWork, weightCount, type ProbePlan } from './probe-plan';
import { USUAL_MOMENTUM } from './detectors/context';
import { restsOnLargeSteps } from './probe-lr-high';
import { trialBroke, type ProbeTrace } from './probe-lr-rules';
import type { RateRace } from './probe-rate-race';
import { sampleDataset } from './probe-sample';
import { ProbeSession } from './probe-session';

/** Steps of each of the two trials at most (fewer when the spec's own run takes fewer). */
export const RATE_CHECK_STEPS = 600;

/** The lower rate tried: the written one divided by this. */
export const RATE_CHECK_DIVISOR = 3;

/** Within this fraction of a third of the rate's loss, the written rate ties it (`tieWithholds`). */
export const RATE_TIE = 0.01;

/** Multiply-adds the trials of a check or a race may spend together; one it cannot fund in full is not made. */
export const RATE_CHECK_BUDGET = 300e6;

/** The standing loss: the mean of the loss over the sample at the last STANDING checkpoints, CHECK_EVERY steps apart (the probe's spacing). */
const CHECK_EVERY = 5;
const STANDING = 5;

/** Steps of the long look (`needsLongLook`) at most. */
export const LONG_LOOK_STEPS = 2400;

/** A trial that starts at this multiple of the constant answer's loss or more starts far above it (`needsLongLook`). */
export const FAR_ABOVE_CONSTANT = 10;

/** The two longer trials and what they decided. */
export interface RateCheck {
  steps: number;
  lr: number;
  lowerLr: number;
  /** Mean loss over the sample at the trial's last STANDING checkpoints (NaN when it broke). */
  written: number;
  lower: number;
  /**
   * False when the written rate ended at least `gain` below the lower one (or tied it, within RATE_TIE,
   * where `tieWithholds`), and below the trial's start and the constant answer: the finding is withheld.
   */
  kept: boolean;
  /** The first look, when it kept the finding and a long look (`needsLongLook`) was then taken: this record is the long one. */
  first?: { steps: number; written: number; lower: number };
}

/**
 * The check of an `lr-too-high` finding from `trace`, or undefined when it is not made: the trial's
 * loss broke, or the budget cannot fund both trials at the full horizon. A first look the finding
 * survives is followed by a long look where `needsLongLook`, when the budget funds it.
 */
export function checkRate(spec: ModelSpec, dataset: Dataset, plan: ProbePlan, trace: ProbeTrace, gain: number, race?: RateRace): RateCheck | undefined {
  if (trialBroke(trace)) return undefined;
  const first = lookAt(spec, dataset, plan, trace, rateCheckSteps(plan, trace), gain, race);
  if (!first?.kept || !needsLongLook(spec, trace, first)) return first;
  const long = lookAt(spec, dataset, plan, trace, Math.min(LONG_LOOK_STEPS, trace.runSteps), gain);
  return long ? { ...long, first: { steps: first.steps, written: first.written, lower: first.lower } } : first;
}

/** The written rate and a third of it, each trained `steps` steps on the sample, and whether the finding stands; undefined past the budget. */
function lookAt(spec: ModelSpec, dataset: Dataset, plan: ProbePlan, trace: ProbeTrace, steps: number, gain: number, race?: RateRace): RateCheck | undefined {
  if (!affordsTrials(spec, dataset, plan, steps, 2)) return undefined;
  const lowerLr = spec.optimizer.lr / RATE_CHECK_DIVISOR;
  const written = standingLoss(spec, dataset, plan, steps);
  // The race for the fix's rate trained the same third of the rate for the same steps: deterministic, so reused.
  const lower = race?.steps === steps ? race.thirdLoss : standingLoss(atRate(spec, lowerLr), dataset, plan, steps);
  return { steps, lr: spec.optimizer.lr, lowerLr, written, lower, kept: !writtenWins(spec, trace, written, lower, gain) };
}

/**
 * Whether the written rate's standing loss beats a third of itself by `gain` (or ties it, where
 * `tieWithholds`), and lies `gain` below the trial's start and the constant answer: the finding is withheld.
 */
export function writtenWins(spec: ModelSpec, trace: ProbeTrace, written: number, lower: number, gain: number): boolean {
  const lead = tieWithholds(spec, trace) ? -RATE_TIE : gain;
  return Number.isFinite(lower) && written <= (1 - lead) * lower && written <= (1 - gain) * learntBelow(trace);
}

/**
 * Whether a first look that kept the finding is followed by a long look, over the run's steps up to
 * LONG_LOOK_STEPS: under SGD, from a trial start FAR_ABOVE_CONSTANT times the constant answer's loss or
 * more, on a run longer than the first look, whose written rate ended the first look below where its
 * trial began (a number, on its way down). Such a start spends hundreds of steps coming down to the
 * data's scale (a min-max target under a net whose outputs start near 1, a log price at batch 1), so
 * the first look compares rates still settling. Over the 122 sets
 * (`npx tsx bench/rate-horizon-survey.ts`), of the 134 such specs whose `lr-too-high` the first look
 * kept, the written rate wins the long look on three healthy specs (blind38 prices-batch-1-short, blind118
 * downtime-minmax-target-nesterov, blind121 cost-minmax-target-nesterov) and three faults of a bad init,
 * whose `init-scale` or `init-symmetry` the editor shows beside it; under Adam and RMSprop, whose steps
 * the gradient's scale does not set, and from ordinary starts, the written rate wins it on faults whose
 * only catch the finding is (blind105 lr-too-high.sgd-plain-1.5-batch-8-family, a start 1.26 times the
 * constant answer's).
 */
export function needsLongLook(spec: ModelSpec, trace: ProbeTrace, first: RateCheck): boolean {
  const farAbove = trace.baselineLoss !== undefined && trace.initialLoss >= FAR_ABOVE_CONSTANT * trace.baselineLoss;
  // A written rate still above where its trial began has not started to settle: no longer look is spent on it.
  const settling = first.written < trace.initialLoss;
  return spec.optimizer.type === 'sgd' && farAbove && trace.runSteps > first.steps && settling;
}

/**
 * Whether the written rate need only tie a third of itself: the trial's only evidence is large steps
 * (`restsOnLargeSteps`), under SGD with momentum above 0 and at most USUAL_MOMENTUM. Over the 114 sets
 * (`npx tsx bench/update-ratio-survey.ts`), it withholds the finding from three healthy specs warned
 * before (blind48, blind66, blind109, the written rate 0% to 7% ahead; blind109's training warning for
 * its early full-batch ringing went with the settling hold, detectors/settling-overshoot.ts) and from seven faults, each with its own code shown beside
 * it (six heavy weight decays and a constant init); the one fault it would have left with nothing,
 * blind30's raw blood-pressure target, ties at the constant answer's loss.
 */
export function tieWithholds(spec: ModelSpec, trace: ProbeTrace): boolean {
  const { type, momentum } = spec.optimizer;
  return type === 'sgd' && momentum > 0 && momentum <= USUAL_MOMENTUM && restsOnLargeSteps(trace, spec.diagnostics);
}

/** The steps of the longer trials: the spec's own run, at least the probe's and at most RATE_CHECK_STEPS. */
export function rateCheckSteps(plan: ProbePlan, trace: ProbeTrace): number {
  return Math.min(RATE_CHECK_STEPS, Math.max(plan.steps, trace.runSteps));
}

/** Whether RATE_CHECK_BUDGET funds `trials` trials of `steps` steps. */
export function affordsTrials(spec: ModelSpec, dataset: Dataset, plan: ProbePlan, steps: number, trials: number): boolean {
  const perStep = stepWork(spec, dataset.inputs, plan.sampleSize);
  const evaluations = plan.sampleSize * weightCount(spec, dataset.inputs) * STANDING;
  return trials * (perStep * steps + evaluations) <= RATE_CHECK_BUDGET;
}

/** `spec` at learning rate `lr`. */
export function atRate(spec: ModelSpec, lr: number): ModelSpec {
  return { ...spec, optimizer: { ...spec.optimizer, lr } };
}

/**
 * The loss the written rate must end below for its win to count: where the trial began and the
 * constant answer's. Two diverging rates are compared on how far they blew up (blind5's raw euros:
 * 4.6e10 against 4.8e14), and a net at the class prior has not shown that its rate works.
 */
export function learntBelow(trace: ProbeTrace): number {
  return Math.min(trace.initialLoss, trace.baselineLoss ?? Infinity);
}

/**
 * The probe's trial of `spec` for `steps` steps on the probe's sample, and its standing loss. The
 * loss is measured only where the mean needs it (the last STANDING checkpoints): the measurements,
 * a pass over the sample each, would otherwise cost as much as the steps.
 */
export function standingLoss(spec: ModelSpec, dataset: Dataset, plan: ProbePlan, steps: number): number {
  const session = new ProbeSession(spec, sampleDataset(dataset, plan.sampleSize, spec.seed));
  const firstCheck = Math.max(CHECK_EVERY, steps - (STANDING - 1) * CHECK_EVERY);
  let sum = 0;
  let checks = 0;
  for (let step = 1; step <= steps; step++) {
    session.step();
    if (step < firstCheck || (steps - step) % CHECK_EVERY !== 0) continue;
    const loss = session.sampleLoss();
    if (!Number.isFinite(loss)) return NaN;
    sum += loss;
    checks++;
  }
  return checks > 0 ? sum / checks : NaN;
}
