import { performance } from 'perf_hooks';
import { CheckContext, checkSpec, hasErrors } from '../diagnosis/check';
import { MonitorUpdate, referenceLoss, TrainingMonitor } from '../diagnosis/detectors';
import { LastGoodWeights, RestoredWeights } from '../diagnosis/run';
import { EpochStats, Trainer } from '../engine';
import { HostToWorker, LayerInfo, Progress, runHasEnded, RunState, WorkerToHost } from '../protocol';
import { keepCsvLoad } from '../spec/data';
import type { ParsedSpec } from '../spec/parse';
import type { Dataset } from '../spec/dataset';
import type { ModelSpec } from '../spec/types';
import { appendStep, layerInfos } from './run-metrics';
import { RunClock } from './run-clock';
import { RunOutbox } from './worker-outbox';

/** Longest stretch of training between looks at the message queue: keeps Stop under 100 ms. */
const SLICE_MS = 15;

type Start = Extract<HostToWorker, { type: 'start' }>;

/**
 * One run inside the worker: trains in short slices, answering pause/step/stop between them, and
 * posts metrics deltas, diagnostics and boundary grids to the host.
 */
export class WorkerRun {
  private state: RunState = 'training';
  private readonly clock = new RunClock();
  private stepsWanted = 0;
  private readonly monitor: TrainingMonitor;
  private readonly lastGood: LastGoodWeights;
  /** Set when the run diverged: the weights it went back to. */
  private restored: RestoredWeights | undefined;
  private readonly dense: LayerInfo[];
  /** The last epoch has been trained; the run ends once no advice trial is left to decide its warnings. */
  private epochsDone = false;
  /**
   * An epoch a Step finished while an advice trial was deciding the previous epoch's warnings: the
   * monitor sees it once the trial is done (epochs reach it in order). Set only while a trial is pending.
   */
  private heldEpoch: EpochStats | undefined;
  private readonly outbox: RunOutbox;

  private constructor(
    private readonly runId: number,
    private readonly spec: ModelSpec,
    dataset: Dataset,
    parsed: ParsedSpec,
    private readonly trainer: Trainer,
    private readonly post: (msg: WorkerToHost) => void,
    advice: CheckContext,
  ) {
    // Before the first step: the reference includes the untrained network's loss.
    this.monitor = new TrainingMonitor(parsed, spec, dataset.inputs, { reference: referenceLoss(spec, dataset, trainer), advice, dataset });
    this.lastGood = new LastGoodWeights(trainer);
    this.dense = layerInfos(spec, dataset.inputs);
    this.outbox = new RunOutbox({
      runId, post, trainer, dataset, clock: this.clock, layerCount: this.dense.length,
      active: () => this.monitor.active,
      progress: () => this.progress(),
    });
  }

  /** Parses and loads the spec; reports static errors as a finished run instead of throwing. */
  static start(msg: Start, post: (msg: WorkerToHost) => void): WorkerRun | undefined {
    // Found by the check only while the file is as the host read it; otherwise the check reads it afresh.
    if (msg.kept) keepCsvLoad(msg.kept.key, msg.kept.load);
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
    run.outbox.postBoundary();
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
    } else if (msg.type === 'stop') this.stop();
    this.schedule();
  }

  /**
   * Ends the run at the user's request. The epoch an advice trial was deciding still raised and
   * cleared what it did: that is reported, without the warnings left undecided, so the host's list
   * matches the monitor's. An epoch held behind the trial is judged the same way.
   */
  private stop(): void {
    this.report(this.monitor.abandonTrials());
    const held = this.heldEpoch;
    this.heldEpoch = undefined;
    if (held && !this.isOver()) this.report(this.monitor.beginEpoch(held) ?? this.monitor.abandonTrials());
    if (!this.isOver()) this.end('stopped');
  }

  private isOver(): boolean {
    return runHasEnded(this.state);
  }

  private setState(state: RunState): void {
    this.state = state;
    this.outbox.flush(true);
    if (state === 'paused') this.outbox.postRefreshedTexts();
  }

  private schedule(): void {
    if (this.state === 'training' || this.stepsWanted > 0) setImmediate(() => this.slice());
  }

  /** Trains until the slice's time is up, then yields so control messages get through. */
  private slice(): void {
    this.clock.startSlice();
    const sliceEnd = performance.now() + SLICE_MS;
    const inTime = () => performance.now() < sliceEnd;
    while (!this.isOver() && (this.state === 'training' || this.stepsWanted > 0) && inTime()) this.work(inTime);
    this.clock.endSlice();
    // end() has flushed already; another flush would post a zero rate after `finished`.
    if (this.isOver()) return;
    // A single step while paused must reach the host now: no later slice will flush it.
    this.outbox.flush(this.state !== 'training');
    this.schedule();
  }

  /**
   * One stretch of work. An advice trial under way goes first, a step at a time within the slices:
   * the monitor sees the next epoch only once the trial has decided this one's warnings, so the
   * worker raises what `runMonitored` raises. A Step while paused stays one bounded piece of work:
   * its batch trains at once (the trial needs nothing of it; an epoch it ends is held for the
   * monitor), or, with an epoch already held, the trial gets one slice in its place.
   */
  private work(inTime: () => boolean): void {
    const stepping = this.state === 'paused';
    if (this.monitor.trialPending && !(stepping && !this.heldEpoch && !this.epochsDone)) {
      this.advanceTrial(inTime);
      if (stepping && this.monitor.trialPending) this.stepsWanted--;
    } else if (this.epochsDone) {
      this.end('done');
    } else {
      if (stepping) this.stepsWanted--;
      this.trainOneStep();
    }
  }

  /** Trains the pending trial while `inTime()`; once it decides, reports the epoch and judges any held one. */
  private advanceTrial(inTime: () => boolean): void {
    const update = this.clock.timeTrial(() => this.monitor.continueTrials(inTime));
    if (!update) return;
    this.report(update);
    const held = this.heldEpoch;
    this.heldEpoch = undefined;
    if (held && !this.isOver()) this.judge(held);
  }

  private trainOneStep(): void {
    const stats = this.trainer.trainStep();
    this.clock.addSamples(this.spec.training.batchSize);
    appendStep(this.outbox.delta, this.trainer.step, stats);
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
      if (!this.monitor.trialPending && !this.isOver()) this.end('done');
    }
  }

  private observe(epoch: EpochStats): void {
    if (Number.isFinite(epoch.loss)) this.outbox.delta.epochs.push({ epoch: epoch.epoch, step: this.trainer.step, loss: epoch.loss, valLoss: epoch.valLoss, accuracy: epoch.accuracy, valAccuracy: epoch.valAccuracy });
    this.judge(epoch);
  }

  /** Hands an epoch to the monitor, or holds it while a trial decides the previous one. */
  private judge(epoch: EpochStats): void {
    if (this.monitor.trialPending) this.heldEpoch = epoch;
    else this.report(this.monitor.beginEpoch(epoch));
  }

  /** Posts what an epoch raised or cleared (once its advice trials, if any, are done). */
  private report(update: MonitorUpdate | undefined): void {
    if (!update) return;
    // Before anything is posted: the nan-loss message says where the weights went back to.
    if (update.stop) this.restored = this.lastGood.restore(update);
    if (update.raised.length > 0 || update.cleared.length > 0) this.outbox.postChange(update.raised);
    if (update.stop) this.end('diverged');
  }

  private progress(): Progress {
    const trial = this.monitor.trialUnderWay;
    return { state: this.state, epoch: this.trainer.epoch, totalEpochs: this.spec.training.epochs, step: this.trainer.step, samplesPerSec: this.outbox.samplesPerSec, ...(trial && { trial }) };
  }

  private end(state: RunState): void {
    this.state = state;
    this.outbox.flush(true);
    this.outbox.postRefreshedTexts();
    // Once over, the header shows the whole run's throughput rather than the last flush's.
    this.clock.endSlice();
    this.outbox.samplesPerSec = this.clock.average(this.trainer.samplesSeen);
    this.outbox.postBoundary();
    const restored = this.restored && { epoch: this.restored.stats?.epoch, step: this.restored.step };
    this.post({ type: 'finished', runId: this.runId, progress: this.progress(), ...(restored && { restored }) });
  }
}

function idle(state: RunState): Progress {
  return { state, epoch: 0, totalEpochs: 0, step: 0, samplesPerSec: 0 };
}
