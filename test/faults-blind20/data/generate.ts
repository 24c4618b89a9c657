/**
 * Writes this set's CSVs (seeded, so identical on every run): `npx tsx test/faults-blind20/data/generate.ts`.
 * Theme: tables exported from business/ops systems, in their raw units, with noisy labels.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const r = rng(2020);
const write = (name: string, header: string[], rows: (string | number)[][]) =>
  fs.writeFileSync(path.join(__dirname, name), [header.join(','), ...rows.map((row) => row.join(','))].join('\n') + '\n');
const round = (x: number, d: number) => Number(x.toFixed(d));

// Telecom churn: tenure months, monthly charge $, support calls, contract (0 monthly, 1 yearly, 2 two-year); 8% flipped labels.
const churn: (string | number)[][] = [], churnRaw: (string | number)[][] = [];
for (let i = 0; i < 500; i++) {
  const tenure = Math.floor(r() * 72), charge = round(20 + r() * 100, 2), calls = Math.floor(clamp(normal(r, 2, 2), 0, 9));
  const contract = Math.floor(r() * 3);
  let y = r() < sigmoid(1.2 - 0.05 * tenure + 0.02 * (charge - 70) + 0.45 * calls - 1.1 * contract) ? 1 : 0;
  if (r() < 0.08) y = 1 - y;
  churn.push([tenure, charge, calls, contract, y]);
  churnRaw.push([tenure, charge, calls, ['monthly', 'yearly', 'two-year'][contract], y]);
}
write('churn.csv', ['tenure', 'charge', 'calls', 'contract', 'churn'], churn);
write('churn-export.csv', ['tenure', 'charge', 'calls', 'contract', 'churn'], churnRaw);

// Product grading: six lab measurements of very different scales, grade low/mid/high; 10% relabelled.
const grade: (string | number)[][] = [];
for (let i = 0; i < 450; i++) {
  const ph = normal(r, 3.3, 0.15), alcohol = normal(r, 10.5, 1.1), sulphates = normal(r, 0.65, 0.15);
  const density = normal(r, 0.9965, 0.0018), sugar = clamp(normal(r, 5, 3.5), 0.8, 16), chlorides = clamp(normal(r, 0.08, 0.03), 0.01, 0.3);
  const score = 1.1 * (alcohol - 10.5) + 6 * (sulphates - 0.65) - 25 * (chlorides - 0.08) - 2 * (ph - 3.3) + normal(r, 0, 0.6);
  let g = score < -0.7 ? 'low' : score > 0.7 ? 'high' : 'mid';
  if (r() < 0.1) g = ['low', 'mid', 'high'][Math.floor(r() * 3)];
  grade.push([round(ph, 3), round(alcohol, 2), round(sulphates, 3), round(density, 5), round(sugar, 2), round(chlorides, 3), g]);
}
write('grade.csv', ['ph', 'alcohol', 'sulphates', 'density', 'sugar', 'chlorides', 'grade'], grade);

// Flat rents: area m2, rooms, floor, km to centre; rent in thousands of EUR and in EUR, deposit in thousands.
const rent: (string | number)[][] = [];
for (let i = 0; i < 400; i++) {
  const area = round(30 + r() * 120, 1), rooms = clamp(Math.round(area / 30 + normal(r, 0, 0.7)), 1, 6);
  const floor = Math.floor(r() * 15), dist = round(0.5 + r() * 19.5, 2);
  const k = 0.35 + 0.011 * area + 0.06 * rooms + 0.012 * floor - 0.045 * dist + 0.5 * Math.exp(-dist / 3) + normal(r, 0, 0.12);
  const deposit = 2 * k + (r() < 0.3 ? 0.5 : 0) + normal(r, 0, 0.1);
  rent.push([area, rooms, floor, dist, round(k, 3), Math.round(k * 1000), round(deposit, 3)]);
}
write('rent.csv', ['area', 'rooms', 'floor', 'dist_km', 'rent_k', 'rent_eur', 'deposit_k'], rent);

// Pump telemetry: temperature C, rpm, vibration mm/s, hours since service; failure within a week (~20%), 5% flipped.
const pump: (string | number)[][] = [];
for (let i = 0; i < 400; i++) {
  const temp = normal(r, 72, 7), rpm = Math.round(normal(r, 1800, 350)), vib = clamp(normal(r, 0.9, 0.45), 0.05, 3);
  const hours = Math.round(r() * 4000);
  let y = r() < sigmoid(-2.2 + 0.12 * (temp - 72) + 2.2 * (vib - 0.9) + 0.0006 * (hours - 2000) + 0.002 * (rpm - 1800)) ? 1 : 0;
  if (r() < 0.05) y = 1 - y;
  pump.push([round(temp, 1), rpm, round(vib, 3), hours, y]);
}
write('pump.csv', ['temp_c', 'rpm', 'vibration', 'hours', 'failed'], pump);
