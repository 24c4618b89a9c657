/**
 * Batch normalization between a dense layer's product and its activation:
 * y = γ·(z − μ)/√(σ² + ε) + β per unit, with batch statistics while training and running averages
 * (momentum 0.9) at evaluation.
 */
import { allocate, type Dtype, type FloatArray, type Param } from './tensor';

/** Added to the variance so a constant unit does not divide by zero. */
export const BN_EPSILON = 1e-5;
/** Weight of the old running statistics in each update. */
export const BN_MOMENTUM = 0.9;

/** The per-unit state and scratch of one batch-normalized layer. */
export class BatchNorm {
  readonly gamma: Param;
  readonly beta: Param;
  readonly runningMean: FloatArray;
  readonly runningVar: FloatArray;
  /** ẑ of the last forward pass, capacity × units (backward needs it). */
  private readonly normalized: FloatArray;
  /** Mean used by the last normalization (batch or running). */
  private readonly mean: FloatArray;
  /** 1/√(σ²+ε) of the last normalization. */
  private readonly invStd: FloatArray;

  constructor(dtype: Dtype, private readonly units: number, capacity: number, layerIndex: number) {
    this.gamma = { name: 'gamma', value: allocate(dtype, units).fill(1), grad: allocate(dtype, units), decays: false, layerIndex };
    this.beta = { name: 'beta', value: allocate(dtype, units), grad: allocate(dtype, units), decays: false, layerIndex };
    this.runningMean = allocate(dtype, units);
    this.runningVar = allocate(dtype, units).fill(1);
    this.normalized = allocate(dtype, capacity * units);
    this.mean = allocate(dtype, units);
    this.invStd = allocate(dtype, units);
  }

  /**
   * Writes y = γẑ + β for z (rows × units), keeping ẑ for backward. `useBatchStats` picks batch
   * statistics (training) or the running ones (evaluation).
   */
  forward(z: FloatArray, y: FloatArray, rows: number, useBatchStats: boolean, updateRunning: boolean): void {
    if (useBatchStats) this.batchStatistics(z, rows, updateRunning);
    else this.runningStatistics();
    const units = this.units, mean = this.mean, invStd = this.invStd, zHat = this.normalized;
    const gamma = this.gamma.value, beta = this.beta.value;
    for (let r = 0; r < rows; r++) {
      const start = r * units;
      for (let j = 0; j < units; j++) {
        const normalized = (z[start + j] - mean[j]) * invStd[j];
        zHat[start + j] = normalized;
        y[start + j] = gamma[j] * normalized + beta[j];
      }
    }
  }

  private runningStatistics(): void {
    for (let j = 0; j < this.units; j++) {
      this.mean[j] = this.runningMean[j];
      this.invStd[j] = 1 / Math.sqrt(this.runningVar[j] + BN_EPSILON);
    }
  }

  /** Two passes (mean, then squared deviations) so the variance does not cancel catastrophically. */
  private batchStatistics(z: FloatArray, rows: number, updateRunning: boolean): void {
    const units = this.units, mean = this.mean, invStd = this.invStd;
    mean.fill(0);
    invStd.fill(0);
    for (let r = 0; r < rows; r++) for (let j = 0; j < units; j++) mean[j] += z[r * units + j];
    for (let j = 0; j < units; j++) mean[j] /= rows;
    for (let r = 0; r < rows; r++) {
      for (let j = 0; j < units; j++) {
        const d = z[r * units + j] - mean[j];
        invStd[j] += d * d;
      }
    }
    for (let j = 0; j < units; j++) {
      const variance = invStd[j] / rows;
      if (updateRunning) {
        this.runningMean[j] = BN_MOMENTUM * this.runningMean[j] + (1 - BN_MOMENTUM) * mean[j];
        this.runningVar[j] = BN_MOMENTUM * this.runningVar[j] + (1 - BN_MOMENTUM) * variance;
      }
      invStd[j] = 1 / Math.sqrt(variance + BN_EPSILON);
    }
  }

  /**
   * g holds dL/dy on entry and dL/dz on exit:
   * dz = γ/σ · (dy − mean(dy) − ẑ·mean(dy·ẑ)), the gradient through the batch statistics.
   */
  backward(g: FloatArray, rows: number): void {
    const units = this.units, dGamma = this.gamma.grad, dBeta = this.beta.grad, zHat = this.normalized;
    dGamma.fill(0);
    dBeta.fill(0);
    for (let r = 0; r < rows; r++) {
      for (let j = 0; j < units; j++) {
        const i = r * units + j;
        dGamma[j] += g[i] * zHat[i];
        dBeta[j] += g[i];
      }
    }
    const gamma = this.gamma.value, invStd = this.invStd, invRows = 1 / rows;
    for (let r = 0; r < rows; r++) {
      for (let j = 0; j < units; j++) {
        const i = r * units + j;
        g[i] = gamma[j] * invStd[j] * (g[i] - dBeta[j] * invRows - zHat[i] * dGamma[j] * invRows);
      }
    }
  }
}
