/**
 * Writes the CSVs of fault set blind195 (allotments and community gardens), seeded from 195.
 * Run once from the repo root: npx tsx test/faults-blind195/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const r = rng(195);
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

// plots.csv: one row per allotment plot at the end of season.
const crops = ['veg', 'fruit', 'flowers', 'herbs'];
const rows: string[][] = [];
const header = ['plot_id', 'site', 'area_m2', 'soil_ph', 'compost_kg', 'water_l_week', 'hours_week', 'years_tenant', 'shade_pct', 'raised_beds', 'plot_no_parity', 'harvest_kg', 'lapsed', 'main_crop'];
for (let i = 0; i < 360; i++) {
  const area = clamp(normal(r, 125, 45), 40, 300);
  const ph = clamp(normal(r, 6.6, 0.45), 5.2, 8.1);
  const compost = Math.round(Math.exp(normal(r, 5.2, 0.8))); // skewed, kg per season
  const water = Math.round(area * clamp(normal(r, 9, 1.5), 4, 15)); // collinear with area
  const hours = clamp(Math.exp(normal(r, 1.6, 0.6)), 0.3, 30); // skewed
  const years = Math.floor(clamp(normal(r, 6, 5), 0, 35));
  const shade = clamp(normal(r, 20, 15), 0, 80);
  const raised = r() < 0.35 ? 1 : 0;
  const parity = r() < 0.5 ? 1 : 0; // no effect
  const harvest = clamp(area * 0.9 * (1 - shade / 150) * (0.6 + 0.25 * Math.log1p(compost) / 6 + 0.05 * hours) - 12 * Math.abs(ph - 6.5) + 15 * raised + normal(r, 0, 14), 2, 900);
  const lapseScore = -1.7 - 0.5 * hours + 0.06 * shade - 0.12 * years + 0.004 * area + normal(r, 0, 0.5);
  const lapsed = r() < sigmoid(lapseScore * 1.4) ? 1 : 0;
  // main crop: fruit on long tenancies, flowers on shaded small plots, herbs rare
  const s = [0.3 + 0.004 * area, 0.12 * years - 0.4, 0.03 * shade - 0.02 * area + 1.2, -1.6 + 0.25 * raised];
  const noisy = s.map((v) => v + normal(r, 0, 0.45));
  const crop = crops[noisy.indexOf(Math.max(...noisy))];
  rows.push([`AL-${String(1000 + i)}`, ['Northfield', 'Riverside', 'Church Lane'][Math.floor(r() * 3)], f1(area), f2(ph), String(compost), String(water), f1(hours), String(years), f1(shade), String(raised), String(parity), f1(harvest), String(lapsed), crop]);
}
fs.writeFileSync(path.join(dir, 'plots.csv'), [header.join(','), ...rows.map((x) => x.join(','))].join('\n') + '\n');

// plots-eu.csv: the same plots exported from a continental spreadsheet: semicolons, decimal commas.
fs.writeFileSync(path.join(dir, 'plots-eu.csv'), [header.join(';'), ...rows.map((x) => x.map((v) => v.replace('.', ',')).join(';'))].join('\n') + '\n');

// plots-gaps.csv: the committee's copy, with unmeasured soil and blanks.
const gaps = rows.map((x) => x.map((v, j) => ((j === 3 || j === 6) && r() < 0.06 ? (r() < 0.5 ? 'NA' : '') : v)));
fs.writeFileSync(path.join(dir, 'plots-gaps.csv'), [header.join(','), ...gaps.map((x) => x.join(','))].join('\n') + '\n');

// harvest-weekly.tsv saved as .csv, tab-separated: the community garden's weekly produce log.
const h2 = ['week_start', 'rain_mm', 'mean_temp_c', 'sun_hours', 'volunteers', 'visitors', 'produce_kg'];
const wrows: string[] = [h2.join('\t')];
for (let i = 0; i < 300; i++) {
  const week = i % 52;
  const season = Math.sin(((week - 13) / 52) * 2 * Math.PI);
  const temp = 10 + 8 * season + normal(r, 0, 2.5);
  const rain = Math.max(0, normal(r, 14, 9) - 3 * season);
  const sun = clamp(30 + 25 * season + normal(r, 0, 8), 2, 80);
  const vols = Math.max(1, Math.round(normal(r, 9, 3) + 4 * season));
  const visitors = Math.max(0, Math.round(vols * 6 + normal(r, 20, 15))); // collinear with volunteers
  const produce = Math.max(0, 40 + 9 * Math.max(temp, 0) + 1.5 * sun + 6 * vols - 0.8 * rain + normal(r, 0, 20));
  const d = new Date(Date.UTC(2019, 0, 7 + 7 * i)).toISOString().slice(0, 10);
  wrows.push([d, f1(rain), f1(temp), f1(sun), String(vols), String(visitors), f1(produce)].join('\t'));
}
fs.writeFileSync(path.join(dir, 'harvest-weekly.csv'), wrows.join('\n') + '\n');

// waitlist.csv: applicants for a plot; whether they took the plot when offered (rare yes on far sites).
const h3 = ['applicant_ref', 'months_waiting', 'distance_km', 'household_size', 'prior_plot', 'age', 'took_plot'];
const lrows: string[] = [h3.join(',')];
for (let i = 0; i < 280; i++) {
  const months = clamp(normal(r, 20, 14), 0, 72);
  const dist = clamp(Math.exp(normal(r, 0.8, 0.7)), 0.2, 25);
  const hh = Math.max(1, Math.round(normal(r, 2.6, 1.3)));
  const prior = r() < 0.25 ? 1 : 0;
  const age = Math.round(clamp(normal(r, 48, 15), 19, 88));
  const z = 0.4 - 0.55 * dist + 0.9 * prior - 0.02 * months + 0.25 * hh + normal(r, 0, 0.4);
  const took = r() < sigmoid(2 * z) ? 'yes' : 'no';
  lrows.push([`W${2400 + i}`, f1(months), f2(dist), String(hh), String(prior), String(age), took].join(','));
}
fs.writeFileSync(path.join(dir, 'waitlist.csv'), lrows.join('\n') + '\n');
