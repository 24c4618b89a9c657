/**
 * Writes manifest.json from author.ts's entries and the bare-engine observations
 * (`npx tsx test/faults-blind26/write-manifest.ts`): each fault text and healthy "covers" gets its
 * observed.txt / observed-healthy.txt line, plus the curve or first steps where those were recorded.
 */
import * as fs from 'fs';
import * as path from 'path';
import { entries } from './author';

const dir = __dirname;
const lines = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8').split('\n').filter((l) => l.trim());
const observed = [...lines('observed.txt'), ...lines('observed-healthy.txt')];

/** The summary line of a spec: `name: ...` for trained ones, `  name.nn.json ...` for refused ones. */
function summaryOf(stem: string): string {
  const hit = observed.find((l) => l.startsWith(`${stem}:`) || l.trim().startsWith(`${stem}.nn.json`));
  if (!hit) throw new Error(`no observation for ${stem}`);
  return hit.trim().replace(/\s*\|.*$/, (tail) => (tail.length > 400 ? ` ${tail.slice(0, 400)}...` : tail));
}

/** The recorded block (curve or steps) for a spec, condensed to one line. */
function extraOf(file: string, stem: string): string {
  const text = lines(file);
  const at = text.findIndex((l) => l.startsWith('==') && l.includes(`/${stem}.nn.json`));
  if (at < 0) return '';
  const block: string[] = [];
  for (let i = at + 1; i < text.length && !text[i].startsWith('=='); i++) block.push(text[i].trim());
  const joined = block.join('; ');
  return joined.length > 500 ? joined.slice(0, 500) + '...' : joined;
}

const faults = entries.filter((e) => e.code).map((e) => {
  const stem = path.basename(e.file, '.nn.json');
  const extras = [extraOf('observed-curves.txt', stem), extraOf('observed-steps.txt', stem)].filter(Boolean);
  const evidence = `observe: ${summaryOf(stem)}${extras.length ? ` | ${extras.join(' | ')}` : ''}`;
  return { file: e.file, code: e.code, fault: `${e.fault} (${evidence})`, stage: e.stage, catches: e.catches };
});
const healthy = entries.filter((e) => !e.code).map((e) => ({ file: e.file, covers: `${e.covers} (observe: ${summaryOf(path.basename(e.file, '.nn.json'))})` }));
const about = 'Twenty-sixth fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. ' +
  'Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), ' +
  '"catches" the codes whose advice would genuinely fix it, decided from the fault. Each "fault" text (and each healthy "covers") carries the result measured on the bare engine ' +
  'by test/faults/observe.ts --summary (observed.txt, observed-healthy.txt); --curve for the lr-too-high, oscillating and plateau ones (observed-curves.txt), ' +
  'test/faults/steps.ts for the NaN and exploding ones (observed-steps.txt); no diagnosis code involved. Theme: wide inputs and wide nets (64-256-unit layers) on three CSVs of this set ' +
  'with many features of mixed scales and relevance, a constant column or two and a useless id column (churn.csv: 600 customers, 16 features, 8% labels flipped, so ~0.35-0.65 of the prior is a good fit; ' +
  'housing.csv: 500 sales, 13 features, price in thousands with ~7% noise; sensors.csv: 480 readings, 24 features, 4 string classes, 10% relabelled) plus every builtin and two inline tables; ' +
  'batch norm and dropout as practitioners use them. Data written by data/generate.ts; specs by author.ts; this manifest by write-manifest.ts. See README.md for how it was written and what was read.';
fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ about, faults, healthy }, null, 2) + '\n');
console.log(`${faults.length} faults, ${healthy.length} healthy`);
