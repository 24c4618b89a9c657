/**
 * Backpropagation against finite differences, and the raw gradient dump (`nn-debugger grads`) that
 * lets another framework check our numbers. Both run in float64 on the first training batch (same
 * seeded split and shuffle as the Trainer), with dropout off and batch norm in training mode.
 */
import type { Dataset } from '../spec/dataset';
import type { ModelSpec } from '../spec/types';
import { isReluFamily } from './activations';
import { assemble } from './assemble';
import type { Network } from './network';
import { Random } from './random';
import type { FloatArray, Param } from './tensor';

/** Options of `gradientCheck`. */
export interface GradientCheckOptions {
  /** Finite-difference step h (default 1e-4; the 4-point stencil's error is O(h⁴)). */
  step?: number;
  /** Entries checked per tensor; larger tensors are sampled with a seeded generator (default 200). */
  maxPerTensor?: number;
  /** Denominator floor of the relative error (default RELATIVE_ERROR_FLOOR). */
  floor?: number;
}

/** Result for one dense layer (all its tensors: W, b and, with batch norm, γ, β). */
export interface LayerGradientCheck {
  index: number;
  name: string;
  maxRelError: number;
  /** Entries compared. */
  checked: number;
  /** Entries skipped because a perturbation moved a relu-family input across its kink at 0. */
  skipped: number;
}

/** Result of `gradientCheck`. */
export interface GradientCheckResult {
  layers: LayerGradientCheck[];
  maxRelError: number;
}

/** One dense layer's initial parameters and gradients, W as fan-in rows of `units` values. */
export interface LayerGradients {
  index: number;
  name: string;
  W: number[][];
  b: number[];
  dW: number[][];
  db: number[];
  /** Batch norm only. */
  gamma?: number[];
  beta?: number[];
  dGamma?: number[];
  dBeta?: number[];
}

/** The `nn-debugger grads` payload. */
export interface InitialGradients {
  loss: number;
  /** The first batch's inputs, one row per sample. */
  x: number[][];
  /** Its targets as the loss sees them (encoded: 0/1 column or one-hot). */
  y: number[][];
  layers: LayerGradients[];
}

/**
 * Denominator floor of the relative error. Central differences of a loss of size ~1 carry
 * round-off noise of ~1e-12 in absolute terms, so gradients that are exactly zero in theory (dead
 * units, a bias before batch norm) would otherwise show large "relative" errors made only of noise.
 * An actual backprop mistake still shows: an absolute error of 1e-10 already gives 1e-6.
 */
export const RELATIVE_ERROR_FLOOR = 1e-4;

/** Default finite-difference step: with the O(h⁴) stencil, truncation (~h⁴) and round-off (~1e-16/h) both stay near 1e-12. */
export const DEFAULT_STEP = 1e-4;

/** A first batch, run once in check mode. */
interface Probe {
  network: Network;
  x: Float64Array;
  y: Float64Array;
  rows: number;
}

/** Loads the first training batch exactly as the Trainer's first step would. */
function firstBatch(spec: ModelSpec, data: Dataset): Probe {
  const { network, source, capacity } = assemble(spec, data, 'float64');
  source.beginEpoch();
  const rows = Math.min(capacity, source.train.length);
  const x = new Float64Array(rows * source.inputs);
  const y = new Float64Array(rows * source.outputs);
  source.gather(source.train, 0, rows, x, y, new Int32Array(rows));
  return { network, x, y, rows };
}

/** Loss of the probe's batch at the current parameters (check mode: deterministic, no side effects). */
function lossAt(probe: Probe): number {
  probe.network.weightsChanged();
  probe.network.forward(probe.x, probe.rows, 'check');
  return probe.network.loss(probe.y, probe.rows, false);
}

/** Forward, loss and backward at the current parameters; returns the loss. */
function backprop(probe: Probe): number {
  probe.network.forward(probe.x, probe.rows, 'check');
  const loss = probe.network.loss(probe.y, probe.rows, true);
  probe.network.backward(probe.rows);
  return loss;
}

/** Which relu-family inputs are > 0: when a perturbation changes this, the loss is not smooth there. */
function kinkPattern(network: Network, rows: number): Uint8Array {
  const layers = network.dense.filter((layer) => isReluFamily(layer.activation));
  const pattern = new Uint8Array(layers.reduce((n, layer) => n + rows * layer.units, 0));
  let offset = 0;
  for (const layer of layers) {
    for (let i = 0; i < rows * layer.units; i++) pattern[offset + i] = layer.preact[i] > 0 ? 1 : 0;
    offset += rows * layer.units;
  }
  return pattern;
}

function matchesPattern(network: Network, rows: number, pattern: Uint8Array): boolean {
  const current = kinkPattern(network, rows);
  for (let i = 0; i < pattern.length; i++) if (current[i] !== pattern[i]) return false;
  return true;
}

/** Entries to check: all of them, or a seeded sample without repetition. */
function entriesToCheck(length: number, limit: number, rng: Random): Int32Array {
  const all = new Int32Array(length);
  for (let i = 0; i < length; i++) all[i] = i;
  if (length <= limit) return all;
  for (let i = 0; i < limit; i++) {
    const j = i + rng.int(length - i);
    const tmp = all[i];
    all[i] = all[j];
    all[j] = tmp;
  }
  return all.slice(0, limit);
}

/** |a − n| / max(|a| + |n|, floor). */
export function relativeError(analytic: number, numeric: number, floor = RELATIVE_ERROR_FLOOR): number {
  return Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), floor);
}

/**
 * When the two central differences (steps h and 2h) disagree by more than this fraction of the
 * estimate, the loss curves too sharply at scale h for the stencil; Ridders' extrapolation takes over.
 */
const REFINE_THRESHOLD = 1e-4;

/**
 * dL/dθᵢ by the 4-point central difference (8[L(θ+h) − L(θ−h)] − [L(θ+2h) − L(θ−2h)]) / 12h,
 * refined by Ridders' method where the loss is sharply curved (e.g. batch norm of a nearly constant
 * unit); undefined when a perturbation moved a relu-family input across 0 (the loss has a kink there).
 */
function numericDerivative(probe: Probe, value: FloatArray, i: number, h: number, pattern: Uint8Array, floor: number): number | undefined {
  const original = value[i];
  let smooth = true;
  const lossWith = (delta: number): number => {
    value[i] = original + delta;
    const loss = lossAt(probe);
    smooth = smooth && matchesPattern(probe.network, probe.rows, pattern);
    return loss;
  };
  const near = (lossWith(h) - lossWith(-h)) / (2 * h);
  const far = (lossWith(2 * h) - lossWith(-2 * h)) / (4 * h);
  let estimate = (4 * near - far) / 3;
  if (Math.abs(near - far) > REFINE_THRESHOLD * Math.max(Math.abs(estimate), floor)) estimate = ridders(lossWith, h);
  value[i] = original;
  return smooth ? estimate : undefined;
}

/** Ridders' step shrink factor, table size and give-up ratio (Numerical Recipes, dfridr). */
const RIDDERS_SHRINK = 2;
const RIDDERS_STEPS = 16;
const RIDDERS_SAFE = 2;

/** Ridders' polynomial extrapolation of central differences at shrinking steps: f'(0) with the smallest error estimate. */
function ridders(f: (delta: number) => number, h: number): number {
  const table: number[][] = [];
  let step = h, best = NaN, bestError = Infinity;
  for (let i = 0; i < RIDDERS_STEPS; i++) {
    table.push([(f(step) - f(-step)) / (2 * step)]);
    let factor = RIDDERS_SHRINK * RIDDERS_SHRINK;
    for (let j = 1; j <= i; j++) {
      table[i][j] = (table[i][j - 1] * factor - table[i - 1][j - 1]) / (factor - 1);
      factor *= RIDDERS_SHRINK * RIDDERS_SHRINK;
      const error = Math.max(Math.abs(table[i][j] - table[i][j - 1]), Math.abs(table[i][j] - table[i - 1][j - 1]));
      if (error <= bestError) {
        bestError = error;
        best = table[i][j];
      }
    }
    if (i > 0 && Math.abs(table[i][i] - table[i - 1][i - 1]) >= RIDDERS_SAFE * bestError) break;
    step /= RIDDERS_SHRINK;
  }
  return best;
}

/**
 * Compares backprop with finite differences for every dense layer's W, b (and γ, β) on the first
 * batch, in float64, dropout off, batch norm in training mode. Entries whose perturbation crosses a
 * relu kink are skipped and counted.
 */
export function gradientCheck(spec: ModelSpec, data: Dataset, options: GradientCheckOptions = {}): GradientCheckResult {
  const h = options.step ?? DEFAULT_STEP;
  const limit = options.maxPerTensor ?? 200;
  const floor = options.floor ?? RELATIVE_ERROR_FLOOR;
  const probe = firstBatch(spec, data);
  backprop(probe);
  const pattern = kinkPattern(probe.network, probe.rows);
  const analytic = new Map<Param, Float64Array>(probe.network.params.map((p) => [p, Float64Array.from(p.grad)]));
  const rng = new Random(spec.seed).fork(5);
  const layers = probe.network.dense.map((layer) => {
    const result: LayerGradientCheck = { index: layer.index, name: layer.name, maxRelError: 0, checked: 0, skipped: 0 };
    for (const param of layer.params()) {
      for (const i of entriesToCheck(param.value.length, limit, rng)) {
        const numeric = numericDerivative(probe, param.value, i, h, pattern, floor);
        if (numeric === undefined) {
          result.skipped++;
          continue;
        }
        result.checked++;
        result.maxRelError = Math.max(result.maxRelError, relativeError(analytic.get(param)![i], numeric, floor));
      }
    }
    return result;
  });
  probe.network.weightsChanged();
  return { layers, maxRelError: layers.reduce((worst, l) => Math.max(worst, l.maxRelError), 0) };
}

function rowsOf(values: FloatArray, rows: number, cols: number): number[][] {
  const result: number[][] = [];
  for (let r = 0; r < rows; r++) result.push(Array.from(values.subarray(r * cols, (r + 1) * cols)));
  return result;
}

/**
 * The `nn-debugger grads` dump: float64, the spec's seed, initial parameters, the first training
 * batch (after the Trainer's split and shuffle), dropout off, gradients before any update.
 */
export function initialGradients(spec: ModelSpec, data: Dataset): InitialGradients {
  const probe = firstBatch(spec, data);
  const loss = backprop(probe);
  const layers = probe.network.dense.map((layer) => {
    const entry: LayerGradients = {
      index: layer.index,
      name: layer.name,
      W: rowsOf(layer.W.value, layer.fanIn, layer.units),
      b: Array.from(layer.b.value),
      dW: rowsOf(layer.W.grad, layer.fanIn, layer.units),
      db: Array.from(layer.b.grad),
    };
    if (layer.bn) {
      entry.gamma = Array.from(layer.bn.gamma.value);
      entry.beta = Array.from(layer.bn.beta.value);
      entry.dGamma = Array.from(layer.bn.gamma.grad);
      entry.dBeta = Array.from(layer.bn.beta.grad);
    }
    return entry;
  });
  const outputs = probe.network.outputUnits;
  return { loss, x: rowsOf(probe.x, probe.rows, probe.x.length / probe.rows), y: rowsOf(probe.y, probe.rows, outputs), layers };
}
