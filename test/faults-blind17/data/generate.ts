/**
 * Writes the CSVs of fault set 17 (run: npx tsx test/faults-blind17/data/generate.ts). Seeded, so the
 * files never change. Theme: what a practitioner exports from a spreadsheet or a lab logger.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, header: string[], rows: (string | number)[][]) =>
  fs.writeFileSync(path.join(dir, name), [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
const r2 = (x: number) => Math.round(x * 100) / 100;

/** Loan defaults: raw-scale features (age, income in k$, debt ratio, late payments), 10% flipped labels. */
function credit(): (string | number)[][] {
  const next = rng(1701);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const age = Math.round(clamp(normal(next, 42, 12), 19, 80));
    const income = r2(clamp(normal(next, 58, 25), 12, 220));
    const debt = r2(clamp(normal(next, 0.35, 0.18), 0, 1.2));
    const late = Math.min(8, Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.1));
    const z = -0.6 - 0.025 * (age - 42) - 0.02 * (income - 58) + 4 * (debt - 0.35) + 0.7 * late - 0.5;
    let y = next() < sigmoid(z) ? 1 : 0;
    if (next() < 0.1) y = 1 - y;
    rows.push([age, income, debt, late, y]);
  }
  return rows;
}

/** Concrete strength (MPa) from mix quantities in kg/m3 and age in days: nonlinear, noise sd 3. */
function concrete(): (string | number)[][] {
  const next = rng(1702);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const cement = r2(150 + next() * 350), water = r2(140 + next() * 80), slag = r2(next() < 0.4 ? 0 : next() * 200);
    const age = [3, 7, 14, 28, 56, 90][Math.floor(next() * 6)];
    const ratio = water / cement;
    const strength = 75 * Math.exp(-1.4 * ratio) * (1 - Math.exp(-age / 12)) + 0.04 * slag + normal(next, 0, 3);
    rows.push([cement, water, slag, age, r2(strength)]);
  }
  return rows;
}

/** Wearable gestures: 4 IMU summary features, string labels, 3 classes, 6% labels random. */
function gestures(): (string | number)[][] {
  const next = rng(1703);
  const names = ['swipe', 'tap', 'wave'];
  const centers = [[1.2, -0.4, 0.3, 2.0], [-0.8, 0.9, -0.2, 0.6], [0.1, -0.2, 1.4, 1.3]];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 330; i++) {
    const k = i % 3;
    const f = centers[k].map((c) => r2(normal(next, c, 0.55)));
    const label = next() < 0.06 ? names[Math.floor(next() * 3)] : names[k];
    rows.push([...f, label]);
  }
  return rows;
}

const creditRows = credit();
write('credit.csv', ['age', 'income_k', 'debt_ratio', 'late_payments', 'default'], creditRows);
const concreteRows = concrete();
write('concrete.csv', ['cement', 'water', 'slag', 'age_days', 'strength'], concreteRows);
const gestureRows = gestures();
write('gestures.csv', ['ax', 'ay', 'az', 'energy', 'gesture'], gestureRows);
// Faulty exports: a spreadsheet's "#N/A" in one cell, and a logger row with a cell missing.
const dirty = creditRows.map((r) => [...r]);
dirty[137][1] = '#N/A';
write('credit-export.csv', ['age', 'income_k', 'debt_ratio', 'late_payments', 'default'], dirty);
const ragged = gestureRows.map((r) => [...r]);
ragged[58] = ragged[58].slice(0, 4);
write('gestures-logger.csv', ['ax', 'ay', 'az', 'energy', 'gesture'], ragged);
