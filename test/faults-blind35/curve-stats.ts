/**
 * Every epoch's train loss of a spec on the bare engine (no diagnosis code), plus how often it rose
 * and its largest rise relative to the running minimum: npx tsx test/faults-blind35/curve-stats.ts <spec>...
 */
import * as fs from 'fs';
import * as path from 'path';
import { Trainer } from '../../src/engine';
import { loadDataset } from '../../src/spec/data';
import { parseSpec } from '../../src/spec/parse';

const REPO_ROOT = path.resolve(__dirname, '../..');
for (const file of process.argv.slice(2)) {
  const absolute = path.resolve(file);
  const parsed = parseSpec(fs.readFileSync(absolute, 'utf8'), { defaultName: path.basename(file, '.nn.json') });
  const loaded = loadDataset({ ...parsed, spec: parsed.spec! }, { specDir: path.dirname(absolute), workspaceRoot: REPO_ROOT });
  const trainer = new Trainer(parsed.spec!, loaded.dataset!);
  const losses: number[] = [];
  for (let e = 0; e < parsed.spec!.training.epochs; e++) losses.push(trainer.trainEpoch().loss);
  let rises = 0, worst = 0, min = Infinity;
  losses.forEach((l, i) => { if (i > 0 && l > losses[i - 1]) rises++; min = Math.min(min, l); worst = Math.max(worst, l / min); });
  console.log(`${path.basename(file, '.nn.json')}: ${losses.length} epochs, rose in ${rises}, worst loss/running-min ${worst.toFixed(2)}; losses ${losses.map((l) => l.toPrecision(3)).join(' ')}`);
}
