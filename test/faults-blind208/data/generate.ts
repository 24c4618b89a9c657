/**
 * Writes this set's CSVs (seeded from 208): run once with `npx tsx data/generate.ts` from the set's folder.
 * dives.csv: 480 logged recreational dives from a dive school's computer downloads.
 * courses.csv: 330 student records, outcome certified / repeat / referred (rare).
 * boat-fuel.csv: 260 dive-boat trips, semicolon export with decimal commas (fuel litres).
 * tank-fills.csv: 300 compressor fills, tab-separated.
 * dives-gaps.csv: dives.csv with NA / empty / "-" markers as a logbook export leaves them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const r = rng(208);
const r2 = rng(208 * 7 + 1);
const r3 = rng(208 * 13 + 5);
const r4 = rng(20800 + 3);
const f = (x: number, d = 2) => x.toFixed(d);

// dives.csv
const diveRows: string[][] = [];
const diveHeader = ['dive_id', 'date', 'max_depth_m', 'max_depth_ft', 'bottom_time_min', 'water_temp_c', 'diver_age', 'logged_dives', 'surface_interval_h', 'ascent_rate_m_min', 'boat_no', 'air_used_bar', 'deco_alarm'];
for (let i = 0; i < 480; i++) {
  const depth = clamp(normal(r, 18, 7), 5, 40);
  const bt = clamp(normal(r, 60 - depth, 8), 8, 75);
  const temp = clamp(normal(r, 22, 5), 8, 30);
  const age = clamp(normal(r, 38, 12), 14, 72);
  const logged = Math.round(Math.exp(normal(r, 3.6, 1.3)));
  const si = clamp(Math.exp(normal(r, 0.4, 0.8)), 0.3, 24);
  const ascent = clamp(normal(r, 9, 3), 3, 22);
  const boat = 1 + Math.floor(r() * 4);
  const exp = Math.log(1 + logged);
  const air = clamp((depth / 10 + 1) * bt * (1.6 - 0.12 * exp + (temp < 15 ? 0.25 : 0)) * 1.1 + normal(r, 0, 8), 30, 210);
  const z = 0.16 * (depth - 18) + 0.06 * (bt - 40) + 0.35 * (ascent - 9) - 0.9 * (si < 1 ? 0 : 1) + 0.4 * (si < 1 ? 1 : 0) - 1.6;
  let alarm = r() < sigmoid(z) ? 1 : 0;
  if (r() < 0.05) alarm = 1 - alarm;
  const date = `2023-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
  diveRows.push([`D${String(10000 + i)}`, date, f(depth, 1), f(depth * 3.2808, 1), f(bt, 0), f(temp, 1), f(age, 0), String(logged), f(si, 2), f(ascent, 1), String(boat), f(air, 0), String(alarm)]);
}
fs.writeFileSync(path.join(dir, 'dives.csv'), [diveHeader.join(','), ...diveRows.map((x) => x.join(','))].join('\n') + '\n');
// gaps copy
const gapRows = diveRows.map((row) => row.map((v, j) => (j >= 2 && j <= 9 && r2() < 0.04 ? ['NA', '', '-'][Math.floor(r2() * 3)] : v)));
fs.writeFileSync(path.join(dir, 'dives-gaps.csv'), [diveHeader.join(','), ...gapRows.map((x) => x.join(','))].join('\n') + '\n');

// courses.csv
const cRows: string[] = ['student_id,age,swim_200m_min,pool_sessions,theory_score,bmi,anxiety_score,prior_snorkel,outcome'];
for (let i = 0; i < 330; i++) {
  const age = clamp(normal(r3, 31, 11), 10, 68);
  const swim = clamp(normal(r3, 7, 2), 3, 15);
  const pool = Math.round(clamp(normal(r3, 5, 1.5), 2, 10));
  const theory = clamp(normal(r3, 82, 9), 45, 100);
  const bmi = clamp(normal(r3, 25, 4), 16, 42);
  const anx = clamp(normal(r3, 4, 2), 0, 10);
  const snork = r3() < 0.4 ? 1 : 0;
  const s = 0.09 * (theory - 82) - 0.5 * (swim - 7) - 0.45 * (anx - 4) + 0.3 * (pool - 5) + 0.5 * snork + 1.2;
  let outcome = s > 0.2 ? 'certified' : 'repeat';
  if (anx > 7.2 && swim > 8) outcome = 'referred';
  if (r3() < 0.06) outcome = ['certified', 'repeat', 'referred'][Math.floor(r3() * 3)];
  cRows.push([`S-${2300 + i}`, f(age, 0), f(swim, 1), String(pool), f(theory, 0), f(bmi, 1), f(anx, 1), String(snork), outcome].join(','));
}
fs.writeFileSync(path.join(dir, 'courses.csv'), cRows.join('\n') + '\n');

// boat-fuel.csv: semicolon, decimal commas
const dc = (x: number, d: number) => x.toFixed(d).replace('.', ',');
const bRows: string[] = ['trip_date;distance_nm;passengers;wave_height_m;wind_kn;engine_hours;fuel_l'];
for (let i = 0; i < 260; i++) {
  const dist = clamp(normal(r4, 9, 4), 1.5, 24);
  const pax = Math.round(clamp(normal(r4, 12, 5), 2, 24));
  const wave = clamp(Math.exp(normal(r4, -0.3, 0.5)), 0.2, 3.5);
  const wind = clamp(wave * 9 + normal(r4, 0, 3), 0, 35);
  const hours = dist / 14 * 2 + 0.3 + normal(r4, 0, 0.15);
  const fuel = clamp(dist * 2 * (5.5 + 0.06 * pax + 1.3 * wave) + normal(r4, 0, 6), 10, 400);
  const d = `2024-${String(1 + Math.floor(r4() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r4() * 28)).padStart(2, '0')}`;
  bRows.push([d, dc(dist, 1), String(pax), dc(wave, 2), dc(wind, 1), dc(hours, 2), dc(fuel, 1)].join(';'));
}
fs.writeFileSync(path.join(dir, 'boat-fuel.csv'), bRows.join('\n') + '\n');

// tank-fills.csv: tab separated
const r5 = rng(208 * 31);
const tRows: string[] = ['fill_no\tstart_bar\tambient_c\tfill_time_min\ttank_litres\tend_bar_warm\tsettled_bar'];
for (let i = 0; i < 300; i++) {
  const start = clamp(normal(r5, 40, 20), 0, 120);
  const amb = clamp(normal(r5, 27, 4), 15, 38);
  const time = clamp(normal(r5, 12, 3), 5, 25);
  const litres = [10, 12, 15][Math.floor(r5() * 3)];
  const endWarm = clamp(232 - 0.5 * time + 0.3 * amb + normal(r5, 0, 3), 200, 260);
  const heat = 20 + (232 - start) / 12 * (12 / time) * (litres / 12);
  const settled = endWarm * (273 + amb) / (273 + amb + heat) + normal(r5, 0, 1.5);
  tRows.push([`F${5000 + i}`, f(start, 0), f(amb, 1), f(time, 1), String(litres), f(endWarm, 0), f(settled, 1)].join('\t'));
}
fs.writeFileSync(path.join(dir, 'tank-fills.csv'), tRows.join('\n') + '\n');
