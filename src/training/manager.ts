import * as vscode from 'vscode';
import { specLocation } from '../spec-checker';
import type { SpecDiagnostics } from '../diagnostics-adapter';
import { keptDataOf, RunListener, TrainingRun } from './training-run';

/** What changed about a spec's run, for whoever draws it. */
export type RunEvent =
  | { kind: 'started' | 'finished' | 'diagnostics' | 'boundary'; uri: vscode.Uri; run: TrainingRun }
  | { kind: 'metrics'; uri: vscode.Uri; run: TrainingRun; delta: Parameters<NonNullable<RunListener['onMetrics']>>[1] };

/**
 * The runs of every spec: at most one live run per spec, several specs at once. Keeps each spec's
 * last run after it ends, for hovers and the panel.
 */
export class TrainingManager implements vscode.Disposable {
  private readonly runs = new Map<string, TrainingRun>();
  private readonly events = new vscode.EventEmitter<RunEvent>();
  /** Fires on every run event of every spec. */
  readonly onRunEvent = this.events.event;

  constructor(private readonly workerPath: string, private readonly diagnostics: SpecDiagnostics) {}

  /** The current or last run of a spec. */
  runFor(uri: vscode.Uri): TrainingRun | undefined {
    return this.runs.get(uri.toString());
  }

  /** Starts a new run of the document's current text, stopping its previous run first. */
  async start(doc: vscode.TextDocument, options: { paused?: boolean } = {}): Promise<TrainingRun> {
    const previous = this.runFor(doc.uri);
    if (previous?.isLive) await previous.stop();
    this.diagnostics.setRuntime(doc.uri, []);
    const source = { specText: doc.getText(), ...specLocation(doc.uri) };
    const run = new TrainingRun(this.workerPath, source, this.listenerFor(doc.uri), { ...options, kept: keptDataOf(source) });
    this.runs.set(doc.uri.toString(), run);
    return run;
  }

  /** Stops a spec's live run; resolves once its worker is gone. */
  async stop(uri: vscode.Uri): Promise<void> {
    await this.runFor(uri)?.stop();
  }

  /** Every spec with a live run. */
  liveRuns(): { uri: string; run: TrainingRun }[] {
    return [...this.runs.entries()].filter(([, run]) => run.isLive).map(([uri, run]) => ({ uri, run }));
  }

  private listenerFor(uri: vscode.Uri): RunListener {
    const fire = (kind: 'started' | 'finished' | 'diagnostics' | 'boundary') => (run: TrainingRun) => {
      if (this.runs.get(uri.toString()) === run) this.events.fire({ kind, uri, run });
    };
    return {
      onStarted: fire('started'),
      onBoundary: fire('boundary'),
      onMetrics: (run, delta) => {
        if (this.runs.get(uri.toString()) === run) this.events.fire({ kind: 'metrics', uri, run, delta });
      },
      onDiagnostics: (run, active) => {
        if (this.runs.get(uri.toString()) !== run) return;
        this.diagnostics.setRuntime(uri, active, run.source.specText);
        fire('diagnostics')(run);
      },
      onFinished: fire('finished'),
    };
  }

  dispose(): void {
    for (const run of this.runs.values()) void run.stop();
    this.events.dispose();
  }
}
