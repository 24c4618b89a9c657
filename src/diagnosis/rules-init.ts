import type { Activation, Diagnostic, SuggestedEdit } from '../spec/types';
import { diagnosticAt, denseLayers, fanIns, fmt, layerLabel, RuleContext } from './context';

/** How far (as a factor either way) an explicit init scale may stray from the ideal one. */
export const INIT_SCALE_FACTOR = 10;

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

/** `init-scale`: an explicit normal/uniform scale far from what the fan-in and activation call for. */
export function initScale(ctx: RuleContext): Diagnostic[] {
  if (!ctx.dataset) return [];
  const fanIn = fanIns(ctx.spec, ctx.dataset.inputs);
  const found: Diagnostic[] = [];
  for (const { index, layer } of denseLayers(ctx.spec)) {
    const actual = explicitStd(layer.init);
    const inputs = fanIn.get(index);
    if (actual === undefined || inputs === undefined) continue;
    const ideal = idealStd(layer.activation, inputs);
    const ratio = actual / ideal;
    if (ratio >= 1 / INIT_SCALE_FACTOR && ratio <= INIT_SCALE_FACTOR) continue;
    const diagnostic = diagnosticAt(ctx.parsed, 'init-scale', 'warning', `/layers/${index}/init`, scaleMessage(ctx, index, actual, ideal, inputs));
    found.push({ ...diagnostic, suggestions: [initFix(index, layer.activation)] });
  }
  return found;
}

function scaleMessage(ctx: RuleContext, index: number, actual: number, ideal: number, inputs: number): string {
  const layer = ctx.spec.layers[index];
  const activation = layer.type === 'dense' ? layer.activation : 'linear';
  const ratio = actual / ideal;
  const effect =
    ratio > 1
      ? `each layer like this multiplies the signal by about ${fmt(ratio)}, so activations and gradients explode with depth`
      : `each layer like this shrinks the signal by about ${fmt(1 / ratio)}×, so activations and gradients vanish with depth`;
  return (
    `${layerLabel(ctx.spec, index)} initialises weights with standard deviation ${fmt(actual)}, but with ` +
    `${inputs} inputs and ${activation} the variance-preserving scale is ${fmt(ideal)} (${fmt(ratio)}× off): ${effect}. ` +
    `Use "init": "${suggestedInit(activation)}".`
  );
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
