/**
 * The probe's look at the noisy-steps rule (`rules-noisy-steps.ts`: `lr-too-high` for Adam or RMSprop
 * at a batch of one or two and ten times their usual rate). Whether such steps swing for the whole run
 * depends on the data and the net, which the text does not say: later writers wrote healthy runs at
 * RMSprop 0.01 to 0.05 on a batch of one or two whose rate ends the run far lower than the rule's 0.001
 * (blind164 litho-inline-rmsprop-relu-batch-1, blind165 iris-rmsprop-batch-1, blind167
 * instrument-rmsprop-0.05-batch-2-tanh). A short trial cannot tell them from the faults: over 600 steps
 * on the probe's sample the faster rate is ahead on both. The swing is a fact of the whole run, and
 * these runs are small (a step is one or two rows), so the check trains the run itself, on all the
 * data for its planned epochs, as written, at the rule's usual rate and at a third of the written
 * rate, when NOISY_CHECK_BUDGET funds the three. The rule gives way when the written rate ends the run
 * `gain` below the usual rate and no higher than a third of itself (within RATE_TIE), and below the
 * constant answer's loss: neither the rule's advice nor any lower rate it points to helps. Measured in
 * docs/probe-and-lr-finder.md ("The noisy-steps rule").
 */
import { Trainer } from '../engine';
import type { Dataset } from '../spec/dataset';
import type { Diagnostic, ModelSpec } from '../spec/types';
import type { RuleContext } from './context';
import { baselineLoss } from './detectors/baseline';
import { weightCount } from './probe-plan';
import { atRate, RATE_CHECK_DIVISOR, RATE_TIE } from './probe-rate-check';
import { noisyStepsUsualRate } from './rules-noisy-steps';

/**
 * Multiply-adds the three runs may spend together (a forward and backward pass over every row of every
 * planned epoch is three per weight). Every healthy spec the rule warned over the 174 sets needs at
 * most 37e6; at a batch of one or two, where each step costs far more than its multiply-adds, 100e6 trains
 * in about half a second on the benchmark machine.
 */
export const NOISY_CHECK_BUDGET = 100e6;

/** Epochs at the end of a run whose mean loss stands for where it ended (as the benchmark's variant runs judge). */
const END_EPOCHS = 5;

/** The three runs of the noisy-steps check and what they decided. */
export interface NoisyStepsCheck {
  epochs: number;
  lr: number;
  usualLr: number;
  lowerLr: number;
  /** Mean loss of each run's last END_EPOCHS epochs, on the held-out rows when the spec holds some out (NaN when it broke). */
  written: number;
  usual: number;
  lower: number;
  /** False when the written rate ended `gain` below the usual rate, no higher than the lower one and below the constant answer: the rule gives way. */
  kept: boolean;
}

/**
 * The check of the static noisy-steps rule, or undefined when it is not made: the rule did not speak,
 * the probe's own rate finding replaces it (`probedRate`), or the budget cannot fund the three runs.
 */
export function checkNoisySteps(statics: readonly Diagnostic[], probedRate: boolean, ctx: RuleContext, gain: number): NoisyStepsCheck | undefined {
  const { spec, dataset } = ctx;
  const usualLr = noisyStepsUsualRate(ctx);
  if (probedRate || !dataset || usualLr === undefined || !statics.some(isNoisyStepsRule)) return undefined;
  if (3 * runWork(spec, dataset) > NOISY_CHECK_BUDGET) return undefined;
  const lowerLr = spec.optimizer.lr / RATE_CHECK_DIVISOR;
  const written = endLoss(spec, dataset);
  const usual = endLoss(atRate(spec, usualLr), dataset);
  const lower = endLoss(atRate(spec, lowerLr), dataset);
  const constant = baselineLoss(spec, dataset) ?? Infinity;
  const finite = [written, usual, lower].every(Number.isFinite);
  const wins = finite && written <= (1 - gain) * usual && written <= (1 + RATE_TIE) * lower && written <= (1 - gain) * constant;
  return { epochs: spec.training.epochs, lr: spec.optimizer.lr, usualLr, lowerLr, written, usual, lower, kept: !wins };
}

/** Whether a static finding is the noisy-steps rule's: `lr-too-high` on the rate (the only static one there when the rule applies). */
function isNoisyStepsRule(d: Diagnostic): boolean {
  return d.code === 'lr-too-high' && d.path === '/optimizer/lr';
}

/** Multiply-adds of one planned run over all the data. */
function runWork(spec: ModelSpec, dataset: Dataset): number {
  return 3 * weightCount(spec, dataset.inputs) * dataset.samples * spec.training.epochs;
}

/** The spec trained on all its data for its planned epochs: the mean loss of the last END_EPOCHS, held-out when rows are held out. */
function endLoss(spec: ModelSpec, dataset: Dataset): number {
  const trainer = new Trainer(spec, dataset, { instrument: false });
  const losses: number[] = [];
  for (let epoch = 0; epoch < spec.training.epochs; epoch++) {
    const stats = trainer.trainEpoch();
    const loss = stats.valLoss ?? stats.loss;
    if (!Number.isFinite(loss)) return NaN;
    losses.push(loss);
  }
  const tail = losses.slice(-END_EPOCHS);
  return tail.reduce((sum, loss) => sum + loss, 0) / tail.length;
}
