/**
 * Writes the CSVs of blind fault set 188 (hatters and milliners), seeded so every run gives the same
 * files: `npx tsx test/faults-blind188/data/generate.ts`.
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

/** headsize.csv: fitting-room measurements -> head circumference cm (and inches); a copy with "NA" ear-to-ear cells. */
function headsize(): void {
  const next = rng(18801);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704100000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 5000);
    const height = r1(clamp(normal(next, 171, 9), 145, 200));
    const age = Math.round(clamp(normal(next, 42, 15), 8, 90));
    const weight = r1(clamp(normal(next, 72 + 0.6 * (height - 171), 11), 30, 140));
    const ear = Math.round(clamp(normal(next, 330 + 0.9 * (height - 171), 12), 270, 400));
    const hair = r1(clamp(Math.exp(normal(next, 0.5, 0.8)), 0.1, 30));
    const head = r1(clamp(34 + 0.06 * height + 0.04 * ear - 0.00 * age + 0.05 * Math.min(age, 18) + 0.08 * hair + 0.02 * weight + normal(next, 0, 0.5), 48, 66));
    out.push(head);
    const row: (string | number)[] = [`ORD-${31000 + i}`, stamp(t), `CUS-${1000 + Math.floor(next() * 600)}`, height, age, weight, ear, hair, head, r2(head / 2.54)];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[6] = 'NA';
    na.push(n);
  }
  const header = ['order_id', 'fitted_at', 'customer_id', 'height_cm', 'age_y', 'weight_kg', 'ear_to_ear_mm', 'hair_mm', 'head_cm', 'head_in'];
  write('headsize.csv', header, rows);
  write('headsize-na.csv', header, na);
  console.log('head cm', stats(out));
}

/** style.csv: workroom tickets -> hat style (fedora/trilby/cloche/boater/rare pillbox); the block number has no effect. */
function style(): void {
  const next = rng(18802);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const s = u < 0.32 ? 'fedora' : u < 0.55 ? 'trilby' : u < 0.75 ? 'cloche' : u < 0.95 ? 'boater' : 'pillbox';
    counts[s] = (counts[s] ?? 0) + 1;
    const brim = Math.round(clamp(s === 'fedora' ? normal(next, 60, 8) : s === 'trilby' ? normal(next, 35, 6) : s === 'cloche' ? normal(next, 20, 8) : s === 'boater' ? normal(next, 65, 8) : normal(next, 2, 2), 0, 120));
    const crown = Math.round(clamp(s === 'fedora' ? normal(next, 120, 10) : s === 'trilby' ? normal(next, 100, 8) : s === 'cloche' ? normal(next, 130, 12) : s === 'boater' ? normal(next, 75, 8) : normal(next, 60, 10), 30, 200));
    const felt = Math.round(clamp(s === 'boater' ? normal(next, 40, 15) : s === 'pillbox' ? normal(next, 60, 20) : normal(next, s === 'cloche' ? 110 : 150, 25), 5, 300));
    const straw = s === 'boater' ? (next() < 0.9 ? 1 : 0) : next() < 0.08 ? 1 : 0;
    const steam = r1(clamp(Math.exp(normal(next, s === 'cloche' ? 2.6 : 2.1, 0.4)), 1, 60));
    const ribbon = Math.round(clamp(normal(next, s === 'boater' ? 30 : 18, 5), 0, 60));
    const block = 100 + Math.floor(next() * 400);
    rows.push([`TKT-${55000 + i * 3}`, brim, crown, felt, straw, steam, ribbon, block, s]);
  }
  write('style.csv', ['ticket_id', 'brim_mm', 'crown_mm', 'felt_g', 'straw', 'steam_min', 'ribbon_mm', 'block_no', 'style'], rows);
  console.log('styles', counts);
}

/** refit.csv: sold hats -> a rare "refitted" flag; the clerk number has no effect. */
function refit(): void {
  const next = rng(18803);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1100; i++) {
    const head = r1(clamp(normal(next, 57.5, 2), 50, 65));
    const ordered = r1(head + normal(next, 0, 0.9));
    const felt = Math.round(clamp(normal(next, 140, 40), 20, 300));
    const days = Math.round(clamp(Math.exp(normal(next, 2, 0.7)), 1, 120));
    const online = next() < 0.35 ? 1 : 0;
    const clerk = 1 + Math.floor(next() * 14);
    const z = -3.8 + 1.6 * Math.abs(ordered - head) + 1.3 * online + 0.02 * (days - 8) - 0.004 * (felt - 140);
    const refitted = next() < sigmoid(z) ? 1 : 0;
    pos += refitted;
    rows.push([`CUS-${1000 + Math.floor(next() * 900)}`, 1704100000 + i * 2900, head, ordered, felt, days, online, clerk, refitted]);
  }
  write('refit.csv', ['customer_id', 'sold_epoch', 'head_cm', 'size_ordered_cm', 'felt_g', 'days_to_pickup', 'online', 'clerk_no', 'refitted'], rows);
  console.log('refitted', pos, '/ 1100');
}

/** commission.csv: semicolon export with decimal commas -> skewed commission price in euros. */
function commission(): void {
  const next = rng(18804);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 850; i++) {
    const hours = r1(clamp(Math.exp(normal(next, 2.3, 0.5)), 2, 80));
    const felt = Math.round(clamp(normal(next, 150, 45), 20, 320));
    const feathers = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.2);
    const hand = next() < 0.45 ? 1 : 0;
    const rush = next() < 0.15 ? 1 : 0;
    const brim = Math.round(clamp(normal(next, 55, 20), 0, 150));
    const price = Math.round(clamp(hours * 38 * (1 + 0.35 * hand) * (1 + 0.5 * rush) * (1 + 0.12 * feathers) * (1 + 0.002 * brim) * Math.exp(normal(next, 0, 0.12)) + felt * 0.4, 40, 50000));
    out.push(price);
    rows.push([`COM-${7000 + i}`, dc(hours), felt, feathers, hand, rush, brim, price]);
  }
  write('commission.csv', ['commission_id', 'hours', 'felt_g', 'feathers', 'hand_blocked', 'rush', 'brim_mm', 'price_eur'], rows, ';');
  console.log('price eur', stats(out));
}

/** steaming.csv: tab-separated workroom log -> steaming time in seconds and minutes. */
function steaming(): void {
  const next = rng(18805);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const felt = Math.round(clamp(normal(next, 150, 40), 30, 300));
    const brim = Math.round(clamp(normal(next, 55, 20), 0, 140));
    const humidity = Math.round(clamp(normal(next, 55, 15), 15, 95));
    const rabbit = next() < 0.4 ? 1 : 0;
    const block = 100 + Math.floor(next() * 400);
    const secs = Math.round(clamp(60 + 2.2 * felt + 1.5 * brim - 2.0 * humidity + 90 * rabbit + normal(next, 0, 25), 30, 3600));
    out.push(secs);
    rows.push([`JOB-${40000 + i}`, block, felt, brim, humidity, rabbit, secs, r2(secs / 60)]);
  }
  write('steaming.csv', ['job_id', 'block_no', 'felt_g', 'brim_mm', 'humidity_pct', 'rabbit_fur', 'steam_s', 'steam_min'], rows, '\t');
  console.log('steam s', stats(out));
}

headsize();
style();
refit();
commission();
steaming();
