/**
 * A built network: its layers in spec order, the loss path at its head, forward and backward over
 * preallocated buffers. Trainer, gradient check and gradient dump all drive this same object.
 */
import type { ModelSpec } from '../spec/types';
import { compiledKernels } from './dense-kernels';
import { STATIONARY_MAX_DEPTH } from './codegen';
import { computeLoss, type ElementwiseActivation, isElementwise, isFused, type LossPath, lossPath, meanSquaredErrorThrough } from './losses';
import { DropoutLayer } from './dropout';
import { DenseLayer, DIRECT_LIMIT, type Layer, type Mode } from './layers';
import type { Random } from './random';
import type { SgdUpdate } from './optimizers';
import { type Dtype, type FloatArray, type Param, roundToFloat32 } from './tensor';

/** Placeholder until the first forward pass records each layer's input. */
const NO_INPUT = new Float64Array(0);

/** The generators a network draws from: initial weights, and dropout masks during training. */
export interface NetworkRandom {
  init: Random;
  dropout: Random;
}

/** Layers plus loss; shapes must have been validated (see `checkShapes`) before construction. */
export class Network {
  readonly layers: Layer[] = [];
  /** The dense layers, in order: the ones with parameters and statistics. */
  readonly dense: DenseLayer[] = [];
  readonly outputLayer: DenseLayer;
  readonly lossPath: LossPath;
  /** All trainable tensors, layer by layer (W, b, [γ, β]). */
  readonly params: Param[];
  /** The input each layer received in the last forward pass (backward needs it). */
  private readonly layerInputs: FloatArray[] = [];
  /** Whether layer l must produce dL/d(input): only if some dense layer comes before it. */
  private readonly wantsGradInput: boolean[] = [];
  /**
   * Element type of the activation and gradient buffers (and of the input the network is given).
   * The dtype, except for a float32 network made only of small dense layers: its float32 values are
   * then held in Float64Arrays, which the compiled kernels read without a conversion per load (~20%
   * faster), every value still rounded to float32 where it is stored, so results are bit-identical.
   */
  readonly storage: Dtype;
  /** Whether the layers can apply a plain SGD step during backward: every parameter is a W or a b (no batch norm). */
  readonly canFuseUpdate: boolean;
  /** Set when the mse gradient is taken through the output activation by the loss itself (see `loss`). */
  private readonly headActivation: ElementwiseActivation | undefined;

  constructor(spec: ModelSpec, readonly inputs: number, readonly capacity: number, readonly dtype: Dtype, random: NetworkRandom) {
    this.storage = holdsFloat32InDoubles(spec, inputs, capacity, dtype) ? 'float64' : dtype;
    let width = inputs;
    let denseSeen = false;
    spec.layers.forEach((layerSpec, index) => {
      this.wantsGradInput.push(denseSeen);
      if (layerSpec.type === 'dense') {
        const layer = new DenseLayer(layerSpec, index, width, capacity, dtype, this.storage);
        layer.initialize(random.init);
        this.layers.push(layer);
        this.dense.push(layer);
        width = layerSpec.units;
        denseSeen = true;
      } else {
        this.layers.push(new DropoutLayer(layerSpec, index, width, capacity, dtype, random.dropout));
      }
      this.layerInputs.push(NO_INPUT);
    });
    for (let l = 1; l < this.layers.length; l++) {
      const layer = this.layers[l], previous = this.layers[l - 1];
      if (layer instanceof DenseLayer && previous instanceof DenseLayer) layer.absorb(previous);
    }
    this.outputLayer = this.dense[this.dense.length - 1];
    this.lossPath = lossPath(spec.loss, this.outputLayer.activation);
    this.outputLayer.lossGivesPreactGrad = isFused(this.lossPath);
    const head = this.outputLayer;
    if (this.lossPath === 'mse' && !head.bn && isElementwise(head.activation)) {
      this.headActivation = head.activation;
      head.takesPreactGradient();
    }
    this.params = this.dense.flatMap((layer) => layer.params());
    this.canFuseUpdate = this.dense.every((layer) => !layer.bn);
  }

  /** Output width. */
  get outputUnits(): number {
    return this.outputLayer.units;
  }

  /** Runs `rows` rows of x (rows × inputs, rows ≤ capacity); returns the output buffer (rows × outputs). */
  forward(x: FloatArray, rows: number, mode: Mode): FloatArray {
    return this.forwardFrom(0, x, rows, mode);
  }

  /** Runs layers first… onwards on `input` (what layer `first` receives); returns the network output. */
  forwardFrom(first: number, input: FloatArray, rows: number, mode: Mode): FloatArray {
    let current = input;
    for (let l = first; l < this.layers.length; l++) {
      this.layerInputs[l] = current;
      current = this.layers[l].forward(current, rows, mode);
    }
    return current;
  }

  /**
   * Mean loss of the last forward pass against targets y (rows × outputs). With `withGrad`, also
   * seeds backward by writing the loss gradient into the output layer's gradOutput (for mse after an
   * elementwise activation, already taken through it, with the output bias gradient summed).
   */
  loss(y: FloatArray, rows: number, withGrad: boolean): number {
    const head = this.outputLayer;
    if (withGrad && this.headActivation) {
      // The output layer's activation derivative and bias gradient in the same pass (it then skips them).
      return meanSquaredErrorThrough(this.headActivation, head.output, head.preact, y, rows, head.units, head.gradOutput, head.b.grad, this.dtype === 'float32');
    }
    const loss = computeLoss(this.lossPath, head.output, head.preact, y, rows, head.units, withGrad ? head.gradOutput : undefined);
    if (withGrad && this.storage !== this.dtype) roundToFloat32(head.gradOutput, rows * head.units);
    return loss;
  }

  /** The input layer `index` received in the last forward pass. */
  inputOf(index: number): FloatArray {
    return this.layerInputs[index];
  }

  /**
   * Backpropagates the gradient seeded by `loss(…, true)` into every parameter's `grad`. With
   * `update` (plain SGD, see Optimizer.fusedUpdate; only when `canFuseUpdate`), each layer also
   * applies it to its parameters as soon as their gradients are final.
   */
  backward(rows: number, update?: SgdUpdate): void {
    for (let l = this.layers.length - 1; l >= 0; l--) {
      const gradInput = this.wantsGradInput[l] ? this.layers[l - 1].gradOutput : undefined;
      this.layers[l].backward(this.layerInputs[l], rows, gradInput, update);
    }
  }

  /** Tells the layers their weights were written from outside, so cached transposes are refreshed. */
  weightsChanged(): void {
    for (let l = 0; l < this.dense.length; l++) this.dense[l].weightsChanged();
  }
}

/**
 * Whether every write into the network's buffers rounds to float32 by itself or is followed by a
 * rounding pass: only dense layers without batch norm, each small enough for compiled kernels in
 * both directions (fan-in and units within the unroll depth, both products read in place).
 */
function holdsFloat32InDoubles(spec: ModelSpec, inputs: number, capacity: number, dtype: Dtype): boolean {
  if (dtype !== 'float32' || !compiledKernels.enabled) return false;
  let fanIn = inputs;
  for (const layer of spec.layers) {
    if (layer.type !== 'dense' || layer.batchNorm) return false;
    const units = layer.units;
    if (fanIn > STATIONARY_MAX_DEPTH || units > STATIONARY_MAX_DEPTH) return false;
    if (fanIn * units > DIRECT_LIMIT || capacity * Math.max(fanIn, units) > DIRECT_LIMIT) return false;
    fanIn = units;
  }
  return true;
}
