/**
 * Writes the CSVs of the hundred-and-first blind fault set (industrial bakeries and food production),
 * seeded so every run gives the same files: `npx tsx test/faults-blind101/data/generate.ts`.
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

/** ovens.csv: tunnel-oven batches: weight lost in baking (grams per loaf), a bell in oven temperature times bake time. */
function ovens(): void {
  const next = rng(10101);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 800; i++) {
    const ts = 1735689600 + i * 2700 + Math.floor(next() * 1200);
    const shift = Math.floor(((ts / 3600) % 24) / 8);
    const temp = Math.round(clamp(normal(next, 228, 12), 195, 260));
    const bake = r1(clamp(normal(next, 32, 6), 18, 50));
    const hyd = r1(clamp(normal(next, 68, 5), 55, 82));
    const protein = r1(clamp(normal(next, 12, 1.2), 9, 15.5));
    const speed = Math.round(clamp(Math.exp(normal(next, 7.8, 0.5)), 600, 9000));
    const dough = Math.round(clamp(normal(next, 930, 40), 800, 1060));
    const ambient = r1(normal(next, 24, 3));
    const loss = r1(clamp(dough * (0.04 + 0.0009 * (temp - 195) * Math.tanh((bake - 15) / 12) + 0.0012 * (hyd - 68) - 0.000004 * (speed - 2500))
      + 8 * Math.exp(-((temp - 240) ** 2) / 80) + normal(next, 0, 3), 10, 400));
    rows.push([`BATCH-${String(240000 + i)}-${['A', 'B', 'C'][shift]}`, ts, shift, temp, bake, hyd, protein, speed, dough, ambient, loss]);
  }
  write('ovens.csv', ['batch_id', 'shift_ts', 'shift', 'oven_temp_c', 'bake_min', 'hydration_pct', 'flour_protein_pct', 'line_speed_uph', 'dough_weight_g',
    'ambient_c', 'bake_loss_g'], rows);
  console.log('bake loss', med(rows.map((r) => r[10] as number)));
}

/** audits.csv: site inspections: a rare failed food-safety audit; plus a lab export with "NA" swab counts. */
function audits(): void {
  const next = rng(10102);
  const rows: (string | number)[][] = [];
  const naRows: (string | number)[][] = [];
  let fails = 0;
  for (let i = 0; i < 1000; i++) {
    const site = `SITE-${['NORTH', 'DOCK', 'RYE', 'CAKE', 'FROZEN'][i % 5]}`;
    const ts = 1704067200 + Math.floor(i / 5) * 86400 * 1.7;
    const fridge = r1(clamp(normal(next, 3.5, 1.4), 0, 11));
    const swabs = Math.round(clamp(Math.exp(normal(next, 3.2, 1.0)), 0, 2000));
    const pests = next() < 0.1 ? Math.ceil(next() * 4) : 0;
    const trained = Math.round(clamp(normal(next, 85, 9), 40, 100));
    const sinceClean = Math.round(clamp(Math.exp(normal(next, 1.0, 0.8)), 0, 40));
    const speed = Math.round(clamp(Math.exp(normal(next, 7.8, 0.5)), 600, 9000));
    const temps = Math.round(clamp(normal(next, 96, 3), 80, 100));
    const z = -6.2 + 2.4 * (0.55 * Math.max(0, fridge - 5) * 1.6 + 0.6 * Math.log1p(swabs / 40) + 0.9 * pests - 0.06 * (trained - 85) + 0.12 * (sinceClean - 3)
      - 0.15 * (temps - 96)) + normal(next, 0, 0.3);
    const fail = next() < sigmoid(z) ? 1 : 0;
    fails += fail;
    const row: (string | number)[] = [site, isoDay(ts), ts, fridge, swabs, pests, trained, sinceClean, speed, temps, fail];
    rows.push(row);
    const na = [...row];
    if (i % 37 === 11) na[4] = 'NA';
    naRows.push(na);
  }
  const header = ['site_code', 'audit_date', 'audit_ts', 'fridge_temp_c', 'swab_cfu', 'pest_sightings', 'staff_trained_pct', 'days_since_deep_clean',
    'line_speed_uph', 'temp_log_complete_pct', 'failed_audit'];
  write('audits.csv', header, rows);
  write('audits-lab-na.csv', header, naRows);
  console.log(`failed audits ${fails}/1000`);
}

/** loaves.csv: quality-lab loaf measurements -> product line (gluten_free rare); plus a LIMS export with "%" in the hydration cells. */
function loaves(): void {
  const next = rng(10103);
  const rows: (string | number)[][] = [];
  const pctRows: (string | number)[][] = [];
  const counts: Record<string, number> = {};
  const names = ['white', 'wholemeal', 'rye', 'sourdough', 'gluten_free'];
  for (let i = 0; i < 700; i++) {
    const u = next();
    const k0 = u < 0.34 ? 0 : u < 0.6 ? 1 : u < 0.76 ? 2 : u < 0.94 ? 3 : 4;
    const hyd = r1(clamp(normal(next, [64, 70, 78, 76, 82][k0], 3), 50, 95));
    const protein = r1(clamp(normal(next, [11.5, 13, 9, 12.5, 4][k0], 1.0), 1, 16));
    const proof = Math.round(clamp(normal(next, [55, 65, 90, 240, 45][k0], [8, 10, 15, 50, 8][k0]), 20, 480));
    const weight = Math.round(clamp(normal(next, [800, 800, 1000, 900, 500][k0], 60), 300, 1300));
    const crust = r1(clamp(normal(next, [62, 48, 38, 45, 66][k0], 5), 20, 85));
    const ph = r2(clamp(normal(next, [5.6, 5.5, 4.6, 4.1, 5.4][k0], 0.2), 3.5, 6.5));
    const seeds = r1(clamp(normal(next, [0.5, 6, 4, 2, 3][k0], 2), 0, 20));
    const volume = Math.round(clamp(weight * normal(next, [4.2, 3.3, 2.2, 3.6, 2.6][k0], 0.3), 500, 6000));
    let k = k0;
    if (next() < 0.03) k = Math.floor(next() * 5);
    counts[names[k]] = (counts[names[k]] ?? 0) + 1;
    const row: (string | number)[] = [`L${String(i + 1).padStart(4, '0')}`, hyd, protein, proof, weight, crust, ph, seeds, volume, names[k]];
    rows.push(row);
    const pr = [...row];
    pr[1] = `${hyd}%`;
    pctRows.push(pr);
  }
  const header = ['sample_id', 'hydration_pct', 'flour_protein_pct', 'proof_min', 'loaf_weight_g', 'crust_lightness', 'crumb_ph', 'seed_pct',
    'loaf_volume_ml', 'product_line'];
  write('loaves.csv', header, rows);
  write('loaves-lims-export.csv', header, pctRows);
  console.log('loaves', JSON.stringify(counts));
}

/** orders.csv: wholesale orders, tab-separated from the ERP: units ordered (very skewed). */
function orders(): void {
  const next = rng(10104);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 650; i++) {
    const ts = 1727740800 + i * 5400 + Math.floor(next() * 3600);
    const customer = 5000000 + Math.floor(next() * 4e6);
    const stores = Math.round(clamp(Math.exp(normal(next, 2.3, 1.2)), 1, 900));
    const weekday = Math.floor(next() * 7);
    const holiday = next() < 0.12 ? 1 : 0;
    const promo = next() < 0.25 ? 1 : 0;
    const distance = r1(clamp(Math.exp(normal(next, 3.8, 0.7)), 2, 600));
    const price = r2(clamp(normal(next, 1.9, 0.35), 0.9, 3.5));
    const shelf = Math.round(clamp(normal(next, 4, 1.5), 1, 10));
    const units = Math.round(clamp(stores * (60 + 25 * promo + 30 * holiday + (weekday === 4 || weekday === 5 ? 20 : 0)) * Math.exp(-0.5 * (price - 1.9))
      * (1 + 0.02 * shelf) * (1 + normal(next, 0, 0.1)), 10, 120000));
    rows.push([customer, ts, stores, weekday, holiday, promo, distance, price, shelf, units]);
  }
  write('orders.tsv', ['customer_id', 'order_ts', 'stores', 'weekday', 'public_holiday', 'promo_week', 'distance_km', 'unit_price_eur', 'shelf_life_days',
    'units_ordered'], rows, '\t');
  console.log('units', med(rows.map((r) => r[9] as number)), 'stores', med(rows.map((r) => r[2] as number)));
}

/** proofing.csv: proofer-chamber log: dough rise ratio, a saturating curve in time with a temperature optimum. */
function proofing(): void {
  const next = rng(10105);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 600; i++) {
    const ts = 1735689600 + i * 1800 + Math.floor(next() * 900);
    const ptemp = r1(clamp(normal(next, 32, 4), 20, 42));
    const rh = Math.round(clamp(normal(next, 78, 8), 50, 98));
    const yeast = r2(clamp(normal(next, 1.8, 0.5), 0.5, 3.5));
    const salt = r2(clamp(normal(next, 1.9, 0.2), 1.2, 2.6));
    const minutes = Math.round(clamp(normal(next, 60, 20), 15, 140));
    const doughT = r1(clamp(normal(next, 26, 2), 20, 32));
    const activity = yeast * Math.exp(-((ptemp - 35) ** 2) / 60) * (1 - 0.25 * (salt - 1.9)) * (1 + 0.03 * (doughT - 26));
    const rise = r2(clamp(1 + 1.6 * (1 - Math.exp(-activity * minutes / 70)) * (0.9 + 0.002 * (rh - 78)) + normal(next, 0, 0.04), 0.9, 3.5));
    rows.push([`PRF-${i}`, ts, ptemp, rh, yeast, salt, minutes, doughT, rise]);
  }
  write('proofing.csv', ['proof_id', 'log_ts', 'chamber_temp_c', 'chamber_rh_pct', 'yeast_pct', 'salt_pct', 'proof_min', 'dough_temp_c', 'rise_ratio'], rows);
  console.log('rise', med(rows.map((r) => r[8] as number)));
}

ovens();
audits();
loaves();
orders();
proofing();
