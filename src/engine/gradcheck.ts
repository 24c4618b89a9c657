/**
 * Backpropagation against finite differences, and the raw gradient dump (`nn-debugger grads`) that
 * lets another framework check our numbers. Both run in float64 on the first training batch (same
 * seeded split and shuffle as the Trainer), with dropout off and batch norm in training mode.
 */
import type { Dataset } from '../spec/dataset';
import type { ModelSpec } from '../spec/types';
import { Probe } from './probe';
import { Random } from './random';
import type { FloatArray, Param } from './tensor';

/** Options of `gradientCheck`. */
export interface GradientCheckOptions {
  /** Finite-difference step h (default DEFAULT_STEP). */
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
 * Denominator floor of the relative error. Finite differences of a loss of size ~1 carry round-off
 * noise of 1e-13…1e-12 in absolute terms, so gradients that are zero in theory (dead units, a bias
 * before batch norm) would otherwise show "relative" errors near 1 made only of noise. Below the
 * floor the comparison is absolute: an error of 1e-10 already reads 1e-6.
 */
export const RELATIVE_ERROR_FLOOR = 1e-4;

/** The largest relative error between backprop and finite differences that still passes a check (CLI and editor alike). */
export const GRADCHECK_TOLERANCE = 1e-6;

/**
 * Default finite-difference step. The 4-point stencil is O(h⁴), so its best step is near ε^(1/5) ≈ 1e-3
 * (a 2-point stencil wants ~1e-5): round-off ~1e-16/h and truncation ~h⁴ both stay near 1e-13.
 */
export const DEFAULT_STEP = 1e-3;

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
function numericDerivative(probe: Probe, d: number, param: Param, i: number, h: number, floor: number): number | undefined {
  probe.crossedKink = false;
  const lossWith = (delta: number): number => probe.perturbedLoss(d, param, i, delta);
  const near = (lossWith(h) - lossWith(-h)) / (2 * h);
  const far = (lossWith(2 * h) - lossWith(-2 * h)) / (4 * h);
  let estimate = (4 * near - far) / 3;
  if (Math.abs(near - far) > REFINE_THRESHOLD * Math.max(Math.abs(estimate), floor)) estimate = ridders(lossWith, h);
  return probe.crossedKink ? undefined : estimate;
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
 *
 * Known limit: batch norm over a unit that is (nearly) constant across the batch — e.g. after a
 * softmax of one unit — divides rounding noise by √ε; such networks can show errors around 1e-6
 * that are noise, not backprop faults.
 */
export function gradientCheck(spec: ModelSpec, data: Dataset, options: GradientCheckOptions = {}): GradientCheckResult {
  const h = options.step ?? DEFAULT_STEP;
  const limit = options.maxPerTensor ?? 200;
  const floor = options.floor ?? RELATIVE_ERROR_FLOOR;
  const probe = Probe.firstBatch(spec, data);
  probe.backprop();
  const analytic = new Map<Param, Float64Array>(probe.network.params.map((p) => [p, Float64Array.from(p.grad)]));
  const rng = new Random(spec.seed).fork(5);
  const layers = probe.network.dense.map((layer, d) => {
    const result: LayerGradientCheck = { index: layer.index, name: layer.name, maxRelError: 0, checked: 0, skipped: 0 };
    for (const param of layer.params()) {
      for (const i of entriesToCheck(param.value.length, limit, rng)) {
        const numeric = numericDerivative(probe, d, param, i, h, floor);
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
  const probe = Probe.firstBatch(spec, data);
  const loss = probe.backprop();
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
