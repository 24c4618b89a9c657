/**
 * Writes the CSVs of blind fault set 160 (chocolate and confectionery makers), seeded so every run
 * gives the same files: `npx tsx test/faults-blind160/data/generate.ts`.
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

/** temper.csv: tempering log -> snap score (0-100); a copy with "NA" cooling temperatures (probe dropouts). */
function temper(): void {
  const next = rng(16001);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704100000;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1800);
    const line = 1 + Math.floor(next() * 6);
    const cocoa = r1(clamp(normal(next, 60, 14), 28, 90));
    const melt = r1(clamp(normal(next, 47, 2.5), 40, 55));
    const cool = r1(clamp(normal(next, 28, 1.2), 25, 31));
    const work = r1(clamp(cool + 3 + normal(next, 0, 0.8), 27, 35));
    const speed = r2(clamp(normal(next, 4, 1.1), 1, 8));
    const kg = r1(clamp(Math.exp(normal(next, 5.3, 0.4)), 50, 900));
    const hum = r1(clamp(normal(next, 50, 10), 20, 85));
    const ideal = 31.5 - 0.05 * (cocoa - 60);
    const snap = r1(clamp(70 + 0.3 * (cocoa - 60) - 4 * (work - ideal) ** 2 - 1.5 * (speed - 4) - 0.2 * (hum - 50) + normal(next, 0, 3), 0, 100));
    out.push(snap);
    const row: (string | number)[] = [`TB-${31000 + i}`, stamp(t), `LINE-${line}`, cocoa, melt, r1(melt * 1.8 + 32), cool, work, r1(work * 1.8 + 32), speed, kg, Math.round(kg * 1000), hum, snap];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[6] = 'NA';
    na.push(n);
  }
  const header = ['batch_id', 'tempered_at', 'line_id', 'cocoa_pct', 'melt_c', 'melt_f', 'cool_c', 'work_c', 'work_f', 'conveyor_m_min', 'batch_kg', 'batch_g', 'humidity_pct', 'snap_score'];
  write('temper.csv', header, rows);
  write('temper-na.csv', header, na);
  console.log('snap', stats(out));
}

/** product.csv: recipe -> product type (dark/milk/white/praline/rare ruby); the mould number has no effect. */
function product(): void {
  const next = rng(16002);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.32 ? 'dark' : u < 0.62 ? 'milk' : u < 0.78 ? 'white' : u < 0.96 ? 'praline' : 'ruby';
    counts[type] = (counts[type] ?? 0) + 1;
    const cocoa = r1(clamp(type === 'dark' ? normal(next, 72, 8) : type === 'milk' ? normal(next, 36, 5) : type === 'white' ? normal(next, 28, 3) : type === 'praline' ? normal(next, 45, 8) : normal(next, 47, 3), 20, 99));
    const milkPowder = r1(clamp(type === 'dark' ? normal(next, 1, 1) : type === 'milk' ? normal(next, 20, 4) : type === 'white' ? normal(next, 26, 4) : type === 'praline' ? normal(next, 12, 4) : normal(next, 24, 3), 0, 40));
    const sugar = r1(clamp(100 - cocoa - milkPowder + normal(next, 0, 3), 0, 70));
    const nuts = Math.round(clamp(type === 'praline' ? normal(next, 220, 80) : normal(next, 5, 8), 0, 500));
    const acid = r2(clamp(type === 'ruby' ? normal(next, 1.8, 0.3) : normal(next, 0.4, 0.2), 0, 3));
    const mould = 1 + Math.floor(next() * 40);
    rows.push([`SKU-${5000 + i * 3}`, cocoa, milkPowder, sugar, nuts, acid, mould, type]);
  }
  write('product.csv', ['sku', 'cocoa_pct', 'milk_powder_pct', 'sugar_pct', 'nut_paste_g_per_kg', 'acidity_g_per_kg', 'mould_no', 'product_type'], rows);
  console.log('product types', counts);
}

/** bloom.csv: storage records -> a rare bloom defect flag; the pallet serial has no effect. */
function bloom(): void {
  const next = rng(16003);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const storeC = r1(clamp(normal(next, 18, 3), 10, 30));
    const swings = Math.round(clamp(Math.exp(normal(next, 1, 0.8)), 0, 40));
    const temperErr = r2(clamp(Math.abs(normal(next, 0, 0.8)), 0, 4));
    const fat = r1(clamp(normal(next, 32, 3), 24, 40));
    const days = Math.round(clamp(Math.exp(normal(next, 3.8, 0.7)), 1, 400));
    const wrapped = next() < 0.6 ? 1 : 0;
    const pallet = 200000 + Math.floor(next() * 700000);
    const z = -4 + 0.25 * (storeC - 18) + 0.12 * swings + 1.2 * temperErr + 0.6 * (Math.log(days) - 3.8) - 1.2 * wrapped;
    const y = next() < sigmoid(z) ? 1 : 0;
    pos += y;
    rows.push([`PAL-${pallet}`, storeC, r1(storeC * 1.8 + 32), swings, temperErr, fat, days, wrapped, pallet, y]);
  }
  write('bloom.csv', ['pallet_tag', 'store_c', 'store_f', 'temp_swings', 'temper_error_c', 'cocoa_butter_pct', 'days_stored', 'wrapped', 'pallet_serial', 'bloom_defect'], rows);
  console.log('bloom positives', pos, '/ 1200');
}

/** sales.csv: semicolon export with decimal commas -> weekly units sold, skewed by Easter/Christmas. */
function sales(): void {
  const next = rng(16004);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 900; i++) {
    const week = 1 + Math.floor(next() * 52);
    const toEaster = Math.min(Math.abs(week - 14), 52 - Math.abs(week - 14));
    const toXmas = Math.min(Math.abs(week - 51), 52 - Math.abs(week - 51));
    const price = r2(clamp(normal(next, 3.5, 1.2), 0.8, 9));
    const promo = next() < 0.2 ? 1 : 0;
    const shelf = Math.round(clamp(normal(next, 40, 15), 5, 120));
    const stores = Math.round(clamp(Math.exp(normal(next, 4, 0.6)), 5, 600));
    const season = 2.2 * Math.exp(-toEaster / 2) + 3 * Math.exp(-toXmas / 2.5);
    const units = Math.round(clamp(stores * Math.exp(1.5 + season * 0.6 - 0.25 * price + 0.5 * promo + 0.01 * shelf + normal(next, 0, 0.25)), 10, 1e7));
    out.push(units);
    rows.push([`W${String(week).padStart(2, '0')}-${i}`, week, toEaster, toXmas, String(price).replace('.', ','), promo, shelf, stores, units]);
  }
  write('sales.csv', ['sales_row', 'week', 'weeks_to_easter', 'weeks_to_christmas', 'price_eur', 'promo', 'shelf_cm', 'stores', 'units_sold'], rows, ';');
  console.log('units', stats(out));
}

/** enrobe.csv: tab-separated enrober log -> coating grams per piece (and the same in kg per 1,000). */
function enrobe(): void {
  const next = rng(16005);
  const rows: (string | number)[][] = [], out: number[] = [];
  let t = 1706800000;
  for (let i = 0; i < 900; i++) {
    t += 600 + Math.floor(next() * 1200);
    const choc = r1(clamp(normal(next, 31, 1), 28, 34));
    const belt = r2(clamp(normal(next, 3, 0.7), 1, 6));
    const blower = r1(clamp(normal(next, 50, 15), 10, 100));
    const centreG = r1(clamp(normal(next, 12, 3), 4, 25));
    const visc = Math.round(clamp(Math.exp(normal(next, 8, 0.3) - 0.15 * (choc - 31)), 800, 20000));
    const coat = r2(clamp(0.35 * centreG + 0.0006 * visc - 0.04 * blower - 0.6 * (belt - 3) + normal(next, 0, 0.4), 0.5, 20));
    out.push(coat);
    rows.push([`ENR-${i}`, stamp(t), choc, belt, blower, centreG, visc, coat, r2(coat)]);
  }
  write('enrobe.csv', ['run_id', 'logged_at', 'choc_c', 'belt_m_min', 'blower_pct', 'centre_g', 'viscosity_mpas', 'coating_g', 'coating_kg_per_1000'], rows, '\t');
  console.log('coating g', stats(out));
}

temper();
product();
bloom();
sales();
enrobe();
