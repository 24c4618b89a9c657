/**
 * The linear reference of a regression, solved rather than trained: under `mse` with a linear output
 * layer the best linear model is a least-squares fit, which the normal equations give exactly, at any
 * scale of inputs or targets. A fit by a fixed number of Adam steps cannot reach a raw-scale target
 * (a blood pressure near 130, a rent near 1000: Adam moves a weight by about its rate per step), and
 * a rate scaled to the target overshoots on raw-scale inputs; the solve has neither problem.
 */
import { assemble } from '../../engine/assemble';
import type { Dataset } from '../../spec/dataset';
import type { ModelSpec } from '../../spec/types';

/** Rows × (inputs + 1)² the solve may spend; beyond it the caller fits by steps instead. */
const SOLVE_BUDGET = 20_000_000;

/**
 * Ridge on the normal equations, relative to their mean diagonal: enough to keep a constant or
 * duplicated input column solvable, too little to move a well-posed fit.
 */
const RIDGE = 1e-9;

/**
 * The training loss of the least-squares fit of `linear` (a spec whose only layer is a linear dense
 * output under `mse`) on its training rows, or undefined when it is over budget or not solvable.
 */
export function leastSquaresLoss(linear: ModelSpec, dataset: Dataset): number | undefined {
  const { network, source } = assemble({ ...linear, training: { ...linear.training, batchSize: dataset.samples } }, dataset, 'float64');
  const rows = source.train.length, inputs = dataset.inputs, outputs = network.outputUnits;
  if (rows === 0 || rows * (inputs + 1) ** 2 > SOLVE_BUDGET) return undefined;
  const x = new Float64Array(rows * inputs), y = new Float64Array(rows * outputs);
  source.gather(source.train, 0, rows, x, y, new Int32Array(rows));
  const solution = solveNormalEquations(x, y, rows, inputs, outputs);
  if (!solution) return undefined;
  const layer = network.dense[0];
  layer.W.value.set(solution.subarray(0, inputs * outputs));
  layer.b.value.set(solution.subarray(inputs * outputs));
  network.weightsChanged();
  network.forward(x, rows, 'check');
  const loss = network.loss(y, rows, false);
  return Number.isFinite(loss) ? loss : undefined;
}

/**
 * W (inputs × outputs, row-major) then b (outputs) minimizing ‖[X 1]·[W; b] − Y‖², by Cholesky on
 * [X 1]ᵀ[X 1] + ridge: undefined when that is not positive definite even so.
 */
function solveNormalEquations(x: Float64Array, y: Float64Array, rows: number, inputs: number, outputs: number): Float64Array | undefined {
  const n = inputs + 1; // the last column is the bias's constant 1
  const gram = new Float64Array(n * n), rhs = new Float64Array(n * outputs);
  const row = new Float64Array(n);
  for (let r = 0; r < rows; r++) {
    row.set(x.subarray(r * inputs, (r + 1) * inputs));
    row[inputs] = 1;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= i; j++) gram[i * n + j] += row[i] * row[j];
      for (let o = 0; o < outputs; o++) rhs[i * outputs + o] += row[i] * y[r * outputs + o];
    }
  }
  let trace = 0;
  for (let i = 0; i < n; i++) trace += gram[i * n + i];
  for (let i = 0; i < n; i++) gram[i * n + i] += (RIDGE * trace) / n;
  if (!cholesky(gram, n)) return undefined;
  const solution = new Float64Array(n * outputs);
  for (let o = 0; o < outputs; o++) {
    const column = substitute(gram, n, (i) => rhs[i * outputs + o]);
    // Rows 0..inputs-1 of the solution are W's rows; the last is b.
    for (let i = 0; i < inputs; i++) solution[i * outputs + o] = column[i];
    solution[inputs * outputs + o] = column[inputs];
  }
  return solution;
}

/** In place: the lower triangle of `a` becomes L with L·Lᵀ = a. False when `a` is not positive definite. */
export function cholesky(a: Float64Array, n: number): boolean {
  for (let j = 0; j < n; j++) {
    let diagonal = a[j * n + j];
    for (let k = 0; k < j; k++) diagonal -= a[j * n + k] ** 2;
    if (!(diagonal > 0)) return false;
    const pivot = Math.sqrt(diagonal);
    a[j * n + j] = pivot;
    for (let i = j + 1; i < n; i++) {
      let sum = a[i * n + j];
      for (let k = 0; k < j; k++) sum -= a[i * n + k] * a[j * n + k];
      a[i * n + j] = sum / pivot;
    }
  }
  return true;
}

/** The z solving L·Lᵀ·z = b, from the factor `cholesky` left in `l`. */
export function substitute(l: Float64Array, n: number, b: (i: number) => number): Float64Array {
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b(i);
    for (let k = 0; k < i; k++) sum -= l[i * n + k] * z[k];
    z[i] = sum / l[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = z[i];
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i] * z[k];
    z[i] = sum / l[i * n + i];
  }
  return z;
}
