/**
 * Writes this set's CSVs (seeded, so the files never change): `npx tsx test/faults-blind11/data/generate.ts`.
 * housing.csv: regression in raw units; churn.csv: binary with ~8% flipped labels;
 * quality.csv: three string classes with overlap; churn-broken.csv: one row with "n/a".
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, header: string[], rows: (string | number)[][]) =>
  fs.writeFileSync(path.join(dir, name), [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
const r2 = (x: number) => Math.round(x * 100) / 100;

function housing(): void {
  const next = rng(1101);
  const rows: number[][] = [];
  for (let i = 0; i < 300; i++) {
    const sqft = clamp(normal(next, 1800, 600), 450, 4200), rooms = clamp(Math.round(sqft / 600 + normal(next, 0, 0.8)), 1, 7);
    const age = clamp(normal(next, 35, 20), 0, 100), dist = clamp(Math.abs(normal(next, 10, 8)), 0.3, 45);
    const price = 40 + 0.14 * sqft + 9 * rooms - 0.9 * age - 3.2 * dist + normal(next, 0, 25);
    rows.push([Math.round(sqft), rooms, r2(age), r2(dist), r2(price)]);
  }
  write('housing.csv', ['sqft', 'rooms', 'age', 'distance_km', 'price_k'], rows);
}

function churn(): { header: string[]; rows: (string | number)[][] } {
  const next = rng(1102);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const tenure = Math.round(clamp(Math.abs(normal(next, 24, 18)), 1, 72)), fee = r2(clamp(normal(next, 65, 25), 15, 140));
    const calls = Math.round(clamp(Math.abs(normal(next, 1.5, 1.8)), 0, 10)), contract = next() < 0.45 ? 1 : 0;
    const z = -0.06 * tenure + 0.03 * (fee - 65) + 0.55 * calls - 1.6 * contract + 0.6;
    let label = next() < sigmoid(2 * z) ? 1 : 0;
    if (next() < 0.08) label = 1 - label;
    rows.push([tenure, fee, calls, contract, label]);
  }
  const header = ['tenure_months', 'monthly_fee', 'support_calls', 'annual_contract', 'churned'];
  write('churn.csv', header, rows);
  return { header, rows };
}

function quality(): void {
  const next = rng(1103);
  const names = ['high', 'low', 'mid'];
  const centres = [[1.2, 0.4, 11.5, 3.1, 0.9], [0.5, 1.1, 9.4, 3.5, 0.4], [0.85, 0.7, 10.4, 3.3, 0.65]];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 330; i++) {
    const k = i % 3, c = centres[k];
    const f = c.map((m, j) => r2(normal(next, m, [0.25, 0.25, 0.8, 0.15, 0.2][j])));
    rows.push([...f, names[k]]);
  }
  write('quality.csv', ['citric', 'volatile', 'alcohol', 'ph', 'sulphates', 'grade'], rows);
}

housing();
const c = churn();
quality();
const broken = c.rows.map((r) => [...r]);
broken[57][1] = 'n/a';
write('churn-broken.csv', c.header, broken);
