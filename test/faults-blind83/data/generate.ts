/**
 * Writes the CSVs of the eighty-third blind fault set (breweries, wineries and distilleries),
 * seeded so every run gives the same files: `npx tsx test/faults-blind83/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const r4 = (x: number) => Math.round(x * 10000) / 10000;
const expo = (next: () => number) => -Math.log(Math.max(next(), 1e-9));

/** fermentation.csv: brewhouse fermentation log, gravity in native specific gravity, ABV and a beer style. */
function fermentation(): void {
  const next = rng(8301);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  let t = 1677628800;
  for (let i = 0; i < 520; i++) {
    t += 3600 * (4 + Math.floor(next() * 20));
    const tank = 1 + Math.floor(next() * 12);
    const temp = r1(clamp(normal(next, 17, 5), 8, 30));
    const og = r4(clamp(normal(next, 1.058, 0.012), 1.034, 1.098));
    const pitch = Math.round(clamp(Math.exp(normal(next, 7.5, 0.5)), 400, 6000));
    const hours = Math.round(72 + next() * 430);
    const sugar = next() < 0.75 ? 0 : r1(expo(next) * 18);
    const volume = Math.round(20 + next() * 100);
    const att = 0.6 + 0.01 * (temp - 17) - 0.0008 * (temp - 20) ** 2 + 0.04 * Math.log(pitch / 1800) + 0.12 * (1 - Math.exp(-hours / 110)) + normal(next, 0, 0.012);
    const fg = og - clamp(att, 0.45, 0.9) * (og - 1);
    const abv = r2((og - fg) * 131.25 + 0.3 * sugar / volume * 10 + normal(next, 0, 0.08));
    let style: string;
    if (temp < 13) style = 'lager';
    else if (temp > 23) style = 'saison';
    else if (og > 1.066) style = 'stout';
    else style = 'ale';
    if (next() < 0.04) style = ['ale', 'lager', 'saison', 'stout'][Math.floor(next() * 4)];
    const row = [2300 + i, t, tank, temp, og, pitch, hours, sugar, volume, abv, style];
    rows.push(row);
    const na = [...row];
    if (i % 41 === 17) na[3] = 'NA';
    naRows.push(na);
  }
  const header = ['batch_id', 'logged_at', 'tank_id', 'ferment_temp_c', 'original_gravity', 'pitch_ml', 'ferment_hours', 'sugar_add_kg', 'batch_volume_hl', 'abv_pct', 'style'];
  write('fermentation.csv', header, rows);
  write('fermentation-export-na.csv', header, naRows);
}

/** barrels.csv: distillery warehouse, barrel age in days, angel's share in litres and a quality grade. */
function barrels(): void {
  const next = rng(8302);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 700; i++) {
    const filled = 1262304000 + Math.floor(next() * 4.2e8);
    const age = Math.round(clamp(180 + expo(next) * 1100, 180, 5200));
    const char = 1 + Math.floor(next() * 4);
    const proof = r1(clamp(normal(next, 125, 5), 110, 140));
    const floor = 1 + Math.floor(next() * 7);
    const sherry = next() < 0.3 ? 1 : 0;
    const years = age / 365;
    const lossPct = (2 + 0.35 * floor + 0.1 * (proof - 125) / 5) * years * Math.exp(-years / 14);
    const share = r2(clamp(200 * lossPct / 100 + normal(next, 0, 0.8), 0.2, 120));
    const score = 1.1 * Math.log(years + 0.3) + 0.35 * char + 0.25 * floor / 7 + 0.6 * sherry + normal(next, 0, 0.25);
    const grade = score > 3.65 ? 'single_cask' : score > 2.2 ? 'reserve' : 'standard';
    counts[grade] = (counts[grade] ?? 0) + 1;
    rows.push([41000 + i, 7, filled, age, char, proof, floor, sherry, share, grade]);
  }
  write('barrels.csv', ['barrel_id', 'warehouse_id', 'filled_at', 'barrel_age_days', 'char_level', 'entry_proof', 'rack_floor', 'sherry_cask', 'angels_share_l', 'grade'], rows);
  console.log('barrels grades', counts);
}

/** spoilage.csv: winery cellar lots with a rare spoilage flag (volatile acidity / Brett). */
function spoilage(): void {
  const next = rng(8303);
  const rows: (string | number)[][] = [];
  let positives = 0;
  for (let i = 0; i < 1000; i++) {
    const tank = 1 + Math.floor(next() * 30);
    const ph = r2(clamp(normal(next, 3.5, 0.15), 3.05, 3.95));
    const so2 = r1(clamp(normal(next, 28, 10), 2, 65));
    const temp = r1(clamp(normal(next, 14, 3), 8, 24));
    const sugar = r1(clamp(0.5 + expo(next) * 6, 0.5, 80));
    const topup = Math.floor(expo(next) * 25);
    const volume = Math.round(clamp(Math.exp(normal(next, 8.5, 0.7)), 400, 30000));
    const z = -4.1 + 7 * (ph - 3.5) - 0.08 * (so2 - 28) + 0.22 * (temp - 14) + 0.03 * (topup - 25) + 0.03 * (sugar - 6);
    const spoiled = next() < sigmoid(z) ? 1 : 0;
    positives += spoiled;
    rows.push([880000 + i, tank, ph, so2, temp, sugar, topup, volume, spoiled]);
  }
  write('spoilage.csv', ['lot_id', 'tank_id', 'ph', 'free_so2_mg_l', 'cellar_temp_c', 'residual_sugar_g_l', 'days_since_topup', 'volume_l', 'spoiled'], rows);
  console.log(`spoilage positives ${positives}/1000`);
}

/** harvest.csv: vineyard blocks, wine yield in hectolitres. */
function harvest(): void {
  const next = rng(8304);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    const vintage = 2010 + Math.floor(next() * 15);
    const ha = r2(clamp(Math.exp(normal(next, 1.4, 0.7)), 0.4, 30));
    const vineAge = Math.round(clamp(expo(next) * 18, 2, 90));
    const rain = Math.round(clamp(normal(next, 550, 160), 180, 1000));
    const gdd = Math.round(clamp(normal(next, 1600, 250), 1000, 2300));
    const brix = r1(clamp(18 + (gdd - 1000) / 200 + normal(next, 0, 0.8), 17, 28));
    const tpha = 9 * Math.exp(-(((gdd - 1650) / 420) ** 2)) * (1 - Math.exp(-rain / 350)) * (vineAge < 5 ? 0.4 + 0.12 * vineAge : 1 - 0.004 * Math.max(0, vineAge - 30));
    const hl = Math.round(Math.max(1, ha * tpha * 7 * Math.exp(normal(next, 0, 0.08))));
    rows.push([3100 + i, vintage, ha, vineAge, rain, gdd, brix, hl]);
  }
  write('harvest.csv', ['block_id', 'vintage', 'hectares', 'vine_age_years', 'rain_mm', 'growing_degree_days', 'brix', 'yield_hl'], rows);
}

/** sales.csv: weekly case sales per SKU from the distributor feed. */
function sales(): void {
  const next = rng(8305);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 460; i++) {
    const week = 1609459200 + i * 604800;
    const sku = 500 + Math.floor(next() * 24);
    const price = Math.round(clamp(normal(next, 160, 70), 45, 420));
    const promo = next() < 0.2 ? 1 : 0;
    const temp = r1(clamp(normal(next, 15, 8), -8, 36));
    const holiday = next() < 0.12 ? 1 : 0;
    const distributors = 1 + Math.floor(next() * 14);
    const base = 40 * distributors * Math.exp(-price / 150) * (1 + 0.6 * promo) * (1 + 0.5 * holiday) * (0.7 + 0.6 * sigmoid((temp - 18) / 4));
    const cases = Math.max(0, Math.round(base * Math.exp(normal(next, 0, 0.1))));
    rows.push([week, sku, price, promo, temp, holiday, distributors, cases]);
  }
  write('sales.csv', ['week_epoch', 'sku_id', 'price_per_case', 'promo', 'avg_temp_c', 'holiday_week', 'distributors', 'cases_sold'], rows);
}

fermentation();
barrels();
spoilage();
harvest();
sales();
