/**
 * The probe's `lr-too-low` rule: projected over the spec's whole run at the trial's pace, neither the
 * weights nor the loss would get anywhere. Thresholds and their margins: docs/probe-and-lr-finder.md.
 */
import { DEFAULT_DIAGNOSTICS } from '../spec/types';
import { fmt, RuleContext } from './context';
import { RAW_SCALE_LIMIT, slowTargetCause, type DataScaleCause } from './data-scale';
import { targetScale } from './gradient-scale';
import type { LrThresholds, ProbeTrace } from './probe-lr-rules';

/**
 * An untrained loss above this multiple of the baseline (the constant prediction's loss) is a start
 * clearly worse than the constant answer; small random weights start within a few percent of it.
 */
const WORSE_THAN_CONSTANT = 1.1;

/**
 * How much farther the weights may be projected to travel, in multiples of `probeLowWeightTravel`,
 * and the rate still count as too low, when the trial never brought the loss down to the constant
 * answer's from a start above it: the loss shows no learning at all, so weaker evidence from the
 * weights suffices. Over the forty-six sets (`npx tsx bench/probe-low-survey.ts`), of the 210
 * healthy trials that start and end above the constant answer the slowest weights travel 0.908 of
 * their norm (blind42 churn-adam-lr3e-4, Adam 3e-4 on a churn table) and the next 0.972; faults
 * that stay at the constant answer travel 0.158 (blind42 spirals-adam-lr1e-5), 0.316 (blind42
 * churn-adam-lr1e-4, the same table at a third of the healthy rate), 0.317 to 0.412 (SGD 1e-4 on
 * crops, pendulum and moons). Twice the bound, 0.6 at the default, keeps 1.5 times under the
 * slowest healthy trial.
 */
export const UNLEARNT_TRAVEL_FACTOR = 2;

/** Whether the trial started above the constant answer's loss and never got below it. */
export function neverReachedConstant(trace: ProbeTrace): boolean {
  const baseline = trace.baselineLoss;
  if (baseline === undefined || !(trace.initialLoss > baseline)) return false;
  return trace.checkpoints.every((c) => c.loss >= baseline);
}

/**
 * Why the rate is too low, or undefined when the trial moved enough. From a start clearly worse than
 * the constant answer (WORSE_THAN_CONSTANT), the loss's fall counts from the baseline down: such a
 * network drops to the constant answer quickly at any rate, which is no sign that the run will learn
 * (blind5's full-batch SGD at 0.01: 1.535 → 1.073 in the trial, only 2.4% below the class prior's 1.099).
 */
export function tooLowEvidence(trace: ProbeTrace, thresholds: LrThresholds = DEFAULT_DIAGNOSTICS): string | undefined {
  const last = trace.checkpoints[trace.checkpoints.length - 1];
  if (!last || trace.steps === 0) return undefined;
  const baseline = trace.baselineLoss;
  const unlearnt = neverReachedConstant(trace);
  const fromBaseline = baseline !== undefined && (trace.initialLoss > WORSE_THAN_CONSTANT * baseline || unlearnt);
  const from = fromBaseline ? baseline : trace.initialLoss;
  const drop = (from - last.loss) / from;
  const perStep = trace.runSteps / trace.steps;
  const weightTravel = trace.medianUpdateRatio * trace.runSteps;
  const lossTravel = drop * perStep;
  const travelBound = thresholds.probeLowWeightTravel * (unlearnt ? UNLEARNT_TRAVEL_FACTOR : 1);
  if (!(weightTravel < travelBound && lossTravel < thresholds.probeLowLossTravel)) return undefined;
  const side = drop >= 0 ? `${percent(drop)} below` : `still ${percent(-drop)} above`;
  const fell = fromBaseline ? `${side} ${fmt(from)}, the loss of a constant prediction` : percent(drop);
  return (
    `in ${trace.steps} steps at lr ${fmt(trace.lr)} the loss went ${fmt(trace.initialLoss)} → ${fmt(last.loss)} ` +
    `(${fell}) and each step moved the weights by ${percent(trace.medianUpdateRatio)} of their norm; ` +
    `at that pace the run's ${trace.runSteps} steps would move the weights ${percent(weightTravel)} and cut the loss ` +
    `by ${percent(Math.max(0, lossTravel))}`
  );
}

/**
 * The share of `probeLowLossTravel` under which a trial that never reached the constant answer, on a
 * raw target with steps of bounded size, counts as crawling (`targetStallEvidence`). Over the 58 sets
 * (`npx tsx bench/raw-target-stall-survey.ts`, the same over the 60 sets now: every spec whose targets' scale is over RAW_SCALE_LIMIT under bounded steps,
 * with an unbounded output and a trial that never got below the constant answer), the loss's travel
 * from the trial's start, projected over the run, is at most 0.093 on the raw-target faults (dev
 * exploding-gradient.raw-dollar-target-adam; blind58's claim amounts under Adam 0.001: 0.0058) and at
 * least 0.261 on healthy specs (blind29 rent-rmsprop-0.0005-e800, whose 800 epochs get there; blind32
 * inline-office-kwh 0.75). Half of 0.3, 0.15, sits between them.
 */
export const TARGET_STALL_FACTOR = 0.5;

/**
 * `lr-too-low` when the trial crawls toward a raw regression target: under Adam, RMSprop or a clipped
 * SGD a step's size does not grow with the error, so a target in the thousands is thousands of steps
 * away, while every weight still moves by a normal share of its norm (which is why `tooLowEvidence`,
 * judging the weights, lets it pass). The trial never reached the constant answer's loss, and at its
 * pace the run's steps would cut the loss by under TARGET_STALL_FACTOR × `probeLowLossTravel`.
 */
export function targetStallEvidence(ctx: RuleContext, trace: ProbeTrace, thresholds: LrThresholds = DEFAULT_DIAGNOSTICS): { evidence: string; cause: DataScaleCause } | undefined {
  const { spec, dataset } = ctx;
  const last = trace.checkpoints[trace.checkpoints.length - 1];
  if (!dataset || !last || trace.steps === 0 || trace.baselineLoss === undefined) return undefined;
  if (!(targetScale(spec, dataset) > RAW_SCALE_LIMIT) || !neverReachedConstant(trace)) return undefined;
  const travel = ((trace.initialLoss - last.loss) / trace.initialLoss) * (trace.runSteps / trace.steps);
  if (!(travel < TARGET_STALL_FACTOR * thresholds.probeLowLossTravel)) return undefined;
  // Undefined under a bounded output too: that is `loss-activation-mismatch`, not a slow rate.
  const cause = slowTargetCause(spec, dataset);
  if (!cause) return undefined;
  const evidence =
    `in ${trace.steps} steps at lr ${fmt(trace.lr)} the loss went ${fmt(trace.initialLoss)} → ${fmt(last.loss)}, still ` +
    `${fmt(last.loss / trace.baselineLoss)}× ${fmt(trace.baselineLoss)}, the loss of a constant prediction; at that pace the run's ` +
    `${trace.runSteps} steps would cut the loss by ${percent(Math.max(0, travel))}`;
  return { evidence, cause };
}

/** A fraction as a percentage for messages; tiny ones as "under 0.01%" rather than in exponent notation. */
export function percent(fraction: number): string {
  const value = 100 * fraction;
  return value !== 0 && Math.abs(value) < 0.01 ? 'under 0.01%' : `${fmt(value)}%`;
}
