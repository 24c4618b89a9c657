/**
 * Writes the CSVs of blind fault set 115 (ski resorts and mountain lifts), seeded so every run gives
 * the same files: `npx tsx test/faults-blind115/data/generate.ts`.
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
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };

/** snow.csv: weather stations -> new snow in 24 h (cm); depth also in inches; pressure hPa (~750); a copy with "NA" humidity. */
function snow(): void {
  const next = rng(11501);
  const rows: (string | number)[][] = [];
  const na: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 860; i++) {
    const ts = 1701388800 + i * 3600 * 6;
    const temp = r1(normal(next, -5, 5));
    const hum = Math.round(clamp(normal(next, 75, 14), 20, 100));
    const press = r1(clamp(normal(next, 760, 9), 725, 790));
    const wind = r1(clamp(Math.exp(normal(next, 2.6, 0.6)), 0, 140));
    const depthCm = clamp(normal(next, 140, 50), 5, 320);
    const cloud = Math.round(clamp(normal(next, 60, 30), 0, 100));
    const fresh = r1(clamp(3 + 0.35 * (hum - 75) - 0.9 * (press - 760) - 0.6 * Math.max(temp, -6) * (temp > 0 ? 2 : 0.3) + 0.08 * cloud + 0.03 * depthCm * 0 + normal(next, 0, 3), 0, 80));
    out.push(fresh);
    const row: (string | number)[] = [`WX-${1 + (i % 6)}`, new Date(ts * 1000).toISOString().slice(0, 16), temp, hum, press, wind, Math.round(depthCm), r1(depthCm / 2.54), cloud, fresh];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[3] = 'NA';
    na.push(n);
  }
  const header = ['station_id', 'observed_at', 'air_temp_c', 'humidity_pct', 'pressure_hpa', 'wind_kmh', 'snow_depth_cm', 'snow_depth_in', 'cloud_pct', 'new_snow_cm'];
  write('snow.csv', header, rows);
  write('snow-na.csv', header, na);
  console.log('new snow', stats(out));
}

/** lifts.csv: lift log per 15 min -> queue minutes; skiers per hour (hundreds-thousands), wind m/s, revenue EUR (tens of thousands). */
function lifts(): void {
  const next = rng(11502);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 940; i++) {
    const ts = 1704096000 + i * 900 * 3 + Math.floor(next() * 600);
    const hour = 8 + Math.floor(next() * 9);
    const weekend = next() < 0.3 ? 1 : 0;
    const capacity = [1200, 1800, 2400, 2800][i % 4];
    const skiers = Math.round(clamp(normal(next, 1400 + 500 * weekend + 120 * (hour === 10 || hour === 11 ? 3 : 0), 350), 100, 4000));
    const windMs = r1(clamp(Math.exp(normal(next, 1.6, 0.5)), 0.3, 30));
    const temp = r1(normal(next, -4, 5));
    const revenue = Math.round(clamp(normal(next, 18 * skiers + 9000, 4000), 2000, 120000));
    const queue = r1(clamp(2 + 9 * (skiers / capacity) ** 2 + 0.4 * windMs + 3 * weekend + normal(next, 0, 1.2), 0, 60));
    out.push(queue);
    rows.push([`LIFT-${String.fromCharCode(65 + (i % 4))}`, ts, hour, weekend, capacity, skiers, windMs, temp, revenue, queue]);
  }
  write('lifts.csv', ['lift_id', 'ts', 'hour', 'weekend', 'capacity_pph', 'skiers_per_hour', 'wind_m_s', 'temp_c', 'ticket_revenue_eur', 'queue_minutes'], rows);
  console.log('queue', stats(out));
}

/** avalanche.csv: daily slope report -> rare avalanche_closure flag; lift tickets sold has no effect. */
function avalanche(): void {
  const next = rng(11503);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1000; i++) {
    const day = new Date((1669852800 + i * 86400 * 0.5) * 1000).toISOString().slice(0, 10);
    const fresh = r1(clamp(Math.exp(normal(next, 2, 1)) - 1, 0, 120));
    const wind = r1(clamp(Math.exp(normal(next, 3, 0.5)), 2, 150));
    const warm = r1(normal(next, 0, 3));
    const angle = r1(clamp(normal(next, 32, 6), 15, 50));
    const pack = Math.round(clamp(normal(next, 160, 60), 20, 400));
    const tickets = Math.round(clamp(Math.exp(normal(next, 8, 0.5)), 300, 30000));
    const z = -7.5 + 0.06 * fresh + 0.03 * wind + 0.35 * warm + 0.12 * (angle - 32) + 0.004 * (pack - 160) + 1.5;
    const closed = next() < sigmoid(z) ? 1 : 0;
    pos += closed;
    rows.push([`SECTOR-${1 + (i % 5)}`, day, fresh, wind, warm, angle, pack, tickets, closed]);
  }
  write('avalanche.csv', ['sector', 'report_date', 'new_snow_24h_cm', 'wind_kmh', 'temp_rise_c', 'slope_angle_deg', 'snowpack_cm', 'tickets_sold', 'avalanche_closure'], rows);
  console.log('closures', pos);
}

/** pistes.csv: piste survey -> difficulty green/blue/red/black, rare freeride. */
function pistes(): void {
  const next = rng(11504);
  const types = ['green', 'blue', 'red', 'black', 'freeride'];
  const weights = [0.22, 0.33, 0.25, 0.15, 0.05];
  const mean: number[][] = [
    // gradient %, max gradient %, length m, vertical m, width m, grooming h/week
    [12, 18, 1800, 220, 45, 14],
    [20, 28, 2200, 420, 35, 12],
    [28, 38, 2000, 560, 28, 9],
    [38, 52, 1500, 580, 22, 5],
    [45, 70, 1200, 540, 60, 0.5],
  ];
  const sd = [3, 4, 500, 90, 6, 2];
  const rows: (string | number)[][] = [];
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < 880; i++) {
    let u = next(), k = 0;
    while (k < 4 && u > weights[k]) { u -= weights[k]; k++; }
    counts[k]++;
    const f = mean[k].map((m, j) => Math.max(0, normal(next, m, sd[j])));
    const accidents = Math.floor(clamp(Math.exp(normal(next, 1, 1)), 0, 90));
    rows.push([`P-${400 + i}`, `zone-${1 + (i % 6)}`, r1(f[0]), r1(f[1]), Math.round(f[2]), Math.round(f[3]), r1(f[4]), r1(f[5]), accidents, types[k]]);
  }
  write('pistes.csv', ['piste_id', 'zone', 'mean_gradient_pct', 'max_gradient_pct', 'length_m', 'vertical_drop_m', 'width_m', 'grooming_h_week', 'accidents_season', 'difficulty'], rows);
  console.log('pistes', counts);
}

/** rentals.csv: rental shop daily sheet, semicolon export with decimal commas -> skis rented (skewed counts). */
function rentals(): void {
  const next = rng(11505);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const ts = 1702425600 + i * 86400 * 0.4;
    const occupancy = r1(clamp(normal(next, 65, 18), 10, 100));
    const fresh = r1(clamp(Math.exp(normal(next, 1.5, 1)) - 1, 0, 90));
    const temp = r1(normal(next, -3, 5));
    const holiday = next() < 0.2 ? 1 : 0;
    const price = r2(clamp(normal(next, 38, 6), 20, 60));
    const logR = 2.2 + 0.025 * occupancy + 0.02 * fresh + 0.5 * holiday - 0.02 * (price - 38) - 0.01 * Math.abs(temp + 3) + normal(next, 0, 0.2);
    const rented = Math.round(Math.exp(logR));
    out.push(rented);
    rows.push([new Date(ts * 1000).toISOString().slice(0, 10), dc(occupancy), dc(fresh), dc(temp), holiday, dc(price), rented]);
  }
  write('rentals.csv', ['day', 'hotel_occupancy_pct', 'fresh_snow_cm', 'temp_c', 'holiday', 'price_eur', 'skis_rented'], rows, ';');
  console.log('rentals', stats(out));
}

snow();
lifts();
avalanche();
pistes();
rentals();
