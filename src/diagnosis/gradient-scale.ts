/**
 * The scale of the error the loss gradient is made of, so that a gradient norm can be judged the same
 * way on every data set. Under `mse` the gradient is proportional to the residual, and at the start of
 * training the residual is about the targets themselves: regression targets in the hundreds (kWh per
 * day) give gradients a hundred times those of standardized targets, from a network that is perfectly
 * healthy. Under `bce`/`cce` the gradient with respect to the logits is bounded by 1 whatever the data.
 * Adam and RMSprop divide that scale out of every step, so for them a gradient norm is judged on it:
 * divided by this scale it is the norm the same network would have on unit-scale targets, which is
 * what `explodingGradNorm` is defined for. SGD's step is the learning rate times the gradient, so a
 * gradient large for any reason (targets in the thousands included) is a step that large: its scale is
 * 1, unless `clipNorm` caps the gradient at `explodingGradNorm` or less, when no step is larger than a
 * healthy unit-scale network's (blind13's healthy housing-elu-clip: raw prices, SGD with momentum at
 * 0.001, `clipNorm` 50, output gradient 1860 at init; it trains to its noise floor, 561, where the
 * offered `clipNorm` 1 ends at 7186 and batch norm at 1594).
 */
import { encodeTargets } from '../engine';
import type { Dataset } from '../spec/dataset';
import type { ModelSpec } from '../spec/types';
import { outputLayer } from './context';

/**
 * Root mean square of the encoded targets under `mse` with an adaptive optimizer (Adam, RMSprop) or a
 * clipped SGD, never below 1 (targets smaller than 1 are left alone: their smaller gradients must not
 * be inflated into an explosion); 1 under unclipped SGD, for `bce` and `cce`, and when the targets
 * cannot be encoded (the static check reports that).
 */
export function targetScale(spec: ModelSpec, dataset: Dataset | undefined): number {
  if (spec.loss !== 'mse' || !stepsIgnoreTargetScale(spec) || !dataset || dataset.samples === 0) return 1;
  const output = outputLayer(spec);
  if (output === undefined) return 1;
  let targets: Float64Array;
  try {
    targets = encodeTargets(dataset, spec.loss, output.units);
  } catch {
    return 1;
  }
  let sum = 0;
  for (const t of targets) sum += t * t;
  const rms = Math.sqrt(sum / targets.length);
  return Number.isFinite(rms) ? Math.max(1, rms) : 1;
}

/**
 * Whether a gradient large because the targets are still makes a step of ordinary size: Adam and
 * RMSprop divide it out, and a `clipNorm` at or under `explodingGradNorm` caps it.
 */
function stepsIgnoreTargetScale(spec: ModelSpec): boolean {
  const { type, clipNorm } = spec.optimizer;
  return type !== 'sgd' || (clipNorm > 0 && clipNorm <= spec.diagnostics.explodingGradNorm);
}

/**
 * The gradient norm above which a layer's gradient counts as exploding: `explodingGradNorm`, defined
 * for unit-scale errors, times the targets' scale.
 */
export function explodingNormBound(explodingGradNorm: number, scale: number): number {
  return explodingGradNorm * scale;
}

/** "threshold 400" or "threshold 9.9e4: 400 × the targets' scale 248", for messages. */
export function explodingBoundText(explodingGradNorm: number, scale: number, fmt: (x: number) => string): string {
  if (scale === 1) return `threshold ${fmt(explodingGradNorm)}`;
  return `threshold ${fmt(explodingGradNorm * scale)}: ${fmt(explodingGradNorm)} × the targets' scale ${fmt(scale)} (their root mean square), since the mse gradient grows with the targets`;
}

/**
 * Whether a finite gradient norm of `norm` counts as exploding in a network whose gradients were
 * measured on `layerCount` layers. A network without a hidden layer has no depth for a gradient to
 * grow through: its gradient is the inputs times the residual, large only because the data are, and
 * clipping it or adding batch norm (the advice) only slows the fit (blind7
 * housing-linear-regression-sgd: raw prices in the hundreds, norm 437–813 under SGD 0.01, trains to
 * its noise floor at val 724; with `clipNorm` 1 it ends at 1.4e5, with a tenth of the rate at 2.4e3).
 * Steps too large for such a network make its loss rise or overflow, which `lr-too-high` and
 * `nan-loss` report; a norm that is no longer finite is still exploding.
 */
export function explodingNorm(norm: number, bound: number, layerCount: number): boolean {
  if (!Number.isFinite(norm)) return true;
  return layerCount >= 2 && norm > bound;
}
