/**
 * Writes the CSVs of the hundredth blind fault set (ski resorts and mountain operations), seeded so
 * every run gives the same files: `npx tsx test/faults-blind100/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][], sep = ','): void {
  const text = [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const isoDay = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 10);
const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };

/** lifts.csv: lift-hours from the gate scanners: rides per hour (a late-morning peak, capped by the lift's capacity). */
function lifts(): void {
  const next = rng(10001);
  const rows: (string | number)[][] = [];
  const codes = ['GONDOLA-TAL', 'SESSEL-6-NORD', 'SESSEL-4-GRAT', 'TBAR-KINDER', 'SESSEL-8-SONNE'];
  const caps = [2800, 3000, 1800, 1200, 3600];
  for (let i = 0; i < 720; i++) {
    const k = i % 5;
    const ts = 1701417600 + Math.floor(i / 5) * 86400 * 0.8 + Math.floor(next() * 30000);
    const hour = 8 + Math.floor(next() * 9);
    const weekday = Math.floor(next() * 7);
    const depth = Math.round(clamp(normal(next, 150, 55), 30, 330));
    const fresh = Math.round(clamp(Math.exp(normal(next, 1.2, 1.3)) - 1, 0, 90));
    const temp = r1(normal(next, -5, 5));
    const wind = Math.round(clamp(Math.exp(normal(next, 2.9, 0.6)), 0, 110));
    const holiday = next() < 0.3 ? 1 : 0;
    const price = r2(clamp(normal(next, 62, 6), 45, 82));
    const passId = 810000000 + Math.floor(next() * 9e7);
    const util = clamp(0.12 + 0.6 * Math.exp(-((hour - 11.5) ** 2) / 5) + 0.12 * holiday + (weekday >= 5 ? 0.1 : 0) + 0.002 * fresh
      - (wind > 55 ? 0.35 : 0) - 0.002 * (price - 62) + normal(next, 0, 0.04), 0, 1);
    const rides = Math.round(caps[k] * util);
    rows.push([codes[k], ts, passId, hour, weekday, depth, fresh, temp, wind, holiday, caps[k], price, rides]);
  }
  write('lifts.csv', ['lift_code', 'scan_ts', 'sample_pass_id', 'hour_of_day', 'weekday', 'snow_depth_cm', 'new_snow_cm', 'temp_c', 'wind_kmh',
    'school_holiday', 'capacity_pph', 'day_ticket_eur', 'rides_per_hour'], rows);
  console.log('rides', med(rows.map((r) => r[12] as number)));
}

/** avalanche.csv: zone-days of the avalanche service: a rare control-closure flag; plus a station export with NA gusts. */
function avalanche(): void {
  const next = rng(10002);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  let closures = 0;
  for (let i = 0; i < 900; i++) {
    const zone = `AZ-${['NORD', 'GRAT', 'KAR', 'WALD', 'SUED', 'RINNE'][i % 6]}`;
    const ts = 1701417600 + Math.floor(i / 6) * 86400;
    const fresh24 = Math.round(clamp(Math.exp(normal(next, 1.0, 1.4)) - 1, 0, 120));
    const fresh72 = Math.round(fresh24 + clamp(Math.exp(normal(next, 1.8, 1.1)) - 1, 0, 150));
    const depth = Math.round(clamp(normal(next, 170, 60), 20, 380));
    const wind = Math.round(clamp(Math.exp(normal(next, 3.0, 0.55)), 0, 130));
    const gust = Math.round(wind * (1.3 + next() * 0.6));
    const temp = r1(normal(next, -6, 5));
    const dtemp = r1(normal(next, 0, 3.5));
    const angle = Math.round(clamp(normal(next, 32, 6), 15, 50));
    const north = next() < 0.45 ? 1 : 0;
    const rain = r1(temp > -1 && next() < 0.3 ? Math.exp(normal(next, 0.5, 1)) : 0);
    const z = -5.6 + 1.8 * (0.045 * fresh24 + 0.012 * fresh72 + 0.03 * (wind - 20) + 0.12 * (angle - 32) + 0.6 * north + 0.15 * Math.max(0, dtemp) + 0.25 * rain)
      + normal(next, 0, 0.3);
    const closure = next() < sigmoid(z) ? 1 : 0;
    closures += closure;
    const row: (string | number)[] = [zone, isoDay(ts), ts, fresh24, fresh72, depth, wind, gust, temp, dtemp, angle, north, rain, closure];
    rows.push(row);
    const na = [...row];
    if (i % 41 === 7) na[7] = 'NA';
    naRows.push(na);
  }
  const header = ['zone_code', 'obs_date', 'obs_ts', 'new_snow_24h_cm', 'new_snow_72h_cm', 'snow_depth_cm', 'wind_kmh', 'max_gust_kmh', 'temp_c',
    'temp_change_24h_c', 'slope_angle_deg', 'north_aspect', 'rain_on_snow_mm', 'control_closure'];
  write('avalanche.csv', header, rows);
  write('avalanche-station-na.csv', header, naRows);
  console.log(`closures ${closures}/900`);
}

/** runs.csv: the piste register: difficulty class (black rare) from the run's geometry; plus an export with units in the length cells. */
function runs(): void {
  const next = rng(10003);
  const rows: (string | number)[][] = [];
  const unitRows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['green', 'blue', 'red', 'black'];
  for (let i = 0; i < 560; i++) {
    const u = next();
    const latent = u < 0.22 ? 0 : u < 0.62 ? 1 : u < 0.9 ? 2 : 3;
    const avg = r1(clamp(normal(next, [9, 17, 26, 36][latent], 3.2), 3, 60));
    const max = r1(avg + clamp(normal(next, [6, 10, 14, 20][latent], 4), 1, 40));
    const length = Math.round(clamp(Math.exp(normal(next, [6.6, 7.2, 7.3, 6.9][latent], 0.6)), 150, 9000));
    const drop = Math.round(length * avg / 100 * (0.9 + next() * 0.2));
    const width = Math.round(clamp(normal(next, [45, 35, 28, 20][latent], 8), 6, 90));
    const groom = Math.round(clamp(normal(next, [7, 6, 4, 1.5][latent], 1.2), 0, 7));
    const moguls = next() < [0.01, 0.05, 0.2, 0.6][latent] ? 1 : 0;
    const trees = Math.round(clamp(normal(next, 30, 20), 0, 100));
    const opened = 1955 + Math.floor(next() * 68);
    let k = latent;
    if (next() < 0.03) k = Math.floor(next() * 4);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    const row: (string | number)[] = [`P${String(i + 1).padStart(3, '0')}`, length, drop, avg, max, width, groom, moguls, trees, opened, names[k]];
    rows.push(row);
    const ur = [...row];
    ur[1] = `${length} m`;
    unitRows.push(ur);
  }
  const header = ['run_code', 'length_m', 'vertical_drop_m', 'avg_gradient_pct', 'max_gradient_pct', 'width_m', 'grooming_per_week', 'moguls',
    'tree_cover_pct', 'opened_year', 'difficulty'];
  write('runs.csv', header, rows);
  write('runs-export-units.csv', header, unitRows);
  console.log('runs', JSON.stringify(counts));
}

/** snowmaking.csv: nightly snowmaking log, exported by an Austrian operator (semicolons, decimal commas): water in cubic metres. */
function snowmaking(): void {
  const next = rng(10004);
  const rows: (string | number)[][] = [];
  const dec = (x: number) => String(x).replace('.', ',');
  const water: number[] = [];
  for (let i = 0; i < 600; i++) {
    const ts = 1699920000 + i * 14400 + Math.floor(next() * 7200);
    const air = r1(clamp(normal(next, -7, 4), -22, 2));
    const hum = Math.round(clamp(normal(next, 70, 14), 25, 100));
    const wet = r1(air + (hum - 100) * 0.06 * (1 + air / 40));
    const wind = Math.round(clamp(Math.exp(normal(next, 2.2, 0.6)), 0, 70));
    const guns = Math.round(clamp(Math.exp(normal(next, 4.0, 0.7)), 6, 260));
    const hours = r1(clamp(normal(next, 9, 3), 1, 14));
    const base = Math.round(clamp(normal(next, 60, 25), 0, 140));
    const rate = clamp(2 + 1.6 * (-2.5 - wet), 0, 30); // m3 per gun-hour: more the colder the wet bulb
    const w = Math.round(clamp(guns * hours * rate * (1 - 0.004 * wind) * (1 + normal(next, 0, 0.06)), 0, 80000));
    water.push(w);
    rows.push([`N${ts}`, ts, dec(air), hum, dec(wet), wind, guns, dec(hours), base, w]);
  }
  write('snowmaking.csv', ['night_id', 'night_ts', 'air_temp_c', 'humidity_pct', 'wet_bulb_c', 'wind_kmh', 'guns_running', 'hours_run', 'target_base_cm',
    'water_m3'], rows, ';');
  console.log('water', med(water));
}

/** ski_school.csv: daily ski-school takings: revenue in CHF (skewed) from skier days in the hundreds to tens of thousands. */
function school(): void {
  const next = rng(10005);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 520; i++) {
    const ts = 1701417600 + i * 86400 * 0.5 + Math.floor(next() * 30000);
    const skierDays = Math.round(clamp(Math.exp(normal(next, 8.4, 0.9)), 300, 30000));
    const holiday = next() < 0.3 ? 1 : 0;
    const instructors = Math.round(clamp(8 + skierDays / 600 + 20 * holiday + normal(next, 0, 4), 4, 90));
    const fresh = Math.round(clamp(Math.exp(normal(next, 1.0, 1.3)) - 1, 0, 80));
    const temp = r1(normal(next, -4, 5));
    const price = Math.round(clamp(normal(next, 95, 10), 70, 130));
    const group = Math.round(clamp(normal(next, 65, 10), 30, 90));
    const revenue = Math.round(clamp((0.018 + 0.012 * holiday) * skierDays * price * (1 - 0.003 * Math.max(0, -temp - 10) * 10) * (1 + normal(next, 0, 0.1))
      + 40 * instructors, 200, 900000));
    rows.push([`D${i}`, ts, skierDays, instructors, holiday, fresh, temp, price, group, revenue]);
  }
  write('ski_school.csv', ['day_id', 'day_ts', 'skier_days', 'instructors_on_duty', 'holiday_week', 'new_snow_cm', 'temp_c', 'private_price_chf',
    'group_share_pct', 'revenue_chf'], rows);
  console.log('revenue', med(rows.map((r) => r[9] as number)), 'skier days', med(rows.map((r) => r[2] as number)));
}

lifts();
avalanche();
runs();
snowmaking();
school();
