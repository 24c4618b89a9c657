/**
 * The end look. An advice trial compares the first E epochs, where a lower rate is ahead of a wild
 * start, and on full-batch SGD it confirmed `lr-too-high` on healthy runs that start wild for dozens of
 * epochs and then win the run: blind144 quotes-momentum-0.95-full-batch-linear (warned at epoch 22; a
 * tenth of the rate ends level, 0.06638 against 0.06640), blind145 germination-nesterov-full-batch-elu-three-layer
 * (epoch 36; 0.0307 against 0.0135 as written), blind145 yield-sgd-plain-full-batch-tanh (epoch 118;
 * 0.228 against 0.140) and blind146 tips-nesterov-relu-full-batch-deep (epoch 4; 0.1177 against 0.1029).
 * There an epoch is one step, so the whole planned run is cheap to train: the trial also trains the
 * spec as written and each fix to the run's planned end, and a fix helps only when it is ahead at both.
 * Each variant's curve is trained once per run and kept, so a retry costs nothing more. Since session
 * 37 `dead-relu`'s and `saturated-activation`'s trials look at the end on any run within
 * END_LOOK_MAX_ROW_STEPS, whatever the optimizer and batch, judged there on the training loss
 * (JUDGED_TO_END_ON_ANY_RUN, `endOnTrainingLoss`).
 */
import { fullBatchRun, type DetectorContext } from './context';
import type { FixVariant } from '../fix-variants';
import type { DiagnosticCode } from '../../spec/types';

/**
 * Rows of the data × planned epochs up to which a run's end look is affordable: each curve costs one
 * more run. Twice the largest full-batch SGD spec of the 146 sets (blind32 churn-leaky-full-batch-sgd,
 * 900 rows × 600 epochs).
 */
export const END_LOOK_MAX_ROW_STEPS = 1_000_000;

/**
 * Curves a run's end look may train, the written spec's included: each is one more run, outside the
 * trial budget, so a run whose warnings fire on many layers with different fixes would otherwise pay
 * for all of them. A trial that would pass it is judged over its epochs only, as before the end look.
 * Over the 158 sets' 1,274 full-batch specs no trial needed more than six
 * (`bench/early-trial-survey.ts 2` with the count logged), so the cap changes none of them. On other
 * runs only `dead-relu` and `saturated-activation` look at the end: one layer's trial trains at most
 * five curves (the written spec and four fixes); a second layer tried later in the run may pass the
 * cap and is then judged over its epochs only (several layers at once are tried with siblings, which
 * never look at the end).
 */
export const END_LOOK_MAX_CURVES = 8;

/** Whether this run's advice trials also judge every code's fixes at its planned end: full-batch SGD over at most END_LOOK_MAX_ROW_STEPS. */
export function judgedToEnd(ctx: DetectorContext, rows: number): boolean {
  return ctx.spec.optimizer.type === 'sgd' && fullBatchRun(ctx) && affordable(ctx, rows);
}

/** Whether the run's end is cheap enough to train once per curve: rows × planned epochs within END_LOOK_MAX_ROW_STEPS. */
function affordable(ctx: DetectorContext, rows: number): boolean {
  return rows * ctx.spec.training.epochs <= END_LOOK_MAX_ROW_STEPS;
}

/**
 * Codes judged at the run's end on every run it can afford, whatever the optimizer and batch: those
 * whose condition is a fault only when it stalls learning, so their claim is about the run's end.
 * `dead-relu`: half of a small first layer dies early on iris-sized data under Adam, the trial at E
 * finds `leaky_relu` 15% to 29% ahead, and the written run catches up by its end (blind111 iris-adam:
 * 0.1 against 0.14 after 42 epochs, 9.3% lower at 100). `saturated-activation`: tanh units pinned on
 * prices in thousands under Adam, or late in an SGD run on circles, whose `leaky_relu` ends the run
 * higher or level (blind26 house-minmax-tanh-adam, blind30 circles-tanh-sgd).
 */
export const JUDGED_TO_END_ON_ANY_RUN: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['dead-relu', 'saturated-activation']);

/**
 * Which codes this run's advice trials also judge at its planned end: every code `judgedAtEnd` on
 * full-batch SGD it can afford (`judgedToEnd`), those of JUDGED_TO_END_ON_ANY_RUN on any other run it
 * can afford, none beyond END_LOOK_MAX_ROW_STEPS.
 */
export function endLookCodes(ctx: DetectorContext, rows: number): (code: DiagnosticCode) => boolean {
  if (judgedToEnd(ctx, rows)) return judgedAtEnd;
  return affordable(ctx, rows) ? (code) => JUDGED_TO_END_ON_ANY_RUN.has(code) : () => false;
}

/**
 * Whether a warning of `code` is judged at the run's end too: every tried code but `oscillating-loss`.
 * The others name a cause, and say the run would end better without it. An oscillating loss is what
 * the curve does, and the writers file it as the fault even when the run settles later: judged at the
 * end as well, it lost three catches whose only warning it was (blind18
 * oscillating-loss.iris-full-batch-sgd-lr4, blind105 momentum-0.95-full-batch-germination, blind138
 * days-and-hours-momentum-0.95-full-batch-linear: a tenth of the rate ends 2.2 times, 1.24 times and
 * level with the rate as written, `bench/variant-runs.ts`), and cleared no healthy warning more.
 */
export function judgedAtEnd(code: DiagnosticCode): boolean {
  return code !== 'oscillating-loss';
}

/** A variant's epoch losses from scratch towards the run's end; shorter than the run when it diverged. */
export interface Curve {
  losses: readonly number[];
  valLosses: readonly number[];
}

/** The run's end, for a trial that also judges its fixes there. */
export interface EndLook {
  /** The run's planned epochs. */
  epochs: number;
  /** Curves already trained to the end this run, by the spec text trained (the written spec's included). */
  curves: Map<string, Curve>;
  /** The spec as written, trained to the end once when its curve is not kept yet. */
  written: FixVariant;
  /** Judge the end on the training loss alone, whatever the validation loss does (`endOnTrainingLoss`). */
  onTrainingLoss?: boolean;
}

/**
 * Whether a trial of `code` judges the run's end on the training loss alone: the codes of
 * JUDGED_TO_END_ON_ANY_RUN. Dead or saturated units are a fault of what the network can fit; a fix
 * that revives them fits the training rows better, and on held-out rows a network that learns can
 * overfit where a dead one, stuck at the constant answer, cannot. Judged on the validation loss
 * there, three faults of the sets lost their catch (blind23 oscillating-loss.adam-0.05-batch-8-grades:
 * a tenth of the rate ends at a training loss of 0.016 against 0.72 and a validation loss of 3.08
 * against 1.32; blind32 lr-too-high.sgd-momentum-0.5; blind37 dead-relu.pima-unscaled-sgd, a layer
 * 100% dead).
 */
export function endOnTrainingLoss(code: DiagnosticCode): boolean {
  return JUDGED_TO_END_ON_ANY_RUN.has(code);
}

/** The title of the written spec's variant in the end look: what the run's progress says it is training. */
export const AS_WRITTEN = 'the spec as written (to the run\'s planned end)';
