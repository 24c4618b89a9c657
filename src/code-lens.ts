import * as vscode from 'vscode';
import type { TrainingManager } from './training/manager';

/** "▶ Train · ✓ Check gradients" at the top of a spec, "■ Stop" while it trains. */
export class SpecCodeLens implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly manager: TrainingManager) {
    manager.onRunEvent((e) => {
      if (e.kind === 'started' || e.kind === 'finished') this.changed.fire();
    });
  }

  /** Re-asks VS Code for the lenses (after a run starts from a command). */
  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const top = new vscode.Range(0, 0, 0, 0);
    const live = this.manager.runFor(doc.uri)?.isLive;
    const train = live
      ? { title: '■ Stop', command: 'nnDebugger.stop', arguments: [doc.uri], tooltip: 'Stop training this spec' }
      : { title: '▶ Train', command: 'nnDebugger.train', arguments: [doc.uri], tooltip: 'Train this spec and show the training panel' };
    return [
      new vscode.CodeLens(top, train),
      new vscode.CodeLens(top, { title: '✓ Check gradients', command: 'nnDebugger.checkGradients', arguments: [doc.uri], tooltip: 'Compare backpropagation with finite differences' }),
    ];
  }
}
