/**
 * Writes this set's CSVs (seeded, so identical on every run): `npx tsx test/faults-blind18/data/generate.ts`.
 * pixels.csv: 4x4 grey-level "glyphs" 0-255, 3 classes, 6% wrong labels. lab.csv: clinical labs in
 * their natural units, diabetic 0/1 from a logistic score with 7% flipped labels. energy.csv:
 * building energy, two raw targets (kwh, peak_kw). window.csv: 8 lagged values of a noisy seasonal
 * series -> next value. lab-na.csv: lab.csv with an "NA" cell, as exported from R.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, rows: (string | number)[][]) => fs.writeFileSync(path.join(dir, name), rows.map((r) => r.join(',')).join('\n') + '\n');
const r = rng(1818);

const GLYPHS = [
  [1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1], // ring
  [0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0], // bar
  [1, 0, 0, 1, 0, 1, 1, 0, 0, 1, 1, 0, 1, 0, 0, 1], // cross
];
const pixels: (string | number)[][] = [[...Array.from({ length: 16 }, (_, i) => `p${i}`), 'glyph']];
for (let i = 0; i < 330; i++) {
  const c = i % 3;
  const px = GLYPHS[c].map((on) => Math.round(clamp(normal(r, on ? 190 : 50, 45), 0, 255)));
  pixels.push([...px, r() < 0.06 ? Math.floor(r() * 3) : c]);
}
write('pixels.csv', pixels);

const lab: (string | number)[][] = [['age', 'glucose_mgdl', 'cholesterol', 'bmi', 'systolic', 'diabetic']];
for (let i = 0; i < 400; i++) {
  const age = Math.round(clamp(normal(r, 52, 15), 20, 90));
  const bmi = +clamp(normal(r, 28, 5), 17, 50).toFixed(1);
  const glucose = Math.round(clamp(normal(r, 105 + (bmi - 28) * 3, 30), 65, 320));
  const chol = Math.round(clamp(normal(r, 200, 35), 120, 330));
  const sys = Math.round(clamp(normal(r, 120 + (age - 52) * 0.5, 14), 88, 190));
  const z = 0.06 * (glucose - 115) + 0.12 * (bmi - 28) + 0.03 * (age - 52) - 0.3;
  let y = r() < sigmoid(z) ? 1 : 0;
  if (r() < 0.07) y = 1 - y;
  lab.push([age, glucose, chol, bmi, sys, y]);
}
write('lab.csv', lab);
write('lab-na.csv', lab.map((row, i) => (i === 57 ? [row[0], 'NA', ...row.slice(2)] : row)));

const energy: (string | number)[][] = [['temp_c', 'humidity', 'hour', 'occupancy', 'kwh', 'peak_kw']];
for (let i = 0; i < 360; i++) {
  const temp = +normal(r, 15, 9).toFixed(1), hum = Math.round(clamp(normal(r, 55, 15), 10, 100));
  const hour = Math.floor(r() * 24), occ = Math.round(clamp(normal(r, 80, 50), 0, 220));
  const hvac = 18 * Math.abs(temp - 20) + 1.5 * Math.max(0, hum - 60);
  const day = 250 * Math.max(0, Math.sin(((hour - 6) / 14) * Math.PI));
  const kwh = Math.round(300 + hvac + day + 2.2 * occ + normal(r, 0, 40));
  const peak = +(kwh / 9 + 0.05 * occ + normal(r, 0, 6)).toFixed(1);
  energy.push([temp, hum, hour, occ, kwh, peak]);
}
write('energy.csv', energy);

const series: number[] = [];
for (let t = 0; t < 420; t++) series.push(10 + 3 * Math.sin((2 * Math.PI * t) / 24) + 1.5 * Math.sin((2 * Math.PI * t) / 7) + normal(r, 0, 0.5));
const window: (string | number)[][] = [[...Array.from({ length: 8 }, (_, i) => `lag${8 - i}`), 'next']];
for (let t = 8; t < series.length; t++) window.push([...series.slice(t - 8, t).map((v) => v.toFixed(3)), series[t].toFixed(3)]);
write('window.csv', window);
