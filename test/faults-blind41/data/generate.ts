/**
 * Writes this set's CSVs (seeded, so the same on every run): `npx tsx test/faults-blind41/data/generate.ts`.
 * Synthetic series turned into lagged-window tables, as engineers forecast without recurrent layers.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, sigmoid } from '../../faults/data-random';

const r = rng(4141);
const TAU = 2 * Math.PI;
const f = (x: number, d = 3) => Number(x.toFixed(d));

function write(name: string, header: string[], rows: (string | number)[][]): void {
  fs.writeFileSync(path.join(__dirname, name), [header.join(','), ...rows.map((row) => row.join(','))].join('\n') + '\n');
}

/** Daily store sales (units) with weekly and yearly seasonality, promotions and noise. */
function sales(): void {
  const days = 460, s: number[] = [], promo: number[] = [];
  for (let t = 0; t < days; t++) {
    promo.push(r() < 0.12 ? 1 : 0);
    s.push(2400 + 3 * t + 700 * Math.sin((TAU * t) / 7) + 500 * Math.sin((TAU * t) / 365) + 900 * promo[t] + normal(r, 0, 180));
  }
  const rows: (string | number)[][] = [];
  for (let t = 14; t < days - 1; t++) {
    const date = new Date(Date.UTC(2023, 0, 1 + t)).toISOString().slice(0, 10);
    const roll7 = s.slice(t - 6, t + 1).reduce((a, b) => a + b, 0) / 7;
    const next = s[t + 1];
    const up = r() < 0.07 ? (next > s[t] ? 0 : 1) : (next > s[t] ? 1 : 0);
    rows.push([date, f(Math.sin((TAU * (t + 1)) / 7)), f(Math.cos((TAU * (t + 1)) / 7)), f(Math.sin((TAU * (t + 1)) / 365)), f(Math.cos((TAU * (t + 1)) / 365)),
      promo[t + 1], f(s[t], 0), f(s[t - 6], 0), f(s[t - 13], 0), f(roll7, 0), f(next, 0), f(next - s[t - 6], 0), f(next / s[t - 6], 4), up]);
  }
  write('sales.csv', ['date', 'dow_sin', 'dow_cos', 'doy_sin', 'doy_cos', 'promo', 'lag1', 'lag7', 'lag14', 'roll7', 'sales', 'sales_diff7', 'ratio7', 'up'], rows);
}

/** Hourly temperatures (°C) with a daily cycle, a slow weather drift and humidity. */
function temps(): void {
  const hours = 640, temp: number[] = [];
  let drift = 0;
  for (let t = 0; t < hours; t++) {
    drift = 0.97 * drift + normal(r, 0, 0.6);
    temp.push(14 + 7 * Math.sin((TAU * (t - 9)) / 24) + drift + normal(r, 0, 0.5));
  }
  const rows: (string | number)[][] = [];
  for (let t = 24; t < hours - 1; t++) {
    const humidity = 60 - 1.5 * (temp[t] - 14) + normal(r, 0, 6);
    const next = temp[t + 1];
    const rises = r() < 0.08 ? (next > temp[t] ? 0 : 1) : (next > temp[t] ? 1 : 0);
    rows.push([f(Math.sin((TAU * (t + 1)) / 24)), f(Math.cos((TAU * (t + 1)) / 24)), f(temp[t], 2), f(temp[t - 1], 2), f(temp[t - 2], 2), f(temp[t - 23], 2),
      f(humidity, 1), f(next, 2), f(next - temp[t], 2), rises]);
  }
  write('temps.csv', ['hour_sin', 'hour_cos', 'lag1', 'lag2', 'lag3', 'lag24', 'humidity', 'temp_next', 'delta', 'rises'], rows);
}

/** Machine sensor readings: vibration (mm/s) drifting with wear; state and alarm labels. */
function sensor(): { header: string[]; rows: (string | number)[][] } {
  const n = 540, vib: number[] = [];
  let wear = 0;
  for (let t = 0; t < n; t++) {
    wear = (t % 180) / 180;
    vib.push(2.5 + 6 * wear * wear + 0.8 * Math.sin((TAU * t) / 12) + normal(r, 0, 0.35));
  }
  const rows: (string | number)[][] = [];
  for (let t = 3; t < n - 1; t++) {
    const rpm = 1500 + 1400 * r();
    const bearingTemp = 45 + 30 * ((t % 180) / 180) + 0.004 * (rpm - 1500) + normal(r, 0, 2);
    const loadPct = 40 + 55 * r();
    const roll = (vib[t] + vib[t - 1] + vib[t - 2]) / 3;
    const score = 1.4 * (vib[t] - 6) + 0.15 * (bearingTemp - 65) + 0.02 * (loadPct - 65);
    const state0 = vib[t + 1] < 4.5 ? 'normal' : vib[t + 1] < 7 ? 'wear' : 'fault';
    const state = r() < 0.08 ? ['normal', 'wear', 'fault'][Math.floor(r() * 3)] : state0;
    const alarm = r() < sigmoid(score) ? 1 : 0;
    rows.push([f(rpm, 0), f(bearingTemp, 1), f(loadPct, 1), f(vib[t], 2), f(vib[t - 1], 2), f(vib[t - 2], 2), f(roll, 2), f(vib[t + 1], 2), state, alarm]);
  }
  const header = ['rpm', 'bearing_temp', 'load_pct', 'vib_lag1', 'vib_lag2', 'vib_lag3', 'vib_roll3', 'vib_next', 'state', 'alarm'];
  write('sensor.csv', header, rows);
  return { header, rows };
}

/** Hourly grid load (MW) with daily and weekly cycles and temperature dependence. */
function load(): void {
  const hours = 24 * 7 * 6, mw: number[] = [], tc: number[] = [];
  for (let t = 0; t < hours; t++) {
    const temp = 12 + 8 * Math.sin((TAU * (t - 14)) / 24) + 4 * Math.sin((TAU * t) / (24 * 30)) + normal(r, 0, 1.5);
    tc.push(temp);
    const weekday = Math.floor(t / 24) % 7 < 5 ? 1 : 0;
    mw.push(26000 + 5500 * Math.sin((TAU * (t - 8)) / 24) + 3500 * weekday + 220 * Math.abs(temp - 16) + normal(r, 0, 600));
  }
  const rows: (string | number)[][] = [];
  for (let t = 168; t < hours - 1; t++) {
    const next = mw[t + 1];
    rows.push([f(Math.sin((TAU * (t + 1)) / 24)), f(Math.cos((TAU * (t + 1)) / 24)), f(Math.sin((TAU * (t + 1)) / 168)), f(Math.cos((TAU * (t + 1)) / 168)),
      f(tc[t + 1], 1), f(mw[t], 0), f(mw[t - 23], 0), f(mw[t - 167], 0), f(next, 0), f(next / mw[t - 23], 4), next > 31000 ? 1 : 0]);
  }
  write('load.csv', ['hour_sin', 'hour_cos', 'week_sin', 'week_cos', 'temp_c', 'lag1', 'lag24', 'lag168', 'load_next', 'ratio24', 'peak'], rows);
}

sales();
temps();
const s = sensor();
// The same readings as exported by a logger that leaves NA where a sensor dropped out.
write('sensor-export.csv', s.header, s.rows.map((row, i) => (i % 37 === 5 ? row.map((c, j) => (j === 3 ? 'NA' : c)) : i % 53 === 11 ? row.map((c, j) => (j === 1 ? '' : c)) : row)));
load();
