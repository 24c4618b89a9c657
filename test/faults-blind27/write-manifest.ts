/**
 * Builds manifest.json from draft.json (written by author.ts) and the bare-engine observations
 * (observed.txt, observed-healthy.txt from test/faults/observe.ts --summary), appending each spec's
 * measured line to its text: `npx tsx test/faults-blind27/write-manifest.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';

const here = __dirname;
const read = (name: string) => fs.readFileSync(path.join(here, name), 'utf8').split('\n').filter((l) => l.trim());
const observed = [...read('observed.txt'), ...read('observed-healthy.txt')];

/** Evidence from the epoch curves and first steps (observed-curves.txt, observed-steps.txt), summarised by hand. */
const extra: Record<string, string> = {
  'lr-too-high.adam-lr-0.5': 'curve: 19.3 7.7 6.1 1.9 1.2 1.10 then swings 1.1..2.6 to the end',
  'lr-too-high.rmsprop-lr-0.2': 'curve: 5.08 0.92 then 0.71..1.09 with a jump to 1.66 at epoch 27; val 1.70 above the 0.99 prior',
  'lr-too-high.sgd-lr-3': 'curve: 0.87 first and best, then rises while swinging 0.94..2.40 to 1.81',
  'oscillating-loss.batch1-rmsprop': 'curve: 0.30 then no trend after epoch 6, swinging 0.199..0.318 epoch to epoch (subtle: accuracy stays 0.94)',
  'oscillating-loss.sgd-momentum-0.99': 'curve: 0.74 down to 0.53 at epoch 17, then swings 0.55..0.94 and ends 0.64, above the 0.632 prior',
  'loss-plateau.id-column-only': 'curve: 0.98 0.77 0.67 0.636 then flat 0.635..0.611 for 45 epochs',
  'loss-plateau.ph-only': 'curve: 1.42 1.26 1.15 1.08 1.05 then flat 1.03..0.987 for 55 epochs',
  'nan-loss.raw-loans-sgd-nan': 'steps.ts: loss 7.9e59 at step 2, NaN at step 3',
  'nan-loss.sgd-lr-50-mse': 'steps.ts: loss 4.5e61 at step 8, NaN at step 9',
  'exploding-gradient.deep-relu-large-init': 'steps.ts: loss 212 at step 1, gradient norms 1e2..1e3 growing to 1e18 by step 9, then NaN gradients and every unit dead',
  'exploding-gradient.raw-dollars-logreg': 'steps.ts: gradient norm 3.9e4 at step 1, 5e3..5e4 after, loss 1e4..4e5',
};
const SURVEY_PRIOR = 'survey one-hot target: observe prints the mse baseline 0.1909; the cce of predicting the class prior (140/53/47 of 240) is 0.967';

function evidence(file: string): string {
  const base = path.basename(file, '.nn.json');
  const line = observed.find((l) => l.startsWith(`${base}:`) || l.trim().startsWith(`${base}.nn.json`));
  if (!line) throw new Error(`no observation for ${file}`);
  const spec = fs.readFileSync(path.join(here, file), 'utf8');
  const notes = [line.trim(), extra[base], spec.includes('survey.csv') && !line.includes('not trainable') && !line.includes('refuses') ? SURVEY_PRIOR : undefined];
  return `(observe: ${notes.filter(Boolean).join('; ')})`;
}

const draft = JSON.parse(fs.readFileSync(path.join(here, 'draft.json'), 'utf8'));
const manifest = {
  about: 'Twenty-seventh fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt, observed-healthy.txt); --curve for the lr-too-high, oscillating and plateau ones (observed-curves.txt), test/faults/steps.ts for the NaN and exploding ones (observed-steps.txt); no diagnosis code involved. Theme: small tabular classification as students and analysts write it, on four CSVs of this set (students.csv: 400 rows, pass/fail 269/131, an id column, major coded 1..5, 8% labels flipped; loans.csv: 300 rows, 61 defaults, income and amounts in dollars, region coded 1..4; wines.csv: 360 rows, 3 string quality classes 182/125/53, 10% relabelled; survey.csv: 240 rows of Likert items with a 3-column one-hot target) plus every builtin at non-default sizes, noise and class counts, and inline tables. Data written by data/generate.ts; specs by author.ts; this manifest by write-manifest.ts. See README.md for how it was written and what was read.',
  faults: draft.faults.map((f: { file: string; fault: string }) => ({ ...f, fault: `${f.fault} ${evidence(f.file)}` })),
  healthy: draft.healthy.map((h: { file: string; covers: string }) => ({ file: h.file, covers: `${h.covers} ${evidence(h.file)}` })),
};
fs.writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(`${manifest.faults.length} faults, ${manifest.healthy.length} healthy`);
