/**
 * The first training batch held fixed so the loss can be differentiated numerically: built exactly
 * as the Trainer's first step sees it (float64, same split and shuffle), run in check mode
 * (dropout off, batch statistics, running averages untouched).
 */
import type { Dataset } from '../spec/dataset';
import type { ModelSpec } from '../spec/types';
import { isReluFamily } from './activations';
import { assemble } from './assemble';
import type { DenseLayer } from './layers';
import type { Network } from './network';
import type { Param } from './tensor';

/** A network and its first batch, with what the unperturbed forward pass left behind. */
export class Probe {
  /** Set when a perturbed evaluation moved a relu-family input across 0 (the loss has a kink there). */
  crossedKink = false;
  /** Per dense layer: X·W + b of the unperturbed pass, to restart from. */
  private readonly savedLinear: Float64Array[] = [];
  /** Which relu-family inputs are > 0 in the unperturbed pass. */
  private pattern: Uint8Array = new Uint8Array(0);
  /** The first dense layer whose buffers (and everything after) hold a perturbed pass. */
  private dirtyFrom = Infinity;

  private constructor(readonly network: Network, readonly x: Float64Array, readonly y: Float64Array, readonly rows: number) {}

  /** Loads the first training batch exactly as the Trainer's first step would. */
  static firstBatch(spec: ModelSpec, data: Dataset): Probe {
    const { network, source, capacity } = assemble(spec, data, 'float64');
    source.beginEpoch();
    const rows = Math.min(capacity, source.train.length);
    const x = new Float64Array(rows * source.inputs);
    const y = new Float64Array(rows * source.outputs);
    source.gather(source.train, 0, rows, x, y, new Int32Array(rows));
    return new Probe(network, x, y, rows);
  }

  /** Forward, loss and backward at the current parameters; returns the loss and remembers the pass. */
  backprop(): number {
    this.network.forward(this.x, this.rows, 'check');
    const loss = this.network.loss(this.y, this.rows, true);
    this.network.backward(this.rows);
    this.savedLinear.length = 0;
    for (const layer of this.network.dense) this.savedLinear.push(Float64Array.from(layer.linear.subarray(0, this.rows * layer.units)));
    this.pattern = this.kinkPattern();
    return loss;
  }

  /**
   * The loss with entry i of `param` (a tensor of the d-th dense layer) moved by delta. Only that layer
   * and the ones after it are recomputed: W and b enter X·W + b linearly, so their effect is added to
   * the saved product (exactly what recomputing it would give, with less rounding).
   */
  perturbedLoss(d: number, param: Param, i: number, delta: number): number {
    const layer = this.network.dense[d];
    // The layer's input must come from an unperturbed pass of the layers before it.
    if (this.dirtyFrom < d) this.network.forward(this.x, this.rows, 'check');
    this.dirtyFrom = d;
    const original = param.value[i];
    this.restartFrom(d, layer, param, i, delta);
    layer.finishForward(this.rows, 'check');
    this.network.forwardFrom(layer.index + 1, layer.output, this.rows, 'check');
    const loss = this.network.loss(this.y, this.rows, false);
    param.value[i] = original;
    if (!this.matchesPattern()) this.crossedKink = true;
    return loss;
  }

  /** Puts the perturbed X·W + b into the layer's `linear` buffer (or perturbs γ/β in place). */
  private restartFrom(d: number, layer: DenseLayer, param: Param, i: number, delta: number): void {
    const linear = layer.linear, saved = this.savedLinear[d], units = layer.units, rows = this.rows;
    for (let k = 0; k < saved.length; k++) linear[k] = saved[k];
    if (param === layer.W) {
      const input = this.network.inputOf(layer.index), p = Math.floor(i / units), j = i % units;
      for (let r = 0; r < rows; r++) linear[r * units + j] += delta * input[r * layer.fanIn + p];
    } else if (param === layer.b) {
      for (let r = 0; r < rows; r++) linear[r * units + i] += delta;
    } else {
      param.value[i] += delta;
    }
  }

  private kinkPattern(): Uint8Array {
    const layers = this.network.dense.filter((layer) => isReluFamily(layer.activation));
    const pattern = new Uint8Array(layers.reduce((n, layer) => n + this.rows * layer.units, 0));
    let offset = 0;
    for (const layer of layers) {
      for (let k = 0; k < this.rows * layer.units; k++) pattern[offset + k] = layer.preact[k] > 0 ? 1 : 0;
      offset += this.rows * layer.units;
    }
    return pattern;
  }

  private matchesPattern(): boolean {
    const current = this.kinkPattern();
    for (let k = 0; k < current.length; k++) if (current[k] !== this.pattern[k]) return false;
    return true;
  }
}
