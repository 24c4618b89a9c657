/**
 * Whole-run checks of two static rules of thumb on the rate, for runs small enough to train three
 * times at edit time. Each rule judges a rate by its size alone, and on some data the rate it flags is
 * the right one; a short trial on the probe's sample cannot tell those apart from the faults, because
 * what the rule foresees (a swing that never settles, a loss that hardly falls) is a fact of the whole
 * run. So the check trains the run itself, on all the data for its planned epochs: as written, at the
 * rule's advised rate, and at the written rate moved RATE_CHECK_DIVISOR times the way the rule points.
 * The rule gives way when the written rate ends the run `gain` below the advised rate, no higher than
 * the pointed one (within RATE_TIE), and `gain` below the constant answer: neither the rule's advice nor
 * a step in its direction helps. A run that broke counts as doing no better than the written one.
 *
 * - The noisy-steps rule (`rules-noisy-steps.ts`, session 38): Adam or RMSprop at a batch of one or two
 *   and ten times the usual rate; advised the usual rate, pointed at a third of the written one. Later
 *   writers wrote healthy runs at RMSprop 0.01 to 0.05 there whose 0.001 ends them 2.5 to 500 times
 *   higher (blind164 litho-inline-rmsprop-relu-batch-1, blind165 iris-rmsprop-batch-1).
 * - SGD's rate below its sensible range (`lr-out-of-range`, session 38): advised the usual rate, pointed
 *   at three times the written one. On input features in the hundreds or thousands the gradient grows
 *   with their square, so 1e-7 to 3e-6 trains well where 0.01 diverges (blind176
 *   wiring-raw-metres-sgd-1e-6, blind177 quote-raw-tiles-sgd-1e-7-linear).
 *
 * Measured in docs/probe-and-lr-finder.md ("The noisy-steps rule, on the whole run" and "SGD below its
 * range, on the whole run").
 */
import { Trainer } from '../engine';
import type { Dataset } from '../spec/dataset';
import type { Diagnostic, DiagnosticCode, ModelSpec } from '../spec/types';
import { roundLr, type RuleContext } from './context';
import { standingLoss } from './detectors/advice-trial';
import { baselineLoss } from './detectors/baseline';
import { weightCount } from './probe-plan';
import { atRate, RATE_CHECK_DIVISOR, RATE_TIE } from './probe-rate-check';
import { noisyStepsUsualRate, type ProvenLowerRate } from './rules-noisy-steps';
import { sensibleLrRange } from './rules-training';

/**
 * Multiply-adds the three runs may spend together (a forward and backward pass over every row of every
 * planned epoch is three per weight). Every healthy spec either rule warned over the 178 sets needs at
 * most 37e6, but one (blind177 roof-rmsprop-0.05-batch-1-relu, 121e6). Over the 297 specs of the 190
 * sets where either check is made, its three runs took 85 ms at the median, 254 ms at p90 and 565 ms at
 * most on the benchmark machine (`npx tsx bench/run-check-survey.ts`, session 38).
 */
export const RUN_CHECK_BUDGET = 100e6;

/**
 * Steps a run may take, each of the three: at a batch of one or two each step costs far more than its
 * multiply-adds on a small net (blind164's litho-inline-rmsprop-relu-batch-1: 3,600 steps of 1.6e6
 * multiply-adds in all, 39 ms for the three runs). The healthy specs either rule warned over the 178
 * sets take at most 18,000.
 */
export const RUN_CHECK_MAX_STEPS = 30_000;

/** The three runs of a whole-run check and what they decided. */
export interface RunCheck {
  epochs: number;
  lr: number;
  /** The rate the rule advises, and the written rate moved RATE_CHECK_DIVISOR times the way the rule points (to two significant figures). */
  advisedLr: number;
  pointedLr: number;
  /** Each run's standing loss at its end (the mean of its last epochs), on the held-out rows when the spec holds some out (NaN when it broke). */
  written: number;
  advised: number;
  pointed: number;
  /** False when the written rate won (`gain` below the advised rate, no higher than the pointed one, `gain` below the constant answer's loss over all rows): the rule gives way. */
  kept: boolean;
}

/**
 * The check of the static noisy-steps rule, or undefined when it is not made: the rule did not speak,
 * the probe's own rate finding replaces it (`probedRate`), or the budget cannot fund the three runs.
 */
export function checkNoisySteps(statics: readonly Diagnostic[], probedRate: boolean, ctx: RuleContext, gain: number): RunCheck | undefined {
  const usual = noisyStepsUsualRate(ctx);
  if (probedRate || usual === undefined || !statics.some(onRate('lr-too-high'))) return undefined;
  return checkWholeRun(ctx, usual, roundLr(ctx.spec.optimizer.lr / RATE_CHECK_DIVISOR), gain);
}

/**
 * The lower rate a kept noisy-steps check proved, when the rule's usual rate did not help: the pointed
 * rate ended the run `gain` below the written one while the usual rate did not. The warning then advises
 * it (`noisyAdaptiveSteps`) rather than a usual rate the whole run showed not to help (not `gain` below it)
 * (blind118 lr-too-high.rmsprop-0.05-batch-1-iris: 0.170 as written, 0.287 at 0.001, 0.102 at 0.017).
 */
export function provenLowerRate(check: RunCheck, gain: number): ProvenLowerRate | undefined {
  const { written, advised, pointed, pointedLr } = check;
  const pointedHelps = Number.isFinite(pointed) && pointed <= (1 - gain) * written;
  const usualHelps = Number.isFinite(advised) && advised <= (1 - gain) * written;
  if (!check.kept || !Number.isFinite(written) || !pointedHelps || usualHelps) return undefined;
  return { lr: pointedLr, written, lower: pointed, usual: advised };
}

/**
 * The check of SGD's static `lr-out-of-range` below the range, or undefined when it is not made: no
 * such finding, the probe's own rate finding replaces it, or the budget cannot fund the three runs.
 */
export function checkRateBelowRange(statics: readonly Diagnostic[], probedRate: boolean, ctx: RuleContext, gain: number): RunCheck | undefined {
  const { type, lr } = ctx.spec.optimizer;
  const { low, typical } = sensibleLrRange(ctx);
  if (probedRate || type !== 'sgd' || !(lr < low) || !statics.some(onRate('lr-out-of-range'))) return undefined;
  return checkWholeRun(ctx, typical, roundLr(lr * RATE_CHECK_DIVISOR), gain);
}

/** Whether a static finding is `code` on the rate. */
function onRate(code: DiagnosticCode): (d: Diagnostic) => boolean {
  return (d) => d.code === code && d.path === '/optimizer/lr';
}

/** The three runs and the verdict, or undefined past RUN_CHECK_BUDGET. */
function checkWholeRun(ctx: RuleContext, advisedLr: number, pointedLr: number, gain: number): RunCheck | undefined {
  const { spec, dataset } = ctx;
  if (!dataset || !affordable(spec, dataset)) return undefined;
  const written = endLoss(spec, dataset);
  const advised = endLoss(atRate(spec, advisedLr), dataset);
  const pointed = endLoss(atRate(spec, pointedLr), dataset);
  const constant = baselineLoss(spec, dataset) ?? Infinity;
  // A run that broke did no better than the written one, whose own loss must be a number.
  const beats = (other: number, lead: number) => !Number.isFinite(other) || written <= (1 - lead) * other;
  const wins = Number.isFinite(written) && beats(advised, gain) && beats(pointed, -RATE_TIE) && written <= (1 - gain) * constant;
  return { epochs: spec.training.epochs, lr: spec.optimizer.lr, advisedLr, pointedLr, written, advised, pointed, kept: !wins };
}

/**
 * Whether the three runs fit RUN_CHECK_BUDGET and RUN_CHECK_MAX_STEPS. Rows held out are counted as if
 * trained, in both: an estimate that errs towards making no check (they cost one forward pass an epoch).
 */
function affordable(spec: ModelSpec, dataset: Dataset): boolean {
  const { epochs, batchSize } = spec.training;
  const steps = Math.ceil(dataset.samples / batchSize) * epochs;
  return steps <= RUN_CHECK_MAX_STEPS && 3 * 3 * weightCount(spec, dataset.inputs) * dataset.samples * epochs <= RUN_CHECK_BUDGET;
}

/**
 * The spec trained on all its data for its planned epochs, and where it stands at the end as an advice
 * trial judges a run (`standingLoss`: the mean of the last epochs), held-out when rows are held out.
 */
function endLoss(spec: ModelSpec, dataset: Dataset): number {
  const trainer = new Trainer(spec, dataset, { instrument: false });
  const losses: number[] = [];
  for (let epoch = 0; epoch < spec.training.epochs; epoch++) {
    const stats = trainer.trainEpoch();
    const loss = stats.valLoss ?? stats.loss;
    if (!Number.isFinite(loss)) return NaN;
    losses.push(loss);
  }
  return standingLoss(losses);
}
