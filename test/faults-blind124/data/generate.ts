/**
 * Writes the CSVs of blind fault set 124 (golf courses and swimming pools), seeded so every run gives
 * the same files: `npx tsx test/faults-blind124/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;
function write(name: string, header: string[], rows: (string | number)[][], sep = ','): void {
  fs.writeFileSync(path.join(DIR, name), [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n');
}
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };
const iso = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 16).replace('T', ' ');

/** golf_days.csv: one row per course-day -> rounds played; green fee in cents; a copy with "NA" green speeds. */
function golfDays(): void {
  const next = rng(12401);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const course = `GC-${String(1 + Math.floor(next() * 9)).padStart(2, '0')}`;
    const ts = 1711929600 + Math.floor(i / 3) * 86400 + Math.floor(next() * 3600 * 3);
    const dow = Math.floor(ts / 86400 + 4) % 7;
    const doy = Math.floor((ts - 1704067200) / 86400);
    const temp = r1(clamp(16 + 9 * Math.sin((doy - 100) / 58) + normal(next, 0, 4), -2, 38));
    const rain = r1(clamp(Math.exp(normal(next, -0.5, 1.3)) - 0.4, 0, 60));
    const wind = r1(clamp(normal(next, 14, 7), 0, 60));
    const stimp = r1(clamp(normal(next, 10.5, 1.1), 7, 14));
    const fee = Math.round(clamp(normal(next, 6500, 1800), 2500, 14000));
    const booked = Math.round(clamp(normal(next, 60, 25), 0, 160));
    const rounds = Math.round(clamp(110 + 45 * (dow >= 5 ? 1 : 0) + 4.5 * (temp - 16) - 0.12 * (temp - 22) ** 2 - 14 * Math.sqrt(rain) - 1.6 * (wind - 14) + 6 * (stimp - 10.5) - 0.009 * (fee - 6500) + 0.8 * booked + normal(next, 0, 14), 0, 400));
    out.push(rounds);
    const row: (string | number)[] = [`GD${300000 + i}`, course, iso(ts), dow, temp, rain, wind, stimp, fee, booked, rounds];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[7] = 'NA';
    na.push(n);
  }
  const header = ['day_id', 'course_id', 'opened_at', 'weekday', 'air_temp_c', 'rain_mm', 'wind_kmh', 'green_speed_ft', 'green_fee_cents', 'member_bookings', 'rounds'];
  write('golf_days.csv', header, rows);
  write('golf_days-na.csv', header, na);
  console.log('rounds', stats(out));
}

/** pool_visits.csv: pool sessions -> visitors; booking timestamps, chlorine ppm, entry fee in dollars and cents. */
function poolVisits(): void {
  const next = rng(12402);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 960; i++) {
    const pool = `POOL-${String.fromCharCode(65 + Math.floor(next() * 6))}`;
    const ts = 1717200000 + i * 4 * 3600 + Math.floor(next() * 7200);
    const hour = 6 + Math.floor(next() * 15);
    const water = r1(clamp(normal(next, 26.5, 1.6), 21, 31));
    const air = r1(clamp(normal(next, 24, 6), 5, 40));
    const cl = r2(clamp(normal(next, 2.0, 0.6), 0.3, 5));
    const holiday = next() < 0.25 ? 1 : 0;
    const fee = r2(clamp(normal(next, 7.5, 1.5), 3, 14));
    const peak = Math.exp(-((hour - 16) ** 2) / 8) + 0.5 * Math.exp(-((hour - 7) ** 2) / 2);
    const vis = Math.round(clamp(80 + 160 * peak + 6 * (air - 24) + 9 * (water - 26.5) + 70 * holiday - 12 * (fee - 7.5) - 15 * Math.abs(cl - 2) + normal(next, 0, 22), 0, 600));
    out.push(vis);
    rows.push([`B${7700000 + i}`, pool, iso(ts), hour, water, air, cl, holiday, fee, vis]);
  }
  write('pool_visits.csv', ['booking_ref', 'pool_id', 'booked_at', 'hour', 'water_temp_c', 'air_temp_c', 'chlorine_ppm', 'school_holiday', 'entry_fee_usd', 'visitors'], rows);
  console.log('visitors', stats(out));
}

/** round_times.csv: tee times -> skewed round duration in minutes (log-normal). */
function roundTimes(): void {
  const next = rng(12403);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 840; i++) {
    const group = 1 + Math.floor(next() * 4);
    const hcp = r1(clamp(normal(next, 18, 8), 0, 36));
    const tee = r1(clamp(normal(next, 10.5, 2.5), 6, 17));
    const carts = Math.min(group, Math.floor(next() * (group + 1)));
    const busy = Math.round(clamp(normal(next, 24, 9), 2, 48));
    const holes = next() < 0.15 ? 9 : 18;
    const lz = 5.35 + 0.08 * (group - 2.5) + 0.012 * (hcp - 18) - 0.05 * carts + 0.01 * (busy - 24) + (holes === 9 ? -0.62 : 0) + normal(next, 0, 0.12);
    const mins = Math.round(clamp(Math.exp(lz), 60, 420));
    out.push(mins);
    rows.push([`T${i + 1}`, group, hcp, tee, carts, busy, holes, mins]);
  }
  write('round_times.csv', ['tee_no', 'group_size', 'avg_handicap', 'tee_hour', 'carts', 'groups_on_course', 'holes', 'round_minutes'], rows);
  console.log('round_minutes', stats(out));
}

/** closures.csv: course-hours -> rare "closed for lightning" flag; CAPE in J/kg (thousands), pressure hPa. */
function closures(): void {
  const next = rng(12404);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1000; i++) {
    const strike = r1(clamp(Math.exp(normal(next, 3.3, 0.8)), 0.5, 200));
    const cape = Math.round(clamp(Math.exp(normal(next, 6.2, 1.0)), 0, 6000));
    const hum = r1(clamp(normal(next, 62, 15), 15, 100));
    const press = r1(clamp(normal(next, 1013, 7), 985, 1035));
    const temp = r1(clamp(normal(next, 24, 5), 5, 40));
    const z = -4.6 - 0.09 * (strike - 27) + 0.0007 * (cape - 600) + 0.03 * (hum - 62) - 0.05 * (press - 1013);
    const c = next() < sigmoid(z) ? 1 : 0;
    pos += c;
    rows.push([strike, cape, hum, press, temp, c]);
  }
  write('closures.csv', ['nearest_strike_km', 'cape_jkg', 'humidity_pct', 'pressure_hpa', 'air_temp_c', 'closed_lightning'], rows);
  console.log('closed', pos);
}

/** members.csv: members -> tier (text labels, one rare). */
function members(): void {
  const next = rng(12405);
  const spec: [string, number, number, number, number][] = [
    ['bronze', 340, 3, 600, 2], ['silver', 270, 7, 1500, 5], ['gold', 190, 12, 3200, 9], ['platinum', 110, 16, 6500, 14], ['founder', 35, 10, 4200, 31],
  ];
  const all: (string | number)[][] = [];
  let i = 0;
  for (const [tier, n, visits, spend, years] of spec) {
    for (let k = 0; k < n; k++) {
      const v = Math.round(clamp(normal(next, visits, visits * 0.3 + 1), 0, 40));
      const s = r2(clamp(normal(next, spend, spend * 0.25), 50, 20000));
      const y = r1(clamp(normal(next, years, years * 0.25 + 1), 0, 45));
      const age = Math.round(clamp(normal(next, tier === 'founder' ? 68 : 40 + years, 9), 18, 92));
      const guests = Math.round(clamp(normal(next, tier === 'platinum' ? 6 : 2, 2), 0, 20));
      all.push([`M${40000 + i++}`, v, s, y, age, guests, tier]);
    }
  }
  for (let k = all.length - 1; k > 0; k--) { const j = Math.floor(next() * (k + 1)); [all[k], all[j]] = [all[j], all[k]]; }
  write('members.csv', ['member_id', 'visits_per_month', 'spend_usd', 'years_member', 'age', 'guest_passes', 'tier'], all);
}

/** chlorine.csv: a plant-room export, semicolon separated with decimal commas -> chlorine dose kg per day, nearly linear. */
function chlorine(): void {
  const next = rng(12406);
  const rows: string[][] = [], out: number[] = [];
  const c = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const vol = Math.round(clamp(normal(next, 900, 300), 250, 2500));
    const bathers = Math.round(clamp(normal(next, 350, 150), 10, 1200));
    const uv = r1(clamp(normal(next, 5, 2.5), 0, 11));
    const wt = r1(clamp(normal(next, 27, 1.8), 21, 32));
    const ph = r2(clamp(normal(next, 7.4, 0.15), 6.9, 7.9));
    const dose = r2(clamp(0.004 * vol + 0.006 * bathers + 0.35 * uv + 0.4 * (wt - 27) + 2.5 * (ph - 7.4) + normal(next, 0, 0.4), 0.2, 30));
    out.push(dose);
    rows.push([`L${2024000 + i}`, String(vol), String(bathers), c(uv), c(wt), c(ph), c(dose)]);
  }
  fs.writeFileSync(path.join(DIR, 'chlorine.csv'), ['log_no;volume_m3;bathers;uv_index;water_temp_c;ph;chlorine_kg', ...rows.map((r) => r.join(';'))].join('\n') + '\n');
  console.log('chlorine_kg', stats(out));
}

golfDays(); poolVisits(); roundTimes(); closures(); members(); chlorine();
