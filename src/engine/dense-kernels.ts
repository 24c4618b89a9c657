/**
 * The products of one small dense layer, compiled for its shape (see codegen.ts for why): the
 * forward pass with its bias added (and, for float32 sigmoid and relu, its activation in the same
 * call), the weight gradient for a full batch, and the input gradient.
 *
 * Results are bit-identical to the generic path of layers.ts (matMul, addRowVector, activate): the
 * same dot products, rounded to the layer's dtype where the generic path stores them.
 *
 * `new Function` is fine here: the engine runs in Node (extension host, worker, CLI), never in the
 * webview, and the generated source is built from integers and fixed text only.
 */
import type { Activation } from '../spec/types';
import { LEAKY_SLOPE } from './activations';
import { BATCH, BLOCK_COLUMNS, type Epilogue, PLAIN_STORE, productSource, type ProductShape, STATIONARY_MAX_DEPTH } from './codegen';
import { POW2_EIGHTHS, sigmoid32Source } from './sigmoid32';
import type { Dtype, FloatArray } from './tensor';

/** linear = X·W + b for `rows` rows. */
export type AffineKernel = (x: FloatArray, w: FloatArray, bias: FloatArray, linear: FloatArray, rows: number) => void;
/** linear = X·W + b and output = act(linear) for `rows` rows. */
export type ForwardKernel = (x: FloatArray, w: FloatArray, bias: FloatArray, linear: FloatArray, output: FloatArray, rows: number) => void;
/** out = A·B for `rows` rows (or a fixed row count). */
export type ProductKernel = (a: FloatArray, b: FloatArray, c: FloatArray, rows: number) => void;
/** dW = Xᵀ·G for a full batch, and W ← W + negativeLr·(dW + decay·W) entry by entry (plain SGD fused in). */
export type WeightGradUpdateKernel = (x: FloatArray, g: FloatArray, dW: FloatArray, w: FloatArray, negativeLr: number, decay: number) => void;

/** What a small dense layer runs instead of the generic kernels. */
export interface DenseKernels {
  affine: AffineKernel;
  /** The affine map and the activation in one pass; undefined for activations that are not fused. */
  forward: ForwardKernel | undefined;
  /** dW = Xᵀ·G for a batch of exactly `capacity` rows; undefined when that is too deep to unroll. */
  weightGrad: ProductKernel | undefined;
  /** weightGrad with the SGD update of W applied to each entry as it is computed (Optimizer.fusedUpdate). */
  weightGradUpdate: WeightGradUpdateKernel | undefined;
  /** dX = G·Wᵀ; undefined when the layer is too wide to unroll. */
  inputGrad: ProductKernel | undefined;
}

/**
 * dX = G·Wᵀ, then, for the previous layer: its activation's derivative applied (dX becomes dL/d of
 * its pre-activation) and its bias gradient summed, in the same pass. `prev` is the previous layer's
 * output (sigmoid, tanh) or pre-activation (relu family); `db` receives its bias gradient.
 */
export type AbsorbingInputGradKernel = (g: FloatArray, w: FloatArray, dx: FloatArray, prev: FloatArray, db: FloatArray, rows: number) => void;

/**
 * Columns per block of a product one or two deep (a forward pass with one or two inputs, an
 * absorbing dX pass after an output layer of one or two units): the epilogue is then most of the
 * work, and wider blocks mean fewer passes over the rows and, for dX, more of the bias-gradient sums
 * (rounded after every addition, so dependency chains) overlapping. 2→16 forward 0.75 → 0.67 µs,
 * 16→1 dX 0.99 → 0.85 µs.
 */
const SHALLOW_BLOCK_COLUMNS = 16;

/**
 * Forward products whose whole W (fan-in × units values) fits in this many locals read each row of X
 * once and sum the row's outputs four at a time from it (codegen.ts `rowOnce`), instead of reading
 * the row again for every block of four outputs: each typed-array read costs V8 a bounds check and
 * index arithmetic, a local costs one load. 16→16 forward 3.95–4.06 → 3.66–3.77 µs. Not for the
 * input-gradient passes: with the bias-gradient sums of all columns live at once, the absorbing dX
 * of 16→16 went from 4.70 to 4.97 µs; nor for dW (4.70 → 5.12 for the backward pass).
 */
const ROW_ONCE_MAX_WEIGHTS = 256;

/** Whether a forward product reads each input row once (see ROW_ONCE_MAX_WEIGHTS); shallow ones keep their wide blocks. */
function forwardReadsRowOnce(shape: ProductShape): boolean {
  return shape.k > 2 && shape.k * shape.m <= ROW_ONCE_MAX_WEIGHTS;
}

/**
 * Stores dW's entry (rounded to the dtype, as the gradient buffer holds it) and updates the weight
 * with it, exactly as applySgd would from the stored gradient.
 */
function sgdUpdateEpilogue(dtype: Dtype): Epilogue {
  const round = rounding(dtype);
  return {
    before: () => '',
    store: (sum, index) => `{ const at = ${index}, g = ${round(sum)}; c[at] = g; const wi = w[at]; w[at] = wi + negativeLr * (g + decay * wi); }`,
    after: () => '',
  };
}

/** Entries rounded to float32 when stored, for float64 buffers holding float32 values. */
const ROUNDED_STORE: Epilogue = { before: () => '', store: (sum, index) => `c[${index}] = fround(${sum});`, after: () => '' };

/** Compiled functions by source: layers of the same shape share code and V8's type feedback. */
const compiled = new Map<string, unknown>();

/**
 * Whether layers built from now on use compiled kernels. Only tests and benchmarks turn this off, to
 * compare against the generic path.
 */
export const compiledKernels = { enabled: true };

/**
 * The compiled kernels for a dense layer, or undefined when its fan-in is too large to unroll (the
 * generic kernels, which transpose large operands first, are then the better choice anyway).
 * `roundsStores`: the activation buffers are float64 holding float32 values (Network.storage), so
 * dX is rounded explicitly when stored (the other kernels round by their dtype already).
 */
export function denseKernels(fanIn: number, units: number, capacity: number, activation: Activation, dtype: Dtype, roundsStores = false): DenseKernels | undefined {
  if (!compiledKernels.enabled || fanIn > STATIONARY_MAX_DEPTH) return undefined;
  const act = fusedActivation(activation, dtype);
  const forwardShape: ProductShape = { n: BATCH, m: units, k: fanIn, aRow: fanIn, aStep: 1, bCol: 1, bStep: units };
  const weightShape: ProductShape = { n: fanIn, m: units, k: capacity, aRow: 1, aStep: fanIn, bCol: 1, bStep: units };
  const inputShape: ProductShape = { n: BATCH, m: fanIn, k: units, aRow: units, aStep: 1, bCol: units, bStep: 1 };
  return {
    affine: compile(`return function affine(a, b, bias, lin, rows) {\n${productSource(forwardShape, affineEpilogue(dtype), fanIn <= 2 ? SHALLOW_BLOCK_COLUMNS : BLOCK_COLUMNS)}\n};`) as AffineKernel,
    forward: act && (compile(`return function forward(a, b, bias, lin, out, rows) {\n${productSource(forwardShape, affineEpilogue(dtype), fanIn <= 2 ? SHALLOW_BLOCK_COLUMNS : BLOCK_COLUMNS, forwardReadsRowOnce(forwardShape))}\n${activationLoop(units, act, dtype, roundsStores)}\n};`) as ForwardKernel),
    weightGrad: capacity <= STATIONARY_MAX_DEPTH ? (compile(`return function weightGrad(a, b, c) {\n${productSource(weightShape, PLAIN_STORE)}\n};`) as ProductKernel) : undefined,
    weightGradUpdate: capacity <= STATIONARY_MAX_DEPTH ? (compile(`return function weightGradUpdate(a, b, c, w, negativeLr, decay) {\n${productSource(weightShape, sgdUpdateEpilogue(dtype))}\n};`) as WeightGradUpdateKernel) : undefined,
    inputGrad: units <= STATIONARY_MAX_DEPTH ? (compile(`return function inputGrad(a, b, c, rows) {\n${productSource(inputShape, roundsStores ? ROUNDED_STORE : PLAIN_STORE)}\n};`) as ProductKernel) : undefined,
  };
}

/**
 * The input-gradient kernel that also does the previous layer's activation derivative and bias
 * gradient; undefined when this layer is too wide or that activation's derivative is not fused.
 * The buffer it needs from the previous layer is its output, or its pre-activation if `readsPreact`.
 */
export function absorbingInputGrad(fanIn: number, units: number, previous: Activation, dtype: Dtype): { kernel: AbsorbingInputGradKernel; readsPreact: boolean } | undefined {
  const derivative = compiledKernels.enabled && units <= STATIONARY_MAX_DEPTH ? fusedDerivative(previous, dtype) : undefined;
  if (!derivative) return undefined;
  const shape: ProductShape = { n: BATCH, m: fanIn, k: units, aRow: units, aStep: 1, bCol: units, bStep: 1 };
  const round = rounding(dtype);
  const epilogue: Epilogue = {
    before: (_j, cols) => `let ${Array.from({ length: cols }, (_, c) => `db${c} = 0`).join(', ')};`,
    // The bias gradient is rounded after every addition, in row order, as columnSums does.
    store: (sum, index, c) => `{ const at = ${index}, o = prev[at], g = ${derivative.value(round(sum))}; c[at] = g; db${c} = ${round(`db${c} + g`)}; }`,
    after: (j, cols) => Array.from({ length: cols }, (_, c) => `db[${j} + ${c}] = db${c};`).join(' '),
  };
  const kernel = compile(`return function inputGradAbsorbing(a, b, c, prev, db, rows) {\n${productSource(shape, epilogue, units <= 2 ? SHALLOW_BLOCK_COLUMNS : BLOCK_COLUMNS)}\n};`) as AbsorbingInputGradKernel;
  return { kernel, readsPreact: derivative.readsPreact };
}

/**
 * dL/d(pre-activation) as an expression of dL/d(output) `grad` (rounded to the dtype) and `o`, the
 * stored output or pre-activation, exactly as activationBackward computes it in place.
 */
function fusedDerivative(activation: Activation, dtype: Dtype): { value: (grad: string) => string; readsPreact: boolean } | undefined {
  const round = rounding(dtype);
  switch (activation) {
    case 'linear':
      return { value: (grad) => grad, readsPreact: false };
    case 'sigmoid':
      return { value: (grad) => round(`${grad} * (o * (1 - o))`), readsPreact: false };
    case 'tanh':
      return { value: (grad) => round(`${grad} * (1 - o * o)`), readsPreact: false };
    case 'relu':
      return { value: (grad) => `(o > 0 ? ${grad} : 0)`, readsPreact: true };
    case 'leaky_relu':
      return { value: (grad) => `(o > 0 ? ${grad} : ${round(`${grad} * ${LEAKY_SLOPE}`)})`, readsPreact: true };
    default:
      return undefined;
  }
}

function rounding(dtype: Dtype): (value: string) => string {
  return dtype === 'float32' ? (v) => `fround(${v})` : (v) => v;
}

function compile(source: string): unknown {
  let kernel = compiled.get(source);
  if (kernel === undefined) {
    kernel = new Function('fround', 'pow2e', source)(Math.fround, POW2_EIGHTHS);
    compiled.set(source, kernel);
  }
  return kernel;
}

/** Source that stores act(z) (z already rounded to the dtype) with `assign`. */
type ActivationSource = (z: string, assign: (value: string) => string) => string;

/**
 * The activations whose elementwise form here is exactly what `activate` computes; undefined for
 * the others (they run as a separate pass).
 */
function fusedActivation(activation: Activation, dtype: Dtype): ActivationSource | undefined {
  if (activation === 'relu') return (z, assign) => assign(`${z} > 0 ? ${z} : 0`);
  if (activation === 'sigmoid' && dtype === 'float32') return sigmoid32Source;
  return undefined;
}

/**
 * linear = round(round(X·W) + b): the product is rounded to the dtype before the bias is added, as
 * storing it and adding in place does.
 */
function affineEpilogue(dtype: Dtype): Epilogue {
  const round = rounding(dtype);
  return {
    before: (j, cols) => Array.from({ length: cols }, (_, c) => `const bias${c} = bias[${j} + ${c}];`).join(' '),
    store: (sum, index, c) => `lin[${index}] = ${round(`${round(sum)} + bias${c}`)};`,
    after: () => '',
  };
}

/** Rows up to this wide get their activation pass unrolled over the whole row. */
const ACTIVATION_UNROLL = 16;

/**
 * output = act(linear) over the batch, rounded to float32 explicitly when the buffers are doubles
 * holding float32 values. A pass of its own after the product: fused into the product's epilogue,
 * the sigmoid made a 16→16 forward pass ~0.9 µs slower (more values live at once, more spills).
 */
function activationLoop(units: number, act: ActivationSource, dtype: Dtype, roundsStores: boolean): string {
  const round = roundsStores ? rounding(dtype) : (v: string) => v;
  // A whole row of literal offsets per iteration (a row is at most ACTIVATION_UNROLL wide), else four
  // values: fewer loop tests and index updates. 16→16 forward 4.09 → 3.96 µs, 2→16 2.24 → 2.13 µs.
  const unroll = units <= ACTIVATION_UNROLL ? units : units % 4 === 0 ? 4 : 1;
  if (unroll > 1) {
    const body = Array.from({ length: unroll }, (_, c) => `{ const at = (i + ${c}) | 0, z = lin[at]; ${act('z', (value) => `out[at] = ${round(value)};`)} }`).join('\n');
    return `for (let i = 0, n = rows * ${units}; i < n; i += ${unroll}) {\n${body}\n}`;
  }
  return `for (let i = 0, n = rows * ${units}; i < n; i++) { const z = lin[i]; ${act('z', (value) => `out[i] = ${round(value)};`)} }`;
}
