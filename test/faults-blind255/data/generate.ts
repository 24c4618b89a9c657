/**
 * Writes the CSVs of fault set blind255 (olive groves and olive-oil mills), seeded from 255.
 * Run once from the repo root: npx tsx test/faults-blind255/data/generate.ts
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. mill_batches.csv: one row per batch pressed at the mill (regression: oil_kg, raw units; yield_pct).
{
  const next = rng(255);
  const rows: string[] = ['batch_id,delivered_at,fruit_kg,maturity_index,fruit_moisture_pct,fat_dry_pct,malax_min,malax_temp_c,decanter_rpm,water_added_l,leaf_pct,oil_kg,yield_pct'];
  for (let i = 0; i < 480; i++) {
    const fruit = Math.round(clamp(Math.exp(normal(next, 7.6, 0.6)), 300, 12000)); // skewed delivery sizes
    const maturity = r2(clamp(normal(next, 3.6, 1.3), 0.5, 7), 1);
    const moisture = r2(clamp(normal(next, 52 - 1.5 * (maturity - 3.5), 3), 38, 64), 1);
    const fatDry = r2(clamp(normal(next, 40 + 2.2 * maturity, 3), 30, 60), 1);
    const malaxMin = Math.round(clamp(normal(next, 40, 9), 15, 75));
    const malaxT = r2(clamp(normal(next, 27, 2.5), 20, 35), 1);
    const rpm = Math.round(clamp(normal(next, 3500, 150), 3000, 4000));
    const water = Math.round(fruit * clamp(normal(next, 0.05, 0.01), 0.01, 0.1)); // collinear with fruit_kg, no own effect
    const leaf = r2(clamp(Math.exp(normal(next, 0.3, 0.6)), 0.2, 8), 2);
    const extract = clamp(0.82 + 0.004 * (malaxMin - 40) + 0.012 * (malaxT - 27) - 0.0006 * (malaxT - 27) ** 2 * 10 + 0.00005 * (rpm - 3500), 0.6, 0.95);
    const yieldPct = r2(clamp(fatDry * (1 - moisture / 100) * extract - 0.4 * leaf + normal(next, 0, 0.8), 6, 28), 2);
    const oil = r2(fruit * yieldPct / 100, 1);
    const day = 1 + Math.floor(i / 16);
    const month = day <= 30 ? 11 : day <= 61 ? 12 : 1;
    const dd = day <= 30 ? day : day <= 61 ? day - 30 : day - 61;
    const year = month === 1 ? 2024 : 2023;
    const ts = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(dd, 28)).padStart(2, '0')}T${String(6 + (i % 14)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`;
    rows.push([`B${23000 + i}`, ts, fruit, maturity, moisture, fatDry, malaxMin, malaxT, rpm, water, leaf, oil, yieldPct].join(','));
  }
  write('mill_batches.csv', rows.join('\n') + '\n');
}

// 2. oil_grades.csv: lab analyses of lots (3 string classes, lampante rare) and a copy with gaps.
{
  const next = rng(255 * 2 + 1);
  const header = 'lot_code,free_acidity_pct,peroxide_meq,k232,k270,delta_k,polyphenols_mgkg,storage_days,harvest_week,grade';
  const rows: string[] = [header];
  const gaps: string[] = [header];
  for (let i = 0; i < 420; i++) {
    const acidity = r2(clamp(Math.exp(normal(next, -1.2, 0.75)), 0.08, 4.5), 2);
    const storage = Math.round(clamp(normal(next, 120, 70), 5, 400));
    const perox = r2(clamp(normal(next, 6 + 0.03 * storage + 3 * acidity, 3), 1, 35), 1);
    const k232 = r2(clamp(normal(next, 1.7 + 0.03 * perox, 0.15), 1.2, 3.5), 2);
    const k270 = r2(clamp(normal(next, 0.12 + 0.0006 * storage + 0.03 * acidity, 0.03), 0.05, 0.45), 3);
    const dk = r2(clamp(normal(next, 0.002 + 0.005 * acidity, 0.002), -0.004, 0.03), 4);
    const poly = Math.round(clamp(normal(next, 420 - 0.8 * storage, 120), 40, 900));
    const week = Math.round(clamp(normal(next, 46, 3), 40, 53));
    const score = 3.2 * acidity + 0.12 * perox + 9 * (k270 - 0.2) + normal(next, 0, 0.35);
    let grade = score < 2.5 ? 'extra_virgin' : score < 7.2 ? 'virgin' : 'lampante';
    if (next() < 0.06) grade = ['extra_virgin', 'virgin', 'lampante'][Math.floor(next() * 3)];
    const cells: (string | number)[] = [`L-${(i * 37) % 997}-${2023 + (i % 2)}`, acidity, perox, k232, k270, dk, poly, storage, week, grade];
    rows.push(cells.join(','));
    const g = cells.slice();
    if (next() < 0.07) g[2] = 'NA';
    if (next() < 0.05) g[6] = '';
    if (next() < 0.03) g[4] = 'n/d';
    gaps.push(g.join(','));
  }
  write('oil_grades.csv', rows.join('\n') + '\n');
  write('oil_grades_gaps.csv', gaps.join('\n') + '\n');
}

// 3. fly_traps.csv: weekly olive-fruit-fly trap checks per grove block (binary: infested next week),
//    and the same data exported from a Spanish-locale spreadsheet (semicolons, decimal commas).
{
  const next = rng(255 * 3 + 7);
  const header = ['block', 'week_start', 'trap_catches', 'temp_mean_c', 'humidity_pct', 'altitude_m', 'tree_age_yr', 'irrigated', 'kaolin_sprayed', 'dist_to_road_m', 'infested'];
  const rows: string[] = [header.join(',')];
  const semi: string[] = [header.join(';')];
  for (let i = 0; i < 520; i++) {
    const catches = Math.round(clamp(Math.exp(normal(next, 1.6, 1.0)) - 1, 0, 180));
    const temp = r2(clamp(normal(next, 24, 4), 12, 38), 1);
    const hum = r2(clamp(normal(next, 58 - 0.8 * (temp - 24), 10), 20, 95), 1);
    const alt = Math.round(clamp(normal(next, 350, 200), 10, 950));
    const age = Math.round(clamp(Math.exp(normal(next, 3.3, 0.7)), 4, 400));
    const irr = next() < 0.45 ? 1 : 0;
    const kaolin = next() < 0.3 ? 1 : 0;
    const road = Math.round(clamp(normal(next, 400, 250), 5, 1500));
    const z = 0.9 * Math.log1p(catches) - 0.25 * Math.abs(temp - 26) + 0.03 * (hum - 58) + 0.8 * irr - 1.4 * kaolin - 0.002 * (alt - 350) - 0.4 + normal(next, 0, 0.5);
    const y = next() < sigmoid(2 * z) ? 1 : 0;
    const wk = `2023-W${String(20 + (i % 24)).padStart(2, '0')}`;
    const cells = [`G${1 + (i % 26)}-${String.fromCharCode(65 + (i % 5))}`, wk, catches, temp, hum, alt, age, irr, kaolin, road, y];
    rows.push(cells.join(','));
    semi.push(cells.map((c) => (typeof c === 'number' ? String(c).replace('.', ',') : c)).join(';'));
  }
  write('fly_traps.csv', rows.join('\n') + '\n');
  write('fly_traps_es.csv', semi.join('\n') + '\n');
}

// 4. tree_harvest.csv (tab-separated, from the grove's field tablet): kg of olives per tree.
{
  const next = rng(255 * 4 + 3);
  const header = ['tree_tag', 'variety_code', 'canopy_m3', 'trunk_cm', 'age_yr', 'irrigation_m3', 'n_kg_ha', 'prev_kg', 'slope_deg', 'kg_olives'];
  const rows: string[] = [header.join('\t')];
  for (let i = 0; i < 360; i++) {
    const canopy = r2(clamp(normal(next, 28, 9), 6, 60), 1);
    const trunk = Math.round(clamp(normal(next, 30 + 0.6 * canopy, 8), 10, 120));
    const age = Math.round(clamp(normal(next, 25 + 0.5 * trunk, 10), 5, 150));
    const irrig = Math.round(clamp(normal(next, 1500, 700), 0, 3500));
    const n = Math.round(clamp(normal(next, 60, 20), 0, 140));
    const prev = r2(clamp(normal(next, 30, 12), 2, 80), 1);
    const slope = r2(clamp(Math.exp(normal(next, 1.5, 0.7)), 0, 35), 1);
    const variety = 1 + Math.floor(next() * 4);
    // alternate bearing: a heavy previous year lowers this one
    const kg = r2(clamp(0.9 * canopy + 0.006 * irrig + 0.1 * n - 0.35 * (prev - 30) - 0.3 * slope + 3 * (variety === 2 ? 1 : 0) + normal(next, 0, 3.5), 1, 120), 1);
    rows.push([`T${String(i + 1).padStart(4, '0')}`, variety, canopy, trunk, age, irrig, n, prev, slope, kg].join('\t'));
  }
  write('tree_harvest.csv', rows.join('\n') + '\n');
}
