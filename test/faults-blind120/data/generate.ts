/**
 * Writes the CSVs of blind fault set 120 (ferries and water taxis), seeded so every run gives the same
 * files: `npx tsx test/faults-blind120/data/generate.ts`.
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

/** sailings.csv: one row per sailing -> passengers; revenue in dollars (skewed); a copy with "NA" wave cells. */
function sailings(): void {
  const next = rng(12001);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 960; i++) {
    const vessel = `MV-${String(1 + Math.floor(next() * 14)).padStart(2, '0')}`;
    const ts = 1704067200 + i * 5400 + Math.floor(next() * 1800);
    const hour = Math.floor(((ts / 3600) % 24));
    const dow = Math.floor(ts / 86400 + 4) % 7;
    const wave = r2(clamp(Math.exp(normal(next, -0.3, 0.5)), 0.1, 5));
    const wind = r1(clamp(normal(next, 14, 6), 0, 45));
    const temp = r1(clamp(normal(next, 15, 6), -5, 32));
    const fare = r2(clamp(normal(next, 9.5, 2), 4, 18));
    const vehicles = Math.round(clamp(normal(next, 40, 15), 0, 90));
    const peak = Math.exp(-((hour - 8) ** 2) / 6) + Math.exp(-((hour - 17.5) ** 2) / 6);
    const pax = Math.round(clamp(120 + 220 * peak + 40 * (dow >= 5 ? 1 : 0) + 4 * (temp - 15) - 30 * wave - 2 * (wind - 14) - 9 * (fare - 9.5) + 1.2 * vehicles + normal(next, 0, 25), 0, 800));
    const revenue = r2(pax * fare + vehicles * 28 + Math.exp(normal(next, 4, 1)));
    out.push(pax);
    const row: (string | number)[] = [`S${510000 + i}`, vessel, iso(ts), hour, dow, wave, r2(wave * 3.28084), wind, temp, fare, vehicles, pax, revenue];
    rows.push(row);
    const n = [...row];
    if (i % 37 === 11) n[5] = 'NA';
    na.push(n);
  }
  const header = ['sailing_id', 'vessel_id', 'departed_at', 'hour', 'weekday', 'wave_m', 'wave_ft', 'wind_kn', 'air_temp_c', 'fare_usd', 'vehicles', 'passengers', 'revenue_usd'];
  write('sailings.csv', header, rows);
  write('sailings-na.csv', header, na);
  console.log('passengers', stats(out));
}

/** delays.csv: departures -> skewed delay minutes (log-normal); fuel litres in huge units. */
function delays(): void {
  const next = rng(12002);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 880; i++) {
    const wave = r2(clamp(Math.exp(normal(next, -0.4, 0.5)), 0.1, 5));
    const wind = r1(clamp(normal(next, 13, 6), 0, 45));
    const load = r1(clamp(normal(next, 70, 18), 5, 100));
    const turn = r1(clamp(normal(next, 12, 4), 3, 30));
    const tide = r2(clamp(normal(next, 0, 1.2), -3, 3));
    const fuel = Math.round(clamp(normal(next, 1800, 500), 400, 4000));
    const lz = 0.6 + 0.5 * wave + 0.04 * (wind - 13) + 0.02 * (load - 70) - 0.06 * (turn - 12) + 0.15 * Math.abs(tide) + normal(next, 0, 0.3);
    const delay = r1(clamp(Math.exp(lz), 0, 240));
    out.push(delay);
    rows.push([`D${i + 1}`, wave, wind, load, turn, tide, fuel, delay]);
  }
  write('delays.csv', ['departure_no', 'wave_m', 'wind_kn', 'load_pct', 'turnaround_min', 'tide_m', 'fuel_l', 'delay_min'], rows);
  console.log('delay', stats(out));
}

/** cancellations.csv: planned sailings -> rare cancelled flag; pressure in hPa (~1000). */
function cancellations(): void {
  const next = rng(12003);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1000; i++) {
    const wind = r1(clamp(normal(next, 14, 7), 0, 60));
    const gust = r1(clamp(wind * 1.3 + normal(next, 3, 3), 0, 80));
    const wave = r2(clamp(Math.exp(normal(next, -0.3, 0.55)), 0.1, 7));
    const vis = r1(clamp(normal(next, 12, 5), 0.1, 30));
    const press = r1(clamp(normal(next, 1012, 9), 970, 1040));
    const crew = Math.round(clamp(normal(next, 6, 1), 3, 9));
    const z = -5 + 0.12 * (gust - 21) + 1.1 * (wave - 0.9) - 0.2 * (vis - 12) - 0.06 * (press - 1012);
    const c = next() < sigmoid(z) ? 1 : 0;
    pos += c;
    rows.push([wind, gust, wave, vis, press, crew, c]);
  }
  write('cancellations.csv', ['wind_kn', 'gust_kn', 'wave_m', 'visibility_km', 'pressure_hpa', 'crew_on_duty', 'cancelled'], rows);
  console.log('cancelled', pos);
}

/** routes.csv: water-taxi trips -> route (text labels, one rare). */
function routes(): void {
  const next = rng(12004);
  const spec: [string, number, number, number, number][] = [
    ['harbour-loop', 320, 12, 2.1, 9], ['airport-express', 260, 25, 8.5, 20], ['island-hop', 220, 40, 6, 14], ['river-shuttle', 180, 9, 3.2, 8], ['night-charter', 40, 55, 5, 11],
  ];
  const all: (string | number)[][] = [];
  let i = 0;
  for (const [name, n, mins, nm, kn] of spec) {
    for (let k = 0; k < n; k++) {
      const m = r1(clamp(normal(next, mins, mins * 0.18), 3, 120));
      const d = r2(clamp(normal(next, nm, nm * 0.15), 0.3, 20));
      const sp = r1(clamp(normal(next, kn, 2.2), 3, 35));
      const pax = Math.round(clamp(normal(next, name === 'night-charter' ? 22 : 8, 4), 1, 40));
      const bags = Math.round(clamp(normal(next, name === 'airport-express' ? 9 : 2, 2.5), 0, 30));
      all.push([`WT${700000 + i++}`, m, d, sp, pax, bags, name]);
    }
  }
  for (let k = all.length - 1; k > 0; k--) { const j = Math.floor(next() * (k + 1)); [all[k], all[j]] = [all[j], all[k]]; }
  write('routes.csv', ['trip_id', 'trip_minutes', 'distance_nm', 'avg_speed_kn', 'passengers', 'bags', 'route'], all);
}

/** fuel.csv: an engineering export, semicolon separated with decimal commas -> fuel litres per crossing. */
function fuel(): void {
  const next = rng(12005);
  const rows: string[][] = [], out: number[] = [];
  const c = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 820; i++) {
    const mins = r1(clamp(normal(next, 35, 12), 8, 90));
    const load = r1(clamp(normal(next, 180, 60), 20, 400));
    const wind = r1(clamp(normal(next, 13, 6), 0, 45));
    const hull = Math.round(clamp(normal(next, 120, 70), 0, 400));
    const cur = r2(clamp(normal(next, 0, 1), -3, 3));
    const l = r1(clamp(8 * mins + 0.9 * load + 6 * wind + 0.4 * hull + 25 * cur + normal(next, 0, 30), 40, 2000));
    out.push(l);
    rows.push([`F${8000 + i}`, c(mins), c(load), c(wind), String(hull), c(cur), c(l)]);
  }
  fs.writeFileSync(path.join(DIR, 'fuel.csv'), ['crossing;crossing_min;load_t;wind_kn;hull_days_since_clean;current_kn;fuel_l', ...rows.map((r) => r.join(';'))].join('\n') + '\n');
  console.log('fuel', stats(out));
}

sailings(); delays(); cancellations(); routes(); fuel();
