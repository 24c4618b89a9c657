/**
 * Regularization strong enough to stop a network from learning, as evidence for the detectors that
 * would otherwise blame the learning rate or the depth: weight decay that pulls the weights to zero
 * (the loss climbs back to the constant prediction's, the gradient can no longer pass the shrunken
 * layers), and dropout that so often drops every unit of a layer that the training loss is mostly
 * the noise of the masks.
 */
import type { LayerStats } from '../../engine';
import type { ModelSpec } from '../../spec/types';
import { dropoutLayers, fmt, layerLabel } from '../context';
import type { DetectorContext } from './context';

/**
 * A layer whose weight norm has fallen below this share of the largest it had, in a run with weight
 * decay, is being decayed away: training grows useful weights, only the decay shrinks them steadily.
 */
export const DECAY_SHRINK = 0.5;

/**
 * A dropout that drops every unit of its layer for at least this share of the samples cuts those
 * samples off from the rest of the network (a rate p on n units does so with probability pⁿ): at 1%
 * the training loss and the gradients are dominated by the masks.
 */
export const DROPOUT_CUT_SHARE = 0.01;

/** Evidence that weight decay is pulling the weights to zero. */
export interface DecayCollapse {
  index: number;
  /** The layer's weight norm over its peak this run. */
  share: number;
}

/** Evidence that a dropout layer cuts samples off. */
export interface HeavyDropout {
  index: number;
  rate: number;
  /** Units (or input features) the dropout applies to. */
  units: number;
  /** rate^units: the share of samples that lose every unit. */
  cutShare: number;
}

/** The most shrunken layer, when weight decay is set and some layer is below DECAY_SHRINK of its peak norm. */
export function decayCollapse(ctx: DetectorContext, layers: readonly LayerStats[]): DecayCollapse | undefined {
  if (!(ctx.spec.optimizer.weightDecay > 0)) return undefined;
  let worst: DecayCollapse | undefined;
  for (const stats of layers) {
    const share = ctx.history.weightShare(stats);
    if (share < DECAY_SHRINK && (!worst || share < worst.share)) worst = { index: stats.index, share };
  }
  return worst;
}

/** The dropout layer most likely to drop every unit of a sample, when that share reaches DROPOUT_CUT_SHARE. */
export function heavyDropout(spec: ModelSpec, inputs: number): HeavyDropout | undefined {
  let worst: HeavyDropout | undefined;
  for (const { index, rate, units } of dropoutLayers(spec, inputs)) {
    const cutShare = rate ** units;
    if (cutShare >= DROPOUT_CUT_SHARE && (!worst || cutShare > worst.cutShare)) worst = { index, rate, units, cutShare };
  }
  return worst;
}

/** "weightDecay 1 has shrunk the weights of layers[1] to 3% of their peak norm". */
export function decayText(ctx: DetectorContext, found: DecayCollapse): string {
  return (
    `"weightDecay" ${fmt(ctx.spec.optimizer.weightDecay)} has shrunk the weights of ${layerLabel(ctx.spec, found.index)} ` +
    `to ${fmt(100 * found.share)}% of their peak norm (below ${fmt(100 * DECAY_SHRINK)}% counts as decayed away)`
  );
}

/** "dropout 0.9 on the 8 units of layers[1] drops all of them for 43% of the samples". */
export function dropoutText(ctx: DetectorContext, found: HeavyDropout): string {
  return (
    `dropout ${fmt(found.rate)} at ${layerLabel(ctx.spec, found.index)} drops all ${found.units} of its inputs for ` +
    `${fmt(100 * found.cutShare)}% of the samples (rate^${found.units}; from ${fmt(100 * DROPOUT_CUT_SHARE)}% the masks dominate training)`
  );
}
