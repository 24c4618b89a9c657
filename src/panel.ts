import * as path from 'path';
import * as vscode from 'vscode';
import { HostToWebview, isWebviewToHost, PanelSnapshot, WebviewToHost } from './protocol';
import { panelHtml } from './panel-html';
import type { SpecChecker } from './spec-checker';
import type { RunEvent, TrainingManager } from './training/manager';
import type { TrainingRun } from './training/training-run';

/** The webview panel type; also the serializer's key, so panels survive a window reload. */
export const PANEL_VIEW_TYPE = 'nnDebugger.trainingPanel';

/** What the panel asks the extension to do. */
export interface PanelActions {
  command(uri: vscode.Uri, command: Extract<WebviewToHost, { type: 'command' }>['command']): void;
  reveal(uri: vscode.Uri, pointer: string): void;
}

/** One training panel per spec, beside the editor, titled with the spec's name. */
export class TrainingPanel implements vscode.Disposable {
  private ready = false;
  private changed = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly specUri: vscode.Uri,
    extensionUri: vscode.Uri,
    private readonly manager: TrainingManager,
    private readonly actions: PanelActions,
    private readonly onDisposed: () => void,
  ) {
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')] };
    panel.webview.html = panelHtml(panel.webview, extensionUri, panel.title);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.svg');
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((msg) => this.receive(msg)),
      manager.onRunEvent((e) => this.forward(e)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  /** Marks the spec as edited since the run started (the panel offers a restart). */
  setSpecChanged(changed: boolean): void {
    if (this.changed === changed) return;
    this.changed = changed;
    this.post({ type: 'specChanged', changed });
  }

  /** Whether the spec was edited since the shown run started. */
  get specChanged(): boolean {
    return this.changed;
  }

  /** Sends the full state again (new run, or the webview reloaded). */
  sendSnapshot(): void {
    this.post({ type: 'snapshot', snapshot: this.snapshot(this.manager.runFor(this.specUri)) });
  }

  private snapshot(run: TrainingRun | undefined): PanelSnapshot {
    const name = path.basename(this.specUri.fsPath).replace(/\.nn\.json$/i, '');
    const progress = run?.progress ?? { state: 'idle', epoch: 0, totalEpochs: 0, step: 0, samplesPerSec: 0 };
    return {
      specName: name,
      specUri: this.specUri.toString(),
      runId: run?.runId ?? 0,
      layers: run?.layers ?? [],
      progress,
      metrics: run?.history?.metrics ?? { steps: [], loss: [], layers: [], epochs: [] },
      diagnostics: run ? [...run.startErrors, ...run.active] : [],
      timeline: run?.timeline ?? [],
      boundary: run?.boundary,
      specChanged: this.changed,
      ...(run?.restored && { restored: run.restored }),
    };
  }

  private forward(e: RunEvent): void {
    if (e.uri.toString() !== this.specUri.toString()) return;
    const { run } = e;
    if (e.kind === 'started') {
      this.changed = false;
      this.sendSnapshot();
    } else if (e.kind === 'metrics') this.post({ type: 'metrics', runId: run.runId, delta: e.delta, progress: run.progress });
    else if (e.kind === 'diagnostics') this.post({ type: 'diagnostics', runId: run.runId, active: run.active, timeline: run.timeline });
    else if (e.kind === 'boundary' && run.boundary) this.post({ type: 'boundary', runId: run.runId, grid: run.boundary });
    else if (e.kind === 'finished') this.sendSnapshot();
  }

  private receive(msg: unknown): void {
    if (!isWebviewToHost(msg)) return;
    if (msg.type === 'ready') {
      this.ready = true;
      this.sendSnapshot();
    } else if (msg.type === 'command') this.actions.command(this.specUri, msg.command);
    else if (msg.type === 'reveal') this.actions.reveal(this.specUri, msg.path);
    else if (msg.type === 'export') void this.export(msg.format);
  }

  private async export(format: 'csv' | 'json'): Promise<void> {
    const history = this.manager.runFor(this.specUri)?.history;
    if (!history) {
      void vscode.window.showInformationMessage('NN Debugger: nothing to export yet. Train the spec first.');
      return;
    }
    const base = this.specUri.fsPath.replace(/\.nn\.json$/i, '');
    const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(`${base}.metrics.${format}`), filters: { [format.toUpperCase()]: [format] } });
    if (!target) return;
    const text = format === 'csv' ? history.toCsv() : history.toJson();
    await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
    void vscode.window.showInformationMessage(`NN Debugger: metrics exported to ${vscode.workspace.asRelativePath(target)}.`);
  }

  private post(msg: HostToWebview): void {
    if (this.ready) void this.panel.webview.postMessage(msg);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.onDisposed();
  }
}

/** Finds the range of a JSON Pointer in a spec, for revealing a warning's place. */
export function rangeOfPointer(checker: SpecChecker, doc: vscode.TextDocument, pointer: string): vscode.Range | undefined {
  const r = checker.resultFor(doc)?.parsed.rangeOf(pointer);
  return r ? new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character) : undefined;
}
