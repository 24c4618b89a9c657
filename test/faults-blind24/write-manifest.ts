/**
 * Writes manifest.json from specs.json (author.ts) and the bare-engine observations (observed.txt,
 * observed-healthy.txt from test/faults/observe.ts --summary): `npx tsx test/faults-blind24/write-manifest.ts`.
 * Each "fault" and "covers" text carries its spec's measured line; no diagnosis code involved.
 */
import * as fs from 'fs';
import * as path from 'path';

const here = (f: string) => path.join(__dirname, f);
const specs = JSON.parse(fs.readFileSync(here('specs.json'), 'utf8')) as {
  faults: { slug: string; code: string; stage: string; catches: string[]; fault: string }[];
  healthy: { slug: string; covers: string }[];
};

/** The observation line of one spec: the summary line, or the "does not parse / load / refuses" line. */
function observed(file: string, slug: string): string {
  const lines = fs.readFileSync(here(file), 'utf8').split('\n').map((l) => l.trim());
  const line = lines.find((l) => l.startsWith(`${slug}:`) || l.startsWith(`${slug}.nn.json`));
  if (!line) throw new Error(`${file}: no observation for ${slug}; rerun observe.ts`);
  return line;
}

const manifest = {
  about: 'Twenty-fourth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt, observed-healthy.txt); --curve for the lr-too-high, oscillating and plateau ones (observed-curves.txt), test/faults/steps.ts for the divergent ones (observed-steps.txt); no diagnosis code involved. Theme: small hand-written specs as beginners and course students write them (inline AND/XOR truth tables, a 10-row hours-to-score table, a 12-row hand-typed 3-class table, Keras habits, odd but legal settings) and larger nets on three CSVs of this set (grades.csv: student pass/fail with 8% flipped labels, so ~0.55-0.65 of the prior is a good fit; flats.csv: rents in euros with ~7% noise; fruit.csv: three fruit kinds with string labels and 10% relabelled, so ~0.3-0.5 of the prior is a good fit) plus every builtin. Data written by data/generate.ts; specs by author.ts; this manifest by write-manifest.ts. See README.md for how it was written and what was read.',
  faults: specs.faults.map((f) => ({
    file: `faulty/${f.slug}.nn.json`, code: f.code, fault: `${f.fault} (observe: ${observed('observed.txt', f.slug)})`, stage: f.stage, catches: f.catches,
  })),
  healthy: specs.healthy.map((h) => ({ file: `healthy/${h.slug}.nn.json`, covers: `${h.covers} (observe: ${observed('observed-healthy.txt', h.slug)})` })),
};
fs.writeFileSync(here('manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`manifest: ${manifest.faults.length} faults, ${manifest.healthy.length} healthy`);
