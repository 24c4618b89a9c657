import * as vscode from 'vscode';
import { statusText, statusTooltip } from './status-text';
import type { TrainingManager } from './training/manager';

/** Epoch, loss and samples/s (or the fix being tried) of the active editor's run while it trains; a click shows the panel. */
export class TrainingStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('nnDebugger.training', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];
  private lastDraw = 0;

  constructor(private readonly manager: TrainingManager) {
    this.item.name = 'NN Debugger training';
    this.item.command = 'nnDebugger.showPanel';
    this.subscriptions.push(
      manager.onRunEvent((e) => this.update(e.kind !== 'metrics')),
      vscode.window.onDidChangeActiveTextEditor(() => this.update(true)),
    );
  }

  private update(force: boolean): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < 250) return;
    this.lastDraw = now;
    const live = this.shownRun();
    if (!live) {
      this.item.hide();
      return;
    }
    const { run } = live;
    const last = run.history?.metrics.loss;
    const loss = last && last.length > 0 ? last[last.length - 1] : undefined;
    this.item.text = statusText(run.progress, loss);
    this.item.tooltip = statusTooltip(run.progress, run.source.defaultName);
    this.item.show();
  }

  /** The active editor's run if it is live, else any live run. */
  private shownRun() {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const runs = this.manager.liveRuns();
    return runs.find((r) => r.uri === uri?.toString()) ?? runs[0];
  }

  dispose(): void {
    this.item.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
