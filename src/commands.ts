import * as path from 'path';
import * as vscode from 'vscode';
import { GRADCHECK_TOLERANCE, gradientCheck } from './engine';
import { findLearningRate } from './lr-finder-command';
import type { ProbeRunner } from './probe-runner';
import { isSpecDocument, SpecChecker } from './spec-checker';
import type { PanelRegistry } from './panels';
import { rangeOfPointer } from './panel';
import type { TrainingManager } from './training/manager';
import { csvTemplate, formatSpec, TEMPLATES } from './templates';

/** Everything the commands act on. */
export interface CommandContext {
  checker: SpecChecker;
  manager: TrainingManager;
  panels: () => PanelRegistry;
  /** The edit-time probe's worker, which also runs the learning-rate finder. */
  probes: ProbeRunner;
}

/** Resolves the spec a command acts on: its argument, else the active editor. */
async function specDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : undefined;
  if (!doc || !isSpecDocument(doc)) {
    void vscode.window.showWarningMessage('NN Debugger: open a .nn.json spec first (or run "NN Debugger: New Spec").');
    return undefined;
  }
  return doc;
}

/** Registers every `nnDebugger.*` command. */
export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  const withDoc = (action: (doc: vscode.TextDocument) => unknown) => async (arg?: unknown) => {
    const doc = await specDocument(arg);
    if (doc) return action(doc);
  };
  const live = (doc: vscode.TextDocument) => ctx.manager.runFor(doc.uri);
  return [
    vscode.commands.registerCommand('nnDebugger.train', withDoc((doc) => train(ctx, doc, false))),
    vscode.commands.registerCommand('nnDebugger.stop', withDoc((doc) => ctx.manager.stop(doc.uri))),
    vscode.commands.registerCommand('nnDebugger.pause', withDoc((doc) => live(doc)?.pause())),
    vscode.commands.registerCommand('nnDebugger.resume', withDoc((doc) => live(doc)?.resume())),
    vscode.commands.registerCommand('nnDebugger.step', withDoc((doc) => (live(doc)?.isLive ? live(doc)!.step() : train(ctx, doc, true).then((run) => run?.step())))),
    vscode.commands.registerCommand('nnDebugger.showPanel', withDoc((doc) => ctx.panels().show(doc.uri, false))),
    vscode.commands.registerCommand('nnDebugger.checkGradients', withDoc((doc) => checkGradients(ctx, doc))),
    vscode.commands.registerCommand('nnDebugger.findLearningRate', withDoc((doc) => findLearningRate(ctx, doc))),
    vscode.commands.registerCommand('nnDebugger.newSpec', () => newSpec()),
    vscode.commands.registerCommand('nnDebugger.revealPath', (uri: vscode.Uri, pointer: string) => reveal(ctx, uri, pointer)),
  ];
}

/** Starts a run (after saving nothing: it trains the editor's current text) and shows its panel. */
async function train(ctx: CommandContext, doc: vscode.TextDocument, paused: boolean) {
  const result = ctx.checker.checkNow(doc);
  const errors = result?.diagnostics.filter((d) => d.severity === 'error') ?? [];
  if (errors.length > 0) {
    void vscode.window.showErrorMessage(`NN Debugger: ${path.basename(doc.fileName)} has ${errors.length} error(s); fix them to train. First: ${errors[0].message}`);
    return undefined;
  }
  const run = await ctx.manager.start(doc, { paused });
  ctx.panels().show(doc.uri);
  return run;
}

async function checkGradients(ctx: CommandContext, doc: vscode.TextDocument): Promise<number | undefined> {
  const result = ctx.checker.checkNow(doc);
  if (!result?.spec || !result.dataset || result.diagnostics.some((d) => d.severity === 'error')) {
    void vscode.window.showErrorMessage('NN Debugger: fix the errors in the spec before checking gradients.');
    return undefined;
  }
  const check = gradientCheck(result.spec, result.dataset);
  const worst = check.layers.reduce((a, b) => (b.maxRelError > a.maxRelError ? b : a));
  const text = `max relative error ${check.maxRelError.toExponential(2)} (worst: ${worst.name}, tolerance ${GRADCHECK_TOLERANCE.toExponential(0)})`;
  if (check.maxRelError <= GRADCHECK_TOLERANCE) void vscode.window.showInformationMessage(`NN Debugger: gradient check passed: ${text}.`);
  else void vscode.window.showErrorMessage(`NN Debugger: gradient check FAILED: ${text}.`);
  return check.maxRelError;
}

async function reveal(ctx: CommandContext, uri: vscode.Uri, pointer: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const range = rangeOfPointer(ctx.checker, doc, pointer);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
  if (range) {
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

async function newSpec(): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('NN Debugger: open a folder first; specs live in your workspace.');
    return undefined;
  }
  const picks = [...TEMPLATES.map((t) => ({ label: t.label, detail: t.detail, id: t.id })), { label: 'From a CSV file…', detail: 'Pick a CSV in the workspace and its target column', id: 'csv' }];
  const pick = await vscode.window.showQuickPick(picks, { title: 'New NN Debugger spec', placeHolder: 'Start from' });
  if (!pick) return undefined;
  const spec = pick.id === 'csv' ? await csvSpec(folder) : TEMPLATES.find((t) => t.id === pick.id)?.spec;
  if (!spec) return undefined;
  const name = await vscode.window.showInputBox({ title: 'File name', value: `${spec.name}.nn.json`, validateInput: (v) => (/^[\w.-]+\.nn\.json$/.test(v) ? undefined : 'Use a plain file name ending in .nn.json') });
  if (!name) return undefined;
  const target = vscode.Uri.joinPath(folder.uri, name);
  try {
    await vscode.workspace.fs.stat(target);
    void vscode.window.showErrorMessage(`NN Debugger: ${name} already exists; choose another name.`);
    return undefined;
  } catch {
    // Not there yet: good, we never overwrite the user's file.
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(formatSpec(spec), 'utf8'));
  await vscode.window.showTextDocument(target);
  return target;
}

async function csvSpec(folder: vscode.WorkspaceFolder): Promise<Record<string, unknown> | undefined> {
  const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.csv'), '**/node_modules/**', 200);
  if (files.length === 0) {
    void vscode.window.showWarningMessage('NN Debugger: no .csv file in the workspace.');
    return undefined;
  }
  const file = await vscode.window.showQuickPick(files.map((f) => ({ label: vscode.workspace.asRelativePath(f, false), uri: f })), { title: 'CSV data' });
  if (!file) return undefined;
  const text = Buffer.from(await vscode.workspace.fs.readFile(file.uri)).toString('utf8');
  const [header, ...rows] = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const columns = (header ?? '').split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  const target = await vscode.window.showQuickPick(columns, { title: 'Target column (what the network predicts)' });
  if (!target) return undefined;
  const values = rows.map((r) => r.split(',')[columns.indexOf(target)]?.trim() ?? '');
  const numeric = values.every((v) => v !== '' && Number.isFinite(Number(v)));
  const distinct = new Set(values).size;
  const classes = !numeric || (values.every((v) => Number.isInteger(Number(v))) && distinct <= 10) ? distinct : undefined;
  return csvTemplate(file.label, target, classes, path.basename(file.label, '.csv'));
}
