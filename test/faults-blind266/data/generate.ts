/**
 * Writes this set's CSVs (ice sculptors and ice hotels), seeded from 266:
 * `npx tsx test/faults-blind266/data/generate.ts` (run once; the CSVs are committed).
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const r2 = (x: number, d = 2) => Number(x.toFixed(d));
const write = (name: string, header: string[], rows: (string | number)[][], sep = ',') =>
  fs.writeFileSync(path.join(dir, name), [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n');

// 1. blocks.csv: river ice blocks harvested each winter, graded clear / cloudy / snowice (rare).
{
  const next = rng(266001);
  const header = ['block_id', 'harvest_date', 'ice_thickness_cm', 'freeze_days', 'air_temp_c', 'snow_cover_cm', 'current_ms', 'bubble_count', 'saw_operator', 'grade'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const freeze = clamp(normal(next, 45, 15), 10, 90);
    const air = clamp(normal(next, -18, 7), -40, -2);
    const thick = clamp(freeze * 1.6 + normal(next, 0, 8) - air * 0.4, 20, 190);
    const snow = Math.max(0, Math.exp(normal(next, 2.2, 0.9)) - 3);
    const current = Math.max(0.05, normal(next, 0.6, 0.25));
    const bubbles = Math.max(0, Math.round(snow * 3 + (air + 40) * 1.2 - current * 20 + normal(next, 0, 8)));
    const operator = Math.floor(next() * 5) + 1; // no effect
    const z = 0.09 * (snow - 10) - 1.3 * (current - 0.6) + 0.06 * (air + 18) + normal(next, 0, 0.5);
    let grade = z < -0.15 ? 'clear' : 'cloudy';
    if (snow > 28 || z > 1.5) grade = 'snowice';
    if (next() < 0.05) grade = ['clear', 'cloudy', 'snowice'][Math.floor(next() * 3)];
    const day = 1 + Math.floor(next() * 28);
    rows.push([`BLK-${String(26600 + i)}`, `2024-02-${String(day).padStart(2, '0')}`, r2(thick, 1), r2(freeze, 0), r2(air, 1), r2(snow, 1), r2(current, 2), bubbles, operator, grade]);
  }
  write('blocks.csv', header, rows);
  // a copy with the field crew's missing-value markers
  const gaps = rows.map((r, i) => {
    const c = [...r];
    if (i % 17 === 3) c[4] = 'NA';
    if (i % 23 === 5) c[5] = '';
    if (i % 29 === 7) c[2] = '-';
    return c;
  });
  write('blocks-gaps.csv', header, gaps);
}

// 2. melt.csv: sculptures on display in the ice hotel's hall, melt loss in mm/day and hours until repair.
{
  const next = rng(266002);
  const header = ['sculpture_id', 'install_ts', 'volume_l', 'surface_m2', 'hall_temp_c', 'humidity_pct', 'visitors_per_hour', 'led_watts', 'sculptor_seniority_yrs', 'melt_mm_day', 'hours_to_repair'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const vol = Math.exp(normal(next, 5.5, 0.9)); // litres, skewed (50 .. 3000)
    const surf = 0.06 * Math.pow(vol, 2 / 3) * (1 + normal(next, 0, 0.15)); // collinear with volume
    const temp = clamp(normal(next, -5, 1.6), -9, -1);
    const hum = clamp(normal(next, 78, 9), 50, 98);
    const visitors = Math.max(0, Math.round(Math.exp(normal(next, 3, 0.7))));
    const led = Math.round(clamp(normal(next, 40, 25), 0, 150));
    const senior = Math.floor(next() * 25); // no effect
    const sv = surf / Math.pow(vol / 1000, 2 / 3);
    const melt = Math.max(0.05, 0.9 + 0.45 * (temp + 5) + 0.012 * visitors + 0.018 * led + 0.01 * (hum - 78) + 0.25 * (sv - 0.6) + normal(next, 0, 0.15));
    const hours = Math.max(6, Math.round(40 * Math.pow(vol, 0.33) / melt + normal(next, 0, 20)));
    const d = 1 + (i % 28), h = 8 + (i % 12);
    rows.push([`SC-${266 * 10 + i}`, `2025-01-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00`, r2(vol, 1), r2(surf, 3), r2(temp, 1), r2(hum, 0), visitors, led, senior, r2(melt, 3), hours]);
  }
  write('melt.csv', header, rows);
}

// 3. cracks.csv: did a carved block crack within 24 h of being moved into the hall (0/1, ~20 % yes).
{
  const next = rng(266003);
  const header = ['job_no', 'delta_temp_c', 'acclimation_h', 'block_age_days', 'thickness_cm', 'chainsaw_min', 'crew_size', 'cracked'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 480; i++) {
    const dT = clamp(normal(next, 12, 6), 0, 35);
    const accl = Math.max(0, normal(next, 10, 6));
    const age = Math.floor(Math.exp(normal(next, 3, 0.8)));
    const thick = clamp(normal(next, 60, 20), 15, 140);
    const saw = Math.max(5, normal(next, 90, 40));
    const crew = 1 + Math.floor(next() * 4);
    const z = -2.0 + 0.22 * (dT - 12) - 0.25 * (accl - 10) + 0.02 * (thick - 60) + 0.008 * (saw - 90) + normal(next, 0, 0.4);
    let y = next() < sigmoid(2.2 * z) ? 1 : 0;
    if (next() < 0.03) y = 1 - y;
    rows.push([`J${266000 + i}`, r2(dT, 1), r2(accl, 1), age, r2(thick, 1), r2(saw, 0), crew, y]);
  }
  write('cracks.csv', header, rows);
  // the workshop's tab-separated export of the same log
  write('cracks-tab.tsv', header, rows, '\t');
}

// 4. nights-eu.csv: ice hotel nights exported from a Swedish booking sheet (semicolons, decimal commas).
{
  const next = rng(266004);
  const header = ['natt', 'utetemp_c', 'rate_eur', 'aurora_kp', 'snow_cm', 'weekday', 'occupancy_pct'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 300; i++) {
    const out = clamp(normal(next, -20, 8), -42, 2);
    const rate = Math.round(clamp(normal(next, 320, 70), 180, 560));
    const kp = clamp(Math.exp(normal(next, 0.8, 0.5)), 0, 9);
    const snow = Math.max(0, normal(next, 60, 25));
    const wd = i % 7;
    const occ = clamp(70 - 0.12 * (rate - 320) + 4.5 * (kp - 2.3) + (wd >= 4 ? 12 : 0) - 0.3 * (out + 20) + normal(next, 0, 5), 5, 100);
    const dc = (x: number, d: number) => x.toFixed(d).replace('.', ',');
    rows.push([`2024-12-${String(1 + (i % 31)).padStart(2, '0')}#${i}`, dc(out, 1), rate, dc(kp, 2), dc(snow, 1), wd, dc(occ, 1)]);
  }
  write('nights-eu.csv', header, rows, ';');
}

// 5. rooms.csv: room-type choice of ice hotel guests, 4 classes one-hot (art_suite rare), for cce with several columns.
{
  const next = rng(266005);
  const header = ['guest_age', 'party_size', 'budget_eur', 'nights', 'is_cold_room', 'is_warm_cabin', 'is_art_suite', 'is_dorm'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 320; i++) {
    const age = Math.round(clamp(normal(next, 38, 12), 18, 80));
    const party = 1 + Math.floor(next() * 4);
    const budget = Math.round(Math.exp(normal(next, 6.2, 0.45)));
    const nights = 1 + Math.floor(Math.exp(normal(next, 0.4, 0.5)));
    let k: number;
    const b = budget / party;
    if (b > 700 && next() < 0.8) k = 2;
    else if (age > 50 || nights >= 3) k = 1;
    else if (b < 250 && age < 30) k = 3;
    else k = 0;
    if (next() < 0.05) k = Math.floor(next() * 4);
    const oh = [0, 0, 0, 0];
    oh[k] = 1;
    rows.push([age, party, budget, nights, ...oh]);
  }
  write('rooms.csv', header, rows);
}
