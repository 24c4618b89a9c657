/**
 * Writes this set's CSVs (`npx tsx test/faults-blind32/data/generate.ts`): medium tables of mixed
 * feature scales with missing readings coded as numeric sentinels, as team exports often are.
 * Seeded, so the files are the same on every run.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const OUT = __dirname;
const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

function write(name: string, header: string[], rows: (number | string)[][]): void {
  const text = [header.join(','), ...rows.map((row) => row.map((v) => (typeof v === 'number' ? r4(v) : v)).join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(OUT, name), text);
}

/** churn.csv: 900 telecom customers; data_gb missing as -1 (5%), age missing as 999 (3%); 8% labels flipped. */
function churn(): (number | string)[][] {
  const next = rng(3201);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 900; i++) {
    const tenure = Math.floor(next() * 72), charge = clamp(normal(next, 70, 25), 18, 130);
    const calls = Math.floor(clamp(normal(next, 2, 1.8), 0, 12)), gb = clamp(normal(next, 120, 90), 0, 600);
    const age = Math.round(clamp(normal(next, 45, 14), 18, 85));
    const z = -0.06 * tenure + 0.03 * (charge - 70) + 0.5 * (calls - 2) + 0.0008 * (calls - 2) * (charge - 70) * 10 - 0.01 * (gb - 120) * 0.5 + 0.8;
    let y = next() < sigmoid(z * 1.3) ? 1 : 0;
    if (next() < 0.08) y = 1 - y;
    rows.push([1000 + i, tenure, charge, calls, next() < 0.05 ? -1 : gb, next() < 0.03 ? 999 : age, y]);
  }
  return rows;
}

/** energy.csv: 750 building-days; kWh from temperature (U-shaped), floor area and occupancy; humidity missing as -99 (4%). */
function energy(): (number | string)[][] {
  const next = rng(3202);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 750; i++) {
    const temp = normal(next, 14, 9), hum = clamp(normal(next, 60, 15), 10, 100);
    const area = Math.exp(normal(next, 6.5, 0.7)), occ = Math.floor(clamp(normal(next, 40, 25), 0, 150)), weekend = next() < 2 / 7 ? 1 : 0;
    const kwh = 0.02 * area * (1 + 0.004 * (temp - 18) ** 2) + 1.5 * occ * (1 - 0.6 * weekend) + 0.3 * hum + normal(next, 0, 25);
    rows.push([temp, next() < 0.04 ? -99 : hum, area, occ, weekend, Math.max(5, kwh)]);
  }
  return rows;
}

/** defects.csv: 660 inspected parts, 3 string classes, 10% relabelled; thickness missing as 0 (4%). */
function defects(): (number | string)[][] {
  const next = rng(3203);
  const names = ['ok', 'scratch', 'dent'];
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 660; i++) {
    const c = next() < 0.5 ? 0 : next() < 0.5 ? 1 : 2;
    const gloss = normal(next, [80, 55, 75][c], 10), rough = normal(next, [0.8, 2.2, 1.1][c], 0.45);
    const depth = Math.abs(normal(next, [5, 12, 60][c], [4, 6, 25][c])), temp = normal(next, 210, 15);
    const thick = normal(next, [3.0, 3.0, 2.6][c], 0.25);
    const label = next() < 0.1 ? names[Math.floor(next() * 3)] : names[c];
    rows.push([gloss, rough, depth, temp, next() < 0.04 ? 0 : thick, label]);
  }
  return rows;
}

write('churn.csv', ['customer_id', 'tenure_months', 'monthly_charge', 'support_calls', 'data_gb', 'age', 'churned'], churn());
write('energy.csv', ['temp_c', 'humidity', 'floor_area_m2', 'occupants', 'weekend', 'kwh'], energy());
write('defects.csv', ['gloss', 'roughness_um', 'depth_um', 'oven_temp_c', 'thickness_mm', 'defect'], defects());
// A copy of churn with text placeholders where a careless export left them: "NA" and empty cells.
const gappy = churn().slice(0, 600).map((row, i) => row.map((v, c) => (c === 4 && i % 23 === 5 ? 'NA' : c === 2 && i % 41 === 7 ? '' : v)));
write('churn-export.csv', ['customer_id', 'tenure_months', 'monthly_charge', 'support_calls', 'data_gb', 'age', 'churned'], gappy);
