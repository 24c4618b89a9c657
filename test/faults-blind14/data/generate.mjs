// Writes the CSVs of this set (deterministic). Run: node test/faults-blind14/data/generate.mjs
import * as fs from 'fs';
import * as path from 'path';
const dir = path.dirname(new URL(import.meta.url).pathname);
function rng(seed) { let s = seed >>> 0; return () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }
function gauss(r) { return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r()); }
const sig = (z) => 1 / (1 + Math.exp(-z));
const r = rng(1414);
const write = (name, header, rows) => fs.writeFileSync(path.join(dir, name), [header.join(','), ...rows.map((x) => x.join(','))].join('\n') + '\n');
// rent.csv: monthly rent (EUR) from size, rooms, distance to centre, building age; noise sd 120.
const rent = [];
for (let i = 0; i < 320; i++) {
  const sqm = Math.round(25 + r() * 110), rooms = Math.max(1, Math.min(5, Math.round(sqm / 28 + gauss(r) * 0.6)));
  const dist = +(0.5 + r() * 25).toFixed(1), age = Math.round(r() * 80);
  const rentEur = Math.round(250 + 11 * sqm + 60 * rooms - 18 * dist - 2 * age + gauss(r) * 120);
  rent.push([sqm, rooms, dist, age, rentEur]);
}
write('rent.csv', ['sqm', 'rooms', 'distance_km', 'age_years', 'rent'], rent);
// patients.csv: binary outcome from age, bmi, glucose, blood pressure (logistic), ~10% labels flipped.
const patients = [];
for (let i = 0; i < 400; i++) {
  const age = Math.round(22 + r() * 55), bmi = +(19 + r() * 18).toFixed(1), glucose = Math.round(75 + r() * 110), bp = Math.round(60 + r() * 40);
  let y = r() < sig(0.04 * (age - 48) + 0.15 * (bmi - 28) + 0.045 * (glucose - 130) + 0.02 * (bp - 80)) ? 1 : 0;
  if (r() < 0.1) y = 1 - y;
  patients.push([age, bmi, glucose, bp, y]);
}
write('patients.csv', ['age', 'bmi', 'glucose', 'blood_pressure', 'outcome'], patients);
// patients-na.csv: same data with two missing glucose readings written as NA (a data error).
const na = patients.map((row) => row.slice());
na[17][2] = 'NA'; na[203][2] = 'NA';
write('patients-na.csv', ['age', 'bmi', 'glucose', 'blood_pressure', 'outcome'], na);
// machines.csv: 3-class string status from vibration and temperature, noisy boundaries, ~6% flips.
const machines = [], names = ['ok', 'warn', 'fail'];
for (let i = 0; i < 360; i++) {
  const vib = +(r() * 10).toFixed(2), temp = +(40 + r() * 60).toFixed(1);
  const score = 0.5 * vib + 0.08 * (temp - 40) + gauss(r) * 0.6;
  let k = score < 3.2 ? 0 : score < 5.6 ? 1 : 2;
  if (r() < 0.06) k = Math.floor(r() * 3);
  machines.push([vib, temp, names[k]]);
}
write('machines.csv', ['vibration', 'temperature', 'status'], machines);
