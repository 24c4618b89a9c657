/**
 * Writes the CSVs of blind fault set 180 (sailmakers and ship chandlers), seeded so every run gives
 * the same files: `npx tsx test/faults-blind180/data/generate.ts`.
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
const dc = (x: number) => String(x).replace('.', ',');

/** orders.csv: sail loft orders -> order total in euros (skewed); a copy with "NA" cloth weights (ERP export gaps). */
function orders(): void {
  const next = rng(18001);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1709251200;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 5400);
    const boat = 1000 + Math.floor(next() * 600);
    const loa = r1(clamp(Math.exp(normal(next, 2.4, 0.3)), 5, 30));
    const area = r1(clamp(0.35 * loa * loa * Math.exp(normal(next, 0, 0.12)), 4, 400));
    const gsm = Math.round(clamp(120 + 9 * loa + normal(next, 0, 25), 90, 600));
    const seam = r1(area * (1.6 + 0.4 * next()));
    const wind = Math.round(clamp(normal(next, 22, 6), 8, 50));
    const rope = Math.round(clamp(loa * 0.7 + normal(next, 0, 1), 4, 24));
    const rush = next() < 0.15 ? 1 : 0;
    const total = Math.round(area * (gsm / 100) * 38 * (1 + 0.4 * rush) * Math.exp(normal(next, 0, 0.08)) + 25 * rope + 150);
    out.push(total);
    const row: (string | number)[] = [`SO-${40000 + i}`, stamp(t), `BT-${boat}`, loa, area, r2(area * 10.7639), gsm, seam, wind, rope, rush, total];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[6] = 'NA';
    na.push(n);
  }
  const header = ['order_id', 'ordered_at', 'boat_id', 'loa_m', 'sail_area_m2', 'sail_area_ft2', 'cloth_gsm', 'seam_m', 'wind_rating_kn', 'rope_mm', 'rush', 'order_total_eur'];
  write('orders.csv', header, rows);
  write('orders-na.csv', header, na);
  console.log('order totals', stats(out));
}

/** sailtype.csv: loft floor measurements -> sail type (main/genoa/jib/spinnaker/rare storm_jib); bench number has no effect. */
function sailtype(): void {
  const next = rng(18002);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const type = u < 0.32 ? 'main' : u < 0.56 ? 'genoa' : u < 0.76 ? 'jib' : u < 0.955 ? 'spinnaker' : 'storm_jib';
    counts[type] = (counts[type] ?? 0) + 1;
    const area = r1(clamp(type === 'main' ? normal(next, 40, 10) : type === 'genoa' ? normal(next, 48, 12) : type === 'jib' ? normal(next, 22, 6) : type === 'spinnaker' ? normal(next, 95, 25) : normal(next, 7, 2), 2, 250));
    const gsm = Math.round(clamp(type === 'spinnaker' ? normal(next, 45, 8) : type === 'storm_jib' ? normal(next, 420, 50) : type === 'main' ? normal(next, 290, 40) : normal(next, 250, 40), 25, 600));
    const luffFoot = r2(clamp(type === 'main' ? normal(next, 3.0, 0.3) : type === 'genoa' ? normal(next, 1.5, 0.2) : type === 'jib' ? normal(next, 2.3, 0.25) : type === 'spinnaker' ? normal(next, 1.1, 0.15) : normal(next, 2.6, 0.3), 0.5, 5));
    const battens = type === 'main' ? 3 + Math.floor(next() * 3) : type === 'jib' ? Math.floor(next() * 2) : 0;
    const wind = Math.round(clamp(type === 'spinnaker' ? normal(next, 14, 3) : type === 'storm_jib' ? normal(next, 45, 5) : normal(next, 25, 5), 5, 70));
    const bench = 1 + Math.floor(next() * 8);
    rows.push([`SL-${70000 + i * 3}`, area, gsm, luffFoot, battens, wind, bench, type]);
  }
  write('sailtype.csv', ['sail_id', 'area_m2', 'cloth_gsm', 'luff_foot_ratio', 'battens', 'wind_rating_kn', 'loft_bench', 'sail_type'], rows);
  console.log('sail types', counts);
}

/** warranty.csv: delivered sails -> a rare warranty claim flag; the thread lot number has no effect. */
function warranty(): void {
  const next = rng(18003);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const area = r1(clamp(Math.exp(normal(next, 3.5, 0.6)), 5, 300));
    const gsm = Math.round(clamp(normal(next, 260, 70), 60, 550));
    const wind = Math.round(clamp(normal(next, 22, 7), 6, 55));
    const use = Math.round(clamp(Math.exp(normal(next, 4.5, 0.8)), 2, 2000));
    const uv = next() < 0.5 ? 1 : 0;
    const seamsPerM = r2(clamp(normal(next, 1.8, 0.4), 0.6, 3.5));
    const lot = 200000 + Math.floor(next() * 700000);
    const z = -4.2 + 1.2 * (Math.log(use) - 4.5) + 0.09 * (wind - 22) - 0.006 * (gsm - 260) - 1.6 * uv + 0.8 * (seamsPerM - 1.8);
    const claim = next() < sigmoid(z) ? 1 : 0;
    pos += claim;
    rows.push([`WD-${5500 + i}`, area, gsm, wind, use, uv, seamsPerM, lot, claim]);
  }
  write('warranty.csv', ['delivery_id', 'area_m2', 'cloth_gsm', 'wind_rating_kn', 'hours_used', 'uv_strip', 'seams_per_m', 'thread_lot', 'warranty_claim'], rows);
  console.log('warranty claims', pos, '/ 1200');
}

/** cloth.csv (semicolon export, decimal commas): boat and sail -> specified cloth weight g/m2. */
function cloth(): void {
  const next = rng(18004);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 800; i++) {
    const loa = r1(clamp(Math.exp(normal(next, 2.4, 0.3)), 5, 30));
    const disp = Math.round(clamp(Math.exp(normal(next, 8.3, 0.6)) * (loa / 11), 300, 60000));
    const area = r1(clamp(0.35 * loa * loa * Math.exp(normal(next, 0, 0.1)), 4, 400));
    const wind = Math.round(clamp(normal(next, 22, 6), 8, 50));
    const race = next() < 0.3 ? 1 : 0;
    const gsm = r1(clamp(60 + 4.5 * Math.sqrt(area) * (wind / 22) + 0.004 * disp - 40 * race + normal(next, 0, 10), 40, 600));
    out.push(gsm);
    rows.push([`BT-${2000 + i}`, dc(loa), disp, dc(area), wind, race, dc(gsm)]);
  }
  write('cloth.csv', ['boat_id', 'loa_m', 'displacement_kg', 'sail_area_m2', 'wind_rating_kn', 'racing', 'cloth_gsm'], rows, ';');
  console.log('cloth gsm', stats(out));
}

/** chandlery.csv (tab-separated): counter sales of rope -> metres of rope sold per ticket (skewed); till number has no effect. */
function chandlery(): void {
  const next = rng(18005);
  const rows: (string | number)[][] = [], out: number[] = [];
  let t = 1714521600;
  for (let i = 0; i < 900; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3000);
    const dia = [6, 8, 10, 12, 14, 16, 20][Math.floor(next() * 7)];
    const loa = r1(clamp(Math.exp(normal(next, 2.4, 0.3)), 5, 30));
    const halyard = next() < 0.5 ? 1 : 0;
    const month = new Date(t * 1000).getUTCMonth() + 1;
    const season = month >= 4 && month <= 9 ? 1 : 0;
    const price = r2(0.08 * dia * dia / 4 + 0.5);
    const till = 1 + Math.floor(next() * 4);
    const metres = r1(clamp(loa * (halyard ? 2.2 : 1.2) + 0.3 * dia + 4 * season + normal(next, 0, 2), 1, 120));
    out.push(metres);
    rows.push([`TK-${90000 + i}`, stamp(t), dia, loa, halyard, season, price, till, metres, r1(metres * 3.28084)]);
  }
  write('chandlery.csv', ['ticket_id', 'sold_at', 'rope_mm', 'boat_loa_m', 'halyard', 'season', 'price_eur_m', 'till', 'metres', 'feet'], rows, '\t');
  console.log('rope metres', stats(out));
}

orders();
sailtype();
warranty();
cloth();
chandlery();
