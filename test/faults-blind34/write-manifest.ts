/**
 * Writes manifest.json from meta.json (written by author.ts before any measurement) and the bare-engine
 * observations in observed.txt / observed-healthy.txt (test/faults/observe.ts --summary):
 * `npx tsx test/faults-blind34/write-manifest.ts`. Each entry's text gets its measured line appended.
 */
import * as fs from 'fs';
import * as path from 'path';

const here = __dirname;
const read = (f: string) => fs.readFileSync(path.join(here, f), 'utf8');
const meta = JSON.parse(read('meta.json')) as { faults: { file: string; fault: string }[]; healthy: { file: string; covers: string }[] };
const lines = [...read('observed.txt').split('\n'), ...read('observed-healthy.txt').split('\n')].map((l) => l.trim()).filter(Boolean);

/** The observe line of a spec: it starts with the spec's base name (with or without `.nn.json`). */
function observed(file: string): string {
  const base = path.basename(file, '.nn.json');
  const line = lines.find((l) => l.startsWith(`${base}:`) || l.startsWith(`${base}.nn.json`));
  if (!line) throw new Error(`no observation for ${file}`);
  return line;
}

const about = read('about.txt').trim();
const manifest = {
  about,
  faults: meta.faults.map((f) => ({ ...f, fault: `${f.fault} (observe: ${observed(f.file)})` })),
  healthy: meta.healthy.map((h) => ({ ...h, covers: `${h.covers} (observe: ${observed(h.file)})` })),
};
fs.writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`manifest: ${manifest.faults.length} faults, ${manifest.healthy.length} healthy`);
