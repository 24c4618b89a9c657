// Writes manifest.json from descriptions.json (author.mjs) and the bare-engine observations in
// observed.txt (test/faults/observe.ts --summary): `node test/faults-blind16/write-manifest.mjs`.
import * as fs from 'fs';
import * as path from 'path';
const here = path.dirname(new URL(import.meta.url).pathname);
const entries = JSON.parse(fs.readFileSync(path.join(here, 'descriptions.json'), 'utf8'));
const observed = fs.readFileSync(path.join(here, 'observed.txt'), 'utf8').split('\n').filter(Boolean).map((l) => l.trim());
const lineFor = (stem) => {
  const line = observed.find((l) => l.startsWith(`${stem}:`) || l.startsWith(`${stem}.nn.json`));
  if (!line) throw new Error(`no observation for ${stem}`);
  return line;
};
const extra = (stem) =>
  /^(lr-too-high|oscillating-loss)\./.test(stem) ? '; per-epoch curve in observed-curves.txt'
  : /^(nan-loss|exploding-gradient)\./.test(stem) ? '; first steps in observed-steps.txt' : '';
const about = fs.readFileSync(path.join(here, 'about.txt'), 'utf8').trim();
const manifest = {
  about,
  faults: entries.filter((e) => e.folder === 'faulty').map((e) => ({
    file: `faulty/${e.stem}.nn.json`, code: e.code, fault: `${e.text} (observe: ${lineFor(e.stem)}${extra(e.stem)})`, stage: e.stage, catches: e.catches,
  })),
  healthy: entries.filter((e) => e.folder === 'healthy').map((e) => ({ file: `healthy/${e.stem}.nn.json`, covers: `${e.text} (observe: ${lineFor(e.stem)})` })),
};
fs.writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(manifest.faults.length, 'faults', manifest.healthy.length, 'healthy');
