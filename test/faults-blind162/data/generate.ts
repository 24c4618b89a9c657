/**
 * Writes the CSVs of blind fault set 162 (furniture makers and upholstery workshops), seeded so every
 * run gives the same files: `npx tsx test/faults-blind162/data/generate.ts`.
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

/** build.csv: cabinet orders -> build hours; panel widths in mm and again in inches; a copy with "NA" fabric cells. */
function build(): void {
  const next = rng(16201);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704100000;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 5000);
    const shop = 1 + Math.floor(next() * 6);
    const w = Math.round(clamp(normal(next, 900, 300), 300, 2400));
    const h = Math.round(clamp(normal(next, 1200, 400), 300, 2400));
    const fabric = r1(clamp(Math.exp(normal(next, 0.8, 0.7)), 0, 25));
    const joints = 4 + Math.floor(next() * 30);
    const coats = 1 + Math.floor(next() * 4);
    const veneer = next() < 0.3 ? 1 : 0;
    const hours = r1(clamp(2 + 0.004 * w + 0.003 * h + 0.9 * fabric + 0.35 * joints + 1.5 * coats + 4 * veneer + normal(next, 0, 0.8), 1, 200));
    out.push(hours);
    const row: (string | number)[] = [`ORD-${31000 + i}`, stamp(t), `WS-${shop}`, w, h, r2(w / 25.4), fabric, joints, coats, veneer, hours];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[6] = 'NA';
    na.push(n);
  }
  const header = ['order_id', 'order_ts', 'workshop_id', 'panel_w_mm', 'panel_h_mm', 'panel_w_in', 'fabric_m', 'joints', 'finish_coats', 'veneer', 'build_hours'];
  write('build.csv', header, rows);
  write('build-na.csv', header, na);
  console.log('build hours', stats(out));
}

/** style.csv: piece measurements -> style (shaker/midcentury/rustic/modern/rare artdeco); the bench number has no effect. */
function style(): void {
  const next = rng(16202);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const C: Record<string, number[]> = {
    // leg taper mm, panel thickness mm, gloss %, carving hours, brass fittings, seat height mm
    shaker: [2, 19, 20, 0.2, 0, 450], midcentury: [14, 16, 55, 0.3, 1, 420], rustic: [0, 38, 10, 1.5, 0, 470], modern: [0, 12, 85, 0, 0, 440], artdeco: [8, 22, 90, 6, 1, 430],
  };
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const s = u < 0.3 ? 'shaker' : u < 0.55 ? 'midcentury' : u < 0.75 ? 'rustic' : u < 0.96 ? 'modern' : 'artdeco';
    counts[s] = (counts[s] ?? 0) + 1;
    const c = C[s];
    rows.push([`PC-${4400 + i}`, r1(clamp(normal(next, c[0], 2), 0, 40)), r1(clamp(normal(next, c[1], 3), 6, 60)), Math.round(clamp(normal(next, c[2], 9), 0, 100)),
      r1(clamp(normal(next, c[3], 0.5), 0, 20)), next() < (c[4] ? 0.85 : 0.1) ? 1 : 0, Math.round(normal(next, c[5], 12)), 1 + Math.floor(next() * 14), s]);
  }
  write('style.csv', ['piece_id', 'leg_taper_mm', 'panel_thick_mm', 'gloss_pct', 'carving_h', 'brass', 'seat_h_mm', 'bench_no', 'style'], rows);
  console.log('styles', counts);
}

/** returns.csv: glue-ups -> a rare "returned piece" flag; the clamp serial has no effect. */
function returns(): void {
  const next = rng(16203);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const temp = r1(clamp(normal(next, 20, 5), 5, 35));
    const hum = Math.round(clamp(normal(next, 50, 15), 15, 95));
    const clampMin = Math.round(clamp(Math.exp(normal(next, 3.5, 0.6)), 5, 600));
    const moisture = r1(clamp(normal(next, 9, 2.5), 4, 20));
    const km = Math.round(clamp(Math.exp(normal(next, 5, 1.2)), 2, 6000));
    const serial = 200000 + Math.floor(next() * 700000);
    const z = -3.2 - 0.35 * (temp - 20) + 0.06 * (hum - 50) - 1.4 * (Math.log(clampMin) - 3.5) + 0.7 * (moisture - 9) + 0.5 * (Math.log(km) - 5);
    const ret = next() < sigmoid(z) ? 1 : 0;
    pos += ret;
    rows.push([`WS-${1 + (i % 6)}`, 1704100000 + i * 4100, temp, hum, clampMin, moisture, km, serial, ret]);
  }
  write('returns.csv', ['workshop_id', 'glueup_epoch', 'glue_temp_c', 'humidity_pct', 'clamp_min', 'wood_moisture_pct', 'ship_km', 'clamp_serial', 'returned'], rows);
  console.log('returned', pos, '/ 1200');
}

/** orders.csv: semicolon export with decimal commas -> order value in dollars and cents (skewed). */
function orders(): void {
  const next = rng(16204);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const pieces = 1 + Math.floor(-Math.log(Math.max(next(), 1e-9)) * 2);
    const hours = r1(clamp(Math.exp(normal(next, 3, 0.5)), 3, 200));
    const fabric = r1(clamp(normal(next, 4, 2), 0, 20));
    const hardwood = next() < 0.4 ? 1 : 0;
    const rush = next() < 0.15 ? 1 : 0;
    const value = r2(clamp((pieces * 120 + hours * 55 + fabric * 38) * (hardwood ? 1.35 : 1) * (rush ? 1.25 : 1) * Math.exp(normal(next, 0, 0.06)), 80, 1e6));
    out.push(value);
    rows.push([`INV-${90000 + i}`, pieces, dc(hours), dc(fabric), hardwood, rush, dc(value)]);
  }
  write('orders.csv', ['invoice_id', 'pieces', 'build_hours', 'fabric_m', 'hardwood', 'rush', 'order_usd'], rows, ';');
  console.log('order usd', stats(out));
}

/** upholstery.csv: tab-separated sofa jobs -> fabric metres needed. */
function upholstery(): void {
  const next = rng(16205);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 700; i++) {
    const seats = 1 + Math.floor(next() * 4);
    const len = Math.round(clamp(600 + seats * 550 + normal(next, 0, 120), 500, 3200));
    const depth = Math.round(clamp(normal(next, 850, 80), 600, 1100));
    const cushions = seats + Math.floor(next() * 3);
    const pattern = next() < 0.25 ? 1 : 0;
    const arms = Math.floor(next() * 3);
    const metres = r2(clamp(0.0022 * len + 0.002 * depth + 0.45 * cushions + 0.8 * arms + (pattern ? 0.15 * 0.0022 * len * 4 : 0) + normal(next, 0, 0.25), 0.5, 40));
    out.push(metres);
    rows.push([`JOB-${1200 + i}`, seats, len, depth, cushions, pattern, arms, metres]);
  }
  write('upholstery.csv', ['job_id', 'seats', 'frame_len_mm', 'seat_depth_mm', 'cushions', 'pattern_repeat', 'arms', 'fabric_m'], rows, '\t');
  console.log('fabric m', stats(out));
}

build();
style();
returns();
orders();
upholstery();
