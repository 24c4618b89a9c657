/**
 * Writes this set's CSVs (seeded, so the files never change): `npx tsx test/faults-blind40/data/generate.ts`.
 * sensors.csv: 520 machine states, 8 features of very different scales, 5 integer classes, 8% relabelled.
 * landcover.csv: 420 pixels, 6 band features, 4 one-hot class columns, 6% relabelled.
 * fraud.csv: 900 card transactions, 7 features, ~4% positives, 5% of labels flipped among positives' neighbours.
 * grades.csv: 360 students, 5 features, string classes A/B/C/D, 7% relabelled.
 * sensors-na.csv / landcover-twohot.csv: copies with a realistic defect (an "n/a" reading, a row with two 1s).
 */
import * as fs from 'fs';
import * as path from 'path';
import { normal, rng } from '../../faults/data-random';

const here = __dirname;
const next = rng(40);
const write = (name: string, rows: string[]) => fs.writeFileSync(path.join(here, name), rows.join('\n') + '\n');
const r = (x: number, d: number) => Number(x.toFixed(d));

function sensors(): string[] {
  const scales = [[22, 4, 1], [1013, 12, 1], [0.012, 0.004, 5], [3000, 400, 0], [0.6, 0.15, 3], [75, 9, 1], [4.2e4, 6e3, 0], [1.5, 0.5, 2]];
  const centers = [0, 1, 2, 3, 4].map(() => scales.map(() => normal(next, 0, 1.1)));
  const rows = ['temp_c,pressure_hpa,vibration_g,rpm,load_frac,noise_db,hours_run,current_a,state'];
  for (let i = 0; i < 520; i++) {
    const k = Math.floor(next() * 5);
    const z = centers[k].map((c) => c + normal(next, 0, 0.8));
    const f = z.map((v, j) => r(scales[j][0] + scales[j][1] * v, scales[j][2]));
    const label = next() < 0.08 ? Math.floor(next() * 5) : k;
    rows.push([...f, label].join(','));
  }
  return rows;
}

function landcover(): string[] {
  const names = ['water', 'forest', 'urban', 'crop'];
  const centers = names.map(() => [0, 1, 2, 3, 4, 5].map(() => normal(next, 0, 1.2)));
  const rows = ['blue,green,red,nir,swir1,swir2,' + names.map((n) => 'is_' + n).join(',')];
  for (let i = 0; i < 420; i++) {
    const k = Math.floor(next() * 4);
    const f = centers[k].map((c, j) => r(0.08 + 0.03 * (j + 1) + 0.025 * (c + normal(next, 0, 0.7)), 4));
    const label = next() < 0.06 ? Math.floor(next() * 4) : k;
    rows.push([...f, ...names.map((_, j) => (j === label ? 1 : 0))].join(','));
  }
  return rows;
}

function fraud(): string[] {
  const rows = ['amount,hour,distance_km,merchant_risk,txn_last_24h,account_age_days,foreign,is_fraud'];
  for (let i = 0; i < 900; i++) {
    const amount = Math.exp(normal(next, 3.8, 1.1)), hour = Math.floor(next() * 24), dist = Math.exp(normal(next, 2, 1.3));
    const risk = next(), txn = Math.floor(Math.exp(normal(next, 1, 0.6))), age = Math.floor(30 + next() * 3000), foreign = next() < 0.15 ? 1 : 0;
    const z = -5.5 + 0.9 * (Math.log(amount) - 3.8) + 1.3 * (hour < 5 ? 1 : 0) + 0.5 * (Math.log(dist) - 2) + 2.4 * risk + 0.25 * txn - 0.0006 * age + 1.2 * foreign;
    let y = next() < 1 / (1 + Math.exp(-z * 1.6)) ? 1 : 0;
    if (next() < 0.01) y = 1 - y;
    rows.push([r(amount, 2), hour, r(dist, 1), r(risk, 3), txn, age, foreign, y].join(','));
  }
  return rows;
}

function grades(): string[] {
  const rows = ['study_hours,attendance_pct,prior_gpa,assignments_done,sleep_hours,grade'];
  for (let i = 0; i < 360; i++) {
    const study = Math.max(0, normal(next, 12, 5)), att = Math.min(100, Math.max(30, normal(next, 82, 12)));
    const gpa = Math.min(4, Math.max(0.5, normal(next, 2.9, 0.6))), done = Math.floor(Math.min(20, Math.max(0, normal(next, 15, 4))));
    const sleep = normal(next, 7, 1.1);
    const score = 0.12 * (study - 12) + 0.04 * (att - 82) + 1.1 * (gpa - 2.9) + 0.12 * (done - 15) + 0.15 * (sleep - 7) + normal(next, 0, 0.45);
    let k = score > 0.9 ? 0 : score > 0 ? 1 : score > -0.9 ? 2 : 3;
    if (next() < 0.07) k = Math.floor(next() * 4);
    rows.push([r(study, 1), r(att, 1), r(gpa, 2), done, r(sleep, 1), 'ABCD'[k]].join(','));
  }
  return rows;
}

const s = sensors(), l = landcover();
write('sensors.csv', s);
write('landcover.csv', l);
write('fraud.csv', fraud());
write('grades.csv', grades());
write('sensors-na.csv', s.map((row, i) => (i === 137 ? row.replace(/^([^,]*,[^,]*,)[^,]*/, '$1n/a') : row)));
write('landcover-twohot.csv', l.map((row, i) => (i === 211 ? row.replace(/(\d),(\d),(\d),(\d)$/, '1,1,$3,$4') : row)));
