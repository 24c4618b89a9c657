/**
 * What the probe reads from the freshly initialized network on the sample, before any update:
 * ReLU units that never fire, gradients that vanish or explode from the output back to the first
 * layer, and sigmoid/tanh outputs pinned at their limits. Thresholds are the spec's own runtime ones
 * (`diagnostics`), so the probe and a run agree on what counts as a fault.
 */
import type { DenseLayerSpec, Diagnostic, ModelSpec, SuggestedEdit } from '../spec/types';
import { diagnosticAt, fmt, layerLabel, RuleContext } from './context';
import { dataScaleCause, normalizeInputsFix } from './data-scale';
import { explodingBoundText, explodingNorm, explodingNormBound, targetScale } from './gradient-scale';
import type { KilledUnits } from './probe-lr-rules';
import type { InitLayerStats } from './probe-session';

/** The init-time findings of the probe. */
export function initFindings(ctx: RuleContext, layers: readonly InitLayerStats[]): Diagnostic[] {
  const dead = deadRelu(ctx, layers);
  // Dead units pass no gradient back, so the gradient vanishes below them: the dead layer is the cause to show.
  const flow = gradientFlow(ctx, layers).filter((d) => dead.length === 0 || d.code !== 'vanishing-gradient');
  return [...dead, ...flow, ...saturation(ctx, layers)];
}

function denseSpec(ctx: RuleContext, index: number): DenseLayerSpec {
  return ctx.spec.layers[index] as DenseLayerSpec;
}

/**
 * Below this chance, a count of dead units is not what a healthy init produces by luck: one in a
 * hundred fresh layers of that width.
 */
export const CHANCE_DEAD_UNITS = 0.01;

/**
 * The chance that at least `dead` of `units` ReLU units are dead at init when each is dead with
 * probability 1/2: the most a symmetric init (w and −w equally likely) with a bias ≥ 0 allows, since
 * if w·h + b ≤ 0 for every sample h then −w·h + b ≥ 2b ≥ 0. Units are independent (independent weights).
 */
export function chanceOfDeadUnits(units: number, dead: number): number {
  let chance = 0;
  let ways = 1; // C(units, k), built up from k = 0
  for (let k = 0; k <= units; k++) {
    if (k >= dead) chance += ways;
    ways = (ways * (units - k)) / (k + 1);
  }
  return chance / 2 ** units;
}

/**
 * Whether the dead units need a cause beyond chance: a negative bias or a one-signed init is that
 * cause; otherwise so many must be dead that a symmetric init would give that count less than
 * CHANCE_DEAD_UNITS of the time (in a narrow layer fed by ReLUs, half its units dead is common luck).
 */
function beyondChance(layer: DenseLayerSpec, stats: InitLayerStats): boolean {
  const symmetric = layer.init.name !== 'constant' && layer.init.name !== 'zeros';
  if (layer.bias < 0 || !symmetric) return true;
  return chanceOfDeadUnits(stats.units, stats.deadUnits ?? 0) < CHANCE_DEAD_UNITS;
}

/**
 * A probe `dead-relu` on a layer whose own negative `"bias"` holds its units below 0: the spec states
 * the cause, so the finding needs no advice trial to be believed. Such units never get a gradient to
 * revive them, whatever a short trial of a fix shows (blind28 dead-relu.negative-bias: three layers
 * all dead at bias -2.5, yet at Adam 0.001 no fix is 10% ahead within 200 steps). No healthy spec of
 * the twenty-eight sets has a negative bias on a ReLU layer.
 */
export function deadByOwnBias(spec: ModelSpec, finding: Diagnostic): boolean {
  if (finding.code !== 'dead-relu') return false;
  const index = Number(/^\/layers\/(\d+)\/activation$/.exec(finding.path)?.[1]);
  const layer = spec.layers[index];
  return layer?.type === 'dense' && layer.bias < 0;
}

/** `dead-relu`: ReLU units whose input is ≤ 0 for every sample before training even starts. */
function deadRelu(ctx: RuleContext, layers: readonly InitLayerStats[]): Diagnostic[] {
  const threshold = ctx.spec.diagnostics.deadReluFraction;
  const found: Diagnostic[] = [];
  for (const stats of layers) {
    const layer = denseSpec(ctx, stats.index);
    if (layer.activation !== 'relu' || stats.deadUnits === undefined || stats.deadUnits / stats.units < threshold) continue;
    if (!beyondChance(layer, stats)) continue;
    const path = `/layers/${stats.index}/activation`;
    const bias = layer.bias < 0 ? ` Its "bias" of ${fmt(layer.bias)} pushes their inputs below 0.` : '';
    const message =
      `At initialization, ${stats.deadUnits} of ${stats.units} ReLU units in ${layerLabel(ctx.spec, stats.index)} ` +
      `(${fmt((100 * stats.deadUnits) / stats.units)}%, threshold ${fmt(100 * threshold)}%) output 0 for every one of the probe's samples: ` +
      `they get no gradient, so training can never revive them.${bias} Use "activation": "leaky_relu" or a small positive "bias".`;
    // leaky_relu first, as for the dead-relu of a run: the same problem gets the same preferred fix.
    const suggestions: SuggestedEdit[] = [{ title: 'Set "activation" to "leaky_relu"', path, value: 'leaky_relu', preferred: true }];
    if (layer.bias < 0) suggestions.push({ title: 'Set "bias" to 0.01', path: `/layers/${stats.index}/bias`, value: 0.01 });
    found.push({ ...diagnosticAt(ctx.parsed, 'dead-relu', 'warning', path, message), suggestions });
  }
  return found;
}

/** Gradient per parameter (RMS): the L2 norm grows with the layer's size, the RMS does not. */
function rms(stats: InitLayerStats): number {
  return stats.gradNorm / Math.sqrt(stats.params);
}

/**
 * At init the first/last gradient ratio is judged against this multiple of `vanishingRatio`, and
 * alone. A run's rule also asks for a first-layer norm below `vanishingGradNorm`, to spare a
 * converged network whose every gradient is small; a fresh network has not converged. The factor is
 * measured over the three fault sets: healthy specs sit at 0.05 or more at init, the deep
 * sigmoid/tanh stacks at 0.002 or less (their ratio keeps falling once training starts).
 */
export const INIT_VANISHING_FACTOR = 10;

/**
 * The same multiple under Adam and RMSprop, which divide each weight's step by the size of its own
 * recent gradients: a first layer whose gradient is a thousandth of the output layer's still moves by
 * about the rate, so a ratio that starves SGD's first layer does not starve theirs. What does is a
 * ratio so small that the first layers' gradient is lost in the noise: over the 166 sets, the 100
 * Adam and RMSprop specs the probe found vanishing that count it as a catch (six to twelve sigmoid or
 * tanh layers, or a tiny init) sit at 1.98e-4 or less at init (blind97's six sigmoid layers), while
 * the healthy ones it warned train four or five xavier sigmoid layers at 8.3e-4 to 2.7e-3 (blind163
 * cure-, blind165 moons- and shrink-deep-sigmoid-xavier-adam: trained well, batch norm, the preferred fix,
 * ends their runs 64% to 128 times higher; leaky units end them lower, a better net, not a cure),
 * `npx tsx bench/vanishing-adaptive-survey.ts`. Judged against 0.4 × `vanishingRatio` (4e-4 by default),
 * halfway between the two on a log scale. Its first blind test (blind167 to blind170) left four healthy
 * nets at 6.6e-4 to 7.1e-3 silent and caught every fault, but two healthy nets at 2.5e-4 and 3.2e-4 sit
 * on either side of a fault at 2.9e-4: there the ratio alone cannot tell them apart.
 */
export const ADAPTIVE_INIT_VANISHING_FACTOR = 0.4;

/** The first layer's gradient per weight over the output layer's at init; NaN with no gradient at the output (e.g. zero-initialized hidden layers), where it says nothing. */
export function initGradientRatio(layers: readonly InitLayerStats[]): number {
  const first = layers[0], last = layers[layers.length - 1];
  return last && rms(last) > 0 ? rms(first) / rms(last) : NaN;
}

/** The ratio below which the gradient vanishes at init: SGD's bound, or Adam's and RMSprop's (`ADAPTIVE_INIT_VANISHING_FACTOR`). */
export function initVanishingBound(spec: ModelSpec): number {
  return (spec.optimizer.type === 'sgd' ? INIT_VANISHING_FACTOR : ADAPTIVE_INIT_VANISHING_FACTOR) * spec.diagnostics.vanishingRatio;
}

/** `exploding-gradient` / `vanishing-gradient` at init, by the same norms and first/last ratio as in training. */
function gradientFlow(ctx: RuleContext, layers: readonly InitLayerStats[]): Diagnostic[] {
  if (layers.length === 0) return [];
  const config = ctx.spec.diagnostics;
  const first = layers[0];
  const ratio = initGradientRatio(layers);
  const worst = layers.reduce((a, b) => (!(b.gradNorm <= a.gradNorm) ? b : a));
  // Judged on the targets' scale, as in a run: regression targets in the hundreds give large but harmless gradients.
  const scale = targetScale(ctx.spec, ctx.dataset);
  if (explodingNorm(worst.gradNorm, explodingNormBound(config.explodingGradNorm, scale), layers.length)) {
    const why = `its gradient norm on the probe's samples is ${fmt(worst.gradNorm)} (${explodingBoundText(config.explodingGradNorm, scale, fmt)})`;
    return [flow(ctx, 'exploding-gradient', worst, why)];
  }
  if (layers.length >= 2 && ratio > config.explodingRatio) {
    const why = `its gradient per weight is ${fmt(ratio)}× that of the output layer (threshold ${fmt(config.explodingRatio)}×)`;
    return [flow(ctx, 'exploding-gradient', first, why)];
  }
  const bound = initVanishingBound(ctx.spec);
  if (layers.length >= 2 && ratio < bound) {
    const why = `its gradient per weight is ${fmt(ratio)}× that of the output layer (threshold at initialization ${fmt(bound)}×; its gradient norm is ${fmt(first.gradNorm)})`;
    return [flow(ctx, 'vanishing-gradient', first, why)];
  }
  return [];
}

function flow(ctx: RuleContext, code: 'exploding-gradient' | 'vanishing-gradient', stats: InitLayerStats, why: string): Diagnostic {
  const exploding = code === 'exploding-gradient';
  const cause = exploding ? dataScaleCause(ctx.spec, ctx.dataset) : undefined;
  const advice = !exploding
    ? 'The early layers will barely learn. Use relu-family activations instead of sigmoid/tanh in hidden layers, he_normal init, or "batchNorm": true.'
    : cause
      ? `The first updates will throw the weights far off. ${cause.text} Meanwhile "clipNorm" (e.g. 1) bounds the updates.`
      : 'The first updates will throw the weights far off. Use a scaled init (he_normal for ReLU, xavier_uniform otherwise), set "clipNorm" (e.g. 1), or add "batchNorm": true.';
  const message = `At initialization, gradients ${exploding ? 'explode' : 'vanish'} at ${layerLabel(ctx.spec, stats.index)}: ${why}. ${advice}`;
  const diagnostic = diagnosticAt(ctx.parsed, code, 'warning', `/layers/${stats.index}`, message);
  if (!exploding) return diagnostic;
  const clip: SuggestedEdit[] = ctx.spec.optimizer.clipNorm > 0 ? [] : [{ title: 'Set "clipNorm" to 1', path: '/optimizer/clipNorm', value: 1 }];
  const suggestions = [...(cause?.suggestions ?? []), ...clip];
  return suggestions.length > 0 ? { ...diagnostic, suggestions } : diagnostic;
}

/**
 * `saturated-activation`: a hidden sigmoid/tanh layer with at least `saturatedFraction` of its outputs
 * over the sample within `saturationMargin` of their limits, where the slope is ~0 (the runtime's rule; healthy specs
 * measure under 1% at init). The output layer is left out, as in training: under bce or cce its
 * gradient is taken from the logits.
 */
function saturation(ctx: RuleContext, layers: readonly InitLayerStats[]): Diagnostic[] {
  const found: Diagnostic[] = [];
  const threshold = ctx.spec.diagnostics.saturatedFraction;
  for (const stats of layers.slice(0, -1)) {
    const layer = denseSpec(ctx, stats.index);
    if (stats.saturatedFraction === undefined || stats.saturatedFraction < threshold) continue;
    const limits = saturationLimits(layer.activation, ctx.spec.diagnostics.saturationMargin);
    const cause = ctx.spec.data.normalize === 'none' ? ' The data is not normalized; "normalize": "standard" keeps the inputs near 0.' : '';
    const message =
      `At initialization, ${fmt(100 * stats.saturatedFraction)}% of the ${layer.activation} outputs of ${layerLabel(ctx.spec, stats.index)} ` +
      `on the probe's samples are ${limits} (threshold ${fmt(100 * threshold)}%): there the activation is flat, so ` +
      `almost no gradient passes and the layer learns very slowly.${cause} Use a smaller init scale, or relu-family activations.`;
    const diagnostic = diagnosticAt(ctx.parsed, 'saturated-activation', 'warning', `/layers/${stats.index}/activation`, message);
    found.push(cause ? { ...diagnostic, suggestions: [normalizeInputsFix(true)] } : diagnostic);
  }
  return found;
}

/** Where outputs count as saturated, in words: "below 0.01 or above 0.99", "beyond ±0.99". */
function saturationLimits(activation: DenseLayerSpec['activation'], margin: number): string {
  return activation === 'sigmoid' ? `below ${fmt(margin)} or above ${fmt(1 - margin)}` : `beyond ±${fmt(1 - margin)}`;
}

/**
 * `dead-relu` on a ReLU layer that the probe's first steps killed while the gradient exploded at
 * init: the exploding gradient is the cause, the dead layer what the run is left with, and the units
 * do not come back (blind43 dead-relu.raw-rfu-sgd: raw fluorescence in the tens of thousands, the
 * first SGD steps leave every unit of both layers dead). Raised with the exploding-gradient finding,
 * not instead of it, and without an advice trial: the dead units are measured, not predicted.
 */
export function killedByExplodingSteps(ctx: RuleContext, killed: KilledUnits, steps: number): Diagnostic {
  const path = `/layers/${killed.index}/activation`;
  // The data's scale, when it drove those updates, as the exploding-gradient finding names it (`data-scale.ts`).
  const cause = dataScaleCause(ctx.spec, ctx.dataset);
  const message =
    `In the probe's ${steps} steps, ${killed.after} of ${killed.units} ReLU units in ${killed.label} went dead on every sample ` +
    `(${killed.before} at initialization): the exploding gradient's first updates pushed their inputs far below 0, where no gradient ` +
    `can revive them (${killed.after === killed.units ? 'none is left' : `${killed.units - killed.after} left`}).` +
    (cause?.input ? ' The data is not normalized: "normalize": "standard" keeps the inputs, and so the first gradients, near unit scale.' : '') +
    (cause?.target ? ' The target is in raw units: "normalizeTarget": "standard" keeps the first errors, and so the first gradients, near unit scale.' : '') +
    (ctx.spec.optimizer.clipNorm > 0 ? '' : ' "clipNorm" 1 bounds the first updates.');
  const suggestions: SuggestedEdit[] = [...(cause?.suggestions ?? [])];
  if (!(ctx.spec.optimizer.clipNorm > 0)) suggestions.push({ title: 'Set "clipNorm" to 1', path: '/optimizer/clipNorm', value: 1, preferred: suggestions.length === 0 });
  suggestions.push({ title: 'Set "activation" to "leaky_relu"', path, value: 'leaky_relu', preferred: suggestions.length === 0 });
  return { ...diagnosticAt(ctx.parsed, 'dead-relu', 'warning', path, message), suggestions };
}
