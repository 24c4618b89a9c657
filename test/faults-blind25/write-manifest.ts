/**
 * Builds manifest.json from draft.json (author.ts) and the measured lines in observed.txt and
 * observed-healthy.txt (test/faults/observe.ts --summary): each entry's text gets its own line.
 * Run: npx tsx test/faults-blind25/write-manifest.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const dir = __dirname;
const draft = JSON.parse(fs.readFileSync(path.join(dir, 'draft.json'), 'utf8'));
const lines = ['observed.txt', 'observed-healthy.txt'].flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n')).map((l) => l.trim()).filter(Boolean);

/** The observe line of a spec: it starts with its base name (summary) or its file name (not trainable). */
function observed(file: string): string {
  const base = path.basename(file, '.nn.json');
  const line = lines.find((l) => l.startsWith(`${base}:`) || l.startsWith(`${base}.nn.json`));
  if (!line) throw new Error(`no observe line for ${file}`);
  return line;
}

const ABOUT = fs.readFileSync(path.join(dir, 'about.txt'), 'utf8').trim();
const faults = draft.faults.map((f: { file: string; fault: string }) => ({ ...f, fault: `${f.fault} (observe: ${observed(f.file)})` }));
const healthy = draft.healthy.map((h: { file: string; covers: string }) => ({ ...h, covers: `${h.covers} (observe: ${observed(h.file)})` }));
fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ about: ABOUT, faults, healthy }, null, 1) + '\n');
console.log(`manifest: ${faults.length} faults, ${healthy.length} healthy`);
