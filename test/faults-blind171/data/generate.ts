/**
 * Writes the CSVs of blind fault set 171 (mushroom farms and growing rooms), seeded so every run
 * gives the same files: `npx tsx test/faults-blind171/data/generate.ts`.
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

/** harvest.csv: one row per flush harvested from a block -> crop weight in grams (skewed); a copy with "NA" humidity cells. */
function harvest(): void {
  const next = rng(17101);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [], out: number[] = [];
  let t = 1725148800;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 3600);
    const room = 1 + Math.floor(next() * 8);
    const substrate = r1(clamp(normal(next, 12, 3), 4, 22));
    const humid = r1(clamp(normal(next, 88, 4), 75, 98));
    const co2 = Math.round(clamp(normal(next, 900, 250), 450, 2000));
    const tc = r1(clamp(normal(next, 17, 2), 12, 23));
    const flush = 1 + Math.floor(clamp(-Math.log(Math.max(next(), 1e-9)) * 1.2, 0, 3.99));
    const spawn = r1(clamp(normal(next, 5, 1.2), 2, 9));
    const be = 0.9 + 0.02 * (humid - 88) - 0.00025 * (co2 - 900) - 0.03 * Math.abs(tc - 17) + 0.03 * (spawn - 5);
    const crop = Math.round(clamp(substrate * 1000 * be * Math.pow(0.55, flush - 1) * Math.exp(normal(next, 0, 0.08)), 80, 40000));
    out.push(crop);
    const row: (string | number)[] = [`LOT-${7100 + Math.floor(i / 4)}`, `RM-${String(room).padStart(2, '0')}`, stamp(t), substrate, humid, co2, tc, r1(tc * 9 / 5 + 32), flush, spawn, crop];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 17) n[4] = 'NA';
    na.push(n);
  }
  const header = ['spawn_lot', 'room_id', 'harvest_ts', 'substrate_kg', 'humidity_pct', 'co2_ppm', 'temp_c', 'temp_f', 'flush_no', 'spawn_rate_pct', 'crop_g'];
  write('harvest.csv', header, rows);
  write('harvest-na.csv', header, na);
  console.log('crop g', stats(out));
}

/** strain.csv: fruiting-body measurements -> strain (oyster/shiitake/lions_mane/king_oyster/rare enoki); tray number has no effect. */
function strain(): void {
  const next = rng(17102);
  const rows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const P: Record<string, number[]> = { // cap mm, stem mm, fruit temp C, days to pin, CO2 ppm tolerance
    oyster: [70, 25, 16, 9, 1000], shiitake: [55, 40, 14, 30, 900], lions_mane: [120, 5, 19, 14, 700], king_oyster: [45, 110, 15, 20, 1800], enoki: [12, 90, 6, 25, 2500],
  };
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const s = u < 0.34 ? 'oyster' : u < 0.6 ? 'shiitake' : u < 0.8 ? 'lions_mane' : u < 0.955 ? 'king_oyster' : 'enoki';
    counts[s] = (counts[s] ?? 0) + 1;
    const p = P[s];
    rows.push([`TRAY-${3000 + Math.floor(next() * 400)}`, r1(clamp(normal(next, p[0], p[0] * 0.2), 5, 250)), r1(clamp(normal(next, p[1], p[1] * 0.25 + 3), 1, 200)),
      r1(normal(next, p[2], 1.8)), Math.round(clamp(normal(next, p[3], 4), 3, 60)), Math.round(clamp(normal(next, p[4], 250), 400, 4000)), 1 + Math.floor(next() * 60), s]);
  }
  write('strain.csv', ['tray_id', 'cap_mm', 'stem_mm', 'fruit_temp_c', 'days_to_pin', 'co2_ppm', 'tray_no', 'strain'], rows);
  console.log('strains', counts);
}

/** contamination.csv: bags of substrate -> a rare contamination flag (trichoderma); shelf serial has no effect. */
function contamination(): void {
  const next = rng(17103);
  const rows: (string | number)[][] = [];
  let pos = 0;
  for (let i = 0; i < 1200; i++) {
    const steril = Math.round(clamp(normal(next, 150, 40), 30, 300));
    const moist = r1(clamp(normal(next, 62, 5), 45, 80));
    const spawnAge = Math.round(clamp(normal(next, 20, 8), 2, 60));
    const hepa = r1(clamp(normal(next, 2000, 900), 0, 6000));
    const handlers = 1 + Math.floor(next() * 5);
    const bagG = Math.round(clamp(normal(next, 2500, 400), 1200, 4000));
    const z = -3.2 - 0.025 * (steril - 150) + 0.15 * (moist - 62) + 0.06 * (spawnAge - 20) + 0.0006 * (hepa - 2000) + 0.3 * (handlers - 3);
    const c = next() < sigmoid(z * 1.6) ? 1 : 0;
    pos += c;
    rows.push([`BAG-${510000 + i}`, steril, moist, spawnAge, hepa, handlers, bagG, 100000 + Math.floor(next() * 900000), c]);
  }
  write('contamination.csv', ['bag_id', 'sterilize_min', 'moisture_pct', 'spawn_age_d', 'hepa_hours', 'handlers', 'bag_g', 'shelf_serial', 'contaminated'], rows);
  console.log('contaminated', pos, '/ 1200');
}

/** pinning.csv: a semicolon export with decimal commas: casing and climate -> days from casing to pinning. */
function pinning(): void {
  const next = rng(17104);
  const rows: (string | number)[][] = [], out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const casing = r1(clamp(normal(next, 40, 8), 20, 60));
    const tc = r2(clamp(normal(next, 18, 1.5), 14, 22));
    const humid = r1(clamp(normal(next, 92, 3), 84, 99));
    const air = r2(clamp(normal(next, 4, 1.2), 1, 8));
    const ruffle = next() < 0.4 ? 1 : 0;
    const days = r2(clamp(4 + 0.12 * casing + 0.9 * Math.abs(tc - 18) + 0.25 * (95 - humid) - 0.5 * (air - 4) - 1.5 * ruffle + normal(next, 0, 0.5), 3, 25));
    out.push(days);
    rows.push([`CS-${900 + i}`, dc(casing), dc(tc), dc(humid), dc(air), ruffle, dc(days)]);
  }
  write('pinning.csv', ['casing_id', 'casing_mm', 'temp_c', 'humidity_pct', 'air_changes_h', 'ruffled', 'days_to_pin'], rows, ';');
  console.log('days to pin', stats(out));
}

/** climate.tsv (tab-separated, .csv name): room readings -> CO2 ppm an hour later, in raw units. */
function climate(): void {
  const next = rng(17105);
  const rows: (string | number)[][] = [], out: number[] = [];
  let t = 1727740800;
  for (let i = 0; i < 900; i++) {
    t += 900;
    const tf = r1(clamp(normal(next, 63, 3.5), 54, 74));
    const fresh = r1(clamp(normal(next, 300, 90), 50, 600));
    const kg = Math.round(clamp(normal(next, 4000, 1200), 800, 8000));
    const occ = Math.floor(next() * 4);
    const stage = Math.floor(next() * 3);
    const co2 = Math.round(clamp(500 + 0.3 * kg * (1 + 0.04 * (tf - 63)) - 2.2 * fresh + 60 * occ + 150 * stage + normal(next, 0, 80), 400, 5000));
    out.push(co2);
    rows.push([stamp(t), `RM-${String(1 + (i % 6)).padStart(2, '0')}`, tf, fresh, kg, occ, stage, co2]);
  }
  write('climate.csv', ['reading_ts', 'room_id', 'temp_f', 'fresh_air_cfm', 'substrate_kg', 'workers', 'growth_stage', 'co2_next_ppm'], rows, '\t');
  console.log('co2 ppm', stats(out));
}

harvest(); strain(); contamination(); pinning(); climate();
