/**
 * Writes this set's CSVs (seeded, so the same files every run):
 * `npx tsx test/faults-blind8/data/generate.ts`.
 * credit.csv: loan default (0/1) from raw-scale features, 7% of labels flipped.
 * energy.csv: building energy use (kWh, a few hundred) from weather and occupancy, noisy.
 * grain.csv: three grain varieties from five measurements, overlapping classes, 5% labels flipped.
 * credit-na.csv, energy-weekday.csv: the same data as exported with a missing value / a text column.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const here = __dirname;
const write = (name: string, header: string[], rows: (number | string)[][]) =>
  fs.writeFileSync(path.join(here, name), [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
const round = (x: number, d: number) => Number(x.toFixed(d));

function credit(): (number | string)[][] {
  const next = rng(801);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 600; i++) {
    const income = clamp(normal(next, 52000, 18000), 9000, 160000);
    const age = Math.round(clamp(normal(next, 41, 12), 19, 80));
    const debtRatio = clamp(normal(next, 0.35, 0.18), 0, 1.2);
    const accounts = Math.round(clamp(normal(next, 4, 2.5), 0, 14));
    const z = -1.2 + 4.5 * (debtRatio - 0.35) - 2.2 * ((income - 52000) / 18000) * 0.5 - 0.03 * (age - 41) + 0.25 * (accounts - 4) + 1.5 * (debtRatio > 0.6 && income < 40000 ? 1 : 0);
    let y = next() < sigmoid(2 * z) ? 1 : 0;
    if (next() < 0.07) y = 1 - y;
    rows.push([round(income, 0), age, round(debtRatio, 3), accounts, y]);
  }
  return rows;
}

function energy(): (number | string)[][] {
  const next = rng(802);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 500; i++) {
    const temp = normal(next, 14, 9);
    const humidity = clamp(normal(next, 60, 15), 15, 100);
    const hour = Math.floor(next() * 24);
    const occupancy = Math.round(clamp(normal(next, hour >= 8 && hour <= 18 ? 120 : 25, 20), 0, 250));
    const heating = Math.max(0, 16 - temp) * 14, cooling = Math.max(0, temp - 22) * 18;
    const kwh = 180 + heating + cooling + 1.1 * occupancy + 0.6 * (humidity - 60) + normal(next, 0, 22);
    rows.push([round(temp, 1), round(humidity, 1), hour, occupancy, round(kwh, 1)]);
  }
  return rows;
}

function grain(): (number | string)[][] {
  const next = rng(803);
  const centres = [[14.3, 5.5, 3.2, 2.6, 0.87], [18.1, 6.2, 3.7, 3.6, 0.88], [11.9, 5.2, 2.9, 4.8, 0.85]];
  const spread = [1.1, 0.3, 0.2, 1.0, 0.02];
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 450; i++) {
    let k = i % 3;
    const x = centres[k].map((c, j) => round(normal(next, c, spread[j]), 3));
    if (next() < 0.05) k = (k + 1 + Math.floor(next() * 2)) % 3;
    rows.push([...x, k]);
  }
  return rows;
}

const creditRows = credit(), energyRows = energy();
write('credit.csv', ['income', 'age', 'debt_ratio', 'accounts', 'default'], creditRows);
write('energy.csv', ['temp', 'humidity', 'hour', 'occupancy', 'kwh'], energyRows);
write('grain.csv', ['area', 'length', 'width', 'asymmetry', 'compactness', 'variety'], grain());
// As exported from a spreadsheet with an empty income cell and an "NA" in a later row.
const na = creditRows.map((r) => [...r]);
na[37][0] = '';
na[211][2] = 'NA';
write('credit-na.csv', ['income', 'age', 'debt_ratio', 'accounts', 'default'], na);
const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
write('energy-weekday.csv', ['temp', 'humidity', 'hour', 'weekday', 'occupancy', 'kwh'],
  energyRows.map((r, i) => [r[0], r[1], r[2], days[i % 7], r[3], r[4]]));
