/** Writes the CSVs of fault set blind225 (bell foundry and ringers), seeded from 225. */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);

// castings.csv: one row per bell cast at the foundry.
const r = rng(225001);
const head = ['casting_id', 'cast_date', 'weight_kg', 'diameter_cm', 'tin_pct', 'pour_temp_c', 'mould_dry_days', 'cooling_hours', 'shift', 'strike_hz', 'cracked', 'tuning_grade'];
const rows: (string | number)[][] = [];
for (let i = 0; i < 400; i++) {
  const weight = Math.exp(normal(r, 5.6, 0.9)); // 50 kg handbells-ish to several tonnes, skewed
  const diameter = 13.5 * Math.cbrt(weight) * (1 + normal(r, 0, 0.02)); // collinear with weight
  const tin = clamp(normal(r, 22, 0.9), 19.5, 25);
  const temp = normal(r, 1120, 30);
  const dry = Math.round(clamp(normal(r, 10, 3), 3, 21));
  const cooling = clamp(weight / 40 + normal(r, 24, 6), 8, 200);
  const shift = Math.floor(r() * 3) + 1; // no effect
  const hz = 1.6e4 / diameter * (1 + (tin - 22) * 0.004) * (1 + normal(r, 0, 0.01));
  const zc = -3.2 + 0.9 * (tin - 22) + 0.04 * (1120 - temp) - 0.18 * (dry - 10) - 0.02 * (cooling - weight / 40 - 24);
  const cracked = r() < sigmoid(zc) ? 1 : 0;
  const q = 0.8 * (22 - Math.abs(tin - 22.3) * 2) / 22 + 0.03 * (dry - 10) - 0.01 * Math.abs(temp - 1120) / 3 + normal(r, 0, 0.12);
  const grade = q > 0.82 ? 'A' : q > 0.6 ? 'B' : 'C';
  const d = new Date(Date.UTC(2015, 0, 1) + Math.floor(r() * 3000) * 86400000).toISOString().slice(0, 10);
  rows.push([`BF-${(1000 + i).toString()}`, d, weight.toFixed(1), diameter.toFixed(1), tin.toFixed(2), temp.toFixed(0), dry, cooling.toFixed(1), shift, hz.toFixed(1), cracked, grade]);
}
write('castings.csv', [head.join(','), ...rows.map((x) => x.join(','))].join('\n') + '\n');
// The same ledger exported from a continental office: semicolons and decimal commas.
write('castings-export.csv', [head.join(';'), ...rows.map((x) => x.map((v) => String(v).replace('.', ',')).join(';'))].join('\n') + '\n');
// A copy typed up from the paper ledger, with gaps.
const r2 = rng(225002);
write('castings-gaps.csv', [head.join(','), ...rows.map((x) => x.map((v, j) => (j >= 2 && j <= 7 && r2() < 0.05 ? (r2() < 0.5 ? 'NA' : '') : v)).join(','))].join('\n') + '\n');

// peals.tsv: the ringing society's peal records (tab-separated).
const p = rng(225003);
const ph = ['peal_ref', 'tower', 'bells', 'changes', 'tenor_cwt', 'band_avg_years', 'method_difficulty', 'practice_nights', 'clock_temp_c', 'minutes', 'outcome'];
const towers = ['StMary', 'AllSaints', 'StPeter', 'HolyTrinity', 'StMichael', 'Cathedral'];
const prow: (string | number)[][] = [];
for (let i = 0; i < 360; i++) {
  const bells = [6, 8, 8, 10, 12][Math.floor(p() * 5)];
  const changes = 5000 + Math.floor(p() * 180);
  const tenor = Math.exp(normal(p, 2.8, 0.6)) * (bells / 8);
  const years = clamp(Math.exp(normal(p, 2.5, 0.6)), 1, 60);
  const diff = Math.floor(p() * 5) + 1;
  const practice = Math.round(clamp(normal(p, 6, 3), 0, 15));
  const temp = normal(p, 12, 5); // no effect
  const minutes = 120 + 0.012 * changes * (0.7 + bells / 30) + 1.8 * Math.sqrt(tenor) - 5 + normal(p, 0, 4);
  const z = -1.2 + 0.08 * years + 0.25 * practice - 0.55 * diff + 0.1 * (12 - bells);
  const outcome = p() < sigmoid(z) ? 'scored' : 'lost';
  prow.push([`P${2000 + i}`, towers[Math.floor(p() * towers.length)], bells, changes, tenor.toFixed(1), years.toFixed(1), diff, practice, temp.toFixed(1), minutes.toFixed(1), outcome]);
}
write('peals.tsv', [ph.join('\t'), ...prow.map((x) => x.join('\t'))].join('\n') + '\n');

// tuning.csv: tuner's measurements of partials (cents off) and the bell's profile class.
const t = rng(225004);
const th = ['bell_id', 'hum_cents', 'prime_cents', 'tierce_cents', 'quint_cents', 'nominal_cents', 'lip_thick_mm', 'profile'];
const trow: (string | number)[][] = [];
for (let i = 0; i < 300; i++) {
  const u = t();
  const profile = u < 0.45 ? 'modern' : u < 0.85 ? 'oldstyle' : 'continental'; // continental rare
  const off = profile === 'modern' ? 0 : profile === 'oldstyle' ? 1 : 2;
  const hum = normal(t, [0, -40, 25][off], 18);
  const prime = normal(t, [0, 30, -20][off], 15);
  const tierce = normal(t, [0, 50, 10][off], 20);
  const quint = normal(t, [0, -15, 35][off], 25);
  const nominal = normal(t, 0, 5);
  const lip = normal(t, [70, 62, 80][off], 6);
  trow.push([`T${300 + i}`, hum.toFixed(1), prime.toFixed(1), tierce.toFixed(1), quint.toFixed(1), nominal.toFixed(1), lip.toFixed(1), profile]);
}
write('tuning.csv', [th.join(','), ...trow.map((x) => x.join(','))].join('\n') + '\n');
