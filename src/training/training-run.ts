import { Worker } from 'worker_threads';
import type { BoundaryGrid, HostToWorker, LayerInfo, Progress, RestoredPoint, SpecSource, WorkerToHost } from '../protocol';
import type { DataProblem } from '../spec/csv-dataset';
import { keptCsvLoad } from '../spec/data';
import { parseSpec, type ParsedSpec } from '../spec/parse';
import type { KeptLoad } from '../spec/data-cache';
import type { Diagnostic, ModelSpec } from '../spec/types';
import { RunHistory } from '../view-model/run-history';

/** What a run tells whoever shows it (panel, diagnostics, status bar, code lens). */
export interface RunListener {
  onStarted?(run: TrainingRun): void;
  onMetrics?(run: TrainingRun, delta: Extract<WorkerToHost, { type: 'metrics' }>['delta']): void;
  onDiagnostics?(run: TrainingRun, active: Diagnostic[], raised: Diagnostic[]): void;
  onBoundary?(run: TrainingRun, grid: BoundaryGrid): void;
  onFinished?(run: TrainingRun, message?: string): void;
}

/** The spec a run trains, as text with where it lives. */
export type RunSource = SpecSource;

let nextRunId = 1;

/**
 * The host's kept load of a spec's CSV, to send with the run: the worker then trains at once instead
 * of reading the file again (seconds for a file of a hundred megabytes). Undefined when none is kept.
 */
export function keptDataOf(source: RunSource): KeptLoad<DataProblem> | undefined {
  const parsed = parseSpec(source.specText, { defaultName: source.defaultName });
  return parsed.spec ? keptCsvLoad(parsed as ParsedSpec & { spec: ModelSpec }, source) : undefined;
}

/**
 * One training run in its own worker thread, so the extension host never waits on the engine.
 * The host keeps the full history; the worker only sends deltas.
 */
export class TrainingRun {
  readonly runId = nextRunId++;
  private readonly worker: Worker;
  history: RunHistory | undefined;
  layers: LayerInfo[] = [];
  progress: Progress = { state: 'training', epoch: 0, totalEpochs: 0, step: 0, samplesPerSec: 0 };
  active: Diagnostic[] = [];
  /** Every runtime diagnostic raised, with the step it fired at. */
  readonly timeline: { step: number; code: string; path: string; message: string }[] = [];
  boundary: BoundaryGrid | undefined;
  /** Static errors that kept the run from starting. */
  startErrors: Diagnostic[] = [];
  finishedMessage: string | undefined;
  /** Set when the run diverged: the weights it went back to (what the boundary and hovers show). */
  restored: RestoredPoint | undefined;
  private finished = false;

  constructor(workerPath: string, readonly source: RunSource, private readonly listener: RunListener, options: { paused?: boolean; kept?: KeptLoad<DataProblem> } = {}) {
    this.worker = new Worker(workerPath);
    this.worker.on('message', (msg: WorkerToHost) => this.handle(msg));
    this.worker.on('error', (err) => this.finish({ ...this.progress, state: 'error' }, `The training worker failed: ${err.message}`));
    this.worker.on('exit', () => this.finish({ ...this.progress, state: this.progress.state === 'training' ? 'stopped' : this.progress.state }));
    this.send({ type: 'start', runId: this.runId, ...source, paused: options.paused, kept: options.kept });
  }

  /** True until the run is done, stopped, diverged or failed. */
  get isLive(): boolean {
    return !this.finished;
  }

  pause(): void {
    this.send({ type: 'pause' });
  }

  resume(): void {
    this.send({ type: 'resume' });
  }

  /** Trains one batch, then stays paused. */
  step(): void {
    this.send({ type: 'step' });
  }

  /** Asks the worker to stop; it is terminated if it has not answered within 100 ms. */
  stop(): Promise<void> {
    if (this.finished) return Promise.resolve();
    this.send({ type: 'stop' });
    return new Promise((resolve) => {
      const timer = setTimeout(() => void this.worker.terminate().then(() => resolve()), 100);
      this.worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private send(msg: HostToWorker): void {
    if (!this.finished) this.worker.postMessage(msg);
  }

  private handle(msg: WorkerToHost): void {
    if ('runId' in msg && msg.runId !== this.runId) return;
    switch (msg.type) {
      case 'started':
        this.layers = msg.layers;
        this.history = new RunHistory(msg.layers);
        this.progress = { ...this.progress, totalEpochs: msg.totalEpochs };
        this.listener.onStarted?.(this);
        return;
      case 'metrics':
        this.history?.append(msg.delta);
        this.progress = msg.progress;
        this.listener.onMetrics?.(this, msg.delta);
        return;
      case 'diagnostics':
        this.active = msg.active;
        for (const d of msg.raised) this.timeline.push({ step: this.progress.step, code: d.code, path: d.path, message: d.message });
        this.listener.onDiagnostics?.(this, msg.active, msg.raised);
        return;
      case 'boundary':
        this.boundary = msg.grid;
        this.listener.onBoundary?.(this, msg.grid);
        return;
      case 'finished':
        this.startErrors = msg.diagnostics ?? [];
        this.restored = msg.restored;
        if (this.history) this.history.restored = msg.restored;
        this.finish(msg.progress, msg.message);
        void this.worker.terminate();
        return;
    }
  }

  private finish(progress: Progress, message?: string): void {
    if (this.finished) return;
    this.finished = true;
    this.progress = progress;
    this.finishedMessage = message;
    this.listener.onFinished?.(this, message);
  }
}
