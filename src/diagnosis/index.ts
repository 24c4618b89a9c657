/** The diagnosis core: static rules and runtime detectors, free of any editor API. */
export { checkSpec, hasErrors } from './check';
export type { CheckContext, CheckResult } from './check';
export { lintSpec, STATIC_RULES } from './lint';
export { TrainingMonitor } from './detectors';
export type { MonitorUpdate } from './detectors';
export { LR_RANGES } from './rules-training';
export { INIT_SCALE_ABOVE, INIT_SCALE_FACTOR, idealStd, suggestedInit } from './rules-init';
export { runMonitored } from './run';
export type { MonitoredRunOptions, MonitoredRunResult } from './run';
export { probeChecked, runProbe } from './probe';
export type { ProbeOptions, ProbeResult } from './probe';
export { findLearningRate, LR_FINDER_DEFAULTS } from './lr-finder';
export type { LrFinderOptions, LrFinderPoint, LrFinderResult } from './lr-finder';
