/**
 * Writes this set's CSVs (seeded, so the files never change): loans.csv (binary default, 8% flipped
 * labels, raw-scale features), energy.csv (regression, noisy kWh), grades.csv (3 classes, 10% flipped),
 * and two broken copies for data faults. Run: npx tsx test/faults-blind10/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, header: string[], rows: (number | string)[][]) =>
  fs.writeFileSync(path.join(dir, name), [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');

function loans(): (number | string)[][] {
  const next = rng(1010);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 400; i++) {
    const income = Math.round(clamp(normal(next, 52000, 18000), 12000, 160000));
    const debt = +clamp(normal(next, 0.35, 0.15), 0, 1).toFixed(3);
    const age = Math.round(clamp(normal(next, 41, 12), 19, 80));
    const years = Math.round(clamp(normal(next, 8, 6), 0, 45));
    const lines = Math.round(clamp(normal(next, 4, 2), 0, 15));
    const z = -1.1 * (income - 52000) / 18000 + 2.2 * (debt - 0.35) / 0.15 - 0.5 * (years - 8) / 6 + 0.4 * (lines - 4) / 2 + 0.8 * ((debt - 0.35) / 0.15) ** 2 - 0.8;
    let y = next() < sigmoid(2 * z) ? 1 : 0;
    if (next() < 0.08) y = 1 - y;
    rows.push([income, debt, age, years, lines, y]);
  }
  return rows;
}

function energy(): number[][] {
  const next = rng(2020);
  const rows: number[][] = [];
  for (let i = 0; i < 300; i++) {
    const temp = +normal(next, 15, 9).toFixed(1);
    const humidity = +clamp(normal(next, 60, 15), 10, 100).toFixed(1);
    const hour = Math.floor(next() * 24);
    const occupancy = Math.round(clamp(normal(next, 20, 12), 0, 60));
    const kwh = 40 + 0.08 * (temp - 18) ** 2 + 0.6 * occupancy + 12 * Math.sin((2 * Math.PI * (hour - 6)) / 24) + 0.05 * humidity + normal(next, 0, 4);
    rows.push([temp, humidity, hour, occupancy, +kwh.toFixed(2)]);
  }
  return rows;
}

function grades(): number[][] {
  const next = rng(3030);
  const rows: number[][] = [];
  for (let i = 0; i < 360; i++) {
    const g = i % 3;
    const f = [0, 1, 2, 3, 4, 5].map((k) => +normal(next, (k % 3 === g ? 1.4 : 0) + (k === 5 ? g * 0.5 : 0), 1).toFixed(3));
    let y = g;
    if (next() < 0.1) y = Math.floor(next() * 3);
    rows.push([...f, y]);
  }
  return rows;
}

const loanRows = loans();
write('loans.csv', ['income', 'debt_ratio', 'age', 'years_employed', 'credit_lines', 'default'], loanRows);
const broken = loanRows.slice(0, 120).map((r, i) => (i === 57 ? [r[0], 'n/a', r[2], r[3], r[4], r[5]] : r));
write('loans-broken.csv', ['income', 'debt_ratio', 'age', 'years_employed', 'credit_lines', 'default'], broken);
write('energy.csv', ['temp_c', 'humidity', 'hour', 'occupancy', 'kwh'], energy());
write('grades.csv', ['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'grade'], grades());
