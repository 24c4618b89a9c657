/**
 * Writes this set's CSVs (seeded, so every run gives the same files):
 * `npx tsx test/faults-blind27/data/generate.ts`. Small tabular classification data as students and
 * analysts meet it: a few hundred rows, imbalanced classes, categorical columns coded as numbers,
 * features on raw scales, an id column, and some labels flipped.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const here = __dirname;
const write = (name: string, header: string[], rows: (string | number)[][]) =>
  fs.writeFileSync(path.join(here, name), [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');

/** 400 students, ~27% fail; hours, attendance %, prior grade, age, major coded 1..5; 8% labels flipped. */
function students(): void {
  const next = rng(2701), rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const hours = clamp(normal(next, 14, 7), 0, 40), attend = clamp(normal(next, 82, 12), 30, 100);
    const prior = clamp(normal(next, 68, 13), 20, 100), age = Math.round(clamp(normal(next, 21, 2.5), 17, 34));
    const major = 1 + Math.floor(next() * 5);
    const z = 0.16 * (hours - 14) + 0.07 * (attend - 82) + 0.08 * (prior - 68) + (major === 3 ? -0.8 : 0) + 1.4;
    let passed = next() < sigmoid(z) ? 1 : 0;
    if (next() < 0.08) passed = 1 - passed;
    rows.push([1000 + i, hours.toFixed(1), attend.toFixed(0), prior.toFixed(0), age, major, passed]);
  }
  write('students.csv', ['student_id', 'hours_studied', 'attendance', 'prior_grade', 'age', 'major', 'passed'], rows);
}

/** 300 loans, ~16% default; income in dollars, loan amount, credit score, years employed, region 1..4. */
function loans(): void {
  const next = rng(2702), rows: (string | number)[][] = [];
  for (let i = 0; i < 300; i++) {
    const income = Math.round(clamp(normal(next, 58000, 22000), 12000, 180000));
    const amount = Math.round(clamp(normal(next, 15000, 8000), 1000, 60000));
    const score = Math.round(clamp(normal(next, 670, 70), 350, 850)), years = Math.round(clamp(normal(next, 6, 5), 0, 35));
    const region = 1 + Math.floor(next() * 4);
    const z = -2.2 + 3 * (amount / income - 0.3) - 0.02 * (score - 670) - 0.08 * (years - 6) + (region === 2 ? 0.5 : 0);
    let defaulted = next() < sigmoid(z) ? 1 : 0;
    if (next() < 0.05) defaulted = 1 - defaulted;
    rows.push([income, amount, score, years, region, defaulted]);
  }
  write('loans.csv', ['income', 'loan_amount', 'credit_score', 'years_employed', 'region', 'defaulted'], rows);
  // The same export with missing values written as NA, as spreadsheets and pandas leave them.
  const raw = rows.map((r, i) => (i % 37 === 11 ? [r[0], 'NA', ...r.slice(2)] : r));
  write('loans-raw.csv', ['income', 'loan_amount', 'credit_score', 'years_employed', 'region', 'defaulted'], raw);
}

/** 360 wines, quality low/mid/high (~50/35/15%), six chemistry features on their own scales; 10% relabelled. */
function wines(): void {
  const next = rng(2703), rows: (string | number)[][] = [], names = ['low', 'mid', 'high'];
  for (let i = 0; i < 360; i++) {
    const u = next(), q = u < 0.5 ? 0 : u < 0.85 ? 1 : 2;
    const alcohol = normal(next, 9.8 + 1.1 * q, 0.8), acidity = normal(next, 0.62 - 0.1 * q, 0.15);
    const sugar = Math.abs(normal(next, 2.5, 1.2)), sulphur = normal(next, 40 - 6 * q, 15);
    const ph = normal(next, 3.3, 0.15), density = normal(next, 0.9968 - 0.0006 * q, 0.0015);
    const label = next() < 0.1 ? Math.floor(next() * 3) : q;
    rows.push([alcohol.toFixed(2), acidity.toFixed(3), sugar.toFixed(2), sulphur.toFixed(1), ph.toFixed(2), density.toFixed(5), names[label]]);
  }
  write('wines.csv', ['alcohol', 'volatile_acidity', 'residual_sugar', 'free_sulphur', 'ph', 'density', 'quality'], rows);
}

/** 240 survey answers, 4 Likert items 1..5 and a region code, target one-hot over 3 segments (c_a, c_b, c_c). */
function survey(): void {
  const next = rng(2704), rows: (string | number)[][] = [];
  for (let i = 0; i < 240; i++) {
    const seg = next() < 0.55 ? 0 : next() < 0.6 ? 1 : 2;
    const item = (m: number) => Math.round(clamp(normal(next, m, 0.9), 1, 5));
    const q1 = item(2 + seg), q2 = item(4 - seg), q3 = item(3), q4 = item(seg === 2 ? 4.5 : 2.5), region = 1 + Math.floor(next() * 3);
    const label = next() < 0.07 ? Math.floor(next() * 3) : seg;
    rows.push([q1, q2, q3, q4, region, label === 0 ? 1 : 0, label === 1 ? 1 : 0, label === 2 ? 1 : 0]);
  }
  write('survey.csv', ['q1', 'q2', 'q3', 'q4', 'region', 'c_a', 'c_b', 'c_c'], rows);
}

students();
loans();
wines();
survey();
