import * as vscode from 'vscode';
import { SpecCodeActions } from './code-actions';
import { SpecCodeLens } from './code-lens';
import { registerCommands } from './commands';
import { SpecDiagnostics } from './diagnostics-adapter';
import { LayerHover } from './hover';
import { PANEL_VIEW_TYPE } from './panel';
import { PanelRegistry } from './panels';
import { ProbeRunner } from './probe-runner';
import { ProbeClient } from './training/probe-client';
import { SpecChecker } from './spec-checker';
import { TrainingStatusBar } from './status-bar';
import { TrainingManager } from './training/manager';

const SPEC_SELECTOR: vscode.DocumentSelector = { pattern: '**/*.nn.json' };

/** What tests and other extensions can reach after activation. */
export interface NnDebuggerApi {
  manager: TrainingManager;
  checker: SpecChecker;
  panels: PanelRegistry;
  /** The edit-time probe (its latency figures too). */
  probes: ProbeRunner;
  /** Milliseconds `activate` took. */
  activationMs: number;
}

/** Activated when a `.nn.json` opens or an `nnDebugger.*` command runs. */
export function activate(context: vscode.ExtensionContext): NnDebuggerApi {
  const started = Date.now();
  const docsUri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'diagnostics.md');
  const diagnostics = new SpecDiagnostics(docsUri);
  // One worker for the probe, the finder and the reading of large CSV files, which the checker keeps.
  const probeClient = new ProbeClient(vscode.Uri.joinPath(context.extensionUri, 'dist', 'probe-worker.js').fsPath);
  const checker = new SpecChecker(diagnostics, (source) => probeClient.loadData(source));
  const manager = new TrainingManager(vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath, diagnostics);
  const panels: PanelRegistry = new PanelRegistry(context.extensionUri, manager, {
    command: (uri, command) => void vscode.commands.executeCommand(`nnDebugger.${command === 'restart' ? 'train' : command}`, uri),
    reveal: (uri, pointer) => void vscode.commands.executeCommand('nnDebugger.revealPath', uri, pointer),
  });
  const codeLens = new SpecCodeLens(manager);
  const probes = new ProbeRunner(probeClient, checker, diagnostics, manager);
  context.subscriptions.push(
    diagnostics,
    checker,
    manager,
    panels,
    new TrainingStatusBar(manager),
    vscode.languages.registerCodeLensProvider(SPEC_SELECTOR, codeLens),
    vscode.languages.registerHoverProvider(SPEC_SELECTOR, new LayerHover(checker, manager)),
    vscode.languages.registerCodeActionsProvider(SPEC_SELECTOR, new SpecCodeActions(diagnostics), {
      providedCodeActionKinds: SpecCodeActions.providedCodeActionKinds,
    }),
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, panels),
    vscode.workspace.onDidChangeTextDocument((e) => markEdited(e.document, manager, panels)),
    probes,
    ...registerCommands({ checker, manager, panels: () => panels, probes }),
  );
  return { manager, checker, panels, probes, activationMs: Date.now() - started };
}

/** Editing a spec during its run leaves the run alone; the panel offers to restart with the edit. */
function markEdited(doc: vscode.TextDocument, manager: TrainingManager, panels: PanelRegistry): void {
  const run = manager.runFor(doc.uri);
  if (!run) return;
  panels.get(doc.uri)?.setSpecChanged(doc.getText() !== run.source.specText);
}

export function deactivate(): void {
  // Disposables registered on the context stop every run and close the panels.
}
