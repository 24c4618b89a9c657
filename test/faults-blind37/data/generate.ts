/**
 * Writes this set's CSVs (seeded, so the files never change): tutorial-shaped tabular tasks with
 * numerically coded categoricals, realistic noise and some flipped labels.
 * `npx tsx test/faults-blind37/data/generate.ts`
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const r = rng(3737);
const n = (m: number, s: number) => normal(r, m, s);
const round = (x: number, d = 2) => Number(x.toFixed(d));
const flip = (y: number, p: number) => (r() < p ? 1 - y : y);

function write(name: string, header: string[], rows: (number | string)[][]): void {
  const text = [header.join(','), ...rows.map((row) => row.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(__dirname, name), text);
}

/** Pima-like diabetes: 7 features on very different scales, outcome 0/1, 5% flipped. */
function diabetes(): (number | string)[][] {
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 400; i++) {
    const preg = Math.floor(clamp(n(3.5, 3), 0, 14));
    const glucose = round(clamp(n(120, 30), 60, 199), 0);
    const bp = round(clamp(n(70, 12), 40, 120), 0);
    const bmi = round(clamp(n(32, 7), 18, 60), 1);
    const age = Math.floor(clamp(n(33, 11), 21, 80));
    const insulin = round(clamp(n(80, 90), 0, 600), 0);
    const pedigree = round(clamp(n(0.47, 0.3), 0.08, 2.4), 3);
    const z = 0.045 * (glucose - 120) + 0.09 * (bmi - 32) + 0.03 * (age - 33) + 0.9 * (pedigree - 0.47) + 0.08 * preg - 0.3 + n(0, 0.4);
    rows.push([preg, glucose, bp, bmi, age, insulin, pedigree, flip(r() < sigmoid(1.5 * z) ? 1 : 0, 0.05)]);
  }
  return rows;
}

/** Wine-quality-like: 8 physico-chemical features, quality score (regression) and a grade label. */
function wine(): (number | string)[][] {
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 360; i++) {
    const fixed = round(clamp(n(8.3, 1.7), 4.6, 15.9), 1), volatile = round(clamp(n(0.53, 0.18), 0.12, 1.58), 2);
    const citric = round(clamp(n(0.27, 0.19), 0, 1), 2), sugar = round(clamp(n(2.5, 1.2), 0.9, 15), 1);
    const chlorides = round(clamp(n(0.087, 0.04), 0.012, 0.6), 3), sulphates = round(clamp(n(0.66, 0.17), 0.33, 2), 2);
    const alcohol = round(clamp(n(10.4, 1.06), 8.4, 14.9), 1), density = round(clamp(n(0.9967, 0.0019), 0.99, 1.0037), 4);
    const score = 5.6 + 0.7 * (alcohol - 10.4) - 2.0 * (volatile - 0.53) + 1.5 * (sulphates - 0.66) + 0.5 * (citric - 0.27) + n(0, 0.3);
    const quality = Math.round(clamp(score, 3, 8));
    const grade = r() < 0.1 ? ['low', 'mid', 'high'][Math.floor(r() * 3)] : score < 5.2 ? 'low' : score < 6.0 ? 'mid' : 'high';
    rows.push([fixed, volatile, citric, sugar, chlorides, sulphates, alcohol, density, quality, grade]);
  }
  return rows;
}

/** Titanic-like: class, sex, age, siblings, parents, fare, port; survived 0/1 with 6% flipped. */
function titanic(gaps: boolean): (number | string)[][] {
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 420; i++) {
    const pclass = r() < 0.25 ? 1 : r() < 0.3 ? 2 : 3, sex = r() < 0.35 ? 1 : 0;
    const age = round(clamp(n(30, 14), 0.5, 78), 0), sibsp = Math.floor(clamp(n(0.5, 1), 0, 6));
    const parch = Math.floor(clamp(n(0.4, 0.8), 0, 5)), fare = round(clamp((4 - pclass) ** 2 * 9 * Math.exp(n(0, 0.5)), 4, 400), 2);
    const port = r() < 0.72 ? 0 : r() < 0.7 ? 1 : 2;
    const z = 2.4 * sex - 0.9 * (pclass - 2) - 0.025 * (age - 30) - 0.3 * Math.max(0, sibsp - 1) - 0.5 + n(0, 0.5);
    const ageCell: number | string = gaps && r() < 0.15 ? '' : age;
    rows.push([i + 1, pclass, sex, ageCell, sibsp, parch, fare, port, flip(r() < sigmoid(1.5 * z) ? 1 : 0, 0.06)]);
  }
  return rows;
}

/** Telco-churn-like: tenure, charges, contract type, support, senior; churn 0/1 (~27%). */
function churn(): (number | string)[][] {
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 400; i++) {
    const tenure = Math.floor(clamp(r() * 72 + n(0, 3), 0, 72)), monthly = round(clamp(n(65, 30), 18, 119), 2);
    const total = round(tenure * monthly * (0.95 + 0.1 * r()), 2), contract = r() < 0.55 ? 0 : r() < 0.5 ? 1 : 2;
    const support = r() < 0.3 ? 1 : 0, senior = r() < 0.16 ? 1 : 0;
    const z = -0.045 * (tenure - 30) + 0.02 * (monthly - 65) - 1.2 * contract - 0.7 * support + 0.5 * senior - 0.9 + n(0, 0.5);
    rows.push([tenure, monthly, total, contract, support, senior, flip(r() < sigmoid(1.8 * z + 0.6) ? 1 : 0, 0.05)]);
  }
  return rows;
}

/** Insurance-like regression: age, bmi, children, smoker, region; charges in dollars (large scale) and in thousands. */
function insurance(): (number | string)[][] {
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 380; i++) {
    const age = Math.floor(clamp(n(39, 14), 18, 64)), bmi = round(clamp(n(30.6, 6), 16, 53), 1);
    const children = Math.floor(clamp(n(1.1, 1.2), 0, 5)), smoker = r() < 0.2 ? 1 : 0, region = Math.floor(r() * 4);
    const charges = 2500 + 260 * age + 330 * Math.max(0, bmi - 25) * (smoker ? 3 : 1) + 480 * children + 23000 * smoker + n(0, 3500);
    const dollars = Math.max(1100, charges);
    rows.push([age, bmi, children, smoker, region, round(dollars, 2), round(dollars / 1000, 3)]);
  }
  return rows;
}

write('diabetes.csv', ['pregnancies', 'glucose', 'bloodPressure', 'bmi', 'age', 'insulin', 'pedigree', 'outcome'], diabetes());
write('wine.csv', ['fixedAcidity', 'volatileAcidity', 'citricAcid', 'residualSugar', 'chlorides', 'sulphates', 'alcohol', 'density', 'quality', 'grade'], wine());
write('titanic.csv', ['passengerId', 'pclass', 'sex', 'age', 'sibsp', 'parch', 'fare', 'embarked', 'survived'], titanic(false));
write('titanic-raw.csv', ['passengerId', 'pclass', 'sex', 'age', 'sibsp', 'parch', 'fare', 'embarked', 'survived'], titanic(true));
write('churn.csv', ['tenure', 'monthlyCharges', 'totalCharges', 'contract', 'techSupport', 'seniorCitizen', 'churn'], churn());
write('insurance.csv', ['age', 'bmi', 'children', 'smoker', 'region', 'charges', 'chargesK'], insurance());
