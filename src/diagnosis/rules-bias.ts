/**
 * What a hidden layer's constant `"bias"` does before training. `dead-relu`: a ReLU layer whose bias
 * starts its units so far below zero that they output 0 on nearly every sample. A unit at 0 passes no
 * gradient, so nothing lifts it back: the "sparsity" bias some tutorials suggest kills the layer
 * instead. ReLU layers start at bias 0, or a small positive one (0.01) that keeps units firing.
 * `saturated-activation`: a sigmoid or tanh layer whose bias starts its units deep in the flat part of
 * the curve, where they pass almost no gradient.
 */
import type { Activation, DenseLayerSpec, Diagnostic, SuggestedEdit } from '../spec/types';
import type { Dataset } from '../spec/dataset';
import { denseLayers, diagnosticAt, fanIns, fmt, layerLabel, oncePerArray, RuleContext } from './context';
import { explicitStd, idealStd } from './rules-init';
import { sumSquares } from '../engine/tensor';

/**
 * How far below zero, in standard deviations of the pre-activation the weights give a unit at init,
 * a bias must start its units for the layer to count as dead from the start: at one, a unit fires on
 * about one sample in six (a normal variable exceeds its mean by one standard deviation 16% of the
 * time). Over the 44 sets every ReLU layer with a negative bias is in a fault (46 specs, 44 of them
 * dead-relu), from 1.05 (blind44 dead-relu.negative-bias-sparse-clicks: bias -1 on 0/1 click columns)
 * to 3.7 deviations (the unit-test fixture's bias -10: 8.8); no healthy spec has a negative bias, so
 * that side is unmeasured.
 */
export const DEAD_BIAS_DEVIATIONS = 1;

/** `dead-relu` on the `"bias"` of each hidden ReLU layer that starts its units DEAD_BIAS_DEVIATIONS or more below zero. */
export function deadByNegativeBias(ctx: RuleContext): Diagnostic[] {
  if (!ctx.dataset) return [];
  const spreads = preActivationSpreads(ctx, ctx.dataset);
  const hidden = denseLayers(ctx.spec).slice(0, -1);
  const found: Diagnostic[] = [];
  for (const { index, layer } of hidden) {
    const spread = spreads.get(index);
    // Batch norm subtracts the batch mean after the weights, bias included; a leaky or elu unit keeps a gradient below 0.
    if (layer.activation !== 'relu' || layer.batchNorm || spread === undefined || !(layer.bias < 0)) continue;
    if (-layer.bias < DEAD_BIAS_DEVIATIONS * spread) continue;
    found.push(biasDiagnostic(ctx, index, layer, spread));
  }
  return found;
}

/**
 * How far beyond the point where a sigmoid or tanh output comes within `saturationMargin` of its limit,
 * in standard deviations of the pre-activation, a bias must start a layer's units for the layer to
 * count as saturated from the start: at one, about 84% of its outputs start saturated, twice the 40%
 * that raises the warning in training. Over the 298 sets, 214 fault specs give a hidden sigmoid or tanh
 * layer a bias (4 to 12), 211 of them draw this rule, all with `saturated-activation` among their
 * catches (the probe caught them at edit time before; six were expected at the static check); no healthy
 * spec gives a hidden layer any bias: the healthy ones set only an output layer's (a class-prior start,
 * 0.7 to 2), which this rule does not judge.
 */
export const SATURATING_BIAS_DEVIATIONS = 1;

/** The pre-activation beyond which an activation's output is within `margin` of its limits (Infinity for others). */
function saturatingInput(activation: Activation, margin: number): number {
  if (activation === 'sigmoid') return Math.log((1 - margin) / margin);
  if (activation === 'tanh') return Math.atanh(1 - margin);
  return Infinity;
}

/** `saturated-activation` on the `"bias"` of each hidden sigmoid or tanh layer that starts its units saturated (SATURATING_BIAS_DEVIATIONS). */
export function saturatedByBias(ctx: RuleContext): Diagnostic[] {
  if (!ctx.dataset) return [];
  const spreads = preActivationSpreads(ctx, ctx.dataset);
  const found: Diagnostic[] = [];
  for (const { index, layer } of denseLayers(ctx.spec).slice(0, -1)) {
    const spread = spreads.get(index);
    const edge = saturatingInput(layer.activation, ctx.spec.diagnostics.saturationMargin);
    // Batch norm subtracts the batch mean after the weights, bias included.
    if (layer.batchNorm || spread === undefined || !Number.isFinite(edge) || layer.bias === 0) continue;
    const deviations = (Math.abs(layer.bias) - edge) / spread;
    if (deviations >= SATURATING_BIAS_DEVIATIONS) found.push(saturationDiagnostic(ctx, index, layer, edge, deviations));
  }
  return found;
}

function saturationDiagnostic(ctx: RuleContext, index: number, layer: DenseLayerSpec, edge: number, deviations: number): Diagnostic {
  const path = `/layers/${index}/bias`;
  const margin = ctx.spec.diagnostics.saturationMargin;
  const message =
    `"bias" ${fmt(layer.bias)} starts every ${layer.activation} unit of ${layerLabel(ctx.spec, index)} ${fmt(deviations)} standard ` +
    `deviations beyond ±${fmt(edge)}, where its output comes within ${fmt(margin)} of its limit: about ` +
    `${fmt(100 * normalTail(-deviations))}% of its outputs start saturated (threshold ${fmt(100 * ctx.spec.diagnostics.saturatedFraction)}%), ` +
    'where the curve is flat and almost no gradient passes, so the layer barely learns. Hidden layers start at bias 0: set it to 0.';
  const suggestions: SuggestedEdit[] = [{ title: 'Set "bias" to 0', path, value: 0, preferred: true }];
  return { ...diagnosticAt(ctx.parsed, 'saturated-activation', 'warning', path, message), suggestions };
}

function biasDiagnostic(ctx: RuleContext, index: number, layer: DenseLayerSpec, spread: number): Diagnostic {
  const path = `/layers/${index}/bias`;
  const deviations = -layer.bias / spread;
  const message =
    `"bias" ${fmt(layer.bias)} starts every ReLU unit of ${layerLabel(ctx.spec, index)} ${fmt(deviations)} standard deviations ` +
    `below zero (the weights give its input a spread of about ${fmt(spread)} on this data): each unit outputs 0 on about ` +
    `${fmt(100 * (1 - normalTail(deviations)))}% of the samples, and on those it gets no gradient, so the first steps push many units ` +
    'to 0 on all of them, where training cannot revive them. ReLU layers start at bias 0 or a small positive one: set it to 0.01.';
  const suggestions: SuggestedEdit[] = [
    { title: 'Set "bias" to 0.01', path, value: 0.01, preferred: true },
    { title: 'Set "activation" to "leaky_relu"', path: `/layers/${index}/activation`, value: 'leaky_relu' },
  ];
  return { ...diagnosticAt(ctx.parsed, 'dead-relu', 'warning', path, message), suggestions };
}

/**
 * The standard deviation of each dense layer's pre-activation at init, from the data's root mean
 * square and each layer's init scale: std × √fan-in × the input's scale. A ReLU passes on about
 * 1/√2 of its input's scale; other activations are taken to pass it on whole (a rough figure: the
 * bias test only needs the order of magnitude).
 */
function preActivationSpreads(ctx: RuleContext, dataset: Dataset): Map<number, number> {
  const spreads = new Map<number, number>();
  const fanIn = fanIns(ctx.spec, dataset.inputs);
  let signal = rootMeanSquare(dataset.x);
  for (const { index, layer } of denseLayers(ctx.spec)) {
    const width = fanIn.get(index);
    if (width === undefined || !Number.isFinite(signal)) break;
    const std = explicitStd(layer.init) ?? idealStd(layer.activation, width);
    const spread = std * Math.sqrt(width) * signal;
    spreads.set(index, spread);
    signal = spread * passedOn(layer.activation);
  }
  return spreads;
}

function passedOn(activation: Activation): number {
  return activation === 'relu' ? Math.SQRT1_2 : 1;
}

const rootMeanSquares = new WeakMap<Float64Array, number>();

function rootMeanSquare(values: Float64Array): number {
  return oncePerArray(rootMeanSquares, values, () => (values.length > 0 ? Math.sqrt(sumSquares(values) / values.length) : NaN));
}

/** The chance that a standard normal variable exceeds `z` (Abramowitz and Stegun 7.1.26, error under 1.5e-7). */
export function normalTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const upper = 0.5 * poly * Math.exp(-x * x);
  return z >= 0 ? upper : 1 - upper;
}
