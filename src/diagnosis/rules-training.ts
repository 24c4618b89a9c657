import type { Diagnostic, OptimizerName, SuggestedEdit } from '../spec/types';
import { diagnosticAt, denseLayers, fmt, layerLabel, RuleContext } from './context';
import { baselineLoss } from './detectors/baseline';
import { targetScale } from './gradient-scale';

/**
 * Learning rates outside these bounds are almost never right for the optimizer. Adaptive optimizers
 * normalise the step, so their useful range sits lower than SGD's.
 */
export const LR_RANGES: Record<OptimizerName, { low: number; high: number; typical: number }> = {
  sgd: { low: 1e-5, high: 1, typical: 0.01 },
  adam: { low: 1e-6, high: 0.1, typical: 0.001 },
  rmsprop: { low: 1e-6, high: 0.1, typical: 0.001 },
};

/** `no-nonlinearity`: hidden layers that are all linear collapse the network into one linear map. */
export function noNonlinearity(ctx: RuleContext): Diagnostic[] {
  const hidden = denseLayers(ctx.spec).slice(0, -1);
  if (hidden.length === 0 || hidden.some((d) => d.layer.activation !== 'linear')) return [];
  const first = hidden[0];
  const count = hidden.length === 1 ? 'The hidden layer is' : `All ${hidden.length} hidden layers are`;
  const path = `/layers/${first.index}/activation`;
  const message =
    `${count} linear, so the whole network computes a single linear map of its inputs and cannot learn ` +
    'curved decision boundaries however many units it has. Use "activation": "relu" (or tanh) in the hidden layers.';
  // One nonlinear hidden layer is enough to lift the collapse, so the fix edits only the marked one.
  const suggestions: SuggestedEdit[] = [
    { title: 'Set "activation" to "relu"', path, value: 'relu', preferred: true },
    { title: 'Set "activation" to "tanh"', path, value: 'tanh' },
  ];
  return [{ ...diagnosticAt(ctx.parsed, 'no-nonlinearity', 'warning', path, message), suggestions }];
}

/**
 * `loss-plateau`, known before training: a hidden layer of a single unit in a network with several
 * inputs. Everything after it sees the inputs only through one weighted sum (every activation is
 * monotone), so the network can draw nothing but parallel straight boundaries: no ring (circles), no
 * spiral, and no three classes that do not lie in a row. Measured over the four fault sets: the three
 * loss-plateau faults built this way (heldout 2-1-1 circles, final 32-1-32 and blind4 64-1 on three
 * spirals) and no healthy spec; a 1-unit ReLU also dies easily, which then hides the real cause.
 * Inputs of one feature lose nothing through one unit, so they are left alone.
 */
export function singleUnitBottleneck(ctx: RuleContext): Diagnostic[] {
  const inputs = ctx.dataset?.inputs;
  if (inputs === undefined || inputs < 2) return [];
  const dense = denseLayers(ctx.spec);
  const narrow = dense.slice(0, -1).find((d) => d.layer.units === 1);
  if (!narrow) return [];
  const outputs = dense[dense.length - 1].layer.units;
  const units = Math.max(8, 4 * outputs);
  const path = `/layers/${narrow.index}/units`;
  const message =
    `${layerLabel(ctx.spec, narrow.index)} has a single unit: every layer after it sees the ${inputs} inputs only through ` +
    'one weighted sum, so the network can draw only parallel straight boundaries (no rings or spirals' +
    `${outputs > 2 ? `, and ${outputs} classes only if they lie in a row` : ''}), and its loss will stall far above what the data allows. ` +
    `Give the layer more units (e.g. ${units}).`;
  const fix: SuggestedEdit = { title: `Set "units" to ${units}`, path, value: units, preferred: true };
  return [{ ...diagnosticAt(ctx.parsed, 'loss-plateau', 'warning', path, message), suggestions: [fix] }];
}

/**
 * The weight decay at or above which the decay outweighs what the data teaches: ten times the top of
 * the usual range (1e-5 to 1e-2; Keras's L2 default is 0.01, PyTorch examples use 1e-4 to 5e-4).
 * Measured with `npx tsx bench/weight-decay-survey.ts` (every thirteenth healthy spec of the 44 sets,
 * trained as written and with the decay set to 0.1): 92 of 107 end at least 10% worse, 67 at least
 * twice as bad; those left unharmed are regressions on large raw targets (below) and logistic
 * regressions on noisy labels. Over the 44 sets, every spec with a decay of 0.1 or more is a
 * `loss-plateau` fault (26; the three of blind43 and blind44 were caught by this rule on their blind
 * measurement) and the largest healthy one is 0.01.
 */
export const HEAVY_WEIGHT_DECAY = 0.1;

/**
 * `loss-plateau`, known before training: a `weightDecay` so strong that it holds the weights near 0,
 * where the network gives little more than the constant answer. The decay adds `weightDecay` × w to
 * each weight's gradient, and the loss's own gradient grows with the targets' scale under `mse`, so
 * the strength is judged against the constant answer's loss there (its target variance, when above 1):
 * a house-price regression (variance 1.2e4) under decay 1 ends where it ends without it (blind15
 * houses-adam-standard: 0.061 against 0.058 of that loss), a tip regression (variance 9.5) at 4 times
 * its loss. Under `bce`/`cce` the loss gradient is bounded whatever the data, so the decay counts as written.
 */
export function heavyWeightDecay(ctx: RuleContext): Diagnostic[] {
  const { weightDecay } = ctx.spec.optimizer;
  if (!(weightDecay >= HEAVY_WEIGHT_DECAY)) return [];
  const scale = decayLossScale(ctx);
  if (scale === undefined || weightDecay / scale < HEAVY_WEIGHT_DECAY) return [];
  const path = '/optimizer/weightDecay';
  const relative = scale > 1 ? `, ${fmt(weightDecay / scale)} of the targets' variance (${fmt(scale)}), which the loss's gradient grows with,` : '';
  const message =
    `"weightDecay" ${fmt(weightDecay)}${relative} is heavy: it adds ${fmt(weightDecay)} × each weight to its gradient, a pull towards 0 ` +
    `that outweighs what the data teaches, so the loss will stall near the constant answer (from ${fmt(HEAVY_WEIGHT_DECAY)} up it does so on most networks; ` +
    'usual values are 1e-5 to 1e-2). Set it to 1e-4, or remove it.';
  const suggestions: SuggestedEdit[] = [
    { title: 'Set "weightDecay" to 0.0001', path, value: 0.0001, preferred: true },
    { title: 'Remove "weightDecay"', path, value: undefined },
  ];
  return [{ ...diagnosticAt(ctx.parsed, 'loss-plateau', 'warning', path, message), suggestions }];
}

/** What the decay's pull is weighed against: 1, or under `mse` the target variance when above 1 (undefined when it cannot be computed). */
function decayLossScale(ctx: RuleContext): number | undefined {
  if (ctx.spec.loss !== 'mse') return 1;
  if (!ctx.dataset) return undefined;
  const variance = baselineLoss(ctx.spec, ctx.dataset);
  return variance === undefined ? undefined : Math.max(1, variance);
}

/** The rates this spec's optimizer sensibly uses: LR_RANGES, scaled for a lone layer that must reach the targets' scale. */
export function sensibleLrRange(ctx: RuleContext): { low: number; high: number; typical: number; scale: number } {
  const range = LR_RANGES[ctx.spec.optimizer.type];
  const scale = weightScale(ctx);
  return { low: range.low, high: range.high * scale, typical: Number((range.typical * scale).toPrecision(2)), scale };
}

/** Why a rate is scaled (`sensibleLrRange`), as the rate rules say it: "the targets' scale, 98.6, which …". */
export function targetScaleText(scale: number): string {
  return `the targets' scale, ${fmt(scale)}, which the output layer's weights, its only ones, must grow to`;
}

/** `lr-out-of-range`: a learning rate no run of this optimizer would sensibly use. */
export function lrOutOfRange(ctx: RuleContext): Diagnostic[] {
  const { type, lr } = ctx.spec.optimizer;
  const { low, high, typical, scale } = sensibleLrRange(ctx);
  if (lr >= low && lr <= high) return [];
  const why =
    lr > high
      ? 'steps this large usually overshoot, so the loss oscillates or diverges to NaN'
      : 'steps this small barely move the weights, so the loss will hardly fall in any reasonable number of epochs';
  // Said only where the scale changes the bound as shown (a scale of 1.004 would read "times 1").
  const unscaled = LR_RANGES[type].high;
  const scaled = fmt(high) !== fmt(unscaled) ? `: ${fmt(unscaled)} times ${targetScaleText(scale)}` : '';
  const message =
    `Learning rate ${fmt(lr)} is outside the sensible range for ${type} (${fmt(low)} to ${fmt(high)}${scaled}): ` +
    `${why}. Try ${fmt(typical)}.`;
  const fix: SuggestedEdit = { title: `Set "lr" to ${typical}`, path: '/optimizer/lr', value: typical, preferred: true };
  return [{ ...diagnosticAt(ctx.parsed, 'lr-out-of-range', 'warning', '/optimizer/lr', message), suggestions: [fix] }];
}

/**
 * How far the weights must travel, in units of the usual range's: 1, except for a network that is
 * only its output layer under Adam or RMSprop fitting targets far from unit scale (a linear regression
 * on a raw price). Those optimizers step each weight by about `lr` whatever the gradient, and here
 * every weight must grow to the targets' scale, so a proportionally larger rate takes the usual number
 * of steps (blind15 houses-linear-regression: Adam 0.5 on prices of root mean square 271, so a bound
 * of 27 and a typical 0.27, ends 300 epochs at 768, the unscaled typical 0.001 at 71,200). With hidden
 * layers, whose weights stay at unit scale whatever the targets, the usual range holds; so it does
 * under SGD, clipped or not, whose steps already grow with the error (blind15 houses with SGD and
 * `clipNorm` 1: lr 1 ends at 776, lr 50 at 1963).
 */
function weightScale(ctx: RuleContext): number {
  if (denseLayers(ctx.spec).length !== 1 || ctx.spec.optimizer.type === 'sgd') return 1;
  return targetScale(ctx.spec, ctx.dataset);
}
