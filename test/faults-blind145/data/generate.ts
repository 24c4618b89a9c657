/**
 * Writes the CSVs of blind fault set 145 (plant breeding and seed banks), seeded so every run gives
 * the same files: `npx tsx test/faults-blind145/data/generate.ts`.
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

/** germination.csv: seed bank viability tests -> germination %; a copy with "NA" moisture cells. */
function germination(): void {
  const next = rng(14501);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1577836800;
  for (let i = 0; i < 800; i++) {
    t += Math.floor(next() * 86400 * 2);
    const years = r1(clamp(Math.exp(normal(next, 1.8, 0.8)), 0.2, 60));
    const moisture = r1(clamp(normal(next, 7, 1.5), 3, 14));
    const temp = next() < 0.6 ? -18 : next() < 0.5 ? 5 : 20;
    const mg = r1(clamp(Math.exp(normal(next, 3.6, 0.4)), 8, 200));
    const vigor = r2(clamp(normal(next, 1, 0.15), 0.5, 1.5));
    const z = 3.2 - 0.09 * years * (temp > 0 ? 2.2 : 1) - 0.35 * (moisture - 7) + 1.5 * (vigor - 1) + 0.004 * (mg - 40) + normal(next, 0, 0.15);
    const g = r1(100 * sigmoid(z));
    out.push(g);
    const row: (string | number)[] = [`ACC-${String(10000 + i * 3)}`, stamp(t), years, moisture, temp, mg, r2(mg / 64.79891), vigor, g];
    rows.push(row);
    const n = [...row];
    if (i % 29 === 7) n[3] = 'NA';
    na.push(n);
  }
  const header = ['accession_id', 'test_ts', 'storage_years', 'seed_moisture_pct', 'storage_temp_c', 'seed_weight_mg', 'seed_weight_grains', 'vigor_index', 'germination_pct'];
  write('germination.csv', header, rows);
  write('germination-na.csv', header, na);
  console.log('germination %', stats(out));
}

/** variety.csv: plot phenotypes -> variety (5 classes, one rare landrace); the plot number has no effect. */
function variety(): void {
  const next = rng(14502);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const V: Record<string, number[]> = { // tkw g, days to flowering, height cm, awn mm, protein %
    Anza: [38, 62, 85, 2, 11.5], Borlaug: [45, 70, 95, 40, 12.5], Cerro: [32, 55, 110, 60, 13.8], Dakota: [50, 78, 75, 10, 10.8], Landrace7: [28, 90, 140, 75, 15],
  };
  for (let i = 0; i < 900; i++) {
    const u = next();
    const v = u < 0.28 ? 'Anza' : u < 0.52 ? 'Borlaug' : u < 0.74 ? 'Cerro' : u < 0.96 ? 'Dakota' : 'Landrace7';
    counts[v] = (counts[v] ?? 0) + 1;
    const m = V[v];
    rows.push([`PLT-${2023}-${String(i + 1).padStart(4, '0')}`, 1 + Math.floor(next() * 400), r1(normal(next, m[0], 3)), Math.round(normal(next, m[1], 3.5)), Math.round(normal(next, m[2], 7)), r1(clamp(normal(next, m[3], 6), 0, 120)), r1(normal(next, m[4], 0.5)), v]);
  }
  write('variety.csv', ['plot_code', 'plot_number', 'tkw_g', 'days_to_flowering', 'height_cm', 'awn_mm', 'protein_pct', 'variety'], rows);
  console.log('varieties', counts);
}

/** offtype.csv: seed-lot rogueing -> rare off-type flag; the tray serial has no effect. */
function offtype(): void {
  const next = rng(14503);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1000; i++) {
    const hdev = r1(normal(next, 0, 8));
    const fdev = Math.round(normal(next, 0, 3));
    const colour = Math.round(clamp(normal(next, 5, 1.5), 1, 9));
    const gen = 1 + Math.floor(next() * 8);
    const isolation = Math.round(clamp(Math.exp(normal(next, 5, 0.8)), 10, 3000));
    const tray = 100000 + Math.floor(next() * 900000);
    const z = -7.0 + 0.18 * Math.abs(hdev) + 0.45 * Math.abs(fdev) + 0.6 * Math.abs(colour - 5) + 0.25 * gen - 0.6 * (Math.log(isolation) - 5);
    const off = next() < sigmoid(2.5 * z + 2) ? 1 : 0;
    pos += off;
    rows.push([`LOT-${String(500 + (i % 40))}`, 1680000000 + i * 5400, hdev, fdev, colour, gen, isolation, tray, off]);
  }
  write('offtype.csv', ['seed_lot', 'inspect_epoch', 'height_dev_cm', 'flowering_dev_d', 'hull_colour_score', 'generation', 'isolation_m', 'tray_serial', 'off_type'], rows);
  console.log('off-type', pos, '/ 1000');
}

/** yield.csv: semicolon trial export with decimal commas -> plot yield in kg/ha and bu/acre. */
function plotYield(): void {
  const next = rng(14504);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 700; i++) {
    const n = Math.round(clamp(normal(next, 120, 45), 0, 260));
    const rain = Math.round(clamp(normal(next, 420, 110), 150, 800));
    const dtf = Math.round(normal(next, 68, 6));
    const density = Math.round(clamp(normal(next, 250, 60), 80, 450));
    const ph = r1(clamp(normal(next, 6.6, 0.6), 4.8, 8.2));
    const kg = Math.round(clamp(1500 + 22 * n - 0.05 * n * n + 5 * rain - 0.004 * rain * rain + 4 * density - 30 * (dtf - 68) - 500 * (ph - 6.6) ** 2 + normal(next, 0, 250), 300, 12000));
    out.push(kg);
    rows.push([`TRL-${String(i + 1).padStart(4, '0')}`, 1 + (i % 6), n, rain, dtf, density, dc(ph), kg, dc(r1(kg / 67.25))]);
  }
  write('yield.csv', ['plot_id', 'site', 'nitrogen_kg_ha', 'rainfall_mm', 'days_to_flowering', 'plants_m2', 'soil_ph', 'yield_kg_ha', 'yield_bu_acre'], rows, ';');
  console.log('yield kg/ha', stats(out));
}

/** flowering.csv: tab-separated nursery log -> days to flowering (photoperiod, degree days, vernalization). */
function flowering(): void {
  const next = rng(14505);
  const rows: (string | number)[][] = [], out: number[] = [];
  for (let i = 0; i < 750; i++) {
    const photo = r1(clamp(normal(next, 13, 1.5), 9, 17));
    const gdd = Math.round(clamp(normal(next, 14, 3), 6, 24) * 100);
    const vern = Math.round(clamp(normal(next, 30, 18), 0, 70));
    const lat = r2(clamp(normal(next, 45, 6), 25, 60));
    const doy = 60 + Math.floor(next() * 120);
    const days = Math.round(clamp(120 - 4 * (photo - 13) - 0.25 * (gdd / 10 - 140) - 0.5 * vern + 0.02 * (vern - 30) ** 2 + normal(next, 0, 2), 30, 220));
    out.push(days);
    rows.push([`ACC-${20000 + i}`, doy, photo, gdd, vern, lat, days]);
  }
  write('flowering.csv', ['accession_id', 'sow_doy', 'photoperiod_h', 'gdd_base5', 'vernalization_d', 'latitude', 'days_to_flowering'], rows, '\t');
  console.log('days to flowering', stats(out));
}

germination();
variety();
offtype();
plotYield();
flowering();
