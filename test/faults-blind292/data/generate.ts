/**
 * Blind set 292 (tofu makers): writes the CSVs in this folder, seeded from 292.
 * Run once: npx tsx test/faults-blind292/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const r = rng(292);
const r2 = rng(292 * 7 + 1);
const r3 = rng(292 * 13 + 5);

// batches.csv: one row per pressing batch in a small tofu shop.
// soy_kg dry beans (skewed: mostly 40-80, some big 150+ wholesale days), water_l ~ 8x soy (collinear),
// soak_h (overnight 8-14 h, summer shorter), room_c, boil_c, nigari_g (coagulant, per kg soy),
// press_min, press_kg weight, humidity_pct (no effect), okara_kg (by-product, collinear with soy).
// Targets: yield_kg (tofu out), firmness class (silken/soft/firm/extra_firm, extra_firm rare),
// curdle_fail 0/1 (curd did not set, ~13%).
const header = ['batch_id', 'started', 'soy_kg', 'water_l', 'soak_h', 'room_c', 'boil_c', 'nigari_g', 'press_min', 'press_kg', 'humidity_pct', 'okara_kg', 'yield_kg', 'firmness', 'curdle_fail'];
const rows: (string | number)[][] = [];
const n = 480;
for (let i = 0; i < n; i++) {
  const wholesale = r() < 0.12;
  const soy = wholesale ? clamp(normal(r, 160, 25), 110, 220) : clamp(Math.exp(normal(r, Math.log(58), 0.25)), 25, 110);
  const water = soy * clamp(normal(r, 8.2, 0.5), 6.5, 10);
  const room = clamp(normal(r, 21, 5), 8, 34);
  const soak = clamp(16 - 0.3 * room + normal(r, 0, 1.2), 5, 16);
  const boil = clamp(normal(r, 97, 2), 90, 101);
  const nigari = soy * clamp(normal(r, 12, 2.5), 5, 20); // grams
  const pressMin = clamp(normal(r, 25, 8), 5, 50);
  const pressKg = clamp(normal(r, 12, 4), 2, 25);
  const hum = clamp(normal(r, 60, 12), 30, 95);
  const okara = soy * clamp(normal(r, 1.25, 0.08), 1, 1.5);
  const ratio = water / soy, dose = nigari / soy;
  // Yield per kg soy falls with more pressing and more water dilution; noise ~6%.
  const perKg = 2.9 - 0.018 * pressMin - 0.03 * pressKg + 0.06 * (ratio - 8) + 0.02 * (soak - 10) - 0.015 * Math.abs(dose - 12);
  const yieldKg = soy * perKg * (1 + normal(r, 0, 0.06));
  // Firmness score from pressing and coagulant.
  const fs_ = 0.09 * pressMin + 0.12 * pressKg + 0.12 * (dose - 12) - 0.25 * (ratio - 8) + normal(r, 0, 0.45);
  const firmness = fs_ < 2.4 ? 'silken' : fs_ < 3.6 ? 'soft' : fs_ < 5.2 ? 'firm' : 'extra_firm';
  // Curdling fails with low boil, too little coagulant, cold room.
  const z = -2.3 - 0.55 * (boil - 97) - 0.35 * (dose - 12) - 0.08 * (room - 21) + normal(r, 0, 0.4);
  const fail = r() < sigmoid(z * 1.6) ? 1 : 0;
  const day = 1 + Math.floor(i / 3);
  const month = 1 + Math.floor((day - 1) / 28) % 12;
  const started = `2023-${String(month).padStart(2, '0')}-${String(((day - 1) % 28) + 1).padStart(2, '0')}T0${4 + (i % 3) * 2}:30`;
  rows.push([`TF-${String(1000 + i)}`, started, +soy.toFixed(1), +water.toFixed(0), +soak.toFixed(1), +room.toFixed(1), +boil.toFixed(1), +nigari.toFixed(0), +pressMin.toFixed(0), +pressKg.toFixed(1), +hum.toFixed(0), +okara.toFixed(1), +yieldKg.toFixed(2), firmness, fail]);
}
const toCsv = (h: string[], rs: (string | number)[][], sep = ',', decComma = false) =>
  [h.join(sep), ...rs.map((row) => row.map((v) => (typeof v === 'number' && decComma ? String(v).replace('.', ',') : String(v))).join(sep))].join('\n') + '\n';
fs.writeFileSync(path.join(dir, 'batches.csv'), toCsv(header, rows));
// The same log exported from a German-locale spreadsheet: semicolons, decimal commas.
fs.writeFileSync(path.join(dir, 'batches-export.csv'), toCsv(header, rows.slice(0, 300), ';', true));
// A copy where the night shift left gaps: NA, empty and '-' markers.
const gaps = rows.map((row) => row.slice());
for (const row of gaps) {
  if (r2() < 0.06) row[4] = 'NA';
  if (r2() < 0.04) row[5] = '';
  if (r2() < 0.03) row[9] = '-';
}
fs.writeFileSync(path.join(dir, 'batches-gaps.csv'), toCsv(header, gaps));

// shop-sales.csv (tab-separated, from the till software): daily sales at the farm shop.
// weekday 0-6, temp_c, rain_mm (skewed), holiday 0/1, promo 0/1, price_eur (per block),
// market_day 0/1; target blocks_sold (hundreds) and revenue_eur (collinear with blocks).
const sh = ['date', 'weekday', 'temp_c', 'rain_mm', 'holiday', 'promo', 'price_eur', 'market_day', 'blocks_sold', 'revenue_eur'];
const srows: (string | number)[][] = [];
for (let d = 0; d < 365; d++) {
  const wd = d % 7;
  const temp = 12 + 10 * Math.sin((2 * Math.PI * (d - 100)) / 365) + normal(r3, 0, 3);
  const rain = r3() < 0.35 ? Math.exp(normal(r3, 1, 1)) : 0;
  const hol = r3() < 0.04 ? 1 : 0;
  const promo = r3() < 0.15 ? 1 : 0;
  const price = +(3.2 - 0.4 * promo + normal(r3, 0, 0.1)).toFixed(2);
  const market = wd === 5 ? 1 : 0;
  const blocks = Math.max(20, 180 + 90 * market + 60 * hol + 70 * promo - 3.5 * temp - 4 * Math.min(rain, 20) - 40 * (price - 3) + (wd === 0 ? -60 : 0) + normal(r3, 0, 18));
  const date = `2023-${String(1 + Math.floor(d / 31)).padStart(2, '0')}-${String((d % 31) + 1).padStart(2, '0')}`;
  srows.push([date, wd, +temp.toFixed(1), +rain.toFixed(1), hol, promo, price, market, Math.round(blocks), +(Math.round(blocks) * price).toFixed(2)]);
}
fs.writeFileSync(path.join(dir, 'shop-sales.csv'), toCsv(sh, srows, '\t'));
console.log('wrote batches.csv, batches-export.csv, batches-gaps.csv, shop-sales.csv');
