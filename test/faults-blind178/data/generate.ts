/**
 * Writes the CSVs of blind fault set 178 (bookbinders and picture framers), seeded so every run
 * gives the same files: `npx tsx test/faults-blind178/data/generate.ts`.
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

/** glue.csv: bindery job sheet -> glue set minutes; glue-na.csv the same with "NA" humidity cells. */
function glue(): void {
  const next = rng(17801);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1709251200;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3000);
    const pages = Math.round(clamp(Math.exp(normal(next, 5.3, 0.6)), 24, 1200));
    const board = r1(clamp(normal(next, 2.5, 0.7), 1, 4.5));
    const humidity = r1(clamp(normal(next, 50, 12), 20, 85));
    const temp = r1(clamp(normal(next, 21, 3), 14, 30));
    const pva = next() < 0.6 ? 1 : 0;
    const glueMin = r1(clamp(8 + 0.012 * pages + 3 * board + 0.25 * (humidity - 50) - 0.6 * (temp - 21) + (pva ? -4 : 2) + normal(next, 0, 1.2), 2, 60));
    out.push(glueMin);
    const row: (string | number)[] = [`JOB-${51000 + i}`, stamp(t), `CUST-${1000 + Math.floor(next() * 400)}`, pages, board, humidity, temp, pva, glueMin];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[5] = 'NA';
    na.push(n);
  }
  const header = ['job_id', 'job_ts', 'customer_id', 'pages', 'board_mm', 'humidity_pct', 'temp_c', 'pva', 'glue_min'];
  write('glue.csv', header, rows);
  write('glue-na.csv', header, na);
  console.log('glue min', stats(out));
}

/** binding.csv: book features -> binding style (perfect/case/saddle/spiral/rare coptic); bench number has no effect. */
function binding(): void {
  const next = rng(17802);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const style = u < 0.32 ? 'perfect' : u < 0.58 ? 'case' : u < 0.8 ? 'saddle' : u < 0.96 ? 'spiral' : 'coptic';
    counts[style] = (counts[style] ?? 0) + 1;
    const pages = Math.round(clamp(style === 'saddle' ? normal(next, 40, 14) : style === 'perfect' ? normal(next, 280, 90) : style === 'case' ? normal(next, 420, 140) : style === 'spiral' ? normal(next, 120, 40) : normal(next, 180, 60), 8, 1200));
    const board = r1(clamp(style === 'case' ? normal(next, 3, 0.5) : style === 'coptic' ? normal(next, 2.5, 0.4) : normal(next, 0.3, 0.2), 0, 5));
    const gsm = Math.round(clamp(normal(next, style === 'coptic' ? 160 : 100, 20), 60, 250));
    const laysFlat = style === 'spiral' || style === 'coptic' ? (next() < 0.9 ? 1 : 0) : next() < 0.1 ? 1 : 0;
    const copies = Math.round(clamp(Math.exp(normal(next, style === 'coptic' ? 1 : 4, 1)), 1, 5000));
    const bench = 1 + Math.floor(next() * 8);
    rows.push([`ORD-${80000 + i}`, `CUST-${1000 + Math.floor(next() * 400)}`, pages, board, gsm, laysFlat, copies, bench, style]);
  }
  write('binding.csv', ['order_id', 'customer_id', 'pages', 'board_mm', 'paper_gsm', 'lays_flat', 'copies', 'bench_no', 'binding_style'], rows);
  console.log('binding', counts);
}

/** frame.csv: framing orders -> price in dollars (skewed); glass area in cm2, moulding length in cm. */
function frame(): void {
  const next = rng(17803);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 800; i++) {
    const w = Math.round(clamp(Math.exp(normal(next, 3.6, 0.45)), 10, 150));
    const h = Math.round(clamp(w * normal(next, 1.25, 0.2), 10, 180));
    const glassArea = w * h;
    const moulding = 2 * (w + h) + 16;
    const mouldW = Math.round(clamp(normal(next, 35, 12), 10, 90));
    const museum = next() < 0.2 ? 1 : 0;
    const mats = Math.floor(next() * 3);
    const price = r2(clamp(25 + moulding * (0.08 + mouldW * 0.004) + glassArea * (museum ? 0.018 : 0.006) + mats * 18 + normal(next, 0, 12), 20, 5000));
    out.push(price);
    rows.push([`FR-${30000 + i}`, w, h, glassArea, moulding, mouldW, museum, mats, price]);
  }
  write('frame.csv', ['order_id', 'width_cm', 'height_cm', 'glass_area_cm2', 'moulding_cm', 'moulding_width_mm', 'museum_glass', 'mats', 'price_usd'], rows);
  console.log('frame price', stats(out));
}

/** returns.csv: shop orders -> rare returned flag; clerk number has no effect. Semicolon export with decimal commas. */
function returns(): void {
  const next = rng(17804);
  const rows: (string | number)[][] = [];
  let pos = 0;
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 1100; i++) {
    const value = r2(clamp(Math.exp(normal(next, 4.8, 0.9)), 15, 4000));
    const ship = Math.round(clamp(normal(next, 6, 3), 1, 25));
    const glass = next() < 0.55 ? 1 : 0;
    const courier = next() < 0.4 ? 1 : 0;
    const repeat = Math.floor(clamp(Math.exp(normal(next, 0.8, 0.9)), 0, 60));
    const colourDelta = r2(clamp(Math.abs(normal(next, 0, 1.5)), 0, 8));
    const clerk = 1 + Math.floor(next() * 6);
    const z = -3.9 + 0.22 * (ship - 6) + 1.6 * glass * courier + 0.75 * colourDelta - 0.25 * Math.min(repeat, 8);
    const ret = next() < sigmoid(z) ? 1 : 0;
    pos += ret;
    rows.push([`ORD-${90000 + i}`, dc(value), ship, glass, courier, repeat, dc(colourDelta), clerk, ret]);
  }
  write('returns.csv', ['order_id', 'order_value', 'ship_days', 'glass', 'courier', 'repeat_orders', 'colour_delta', 'clerk_no', 'returned'], rows, ';');
  console.log('returned', pos, '/ 1100');
}

/** press.csv (tab-separated): board press runs -> board warp mm from board thickness, press minutes, humidity, sheet area in cm2. */
function press(): void {
  const next = rng(17805);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 700; i++) {
    const board = r1(clamp(normal(next, 2.5, 0.7), 1, 4.5));
    const pressMin = Math.round(clamp(normal(next, 40, 15), 5, 120));
    const humidity = r1(clamp(normal(next, 50, 12), 20, 85));
    const area = Math.round(clamp(normal(next, 1500, 600), 200, 4000));
    const warp = r2(clamp(0.4 + 0.03 * (humidity - 50) - 0.015 * (pressMin - 40) - 0.25 * (board - 2.5) + 0.0004 * (area - 1500) + normal(next, 0, 0.12), 0, 5));
    out.push(warp);
    rows.push([`PR-${i + 1}`, board, pressMin, humidity, area, warp]);
  }
  write('press.csv', ['run_id', 'board_mm', 'press_min', 'humidity_pct', 'sheet_area_cm2', 'warp_mm'], rows, '\t');
  console.log('warp', stats(out));
}

glue(); binding(); frame(); returns(); press();
