/**
 * Writes the CSVs of blind fault set 170 (tailors and alteration shops), seeded so every run gives
 * the same files: `npx tsx test/faults-blind170/data/generate.ts`.
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

/** turnaround.csv: alteration orders -> turnaround days; a copy with "NA" waist cells (tablet app gaps). */
function turnaround(): void {
  const next = rng(17001);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1714550400;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3000);
    const tailor = 1 + Math.floor(next() * 7);
    const chest = r1(clamp(normal(next, 100, 10), 76, 140));
    const waist = r1(clamp(chest - 12 + normal(next, 0, 7), 60, 135));
    const fabric = r2(clamp(normal(next, 2.2, 0.8), 0.3, 5));
    const fittings = 1 + Math.floor(next() * 4);
    const rush = next() < 0.2 ? 1 : 0;
    const queue = Math.floor(next() * 25);
    const ticket = 100 + Math.floor(next() * 900);
    const days = r1(clamp(2 + 0.9 * fabric + 1.1 * fittings + 0.18 * queue - 2.5 * rush + normal(next, 0, 0.4), 0.5, 30));
    out.push(days);
    const row: (string | number)[] = [`ORD-${51000 + i}`, stamp(t), `TLR-${String(tailor).padStart(2, '0')}`, ticket, chest, r1(chest / 2.54), waist, r1(waist / 2.54), fabric, fittings, rush, queue, days];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[6] = 'NA';
    na.push(n);
  }
  const header = ['order_id', 'order_ts', 'tailor_id', 'ticket_no', 'chest_cm', 'chest_in', 'waist_cm', 'waist_in', 'fabric_m', 'fittings', 'rush', 'queue_len', 'turnaround_days'];
  write('turnaround.csv', header, rows);
  write('turnaround-na.csv', header, na);
  console.log('turnaround days', stats(out));
}

/** garment.csv: measurements -> garment type (suit/trousers/dress/shirt/rare coat); rack number has no effect. */
function garment(): void {
  const next = rng(17002);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.28 ? 'suit' : u < 0.55 ? 'trousers' : u < 0.75 ? 'dress' : u < 0.95 ? 'shirt' : 'coat';
    counts[type] = (counts[type] ?? 0) + 1;
    const fabric = r2(clamp(type === 'suit' ? normal(next, 3.2, 0.3) : type === 'trousers' ? normal(next, 1.3, 0.2) : type === 'dress' ? normal(next, 2.4, 0.3) : type === 'shirt' ? normal(next, 1.7, 0.2) : normal(next, 3.4, 0.3), 0.5, 5));
    const buttons = type === 'suit' ? 3 + Math.floor(next() * 4) : type === 'trousers' ? 1 + Math.floor(next() * 2) : type === 'dress' ? Math.floor(next() * 3) : type === 'shirt' ? 7 + Math.floor(next() * 5) : 4 + Math.floor(next() * 5);
    const lining = type === 'suit' || type === 'coat' ? (next() < 0.9 ? 1 : 0) : type === 'dress' ? (next() < 0.4 ? 1 : 0) : 0;
    const weight = Math.round(clamp(type === 'coat' ? normal(next, 520, 60) : type === 'suit' ? normal(next, 300, 40) : type === 'trousers' ? normal(next, 280, 50) : normal(next, 130, 30), 60, 800));
    const chest = r1(clamp(normal(next, type === 'dress' ? 90 : 102, 9), 70, 140));
    const hem = r1(clamp(type === 'trousers' ? normal(next, 4, 1.5) : type === 'dress' ? normal(next, 6, 2) : normal(next, 1.5, 1), 0, 15));
    const rack = 1 + Math.floor(next() * 20);
    rows.push([`GAR-${8000 + i}`, rack, fabric, buttons, lining, weight, chest, hem, type]);
  }
  write('garment.csv', ['garment_id', 'rack_no', 'fabric_m', 'buttons', 'lining', 'fabric_gsm', 'chest_cm', 'hem_cm', 'garment_type'], rows);
  console.log('garment', counts);
}

/** remake.csv: finished alterations -> rare remake flag; the hanger tag has no effect. */
function remake(): void {
  const next = rng(17003);
  const rows: (string | number)[][] = [];
  let pos = 0;
  let t = 1717200000;
  for (let i = 0; i < 1100; i++) {
    t += Math.floor(next() * 5000);
    const fitErr = r2(clamp(Math.abs(normal(next, 0, 1.2)), 0, 8));
    const fittings = 1 + Math.floor(next() * 4);
    const rush = next() < 0.25 ? 1 : 0;
    const years = r1(clamp(normal(next, 12, 8), 0.5, 40));
    const stretch = next() < 0.3 ? 1 : 0;
    const chestMm = Math.round(clamp(normal(next, 1000, 100), 760, 1400));
    const tag = 10000 + Math.floor(next() * 90000);
    const z = -5 + 2.2 * fitErr - 0.7 * fittings + 1.4 * rush - 0.08 * years + 0.9 * stretch;
    const y = next() < sigmoid(z) ? 1 : 0;
    pos += y;
    rows.push([`ALT-${3000 + i}`, stamp(t), tag, fitErr, fittings, rush, years, stretch, chestMm, y]);
  }
  write('remake.csv', ['alteration_id', 'done_ts', 'hanger_tag', 'fit_error_cm', 'fittings', 'rush', 'tailor_years', 'stretch_fabric', 'chest_mm', 'remake'], rows);
  console.log('remake positives', pos, '/ 1100');
}

/** order-value.csv: bespoke orders, semicolon export with decimal commas -> order value in dollars (skewed). */
function orderValue(): void {
  const next = rng(17004);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 850; i++) {
    const fabric = r2(clamp(normal(next, 2.8, 0.9), 0.5, 6));
    const pricePerM = r2(clamp(Math.exp(normal(next, 3.6, 0.5)), 8, 300));
    const hours = r1(clamp(normal(next, 9, 4), 1, 30));
    const fittings = 1 + Math.floor(next() * 4);
    const hand = next() < 0.3 ? 1 : 0;
    const express = next() < 0.15 ? 1 : 0;
    const value = r2(clamp(fabric * pricePerM + hours * 45 * (1 + 0.4 * hand) + 25 * fittings + 120 * express + normal(next, 0, 20), 30, 20000));
    out.push(value);
    rows.push([`BSP-${700 + i}`, dc(fabric), dc(pricePerM), dc(hours), fittings, hand, express, dc(value), Math.round(value * 100)]);
  }
  write('order-value.csv', ['order_ref', 'fabric_m', 'fabric_usd_per_m', 'labour_h', 'fittings', 'hand_stitched', 'express', 'order_usd', 'order_cents'], rows, ';');
  console.log('order usd', stats(out));
}

/** hem-time.csv (tab-separated): small alterations -> bench minutes and hours. */
function hemTime(): void {
  const next = rng(17005);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const seams = Math.floor(next() * 6);
    const hemCm = r1(clamp(normal(next, 40, 40), 0, 200));
    const zipper = next() < 0.3 ? 1 : 0;
    const buttons = Math.floor(next() * 8);
    const silk = next() < 0.15 ? 1 : 0;
    const apprentice = next() < 0.3 ? 1 : 0;
    const minutes = Math.round(clamp(8 + 6 * seams + 0.25 * hemCm + 18 * zipper + 3 * buttons + 12 * silk + 9 * apprentice + normal(next, 0, 3), 5, 300));
    out.push(minutes);
    rows.push([`JOB-${20000 + i}`, seams, hemCm, zipper, buttons, silk, apprentice, minutes, r2(minutes / 60)]);
  }
  write('hem-time.csv', ['job_id', 'seams', 'hem_cm', 'zipper', 'buttons', 'silk', 'apprentice', 'bench_min', 'bench_h'], rows, '\t');
  console.log('bench minutes', stats(out));
}

turnaround();
garment();
remake();
orderValue();
hemTime();
