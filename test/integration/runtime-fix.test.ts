import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, workspaceFile, until } from './helpers';
import type { NnDebuggerApi } from '../../src/extension';
import type { TrainingRun } from '../../src/training/training-run';

async function trainToEnd(api: NnDebuggerApi, doc: vscode.TextDocument): Promise<TrainingRun> {
  await vscode.commands.executeCommand('nnDebugger.train', doc.uri);
  const run = await until('a run', () => api.manager.runFor(doc.uri));
  return until('the run to finish', () => !run.isLive && run, 60_000);
}

const codeOf = (d: vscode.Diagnostic) => (d.code as { value: string } | undefined)?.value;

/** Registers the suite; called by index.ts once mocha's globals exist. */
export function runtimeFixTests(): void {
  let api: NnDebuggerApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<NnDebuggerApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    api = await extension.activate();
  });

  describe('runtime warnings after the user edits the spec', () => {
    it('dead-relu follows an unrelated edit, then goes once its quick fix is applied (and returns on undo)', async () => {
      const doc = await vscode.workspace.openTextDocument(workspaceFile('faults/dead-relu.nn.json'));
      const editor = await vscode.window.showTextDocument(doc);
      const original = doc.getText();
      const run = await trainToEnd(api, doc);
      const raised = run.active.find((d) => d.code === 'dead-relu');
      assert.ok(raised, `the run raised dead-relu: ${run.active.map((d) => d.code).join(', ')}`);
      // The run's warning, told apart from an edit-time probe finding by its message.
      const runtimeWarning = () => vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'dead-relu' && d.message === raised.message);
      try {
        await until('the runtime dead-relu', runtimeWarning);
        await editor.edit((e) => e.insert(new vscode.Position(1, 0), '  "name": "dead relu, renamed",\n'));
        const moved = await until('the warning to follow the edit', () => {
          const d = runtimeWarning();
          return d && d.range.start.line === 4 && d;
        });
        assert.equal(doc.getText(moved.range), '"relu"');
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, moved.range, vscode.CodeActionKind.QuickFix.value);
        const leaky = actions.find((a) => a.title === 'Set "activation" to "leaky_relu"');
        assert.ok(leaky?.edit, actions.map((a) => a.title).join(', '));
        assert.ok(await vscode.workspace.applyEdit(leaky.edit), 'the fix applies');
        assert.match(doc.getText(), /"activation": "leaky_relu", "bias": -10/);
        await until('every dead-relu to go', () => !vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'dead-relu'), 5_000);
        assert.equal(api.manager.runFor(doc.uri), run, 'no new run: the edit alone retired it');
      } finally {
        const edit = new vscode.WorkspaceEdit();
        edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
        await vscode.workspace.applyEdit(edit);
        await doc.save();
      }
      const back = await until('the warning to return with the text the run trained', runtimeWarning, 5_000);
      assert.equal(back.range.start.line, 3);
    });
  });

  describe('a run whose loss becomes NaN', () => {
    it('stops, keeps the last good weights and says so in nan-loss and the hover', async () => {
      const doc = await vscode.workspace.openTextDocument(workspaceFile('faults/nan-loss.nn.json'));
      await vscode.window.showTextDocument(doc);
      const run = await trainToEnd(api, doc);
      assert.equal(run.progress.state, 'diverged');
      assert.ok(run.restored, 'the worker reported where the weights went back to');
      const nan = await until('nan-loss', () => vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'nan-loss'));
      assert.match(nan.message, /Weights restored to (epoch \d+|their initial values)/);
      const position = doc.positionAt(doc.getText().indexOf('"units"'));
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
      const text = hovers.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value ?? String(c))).join('\n');
      assert.match(text, /the weights were restored to/);
      if (run.boundary) assert.ok(run.boundary.values.every(Number.isFinite), 'the last boundary is drawn from finite weights');
    });
  });
}
