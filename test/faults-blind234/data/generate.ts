/**
 * Writes the CSVs of fault set blind234 (ostrich and emu farms), seeded from 234:
 * `npx tsx test/faults-blind234/data/generate.ts` (run once; the files are committed).
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, rows: (string | number)[][]) =>
  fs.writeFileSync(path.join(dir, name), rows.map((r) => r.join(name.endsWith('.tsv') ? '\t' : ',')).join('\n') + '\n');
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// hatchery.csv: one row per egg set in the incubators. hatched 0/1 (~65%).
{
  const next = rng(234);
  const rows: (string | number)[][] = [['egg_id', 'species_code', 'egg_weight_g', 'shell_mm', 'incubator_temp_c', 'humidity_pct', 'turns_per_day', 'hen_age_yr', 'storage_days', 'weight_loss_pct', 'bay_no', 'hatched']];
  const gaps: (string | number)[][] = [rows[0].slice()];
  for (let i = 0; i < 480; i++) {
    const emu = next() < 0.35 ? 1 : 0; // 0 ostrich, 1 emu
    const w = emu ? normal(next, 620, 60) : normal(next, 1450, 160);
    const shell = emu ? normal(next, 1.05, 0.08) : normal(next, 1.9, 0.15);
    const temp = normal(next, emu ? 35.6 : 36.2, 0.35);
    const hum = clamp(normal(next, 24, 6), 8, 45);
    const turns = [2, 3, 4, 6, 8, 12][Math.floor(next() * 6)];
    const hen = clamp(2 + Math.exp(normal(next, 1.3, 0.55)), 2, 30); // skewed
    const storage = Math.floor(clamp(Math.exp(normal(next, 1.5, 0.7)), 0, 21)); // skewed
    const loss = clamp(normal(next, 13 + (24 - hum) * 0.25, 1.6), 6, 22);
    const bay = 1 + Math.floor(next() * 8); // no effect
    const z = 1.0 - 2.4 * Math.abs(temp - (emu ? 35.6 : 36.2)) / 0.5 - 0.12 * storage - 0.5 * Math.abs(loss - 14) / 2 + 0.12 * Math.min(turns, 6) - 0.06 * Math.max(0, hen - 12);
    const y = next() < sigmoid(z * 1.4) ? 1 : 0;
    const row = [`EG-${2021 + Math.floor(i / 160)}-${String(i).padStart(4, '0')}`, emu, r2(w, 0), r2(shell), r2(temp), r2(hum, 1), turns, r2(hen, 1), storage, r2(loss), bay, y];
    rows.push(row);
    const g = row.slice();
    if (next() < 0.07) g[4] = 'NA';
    if (next() < 0.05) g[5] = '';
    if (next() < 0.03) g[9] = 'n/a';
    gaps.push(g);
  }
  write('hatchery.csv', rows);
  write('hatchery-gaps.csv', gaps);
}

// growth.csv: weigh-ins of young birds; live weight in kg (regression, raw units up to ~120).
{
  const next = rng(2340);
  const rows: (string | number)[][] = [['bird_tag', 'weigh_date', 'species_code', 'age_days', 'feed_kg_day', 'lucerne_share', 'pen_area_m2', 'water_l_day', 'protein_pct', 'live_weight_kg']];
  for (let i = 0; i < 400; i++) {
    const emu = next() < 0.4 ? 1 : 0;
    const age = Math.floor(10 + next() * 380);
    const mature = emu ? 40 : 115;
    const weight = mature / (1 + Math.exp(-(age - (emu ? 150 : 180)) / (emu ? 55 : 60)));
    const feed = clamp(weight * 0.028 + normal(next, 0, 0.15), 0.05, 5); // collinear with weight/age
    const lucerne = clamp(normal(next, 0.45, 0.12), 0.1, 0.9);
    const pen = Math.exp(normal(next, 6.2, 0.8)); // skewed, no real effect
    const water = clamp(feed * 2.6 + normal(next, 0, 0.6), 0.2, 20);
    const protein = clamp(normal(next, 17, 2), 12, 24);
    const y = clamp(weight * (1 + 0.012 * (protein - 17)) + normal(next, 0, 3.5), 0.6, 160);
    const d = new Date(Date.UTC(2023, 0, 1) + Math.floor(next() * 600) * 86400000).toISOString().slice(0, 10);
    rows.push([`${emu ? 'EMU' : 'OST'}${String(1000 + i)}`, d, emu, age, r2(feed), r2(lucerne), r2(pen, 0), r2(water, 1), r2(protein, 1), r2(y, 1)]);
  }
  write('growth.csv', rows);
}

// skin-grades.csv: abattoir grading of ostrich hides: grade text (first, second, third, reject; reject rare).
// skin-grades-eu.csv: the same export from the European tannery: semicolons and decimal commas.
{
  const next = rng(23400);
  const header = ['hide_no', 'slaughter_age_m', 'live_weight_kg', 'nodule_score', 'scar_count', 'crown_area_dm2', 'fence_type', 'grade'];
  const rows: (string | number)[][] = [header];
  for (let i = 0; i < 420; i++) {
    const age = clamp(normal(next, 13, 2.2), 8, 20);
    const lw = clamp(normal(next, 95 + (age - 13) * 3, 9), 60, 140);
    const nod = clamp(normal(next, 2 + 0.25 * (age - 13), 0.7), 0, 5);
    const scars = Math.floor(clamp(Math.exp(normal(next, 0.8, 0.9)), 0, 40)); // skewed counts
    const crown = clamp(normal(next, 45 + 0.35 * (lw - 95), 4), 25, 70);
    const fence = Math.floor(next() * 3); // 0 wire 1 mesh 2 electric (small effect)
    const s = 1.2 * (nod - 2) + 0.05 * (crown - 45) - 0.35 * scars - 0.25 * fence + normal(next, 0, 0.5);
    let grade = s > 0.5 ? 'first' : s > -0.6 ? 'second' : s > -2.6 ? 'third' : 'reject';
    if (next() < 0.05) grade = ['first', 'second', 'third'][Math.floor(next() * 3)];
    rows.push([`H${23400 + i}`, r2(age, 1), r2(lw, 1), r2(nod, 2), scars, r2(crown, 1), fence, grade]);
  }
  write('skin-grades.csv', rows);
  const eu = rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c).replace('.', ',') : c)).join(';')).join('\n') + '\n';
  fs.writeFileSync(path.join(dir, 'skin-grades-eu.csv'), eu);
}

// emu-oil.tsv: rendering plant batches: oil yield in litres from fat pads (tab-separated, regression).
{
  const next = rng(234000);
  const rows: (string | number)[][] = [['batch', 'fat_pad_kg', 'bird_count', 'render_temp_c', 'render_min', 'season_q', 'oil_l']];
  for (let i = 0; i < 300; i++) {
    const birds = Math.floor(4 + next() * 30);
    const fat = clamp(birds * normal(next, 7.5, 1.4), 10, 400);
    const temp = normal(next, 78, 5);
    const mins = normal(next, 95, 18);
    const q = 1 + Math.floor(next() * 4);
    const oil = fat * (0.62 - 0.004 * Math.abs(temp - 80) + 0.0008 * (mins - 95)) * (q === 3 ? 1.06 : 1) + normal(next, 0, 4);
    rows.push([`R${i + 1}`, r2(fat, 1), birds, r2(temp, 1), r2(mins, 0), q, r2(oil, 1)]);
  }
  write('emu-oil.tsv', rows);
}
