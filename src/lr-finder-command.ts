import * as vscode from 'vscode';
import { fmt } from './diagnosis/context';
import type { PanelRegistry } from './panels';
import type { ProbeRunner } from './probe-runner';
import { HostToWebview, LrFinderCurve, offeredLr } from './protocol';
import type { SpecChecker } from './spec-checker';
import { setValueEdits } from './diagnosis/json-edits';

/** What "Find Learning Rate" needs from the extension. */
export interface LrFinderContext {
  checker: SpecChecker;
  probes: ProbeRunner;
  panels: () => PanelRegistry;
}

/** The last curve per spec, re-sent whenever its panel's page (re)loads. */
const curves = new Map<string, LrFinderCurve>();
const hooked = new WeakSet<vscode.WebviewPanel>();

/**
 * `nnDebugger.findLearningRate`: runs the range test in the probe worker, shows the curve with the
 * suggestion marked in the spec's panel, and offers to write the suggestion into `optimizer.lr`.
 * Resolves with the curve (tests read it), or undefined when there is none.
 */
export async function findLearningRate(ctx: LrFinderContext, doc: vscode.TextDocument): Promise<LrFinderCurve | undefined> {
  const errors = ctx.checker.checkNow(doc)?.diagnostics.filter((d) => d.severity === 'error') ?? [];
  if (errors.length > 0) {
    void vscode.window.showErrorMessage(`NN Debugger: fix the errors in the spec before finding a learning rate. First: ${errors[0].message}`);
    return undefined;
  }
  const answer = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'NN Debugger: finding a learning rate…' },
    () => ctx.probes.findLearningRate(doc),
  );
  if (!answer.curve) {
    void vscode.window.showErrorMessage(answer.message ?? 'NN Debugger: the learning-rate finder gave no answer.');
    return undefined;
  }
  showCurve(ctx.panels(), doc.uri, answer.curve);
  void offerToSet(doc, answer.curve);
  return answer.curve;
}

/** Puts the curve in the spec's panel (opening it), now and after every reload of the page. */
function showCurve(panels: PanelRegistry, uri: vscode.Uri, curve: LrFinderCurve): void {
  curves.set(uri.toString(), curve);
  const webviewPanel = panels.show(uri).panel;
  const message = (): HostToWebview => ({ type: 'lrFinder', curve: curves.get(uri.toString())! });
  if (!hooked.has(webviewPanel)) {
    hooked.add(webviewPanel);
    // The panel answers `ready` with a snapshot first (its listener came first); the curve follows it.
    webviewPanel.webview.onDidReceiveMessage((msg: { type?: unknown }) => {
      if (msg?.type === 'ready') void webviewPanel.webview.postMessage(message());
    });
  }
  void webviewPanel.webview.postMessage(message());
}

async function offerToSet(doc: vscode.TextDocument, curve: LrFinderCurve): Promise<void> {
  const suggestion = offeredLr(curve);
  if (suggestion === undefined) {
    void vscode.window.showWarningMessage('NN Debugger: no learning rate to suggest: the loss never fell during the sweep. Check the spec\'s other warnings.');
    return;
  }
  const action = `Set lr to ${fmt(suggestion)}`;
  const why = curve.runRace ? `${curve.rule} rule of the range test: ${curve.runRace.summary}` : `${curve.rule} rule of the range test`;
  const text = `NN Debugger: suggested learning rate ${fmt(suggestion)} (${why}; the spec has ${fmt(curve.specLr)}).`;
  const choice = await vscode.window.showInformationMessage(text, action);
  if (choice !== action || doc.isClosed) return;
  const edits = setValueEdits(doc.getText(), '/optimizer/lr', suggestion);
  if (!edits) return;
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.content);
  await vscode.workspace.applyEdit(edit);
}
