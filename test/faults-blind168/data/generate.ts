/**
 * Writes the CSVs of blind fault set 168 (candle and soap makers), seeded so every run gives the
 * same files: `npx tsx test/faults-blind168/data/generate.ts`.
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

/** soap.csv: cold-process soap batches -> cure days; a copy with "NA" lye weights (scale export gaps). */
function soap(): void {
  const next = rng(16801);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704100000;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 5400);
    const oil = Math.round(clamp(Math.exp(normal(next, 6.9, 0.5)), 300, 5000));
    const superfat = r1(clamp(normal(next, 5, 2), 0, 12));
    const lye = r1(oil * 0.138 * (1 - superfat / 100));
    const waterRatio = r2(clamp(normal(next, 2.2, 0.4), 1.4, 3.2));
    const water = r1(lye * waterRatio);
    const frag = r1(clamp(normal(next, 5, 1.5), 0, 10));
    const olive = Math.round(clamp(normal(next, 40, 20), 0, 100));
    const room = r1(clamp(normal(next, 21, 3), 14, 30));
    const cure = r1(clamp(14 + 0.35 * olive + 6 * (waterRatio - 2.2) + 0.8 * superfat - 0.6 * (room - 21) + 0.004 * (oil - 1000) + normal(next, 0, 1.2), 10, 90));
    out.push(cure);
    const row: (string | number)[] = [`SB-${String(2400 + i).padStart(5, '0')}`, stamp(t), `MLD-${String.fromCharCode(65 + (i % 6))}${1 + (i % 4)}`, oil, r2(oil / 28.3495), lye, water, waterRatio, superfat, frag, olive, room, r1(room * 9 / 5 + 32), cure];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[5] = 'NA';
    na.push(n);
  }
  const header = ['batch_id', 'made_at', 'mould_id', 'oil_g', 'oil_oz', 'lye_g', 'water_g', 'water_lye_ratio', 'superfat_pct', 'fragrance_pct', 'olive_pct', 'room_c', 'room_f', 'cure_days'];
  write('soap.csv', header, rows);
  write('soap-na.csv', header, na);
  console.log('cure days', stats(out));
}

/** scent.csv: candle pours -> scent family (citrus/floral/woody/gourmand/rare smoky); the mould number has no effect. */
function scent(): void {
  const next = rng(16802);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const fam = ['citrus', 'floral', 'woody', 'gourmand', 'smoky'];
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const k = u < 0.3 ? 0 : u < 0.55 ? 1 : u < 0.75 ? 2 : u < 0.95 ? 3 : 4;
    counts[fam[k]] = (counts[fam[k]] ?? 0) + 1;
    const frag = r1(clamp(normal(next, [6, 8, 9, 10, 7][k], 0.9), 2, 14));
    const flash = Math.round(clamp(normal(next, [50, 80, 95, 110, 120][k], 8), 30, 160));
    const dye = Math.round(clamp(normal(next, [4, 8, 2, 6, 0.5][k], 1.2), 0, 15));
    const wax = Math.round(clamp(Math.exp(normal(next, 5.4, 0.5)), 60, 1500));
    const pour = r1(clamp(normal(next, [62, 65, 70, 74, 78][k], 2.5), 50, 90));
    const mould = 100 + Math.floor(next() * 60);
    rows.push([`PR-${51000 + i * 3}`, wax, frag, flash, dye, pour, r1(pour * 9 / 5 + 32), mould, fam[k]]);
  }
  write('scent.csv', ['pour_id', 'wax_g', 'fragrance_pct', 'flash_point_c', 'dye_drops', 'pour_c', 'pour_f', 'mould_no', 'scent_family'], rows);
  console.log('scent families', counts);
}

/** frost.csv: soy candle pours -> a rare frosting-defect flag; the wax lot serial has no effect. */
function frost(): void {
  const next = rng(16803);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const pourF = r1(clamp(normal(next, 150, 15), 110, 200));
    const roomC = r1(clamp(normal(next, 20, 4), 8, 32));
    const cool = r2(clamp(normal(next, 1.5, 0.5), 0.3, 4));
    const soy = next() < 0.7 ? 1 : 0;
    const frag = r1(clamp(normal(next, 8, 2), 2, 14));
    const humidity = Math.round(clamp(normal(next, 50, 15), 15, 95));
    const lot = 700000 + Math.floor(next() * 250000);
    const z = -4.2 + 0.06 * (pourF - 150) - 0.25 * (roomC - 20) + 1.6 * (cool - 1.5) + 2.2 * soy + 0.03 * (humidity - 50);
    const f = next() < sigmoid(z) ? 1 : 0;
    pos += f;
    rows.push([`LOT-${lot}`, 1704100000 + i * 4100, pourF, roomC, cool, soy, frag, humidity, lot, f]);
  }
  write('frost.csv', ['lot_id', 'poured_epoch', 'pour_f', 'room_c', 'cool_c_per_min', 'soy_wax', 'fragrance_pct', 'humidity_pct', 'lot_serial', 'frosting'], rows);
  console.log('frosting', pos, '/ 1100');
}

/** orders.csv: semicolon export with decimal commas -> order totals in cents (skewed). */
function orders(): void {
  const next = rng(16804);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 850; i++) {
    const items = 1 + Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3);
    const weightOz = r1(clamp(normal(next, 8, 3), 2, 20));
    const gift = next() < 0.25 ? 1 : 0;
    const km = Math.round(clamp(Math.exp(normal(next, 5, 1)), 5, 5000));
    const repeat = next() < 0.4 ? 1 : 0;
    const discount = Math.round(clamp(normal(next, 8, 6), 0, 30));
    const cents = Math.round(clamp(items * (600 + 160 * weightOz) * (1 - discount / 100) + gift * 450 + 0.3 * km + normal(next, 0, 150), 300, 1e6));
    out.push(cents);
    rows.push([`ORD-${90000 + i}`, items, dc(weightOz), gift, km, repeat, discount, cents]);
  }
  write('orders.csv', ['order_id', 'items', 'avg_weight_oz', 'gift_wrap', 'ship_km', 'repeat_customer', 'discount_pct', 'total_cents'], rows, ';');
  console.log('total cents', stats(out));
}

/** burn.csv: tab-separated wick test log -> burn time in hours and minutes. */
function burn(): void {
  const next = rng(16805);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 800; i++) {
    const wax = Math.round(clamp(Math.exp(normal(next, 5.3, 0.45)), 60, 900));
    const wick = r1(clamp(normal(next, 4, 1), 2, 7));
    const diam = r1(clamp(normal(next, 8, 1.5), 5, 12));
    const frag = r1(clamp(normal(next, 8, 2), 2, 12));
    const coconut = next() < 0.3 ? 1 : 0;
    const hours = r1(clamp(wax * 0.16 * (1 - 0.08 * (wick - 4)) * (1 + 0.1 * coconut) * (1 - 0.01 * (frag - 8)) + normal(next, 0, 1.5), 5, 300));
    out.push(hours);
    rows.push([`WT-${3300 + i}`, wax, wick, diam, frag, coconut, hours, Math.round(hours * 60)]);
  }
  write('burn.csv', ['test_id', 'wax_g', 'wick_mm', 'vessel_cm', 'fragrance_pct', 'coconut_blend', 'burn_h', 'burn_min'], rows, '\t');
  console.log('burn h', stats(out));
}

soap();
scent();
frost();
orders();
burn();
