/**
 * Weight initialisation. Every scheme is either a zero-mean normal with a standard deviation or a
 * symmetric uniform with a half-width, both computed from the fan-in and fan-out of W.
 */
import type { InitSpec } from '../spec/types';
import type { Random } from './random';
import type { FloatArray } from './tensor';

/** Default std of `normal` and half-width of `uniform`. */
export const DEFAULT_INIT_SCALE = 0.05;

/** What an init draws from: a normal (std), a uniform (limit), or a constant (value). */
export type InitDistribution =
  | { kind: 'normal'; std: number }
  | { kind: 'uniform'; limit: number }
  | { kind: 'constant'; value: number };

/** Resolves an init spec to its distribution for a W of shape fanIn × fanOut. */
export function initDistribution(init: InitSpec, fanIn: number, fanOut: number): InitDistribution {
  switch (init.name) {
    case 'he_normal':
      return { kind: 'normal', std: Math.sqrt(2 / fanIn) };
    case 'he_uniform':
      return { kind: 'uniform', limit: Math.sqrt(6 / fanIn) };
    case 'xavier_normal':
      return { kind: 'normal', std: Math.sqrt(2 / (fanIn + fanOut)) };
    case 'xavier_uniform':
      return { kind: 'uniform', limit: Math.sqrt(6 / (fanIn + fanOut)) };
    case 'lecun_normal':
      return { kind: 'normal', std: Math.sqrt(1 / fanIn) };
    case 'normal':
      return { kind: 'normal', std: init.std ?? DEFAULT_INIT_SCALE };
    case 'uniform':
      return { kind: 'uniform', limit: init.limit ?? DEFAULT_INIT_SCALE };
    case 'zeros':
      return { kind: 'constant', value: 0 };
    case 'constant':
      return { kind: 'constant', value: init.value ?? 0 };
  }
}

/** Fills W (fanIn × fanOut, row-major) from the init's distribution, drawing from `rng` in order. */
export function initializeWeights(init: InitSpec, w: FloatArray, fanIn: number, fanOut: number, rng: Random): void {
  const dist = initDistribution(init, fanIn, fanOut);
  const n = fanIn * fanOut;
  if (dist.kind === 'normal') for (let i = 0; i < n; i++) w[i] = rng.normal(0, dist.std);
  else if (dist.kind === 'uniform') for (let i = 0; i < n; i++) w[i] = rng.uniform(-dist.limit, dist.limit);
  else w.fill(dist.value, 0, n);
}

/** The standard deviation an init draws weights with (0 for constants): the scale hovers and rules show. */
export function initStd(init: InitSpec, fanIn: number, fanOut: number): number {
  const dist = initDistribution(init, fanIn, fanOut);
  if (dist.kind === 'normal') return dist.std;
  return dist.kind === 'uniform' ? dist.limit / Math.sqrt(3) : 0;
}
