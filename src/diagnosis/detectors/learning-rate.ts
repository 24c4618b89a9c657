/**
 * The learning rate judged during training: too high when one step changes the weights by a large
 * fraction or the loss (or the held-out rows' loss) climbs away from its best; too low when steps
 * barely change the weights and the loss has stalled far from a good value. Neither is blamed on the
 * learning rate when strong regularization explains it (`regularization.ts`): weights decayed away
 * make every step look huge and the loss climb back to the constant prediction's, and heavy dropout
 * makes the training loss jump by chance.
 */
import type { LayerStats } from '../../engine';
import { fmt, layerLabel } from '../context';
import { LR_RANGES } from '../rules-training';
import { targetPath, type DataScaleCause } from '../data-scale';
import type { Diagnostic } from '../../spec/types';
import { Candidate, DetectorContext, lessMomentum, lowerLr, momentumText, ofReference, roundLrToOneDigit, setClipNorm, setLr } from './context';
import { Stall, stallEvidence, stepsMoveTheLoss, STEPS_TOO_LARGE } from './loss-curve';
import { progressOf } from './progress';
import { fittedBestBefore } from './fit-bar';
import { decayCollapse, heavyDropout } from './regularization';
import { maxUpdateRatio, minimum, RECENT_EPOCHS, riseFromBest, riseMultiple } from './signals';
import { settlingTrialEpoch } from './settling-overshoot';
import { creepingEvidence, shortOfGoal, slowDescent } from './slow-pace';

/**
 * A loss whose every recent epoch sits above this multiple of its best has lost what it learnt: the
 * geometric middle of the healthy specs' largest sustained value (2.12) and the weakest fault's
 * (3.40; `bench/detector-thresholds.ts`).
 */
export const RISE_MULTIPLE = 2.7;

/**
 * Epochs that must all sit above RISE_MULTIPLE times the best, a full `lossWindow` by default: a
 * healthy run bounces to a few times its converged loss and comes back (set B's
 * moons-tanh-sgd-momentum: 4.2× for three or four epochs; the final set's spirals-3class-elu-deep-adam,
 * converged at 2% of its reference, spikes to 0.3–0.4 under Adam and is back within 6 to 7 epochs),
 * a run that has lost what it learnt stays up.
 */
export const RISE_MULTIPLE_EPOCHS = 10;

/**
 * The held-out rows' loss has run away: every one of the last VALIDATION_RISE_EPOCHS validation losses
 * sits above VALIDATION_RISE_MULTIPLE times its best before them, and above the reference loss (worse
 * than the constant answer's scale). Chosen on the 633 runs of the forty sets that hold rows out
 * (session 13; docs/diagnostics.md, lr-too-high): no healthy run does this at any epoch (the closest,
 * blind40 fraud-sgd-long, reaches 1.5× its best above the reference; blind35 textures-deep-relu-sgd
 * 1.5× at 0.7 of it), while RMSprop 0.05 and its like, whose training loss only bounces, climb to 3–9×.
 */
export const VALIDATION_RISE_MULTIPLE = 2;
export const VALIDATION_RISE_EPOCHS = 5;

/** What steps too large do, as the message says unless the run is memorising its rows (`memorisingText`). */
const OVERSHOOT = 'Steps this large overshoot the minimum, so the loss bounces or diverges.';

/** The held-out rows' climb as evidence, and the memorising text when the training loss still falls meanwhile. */
interface ValidationClimb {
  why: string;
  memorising: string | undefined;
}

/** Validation losses a run needs before its climb is judged: a best and a window after it. */
const VALIDATION_MIN_EPOCHS = 10;

/** The update-to-weight ratio a healthy step aims at (the usual rule of thumb): lr-too-low scales towards it. */
const TARGET_UPDATE_RATIO = 1e-3;

/** `lr-too-high`: huge relative updates, a loss that has climbed well above its best, or a validation loss that ran away. */
export function lrTooHigh(ctx: DetectorContext, layers: readonly LayerStats[]): Candidate[] {
  if (decayCollapse(ctx, layers)) return [];
  const huge = hugeUpdate(ctx, layers);
  const fromTraining = huge ?? (heavyDropout(ctx.spec, ctx.inputs) ? undefined : climbingLoss(ctx, layers));
  const climb = fromTraining === undefined ? climbingValidation(ctx) : undefined;
  const why = fromTraining ?? climb?.why;
  if (why === undefined) return [];
  const { lr } = ctx.spec.optimizer;
  const suggested = lowerLr(ctx.spec, 10);
  const momentum = lessMomentum(ctx.spec);
  const message =
    `The learning rate ${fmt(lr)} is too high for this network: ${why}. ${climb?.memorising ?? OVERSHOOT} ` +
    `Try ${fmt(suggested)}${momentumText(ctx)}, or set "clipNorm".`;
  // Every remedy the message names is offered: on spikes a run recovers from, the clip can keep its
  // pace where a tenth of the rate slows it (blind7 sensors-batchnorm-sgd-full-batch: 0.150 vs 0.375).
  const fixes = [setLr(suggested), ...momentum, ...(ctx.spec.optimizer.clipNorm > 0 ? [] : [setClipNorm(false)])];
  const diagnostic = ctx.at('lr-too-high', 'warning', '/optimizer/lr', message, fixes);
  const onValidation = fromTraining === undefined ? { judgedOnValidation: true } : {};
  const trialFromEpoch = settlingTrialEpoch(ctx);
  const settling = trialFromEpoch === undefined ? {} : { trialFromEpoch };
  // A climb out of a fit: a fix must also stand under where the run stood before it (fit-bar.ts).
  const bar = huge === undefined && fromTraining !== undefined ? fittedBestBefore(ctx) : undefined;
  const barred = bar === undefined ? {} : { standingBar: bar };
  return [{ key: 'lr-too-high', episode: STEPS_TOO_LARGE, settleChecks: ctx.config.lossWindow, replaces: 'oscillating-loss', ...onValidation, ...settling, ...barred, diagnostic }];
}

/**
 * Large relative updates are a proxy for overshooting; a loss that fell at every epoch
 * (`Progress.steadyDescent`) is direct evidence that they do not: weights growing from a small start
 * (blind6's full-batch logistic regression: ratios 0.20–0.25 for its first epochs, the loss falling
 * at each) change by a large share of themselves while going downhill.
 */
function hugeUpdate(ctx: DetectorContext, layers: readonly LayerStats[]): string | undefined {
  const ratio = maxUpdateRatio(layers);
  const threshold = ctx.config.lrHighUpdateRatio;
  if (!(ratio > threshold) && !Number.isNaN(ratio)) return undefined;
  if (!Number.isNaN(ratio) && progressOf(ctx).steadyDescent) return undefined;
  const layer = layers.find((l) => l.updateRatio === ratio || Number.isNaN(l.updateRatio));
  const where = layer ? ` of ${layerLabel(ctx.spec, layer.index)}` : '';
  const { weightDecay } = ctx.spec.optimizer;
  // Strong decay holds the weights so small that any step is large beside them.
  const decay = weightDecay > 0 ? `; "weightDecay" ${fmt(weightDecay)} keeps the weights small, so lower it too if the loss does not fall` : '';
  return `the last step changed the weights${where} by ${fmt(100 * ratio)}% of their size (update/weight ratio; threshold ${fmt(100 * threshold)}%, healthy runs stay below 10%)${decay}`;
}

/**
 * The loss has climbed away from its best: by more than `lrHighRise` of the reference, or (a run that
 * learnt well and bounces back, whose climb is small beside the reference) to more than RISE_MULTIPLE
 * times its best, by at least `plateauImprovement` of the reference (a material amount of progress).
 */
function climbingLoss(ctx: DetectorContext, layers: readonly LayerStats[]): string | undefined {
  if (ctx.reference === undefined || !stepsMoveTheLoss(ctx, layers)) return undefined;
  const rise = riseFromBest(ctx.losses, ctx.reference.loss);
  const multiple = riseMultiple(ctx.losses, RISE_MULTIPLE_EPOCHS);
  if (rise === undefined) return undefined;
  const absolute = rise > ctx.config.lrHighRise;
  if (!absolute && !(multiple !== undefined && multiple > RISE_MULTIPLE && rise >= ctx.config.plateauImprovement)) return undefined;
  const split = ctx.losses.length - RECENT_EPOCHS;
  const best = minimum(ctx.losses, 0, split);
  // One spike out of a long quiet fit is Adam's or momentum's now-and-then excursion: held while it may recover.
  const progress = progressOf(ctx);
  if (progress.recovering || progress.quietSpike) return undefined;
  const recent = minimum(ctx.losses, split, ctx.losses.length);
  const threshold = absolute
    ? `threshold ${fmt(100 * ctx.config.lrHighRise)}%`
    : `the last ${RISE_MULTIPLE_EPOCHS} epochs all at least ${fmt(multiple ?? NaN)}× the best, threshold ${fmt(RISE_MULTIPLE)}× and at least ${fmt(100 * ctx.config.plateauImprovement)}%`;
  return (
    `every one of the last ${RECENT_EPOCHS} epochs ended with a loss of at least ${fmt(recent)}, ${fmt(recent - best)} above the best ` +
    `loss before them (${fmt(best)}; the rise is ${ofReference(rise, ctx.reference)}, ${ctx.reference.what}; ${threshold})`
  );
}

/**
 * The validation loss has climbed far above its best and stayed there (VALIDATION_RISE_MULTIPLE, over
 * VALIDATION_RISE_EPOCHS epochs, above the reference): steps too large knock the network off what it
 * had learnt of the held-out rows while its training loss only bounces (blind40
 * lr-too-high.rmsprop-0.05: validation 0.55 → 4.7 in 60 epochs, the training loss 0.07–0.5; at lr
 * 0.001 the validation loss ends at 0.72). Heavy dropout does not excuse it: the validation loss is
 * measured without dropout.
 */
function climbingValidation(ctx: DetectorContext): ValidationClimb | undefined {
  const held = ctx.valLosses ?? [];
  if (ctx.reference === undefined || held.length < VALIDATION_MIN_EPOCHS) return undefined;
  const split = held.length - VALIDATION_RISE_EPOCHS;
  const best = minimum(held, 0, split);
  const recent = minimum(held, split, held.length);
  if (!(recent > VALIDATION_RISE_MULTIPLE * best && recent > ctx.reference.loss)) return undefined;
  const training = ctx.losses[ctx.losses.length - 1];
  const why =
    `the validation loss has stayed at ${fmt(recent)} or more for the last ${VALIDATION_RISE_EPOCHS} epochs, ${fmt(recent / best)}× its best ` +
    `(${fmt(best)}; threshold ${fmt(VALIDATION_RISE_MULTIPLE)}×) and above the reference loss (${fmt(ctx.reference.loss)}), ` +
    `while the training loss is at ${fmt(training)}`;
  return { why, memorising: memorisingText(ctx, held, best) };
}

/**
 * What the rate does to a run that fits its training rows ever closer while its held-out loss climbs:
 * it memorises them, and large steps speed that (blind232 ok.pass-relu-adam: training 0.0092,
 * validation 0.36 → 0.93; at a tenth of the rate 0.381 against 0.751). Overshoot, the usual text,
 * would be false there. The sign: every recent training loss below the training loss of the epoch the
 * held-out loss was best, so a run whose training loss has converged (blind232's spec at 20,000 epochs:
 * 7.2e-10, no new low in 5 epochs) still reads as memorising, and one whose training loss bounces back
 * up does not. Without the epochs aligned (a non-finite validation loss dropped), a new training low
 * in the recent epochs is the sign. Undefined when neither holds.
 */
function memorisingText(ctx: DetectorContext, held: readonly number[], best: number): string | undefined {
  const split = ctx.losses.length - VALIDATION_RISE_EPOCHS;
  if (split <= 0) return undefined;
  const recentWorst = Math.max(...ctx.losses.slice(split));
  const tail = ': it is memorising them, and steps this large speed that.';
  // The validation losses are every epoch's only when none was dropped as non-finite.
  if (held.length === ctx.losses.length) {
    const bestEpoch = held.lastIndexOf(best);
    const then = ctx.losses[bestEpoch];
    if (!(recentWorst < then)) return undefined;
    return (
      `The training loss has stayed below ${fmt(then)}, where it was when the held-out loss was at its best ` +
      `(${held.length - 1 - bestEpoch} epochs ago), so the network fits its training rows ever closer while the held-out rows' loss climbs${tail}`
    );
  }
  if (!(minimum(ctx.losses, split, ctx.losses.length) < minimum(ctx.losses, 0, split))) return undefined;
  return `The training loss is still reaching new lows, so the network is fitting its training rows ever closer while the held-out rows' loss climbs${tail}`;
}

/**
 * `lr-too-low`: the run has stalled (`stall`) and either no step changes any layer's weights by more
 * than `lrLowUpdateRatio`, or the loss creeps down at every epoch far above what a linear model
 * reaches (`slowDescent`); or, stalled or not, it creeps with steps so small that the whole run cannot
 * take the network past a linear model (`creepingEvidence`), or falls too slowly to reach the constant
 * answer, or (an unlearnt network with hidden layers) a linear model, in the epochs left (`shortOfGoal`).
 * The evidence is in slow-pace.ts.
 */
export function lrTooLow(ctx: DetectorContext, layers: readonly LayerStats[], stalled: Stall | undefined): Candidate[] {
  const ratio = maxUpdateRatio(layers);
  // A ratio of exactly 0: no layer's weights got any gradient, which no learning rate would change.
  if (layers.length === 0 || !(ratio > 0)) return [];
  const { lr, type } = ctx.spec.optimizer;
  const suggested = raisedLr(lr, ratio, LR_RANGES[type].high);
  let why: string;
  // Only steps this tiny earn the general claim; the other evidence states its own pace and epochs.
  let tail = '';
  if (stalled === undefined) {
    const creep = creepingEvidence(ctx, ratio) ?? shortOfGoal(ctx, layers);
    if (creep === undefined) return [];
    why = creep;
  } else if (ratio < ctx.config.lrLowUpdateRatio) {
    why =
      `no layer's weights change by more than ${fmt(ratio)} of their size per step ` +
      `(update/weight ratio; threshold ${fmt(ctx.config.lrLowUpdateRatio)}, healthy runs stay near 1e-3), and ${stallEvidence(ctx, stalled)}`;
    tail = ' Training this slowly would take orders of magnitude more epochs.';
  } else {
    // Held by its hysteresis (`stalled` is then "far from good"), a run short of the constant answer keeps that evidence.
    const descent = slowDescent(ctx, layers);
    const evidence = descent !== undefined ? `${descent}; ${stallEvidence(ctx, stalled)}` : shortOfGoal(ctx, layers);
    if (evidence === undefined) return [];
    why = evidence;
  }
  const crawl = crawlingToRawTarget(ctx);
  if (crawl) return [{ key: RAW_TARGET_CRAWL_KEY, episode: 'lr-too-low', replaces: 'lr-too-low', diagnostic: rawTargetCrawl(ctx, why, crawl, suggested) }];
  const message = `The learning rate ${fmt(lr)} is too low for this network: ${why}.${tail} Try ${fmt(suggested)}.`;
  return [{ key: 'lr-too-low', replaces: RAW_TARGET_CRAWL_KEY, diagnostic: ctx.at('lr-too-low', 'warning', '/optimizer/lr', message, [setLr(suggested)]) }];
}

/**
 * The key of the slow-rate detector's finding when it is the raw-target crawl (`rawTargetCrawl`): one
 * episode with `lr-too-low`, but its own key, so that either taking the other's place is shown as a
 * take-over (cleared, then raised) rather than swapped in under the same key unannounced.
 */
export const RAW_TARGET_CRAWL_KEY = 'lr-too-low:raw-target';

/**
 * A slow run still worse than the constant answer on a raw target under steps of bounded size, as
 * `exploding-gradient` on the target, as the probe's crawl is (probe-lr-rules.ts): the error, and
 * every gradient made from it, are as large as the target, and the bounded steps turn that into a
 * crawl. Raised as `lr-too-low` until session 35: over the 162 sets, of the faults it decides (no other
 * catch at edit time), 11 filed `exploding-gradient` that were missed are caught, and four filed
 * `lr-too-low` or `loss-plateau` (raw targets under Adam 0.001 too) are missed; on the 99 healthy specs
 * with such a target the same four are warned before and after, three by this finding, each disputed
 * (`npx tsx bench/spec-outcomes.ts`, before and after).
 * Keyed `RAW_TARGET_CRAWL_KEY`, in `lr-too-low`'s episode: it is the slow-rate detector's finding.
 */
function rawTargetCrawl(ctx: DetectorContext, why: string, crawl: DataScaleCause, suggested: number): Diagnostic {
  const message =
    `Exploding gradient from a raw target: under mse the errors, and every gradient made from them, are as large as the target, ` +
    `and ${why}. ${crawl.text} Or try lr ${fmt(suggested)}.`;
  return ctx.at('exploding-gradient', 'warning', targetPath(ctx.spec), message, [...crawl.suggestions, setLr(suggested, false)]);
}

/**
 * The raw target as the cause, when the network is still worse than the constant answer under steps
 * of bounded size (`slowTargetCause`): the output creeps toward the target's scale, and rescaling the
 * target is the fix (preferred, tried first), as the probe's crawl says at edit time (blind84
 * raw-vote-share-target: a vote share in percentage points under Adam 0.001 ends above the mean's loss).
 */
function crawlingToRawTarget(ctx: DetectorContext): DataScaleCause | undefined {
  const last = ctx.losses[ctx.losses.length - 1];
  return ctx.reference !== undefined && last > ctx.reference.loss ? ctx.slowTarget : undefined;
}

/** Scales lr by the power of ten (10 to 1000) that brings the update ratio nearest TARGET_UPDATE_RATIO, within the optimizer's sensible range. */
function raisedLr(lr: number, ratio: number, ceiling: number): number {
  const exponent = ratio > 0 ? Math.round(Math.log10(TARGET_UPDATE_RATIO / ratio)) : 3;
  const factor = 10 ** Math.min(3, Math.max(1, exponent));
  return roundLrToOneDigit(Math.min(lr * factor, ceiling));
}
