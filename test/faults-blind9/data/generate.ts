/**
 * Writes this set's CSVs (seeded, so the same files every run): `npx tsx test/faults-blind9/data/generate.ts`.
 * housing: regression, price in units of 100k with noise. churn: binary yes/no with ~8% flipped labels.
 * sensors: three classes ok/warn/fail with overlap and ~5% flipped labels. Plus broken variants for data faults.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, rows: (string | number)[][]) =>
  fs.writeFileSync(path.join(dir, name), rows.map((r) => r.join(',')).join('\n') + '\n');

function housing(): (string | number)[][] {
  const next = rng(901);
  const rows: (string | number)[][] = [['sqft', 'rooms', 'age', 'distance_km', 'price']];
  for (let i = 0; i < 400; i++) {
    const sqft = Math.round(clamp(normal(next, 1800, 600), 400, 4500));
    const rooms = clamp(Math.round(sqft / 600 + normal(next, 0, 0.8)), 1, 8);
    const age = Math.round(clamp(normal(next, 35, 20), 0, 110));
    const dist = +clamp(normal(next, 12, 7), 0.5, 45).toFixed(1);
    const price = 0.9 + sqft / 900 + 0.15 * rooms - 0.012 * age - 0.05 * dist + Math.max(0, 1.5 - dist / 4) + normal(next, 0, 0.3);
    rows.push([sqft, rooms, age, dist, Math.max(0.3, price).toFixed(3)]);
  }
  return rows;
}

function churn(): (string | number)[][] {
  const next = rng(902);
  const rows: (string | number)[][] = [['customer_id', 'tenure_months', 'monthly_charge', 'support_calls', 'contract_years', 'churned']];
  for (let i = 0; i < 500; i++) {
    const tenure = Math.round(clamp(normal(next, 30, 20), 1, 72));
    const charge = +clamp(normal(next, 65, 25), 15, 130).toFixed(2);
    const calls = Math.min(9, Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.5));
    const contract = [0, 1, 2][Math.floor(next() * 3)];
    const z = -0.5 - 0.06 * (tenure - 30) + 0.03 * (charge - 65) + 0.6 * (calls - 1.5) - 1.2 * contract + 0.8;
    let churned = next() < sigmoid(z * 1.5);
    if (next() < 0.08) churned = !churned;
    rows.push([100000 + i * 7, tenure, charge, calls, contract, churned ? 'yes' : 'no']);
  }
  return rows;
}

function sensors(): (string | number)[][] {
  const next = rng(903);
  const names = ['ok', 'warn', 'fail'];
  const rows: (string | number)[][] = [['temp_c', 'vibration', 'current_a', 'state']];
  for (let i = 0; i < 450; i++) {
    let k = i % 3;
    const temp = normal(next, [45, 62, 78][k], 7), vib = normal(next, [0.2, 0.5, 0.9][k], 0.15), cur = normal(next, [4, 5, 7][k], 0.9);
    if (next() < 0.05) k = (k + 1 + Math.floor(next() * 2)) % 3;
    rows.push([temp.toFixed(1), vib.toFixed(3), cur.toFixed(2), names[k]]);
  }
  return rows;
}

const h = housing();
write('housing.csv', h);
write('churn.csv', churn());
write('sensors.csv', sensors());
// An export where missing ages were written as NA (a common pandas/R habit).
write('housing-na.csv', h.map((r, i) => (i > 0 && i % 37 === 0 ? [r[0], r[1], 'NA', r[3], r[4]] : r)));
