/**
 * The runtime detectors: `TrainingMonitor` judges each finished epoch; the statistics it compares
 * with the thresholds are exported for the benchmark that chose them.
 */
export { TrainingMonitor } from './monitor';
export type { MonitorOptions, MonitorUpdate } from './monitor';
export { baselineLoss, referenceLoss } from './baseline';
export type { ReferenceLoss } from './baseline';
export { flipFraction, maxUpdateRatio, medianSwing, RECENT_EPOCHS, riseFromBest, windowBestRatio, windowImprovement } from './signals';
