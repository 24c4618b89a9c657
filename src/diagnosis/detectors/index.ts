/**
 * The runtime detectors: `TrainingMonitor` judges each finished epoch; the statistics it compares
 * with the thresholds are exported for the benchmark that chose them.
 */
export { TrainingMonitor } from './monitor';
export type { MonitorOptions, MonitorUpdate } from './monitor';
export { AdviceGate, TRIAL_BUDGET_RUNS, TRIED_CODES } from './advice-gate';
export type { TrialRecord } from './advice-gate';
export { TrainingTrial, standingLoss, TRIAL_TAIL_EPOCHS } from './advice-trial';
export type { TrialVerdict, VariantOutcome } from './advice-trial';
export { baselineLoss, referenceLoss } from './baseline';
export type { ReferenceLoss } from './baseline';
export { flipFraction, maxUpdateRatio, medianSwing, RECENT_EPOCHS, riseFromBest, riseMultiple, smoothOvershoot, windowBestRatio, windowImprovement } from './signals';
export { denseParamCounts } from './context';
export { LayerHistory } from './history';
export { BLOCK_STEP, gradientProfile, reachRatio, steepestStep } from './gradient-reach';
export { DECAY_SHRINK, DROPOUT_CUT_SHARE, heavyDropout } from './regularization';
export { isDeadReluLayer, isSaturatedLayer } from './units';
export { RISE_MULTIPLE } from './learning-rate';
