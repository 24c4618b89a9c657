/**
 * Losses and the target encoding they see. Each loss returns the batch mean and, when asked, writes
 * its gradient. Cross-entropies after their natural output activation (sigmoid → bce, softmax → cce)
 * are fused: computed from the logits, stable for any magnitude, with the gradient taken directly
 * with respect to the logits.
 */
import type { Dataset } from '../spec/dataset';
import type { Activation, LossName } from '../spec/types';
import { LEAKY_SLOPE } from './activations';
import { EngineError } from './errors';
import type { FloatArray } from './tensor';

/** Probabilities are clamped to [PROB_CLAMP, 1 − PROB_CLAMP] before a log when the loss is not fused. */
export const PROB_CLAMP = 1e-7;

/**
 * The targets as the loss sees them, samples × outputUnits:
 * classification + bce with one output → a 0/1 column (class 1 is positive);
 * bce or cce with one output per class → one-hot; mse → one-hot if outputs = classes, else the raw
 * class index in one column; regression → the targets as given. Throws EngineError otherwise.
 */
export function encodeTargets(data: Dataset, loss: LossName, outputUnits: number): Float64Array {
  if (data.task === 'regression') return regressionTargets(data, outputUnits);
  const classes = data.classes ?? 0;
  const labels = data.labels;
  if (!labels || labels.length !== data.samples) throw new EngineError('the data set is classification but has no label for every sample');
  for (let i = 0; i < data.samples; i++) {
    if (!(labels[i] >= 0 && labels[i] < classes)) throw new EngineError(`sample ${i} has class index ${labels[i]}, outside 0…${classes - 1}`);
  }
  const encoded = new Float64Array(data.samples * outputUnits);
  if (outputUnits === classes) {
    for (let i = 0; i < data.samples; i++) encoded[i * outputUnits + labels[i]] = 1;
    return encoded;
  }
  if (outputUnits !== 1 || loss === 'cce') {
    throw new EngineError(
      `the output layer has ${outputUnits} units but the data has ${classes} classes; ` +
        `use ${classes} output units${loss === 'cce' ? '' : ' (or 1 for two classes)'}`,
    );
  }
  if (loss === 'bce' && classes > 2) {
    throw new EngineError(`bce with one output unit needs 2 classes, but the data has ${classes}; use ${classes} output units with softmax and cce`);
  }
  for (let i = 0; i < data.samples; i++) encoded[i] = loss === 'bce' ? (labels[i] === 1 ? 1 : 0) : labels[i];
  return encoded;
}

function regressionTargets(data: Dataset, outputUnits: number): Float64Array {
  const targets = data.targets;
  if (!targets || targets.length !== data.samples * data.targetColumns) throw new EngineError('the data set is regression but its targets are missing or incomplete');
  if (data.targetColumns !== outputUnits) {
    throw new EngineError(`the output layer has ${outputUnits} units but the data has ${data.targetColumns} target columns; make them equal`);
  }
  return Float64Array.from(targets);
}

/** Which fused path a loss takes after a given output activation. */
export type LossPath = 'mse' | 'bce-logits' | 'bce-clamped' | 'cce-logits' | 'cce-clamped';

/** The loss path for a loss after the output layer's activation. */
export function lossPath(loss: LossName, outputActivation: Activation): LossPath {
  if (loss === 'mse') return 'mse';
  if (loss === 'bce') return outputActivation === 'sigmoid' ? 'bce-logits' : 'bce-clamped';
  return outputActivation === 'softmax' ? 'cce-logits' : 'cce-clamped';
}

/** True when the loss gradient is taken with respect to the logits (the activation is folded in). */
export function isFused(path: LossPath): boolean {
  return path === 'bce-logits' || path === 'cce-logits';
}

/**
 * Mean loss of a batch. `out` is the output layer's activation, `logits` its input, `y` the encoded
 * targets, all rows × cols. If `grad` is given it receives dL/d(out), or dL/d(logits) when fused.
 */
export function computeLoss(path: LossPath, out: FloatArray, logits: FloatArray, y: FloatArray, rows: number, cols: number, grad?: FloatArray): number {
  switch (path) {
    case 'mse':
      return meanSquaredError(out, y, rows * cols, grad);
    case 'bce-logits':
      return binaryCrossEntropyLogits(out, logits, y, rows * cols, grad);
    case 'bce-clamped':
      return binaryCrossEntropyClamped(out, y, rows * cols, grad);
    case 'cce-logits':
      return categoricalCrossEntropyLogits(out, logits, y, rows, cols, grad);
    case 'cce-clamped':
      return categoricalCrossEntropyClamped(out, y, rows, cols, grad);
  }
}

function meanSquaredError(out: FloatArray, y: FloatArray, n: number, grad?: FloatArray): number {
  const inv = 1 / n;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const d = out[i] - y[i];
    sum += d * d;
  }
  if (grad) for (let i = 0; i < n; i++) grad[i] = 2 * (out[i] - y[i]) * inv;
  return sum * inv;
}

/** Output activations whose derivative `meanSquaredErrorThrough` applies. */
export type ElementwiseActivation = 'linear' | 'sigmoid' | 'tanh' | 'relu' | 'leaky_relu';

/** Whether `meanSquaredErrorThrough` handles this output activation. */
export function isElementwise(activation: Activation): activation is ElementwiseActivation {
  return activation === 'linear' || activation === 'sigmoid' || activation === 'tanh' || activation === 'relu' || activation === 'leaky_relu';
}

/**
 * Mean squared error of a batch, with its gradient taken on through the output activation and
 * summed into the bias gradient in the same pass: `grad` receives dL/d(preact) and `biasGrad` its
 * column sums — what the mse gradient, activationBackward and columnSums compute one after the
 * other, rounded the same way (`single`: to float32 where those passes store, also when the buffers
 * are doubles). One pass over a small output layer instead of three.
 */
export function meanSquaredErrorThrough(
  activation: ElementwiseActivation, out: FloatArray, preact: FloatArray, y: FloatArray, rows: number, cols: number,
  grad: FloatArray, biasGrad: FloatArray, single: boolean,
): number {
  const n = rows * cols, inv = 1 / n, fround = Math.fround;
  // A small integer for the activation: string comparisons in the loop cost more than its arithmetic.
  const kind = activation === 'sigmoid' ? 1 : activation === 'tanh' ? 2 : activation === 'relu' ? 3 : activation === 'leaky_relu' ? 4 : 0;
  let sum = 0;
  biasGrad.fill(0, 0, cols);
  for (let i = 0, j = 0; i < n; i++, j = j + 1 === cols ? 0 : j + 1) {
    const o = out[i], d = o - y[i];
    sum += d * d;
    let g = 2 * d * inv;
    if (single) g = fround(g);
    if (kind === 1) g *= o * (1 - o);
    else if (kind === 2) g *= 1 - o * o;
    else if (kind === 3) g = preact[i] > 0 ? g : 0;
    else if (kind === 4 && !(preact[i] > 0)) g *= LEAKY_SLOPE;
    if (single) g = fround(g);
    grad[i] = g;
    biasGrad[j] = single ? fround(biasGrad[j] + g) : biasGrad[j] + g;
  }
  return sum * inv;
}

/** max(z,0) − z·y + log(1+e^−|z|) is log(1+e^z) − z·y rewritten so no exp can overflow. */
function binaryCrossEntropyLogits(p: FloatArray, z: FloatArray, y: FloatArray, n: number, grad?: FloatArray): number {
  const inv = 1 / n;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const zi = z[i];
    sum += (zi > 0 ? zi : 0) - zi * y[i] + Math.log1p(Math.exp(-Math.abs(zi)));
  }
  if (grad) for (let i = 0; i < n; i++) grad[i] = (p[i] - y[i]) * inv;
  return sum * inv;
}

function binaryCrossEntropyClamped(out: FloatArray, y: FloatArray, n: number, grad?: FloatArray): number {
  const inv = 1 / n;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const p = clampProbability(out[i]);
    sum -= y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p);
    // Outside the clamp the loss is flat in p, so its gradient is 0 there.
    if (grad) grad[i] = p === out[i] ? ((p - y[i]) / (p * (1 - p))) * inv : 0;
  }
  return sum * inv;
}

/** −Σ y log softmax(z) per row via log-sum-exp; gradient p·Σy − y (= p − y for one-hot y). */
function categoricalCrossEntropyLogits(p: FloatArray, z: FloatArray, y: FloatArray, rows: number, cols: number, grad?: FloatArray): number {
  const inv = 1 / rows;
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    let max = -Infinity;
    for (let k = 0; k < cols; k++) if (z[start + k] > max) max = z[start + k];
    let expSum = 0;
    for (let k = 0; k < cols; k++) expSum += Math.exp(z[start + k] - max);
    const logNorm = max + Math.log(expSum);
    let ySum = 0;
    for (let k = 0; k < cols; k++) {
      sum -= y[start + k] * (z[start + k] - logNorm);
      ySum += y[start + k];
    }
    if (grad) for (let k = 0; k < cols; k++) grad[start + k] = (p[start + k] * ySum - y[start + k]) * inv;
  }
  return sum * inv;
}

function categoricalCrossEntropyClamped(out: FloatArray, y: FloatArray, rows: number, cols: number, grad?: FloatArray): number {
  const inv = 1 / rows;
  const n = rows * cols;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const p = clampProbability(out[i]);
    sum -= y[i] * Math.log(p);
    if (grad) grad[i] = p === out[i] ? (-y[i] / p) * inv : 0;
  }
  return sum * inv;
}

function clampProbability(p: number): number {
  return p < PROB_CLAMP ? PROB_CLAMP : p > 1 - PROB_CLAMP ? 1 - PROB_CLAMP : p;
}

/**
 * Correctly classified rows: argmax for several outputs; for one output the nearest class index
 * (0/1 at threshold 0.5 for bce, rounded index for mse), clamped to the class range.
 */
export function countCorrect(out: FloatArray, labels: Int32Array, rows: number, cols: number, classes: number): number {
  if (cols === 1 && classes === 2) return countCorrectBinary(out, labels, rows);
  let correct = 0;
  for (let r = 0; r < rows; r++) {
    const start = r * cols;
    let predicted: number;
    if (cols === 1) {
      predicted = Math.min(classes - 1, Math.max(0, Math.round(out[start])));
    } else {
      predicted = 0;
      for (let k = 1; k < cols; k++) if (out[start + k] > out[start + predicted]) predicted = k;
    }
    if (predicted === labels[r]) correct++;
  }
  return correct;
}

/**
 * countCorrect for one output and two classes: min(1, max(0, round(p))) is 1 exactly when p ≥ 0.5
 * and 0 when p < 0.5; NaN predicts neither (−1), as NaN matches no label there either.
 */
function countCorrectBinary(out: FloatArray, labels: Int32Array, rows: number): number {
  let correct = 0;
  for (let r = 0; r < rows; r++) {
    const p = out[r];
    correct += +((p >= 0.5 ? 1 : p < 0.5 ? 0 : -1) === labels[r]);
  }
  return correct;
}
