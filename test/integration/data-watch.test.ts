/**
 * A spec's CSV changing on disk in a real VS Code: the open spec is checked and probed again with
 * no edit to it, so fixing (or breaking) the data file shows at once. The spec reads
 * data-watch/houses.tmp.csv, which the test writes from three versions: a ragged row, the raw house
 * features (areas in the hundreds, under plain SGD: an exploding gradient) and the same features
 * divided by 100.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, until, workspaceFile } from './helpers';

const codeOf = (d: vscode.Diagnostic) => (d.code as { value: string } | undefined)?.value;

/** Registers the suite; called by index.ts once mocha's globals exist. */
export function dataWatchTests(): void {
  describe('a data file changed on disk', () => {
    const csv = workspaceFile('data-watch/houses.tmp.csv');
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
      assert.equal(doc.getText(ragged.range), '"houses.tmp.csv"');
      await writeCsv('houses-raw.csv');
      await until(`the probe's exploding-gradient on the raw features (had ${codes().join()})`, () => codes().includes('exploding-gradient') && !codes().includes('data-error'));
      await writeCsv('houses-scaled.csv');
      await until(`the exploding-gradient to clear on scaled features (had ${codes().join()})`, () => codes().length > 0 && !codes().includes('exploding-gradient'));
      assert.equal(doc.isDirty, false, 'the spec itself was never edited');
    });
  });
}
