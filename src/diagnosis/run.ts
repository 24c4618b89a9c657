import { performance } from 'perf_hooks';
import { EpochStats, Trainer } from '../engine';
import type { ParsedSpec } from '../spec/parse';
import type { Dataset } from '../spec/dataset';
import type { Diagnostic, ModelSpec } from '../spec/types';
import { MonitorUpdate, referenceLoss, TrainingMonitor } from './detectors';

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
  /** The last epoch whose loss was finite: equals `last` unless the run diverged. */
  lastGood?: EpochStats;
  /** Runtime diagnostics still active at the end. */
  active: Diagnostic[];
  /** Every runtime diagnostic raised during the run, in order, even if later cleared. */
  raised: Diagnostic[];
  /** Training samples processed. */
  samples: number;
  wallMs: number;
  /** Set when the run ended early because the loss stopped being a number (`nan-loss` says which epoch was the last good one). */
  stoppedEarly: boolean;
}

/**
 * Trains a valid spec epoch by epoch under the runtime detectors: the loop the CLI, the tests and the
 * benchmark share. Stops early when a detector says the run cannot go on.
 */
export function runMonitored(parsed: ParsedSpec, spec: ModelSpec, dataset: Dataset, options: MonitoredRunOptions = {}): MonitoredRunResult {
  const epochs = options.epochs ?? spec.training.epochs;
  const trainer = new Trainer(spec, dataset);
  const monitor = new TrainingMonitor(parsed, spec, dataset.inputs, { reference: referenceLoss(spec, dataset, trainer) });
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
  const lastGood = monitor.lastGoodEpoch;
  return { trainer, epochs: completed, last, lastGood, active: monitor.active, raised, samples: trainer.samplesSeen, wallMs, stoppedEarly };
}
