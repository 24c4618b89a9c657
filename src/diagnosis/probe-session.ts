/**
 * A short training of a fresh network on a small sample, instrumented for the edit-time probe and
 * the learning-rate finder. It drives the engine's own network and optimizer (the same init, the
 * same update rules as a real run) but measures what a run cannot afford to: the loss over the whole
 * sample at any point, and the state of every layer at initialization.
 */
import { isReluFamily } from '../engine/activations';
import { assemble } from '../engine/assemble';
import type { BatchSource } from '../engine/batches';
import { countSaturated } from '../engine/instruments';
import type { DenseLayer } from '../engine/layers';
import type { Network } from '../engine/network';
import { Optimizer } from '../engine/optimizers';
import { allocate, sumSquares, type FloatArray } from '../engine/tensor';
import type { Dataset } from '../spec/dataset';
import type { ModelSpec } from '../spec/types';

/** One dense layer as the freshly initialized network sees the sample. */
export interface InitLayerStats {
  /** Index in `spec.layers`. */
  index: number;
  units: number;
  /** Trainable parameters of the layer (W, b, and γ, β with batch norm). */
  params: number;
  /** Root mean square over the sample's mini-batches of the layer's gradient L2 norm. */
  gradNorm: number;
  /** relu family: units whose input is ≤ 0 for every sample. */
  deadUnits?: number;
  /** sigmoid/tanh: fraction of all outputs over the sample pinned near the activation's limits. */
  saturatedFraction?: number;
}

/** What one training step of the session did. */
export interface SessionStep {
  /** Mean loss of the mini-batch, before the update. */
  loss: number;
  /** Largest ‖ΔW‖/‖W‖ over the dense layers for this update. */
  updateRatio: number;
}

/**
 * A fresh network, its optimizer and the sample, owned by one probe or finder. The spec is copied,
 * so the learning rate can be changed between steps without touching the caller's spec.
 */
export class ProbeSession {
  readonly spec: ModelSpec;
  readonly rows: number;
  private readonly network: Network;
  private readonly source: BatchSource;
  private readonly optimizer: Optimizer;
  private readonly weightSlots: number[];
  private readonly x: FloatArray;
  private readonly y: FloatArray;
  private readonly labels: Int32Array;
  private cursor = 0;

  constructor(spec: ModelSpec, sample: Dataset) {
    this.spec = structuredClone(spec);
    this.spec.training.validationSplit = 0;
    // The network's buffers must hold the whole sample; the weights do not depend on that size.
    const built = assemble({ ...this.spec, training: { ...this.spec.training, batchSize: sample.samples } }, sample, 'float32');
    this.network = built.network;
    this.source = built.source;
    this.rows = this.source.train.length;
    this.optimizer = new Optimizer(this.spec.optimizer, this.network.params, 'float32');
    this.weightSlots = this.network.dense.map((layer) => this.network.params.indexOf(layer.W));
    this.x = allocate('float32', this.rows * sample.inputs);
    this.y = allocate('float32', this.rows * this.network.outputUnits);
    this.labels = new Int32Array(this.rows);
  }

  /** Sets the learning rate of the following steps (the optimizer reads it at every step). */
  setLearningRate(lr: number): void {
    this.spec.optimizer.lr = lr;
  }

  /** Mean loss over the whole sample at the current weights: dropout off, batch statistics. */
  sampleLoss(): number {
    this.source.gather(this.source.train, 0, this.rows, this.x, this.y, this.labels);
    this.network.forward(this.x, this.rows, 'check');
    return this.network.loss(this.y, this.rows, false);
  }

  /**
   * Every dense layer's gradient, dead units and saturation over the sample, mini-batch by
   * mini-batch as training would see them, without changing any weight.
   */
  initStats(): InitLayerStats[] {
    const dense = this.network.dense;
    const squares = new Float64Array(dense.length);
    const fired = dense.map((layer) => new Uint8Array(layer.units));
    const saturated = new Float64Array(dense.length);
    const batch = this.spec.training.batchSize;
    let batches = 0;
    for (let start = 0; start < this.rows; start += batch, batches++) {
      const rows = Math.min(batch, this.rows - start);
      this.source.gather(this.source.train, start, rows, this.x, this.y, this.labels);
      this.network.forward(this.x, rows, 'check');
      this.network.loss(this.y, rows, true);
      this.network.backward(rows);
      dense.forEach((layer, l) => {
        for (const param of layer.params()) squares[l] += sumSquares(param.grad);
        markFired(layer, fired[l], rows);
        saturated[l] += countSaturated(layer, rows, this.spec.diagnostics.saturationMargin);
      });
    }
    return dense.map((layer, l) => this.layerStats(layer, Math.sqrt(squares[l] / batches), fired[l], saturated[l]));
  }

  /**
   * Each ReLU-family layer's units that output 0 for every row of the sample at the current weights:
   * one forward pass over the whole sample (the buffers hold it), no gradient.
   */
  deadUnitsNow(): Map<number, number> {
    this.source.gather(this.source.train, 0, this.rows, this.x, this.y, this.labels);
    this.network.forward(this.x, this.rows, 'check');
    const dead = new Map<number, number>();
    for (const layer of this.network.dense) {
      if (!isReluFamily(layer.activation)) continue;
      const fired = new Uint8Array(layer.units);
      markFired(layer, fired, this.rows);
      dead.set(layer.index, countUnfired(fired));
    }
    return dead;
  }

  /** One mini-batch of the spec's batch size (the sample reshuffled each pass when the spec shuffles). */
  step(): SessionStep {
    const batch = Math.min(this.spec.training.batchSize, this.rows);
    if (this.cursor + batch > this.rows) this.cursor = 0;
    if (this.cursor === 0) this.source.beginEpoch();
    this.source.gather(this.source.train, this.cursor, batch, this.x, this.y, this.labels);
    this.cursor += batch;
    this.network.forward(this.x, batch, 'train');
    const loss = this.network.loss(this.y, batch, true);
    this.network.backward(batch);
    this.optimizer.step();
    this.network.weightsChanged();
    return { loss, updateRatio: this.largestUpdateRatio() };
  }

  private largestUpdateRatio(): number {
    let largest = 0;
    for (const slot of this.weightSlots) {
      const weight = Math.sqrt(this.optimizer.valueSquares[slot]);
      const update = Math.sqrt(this.optimizer.updateSquares[slot]);
      const ratio = weight > 0 ? update / weight : update > 0 ? Infinity : 0;
      if (!(ratio <= largest)) largest = ratio;
    }
    return largest;
  }

  private layerStats(layer: DenseLayer, gradNorm: number, fired: Uint8Array, saturated: number): InitLayerStats {
    const params = layer.params().reduce((n, p) => n + p.value.length, 0);
    const stats: InitLayerStats = { index: layer.index, units: layer.units, params, gradNorm };
    if (isReluFamily(layer.activation)) stats.deadUnits = countUnfired(fired);
    if (layer.activation === 'sigmoid' || layer.activation === 'tanh') stats.saturatedFraction = saturated / (this.rows * layer.units);
    return stats;
  }
}

/** Units whose flag `markFired` never set: dead on every row seen. */
function countUnfired(flags: Uint8Array): number {
  return flags.reduce((n, fired) => n + (fired ? 0 : 1), 0);
}

function markFired(layer: DenseLayer, flags: Uint8Array, rows: number): void {
  if (!isReluFamily(layer.activation)) return;
  const z = layer.preact, units = layer.units;
  for (let k = 0; k < rows * units; k++) if (z[k] > 0) flags[k % units] = 1;
}
