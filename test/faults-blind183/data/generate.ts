/**
 * Writes the CSVs of blind fault set 183 (saddlers and leatherworkers' tack rooms), seeded so every
 * run gives the same files: `npx tsx test/faults-blind183/data/generate.ts`.
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

/** repairs.csv: workshop repair log -> repair minutes; a copy with "NA" leather thickness cells. */
function repairs(): void {
  const next = rng(18301);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1735725600;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 5400);
    const horse = 100 + Math.floor(next() * 400);
    const stitches = Math.round(clamp(Math.exp(normal(next, 5.0, 0.6)), 20, 2000));
    const mm = r1(clamp(normal(next, 4.0, 0.9), 1.8, 7));
    const panel = Math.round(clamp(normal(next, 600, 200), 100, 1400));
    const reflock = next() < 0.35 ? 1 : 0;
    const tree = next() < 0.12 ? 1 : 0;
    const years = r1(clamp(normal(next, 12, 8), 0.5, 45));
    const mins = Math.round(clamp(15 + stitches * 0.35 * (1 + 0.15 * (mm - 4)) + panel * 0.05 + 60 * reflock + 150 * tree - 1.2 * years + normal(next, 0, 8), 10, 2000));
    out.push(mins);
    const row: (string | number)[] = [`JOB-${31000 + i}`, stamp(t), `H-${horse}`, stitches, mm, panel, reflock, tree, years, mins];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[4] = 'NA';
    na.push(n);
  }
  const header = ['job_id', 'received_ts', 'horse_id', 'stitch_count', 'leather_mm', 'panel_cm2', 'reflock', 'tree_repair', 'saddler_years', 'repair_min'];
  write('repairs.csv', header, rows);
  write('repairs-na.csv', header, na);
  console.log('repair min', stats(out));
}

/** saddles.csv: measurements -> saddle type (dressage/jumping/general/western/endurance/rare side-saddle); bench number has no effect. */
function saddles(): void {
  const next = rng(18302);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const P: Record<string, [number, number, number, number, number]> = {
    // tree width cm, seat inches, flap length cm, weight kg, horn probability
    dressage: [29, 17.5, 44, 8.5, 0], jumping: [28, 17, 36, 6.5, 0], general: [28.5, 17, 40, 7.5, 0],
    western: [31, 16, 20, 14, 1], endurance: [30, 17.5, 30, 9.5, 0.3], side: [29.5, 18, 38, 11, 0],
  };
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.26 ? 'dressage' : u < 0.48 ? 'jumping' : u < 0.68 ? 'general' : u < 0.85 ? 'western' : u < 0.96 ? 'endurance' : 'side';
    counts[type] = (counts[type] ?? 0) + 1;
    const p = P[type];
    const tw = r1(normal(next, p[0], 0.7));
    const seat = r1(normal(next, p[1], 0.4));
    const flap = r1(normal(next, p[2], 2.0));
    const kg = r1(normal(next, p[3], 0.7));
    const horn = next() < p[4] ? 1 : 0;
    const pommel = type === 'side' ? 2 : 1;
    const value = Math.round(clamp(Math.exp(normal(next, type === 'western' ? 8.0 : 7.4, 0.6)), 300, 20000));
    const bench = 1 + Math.floor(next() * 8);
    rows.push([`ORD-${55000 + i * 3}`, bench, tw, seat, flap, kg, horn, pommel, value, type]);
  }
  write('saddles.csv', ['order_id', 'bench_no', 'tree_width_cm', 'seat_in', 'flap_cm', 'weight_kg', 'horn', 'pommels', 'order_value_eur', 'saddle_type'], rows);
  console.log('saddle types', counts);
}

/** fitting.csv: fitting appointments -> a rare "returned fitting" flag; the rivet lot has no effect. */
function fitting(): void {
  const next = rng(18303);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const withers = r1(normal(next, 28, 2));
    const tree = r1(withers + normal(next, 0.5, 1.6));
    const girth = Math.round(normal(next, 120, 10));
    const age = Math.round(clamp(normal(next, 11, 5), 3, 28));
    const value = Math.round(clamp(Math.exp(normal(next, 7.3, 0.7)), 200, 15000));
    const days = Math.round(clamp(Math.exp(normal(next, 3, 0.5)), 3, 200));
    const lot = 400000 + Math.floor(next() * 500000);
    const z = -5.6 + 2.0 * Math.abs(tree - withers - 0.5) - 0.02 * (age - 11) + 0.2 * (Math.log(value) - 7.3);
    const ret = next() < sigmoid(z) ? 1 : 0;
    pos += ret;
    rows.push([`H-${1000 + (i * 7) % 900}`, 1735725600 + i * 2700, withers, tree, girth, age, value, days, lot, ret]);
  }
  write('fitting.csv', ['horse_id', 'fit_epoch', 'wither_width_cm', 'tree_width_cm', 'girth_cm', 'horse_age_y', 'order_value_eur', 'delivery_days', 'rivet_lot', 'returned'], rows);
  console.log('returned', pos, '/ 1100');
}

/** girths.csv: semicolon export with decimal commas -> girth length cm needed (in cm and inches). */
function girths(): void {
  const next = rng(18304);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const hands = r1(clamp(normal(next, 15.8, 1.0), 12, 18.2));
    const heart = r1(clamp(170 + (hands - 15.8) * 12 + normal(next, 0, 8), 130, 230));
    const kg = Math.round(clamp(heart * heart * 0.0185 + normal(next, 0, 20), 200, 900));
    const dressage = next() < 0.45 ? 1 : 0;
    const len = r1(clamp(heart * (dressage ? 0.38 : 0.62) - 2 + normal(next, 0, 1.2), 40, 150));
    out.push(len);
    rows.push([`H-${2000 + i}`, dc(hands), dc(heart), kg, dc(r2(heart / 2.54)), dressage, dc(len), dc(r1(len / 2.54))]);
  }
  write('girths.csv', ['horse_id', 'height_hh', 'heart_girth_cm', 'weight_kg', 'heart_girth_in', 'dressage_girth', 'girth_cm', 'girth_in'], rows, ';');
  console.log('girth cm', stats(out));
}

/** orders.csv: tab-separated order book -> skewed order value (euros and cents). */
function orders(): void {
  const next = rng(18305);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 850; i++) {
    const items = 1 + Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.2);
    const hand = next() < 0.4 ? 1 : 0;
    const grade = 1 + Math.floor(next() * 3);
    const custom = next() < 0.25 ? 1 : 0;
    const rush = next() < 0.1 ? 1 : 0;
    const hours = r1(clamp(normal(next, 6 + 10 * hand + 14 * custom, 2), 0.5, 60));
    const eur = Math.round(clamp(Math.exp(5.2 + 0.5 * Math.log(items) + 0.3 * grade + 0.7 * custom + 0.25 * rush + 0.04 * hours + normal(next, 0, 0.08)), 50, 60000));
    out.push(eur);
    rows.push([`PO-${90000 + i}`, stamp(1735725600 + i * 8000), items, hand, grade, custom, rush, hours, eur, eur * 100]);
  }
  write('orders.csv', ['po_id', 'ordered_at', 'items', 'hand_stitched', 'leather_grade', 'custom_tree', 'rush', 'bench_hours', 'value_eur', 'value_cents'], rows, '\t');
  console.log('order eur', stats(out));
}

repairs();
saddles();
fitting();
girths();
orders();
