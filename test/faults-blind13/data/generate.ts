/**
 * Writes the CSVs of the thirteenth blind set (seeded, so the files never change):
 * `npx tsx test/faults-blind13/data/generate.ts`.
 * churn.csv: 6 raw-scale features, binary churn label from a logistic score, ~8% labels flipped.
 * housing.csv: 5 raw-scale features, price in thousands, noisy linear+nonlinear target.
 * quality.csv: 4 features, 3 string classes (low/mid/high), ~10% labels random.
 * churn-na.csv: churn.csv with one "NA" cell (a dirty export).
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, header: string[], rows: (string | number)[][]) =>
  fs.writeFileSync(path.join(dir, name), [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
const r2 = (x: number) => Math.round(x * 100) / 100;

function churn(): (string | number)[][] {
  const next = rng(1301);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 600; i++) {
    const tenure = Math.round(clamp(normal(next, 30, 20), 0, 72));
    const charge = r2(clamp(normal(next, 70, 25), 18, 120));
    const calls = Math.round(clamp(normal(next, 2, 2), 0, 10));
    const age = Math.round(clamp(normal(next, 45, 15), 18, 85));
    const contract = next() < 0.4 ? 1 : 0;
    const usage = r2(clamp(normal(next, 200, 90), 0, 500));
    const z = -0.06 * (tenure - 30) + 0.03 * (charge - 70) + 0.5 * (calls - 2) - 1.5 * contract + 0.002 * (usage - 200);
    let label = next() < sigmoid(2 * z) ? 1 : 0;
    if (next() < 0.08) label = 1 - label;
    rows.push([tenure, charge, calls, age, contract, usage, label]);
  }
  return rows;
}

function housing(): (string | number)[][] {
  const next = rng(1302);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 500; i++) {
    const sqft = Math.round(clamp(normal(next, 1800, 600), 450, 4200));
    const rooms = Math.round(clamp(sqft / 500 + normal(next, 0, 0.7), 1, 8));
    const age = Math.round(clamp(normal(next, 35, 20), 0, 110));
    const dist = r2(clamp(normal(next, 12, 7), 0.5, 40));
    const school = r2(clamp(normal(next, 6, 2), 1, 10));
    const price = 60 + 0.16 * sqft + 12 * rooms - 1.1 * age - 220 * Math.log1p(dist) / 3 + 18 * school + normal(next, 0, 25);
    rows.push([sqft, rooms, age, dist, school, r2(price)]);
  }
  return rows;
}

function quality(): (string | number)[][] {
  const next = rng(1303);
  const names = ['low', 'mid', 'high'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 450; i++) {
    const acid = r2(normal(next, 7, 1.5)), sugar = r2(clamp(normal(next, 5, 3), 0.5, 20));
    const alcohol = r2(normal(next, 11, 1.3)), sulph = r2(clamp(normal(next, 0.6, 0.15), 0.2, 1.2));
    const s = 0.9 * (alcohol - 11) + 3 * (sulph - 0.6) - 0.25 * (acid - 7) + 0.05 * (sugar - 5) + normal(next, 0, 0.35);
    let c = s < -0.45 ? 0 : s < 0.45 ? 1 : 2;
    if (next() < 0.1) c = Math.floor(next() * 3);
    rows.push([acid, sugar, alcohol, sulph, names[c]]);
  }
  return rows;
}

const churnRows = churn();
write('churn.csv', ['tenure', 'monthly_charge', 'support_calls', 'age', 'contract', 'usage_gb', 'churned'], churnRows);
const dirty = churnRows.map((r) => [...r]);
dirty[217][1] = 'NA';
write('churn-na.csv', ['tenure', 'monthly_charge', 'support_calls', 'age', 'contract', 'usage_gb', 'churned'], dirty);
write('housing.csv', ['sqft', 'rooms', 'age', 'distance_km', 'school_score', 'price_k'], housing());
write('quality.csv', ['acidity', 'sugar', 'alcohol', 'sulphates', 'quality'], quality());
