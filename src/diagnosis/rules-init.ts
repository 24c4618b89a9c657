import type { Activation, Diagnostic, SuggestedEdit } from '../spec/types';
import { diagnosticAt, denseLayers, fanIns, fmt, layerLabel, RuleContext } from './context';

/**
 * How far (as a factor) an explicit init scale may fall below the ideal one, and how far a stack of
 * ReLU-family layers may grow or shrink the signal in all. Below the ideal there is room: Keras's
 * RandomNormal default (0.05) and PyTorch examples' 0.01 to 0.02 sit there, and a small init mostly
 * slows the start.
 */
export const INIT_SCALE_FACTOR = 10;

/**
 * How far above the ideal scale one layer's explicit init may go: twice the variance-preserving std,
 * four times its variance. Over the fifty sets no healthy spec sets an explicit scale above the ideal
 * one (only two set one at all, at 0.24× and 0.28×), while 20 faults sit between 2.1× and 10×, unseen
 * by a single bound of 10: tanh and sigmoid layers at 3.9× to 9.8× that start saturated, and deep
 * ReLU stacks at 2.3× to 4.6× a layer whose first steps blow up (blind38 normal 0.4 on three 64-unit
 * layers, the final set's normal 0.4 on five; `npx tsx bench/init-scale-survey.ts`).
 */
export const INIT_SCALE_ABOVE = 2;

const RELU_FAMILY: ReadonlySet<Activation> = new Set(['relu', 'leaky_relu', 'elu']);

/** `init-symmetry`: identical initial weights make every unit of a layer learn the same thing. */
export function initSymmetry(ctx: RuleContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const { index, layer } of denseLayers(ctx.spec)) {
    const init = layer.init;
    if ((init.name !== 'zeros' && init.name !== 'constant') || layer.units < 2) continue;
    const value = init.name === 'zeros' ? 0 : init.value ?? 0;
    const message =
      `${layerLabel(ctx.spec, index)} starts all ${layer.units} units with the same weights (${init.name}` +
      `${init.name === 'constant' ? ` ${fmt(value)}` : ''}): they receive identical gradients and stay identical, ` +
      `so the layer behaves like a single unit. Use "init": "${suggestedInit(layer.activation)}".`;
    const diagnostic = diagnosticAt(ctx.parsed, 'init-symmetry', 'warning', `/layers/${index}/init`, message);
    found.push({ ...diagnostic, suggestions: [initFix(index, layer.activation)] });
  }
  return found;
}

/** One dense layer's explicit init scale beside the variance-preserving one. */
interface LayerScale {
  index: number;
  activation: Activation;
  batchNorm: boolean;
  actual: number;
  ideal: number;
  inputs: number;
}

/**
 * `init-scale`: an explicit normal/uniform scale far from what the fan-in and activation call for, in
 * one layer or compounded through a stack of ReLU-family layers (`compoundedScale`).
 */
export function initScale(ctx: RuleContext): Diagnostic[] {
  if (!ctx.dataset) return [];
  const scales = layerScales(ctx, ctx.dataset.inputs);
  const single = scales.filter((s) => s.actual !== undefined && !layerWithinBounds(s.actual / s.ideal));
  const flagged = new Set(single.map((s) => s.index));
  const found = single.map((s) => scaleDiagnostic(ctx, s, scaleMessage(ctx, s)));
  for (const stack of compoundedScale(scales)) {
    if (stack.layers.some((s) => flagged.has(s.index))) continue;
    for (const s of stack.culprits) found.push(scaleDiagnostic(ctx, s, `${scaleMessage(ctx, s, false)} ${stackText(stack)}`));
  }
  return found;
}

/** Every dense layer with its init scale: the explicit std, or the ideal one for a scaled (named) init. */
function layerScales(ctx: RuleContext, inputs: number): (LayerScale & { explicit: boolean })[] {
  const fanIn = fanIns(ctx.spec, inputs);
  return denseLayers(ctx.spec).flatMap(({ index, layer }) => {
    const width = fanIn.get(index);
    if (width === undefined) return [];
    const ideal = idealStd(layer.activation, width);
    const actual = explicitStd(layer.init);
    return [{ index, activation: layer.activation, batchNorm: layer.batchNorm, actual: actual ?? ideal, ideal, inputs: width, explicit: actual !== undefined }];
  });
}

/** Whether one layer's scale factor is within what a layer may stray (INIT_SCALE_FACTOR below, INIT_SCALE_ABOVE above). */
function layerWithinBounds(ratio: number): boolean {
  return ratio >= 1 / INIT_SCALE_FACTOR && ratio <= INIT_SCALE_ABOVE;
}

/** Whether a stack's overall growth is within INIT_SCALE_FACTOR either way. */
function withinFactor(ratio: number): boolean {
  return ratio >= 1 / INIT_SCALE_FACTOR && ratio <= INIT_SCALE_FACTOR;
}

function scaleDiagnostic(ctx: RuleContext, s: LayerScale, message: string): Diagnostic {
  const diagnostic = diagnosticAt(ctx.parsed, 'init-scale', 'warning', `/layers/${s.index}/init`, message);
  return { ...diagnostic, suggestions: [initFix(s.index, s.activation)] };
}

/** A run of consecutive ReLU-family hidden layers whose init scales multiply past INIT_SCALE_FACTOR. */
interface ScaledStack {
  layers: LayerScale[];
  /** The product of the layers' scale factors: how much the stack grows (or shrinks) the signal. */
  growth: number;
  /** The explicitly initialised layers that push the product that way. */
  culprits: LayerScale[];
}

/**
 * Stacks of ReLU-family hidden layers whose scale factors, each within a layer's bounds, multiply
 * beyond it. A ReLU is positively homogeneous, so a layer that scales its input by k scales every
 * later ReLU layer's signal (and, backwards, the gradient) by k too: four 128-unit ReLU layers at
 * normal(0.5), 4× He each after a first layer at 0.5×, grow the signal 32× and saturate the output
 * at the first step. A sigmoid or tanh bounds its output, and batch norm rescales it, so either ends
 * the stack; the output layer is not part of it.
 */
function compoundedScale(scales: readonly (LayerScale & { explicit: boolean })[]): ScaledStack[] {
  const stacks: ScaledStack[] = [];
  let current: (LayerScale & { explicit: boolean })[] = [];
  const close = () => {
    const growth = current.reduce((product, s) => product * (s.actual / s.ideal), 1);
    if (current.length > 1 && !withinFactor(growth)) {
      const culprits = current.filter((s) => s.explicit && (growth > 1 ? s.actual > s.ideal : s.actual < s.ideal));
      stacks.push({ layers: current, growth, culprits });
    }
    current = [];
  };
  scales.slice(0, -1).forEach((s) => {
    // Batch norm normalises the layer's pre-activations, whatever its weights' scale.
    if (!RELU_FAMILY.has(s.activation) || s.batchNorm) return close();
    current.push(s);
  });
  close();
  return stacks;
}

/** "Together the 4 ReLU-family layers /layers/0–/layers/3 multiply the signal by about 32×…": a stack's evidence. */
function stackText(stack: ScaledStack): string {
  const first = stack.layers[0].index;
  const last = stack.layers[stack.layers.length - 1].index;
  const effect = stack.growth > 1 ? `multiply the signal (and, backwards, the gradient) by about ${fmt(stack.growth)}×` : `shrink the signal (and, backwards, the gradient) about ${fmt(1 / stack.growth)}×`;
  return (
    `On its own that is within ${stack.growth > 1 ? INIT_SCALE_ABOVE : INIT_SCALE_FACTOR}×, but a ReLU passes a scale on unchanged: together the ${stack.layers.length} ReLU-family ` +
    `layers /layers/${first}–/layers/${last} ${effect} (threshold ${INIT_SCALE_FACTOR}×). ` +
    `Use "init": "${suggestedInit(stack.layers[0].activation)}" in each.`
  );
}

/** The layer's std against the ideal one; with `advice`, what that does with depth and the init to use. */
function scaleMessage(ctx: RuleContext, s: LayerScale, advice = true): string {
  const ratio = s.actual / s.ideal;
  const effect = ratio < 1 ? `each layer like this shrinks the signal by about ${fmt(1 / ratio)}×, so activations and gradients vanish with depth` : growthEffect(ctx, s, ratio);
  const head =
    `${layerLabel(ctx.spec, s.index)} initialises weights with standard deviation ${fmt(s.actual)}, but with ` +
    `${s.inputs} inputs and ${s.activation} the variance-preserving scale is ${fmt(s.ideal)} (${fmt(ratio)}× off)`;
  return advice ? `${head}: ${effect}. Use "init": "${suggestedInit(s.activation)}".` : `${head}.`;
}

/**
 * What a scale `ratio` times the ideal does to this layer: a ReLU-family or linear layer passes the
 * growth on; a sigmoid or softmax output turns it into confident first predictions; a hidden (or
 * tanh) squashing layer is pushed into its flat tails.
 */
function growthEffect(ctx: RuleContext, s: LayerScale, ratio: number): string {
  if (RELU_FAMILY.has(s.activation) || s.activation === 'linear') {
    return `each layer like this multiplies the signal by about ${fmt(ratio)}, so activations and gradients explode with depth`;
  }
  const output = denseLayers(ctx.spec).at(-1)?.index === s.index;
  if (output && s.activation !== 'tanh') {
    return `its ${s.activation} starts from inputs about ${fmt(ratio)}× too spread out, so the first predictions are confidently wrong and the loss starts high`;
  }
  return `its inputs to ${s.activation} spread about ${fmt(ratio)}× wider than the activation's curved range, so many units start saturated, where its slope is near 0 and little gradient passes`;
}

/** The standard deviation an explicit `normal`/`uniform` init draws with; undefined for the scaled inits. */
export function explicitStd(init: { name: string; std?: number; limit?: number }): number | undefined {
  if (init.name === 'normal') return init.std ?? 0.05;
  if (init.name === 'uniform') return (init.limit ?? 0.05) / Math.sqrt(3);
  return undefined;
}

/** He scale for the ReLU family, LeCun scale otherwise: the std that keeps the signal's variance. */
export function idealStd(activation: Activation, fanIn: number): number {
  return Math.sqrt((RELU_FAMILY.has(activation) ? 2 : 1) / fanIn);
}

/** The init a layer with this activation should use. */
export function suggestedInit(activation: Activation): string {
  return RELU_FAMILY.has(activation) ? 'he_normal' : 'xavier_uniform';
}

/** Replaces a layer's init (a name or a whole `{name, std}` object) with the scaled one for its activation. */
function initFix(index: number, activation: Activation): SuggestedEdit {
  const init = suggestedInit(activation);
  return { title: `Set "init" to "${init}"`, path: `/layers/${index}/init`, value: init, preferred: true };
}
