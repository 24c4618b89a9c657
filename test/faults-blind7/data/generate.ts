/**
 * Writes this set's CSVs (seeded, so every run gives the same files):
 * `npx tsx test/faults-blind7/data/generate.ts`.
 * churn.csv: binary churn from a logistic latent score, 7% labels flipped.
 * housing.csv: house price regression (price in thousands) with raw, differently scaled features.
 * sensors.csv: 3-class machine state from 5 sensor readings, 5% labels flipped.
 * churn-bad.csv: churn.csv with a few rows as exported from a spreadsheet (blank cell, "NA").
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const here = __dirname;
const write = (name: string, header: string[], rows: (number | string)[][]) =>
  fs.writeFileSync(path.join(here, name), [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
const r2 = (x: number) => Math.round(x * 100) / 100;

function churn(): (number | string)[][] {
  const next = rng(701);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 600; i++) {
    const tenure = Math.round(clamp(normal(next, 30, 20), 1, 72));
    const charge = r2(clamp(normal(next, 70, 25), 20, 120));
    const calls = Math.round(clamp(normal(next, 2, 1.8), 0, 10));
    const contract = [1, 12, 24][Math.floor(next() * 3)];
    const z = -0.06 * tenure + 0.03 * (charge - 70) + 0.5 * calls - 0.08 * contract + 0.6;
    let label = next() < sigmoid(z) ? 1 : 0;
    if (next() < 0.07) label = 1 - label;
    rows.push([tenure, charge, calls, contract, label]);
  }
  return rows;
}

function housing(): number[][] {
  const next = rng(702);
  const rows: number[][] = [];
  for (let i = 0; i < 500; i++) {
    const sqft = Math.round(clamp(normal(next, 1800, 600), 450, 4200));
    const rooms = Math.round(clamp(sqft / 450 + normal(next, 0, 0.8), 1, 9));
    const age = Math.round(clamp(normal(next, 35, 20), 0, 110));
    const dist = r2(clamp(normal(next, 12, 7), 0.5, 40));
    const price = 60 + 0.14 * sqft + 9 * rooms - 0.7 * age - 3.5 * dist + 0.00002 * sqft * sqft + normal(next, 0, 25);
    rows.push([sqft, rooms, age, dist, r2(price)]);
  }
  return rows;
}

function sensors(): number[][] {
  const next = rng(703);
  const centres = [[0.2, 40, 1.1, 300, 5], [0.5, 55, 0.9, 340, 7], [0.35, 70, 1.4, 310, 9]];
  const spread = [0.08, 7, 0.15, 18, 1.5];
  const rows: number[][] = [];
  for (let i = 0; i < 450; i++) {
    const cls = i % 3;
    const x = centres[cls].map((c, j) => r2(normal(next, c, spread[j] * 1.3)));
    const label = next() < 0.05 ? Math.floor(next() * 3) : cls;
    rows.push([...x, label]);
  }
  return rows;
}

const churnRows = churn();
write('churn.csv', ['tenure', 'monthly_charge', 'support_calls', 'contract_months', 'churn'], churnRows);
const bad = churnRows.slice(0, 200).map((r) => [...r]);
bad[57][1] = '';
bad[123][2] = 'NA';
write('churn-bad.csv', ['tenure', 'monthly_charge', 'support_calls', 'contract_months', 'churn'], bad);
write('housing.csv', ['sqft', 'rooms', 'age', 'dist_km', 'price_k'], housing());
write('sensors.csv', ['vibration', 'temp_c', 'current_a', 'pressure_kpa', 'rpm_k', 'state'], sensors());
