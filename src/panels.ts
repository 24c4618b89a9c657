import * as path from 'path';
import * as vscode from 'vscode';
import { PanelActions, PANEL_VIEW_TYPE, TrainingPanel } from './panel';
import type { TrainingManager } from './training/manager';

/** Saved with the webview so a reloaded window knows which spec a restored panel belongs to. */
interface SavedPanelState {
  specUri?: string;
  snapshot?: { specUri?: string };
}

/** The training panels, one per spec; restores them after a window reload. */
export class PanelRegistry implements vscode.Disposable, vscode.WebviewPanelSerializer<SavedPanelState> {
  private readonly panels = new Map<string, TrainingPanel>();

  constructor(private readonly extensionUri: vscode.Uri, private readonly manager: TrainingManager, private readonly actions: PanelActions) {}

  /** The panel of a spec, if open. */
  get(uri: vscode.Uri): TrainingPanel | undefined {
    return this.panels.get(uri.toString());
  }

  /** Shows a spec's panel beside the editor, creating it if needed. */
  show(uri: vscode.Uri, preserveFocus = true): TrainingPanel {
    const existing = this.get(uri);
    if (existing) {
      existing.panel.reveal(undefined, preserveFocus);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(PANEL_VIEW_TYPE, titleFor(uri), { viewColumn: vscode.ViewColumn.Beside, preserveFocus }, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')],
    });
    return this.adopt(panel, uri);
  }

  /** Called by VS Code after a reload for each panel that was open. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: SavedPanelState | undefined): Promise<void> {
    const specUri = state?.specUri ?? state?.snapshot?.specUri;
    if (!specUri) {
      panel.dispose();
      return;
    }
    this.adopt(panel, vscode.Uri.parse(specUri));
  }

  private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri): TrainingPanel {
    const key = uri.toString();
    const wrapper = new TrainingPanel(panel, uri, this.extensionUri, this.manager, this.actions, () => this.panels.delete(key));
    this.panels.set(key, wrapper);
    return wrapper;
  }

  dispose(): void {
    for (const p of this.panels.values()) p.panel.dispose();
  }
}

function titleFor(uri: vscode.Uri): string {
  return `Training: ${path.basename(uri.fsPath).replace(/\.nn\.json$/i, '')}`;
}
