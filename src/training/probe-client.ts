/**
 * The host's side of the probe worker, free of the editor API: one long-lived worker thread, one
 * request in flight, and a queue in which a newer probe of a spec replaces the older one still
 * waiting. A probe already running is left to finish (it is bounded to about 100 ms of work, less
 * than restarting a worker would cost); the caller drops its answer if the spec changed meanwhile.
 * Reading a large CSV (`loadData`) takes seconds, and requests behind it wait: it happens once per
 * version of the file, and a spec cannot be probed before its data is read anyway.
 */
import { Worker, WorkerOptions } from 'worker_threads';
import type { HostToProbeWorker, LrFinderCurve, ProbeWorkerToHost, SpecSource } from '../protocol';
import type { DataProblem } from '../spec/csv-dataset';
import type { KeptLoad } from '../spec/data-cache';

/** The probe's answer for one spec text. */
export type ProbeAnswer = Extract<ProbeWorkerToHost, { type: 'probed' }>;

/** The finder's answer: a curve, or why there is none. */
export interface LrFindAnswer {
  curve?: LrFinderCurve;
  message?: string;
}

interface Job {
  /** Probes of the same key replace each other while queued; finder jobs have none. */
  key?: string;
  request: Omit<HostToProbeWorker, 'id'>;
  resolve(answer: ProbeWorkerToHost | undefined): void;
}

/** Runs probe and finder requests in a worker thread, one at a time. */
export class ProbeClient {
  private worker: Worker | undefined;
  private readonly queue: Job[] = [];
  private inFlight: { id: number; job: Job } | undefined;
  private nextId = 1;
  private disposed = false;

  /** @param options worker options (tests run the TypeScript entry through a loader). */
  constructor(private readonly workerPath: string, private readonly options: WorkerOptions = {}) {}

  /** Probes a spec; resolves undefined when a newer probe of the same key replaced this one first. */
  async probe(key: string, source: SpecSource): Promise<ProbeAnswer | undefined> {
    const answer = await this.enqueue({ type: 'probe', ...source }, key);
    return answer?.type === 'probed' ? answer : undefined;
  }

  /** Runs the learning-rate finder on a spec. */
  async findLearningRate(source: SpecSource): Promise<LrFindAnswer> {
    const answer = await this.enqueue({ type: 'lrFind', ...source });
    if (answer?.type !== 'lrFound') return { message: 'NN Debugger: the learning-rate finder stopped before answering.' };
    return { curve: answer.curve, message: answer.message };
  }

  /** Reads a spec's large CSV in the worker; resolves undefined when there is nothing to keep or the worker failed. */
  async loadData(source: SpecSource): Promise<KeptLoad<DataProblem> | undefined> {
    const answer = await this.enqueue({ type: 'loadData', ...source });
    return answer?.type === 'dataLoaded' ? answer.kept : undefined;
  }

  /** Drops a spec's queued probe (its document closed). */
  cancel(key: string): void {
    const index = this.queue.findIndex((job) => job.key === key);
    if (index >= 0) this.queue.splice(index, 1)[0].resolve(undefined);
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.resolve(undefined);
    this.inFlight?.job.resolve(undefined);
    this.inFlight = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private enqueue(request: Job['request'], key?: string): Promise<ProbeWorkerToHost | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const job: Job = { key, request, resolve };
      const queued = key === undefined ? -1 : this.queue.findIndex((j) => j.key === key);
      if (queued >= 0) this.queue.splice(queued, 1, job)[0].resolve(undefined);
      else this.queue.push(job);
      this.pump();
    });
  }

  private pump(): void {
    if (this.inFlight || this.disposed) return;
    const job = this.queue.shift();
    if (!job) return;
    const id = this.nextId++;
    this.inFlight = { id, job };
    const worker = this.ensureWorker();
    // Only a request in flight keeps the process alive (an idle worker must not hold up a CLI or test run).
    worker.ref();
    worker.postMessage({ ...job.request, id } as HostToProbeWorker);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath, this.options);
    worker.on('message', (msg: ProbeWorkerToHost) => this.settle(msg.id, msg));
    // A crashed worker fails its request; the next request starts a new one.
    const lost = () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (this.inFlight) this.settle(this.inFlight.id, undefined);
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    this.worker = worker;
    return worker;
  }

  private settle(id: number, answer: ProbeWorkerToHost | undefined): void {
    if (this.inFlight?.id !== id) return;
    const { job } = this.inFlight;
    this.inFlight = undefined;
    job.resolve(answer);
    this.pump();
    if (!this.inFlight) this.worker?.unref();
  }
}
