/**
 * Writes this set's CSVs (seeded, byte-identical on every run): `npx tsx test/faults-blind6/data/generate.ts`.
 * loans.csv: binary default/no-default from six features on very different scales, 7% labels flipped.
 * energy.csv: building energy use (kWh) from weather and occupancy, noisy regression.
 * grades.csv: three quality grades from five lab measurements, overlapping classes, 5% labels flipped.
 * loans-na.csv: loans.csv's first rows with a spreadsheet "NA" left in one cell (a faulty file).
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function loans(): string[] {
  const next = rng(601);
  const rows = ['income,age,debt_ratio,accounts,years_employed,late_payments,defaulted'];
  for (let i = 0; i < 600; i++) {
    const income = Math.round(clamp(normal(next, 52000, 18000), 12000, 200000));
    const age = Math.round(clamp(normal(next, 41, 12), 19, 80));
    const debt = clamp(normal(next, 0.35, 0.15), 0, 1.2);
    const accounts = Math.round(clamp(normal(next, 4, 2), 0, 14));
    const years = Math.round(clamp(normal(next, 8, 6), 0, 45));
    const late = Math.round(clamp(normal(next, 1, 1.5), 0, 12));
    const z = -0.8 - (income - 52000) / 20000 + 4 * (debt - 0.35) + 0.6 * late - 0.05 * years - 0.02 * (age - 41);
    let y = next() < sigmoid(2 * z) ? 1 : 0;
    if (next() < 0.07) y = 1 - y;
    rows.push(`${income},${age},${debt.toFixed(3)},${accounts},${years},${late},${y}`);
  }
  return rows;
}

function energy(): string[] {
  const next = rng(602);
  const rows = ['temperature,humidity,hour,occupancy,floor_area,kwh'];
  for (let i = 0; i < 500; i++) {
    const t = normal(next, 15, 9), h = clamp(normal(next, 60, 15), 10, 100);
    const hour = Math.floor(next() * 24), occ = Math.round(clamp(normal(next, 40, 25), 0, 120));
    const area = Math.round(clamp(normal(next, 1500, 400), 400, 3000));
    const kwh = 20 + 0.9 * Math.abs(t - 18) ** 1.3 + 0.08 * h + 0.25 * occ + 0.01 * area + 6 * Math.sin((hour / 24) * 2 * Math.PI) + normal(next, 0, 4);
    rows.push(`${t.toFixed(1)},${h.toFixed(0)},${hour},${occ},${area},${kwh.toFixed(2)}`);
  }
  return rows;
}

function grades(): string[] {
  const next = rng(603);
  const centres = [[6.5, 0.4, 12, 3.2, 0.5], [7.2, 0.3, 11, 3.3, 0.6], [7.9, 0.25, 10, 3.45, 0.7]];
  const rows = ['acidity,volatile,alcohol,ph,sulphates,grade'];
  for (let i = 0; i < 450; i++) {
    const g = i % 3, c = centres[g];
    const v = [normal(next, c[0], 0.5), normal(next, c[1], 0.06), normal(next, c[2], 0.8), normal(next, c[3], 0.1), normal(next, c[4], 0.08)];
    const label = next() < 0.05 ? Math.floor(next() * 3) : g;
    rows.push(`${v.map((x) => x.toFixed(3)).join(',')},${label}`);
  }
  return rows;
}

function write(name: string, rows: string[]): void {
  fs.writeFileSync(path.join(DIR, name), rows.join('\n') + '\n');
}

const loanRows = loans();
write('loans.csv', loanRows);
write('energy.csv', energy());
write('grades.csv', grades());
const withNa = loanRows.slice(0, 200);
withNa[57] = withNa[57].replace(/^(\d+),(\d+),/, '$1,NA,');
write('loans-na.csv', withNa);
