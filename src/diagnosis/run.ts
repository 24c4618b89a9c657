import { performance } from 'perf_hooks';
import { EpochStats, Trainer } from '../engine';
import type { ParsedSpec } from '../spec/parse';
import type { Dataset } from '../spec/dataset';
import type { Diagnostic, ModelSpec } from '../spec/types';
import type { CheckContext } from './check';
import { fmt } from './context';
import { MonitorUpdate, referenceLoss, TrainingMonitor, TrialRecord } from './detectors';

/** How to run a monitored training. */
export interface MonitoredRunOptions {
  /** Overrides `training.epochs`. */
  epochs?: number;
  /** Called after each epoch with its statistics and what the detectors raised or cleared. */
  onEpoch?(stats: EpochStats, update: MonitorUpdate): void;
  /**
   * Where the spec lives (the one `checkSpec` was given): turns on the advice trials, which check
   * and train the spec as each warning's quick fixes would leave it. Without it, no trials.
   */
  advice?: CheckContext;
}

/** The weights a stopped run went back to. */
export interface RestoredWeights {
  /** Epochs completed when they were saved: 0 for the initial weights. */
  epochs: number;
  /** Training steps taken when they were saved. */
  step: number;
  /** The statistics of the epoch that ended with them; undefined for the initial weights. */
  stats?: EpochStats;
}

/** The outcome of a monitored training run. */
export interface MonitoredRunResult {
  trainer: Trainer;
  /** Epochs completed. */
  epochs: number;
  last?: EpochStats;
  /** The last epoch whose loss was finite: equals `last` unless the run diverged. */
  lastGood?: EpochStats;
  /** Set when the run stopped early: the trainer holds these weights now, not the broken ones. */
  restored?: RestoredWeights;
  /** Runtime diagnostics still active at the end. */
  active: Diagnostic[];
  /** Every runtime diagnostic raised during the run, in order, even if later cleared. */
  raised: Diagnostic[];
  /** Training samples processed. */
  samples: number;
  wallMs: number;
  /** Set when the run ended early because the loss stopped being a number (`nan-loss` says which epoch was the last good one). */
  stoppedEarly: boolean;
  /** Every advice trial the run's warnings called for, in order (none without `advice`). */
  trials: readonly TrialRecord[];
}

/**
 * Trains a valid spec epoch by epoch under the runtime detectors: the loop the CLI, the tests and the
 * benchmark share. Stops early when a detector says the run cannot go on, with the last good weights.
 */
export function runMonitored(parsed: ParsedSpec, spec: ModelSpec, dataset: Dataset, options: MonitoredRunOptions = {}): MonitoredRunResult {
  const epochs = options.epochs ?? spec.training.epochs;
  const trainer = new Trainer(spec, dataset);
  const monitor = new TrainingMonitor(parsed, spec, dataset.inputs, { reference: referenceLoss(spec, dataset, trainer), advice: options.advice, dataset });
  const keeper = new LastGoodWeights(trainer);
  const raised: Diagnostic[] = [];
  const started = performance.now();
  let last: EpochStats | undefined;
  let restored: RestoredWeights | undefined;
  let stoppedEarly = false;
  for (let epoch = 0; epoch < epochs && !stoppedEarly; epoch++) {
    last = trainer.trainEpoch();
    keeper.epochEnded(last);
    const update = monitor.observeEpoch(last);
    stoppedEarly = update.stop;
    if (stoppedEarly) restored = keeper.restore(update);
    raised.push(...update.raised);
    options.onEpoch?.(last, update);
  }
  const wallMs = performance.now() - started;
  const completed = last ? last.epoch + 1 : 0;
  const lastGood = monitor.lastGoodEpoch;
  return { trainer, epochs: completed, last, lastGood, restored, active: monitor.active, raised, samples: trainer.samplesSeen, wallMs, stoppedEarly, trials: monitor.trials };
}

/**
 * Keeps a run's last good weights: the initial ones, then those of every epoch that ended with a
 * finite loss and finite weights (a ReLU layer can hide NaN weights behind a finite loss). When a
 * detector stops the run, puts them back and says so in the diagnostic that stopped it.
 */
export class LastGoodWeights {
  private kept: RestoredWeights = { epochs: 0, step: 0 };
  private readonly usable: boolean;

  constructor(private readonly trainer: Trainer) {
    this.usable = trainer.saveCheckpoint();
  }

  /** Call after each finished epoch, before the detectors judge it. */
  epochEnded(stats: EpochStats): void {
    if (Number.isFinite(stats.loss) && this.trainer.saveCheckpoint()) this.kept = { epochs: stats.epoch + 1, step: this.trainer.step, stats };
  }

  /** Restores the kept weights and appends where they come from to the `nan-loss` message (the diagnostic objects are the monitor's). */
  restore(update: MonitorUpdate): RestoredWeights | undefined {
    if (!this.usable || this.trainer.restoreCheckpoint() === undefined) return undefined;
    const note = restoredNote(this.kept);
    for (const d of update.raised) if (d.code === 'nan-loss') d.message = `${d.message} ${note}`;
    return this.kept;
  }
}

/** "Weights restored to epoch 12 (loss 0.031), the last good model.", for messages and summaries. */
export function restoredNote(restored: RestoredWeights): string {
  if (!restored.stats) return 'Weights restored to their initial values: no epoch ended with finite weights.';
  return `Weights restored to epoch ${restored.stats.epoch} (loss ${fmt(restored.stats.loss)}), the last good model.`;
}
