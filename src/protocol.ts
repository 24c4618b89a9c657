/**
 * Every message between the extension host, the training worker and the panel webview, in one file
 * imported by all three. Each channel is a discriminated union on `type`. The webview and the worker
 * say `ready` first; after that the host sends a full snapshot once and small deltas from then on.
 */
import type { DataProblem } from './spec/csv-dataset';
import type { KeptLoad } from './spec/data-cache';
import type { Diagnostic, DiagnosticCode, DiagnosticsConfig } from './spec/types';

/** Lifecycle of one training run. */
export type RunState = 'idle' | 'training' | 'paused' | 'stopped' | 'diverged' | 'done' | 'error';

/** Whether a run in this state is over: done, stopped, diverged or failed (it will train no more). */
export function runHasEnded(state: RunState): boolean {
  return state === 'stopped' || state === 'done' || state === 'diverged' || state === 'error';
}

/** Static facts about one dense layer, sent once per run. */
export interface LayerInfo {
  /** Index in `spec.layers`, also the JSON Pointer `/layers/<index>`. */
  index: number;
  name: string;
  units: number;
  activation: string;
  paramCount: number;
}

/** Per-layer instruments of a batch of steps, as columns aligned with `MetricsDelta.steps`. */
export interface LayerSeries {
  gradNorm: number[];
  weightNorm: number[];
  updateRatio: number[];
  /** ReLU-family layers only; otherwise empty. */
  deadFraction: number[];
  /** Sigmoid/tanh layers only; otherwise empty. */
  saturatedFraction: number[];
}

/** One finished epoch. */
export interface EpochRow {
  epoch: number;
  step: number;
  loss: number;
  valLoss?: number;
  accuracy?: number;
  valAccuracy?: number;
}

/** New step metrics since the last delta, in columns so they stay small and cheap to append. */
export interface MetricsDelta {
  /** Global step numbers (1-based count of batches trained). */
  steps: number[];
  loss: number[];
  /** One entry per dense layer, in `LayerInfo` order. */
  layers: LayerSeries[];
  /** Epochs finished since the last delta. */
  epochs: EpochRow[];
}

/** Predicted class probabilities on a grid over the 2-D input space, for the decision-boundary map. */
export interface BoundaryGrid {
  /** Grid resolution per side. */
  size: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  /** size × size values in [0, 1], row-major from yMin: probability of the "positive" class (or argmax / (classes−1)). */
  values: number[];
  /** The training points (in the same input space) and their class index. */
  points: { x: number; y: number; label: number }[];
  classes: number;
}

/** Progress counters shown in the panel header and the status bar. */
export interface Progress {
  state: RunState;
  epoch: number;
  totalEpochs: number;
  step: number;
  /** Recent throughput of the run's own training; its average (pauses and advice trials excluded) once it has ended. */
  samplesPerSec: number;
  /** Set while an advice trial trains a quick fix of a warning (`code`) to decide whether to show it. */
  trial?: TrialUnderWay;
}

/** The advice trial under way: the warning it decides and the title of the fix it is training. */
export interface TrialUnderWay {
  code: DiagnosticCode;
  fix: string;
}

// ---------------------------------------------------------------- host → worker

/** Host → worker messages. */
export type HostToWorker =
  /** Start a new run on this spec text (the worker parses, loads data and trains it); `kept` is the host's load of its CSV, so the worker need not read the file. */
  | { type: 'start'; runId: number; paused?: boolean; kept?: KeptLoad<DataProblem> } & SpecSource
  /** Pause after the current batch. */
  | { type: 'pause' }
  /** Continue a paused run. */
  | { type: 'resume' }
  /** Train exactly one batch, then stay paused. */
  | { type: 'step' }
  /** End the run; the worker answers with `finished`. */
  | { type: 'stop' };

// ---------------------------------------------------------------- worker → host

/** Worker → host messages. */
export type WorkerToHost =
  /** The worker is loaded and listening. */
  | { type: 'ready' }
  /** The run started: the layers it has and its size. */
  | { type: 'started'; runId: number; layers: LayerInfo[]; totalEpochs: number; stepsPerEpoch: number; inputs: number }
  /** New metrics and counters since the last `metrics` message (sent at most ~20 times a second). */
  | { type: 'metrics'; runId: number; delta: MetricsDelta; progress: Progress }
  /** Runtime diagnostics changed: the full current set (small), replacing the previous one. */
  | { type: 'diagnostics'; runId: number; active: Diagnostic[]; raised: Diagnostic[] }
  /** A new decision-boundary grid (2-input data only). */
  | { type: 'boundary'; runId: number; grid: BoundaryGrid }
  /** The run ended (done, stopped, diverged) or could not start (error, with the static diagnostics). */
  | { type: 'finished'; runId: number; progress: Progress; message?: string; diagnostics?: Diagnostic[]; restored?: RestoredPoint };

/** Where a diverged run's weights went back to: the end of `epoch` (0-based), or the initial weights when absent. */
export interface RestoredPoint {
  epoch?: number;
  /** Training steps taken when those weights were saved (0 for the initial weights). */
  step: number;
}

// ---------------------------------------------------------------- host ↔ probe worker

/** Where a spec lives and what it says: enough for a worker to check it on its own. */
export interface SpecSource {
  specText: string;
  specDir: string;
  workspaceRoot: string;
  defaultName: string;
  /** Detector thresholds from the user's settings (the spec's own `diagnostics` win). */
  diagnosticDefaults?: Partial<DiagnosticsConfig>;
}

/**
 * Host → probe worker: probe a spec after an edit, run the learning-rate finder on it, or read its
 * large CSV (`loadData`) so that the host, which keeps the load, never blocks on the file.
 */
export type HostToProbeWorker = ({ type: 'probe' } | { type: 'lrFind' } | { type: 'loadData' }) & SpecSource & { id: number };

/** The learning-rate finder's curve and suggestion, as the panel draws it. */
export interface LrFinderCurve {
  optimizer: string;
  /** The spec's own rate. */
  specLr: number;
  /** Strictly increasing rates, one per step of the sweep. */
  lrs: number[];
  /** The smoothed loss at each rate. */
  losses: number[];
  /** The rate offered: the valley rule's, or on a short run the rule that won the race for it. */
  suggestion?: number;
  /** Index into `lrs` of the suggestion. */
  suggestionIndex?: number;
  /** The rule that made `suggestion`: "valley" or "minimum". */
  rule: string;
  stoppedEarly: boolean;
  sampleRows: number;
  /** On a short run, the two rules' rates trained for the run's steps on the sample (`raceFinderRules`). */
  runRace?: LrFinderRunRace;
}

/** The rate the finder offers, as the quick fix writes it and the panel shows it: the suggestion to two significant digits. */
export function offeredLr(curve: Pick<LrFinderCurve, 'suggestion'>): number | undefined {
  return curve.suggestion === undefined ? undefined : Number(curve.suggestion.toPrecision(2));
}

/** The race of the finder's two rules over the spec's own run, as the panel and the notification tell it. */
export interface LrFinderRunRace {
  /** The run's steps, each trial's too. */
  steps: number;
  /** Index into `lrs` of each rule's rate. */
  valleyIndex: number;
  minimumIndex: number;
  /** Standing loss on the sample after each trial; absent when the loss stopped being a number. */
  valleyLoss?: number;
  minimumLoss?: number;
  /** The race in words (`describeRace`), for the notification and the panel's caption. */
  summary: string;
}

/** Probe worker → host. */
export type ProbeWorkerToHost =
  /** The probe's diagnostics for request `id` (empty when the spec has errors: the static check reports them), and the paths of static rules of thumb its measurements disproved. */
  | { type: 'probed'; id: number; diagnostics: Diagnostic[]; cleared?: string[]; probeMs: number; skipped?: string }
  /** The finder's curve, or why there is none. */
  | { type: 'lrFound'; id: number; curve?: LrFinderCurve; message?: string }
  /** The spec's CSV as read and prepared, with the key the host keeps it under; none when there is nothing to keep. */
  | { type: 'dataLoaded'; id: number; kept?: KeptLoad<DataProblem> };

// ---------------------------------------------------------------- webview → host

/** Commands the panel's buttons send. */
export type PanelCommand = 'train' | 'pause' | 'resume' | 'step' | 'stop' | 'restart';

/** Webview → host messages. Each is validated by `isWebviewToHost` before use. */
export type WebviewToHost =
  /** The panel script loaded and wants a snapshot. */
  | { type: 'ready' }
  /** A header button was pressed. */
  | { type: 'command'; command: PanelCommand }
  /** A warning was clicked: reveal this JSON Pointer in the spec. */
  | { type: 'reveal'; path: string }
  /** Export the run's full metrics. */
  | { type: 'export'; format: 'csv' | 'json' };

// ---------------------------------------------------------------- host → webview

/** Everything the panel draws, sent once after `ready` and on every new run. */
export interface PanelSnapshot {
  specName: string;
  specUri: string;
  runId: number;
  layers: LayerInfo[];
  progress: Progress;
  metrics: MetricsDelta;
  diagnostics: Diagnostic[];
  /** Every runtime diagnostic raised in this run, with the step it fired at, for the timeline. */
  timeline: { step: number; code: string; path: string; message: string }[];
  boundary?: BoundaryGrid;
  /** The spec was edited since this run started. */
  specChanged: boolean;
  /** The run diverged and its weights went back to this point (the boundary shows that model). */
  restored?: RestoredPoint;
}

/** Host → webview messages. */
export type HostToWebview =
  /** Replace everything (first load, new run, reload). */
  | { type: 'snapshot'; snapshot: PanelSnapshot }
  /** Append new metrics and update the counters. */
  | { type: 'metrics'; runId: number; delta: MetricsDelta; progress: Progress }
  /** The run's state or counters changed without new metrics. */
  | { type: 'progress'; runId: number; progress: Progress }
  /** The current runtime diagnostics and the timeline entries added since the last message. */
  | { type: 'diagnostics'; runId: number; active: Diagnostic[]; timeline: PanelSnapshot['timeline'] }
  /** A new decision-boundary grid. */
  | { type: 'boundary'; runId: number; grid: BoundaryGrid }
  /** The spec was edited during the run: offer to restart with it. */
  | { type: 'specChanged'; changed: boolean }
  /** The learning-rate finder's curve for this spec (command "Find Learning Rate"). */
  | { type: 'lrFinder'; curve: LrFinderCurve };

const PANEL_COMMANDS: readonly string[] = ['train', 'pause', 'resume', 'step', 'stop', 'restart'];

/** Validates a message from the webview: it is untrusted input, so check every field before use. */
export function isWebviewToHost(value: unknown): value is WebviewToHost {
  if (typeof value !== 'object' || value === null) return false;
  const msg = value as Record<string, unknown>;
  switch (msg.type) {
    case 'ready':
      return true;
    case 'command':
      return typeof msg.command === 'string' && PANEL_COMMANDS.includes(msg.command);
    case 'reveal':
      return typeof msg.path === 'string' && msg.path.length < 1000 && /^(\/[^/]*)*$/.test(msg.path);
    case 'export':
      return msg.format === 'csv' || msg.format === 'json';
    default:
      return false;
  }
}

/** An empty metrics delta with one series per layer. */
export function emptyMetrics(layerCount: number): MetricsDelta {
  return {
    steps: [],
    loss: [],
    epochs: [],
    layers: Array.from({ length: layerCount }, () => ({ gradNorm: [], weightNorm: [], updateRatio: [], deadFraction: [], saturatedFraction: [] })),
  };
}
