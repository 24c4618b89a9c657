/**
 * Writes the CSVs of blind fault set 161 (sawmills and timber yards), seeded so every run gives the
 * same files: `npx tsx test/faults-blind161/data/generate.ts`.
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
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');
const comma = (x: number) => String(x).replace('.', ',');

/** logs.csv: log scanner -> board feet sawn; logs-na.csv: a copy with "NA" moisture cells. */
function logs(): void {
  const next = rng(16101);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [];
  let t = 1735700000;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 300);
    const saw = 1 + Math.floor(next() * 6);
    const dcm = r1(clamp(Math.exp(normal(next, 3.4, 0.3)), 14, 80));
    const len = r1(2.4 + 0.6 * Math.floor(next() * 6));
    const taper = r2(clamp(normal(next, 0.9, 0.25), 0.3, 2));
    const sweep = r1(clamp(Math.abs(normal(next, 0, 2.5)), 0, 12));
    const moist = r1(clamp(normal(next, 55, 12), 25, 110));
    const species = Math.floor(next() * 4);
    // Scribner-like: board feet grows with diameter squared and length, loses to sweep and taper.
    const small = dcm - taper * len;
    const bf = Math.round(clamp(0.0085 * Math.max(small, 8) ** 2 * len * (1 - 0.025 * sweep) * 3.28 + normal(next, 0, 6), 2, 2000));
    const row: (string | number)[] = [`LOG-${880000 + i}`, stamp(t), `SAW-${String(saw).padStart(2, '0')}`, dcm, r2(dcm / 2.54), len, taper, sweep, moist, species, bf];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[8] = 'NA';
    na.push(n);
  }
  const header = ['log_id', 'scan_ts', 'saw_id', 'diameter_cm', 'diameter_in', 'length_m', 'taper_cm_m', 'sweep_cm', 'moisture_pct', 'species_code', 'board_feet'];
  write('logs.csv', header, rows);
  write('logs-na.csv', header, na);
}

/** kiln.csv (semicolon export, decimal commas): charge -> kiln hours. */
function kiln(): void {
  const next = rng(16102);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 700; i++) {
    const green = r1(clamp(normal(next, 60, 15), 25, 120));
    const finalM = r1(clamp(normal(next, 10, 2.5), 6, 19));
    const thick = [19, 25, 32, 38, 50][Math.floor(next() * 5)];
    const density = Math.round(clamp(normal(next, 520, 110), 350, 850));
    const temp = r1(clamp(normal(next, 70, 8), 50, 95));
    const volume = r1(clamp(Math.exp(normal(next, 3.5, 0.5)), 8, 200));
    const hours = r1(clamp(12 + 1.6 * (green - finalM) * (thick / 25) ** 1.4 * (density / 500) * (70 / temp) + 0.05 * volume + normal(next, 0, 8), 10, 900));
    rows.push([`CH-${5000 + i}`, comma(green), comma(finalM), thick, density, comma(temp), comma(volume), comma(hours)]);
  }
  write('kiln.csv', ['charge_id', 'green_moisture_pct', 'final_moisture_pct', 'thickness_mm', 'density_kg_m3', 'kiln_temp_c', 'charge_m3', 'kiln_hours'], rows, ';');
}

/** grade.csv: board defects -> grade FAS/select/common1/common2/rare reject. */
function grade(): void {
  const next = rng(16103);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 1000; i++) {
    const knots = Math.floor(clamp(Math.exp(normal(next, 1, 0.8)), 0, 40));
    const wane = r1(clamp(Math.abs(normal(next, 0, 8)), 0, 60));
    const split = r1(clamp(Math.abs(normal(next, 0, 30)), 0, 300));
    const width = Math.round(clamp(normal(next, 150, 40), 75, 300));
    const moist = r1(clamp(normal(next, 12, 3), 6, 30));
    const stain = next() < 0.12 ? 1 : 0;
    const grader = 1 + Math.floor(next() * 8);
    const score = 1.2 * Math.log1p(knots) + 0.06 * wane + 0.012 * split + 1.5 * stain - 0.004 * width + normal(next, 0, 0.25);
    const g = score > 3.4 ? 'reject' : score > 2.5 ? 'common2' : score > 1.8 ? 'common1' : score > 1.1 ? 'select' : 'fas';
    rows.push([`BD-${300000 + i}`, grader, knots, wane, split, width, moist, stain, g]);
  }
  write('grade.csv', ['board_id', 'grader_id', 'knot_count', 'wane_mm', 'split_mm', 'width_mm', 'moisture_pct', 'blue_stain', 'grade'], rows);
}

/** blade.csv: saw shift log -> rare blade failure flag; blade serial has no effect. */
function blade(): void {
  const next = rng(16104);
  const rows: (string | number)[][] = [];
  let t = 1735700000;
  for (let i = 0; i < 1200; i++) {
    t += 8 * 3600;
    const hours = r1(clamp(next() * 60, 0, 60));
    const rpm = Math.round(clamp(normal(next, 1800, 150), 1300, 2400));
    const feed = r1(clamp(normal(next, 35, 8), 10, 70));
    const vib = r2(clamp(Math.exp(normal(next, 1.2, 0.4)), 0.5, 20));
    const toothC = r1(clamp(normal(next, 90 + hours * 1.2, 15), 40, 260));
    const frozen = next() < 0.25 ? 1 : 0;
    const serial = 700000 + Math.floor(next() * 90000);
    const z = -6.9 + 0.05 * hours + 0.55 * vib + 0.015 * (toothC - 120) + 0.9 * frozen + 0.03 * (feed - 35);
    const fail = next() < sigmoid(z) ? 1 : 0;
    rows.push([stamp(t), `SAW-${String(1 + (i % 6)).padStart(2, '0')}`, serial, hours, rpm, feed, vib, toothC, frozen, fail]);
  }
  write('blade.csv', ['shift_ts', 'saw_id', 'blade_serial', 'blade_hours', 'rpm', 'feed_m_min', 'vibration_mm_s', 'tooth_temp_c', 'frozen_logs', 'blade_failure'], rows);
}

/** species.csv: lab samples -> pine/spruce/fir/oak/birch. */
function species(): void {
  const next = rng(16105);
  const rows: (string | number)[][] = [];
  const P: Record<string, number[]> = { pine: [510, 8, 4, 62], spruce: [440, 4, 6, 70], fir: [470, 6, 5, 66], oak: [720, 20, 2.5, 48], birch: [640, 5, 3, 74] };
  const names = Object.keys(P);
  for (let i = 0; i < 600; i++) {
    const u = next();
    const s = u < 0.35 ? 'pine' : u < 0.6 ? 'spruce' : u < 0.78 ? 'fir' : u < 0.9 ? 'birch' : 'oak';
    const [den, bark, ring, light] = P[s];
    rows.push([`SP-${i}`, Math.round(normal(next, den, 35)), r1(clamp(normal(next, bark, 2), 1, 40)), r2(clamp(normal(next, ring, 0.8), 0.5, 10)), r1(normal(next, light, 3)), names.indexOf(s) >= 0 ? s : s]);
  }
  write('species.csv', ['sample_id', 'density_kg_m3', 'bark_mm', 'ring_width_mm', 'lightness', 'species'], rows);
}

/** orders.tsv-like orders.csv (tab-separated): skewed order sizes -> dispatch days. */
function orders(): void {
  const next = rng(16106);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 800; i++) {
    const bf = Math.round(clamp(Math.exp(normal(next, 7, 1.3)), 50, 400000));
    const km = Math.round(clamp(Math.exp(normal(next, 4.5, 0.8)), 5, 2500));
    const custom = next() < 0.2 ? 1 : 0;
    const stock = r2(next());
    const days = r1(clamp(1 + 0.9 * Math.log(bf) + 0.004 * km + 4 * custom - 3 * stock + normal(next, 0, 0.8), 0.5, 60));
    rows.push([`ORD-${61000 + i}`, bf, r2(bf / 423.8), km, custom, stock, days]);
  }
  write('orders.csv', ['order_id', 'order_board_feet', 'order_m3', 'distance_km', 'custom_cut', 'stock_ratio', 'dispatch_days'], rows, '\t');
}

logs(); kiln(); grade(); blade(); species(); orders();
