/**
 * Default values of the `.nn.json` spec, in one place so the parser, the JSON schema (checked by a
 * test) and the documentation agree. Runtime detector thresholds live in `DEFAULT_DIAGNOSTICS`.
 */
import type { Activation, BuiltinDataset, InitName, OptimizerName } from './types';

/** `seed` when the spec has none: every random draw (data, init, shuffle, dropout) starts from it. */
export const DEFAULT_SEED = 1;

/** `name` when the spec has none and the caller gives no file-derived name. */
export const DEFAULT_MODEL_NAME = 'model';

/** `maxParams`: the largest network the engine builds before refusing (memory guard). */
export const DEFAULT_MAX_PARAMS = 10_000_000;

/** `data.samples` for generated data sets. */
export const DEFAULT_SAMPLES = 200;

/** Most samples a generated data set may ask for: keeps a typo (1e9) from exhausting memory. */
export const MAX_SAMPLES = 1_000_000;

/** `data.noise`: standard deviation of the Gaussian noise added to each generated coordinate. */
export const DEFAULT_NOISE = 0.1;

/** Largest `data.noise`: the generated data spans about ±1, so far more noise only erases it (and 1e308 overflows). */
export const MAX_NOISE = 100;

/** `data.classes` for spirals and blobs. */
export const DEFAULT_CLASSES = 2;

/** Most classes spirals and blobs may have. */
export const MAX_CLASSES = 100;

/** Number of classes of the generated data sets whose class count is fixed (0 = regression). */
export const FIXED_CLASSES: Readonly<Partial<Record<BuiltinDataset, number>>> = {
  xor: 2,
  circles: 2,
  moons: 2,
  sine: 0,
  iris: 3,
};

/** Rows of the bundled iris data; `samples` does not apply to it. */
export const IRIS_SAMPLES = 150;

/** Layer `activation` when omitted. */
export const DEFAULT_ACTIVATION: Activation = 'linear';

/** Layer `bias` (initial value of every bias) when omitted. */
export const DEFAULT_BIAS = 0;

/** `std` of `"init": "normal"` when omitted. */
export const DEFAULT_INIT_STD = 0.05;
/** `limit` of `"init": "uniform"` when omitted. */
export const DEFAULT_INIT_LIMIT = 0.05;
/** `value` of `"init": "constant"` when omitted. */
export const DEFAULT_INIT_VALUE = 0;

/** He initialisation suits the ReLU family (it keeps their halved variance); Xavier suits the rest. */
export function defaultInit(activation: Activation): InitName {
  return activation === 'relu' || activation === 'leaky_relu' || activation === 'elu' ? 'he_normal' : 'xavier_uniform';
}

/** `optimizer.type` when omitted. */
export const DEFAULT_OPTIMIZER: OptimizerName = 'adam';

/** `optimizer.lr` per optimizer when omitted: the usual starting points. */
export const DEFAULT_LR: Readonly<Record<OptimizerName, number>> = { sgd: 0.01, adam: 0.001, rmsprop: 0.001 };

/** The `training` block's defaults. */
export const DEFAULT_TRAINING = Object.freeze({ epochs: 100, batchSize: 32, shuffle: true, validationSplit: 0 });
