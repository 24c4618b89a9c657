/**
 * Writes the CSVs of blind fault set 148 (ski resorts and lift operations), seeded so every run
 * gives the same files: `npx tsx test/faults-blind148/data/generate.ts`.
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
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');

/** skiers.csv: one row per resort day -> skier count (skewed: holidays and powder days); a copy with "NA" snow depths. */
function skiers(): void {
  const next = rng(14801);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1701388800;
  for (let i = 0; i < 900; i++) {
    t += 86400 / 3; // three resorts share the log
    const resort = 1 + (i % 3);
    const depthCm = Math.round(clamp(normal(next, 120, 45), 10, 320));
    const fresh = Math.round(clamp(next() < 0.25 ? Math.exp(normal(next, 2.5, 0.7)) : 0, 0, 80));
    const temp = r1(normal(next, -6, 5));
    const windKmh = r1(clamp(Math.exp(normal(next, 2.7, 0.5)), 2, 110));
    const weekend = next() < 2 / 7 ? 1 : 0;
    const holiday = next() < 0.08 ? 1 : 0;
    const price = Math.round(normal(next, 110, 15));
    const z = 0.006 * depthCm + 0.03 * fresh - 0.02 * windKmh + 0.7 * weekend + 0.9 * holiday - 0.03 * Math.abs(temp + 5) - 0.005 * (price - 110);
    const count = Math.round(clamp(Math.exp(7.2 + z + normal(next, 0, 0.15)), 80, 40000));
    out.push(count);
    const row: (string | number)[] = [`DAY-${String(i).padStart(4, '0')}`, stamp(t).slice(0, 10), `RES-${resort}`, depthCm, r1(depthCm / 2.54), fresh, temp, windKmh, r2(windKmh / 3.6), weekend, holiday, price, count];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[3] = 'NA';
    na.push(n);
  }
  const header = ['day_id', 'date', 'resort', 'snow_depth_cm', 'snow_depth_in', 'new_snow_cm', 'temp_c', 'wind_kmh', 'wind_ms', 'weekend', 'holiday', 'ticket_price_usd', 'skier_count'];
  write('skiers.csv', header, rows);
  write('skiers-na.csv', header, na);
  console.log('skier count', stats(out));
}

/** queue.csv: gate scans aggregated per lift and quarter hour -> queue minutes; semicolon export with decimal commas; gate number has no effect. */
function queue(): void {
  const next = rng(14802);
  const rows: (string | number)[][] = [], out: number[] = [];
  let t = 1704096000 + 8.5 * 3600;
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 1100; i++) {
    t += 900 + Math.floor(next() * 60);
    const lift = 1 + Math.floor(next() * 12);
    const hour = 8 + Math.floor(next() * 8);
    const arrivals = Math.round(clamp(normal(next, hour >= 10 && hour <= 13 ? 1500 : 900, 300), 100, 3200));
    const capacity = [1200, 1800, 2400, 2800][lift % 4];
    const chairs = Math.round(clamp(normal(next, 0.92, 0.08), 0.5, 1) * 100);
    const windMs = r1(clamp(Math.exp(normal(next, 1.6, 0.5)), 0.5, 28));
    const gate = 1 + Math.floor(next() * 8);
    const q = r1(clamp(18 * (arrivals / (capacity * chairs / 100)) + 0.4 * windMs + normal(next, 0, 1.5), 0, 60));
    out.push(q);
    rows.push([`LIFT-${String(lift).padStart(2, '0')}`, stamp(t), gate, hour, arrivals, capacity, chairs, dc(windMs), dc(r1(windMs * 3.6)), dc(q)]);
  }
  write('queue.csv', ['lift_id', 'scan_ts', 'gate_no', 'hour', 'arrivals_per_h', 'capacity_per_h', 'chairs_running_pct', 'wind_ms', 'wind_kmh', 'queue_min'], rows, ';');
  console.log('queue min', stats(out));
}

/** runs.csv: trail survey -> difficulty green/blue/red/black/rare double_black; trail number has no effect. */
function runs(): void {
  const next = rng(14803);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const NAMES = ['green', 'blue', 'red', 'black', 'double_black'];
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const k = u < 0.26 ? 0 : u < 0.58 ? 1 : u < 0.8 ? 2 : u < 0.955 ? 3 : 4;
    counts[NAMES[k]] = (counts[NAMES[k]] ?? 0) + 1;
    const slope = r1(clamp(normal(next, [9, 16, 23, 30, 38][k], 2.5), 3, 55));
    const length = Math.round(clamp(Math.exp(normal(next, [7.3, 7.0, 6.8, 6.6, 6.1][k], 0.4)), 150, 6000));
    const vertical = Math.round(length * Math.sin((slope * Math.PI) / 180) * clamp(normal(next, 0.8, 0.1), 0.4, 1));
    const groomed = k >= 3 ? (next() < 0.2 ? 1 : 0) : next() < 0.9 ? 1 : 0;
    const width = Math.round(clamp(normal(next, [45, 35, 28, 20, 12][k], 6), 4, 90));
    const moguls = k >= 3 ? (next() < 0.6 ? 1 : 0) : next() < 0.05 ? 1 : 0;
    const trail = 100 + Math.floor(next() * 400);
    rows.push([`T${trail}`, trail, slope, length, vertical, groomed, width, moguls, NAMES[k]]);
  }
  write('runs.csv', ['trail_code', 'trail_no', 'max_slope_deg', 'length_m', 'vertical_m', 'groomed', 'width_m', 'moguls', 'difficulty'], rows);
  console.log('difficulty', counts);
}

/** liftstop.csv: hourly lift telemetry -> rare wind/ice lift stop flag; tower serial has no effect. */
function liftstop(): void {
  const next = rng(14804);
  const rows: (string | number)[][] = [];
  let pos = 0;
  let t = 1704067200;
  for (let i = 0; i < 1200; i++) {
    t += 3600;
    const wind = r1(clamp(Math.exp(normal(next, 1.8, 0.5)), 0.3, 35));
    const gust = r1(wind * clamp(normal(next, 1.5, 0.2), 1, 3));
    const ice = r2(clamp(normal(next, 0.2, 0.2), 0, 1));
    const temp = r1(normal(next, -7, 6));
    const load = Math.round(clamp(normal(next, 60, 20), 0, 100));
    const serial = 400000 + Math.floor(next() * 90000);
    const y = next() < sigmoid(-6.2 + 0.28 * gust + 3 * ice) ? 1 : 0;
    pos += y;
    rows.push([`LIFT-${String(1 + (i % 12)).padStart(2, '0')}`, stamp(t), serial, wind, gust, r1(gust * 3.6), ice, temp, load, y]);
  }
  write('liftstop.csv', ['lift_id', 'reading_ts', 'tower_serial', 'wind_ms', 'gust_ms', 'gust_kmh', 'icing_index', 'temp_c', 'load_pct', 'lift_stop'], rows);
  console.log('lift stops', pos, '/ 1200');
}

/** revenue.csv: tab-separated daily ticket office totals -> skewed ticket revenue in dollars (and thousands). */
function revenue(): void {
  const next = rng(14805);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 800; i++) {
    const skiers = Math.round(clamp(Math.exp(normal(next, 7.6, 0.6)), 100, 30000));
    const passShare = r2(clamp(normal(next, 0.45, 0.15), 0.05, 0.95));
    const price = Math.round(clamp(normal(next, 115, 20), 60, 220));
    const rental = Math.round(skiers * clamp(normal(next, 0.2, 0.06), 0, 0.6));
    const lessons = Math.round(clamp(normal(next, 40, 25), 0, 200));
    const snowIn = r1(clamp(normal(next, 48, 18), 4, 130));
    const rev = Math.round(clamp(skiers * (1 - passShare) * price * clamp(normal(next, 0.9, 0.06), 0.6, 1.1) + rental * 45 + lessons * 120, 500, 1e8));
    out.push(rev);
    rows.push([`TKT-${2024}-${String(i).padStart(4, '0')}`, skiers, passShare, price, rental, lessons, snowIn, rev, r2(rev / 1000)]);
  }
  write('revenue.csv', ['office_day', 'skiers', 'pass_share', 'day_ticket_usd', 'rentals', 'lessons', 'snow_depth_in', 'revenue_usd', 'revenue_k'], rows, '\t');
  console.log('revenue usd', stats(out));
}

skiers();
queue();
runs();
liftstop();
revenue();
