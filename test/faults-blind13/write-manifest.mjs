// Builds manifest.json from author.mjs's tables and the bare-engine results in observed.txt:
// `node test/faults-blind13/write-manifest.mjs` (after observe.ts --summary wrote observed.txt).
import * as fs from 'fs';
import * as path from 'path';
import { faults, healthy } from './author.mjs';
const here = path.dirname(new URL(import.meta.url).pathname);
const lines = fs.readFileSync(path.join(here, 'observed.txt'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
function observed(file) {
  const base = path.basename(file, '.nn.json');
  const line = lines.find((l) => l.startsWith(`${base}:`) || l.startsWith(`${base}.nn.json`));
  if (!line) throw new Error(`no observation for ${file}`);
  return line;
}
const about = 'Thirteenth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt); steps.ts for the runs that diverge inside the first epoch (steps.txt) and --curve for the oscillating and lr-too-high ones (observed-curves.txt); no diagnosis code involved. Healthy specs train to a good loss (churn.csv has ~8% flipped labels, quality.csv ~10% random labels, housing.csv noise variance ~625 on a raw k$ price) and should draw no warning. Data: data/churn.csv (+ churn-na.csv), data/housing.csv, data/quality.csv, written by data/generate.ts; specs written by author.mjs, this manifest by write-manifest.mjs. See README.md for how it was written and what was read.';
const manifest = {
  about,
  faults: faults.map(([file, , m]) => ({ file, code: m.code, fault: `${m.fault} (observe: ${observed(file)})`, stage: m.stage, catches: m.catches })),
  healthy: healthy.map(([file, , m]) => ({ file, covers: `${m.covers} (observe: ${observed(file)})` })),
};
fs.writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
const counts = {};
for (const f of manifest.faults) counts[f.code] = (counts[f.code] ?? 0) + 1;
console.log(manifest.faults.length, 'faults', manifest.healthy.length, 'healthy', JSON.stringify(counts));
