import { performance } from 'perf_hooks';
import { EpochStats, Trainer } from '../engine';
import type { ParsedSpec } from '../spec/parse';
import type { Dataset } from '../spec/dataset';
import type { Diagnostic, ModelSpec } from '../spec/types';
import { MonitorUpdate, TrainingMonitor } from './detectors';

/** How to run a monitored training. */
export interface MonitoredRunOptions {
  /** Overrides `training.epochs`. */
  epochs?: number;
  /** Called after each epoch with its statistics and what the detectors raised or cleared. */
  onEpoch?(stats: EpochStats, update: MonitorUpdate): void;
}

/** The outcome of a monitored training run. */
export interface MonitoredRunResult {
  trainer: Trainer;
  /** Epochs completed. */
  epochs: number;
  last?: EpochStats;
  /** Runtime diagnostics still active at the end. */
  active: Diagnostic[];
  /** Every runtime diagnostic raised during the run, in order, even if later cleared. */
  raised: Diagnostic[];
  /** Training samples processed. */
  samples: number;
  wallMs: number;
  /** Set when the run ended early because the loss stopped being a number. */
  stoppedEarly: boolean;
}

/**
 * Trains a valid spec epoch by epoch under the runtime detectors: the loop the CLI, the tests and the
 * benchmark share. Stops early when a detector says the run cannot go on.
 */
export function runMonitored(parsed: ParsedSpec, spec: ModelSpec, dataset: Dataset, options: MonitoredRunOptions = {}): MonitoredRunResult {
  const epochs = options.epochs ?? spec.training.epochs;
  const trainer = new Trainer(spec, dataset);
  const monitor = new TrainingMonitor(parsed, spec, dataset.inputs);
  const raised: Diagnostic[] = [];
  const started = performance.now();
  let last: EpochStats | undefined;
  let stoppedEarly = false;
  for (let epoch = 0; epoch < epochs && !stoppedEarly; epoch++) {
    last = trainer.trainEpoch();
    const update = monitor.observeEpoch(last);
    raised.push(...update.raised);
    options.onEpoch?.(last, update);
    stoppedEarly = update.stop;
  }
  const wallMs = performance.now() - started;
  const completed = last ? last.epoch + 1 : 0;
  return { trainer, epochs: completed, last, active: monitor.active, raised, samples: trainer.samplesSeen, wallMs, stoppedEarly };
}
