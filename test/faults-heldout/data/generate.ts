/**
 * Writes the held-out set's CSV files, deterministically (`npx tsx test/faults-heldout/data/generate.ts`):
 *
 * - clinic.csv: 300 synthetic cardiology patients in raw clinical units (age in years, blood
 *   pressure in mmHg, cholesterol in mg/dL, maximum heart rate in bpm, ST depression in mm), a
 *   yes/no smoker column, a 0/1 `disease` outcome and a low/medium/high `risk_group`, both drawn
 *   from a logistic model of the measurements (so they are learnable but noisy, as real outcomes are).
 * - clinic-uci-export.csv: its first 60 rows with "?" for two unrecorded values, the way the UCI
 *   heart-disease files mark missing data.
 * - clinic-excel-de.csv: its first 50 rows as a German-locale spreadsheet saves them: ";" between
 *   cells and "," as the decimal mark.
 * - cars.csv: 260 used-car listings (year, mileage in km, engine litres, horsepower, previous owners)
 *   with the asking price in euros and in units of 10,000 euros.
 *
 * The values are generated, not collected: plausible ranges and correlations, no real people or cars.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';


const CLINIC_HEADER = ['age', 'sex', 'resting_bp', 'cholesterol', 'max_hr', 'st_depression', 'smoker', 'disease', 'risk_group'];

function clinicRows(count: number): (string | number)[][] {
  const next = rng(20240611);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < count; i++) {
    const age = Math.round(clamp(normal(next, 54, 9), 29, 77));
    const sex = next() < 0.68 ? 1 : 0;
    const bp = Math.round(clamp(normal(next, 131 + 0.3 * (age - 54), 17), 94, 200));
    const chol = Math.round(clamp(normal(next, 246, 50), 126, 564));
    const maxHr = Math.round(clamp(208 - 0.7 * age + normal(next, 0, 18), 71, 202));
    const st = Math.round(10 * Math.max(0, normal(next, 1.0, 1.1))) / 10;
    const smoker = next() < 0.3;
    const logit = -0.3 + 0.05 * (age - 54) + 0.9 * (sex - 0.68) + 0.02 * (bp - 131) + 0.008 * (chol - 246) -
      0.045 * (maxHr - 150) + 0.9 * (st - 1) + 0.7 * (smoker ? 1 : 0);
    const disease = next() < sigmoid(logit) ? 1 : 0;
    const risk = logit + normal(next, 0, 0.6);
    const group = risk < -0.8 ? 'low' : risk < 0.9 ? 'medium' : 'high';
    rows.push([age, sex, bp, chol, maxHr, st.toFixed(1), smoker ? 'yes' : 'no', disease, group]);
  }
  return rows;
}

const CARS_HEADER = ['year', 'mileage_km', 'engine_l', 'horsepower', 'owners', 'price_eur', 'price_10k_eur'];

function carRows(count: number): (string | number)[][] {
  const next = rng(77031);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < count; i++) {
    const year = Math.round(clamp(normal(next, 2015, 4.5), 2003, 2024));
    const age = 2025 - year;
    const mileage = Math.round(clamp(normal(next, 14500 * age, 6000 * Math.sqrt(age + 1)), 800, 390000) / 100) * 100;
    const engine = Math.round(10 * clamp(normal(next, 1.7, 0.45), 1.0, 4.4)) / 10;
    const hp = Math.round(clamp(engine * 72 + normal(next, 0, 18), 60, 420));
    const owners = Math.round(clamp(age / 5 + normal(next, 1, 0.7), 1, 6));
    const value = 9000 + 210 * hp - 1500 * age - 0.035 * mileage - 700 * (owners - 1);
    const price = Math.round(clamp(value * Math.exp(normal(next, 0, 0.12)), 1200, 95000) / 50) * 50;
    rows.push([year, mileage, engine.toFixed(1), hp, owners, price, (price / 10000).toFixed(3)]);
  }
  return rows;
}

function write(file: string, lines: string[]): void {
  fs.writeFileSync(path.join(__dirname, file), lines.join('\n') + '\n');
  console.log(`wrote ${file}: ${lines.length - 1} rows`);
}

function main(): void {
  const clinic = clinicRows(300);
  write('clinic.csv', [CLINIC_HEADER.join(','), ...clinic.map((r) => r.join(','))]);

  const uci = clinic.slice(0, 60).map((r) => r.slice());
  uci[17][3] = '?';
  uci[42][5] = '?';
  write('clinic-uci-export.csv', [CLINIC_HEADER.join(','), ...uci.map((r) => r.join(','))]);

  const excel = clinic.slice(0, 50).map((r) => r.map((cell) => String(cell).replace('.', ',')).join(';'));
  write('clinic-excel-de.csv', [CLINIC_HEADER.join(';'), ...excel]);

  const cars = carRows(260);
  write('cars.csv', [CARS_HEADER.join(','), ...cars.map((r) => r.join(','))]);
}

main();
