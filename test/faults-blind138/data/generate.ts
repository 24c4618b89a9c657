/**
 * Writes the CSVs of blind fault set 138 (orchards and fruit packing houses), seeded so every run
 * gives the same files: `npx tsx test/faults-blind138/data/generate.ts`.
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
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 16).replace('T', ' ');

/** grade.csv: packing-line camera and penetrometer readings per fruit -> grade (extra/class1/class2/juice, rare processor). */
function grade(): void {
  const next = rng(13801);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  let t = 1725170400;
  for (let i = 0; i < 1000; i++) {
    t += 3 + Math.floor(next() * 20);
    const u = next();
    const g = u < 0.25 ? 'extra' : u < 0.55 ? 'class1' : u < 0.78 ? 'class2' : u < 0.96 ? 'juice' : 'processor';
    counts[g] = (counts[g] ?? 0) + 1;
    const gi = { extra: 0, class1: 1, class2: 2, juice: 3, processor: 4 }[g]!;
    const mm = r1(clamp(normal(next, [78, 72, 66, 60, 70][gi], 4), 45, 100));
    const weight = Math.round(clamp(0.00055 * mm ** 3 * Math.exp(normal(next, 0, 0.05)), 60, 500));
    const brix = r1(clamp(normal(next, [14, 13, 12, 11, 9][gi], 0.9), 7, 19));
    const blemish = r1(clamp(normal(next, [0.5, 3, 8, 20, 12][gi], [0.4, 1.5, 3, 6, 5][gi]), 0, 60));
    const colour = Math.round(clamp(normal(next, [85, 70, 55, 40, 60][gi], 8), 0, 100));
    const firmN = r1(clamp(normal(next, [72, 68, 62, 55, 35][gi], 5), 20, 100));
    const lane = 1 + Math.floor(next() * 8);
    rows.push([`FR-${300000 + i}`, stamp(t), `BLK-${String(1 + Math.floor(next() * 24)).padStart(2, '0')}`, lane, mm, r2(mm / 25.4), weight, brix, blemish, colour, firmN, r1(firmN * 0.224809), g]);
  }
  write('grade.csv', ['fruit_id', 'packed_at', 'block_id', 'lane', 'diameter_mm', 'diameter_in', 'weight_g', 'brix', 'blemish_pct', 'colour_pct', 'firmness_n', 'firmness_lbf', 'grade'], rows);
  console.log('grades', counts);
}

/** firmness.csv: firmness after cold storage (N) from skewed cold-room days; a copy with "NA" brix cells. */
function firmness(): void {
  const next = rng(13802);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1724500000;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3000);
    const days = Math.round(clamp(Math.exp(normal(next, 3.6, 0.9)), 1, 320));
    const temp = r1(clamp(normal(next, 1.0, 0.8), -0.5, 4));
    const o2 = r1(clamp(normal(next, next() < 0.5 ? 1.5 : 21, 0.3), 0.8, 21));
    const brix = r1(clamp(normal(next, 12.5, 1.3), 8, 18));
    const mm = r1(clamp(normal(next, 70, 6), 50, 95));
    const firm0 = r1(clamp(normal(next, 75, 6), 50, 100));
    const soften = (o2 < 5 ? 0.05 : 0.11) * (1 + 0.25 * temp);
    const f = r1(clamp(firm0 * Math.exp(-soften * Math.log(1 + days)) - 0.15 * (mm - 70) + normal(next, 0, 1.5), 15, 100));
    out.push(f);
    const row: (string | number)[] = [`LOT-${7000 + i}`, stamp(t), `ROOM-${1 + Math.floor(next() * 6)}`, days, days * 24, temp, o2, brix, mm, firm0, r1(firm0 * 0.224809), f, r1(f * 0.224809)];
    rows.push(row);
    const n = [...row];
    if (i % 29 === 7) n[7] = 'NA';
    na.push(n);
  }
  const header = ['lot_id', 'sampled_at', 'room', 'cold_days', 'cold_hours', 'room_temp_c', 'o2_pct', 'brix', 'diameter_mm', 'firmness_in_n', 'firmness_in_lbf', 'firmness_out_n', 'firmness_out_lbf'];
  write('firmness.csv', header, rows);
  write('firmness-na.csv', header, na);
  console.log('firmness out N', stats(out));
}

/** bruise.csv: packing-line events -> rare bruise reject flag; the pallet serial has no effect. */
function bruise(): void {
  const next = rng(13803);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const drop = r1(clamp(Math.exp(normal(next, 2.3, 0.5)), 2, 60));
    const speed = r2(clamp(normal(next, 1.2, 0.3), 0.4, 2.5));
    const firm = r1(clamp(normal(next, 65, 9), 30, 100));
    const fill = Math.round(clamp(normal(next, 80, 12), 20, 100));
    const mm = r1(clamp(normal(next, 72, 6), 50, 95));
    const wet = next() < 0.3 ? 1 : 0;
    const pallet = 4000000 + Math.floor(next() * 5000000);
    const z = -3.8 + 0.12 * (drop - 10) + 1.2 * (speed - 1.2) - 0.08 * (firm - 65) + 0.02 * (fill - 80) + 0.05 * (mm - 72) + 0.7 * wet;
    const b = next() < sigmoid(z) ? 1 : 0;
    pos += b;
    rows.push([`PAL-${pallet}`, 1725170400 + i * 97, drop, speed, firm, fill, mm, wet, pallet, b]);
  }
  write('bruise.csv', ['pallet_tag', 'event_epoch', 'drop_cm', 'belt_m_s', 'firmness_n', 'bin_fill_pct', 'diameter_mm', 'wet_fruit', 'pallet_serial', 'bruise_reject'], rows);
  console.log('bruise reject', pos, '/ 1200');
}

/** yield.csv: semicolon export with decimal commas -> block yield in kg (skewed) and bins. */
function yieldCsv(): void {
  const next = rng(13804);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const ha = r2(clamp(Math.exp(normal(next, 0.8, 0.6)), 0.3, 15));
    const age = Math.round(clamp(normal(next, 12, 6), 2, 40));
    const density = Math.round(clamp(normal(next, 1800, 700), 400, 4000));
    const chill = Math.round(clamp(normal(next, 1000, 250), 300, 1800));
    const water = Math.round(clamp(normal(next, 550, 150), 150, 1100));
    const frost = next() < 0.15 ? 1 : 0;
    const perTree = clamp(30 * (1 - Math.exp(-age / 6)) * (1 + 0.0004 * (chill - 1000)) * (1 + 0.0006 * (water - 550)) * (frost ? 0.5 : 1) * Math.exp(normal(next, 0, 0.12)), 1, 120);
    const kg = Math.round(ha * density * perTree);
    out.push(kg);
    rows.push([`BLK-${String(1 + (i % 24)).padStart(2, '0')}-${2015 + Math.floor(i / 80)}`, dc(ha), age, density, chill, water, frost, kg, Math.round(kg / 400)]);
  }
  write('yield.csv', ['block_season', 'hectares', 'tree_age_y', 'trees_per_ha', 'chill_hours', 'irrigation_mm', 'frost_event', 'yield_kg', 'bins'], rows, ';');
  console.log('yield kg', stats(out));
}

/** picking.csv: tab-separated picking-crew log -> bins picked per shift (counts). */
function picking(): void {
  const next = rng(13805);
  const rows: (string | number)[][] = [], out: number[] = [];
  let t = 1724742000;
  for (let i = 0; i < 900; i++) {
    t += 3600 * (6 + Math.floor(next() * 30));
    const pickers = 4 + Math.floor(next() * 14);
    const hours = r1(clamp(normal(next, 8, 1.2), 4, 11));
    const load = r1(clamp(normal(next, 60, 20), 10, 120));
    const ladder = next() < 0.4 ? 1 : 0;
    const tempC = r1(clamp(normal(next, 24, 6), 5, 42));
    const crewNo = 1 + Math.floor(next() * 15);
    const rate = 0.028 * load * (ladder ? 0.75 : 1) * (tempC > 32 ? 0.8 : 1);
    const bins = Math.round(clamp(pickers * hours * rate * Math.exp(normal(next, 0, 0.08)), 1, 400));
    out.push(bins);
    rows.push([`SH-${40000 + i}`, stamp(t), crewNo, pickers, hours, load, ladder, tempC, bins]);
  }
  write('picking.csv', ['shift_id', 'shift_start', 'crew_no', 'pickers', 'hours', 'fruit_per_tree', 'ladder_block', 'max_temp_c', 'bins_picked'], rows, '\t');
  console.log('bins picked', stats(out));
}

grade();
firmness();
bruise();
yieldCsv();
picking();
