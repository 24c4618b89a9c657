/**
 * The bare engine's loss curves for a checked spec, no detectors: what the variant and survey
 * scripts compare a spec with its patched versions by.
 */
import { baselineLoss } from '../src/diagnosis/detectors/baseline';
import { Trainer } from '../src/engine';
import type { Dataset } from '../src/spec/dataset';
import type { ModelSpec } from '../src/spec/types';

/** Every epoch's training loss, and its validation loss when the spec holds rows out (else empty). */
export interface Curves {
  losses: number[];
  valLosses: number[];
}

/** Trains `spec` on `dataset` for its planned epochs and returns the epoch losses. */
export function trainCurves(spec: ModelSpec, dataset: Dataset): Curves {
  const trainer = new Trainer(spec, dataset);
  const curves: Curves = { losses: [], valLosses: [] };
  for (let epoch = 0; epoch < spec.training.epochs; epoch++) {
    const stats = trainer.trainEpoch();
    curves.losses.push(stats.loss);
    if (stats.valLoss !== undefined) curves.valLosses.push(stats.valLoss);
  }
  return curves;
}

/**
 * How far a run got, as the surveys compare a spec with its variants: the mean of its last 5 epochs'
 * training losses over the constant answer's loss (NaN when either is not a number).
 */
export function endOverConstant(spec: ModelSpec, dataset: Dataset): number {
  const losses = trainCurves(spec, dataset).losses.slice(-5);
  return losses.reduce((a, b) => a + b, 0) / losses.length / (baselineLoss(spec, dataset) ?? NaN);
}

/** `endOverConstant` for `spec` trained at rate `lr`, Infinity once the loss is not a number: the rate surveys' measure. */
export function endOverConstantAt(spec: ModelSpec, dataset: Dataset, lr: number): number {
  const end = endOverConstant({ ...spec, optimizer: { ...spec.optimizer, lr } }, dataset);
  return Number.isFinite(end) ? end : Infinity;
}
