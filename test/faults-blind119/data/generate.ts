/**
 * Writes the CSVs of blind fault set 119 (cold-storage warehouses and refrigerated logistics), seeded so
 * every run gives the same files: `npx tsx test/faults-blind119/data/generate.ts`.
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

/** rooms.csv: cold-room readings -> compressor power kW; the room temperature twice (°C and °F); a copy with "NA" humidity. */
function rooms(): void {
  const next = rng(11901);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 880; i++) {
    const room = `CR-${String(1 + Math.floor(next() * 18)).padStart(2, '0')}`;
    const ts = 1704067200 + i * 3600 + Math.floor(next() * 1800);
    const set = [-25, -18, 2, 4][Math.floor(next() * 4)];
    const temp = r1(set + normal(next, 0, 1.2));
    const tempF = r1(temp * 1.8 + 32);
    const ambient = r1(clamp(normal(next, 22, 6), 5, 40));
    const door = Math.round(clamp(Math.exp(normal(next, 4, 0.9)), 0, 1800));
    const pallets = Math.round(clamp(normal(next, 140, 50), 5, 320));
    const hum = r1(clamp(normal(next, 82, 7), 50, 98));
    const defrost = Math.round(clamp(normal(next, 20, 8), 0, 45));
    const kw = r2(clamp(8 + 0.35 * (ambient - temp) + 0.006 * door + 0.02 * pallets + 0.04 * (hum - 80) - 0.08 * defrost + normal(next, 0, 1.2), 1, 60));
    out.push(kw);
    const row: (string | number)[] = [room, iso(ts), temp, tempF, ambient, door, pallets, hum, defrost, kw, Math.round(kw * 1000)];
    rows.push(row);
    const n = [...row];
    if (i % 37 === 11) n[7] = 'NA';
    na.push(n);
  }
  const header = ['room_id', 'read_at', 'room_temp_c', 'room_temp_f', 'ambient_c', 'door_open_s', 'pallet_count', 'humidity_pct', 'defrost_min', 'compressor_kw', 'compressor_w'];
  write('rooms.csv', header, rows);
  write('rooms-na.csv', header, na);
  console.log('kw', stats(out));
}

/** excursions.csv: reefer-truck hourly logs -> a rare temperature_excursion alarm. */
function excursions(): void {
  const next = rng(11902);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const truck = `RT-${100 + Math.floor(next() * 60)}`;
    const ts = 1706745600 + i * 2400 + Math.floor(next() * 900);
    const supply = r1(normal(next, 2.5, 1.5));
    const ret = r1(supply + clamp(normal(next, 2, 1.2), -1, 8));
    const door = Math.round(clamp(Math.exp(normal(next, 3.5, 1.1)), 0, 3000));
    const outside = r1(clamp(normal(next, 18, 9), -10, 42));
    const fuel = Math.round(clamp(normal(next, 60, 25), 2, 100));
    const hours = r1(clamp(normal(next, 9, 4), 0.5, 30));
    const z = -7.5 + 3.2 * (ret - supply - 2) + 3.4 * (Math.log1p(door) - 3.5) + 0.12 * (outside - 18) - 0.02 * (fuel - 60) + 0.08 * (hours - 9);
    const y = next() < sigmoid(z) ? 1 : 0;
    pos += y;
    rows.push([truck, iso(ts), supply, ret, door, outside, fuel, hours, y]);
  }
  write('excursions.csv', ['truck_id', 'logged_at', 'supply_air_c', 'return_air_c', 'door_open_s', 'outside_c', 'fuel_pct', 'hours_on_road', 'temperature_excursion'], rows);
  console.log('excursions', pos, '/ 1100');
}

/** products.csv: inbound pallets -> product category (frozen_meat, dairy, produce, seafood, rare pharma). */
function products(): void {
  const next = rng(11903);
  const rows: (string | number)[][] = [];
  const cats = ['frozen_meat', 'dairy', 'produce', 'seafood', 'pharma'];
  const w = [0.3, 0.27, 0.22, 0.17, 0.04];
  const prof: number[][] = [
    // set_temp_c, humidity, pallet_kg, shelf_days, value_usd_per_kg
    [-20, 70, 850, 300, 6],
    [3, 82, 620, 20, 4],
    [6, 92, 420, 12, 3],
    [-2, 88, 700, 8, 14],
    [5, 45, 180, 600, 120],
  ];
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < 950; i++) {
    let u = next(), k = 0;
    while (k < 4 && u > w[k]) { u -= w[k]; k++; }
    counts[k]++;
    const p = prof[k];
    const temp = r1(p[0] + normal(next, 0, 2.5));
    const hum = r1(clamp(p[1] + normal(next, 0, 6), 20, 99));
    const kg = Math.round(clamp(p[2] + normal(next, 0, 160), 40, 1400));
    const shelf = Math.round(clamp(p[3] * Math.exp(normal(next, 0, 0.5)), 1, 2000));
    const val = r2(clamp(p[4] * Math.exp(normal(next, 0, 0.45)), 0.5, 600));
    rows.push([`P${700000 + i}`, `SUP-${Math.floor(next() * 40)}`, temp, hum, kg, shelf, val, cats[k]]);
  }
  write('products.csv', ['pallet_id', 'supplier', 'set_temp_c', 'humidity_pct', 'pallet_kg', 'shelf_life_days', 'value_usd_kg', 'category'], rows);
  console.log('categories', counts);
}

/** spoilage.csv: shipments -> spoilage cost in dollars (skewed, raw); also in thousands. */
function spoilage(): void {
  const next = rng(11904);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 820; i++) {
    const mins = Math.round(clamp(Math.exp(normal(next, 3, 1.1)), 0, 2000));
    const peak = r1(clamp(normal(next, 6, 3), -2, 20));
    const pallets = Math.round(clamp(normal(next, 18, 7), 1, 33));
    const value = Math.round(clamp(Math.exp(normal(next, 10.3, 0.6)), 3000, 400000));
    const transit = r1(clamp(normal(next, 30, 14), 2, 96));
    const usd = Math.round(clamp(Math.exp(4.2 + 0.35 * Math.log1p(mins) + 0.18 * peak + 0.03 * pallets + 0.00000 * value + 0.012 * transit + normal(next, 0, 0.25)), 0, 500000));
    out.push(usd);
    rows.push([`SH-${40000 + i}`, mins, peak, pallets, value, transit, usd, r2(usd / 1000)]);
  }
  write('spoilage.csv', ['shipment_id', 'excursion_min', 'peak_temp_c', 'pallets', 'cargo_value_usd', 'transit_h', 'spoilage_usd', 'spoilage_k_usd'], rows);
  console.log('spoilage', stats(out));
}

/** docks.csv: a dock-scheduling export, semicolon separated with decimal commas -> dwell hours (skewed). */
function docks(): void {
  const next = rng(11905);
  const rows: string[][] = [], out: number[] = [];
  const c = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 760; i++) {
    const ts = 1709251200 + i * 5400 + Math.floor(next() * 3000);
    const pal = Math.round(clamp(normal(next, 20, 8), 1, 40));
    const doors = 1 + Math.floor(next() * 12);
    const queue = Math.round(clamp(Math.exp(normal(next, 1.2, 0.7)), 0, 40));
    const late = r1(clamp(normal(next, 0.5, 1.5), -3, 8));
    const tempIn = r1(clamp(normal(next, 3, 2), -5, 12));
    const dwell = r2(clamp(0.6 + 0.09 * pal + 0.35 * queue - 0.05 * doors + 0.3 * Math.max(late, 0) + 0.05 * tempIn + normal(next, 0, 0.4), 0.2, 30));
    out.push(dwell);
    rows.push([`TRK-${String(Math.floor(next() * 300)).padStart(4, '0')}`, iso(ts), String(pal), String(doors), String(queue), c(late), c(tempIn), c(dwell)]);
  }
  fs.writeFileSync(path.join(DIR, 'docks.csv'), ['truck_id;dock_at;pallets;free_doors;queue_trucks;late_h;trailer_temp_c;dwell_h', ...rows.map((r) => r.join(';'))].join('\n') + '\n');
  console.log('dwell', stats(out));
}

rooms(); excursions(); products(); spoilage(); docks();
