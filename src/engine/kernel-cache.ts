/**
 * Dense-layer kernels by layer shape. Writing a kernel's source costs far more than running it for
 * a while: a network is assembled anew for every advice trial, and on a deep one (200 tanh layers)
 * writing the same sources again was half of a two-epoch run. Kernels are pure functions of their
 * shape, so every layer and network of a shape shares one set (their compiled code was shared
 * already, by source, in dense-kernels.ts).
 */
import type { Activation } from '../spec/types';
import { absorbingInputGrad, compiledKernels, type DenseKernels, denseKernels } from './dense-kernels';
import type { Dtype } from './tensor';

const denseByShape = new Map<string, DenseKernels | undefined>();
const absorbingByShape = new Map<string, ReturnType<typeof absorbingInputGrad>>();

/** `denseKernels`, made once per shape. */
export function sharedDenseKernels(fanIn: number, units: number, capacity: number, activation: Activation, dtype: Dtype, roundsStores: boolean): DenseKernels | undefined {
  if (!compiledKernels.enabled) return undefined;
  return once(denseByShape, [fanIn, units, capacity, activation, dtype, roundsStores], () => denseKernels(fanIn, units, capacity, activation, dtype, roundsStores));
}

/** `absorbingInputGrad`, made once per shape. */
export function sharedAbsorbingInputGrad(fanIn: number, units: number, previous: Activation, dtype: Dtype): ReturnType<typeof absorbingInputGrad> {
  if (!compiledKernels.enabled) return undefined;
  return once(absorbingByShape, [fanIn, units, previous, dtype], () => absorbingInputGrad(fanIn, units, previous, dtype));
}

function once<T>(cache: Map<string, T>, shape: readonly unknown[], make: () => T): T {
  const key = shape.join(',');
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}
