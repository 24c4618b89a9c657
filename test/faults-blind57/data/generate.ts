/**
 * Writes the CSVs of test/faults-blind57 (agriculture and food production), seeded so every run gives
 * the same files: `npx tsx test/faults-blind57/data/generate.ts`. Each table comes from a simple
 * generative rule a small dense network can learn; IDs, day numbers, epoch timestamps and columns
 * constant on one farm sit next to the useful features, as in real farm and plant exports.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (number | string)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
  console.log(`${name}: ${rows.length} rows`);
}

const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const uni = (next: () => number, lo: number, hi: number) => lo + (hi - lo) * next();

/** Field plots: yield in t/ha (and kg per plot) from rain, heat, pH, nitrogen, irrigation and sowing day. */
function plots(): (number | string)[][] {
  const next = rng(5701);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 400; i++) {
    const sowDay = Math.round(uni(next, 90, 140));
    const rain = r1(uni(next, 250, 750));
    const gdd = Math.round(uni(next, 1200, 2200));
    const ph = r2(uni(next, 5.2, 7.8));
    const n = Math.round(uni(next, 0, 250));
    const area = Math.round(uni(next, 50, 400));
    const irrigated = next() < 0.35 ? 1 : 0;
    const water = Math.min(1, (rain + 180 * irrigated) / 650);
    const y = 1.6 + 2.6 * (1 - Math.exp(-n / 80)) + 2.0 * water - 0.9 * (ph - 6.5) ** 2 + 0.0009 * (gdd - 1700) - 0.012 * (sowDay - 115) + normal(next, 0, 0.25);
    const yieldT = r2(clamp(y, 0.3, 12));
    rows.push([1001 + i, 3, sowDay, rain, gdd, ph, n, area, irrigated, yieldT, r1((yieldT * area) / 10)]);
  }
  return rows;
}
const PLOT_HEADER = ['plot_id', 'farm', 'sow_day', 'rainfall_mm', 'gdd', 'soil_ph', 'nitrogen_kg_ha', 'plot_area_m2', 'irrigated', 'yield_t_ha', 'yield_kg_plot'];

/** Soil sensors: dry / fine / waterlogged from volumetric water content and clay share (4% mislabelled). */
function soil(): { rows: (number | string)[][]; onehot: (number | string)[][] } {
  const next = rng(5702);
  const rows: (number | string)[][] = [];
  const onehot: (number | string)[][] = [];
  const names = ['dry', 'fine', 'waterlogged'];
  for (let i = 0; i < 360; i++) {
    const clay = r1(uni(next, 8, 45));
    const vwc = r1(uni(next, 5, 52));
    const tension = r1(clamp(400 * Math.exp(-vwc / 9) * (1 + clay / 60) + normal(next, 0, 4), 0, 400));
    const temp = r1(uni(next, 6, 28));
    const ec = r2(uni(next, 0.2, 3.5));
    let cls = vwc < 14 + 0.2 * clay ? 0 : vwc > 30 + 0.25 * clay ? 2 : 1;
    if (next() < 0.04) cls = (cls + 1 + Math.floor(next() * 2)) % 3;
    rows.push([200 + (i % 24), 30, vwc, tension, temp, ec, clay, names[cls]]);
    onehot.push([200 + (i % 24), vwc, tension, temp, ec, clay, cls === 0 ? 1 : 0, cls === 1 ? 1 : 0, cls === 2 ? 1 : 0]);
  }
  return { rows, onehot };
}

/** Leaf scans: a rare disease (about 5%) from spot count, yellowing, lesion size and humidity. */
function disease(): (number | string)[][] {
  const next = rng(5703);
  const raw: { cells: number[]; z: number }[] = [];
  for (let i = 0; i < 600; i++) {
    const green = Math.round(uni(next, 80, 200));
    const yellow = Math.round(uni(next, 20, 140));
    const spots = Math.round(clamp(Math.abs(normal(next, 0, 8)), 0, 40));
    const lesion = r1(clamp(spots * 0.15 + Math.abs(normal(next, 0, 1)), 0, 12));
    const rh = r1(uni(next, 45, 98));
    const z = 0.18 * spots + 0.02 * (yellow - 80) - 0.012 * (green - 140) + 0.05 * (rh - 70) + 0.25 * lesion + normal(next, 0, 0.4);
    raw.push({ cells: [50000 + i, green, yellow, spots, lesion, rh], z });
  }
  const sorted = raw.map((r) => r.z).sort((a, b) => b - a);
  const cut = sorted[Math.floor(raw.length * 0.05)];
  return raw.map((r) => [...r.cells, r.z > cut ? 1 : 0]);
}

/** Dairy herd: milk litres per day on a Wood lactation curve; mastitis (about 12%) from cell count. */
function dairy(): (number | string)[][] {
  const next = rng(5704);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 400; i++) {
    const parity = 1 + Math.floor(next() * 6);
    const dim = Math.round(uni(next, 5, 330));
    const feed = r1(uni(next, 12, 28));
    const scc = Math.round(clamp(Math.exp(normal(next, 4.8, 0.8)), 20, 3000));
    const peak = parity === 1 ? 0.8 : parity === 2 ? 0.95 : 1.0;
    const milk = 14 * Math.pow(dim, 0.22) * Math.exp(-0.0035 * dim) * peak * (0.7 + 0.3 * (feed / 20)) + normal(next, 0, 1.2);
    const risk = sigmoid(-3.2 + 0.008 * (scc - 100) + 0.25 * (parity - 3) - 0.004 * (dim - 100));
    const mastitis = next() < risk ? 1 : 0;
    rows.push([7000 + i, 1, parity, dim, feed, scc, r1(clamp(milk, 2, 60)), mastitis]);
  }
  return rows;
}
const DAIRY_HEADER = ['cow_id', 'herd', 'parity', 'days_in_milk', 'feed_kg', 'scc_k', 'milk_l_day', 'mastitis'];

/** Grain lots: grade 1-4 from protein, test weight, moisture and falling number. */
function grain(): (number | string)[][] {
  const next = rng(5705);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 420; i++) {
    const moisture = r1(uni(next, 10, 19));
    const protein = r1(uni(next, 9, 15.5));
    const tw = r1(uni(next, 68, 83));
    const fn = Math.round(uni(next, 150, 420));
    const s = 0.55 * (protein - 12) + 0.22 * (tw - 75) - 0.45 * (moisture - 14) + 0.008 * (fn - 290) + normal(next, 0, 0.3);
    const grade = s > 1.2 ? 1 : s > 0 ? 2 : s > -1.2 ? 3 : 4;
    rows.push([`L${3000 + i}`.slice(1), moisture, protein, tw, fn, grade]);
  }
  return rows;
}
const GRAIN_HEADER = ['lot', 'moisture_pct', 'protein_pct', 'test_weight_kg_hl', 'falling_number_s', 'grade'];

/** Bakery line: defect (about 20%) from oven temperature, belt speed and humidity; shelf life in days. */
function oven(): (number | string)[][] {
  const next = rng(5706);
  const rows: (number | string)[][] = [];
  for (let i = 0; i < 420; i++) {
    const ts = 1704067200 + i * 900;
    const line = 1 + (i % 3);
    const temp = r1(uni(next, 185, 235));
    const speed = r2(uni(next, 2, 6));
    const hum = r1(uni(next, 30, 75));
    const proof = Math.round(uni(next, 30, 60));
    const bake = (temp - 210) / 12 - (speed - 4) / 0.9; // >0 well baked, <0 underbaked
    const pDefect = sigmoid(-3.4 + 1.0 * bake * bake - 1.2 * bake + 0.04 * (hum - 50));
    const defect = next() < pDefect ? 1 : 0;
    const shelf = 9 + 1.5 * Math.tanh(bake) - 0.09 * (hum - 50) + 0.05 * (proof - 45) + normal(next, 0, 0.5);
    rows.push([ts, line, temp, speed, hum, proof, defect, r1(clamp(shelf, 1, 20))]);
  }
  return rows;
}
const OVEN_HEADER = ['batch_ts', 'line_id', 'oven_temp_c', 'belt_speed_m_min', 'humidity_pct', 'proof_min', 'defect', 'shelf_life_days'];

function main(): void {
  const p = plots();
  write('plots.csv', PLOT_HEADER, p);
  // The agronomist's export with gaps: nitrogen not recorded on some plots.
  const gaps = p.map((row, i) => (i % 37 === 5 ? row.map((c, j) => (j === 6 ? 'NA' : c)) : row));
  write('plots-gaps.csv', PLOT_HEADER, gaps);
  const s = soil();
  write('soil.csv', ['sensor_id', 'depth_cm', 'vwc_pct', 'tension_kpa', 'soil_temp_c', 'ec_ds_m', 'clay_pct', 'status'], s.rows);
  write('soil-onehot.csv', ['sensor_id', 'vwc_pct', 'tension_kpa', 'soil_temp_c', 'ec_ds_m', 'clay_pct', 'dry', 'fine', 'waterlogged'], s.onehot);
  write('disease.csv', ['leaf_id', 'green_idx', 'yellow_idx', 'spot_count', 'lesion_mm', 'rel_humidity', 'diseased'], disease());
  const d = dairy();
  write('dairy.csv', DAIRY_HEADER, d);
  // One week's first records from a new farm: too few cows to train on.
  write('dairy-week1.csv', DAIRY_HEADER, d.slice(0, 3));
  const g = grain();
  write('grain.csv', GRAIN_HEADER, g);
  // The lab sheet pasted with units in the moisture cells.
  write('grain-lab.csv', GRAIN_HEADER, g.map((row, i) => (i % 9 === 2 ? row.map((c, j) => (j === 1 ? `${c}%` : c)) : row)));
  write('oven.csv', OVEN_HEADER, oven());
}

main();
