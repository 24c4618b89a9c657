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

function samePattern(a: Uint8Array, b: Uint8Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
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
export function relativeError(analytic: number, numeric: number): number {
  return Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), RELATIVE_ERROR_FLOOR);
}

/**
 * dL/dθ by the 4-point central difference (8[L(θ+h) − L(θ−h)] − [L(θ+2h) − L(θ−2h)]) / 12h, or
 * undefined when one of the perturbations crossed a relu kink (the difference is then meaningless).
 */
function numericDerivative(probe: Probe, value: FloatArray, i: number, h: number, pattern: Uint8Array): number | undefined {
  const original = value[i];
  const losses = [0, 0, 0, 0];
  const offsets = [h, -h, 2 * h, -2 * h];
  let smooth = true;
  for (let k = 0; k < 4; k++) {
    value[i] = original + offsets[k];
    losses[k] = lossAt(probe);
    smooth = smooth && samePattern(pattern, kinkPattern(probe.network, probe.rows));
  }
  value[i] = original;
  if (!smooth) return undefined;
  return (8 * (losses[0] - losses[1]) - (losses[2] - losses[3])) / (12 * h);
}

/**
 * Compares backprop with finite differences for every dense layer's W, b (and γ, β) on the first
 * batch, in float64, dropout off, batch norm in training mode. Entries whose perturbation crosses a
 * relu kink are skipped and counted.
 */
export function gradientCheck(spec: ModelSpec, data: Dataset, options: GradientCheckOptions = {}): GradientCheckResult {
  const h = options.step ?? 1e-4;
  const limit = options.maxPerTensor ?? 200;
  const probe = firstBatch(spec, data);
  backprop(probe);
  const pattern = kinkPattern(probe.network, probe.rows);
  const analytic = new Map<Param, Float64Array>(probe.network.params.map((p) => [p, Float64Array.from(p.grad)]));
  const rng = new Random(spec.seed).fork(5);
  const layers = probe.network.dense.map((layer) => {
    const result: LayerGradientCheck = { index: layer.index, name: layer.name, maxRelError: 0, checked: 0, skipped: 0 };
    for (const param of layer.params()) {
      for (const i of entriesToCheck(param.value.length, limit, rng)) {
        const numeric = numericDerivative(probe, param.value, i, h, pattern);
        if (numeric === undefined) {
          result.skipped++;
          continue;
        }
        result.checked++;
        result.maxRelError = Math.max(result.maxRelError, relativeError(analytic.get(param)![i], numeric));
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
