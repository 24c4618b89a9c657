/**
 * Writes the CSVs of blind fault set 149 (fisheries and fish farms), seeded so every run gives the
 * same files: `npx tsx test/faults-blind149/data/generate.ts`.
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
const stamp = (t: number) => new Date(t * 1000).toISOString().slice(0, 19).replace('T', ' ');

/** catch.csv: trawler trip log -> catch in kg (and the same in tonnes); a copy with "NA" water temperatures. */
function catches(): void {
  const next = rng(14901);
  const rows: (string | number)[][] = [], na: (string | number)[][] = [];
  let t = 1704067200;
  for (let i = 0; i < 1000; i++) {
    t += Math.floor(-Math.log(Math.max(next(), 1e-9)) * 20000);
    const vessel = 1 + Math.floor(next() * 14);
    const temp = r1(clamp(normal(next, 9, 3), 1, 18));
    const sal = r2(clamp(normal(next, 34, 1.2), 29, 36.5));
    const mesh = [80, 100, 110, 120, 130][Math.floor(next() * 5)];
    const hours = r1(clamp(normal(next, 30, 12), 4, 72));
    const kw = Math.round(clamp(normal(next, 600, 250), 150, 1500));
    const depth = Math.round(clamp(Math.exp(normal(next, 4.5, 0.5)), 20, 400));
    const kg = Math.round(clamp(hours * (40 + kw * 0.08) * (1.6 - mesh / 200) * (1 + 0.03 * (temp - 9)) * Math.exp(normal(next, 0, 0.12)), 50, 60000));
    const row: (string | number)[] = [`TRIP-${31000 + i}`, stamp(t), `VSL-${String(vessel).padStart(3, '0')}`, temp, sal, mesh, hours, kw, depth, kg, r2(kg / 1000)];
    rows.push(row);
    const n = [...row];
    if (i % 41 === 7) n[3] = 'NA';
    na.push(n);
  }
  const header = ['trip_id', 'landed_ts', 'vessel_id', 'water_temp_c', 'salinity_psu', 'mesh_mm', 'hours_fished', 'engine_kw', 'depth_m', 'catch_kg', 'catch_t'];
  write('catch.csv', header, rows);
  write('catch-na.csv', header, na);
}

/** species.csv: observer samples -> cod / haddock / herring / mackerel / rare halibut; observer_no has no effect. */
function species(): void {
  const next = rng(14902);
  const names = ['cod', 'haddock', 'herring', 'mackerel', 'halibut'];
  const proto = [[70, 3500, 150, 6], [45, 1100, 120, 8], [28, 200, 60, 10], [35, 400, 40, 13], [120, 20000, 300, 4]];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 1000; i++) {
    const u = next();
    const k = u < 0.3 ? 0 : u < 0.55 ? 1 : u < 0.78 ? 2 : u < 0.955 ? 3 : 4;
    const p = proto[k];
    const len = r1(clamp(normal(next, p[0], p[0] * 0.15), 10, 250));
    const w = Math.round(clamp(p[1] * Math.pow(len / p[0], 3) * Math.exp(normal(next, 0, 0.1)), 20, 80000));
    const depth = Math.round(clamp(normal(next, p[2], p[2] * 0.3), 5, 600));
    const temp = r1(clamp(normal(next, p[3], 1.8), 0, 20));
    const girth = r2(clamp(normal(next, [0.22, 0.2, 0.15, 0.17, 0.3][k], 0.02), 0.08, 0.45));
    rows.push([`OBS-${5000 + i}`, 100 + Math.floor(next() * 40), len, w, depth, temp, girth, names[k]]);
  }
  write('species.csv', ['sample_id', 'observer_no', 'length_cm', 'weight_g', 'depth_m', 'water_temp_c', 'girth_ratio', 'species'], rows);
}

/** outbreak.csv: salmon pens -> rare disease outbreak flag; feed_lot has no effect; biomass in kg. */
function outbreak(): void {
  const next = rng(14903);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 1200; i++) {
    const density = r1(clamp(normal(next, 15, 4), 4, 30));
    const temp = r1(clamp(normal(next, 11, 3), 3, 19));
    const o2 = r2(clamp(normal(next, 8, 1.3), 4, 12));
    const lice = r2(clamp(Math.exp(normal(next, -0.5, 0.8)), 0, 12));
    const biomass = Math.round(clamp(normal(next, 400000, 150000), 50000, 900000));
    const z = -4.6 + 0.25 * (density - 15) + 0.35 * (temp - 11) - 0.9 * (o2 - 8) + 0.5 * lice;
    const flag = next() < sigmoid(z) ? 1 : 0;
    rows.push([`PEN-${String(1 + (i % 60)).padStart(2, '0')}`, 7000 + Math.floor(next() * 900), density, temp, o2, lice, biomass, flag]);
  }
  write('outbreak.csv', ['pen_id', 'feed_lot', 'density_kg_m3', 'water_temp_c', 'oxygen_mg_l', 'lice_per_fish', 'biomass_kg', 'disease_outbreak'], rows);
}

/** price.csv: auction lots, semicolon export with decimal commas -> skewed price in euros per lot. */
function price(): void {
  const next = rng(14904);
  const rows: (string | number)[][] = [];
  const c = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 800; i++) {
    const lot = r1(clamp(Math.exp(normal(next, 5.5, 0.7)), 20, 3000));
    const fresh = Math.floor(next() * 6);
    const grade = 1 + Math.floor(next() * 3);
    const month = 1 + Math.floor(next() * 12);
    const landed = r1(clamp(normal(next, 120, 40), 10, 260));
    const perkg = clamp(9 - 0.9 * fresh - 1.3 * (grade - 1) - 0.015 * (landed - 120) + normal(next, 0, 0.4), 1, 20);
    rows.push([`LOT-${80000 + i}`, c(lot), fresh, grade, month, c(landed), c(r2(lot * perkg))]);
  }
  write('price.csv', ['lot_no', 'lot_kg', 'days_on_ice', 'grade', 'month', 'landed_t_day', 'price_eur'], rows, ';');
}

/** growth.csv: tab-separated pen records -> weekly growth in grams (and kg per pen). */
function growth(): void {
  const next = rng(14905);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 900; i++) {
    const feed = r1(clamp(normal(next, 1.2, 0.3), 0.4, 2.2));
    const temp = r1(clamp(normal(next, 11, 3), 3, 19));
    const density = r1(clamp(normal(next, 15, 4), 4, 30));
    const size = Math.round(clamp(Math.exp(normal(next, 7, 0.7)), 100, 6000));
    const fish = Math.round(clamp(normal(next, 40000, 12000), 8000, 80000));
    const g = r1(clamp(size * 0.01 * feed * (1 + 0.06 * (temp - 11)) * (1 - 0.015 * (density - 15)) + normal(next, 0, 3), 0, 500));
    rows.push([`PEN-${String(1 + (i % 60)).padStart(2, '0')}`, feed, temp, density, size, fish, g, r1(g * fish / 1000)]);
  }
  write('growth.csv', ['pen_id', 'feed_pct', 'water_temp_c', 'density_kg_m3', 'mean_weight_g', 'fish_count', 'growth_g_wk', 'growth_kg_pen'], rows, '\t');
}

catches(); species(); outbreak(); price(); growth();
