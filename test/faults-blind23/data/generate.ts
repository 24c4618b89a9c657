/**
 * Writes this set's CSVs (seeded, identical on every run): `npx tsx test/faults-blind23/data/generate.ts`.
 * churn.csv: telecom customers, string label yes/no, ~22% churners, 6% labels flipped.
 * defects.csv: five defect classes (string labels, imbalanced), 7% relabelled at random.
 * grades.csv: four integer quality grades 0..3 from lab measurements in mixed units, 8% noise.
 * churn-raw.csv: the same customers exported with a blank cell and an "n/a" (a broken export).
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
const write = (name: string, header: string[], rows: (string | number)[][]) =>
  fs.writeFileSync(path.join(DIR, name), [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');

function churnRows(): (string | number)[][] {
  const r = rng(2301), rows: (string | number)[][] = [];
  for (let i = 0; i < 700; i++) {
    const tenure = Math.round(clamp(normal(r, 30, 20), 1, 72));
    const monthly = +clamp(normal(r, 65, 25), 18, 120).toFixed(2);
    const calls = Math.round(clamp(normal(r, 1.5, 1.5), 0, 9));
    const contract = Math.floor(r() * 3); // 0 month-to-month, 1 one-year, 2 two-year
    const dataGb = +clamp(normal(r, 12, 8), 0, 60).toFixed(1);
    const age = Math.round(clamp(normal(r, 45, 15), 18, 90));
    const z = -1.2 - 0.09 * (tenure - 30) + 0.05 * (monthly - 65) + 1.1 * (calls - 1.5) - 1.6 * contract;
    let churn = r() < sigmoid(z);
    if (r() < 0.06) churn = !churn;
    rows.push([tenure, monthly, calls, contract, dataGb, age, churn ? 'yes' : 'no']);
  }
  return rows;
}

function defectRows(): (string | number)[][] {
  const r = rng(2302), rows: (string | number)[][] = [];
  const names = ['none', 'scratch', 'dent', 'crack', 'stain'];
  const weights = [0.45, 0.2, 0.15, 0.12, 0.08];
  const centres = names.map(() => Array.from({ length: 8 }, () => normal(r, 0, 1.6)));
  for (let i = 0; i < 900; i++) {
    let u = r(), k = 0;
    while (k < weights.length - 1 && u > weights[k]) u -= weights[k++];
    const x = centres[k].map((c) => +normal(r, c, 1).toFixed(3));
    const label = r() < 0.07 ? names[Math.floor(r() * names.length)] : names[k];
    rows.push([...x, label]);
  }
  return rows;
}

function gradeRows(): (string | number)[][] {
  const r = rng(2303), rows: (string | number)[][] = [];
  for (let i = 0; i < 600; i++) {
    const ph = normal(r, 3.3, 0.15), alcohol = normal(r, 10.5, 1.1), sulphates = normal(r, 0.65, 0.17);
    const density = normal(r, 996.7, 1.9), sugar = clamp(normal(r, 2.5, 1.4), 0.6, 15), acidity = normal(r, 8.3, 1.7);
    const score = 1.1 * (alcohol - 10.5) + 4 * (sulphates - 0.65) - 0.25 * (density - 996.7) + 0.3 * (acidity - 8.3) * (ph - 3.3) * 5 + normal(r, 0, 0.5);
    let grade = score < -1 ? 0 : score < 0.3 ? 1 : score < 1.4 ? 2 : 3;
    if (r() < 0.08) grade = Math.floor(r() * 4);
    rows.push([+ph.toFixed(2), +alcohol.toFixed(1), +sulphates.toFixed(2), +density.toFixed(1), +sugar.toFixed(1), +acidity.toFixed(1), grade]);
  }
  return rows;
}

const churnHeader = ['tenure_months', 'monthly_charge', 'support_calls', 'contract', 'data_gb', 'age', 'churn'];
const churn = churnRows();
write('churn.csv', churnHeader, churn);
write('defects.csv', ['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8', 'defect'], defectRows());
write('grades.csv', ['ph', 'alcohol', 'sulphates', 'density', 'residual_sugar', 'fixed_acidity', 'grade'], gradeRows());
const raw = churn.slice(0, 200).map((row) => [...row]);
raw[57][1] = '';
raw[131][4] = 'n/a';
write('churn-raw.csv', churnHeader, raw);
