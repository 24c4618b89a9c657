/**
 * The reference loss the loss-curve detectors measure against, so one threshold fits every loss and
 * data set: the baseline (what the best constant prediction costs, i.e. a network that learnt nothing
 * but the class prior or the target mean), or the untrained network's loss when that is already lower
 * (a random tanh net fits sin x on [−π, π] better than its mean does, for instance).
 */
import { encodeTargets, type Trainer } from '../../engine';
import type { Dataset } from '../../spec/dataset';
import type { LossName, ModelSpec } from '../../spec/types';
import { outputLayer } from '../context';
import { targetScale } from '../gradient-scale';
import { linearReferenceLoss, solvedLinearLoss } from './linear-reference';

/** Below this a baseline is degenerate (constant targets): the loss-curve detectors stay quiet. */
const MIN_BASELINE = 1e-12;

/**
 * Training rows the untrained network's loss is measured on, evenly spaced through a larger set: on
 * 20,000 MNIST-shaped rows under 784-128-64-10 the full pass held Train's start, given the host's load,
 * at 1.59 s; with this bound it is 0.60 s (`npm run bench:csv -- --rows 20000`, before and after). The
 * fault sets' largest data set has 3,000 rows, measured in full.
 */
export const REFERENCE_ROWS = 4096;

/**
 * The loss of predicting each output's mean target for every sample, under the spec's loss:
 * mse → mean target variance; bce → mean binary entropy of the positive rates; cce → entropy of the
 * class prior. Undefined when the targets cannot be encoded or the baseline is degenerate.
 */
export function baselineLoss(spec: ModelSpec, dataset: Dataset): number | undefined {
  const output = outputLayer(spec);
  if (output === undefined || dataset.samples === 0) return undefined;
  let targets: Float64Array;
  try {
    targets = encodeTargets(dataset, spec.loss, output.units);
  } catch {
    return undefined;
  }
  const means = columnMeans(targets, dataset.samples, output.units);
  const loss = constantLoss(spec.loss, targets, means, dataset.samples);
  return loss > MIN_BASELINE && Number.isFinite(loss) ? loss : undefined;
}

/** A loss to compare with, and what it is, for messages. */
export interface ReferenceLoss {
  loss: number;
  /** e.g. "the loss of predicting the class prior". */
  what: string;
  /** The training loss a linear model with the spec's output layer reaches (`linear-reference.ts`), when fitted. */
  linear?: number;
  /**
   * A regression's exact least-squares loss (`solvedLinearLoss`), when below `linear`: read only by
   * the level that counts as learnt (`goodLevel`), whose yardstick is what the data allows.
   */
  linearSolved?: number;
  /** The targets' scale the gradient norms are judged against (`gradient-scale.ts`); 1 when absent. */
  targetScale?: number;
}

/**
 * The reference for a run about to start: the lower of the baseline and the untrained network's loss
 * on the training samples (evaluation mode, before any step), with the loss a linear model reaches on
 * them. Undefined when neither the baseline nor the untrained loss is usable.
 */
export function referenceLoss(spec: ModelSpec, dataset: Dataset, trainer: Trainer): ReferenceLoss | undefined {
  const baseline = baselineLoss(spec, dataset);
  let initial: number | undefined;
  try {
    initial = trainer.evaluate('train', REFERENCE_ROWS).loss;
  } catch {
    initial = undefined;
  }
  const untrained = initial !== undefined && Number.isFinite(initial) && initial > MIN_BASELINE ? initial : undefined;
  const linear = linearReferenceLoss(spec, dataset);
  const solved = solvedLinearLoss(spec, dataset);
  const fitted = {
    ...(linear === undefined ? {} : { linear }),
    ...(solved !== undefined && !(solved >= (linear ?? Infinity)) ? { linearSolved: solved } : {}),
    targetScale: targetScale(spec, dataset),
  };
  if (baseline !== undefined && (untrained === undefined || baseline <= untrained)) {
    return { loss: baseline, what: `the loss of predicting the ${spec.loss === 'mse' || dataset.task === 'regression' ? 'mean target' : 'class prior'}`, ...fitted };
  }
  return untrained === undefined ? undefined : { loss: untrained, what: 'the untrained network\'s loss', ...fitted };
}

function columnMeans(targets: Float64Array, rows: number, cols: number): Float64Array {
  const means = new Float64Array(cols);
  for (let r = 0; r < rows; r++) for (let k = 0; k < cols; k++) means[k] += targets[r * cols + k] / rows;
  return means;
}

function constantLoss(loss: LossName, targets: Float64Array, means: Float64Array, rows: number): number {
  const cols = means.length;
  if (loss === 'mse') {
    let sum = 0;
    for (let r = 0; r < rows; r++) for (let k = 0; k < cols; k++) sum += (targets[r * cols + k] - means[k]) ** 2;
    return sum / (rows * cols);
  }
  const xlogx = (p: number) => (p > 0 ? p * Math.log(p) : 0);
  let sum = 0;
  // bce averages over the outputs, cce sums over the classes of a row.
  for (const p of means) sum -= loss === 'bce' ? xlogx(p) + xlogx(1 - p) : xlogx(p);
  return loss === 'bce' ? sum / cols : sum;
}
