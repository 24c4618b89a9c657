/**
 * Kebab-shop data for blind set 300, seeded from 300: run once with `npx tsx data/generate.ts`.
 * daily_sales.csv    shop-days of a 6-shop chain: weather, weekend, football, students, meat prepped
 *                    (collinear with the expected trade), wind (no effect); revenue_eur and kebabs_sold
 * daily_sales_gaps.csv  the same with NA / empty / "-" markers where the till export failed
 * kasse_export.csv   a German POS export of the same shop-days: semicolons and decimal commas
 * deliveries.csv     delivery orders: order_id + timestamp text, distance (skewed), queue, rain,
 *                    driver experience, basket; late 0/1 (about half, 5% flipped)
 * cones.csv          doner cones (spits) from suppliers: weight, fat %, days since delivery, fridge
 *                    temperature, marinade hours, salt; grade A/B/C (C rare), 6% relabelled
 * cones_tab.csv      the cones list as a tab-separated copy from the quality sheet
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng, normal, clamp, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const write = (name: string, rows: (string | number)[][], sep = ',') =>
  fs.writeFileSync(path.join(dir, name), rows.map((r) => r.join(sep)).join('\n') + '\n');

// ---- daily sales ----
{
  const r = rng(300);
  const shops = ['KB-Mitte', 'KB-Bahnhof', 'KB-Uni', 'KB-Hafen', 'KB-Altstadt', 'KB-Nord'];
  const shopBase = [2600, 3400, 2200, 1500, 2900, 1700];
  const header = ['shop_id', 'date', 'temp_c', 'rain_mm', 'is_weekend', 'football_match', 'open_hours', 'students_k', 'meat_kg_prepped', 'wind_kmh', 'revenue_eur', 'kebabs_sold'];
  const rows: (string | number)[][] = [header];
  const gaps: (string | number)[][] = [header];
  const kasse: (string | number)[][] = [header];
  for (let i = 0; i < 420; i++) {
    const s = Math.floor(r() * shops.length);
    const day = 1 + (i % 28), month = 1 + Math.floor(i / 35) % 12;
    const dow = i % 7;
    const weekend = dow >= 5 ? 1 : 0;
    const temp = clamp(normal(r, 8 + 10 * Math.sin(((month - 3) / 12) * 2 * Math.PI), 5), -10, 36);
    const rain = r() < 0.6 ? 0 : Math.exp(normal(r, 1, 1)); // skewed
    const football = r() < 0.12 ? 1 : 0;
    const hours = 10 + Math.floor(r() * 5) + (weekend ? 4 : 0);
    const students = clamp(normal(r, s === 2 ? 18 : 6, 3), 0, 40);
    const wind = clamp(normal(r, 15, 8), 0, 70);
    const expected = shopBase[s] * (1 + 0.35 * weekend + 0.45 * football) + 40 * students + 90 * hours - 35 * rain + 25 * temp - 0.6 * Math.max(0, temp - 22) ** 2 * 10;
    const revenue = Math.max(300, expected * (1 + normal(r, 0, 0.07)));
    const meat = Math.round((expected / 9.5 * 0.16 + normal(r, 0, 4)) * 10) / 10;
    const kebabs = Math.round(revenue / 7.9 + normal(r, 0, 12));
    const date = `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const row = [shops[s], date, temp.toFixed(1), rain.toFixed(1), weekend, football, hours, students.toFixed(1), meat.toFixed(1), wind.toFixed(0), revenue.toFixed(2), kebabs];
    rows.push(row);
    const g = row.slice();
    if (r() < 0.05) g[2] = 'NA';
    if (r() < 0.04) g[3] = '';
    if (r() < 0.03) g[8] = '-';
    gaps.push(g);
    kasse.push(row.map((v) => (typeof v === 'string' && /^-?\d+\.\d+$/.test(v) ? v.replace('.', ',') : v)));
  }
  write('daily_sales.csv', rows);
  write('daily_sales_gaps.csv', gaps);
  write('kasse_export.csv', kasse, ';');
}

// ---- deliveries ----
{
  const r = rng(300 * 7 + 1);
  const rows: (string | number)[][] = [['order_id', 'ordered_at', 'distance_km', 'queue_len', 'rain_mm', 'driver_exp_months', 'basket_eur', 'hour', 'late']];
  for (let i = 0; i < 480; i++) {
    const dist = clamp(Math.exp(normal(r, 0.7, 0.6)), 0.2, 15);
    const queue = Math.floor(clamp(normal(r, 5, 3), 0, 20));
    const rain = r() < 0.65 ? 0 : Math.exp(normal(r, 0.8, 0.9));
    const exp = Math.floor(clamp(Math.exp(normal(r, 2.2, 0.9)), 0, 120));
    const basket = clamp(normal(r, 24, 10), 6, 90);
    const hour = [12, 13, 18, 19, 20, 21, 22, 23, 0, 1][Math.floor(r() * 10)];
    const rush = hour >= 18 && hour <= 21 ? 1 : 0;
    const z = -2.6 + 0.55 * dist + 0.22 * queue + 0.35 * rain - 0.025 * exp + 0.9 * rush + 0.25 * Math.max(0, queue - 8) * rush;
    let late = r() < sigmoid(z) ? 1 : 0;
    if (r() < 0.05) late = 1 - late;
    const id = `ORD-${(100230 + i * 3).toString()}`;
    const ts = `2023-11-${String(1 + (i % 30)).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`;
    rows.push([id, ts, dist.toFixed(2), queue, rain.toFixed(1), exp, basket.toFixed(2), hour, late]);
  }
  write('deliveries.csv', rows);
}

// ---- doner cones ----
{
  const r = rng(300 * 13 + 5);
  const header = ['cone_id', 'supplier', 'weight_kg', 'fat_pct', 'days_since_delivery', 'fridge_temp_c', 'marinade_h', 'salt_g_per_kg', 'grade'];
  const rows: (string | number)[][] = [header];
  const suppliers = ['Anatolia GmbH', 'Berliner Spiess', 'MegaDoner'];
  for (let i = 0; i < 390; i++) {
    const sup = Math.floor(r() * 3);
    const weight = clamp(normal(r, [40, 25, 60][sup], 8), 10, 90);
    const fat = clamp(normal(r, [18, 22, 27][sup], 4), 8, 40);
    const days = Math.floor(clamp(Math.exp(normal(r, 1.0, 0.6)), 0, 14));
    const fridge = clamp(normal(r, 3, 1.5), -1, 9);
    const marinade = clamp(normal(r, 14, 5), 1, 36);
    const salt = clamp(normal(r, 16, 2), 10, 24);
    const score = 0.55 * days + 0.12 * (fat - 20) + 0.45 * Math.max(0, fridge - 4) - 0.06 * (marinade - 14) + normal(r, 0, 0.5);
    let grade = score < 1.6 ? 'A' : score < 3.4 ? 'B' : 'C';
    if (r() < 0.06) grade = ['A', 'B', 'C'][Math.floor(r() * 3)];
    rows.push([`C${String(5000 + i)}`, suppliers[sup], weight.toFixed(1), fat.toFixed(1), days, fridge.toFixed(1), marinade.toFixed(1), salt.toFixed(1), grade]);
  }
  write('cones.csv', rows.map((row) => row.map((v) => (typeof v === 'string' && v.includes(' ') ? `"${v}"` : v))));
  write('cones_tab.csv', rows, '\t');
}
