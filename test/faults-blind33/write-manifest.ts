/**
 * Builds manifest.json from plan.json (written by author.ts) and the measured symptoms in
 * observed.txt / observed-healthy.txt (observe.ts --summary), observed-curves.txt (--curve) and
 * observed-steps.txt (steps.ts). `npx tsx test/faults-blind33/write-manifest.ts`
 */
import * as fs from 'fs';
import * as path from 'path';

const here = __dirname;
const read = (name: string) => fs.readFileSync(path.join(here, name), 'utf8').split('\n').filter((l) => l.trim());
const summaries = [...read('observed.txt'), ...read('observed-healthy.txt')];
const stem = (file: string) => path.basename(file, '.nn.json');
const summaryOf = (file: string) => {
  const line = summaries.find((l) => l.trim().startsWith(`${stem(file)}:`) || l.trim().startsWith(`${stem(file)}.nn.json`));
  if (!line) throw new Error(`no measurement for ${file}`);
  return line.trim();
};

/** Range of the per-epoch loss after epoch 10, from the --curve output, to show swings. */
function curveOf(file: string): string | undefined {
  const lines = read('observed-curves.txt');
  const at = lines.findIndex((l) => l.includes(path.basename(file)));
  const curve = at < 0 ? undefined : lines.slice(at).find((l) => l.trim().startsWith('curve:'));
  if (!curve) return undefined;
  const values = curve.trim().slice(6).trim().split(/\s+/).map(Number);
  const tail = values.slice(10);
  let ups = 0;
  for (let i = 1; i < tail.length; i++) if (tail[i] > tail[i - 1] * 1.2) ups++;
  return `curve after epoch 10: min ${Math.min(...tail)} max ${Math.max(...tail)}, ${ups} rises of >20% epoch to epoch`;
}

/** The first steps' losses from steps.ts, to show how fast the run blows up. */
function stepsOf(file: string): string | undefined {
  const lines = read('observed-steps.txt');
  const at = lines.findIndex((l) => l.includes(path.basename(file)));
  if (at < 0) return undefined;
  const steps: string[] = [];
  for (const l of lines.slice(at + 1)) {
    if (l.startsWith('==')) break;
    const m = /step\s+(\d+) loss (\S+)/.exec(l);
    if (m) steps.push(`${m[1]}:${m[2]}`);
  }
  return `steps.ts loss per step ${steps.slice(0, 6).join(' ')}${steps.length > 6 ? ` ... ${steps[steps.length - 1]}` : ''}`;
}

const plan = JSON.parse(fs.readFileSync(path.join(here, 'plan.json'), 'utf8'));
const faults = plan.faults.map((f: { file: string; fault: string }) => {
  const extra = [curveOf(f.file), stepsOf(f.file)].filter(Boolean).join('; ');
  return { ...f, fault: `${f.fault} (observe: ${summaryOf(f.file)}${extra ? `; ${extra}` : ''})` };
});
const healthy = plan.healthy.map((h: { file: string; covers: string }) => ({ ...h, covers: `${h.covers} (observe: ${summaryOf(h.file)})` }));
const about = 'Thirty-third fault set (issue #4), written blind for the honest measurement and frozen before the product was first run on it; no one tunes on it. Same format as the other sets: "code" is the fault\'s own code, "stage" the writer\'s expectation of where it could first be caught (static, probe, training), "catches" the codes whose advice would genuinely fix it, decided from the fault. Each "fault" text (and each healthy "covers") carries the result measured on the bare engine by test/faults/observe.ts --summary (observed.txt, observed-healthy.txt); --curve for the lr-too-high, oscillating and plateau ones (observed-curves.txt), test/faults/steps.ts for the NaN and exploding ones (observed-steps.txt); no diagnosis code involved. Theme: what people build after the TensorFlow Playground and intro courses: the builtin sets at many sample counts and noise levels, Playground settings (batch 10, lr 0.001 to 3, tanh and relu), short and long runs, and three CSVs of this set (bikes.csv: 360 hourly rentals with hour as sin/cos, temperature, humidity %, wind, weekend, target rentals and rentals_hundreds, ~12% noise; churn.csv: 400 subscriptions, tenure months, charges, support-call counts, usage %, contract, churned 0/1 with 8% flipped; rooms.csv: 330 room readings, co2 ppm, lux, temp, humidity %, hour sin/cos, 3 string occupancy classes, 10% relabelled) plus broken exports (churn-export.csv with NA, bikes-percent.csv with "69%") and inline tables. Data by data/generate.ts; specs by author.ts; this manifest by write-manifest.ts. See README.md for how it was written and what was read.';
fs.writeFileSync(path.join(here, 'manifest.json'), JSON.stringify({ about, faults, healthy }, null, 1) + '\n');
console.log(`manifest: ${faults.length} faults, ${healthy.length} healthy`);
