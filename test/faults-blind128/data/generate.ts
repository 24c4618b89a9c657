/**
 * Writes the CSVs of blind fault set 128 (toll roads, bridges and tunnels), seeded so every run gives the
 * same files: `npx tsx test/faults-blind128/data/generate.ts`.
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
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', 'T');

/** lanes.csv: vehicles per lane-hour at the plazas; a copy with "NA" speeds (loop-detector dropouts). */
function lanes(): void {
  const next = rng(12801);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1719792000;
  for (let i = 0; i < 1200; i++) {
    t += 3600 * (next() < 0.5 ? 1 : 0) + Math.floor(next() * 600);
    const plaza = 1 + Math.floor(next() * 14);
    const hour = new Date(t * 1000).getUTCHours();
    const weekday = new Date(t * 1000).getUTCDay() % 6 === 0 ? 0 : 1;
    const lane = 1 + Math.floor(next() * 6);
    const peak = (hour >= 7 && hour <= 9) || (hour >= 16 && hour <= 18) ? 1 : 0;
    const rain = r1(clamp(next() < 0.8 ? 0 : Math.exp(normal(next, 0.5, 0.8)), 0, 40));
    const express = lane <= 2 ? 1 : 0;
    const base = 420 + 900 * peak * weekday + 180 * weekday + 260 * express - 6 * rain + 40 * Math.sin((hour / 24) * 2 * Math.PI);
    const vehicles = Math.round(clamp(base + normal(next, 0, 70), 5, 2600));
    const speed = r1(clamp(105 - 0.025 * vehicles - 0.8 * rain + normal(next, 0, 4), 15, 130));
    out.push(vehicles);
    const row: (string | number)[] = [`PLZ-${String(plaza).padStart(2, '0')}`, stamp(t), hour, weekday, lane, express, peak, rain, speed, r1(speed * 0.621371), vehicles];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[8] = 'NA';
    na.push(n);
  }
  const header = ['plaza_id', 'gantry_ts', 'hour', 'weekday', 'lane', 'express_lane', 'peak', 'rain_mm', 'speed_kmh', 'speed_mph', 'vehicles'];
  write('lanes.csv', header, rows);
  write('lanes-na.csv', header, na);
  console.log('vehicles per lane-hour', stats(out));
}

/** readmode.csv: each gantry transaction -> tag / plate / rare manual (cash lane); the gantry serial has no effect. */
function readmode(): void {
  const next = rng(12802);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1100; i++) {
    const u = next();
    const mode = u < 0.62 ? 'tag' : u < 0.95 ? 'plate' : 'manual';
    counts[mode] = (counts[mode] ?? 0) + 1;
    const rssi = r1(mode === 'tag' ? normal(next, -48, 5) : mode === 'plate' ? normal(next, -82, 6) : normal(next, -90, 3));
    const ocr = r2(clamp(mode === 'plate' ? normal(next, 0.9, 0.05) : mode === 'tag' ? normal(next, 0.55, 0.2) : normal(next, 0.2, 0.1), 0, 1));
    const speed = r1(clamp(mode === 'manual' ? normal(next, 8, 4) : normal(next, 85, 15), 0, 140));
    const axles = 2 + Math.floor(-Math.log(Math.max(next(), 1e-9)) * 0.6);
    const hour = Math.floor(next() * 24);
    const serial = 4000000 + Math.floor(next() * 900000);
    rows.push([`TX-${9100000 + i * 3}`, serial, hour, axles, speed, rssi, ocr, mode]);
  }
  write('readmode.csv', ['txn_id', 'gantry_serial', 'hour', 'axles', 'speed_kmh', 'tag_rssi_dbm', 'ocr_confidence', 'read_mode'], rows);
  console.log('read modes', counts);
}

/** fraud.csv: tag accounts -> a rare "tag fraud" flag; the account number has no effect. */
function fraud(): void {
  const next = rng(12803);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const trips = Math.round(clamp(Math.exp(normal(next, 2.2, 0.8)), 0, 400));
    const plazas = Math.min(trips, 1 + Math.floor(next() * 9));
    const balance = r2(clamp(Math.exp(normal(next, 3.5, 1.0)), 0, 5000));
    const age = Math.round(clamp(Math.exp(normal(next, 5.5, 1.0)), 1, 4000));
    const axleMismatch = next() < 0.08 ? 1 : 0;
    const night = r2(next() * 0.6);
    const z = -4.2 + 1.1 * (Math.log(1 + trips) - 2.2) + 2.4 * axleMismatch - 0.8 * (Math.log(age) - 5.5) + 2.5 * (night - 0.3) - 0.3 * (Math.log(1 + balance) - 3.5);
    const flag = next() < sigmoid(z) ? 1 : 0;
    pos += flag;
    rows.push([`ACC${31000000 + i * 17}`, trips, plazas, balance, age, axleMismatch, night, flag]);
  }
  write('fraud.csv', ['account_no', 'trips_24h', 'distinct_plazas', 'balance_usd', 'tag_age_days', 'axle_mismatch', 'night_share', 'tag_fraud'], rows);
  console.log('tag fraud', pos, '/ 1200');
}

/** revenue.csv: semicolon export with decimal commas: plaza-days -> toll revenue in dollars and cents. */
function revenue(): void {
  const next = rng(12804);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 900; i++) {
    const cars = Math.round(clamp(Math.exp(normal(next, 9.2, 0.5)), 800, 80000));
    const trucks = Math.round(cars * clamp(normal(next, 0.12, 0.05), 0.01, 0.4));
    const axles = r2(clamp(normal(next, 4.6, 0.6), 3, 7));
    const rate = r2(clamp(normal(next, 3.5, 0.9), 1, 8));
    const holiday = next() < 0.06 ? 1 : 0;
    const usd = r2(clamp((cars * rate + trucks * rate * axles * 0.9) * (holiday ? 0.8 : 1) * Math.exp(normal(next, 0, 0.05)), 500, 5e6));
    out.push(usd);
    rows.push([`PLZ-${String(1 + (i % 14)).padStart(2, '0')}`, `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, cars, trucks, dc(axles), dc(rate), holiday, dc(usd)]);
  }
  write('revenue.csv', ['plaza_id', 'day', 'cars', 'trucks', 'avg_truck_axles', 'car_rate_usd', 'holiday', 'revenue_usd'], rows, ';');
  console.log('revenue usd', stats(out));
}

/** tunnel.csv: tab-separated tunnel sensor log -> CO ppm; skewed queue lengths, fan rpm, speeds in mph. */
function tunnel(): void {
  const next = rng(12805);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const vph = Math.round(clamp(normal(next, 1800, 700), 100, 4200));
    const trucks = r1(clamp(normal(next, 11, 5), 0, 35));
    const queue = Math.round(clamp(Math.exp(normal(next, 2.0, 1.1)), 0, 900));
    const fan = Math.round(clamp(normal(next, 900, 300), 0, 1800));
    const mph = r1(clamp(55 - 0.008 * vph - 0.03 * queue + normal(next, 0, 4), 3, 70));
    const temp = r1(normal(next, 18, 7));
    const co = r1(clamp(4 + 0.012 * vph * (1 + trucks / 25) / (1 + fan / 900) + 0.06 * Math.min(queue, 300) + normal(next, 0, 2.5), 0, 400));
    out.push(co);
    rows.push([`SEN-${i % 24}`, 1719792000 + i * 300, vph, trucks, queue, fan, mph, temp, co]);
  }
  write('tunnel.csv', ['sensor', 'epoch_s', 'vehicles_per_h', 'truck_pct', 'queue_m', 'fan_rpm', 'speed_mph', 'temp_c', 'co_ppm'], rows, '\t');
  console.log('co ppm', stats(out));
}

lanes();
readmode();
fraud();
revenue();
tunnel();
