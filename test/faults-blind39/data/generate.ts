/**
 * Writes this set's CSVs (classroom-style datasets), seeded so they never change:
 * `npx tsx test/faults-blind39/data/generate.ts`.
 * exam.csv: 240 students, hours_studied (0-12), hours_slept (4-10), previous_score (0-100),
 * attendance (40-100 %), passed 0/1 from a logistic score with 8% of labels flipped.
 * houses.csv: 200 houses, size_m2 (40-220), rooms (1-6), age_years (0-80), dist_km (0.5-30),
 * price in 100k (about 1-6) with ~7% multiplicative noise.
 * poly.csv: 160 points x in [-2, 2], y = x^3 - 2x + N(0, 0.3).
 * Faulty variants: exam-gaps.csv (two NA cells), houses-raw.csv (price in euros, 1e5-6e5).
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, rows: string[]) => fs.writeFileSync(path.join(dir, name), rows.join('\n') + '\n');

function exam(): string[] {
  const next = rng(3901);
  const rows = ['hours_studied,hours_slept,previous_score,attendance,passed'];
  for (let i = 0; i < 240; i++) {
    const study = clamp(normal(next, 5, 2.5), 0, 12), sleep = clamp(normal(next, 7, 1.2), 4, 10);
    const prev = clamp(normal(next, 62, 15), 0, 100), att = clamp(normal(next, 80, 12), 40, 100);
    const z = 0.7 * (study - 5) + 0.4 * (sleep - 7) + 0.06 * (prev - 62) + 0.04 * (att - 80);
    let pass = next() < sigmoid(2 * z) ? 1 : 0;
    if (next() < 0.08) pass = 1 - pass;
    rows.push(`${study.toFixed(1)},${sleep.toFixed(1)},${prev.toFixed(0)},${att.toFixed(0)},${pass}`);
  }
  return rows;
}

function houses(scale: number, digits: number): string[] {
  const next = rng(3902);
  const rows = ['size_m2,rooms,age_years,dist_km,price'];
  for (let i = 0; i < 200; i++) {
    const size = clamp(normal(next, 110, 40), 40, 220), rooms = clamp(Math.round(size / 35 + normal(next, 0, 0.7)), 1, 6);
    const age = clamp(normal(next, 30, 18), 0, 80), dist = clamp(Math.abs(normal(next, 8, 7)), 0.5, 30);
    const price = (0.6 + 0.022 * size + 0.15 * rooms - 0.012 * age - 0.05 * dist) * Math.exp(normal(next, 0, 0.07));
    rows.push(`${size.toFixed(0)},${rooms},${age.toFixed(0)},${dist.toFixed(1)},${(Math.max(price, 0.5) * scale).toFixed(digits)}`);
  }
  return rows;
}

function poly(): string[] {
  const next = rng(3903);
  const rows = ['x,y'];
  for (let i = 0; i < 160; i++) {
    const x = -2 + 4 * next();
    rows.push(`${x.toFixed(3)},${(x ** 3 - 2 * x + normal(next, 0, 0.3)).toFixed(3)}`);
  }
  return rows;
}

const examRows = exam();
write('exam.csv', examRows);
write('exam-gaps.csv', examRows.map((r, i) => (i === 57 ? r.replace(/^[^,]*/, 'NA') : i === 131 ? r.replace(/,([^,]*),([^,]*)$/, ',,$2') : r)));
write('houses.csv', houses(1, 3));
write('houses-raw.csv', houses(100000, 0));
write('poly.csv', poly());
