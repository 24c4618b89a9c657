/**
 * Detectors that judge the curve of epoch losses over a window of `lossWindow` epochs, always against
 * the reference loss (see `baseline.ts` and `signals.ts`): no progress far from a good loss, and a
 * loss that keeps changing direction by large amounts.
 */
import type { LayerStats } from '../../engine';
import type { SuggestedEdit } from '../../spec/types';
import { fmt, outputLayer, saturatingHiddenLayers } from '../context';
import { boundedBothWays } from '../rules-output';
import type { ReferenceLoss } from './baseline';
import { Candidate, DetectorContext, fullBatchRun, lessMomentum, lowerLr, momentumText, ofReference, setLr } from './context';
import { decayCollapse, decayText, DROPOUT_CUT_SHARE, dropoutText, HeavyDropout, heavyDropout } from './regularization';
import { goodLevel, makingProgress, progressOf } from './progress';
import { flipFraction, medianSwing, minimum, windowBestRatio, windowImprovement } from './signals';
import { isDeadReluLayer } from './units';
import { fullBatchCyclesDiagnostic } from './full-batch-cycles';
import { levelSwing, levelSwingText } from './level-swing';

/**
 * The episode `lr-too-high` and `oscillating-loss` share (`Candidate.episode`): one cause, steps
 * that overshoot, with one advice, lower the rate; on a bouncing loss the two symptoms take turns.
 * It clears only after a clean `lossWindow` (`Candidate.settleChecks`): a loss that bounces every
 * few epochs (full-batch momentum 0.99: about every 7) is near its best at each trough, and a clean
 * stretch of `patience` epochs there is no sign that it has settled.
 */
export const STEPS_TOO_LARGE = 'steps-too-large';

/** Evidence that training has stalled far from a good loss. */
export interface Stall {
  /** Improvement of the best loss over the window, over the reference. */
  improvement: number;
  /** Best loss of the window over the reference. */
  bestRatio: number;
  reference: ReferenceLoss;
}

/**
 * Whether the best loss improved by less than `plateauImprovement` of the reference over the last
 * `lossWindow` epochs while even the window's best loss stays above `goodLossRatio` of the reference.
 */
export function stall(ctx: DetectorContext): Stall | undefined {
  const found = farFromGood(ctx);
  return found && found.improvement < ctx.config.plateauImprovement && !progressOf(ctx).recovering ? found : undefined;
}

/**
 * What keeps a raised `loss-plateau` up: the loss still far from good and the run not making progress
 * (`progress.ts`: neither a settled fit nor a steep fall, nor recovering from an overshoot). One
 * window whose best improved by `plateauImprovement` is a lucky epoch on a noisy stall as often as a
 * resumed descent; clearing on it made the warning flap (blind4's init-symmetry.constant-init-tanh-hidden
 * and no-nonlinearity.sine-linear-stack).
 */
export function heldPlateau(ctx: DetectorContext): Stall | undefined {
  const progress = progressOf(ctx);
  return makingProgress(progress) || progress.recovering ? undefined : farFromGood(ctx);
}

/**
 * Whether a stall is settled enough to be called a plateau. A run that learnt nothing before the
 * window, its best before it within `plateauImprovement` of the reference, may be sitting at the
 * symmetric start a sigmoid or tanh network has to escape, giving the constant answer: the blind4
 * circles classifier with a sigmoid hidden layer stays at 0.99–1.0 of its reference for 20 epochs,
 * then trains to 0.003. Such a stall, its best within `plateauImprovement` of the reference, needs a
 * second window: no progress over the last 2 × `lossWindow` epochs either. A run that had learnt and
 * then stopped, or one stuck above the constant answer (dev loss-plateau.dropout-09 at 1.17), needs one.
 */
export function settledStall(ctx: DetectorContext): boolean {
  const { reference, losses, config } = ctx;
  if (reference === undefined) return true;
  if (!longEnoughToShowUnchecked(ctx, reference)) return false;
  const margin = config.plateauImprovement;
  const learntBefore = minimum(losses, 0, losses.length - config.lossWindow) < (1 - margin) * reference.loss;
  const bestNow = windowBestRatio(losses, config.lossWindow, reference.loss);
  // Worse than the constant answer is no symmetric start: something else holds the network there.
  if (learntBefore || bestNow === undefined || bestNow > 1 + margin) return true;
  const longer = windowImprovement(losses, 2 * config.lossWindow, reference.loss);
  return longer !== undefined && longer < config.plateauImprovement;
}

/**
 * The share of the planned run a plateau with no fix to try must have lasted. Such a warning cannot be
 * checked by an advice trial (only removing `weightDecay` or heavy dropout is offered), so it needs a
 * longer stall as its evidence: deep tanh networks under Adam can sit at their constant answer for a
 * fifth of a 300-epoch run and then learn (blind11 spirals-three-class-tanh-adam: 0.95–0.97 of its
 * reference until about epoch 60, then 0.085 by 300; blind5 spirals2-tanh-adam-0.03 and blind9
 * spirals-two-deep-tanh likewise), while the plateau faults never leave theirs. Measured over the
 * thirteen sets (`npm run bench:faults -- --set all`): at 0.2 those three lose their plateau, no catch
 * and no fault's own code is lost, off-target codes 191 → 190, re-raises 51 → 50; at 0.15 blind11 keeps
 * it; at 0.25 nothing more changes on a healthy spec.
 */
export const UNCHECKED_STALL_RUN_SHARE = 0.2;

/**
 * Whether a stall is long enough to be shown as a plateau without a fix to try: no progress over the
 * last UNCHECKED_STALL_RUN_SHARE of the planned epochs (at least `lossWindow`). A plateau whose
 * regularization can be undone (`lossPlateau` offers removing `weightDecay` or a lower heavy dropout:
 * the same two conditions) keeps the usual `lossWindow`: its trial checks it, or, for a dropout fix
 * without held-out data to judge it on, the dropout itself is the named cause.
 */
function longEnoughToShowUnchecked(ctx: DetectorContext, reference: ReferenceLoss): boolean {
  const { spec, losses, config } = ctx;
  if (spec.optimizer.weightDecay > 0 || heavyDropout(spec, ctx.inputs)) return true;
  const span = Math.ceil(UNCHECKED_STALL_RUN_SHARE * spec.training.epochs);
  if (span <= config.lossWindow) return true;
  const improvement = windowImprovement(losses, span, reference.loss);
  return improvement !== undefined && improvement < config.plateauImprovement;
}

/**
 * The window's progress while even its best loss stays above `goodLossRatio` of the reference,
 * however much it improved: what keeps a raised `lr-too-low` up. With weights that barely move, the
 * epoch loss is noise, and one lucky low epoch reads as progress; only a good loss clears it.
 * A validation loss at the good level within the window also counts as good (`learntOnValidation`).
 */
export function farFromGood(ctx: DetectorContext): Stall | undefined {
  const { reference, losses, config } = ctx;
  if (reference === undefined) return undefined;
  const improvement = windowImprovement(losses, config.lossWindow, reference.loss);
  const bestRatio = windowBestRatio(losses, config.lossWindow, reference.loss);
  const level = goodLevel(config.goodLossRatio, reference);
  if (improvement === undefined || bestRatio === undefined || !(bestRatio > level) || learntOnValidation(ctx, level)) return undefined;
  return { improvement, bestRatio, reference };
}

/**
 * Whether the best validation loss of the window is at or under `level` of the reference. The epoch's
 * training loss is an average over the epoch in training mode (batch statistics, dropout masks, the
 * weights still moving); the validation loss is the model at the epoch's end in evaluation mode, on
 * rows it never trained on, so a low one is direct evidence that the model has learnt. On noisy labels
 * with batch norm the two differ by more than the good level's margin: blind7 churn-batchnorm-rmsprop's
 * training loss stays at 0.86–0.90 of the reference while its validation loss falls to 0.78, under the
 * linear model's 0.88 (the offered capacity, a second hidden layer or 128 units, ends at validation
 * 0.469 and 0.455 against 0.442). Overfitting raises a validation loss rather than lowering it, so a
 * stalled model does not look learnt by it.
 */
function learntOnValidation(ctx: DetectorContext, level: number): boolean {
  const { valLosses, reference, config } = ctx;
  if (!valLosses || reference === undefined) return false;
  const best = windowBestRatio(valLosses, config.lossWindow, reference.loss);
  return best !== undefined && best <= level;
}

/** "improved by 0.3% of the reference loss 0.693 … while still at 98% of it (…)": the evidence of a stall. */
export function stallEvidence(ctx: DetectorContext, found: Stall): string {
  const { lossWindow, plateauImprovement, goodLossRatio } = ctx.config;
  return (
    `over the last ${lossWindow} epochs the best loss improved by ${ofReference(found.improvement, found.reference)} ` +
    `(${found.reference.what}; progress is at least ${fmt(100 * plateauImprovement)}%), and it is still ${fmt(100 * found.bestRatio)}% ` +
    `of that reference (below ${fmt(100 * goodLevel(goodLossRatio, found.reference))}% counts as learnt)${linearText(found)}`
  );
}

/**
 * "; a linear model reaches 0.21 on the same rows": the evidence that the data allows better. Only
 * when the linear model beats the constant answer too: one that crawls as the run does (a raw target
 * under Adam, the fixture exploding-gradient.raw-target: "reaches 7.30e+10 …, 841% of the reference") shows nothing.
 */
function linearText(found: Stall): string {
  const { linear, loss } = found.reference;
  if (linear === undefined || !(linear < found.bestRatio * loss) || !(linear < loss)) return '';
  return `; a linear model (the output layer alone) reaches ${fmt(linear)} on the same rows, ${fmt(100 * (linear / loss))}% of the reference`;
}

/**
 * `loss-plateau`: the run has stalled and no cause with its own code explains it (the caller checks
 * that). When strong regularization does, the message names it and the fix undoes it.
 */
export function lossPlateau(ctx: DetectorContext, found: Stall, layers: readonly LayerStats[]): Candidate {
  const { weightDecay } = ctx.spec.optimizer;
  const decay = decayCollapse(ctx, layers);
  const dropout = heavyDropout(ctx.spec, ctx.inputs);
  // Still no better than the constant answer on a raw target under bounded steps: the output is crawling toward its scale.
  const crawl = !decay && !dropout && found.bestRatio >= 1 ? ctx.slowTarget : undefined;
  const cause = crawl
    ? `${crawl.text} Do: rescale the target.`
    : decay
      ? `${decayText(ctx, decay)}: the decay outweighs what the data teaches. Do: lower "weightDecay" (1e-4 is typical) or remove it.`
      : dropout
        ? `${dropoutText(ctx, dropout)}: the network cannot learn through masks that cut it off. Do: lower the dropout rate or widen the layer before it.`
        : (unreachableTargetText(ctx) ??
          `Neither the learning rate nor dead or saturated units explain it. Do: ${flatUnitsText(ctx)}give it capacity (a hidden layer, more units, a nonlinear activation), ` +
            `check that the features can predict the target${weightDecay > 0 ? `, lower "weightDecay" (${fmt(weightDecay)})` : ''}, or remove heavy dropout.`);
  const message = `The loss has stopped falling far from a good value: ${stallEvidence(ctx, found)}. The network has learnt little. ${cause}`;
  const fixes: SuggestedEdit[] = [];
  // One preferred fix: the one for the cause the message names (the crawl, then the dropout, then the decay).
  const dropoutNamed = dropout !== undefined && !decay;
  if (weightDecay > 0) fixes.push({ title: 'Remove "weightDecay"', path: '/optimizer/weightDecay', value: undefined, preferred: !crawl && !dropoutNamed });
  if (dropoutNamed) fixes.unshift(dropoutFix(dropout));
  if (crawl) fixes.unshift(...crawl.suggestions);
  // With no regularization to undo, the stall's cause is unknown: the trial of the activation swap
  // (`fixes.ts`, tanh and sigmoid nets) informs the warning but cannot withhold it.
  const trialInforms = !decay && !dropout && weightDecay === 0;
  return { key: 'loss-plateau', diagnostic: ctx.at('loss-plateau', 'warning', '/layers', message, fixes), ...(trialInforms && { trialInforms }) };
}

/**
 * Why a network with a bounded output (sigmoid, tanh, softmax) stalls on a raw regression target: no
 * weights bring the output to the target's scale (blind11 loss-activation-mismatch.mse-sigmoid-on-raw-price).
 * The static `loss-activation-mismatch` carries the fix; undefined when the output or the target is not so.
 */
function unreachableTargetText(ctx: DetectorContext): string | undefined {
  const output = outputLayer(ctx.spec);
  const target = ctx.dataScale?.target;
  if (!output || !target || !boundedBothWays(output.activation)) return undefined;
  return (
    `The output's ${output.activation} is bounded, and the target "${target.name}" is in raw units (root mean square ${fmt(target.rms)}): ` +
    'no weights bring the output to it (see loss-activation-mismatch). Do: use a "linear" output activation for this regression.'
  );
}

/**
 * The advice for hidden tanh or sigmoid layers (the plateau's quick fix switches them: `fixes.ts`):
 * such networks can sit at the constant answer for long before they learn, where leaky_relu ones
 * do not (blind22 spirals-three-class-tanh, blind19 spirals-2class-tanh-clip).
 */
function flatUnitsText(ctx: DetectorContext): string {
  const kinds = [...new Set(saturatingHiddenLayers(ctx.spec).map((f) => f.layer.activation))];
  if (kinds.length === 0) return '';
  return `use "leaky_relu" instead of ${kinds.join(' and ')} (such units can hold a network at the constant answer for long before it learns), `;
}

/** The largest usual rate below which the dropout no longer drops every unit for DROPOUT_CUT_SHARE of the samples. */
function dropoutFix(found: HeavyDropout): SuggestedEdit {
  const rate = [0.5, 0.2, 0.1, 0.05].find((r) => r ** found.units < DROPOUT_CUT_SHARE) ?? 0;
  return { title: `Set the dropout "rate" to ${rate}`, path: `/layers/${found.index}/rate`, value: rate, preferred: true };
}

/**
 * Whether the recent steps changed some layer's weights by at least `lrLowUpdateRatio` of their size.
 * Below that the weights stand still, so whatever the epoch loss does is sampling noise (it averages
 * the batch losses, and a small last batch of outliers weighs as much as a full one), not steps that
 * overshoot: a curve that swings or climbs then is no evidence of a learning rate too high, and must
 * not contradict `lr-too-low`.
 */
export function stepsMoveTheLoss(ctx: DetectorContext, layers: readonly LayerStats[]): boolean {
  const ratio = ctx.history.recentUpdateRatio();
  // The ratio sees W only. Behind a dead ReLU layer the next layer's W gets no gradient and stands
  // still while its bias, still learning at the full rate, can overshoot.
  return Number.isNaN(ratio) || ratio >= ctx.config.lrLowUpdateRatio || layers.some((l) => isDeadReluLayer(ctx, l));
}

/**
 * `oscillating-loss`: the epoch loss keeps changing direction over the window, by large amounts.
 * Not judged under heavy dropout, whose masks make the training loss jump by chance, nor while the
 * steps are too small to move the loss (`stepsMoveTheLoss`).
 */
export function oscillatingLoss(ctx: DetectorContext, layers: readonly LayerStats[]): Candidate[] {
  const { reference, losses, config } = ctx;
  if (reference === undefined || heavyDropout(ctx.spec, ctx.inputs) || !stepsMoveTheLoss(ctx, layers)) return [];
  const flips = flipFraction(losses, config.lossWindow);
  const swing = medianSwing(losses, config.lossWindow, reference.loss);
  if (flips === undefined || swing === undefined) return [];
  const againstReference = flips > config.oscillationFlips && swing > config.oscillationSwing;
  const againstLevel = againstReference ? undefined : levelSwing(ctx);
  if (!againstReference && !againstLevel) return fullBatchOscillation(ctx);
  // The swings of one spike out of a long quiet fit are not the run oscillating (lr-too-high holds it too).
  if (progressOf(ctx).quietSpike) return [];
  const { lr } = ctx.spec.optimizer;
  const suggested = lowerLr(ctx.spec, 3);
  const bySize = againstLevel
    ? levelSwingText(againstLevel, ctx)
    : `by a median ${ofReference(swing, reference)} per epoch (${reference.what}; threshold ${fmt(100 * config.oscillationSwing)}%)`;
  const message =
    `The loss is oscillating: over the last ${config.lossWindow} epochs it changed direction in ${fmt(100 * flips)}% of the epochs ` +
    `(threshold ${fmt(100 * config.oscillationFlips)}%), ${bySize}. The steps overshoot the minimum instead of settling into it. ` +
    `Do: lower the learning rate (${fmt(lr)}; try ${fmt(suggested)})${largerBatchText(ctx)}${momentumText(ctx)}.`;
  const fixes = [setLr(suggested), ...lessMomentum(ctx.spec)];
  return [{ key: 'oscillating-loss', episode: STEPS_TOO_LARGE, settleChecks: config.lossWindow, diagnostic: ctx.at('oscillating-loss', 'warning', '/optimizer/lr', message, fixes) }];
}

/**
 * The larger batch the oscillation advice names, for less noisy steps: twice the written one, which it
 * names as the current value (a bare "(32)" read as the size to use: blind290 ok.sold-out-minmax-sgd).
 * Nothing on a full batch, whose steps have no sampling noise to lose (blind268 ok.stand-sgd-fullbatch
 * was told to use "batchSize" 300, its own: every training row already).
 */
function largerBatchText(ctx: DetectorContext): string {
  const { batchSize } = ctx.spec.training;
  return fullBatchRun(ctx) ? '' : `, use a larger "batchSize" (now ${batchSize}; try ${2 * batchSize}) for less noisy steps`;
}

/** `oscillating-loss` from the smooth cycles of full-batch RMSprop (`full-batch-cycles.ts`). */
function fullBatchOscillation(ctx: DetectorContext): Candidate[] {
  const diagnostic = fullBatchCyclesDiagnostic(ctx);
  return diagnostic ? [{ key: 'oscillating-loss', episode: STEPS_TOO_LARGE, settleChecks: ctx.config.lossWindow, diagnostic }] : [];
}
