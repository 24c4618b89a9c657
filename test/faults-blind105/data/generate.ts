/**
 * Writes the CSVs of blind fault set 105 (greenhouses and plant nurseries), seeded so every run gives
 * the same files: `npx tsx test/faults-blind105/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][], sep = ','): void {
  const text = [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const isoDay = (ts: number) => new Date(ts * 1000).toISOString().slice(0, 10);
const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return [s[0], s[Math.floor(s.length / 2)], s[s.length - 1]]; };

/** climate.csv: daily records of six greenhouse compartments: stem growth mm/day from the climate; plus a copy with "NA" humidity cells (a logger dropout). */
function climate(): void {
  const next = rng(10501);
  const rows: (string | number)[][] = [];
  const na: (string | number)[][] = [];
  const out: number[] = [];
  const comps = ['GH1-A', 'GH1-B', 'GH2-A', 'GH2-B', 'GH3-A', 'GH3-B'];
  for (let i = 0; i < 900; i++) {
    const k = i % 6;
    const ts = 1706745600 + Math.floor(i / 6) * 86400 + Math.floor(next() * 3600);
    const doy = Math.floor(i / 6) + 32;
    const lux = Math.round(clamp(Math.exp(normal(next, 10.3, 0.5)) * (1 + 0.4 * Math.sin((doy - 80) / 58)), 2000, 110000));
    const dli = r1(clamp(lux * 0.0185 * 12 * 3600 / 54 / 1e6 * 1.0 + normal(next, 0, 0.8), 1, 60));
    const air = r1(normal(next, 22 + 0.00003 * (lux - 30000), 2.5));
    const soil = r1(air - 2 + normal(next, 0, 1.2));
    const rh = Math.round(clamp(normal(next, 75 - 0.8 * (air - 22), 8), 35, 99));
    const co2 = Math.round(clamp(normal(next, 700, 180), 380, 1400));
    const irr = Math.round(clamp(Math.exp(normal(next, 6.4, 0.45)), 80, 4000));
    const opt = -((air - 23) ** 2) / 18;
    const growth = r2(clamp(6 + 2.4 * Math.exp(opt) * Math.log(dli + 1) + 0.0025 * (co2 - 700) - 0.03 * Math.abs(rh - 75) + 0.6 * Math.tanh((irr - 600) / 300) + 0.15 * (soil - 20) + normal(next, 0, 0.5), 0, 40));
    out.push(growth);
    const row: (string | number)[] = [comps[k], isoDay(ts), ts, air, soil, rh, co2, lux, dli, irr, growth];
    rows.push(row);
    const n = [...row];
    if (i % 37 === 11) n[5] = 'NA';
    na.push(n);
  }
  const header = ['compartment', 'date', 'logged_ts', 'air_temp_c', 'soil_temp_c', 'rh_pct', 'co2_ppm', 'lux', 'dli_mol', 'irrigation_l', 'stem_growth_mm'];
  write('climate.csv', header, rows);
  write('climate-na.csv', header, na);
  console.log('growth', med(out));
}

/** trays.csv: seed trays: days to germination from soil temperature, moisture, seed lot age (skewed), sowing depth, heat mat. */
function trays(): void {
  const next = rng(10502);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  for (let i = 0; i < 640; i++) {
    const ts = 1704067200 + i * 40000 + Math.floor(next() * 20000);
    const mat = next() < 0.4 ? 1 : 0;
    const soil = r1(normal(next, 17 + 5 * mat, 3));
    const moist = Math.round(clamp(normal(next, 55, 12), 15, 95));
    const age = Math.round(clamp(Math.exp(normal(next, 5.3, 0.8)), 10, 2500));
    const depth = r1(clamp(normal(next, 6, 2.5), 1, 20));
    const cells = [72, 128, 200, 288][Math.floor(next() * 4)];
    const days = Math.round(clamp(3 + 60 / (1 + Math.exp((soil - 13) / 3)) * 0.5 + 0.0025 * age + 0.25 * depth + 0.0015 * (moist - 60) ** 2 + normal(next, 0, 0.8), 2, 40));
    out.push(days);
    rows.push([`TR-${String(100000 + i * 7).slice(1)}`, isoDay(ts), ts, cells, soil, moist, age, depth, mat, days]);
  }
  write('trays.csv', ['tray_id', 'sowing_date', 'sown_ts', 'cells', 'soil_temp_c', 'moisture_pct', 'seed_lot_age_days', 'depth_mm', 'heat_mat', 'days_to_germination'], rows);
  console.log('germination', med(out));
}

/** blight.csv: weekly scouting of benches: a rare "blight outbreak" flag from humidity hours, leaf wetness, temperature, ventilation, days since spraying. */
function blight(): void {
  const next = rng(10503);
  const rows: (string | number)[][] = [];
  let flags = 0;
  for (let i = 0; i < 1100; i++) {
    const ts = 1672531200 + Math.floor(next() * 3.0e7);
    const hiRh = Math.round(clamp(normal(next, 40, 25), 0, 168));
    const wet = r1(clamp(Math.exp(normal(next, 1.8, 0.9)), 0, 120));
    const temp = r1(normal(next, 20, 4));
    const vent = Math.round(clamp(normal(next, 35, 20), 0, 100));
    const spray = Math.round(clamp(Math.exp(normal(next, 2.8, 0.8)), 0, 365));
    const density = r1(clamp(normal(next, 9, 3), 2, 20));
    const z = -4.0 + 0.035 * (hiRh - 40) + 0.05 * (wet - 6) - 0.07 * (temp - 20) ** 2 / 4 - 0.03 * (vent - 35) + 0.025 * spray + 0.12 * (density - 9) + normal(next, 0, 0.3);
    const f = next() < sigmoid(z) ? 1 : 0;
    flags += f;
    rows.push([`B${Math.floor(i / 20) + 1}-${(i % 20) + 1}`, isoDay(ts), hiRh, wet, temp, vent, spray, density, f]);
  }
  write('blight.csv', ['bench', 'scout_date', 'hours_rh_over_90', 'leaf_wet_hours', 'mean_temp_c', 'vent_opening_pct', 'days_since_spray', 'plants_per_m2', 'blight_outbreak'], rows);
  console.log(`blight ${flags}/1100`);
}

/** seedlings.csv: nursery seedlings at potting-on: plant family (rare "asteraceae") from leaf size, stem, height, seed weight (skewed, mg), days to germination; plus a one-hot copy with a few double-marked rows. */
function seedlings(): void {
  const next = rng(10504);
  const rows: (string | number)[][] = [];
  const hot: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['solanaceae', 'brassicaceae', 'cucurbitaceae', 'lamiaceae', 'asteraceae'];
  for (let i = 0; i < 760; i++) {
    const u = next();
    const c = u < 0.34 ? 0 : u < 0.6 ? 1 : u < 0.8 ? 2 : u < 0.95 ? 3 : 4;
    const leafL = r1(clamp(normal(next, [45, 38, 70, 22, 30][c], [9, 8, 12, 5, 7][c]), 5, 150));
    const leafW = r1(clamp(leafL * [0.55, 0.8, 0.9, 0.5, 0.35][c] + normal(next, 0, 3), 2, 140));
    const stem = r2(clamp(normal(next, [3.2, 2.5, 4.5, 1.6, 2.0][c], 0.5), 0.5, 9));
    const height = r1(clamp(normal(next, [14, 9, 12, 8, 11][c], 2.5), 2, 40));
    const seedMg = r2(clamp(Math.exp(normal(next, [1.0, 1.3, 3.4, -0.4, 0.2][c], 0.35)), 0.1, 200));
    const germ = Math.round(clamp(normal(next, [8, 5, 6, 12, 9][c], 2), 2, 30));
    let k = c;
    if (next() < 0.03) k = Math.floor(next() * 5);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    const row: (string | number)[] = [`S${20000 + i}`, leafL, leafW, stem, height, seedMg, germ, names[k]];
    rows.push(row);
    const oh = names.map((_, j) => (j === k ? 1 : 0));
    if (i % 97 === 40) oh[(k + 1) % 5] = 1;
    hot.push([row[0], leafL, leafW, stem, height, seedMg, germ, ...oh]);
  }
  write('seedlings.csv', ['plant_id', 'leaf_length_mm', 'leaf_width_mm', 'stem_diam_mm', 'height_cm', 'seed_weight_mg', 'days_to_germination', 'family'], rows);
  write('seedlings-onehot.csv', ['plant_id', 'leaf_length_mm', 'leaf_width_mm', 'stem_diam_mm', 'height_cm', 'seed_weight_mg', 'days_to_germination', ...names.map((n) => `is_${n}`)], hot);
  console.log('families', JSON.stringify(counts));
}

/** wholesale.csv: wholesale orders of a plant nursery, semicolon export with decimal commas: order value in euros (skewed) from trays ordered (skewed), pot size, distance, repeat customer. */
function wholesale(): void {
  const next = rng(10505);
  const rows: (string | number)[][] = [];
  const out: number[] = [];
  const dc = (x: number) => String(x).replace('.', ',');
  for (let i = 0; i < 700; i++) {
    const ts = 1698796800 + i * 11000 + Math.floor(next() * 6000);
    const trays = Math.round(clamp(Math.exp(normal(next, 2.6, 1.0)), 1, 900));
    const pot = [9, 10.5, 12, 14, 17][Math.floor(next() * 5)];
    const dist = r1(clamp(Math.exp(normal(next, 3.4, 0.9)), 1, 800));
    const repeat = next() < 0.55 ? 1 : 0;
    const garden = next() < 0.12 ? 1 : 0;
    const lead = Math.round(clamp(normal(next, 14, 8), 0, 60));
    const value = r2(clamp(trays * (6 + 0.55 * pot) * (repeat ? 0.92 : 1) * (garden ? 1.3 : 1) + 0.4 * dist + 25 * Math.exp(normal(next, 0, 0.3)) + normal(next, 0, 5), 10, 200000));
    out.push(value);
    rows.push([`W${ts}`, ts, trays, dc(pot), dc(dist), repeat, garden, lead, dc(value)]);
  }
  write('wholesale.csv', ['order_id', 'order_ts', 'trays', 'pot_cm', 'distance_km', 'repeat_customer', 'garden_centre', 'lead_days', 'order_eur'], rows, ';');
  console.log('order value', med(out));
}

climate();
trays();
blight();
seedlings();
wholesale();
