/**
 * The edit-time probe's thresholds in a real VS Code: a user setting re-probes the open spec with
 * the new value (no edit needed), and the spec's own `diagnostics` block wins over the setting.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, workspaceFile } from './helpers';
import type { NnDebuggerApi } from '../../src/extension';

/** Thresholds that let the fixture's rate through: its updates rewrite 24% of the weights per step, its loss rebounds by 0.92 of its start. */
const LOOSE = { probeHighUpdateRatio: 0.5, probeLossRebound: 1 };

const codeOf = (d: vscode.Diagnostic) => (d.code as { value: string } | undefined)?.value;

/** Registers the suite; called by index.ts once mocha's globals exist. */
export function probeSettingsTests(): void {
  describe('probe thresholds from settings and the spec', () => {
    let api: NnDebuggerApi;
    const uri = workspaceFile('probe/settings.tmp.nn.json');
    const config = () => vscode.workspace.getConfiguration('nnDebugger.diagnostics');
    // The probe's measured finding: when the loose thresholds silence it, the static rule of thumb on
    // RMSprop 0.1 (rules-rate.ts, also lr-too-high) takes its place, so the two are told apart by text.
    const measured = (d: vscode.Diagnostic) => codeOf(d) === 'lr-too-high' && d.message.startsWith('Learning rate too high: training a fresh network');
    const warned = () => vscode.languages.getDiagnostics(uri).some(measured);
    /** Resolves at the next probe of the spec published in the editor. */
    const nextProbe = () =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timed out waiting for a probe')), 20_000);
        const sub = api.probes.onDidProbe((e) => {
          if (e.uri.toString() !== uri.toString()) return;
          clearTimeout(timer);
          sub.dispose();
          resolve();
        });
      });
    /**
     * Waits until lr-too-high is shown (or not). Each setting re-probes on its own, and a stale answer
     * is never published, so the state settles on the probe of the last value.
     */
    const settles = async (shown: boolean, what: string) => {
      const end = Date.now() + 20_000;
      while (warned() !== shown) {
        if (Date.now() > end) throw new Error(`${what}: ${vscode.languages.getDiagnostics(uri).map((d) => d.message).join(' | ')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const setAll = async (values: Record<string, number | undefined>) => {
      for (const [key, value] of Object.entries(values)) await config().update(key, value, vscode.ConfigurationTarget.Global);
    };

    before(async () => {
      const extension = vscode.extensions.getExtension<NnDebuggerApi>(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is installed`);
      api = await extension.activate();
      await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(workspaceFile('probe/lr-too-high.nn.json')));
    });

    after(async () => {
      await setAll({ probeHighUpdateRatio: undefined, probeLossRebound: undefined });
      await vscode.workspace.fs.delete(uri);
    });

    it('a changed setting re-probes the open spec: lr-too-high goes, then comes back', async () => {
      const probed = nextProbe();
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc);
      await probed;
      assert.ok(warned(), 'the defaults flag lr 0.1 on this spec');
      await setAll(LOOSE);
      await settles(false, 'lr-too-high should clear with the loose settings');
      const thumb = vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === 'lr-too-high');
      assert.deepEqual(thumb.map((d) => d.message.startsWith('RMSprop at lr 0.1')), [true], 'the rule of thumb stays alone');
      await setAll({ probeHighUpdateRatio: undefined, probeLossRebound: undefined });
      await settles(true, 'lr-too-high should come back with the defaults');
    });

    it('the spec\'s own diagnostics value wins over the setting', async () => {
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc);
      await setAll(LOOSE);
      await settles(false, 'lr-too-high should clear with the loose settings');
      const end = doc.getText().lastIndexOf('}');
      await editor.edit((e) => e.insert(doc.positionAt(end), ',\n  "diagnostics": { "probeHighUpdateRatio": 0.1 }\n'));
      await settles(true, 'the spec\'s 0.1 should apply, not the setting\'s 0.5');
      const found = vscode.languages.getDiagnostics(uri).find(measured);
      assert.ok(found, 'the spec\'s 0.1 applies, not the setting\'s 0.5');
      assert.match(found.message, /above 10% the updates overshoot/);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  });
}
