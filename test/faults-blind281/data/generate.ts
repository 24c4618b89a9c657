/** Writes the kombucha brewery CSVs of blind281 (seeded from 281). Run once: npx tsx data/generate.ts */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const r = rng(281);
const r2 = rng(281 * 7 + 1);

// batches.csv: one row per fermentation batch.
const head = ['batch_id', 'brew_date', 'tea_g_per_l', 'sugar_g_per_l', 'starter_pct', 'temp_c', 'ferment_days', 'vessel_litres', 'humidity_pct', 'brix_start', 'final_ph', 'abv_pct', 'over_limit', 'style'];
const rows: (string | number)[][] = [];
for (let i = 0; i < 420; i++) {
  const tea = clamp(normal(r, 8, 1.5), 4, 14);
  const sugar = clamp(normal(r, 70, 12), 35, 110);
  const starter = clamp(normal(r, 12, 3), 4, 22);
  const temp = clamp(normal(r, 24, 2), 18, 30);
  const days = Math.round(clamp(normal(r, 10, 2.5), 5, 18));
  const vessel = Math.round(Math.exp(normal(r, 3.6, 0.8)));
  const hum = clamp(normal(r, 55, 10), 25, 90);
  const brix = sugar / 10 + normal(r, 0, 0.25);
  const act = 0.09 * (days - 10) + 0.07 * (temp - 24) + 0.04 * (starter - 12) + 0.02 * (tea - 8) - 0.05 * Math.log(vessel / 36);
  const ph = 3.35 - 0.55 * Math.tanh(act) + 0.004 * (sugar - 70) + normal(r, 0, 0.06);
  const abv = clamp(0.3 + 0.006 * (sugar - 70) + 0.025 * (days - 10) + 0.02 * (temp - 24) + 0.015 * Math.max(0, days - 12) ** 2 + normal(r, 0, 0.05), 0.02, 2);
  const over = abv > 0.5 ? 1 : 0;
  const residual = sugar * Math.exp(-0.12 * days * (1 + 0.05 * (temp - 24)));
  let style: string;
  if (ph < 3.0 || days >= 16) style = 'vinegary';
  else if (residual > 25) style = 'sweet';
  else if (ph < 3.3) style = 'tart';
  else style = 'balanced';
  const d = new Date(Date.UTC(2024, 0, 3) + i * 1.7 * 86400000);
  rows.push([`KB-${String(1000 + i)}`, d.toISOString().slice(0, 10), tea.toFixed(2), sugar.toFixed(1), starter.toFixed(1), temp.toFixed(1), days, vessel, hum.toFixed(0), brix.toFixed(2), ph.toFixed(3), abv.toFixed(3), over, style]);
}
fs.writeFileSync(path.join(dir, 'batches.csv'), [head.join(','), ...rows.map((x) => x.join(','))].join('\n') + '\n');

// batches-eu.csv: the German co-op's spreadsheet export (semicolons, decimal commas), fewer columns.
const euCols = ['tea_g_per_l', 'sugar_g_per_l', 'starter_pct', 'temp_c', 'ferment_days', 'final_ph', 'style'];
const idx = euCols.map((c) => head.indexOf(c));
fs.writeFileSync(path.join(dir, 'batches-eu.csv'), [euCols.join(';'), ...rows.slice(0, 300).map((x) => idx.map((j) => String(x[j]).replace('.', ',')).join(';'))].join('\n') + '\n');

// batches-gaps.csv: the cellar log before cleaning, with missing readings.
const gaps = rows.map((x) => x.slice());
for (const g of gaps) {
  if (r2() < 0.06) g[5] = 'NA';
  if (r2() < 0.04) g[2] = '';
  if (r2() < 0.03) g[10] = 'n/a';
}
fs.writeFileSync(path.join(dir, 'batches-gaps.csv'), [head.join(','), ...gaps.map((x) => x.join(','))].join('\n') + '\n');

// taproom.tsv: weekly taproom sales, tab-separated from the POS, raw units.
const th = ['week', 'avg_temp_c', 'promo_spend_eur', 'flavours_on_tap', 'festival', 'rain_days', 'bottles_sold', 'revenue_eur'];
const trows: (string | number)[][] = [];
for (let w = 0; w < 312; w++) {
  const season = Math.sin((2 * Math.PI * (w % 52)) / 52 - 1.6);
  const temp = 13 + 9 * season + normal(r2, 0, 2.5);
  const promo = Math.round(Math.exp(normal(r2, 5, 0.9)));
  const taps = Math.round(clamp(normal(r2, 8, 2), 3, 14));
  const fest = r2() < 0.08 ? 1 : 0;
  const rain = Math.round(clamp(normal(r2, 2.5, 1.5), 0, 7));
  const bottles = Math.round(clamp(600 + 38 * (temp - 13) + 0.35 * promo + 30 * (taps - 8) + 900 * fest - 25 * rain + 2 * w + normal(r2, 0, 90), 80, 5000));
  const revenue = Math.round(bottles * (3.9 + normal(r2, 0, 0.1)));
  trows.push([`${2019 + Math.floor(w / 52)}-W${String((w % 52) + 1).padStart(2, '0')}`, temp.toFixed(1), promo, taps, fest, rain, bottles, revenue]);
}
fs.writeFileSync(path.join(dir, 'taproom.tsv'), [th.join('\t'), ...trows.map((x) => x.join('\t'))].join('\n') + '\n');

// scoby-health.csv: lab checks of SCOBY cultures; contaminated (mould) is rare.
const sh = ['culture_id', 'age_weeks', 'thickness_mm', 'ph_surface', 'yeast_log_cfu', 'bacteria_log_cfu', 'cellar_temp_c', 'contaminated'];
const srows: (string | number)[][] = [];
for (let i = 0; i < 360; i++) {
  const age = Math.round(clamp(Math.exp(normal(r2, 2.5, 0.7)), 1, 80));
  const thick = clamp(2 + 0.12 * age + normal(r2, 0, 1.2), 0.5, 15);
  const ph = clamp(normal(r2, 3.1, 0.35), 2.3, 4.6);
  const yeast = normal(r2, 6.5, 0.6);
  const bact = normal(r2, 7, 0.5);
  const t = normal(r2, 23, 2.5);
  const z = -3.2 + 3.2 * (ph - 3.1) + 0.5 * (t - 23) / 2.5 - 1.2 * (bact - 7) + 0.02 * age + normal(r2, 0, 0.4);
  const c = r2() < sigmoid(z) ? 1 : 0;
  srows.push([`SC-${i + 1}`, age, thick.toFixed(2), ph.toFixed(2), yeast.toFixed(2), bact.toFixed(2), t.toFixed(1), c]);
}
fs.writeFileSync(path.join(dir, 'scoby-health.csv'), [sh.join(','), ...srows.map((x) => x.join(','))].join('\n') + '\n');
