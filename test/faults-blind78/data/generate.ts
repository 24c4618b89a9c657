/**
 * Writes the CSVs of test/faults-blind78 (textiles, fashion and apparel retail), seeded so every run
 * gives the same files: `npx tsx test/faults-blind78/data/generate.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** Mill log: yarn and loom settings -> fabric strength (N) and a defect type (4 string classes). */
function mill(): void {
  const next = rng(7801);
  const rows: (string | number)[][] = [];
  const start = 1_693_526_400; // 2023-09-01
  for (let i = 0; i < 480; i++) {
    const yarnCount = clamp(normal(next, 30, 9), 10, 60);
    const twist = clamp(normal(next, 750, 160), 400, 1200);
    const ppm = clamp(normal(next, 600, 120), 300, 900);
    const humidity = clamp(normal(next, 62, 8), 40, 85);
    const tension = clamp(normal(next, 24, 6), 10, 40);
    const strength = 900 - 11 * (yarnCount - 30) + 0.35 * (twist - 750) - 0.0008 * (twist - 750) ** 2 +
      4 * (humidity - 62) - 0.25 * (ppm - 600) + normal(next, 0, 25);
    // defect: the largest of four latent scores
    const z = [
      1.2,
      0.02 * (ppm - 600) + 0.15 * (tension - 24),
      -0.012 * (twist - 750) + 0.1 * (yarnCount - 30),
      0.18 * (humidity - 62),
    ].map((s) => s + normal(next, 0, 0.35));
    const names = ['none', 'broken_pick', 'slub', 'stain'];
    const defect = names[z.indexOf(Math.max(...z))];
    rows.push([4100 + i, start + i * 3600 * 7, r2(yarnCount), Math.round(twist), Math.round(ppm),
      r2(humidity), r2(tension), 2023, r2(strength), defect]);
  }
  const header = ['lot_id', 'logged_at', 'yarn_count', 'twist_per_m', 'loom_ppm', 'humidity', 'tension_cn', 'season', 'strength_n', 'defect'];
  write('mill.csv', header, rows);
  // the same log with gaps left by a sensor outage
  const gaps = rows.slice(0, 160).map((r, i) => (i % 17 === 5 ? r.map((c, j) => (j === 5 ? 'NA' : c)) : r));
  write('mill-gaps.csv', header, gaps);
}

/** Size and fit: body measurements, stretch, size -> fit outcome (tight / good / loose). */
function fit(): void {
  const next = rng(7802);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 420; i++) {
    const size = 1 + Math.floor(next() * 6); // XS..XXL as 1..6
    const chest = clamp(normal(next, 84 + 6 * size, 6), 70, 140);
    const waist = clamp(chest - 14 + normal(next, 0, 4), 55, 130);
    const hip = clamp(chest + 4 + normal(next, 0, 4), 75, 150);
    const height = clamp(normal(next, 170, 9), 145, 200);
    const stretch = r2(clamp(next() * 0.3, 0, 0.3));
    const ease = 84 + 6 * size - chest + 25 * stretch; // positive: garment roomier than body
    const zt = -0.35 * ease + normal(next, 0, 0.8);
    const zl = 0.35 * ease - 3 + normal(next, 0, 0.8);
    const fitLabel = zt > 1.2 ? 'tight' : zl > 1.2 ? 'loose' : 'good';
    rows.push([100000 + i * 7, size, r2(chest), r2(waist), r2(hip), r2(height), stretch, fitLabel]);
  }
  write('fit.csv', ['customer_id', 'size_code', 'chest_cm', 'waist_cm', 'hip_cm', 'height_cm', 'stretch_share', 'fit'], rows);
  // one-hot copy of the fit label for cce with several target columns
  write('fit-onehot.csv', ['size_code', 'chest_cm', 'waist_cm', 'hip_cm', 'height_cm', 'stretch_share', 'fit_tight', 'fit_good', 'fit_loose'],
    rows.map((r) => [r[1], r[2], r[3], r[4], r[5], r[6], r[7] === 'tight' ? 1 : 0, r[7] === 'good' ? 1 : 0, r[7] === 'loose' ? 1 : 0]));
}

/** Store sales: price, markdown, age, stock -> weekly units sold. */
function sales(): void {
  const next = rng(7803);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 500; i++) {
    const store = 1 + Math.floor(next() * 24);
    const sku = 500000 + Math.floor(next() * 90000);
    const price = clamp(normal(next, 60, 25), 9, 180);
    const markdown = r2(next() < 0.4 ? next() * 0.5 : 0);
    const weeks = Math.floor(next() * 26);
    const stock = Math.round(clamp(normal(next, 4000, 1500), 300, 9000));
    const promo = next() < 0.2 ? 1 : 0;
    const demand = Math.max(0, 220 - 1.6 * price + 260 * markdown - 4 * weeks + 0.012 * stock + 60 * promo + normal(next, 0, 14));
    rows.push([sku, store, r2(price), markdown, weeks, stock, promo, Math.round(demand)]);
  }
  const header = ['sku_id', 'store_id', 'price', 'markdown_share', 'weeks_since_launch', 'stock_units', 'promo', 'units_sold'];
  write('sales.csv', header, rows);
  write('sales-week1.csv', header, rows.slice(0, 3));
}

/** Returns: order and account facts -> fraudulent return (about 4%). */
function returns(): void {
  const next = rng(7804);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 900; i++) {
    const value = Math.round(clamp(Math.exp(normal(next, 4.3, 0.7)), 8, 2000) * 100) / 100;
    const days = Math.floor(clamp(normal(next, 12, 7), 0, 30));
    const past = Math.floor(-Math.log(Math.max(next(), 1e-9)) * 1.2);
    const tagsOff = next() < 0.3 ? 1 : 0;
    const age = Math.floor(clamp(Math.exp(normal(next, 6, 1)), 1, 4000));
    const z = -4.5 + 0.9 * past + 1.6 * tagsOff + 0.004 * (value - 80) - 0.0015 * (age - 400) + normal(next, 0, 0.3);
    const fraud = next() < sigmoid(3 * z) ? 1 : 0;
    rows.push([7_000_000 + i * 13, value, days, past, tagsOff, age, fraud]);
  }
  write('returns.csv', ['order_id', 'order_value', 'days_to_return', 'returns_last_year', 'tags_removed', 'account_age_days', 'fraud'], rows);
}

/** Dye lots: recipe and bath conditions -> colour difference delta E against the standard. */
function dyelots(): void {
  const next = rng(7805);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < 360; i++) {
    const conc = clamp(normal(next, 2.0, 0.6), 0.5, 4); // % owf
    const temp = clamp(normal(next, 95, 8), 60, 130);
    const time = clamp(normal(next, 60, 15), 20, 120);
    const ph = clamp(normal(next, 5.5, 0.8), 3.5, 8);
    const liquor = clamp(normal(next, 10, 2), 5, 20);
    const de = Math.abs(0.6 * (conc - 2) + 0.04 * (temp - 95) + 0.5 * Math.abs(ph - 5.5) + 0.05 * (liquor - 10)) +
      0.2 + Math.abs(normal(next, 0, 0.12));
    rows.push([`D${2300 + i}`, r2(conc), r2(temp), Math.round(time), r2(ph), r2(liquor), r2(de)]);
  }
  write('dyelots.csv', ['lot', 'dye_pct', 'bath_temp_c', 'time_min', 'ph', 'liquor_ratio', 'delta_e'], rows);
}

mill();
fit();
sales();
returns();
dyelots();
