/**
 * SGD (momentum, Nesterov), Adam and RMSprop over a fixed list of parameter tensors, with coupled
 * weight decay and global-norm gradient clipping. One loop per tensor per step, no allocation.
 */
import type { OptimizerSpec } from '../spec/types';
import { allocate, type Dtype, type FloatArray, type Param, sumSquares } from './tensor';

/** Adam's decay rate of the first moment. */
export const ADAM_BETA1 = 0.9;
/** Adam's decay rate of the second moment. */
export const ADAM_BETA2 = 0.999;
/** RMSprop's decay rate of the squared-gradient average. */
export const RMSPROP_RHO = 0.9;
/** Added to the root of the second moment (Adam, RMSprop) so a zero gradient history cannot divide by 0. */
export const OPTIMIZER_EPSILON = 1e-8;

/**
 * Plain SGD (no momentum, no clipping) applied by the layers during backward, each tensor as soon as
 * its gradient is complete (see Optimizer.fusedUpdate): w ← w − lr·(g + decay·w), decay for weights only.
 */
export interface SgdUpdate {
  readonly negativeLr: number;
  readonly weightDecay: number;
}

/** w ← w + negativeLr·(g + decay·w) over n values: exactly what Optimizer.step does for plain SGD. */
export function applySgd(w: FloatArray, grad: FloatArray, n: number, negativeLr: number, decay: number): void {
  // w[i] read once into a local: written `w[i] += …decay * w[i]` V8 loads it twice (~1.6× slower).
  for (let i = 0; i < n; i++) {
    const wi = w[i];
    w[i] = wi + negativeLr * (grad[i] + decay * wi);
  }
}

/**
 * Applies one update per `step()` to every parameter from its `grad`. Order of operations: the raw
 * gradients are scaled down if their global L2 norm exceeds `clipNorm`, then weight decay adds
 * wd·w (weights only), then the optimizer's rule produces Δ and w ← w + Δ.
 */
export class Optimizer {
  /** Σ g² of each parameter's raw gradient at the last step (filled only when clipping). */
  readonly gradSquares: Float64Array;
  /** Σ Δ² of each parameter's last applied update (as of the last step that recorded norms). */
  readonly updateSquares: Float64Array;
  /** Σ w² of each parameter after the last update (as of the last step that recorded norms). */
  readonly valueSquares: Float64Array;
  /** Steps taken so far (Adam's bias correction uses it). */
  steps = 0;
  private readonly first: FloatArray[];
  private readonly second: FloatArray[];
  /** The update the layers can apply themselves, for plain SGD; made once, so steps allocate nothing. */
  private readonly fused: SgdUpdate | undefined;

  constructor(private readonly spec: OptimizerSpec, private readonly params: Param[], dtype: Dtype) {
    const n = params.length;
    this.gradSquares = new Float64Array(n);
    this.updateSquares = new Float64Array(n);
    this.valueSquares = new Float64Array(n);
    const needsFirst = spec.type === 'adam' || (spec.type === 'sgd' && spec.momentum !== 0);
    const needsSecond = spec.type === 'adam' || spec.type === 'rmsprop';
    const none = allocate(dtype, 0);
    this.first = params.map((p) => (needsFirst ? allocate(dtype, p.value.length) : none));
    this.second = params.map((p) => (needsSecond ? allocate(dtype, p.value.length) : none));
    const plain = spec.type === 'sgd' && spec.momentum === 0 && !(spec.clipNorm > 0);
    this.fused = plain ? { negativeLr: -spec.lr, weightDecay: spec.weightDecay } : undefined;
  }

  /**
   * For plain SGD (no momentum, no clipping), the update the layers may apply during backward, each
   * tensor once its gradient is final; the step is then counted with `countFusedStep` instead of
   * `step`, and records no norms. Undefined for every other optimizer. Same arithmetic, same result.
   */
  fusedUpdate(): SgdUpdate | undefined {
    return this.fused;
  }

  /** Counts a step whose update the layers applied (see fusedUpdate). */
  countFusedStep(): void {
    this.steps++;
  }

  /**
   * One update of every parameter. `recordNorms` (default true) fills updateSquares and
   * valueSquares; a trainer that will not read them after this step may skip that work.
   */
  step(recordNorms = true): void {
    this.steps++;
    const scale = this.clipScale();
    for (let k = 0; k < this.params.length; k++) {
      const p = this.params[k];
      const decay = p.decays ? this.spec.weightDecay : 0;
      if (this.spec.type === 'sgd') this.sgd(k, p, scale, decay, recordNorms);
      else if (this.spec.type === 'adam') this.adam(k, p, scale, decay);
      else this.rmsprop(k, p, scale, decay);
    }
  }

  /** The factor that brings the global gradient norm down to clipNorm (1 when under it or off). */
  private clipScale(): number {
    const clip = this.spec.clipNorm;
    if (!(clip > 0)) return 1;
    let total = 0;
    for (let k = 0; k < this.params.length; k++) {
      this.gradSquares[k] = sumSquares(this.params[k].grad);
      total += this.gradSquares[k];
    }
    const norm = Math.sqrt(total);
    return norm > clip ? clip / norm : 1;
  }

  private sgd(k: number, p: Param, scale: number, decay: number, recordNorms: boolean): void {
    const w = p.value, grad = p.grad, v = this.first[k], n = w.length;
    const lr = this.spec.lr, mu = this.spec.momentum, nesterov = this.spec.nesterov;
    if (mu === 0 && !recordNorms && scale === 1) {
      // The same arithmetic as below (g·1 is g), without the momentum test and the two sums.
      applySgd(w, grad, n, -lr, decay);
      return;
    }
    let updateSq = 0, valueSq = 0;
    for (let i = 0; i < n; i++) {
      const g = grad[i] * scale + decay * w[i];
      let direction = g;
      if (mu !== 0) {
        v[i] = mu * v[i] + g;
        direction = nesterov ? g + mu * v[i] : v[i];
      }
      const delta = -lr * direction;
      w[i] += delta;
      updateSq += delta * delta;
      valueSq += w[i] * w[i];
    }
    this.updateSquares[k] = updateSq;
    this.valueSquares[k] = valueSq;
  }

  private adam(k: number, p: Param, scale: number, decay: number): void {
    const w = p.value, grad = p.grad, m = this.first[k], v = this.second[k], n = w.length;
    const lr = this.spec.lr;
    const correction1 = 1 - Math.pow(ADAM_BETA1, this.steps);
    const correction2 = 1 - Math.pow(ADAM_BETA2, this.steps);
    let updateSq = 0, valueSq = 0;
    for (let i = 0; i < n; i++) {
      const g = grad[i] * scale + decay * w[i];
      m[i] = ADAM_BETA1 * m[i] + (1 - ADAM_BETA1) * g;
      v[i] = ADAM_BETA2 * v[i] + (1 - ADAM_BETA2) * g * g;
      const delta = (-lr * (m[i] / correction1)) / (Math.sqrt(v[i] / correction2) + OPTIMIZER_EPSILON);
      w[i] += delta;
      updateSq += delta * delta;
      valueSq += w[i] * w[i];
    }
    this.updateSquares[k] = updateSq;
    this.valueSquares[k] = valueSq;
  }

  private rmsprop(k: number, p: Param, scale: number, decay: number): void {
    const w = p.value, grad = p.grad, s = this.second[k], n = w.length;
    const lr = this.spec.lr;
    let updateSq = 0, valueSq = 0;
    for (let i = 0; i < n; i++) {
      const g = grad[i] * scale + decay * w[i];
      s[i] = RMSPROP_RHO * s[i] + (1 - RMSPROP_RHO) * g * g;
      const delta = (-lr * g) / (Math.sqrt(s[i]) + OPTIMIZER_EPSILON);
      w[i] += delta;
      updateSq += delta * delta;
      valueSq += w[i] * w[i];
    }
    this.updateSquares[k] = updateSq;
    this.valueSquares[k] = valueSq;
  }
}
