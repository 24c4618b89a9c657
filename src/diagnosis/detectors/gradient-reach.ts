/**
 * How much of the gradient reaches the first layer, and where it is lost. Gradients are compared per
 * parameter (RMS: the L2 norm grows with layer size, the RMS does not), each layer's taken as the
 * largest of the last few epochs (`history.ts`) so one unlucky batch does not decide.
 *
 * A gradient that vanishes through depth shrinks by a moderate factor at every layer (about 4× per
 * sigmoid layer, whose slope is at most 1/4), and only the product over many layers is tiny. A
 * gradient lost at a layer (dead or saturated units, weights decayed to nothing, a dropout that
 * drops every unit) shows a step far steeper than any activation's slope: a block, not depth.
 */
import type { LayerStats } from '../../engine';
import { fmt, layerLabel } from '../context';
import type { DetectorContext } from './context';
import type { LayerHistory } from './history';

/**
 * A layer that keeps less than this share of the gradient RMS of the layer after it blocks the
 * gradient: 25× steeper than the steepest step a sigmoid makes at a Xavier scale (its slope is at
 * most 1/4). Measured: steps of the vanishing-gradient faults stay ≥ 0.06, blocks ≤ 2e-3
 * (`bench/detector-thresholds.ts`).
 */
export const BLOCK_STEP = 0.01;

/** One dense layer's gradient per parameter, largest of the recent epochs. */
export interface LayerGradient {
  index: number;
  rms: number;
}

/** The recent gradient RMS of each dense layer reported this epoch, in network order. */
export function gradientProfile(history: LayerHistory, paramCounts: ReadonlyMap<number, number>, layers: readonly LayerStats[]): LayerGradient[] {
  return layers.map((stats) => ({
    index: stats.index,
    rms: history.recentGradNorm(stats.index) / Math.sqrt(paramCounts.get(stats.index) ?? 1),
  }));
}

/** The first layer's gradient RMS over the output layer's: 1 when equal, NaN when not finite. */
export function reachRatio(profile: readonly LayerGradient[]): number {
  if (profile.length < 2) return 1;
  const first = profile[0].rms;
  const last = profile[profile.length - 1].rms;
  if (!Number.isFinite(first) || !Number.isFinite(last)) return NaN;
  return last > 0 ? first / last : first > 0 ? Infinity : 1;
}

/** The steepest single-layer step of the profile: layer `index` keeps `ratio` of the next layer's gradient RMS. */
export function steepestStep(profile: readonly LayerGradient[]): { index: number; ratio: number } | undefined {
  let steepest: { index: number; ratio: number } | undefined;
  for (let k = 0; k + 1 < profile.length; k++) {
    const next = profile[k + 1].rms;
    const ratio = next > 0 ? profile[k].rms / next : 1;
    if (!steepest || ratio < steepest.ratio) steepest = { index: profile[k].index, ratio };
  }
  return steepest;
}

/**
 * For a layer whose dead or saturated units explain a vanishing first-layer gradient: the sentence
 * that says so, with the figure. Empty when the first layer's gradient is not below `vanishingRatio`.
 */
export function lostGradientText(ctx: DetectorContext, layers: readonly LayerStats[], index: number): string {
  const ratio = reachRatio(gradientProfile(ctx.history, ctx.paramCounts, layers));
  if (!(ratio < ctx.config.vanishingRatio) || layers.length < 2) return '';
  const first = layers[0].index;
  return (
    ` This is also why the gradient per weight reaching ${layerLabel(ctx.spec, first)} is ${fmt(ratio)}× the output layer's ` +
    `(vanishing-gradient threshold ${fmt(ctx.config.vanishingRatio)}×): fix ${layerLabel(ctx.spec, index)} rather than the depth or the init.`
  );
}
