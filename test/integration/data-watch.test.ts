/**
 * A spec's CSV changing on disk in a real VS Code: the open spec is checked and probed again with
 * no edit to it, so fixing (or breaking) the data file shows at once. The spec reads
 * data-watch/houses.tmp.data (comma-separated under another name, as UCI's files are), which the
 * test writes from three versions: a ragged row, the raw house features (areas in the hundreds,
 * under plain SGD: an exploding gradient) and the same features divided by 100.
 */
import { strict as assert } from 'assert';
import { monitorEventLoopDelay } from 'perf_hooks';
import * as vscode from 'vscode';
import type { NnDebuggerApi } from '../../src/extension';
import { READ_IN_WORKER_OVER_BYTES } from '../../src/spec-checker';
import { EXTENSION_ID, until, workspaceFile } from './helpers';

const codeOf = (d: vscode.Diagnostic) => (d.code as { value: string } | undefined)?.value;

/** Registers the suite; called by index.ts once mocha's globals exist. */
export function dataWatchTests(): void {
  describe('a data file changed on disk', () => {
    const csv = workspaceFile('data-watch/houses.tmp.data');
    const spec = workspaceFile('data-watch/houses.nn.json');
    const codes = () => vscode.languages.getDiagnostics(spec).map(codeOf);
    const writeCsv = async (from: string) => vscode.workspace.fs.writeFile(csv, await vscode.workspace.fs.readFile(workspaceFile(`data-watch/${from}`)));

    before(async () => {
      assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is installed`);
      await vscode.workspace.fs.writeFile(csv, new TextEncoder().encode('area,rooms,age,distance,price\n1,2,3,4,5\n6,7\n'));
    });

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(csv);
    });

    it('re-checks and re-probes the open spec: a data error, then the probe on raw data, then on scaled data', async () => {
      const doc = await vscode.workspace.openTextDocument(spec);
      await vscode.window.showTextDocument(doc);
      const ragged = await until('the data error', () => vscode.languages.getDiagnostics(spec).find((d) => codeOf(d) === 'data-error'));
      assert.match(ragged.message, /line 3 has 2 values but the header has 5 columns/);
      assert.equal(doc.getText(ragged.range), '"houses.tmp.data"');
      await writeCsv('houses-raw.csv');
      await until(`the probe's exploding-gradient on the raw features (had ${codes().join()})`, () => codes().includes('exploding-gradient') && !codes().includes('data-error'));
      await writeCsv('houses-scaled.csv');
      await until(`the exploding-gradient to clear on scaled features (had ${codes().join()})`, () => codes().length > 0 && !codes().includes('exploding-gradient'));
      assert.equal(doc.isDirty, false, 'the spec itself was never edited');
    });
  });

  describe('a large data file', () => {
    const csv = workspaceFile('data-watch/large.tmp.csv');
    const spec = workspaceFile('data-watch/large.tmp.nn.json');

    before(async () => {
      // About 30 MB of rows: read on the host it blocked it for seconds; now the worker reads it.
      const rows = Array.from({ length: 1_200_000 }, (_, i) => `${i % 97}.5,${(i * 7) % 113}.25,${(i * 13) % 89}.75,${(i % 97) * 2 + 1}.125`);
      const text = `a,b,c,y\n${rows.join('\n')}\n`;
      assert.ok(text.length > 3 * READ_IN_WORKER_OVER_BYTES, `${text.length} bytes`);
      await vscode.workspace.fs.writeFile(csv, new TextEncoder().encode(text));
      const body = { data: { csv: 'large.tmp.csv', target: 'y', normalize: 'standard' }, layers: [{ type: 'dense', units: 8, activation: 'relu' }, { type: 'dense', units: 1 }], loss: 'mse' };
      await vscode.workspace.fs.writeFile(spec, new TextEncoder().encode(JSON.stringify(body, null, 2)));
    });

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      for (const file of [csv, spec]) await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
    });

    it('is read in the worker: the host stays responsive, then the spec has its data and is probed', async () => {
      const api = vscode.extensions.getExtension<NnDebuggerApi>(EXTENSION_ID)!.exports;
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const doc = await vscode.workspace.openTextDocument(spec);
      await vscode.window.showTextDocument(doc);
      assert.ok(api.checker.resultFor(doc)?.pendingRead, 'the first check leaves the file to the worker');
      const probed = new Promise<void>((resolve) => {
        const sub = api.probes.onDidProbe((e) => {
          if (e.uri.toString() !== spec.toString()) return;
          sub.dispose();
          resolve();
        });
      });
      const loaded = await until('the data read in the worker', () => api.checker.resultFor(doc)?.dataset, 60_000);
      await probed;
      delay.disable();
      const ms = (ns: number) => Math.round(ns / 1e4) / 100;
      console.log(`event-loop delay while a ${loaded.samples}-row CSV was read: p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms`);
      assert.equal(loaded.samples, 1_200_000);
      assert.ok(delay.max < 1000e6, `the host was blocked for ${ms(delay.max)} ms`);
    });
  });
}
