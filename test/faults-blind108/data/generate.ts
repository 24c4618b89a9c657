/**
 * Writes the CSVs of blind fault set 108 (recycling plants and waste collection), seeded so every run
 * gives the same files: `npx tsx test/faults-blind108/data/generate.ts`.
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

/** shifts.csv: sorting-line shifts -> contamination percent of the output; a copy with "NA" tonnes. */
function shifts(): void {
  const next = rng(10801);
  const rows: (string | number)[][] = [];
  const na: (string | number)[][] = [];
  const out: number[] = [];
  const lines = ['MRF-A', 'MRF-B', 'GLASS-1'];
  for (let i = 0; i < 840; i++) {
    const ts = 1704067200 + i * 28800 + Math.floor(next() * 600);
    const tonnes = r1(clamp(normal(next, 42, 12), 8, 85));
    const speed = r2(clamp(normal(next, 1.6, 0.35), 0.6, 2.8));
    const moisture = r1(clamp(normal(next, 14, 5), 3, 40));
    const pickers = Math.round(clamp(normal(next, 9, 2.5), 3, 16));
    const optical = next() < 0.7 ? 1 : 0;
    const film = r1(clamp(normal(next, 6, 3), 0, 20));
    const contamination = r2(clamp(4 + 0.08 * (tonnes - 42) + 3.2 * (speed - 1.6) + 0.12 * (moisture - 14) - 0.5 * (pickers - 9) - 2.5 * optical + 0.25 * film + 0.02 * (tonnes - 42) * (speed - 1.6) * 4 + normal(next, 0, 0.6), 0.2, 30));
    out.push(contamination);
    const row: (string | number)[] = [`S${50000 + i}`, lines[i % 3], isoDay(ts), ts, tonnes, speed, moisture, pickers, optical, film, contamination];
    rows.push(row);
    const n = [...row];
    if (i % 31 === 7) n[4] = 'NA';
    na.push(n);
  }
  const header = ['shift_id', 'line', 'shift_date', 'start_ts', 'tonnes_per_shift', 'conveyor_mps', 'moisture_pct', 'pickers', 'optical_sorter', 'film_pct', 'contamination_pct'];
  write('shifts.csv', header, rows);
  write('shifts-na.csv', header, na);
  console.log('contamination', med(out));
}

/** bales.csv: baler output: bale weight in kg, density, NIR reading... -> material (a rare aluminium class). */
function bales(): void {
  const next = rng(10802);
  const rows: (string | number)[][] = [];
  const names = ['cardboard', 'mixed_paper', 'PET', 'HDPE', 'aluminium'];
  const weights = [0.36, 0.27, 0.18, 0.14, 0.05];
  const counts = [0, 0, 0, 0, 0];
  // per class: bale kg, density kg/m3, moisture %, nir index, wire ties, price per tonne
  const proto = [[520, 480, 12, 0.2, 6, 95], [610, 560, 10, 0.25, 6, 60], [330, 300, 2, 0.75, 8, 310], [380, 340, 2, 0.55, 8, 420], [280, 260, 1, 0.1, 4, 1150]];
  for (let i = 0; i < 780; i++) {
    let u = next(), k = 0;
    while (k < 4 && u > weights[k]) { u -= weights[k]; k++; }
    const p = proto[k];
    const kg = Math.round(clamp(normal(next, p[0], 60), 150, 900));
    const density = Math.round(clamp(normal(next, p[1], 45), 150, 800));
    const moist = r1(clamp(normal(next, p[2], 2.5), 0, 30));
    const nir = r2(clamp(normal(next, p[3], 0.08), 0, 1));
    const ties = Math.round(clamp(normal(next, p[4], 1), 2, 12));
    const price = Math.round(clamp(normal(next, p[5], p[5] * 0.15), 10, 2500));
    let label = k;
    if (next() < 0.03) label = Math.floor(next() * 5);
    counts[label]++;
    rows.push([`BL-${900000 + i}`, ['baler-1', 'baler-2'][i % 2], kg, density, moist, nir, ties, price, names[label]]);
  }
  write('bales.csv', ['bale_id', 'baler', 'bale_kg', 'density_kg_m3', 'moisture_pct', 'nir_index', 'wire_ties', 'price_per_tonne', 'material'], rows);
  console.log('materials', names.map((n, i) => `${n} ${counts[i]}`).join(' / '));
}

/** bunker.csv: hourly tipping-bunker readings -> a rare "fire in the bunker" flag; a copy with a "n/a" temperature. */
function bunker(): void {
  const next = rng(10803);
  const rows: (string | number)[][] = [];
  const blank: (string | number)[][] = [];
  let fires = 0;
  for (let i = 0; i < 1000; i++) {
    const ts = 1706745600 + i * 3600;
    const temp = r1(clamp(normal(next, 24, 7), 2, 70));
    const co = Math.round(clamp(Math.exp(normal(next, 2.5, 0.8)), 1, 600));
    const fill = r1(clamp(normal(next, 55, 20), 2, 100));
    const hours = r1(clamp(Math.exp(normal(next, 2.2, 0.8)), 0.5, 120));
    const batteries = Math.round(clamp(Math.exp(normal(next, 0.8, 0.9)) - 1, 0, 60));
    const ambient = r1(clamp(normal(next, 12, 8), -10, 35));
    const z = -3.6 + 0.12 * (temp - 24) + 0.9 * Math.log(co / 12) + 0.02 * (fill - 55) + 0.5 * Math.log(hours / 9 + 1) + 0.35 * Math.log(batteries + 1) + normal(next, 0, 0.3);
    const fire = next() < sigmoid(z * 1.5) ? 1 : 0;
    fires += fire;
    const row: (string | number)[] = [isoDay(ts), ts, temp, co, fill, hours, batteries, ambient, fire];
    rows.push(row);
    const b = [...row];
    if (i % 43 === 17) b[2] = 'n/a';
    blank.push(b);
  }
  const header = ['reading_date', 'reading_ts', 'pile_temp_c', 'co_ppm', 'bunker_fill_pct', 'hours_since_turned', 'batteries_seen', 'ambient_c', 'fire_in_bunker'];
  write('bunker.csv', header, rows);
  write('bunker-na.csv', header, blank);
  console.log('fires', fires, 'of 1000');
}

/** routes.csv: collection-truck routes -> route minutes, and a skewed gate fee in cents. */
function routes(): void {
  const next = rng(10804);
  const rows: (string | number)[][] = [];
  const mins: number[] = [];
  const fees: number[] = [];
  for (let i = 0; i < 700; i++) {
    const ts = 1709251200 + Math.floor(i / 7) * 86400;
    const truck = `TRK-${(i % 7) + 11}`;
    const stops = Math.round(clamp(normal(next, 420, 160), 40, 1100));
    const km = r1(clamp(Math.exp(normal(next, 3.6, 0.5)), 8, 260));
    const fill = r1(clamp(normal(next, 68, 15), 15, 100));
    const driverYears = r1(clamp(Math.exp(normal(next, 1.5, 0.9)), 0.1, 40));
    const rain = next() < 0.25 ? 1 : 0;
    const tonnes = r2(clamp(stops * fill / 100 * 0.028 + normal(next, 0, 0.8), 0.3, 26));
    const minutes = Math.round(clamp(35 + 0.55 * stops * (0.5 + fill / 140) + 1.6 * km + 25 * rain - 6 * Math.log(driverYears + 1) + normal(next, 0, 12), 30, 1200));
    const fee = Math.round((tonnes * 9500 + 2500) * (next() < 0.08 ? 6 : 1) * Math.exp(normal(next, 0, 0.4)));
    mins.push(minutes);
    fees.push(fee);
    rows.push([truck, isoDay(ts), ts, stops, km, fill, driverYears, rain, tonnes, minutes, fee]);
  }
  write('routes.csv', ['truck_id', 'route_date', 'depart_ts', 'stops', 'route_km', 'avg_bin_fill_pct', 'driver_years', 'rain', 'tonnes_collected', 'route_minutes', 'gate_fee_cents'], rows);
  console.log('route minutes', med(mins), 'gate fee', med(fees));
}

/** binfill.csv: smart-bin sensor export, semicolon with decimal commas: fill level percent. */
function binfill(): void {
  const next = rng(10805);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  const fmt = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 650; i++) {
    const days = r1(clamp(normal(next, 4, 2), 0.2, 12));
    const households = Math.round(clamp(Math.exp(normal(next, 3.2, 0.6)), 4, 150));
    const volume = [240, 660, 1100, 1100, 3000][Math.floor(next() * 5)];
    const temp = r1(clamp(normal(next, 14, 7), -8, 34));
    const weekend = next() < 2 / 7 ? 1 : 0;
    const fill = r1(clamp(100 * (1 - Math.exp(-days * households * 9 / volume)) + 0.2 * temp + 5 * weekend + normal(next, 0, 4), 0, 100));
    out.push(fill);
    rows.push([`BIN-${30000 + i}`, fmt(days), households, volume, fmt(temp), weekend, fmt(fill)]);
  }
  write('binfill.csv', ['bin_id', 'days_since_empty', 'households', 'bin_litres', 'air_temp_c', 'weekend', 'fill_pct'], rows, ';');
  console.log('fill', med(out));
}

shifts();
bales();
bunker();
routes();
binfill();
