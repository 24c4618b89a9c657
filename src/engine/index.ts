/**
 * The engine's public API: what the CLI, the extension host, the benchmark and the tests import.
 */
export { Trainer } from './trainer';
export type { EpochStats, StepStats, TrainerOptions } from './trainer';
export { Checkpoint } from './checkpoint';
export type { LayerStats } from './instruments';
export { EngineError } from './errors';
export { GRADCHECK_TOLERANCE, gradientCheck, initialGradients, relativeError, RELATIVE_ERROR_FLOOR } from './gradcheck';
export type { GradientCheckOptions, GradientCheckResult, InitialGradients, LayerGradientCheck, LayerGradients } from './gradcheck';
export { encodeTargets, PROB_CLAMP } from './losses';
export { countParameters } from './validate';
export type { Dtype } from './tensor';
export { Random } from './random';
