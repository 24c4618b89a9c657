/**
 * Writes this set's CSVs (run: npx tsx test/faults-blind25/data/generate.ts). Seeded, so the files
 * never change. Theme: sensor and signal data, lagged features, raw physical and money units.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const r = rng(2525);
const fix = (x: number, d = 3) => x.toFixed(d);

function write(name: string, header: string[], rows: string[][]): void {
  fs.writeFileSync(path.join(__dirname, name), [header.join(','), ...rows.map((row) => row.join(','))].join('\n') + '\n');
}

/** Room temperature (°C) sampled hourly; target is the next hour's reading from three lags and the hour. */
function sensor(): string[][] {
  const temps: number[] = [];
  for (let t = 0; t < 420; t++) temps.push(21 + 4 * Math.sin((2 * Math.PI * t) / 24) + 1.5 * Math.sin((2 * Math.PI * t) / 168) + normal(r, 0, 0.4));
  const rows: string[][] = [];
  for (let t = 3; t < temps.length - 1; t++) {
    const h = (2 * Math.PI * (t % 24)) / 24;
    rows.push([fix(temps[t - 2], 2), fix(temps[t - 1], 2), fix(temps[t], 2), fix(Math.sin(h)), fix(Math.cos(h)), fix(temps[t + 1], 2)]);
  }
  return rows;
}

/** Building energy: kWh and peak kW from outdoor temperature, humidity, occupancy and hour. */
function energy(): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < 360; i++) {
    const temp = normal(r, 12, 8), hum = clamp(normal(r, 60, 15), 15, 100), occ = Math.floor(r() * 250), hour = Math.floor(r() * 24);
    const cooling = Math.max(0, temp - 18) * 9, heating = Math.max(0, 14 - temp) * 7;
    const kwh = 80 + cooling + heating + 0.6 * occ + 0.3 * hum + (hour >= 8 && hour <= 18 ? 40 : 0);
    rows.push([fix(temp, 1), fix(hum, 1), String(occ), String(hour), fix(kwh * (1 + normal(r, 0, 0.06)), 1), fix(kwh * 0.12 + 5 + normal(r, 0, 2), 2)]);
  }
  return rows;
}

/** Daily store revenue ($) from lagged revenue, a promotion flag, price and day of week. */
function sales(): string[][] {
  const rev: number[] = [];
  const promo: number[] = [], price: number[] = [];
  for (let d = 0; d < 400; d++) {
    promo.push(r() < 0.2 ? 1 : 0);
    price.push(+(9.5 + r() * 2).toFixed(2));
    const base = 4200 + 900 * Math.sin((2 * Math.PI * d) / 7) + 6 * d;
    rev.push(base * (1 + 0.25 * promo[d]) * (1 - 0.05 * (price[d] - 10)) + normal(r, 0, 250));
  }
  const rows: string[][] = [];
  for (let d = 7; d < rev.length; d++) rows.push([fix(rev[d - 1], 0), fix(rev[d - 7], 0), String(promo[d]), fix(price[d], 2), String(d % 7), fix(rev[d], 0)]);
  return rows;
}

/** Pump vibration: rms (mm/s), kurtosis, bearing temperature (°C), rpm; label fault 0/1 with 8% flipped. */
function pump(): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < 500; i++) {
    const rms = Math.abs(normal(r, 3, 1.5)), kurt = Math.abs(normal(r, 3.5, 1.2)), temp = normal(r, 55, 8), rpm = normal(r, 1450, 60);
    let y = r() < sigmoid(1.6 * (rms - 3.5) + 1.3 * (kurt - 4) + 0.15 * (temp - 58)) ? 1 : 0;
    if (r() < 0.08) y = 1 - y;
    rows.push([fix(rms, 2), fix(kurt, 2), fix(temp, 1), fix(rpm, 0), String(y)]);
  }
  return rows;
}

/** Motor state (idle/run/overload) from current (A), vibration and winding temperature; 8% relabelled. */
function motor(): string[][] {
  const states = ['idle', 'run', 'overload'];
  const rows: string[][] = [];
  for (let i = 0; i < 450; i++) {
    let s = Math.floor(r() * 3);
    const current = [0.5, 8, 14][s] + normal(r, 0, [0.4, 1.5, 2][s]);
    const vib = [0.3, 2.2, 3.5][s] + normal(r, 0, 0.7), temp = [25, 60, 85][s] + normal(r, 0, 9);
    if (r() < 0.08) s = (s + 1 + Math.floor(r() * 2)) % 3;
    rows.push([fix(current, 2), fix(vib, 2), fix(temp, 1), states[s]]);
  }
  return rows;
}

/** A logger export with gaps written as NA (a data fault on purpose). */
function loggerWithGaps(): string[][] {
  return sensor().slice(0, 120).map((row, i) => (i % 17 === 5 ? [row[0], 'NA', ...row.slice(2)] : row));
}

write('sensor.csv', ['lag2', 'lag1', 'temp_now', 'hour_sin', 'hour_cos', 'temp_next'], sensor());
write('energy.csv', ['outdoor_c', 'humidity', 'occupancy', 'hour', 'kwh', 'peak_kw'], energy());
write('sales.csv', ['rev_lag1', 'rev_lag7', 'promo', 'price', 'weekday', 'revenue'], sales());
write('pump.csv', ['rms', 'kurtosis', 'bearing_c', 'rpm', 'fault'], pump());
write('motor.csv', ['current_a', 'vibration', 'winding_c', 'state'], motor());
write('logger-gaps.csv', ['lag2', 'lag1', 'temp_now', 'hour_sin', 'hour_cos', 'temp_next'], loggerWithGaps());
