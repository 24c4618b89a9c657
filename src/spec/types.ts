/**
 * The `.nn.json` spec as the rest of the core sees it: validated, with every default filled in.
 * The parser (`parse.ts`) turns text into these; the engine and the diagnosis rules only read them.
 */

/** A 0-based position in a text document, as in LSP and VS Code. */
export interface Position {
  line: number;
  character: number;
}

/** A 0-based range in a text document; `end` is exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** Every diagnostic code the core can emit. Codes are a stable contract. */
export type DiagnosticCode =
  | 'invalid-spec'
  | 'data-error'
  | 'shape-mismatch'
  | 'loss-activation-mismatch'
  | 'init-symmetry'
  | 'init-scale'
  | 'no-nonlinearity'
  | 'lr-out-of-range'
  | 'dead-relu'
  | 'exploding-gradient'
  | 'vanishing-gradient'
  | 'nan-loss'
  | 'lr-too-high'
  | 'lr-too-low'
  | 'saturated-activation'
  | 'loss-plateau'
  | 'oscillating-loss';

/**
 * One problem, in one shape everywhere (CLI, extension, tests).
 * `path` is the JSON Pointer of the offending value; `range` its place in the file.
 */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  path: string;
  range: Range;
  /** Machine-readable fixes, best first: quick fixes in the editor apply them. */
  suggestions?: SuggestedEdit[];
  /**
   * The title of the quick fix the probe's advice trial proved (the message's "Tried:" names it): the
   * editor offers it as the preferred fix, ahead of the code's usual first choice.
   */
  provenFix?: string;
}

/** A precise fix: set the value at `path` (a JSON Pointer, created if missing) to `value`. */
export interface SuggestedEdit {
  /** What the quick fix says, e.g. `Set "init" to "he_normal"`. */
  title: string;
  path: string;
  /** The new JSON value; `undefined` removes the property. */
  value: unknown;
  /** The obvious fix: marked preferred in the editor. */
  preferred?: boolean;
}

export const ACTIVATIONS = ['linear', 'relu', 'leaky_relu', 'elu', 'sigmoid', 'tanh', 'softmax'] as const;
export type Activation = (typeof ACTIVATIONS)[number];

export const INITS = [
  'he_normal',
  'he_uniform',
  'xavier_normal',
  'xavier_uniform',
  'lecun_normal',
  'normal',
  'uniform',
  'zeros',
  'constant',
] as const;
export type InitName = (typeof INITS)[number];

export const LOSSES = ['mse', 'bce', 'cce'] as const;
export type LossName = (typeof LOSSES)[number];

export const OPTIMIZERS = ['sgd', 'adam', 'rmsprop'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

export const BUILTIN_DATASETS = ['xor', 'circles', 'moons', 'spirals', 'blobs', 'sine', 'iris'] as const;
export type BuiltinDataset = (typeof BUILTIN_DATASETS)[number];

export const NORMALIZATIONS = ['none', 'standard', 'minmax'] as const;
export type Normalization = (typeof NORMALIZATIONS)[number];

/** Weight initialisation with its resolved parameters. */
export interface InitSpec {
  name: InitName;
  /** Standard deviation for `normal` (default 0.05). */
  std?: number;
  /** Half-width for `uniform` (default 0.05). */
  limit?: number;
  /** Value for `constant` (default 0). */
  value?: number;
}

/** A fully connected layer: `act(X·W + b)`, W stored fan-in × units. */
export interface DenseLayerSpec {
  type: 'dense';
  units: number;
  activation: Activation;
  init: InitSpec;
  /** Initial bias value. */
  bias: number;
  /** Dense → batch normalization → activation. */
  batchNorm: boolean;
  name?: string;
}

/** Inverted dropout, active only while training. */
export interface DropoutLayerSpec {
  type: 'dropout';
  rate: number;
  name?: string;
}

export type LayerSpec = DenseLayerSpec | DropoutLayerSpec;

/**
 * Where the samples come from, and how they are rescaled: `normalize` the input features,
 * `normalizeTarget` (when present and not "none") the regression targets under `mse`, so a target in
 * raw units (prices, hours, watts) trains like one near unit scale; the loss is then in those units.
 */
export type DataSpec = DataSource & { normalizeTarget?: Normalization };

/** A data block's source with its feature normalization. */
export type DataSource =
  | { kind: 'builtin'; name: BuiltinDataset; samples: number; noise: number; classes: number; normalize: Normalization }
  | { kind: 'csv'; path: string; target: string[]; features?: string[]; normalize: Normalization }
  | {
      kind: 'inline';
      x: number[][];
      y: number[] | number[][];
      normalize: Normalization;
      /** Present when `y` was written as strings: the distinct labels, sorted; `y` then holds indices into them. */
      classNames?: string[];
    };

export interface OptimizerSpec {
  type: OptimizerName;
  lr: number;
  /** SGD only. */
  momentum: number;
  /** SGD only. */
  nesterov: boolean;
  /** L2 penalty added to the gradient (coupled weight decay). 0 = off. */
  weightDecay: number;
  /** Clip the global gradient L2 norm to this value. 0 = off. */
  clipNorm: number;
}

export interface TrainingSpec {
  epochs: number;
  batchSize: number;
  shuffle: boolean;
  /** Fraction of samples held out for validation, in [0, 1). */
  validationSplit: number;
}

/**
 * Thresholds of the runtime detectors and of the edit-time probe; every field optional in the file.
 * The probe reads the shared ones too (dead, saturated, exploding, vanishing) so it and a run agree.
 */
export interface DiagnosticsConfig {
  /** Fraction of a layer's ReLU units dead over an epoch that raises `dead-relu`. */
  deadReluFraction: number;
  /** Layer gradient norm above which `exploding-gradient` fires. */
  explodingGradNorm: number;
  /** Ratio of first-layer to last-layer gradient norm above which `exploding-gradient` fires. */
  explodingRatio: number;
  /** Layer gradient norm below which (with the ratio below) `vanishing-gradient` fires. */
  vanishingGradNorm: number;
  /** Ratio of first-layer to last-layer gradient norm below which `vanishing-gradient` fires. */
  vanishingRatio: number;
  /** Fraction of a hidden sigmoid/tanh layer's outputs within `saturationMargin` of their limits that raises `saturated-activation`. */
  saturatedFraction: number;
  /** Distance from a sigmoid's limits (0, 1) or a tanh's (±1) within which an output counts as saturated. */
  saturationMargin: number;
  /** Epochs over which `loss-plateau`, `oscillating-loss` and `lr-too-low` judge the loss curve. */
  lossWindow: number;
  /**
   * A loss below this fraction of the baseline (the loss of predicting the class prior or the target
   * mean) counts as learnt: `loss-plateau` and `lr-too-low` stay quiet below it.
   */
  goodLossRatio: number;
  /** Least improvement of the best loss over `lossWindow` epochs, as a fraction of the baseline, that counts as progress. */
  plateauImprovement: number;
  /** Fraction of epochs in the window in which the loss changes direction above which the loss may be oscillating. */
  oscillationFlips: number;
  /** Median epoch-to-epoch loss change, as a fraction of the baseline, above which direction changes count as oscillation. */
  oscillationSwing: number;
  /**
   * Median epoch-to-epoch loss change, as a fraction of the window's own median loss, above which direction
   * changes count as oscillation for Adam or RMSprop at 0.01 or more on batches of at most 8 rows (level-swing.ts).
   */
  oscillationLevelSwing: number;
  /** Share of the baseline loss the window's median loss must stand at or above for `oscillationLevelSwing` to be judged. */
  oscillationLevelFloor: number;
  /** Update-to-weight ratio of a step above which `lr-too-high` fires. */
  lrHighUpdateRatio: number;
  /** Rise of the recent loss above the run's best, as a fraction of the baseline, above which `lr-too-high` fires. */
  lrHighRise: number;
  /** Largest update-to-weight ratio below which a stalled run raises `lr-too-low`. */
  lrLowUpdateRatio: number;
  /** Epochs a condition must persist before it is reported (debounces noise). */
  patience: number;
  /** Probe: its sample loss above this multiple of the initial loss raises `lr-too-high`. */
  probeLossRise: number;
  /** Probe: a rise of its sample loss from its lowest point by more than this fraction of the initial loss raises `lr-too-high`. */
  probeLossRebound: number;
  /** Probe: median over its steps of the largest update-to-weight ratio above which `lr-too-high` fires. */
  probeHighUpdateRatio: number;
  /** Probe: projected over the run, weights moving less than this fraction of their norm (with `probeLowLossTravel`) raise `lr-too-low`. */
  probeLowWeightTravel: number;
  /** Probe: projected over the run, the loss falling by less than this fraction (with `probeLowWeightTravel`) raises `lr-too-low`. */
  probeLowLossTravel: number;
  /**
   * Advice trial: a warning is shown only when one of its quick fixes, tried on the spec, ends at a
   * loss at least this fraction lower than the spec as written. 0 turns the trials off.
   */
  adviceGain: number;
}

/**
 * Thresholds used when the spec's `diagnostics` block leaves them out. The one place these
 * defaults live: the parser fills them in, the schema documents them.
 */
export const DEFAULT_DIAGNOSTICS: Readonly<DiagnosticsConfig> = Object.freeze({
  deadReluFraction: 0.5,
  explodingGradNorm: 400,
  explodingRatio: 70,
  vanishingGradNorm: 1e-4,
  vanishingRatio: 1e-3,
  saturatedFraction: 0.4,
  saturationMargin: 0.01,
  lossWindow: 10,
  goodLossRatio: 0.8,
  plateauImprovement: 0.03,
  oscillationFlips: 0.5,
  oscillationSwing: 0.13,
  oscillationLevelSwing: 0.2,
  oscillationLevelFloor: 0.1,
  lrHighUpdateRatio: 0.2,
  lrHighRise: 0.12,
  lrLowUpdateRatio: 1e-4,
  patience: 2,
  probeLossRise: 1.5,
  probeLossRebound: 0.5,
  probeHighUpdateRatio: 0.1,
  probeLowWeightTravel: 0.3,
  probeLowLossTravel: 0.3,
  adviceGain: 0.1,
});

/** The validated spec with defaults filled in. */
export interface ModelSpec {
  name: string;
  seed: number;
  data: DataSpec;
  layers: LayerSpec[];
  loss: LossName;
  optimizer: OptimizerSpec;
  training: TrainingSpec;
  diagnostics: DiagnosticsConfig;
  /** Largest number of trainable parameters the engine accepts. */
  maxParams: number;
}
