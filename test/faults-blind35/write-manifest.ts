/**
 * Builds manifest.json from entries.json (written by write.ts) and the bare-engine observations in
 * observed.txt / observed-healthy.txt (test/faults/observe.ts --summary), observed-curves.txt
 * (curve-stats.ts) and observed-steps.txt (test/faults/steps.ts). Run: npx tsx test/faults-blind35/write-manifest.ts
 */
import * as fs from 'fs';
import * as path from 'path';

const read = (rel: string) => fs.readFileSync(path.join(__dirname, rel), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
const entries = JSON.parse(fs.readFileSync(path.join(__dirname, 'entries.json'), 'utf8'));
const summaries = [...read('observed.txt'), ...read('observed-healthy.txt')];
const curves = read('observed-curves.txt');

/** The observation lines about one spec file, shortened so the manifest stays readable. */
function evidence(file: string): string {
  const stem = path.basename(file, '.nn.json');
  const lines = summaries.filter((l) => l.startsWith(`${stem}:`) || l.startsWith(`${stem}.nn.json`));
  if (lines.length !== 1) throw new Error(`${file}: expected one observation line, found ${lines.length}`);
  const curve = curves.find((l) => l.startsWith(`${stem}:`));
  const curveText = curve ? `; curve-stats: ${curve.split('; losses')[0].slice(stem.length + 2)}` : '';
  return `observe: ${lines[0]}${curveText}`;
}

const about = fs.readFileSync(path.join(__dirname, 'about.txt'), 'utf8').trim();
const manifest = {
  about,
  faults: entries.faults.map((f: { file: string; fault: string }) => ({ ...f, fault: `${f.fault} (${evidence(f.file)})` })),
  healthy: entries.healthy.map((h: { file: string; covers: string }) => ({ file: h.file, covers: `${h.covers} (${evidence(h.file)})` })),
};
fs.writeFileSync(path.join(__dirname, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`manifest: ${manifest.faults.length} faults, ${manifest.healthy.length} healthy`);
