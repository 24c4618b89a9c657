/**
 * The layer contract and the dense layer (the dropout layer is in dropout.ts). Each layer owns its
 * buffers, sized once for the largest batch (`capacity` rows); smaller batches use the leading
 * `rows` rows of the same buffers, so nothing is allocated per step.
 */
import type { Activation, DenseLayerSpec } from '../spec/types';
import { activate, activationBackward, softmaxRows } from './activations';
import { BatchNorm } from './batchnorm';
import type { AbsorbingInputGradKernel, DenseKernels } from './dense-kernels';
import { initializeWeights } from './init';
import { sharedAbsorbingInputGrad, sharedDenseKernels } from './kernel-cache';
import { addRowVector, columnSums, matMul, matMulGWt, matMulXtG, matMulXW, transpose } from './kernels';
import type { Random } from './random';
import { applySgd, type SgdUpdate } from './optimizers';
import { allocate, type Dtype, type FloatArray, type Param, roundToFloat32 } from './tensor';

/**
 * Operands up to this many values are read in place by the strided kernel; larger ones are first
 * transposed so that the product walks contiguous memory. 4096 values (16 KB in float32) leave
 * both operands of a product in a 48 KB L1 cache, where strided reads cost nothing extra.
 */
export const DIRECT_LIMIT = 4096;

/**
 * How a forward pass runs. `train`: batch statistics (and running-average updates), dropout on.
 * `eval`: running statistics, dropout off. `check`: batch statistics without touching the running
 * averages, dropout off — the deterministic training-mode function that gradient checks differentiate.
 */
export type Mode = 'train' | 'eval' | 'check';

/** What the network needs from a layer. */
export interface Layer {
  /** Index in `spec.layers`. */
  readonly index: number;
  /** Output width. */
  readonly units: number;
  /** dL/d(output), written by the next layer's backward (or by the loss), capacity × units. */
  readonly gradOutput: FloatArray;
  /** Returns the output (a buffer of the layer, or `input` itself when the layer is the identity). */
  forward(input: FloatArray, rows: number, mode: Mode): FloatArray;
  /**
   * Computes parameter gradients and, if `gradInput` is given, writes dL/d(input) into it. With
   * `update`, also applies that SGD step to the layer's parameters once their gradients are final.
   */
  backward(input: FloatArray, rows: number, gradInput: FloatArray | undefined, update?: SgdUpdate): void;
}

/** act(X·W + b), with optional batch normalization before the activation. */
export class DenseLayer implements Layer {
  readonly name: string;
  readonly activation: Activation;
  readonly W: Param;
  readonly b: Param;
  readonly bn: BatchNorm | undefined;
  /** X·W + b. */
  readonly linear: FloatArray;
  /** The activation's input (the batch-norm output, or `linear` itself without batch norm). */
  readonly preact: FloatArray;
  readonly output: FloatArray;
  readonly gradOutput: FloatArray;
  /** Set when the loss writes dL/d(preact) directly (fused sigmoid+bce, softmax+cce). */
  lossGivesPreactGrad = false;
  /** Whether X·W reads W in place (small W) rather than a transposed copy. */
  private readonly directForward: boolean;
  /** Whether Xᵀ·G reads X and G in place (small batches) rather than transposed copies. */
  private readonly directWeightGrad: boolean;
  private readonly wT: FloatArray;
  private readonly xT: FloatArray;
  private readonly gT: FloatArray;
  private wTStale = true;
  private readonly capacity: number;
  private readonly dtype: Dtype;
  /** Kernels compiled for this layer's shape (small layers only). */
  private readonly compiled: DenseKernels | undefined;
  /** Whether float32 values are held in float64 buffers, so that generic passes must round what they write. */
  private readonly roundsStores: boolean;
  /** When the next layer's dX pass already applied this layer's activation derivative and summed its bias gradient. */
  private gradientArrivesPreact = false;
  /** This layer's dX pass doing the previous layer's derivative and bias gradient (see `absorb`). */
  private absorbing: { kernel: AbsorbingInputGradKernel; stored: FloatArray; biasGrad: FloatArray } | undefined;

  /**
   * `storage` is the element type of the activation and gradient buffers: the dtype, or float64 for
   * float32 values held in doubles (see Network.storage), which the compiled kernels read faster.
   */
  constructor(readonly spec: DenseLayerSpec, readonly index: number, readonly fanIn: number, capacity: number, dtype: Dtype, storage: Dtype = dtype) {
    const units = spec.units;
    this.name = spec.name ?? `dense_${index}`;
    this.activation = spec.activation;
    this.W = { name: 'W', value: allocate(dtype, fanIn * units), grad: allocate(dtype, fanIn * units), decays: true, layerIndex: index };
    this.b = { name: 'b', value: allocate(dtype, units), grad: allocate(dtype, units), decays: false, layerIndex: index };
    this.bn = spec.batchNorm ? new BatchNorm(dtype, units, capacity, index) : undefined;
    this.linear = allocate(storage, capacity * units);
    this.preact = this.bn ? allocate(storage, capacity * units) : this.linear;
    this.output = spec.activation === 'linear' ? this.preact : allocate(storage, capacity * units);
    this.gradOutput = allocate(storage, capacity * units);
    this.roundsStores = dtype === 'float32' && storage === 'float64';
    this.directForward = fanIn * units <= DIRECT_LIMIT;
    this.directWeightGrad = capacity * Math.max(fanIn, units) <= DIRECT_LIMIT;
    this.wT = allocate(dtype, this.directForward ? 0 : units * fanIn);
    this.xT = allocate(dtype, this.directWeightGrad ? 0 : fanIn * capacity);
    this.gT = allocate(dtype, this.directWeightGrad ? 0 : units * capacity);
    this.compiled = this.directForward && this.directWeightGrad ? sharedDenseKernels(fanIn, units, capacity, spec.activation, dtype, this.roundsStores) : undefined;
    this.capacity = capacity;
    this.dtype = dtype;
  }

  /**
   * Has this layer's input-gradient pass also apply `previous`'s activation derivative and sum its
   * bias gradient (one pass over dX instead of three), when `previous` feeds this layer directly,
   * has no batch norm, and both have compiled kernels for it. Results are unchanged.
   */
  absorb(previous: DenseLayer): void {
    if (!this.compiled?.inputGrad || previous.bn) return;
    const fused = sharedAbsorbingInputGrad(this.fanIn, this.units, previous.activation, this.dtype);
    if (!fused) return;
    this.absorbing = { kernel: fused.kernel, stored: fused.readsPreact ? previous.preact : previous.output, biasGrad: previous.b.grad };
    previous.takesPreactGradient();
  }

  /**
   * From now on `gradOutput` arrives as dL/d(pre-activation), with the bias gradient already summed
   * (by the next layer's dX pass, or by the loss for an output layer): backward skips both passes.
   */
  takesPreactGradient(): void {
    this.gradientArrivesPreact = true;
  }

  /** Output width. */
  get units(): number {
    return this.spec.units;
  }

  /** The trainable tensors: W, b, then γ, β with batch norm. */
  params(): Param[] {
    return this.bn ? [this.W, this.b, this.bn.gamma, this.bn.beta] : [this.W, this.b];
  }

  /** Draws W from the spec's init and sets every bias to the spec's `bias`. */
  initialize(rng: Random): void {
    initializeWeights(this.spec.init, this.W.value, this.fanIn, this.units, rng);
    this.b.value.fill(this.spec.bias);
    this.weightsChanged();
  }

  /** Must be called after W is written from outside (optimizer step, gradient-check perturbation). */
  weightsChanged(): void {
    this.wTStale = true;
  }

  forward(input: FloatArray, rows: number, mode: Mode): FloatArray {
    const fused = this.bn ? undefined : this.compiled?.forward;
    if (fused) {
      fused(input, this.W.value, this.b.value, this.linear, this.output, rows);
      return this.output;
    }
    this.computeLinear(input, rows);
    return this.finishForward(rows, mode);
  }

  /** linear = X·W + b. */
  computeLinear(input: FloatArray, rows: number): void {
    const fanIn = this.fanIn, units = this.units;
    if (this.compiled) {
      this.compiled.affine(input, this.W.value, this.b.value, this.linear, rows);
      return;
    }
    if (this.directForward) {
      matMul(input, fanIn, 1, this.W.value, 1, units, this.linear, rows, units, fanIn);
    } else {
      if (this.wTStale) {
        transpose(this.W.value, fanIn, units, this.wT);
        this.wTStale = false;
      }
      matMulXW(input, this.wT, this.linear, rows, fanIn, units);
    }
    addRowVector(this.linear, this.b.value, rows, units);
  }

  /** Batch norm (if any) and activation of what is in `linear`; returns the output. */
  finishForward(rows: number, mode: Mode): FloatArray {
    if (this.bn) this.bn.forward(this.linear, this.preact, rows, mode !== 'eval', mode === 'train');
    if (this.roundsStores && this.activation === 'softmax') softmaxRows(this.preact, this.output, rows, this.units, true);
    else activate(this.activation, this.preact, this.output, rows, this.units);
    if (this.roundsStores && this.output !== this.preact) roundToFloat32(this.output, rows * this.units);
    return this.output;
  }

  backward(input: FloatArray, rows: number, gradInput: FloatArray | undefined, update?: SgdUpdate): void {
    const g = this.gradOutput, units = this.units;
    if (!this.gradientArrivesPreact) {
      if (!this.lossGivesPreactGrad) {
        activationBackward(this.activation, this.preact, this.output, g, rows, units);
        if (this.roundsStores) roundToFloat32(g, rows * units);
      }
      if (this.bn) this.bn.backward(g, rows);
      columnSums(g, rows, units, this.b.grad);
    }
    // dX before dW: with a fused update, dW's pass changes W, and dX needs it as it was.
    if (gradInput) this.inputGradient(g, rows, gradInput);
    const W = this.W, compiled = this.compiled, fullBatch = rows === this.capacity;
    if (update && compiled?.weightGradUpdate && fullBatch) {
      compiled.weightGradUpdate(input, g, W.grad, W.value, update.negativeLr, update.weightDecay);
    } else {
      this.weightGradient(input, g, rows);
      if (update) applySgd(W.value, W.grad, W.value.length, update.negativeLr, update.weightDecay);
    }
    // The bias gradient is final here: summed above, by the next layer's dX pass, or by the loss.
    if (update) applySgd(this.b.value, this.b.grad, units, update.negativeLr, 0);
  }

  private weightGradient(input: FloatArray, g: FloatArray, rows: number): void {
    const units = this.units, compiled = this.compiled;
    if (compiled?.weightGrad && rows === this.capacity) compiled.weightGrad(input, g, this.W.grad, rows);
    else if (this.directWeightGrad) {
      matMul(input, 1, this.fanIn, g, 1, units, this.W.grad, this.fanIn, units, rows);
    } else {
      transpose(input, rows, this.fanIn, this.xT);
      transpose(g, rows, units, this.gT);
      matMulXtG(this.xT, this.gT, this.W.grad, rows, this.fanIn, units);
    }
  }

  private inputGradient(g: FloatArray, rows: number, gradInput: FloatArray): void {
    const absorbing = this.absorbing, compiled = this.compiled;
    if (absorbing) absorbing.kernel(g, this.W.value, gradInput, absorbing.stored, absorbing.biasGrad, rows);
    else if (compiled?.inputGrad) compiled.inputGrad(g, this.W.value, gradInput, rows);
    else matMulGWt(g, this.W.value, gradInput, rows, this.units, this.fanIn);
  }
}
