/**
 * Writes this set's CSVs (seeded, so the files never change): `npx tsx test/faults-blind29/data/generate.ts`.
 * churn.csv: 400 subscribers, 6 features of mixed scales plus an id, churned 0/1 with 10% labels flipped.
 * rent.csv: 300 flats, 5 features, monthly rent in euros with ~7% noise (regression).
 * beans.csv: 330 beans, 4 shape features, 3 string varieties, 8% relabelled.
 * churn-gaps.csv: churn rows with NA and empty cells (a data fault).
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const here = __dirname;
const next = rng(2929);

function churn(): string[] {
  const rows = ['id,tenure_months,monthly_fee,support_calls,data_gb,age,discount,churned'];
  for (let i = 0; i < 400; i++) {
    const tenure = Math.round(clamp(normal(next, 24, 16), 1, 72));
    const fee = +clamp(normal(next, 45, 15), 10, 120).toFixed(2);
    const calls = Math.max(0, Math.round(normal(next, 2, 1.6)));
    const data = +clamp(normal(next, 12, 8), 0, 60).toFixed(1);
    const age = Math.round(clamp(normal(next, 42, 13), 18, 85));
    const discount = next() < 0.3 ? 1 : 0;
    const z = -0.07 * (tenure - 24) + 0.05 * (fee - 45) + 0.8 * (calls - 2) - 0.9 * discount + 0.4 * Math.sin(data / 6) + 0.2;
    let y = next() < sigmoid(2 * z) ? 1 : 0;
    if (next() < 0.1) y = 1 - y;
    rows.push([1000 + i, tenure, fee, calls, data, age, discount, y].join(','));
  }
  return rows;
}

function rent(): string[] {
  const rows = ['area_m2,rooms,floor,distance_km,year_built,rent_eur'];
  for (let i = 0; i < 300; i++) {
    const area = Math.round(clamp(normal(next, 70, 25), 20, 180));
    const rooms = clamp(Math.round(area / 25 + normal(next, 0, 0.7)), 1, 7);
    const floor = Math.floor(next() * 9);
    const dist = +clamp(normal(next, 6, 4), 0.3, 25).toFixed(2);
    const year = Math.round(clamp(normal(next, 1975, 25), 1900, 2023));
    const base = 300 + 11 * area + 40 * rooms + 15 * floor - 180 * Math.log(1 + dist) + 2.5 * (year - 1975);
    rows.push([area, rooms, floor, dist, year, Math.round(base * (1 + normal(next, 0, 0.07)))].join(','));
  }
  return rows;
}

function beans(): string[] {
  const names = ['kidney', 'pinto', 'navy'];
  const centres = [[18, 8, 0.72, 240], [14, 9, 0.8, 190], [9, 7, 0.9, 110]];
  const rows = ['length_mm,width_mm,roundness,weight_mg,variety'];
  for (let i = 0; i < 330; i++) {
    let c = i % 3;
    const [l, w, r, m] = centres[c];
    const vals = [normal(next, l, 1.8), normal(next, w, 0.9), normal(next, r, 0.05), normal(next, m, 28)];
    if (next() < 0.08) c = (c + 1 + Math.floor(next() * 2)) % 3;
    rows.push([vals[0].toFixed(2), vals[1].toFixed(2), vals[2].toFixed(3), vals[3].toFixed(1), names[c]].join(','));
  }
  return rows;
}

function gaps(rows: string[]): string[] {
  return rows.map((row, i) => {
    if (i === 0 || i % 37 !== 5) return row;
    const cells = row.split(',');
    cells[i % 2 === 0 ? 3 : 4] = i % 3 === 0 ? '' : 'NA';
    return cells.join(',');
  });
}

const churnRows = churn();
const files: Record<string, string[]> = { 'churn.csv': churnRows, 'rent.csv': rent(), 'beans.csv': beans(), 'churn-gaps.csv': gaps(churnRows) };
for (const [name, rows] of Object.entries(files)) fs.writeFileSync(path.join(here, name), rows.join('\n') + '\n');
console.log(`wrote ${Object.keys(files).join(', ')}`);
