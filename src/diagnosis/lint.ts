import type { Diagnostic } from '../spec/types';
import type { Rule, RuleContext } from './context';
import { deadByNegativeBias, saturatedByBias } from './rules-bias';
import { constantInputs, constantTarget, fewerRowsThanFeatures } from './rules-data';
import { batchNormOnSingleSamples } from './rules-batchnorm';
import { heavyDropoutRate } from './rules-dropout';
import { swingingMomentum } from './rules-momentum';
import { rateTooHighForOptimizer } from './rules-rate';
import { noisyAdaptiveSteps } from './rules-noisy-steps';
import { initScale, initSymmetry } from './rules-init';
import { lastLayerIsDense, lossActivationMismatch, shapeMismatch } from './rules-output';
import { heavyWeightDecay, lrOutOfRange, noNonlinearity, singleUnitBottleneck } from './rules-training';

/** Every static rule, in the order their findings are listed. */
export const STATIC_RULES: readonly Rule[] = [
  fewerRowsThanFeatures,
  constantInputs,
  constantTarget,
  lastLayerIsDense,
  shapeMismatch,
  lossActivationMismatch,
  initSymmetry,
  initScale,
  deadByNegativeBias,
  saturatedByBias,
  noNonlinearity,
  singleUnitBottleneck,
  heavyWeightDecay,
  heavyDropoutRate,
  batchNormOnSingleSamples,
  swingingMomentum,
  rateTooHighForOptimizer,
  noisyAdaptiveSteps,
  lrOutOfRange,
];

/**
 * Runs the static rules on a valid spec. A rule that throws is a bug in the rule, not in the
 * user's spec, so it is reported as such instead of hiding the other findings.
 */
export function lintSpec(ctx: RuleContext): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const rule of STATIC_RULES) {
    try {
      found.push(...rule(ctx));
    } catch (err) {
      found.push({
        code: 'invalid-spec',
        severity: 'error',
        message: `Internal error in check "${rule.name}": ${(err as Error).message}. Please report this.`,
        path: '',
        range: ctx.parsed.rangeOf(''),
      });
    }
  }
  return found;
}
