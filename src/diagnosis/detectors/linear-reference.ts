/**
 * A reference model for the loss-curve detectors: the spec's output layer alone (a linear or
 * logistic regression under the spec's loss), fitted once before the run on the same training rows.
 *
 * A ratio to the constant prediction cannot tell "converged on noisy data" from "stuck": on noisy
 * labels the best any model reaches sits near the constant's loss. A linear model can: a network
 * stuck well above what it reaches is at fault (and the message can say so with both figures),
 * while a network at or below it on such data has learnt what the data allows.
 */
import { Trainer } from '../../engine';
import { outputLayer } from '../context';
import { leastSquaresLoss } from './least-squares';
import type { Dataset } from '../../spec/dataset';
import type { ModelSpec } from '../../spec/types';

/** Full-batch steps of the fit: enough for Adam to settle a convex fit on the corpus's data sets. */
export const LINEAR_STEPS = 150;

/** Adam's rate for the fit: a convex problem on normalized inputs tolerates a large one. */
const LINEAR_LR = 0.05;

/** Rows × weights the fit may spend per step; beyond it the fit is skipped (no reference, old rules). */
const LINEAR_BUDGET = 2_000_000;

/**
 * The training loss a linear model with the spec's output layer reaches on the run's training rows,
 * or undefined when the fit is too large for its budget, fails, or ends not finite. Deterministic
 * (the spec's seed).
 */
export function linearReferenceLoss(spec: ModelSpec, dataset: Dataset): number | undefined {
  const linear = linearSpec(spec, dataset);
  if (!linear) return undefined;
  try {
    const trainer = new Trainer(linear, dataset, { instrument: false });
    for (let step = 0; step < LINEAR_STEPS; step++) trainer.trainEpoch();
    const { loss } = trainer.evaluate('train');
    return Number.isFinite(loss) ? loss : undefined;
  } catch {
    // The spec's own run reports what the engine refuses; without a reference the old rules apply.
    return undefined;
  }
}

/**
 * A regression's best linear fit (`mse`, linear output), solved exactly (`least-squares.ts`): the
 * steps of `linearReferenceLoss` cannot reach a raw-scale target. Undefined for other losses and
 * outputs, past the budgets, or when the solve fails.
 */
export function solvedLinearLoss(spec: ModelSpec, dataset: Dataset): number | undefined {
  if (spec.loss !== 'mse' || outputLayer(spec)?.activation !== 'linear') return undefined;
  const linear = linearSpec(spec, dataset);
  if (!linear) return undefined;
  try {
    return leastSquaresLoss(linear, dataset);
  } catch {
    return undefined;
  }
}

/** The spec's output layer alone, trained full batch by Adam from zero; undefined past LINEAR_BUDGET. */
function linearSpec(spec: ModelSpec, dataset: Dataset): ModelSpec | undefined {
  const output = outputLayer(spec);
  if (output === undefined || dataset.samples * (dataset.inputs + 1) * output.units > LINEAR_BUDGET) return undefined;
  return {
    ...structuredClone(spec),
    layers: [{ type: 'dense', units: output.units, activation: output.activation, init: { name: 'zeros' }, bias: 0, batchNorm: false }],
    optimizer: { type: 'adam', lr: LINEAR_LR, momentum: 0, nesterov: false, weightDecay: 0, clipNorm: 0 },
    training: { ...spec.training, epochs: LINEAR_STEPS, batchSize: dataset.samples, shuffle: false },
  };
}
