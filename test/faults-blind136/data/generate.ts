/**
 * Writes the CSVs of blind fault set 136 (ice-cream and frozen-dessert makers), seeded so every run
 * gives the same files: `npx tsx test/faults-blind136/data/generate.ts`.
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

/** freezer.csv: continuous-freezer batch log -> overrun %; a copy with "NA" butterfat cells (lab not back yet). */
function freezer(): void {
  const next = rng(13601);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1719800000;
  for (let i = 0; i < 1000; i++) {
    t += 600 + Math.floor(next() * 1800);
    const line = 1 + Math.floor(next() * 4);
    const mix = r1(clamp(normal(next, 4, 0.8), 1.5, 7));
    const freezerC = r1(clamp(normal(next, -5.5, 0.7), -8, -3.5));
    const rpm = Math.round(clamp(normal(next, 450, 60), 300, 650));
    const air = r1(clamp(normal(next, 12, 3), 4, 22));
    const fat = r1(clamp(normal(next, 12, 3), 4, 18));
    const overrun = r1(clamp(20 + 4.2 * air + 0.05 * (rpm - 450) - 3 * (freezerC + 5.5) - 0.8 * (fat - 12) + normal(next, 0, 3), 10, 140));
    out.push(overrun);
    const row: (string | number)[] = [`B-${36000 + i}`, stamp(t), `L${line}`, mix, freezerC, rpm, air, fat, overrun];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[7] = 'NA';
    na.push(n);
  }
  const header = ['batch_id', 'shift_ts', 'line_id', 'mix_temp_c', 'freezer_temp_c', 'dasher_rpm', 'air_flow_lpm', 'butterfat_pct', 'overrun_pct'];
  write('freezer.csv', header, rows);
  write('freezer-na.csv', header, na);
  console.log('overrun', stats(out));
}

/** flavour.csv: lab readings of a tub -> flavour (vanilla/chocolate/strawberry/mint/rare pistachio); tub serial has no effect. */
function flavour(): void {
  const next = rng(13602);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const f = u < 0.34 ? 'vanilla' : u < 0.6 ? 'chocolate' : u < 0.8 ? 'strawberry' : u < 0.95 ? 'mint' : 'pistachio';
    counts[f] = (counts[f] ?? 0) + 1;
    const cocoa = r2(clamp(f === 'chocolate' ? normal(next, 4, 1) : normal(next, 0.1, 0.1), 0, 8));
    const red = Math.round(clamp(f === 'strawberry' ? normal(next, 210, 20) : f === 'chocolate' ? normal(next, 90, 15) : normal(next, 235, 10) - (f === 'mint' || f === 'pistachio' ? 60 : 0), 0, 255));
    const green = Math.round(clamp(f === 'mint' ? normal(next, 230, 15) : f === 'pistachio' ? normal(next, 200, 15) : f === 'strawberry' ? normal(next, 150, 20) : f === 'chocolate' ? normal(next, 60, 15) : normal(next, 225, 10), 0, 255));
    const nuts = Math.round(clamp(f === 'pistachio' ? normal(next, 3000, 800) : normal(next, 50, 80), 0, 6000));
    const sugar = r1(clamp(normal(next, f === 'strawberry' ? 17 : 15, 1.5), 10, 22));
    const fat = r1(clamp(normal(next, 11, 2.5), 4, 18));
    const serial = 100000 + Math.floor(next() * 900000);
    rows.push([`TUB-${serial}`, serial, sugar, cocoa, red, green, nuts, fat, f]);
  }
  write('flavour.csv', ['tub_id', 'tub_serial', 'sugar_pct', 'cocoa_pct', 'colour_red', 'colour_green', 'nut_mg_per_kg', 'butterfat_pct', 'flavour'], rows);
  console.log('flavour', counts);
}

/** defect.csv: hardening-room pallets -> rare ice-crystal defect flag; pallet serial has no effect; storage in seconds too. */
function defect(): void {
  const next = rng(13603);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const hard = r1(clamp(normal(next, -28, 3), -38, -18));
    const days = r1(clamp(Math.exp(normal(next, 2.5, 0.7)), 1, 120));
    const swings = Math.floor(clamp(Math.exp(normal(next, 0.8, 0.8)), 0, 40));
    const overrun = r1(clamp(normal(next, 80, 15), 30, 130));
    const stab = r2(clamp(normal(next, 0.25, 0.08), 0.02, 0.5));
    const doors = Math.round(clamp(normal(next, 14, 6), 0, 40));
    const z = -4.2 + 0.28 * (hard + 28) + 0.45 * swings + 0.02 * days - 6 * (stab - 0.25) + 0.05 * (doors - 14);
    const y = next() < sigmoid(z) ? 1 : 0;
    pos += y;
    rows.push([`PAL-${70000 + i}`, 500000 + Math.floor(next() * 400000), hard, days, Math.round(days * 86400), swings, overrun, stab, doors, y]);
  }
  write('defect.csv', ['pallet_id', 'pallet_serial', 'hardening_temp_c', 'storage_days', 'storage_s', 'temp_swings', 'overrun_pct', 'stabilizer_pct', 'door_openings_h', 'ice_crystal_defect'], rows);
  console.log('defect positives', pos, '/ 1200');
}

/** sales.csv: parlour days, semicolon export with decimal commas -> takings in dollars (skewed) and in cents. */
function sales(): void {
  const next = rng(13604);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const temp = r1(clamp(normal(next, 22, 7), 2, 40));
    const weekend = next() < 2 / 7 ? 1 : 0;
    const sun = r1(clamp(normal(next, 7, 3), 0, 14));
    const foot = Math.round(clamp(Math.exp(normal(next, 6, 0.4) + 0.03 * (temp - 22) + 0.3 * weekend), 50, 5000));
    const price = r2(clamp(normal(next, 4.5, 0.6), 2.5, 7));
    const usd = r2(clamp(foot * (0.08 + 0.012 * Math.max(temp - 10, 0)) * price * Math.exp(normal(next, 0, 0.12)) + 0.02 * sun, 20, 50000));
    out.push(usd);
    rows.push([`P-${1 + (i % 12)}`, temp, weekend, sun, foot, price, usd, Math.round(usd * 100)].map((v) => typeof v === 'number' ? String(v).replace('.', ',') : v));
  }
  write('sales.csv', ['parlour_id', 'outdoor_temp_c', 'weekend', 'sunshine_h', 'footfall', 'cone_price_usd', 'sales_usd', 'sales_cents'], rows, ';');
  console.log('sales usd', stats(out));
}

/** cones.tsv-style cones.csv: kiosk hours, tab-separated -> cones sold per hour; temperatures in °F and humidity in %. */
function cones(): void {
  const next = rng(13605);
  const rows: (string | number)[][] = [], out: number[] = [];
  let t = 1720000000;
  for (let i = 0; i < 800; i++) {
    t += 3600;
    const hour = new Date(t * 1000).getUTCHours();
    const tempF = r1(clamp(normal(next, 75, 12), 40, 105));
    const hum = Math.round(clamp(normal(next, 55, 15), 15, 95));
    const queue = Math.floor(clamp(normal(next, 4, 3), 0, 20));
    const holiday = next() < 0.08 ? 1 : 0;
    const open = hour >= 11 && hour <= 21 ? 1 : 0;
    const conesSold = Math.max(0, Math.round(open * (5 + 1.1 * (tempF - 60) - 0.15 * (hum - 55) + 3 * queue + 25 * holiday) + normal(next, 0, 5)));
    out.push(conesSold);
    rows.push([`K-${1 + Math.floor(next() * 6)}`, stamp(t), hour, open, tempF, hum, queue, holiday, conesSold]);
  }
  write('cones.csv', ['kiosk_id', 'hour_ts', 'hour', 'open', 'outdoor_temp_f', 'humidity_pct', 'queue_len', 'holiday', 'cones_sold'], rows, '\t');
  console.log('cones', stats(out));
}

freezer();
flavour();
defect();
sales();
cones();
