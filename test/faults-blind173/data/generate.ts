/**
 * Writes the CSVs of blind fault set 173 (watch, clock and jewellery repairers), seeded so every run
 * gives the same files: `npx tsx test/faults-blind173/data/generate.ts`.
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
const BEATS = [18000, 21600, 28800, 36000];

/** service.csv: movement service tickets -> bench minutes; a copy with "NA" amplitudes (timegrapher not run). */
function service(): void {
  const next = rng(17301);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704096000;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 5000);
    const bench = 1 + Math.floor(next() * 6);
    const bph = BEATS[Math.floor(next() * 4)];
    const days = Math.round(clamp(Math.exp(normal(next, 7.2, 0.8)), 60, 15000));
    const amp = Math.round(clamp(normal(next, 290 - 0.012 * days, 25), 120, 320));
    const dev = r1(clamp(normal(next, 0.004 * days / 10, 8), -60, 120));
    const jewels = [17, 21, 25, 27][Math.floor(next() * 4)];
    const complication = next() < 0.2 ? 1 : 0;
    const mins = Math.round(clamp(40 + 0.004 * days + 0.35 * (300 - amp) + 0.4 * Math.abs(dev) + 55 * complication + (bph === 36000 ? 20 : 0) + normal(next, 0, 9), 20, 600));
    out.push(mins);
    const row: (string | number)[] = [`TKT-${51000 + i}`, stamp(t), `BENCH-${String(bench).padStart(2, '0')}`, bph, amp, days, dev, jewels, complication, mins];
    rows.push(row);
    const n = [...row];
    if (i % 29 === 7) n[4] = 'NA';
    na.push(n);
  }
  const header = ['ticket_id', 'received_ts', 'bench_id', 'beat_rate_bph', 'amplitude_deg', 'days_since_service', 'rate_dev_s_day', 'jewels', 'complication', 'bench_minutes'];
  write('service.csv', header, rows);
  write('service-na.csv', header, na);
  console.log('bench minutes', stats(out));
}

/** repair.csv: intake observations -> repair type (battery/strap/crystal/overhaul/rare water-damage); the intake clerk has no effect. */
function repair(): void {
  const next = rng(17302);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.34 ? 'battery' : u < 0.56 ? 'strap' : u < 0.74 ? 'crystal' : u < 0.955 ? 'overhaul' : 'water_damage';
    counts[type] = (counts[type] ?? 0) + 1;
    const quartz = type === 'battery' ? 1 : type === 'overhaul' || type === 'water_damage' ? 0 : next() < 0.5 ? 1 : 0;
    const amp = quartz ? 0 : Math.round(clamp(type === 'overhaul' ? normal(next, 190, 30) : type === 'water_damage' ? normal(next, 140, 40) : normal(next, 270, 20), 60, 320));
    const scratch = r1(clamp(type === 'crystal' ? normal(next, 7, 1.5) : normal(next, 2, 1.2), 0, 10));
    const lugwear = r1(clamp(type === 'strap' ? normal(next, 6.5, 1.5) : normal(next, 2, 1.3), 0, 10));
    const humidity = Math.round(clamp(type === 'water_damage' ? normal(next, 85, 8) : normal(next, 30, 12), 0, 100));
    const days = Math.round(clamp(Math.exp(normal(next, type === 'battery' ? 6.5 : type === 'overhaul' ? 8 : 7, 0.6)), 10, 20000));
    const clerk = 1 + Math.floor(next() * 8);
    rows.push([`INT-${300000 + i * 3}`, quartz, amp, scratch, lugwear, humidity, days, clerk, type]);
  }
  write('repair.csv', ['intake_id', 'quartz', 'amplitude_deg', 'crystal_scratch', 'lug_wear', 'case_humidity_pct', 'days_since_service', 'clerk_no', 'repair_type'], rows);
  console.log('repair types', counts);
}

/** warranty.csv: finished services -> a rare "warranty return" flag within 12 months; the caseback serial has no effect. */
function warranty(): void {
  const next = rng(17303);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const amp = Math.round(clamp(normal(next, 275, 18), 200, 320));
    const dev = r1(clamp(normal(next, 2, 4), -15, 20));
    const years = r1(clamp(Math.exp(normal(next, 2, 0.6)), 0.5, 40));
    const parts = Math.floor(clamp(Math.exp(normal(next, 0.8, 0.7)), 0, 20));
    const rush = next() < 0.15 ? 1 : 0;
    const quote = Math.round(clamp(Math.exp(normal(next, 5.8, 0.7)), 80, 6000));
    const serial = 1000000 + Math.floor(next() * 8000000);
    const z = -4.9 - 0.05 * (amp - 275) + 0.25 * Math.abs(dev - 2) - 0.12 * (years - 7) + 0.3 * parts + 1.6 * rush;
    const flag = next() < sigmoid(z) ? 1 : 0;
    pos += flag;
    rows.push([serial, amp, dev, years, parts, rush, quote, flag]);
  }
  write('warranty.csv', ['caseback_serial', 'amplitude_after_deg', 'rate_after_s_day', 'watchmaker_years', 'parts_replaced', 'rush_job', 'quote_usd', 'warranty_return'], rows);
  console.log('warranty returns', pos, '/ 1200');
}

/** gold.csv: jewellery repair quotes, semicolon export with decimal commas -> quote in euros (skewed). */
function gold(): void {
  const next = rng(17304);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const grams = r2(clamp(Math.exp(normal(next, 1.6, 0.7)), 0.4, 80));
    const carat = [9, 14, 18, 22][Math.floor(next() * 4)];
    const stones = Math.floor(clamp(Math.exp(normal(next, 0.3, 1)), 0, 40));
    const solder = Math.floor(next() * 5);
    const rhodium = next() < 0.3 ? 1 : 0;
    const price = r2(clamp(normal(next, 62, 4), 50, 75));
    const quote = r2(clamp(25 + grams * (carat / 24) * price * 0.35 + 14 * stones + 18 * solder + 35 * rhodium + normal(next, 0, 15), 15, 9000));
    out.push(quote);
    rows.push([`JW-${7700 + i}`, dc(grams), carat, stones, solder, rhodium, dc(price), dc(quote)]);
  }
  write('gold.csv', ['job_no', 'gold_g', 'carat', 'stones', 'solder_joints', 'rhodium', 'gold_eur_g', 'quote_eur'], rows, ';');
  console.log('quote eur', stats(out));
}

/** clock.csv: tab-separated clock restorations -> workshop hours (skewed); pendulum length in mm, weight in kg. */
function clock(): void {
  const next = rng(17305);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 700; i++) {
    const pendulum = Math.round(clamp(normal(next, 450, 250), 100, 1500));
    const age = Math.round(clamp(normal(next, 110, 50), 10, 300));
    const chime = next() < 0.45 ? 1 : 0;
    const trains = 1 + chime + (next() < 0.2 ? 1 : 0);
    const weight = r1(clamp(Math.exp(normal(next, 1.8, 0.6)), 0.8, 80));
    const bushings = Math.floor(clamp(normal(next, 4 + 0.04 * age, 3), 0, 30));
    const hours = r1(clamp(3 + 2.5 * trains + 0.9 * bushings + 0.02 * age + 0.003 * pendulum + normal(next, 0, 1.2), 1, 80));
    out.push(hours);
    rows.push([`CLK-${400 + i}`, pendulum, age, chime, trains, weight, bushings, hours]);
  }
  write('clock.csv', ['clock_id', 'pendulum_mm', 'age_years', 'chime', 'trains', 'weight_kg', 'bushings', 'hours'], rows, '\t');
  console.log('clock hours', stats(out));
}

service(); repair(); warranty(); gold(); clock();
