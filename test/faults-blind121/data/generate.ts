/**
 * Writes the CSVs of blind fault set 121 (bicycle-sharing and e-scooter fleets), seeded so every run gives
 * the same files: `npx tsx test/faults-blind121/data/generate.ts`.
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
const iso = (s: number) => new Date(s * 1000).toISOString().slice(0, 16).replace('T', ' ');

/** rides.csv: station-hours -> rides (skewed counts); a copy with "NA" rain cells. */
function rides(): void {
  const next = rng(12101);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [];
  let mx = 0;
  for (let i = 0; i < 1000; i++) {
    const station = 1 + Math.floor(next() * 40);
    const hour = Math.floor(next() * 24), dow = Math.floor(next() * 7);
    const temp = r1(normal(next, 14, 8));
    const rain = r1(next() < 0.75 ? 0 : Math.exp(normal(next, 0.5, 1)));
    const docks = 12 + 4 * Math.floor(next() * 8);
    const event = next() < 0.06 ? 1 : 0;
    const commute = Math.exp(-((hour - 8) ** 2) / 4) + Math.exp(-((hour - 17.5) ** 2) / 5);
    const lam = Math.exp(1.0 + 1.3 * commute * (dow < 5 ? 1 : 0.4) + 0.05 * temp - 0.35 * rain + 0.02 * docks + 1.0 * event);
    const n = Math.max(0, Math.round(lam + normal(next, 0, Math.sqrt(lam) * 0.5)));
    mx = Math.max(mx, n);
    const row: (string | number)[] = [`ST-${String(station).padStart(3, '0')}`, iso(1717200000 + i * 3600), hour, dow, temp, rain, r1(clamp(normal(next, 12, 6), 0, 50)), docks, event, n];
    rows.push(row);
    const c = [...row];
    if (i % 37 === 5) c[5] = 'NA';
    na.push(c);
  }
  const h = ['station_id', 'hour_start', 'hour', 'dow', 'temp_c', 'rain_mm', 'wind_kmh', 'docks_total', 'event_nearby', 'rides'];
  write('rides.csv', h, rows);
  write('rides-na.csv', h, na);
  console.log('rides max', mx);
}

/** battery.csv (tab-separated): e-scooter trips -> battery percent used; scooter ids and unix undock times. */
function battery(): void {
  const next = rng(12102);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 900; i++) {
    const km = r2(clamp(Math.exp(normal(next, 0.8, 0.6)), 0.2, 15));
    const min = r1(clamp(km * 4 + normal(next, 2, 2), 1, 90));
    const temp = r1(normal(next, 15, 9));
    const climb = Math.round(clamp(normal(next, 20, 18), 0, 120));
    const weight = Math.round(clamp(normal(next, 78, 14), 45, 130));
    const start = Math.round(clamp(normal(next, 70, 20), 15, 100));
    const used = r1(clamp(2.2 * km + 0.06 * climb + 0.04 * (weight - 78) + 0.12 * Math.max(0, 10 - temp) + normal(next, 0, 1), 0.2, 60));
    rows.push([`SC-${70000 + Math.floor(next() * 9000)}`, 1717200000 + i * 617, km, min, temp, climb, weight, start, used]);
  }
  write('battery.csv', ['scooter_id', 'undock_unix', 'trip_km', 'trip_min', 'temp_c', 'climb_m', 'rider_kg', 'start_battery_pct', 'battery_used_pct'], rows, '\t');
}

/** vandal.csv: parked bikes -> a rare "vandalised" flag; the frame serial has no effect. */
function vandal(): void {
  const next = rng(12103);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const idle = r1(clamp(Math.exp(normal(next, 1.6, 1.2)), 0.1, 400));
    const night = next() < 0.3 ? 1 : 0;
    const crime = r2(clamp(normal(next, 50, 20), 0, 100));
    const distDock = Math.round(clamp(Math.exp(normal(next, 4.5, 1)), 5, 3000));
    const lit = next() < 0.6 ? 1 : 0;
    const serial = 100000 + Math.floor(next() * 800000);
    const z = -4.7 + 1.2 * Math.log(idle) + 1.6 * night + 0.05 * (crime - 50) + 0.5 * Math.log(distDock / 90) - 1.2 * lit;
    const v = next() < sigmoid(2.2 * z) ? 1 : 0;
    pos += v;
    rows.push([`BK-${serial}`, serial, idle, night, crime, distDock, lit, v]);
  }
  write('vandal.csv', ['bike_id', 'frame_serial', 'idle_hours', 'night_parked', 'crime_index', 'dist_to_dock_m', 'street_lit', 'vandalised'], rows);
  console.log('vandalised', pos, '/ 1100');
}

/** riders.csv: trips -> rider type member/casual/corporate/tourist (rare). */
function riders(): void {
  const next = rng(12104);
  const rows: (string | number)[][] = [];
  const cnt: Record<string, number> = {};
  for (let i = 0; i < 950; i++) {
    const u = next();
    const type = u < 0.45 ? 'member' : u < 0.78 ? 'casual' : u < 0.93 ? 'corporate' : 'tourist';
    cnt[type] = (cnt[type] ?? 0) + 1;
    const p = { member: [12, 2.5, 8, 0, 0.05, 0.5, 9], casual: [28, 4, 15, 1, 0.3, 3.5, 2], corporate: [9, 2, 12, 0, 0.02, 0, 4], tourist: [55, 7, 13, 1, 0.8, 7, 1] }[type]!;
    const min = r1(clamp(normal(next, p[0], p[0] * 0.3), 1, 180));
    const km = r2(clamp(normal(next, p[1], p[1] * 0.3), 0.2, 30));
    const hour = Math.round(clamp(normal(next, p[2], 3), 0, 23));
    const weekend = next() < (p[3] ? 0.6 : 0.15) ? 1 : 0;
    const round = next() < p[4] ? 1 : 0;
    const price = r2(Math.max(0, p[5] + normal(next, 0, 0.8)));
    const opens = Math.max(0, Math.round(normal(next, p[6], 1.5)));
    rows.push([10000 + i, min, km, hour, weekend, round, price, opens, r1(clamp(normal(next, 60, 15), 0, 100)), type]);
  }
  write('riders.csv', ['trip_id', 'trip_min', 'trip_km', 'hour', 'weekend', 'round_trip', 'price_usd', 'app_opens_7d', 'humidity_pct', 'rider_type'], rows);
  console.log('riders', JSON.stringify(cnt));
}

/** rebalance.csv: semicolon export with decimal commas: nightly van runs -> rebalancing cost in dollars (and cents). */
function rebalance(): void {
  const next = rng(12105);
  const rows: (string | number)[][] = [];
  const c = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const moved = Math.round(clamp(normal(next, 60, 25), 5, 160));
    const vanKm = r1(clamp(normal(next, 45, 20), 3, 140));
    const crew = 1 + Math.floor(next() * 3);
    const overtime = r1(clamp(Math.exp(normal(next, -0.5, 1)), 0, 10));
    const fuel = r2(clamp(normal(next, 1.6, 0.15), 1.2, 2.1));
    const cost = r2(clamp(1.8 * moved + 0.35 * vanKm * fuel + 38 * crew + 42 * overtime + normal(next, 0, 15), 20, 2000));
    rows.push([`RUN-${5000 + i}`, moved, c(vanKm), crew, c(overtime), c(fuel), c(cost), Math.round(cost * 100)]);
  }
  write('rebalance.csv', ['run_id', 'bikes_moved', 'van_km', 'crew_size', 'overtime_h', 'fuel_usd_l', 'cost_usd', 'cost_cents'], rows, ';');
}

rides(); battery(); vandal(); riders(); rebalance();
