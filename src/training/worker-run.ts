import { performance } from 'perf_hooks';
import { CheckContext, checkSpec, hasErrors } from '../diagnosis/check';
import { MonitorUpdate, referenceLoss, TrainingMonitor } from '../diagnosis/detectors';
import { LastGoodWeights, RestoredWeights } from '../diagnosis/run';
import { EpochStats, StepStats, Trainer } from '../engine';
import { emptyMetrics, HostToWorker, LayerInfo, MetricsDelta, Progress, runHasEnded, RunState, WorkerToHost } from '../protocol';
import type { ParsedSpec } from '../spec/parse';
import type { Dataset } from '../spec/dataset';
import type { DenseLayerSpec, ModelSpec } from '../spec/types';
import { fanIns } from '../diagnosis/context';
import { boundaryGrid } from './boundary';

/** Longest stretch of training between looks at the message queue: keeps Stop under 100 ms. */
const SLICE_MS = 15;
/** Least time between two metrics messages: at most ~20 updates a second. */
const FLUSH_MS = 50;
/** Least time between two decision-boundary grids (they cost a forward pass over the grid). */
const BOUNDARY_MS = 400;
/** The boundary may take at most this share of the worker's time: on wide networks it is costly. */
const BOUNDARY_SHARE = 0.1;

type Start = Extract<HostToWorker, { type: 'start' }>;

/**
 * One run inside the worker: trains in short slices, answering pause/step/stop between them, and
 * posts metrics deltas, diagnostics and boundary grids to the host.
 */
export class WorkerRun {
  private state: RunState = 'training';
  private delta: MetricsDelta;
  private lastFlush = 0;
  private lastBoundary = 0;
  private boundaryInterval = BOUNDARY_MS;
  private samplesSinceFlush = 0;
  private samplesPerSec = 0;
  /** Time spent in training slices, pauses excluded: the run's average throughput divides by it. */
  private trainingMs = 0;
  /** When the slice under way began; undefined between slices. */
  private sliceStartedAt: number | undefined;
  private stepsWanted = 0;
  private readonly monitor: TrainingMonitor;
  private readonly lastGood: LastGoodWeights;
  /** Set when the run diverged: the weights it went back to. */
  private restored: RestoredWeights | undefined;
  private readonly dense: LayerInfo[];
  /** The last epoch has been trained; the run ends once no advice trial is left to decide its warnings. */
  private epochsDone = false;

  private constructor(
    private readonly runId: number,
    private readonly spec: ModelSpec,
    private readonly dataset: Dataset,
    parsed: ParsedSpec,
    private readonly trainer: Trainer,
    private readonly post: (msg: WorkerToHost) => void,
    advice: CheckContext,
  ) {
    // Before the first step: the reference includes the untrained network's loss.
    this.monitor = new TrainingMonitor(parsed, spec, dataset.inputs, { reference: referenceLoss(spec, dataset, trainer), advice, dataset });
    this.lastGood = new LastGoodWeights(trainer);
    this.dense = layerInfos(spec, dataset.inputs);
    this.delta = emptyMetrics(this.dense.length);
  }

  /** Parses and loads the spec; reports static errors as a finished run instead of throwing. */
  static start(msg: Start, post: (msg: WorkerToHost) => void): WorkerRun | undefined {
    const checked = checkSpec(msg.specText, msg);
    const fail = (message: string) => {
      post({ type: 'finished', runId: msg.runId, progress: idle('error'), message, diagnostics: checked.diagnostics.filter((d) => d.severity === 'error') });
      return undefined;
    };
    if (!checked.spec || !checked.dataset || hasErrors(checked.diagnostics)) return fail('The spec has errors; fix them to train (see the Problems panel).');
    let trainer: Trainer;
    try {
      trainer = new Trainer(checked.spec, checked.dataset);
    } catch (err) {
      return fail((err as Error).message);
    }
    const run = new WorkerRun(msg.runId, checked.spec, checked.dataset, checked.parsed, trainer, post, msg);
    post({ type: 'started', runId: msg.runId, layers: run.dense, totalEpochs: checked.spec.training.epochs, stepsPerEpoch: trainer.stepsPerEpoch, inputs: checked.dataset.inputs });
    if (msg.paused) run.state = 'paused';
    run.postBoundary();
    run.schedule();
    return run;
  }

  /** Applies a control message from the host. */
  control(msg: HostToWorker): void {
    if (this.isOver()) return;
    if (msg.type === 'pause') this.setState('paused');
    else if (msg.type === 'resume') this.setState('training');
    else if (msg.type === 'step') {
      this.stepsWanted++;
      if (this.state !== 'paused') this.setState('paused');
    } else if (msg.type === 'stop') this.end('stopped');
    this.schedule();
  }

  private isOver(): boolean {
    return runHasEnded(this.state);
  }

  private setState(state: RunState): void {
    this.state = state;
    this.flush(true);
  }

  private schedule(): void {
    if (this.state === 'training' || this.stepsWanted > 0) setImmediate(() => this.slice());
  }

  /**
   * Trains until the slice's time is up, then yields so control messages get through. An advice
   * trial under way goes first, a step at a time within the same slices: the run moves on only once
   * it has decided the epoch's warnings, so the worker raises what `runMonitored` raises.
   */
  private slice(): void {
    this.sliceStartedAt = performance.now();
    const sliceEnd = this.sliceStartedAt + SLICE_MS;
    const inTime = () => performance.now() < sliceEnd;
    while (!this.isOver() && (this.state === 'training' || this.stepsWanted > 0) && inTime()) {
      if (this.monitor.trialPending) {
        const update = this.monitor.continueTrials(inTime);
        if (update) this.report(update);
      } else if (this.epochsDone) {
        this.end('done');
      } else {
        if (this.state === 'paused') this.stepsWanted--;
        this.trainOneStep();
      }
    }
    this.closeSliceTiming();
    // end() has flushed already; another flush would post a zero rate after `finished`.
    if (this.isOver()) return;
    // A single step while paused must reach the host now: no later slice will flush it.
    this.flush(this.state !== 'training');
    this.schedule();
  }

  private trainOneStep(): void {
    const stats = this.trainer.trainStep();
    this.samplesSinceFlush += this.spec.training.batchSize;
    this.record(stats);
    if (!Number.isFinite(stats.loss)) {
      this.observe({ epoch: stats.epoch, steps: stats.step, loss: stats.loss, layers: stats.layers });
      return;
    }
    const epoch = this.trainer.completedEpoch();
    if (epoch) {
      this.lastGood.epochEnded(epoch);
      this.observe(epoch);
    }
    if (epoch && epoch.epoch + 1 >= this.spec.training.epochs) {
      this.epochsDone = true;
      if (!this.monitor.trialPending) this.end('done');
    }
  }

  private observe(epoch: EpochStats): void {
    if (Number.isFinite(epoch.loss)) this.delta.epochs.push({ epoch: epoch.epoch, step: this.trainer.step, loss: epoch.loss, valLoss: epoch.valLoss, accuracy: epoch.accuracy, valAccuracy: epoch.valAccuracy });
    const update = this.monitor.beginEpoch(epoch);
    if (update) this.report(update);
  }

  /** Posts what an epoch raised or cleared (once its advice trials, if any, are done). */
  private report(update: MonitorUpdate): void {
    // Before anything is posted: the nan-loss message says where the weights went back to.
    if (update.stop) this.restored = this.lastGood.restore(update);
    if (update.raised.length > 0 || update.cleared.length > 0) {
      this.flush(true);
      this.post({ type: 'diagnostics', runId: this.runId, active: this.monitor.active, raised: update.raised });
    }
    if (update.stop) this.end('diverged');
  }

  private record(stats: StepStats): void {
    this.delta.steps.push(this.trainer.step);
    this.delta.loss.push(stats.loss);
    stats.layers.forEach((layer, i) => {
      const series = this.delta.layers[i];
      series.gradNorm.push(layer.gradNorm);
      series.weightNorm.push(layer.weightNorm);
      series.updateRatio.push(layer.updateRatio);
      if (layer.deadFraction !== undefined) series.deadFraction.push(layer.deadFraction);
      if (layer.saturatedFraction !== undefined) series.saturatedFraction.push(layer.saturatedFraction);
    });
  }

  private flush(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.lastFlush < FLUSH_MS) return;
    if (now > this.lastFlush) this.samplesPerSec = Math.round((this.samplesSinceFlush * 1000) / (now - this.lastFlush || 1));
    this.samplesSinceFlush = 0;
    this.lastFlush = now;
    this.post({ type: 'metrics', runId: this.runId, delta: this.delta, progress: this.progress() });
    this.delta = emptyMetrics(this.dense.length);
    if (now - this.lastBoundary >= this.boundaryInterval) this.postBoundary();
  }

  /** Adds the slice under way (if any) to the training time; the run can end inside a slice. */
  private closeSliceTiming(): void {
    if (this.sliceStartedAt === undefined) return;
    this.trainingMs += performance.now() - this.sliceStartedAt;
    this.sliceStartedAt = undefined;
  }

  private postBoundary(): void {
    const started = performance.now();
    const grid = boundaryGrid(this.trainer, this.dataset);
    if (grid) this.post({ type: 'boundary', runId: this.runId, grid });
    this.lastBoundary = performance.now();
    this.boundaryInterval = Math.max(BOUNDARY_MS, (this.lastBoundary - started) / BOUNDARY_SHARE);
  }

  private progress(): Progress {
    return { state: this.state, epoch: this.trainer.epoch, totalEpochs: this.spec.training.epochs, step: this.trainer.step, samplesPerSec: this.samplesPerSec };
  }

  private end(state: RunState): void {
    this.state = state;
    this.flush(true);
    // Once over, the header shows the whole run's throughput rather than the last flush's.
    this.closeSliceTiming();
    this.samplesPerSec = averageRate(this.trainer.samplesSeen, this.trainingMs);
    this.postBoundary();
    const restored = this.restored && { epoch: this.restored.stats?.epoch, step: this.restored.step };
    this.post({ type: 'finished', runId: this.runId, progress: this.progress(), ...(restored && { restored }) });
  }
}

/** Samples per second over `ms` of training; 0 when nothing was timed (no rate to show). */
export function averageRate(samples: number, ms: number): number {
  return ms > 0 && samples > 0 ? Math.round((samples * 1000) / ms) : 0;
}

function idle(state: RunState): Progress {
  return { state, epoch: 0, totalEpochs: 0, step: 0, samplesPerSec: 0 };
}

/** The dense layers of a spec as the panel lists them. */
export function layerInfos(spec: ModelSpec, inputs: number): LayerInfo[] {
  return [...fanIns(spec, inputs)].map(([index, fanIn]) => {
    const layer = spec.layers[index] as DenseLayerSpec;
    return { index, name: layer.name ?? `dense_${index}`, units: layer.units, activation: layer.activation, paramCount: (fanIn + 1) * layer.units };
  });
}
