/**
 * Per-layer training instruments: gradient and weight norms, update-to-weight ratio, dead relu units
 * and saturated sigmoid/tanh outputs. Only what cannot be recovered later is done every step (the
 * per-unit firing flags, and the update norm the optimizer accumulates in its own loop); norms and
 * saturation are read from the buffers the last step left behind, when a snapshot is asked for.
 */
import { isReluFamily } from './activations';
import type { DenseLayer } from './layers';
import type { Network } from './network';
import type { Optimizer } from './optimizers';
import { sumSquares } from './tensor';

/** Statistics of one dense layer. */
export interface LayerStats {
  /** Index in `spec.layers`. */
  index: number;
  /** The spec's name, or "dense_<index>". */
  name: string;
  /** L2 norm of all the layer's raw parameter gradients (W, b, γ, β) of the last step, before clipping and decay. */
  gradNorm: number;
  /** L2 norm of W after the last update. */
  weightNorm: number;
  /** ‖ΔW‖ / ‖W‖ of the last update actually applied (after clipping), W taken after the update. */
  updateRatio: number;
  /** relu, leaky_relu, elu: fraction of units whose input was ≤ 0 for every training sample so far this epoch. */
  deadFraction?: number;
  /** sigmoid: outputs < m or > 1 − m; tanh: |output| > 1 − m (m: the saturation margin, 0.01 by default); as a fraction of the last batch's outputs. */
  saturatedFraction?: number;
}

/** Collects the statistics of a network trained by an optimizer. */
export class Instruments {
  /** Per dense layer: whether each unit has fired this epoch (relu family only). */
  private readonly fired: (Uint8Array | undefined)[];
  /** Per dense layer: the position of its W in the optimizer's parameter list. */
  private readonly weightPositions: number[] = [];

  /** @param saturationMargin how close to its limits a sigmoid/tanh output counts as saturated (the spec's `saturationMargin`). */
  constructor(private readonly network: Network, private readonly optimizer: Optimizer, private readonly saturationMargin: number) {
    this.fired = network.dense.map((layer) => (isReluFamily(layer.activation) ? new Uint8Array(layer.units) : undefined));
    for (const layer of network.dense) this.weightPositions.push(network.params.indexOf(layer.W));
  }

  /** Forgets which units fired: dead-unit fractions are per epoch. */
  beginEpoch(): void {
    for (const flags of this.fired) flags?.fill(0);
  }

  /** Notes which relu-family units fired in a training forward pass of `rows` rows. */
  observeForward(rows: number): void {
    const dense = this.network.dense;
    for (let l = 0; l < dense.length; l++) {
      const flags = this.fired[l];
      if (flags) markFired(dense[l], flags, rows);
    }
  }

  /**
   * The statistics of every dense layer after the last training step of `rows` rows (a new array:
   * callers may keep it). Must run before anything else overwrites the layers' output buffers.
   */
  snapshot(rows: number): LayerStats[] {
    return this.network.dense.map((layer, l) => this.layerStats(layer, l, rows));
  }

  private layerStats(layer: DenseLayer, l: number, rows: number): LayerStats {
    const first = this.weightPositions[l];
    let gradSquares = 0;
    for (const param of layer.params()) gradSquares += sumSquares(param.grad);
    const weightNorm = Math.sqrt(this.optimizer.valueSquares[first]);
    const updateNorm = Math.sqrt(this.optimizer.updateSquares[first]);
    const stats: LayerStats = {
      index: layer.index,
      name: layer.name,
      gradNorm: Math.sqrt(gradSquares),
      weightNorm,
      updateRatio: weightNorm > 0 ? updateNorm / weightNorm : updateNorm > 0 ? Infinity : 0,
    };
    const flags = this.fired[l];
    if (flags) stats.deadFraction = 1 - countOnes(flags) / flags.length;
    if (layer.activation === 'sigmoid' || layer.activation === 'tanh') stats.saturatedFraction = saturatedFraction(layer, rows, this.saturationMargin);
    return stats;
  }
}

function markFired(layer: DenseLayer, flags: Uint8Array, rows: number): void {
  const z = layer.preact, units = layer.units;
  for (let r = 0; r < rows; r++) {
    const start = r * units;
    for (let j = 0; j < units; j++) if (z[start + j] > 0) flags[j] = 1;
  }
}

function saturatedFraction(layer: DenseLayer, rows: number, margin: number): number {
  const n = rows * layer.units;
  return n > 0 ? countSaturated(layer, rows, margin) / n : 0;
}

/**
 * Outputs of a sigmoid or tanh layer's last `rows` rows within `margin` of the activation's limits
 * (0 for other activations). Shared with the edit-time probe, so both count saturation alike.
 */
export function countSaturated(layer: DenseLayer, rows: number, margin: number): number {
  const out = layer.output, n = rows * layer.units;
  const high = 1 - margin;
  let count = 0;
  if (layer.activation === 'sigmoid') {
    for (let i = 0; i < n; i++) if (out[i] < margin || out[i] > high) count++;
  } else if (layer.activation === 'tanh') {
    for (let i = 0; i < n; i++) if (Math.abs(out[i]) > high) count++;
  }
  return count;
}

function countOnes(flags: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < flags.length; i++) count += flags[i];
  return count;
}
