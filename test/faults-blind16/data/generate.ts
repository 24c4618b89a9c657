/**
 * Writes the CSVs of the sixteenth blind set: `npx tsx test/faults-blind16/data/generate.ts`.
 * Seeded (test/faults/data-random.ts), so every run writes the same files.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const here = __dirname;
const write = (name: string, header: string[], rows: (string | number)[][]) =>
  fs.writeFileSync(path.join(here, name), [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');

/** House prices in thousands of dollars from raw-scale features; noise sd 25k. */
function housing(): (string | number)[][] {
  const r = rng(1601), rows: (string | number)[][] = [];
  for (let i = 0; i < 300; i++) {
    const sqft = Math.round(clamp(normal(r, 1600, 500), 450, 3800));
    const rooms = clamp(Math.round(sqft / 450 + normal(r, 0, 0.8)), 1, 8);
    const age = Math.round(clamp(normal(r, 35, 20), 0, 110));
    const dist = +clamp(normal(r, 12, 7), 0.5, 40).toFixed(1);
    const price = 60 + 0.16 * sqft + 9 * rooms - 0.9 * age - 4.5 * dist + normal(r, 0, 25);
    rows.push([sqft, rooms, age, dist, +price.toFixed(1)]);
  }
  return rows;
}

/** Telecom churn: logistic outcome, then 8% of labels flipped. */
function churn(): (string | number)[][] {
  const r = rng(1602), rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const tenure = Math.round(clamp(normal(r, 30, 20), 1, 72));
    const charge = +clamp(normal(r, 70, 25), 18, 120).toFixed(2);
    const calls = Math.round(clamp(normal(r, 2, 1.6), 0, 9));
    const contract = [1, 12, 24][Math.floor(r() * 3)];
    const z = 1.2 - 0.06 * tenure + 0.025 * charge + 0.55 * calls - 0.09 * contract;
    let y = r() < sigmoid(z) ? 1 : 0;
    if (r() < 0.08) y = 1 - y;
    rows.push([tenure, charge, calls, contract, y]);
  }
  return rows;
}

/** Vibration sensors, four machine states as strings, overlapping clusters and 5% random labels. */
function sensors(): (string | number)[][] {
  const r = rng(1603), states = ['ok', 'bearing', 'imbalance', 'misalign'], rows: (string | number)[][] = [];
  const centres = [[0.2, 0.1, 1.0, 20], [0.9, 0.2, 1.6, 35], [0.3, 0.8, 1.2, 28], [0.6, 0.6, 2.2, 24]];
  for (let i = 0; i < 360; i++) {
    let k = i % 4;
    const c = centres[k];
    const row = [normal(r, c[0], 0.18), normal(r, c[1], 0.18), normal(r, c[2], 0.3), normal(r, c[3], 4), normal(r, 50, 10)];
    if (r() < 0.05) k = Math.floor(r() * 4);
    rows.push([...row.map((v) => +v.toFixed(3)), states[k]]);
  }
  return rows;
}

const h = housing();
write('housing.csv', ['sqft', 'rooms', 'age', 'dist_km', 'price_k'], h);
const bad = h.map((row) => [...row]);
bad[57][2] = 'NA';
bad[211][0] = '1,450'.replace(',', ' ');
write('housing-dirty.csv', ['sqft', 'rooms', 'age', 'dist_km', 'price_k'], bad);
write('churn.csv', ['tenure_months', 'monthly_charge', 'support_calls', 'contract_months', 'churned'], churn());
write('sensors.csv', ['rms_x', 'rms_y', 'kurtosis', 'temp_c', 'load_pct', 'state'], sensors());
