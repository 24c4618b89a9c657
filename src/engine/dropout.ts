/**
 * The dropout layer: no parameters, a fresh mask per training batch drawn from the network's
 * dropout stream, the identity outside training.
 */
import type { DropoutLayerSpec } from '../spec/types';
import type { Layer, Mode } from './layers';
import type { Random } from './random';
import { allocate, type Dtype, type FloatArray } from './tensor';

/** Inverted dropout: keeps each value with probability 1 − rate and scales it by 1/(1 − rate). */
export class DropoutLayer implements Layer {
  readonly gradOutput: FloatArray;
  private readonly output: FloatArray;
  /** 0 or 1/(1 − rate) per value of the last training batch. */
  private readonly mask: FloatArray;
  /** Whether the last forward applied a mask (backward must match it). */
  private masked = false;

  constructor(readonly spec: DropoutLayerSpec, readonly index: number, readonly units: number, capacity: number, dtype: Dtype, private readonly rng: Random) {
    this.output = allocate(dtype, capacity * units);
    this.gradOutput = allocate(dtype, capacity * units);
    this.mask = allocate(dtype, capacity * units);
  }

  forward(input: FloatArray, rows: number, mode: Mode): FloatArray {
    this.masked = mode === 'train' && this.spec.rate > 0;
    if (!this.masked) return input;
    const n = rows * this.units, rate = this.spec.rate, scale = 1 / (1 - rate);
    for (let i = 0; i < n; i++) {
      const keep = this.rng.next() >= rate ? scale : 0;
      this.mask[i] = keep;
      this.output[i] = input[i] * keep;
    }
    return this.output;
  }

  backward(_input: FloatArray, rows: number, gradInput: FloatArray | undefined): void {
    if (!gradInput) return;
    const n = rows * this.units, g = this.gradOutput;
    if (this.masked) for (let i = 0; i < n; i++) gradInput[i] = g[i] * this.mask[i];
    else for (let i = 0; i < n; i++) gradInput[i] = g[i];
  }
}
