/**
 * One answer, shared by every training detector, to the question behind most of their allowances:
 * is the network still making progress towards a good loss (or already there), or has it stalled or
 * turned away? Saturated or dead units, large steps and a flat stretch are faults only when learning
 * suffers; a run that has fitted the data, is falling steeply, descends at every epoch, or is coming
 * back from one excursion is not suffering. Every figure is a pure function of the epoch losses, the
 * reference loss and the linear model's loss (`baseline.ts`), so the benchmark can print its margins.
 */
import type { DiagnosticsConfig } from '../../spec/types';
import type { ReferenceLoss } from './baseline';
import { bestIndex, minimum, RECENT_EPOCHS, recentFall, riseFromBest, smoothOvershoot, windowBestRatio } from './signals';

/** Where a run stands, epoch by epoch: what the detectors' allowances read. */
export interface Progress {
  /**
   * The window's best loss is at the fitted level (`fittedLevel`): whatever its units or steps look
   * like, the network has fitted the data.
   */
  fitted: boolean;
  /** The loss has not climbed from its best by more than `lrHighRise` of the reference, or is coming back (`recovering`). */
  holding: boolean;
  /** The best loss fell by at least STEEP_FALL_RATE per epoch over the last FALL_EPOCHS epochs. */
  fallingSteeply: boolean;
  /** The loss fell at every epoch of the run so far (at least one), or of the last `lossWindow` epochs. */
  steadyDescent: boolean;
  /** The loss since its best is one excursion that is coming back down (`recovering`). */
  recovering: boolean;
  /** The loss's climb is one young spike out of a fitted, quiet run (`youngSpikeInFit`): held while it may recover. */
  quietSpike: boolean;
}

/** The losses and references a `Progress` is measured from. */
export interface ProgressInput {
  losses: readonly number[];
  reference: ReferenceLoss | undefined;
  config: Pick<DiagnosticsConfig, 'lossWindow' | 'lrHighRise' | 'plateauImprovement' | 'goodLossRatio'>;
}

/** The last `Progress` measured for a history, with what it was measured from. */
interface Measured {
  epochs: number;
  reference: ReferenceLoss | undefined;
  config: ProgressInput['config'];
  progress: Progress;
}

const lastMeasured = new WeakMap<readonly number[], Measured>();

/**
 * Measures where the run stands now. Several detectors ask each epoch; the answer is kept per history
 * until the history grows (or the reference or config differs), so it is measured once an epoch.
 */
export function progressOf(input: ProgressInput): Progress {
  const { losses, reference, config } = input;
  const kept = lastMeasured.get(losses);
  if (kept && kept.epochs === losses.length && kept.reference === reference && kept.config === config) return kept.progress;
  const progress = measureProgress(input);
  lastMeasured.set(losses, { epochs: losses.length, reference, config, progress });
  return progress;
}

function measureProgress(input: ProgressInput): Progress {
  const { losses, reference, config } = input;
  const recovering = recoveringFrom(input);
  const rise = reference === undefined ? undefined : riseFromBest(losses, reference.loss);
  return {
    fitted: reference !== undefined && atFittedLevel(windowBestRatio(losses, config.lossWindow, reference.loss), reference),
    holding: recovering || (rise !== undefined && rise <= config.lrHighRise),
    fallingSteeply: fallRate(losses) >= STEEP_FALL_RATE,
    steadyDescent: steadyDescent(losses, config.lossWindow),
    recovering,
    quietSpike: reference !== undefined && youngSpikeInFit(losses, reference, config.lossWindow),
  };
}

/** A run that is at its fitted level and not climbing away from it: nothing about it needs fixing. */
export function settledFit(progress: Progress): boolean {
  return progress.fitted && progress.holding;
}

/** The run is learning or has learnt: fitted and holding, or falling steeply. */
export function makingProgress(progress: Progress): boolean {
  return settledFit(progress) || progress.fallingSteeply;
}

/**
 * The share of the achievable bar under which a network counts as having fitted the data. The bar is
 * the lower of the reference and a linear model's loss; a network well under it does far better than
 * either, so its hidden layers do the work. Measured over the six fault sets (docs/diagnostics.md):
 * blind5's healthy spirals2-tanh-adam-0.03 reaches 0.146 of its bar on an epoch whose tanh layer is
 * saturated while its loss no longer falls steeply; the lowest fault raise with a full window sits at
 * 0.171 (blind4 rmsprop-0.03-zigzag-wear, dead-relu), saturated-activation raises at 0.64 or more. At
 * 0.2 the dead-relu warnings of two deep-relu spiral faults (0.18–0.20) flapped.
 */
export const FIT_SHARE = 0.16;

/**
 * Below this share of the reference, and at or below the linear model's loss, a network has converged
 * whatever a linear model reaches: a healthy sigmoid classifier whose first layer saturates as it
 * converges sits at 0.036, the saturated-activation faults at 0.18 or more once their window is full.
 */
export const CONVERGED_SHARE = 0.1;

/**
 * The window-best ratio (over the reference) at or under which the run has fitted the data: under
 * FIT_SHARE of min(reference, linear) (a linear model worse than the constant answer sets no bar:
 * blind4's raw dollar features, 273× the reference), or under CONVERGED_SHARE of the reference while
 * no worse than a linear model.
 */
export function fittedLevel(reference: ReferenceLoss): number {
  const linear = reference.linear === undefined ? undefined : reference.linear / reference.loss;
  const beyondLinear = FIT_SHARE * Math.min(1, linear ?? 1);
  return Math.max(beyondLinear, Math.min(CONVERGED_SHARE, linear ?? Infinity));
}

function atFittedLevel(bestRatio: number | undefined, reference: ReferenceLoss): boolean {
  return bestRatio !== undefined && bestRatio <= fittedLevel(reference);
}

/** Epochs over which the rate of fall is measured. */
export const FALL_EPOCHS = 5;

/**
 * A fall of the best loss of at least this share per epoch (about 15% over FALL_EPOCHS) is steep: the
 * network is learning fast. Measured over the fault sets: a healthy tanh regression whose hidden units
 * saturate as it learns falls by 5–24% an epoch at each epoch its saturation would be raised (blind4
 * wear-two-targets-tanh); the one saturated-activation fault raised late (final
 * tanh-weights-grow-late) falls by at most 2% an epoch on its raising epochs.
 */
export const STEEP_FALL_RATE = 0.032;

/**
 * The relative fall of the best loss per epoch over the last `epochs` epochs (FALL_EPOCHS by default;
 * geometric mean; 0 when it did not fall, or too few epochs are known).
 */
export function fallRate(losses: readonly number[], epochs = FALL_EPOCHS): number {
  const fall = recentFall(losses, epochs);
  return fall === undefined || !(fall < 1) ? 0 : 1 - fall ** (1 / epochs);
}

/**
 * Whether a run too short for `fallRate` (at most FALL_EPOCHS epochs, at least 3) is already falling
 * steeply: its best loss after the first epoch against the first, per epoch since (geometric mean), at
 * least STEEP_FALL_RATE. Read by `saturated-activation` alone: tanh units that saturate in the first
 * epochs of a regression on a raw-scale target while the loss plunges are not stalling it (blind16
 * housing-sgd-clip: 78,192 → 8,315 in five epochs, the layer 59% saturated; `leaky_relu` was ahead after
 * five epochs, 28,800 against 42,000, and behind after the run's 200, 593 against 386). Over the sixteen
 * sets that warning goes and no catch or fault's own code is lost; `dead-relu` is left out, as units
 * killed in the first steps are a fault however fast the loss falls at first (blind4
 * dead-relu.adam-0.1-first-steps-kill-units is lost when it reads this too: docs/diagnostics.md, the
 * horizon, experiment 5).
 */
export function fallingSteeplyEarly(losses: readonly number[]): boolean {
  if (losses.length < 3 || losses.length > FALL_EPOCHS) return false;
  return fallRate(losses, losses.length - 1) >= STEEP_FALL_RATE;
}

/**
 * Whether the loss fell at every epoch of the last `window` epochs (of the run, while it is shorter):
 * direct evidence that the steps go downhill, whatever their size. A weight vector growing from a
 * small start (logistic regression, one unit at batch size 1) changes by a large share of itself at
 * each step while its loss falls smoothly.
 */
export function steadyDescent(losses: readonly number[], window: number): boolean {
  if (losses.length < 2) return false;
  for (let i = Math.max(1, losses.length - window); i < losses.length; i++) if (!(losses[i] < losses[i - 1])) return false;
  return true;
}

/**
 * One smooth overshoot after the run had learnt (its best before the recent epochs below the good
 * level, `goodLevel`): up without a dip for at most `lossWindow` epochs, then down at every epoch
 * (`smoothOvershoot`), or one sudden spike from near the best that is falling back at every epoch
 * (`recoveringSpike`). Not evidence of a rate too high, which makes the loss bounce or keeps it up,
 * nor a stall: the loss is falling. A run that never learnt gets no such allowance: its climb is no
 * overshoot after a descent.
 */
function recoveringFrom(input: ProgressInput): boolean {
  const { losses, reference, config } = input;
  if (reference === undefined || losses.length <= RECENT_EPOCHS) return false;
  const best = minimum(losses, 0, losses.length - RECENT_EPOCHS) / reference.loss;
  if (!(best < goodLevel(config.goodLossRatio, reference))) return false;
  return smoothOvershoot(losses, config.lossWindow) || recoveringSpike(losses, config.lossWindow, reference.loss, config.plateauImprovement);
}

/**
 * Whether the loss since its best (before the last RECENT_EPOCHS epochs) is one sudden spike that is
 * falling back: its highest epoch lies within the last `maxAge` epochs, it has fallen at every epoch
 * since, and the climb to it started from a loss within `margin` × `baseline` of the best. Unlike
 * `smoothOvershoot`, the epochs before the spike may be noisy: blind5's healthy spirals4-three-relu-adam
 * wanders at 0.04–0.07 of a 1.386 reference, spikes once under Adam to 1.107 and is back at 0.085
 * six epochs later. A rate too high keeps the loss up or bounces: its fall stops, or its climb starts
 * from a loss already well above the best.
 */
export function recoveringSpike(losses: readonly number[], maxAge: number, baseline: number, margin: number): boolean {
  if (losses.length <= RECENT_EPOCHS) return false;
  const bestAt = bestIndex(losses, losses.length - RECENT_EPOCHS);
  if (bestAt < 0) return false;
  const best = losses[bestAt];
  let peakAt = losses.length - 1;
  for (let i = losses.length - 2; i >= 0 && losses[i] > losses[i + 1]; i--) peakAt = i;
  // peakAt is where the current unbroken fall began: the spike's top, if it is the highest since the best.
  if (peakAt === losses.length - 1 || peakAt < losses.length - maxAge) return false;
  // Backwards, so a long history stops at the first higher loss, usually near the end.
  for (let i = losses.length - 1; i >= bestAt; i--) if (losses[i] > losses[peakAt]) return false;
  let onset = peakAt;
  while (onset > 0 && losses[onset - 1] < losses[onset]) onset--;
  return (losses[onset] - best) / baseline < margin;
}

/**
 * A loss within this multiple of the best counts as quiet: a fitted run under Adam wanders over up
 * to twice its best between spikes (blind24 spirals-deep-adam-long 2.2×, blind28
 * spirals-deep-relu-adam 1.9×); a rate too high bounces over 7× or more (blind11 adam-0.2-moons 12.7×,
 * blind13 batch-1-adam 7.9×, blind15 batch1-adam-0p05 8.8×).
 */
export const QUIET_MULTIPLE = 2.5;

/** A spike younger than this many loss windows may still be one the run recovers from. */
export const SPIKE_HOLD_WINDOWS = 2;

/** Loss windows the run must have been quiet for before the spike. */
export const QUIET_WINDOWS = 3;

/**
 * Whether the loss's climb is one young spike out of a fitted, quiet run: the best before the last
 * RECENT_EPOCHS epochs is at the fitted level (`fittedLevel`), the excursion above QUIET_MULTIPLE ×
 * that best began at most SPIKE_HOLD_WINDOWS × `window` epochs ago, and each of the QUIET_WINDOWS ×
 * `window` epochs before it stayed within QUIET_MULTIPLE × the best. Such a spike is the kind a long
 * Adam or momentum run takes now and then and recovers from (blind24 spirals-deep-adam-long at epoch
 * 383 of 400: a tenth of the rate, which its trial favoured during the spike, ends the run at 0.110
 * against 0.0577); a rate too high bounces again and again, so its run is never quiet that long, or
 * keeps the loss up past the hold. Measured over the thirty-six sets (docs/diagnostics.md, "The
 * horizon (open)", rule 17): three healthy warnings gone, no catch lost.
 */
export function youngSpikeInFit(losses: readonly number[], reference: ReferenceLoss, window: number): boolean {
  if (losses.length <= RECENT_EPOCHS) return false;
  const bestAt = bestIndex(losses, losses.length - RECENT_EPOCHS);
  if (bestAt < 0) return false;
  const best = losses[bestAt];
  if (!(best / reference.loss <= fittedLevel(reference))) return false;
  const bar = QUIET_MULTIPLE * best;
  const hold = SPIKE_HOLD_WINDOWS * window;
  // Back only as far as the hold: a run that diverged long ago must not cost a scan of its history every epoch.
  let onset = losses.length;
  while (onset > 0 && losses.length - onset <= hold && !(losses[onset - 1] <= bar)) onset--;
  const quiet = QUIET_WINDOWS * window;
  if (onset === losses.length || losses.length - onset > hold || onset < quiet) return false;
  for (let i = onset - quiet; i < onset; i++) if (!(losses[i] <= bar)) return false;
  return true;
}

/**
 * A network that has explained at least this share of what a linear model explains (of the drop from
 * the reference to the linear model's loss) is not stuck: measured on the three fault sets, a
 * healthy noisy-label run stalls at 0.58 of it, the plateau faults whose linear model learns stall
 * at 0.19 or less; 1/3 is near their geometric middle.
 */
export const LINEAR_SHARE = 1 / 3;

/**
 * The best loss ratio (over the reference) below which a run counts as learnt: `goodLossRatio`, or,
 * where a linear model itself gets below it (the data has signal a linear model finds), the level
 * that keeps LINEAR_SHARE of the linear model's gain, if higher: on noisy labels even a linear model
 * stays near the reference, and a network at its level has learnt what the data allows.
 * Between `goodLossRatio` and the reference the level slides back to `goodLossRatio` as the linear
 * model's gain vanishes (`goodLossRatio` + (1 − LINEAR_SHARE) × gain), so it has no jump: a linear
 * model at 0.79 of the reference gave 0.93 and one at 0.81 gave 0.80, which failed a noisy-label
 * run with dropout at the linear model's level (blind4 loans-elu-batchnorm-dropout-deep3: linear
 * 0.806, the network's window best 0.79–0.86; level now 0.93). Where a linear model learns almost
 * nothing (XOR, circles, spirals) the data may be nonlinear, not noisy: the level is near
 * `goodLossRatio` (dev loss-plateau.two-unit-bottleneck: linear 0.943, level 0.84, stalled at 0.86).
 */
export function goodLevel(goodLossRatio: number, reference: ReferenceLoss): number {
  const best = reference.linearSolved ?? reference.linear;
  const linear = best === undefined ? undefined : best / reference.loss;
  if (linear === undefined || !(linear < 1)) return goodLossRatio;
  const gain = 1 - linear;
  return Math.max(goodLossRatio, Math.min(1 - LINEAR_SHARE * gain, goodLossRatio + (1 - LINEAR_SHARE) * gain));
}
