/**
 * `lr-too-high`, known before training: Adam or RMSprop at a batch of one or two samples with a rate
 * ten times their usual one. Both divide each weight's step by the size of its recent gradients, so
 * every step moves a weight by about the rate whatever the gradient, and at a batch of one or two that
 * step follows those samples alone: however close the fit, the weights keep jumping by the rate from
 * sample to sample, and the loss with them. At the usual rate (0.001) the jumps are small; at ten
 * times that they are what the run is made of. A rule of thumb on the rate, like `rules-rate.ts`'s: the
 * probe's measured `lr-too-high` or `lr-too-low` on the rate replaces it (`withProbeFindings`).
 */
import type { Diagnostic, SuggestedEdit } from '../spec/types';
import { diagnosticAt, fmt, RuleContext, trainingRows } from './context';
import { rateTooHighForOptimizer } from './rules-rate';
import { sensibleLrRange, targetScaleText } from './rules-training';

/** Batches of at most this many samples follow single samples' gradients. */
export const NOISY_BATCH = 2;

/**
 * The rate, in multiples of the optimizer's typical one, from which such steps swing: 0.01 for Adam and
 * RMSprop. Over the 48 sets, the 13 specs running Adam or RMSprop at a batch of one or two below their
 * training rows at 0.01 or more are faults (12 `oscillating-loss`, one `dead-relu` that counts
 * `lr-too-high`; 5 missed before, the rest caught only in training), and the healthy ones run at 0.005
 * or less (10 specs, from 0.0005).
 */
export const NOISY_RATE_MULTIPLE = 10;

/**
 * `lr-too-high` on `/optimizer/lr` for an adaptive optimizer at a noisy batch and a rate NOISY_RATE_MULTIPLE
 * times its typical one or more; RMSprop's own rule (`rateTooHighForOptimizer`) speaks instead when it
 * applies, one warning on the rate. Raised as `oscillating-loss` until session 35: over the 162 sets the
 * rule fires on 101 specs, 99 faults and two healthy ones, and every one of the 99 counts `lr-too-high`
 * as catching it, 22 `oscillating-loss` as well (65 are filed `lr-too-high`, 19 `oscillating-loss`, 14
 * `dead-relu`, one `exploding-gradient`). As `oscillating-loss` it caught 39 of them, and it hid the rate
 * from the probe, which leaves a path a static warning holds to it: 41 were caught only in training and
 * 19 missed. As `lr-too-high` every one of the 99 is caught at edit time (two of them, RMSprop 0.1, by
 * RMSprop's first-steps rule, which now speaks alone) (`npx tsx bench/spec-outcomes.ts` on the 101 specs,
 * before and after). Since session 36 the usual rate is the one the range scales for a lone output layer
 * fitting raw targets (`sensibleLrRange`): blind165 shrink-raw-adam-0.1-linear-batch-1, Adam 0.1 at
 * batch 1 on a target of root mean square 11,200, trains well and its 0.001 ends 2,000 times higher;
 * over the 112 specs the rule fired on, it is the only one that changes (`bench/spec-outcomes.ts`).
 * Since session 38 the probe checks the rule on the whole run (`probe-run-check.ts`) and withdraws it
 * where neither its usual rate nor a third of the written one ends the run lower.
 */
export function noisyAdaptiveSteps(ctx: RuleContext, proven?: ProvenLowerRate): Diagnostic[] {
  const typical = noisyStepsUsualRate(ctx);
  const rows = trainingRows(ctx);
  if (typical === undefined || rows === undefined) return [];
  const { type, lr } = ctx.spec.optimizer;
  const { batchSize } = ctx.spec.training;
  const { scale } = sensibleLrRange(ctx);
  const path = '/optimizer/lr';
  const larger = Math.min(32, rows);
  const scaled = scale > 1 ? ` (scaled to ${targetScaleText(scale)})` : '';
  const rate = proven?.lr ?? typical;
  const message =
    `${type === 'adam' ? 'Adam' : 'RMSprop'} moves every weight by about the learning rate at each step whatever its gradient, and with ` +
    `"batchSize" ${batchSize} each step follows ${batchSize === 1 ? 'one sample' : 'two samples'}: at lr ${fmt(lr)}, ${fmt(lr / typical)} times the ` +
    `usual ${fmt(typical)}${scaled}, the weights keep jumping from sample to sample however close the fit, and the loss will swing ` +
    `instead of settling. ${proven ? provenText(proven, typical) : `Use lr ${fmt(typical)}`}, or a larger batch (${larger}).`;
  const suggestions: SuggestedEdit[] = [
    { title: `Set "lr" to ${rate}`, path, value: rate, preferred: true },
    { title: `Set "batchSize" to ${larger}`, path: '/training/batchSize', value: larger },
  ];
  return [{ ...diagnosticAt(ctx.parsed, 'lr-too-high', 'warning', path, message), suggestions }];
}

/**
 * What the probe's whole-run check measured when a lower rate than the written one, not the usual one,
 * ends the run lower (`probe-run-check.ts`): the advice then names that rate, with the three runs' ends.
 */
export interface ProvenLowerRate {
  lr: number;
  /** Each run's end loss: as written, at `lr`, and at the usual rate. */
  written: number;
  lower: number;
  usual: number;
}

/** The advice when the whole run proved a lower rate: "Over the whole run, lr 0.017 ends at 0.102 …; use it". */
function provenText(proven: ProvenLowerRate, typical: number): string {
  const usual = Number.isFinite(proven.usual) ? `${fmt(proven.usual)} at the usual ${fmt(typical)}` : `a broken run at the usual ${fmt(typical)}`;
  return `Trained over the whole run, lr ${fmt(proven.lr)} ends at ${fmt(proven.lower)}, against ${fmt(proven.written)} as written and ${usual}: use lr ${fmt(proven.lr)}`;
}

/**
 * The usual rate `noisyAdaptiveSteps` advises when it applies to the spec, else undefined: an adaptive
 * optimizer at a noisy batch below the training rows, at NOISY_RATE_MULTIPLE times that rate or more,
 * where RMSprop's own rule does not speak.
 */
export function noisyStepsUsualRate(ctx: RuleContext): number | undefined {
  const { type, lr } = ctx.spec.optimizer;
  const { batchSize } = ctx.spec.training;
  const rows = trainingRows(ctx);
  if (type === 'sgd' || rows === undefined || batchSize > NOISY_BATCH || batchSize >= rows) return undefined;
  // Scaled as the range is for a lone output layer fitting raw targets (`sensibleLrRange`): there every
  // weight must grow to the targets' scale, and a step of the unscaled rate is noise far below it.
  const { typical } = sensibleLrRange(ctx);
  if (!(lr >= NOISY_RATE_MULTIPLE * typical) || rateTooHighForOptimizer(ctx).length > 0) return undefined;
  return typical;
}
