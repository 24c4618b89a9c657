/**
 * Writes the CSVs of blind fault set 165 (pottery and ceramics studios), seeded so every run gives the
 * same files: `npx tsx test/faults-blind165/data/generate.ts`.
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
/** Orton cone from peak temperature (roughly: cone 06 ~ 1000 C, cone 6 ~ 1220 C, cone 10 ~ 1290 C). */
const cone = (c: number) => Math.round((c - 1100) / 20);

/** firing.csv: kiln log -> firing hours; a copy with "NA" glaze thickness cells. */
function firing(): void {
  const next = rng(16501);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1704067200;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 30000);
    const kiln = 1 + Math.floor(next() * 6);
    const kg = r1(clamp(Math.exp(normal(next, 3.6, 0.5)), 5, 180));
    const peak = Math.round(clamp(next() < 0.35 ? normal(next, 1000, 25) : next() < 0.7 ? normal(next, 1220, 15) : normal(next, 1285, 12), 900, 1320));
    const glaze = r2(clamp(normal(next, 0.8, 0.25), 0.2, 2));
    const shelves = 1 + Math.floor(next() * 6);
    const ramp = Math.round(clamp(normal(next, 120, 30), 50, 250));
    const hours = r1(clamp(peak / ramp + 0.04 * kg + 0.4 * shelves + 1.5 * glaze + normal(next, 0, 0.4), 3, 30));
    out.push(hours);
    const row: (string | number)[] = [`KF-${30000 + i}`, stamp(t), `KILN-${kiln}`, kg, Math.round(kg * 1000), peak, cone(peak), glaze, shelves, ramp, hours];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[7] = 'NA';
    na.push(n);
  }
  const header = ['firing_id', 'loaded_at', 'kiln_id', 'load_kg', 'load_g', 'peak_c', 'cone', 'glaze_mm', 'shelves', 'ramp_c_per_h', 'firing_hours'];
  write('firing.csv', header, rows);
  write('firing-na.csv', header, na);
  console.log('firing hours', stats(out));
}

/** glaze.csv: test tiles -> glaze type (celadon/tenmoku/shino/ash/rare crystalline); the shelf slot has no effect. */
function glaze(): void {
  const next = rng(16502);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.32 ? 'celadon' : u < 0.56 ? 'tenmoku' : u < 0.76 ? 'shino' : u < 0.96 ? 'ash' : 'crystalline';
    counts[type] = (counts[type] ?? 0) + 1;
    const iron = r2(clamp(type === 'tenmoku' ? normal(next, 9, 1.5) : type === 'celadon' ? normal(next, 1.5, 0.5) : type === 'shino' ? normal(next, 3, 1) : type === 'ash' ? normal(next, 4, 1.2) : normal(next, 0.5, 0.3), 0, 15));
    const silica = r1(clamp(type === 'crystalline' ? normal(next, 45, 4) : type === 'shino' ? normal(next, 58, 4) : normal(next, 66, 4), 30, 80));
    const zinc = r1(clamp(type === 'crystalline' ? normal(next, 25, 4) : normal(next, 2, 1.5), 0, 40));
    const peak = Math.round(clamp(type === 'crystalline' ? normal(next, 1260, 10) : type === 'ash' ? normal(next, 1295, 12) : normal(next, 1255, 25), 1150, 1320));
    const cool = Math.round(clamp(type === 'crystalline' ? normal(next, 40, 10) : normal(next, 150, 40), 10, 300));
    const thick = r2(clamp(normal(next, type === 'shino' ? 1.2 : 0.7, 0.2), 0.1, 2.5));
    const slot = 1 + Math.floor(next() * 20);
    rows.push([`TILE-${7000 + i}`, iron, silica, zinc, peak, cone(peak), cool, thick, slot, type]);
  }
  write('glaze.csv', ['tile_id', 'iron_pct', 'silica_pct', 'zinc_pct', 'peak_c', 'cone', 'cool_c_per_h', 'thickness_mm', 'shelf_slot', 'glaze_type'], rows);
  console.log('glaze types', counts);
}

/** cracks.csv: pieces -> a rare cracked-in-kiln flag; the piece serial has no effect. */
function cracks(): void {
  const next = rng(16503);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const grams = Math.round(clamp(Math.exp(normal(next, 7.0, 0.7)), 150, 25000));
    const wall = r1(clamp(normal(next, 7, 2.5), 3, 20));
    const moisture = r1(clamp(normal(next, 3, 1.5), 0, 10));
    const ramp = Math.round(clamp(normal(next, 110, 35), 40, 260));
    const peak = Math.round(clamp(normal(next, 1220, 50), 950, 1300));
    const handles = next() < 0.3 ? 1 : 0;
    const serial = 200000 + Math.floor(next() * 700000);
    const z = -3.4 + 0.8 * (Math.log(grams) - 7) + 0.25 * (wall - 7) + 0.5 * (moisture - 3) + 0.015 * (ramp - 110) + 0.7 * handles;
    const cracked = next() < sigmoid(z) ? 1 : 0;
    pos += cracked;
    rows.push([`PC-${serial}`, 1704067200 + i * 5400, grams, wall, moisture, ramp, peak, handles, serial, cracked]);
  }
  write('cracks.csv', ['piece_id', 'fired_epoch', 'clay_g', 'wall_mm', 'moisture_pct', 'ramp_c_per_h', 'peak_c', 'handles', 'piece_serial', 'cracked'], rows);
  console.log('cracked', pos, '/ 1200');
}

/** price.csv: semicolon export with decimal commas -> skewed piece prices. */
function price(): void {
  const next = rng(16504);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 900; i++) {
    const kg = r2(clamp(Math.exp(normal(next, 0.3, 0.7)), 0.2, 25));
    const hours = r1(clamp(Math.exp(normal(next, 1.5, 0.6)), 0.5, 60));
    const glazes = 1 + Math.floor(next() * 4);
    const years = Math.round(clamp(normal(next, 12, 8), 1, 45));
    const gallery = next() < 0.25 ? 1 : 0;
    const wood = next() < 0.15 ? 1 : 0;
    const price = Math.round(clamp(25 * Math.pow(kg, 0.6) * Math.pow(hours, 0.7) * (1 + 0.15 * glazes) * (1 + 0.05 * years) * (gallery ? 2.2 : 1) * (wood ? 1.8 : 1) * Math.exp(normal(next, 0, 0.12)), 8, 40000));
    out.push(price);
    rows.push([`SKU-${10000 + i}`, dc(kg), dc(hours), glazes, years, gallery, wood, price]);
  }
  write('price.csv', ['sku', 'weight_kg', 'making_hours', 'glaze_count', 'maker_years', 'gallery', 'wood_fired', 'price_usd'], rows, ';');
  console.log('price usd', stats(out));
}

/** shrinkage.csv: tab-separated clay body tests -> fired shrinkage in micrometres per 10 cm bar and kiln energy in kWh. */
function shrinkage(): void {
  const next = rng(16505);
  const rows: (string | number)[][] = [], out: number[] = [], kwh: number[] = [];
  for (let i = 0; i < 800; i++) {
    const ball = r1(clamp(normal(next, 25, 8), 0, 50));
    const kaolin = r1(clamp(normal(next, 25, 6), 5, 45));
    const feldspar = r1(clamp(normal(next, 20, 5), 5, 35));
    const grog = r1(clamp(normal(next, 8, 5), 0, 25));
    const peak = Math.round(clamp(normal(next, 1230, 40), 1100, 1300));
    const hold = Math.round(clamp(normal(next, 20, 10), 0, 60));
    const shrink = Math.round(clamp(6000 + 120 * ball + 40 * kaolin + 90 * feldspar - 150 * grog + 25 * (peak - 1230) + 30 * hold + normal(next, 0, 250), 2000, 16000));
    const energy = Math.round(clamp(40 + 0.6 * (peak - 1100) + 1.1 * hold + normal(next, 0, 4), 20, 400));
    out.push(shrink);
    kwh.push(energy);
    rows.push([`BODY-${500 + i}`, `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, ball, kaolin, feldspar, grog, peak, hold, shrink, energy]);
  }
  write('shrinkage.csv', ['body_id', 'test_date', 'ball_clay_pct', 'kaolin_pct', 'feldspar_pct', 'grog_pct', 'peak_c', 'hold_min', 'shrink_um', 'kiln_kwh'], rows, '\t');
  console.log('shrink um', stats(out), 'kwh', stats(kwh));
}

firing();
glaze();
cracks();
price();
shrinkage();
