/**
 * Writes this set's CSVs (seeded, identical on every run): `npx tsx test/faults-blind12/data/generate.ts`.
 * credit.csv: loan default (0/1) from five raw-scale features, ~7% flipped labels.
 * credit-dirty.csv: the same with a few "n/a" cells, as exported from a spreadsheet.
 * energy.csv: building load (load_mwh, ~1-10) and cost_usd (~thousands) from four features, noisy.
 * grade.csv: three string classes (low/mid/high) from four features, ~10% relabelled at random.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, rows: (string | number)[][]) =>
  fs.writeFileSync(path.join(dir, name), rows.map((r) => r.join(',')).join('\n') + '\n');

function credit(): (string | number)[][] {
  const next = rng(1201);
  const rows: (string | number)[][] = [['age', 'income', 'debt_ratio', 'late_payments', 'years_employed', 'default']];
  for (let i = 0; i < 400; i++) {
    const age = Math.round(clamp(normal(next, 42, 12), 19, 75));
    const income = Math.round(clamp(normal(next, 58000, 22000), 12000, 190000));
    const debt = +clamp(normal(next, 0.35, 0.18), 0, 1.2).toFixed(3);
    const late = Math.min(6, Math.floor(-Math.log(Math.max(next(), 1e-9)) * 0.9));
    const years = +clamp(normal(next, (age - 19) * 0.4, 4), 0, 45).toFixed(1);
    const z = -1.2 + 4.5 * (debt - 0.35) + 0.8 * late - 0.00003 * (income - 58000) - 0.05 * (years - 9) + 1.5 * debt * late * 0.5;
    let label = next() < sigmoid(2 * z) ? 1 : 0;
    if (next() < 0.07) label = 1 - label;
    rows.push([age, income, debt, late, years, label]);
  }
  return rows;
}

function energy(): (string | number)[][] {
  const next = rng(1202);
  const rows: (string | number)[][] = [['temp_c', 'humidity', 'occupancy', 'area_m2', 'load_mwh', 'cost_usd']];
  for (let i = 0; i < 300; i++) {
    const temp = +(next() * 40 - 5).toFixed(1);
    const hum = +(20 + next() * 70).toFixed(1);
    const occ = Math.floor(next() * 50);
    const area = Math.round(50 + next() * 450);
    const load = 0.6 + area / 120 + 0.004 * (temp - 18) ** 2 + 0.03 * occ + 0.01 * (hum - 50) * (temp > 25 ? 1 : 0) + normal(next, 0, 0.35);
    const cost = Math.round(load * 410 + normal(next, 0, 90));
    rows.push([temp, hum, occ, area, +load.toFixed(3), cost]);
  }
  return rows;
}

function grade(): (string | number)[][] {
  const next = rng(1203);
  const names = ['low', 'mid', 'high'];
  const rows: (string | number)[][] = [['acidity', 'sugar', 'alcohol', 'sulphates', 'grade']];
  for (let i = 0; i < 360; i++) {
    const acidity = +normal(next, 7.5, 1.2).toFixed(2);
    const sugar = +Math.abs(normal(next, 4, 2.5)).toFixed(2);
    const alcohol = +normal(next, 11, 1.3).toFixed(2);
    const sulph = +clamp(normal(next, 0.65, 0.15), 0.3, 1.2).toFixed(2);
    const s = 1.3 * (alcohol - 11) + 4 * (sulph - 0.65) - 0.3 * (acidity - 7.5) - 0.1 * Math.abs(sugar - 4) + normal(next, 0, 0.4);
    let k = s < -0.6 ? 0 : s < 0.7 ? 1 : 2;
    if (next() < 0.1) k = Math.floor(next() * 3);
    rows.push([acidity, sugar, alcohol, sulph, names[k]]);
  }
  return rows;
}

const c = credit();
write('credit.csv', c);
const dirty = c.map((r, i) => (i > 0 && i % 37 === 0 ? r.map((v, j) => (j === 1 ? 'n/a' : v)) : r));
write('credit-dirty.csv', dirty);
write('energy.csv', energy());
write('grade.csv', grade());
