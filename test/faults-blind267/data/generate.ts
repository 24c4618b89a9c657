/**
 * Data of fault set blind267 (chilli farms and hot-sauce makers), seeded from 267 so every run writes
 * the same files: `npx tsx test/faults-blind267/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, header: string[], rows: (string | number)[][], sep = ',') =>
  fs.writeFileSync(path.join(dir, name), [header.join(sep), ...rows.map((r) => r.join(sep))].join('\n') + '\n');
const r2 = (x: number, d = 2) => Number(x.toFixed(d));

// 1. harvest.csv: per-plant harvest records from three polytunnels.
// yield_kg depends on days, temperature (optimum ~27 C), irrigation, ph (optimum 6.5), fertiliser (saturating);
// shade hurts; plot_no has no effect; canopy_cm is collinear with days.
{
  const next = rng(267);
  const header = ['plant_id', 'harvest_date', 'plot_no', 'days_since_transplant', 'avg_temp_c', 'irrigation_l_day', 'soil_ph', 'fertiliser_g', 'shade_pct', 'canopy_cm', 'pods_count', 'yield_kg'];
  const rows: (string | number)[][] = [];
  const gaps: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const days = Math.round(clamp(normal(next, 110, 22), 60, 160));
    const temp = clamp(normal(next, 26, 3.5), 16, 36);
    const irr = clamp(normal(next, 2.2, 0.7), 0.4, 4.5);
    const ph = clamp(normal(next, 6.4, 0.4), 5.4, 7.6);
    const fert = clamp(Math.exp(normal(next, 3.8, 0.7)), 0, 400);
    const shade = clamp(normal(next, 25, 15), 0, 70);
    const canopy = clamp(days * 0.55 + normal(next, 0, 5), 20, 110);
    const plot = 1 + Math.floor(next() * 24);
    const y = clamp(0.2 + 0.018 * (days - 60) - 0.03 * (temp - 27) ** 2 + 0.35 * Math.log(irr + 0.5) - 0.9 * (ph - 6.5) ** 2 +
      0.5 * (1 - Math.exp(-fert / 60)) - 0.012 * shade + normal(next, 0, 0.12), 0.05, 4);
    const pods = Math.round(clamp(y * 38 + normal(next, 0, 8), 1, 200));
    const month = 6 + Math.floor(days / 40), day = 1 + (i % 28);
    const row = [`CH-${String(1000 + i)}`, `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, plot, days, r2(temp, 1), r2(irr), r2(ph), r2(fert, 1), r2(shade, 1), r2(canopy, 1), pods, r2(y, 3)];
    rows.push(row);
    const g = [...row];
    if (next() < 0.06) g[4] = 'NA';
    if (next() < 0.04) g[7] = '';
    if (next() < 0.03) g[6] = 'n/a';
    gaps.push(g);
  }
  write('harvest.csv', header, rows);
  write('harvest-gaps.csv', header, gaps);
}

// 2. batches.csv: hot-sauce batch QA (pass/fail, fail ~15%), plus batch_id and a line text column.
{
  const next = rng(267 * 2 + 1);
  const header = ['batch_id', 'line', 'ferment_days', 'final_ph', 'brix', 'salt_pct', 'vinegar_pct', 'chilli_pct', 'fill_temp_c', 'bottle_ml', 'qa'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const ferment = Math.round(clamp(normal(next, 21, 9), 0, 60));
    const salt = clamp(normal(next, 3.2, 0.8), 1, 6);
    const vinegar = clamp(normal(next, 12, 5), 0, 30);
    const ph = clamp(4.3 - 0.012 * ferment - 0.03 * vinegar + normal(next, 0, 0.15), 2.9, 4.8);
    const brix = clamp(normal(next, 9, 3), 2, 20);
    const chilli = clamp(normal(next, 45, 12), 10, 85);
    const fill = clamp(normal(next, 86, 3), 75, 95);
    const bottle = [100, 150, 250][Math.floor(next() * 3)];
    const z = -0.6 + 5.5 * (ph - 3.9) + 0.35 * (84 - fill) - 0.5 * (salt - 3.2) + 0.04 * (brix - 9) + normal(next, 0, 0.4);
    const fail = next() < sigmoid(z * 1.3);
    rows.push([`B24-${String(i + 1).padStart(4, '0')}`, ['A', 'B', 'C'][i % 3], ferment, r2(ph), r2(brix, 1), r2(salt), r2(vinegar, 1), r2(chilli, 1), r2(fill, 1), bottle, fail ? 'fail' : 'pass']);
  }
  write('batches.csv', header, rows);
}

// 3. pods.csv: pod measurements from the grading table, 5 varieties (ghost rare), string labels.
//    Also a semicolon / decimal-comma export (pods-eu.csv) and a tab export (pods-tab.csv).
{
  const next = rng(267 * 3 + 7);
  const varieties = [
    { name: 'jalapeno', w: 0.3, len: 75, wid: 28, wall: 4.5, hue: 120, shu: 5000 },
    { name: 'cayenne', w: 0.25, len: 120, wid: 14, wall: 1.8, hue: 5, shu: 40000 },
    { name: 'habanero', w: 0.22, len: 45, wid: 38, wall: 2.4, hue: 30, shu: 250000 },
    { name: 'birds_eye', w: 0.16, len: 30, wid: 8, wall: 1.0, hue: 0, shu: 90000 },
    { name: 'ghost', w: 0.07, len: 65, wid: 30, wall: 1.5, hue: 10, shu: 1000000 },
  ];
  const header = ['pod_id', 'length_mm', 'width_mm', 'wall_mm', 'hue_deg', 'seeds', 'log10_shu', 'variety'];
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 400; i++) {
    let u = next(), v = varieties[0];
    for (const c of varieties) { if (u < c.w) { v = c; break; } u -= c.w; v = c; }
    const len = clamp(normal(next, v.len, v.len * 0.16), 10, 200);
    const wid = clamp(normal(next, v.wid, v.wid * 0.16), 4, 60);
    const wall = clamp(normal(next, v.wall, v.wall * 0.2), 0.4, 7);
    const hue = clamp(normal(next, v.hue, 12), -20, 140);
    const seeds = Math.round(clamp(normal(next, len * 0.5, 8), 3, 120));
    const lshu = clamp(normal(next, Math.log10(v.shu), 0.25), 2, 6.5);
    const label = next() < 0.05 ? varieties[Math.floor(next() * 5)].name : v.name;
    rows.push([`P${i + 1}`, r2(len, 1), r2(wid, 1), r2(wall, 2), r2(hue, 0), seeds, r2(lshu, 2), label]);
  }
  write('pods.csv', header, rows);
  const eu = rows.map((r) => r.map((c) => (typeof c === 'number' ? String(c).replace('.', ',') : c)));
  write('pods-eu.csv', header, eu, ';');
  write('pods-tab.csv', header, rows, '\t');
}

// 4. sales.csv: weekly bottles sold from the farm shop and online, raw units (hundreds to thousands).
{
  const next = rng(267 * 5 + 3);
  const header = ['week_start', 'price_eur', 'promo', 'avg_temp_c', 'ad_spend_eur', 'followers', 'stock_bottles', 'bottles_sold'];
  const rows: (string | number)[][] = [];
  let followers = 4200;
  for (let i = 0; i < 300; i++) {
    const price = clamp(normal(next, 7.5, 1.2), 4.5, 11);
    const promo = next() < 0.2 ? 1 : 0;
    const temp = 12 + 10 * Math.sin((2 * Math.PI * i) / 52) + normal(next, 0, 2.5);
    const ad = clamp(Math.exp(normal(next, 5, 0.8)), 0, 2000);
    followers += Math.round(normal(next, 25, 40));
    const stock = Math.round(clamp(normal(next, 3000, 600), 800, 6000));
    const sold = Math.round(clamp(900 - 140 * (price - 7.5) + 500 * promo + 28 * temp + 180 * Math.log(ad + 1) - 700 + 0.05 * followers + normal(next, 0, 120), 50, 6000));
    const d = new Date(Date.UTC(2019, 0, 7 + 7 * i));
    rows.push([d.toISOString().slice(0, 10), r2(price), promo, r2(temp, 1), r2(ad, 0), followers, stock, sold]);
  }
  write('sales.csv', header, rows);
}
console.log('written');
