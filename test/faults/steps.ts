/**
 * Prints the first steps of a spec's training on the bare engine, one line per mini-batch, with no
 * diagnosis code involved: `npx tsx test/faults/steps.ts <spec.nn.json> [steps]` (default 20).
 * Per step: the batch loss before the update, then per dense layer `gradient norm/update ratio`.
 * It shows how fast a run diverges (the step at which the loss stops being a number), which the
 * per-epoch view of observe.ts hides when NaN arrives inside the first epoch.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Trainer } from '../../src/engine';
import { loadDataset } from '../../src/spec/data';
import { parseSpec } from '../../src/spec/parse';

const REPO_ROOT = path.resolve(__dirname, '../..');

function main(): void {
  const [file, count] = process.argv.slice(2);
  if (!file) throw new Error('usage: npx tsx test/faults-blind5/steps.ts <spec.nn.json> [steps]');
  const absolute = path.resolve(file);
  const parsed = parseSpec(fs.readFileSync(absolute, 'utf8'), { defaultName: path.basename(file, '.nn.json') });
  if (!parsed.spec) throw new Error(`${file} does not parse: ${parsed.diagnostics.map((d) => d.message).join(' / ')}`);
  const loaded = loadDataset({ ...parsed, spec: parsed.spec }, { specDir: path.dirname(absolute), workspaceRoot: REPO_ROOT });
  if (!loaded.dataset) throw new Error(`${file}: data does not load: ${loaded.diagnostics.map((d) => d.message).join(' / ')}`);
  const trainer = new Trainer(parsed.spec, loaded.dataset);
  console.log(`== ${path.relative(REPO_ROOT, absolute)} (step: loss, then gradNorm/updateRatio per dense layer)`);
  for (let i = 0; i < Number(count ?? 20); i++) {
    const stats = trainer.trainStep();
    const layers = stats.layers.map((l) => `${l.gradNorm.toPrecision(3)}/${l.updateRatio.toPrecision(2)}`).join(' ');
    console.log(`  step ${String(stats.step).padStart(3)} loss ${stats.loss.toPrecision(4)} ${layers}`);
    if (!Number.isFinite(stats.loss)) break;
  }
}

main();
