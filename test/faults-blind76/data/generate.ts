/**
 * Writes the CSVs of test/faults-blind76 (fitness wearables and sports science), seeded, from simple
 * generative rules: `npx tsx test/faults-blind76/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, header: string[], rows: (number | string)[][]) =>
  fs.writeFileSync(path.join(dir, name), [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
const r2 = (x: number) => Math.round(x * 100) / 100;

// sessions.csv: watch sessions -> activity (walk, run, cycle, hike) and calories.
function sessions(): (number | string)[][] {
  const next = rng(7601);
  const kinds = ['walk', 'run', 'cycle', 'hike'];
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 640; i++) {
    const k = Math.floor(next() * 4);
    const user = 1000 + Math.floor(next() * 40);
    const device = 5 + (user % 3);
    const start = 1704067200 + Math.floor(next() * 3e7);
    const minutes = clamp(normal(next, [45, 38, 70, 120][k], [12, 10, 20, 30][k]), 10, 240);
    const hr = clamp(normal(next, [98, 152, 135, 118][k], 8), 70, 195);
    const cadence = clamp(normal(next, [105, 168, 82, 95][k], 7), 50, 200);
    const stepsPerMin = [105, 165, 4, 90][k];
    const steps = Math.round(Math.max(0, normal(next, stepsPerMin * minutes, 0.08 * stepsPerMin * minutes + 30)));
    const elev = Math.round(Math.max(0, normal(next, [20, 60, 180, 650][k], [10, 30, 80, 200][k])));
    const gps = next() < [0.4, 0.95, 0.9, 0.85][k] ? 1 : 0;
    const kcal = Math.round(minutes * (0.6 * (hr - 60) / 10 + 1.5) + 0.08 * elev + normal(next, 0, 25));
    rows.push([i + 1, user, device, start, r2(hr), steps, r2(cadence), elev, r2(minutes), gps, kinds[k], kcal]);
  }
  return rows;
}
const sessionHeader = ['session_id', 'user_id', 'device_id', 'start_epoch', 'hr_mean', 'steps', 'cadence', 'elev_gain_m', 'minutes', 'gps_flag', 'activity', 'calories'];
const sess = sessions();
write('sessions.csv', sessionHeader, sess);
// Same sessions with dropouts of the optical sensor written as NA / empty cells.
write('sessions-gaps.csv', sessionHeader, sess.map((r, i) => (i % 23 === 5 ? r.map((c, j) => (j === 4 ? 'NA' : c)) : i % 31 === 7 ? r.map((c, j) => (j === 6 ? '' : c)) : r)));

// sleep.csv: nightly sleep logs -> recovery score 0-100.
{
  const next = rng(7602);
  const rows: number[][] = [];
  for (let i = 0; i < 520; i++) {
    const user = 200 + Math.floor(next() * 30);
    const night = 1706745600 + i * 3600 * 7;
    const deep = clamp(normal(next, 80, 22), 15, 160);
    const rem = clamp(normal(next, 95, 25), 20, 180);
    const light = clamp(normal(next, 230, 40), 100, 360);
    const awake = clamp(normal(next, 35, 15), 2, 120);
    const wakes = Math.round(clamp(awake / 8 + normal(next, 0, 1), 0, 15));
    const rhr = clamp(normal(next, 58, 7), 40, 85);
    const hrv = clamp(normal(next, 120 - rhr, 10), 10, 130);
    const alcohol = next() < 0.15 ? 1 : 0;
    const score = clamp(20 + 0.22 * deep + 0.12 * rem + 0.03 * light - 0.25 * awake - 1.5 * wakes - 0.6 * (rhr - 58) + 0.25 * (hrv - 60) - 8 * alcohol + normal(next, 0, 3), 0, 100);
    rows.push([user, night, r2(deep), r2(rem), r2(light), r2(awake), wakes, r2(rhr), r2(hrv), alcohol, r2(score)]);
  }
  write('sleep.csv', ['user_id', 'night_epoch', 'deep_min', 'rem_min', 'light_min', 'awake_min', 'wake_count', 'resting_hr', 'hrv_ms', 'alcohol_flag', 'recovery'], rows);
  write('sleep-week.csv', ['user_id', 'night_epoch', 'deep_min', 'rem_min', 'light_min', 'awake_min', 'wake_count', 'resting_hr', 'hrv_ms', 'alcohol_flag', 'recovery'], rows.slice(0, 6));
}

// runs.csv: GPS runs -> injury flag (rare, about 5%).
{
  const next = rng(7603);
  const rows: number[][] = [];
  for (let i = 0; i < 900; i++) {
    const pace = clamp(normal(next, 330, 45), 200, 520); // s per km
    const dist = Math.round(clamp(normal(next, 9000, 4000), 1500, 32000));
    const splitCv = clamp(Math.abs(normal(next, 0.05, 0.03)), 0.005, 0.25);
    const weekly = Math.round(clamp(normal(next, 40000, 15000), 5000, 110000)); // metres per week
    const ramp = clamp(normal(next, 1.05, 0.15), 0.6, 1.8); // this week / last 4 weeks
    const prior = next() < 0.2 ? 1 : 0;
    const z = -5.2 + 6.0 * (ramp - 1.05) + 18 * (splitCv - 0.05) + 1.6 * prior + 0.00004 * (dist - 9000);
    const injury = next() < (z > -2.2 ? 0.9 : 0.01) ? 1 : 0;
    rows.push([i + 1, r2(pace), dist, Math.round(splitCv * 1000) / 1000, weekly, r2(ramp), prior, injury]);
  }
  write('runs.csv', ['run_id', 'pace_s_km', 'distance_m', 'split_cv', 'weekly_m', 'ramp_ratio', 'prior_injury', 'injury'], rows);
}

// gym.csv: gym logs -> estimated one-rep max (Epley-like with noise).
{
  const next = rng(7604);
  const rows: number[][] = [];
  for (let i = 0; i < 450; i++) {
    const bw = clamp(normal(next, 78, 12), 50, 120);
    const sex = next() < 0.4 ? 1 : 0;
    const trueMax = clamp(bw * (sex ? 0.9 : 1.3) * clamp(normal(next, 1, 0.2), 0.5, 1.6), 30, 260);
    const reps = 1 + Math.floor(next() * 12);
    const rpe = clamp(Math.round(normal(next, 8, 1) * 2) / 2, 6, 10);
    const load = Math.round((trueMax / (1 + (reps + (10 - rpe)) / 30)) / 2.5) * 2.5;
    const sets = 1 + Math.floor(next() * 5);
    rows.push([2000 + i, r2(bw), sex, load, reps, sets, rpe, r2(trueMax + normal(next, 0, 3))]);
  }
  write('gym.csv', ['lifter_id', 'bodyweight_kg', 'sex_flag', 'load_kg', 'reps', 'sets', 'rpe', 'one_rm_kg'], rows);
}

// vo2.csv: field tests -> VO2max (ml/kg/min).
{
  const next = rng(7605);
  const rows: number[][] = [];
  for (let i = 0; i < 420; i++) {
    const age = clamp(normal(next, 38, 11), 18, 70);
    const weight = clamp(normal(next, 74, 12), 45, 120);
    const rhr = clamp(normal(next, 60, 8), 40, 90);
    const hrmax = 208 - 0.7 * age + normal(next, 0, 5);
    const fiveK = clamp(normal(next, 1650 + 8 * (age - 38) + 6 * (weight - 74) + 10 * (rhr - 60), 180), 960, 2700); // s
    const vo2 = 15.3 * (hrmax / rhr) * 0.45 + 0.9 * (3000 - fiveK) / 40 + 10 + normal(next, 0, 1.5);
    rows.push([r2(age), r2(weight), r2(rhr), r2(hrmax), Math.round(fiveK), 3, r2(vo2)]);
  }
  write('vo2.csv', ['age', 'weight_kg', 'resting_hr', 'max_hr', 'five_k_s', 'device_model', 'vo2max'], rows);
}
