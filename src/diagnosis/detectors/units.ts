/**
 * Unit-level detectors: ReLU units that never fire, and sigmoid/tanh units pinned at their limits.
 * Both read the engine's per-layer fractions at the end of each epoch.
 */
import type { LayerStats } from '../../engine';
import type { DenseLayerSpec, SuggestedEdit } from '../../spec/types';
import { fmt, layerLabel } from '../context';
import { LR_RANGES } from '../rules-training';
import { Candidate, DetectorContext, lowerLr, setLr } from './context';
import { normalizeInputsFix } from '../data-scale';
import { lostGradientText } from './gradient-reach';
import { fallingSteeplyEarly, makingProgress, progressOf } from './progress';

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
 * Dead units are a fault when they stall learning, so, as for saturation, none is newly raised while
 * the run makes progress (`makingProgress`: fitted and holding, or falling steeply): units that died in
 * a network that reached a loss that good were not needed for it (blind5 spirals4-three-relu-adam: half
 * of a 64-unit layer dead, loss at 0.03 of its reference), and units that die while the loss falls
 * steeply have not stopped it (blind7 housing-relu-adam-standard: half of a 16-unit layer dead from
 * epoch 5 while the loss falls from 0.55 to 0.035 of its reference; leaky_relu, the advice, ends at the
 * same validation loss). A layer already raised (`isRaised`) stays judged by its units: a loss that
 * dips to the fitted level and back would make it flap. Nor does progress excuse a layer most of whose
 * units the steps killed during the run (`killedWhileLearning`).
 */
export function deadRelu(ctx: DetectorContext, layers: readonly LayerStats[], isRaised: (key: string) => boolean = () => false): Candidate[] {
  const learning = makingProgress(progressOf(ctx));
  const found: Candidate[] = [];
  const threshold = ctx.config.deadReluFraction;
  for (const stats of layers) {
    const layer = ctx.spec.layers[stats.index];
    if (layer?.type !== 'dense' || stats.deadFraction === undefined || !isDeadReluLayer(ctx, stats)) continue;
    if (learning && !isRaised(`dead-relu:${stats.index}`) && !killedWhileLearning(ctx, stats)) continue;
    const dead = Math.round(stats.deadFraction * layer.units);
    const path = `/layers/${stats.index}/activation`;
    const message =
      `${dead} of ${layer.units} ReLU units in ${layerLabel(ctx.spec, stats.index)} (${fmt(100 * stats.deadFraction)}%) ` +
      `output 0 for every sample of the epoch (threshold ${fmt(100 * threshold)}%): they get no gradient ` +
      `and can never recover.${lostGradientText(ctx, layers, stats.index)} ` +
      `Use "activation": "leaky_relu", a lower learning rate, ${rawInputs(ctx) ? 'normalized inputs ("normalize": "standard"), ' : ''}or a small positive "bias".`;
    found.push({ key: `dead-relu:${stats.index}`, diagnostic: ctx.at('dead-relu', 'warning', path, message, deadReluFixes(ctx, stats.index, layer)) });
  }
  return found;
}

/**
 * The dead share of a layer past which units that died during a run that still makes progress are
 * raised anyway: three quarters of the layer.
 */
export const KILLED_WHILE_LEARNING_FRACTION = 0.75;

/**
 * Whether a ReLU layer that was alive at the first epoch has since lost KILLED_WHILE_LEARNING_FRACTION
 * of its units under a rate above the optimizer's typical one. Such a run can still make progress on
 * the units left, so `makingProgress` would keep it quiet, yet its steps are what killed them: blind41
 * lr-too-high.rmsprop-0.05 (RMSprop 0.05 on hourly temperatures) ends with 81% and 88% of its two layers
 * dead at 0.034 of its reference loss, where a tenth of the rate ends at 0.78 against 1.04. The advice
 * trial then decides: the warning is shown only if a fix (`leaky_relu`, a tenth of the rate) wins, and
 * as `lr-too-high` when the rate does (`rate-cause.ts`).
 */
function killedWhileLearning(ctx: DetectorContext, stats: LayerStats): boolean {
  const start = ctx.history.startDead(stats.index);
  const { lr, type } = ctx.spec.optimizer;
  const killed = (stats.deadFraction ?? 0) >= KILLED_WHILE_LEARNING_FRACTION && start !== undefined && start < ctx.config.deadReluFraction;
  return killed && lr > LR_RANGES[type].typical;
}

/**
 * `saturated-activation`: a hidden sigmoid/tanh layer whose outputs sit within `saturationMargin`
 * (default 0.01) of their limits for at least `saturatedFraction` of the last batch. There the
 * activation's slope is below ~0.02 at the default margin,
 * so almost no gradient passes. The output layer is left alone: a confident classifier's outputs
 * are meant to sit near 0 and 1. Saturation is a fault when it stalls learning, so it is judged by
 * the run's progress (`progress.ts`): none is newly raised while the run has fitted the data and holds
 * there, or its loss falls steeply (`makingProgress`; in the first five epochs, `fallingSteeplyEarly`),
 * and a layer that was not saturated at the first epoch is newly raised only once the loss has turned
 * away from its best (not `holding`: `saturatedAtStart`). `isRaised` tells which layers are already
 * raised: those stay judged by their units, or the warning would flap on a noisy loss.
 */
export function saturatedActivation(ctx: DetectorContext, layers: readonly LayerStats[], isRaised: (key: string) => boolean = () => false): Candidate[] {
  const progress = progressOf(ctx);
  const learning = makingProgress(progress) || fallingSteeplyEarly(ctx.losses);
  const found: Candidate[] = [];
  const outputIndex = layers.length > 0 ? layers[layers.length - 1].index : -1;
  for (const stats of layers) {
    const layer = ctx.spec.layers[stats.index];
    if (layer?.type !== 'dense' || stats.saturatedFraction === undefined || stats.index === outputIndex) continue;
    const raised = isRaised(`saturated-activation:${stats.index}`);
    // A raised layer clears only once clearly below the threshold (under half of it): the last
    // batch's fraction wavers around it on a layer that stays saturated.
    const bound = raised ? SATURATION_CLEAR_SHARE * ctx.config.saturatedFraction : ctx.config.saturatedFraction;
    if (stats.saturatedFraction < bound || (learning && !raised)) continue;
    if (!raised && progress.holding && !saturatedAtStart(ctx, stats.index)) continue;
    found.push(saturationCandidate(ctx, layers, stats.index, layer, stats.saturatedFraction, raised));
  }
  return found;
}

/**
 * The precise fixes of dead units, the likeliest cause first (preferred): a negative bias, raw inputs
 * (large features push the sums below 0 for every sample), then the activation, then a rate above the
 * optimizer's typical one. Each is what the message advises; the advice trial tries them in this order
 * (heldout sgd-raw-clinic-features: leaky_relu diverges where normalizing the inputs trains).
 */
function deadReluFixes(ctx: DetectorContext, index: number, layer: DenseLayerSpec): SuggestedEdit[] {
  const fixes: SuggestedEdit[] = [];
  if (layer.bias < 0) fixes.push({ title: 'Set "bias" to 0.01', path: `/layers/${index}/bias`, value: 0.01 });
  if (rawInputs(ctx)) fixes.push(normalizeInputsFix());
  fixes.push({ title: 'Set "activation" to "leaky_relu"', path: `/layers/${index}/activation`, value: 'leaky_relu' });
  fixes.push(...lowerRateFix(ctx));
  fixes[0].preferred = true;
  return fixes;
}

/**
 * Whether the layer was saturated (at least `saturatedFraction`) at the first epoch: raw inputs, a
 * shifted bias, a large init or a huge first step. A layer that saturates only later has sharpened its
 * units as it learnt, which tanh and sigmoid classifiers do as their boundaries tighten; that is a
 * fault only once the loss turns away from its best. Over the thirty sets every saturated-activation
 * fault but one has a layer saturated at the first epoch; the one that saturates only later (final
 * tanh-weights-grow-late, Adam 0.05) is raised when its loss climbs 25% of the reference from its best,
 * at epoch 117 rather than 26, while six healthy runs that saturate as they learn (blind9
 * spirals-two-deep-tanh, blind28 glass-sigmoid-adam-long, …) draw no warning (docs/diagnostics.md).
 */
function saturatedAtStart(ctx: DetectorContext, index: number): boolean {
  const start = ctx.history.startSaturation(index);
  return start !== undefined && start >= ctx.config.saturatedFraction;
}

/** The share of `saturatedFraction` a raised layer's fraction must fall under before the warning clears. */
export const SATURATION_CLEAR_SHARE = 0.5;

function saturationCandidate(ctx: DetectorContext, layers: readonly LayerStats[], index: number, layer: DenseLayerSpec, fraction: number, raised: boolean): Candidate {
  const margin = ctx.config.saturationMargin;
  const limits = layer.activation === 'sigmoid' ? `below ${fmt(margin)} or above ${fmt(1 - margin)}` : `beyond ±${fmt(1 - margin)}`;
  const message =
    `${fmt(100 * fraction)}% of the ${layer.activation} outputs of ${layerLabel(ctx.spec, index)} are ${limits} ` +
    `(${saturationBound(ctx, fraction, raised)}): there the ${layer.activation} is flat, so almost no gradient ` +
    `passes and the layers before it stop learning.${lostGradientText(ctx, layers, index)} ${saturationAdvice(ctx, layer)}`;
  return {
    key: `saturated-activation:${index}`,
    diagnostic: ctx.at('saturated-activation', 'warning', `/layers/${index}/activation`, message, saturationFixes(ctx, index, layer)),
  };
}

/**
 * The bound the figure is judged by. A raised warning refreshed from a batch under the raising
 * threshold (it holds down to SATURATION_CLEAR_SHARE of it) says so, rather than "35.7% (threshold
 * 40%)", a warning that contradicts itself.
 */
function saturationBound(ctx: DetectorContext, fraction: number, raised: boolean): string {
  const threshold = ctx.config.saturatedFraction;
  if (!raised || fraction >= threshold) return `threshold ${fmt(100 * threshold)}%`;
  return `under the ${fmt(100 * threshold)}% threshold now; raised above it, the warning holds until under ${fmt(100 * SATURATION_CLEAR_SHARE * threshold)}%`;
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

/**
 * The precise fixes, the likeliest first: a shifted bias, then raw inputs, then the activation, then
 * a rate above the optimizer's typical one (final tanh-weights-grow-late: Adam at 0.05 grows the
 * weights until the units saturate; leaky_relu does not help there, a tenth of the rate does).
 */
function saturationFixes(ctx: DetectorContext, index: number, layer: DenseLayerSpec): SuggestedEdit[] {
  const fixes: SuggestedEdit[] = [];
  if (layer.bias !== 0) fixes.push({ title: 'Set "bias" to 0', path: `/layers/${index}/bias`, value: 0 });
  if (rawInputs(ctx)) fixes.push(normalizeInputsFix());
  fixes.push({ title: 'Set "activation" to "leaky_relu"', path: `/layers/${index}/activation`, value: 'leaky_relu' });
  fixes.push(...lowerRateFix(ctx));
  fixes[0].preferred = true;
  return fixes;
}

/** A tenth of the rate, when the rate is above the optimizer's typical one: the advice both unit codes give. */
function lowerRateFix(ctx: DetectorContext): SuggestedEdit[] {
  const { lr, type } = ctx.spec.optimizer;
  return lr > LR_RANGES[type].typical ? [setLr(lowerLr(ctx.spec, 10), false)] : [];
}
