/**
 * What a worker run sends the host, and how often: metrics deltas at most every FLUSH_MS, the
 * warnings whenever where they are shown changes (and their refreshed texts when the run pauses or ends),
 * and decision-boundary grids paced by their cost.
 */
import { performance } from 'perf_hooks';
import { emptyMetrics, MetricsDelta, Progress, WorkerToHost } from '../protocol';
import type { Trainer } from '../engine';
import type { Dataset } from '../spec/dataset';
import type { Diagnostic } from '../spec/types';
import { boundaryGrid } from './boundary';
import type { RunClock } from './run-clock';

/** Least time between two metrics messages: at most ~20 updates a second. */
const FLUSH_MS = 50;
/** Least time between two decision-boundary grids (they cost a forward pass over the grid). */
const BOUNDARY_MS = 400;
/** The boundary may take at most this share of the worker's time: on wide networks it is costly. */
const BOUNDARY_SHARE = 0.1;

/** What the outbox reads from its run. */
export interface OutboxSource {
  readonly runId: number;
  readonly post: (msg: WorkerToHost) => void;
  readonly trainer: Trainer;
  readonly dataset: Dataset;
  readonly clock: RunClock;
  /** The number of dense layers: each metrics delta carries one series per layer. */
  readonly layerCount: number;
  /** The warnings now raised (the monitor's `active`). */
  readonly active: () => Diagnostic[];
  /** The run's progress, read when a metrics message is posted. */
  readonly progress: () => Progress;
}

/** Posts a worker run's metrics, warnings and boundary grids to the host. */
export class RunOutbox {
  /** Metrics gathered since the last flush: the run appends its steps and epochs here. */
  delta: MetricsDelta;
  /** The rate the header shows: the recent one while training, the whole run's once it is over. */
  samplesPerSec = 0;
  private lastBoundary = 0;
  private boundaryInterval = BOUNDARY_MS;
  /** Where the warnings last posted were shown (`where(active)`). */
  private postedWhere = '';
  /** The texts of the warnings last posted: a standing warning's evidence is refreshed every epoch. */
  private postedTexts = '';

  constructor(private readonly source: OutboxSource) {
    this.delta = emptyMetrics(source.layerCount);
  }

  /** Posts the metrics gathered so far, unless one was posted under FLUSH_MS ago and `force` is off. */
  flush(force: boolean): void {
    const { clock, post, runId } = this.source;
    if (!force && clock.sinceFlush() < FLUSH_MS) return;
    this.samplesPerSec = clock.flushRate();
    const now = performance.now();
    post({ type: 'metrics', runId, delta: this.delta, progress: this.source.progress() });
    this.delta = emptyMetrics(this.source.layerCount);
    // A raised warning follows its condition (exploding-gradient moves to the layer now worst)
    // without being raised again: the host must see where it now is.
    if (where(this.source.active()) !== this.postedWhere) this.postDiagnostics([]);
    if (now - this.lastBoundary >= this.boundaryInterval) this.postBoundary();
  }

  /** Posts the metrics, then the warnings an epoch raised (or the list left after it cleared some). */
  postChange(raised: Diagnostic[]): void {
    this.postedWhere = where(this.source.active()); // posted just below: the flush need not
    this.flush(true);
    this.postDiagnostics(raised);
  }

  /**
   * When the run pauses or ends, posts the standing warnings again if their texts changed since they were
   * posted, so what the user reads then is the run's latest evidence:
   * the monitor refreshes a warning's evidence every epoch, but posting each refresh would redraw the
   * Problems view every epoch. Without this the editor kept a warning's text from the epoch it was
   * raised while the CLI printed its last (blind232 ok.pass-relu-adam: "87 epochs ago" and a training
   * loss of 0.0167 in the editor, "116 epochs ago" and 0.00918 from `nn-debugger train`).
   */
  postRefreshedTexts(): void {
    if (texts(this.source.active()) !== this.postedTexts) this.postDiagnostics([]);
  }

  /** Posts the decision boundary, and spaces the next one so the grids take at most BOUNDARY_SHARE of the time. */
  postBoundary(): void {
    const started = performance.now();
    const grid = boundaryGrid(this.source.trainer, this.source.dataset);
    if (grid) this.source.post({ type: 'boundary', runId: this.source.runId, grid });
    this.lastBoundary = performance.now();
    this.boundaryInterval = Math.max(BOUNDARY_MS, (this.lastBoundary - started) / BOUNDARY_SHARE);
  }

  private postDiagnostics(raised: Diagnostic[]): void {
    const active = this.source.active();
    this.postedWhere = where(active);
    this.postedTexts = texts(active);
    this.source.post({ type: 'diagnostics', runId: this.source.runId, active, raised });
  }
}

/** The warnings' messages, to tell a refreshed text from the one posted. */
function texts(active: readonly Diagnostic[]): string {
  return active.map((d) => d.message).join('\n');
}

/** Which warnings are shown where: changes when one is raised, cleared or moves to another key. */
function where(active: readonly Diagnostic[]): string {
  return active.map((d) => `${d.code}@${d.path}`).join('\n');
}
