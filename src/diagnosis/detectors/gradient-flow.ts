/**
 * Exploding and vanishing gradients, from each layer's absolute gradient norm and from the ratio of
 * the first layer's gradient per weight to the output layer's (AUTOTRAINER's definition). A small
 * first-layer gradient is reported as vanishing only when depth is its cause (`gradient-reach.ts`):
 * otherwise the advice (relu, he_normal, batchNorm) would be wrong, and the cause's own detector or
 * the loss-curve detectors speak instead.
 */
import type { LayerStats } from '../../engine';
import type { SuggestedEdit } from '../../spec/types';
import { fmt, layerLabel } from '../context';
import { explodingBoundText, explodingNorm, explodingNormBound } from '../gradient-scale';
import { Candidate, DetectorContext, lowerLr, setClipNorm, setLr } from './context';
import { BLOCK_STEP, gradientProfile, reachRatio, steepestStep } from './gradient-reach';
import { heldPlateau, stall } from './loss-curve';
import { goodLevel } from './progress';
import { minimum } from './signals';
import { decayCollapse } from './regularization';
import { isDeadReluLayer, isSaturatedLayer } from './units';

type FlowCode = 'exploding-gradient' | 'vanishing-gradient';

/** At most one of `exploding-gradient` and `vanishing-gradient`, on the layer it concerns. */
export function gradientFlow(ctx: DetectorContext, layers: readonly LayerStats[], isRaised: (key: string) => boolean = () => false): Candidate[] {
  if (layers.length === 0) return [];
  const found = exploding(ctx, layers) ?? vanishing(ctx, layers, isRaised('vanishing-gradient'));
  return found ? [found] : [];
}

function exploding(ctx: DetectorContext, layers: readonly LayerStats[]): Candidate | undefined {
  const worst = layers.reduce((a, b) => (!(b.gradNorm <= a.gradNorm) ? b : a));
  const { explodingGradNorm, explodingRatio } = ctx.config;
  const scale = ctx.reference?.targetScale ?? 1;
  if (explodingNorm(worst.gradNorm, explodingNormBound(explodingGradNorm, scale), layers.length)) {
    return flowCandidate(ctx, 'exploding-gradient', worst, `its gradient norm is ${fmt(worst.gradNorm)} (${explodingBoundText(explodingGradNorm, scale, fmt)})`);
  }
  // On a network that has learnt, the output layer's gradient has shrunk with its error: a first layer
  // many times larger is that shrinking, not an explosion (blind28 spirals-deep-relu-adam: 136× at
  // epoch 1446, the loss at 1% of its reference). Over the 28 sets every first raise on a fault
  // comes before its loss gets there.
  const ratio = rmsRatio(ctx, layers);
  if (layers.length < 2 || !(ratio > explodingRatio) || learntThroughThem(ctx)) return undefined;
  const why = `the gradient per weight is ${fmt(ratio)}× larger here than in the output layer (threshold ${fmt(explodingRatio)}×)`;
  return flowCandidate(ctx, 'exploding-gradient', layers[0], why);
}

/**
 * The first layer's gradient per weight is below `vanishingRatio` of the output layer's (each layer's
 * largest of the recent epochs) and its typical (median) recent norm below `vanishingGradNorm`, and
 * nothing but depth explains it: no dead or saturated layer (their own detectors report those), no
 * layer that blocks it (a step steeper than BLOCK_STEP), no layer decayed away by weight decay.
 */
function vanishing(ctx: DetectorContext, layers: readonly LayerStats[], raised: boolean): Candidate | undefined {
  if (layers.length < 2) return undefined;
  const first = layers[0];
  const profile = gradientProfile(ctx.history, ctx.paramCounts, layers);
  const ratio = reachRatio(profile);
  const firstNorm = ctx.history.typicalGradNorm(first.index);
  const { vanishingGradNorm, vanishingRatio } = ctx.config;
  // The norm bound spares a converged network, whose every gradient is small; a run stalled far
  // from a good loss has not converged, so there the ratio is evidence enough. Once raised, the stall
  // holds as a plateau does (`heldPlateau`): one lucky window is no sign the early layers learn again.
  const stalled = stall(ctx) ?? (raised ? heldPlateau(ctx) : undefined);
  if (!(ratio < vanishingRatio && (firstNorm < vanishingGradNorm || stalled !== undefined))) return undefined;
  if (learntThroughThem(ctx) || explainedByUnits(ctx, layers)) return undefined;
  const steepest = steepestStep(profile);
  if (steepest && steepest.ratio < BLOCK_STEP) return undefined;
  if (decayCollapse(ctx, layers.slice(1))) return undefined;
  const perLayer = ratio ** (1 / (profile.length - 1));
  const norm = firstNorm < vanishingGradNorm ? `threshold ${fmt(vanishingGradNorm)}` : 'the loss has stalled far from a good value, so this is not convergence';
  const why =
    `its gradient norm is ${fmt(firstNorm)} (${norm}) and per weight ${fmt(ratio)}× ` +
    `that of the output layer (threshold ${fmt(vanishingRatio)}×), shrinking about ${fmt(1 / perLayer)}× at each of the ` +
    `${profile.length - 1} layers on the way`;
  return flowCandidate(ctx, 'vanishing-gradient', first, why);
}

/**
 * A network whose best loss of the last `lossWindow` epochs is under the good level (`goodLevel`) has learnt, through its
 * first layers too: their tiny gradients late in a run are a flat stretch of a fitted network, not
 * layers that cannot learn (blind25 motor-deep-elu-bn: four ELU layers with batch norm, the first
 * layer's gradient at 1e-8 from epoch 27 with the loss at 0.33 of its reference, what relabelled
 * classes allow). Every vanishing-gradient fault of the sets is raised with its loss at its reference.
 */
function learntThroughThem(ctx: DetectorContext): boolean {
  const { reference, losses, config } = ctx;
  if (reference === undefined || losses.length === 0) return false;
  // Before a full window, the epochs there are.
  const best = minimum(losses, Math.max(0, losses.length - config.lossWindow), losses.length) / reference.loss;
  return best < goodLevel(config.goodLossRatio, reference);
}

/** Dead ReLU or saturated sigmoid/tanh layers pass almost no gradient: they, not the depth, are the cause. */
function explainedByUnits(ctx: DetectorContext, layers: readonly LayerStats[]): boolean {
  const outputIndex = layers[layers.length - 1].index;
  return layers.some((stats) => isDeadReluLayer(ctx, stats) || isSaturatedLayer(ctx, stats, outputIndex));
}

function flowCandidate(ctx: DetectorContext, code: FlowCode, stats: LayerStats, why: string): Candidate {
  const advice = code === 'exploding-gradient' ? explodingAdvice(ctx) : 'The early layers barely learn. Use relu-family activations instead of sigmoid/tanh in hidden layers, he_normal init, or "batchNorm": true.';
  const message = `Gradients ${code === 'exploding-gradient' ? 'explode' : 'vanish'} at ${layerLabel(ctx.spec, stats.index)}: ${why}. ${advice}`;
  const suggestions = code === 'exploding-gradient' ? explodingFixes(ctx) : [];
  const diagnostic = ctx.at(code, 'warning', `/layers/${stats.index}`, message, suggestions);
  // The norm is the epoch's last step's: noisy from batch to batch, so a norm hovering at the bound
  // is below it for a few epochs at a time (blind4 raw-square-metres-adam: 0.05 to 5.5× the bound).
  // Clearing needs a clean `lossWindow` of epochs, as the overshoot episode does (`Candidate.settleChecks`).
  return code === 'exploding-gradient' ? { key: code, diagnostic, settleChecks: ctx.config.lossWindow } : { key: code, diagnostic };
}

/** What to do about an exploding gradient: the data's scale first when it is the cause (`data-scale.ts`). */
function explodingAdvice(ctx: DetectorContext): string {
  const cause = ctx.dataScale;
  if (cause) return `Updates this large throw the weights far off. ${cause.text} Meanwhile a lower learning rate or "clipNorm" (e.g. 1) holds the steps down.`;
  return 'Updates this large throw the weights far off. Lower the learning rate, set "clipNorm" (e.g. 1), add "batchNorm": true, or use a scaled init (he_normal / xavier_uniform).';
}

/**
 * Rescaling raw inputs or a raw target when they are the cause (preferred); clipping bounds every
 * step; once a clip at 1 or below is set, only a smaller step is left.
 */
function explodingFixes(ctx: DetectorContext): SuggestedEdit[] {
  const rescale = ctx.dataScale?.suggestions ?? [];
  const { clipNorm } = ctx.spec.optimizer;
  if (clipNorm > 0 && clipNorm <= 1) return [...rescale, setLr(lowerLr(ctx.spec, 10), rescale.length === 0)];
  return [...rescale, setClipNorm(rescale.length === 0)];
}

/** First-layer over last-layer gradient RMS per parameter: the L2 norm grows with layer size, RMS does not. */
function rmsRatio(ctx: DetectorContext, layers: readonly LayerStats[]): number {
  const rms = (s: LayerStats) => s.gradNorm / Math.sqrt(ctx.paramCounts.get(s.index) ?? 1);
  const last = rms(layers[layers.length - 1]);
  return last > 0 ? rms(layers[0]) / last : rms(layers[0]) > 0 ? Infinity : 1;
}
